"""The at-risk thresholds: when a running clock turns "at risk" — at most a share
of its target, or a number of operational minutes, left.

Only admins change them (``Action.CHANGE_AT_RISK_THRESHOLDS``). They decide when
a clock shows as at risk; due times do not move. They are stored with the support
calendar and read with its settings (``CalendarService.calendar_settings``).
"""

from __future__ import annotations

from console.domain.permissions import Action
from console.services.base import Service
from console.services.errors import InvalidInput
from console.services.infrastructure.database import Database
from console.services.infrastructure.lookup import optional_user
from console.services.permissions import require
from console.services.usecases.setup_change import CALENDAR_ID, SetupResult, actor_id
from console.storage.models import SupportCalendarRecord


class RiskThresholdService(Service):
    def set_risk_thresholds(
        self, fraction: float, minutes: int, actor: str | int | None = None
    ) -> SetupResult:
        """At risk with at most ``fraction`` of the target or ``minutes`` operational
        minutes left. Due times do not move: the result counts no case."""
        if not 0 < fraction < 1:
            raise InvalidInput(f"the at-risk share of the target must be between 0 and 1, not {fraction}")
        if not 0 <= minutes <= 24 * 60:
            raise InvalidInput(f"the at-risk minutes must be between 0 and 1440, not {minutes}")
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.CHANGE_AT_RISK_THRESHOLDS)
            record = session.get_one(SupportCalendarRecord, CALENDAR_ID)
            if record.at_risk_fraction != fraction or record.at_risk_seconds != minutes * 60:
                record.at_risk_fraction = fraction
                record.at_risk_seconds = minutes * 60
                Database.record_change(
                    session, "policy", CALENDAR_ID, "thresholds", actor_id=actor_id(who), at=moment
                )
        return SetupResult(0)
