"""The IMAP driver of the mail service: signs in to the team's mailbox, lists the
messages not yet taken in, fetches each one's exact bytes without marking it
read, marks it processed (moved to a folder, or flagged ``\\Seen``) once it is
stored, and waits for news with IDLE where the server offers it or by polling
where it does not. Every failure becomes a :class:`MailServerError` worded as one
sentence a person can act on; :func:`check_imap` says in one line what works."""

from __future__ import annotations

import errno
import imaplib
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Literal

from imapclient import IMAPClient  # type: ignore[import-untyped]
from imapclient.exceptions import LoginError  # type: ignore[import-untyped]

Security = Literal["ssl", "starttls", "none"]

# RFC 2177: a client should re-issue IDLE at least every 29 minutes, as servers
# may drop a connection idle for 30.
IDLE_RENEWAL_SECONDS = 29 * 60
# How often a wait looks at its ``stop`` event.
_STOP_SLICE_SECONDS = 0.25

_SECURITY_NAMES = {"ssl": "SSL", "starttls": "STARTTLS", "none": "no encryption"}


class MailServerError(Exception):
    """A mail server could not be reached or refused what was asked; the message
    is one sentence meant for the person configuring the channel."""


class MessageGone(MailServerError):
    """The message left the folder since it was listed (another mail service took
    it, or someone moved it): nothing to do."""


@dataclass(frozen=True, slots=True)
class MailboxSettings:
    """Where the team's mail arrives. ``processed_folder``: when set, messages
    taken in are moved there and every message in ``folder`` counts as new; when
    None, messages taken in are flagged ``\\Seen`` and only unseen ones are new."""

    host: str
    port: int
    security: Security
    user: str
    password: str
    folder: str = "INBOX"
    processed_folder: str | None = None
    timeout: float = 30.0

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


def connection_failure(error: BaseException) -> str:
    """A few words for why a connection failed."""
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, socket.gaierror):
        return "no such host"
    if isinstance(error, TimeoutError | socket.timeout):
        return "no answer in time"
    if isinstance(error, ssl.SSLCertVerificationError):
        return f"its certificate is not trusted ({error.verify_message})"
    if isinstance(error, ssl.SSLError):
        return f"the TLS handshake failed ({error.reason or error})"
    if isinstance(error, OSError) and error.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
        return "network unreachable"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error) or type(error).__name__


def _server_words(error: BaseException) -> str:
    """The server's own text from an imaplib error (which arrives as a bytes repr)."""
    text = str(error)
    if text.startswith(("b'", 'b"')) and text.endswith(("'", '"')):
        text = text[2:-1]
    return text.strip()


