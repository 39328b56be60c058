"""Printing results: aligned plain-text tables for people, JSON for scripts, and
instants as ISO 8601 UTC with ``Z``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import TextIO

from console.cli.timeformat import format_instant


def iso(value: datetime | None) -> str | None:
    return None if value is None else format_instant(value)


def print_table(out: TextIO, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    cells = [[_text(value) for value in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for index, value in enumerate(row):
            widths[index] = max(widths[index], len(value))
    out.write("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")


def print_json(out: TextIO, payload: object) -> None:
    out.write(json.dumps(payload, indent=2, ensure_ascii=False, default=_json_default) + "\n")


def _text(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, datetime):
        return format_instant(value)
    return str(value)


def _json_default(value: object) -> object:
    if isinstance(value, datetime):
        return format_instant(value)
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def size_text(size: int) -> str:
    """A size as people read it: 812 bytes, 14.2 KB, 3.1 MB."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
