"""The window commands in the command line's help: ``gui``, ``wallboard`` and
``cockpit`` open Qt windows and are dispatched by the installed
``support-console`` command (``ui.launcher``) before this parser is reached, so
that scripts never load Qt. They are registered here only so that ``--help``
lists them; reached through ``python -m console`` they say where they run."""

from __future__ import annotations

import argparse
from typing import TextIO

from console.cli.errors import UsageError
from console.cli.parsing import SubCommands

WINDOWS = (
    ("gui", "open the console window (the default without a command)"),
    ("wallboard", "open the wallboard (team leads and admins)"),
    ("cockpit", "open the TAM cockpit (TAMs, team leads and admins)"),
)


def register(commands: SubCommands) -> None:
    for name, summary in WINDOWS:
        window = commands.add_parser(name, help=summary, description=summary, add_help=False)
        window.add_argument("rest", nargs=argparse.REMAINDER)
        window.set_defaults(handler=run_window, window=name)


def run_window(args: argparse.Namespace, _out: TextIO) -> int:
    raise UsageError(
        f"{args.window} opens a window: run it as `support-console {args.window}` "
        "(the installed command), not through python -m console"
    )
