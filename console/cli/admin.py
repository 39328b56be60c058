"""``support-console admin ...``: the set-up an admin edits — targets, the support
calendar and its closures, holiday previews, users' roles and exam sessions.

Every write says what changed and how many open cases got a new due time (the
recompute runs in the same transaction as the change). Roles apply with
``--as USER``; without it the command acts as the system.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from console.cli import mail, people, queue_rules
from console.cli.context import services
from console.cli.errors import EXIT_OK, UsageError
from console.cli.output import iso, print_json, print_table
from console.cli.parsing import SubCommands, whole_number
from console.cli.timeformat import parse_date, parse_instant
from console.cli.words import severity_label
from console.domain.plans import Plan, Severity
from console.services.usecases.exams import ExamView
from console.services.usecases.setup_change import SetupResult
from console.services.usecases.support_calendar import weekly_hours_text
from console.services.usecases.targets import target_text


def register(commands: SubCommands) -> None:
    admin = commands.add_parser(
        "admin", help="targets, the support calendar, people and their roles, exam sessions, the queue rules"
    )
    areas = admin.add_subparsers(
        dest="admin_area",
        metavar="{target,calendar,closure,holidays,person,user,exam,queue-rules,mail}",
        required=True,
    )

    target = areas.add_parser("target", help="first-response targets per plan and severity")
    tactions = target.add_subparsers(dest="target_command", metavar="{list,set}", required=True)
    tlist = tactions.add_parser("list", help="every plan × severity target and its clock")
    tlist.add_argument("--format", choices=("table", "json"), default="table")
    tlist.set_defaults(handler=run_target_list)
    tset = tactions.add_parser("set", help="set one target in operational minutes")
    tset.add_argument("plan", help="standard, premier or proctored")
    tset.add_argument("severity", help="1 to 4")
    tset.add_argument("minutes", help="operational minutes (a day is 720)")
    tset.set_defaults(handler=run_target_set)

    calendar = areas.add_parser("calendar", help="the support calendar")
    cactions = calendar.add_subparsers(dest="calendar_command", metavar="{show,set}", required=True)
    cshow = cactions.add_parser("show", help="time zone, weekly hours, holiday regions, closures")
    cshow.add_argument("--format", choices=("table", "json"), default="table")
    cshow.set_defaults(handler=run_calendar_show)
    cset = cactions.add_parser("set", help="change the time zone, holiday regions or weekly hours")
    cset.add_argument("--tz", help="IANA time zone, e.g. Europe/Berlin")
    cset.add_argument("--regions", help="holiday regions, comma separated, e.g. CH,DE-BY")
    cset.add_argument("--hours", help='weekly hours, e.g. "mon-fri 08:00-20:00; sat 09:00-13:00"')
    cset.add_argument(
        "--at-risk-share", type=float, help="at risk at this share of the target left, e.g. 0.2"
    )
    cset.add_argument("--at-risk-minutes", type=int, help="... or at this many operational minutes left")
    cset.set_defaults(handler=run_calendar_set)

    closure = areas.add_parser("closure", help="extra closure dates")
    xactions = closure.add_subparsers(dest="closure_command", metavar="{add,remove,list}", required=True)
    xadd = xactions.add_parser("add", help="close the support calendar on a date")
    xadd.add_argument("date", help="YYYY-MM-DD")
    xadd.add_argument("--reason", default="")
    xadd.set_defaults(handler=run_closure_add)
    xremove = xactions.add_parser("remove", help="open a closure date again")
    xremove.add_argument("date", help="YYYY-MM-DD")
    xremove.set_defaults(handler=run_closure_remove)
    xlist = xactions.add_parser("list", help="the closure dates")
    xlist.set_defaults(handler=run_closure_list)

    holidays = areas.add_parser("holidays", help="preview the public holidays regions bring in a year")
    holidays.add_argument("--regions", required=True, help="comma separated, e.g. CH,DE-BY")
    holidays.add_argument("--year", required=True, type=int)
    holidays.add_argument("--format", choices=("table", "json"), default="table")
    holidays.set_defaults(handler=run_holidays)

    people.register(areas)
    mail.register_admin(areas)

    user = areas.add_parser("user", help="users' roles, teams, languages and activity")
    uactions = user.add_subparsers(dest="user_command", metavar="{set}", required=True)
    uset = uactions.add_parser("set", help="change a user")
    uset.add_argument("name")
    uset.add_argument("--role", help="agent, lead, tam or admin")
    uset.add_argument("--team", help='the team ("" clears it)')
    uset.add_argument("--languages", help="comma separated, e.g. en,de")
    active = uset.add_mutually_exclusive_group()
    active.add_argument("--active", dest="active", action="store_const", const=True, default=None)
    active.add_argument("--inactive", dest="active", action="store_const", const=False)
    uset.set_defaults(handler=run_user_set)

    exam = areas.add_parser("exam", help="proctored exam sessions")
    eactions = exam.add_subparsers(dest="exam_command", metavar="{list,cancel,delete}", required=True)
    elist = eactions.add_parser("list", help="booked sessions")
    elist.add_argument("--account")
    elist.add_argument("--format", choices=("table", "json"), default="table")
    elist.set_defaults(handler=run_exam_list)
    ecancel = eactions.add_parser("cancel", help="cancel one occurrence of a session")
    ecancel.add_argument("id", type=_session_id, help="the session number (see exam list)")
    ecancel.add_argument("start", help="the occurrence's start, ISO 8601 with offset")
    ecancel.set_defaults(handler=run_exam_cancel)
    edelete = eactions.add_parser("delete", help="delete a session and all its occurrences")
    edelete.add_argument("id", type=_session_id, help="the session number (see exam list)")
    edelete.set_defaults(handler=run_exam_delete)

    queue_rules.register(areas)


# -- targets ------------------------------------------------------------------------------


def run_target_list(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        targets = svc.targets.targets()
    if args.format == "json":
        print_json(
            out,
            [
                {
                    "plan": t.plan.value,
                    "severity": int(t.severity),
                    "minutes": t.minutes,
                    "clock": t.clock_kind.value,
                }
                for t in targets
            ],
        )
    else:
        print_table(
            out,
            ["plan", "severity", "minutes", "target", "clock"],
            [
                [
                    t.plan.label,
                    f"{int(t.severity)} {severity_label(t.severity)}",
                    t.minutes,
                    t.text,
                    t.clock_kind.value,
                ]
                for t in targets
            ],
        )
    return EXIT_OK


def run_target_set(args: argparse.Namespace, out: TextIO) -> int:
    minutes = _whole(args.minutes, "MINUTES")
    with services(args) as svc:
        result = svc.targets.set_target(args.plan, args.severity, minutes, actor=args.actor)
    # The service accepted both, so they parse.
    plan, severity = Plan.parse(args.plan), Severity.parse(args.severity)
    out.write(
        f"{plan.label} severity {int(severity)} ({severity_label(severity)}): "
        f"target {target_text(minutes)} ({minutes} operational minutes).\n"
    )
    _say_recomputed(out, result)
    return EXIT_OK


# -- the calendar -------------------------------------------------------------------------


def run_calendar_show(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        settings = svc.calendar.calendar_settings()
    if args.format == "json":
        print_json(
            out,
            {
                "time_zone": settings.time_zone,
                "regions": list(settings.regions),
                "hours": settings.hours_text,
                "closures": [{"date": c.day, "reason": c.reason} for c in settings.closures],
                "at_risk_share": settings.at_risk_fraction,
                "at_risk_minutes": settings.at_risk_minutes,
            },
        )
        return EXIT_OK
    out.write(f"time zone        {settings.time_zone}\n")
    out.write(f"weekly hours     {settings.hours_text}\n")
    out.write(f"holiday regions  {', '.join(settings.regions) or 'none'}\n")
    closures = ", ".join(c.day.isoformat() for c in settings.closures)
    out.write(f"closures         {closures or 'none'}\n")
    out.write(
        f"at risk          at {settings.at_risk_fraction:.0%} of the target "
        f"or {settings.at_risk_minutes} minutes left\n"
    )
    return EXIT_OK


def run_calendar_set(args: argparse.Namespace, out: TextIO) -> int:
    thresholds = args.at_risk_share is not None or args.at_risk_minutes is not None
    if args.tz is None and args.regions is None and args.hours is None and not thresholds:
        raise UsageError("say what to change: --tz, --regions, --hours, --at-risk-share or --at-risk-minutes")
    with services(args) as svc:
        result = SetupResult(0)
        if args.tz is not None or args.regions is not None or args.hours is not None:
            result = svc.calendar.set_calendar(args.tz, args.regions, args.hours, actor=args.actor)
        settings = svc.calendar.calendar_settings()
        if thresholds:
            share = settings.at_risk_fraction if args.at_risk_share is None else args.at_risk_share
            minutes = settings.at_risk_minutes if args.at_risk_minutes is None else args.at_risk_minutes
            svc.risk_thresholds.set_risk_thresholds(share, minutes, actor=args.actor)
            settings = svc.calendar.calendar_settings()
    if args.tz is not None:
        out.write(f"time zone: {settings.time_zone}\n")
    if args.regions is not None:
        out.write(f"holiday regions: {', '.join(settings.regions) or 'none'}\n")
    if args.hours is not None:
        out.write(f"weekly hours: {weekly_hours_text(dict(settings.weekly_hours))}\n")
    if thresholds:
        out.write(
            f"at risk: at {settings.at_risk_fraction:.0%} of the target or {settings.at_risk_minutes} minutes left\n"
        )
    _say_recomputed(out, result)
    return EXIT_OK


def run_closure_add(args: argparse.Namespace, out: TextIO) -> int:
    day = parse_date(args.date, "DATE")
    with services(args) as svc:
        result = svc.calendar.add_closure(day, args.reason, actor=args.actor)
    out.write(
        f"closed on {day.isoformat()} ({day:%A})"
        + (f": {args.reason.strip()}" if args.reason.strip() else "")
        + ".\n"
    )
    _say_recomputed(out, result)
    return EXIT_OK


def run_closure_remove(args: argparse.Namespace, out: TextIO) -> int:
    day = parse_date(args.date, "DATE")
    with services(args) as svc:
        result = svc.calendar.remove_closure(day, actor=args.actor)
    out.write(f"{day.isoformat()} is no longer a closure date.\n")
    _say_recomputed(out, result)
    return EXIT_OK


def run_closure_list(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        closures = svc.calendar.calendar_settings().closures
    print_table(
        out, ["date", "day", "reason"], [[c.day.isoformat(), f"{c.day:%a}", c.reason] for c in closures]
    )
    return EXIT_OK


def run_holidays(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        rows = svc.calendar.holiday_preview(args.regions, args.year)
    if args.format == "json":
        print_json(out, [{"date": r.day, "name": r.name, "regions": list(r.regions)} for r in rows])
    else:
        print_table(
            out,
            ["date", "day", "holiday", "regions"],
            [[r.day.isoformat(), f"{r.day:%a}", r.name, ", ".join(r.regions)] for r in rows],
        )
    return EXIT_OK


# -- users --------------------------------------------------------------------------------


def run_user_set(args: argparse.Namespace, out: TextIO) -> int:
    if args.role is None and args.team is None and args.active is None and args.languages is None:
        raise UsageError("say what to change: --role, --team, --languages, --active or --inactive")
    with services(args) as svc:
        view = svc.user_roles.update_user(
            args.name,
            role=args.role,
            team=args.team,
            active=args.active,
            languages=args.languages,
            actor=args.actor,
        )
    state = "active" if view.active else "inactive"
    out.write(
        f"{view.name}: {view.role.value}, team {view.team or '-'}, "
        f"languages {','.join(view.languages)}, {state}.\n"
    )
    return EXIT_OK


# -- exam sessions ----------------------------------------------------------------------------


def _window_text(exam: ExamView) -> str:
    window = exam.first_window
    if window is None:
        return "- (every window cancelled)"
    start, end = window
    return f"{start:%Y-%m-%d %H:%M}-{end:%H:%M} {exam.time_zone}"


def run_exam_list(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        exams = svc.exams.exam_sessions(args.account)
    if args.format == "json":
        print_json(
            out,
            [
                {
                    "id": e.id,
                    "account": e.account_name,
                    "title": e.title,
                    "start": iso(e.start),
                    "end": iso(e.end),
                    "time_zone": e.time_zone,
                    "rrule": e.rrule,
                    "cancelled": [iso(c) for c in e.cancelled],
                }
                for e in exams
            ],
        )
    else:
        print_table(
            out,
            ["id", "account", "title", "first window", "recurrence", "cancelled"],
            [
                [
                    e.id,
                    e.account_name,
                    e.title,
                    _window_text(e),
                    e.recurrence_text,
                    ", ".join(f"{e.local(c):%Y-%m-%d %H:%M}" for c in e.cancelled) or "-",
                ]
                for e in exams
            ],
        )
    return EXIT_OK


def run_exam_cancel(args: argparse.Namespace, out: TextIO) -> int:
    start = parse_instant(args.start, "START")
    with services(args) as svc:
        result = svc.exams.cancel_occurrence(args.id, start, actor=args.actor)
    out.write(f"cancelled the occurrence of exam session #{args.id} starting {iso(start)}.\n")
    _say_recomputed(out, result)
    return EXIT_OK


def run_exam_delete(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        result = svc.exams.delete_exam(args.id, actor=args.actor)
    out.write(f"deleted exam session #{args.id}.\n")
    _say_recomputed(out, result)
    return EXIT_OK


# -- helpers ----------------------------------------------------------------------------------


def _say_recomputed(out: TextIO, result: SetupResult) -> None:
    count = result.changed_cases
    out.write(f"{count} open case{'' if count == 1 else 's'} got a new due time.\n")


def _whole(text: str, what: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise UsageError(f"{what}: {text!r} is not a whole number of minutes") from None


def _session_id(text: str) -> int:
    try:
        return whole_number(text.strip().lstrip("#"))
    except ValueError:
        raise UsageError(f"{text!r} is not an exam session number (see `admin exam list`)") from None
