"""Email out, measured against a real SMTP server (aiosmtpd, as the tests start
it): ``--replies`` (1,000) agents' replies on email cases are queued through
the reply use case, then the mail service's outbound thread drains the outbox;
prints messages a second from its start to the last one accepted, on each
backend.

As a reference measured in the same run: the same messages sent by
:class:`~console.channels.email.smtp.SmtpConnection` alone (one connection, no
database), so the outbox's bookkeeping (take, mark sending, mark sent: three
commits a message) stands beside the cost of SMTP itself.

    python benchmarks/mail_outbox.py [--backend postgresql|sqlite|both] [--replies 1000]
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _databases import temporary_database

from console.channels.email.smtp import SmtpConnection, SmtpSettings
from console.daemons.mail import MailService, ServiceOptions
from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.storage.engine import create_engine_for
from console.storage.models import EmailRecord, OutboxItem
from tests.support.smtp_server import SmtpTestServer

CASES = 50


def queue_replies(svc: ConsoleServices, replies: int) -> None:
    svc.accounts.add_account("Globex", "standard")
    svc.accounts.add_contact("Globex", "Ana Silva", "ana@globex.example")
    svc.accounts.add_user("Anna Agent", "agent")
    svc.mail_settings.change({"from_address": "support@vendor.example", "acknowledge": False})
    numbers = []
    for index in range(CASES):
        msg = EmailMessage()
        msg["From"] = "Ana Silva <ana@globex.example>"
        msg["To"] = "support@vendor.example"
        msg["Subject"] = f"Export fails ({index})"
        msg["Message-ID"] = f"<case-{index}@globex.example>"
        msg.set_content("The nightly export fails.")
        numbers.append(svc.mail.ingest(bytes(msg), source="benchmark").case_number)
    for index in range(replies):
        svc.talk.reply(numbers[index % CASES] or 0, f"Reply {index}: please try again.", "Anna Agent")


def drain(url: str, server: SmtpTestServer, replies: int) -> float:
    svc = ConsoleServices(Database(create_engine_for(url)))
    try:
        queue_replies(svc, replies)
        svc.mail_settings.change(
            {"smtp_host": server.host, "smtp_port": server.port, "smtp_security": "none"}
        )
        service = MailService(svc, ServiceOptions(inbound=False, outbox_interval=0.05))
        runner = threading.Thread(target=service.run)
        started = time.perf_counter()
        runner.start()
        while len(server.received) < replies:
            time.sleep(0.02)
        rate = replies / (time.perf_counter() - started)
        service.stop.set()
        runner.join()
        return rate
    finally:
        svc.close()


def smtp_alone(url: str, server: SmtpTestServer) -> float:
    """The reference: the bytes the outbox sent, sent again on one connection."""
    engine = create_engine_for(url)
    with engine.connect() as connection:
        rows = connection.execute(
            EmailRecord.__table__.select()
            .with_only_columns(EmailRecord.sender, EmailRecord.raw)
            .join(OutboxItem.__table__, OutboxItem.email_id == EmailRecord.id)
        ).all()
    engine.dispose()
    settings = SmtpSettings(host=server.host, port=server.port, security="none")
    started = time.perf_counter()
    with SmtpConnection(settings) as smtp:
        for sender, raw in rows:
            smtp.send(sender, ["ana@globex.example"], raw)
    return len(rows) / (time.perf_counter() - started)


def run(backend: str, replies: int) -> None:
    with temporary_database(backend) as url, SmtpTestServer() as server:
        rate = drain(url, server, replies)
        with SmtpTestServer() as second:
            reference = smtp_alone(url, second)
    print(
        f"{backend:<10}: outbox drained {replies} replies through SMTP at {rate:6.1f} msg/s "
        f"(reference, the same bytes on one SMTP connection without the outbox: {reference:6.1f} msg/s)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--backend", choices=("postgresql", "sqlite", "both"), default="both")
    parser.add_argument("--replies", type=int, default=1000)
    args = parser.parse_args()
    for backend in ("postgresql", "sqlite") if args.backend == "both" else (args.backend,):
        run(backend, args.replies)
    return 0


if __name__ == "__main__":
    sys.exit(main())
