"""Customers' mail becomes cases and messages: one received message, one
transaction.

What a message becomes, in this order:
1. one already stored (same Message-ID: read twice after a crash, taken by a
   second mail service, or our own mail coming back) — nothing;
2. a bounce of a message the console sent — that message is marked failed;
3. an answer in a thread the console knows (In-Reply-To / References against the
   Message-IDs it stored and sent), else a subject with a case tag ``[#11251]``
   from a sender the case knows — a message on that case: a solved case
   reopens, a closed one is followed by a new case that links it;
4. from a contact of an account — a new case on that account's plan, language
   and clock, opened when the message arrived, acknowledged to the customer;
5. from anyone else — waiting in the unknown senders' list, without a clock,
   until an agent links it to an account (:mod:`triage`) or closes it.
A message that cannot be read is kept whole in the "could not read" list.
Machine-written mail (auto-replies, bounces, lists) is never acknowledged and
never reopens a case.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from console.channels.email.parse import parse_email
from console.channels.email.parsed import Address, ParsedEmail, UnreadableEmail
from console.channels.email.tags import case_number_in
from console.domain.cases import AuthorKind, CaseStatus, Channel, MessageKind
from console.domain.plans import Category, Plan, Severity
from console.services.base import Service
from console.services.errors import InvalidInput
from console.services.infrastructure.database import Database, to_second
from console.services.infrastructure.programme import Programme
from console.services.usecases.casework import audit, due_time, log_case_change, next_case_number
from console.services.usecases.conversation import MAX_BODY
from console.services.usecases.mail_settings import MailSettingsView, settings_view
from console.services.usecases.outbox import queue_acknowledgement
from console.storage.models import (
    Account,
    Attachment,
    Case,
    Contact,
    EmailRecord,
    Message,
    OutboxItem,
    UnreadableMail,
)

MAX_SUBJECT = 300
NO_SUBJECT = "(no subject)"
# A message dated a little ahead of this machine's clock is not refused for it.
ARRIVAL_TOLERANCE = timedelta(minutes=5)


class Outcome(enum.StrEnum):
    NEW_CASE = "new case"
    MESSAGE = "message on a case"
    REOPENED = "reopened a solved case"
    FOLLOW_UP_CASE = "new case after a closed one"
    TRIAGE = "unknown sender"
    DUPLICATE = "already taken"
    BOUNCE = "bounce of our mail"
    UNREADABLE = "could not be read"


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What one message became; ``detail`` is a sentence for the service's log."""

    outcome: Outcome
    message_id: str | None
    case_number: int | None = None
    detail: str = ""


