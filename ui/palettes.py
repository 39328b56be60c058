"""The one reader of the colour palettes (``resources/styles/*.ini``) and the one
filler of the style sheets that name their colours as ``@key``.

Colours live in those files only: the GUI's modules take them from the theme
(:mod:`ui.theme`) or the wallboard's style (:mod:`ui.wallboard.wallboard_style`),
which read them here, and a test keeps colour literals out of the code."""

from __future__ import annotations

import configparser
import re
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

import resources

SECTION = "colours"
_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
_NAME = re.compile(r"@([a-z][a-z0-9_]*)")


class PaletteError(ValueError):
    """A palette file or a style sheet that does not fit together."""


@cache
def read_palette(name: str) -> Mapping[str, str]:
    """The colours of ``resources/styles/<name>.ini``: key to ``#rrggbb`` (or
    ``#aarrggbb`` for a see-through one), lower-case, in the file's order."""
    parser = configparser.ConfigParser(interpolation=None, inline_comment_prefixes=None)
    parser.read_string(resources.style_text(f"{name}.ini"), source=f"{name}.ini")
    if not parser.has_section(SECTION):
        raise PaletteError(f"{name}.ini has no [{SECTION}] section")
    colours: dict[str, str] = {}
    for key, value in parser.items(SECTION):
        if not _COLOUR.match(value):
            raise PaletteError(f"{name}.ini: {key} = {value!r} is not #rrggbb or #aarrggbb")
        colours[key] = value.lower()
    return MappingProxyType(colours)


def style_names(text: str) -> set[str]:
    """The ``@key`` names a style sheet uses."""
    return set(_NAME.findall(text))


def fill_style(name: str, values: Mapping[str, str]) -> str:
    """The style sheet ``resources/styles/<name>`` with each ``@key`` replaced by
    ``values[key]``; a name without a value is an error, not an empty colour."""
    text = resources.style_text(name)
    unknown = style_names(text) - values.keys()
    if unknown:
        raise PaletteError(f"{name} names unknown colours: {', '.join(sorted(unknown))}")
    return _NAME.sub(lambda match: values[match.group(1)], text)
