"""Import and export of files people keep: CSV, Excel, Zoom reports."""
