"""The GUI in German and French: the catalogues are complete and current
(``scripts/translations.py check``), every translation keeps its source's
placeholders, and every window and dialog — rendered over the demo data in
English, German and French — shows no English text of the GUI's own in German
or French (a text that never went through tr() shows in English there).

What counts as data (and so may read the same in every language): the demo
database's names, subjects, titles and addresses, numbers, dates' day and month
names of the language, and the product and protocol names of ALLOWED."""

from __future__ import annotations

import importlib.util
import re
import sqlite3
import sys
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from types import ModuleType

import holidays
import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtGui import Qt as QtGuiQt  # Qt.mightBeRichText lives in QtGui's Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from console.domain.tiles import DEFAULT_THRESHOLDS
from console.services.infrastructure.connections import ProfileStore
from console.services.usecases.people import OneTimePassword
from tests.support.demo_windows import DEMO_NOW, VIEW_USERS
from ui.i18n import Language, install
from ui.main_window import MainWindow
from ui.password_dialog import PasswordDialog
from ui.session import ConsoleSession
from ui.settings.exam_dialog import ExamDialog
from ui.settings.one_time_password_dialog import OneTimePasswordDialog
from ui.settings.person_dialog import PersonDialog
from ui.sign_in.dialog import SignInDialog
from ui.triage.link_dialog import LinkDialog
from ui.triage.unknown_senders_window import UnknownSendersWindow
from ui.views import View, create_view, start_view
from ui.wallboard.thresholds_dialog import ThresholdsDialog

ROOT = Path(__file__).resolve().parents[2]
# Names that read the same in every language: products, protocols, formats, units.
ALLOWED = frozenset(
    [
        "SLA",
        "TAM",
        "IMAP",
        "SMTP",
        "TLS",
        "STARTTLS",
        "SSL",
        "PostgreSQL",
        "SQLite",
        "CSV",
        "OK",
        "Support",
        "Console",
        "Premier",
        "Standard",
        "Proctored",
        "exam",
        "Wallboard",
        "INBOX",
        "UTC",
        "Ctrl",
        "Shift",
        "Alt",
        "Enter",
        "Esc",
        "min",
        "Sev",
        "English",
        "Deutsch",
        "Français",
        "en",
        "de",
        "fr",
        "es",
        "it",
        "nl",
        "pt",
        "EN",
        "DE",
        "FR",
        "ES",
        "IT",
        "NL",
        "PT",
        "GB",
        "US",
        "CH",
        "AT",
    ]
)
ZONE_ABBREVIATIONS = frozenset(
    [
        "GMT",
        "BST",
        "CET",
        "CEST",
        "EET",
        "EEST",
        "WET",
        "WEST",
        "EST",
        "EDT",
        "CST",
        "CDT",
        "MST",
        "MDT",
        "PST",
        "PDT",
        "JST",
        "IST",
        "AEST",
        "AEDT",
    ]
)
DATA_COLUMNS = frozenset(
    [
        "name",
        "login",
        "email",
        "team",
        "subject",
        "title",
        "label",
        "region",
        "time_zone",
        "reason",
        "from_name",
        "from_address",
        "imap_host",
        "smtp_host",
        "imap_user",
        "smtp_user",
        "imap_folder",
        "imap_processed_folder",
        "phone",
        "filename",
        "file_name",
        "sender",
        "sender_name",
        "sender_address",
        "rrule",
        "body",
        "text",
        "holiday_regions",
    ]
)
# Texts the core words (console/): they reach the GUI as they are, in English, and
# are listed in the hand-over as out of this change's scope.
CORE_TEXTS = re.compile(
    r"^(once \(on demand\)|(daily|weekly|monthly|yearly|every \d+ \w+)(, .*)?"  # recurrence_text()
    r"|Local|.*SQLite file\b.*"  # connections.describe() and the default profile's name
    r"|FREQ=.*"  # a recurrence rule's syntax (RFC 5545), as an example
    r"|an exam session must end after it starts .*)$"  # exams' InvalidInput
)


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


translations = _script()


# -- (a) the catalogues are complete and current ----------------------------------------------------


def test_the_catalogues_are_complete_and_the_qm_files_current() -> None:
    assert translations.problems() == []


def test_every_english_plural_has_its_two_forms() -> None:
    for entry in translations.entries(translations.ts_file("en")):
        assert entry.numerus, f"the English catalogue holds plural entries only: {entry.where()}"
        assert not entry.unfinished and len(entry.forms) == 2, entry.where()
        counted = "%n" in entry.source or "%Ln" in entry.source
        assert all(("%n" in form or "%Ln" in form) == counted for form in entry.forms), entry.where()
        assert all("(s)" not in form and "[" not in form for form in entry.forms), entry.where()


