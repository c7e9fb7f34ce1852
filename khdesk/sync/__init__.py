"""Sync bundles: write, read, verify and merge; keys and devices."""
