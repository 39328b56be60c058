"""The agent console: the live queue, and beside it — once a case is selected —
the case with its chat as a second tab; claim-next, alerts, themes and the
keyboard help on top. With no case the queue has the whole width (a 1280-pixel
laptop reads its SLA, severity, account and subject columns in full), and the
window opens within its screen and never grows by itself: its panes give way
rather than push the window wider.

The window holds no rules: order, clocks and states come from ``console``. It never
waits on the database: loading, applying the change feed and filtering run on
worker threads (``await session.call(...)``); the GUI thread only swaps in finished rows
and repaints the visible countdowns once a second.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial

from PySide6.QtCore import QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.cases import Role
from console.logs import get_logger
from console.services.errors import NothingToClaim, ServiceError
from console.services.infrastructure.feed import Change
from console.services.readmodels.alerts import AlertWatcher
from console.services.readmodels.live_queue import LiveQueue
from console.services.readmodels.queue import QueueSnapshot
from console.services.readmodels.snapshots import CaseDetail
from ui.accounts.tam_on_call import TamOnCall
from ui.case.case_view import CaseView
from ui.case.chat_pane import ChatPane
from ui.errors import error_text
from ui.handlers import Latest, start
from ui.notifier import Notifier
from ui.options import CASE_WIDTH, THEME, WINDOW_GEOMETRY
from ui.queue.queue_filter_spec import QueueFilterSpec, apply_filter
from ui.queue.queue_view import QueueView
from ui.session import ConsoleSession, is_connection_error
from ui.theme import DARK, LIGHT, ThemeName, apply_theme, current_theme
from ui.triage.unknown_senders_window import UnknownSendersWindow
from ui.views import View, create_view, start_view, view_title, views_for
from ui.widgets.action_icons import action_icon
from ui.widgets.app_icon import app_icon
from ui.widgets.banner import Banner
from ui.widgets.help_overlay import HelpOverlay
from ui.widgets.keys_text import keys_text
from ui.widgets.language_menu import LanguageMenu
from ui.widgets.plain_text import plain
from ui.widgets.screen_fit import restore_geometry
from ui.widgets.time_text import clock_text
from ui.widgets.toolbar_fit import ToolbarFit
from ui.wording import role_label

log = get_logger(__name__)

APPLY_DELAY_MS = 150  # a burst of changes is applied as one
PREFERRED_SIZE = (1600, 1000)  # on a screen with room for it; else the screen's available area
CASE_SHARE = 0.45  # of the splitter's width for the case side, until the user drags it


class MainWindow(QMainWindow):
    def __init__(self, session: ConsoleSession, settings: QSettings | None = None) -> None:
        super().__init__()
        self.session = session
        self.settings = settings or QSettings()
        self.setWindowTitle(self.tr("Support Console — {0}").format(session.user.name))
        self.setWindowIcon(app_icon())
        self.live = LiveQueue(session.services.queue)
        self.snapshot: QueueSnapshot | None = None
        self.watcher = AlertWatcher(session.user.id)
        self._pending: list[Change] = []
        self._busy = False
        self._filtering = Latest()  # a newer filter or snapshot wins
        self._shown_case: int | None = None
        self._closed = False
        self.views: dict[View, QWidget] = {}
        self.triage_window: UnknownSendersWindow | None = None
        self.unknown_count: int | None = None
        self._counting = Latest()  # the newest count of unknown senders' mail wins

        self.banner = Banner(self)
        self.queue_view = QueueView(self)
        self.queue_view.count_label.hide()  # the status bar says "N of M open cases"
        self.case_view = CaseView(session, self)
        self.chat_pane = ChatPane(session, self)
        # The case and its chat share one side as tabs: side by side with the queue
        # they took 850 px of a 1366 px laptop and squeezed the queue to nothing.
        self.case_side = QTabWidget(self)
        self.case_side.setObjectName("case_side")
        self.case_side.setDocumentMode(True)
        # No base line across the tab bar: the tabs' accent underline marks the
        # current one, and the line drew a stray rule above the tabs (bright in dark).
        self.case_side.tabBar().setDrawBase(False)
        self.case_side.addTab(self.case_view, self.tr("Case"))
        self.case_side.addTab(self.chat_pane, self.tr("Chat"))
        self.close_case_button = QToolButton(self.case_side)
        self.close_case_button.setText(self.tr("Close"))
        self.close_case_button.setAutoRaise(True)
        self.close_case_button.setIcon(action_icon("close"))
        self.close_case_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.close_case_button.setToolTip(self.tr("Close the case and give the queue the whole width"))
        self.close_case_button.clicked.connect(self.close_case)
        self.case_side.setCornerWidget(self.close_case_button, Qt.Corner.TopRightCorner)
        self.case_side.hide()  # until a case is selected: no empty "No case selected." panes
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.queue_view)
        self.splitter.addWidget(self.case_side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(self._case_side_moved)
        self._case_width: int | None = None
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(10, 8, 10, 6)
        column.setSpacing(8)
        column.addWidget(self.banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.status_user = plain(QLabel(self))
        self.status_live = QLabel(self)
        self.status_counts = QLabel(self)
        self.statusBar().addWidget(self.status_user)
        self.statusBar().addWidget(self.status_counts)
        self.statusBar().addPermanentWidget(self.status_live)
        self.status_user.setText(
            self.tr("{0} · {1} · {2}").format(
                session.user.name, role_label(session.user.role), _describe_db(session)
            )
        )

        self.notifier = Notifier(self, app_icon())
        self.notifier.clicked.connect(self.open_case)
        # A TAM is on call 24x7 for Severity 1 on their Premier accounts (SPEC.md
        # section 2); the notification also opens the case through the notifier.
        self.on_call = TamOnCall(session, self.notifier) if session.user.role is Role.TAM else None
        self.help = HelpOverlay(self)
        self._build_actions()

        self.queue_view.filter_changed.connect(self.refilter)
        self.queue_view.case_activated.connect(self.open_case)
        self.case_view.case_changed.connect(lambda _number: self._schedule_apply())
        # The case is read once, by the case view; the chat pane shows the same detail.
        self.case_view.detail_loaded.connect(self.chat_pane.show_detail)
        self.case_view.detail_loaded.connect(self._show_chat_news)
        self.session.changes_arrived.connect(self.on_changes)
        self.session.connection_changed.connect(self.on_connection)

        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.timeout.connect(self._apply_pending)
        self._tick_timer = QTimer(self)
        self._tick_timer.timeout.connect(self.tick)

        self._restore_state()

    # -- actions and shortcuts ------------------------------------------------------

    def _build_actions(self) -> None:
        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setMovable(False)
        self.toolbar_fit = ToolbarFit(toolbar)  # icons beside the texts while they fit
        self.addToolBar(toolbar)
        self.shortcuts: list[tuple[str, str]] = []

        def action(
            text: str,
            keys: Sequence[str],
            slot: Callable[[], object],
            checkable: bool = False,
            on_bar: bool = True,
        ) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.setCheckable(checkable)
            act.triggered.connect(slot)
            self.addAction(act)
            if on_bar:
                toolbar.addAction(act)
            self.shortcuts.append((keys_text(*keys), text.replace("&", "")))
            return act

        self.claim_action = action(self.tr("Claim next"), ["Ctrl+N"], self.claim_next)
        self.refresh_action = action(self.tr("Refresh"), ["F5"], self.reload_queue)
        self.claim_action.setIcon(action_icon("claim-next"))
        self.refresh_action.setIcon(action_icon("refresh"))
        # Mail from addresses no account knows waits without a clock: the count
        # on the toolbar is how agents learn that some is there.
        self.unknown_action = action(self.tr("Unknown senders"), ["Ctrl+U"], self.open_unknown_senders)
        self.unknown_action.setIcon(action_icon("unknown-senders"))
        self.unknown_action.setToolTip(
            self.tr("Mail from addresses no account knows, waiting to be linked or closed (Ctrl+U)")
        )
        toolbar.addSeparator()
        self.view_actions: dict[View, QAction] = {}
        for spec in views_for(self.session.user.role):
            self.view_actions[spec.view] = action(
                view_title(spec.title), [spec.shortcut], partial(self.open_view, spec.view)
            )
            self.view_actions[spec.view].setIcon(action_icon(spec.view.value))
        if self.view_actions:
            toolbar.addSeparator()
        self.mute_action = action(self.tr("Mute alerts 30 min"), ["Ctrl+M"], self.toggle_mute, checkable=True)
        self.theme_action = action(self.tr("Dark theme"), ["Ctrl+Shift+L"], self.toggle_theme, checkable=True)
        self.language_menu = LanguageMenu(self.settings, self)
        self.language_menu.chosen.connect(lambda note: self.statusBar().showMessage(note, 8000))
        self.language_menu.menuAction().setIcon(action_icon("language"))
        toolbar.addAction(self.language_menu.menuAction())
        language_button = toolbar.widgetForAction(self.language_menu.menuAction())
        if isinstance(language_button, QToolButton):
            language_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.help_action = action(self.tr("Shortcuts"), ["F1", "?"], self.show_help)
        self.mute_action.setIcon(action_icon("mute"))
        self.theme_action.setIcon(action_icon("theme"))
        self.help_action.setIcon(action_icon("help"))
        find = action(self.tr("Find in queue"), ["Ctrl+F"], self._focus_search, on_bar=False)
        find.setIcon(action_icon("search"))
        action(self.tr("Go to the reply box"), ["Ctrl+R"], self._focus_reply, on_bar=False)
        action(self.tr("Go to the chat composer"), ["Ctrl+T"], self._focus_chat, on_bar=False)
        action(self.tr("Go to the queue"), ["Ctrl+L"], self._focus_queue, on_bar=False)
        action(self.tr("Quit"), ["Ctrl+Q"], self.close, on_bar=False)
        self.shortcuts += [
            (keys_text("Ctrl+Enter"), self.tr("Send the reply")),
            (keys_text("Ctrl+Shift+Enter"), self.tr("Add the text as an internal note")),
            (keys_text("Enter", "Shift+Enter"), self.tr("In chat: send / new line")),
        ]
        self.help.set_shortcuts(self.shortcuts)
        self.theme_action.setChecked(current_theme().name is ThemeName.DARK)

    # -- queue ------------------------------------------------------------------------

    def start(self) -> None:
        """Load the queue and follow the change feed."""
        self.reload_queue()
        self.refresh_unknown_count()
        self.session.start_live()
        self._tick_timer.start(1000)
        if self.on_call is not None:
            self.on_call.start()
            self.open_view(View.COCKPIT)  # a TAM's day runs from the cockpit

    def reload_queue(self) -> None:
        if self._closed:
            return
        if self._busy:
            QTimer.singleShot(200, self, self.reload_queue)
            return
        self._busy = True
        self.status_counts.setText(self.tr("Loading the queue…"))
        start(self._load_queue())

    async def _load_queue(self) -> None:
        try:
            snapshot = await self.session.call(self.live.load)
        except Exception as error:
            self._busy = False
            if is_connection_error(error):
                QTimer.singleShot(2000, self, self.reload_queue)
            else:
                self.statusBar().showMessage(error_text(error), 8000)
            return
        self._snapshot_ready(snapshot)

    def _snapshot_ready(self, snapshot: QueueSnapshot) -> None:
        self._busy = False
        self.snapshot = snapshot
        self.queue_view.set_languages(sorted({row.case.language for row in snapshot.rows}))
        self.refilter()
        for alert in self.watcher.update(snapshot.rows):
            self.notifier.notify(alert)
        if self._pending:
            self._schedule_apply()

    def refilter(self) -> None:
        if self.snapshot is None or self._closed:
            return
        self._filtering.run(self._show_filtered(self.snapshot, self.queue_view.current_filter()))

    async def _show_filtered(self, snapshot: QueueSnapshot, spec: QueueFilterSpec) -> None:
        rows = await self.session.call(apply_filter, snapshot.rows, spec, self.session.user.id)
        self.queue_view.set_rows(rows, snapshot.programme, datetime.now(UTC))
        self.status_counts.setText(self.tr("{0} of {1} open cases").format(len(rows), len(snapshot.rows)))

    @Slot(object)
    def on_changes(self, changes: tuple[Change, ...]) -> None:
        self._pending.extend(changes)
        self.case_view.on_changes(changes)  # its reload reaches the chat pane too
        if any(c.entity == "triage" for c in changes):
            self.refresh_unknown_count()
        self._schedule_apply()

    def _schedule_apply(self) -> None:
        if not self._apply_timer.isActive():
            self._apply_timer.start(APPLY_DELAY_MS)

    def _apply_pending(self) -> None:
        if self._closed:
            return
        if self._busy or self.snapshot is None:
            self._apply_timer.start(APPLY_DELAY_MS)
            return
        changes, self._pending = self._pending, []
        self._busy = True
        start(self._apply(changes))

    async def _apply(self, changes: list[Change]) -> None:
        try:
            snapshot, _changed = await self.session.call(self.live.apply, changes)
        except Exception as error:
            self._busy = False
            self._pending = changes + self._pending  # try again; nothing is lost
            if not is_connection_error(error):
                log.error("applying changes failed: %s", error)
            QTimer.singleShot(1000, self, self._schedule_apply)
            return
        self._snapshot_ready(snapshot)
        self.status_live.setText(
            self.tr("Live · updated {0}").format(clock_text(datetime.now(UTC), seconds=True))
        )

    def tick(self) -> None:
        """Once a second: re-read the clocks of the visible rows only."""
        if self.snapshot is None:
            return
        self.queue_view.tick(datetime.now(UTC))

    # -- cases --------------------------------------------------------------------

    @Slot(int)
    def open_case(self, number: int) -> None:
        if number == self._shown_case:
            return
        self._shown_case = number
        self._show_case_side()
        self.queue_view.select_case(number)
        self.case_view.show_case(number)

    def close_case(self) -> None:
        """Fold the case side away; the queue takes the whole width again."""
        self._remember_case_width()
        self.case_side.hide()
        self._shown_case = None
        self.queue_view.table.clearSelection()
        self.queue_view.focus_table()

    def _show_case_side(self) -> None:
        if self.case_side.isVisible():
            return
        self.case_side.show()
        total = sum(self.splitter.sizes()) or self.splitter.width()
        wanted = self._case_width or int(total * CASE_SHARE)
        side = max(
            self.case_side.minimumSizeHint().width(),
            min(wanted, total - self.queue_view.minimumSizeHint().width()),
        )
        self.splitter.setSizes([max(0, total - side), side])

    def _case_side_moved(self, _position: int, _index: int) -> None:
        self._remember_case_width()

    def _remember_case_width(self) -> None:
        if self.case_side.isVisible():
            self._case_width = self.splitter.sizes()[1]

    @Slot(object)
    def _show_chat_news(self, detail: CaseDetail) -> None:
        """The chat tab says when the customer wrote and nobody has read it yet."""
        unread = detail.summary.unread_chat
        title = self.tr("Chat · {0} unread").format(unread) if unread > 0 else self.tr("Chat")
        self.case_side.setTabText(self.case_side.indexOf(self.chat_pane), title)

    def claim_next(self) -> None:
        if not self._closed:
            start(self._claim_next())

    async def _claim_next(self) -> None:
        self.claim_action.setEnabled(False)
        try:
            case = await self.session.call(self.session.services.cases.claim_next, self.session.user.name)
        except NothingToClaim:
            self.statusBar().showMessage(self.tr("Nothing to claim: the queue has no case for you."), 6000)
            return
        except ServiceError as error:
            self.statusBar().showMessage(error_text(error), 8000)
            return
        except Exception:
            self.statusBar().showMessage(self.tr("Could not claim: the database is unreachable."), 8000)
            return
        finally:
            self.claim_action.setEnabled(True)
        self.statusBar().showMessage(self.tr("You claimed #{0}").format(case.number), 5000)
        self._schedule_apply()
        self._shown_case = None
        self.open_case(case.number)

    # -- unknown senders -------------------------------------------------------------

    def refresh_unknown_count(self) -> None:
        """Read how many unknown senders' threads wait (on a worker); the toolbar says it."""
        if not self._closed:
            self._counting.run(self._count_unknown())

    async def _count_unknown(self) -> None:
        try:
            waiting = await self.session.call(self.session.services.triage.waiting)
        except Exception as error:
            if not is_connection_error(error):
                log.error("counting unknown senders' mail failed: %s", error)
            return
        self.show_unknown_count(len(waiting))

    @Slot(int)
    def show_unknown_count(self, count: int) -> None:
        self.unknown_count = count
        self.unknown_action.setText(
            self.tr("Unknown senders ({0})").format(count) if count else self.tr("Unknown senders")
        )

    def open_unknown_senders(self) -> UnknownSendersWindow:
        """Show the unknown senders' window (one), opening it on first use."""
        window = self.triage_window
        if window is None:
            window = self.triage_window = UnknownSendersWindow(self.session, self.settings)
            window.case_opened.connect(self._open_from_view)
            window.count_changed.connect(self.show_unknown_count)
            window.show()
            window.start()
        else:
            if window.isMinimized():
                window.showNormal()
            window.show()
            window.reload()
        window.raise_()
        window.activateWindow()
        return window

    # -- the other windows -------------------------------------------------------------

    def open_view(self, view: View) -> QWidget:
        """Show ``view``'s window (one per view), opening it on first use."""
        window = self.views.get(view)
        if window is None:
            window = create_view(view, self.session, self.settings)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self.views[view] = window
            if view is View.COCKPIT and hasattr(window, "case_activated"):
                window.case_activated.connect(self._open_from_view)
            window.show()
            start_view(window)
        elif window.isMinimized():
            window.showNormal()
        else:
            window.show()
        window.raise_()
        window.activateWindow()
        return window

    @Slot(int)
    def _open_from_view(self, number: int) -> None:
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        self._shown_case = None
        self.open_case(number)

    # -- connection, alerts, theme, help --------------------------------------------------

    @Slot(bool, str)
    def on_connection(self, connected: bool, message: str) -> None:
        if connected:
            if self.banner.isVisible():
                self.banner.clear()
                self.reload_queue()
            self.status_live.setText(self.tr("Live"))
        else:
            self.banner.show_message(
                self.tr(
                    "The database is unreachable — reconnecting… Countdowns keep running and your text is kept."
                )
                + (f" ({message})" if message else "")
            )
            self.status_live.setText(self.tr("Offline"))

    def toggle_mute(self) -> None:
        if self.notifier.muted:
            self.notifier.unmute()
            self.mute_action.setChecked(False)
            self.statusBar().showMessage(self.tr("Alerts are on."), 4000)
        else:
            self.notifier.mute(30)
            self.mute_action.setChecked(True)
            self.statusBar().showMessage(self.tr("Alerts muted for 30 minutes."), 4000)

    def toggle_theme(self) -> None:
        theme = LIGHT if current_theme().name is ThemeName.DARK else DARK
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self.theme_action.setChecked(theme is DARK)
        THEME.write(self.settings, theme.name.value)
        self.queue_view.update()

    def show_help(self) -> None:
        self.help.open()

    def _focus_search(self) -> None:
        self.queue_view.focus_search()

    def _focus_reply(self) -> None:
        if self._shown_case is not None:
            self._show_case_side()
            self.case_side.setCurrentWidget(self.case_view)
        self.case_view.focus_reply()

    def _focus_chat(self) -> None:
        if self._shown_case is not None:
            self._show_case_side()
            self.case_side.setCurrentWidget(self.chat_pane)  # the chat comes forward
        self.chat_pane.focus_composer()

    def _focus_queue(self) -> None:
        self.queue_view.focus_table()

    # -- persistence ------------------------------------------------------------------

    def _restore_state(self) -> None:
        restore_geometry(self, WINDOW_GEOMETRY.read(self.settings), *PREFERRED_SIZE)
        width = CASE_WIDTH.read(self.settings)
        if isinstance(width, int | str) and str(width).isdigit() and int(width) > 0:
            self._case_width = int(width)
        self.queue_view.restore_state(self.settings)

    def save_state(self) -> None:
        WINDOW_GEOMETRY.write(self.settings, self.saveGeometry())
        self._remember_case_width()
        if self._case_width is not None:
            CASE_WIDTH.write(self.settings, self._case_width)
        self.queue_view.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            for window in self.views.values():
                window.close()  # they stop their timers before the session closes
            if self.triage_window is not None:
                self.triage_window.shutdown()
            self._counting.cancel()
            if self.on_call is not None:
                self.on_call.stop()
            self.save_state()
            self._tick_timer.stop()
            self._apply_timer.stop()
            self.session.changes_arrived.disconnect(self.on_changes)
            self.session.connection_changed.disconnect(self.on_connection)
            self.session.close()
        super().closeEvent(event)


def _describe_db(session: ConsoleSession) -> str:
    from console.services.infrastructure.connections import describe

    return describe(session.services.db.engine.url)
