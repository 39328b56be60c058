"""The wallboard's hand-computed week: nine cases from Monday to Wednesday 25
November 2026 whose every wallboard figure was worked out by hand. The wallboard's
service tests and its window's tests read it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from console.domain.cases import Presence
from tests.support.services import Services


def berlin(day: int, hour: int, minute: int = 0) -> datetime:
    """A November 2026 wall-clock time in Berlin (CET = UTC+1)."""
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC) - timedelta(hours=1)


NOW = berlin(25, 11)  # Wednesday 11:00


def build_week(services: Services) -> dict[str, int]:
    """The hand-computed week; returns the case numbers by name. Targets (operational minutes, 08-20 Mon-Fri):
    Standard S1 240 / S2 480 / S3 720 / S4 2160; Premier S1 15 real minutes (24x7),
    S2 30, S3 120; Proctored S2 45. Numbers are C1..C9 in opening order."""
    svc = services
    svc.accounts.add_user("Eva Emea", "agent", team="EMEA")
    svc.accounts.add_user("Paul Platform", "agent", team="Platform")
    svc.accounts.set_presence("Anna Agent", Presence.ONLINE)
    svc.accounts.set_presence("Eva Emea", Presence.ONLINE)
    svc.accounts.set_presence("Paul Platform", Presence.AWAY)
    clock = svc.clock

    def case(account: str, severity: int, opened: datetime) -> int:
        clock.now = opened
        return svc.cases.open_case(account, severity, f"{account} S{severity}").number

    def reply(number: int, at: datetime, agent: str = "Anna Agent") -> None:
        clock.now = at
        svc.talk.reply(number, "On it.", agent)

    # Monday 23: C1 met (due 17:00, answered 10:00), C2 breached (due 09:30, answered 10:00)
    c1 = case("Globex", 2, berlin(23, 9))
    c2 = case("Initech", 2, berlin(23, 9))
    reply(c1, berlin(23, 10))
    reply(c2, berlin(23, 10))
    # Tuesday 24: C3 met (due 11:00, answered 09:30)
    c3 = case("Initech", 3, berlin(24, 9))
    reply(c3, berlin(24, 9, 30))
    for number in (c1, c2, c3):
        svc.cases.change_status(number, "solved")
    # Wednesday 25 (today)
    c4 = case("Globex", 1, berlin(25, 9))  # due 13:00; answered 09:20: met, 1200 s
    c5 = case("Initech", 1, berlin(25, 9))  # 24x7, due 09:15, never answered: breached
    c8 = case("Initech", 3, berlin(25, 9, 10))  # due 11:10: 10 min left at 11:00, at risk
    reply(c4, berlin(25, 9, 20))
    c6 = case("Exam Board", 2, berlin(25, 9, 30))  # due 10:15; answered 10:30: breached, 3600 s
    c7 = case("Globex", 3, berlin(25, 10))  # due Thu 10:00: 660 min left, running
    c9 = case("Globex", 4, berlin(25, 10))  # answered 10:05: met, 300 s; then pending
    reply(c9, berlin(25, 10, 5))
    svc.cases.change_status(c9, "pending_customer")
    reply(c6, berlin(25, 10, 30))
    clock.now = berlin(25, 10, 40)
    svc.talk.customer_message(c8, "Anyone there?", chat=True)  # waits from 10:40
    svc.cases.assign(c4, "Eva Emea")
    svc.cases.assign(c7, "Eva Emea")
    svc.cases.assign(c6, "Paul Platform")
    svc.cases.assign(c9, "Ben Agent")
    clock.now = NOW
    return {"c4": c4, "c5": c5, "c6": c6, "c7": c7, "c8": c8, "c9": c9}
