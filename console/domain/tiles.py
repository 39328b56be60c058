"""The wallboard's tiles as plain data: their codes, what unit their figure is
read in, which way is worse, the default green / amber / red limits, and the pure
rule that colours a figure. The wallboard screen and the command line both ask
:func:`level` — one rule, no widget involved.

Limits are given in the tile's unit: a count, a percentage (0–100) or minutes.
For a tile where more is worse (cases breached, minutes waited) a figure at or
above ``red`` is red, at or above ``amber`` amber, otherwise green. Where less is
worse (attainment, agents online) a figure at or below ``red`` is red, at or
below ``amber`` amber, otherwise green. A tile without a figure (nothing settled
yet, no chat waiting) has no colour.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from types import MappingProxyType


class Tile(enum.StrEnum):
    """A wallboard figure that carries thresholds, by its stable code."""

    WAITING = "waiting"
    AWAITING_FIRST_RESPONSE = "awaiting_first_response"
    AT_RISK = "at_risk"
    BREACHED_TODAY = "breached_today"
    ATTAINMENT_TODAY = "attainment_today"
    ATTAINMENT_WEEK = "attainment_week"
    OLDEST_UNASSIGNED = "oldest_unassigned"
    CHATS_WAITING = "chats_waiting"
    LONGEST_CHAT_WAIT = "longest_chat_wait"
    AGENTS_ONLINE = "agents_online"
    AVERAGE_FIRST_RESPONSE = "average_first_response"

    @property
    def spec(self) -> TileSpec:
        return TILE_SPECS[self]

    @property
    def label(self) -> str:
        return TILE_SPECS[self].label

    @classmethod
    def parse(cls, text: str) -> Tile:
        key = text.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            return cls(key)
        except ValueError:
            known = ", ".join(t.value for t in cls)
            raise ValueError(f"unknown wallboard tile {text!r} (known: {known})") from None


class Unit(enum.StrEnum):
    COUNT = "count"
    PERCENT = "percent"
    MINUTES = "minutes"


class Direction(enum.StrEnum):
    HIGHER_IS_WORSE = "higher_is_worse"
    LOWER_IS_WORSE = "lower_is_worse"


class Level(enum.StrEnum):
    """A tile's colour."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    NONE = "none"  # no figure to judge

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Level.NONE: 0, Level.GREEN: 1, Level.AMBER: 2, Level.RED: 3}


def worst(*levels: Level) -> Level:
    """The most alarming of ``levels`` (NONE when there are none)."""
    return max(levels, key=lambda level: level.rank, default=Level.NONE)


@dataclass(frozen=True, slots=True)
class TileSpec:
    label: str
    unit: Unit
    direction: Direction


TILE_SPECS: MappingProxyType[Tile, TileSpec] = MappingProxyType(
    {
        Tile.WAITING: TileSpec("Cases waiting", Unit.COUNT, Direction.HIGHER_IS_WORSE),
        Tile.AWAITING_FIRST_RESPONSE: TileSpec(
            "Awaiting first response", Unit.COUNT, Direction.HIGHER_IS_WORSE
        ),
        Tile.AT_RISK: TileSpec("At risk", Unit.COUNT, Direction.HIGHER_IS_WORSE),
        Tile.BREACHED_TODAY: TileSpec("Breached today", Unit.COUNT, Direction.HIGHER_IS_WORSE),
        Tile.ATTAINMENT_TODAY: TileSpec("SLA attainment today", Unit.PERCENT, Direction.LOWER_IS_WORSE),
        Tile.ATTAINMENT_WEEK: TileSpec("SLA attainment, 7 days", Unit.PERCENT, Direction.LOWER_IS_WORSE),
        Tile.OLDEST_UNASSIGNED: TileSpec("Oldest unassigned case", Unit.MINUTES, Direction.HIGHER_IS_WORSE),
        Tile.CHATS_WAITING: TileSpec("Chats waiting", Unit.COUNT, Direction.HIGHER_IS_WORSE),
        Tile.LONGEST_CHAT_WAIT: TileSpec("Longest chat wait", Unit.MINUTES, Direction.HIGHER_IS_WORSE),
        Tile.AGENTS_ONLINE: TileSpec("Agents online", Unit.COUNT, Direction.LOWER_IS_WORSE),
        Tile.AVERAGE_FIRST_RESPONSE: TileSpec(
            "Average first response today", Unit.MINUTES, Direction.HIGHER_IS_WORSE
        ),
    }
)


@dataclass(frozen=True, slots=True)
class Threshold:
    """Where a tile turns amber and where it turns red, in the tile's unit."""

    tile: Tile
    amber: float
    red: float

    def __post_init__(self) -> None:
        problem = threshold_problem(self.tile, self.amber, self.red)
        if problem is not None:
            raise ValueError(problem)

    def level(self, value: float | None) -> Level:
        return level(self, value)


def threshold_problem(tile: Tile, amber: float, red: float) -> str | None:
    """Why ``amber``/``red`` are not valid limits for ``tile`` (None: they are)."""
    spec = TILE_SPECS[tile]
    for name, value in (("amber", amber), ("red", red)):
        if not math.isfinite(value):
            return f"the {name} limit of {spec.label!r} must be a number"
        if value < 0:
            return f"the {name} limit of {spec.label!r} must not be negative, not {value:g}"
        if spec.unit is Unit.PERCENT and value > 100:
            return f"the {name} limit of {spec.label!r} is a percentage (0 to 100), not {value:g}"
    if spec.direction is Direction.HIGHER_IS_WORSE and amber > red:
        return (
            f"{spec.label!r} turns red at higher figures than amber: amber {amber:g} must not "
            f"exceed red {red:g}"
        )
    if spec.direction is Direction.LOWER_IS_WORSE and amber < red:
        return (
            f"{spec.label!r} turns red at lower figures than amber: amber {amber:g} must not "
            f"be below red {red:g}"
        )
    return None


def level(threshold: Threshold, value: float | None) -> Level:
    """The colour of ``value`` (in the tile's unit) under ``threshold``."""
    if value is None:
        return Level.NONE
    if TILE_SPECS[threshold.tile].direction is Direction.HIGHER_IS_WORSE:
        if value >= threshold.red:
            return Level.RED
        return Level.AMBER if value >= threshold.amber else Level.GREEN
    if value <= threshold.red:
        return Level.RED
    return Level.AMBER if value <= threshold.amber else Level.GREEN


DEFAULT_THRESHOLDS: MappingProxyType[Tile, Threshold] = MappingProxyType(
    {
        threshold.tile: threshold
        for threshold in (
            Threshold(Tile.WAITING, 25, 50),
            Threshold(Tile.AWAITING_FIRST_RESPONSE, 10, 20),
            Threshold(Tile.AT_RISK, 1, 3),
            Threshold(Tile.BREACHED_TODAY, 1, 3),
            Threshold(Tile.ATTAINMENT_TODAY, 95, 85),
            Threshold(Tile.ATTAINMENT_WEEK, 95, 85),
            Threshold(Tile.OLDEST_UNASSIGNED, 60, 240),
            Threshold(Tile.CHATS_WAITING, 2, 5),
            Threshold(Tile.LONGEST_CHAT_WAIT, 2, 5),
            Threshold(Tile.AGENTS_ONLINE, 3, 1),
            Threshold(Tile.AVERAGE_FIRST_RESPONSE, 60, 120),
        )
    }
)
"""What a tile uses until a lead sets its limits."""
