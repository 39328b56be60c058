"""Colours live in the palette files (``resources/styles/*.ini``): no module of
``ui/`` but their one reader, :mod:`ui.palettes`, spells a colour itself, and the
style sheets name only colours their palettes hold."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import resources
from ui.palettes import fill_style, read_palette, style_names
from ui.theme import DARK, LIGHT, TONES, Theme, apply_theme, style_values

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
ALLOWED = {"ui/palettes.py"}  # reads the palette files

COLOUR_NAMES = (
    "white|black|red|green|blue|yellow|orange|gray|grey|darkgray|lightgray|magenta|cyan|pink|purple"
)
LITERAL = re.compile(
    "|".join(
        (
            r"(?<![\w&])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b",  # #rgb, #rrggbb, #aarrggbb
            r"QColor\(\s*[\d\"']",  # QColor(255, 0, 0), QColor("red")
            r"\bfromRgbF?\(|\bfromHsvF?\(|\bfromHslF?\(",
            r"\brgba?\(",  # a style sheet's rgb(...)
            r"Qt\.GlobalColor\.(?!transparent\b)\w+",
            rf"(?:color|background(?:-color)?)\s*:\s*(?:{COLOUR_NAMES})\b",  # a style's named colour
        )
    )
)


def literals(text: str) -> list[tuple[int, str]]:
    return [
        (number, line.strip()) for number, line in enumerate(text.splitlines(), 1) if LITERAL.search(line)
    ]


@pytest.fixture
def app() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield app
    apply_theme(app, LIGHT)


@pytest.mark.parametrize(
    "line",
    [
        'ACCENT = "#2f6fde"',
        'shade = "#6e000000"',
        'f"border: 1px solid #2b3340; "',
        "QColor(255, 255, 255, 90)",
        'QColor("red")',
        "QColor.fromRgb(1, 2, 3)",
        "background: rgb(1, 2, 3);",
        "pixmap.fill(Qt.GlobalColor.white)",
        "QToolButton:checked { color: white; }",
    ],
)
def test_the_scan_finds_a_colour_literal(line: str) -> None:
    assert literals(line)


@pytest.mark.parametrize(
    "line",
    [
        'WIDEST_HEADING = "#88888  S8"',
        "pixmap.fill(Qt.GlobalColor.transparent)",
        "QColor(theme.accent)",
        'self.tr("Case #{0}")',
        "p { white-space: pre-wrap; }",
    ],
)
def test_the_scan_lets_other_text_be(line: str) -> None:
    assert not literals(line)


def test_no_colour_literal_in_ui_outside_the_palette_reader() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name in ALLOWED:
            continue
        found += [f"{name}:{number}: {line}" for number, line in literals(path.read_text(encoding="utf-8"))]
    assert not found, "colour literals outside the palette files:\n" + "\n".join(found)


def test_the_style_sheets_spell_no_colour_either() -> None:
    for name in ("console.qss", "wallboard.qss"):
        assert not literals(resources.style_text(name)), name


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_the_console_style_sheet_names_only_known_colours(app: QApplication, theme: Theme) -> None:
    values = style_values(theme)
    names = style_names(resources.style_text("console.qss"))
    assert names <= values.keys(), sorted(names - values.keys())
    filled = fill_style("console.qss", values)
    assert "@" not in filled
    for tone in TONES:  # every tone set_tone accepts has its rule
        assert f'QWidget[tone="{tone}"] {{ color: {getattr(theme, tone)}; }}' in filled
    apply_theme(app, theme)  # Qt parses it without a warning (warnings fail tests)
    assert app.styleSheet() == filled


def test_the_wallboard_style_sheet_names_only_its_colours() -> None:
    colours = read_palette("wallboard")
    names = style_names(resources.style_text("wallboard.qss"))
    assert names <= colours.keys(), sorted(names - colours.keys())
    assert "@" not in fill_style("wallboard.qss", colours)


def test_light_and_dark_name_the_same_colours() -> None:
    assert read_palette("light").keys() == read_palette("dark").keys()