class MailIngestService(Service):
    def ingest(self, raw: bytes, *, source: str, arrived_at: datetime | None = None) -> IngestResult:
        """Take one RFC 5322 message. ``arrived_at``: when the mail server
        received it (IMAP's INTERNALDATE), else now; a new case's clock starts then."""
        with self.db.read() as session:
            settings = settings_view(session)
        now = self.clock()
        arrival = now if arrived_at is None else min(to_second(arrived_at), now)
        try:
            parsed = parse_email(raw, max_bytes=settings.max_message_bytes)
        except UnreadableEmail as error:
            return self._keep_unreadable(raw, source, error.reason, now)
        try:
            return self._take(parsed, raw, settings, arrival, now)
        except InvalidInput:
            # A second service stored the same message between our check and our
            # write: the unique Message-ID refused ours.
            with self.db.read() as session:
                if _stored(session, parsed.message_id) is not None:
                    return IngestResult(
                        Outcome.DUPLICATE, parsed.message_id, detail="taken by another service"
                    )
            raise

    def retry_unreadable(self, item_id: int) -> IngestResult:
        """Read a kept message again (the admin asked to); it leaves the list when
        it can now be read."""
        with self.db.read() as session:
            row = session.get(UnreadableMail, item_id)
            if row is None:
                raise InvalidInput(f"no unreadable message {item_id}")
            raw, received = row.raw, row.received_at
        result = self.ingest(raw, source=f"retry of unreadable message {item_id}", arrived_at=received)
        with self.db.write() as session:
            row = session.get_one(UnreadableMail, item_id)
            row.state = "waiting" if result.outcome is Outcome.UNREADABLE else "retried"
            row.resolved_at = None if result.outcome is Outcome.UNREADABLE else self.clock()
            if result.outcome is Outcome.UNREADABLE:
                row.reason = result.detail
            Database.record_change(session, "unreadable", item_id, row.state, at=self.clock())
        return result

    def pending_retries(self) -> tuple[int, ...]:
        with self.db.read() as session:
            return tuple(
                session.scalars(
                    select(UnreadableMail.id)
                    .where(UnreadableMail.state == "retry")
                    .order_by(UnreadableMail.id)
                )
            )

    # -- the one transaction ---------------------------------------------------------

    def _take(
        self, parsed: ParsedEmail, raw: bytes, settings: MailSettingsView, arrival: datetime, now: datetime
    ) -> IngestResult:
        with self.db.write() as session:
            if _stored(session, parsed.message_id) is not None:
                return IngestResult(Outcome.DUPLICATE, parsed.message_id, detail="already stored")
            if parsed.bounced_message_ids:
                bounced = self._bounce(session, parsed, raw, now)
                if bounced is not None:
                    return bounced
            sender = parsed.sender.address
            contact = _contact_for(session, sender)
            thread = _thread_email(session, parsed.thread_ids)
            case: Case | None = None
            if thread is not None and thread.case_id is not None:
                case = session.get_one(Case, thread.case_id)
            elif thread is None:
                case = _tagged_case(session, parsed.subject, sender)
            if case is None and thread is not None and thread.triage is not None:
                root = thread.triage_root_id or thread.id
                email = _store_email(session, parsed, raw, now, case_id=None)
                email.triage = "waiting"
                email.triage_root_id = root
                Database.record_change(session, "triage", root, "follow_up", at=now)
                return IngestResult(
                    Outcome.TRIAGE,
                    parsed.message_id,
                    detail=f"follow-up from {sender} to unknown-sender mail",
                )
            programme = self.loader.load(session)
            if case is not None and case.status != CaseStatus.CLOSED.value:
                return self._on_case(session, case, parsed, raw, contact, now)
            if case is not None:  # closed: the customer writes again
                account = session.get_one(Account, case.account_id)
                old_contact = None if case.contact_id is None else session.get(Contact, case.contact_id)
                if contact is None or contact.account_id != account.id:
                    contact = old_contact
                new = self._new_case(
                    session, programme, settings, account, contact, parsed, raw, arrival, now
                )
                new.previous_case_id = case.id
                audit(session, new, None, "follows", now, "previous_case", None, f"#{case.number}")
                return IngestResult(
                    Outcome.FOLLOW_UP_CASE,
                    parsed.message_id,
                    new.number,
                    f"#{case.number} is closed: opened #{new.number} for {sender}",
                )
            if contact is not None:
                account = session.get_one(Account, contact.account_id)
                new = self._new_case(
                    session, programme, settings, account, contact, parsed, raw, arrival, now
                )
                return IngestResult(
                    Outcome.NEW_CASE, parsed.message_id, new.number, f"opened #{new.number} for {sender}"
                )
            email = _store_email(session, parsed, raw, now, case_id=None)
            email.triage = "waiting"
            email.received_at = arrival
            Database.record_change(session, "triage", email.id, "arrived", at=now)
            return IngestResult(Outcome.TRIAGE, parsed.message_id, detail=f"no account knows {sender}")

    def _on_case(
        self,
        session: Session,
        case: Case,
        parsed: ParsedEmail,
        raw: bytes,
        contact: Contact | None,
        now: datetime,
    ) -> IngestResult:
        if self.db.is_postgres:
            session.refresh(case, with_for_update=True)
        email = _store_email(session, parsed, raw, now, case_id=case.id)
        author = contact if contact is not None and contact.account_id == case.account_id else None
        session.add(_customer_message(case, email, parsed, author, now))
        outcome = Outcome.MESSAGE
        if parsed.automatic is None:
            case.last_customer_message_at = now
            if case.waiting_since is None:
                case.waiting_since = now
            if case.status in (CaseStatus.PENDING_CUSTOMER.value, CaseStatus.SOLVED.value):
                if case.status == CaseStatus.SOLVED.value:
                    outcome = Outcome.REOPENED
                old = case.status
                case.status = CaseStatus.OPEN.value
                case.solved_at = None
                audit(session, case, None, "status", now, "status", old, case.status)
        case.updated_at = now
        audit(session, case, None, "customer_reply", now, "channel", None, Channel.EMAIL.value)
        log_case_change(session, case, "customer_reply", None, now)
        return IngestResult(
            outcome, parsed.message_id, case.number, f"{parsed.sender.address} wrote on #{case.number}"
        )

    def _new_case(
        self,
        session: Session,
        programme: Programme,
        settings: MailSettingsView,
        account: Account,
        contact: Contact | None,
        parsed: ParsedEmail,
        raw: bytes,
        arrival: datetime,
        now: datetime,
    ) -> Case:
        severity = Severity(settings.default_severity)
        case = open_email_case(
            session, programme, account, contact, parsed.subject, severity, arrival, arrival, now
        )
        plan = Plan(case.plan_code)
        email = _store_email(session, parsed, raw, now, case_id=case.id)
        email.received_at = arrival
        session.add(_customer_message(case, email, parsed, contact, arrival))
        audit(session, case, None, "opened", arrival, new=f"severity {int(severity)}, {plan.label}, by email")
        log_case_change(session, case, "opened", None, now)
        if settings.acknowledge and parsed.automatic is None:
            queue_acknowledgement(session, programme, settings, case, account, contact, email, now)
        return case

    def _bounce(
        self, session: Session, parsed: ParsedEmail, raw: bytes, now: datetime
    ) -> IngestResult | None:
        ours = session.scalars(
            select(EmailRecord).where(
                EmailRecord.direction == "out", EmailRecord.rfc_message_id.in_(parsed.bounced_message_ids)
            )
        ).all()
        if not ours:
            return None
        reason = parsed.bounce_reason or "the receiving server returned the message"
        numbers = []
        for sent in ours:
            item = session.scalars(select(OutboxItem).where(OutboxItem.email_id == sent.id)).one_or_none()
            if item is not None:
                item.state = "failed"
                item.last_error = f"bounced: {reason}"
                item.lease_until = None
            if sent.case_id is not None:
                case = session.get_one(Case, sent.case_id)
                numbers.append(case.number)
                audit(session, case, None, "delivery_failed", now, "email", sent.rfc_message_id, reason)
                log_case_change(session, case, "delivery_failed", None, now)
        _store_email(session, parsed, raw, now, case_id=ours[0].case_id)
        return IngestResult(
            Outcome.BOUNCE,
            parsed.message_id,
            numbers[0] if numbers else None,
            f"bounce of {len(ours)} message(s) we sent: {reason}",
        )

    def keep_unreadable(self, raw: bytes, source: str, reason: str) -> IngestResult:
        """Keep a message the console could not take (for a reason other than its
        form: a fault of ours) in the "could not be read" list, so that the next
        message is not held up behind it."""
        return self._keep_unreadable(raw, source, reason, self.clock())

    def _keep_unreadable(self, raw: bytes, source: str, reason: str, now: datetime) -> IngestResult:
        fingerprint = hashlib.sha256(raw).hexdigest()
        with self.db.write() as session:
            found = session.scalars(
                select(UnreadableMail).where(UnreadableMail.fingerprint == fingerprint)
            ).one_or_none()
            if found is None:
                row = UnreadableMail(
                    fingerprint=fingerprint,
                    received_at=now,
                    source=source[:300],
                    reason=reason,
                    size=len(raw),
                    raw=raw,
                    state="waiting",
                )
                session.add(row)
                session.flush()
                Database.record_change(session, "unreadable", row.id, "kept", at=now)
        return IngestResult(Outcome.UNREADABLE, None, detail=reason)


