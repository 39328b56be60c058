"""The support calendar: its time zone, the weekly opening hours, the regions whose
public holidays close it, and extra closure dates; plus a preview of the holidays
a set of regions brings in a year.

Only admins change it (``Action.CHANGE_CALENDAR``). Any change recomputes, in the
same transaction, the due times of every open case still awaiting its first
response, and says how many moved. The at-risk thresholds are stored with the
calendar and shown with its settings; they are changed by
``RiskThresholdService``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise

from sqlalchemy import delete, select, true
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from console.domain.permissions import Action
from console.services.base import Service
from console.services.errors import Conflict, InvalidInput, NotFound
from console.services.infrastructure.database import Database
from console.services.infrastructure.inputs import check_time_zone
from console.services.infrastructure.lookup import optional_user
from console.services.permissions import require
from console.services.usecases.setup_change import (
    CALENDAR_ID,
    SetupResult,
    actor_id,
    recompute_after_change,
)
from console.sla.calendar import (
    WEEKDAY_NAMES,
    CalendarError,
    DailyWindow,
    OperationalCalendar,
    WeeklyHours,
)
from console.sla.calendar import weekly_hours_text as weekly_hours_text  # its home is the core
from console.storage.models import CalendarClosure, CalendarHours, SupportCalendarRecord, User


@dataclass(frozen=True, slots=True)
class ClosureView:
    day: date
    reason: str


@dataclass(frozen=True, slots=True)
class CalendarSettings:
    time_zone: str
    regions: tuple[str, ...]
    weekly_hours: tuple[tuple[int, tuple[DailyWindow, ...]], ...]  # (weekday, windows), Monday = 0
    closures: tuple[ClosureView, ...]
    at_risk_fraction: float
    at_risk_minutes: int
    version: int

    def hours_of(self, weekday: int) -> tuple[DailyWindow, ...]:
        return dict(self.weekly_hours).get(weekday, ())

    @property
    def hours_text(self) -> str:
        return weekly_hours_text(dict(self.weekly_hours))


@dataclass(frozen=True, slots=True)
class HolidayRow:
    day: date
    name: str
    regions: tuple[str, ...]


# --- the weekly hours as people write them ---------------------------------------------------

_DAY_KEYS = {name.lower(): index for index, name in enumerate(WEEKDAY_NAMES)}


def parse_weekly_hours(text: str) -> dict[int, tuple[DailyWindow, ...]]:
    """``"mon-fri 08:00-20:00; sat 09:00-13:00"`` as windows per weekday (Monday = 0).

    Parts are separated by ``;``; each names a day or a range of days, then one or
    more windows separated by commas. Days not named are closed."""
    hours: dict[int, list[DailyWindow]] = {}
    parts = [part.strip() for part in text.split(";") if part.strip()]
    if not parts:
        raise InvalidInput('weekly hours read like "mon-fri 08:00-20:00", not an empty text')
    for part in parts:
        days_text, _, windows_text = part.partition(" ")
        days = _parse_days(days_text.strip().lower(), part)
        if not windows_text.strip():
            raise InvalidInput(f'{part!r} names no opening window (e.g. "mon-fri 08:00-20:00")')
        try:
            windows = [DailyWindow.parse(w) for w in windows_text.split(",") if w.strip()]
        except CalendarError as error:
            raise InvalidInput(str(error)) from None
        for day in days:
            hours.setdefault(day, []).extend(windows)
    return {day: tuple(windows) for day, windows in sorted(hours.items())}


def _parse_days(text: str, part: str) -> list[int]:
    first, dash, last = text.partition("-")
    try:
        start = _DAY_KEYS[first[:3]] if len(first) >= 3 else -1
        end = _DAY_KEYS[last[:3]] if dash else start
    except KeyError:
        start = end = -1
    if start < 0 or end < start:
        raise InvalidInput(f"{part!r}: days read like mon, mon-fri or sat-sun (Monday to Sunday, in order)")
    return list(range(start, end + 1))


# --- the use cases ----------------------------------------------------------------------------


class CalendarService(Service):
    def calendar_settings(self) -> CalendarSettings:
        with self.db.read() as session:
            return calendar_settings(session)

    def set_calendar(
        self,
        time_zone: str | None = None,
        regions: Sequence[str] | str | None = None,
        weekly_hours: WeeklyHours | str | None = None,
        actor: str | int | None = None,
        expected_version: int | None = None,
    ) -> SetupResult:
        """Change the zone, the holiday regions and/or the weekly hours (None keeps
        each); recomputes every open case awaiting its first response."""
        zone = None if time_zone is None else check_time_zone(time_zone)
        codes = None if regions is None else check_regions(regions)
        hours = None
        if weekly_hours is not None:
            hours = check_weekly_hours(
                parse_weekly_hours(weekly_hours) if isinstance(weekly_hours, str) else weekly_hours
            )
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.CHANGE_CALENDAR)
            record = session.get_one(SupportCalendarRecord, CALENDAR_ID)
            if expected_version is not None and record.version != expected_version:
                raise Conflict("the support calendar was changed by someone else — reloaded")
            changed = False
            if zone is not None and zone != record.time_zone:
                record.time_zone = zone
                changed = True
            if codes is not None and ",".join(codes) != record.holiday_regions:
                record.holiday_regions = ",".join(codes)
                changed = True
            if hours is not None:
                stored = session.execute(
                    select(CalendarHours.weekday, CalendarHours.start_minute, CalendarHours.end_minute)
                ).all()
                wanted = [
                    (day, w.start_minute, w.end_minute) for day, ws in sorted(hours.items()) for w in ws
                ]
                if sorted(tuple(row) for row in stored) != sorted(wanted):
                    session.execute(delete(CalendarHours))
                    session.add_all(
                        CalendarHours(weekday=d, start_minute=s, end_minute=e) for d, s, e in wanted
                    )
                    changed = True
            if not changed:
                return SetupResult(0)
            # Any change bumps the calendar's version, so that a stale editor is told.
            flag_modified(record, "time_zone")
            session.flush()
            return SetupResult(self._changed(session, who, moment, "settings"))

    def add_closure(self, day: date, reason: str = "", actor: str | int | None = None) -> SetupResult:
        """Close the support calendar on ``day`` (on top of the public holidays)."""
        text = " ".join(reason.split())
        if len(text) > 200:
            raise InvalidInput("a closure reason is at most 200 characters")
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.CHANGE_CALENDAR, doing="add closure dates")
            if session.scalar(select(CalendarClosure.id).where(CalendarClosure.day == day)) is not None:
                raise InvalidInput(f"{day.isoformat()} is already a closure date")
            session.add(CalendarClosure(day=day, reason=text))
            session.flush()
            return SetupResult(self._changed(session, who, moment, "closure_added"))

    def remove_closure(self, day: date, actor: str | int | None = None) -> SetupResult:
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.CHANGE_CALENDAR, doing="remove closure dates")
            found = session.scalar(select(CalendarClosure).where(CalendarClosure.day == day))
            if found is None:
                raise NotFound(f"{day.isoformat()} is not a closure date")
            session.delete(found)
            session.flush()
            return SetupResult(self._changed(session, who, moment, "closure_removed"))

    def holiday_preview(self, regions: Sequence[str] | str, year: int) -> list[HolidayRow]:
        """The public holidays ``regions`` bring in ``year`` (reads nothing stored)."""
        if not 1900 <= year <= 2200:
            raise InvalidInput(f"pick a year between 1900 and 2200, not {year}")
        found: dict[date, dict[str, list[str]]] = {}
        for code in check_regions(regions):
            calendar = OperationalCalendar("UTC", None, [code])
            for day, label in calendar.holidays_in(year).items():
                name = label.removesuffix(f" ({code})")
                found.setdefault(day, {}).setdefault(name, []).append(code)
        return [
            HolidayRow(day, name, tuple(codes))
            for day, names in sorted(found.items())
            for name, codes in names.items()
        ]

    def _changed(self, session: Session, who: User | None, moment: datetime, action: str) -> int:
        """Check the stored calendar can be built, log it, recompute every open clock."""
        settings = calendar_settings(session)
        try:
            OperationalCalendar(
                settings.time_zone,
                dict(settings.weekly_hours),
                settings.regions,
                [c.day for c in settings.closures],
            )
        except CalendarError as error:
            raise InvalidInput(str(error)) from None
        Database.record_change(session, "calendar", CALENDAR_ID, action, actor_id=actor_id(who), at=moment)
        session.flush()
        return recompute_after_change(session, self.loader, who, moment, true())


# --- validation -------------------------------------------------------------------------


def check_regions(regions: Sequence[str] | str) -> list[str]:
    """Region codes normalised (``de-by`` -> ``DE-BY``), each known to the holidays package."""
    raw = regions.split(",") if isinstance(regions, str) else list(regions)
    codes: list[str] = []
    for code in raw:
        clean = code.strip().upper().replace("_", "-")
        if not clean or clean in codes:
            continue
        try:
            OperationalCalendar("UTC", None, [clean])
        except CalendarError as error:
            raise InvalidInput(str(error)) from None
        codes.append(clean)
    return codes


def check_weekly_hours(hours: WeeklyHours) -> dict[int, tuple[DailyWindow, ...]]:
    """Windows per weekday, sorted; overlapping windows on one day are refused."""
    clean: dict[int, tuple[DailyWindow, ...]] = {}
    for day, windows in hours.items():
        if day not in range(7):
            raise InvalidInput(f"weekday must be 0 (Monday) to 6 (Sunday), not {day!r}")
        ordered = tuple(sorted(windows, key=lambda w: w.start_minute))
        for before, after in pairwise(ordered):
            if after.start_minute < before.end_minute:
                raise InvalidInput(f"{WEEKDAY_NAMES[day]}: the windows {before} and {after} overlap")
        if ordered:
            clean[day] = ordered
    if not clean:
        raise InvalidInput("the weekly hours are empty: the support calendar would never open")
    return clean


# --- reading --------------------------------------------------------------------------------


def calendar_settings(session: Session) -> CalendarSettings:
    """The stored calendar and thresholds, in ``session``."""
    record = session.get_one(SupportCalendarRecord, CALENDAR_ID)
    hours: dict[int, list[DailyWindow]] = {}
    for weekday, start, end in session.execute(
        select(CalendarHours.weekday, CalendarHours.start_minute, CalendarHours.end_minute).order_by(
            CalendarHours.weekday, CalendarHours.start_minute
        )
    ).tuples():
        hours.setdefault(weekday, []).append(DailyWindow(start, end))
    closures = tuple(
        ClosureView(day, reason)
        for day, reason in session.execute(
            select(CalendarClosure.day, CalendarClosure.reason).order_by(CalendarClosure.day)
        ).tuples()
    )
    return CalendarSettings(
        record.time_zone,
        tuple(code for code in record.holiday_regions.split(",") if code.strip()),
        tuple((day, tuple(windows)) for day, windows in sorted(hours.items())),
        closures,
        record.at_risk_fraction,
        record.at_risk_seconds // 60,
        record.version,
    )
