"""The support calendar on SQLite and PostgreSQL: its settings, closures, weekly
hours, time zone and holiday regions, each change recomputing every open
unanswered case in one transaction; bad input refused with one clear message;
the holiday preview; the weekly hours as people write them.

Due times are hand-computed from the default calendar: Monday to Friday
08:00-20:00 Europe/Berlin (CET = UTC+1 in November), holidays of CH and DE."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from console.services.errors import Conflict, InvalidInput, NotFound
from console.services.usecases.support_calendar import (
    CalendarService,
    HolidayRow,
    parse_weekly_hours,
    weekly_hours_text,
)
from console.sla.calendar import DailyWindow
from console.storage.models import ChangeLog
from tests.support.services import WEDNESDAY_9, Services


@pytest.fixture
def calendar(services: Services) -> CalendarService:
    return CalendarService(services.db, services.loader, services.clock)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def change_count(services: Services) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeLog)) or 0)


def test_calendar_settings_read_the_defaults(calendar: CalendarService) -> None:
    settings = calendar.calendar_settings()
    assert settings.time_zone == "Europe/Berlin"
    assert settings.regions == ("CH", "DE")
    assert settings.hours_text == "mon-fri 08:00-20:00"
    assert settings.hours_of(0) == (DailyWindow(480, 1200),)
    assert settings.hours_of(5) == ()
    assert settings.closures == ()


def test_a_closure_on_the_due_day_moves_the_due_time_to_the_next_business_day(
    services: Services, calendar: CalendarService
) -> None:
    medium = services.cases.open_case("Globex", 3, "Due Thursday")  # Thu 09:00 Berlin (see above)
    urgent = services.cases.open_case("Globex", 1, "Due Wednesday")  # 4h: Wed 13:00 Berlin
    premier = services.cases.open_case("Initech", 1, "On call")  # 24x7: 15 minutes
    result = calendar.add_closure(date(2026, 11, 26), "Company meeting", actor="Ada Admin")
    # Wed 09:00-20:00 is 11h; Thu closed; Fri 08:00 + 1h -> Fri 09:00 Berlin = 08:00 UTC.
    assert result.changed_cases == 1
    assert services.cases.detail(medium.number).summary.due_at == utc(2026, 11, 27, 8, 0)
    assert services.cases.detail(urgent.number).summary.due_at == utc(2026, 11, 25, 12, 0)
    assert services.cases.detail(premier.number).summary.due_at == WEDNESDAY_9 + timedelta(minutes=15)
    assert [(c.day, c.reason) for c in calendar.calendar_settings().closures] == [
        (date(2026, 11, 26), "Company meeting")
    ]
    with pytest.raises(InvalidInput, match="already a closure date"):
        calendar.add_closure(date(2026, 11, 26), actor="Ada Admin")

    assert calendar.remove_closure(date(2026, 11, 26), actor="Ada Admin").changed_cases == 1
    assert services.cases.detail(medium.number).summary.due_at == utc(2026, 11, 26, 8, 0)
    with pytest.raises(NotFound, match="not a closure date"):
        calendar.remove_closure(date(2026, 11, 26), actor="Ada Admin")


def test_shorter_weekly_hours_recompute_every_open_clock(
    services: Services, calendar: CalendarService
) -> None:
    medium = services.cases.open_case("Globex", 3, "Medium")
    urgent = services.cases.open_case("Globex", 1, "Urgent")
    result = calendar.set_calendar(weekly_hours="mon-fri 08:00-18:00", actor="Ada Admin")
    # Wed 09:00-18:00 is 9h; 3h more from Thu 08:00 -> Thu 11:00 Berlin = 10:00 UTC.
    # The urgent 4h budget still ends Wed 13:00 Berlin: unchanged.
    assert result.changed_cases == 1
    assert services.cases.detail(medium.number).summary.due_at == utc(2026, 11, 26, 10, 0)
    assert services.cases.detail(urgent.number).summary.due_at == utc(2026, 11, 25, 12, 0)
    assert calendar.calendar_settings().hours_text == "mon-fri 08:00-18:00"


def test_another_time_zone_moves_the_clock(services: Services, calendar: CalendarService) -> None:
    medium = services.cases.open_case("Globex", 3, "Medium")
    urgent = services.cases.open_case("Globex", 1, "Urgent")
    before = calendar.calendar_settings().version
    result = calendar.set_calendar(time_zone="Europe/London", actor="Ada Admin", expected_version=before)
    # London = UTC in November: opened 08:00 London, 12h to 20:00 London that day.
    # A budget ending exactly at closing is due then: Wed 20:00 UTC. Urgent: 08:00 + 4h
    # = 12:00 UTC, the same instant as 13:00 Berlin before: unchanged.
    assert result.changed_cases == 1
    assert services.cases.detail(medium.number).summary.due_at == utc(2026, 11, 25, 20, 0)
    assert services.cases.detail(urgent.number).summary.due_at == utc(2026, 11, 25, 12, 0)
    with pytest.raises(Conflict, match="support calendar was changed by someone else"):
        calendar.set_calendar(time_zone="Europe/Berlin", actor="Ada Admin", expected_version=before)


def test_bad_calendar_input_is_one_clear_message_and_writes_nothing(
    services: Services, calendar: CalendarService
) -> None:
    before = change_count(services)
    with pytest.raises(InvalidInput, match="unknown holiday region 'XX'"):
        calendar.set_calendar(regions="CH,XX", actor="Ada Admin")
    with pytest.raises(InvalidInput, match="DE has no subdivision 'ZZ'"):
        calendar.set_calendar(regions=["de-zz"], actor="Ada Admin")
    with pytest.raises(InvalidInput, match="unknown time zone 'Mars/Base'"):
        calendar.set_calendar(time_zone="Mars/Base", actor="Ada Admin")
    with pytest.raises(InvalidInput, match="Mon: the windows 08:00-12:00 and 11:00-14:00 overlap"):
        calendar.set_calendar(weekly_hours="mon 08:00-12:00, 11:00-14:00", actor="Ada Admin")
    with pytest.raises(InvalidInput, match="end after it starts"):
        calendar.set_calendar(weekly_hours="mon-fri 20:00-08:00", actor="Ada Admin")
    with pytest.raises(InvalidInput, match="days read like mon"):
        calendar.set_calendar(weekly_hours="fri-mon 08:00-20:00", actor="Ada Admin")
    assert change_count(services) == before
    assert calendar.calendar_settings().regions == ("CH", "DE")


def test_regions_are_normalised_and_stored(calendar: CalendarService) -> None:
    calendar.set_calendar(regions="ch, de-by,CH", actor="Ada Admin")
    assert calendar.calendar_settings().regions == ("CH", "DE-BY")


def test_holiday_preview_lists_what_the_regions_bring(calendar: CalendarService) -> None:
    rows = calendar.holiday_preview("CH,DE-BY", 2027)
    assert rows[0] == HolidayRow(date(2027, 1, 1), "New Year's Day", ("CH", "DE-BY"))
    assert HolidayRow(date(2027, 1, 6), "Epiphany", ("DE-BY",)) in rows  # Bavaria only
    assert all(row.day.year == 2027 for row in rows)
    with pytest.raises(InvalidInput, match="unknown holiday region 'QQ'"):
        calendar.holiday_preview(["QQ"], 2027)


def test_weekly_hours_text() -> None:
    hours = parse_weekly_hours("Mon-Thu 08:00-12:00, 13:00-17:00; fri 08:00-14:00; sat 10:00-12:00")
    assert hours[0] == (DailyWindow(480, 720), DailyWindow(780, 1020))
    assert 6 not in hours
    assert weekly_hours_text(hours) == "mon-thu 08:00-12:00, 13:00-17:00; fri 08:00-14:00; sat 10:00-12:00"


_window = st.tuples(st.integers(0, 1439), st.integers(1, 1440)).filter(lambda w: w[0] < w[1])


@given(st.dictionaries(st.integers(0, 6), st.lists(_window, min_size=1, max_size=3), min_size=1))
def test_weekly_hours_text_round_trips(raw: dict[int, list[tuple[int, int]]]) -> None:
    hours = {day: tuple(DailyWindow(s, e) for s, e in windows) for day, windows in raw.items()}
    assert parse_weekly_hours(weekly_hours_text(hours)) == dict(sorted(hours.items()))
