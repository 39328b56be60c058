"""One logging set-up: warnings go to stderr as before, the environment can ask
for more, a host's own set-up is left alone, and loggers are named by module."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from console.logs import DEFAULT_LEVEL, LEVEL_VARIABLE, get_logger, level_from


def _run(program: str, level: str = "") -> str:
    """What a fresh Python process running ``program`` writes to stderr."""
    environ = {**os.environ, LEVEL_VARIABLE: level}
    done = subprocess.run(
        [sys.executable, "-c", "from console.logs import *\n" + program],
        capture_output=True,
        text=True,
        env=environ,
        check=True,
    )
    return done.stderr


@pytest.mark.parametrize(
    ("value", "level"),
    [
        ("", DEFAULT_LEVEL),
        ("info", logging.INFO),
        ("DEBUG", logging.DEBUG),
        ("15", 15),
        ("loud", DEFAULT_LEVEL),
    ],
)
def test_the_level_comes_from_the_environment(value: str, level: int) -> None:
    assert level_from({LEVEL_VARIABLE: value}) == level


def test_the_command_line_writes_warnings_as_bare_lines() -> None:
    err = _run(
        "configure_logging(RunKind.CLI)\n"
        "get_logger('console.x').info('not shown')\n"
        "get_logger('console.x').warning('the feed is reconnecting')"
    )
    assert err == "the feed is reconnecting\n"


def test_the_gui_says_when_where_and_how_bad() -> None:
    err = _run("configure_logging(RunKind.GUI)\nget_logger('ui.x').info('signed in')", level="info")
    assert err.rstrip().endswith("INFO ui.x: signed in")


def test_a_second_call_or_a_host_set_up_is_left_alone() -> None:
    err = _run(
        "import logging\n"
        "assert configure_logging(RunKind.HEADLESS)\n"
        "assert not configure_logging(RunKind.CLI)\n"
        "assert len(logging.getLogger().handlers) == 1\n"
        "get_logger('demo').warning('once')"
    )
    assert err.count("once") == 1


def test_a_logger_is_named_by_its_module() -> None:
    assert get_logger(__name__).name == "tests.console.test_logs"
