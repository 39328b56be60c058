"""The services a test works with over one engine, sharing a settable clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine

from console.services.infrastructure.database import Database
from console.services.infrastructure.programme import ProgrammeLoader
from console.services.readmodels.queue import QueueService
from console.services.usecases.accounts import AccountService
from console.services.usecases.cases import CaseService
from console.services.usecases.conversation import ConversationService
from console.services.usecases.exams import ExamService
from console.services.usecases.mail_ingest import MailIngestService
from console.services.usecases.mail_settings import MailSettingsService
from console.services.usecases.outbox import OutboxService
from console.services.usecases.triage import TriageService
from tests.support.clock import SteppingClock


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
    mail_settings: MailSettingsService
    mail: MailIngestService
    outbox: OutboxService
    triage: TriageService


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
        MailSettingsService(db, loader, clock),
        MailIngestService(db, loader, clock),
        OutboxService(db, loader, clock),
        TriageService(db, loader, clock),
    )


# Wednesday 2026-11-25 09:00 CET
WEDNESDAY_9 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
