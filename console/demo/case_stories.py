"""The everyday cases of the demo: about 250 opened over the last three weeks by
random accounts (more of them recently, most in office hours), each with its whole
life as a :data:`~console.demo.playback.Story` — triage, the first response (most in
time, some late), customer follow-ups and chats, notes, hand-overs, now and then a
wait on hold, solving and closing. :class:`Cast` is what the stories act with: the
services, the support team, the contacts and the one random source, so that a seed
gives the same stories.
"""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta
from functools import partial

from console.demo.organisation import COMPANIES, SUPPORT_ZONE, Company, Person
from console.demo.phrases import (
    CUSTOMER_FOLLOW_UPS,
    FIRST_REPLIES,
    LATER_REPLIES,
    LONG_RUNNING_NOTE,
    NOTES,
    SOLVING_REPLIES,
    agent_chat,
    customer_chat,
    say,
)
from console.demo.playback import Step, Story
from console.demo.topics import Topic, pick_severity, pick_topic
from console.domain.cases import CaseSummary
from console.domain.plans import Plan, Severity
from console.services.infrastructure.database import Database, to_second
from console.services.infrastructure.programme import Programme, ProgrammeLoader
from console.services.usecases.cases import CaseService
from console.services.usecases.conversation import ConversationService
from console.sla.calendar import from_epoch, to_epoch

HISTORY_DAYS = 21
"""How far back the everyday cases were opened."""


class Cast:
    """What the demo's case stories act with: the case and conversation services
    (on the seeder's clock), the leads and agents, every account's contact
    addresses and the seeder's random source."""

    def __init__(
        self,
        db: Database,
        loader: ProgrammeLoader,
        cases: CaseService,
        talk: ConversationService,
        rng: random.Random,
        now: datetime,
        leads: list[str],
        agents: list[Person],
        contacts: dict[str, list[str]],
    ) -> None:
        self.db = db
        self.loader = loader
        self.cases = cases
        self.talk = talk
        self.rng = rng
        self.now = now
        self.leads = leads
        self.agents = agents
        self.contacts = contacts
        self.programme: Programme | None = None

    def open_case(self, company: Company, severity: Severity, topic: Topic, at: datetime) -> Step:
        """The step that opens a case on ``topic`` for one of ``company``'s contacts at ``at``."""
        contact = self.rng.choice(self.contacts[company.name])
        return Step(
            at,
            lambda: self.cases.open_case(
                company.name,
                severity,
                topic.subject,
                category=topic.category,
                language=company.language,
                opened_at=at,
                body=topic.body,
                contact_email=contact,
            ),
        )

    def agent_for(self, company: Company, language: str, but: str | None = None) -> str:
        """Someone fluent in ``language`` (now and then the account's TAM), not ``but``."""
        fluent = [a.name for a in self.agents if language in a.languages and a.name != but]
        if company.tam is not None and company.tam != but and self.rng.random() < 0.15:
            return company.tam
        return self.rng.choice(fluent or [a.name for a in self.agents if a.name != but])

    def on_duty(self, t: datetime, case: CaseSummary) -> datetime:
        """``t``, or a little after the case's calendar next opens when it is closed
        then: support works a case when its clock runs (office hours; around the clock
        for Premier Severity 1; exam windows too for Proctored)."""
        if self.programme is None:  # loaded once, after the exam sessions are booked
            with self.db.read() as session:
                self.programme = self.loader.load(session)
        calendar = self.programme.calendar_for(case.plan, case.severity, case.account_id)
        if calendar.is_open(t):
            return t
        opens = from_epoch(calendar.next_open_epoch(to_epoch(t)))
        return to_second(opens + timedelta(minutes=self.rng.uniform(2, 25)))


def organic_stories(cast: Cast, count: int) -> list[Story]:
    """``count`` everyday cases, in the order they were opened."""
    rng = cast.rng
    weights = [
        {Plan.STANDARD: 0.7, Plan.PREMIER: 1.4, Plan.PROCTORED: 1.1}[c.plan] * rng.uniform(0.5, 1.5)
        for c in COMPANIES
    ]
    openings: list[tuple[datetime, Company]] = []
    while len(openings) < count:
        company = rng.choices(COMPANIES, weights=weights)[0]
        age = HISTORY_DAYS * 86400 * (1 - math.sqrt(1 - rng.random()))  # more recent, more cases
        opened = to_second(cast.now - timedelta(seconds=max(age, 120)))
        local = opened.astimezone(SUPPORT_ZONE)
        office = local.weekday() < 5 and 7 <= local.hour < 19
        if office or rng.random() < (0.3 if company.plan is Plan.PROCTORED else 0.07):
            openings.append((opened, company))
    openings.sort(key=lambda item: item[0])
    return [_story(cast, opened, company) for opened, company in openings]


