"""Demo data: a believable support organisation, so that every screen has something
true to show. :func:`seed_demo` creates the people, about thirty customer accounts
with contacts, the Proctored accounts' exam sessions (exactly one of them live at
``now``) and 250 cases opened over the last three weeks, each played through its
life — replies, notes, chats, severity changes, reassignments, solving, closing —
by the real use cases under a clock that is moved through time, then a month of
closed history, the TAMs' notes and a morning's mail (:mod:`~console.demo.mailbox`). Every due time, audit event and change-log row
is therefore what the services themselves wrote. The same ``seed`` and ``now``
always give the same organisation; a database that already holds accounts or cases
is refused, so seeding twice never duplicates.

This module is the order of the seeding; what is seeded lives beside it:
:mod:`~console.demo.organisation` (the team and the customers),
:mod:`~console.demo.exam_bookings`, :mod:`~console.demo.topics` and
:mod:`~console.demo.phrases` (what is written), :mod:`~console.demo.case_stories`
and :mod:`~console.demo.scenarios` (the cases' lives),
:mod:`~console.demo.closed_history`, and :mod:`~console.demo.playback` and
:mod:`~console.demo.one_transaction` (how it is played and stored).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from console.demo.case_stories import Cast, organic_stories
from console.demo.closed_history import add_closed_history
from console.demo.exam_bookings import bookings, not_live
from console.demo.mailbox import configure, fill_unknown_senders, known_mail_stories
from console.demo.one_transaction import OneTransaction
from console.demo.organisation import (
    COMPANIES,
    LIVE_EXAM_ACCOUNT,
    PEOPLE,
    TAM_NOTES,
    company_named,
    contacts_for,
    staff_email,
)
from console.demo.playback import Clock, play
from console.demo.scenarios import scenarios
from console.domain.cases import OPEN_STATUS_CODES, Role
from console.domain.plans import Plan
from console.services.errors import InvalidInput
from console.services.infrastructure.database import Database, to_second, utc_now
from console.services.infrastructure.programme import ProgrammeLoader
from console.services.readmodels.cockpit import CockpitService
from console.services.usecases.accounts import AccountService
from console.services.usecases.cases import CaseService
from console.services.usecases.conversation import ConversationService
from console.services.usecases.exams import ExamService
from console.services.usecases.mail_ingest import MailIngestService
from console.services.usecases.mail_settings import MailSettingsService
from console.sla.exams import ExamSession
from console.storage.models import Account, Case, User

CASE_COUNT = 250
"""The cases played through their lives (the scripted scenarios among them)."""


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What :func:`seed_demo` created."""

    users: int
    accounts: int
    cases: int
    open_cases: int
    exam_sessions: int
    live_exam_account: str


def seed_demo(db: Database, now: datetime | None = None, seed: int = 2026) -> DemoSummary:
    """Fill an empty database with the demo organisation as it stands at ``now``.

    All of it is written in one transaction: it is stored whole or not at all.
    Raises :class:`InvalidInput` when the database already holds accounts or cases
    (or a user with one of the demo names).
    """
    moment = utc_now() if now is None else to_second(now)
    batch = OneTransaction(db.engine)
    with batch.transaction():
        with batch.read() as session:
            accounts = session.scalar(select(func.count()).select_from(Account)) or 0
            cases = session.scalar(select(func.count()).select_from(Case)) or 0
            if accounts or cases:
                raise InvalidInput(
                    f"the database already holds {accounts} accounts and {cases} cases; demo data is only "
                    "seeded into an empty database (create a new one, e.g. with --db demo.sqlite3)"
                )
            names = [p.name.lower() for p in PEOPLE]
            taken = session.scalars(select(User.name).where(func.lower(User.name).in_(names))).all()
            if taken:
                raise InvalidInput(
                    f"the database already has users named like the demo staff: {', '.join(taken)}"
                )
        return _Seeder(batch, moment, seed).run()


