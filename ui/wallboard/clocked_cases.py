"""The cases a wallboard list shows and their clocks at the last tick: read again
every second from the programme they came with, without the database; and what
the wallboard's two case models (next to breach, the lead's list) share."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex

from console.domain.cases import CaseSummary
from console.services.infrastructure.programme import Programme
from console.services.readmodels.queue import clock_reader
from console.sla.clock import ClockReading

AnyIndex = QModelIndex | QPersistentModelIndex


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


if TYPE_CHECKING:
    _ItemModel = QAbstractItemModel
else:
    _ItemModel = object  # a plain mixin at run time: Qt's model classes do not mix with each other


class ClockedCasesModel(_ItemModel):
    """A wallboard model of :class:`ClockedCases`: the cases set at each refresh,
    their clocks re-read every second. Mixed in before the Qt model class, which
    says in which column (``CLOCK_COLUMN``) and roles (``CLOCK_ROLES``) the clocks
    show."""

    CLOCK_COLUMN = 0
    CLOCK_ROLES: Sequence[int] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clocked = ClockedCases()

    def set_cases(self, cases: Sequence[CaseSummary], programme: Programme, now: datetime) -> None:
        self.beginResetModel()
        self.clocked.set(cases, programme, now)
        self.endResetModel()

    def tick(self, now: datetime) -> None:
        """Re-read every clock at ``now`` (one signal for all the rows)."""
        if not self.clocked.cases:
            return
        self.clocked.read(now)
        self.dataChanged.emit(
            self.index(0, self.CLOCK_COLUMN),
            self.index(len(self.clocked.cases) - 1, self.CLOCK_COLUMN),
            list(self.CLOCK_ROLES),
        )

    def case_at(self, row: int) -> CaseSummary:
        return self.clocked.cases[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.clocked.cases)
