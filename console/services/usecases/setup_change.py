"""What every set-up change shares: the result it returns (how many open cases got
a new due time) and the recompute it runs, in its own transaction, after the
change is flushed — so the programme loader reads the new targets, calendar or
exam sessions.

The set-up areas are separate services (targets, the support calendar, the
at-risk thresholds, users and roles, exam sessions); this module is their common
ground and holds no use case of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from console.services.infrastructure.programme import ProgrammeLoader
from console.services.usecases.due_times import recompute_due_times
from console.storage.models import User

CALENDAR_ID = 1
"""The one support calendar row (it also carries the targets' and thresholds' audit id)."""


@dataclass(frozen=True, slots=True)
class SetupResult:
    """The outcome of a set-up change: how many open cases got a new due time."""

    changed_cases: int


def recompute_after_change(
    session: Session,
    loader: ProgrammeLoader,
    who: User | None,
    moment: datetime,
    scope: ColumnElement[bool],
) -> int:
    """New due times for the open unanswered cases in ``scope``; the change is
    logged and flushed, so the loader reads the new programme."""
    return recompute_due_times(session, loader.load(session), who, moment, scope)


def any_of(conditions: Sequence[ColumnElement[bool]]) -> ColumnElement[bool]:
    """The SQL ``OR`` of at least one condition."""
    combined = conditions[0]
    for condition in conditions[1:]:
        combined = combined | condition
    return combined


def actor_id(user: User | None) -> int | None:
    """The audit's actor column: the user's id, or None for the system."""
    return None if user is None else user.id
