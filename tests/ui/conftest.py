"""GUI test fixtures: qasync's event loop (as the console runs it), a guard that
fails a test when GUI code touched the database on the GUI thread, the real
support programme (read once from a copy of the migrated SQLite template) and a
factory of real case summaries whose due times come from that programme, so
queue rows can be built without writing cases."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

from console.demo.seed import seed_demo
from console.domain.cases import CaseStatus, CaseSummary, Role
from console.domain.plans import Category, Plan, Severity
from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.services.infrastructure.programme import Programme, ProgrammeLoader
from console.services.usecases.casework import due_time
from console.storage.engine import create_engine_for
from tests.support.demo_windows import DEMO_NOW
from tests.support.gui_thread_guard import GuiThreadGuard
from tests.support.ui_clock import BERLIN, NEW_YORK, UI_NOW, CaseFactory
from ui.gui_runtime import prepare_gui_thread
from ui.i18n import Language
from ui.i18n import install as install_language
from ui.session import ConsoleSession
from ui.widgets import time_text


@pytest.fixture(scope="session", autouse=True)
def gui_event_loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """qasync's loop over the test QApplication, as ``ui.app`` installs it: the
    handlers run while ``qtbot.waitUntil`` turns Qt's event loop."""
    runtime = prepare_gui_thread(qapp)  # as ui.app does
    install_language(Language.ENGLISH)  # as ui.app does: the English plural forms ("1 case")
    yield runtime.loop
    runtime.collector.stop()
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)


@pytest.fixture(scope="session")
def gui_thread_guard() -> Iterator[GuiThreadGuard]:
    guard = GuiThreadGuard()
    guard.install()
    yield guard
    guard.remove()


@pytest.fixture(autouse=True)
def no_database_on_the_gui_thread(gui_thread_guard: GuiThreadGuard) -> Iterator[None]:
    """Every GUI test fails if code under ``ui/`` ran SQL on the GUI thread (the
    test's own set-up, which calls the services directly, may)."""
    gui_thread_guard.clear()
    yield
    assert not gui_thread_guard.offences, "the GUI thread touched the database:\n" + "\n".join(
        gui_thread_guard.offences
    )


@pytest.fixture(autouse=True)
def local_zone_berlin() -> Iterator[None]:
    """Every GUI test runs as a person in Berlin (the calendar's zone) unless it
    asks for another zone with ``local_zone``; never the machine's own zone."""
    time_text.set_local_zone(BERLIN)
    yield
    time_text.set_local_zone(None)


@pytest.fixture
def new_york() -> ZoneInfo:
    """The person sits in New York, six hours behind the Berlin support calendar."""
    time_text.set_local_zone(NEW_YORK)
    return NEW_YORK


@pytest.fixture(scope="session")
def ui_programme(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Programme]:
    """The default programme (calendar, targets, rule chain) as the database holds it."""
    path = tmp_path_factory.mktemp("ui_programme") / "programme.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = Database(create_engine_for(str(path)))
    with db.read() as session:
        programme = ProgrammeLoader().load(session)
    yield programme
    db.close()


@pytest.fixture
def make_case(ui_programme: Programme) -> CaseFactory:
    """``make_case(number, **fields)``: a CaseSummary opened ``age`` before UI_NOW."""

    def make(number: int, **fields: Any) -> CaseSummary:
        plan = Plan(fields.pop("plan", Plan.STANDARD))
        severity = Severity(fields.pop("severity", Severity.MEDIUM))
        category = Category(fields.pop("category", Category.INCIDENT))
        account_id = int(
            fields.pop("account_id", {Plan.STANDARD: 1, Plan.PREMIER: 2, Plan.PROCTORED: 3}[plan])
        )
        opened = fields.pop("opened_at", UI_NOW - fields.pop("age", timedelta(minutes=500 - number)))
        values: dict[str, Any] = {
            "id": number + 1000,
            "number": number,
            "subject": f"Case subject {number}",
            "category": category,
            "severity": severity,
            "status": CaseStatus.NEW,
            "plan": plan,
            "account_id": account_id,
            "account_name": f"{plan.label} account {account_id}",
            "language": "en",
            "opened_at": opened,
            "due_at": due_time(ui_programme, plan, severity, account_id, category, opened),
            "first_response_at": None,
            "waiting_since": None,
            "assignee_id": None,
            "assignee_name": None,
            "unread_chat": 0,
            "version": 1,
        }
        values.update(fields)
        return CaseSummary.create(**values)

    return make


@pytest.fixture(scope="module")
def demo_file(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo organisation seeded for :data:`DEMO_NOW`, once per module."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = Database(create_engine_for(str(path)))
    seed_demo(db, now=DEMO_NOW)
    db.close()
    return path


@pytest.fixture
def demo_session(demo_file: Path, tmp_path: Path) -> Iterator[Callable[[str | None], ConsoleSession]]:
    """Sessions on a copy of the demo whose clock stands at :data:`DEMO_NOW`: for a
    person by name, or for an agent."""
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_file, path)
    sessions: list[ConsoleSession] = []

    def open_(user: str | None) -> ConsoleSession:
        services = ConsoleServices(Database(create_engine_for(str(path))), clock=lambda: DEMO_NOW)
        person = (
            services.accounts.user(user)
            if user
            else next(u for u in services.accounts.users() if u.role is Role.AGENT)
        )
        session = ConsoleSession(services, person)
        sessions.append(session)
        return session

    yield open_
    for session in sessions:
        session.close()
