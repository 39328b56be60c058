"""``support-console status``: the support calendar and the SLA targets at a glance —
whether support is open now, when it next opens, the coming holidays and closures,
and the due time of a case opened now for every plan and severity — of the
database's programme when a database is configured, else (or with ``--published``)
of the published one (:mod:`console.cli.programme`); the board says which."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta
from typing import TextIO

from console.cli.errors import EXIT_OK, UsageError
from console.cli.parsing import SubCommands
from console.cli.programme import add_programme_argument, choose_programme, with_overrides
from console.cli.timeformat import parse_instant
from console.cli.words import severity_label
from console.domain.plans import Plan, Severity
from console.sla.calendar import (
    DEFAULT_TIME_ZONE,
    CalendarError,
    OperationalCalendar,
    weekly_hours_text,
)
from console.sla.policy import OPERATIONAL_DAY_MINUTES, ClockKind

UPCOMING_HOLIDAY_DAYS = 120


def register(commands: SubCommands) -> None:
    status = commands.add_parser(
        "status",
        help="the support calendar and SLA targets at a glance",
        description="Show whether support is open, when it opens next, coming holidays and due times.",
    )
    add_status_arguments(status)
    status.set_defaults(handler=run_status)


def add_status_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--now", help="show the board as at this instant (ISO 8601 with offset)")
    parser.add_argument(
        "--tz",
        help=f"IANA time zone of the support calendar (default: the programme's; published {DEFAULT_TIME_ZONE})",
    )
    parser.add_argument(
        "--regions", help="holiday regions, e.g. CH,DE (default: the programme's; published CH,DE)"
    )
    add_programme_argument(parser)


def run_status(args: argparse.Namespace, out: TextIO) -> int:
    now = parse_instant(args.now, "--now") if getattr(args, "now", None) else datetime.now(UTC)
    programme = choose_programme(args)
    try:
        calendar = with_overrides(
            programme.calendar, getattr(args, "tz", None), getattr(args, "regions", None)
        )
    except CalendarError as error:
        raise UsageError(str(error)) from None
    policy = programme.policy
    zone = calendar.zone
    tz = calendar.time_zone
    holidays = (
        f"holidays of {', '.join(calendar.holiday_regions)}" if calendar.holiday_regions else "no holidays"
    )

    def local(t: datetime) -> str:
        return t.astimezone(zone).strftime("%a %d %b %Y %H:%M")

    lines = [
        "Support Console — SLA status",
        "",
        f"Programme     {programme.source}",
        f"Calendar      {weekly_hours_text(calendar.weekly_hours)} {tz}, {holidays}",
        f"Now           {local(now)} ({tz})",
    ]
    if calendar.is_open(now):
        closes = _closing_time(calendar, now)
        lines.append(f"Support is    OPEN — closes {local(closes)}")
    else:
        lines.append(f"Support is    CLOSED — opens {local(calendar.next_open(now))}")
    lines += ["", "Coming holidays and closures"]
    today = now.astimezone(zone).date()
    horizon = today + timedelta(days=UPCOMING_HOLIDAY_DAYS)
    coming = {
        day: name
        for year in {today.year, horizon.year}
        for day, name in calendar.holidays_in(year).items()
        if today <= day <= horizon
    }
    for day in calendar.closures:
        if today <= day <= horizon:
            coming[day] = "closed" + (f"; {coming[day]}" if day in coming else "")
    if coming:
        lines += [f"  {day:%a %d %b %Y}  {name}" for day, name in sorted(coming.items())]
    else:
        lines.append(f"  none in the next {UPCOMING_HOLIDAY_DAYS} days")
    lines += ["", "A case opened now is due (first response):", ""]
    header = f"  {'severity':<11}" + "".join(f"{plan.label:<28}" for plan in Plan)
    lines.append(header)
    for severity in Severity:
        cells = []
        for plan in Plan:
            minutes = policy.target_minutes(plan, severity)
            kind = policy.kind(plan, severity)
            clock = policy.calendar_for(plan, severity, calendar)
            due = clock.add(now, minutes)
            marker = " 24x7" if kind is ClockKind.ALWAYS else ""
            cells.append(f"{_duration(minutes):>7}{marker:<5} {due.astimezone(zone):%a %H:%M}".ljust(28))
        lines.append(f"  {int(severity)} {severity_label(severity):<9}" + "".join(cells))
    lines += [
        "",
        "Targets count operational time; Proctored clocks also run during the account's exam sessions.",
        "Try: support-console sla due --opened-at 2026-03-27T18:00:00Z --plan standard --severity 1",
    ]
    out.write("\n".join(lines) + "\n")
    return EXIT_OK


def _closing_time(calendar: OperationalCalendar, now: datetime) -> datetime:
    for _start, end in calendar.open_intervals(now, now + timedelta(days=8)):
        return end
    return now


def _duration(minutes: int) -> str:
    days, rest_of_day = divmod(minutes, OPERATIONAL_DAY_MINUTES)
    if days and not rest_of_day:
        return f"{days} day" if days == 1 else f"{days} days"
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours}h{rest:02d}"
    if hours:
        return f"{hours}h"
    return f"{rest}m"
