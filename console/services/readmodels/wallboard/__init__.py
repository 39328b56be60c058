"""The team lead's wallboard, one implementation for the wallboard screen and the
command line: :mod:`.figures` (what the figures are and mean), :mod:`.open_cases`
(one pass over the open cases), :mod:`.trend` (the clocks settled per local day),
:mod:`.thresholds` (the tiles' limits) and :mod:`.service` (reads them in one
transaction and puts them together)."""

from console.services.readmodels.wallboard.figures import (
    AgentLoad,
    OldestCase,
    OpenCaseCounts,
    SettledCounts,
    TrendDay,
    WallboardFigures,
    WallboardFilter,
)
from console.services.readmodels.wallboard.open_cases import LEAD_CASES, NEXT_TO_BREACH
from console.services.readmodels.wallboard.service import STAFF_ROLES, WallboardService
from console.services.readmodels.wallboard.trend import TREND_DAYS, WEEK_DAYS, settling_clocks

__all__ = [
    "LEAD_CASES",
    "NEXT_TO_BREACH",
    "STAFF_ROLES",
    "TREND_DAYS",
    "WEEK_DAYS",
    "AgentLoad",
    "OldestCase",
    "OpenCaseCounts",
    "SettledCounts",
    "TrendDay",
    "WallboardFigures",
    "WallboardFilter",
    "WallboardService",
    "settling_clocks",
]
