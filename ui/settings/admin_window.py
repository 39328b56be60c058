"""The administration window: tabs for the plans' targets, the support calendar,
exam sessions, users and roles, this workstation's connection profiles, the
queue's rule chain and the mail service (its settings, passwords kept in this
machine's keyring, a server check and the messages it could not read).

It holds no rules: every check and every recompute happens in
:mod:`console.services.usecases` (targets, support_calendar, risk_thresholds,
user_roles, exams, queue_rules, mail_settings), on worker threads
(``ConsoleSession.call``). It follows the change feed: a set-up change by anyone
(policy, calendar, exam, plan, user, mail settings, unreadable mail) reloads the visible tab — unless it holds
unsaved edits, which are kept — and marks the others for reloading when shown.
A user who is not an admin sees the set-up read-only, with a notice saying why;
the core refuses their writes anyway. Team leads open it for the queue rules,
which they may change (SPEC.md section 4).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from console.domain.permissions import Action, allowed
from console.services.infrastructure.connections import ProfileStore
from console.services.infrastructure.feed import Change
from ui.options import ADMIN_GEOMETRY, ADMIN_TAB
from ui.session import ConsoleSession
from ui.settings.calendar_tab import CalendarTab
from ui.settings.exams_tab import ExamsTab
from ui.settings.mail_tab import MailTab
from ui.settings.profiles_tab import ProfilesTab
from ui.settings.queue_rules_tab import QueueRulesTab
from ui.settings.setup_tab import SetupTab
from ui.settings.targets_tab import TargetsTab
from ui.settings.users_tab import UsersTab
from ui.widgets.banner import Banner
from ui.widgets.plain_text import plain_label
from ui.widgets.screen_fit import restore_geometry
from ui.wording import role_label, role_word

APPLY_DELAY_MS = 150  # a burst of changes is read once
SETUP_CHANGES = frozenset({"policy", "calendar", "exam", "plan", "user", "mail_settings", "unreadable"})
# Which tabs each kind of change touches (the others need no reload).
_TABS_FOR = {
    "policy": ("targets", "calendar", "queue_rules"),
    "plan": ("targets",),
    "calendar": ("calendar",),
    "exam": ("exams",),
    "user": ("users",),
    "mail_settings": ("mail",),
    "unreadable": ("mail",),
}


TAB_ACTIONS: dict[str, Action] = {
    "targets": Action.CHANGE_TARGETS,
    "calendar": Action.CHANGE_CALENDAR,
    "exams": Action.EDIT_EXAM_SESSIONS,
    "users": Action.MANAGE_USERS,
    "queue_rules": Action.CHANGE_QUEUE_RULES,
    "mail": Action.CONFIGURE_MAIL,
}
"""What each tab changes; the connection profiles tab is this workstation's own."""


