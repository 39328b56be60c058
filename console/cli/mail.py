"""``support-console mail ...`` (the mail service and what it leaves for people)
and ``admin mail ...`` (its settings and passwords).

- ``mail run``: the long-running service (logs to stderr; SIGTERM stops it after
  the message in hand);
- ``mail ingest``: one RFC 5322 message on stdin, for an MTA pipe or fetchmail
  (exit 75 when the database cannot be reached, so the MTA tries again later);
- ``mail check``: tries the configured servers and says what works;
- ``mail triage``: unknown senders' mail — list, show, link to an account, close;
- ``mail unreadable``: what could not be read — list, save, retry, discard;
- ``mail send-again``: a failed outgoing message, queued again.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import signal
import sys
import threading
from pathlib import Path
from typing import TextIO

from console.channels.email.secrets import SecretsError, forget_mail_password, store_mail_password
from console.cli.context import services
from console.cli.errors import EXIT_OK, EXIT_USAGE, UsageError
from console.cli.output import iso, print_json, print_table, size_text
from console.cli.parsing import SubCommands
from console.daemons.mail import MailService, ServiceOptions, check
from console.services.usecases.mail_settings import EDITABLE, MailSettingsView

_SECRET_HINT = (
    "passwords are never stored in the database: they live in this machine's keyring "
    "(admin mail password), in systemd credentials (imap-password, smtp-password) or in a "
    "private file given with --password-file"
)


def register(commands: SubCommands) -> None:
    mail = commands.add_parser(
        "mail", help="the mail service: run, ingest, check; unknown senders; unreadable mail"
    )
    actions = mail.add_subparsers(
        dest="mail_command", metavar="{run,ingest,check,triage,unreadable,send-again}", required=True
    )
    run = actions.add_parser("run", help="run the mail service until stopped (SIGTERM, Ctrl+C)")
    _password_file(run)
    run.add_argument("--no-inbound", action="store_true", help="do not read the mailbox (only send)")
    run.add_argument("--no-outbound", action="store_true", help="do not send (only read the mailbox)")
    run.add_argument("--quiet", action="store_true", help="log only warnings and errors")
    run.set_defaults(handler=run_service)

    ingest = actions.add_parser("ingest", help="take one message from standard input (an MTA pipe)")
    ingest.add_argument("--file", type=Path, help="read the message from this file instead")
    ingest.set_defaults(handler=run_ingest)

    checking = actions.add_parser("check", help="try the configured IMAP and SMTP servers")
    _password_file(checking)
    checking.set_defaults(handler=run_check)

    triage = actions.add_parser("triage", help="mail from senders no account knows")
    tactions = triage.add_subparsers(dest="triage_command", metavar="{list,show,link,close}", required=True)
    tlist = tactions.add_parser("list", help="threads waiting for an agent")
    tlist.add_argument("--format", choices=("table", "json"), default="table")
    tlist.set_defaults(handler=run_triage_list)
    tshow = tactions.add_parser("show", help="one thread's messages")
    tshow.add_argument("id", type=int)
    tshow.set_defaults(handler=run_triage_show)
    tlink = tactions.add_parser(
        "link", help="open the case on an account (its clock started when the mail came)"
    )
    tlink.add_argument("id", type=int)
    tlink.add_argument("account")
    tlink.add_argument("--severity", help="1 to 4 (default: the mail settings' default)")
    tlink.add_argument("--add-contact", action="store_true", help="make the sender a contact of the account")
    tlink.set_defaults(handler=run_triage_link)
    tclose = tactions.add_parser("close", help="close the thread without a case (it stays stored)")
    tclose.add_argument("id", type=int)
    tclose.set_defaults(handler=run_triage_close)

    unreadable = actions.add_parser("unreadable", help="messages the service could not read")
    uactions = unreadable.add_subparsers(
        dest="unreadable_command", metavar="{list,save,retry,discard}", required=True
    )
    ulist = uactions.add_parser("list", help="the messages kept with their reasons")
    ulist.add_argument("--all", action="store_true", help="also those retried or discarded")
    ulist.set_defaults(handler=run_unreadable_list)
    usave = uactions.add_parser("save", help="write a kept message's bytes to a file")
    usave.add_argument("id", type=int)
    usave.add_argument("path", type=Path)
    usave.set_defaults(handler=run_unreadable_save)
    for name, helptext in (
        ("retry", "read the message again (now, or by the running service on a shared server)"),
        ("discard", "give up on the message (it stays stored, marked discarded)"),
    ):
        action = uactions.add_parser(name, help=helptext)
        action.add_argument("id", type=int)
        action.set_defaults(handler=run_unreadable_retry if name == "retry" else run_unreadable_discard)

    again = actions.add_parser(
        "send-again", help="queue a failed outgoing message again (its id from case show)"
    )
    again.add_argument("email_id", type=int)
    again.set_defaults(handler=run_send_again)


def register_admin(areas: SubCommands) -> None:
    """``admin mail ...`` (under ``admin``)."""
    mail = areas.add_parser("mail", help="the mail service's settings and passwords")
    actions = mail.add_subparsers(dest="mail_command", metavar="{show,set,password,forget}", required=True)
    show = actions.add_parser("show", help="the settings (never a password)")
    show.add_argument("--format", choices=("table", "json"), default="table")
    show.set_defaults(handler=run_admin_show)
    setting = actions.add_parser("set", help="change settings: NAME=VALUE ... (names: see admin mail show)")
    setting.add_argument("changes", nargs="+", metavar="NAME=VALUE")
    setting.set_defaults(handler=run_admin_set)
    password = actions.add_parser(
        "password", help="store the IMAP or SMTP password in this machine's keyring (asked, never echoed)"
    )
    password.add_argument("kind", choices=("imap", "smtp"))
    password.add_argument("--password-stdin", action="store_true", help="read it once from standard input")
    password.set_defaults(handler=run_admin_password)
    forget = actions.add_parser("forget", help="remove the IMAP or SMTP password from this machine's keyring")
    forget.add_argument("kind", choices=("imap", "smtp"))
    forget.set_defaults(handler=run_admin_forget)


def _password_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-file",
        type=Path,
        help="a file readable by this user only (mode 0600) with lines 'imap = …' and 'smtp = …'",
    )


# -- the service --------------------------------------------------------------------


def run_service(args: argparse.Namespace, out: TextIO) -> int:
    if args.no_inbound and args.no_outbound:
        raise UsageError("--no-inbound and --no-outbound together leave nothing to do")
    logging.getLogger("console").setLevel(logging.WARNING if args.quiet else logging.INFO)
    for handler in logging.getLogger().handlers:  # a service's log lines carry their time
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    stop = threading.Event()

    def stopping(signum: int, _frame: object) -> None:
        logging.getLogger("console.daemons.mail").info(
            "%s: stopping after the message in hand", signal.Signals(signum).name
        )
        stop.set()

    signal.signal(signal.SIGTERM, stopping)
    signal.signal(signal.SIGINT, stopping)
    options = ServiceOptions(
        password_file=args.password_file, inbound=not args.no_inbound, outbound=not args.no_outbound
    )
    with services(args) as svc:
        service = MailService(svc, options, stop)
        runner = threading.Thread(target=service.run, name="mail-service")
        runner.start()
        while runner.is_alive():
            runner.join(0.5)
    out.write(f"mail service stopped: {service.taken} message(s) taken, {service.sent} sent\n")
    return EXIT_OK


def run_ingest(args: argparse.Namespace, out: TextIO) -> int:
    raw = args.file.read_bytes() if args.file is not None else sys.stdin.buffer.read()
    if not raw.strip():
        raise UsageError("no message on standard input")
    with services(args) as svc:
        result = svc.mail.ingest(raw, source="stdin" if args.file is None else f"file {args.file}")
    out.write(f"{result.outcome.value}: {result.detail}\n" if result.detail else f"{result.outcome.value}\n")
    return EXIT_OK


def run_check(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        settings = svc.mail_settings.settings()
    results = check(settings, args.password_file)
    for works, sentence in results:
        out.write(f"{'ok    ' if works else 'FAILED'} {sentence}\n")
    return EXIT_OK if all(works for works, _ in results) else EXIT_USAGE


# -- triage -----------------------------------------------------------------------------


def run_triage_list(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        items = svc.triage.waiting()
    if args.format == "json":
        print_json(
            out,
            [
                {
                    "id": i.id,
                    "sender": i.sender,
                    "name": i.sender_name,
                    "subject": i.subject,
                    "received_at": i.received_at,
                    "messages": i.messages,
                    "attachments": i.attachments,
                }
                for i in items
            ],
        )
        return EXIT_OK
    if not items:
        out.write("no mail from unknown senders is waiting\n")
        return EXIT_OK
    print_table(
        out,
        ["id", "received", "from", "subject", "messages", "files"],
        [[i.id, iso(i.received_at), i.sender, i.subject, i.messages, i.attachments] for i in items],
    )
    return EXIT_OK


def run_triage_show(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        detail = svc.triage.detail(args.id)
    for message in detail.messages:
        out.write(f"--- {iso(message.received_at)}  from {message.sender}\n")
        out.write(f"    to {message.to}" + (f"; cc {message.cc}" if message.cc else "") + "\n")
        out.write(f"    subject {message.subject}\n")
        for file in message.attachments:
            out.write(f"    attached {file.filename} ({size_text(file.size)})\n")
        out.write(message.text.rstrip() + "\n")
    return EXIT_OK


def run_triage_link(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        case = svc.triage.link(
            args.id, args.account, actor=args.actor, severity=args.severity, add_contact=args.add_contact
        )
    out.write(
        f"opened #{case.number} for {case.account_name} ({case.plan.label}), due {iso(case.due_at) or '-'}\n"
    )
    return EXIT_OK


def run_triage_close(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        svc.triage.close(args.id, actor=args.actor)
    out.write(f"closed unknown sender's mail {args.id}\n")
    return EXIT_OK


# -- unreadable and outgoing --------------------------------------------------------------


def run_unreadable_list(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        items = svc.mail_settings.unreadable(include_resolved=args.all)
    if not items:
        out.write("no unreadable messages\n")
        return EXIT_OK
    print_table(
        out,
        ["id", "received", "size", "state", "source", "reason"],
        [[i.id, iso(i.received_at), size_text(i.size), i.state, i.source, i.reason] for i in items],
    )
    return EXIT_OK


def run_unreadable_save(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        raw = svc.mail_settings.unreadable_raw(args.id)
    args.path.write_bytes(raw)
    out.write(f"wrote {size_text(len(raw))} to {args.path}\n")
    return EXIT_OK


def run_unreadable_retry(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        svc.mail_settings.request_retry(args.id, actor=args.actor)
        if svc.db.identity.is_person:
            out.write(f"message {args.id} will be read again by the mail service on its next round\n")
            return EXIT_OK
        result = svc.mail.retry_unreadable(args.id)
    number = f" #{result.case_number}" if result.case_number is not None else ""
    out.write(f"message {args.id} read again: {result.outcome.value}{number}\n")
    return EXIT_OK


def run_unreadable_discard(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        svc.mail_settings.discard(args.id, actor=args.actor)
    out.write(f"message {args.id} discarded (it stays stored)\n")
    return EXIT_OK


def run_send_again(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        svc.outbox.send_again(args.email_id, agent=args.actor)
    out.write(f"message {args.email_id} is queued to be sent again\n")
    return EXIT_OK


# -- admin mail -----------------------------------------------------------------------------


def settings_rows(view: MailSettingsView) -> list[list[object]]:
    return [[name, getattr(view, name)] for name in EDITABLE]


def run_admin_show(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        view = svc.mail_settings.settings()
    if args.format == "json":
        print_json(out, {name: getattr(view, name) for name in EDITABLE})
        return EXIT_OK
    print_table(out, ["setting", "value"], settings_rows(view))
    out.write(f"({_SECRET_HINT})\n")
    return EXIT_OK


def run_admin_set(args: argparse.Namespace, out: TextIO) -> int:
    changes: dict[str, str] = {}
    for item in args.changes:
        name, sep, value = item.partition("=")
        if not sep:
            raise UsageError(f"{item!r}: write NAME=VALUE (e.g. imap_host=imap.example.com)")
        if "password" in name.lower():
            raise UsageError(_SECRET_HINT)
        changes[name.strip()] = value
    with services(args) as svc:
        view = svc.mail_settings.change(changes, actor=args.actor)
    for name in changes:
        out.write(f"{name} = {getattr(view, name.strip())}\n")
    return EXIT_OK


def _server_of(view: MailSettingsView, kind: str) -> tuple[str, str]:
    user, host = (
        (view.imap_user, view.imap_host) if kind == "imap" else (view.smtp_user or "", view.smtp_host)
    )
    if not user or not host:
        raise UsageError(
            f"set {kind}_host and {kind}_user first (admin mail set {kind}_host=… {kind}_user=…)"
        )
    return user, host


def run_admin_password(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        view = svc.mail_settings.settings()
    user, host = _server_of(view, args.kind)
    if args.password_stdin:
        secret = sys.stdin.readline().rstrip("\r\n")
    else:
        secret = getpass.getpass(f"{args.kind.upper()} password for {user} at {host}: ")
    if not secret:
        raise UsageError("an empty password was not stored")
    try:
        store_mail_password(args.kind, user, host, secret)
    except SecretsError as error:
        raise UsageError(str(error)) from None
    out.write(f"stored the {args.kind.upper()} password for {user} at {host} in this machine's keyring\n")
    return EXIT_OK


def run_admin_forget(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        view = svc.mail_settings.settings()
    user, host = _server_of(view, args.kind)
    try:
        forget_mail_password(args.kind, user, host)
    except SecretsError as error:
        raise UsageError(str(error)) from None
    out.write(f"removed the {args.kind.upper()} password for {user} at {host} from this machine's keyring\n")
    return EXIT_OK
