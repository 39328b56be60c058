"""Entry point of ``support-console``: builds the parser from the sub-command
modules, runs the chosen handler and turns bad input into one line on stderr."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from sqlalchemy.exc import DBAPIError, OperationalError

from console import __version__
from console.cli import casework, db, demo, organisation, sla, status
from console.cli.errors import EXIT_USAGE, UsageError
from console.cli.parsing import Parser
from console.services.errors import ServiceError

PROG = "support-console"


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=PROG,
        description="Support Console: SLA clocks, the priority queue and live chat for a support team.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL or SQLite file (default: $SUPPORT_CONSOLE_DB, the default profile, or the local file)",
    )
    parser.add_argument(
        "--as", dest="actor", metavar="USER", help="act as this user (roles apply); default: the system"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    status.register(commands)
    sla.register(commands)
    db.register(commands)
    demo.register(commands)
    organisation.register(commands)
    casework.register(commands)
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
    except (UsageError, ServiceError) as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except (OperationalError, DBAPIError) as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig is not None else str(error)
        print(f"{PROG}: error: the database failed: {reason}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
