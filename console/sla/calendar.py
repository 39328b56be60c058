"""The operational calendar: when the support clock runs (SPEC.md section 3).

A calendar answers four questions exactly to the second, for any year:
``add(start, minutes)`` (the earliest instant at which that many operational
minutes have elapsed), ``between(a, b)`` (operational seconds), ``is_open(t)`` and
``next_open(t)``.

:class:`OperationalCalendar` is weekly opening hours in one IANA time zone, minus
the public holidays of a list of regions and extra closure dates, plus extra open
windows (proctored exam sessions). It never steps minute by minute: each UTC year
is turned once, on first use, into a sorted list of merged open intervals in UTC
epoch seconds with running totals, and every question is a bisection in it.
:class:`AlwaysOpenCalendar` is the 24x7 clock, plain elapsed time.

Times go in as timezone-aware datetimes (naive ones are rejected) and come out as
timezone-aware UTC datetimes. Sub-second parts of inputs are dropped.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_ONE_DAY = timedelta(days=1)
_MIN_YEAR = 1
_MAX_YEAR = 9999
# How many consecutive years without a single open second `add` crosses before it
# concludes that the calendar never opens again.
_MAX_EMPTY_YEARS = 50
MAX_SPAN_YEARS = 100
"""The longest stretch one ``add`` may cover. A budget that does not run out within
it is refused: no SLA target comes near, the product's instants end in 2199, and it
bounds the work of one call (a year table costs milliseconds; a budget of 10^20
minutes used to walk every year to 9999 and take half a minute)."""
_SPAN_SECONDS = MAX_SPAN_YEARS * 366 * 86400

DEFAULT_TIME_ZONE = "Europe/Berlin"
DEFAULT_REGIONS: tuple[str, ...] = ("CH", "DE")
WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class CalendarError(ValueError):
    """A calendar that cannot be built or a question it cannot answer."""


class Calendar(Protocol):
    """What every SLA clock needs from a calendar."""

    def add(self, start: datetime, minutes: int) -> datetime: ...

    def add_seconds(self, start: datetime, seconds: int) -> datetime: ...

    def between(self, a: datetime, b: datetime) -> int: ...

    def is_open(self, t: datetime) -> bool: ...

    def next_open(self, t: datetime) -> datetime: ...

    def add_epoch(self, start: int, seconds: int) -> int: ...

    def between_epoch(self, a: int, b: int) -> int: ...

    def is_open_epoch(self, t: int) -> bool: ...

    def next_open_epoch(self, t: int) -> int: ...


# --- conversions -----------------------------------------------------------------


def to_epoch(t: datetime) -> int:
    """Whole UTC epoch seconds of an aware datetime (sub-seconds dropped, floor)."""
    zone = t.tzinfo
    if zone is not UTC and (zone is None or t.utcoffset() is None):
        raise CalendarError(f"naive datetime {t.isoformat()} has no time zone; give an offset")
    if t.microsecond == 0 and _FAST_YEARS[0] < t.year < _FAST_YEARS[1]:
        # Whole seconds in this range are exact as a float: the C fast path.
        return int(t.timestamp())
    delta = t - EPOCH
    return delta.days * 86400 + delta.seconds


_FAST_YEARS = (1, 9999)


def from_epoch(seconds: int) -> datetime:
    """The aware UTC datetime of epoch ``seconds``."""
    return EPOCH + timedelta(seconds=seconds)


def _check_minutes(minutes: int) -> int:
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise CalendarError(f"minutes must be a whole number, not {minutes!r}")
    if minutes < 0:
        raise CalendarError(f"minutes must not be negative, not {minutes}")
    return minutes * 60


def _too_long(seconds: int) -> CalendarError:
    amount = f"{seconds // 60} minutes" if seconds % 60 == 0 else f"{seconds} seconds"
    return CalendarError(f"{amount} do not run out within {MAX_SPAN_YEARS} years on this calendar")


# --- weekly hours ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DailyWindow:
    """An opening window within one local day, in minutes after midnight.

    ``end_minute`` may be 1440 (midnight at the end of the day); windows never
    cross midnight: split a night shift into two windows on two weekdays.
    """

    start_minute: int
    end_minute: int

    def __post_init__(self) -> None:
        if not 0 <= self.start_minute < self.end_minute <= 1440:
            raise CalendarError(
                f"an opening window must lie within one day and end after it starts "
                f"({_hhmm(self.start_minute)}-{_hhmm(self.end_minute)})"
            )

    @classmethod
    def parse(cls, text: str) -> DailyWindow:
        """``"08:00-20:00"`` (``24:00`` allowed as an end)."""
        try:
            start_text, end_text = (part.strip() for part in text.split("-"))
            return cls(_parse_hhmm(start_text), _parse_hhmm(end_text))
        except (ValueError, TypeError) as error:
            if isinstance(error, CalendarError):
                raise
            raise CalendarError(f"an opening window reads like 08:00-20:00, not {text!r}") from None

    def __str__(self) -> str:
        return f"{_hhmm(self.start_minute)}-{_hhmm(self.end_minute)}"


def _parse_hhmm(text: str) -> int:
    hours, minutes = text.split(":")
    value = int(hours) * 60 + int(minutes)
    if not (0 <= int(minutes) < 60 and 0 <= value <= 1440):
        raise ValueError(text)
    return value


def _hhmm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


WeeklyHours = Mapping[int, Sequence[DailyWindow]]
"""Opening windows per weekday, Monday = 0 ... Sunday = 6."""


def business_week(start: time = time(8), end: time = time(20)) -> dict[int, tuple[DailyWindow, ...]]:
    """Monday to Friday, ``start`` to ``end`` (default 08:00–20:00)."""
    window = DailyWindow(start.hour * 60 + start.minute, end.hour * 60 + end.minute)
    return {day: (window,) for day in range(5)}


def weekly_hours_text(hours: WeeklyHours) -> str:
    """The inverse of :func:`parse_weekly_hours`, with equal consecutive days joined."""
    parts: list[str] = []
    days = sorted(day for day, windows in hours.items() if windows)
    index = 0
    while index < len(days):
        first = days[index]
        windows = tuple(hours[first])
        last = first
        while (
            index + 1 < len(days) and days[index + 1] == last + 1 and tuple(hours[days[index + 1]]) == windows
        ):
            index += 1
            last = days[index]
        names = WEEKDAY_NAMES[first].lower() + (f"-{WEEKDAY_NAMES[last].lower()}" if last != first else "")
        parts.append(f"{names} {', '.join(str(w) for w in windows)}")
        index += 1
    return "; ".join(parts)


# --- extra open windows ------------------------------------------------------------


class WindowSource(Protocol):
    """Extra open time (exam sessions) that a calendar unites with its hours."""

    def windows_between(self, start: int, end: int) -> Iterable[tuple[int, int]]:
        """Open windows ``(start, end)`` in epoch seconds that overlap ``[start, end)``."""
        ...


@dataclass(frozen=True, slots=True)
class FixedWindows:
    """A fixed list of open windows (epoch seconds, end exclusive)."""

    windows: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, windows: Iterable[tuple[datetime, datetime]]) -> FixedWindows:
        converted = []
        for start, end in windows:
            s, e = to_epoch(start), to_epoch(end)
            if e <= s:
                raise CalendarError(
                    f"an open window must end after it starts ({start.isoformat()} - {end.isoformat()})"
                )
            converted.append((s, e))
        return cls(tuple(sorted(converted)))

    def windows_between(self, start: int, end: int) -> Iterable[tuple[int, int]]:
        return [(s, e) for s, e in self.windows if s < end and e > start]


# --- the operational calendar ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _YearTable:
    """One UTC year's open time: merged intervals and running totals."""

    start: int
    end: int
    starts: list[int]
    ends: list[int]
    cum_start: list[int]  # operational seconds in the year before interval i
    cum_end: list[int]  # ... up to the end of interval i
    total: int

    def cum_at(self, t: int) -> int:
        """Operational seconds from the year's start to ``t`` (start <= t <= end)."""
        i = bisect.bisect_right(self.starts, t) - 1
        if i < 0:
            return 0
        end = self.ends[i]
        return self.cum_start[i] + (t if t < end else end) - self.starts[i]

    def instant_of(self, target: int) -> int:
        """The earliest instant whose running total reaches ``target`` (0 < target <= total)."""
        i = bisect.bisect_left(self.cum_end, target)
        return self.starts[i] + target - self.cum_start[i]