def test_the_english_catalogue_holds_every_plural_of_the_sources() -> None:
    plurals = {(e.context, e.source) for e in translations.entries(translations.ts_file("de")) if e.numerus}
    english = {(e.context, e.source) for e in translations.entries(translations.ts_file("en"))}
    assert plurals and plurals == english


# -- (b) placeholders survive translation -------------------------------------------------------


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d|<[^>]+>|&(?:nbsp|amp|lt|gt);")


def _marks(text: str) -> tuple[list[str], int]:
    """The placeholders and tags of ``text`` (sorted) and its count of accelerators
    ("&" before a letter; "&&" is a literal ampersand)."""
    found = sorted(PLACEHOLDER.findall(text))
    plain = re.sub(r"&&|&(?:nbsp|amp|lt|gt);", "", text)
    return found, len(re.findall(r"&\w", plain))


def _placeholder_problems(ts: Path) -> list[str]:
    problems: list[str] = []
    for entry in translations.entries(ts):
        if entry.unfinished:
            continue
        texts = entry.forms if entry.numerus else (entry.translation,)
        want, accelerators = _marks(entry.source)
        for text in texts:
            have, their_accelerators = _marks(text)
            if have != want:
                problems.append(f"{entry.where()} -> {text!r}: {have} instead of {want}")
            if their_accelerators != accelerators:
                problems.append(f"{entry.where()} -> {text!r}: {their_accelerators} accelerator(s)")
    return problems


@pytest.mark.parametrize("language", ["de", "fr", "en"])
def test_translations_keep_the_placeholders(language: str) -> None:
    assert _placeholder_problems(translations.ts_file(language)) == []


def test_a_lost_placeholder_is_found(tmp_path: Path) -> None:
    ts = tmp_path / "support_console_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de_DE">'
        "<context><name>X</name><message><source>{0} of {1} &lt;b&gt;&amp;cases&lt;/b&gt;</source>"
        "<translation>{0} von {1} Fällen</translation></message></context></TS>",
        encoding="utf-8",
    )
    problems = _placeholder_problems(ts)
    assert len(problems) == 2  # the tags and the accelerator


# -- rendering every window ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def data_values(demo_file: Path) -> list[str]:
    """The demo's names, subjects, titles and addresses, longest first."""
    # Besides the database: what the test's dialogs are given, and the public holidays'
    # names (the holidays package's, in English).
    values: set[str] = {"Support Console", "Acme Exams", "anna", "Core", demo_file.name}
    for region in ("CH", "DE", "GB", "US", "FR", "AT", "NL", "ES", "IT"):
        values.update(holidays.country_holidays(region, years=range(2024, 2029)).values())
    with sqlite3.connect(demo_file) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                if column not in DATA_COLUMNS:
                    continue
                for (value,) in connection.execute(f'SELECT DISTINCT "{column}" FROM "{table}"'):
                    if isinstance(value, str) and value.strip():
                        values.add(value.strip())
    return sorted(values, key=len, reverse=True)


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    install(Language.ENGLISH)  # as the other GUI tests expect


