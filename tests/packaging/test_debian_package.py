"""The Debian package, installed for real: it installs with apt (which pulls in the
libraries it depends on), its command answers, its window opens and paints in a
fresh home folder, the desktop files are where the desktop looks, and removing it
leaves nothing of it behind.

Slow and changes the machine (needs root or sudo): it runs only with
``SC_PACKAGE_TEST=1`` (CI's last step). It takes ``dist/support-console_*.deb``
when one is there (``SC_PACKAGE_REBUILD=1`` builds anew) and builds it with
``scripts/build_package.sh`` otherwise.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from console import __version__

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.supportconsole.SupportConsole"
COMMAND = Path("/usr/bin/support-console")
PREFIX = Path("/opt/support-console")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
FIRST_PAINT = "first paint: "
# The GTK platform theme is used when GTK is there (the package suggests it);
# without it Qt falls back to its own look.
OPTIONAL_LIBRARIES = ("libgtk-3.so.0", "libgdk-3.so.0")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("SC_PACKAGE_TEST") != "1",
        reason="builds and installs the Debian package system-wide: set SC_PACKAGE_TEST=1 (CI's last step)",
    ),
]


def require_in_ci(reason: str) -> None:
    """A tool this check needs is missing: a failure in CI (.ci/run installs it),
    a skip on a developer's machine."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must install it: see .ci/run)")
    pytest.skip(reason)


def as_root() -> list[str]:
    return [] if os.geteuid() == 0 else ["sudo", "-n"]


def apt_get(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*as_root(), "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "-y", "-q", *args],
        capture_output=True,
        text=True,
        timeout=600,
    )


def package_file() -> Path:
    """The package to install: the one in dist/, built first when there is none."""
    found = sorted((ROOT / "dist").glob("support-console_*.deb"))
    if not found or os.environ.get("SC_PACKAGE_REBUILD") == "1":
        subprocess.run(["bash", str(ROOT / "scripts" / "build_package.sh")], cwd=ROOT, check=True)
        found = sorted((ROOT / "dist").glob("support-console_*.deb"))
    assert found, "scripts/build_package.sh made no package in dist/"
    return found[-1]


@pytest.fixture(scope="module")
def installed() -> Iterator[Path]:
    if shutil.which("apt-get") is None or shutil.which("dpkg-deb") is None:
        pytest.skip("not a Debian system: no apt-get or dpkg-deb")
    if os.geteuid() != 0 and shutil.which("sudo") is None:
        pytest.skip("installing the package needs root or sudo")
    deb = package_file()
    result = apt_get("install", f"./{deb.relative_to(ROOT)}" if deb.is_relative_to(ROOT) else str(deb))
    assert result.returncode == 0, result.stdout + result.stderr
    try:
        yield deb
    finally:
        apt_get("remove", "support-console")  # a no-op after test_remove_leaves_nothing


@pytest.fixture(scope="module")
def fresh_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty home folder for the installed program: no profiles, no database."""
    return tmp_path_factory.mktemp("installed-home")


def clean_environment(home: Path, **extra: str) -> dict[str, str]:
    """What a desktop session would give the program, in ``home``, offscreen: no
    XDG_* folders (platformdirs falls back to the home's), no database variable."""
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        **extra,
    }


def run_installed(
    home: Path, *args: str, timeout: float = 180, **extra: str
) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.perf_counter()
    result = subprocess.run(
        [str(COMMAND), *args],
        env=clean_environment(home, **extra),
        cwd=home,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return result, time.perf_counter() - started


def first_paint_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in result.stdout.splitlines() if line.startswith(FIRST_PAINT)]
    assert result.returncode == 0 and lines, f"no window painted:\n{result.stdout}\n{result.stderr}"
    return lines[0]


