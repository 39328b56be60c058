"""A clock that tests move by hand, shared by the service and GUI tests."""

from __future__ import annotations

from datetime import datetime, timedelta


class SteppingClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now = self.now + timedelta(**delta)
        return self.now
