"""Keeps a toolbar's buttons on screen: icons beside their texts while every
button fits, texts alone when they would not. The texts always stay, so no
button ever becomes an icon to guess at, and a lead's or administrator's longer
toolbar (the views) on a 1366 px laptop loses its icons rather than its last
buttons behind an overflow arrow."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QToolBar, QToolButton

BESIDE = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
TEXT_ONLY = Qt.ToolButtonStyle.ToolButtonTextOnly
ICON_GAP = 4  # what QToolButton puts between an icon and the text beside it


class ToolbarFit(QObject):
    """Watches ``toolbar`` (which it belongs to) and picks its button style."""

    def __init__(self, toolbar: QToolBar) -> None:
        super().__init__(toolbar)
        self.toolbar = toolbar
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # once the layout has settled, once per burst
        self._timer.timeout.connect(self.fit)
        toolbar.setToolButtonStyle(BESIDE)
        toolbar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self._timer.start()
        return False

    def width_with_icons(self) -> int:
        """The width the toolbar asks for with its icons beside the texts."""
        width = self.toolbar.sizeHint().width()
        if self.toolbar.toolButtonStyle() == BESIDE:
            return width
        icon = self.toolbar.iconSize().width() + ICON_GAP
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton) and action.isVisible() and not action.icon().isNull():
                width += icon
        return width

    def fit(self) -> None:
        style = BESIDE if self.width_with_icons() <= self.toolbar.width() else TEXT_ONLY
        if self.toolbar.toolButtonStyle() != style:
            self.toolbar.setToolButtonStyle(style)
