"""``support-console sla due|remaining``: the SLA clock on the command line, one case
at a time or in bulk from a CSV file (for recomputing many clocks at once).

The targets and the support calendar are the database's set-up when a database is
configured, else (or with ``--published``) the published programme; one line on
stderr says which (:mod:`console.cli.programme`). ``--tz``, ``--regions``,
``--closed`` and ``--calendar`` override what the programme says."""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TextIO, TypeVar

from console.cli.errors import EXIT_OK, UsageError
from console.cli.parsing import SubCommands
from console.cli.programme import add_programme_argument, choose_programme, with_overrides
from console.cli.timeformat import format_instant, parse_date, parse_instant
from console.domain.instants import check_instant
from console.domain.plans import Plan, Severity
from console.sla.calendar import (
    DEFAULT_TIME_ZONE,
    Calendar,
    CalendarError,
    FixedWindows,
    OperationalCalendar,
    from_epoch,
    to_epoch,
)
from console.sla.clock import read_clock
from console.sla.policy import ALWAYS_OPEN, ClockKind, SlaPolicy

_T = TypeVar("_T")

CALENDAR_CHOICES = ("operational", "24x7")
MAX_REPORTED_BAD_ROWS = 20


def register(commands: SubCommands) -> None:
    sla = commands.add_parser(
        "sla",
        help="compute SLA due times and remaining time",
        description="Compute first-response due times and remaining operational time.",
    )
    actions = sla.add_subparsers(dest="sla_command", metavar="{due,remaining}", required=True)

    due = actions.add_parser(
        "due",
        help="print the first-response due time (ISO 8601 UTC)",
        description="Print the earliest instant at which the target's operational minutes have elapsed.",
    )
    _add_clock_arguments(due)
    due.set_defaults(handler=run_due)

    remaining = actions.add_parser(
        "remaining",
        help="print remaining operational seconds and the clock state",
        description=(
            "Print remaining operational seconds (negative once overdue) and the state: "
            "running, paused, at_risk, breached or met."
        ),
    )
    _add_clock_arguments(remaining)
    remaining.add_argument("--now", help="the instant to read the clock at (ISO 8601 with offset)")
    remaining.add_argument(
        "--responded-at", help="when the first public response was sent, if it was (stops the clock)"
    )
    remaining.add_argument("--format", choices=("text", "json"), default="text")
    remaining.set_defaults(handler=run_remaining)


def _add_clock_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--opened-at", help="when the case was opened (ISO 8601 with offset or Z)")
    target = parser.add_argument_group("target (one of)")
    target.add_argument("--minutes", type=_non_negative_int, help="the target in operational minutes")
    target.add_argument("--plan", help="standard, premier or proctored (with --severity)")
    target.add_argument("--severity", help="1 (urgent) to 4 (low), with --plan")
    cal = parser.add_argument_group("calendar")
    cal.add_argument(
        "--calendar",
        choices=CALENDAR_CHOICES,
        help="operational hours or 24x7 (default: what the plan's policy says, else operational)",
    )
    cal.add_argument("--tz", help=f"IANA time zone (default: the programme's; published {DEFAULT_TIME_ZONE})")
    cal.add_argument(
        "--regions",
        help="holiday regions, comma separated, e.g. CH,DE or DE-BY; empty for none "
        "(default: the programme's; published CH,DE)",
    )
    cal.add_argument(
        "--closed",
        action="append",
        default=[],
        metavar="DATE",
        help="a closure date on top of the programme's (repeatable)",
    )
    cal.add_argument(
        "--exam",
        action="append",
        default=[],
        metavar="START/END",
        help="an exam session window that is open time for Proctored clocks (repeatable)",
    )
    add_programme_argument(cal)
    parser.add_argument(
        "--csv",
        metavar="FILE",
        help="bulk mode: read rows from FILE ('-' for stdin), write them with the result column to stdout",
    )


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text}")
    return value


# --- building the clock from the options -------------------------------------------


