"""The transactional outbox: what the console sends is written in the same
transaction as the change it reports (an agent's reply, a new case's
acknowledgement), and the mail service drains it.

A row goes queued → sending → sent. A temporary failure (a 4xx answer, a server
that cannot be reached) puts it back in the queue with a growing delay; a
permanent one (5xx, a bounce) marks it failed with the server's words, and an
agent may send it again. A row left "sending" by a service that died may or may
not have reached the customer: it is marked failed saying so, never sent twice
on its own (so no customer gets one acknowledgement twice).
"""

from __future__ import annotations

import email.parser
import email.policy
import email.utils
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from console.channels.email.acknowledgement import acknowledgement_text
from console.channels.email.compose import OutgoingEmail, compose_acknowledgement, compose_reply
from console.channels.email.message_ids import new_message_id
from console.channels.email.parsed import Address
from console.domain.cases import AuthorKind, MessageKind
from console.domain.permissions import Action
from console.domain.plans import Plan, Severity
from console.services.base import Service
from console.services.errors import InvalidInput, NotFound
from console.services.infrastructure.database import Database
from console.services.infrastructure.lookup import acting_user
from console.services.infrastructure.programme import Programme
from console.services.permissions import may_change, require
from console.services.usecases.casework import audit, log_case_change
from console.services.usecases.mail_settings import MailSettingsView, settings_view
from console.sla.policy import ClockKind
from console.storage.models import Account, Case, Contact, EmailRecord, Message, OutboxItem

# Temporary failures wait 1, 2, 4 … minutes (at most an hour) and give up after two days.
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=1)
GIVE_UP_AFTER = timedelta(days=2)
# How long a service may hold a row it took before another may take it.
LEASE = timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class OutgoingItem:
    """One row to send, as plain data for the mail service's sending thread."""

    id: int
    case_id: int
    case_number: int
    kind: str
    sender: str
    recipients: tuple[str, ...]
    data: bytes
    attempts: int


# -- writing to the outbox (inside the changing transaction) ---------------------------


def _zone_of(contact: Contact | None, account: Account, programme: Programme) -> str:
    for candidate in (None if contact is None else contact.time_zone, account.time_zone):
        if candidate:
            try:
                ZoneInfo(candidate)
                return candidate
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return programme.calendar.time_zone


def _sender(settings: MailSettingsView) -> Address:
    return Address(settings.from_address, settings.from_name)


def _enqueue(session: Session, case: Case, kind: str, outgoing: OutgoingEmail, now: datetime) -> EmailRecord:
    record = EmailRecord(
        direction="out",
        rfc_message_id=outgoing.message_id,
        case_id=case.id,
        sender=outgoing.sender.address,
        sender_name=outgoing.sender.name[:200],
        recipients_to=", ".join(a.formatted() for a in outgoing.to),
        recipients_cc=", ".join(a.formatted() for a in outgoing.cc),
        subject=outgoing.subject,
        in_reply_to="",
        references="",
        dated_at=now,
        received_at=now,
        raw=outgoing.data,
        size=len(outgoing.data),
    )
    session.add(record)
    session.flush()
    session.add(
        OutboxItem(
            email_id=record.id,
            case_id=case.id,
            kind=kind,
            state="queued",
            attempts=0,
            next_attempt_at=now,
            created_at=now,
        )
    )
    return record


def queue_acknowledgement(
    session: Session,
    programme: Programme,
    settings: MailSettingsView,
    case: Case,
    account: Account,
    contact: Contact | None,
    received: EmailRecord,
    now: datetime,
) -> None:
    """Tell the customer their case number, plan, severity and first-response due
    time, in their language and time zone (a system message on the case, and
    its email in the outbox). Without a From address nothing can be sent."""
    if not settings.from_address:
        return
    plan, severity = Plan(case.plan_code), Severity(case.severity)
    text = acknowledgement_text(
        language=case.language,
        case_number=case.number,
        subject=case.subject,
        plan=plan,
        severity=severity,
        due_at=case.first_response_due_at,
        time_zone=_zone_of(contact, account, programme),
        customer_name=received.sender_name or (contact.name if contact else ""),
        on_call=programme.policy.kind(plan, severity) is ClockKind.ALWAYS,
        organisation=settings.from_name or settings.sender_domain,
    )
    try:
        outgoing = compose_acknowledgement(
            sender=_sender(settings),
            to=[_reply_address(received)],
            case_number=case.number,
            case_subject=case.subject,
            parent_ids=[*received.references.split(), received.rfc_message_id],
            message_id=new_message_id(settings.sender_domain),
            sent_at=now,
            text=text,
        )
    except ValueError as error:  # an address no mail can go to: the case stands, unacknowledged
        audit(session, case, None, "not_acknowledged", now, "email", None, str(error))
        return
    record = _enqueue(session, case, "acknowledgement", outgoing, now)
    session.add(
        Message(
            case_id=case.id,
            kind=MessageKind.REPLY.value,
            author_kind=AuthorKind.SYSTEM.value,
            body=text,
            created_at=now,
            email_id=record.id,
        )
    )


