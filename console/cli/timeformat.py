"""Reading and writing instants on the command line: ISO 8601 with an offset or
``Z`` in, ISO 8601 UTC with ``Z`` out; dates as ``YYYY-MM-DD``. Both only within
the range the product accepts (:mod:`console.domain.instants`)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from console.cli.errors import UsageError
from console.domain.instants import InstantOutOfRange, check_date, check_instant


def parse_instant(text: str, what: str = "time") -> datetime:
    """An aware datetime from ISO 8601 text that carries an offset or ``Z``."""
    raw = text.strip()
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise UsageError(
            f"{what}: {text!r} is not an ISO 8601 date and time (e.g. 2026-03-27T18:00:00Z)"
        ) from None
    if value.tzinfo is None or value.utcoffset() is None:
        raise UsageError(f"{what}: {text!r} has no offset; add Z or +01:00")
    try:
        return check_instant(value, what)
    except InstantOutOfRange as error:
        raise UsageError(str(error)) from None


def parse_date(text: str, what: str = "date") -> date:
    """A calendar date from ``YYYY-MM-DD``."""
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{what}: {text!r} is not a date (YYYY-MM-DD)") from None
    try:
        return check_date(value, what)
    except InstantOutOfRange as error:
        raise UsageError(str(error)) from None


def format_instant(value: datetime) -> str:
    """``2026-03-27T19:00:00Z``."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
