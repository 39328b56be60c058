"""Only admins change policy, in every set-up area (targets, the calendar, its
closures, the at-risk thresholds, users), on SQLite and PostgreSQL: a lead, an
agent and a TAM are refused and nothing is written."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from console.services.errors import NotAllowed
from console.services.usecases.risk_thresholds import RiskThresholdService
from console.services.usecases.support_calendar import CalendarService
from console.services.usecases.targets import TargetService
from console.services.usecases.user_roles import UserRoleService
from console.storage.models import ChangeLog
from tests.support.services import Services


def change_count(services: Services) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeLog)) or 0)


@pytest.mark.parametrize("who", ["Lea Lead", "Anna Agent", "Tom Tam"])
def test_only_admins_change_policy(services: Services, who: str) -> None:
    targets = TargetService(services.db, services.loader, services.clock)
    calendar = CalendarService(services.db, services.loader, services.clock)
    thresholds = RiskThresholdService(services.db, services.loader, services.clock)
    user_roles = UserRoleService(services.db, services.loader, services.clock)
    before = change_count(services)
    calls = [
        lambda: targets.set_target("standard", 1, 60, actor=who),
        lambda: calendar.set_calendar(time_zone="Europe/London", actor=who),
        lambda: calendar.add_closure(date(2026, 12, 28), "Inventory", actor=who),
        lambda: thresholds.set_risk_thresholds(0.3, 20, actor=who),
        lambda: user_roles.update_user("Ben Agent", team="Night", actor=who),
    ]
    for call in calls:
        with pytest.raises(NotAllowed, match=f"{who} \\(.*\\) may not .*that takes an admin"):
            call()
    assert change_count(services) == before
