"""``python -m ui``: the same entry point as the ``frontdesk`` command."""

import sys

from ui.main import main

sys.exit(main())
