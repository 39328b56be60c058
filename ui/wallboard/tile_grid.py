"""The wallboard's ten tiles in their two rows of five: the grid builds them with
their captions, shows a set of figures on them (texts from
:mod:`ui.wallboard.tile_texts`, colours from the figures' thresholds), scales them
and says how tall its rows need to be for every wrapped detail line."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout

from console.domain.tiles import Tile, worst
from console.services.readmodels.wallboard import WallboardFigures
from ui.wallboard.tile_texts import tile_captions, tile_texts, tile_tooltip
from ui.wallboard.tile_widget import TileWidget
from ui.wallboard.wallboard_style import scaled

TILE_ORDER = (
    (Tile.WAITING, Tile.AWAITING_FIRST_RESPONSE, Tile.AT_RISK, Tile.BREACHED_TODAY, Tile.OLDEST_UNASSIGNED),
    (
        Tile.ATTAINMENT_TODAY,
        Tile.ATTAINMENT_WEEK,
        Tile.AVERAGE_FIRST_RESPONSE,
        Tile.CHATS_WAITING,
        Tile.AGENTS_ONLINE,
    ),
)


class TileGrid(QGridLayout):
    def __init__(self) -> None:
        super().__init__()
        self.tiles: dict[Tile, TileWidget] = {}
        captions = tile_captions()
        for row, tiles in enumerate(TILE_ORDER):
            for column, tile in enumerate(tiles):
                widget = TileWidget(captions[tile])
                self.tiles[tile] = widget
                self.addWidget(widget, row, column)
        for column in range(5):
            self.setColumnStretch(column, 1)

    def show_figures(self, figures: WallboardFigures) -> None:
        for tile, (value, detail) in tile_texts(figures).items():
            level = figures.level(tile)
            if tile is Tile.CHATS_WAITING:
                # one tile for chats: the count and the longest wait, whichever is worse
                level = worst(level, figures.level(Tile.LONGEST_CHAT_WAIT))
            self.tiles[tile].show_figure(value, detail, level, tile_tooltip(figures, tile))

    def set_scale(self, scale: float) -> None:
        for tile in self.tiles.values():
            tile.set_scale(scale)
        self.setSpacing(scaled(16, scale))

    def needed_height(self) -> int:
        """Two rows of tiles, each as tall as its fullest tile needs."""
        gap = self.spacing()
        rows = []
        for row in TILE_ORDER:
            rows.append(max(self.tiles[tile].needed_height(self.tiles[tile].width()) for tile in row))
        return sum(rows) + gap * (len(rows) - 1)
