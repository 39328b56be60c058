"""Frozen snapshots of stored records, and the queries that build them in bulk.

Services hand these to the command line and the GUI; no ORM object leaves a
session. Case summaries are read with one Core query (no ORM identity map), which
is what lets the queue load tens of thousands of cases quickly.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from console.domain.cases import (
    AuthorKind,
    CaseStatus,
    CaseSummary,
    Channel,
    MessageKind,
    Presence,
    Role,
    instant,
)
from console.domain.people import PasswordState
from console.domain.plans import PLAN_BY_CODE, SEVERITY_BY_NUMBER, Category, Plan
from console.storage.models import (
    Account,
    Attachment,
    Case,
    CaseEvent,
    Contact,
    EmailRecord,
    Message,
    OutboxItem,
    User,
)
from console.storage.types import EpochSeconds

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
    EpochSeconds(Case.opened_at),
    EpochSeconds(Case.first_response_due_at),
    EpochSeconds(Case.first_response_at),
    EpochSeconds(Case.waiting_since),
    Case.assignee_id,
    _Assignee.name,
    Case.unread_chat,
    Case.version,
    Case.channel,
)


def summary_query() -> Select[tuple[object, ...]]:
    """Cases with their account and assignee names, ready for :func:`summary_of`."""
    return (
        select(*SUMMARY_COLUMNS)
        .join(Account, Account.id == Case.account_id)
        .outerjoin(_Assignee, _Assignee.id == Case.assignee_id)
    )


@contextlib.contextmanager
def collector_paused(freeze: bool = False) -> Iterator[None]:
    """Building tens of thousands of snapshots makes Python's cycle collector run
    again and again over the growing heap (it was a third of the queue's time);
    snapshots hold no cycles, so it waits until they are built.

    With ``freeze`` the objects built are moved out of the collector's sight when
    it resumes (``gc.freeze``): otherwise its first pass over them holds the
    interpreter for up to a few hundred milliseconds, which a GUI thread waiting
    for the interpreter feels as a stall. They are still freed by reference
    counting; :func:`release_frozen` hands them back on the next full reload."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if was_enabled:
            gc.enable()


def release_frozen() -> None:
    """Let the collector look at frozen objects again (any cycles among them)."""
    gc.unfreeze()


def fetch_summaries(session: Session, query: Select[tuple[object, ...]]) -> list[CaseSummary]:
    """Run a :func:`summary_query` straight on the driver's cursor and build the
    summaries from plain tuples: for tens of thousands of cases SQLAlchemy's
    row objects cost more than the query itself. The statement is compiled with
    its parameters inline (they are the code's own constants, never user text)."""
    connection = session.connection()
    sql = str(query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
        rows = cursor.fetchall()
    finally:
        cursor.close()
    return [summary_of(row) for row in rows]


_STATUSES = {s.value: s for s in CaseStatus}
_CATEGORIES = {c.value: c for c in Category}
_CHANNELS = {c.value: c for c in Channel}


def summary_of(row: Sequence[Any]) -> CaseSummary:
    """A summary from one row of :func:`summary_query` (epochs straight from SQL)."""
    opened, due, responded, waiting = row[10], row[11], row[12], row[13]
    return CaseSummary(
        row[0],
        row[1],
        row[2],
        _CATEGORIES[row[3]],
        SEVERITY_BY_NUMBER[row[4]],
        _STATUSES[row[5]],
        PLAN_BY_CODE[row[6]],
        row[7],
        row[8],
        row[9],
        instant(opened),
        None if due is None else instant(due),
        None if responded is None else instant(responded),
        None if waiting is None else instant(waiting),
        row[14],
        row[15],
        row[16],
        row[17],
        opened,
        due,
        responded,
        waiting,
        _CHANNELS[row[18]],
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
    login: str = ""
    password_state: PasswordState = PasswordState.NONE
    one_time_until: datetime | None = None


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
        user.login,
        PasswordState(user.password_state),
        user.one_time_until,
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
class AttachmentView:
    """A file that came with an email (its bytes are read on demand)."""

    id: int
    filename: str
    content_type: str
    size: int
    inline: bool


@dataclass(frozen=True, slots=True)
class AttachmentFile:
    """An attachment's bytes, to save."""

    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class EmailView:
    """The email a message came in as or went out as: its addresses, and for one
    the console sends, where it stands (``delivery``: queued, sending, sent or
    failed, with the server's words in ``delivery_error``)."""

    id: int
    direction: str
    sender: str
    to: str
    cc: str
    subject: str
    automatic: str | None = None
    has_html: bool = False
    delivery: str | None = None
    delivery_error: str | None = None
    attachments: tuple[AttachmentView, ...] = ()


@dataclass(frozen=True, slots=True)
class MessageView:
    id: int
    kind: MessageKind
    author_kind: AuthorKind
    author_name: str
    body: str
    created_at: datetime
    # The agent who typed in a customer's words (said on the phone), if one did.
    entered_by: str | None = None
    email: EmailView | None = None


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
    # The closed case this one follows (the customer wrote to it again).
    previous_case_number: int | None = None


def message_view(
    message: Message,
    user_names: dict[int, str],
    contact_names: dict[int, str],
    emails: dict[int, EmailView] | None = None,
) -> MessageView:
    mail = None if message.email_id is None or emails is None else emails.get(message.email_id)
    if message.author_user_id is not None:
        author = user_names.get(message.author_user_id, "agent")
    elif message.author_contact_id is not None:
        author = contact_names.get(message.author_contact_id, "customer")
    elif mail is not None and mail.direction == "in":
        author = mail.sender
    else:
        author = "customer" if message.author_kind == AuthorKind.CUSTOMER.value else "system"
    return MessageView(
        message.id,
        MessageKind(message.kind),
        AuthorKind(message.author_kind),
        author,
        message.body,
        message.created_at,
        None if message.entered_by_id is None else user_names.get(message.entered_by_id, "agent"),
        mail,
    )


def email_views(session: Session, email_ids: Sequence[int]) -> dict[int, EmailView]:
    """The emails with these ids, with their delivery state and attachments (not
    the attachments' bytes, nor the raw mail)."""
    if not email_ids:
        return {}
    ids = sorted(set(email_ids))
    files: dict[int, list[AttachmentView]] = {}
    for row in session.execute(
        select(
            Attachment.email_id,
            Attachment.id,
            Attachment.filename,
            Attachment.content_type,
            Attachment.size,
            Attachment.inline,
        )
        .where(Attachment.email_id.in_(ids))
        .order_by(Attachment.id)
    ):
        files.setdefault(row[0], []).append(AttachmentView(row[1], row[2], row[3], row[4], row[5]))
    delivery = {
        row[0]: (row[1], row[2])
        for row in session.execute(
            select(OutboxItem.email_id, OutboxItem.state, OutboxItem.last_error).where(
                OutboxItem.email_id.in_(ids)
            )
        )
    }
    views: dict[int, EmailView] = {}
    for mail in session.execute(
        select(
            EmailRecord.id,
            EmailRecord.direction,
            EmailRecord.sender,
            EmailRecord.sender_name,
            EmailRecord.recipients_to,
            EmailRecord.recipients_cc,
            EmailRecord.subject,
            EmailRecord.automatic,
            EmailRecord.html.is_not(None),
        ).where(EmailRecord.id.in_(ids))
    ):
        state, error = delivery.get(mail[0], (None, None))
        sender = f"{mail[3]} <{mail[2]}>" if mail[3] else mail[2]
        views[mail[0]] = EmailView(
            mail[0],
            mail[1],
            sender,
            mail[4],
            mail[5],
            mail[6],
            mail[7],
            bool(mail[8]),
            state,
            error,
            tuple(files.get(mail[0], ())),
        )
    return views


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