class _Seeder:
    """Writes the demo step by step through the services, on one moved clock and
    one random source (the order of the steps is part of what a seed gives)."""

    def __init__(self, db: Database, now: datetime, seed: int) -> None:
        self.db = db
        self.now = now
        self.rng = random.Random(seed)
        self.clock = Clock(now - timedelta(days=180))
        self.loader = loader = ProgrammeLoader()
        self.accounts = AccountService(db, loader, self.clock)
        self.exams = ExamService(db, loader, self.clock)
        self.cases = CaseService(db, loader, self.clock)
        self.talk = ConversationService(db, loader, self.clock)
        self.cockpit = CockpitService(db, loader, self.clock)
        self.admin = PEOPLE[0].name
        self.leads = [p.name for p in PEOPLE if p.role is Role.LEAD]
        self.agents = [p for p in PEOPLE if p.role is Role.AGENT]
        self.contacts: dict[str, list[str]] = {}
        self.exam_sessions = 0

    def run(self) -> DemoSummary:
        self._people()
        self._companies()
        self.clock.now = self.now - timedelta(days=60)
        self._exams()
        self._play()
        add_closed_history(self.db, self.now, self.rng, self.agents)
        self._tam_notes()
        self._unknown_senders()
        self.clock.now = self.now
        for person in PEOPLE:
            self.accounts.set_presence(person.name, person.presence)
        with self.db.read() as session:
            total = session.scalar(select(func.count()).select_from(Case)) or 0
            still_open = (
                session.scalar(
                    select(func.count()).select_from(Case).where(Case.status.in_(OPEN_STATUS_CODES))
                )
                or 0
            )
        return DemoSummary(
            users=len(PEOPLE),
            accounts=len(COMPANIES),
            cases=int(total),
            open_cases=int(still_open),
            exam_sessions=self.exam_sessions,
            live_exam_account=LIVE_EXAM_ACCOUNT,
        )

    def _people(self) -> None:
        for person in PEOPLE:
            self.accounts.add_user(
                person.name,
                person.role,
                languages=person.languages,
                team=person.team,
                email=staff_email(person),
                actor=None if person.role is Role.ADMIN else self.admin,
            )

    def _companies(self) -> None:
        for company in COMPANIES:
            self.accounts.add_account(
                company.name,
                company.plan,
                tam=company.tam,
                language=company.language,
                region=company.region,
                early_adopter=company.early_adopter,
                trial_until=None
                if company.trial_days is None
                else self.now.date() + timedelta(days=company.trial_days),
                actor=self.admin,
            )
            self.contacts[company.name] = []
            for contact in contacts_for(company, self.rng):
                self.accounts.add_contact(company.name, contact.name, contact.email, phone=contact.phone)
                self.contacts[company.name].append(contact.email)

    def _exams(self) -> None:
        now = self.now
        for company in COMPANIES:
            if company.plan is not Plan.PROCTORED:
                continue
            for booking in bookings(company, now):
                start, end = booking.start, booking.end
                if not booking.live:
                    start, end = not_live(start, end, booking.rule, now)
                cancelled: list[datetime] = []
                if booking.cancel_next and booking.rule is not None:
                    upcoming = ExamSession(start, end, booking.rule).occurrences(
                        now, now + timedelta(days=120)
                    )
                    cancelled = [s for s, _ in upcoming[:1] if s > now]
                self.exams.add_exam(
                    company.name,
                    start,
                    end,
                    rrule=booking.rule,
                    title=booking.title,
                    time_zone=booking.zone.key,
                    cancelled=cancelled,
                    actor=self.leads[0],
                )
                self.exam_sessions += 1

    def _play(self) -> None:
        """The scripted scenarios and the everyday cases, played up to ``now``."""
        cast = Cast(
            self.db,
            self.loader,
            self.cases,
            self.talk,
            self.rng,
            self.now,
            self.leads,
            self.agents,
            self.contacts,
        )
        scripted = scenarios(cast)
        configure(MailSettingsService(self.db, self.loader, self.clock), self.admin)
        mail = known_mail_stories(
            MailIngestService(self.db, self.loader, self.clock), self.cases, self.contacts, self.rng, self.now
        )
        play([*scripted, *organic_stories(cast, CASE_COUNT - len(scripted)), *mail], self.clock, self.now)

    def _unknown_senders(self) -> None:
        """Mail from senders no account knows, waiting in triage."""

        def set_clock(at: datetime) -> None:
            self.clock.now = to_second(at)

        fill_unknown_senders(MailIngestService(self.db, self.loader, self.clock), set_clock, self.now)

    def _tam_notes(self) -> None:
        """What the TAMs wrote down about their accounts over the last weeks."""
        for days_ago, account, note in TAM_NOTES:
            company = company_named(account)
            assert company.tam is not None
            self.clock.now = to_second(self.now - timedelta(days=days_ago, hours=self.rng.randint(1, 6)))
            self.cockpit.add_note(company.name, note, actor=company.tam)
