"""``support-console tam ...``: the TAM cockpit on the command line — a TAM's
accounts with their open cases, worst clock, breaches this month, licences and
exam sessions (``tam accounts``), and the TAM's notes (``tam note add|edit|delete``).

Figures come from :class:`CockpitService`, the same as the cockpit window's; roles
apply as there (``--as``: a TAM sees their own accounts, leads and admins anyone's).
"""

from __future__ import annotations

import argparse
from typing import TextIO

from console.cli.context import services
from console.cli.errors import EXIT_OK, UsageError
from console.cli.output import iso, print_json, print_table
from console.cli.parsing import SubCommands
from console.services.bundle import ConsoleServices
from console.services.readmodels.cockpit import (
    CockpitService,
    CockpitSnapshot,
    TamAccount,
    TrialState,
    worst_state,
)


def register(commands: SubCommands) -> None:
    tam = commands.add_parser("tam", help="the TAM cockpit: a TAM's accounts and notes")
    actions = tam.add_subparsers(dest="tam_command", metavar="{accounts,note}", required=True)
    accounts = actions.add_parser("accounts", help="a TAM's accounts with cases, breaches, licences, exams")
    accounts.add_argument("tam", nargs="?", help="the TAM (default: the user given with --as)")
    accounts.add_argument("--format", choices=("table", "json"), default="table")
    accounts.set_defaults(handler=run_accounts)

    note = actions.add_parser("note", help="the TAM's notes on an account (write them --as the TAM)")
    notes = note.add_subparsers(dest="note_command", metavar="{add,edit,delete}", required=True)
    add = notes.add_parser("add", help="add a note to an account")
    add.add_argument("account")
    add.add_argument("text")
    add.set_defaults(handler=run_note_add)
    edit = notes.add_parser("edit", help="replace the text of your own note")
    edit.add_argument("note_id", type=int, metavar="ID")
    edit.add_argument("text")
    edit.add_argument(
        "--version", type=int, required=True, help="the version you saw (refused if it changed)"
    )
    edit.set_defaults(handler=run_note_edit)
    delete = notes.add_parser("delete", help="delete your own note")
    delete.add_argument("note_id", type=int, metavar="ID")
    delete.set_defaults(handler=run_note_delete)


def cockpit_of(svc: ConsoleServices) -> CockpitService:
    found = getattr(svc, "cockpit", None)
    return found if isinstance(found, CockpitService) else CockpitService(svc.db, svc.loader, svc.clock)


def run_accounts(args: argparse.Namespace, out: TextIO) -> int:
    tam = args.tam or args.actor
    if not tam:
        raise UsageError("name the TAM (support-console tam accounts NAME) or act as one with --as")
    with services(args) as svc:
        snapshot = cockpit_of(svc).snapshot(tam, actor=args.actor)
    if args.format == "json":
        print_json(out, _json(snapshot))
        return EXIT_OK
    if not snapshot.accounts:
        out.write(f"{snapshot.tam.name} is not dedicated to any account yet\n")
        return EXIT_OK
    print_table(
        out,
        ["account", "plan", "open", "sev 1", "worst clock", "breached (month)", "licences", "exams"],
        [
            [
                a.name,
                a.plan.label,
                len(a.open_cases),
                a.urgent_open,
                _state(snapshot, a),
                f"{a.month.breached} of {a.month.settled}",
                _licences(a),
                _exams(snapshot, a),
            ]
            for a in snapshot.accounts
        ],
    )
    waiting = [(a.name, c) for a in snapshot.accounts for c in a.urgent_awaiting]
    for name, case in waiting:
        out.write(f"SEVERITY 1 awaiting first response: #{case.number} {name} — {case.subject}\n")
    return EXIT_OK


def run_note_add(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        note = cockpit_of(svc).add_note(args.account, args.text, _author(args))
    out.write(f"added note {note.id} (version {note.version})\n")
    return EXIT_OK


def run_note_edit(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        note = cockpit_of(svc).edit_note(args.note_id, args.text, args.version, _author(args))
    out.write(f"note {note.id} is now at version {note.version}\n")
    return EXIT_OK


def run_note_delete(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        cockpit_of(svc).delete_note(args.note_id, _author(args))
    out.write(f"deleted note {args.note_id}\n")
    return EXIT_OK


def _author(args: argparse.Namespace) -> str:
    if not args.actor:
        raise UsageError("a note has an author: act as the TAM with --as NAME")
    return str(args.actor)


def _state(snapshot: CockpitSnapshot, account: TamAccount) -> str:
    state = worst_state(account.open_cases, snapshot.programme, snapshot.now)
    return "-" if state is None else state.value.replace("_", " ")


def _licences(account: TamAccount) -> str:
    parts = []
    licences = account.licences
    if licences.early_adopter:
        parts.append("early adopter")
    if licences.trial_state is TrialState.ACTIVE:
        parts.append(f"trial to {licences.trial_until} ({licences.trial_days_left} d left)")
    elif licences.trial_state is TrialState.EXPIRED:
        parts.append(f"trial expired {licences.trial_until}")
    return ", ".join(parts) or "-"


def _exams(snapshot: CockpitSnapshot, account: TamAccount) -> str:
    live = [w for w in account.exams if w.live]
    if live:
        return f"LIVE {live[0].title}"
    if account.exams:
        first = account.exams[0]
        return f"next {first.start.astimezone(snapshot.zone):%a %d %b %H:%M} ({len(account.exams)} in 30 d)"
    return "-"


def _json(snapshot: CockpitSnapshot) -> dict[str, object]:
    return {
        "tam": snapshot.tam.name,
        "now": iso(snapshot.now),
        "time_zone": snapshot.programme.calendar.time_zone,
        "month": {"start": iso(snapshot.month_start), "end": iso(snapshot.month_end)},
        "accounts": [
            {
                "name": a.name,
                "plan": a.plan.value,
                "language": a.language,
                "region": a.region,
                "early_adopter": a.licences.early_adopter,
                "trial_until": a.licences.trial_until,
                "trial_state": a.licences.trial_state.value,
                "trial_days_left": a.licences.trial_days_left,
                "worst_clock": _state(snapshot, a) if a.open_cases else None,
                "breached_this_month": a.month.breached,
                "met_this_month": a.month.met,
                "open_cases": [
                    {
                        "number": c.number,
                        "severity": int(c.severity),
                        "status": c.status.value,
                        "subject": c.subject,
                        "assignee": c.assignee_name,
                        "due_at": iso(c.due_at),
                        "first_response_at": iso(c.first_response_at),
                    }
                    for c in a.open_cases
                ],
                "contacts": [{"name": c.name, "email": c.email, "phone": c.phone} for c in a.contacts],
                "exams": [
                    {"title": w.title, "start": iso(w.start), "end": iso(w.end), "live": w.live}
                    for w in a.exams
                ],
                "notes": [
                    {
                        "id": n.id,
                        "author": n.author_name,
                        "body": n.body,
                        "created_at": iso(n.created_at),
                        "updated_at": iso(n.updated_at),
                        "version": n.version,
                    }
                    for n in a.notes
                ],
            }
            for a in snapshot.accounts
        ],
    }
