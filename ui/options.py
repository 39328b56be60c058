"""Everything the GUI remembers between sessions (in QSettings), declared once:
each key with its type and its default, as an option object that reads and writes
it. Windows read and write through these objects only, never through a key
string of their own, so that a key cannot be misspelt in one place or given two
defaults in two.

A value that is missing or damaged (another type, text that is no number) reads
as the option's default.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from console.services.readmodels.reports import Period
from ui.theme import ThemeName

T = TypeVar("T")

_DECLARED: dict[str, Option[Any]] = {}


@dataclass(frozen=True)
class Option(ABC, Generic[T]):
    """One remembered value under ``key``; subclasses say how it is stored."""

    key: str

    def __post_init__(self) -> None:
        if self.key in _DECLARED:
            raise ValueError(f"the setting {self.key!r} is declared twice")
        _DECLARED[self.key] = self

    def read(self, settings: QSettings) -> T:
        return self.parse(settings.value(self.key))

    def write(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, self.stored(value))

    @abstractmethod
    def parse(self, raw: object) -> T:
        """The value from what QSettings holds (None when nothing is kept)."""

    def stored(self, value: T) -> object:
        return value


@dataclass(frozen=True)
class TextOption(Option[str]):
    """Text; ``default`` may be a function for a default known only at run time."""

    default: str | Callable[[], str] = ""

    def parse(self, raw: object) -> str:
        if isinstance(raw, str):
            return raw
        return self.default() if callable(self.default) else self.default


@dataclass(frozen=True)
class OptionalTextOption(Option[str | None]):
    """Text, or None when none was kept."""

    def parse(self, raw: object) -> str | None:
        return raw if isinstance(raw, str) else None


@dataclass(frozen=True)
class IntOption(Option[int]):
    default: int = 0

    def parse(self, raw: object) -> int:
        try:
            return int(str(raw)) if raw is not None else self.default
        except ValueError:
            return self.default


@dataclass(frozen=True)
class OptionalIntOption(Option[int | None]):
    """A number (an id, a width), or None when none was kept."""

    def parse(self, raw: object) -> int | None:
        try:
            return None if raw is None else int(str(raw))
        except ValueError:
            return None


@dataclass(frozen=True)
class BoolOption(Option[bool]):
    """Kept as the text ``true``/``false`` (what an INI file holds either way)."""

    default: bool = False

    def parse(self, raw: object) -> bool:
        return self.default if raw is None else raw in (True, "true")

    def stored(self, value: bool) -> object:
        return "true" if value else "false"


@dataclass(frozen=True)
class StateOption(Option[QByteArray | None]):
    """A widget's own saved state (``saveGeometry``, ``saveState``), or None."""

    def parse(self, raw: object) -> QByteArray | None:
        return QByteArray(raw) if isinstance(raw, QByteArray | bytes) else None


def declared() -> dict[str, Option[Any]]:
    """Every declared option by key."""
    return dict(_DECLARED)


# -- the whole application ----------------------------------------------------------------
THEME = TextOption("ui/theme", default=ThemeName.LIGHT.value)
# "system" (follow the system's language), "en", "de" or "fr": ui.i18n.Language.
LANGUAGE = TextOption("ui/language", default="system")

# -- sign-in ------------------------------------------------------------------------------
SIGN_IN_PROFILE = TextOption("sign_in/profile")
# JSON {SQLite file path: login} — who this OS account is on each local database.
SIGN_IN_WORKSTATION_PEOPLE = TextOption("sign_in/workstation_people")
# JSON {PostgreSQL profile name: login} — the last person who signed in to it here.
SIGN_IN_LOGINS = TextOption("sign_in/logins")

# -- the agent console ----------------------------------------------------------------------
WINDOW_GEOMETRY = StateOption("window/geometry")
CASE_WIDTH = OptionalIntOption("window/case_width")
QUEUE_HEADER = StateOption("queue_view/header")
QUEUE_SORT_COLUMN = IntOption("queue_view/sort_column", default=-1)
QUEUE_SORT_DESCENDING = IntOption("queue_view/sort_order", default=0)  # 1: descending
QUEUE_FILTER = OptionalTextOption("queue_view/filter")

# -- the wallboard --------------------------------------------------------------------------
WALLBOARD_TEAM = TextOption("wallboard/team")
WALLBOARD_PLANS = TextOption("wallboard/plans")  # plan codes, comma-separated
WALLBOARD_LEAD_PANEL = BoolOption("wallboard/lead_panel")
WALLBOARD_GEOMETRY = StateOption("wallboard/geometry")

# -- the account cockpit ----------------------------------------------------------------------
COCKPIT_ACCOUNT = OptionalIntOption("cockpit/account")
COCKPIT_TAM = OptionalIntOption("cockpit/tam")
COCKPIT_GEOMETRY = StateOption("cockpit/geometry")
COCKPIT_SPLITTER = StateOption("cockpit/splitter")
COCKPIT_PAGE_SPLITTER = StateOption("cockpit/page_splitter")
COCKPIT_LOWER_SPLITTER = StateOption("cockpit/lower_splitter")

# -- the SLA reports --------------------------------------------------------------------------
REPORTS_PERIOD = TextOption("reports/period", default=Period.THIS_MONTH.value)
REPORTS_FROM = TextOption("reports/from")  # ISO dates of a custom period
REPORTS_TO = TextOption("reports/to")
REPORTS_EXPORT_FOLDER = TextOption("reports/export_folder", default=lambda: str(Path.home()))
REPORTS_GEOMETRY = StateOption("reports/geometry")

# -- unknown senders (mail no account knows) --------------------------------------------------
TRIAGE_GEOMETRY = StateOption("triage/geometry")

# -- the set-up window ------------------------------------------------------------------------
ADMIN_GEOMETRY = StateOption("admin/geometry")
ADMIN_TAB = IntOption("admin/tab", default=0)