def _plain(text: str) -> str:
    if QtGuiQt.mightBeRichText(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


Texts = list[tuple[str, str]]


def visible_texts(window: QWidget, name: str) -> Texts:
    """Every text ``window`` shows a person, with where it is."""
    found: Texts = []

    def add(where: str, text: object) -> None:
        if isinstance(text, str) and text.strip():
            found.append((f"{name}: {where}", _plain(text).replace("&&", "&")))

    add("window title", window.windowTitle())
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        where = f"{type(widget).__name__}({widget.objectName()})"
        add(f"{where} tooltip", widget.toolTip())
        if isinstance(widget, QLabel):
            add(where, widget.text())
        elif isinstance(widget, QAbstractButton) and _standard_button(widget):
            add(f"{where} {QT_OWN}", widget.text())
        elif isinstance(widget, QAbstractButton):
            add(where, widget.text().replace("&", "") if "&&" not in widget.text() else widget.text())
        elif isinstance(widget, QGroupBox):
            add(where, widget.title())
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            add(f"{where} placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(f"{where} item {i}", widget.itemText(i))
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(f"{where} tab {i}", widget.tabText(i).replace("&", ""))
                add(f"{where} tab {i} tooltip", widget.tabToolTip(i))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += _model_texts(widget, f"{name}: {where}")
        for action in widget.actions():
            add(f"{where} action", action.text().replace("&", ""))
            if action.toolTip() != action.text().replace("&", ""):
                add(f"{where} action tooltip", action.toolTip())
            menu = action.menu()
            if menu is not None:
                for item in menu.actions():
                    add(f"{where} menu", item.text().replace("&", ""))
                    add(f"{where} menu tooltip", item.toolTip() if item.toolTip() != item.text() else "")
    for action in window.findChildren(QAction):
        add("action", action.text().replace("&", ""))
    return found


QT_OWN = "(Qt's own standard button)"


def _standard_button(button: QAbstractButton) -> bool:
    """A button of a QDialogButtonBox that Qt words itself (qtbase's catalogue)."""
    box = button.parent()
    return (
        isinstance(box, QDialogButtonBox)
        and isinstance(button, QPushButton)
        and box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
    )


def _columns(model: QAbstractItemModel) -> int:
    """The column count (a list model's columnCount is private to Python)."""
    if isinstance(model, QAbstractListModel):
        return 1
    return model.columnCount(QModelIndex())


def _model_texts(view: QAbstractItemView, where: str) -> Texts:
    model = view.model()
    found: Texts = []
    header = getattr(view, "horizontalHeader", lambda: None)()
    for column in range(_columns(model)):
        if header is not None and header.isSectionHidden(column):
            continue
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str) and value.strip():
                found.append((f"{where} column {column}", _plain(value)))
    for row in range(min(model.rowCount(QModelIndex()), 25)):
        for column in range(_columns(model)):
            if header is not None and header.isSectionHidden(column):
                continue
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str) and value.strip():
                    found.append((f"{where} row {row} column {column}", _plain(value)))
    return found


def settle(qtbot: QtBot, ms: int = 1200) -> None:
    qtbot.wait(ms)


def render_everything(qtbot: QtBot, open_session: Callable[[str | None], ConsoleSession]) -> Texts:
    """Every window and dialog over the demo, in the language installed now."""
    found: Texts = []
    settings = QSettings()

    console = MainWindow(open_session(None), settings)
    qtbot.addWidget(console)
    console.resize(1600, 1000)
    console.show()
    console.start()
    qtbot.waitUntil(lambda: console.queue_view.model.rowCount() > 0, timeout=20_000)
    console.open_case(console.queue_view.model.case_at(0).number)
    qtbot.waitUntil(lambda: console.case_view.detail is not None, timeout=20_000)
    settle(qtbot)
    found += visible_texts(console, "console, a case open")
    console.case_side.setCurrentWidget(console.chat_pane)
    settle(qtbot, 300)
    found += visible_texts(console.chat_pane, "console, the chat")
    console.show_help()
    settle(qtbot, 200)
    found += visible_texts(console.help, "console, the shortcuts")
    found += [("console: shortcut", text) for _keys, text in console.shortcuts]
    console.close()

    for view, user in VIEW_USERS.items():
        window = create_view(view, open_session(user), settings)
        qtbot.addWidget(window)
        window.resize(1600, 1000)
        window.show()
        start_view(window)
        settle(qtbot, 2500)
        tabs = window.findChild(QTabWidget)
        if view is View.ADMIN and tabs is not None:
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                settle(qtbot, 800)
                found += visible_texts(window, f"{view.value}, tab {tabs.tabText(i)!r}")
        else:
            found += visible_texts(window, view.value)
        window.close()

    triage = UnknownSendersWindow(open_session(None), settings)
    qtbot.addWidget(triage)
    triage.resize(1366, 768)
    triage.show()
    triage.start()
    settle(qtbot, 2000)
    found += visible_texts(triage, "unknown senders")
    triage.close()

    sign_in = SignInDialog(ProfileStore(Path(str(settings.fileName())).parent / "profiles"))
    qtbot.addWidget(sign_in)
    sign_in.show()
    settle(qtbot, 1500)
    found += visible_texts(sign_in, "sign-in")
    sign_in.reject()

    zone = "Europe/Berlin"
    dialogs: list[tuple[str, QDialog]] = [
        ("password", PasswordDialog("anna", lambda _password: _none())),
        (
            "one-time password",
            OneTimePasswordDialog(
                "Anna Agent", OneTimePassword("anna", "x7-Qa-19", DEMO_NOW + timedelta(days=2))
            ),
        ),
        ("exam", ExamDialog(zone, ["Acme Exams"])),
        ("person", PersonDialog(teams=["Core"])),
        ("thresholds", ThresholdsDialog(DEFAULT_THRESHOLDS)),
        ("link", LinkDialog("someone@example.org", ["Acme Exams"], 3, may_add_contacts=True)),
    ]
    for name, dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot, 150)
        found += visible_texts(dialog, f"{name} dialog")
        dialog.reject()
    return found


