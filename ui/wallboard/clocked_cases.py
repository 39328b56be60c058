"""The cases a wallboard list shows and their clocks at the last tick: read again
every second from the programme they came with, without the database."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from console.domain.cases import CaseSummary
from console.services.infrastructure.programme import Programme
from console.services.readmodels.queue import clock_reader
from console.sla.clock import ClockReading


class ClockedCases:
    def __init__(self) -> None:
        self.cases: list[CaseSummary] = []
        self.readings: list[ClockReading | None] = []
        self.programme: Programme | None = None

    def set(self, cases: Sequence[CaseSummary], programme: Programme, now: datetime) -> None:
        self.cases = list(cases)
        self.programme = programme
        self.read(now)

    def read(self, now: datetime) -> None:
        """Every clock at ``now``."""
        if self.programme is None:
            self.readings = [None] * len(self.cases)
            return
        read = clock_reader(self.programme, now)
        self.readings = [read(case) for case in self.cases]

    @property
    def zone(self) -> tzinfo | None:
        """The support calendar's zone (its wall clock goes beside due times), once cases were set."""
        return None if self.programme is None else self.programme.calendar.zone
