"""One account in the cockpit: a header with plan and licences, tiles with the
figures that matter (open cases, Severity 1, breaches this month, exams), the open
cases with live countdowns (the queue's own model and countdown delegate), the
TAM's notes, exam sessions and contacts. Everything shown comes from a
:class:`CockpitSnapshot`; the page only lays it out and ticks the countdowns."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.domain.plans import Plan
from console.services.readmodels.cockpit import CockpitService, CockpitSnapshot, TamAccount, TrialState
from console.services.readmodels.queue import QueueRow
from ui.accounts.cockpit_text import early_adopter_text, exam_status_text, exam_when_text, trial_text
from ui.accounts.contact_model import ContactModel
from ui.accounts.exam_model import ExamModel
from ui.accounts.notes_panel import NotesPanel
from ui.queue.countdown_delegate import CountdownDelegate
from ui.queue.queue_model import QueueColumn, QueueModel
from ui.queue.queue_table import QueueTable
from ui.session import ConsoleSession
from ui.theme import current_theme, set_tone
from ui.widgets.plain_text import plain
from ui.widgets.tables import fix_row_height, left_titles, set_up_row_table
from ui.widgets.time_text import clock_text, local_zone

_HIDDEN_COLUMNS = (QueueColumn.PLAN, QueueColumn.ACCOUNT)  # the page is one account
_WIDTHS = {
    QueueColumn.SLA: 190,
    QueueColumn.SEVERITY: 90,
    QueueColumn.ASSIGNEE: 120,
    QueueColumn.LANGUAGE: 50,
    QueueColumn.STATUS: 80,
    QueueColumn.OPENED: 135,
}


class Tile(QFrame):
    """A figure with its caption, and a line of detail below."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(0)
        self.caption = QLabel(caption, self)
        self.caption.setProperty("muted", True)
        self.value = QLabel(self)
        self.value.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.detail = plain(QLabel(self))  # an exam's title
        self.detail.setProperty("muted", True)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def show_figure(self, value: str, detail: str = "", tone: str | None = None) -> None:
        """``tone``: a theme colour name (ui.theme.TONES) for the figure, or None."""
        self.value.setText(value)
        set_tone(self.value, tone)
        self.detail.setText(detail)


