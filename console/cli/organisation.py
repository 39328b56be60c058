"""``support-console account|user|exam ...``: customer accounts, the people who
sign in, and proctored exam sessions."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TextIO

from console.cli.context import services
from console.cli.errors import EXIT_OK, UsageError
from console.cli.output import iso, print_json, print_table
from console.cli.parsing import SubCommands
from console.cli.people import added_line
from console.cli.timeformat import parse_date, parse_instant
from console.domain.cases import Role


def register(commands: SubCommands) -> None:
    account = commands.add_parser("account", help="customer accounts")
    actions = account.add_subparsers(
        dest="account_command", metavar="{add,list,show,plan,contact}", required=True
    )
    add = actions.add_parser("add", help="add an account")
    add.add_argument("--name", required=True)
    add.add_argument("--plan", required=True, help="standard, premier or proctored")
    add.add_argument("--tam", help="the dedicated TAM (Premier)")
    add.add_argument("--language", default="en")
    add.add_argument("--region")
    add.add_argument(
        "--early-adopter", action="store_true", help="qualified for early-adopter products (Premier)"
    )
    add.add_argument("--trial-until", help="end date of a non-production trial licence (Premier), YYYY-MM-DD")
    add.add_argument(
        "--time-zone", help="the customer's IANA time zone, e.g. America/New_York (mail to them)"
    )
    add.set_defaults(handler=run_account_add)
    listing = actions.add_parser("list", help="all accounts")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=run_account_list)
    show = actions.add_parser("show", help="one account with its contacts")
    show.add_argument("name")
    show.add_argument("--format", choices=("table", "json"), default="table")
    show.set_defaults(handler=run_account_show)
    plan = actions.add_parser("plan", help="move an account to another plan (cases opened later use it)")
    plan.add_argument("name")
    plan.add_argument("plan")
    plan.set_defaults(handler=run_account_plan)
    contact = actions.add_parser("contact", help="add a contact person to an account")
    contact.add_argument("--account", required=True)
    contact.add_argument("--name", required=True)
    contact.add_argument("--email", required=True)
    contact.add_argument("--phone")
    contact.add_argument("--language")
    contact.add_argument("--time-zone", help="the contact's IANA time zone, when not the account's")
    contact.set_defaults(handler=run_account_contact)

    user = commands.add_parser("user", help="agents, team leads, TAMs and admins")
    uactions = user.add_subparsers(dest="user_command", metavar="{add,list}", required=True)
    uadd = uactions.add_parser(
        "add", help="add a user (as `admin person add`: on PostgreSQL prints their one-time password)"
    )
    uadd.add_argument("--name", required=True)
    uadd.add_argument("--role", required=True, help="agent, lead, tam or admin")
    uadd.add_argument("--languages", default="en", help="comma separated, e.g. en,de")
    uadd.add_argument("--team")
    uadd.add_argument("--email")
    uadd.set_defaults(handler=run_user_add)
    ulist = uactions.add_parser("list", help="all users")
    ulist.add_argument("--role")
    ulist.add_argument("--format", choices=("table", "json"), default="table")
    ulist.set_defaults(handler=run_user_list)

    exam = commands.add_parser("exam", help="proctored exam sessions")
    eactions = exam.add_subparsers(dest="exam_command", metavar="{add}", required=True)
    eadd = eactions.add_parser("add", help="book a session (one-off, or recurring with --rrule)")
    eadd.add_argument("--account", required=True)
    eadd.add_argument("--start", required=True, help="ISO 8601 with offset")
    eadd.add_argument("--end", required=True, help="ISO 8601 with offset")
    eadd.add_argument("--rrule", help="RFC 5545 recurrence, e.g. FREQ=MONTHLY;BYDAY=1MO")
    eadd.add_argument(
        "--tz", default="Europe/Berlin", help="time zone the recurrence keeps its wall-clock time in"
    )
    eadd.add_argument("--title", default="")
    eadd.add_argument("--cancel", action="append", default=[], metavar="START", help="a cancelled occurrence")
    eadd.set_defaults(handler=run_exam_add)


def run_account_add(args: argparse.Namespace, out: TextIO) -> int:
    trial = parse_date(args.trial_until, "--trial-until") if args.trial_until else None
    with services(args) as svc:
        view = svc.accounts.add_account(
            args.name,
            args.plan,
            tam=args.tam,
            language=args.language,
            region=args.region,
            early_adopter=args.early_adopter,
            trial_until=trial,
            actor=args.actor,
            time_zone=args.time_zone,
        )
    out.write(f"added account {view.name} ({view.plan.label})\n")
    return EXIT_OK


def run_account_list(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        accounts = svc.accounts.accounts()
    if args.format == "json":
        print_json(
            out,
            [
                {
                    "name": a.name,
                    "plan": a.plan.value,
                    "tam": a.tam_name,
                    "language": a.language,
                    "early_adopter": a.early_adopter,
                    "trial_until": a.trial_until,
                    "open_cases": a.open_cases,
                }
                for a in accounts
            ],
        )
    else:
        print_table(
            out,
            ["account", "plan", "TAM", "lang", "open cases", "licences"],
            [
                [
                    a.name,
                    a.plan.label,
                    a.tam_name,
                    a.language,
                    a.open_cases,
                    _licences(a.early_adopter, a.trial_until),
                ]
                for a in accounts
            ],
        )
    return EXIT_OK


def run_account_show(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        a = svc.accounts.account(args.name)
    if args.format == "json":
        print_json(
            out,
            {
                "name": a.name,
                "plan": a.plan.value,
                "tam": a.tam_name,
                "language": a.language,
                "region": a.region,
                "early_adopter": a.early_adopter,
                "trial_until": a.trial_until,
                "open_cases": a.open_cases,
                "contacts": [{"name": c.name, "email": c.email, "phone": c.phone} for c in a.contacts],
            },
        )
        return EXIT_OK
    out.write(f"{a.name}\n  plan        {a.plan.label}\n  TAM         {a.tam_name or '-'}\n")
    out.write(
        f"  language    {a.language}\n  licences    {_licences(a.early_adopter, a.trial_until) or '-'}\n"
    )
    out.write(f"  open cases  {a.open_cases}\n  contacts\n")
    for c in a.contacts:
        out.write(f"    {c.name} <{c.email}>{' ' + c.phone if c.phone else ''}\n")
    if not a.contacts:
        out.write("    none\n")
    return EXIT_OK


def run_account_plan(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        view = svc.accounts.change_plan(args.name, args.plan, actor=args.actor)
    out.write(f"{view.name} is now on the {view.plan.label} plan (open cases keep their plan)\n")
    return EXIT_OK


def run_account_contact(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        svc.accounts.add_contact(
            args.account,
            args.name,
            args.email,
            args.phone,
            args.language,
            actor=args.actor,
            time_zone=args.time_zone,
        )
    out.write(f"added {args.name} to {args.account}\n")
    return EXIT_OK


def run_user_add(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        new = svc.people.add_person(
            args.name,
            args.role,
            languages=args.languages.split(","),
            team=args.team,
            email=args.email,
            actor=args.actor,
        )
    if new.one_time_password is None:
        out.write(f"added {new.user.role.value} {new.user.name}\n")
    else:
        out.write(added_line(new) + "\n")
    return EXIT_OK


def run_user_list(args: argparse.Namespace, out: TextIO) -> int:
    role = None
    if args.role:
        try:
            role = Role.parse(args.role)
        except ValueError as error:
            raise UsageError(str(error)) from None
    with services(args) as svc:
        users = svc.accounts.users(role)
    if args.format == "json":
        print_json(
            out,
            [
                {
                    "name": u.name,
                    "role": u.role.value,
                    "languages": list(u.languages),
                    "presence": u.presence.value,
                    "team": u.team,
                }
                for u in users
            ],
        )
    else:
        print_table(
            out,
            ["name", "role", "languages", "presence", "team"],
            [[u.name, u.role.value, ",".join(u.languages), u.presence.value, u.team] for u in users],
        )
    return EXIT_OK


def run_exam_add(args: argparse.Namespace, out: TextIO) -> int:
    start = parse_instant(args.start, "--start")
    end = parse_instant(args.end, "--end")
    cancelled = [parse_instant(text, "--cancel") for text in args.cancel]
    with services(args) as svc:
        changed = svc.exams.add_exam(
            args.account, start, end, args.rrule, args.title, args.tz, actor=args.actor, cancelled=cancelled
        ).changed_cases
    out.write(f"booked exam session for {args.account} from {iso(start)} to {iso(end)}")
    out.write(f" ({args.rrule})" if args.rrule else "")
    out.write(f"; {changed} open case(s) got a new due time\n")
    return EXIT_OK


def _licences(early_adopter: bool, trial_until: date | None) -> str:
    parts = []
    if early_adopter:
        parts.append("early adopter")
    if trial_until:
        parts.append(f"trial until {trial_until.isoformat()}")
    return ", ".join(parts)
