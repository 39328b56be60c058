"""Text from outside is never markup (issue 12): over the demo data with every
account, contact and person name, case subject, message body and TAM note
replaced by hostile markup, every window (the agent console with a case and its
chat open, the wallboard with the lead panel, the TAM cockpit, the reports and
each administration tab) is opened offscreen, and every label, widget tooltip,
item tooltip and text browser is read as Qt would render it: the hostile text
must show as the literal characters, never as bold, headings, links or images."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, QSize, Qt
from PySide6.QtGui import Qt as QtGuiQt  # Qt.mightBeRichText lives in QtGui's Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from console.demo.seed import seed_demo
from console.domain.plans import Plan
from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.services.readmodels.alerts import Alert, AlertKind
from console.storage.engine import create_engine_for
from ui.main_window import MainWindow
from ui.notifier import Notifier
from ui.session import ConsoleSession
from ui.views import View, create_view, start_view
from ui.widgets.app_icon import app_icon
from ui.widgets.plain_text import question_box

DEMO_NOW = datetime(2026, 11, 25, 10, 40, tzinfo=UTC)
HOSTILE = (
    '<b style="font-size:40px;color:red">BIG</b>',
    '<img src="http://example.invalid/x.png">',
    '<a href="http://evil.invalid">CLICKME</a>',
    "&lt;escaped&gt;",
    "<h1>HEADLINE</h1>",
)
# Whom each window is opened for (by login: the names themselves turn hostile).
PEOPLE = {"lead": "Sofia Lindqvist", "tam": "Priya Raman", "admin": "Margit Albrecht"}
FIELDS = (
    ("accounts", "name"),
    ("contacts", "name"),
    ("users", "name"),
    ("cases", "subject"),
    ("messages", "body"),
    ("tam_notes", "body"),
)


def _obeyed(hostile: str) -> str:
    document = QTextDocument()
    document.setHtml(hostile)
    return document.toPlainText()


def hostile_value(row_id: int) -> str:
    """The hostile string for a row: first (so Qt's guess sees the tag), then the
    id (names are unique)."""
    return f"{HOSTILE[row_id % len(HOSTILE)]} {row_id}"


@pytest.fixture(scope="module")
def hostile_file(
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("hostile") / "hostile.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = Database(create_engine_for(str(path)))
    seed_demo(db, now=DEMO_NOW)
    with db.engine.begin() as connection:
        logins = {
            role: str(
                connection.execute(text("SELECT login FROM users WHERE name = :n"), {"n": name}).scalar_one()
            )
            for role, name in PEOPLE.items()
        }
        for table, column in FIELDS:
            ids = [row[0] for row in connection.execute(text(f"SELECT id FROM {table}"))]
            for row_id in ids:
                connection.execute(
                    text(f"UPDATE {table} SET {column} = :value WHERE id = :id"),
                    {"value": hostile_value(row_id), "id": row_id},
                )
    db.close()
    return path, logins


@pytest.fixture
def open_session(
    hostile_file: tuple[Path, dict[str, str]], tmp_path: Path
) -> Iterator[Callable[[str], ConsoleSession]]:
    template, logins = hostile_file
    path = tmp_path / "hostile.sqlite3"
    shutil.copyfile(template, path)
    sessions: list[ConsoleSession] = []

    def open_(role: str) -> ConsoleSession:
        services = ConsoleServices(Database(create_engine_for(str(path))), clock=lambda: DEMO_NOW)
        people = [u for u in services.accounts.users() if u.role.value == role and u.active]
        person = next((u for u in people if u.login == logins.get(role)), people[0])
        session = ConsoleSession(services, person)
        sessions.append(session)
        return session

    yield open_
    for session in sessions:
        session.close()


# -- how Qt shows a text -----------------------------------------------------------------------


def _rendered(shown: str, rich: bool) -> str:
    if not rich:
        return shown
    document = QTextDocument()
    document.setHtml(shown)
    return document.toPlainText()


def _obeys(shown: str, rich: bool) -> list[str]:
    """The hostile strings ``shown`` would be obeyed as markup, rendered ``rich`` or not."""
    rendered = _rendered(shown, rich)
    found = []
    for hostile in HOSTILE:
        rest = rendered.replace(hostile, "")
        if _obeyed(hostile) in rest:
            found.append(hostile)
    return found


def _tells(shown: str) -> bool:
    return any(h in shown or h.replace("&", "&amp;") in shown for h in HOSTILE) or any(
        word in shown for word in ("BIG", "CLICKME", "HEADLINE", "example.invalid", "escaped")
    )


def offences(window: QWidget) -> list[str]:
    """Every text in ``window`` that shows outside markup as markup."""
    found: list[str] = []
    for label in window.findChildren(QLabel):
        shown = label.text()
        if not _tells(shown):
            continue
        form = label.textFormat()
        rich = form is Qt.TextFormat.RichText or (
            form is Qt.TextFormat.AutoText and QtGuiQt.mightBeRichText(shown)
        )
        raw = [h for h in HOSTILE if h in shown]
        if raw and form is not Qt.TextFormat.PlainText:
            # Left to Qt's guess (or rich): outside text must be escaped, not raw.
            found.append(
                f"label {label.objectName() or type(label.parent()).__name__}: {form.name} {shown!r}"
            )
        elif rich and _obeys(shown, rich):
            found.append(f"label {type(label.parent()).__name__}: rich text obeys {shown!r}")
    for widget in [window, *window.findChildren(QWidget)]:
        tip = widget.toolTip()
        if _tells(tip) and _obeys(tip, QtGuiQt.mightBeRichText(tip)):
            found.append(f"tooltip of {type(widget).__name__}: {tip!r}")
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model keeps its one column private
            columns = 1
        for row in range(min(model.rowCount(QModelIndex()), 200)):
            for column in range(columns):
                index = model.index(row, column)
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and _tells(tip) and _obeys(tip, QtGuiQt.mightBeRichText(tip)):
                    found.append(f"item tooltip in {type(model).__name__} ({row}, {column}): {tip!r}")
    for edit in window.findChildren(QTextEdit):
        if _obeys(edit.toPlainText(), rich=False):
            found.append(f"text browser {type(edit).__name__} obeys markup: {edit.toPlainText()[:200]!r}")
    return found


def assert_plain(window: QWidget, where: str = "") -> None:
    found = offences(window)
    kinds = sorted({re.sub(r" \(\d+, \d+\)", "", line.split(":")[0]) for line in found})
    assert not found, f"{where} {len(found)} offences in {kinds}, e.g.\n" + "\n".join(found[:12])


def show(qtbot: QtBot, window: QWidget, size: QSize) -> None:
    qtbot.addWidget(window)
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)


# -- the windows --------------------------------------------------------------------------------


def test_the_markup_is_really_hostile() -> None:
    """The check itself: Qt's guess obeys each hostile string when left to it."""
    for hostile in HOSTILE:
        assert QtGuiQt.mightBeRichText(hostile)
        assert _obeys(hostile, rich=True) == [hostile]
        assert _obeys(hostile, rich=False) == []


def test_the_agent_console_shows_outside_text_as_it_is(
    qtbot: QtBot, open_session: Callable[[str], ConsoleSession], tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "console.ini"), QSettings.Format.IniFormat)
    window = MainWindow(open_session("agent"), settings)
    show(qtbot, window, QSize(1366, 768))
    window.start()
    qtbot.waitUntil(lambda: window.queue_view.model.rowCount() > 0, timeout=20_000)
    number = window.queue_view.model.case_at(0).number
    window.open_case(number)
    qtbot.waitUntil(lambda: window.case_view.detail is not None, timeout=20_000)
    qtbot.wait(300)
    assert window.case_view.detail is not None
    subject = window.case_view.detail.summary.subject
    assert window.case_view.header.subject_label.text() == subject
    assert any(h in subject for h in HOSTILE)
    assert window.case_view.grab().save(str(tmp_path / "hostile_subject.png"))  # to look at
    assert_plain(window)
    # the chat, on a case whose plan has it
    chat_case = next(
        (
            window.queue_view.model.case_at(row).number
            for row in range(window.queue_view.model.rowCount())
            if window.queue_view.model.case_at(row).plan is not Plan.STANDARD
        ),
        number,
    )
    window.open_case(chat_case)
    window.chat_pane.show_case(chat_case)
    qtbot.waitUntil(lambda: window.chat_pane._detail is not None, timeout=20_000)
    qtbot.wait(300)
    assert_plain(window)
    window.close()


