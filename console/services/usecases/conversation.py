"""Talking on a case: public replies, internal notes and live chat, from agents and
from customers.

The first public response by an agent (a reply or an agent chat message; notes do
not count) stops the first-response clock. A customer's message starts the
"waiting since" time that orders answered cases in the queue; an agent's public
answer clears it. Live chat is refused for plans without it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.domain.cases import AuthorKind, CaseStatus, CaseSummary, Channel, MessageKind, Role
from console.domain.permissions import Action, may_change_case
from console.domain.plans import Plan
from console.services.base import Service
from console.services.errors import InvalidInput, NotAllowed
from console.services.infrastructure.lookup import acting_user, case_by_number, optional_user
from console.services.permissions import may_change, require
from console.services.usecases.casework import audit, check_version, log_case_change, read_summary
from console.services.usecases.outbox import queue_reply
from console.storage.models import Case, Contact, Message, User

MAX_BODY = 100_000


class ConversationService(Service):
    def reply(
        self, number: int, body: str, agent: str | int, expected_version: int | None = None
    ) -> CaseSummary:
        """A public reply to the customer (stops the clock if it is the first)."""
        return self._agent_message(number, body, agent, MessageKind.REPLY, expected_version)

    def note(
        self, number: int, body: str, agent: str | int, expected_version: int | None = None
    ) -> CaseSummary:
        """An internal note: only agents see it; the clock runs on."""
        return self._agent_message(number, body, agent, MessageKind.NOTE, expected_version)

    def agent_chat(self, number: int, body: str, agent: str | int) -> CaseSummary:
        """An agent's chat message (a public response, like a reply)."""
        return self._agent_message(number, body, agent, MessageKind.CHAT, None)

    def customer_message(
        self,
        number: int,
        body: str,
        chat: bool = False,
        contact_email: str | None = None,
        actor: str | int | None = None,
    ) -> CaseSummary:
        """A message from the customer, by the portal (reply) or live chat.

        ``actor``: the agent who types in what the customer said (on the phone);
        the message records them as "entered by" and the audit trail names them.
        On a person's own connection that is always the person. None (SQLite, the
        owner): the customer's own message, written by the system."""
        text = _checked_body(body)
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.WORK_CASES, doing="enter a customer's message")
            case = case_by_number(session, number, for_update=self.db.is_postgres)
            may_change(who, case.assignee_id, number)
            if chat:
                self._require_chat(session, case)
            if case.status == CaseStatus.CLOSED.value:
                raise InvalidInput(f"case #{number} is closed; the customer must open a new case")
            contact = self._contact(session, case, contact_email)
            session.add(
                Message(
                    case_id=case.id,
                    kind=(MessageKind.CHAT if chat else MessageKind.REPLY).value,
                    author_kind=AuthorKind.CUSTOMER.value,
                    author_contact_id=None if contact is None else contact.id,
                    entered_by_id=None if who is None else who.id,
                    body=text,
                    created_at=moment,
                )
            )
            case.last_customer_message_at = moment
            if case.waiting_since is None:
                case.waiting_since = moment
            if chat:
                case.unread_chat += 1
            if case.status in (CaseStatus.PENDING_CUSTOMER.value, CaseStatus.SOLVED.value):
                old = case.status
                case.status = CaseStatus.OPEN.value
                case.solved_at = None
                audit(session, case, who, "status", moment, "status", old, case.status)
            case.updated_at = moment
            action = "chat" if chat else "customer_reply"
            audit(session, case, who, action, moment)
            log_case_change(session, case, action, who, moment)
            return read_summary(session, case.id)

    def mark_chat_read(self, number: int, agent: str | int) -> CaseSummary:
        """The agent has seen the customer's chat messages (clears the unread marker)."""
        moment = self.clock()
        with self.db.write() as session:
            user = acting_user(session, agent)
            case = case_by_number(session, number, for_update=self.db.is_postgres)
            # Whoever holds the case reads its chat; a colleague looking on leaves
            # the marker for them (and may not change their case anyway).
            if case.unread_chat and may_change_case(Role(user.role), user.id, case.assignee_id):
                case.unread_chat = 0
                log_case_change(session, case, "chat_read", user, moment)
            return read_summary(session, case.id)

    # -- shared --------------------------------------------------------------------------

    def _agent_message(
        self, number: int, body: str, agent: str | int, kind: MessageKind, expected_version: int | None
    ) -> CaseSummary:
        text = _checked_body(body)
        moment = self.clock()
        with self.db.write() as session:
            user = acting_user(session, agent)
            require(user, Action.WORK_CASES, doing=f"write a {kind.value}")
            case = case_by_number(session, number, for_update=self.db.is_postgres)
            may_change(user, case.assignee_id, number)
            check_version(session, case, expected_version)
            if kind is MessageKind.CHAT:
                self._require_chat(session, case)
            if case.status == CaseStatus.CLOSED.value and kind is not MessageKind.NOTE:
                raise InvalidInput(f"case #{number} is closed; only internal notes can be added")
            message = Message(
                case_id=case.id,
                kind=kind.value,
                author_kind=AuthorKind.AGENT.value,
                author_user_id=user.id,
                body=text,
                created_at=moment,
            )
            if kind is MessageKind.REPLY and case.channel == Channel.EMAIL.value:
                # The transactional outbox: the mail leaves only if the reply is stored.
                queue_reply(session, case, message, moment)
            session.add(message)
            if kind is not MessageKind.NOTE:
                self._public_response(session, case, user, moment, kind)
            case.updated_at = moment
            audit(session, case, user, kind.value, moment)
            log_case_change(session, case, kind.value, user, moment)
            return read_summary(session, case.id)

    @staticmethod
    def _public_response(
        session: Session, case: Case, user: User, moment: datetime, kind: MessageKind
    ) -> None:
        if case.first_response_at is None:
            case.first_response_at = moment
            met = case.first_response_due_at is None or moment <= case.first_response_due_at
            audit(
                session,
                case,
                user,
                "first_response",
                moment,
                "first_response_at",
                None,
                "met" if met else "breached",
            )
        case.last_agent_message_at = moment
        case.waiting_since = None
        if kind is MessageKind.CHAT:
            case.unread_chat = 0
        if case.status == CaseStatus.NEW.value:
            case.status = CaseStatus.OPEN.value
            audit(
                session, case, user, "status", moment, "status", CaseStatus.NEW.value, CaseStatus.OPEN.value
            )

    def _require_chat(self, session: Session, case: Case) -> None:
        programme = self.loader.load(session)
        plan = Plan(case.plan_code)
        rights = programme.entitlements.get(plan)
        if rights is None or not rights.live_chat:
            raise NotAllowed(f"live chat is not part of the {plan.label} plan")

    @staticmethod
    def _contact(session: Session, case: Case, email: str | None) -> Contact | None:
        if email:
            found = session.scalars(
                select(Contact).where(Contact.account_id == case.account_id, Contact.email == email.strip())
            ).first()
            if found is None:
                raise InvalidInput(f"no contact with e-mail {email!r} at this account")
            return found
        if case.contact_id is not None:
            return session.get(Contact, case.contact_id)
        return None


def _checked_body(body: str) -> str:
    text = body.strip()
    if not text:
        raise InvalidInput("the message is empty")
    if len(text) > MAX_BODY:
        raise InvalidInput(f"the message is {len(text)} characters long; at most {MAX_BODY}")
    return text
