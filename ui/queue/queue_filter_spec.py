"""What the queue's filter bar asks for, as a frozen value, and the pure function
that applies it to queue rows. Qt-free on purpose: the window runs
:func:`apply_filter` on a worker thread over tens of thousands of rows, and the
settings store the specification between sessions as plain text.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from console.domain.plans import Plan, Severity
from console.services.readmodels.queue import QueueFilter, QueueRow


class QueueMode(enum.StrEnum):
    """The segmented buttons above the queue."""

    MINE = "mine"
    UNASSIGNED = "unassigned"
    ALL_OPEN = "all_open"


@dataclass(frozen=True, slots=True)
class QueueFilterSpec:
    """The filter bar's choices; ``None`` (or an empty search) filters nothing."""

    mode: QueueMode = QueueMode.ALL_OPEN
    plan: Plan | None = None
    severity: Severity | None = None
    language: str | None = None
    search: str = ""

    def queue_filter(self, user_id: int) -> QueueFilter:
        """The structured part of the spec, as the core's :class:`QueueFilter`."""
        return QueueFilter(
            assignee_id=user_id if self.mode is QueueMode.MINE else None,
            unassigned_only=self.mode is QueueMode.UNASSIGNED,
            plans=frozenset() if self.plan is None else frozenset({self.plan}),
            severities=frozenset() if self.severity is None else frozenset({self.severity}),
            languages=frozenset() if not self.language else frozenset({self.language}),
        )

    def to_text(self) -> str:
        """A one-line form for settings files (``key=value`` pairs joined by ``;``)."""
        parts = {
            "mode": self.mode.value,
            "plan": "" if self.plan is None else self.plan.value,
            "severity": "" if self.severity is None else str(int(self.severity)),
            "language": self.language or "",
            "search": self.search.replace("\\", "\\\\").replace(";", "\\;"),
        }
        return ";".join(f"{key}={value}" for key, value in parts.items())

    @classmethod
    def from_text(cls, text: str) -> QueueFilterSpec:
        """The spec saved by :meth:`to_text`; unknown or damaged parts fall back to
        their defaults (an old settings file must never stop the console)."""
        fields: dict[str, str] = {}
        for part in _split_escaped(text):
            key, sep, value = part.partition("=")
            if sep:
                fields[key.strip()] = value
        try:
            mode = QueueMode(fields.get("mode", QueueMode.ALL_OPEN.value))
        except ValueError:
            mode = QueueMode.ALL_OPEN
        plan: Plan | None
        try:
            plan = Plan(fields["plan"]) if fields.get("plan") else None
        except ValueError:
            plan = None
        severity: Severity | None
        try:
            severity = Severity.parse(fields["severity"]) if fields.get("severity") else None
        except ValueError:
            severity = None
        return cls(mode, plan, severity, fields.get("language") or None, fields.get("search", ""))


def _split_escaped(text: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for char in chars:
        if char == "\\":
            current.append(next(chars, ""))
        elif char == ";":
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def apply_filter(rows: Sequence[QueueRow], spec: QueueFilterSpec, user_id: int) -> list[QueueRow]:
    """The rows ``spec`` keeps, in their given order. The search matches the case
    number (``4711`` or ``#4711``), the subject and the account name, ignoring case."""
    keeps = spec.queue_filter(user_id).keeps
    needle = spec.search.strip().casefold()
    if not needle:
        return [row for row in rows if keeps(row.place.case)]
    number_text = needle.removeprefix("#")
    kept: list[QueueRow] = []
    for row in rows:
        case = row.place.case
        if not keeps(case):
            continue
        if (
            number_text in str(case.number)
            or needle in case.subject.casefold()
            or needle in case.account_name.casefold()
        ):
            kept.append(row)
    return kept
