"""What differs when the bundle runs on Windows, checked here on Linux: where the
database and the profiles go (platformdirs' Windows rules), that keyring picks
the Windows Credential Manager and the console's passwords round-trip through it,
and that alerts still reach the agent when there is no system tray."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import PureWindowsPath
from types import ModuleType, SimpleNamespace
from typing import Any

import keyring
import keyring.backend
import keyring.backends.Windows
import keyring.core
import platformdirs
import platformdirs.windows
import pytest
from keyring.backends import fail
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from console.channels.email.secrets import KEYRING_SERVICE as MAIL_SERVICE
from console.channels.email.secrets import keyring_user, mail_password, store_mail_password
from console.domain.plans import Plan
from console.services.readmodels.alerts import Alert, AlertKind
from console.storage import locations
from console.storage.profiles import KEYRING_SERVICE, Profile, ProfileStore, keyring_available
from ui.notifier import Notifier

LOCAL = r"C:\Users\agent\AppData\Local"
ROAMING = r"C:\Users\agent\AppData\Roaming"

# -- folders ----------------------------------------------------------------------------


@pytest.fixture
def windows_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs as on Windows: its Windows class, and the known folders of an
    account (platformdirs' own override variables stand for the shell's answer)."""
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", LOCAL)
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", ROAMING)


def windows_path(path: object) -> PureWindowsPath:
    return PureWindowsPath(str(path))


def test_the_database_stays_on_this_machine_not_in_the_roaming_profile(windows_folders: None) -> None:
    # A SQLite file in a roaming profile would be copied to the server at each
    # log-off, and could come back older: the local folder keeps it.
    assert windows_path(locations.default_sqlite_path()) == PureWindowsPath(
        LOCAL, "support-console", "support-console.sqlite3"
    )


def test_the_profiles_sit_beside_it_without_a_vendor_folder(windows_folders: None) -> None:
    assert windows_path(locations.profiles_path()) == PureWindowsPath(
        LOCAL, "support-console", "profiles.json"
    )
    assert windows_path(ProfileStore().path) == windows_path(locations.profiles_path())
    assert windows_path(ProfileStore().default().path) == windows_path(locations.default_sqlite_path())


# -- keyring: the Windows Credential Manager ---------------------------------------------------


class CredentialManager:
    """Stands for win32cred: generic credentials by target name, as Windows keeps them."""

    CRED_TYPE_GENERIC = 1
    CRED_PERSIST_SESSION = 1
    CRED_PERSIST_LOCAL_MACHINE = 2
    CRED_PERSIST_ENTERPRISE = 3

    class error(Exception):  # noqa: N801 - pywintypes.error's name
        def __init__(self, winerror: int, funcname: str, message: str) -> None:
            super().__init__(winerror, funcname, message)
            self.winerror = winerror
            self.funcname = funcname

    def __init__(self) -> None:
        self.__name__ = "win32cred"  # keyring touches it to force the import
        self.stored: dict[str, dict[str, Any]] = {}

    def CredRead(self, Type: int, TargetName: str) -> dict[str, Any]:  # noqa: N803
        try:
            return dict(self.stored[TargetName])
        except KeyError:
            raise self.error(1168, "CredRead", "Element not found.") from None

    def CredWrite(self, Credential: dict[str, Any], Flags: int) -> None:  # noqa: N803
        blob = Credential["CredentialBlob"]
        # Windows keeps the blob as bytes; keyring writes UTF-16 and reads it back so.
        self.stored[Credential["TargetName"]] = {**Credential, "CredentialBlob": blob.encode("utf-16")}

    def CredDelete(self, Type: int, TargetName: str) -> None:  # noqa: N803
        if self.stored.pop(TargetName, None) is None:
            raise self.error(1168, "CredDelete", "Element not found.")


@pytest.fixture
def credential_manager(monkeypatch: pytest.MonkeyPatch) -> Iterator[CredentialManager]:
    """keyring's Windows backend loaded as on Windows, over a fake win32cred."""
    manager = CredentialManager()
    pywin32 = ModuleType("win32ctypes.pywin32")
    pywin32.win32cred = manager  # type: ignore[attr-defined]
    pywin32.pywintypes = SimpleNamespace(error=CredentialManager.error)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "win32ctypes", ModuleType("win32ctypes"))
    monkeypatch.setitem(sys.modules, "win32ctypes.pywin32", pywin32)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    importlib.reload(keyring.backends.Windows)
    try:
        yield manager
    finally:
        monkeypatch.undo()
        # Back to what this machine has: the module's globals say "no pywin32" again,
        # which also takes the reloaded class out of every later choice.
        importlib.reload(keyring.backends.Windows)