def test_the_toast_and_the_question_box_show_outside_text_as_it_is(qtbot: QtBot) -> None:
    window = QWidget()
    show(qtbot, window, QSize(800, 600))
    notifier = Notifier(window, app_icon())
    alert = Alert(
        kind=AlertKind.AT_RISK,
        case_id=1007,
        case_number=7,
        subject=HOSTILE[0],
        account_name=HOSTILE[2],
        plan=Plan.PREMIER,
        minutes_left=9,
    )
    notifier.notify(alert)
    assert_plain(window)
    notifier.notify_urgent(alert, hint=HOSTILE[4])
    assert_plain(window)
    box = question_box(window, "Delete", f"Delete {HOSTILE[0]}?")
    assert box.textFormat() is Qt.TextFormat.PlainText


@pytest.mark.parametrize(
    ("view", "role"),
    [(View.WALLBOARD, "lead"), (View.COCKPIT, "tam"), (View.REPORTS, "lead"), (View.ADMIN, "admin")],
    ids=lambda v: str(v),
)
def test_every_other_window_shows_outside_text_as_it_is(
    qtbot: QtBot, open_session: Callable[[str], ConsoleSession], tmp_path: Path, view: View, role: str
) -> None:
    settings = QSettings(str(tmp_path / f"{view.value}.ini"), QSettings.Format.IniFormat)
    if view is View.WALLBOARD:
        settings.setValue("wallboard/lead_panel", "true")
    window = create_view(view, open_session(role), settings)
    show(qtbot, window, QSize(1920, 1080))
    start_view(window)
    qtbot.wait(2500)
    assert_plain(window)
    tabs = getattr(window, "tabs", None)
    if tabs is not None:  # administration: every tab, loaded
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(1200)
            assert_plain(window, tabs.tabText(index))
    window.close()
