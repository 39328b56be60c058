"""``python -m ui`` starts the Support Console window."""

import sys

from ui.app import main

sys.exit(main())
