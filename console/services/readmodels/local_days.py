"""Local days of the support calendar's time zone as UTC instants: where the
reports' periods and the wallboard's days (today, the week, the 30-day trend)
begin and end."""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo

from console.sla.calendar import from_epoch, to_epoch


def local_midnight(day: date, zone: tzinfo) -> datetime:
    """00:00 local time on ``day`` as a UTC instant (whole seconds)."""
    return from_epoch(to_epoch(datetime.combine(day, time(0), tzinfo=zone)))