class ImapMailbox:
    """One signed-in connection to the team's mailbox, folder selected.

    Use as a context manager (``with ImapMailbox(settings) as mailbox:``) or call
    :meth:`connect` and :meth:`close`. Not thread-safe: one thread drives it.
    """

    def __init__(self, settings: MailboxSettings) -> None:
        self.settings = settings
        self._client: IMAPClient | None = None
        # The highest UID unread() has reported: news is a message above it.
        self._highest_uid: int | None = None

    # --- connection -----------------------------------------------------------

    def connect(self) -> None:
        """Connect, sign in and select the folder; raise :class:`MailServerError`."""
        settings = self.settings
        try:
            client = IMAPClient(
                settings.host,
                port=settings.port,
                ssl=settings.security == "ssl",
                ssl_context=ssl.create_default_context(),
                timeout=settings.timeout,
            )
        except (OSError, imaplib.IMAP4.error) as error:
            raise MailServerError(f"cannot reach {settings.address}: {connection_failure(error)}") from error
        try:
            if settings.security == "starttls":
                if not client.has_capability("STARTTLS"):
                    raise MailServerError(f"the IMAP server at {settings.address} does not offer STARTTLS")
                try:
                    client.starttls(ssl.create_default_context())
                except (OSError, imaplib.IMAP4.error) as error:
                    raise MailServerError(
                        f"cannot secure the connection to {settings.address}: {connection_failure(error)}"
                    ) from error
            try:
                client.login(settings.user, settings.password)
            except LoginError as error:
                raise MailServerError(
                    f"the IMAP server refused user {settings.user}: {_login_words(error)}"
                ) from error
            self._client = client
            with self._errors():
                for folder in (settings.folder, settings.processed_folder):
                    if folder is not None and not client.folder_exists(folder):
                        raise MailServerError(f"no folder '{folder}' on the IMAP server")
                client.select_folder(settings.folder)
        except BaseException:
            self._client = None
            _quietly_shut(client)
            raise

    def close(self) -> None:
        """Sign out; never raises (the connection may already be gone)."""
        client, self._client = self._client, None
        if client is not None:
            try:
                client.logout()
            except Exception:  # a dead connection is closed either way
                _quietly_shut(client)

    def __enter__(self) -> ImapMailbox:
        self.connect()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    @property
    def client(self) -> IMAPClient:
        if self._client is None:
            raise MailServerError(f"not connected to {self.settings.address}")
        return self._client

    @property
    def has_idle(self) -> bool:
        """Whether the server announces IDLE (else :meth:`wait_for_news` polls)."""
        with self._errors():
            return bool(self.client.has_capability("IDLE"))

    @property
    def has_move(self) -> bool:
        with self._errors():
            return bool(self.client.has_capability("MOVE"))

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Turn what imapclient and the socket raise into :class:`MailServerError`."""
        try:
            yield
        except MailServerError:
            raise
        except imaplib.IMAP4.abort as error:
            raise MailServerError(
                f"the connection to {self.settings.address} was lost: {_server_words(error)}"
            ) from error
        except imaplib.IMAP4.error as error:
            raise MailServerError(
                f"the IMAP server at {self.settings.address} said: {_server_words(error)}"
            ) from error
        except OSError as error:
            raise MailServerError(
                f"the connection to {self.settings.address} failed: {connection_failure(error)}"
            ) from error

    # --- messages -------------------------------------------------------------

    def unread(self) -> list[int]:
        """UIDs of the messages not yet processed, oldest first."""
        with self._errors():
            # Servers (Dovecot among them) answer SEARCH from the session's current
            # view of the folder; NOOP brings in what arrived since.
            self.client.noop()
            uids = sorted(int(uid) for uid in self.client.search(self._unread_criteria()))
        if uids:
            self._highest_uid = max(uids[-1], self._highest_uid or 0)
        elif self._highest_uid is None:
            self._highest_uid = 0
        return uids

    def _unread_criteria(self) -> list[str]:
        return ["UNDELETED"] if self.settings.processed_folder else ["UNSEEN", "UNDELETED"]

    def fetch(self, uid: int) -> bytes:
        """The message's exact bytes; ``BODY.PEEK[]`` leaves ``\\Seen`` alone."""
        with self._errors():
            answer = self.client.fetch([uid], ["BODY.PEEK[]"])
        data = answer.get(uid, {}).get(b"BODY[]")
        if data is None:
            raise MessageGone(f"message {uid} is no longer in '{self.settings.folder}'")
        return bytes(data)

    def fetch_with_arrival(self, uid: int) -> tuple[bytes, datetime | None]:
        """The message's bytes and when the server received it (INTERNALDATE, in
        UTC): a case's clock starts then, not when the service got round to it."""
        with self._errors():
            answer = self.client.fetch([uid], ["BODY.PEEK[]", "INTERNALDATE"])
        found = answer.get(uid, {})
        data = found.get(b"BODY[]")
        if data is None:
            raise MessageGone(f"message {uid} is no longer in '{self.settings.folder}'")
        arrived = found.get(b"INTERNALDATE")
        if not isinstance(arrived, datetime):
            return bytes(data), None
        # IMAPClient gives local wall-clock times unless told otherwise; either way
        # an aware instant comes out.
        return bytes(data), (
            arrived.astimezone(UTC) if arrived.tzinfo else arrived.astimezone().astimezone(UTC)
        )

    def mark_processed(self, uid: int) -> None:
        """Move the message to the processed folder, or flag it ``\\Seen`` when
        there is none. Without MOVE: copy, flag ``\\Deleted``, expunge that one."""
        client = self.client
        target = self.settings.processed_folder
        with self._errors():
            if target is None:
                client.add_flags([uid], [b"\\Seen"], silent=True)
            elif client.has_capability("MOVE"):
                client.move([uid], target)
            else:
                client.copy([uid], target)
                client.add_flags([uid], [b"\\Deleted"], silent=True)
                if client.has_capability("UIDPLUS"):
                    client.uid_expunge([uid])
                else:
                    # Plain EXPUNGE removes every \Deleted message in the folder;
                    # unread() skips \Deleted ones, so the result is the same.
                    client.expunge()

    # --- waiting --------------------------------------------------------------

    def wait_for_news(self, timeout: float, stop: threading.Event | None = None) -> bool:
        """Wait up to ``timeout`` seconds for mail.

        With IDLE: True as soon as the server reports a new message, False when
        the time ran out or ``stop`` was set. Without IDLE: sleep (watching
        ``stop``) and return True, so the caller polls; False when stopped.
        """
        deadline = time.monotonic() + max(0.0, timeout)
        if not self.has_idle:
            while (remaining := deadline - time.monotonic()) > 0:
                if stop is not None and stop.wait(min(_STOP_SLICE_SECONDS, remaining)):
                    return False
                if stop is None:
                    time.sleep(min(_STOP_SLICE_SECONDS, remaining))
            return not (stop is not None and stop.is_set())
        with self._errors():
            # The server may have announced a message in the answer to an earlier
            # command (where imaplib drops it); IDLE would not announce it again.
            if self._highest_uid is not None:
                self.client.noop()
                later = self.client.search([*self._unread_criteria(), "UID", f"{self._highest_uid + 1}:*"])
                if any(int(uid) > self._highest_uid for uid in later):
                    return True
            return self._idle_until(deadline, stop)

    def _idle_until(self, deadline: float, stop: threading.Event | None) -> bool:
        client = self.client
        while True:
            renew_at = min(deadline, time.monotonic() + IDLE_RENEWAL_SECONDS)
            client.idle()
            news = False
            try:
                while not news and (remaining := renew_at - time.monotonic()) > 0:
                    if stop is not None and stop.is_set():
                        break
                    responses = client.idle_check(timeout=min(_STOP_SLICE_SECONDS, remaining))
                    news = any(_is_news(response) for response in responses)
            finally:
                done = client.idle_done()
            # New mail may also be reported in the answer to DONE.
            news = news or any(_is_news(response) for response in done[1])
            if news:
                return True
            if (stop is not None and stop.is_set()) or time.monotonic() >= deadline:
                return False


