"""How the queue words times: the SLA countdown of a case ("1h 05m", "12m 30s",
"breached +25m", "met · 12m to spare", "paused — resumes Mon 08:00", "no SLA · paid
add-on") and times of day in local time ("Wed 09:14"). Pure functions shared by the
table model (display and tooltip texts) and the countdown delegate (painting), and
easy to test without a widget.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from console.domain.durations import duration_text
from console.sla.clock import ClockReading, ClockState

_CONTEXT = "CountdownDelegate"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def fine_duration(seconds: int) -> str:
    """A countdown to the second under an hour ("12m 30s"), to the minute above ("1h 05m")."""
    return duration_text(seconds, with_seconds=True)


def coarse_duration(seconds: int) -> str:
    """A span to the minute ("25m", "1h 05m"); seconds only under a minute."""
    return duration_text(seconds)


def local_time_text(
    moment: datetime, tz: tzinfo | None, now: datetime | None = None, always_date: bool = False
) -> str:
    """``moment`` in local time: "Wed 09:14" within a week of ``now``, with the
    date ("Wed 18 Nov 09:14") further away or when ``always_date``."""
    local = moment.astimezone(tz)
    if not always_date and now is not None and abs((moment - now).total_seconds()) < 6 * 86400:
        return local.strftime("%a %H:%M")
    return local.strftime("%a %d %b %H:%M")


def countdown_text(reading: ClockReading | None, now_local_tz: tzinfo | None) -> str:
    """What the SLA cell says for ``reading``; times of day in ``now_local_tz``
    (None: the computer's zone)."""
    if reading is None:
        return _tr("no SLA · paid add-on")
    state = reading.state
    if state is ClockState.MET:
        return _tr("met · {0} to spare").format(coarse_duration(reading.remaining_seconds))
    if state is ClockState.BREACHED:
        return _tr("breached +{0}").format(coarse_duration(reading.remaining_seconds))
    if reading.resumes_at is not None:
        resumes = reading.resumes_at.astimezone(now_local_tz).strftime("%a %H:%M")
        if state is ClockState.PAUSED:
            return _tr("paused — resumes {0}").format(resumes)
        return _tr("{0} · resumes {1}").format(fine_duration(reading.remaining_seconds), resumes)
    return fine_duration(reading.remaining_seconds)
