"""Reading and writing instants on the command line: ISO 8601 with an offset or
``Z`` in, ISO 8601 UTC with ``Z`` out."""

from __future__ import annotations

from datetime import UTC, datetime

from console.cli.errors import UsageError


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
    return value


def format_instant(value: datetime) -> str:
    """``2026-03-27T19:00:00Z``."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
