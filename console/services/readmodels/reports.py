"""SLA reports: first-response attainment by plan and severity over a period of
local days, with the spread of first-response times, and its CSV export — one
implementation for the reports screen and ``support-console report sla``.

The figures follow the one rule of :mod:`console.sla.attainment`: a clock settles
at its first response when met and at its due instant when breached, and a period
counts the clocks settled in it. Days are local days of the support calendar's
time zone. Only leads and admins (and the system) may run reports.
"""

from __future__ import annotations

import csv
import enum
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TextIO

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from console.domain.permissions import Action
from console.domain.plans import Plan, Severity
from console.services.base import Service
from console.services.errors import InvalidInput
from console.services.infrastructure.lookup import optional_user
from console.services.infrastructure.programme import Programme
from console.services.permissions import require
from console.services.readmodels.local_days import local_midnight
from console.services.readmodels.settlements import ClockRow, attainment, clocks_settling_between
from console.sla.attainment import Attainment, quantile
from console.sla.calendar import Calendar, from_epoch, to_epoch
from console.storage.models import Case

MAX_PERIOD_DAYS = 5 * 366
"""The longest period a report covers (five years): longer ones are refused."""

MEDIAN = 0.5
P90 = 0.9

CSV_HEADER = (
    "first_day",
    "last_day",
    "plan",
    "severity",
    "met",
    "breached",
    "open",
    "attainment_percent",
    "responded",
    "median_response_seconds",
    "p90_response_seconds",
    "median_response_minutes",
    "p90_response_minutes",
)
ALL = "all"
"""The plan or severity column of a total row in the CSV."""


class Period(enum.StrEnum):
    """The periods a report is usually run for, relative to today (local days of
    the support calendar). ``CUSTOM`` is whatever days the user picked."""

    TODAY = "today"
    THIS_WEEK = "this_week"
    LAST_WEEK = "last_week"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    LAST_30_DAYS = "last_30_days"
    CUSTOM = "custom"

    def days(self, today: date) -> tuple[date, date]:
        """The first and last day of this period as seen on ``today`` (weeks start
        on Monday; "this" week and month run to today). CUSTOM has no days."""
        if self is Period.TODAY:
            return today, today
        if self is Period.THIS_WEEK:
            return today - timedelta(days=today.weekday()), today
        if self is Period.LAST_WEEK:
            monday = today - timedelta(days=today.weekday() + 7)
            return monday, monday + timedelta(days=6)
        if self is Period.THIS_MONTH:
            return today.replace(day=1), today
        if self is Period.LAST_MONTH:
            last = today.replace(day=1) - timedelta(days=1)
            return last.replace(day=1), last
        if self is Period.LAST_30_DAYS:
            return today - timedelta(days=29), today
        raise ValueError("a custom period has no days of its own")


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One line of the report: a plan and severity, a plan's total (``severity``
    None) or the overall total (both None).

    ``met`` and ``breached`` count the clocks settled in the period; ``open`` the
    clocks still open at its end (see :func:`console.sla.attainment.open_at_end`).
    The response times are operational seconds from opening to the first
    response, over the ``responded`` clocks whose first response falls in the
    period; a total's are computed over the pooled times, never averaged."""

    plan: Plan | None
    severity: Severity | None
    met: int
    breached: int
    open: int
    responded: int
    median_seconds: float | None
    p90_seconds: float | None

    @property
    def is_total(self) -> bool:
        return self.severity is None

    @property
    def settled(self) -> int:
        return self.met + self.breached

    @property
    def ratio(self) -> float | None:
        """met ÷ settled; None when nothing settled (no figure, never 100 %)."""
        return Attainment(self.met, self.breached).ratio

    @property
    def clocks(self) -> int:
        """Clocks the row counts: settled in the period or open at its end."""
        return self.met + self.breached + self.open


@dataclass(frozen=True, slots=True)
class SlaReport:
    """SLA attainment over the local days ``first_day`` to ``last_day``: the
    instants [``start``, ``end``) in UTC, seen at ``generated_at``.

    ``rows`` come plan by plan (Standard, Premier, Proctored), each with its four
    severities followed by the plan's total; the overall total comes last."""

    first_day: date
    last_day: date
    time_zone: str
    start: datetime
    end: datetime
    generated_at: datetime
    rows: tuple[ReportRow, ...]
    _index: dict[tuple[Plan | None, Severity | None], ReportRow] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        self._index.update({(row.plan, row.severity): row for row in self.rows})

    @property
    def running(self) -> bool:
        """Whether the period had not ended when the report was made."""
        return self.generated_at < self.end

    def row(self, plan: Plan | None = None, severity: Severity | None = None) -> ReportRow:
        """A plan's severity, a plan's total (no severity) or the overall total."""
        return self._index[(plan, severity)]

    @property
    def overall(self) -> ReportRow:
        return self._index[(None, None)]

    @property
    def clocks(self) -> int:
        return self.overall.clocks


