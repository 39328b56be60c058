"""A case's header card: subject, number, account and contact, how the case
came (by email) and the closed case it follows, the plan and what it entitles
the case to, licences, the editable status and severity (only
the moves the status allows), the assignee and the first-response clock."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from console.domain.cases import CaseStatus, CaseSummary, Channel, allowed_moves
from console.domain.plans import Entitlements, Severity, entitlements_of
from console.services.infrastructure.programme import Programme
from console.services.readmodels.queue import clock_reader
from console.services.readmodels.snapshots import CaseDetail
from console.sla.clock import ClockState
from ui.case.rich_text import escaped
from ui.theme import set_tone
from ui.widgets.plain_text import plain
from ui.widgets.time_text import day_time_text, due_time_text, duration_text
from ui.wording import severity_label, status_label


class CaseHeader(QFrame):
    """The header of the shown case; a status or severity the agent picks is
    reported, not stored (the case view saves it)."""

    status_picked = Signal(object)  # CaseStatus
    severity_picked = Signal(object)  # Severity

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: CaseSummary | None = None
        self._filling = False
        self.setProperty("self", True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(4)

        self.subject_label = plain(QLabel(self))
        self.subject_label.setProperty("heading", True)
        self.subject_label.setWordWrap(True)
        self.subject_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.subject_label)
        self.case_label = plain(QLabel(self))
        self.case_label.setWordWrap(True)
        self.case_label.setProperty("muted", True)
        self.case_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.case_label)
        self.plan_label = QLabel(self)
        self.plan_label.setWordWrap(True)
        layout.addWidget(self.plan_label)
        self.licence_label = QLabel(self)
        self.licence_label.setProperty("muted", True)
        self.licence_label.setWordWrap(True)
        layout.addWidget(self.licence_label)

        fields = QGridLayout()
        fields.setContentsMargins(0, 6, 0, 0)
        fields.setHorizontalSpacing(8)
        fields.setVerticalSpacing(6)
        self.status_combo = QComboBox(self)
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_combo.setToolTip(self.tr("Only the moves the case may make from its status are listed"))
        self.status_combo.currentIndexChanged.connect(self._status_chosen)
        self.severity_combo = QComboBox(self)
        self.severity_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for severity in Severity:
            self.severity_combo.addItem(self._severity_text(severity), int(severity))
        self.severity_combo.currentIndexChanged.connect(self._severity_chosen)
        self.assignee_label = plain(QLabel(self))
        self.assignee_label.setWordWrap(True)
        self.due_label = QLabel(self)
        self.due_label.setWordWrap(True)
        status_caption = self._caption(self.tr("Status"), self)
        status_caption.setBuddy(self.status_combo)
        severity_caption = self._caption(self.tr("Severity"), self)
        severity_caption.setBuddy(self.severity_combo)
        fields.addWidget(status_caption, 0, 0)
        fields.addWidget(self.status_combo, 0, 1)
        fields.addWidget(severity_caption, 0, 2)
        fields.addWidget(self.severity_combo, 0, 3)
        # The assignee on a row of its own: beside the two combos it made the case
        # pane 600 px wide at least, too wide beside the queue on a 1280 px laptop.
        assignee_caption = self._caption(self.tr("Assignee"), self)
        fields.addWidget(assignee_caption, 1, 0)
        fields.addWidget(self.assignee_label, 1, 1, 1, 4)
        fields.addWidget(self._caption(self.tr("First response"), self), 2, 0)
        fields.addWidget(self.due_label, 2, 1, 1, 4)
        fields.setColumnStretch(4, 1)
        severity_caption.setContentsMargins(14, 0, 0, 0)
        layout.addLayout(fields)

    def _caption(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setProperty("muted", True)
        return label

    def _status_chosen(self, index: int) -> None:
        if self._filling or self._case is None or index < 0:
            return
        status = CaseStatus(self.status_combo.itemData(index))
        if status is not self._case.status:
            self.status_picked.emit(status)

    def _severity_chosen(self, index: int) -> None:
        if self._filling or self._case is None or index < 0:
            return
        severity = Severity(self.severity_combo.itemData(index))
        if severity is not self._case.severity:
            self.severity_picked.emit(severity)

    def _entitlements(self, detail: CaseDetail, programme: Programme | None) -> Entitlements:
        plan = detail.summary.plan
        if programme is not None and plan in programme.entitlements:
            return programme.entitlements[plan]
        return entitlements_of(plan)

    def fill(self, detail: CaseDetail, programme: Programme | None, now: datetime) -> None:
        """Show ``detail``; ``programme`` says what its plan entitles it to."""
        case = detail.summary
        account = detail.account
        self.subject_label.setText(case.subject)
        parts = [self.tr("Case #{number}").format(number=case.number), account.name]
        if detail.contact is not None:
            parts.append(
                self.tr("{name} <{email}>").format(name=detail.contact.name, email=detail.contact.email)
            )
        parts.append(self.tr("opened {when}").format(when=day_time_text(case.opened_at, now)))
        if case.channel is Channel.EMAIL:
            parts.append(self.tr("by email"))
        if detail.previous_case_number is not None:
            parts.append(self.tr("follows #{number}").format(number=detail.previous_case_number))
        self.case_label.setText(" · ".join(parts))

        rights = self._entitlements(detail, programme)
        plan_parts = [f"<b>{escaped(case.plan.label)}</b>"]
        plan_parts.append(self.tr("live chat") if rights.live_chat else self.tr("no live chat"))
        if rights.priority_queueing:
            plan_parts.append(self.tr("priority queueing"))
        if rights.dedicated_tam:
            tam = account.tam_name or self.tr("not assigned")
            plan_parts.append(escaped(self.tr("TAM: {name}").format(name=tam)))
        if account.plan is not case.plan:
            plan_parts.append(escaped(self.tr("account now on {plan}").format(plan=account.plan.label)))
        self.plan_label.setText(" · ".join(plan_parts))
        self.plan_label.setTextFormat(Qt.TextFormat.RichText)

        licences = []
        if account.early_adopter and rights.early_adopter_products:
            licences.append(self.tr("Early adopter products"))
        if account.trial_until is not None and rights.non_production_trial:
            trial = account.trial_until
            until = self.locale().toString(QDate(trial.year, trial.month, trial.day), "d MMM yyyy")
            licences.append(self.tr("non-production trial until {date}").format(date=until))
        self.licence_label.setText(self.tr("Licences: {list}").format(list=", ".join(licences)))
        self.licence_label.setVisible(bool(licences))

        self.fill_combos(case)
        self.assignee_label.setText(case.assignee_name or self.tr("Unassigned — in the queue"))

    def fill_combos(self, case: CaseSummary) -> None:
        """Status and severity as ``case`` has them (no pick is reported)."""
        self._case = case
        self._filling = True
        try:
            self.status_combo.clear()
            choices = [s for s in CaseStatus if s is case.status or s in allowed_moves(case.status)]
            for status in choices:
                self.status_combo.addItem(status_label(status), status.value)
            self.status_combo.setCurrentIndex(choices.index(case.status))
            self.severity_combo.setCurrentIndex(self.severity_combo.findData(int(case.severity)))
        finally:
            self._filling = False

    def _severity_text(self, severity: Severity) -> str:
        return self.tr("{number} {name}").format(number=int(severity), name=severity_label(severity))

    def show_clock(self, case: CaseSummary, programme: Programme | None, now: datetime) -> None:
        """The first-response line: due, met, late, or paused, read at ``now``."""
        if case.category.is_paid_add_on or case.due_at is None:
            self.due_label.setText(
                self.tr("{category} · paid add-on · no SLA").format(category=case.category.value.capitalize())
            )
            set_tone(self.due_label, "muted")
            return
        reading = None if programme is None else clock_reader(programme, now)(case)
        zone = None if programme is None else programme.calendar.zone
        due = due_time_text(case.due_at, now, zone)
        if reading is None:
            self.due_label.setText(self.tr("due {when}").format(when=due))
            set_tone(self.due_label, "text")
            return
        if reading.state is ClockState.MET:
            assert reading.responded_at is not None
            text = self.tr("answered {when} · met (was due {due})").format(
                when=day_time_text(reading.responded_at, now), due=due
            )
        elif reading.responded_at is not None:
            text = self.tr("answered {when} · late by {late} (operational; was due {due})").format(
                when=day_time_text(reading.responded_at, now),
                late=duration_text(-reading.remaining_seconds),
                due=due,
            )
        elif reading.state is ClockState.BREACHED:
            text = self.tr("was due {due} · {late} overdue (operational)").format(
                due=due, late=duration_text(-reading.remaining_seconds)
            )
        else:
            text = self.tr("due {due} · {left} left (operational)").format(
                due=due, left=duration_text(reading.remaining_seconds)
            )
        if reading.resumes_at is not None and reading.responded_at is None:
            text += self.tr(" · paused — resumes {when}").format(
                when=due_time_text(reading.resumes_at, now, zone)
            )
        self.due_label.setText(text)
        set_tone(self.due_label, "text" if reading.state is ClockState.RUNNING else reading.state.value)