def windows_backends() -> list[keyring.backend.KeyringBackend]:
    """The backends keyring finds on Windows: the Credential Manager, and the ones
    every system has (the chainer, and the fail backend as the last resort)."""
    from keyring.backends import chainer

    return [keyring.backends.Windows.WinVaultKeyring(), chainer.ChainerBackend(), fail.Keyring()]


def test_keyring_chooses_the_credential_manager_on_windows(
    credential_manager: CredentialManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keyring.backend, "get_all_keyring", windows_backends)
    monkeypatch.setattr(keyring.core, "load_config", lambda: None)  # no keyringrc.cfg
    chosen = keyring.core._detect_backend()
    assert isinstance(chosen, keyring.backends.Windows.WinVaultKeyring)
    keyring.set_keyring(chosen)
    assert keyring_available()  # the sign-in dialog offers "remember the password"


def test_the_consoles_passwords_round_trip_through_the_credential_manager(
    credential_manager: CredentialManager,
) -> None:
    keyring.set_keyring(keyring.backends.Windows.WinVaultKeyring())
    store = ProfileStore()
    team = Profile("Team", "postgresql", host="db.example.com", database="support", user="owner")
    store.save(team, password="owner-secret")
    # Two people remembered on one workstation: the Credential Manager holds one
    # credential per target, keyring moves the first to a compound target.
    keyring.set_password(KEYRING_SERVICE, team.person_keyring_user("aisha"), "aisha-secret")
    keyring.set_password(KEYRING_SERVICE, team.person_keyring_user("bruno"), "bruno-secret")
    store_mail_password("imap", "support@example.com", "imap.example.com", "imap-secret")

    assert keyring.get_password(KEYRING_SERVICE, team.keyring_user) == "owner-secret"
    assert keyring.get_password(KEYRING_SERVICE, team.person_keyring_user("aisha")) == "aisha-secret"
    assert keyring.get_password(KEYRING_SERVICE, team.person_keyring_user("bruno")) == "bruno-secret"
    assert mail_password("imap", "support@example.com", "imap.example.com", environ={}) == "imap-secret"
    # What the Credential Manager shows the user: one entry per service.
    mail = credential_manager.stored[MAIL_SERVICE]
    assert mail["UserName"] == keyring_user("imap", "support@example.com", "imap.example.com")


# -- alerts without a system tray ------------------------------------------------------------


def an_alert(number: int, kind: AlertKind) -> Alert:
    return Alert(kind, number + 100, number, "Initech", "Production down", Plan.PREMIER, on_call=True)


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    win = QMainWindow()
    qtbot.addWidget(win)
    win.resize(900, 600)
    win.show()
    return win


@pytest.fixture
def no_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    """A desktop with no tray (a Windows session whose taskbar has not started
    yet, a Linux desktop without a status-notifier host)."""
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))


def test_without_a_tray_alerts_come_as_toasts(no_tray: None, window: QMainWindow) -> None:
    notifier = Notifier(window, QIcon())
    assert notifier.tray is None
    assert notifier.notify(an_alert(1, AlertKind.AT_RISK))
    assert notifier.toast.isVisible()
    assert notifier._toast_timer.isActive()  # an ordinary one fades
    assert notifier.toast.geometry().right() < window.width()  # inside the window


def test_without_a_tray_an_urgent_alert_stays_and_a_click_opens_its_case(
    no_tray: None, qtbot: QtBot, window: QMainWindow
) -> None:
    notifier = Notifier(window, QIcon())
    notifier.mute(30)
    notifier.notify_urgent(an_alert(7, AlertKind.NEW_URGENT), "on call")
    assert notifier.toast.isVisible()
    assert not notifier._toast_timer.isActive()
    with qtbot.waitSignal(notifier.clicked) as clicked:
        qtbot.mouseClick(notifier.toast, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert clicked.args == [7]
    assert not notifier.toast.isVisible()