class ReportService(Service):
    """The SLA reports over one database."""

    def today(self) -> date:
        """Today in the support calendar's time zone (where report days are counted)."""
        with self.db.read() as session:
            zone = self.loader.load(session).calendar.zone
        return self.clock().astimezone(zone).date()

    def sla_for(self, period: Period, actor: str | int | None = None) -> SlaReport:
        """The report for a preset period, its days taken from today (local)."""
        first, last = period.days(self.today())
        return self.sla_attainment(first, last, actor)

    def sla_attainment(self, first_day: date, last_day: date, actor: str | int | None = None) -> SlaReport:
        """SLA attainment by plan × severity over the local days ``first_day`` to
        ``last_day`` (both included) of the support calendar's time zone.

        Met and breached count the clocks that settled in the period, as
        ``settlements.attainment`` counts them. *Open* counts the clocks opened
        before the period's end that were still unsettled then — or now, while the
        period runs: no first response yet and the due instant not passed, which
        includes clocks opened before the period began. Every clock opened by
        then is exactly one of: settled before the period, met or breached in
        it, open. Paid add-ons have no clock and never count.
        """
        _check_period(first_day, last_day)
        now = self.clock()
        with self.db.read() as session:
            who = optional_user(session, actor)
            require(who, Action.RUN_REPORTS)
            programme = self.loader.load(session)
            zone = programme.calendar.zone
            today = now.astimezone(zone).date()
            if first_day > today:
                raise InvalidInput(
                    f"the period starts on {first_day.isoformat()}, after today ({today.isoformat()}):"
                    " nothing has happened in it yet"
                )
            start = local_midnight(first_day, zone)
            end = local_midnight(last_day + timedelta(days=1), zone)
            clocks = clocks_settling_between(session, start, end)
            still_open = open_counts(session, end, now)
        rows = report_rows(clocks, still_open, programme, start, end, now)
        return SlaReport(first_day, last_day, str(zone), start, end, now, rows)


def _check_period(first_day: date, last_day: date) -> None:
    if last_day < first_day:
        raise InvalidInput(
            f"the period ends on {last_day.isoformat()}, before it starts ({first_day.isoformat()})"
        )
    days = (last_day - first_day).days + 1
    if days > MAX_PERIOD_DAYS:
        raise InvalidInput(f"the period is {days} days long; a report covers at most five years")
    if last_day >= date.max:
        raise InvalidInput("the period must end before the year 9999 does")


def open_counts(session: Session, end: datetime, now: datetime) -> dict[tuple[Plan, Severity], int]:
    """How many clocks of each plan and severity are open at the end of a period
    ending at ``end``, seen at ``now`` — :func:`console.sla.attainment.open_at_end`
    in SQL: one range scan of the due index, counted per plan and severity."""
    end_s, now_s = to_epoch(end), to_epoch(now)
    cut = from_epoch(end_s if end_s <= now_s else now_s + 1)
    horizon = from_epoch(min(end_s, now_s))
    query = (
        select(Case.plan_code, Case.severity, func.count())
        .where(
            Case.first_response_due_at >= horizon,
            # Wrapped so that no planner scans the opening index instead: that range
            # reaches back to the first case ever, the due range only to the clocks
            # still running at the horizon.
            func.coalesce(Case.opened_at, Case.opened_at) < cut,
            or_(Case.first_response_at.is_(None), Case.first_response_at >= cut),
        )
        .group_by(Case.plan_code, Case.severity)
    )
    return {(Plan(plan), Severity(severity)): int(count) for plan, severity, count in session.execute(query)}


