"""The hand-computed Tuesday and Wednesday of the SLA reports: eight cases on
three plans whose every figure (met, breached, open, response time) was worked out
by hand. The reports' tests, the reports window's and the CLI's read them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from console.services.usecases.cases import CaseService
from console.services.usecases.conversation import ConversationService

TUESDAY = date(2026, 11, 24)
WEDNESDAY = date(2026, 11, 25)
THURSDAY = date(2026, 11, 26)


def berlin(day: int, hour: int, minute: int = 0) -> datetime:
    """``day`` November 2026, ``hour:minute`` in Berlin (CET, UTC+1) as UTC."""
    return datetime(2026, 11, day, hour - 1, minute, tzinfo=UTC)


@dataclass(frozen=True)
class Fixture:
    numbers: dict[str, int]


def build_fixture(
    cases: CaseService,
    talk: ConversationService,
    set_now: Callable[[datetime], None],
) -> Fixture:
    """Cases of a Tuesday and a Wednesday (the calendar: Mon–Fri 08:00–20:00
    Berlin). Ends at Wednesday 10:30 Berlin. Each line: opened, target, due, first
    response, outcome, operational response time.

    H  Globex std s4  Tue 10:00, 2160m, due Fri 10:00; reply Tue 11:00: met Tue, 3600 s
    G  Globex std s1  Tue 19:00, 240m: 60m Tue + 180m Wed -> due Wed 11:00;
                      reply Wed 10:00: met Wed, 60m + 120m = 10800 s
    A  Globex std s2  Wed 09:00, 480m, due 17:00; reply 10:30: met, 5400 s
    D  Globex std s3  Wed 09:00, 720m (a full day), due Thu 09:00; no reply: open
    I  Initech prem s1 Wed 09:00, 15m on 24x7, due 09:15; reply 09:10: met, 600 s
    C  Initech prem s3 Wed 09:00, 120m, due 11:00; reply 09:20: met, 1200 s
    B  Initech prem s2 Wed 09:00, 30m, due 09:30; reply 10:00: breached at 09:30, 3600 s
    E  Exam Board proc s1 Wed 09:00, 15m, due 09:15; no reply: breached at 09:15
    F  Globex customisation (paid add-on): no clock, never counted
    """
    numbers: dict[str, int] = {}

    def open_case(key: str, account: str, severity: int, category: str = "incident") -> None:
        numbers[key] = cases.open_case(account, severity, f"Case {key}", category=category).number

    def reply(key: str) -> None:
        talk.reply(numbers[key], "On it", "Anna Agent")

    set_now(berlin(24, 10))
    open_case("H", "Globex", 4)
    set_now(berlin(24, 11))
    reply("H")
    set_now(berlin(24, 19))
    open_case("G", "Globex", 1)
    set_now(berlin(25, 9))
    open_case("A", "Globex", 2)
    open_case("D", "Globex", 3)
    open_case("I", "Initech", 1)
    open_case("C", "Initech", 3)
    open_case("B", "Initech", 2)
    open_case("E", "Exam Board", 1)
    open_case("F", "Globex", 3, category="customisation")
    set_now(berlin(25, 9, 10))
    reply("I")
    set_now(berlin(25, 9, 20))
    reply("C")
    set_now(berlin(25, 10))
    reply("B")
    reply("G")
    set_now(berlin(25, 10, 30))
    reply("A")
    reply("F")
    return Fixture(numbers)
