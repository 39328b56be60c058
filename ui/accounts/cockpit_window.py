"""The TAM cockpit window, "My accounts": the accounts of a TAM on the left (Severity
1 first, each with its open cases and the worst clock as a coloured badge), the
selected account's page on the right, and a red banner while a Severity 1 case
waits for its first response. A TAM sees their own accounts; leads and admins
pick a TAM (the core enforces who may see what).

The window holds no rules: figures, order and clocks come from
:class:`CockpitService`. It never waits on the database (``ConsoleSession.call``).
It follows the change feed (a burst is read once), ticks the visible countdowns
every second and re-reads once a minute for what time alone changes (trial days,
live exams, the month's breaches). For a TAM it keeps the Severity 1 on-call
(:class:`TamOnCall`) unless the session already has one.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from PySide6.QtCore import QItemSelection, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QListView,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from console.domain.cases import CaseSummary, Role
from console.domain.permissions import reads_every_cockpit
from console.logs import get_logger
from console.services.errors import ServiceError
from console.services.infrastructure.feed import Change
from console.services.readmodels.alerts import Alert
from console.services.readmodels.cockpit import CockpitSnapshot
from console.services.readmodels.queue import clock_reader
from console.services.readmodels.snapshots import UserView
from ui.accounts.account_delegate import AccountDelegate
from ui.accounts.account_list_model import AccountListModel
from ui.accounts.account_page import AccountPage
from ui.accounts.tam_on_call import TamOnCall, cockpit_service
from ui.errors import error_text
from ui.handlers import OneAtATime, start
from ui.notifier import Notifier
from ui.options import (
    COCKPIT_ACCOUNT,
    COCKPIT_GEOMETRY,
    COCKPIT_LOWER_SPLITTER,
    COCKPIT_PAGE_SPLITTER,
    COCKPIT_SPLITTER,
    COCKPIT_TAM,
    StateOption,
)
from ui.queue.clock_text import countdown_text
from ui.session import ConsoleSession, is_connection_error
from ui.theme import set_tone
from ui.widgets.action_icons import action_icon
from ui.widgets.app_icon import app_icon
from ui.widgets.banner import Banner
from ui.widgets.plain_text import plain_label
from ui.widgets.screen_fit import restore_geometry
from ui.widgets.time_text import clock_text, zone_note_text
from ui.widgets.toolbar_fit import ToolbarFit
from ui.wording import alert_title

log = get_logger(__name__)

APPLY_DELAY_MS = 150  # a burst of changes is read as one
MIN_READ_INTERVAL_MS = 1000
TICK_MS = 1000
REFRESH_MS = 60_000  # what time alone changes: trial days, live exams, the month
# Presence changes do not touch the cockpit; everything else may.
_IGNORED_ENTITIES = frozenset({"user"})


class CockpitWindow(QMainWindow):
    case_activated = Signal(int)  # case number: double-clicked, or the alert clicked

    def __init__(self, session: ConsoleSession, settings: QSettings) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.service = cockpit_service(session)
        self.owns_session = False  # set when this window is the whole application
        self.snapshot: CockpitSnapshot | None = None
        self._updated_at: datetime | None = None
        self.tam: UserView | None = session.user if session.user.role is Role.TAM else None
        self._reads = OneAtATime(self._read)  # one read at a time; a request meanwhile reads again
        self._closed = False
        self._selected_id: int | None = COCKPIT_ACCOUNT.read(settings)
        self._tams: dict[int, UserView] = {}
        title = (
            self.tr("My accounts — {0}") if session.user.role is Role.TAM else self.tr("TAM cockpit — {0}")
        )
        self.setWindowTitle(title.format(session.user.name))
        self._last_read = 0.0  # monotonic time of the last read's start
        self.setWindowIcon(app_icon())

        # top: TAM chooser (leads and admins), banners
        self.tam_combo = QComboBox(self)
        self.tam_combo.setMinimumWidth(180)
        self.tam_combo.currentIndexChanged.connect(self._tam_chosen)
        self.banner = Banner(self)
        self.urgent_banner = Banner(self)
        self.urgent_banner.setProperty("banner", False)
        self.urgent_banner.label.setProperty("banner", False)
        # Alarm colours from the theme's style sheet (QFrame[alarm]): they follow a switch.
        self.urgent_banner.setProperty("alarm", True)

        # left: the accounts
        self.list_title = QLabel(self.tr("My accounts"), self)
        self.list_title.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.accounts_model = AccountListModel(self)
        self.account_list = QListView(self)
        self.account_list.setModel(self.accounts_model)
        self.account_list.setItemDelegate(AccountDelegate(self.accounts_model, self.account_list))
        self.account_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.account_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.account_list.setUniformItemSizes(True)
        self.account_list.selectionModel().selectionChanged.connect(self._account_selected)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(self.list_title)
        left_layout.addWidget(self.account_list, 1)

        # right: the selected account, or why there is none
        self.page = AccountPage(session, self.service, self)
        self.page.case_activated.connect(self.case_activated)
        self.page.notes.notes_changed.connect(lambda _account: self.reload())
        self.empty_label = plain_label(self.tr("Loading your accounts…"), self)
        self.empty_label.setProperty("muted", True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([320, 1000])
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(10, 8, 10, 6)
        column.setSpacing(8)
        column.addWidget(self.banner)
        column.addWidget(self.urgent_banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.status_live = QLabel(self)
        self.status_zone = QLabel(self)
        self.statusBar().addWidget(self.status_zone)
        self.statusBar().addPermanentWidget(self.status_live)
        self._build_toolbar()

        # alerts: the session's on-call if it has one, else this window's own
        self.notifier = Notifier(self, app_icon())
        self.on_call: TamOnCall | None = None
        self._own_on_call = False
        if session.user.role is Role.TAM:
            existing = TamOnCall.of(session)
            if existing is None:
                self.on_call = TamOnCall(session, self.notifier, parent=self)
                self.on_call.case_activated.connect(self._alert_clicked)
                self._own_on_call = True
            else:
                self.on_call = existing
            self.on_call.alerted.connect(self._alerted)

        self.session.changes_arrived.connect(self.on_changes)
        self.session.connection_changed.connect(self.on_connection)
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.timeout.connect(self.reload)
        self._tick_timer = QTimer(self)
        self._tick_timer.timeout.connect(self.tick)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.timeout.connect(self.reload)
        self._restore_state()

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Cockpit"), self)
        toolbar.setMovable(False)
        self.toolbar_fit = ToolbarFit(toolbar)  # icons beside the texts while they fit
        self.addToolBar(toolbar)
        self.tam_label = QLabel(self.tr("TAM:"), self)
        self.tam_label_action = toolbar.addWidget(self.tam_label)
        self.tam_combo_action = toolbar.addWidget(self.tam_combo)
        chooser = reads_every_cockpit(self.session.user.role)
        self.tam_label_action.setVisible(chooser)
        self.tam_combo_action.setVisible(chooser)
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.setIcon(action_icon("refresh"))
        self.refresh_action.triggered.connect(self.reload)
        toolbar.addAction(self.refresh_action)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.on_call_label = QLabel(self)
        self.on_call_label.setProperty("muted", True)
        if self.session.user.role is Role.TAM:
            self.on_call_label.setText(
                self.tr("● On call 24x7 for Severity 1 on your Premier accounts — alerts are never muted")
            )
            set_tone(self.on_call_label, "met")
        toolbar.addWidget(self.on_call_label)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence("Ctrl+W"))
        close.setIcon(action_icon("close"))
        close.triggered.connect(self.close)
        self.addAction(close)

    # -- loading ----------------------------------------------------------------------

    def start(self) -> None:
        """Load the accounts, follow the change feed and start the clocks."""
        self.session.start_live()
        if self.tam is None:
            start(self._load_tams())
        else:
            self.reload()
        if self.on_call is not None and self._own_on_call:
            self.on_call.start()
        self._tick_timer.start(TICK_MS)
        self._refresh_timer.start(REFRESH_MS)

    async def _load_tams(self) -> None:
        try:
            tams = await self.session.call(self.service.tams, self.session.user.id)
        except Exception as error:
            self._failed(error)
            return
        if self._closed:
            return
        remembered = COCKPIT_TAM.read(self.settings)
        self._tams = {tam.id: tam for tam in tams}
        self.tam_combo.blockSignals(True)
        self.tam_combo.clear()
        for tam in tams:
            self.tam_combo.addItem(tam.name, tam.id)
        self.tam_combo.blockSignals(False)
        if not tams:
            self._show_empty(self.tr("There are no TAMs yet: an admin adds them under Administration."))
            return
        index = max(0, self.tam_combo.findData(remembered)) if remembered is not None else 0
        self.tam_combo.setCurrentIndex(index)
        self._tam_chosen(index)

    def _tam_chosen(self, index: int) -> None:
        if index < 0:
            return
        tam_id = self.tam_combo.itemData(index)
        if self.tam is not None and self.tam.id == tam_id:
            return
        self.tam = self._tams.get(tam_id)
        self.snapshot = None
        self.reload()

    def reload(self) -> None:
        """Read the cockpit again (at most one read at a time; a request meanwhile
        is served by one more read after it)."""
        if self._closed or self.tam is None:
            return
        self._reads.request()

    async def _read(self) -> None:
        tam = self.tam
        if tam is None:
            return
        self._last_read = time.monotonic()
        try:
            snapshot = await self.session.call(self.service.snapshot, tam.id, self.session.user.id)
        except Exception as error:
            self._failed(error)
            return
        if self._closed or (self.tam is not None and snapshot.tam.id != self.tam.id):
            return
        self.snapshot = snapshot
        now = snapshot.now
        self.accounts_model.set_accounts(snapshot.accounts, snapshot.programme, now)
        mine = self.tam is not None and self.tam.id == self.session.user.id
        title = self.tr("My accounts") if mine else self.tr("Accounts of {0}").format(snapshot.tam.name)
        self.list_title.setText(f"{title} ({len(snapshot.accounts)})")
        calendar = snapshot.programme.calendar
        self.status_zone.setText(zone_note_text(now, calendar.zone, calendar.time_zone))
        self._updated_at = datetime.now(UTC)
        self._show_live()
        if not snapshot.accounts:
            if mine:
                empty = self.tr(
                    "No accounts are assigned to you yet. An admin makes a TAM dedicated to Premier accounts."
                )
            else:
                empty = self.tr(
                    "No accounts are assigned to {0} yet. An admin makes a TAM dedicated to Premier accounts."
                ).format(snapshot.tam.name)
            self._show_empty(empty)
        else:
            self._select(self._selected_id)
        self._update_urgent_banner(now)

    def _failed(self, error: BaseException) -> None:
        if self._closed:
            return
        if is_connection_error(error):
            QTimer.singleShot(2000, self, self.reload)
        elif isinstance(error, ServiceError):
            self._show_empty(error_text(error))
            self.statusBar().showMessage(error_text(error), 8000)
        else:
            log.error("cockpit: unexpected error", exc_info=error)
            self.statusBar().showMessage(
                self.tr("Could not read the accounts ({0}).").format(type(error).__name__), 8000
            )

    # -- selection --------------------------------------------------------------------

    def _select(self, account_id: int | None) -> None:
        row = None if account_id is None else self.accounts_model.row_of(account_id)
        if row is None:
            row = 0
        index = self.accounts_model.index(row, 0)
        if self.account_list.currentIndex() != index:
            self.account_list.setCurrentIndex(index)  # shows it through _account_selected
        else:
            self._show_selected()

    def _account_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        if self.snapshot is None:
            return
        index = self.account_list.currentIndex()
        if not index.isValid():
            return
        account = self.accounts_model.account_at(index.row())
        self._selected_id = account.id
        self.page.show_account(self.snapshot, account, self._now())
        self.stack.setCurrentWidget(self.page)

    def select_account(self, account_id: int) -> None:
        self._selected_id = account_id
        self._select(account_id)

    def _show_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)

    # -- live -------------------------------------------------------------------------

    @Slot(object)
    def on_changes(self, changes: tuple[Change, ...]) -> None:
        relevant = any(change.entity not in _IGNORED_ENTITIES for change in changes)
        if relevant and not self._apply_timer.isActive():
            # A busy queue changes many times a second: read at most about once a second.
            since = (time.monotonic() - self._last_read) * 1000
            self._apply_timer.start(max(APPLY_DELAY_MS, int(MIN_READ_INTERVAL_MS - since)))

    def _show_live(self) -> None:
        """ "Live", with the time of the last update once there was one (a connection
        that comes up after the first read must not hide it)."""
        if self._updated_at is None:
            self.status_live.setText(self.tr("Live"))
        else:
            self.status_live.setText(
                self.tr("Live · updated {0}").format(clock_text(self._updated_at, seconds=True))
            )

    @Slot(bool, str)
    def on_connection(self, connected: bool, message: str) -> None:
        if connected:
            if self.banner.isVisible():
                self.banner.clear()
                self.reload()
            self._show_live()
        else:
            self.banner.show_message(
                self.tr("The database is unreachable — reconnecting… Countdowns keep running.")
                + (f" ({message})" if message else "")
            )
            self.status_live.setText(self.tr("Offline"))

    def tick(self) -> None:
        """Once a second: the countdowns in sight, the badges, the urgent banner."""
        if self.snapshot is None or self._closed:
            return
        now = self._now()
        self.page.tick(now)
        self.accounts_model.tick(now)
        self._update_urgent_banner(now)

    def _update_urgent_banner(self, now: datetime) -> None:
        snapshot = self.snapshot
        waiting: list[tuple[str, CaseSummary]] = []
        if snapshot is not None:
            for account in snapshot.accounts:
                waiting.extend((account.name, case) for case in account.urgent_awaiting)
        if not waiting:
            self.urgent_banner.clear()
            return
        assert snapshot is not None
        waiting.sort(key=lambda item: item[1].due_epoch or 0)
        name, first = waiting[0]
        reading = clock_reader(snapshot.programme, now)(first)
        left = countdown_text(reading, snapshot.zone)
        text = self.tr("Severity 1 awaiting first response: #{0} {1} — {2} ({3})").format(
            first.number, name, first.subject, left
        )
        if len(waiting) > 1:
            text += self.tr(" · and %n more", "", len(waiting) - 1)
        number = first.number
        self.urgent_banner.show_message(text, self.tr("Open case"), lambda: self.case_activated.emit(number))

    def _alerted(self, alert: Alert) -> None:
        self.reload()
        self.statusBar().showMessage(alert_title(alert), 10_000)

    def _alert_clicked(self, number: int) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.case_activated.emit(number)

    def _now(self) -> datetime:
        # The services' clock: the same "now" the figures were read at (tests set it).
        return self.session.services.clock()

    # -- persistence and closing -----------------------------------------------------------

    def _restore_state(self) -> None:
        restore_geometry(self, COCKPIT_GEOMETRY.read(self.settings), 1400, 860)
        for option, splitter in self._splitters().items():
            state = option.read(self.settings)
            if state is not None:
                splitter.restoreState(state)

    def _splitters(self) -> dict[StateOption, QSplitter]:
        return {
            COCKPIT_SPLITTER: self.splitter,
            COCKPIT_PAGE_SPLITTER: self.page.splitter,
            COCKPIT_LOWER_SPLITTER: self.page.lower_splitter,
        }

    def save_state(self) -> None:
        COCKPIT_GEOMETRY.write(self.settings, self.saveGeometry())
        for option, splitter in self._splitters().items():
            option.write(self.settings, splitter.saveState())
        if self._selected_id is not None:
            COCKPIT_ACCOUNT.write(self.settings, self._selected_id)
        if self.tam is not None and reads_every_cockpit(self.session.user.role):
            COCKPIT_TAM.write(self.settings, self.tam.id)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            self.save_state()
            self._tick_timer.stop()
            self._apply_timer.stop()
            self._refresh_timer.stop()
            self.session.changes_arrived.disconnect(self.on_changes)
            self.session.connection_changed.disconnect(self.on_connection)
            if self.on_call is not None:
                self.on_call.alerted.disconnect(self._alerted)
                if self._own_on_call:
                    self.on_call.stop()
            if self.owns_session:
                self.session.close()
        super().closeEvent(event)
