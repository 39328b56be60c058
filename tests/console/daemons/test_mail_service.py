"""The mail service against real servers (a throwaway Dovecot and an aiosmtpd),
on both backends: the corpus of real-world shapes through IMAP, each taken
exactly once and again nothing on re-delivery; the outbox drained through SMTP
with temporary failures retried and permanent ones recorded; and a service
killed with SIGKILL in the middle of a batch, restarted: every message exactly
once, no acknowledgement sent twice."""

# ruff: noqa: F811  (pytest fixtures imported from tests.support.mail_fixtures)

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import URL

from console.channels.email.parse import parse_email
from console.channels.email.secrets import store_mail_password
from console.daemons.mail import MailService, ServiceOptions
from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.services.usecases import outbox as outbox_module
from console.storage.models import Case, EmailRecord, OutboxItem
from tests.support.mail_fixtures import (  # noqa: F401
    MailAccount,
    dovecot,
    dovecot_without_idle,
    mail_account,
    polling_account,
    smtp_server,
)
from tests.support.smtp_server import SmtpTestServer

CORPUS = Path(__file__).parents[2] / "fixtures" / "mail"
SUPPORT = "support@vendor.example"
CONTACTS = {
    "Globex": ("standard", ["ana@globex.example", "it@globex.example", "helpdesk@globex.example"]),
    "Initech": (
        "premier",
        ["peter@initech.example", "lisa@initech.example", "ben@initech.example", "michael@initech.example"],
    ),
    "Example Org": ("standard", ["zoe.angstrom@example.org", "j.weiss@example.de"]),
}


@pytest.fixture
def console(engine: Engine) -> Iterator[ConsoleServices]:
    svc = ConsoleServices(Database(engine))
    svc.accounts.add_user("Anna Agent", "agent")
    for account, (plan, addresses) in CONTACTS.items():
        svc.accounts.add_account(account, plan)
        for address in addresses:
            svc.accounts.add_contact(account, address.split("@")[0].title(), address)
    yield svc
    svc.db.engine.dispose()


def point_at(svc: ConsoleServices, account: MailAccount, smtp: SmtpTestServer | None = None) -> None:
    changes: dict[str, object] = {
        "imap_host": account.host,
        "imap_port": account.port,
        "imap_security": "none",
        "imap_user": account.user,
        "from_address": SUPPORT,
        "from_name": "Vendor Support",
        "poll_seconds": 5,
    }
    if smtp is not None:
        changes |= {"smtp_host": smtp.host, "smtp_port": smtp.port, "smtp_security": "none"}
    svc.mail_settings.change(changes)
    store_mail_password("imap", account.user, account.host, account.password)


def until(condition: Callable[[], bool], within: float = 30.0) -> None:
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the condition did not hold in time")
        time.sleep(0.1)


class Running:
    """A mail service on threads, stopped at the end."""

    def __init__(self, svc: ConsoleServices, **options: object) -> None:
        self.service = MailService(svc, ServiceOptions(outbox_interval=0.2, **options))  # type: ignore[arg-type]
        self.thread = threading.Thread(target=self.service.run)

    def __enter__(self) -> MailService:
        self.thread.start()
        return self.service

    def __exit__(self, *_: object) -> None:
        self.service.stop.set()
        self.thread.join(30)
        assert not self.thread.is_alive()


def emails_in(svc: ConsoleServices) -> int:
    with svc.db.read() as session:
        return int(
            session.scalar(select(func.count()).select_from(EmailRecord).where(EmailRecord.direction == "in"))
            or 0
        )


def counts(svc: ConsoleServices) -> tuple[int, int, int]:
    with svc.db.read() as session:
        cases = session.scalar(select(func.count()).select_from(Case)) or 0
        mails = session.scalar(select(func.count()).select_from(EmailRecord)) or 0
        queued = session.scalar(select(func.count()).select_from(OutboxItem)) or 0
    return int(cases), int(mails), int(queued)


def test_the_corpus_through_imap_is_taken_once_and_redelivery_creates_nothing(
    console: ConsoleServices, mail_account: MailAccount
) -> None:
    files = sorted(CORPUS.glob("*.eml"))
    ids = {parse_email(f.read_bytes()).message_id for f in files}
    for file in files:
        mail_account.deliver(file.read_bytes())
    point_at(console, mail_account)
    with Running(console, outbound=False):
        until(lambda: emails_in(console) == len(ids))
    with console.db.read() as session:
        stored = set(session.scalars(select(EmailRecord.rfc_message_id).where(EmailRecord.direction == "in")))
    assert stored == ids
    # Every message left the unread view of the mailbox only after its write.
    assert all("\\Seen" in mail_account.flags(uid) for uid in mail_account.messages())
    before = counts(console)
    known = [c for c in console.queue.rows()]
    assert any(r.case.account_name == "Initech" for r in known)
    assert console.triage.waiting(), "unknown senders (the newsletter, the Big5 sender) wait in triage"
    for file in files:
        mail_account.deliver(file.read_bytes())
    with Running(console, outbound=False):
        until(lambda: not any("\\Seen" not in mail_account.flags(uid) for uid in mail_account.messages()))
    assert counts(console) == before


def test_polling_without_idle_takes_new_mail(console: ConsoleServices, polling_account: MailAccount) -> None:
    point_at(console, polling_account)
    console.mail_settings.change({"poll_seconds": 5})
    with Running(console, outbound=False):
        time.sleep(0.5)  # the service is waiting between polls when the mail comes
        polling_account.deliver((CORPUS / "alternative.eml").read_bytes())
        until(lambda: emails_in(console) == 1, within=20)


