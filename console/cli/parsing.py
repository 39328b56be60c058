"""The command line's argument parser: argparse, but a usage error is one line on
stderr and exit status 2 (no usage dump)."""

from __future__ import annotations

import argparse
from typing import Any, TypeAlias

from console.cli.errors import UsageError

SubCommands: TypeAlias = "argparse._SubParsersAction[Any]"


# Every whole number an option takes is stored in (or compared with) a 64-bit
# column at most; a larger one would overflow SQLite's driver with a traceback.
INT_MIN = -(2**63)
INT_MAX = 2**63 - 1


class OutOfRange(argparse.ArgumentTypeError, ValueError):
    """A whole number beyond 64 bits (a ValueError too, for callers that parse
    numbers themselves)."""


def whole_number(text: str) -> int:
    """``int`` for argparse, within the signed 64-bit range."""
    value = int(text)
    if not INT_MIN <= value <= INT_MAX:
        raise OutOfRange(f"{text.strip()} is out of range")
    return value


class Parser(argparse.ArgumentParser):
    """Raises :class:`UsageError` instead of printing usage and exiting; every
    ``type=int`` argument is read by :func:`whole_number`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.register("type", int, whole_number)

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)
