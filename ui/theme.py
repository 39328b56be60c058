"""Light and dark themes: one palette of named colours, used for meaning only
(clock states, severity), and the Qt palette and style sheet built from it."""

from __future__ import annotations

import enum
import getpass
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

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

# The wallboard is dark whatever the console's theme (a screen on the wall, read
# from across the room); its tones of the three levels.
WALLBOARD_GREEN = "#3fb950"
WALLBOARD_AMBER = "#e3b341"
WALLBOARD_RED = "#f85149"


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
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
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


def _tone_rules(theme: Theme) -> str:
    rules = [f'QWidget[tone="{tone}"] {{ color: {getattr(theme, tone)}; }}' for tone in TONES]
    on_accent, on_alarm = on_colour(theme.accent), on_colour(theme.breached)
    rules.append(
        f'QLabel[badge="true"] {{ background: {theme.accent}; color: {on_accent}; border-radius: 8px; '
        "padding: 1px 8px; font-weight: 600; }"
    )
    rules.append(f'QFrame[alarm="true"] {{ background: {theme.breached}; border-radius: 6px; }}')
    rules.append(f'QFrame[alarm="true"] QLabel {{ color: {on_alarm}; font-weight: 600; }}')
    rules.append(f'QLabel[alarm="true"] {{ color: {on_alarm}; }}')
    return "\n".join(rules)


def on_colour(background: str) -> str:
    """White or near-black text on ``background``, whichever contrasts more (the
    dark theme's signal colours are light, so white text on them would not read)."""
    back = QColor(background)
    white, dark = QColor("#ffffff"), QColor("#1b1e24")
    return white.name() if contrast_ratio(white, back) >= contrast_ratio(dark, back) else dark.name()


def _svg_file(kind: str, colour: str, svg: str) -> str:
    """An SVG drawn in ``colour`` (``#rrggbb`` in ``svg`` as ``{colour}``), as a file
    the style sheet can name. Written once per kind and colour into a private
    temporary folder, so the colour keeps its one home in the theme."""
    name = QColor(colour).name()[1:]
    folder = Path(tempfile.gettempdir()) / f"support-console-{getpass.getuser()}"
    path = folder / f"{kind}-{name}.svg"
    if not path.exists():
        folder.mkdir(mode=0o700, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(svg.replace("{colour}", f"#{name}"), encoding="ascii")
        partial.replace(path)
    return path.as_posix()


def arrow_file(colour: str) -> str:
    """A drop-down arrow (Qt's own comes with a dark bracket once the combo box is
    styled)."""
    return _svg_file(
        "arrow",
        colour,
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="6" viewBox="0 0 10 6">'
        '<path d="M0.5 0.5 L5 5.5 L9.5 0.5" fill="none" stroke="{colour}" stroke-width="1.6" '
        'stroke-linecap="round" stroke-linejoin="round"/></svg>',
    )


def check_file(colour: str) -> str:
    """A tick for a ticked box (the style's own vanishes once the box is styled)."""
    return _svg_file(
        "check",
        colour,
        '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" viewBox="0 0 12 12">'
        '<path d="M2.5 6.2 L5 8.7 L9.5 3.3" fill="none" stroke="{colour}" stroke-width="1.8" '
        'stroke-linecap="round" stroke-linejoin="round"/></svg>',
    )


def style_sheet(theme: Theme) -> str:
    # The tone rules come last: they win over QLabel[muted="true"] of equal weight.
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
QComboBox {{ padding-right: 26px; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right; width: 22px;
                        border: none; background: transparent; }}
QComboBox::down-arrow {{ image: url({arrow_file(theme.muted)}); width: 10px; height: 6px; }}
QComboBox::down-arrow:disabled {{ image: url({arrow_file(theme.border)}); }}
QCheckBox::indicator, QAbstractItemView::indicator {{ width: 14px; height: 14px; border-radius: 3px;
              border: 1px solid {theme.muted}; background: {theme.base}; }}
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked {{ background: {theme.accent};
              border-color: {theme.accent}; image: url({check_file("#ffffff")}); }}
QCheckBox::indicator:disabled, QAbstractItemView::indicator:disabled {{ border-color: {theme.border}; }}
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
""" + _tone_rules(theme)