def _story(cast: Cast, opened: datetime, company: Company) -> Story:
    """A case's life from the opening customer message to closing."""
    rng, plan, lang = cast.rng, company.plan, company.language
    chat = plan is not Plan.STANDARD
    topic = pick_topic(rng, plan, lang)
    severity = pick_severity(rng)
    if topic.exam and severity > Severity.HIGH and rng.random() < 0.5:
        severity = Severity.HIGH
    case = yield cast.open_case(company, severity, topic, opened)
    number = case.number
    t = opened

    if case.due_at is not None and rng.random() < 0.08:  # triage corrects the severity
        t = cast.on_duty(t + timedelta(minutes=rng.uniform(3, 25)), case)
        new = Severity(max(1, min(4, int(severity) + rng.choice((-1, 1)))))
        lead = rng.choice(cast.leads)
        case = yield Step(t, partial(cast.cases.change_severity, number, new, actor=lead))

    # the first response: most in time, some late
    due = case.due_at
    if due is None:
        respond = cast.on_duty(opened + timedelta(hours=rng.uniform(1, 20)), case)
    elif rng.random() < 0.11:
        budget = (due - opened).total_seconds()
        late = due + timedelta(seconds=rng.uniform(300, max(1800.0, min(6 * 3600, budget * 0.5))))
        respond = cast.on_duty(late, case)
    else:
        intended = to_second(opened + (due - opened) * rng.uniform(0.1, 0.85))
        respond = min(cast.on_duty(intended, case), max(intended, due - timedelta(minutes=1)))
    respond = max(respond, t + timedelta(minutes=2))
    agent = cast.agent_for(company, lang)
    t = max(t, respond - timedelta(minutes=rng.uniform(1, 12)))
    yield Step(t, partial(cast.cases.assign, number, agent, actor=agent))
    if rng.random() < 0.3:
        t = max(t, respond - timedelta(minutes=1))
        note = rng.choice(NOTES)
        yield Step(t, partial(cast.talk.note, number, note, agent))
    first = say(rng, FIRST_REPLIES, lang)
    if chat and rng.random() < 0.25:
        yield Step(respond, partial(cast.talk.agent_chat, number, first, agent))
    else:
        yield Step(respond, partial(cast.talk.reply, number, first, agent))
        if rng.random() < 0.3:  # asked for logs: waits for the customer
            yield Step(respond, partial(cast.cases.change_status, number, "pending_customer", actor=agent))
    t = respond

    # how long it takes to solve (wall time), and whether it waits on hold
    median_hours = {1: 4, 2: 10, 3: 22, 4: 36}[int(case.severity)]
    if topic.category.is_paid_add_on:
        median_hours = 96
    solve_at = opened + timedelta(hours=median_hours * math.exp(rng.gauss(0, 0.8)))
    on_hold = rng.random() < 0.05
    if on_hold:
        solve_at += timedelta(days=rng.uniform(10, 25))
    solve_at = max(solve_at, t + timedelta(minutes=20))

    rounds = rng.choice((0, 1, 1, 2, 2, 3))
    gap = (solve_at - t) / (rounds + 1)
    for index in range(rounds):
        t = max(t, respond + gap * (index + rng.uniform(0.6, 1.2)))
        if on_hold and index == 0:
            t = cast.on_duty(t, case)
            yield Step(t, partial(cast.talk.note, number, LONG_RUNNING_NOTE, agent))
            yield Step(t, partial(cast.cases.change_status, number, "on_hold", actor=agent))
            continue
        if chat and rng.random() < 0.5:
            for _ in range(rng.randint(1, 3)):
                line = customer_chat(rng, plan, lang)
                yield Step(t, partial(cast.talk.customer_message, number, line, chat=True))
                t = cast.on_duty(t + timedelta(minutes=rng.uniform(1, 6)), case)
                answer = agent_chat(rng, plan, lang)
                yield Step(t, partial(cast.talk.agent_chat, number, answer, agent))
                t += timedelta(minutes=rng.uniform(1, 4))
        else:
            follow_up = say(rng, CUSTOMER_FOLLOW_UPS, lang)
            yield Step(t, partial(cast.talk.customer_message, number, follow_up))
            t = cast.on_duty(t + timedelta(minutes=rng.uniform(20, 240)), case)
            if rng.random() < 0.25:
                note = rng.choice(NOTES)
                yield Step(t, partial(cast.talk.note, number, note, agent))
                t += timedelta(minutes=rng.uniform(5, 30))
            later = say(rng, LATER_REPLIES, lang)
            yield Step(t, partial(cast.talk.reply, number, later, agent))
            if rng.random() < 0.3:
                yield Step(t, partial(cast.cases.change_status, number, "pending_customer", actor=agent))
        if rng.random() < 0.08:  # a lead moves the case to a colleague
            t = cast.on_duty(t + timedelta(minutes=rng.uniform(10, 90)), case)
            lead, other = rng.choice(cast.leads), cast.agent_for(company, lang, but=agent)
            yield Step(t, partial(cast.cases.assign, number, other, actor=lead))
            agent = other
        if rng.random() < 0.04:
            t = cast.on_duty(t + timedelta(minutes=rng.uniform(5, 60)), case)
            new = Severity(max(1, int(case.severity) - 1))
            case = yield Step(t, partial(cast.cases.change_severity, number, new, actor=agent))

    t = cast.on_duty(max(t + timedelta(minutes=10), solve_at), case)
    closing = say(rng, SOLVING_REPLIES, lang)
    yield Step(t, partial(cast.talk.reply, number, closing, agent))
    t += timedelta(minutes=rng.uniform(1, 5))
    yield Step(t, partial(cast.cases.change_status, number, "solved", actor=agent))
    t += timedelta(days=rng.uniform(2, 5))
    yield Step(t, partial(cast.cases.change_status, number, "closed"))
