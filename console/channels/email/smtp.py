"""The SMTP driver of the mail service: hands one built message to the team's
outgoing server and says how it went — ``sent``, ``temporary`` (try again later:
the server was unreachable, timed out or answered 4xx) or ``permanent`` (the
server refused with 5xx, or the sign-in was refused) — in the server's own words.
:class:`SmtpConnection` keeps one connection for draining an outbox;
:func:`check_smtp` says in one line what works."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Literal

from console.channels.email.imap import MailServerError, connection_failure

Security = Literal["starttls", "ssl", "none"]
Outcome = Literal["sent", "temporary", "permanent"]

_SECURITY_NAMES = {"ssl": "SSL", "starttls": "STARTTLS", "none": "no encryption"}


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    """The team's outgoing server; ``user`` None means no sign-in."""

    host: str
    port: int
    security: Security
    user: str | None = None
    password: str | None = None
    timeout: float = 30.0

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


@dataclass(frozen=True, slots=True)
class SendResult:
    """How one message went. ``detail`` carries the server's words
    (``451 4.3.0 Try again later``), or for a partial refusal the recipients it
    refused and why."""

    outcome: Outcome
    detail: str = ""


def _words(code: int, message: bytes | str) -> str:
    text = message.decode(errors="replace") if isinstance(message, bytes) else message
    return f"{code} {' '.join(text.split())}".strip()


def _by_code(code: int, message: bytes | str, context: str = "") -> SendResult:
    outcome: Outcome = "temporary" if 400 <= code < 500 else "permanent"
    return SendResult(outcome, f"{context}{_words(code, message)}")


class _Failed(Exception):
    """A step of the conversation failed with this result."""

    def __init__(self, result: SendResult) -> None:
        super().__init__(result.detail)
        self.result = result


