"""The typed SQLAlchemy mappings: the support programme's set-up (plans, targets,
calendar), the organisation (users, accounts, contacts, exam sessions), the work
(cases, messages, the audit trail) and the append-only change log.

Codes are stored as the plain strings and numbers of the domain enums
(``console.domain``), so that migrations stay simple and other tools can read the
tables. Every record that people edit carries a version column: SQLAlchemy adds
``WHERE version = :seen`` to each update, and a lost race becomes a
``StaleDataError`` instead of a silent overwrite. Nothing here is ever loaded
lazily: services read what they need explicitly and hand out frozen snapshots.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from console.storage.types import BigId, Instant, IntPk, OptionalInstant

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# --- the programme ------------------------------------------------------------------


class PlanRecord(Base):
    """A plan and its entitlements (seeded from SPEC.md, editable by admins)."""

    __tablename__ = "plans"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    label: Mapped[str] = mapped_column(String(80))
    online_resources: Mapped[bool] = mapped_column(Boolean)
    product_suggestions: Mapped[bool] = mapped_column(Boolean)
    product_downloads: Mapped[bool] = mapped_column(Boolean)
    portal_case_management: Mapped[bool] = mapped_column(Boolean)
    live_chat: Mapped[bool] = mapped_column(Boolean)
    multilingual: Mapped[bool] = mapped_column(Boolean)
    priority_queueing: Mapped[bool] = mapped_column(Boolean)
    early_adopter_products: Mapped[bool] = mapped_column(Boolean)
    non_production_trial: Mapped[bool] = mapped_column(Boolean)
    dedicated_tam: Mapped[bool] = mapped_column(Boolean)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class PlanTarget(Base):
    """A first-response target in operational minutes, and the clock it runs on."""

    __tablename__ = "plan_targets"

    plan_code: Mapped[str] = mapped_column(ForeignKey("plans.code"), primary_key=True)
    severity: Mapped[int] = mapped_column(Integer, primary_key=True)
    minutes: Mapped[int] = mapped_column(Integer)
    clock_kind: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("severity BETWEEN 1 AND 4", name="severity_range"),
        CheckConstraint("minutes > 0", name="minutes_positive"),
    )


class SupportCalendarRecord(Base):
    """The one support calendar (row id 1) and the clock's settings."""

    __tablename__ = "support_calendar"

    id: Mapped[IntPk]
    time_zone: Mapped[str] = mapped_column(String(64))
    holiday_regions: Mapped[str] = mapped_column(String(200))  # "CH,DE"
    at_risk_fraction: Mapped[float] = mapped_column(Float)
    at_risk_seconds: Mapped[int] = mapped_column(Integer)
    queue_rules: Mapped[str] = mapped_column(String(400))  # the rule chain, "exam_live,..."
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class CalendarHours(Base):
    """One opening window of one weekday (0 = Monday), minutes after local midnight."""

    __tablename__ = "calendar_hours"

    id: Mapped[IntPk]
    weekday: Mapped[int] = mapped_column(Integer)
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint(
            "start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute", name="window"
        ),
    )


class CalendarClosure(Base):
    """An extra closure date (on top of the public holidays)."""

    __tablename__ = "calendar_closures"

    id: Mapped[IntPk]
    day: Mapped[date] = mapped_column(Date, unique=True)
    reason: Mapped[str] = mapped_column(String(200), default="")


# --- the organisation -------------------------------------------------------------


class User(Base):
    """Somebody who signs in: an agent, a team lead, a TAM or an admin."""

    __tablename__ = "users"

    id: Mapped[IntPk]
    name: Mapped[str] = mapped_column(String(120), unique=True)
    # What the person types at sign-in; on PostgreSQL their login role is
    # "<login>@<database>" (console.storage.access).
    login: Mapped[str] = mapped_column(String(30), unique=True)
    role: Mapped[str] = mapped_column(String(10))
    languages: Mapped[str] = mapped_column(String(100), default="en")  # "en,de"
    presence: Mapped[str] = mapped_column(String(10), default="offline")
    email: Mapped[str | None] = mapped_column(String(200), nullable=True)
    team: Mapped[str | None] = mapped_column(String(80), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # PostgreSQL only (console.domain.people.PasswordState); written by the
    # database's own functions, never by a client.
    password_state: Mapped[str] = mapped_column(String(10), default="none")
    one_time_until: Mapped[OptionalInstant]
    created_at: Mapped[Instant]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("role IN ('agent', 'lead', 'tam', 'admin')", name="role_known"),
        CheckConstraint("presence IN ('online', 'away', 'offline')", name="presence_known"),
        CheckConstraint("password_state IN ('none', 'one_time', 'own')", name="password_state_known"),
    )


