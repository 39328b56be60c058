"""Light and dark themes: one palette of named colours, used for meaning only
(clock states, severity), and the Qt palette and style sheet built from it.

The colours themselves are data, ``resources/styles/light.ini`` and ``dark.ini``
(read by :mod:`ui.palettes`); the style sheet is ``resources/styles/console.qss``,
which names them as ``@key``."""

from __future__ import annotations

import enum
import getpass
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

import resources
from console.sla.clock import ClockState
from ui.palettes import PaletteError, fill_style, read_palette


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
    on_accent: str  # text and marks on the accent: checked buttons, a selected row
    shade: str  # the see-through shade under the shortcuts overlay
    selection_track: str  # the empty part of a countdown's bar on a selected row

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


def _theme(name: ThemeName) -> Theme:
    """The theme ``name`` from its palette file, which must hold every colour."""
    colours = read_palette(name.value)
    wanted = {field.name for field in fields(Theme)} - {"name"}
    if colours.keys() != wanted:
        missing, extra = wanted - colours.keys(), colours.keys() - wanted
        raise PaletteError(f"{name.value}.ini: missing {sorted(missing)}, unknown {sorted(extra)}")
    return Theme(name, **colours)


LIGHT = _theme(ThemeName.LIGHT)
DARK = _theme(ThemeName.DARK)

THEMES = {ThemeName.LIGHT: LIGHT, ThemeName.DARK: DARK}

# The wallboard is dark whatever the console's theme (a screen on the wall, read
# from across the room); its tones of the three levels.
WALLBOARD_GREEN = read_palette("wallboard")["green"]
WALLBOARD_AMBER = read_palette("wallboard")["amber"]
WALLBOARD_RED = read_palette("wallboard")["red"]


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Set the application's palette and style sheet for ``theme``.

    The theme's name is recorded first: setting the palette sends every widget a
    PaletteChange at once, and the widgets that rebuild their colours then (the
    case timeline, the chat transcript) read :func:`current_theme` — recorded last,
    they would rebuild in the theme being left."""
    app.setProperty("support_console_theme", theme.name.value)
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(theme.window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.text))
    palette.setColor(QPalette.ColorRole.Base, QColor(theme.base))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(theme.alternate))
    palette.setColor(QPalette.ColorRole.Text, QColor(theme.text))
    palette.setColor(QPalette.ColorRole.Button, QColor(theme.base))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(theme.text))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(theme.accent))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(theme.on_accent))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(theme.base))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(theme.text))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(theme.muted))
    palette.setColor(QPalette.ColorRole.Mid, QColor(theme.border))
    app.setPalette(palette)
    app.setStyleSheet(style_sheet(theme))


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of ``colour``."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def legible(colour: str, background: str, toward: str, minimum: float = 4.5) -> str:
    """``colour`` as ``#rrggbb``, moved towards ``toward`` (the theme's text colour)
    just far enough to reach ``minimum`` contrast on ``background``: muted captions
    stay muted on tinted bubbles and notes yet remain readable in both themes."""
    back = QColor(background)
    for step in range(21):
        mixed = mix(colour, toward, step / 20)
        if contrast_ratio(QColor(mixed), back) >= minimum:
            return mixed
    return QColor(toward).name()


def mix(base: str, tint: str, amount: float) -> str:
    """``base`` moved ``amount`` (0–1) of the way towards ``tint``, as ``#rrggbb``."""
    a, b = QColor(base), QColor(tint)
    r = round(a.red() + (b.red() - a.red()) * amount)
    g = round(a.green() + (b.green() - a.green()) * amount)
    bl = round(a.blue() + (b.blue() - a.blue()) * amount)
    return QColor(r, g, bl).name()


def current_theme() -> Theme:
    app = QApplication.instance()
    name = app.property("support_console_theme") if app is not None else None
    return THEMES.get(ThemeName(name), LIGHT) if name else LIGHT


# Colour names a widget may carry as its "tone" property (see set_tone).
TONES = ("text", "muted", "accent", "running", "at_risk", "breached", "met", "paused")


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Colour ``widget``'s text with the theme's ``tone`` (one of :data:`TONES`), or
    with its ordinary colour for ``None``. The colour comes from the application's
    style sheet, so it follows a theme switch without the widget doing anything —
    unlike a colour written into the widget's own style sheet when it was built."""
    if tone is not None and tone not in TONES:
        raise ValueError(f"unknown tone {tone!r}")
    if widget.property("tone") == tone:
        return
    widget.setProperty("tone", tone)
    repolish(widget)


def set_alarm(widget: QWidget, alarm: bool) -> None:
    """Draw ``widget`` (a frame or label) in the theme's alarm colours, or as the
    calm banner it otherwise is; from the style sheet, so a theme switch follows."""
    widget.setProperty("alarm", alarm)
    widget.setProperty("banner", not alarm)
    repolish(widget)


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a property its selectors read changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def on_colour(background: str) -> str:
    """Light or near-black text on ``background``, whichever contrasts more (the
    dark theme's signal colours are light, so white text on them would not read):
    the light theme's paper or the dark theme's window."""
    back = QColor(background)
    light, dark = QColor(LIGHT.base), QColor(DARK.window)
    return light.name() if contrast_ratio(light, back) >= contrast_ratio(dark, back) else dark.name()


def _svg_file(kind: str, colour: str) -> str:
    """The drawing ``resources/icons/<kind>.svg`` (in ``currentColor``) in
    ``colour``, as a file the style sheet can name: a style sheet's ``url()``
    cannot recolour. Written once per kind and colour into a private temporary
    folder, so the colour keeps its one home in the theme."""
    name = QColor(colour).name()[1:]
    folder = Path(tempfile.gettempdir()) / f"support-console-{getpass.getuser()}"
    path = folder / f"{kind}-{name}.svg"
    if not path.exists():
        folder.mkdir(mode=0o700, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        svg = resources.icon_path(kind).read_text(encoding="utf-8")
        partial.write_text(svg.replace("currentColor", f"#{name}"), encoding="utf-8")
        partial.replace(path)
    return path.as_posix()


def arrow_file(colour: str) -> str:
    """A drop-down arrow (Qt's own comes with a dark bracket once the combo box is
    styled)."""
    return _svg_file("arrow", colour)


def check_file(colour: str) -> str:
    """A tick for a ticked box (the style's own vanishes once the box is styled)."""
    return _svg_file("check", colour)


def style_values(theme: Theme) -> Mapping[str, str]:
    """What the style sheet's ``@key`` names stand for in ``theme``: its colours,
    the text colours that read on the accent and on the alarm colour, and the
    drawings in its colours."""
    values = {field.name: str(getattr(theme, field.name)) for field in fields(Theme) if field.name != "name"}
    values.update(
        on_badge=on_colour(theme.accent),
        on_alarm=on_colour(theme.breached),
        arrow=arrow_file(theme.muted),
        arrow_disabled=arrow_file(theme.border),
        check=check_file(theme.on_accent),
    )
    return values


def style_sheet(theme: Theme) -> str:
    """The application's style sheet in ``theme`` (``resources/styles/console.qss``)."""
    return fill_style("console.qss", style_values(theme))
