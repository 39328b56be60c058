"""A throwaway Dovecot IMAP server for the mail tests: its own configuration,
users, maildirs and log in a temporary directory, listening on a free loopback
port without TLS, started in the foreground and stopped (and removed) at the end.
It never touches the system's Dovecot or /etc/dovecot. Written for Dovecot 2.3
(Debian 12); the helpers put messages in and read them back as a real IMAP
client would (imapclient), so the tests check the driver against a real server."""

from __future__ import annotations

import atexit
import contextlib
import grp
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Collection, Iterator, Mapping
from pathlib import Path
from types import TracebackType

from imapclient import IMAPClient  # type: ignore[import-untyped]

DOVECOT = os.environ.get("SUPPORT_CONSOLE_TEST_DOVECOT", "/usr/sbin/dovecot")

# What Dovecot 2.3 announces after sign-in; ``imap_capability`` replaces the whole
# list, so a server "without IDLE" announces this list minus IDLE.
_DOVECOT_23_CAPABILITIES = [
    "IMAP4rev1",
    "SASL-IR",
    "LOGIN-REFERRALS",
    "ID",
    "ENABLE",
    "IDLE",
    "SORT",
    "SORT=DISPLAY",
    "THREAD=REFERENCES",
    "THREAD=REFS",
    "THREAD=ORDEREDSUBJECT",
    "MULTIAPPEND",
    "URL-PARTIAL",
    "CATENATE",
    "UNSELECT",
    "CHILDREN",
    "NAMESPACE",
    "UIDPLUS",
    "LIST-EXTENDED",
    "I18NLEVEL=1",
    "CONDSTORE",
    "QRESYNC",
    "ESEARCH",
    "ESORT",
    "SEARCHRES",
    "WITHIN",
    "CONTEXT=SEARCH",
    "LIST-STATUS",
    "BINARY",
    "MOVE",
    "SNIPPET=FUZZY",
    "PREVIEW=FUZZY",
    "PREVIEW",
    "STATUS=SIZE",
    "SAVEDATE",
    "LITERAL+",
    "NOTIFY",
]


class DovecotUnavailable(RuntimeError):
    """Dovecot is not installed here, or is a version this helper cannot configure."""


