"""What every admin tab has in common: the session whose services it calls and
that runs its work off the GUI thread, a status line, a read-only switch for
users who are not admins, and "reload, unless the user has unsaved edits"."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractItemModel, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QWidget

from console.services.errors import Conflict
from ui.handlers import ErrorShown, Latest
from ui.session import ConsoleSession
from ui.settings.status_line import StatusLine, error_text
from ui.widgets.tables import set_up_row_table

T = TypeVar("T")

# How long after a tab's own write a change by its own user counts as that write's
# echo: the change log reaches the window within a second (notification or poll)
# plus the window's short batching delay; ten seconds leave room for a busy machine.
ECHO_SECONDS = 10.0


def row_table(model: QAbstractItemModel, parent: QWidget) -> QTableView:
    """A read-only table that selects whole rows, one at a time."""
    table = QTableView(parent)
    table.setModel(model)
    set_up_row_table(table, grid=True, wrap=True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def intro_label(text: str, parent: QWidget) -> QLabel:
    """The muted paragraph at the top of a tab that says what it is for."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setProperty("muted", True)
    return label


class SetupTab(QWidget):
    loaded = Signal()  # the tab shows fresh data

    def __init__(
        self,
        session: ConsoleSession,
        read: Callable[[], Any],
        show: Callable[[Any], None],
        parent: QWidget | None = None,
    ) -> None:
        """``read`` fetches what the tab shows (on a worker); ``show`` puts it on screen."""
        super().__init__(parent)
        self.session = session
        self._read = read
        self._show = show
        self.read_only = False
        self.stale = True
        self.busy = 0
        self._reloads = Latest()
        self._wrote_at: float | None = None
        self._writing = 0  # writes on a worker now
        self.status = StatusLine(self)

    @property
    def actor(self) -> str:
        return self.session.user.name

    def reload(self) -> None:
        """Read the tab's data again (the user's unsaved edits give way to it); the
        newest read wins."""
        self._reloads.run(self._reload())

    async def _reload(self) -> None:
        self._show(await self.call(self._read))

    # -- what tabs may refine --------------------------------------------------------------

    def has_unsaved(self) -> bool:
        return False

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only

    # -- running work --------------------------------------------------------------------

    async def call(self, work: Callable[..., T], *args: Any) -> T:
        """``work(*args)`` on a worker, counted in :attr:`busy`. An error lands in
        the status line (a lost version race reloads the tab) and ends the
        handler quietly (:class:`ErrorShown`)."""
        self.busy += 1
        try:
            return await self.session.call(work, *args)
        except Exception as error:
            self.status.show_error(error_text(error))
            if isinstance(error, Conflict):
                self.reload()
            raise ErrorShown(str(error)) from error
        finally:
            self.busy -= 1

    async def write(self, work: Callable[..., T], *args: Any) -> T:
        """:meth:`call` for work that changes the set-up: the change log's echo of
        it, arriving soon after, is then known for this tab's own (see
        :meth:`expects_echo`) and raises no "someone else changed" note."""
        self._writing += 1  # the echo may arrive before this coroutine resumes
        try:
            return await self.call(work, *args)
        finally:
            self._writing -= 1
            self._wrote_at = time.monotonic()

    def expects_echo(self) -> bool:
        """Whether this tab is writing or wrote a moment ago, so that a change by its
        own user now is most likely the echo of that write (the same person on another console
        within those seconds is taken for it too: they know what they changed)."""
        if self._writing:
            return True
        return self._wrote_at is not None and time.monotonic() - self._wrote_at < ECHO_SECONDS

    def on_external_change(self, by_others: bool = True) -> None:
        """The set-up changed: reload, unless that would drop the user's edits. Only
        a change ``by_others`` is worth a word: the user's own save or closure has
        already said what it did, and reloads what it touched."""
        if self.has_unsaved():
            if by_others:
                self.status.show_note(
                    self.tr("Someone else changed the set-up. Your unsaved edits are kept; save or reload.")
                )
            return
        self.reload()
