"""The toolbar and menu icons: every icon the code asks for exists, draws
something in both themes, in the theme's text colour, and follows a theme
switch by itself; the application icon draws at the sizes a desktop asks for."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication

import resources
from ui.theme import DARK, LIGHT, Theme, apply_theme
from ui.views import View
from ui.wallboard.wallboard_style import MUTED, TEXT
from ui.widgets.action_icons import action_icon, fixed_action_icon
from ui.widgets.app_icon import app_icon

ROOT = Path(__file__).resolve().parents[3]
ASKED = re.compile(r"action_icon\(\s*\"([a-z-]+)\"")

# The icons of the brief: claim next, reply and send, refresh, search and filter,
# the views, unknown senders, theme, help, save and attachment, close.
EXPECTED = {
    "claim-next", "reply", "send", "refresh", "search", "filter", "wallboard", "cockpit",
    "reports", "admin", "unknown-senders", "theme", "help", "save-as", "attachment", "close",
}  # fmt: skip


@pytest.fixture
def app() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield app
    apply_theme(app, LIGHT)


def ink(image: QImage) -> list[QColor]:
    """The colours of the image's clearly drawn pixels."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return [
        colour
        for y in range(image.height())
        for x in range(image.width())
        if (colour := image.pixelColor(x, y)).alpha() > 200
    ]


def drawn(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off) -> str:
    """The colour ``icon`` is drawn in at 24 px (it must draw something), as
    ``#rrggbb`` rounded to even channels: its opaque pixels go through a
    premultiplied format, which may move a channel by one."""
    pixels = [c for c in ink(icon.pixmap(QSize(24, 24), mode, state).toImage()) if c.alpha() == 255]
    assert len(pixels) > 20, "the icon drew (nearly) nothing"
    return even(pixels[len(pixels) // 2].name())


def even(colour: str) -> str:
    value = QColor(colour)
    return QColor(*(round(channel / 2) * 2 for channel in (value.red(), value.green(), value.blue()))).name()


def test_every_icon_the_code_asks_for_exists() -> None:
    asked = {
        name
        for path in (ROOT / "ui").rglob("*.py")
        for name in ASKED.findall(path.read_text(encoding="utf-8"))
    }
    asked |= {view.value for view in View}  # the main window's view actions
    assert asked, "the scan found no icon"
    assert (asked | EXPECTED) <= set(resources.action_icon_names())


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("name", resources.action_icon_names())
def test_an_icon_draws_in_the_themes_colours(app: QApplication, theme: Theme, name: str) -> None:
    apply_theme(app, theme)
    icon = action_icon(name)
    assert not icon.isNull()
    assert drawn(icon) == even(theme.text)
    assert drawn(icon, QIcon.Mode.Disabled) == even(theme.muted)
    assert drawn(icon, state=QIcon.State.On) == even(theme.on_accent)  # a checked button


def test_an_icon_follows_a_theme_switch(app: QApplication) -> None:
    icon = action_icon("refresh")
    apply_theme(app, LIGHT)
    assert drawn(icon) == even(LIGHT.text)
    apply_theme(app, DARK)
    assert drawn(icon) == even(DARK.text)


def test_a_primary_buttons_icon_is_in_the_accents_text_colour(app: QApplication) -> None:
    apply_theme(app, DARK)
    assert drawn(action_icon("send", tone="on_accent")) == even(DARK.on_accent)


def test_a_fixed_icon_ignores_the_theme(app: QApplication) -> None:
    icon = fixed_action_icon("thresholds", TEXT, MUTED)
    for theme in (LIGHT, DARK):
        apply_theme(app, theme)
        assert drawn(icon) == even(TEXT)
        assert drawn(icon, QIcon.Mode.Disabled) == even(MUTED)


def test_an_unknown_icon_or_tone_fails_at_once() -> None:
    with pytest.raises(FileNotFoundError):
        action_icon("no-such-icon")
    with pytest.raises(ValueError):
        action_icon("refresh", tone="breached")


def test_a_high_density_screen_gets_a_sharp_pixmap(app: QApplication) -> None:
    pixmap = action_icon("help").pixmap(QSize(24, 24), 2.0)
    assert pixmap.width() == 48
    assert pixmap.devicePixelRatio() == 2.0


@pytest.mark.parametrize("size", [16, 32, 256])
def test_the_application_icon_draws_at_every_size(app: QApplication, size: int) -> None:
    image = app_icon().pixmap(size, size).toImage()
    assert image.width() == size
    pixels = ink(image)
    assert len(pixels) > size * size // 2  # a filled mark, not a stray line
    assert any(colour.name() == LIGHT.accent for colour in pixels)  # the accent square
    assert any(colour.name() == LIGHT.on_accent for colour in pixels)  # the white bubble
