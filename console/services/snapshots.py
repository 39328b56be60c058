"""Frozen snapshots of stored records, and the queries that build them in bulk.

Services hand these to the command line and the GUI; no ORM object leaves a
session. Case summaries are read with one Core query (no ORM identity map), which
is what lets the queue load tens of thousands of cases quickly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import aliased

from console.domain.cases import AuthorKind, CaseStatus, CaseSummary, MessageKind, Presence, Role
from console.domain.plans import Category, Plan, Severity
from console.storage.models import Account, Case, CaseEvent, Contact, Message, User

_Assignee = aliased(User)

SUMMARY_COLUMNS = (
    Case.id,
    Case.number,
    Case.subject,
    Case.category,
    Case.severity,
    Case.status,
    Case.plan_code,
    Case.account_id,
    Account.name,
    Case.language,
    Case.opened_at,
    Case.first_response_due_at,
    Case.first_response_at,
    Case.waiting_since,
    Case.assignee_id,
    _Assignee.name,
    Case.unread_chat,
    Case.version,
)


def summary_query() -> Select[tuple[object, ...]]:
    """Cases with their account and assignee names, ready for :func:`summary_of`."""
    return (
        select(*SUMMARY_COLUMNS)
        .join(Account, Account.id == Case.account_id)
        .outerjoin(_Assignee, _Assignee.id == Case.assignee_id)
    )


_PLANS = {plan.value: plan for plan in Plan}
_SEVERITIES = {int(s): s for s in Severity}
_STATUSES = {s.value: s for s in CaseStatus}
_CATEGORIES = {c.value: c for c in Category}


def summary_of(row: Row[tuple[object, ...]] | Sequence[object]) -> CaseSummary:
    (
        id_,
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
    ) = row
    return CaseSummary(
        id=id_,  # type: ignore[arg-type]
        number=number,  # type: ignore[arg-type]
        subject=subject,  # type: ignore[arg-type]
        category=_CATEGORIES[category],  # type: ignore[index]
        severity=_SEVERITIES[severity],  # type: ignore[index]
        status=_STATUSES[status],  # type: ignore[index]
        plan=_PLANS[plan],  # type: ignore[index]
        account_id=account_id,  # type: ignore[arg-type]
        account_name=account_name,  # type: ignore[arg-type]
        language=language,  # type: ignore[arg-type]
        opened_at=opened_at,  # type: ignore[arg-type]
        due_at=due_at,  # type: ignore[arg-type]
        first_response_at=first_response_at,  # type: ignore[arg-type]
        waiting_since=waiting_since,  # type: ignore[arg-type]
        assignee_id=assignee_id,  # type: ignore[arg-type]
        assignee_name=assignee_name,  # type: ignore[arg-type]
        unread_chat=unread_chat,  # type: ignore[arg-type]
        version=version,  # type: ignore[arg-type]
    )


@dataclass(frozen=True, slots=True)
class UserView:
    id: int
    name: str
    role: Role
    languages: tuple[str, ...]
    presence: Presence
    email: str | None
    team: str | None
    active: bool
    version: int


def user_view(user: User) -> UserView:
    return UserView(
        user.id,
        user.name,
        Role(user.role),
        tuple(code for code in user.languages.split(",") if code),
        Presence(user.presence),
        user.email,
        user.team,
        user.active,
        user.version,
    )


@dataclass(frozen=True, slots=True)
class ContactView:
    id: int
    name: str
    email: str
    phone: str | None
    language: str


@dataclass(frozen=True, slots=True)
class AccountView:
    id: int
    name: str
    plan: Plan
    tam_id: int | None
    tam_name: str | None
    language: str
    region: str | None
    early_adopter: bool
    trial_until: date | None
    created_at: datetime
    version: int
    contacts: tuple[ContactView, ...] = ()
    open_cases: int = 0


def account_view(
    account: Account, tam_name: str | None, contacts: Sequence[Contact] = (), open_cases: int = 0
) -> AccountView:
    return AccountView(
        account.id,
        account.name,
        Plan(account.plan_code),
        account.tam_id,
        tam_name,
        account.language,
        account.region,
        account.early_adopter,
        account.trial_until,
        account.created_at,
        account.version,
        tuple(ContactView(c.id, c.name, c.email, c.phone, c.language) for c in contacts),
        open_cases,
    )


@dataclass(frozen=True, slots=True)
class MessageView:
    id: int
    kind: MessageKind
    author_kind: AuthorKind
    author_name: str
    body: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class EventView:
    id: int
    at: datetime
    user_name: str | None
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """A case with its account, messages and audit trail (the case view)."""

    summary: CaseSummary
    account: AccountView
    contact: ContactView | None
    messages: tuple[MessageView, ...]
    events: tuple[EventView, ...]
    solved_at: datetime | None
    updated_at: datetime


def message_view(message: Message, user_names: dict[int, str], contact_names: dict[int, str]) -> MessageView:
    if message.author_user_id is not None:
        author = user_names.get(message.author_user_id, "agent")
    elif message.author_contact_id is not None:
        author = contact_names.get(message.author_contact_id, "customer")
    else:
        author = "customer" if message.author_kind == AuthorKind.CUSTOMER.value else "system"
    return MessageView(
        message.id,
        MessageKind(message.kind),
        AuthorKind(message.author_kind),
        author,
        message.body,
        message.created_at,
    )


def event_view(event: CaseEvent, user_names: dict[int, str]) -> EventView:
    return EventView(
        event.id,
        event.at,
        None if event.user_id is None else user_names.get(event.user_id),
        event.action,
        event.field,
        event.old_value,
        event.new_value,
    )