def report_rows(
    clocks: Iterable[ClockRow],
    still_open: dict[tuple[Plan, Severity], int],
    programme: Programme,
    start: datetime,
    end: datetime,
    now: datetime,
) -> tuple[ReportRow, ...]:
    """The report's rows from the clocks that can settle in [start, end) (a
    superset, as ``clocks_settling_between`` reads them) and the open counts."""
    begin, end_s, now_s = to_epoch(start), to_epoch(end), to_epoch(now)
    cut = end_s if end_s <= now_s else now_s + 1
    by_cell: dict[tuple[Plan, Severity], list[ClockRow]] = defaultdict(list)
    times: dict[tuple[Plan, Severity], list[int]] = defaultdict(list)
    calendars: dict[tuple[Plan, Severity, int], Calendar] = {}
    for clock in clocks:
        key = (clock.plan, clock.severity)
        by_cell[key].append(clock)
        responded = clock.first_response
        if responded is not None and begin <= responded < cut:
            # ClockRow.first_response_seconds, with the calendar looked up once per
            # plan, severity and account (a year's report reads 250,000 clocks).
            which = (clock.plan, clock.severity, clock.account_id)
            calendar = calendars.get(which)
            if calendar is None:
                calendar = calendars[which] = programme.calendar_for(*which)
            times[key].append(calendar.between_epoch(clock.opened, responded))
    rows: list[ReportRow] = []
    everything: list[int] = []
    overall = Attainment()
    overall_open = 0
    for plan in Plan:
        pooled: list[int] = []
        plan_result = Attainment()
        plan_open = 0
        for severity in Severity:
            key = (plan, severity)
            result = attainment(by_cell.get(key, ()), start, end, now)
            cell_open = still_open.get(key, 0)
            rows.append(_row(plan, severity, result, cell_open, times.get(key, [])))
            pooled += times.get(key, [])
            plan_result += result
            plan_open += cell_open
        rows.append(_row(plan, None, plan_result, plan_open, pooled))
        everything += pooled
        overall += plan_result
        overall_open += plan_open
    rows.append(_row(None, None, overall, overall_open, everything))
    return tuple(rows)


def _row(
    plan: Plan | None, severity: Severity | None, result: Attainment, still_open: int, times: Sequence[int]
) -> ReportRow:
    return ReportRow(
        plan,
        severity,
        result.met,
        result.breached,
        still_open,
        len(times),
        quantile(times, MEDIAN),
        quantile(times, P90),
    )


# -- CSV ------------------------------------------------------------------------------


def csv_records(report: SlaReport) -> list[tuple[str, ...]]:
    """The report as CSV records (header first): ISO dates, plan codes and
    severity numbers (``all`` on totals), integer counts and seconds, attainment
    as a percentage with one decimal (empty when nothing settled)."""
    records: list[tuple[str, ...]] = [CSV_HEADER]
    for row in report.rows:
        ratio = row.ratio
        records.append(
            (
                report.first_day.isoformat(),
                report.last_day.isoformat(),
                ALL if row.plan is None else row.plan.value,
                ALL if row.severity is None else str(int(row.severity)),
                str(row.met),
                str(row.breached),
                str(row.open),
                "" if ratio is None else f"{ratio * 100:.1f}",
                str(row.responded),
                _seconds(row.median_seconds),
                _seconds(row.p90_seconds),
                _minutes(row.median_seconds),
                _minutes(row.p90_seconds),
            )
        )
    return records


def _seconds(value: float | None) -> str:
    return "" if value is None else str(round(value))


def _minutes(value: float | None) -> str:
    return "" if value is None else f"{value / 60:.1f}"


def write_report_csv(report: SlaReport, stream: TextIO) -> None:
    """Write the report as CSV to an open text stream."""
    csv.writer(stream, lineterminator="\n").writerows(csv_records(report))


def save_report_csv(report: SlaReport, path: str | os.PathLike[str]) -> Path:
    """Write the report as a UTF-8 CSV file, atomically: into a temporary file in
    the same directory, then renamed over ``path``, so a failure never leaves a
    half-written file. Returns the absolute path written. An unwritable place is
    an :class:`InvalidInput` with the reason."""
    target = Path(path).expanduser().absolute()
    if target.is_dir():
        raise InvalidInput(f"cannot write the report to {target}: it is a directory")
    try:
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:
        raise InvalidInput(f"cannot write the report to {target}: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            write_report_csv(report, stream)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private; give it the mode of the file it replaces.
        os.chmod(temp, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        os.replace(temp, target)
    except OSError as error:
        Path(temp).unlink(missing_ok=True)
        raise InvalidInput(f"cannot write the report to {target}: {error.strerror or error}") from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target
