"""A calm one-line banner across the top of a window ("Reconnecting…"), with an
optional action button; hidden when there is nothing to say."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.widgets.plain_text import plain


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("banner", True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self.label = plain(QLabel(self))
        self.label.setProperty("banner", True)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.hide()
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._action: Callable[[], None] | None = None
        self.button.clicked.connect(self._clicked)
        self.hide()

    def show_message(
        self, text: str, action_text: str = "", action: Callable[[], None] | None = None
    ) -> None:
        self.label.setText(text)
        self._action = action
        self.button.setVisible(bool(action_text and action))
        self.button.setText(action_text)
        self.show()

    def clear(self) -> None:
        self.hide()
        self._action = None

    def _clicked(self) -> None:
        if self._action is not None:
            self._action()
