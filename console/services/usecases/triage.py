"""Unknown senders: mail from an address no account knows waits here, without a
clock, until an agent links it to an account — the case opens then, its clock
started when the first message of the thread arrived — or closes it (kept,
never deleted). The mail service acknowledges a linked case to the customer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from console.channels.email.parse import parse_email
from console.channels.email.parsed import UnreadableEmail
from console.domain.cases import AuthorKind, CaseSummary, MessageKind, Role
from console.domain.permissions import Action, allowed
from console.domain.plans import Plan, Severity
from console.services.base import Service
from console.services.errors import InvalidInput, NotAllowed, NotFound
from console.services.infrastructure.database import Database
from console.services.infrastructure.inputs import severity_of
from console.services.infrastructure.lookup import account_named, optional_user
from console.services.permissions import require
from console.services.readmodels.snapshots import AttachmentView, email_views
from console.services.usecases.casework import (
    audit,
    log_case_change,
    read_summary,
)
from console.services.usecases.mail_ingest import message_text, open_email_case
from console.services.usecases.mail_settings import settings_view
from console.services.usecases.outbox import queue_acknowledgement
from console.storage.models import Account, Case, Contact, EmailRecord, Message

MAX_PREVIEW = 200


@dataclass(frozen=True, slots=True)
class TriageItem:
    """One thread from an unknown sender, as the list shows it."""

    id: int
    sender: str
    sender_name: str
    subject: str
    received_at: datetime
    messages: int
    attachments: int


@dataclass(frozen=True, slots=True)
class TriageMessage:
    id: int
    sender: str
    to: str
    cc: str
    subject: str
    received_at: datetime
    text: str
    attachments: tuple[AttachmentView, ...]


@dataclass(frozen=True, slots=True)
class TriageDetail:
    item: TriageItem
    messages: tuple[TriageMessage, ...]


class TriageService(Service):
    def waiting(self) -> tuple[TriageItem, ...]:
        """The threads waiting for an agent, oldest first."""
        with self.db.read() as session:
            roots = session.scalars(
                select(EmailRecord)
                .where(EmailRecord.triage == "waiting", EmailRecord.triage_root_id.is_(None))
                .order_by(EmailRecord.received_at, EmailRecord.id)
            ).all()
            return tuple(_item(session, root) for root in roots)

    def detail(self, item_id: int) -> TriageDetail:
        with self.db.read() as session:
            root = _root(session, item_id)
            thread = _thread(session, root)
            views = email_views(session, [e.id for e in thread])
            messages = tuple(
                TriageMessage(
                    e.id,
                    views[e.id].sender,
                    e.recipients_to,
                    e.recipients_cc,
                    e.subject,
                    e.received_at,
                    _text_of(e.raw),
                    views[e.id].attachments,
                )
                for e in thread
            )
            return TriageDetail(_item(session, root), messages)

    def link(
        self,
        item_id: int,
        account: str | int,
        actor: str | int | None = None,
        severity: Severity | int | str | None = None,
        add_contact: bool = False,
    ) -> CaseSummary:
        """Open the case on ``account``: its clock starts when the thread's first
        message arrived; every message of the thread becomes the customer's.
        ``add_contact``: also make the sender a contact of the account (their next
        mail then opens cases by itself) — for those who may add contacts."""
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.WORK_CASES, doing="link an unknown sender's mail to an account")
            if add_contact and who is not None and not allowed(Role(who.role), Action.ADD_CONTACTS):
                raise NotAllowed(
                    f"{who.name} ({who.role}) may not add contacts: link without adding the sender"
                )
            root = _root(session, item_id, for_update=self.db.is_postgres)
            if root.triage != "waiting":
                raise InvalidInput(f"this mail was already {root.triage}")
            acct = account_named(session, account)
            programme = self.loader.load(session)
            settings = settings_view(session)
            plan = Plan(acct.plan_code)
            sev = severity_of(severity) if severity is not None else Severity(settings.default_severity)
            contact = session.scalars(
                select(Contact).where(
                    Contact.account_id == acct.id, func.lower(Contact.email) == root.sender.lower()
                )
            ).first()
            if contact is None and add_contact:
                contact = Contact(
                    account_id=acct.id,
                    name=root.sender_name or root.sender,
                    email=root.sender,
                    language=acct.language,
                )
                session.add(contact)
                session.flush()
            opened = root.received_at
            thread = _thread(session, root)
            case = open_email_case(
                session, programme, acct, contact, root.subject, sev, opened, thread[-1].received_at, moment
            )
            for mail in thread:
                session.add(
                    Message(
                        case_id=case.id,
                        kind=MessageKind.REPLY.value,
                        author_kind=AuthorKind.CUSTOMER.value,
                        author_contact_id=None if contact is None else contact.id,
                        body=_text_of(mail.raw),
                        created_at=mail.received_at,
                        email_id=mail.id,
                    )
                )
                mail.case_id = case.id
                mail.triage = "linked"
                mail.triaged_by = None if who is None else who.id
            audit(session, case, who, "opened", opened, new=f"severity {int(sev)}, {plan.label}, by email")
            audit(session, case, who, "linked", moment, "account", root.sender, acct.name)
            log_case_change(session, case, "opened", who, moment)
            Database.record_change(
                session, "triage", root.id, "linked", actor_id=None if who is None else who.id
            )
            return read_summary(session, case.id)

    def close(self, item_id: int, actor: str | int | None = None) -> None:
        """Close an unknown sender's thread without a case (spam, a wrong address);
        it stays stored."""
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.WORK_CASES, doing="close an unknown sender's mail")
            root = _root(session, item_id, for_update=self.db.is_postgres)
            if root.triage != "waiting":
                raise InvalidInput(f"this mail was already {root.triage}")
            for mail in _thread(session, root):
                mail.triage = "closed"
                mail.triaged_by = None if who is None else who.id
            Database.record_change(
                session, "triage", root.id, "closed", actor_id=None if who is None else who.id, at=moment
            )

    def acknowledge_linked(self) -> int:
        """Acknowledge the cases agents opened from unknown senders' mail (the
        mail service does this: it alone writes the system's messages)."""
        moment = self.clock()
        done = 0
        with self.db.write() as session:
            settings = settings_view(session)
            roots = session.scalars(
                select(EmailRecord).where(
                    EmailRecord.triage == "linked", EmailRecord.triage_root_id.is_(None)
                )
            ).all()
            programme = self.loader.load(session) if roots else None
            for root in roots:
                followers = session.scalars(
                    select(EmailRecord).where(EmailRecord.triage_root_id == root.id)
                ).all()
                for mail in (root, *followers):
                    mail.triage = "acknowledged"
                if root.case_id is None or programme is None or not settings.acknowledge or root.automatic:
                    continue
                case = session.get_one(Case, root.case_id)
                account = session.get_one(Account, case.account_id)
                contact = None if case.contact_id is None else session.get(Contact, case.contact_id)
                queue_acknowledgement(session, programme, settings, case, account, contact, root, moment)
                log_case_change(session, case, "acknowledged", None, moment)
                done += 1
        return done


