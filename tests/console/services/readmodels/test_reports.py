"""SLA reports on SQLite and PostgreSQL against a hand-computed fixture: met,
breached and open per plan × severity, the median and 90th percentile of the
first-response times (pooled for the totals), roles, bad periods and the CSV."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from console.domain.plans import Plan, Severity
from console.services.errors import InvalidInput, NotAllowed
from console.services.readmodels.reports import (
    CSV_HEADER,
    Period,
    ReportService,
    SlaReport,
    save_report_csv,
    write_report_csv,
)
from tests.support.report_week import THURSDAY, TUESDAY, WEDNESDAY, berlin, build_fixture
from tests.support.services import Services


@pytest.fixture
def reports(services: Services) -> ReportService:
    def set_now(moment: datetime) -> None:
        services.clock.now = moment

    build_fixture(services.cases, services.talk, set_now)
    return ReportService(services.db, services.loader, services.clock)


def figures(report: SlaReport, plan: Plan | None = None, severity: Severity | None = None) -> tuple[int, ...]:
    row = report.row(plan, severity)
    return (row.met, row.breached, row.open, row.responded)


def test_a_running_day_against_the_hand_computed_figures(reports: ReportService) -> None:
    report = reports.sla_attainment(WEDNESDAY, WEDNESDAY)
    # Wednesday 00:00 to Thursday 00:00 in Berlin (CET, UTC+1).
    assert report.start == datetime(2026, 11, 24, 23, 0, tzinfo=UTC)
    assert report.end == datetime(2026, 11, 25, 23, 0, tzinfo=UTC)
    assert report.time_zone == "Europe/Berlin"
    assert report.running
    assert len(report.rows) == 3 * 5 + 1
    # (met, breached, open, responded)
    assert figures(report, Plan.STANDARD, Severity.URGENT) == (1, 0, 0, 1)  # G
    assert figures(report, Plan.STANDARD, Severity.HIGH) == (1, 0, 0, 1)  # A
    assert figures(report, Plan.STANDARD, Severity.MEDIUM) == (0, 0, 1, 0)  # D
    assert figures(report, Plan.STANDARD, Severity.LOW) == (0, 0, 0, 0)  # H settled on Tuesday
    assert figures(report, Plan.PREMIER, Severity.URGENT) == (1, 0, 0, 1)  # I
    assert figures(report, Plan.PREMIER, Severity.HIGH) == (0, 1, 0, 1)  # B
    assert figures(report, Plan.PREMIER, Severity.MEDIUM) == (1, 0, 0, 1)  # C
    assert figures(report, Plan.PREMIER, Severity.LOW) == (0, 0, 0, 0)
    assert figures(report, Plan.PROCTORED, Severity.URGENT) == (0, 1, 0, 0)  # E
    assert figures(report, Plan.STANDARD) == (2, 0, 1, 2)
    assert figures(report, Plan.PREMIER) == (2, 1, 0, 3)
    assert figures(report, Plan.PROCTORED) == (0, 1, 0, 0)
    assert figures(report) == (4, 2, 1, 5)
    assert report.clocks == 7  # 4 met + 2 breached + 1 open; F has no clock

    g = report.row(Plan.STANDARD, Severity.URGENT)
    assert g.median_seconds == g.p90_seconds == 10800
    assert g.ratio == 1.0
    empty = report.row(Plan.PREMIER, Severity.LOW)
    assert empty.ratio is None and empty.median_seconds is None and empty.p90_seconds is None
    assert report.row(Plan.PROCTORED).ratio == 0.0
    # Standard pools [5400, 10800]: median 8100; p90 at rank 0.9 = 5400 + 0.9 * 5400.
    standard = report.row(Plan.STANDARD)
    assert standard.median_seconds == 8100
    assert standard.p90_seconds == pytest.approx(10260)
    # Premier pools [600, 1200, 3600]: median 1200; p90 at rank 1.8 = 1200 + 0.8 * 2400.
    premier = report.row(Plan.PREMIER)
    assert premier.median_seconds == 1200
    assert premier.p90_seconds == pytest.approx(3120)
    assert premier.ratio == pytest.approx(2 / 3)
    # All five pooled [600, 1200, 3600, 5400, 10800]: median 3600; p90 at rank 3.6
    # = 5400 + 0.6 * 5400 = 8640 (not an average of the plans' figures).
    overall = report.overall
    assert overall.median_seconds == 3600
    assert overall.p90_seconds == pytest.approx(8640)
    assert overall.ratio == pytest.approx(4 / 6)


def test_a_past_day_counts_the_clocks_open_at_its_end(reports: ReportService) -> None:
    report = reports.sla_attainment(TUESDAY, TUESDAY)
    assert not report.running
    assert figures(report, Plan.STANDARD, Severity.LOW) == (1, 0, 0, 1)  # H, 10:00 -> 11:00
    assert report.row(Plan.STANDARD, Severity.LOW).median_seconds == 3600
    # G was opened at 19:00 and answered on Wednesday: open at Tuesday's end.
    assert figures(report, Plan.STANDARD, Severity.URGENT) == (0, 0, 1, 0)
    assert figures(report) == (1, 0, 1, 1)


def test_a_week_is_the_sum_of_its_days(reports: ReportService) -> None:
    week = reports.sla_attainment(date(2026, 11, 23), date(2026, 11, 29))
    # H met on Tuesday + the four met on Wednesday; open: D only (G settled since).
    assert figures(week) == (5, 2, 1, 6)
    assert week.overall.median_seconds == 3600  # [600, 1200, 3600, 3600, 5400, 10800]


def test_figures_move_as_clocks_settle(services: Services, reports: ReportService) -> None:
    services.clock.now = berlin(26, 10)  # Thursday: D breached at 09:00
    wednesday = reports.sla_attainment(WEDNESDAY, WEDNESDAY)
    assert figures(wednesday, Plan.STANDARD, Severity.MEDIUM) == (0, 0, 1, 0)  # still open at its end
    assert not wednesday.running
    thursday = reports.sla_attainment(THURSDAY, THURSDAY)
    assert figures(thursday, Plan.STANDARD, Severity.MEDIUM) == (0, 1, 0, 0)
    assert figures(thursday) == (0, 1, 0, 0)


def test_a_clock_due_right_now_is_still_open(services: Services) -> None:
    services.cases.open_case("Initech", 1, "Now")  # due 09:15 on the 24x7 clock
    reports = ReportService(services.db, services.loader, services.clock)
    assert figures(reports.sla_attainment(WEDNESDAY, WEDNESDAY)) == (0, 0, 1, 0)
    services.clock.advance(minutes=15)
    assert figures(reports.sla_attainment(WEDNESDAY, WEDNESDAY)) == (0, 0, 1, 0)  # due this second
    services.clock.advance(seconds=1)
    assert figures(reports.sla_attainment(WEDNESDAY, WEDNESDAY)) == (0, 1, 0, 0)


def test_a_reply_this_second_counts_as_met(services: Services) -> None:
    case = services.cases.open_case("Globex", 2, "Now")
    services.clock.advance(minutes=5)
    services.talk.reply(case.number, "Hello", "Anna Agent")
    reports = ReportService(services.db, services.loader, services.clock)
    report = reports.sla_attainment(WEDNESDAY, WEDNESDAY)
    assert figures(report) == (1, 0, 0, 1)
    assert report.overall.median_seconds == 300


def test_only_leads_and_admins_run_reports(services: Services) -> None:
    reports = ReportService(services.db, services.loader, services.clock)
    assert reports.sla_attainment(WEDNESDAY, WEDNESDAY, actor="Lea Lead").clocks == 0
    assert reports.sla_attainment(WEDNESDAY, WEDNESDAY, actor="Ada Admin").clocks == 0
    for name in ("Anna Agent", "Tom Tam"):
        with pytest.raises(NotAllowed, match="may not run SLA reports"):
            reports.sla_attainment(WEDNESDAY, WEDNESDAY, actor=name)


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        (THURSDAY, WEDNESDAY, "ends on 2026-11-25, before it starts"),
        (date(2020, 1, 1), WEDNESDAY, "at most five years"),
        (date(2026, 11, 26), date(2026, 11, 30), "after today"),
    ],
)
def test_bad_periods_are_refused(services: Services, first: date, last: date, message: str) -> None:
    reports = ReportService(services.db, services.loader, services.clock)
    with pytest.raises(InvalidInput, match=message):
        reports.sla_attainment(first, last)


def test_a_long_ago_period_reads_as_empty(services: Services) -> None:
    reports = ReportService(services.db, services.loader, services.clock)
    report = reports.sla_attainment(date(2024, 1, 1), date(2024, 12, 31))
    assert report.clocks == 0
    assert all(row.ratio is None for row in report.rows)


def test_csv_has_a_header_and_machine_friendly_values(reports: ReportService, tmp_path: Path) -> None:
    report = reports.sla_attainment(WEDNESDAY, WEDNESDAY)
    buffer = io.StringIO()
    write_report_csv(report, buffer)
    records = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert tuple(records[0]) == CSV_HEADER
    assert len(records) == 16
    first = records[0]
    assert first == {
        "first_day": "2026-11-25",
        "last_day": "2026-11-25",
        "plan": "standard",
        "severity": "1",
        "met": "1",
        "breached": "0",
        "open": "0",
        "attainment_percent": "100.0",
        "responded": "1",
        "median_response_seconds": "10800",
        "p90_response_seconds": "10800",
        "median_response_minutes": "180.0",
        "p90_response_minutes": "180.0",
    }
    empty = records[3]  # Standard, severity 4: nothing settled, no figure
    assert (empty["attainment_percent"], empty["median_response_seconds"]) == ("", "")
    overall = records[-1]
    assert (overall["plan"], overall["severity"], overall["attainment_percent"]) == ("all", "all", "66.7")
    assert overall["p90_response_seconds"] == "8640"
    assert records[4]["plan"] == "standard" and records[4]["severity"] == "all"

    folder = tmp_path / "export"
    folder.mkdir()
    target = folder / "sla.csv"
    assert save_report_csv(report, target) == target
    assert target.read_text(encoding="utf-8") == buffer.getvalue()
    assert [p.name for p in folder.iterdir()] == ["sla.csv"]  # no temporary file left


def test_a_failed_csv_write_leaves_the_old_file_whole(
    reports: ReportService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = reports.sla_attainment(WEDNESDAY, WEDNESDAY)
    folder = tmp_path / "export"
    folder.mkdir()
    target = folder / "sla.csv"
    target.write_text("old,contents\n", encoding="utf-8")

    def broken(report: SlaReport, stream: io.TextIOBase) -> None:
        stream.write("half,")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("console.services.readmodels.reports.write_report_csv", broken)
    with pytest.raises(InvalidInput, match="No space left on device"):
        save_report_csv(report, target)
    assert target.read_text(encoding="utf-8") == "old,contents\n"
    assert [p.name for p in folder.iterdir()] == ["sla.csv"]
    with pytest.raises(InvalidInput, match="cannot write the report"):
        save_report_csv(report, folder / "missing" / "sla.csv")
    with pytest.raises(InvalidInput, match="is a directory"):
        save_report_csv(report, folder)


def test_met_breached_and_response_counts_match_a_reading_of_every_clock(
    services: Services, reports: ReportService
) -> None:
    """Cross-check: the open count from SQL equals the Python rule applied to
    every case (the fixture holds few)."""
    from sqlalchemy import select

    from console.sla.attainment import open_at_end
    from console.sla.calendar import to_epoch
    from console.storage.models import Case

    report = reports.sla_attainment(WEDNESDAY, WEDNESDAY)
    with services.db.read() as session:
        cases = session.execute(
            select(Case.opened_at, Case.first_response_due_at, Case.first_response_at).where(
                Case.first_response_due_at.is_not(None)
            )
        ).all()
    now, end = to_epoch(services.clock.now), to_epoch(report.end)
    expected = sum(
        open_at_end(to_epoch(o), to_epoch(d), None if r is None else to_epoch(r), end, now)
        for o, d, r in cases
    )
    assert report.overall.open == expected == 1


@pytest.mark.parametrize(
    ("period", "first", "last"),
    [
        (Period.TODAY, date(2026, 3, 4), date(2026, 3, 4)),
        (Period.THIS_WEEK, date(2026, 3, 2), date(2026, 3, 4)),  # Monday to today (a Wednesday)
        (Period.LAST_WEEK, date(2026, 2, 23), date(2026, 3, 1)),
        (Period.THIS_MONTH, date(2026, 3, 1), date(2026, 3, 4)),
        (Period.LAST_MONTH, date(2026, 2, 1), date(2026, 2, 28)),
        (Period.LAST_30_DAYS, date(2026, 2, 3), date(2026, 3, 4)),  # 26 days of February + 4
    ],
)
def test_preset_periods(period: Period, first: date, last: date) -> None:
    assert period.days(date(2026, 3, 4)) == (first, last)


def test_preset_periods_at_the_turn_of_a_year() -> None:
    assert Period.LAST_MONTH.days(date(2027, 1, 1)) == (date(2026, 12, 1), date(2026, 12, 31))
    assert Period.THIS_WEEK.days(date(2027, 1, 3)) == (date(2026, 12, 28), date(2027, 1, 3))  # a Sunday
    with pytest.raises(ValueError, match="custom"):
        Period.CUSTOM.days(date(2027, 1, 1))


def test_a_preset_is_counted_from_today_in_the_support_calendar(reports: ReportService) -> None:
    assert reports.today() == WEDNESDAY
    report = reports.sla_for(Period.THIS_WEEK, actor="Lea Lead")
    assert (report.first_day, report.last_day) == (date(2026, 11, 23), WEDNESDAY)
    assert figures(report) == (5, 2, 1, 6)
