"""The edges of the command line: the range of instants the product accepts,
numbers beyond 64 bits, which database a command may create, and database URLs
that are empty, malformed or carry a password (issue 9, points 12, 15, 16)."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from console.cli import main
from console.cli.errors import EXIT_USAGE
from console.storage.engine import create_engine_for, default_sqlite_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    out = io.StringIO()
    capsys.readouterr()
    code = main(list(argv), out=out)
    return code, out.getvalue(), capsys.readouterr().err


@pytest.fixture
def db(database_url: URL, capsys: pytest.CaptureFixture[str]) -> str:
    url = database_url.render_as_string(hide_password=False)
    for argv in (
        ["user", "add", "--name", "Anna", "--role", "agent"],
        ["account", "add", "--name", "Globex", "--plan", "standard"],
    ):
        code, _, err = run(capsys, "--db", url, *argv)
        assert code == 0, err
    return url


OUT_OF_RANGE = [
    [
        "case",
        "open",
        "--account",
        "Globex",
        "--severity",
        "2",
        "--subject",
        "x",
        "--opened-at",
        "0001-01-01T00:00:00+01:00",
    ],
    [
        "case",
        "open",
        "--account",
        "Globex",
        "--severity",
        "2",
        "--subject",
        "x",
        "--opened-at",
        "1969-12-31T23:59:59Z",
    ],
    ["--as", "Anna", "case", "claim", "--now", "0001-01-01T00:00:00+01:00"],
    ["queue", "list", "--now", "9999-12-31T23:59:59Z"],
    ["queue", "list", "--now", "2200-01-01T00:00:00Z"],
    ["queue", "list", "--now", "9999-12-31T23:59:59-01:00"],
]


@pytest.mark.parametrize("argv", OUT_OF_RANGE)
def test_instants_outside_the_range_are_refused_in_one_line(
    db: str, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = run(capsys, "--db", db, *argv)
    assert code == EXIT_USAGE, err
    assert out == ""
    assert err.count("\n") == 1
    assert "1970-01-01T00:00:00Z" in err and "2199-12-31T23:59:59Z" in err


def test_the_last_accepted_instants(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    for now in ("1970-01-01T00:00:00Z", "2199-12-31T23:59:59Z", "2199-12-31T23:59:59+01:00"):
        code, _, err = run(capsys, "--db", db, "queue", "list", "--now", now)
        assert code == 0, err


@pytest.mark.parametrize(
    "argv",
    [
        ["admin", "closure", "add", "0001-01-01"],
        ["admin", "closure", "add", "2200-01-01"],
        [
            "exam",
            "add",
            "--account",
            "Globex",
            "--start",
            "1960-01-01T00:00:00Z",
            "--end",
            "1960-01-01T02:00:00Z",
        ],
    ],
)
def test_dates_outside_the_range_are_refused(
    db: str, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, _, err = run(capsys, "--db", db, *argv)
    assert code == EXIT_USAGE, err
    assert "1970" in err and "2199" in err
    assert err.count("\n") == 1


def test_numbers_beyond_64_bits_are_refused(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (
        ["case", "reply", "99999999999999999999", "--body", "hi"],
        ["case", "show", "99999999999999999999"],
        ["case", "show", "-99999999999999999999"],
        ["admin", "exam", "delete", "99999999999999999999"],
    ):
        code, _, err = run(capsys, "--db", db, *argv)
        assert code == EXIT_USAGE, err
        assert "out of range" in err or "is not an exam session number" in err
        assert err.count("\n") == 1


def test_a_url_with_a_bad_port_is_refused_without_its_password(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "--db", "postgresql://u:s3cret@127.0.0.1:notaport/x", "case", "show", "1")
    assert code == EXIT_USAGE
    assert "s3cret" not in err
    assert "***" in err
    assert "the port 'notaport' is not a number" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://u:s3cret@127.0.0.1:notaport/x",
        "mysql://u:s3cret@host/x",
        "postgresql://u:s3cret@[::1/x",
    ],
)
def test_malformed_urls_never_echo_the_password(capsys: pytest.CaptureFixture[str], url: str) -> None:
    code, _, err = run(capsys, "--db", url, "db", "info")
    assert code == EXIT_USAGE
    assert "s3cret" not in err


def test_an_empty_db_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", "", "user", "add", "--name", "Eve", "--role", "admin")
    assert code == EXIT_USAGE
    assert "--db" in err and "empty" in err
    assert not default_sqlite_path().exists()


def test_a_missing_sqlite_file_is_not_created_by_a_read_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "no-such-dir" / "console.sqlite3"
    for argv in (["case", "show", "10001"], ["db", "info"], ["queue", "list"]):
        code, _, err = run(capsys, "--db", str(typo), *argv)
        assert code == EXIT_USAGE, err
        assert "no database" in err and "db upgrade" in err
        assert not typo.parent.exists()


def test_db_upgrade_creates_the_file_private(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new" / "console.sqlite3"
    old = os.umask(0o022)
    try:
        code, _, err = run(capsys, "--db", str(path), "db", "upgrade")
        assert code == 0, err
        code, _, err = run(capsys, "--db", str(path), "user", "add", "--name", "Ada", "--role", "admin")
        assert code == 0, err
        # While a connection is open the -wal and -shm files exist: private too.
        engine = create_engine_for(str(path))
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM users").scalar_one()
            files = sorted(p.name for p in path.parent.iterdir())
            assert files == ["console.sqlite3", "console.sqlite3-shm", "console.sqlite3-wal"]
            for name in files:
                assert stat.S_IMODE((path.parent / name).stat().st_mode) == 0o600, name
        engine.dispose()
    finally:
        os.umask(old)


def test_the_default_local_file_is_still_created_at_first_run(
    capsys: pytest.CaptureFixture[str],
) -> None:
    old = os.umask(0o022)
    try:
        code, _, err = run(capsys, "user", "add", "--name", "Ada", "--role", "admin")
    finally:
        os.umask(old)
    assert code == 0, err
    assert stat.S_IMODE(default_sqlite_path().stat().st_mode) == 0o600


def test_the_sla_calculator_refuses_the_same_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "opened_at_utc,business_minutes\n"
        "0001-01-01T00:00:00+01:00,30\n9999-12-31T23:59:59Z,30\n2026-01-01T00:00:00Z,30\n"
    )
    code, out, err = run(capsys, "sla", "due", "--published", "--csv", str(rows))
    assert (code, out) == (EXIT_USAGE, "")
    assert err.count("outside the times this product accepts") == 2
    code, _, err = run(
        capsys, "sla", "due", "--published", "--plan", "premier", "--severity", "2",
        "--opened-at", "2026-01-01T00:00:00Z", "--closed", "0001-01-01",
    )  # fmt: skip
    assert code == EXIT_USAGE
    assert "outside the dates this product accepts" in err


def test_text_postgresql_would_refuse_is_refused_on_both_backends_alike(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv, message in (
        (["user", "add", "--name", "U" * 200, "--role", "agent"], "the user name is 200 characters long; at most 120"),
        (["case", "open", "--account", "Globex", "--severity", "2", "--subject", "a\x00b"],
         "the case subject contains a NUL character"),
        (["case", "open", "--account", "Globex", "--severity", "2", "--subject", "x", "--language", "x" * 21],
         f"{'x' * 21!r} is not a language code such as en or de"),
    ):  # fmt: skip
        code, out, err = run(capsys, "--db", db, *argv)
        assert (code, out, err) == (EXIT_USAGE, "", f"support-console: error: {message}\n")
