"""Email in, measured against a real IMAP server (a throwaway Dovecot, as the
tests start it): throughput and latency of the mail service on each backend.

1. **Throughput**: ``--messages`` (1,000) messages in the corpus's mix
   (tests/fixtures/mail, each made unique; most from known contacts, so they
   open cases and queue acknowledgements) are put in the mailbox; the mail
   service reads them all; messages per second from its start to the last
   commit.
2. **Latency with IDLE**: ``--probes`` (50) messages appended one at a time
   while the service idles; another console's change listener (NOTIFY on
   PostgreSQL, polling on SQLite) notes when each new case arrives. Prints
   median, p95 and max from the IMAP server accepting the message (APPEND
   returned) to the case visible in that console.

As a reference measured in the same run: the same messages taken by
``MailIngestService.ingest`` straight from memory (no IMAP), so the cost of the
server round trips stands beside the cost of the use case.

    python benchmarks/mail_ingest.py [--backend postgresql|sqlite|both] [--messages 1000] [--probes 50]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import keyring
from _databases import percentile, temporary_database

from console.channels.email.secrets import store_mail_password
from console.daemons.mail import MailService, ServiceOptions
from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.services.infrastructure.feed import Change, ChangeListener, latest_change_id
from console.storage.engine import create_engine_for
from tests.support.dovecot import DovecotServer
from tests.support.keyring import MemoryKeyring

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "mail"
CONTACTS = ("ana@globex.example", "peter@initech.example", "lisa@initech.example", "it@globex.example")


def organisation(svc: ConsoleServices) -> None:
    svc.accounts.add_account("Globex", "standard")
    svc.accounts.add_account("Initech", "premier")
    for address in CONTACTS:
        svc.accounts.add_contact(
            "Globex" if "globex" in address else "Initech", address.split("@")[0].title(), address
        )
    svc.mail_settings.change({"from_address": "support@vendor.example", "from_name": "Vendor Support"})


def corpus_mix(count: int) -> list[bytes]:
    """``count`` messages cycling through the corpus, each with its own Message-ID."""
    shapes = [path.read_bytes() for path in sorted(CORPUS.glob("*.eml"))]
    made = []
    for index in range(count):
        raw = shapes[index % len(shapes)]
        unique = f"<bench-{index}@mix.example>".encode()
        if re.search(rb"(?im)^message-id:", raw):
            raw = re.sub(rb"(?im)^message-id:[^\r\n]*", b"Message-ID: " + unique, raw, count=1)
        else:
            raw = b"Message-ID: " + unique + b"\r\n" + raw
        made.append(raw)
    return made


def point_at(svc: ConsoleServices, server: DovecotServer, user: str) -> None:
    svc.mail_settings.change(
        {"imap_host": server.host, "imap_port": server.port, "imap_security": "none", "imap_user": user}
    )
    store_mail_password("imap", user, server.host, server.password(user))


def throughput(url: str, server: DovecotServer, messages: list[bytes]) -> tuple[float, float]:
    """(messages a second through IMAP, messages a second straight into the use case)."""
    svc = ConsoleServices(Database(create_engine_for(url)))
    try:
        organisation(svc)
        user = "bench@example.com"
        server.add_user(user, "bench-password")
        with server.client(user) as client:
            for raw in messages:
                client.append("INBOX", raw)
        point_at(svc, server, user)
        service = MailService(svc, ServiceOptions(outbound=False))
        runner = threading.Thread(target=service.run)
        started = time.perf_counter()
        runner.start()
        while service.taken < len(messages):
            time.sleep(0.05)
        through_imap = len(messages) / (time.perf_counter() - started)
        service.stop.set()
        runner.join()
    finally:
        svc.close()
    return through_imap, direct(url, messages)


def direct(url: str, messages: list[bytes]) -> float:
    """The reference: the same messages (with new ids) ingested from memory."""
    svc = ConsoleServices(Database(create_engine_for(url)))
    try:
        again = [raw.replace(b"bench-", b"direct-") for raw in messages]
        started = time.perf_counter()
        for raw in again:
            svc.mail.ingest(raw, source="benchmark")
        return len(again) / (time.perf_counter() - started)
    finally:
        svc.close()


def latency(url: str, server: DovecotServer, probes: int) -> list[float]:
    """Milliseconds from APPEND returning to the case reaching another console."""
    svc = ConsoleServices(Database(create_engine_for(url)))
    user = "probe@example.com"
    server.add_user(user, "probe-password")
    point_at(svc, server, user)
    engine = create_engine_for(url)
    seen: list[float] = []
    arrived = threading.Event()

    def on_changes(batch: Sequence[Change]) -> None:
        for change in batch:
            if change.entity == "case" and change.action == "opened":
                seen.append(time.perf_counter())
                arrived.set()

    listener = ChangeListener(engine, on_changes, after_id=latest_change_id(engine))
    service = MailService(svc, ServiceOptions(outbound=False))
    runner = threading.Thread(target=service.run)
    results: list[float] = []
    try:
        with listener, server.client(user) as client:
            runner.start()
            time.sleep(1.5)  # the service has read the empty mailbox and idles
            for index in range(probes):
                arrived.clear()
                raw = (
                    f"From: Ana <ana@globex.example>\r\nTo: support@vendor.example\r\n"
                    f"Subject: probe {index}\r\nMessage-ID: <probe-{index}@globex.example>\r\n\r\n"
                    "The export fails.\r\n"
                ).encode()
                client.append("INBOX", raw)
                accepted = time.perf_counter()
                if arrived.wait(10):
                    results.append((seen[-1] - accepted) * 1000)
                time.sleep(0.2)
    finally:
        service.stop.set()
        if runner.is_alive():
            runner.join()
        engine.dispose()
        svc.close()
    return results


def run(backend: str, count: int, probes: int) -> None:
    messages = corpus_mix(count)
    with DovecotServer() as server:
        with temporary_database(backend) as url:
            imap_rate, direct_rate = throughput(url, server, messages)
        with temporary_database(backend) as url:
            svc = ConsoleServices(Database(create_engine_for(url)))
            organisation(svc)
            svc.close()
            waits = latency(url, server, probes)
    print(
        f"{backend:<10}: ingest {count} messages through IMAP {imap_rate:6.1f} msg/s "
        f"(reference, straight into the use case: {direct_rate:6.1f} msg/s)"
    )
    if waits:
        print(
            f"{backend:<10}: IMAP accepted -> case in another console, {len(waits)} probes with IDLE: "
            f"median {statistics.median(waits):6.0f} ms, p95 {percentile(waits, 0.95):6.0f} ms, "
            f"max {max(waits):6.0f} ms"
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--backend", choices=("postgresql", "sqlite", "both"), default="both")
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--probes", type=int, default=50)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())  # the benchmark's passwords never reach this machine's keyring
    for backend in ("postgresql", "sqlite") if args.backend == "both" else (args.backend,):
        run(backend, args.messages, args.probes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