class AdminWindow(QMainWindow):
    def __init__(
        self, session: ConsoleSession, settings: QSettings, profiles: ProfileStore | None = None
    ) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.owns_session = False  # set when this window is the whole application
        self._closed = False
        self._pending: set[str] = set()
        self._pending_by_others: set[str] = set()  # tabs a change not their own echo touched
        self.setWindowTitle(self.tr("Administration — Support Console"))
        # Each tab is editable for whom the permission table lets make its change.
        self.locked_tabs = [
            name for name, action in TAB_ACTIONS.items() if not allowed(session.user.role, action)
        ]
        self.read_only = bool(self.locked_tabs)

        self.banner = Banner(self)
        heading = QLabel(self.tr("Administration"), self)
        heading.setProperty("heading", True)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(False)
        self.targets_tab = TargetsTab(session, self)
        self.calendar_tab = CalendarTab(session, self)
        self.exams_tab = ExamsTab(session, self)
        self.users_tab = UsersTab(session, self)
        self.profiles_tab = ProfilesTab(session, profiles, self)
        self.queue_rules_tab = QueueRulesTab(session, self)
        self.mail_tab = MailTab(session, self)
        self.by_name: dict[str, SetupTab] = {
            "targets": self.targets_tab,
            "calendar": self.calendar_tab,
            "exams": self.exams_tab,
            "users": self.users_tab,
            "profiles": self.profiles_tab,
            "queue_rules": self.queue_rules_tab,
            "mail": self.mail_tab,
        }
        self.tabs.addTab(self.targets_tab, self.tr("Plans && targets"))
        self.tabs.addTab(self.calendar_tab, self.tr("Support calendar"))
        self.tabs.addTab(self.exams_tab, self.tr("Exam sessions"))
        self.tabs.addTab(self.users_tab, self.tr("Users && roles"))
        self.tabs.addTab(self.profiles_tab, self.tr("Connection profiles"))
        self.tabs.addTab(self.queue_rules_tab, self.tr("Queue rules"))
        self.tabs.addTab(self.mail_tab, self.tr("Mail"))

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(14, 12, 14, 10)
        column.setSpacing(8)
        column.addWidget(heading)
        column.addWidget(self.banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.status_user = plain_label(
            self.tr("{0} · {1}").format(session.user.name, role_label(session.user.role)), self
        )
        self.statusBar().addWidget(self.status_user)

        tab_titles = {
            name: self.tabs.tabText(self.tabs.indexOf(self.by_name[name])).replace("&&", "&")
            for name in self.by_name
        }
        locked = ", ".join(tab_titles[name] for name in self.locked_tabs)
        editable = ", ".join(tab_titles[name] for name in TAB_ACTIONS if name not in self.locked_tabs)
        # English reads "{2} is" for one tab and "{2} are" for more (the English catalogue's forms).
        self.read_only_notice = self.tr(
            "You are signed in as {0} ({1}): {2} [is|are] shown read-only.", "", len(self.locked_tabs)
        ).format(session.user.name, role_word(session.user.role), locked)
        if editable:
            self.read_only_notice += " " + self.tr("You change: {0}.").format(editable)
        if self.read_only:
            self.banner.show_message(self.read_only_notice)
            for name in self.locked_tabs:
                self.by_name[name].set_read_only(True)

        refresh = QAction(self.tr("Reload"), self)
        refresh.setShortcut(QKeySequence("F5"))
        refresh.triggered.connect(self.reload_current)
        self.addAction(refresh)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence("Ctrl+W"))
        close.triggered.connect(self.close)
        self.addAction(close)

        self._offline = False
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.timeout.connect(self._apply_pending)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.session.changes_arrived.connect(self.on_changes)
        self.session.connection_changed.connect(self.on_connection)
        self._restore_state()

    # -- loading and live changes ---------------------------------------------------------

    def start(self) -> None:
        """Load the visible tab and follow the change feed."""
        self.session.start_live()
        self.reload_current()

    def current_tab(self) -> SetupTab:
        widget = self.tabs.currentWidget()
        assert isinstance(widget, SetupTab)
        return widget

    def reload_current(self) -> None:
        if not self._closed:
            self.current_tab().reload()

    def _tab_shown(self, _index: int) -> None:
        tab = self.current_tab()
        if tab.stale and not tab.has_unsaved():
            tab.reload()

    @Slot(object)
    def on_changes(self, changes: tuple[Change, ...]) -> None:
        setup = [c for c in changes if c.entity in SETUP_CHANGES]
        touched = {name for c in setup for name in _TABS_FOR[c.entity]}
        if touched:
            self._pending |= touched
            me = self.session.user.id
            self._pending_by_others |= {
                name
                for c in setup
                for name in _TABS_FOR[c.entity]
                if c.actor_id != me or not self.by_name[name].expects_echo()
            }
            if not self._apply_timer.isActive():
                self._apply_timer.start(APPLY_DELAY_MS)

    def _apply_pending(self) -> None:
        if self._closed:
            return
        names, self._pending = self._pending, set()
        others, self._pending_by_others = self._pending_by_others, set()
        current = self.current_tab()
        for name in names:
            tab = self.by_name[name]
            if tab is current:
                tab.on_external_change(by_others=name in others)
            else:
                tab.stale = True

    @Slot(bool, str)
    def on_connection(self, connected: bool, message: str) -> None:
        if connected:
            was_offline, self._offline = self._offline, False
            if self.read_only:
                self.banner.show_message(self.read_only_notice)
            else:
                self.banner.clear()
            if was_offline and not self._closed:
                # Catch up on what changed meanwhile, keeping the user's unsaved edits.
                self.current_tab().on_external_change(by_others=True)
        else:
            self._offline = True
            self.banner.show_message(
                self.tr("The database is unreachable — reconnecting… Nothing is saved until it is back.")
                + (f" ({message})" if message else "")
            )

    # -- persistence ------------------------------------------------------------------------

    def _restore_state(self) -> None:
        restore_geometry(self, ADMIN_GEOMETRY.read(self.settings), 1180, 720)
        index = ADMIN_TAB.read(self.settings)
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def save_state(self) -> None:
        ADMIN_GEOMETRY.write(self.settings, self.saveGeometry())
        ADMIN_TAB.write(self.settings, self.tabs.currentIndex())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            self.save_state()
            self._apply_timer.stop()
            self.session.changes_arrived.disconnect(self.on_changes)
            self.session.connection_changed.disconnect(self.on_connection)
            if self.owns_session:
                self.session.close()
        super().closeEvent(event)


__all__ = ["AdminWindow"]
