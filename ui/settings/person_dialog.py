"""Adding a person: their name, the login they sign in with (made from the name
as it is typed, until the admin edits it), role, team, languages and email —
checked as they are typed, so that Add is only offered for what the core will
take (it checks again)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.cases import Role
from console.domain.people import LOGIN_MAX, login_from_name, login_problem
from ui.errors import as_sentence
from ui.theme import set_tone
from ui.widgets.plain_text import plain
from ui.wording import role_label


@dataclass(frozen=True)
class PersonForm:
    name: str
    login: str
    role: Role
    team: str | None
    languages: list[str]
    email: str | None


def languages_of(text: str) -> list[str]:
    return [code.strip().lower() for code in text.split(",") if code.strip()]


class PersonDialog(QDialog):
    def __init__(
        self,
        names: Collection[str] = (),
        logins: Collection[str] = (),
        teams: Collection[str] = (),
        shared_server: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``names`` and ``logins`` are taken already; ``teams`` are offered to pick."""
        super().__init__(parent)
        self._names = {name.casefold() for name in names}
        self._logins = set(logins)
        self._login_edited = False
        self.setWindowTitle(self.tr("Add a person"))
        self.setMinimumWidth(500)

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Full name, e.g. Aisha Rahman"))
        self.login_edit = QLineEdit(self)
        self.login_edit.setMaxLength(LOGIN_MAX)
        self.login_edit.setPlaceholderText(self.tr("made from the name"))
        self.role_box = QComboBox(self)
        for role in Role:
            self.role_box.addItem(role_label(role), role.value)
        self.team_box = QComboBox(self)
        self.team_box.setEditable(True)
        self.team_box.addItem("")
        self.team_box.addItems(sorted(set(teams), key=str.casefold))
        line = self.team_box.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("No team"))
        self.languages_edit = QLineEdit("en", self)
        self.languages_edit.setPlaceholderText(self.tr("e.g. en, de"))
        self.email_edit = QLineEdit(self)
        self.email_edit.setPlaceholderText(self.tr("Optional"))

        self.problem_label = plain(QLabel(self))
        self.problem_label.setWordWrap(True)
        set_tone(self.problem_label, "breached")
        note = QLabel(
            self.tr(
                "They sign in with the login and a one-time password shown to you next; "
                "they choose their own password at first sign-in."
            )
            if shared_server
            else self.tr("A local database has no passwords: whoever can open the file can use it."),
            self,
        )
        note.setWordWrap(True)
        note.setProperty("muted", True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = QPushButton(self.tr("Add person"), self)
        self.add_button.setProperty("primary", True)
        self.add_button.setDefault(True)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Login"), self.login_edit)
        form.addRow(self.tr("Role"), self.role_box)
        form.addRow(self.tr("Team"), self.team_box)
        form.addRow(self.tr("Languages"), self.languages_edit)
        form.addRow(self.tr("Email"), self.email_edit)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self.name_edit.textChanged.connect(self._name_changed)
        self.login_edit.textEdited.connect(self._login_edited_by_hand)
        for edit in (self.login_edit, self.languages_edit, self.email_edit):
            edit.textChanged.connect(self._check)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._check()

    # -- the login follows the name until edited -----------------------------------------------

    def _name_changed(self, name: str) -> None:
        if not self._login_edited:
            self.login_edit.setText(login_from_name(name, self._logins) if name.strip() else "")
        self._check()

    def _login_edited_by_hand(self, text: str) -> None:
        # Emptied by hand: follow the name again.
        self._login_edited = bool(text)
        if not text and self.name_edit.text().strip():
            self._name_changed(self.name_edit.text())

    # -- checking ---------------------------------------------------------------------------------

    def problem(self) -> str | None:
        """Why the person cannot be added as typed, in one sentence; None when they can."""
        name = " ".join(self.name_edit.text().split())
        login = self.login_edit.text().strip()
        if not name:
            return self.tr("Type the person's name.")
        if name.casefold() in self._names:
            return self.tr("{0} is already a person here.").format(name)
        problem = login_problem(login)
        if problem is not None:
            return as_sentence(problem)
        if login in self._logins:
            return self.tr("The login {0} is taken.").format(login)
        if not languages_of(self.languages_edit.text()):
            return self.tr("Name at least one language, e.g. en.")
        email = self.email_edit.text().strip()
        if email and ("@" not in email or " " in email):
            return self.tr("{0} is not an email address.").format(email)
        return None

    def _check(self) -> None:
        problem = self.problem()
        # An empty name is the starting point, not a mistake worth red text.
        shown = problem if problem and self.name_edit.text().strip() else ""
        self.problem_label.setText(shown or "")
        self.problem_label.setVisible(bool(shown))
        self.add_button.setEnabled(problem is None)

    def form(self) -> PersonForm:
        team = " ".join(self.team_box.currentText().split())
        email = self.email_edit.text().strip()
        return PersonForm(
            name=" ".join(self.name_edit.text().split()),
            login=self.login_edit.text().strip(),
            role=Role(str(self.role_box.currentData())),
            team=team or None,
            languages=languages_of(self.languages_edit.text()),
            email=email or None,
        )

    def _accept(self) -> None:
        if self.problem() is None:
            self.accept()
