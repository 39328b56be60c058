"""The language setting as a menu (the console's toolbar, the sign-in dialog):
follow the system, or English, Deutsch, Français — each named in its own words.
A choice is kept in the settings and applies when the console next starts; the
note saying so is written in the chosen language, so that whoever chose it can
read it."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ui.i18n import NATIVE_NAMES, QT_TRANSLATE_NOOP, SPOKEN, Language, in_language, parse_language, resolve
from ui.options import LANGUAGE

# The note's context and text, looked up in the chosen language's catalogue.
NOTE_CONTEXT = "LanguageMenu"


class LanguageMenu(QMenu):
    """Checkable choices of :class:`Language`; ``chosen`` carries the note to show."""

    chosen = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setTitle(self.tr("Language"))
        self.setToolTip(self.tr("The language of the console's windows, from its next start"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions_by_language: dict[Language, QAction] = {}
        current = parse_language(LANGUAGE.read(settings))
        system_name = NATIVE_NAMES[resolve(Language.SYSTEM)]
        for language in (Language.SYSTEM, *SPOKEN):
            text = (
                self.tr("System language ({0})").format(system_name)
                if language is Language.SYSTEM
                else NATIVE_NAMES[language]
            )
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(language is current)
            action.setData(language.value)
            action.triggered.connect(lambda _checked=False, chosen=language: self.choose(chosen))
            self.group.addAction(action)
            self.addAction(action)
            self.actions_by_language[language] = action

    def choose(self, language: Language) -> str:
        """Keep ``language`` for the next start; returns (and emits) the note."""
        LANGUAGE.write(self.settings, language.value)
        self.settings.sync()
        self.actions_by_language[language].setChecked(True)
        note = in_language(language, NOTE_CONTEXT, _NOTE).format(NATIVE_NAMES[resolve(language)])
        self.chosen.emit(note)
        return note


# lupdate reads it here; the chosen language's catalogue translates it in choose().
_NOTE = QT_TRANSLATE_NOOP("LanguageMenu", "The console speaks {0} from its next start.")