class Account(Base):
    """A customer organisation and its plan, TAM and licences."""

    __tablename__ = "accounts"

    id: Mapped[IntPk]
    name: Mapped[str] = mapped_column(String(200), unique=True)
    plan_code: Mapped[str] = mapped_column(ForeignKey("plans.code"))
    tam_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    language: Mapped[str] = mapped_column(String(10), default="en")
    region: Mapped[str | None] = mapped_column(String(40), nullable=True)
    early_adopter: Mapped[bool] = mapped_column(Boolean, default=False)
    trial_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    # The customer's time zone (IANA) for what the console writes to them; None:
    # the support calendar's.
    time_zone: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[Instant]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_accounts_tam_id", "tam_id"),)


class Contact(Base):
    """A person at a customer account."""

    __tablename__ = "contacts"

    id: Mapped[IntPk]
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60), nullable=True)
    language: Mapped[str] = mapped_column(String(10), default="en")
    # None: the account's time zone.
    time_zone: Mapped[str | None] = mapped_column(String(64), nullable=True)

    __table_args__ = (Index("ix_contacts_account_id", "account_id"), Index("ix_contacts_email", "email"))


class ExamSessionRecord(Base):
    """A proctored exam session: one window, or a series by an RFC 5545 rule."""

    __tablename__ = "exam_sessions"

    id: Mapped[IntPk]
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200), default="")
    start_at: Mapped[Instant]
    end_at: Mapped[Instant]
    time_zone: Mapped[str] = mapped_column(String(64))
    rrule: Mapped[str | None] = mapped_column(String(400), nullable=True)
    created_at: Mapped[Instant]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_exam_sessions_account_id", "account_id"),)


class ExamCancellation(Base):
    """A cancelled occurrence of a recurring exam session, by its start."""

    __tablename__ = "exam_cancellations"

    id: Mapped[IntPk]
    session_id: Mapped[int] = mapped_column(ForeignKey("exam_sessions.id", ondelete="CASCADE"))
    occurrence_start: Mapped[Instant]

    __table_args__ = (
        UniqueConstraint("session_id", "occurrence_start", name="uq_exam_cancellations_occurrence"),
    )


class TamNote(Base):
    """A TAM's own note on an account."""

    __tablename__ = "tam_notes"

    id: Mapped[IntPk]
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[Instant]
    updated_at: Mapped[Instant]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


# --- the work --------------------------------------------------------------------------


class Case(Base):
    """A support case and the state of its first-response clock.

    ``plan_code`` is the account's plan when the case was opened (a later plan
    change does not move its clock). ``first_response_due_at`` is None for a paid
    add-on (no clock). ``waiting_since`` is the customer's oldest message that no
    agent has answered yet (queue rule 4 for answered cases).
    """

    __tablename__ = "cases"

    id: Mapped[IntPk]
    number: Mapped[int] = mapped_column(Integer, unique=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), nullable=True)
    subject: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(30))
    severity: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    plan_code: Mapped[str] = mapped_column(ForeignKey("plans.code"))
    language: Mapped[str] = mapped_column(String(10), default="en")
    opened_at: Mapped[Instant]
    first_response_due_at: Mapped[OptionalInstant]
    first_response_at: Mapped[OptionalInstant]
    waiting_since: Mapped[OptionalInstant]
    last_customer_message_at: Mapped[OptionalInstant]
    last_agent_message_at: Mapped[OptionalInstant]
    unread_chat: Mapped[int] = mapped_column(Integer, default=0)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    solved_at: Mapped[OptionalInstant]
    # How the customer reached the team (console.domain.cases.Channel).
    channel: Mapped[str] = mapped_column(String(10), default="console", server_default="console")
    # The closed case a customer wrote to again (their mail opened this one).
    previous_case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), nullable=True)
    updated_at: Mapped[Instant]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("severity BETWEEN 1 AND 4", name="severity_range"),
        CheckConstraint("channel IN ('console', 'email')", name="channel_known"),
        CheckConstraint(
            "status IN ('new', 'open', 'pending_customer', 'on_hold', 'solved', 'closed')",
            name="status_known",
        ),
        Index("ix_cases_status_assignee", "status", "assignee_id"),
        Index("ix_cases_assignee_id", "assignee_id"),
        Index("ix_cases_account_id", "account_id"),
        Index("ix_cases_first_response_due_at", "first_response_due_at"),
        # SLA attainment reads the clocks answered in a period, and the unanswered
        # clocks due in it (first_response_at IS NULL), from this index alone.
        Index("ix_cases_first_response_at", "first_response_at", "first_response_due_at", "status"),
        Index("ix_cases_opened_at", "opened_at"),
    )


