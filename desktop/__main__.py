"""``python -m desktop``: the headless commands, without Qt."""

import sys

from desktop.cli import main

sys.exit(main())
