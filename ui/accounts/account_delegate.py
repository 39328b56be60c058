"""Paints one account of the "My accounts" list: its name and a line of figures
(plan, open cases, breaches this month), a coloured badge with the worst clock of
its open cases, and a red "Sev 1" badge while it has an open Severity 1. Paints on
top of the ordinary item painting (selection, focus), never a widget per row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from console.services.readmodels.cockpit import TamAccount
from console.sla.clock import ClockState
from ui.accounts.account_list_model import AccountListModel, AccountRole, WorstStateRole
from ui.accounts.colors import on_color
from ui.theme import current_theme

_PAD = 10
_STRIPE = 4
_BADGE_PAD = 7


class AccountDelegate(QStyledItemDelegate):
    def __init__(self, model: AccountListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # the text is painted below

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        account: TamAccount | None = index.data(AccountRole)
        if account is None:
            return
        raw = index.data(WorstStateRole)  # a StrEnum arrives through Qt as its str
        state = None if raw is None else ClockState(raw)
        theme = current_theme()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_color if selected else QColor(theme.muted)
        rect: QRect = option.rect
        state_color = QColor(theme.muted) if state is None else theme.state_color(state)
        painter.save()
        try:
            painter.fillRect(QRect(rect.left(), rect.top() + 4, _STRIPE, rect.height() - 8), state_color)
            bold = QFont(option.font)
            bold.setBold(True)
            small = QFont(option.font)
            small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
            top = rect.top() + _PAD
            left = rect.left() + _STRIPE + _PAD
            right = rect.right() - _PAD

            # badges, right-aligned on the first line
            badge_font = QFont(small)
            badge_font.setBold(True)
            metrics = QFontMetrics(badge_font)
            line = QFontMetrics(bold).height()
            x = right
            badges: list[tuple[str, QColor]] = [(self._model.state_text(state), state_color)]
            if account.urgent_open:
                many = self.tr("Sev 1 ×{0}").format(account.urgent_open)
                badges.append(
                    (self.tr("Sev 1") if account.urgent_open == 1 else many, QColor(theme.breached))
                )
            painter.setFont(badge_font)
            for text, color in badges:
                width = metrics.horizontalAdvance(text) + 2 * _BADGE_PAD
                badge = QRect(x - width, top, width, line)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawRoundedRect(badge, line / 2, line / 2)
                painter.setPen(on_color(color))
                painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), text)
                x -= width + 6

            painter.setFont(bold)
            painter.setPen(text_color)
            name_rect = QRect(left, top, max(10, x - left - 4), line)
            name = QFontMetrics(bold).elidedText(account.name, Qt.TextElideMode.ElideRight, name_rect.width())
            painter.drawText(name_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)

            painter.setFont(small)
            painter.setPen(muted)
            parts = [
                account.plan.label,
                self.tr("%n open", "", len(account.open_cases)),
                self.tr("%n breached this month", "", account.breaches_this_month),
            ]
            if account.live_exam:
                parts.append(self.tr("exam live"))
            figures = " · ".join(parts)
            second = QRect(left, top + line + 4, right - left, QFontMetrics(small).height())
            figures = QFontMetrics(small).elidedText(figures, Qt.TextElideMode.ElideRight, second.width())
            painter.drawText(second, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), figures)
        finally:
            painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        height = QFontMetrics(bold).height() + 4 + QFontMetrics(small).height() + 2 * _PAD
        return QSize(260, height)
