"""The wallboard tiles' limits as stored (the defaults for the tiles without
stored ones), and a tile named by the user."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.domain.tiles import (
    DEFAULT_THRESHOLDS,
    Threshold,
    Tile,
)
from console.services.errors import InvalidInput
from console.storage.models import TileThreshold


def parse_tile(tile: Tile | str) -> Tile:
    if isinstance(tile, Tile):
        return tile
    try:
        return Tile.parse(tile)
    except ValueError as error:
        raise InvalidInput(str(error)) from None


def stored_thresholds(session: Session) -> dict[Tile, Threshold]:
    result = dict(DEFAULT_THRESHOLDS)
    for code, amber, red in session.execute(
        select(TileThreshold.tile, TileThreshold.amber, TileThreshold.red)
    ):
        try:
            tile = Tile(code)
            result[tile] = Threshold(tile, amber, red)
        except ValueError:
            continue  # a tile this version does not know, or limits edited outside the console
    return result
