"""The remembered settings: each key declared once, read back as written, a
missing or damaged value read as the option's default, and no window that keeps
a key string of its own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from ui import options
from ui.options import BoolOption, IntOption, OptionalIntOption, StateOption, TextOption

UI = Path(options.__file__).parent


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_a_key_cannot_be_declared_twice() -> None:
    with pytest.raises(ValueError, match="declared twice"):
        TextOption(options.THEME.key)


def test_values_read_back_as_written(settings: QSettings) -> None:
    options.SIGN_IN_PROFILE.write(settings, "Team")
    options.ADMIN_TAB.write(settings, 3)
    options.COCKPIT_TAM.write(settings, 42)
    options.WALLBOARD_LEAD_PANEL.write(settings, True)
    options.WINDOW_GEOMETRY.write(settings, QByteArray(b"\x01\x02"))
    settings.sync()
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert options.SIGN_IN_PROFILE.read(again) == "Team"
    assert options.ADMIN_TAB.read(again) == 3
    assert options.COCKPIT_TAM.read(again) == 42
    assert options.WALLBOARD_LEAD_PANEL.read(again) is True
    assert options.WINDOW_GEOMETRY.read(again) == QByteArray(b"\x01\x02")
    assert again.value("wallboard/lead_panel") == "true"  # the stored form is unchanged


@pytest.mark.parametrize(
    ("option", "damaged", "default"),
    [
        (TextOption("test/text", default="light"), None, "light"),
        (TextOption("test/home", default=lambda: "/home/ada"), None, "/home/ada"),
        (IntOption("test/int", default=-1), "not a number", -1),
        (OptionalIntOption("test/id"), "x", None),
        (BoolOption("test/flag"), None, False),
        (StateOption("test/state"), "text, not bytes", None),
    ],
)
def test_missing_or_damaged_values_read_as_the_default(
    settings: QSettings, option: options.Option[object], damaged: object, default: object
) -> None:
    assert option.read(settings) == default
    if damaged is not None:
        settings.setValue(option.key, damaged)
        assert option.read(settings) == default


def test_no_window_keeps_a_key_string_of_its_own() -> None:
    literal_key = re.compile(r"""(\.value|\.setValue)\(\s*["'][\w/]+["']""")
    offenders = [
        f"{path.relative_to(UI)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "options.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if literal_key.search(line) or "beginGroup(" in line
    ]
    assert offenders == []


def test_every_declared_key_is_used() -> None:
    sources = "\n".join(p.read_text(encoding="utf-8") for p in UI.rglob("*.py") if p.name != "options.py")
    names = [name for name, value in vars(options).items() if isinstance(value, options.Option)]
    assert names and all(re.search(rf"\b{name}\b", sources) for name in names)
