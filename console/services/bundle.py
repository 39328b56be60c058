"""All use cases over one database, sharing one programme loader and one clock:
what the command line and the GUI hold on to."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from console.services.infrastructure.database import Database, utc_now
from console.services.infrastructure.programme import ProgrammeLoader
from console.services.readmodels.cockpit import CockpitService
from console.services.readmodels.queue import QueueService
from console.services.readmodels.reports import ReportService
from console.services.readmodels.wallboard import WallboardService
from console.services.usecases.accounts import AccountService
from console.services.usecases.cases import CaseService
from console.services.usecases.conversation import ConversationService
from console.services.usecases.exams import ExamService
from console.services.usecases.mail_ingest import MailIngestService
from console.services.usecases.mail_settings import MailSettingsService
from console.services.usecases.outbox import OutboxService
from console.services.usecases.people import PeopleService
from console.services.usecases.queue_rules import QueueRulesService
from console.services.usecases.risk_thresholds import RiskThresholdService
from console.services.usecases.support_calendar import CalendarService
from console.services.usecases.targets import TargetService
from console.services.usecases.triage import TriageService
from console.services.usecases.user_roles import UserRoleService


class ConsoleServices:
    def __init__(self, db: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self.db = db
        self.clock = clock
        self.loader = ProgrammeLoader()
        self.cases = CaseService(db, self.loader, clock)
        self.talk = ConversationService(db, self.loader, clock)
        self.accounts = AccountService(db, self.loader, clock)
        self.exams = ExamService(db, self.loader, clock)
        self.queue = QueueService(db, self.loader, clock)
        self.cockpit = CockpitService(db, self.loader, clock)
        self.reports = ReportService(db, self.loader, clock)
        self.wallboard = WallboardService(db, self.loader, clock)
        self.targets = TargetService(db, self.loader, clock)
        self.calendar = CalendarService(db, self.loader, clock)
        self.risk_thresholds = RiskThresholdService(db, self.loader, clock)
        self.user_roles = UserRoleService(db, self.loader, clock)
        self.people = PeopleService(db, self.loader, clock)
        self.queue_rules = QueueRulesService(db, self.loader, clock)
        self.mail_settings = MailSettingsService(db, self.loader, clock)
        self.mail = MailIngestService(db, self.loader, clock)
        self.outbox = OutboxService(db, self.loader, clock)
        self.triage = TriageService(db, self.loader, clock)

    def close(self) -> None:
        self.db.close()
