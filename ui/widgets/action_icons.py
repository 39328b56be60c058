"""The icons of the toolbars, menus and buttons (``resources/icons/actions/*.svg``,
drawn in ``currentColor``), coloured by the theme.

An icon from :func:`action_icon` follows the theme by itself: it is drawn when Qt
asks for a pixmap, in the colour of the theme current then, so a theme switch
(whose PaletteChange repaints every widget) recolours every button and menu
without the windows doing anything. Pixmaps are cached per icon, theme, colour,
size and state, so a repaint only looks one up."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

import resources
from ui.theme import Theme, current_theme

TONES = ("text", "muted", "accent", "on_accent")
"""Theme colours an icon may be drawn in (see :func:`action_icon`)."""


@cache
def _svg(name: str) -> str:
    return resources.action_icon_path(name).read_text(encoding="utf-8")


@dataclass(frozen=True, slots=True)
class _Look:
    """What an icon is drawn in: a theme's colour by its name, or a fixed colour."""

    tone: str
    fixed: str | None = None
    fixed_disabled: str | None = None

    def colour(self, theme: Theme, mode: QIcon.Mode, state: QIcon.State) -> str:
        if self.fixed is not None:
            return self.fixed_disabled or self.fixed if mode is QIcon.Mode.Disabled else self.fixed
        if mode is QIcon.Mode.Disabled:
            return theme.muted
        # a checked tool button and a highlighted menu item lie on the accent
        if state is QIcon.State.On or mode is QIcon.Mode.Selected:
            return theme.on_accent
        return str(getattr(theme, self.tone))


_PIXMAPS: dict[tuple[str, str, str, int, int, float], QPixmap] = {}


def render(name: str, colour: str, size: QSize, scale: float = 1.0) -> QPixmap:
    """Icon ``name`` drawn in ``colour`` at ``size`` (logical pixels) for a screen of
    ``scale`` device pixels per pixel; cached."""
    key = (name, colour, current_theme().name.value, size.width(), size.height(), scale)
    pixmap = _PIXMAPS.get(key)
    if pixmap is None:
        pixmap = QPixmap(round(size.width() * scale), round(size.height() * scale))
        pixmap.fill(Qt.GlobalColor.transparent)
        renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", colour).encode("utf-8")))
        painter = QPainter(pixmap)
        try:
            renderer.render(painter)
        finally:
            painter.end()
        pixmap.setDevicePixelRatio(scale)
        _PIXMAPS[key] = pixmap
    return pixmap


class _ThemedIconEngine(QIconEngine):
    """Draws one action icon in the colours of the theme current at paint time."""

    def __init__(self, name: str, look: _Look) -> None:
        super().__init__()
        self._name = name
        self._look = look

    def _colour(self, mode: QIcon.Mode, state: QIcon.State) -> str:
        return self._look.colour(current_theme(), mode, state)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, render(self._name, self._colour(mode, state), rect.size(), scale))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return render(self._name, self._colour(mode, state), size)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        return render(self._name, self._colour(mode, state), size, scale)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def isNull(self) -> bool:
        return False

    def iconName(self) -> str:
        return self._name

    def key(self) -> str:
        return "support-console-action"

    def clone(self) -> QIconEngine:
        return _ThemedIconEngine(self._name, self._look)


def action_icon(name: str, tone: str = "text") -> QIcon:
    """Icon ``name`` (a file of ``resources/icons/actions`` without ``.svg``) in the
    theme's ``tone`` (one of :data:`TONES`: ``"on_accent"`` for a primary button),
    following theme switches; in the accent's text colour when checked or
    highlighted, in the muted colour when disabled."""
    if tone not in TONES:
        raise ValueError(f"unknown tone {tone!r}")
    resources.action_icon_path(name)  # a missing file fails here, not at paint time
    return QIcon(_ThemedIconEngine(name, _Look(tone)))


def fixed_action_icon(name: str, colour: str, disabled: str | None = None) -> QIcon:
    """Icon ``name`` always in ``colour`` whatever the theme (the wallboard is dark
    in both), in ``disabled`` (else ``colour``) when disabled."""
    resources.action_icon_path(name)
    return QIcon(_ThemedIconEngine(name, _Look("text", colour, disabled)))
