"""Text from outside is never markup: the one home of that rule. A subject, an
account, contact or person name, a message body, a TAM note or an attachment name
is whatever a customer or a colleague typed, and Qt would otherwise guess that
``<b style="font-size:40px">`` is rich text and obey it. Labels that show such
text are made plain (:func:`plain`, :func:`plain_label`); HTML the console builds
itself takes the outside text through :func:`escaped`; tooltips, which Qt also
guesses about, go through :func:`tooltip_text`; a question box that names
something from outside comes from :func:`question_box`."""

from __future__ import annotations

import html

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def escaped(text: str) -> str:
    """``text`` as HTML: escaped (quotes too, so it may sit in an attribute), line breaks kept."""
    return html.escape(text).replace("\r\n", "\n").replace("\n", "<br>")


def plain(label: QLabel) -> QLabel:
    """``label``, told to show its text as it is, never as markup; returned for chaining."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A new label that shows ``text`` (and every later text) as it is."""
    label = QLabel(parent)
    plain(label).setText(text)
    return label


def tooltip_text(text: str) -> str:
    """``text`` as a tooltip that shows it as it is.

    Qt renders a tooltip as rich text exactly when ``Qt::mightBeRichText`` guesses
    so (a known tag or ``&lt;`` before the first line break). A text it would
    take for plain is shown as it is and stays untouched; one it would take for
    rich is escaped and wrapped in ``<qt>``, so the guess is still "rich" and the
    rendering is the literal text."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return f"<qt>{escaped(text)}</qt>"


def question_box(parent: QWidget | None, title: str, question: str) -> QMessageBox:
    """A Yes/No question whose text is shown as it is (``QMessageBox.question``
    would guess the format); the caller runs it and compares with ``Yes``."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box
