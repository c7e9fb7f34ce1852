"""Everything Qt: windows, dialogs, table models and background tasks over the services."""

from khdesk.ui.singletons import keep_alive

keep_alive()  # before any Qt call: see khdesk/ui/singletons.py
