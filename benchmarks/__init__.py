"""Measurements of khdesk against bare baselines taken in the same run (see docs/performance.md)."""