class Message(Base):
    """A public reply, an internal note or a chat message on a case."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    author_kind: Mapped[str] = mapped_column(String(10))
    author_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    author_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), nullable=True)
    # A customer's words typed in by an agent (said on the phone): "entered by".
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[Instant]
    # The email this message came in as or goes out as (None: typed in the console).
    email_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("emails.id"), nullable=True, unique=True)

    __table_args__ = (
        CheckConstraint("kind IN ('reply', 'note', 'chat')", name="kind_known"),
        CheckConstraint("author_kind IN ('agent', 'customer', 'system')", name="author_kind_known"),
        Index("ix_messages_case_id_id", "case_id", "id"),
    )


class CaseEvent(Base):
    """One line of a case's audit trail: who, when, what, old and new value."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    at: Mapped[Instant]
    action: Mapped[str] = mapped_column(String(30))
    field: Mapped[str | None] = mapped_column(String(40), nullable=True)
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (Index("ix_case_events_case_id_id", "case_id", "id"),)


class ChangeLog(Base):
    """Append-only: one row for every change, written in the changing transaction.
    Consoles follow it by id to learn what others changed."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[Instant]
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(30))
    actor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)

    # Consoles ask "has the set-up changed since id N?" on every use case.
    __table_args__ = (Index("ix_change_log_entity_id", "entity", "id"),)


class TileThreshold(Base):
    """A team lead's green / amber / red limits for one wallboard tile (by its code
    in ``console.domain.tiles``). A tile without a row uses the domain defaults."""

    __tablename__ = "tile_thresholds"

    tile: Mapped[str] = mapped_column(String(40), primary_key=True)
    amber: Mapped[float] = mapped_column(Float)
    red: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[Instant]
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class StatusMove(Base):
    """A status move a case may make (console.domain.cases.allowed_moves): read by
    the database's own check of people's writes (migration 0003); a test holds
    the rows equal to the domain's rule."""

    __tablename__ = "status_moves"

    from_status: Mapped[str] = mapped_column(String(20), primary_key=True)
    to_status: Mapped[str] = mapped_column(String(20), primary_key=True)


