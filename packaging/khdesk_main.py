"""The program PyInstaller builds (packaging/khdesk.spec): the same as the ``khdesk`` command."""

import sys

from khdesk.cli import main

sys.exit(main())
