"""``support-console report sla`` over a real database on both backends: the
table, the CSV (to standard output and to a file), the defaults, the role check
through ``--as`` and bad input (one line, exit status 2)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from console.cli.errors import EXIT_USAGE
from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.services.readmodels.reports import CSV_HEADER
from console.storage.engine import create_engine_for
from tests.console.cli.runner import Cli
from tests.support.clock import SteppingClock
from tests.support.report_week import build_fixture
from tests.support.services import WEDNESDAY_9


@pytest.fixture
def cli(database_url: URL, capsys: pytest.CaptureFixture[str]) -> Iterator[Cli]:
    """The organisation of the service tests and the hand-computed Tuesday and
    Wednesday of ``tests/support/report_week.py`` (the command runs at
    the real time, after that week: Wednesday is a past day)."""
    clock = SteppingClock(WEDNESDAY_9)
    svc = ConsoleServices(Database(create_engine_for(database_url)), clock=clock)
    svc.accounts.add_user("Ada Admin", "admin")
    svc.accounts.add_user("Lea Lead", "lead")
    svc.accounts.add_user("Anna Agent", "agent")
    svc.accounts.add_account("Globex", "standard")
    svc.accounts.add_account("Initech", "premier")
    svc.accounts.add_account("Exam Board", "proctored")

    def set_now(moment: datetime) -> None:
        clock.now = moment

    build_fixture(svc.cases, svc.talk, set_now)
    svc.close()
    yield Cli(database_url, capsys)


def test_the_table_for_a_past_day(cli: Cli) -> None:
    code, out, err = cli("--as", "Lea Lead", "report", "sla", "--from", "2026-11-25", "--to", "2026-11-25")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "SLA attainment for 2026-11-25 (Europe/Berlin)"
    assert lines[1].split() == [
        "Plan", "Severity", "Met", "Breached", "Open", "Attainment", "Responded", "Median", "P90"
    ]  # fmt: skip
    table = {tuple(cells[:2]): cells[2:] for cells in (re.split(r"\s{2,}", line) for line in lines[3:19])}
    # Wednesday at its end: G, A, I, C met; B, E breached; D open (due Thursday 09:00).
    assert table[("Standard", "1 Urgent")] == ["1", "0", "0", "100.0 %", "1", "3h 00m", "3h 00m"]
    assert table[("Standard", "3 Medium")] == ["0", "0", "1", "—", "0", "—", "—"]
    assert table[("Premier", "2 High")] == ["0", "1", "0", "0.0 %", "1", "1h 00m", "1h 00m"]
    assert table[("Proctored exam 24x7", "1 Urgent")] == ["0", "1", "0", "0.0 %", "0", "—", "—"]
    # Pooled [600, 1200, 3600, 5400, 10800] s: median 1h 00m, p90 8640 s = 2h 24m.
    assert table[("All plans", "total")] == ["4", "2", "1", "66.7 %", "5", "1h 00m", "2h 24m"]
    assert lines[19].startswith("Generated ") and lines[19].endswith("(final) · 7 clocks")


def test_csv_to_standard_output_and_to_a_file(cli: Cli, tmp_path: Path) -> None:
    code, out, err = cli("report", "sla", "--from", "2026-11-23", "--to", "2026-11-29", "--csv", "-")
    assert code == 0, err
    records = list(csv.reader(io.StringIO(out)))
    assert tuple(records[0]) == CSV_HEADER
    assert len(records) == 17
    overall = dict(zip(CSV_HEADER, records[-1], strict=True))
    # The week: H (Tuesday) and the four met on Wednesday; B and E breached on
    # Wednesday, D on Thursday 09:00 (the command runs later than that).
    assert (overall["met"], overall["breached"], overall["open"]) == ("5", "3", "0")
    assert overall["attainment_percent"] == "62.5"  # 5 / 8
    assert overall["median_response_seconds"] == "3600"  # [600, 1200, 3600, 3600, 5400, 10800]

    target = tmp_path / "export" / "sla.csv"
    target.parent.mkdir()
    code, out, err = cli("report", "sla", "--from", "2026-11-23", "--to", "2026-11-29", "--csv", str(target))
    assert code == 0, err
    assert out == f"wrote the SLA report for 2026-11-23 to 2026-11-29 to {target}\n"
    assert list(csv.reader(io.StringIO(target.read_text(encoding="utf-8")))) == records


def test_the_period_defaults_to_this_month_so_far(cli: Cli) -> None:
    code, out, err = cli("report", "sla", "--csv", "-")
    assert code == 0, err
    today = datetime.now(UTC).date()  # the Berlin date, unless run within an hour of midnight
    first = dict(zip(CSV_HEADER, list(csv.reader(io.StringIO(out)))[1], strict=True))
    assert date.fromisoformat(first["first_day"]) == date.fromisoformat(first["last_day"]).replace(day=1)
    assert abs((date.fromisoformat(first["last_day"]) - today).days) <= 1
    code, out, err = cli("report", "sla", "--to", "2026-11-25", "--csv", "-")
    assert code == 0, err
    assert list(csv.reader(io.StringIO(out)))[1][:2] == ["2026-11-01", "2026-11-25"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--from", "2026-13-01"], "--from: '2026-13-01' is not a date (YYYY-MM-DD)"),
        (["--to", "yesterday"], "--to: 'yesterday' is not a date (YYYY-MM-DD)"),
        (["--from", "2026-11-26", "--to", "2026-11-25"], "the period ends on 2026-11-25, before it starts"),
        (["--from", "2016-01-01", "--to", "2026-11-25"], "a report covers at most five years"),
        (["--from", "2026-11-25", "--to", "2026-11-25", "--as", "Anna Agent"], "may not run SLA reports"),
        (["--from", "2026-11-25", "--as", "Nobody"], "no user named 'Nobody'"),
        (["--frm", "2026-11-25"], "unrecognized arguments: --frm"),
    ],
)
def test_bad_input_is_one_line_and_exit_status_2(cli: Cli, argv: list[str], message: str) -> None:
    global_options = argv[argv.index("--as") : argv.index("--as") + 2] if "--as" in argv else []
    rest = [token for token in argv if token not in global_options]
    code, out, err = cli(*global_options, "report", "sla", *rest)
    assert code == EXIT_USAGE
    assert out == ""
    assert err.count("\n") == 1 and message in err and err.startswith("support-console: error: ")


def test_an_unwritable_csv_file_is_one_line(cli: Cli, tmp_path: Path) -> None:
    code, _, err = cli(
        "report", "sla", "--to", "2026-11-25", "--csv", str(tmp_path / "no" / "such" / "r.csv")
    )
    assert code == EXIT_USAGE
    assert err.startswith("support-console: error: cannot write the report to ") and err.count("\n") == 1
