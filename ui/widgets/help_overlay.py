"""The keyboard help overlay (F1 or ?): every action's shortcut, over a dimmed
window; any key or click closes it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ui.theme import current_theme


class HelpOverlay(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.card = QFrame(self)
        self.card.setProperty("card", True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(8)
        title = QLabel(self.tr("Keyboard shortcuts"), self.card)
        title.setProperty("heading", True)
        hint = QLabel(self.tr("Press any key to close"), self.card)
        hint.setProperty("muted", True)
        column = QVBoxLayout(self.card)
        column.setContentsMargins(28, 22, 28, 22)
        column.setSpacing(14)
        column.addWidget(title)
        column.addLayout(self.grid)
        column.addWidget(hint)
        parent.installEventFilter(self)
        self.hide()

    def set_shortcuts(self, entries: Sequence[tuple[str, str]]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, (keys, what) in enumerate(entries):
            key_label = QLabel(f"<b>{keys}</b>", self.card)
            key_label.setTextFormat(Qt.TextFormat.RichText)
            self.grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(QLabel(what, self.card), row, 1)

    def open(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.card.adjustSize()
        self.card.move((self.width() - self.card.width()) // 2, (self.height() - self.card.height()) // 2)
        self.show()
        self.raise_()
        self.setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(current_theme().shade))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.hide()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.open()
        return False
