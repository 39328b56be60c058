"""The wallboard's header: its title and clock, the team and plan filters, the
lead's buttons (thresholds, lead panel) and the live status. The filters and
buttons sit beside the title when the header has room, else on a line of their
own under it (a laptop with the lead panel open). The window wires the signals;
the header only shows and asks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from console.domain.plans import Plan
from ui.i18n import QT_TRANSLATE_NOOP
from ui.wallboard.tile_texts import plan_name
from ui.wallboard.wallboard_style import MUTED, TEXT, font, scaled
from ui.widgets.action_icons import fixed_action_icon
from ui.widgets.plain_text import plain_label

TEAM_TOOLTIP = QT_TRANSLATE_NOOP(
    "WallboardHeader",
    "Team: agent figures and loads count the team's members; case figures count the "
    "cases assigned to them plus the unassigned cases (the shared pool every team draws from).",
)


class WallboardHeader(QWidget):
    plan_toggled = Signal(object, bool)  # the Plan, shown or not

    def __init__(self, lead_buttons: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Support wallboard"))
        self.clock_label = QLabel("")
        self.clock_label.setProperty("muted", True)
        self.status_label = plain_label(self.tr("Loading…"))
        self.status_label.setProperty("muted", True)
        # two short lines rather than a header wider than a 1024 px window
        self.status_label.setWordWrap(True)
        self.team_label = QLabel(self.tr("Team"))
        self.team_label.setProperty("muted", True)
        self.team_label.setToolTip(self.tr(TEAM_TOOLTIP))
        self.team_combo = QComboBox()
        self.team_combo.setToolTip(self.tr(TEAM_TOOLTIP))
        self.team_combo.addItem(self.tr("All teams"), None)
        self.plan_buttons: dict[Plan, QToolButton] = {}
        for plan in Plan:
            button = QToolButton()
            button.setText(plan_name(plan))
            button.setToolTip(self.tr("Show the cases of the {0} plan").format(plan.label))
            button.setCheckable(True)
            button.setChecked(True)
            button.toggled.connect(lambda checked, p=plan: self.plan_toggled.emit(p, checked))
            self.plan_buttons[plan] = button
        self.thresholds_button = QToolButton()
        self.thresholds_button.setText(self.tr("Thresholds…"))
        self.thresholds_button.setIcon(fixed_action_icon("thresholds", TEXT, MUTED))
        self.panel_button = QToolButton()
        self.panel_button.setText(self.tr("Lead panel"))
        self.panel_button.setIcon(fixed_action_icon("lead-panel", TEXT, MUTED))
        self.panel_button.setCheckable(True)
        self.panel_button.setToolTip(self.tr("Open cases to reassign and the agents' load"))
        for button in (self.thresholds_button, self.panel_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setVisible(lead_buttons)

        self.controls = QWidget()
        controls = QHBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.team_label)
        controls.addWidget(self.team_combo)
        controls.addSpacing(12)
        for button in self.plan_buttons.values():
            controls.addWidget(button)
        controls.addSpacing(12)
        controls.addWidget(self.thresholds_button)
        controls.addWidget(self.panel_button)

        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.clock_label)
        self.top_row = QHBoxLayout()
        self.top_row.addLayout(titles)
        self.top_row.addStretch(1)
        self.top_row.addWidget(self.controls)
        self.top_row.addSpacing(12)
        self.top_row.addWidget(self.status_label)
        self.controls_row = QHBoxLayout()
        self.controls_row.addStretch(1)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addLayout(self.top_row)
        self.column.addLayout(self.controls_row)

    @property
    def controls_beside_title(self) -> bool:
        return self.top_row.indexOf(self.controls) >= 0

    def set_scale(self, scale: float) -> None:
        self.column.setSpacing(scaled(12, scale))
        self.title.setFont(font(34, scale, QFont.Weight.Bold))
        self.clock_label.setFont(font(20, scale))
        self.status_label.setFont(font(16, scale))
        self.team_label.setFont(font(18, scale))
        for widget in (
            self.team_combo,
            *self.plan_buttons.values(),
            self.thresholds_button,
            self.panel_button,
        ):
            widget.setFont(font(18, scale))

    def place_controls(self, room: int) -> None:
        """The filters beside the title when ``room`` pixels hold them, else under it."""
        spacing = self.top_row.spacing()
        titles = max(self.title.sizeHint().width(), self.clock_label.sizeHint().width())
        status = self.status_label.minimumSizeHint().width()
        beside = room >= titles + self.controls.sizeHint().width() + status + 12 + 4 * spacing
        if beside == self.controls_beside_title:
            return
        if beside:
            self.controls_row.removeWidget(self.controls)
            self.top_row.insertWidget(self.top_row.indexOf(self.status_label) - 1, self.controls)
        else:
            self.top_row.removeWidget(self.controls)
            self.controls_row.addWidget(self.controls)