def queue_reply(session: Session, case: Case, message: Message, now: datetime) -> None:
    """Send an agent's public reply on an email case to the customer, threaded on
    the customer's last email. Called in the reply's own transaction."""
    settings = settings_view(session)
    if not settings.from_address:
        raise InvalidInput(
            f"case #{case.number} came by email, but no From address is set for outgoing mail: "
            "an admin sets it in Administration → Mail (or `support-console admin mail set from_address …`)"
        )
    last = session.scalars(
        select(EmailRecord)
        .where(EmailRecord.case_id == case.id, EmailRecord.direction == "in", EmailRecord.automatic.is_(None))
        .order_by(EmailRecord.id.desc())
        .limit(1)
    ).first()
    contact = None if case.contact_id is None else session.get(Contact, case.contact_id)
    if last is not None:
        to = _reply_address(last)
        cc = tuple(
            a
            for a in _parse_addresses(last.recipients_cc)
            if a.address not in (settings.from_address.lower(), to.address)
        )
        parents = [*last.references.split(), last.rfc_message_id]
    elif contact is not None:
        to, cc, parents = Address(contact.email.lower(), contact.name), (), []
    else:
        raise InvalidInput(f"case #{case.number} has no customer address to reply to")
    outgoing = compose_reply(
        sender=_sender(settings),
        to=[to],
        cc=cc,
        case_number=case.number,
        case_subject=case.subject,
        body=message.body,
        parent_ids=parents,
        message_id=new_message_id(settings.sender_domain),
        sent_at=now,
        organisation=settings.from_name or settings.sender_domain,
    )
    record = _enqueue(session, case, "reply", outgoing, now)
    message.email_id = record.id


def _reply_address(received: EmailRecord) -> Address:
    """Where an answer to a received email goes: its Reply-To, else its sender."""
    headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(received.raw)
    reply_to = _parse_addresses(str(headers.get("Reply-To", "")))
    return reply_to[0] if reply_to else Address(received.sender, received.sender_name)


def _parse_addresses(text: str) -> tuple[Address, ...]:
    return tuple(
        Address(addr.strip().lower(), name.strip())
        for name, addr in email.utils.getaddresses([text])
        if "@" in addr
    )


def backoff(attempts: int) -> timedelta:
    """The wait before attempt ``attempts + 1`` after a temporary failure."""
    wait: timedelta = FIRST_RETRY * (2 ** max(attempts - 1, 0))
    return min(wait, LONGEST_RETRY)


# -- draining (the mail service) and sending again (an agent) ---------------------------