class AccountPage(QWidget):
    case_activated = Signal(int)  # case number

    def __init__(
        self, session: ConsoleSession, service: CockpitService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.account: TamAccount | None = None
        self.snapshot: CockpitSnapshot | None = None

        # header
        self.header = QFrame(self)
        self.header.setProperty("card", True)
        self.name_label = plain(QLabel(self.header))
        self.name_label.setProperty("heading", True)
        self.plan_label = QLabel(self.header)
        self.plan_label.setProperty("badge", True)  # accent colours from the theme's style sheet
        self.plan_label.setStyleSheet("border-radius: 9px; padding: 2px 10px;")
        self.facts_label = plain(QLabel(self.header))
        self.facts_label.setProperty("muted", True)
        self.licence_label = QLabel(self.header)
        self.licence_label.setTextFormat(Qt.TextFormat.RichText)
        head = QGridLayout(self.header)
        head.setContentsMargins(14, 10, 14, 10)
        head.setHorizontalSpacing(12)
        head.setVerticalSpacing(2)
        head.addWidget(self.name_label, 0, 0)
        head.addWidget(self.plan_label, 0, 1, Qt.AlignmentFlag.AlignRight)
        head.addWidget(self.facts_label, 1, 0, 1, 2)
        head.addWidget(self.licence_label, 2, 0, 1, 2)
        head.setColumnStretch(0, 1)

        # tiles
        self.open_tile = Tile(self.tr("Open cases"), self)
        self.urgent_tile = Tile(self.tr("Severity 1 open"), self)
        self.breach_tile = Tile(self.tr("Breached this month"), self)
        self.exam_tile = Tile(self.tr("Exam sessions"), self)
        tiles = QHBoxLayout()
        tiles.setSpacing(8)
        for tile in (self.open_tile, self.urgent_tile, self.breach_tile, self.exam_tile):
            tiles.addWidget(tile, 1)

        # open cases
        self.cases_title = QLabel(self.tr("Open cases"), self)
        self.cases_title.setStyleSheet("font-weight: 600;")
        self.cases_model = QueueModel(self)
        self.cases_table = QueueTable(self)
        self.cases_delegate = CountdownDelegate(self.cases_table)
        self._build_cases_table()
        self.no_cases_label = QLabel(self.tr("No open cases — all quiet on this account."), self)
        self.no_cases_label.setProperty("muted", True)
        self.no_cases_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cases_box = QWidget(self)
        cases_layout = QVBoxLayout(cases_box)
        cases_layout.setContentsMargins(0, 0, 0, 0)
        cases_layout.setSpacing(4)
        cases_layout.addWidget(self.cases_title)
        cases_layout.addWidget(self.cases_table, 1)
        cases_layout.addWidget(self.no_cases_label, 1)

        # notes, exams, contacts
        self.notes = NotesPanel(session, service, self)
        self.exam_model = ExamModel(self)
        self.exam_table = self._plain_table(self.exam_model)
        self.exam_table.setWordWrap(False)
        self.exam_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.exam_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.exam_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.contact_model = ContactModel(self)
        self.contact_table = self._plain_table(self.contact_model)
        self.contact_table.setWordWrap(False)
        contact_header = self.contact_table.horizontalHeader()
        contact_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        contact_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        contact_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        contact_header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.no_exams_label = QLabel(self)
        self.no_exams_label.setProperty("muted", True)
        self.no_exams_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_exams_label.setWordWrap(True)
        exams_box = QWidget(self)
        exams_layout = QVBoxLayout(exams_box)
        exams_layout.setContentsMargins(0, 0, 0, 0)
        exams_layout.addWidget(self.exam_table, 1)
        exams_layout.addWidget(self.no_exams_label, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(exams_box, self.tr("Exam sessions"))
        self.tabs.addTab(self.contact_table, self.tr("Contacts"))

        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.notes)
        lower.addWidget(self.tabs)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)
        lower.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(cases_box)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.lower_splitter = lower

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.header)
        layout.addLayout(tiles)
        layout.addWidget(self.splitter, 1)

    def _build_cases_table(self) -> None:
        table = self.cases_table
        table.setModel(self.cases_model)
        table.setItemDelegateForColumn(int(QueueColumn.SLA), self.cases_delegate)
        set_up_row_table(table)
        fix_row_height(table)
        left_titles(table)
        header = table.horizontalHeader()
        for column in _HIDDEN_COLUMNS:
            table.setColumnHidden(int(column), True)
        for column, width in _WIDTHS.items():
            header.resizeSection(int(column), width)
        header.setSectionResizeMode(int(QueueColumn.SUBJECT), QHeaderView.ResizeMode.Stretch)
        # activated: a double click, or Enter on the current row
        table.activated.connect(self._case_double_clicked)

    def _plain_table(self, model: ExamModel | ContactModel) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        set_up_row_table(table, wrap=True, single=False)
        left_titles(table)
        return table

    # -- showing ----------------------------------------------------------------------

    def show_account(self, snapshot: CockpitSnapshot, account: TamAccount, now: datetime) -> None:
        shown_before = None if self.account is None else self.account.id
        self.snapshot = snapshot
        self.account = account
        zone = snapshot.zone
        self.name_label.setText(account.name)
        self.plan_label.setText(account.plan.label)
        facts = [account.language.upper()]
        if account.region:
            facts.append(account.region)
        facts.append(self.tr("TAM: {0}").format(account.tam_name or self.tr("none")))
        self.facts_label.setText(" · ".join(facts))
        self.licence_label.setText(self._licence_html(account))

        rows = snapshot.rows(account, now)
        # Times are the person's local; the calendar's zone goes beside due times.
        self.cases_model.time_zone = zone
        self.cases_delegate.time_zone = zone
        self.cases_model.set_rows(rows, snapshot.programme, now)
        self.cases_title.setText(self.tr("Open cases ({0})").format(len(rows)))
        self.cases_table.setVisible(bool(rows))
        self.no_cases_label.setVisible(not rows)

        self.notes.show_account(account, now, local_zone())
        self.exam_model.set_windows(account.exams, now, local_zone())
        self.contact_model.set_contacts(account.contacts)
        self.exam_table.setVisible(bool(account.exams))
        self.no_exams_label.setVisible(not account.exams)
        self.no_exams_label.setText(
            self.tr("No exam session in the next 30 days.")
            if account.plan is Plan.PROCTORED
            else self.tr("No proctored exam sessions: they belong to the Proctored plan.")
        )
        if account.id != shown_before:
            # Exams matter on Proctored accounts; elsewhere the contacts are what a TAM needs.
            self.tabs.setCurrentIndex(0 if account.exams else 1)
        self.tabs.setTabText(0, self.tr("Exam sessions ({0})").format(len(account.exams)))
        self.tabs.setTabText(1, self.tr("Contacts ({0})").format(len(account.contacts)))
        self._fill_tiles(snapshot, account, rows, now)

    def _licence_html(self, account: TamAccount) -> str:
        theme = current_theme()
        licences = account.licences
        tick, cross = "✓", "–"
        early = (
            f"<span style='color:{theme.met}'>{tick}</span> {early_adopter_text(licences)}"
            if licences.early_adopter
            else f"<span style='color:{theme.muted}'>{cross} {early_adopter_text(licences)}</span>"
        )
        trial_color = {
            TrialState.ACTIVE: theme.met,
            TrialState.EXPIRED: theme.breached,
            TrialState.NONE: theme.muted,
        }[licences.trial_state]
        if licences.trial_state is TrialState.ACTIVE and (licences.trial_days_left or 0) <= 14:
            trial_color = theme.at_risk  # ends soon: time to talk about it
        trial = f"<span style='color:{trial_color}'>{trial_text(licences)}</span>"
        return f"{early} &nbsp;·&nbsp; {trial}"

    def _fill_tiles(
        self, snapshot: CockpitSnapshot, account: TamAccount, rows: list[QueueRow], now: datetime
    ) -> None:
        awaiting = sum(1 for row in rows if row.case.first_response_at is None)
        self.open_tile.show_figure(str(len(rows)), self.tr("{0} awaiting first response").format(awaiting))
        urgent = account.urgent_open
        waiting_urgent = len(account.urgent_awaiting)
        self.urgent_tile.show_figure(
            str(urgent),
            self.tr("{0} awaiting first response").format(waiting_urgent) if urgent else self.tr("none open"),
            "breached" if waiting_urgent else None,
        )
        month = account.month
        month_name = QLocale().standaloneMonthName(snapshot.month_start.astimezone(snapshot.zone).month)
        if month.settled:
            ratio = month.ratio or 0.0
            detail = self.tr("{0} met of {1} settled in {2} · {3:.0%}").format(
                month.met, month.settled, month_name, ratio
            )
        else:
            detail = self.tr("nothing settled in {0} yet").format(month_name)
        self.breach_tile.show_figure(str(month.breached), detail, "breached" if month.breached else None)
        live = [w for w in account.exams if w.live]
        upcoming = [w for w in account.exams if not w.live]
        if live:
            ends = clock_text(live[0].end)
            self.exam_tile.show_figure(
                self.tr("Live now"), self.tr("{0} · ends {1}").format(live[0].title, ends), "breached"
            )
        elif upcoming:
            self.exam_tile.show_figure(
                exam_status_text(upcoming[0], now).capitalize(),
                exam_when_text(upcoming[0]),
            )
        else:
            self.exam_tile.show_figure("—", self.tr("none in the next 30 days"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The licence line is rich text with the theme's colours in it: rebuild it.
        if event.type() == QEvent.Type.PaletteChange and self.account is not None:
            self.licence_label.setText(self._licence_html(self.account))

    def tick(self, now: datetime) -> None:
        """Re-read the countdowns of the case rows in sight."""
        count = self.cases_model.rowCount()
        if count == 0 or not self.cases_table.isVisible():
            return
        viewport = self.cases_table.viewport()
        top = self.cases_table.indexAt(QPoint(0, 0)).row()
        bottom = self.cases_table.indexAt(QPoint(0, max(0, viewport.height() - 1))).row()
        self.cases_model.tick(now, max(0, top), count - 1 if bottom < 0 else bottom)

    def _case_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.case_activated.emit(self.cases_model.case_at(index.row()).number)
