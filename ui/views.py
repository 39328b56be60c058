"""The console's windows besides the agent queue — the wallboard, the TAM cockpit,
the reports and the administration — with the roles that see each (the core
refuses what a role may not do; this only keeps the toolbar free of screens that
would refuse their user), and how to open one over a signed-in session.

Each window is imported when first opened, so an agent's console does not load
Qt Charts or the admin screens it never shows.
"""

from __future__ import annotations

import enum
import importlib
from dataclasses import dataclass
from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from console.domain.cases import Role
from console.domain.permissions import Action, allowed
from ui.i18n import QT_TRANSLATE_NOOP
from ui.session import ConsoleSession


class View(enum.StrEnum):
    WALLBOARD = "wallboard"
    COCKPIT = "cockpit"
    REPORTS = "reports"
    ADMIN = "admin"


class ViewWindow(Protocol):
    def start(self) -> None: ...


@dataclass(frozen=True, slots=True)
class ViewSpec:
    view: View
    title: str
    shortcut: str
    action: Action
    module: str
    class_name: str

    def allows(self, role: Role) -> bool:
        return allowed(role, self.action)


VIEWS: dict[View, ViewSpec] = {
    spec.view: spec
    for spec in (
        ViewSpec(
            View.WALLBOARD,
            QT_TRANSLATE_NOOP("Views", "Wallboard"),
            "Ctrl+1",
            Action.READ_WALLBOARD,
            "ui.wallboard.wallboard_window",
            "WallboardWindow",
        ),
        ViewSpec(
            View.COCKPIT,
            QT_TRANSLATE_NOOP("Views", "My accounts"),
            "Ctrl+2",
            Action.OPEN_COCKPIT,
            "ui.accounts.cockpit_window",
            "CockpitWindow",
        ),
        ViewSpec(
            View.REPORTS,
            QT_TRANSLATE_NOOP("Views", "Reports"),
            "Ctrl+3",
            Action.RUN_REPORTS,
            "ui.reports.reports_window",
            "ReportsWindow",
        ),
        ViewSpec(
            View.ADMIN,
            QT_TRANSLATE_NOOP("Views", "Administration"),
            "Ctrl+4",
            Action.OPEN_ADMINISTRATION,
            "ui.settings.admin_window",
            "AdminWindow",
        ),
    )
}


def view_title(title: str) -> str:
    """A view's title (``ViewSpec.title``, English) in the GUI's language."""
    return QCoreApplication.translate("Views", title)


# Each view's name inside a sentence ("the wallboard is for: …").
_IN_TEXT = {
    "Wallboard": QT_TRANSLATE_NOOP("Views", "wallboard"),
    "My accounts": QT_TRANSLATE_NOOP("Views", "my accounts"),
    "Reports": QT_TRANSLATE_NOOP("Views", "reports"),
    "Administration": QT_TRANSLATE_NOOP("Views", "administration"),
}


def view_in_text(title: str) -> str:
    """A view's name (``ViewSpec.title``) as it reads inside a sentence, in the GUI's language."""
    return QCoreApplication.translate("Views", _IN_TEXT.get(title, title.lower()))


def views_for(role: Role) -> list[ViewSpec]:
    return [spec for spec in VIEWS.values() if spec.allows(role)]


def create_view(view: View, session: ConsoleSession, settings: QSettings) -> QWidget:
    """A new, not yet shown window of ``view`` over ``session``."""
    spec = VIEWS[view]
    window_class = getattr(importlib.import_module(spec.module), spec.class_name)
    window = window_class(session, settings)
    assert isinstance(window, QWidget)
    return window


def start_view(window: QWidget) -> None:
    """Load the window's data and follow the change feed (every view has ``start``)."""
    cast(ViewWindow, window).start()
