"""Cases as plain data: the status state machine, message and role vocabularies,
and the frozen snapshots that services hand to the command line and the GUI (never
ORM objects)."""

from __future__ import annotations

import enum
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from console.domain.plans import Category, Plan, Severity


class CaseStatus(enum.StrEnum):
    NEW = "new"
    OPEN = "open"
    PENDING_CUSTOMER = "pending_customer"
    ON_HOLD = "on_hold"
    SOLVED = "solved"
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        """Whether the case is still being worked (it stands in the queue)."""
        return self in OPEN_STATUSES

    @classmethod
    def parse(cls, text: str) -> CaseStatus:
        key = text.strip().lower().replace("-", "_").replace(" ", "_")
        aliases = {"pending": "pending_customer", "hold": "on_hold", "resolved": "solved"}
        try:
            return cls(aliases.get(key, key))
        except ValueError:
            known = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown status {text!r} (known: {known})") from None


# The one home of "open": a case is open, and stands in the queue, in every status
# but solved and closed. Services, SQL filters and the GUI read these, never a list
# of their own.
OPEN_STATUSES: frozenset[CaseStatus] = frozenset(
    {CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING_CUSTOMER, CaseStatus.ON_HOLD}
)
# The same statuses as the strings stored in ``cases.status``, in the enum's order
# so that a SQL ``IN (...)`` reads the same on every run.
OPEN_STATUS_CODES: tuple[str, ...] = tuple(s.value for s in CaseStatus if s in OPEN_STATUSES)
# Waiting for an agent: open, neither pending the customer nor on hold. The cases
# an agent may claim, and those the wallboard counts as waiting.
WAITING_STATUSES: frozenset[CaseStatus] = frozenset({CaseStatus.NEW, CaseStatus.OPEN})
WAITING_STATUS_CODES: tuple[str, ...] = tuple(s.value for s in CaseStatus if s in WAITING_STATUSES)

_MOVES: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.NEW: frozenset(
        {CaseStatus.OPEN, CaseStatus.PENDING_CUSTOMER, CaseStatus.ON_HOLD, CaseStatus.SOLVED}
    ),
    CaseStatus.OPEN: frozenset({CaseStatus.PENDING_CUSTOMER, CaseStatus.ON_HOLD, CaseStatus.SOLVED}),
    CaseStatus.PENDING_CUSTOMER: frozenset({CaseStatus.OPEN, CaseStatus.ON_HOLD, CaseStatus.SOLVED}),
    CaseStatus.ON_HOLD: frozenset({CaseStatus.OPEN, CaseStatus.PENDING_CUSTOMER, CaseStatus.SOLVED}),
    CaseStatus.SOLVED: frozenset({CaseStatus.OPEN, CaseStatus.CLOSED}),
    CaseStatus.CLOSED: frozenset(),
}


def allowed_moves(status: CaseStatus) -> frozenset[CaseStatus]:
    """The statuses a case may move to from ``status``."""
    return _MOVES[status]


def can_move(old: CaseStatus, new: CaseStatus) -> bool:
    return new in _MOVES[old]


class Role(enum.StrEnum):
    AGENT = "agent"
    LEAD = "lead"
    TAM = "tam"
    ADMIN = "admin"

    @classmethod
    def parse(cls, text: str) -> Role:
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise ValueError(f"unknown role {text!r} (known: agent, lead, tam, admin)") from None


class Presence(enum.StrEnum):
    ONLINE = "online"
    AWAY = "away"
    OFFLINE = "offline"


class Channel(enum.StrEnum):
    """How a customer reached the team with a case: typed in the console (the
    phone, the command line, the portal as it stands today) or by email."""

    CONSOLE = "console"
    EMAIL = "email"

    @property
    def label(self) -> str:
        return {Channel.CONSOLE: "Console", Channel.EMAIL: "Email"}[self]


class MessageKind(enum.StrEnum):
    REPLY = "reply"
    NOTE = "note"
    CHAT = "chat"


class AuthorKind(enum.StrEnum):
    AGENT = "agent"
    CUSTOMER = "customer"
    SYSTEM = "system"


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _epoch(value: datetime) -> int:
    delta = value - _EPOCH
    return delta.days * 86400 + delta.seconds


def _optional_epoch(value: datetime | None) -> int | None:
    return None if value is None else _epoch(value)


def instant(epoch: int) -> datetime:
    """The aware UTC datetime of epoch seconds."""
    return _EPOCH + timedelta(seconds=epoch)


class CaseSummary(NamedTuple):
    """One case as the queue needs it. Times are aware UTC datetimes.

    ``due_at`` is the first-response due time (None: a paid add-on, no clock);
    ``waiting_since`` is the customer's oldest message no agent has answered yet.
    The ``*_epoch`` fields are the same instants as UTC epoch seconds, for
    ordering and clocks without conversions. An immutable tuple: the queue builds
    tens of thousands of these, and a tuple is made five times faster than a
    frozen dataclass. Build one with :meth:`create` unless the epochs are at hand.
    """

    id: int
    number: int
    subject: str
    category: Category
    severity: Severity
    status: CaseStatus
    plan: Plan
    account_id: int
    account_name: str
    language: str
    opened_at: datetime
    due_at: datetime | None
    first_response_at: datetime | None
    waiting_since: datetime | None
    assignee_id: int | None
    assignee_name: str | None
    unread_chat: int
    version: int
    opened_epoch: int
    due_epoch: int | None
    responded_epoch: int | None
    waiting_epoch: int | None
    channel: Channel = Channel.CONSOLE

    @classmethod
    def create(
        cls,
        *,
        id: int,
        number: int,
        subject: str,
        category: Category,
        severity: Severity,
        status: CaseStatus,
        plan: Plan,
        account_id: int,
        account_name: str,
        language: str,
        opened_at: datetime,
        due_at: datetime | None,
        first_response_at: datetime | None,
        waiting_since: datetime | None,
        assignee_id: int | None,
        assignee_name: str | None,
        unread_chat: int,
        version: int,
        channel: Channel = Channel.CONSOLE,
    ) -> CaseSummary:
        """A summary from its datetimes (the epochs are worked out here)."""
        return cls(
            id,
            number,
            subject,
            category,
            severity,
            status,
            plan,
            account_id,
            account_name,
            language,
            opened_at,
            due_at,
            first_response_at,
            waiting_since,
            assignee_id,
            assignee_name,
            unread_chat,
            version,
            _epoch(opened_at),
            _optional_epoch(due_at),
            _optional_epoch(first_response_at),
            _optional_epoch(waiting_since),
            channel,
        )

    @property
    def awaiting_first_response(self) -> bool:
        return self.first_response_at is None

    @property
    def has_clock(self) -> bool:
        return self.due_at is not None
