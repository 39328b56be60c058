"""The local SQLite file's part of sign-in: no passwords, one person per OS
account. The first time it asks who you are (and remembers); afterwards it says
who you are, and a demo-only switch lets you act as someone else."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from console.services.readmodels.snapshots import UserView
from ui.wording import role_label

ROLE_ORDER = {"agent": 0, "lead": 1, "tam": 2, "admin": 3}


def people_order(users: tuple[UserView, ...]) -> list[UserView]:
    return sorted(users, key=lambda user: (ROLE_ORDER.get(user.role.value, 9), user.name))


class LocalPanel(QWidget):
    """``changed``: whether someone can be signed in may have changed;
    ``chosen_twice``: a person was double-clicked (sign in at once)."""

    changed = Signal()
    chosen_twice = Signal()
    rearranged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users: list[UserView] = []
        self._bound: UserView | None = None

        self.question = QLabel(self.tr("Who are you on this workstation?"), self)
        self.question.setProperty("subheading", True)
        self.you_are = QLabel("", self)
        self.you_are.setTextFormat(Qt.TextFormat.PlainText)
        self.you_are.setProperty("subheading", True)
        self.people = QListWidget(self)
        self.people.setMinimumHeight(150)
        self.people.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.people.setStyleSheet("QListWidget::item { padding: 3px 4px; }")
        self.act_as = QCheckBox(self.tr("Act as someone else (demo only)"), self)
        self.remember = QCheckBox(self.tr("Remember for this workstation"), self)
        self.note = QLabel(
            self.tr(
                "A local database is for one person's workstation and for the demo: "
                "whoever can open the file can change it."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setProperty("muted", True)
        for label in (self.question, self.you_are):
            font = label.font()
            font.setBold(True)
            label.setFont(font)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.you_are)
        layout.addWidget(self.act_as)
        layout.addWidget(self.question)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.remember)
        layout.addSpacing(4)
        layout.addWidget(self.note)

        self.act_as.toggled.connect(self._arrange)
        self.people.currentItemChanged.connect(lambda _now, _before: self.changed.emit())
        self.people.itemDoubleClicked.connect(lambda _item: self.chosen_twice.emit())
        self._loading = True
        self._arrange()

    def show_loading(self) -> None:
        """While the file opens: only the note, no one to choose yet."""
        self._loading = True
        self._users, self._bound = [], None
        self.people.clear()
        self._arrange()

    def show_people(self, users: tuple[UserView, ...], bound: UserView | None) -> None:
        """The active people, and the one this OS account is bound to (None the first time)."""
        self._users = people_order(users)
        self._bound = bound
        self.people.clear()
        for user in self._users:
            item = QListWidgetItem(f"{user.name} · {role_label(user.role)}", self.people)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
        self.people.setCurrentRow(-1)
        if bound is not None:
            self.you_are.setText(
                self.tr("You are {name} ({role})").format(name=bound.name, role=bound.role.value)
            )
        self.act_as.blockSignals(True)
        self.act_as.setChecked(False)
        self.act_as.blockSignals(False)
        self.remember.setChecked(False)
        self._loading = False
        self._arrange()

    @property
    def listing(self) -> bool:
        """Whether the list of people is shown (first time, or acting as someone else)."""
        return self._bound is None or self.act_as.isChecked()

    def _arrange(self) -> None:
        bound = self._bound is not None
        listing = self.listing and not self._loading
        self.you_are.setVisible(bound)
        self.question.setVisible(listing)
        self.question.setText(
            self.tr("Who are you on this workstation?") if not bound else self.tr("Act as:")
        )
        self.people.setVisible(listing)
        self.act_as.setVisible(bound)
        self.remember.setVisible(bound and self.act_as.isChecked())
        self.changed.emit()
        self.rearranged.emit()

    def chosen(self) -> UserView | None:
        """Who signs in: the bound person, or the one picked in the list."""
        if self._loading:
            return None
        if not self.listing:
            return self._bound
        item = self.people.currentItem()
        if item is None:
            return None
        user_id = item.data(Qt.ItemDataRole.UserRole)
        return next((user for user in self._users if user.id == user_id), None)

    def binds(self) -> bool:
        """Whether signing in makes the choice this OS account's person: always the
        first time; when acting as someone else only if asked."""
        return self._bound is None or (self.act_as.isChecked() and self.remember.isChecked())
