"""The command line's argument parser: argparse, but a usage error is one line on
stderr and exit status 2 (no usage dump)."""

from __future__ import annotations

import argparse
from typing import Any, TypeAlias

from console.cli.errors import UsageError

SubCommands: TypeAlias = "argparse._SubParsersAction[Any]"


class Parser(argparse.ArgumentParser):
    """Raises :class:`UsageError` instead of printing usage and exiting."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)
