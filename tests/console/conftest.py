"""A services fixture over each backend, with a settable clock and a small organisation."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine

from console.services.infrastructure.database import Database
from console.services.infrastructure.programme import ProgrammeLoader
from console.services.readmodels.queue import QueueService
from console.services.usecases.accounts import AccountService
from console.services.usecases.cases import CaseService
from console.services.usecases.conversation import ConversationService
from console.services.usecases.exams import ExamService
from tests.clock import SteppingClock


@dataclass
class Services:
    db: Database
    clock: SteppingClock
    loader: ProgrammeLoader
    cases: CaseService
    talk: ConversationService
    accounts: AccountService
    queue: QueueService
    exams: ExamService


def make_services(engine: Engine, start: datetime) -> Services:
    db = Database(engine)
    clock = SteppingClock(start)
    loader = ProgrammeLoader()
    return Services(
        db,
        clock,
        loader,
        CaseService(db, loader, clock),
        ConversationService(db, loader, clock),
        AccountService(db, loader, clock),
        QueueService(db, loader, clock),
        ExamService(db, loader, clock),
    )


# Wednesday 2026-11-25 09:00 CET
WEDNESDAY_9 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


@pytest.fixture
def services(engine: Engine) -> Iterator[Services]:
    svc = make_services(engine, WEDNESDAY_9)
    svc.accounts.add_user("Ada Admin", "admin")
    svc.accounts.add_user("Lea Lead", "lead")
    svc.accounts.add_user("Tom Tam", "tam")
    svc.accounts.add_user("Anna Agent", "agent", languages=["en", "de"])
    svc.accounts.add_user("Ben Agent", "agent", languages=["en"])
    svc.accounts.add_account("Globex", "standard")
    svc.accounts.add_account("Initech", "premier", tam="Tom Tam", early_adopter=True)
    svc.accounts.add_account("Exam Board", "proctored")
    svc.accounts.add_contact("Initech", "Peter Gibbons", "peter@initech.example")
    yield svc
