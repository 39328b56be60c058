"""Case use cases: open, claim the next, assign, change status or severity, and
read one case whole. Each is one transaction that writes its audit events and
change-log rows with the change itself.

Claiming is atomic across any number of consoles: on PostgreSQL the top case is
picked and locked in one statement (``FOR UPDATE SKIP LOCKED``, so concurrent
claimers pass over each other's rows instead of queueing on them); on SQLite the
transaction holds the write lock from its first statement (``BEGIN IMMEDIATE``)
and the assignment is a conditional update on ``assignee_id IS NULL``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from console.domain.cases import WAITING_STATUS_CODES, CaseStatus, CaseSummary, Role, allowed_moves, can_move
from console.domain.permissions import Action
from console.domain.plans import Category, Plan, Severity
from console.queueing import QueueColumns, QueueContext, sql_order
from console.services.base import Service
from console.services.errors import InvalidInput, NotAllowed, NotFound, NothingToClaim
from console.services.infrastructure.database import to_second
from console.services.infrastructure.inputs import category_of, language_of, severity_of, status_of
from console.services.infrastructure.lookup import (
    account_named,
    acting_user,
    case_by_number,
    optional_user,
    user_named,
)
from console.services.permissions import may_assign, may_change, require
from console.services.readmodels.snapshots import (
    AttachmentFile,
    AttachmentView,
    CaseDetail,
    account_view,
    email_views,
    event_view,
    message_view,
    summary_of,
    summary_query,
)
from console.services.usecases.casework import (
    audit,
    check_version,
    due_time,
    iso_z,
    log_case_change,
    next_case_number,
    read_summary,
)
from console.storage.models import Account, Attachment, Case, CaseEvent, Contact, EmailRecord, Message, User

CLAIMABLE = WAITING_STATUS_CODES
# Clocks of two workstations differ a little; more than this is a mistake.
FUTURE_TOLERANCE = timedelta(minutes=5)

QUEUE_COLUMNS = QueueColumns(
    account_id=Case.account_id,
    category=Case.category,
    plan=Case.plan_code,
    first_response_at=Case.first_response_at,
    due_at=Case.first_response_due_at,
    waiting_since=Case.waiting_since,
    severity=Case.severity,
    opened_at=Case.opened_at,
    number=Case.number,
)


class CaseService(Service):
    """The case use cases over one database. ``clock`` gives "now" (tests set it)."""

    # -- open -------------------------------------------------------------------------

    def open_case(
        self,
        account: str | int,
        severity: Severity | int | str,
        subject: str,
        category: Category | str = Category.INCIDENT,
        language: str | None = None,
        opened_at: datetime | None = None,
        body: str | None = None,
        contact_email: str | None = None,
        actor: str | int | None = None,
    ) -> CaseSummary:
        """Open a case; its first-response clock starts at ``opened_at`` (default now)."""
        sev = severity_of(severity)
        cat = category_of(category)
        title = " ".join(subject.split())
        if not title:
            raise InvalidInput("a case needs a subject")
        now = self.clock()
        opened = to_second(opened_at) if opened_at is not None else now
        if opened > now + FUTURE_TOLERANCE:
            raise InvalidInput(f"the opening time {iso_z(opened)} lies in the future")
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.WORK_CASES, doing="open cases")
            acct = account_named(session, account)
            plan = Plan(acct.plan_code)
            programme = self.loader.load(session)
            contact = _contact(session, acct, contact_email)
            number = next_case_number(session)
            case = Case(
                number=number,
                account_id=acct.id,
                contact_id=None if contact is None else contact.id,
                subject=title,
                category=cat.value,
                severity=int(sev),
                status=CaseStatus.NEW.value,
                plan_code=plan.value,
                language=language_of(language)
                if language
                else (contact.language if contact else acct.language),
                opened_at=opened,
                first_response_due_at=due_time(programme, plan, sev, acct.id, cat, opened),
                first_response_at=None,
                waiting_since=opened if body else None,
                last_customer_message_at=opened if body else None,
                unread_chat=0,
                updated_at=opened,
            )
            session.add(case)
            session.flush()
            if body:
                session.add(
                    Message(
                        case_id=case.id,
                        kind="reply",
                        author_kind="customer",
                        author_contact_id=None if contact is None else contact.id,
                        body=body,
                        created_at=opened,
                    )
                )
            audit(session, case, who, "opened", opened, new=f"severity {int(sev)}, {plan.label}")
            log_case_change(session, case, "opened", who, opened)
            return read_summary(session, case.id)

    # -- claim ------------------------------------------------------------------------

    def claim_next(self, agent: str | int, now: datetime | None = None) -> CaseSummary:
        """Give the agent the top unassigned case they may work, atomically."""
        moment = to_second(now) if now is not None else self.clock()
        with self.db.write() as session:
            user = acting_user(session, agent)
            require(user, Action.CLAIM_CASES)
            programme = self.loader.load(session)
            ctx = QueueContext(programme.live_exam_accounts(moment), programme.priority_plans)
            query = (
                select(Case.id)
                .where(Case.status.in_(CLAIMABLE), Case.assignee_id.is_(None))
                .order_by(*sql_order(programme.chain, QUEUE_COLUMNS, ctx))
                .limit(1)
            )
            languages = [code for code in user.languages.split(",") if code]
            if languages:
                query = query.where(Case.language.in_(languages))
            if self.db.is_postgres:
                query = query.with_for_update(skip_locked=True)
            case_id = session.scalar(query)
            if case_id is None:
                raise NothingToClaim(f"no case is waiting that {user.name} can take")
            case = session.get_one(Case, case_id)
            claimed = cast(
                "CursorResult[Any]",
                session.execute(
                    update(Case)
                    .where(Case.id == case_id, Case.assignee_id.is_(None))
                    .values(
                        assignee_id=user.id,
                        status=CaseStatus.OPEN.value,
                        updated_at=moment,
                        version=Case.version + 1,
                    )
                    .execution_options(synchronize_session=False)
                ),
            )
            if claimed.rowcount != 1:  # cannot happen under the locks above; never hand out twice
                raise NothingToClaim("the case was taken by someone else a moment earlier")
            session.expire(case)
            audit(session, case, user, "claimed", moment, "assignee", None, user.name)
            log_case_change(session, case, "claimed", user, moment)
            return read_summary(session, case_id)

    # -- assign, status, severity ----------------------------------------------------------

    def assign(
        self,
        number: int,
        assignee: str | int | None,
        actor: str | int | None = None,
        expected_version: int | None = None,
    ) -> CaseSummary:
        """Give the case to ``assignee`` (None: back to the queue)."""
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            case = case_by_number(session, number, for_update=self.db.is_postgres)
            check_version(session, case, expected_version)
            target = None if assignee is None else user_named(session, assignee)
            may_assign(who, target, case.assignee_id)
            if target is not None and Role(target.role) not in (Role.AGENT, Role.LEAD, Role.TAM, Role.ADMIN):
                raise NotAllowed(f"{target.name} cannot work cases")
            if target is not None and not target.active:
                raise NotAllowed(f"{target.name} is deactivated")
            old = case.assignee_id
            if old == (None if target is None else target.id):
                return read_summary(session, case.id)
            old_name = None if old is None else session.get_one(User, old).name
            case.assignee_id = None if target is None else target.id
            case.updated_at = moment
            action = "assigned" if target is not None else "unassigned"
            audit(
                session,
                case,
                who,
                action,
                moment,
                "assignee",
                old_name,
                None if target is None else target.name,
            )
            log_case_change(session, case, action, who, moment)
            return read_summary(session, case.id)

    def change_status(
        self,
        number: int,
        status: CaseStatus | str,
        actor: str | int | None = None,
        expected_version: int | None = None,
    ) -> CaseSummary:
        new = status if isinstance(status, CaseStatus) else status_of(status)
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.WORK_CASES, doing="change a case's status")
            case = case_by_number(session, number, for_update=self.db.is_postgres)
            may_change(who, case.assignee_id, number)
            check_version(session, case, expected_version)
            old = CaseStatus(case.status)
            if old is new:
                return read_summary(session, case.id)
            if not can_move(old, new):
                allowed = ", ".join(sorted(s.value for s in allowed_moves(old))) or "none (it is final)"
                raise InvalidInput(
                    f"case #{number} cannot go from {old.value} to {new.value} (allowed: {allowed})"
                )
            case.status = new.value
            case.updated_at = moment
            if new is CaseStatus.SOLVED:
                case.solved_at = moment
            elif new.is_open:
                case.solved_at = None
            audit(session, case, who, "status", moment, "status", old.value, new.value)
            log_case_change(session, case, "status", who, moment)
            return read_summary(session, case.id)

    def change_severity(
        self,
        number: int,
        severity: Severity | int | str,
        actor: str | int | None = None,
        expected_version: int | None = None,
    ) -> CaseSummary:
        """Change severity; before the first response the due time is recomputed
        from the opening time with the new target."""
        new = severity_of(severity)
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.WORK_CASES, doing="change a case's severity")
            case = case_by_number(session, number, for_update=self.db.is_postgres)
            may_change(who, case.assignee_id, number)
            check_version(session, case, expected_version)
            old = Severity(case.severity)
            if old is new:
                return read_summary(session, case.id)
            if not CaseStatus(case.status).is_open:
                raise InvalidInput(f"case #{number} is {case.status}; reopen it to change its severity")
            case.severity = int(new)
            case.updated_at = moment
            audit(session, case, who, "severity", moment, "severity", int(old), int(new))
            if case.first_response_at is None:
                programme = self.loader.load(session)
                old_due = case.first_response_due_at
                case.first_response_due_at = due_time(
                    programme,
                    Plan(case.plan_code),
                    new,
                    case.account_id,
                    Category(case.category),
                    case.opened_at,
                )
                if old_due != case.first_response_due_at:
                    audit(
                        session,
                        case,
                        who,
                        "due",
                        moment,
                        "first_response_due_at",
                        iso_z(old_due),
                        iso_z(case.first_response_due_at),
                    )
            log_case_change(session, case, "severity", who, moment)
            return read_summary(session, case.id)

    # -- reading ----------------------------------------------------------------------

    def summary(self, number: int) -> CaseSummary:
        with self.db.read() as session:
            row = session.execute(summary_query().where(Case.number == number)).one_or_none()
            if row is None:
                raise NotFound(f"no case #{number}")
            return summary_of(row)

    def detail(self, number: int) -> CaseDetail:
        """The case with its account, contact, messages and audit trail."""
        with self.db.read() as session:
            case = case_by_number(session, number)
            summary = read_summary(session, case.id)
            account = session.get_one(Account, case.account_id)
            tam_name = None if account.tam_id is None else session.get_one(User, account.tam_id).name
            contacts = session.scalars(select(Contact).where(Contact.account_id == account.id)).all()
            messages = session.scalars(
                select(Message).where(Message.case_id == case.id).order_by(Message.id)
            ).all()
            events = session.scalars(
                select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)
            ).all()
            user_ids = {m.author_user_id for m in messages} | {m.entered_by_id for m in messages}
            user_ids |= {e.user_id for e in events}
            user_names = dict(
                session.execute(select(User.id, User.name).where(User.id.in_([i for i in user_ids if i])))
                .tuples()
                .all()
            )
            contact_names = {c.id: c.name for c in contacts}
            contact = next((c for c in contacts if c.id == case.contact_id), None)
            account_snapshot = account_view(account, tam_name, contacts)
            emails = email_views(session, [m.email_id for m in messages if m.email_id is not None])
            previous = (
                None
                if case.previous_case_id is None
                else session.scalar(select(Case.number).where(Case.id == case.previous_case_id))
            )
            return CaseDetail(
                summary=summary,
                account=account_snapshot,
                contact=next((c for c in account_snapshot.contacts if contact and c.id == contact.id), None),
                messages=tuple(message_view(m, user_names, contact_names, emails) for m in messages),
                events=tuple(event_view(e, user_names) for e in events),
                solved_at=case.solved_at,
                updated_at=case.updated_at,
                previous_case_number=previous,
            )

    def attachments(self, number: int) -> tuple[AttachmentView, ...]:
        """The files that came with a case's emails, oldest first."""
        with self.db.read() as session:
            case = case_by_number(session, number)
            ids = session.scalars(select(EmailRecord.id).where(EmailRecord.case_id == case.id)).all()
            views = email_views(session, ids)
            return tuple(a for mid in sorted(views) for a in views[mid].attachments)

    def attachment_file(self, number: int, attachment_id: int) -> AttachmentFile:
        """One attachment's name, type and bytes (it must belong to case ``number``)."""
        with self.db.read() as session:
            case = case_by_number(session, number)
            row = session.execute(
                select(Attachment.filename, Attachment.content_type, Attachment.data)
                .join(EmailRecord, EmailRecord.id == Attachment.email_id)
                .where(Attachment.id == attachment_id, EmailRecord.case_id == case.id)
            ).one_or_none()
            if row is None:
                raise NotFound(f"case #{number} has no attachment {attachment_id}")
            return AttachmentFile(row[0], row[1], bytes(row[2]))


def _contact(session: Session, account: Account, email: str | None) -> Contact | None:
    query = select(Contact).where(Contact.account_id == account.id).order_by(Contact.id)
    if email:
        found = session.scalars(query.where(Contact.email == email.strip())).first()
        if found is None:
            raise InvalidInput(f"{account.name} has no contact with e-mail {email!r}")
        return found
    return session.scalars(query).first()
