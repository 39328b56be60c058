"""The plans' first-response targets: one per plan and severity, in operational
minutes, with the kind of clock it runs on.

Only admins change them (``Action.CHANGE_TARGETS``). A new target recomputes, in
the same transaction, the due times of that plan and severity's open cases still
awaiting their first response, and says how many moved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from console.domain.durations import duration_text
from console.domain.permissions import Action
from console.domain.plans import Plan, Severity
from console.services.base import Service
from console.services.errors import Conflict, InvalidInput, NotFound
from console.services.infrastructure.database import Database
from console.services.infrastructure.inputs import plan_of, severity_of
from console.services.infrastructure.lookup import optional_user
from console.services.permissions import require
from console.services.usecases.setup_change import (
    CALENDAR_ID,
    SetupResult,
    actor_id,
    any_of,
    recompute_after_change,
)
from console.sla.policy import OPERATIONAL_DAY_MINUTES, ClockKind
from console.storage.models import Case, PlanTarget

MAX_TARGET_MINUTES = 30 * OPERATIONAL_DAY_MINUTES
"""The longest first-response target: 30 operational days (longer is a typo)."""


@dataclass(frozen=True, slots=True)
class TargetView:
    plan: Plan
    severity: Severity
    minutes: int
    clock_kind: ClockKind
    version: int

    @property
    def text(self) -> str:
        return target_text(self.minutes)


@dataclass(frozen=True, slots=True)
class TargetEdit:
    """One target to set; ``expected_version`` is the version the admin saw."""

    plan: Plan
    severity: Severity
    minutes: int
    expected_version: int | None = None


def whole_days(minutes: int) -> int | None:
    """How many operational days (12h) a target is, when it is a whole number of them."""
    return minutes // OPERATIONAL_DAY_MINUTES if minutes % OPERATIONAL_DAY_MINUTES == 0 else None


def target_text(minutes: int) -> str:
    """A target as people read it: ``15m``, ``4h``, ``1 day (12h)``, ``1h 30m``."""
    days = whole_days(minutes)
    if days is not None:
        return f"{days} day{'s' if days != 1 else ''} ({minutes // 60}h)"
    if minutes % 60 == 0:
        return f"{minutes // 60}h"
    return duration_text(minutes * 60)


class TargetService(Service):
    def targets(self) -> list[TargetView]:
        """Every plan × severity target with its clock kind, Standard first."""
        order = {plan: index for index, plan in enumerate(Plan)}
        with self.db.read() as session:
            rows = session.scalars(select(PlanTarget)).all()
            views = [
                TargetView(
                    Plan(t.plan_code), Severity(t.severity), t.minutes, ClockKind(t.clock_kind), t.version
                )
                for t in rows
            ]
        return sorted(views, key=lambda v: (order[v.plan], v.severity))

    def set_target(
        self,
        plan: Plan | str,
        severity: Severity | str | int,
        minutes: int,
        actor: str | int | None = None,
        expected_version: int | None = None,
    ) -> SetupResult:
        """Set one target; recomputes that plan and severity's open unanswered cases."""
        return self.set_targets(
            [TargetEdit(plan_of(plan), severity_of(severity), minutes, expected_version)], actor
        )

    def set_targets(self, edits: Sequence[TargetEdit], actor: str | int | None = None) -> SetupResult:
        """Set several targets in one transaction (the GUI's grid)."""
        for edit in edits:
            _check_minutes(edit)
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.CHANGE_TARGETS)
            touched: list[tuple[Plan, Severity]] = []
            for edit in edits:
                target = session.get(PlanTarget, (edit.plan.value, int(edit.severity)))
                if target is None:
                    raise NotFound(f"no target for {edit.plan.label} severity {int(edit.severity)}")
                if edit.expected_version is not None and target.version != edit.expected_version:
                    raise Conflict(
                        f"the {edit.plan.label} severity {int(edit.severity)} target was changed by "
                        "someone else — reloaded"
                    )
                if target.minutes != edit.minutes:
                    target.minutes = edit.minutes
                    touched.append((edit.plan, edit.severity))
            if not touched:
                return SetupResult(0)
            session.flush()
            Database.record_change(
                session, "policy", CALENDAR_ID, "targets", actor_id=actor_id(who), at=moment
            )
            session.flush()
            scope = [
                (Case.plan_code == plan.value) & (Case.severity == int(severity))
                for plan, severity in touched
            ]
            return SetupResult(recompute_after_change(session, self.loader, who, moment, any_of(scope)))


def _check_minutes(edit: TargetEdit) -> None:
    minutes = edit.minutes
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= MAX_TARGET_MINUTES:
        raise InvalidInput(
            f"the {edit.plan.label} severity {int(edit.severity)} target must be 1 to {MAX_TARGET_MINUTES} "
            f"operational minutes (30 days), not {minutes!r}"
        )
