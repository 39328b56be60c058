"""The moment the demo is opened: four scripted cases that make ``now`` interesting
on every weekday and at every hour. They run on 24x7 clocks (Premier Severity 1)
or inside the live exam window, so their states hold whenever the demo is seeded:
a Severity 1 outage still unanswered and at risk, one answered late (breached) and
still being worked, and two on the live exam — one at risk, one in a chat that is
going on right now.
"""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from console.demo.case_stories import Cast
from console.demo.organisation import BREACH_ACCOUNT, LIVE_EXAM_ACCOUNT, URGENT_ACCOUNT, company_named
from console.demo.phrases import FIRST_REPLIES, say
from console.demo.playback import Step, Story
from console.demo.topics import TOPICS, Topic
from console.domain.plans import Category, Severity


def scenarios(cast: Cast) -> list[Story]:
    """Cases that make ``now`` interesting on every weekday and at every hour: they
    run on 24x7 clocks or inside the live exam window, so their states hold."""
    return [
        _urgent_unanswered(cast),
        _urgent_answered_late(cast),
        _exam_at_risk(cast),
        _exam_in_progress(cast),
    ]


def _urgent_unanswered(cast: Cast) -> Story:
    """Premier Severity 1 (15 minutes, 24x7), opened 9 minutes ago: at risk."""
    company = company_named(URGENT_ACCOUNT)
    topic = Topic(
        Category.INCIDENT,
        "Production outage: all users get HTTP 503 after failover",
        "Our primary site failed over at the top of the hour and since then every user gets HTTP "
        "503 from the application. Trading desks cannot work. Please call us immediately.",
    )
    yield cast.open_case(company, Severity.URGENT, topic, cast.now - timedelta(minutes=9))


def _urgent_answered_late(cast: Cast) -> Story:
    """Premier Severity 1 answered after its due time (breached), still being worked."""
    company = company_named(BREACH_ACCOUNT)
    topic = Topic(
        Category.INCIDENT,
        "Flight-planning integration down: API returns 500 for all requests",
        "Since the certificate renewal on our side all calls to /api/v2/plans fail with HTTP 500. "
        "Our dispatch team has switched to the manual fallback.",
    )
    opened = cast.now - timedelta(hours=2, minutes=10)
    case = yield cast.open_case(company, Severity.URGENT, topic, opened)
    number, tam = case.number, company.tam or cast.agents[0].name
    t = opened + timedelta(minutes=30)
    yield Step(t, partial(cast.talk.reply, number, say(cast.rng, FIRST_REPLIES, "en"), tam))
    t += timedelta(minutes=8)
    lead, agent = cast.leads[1], "Kenji Watanabe"
    yield Step(t, partial(cast.cases.assign, number, agent, actor=lead))
    t += timedelta(minutes=5)
    yield Step(t, partial(cast.talk.note, number, "TAM on-call handed over; engineering paged.", agent))
    t += timedelta(minutes=25)
    yield Step(
        t, partial(cast.talk.customer_message, number, "Any update? Dispatch is still manual.", chat=True)
    )
    t += timedelta(minutes=2)
    yield Step(
        t, partial(cast.talk.agent_chat, number, "Engineering found the cause; rolling out a fix.", agent)
    )
    t = cast.now - timedelta(minutes=4)
    yield Step(t, partial(cast.talk.customer_message, number, "Half of the requests work again.", chat=True))


def _exam_at_risk(cast: Cast) -> Story:
    """The live exam's account, Severity 2 (45 minutes), opened 32 minutes into the window."""
    company = company_named(LIVE_EXAM_ACCOUNT)
    topic = next(t for t in TOPICS["de"] if t.subject.startswith("Kandidat nach"))
    yield cast.open_case(company, Severity.HIGH, topic, cast.now - timedelta(minutes=32))


def _exam_in_progress(cast: Cast) -> Story:
    """The live exam's account, Severity 1, answered in time, chatting now."""
    company = company_named(LIVE_EXAM_ACCOUNT)
    topic = next(t for t in TOPICS["de"] if t.subject.startswith("Prüfungsaufsicht"))
    opened = cast.now - timedelta(minutes=75)
    case = yield cast.open_case(company, Severity.URGENT, topic, opened)
    number, agent = case.number, "Lukas Meier"
    t = opened + timedelta(minutes=4)
    yield Step(t, partial(cast.cases.assign, number, agent, actor=agent))
    t += timedelta(minutes=3)
    script = (
        (7, "agent", "Guten Morgen, ich bin dran. Welche Kandidaten-IDs sind betroffen?"),
        (10, "customer", "K-1043, K-1057 und K-1102, alle im Raum B."),
        (13, "agent", "Danke. Bitte lassen Sie die drei den Prüfungsbrowser neu laden."),
        (20, "customer", "Zwei sind wieder da, K-1102 zeigt weiterhin ein schwarzes Bild."),
        (24, "agent", "Ich starte den Aufsichts-Relay für Raum B neu; das dauert etwa fünf Minuten."),
        (73, "customer", "K-1102 ist wieder schwarz, und jetzt auch K-1120. Die Kandidaten warten."),
    )
    for minutes, who, line in script:
        t = opened + timedelta(minutes=minutes)
        if who == "agent":
            yield Step(t, partial(cast.talk.agent_chat, number, line, agent))
        else:
            yield Step(t, partial(cast.talk.customer_message, number, line, chat=True))