def test_the_command_answers_with_the_version(installed: Path) -> None:
    assert COMMAND.is_symlink() and COMMAND.resolve() == PREFIX / "support-console"
    result = subprocess.run([str(COMMAND), "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"support-console {__version__}"


def test_the_desktop_finds_the_entry_the_metainfo_and_the_icons(installed: Path) -> None:
    desktop = Path("/usr/share/applications") / f"{APP_ID}.desktop"
    metainfo = Path("/usr/share/metainfo") / f"{APP_ID}.metainfo.xml"
    assert desktop.is_file() and metainfo.is_file()
    hicolor = Path("/usr/share/icons/hicolor")
    for size in ICON_SIZES:
        assert (hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    validators = {
        "desktop-file-validate": [str(desktop)],
        "appstreamcli": ["validate", "--no-net", str(metainfo)],
    }
    for validator, arguments in validators.items():
        if not shutil.which(validator):  # desktop-file-utils and appstream (.ci/run installs them)
            require_in_ci(f"{validator} is not installed")
            continue
        result = subprocess.run([validator, *arguments], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stdout + result.stderr


def test_every_library_of_the_bundle_is_found(installed: Path) -> None:
    """The package's Depends bring every system library Qt's plugins link to."""
    missing: set[str] = set()
    for library in PREFIX.rglob("*.so*"):
        if not library.is_file() or library.is_symlink():
            continue
        result = subprocess.run(["ldd", str(library)], capture_output=True, text=True)
        for line in result.stdout.splitlines():
            if "not found" in line and line.split()[0] not in OPTIONAL_LIBRARIES:
                missing.add(f"{library.relative_to(PREFIX)}: {line.strip()}")
    assert not missing, "\n".join(sorted(missing))


def test_the_window_paints_in_a_fresh_home(installed: Path, fresh_home: Path) -> None:
    """The first start on a new account: the sign-in window paints, and the local
    database is made, migrated and filled with the demo organisation (the
    bundle's migrations and holiday data at work)."""
    result, seconds = run_installed(fresh_home, SUPPORT_CONSOLE_EXIT_AFTER_PAINT="1")
    line = first_paint_line(result)
    assert "SignInDialog" in line
    database = fresh_home / ".local" / "share" / "support-console" / "support-console.sqlite3"
    assert database.is_file()
    print(f"installed, fresh home: {line} (process {seconds:.1f} s, demo data included)")


def test_the_agent_console_paints(installed: Path, fresh_home: Path) -> None:
    database = fresh_home / ".local" / "share" / "support-console" / "support-console.sqlite3"
    listed, _ = run_installed(fresh_home, "--db", str(database), "user", "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    agent = next(user["name"] for user in json.loads(listed.stdout) if user["role"] == "agent")
    result, seconds = run_installed(
        fresh_home, "gui", "--db", str(database), "--user", agent, SUPPORT_CONSOLE_EXIT_AFTER_PAINT="1"
    )
    assert "MainWindow" in first_paint_line(result)
    print(f"installed, agent console: painted in {seconds:.2f} s from the process's start")


def test_the_agent_console_paints_on_an_x_server(installed: Path, fresh_home: Path) -> None:
    """The xcb platform, the one a Linux desktop without Wayland uses, with the
    libraries the package depends on (on a virtual X server, when there is one)."""
    if shutil.which("xvfb-run") is None:
        require_in_ci("no xvfb-run (Debian package xvfb) to start a virtual X server")
    database = fresh_home / ".local" / "share" / "support-console" / "support-console.sqlite3"
    listed, _ = run_installed(fresh_home, "--db", str(database), "user", "list", "--format", "json")
    agent = next(user["name"] for user in json.loads(listed.stdout) if user["role"] == "agent")
    result = subprocess.run(
        ["xvfb-run", "-a", str(COMMAND), "gui", "--db", str(database), "--user", agent],
        env=clean_environment(fresh_home, QT_QPA_PLATFORM="xcb", SUPPORT_CONSOLE_EXIT_AFTER_PAINT="1"),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert "MainWindow" in first_paint_line(result)


def test_the_mail_services_unit_verifies(installed: Path) -> None:
    """The systemd unit the package carries, checked against the installed command."""
    unit = Path("/usr/share/doc/support-console/examples/support-console-mail.service")
    assert unit.is_file()
    if shutil.which("systemd-analyze") is None:
        require_in_ci("systemd-analyze is not installed")
    result = subprocess.run(
        ["systemd-analyze", "verify", str(ROOT / "packaging" / "systemd" / unit.name)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_remove_leaves_nothing(installed: Path) -> None:
    result = apt_get("remove", "support-console")
    assert result.returncode == 0, result.stdout + result.stderr
    assert not PREFIX.exists()
    assert not COMMAND.exists() and not COMMAND.is_symlink()
    assert not (Path("/usr/share/applications") / f"{APP_ID}.desktop").exists()