class SmtpConnection:
    """One connection to the outgoing server, reused for many messages.

    Connects on first use; when the server has dropped an idle connection, the
    next :meth:`send` notices before handing over anything and connects again.
    Use as a context manager; never raises from :meth:`send`.
    """

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self._smtp: smtplib.SMTP | None = None
        self.connections_made = 0

    def __enter__(self) -> SmtpConnection:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()

    def _connect(self) -> smtplib.SMTP:
        """A connected, secured and signed-in client; raises :class:`_Failed`."""
        settings = self.settings
        context = ssl.create_default_context()
        try:
            smtp: smtplib.SMTP
            if settings.security == "ssl":
                smtp = smtplib.SMTP_SSL(
                    settings.host, settings.port, timeout=settings.timeout, context=context
                )
            else:
                smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        except smtplib.SMTPConnectError as error:
            raise _Failed(
                _by_code(error.smtp_code, error.smtp_error, f"{settings.address} refused the connection: ")
            ) from error
        except (OSError, smtplib.SMTPException) as error:
            raise _Failed(
                SendResult("temporary", f"cannot reach {settings.address}: {connection_failure(error)}")
            ) from error
        try:
            smtp.ehlo()
            if settings.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise _Failed(
                        SendResult(
                            "permanent", f"the SMTP server at {settings.address} does not offer STARTTLS"
                        )
                    )
                smtp.starttls(context=context)
                smtp.ehlo()
            if settings.user is not None:
                smtp.login(settings.user, settings.password or "")
        except _Failed:
            smtp.close()
            raise
        except smtplib.SMTPAuthenticationError as error:
            smtp.close()
            raise _Failed(
                _by_code(error.smtp_code, error.smtp_error, f"the SMTP server refused user {settings.user}: ")
            ) from error
        except smtplib.SMTPNotSupportedError as error:
            smtp.close()
            raise _Failed(
                SendResult("permanent", f"the SMTP server at {settings.address}: {error}")
            ) from error
        except smtplib.SMTPResponseException as error:
            smtp.close()
            raise _Failed(_by_code(error.smtp_code, error.smtp_error)) from error
        except (OSError, smtplib.SMTPException) as error:
            smtp.close()
            raise _Failed(
                SendResult(
                    "temporary", f"the connection to {settings.address} failed: {connection_failure(error)}"
                )
            ) from error
        self.connections_made += 1
        return smtp

    def send(self, sender: str, recipients: Sequence[str], data: bytes) -> SendResult:
        """Hand one message over (MAIL, RCPT for each recipient, DATA)."""
        if not recipients:
            return SendResult("permanent", "the message has no recipients")
        reused = self._smtp is not None
        try:
            if self._smtp is None:
                self._smtp = self._connect()
            try:
                return self._transaction(self._smtp, sender, recipients, data)
            except smtplib.SMTPServerDisconnected:
                # A dropped idle connection fails at MAIL FROM, before the server
                # took anything: connecting again cannot send the message twice.
                self._drop()
                if not reused:
                    raise
                self._smtp = self._connect()
                return self._transaction(self._smtp, sender, recipients, data)
        except _Failed as failure:
            if failure.result.outcome == "temporary":
                self._drop()
            return failure.result
        except (smtplib.SMTPServerDisconnected, OSError) as error:
            self._drop()
            return SendResult(
                "temporary",
                f"the connection to {self.settings.address} was lost: {connection_failure(error)}",
            )

    def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            smtp.close()

    def _transaction(
        self, smtp: smtplib.SMTP, sender: str, recipients: Sequence[str], data: bytes
    ) -> SendResult:
        """Raises SMTPServerDisconnected only when MAIL FROM found the connection dead."""
        code, message = smtp.mail(sender)
        if code == -1:
            raise smtplib.SMTPServerDisconnected("connection closed")
        if code != 250:
            self._reset(smtp)
            return _by_code(code, message, f"the server refused the sender {sender}: ")
        try:
            refused: dict[str, tuple[int, bytes]] = {}
            for recipient in recipients:
                rcpt_code, rcpt_message = smtp.rcpt(recipient)
                if rcpt_code not in (250, 251):
                    refused[recipient] = (rcpt_code, rcpt_message)
            if len(refused) == len(recipients):
                self._reset(smtp)
                return _refusals(refused, everyone=True)
            data_code, data_message = smtp.data(data)
        except smtplib.SMTPServerDisconnected as error:
            # Past MAIL FROM the server may have taken the message: no retry here.
            raise _Failed(
                SendResult(
                    "temporary",
                    f"the connection to {self.settings.address} was lost: {connection_failure(error)}",
                )
            ) from error
        except smtplib.SMTPDataError as error:
            self._reset(smtp)
            return _by_code(error.smtp_code, error.smtp_error)
        if data_code != 250:
            return _by_code(data_code, data_message)
        if refused:
            return _refusals(refused, everyone=False)
        return SendResult("sent", _words(data_code, data_message))

    def _reset(self, smtp: smtplib.SMTP) -> None:
        try:
            smtp.rset()
        except (smtplib.SMTPException, OSError):
            self._drop()


def _refusals(refused: dict[str, tuple[int, bytes]], *, everyone: bool) -> SendResult:
    listed = "; ".join(f"{address}: {_words(code, message)}" for address, (code, message) in refused.items())
    if not everyone:
        return SendResult("sent", f"sent to the others; refused {listed}")
    # Any temporary refusal makes the whole message worth another try.
    temporary = any(400 <= code < 500 for code, _ in refused.values())
    return SendResult("temporary" if temporary else "permanent", f"refused {listed}")


def send(settings: SmtpSettings, sender: str, recipients: Sequence[str], data: bytes) -> SendResult:
    """Send one message over a connection of its own."""
    with SmtpConnection(settings) as connection:
        return connection.send(sender, recipients, data)


def check_smtp(settings: SmtpSettings) -> str:
    """One line on what works, e.g. ``SMTP smtp.example.com:587 (STARTTLS): signed
    in as support@example.com; messages up to 35 MB``. Raises
    :class:`MailServerError` with what does not."""
    connection = SmtpConnection(settings)
    try:
        smtp = connection._connect()
    except _Failed as failure:
        raise MailServerError(failure.result.detail) from None
    try:
        signed_in = f"signed in as {settings.user}" if settings.user is not None else "no sign-in"
        line = f"SMTP {settings.address} ({_SECURITY_NAMES[settings.security]}): {signed_in}"
        size = smtp.esmtp_features.get("size", "").strip()
        if size.isdigit() and int(size) > 0:
            line += f"; messages up to {int(size) / 1_000_000:.0f} MB"
        return line
    finally:
        connection._smtp = smtp
        connection.close()
