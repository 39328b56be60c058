"""The SLA clock of one case: its due time and its state at an instant (SPEC.md section 3).

The clock starts when the case is opened and waits while the calendar is closed.
Its due time is the earliest instant at which the target's operational minutes
have elapsed. Remaining time is counted in operational seconds: while the due
time lies ahead, the operational seconds until it; after it, minus the operational
seconds elapsed since. The first public response by an agent stops the clock:
met when at or before the due instant, breached when after.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from console.sla.calendar import Calendar, CalendarError, from_epoch, to_epoch


class ClockState(enum.StrEnum):
    """What the countdown shows. Colours in the GUI follow it."""

    RUNNING = "running"
    PAUSED = "paused"
    AT_RISK = "at_risk"
    BREACHED = "breached"
    MET = "met"


@dataclass(frozen=True, slots=True)
class RiskThresholds:
    """A running clock is at risk when no more than ``fraction`` of its target, or no
    more than ``seconds`` operational seconds, are left (whichever is more)."""

    fraction: float = 0.2
    seconds: int = 15 * 60

    def __post_init__(self) -> None:
        if not 0 <= self.fraction <= 1:
            raise CalendarError(f"the at-risk fraction must lie between 0 and 1, not {self.fraction}")
        if self.seconds < 0:
            raise CalendarError(f"the at-risk seconds must not be negative, not {self.seconds}")

    def limit(self, target_seconds: int) -> float:
        return max(self.fraction * target_seconds, float(self.seconds))


DEFAULT_THRESHOLDS = RiskThresholds()


class ClockReading(NamedTuple):
    """The clock of one case at one instant.

    ``remaining_seconds`` is operational time: positive before the due time,
    negative once overdue. ``resumes_at`` is set while the calendar is closed (the
    countdown stands still until then). ``used_fraction`` is how much of the target
    has been used (above 1 once overdue), for progress bars.
    """

    state: ClockState
    due_at: datetime
    remaining_seconds: int
    target_seconds: int
    resumes_at: datetime | None
    responded_at: datetime | None

    @property
    def used_fraction(self) -> float:
        if self.target_seconds <= 0:
            return 1.0
        return (self.target_seconds - self.remaining_seconds) / self.target_seconds

    @property
    def is_paused(self) -> bool:
        return self.resumes_at is not None


@dataclass(frozen=True, slots=True)
class SlaClock:
    """A case's first-response clock: a calendar, a start and a budget in minutes."""

    calendar: Calendar
    opened_at: datetime
    target_minutes: int

    def __post_init__(self) -> None:
        to_epoch(self.opened_at)  # rejects naive datetimes
        if self.target_minutes < 0:
            raise CalendarError(f"a target must not be negative, not {self.target_minutes} minutes")

    @property
    def target_seconds(self) -> int:
        return self.target_minutes * 60

    def due_at(self) -> datetime:
        return self.calendar.add(self.opened_at, self.target_minutes)

    def due_epoch(self) -> int:
        return self.calendar.add_epoch(to_epoch(self.opened_at), self.target_seconds)

    def reading(
        self,
        now: datetime,
        responded_at: datetime | None = None,
        thresholds: RiskThresholds = DEFAULT_THRESHOLDS,
        due_epoch: int | None = None,
    ) -> ClockReading:
        """The clock at ``now``. ``due_epoch`` may be passed when already known (stored
        with the case) to save recomputing it."""
        due = self.due_epoch() if due_epoch is None else due_epoch
        return read_clock(
            self.calendar,
            due,
            self.target_seconds,
            to_epoch(now),
            None if responded_at is None else to_epoch(responded_at),
            thresholds,
        )


def read_clock(
    calendar: Calendar,
    due: int,
    target_seconds: int,
    now: int,
    responded: int | None = None,
    thresholds: RiskThresholds = DEFAULT_THRESHOLDS,
) -> ClockReading:
    """The clock's state from epoch seconds (the form the queue works in): one
    clock read by :meth:`ClockReader.read_epochs`, the one home of the states."""
    return ClockReader(calendar, now, thresholds).read_epochs(
        due,
        from_epoch(due),
        target_seconds,
        responded,
        None if responded is None else from_epoch(responded),
    )


def is_overdue(due: int, at: int) -> bool:
    """Whether a clock due at ``due`` reads BREACHED at ``at`` — its first response
    once it has one, else the instant it is read at. The due instant itself is not
    yet overdue. Needs no calendar, so callers with a long backlog of overdue clocks
    (the wallboard) may ask it before reading the rest."""
    return at > due


class _Unread(enum.Enum):
    """Marks when the calendar resumes as not worked out yet."""

    UNREAD = enum.auto()


class ClockReader:
    """Reads many clocks that share one calendar at one instant — the queue's hot
    path: whether the calendar is open now, and when it resumes, is worked out once
    (at the first running clock: a stopped clock does not need it)."""

    __slots__ = ("_resumes", "calendar", "now", "thresholds")

    def __init__(self, calendar: Calendar, now: int, thresholds: RiskThresholds = DEFAULT_THRESHOLDS) -> None:
        self.calendar = calendar
        self.now = now
        self.thresholds = thresholds
        self._resumes: datetime | _Unread | None = _Unread.UNREAD

    def read(
        self, due_at: datetime, target_seconds: int, responded_at: datetime | None = None
    ) -> ClockReading:
        return self.read_epochs(
            to_epoch(due_at),
            due_at,
            target_seconds,
            None if responded_at is None else to_epoch(responded_at),
            responded_at,
        )

    def read_epochs(
        self,
        due: int,
        due_at: datetime,
        target_seconds: int,
        responded: int | None,
        responded_at: datetime | None,
    ) -> ClockReading:
        """:meth:`read` with the instants also given as epoch seconds (no conversions).
        The one chain of the states: met or breached once answered; else breached
        after the due instant, at risk within the thresholds, paused while the
        calendar is closed, running."""
        now = self.now
        if responded is not None and responded <= now:
            # Stopped: the reading is frozen at the response.
            remaining = _remaining(self.calendar, due, responded)
            state = ClockState.BREACHED if is_overdue(due, responded) else ClockState.MET
            return ClockReading(state, due_at, remaining, target_seconds, None, responded_at)
        remaining = _remaining(self.calendar, due, now)
        resumes = self._resumes
        if resumes is _Unread.UNREAD:
            resumes = self._resumes = self._resumes_at()
        if is_overdue(due, now):
            state = ClockState.BREACHED
        elif remaining <= self.thresholds.limit(target_seconds):
            state = ClockState.AT_RISK
        elif resumes is not None:
            state = ClockState.PAUSED
        else:
            state = ClockState.RUNNING
        return ClockReading(state, due_at, remaining, target_seconds, resumes, None)

    def _resumes_at(self) -> datetime | None:
        """When the calendar, closed at ``now``, opens again (None while it is open)."""
        if self.calendar.is_open_epoch(self.now):
            return None
        return from_epoch(self.calendar.next_open_epoch(self.now))


def _remaining(calendar: Calendar, due: int, now: int) -> int:
    if now <= due:
        return calendar.between_epoch(now, due)
    return -calendar.between_epoch(due, now)
