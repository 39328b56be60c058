"""SLA attainment: which first-response clocks were met or breached in a period,
and the spread of first-response times (one rule for the wallboard, the reports
and the command line).

A clock is *settled* once its outcome is known: at the first response when that
came at or before the due instant (met), at the due instant when it passed without
one (breached). A period counts the clocks settled in it, so every clock counts
exactly once, in the period its outcome became known; attainment is met ÷
(met + breached). A clock that is neither is *open*. Paid add-ons have no clock
and never count.

Instants are UTC epoch seconds, as the services read them.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Sequence
from dataclasses import dataclass


class Outcome(enum.StrEnum):
    MET = "met"
    BREACHED = "breached"
    OPEN = "open"


def outcome(due: int, first_response: int | None, now: int) -> Outcome:
    """The clock's outcome as known at ``now``."""
    if first_response is not None and first_response <= now:
        return Outcome.MET if first_response <= due else Outcome.BREACHED
    return Outcome.BREACHED if due < now else Outcome.OPEN


def settlement(due: int, first_response: int | None, now: int) -> tuple[int, Outcome] | None:
    """When the clock's outcome became known and what it is, as known at ``now``
    (None while it is open): met at its first response, breached at its due
    instant."""
    result = outcome(due, first_response, now)
    if result is Outcome.MET:
        assert first_response is not None
        return first_response, result
    if result is Outcome.BREACHED:
        return due, result
    return None


def settled_at(due: int, first_response: int | None, now: int) -> int | None:
    """When the outcome became known (None while it is open)."""
    settled = settlement(due, first_response, now)
    return None if settled is None else settled[0]


def open_at_end(opened: int, due: int, first_response: int | None, end: int, now: int) -> bool:
    """Whether a clock is still *open* at the end of a period ``[..., end)`` seen at
    ``now``: opened by then and settled neither by then nor earlier.

    The horizon is the period's end, or ``now`` while the period is still running.
    With whole epoch seconds, a clock is open when it was opened before ``cut``,
    has no first response before ``cut`` and its due instant is not before
    ``min(end, now)`` (a clock breaches only once its due instant has passed),
    where ``cut`` is ``end`` for a past period and ``now + 1`` for a running one
    (what happened in the current second is already known). So every clock opened
    before ``cut`` is exactly one of: settled before the period, settled in it (as
    :func:`settled_at` and ``settlements.attainment`` count), or open at its end.
    """
    cut = end if end <= now else now + 1
    return opened < cut and (first_response is None or first_response >= cut) and due >= min(end, now)


@dataclass(frozen=True, slots=True)
class Attainment:
    """Clocks settled in a period: how many were met and how many breached."""

    met: int = 0
    breached: int = 0

    @property
    def settled(self) -> int:
        return self.met + self.breached

    @property
    def ratio(self) -> float | None:
        """met ÷ settled; None when nothing settled (no figure, not 100 %)."""
        return None if self.settled == 0 else self.met / self.settled

    def __add__(self, other: Attainment) -> Attainment:
        return Attainment(self.met + other.met, self.breached + other.breached)

    def add(self, result: Outcome) -> Attainment:
        if result is Outcome.MET:
            return Attainment(self.met + 1, self.breached)
        if result is Outcome.BREACHED:
            return Attainment(self.met, self.breached + 1)
        return self


def quantile(values: Sequence[float], q: float) -> float | None:
    """The ``q`` quantile (0 ≤ q ≤ 1) by linear interpolation between the closest
    ranks (the "inclusive" method: the median of an even count is the mean of the
    middle two, as ``statistics.median``). None for no values."""
    if not 0 <= q <= 1:
        raise ValueError(f"a quantile lies between 0 and 1, not {q}")
    if not values:
        return None
    ordered = sorted(values)
    position = q * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
