"""How the case screen writes instants and durations: instants in the agent's own
local time (Qt's idea of it, so it follows the workstation's time zone and locale),
durations compactly ("1h 05m", "3m 20s"). Shared by the case view and the chat pane."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from console.domain.durations import duration_text as core_duration_text

_CONTEXT = "CaseTime"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def local_datetime(moment: datetime) -> QDateTime:
    """``moment`` (an aware datetime) as a local QDateTime."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()


def clock_text(moment: datetime) -> str:
    """ "14:30" in local time."""
    return QLocale().toString(local_datetime(moment), "HH:mm")


def day_time_text(moment: datetime, now: datetime) -> str:
    """ "Wed 14:30" within a week of ``now``, else "Wed 3 Dec 14:30" (local time)."""
    local = local_datetime(moment)
    today = local_datetime(now).date()
    near = abs(local.date().daysTo(today)) < 6
    return QLocale().toString(local, "ddd HH:mm" if near else "ddd d MMM HH:mm")


def day_heading_text(moment: datetime) -> str:
    """ "Wednesday 25 November 2026" (local date), for day dividers."""
    return QLocale().toString(local_datetime(moment).date(), "dddd d MMMM yyyy")


def duration_text(seconds: int, with_seconds: bool = False) -> str:
    """ "1h 05m", "25m", or with seconds "3m 20s"; a few seconds read "under 1m"."""
    seconds = max(0, int(seconds))
    if not with_seconds and 0 < seconds < 60:
        return _tr("under 1m")
    return core_duration_text(seconds, with_seconds=with_seconds)
