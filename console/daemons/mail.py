"""The mail service: the headless process beside the consoles (``support-console
mail run``). Two threads:

- **inbound** reads the IMAP mailbox — IDLE where the server offers it, polling
  otherwise — and hands each message to the ingest use case; only after its
  case write has committed is the message moved or flagged, so a crash in
  between leaves it to be read again (and recognised by its Message-ID);
- **outbound** drains the outbox through SMTP (one connection for a batch),
  retrying temporary failures with backoff; on its rounds it also acknowledges
  the cases agents opened from unknown senders' mail and reads again the
  messages an admin asked to retry.

Several services may run against one database: the unique Message-ID takes each
message once, and the outbox hands each row to one of them. Stopping (SIGTERM)
finishes the message in hand. Settings are read from the database on every
round, so an admin's change applies without a restart; passwords come from
:mod:`console.channels.email.secrets`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy.exc import DBAPIError

from console.channels.email.imap import ImapMailbox, MailboxSettings, MailServerError, MessageGone, check_imap
from console.channels.email.secrets import SecretsError, mail_password
from console.channels.email.smtp import SendResult, SmtpConnection, SmtpSettings, check_smtp
from console.logs import get_logger
from console.services.bundle import ConsoleServices
from console.services.errors import ServiceError
from console.services.usecases.mail_settings import MailSettingsView
from console.services.usecases.outbox import OutgoingItem

log = get_logger(__name__)

# After a server or the database fails, wait this long (growing to the most) before trying again.
FIRST_PAUSE = 2.0
LONGEST_PAUSE = 60.0


@dataclass(frozen=True, slots=True)
class ServiceOptions:
    """How this machine runs the service (not shared settings: those are in the database).

    ``password_file``: the private file with the passwords (mode 0600), when the
    machine has neither a keyring nor systemd credentials. ``outbox_interval``:
    how often an idle outbound thread looks for something to send."""

    password_file: Path | None = None
    batch: int = 50
    outbox_interval: float = 1.0
    inbound: bool = True
    outbound: bool = True


def _password(kind: Literal["imap", "smtp"], user: str, host: str, password_file: Path | None) -> str:
    """The password the service signs in with, or SecretsError saying where to put it."""
    password = mail_password(kind, user, host, password_file=password_file)
    if password is None:
        raise SecretsError(
            f"no {kind.upper()} password for {user} at {host}: store it with "
            f"`support-console admin mail password {kind}` on this machine, or give a password file"
        )
    return password


def imap_settings(settings: MailSettingsView, password_file: Path | None) -> MailboxSettings:
    return MailboxSettings(
        host=settings.imap_host,
        port=settings.imap_port,
        security=settings.imap_security,  # type: ignore[arg-type]
        user=settings.imap_user,
        password=_password("imap", settings.imap_user, settings.imap_host, password_file),
        folder=settings.imap_folder,
        processed_folder=settings.imap_processed_folder,
    )


def smtp_settings(settings: MailSettingsView, password_file: Path | None) -> SmtpSettings:
    user = settings.smtp_user
    return SmtpSettings(
        host=settings.smtp_host,
        port=settings.smtp_port,
        security=settings.smtp_security,  # type: ignore[arg-type]
        user=user,
        password=None if not user else _password("smtp", user, settings.smtp_host, password_file),
    )


def check(settings: MailSettingsView, password_file: Path | None = None) -> list[tuple[bool, str]]:
    """Try the configured servers: one (works, sentence) per server."""
    results: list[tuple[bool, str]] = []
    if settings.receives:
        try:
            results.append((True, check_imap(imap_settings(settings, password_file))))
        except (MailServerError, SecretsError) as error:
            results.append((False, f"IMAP: {error}"))
    else:
        results.append((False, "IMAP: no mailbox is set (admin mail set imap_host … imap_user …)"))
    if settings.sends:
        try:
            results.append((True, check_smtp(smtp_settings(settings, password_file))))
        except (MailServerError, SecretsError) as error:
            results.append((False, f"SMTP: {error}"))
    else:
        results.append(
            (False, "SMTP: no server or From address is set (admin mail set smtp_host … from_address …)")
        )
    return results


class MailService:
    """Runs the inbound and outbound threads until ``stop`` is set."""

    def __init__(
        self,
        services: ConsoleServices,
        options: ServiceOptions = ServiceOptions(),
        stop: threading.Event | None = None,
        logger: logging.Logger = log,
    ) -> None:
        self.services = services
        self.options = options
        self.stop = stop or threading.Event()
        self.log = logger
        self.taken = 0
        self.sent = 0

    # -- running ------------------------------------------------------------------------

    def run(self) -> None:
        """Both threads; returns when ``stop`` is set and they have finished."""
        threads = []
        if self.options.inbound:
            threads.append(
                threading.Thread(target=self._guarded(self.inbound), name="mail-inbound", daemon=True)
            )
        if self.options.outbound:
            threads.append(
                threading.Thread(target=self._guarded(self.outbound), name="mail-outbound", daemon=True)
            )
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    def _guarded(self, loop: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            pause = FIRST_PAUSE
            while not self.stop.is_set():
                try:
                    loop()
                    pause = FIRST_PAUSE
                except (MailServerError, SecretsError, ServiceError, DBAPIError, OSError) as error:
                    self.log.error("%s: %s; trying again in %.0f s", loop.__name__, _sentence(error), pause)
                    self.stop.wait(pause)
                    pause = min(pause * 2, LONGEST_PAUSE)

        return run

    def _settings(self) -> MailSettingsView:
        return self.services.mail_settings.settings()

    # -- inbound ------------------------------------------------------------------------

    def inbound(self) -> None:
        """Read the mailbox until stopped (raises on a server or database failure;
        :meth:`_guarded` reconnects)."""
        settings = self._settings()
        if not settings.receives:
            self.log.warning("no IMAP mailbox is set: waiting for an admin to set one")
            self.stop.wait(settings.poll_seconds)
            return
        mailbox_settings = imap_settings(settings, self.options.password_file)
        with ImapMailbox(mailbox_settings) as mailbox:
            self.log.info(
                "reading %s (%s)", mailbox_settings.address, "IDLE" if mailbox.has_idle else "polling"
            )
            while not self.stop.is_set():
                self.read_new(mailbox)
                if self._settings() != settings:
                    self.log.info("the mail settings changed: reconnecting")
                    return
                mailbox.wait_for_news(settings.poll_seconds, self.stop)

    def read_new(self, mailbox: ImapMailbox) -> int:
        """Take every unread message once; returns how many were taken."""
        count = 0
        for uid in mailbox.unread():
            if self.stop.is_set():
                break
            try:
                raw, arrived = mailbox.fetch_with_arrival(uid)
            except MessageGone:
                continue  # another mail service took it a moment ago
            source = f"IMAP {mailbox.settings.address} uid {uid}"
            try:
                result = self.services.mail.ingest(raw, source=source, arrived_at=arrived)
            except (DBAPIError, OSError):
                raise  # the database or the network: the message stays, to be read again
            except Exception as error:  # a fault of ours on this message: keep it, go on
                self.log.exception("uid %s could not be taken", uid)
                result = self.services.mail.keep_unreadable(
                    raw, source, f"the console could not take this message ({type(error).__name__}: {error})"
                )
            # Only now, with the case write committed, may the message leave the folder.
            mailbox.mark_processed(uid)
            count += 1
            self.taken += 1
            self.log.info(
                "uid %s: %s%s", uid, result.outcome.value, f" — {result.detail}" if result.detail else ""
            )
        return count

    # -- outbound -----------------------------------------------------------------------

    def outbound(self) -> None:
        """Drain the outbox until stopped."""
        while not self.stop.is_set():
            self.housekeeping()
            settings = self._settings()
            if not settings.sends:
                self.stop.wait(max(self.options.outbox_interval, 5.0))
                continue
            items = self.services.outbox.claim(self.options.batch)
            if not items:
                self.stop.wait(self.options.outbox_interval)
                continue
            self.send_batch(settings, items)

    def housekeeping(self) -> None:
        """Mark what a dead service left half-sent; acknowledge linked unknown
        senders' cases; read again what an admin asked to."""
        recovered = self.services.outbox.recover_interrupted()
        if recovered:
            self.log.warning("%d message(s) were being sent when a service stopped: marked failed", recovered)
        acknowledged = self.services.triage.acknowledge_linked()
        if acknowledged:
            self.log.info("acknowledged %d case(s) opened from unknown senders' mail", acknowledged)
        for item_id in self.services.mail.pending_retries():
            result = self.services.mail.retry_unreadable(item_id)
            self.log.info("unreadable message %d read again: %s", item_id, result.outcome.value)

    def send_batch(self, settings: MailSettingsView, items: list[OutgoingItem]) -> None:
        done = 0
        try:
            with SmtpConnection(smtp_settings(settings, self.options.password_file)) as smtp:
                for item in items:
                    if self.stop.is_set():
                        break
                    done += 1
                    if not self.services.outbox.begin_send(item.id):
                        continue
                    result = smtp.send(item.sender, item.recipients, item.data)
                    self._record(item, result)
        finally:
            # What was taken but not tried goes back at once (stopping, or a failure).
            self.services.outbox.release([item.id for item in items[done:]])

    def _record(self, item: OutgoingItem, result: SendResult) -> None:
        if result.outcome == "sent":
            self.services.outbox.sent(item.id)
            self.sent += 1
            self.log.info("#%s: %s sent", item.case_number, item.kind)
        elif result.outcome == "temporary":
            self.services.outbox.temporary_failure(item.id, result.detail)
            self.log.warning(
                "#%s: %s not sent yet (%s); will retry", item.case_number, item.kind, result.detail
            )
        else:
            self.services.outbox.permanent_failure(item.id, result.detail)
            self.log.error("#%s: %s failed: %s", item.case_number, item.kind, result.detail)


def _sentence(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text
