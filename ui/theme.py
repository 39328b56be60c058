"""Light and dark themes: one palette of named colours, used for meaning only
(clock states, severity), and the Qt palette and style sheet built from it."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from console.sla.clock import ClockState


class ThemeName(enum.StrEnum):
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class Theme:
    name: ThemeName
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    border: str
    accent: str
    running: str
    at_risk: str
    breached: str
    met: str
    paused: str
    banner: str
    banner_text: str

    def state_color(self, state: ClockState) -> QColor:
        return QColor(
            {
                ClockState.RUNNING: self.running,
                ClockState.AT_RISK: self.at_risk,
                ClockState.BREACHED: self.breached,
                ClockState.MET: self.met,
                ClockState.PAUSED: self.paused,
            }[state]
        )

    def color(self, name: str) -> QColor:
        return QColor(str(getattr(self, name)))


LIGHT = Theme(
    ThemeName.LIGHT,
    window="#f4f5f7",
    base="#ffffff",
    alternate="#f8f9fb",
    text="#1f2430",
    muted="#6b7280",
    border="#d9dde3",
    accent="#2f6fde",
    running="#2f6fde",
    at_risk="#c77700",
    breached="#c62828",
    met="#2e7d32",
    paused="#7a7f8a",
    banner="#fff4d6",
    banner_text="#6b4a00",
)

DARK = Theme(
    ThemeName.DARK,
    window="#1b1e24",
    base="#22262d",
    alternate="#262a32",
    text="#e6e8ec",
    muted="#9aa1ad",
    border="#353b45",
    accent="#5b9bff",
    running="#5b9bff",
    at_risk="#f0a630",
    breached="#ff5c5c",
    met="#58c26b",
    paused="#8d94a0",
    banner="#4a3b12",
    banner_text="#ffe3a3",
)

THEMES = {ThemeName.LIGHT: LIGHT, ThemeName.DARK: DARK}


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Set the application's palette and style sheet for ``theme``."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(theme.window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.text))
    palette.setColor(QPalette.ColorRole.Base, QColor(theme.base))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(theme.alternate))
    palette.setColor(QPalette.ColorRole.Text, QColor(theme.text))
    palette.setColor(QPalette.ColorRole.Button, QColor(theme.base))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(theme.text))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(theme.accent))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(theme.base))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(theme.text))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(theme.muted))
    palette.setColor(QPalette.ColorRole.Mid, QColor(theme.border))
    app.setPalette(palette)
    app.setStyleSheet(style_sheet(theme))
    app.setProperty("support_console_theme", theme.name.value)


def current_theme() -> Theme:
    app = QApplication.instance()
    name = app.property("support_console_theme") if app is not None else None
    return THEMES.get(ThemeName(name), LIGHT) if name else LIGHT


def style_sheet(theme: Theme) -> str:
    return f"""
QMainWindow, QDialog {{ background: {theme.window}; }}
QToolBar {{ background: {theme.window}; border: none; border-bottom: 1px solid {theme.border}; spacing: 6px; padding: 4px 8px; }}
QToolButton {{ padding: 5px 10px; border-radius: 6px; color: {theme.text}; }}
QToolButton:hover {{ background: {theme.alternate}; }}
QToolButton:checked {{ background: {theme.accent}; color: white; }}
QTableView {{ background: {theme.base}; alternate-background-color: {theme.alternate}; gridline-color: {theme.border};
              border: 1px solid {theme.border}; border-radius: 6px; selection-background-color: {theme.accent}; }}
QHeaderView::section {{ background: {theme.window}; color: {theme.muted}; border: none; border-bottom: 1px solid {theme.border};
                        padding: 6px 8px; font-weight: 600; }}
QLineEdit, QComboBox, QPlainTextEdit, QTextBrowser {{ background: {theme.base}; color: {theme.text}; border: 1px solid {theme.border};
              border-radius: 6px; padding: 5px 8px; }}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border: 1px solid {theme.accent}; }}
QPushButton {{ background: {theme.base}; color: {theme.text}; border: 1px solid {theme.border}; border-radius: 6px; padding: 6px 14px; }}
QPushButton:hover {{ border-color: {theme.accent}; }}
QPushButton[primary="true"] {{ background: {theme.accent}; color: white; border: 1px solid {theme.accent}; font-weight: 600; }}
QPushButton:disabled {{ color: {theme.muted}; }}
QPushButton[primary="true"]:disabled {{ background: {theme.alternate}; color: {theme.muted}; border: 1px solid {theme.border}; }}
QLabel[muted="true"] {{ color: {theme.muted}; }}
QLabel[heading="true"] {{ font-size: 15pt; font-weight: 600; }}
QFrame[card="true"] {{ background: {theme.base}; border: 1px solid {theme.border}; border-radius: 8px; }}
QFrame[banner="true"] {{ background: {theme.banner}; color: {theme.banner_text}; border-radius: 6px; }}
QLabel[banner="true"] {{ color: {theme.banner_text}; }}
QTabWidget::pane {{ border: 1px solid {theme.border}; border-radius: 6px; background: {theme.base}; }}
QTabBar::tab {{ padding: 6px 14px; color: {theme.muted}; background: transparent; border: none;
                border-bottom: 2px solid transparent; }}
QTabBar::tab:hover {{ color: {theme.text}; }}
QTabBar::tab:selected {{ color: {theme.text}; border-bottom: 2px solid {theme.accent}; }}
QStatusBar {{ color: {theme.muted}; }}
QSplitter::handle {{ background: {theme.window}; }}
"""