def dovecot_version() -> str:
    """The installed Dovecot's version (``2.3.19.1``), or raise :class:`DovecotUnavailable`."""
    if not Path(DOVECOT).exists():
        raise DovecotUnavailable(f"Dovecot is not installed ({DOVECOT} is missing)")
    result = subprocess.run([DOVECOT, "--version"], capture_output=True, text=True, check=False)
    version = result.stdout.split()[0] if result.stdout.split() else ""
    if not version.startswith("2.3."):
        raise DovecotUnavailable(f"the test server is written for Dovecot 2.3, found {version or 'nothing'}")
    return version


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class DovecotServer:
    """A Dovecot of our own on 127.0.0.1:``port``.

    ``users`` maps names to passwords (more can be added later with
    :meth:`add_user`). ``without`` names capabilities the server must not
    announce after sign-in (``{"IDLE"}`` for the polling path, ``{"MOVE"}`` for the
    copy-and-expunge path). Use as a context manager, or call :meth:`start` and
    :meth:`stop`.
    """

    host = "127.0.0.1"

    def __init__(self, users: Mapping[str, str] | None = None, *, without: Collection[str] = ()) -> None:
        self.version = dovecot_version()
        self.without = frozenset(name.upper() for name in without)
        self.port = 0
        self.root = Path(tempfile.mkdtemp(prefix="support-console-dovecot-"))
        self._users: dict[str, str] = dict(users or {})
        self._process: subprocess.Popen[bytes] | None = None
        # Dovecot refuses to run mail or login processes as root: when the tests
        # run as root they run as nobody, which must reach the maildirs.
        self._as_root = hasattr(os, "geteuid") and os.geteuid() == 0
        if self._as_root:
            nobody = pwd.getpwnam("nobody")
            self._mail_uid, self._mail_gid = nobody.pw_uid, nobody.pw_gid
            self._login_user = "nobody"
            self._internal_user = self._internal_group = "root"
        else:
            self._mail_uid, self._mail_gid = os.getuid(), os.getgid()
            self._login_user = self._internal_user = pwd.getpwuid(os.getuid()).pw_name
            # Dovecot's sockets belong to the group "dovecot" unless told otherwise,
            # and a user that is not root cannot give files to another group.
            self._internal_group = grp.getgrgid(os.getgid()).gr_name

    # --- life cycle ---------------------------------------------------------------

    @property
    def config_path(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def log_path(self) -> Path:
        return self.root / "dovecot.log"

    def log(self) -> str:
        """Dovecot's own log, for failure messages."""
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def start(self) -> None:
        for directory in ("run", "state", "mail", "users"):
            (self.root / directory).mkdir(exist_ok=True)
        if self._as_root:
            # mkdtemp makes the directory private to root; nobody must get through it.
            self.root.chmod(0o755)
            os.chown(self.root / "mail", self._mail_uid, self._mail_gid)
        self._write_passwd()
        # The free port can be taken between asking and binding: try a few.
        problem = ""
        for _ in range(3):
            self.port = free_port()
            self.config_path.write_text(self._config())
            self._process = subprocess.Popen(
                [DOVECOT, "-F", "-c", str(self.config_path)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            problem = self._wait_until_listening()
            if not problem:
                # Dovecot outlives its parent: a test run that dies before stop()
                # must not leave it behind.
                atexit.register(self.stop)
                return
            self._stop_process()
        raise RuntimeError(f"Dovecot did not start: {problem}\n{self.log()}")

    def stop(self) -> None:
        atexit.unregister(self.stop)
        self._stop_process()
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> DovecotServer:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()

    def _wait_until_listening(self, within: float = 10.0) -> str:
        assert self._process is not None
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                stderr = self._process.stderr.read() if self._process.stderr else b""
                return f"exited with {self._process.returncode}: {stderr.decode(errors='replace').strip()}"
            with contextlib.suppress(OSError), socket.create_connection((self.host, self.port), timeout=1):
                return ""
            time.sleep(0.02)
        return f"nothing listens on port {self.port} after {within:.0f} s"

    def _stop_process(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process.stderr:
            process.stderr.close()

    def _config(self) -> str:
        root = self.root
        lines = [
            f"base_dir = {root / 'run'}",
            f"state_dir = {root / 'state'}",
            f"log_path = {self.log_path}",
            f"info_log_path = {self.log_path}",
            "protocols = imap",
            "listen = 127.0.0.1",
            "ssl = no",
            "disable_plaintext_auth = no",
            "auth_mechanisms = plain login",
            # A wrong password is answered at once, not after Dovecot's 2 s.
            "auth_failure_delay = 0",
            f"default_login_user = {self._login_user}",
            f"default_internal_user = {self._internal_user}",
            f"default_internal_group = {self._internal_group}",
            f"mail_uid = {self._mail_uid}",
            f"mail_gid = {self._mail_gid}",
            # CI runners' users may have ids below Dovecot's default floor of 500.
            f"first_valid_uid = {min(self._mail_uid, 500)}",
            f"first_valid_gid = {min(self._mail_gid, 1)}",
            f"mail_location = maildir:{root / 'mail'}/%u",
            "passdb {",
            "  driver = passwd-file",
            f"  args = {root / 'users'}/%u",
            "}",
            "userdb {",
            "  driver = passwd-file",
            f"  args = {root / 'users'}/%u",
            f"  default_fields = home={root / 'mail'}/%u",
            "}",
            "service imap-login {",
            "  chroot =",
            "  inet_listener imap {",
            "    address = 127.0.0.1",
            f"    port = {self.port}",
            "  }",
            "  inet_listener imaps {",
            "    port = 0",
            "  }",
            "}",
            "service anvil {",
            "  chroot =",
            # Nor are sign-ins after a failed one slowed down (Dovecot's penalty
            # for the address, up to 15 s): a socket nobody may open turns it off.
            "  unix_listener anvil-auth-penalty {",
            "    mode = 0",
            "  }",
            "}",
        ]
        if self.without:
            kept = [name for name in _DOVECOT_23_CAPABILITIES if name not in self.without]
            lines.append(f"imap_capability = {' '.join(kept)}")
        return "\n".join(lines) + "\n"

    # --- users --------------------------------------------------------------------

    def add_user(self, name: str, password: str) -> None:
        """A new mailbox owner."""
        self._users[name] = password
        self._write_passwd()

    def _write_passwd(self) -> None:
        # One passwd file per user: Dovecot opens a new file on the first sign-in,
        # where it would notice a change to a shared file only a second later.
        for name, password in self._users.items():
            path = self.root / "users" / name
            path.write_text(f"{name}:{{PLAIN}}{password}::::::\n")
            path.chmod(0o644)

    def password(self, user: str) -> str:
        return self._users[user]

    # --- a real client's view -----------------------------------------------------

    @contextlib.contextmanager
    def client(self, user: str) -> Iterator[IMAPClient]:
        """An imapclient signed in as ``user``."""
        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        try:
            client.login(user, self._users[user])
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def deliver(self, user: str, raw: bytes, folder: str = "INBOX", flags: Collection[str] = ()) -> int:
        """Put ``raw`` into ``user``'s ``folder`` (IMAP APPEND); its UID."""
        with self.client(user) as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            answer = client.append(folder, raw, flags=tuple(flags))
        # Dovecot answers with APPENDUID (UIDPLUS): "[APPENDUID <validity> <uid>] ..."
        text = answer.decode() if isinstance(answer, bytes) else str(answer)
        return int(text.split("APPENDUID", 1)[1].split()[1].rstrip("]"))

    def create_folder(self, user: str, folder: str) -> None:
        with self.client(user) as client:
            client.create_folder(folder)

    def messages(self, user: str, folder: str = "INBOX") -> dict[int, bytes]:
        """Each message in ``folder`` by UID, read without setting ``\\Seen``."""
        with self.client(user) as client:
            client.select_folder(folder, readonly=True)
            uids = client.search(["NOT", "DELETED"])
            if not uids:
                return {}
            answer = client.fetch(uids, ["BODY.PEEK[]"])
            return {int(uid): bytes(data[b"BODY[]"]) for uid, data in answer.items()}

    def flags(self, user: str, uid: int, folder: str = "INBOX") -> frozenset[str]:
        """The flags of one message (``{"\\\\Seen"}``), read without changing them."""
        with self.client(user) as client:
            client.select_folder(folder, readonly=True)
            answer = client.get_flags([uid])
            return frozenset(flag.decode() for flag in answer.get(uid, ()))
