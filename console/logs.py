"""Logging for every way the console runs: where log records go for the command
line, the GUI and headless runs (the screenshot script, a wall display's kiosk),
set up in one place, and the named loggers the modules write to.

A module takes its logger with ``log = get_logger(__name__)``. The program's
entry point calls :func:`configure_logging` once. Warnings and errors go to
stderr, as they always did; ``$SUPPORT_CONSOLE_LOG_LEVEL`` (``info``,
``debug``...) shows more. When something else has set logging up already (a test
runner, a program that embeds the console), its set-up is left as it is.
"""

from __future__ import annotations

import enum
import logging
import os
import sys
from collections.abc import Mapping

LEVEL_VARIABLE = "SUPPORT_CONSOLE_LOG_LEVEL"
DEFAULT_LEVEL = logging.WARNING


class RunKind(enum.StrEnum):
    """How the console is running, which decides how a log line looks."""

    CLI = "cli"  # one line per message, like the command's own error lines
    GUI = "gui"
    HEADLESS = "headless"


_FORMATS: Mapping[RunKind, str] = {
    RunKind.CLI: "%(message)s",
    RunKind.GUI: "%(asctime)s %(levelname)s %(name)s: %(message)s",
    RunKind.HEADLESS: "%(asctime)s %(levelname)s %(name)s: %(message)s",
}


def get_logger(name: str) -> logging.Logger:
    """The logger of a module: pass ``__name__`` (``ui.main_window``,
    ``console.services.infrastructure.feed``), so that a record says where it
    came from and a level can be set for a whole package."""
    return logging.getLogger(name)


def level_from(environ: Mapping[str, str]) -> int:
    """The level ``$SUPPORT_CONSOLE_LOG_LEVEL`` names (a name such as ``info`` or a
    number); warnings when it is unset or not a level."""
    text = environ.get(LEVEL_VARIABLE, "").strip()
    if not text:
        return DEFAULT_LEVEL
    if text.isdigit():
        return int(text)
    level = logging.getLevelNamesMapping().get(text.upper())
    return DEFAULT_LEVEL if level is None else level


def configure_logging(kind: RunKind, environ: Mapping[str, str] | None = None) -> bool:
    """Send log records to stderr in the form ``kind`` wants, at the level the
    environment names. Does nothing (and says so, returning False) when the root
    logger has a handler already: a second call, or a host that set logging up."""
    root = logging.getLogger()
    if root.handlers:
        return False
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(_FORMATS[kind]))
    root.addHandler(handler)
    root.setLevel(level_from(os.environ if environ is None else environ))
    return True
