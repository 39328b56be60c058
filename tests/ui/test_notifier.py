"""The notifier: ordinary alerts obey the agents' mute and fade; an urgent one (the
TAM's Severity 1 on-call) ignores the mute, stays until clicked, flashes the
taskbar, and a click on it asks for the case."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from console.domain.plans import Plan
from console.services.readmodels.alerts import Alert, AlertKind
from ui.notifier import Notifier, tray_text


def alert(number: int, kind: AlertKind = AlertKind.NEW_URGENT) -> Alert:
    return Alert(kind, number + 100, number, "Initech", "Production <down>", Plan.PREMIER, on_call=True)


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    win = QMainWindow()
    qtbot.addWidget(win)
    win.resize(900, 600)
    win.show()
    return win


def test_ordinary_alerts_obey_the_mute(window: QMainWindow) -> None:
    notifier = Notifier(window, QIcon())
    assert notifier.notify(alert(1, AlertKind.AT_RISK))
    assert notifier.toast.isVisible()
    assert notifier._toast_timer.isActive()  # it fades
    notifier.mute(30)
    assert not notifier.notify(alert(2, AlertKind.AT_RISK))
    assert [a.case_number for a in notifier.shown] == [1]


def test_urgent_alerts_ignore_the_mute_stay_and_flash(
    qtbot: QtBot, window: QMainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    flashed: list[tuple[QWidget, int]] = []
    monkeypatch.setattr(
        QApplication, "alert", staticmethod(lambda widget, ms=0: flashed.append((widget, ms)))
    )
    notifier = Notifier(window, QIcon())
    notifier.mute(30)
    window.showMinimized()
    notifier.notify_urgent(alert(7), "on call")
    assert [a.case_number for a in notifier.urgent_shown] == [7]
    assert flashed == [(window, 0)]  # until the window is activated
    window.showNormal()
    assert notifier.toast.isVisible()
    assert not notifier._toast_timer.isActive()  # it stays until clicked
    assert "Production &lt;down&gt;" in notifier.toast.text()  # customer text is not markup
    notifier.unmute()
    notifier.notify(alert(8, AlertKind.AT_RISK))
    assert "#7" in notifier.toast.text()  # an ordinary alert does not cover the urgent one
    with qtbot.waitSignal(notifier.clicked, timeout=1000) as signal:
        qtbot.mouseClick(notifier.toast, Qt.MouseButton.LeftButton)
    assert signal.args == [7]
    assert not notifier.toast.isVisible()


def test_clicking_an_ordinary_toast_does_nothing(qtbot: QtBot, window: QMainWindow) -> None:
    notifier = Notifier(window, QIcon())
    notifier.notify(alert(3, AlertKind.AT_RISK))
    clicked: list[int] = []
    notifier.clicked.connect(clicked.append)
    qtbot.mouseClick(notifier.toast, Qt.MouseButton.LeftButton)
    assert clicked == []


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("linux", "Production &lt;b&gt;down&lt;/b&gt; &amp; out"),
        ("win32", "Production <b>down</b> & out"),
        ("darwin", "Production <b>down</b> & out"),
    ],
)
def test_tray_text_is_escaped_for_freedesktop_servers_only(
    monkeypatch: pytest.MonkeyPatch, platform: str, expected: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert tray_text("Production <b>down</b> & out") == expected


def test_the_tray_message_gets_the_escaped_text(window: QMainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []

    class Tray:
        def supportsMessages(self) -> bool:
            return True

        def showMessage(self, title: str, body: str, *_rest: object) -> None:
            shown.append((title, body))

    monkeypatch.setattr(sys, "platform", "linux")
    notifier = Notifier(window, QIcon())
    notifier.tray = Tray()  # type: ignore[assignment]  # offscreen has no tray; this records the call
    notifier.notify(alert(3, AlertKind.AT_RISK))
    assert "Production &lt;down&gt;" in shown[0][1]
    assert "<down>" not in shown[0][0] + shown[0][1]
