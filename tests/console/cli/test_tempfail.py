"""A database that is unreachable or goes away mid-command: exit status 75
(EX_TEMPFAIL, "try again later"), not 2 ("bad input, nothing written"); and
``simulate`` reconnects and carries on (issue 9, point 17)."""

from __future__ import annotations

import io
import threading
import time

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from console.cli import main
from console.cli.errors import EXIT_TEMPFAIL, EXIT_USAGE
from console.storage.engine import create_engine_for
from console.storage.failures import is_transient
from tests.support.postgres import admin_execute, pg_admin_url

NOBODY_LISTENS = "postgresql://postgres:pw@127.0.0.1:1/x"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    out = io.StringIO()
    capsys.readouterr()
    code = main(list(argv), out=out)
    return code, out.getvalue(), capsys.readouterr().err


@pytest.mark.parametrize("argv", [["case", "show", "1"], ["db", "info"], ["db", "upgrade"]])
def test_a_server_that_refuses_connections_exits_75(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = run(capsys, "--db", NOBODY_LISTENS, *argv)
    assert (code, out) == (EXIT_TEMPFAIL, "")
    assert err.count("\n") == 1 and "try again" in err and "Connection refused" in err
    assert "pw" not in err.replace("support-console", "")


def test_the_exit_statuses_are_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = capsys.readouterr().out
    assert "75" in help_text and "exit status" in help_text.lower()


@pytest.mark.postgres
def test_an_unknown_database_is_not_transient(
    capsys: pytest.CaptureFixture[str], postgres_template: str
) -> None:
    url = pg_admin_url().set(database="sc_no_such_database").render_as_string(hide_password=False)
    code, _, err = run(capsys, "--db", url, "case", "show", "1")
    assert code == EXIT_USAGE, err
    assert "does not exist" in err


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_terminated_connection_is_transient(database_url: URL) -> None:
    engine = create_engine_for(database_url)
    try:
        with engine.connect() as connection:
            pid = connection.execute(text("SELECT pg_backend_pid()")).scalar_one()
            admin_execute(f"SELECT pg_terminate_backend({pid})")
            with pytest.raises(DBAPIError) as caught:
                connection.execute(text("SELECT 1"))
        assert is_transient(caught.value)
    finally:
        engine.dispose()


def _terminate_others(database: str) -> None:
    admin_execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{database}' AND pid <> pg_backend_pid()"
    )


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_simulate_carries_on_when_its_connections_are_terminated(
    database_url: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    url = database_url.render_as_string(hide_password=False)
    for argv in (
        ["account", "add", "--name", "Globex", "--plan", "standard"],
        ["account", "add", "--name", "Initech", "--plan", "premier"],
    ):
        assert run(capsys, "--db", url, *argv)[0] == 0
    result: dict[str, object] = {}

    def simulate() -> None:
        out = io.StringIO()
        result["code"] = main(["--db", url, "simulate", "--rate", "40", "--count", "60", "--quiet"], out=out)
        result["out"] = out.getvalue()

    worker = threading.Thread(target=simulate)
    worker.start()
    # Terminate its connections once it is under way (opening the database is
    # another matter: that exits 75, as every command does).
    watcher = create_engine_for(database_url)
    try:
        while worker.is_alive():
            with watcher.connect() as connection:
                if connection.execute(text("SELECT count(*) FROM cases")).scalar_one() >= 5:
                    break
            time.sleep(0.05)
    finally:
        watcher.dispose()
    kills = 0
    deadline = time.monotonic() + 60
    while worker.is_alive() and time.monotonic() < deadline:
        time.sleep(0.15)
        _terminate_others(str(database_url.database))
        kills += 1
    worker.join(timeout=30)
    assert not worker.is_alive()
    err = capsys.readouterr().err
    assert result["code"] == 0, err
    assert result["out"] == "simulated 60 action(s)\n"
    assert kills >= 3
    assert "reconnect" in err  # it said what happened, on stderr


def test_which_failures_are_transient() -> None:
    import sqlite3

    import psycopg.errors
    from sqlalchemy.exc import OperationalError

    def wrapped(orig: Exception) -> OperationalError:
        return OperationalError("SELECT 1", {}, orig)

    assert is_transient(wrapped(sqlite3.OperationalError("database is locked")))
    assert not is_transient(wrapped(sqlite3.OperationalError("no such table: cases")))
    assert not is_transient(wrapped(sqlite3.OperationalError("unable to open database file")))
    assert is_transient(wrapped(psycopg.errors.SerializationFailure("could not serialize access")))
    assert is_transient(wrapped(psycopg.errors.DeadlockDetected("deadlock detected")))
    assert is_transient(wrapped(psycopg.errors.AdminShutdown("terminating connection")))
    assert not is_transient(wrapped(psycopg.errors.UndefinedTable("relation does not exist")))
    assert not is_transient(
        wrapped(psycopg.OperationalError('connection failed: FATAL:  database "x" does not exist'))
    )
