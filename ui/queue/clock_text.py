"""How the queue words times: the SLA countdown of a case ("1h 05m", "12m 30s",
"breached +25m", "met · 12m to spare", "paused — resumes Mon 02:00 EST (08:00 CET)",
"no SLA · paid add-on"). The resume time follows the GUI's one time rule
(:mod:`ui.widgets.time_text`). Pure functions shared by the table model (display and
tooltip texts) and the countdown delegate (painting), and easy to test without a widget.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication

from console.domain.durations import duration_text
from console.sla.clock import ClockReading, ClockState
from ui.widgets.time_text import due_time_text


def fine_duration(seconds: int) -> str:
    """A countdown to the second under an hour ("12m 30s"), to the minute above ("1h 05m")."""
    return duration_text(seconds, with_seconds=True)


def coarse_duration(seconds: int) -> str:
    """A span to the minute ("25m", "1h 05m"); seconds only under a minute."""
    return duration_text(seconds)


def countdown_text(reading: ClockReading | None, calendar_zone: tzinfo | None) -> str:
    """What the SLA cell says for ``reading``; a resume time in the person's local
    zone, labelled, with the wall clock of ``calendar_zone`` (the support calendar's;
    None: none) where it differs."""
    if reading is None:
        return QCoreApplication.translate("CountdownDelegate", "no SLA · paid add-on")
    state = reading.state
    if state is ClockState.MET:
        return QCoreApplication.translate("CountdownDelegate", "met · {0} to spare").format(
            coarse_duration(reading.remaining_seconds)
        )
    if state is ClockState.BREACHED:
        return QCoreApplication.translate("CountdownDelegate", "breached +{0}").format(
            coarse_duration(reading.remaining_seconds)
        )
    if reading.resumes_at is not None:
        # A resume time is never a week away: the day name is enough.
        resumes = due_time_text(reading.resumes_at, reading.resumes_at, calendar_zone)
        if state is ClockState.PAUSED:
            return QCoreApplication.translate("CountdownDelegate", "paused — resumes {0}").format(resumes)
        return QCoreApplication.translate("CountdownDelegate", "{0} · resumes {1}").format(
            fine_duration(reading.remaining_seconds), resumes
        )
    return fine_duration(reading.remaining_seconds)
