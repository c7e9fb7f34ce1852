"""Headquarters' workspace: the home with its side bar (``home.py``) and the pages it shows."""
