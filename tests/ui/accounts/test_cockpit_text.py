"""How the cockpit words trials, exam windows and note times (support calendar days)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from console.services.readmodels.cockpit import ExamWindow, Licences
from ui.accounts.cockpit_text import exam_status_text, exam_when_text, note_time_text, trial_text

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("until", "text"),
    [
        (None, "no non-production trial"),
        (date(2026, 12, 7), "trial until 07 Dec 2026 — expires in 12 days"),
        (date(2026, 11, 26), "trial until 26 Nov 2026 — expires tomorrow"),
        (date(2026, 11, 25), "trial ends today (25 Nov 2026)"),
        (date(2026, 11, 24), "trial expired yesterday (24 Nov 2026)"),
        (date(2026, 11, 20), "trial expired 5 days ago (20 Nov 2026)"),
    ],
)
def test_trial_text(until: date | None, text: str) -> None:
    assert trial_text(Licences.of(False, until, TODAY)) == text


def window(start: datetime, end: datetime, live: bool = False) -> ExamWindow:
    return ExamWindow(1, "Finals", start, end, "Europe/Berlin", False, live)


def test_exam_texts() -> None:
    now = datetime(2026, 11, 25, 8, tzinfo=UTC)  # Wed 09:00 CET
    live = window(datetime(2026, 11, 25, 7, 30, tzinfo=UTC), datetime(2026, 11, 25, 10, tzinfo=UTC), True)
    assert exam_status_text(live, now, BERLIN) == "live now — ends 11:00"
    assert exam_when_text(live, BERLIN) == "Wed 25 Nov 08:30–11:00 CET"
    later_today = window(datetime(2026, 11, 25, 13, tzinfo=UTC), datetime(2026, 11, 25, 14, tzinfo=UTC))
    assert exam_status_text(later_today, now, BERLIN) == "in 5 h"
    soon = window(datetime(2026, 11, 25, 8, 20, tzinfo=UTC), datetime(2026, 11, 25, 9, tzinfo=UTC))
    assert exam_status_text(soon, now, BERLIN) == "in 20 min"
    # Thu 23:30 CET is tomorrow in Berlin (22:30Z); an overnight window shows both days.
    overnight = window(datetime(2026, 11, 26, 22, 30, tzinfo=UTC), datetime(2026, 11, 27, 1, tzinfo=UTC))
    assert exam_status_text(overnight, now, BERLIN) == "tomorrow"
    assert exam_when_text(overnight, BERLIN) == "Thu 26 Nov 23:30 – Fri 27 Nov 02:00 CET"
    far = window(datetime(2026, 12, 7, 8, tzinfo=UTC), datetime(2026, 12, 7, 11, tzinfo=UTC))
    assert exam_status_text(far, now, BERLIN) == "in 12 days"


def test_note_times() -> None:
    now = datetime(2026, 11, 25, 8, tzinfo=UTC)
    assert note_time_text(datetime(2026, 11, 25, 7, 14, tzinfo=UTC), now, BERLIN) == "today 08:14"
    # 23:30Z on 24 Nov is 00:30 on the 25th in Berlin: today there.
    assert note_time_text(datetime(2026, 11, 24, 23, 30, tzinfo=UTC), now, BERLIN) == "today 00:30"
    assert note_time_text(datetime(2026, 11, 24, 16, 2, tzinfo=UTC), now, BERLIN) == "yesterday 17:02"
    assert note_time_text(datetime(2026, 11, 2, 10, tzinfo=UTC), now, BERLIN) == "Mon 02 Nov 2026 11:00"


def test_times_default_to_the_local_zone(new_york: ZoneInfo) -> None:
    now = datetime(2026, 11, 25, 8, tzinfo=UTC)  # Wed 03:00 EST
    assert note_time_text(datetime(2026, 11, 25, 7, 14, tzinfo=UTC), now) == "today 02:14"
    # 04:30Z is still yesterday in New York, though today in Berlin.
    assert note_time_text(datetime(2026, 11, 25, 4, 30, tzinfo=UTC), now) == "yesterday 23:30"
    live = window(datetime(2026, 11, 25, 7, 30, tzinfo=UTC), datetime(2026, 11, 25, 10, tzinfo=UTC), True)
    assert exam_when_text(live) == "Wed 25 Nov 02:30–05:00 EST"
    assert exam_status_text(live, now) == "live now — ends 05:00"
