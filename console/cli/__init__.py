"""The ``support-console`` command line: argument parsing and dispatch to the
sub-command modules. Bad input ends in a one-line message on stderr and exit
status 2, never a traceback."""

from console.cli.main import main

__all__ = ["main"]