class Counter(Base):
    """Named counters (the next case number), bumped inside the writing transaction."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


# --- email -----------------------------------------------------------------------------


class MailSettings(Base):
    """The mail service's settings: one row (id 1). Passwords are never here: the
    service finds them in its machine's keyring, systemd credentials or a private
    file (console.channels.email.secrets)."""

    __tablename__ = "mail_settings"

    id: Mapped[IntPk]
    imap_host: Mapped[str] = mapped_column(String(255), default="")
    imap_port: Mapped[int] = mapped_column(Integer, default=993)
    imap_security: Mapped[str] = mapped_column(String(10), default="ssl")
    imap_user: Mapped[str] = mapped_column(String(255), default="")
    imap_folder: Mapped[str] = mapped_column(String(255), default="INBOX")
    imap_processed_folder: Mapped[str | None] = mapped_column(String(255), nullable=True)
    smtp_host: Mapped[str] = mapped_column(String(255), default="")
    smtp_port: Mapped[int] = mapped_column(Integer, default=587)
    smtp_security: Mapped[str] = mapped_column(String(10), default="starttls")
    smtp_user: Mapped[str | None] = mapped_column(String(255), nullable=True)
    from_address: Mapped[str] = mapped_column(String(320), default="")
    from_name: Mapped[str] = mapped_column(String(200), default="")
    max_message_bytes: Mapped[int] = mapped_column(Integer, default=25 * 1024 * 1024)
    poll_seconds: Mapped[int] = mapped_column(Integer, default=60)
    default_severity: Mapped[int] = mapped_column(Integer, default=3)
    acknowledge: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[OptionalInstant]
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("imap_security IN ('ssl', 'starttls', 'none')", name="imap_security_known"),
        CheckConstraint("smtp_security IN ('ssl', 'starttls', 'none')", name="smtp_security_known"),
        CheckConstraint("default_severity BETWEEN 1 AND 4", name="default_severity_range"),
    )


class EmailRecord(Base):
    """One email, received (``direction`` 'in') or sent ('out'), with the headers
    the console threads by and shows, and its bytes as they came or went.

    ``rfc_message_id`` is unique: a message read twice (a crash between the case
    write and the mailbox flag, a second mail service, a copy of our own mail
    coming back) is recognised and taken once. ``triage`` is set for a message
    from a sender no account knows: 'waiting' until an agent links it to an
    account ('linked', then 'acknowledged' once the mail service has answered) or
    closes it ('closed'); ``triage_root_id`` ties a follow-up to the first message
    of its thread."""

    __tablename__ = "emails"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    direction: Mapped[str] = mapped_column(String(3))
    rfc_message_id: Mapped[str] = mapped_column(String(998), unique=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), nullable=True)
    sender: Mapped[str] = mapped_column(String(320))
    sender_name: Mapped[str] = mapped_column(String(200), default="")
    recipients_to: Mapped[str] = mapped_column(Text, default="")
    recipients_cc: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    in_reply_to: Mapped[str] = mapped_column(Text, default="")
    references: Mapped[str] = mapped_column(Text, default="")
    dated_at: Mapped[OptionalInstant]
    received_at: Mapped[Instant]
    automatic: Mapped[str | None] = mapped_column(String(40), nullable=True)
    html: Mapped[str | None] = mapped_column(Text, nullable=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
    triage: Mapped[str | None] = mapped_column(String(12), nullable=True)
    triage_root_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("emails.id"), nullable=True)
    triaged_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("direction IN ('in', 'out')", name="direction_known"),
        CheckConstraint("triage IN ('waiting', 'linked', 'acknowledged', 'closed')", name="triage_known"),
        Index("ix_emails_case_id", "case_id"),
        Index("ix_emails_triage", "triage"),
    )


class Attachment(Base):
    """A file that came with an email, kept with the case."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    email_id: Mapped[int] = mapped_column(BigId, ForeignKey("emails.id", ondelete="CASCADE"))
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(127))
    size: Mapped[int] = mapped_column(Integer)
    inline: Mapped[bool] = mapped_column(Boolean, default=False)
    content_id: Mapped[str | None] = mapped_column(String(255), nullable=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)

    __table_args__ = (Index("ix_attachments_email_id", "email_id"),)


class OutboxItem(Base):
    """Something to send, written in the same transaction as the message it
    carries (a transactional outbox): the mail service drains it. ``state`` is
    'queued' (waiting or retrying at ``next_attempt_at``), 'sending' (taken by a
    service until ``lease_until``), 'sent' or 'failed' (``last_error`` says why)."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    email_id: Mapped[int] = mapped_column(BigId, ForeignKey("emails.id", ondelete="CASCADE"), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(10), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[Instant]
    lease_until: Mapped[OptionalInstant]
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[Instant]
    sent_at: Mapped[OptionalInstant]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("kind IN ('reply', 'acknowledgement')", name="kind_known"),
        CheckConstraint("state IN ('queued', 'sending', 'sent', 'failed')", name="state_known"),
        Index("ix_outbox_state_next_attempt_at", "state", "next_attempt_at"),
        Index("ix_outbox_case_id", "case_id"),
    )


class UnreadableMail(Base):
    """A message the mail service could not read (broken MIME, a header bomb, too
    large), kept whole with the reason until an admin retries or discards it."""

    __tablename__ = "unreadable_mail"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    received_at: Mapped[Instant]
    source: Mapped[str] = mapped_column(String(300))
    reason: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(10), default="waiting")
    resolved_at: Mapped[OptionalInstant]
    resolved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("state IN ('waiting', 'retry', 'retried', 'discarded')", name="state_known"),
    )
