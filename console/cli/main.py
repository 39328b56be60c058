"""Entry point of ``support-console``: builds the parser from the sub-command
modules, runs the chosen handler and turns bad input into one line on stderr."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from console import __version__
from console.cli import sla, status
from console.cli.errors import (
    EXIT_STATUS_HELP,
    EXIT_TEMPFAIL,
    EXIT_USAGE,
    PROG,
    DatabaseUnavailable,
    UsageError,
    database_failure,
)
from console.cli.parsing import Parser
from console.logs import RunKind, configure_logging

# Commands that need no database: the parser for them is built without importing
# SQLAlchemy and the services, so that `sla due --csv` starts in a fraction of the time.
LIGHT_COMMANDS = ("sla", "status")
_VALUE_OPTIONS = ("--db", "--as", "--user")


def _first_command(argv: Sequence[str]) -> str | None:
    skip = False
    for token in argv:
        if skip:
            skip = False
            continue
        if token in _VALUE_OPTIONS:
            skip = True
            continue
        if token.startswith("-"):
            continue
        return token
    return None


def build_parser(light: bool = False) -> argparse.ArgumentParser:
    parser = Parser(
        prog=PROG,
        description="Support Console: SLA clocks, the priority queue and live chat for a support team.",
        epilog=EXIT_STATUS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL or SQLite file (default: $SUPPORT_CONSOLE_DB, the default profile, or the local file)",
    )
    parser.add_argument(
        "--user",
        metavar="LOGIN",
        help="PostgreSQL: connect as this person (their login role LOGIN@DATABASE); "
        "the password comes from the profile's keyring entry, PGPASSWORD or ~/.pgpass",
    )
    parser.add_argument(
        "--as",
        dest="actor",
        metavar="USER",
        help="act as this user (roles apply); default: the system, or the person signed in with --user",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    status.register(commands)
    sla.register(commands)
    if not light:
        from console.cli import admin, casework, db, demo, mail, organisation, people, report, tam, windows

        db.register(commands)
        demo.register(commands)
        organisation.register(commands)
        casework.register(commands)
        tam.register(commands)
        report.register(commands)
        admin.register(commands)
        mail.register(commands)
        people.register_password(commands)
        windows.register(commands)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    configure_logging(RunKind.CLI)
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(light=_first_command(args_list) in LIGHT_COMMANDS)
    stdout = sys.stdout if out is None else out
    try:
        args = parser.parse_args(args_list)
        handler = getattr(args, "handler", None)
        if handler is None:
            return status.run_status(args, stdout)
        code: int = handler(args, stdout)
        return code
    except BrokenPipeError:
        return 0
    except Exception as error:
        expected = _expected_error(error)
        if expected is None:
            raise
        message, status_code = expected
        print(f"{PROG}: error: {message}", file=sys.stderr)
        return status_code
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


def _expected_error(error: Exception) -> tuple[str, int] | None:
    """The one-line message and exit status for an error the user can act on
    (2: fix the input; 75: try again later); None for a bug."""
    if isinstance(error, UsageError):
        return str(error), EXIT_USAGE
    if isinstance(error, DatabaseUnavailable):
        return str(error), EXIT_TEMPFAIL
    if "sqlalchemy" not in sys.modules:
        return None
    from sqlalchemy.exc import DBAPIError

    from console.services.errors import ServiceError

    if isinstance(error, ServiceError):
        return str(error), EXIT_USAGE
    if isinstance(error, DBAPIError):
        from console.cli.context import sign_in_sentence

        problem = sign_in_sentence(error)
        if problem is not None:
            return f"cannot sign in: {problem}", EXIT_USAGE
        return _expected_error(database_failure(error))
    return None


if __name__ == "__main__":
    sys.exit(main())