def _root(session: Session, item_id: int, for_update: bool = False) -> EmailRecord:
    query = select(EmailRecord).where(
        EmailRecord.id == item_id, EmailRecord.direction == "in", EmailRecord.triage.is_not(None)
    )
    if for_update:
        query = query.with_for_update()
    found = session.scalars(query).one_or_none()
    if found is None:
        raise NotFound(f"no unknown sender's mail {item_id}")
    if found.triage_root_id is not None:
        return _root(session, found.triage_root_id, for_update)
    return found


def _thread(session: Session, root: EmailRecord) -> list[EmailRecord]:
    return list(
        session.scalars(
            select(EmailRecord)
            .where(or_(EmailRecord.id == root.id, EmailRecord.triage_root_id == root.id))
            .order_by(EmailRecord.received_at, EmailRecord.id)
        )
    )


def _item(session: Session, root: EmailRecord) -> TriageItem:
    ids = [e.id for e in _thread(session, root)]
    views = email_views(session, ids)
    files = sum(len([a for a in v.attachments if not a.inline]) for v in views.values())
    return TriageItem(
        root.id,
        root.sender,
        root.sender_name,
        root.subject or "(no subject)",
        root.received_at,
        len(ids),
        files,
    )


def _text_of(raw: bytes) -> str:
    """A stored mail's text (read again from its bytes: the list keeps no copy)."""
    try:
        return message_text(parse_email(raw, max_bytes=len(raw) + 1))
    except UnreadableEmail as error:
        return f"(this message cannot be shown: {error.reason})"
