"""The at-risk thresholds on SQLite and PostgreSQL: stored, shown with the
calendar's settings, refused when out of range, and no due time moves."""

from __future__ import annotations

import pytest

from console.services.errors import InvalidInput
from console.services.usecases.risk_thresholds import RiskThresholdService
from console.services.usecases.support_calendar import CalendarService
from tests.support.services import Services


@pytest.fixture
def thresholds(services: Services) -> RiskThresholdService:
    return RiskThresholdService(services.db, services.loader, services.clock)


def test_risk_thresholds_are_stored_without_moving_due_times(
    services: Services, thresholds: RiskThresholdService
) -> None:
    services.cases.open_case("Globex", 3, "Medium")
    assert thresholds.set_risk_thresholds(0.25, 30, actor="Ada Admin").changed_cases == 0
    settings = CalendarService(services.db, services.loader, services.clock).calendar_settings()
    assert (settings.at_risk_fraction, settings.at_risk_minutes) == (0.25, 30)
    with pytest.raises(InvalidInput, match="between 0 and 1"):
        thresholds.set_risk_thresholds(1.5, 30, actor="Ada Admin")
