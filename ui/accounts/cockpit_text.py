"""How the cockpit words its figures: trial licences ("expires in 12 days",
"expired 3 days ago"), exam windows ("live now — ends 10:00", "Fri 27 Nov
18:00–20:00 CET") and note times. Times and "today"/"tomorrow" are the person's
local zone's (the GUI's one rule, :mod:`ui.widgets.time_text`) unless a zone is
given. Pure functions, tested without a widget."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from console.services.readmodels.cockpit import ExamWindow, Licences, TrialState
from ui.widgets.time_text import date_text, day_time_text, to_local, wall_clock_text, zone_label


def trial_text(licences: Licences) -> str:
    """The non-production trial licence in a few words."""
    if licences.trial_state is TrialState.NONE or licences.trial_until is None:
        return QCoreApplication.translate("Cockpit", "no non-production trial")
    until = date_text(licences.trial_until, "dd MMM yyyy")
    left = licences.trial_days_left or 0
    if licences.trial_state is TrialState.EXPIRED:
        ago = -left
        if ago == 1:
            return QCoreApplication.translate("Cockpit", "trial expired yesterday ({0})").format(until)
        return QCoreApplication.translate("Cockpit", "trial expired {0} days ago ({1})").format(ago, until)
    if left == 0:
        return QCoreApplication.translate("Cockpit", "trial ends today ({0})").format(until)
    if left == 1:
        return QCoreApplication.translate("Cockpit", "trial until {0} — expires tomorrow").format(until)
    return QCoreApplication.translate("Cockpit", "trial until {0} — expires in {1} days").format(until, left)


def early_adopter_text(licences: Licences) -> str:
    if licences.early_adopter:
        return QCoreApplication.translate("Cockpit", "early-adopter products qualified")
    return QCoreApplication.translate("Cockpit", "not qualified for early-adopter products")


def exam_when_text(window: ExamWindow, zone: tzinfo | None = None) -> str:
    """ "Fri 27 Nov 18:00–20:00 CET" in ``zone`` (default: local; the end's date too
    when it differs)."""
    start, end = to_local(window.start, zone), to_local(window.end, zone)
    begins = day_time_text(window.start, always_date=True, zone=zone)
    if start.date() == end.date():
        return f"{begins}–{end:%H:%M} {zone_label(window.end, zone)}"
    return (
        f"{begins} – {day_time_text(window.end, always_date=True, zone=zone)} {zone_label(window.end, zone)}"
    )


def exam_status_text(window: ExamWindow, now: datetime, zone: tzinfo | None = None) -> str:
    """ "live now — ends 10:00", "in 2 days", "in 3 h", "tomorrow" (days of ``zone``,
    default: local)."""
    if window.live:
        return QCoreApplication.translate("Cockpit", "live now — ends {0}").format(
            f"{to_local(window.end, zone):%H:%M}"
        )
    if window.end <= now:
        return QCoreApplication.translate("Cockpit", "ended")
    days = (to_local(window.start, zone).date() - to_local(now, zone).date()).days
    if days <= 0:
        hours = max(0, int((window.start - now).total_seconds()) // 3600)
        if hours == 0:
            minutes = max(1, int((window.start - now).total_seconds()) // 60)
            return QCoreApplication.translate("Cockpit", "in {0} min").format(minutes)
        return QCoreApplication.translate("Cockpit", "in {0} h").format(hours)
    if days == 1:
        return QCoreApplication.translate("Cockpit", "tomorrow")
    return QCoreApplication.translate("Cockpit", "in {0} days").format(days)


def note_time_text(moment: datetime, now: datetime, zone: tzinfo | None = None) -> str:
    """ "today 09:14", "yesterday 17:02", "Mon 23 Nov 2026 11:00" (``zone``, default: local)."""
    local = to_local(moment, zone)
    days = (to_local(now, zone).date() - local.date()).days
    if days == 0:
        return QCoreApplication.translate("Cockpit", "today {0}").format(f"{local:%H:%M}")
    if days == 1:
        return QCoreApplication.translate("Cockpit", "yesterday {0}").format(f"{local:%H:%M}")
    return wall_clock_text(local, "ddd dd MMM yyyy HH:mm")
