"""The tiles' colour rule: limits inclusive, direction respected, validation of
the limits, and (property) that a worse figure never gets a kinder colour."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.domain.tiles import (
    DEFAULT_THRESHOLDS,
    TILE_SPECS,
    Direction,
    Level,
    Threshold,
    Tile,
    level,
    threshold_problem,
    worst,
)


def test_every_tile_has_a_spec_and_a_valid_default() -> None:
    assert set(TILE_SPECS) == set(Tile) == set(DEFAULT_THRESHOLDS)
    for tile, threshold in DEFAULT_THRESHOLDS.items():
        assert threshold_problem(tile, threshold.amber, threshold.red) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, Level.NONE),
        (0, Level.GREEN),
        (9.9, Level.GREEN),
        (10, Level.AMBER),
        (19, Level.AMBER),
        (20, Level.RED),
    ],
)
def test_higher_is_worse_limits_are_inclusive(value: float | None, expected: Level) -> None:
    assert level(Threshold(Tile.WAITING, 10, 20), value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (100, Level.GREEN),
        (95.1, Level.GREEN),
        (95, Level.AMBER),
        (85.5, Level.AMBER),
        (85, Level.RED),
        (0, Level.RED),
    ],
)
def test_lower_is_worse_limits_are_inclusive(value: float, expected: Level) -> None:
    assert Threshold(Tile.ATTAINMENT_TODAY, 95, 85).level(value) is expected


@pytest.mark.parametrize(
    ("tile", "amber", "red", "message"),
    [
        (Tile.WAITING, 10, 5, "amber 10 must not exceed red 5"),
        (Tile.ATTAINMENT_WEEK, 80, 90, "amber 80 must not be below red 90"),
        (Tile.ATTAINMENT_TODAY, 101, 90, "percentage"),
        (Tile.AT_RISK, -1, 2, "must not be negative"),
        (Tile.OLDEST_UNASSIGNED, float("nan"), 2, "must be a number"),
    ],
)
def test_bad_limits_are_refused_with_a_reason(tile: Tile, amber: float, red: float, message: str) -> None:
    problem = threshold_problem(tile, amber, red)
    assert problem is not None and message in problem
    with pytest.raises(ValueError, match=message):
        Threshold(tile, amber, red)


def test_parse_and_worst() -> None:
    assert Tile.parse(" Breached-Today ") is Tile.BREACHED_TODAY
    with pytest.raises(ValueError, match="unknown wallboard tile"):
        Tile.parse("nope")
    assert worst(Level.GREEN, Level.RED, Level.AMBER) is Level.RED
    assert worst(Level.NONE, Level.GREEN) is Level.GREEN
    assert worst() is Level.NONE


limits = st.floats(min_value=0, max_value=100, allow_nan=False)


@given(st.sampled_from(list(Tile)), limits, limits, limits, limits)
def test_a_worse_figure_is_never_coloured_kinder(tile: Tile, a: float, b: float, x: float, y: float) -> None:
    higher = TILE_SPECS[tile].direction is Direction.HIGHER_IS_WORSE
    amber, red = (min(a, b), max(a, b)) if higher else (max(a, b), min(a, b))
    threshold = Threshold(tile, amber, red)
    better, worse = (min(x, y), max(x, y)) if higher else (max(x, y), min(x, y))
    assert level(threshold, worse).rank >= level(threshold, better).rank
    assert level(threshold, red) is Level.RED
