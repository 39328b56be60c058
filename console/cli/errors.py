"""The command line's error type and exit codes."""

from __future__ import annotations

PROG = "support-console"  # the program's name, first on every error line

EXIT_OK = 0
EXIT_NOTHING = 1  # asked-for thing does not exist now (e.g. nothing left to claim)
EXIT_USAGE = 2  # bad input: nothing was written


class UsageError(Exception):
    """Bad input from the user: reported as one line, exit status 2."""
