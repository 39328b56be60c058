"""The range of instants Support Console accepts: 1970-01-01T00:00:00Z through
2199-12-31T23:59:59Z. Every edge (the command line, the GUI's date editors, the
use cases) refuses instants and dates outside it with the one sentence below, so
that the calendar arithmetic and both databases never meet a year they cannot
hold. The bounds live here and nowhere else."""

from __future__ import annotations

from datetime import UTC, date, datetime

EARLIEST = datetime(1970, 1, 1, 0, 0, 0, tzinfo=UTC)
LATEST = datetime(2199, 12, 31, 23, 59, 59, tzinfo=UTC)
EARLIEST_DATE = EARLIEST.date()
LATEST_DATE = LATEST.date()
RANGE_TEXT = "1970-01-01T00:00:00Z through 2199-12-31T23:59:59Z"


class InstantOutOfRange(ValueError):
    """An instant or date outside :data:`EARLIEST` .. :data:`LATEST`."""


def check_instant(value: datetime, what: str = "time") -> datetime:
    """``value`` (aware) when it lies in the accepted range, else
    :class:`InstantOutOfRange`. Compared without converting to UTC first:
    converting year 1 or year 9999 with an offset overflows."""
    if not EARLIEST <= value <= LATEST:
        raise InstantOutOfRange(
            f"{what}: {value.isoformat().replace('+00:00', 'Z')} is outside the times this product "
            f"accepts ({RANGE_TEXT})"
        )
    return value


def check_date(value: date, what: str = "date") -> date:
    """``value`` when the whole day lies in the accepted range."""
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise InstantOutOfRange(
            f"{what}: {value.isoformat()} is outside the dates this product accepts "
            f"(1970-01-01 through 2199-12-31; times {RANGE_TEXT})"
        )
    return value
