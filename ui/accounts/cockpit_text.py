"""How the cockpit words its figures: trial licences ("expires in 12 days",
"expired 3 days ago"), exam windows ("live now — ends 10:00", "Fri 27 Nov
18:00–20:00 CET") and note times. Days and times are those of the support
calendar's time zone, as the core counts them. Pure functions, tested without a
widget."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from console.services.cockpit import ExamWindow, Licences, TrialState

_CONTEXT = "Cockpit"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def trial_text(licences: Licences) -> str:
    """The non-production trial licence in a few words."""
    if licences.trial_state is TrialState.NONE or licences.trial_until is None:
        return _tr("no non-production trial")
    until = licences.trial_until.strftime("%d %b %Y")
    left = licences.trial_days_left or 0
    if licences.trial_state is TrialState.EXPIRED:
        ago = -left
        if ago == 1:
            return _tr("trial expired yesterday ({0})").format(until)
        return _tr("trial expired {0} days ago ({1})").format(ago, until)
    if left == 0:
        return _tr("trial ends today ({0})").format(until)
    if left == 1:
        return _tr("trial until {0} — expires tomorrow").format(until)
    return _tr("trial until {0} — expires in {1} days").format(until, left)


def early_adopter_text(licences: Licences) -> str:
    if licences.early_adopter:
        return _tr("early-adopter products qualified")
    return _tr("not qualified for early-adopter products")


def exam_when_text(window: ExamWindow, zone: tzinfo) -> str:
    """ "Fri 27 Nov 18:00–20:00 CET" in ``zone`` (the end's date too when it differs)."""
    start = window.start.astimezone(zone)
    end = window.end.astimezone(zone)
    if start.date() == end.date():
        return f"{start:%a %d %b %H:%M}–{end:%H:%M} {end:%Z}"
    return f"{start:%a %d %b %H:%M} – {end:%a %d %b %H:%M} {end:%Z}"


def exam_status_text(window: ExamWindow, now: datetime, zone: tzinfo) -> str:
    """ "live now — ends 10:00", "in 2 days", "in 3 h", "tomorrow" (local days)."""
    if window.live:
        return _tr("live now — ends {0}").format(f"{window.end.astimezone(zone):%H:%M}")
    if window.end <= now:
        return _tr("ended")
    days = (window.start.astimezone(zone).date() - now.astimezone(zone).date()).days
    if days <= 0:
        hours = max(0, int((window.start - now).total_seconds()) // 3600)
        if hours == 0:
            minutes = max(1, int((window.start - now).total_seconds()) // 60)
            return _tr("in {0} min").format(minutes)
        return _tr("in {0} h").format(hours)
    if days == 1:
        return _tr("tomorrow")
    return _tr("in {0} days").format(days)


def note_time_text(moment: datetime, now: datetime, zone: tzinfo) -> str:
    """ "today 09:14", "yesterday 17:02", "Mon 23 Nov 2026 11:00"."""
    local = moment.astimezone(zone)
    days = (now.astimezone(zone).date() - local.date()).days
    if days == 0:
        return _tr("today {0}").format(f"{local:%H:%M}")
    if days == 1:
        return _tr("yesterday {0}").format(f"{local:%H:%M}")
    return f"{local:%a %d %b %Y %H:%M}"