async def _none() -> None:
    return None


# -- what is data, what is the GUI's own words ------------------------------------------------------

EMAIL_OR_PATH = re.compile(
    r"\S+@\S+|\S*[/\\]\S+|\S+\.(?:sqlite3|csv|db|ini)\b|https?://\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b"
)
WORD = re.compile(r"[^\W\d_]{2,}")


def locale_words() -> set[str]:
    """Day and month names of the default locale (data of the calendar, not ours)."""
    locale = QLocale()
    words: set[str] = set()
    for form in (
        QLocale.FormatType.LongFormat,
        QLocale.FormatType.ShortFormat,
        QLocale.FormatType.NarrowFormat,
    ):
        for day in range(1, 8):
            words.update(WORD.findall(locale.dayName(day, form)))
            words.update(WORD.findall(locale.standaloneDayName(day, form)))
        for month in range(1, 13):
            words.update(WORD.findall(locale.monthName(month, form)))
            words.update(WORD.findall(locale.standaloneMonthName(month, form)))
    words.update((locale.amText(), locale.pmText()))
    return words


def catalogue_words(language: Language) -> set[str]:
    """Every word of the translations in ``language``'s catalogue."""
    words: set[str] = set()
    for entry in translations.entries(translations.ts_file(language.value)):
        for text in (entry.translation, *entry.forms):
            found = WORD.findall(text)
            words.update(found)
            words.update(w.upper() for w in found)  # the wallboard's captions are in capitals
    return words


def gui_words(text: str, data: list[str], calendar_words: set[str]) -> list[str]:
    """The words of ``text`` that are not data: names, addresses, numbers and the
    locale's own day and month names taken out."""
    if CORE_TEXTS.match(text.strip()):
        return []
    for value in data:
        if value in text:  # whole words only: a region code "NL" is no part of "ONLINE"
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", text)
    text = EMAIL_OR_PATH.sub(" ", text)
    return [
        w
        for w in WORD.findall(text)
        if w not in ALLOWED and w not in calendar_words and w not in ZONE_ABBREVIATIONS
    ]


# -- (c) every text of every window is translated -------------------------------------------------------


_ENGLISH: dict[str, set[str]] = {}


@pytest.mark.parametrize("language", [Language.GERMAN, Language.FRENCH], ids=["de", "fr"])
def test_german_and_french_windows_show_no_english_words_of_their_own(
    qtbot: QtBot,
    demo_session: Callable[[str | None], ConsoleSession],
    data_values: list[str],
    language: Language,
) -> None:
    if "texts" not in _ENGLISH:
        install(Language.ENGLISH)
        _ENGLISH["texts"] = {text for _where, text in render_everything(qtbot, demo_session)}
    english = _ENGLISH["texts"]
    install(language)
    texts = render_everything(qtbot, demo_session)
    # A word the catalogue itself uses in this language is a word of it ("Agent",
    # "Administration", "Team" read the same in German): only other words are left.
    calendar_words = locale_words() | catalogue_words(language)
    left = sorted(
        {
            f"{where}: {text!r}"
            for where, text in texts
            if text in english and gui_words(text, data_values, calendar_words)
        }
    )
    assert not left, f"{len(left)} English text(s) left:\n" + "\n".join(left)


def test_the_language_setting_and_the_system_language() -> None:
    from ui.i18n import locale_for, parse_language, resolve

    swiss = QLocale(QLocale.Language.German, QLocale.Country.Switzerland)
    japanese = QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    assert resolve(Language.SYSTEM, swiss) is Language.GERMAN
    assert resolve(Language.SYSTEM, japanese) is Language.ENGLISH
    assert resolve(Language.FRENCH, swiss) is Language.FRENCH
    assert locale_for(Language.SYSTEM, swiss).name() == "de_CH"
    assert locale_for(Language.FRENCH, swiss).name() == "fr_FR"
    assert parse_language("klingon") is Language.SYSTEM
    assert parse_language(None) is Language.SYSTEM


def test_qt_buttons_are_translated_with_the_language() -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    install(Language.GERMAN)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert QLocale().dayName(3, QLocale.FormatType.ShortFormat) == "Mi."
    install(Language.ENGLISH)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
