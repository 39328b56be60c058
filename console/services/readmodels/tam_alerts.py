"""Which Severity 1 cases alert a TAM (SPEC.md section 2: Premier includes the
"24x7 on-call of the TAM for Severity 1"): an open Severity 1 case awaiting its
first response on one of the TAM's accounts, at any hour — the operational
calendar plays no part here, the on-call is round the clock.

The first look is the baseline (no flood of alerts when the TAM signs in); after
that each case alerts once, whether it was opened as Severity 1 or raised to it
later. Qt-free: the GUI feeds it what :meth:`CockpitService.urgent_cases` (or a
cockpit snapshot) read, and shows what it returns.
"""

from __future__ import annotations

from collections.abc import Iterable

from console.domain.cases import CaseSummary
from console.domain.plans import Severity
from console.services.readmodels.alerts import Alert, AlertKind


class TamAlertWatcher:
    def __init__(self, tam_id: int) -> None:
        self.tam_id = tam_id
        self._alerted: set[int] | None = None  # None until the first look

    @property
    def started(self) -> bool:
        return self._alerted is not None

    def update(self, cases: Iterable[CaseSummary]) -> list[Alert]:
        """The alerts for ``cases``: the open cases of the TAM's accounts as read
        now (any severity; those not yet Severity 1 are ignored until they are)."""
        urgent = [
            case
            for case in cases
            if case.severity is Severity.URGENT and case.first_response_at is None and case.status.is_open
        ]
        if self._alerted is None:
            self._alerted = {case.id for case in urgent}
            return []
        alerts: list[Alert] = []
        for case in urgent:
            if case.id in self._alerted:
                continue
            self._alerted.add(case.id)
            alerts.append(Alert.about(AlertKind.NEW_URGENT, case, on_call=True))
        return alerts
