"""The "Link to account" question: which account the unknown sender's mail
belongs to (a list filtered as one types), the new case's severity (the mail
settings' default unless the agent picks another) and — only for people who may
add contacts — whether the sender becomes a contact of the account, so that
their next mail opens a case by itself. The dialog only asks; the caller links
on a worker thread."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from console.domain.plans import Severity
from ui.widgets.plain_text import plain_label
from ui.wording import severity_label


@dataclass(frozen=True, slots=True)
class LinkChoice:
    account: str
    severity: Severity
    add_contact: bool


class LinkDialog(QDialog):
    def __init__(
        self,
        sender: str,
        accounts: list[str],
        default_severity: int,
        may_add_contacts: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to account"))
        self.setMinimumWidth(460)
        intro = plain_label(
            self.tr(
                "Open a case for the mail from {0} on an account. Its clock starts when the mail arrived."
            ).format(sender),
            self,
        )
        intro.setWordWrap(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Type to filter the accounts"))
        self.filter_edit.setClearButtonEnabled(True)
        self.names = QStringListModel(accounts, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.names)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.account_list = QListView(self)
        self.account_list.setModel(self.proxy)
        self.account_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.account_list.setMinimumHeight(180)
        self.severity_box = QComboBox(self)
        for severity in Severity:
            self.severity_box.addItem(f"{int(severity)} {severity_label(severity)}", severity)
        self.severity_box.setCurrentIndex(max(0, self.severity_box.findData(Severity(default_severity))))
        self.contact_box = QCheckBox(self.tr("Add {0} as a contact of the account").format(sender), self)
        # Only people who may add contacts see the choice (the core refuses it for the others).
        self.may_add_contacts = may_add_contacts
        self.contact_box.setVisible(may_add_contacts)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.link_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.link_button.setText(self.tr("Link and open the case"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Account"), self.filter_edit)
        form.addRow("", self.account_list)
        form.addRow(self.tr("Severity"), self.severity_box)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.contact_box)
        column.addWidget(self.buttons)

        self.filter_edit.textChanged.connect(self._filter)
        self.account_list.selectionModel().selectionChanged.connect(self._update)
        self.account_list.doubleClicked.connect(lambda _index: self.accept())
        self._filter("")
        self.filter_edit.setFocus()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        # The only match, or the first one, is the choice: Enter links it.
        if self.proxy.rowCount() > 0 and self.selected_account() is None:
            self.account_list.setCurrentIndex(self.proxy.index(0, 0))
        self._update()

    def selected_account(self) -> str | None:
        index = self.account_list.currentIndex()
        if not index.isValid() or not self.account_list.selectionModel().isSelected(index):
            return None
        value = index.data()
        return str(value) if value is not None else None

    def select_account(self, name: str) -> None:
        self.filter_edit.setText(name)
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data() == name:
                self.account_list.setCurrentIndex(self.proxy.index(row, 0))
        self._update()

    def _update(self) -> None:
        self.link_button.setEnabled(self.selected_account() is not None)

    def choice(self) -> LinkChoice | None:
        account = self.selected_account()
        if account is None:
            return None
        severity = self.severity_box.currentData()
        return LinkChoice(account, Severity(severity), self.may_add_contacts and self.contact_box.isChecked())