# -- helpers, one rule each ---------------------------------------------------------


def open_email_case(
    session: Session,
    programme: Programme,
    account: Account,
    contact: Contact | None,
    subject: str,
    severity: Severity,
    opened: datetime,
    last_message_at: datetime,
    now: datetime,
) -> Case:
    """A new case from a customer's mail (or thread of mails): on the account's
    plan, in the contact's language, its clock started at ``opened`` (when the
    first mail arrived), waiting for the first response since then."""
    plan = Plan(account.plan_code)
    case = Case(
        number=next_case_number(session),
        account_id=account.id,
        contact_id=None if contact is None else contact.id,
        subject=case_subject(subject),
        category=Category.INCIDENT.value,
        severity=int(severity),
        status=CaseStatus.NEW.value,
        plan_code=plan.value,
        language=contact.language if contact is not None else account.language,
        opened_at=opened,
        first_response_due_at=due_time(programme, plan, severity, account.id, Category.INCIDENT, opened),
        first_response_at=None,
        waiting_since=opened,
        last_customer_message_at=last_message_at,
        unread_chat=0,
        channel=Channel.EMAIL.value,
        updated_at=now,
    )
    session.add(case)
    session.flush()
    return case


def case_subject(subject: str) -> str:
    """A case's subject from a mail's: one line, never empty, at most 300 characters."""
    text = " ".join(subject.split()) or NO_SUBJECT
    return text if len(text) <= MAX_SUBJECT else text[: MAX_SUBJECT - 1] + "…"


