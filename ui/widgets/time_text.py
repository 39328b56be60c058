"""How every window writes instants: the one home of the GUI's time rule. A time a
person reads is in the person's local zone (the workstation's, read through
:func:`local_zone`, which tests override with :func:`set_local_zone`); due and
resume times carry the zone's abbreviation and, where the support calendar's zone
shows a different wall-clock time, that time too ("Fri 14:30 EST (20:30 CET)").
Durations are written compactly ("1h 05m", "3m 20s"). Day and month names follow
the Qt locale. The command line does not use this module: it stays in UTC with ``Z``.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from console.domain.durations import duration_text as core_duration_text

_override: tzinfo | None = None


def set_local_zone(zone: tzinfo | None) -> None:
    """Make ``zone`` the person's local zone (None: the workstation's again); for tests
    and for a person who works in a zone other than the machine's."""
    global _override
    _override = zone


def local_zone() -> tzinfo:
    """The person's local zone: the override if set, else the workstation's zone as
    an IANA zone (so daylight saving follows the date of each instant), else the
    current fixed offset when the system names no zone Python knows."""
    if _override is not None:
        return _override
    key = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        fallback = datetime.now().astimezone().tzinfo
        assert fallback is not None  # astimezone() always gives an aware datetime
        return fallback


def to_local(moment: datetime, zone: tzinfo | None = None) -> datetime:
    """``moment`` (aware) as a wall-clock datetime in ``zone`` (default: local)."""
    return moment.astimezone(zone if zone is not None else local_zone())


def zone_label(moment: datetime, zone: tzinfo | None = None) -> str:
    """The abbreviation of ``zone`` (default: local) at ``moment``: "CET", "EDT"; the
    zone's name where it has no abbreviation."""
    local = to_local(moment, zone)
    return local.strftime("%Z") or str(local.tzinfo)


def _qt(local: datetime) -> QDateTime:
    # A wall-clock reading for QLocale's day and month names only. UTC, so that
    # Qt never "repairs" a wall time that falls into the system zone's DST gap.
    return QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
        QTimeZone.utc(),
    )


def _format(local: datetime, pattern: str) -> str:
    return QLocale().toString(_qt(local), pattern)


def wall_clock_text(local: datetime, pattern: str) -> str:
    """``local``'s own wall clock (in whatever zone it carries) in a QLocale pattern:
    day and month names in the person's language."""
    return _format(local, pattern)


def date_text(day: date, pattern: str) -> str:
    """A calendar date in a QLocale pattern ("ddd" for "Wed" / "Mi."), in the
    person's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def weekday_name(weekday: int) -> str:
    """Monday (0) to Sunday (6), in the person's language, capitalised as a label."""
    name = QLocale().standaloneDayName(weekday + 1, QLocale.FormatType.LongFormat)
    return name[:1].upper() + name[1:]


def local_datetime(moment: datetime) -> QDateTime:
    """``moment`` as a QDateTime showing the local wall clock (for Qt editors/labels)."""
    return _qt(to_local(moment))


def clock_text(moment: datetime, seconds: bool = False, labelled: bool = False) -> str:
    """ "14:30" (or "14:30:07") in local time; ``labelled`` adds the zone: "14:30 CET"."""
    text = _format(to_local(moment), "HH:mm:ss" if seconds else "HH:mm")
    return f"{text} {zone_label(moment)}" if labelled else text


def day_time_text(
    moment: datetime, now: datetime | None = None, always_date: bool = False, zone: tzinfo | None = None
) -> str:
    """ "Wed 14:30" within six days of ``now``, else (or when ``always_date``)
    "Wed 3 Dec 14:30"; in ``zone`` (default: local), unlabelled."""
    local = to_local(moment, zone)
    near = (
        not always_date
        and now is not None
        and abs(_qt(local).date().daysTo(_qt(to_local(now, zone)).date())) < 6
    )
    return _format(local, "ddd HH:mm" if near else "ddd d MMM HH:mm")


def date_clock_text(moment: datetime) -> str:
    """ "Wed 25 Nov · 17:42:05 CET": a wall clock, local and labelled."""
    return f"{_format(to_local(moment), 'ddd d MMM · HH:mm:ss')} {zone_label(moment)}"


def day_heading_text(moment: datetime) -> str:
    """ "Wednesday 25 November 2026" (local date), for day dividers."""
    return _format(to_local(moment), "dddd d MMMM yyyy")


def due_time_text(
    moment: datetime, now: datetime | None, calendar_zone: tzinfo | None, always_date: bool = False
) -> str:
    """A due or resume time: local and labelled, then the support calendar's wall
    clock in brackets where it differs: "Fri 14:30 EST (20:30 CET)"; the bracket
    names the day too when the calendar's date differs ("Fri 22:00 EST (Sat 04:00
    CET)"). Same wall clock in both zones: "Fri 14:30 CET"."""
    local = to_local(moment)
    text = f"{day_time_text(moment, now, always_date)} {zone_label(moment)}"
    if calendar_zone is None:
        return text
    there = moment.astimezone(calendar_zone)
    if there.replace(tzinfo=None) == local.replace(tzinfo=None):
        return text
    pattern = "HH:mm" if there.date() == local.date() else "ddd HH:mm"
    label = zone_label(moment, calendar_zone)
    if label == zone_label(moment):  # same abbreviation, other offset: name the zone
        label = str(calendar_zone)
    return f"{text} ({_format(there, pattern)} {label})"


def zone_note_text(moment: datetime, calendar_zone: tzinfo | None, calendar_name: str) -> str:
    """The status-bar note of a window that shows calendar days: "Times in CET (your
    zone) · due times also in the support calendar's Europe/Berlin"."""
    note = QCoreApplication.translate("TimeText", "Times in {0} (your zone)").format(zone_label(moment))
    if (
        calendar_zone is not None
        and moment.astimezone(calendar_zone).utcoffset() != to_local(moment).utcoffset()
    ):
        note += " · " + QCoreApplication.translate(
            "TimeText", "due times also in the support calendar's {0}"
        ).format(calendar_name)
    else:
        note += " · " + QCoreApplication.translate("TimeText", "support calendar {0}").format(calendar_name)
    return note


def duration_text(seconds: int, with_seconds: bool = False) -> str:
    """ "1h 05m", "25m", or with seconds "3m 20s"; a few seconds read "under 1m"."""
    seconds = max(0, int(seconds))
    if not with_seconds and 0 < seconds < 60:
        return QCoreApplication.translate("TimeText", "under 1m")
    return core_duration_text(seconds, with_seconds=with_seconds)