@dataclass(frozen=True)
class ClockSetup:
    """The calendar choice and target the options describe."""

    explicit_calendar: str | None
    policy: SlaPolicy
    business: OperationalCalendar
    exam_calendar: OperationalCalendar
    minutes: int | None
    plan: Plan | None
    severity: Severity | None
    programme: str  # which programme, in words (console.cli.programme)

    def say_programme(self) -> None:
        """One line on stderr with the result (never with an error): stdout stays the
        bare result scripts read."""
        print(f"support-console: programme: {self.programme}", file=sys.stderr)

    def resolve(self, minutes: int | None = None) -> tuple[Calendar, int]:
        """The calendar and target for a case; per-row ``minutes`` win over the plan."""
        if minutes is None:
            minutes = self.minutes
        kind = ClockKind.OPERATIONAL
        if self.plan is not None and self.severity is not None:
            kind = self.policy.kind(self.plan, self.severity)
            if minutes is None:
                minutes = self.policy.target_minutes(self.plan, self.severity)
        if minutes is None:
            raise UsageError("give the target: --minutes N, or --plan P --severity S")
        if self.explicit_calendar == "24x7" or (self.explicit_calendar is None and kind is ClockKind.ALWAYS):
            return ALWAYS_OPEN, minutes
        if self.explicit_calendar is None and kind is ClockKind.OPERATIONAL_AND_EXAMS:
            return self.exam_calendar, minutes
        return self.business, minutes


def clock_setup(args: argparse.Namespace, bulk: bool) -> ClockSetup:
    if args.minutes is not None and (args.plan or args.severity):
        raise UsageError("give either --minutes or --plan with --severity, not both")
    if bool(args.plan) != bool(args.severity):
        raise UsageError("--plan and --severity go together")
    if not bulk and args.minutes is None and not args.plan:
        raise UsageError("give the target: --minutes N, or --plan P --severity S")
    try:
        plan = Plan.parse(args.plan) if args.plan else None
        severity = Severity.parse(args.severity) if args.severity else None
        closures = [parse_date(text, "--closed") for text in args.closed]
        exams = [_parse_window(text) for text in args.exam]
    except ValueError as error:
        raise UsageError(str(error)) from None
    programme = choose_programme(args)
    try:
        business = with_overrides(programme.calendar, args.tz, args.regions, closures)
        exam_calendar = business.with_windows(FixedWindows.of(exams)) if exams else business
    except CalendarError as error:
        raise UsageError(str(error)) from None
    return ClockSetup(
        args.calendar,
        programme.policy,
        business,
        exam_calendar,
        args.minutes,
        plan,
        severity,
        programme.source,
    )


def _parse_window(text: str) -> tuple[datetime, datetime]:
    start, sep, end = text.partition("/")
    if not sep:
        raise UsageError(f"--exam: {text!r} is not START/END")
    return parse_instant(start, "--exam start"), parse_instant(end, "--exam end")


# --- single clocks -------------------------------------------------------------------


def run_due(args: argparse.Namespace, out: TextIO) -> int:
    if args.csv is not None:
        return _run_bulk(args.csv, clock_setup(args, bulk=True), out, with_now=False)
    opened = _required_instant(args.opened_at, "--opened-at")
    setup = clock_setup(args, bulk=False)
    calendar, minutes = setup.resolve()
    due = format_instant(_checked(lambda: calendar.add(opened, minutes)))
    setup.say_programme()
    print(due, file=out)
    return EXIT_OK


def run_remaining(args: argparse.Namespace, out: TextIO) -> int:
    if args.csv is not None:
        return _run_bulk(args.csv, clock_setup(args, bulk=True), out, with_now=True)
    opened = _required_instant(args.opened_at, "--opened-at")
    now = _required_instant(args.now, "--now")
    responded = parse_instant(args.responded_at, "--responded-at") if args.responded_at else None
    setup = clock_setup(args, bulk=False)
    calendar, minutes = setup.resolve()

    def read() -> str:
        due = calendar.add_epoch(to_epoch(opened), minutes * 60)
        reading = read_clock(
            calendar, due, minutes * 60, to_epoch(now), None if responded is None else to_epoch(responded)
        )
        if args.format == "json":
            return json.dumps(
                {
                    "remaining_seconds": reading.remaining_seconds,
                    "state": reading.state.value,
                    "due_at": format_instant(reading.due_at),
                    "resumes_at": None if reading.resumes_at is None else format_instant(reading.resumes_at),
                    "target_seconds": reading.target_seconds,
                }
            )
        text = f"{reading.remaining_seconds} {reading.state.value}"
        if reading.resumes_at is not None:
            paused = "" if reading.state.value == "paused" else "paused, "
            text += f" ({paused}resumes {format_instant(reading.resumes_at)})"
        return text

    text = _checked(read)
    setup.say_programme()
    print(text, file=out)
    return EXIT_OK


def _required_instant(text: str | None, option: str) -> datetime:
    if not text:
        raise UsageError(f"{option} is required (or use --csv FILE)")
    return parse_instant(text, option)


def _checked(compute: Callable[[], _T]) -> _T:
    try:
        return compute()
    except (CalendarError, OverflowError) as error:
        raise UsageError(str(error)) from None


