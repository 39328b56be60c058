"""The files the GUI shows but that are not code: icons, style sheets with their
colour palettes, and translations. An import package, so that the files travel
as package data and are found the same way from a checkout, an editable install,
a wheel and a PyInstaller bundle: through :func:`importlib.resources.files`.

Every installed form keeps them as files on disk (setuptools does not zip a
wheel's packages, and a bundle unpacks its data beside the executable), so the
functions hand out plain :class:`~pathlib.Path` objects that Qt can open by name.
Nothing here imports Qt: the command line may list or check them too."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

ICONS = "icons"
ACTIONS = "actions"
STYLES = "styles"
TRANSLATIONS = "translations"


def root() -> Path:
    """The folder of this package, checked to be a real directory on disk."""
    folder = Path(str(files(__name__)))
    if not folder.is_dir():
        raise RuntimeError(f"the resources package is not a folder on disk: {folder}")
    return folder


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise FileNotFoundError(f"no such resource: {path}")
    return path


def icon_path(name: str) -> Path:
    """The SVG icon ``name`` (without ``.svg``), e.g. ``"support-console"``."""
    return _existing(root() / ICONS / f"{name}.svg")


def action_icon_path(name: str) -> Path:
    """The toolbar and menu icon ``name`` (without ``.svg``), drawn in ``currentColor``."""
    return _existing(root() / ICONS / ACTIONS / f"{name}.svg")


def action_icon_names() -> tuple[str, ...]:
    """The names of every action icon, sorted."""
    return tuple(sorted(path.stem for path in (root() / ICONS / ACTIONS).glob("*.svg")))


def style_path(name: str) -> Path:
    """The file ``name`` (with its suffix, e.g. ``"console.qss"``) of the styles folder."""
    return _existing(root() / STYLES / name)


def style_text(name: str) -> str:
    """The text of the style file ``name`` (a style sheet or a palette)."""
    return style_path(name).read_text(encoding="utf-8")


def translations_dir() -> Path:
    """The folder of the compiled translations (``.qm``), which may be empty."""
    return root() / TRANSLATIONS
