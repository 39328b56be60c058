"""A real SMTP server for the mail tests (aiosmtpd in a thread on a free loopback
port) that records what it accepts and can be told to refuse: the first N
messages with a temporary 451, every message or chosen recipients with a
permanent 550, and sign-in with AUTH PLAIN/LOGIN against one user and password.
The drivers talk to it over a socket exactly as they would to a provider's."""

from __future__ import annotations

import threading
import warnings
from collections.abc import Collection
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from tests.support.dovecot import free_port

TEMPORARY_FAILURE = "451 4.3.0 Try again later"
PERMANENT_FAILURE = "550 5.1.1 Mailbox unavailable"


@dataclass(frozen=True)
class Received:
    """One message the server accepted; ``peer`` is the client's (host, port), so
    messages sent over one connection share it."""

    sender: str
    recipients: tuple[str, ...]
    data: bytes
    peer: tuple[str, int]
    user: str | None


class _Controller(Controller):
    def factory(self) -> SMTP:
        # aiosmtpd warns that AUTH without TLS is unsafe: on loopback, for tests, it is meant.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            smtp = super().factory()  # type: ignore[no-untyped-call]
        assert isinstance(smtp, SMTP)
        return smtp


class _Handler:
    def __init__(self, server: SmtpTestServer) -> None:
        self.server = server

    async def handle_RCPT(
        self, smtp: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if self.server.permanent == "rcpt" or address.lower() in self.server.refused_recipients:
            return PERMANENT_FAILURE
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, smtp: SMTP, session: Session, envelope: Envelope) -> str:
        return self.server._data(session, envelope)


class SmtpTestServer:
    """An SMTP server on 127.0.0.1:``port``.

    - ``temporary_failures``: answer the first N DATA with ``451 4.3.0 Try again later``.
    - ``permanent``: ``"rcpt"`` or ``"data"`` answers every RCPT or DATA with
      ``550 5.1.1 Mailbox unavailable``; ``refused_recipients`` only those addresses.
    - ``user``/``password``: offer AUTH PLAIN and LOGIN (without TLS) and require it.

    Accepted messages are in :attr:`received` (a copy, safe from any thread).
    """

    host = "127.0.0.1"

    def __init__(
        self,
        *,
        temporary_failures: int = 0,
        permanent: Literal["rcpt", "data"] | None = None,
        refused_recipients: Collection[str] = (),
        user: str | None = None,
        password: str | None = None,
    ) -> None:
        self.temporary_failures = temporary_failures
        self.permanent = permanent
        self.refused_recipients = frozenset(address.lower() for address in refused_recipients)
        self.user = user
        self.password = password
        self.port = free_port()
        self._lock = threading.Lock()
        self._received: list[Received] = []
        self._data_commands = 0
        self._controller: Controller | None = None

    # --- life cycle ---------------------------------------------------------------

    def start(self) -> None:
        auth: dict[str, Any] = {}
        if self.user is not None:
            auth = {"authenticator": self._authenticate, "auth_required": True, "auth_require_tls": False}
        self._controller = _Controller(_Handler(self), hostname=self.host, port=self.port, **auth)
        self._controller.start()

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def drop_connections(self) -> None:
        """Close every open connection (as a server restart does) and listen again
        on the same port."""
        self.stop()
        self.start()

    def __enter__(self) -> SmtpTestServer:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()

    # --- what happened ------------------------------------------------------------

    @property
    def received(self) -> list[Received]:
        with self._lock:
            return list(self._received)

    @property
    def data_commands(self) -> int:
        """How many DATA commands arrived, accepted or not."""
        with self._lock:
            return self._data_commands

    def _data(self, session: Session, envelope: Envelope) -> str:
        with self._lock:
            self._data_commands += 1
            if self._data_commands <= self.temporary_failures:
                return TEMPORARY_FAILURE
            if self.permanent == "data":
                return PERMANENT_FAILURE
            content = envelope.original_content or b""
            peer = session.peer if isinstance(session.peer, tuple) else ("", 0)
            login = session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None
            self._received.append(
                Received(
                    sender=str(envelope.mail_from),
                    recipients=tuple(envelope.rcpt_tos),
                    data=content,
                    peer=(str(peer[0]), int(peer[1])),
                    user=login,
                )
            )
        return "250 Message accepted for delivery"

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        ok = auth_data.login.decode() == self.user and auth_data.password.decode() == self.password
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)
