"""The GUI tests' fixed moment and zones, and the type of the case factory the
``make_case`` fixture hands out (``tests/ui/conftest.py``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from console.domain.cases import CaseSummary

# Wednesday 2026-11-25 09:00 in Berlin (CET)
UI_NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)

CaseFactory = Callable[..., CaseSummary]

BERLIN = ZoneInfo("Europe/Berlin")  # the support calendar's zone in the demo programme
NEW_YORK = ZoneInfo("America/New_York")  # a local zone other than the calendar's
