"""The bundle's entry point: what the ``support-console`` console script does in
a Python installation (``ui.launcher:main``), as a script PyInstaller can freeze."""

from __future__ import annotations

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
