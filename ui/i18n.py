"""The language the GUI speaks: which one (the person's setting, else the
system's, else English), and installing it before any window is built — our
catalogue from ``resources/translations``, Qt's own ``qtbase`` catalogue (the
buttons of message boxes and button boxes) and the default QLocale, through
which dates, times and numbers are written.

The catalogues are loaded once at start-up; a changed setting applies when the
console next starts (open windows are not retranslated).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import translations_dir

CATALOGUE = "support_console"


class Language(StrEnum):
    """What the language setting may hold."""

    SYSTEM = "system"
    ENGLISH = "en"
    GERMAN = "de"
    FRENCH = "fr"


SPOKEN: tuple[Language, ...] = (Language.ENGLISH, Language.GERMAN, Language.FRENCH)

# Each language named in its own words, as a person looking for theirs reads it.
NATIVE_NAMES: dict[Language, str] = {
    Language.ENGLISH: "English",
    Language.GERMAN: "Deutsch",
    Language.FRENCH: "Français",
}

# The QLocale each language writes dates and numbers in when the system's own
# locale is of another language (a German person on an English system still
# reads German dates once they choose German).
_LOCALES: dict[Language, QLocale] = {
    Language.ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    Language.GERMAN: QLocale(QLocale.Language.German, QLocale.Country.Germany),
    Language.FRENCH: QLocale(QLocale.Language.French, QLocale.Country.France),
}


def parse_language(value: str | None) -> Language:
    """The setting's value as a Language; anything unknown is "system"."""
    try:
        return Language(value or Language.SYSTEM)
    except ValueError:
        return Language.SYSTEM


def resolve(choice: Language, system: QLocale | None = None) -> Language:
    """The language actually spoken for ``choice``: "system" follows the system's
    locale where we have a catalogue for it, else English."""
    if choice is not Language.SYSTEM:
        return choice
    code = (system or QLocale.system()).name().split("_")[0]
    return next((language for language in SPOKEN if language.value == code), Language.ENGLISH)


def locale_for(language: Language, system: QLocale | None = None) -> QLocale:
    """The locale of ``language``: the system's own when it speaks that language
    (keeping its country: Swiss German stays Swiss), else the language's usual one."""
    spoken = resolve(language, system)
    system = system or QLocale.system()
    if system.name().split("_")[0] == spoken.value:
        return system
    return _LOCALES[spoken]


def catalogue_translator(language: Language) -> QTranslator | None:
    """Our catalogue for ``language`` (English too: its plural forms), or None
    when it is not there."""
    translator = QTranslator()
    return translator if translator.load(f"{CATALOGUE}_{language.value}", str(translations_dir())) else None


def qt_translator(language: Language) -> QTranslator | None:
    """Qt's own texts (OK, Cancel, Yes, No…) in ``language``, from the Qt install."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language.value}", folder) else None


@dataclass
class Installed:
    """What :func:`install` put in place; the translators live as long as this."""

    language: Language
    locale: QLocale
    translators: list[QTranslator]

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()


# The translators in use: a QTranslator that Python lets go of uninstalls itself.
_current: list[Installed] = []


def install(choice: Language, system: QLocale | None = None) -> Installed:
    """Speak ``choice`` (resolved as :func:`resolve` does) from now on, instead of
    what was installed before: the translators and the default locale. Call
    before any window is built."""
    for previous in _current:
        previous.remove()
    _current.clear()
    language = resolve(choice, system)
    locale = locale_for(language, system)
    QLocale.setDefault(locale)
    translators = [t for t in (qt_translator(language), catalogue_translator(language)) if t is not None]
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    installed = Installed(language, locale, translators)
    _current.append(installed)
    return installed


def installed_language() -> Language:
    """The language :func:`install` put in place last (English before any)."""
    return _current[-1].language if _current else Language.ENGLISH


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` of ``context`` for lupdate (which knows this name) and returns
    it untranslated: for texts translated later, where they are shown."""
    return text


def in_language(language: Language, context: str, text: str) -> str:
    """``text`` (of ``context``) in ``language``, whatever language is installed:
    so that a note about a new language can be read by whoever chose it."""
    translator = catalogue_translator(resolve(language))
    translated = translator.translate(context, text) if translator is not None else ""
    return translated or text
