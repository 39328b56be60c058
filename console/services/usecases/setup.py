"""The set-up an admin edits: the plans' first-response targets, the support
calendar (time zone, weekly hours, holiday regions, extra closures, the at-risk
thresholds), and users with their roles. (Exam sessions are ExamService's.)

Only admins change policy; the roles are checked here, not only hidden in the
GUI. A change that moves the clocks (a target, the calendar)
recomputes, in the same transaction, the due times of the open cases still
awaiting their first response, audits each changed case and says how many
changed. The recompute reads plain columns and epoch seconds, computes with the
programme's calendars and writes only the changed rows in bulk, so that tens of
thousands of open cases take seconds, not minutes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, delete, func, select, true
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from console.domain.cases import Role
from console.domain.durations import duration_text
from console.domain.permissions import Action
from console.domain.plans import Plan, Severity
from console.services.base import Service
from console.services.errors import Conflict, InvalidInput, NotAllowed, NotFound
from console.services.infrastructure.database import Database
from console.services.infrastructure.inputs import languages_of, plan_of, severity_of
from console.services.infrastructure.lookup import optional_user, user_named
from console.services.permissions import require
from console.services.readmodels.snapshots import UserView, user_view
from console.services.usecases.due_times import recompute_due_times
from console.services.usecases.setup_change import SetupResult as SetupResult  # callers import it here
from console.sla.calendar import (
    WEEKDAY_NAMES,
    CalendarError,
    DailyWindow,
    OperationalCalendar,
)
from console.sla.calendar import weekly_hours_text as weekly_hours_text  # its home is the core
from console.sla.policy import OPERATIONAL_DAY_MINUTES, ClockKind
from console.storage.models import (
    Account,
    CalendarClosure,
    CalendarHours,
    Case,
    PlanTarget,
    SupportCalendarRecord,
    User,
)

MAX_TARGET_MINUTES = 30 * OPERATIONAL_DAY_MINUTES
"""The longest first-response target: 30 operational days (longer is a typo)."""
CALENDAR_ID = 1

WeeklyHours = Mapping[int, Sequence[DailyWindow]]


# --- what the use cases return --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TargetView:
    plan: Plan
    severity: Severity
    minutes: int
    clock_kind: ClockKind
    version: int

    @property
    def text(self) -> str:
        return target_text(self.minutes)


@dataclass(frozen=True, slots=True)
class TargetEdit:
    """One target to set; ``expected_version`` is the version the admin saw."""

    plan: Plan
    severity: Severity
    minutes: int
    expected_version: int | None = None


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


# --- texts shared by the command line and the screens -------------------------------------


def target_text(minutes: int) -> str:
    """A target as people read it: ``15m``, ``4h``, ``1 day (12h)``, ``1h 30m``."""
    if minutes % OPERATIONAL_DAY_MINUTES == 0:
        days = minutes // OPERATIONAL_DAY_MINUTES
        return f"{days} day{'s' if days != 1 else ''} ({minutes // 60}h)"
    if minutes % 60 == 0:
        return f"{minutes // 60}h"
    return duration_text(minutes * 60)


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


# --- the use cases --------------------------------------------------------------------------


class SetupService(Service):
    # -- targets -------------------------------------------------------------------------

    def targets(self) -> list[TargetView]:
        """Every plan × severity target with its clock kind, Standard first."""
        order = {plan: index for index, plan in enumerate(Plan)}
        with self.db.read() as session:
            rows = session.scalars(select(PlanTarget)).all()
            views = [
                TargetView(
                    Plan(t.plan_code), Severity(t.severity), t.minutes, ClockKind(t.clock_kind), t.version
                )
                for t in rows
            ]
        return sorted(views, key=lambda v: (order[v.plan], v.severity))

    def set_target(
        self,
        plan: Plan | str,
        severity: Severity | str | int,
        minutes: int,
        actor: str | int | None = None,
        expected_version: int | None = None,
    ) -> SetupResult:
        """Set one target; recomputes that plan and severity's open unanswered cases."""
        return self.set_targets(
            [TargetEdit(plan_of(plan), severity_of(severity), minutes, expected_version)], actor
        )

    def set_targets(self, edits: Sequence[TargetEdit], actor: str | int | None = None) -> SetupResult:
        """Set several targets in one transaction (the GUI's grid)."""
        for edit in edits:
            _check_minutes(edit)
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.CHANGE_TARGETS)
            touched: list[tuple[Plan, Severity]] = []
            for edit in edits:
                target = session.get(PlanTarget, (edit.plan.value, int(edit.severity)))
                if target is None:
                    raise NotFound(f"no target for {edit.plan.label} severity {int(edit.severity)}")
                if edit.expected_version is not None and target.version != edit.expected_version:
                    raise Conflict(
                        f"the {edit.plan.label} severity {int(edit.severity)} target was changed by "
                        "someone else — reloaded"
                    )
                if target.minutes != edit.minutes:
                    target.minutes = edit.minutes
                    touched.append((edit.plan, edit.severity))
            if not touched:
                return SetupResult(0)
            session.flush()
            Database.record_change(session, "policy", CALENDAR_ID, "targets", actor_id=_id(who), at=moment)
            session.flush()
            scope = [
                (Case.plan_code == plan.value) & (Case.severity == int(severity))
                for plan, severity in touched
            ]
            return SetupResult(self._recompute(session, who, moment, _any_of(scope)))

    # -- the support calendar ------------------------------------------------------------

    def calendar_settings(self) -> CalendarSettings:
        with self.db.read() as session:
            return _calendar_settings(session)

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
            return SetupResult(self._calendar_changed(session, who, moment, "settings"))

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
            return SetupResult(self._calendar_changed(session, who, moment, "closure_added"))

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
            return SetupResult(self._calendar_changed(session, who, moment, "closure_removed"))

    def set_risk_thresholds(
        self, fraction: float, minutes: int, actor: str | int | None = None
    ) -> SetupResult:
        """When a running clock turns "at risk": at most ``fraction`` of the target or
        ``minutes`` operational minutes left. Due times do not move."""
        if not 0 < fraction < 1:
            raise InvalidInput(f"the at-risk share of the target must be between 0 and 1, not {fraction}")
        if not 0 <= minutes <= 24 * 60:
            raise InvalidInput(f"the at-risk minutes must be between 0 and 1440, not {minutes}")
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.CHANGE_AT_RISK_THRESHOLDS)
            record = session.get_one(SupportCalendarRecord, CALENDAR_ID)
            if record.at_risk_fraction != fraction or record.at_risk_seconds != minutes * 60:
                record.at_risk_fraction = fraction
                record.at_risk_seconds = minutes * 60
                Database.record_change(
                    session, "policy", CALENDAR_ID, "thresholds", actor_id=_id(who), at=moment
                )
        return SetupResult(0)

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

    # -- users and roles -----------------------------------------------------------------

    def update_user(
        self,
        name: str | int,
        role: Role | str | None = None,
        team: str | None = None,
        active: bool | None = None,
        languages: Sequence[str] | str | None = None,
        actor: str | int | None = None,
        expected_version: int | None = None,
    ) -> UserView:
        """Change a user's role, team (empty text clears it), activity or languages."""
        kind = None
        if role is not None:
            try:
                kind = role if isinstance(role, Role) else Role.parse(role)
            except ValueError as error:
                raise InvalidInput(str(error)) from None
        langs = None
        if languages is not None:
            langs = languages_of(languages.split(",") if isinstance(languages, str) else languages)
            if not langs:
                raise InvalidInput("a user speaks at least one language (e.g. en)")
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.MANAGE_USERS)
            user = user_named(session, name)
            if expected_version is not None and user.version != expected_version:
                raise Conflict(f"{user.name} was changed by someone else — reloaded")
            new_role = user.role if kind is None else kind.value
            new_active = user.active if active is None else active
            if (
                user.role == Role.ADMIN.value
                and user.active
                and (new_role != Role.ADMIN.value or not new_active)
            ):
                others = session.scalar(
                    select(func.count()).where(
                        User.role == Role.ADMIN.value, User.active.is_(True), User.id != user.id
                    )
                )
                if not others:
                    raise NotAllowed(
                        f"{user.name} is the last active admin: make another user an admin first"
                    )
            if user.role == Role.TAM.value and new_role != Role.TAM.value:
                accounts = session.scalars(
                    select(Account.name).where(Account.tam_id == user.id).order_by(Account.name)
                ).all()
                if accounts:
                    raise NotAllowed(
                        f"{user.name} is still the TAM of {', '.join(accounts)}: "
                        "give those accounts another TAM first"
                    )
            changes: list[str] = []
            if new_role != user.role:
                user.role = new_role
                changes.append("role")
            if team is not None and (" ".join(team.split()) or None) != user.team:
                user.team = " ".join(team.split()) or None
                changes.append("team")
            if new_active != user.active:
                user.active = new_active
                changes.append("active")
            if langs is not None and ",".join(langs) != user.languages:
                user.languages = ",".join(langs)
                changes.append("languages")
            if changes:
                session.flush()
                Database.record_change(
                    session, "user", user.id, "_".join(changes)[:30], actor_id=_id(who), at=moment
                )
            session.flush()
            return user_view(user)

    # -- recomputing due times ---------------------------------------------------------------

    def _calendar_changed(self, session: Session, who: User | None, moment: datetime, action: str) -> int:
        """Check the stored calendar can be built, log it, recompute every open clock."""
        settings = _calendar_settings(session)
        try:
            OperationalCalendar(
                settings.time_zone,
                dict(settings.weekly_hours),
                settings.regions,
                [c.day for c in settings.closures],
            )
        except CalendarError as error:
            raise InvalidInput(str(error)) from None
        Database.record_change(session, "calendar", CALENDAR_ID, action, actor_id=_id(who), at=moment)
        session.flush()
        return self._recompute(session, who, moment, true())

    def _recompute(
        self, session: Session, who: User | None, moment: datetime, scope: ColumnElement[bool]
    ) -> int:
        # the set-up change is logged and flushed: the loader reads the new programme
        return recompute_due_times(session, self.loader.load(session), who, moment, scope)


# --- validation -------------------------------------------------------------------------


def check_time_zone(text: str) -> str:
    name = text.strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(f"unknown time zone {text!r} (use an IANA name such as Europe/Berlin)") from None
    if not name:
        raise InvalidInput("the support calendar needs a time zone such as Europe/Berlin")
    return name


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


def _check_minutes(edit: TargetEdit) -> None:
    minutes = edit.minutes
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= MAX_TARGET_MINUTES:
        raise InvalidInput(
            f"the {edit.plan.label} severity {int(edit.severity)} target must be 1 to {MAX_TARGET_MINUTES} "
            f"operational minutes (30 days), not {minutes!r}"
        )


# --- reading --------------------------------------------------------------------------------


def _calendar_settings(session: Session) -> CalendarSettings:
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


def _any_of(conditions: Sequence[ColumnElement[bool]]) -> ColumnElement[bool]:
    combined = conditions[0]
    for condition in conditions[1:]:
        combined = combined | condition
    return combined


def _id(user: User | None) -> int | None:
    return None if user is None else user.id
