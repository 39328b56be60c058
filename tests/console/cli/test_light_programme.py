"""``status`` and ``sla due|remaining`` follow the database's set-up when one is
configured (targets, calendar, closures), say which programme they used, keep the
published one with ``--published``, and never create a database."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from console.cli import main
from console.storage.engine import default_sqlite_path


def run(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    capsys.readouterr()
    code = main(list(argv), out=out)
    return code, out.getvalue(), capsys.readouterr().err


@pytest.fixture
def db(database_url: URL, capsys: pytest.CaptureFixture[str]) -> str:
    """A database where Premier Severity 2 is 20 minutes and 24 Dec 2026 is closed."""
    url = database_url.render_as_string(hide_password=False)
    for argv in (
        ["admin", "target", "set", "premier", "2", "20"],
        ["admin", "closure", "add", "2026-12-24"],
        ["user", "add", "--name", "Ada", "--role", "admin"],
    ):
        code, _, err = run("--db", url, *argv, capsys=capsys)
        assert code == 0, err
    return url


PREMIER_2 = ["sla", "due", "--opened-at", "2026-11-25T08:00:00Z", "--plan", "premier", "--severity", "2"]
# Wed 23 Dec 2026 19:30 Berlin: 30 minutes that evening, the rest after the closure,
# Christmas and the weekend (Mon 28 Dec) — or on 24 Dec under the published programme.
OVER_THE_CLOSURE = ["sla", "due", "--opened-at", "2026-12-23T18:30:00Z", "--minutes", "60"]


def test_sla_due_uses_the_database_targets_and_closures(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run("--db", db, *PREMIER_2, capsys=capsys)
    assert (code, out) == (0, "2026-11-25T08:20:00Z\n")
    assert err.startswith("support-console: programme: database ")
    assert "(targets and calendar as set up there)" in err
    assert run("--db", db, *OVER_THE_CLOSURE, capsys=capsys)[1] == "2026-12-28T07:30:00Z\n"


def test_published_keeps_the_published_programme(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run("--db", db, *PREMIER_2, "--published", capsys=capsys)
    assert (code, out) == (0, "2026-11-25T08:30:00Z\n")
    assert err == "support-console: programme: published (--published)\n"
    assert run("--db", db, *OVER_THE_CLOSURE, "--published", capsys=capsys)[1] == "2026-12-24T07:30:00Z\n"


def test_database_from_the_environment(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUPPORT_CONSOLE_DB", db)
    assert run(*PREMIER_2, capsys=capsys)[1] == "2026-11-25T08:20:00Z\n"


def test_explicit_calendar_flags_still_override(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    # Epiphany (DE-BY) on top of the stored calendar; the stored closure stays.
    base = ["sla", "due", "--opened-at", "2026-01-05T18:00:00Z", "--minutes", "120"]
    assert run("--db", db, *base, capsys=capsys)[1] == "2026-01-06T08:00:00Z\n"
    assert run("--db", db, *base, "--regions", "DE-BY", capsys=capsys)[1] == "2026-01-07T08:00:00Z\n"
    assert run("--db", db, *base, "--closed", "2026-01-06", capsys=capsys)[1] == "2026-01-07T08:00:00Z\n"
    assert run("--db", db, *OVER_THE_CLOSURE, "--closed", "2026-12-28", capsys=capsys)[1] == (
        "2026-12-29T07:30:00Z\n"
    )
    saturday = ["sla", "due", "--opened-at", "2026-11-28T08:00:00Z", "--plan", "premier", "--severity", "2"]
    assert run("--db", db, *saturday, "--calendar", "24x7", capsys=capsys)[1] == "2026-11-28T08:20:00Z\n"
    assert run("--db", db, *OVER_THE_CLOSURE, "--tz", "UTC", capsys=capsys)[1] == "2026-12-23T19:30:00Z\n"


def test_remaining_and_bulk_use_the_database(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        "--db",
        db,
        "sla",
        "remaining",
        "--opened-at",
        "2026-11-25T08:00:00Z",
        "--plan",
        "premier",
        "--severity",
        "2",
        "--now",
        "2026-11-25T08:10:00Z",
        capsys=capsys,
    )
    assert (code, out) == (0, "600 at_risk\n")
    rows = tmp_path / "rows.csv"
    rows.write_text("opened_at_utc\n2026-11-25T08:00:00Z\n", encoding="utf-8")
    code, out, _ = run(
        "--db", db, "sla", "due", "--csv", str(rows), "--plan", "premier", "--severity", "2", capsys=capsys
    )
    assert (code, out) == (0, "opened_at_utc,due_utc\n2026-11-25T08:00:00Z,2026-11-25T08:20:00Z\n")


def test_status_shows_the_database_programme(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run("--db", db, "status", "--now", "2026-12-01T10:00:00Z", capsys=capsys)
    assert code == 0
    assert "Programme     database " in out
    premier_column = next(line for line in out.splitlines() if line.startswith("  2 High"))
    assert "   20m" in premier_column
    assert "Thu 24 Dec 2026  closed" in out
    code, out, _ = run("--db", db, "status", "--now", "2026-12-01T10:00:00Z", "--published", capsys=capsys)
    assert "Programme     published (--published)" in out
    assert "   20m" not in out and "closed" not in out.split("Coming holidays")[1].split("A case")[0]


def test_without_a_database_the_published_programme_and_no_file_is_created(
    capsys: pytest.CaptureFixture[str],
) -> None:
    local = default_sqlite_path()
    assert not local.exists()
    code, out, err = run(*PREMIER_2, capsys=capsys)
    assert (code, out) == (0, "2026-11-25T08:30:00Z\n")
    assert err == f"support-console: programme: published (no database at {local})\n"
    code, out, _ = run("status", "--now", "2026-12-01T10:00:00Z", capsys=capsys)
    assert code == 0 and f"Programme     published (no database at {local})" in out
    assert not local.exists() and not local.parent.exists()


def test_a_named_database_that_does_not_exist_is_refused_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo" / "console.sqlite3"
    code, out, err = run("--db", str(missing), *PREMIER_2, capsys=capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"support-console: error: no database at {missing}")
    assert err.count("\n") == 1
    assert not missing.parent.exists()


def test_the_published_bulk_path_stays_light(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "c")}
    env.pop("SUPPORT_CONSOLE_DB", None)
    probe = (
        "import sys, io; from console.cli import main; "
        "main(['sla', 'due', '--opened-at', '2026-11-25T08:00:00Z', '--minutes', '5'], out=io.StringIO()); "
        "print('sqlalchemy' in sys.modules)"
    )
    for extra in ([], ["--published"]):
        result = subprocess.run(
            [sys.executable, "-c", probe.replace("'5']", "'5', " + ", ".join(repr(e) for e in extra) + "]")],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        assert result.stdout == "False\n", (extra, result.stderr)


@pytest.mark.parametrize("minutes", ["99999999999999999999", "5000000000"])
def test_a_huge_budget_is_one_line_at_once(minutes: str, capsys: pytest.CaptureFixture[str]) -> None:
    import time

    began = time.process_time()
    code, out, err = run(
        "sla", "due", "--opened-at", "2026-03-27T18:00:00Z", "--minutes", minutes, capsys=capsys
    )
    assert (code, out) == (2, "")
    assert err.splitlines()[-1].startswith("support-console: error: ")
    assert "do not run out within 100 years" in err
    assert time.process_time() - began < 1.0


def test_a_huge_budget_in_a_csv_row_is_a_bad_row_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import time

    rows = tmp_path / "rows.csv"
    rows.write_text(
        "opened_at_utc,business_minutes\n2026-03-27T18:00:00Z,99999999999999999999\n", encoding="utf-8"
    )
    began = time.process_time()
    code, out, err = run("sla", "due", "--csv", str(rows), capsys=capsys)
    assert (code, out) == (2, "")
    assert "line 2: " in err and "do not run out within 100 years" in err
    assert time.process_time() - began < 1.0
