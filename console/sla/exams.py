"""Proctored exam session windows as extra open time for an account's SLA calendar.

Exam sessions are booked the way the Proctored plan is sold (SPEC.md section 3):
on demand (one window) or recurring monthly or annually, written as an RFC 5545
recurrence rule (``FREQ=MONTHLY;BYDAY=1MO``) and expanded with ``dateutil.rrule``,
with cancelled occurrences left out. A recurrence is expanded in the session's own
time zone, so a 09:00 session stays at 09:00 wall-clock time across DST.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from dateutil.rrule import rrule, rrulestr

from console.sla.calendar import CalendarError, from_epoch, to_epoch

# How far the recurrence may run in one call; a rule without COUNT or UNTIL is
# only ever asked for the occurrences inside one year's table.
_MAX_OCCURRENCES_PER_QUERY = 10_000


@dataclass(frozen=True, slots=True)
class ExamSession:
    """One booked exam session: a window, or a series of windows by a recurrence rule.

    ``start`` is the first occurrence (timezone-aware, in the zone the exams are
    held in); ``cancelled`` are the starts of cancelled occurrences.
    """

    start: datetime
    end: datetime
    rrule: str | None = None
    cancelled: frozenset[datetime] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise CalendarError("exam session times need a time zone")
        if self.end <= self.start:
            raise CalendarError(
                f"an exam session must end after it starts ({self.start.isoformat()} - {self.end.isoformat()})"
            )
        if self.rrule is not None:
            parse_rule(self.rrule, self.start)

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    def occurrences(self, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
        """The session's windows overlapping ``[start, end)``, cancelled ones left out."""
        if self.rrule is None:
            if self.start < end and self.end > start:
                return [(self.start, self.end)]
            return []
        rule = parse_rule(self.rrule, self.start)
        cancelled = {to_epoch(c) for c in self.cancelled}
        duration = self.duration
        found: list[tuple[datetime, datetime]] = []
        # Occurrences starting up to one duration before `start` may still overlap it.
        first = start - duration
        for occurrence in rule.xafter(
            first.astimezone(self.start.tzinfo), inc=False, count=_MAX_OCCURRENCES_PER_QUERY
        ):
            if occurrence >= end:
                break
            if to_epoch(occurrence) in cancelled:
                continue
            if occurrence + duration > start:
                found.append((occurrence, occurrence + duration))
        return found

    def windows_between(self, start: int, end: int) -> Iterable[tuple[int, int]]:
        return [(to_epoch(s), to_epoch(e)) for s, e in self.occurrences(from_epoch(start), from_epoch(end))]

    def first_window(self) -> tuple[datetime, datetime] | None:
        """The first window the session holds, cancelled ones left out: ``start`` for
        a one-off, else the rule's first occurrence — which is not ``start`` when the
        booking began on a day the rule does not name (dateutil, unlike RFC 5545,
        counts the start only when the rule matches it). None when none is left."""
        if self.rrule is None:
            return None if self.start in self.cancelled else (self.start, self.end)
        cancelled = {to_epoch(c) for c in self.cancelled}
        rule = parse_rule(self.rrule, self.start)
        for occurrence in rule.xafter(self.start, inc=True, count=_MAX_OCCURRENCES_PER_QUERY):
            if to_epoch(occurrence) not in cancelled:
                return occurrence, occurrence + self.duration
        return None


@dataclass(frozen=True, slots=True)
class ExamSchedule:
    """All exam sessions of one account, as one window source."""

    sessions: tuple[ExamSession, ...]

    @classmethod
    def of(cls, sessions: Sequence[ExamSession]) -> ExamSchedule:
        return cls(tuple(sessions))

    def windows_between(self, start: int, end: int) -> Iterable[tuple[int, int]]:
        windows: list[tuple[int, int]] = []
        for session in self.sessions:
            windows.extend(session.windows_between(start, end))
        return windows

    def live_at(self, t: datetime) -> bool:
        """Whether an exam session of this schedule is running at ``t``."""
        moment = to_epoch(t)
        return any(s <= moment < e for s, e in self.windows_between(moment, moment + 1))


def parse_rule(text: str, start: datetime) -> rrule:
    """The recurrence rule ``text`` anchored at ``start``; CalendarError when malformed."""
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[len("RRULE:") :]
    if not body or "\n" in body:
        raise CalendarError(f"a recurrence rule reads like FREQ=MONTHLY;BYDAY=1MO, not {text!r}")
    try:
        parsed = rrulestr(body, dtstart=start)
    except (ValueError, TypeError) as error:
        raise CalendarError(f"malformed recurrence rule {text!r}: {error}") from None
    if not isinstance(parsed, rrule):
        raise CalendarError(f"a recurrence rule must be a single RRULE, not {text!r}")
    return parsed
