"""Entry point of ``support-console``: builds the parser from the sub-command
modules, runs the chosen handler and turns bad input into one line on stderr."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from console import __version__
from console.cli import sla, status
from console.cli.errors import EXIT_USAGE, UsageError
from console.cli.parsing import Parser

PROG = "support-console"


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=PROG,
        description="Support Console: SLA clocks, the priority queue and live chat for a support team.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    status.register(commands)
    sla.register(commands)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    parser = build_parser()
    stdout = sys.stdout if out is None else out
    try:
        args = parser.parse_args(argv)
        handler = getattr(args, "handler", None)
        if handler is None:
            return status.run_status(args, stdout)
        code: int = handler(args, stdout)
        return code
    except UsageError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
