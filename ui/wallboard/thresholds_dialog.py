"""Where each wallboard tile turns amber and red, edited by a lead or an admin:
one row per tile with its unit and which way is worse. Limits are checked by the
core's rule (``console.domain.tiles.threshold_problem``) before anything is
saved; the dialog hands back only the tiles that changed."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.tiles import (
    DEFAULT_THRESHOLDS,
    TILE_SPECS,
    Direction,
    Threshold,
    Tile,
    Unit,
    threshold_problem,
)
from ui.theme import WALLBOARD_RED
from ui.wallboard.wallboard_style import STYLE_SHEET, palette
from ui.wording import tile_label

_UNITS = {Unit.COUNT: "", Unit.PERCENT: " %", Unit.MINUTES: " min"}


class ThresholdsDialog(QDialog):
    def __init__(self, thresholds: Mapping[Tile, Threshold], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wallboard thresholds"))
        self.setPalette(palette())
        self.setStyleSheet(STYLE_SHEET)
        self._original = dict(thresholds)
        self.spins: dict[Tile, tuple[QDoubleSpinBox, QDoubleSpinBox]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        for column, text in enumerate((self.tr("Tile"), self.tr("Amber at"), self.tr("Red at"), "")):
            header = QLabel(text)
            header.setProperty("muted", True)
            grid.addWidget(header, 0, column)
        for row, tile in enumerate(Tile, start=1):
            spec = TILE_SPECS[tile]
            unit = _UNITS[spec.unit]
            spins = (self._spin(spec.unit, unit), self._spin(spec.unit, unit))
            spins[0].setValue(thresholds[tile].amber)
            spins[1].setValue(thresholds[tile].red)
            self.spins[tile] = spins
            grid.addWidget(QLabel(tile_label(tile)), row, 0)
            grid.addWidget(spins[0], row, 1)
            grid.addWidget(spins[1], row, 2)
            hint = QLabel(
                self.tr("more is worse")
                if spec.direction is Direction.HIGHER_IS_WORSE
                else self.tr("less is worse")
            )
            hint.setProperty("muted", True)
            grid.addWidget(hint, row, 3)
        self.problem = QLabel("")
        self.problem.setStyleSheet(f"color: {WALLBOARD_RED};")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.defaults_button = QPushButton(self.tr("Restore defaults"))
        buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.defaults_button.clicked.connect(self.restore_defaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        intro = QLabel(
            self.tr(
                "A tile turns amber, then red, when its figure reaches these limits "
                "(at or above where more is worse, at or below where less is worse)."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    @staticmethod
    def _spin(unit: Unit, suffix: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0, 100 if unit is Unit.PERCENT else 100_000)
        spin.setDecimals(1 if unit is Unit.PERCENT else 0)
        spin.setSuffix(suffix)
        spin.setMinimumWidth(130)
        return spin

    def restore_defaults(self) -> None:
        for tile, (amber, red) in self.spins.items():
            amber.setValue(DEFAULT_THRESHOLDS[tile].amber)
            red.setValue(DEFAULT_THRESHOLDS[tile].red)

    def values(self) -> dict[Tile, tuple[float, float]]:
        return {tile: (amber.value(), red.value()) for tile, (amber, red) in self.spins.items()}

    def changes(self) -> list[Threshold]:
        """The tiles whose limits differ from those the dialog opened with."""
        return [
            Threshold(tile, amber, red)
            for tile, (amber, red) in self.values().items()
            if (amber, red) != (self._original[tile].amber, self._original[tile].red)
        ]

    def accept(self) -> None:
        for tile, (amber, red) in self.values().items():
            problem = threshold_problem(tile, amber, red)
            if problem is not None:
                self.problem.setText(problem[0].upper() + problem[1:] + ".")
                self.spins[tile][0].setFocus()
                return
        super().accept()
