"""What every group of use cases holds: the database, the programme loader it
shares with the others, and the clock that says "now" (tests set it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from console.services.infrastructure.database import Database, utc_now
from console.services.infrastructure.programme import ProgrammeLoader


class Service:
    def __init__(
        self, db: Database, loader: ProgrammeLoader | None = None, clock: Callable[[], datetime] = utc_now
    ) -> None:
        self.db = db
        self.loader = loader or ProgrammeLoader()
        self.clock = clock
