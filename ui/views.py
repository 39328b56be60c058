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

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from console.domain.cases import Role
from console.domain.permissions import Action, allowed
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
            "Wallboard",
            "Ctrl+1",
            Action.READ_WALLBOARD,
            "ui.wallboard.wallboard_window",
            "WallboardWindow",
        ),
        ViewSpec(
            View.COCKPIT,
            "My accounts",
            "Ctrl+2",
            Action.OPEN_COCKPIT,
            "ui.accounts.cockpit_window",
            "CockpitWindow",
        ),
        ViewSpec(
            View.REPORTS,
            "Reports",
            "Ctrl+3",
            Action.RUN_REPORTS,
            "ui.reports.reports_window",
            "ReportsWindow",
        ),
        ViewSpec(
            View.ADMIN,
            "Administration",
            "Ctrl+4",
            Action.OPEN_ADMINISTRATION,
            "ui.settings.admin_window",
            "AdminWindow",
        ),
    )
}


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