class OutboxService(Service):
    def recover_interrupted(self) -> int:
        """Rows a dead service left "sending": they may have reached the customer,
        so they are marked failed saying so (an agent may send them again)."""
        now = self.clock()
        with self.db.write() as session:
            rows = session.scalars(
                select(OutboxItem).where(OutboxItem.state == "sending", OutboxItem.lease_until < now)
            ).all()
            for item in rows:
                self._finish(
                    session,
                    item,
                    "failed",
                    now,
                    "the mail service stopped while sending this message: it may or may not have "
                    "reached the customer",
                )
            return len(rows)

    def claim(self, limit: int, now: datetime | None = None) -> list[OutgoingItem]:
        """Take up to ``limit`` due rows for this service (others pass over them)."""
        moment = now or self.clock()
        with self.db.write() as session:
            query = (
                select(OutboxItem)
                .where(
                    OutboxItem.state == "queued",
                    OutboxItem.next_attempt_at <= moment,
                    or_(OutboxItem.lease_until.is_(None), OutboxItem.lease_until < moment),
                )
                .order_by(OutboxItem.next_attempt_at, OutboxItem.id)
                .limit(limit)
            )
            if self.db.is_postgres:
                query = query.with_for_update(skip_locked=True)
            items = session.scalars(query).all()
            taken: list[OutgoingItem] = []
            for item in items:
                item.lease_until = moment + LEASE
                record = session.get_one(EmailRecord, item.email_id)
                number = session.scalar(select(Case.number).where(Case.id == item.case_id))
                recipients = tuple(
                    a.address for a in _parse_addresses(f"{record.recipients_to}, {record.recipients_cc}")
                )
                taken.append(
                    OutgoingItem(
                        item.id,
                        item.case_id,
                        int(number or 0),
                        item.kind,
                        record.sender,
                        recipients,
                        record.raw,
                        item.attempts,
                    )
                )
            return taken

    def release(self, item_ids: list[int]) -> None:
        """Give back rows taken but not sent (the service is stopping): another
        service, or this one restarted, sends them at once."""
        if not item_ids:
            return
        with self.db.write() as session:
            session.execute(
                update(OutboxItem)
                .where(OutboxItem.id.in_(item_ids), OutboxItem.state == "queued")
                .values(lease_until=None)
                .execution_options(synchronize_session=False)
            )

    def begin_send(self, item_id: int) -> bool:
        """Mark the row "sending" just before the SMTP conversation (committed, so
        a crash from here on is known); False when it is no longer ours to send."""
        now = self.clock()
        with self.db.write() as session:
            changed = session.execute(
                update(OutboxItem)
                .where(OutboxItem.id == item_id, OutboxItem.state == "queued")
                .values(
                    state="sending",
                    lease_until=now + LEASE,
                    attempts=OutboxItem.attempts + 1,
                    version=OutboxItem.version + 1,
                )
                .execution_options(synchronize_session=False)
            )
            return bool(getattr(changed, "rowcount", 0) == 1)

    def sent(self, item_id: int) -> None:
        now = self.clock()
        with self.db.write() as session:
            self._finish(session, session.get_one(OutboxItem, item_id), "sent", now, None)

    def temporary_failure(self, item_id: int, detail: str) -> None:
        now = self.clock()
        with self.db.write() as session:
            item = session.get_one(OutboxItem, item_id)
            if now - item.created_at >= GIVE_UP_AFTER:
                self._finish(
                    session, item, "failed", now, f"gave up after {item.attempts} attempts: {detail}"
                )
                return
            item.state = "queued"
            item.lease_until = None
            item.last_error = detail
            item.next_attempt_at = now + backoff(item.attempts)
            self._log(session, item, "delivery_retry", now)

    def permanent_failure(self, item_id: int, detail: str) -> None:
        now = self.clock()
        with self.db.write() as session:
            self._finish(session, session.get_one(OutboxItem, item_id), "failed", now, detail)

    def send_again(self, email_id: int, agent: str | int | None = None) -> None:
        """An agent sends a failed message again (by the email's id, as the
        timeline shows it)."""
        now = self.clock()
        with self.db.write() as session:
            who = acting_user(session, agent) if agent is not None or self.db.identity.is_person else None
            require(who, Action.WORK_CASES, doing="send a message again")
            item = session.scalars(select(OutboxItem).where(OutboxItem.email_id == email_id)).one_or_none()
            if item is None:
                raise NotFound(f"no outgoing message {email_id}")
            case = session.get_one(Case, item.case_id)
            may_change(who, case.assignee_id, case.number)
            if item.state != "failed":
                raise InvalidInput(f"the message is {item.state}; only a failed message is sent again")
            item.state = "queued"
            item.attempts = 0
            item.next_attempt_at = now
            item.last_error = None
            audit(session, case, who, "send_again", now, "email", None, str(email_id))
            log_case_change(session, case, "delivery", who, now)

    def pending(self) -> int:
        """How many rows wait to be sent (queued or sending)."""
        with self.db.read() as session:
            return len(
                session.scalars(
                    select(OutboxItem.id).where(OutboxItem.state.in_(("queued", "sending")))
                ).all()
            )

    def next_due(self) -> datetime | None:
        with self.db.read() as session:
            return session.scalars(
                select(OutboxItem.next_attempt_at)
                .where(OutboxItem.state == "queued")
                .order_by(OutboxItem.next_attempt_at)
                .limit(1)
            ).first()

    # -- shared -----------------------------------------------------------------------

    def _finish(
        self, session: Session, item: OutboxItem, state: str, now: datetime, detail: str | None
    ) -> None:
        item.state = state
        item.lease_until = None
        if state == "sent":
            item.sent_at = now
            item.last_error = None
        else:
            item.last_error = detail
            case = session.get_one(Case, item.case_id)
            audit(session, case, None, "delivery_failed", now, "email", None, detail)
        self._log(session, item, "delivery", now)

    @staticmethod
    def _log(session: Session, item: OutboxItem, action: str, now: datetime) -> None:
        Database.record_change(session, "case", item.case_id, action, case_id=item.case_id, at=now)
