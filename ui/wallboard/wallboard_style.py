"""The wallboard's own look: always dark, whatever the application's theme (a wall
display is read from across a room, often in a dim corner), with large type that
scales with the window, and the three tile colours.

Sizes are pixel sizes at 1920x1080; :func:`scaled` shrinks them for a smaller
window so that nothing ever needs a scroll bar.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette

from console.domain.tiles import Level
from ui.theme import WALLBOARD_AMBER, WALLBOARD_GREEN, WALLBOARD_RED

BACKGROUND = "#0d1117"
SURFACE = "#161b22"
SURFACE_RAISED = "#1f2630"
BORDER = "#2b3340"
TEXT = "#e6edf3"
MUTED = "#8b96a5"
ACCENT = "#58a6ff"


@dataclass(frozen=True, slots=True)
class LevelColours:
    fill: str  # the tile's background
    edge: str  # its top bar and the figure itself
    label: str


LEVEL_COLOURS = {
    Level.GREEN: LevelColours("#0f2a1b", WALLBOARD_GREEN, "Green"),
    Level.AMBER: LevelColours("#33270a", WALLBOARD_AMBER, "Amber"),
    Level.RED: LevelColours("#3b1116", WALLBOARD_RED, "Red"),
    Level.NONE: LevelColours(SURFACE, MUTED, "No figure"),
}

PLAN_COLOURS = ("#58a6ff", "#d2a8ff", "#56d4dd")
"""Line colours of the trend chart, in the order of ``console.domain.plans.Plan``."""


def level_colour(level: Level) -> QColor:
    return QColor(LEVEL_COLOURS[level].edge)


def scaled(pixels: float, scale: float) -> int:
    """A size designed for 1920x1080, for a window ``scale`` times as large."""
    return max(9, round(pixels * scale))


def font(pixels: float, scale: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    result = QFont()
    result.setPixelSize(scaled(pixels, scale))
    result.setWeight(weight)
    return result


def palette() -> QPalette:
    """A dark palette for the wallboard window and its dialogs."""
    result = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, BACKGROUND),
        (roles.WindowText, TEXT),
        (roles.Base, SURFACE),
        (roles.AlternateBase, SURFACE_RAISED),
        (roles.Text, TEXT),
        (roles.Button, SURFACE_RAISED),
        (roles.ButtonText, TEXT),
        (roles.Highlight, ACCENT),
        (roles.HighlightedText, BACKGROUND),
        (roles.ToolTipBase, SURFACE_RAISED),
        (roles.ToolTipText, TEXT),
        (roles.PlaceholderText, MUTED),
        (roles.Mid, BORDER),
    ):
        result.setColor(role, QColor(colour))
    return result


STYLE_SHEET = f"""
QWidget {{ color: {TEXT}; }}
QMainWindow, QDialog, QWidget#wallboardCentral {{ background: {BACKGROUND}; }}
QLabel[muted="true"] {{ color: {MUTED}; }}
QFrame#sidePanel {{ background: {SURFACE}; border-left: 1px solid {BORDER}; }}
QToolButton, QPushButton {{
    background: {SURFACE_RAISED}; color: {TEXT}; border: 1px solid {BORDER};
    border-radius: 6px; padding: 6px 14px;
}}
QToolButton:hover, QPushButton:hover {{ border-color: {ACCENT}; }}
QToolButton:checked {{ background: #1f3a5f; border-color: {ACCENT}; color: #ffffff; }}
QPushButton:disabled {{ color: {MUTED}; }}
QPushButton[primary="true"] {{ background: #238636; border-color: #2ea043; color: #ffffff; font-weight: 600; }}
QPushButton[primary="true"]:disabled {{ background: {SURFACE_RAISED}; border-color: {BORDER}; color: {MUTED}; }}
QComboBox, QDoubleSpinBox {{
    background: {SURFACE_RAISED}; color: {TEXT}; border: 1px solid {BORDER};
    border-radius: 6px; padding: 4px 10px;
}}
QComboBox QAbstractItemView {{ background: {SURFACE_RAISED}; color: {TEXT}; selection-background-color: {ACCENT}; }}
QTableView {{
    background: {SURFACE}; alternate-background-color: {SURFACE_RAISED}; color: {TEXT};
    gridline-color: {BORDER}; border: 1px solid {BORDER}; border-radius: 6px;
    selection-background-color: #1f3a5f; selection-color: #ffffff;
}}
QHeaderView::section {{
    background: {SURFACE}; color: {MUTED}; border: none; border-bottom: 1px solid {BORDER}; padding: 4px 6px;
}}
QListView {{ background: transparent; border: none; }}
QMenu {{ background: {SURFACE_RAISED}; color: {TEXT}; border: 1px solid {BORDER}; }}
QMenu::item:selected {{ background: #1f3a5f; }}
QScrollBar:vertical {{ background: {SURFACE}; width: 10px; }}
QScrollBar::handle:vertical {{ background: {BORDER}; border-radius: 4px; min-height: 24px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
QToolTip {{ background: {SURFACE_RAISED}; color: {TEXT}; border: 1px solid {BORDER}; }}
"""
