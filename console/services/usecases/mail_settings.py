"""The mail service's settings (one row in the database, edited in the
administration window and with ``admin mail``) and the list of messages it could
not read, which an admin retries or discards. Passwords are never here: see
:mod:`console.channels.email.secrets`."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.domain.permissions import Action
from console.services.base import Service
from console.services.errors import InvalidInput, NotFound
from console.services.infrastructure.database import Database
from console.services.infrastructure.lookup import optional_user
from console.services.permissions import require
from console.storage.models import MailSettings, UnreadableMail, User

SECURITIES = ("ssl", "starttls", "none")
MIN_MESSAGE_BYTES = 1024 * 1024
MAX_MESSAGE_BYTES = 200 * 1024 * 1024
_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"]+@[A-Za-z0-9.-]+\.[A-Za-z0-9-]{2,}$")


@dataclass(frozen=True, slots=True)
class MailSettingsView:
    imap_host: str
    imap_port: int
    imap_security: str
    imap_user: str
    imap_folder: str
    imap_processed_folder: str | None
    smtp_host: str
    smtp_port: int
    smtp_security: str
    smtp_user: str | None
    from_address: str
    from_name: str
    max_message_bytes: int
    poll_seconds: int
    default_severity: int
    acknowledge: bool
    version: int
    updated_at: datetime | None = None
    updated_by: str | None = None

    @property
    def receives(self) -> bool:
        """Whether an IMAP mailbox is set (``mail run`` reads it)."""
        return bool(self.imap_host and self.imap_user)

    @property
    def sends(self) -> bool:
        """Whether an SMTP server and a From address are set (replies can leave)."""
        return bool(self.smtp_host and self.from_address)

    @property
    def sender_domain(self) -> str:
        return self.from_address.rpartition("@")[2] or "support-console.invalid"


# The fields an admin may change, with how each is checked.
EDITABLE = tuple(
    f.name for f in fields(MailSettingsView) if f.name not in ("version", "updated_at", "updated_by")
)


@dataclass(frozen=True, slots=True)
class UnreadableView:
    id: int
    received_at: datetime
    source: str
    reason: str
    size: int
    state: str


def is_address(text: str) -> bool:
    """A plain mailbox address (``support@example.com``), as the settings take it."""
    return bool(_ADDRESS.match(text))


def settings_view(session: Session) -> MailSettingsView:
    row = session.get(MailSettings, 1)
    if row is None:  # the migration seeds it; a hand-made database may lack it
        row = MailSettings(id=1)
        session.add(row)
        session.flush()
    updated_by = None if row.updated_by is None else session.get_one(User, row.updated_by).name
    return MailSettingsView(
        **{name: getattr(row, name) for name in EDITABLE},
        version=row.version,
        updated_at=row.updated_at,
        updated_by=updated_by,
    )


def _checked(name: str, value: Any) -> Any:
    """One setting as stored, or InvalidInput saying what is wrong with it."""
    if name.endswith("_port"):
        port = _integer(name, value)
        if not 1 <= port <= 65535:
            raise InvalidInput(f"{_label(name)} must be 1 to 65535, not {port}")
        return port
    if name.endswith("_security"):
        text = str(value).strip().lower()
        if text not in SECURITIES:
            raise InvalidInput(f"{_label(name)} must be one of {', '.join(SECURITIES)}, not {value!r}")
        return text
    if name == "max_message_bytes":
        size = _integer(name, value)
        if not MIN_MESSAGE_BYTES <= size <= MAX_MESSAGE_BYTES:
            raise InvalidInput(
                f"the message size limit must be {MIN_MESSAGE_BYTES // 2**20} to "
                f"{MAX_MESSAGE_BYTES // 2**20} MB, not {size / 2**20:.1f} MB"
            )
        return size
    if name == "poll_seconds":
        seconds = _integer(name, value)
        if not 5 <= seconds <= 3600:
            raise InvalidInput(f"the polling interval must be 5 to 3600 seconds, not {seconds}")
        return seconds
    if name == "default_severity":
        severity = _integer(name, value)
        if not 1 <= severity <= 4:
            raise InvalidInput(f"the default severity must be 1 to 4, not {severity}")
        return severity
    if name == "acknowledge":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("yes", "true", "on", "1"):
            return True
        if text in ("no", "false", "off", "0"):
            return False
        raise InvalidInput(f"acknowledge must be yes or no, not {value!r}")
    text = "" if value is None else str(value).strip()
    if any(ch in text for ch in "\r\n\t\0"):
        raise InvalidInput(f"{_label(name)} may not contain line breaks or tabs")
    if name == "from_address" and text and not is_address(text):
        raise InvalidInput(f"{text!r} is not an email address (e.g. support@example.com)")
    if name in ("imap_processed_folder", "smtp_user"):
        return text or None
    if name == "imap_folder" and not text:
        return "INBOX"
    return text


def _integer(name: str, value: Any) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        raise InvalidInput(f"{_label(name)} must be a whole number, not {value!r}") from None


def _label(name: str) -> str:
    return name.replace("imap_", "IMAP ").replace("smtp_", "SMTP ").replace("_", " ")


class MailSettingsService(Service):
    def settings(self) -> MailSettingsView:
        with self.db.read() as session:
            return settings_view(session)

    def change(
        self,
        changes: Mapping[str, Any],
        actor: str | int | None = None,
        expected_version: int | None = None,
    ) -> MailSettingsView:
        """Change some settings at once (all or none); ``expected_version``: the
        version the admin saw (a colleague's change in between is a conflict)."""
        unknown = sorted(set(changes) - set(EDITABLE))
        if unknown:
            raise InvalidInput(
                f"unknown mail setting(s): {', '.join(unknown)} (known: {', '.join(EDITABLE)})"
            )
        checked = {name: _checked(name, value) for name, value in changes.items()}
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.CONFIGURE_MAIL)
            settings_view(session)
            row = session.get_one(MailSettings, 1)
            if expected_version is not None and row.version != expected_version:
                raise InvalidInput(
                    "the mail settings were changed by someone else since you opened them — reload"
                )
            for name, value in checked.items():
                setattr(row, name, value)
            row.updated_at = moment
            row.updated_by = None if who is None else who.id
            Database.record_change(
                session, "mail_settings", 1, "changed", actor_id=None if who is None else who.id, at=moment
            )
            session.flush()
            return settings_view(session)

    # -- the messages that could not be read -------------------------------------------

    def unreadable(self, include_resolved: bool = False) -> tuple[UnreadableView, ...]:
        with self.db.read() as session:
            query = select(UnreadableMail).order_by(UnreadableMail.id)
            if not include_resolved:
                query = query.where(UnreadableMail.state.in_(("waiting", "retry")))
            return tuple(_unreadable_view(row) for row in session.scalars(query))

    def unreadable_raw(self, item_id: int) -> bytes:
        with self.db.read() as session:
            return _unreadable(session, item_id).raw

    def discard(self, item_id: int, actor: str | int | None = None) -> UnreadableView:
        """Give up on a message (it stays stored, marked discarded)."""
        return self._resolve(item_id, "discarded", actor)

    def request_retry(self, item_id: int, actor: str | int | None = None) -> UnreadableView:
        """Ask the mail service to read the message again (after an upgrade, or a
        larger size limit); it does so on its next round."""
        return self._resolve(item_id, "retry", actor)

    def _resolve(self, item_id: int, state: str, actor: str | int | None) -> UnreadableView:
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.CONFIGURE_MAIL)
            row = _unreadable(session, item_id)
            if row.state not in ("waiting", "retry"):
                raise InvalidInput(f"message {item_id} was already {row.state}")
            row.state = state
            row.resolved_at = moment
            row.resolved_by = None if who is None else who.id
            Database.record_change(
                session, "unreadable", item_id, state, actor_id=None if who is None else who.id, at=moment
            )
            session.flush()
            return _unreadable_view(row)


def _unreadable(session: Session, item_id: int) -> UnreadableMail:
    row = session.get(UnreadableMail, item_id)
    if row is None:
        raise NotFound(f"no unreadable message {item_id}")
    return row


def _unreadable_view(row: UnreadableMail) -> UnreadableView:
    return UnreadableView(row.id, row.received_at, row.source, row.reason, row.size, row.state)
