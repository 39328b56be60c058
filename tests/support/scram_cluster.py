"""A throwaway PostgreSQL cluster with password authentication (SCRAM-SHA-256),
started once per test session, for the tests that sign in as people.

The shared server (``tests.support.postgres``) trusts every connection, so it
cannot show that a password is needed or that a wrong one is refused. This
cluster is made by ``initdb`` (under ``/usr/lib/postgresql/*/bin``) in a
temporary directory, listens on a free port of 127.0.0.1 and on a socket in that
directory, and is stopped and removed when the session ends. Its superuser is
``postgres`` with a random password. As root, initdb and pg_ctl run as the OS
user ``postgres`` (initdb refuses root). When initdb cannot be found the tests
that need the cluster fail in CI (``CI`` set) and skip elsewhere.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL

from console.storage.access import drop_roles
from console.storage.engine import create_engine_for
from console.storage.schema import upgrade_schema
from tests.support.postgres import IN_CI

SUPERUSER = "postgres"
OS_USER = "postgres"  # who runs the server when the tests run as root


@dataclass(frozen=True, slots=True)
class ScramCluster:
    """A running cluster: where it listens and its superuser's password."""

    host: str
    port: int
    password: str
    directory: Path

    def superuser_url(self, database: str = "postgres") -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=SUPERUSER,
            password=self.password,
            host=self.host,
            port=self.port,
            database=database,
        )


def find_initdb() -> Path | None:
    """The newest installed initdb (Debian's layout), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version_key)
    return Path(found[-1]) if found else None


def _version_key(path: str) -> tuple[int, ...]:
    version = Path(path).parent.parent.name
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: Sequence[str], directory: Path) -> None:
    """Run ``command`` as the OS user that owns the cluster (root hands it to ``postgres``)."""
    argv = [*(("runuser", "-u", OS_USER, "--") if os.geteuid() == 0 else ()), *command]
    result = subprocess.run(argv, cwd=directory, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        log = directory / "server.log"
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        raise RuntimeError(
            f"{' '.join(argv)} failed ({result.returncode}): {result.stderr.strip()} {result.stdout.strip()}"
            f"\n{tail}"
        )


def _make_directory() -> Path:
    # Not under pytest's tmp_path: its parents are private to the user running
    # pytest, and the server may run as another one.
    directory = Path(tempfile.mkdtemp(prefix="sc-scram-"))
    if os.geteuid() == 0:
        shutil.chown(directory, user=OS_USER, group=OS_USER)
    return directory


def start_cluster(initdb: Path) -> ScramCluster:
    """initdb, configure and start a cluster; stop it with :func:`stop_cluster`."""
    bin_dir = initdb.parent
    directory = _make_directory()
    password = secrets.token_urlsafe(24)
    pwfile = directory / "pwfile"
    pwfile.write_text(password + "\n")
    if os.geteuid() == 0:
        shutil.chown(pwfile, user=OS_USER, group=OS_USER)
    pwfile.chmod(0o600)
    data = directory / "data"
    try:
        _as_server_user(
            [
                str(initdb),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "-A",
                "scram-sha-256",
                f"--pwfile={pwfile}",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ],
            directory,
        )
        pwfile.unlink()
        port = _free_port()
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(port),
            "unix_socket_directories": f"'{directory}'",
            "password_encryption": "'scram-sha-256'",
            "max_connections": "100",
            # A throwaway cluster: durability buys nothing here.
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
        }
        with (data / "postgresql.conf").open("a") as conf:
            conf.write("\n# tests.support.scram_cluster\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
        _as_server_user(
            [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(directory / "server.log"), "-w", "start"],
            directory,
        )
    except BaseException:
        shutil.rmtree(directory, ignore_errors=True)
        raise
    return ScramCluster("127.0.0.1", port, password, directory)


def stop_cluster(cluster: ScramCluster, initdb: Path) -> None:
    try:
        _as_server_user(
            [
                str(initdb.parent / "pg_ctl"),
                "-D",
                str(cluster.directory / "data"),
                "-m",
                "fast",
                "-w",
                "stop",
            ],
            cluster.directory,
        )
    finally:
        shutil.rmtree(cluster.directory, ignore_errors=True)


@pytest.fixture(scope="session")
def scram_cluster() -> Iterator[ScramCluster]:
    """The session's password-protected cluster (started on first use)."""
    initdb = find_initdb()
    if initdb is None:
        message = "no initdb under /usr/lib/postgresql/*/bin: cannot start a cluster with passwords"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    cluster = start_cluster(initdb)
    try:
        yield cluster
    finally:
        stop_cluster(cluster, initdb)


# --- databases on it ----------------------------------------------------------------------


def superuser_execute(cluster: ScramCluster, statement: str) -> None:
    engine = create_engine_for(cluster.superuser_url(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


def new_migrated_database(cluster: ScramCluster) -> URL:
    """A new database, migrated (which makes its roles: ``sc_<db>_*``); the
    superuser's URL to it."""
    name = f"sc_sec_{uuid.uuid4().hex[:12]}"
    superuser_execute(cluster, f'CREATE DATABASE "{name}"')
    url = cluster.superuser_url(name)
    engine = create_engine_for(url)
    try:
        upgrade_schema(engine)
    finally:
        engine.dispose()
    return url


def drop_database(cluster: ScramCluster, name: str) -> None:
    """Drop a database and the roles it made (roles belong to the whole server)."""
    superuser_execute(cluster, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    engine = create_engine_for(cluster.superuser_url())
    try:
        with engine.begin() as connection:
            drop_roles(connection, name)
    finally:
        engine.dispose()


@contextlib.contextmanager
def migrated_database(cluster: ScramCluster) -> Iterator[URL]:
    """A migrated database of its own on ``cluster``, dropped with its roles afterwards."""
    url = new_migrated_database(cluster)
    try:
        yield url
    finally:
        drop_database(cluster, str(url.database))