# --- bulk mode -------------------------------------------------------------------------


def _run_bulk(path: str, setup: ClockSetup, out: TextIO, with_now: bool) -> int:
    """Read every row, compute, and write only if every row was good: a bad row is
    reported with its line number and nothing is written to stdout."""
    result_column = "remaining_business_seconds" if with_now else "due_utc"
    with _open_input(path) as source:
        reader = csv.reader(source)
        try:
            header = next(reader)
        except StopIteration:
            raise UsageError(f"{path}: the file is empty (expected a header row)") from None
        columns = {name.strip(): index for index, name in enumerate(header)}
        required = ["opened_at_utc"] + (["now_utc"] if with_now else [])
        missing = [name for name in required if name not in columns]
        if "business_minutes" not in columns and setup.minutes is None and setup.plan is None:
            missing.append("business_minutes")
        if missing:
            raise UsageError(f"{path}: missing column(s) {', '.join(missing)}")
        if result_column in columns:
            raise UsageError(f"{path}: already has a {result_column} column")
        try:
            rows, errors = _compute_rows(reader, lambda: reader.line_num, columns, setup, with_now)
        except csv.Error as error:
            raise UsageError(f"{path}: line {reader.line_num}: not valid CSV ({error})") from None
    if errors:
        for line in errors[:MAX_REPORTED_BAD_ROWS]:
            print(f"support-console: error: {path}: {line}", file=sys.stderr)
        if len(errors) > MAX_REPORTED_BAD_ROWS:
            print(
                f"support-console: error: {path}: ... and {len(errors) - MAX_REPORTED_BAD_ROWS} more bad rows",
                file=sys.stderr,
            )
        raise UsageError(f"{path}: {len(errors)} bad row(s); nothing written")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*header, result_column])
    writer.writerows(rows)
    setup.say_programme()
    out.write(buffer.getvalue())
    return EXIT_OK


def _compute_rows(
    reader: Iterator[list[str]],
    line_of: Callable[[], int],
    columns: dict[str, int],
    setup: ClockSetup,
    with_now: bool,
) -> tuple[list[list[str]], list[str]]:
    opened_col = columns["opened_at_utc"]
    minutes_col = columns.get("business_minutes")
    now_col = columns.get("now_utc")
    rows: list[list[str]] = []
    errors: list[str] = []
    fixed_calendar, fixed_minutes = (
        setup.resolve() if setup.minutes is not None or setup.plan is not None else (None, None)
    )
    for row in reader:
        line = line_of()
        if not row or (len(row) == 1 and not row[0].strip()):
            rows.append(row)
            continue
        try:
            opened = _epoch_of(_cell(row, opened_col), "opened_at_utc")
            raw_minutes = _cell(row, minutes_col).strip() if minutes_col is not None else ""
            if raw_minutes:
                calendar, minutes = setup.resolve(_minutes_of(raw_minutes))
            elif fixed_calendar is not None and fixed_minutes is not None:
                calendar, minutes = fixed_calendar, fixed_minutes
            else:
                raise ValueError("business_minutes is empty")
            due = calendar.add_epoch(opened, minutes * 60)
            if with_now:
                assert now_col is not None
                now = _epoch_of(_cell(row, now_col), "now_utc")
                result = str(read_clock(calendar, due, minutes * 60, now).remaining_seconds)
            else:
                result = from_epoch(due).strftime("%Y-%m-%dT%H:%M:%SZ")
        except (ValueError, CalendarError, OverflowError, UsageError) as error:
            errors.append(f"line {line}: {error}")
            continue
        row.append(result)
        rows.append(row)
    return rows, errors


def _cell(row: list[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    return row[index]


def _epoch_of(text: str, column: str) -> int:
    raw = text.strip()
    if not raw:
        raise ValueError(f"{column} is empty")
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise ValueError(f"{column} {text!r} is not an ISO 8601 date and time") from None
    if value.tzinfo is None:
        raise ValueError(f"{column} {text!r} has no offset; add Z")
    return to_epoch(check_instant(value, column))


def _minutes_of(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise ValueError(f"business_minutes {text!r} is not a whole number") from None
    if value < 0:
        raise ValueError(f"business_minutes {value} is negative")
    return value


@contextlib.contextmanager
def _open_input(path: str) -> Iterator[TextIO]:
    if path == "-":
        yield sys.stdin
        return
    try:
        handle = open(path, newline="", encoding="utf-8-sig")  # noqa: SIM115 - closed below
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror}") from None
    try:
        yield handle
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not a UTF-8 text file") from None
    finally:
        handle.close()
