"""The wallboard's own look: always dark, whatever the application's theme (a wall
display is read from across a room, often in a dim corner), with large type that
scales with the window, and the three tile colours.

Sizes are pixel sizes at 1920x1080; :func:`scaled` shrinks them for a smaller
window so that nothing ever needs a scroll bar.

The colours are data, ``resources/styles/wallboard.ini``, and the style sheet is
``resources/styles/wallboard.qss``, which names them as ``@key``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette

from console.domain.plans import Plan
from console.domain.tiles import Level
from ui.palettes import fill_style, read_palette
from ui.theme import WALLBOARD_AMBER, WALLBOARD_GREEN, WALLBOARD_RED

COLOURS = read_palette("wallboard")
"""Every colour of the wallboard, by its key in ``wallboard.ini``."""

BACKGROUND = COLOURS["background"]
SURFACE = COLOURS["surface"]
SURFACE_RAISED = COLOURS["surface_raised"]
BORDER = COLOURS["border"]
TEXT = COLOURS["text"]
MUTED = COLOURS["muted"]
ACCENT = COLOURS["accent"]


@dataclass(frozen=True, slots=True)
class LevelColours:
    fill: str  # the tile's background
    edge: str  # its top bar and the figure itself
    label: str


LEVEL_COLOURS = {
    Level.GREEN: LevelColours(COLOURS["green_fill"], WALLBOARD_GREEN, "Green"),
    Level.AMBER: LevelColours(COLOURS["amber_fill"], WALLBOARD_AMBER, "Amber"),
    Level.RED: LevelColours(COLOURS["red_fill"], WALLBOARD_RED, "Red"),
    Level.NONE: LevelColours(SURFACE, MUTED, "No figure"),
}

PLAN_COLOURS = tuple(COLOURS[f"plan_{plan.value}"] for plan in Plan)
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


STYLE_SHEET = fill_style("wallboard.qss", COLOURS)
"""The wallboard window's and its dialogs' style sheet."""
