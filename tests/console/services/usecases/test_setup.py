"""The admin's set-up use cases on SQLite and PostgreSQL: targets, the support
calendar, closures, holiday previews and users, each recomputing
the due times of the open unanswered cases in one transaction and counting them,
and the roles that may (not) change them.

Due times are hand-computed from the default calendar: Monday to Friday
08:00-20:00 Europe/Berlin (CET = UTC+1 in November), holidays of CH and DE."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from console.domain.cases import Role
from console.domain.plans import Plan, Severity
from console.services.errors import Conflict, InvalidInput, NotAllowed, NotFound
from console.services.usecases.setup import (
    HolidayRow,
    SetupService,
    parse_weekly_hours,
    target_text,
    weekly_hours_text,
)
from console.sla.calendar import DailyWindow
from console.sla.policy import ClockKind
from console.storage.models import CaseEvent, ChangeLog
from tests.console.conftest import WEDNESDAY_9, Services


@pytest.fixture
def setup(services: Services) -> SetupService:
    return SetupService(services.db, services.loader, services.clock)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def change_count(services: Services) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeLog)) or 0)


# -- targets ---------------------------------------------------------------------------


def test_targets_list_every_plan_and_severity_with_its_clock(setup: SetupService) -> None:
    targets = setup.targets()
    assert [(t.plan, int(t.severity), t.minutes) for t in targets[:4]] == [
        (Plan.STANDARD, 1, 240),
        (Plan.STANDARD, 2, 480),
        (Plan.STANDARD, 3, 720),
        (Plan.STANDARD, 4, 2160),
    ]
    assert len(targets) == 12
    kinds = {(t.plan, t.severity): t.clock_kind for t in targets}
    assert kinds[(Plan.PREMIER, Severity.URGENT)] is ClockKind.ALWAYS
    assert kinds[(Plan.PROCTORED, Severity.LOW)] is ClockKind.OPERATIONAL_AND_EXAMS
    assert [t.text for t in targets[:4]] == ["4h", "8h", "1 day (12h)", "3 days (36h)"]


def test_a_new_target_moves_the_open_unanswered_cases_of_that_plan_and_severity(
    services: Services, setup: SetupService
) -> None:
    # Opened Wed 09:00 Berlin. 720 operational minutes: Wed 09:00-20:00 is 11h, one
    # more hour from Thu 08:00 -> Thu 09:00 Berlin = 08:00 UTC.
    waiting = services.cases.open_case("Globex", 3, "Slow reports")
    assert waiting.due_at == utc(2026, 11, 26, 8, 0)
    answered = services.cases.open_case("Globex", 3, "Answered already")
    services.clock.advance(minutes=10)
    services.talk.reply(answered.number, "Looking into it", "Anna Agent")
    other_severity = services.cases.open_case("Globex", 2, "Other severity")
    before = services.cases.detail(other_severity.number).summary.due_at

    result = setup.set_target("standard", 3, 240, actor="Ada Admin")

    # 240 minutes from Wed 09:00 Berlin -> Wed 13:00 Berlin = 12:00 UTC; one case moved.
    assert result.changed_cases == 1
    assert services.cases.detail(waiting.number).summary.due_at == utc(2026, 11, 25, 12, 0)
    assert services.cases.detail(answered.number).summary.due_at == utc(2026, 11, 26, 8, 0)
    assert services.cases.detail(other_severity.number).summary.due_at == before
    events = services.cases.detail(waiting.number).events
    assert (events[-1].action, events[-1].old_value, events[-1].new_value) == (
        "due",
        "2026-11-26T08:00:00Z",
        "2026-11-25T12:00:00Z",
    )
    with services.db.read() as session:
        entities = session.scalars(select(ChangeLog.entity).order_by(ChangeLog.id.desc()).limit(2)).all()
    assert sorted(entities) == ["case", "policy"]
    # Cases opened later (the clock stands at Wed 09:10 Berlin) use the new target.
    later = services.cases.open_case("Globex", 3, "After the change")
    assert later.due_at == utc(2026, 11, 25, 12, 10)


def test_setting_the_same_target_changes_nothing(services: Services, setup: SetupService) -> None:
    before = change_count(services)
    assert setup.set_target(Plan.STANDARD, Severity.MEDIUM, 720, actor="Ada Admin").changed_cases == 0
    assert change_count(services) == before


@pytest.mark.parametrize("minutes", [0, -5, 30 * 720 + 1])
def test_targets_out_of_range_are_refused(setup: SetupService, minutes: int) -> None:
    with pytest.raises(InvalidInput, match="target must be 1 to 21600 operational minutes"):
        setup.set_target("standard", 1, minutes, actor="Ada Admin")


def test_a_target_edited_by_someone_else_is_a_conflict(setup: SetupService) -> None:
    seen = next(t for t in setup.targets() if t.plan is Plan.PREMIER and t.severity == 2)
    setup.set_target("premier", 2, 45, actor="Ada Admin", expected_version=seen.version)
    with pytest.raises(Conflict, match="changed by someone else"):
        setup.set_target("premier", 2, 60, actor="Ada Admin", expected_version=seen.version)


@pytest.mark.parametrize("who", ["Lea Lead", "Anna Agent", "Tom Tam"])
def test_only_admins_change_policy(services: Services, setup: SetupService, who: str) -> None:
    before = change_count(services)
    calls = [
        lambda: setup.set_target("standard", 1, 60, actor=who),
        lambda: setup.set_calendar(time_zone="Europe/London", actor=who),
        lambda: setup.add_closure(date(2026, 12, 28), "Inventory", actor=who),
        lambda: setup.set_risk_thresholds(0.3, 20, actor=who),
        lambda: setup.update_user("Ben Agent", team="Night", actor=who),
    ]
    for call in calls:
        with pytest.raises(NotAllowed, match=f"{who} \\(.*\\) may not .*that takes an admin"):
            call()
    assert change_count(services) == before


# -- the support calendar -----------------------------------------------------------------


def test_calendar_settings_read_the_defaults(setup: SetupService) -> None:
    settings = setup.calendar_settings()
    assert settings.time_zone == "Europe/Berlin"
    assert settings.regions == ("CH", "DE")
    assert settings.hours_text == "mon-fri 08:00-20:00"
    assert settings.hours_of(0) == (DailyWindow(480, 1200),)
    assert settings.hours_of(5) == ()
    assert settings.closures == ()


def test_a_closure_on_the_due_day_moves_the_due_time_to_the_next_business_day(
    services: Services, setup: SetupService
) -> None:
    medium = services.cases.open_case("Globex", 3, "Due Thursday")  # Thu 09:00 Berlin (see above)
    urgent = services.cases.open_case("Globex", 1, "Due Wednesday")  # 4h: Wed 13:00 Berlin
    premier = services.cases.open_case("Initech", 1, "On call")  # 24x7: 15 minutes
    result = setup.add_closure(date(2026, 11, 26), "Company meeting", actor="Ada Admin")
    # Wed 09:00-20:00 is 11h; Thu closed; Fri 08:00 + 1h -> Fri 09:00 Berlin = 08:00 UTC.
    assert result.changed_cases == 1
    assert services.cases.detail(medium.number).summary.due_at == utc(2026, 11, 27, 8, 0)
    assert services.cases.detail(urgent.number).summary.due_at == utc(2026, 11, 25, 12, 0)
    assert services.cases.detail(premier.number).summary.due_at == WEDNESDAY_9 + timedelta(minutes=15)
    assert [(c.day, c.reason) for c in setup.calendar_settings().closures] == [
        (date(2026, 11, 26), "Company meeting")
    ]
    with pytest.raises(InvalidInput, match="already a closure date"):
        setup.add_closure(date(2026, 11, 26), actor="Ada Admin")

    assert setup.remove_closure(date(2026, 11, 26), actor="Ada Admin").changed_cases == 1
    assert services.cases.detail(medium.number).summary.due_at == utc(2026, 11, 26, 8, 0)
    with pytest.raises(NotFound, match="not a closure date"):
        setup.remove_closure(date(2026, 11, 26), actor="Ada Admin")


def test_shorter_weekly_hours_recompute_every_open_clock(services: Services, setup: SetupService) -> None:
    medium = services.cases.open_case("Globex", 3, "Medium")
    urgent = services.cases.open_case("Globex", 1, "Urgent")
    result = setup.set_calendar(weekly_hours="mon-fri 08:00-18:00", actor="Ada Admin")
    # Wed 09:00-18:00 is 9h; 3h more from Thu 08:00 -> Thu 11:00 Berlin = 10:00 UTC.
    # The urgent 4h budget still ends Wed 13:00 Berlin: unchanged.
    assert result.changed_cases == 1
    assert services.cases.detail(medium.number).summary.due_at == utc(2026, 11, 26, 10, 0)
    assert services.cases.detail(urgent.number).summary.due_at == utc(2026, 11, 25, 12, 0)
    assert setup.calendar_settings().hours_text == "mon-fri 08:00-18:00"


def test_another_time_zone_moves_the_clock(services: Services, setup: SetupService) -> None:
    medium = services.cases.open_case("Globex", 3, "Medium")
    urgent = services.cases.open_case("Globex", 1, "Urgent")
    before = setup.calendar_settings().version
    result = setup.set_calendar(time_zone="Europe/London", actor="Ada Admin", expected_version=before)
    # London = UTC in November: opened 08:00 London, 12h to 20:00 London that day.
    # A budget ending exactly at closing is due then: Wed 20:00 UTC. Urgent: 08:00 + 4h
    # = 12:00 UTC, the same instant as 13:00 Berlin before: unchanged.
    assert result.changed_cases == 1
    assert services.cases.detail(medium.number).summary.due_at == utc(2026, 11, 25, 20, 0)
    assert services.cases.detail(urgent.number).summary.due_at == utc(2026, 11, 25, 12, 0)
    with pytest.raises(Conflict, match="support calendar was changed by someone else"):
        setup.set_calendar(time_zone="Europe/Berlin", actor="Ada Admin", expected_version=before)


def test_bad_calendar_input_is_one_clear_message_and_writes_nothing(
    services: Services, setup: SetupService
) -> None:
    before = change_count(services)
    with pytest.raises(InvalidInput, match="unknown holiday region 'XX'"):
        setup.set_calendar(regions="CH,XX", actor="Ada Admin")
    with pytest.raises(InvalidInput, match="DE has no subdivision 'ZZ'"):
        setup.set_calendar(regions=["de-zz"], actor="Ada Admin")
    with pytest.raises(InvalidInput, match="unknown time zone 'Mars/Base'"):
        setup.set_calendar(time_zone="Mars/Base", actor="Ada Admin")
    with pytest.raises(InvalidInput, match="Mon: the windows 08:00-12:00 and 11:00-14:00 overlap"):
        setup.set_calendar(weekly_hours="mon 08:00-12:00, 11:00-14:00", actor="Ada Admin")
    with pytest.raises(InvalidInput, match="end after it starts"):
        setup.set_calendar(weekly_hours="mon-fri 20:00-08:00", actor="Ada Admin")
    with pytest.raises(InvalidInput, match="days read like mon"):
        setup.set_calendar(weekly_hours="fri-mon 08:00-20:00", actor="Ada Admin")
    assert change_count(services) == before
    assert setup.calendar_settings().regions == ("CH", "DE")


def test_regions_are_normalised_and_stored(setup: SetupService) -> None:
    setup.set_calendar(regions="ch, de-by,CH", actor="Ada Admin")
    assert setup.calendar_settings().regions == ("CH", "DE-BY")


def test_holiday_preview_lists_what_the_regions_bring(setup: SetupService) -> None:
    rows = setup.holiday_preview("CH,DE-BY", 2027)
    assert rows[0] == HolidayRow(date(2027, 1, 1), "New Year's Day", ("CH", "DE-BY"))
    assert HolidayRow(date(2027, 1, 6), "Epiphany", ("DE-BY",)) in rows  # Bavaria only
    assert all(row.day.year == 2027 for row in rows)
    with pytest.raises(InvalidInput, match="unknown holiday region 'QQ'"):
        setup.holiday_preview(["QQ"], 2027)


def test_risk_thresholds_are_stored_without_moving_due_times(services: Services, setup: SetupService) -> None:
    services.cases.open_case("Globex", 3, "Medium")
    assert setup.set_risk_thresholds(0.25, 30, actor="Ada Admin").changed_cases == 0
    settings = setup.calendar_settings()
    assert (settings.at_risk_fraction, settings.at_risk_minutes) == (0.25, 30)
    with pytest.raises(InvalidInput, match="between 0 and 1"):
        setup.set_risk_thresholds(1.5, 30, actor="Ada Admin")


# -- users and roles -------------------------------------------------------------------------


def test_users_change_role_team_languages_and_activity(services: Services, setup: SetupService) -> None:
    view = setup.update_user(
        "Ben Agent", role="lead", team=" Night  shift ", languages="en, FR", actor="Ada Admin"
    )
    assert (view.role, view.team, view.languages) == (Role.LEAD, "Night shift", ("en", "fr"))
    view = setup.update_user("Ben Agent", active=False, team="", actor="Ada Admin")
    assert (view.active, view.team) == (False, None)
    with services.db.read() as session:
        last = session.scalars(select(ChangeLog).order_by(ChangeLog.id.desc()).limit(1)).one()
    assert (last.entity, last.entity_id, last.action) == ("user", view.id, "team_active")
    with pytest.raises(Conflict, match="Ben Agent was changed by someone else"):
        setup.update_user("Ben Agent", active=True, actor="Ada Admin", expected_version=1)
    with pytest.raises(InvalidInput, match="unknown role 'boss'"):
        setup.update_user("Ben Agent", role="boss", actor="Ada Admin")


def test_the_last_active_admin_stays_an_admin(setup: SetupService, services: Services) -> None:
    with pytest.raises(NotAllowed, match="Ada Admin is the last active admin"):
        setup.update_user("Ada Admin", role="lead", actor="Ada Admin")
    with pytest.raises(NotAllowed, match="last active admin"):
        setup.update_user("Ada Admin", active=False)
    setup.update_user("Lea Lead", role="admin", actor="Ada Admin")
    assert setup.update_user("Ada Admin", role="agent", actor="Lea Lead").role is Role.AGENT
    with pytest.raises(NotAllowed, match="that takes an admin"):
        setup.update_user("Lea Lead", role="agent", actor="Ada Admin")  # Ada is no admin now


def test_a_tam_with_accounts_keeps_the_role(setup: SetupService) -> None:
    with pytest.raises(NotAllowed, match="Tom Tam is still the TAM of Initech"):
        setup.update_user("Tom Tam", role="agent", actor="Ada Admin")


# -- recompute in bulk -------------------------------------------------------------------------


def test_the_recompute_audits_each_changed_case_in_one_transaction(
    services: Services, setup: SetupService
) -> None:
    numbers = [services.cases.open_case("Globex", 4, f"Low {i}").number for i in range(30)]
    with services.db.read() as session:
        events_before = session.scalar(select(func.count()).select_from(CaseEvent))
    assert setup.set_target("standard", 4, 720, actor="Ada Admin").changed_cases == 30
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(CaseEvent)) == events_before + 30
    # 720 minutes from Wed 09:00 Berlin -> Thu 09:00 Berlin, for each of them.
    assert {services.cases.detail(n).summary.due_at for n in numbers[::10]} == {utc(2026, 11, 26, 8, 0)}
    assert services.cases.detail(numbers[0]).summary.version == 2


# -- the texts ---------------------------------------------------------------------------------


def test_target_texts() -> None:
    assert [target_text(m) for m in (15, 45, 90, 240, 720, 1440, 2160)] == [
        "15m",
        "45m",
        "1h 30m",
        "4h",
        "1 day (12h)",
        "2 days (24h)",
        "3 days (36h)",
    ]


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
