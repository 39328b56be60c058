"""Spans of (operational) time as people read them — "1h 05m", "25m", "12m 30s" —
one implementation for the command line and every screen."""

from __future__ import annotations


def duration_text(seconds: int, *, with_seconds: bool = False, signed: bool = False) -> str:
    """``seconds`` as hours and minutes, or minutes and seconds under an hour when
    ``with_seconds``; a leading minus for negative spans when ``signed``."""
    sign = "-" if signed and seconds < 0 else ""
    hours, rest = divmod(abs(int(seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}h {minutes:02d}m"
    if minutes:
        return f"{sign}{minutes}m {secs:02d}s" if with_seconds else f"{sign}{minutes}m"
    return f"{sign}{secs}s"
