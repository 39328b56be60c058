"""``support-console report sla``: SLA attainment by plan and severity over a
period of days, as an aligned table or as CSV (the same figures and the same CSV
as the reports screen: both come from ``console.services.readmodels.reports``)."""

from __future__ import annotations

import argparse
from typing import TextIO
from zoneinfo import ZoneInfo

from console.cli.context import services
from console.cli.errors import EXIT_OK
from console.cli.output import print_table
from console.cli.parsing import SubCommands
from console.cli.timeformat import parse_date
from console.cli.words import severity_label
from console.domain.durations import duration_text
from console.services.readmodels.reports import ReportRow, SlaReport, save_report_csv, write_report_csv


def register(commands: SubCommands) -> None:
    report = commands.add_parser("report", help="reports for team leads and admins")
    kinds = report.add_subparsers(dest="report_command", metavar="{sla}", required=True)
    sla = kinds.add_parser(
        "sla",
        help="SLA attainment by plan and severity: met, breached, open, first-response times",
        description=(
            "SLA attainment over the local days FROM to TO of the support calendar's time zone:"
            " clocks met and breached (settled in the period), still open at its end, and the"
            " median and 90th percentile first-response time in operational time."
        ),
    )
    sla.add_argument(
        "--from", dest="first_day", metavar="YYYY-MM-DD", help="first day (default: the 1st of TO's month)"
    )
    sla.add_argument(
        "--to", dest="last_day", metavar="YYYY-MM-DD", help="last day, included (default: today)"
    )
    sla.add_argument(
        "--csv", metavar="FILE", help="write CSV to FILE (atomically), or to standard output with -"
    )
    sla.set_defaults(handler=run_report_sla)


def run_report_sla(args: argparse.Namespace, out: TextIO) -> int:
    last = parse_date(args.last_day, "--to") if args.last_day else None
    first = parse_date(args.first_day, "--from") if args.first_day else None
    with services(args) as svc:
        reports = svc.reports
        if last is None:
            last = reports.today()
        if first is None:
            first = last.replace(day=1)
        report = reports.sla_attainment(first, last, actor=args.actor)
    if args.csv == "-":
        write_report_csv(report, out)
    elif args.csv:
        path = save_report_csv(report, args.csv)
        out.write(f"wrote the SLA report {_period(report)} to {path}\n")
    else:
        _print_report(report, out)
    return EXIT_OK


def _period(report: SlaReport) -> str:
    if report.first_day == report.last_day:
        return f"for {report.first_day.isoformat()}"
    return f"for {report.first_day.isoformat()} to {report.last_day.isoformat()}"


def _print_report(report: SlaReport, out: TextIO) -> None:
    generated = report.generated_at.astimezone(ZoneInfo(report.time_zone)).strftime("%Y-%m-%d %H:%M")
    out.write(f"SLA attainment {_period(report)} ({report.time_zone})\n")
    rows = [_cells(row) for row in report.rows]
    print_table(
        out,
        ("Plan", "Severity", "Met", "Breached", "Open", "Attainment", "Responded", "Median", "P90"),
        rows,
    )
    state = "so far" if report.running else "final"
    out.write(f"Generated {generated} ({state}) · {report.clocks} clocks\n")


def _cells(row: ReportRow) -> tuple[str, ...]:
    if row.plan is None:
        plan, severity = "All plans", "total"
    else:
        plan = row.plan.label
        severity = "total" if row.severity is None else f"{int(row.severity)} {severity_label(row.severity)}"
    ratio = row.ratio
    return (
        plan,
        severity,
        str(row.met),
        str(row.breached),
        str(row.open),
        "—" if ratio is None else f"{ratio * 100:.1f} %",
        str(row.responded),
        _duration(row.median_seconds),
        _duration(row.p90_seconds),
    )


def _duration(seconds: float | None) -> str:
    return "—" if seconds is None else duration_text(round(seconds))
