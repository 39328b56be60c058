"""The TAM's Severity 1 on-call (SPEC.md section 2: Premier's 24x7 on-call): watches
the signed-in TAM's accounts and raises an urgent notification for each new
Severity 1 case awaiting its first response, at any hour, muted or not, minimised
or not. Clicking the notification asks to open the case (:attr:`case_activated`).

It reads with one light query (:meth:`CockpitService.urgent_cases`) when it starts,
after changes arrive from the feed (a burst is read once) and every minute as a
safety net; which cases alert is decided by :class:`TamAlertWatcher` in the core.
One on-call per signed-in session: :meth:`TamOnCall.of` finds the one attached to
a session, so a second window does not alert a second time.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from console.domain.cases import Role
from console.logs import get_logger
from console.services.infrastructure.feed import Change
from console.services.readmodels.alerts import Alert
from console.services.readmodels.cockpit import CockpitService
from console.services.readmodels.tam_alerts import TamAlertWatcher
from ui.errors import error_text
from ui.handlers import OneAtATime
from ui.notifier import Notifier
from ui.session import ConsoleSession

log = get_logger(__name__)

APPLY_DELAY_MS = 150
SAFETY_POLL_MS = 60_000
_RELEVANT = frozenset({"case", "account"})


def cockpit_service(session: ConsoleSession) -> CockpitService:
    """The session's cockpit use cases."""
    return session.services.cockpit


class TamOnCall(QObject):
    """Raises the urgent Severity 1 notification for the session's TAM."""

    alerted = Signal(object)  # Alert, after it was shown
    case_activated = Signal(int)  # case number: the user clicked the notification

    def __init__(self, session: ConsoleSession, notifier: Notifier, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else session)
        if session.user.role is not Role.TAM:
            raise ValueError(
                f"{session.user.name} is a {session.user.role.value}, not a TAM: nobody to put on call"
            )
        self.session = session
        self.notifier = notifier
        self.watcher = TamAlertWatcher(session.user.id)
        self._service = cockpit_service(session)
        self._checks = OneAtATime(self._check)  # one read at a time; news meanwhile reads again
        self._stopped = False
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.timeout.connect(self.check)
        self._poll_timer = QTimer(self)
        self._poll_timer.timeout.connect(self.check)
        notifier.clicked.connect(self.case_activated)
        session.changes_arrived.connect(self.on_changes)

    @classmethod
    def of(cls, session: ConsoleSession) -> TamOnCall | None:
        """The on-call attached to ``session`` (as its child), if any."""
        for child in session.children():
            if isinstance(child, TamOnCall) and not child._stopped:
                return child
        return None

    def start(self) -> None:
        """Take the baseline now and follow the feed (the session's live feed must run)."""
        self._poll_timer.start(SAFETY_POLL_MS)
        self.check()

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self._apply_timer.stop()
        self._poll_timer.stop()
        self.session.changes_arrived.disconnect(self.on_changes)

    @Slot(object)
    def on_changes(self, changes: tuple[Change, ...]) -> None:
        if any(change.entity in _RELEVANT for change in changes) and not self._apply_timer.isActive():
            self._apply_timer.start(APPLY_DELAY_MS)

    def check(self) -> None:
        """Read the TAM's open Severity 1 cases and alert for the new ones."""
        if self._stopped:
            return
        self._checks.request()

    async def _check(self) -> None:
        user = self.session.user.id
        try:
            cases = await self.session.call(self._service.urgent_cases, user, user)
        except Exception as error:
            # The safety poll and the next change try again; the baseline is kept.
            log.warning("on-call check failed: %s", error_text(error))
            if self._checks.again and not self._stopped:
                self._checks.again = False
                QTimer.singleShot(1000, self, self.check)
            return
        if self._stopped:
            return
        for alert in self.watcher.update(cases):
            self._raise(alert)

    def _raise(self, alert: Alert) -> None:
        self.notifier.notify_urgent(alert, self.tr("Premier 24x7 on-call · click to open the case"))
        self.alerted.emit(alert)
