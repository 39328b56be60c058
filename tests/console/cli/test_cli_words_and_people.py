"""What a new user reads on the command line (issue 9, points 8, 10 and 11): the
help lists the window commands, an unknown ``--as`` person is refused, ``chat send``
says who writes with ``--from``, and case, audit and exam lines read as sentences."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from console.cli import main
from tests.console.cli.runner import Cli
from ui.launcher import GUI_COMMANDS, VIEW_COMMANDS


@pytest.fixture
def cli(database_url: URL, capsys: pytest.CaptureFixture[str]) -> Cli:
    run = Cli(database_url, capsys)
    for argv in (
        ["user", "add", "--name", "Anna", "--role", "agent"],
        ["account", "add", "--name", "Initech", "--plan", "premier"],
        ["account", "add", "--name", "Exam Board", "--plan", "proctored"],
    ):
        code, _, err = run(*argv)
        assert code == 0, err
    return run


# --- point 8: the help lists the windows, without Qt ----------------------------------


def test_help_lists_the_window_commands_without_loading_qt(tmp_path: Path) -> None:
    probe = (
        "import sys, contextlib, io\n"
        "from ui.launcher import main\n"
        "buffer = io.StringIO()\n"
        "with contextlib.redirect_stdout(buffer), contextlib.suppress(SystemExit):\n"
        "    main(['--help'])\n"
        "print(buffer.getvalue())\n"
        "print('qt loaded' if any(m.startswith('PySide6') for m in sys.modules) else 'no qt')\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "d"), "XDG_CONFIG_HOME": str(tmp_path / "c")}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.rstrip().endswith("no qt")
    lines = result.stdout.splitlines()
    for command in (*GUI_COMMANDS, *VIEW_COMMANDS):
        found = [i for i, line in enumerate(lines) if line.split()[:1] == [command]]
        assert found, f"{command} is not in the help:\n{result.stdout}"
        # A one-line description, beside the name or (argparse's wrapping) below it.
        entry = lines[found[0]].split()[1:] or lines[found[0] + 1].split()
        assert entry[0] == "open", entry


def test_the_window_commands_say_where_they_run(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["wallboard"], out=io.StringIO()) == 2
    assert capsys.readouterr().err == (
        "support-console: error: wallboard opens a window: run it as `support-console wallboard` "
        "(the installed command), not through python -m console\n"
    )


# --- point 10: --as names a person; chat send --from -----------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["queue", "list"],
        ["case", "show", "10001"],
        ["report", "sla", "--to", "2026-11-30"],
        ["account", "list"],
    ],
)
def test_an_unknown_person_is_refused_everywhere(cli: Cli, argv: list[str]) -> None:
    code, out, err = cli("--as", "Nobody", *argv)
    assert (code, out) == (2, "")
    assert err == "support-console: error: --as Nobody: no user named 'Nobody'\n"


def test_an_unknown_person_is_refused_by_the_light_commands_too(cli: Cli) -> None:
    code, out, err = cli("--as", "Nobody", "status")
    assert (code, out) == (2, "")
    assert err == "support-console: error: --as Nobody: no user named 'Nobody'\n"
    code, _, err = cli("--as", "Anna", "sla", "due", "--opened-at", "2026-11-25T08:00:00Z", "--minutes", "5")
    assert code == 0, err


def test_chat_send_says_who_writes_with_from(cli: Cli) -> None:
    number = cli("case", "open", "--account", "Initech", "--severity", "2", "--subject", "Login")[1].strip()
    assert cli("chat", "send", number, "--from", "customer", "--body", "Hello?")[0] == 0
    assert cli("--as", "Anna", "chat", "send", number, "--from", "agent", "--body", "Hi")[0] == 0
    code, _, err = cli("chat", "send", number, "--as", "customer", "--body", "old form")
    assert code == 2 and "--from" in err


# --- point 11: sentences ------------------------------------------------------------------


def test_case_show_says_the_time_to_spare_and_audit_lines_name_the_field_once(cli: Cli) -> None:
    # Opened now and answered at once: the clock is met with (nearly) its 30 minutes.
    number = cli("case", "open", "--account", "Initech", "--severity", "2", "--subject", "Login")[1].strip()
    code, _, err = cli("--as", "Anna", "case", "reply", number, "--body", "On it")
    assert code == 0, err
    assert cli("--as", "Anna", "case", "status", number, "pending")[0] == 0
    code, out, _ = cli("case", "show", number)
    assert code == 0
    due = next(line for line in out.splitlines() if line.strip().startswith("due"))
    assert " — met with " in due and " to spare (operational)" in due, due
    assert "status status" not in out
    assert "Anna: status open -> pending" in out or "Anna: status new -> pending" in out
    assert "Anna: first response, met" in out


def test_audit_lines_read_as_phrases(cli: Cli) -> None:
    number = cli("case", "open", "--account", "Initech", "--severity", "3", "--subject", "Export")[1].strip()
    assert cli("--as", "Anna", "case", "assign", number, "--to", "Anna")[0] == 0
    assert cli("case", "assign", number, "--to", "none")[0] == 0
    code, out, _ = cli("case", "show", number)
    assert code == 0
    assert "Anna: assigned to Anna\n" in out
    assert "system: unassigned (was Anna)" in out
    assert "assigned assignee" not in out


def test_case_show_running_and_breached_clocks_read_as_sentences(cli: Cli) -> None:
    number = cli(
        "case",
        "open",
        "--account",
        "Initech",
        "--severity",
        "3",
        "--subject",
        "Slow",
        "--opened-at",
        "2020-01-06T08:00:00Z",
    )[1].strip()
    code, out, _ = cli("case", "show", number)
    assert code == 0
    due = next(line for line in out.splitlines() if line.strip().startswith("due"))
    assert " — breached, " in due and " over (operational)" in due, due


def test_exam_list_shows_the_rule_s_first_occurrence(cli: Cli) -> None:
    # Booked from Wednesday 2026-12-02, monthly on the first Saturday: the first
    # window is Saturday 2026-12-05.
    code, _, err = cli(
        "exam",
        "add",
        "--account",
        "Exam Board",
        "--start",
        "2026-12-02T09:00:00+01:00",
        "--end",
        "2026-12-02T12:00:00+01:00",
        "--rrule",
        "FREQ=MONTHLY;BYDAY=1SA",
        "--title",
        "Boards",
    )
    assert code == 0, err
    code, out, _ = cli("admin", "exam", "list")
    assert code == 0
    row = next(line for line in out.splitlines() if "Boards" in line)
    assert "2026-12-05 09:00-12:00 Europe/Berlin" in row, row
    assert "monthly, first Saturday" in row