def _is_news(response: object) -> bool:
    """An untagged ``* n EXISTS`` or ``* n RECENT``: a message arrived."""
    return isinstance(response, tuple) and len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT")


def _login_words(error: LoginError) -> str:
    words = _server_words(error)
    # Dovecot and others answer "[AUTHENTICATIONFAILED] Authentication failed."
    if "AUTHENTICATIONFAILED" in words.upper() or "authentication failed" in words.lower():
        return "authentication failed"
    return words.rstrip(".") or "sign-in refused"


def _quietly_shut(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except Exception:  # already closed
        return


def check_imap(settings: MailboxSettings) -> str:
    """One line on what works, e.g. ``IMAP imap.example.com:993 (SSL): signed in as
    support@example.com, INBOX holds 12 messages, 3 unread; IDLE available``.
    Raises :class:`MailServerError` with what does not."""
    with ImapMailbox(settings) as mailbox, mailbox._errors():
        status = mailbox.client.folder_status(settings.folder, [b"MESSAGES", b"UNSEEN"])
        total = int(status.get(b"MESSAGES", 0))
        unseen = int(status.get(b"UNSEEN", 0))
        idle = "IDLE available" if mailbox.has_idle else "no IDLE, polling"
    plural = "message" if total == 1 else "messages"
    line = (
        f"IMAP {settings.address} ({_SECURITY_NAMES[settings.security]}): signed in as {settings.user}, "
        f"{settings.folder} holds {total} {plural}, {unseen} unread"
    )
    if settings.processed_folder is not None:
        line += f"; processed mail moves to '{settings.processed_folder}'"
    return f"{line}; {idle}"