class OperationalCalendar:
    """Weekly hours in one time zone, minus holidays and closures, plus extra windows.

    Instances are immutable in meaning and safe to share between threads; each
    year's table is built once on first use.
    """

    def __init__(
        self,
        time_zone: str = DEFAULT_TIME_ZONE,
        weekly_hours: WeeklyHours | None = None,
        holiday_regions: Sequence[str] = DEFAULT_REGIONS,
        closures: Iterable[date] = (),
        extra_windows: Sequence[WindowSource] = (),
    ) -> None:
        try:
            self.zone = ZoneInfo(time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise CalendarError(
                f"unknown time zone {time_zone!r} (use an IANA name such as Europe/Berlin)"
            ) from None
        self.time_zone = time_zone
        hours = business_week() if weekly_hours is None else weekly_hours
        self.weekly_hours: dict[int, tuple[DailyWindow, ...]] = {}
        for day, windows in hours.items():
            if day not in range(7):
                raise CalendarError(f"weekday must be 0 (Monday) to 6 (Sunday), not {day!r}")
            if windows:
                self.weekly_hours[day] = tuple(sorted(windows, key=lambda w: w.start_minute))
        if not self.weekly_hours:
            raise CalendarError("the weekly hours are empty: the calendar would never open")
        self.holiday_regions = tuple(_normalise_region(code) for code in holiday_regions)
        self._holiday_factories = [_holiday_factory(code) for code in self.holiday_regions]
        self.closures = frozenset(closures)
        self.extra_windows = tuple(extra_windows)
        self._max_span_seconds = _SPAN_SECONDS if self.extra_windows else self._weekly_bound()
        self._years: dict[int, _YearTable] = {}
        self._holiday_years: dict[int, frozenset[date]] = {}
        self._lock = threading.Lock()
        self._last: _YearTable | None = None

    def _weekly_bound(self) -> int:
        """More open seconds than the weekly hours can give in :data:`MAX_SPAN_YEARS`
        years (53 weeks a year, plus an hour for each of two DST changes): a budget
        above it is refused without building a single year."""
        weekly = sum(w.end_minute - w.start_minute for ws in self.weekly_hours.values() for w in ws) * 60
        return MAX_SPAN_YEARS * (53 * weekly + 2 * 3600)

    def with_windows(self, *sources: WindowSource) -> OperationalCalendar:
        """This calendar united with more open windows (e.g. an account's exam sessions)."""
        return OperationalCalendar(
            self.time_zone,
            self.weekly_hours,
            self.holiday_regions,
            self.closures,
            self.extra_windows + sources,
        )

    def __repr__(self) -> str:
        hours = ", ".join(
            f"{WEEKDAY_NAMES[d]} {' '.join(str(w) for w in ws)}"
            for d, ws in sorted(self.weekly_hours.items())
        )
        return (
            f"OperationalCalendar({self.time_zone}; {hours}; holidays {','.join(self.holiday_regions) or 'none'}; "
            f"{len(self.closures)} closures; {len(self.extra_windows)} window sources)"
        )

    # -- public questions, datetimes ------------------------------------------------

    def add(self, start: datetime, minutes: int) -> datetime:
        """The earliest instant at which ``minutes`` operational minutes after ``start``
        have elapsed. A budget that runs out exactly at closing time is due then."""
        return from_epoch(self.add_epoch(to_epoch(start), _check_minutes(minutes)))

    def add_seconds(self, start: datetime, seconds: int) -> datetime:
        if seconds < 0:
            raise CalendarError(f"seconds must not be negative, not {seconds}")
        return from_epoch(self.add_epoch(to_epoch(start), seconds))

    def between(self, a: datetime, b: datetime) -> int:
        """Operational seconds from ``a`` to ``b`` (negative when ``b`` is before ``a``)."""
        return self.between_epoch(to_epoch(a), to_epoch(b))

    def is_open(self, t: datetime) -> bool:
        """Whether the clock runs at ``t`` (open intervals include their start, not their end)."""
        return self.is_open_epoch(to_epoch(t))

    def next_open(self, t: datetime) -> datetime:
        """``t`` itself when open, else the next instant the calendar opens."""
        return from_epoch(self.next_open_epoch(to_epoch(t)))

    # -- public questions, epoch seconds ---------------------------------------------

    def add_epoch(self, start: int, seconds: int) -> int:
        if seconds == 0:
            return start
        if seconds > self._max_span_seconds:
            raise _too_long(seconds)
        table = self._table_at(start)
        target = table.cum_at(start) + seconds
        empty_years = 0
        years = 0
        while target > table.total:
            target -= table.total
            empty_years = empty_years + 1 if table.total == 0 else 0
            if empty_years > _MAX_EMPTY_YEARS:
                raise CalendarError(
                    f"the calendar has no open time for {_MAX_EMPTY_YEARS} years after {from_epoch(start).isoformat()}"
                )
            years += 1
            if years > MAX_SPAN_YEARS:
                raise _too_long(seconds)
            table = self._table_for_start(table.end)
        return table.instant_of(target)

    def between_epoch(self, a: int, b: int) -> int:
        if b < a:
            return -self.between_epoch(b, a)
        ta = self._table_at(a)
        if b <= ta.end:
            return ta.cum_at(b) - ta.cum_at(a)
        total = ta.total - ta.cum_at(a)
        table = self._table_for_start(ta.end)
        while b > table.end:
            total += table.total
            table = self._table_for_start(table.end)
        return total + table.cum_at(b)

    def is_open_epoch(self, t: int) -> bool:
        table = self._table_at(t)
        i = bisect.bisect_right(table.starts, t) - 1
        return i >= 0 and t < table.ends[i]

    def next_open_epoch(self, t: int) -> int:
        table = self._table_at(t)
        for _ in range(_MAX_EMPTY_YEARS + 1):
            i = bisect.bisect_right(table.starts, t) - 1
            if i >= 0 and t < table.ends[i]:
                return t
            if i + 1 < len(table.starts):
                return table.starts[i + 1]
            table = self._table_for_start(table.end)
            t = table.start
        raise CalendarError(f"the calendar does not open within {_MAX_EMPTY_YEARS} years")

    def open_intervals(self, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
        """The open intervals overlapping ``[start, end)``, clipped to it (for displays)."""
        s, e = to_epoch(start), to_epoch(end)
        out: list[tuple[int, int]] = []
        t = s
        while t < e:
            table = self._table_at(t)
            for a, b in zip(table.starts, table.ends, strict=True):
                if b > t and a < e:
                    lo, hi = max(a, t), min(b, e)
                    if out and out[-1][1] == lo:
                        out[-1] = (out[-1][0], hi)
                    else:
                        out.append((lo, hi))
            t = table.end
        return [(from_epoch(a), from_epoch(b)) for a, b in out]

    def holidays_in(self, year: int) -> dict[date, str]:
        """The public holidays of the configured regions in ``year``, with their names."""
        names: dict[date, list[str]] = {}
        for code, factory in zip(self.holiday_regions, self._holiday_factories, strict=True):
            for day, name in factory(year).items():
                names.setdefault(day, []).append(f"{name} ({code})")
        return {day: "; ".join(parts) for day, parts in sorted(names.items())}

    # -- year tables -------------------------------------------------------------------

    def _table_at(self, t: int) -> _YearTable:
        last = self._last
        if last is not None and last.start <= t < last.end:
            return last
        year = from_epoch(t).year
        table = self._year(year)
        self._last = table
        return table

    def _table_for_start(self, t: int) -> _YearTable:
        """The table of the year that starts at ``t``."""
        return self._year(from_epoch(t).year)

    def _year(self, year: int) -> _YearTable:
        table = self._years.get(year)
        if table is None:
            if not _MIN_YEAR <= year < _MAX_YEAR:
                raise CalendarError(f"year {year} is outside the supported range {_MIN_YEAR}-{_MAX_YEAR - 1}")
            with self._lock:
                table = self._years.get(year)
                if table is None:
                    table = self._build_year(year)
                    self._years[year] = table
        return table

    def _holiday_set(self, year: int) -> frozenset[date]:
        cached = self._holiday_years.get(year)
        if cached is None:
            days: set[date] = set()
            for factory in self._holiday_factories:
                days.update(factory(year).keys())
            cached = frozenset(days)
            self._holiday_years[year] = cached
        return cached

    def _build_year(self, year: int) -> _YearTable:
        year_start = to_epoch(datetime(year, 1, 1, tzinfo=UTC))
        year_end = to_epoch(datetime(year + 1, 1, 1, tzinfo=UTC))
        raw: list[tuple[int, int]] = []
        # Local days that can touch this UTC year: one either side covers every offset.
        day = date(year, 1, 1) - _ONE_DAY if year > _MIN_YEAR else date(year, 1, 1)
        last_day = date(year, 12, 31) + _ONE_DAY if year < _MAX_YEAR - 1 else date(year, 12, 31)
        zone = self.zone
        closed = self.closures
        holiday_years = {y: self._holiday_set(y) for y in {day.year, year, last_day.year}}
        while day <= last_day:
            windows = self.weekly_hours.get(day.weekday())
            if windows and day not in closed and day not in holiday_years[day.year]:
                midnight = datetime(day.year, day.month, day.day)
                for window in windows:
                    s = to_epoch((midnight + timedelta(minutes=window.start_minute)).replace(tzinfo=zone))
                    e = to_epoch((midnight + timedelta(minutes=window.end_minute)).replace(tzinfo=zone))
                    if e > s:
                        raw.append((s, e))
            day += _ONE_DAY
        for source in self.extra_windows:
            raw.extend(source.windows_between(year_start, year_end))
        return _table_from_intervals(year_start, year_end, raw)


def _table_from_intervals(year_start: int, year_end: int, raw: list[tuple[int, int]]) -> _YearTable:
    """Clip to the year, merge overlapping or touching intervals, and sum them up."""
    raw.sort()
    starts: list[int] = []
    ends: list[int] = []
    for s, e in raw:
        s, e = max(s, year_start), min(e, year_end)
        if e <= s:
            continue
        if ends and s <= ends[-1]:
            if e > ends[-1]:
                ends[-1] = e
        else:
            starts.append(s)
            ends.append(e)
    cum_start: list[int] = []
    cum_end: list[int] = []
    running = 0
    for s, e in zip(starts, ends, strict=True):
        cum_start.append(running)
        running += e - s
        cum_end.append(running)
    return _YearTable(year_start, year_end, starts, ends, cum_start, cum_end, running)


# --- holiday regions ---------------------------------------------------------------


def _normalise_region(code: str) -> str:
    text = code.strip().upper().replace("_", "-")
    if not text:
        raise CalendarError("an empty holiday region code")
    return text


def _holiday_factory(code: str) -> _HolidayLookup:
    country, _, subdivision = code.partition("-")
    try:
        holidays.country_holidays(country, subdiv=subdivision or None, years=2000)
    except NotImplementedError:
        if subdivision:
            try:
                holidays.country_holidays(country, years=2000)
            except NotImplementedError:
                raise CalendarError(f"unknown holiday region {code!r}: no country {country!r}") from None
            raise CalendarError(
                f"unknown holiday region {code!r}: {country} has no subdivision {subdivision!r}"
            ) from None
        raise CalendarError(
            f"unknown holiday region {code!r} (use ISO codes such as CH, DE or DE-BY)"
        ) from None
    return _HolidayLookup(country, subdivision or None)


class _HolidayLookup:
    """The public holidays of one region, one year at a time."""

    def __init__(self, country: str, subdivision: str | None) -> None:
        self.country = country
        self.subdivision = subdivision

    def __call__(self, year: int) -> dict[date, str]:
        if not 1 <= year <= 9999:
            return {}
        found = holidays.country_holidays(self.country, subdiv=self.subdivision, years=year)
        return {day: str(name) for day, name in found.items() if day.year == year}


# --- the 24x7 calendar -------------------------------------------------------------


class AlwaysOpenCalendar:
    """The 24x7 clock: every second counts (Premier Severity 1 on-call)."""

    time_zone = "UTC"

    def __repr__(self) -> str:
        return "AlwaysOpenCalendar()"

    def add(self, start: datetime, minutes: int) -> datetime:
        return from_epoch(self.add_epoch(to_epoch(start), _check_minutes(minutes)))

    def add_seconds(self, start: datetime, seconds: int) -> datetime:
        if seconds < 0:
            raise CalendarError(f"seconds must not be negative, not {seconds}")
        return from_epoch(self.add_epoch(to_epoch(start), seconds))

    def between(self, a: datetime, b: datetime) -> int:
        return to_epoch(b) - to_epoch(a)

    def is_open(self, t: datetime) -> bool:
        to_epoch(t)
        return True

    def next_open(self, t: datetime) -> datetime:
        return from_epoch(to_epoch(t))

    def add_epoch(self, start: int, seconds: int) -> int:
        if seconds > _SPAN_SECONDS:
            raise _too_long(seconds)
        return start + seconds

    def between_epoch(self, a: int, b: int) -> int:
        return b - a

    def is_open_epoch(self, t: int) -> bool:
        return True

    def next_open_epoch(self, t: int) -> int:
        return t
