"""Everything Qt: windows, dialogs, table models and background tasks over the services."""
