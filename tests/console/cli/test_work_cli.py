"""The command line over a real database on both backends: the forms scripts use,
their output, and bad input (one line, exit status 2, nothing written)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from console.cli import main
from tests.console.cli.runner import Cli


@pytest.fixture
def cli(database_url: URL, capsys: pytest.CaptureFixture[str]) -> Cli:
    run = Cli(database_url, capsys)
    for argv in (
        ["user", "add", "--name", "Ada", "--role", "admin"],
        ["user", "add", "--name", "Anna", "--role", "agent", "--languages", "en,de"],
        ["user", "add", "--name", "Ben", "--role", "agent"],
        ["user", "add", "--name", "Lea", "--role", "lead"],
        ["user", "add", "--name", "Tom", "--role", "tam"],
        ["account", "add", "--name", "Globex", "--plan", "standard"],
        ["account", "add", "--name", "Initech", "--plan", "premier", "--tam", "Tom"],
        ["account", "add", "--name", "Exam Board", "--plan", "proctored"],
    ):
        code, _, err = run(*argv)
        assert code == 0, err
    return run


def test_open_claim_and_queue_json(cli: Cli) -> None:
    code, out, _ = cli(
        "case",
        "open",
        "--account",
        "Globex",
        "--severity",
        "1",
        "--subject",
        "Down",
        "--opened-at",
        "2026-11-20T18:00:00Z",
    )
    assert (code, out) == (0, "10001\n")
    code, out, _ = cli(
        "case",
        "open",
        "--account",
        "Initech",
        "--severity",
        "3",
        "--subject",
        "Slow",
        "--opened-at",
        "2026-11-20T18:30:00Z",
    )
    assert out == "10002\n"
    code, out, _ = cli("queue", "list", "--now", "2026-11-21T10:00:00Z", "--format", "json")
    rows = json.loads(out)
    assert [r["number"] for r in rows] == [10002, 10001]
    first = rows[0]
    assert {
        k: first[k]
        for k in (
            "account",
            "plan",
            "severity",
            "status",
            "assignee",
            "opened_at",
            "due_at",
            "remaining_seconds",
            "state",
        )
    } == {
        "account": "Initech",
        "plan": "premier",
        "severity": 3,
        "status": "new",
        "assignee": None,
        "opened_at": "2026-11-20T18:30:00Z",
        "due_at": "2026-11-23T08:30:00Z",
        "remaining_seconds": 5400,
        "state": "paused",
    }
    assert first["why"].startswith("above #10001: Premier has priority queueing")
    assert cli("--as", "Ben", "case", "claim")[1] == "10002\n"
    assert cli("--as", "Ben", "case", "claim")[1] == "10001\n"
    code, out, _ = cli("--as", "Ben", "case", "claim")
    assert code == 1
    assert "no case is waiting" in out


def test_case_lifecycle_commands(cli: Cli) -> None:
    number = cli(
        "case", "open", "--account", "Initech", "--severity", "2", "--subject", "Login", "--body", "SSO loop"
    )[1].strip()
    assert cli("--as", "Lea", "case", "assign", number, "--to", "Anna")[0] == 0
    assert cli("--as", "Anna", "case", "reply", number, "--body", "Looking")[0] == 0
    assert cli("--as", "Anna", "case", "note", number, "--body", "IdP cert expired")[0] == 0
    assert cli("chat", "send", number, "--from", "customer", "--body", "Thanks!")[0] == 0
    assert cli("--as", "Anna", "chat", "send", number, "--from", "agent", "--body", "You are welcome")[0] == 0
    assert cli("--as", "Anna", "case", "severity", number, "3")[0] == 0
    assert cli("--as", "Anna", "case", "status", number, "solved")[0] == 0
    _, out, _ = cli("case", "show", number, "--format", "json")
    shown = json.loads(out)
    assert shown["status"] == "solved"
    assert [m["kind"] for m in shown["messages"]] == ["reply", "reply", "note", "chat", "chat"]
    actions = [e["action"] for e in shown["events"]]
    assert actions[:3] == ["opened", "assigned", "first_response"]
    assert "severity" in actions and actions[-1] == "status"
    _code, out, _ = cli("case", "show", number)
    assert "Timeline" in out and "IdP cert expired" in out


def test_exam_add_with_rrule(cli: Cli) -> None:
    code, out, err = cli(
        "exam",
        "add",
        "--account",
        "Exam Board",
        "--start",
        "2026-12-05T08:00:00Z",
        "--end",
        "2026-12-05T12:00:00Z",
        "--rrule",
        "FREQ=MONTHLY;BYDAY=1SA",
    )
    assert code == 0, err
    assert "FREQ=MONTHLY;BYDAY=1SA" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["case", "open", "--account", "Globex", "--severity", "5", "--subject", "x"],
            "severity must be 1, 2, 3 or 4",
        ),
        (
            ["case", "open", "--account", "Nobody", "--severity", "1", "--subject", "x"],
            "no account named 'Nobody'",
        ),
        (
            [
                "case",
                "open",
                "--account",
                "Globex",
                "--severity",
                "1",
                "--subject",
                "x",
                "--opened-at",
                "soon",
            ],
            "not an ISO 8601",
        ),
        (["account", "add", "--name", "Acme", "--plan", "gold"], "unknown plan"),
        (["user", "add", "--name", "Zed", "--role", "boss"], "unknown role"),
        (
            [
                "exam",
                "add",
                "--account",
                "Globex",
                "--start",
                "2026-12-05T08:00:00Z",
                "--end",
                "2026-12-05T12:00:00Z",
            ],
            "exam sessions are booked for Proctored accounts",
        ),
        (
            [
                "exam",
                "add",
                "--account",
                "Exam Board",
                "--start",
                "2026-12-05T08:00:00Z",
                "--end",
                "2026-12-05T12:00:00Z",
                "--rrule",
                "FREQ=SOMETIMES",
            ],
            "recurrence rule",
        ),
        (["--as", "Anna", "account", "plan", "Globex", "premier"], "may not change an account's plan"),
        (["chat", "send", "99999", "--from", "customer", "--body", "hi"], "no case #99999"),
        (["queue", "list", "--now", "yesterday"], "not an ISO 8601"),
    ],
)
def test_bad_input_is_one_line_exit_two_and_writes_nothing(cli: Cli, argv: list[str], message: str) -> None:
    before = cli("db", "info")[1]
    code, _out, err = cli(*argv)
    assert code == 2
    assert message in err
    assert err.count("\n") == 1 and err.startswith("support-console: error: ")
    assert "Traceback" not in err
    assert cli("db", "info")[1] == before


def test_lists(cli: Cli) -> None:
    _, out, _ = cli("account", "list", "--format", "json")
    assert {a["name"]: a["plan"] for a in json.loads(out)} == {
        "Exam Board": "proctored",
        "Globex": "standard",
        "Initech": "premier",
    }
    _, out, _ = cli("user", "list", "--role", "agent")
    assert "Anna" in out and "Ben" in out and "Lea" not in out
    _code, out, _ = cli("account", "show", "Initech")
    assert "TAM         Tom" in out


def test_schema_too_new_is_refused_without_traceback(tmp_path: Path) -> None:
    db = tmp_path / "future.sqlite3"
    assert main(["--db", str(db), "db", "upgrade"], out=io.StringIO()) == 0
    import sqlite3

    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    result = subprocess.run(
        [sys.executable, "-m", "console", "--db", str(db), "account", "list"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "newer than this version of Support Console" in result.stderr
    assert "Traceback" not in result.stderr


def test_unreachable_server_is_one_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "console", "--db", "postgresql://nobody@127.0.0.1:1/none", "account", "list"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 75  # EX_TEMPFAIL: try again later
    assert result.stderr.startswith("support-console: error: cannot open the database")
    assert "Traceback" not in result.stderr
