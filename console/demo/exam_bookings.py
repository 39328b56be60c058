"""The exam sessions the demo's Proctored accounts have booked, placed relative to
``now``: monthly, yearly and one-off sittings in the accounts' own time zones, one
occurrence cancelled, and exactly one session running at ``now`` (on the live exam
account). :func:`bookings` says what each account books; :func:`not_live` moves
every other session out of ``now``, so that the live one stays the only one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from console.demo.organisation import LIVE_EXAM_ACCOUNT, SUPPORT_ZONE, Company
from console.sla.exams import ExamSchedule, ExamSession


@dataclass(frozen=True, slots=True)
class Booking:
    """One exam session to book: a window, recurring by ``rule`` when it is set."""

    zone: ZoneInfo
    start: datetime
    end: datetime
    rule: str | None
    title: str
    cancel_next: bool = False  # cancel the next occurrence after now
    live: bool = False  # the one session running at now


def bookings(company: Company, now: datetime) -> list[Booking]:
    """The exam sessions ``company`` has booked, relative to ``now``."""

    def at(zone: str, days: int, hours: tuple[int, int], rule: str | None, title: str) -> Booking:
        """From ``hours[0]`` to ``hours[1]`` o'clock local time (the next day when earlier)."""
        tz = ZoneInfo(zone)
        day = now.astimezone(tz).date() + timedelta(days=days)
        start = datetime.combine(day, time(hours[0]), tzinfo=tz)
        end_day = day + timedelta(days=1 if hours[1] <= hours[0] else 0)
        return Booking(tz, start, datetime.combine(end_day, time(hours[1]), tzinfo=tz), rule, title)

    weekday = now.astimezone(SUPPORT_ZONE).weekday()
    next_saturday = (5 - weekday) % 7 or 7
    last_saturday = -((weekday - 5) % 7 or 7)
    if company.name == LIVE_EXAM_ACCOUNT:
        live = Booking(
            ZoneInfo("Europe/Zurich"), now - timedelta(minutes=90), now + timedelta(hours=3), None,
            "Cantonal certification exam (live sitting)", live=True,
        )  # fmt: skip
        monthly = at("Europe/Zurich", -240, (8, 12), "FREQ=MONTHLY;BYDAY=1SA", "Monthly certification exam")
        return [live, replace(monthly, cancel_next=True)]
    if company.name == "Global Certification Institute":
        return [
            at(
                "America/New_York",
                -200,
                (18, 23),
                "FREQ=MONTHLY;BYDAY=-1SA",
                "Evening sitting (US Eastern)",
            ),
            at("America/New_York", 9, (9, 13), None, "On-demand retake session"),
        ]
    if company.name == "Pan-European Nursing Board":
        return [
            at("Europe/Brussels", -330, (9, 17), "FREQ=YEARLY", "Annual registration exam"),
            at("Europe/Brussels", last_saturday, (8, 12), None, "Weekend resit"),
        ]
    if company.name == "Institut Supérieur de Certification":
        return [at("Europe/Paris", -150, (14, 18), "FREQ=MONTHLY;BYMONTHDAY=15", "Session mensuelle")]
    if company.name == "Academia Técnica de Valencia":
        return [
            at("Europe/Madrid", next_saturday, (9, 14), None, "Convocatoria extraordinaria"),
            at("Europe/Madrid", -10, (21, 23), None, "Sesión nocturna"),
        ]
    return [
        at(
            "Europe/London",
            -120,
            (22, 3),
            "FREQ=MONTHLY;BYDAY=2SU",
            "Overnight sitting (APAC candidates)",
        ),
        at("Europe/London", -300, (10, 16), "FREQ=YEARLY", "Annual assessment day"),
    ]


def not_live(start: datetime, end: datetime, rule: str | None, now: datetime) -> tuple[datetime, datetime]:
    """Move a session by whole hours until none of its occurrences is running at ``now``."""
    for _ in range(12):
        if not ExamSchedule.of([ExamSession(start, end, rule)]).live_at(now):
            return start, end
        start, end = start + timedelta(hours=7), end + timedelta(hours=7)
    raise AssertionError("could not place an exam session outside the live window")