def message_text(parsed: ParsedEmail) -> str:
    """What the timeline shows of a mail: its text, never empty, within the
    message limit (the whole mail is kept with the email)."""
    text = parsed.text.strip()
    if not text:
        names = ", ".join(a.filename for a in parsed.attachments if not a.inline)
        text = f"(no text; attached: {names})" if names else "(no text)"
    if len(text) > MAX_BODY:
        note = "\n\n[… the rest is in the original email]"
        text = text[: MAX_BODY - len(note)] + note
    return text


def _stored(session: Session, message_id: str) -> int | None:
    return session.scalar(select(EmailRecord.id).where(EmailRecord.rfc_message_id == message_id))


def _contact_for(session: Session, address: str) -> Contact | None:
    """The contact an address belongs to (the earliest when several accounts list it)."""
    return session.scalars(
        select(Contact).where(func.lower(Contact.email) == address.lower()).order_by(Contact.id).limit(1)
    ).first()


def _thread_email(session: Session, thread_ids: tuple[str, ...]) -> EmailRecord | None:
    """The stored email nearest in the thread a message answers."""
    if not thread_ids:
        return None
    found = {
        row.rfc_message_id: row
        for row in session.scalars(select(EmailRecord).where(EmailRecord.rfc_message_id.in_(thread_ids[:50])))
    }
    return next((found[mid] for mid in thread_ids if mid in found), None)


def _tagged_case(session: Session, subject: str, sender: str) -> Case | None:
    """The case a subject's tag names, when the sender is one the case knows (a
    contact of its account, or an address its mail came from or went to): a tag
    alone must not let anyone write on any case."""
    number = case_number_in(subject)
    if number is None:
        return None
    case = session.scalars(select(Case).where(Case.number == number)).one_or_none()
    if case is None:
        return None
    pattern = f"%{sender.lower()}%"
    known = session.scalar(
        select(func.count())
        .select_from(Contact)
        .where(Contact.account_id == case.account_id, func.lower(Contact.email) == sender.lower())
    ) or session.scalar(
        select(func.count())
        .select_from(EmailRecord)
        .where(
            EmailRecord.case_id == case.id,
            or_(
                func.lower(EmailRecord.sender) == sender.lower(),
                func.lower(EmailRecord.recipients_to).like(pattern),
                func.lower(EmailRecord.recipients_cc).like(pattern),
            ),
        )
    )
    return case if known else None


def _addresses(items: tuple[Address, ...]) -> str:
    return ", ".join(a.formatted() for a in items)


def _store_email(
    session: Session, parsed: ParsedEmail, raw: bytes, now: datetime, case_id: int | None
) -> EmailRecord:
    email = EmailRecord(
        direction="in",
        rfc_message_id=parsed.message_id,
        case_id=case_id,
        sender=parsed.sender.address,
        sender_name=parsed.sender.name[:200],
        recipients_to=_addresses(parsed.to),
        recipients_cc=_addresses(parsed.cc),
        subject=parsed.subject,
        in_reply_to=" ".join(parsed.in_reply_to),
        references=" ".join(parsed.references),
        dated_at=parsed.date,
        received_at=now,
        automatic=parsed.automatic,
        html=parsed.html,
        raw=raw,
        size=len(raw),
    )
    session.add(email)
    session.flush()
    for part in parsed.attachments:
        session.add(
            Attachment(
                email_id=email.id,
                filename=part.filename[:255],
                content_type=part.content_type[:127],
                size=part.size,
                inline=part.inline,
                content_id=None if part.content_id is None else part.content_id[:255],
                data=part.data,
            )
        )
    return email


def _customer_message(
    case: Case, email: EmailRecord, parsed: ParsedEmail, contact: Contact | None, at: datetime
) -> Message:
    return Message(
        case_id=case.id,
        kind=MessageKind.REPLY.value,
        author_kind=AuthorKind.CUSTOMER.value,
        author_contact_id=None if contact is None else contact.id,
        body=message_text(parsed),
        created_at=at,
        email_id=email.id,
    )
