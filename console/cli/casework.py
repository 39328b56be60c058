"""``support-console case ...``, ``chat send`` and ``queue list``: working cases from
the command line, as scripts and tests do."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from console.cli.context import acting_person, services
from console.cli.errors import EXIT_NOTHING, EXIT_OK, PROG, UsageError
from console.cli.output import iso, print_json, print_table, size_text
from console.cli.parsing import SubCommands
from console.cli.timeformat import parse_instant
from console.cli.words import severity_label, why_text
from console.domain.cases import CaseSummary
from console.domain.durations import duration_text
from console.domain.plans import Plan, Severity
from console.services.errors import NothingToClaim
from console.services.readmodels.queue import QueueFilter, QueueRow
from console.services.readmodels.snapshots import MessageView


def register(commands: SubCommands) -> None:
    case = commands.add_parser("case", help="open, claim, assign, answer and move cases")
    actions = case.add_subparsers(
        dest="case_command",
        metavar="{open,show,claim,assign,status,severity,reply,note,attachment}",
        required=True,
    )
    opening = actions.add_parser("open", help="open a case; prints its number")
    opening.add_argument("--account", required=True)
    opening.add_argument("--severity", required=True, help="1 (urgent) to 4 (low)")
    opening.add_argument("--subject", required=True)
    opening.add_argument("--category", default="incident")
    opening.add_argument("--language")
    opening.add_argument("--opened-at", help="for imports: when the case was really opened (ISO 8601)")
    opening.add_argument("--body", help="the customer's first message")
    opening.add_argument("--contact", help="the contact's e-mail")
    opening.set_defaults(handler=run_open)

    show = actions.add_parser("show", help="a case with its messages and audit trail")
    show.add_argument("number", type=int)
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(handler=run_show)

    attachment = actions.add_parser(
        "attachment", help="a case's attachments: list them, or save one (--save PATH)"
    )
    attachment.add_argument("number", type=int)
    attachment.add_argument("id", type=int, nargs="?", help="the attachment to save (ids: without it)")
    attachment.add_argument("--save", type=Path, metavar="PATH", help="where to save it (a file or a folder)")
    attachment.set_defaults(handler=run_attachment)

    claim = actions.add_parser(
        "claim", help="take the next case in queue order for --as NAME (or yourself); prints its number"
    )
    # Gone: the claimer is the acting person. Still parsed, to say so.
    claim.add_argument("--agent", help=argparse.SUPPRESS)
    claim.add_argument("--now", help="claim as at this instant (ISO 8601)")
    claim.set_defaults(handler=run_claim)

    assign = actions.add_parser("assign", help="give a case to someone (or --to none: back to the queue)")
    assign.add_argument("number", type=int)
    assign.add_argument("--to", required=True)
    assign.add_argument("--expect-version", type=int, help="refuse if the case changed since this version")
    assign.set_defaults(handler=run_assign)

    status = actions.add_parser(
        "status", help="move a case: new, open, pending_customer, on_hold, solved, closed"
    )
    status.add_argument("number", type=int)
    status.add_argument("status")
    status.add_argument("--expect-version", type=int)
    status.set_defaults(handler=run_status)

    severity = actions.add_parser(
        "severity", help="change severity (recomputes the due time before a response)"
    )
    severity.add_argument("number", type=int)
    severity.add_argument("severity")
    severity.add_argument("--expect-version", type=int)
    severity.set_defaults(handler=run_severity)

    for name, helptext in (("reply", "a public reply to the customer"), ("note", "an internal note")):
        message = actions.add_parser(name, help=helptext)
        message.add_argument("number", type=int)
        message.add_argument("--body", required=True)
        message.add_argument("--expect-version", type=int)
        message.set_defaults(handler=run_reply if name == "reply" else run_note)

    chat = commands.add_parser("chat", help="live chat on a case (Premier and Proctored plans)")
    cactions = chat.add_subparsers(dest="chat_command", metavar="{send}", required=True)
    send = cactions.add_parser("send", help="send a chat message from the agent or from the customer")
    send.add_argument("number", type=int)
    # Not --as: that is the global option naming the person who acts.
    send.add_argument(
        "--from", dest="chat_from", choices=("agent", "customer"), required=True, help="who writes"
    )
    send.add_argument("--body", required=True)
    # Gone: the writer is the acting person. Still parsed, to say so.
    send.add_argument("--agent", help=argparse.SUPPRESS)
    send.add_argument(
        "--contact",
        help="the contact's e-mail (with --from customer; what they said is recorded as entered by --as NAME)",
    )
    send.set_defaults(handler=run_chat)

    queue = commands.add_parser("queue", help="the queue in priority order")
    qactions = queue.add_subparsers(dest="queue_command", metavar="{list}", required=True)
    listing = qactions.add_parser("list", help="open cases in queue order with their SLA clocks")
    listing.add_argument("--now", help="read the clocks at this instant (ISO 8601; default now)")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.add_argument("--mine", metavar="USER", help="only cases assigned to USER")
    listing.add_argument("--unassigned", action="store_true")
    listing.add_argument("--plan", action="append", default=[], help="only this plan (repeatable)")
    listing.add_argument("--severity", action="append", default=[], help="only this severity (repeatable)")
    listing.add_argument("--limit", type=int, help="at most this many rows")
    listing.set_defaults(handler=run_queue)


def _opt_instant(text: str | None, option: str) -> datetime | None:
    return None if text is None else parse_instant(text, option)


def run_open(args: argparse.Namespace, out: TextIO) -> int:
    opened_at = _opt_instant(args.opened_at, "--opened-at")
    with services(args) as svc:
        case = svc.cases.open_case(
            args.account,
            args.severity,
            args.subject,
            category=args.category,
            language=args.language,
            opened_at=opened_at,
            body=args.body,
            contact_email=args.contact,
            actor=args.actor,
        )
    out.write(f"{case.number}\n")
    return EXIT_OK


def _no_agent_option(args: argparse.Namespace, command: str) -> None:
    if getattr(args, "agent", None) is not None:
        raise UsageError(
            f"{command} --agent is gone: the acting person does it — "
            f"say who with --as NAME before the command ({PROG} --as NAME {command} ...)"
        )


def run_claim(args: argparse.Namespace, out: TextIO) -> int:
    _no_agent_option(args, "case claim")
    now = _opt_instant(args.now, "--now")
    with services(args) as svc:
        agent = acting_person(args, svc, "claims")
        try:
            case = svc.cases.claim_next(agent, now)
        except NothingToClaim as nothing:
            out.write(f"{nothing}\n")
            return EXIT_NOTHING
    out.write(f"{case.number}\n")
    return EXIT_OK


def run_assign(args: argparse.Namespace, out: TextIO) -> int:
    target = None if args.to.strip().lower() in ("none", "nobody", "-") else args.to
    with services(args) as svc:
        case = svc.cases.assign(args.number, target, actor=args.actor, expected_version=args.expect_version)
    out.write(f"#{case.number} assigned to {case.assignee_name or 'nobody (back in the queue)'}\n")
    return EXIT_OK


def run_status(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        case = svc.cases.change_status(
            args.number, args.status, actor=args.actor, expected_version=args.expect_version
        )
    out.write(f"#{case.number} is now {case.status.value}\n")
    return EXIT_OK


def run_severity(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        case = svc.cases.change_severity(
            args.number, args.severity, actor=args.actor, expected_version=args.expect_version
        )
    due = f", first response due {iso(case.due_at)}" if case.due_at and not case.first_response_at else ""
    out.write(f"#{case.number} is now severity {int(case.severity)}{due}\n")
    return EXIT_OK


def run_reply(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        agent = acting_person(args, svc, "writes")
        case = svc.talk.reply(args.number, args.body, agent, expected_version=args.expect_version)
    out.write(f"replied on #{case.number}\n")
    return EXIT_OK


def run_note(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        agent = acting_person(args, svc, "writes")
        case = svc.talk.note(args.number, args.body, agent, expected_version=args.expect_version)
    out.write(f"noted on #{case.number}\n")
    return EXIT_OK


def run_chat(args: argparse.Namespace, out: TextIO) -> int:
    _no_agent_option(args, "chat send")
    with services(args) as svc:
        if args.chat_from == "agent":
            case = svc.talk.agent_chat(args.number, args.body, acting_person(args, svc, "writes"))
        else:
            # Typed in by the acting person (--as, or the person signed in), who
            # is recorded as having entered it; without one, the customer's own.
            case = svc.talk.customer_message(
                args.number, args.body, chat=True, contact_email=args.contact, actor=args.actor
            )
    out.write(f"sent on #{case.number}\n")
    return EXIT_OK


def run_show(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        detail = svc.cases.detail(args.number)
        rows = svc.queue.rows(keep=QueueFilter(account_ids=frozenset({detail.summary.account_id})))
    case = detail.summary
    row = next((r for r in rows if r.case.id == case.id), None)
    if args.format == "json":
        print_json(
            out,
            {
                **_case_json(case, row),
                "messages": [
                    {
                        "kind": m.kind.value,
                        "author": m.author_name,
                        "author_kind": m.author_kind.value,
                        "entered_by": m.entered_by,
                        "at": m.created_at,
                        "body": m.body,
                        "email": None
                        if m.email is None
                        else {
                            "id": m.email.id,
                            "from": m.email.sender,
                            "to": m.email.to,
                            "cc": m.email.cc,
                            "subject": m.email.subject,
                            "delivery": m.email.delivery,
                            "delivery_error": m.email.delivery_error,
                            "attachments": [
                                {"id": a.id, "name": a.filename, "type": a.content_type, "size": a.size}
                                for a in m.email.attachments
                            ],
                        },
                    }
                    for m in detail.messages
                ],
                "events": [
                    {
                        "at": e.at,
                        "user": e.user_name,
                        "action": e.action,
                        "field": e.field,
                        "old": e.old_value,
                        "new": e.new_value,
                    }
                    for e in detail.events
                ],
            },
        )
        return EXIT_OK
    out.write(f"#{case.number}  {case.subject}\n")
    out.write(f"  account    {case.account_name} ({case.plan.label}), TAM {detail.account.tam_name or '-'}\n")
    out.write(
        f"  severity   {int(case.severity)} {severity_label(case.severity)}    status {case.status.value}\n"
    )
    out.write(
        f"  assignee   {case.assignee_name or '-'}    language {case.language}    category {case.category.value}\n"
    )
    out.write(f"  opened     {iso(case.opened_at)} by {case.channel.label.lower()}")
    out.write(f", after closed #{detail.previous_case_number}\n" if detail.previous_case_number else "\n")
    if case.due_at is None:
        out.write("  SLA        none: paid add-on\n")
    else:
        clock = row.clock if row else None
        state = f" — {_clock_words(clock.state.value, clock.remaining_seconds)}" if clock else ""
        responded = f", first response {iso(case.first_response_at)}" if case.first_response_at else ""
        out.write(f"  due        {iso(case.due_at)}{responded}{state}\n")
    out.write("\nTimeline\n")
    timeline = [
        (m.created_at, 0, f"{m.kind.value:<6} {_author(m)}: {m.body}{_email_words(m)}")
        for m in detail.messages
    ]
    timeline += [
        (
            e.at,
            1,
            f"event  {e.user_name or 'system'}: {_event_words(e.action, e.field, e.old_value, e.new_value)}",
        )
        for e in detail.events
    ]
    for at, _, text in sorted(timeline, key=lambda item: (item[0], item[1])):
        out.write(f"  {iso(at)}  {text}\n")
    return EXIT_OK


def _email_words(message: MessageView) -> str:
    """The email lines under a message: addresses, delivery, attachments."""
    mail = message.email
    if mail is None:
        return ""
    lines = [f"email {mail.id}: from {mail.sender} to {mail.to}" + (f", cc {mail.cc}" if mail.cc else "")]
    if mail.delivery is not None:
        failed = f" — {mail.delivery_error}" if mail.delivery == "failed" and mail.delivery_error else ""
        lines.append(f"{mail.delivery}{failed}")
    lines += [f"attached [{a.id}] {a.filename} ({size_text(a.size)})" for a in mail.attachments]
    return "".join(f"\n{' ' * 30}{line}" for line in lines)


def run_attachment(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        if args.id is None:
            files = svc.cases.attachments(args.number)
            if not files:
                out.write(f"#{args.number} has no attachments\n")
                return EXIT_OK
            print_table(
                out,
                ["id", "name", "type", "size"],
                [[a.id, a.filename, a.content_type, size_text(a.size)] for a in files],
            )
            return EXIT_OK
        file = svc.cases.attachment_file(args.number, args.id)
    target = args.save or Path(file.filename)
    if target.is_dir():
        target = target / file.filename
    if target.exists():
        raise UsageError(f"{target} exists already: give another --save PATH")
    target.write_bytes(file.data)
    out.write(f"saved {file.filename} ({size_text(len(file.data))}) to {target}\n")
    return EXIT_OK


def _author(message: MessageView) -> str:
    """Who wrote a message: "Ida Lee", or "entered by Anna for Ida Lee" when an
    agent typed in what the customer said."""
    if message.entered_by is None:
        return message.author_name
    return f"entered by {message.entered_by} for {message.author_name}"


def _event_words(action: str, field: str | None, old: str | None, new: str | None) -> str:
    """An audit event as a phrase: "assigned to Anna Berg", "status new -> open"."""
    was = f" (was {old})" if old else ""
    if action in ("assigned", "claimed") and field == "assignee":
        return f"{action} to {new}{was}" if action == "assigned" else f"claimed{was}"
    if action == "unassigned":
        return f"unassigned{was}"
    if action == "first_response":
        return f"first response, {new}"
    if not field:
        return action
    # A change of one field is logged with the field as its action ("status",
    # field "status"): name it once.
    subject = action if field == action else f"{action} {field}"
    return f"{subject} {old or '-'} -> {new or '-'}"


def _clock_words(state: str, remaining_seconds: int) -> str:
    """The clock as a sentence: "met with 29m to spare", "breached, 1h 05m over"."""
    amount = duration_text(abs(remaining_seconds))
    if state == "met":
        return f"met with {amount} to spare (operational)"
    if remaining_seconds < 0 or state == "breached":
        return f"{state}, {amount} over (operational)"
    return f"{state.replace('_', ' ')}, {amount} left (operational)"


def run_queue(args: argparse.Namespace, out: TextIO) -> int:
    now = _opt_instant(args.now, "--now") or datetime.now(UTC)
    try:
        plans = frozenset(Plan.parse(p) for p in args.plan)
        severities = frozenset(Severity.parse(s) for s in args.severity)
    except ValueError as error:
        raise UsageError(str(error)) from None
    if args.limit is not None and args.limit < 0:
        raise UsageError("--limit must not be negative")
    with services(args) as svc:
        assignee = svc.accounts.user(args.mine).id if args.mine else None
        keep = QueueFilter(
            assignee_id=assignee, unassigned_only=args.unassigned, plans=plans, severities=severities
        )
        rows = svc.queue.rows(now, keep)
    if args.limit is not None:
        rows = rows[: args.limit]
    if args.format == "json":
        print_json(out, [_case_json(row.case, row) for row in rows])
        return EXIT_OK
    print_table(
        out,
        ["#", "case", "sev", "plan", "account", "status", "assignee", "due", "left", "state", "why"],
        [
            [
                row.position,
                row.case.number,
                int(row.case.severity),
                row.case.plan.value,
                row.case.account_name,
                row.case.status.value,
                row.case.assignee_name,
                iso(row.case.due_at),
                duration_text(row.clock.remaining_seconds, signed=True) if row.clock else "-",
                row.clock.state.value if row.clock else "add-on",
                why_text(row.place),
            ]
            for row in rows
        ],
    )
    return EXIT_OK


def _case_json(case: CaseSummary, row: QueueRow | None) -> dict[str, object]:
    clock = row.clock if row else None
    return {
        "number": case.number,
        "position": row.position if row else None,
        "subject": case.subject,
        "account": case.account_name,
        "plan": case.plan.value,
        "severity": int(case.severity),
        "status": case.status.value,
        "category": case.category.value,
        "language": case.language,
        "assignee": case.assignee_name,
        "opened_at": case.opened_at,
        "due_at": case.due_at,
        "first_response_at": case.first_response_at,
        "waiting_since": case.waiting_since,
        "remaining_seconds": clock.remaining_seconds if clock else None,
        "state": clock.state.value if clock else "no_sla",
        "resumes_at": clock.resumes_at if clock else None,
        "exam_live": row.exam_live if row else False,
        "unread_chat": case.unread_chat,
        "version": case.version,
        "why": why_text(row.place) if row else ("closed" if not case.status.is_open else ""),
    }