def test_the_outbox_drains_through_smtp_with_retries_and_failures(
    console: ConsoleServices, mail_account: MailAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outbox_module, "FIRST_RETRY", timedelta(seconds=0))
    with SmtpTestServer(temporary_failures=1) as smtp:
        point_at(console, mail_account, smtp)
        case = console.mail.ingest(message("ana@globex.example", "<q1@globex.example>"), source="test")
        console.talk.reply(case.case_number or 0, "Please restart it.", "Anna Agent")
        with Running(console, inbound=False):
            until(lambda: len(smtp.received) == 2)
        assert smtp.data_commands == 3  # one 451, then both accepted
        detail = console.cases.detail(case.case_number or 0)
        assert [m.email.delivery for m in detail.messages if m.email and m.email.direction == "out"] == [
            "sent",
            "sent",
        ]
        assert {r.recipients[0] for r in smtp.received} == {"ana@globex.example"}
    with SmtpTestServer(permanent="rcpt") as refusing:
        point_at(console, mail_account, refusing)
        number = case.case_number or 0
        console.talk.reply(number, "Anything else?", "Anna Agent")

        def failed() -> list[object]:
            return [
                m.email
                for m in console.cases.detail(number).messages
                if m.email is not None and m.email.delivery == "failed"
            ]

        with Running(console, inbound=False):
            until(lambda: bool(failed()))
        [mail] = failed()
        assert "550" in (mail.delivery_error or "")  # type: ignore[attr-defined]
        console.outbox.send_again(mail.id, agent="Anna Agent")  # type: ignore[attr-defined]
        assert not failed()


def message(sender: str, message_id: str, subject: str = "The report fails") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = SUPPORT
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    msg.set_content("It fails since this morning.")
    return bytes(msg)


# -- a service killed in the middle of a batch -------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_kill_9_in_the_middle_of_a_batch_then_restart_takes_every_message_once(
    console: ConsoleServices,
    database_url: URL,
    mail_account: MailAccount,
    smtp_server: SmtpTestServer,
    tmp_path: Path,
) -> None:
    total = 120
    senders = [a for _, (_, addresses) in CONTACTS.items() for a in addresses]
    for n in range(total):
        mail_account.deliver(
            message(senders[n % len(senders)], f"<crash-{n}@customers.example>", f"Case {n}")
        )
    point_at(console, mail_account, smtp_server)
    secrets = tmp_path / "mail-secrets"
    secrets.write_text(f"imap = {mail_account.password}\n")
    secrets.chmod(0o600)
    command = [
        sys.executable,
        "-m",
        "console",
        "--db",
        database_url.render_as_string(hide_password=False),
        "mail",
        "run",
        "--password-file",
        str(secrets),
    ]
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    first = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    try:
        until(lambda: emails_in(console) >= 20, within=60)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    assert emails_in(console) < total, "the kill came in the middle of the batch"
    second = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    try:
        until(lambda: emails_in(console) == total, within=120)
        until(lambda: len(smtp_server.received) >= total - 2, within=60)
    finally:
        second.send_signal(signal.SIGTERM)
        _, errors = second.communicate(timeout=30)
    assert second.returncode == 0, errors.decode()
    with console.db.read() as session:
        ids = session.scalars(select(EmailRecord.rfc_message_id).where(EmailRecord.direction == "in")).all()
        assert sorted(ids) == sorted(f"crash-{n}@customers.example" for n in range(total))
        acks = session.execute(
            select(OutboxItem.case_id, func.count())
            .where(OutboxItem.kind == "acknowledgement")
            .group_by(OutboxItem.case_id)
        ).all()
        assert len(acks) == total and all(n == 1 for _, n in acks)
    sent_per_case: dict[str, int] = {}
    for received in smtp_server.received:
        subject = received.data.split(b"Subject: ", 1)[1].split(b"\r\n", 1)[0].decode()
        sent_per_case[subject] = sent_per_case.get(subject, 0) + 1
    assert all(n == 1 for n in sent_per_case.values()), "no acknowledgement went out twice"


def test_two_services_on_one_database_and_mailbox_take_each_message_once(
    console: ConsoleServices, mail_account: MailAccount, engine: Engine
) -> None:
    point_at(console, mail_account)
    console.mail_settings.change({"imap_processed_folder": "Processed"})
    mail_account.create_folder("Processed")
    second = ConsoleServices(Database(engine))
    total = 40
    senders = [a for _, (_, addresses) in CONTACTS.items() for a in addresses]
    with Running(console, outbound=False), Running(second, outbound=False):
        time.sleep(0.5)
        for n in range(total):
            mail_account.deliver(
                message(senders[n % len(senders)], f"<twice-{n}@customers.example>", f"Case {n}")
            )
        until(lambda: emails_in(console) == total and not mail_account.messages(), within=60)
    # Both may move the same message at the same moment; the server then keeps
    # a copy from each (a MOVE is a copy and an expunge): the folder may hold one
    # twice, the console never.
    moved = {
        m.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0]
        for m in mail_account.messages("Processed").values()
    }
    assert len(moved) == total
    with console.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == total
        acks = session.scalar(
            select(func.count()).select_from(OutboxItem).where(OutboxItem.kind == "acknowledgement")
        )
        assert acks == total
