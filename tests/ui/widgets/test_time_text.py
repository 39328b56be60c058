"""The GUI's one time rule: local zone (overridable), labelled due and resume times
with the support calendar's wall clock where it differs, locale day names."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.support.ui_clock import BERLIN, NEW_YORK
from ui.widgets import time_text
from ui.widgets.time_text import (
    clock_text,
    date_clock_text,
    day_time_text,
    due_time_text,
    local_zone,
    zone_note_text,
)

NOW = datetime(2026, 11, 25, 16, 42, 5, tzinfo=UTC)  # Wed 17:42:05 CET, 11:42:05 EST


def test_local_zone_is_overridable_and_falls_back_to_the_workstation() -> None:
    assert local_zone() is BERLIN  # the autouse fixture
    time_text.set_local_zone(NEW_YORK)
    assert local_zone() is NEW_YORK
    time_text.set_local_zone(None)
    # The workstation's zone again: the same offset as Python's idea of local time.
    assert local_zone().utcoffset(NOW) == NOW.astimezone().utcoffset()


def test_clock_and_wall_clock_in_the_local_zone(new_york: ZoneInfo) -> None:
    assert clock_text(NOW) == "11:42"
    assert clock_text(NOW, seconds=True) == "11:42:05"
    assert clock_text(NOW, labelled=True) == "11:42 EST"
    assert date_clock_text(NOW) == "Wed 25 Nov · 11:42:05 EST"


def test_day_time_near_and_far() -> None:
    assert day_time_text(NOW, NOW) == "Wed 17:42"
    assert day_time_text(datetime(2026, 12, 3, 8, tzinfo=UTC), NOW) == "Thu 3 Dec 09:00"
    assert day_time_text(NOW, NOW, always_date=True) == "Wed 25 Nov 17:42"


def test_due_time_same_zone_is_labelled_once() -> None:
    assert due_time_text(NOW, NOW, BERLIN) == "Wed 17:42 CET"


def test_due_time_other_zone_adds_the_calendar_wall_clock(new_york: ZoneInfo) -> None:
    assert due_time_text(NOW, NOW, BERLIN) == "Wed 11:42 EST (17:42 CET)"
    late = datetime(2026, 11, 26, 3, 30, tzinfo=UTC)  # Wed 22:30 EST is Thu 04:30 CET
    assert due_time_text(late, NOW, BERLIN) == "Wed 22:30 EST (Thu 04:30 CET)"
    assert due_time_text(NOW, NOW, None) == "Wed 11:42 EST"


def test_due_time_follows_daylight_saving_of_its_own_date(new_york: ZoneInfo) -> None:
    summer = datetime(2026, 7, 1, 12, tzinfo=UTC)
    assert due_time_text(summer, NOW, BERLIN) == "Wed 1 Jul 08:00 EDT (14:00 CEST)"


def test_same_abbreviation_other_offset_names_the_zone() -> None:
    time_text.set_local_zone(ZoneInfo("America/Chicago"))  # CST
    shanghai = ZoneInfo("Asia/Shanghai")  # also "CST"
    assert due_time_text(NOW, NOW, shanghai) == "Wed 10:42 CST (Thu 00:42 Asia/Shanghai)"


@pytest.mark.parametrize(
    ("zone", "note"),
    [
        (BERLIN, "Times in CET (your zone) · support calendar Europe/Berlin"),
        (NEW_YORK, "Times in EST (your zone) · due times also in the support calendar's Europe/Berlin"),
    ],
)
def test_zone_note(zone: ZoneInfo, note: str) -> None:
    time_text.set_local_zone(zone)
    assert zone_note_text(NOW, BERLIN, "Europe/Berlin") == note
