"""Build the Debian package from the PyInstaller bundle: the bundle under
``/opt/support-console``, the command ``/usr/bin/support-console`` (a symlink into
it), the desktop entry, the AppStream metainfo and the icons in the hicolor theme.

    python packaging/debian/build_deb.py --bundle dist/support-console \\
        --icons build/icons --out dist [--version 0.1.0]

No maintainer scripts: Debian's desktop-file-utils and gtk-update-icon-cache
watch /usr/share/applications and /usr/share/icons with dpkg triggers, so the
desktop database and the icon cache follow an install or removal by themselves.
Prints the package's path and its installed size.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

PACKAGE = "support-console"
APP_ID = "io.github.supportconsole.SupportConsole"
HERE = Path(__file__).resolve().parent
LINUX = HERE.parent / "linux"
ROOT = HERE.parent.parent
PREFIX = Path("opt") / PACKAGE
UNIT = "support-console-mail.service"
DEFAULT_MAINTAINER = "Support Console team <support-console@supportconsole.github.io>"


def project_version() -> str:
    """The version in pyproject.toml (the one ``--version`` prints)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    found = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise ValueError("no version in pyproject.toml")
    return found.group(1)


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def installed_size_kib(root: Path) -> int:
    """What dpkg-gencontrol would write: the files' sizes in KiB, rounded up one
    by one, symlinks and directories counting one each."""
    total = 0
    for path in root.rglob("*"):
        if "DEBIAN" in path.relative_to(root).parts[:1]:
            continue
        if path.is_symlink() or path.is_dir():
            total += 1
        else:
            total += -(-path.stat().st_size // 1024)
    return total


def stage(bundle: Path, icons: Path, root: Path) -> None:
    """Lay out the package's files under ``root``."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / PREFIX, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / PACKAGE).symlink_to(Path("/") / PREFIX / PACKAGE)
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    (share / "metainfo").mkdir(parents=True)
    shutil.copyfile(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    shutil.copyfile(HERE / "copyright", doc / "copyright")
    # The mail service's unit, for an administrator to copy (it needs a user and
    # passwords set up first; packaging/systemd/support-console-mail.service says how).
    examples = doc / "examples"
    examples.mkdir()
    shutil.copyfile(HERE.parent / "systemd" / UNIT, examples / UNIT)
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        # Files dpkg installs are root's; keep the modes simple and readable by all.
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path.stat().st_mode & 0o111
            path.chmod(0o755 if executable else 0o644)


def write_control(root: Path, version: str, arch: str, maintainer: str) -> None:
    template = (HERE / "control.in").read_text(encoding="utf-8")
    control = template.format(
        package=PACKAGE,
        version=version,
        architecture=arch,
        maintainer=maintainer,
        installed_size=installed_size_kib(root),
    )
    debian = root / "DEBIAN"
    debian.mkdir(mode=0o755)
    (debian / "control").write_text(control, encoding="utf-8")


def build(
    bundle: Path, icons: Path, out: Path, version: str, maintainer: str, work: Path, compression: str
) -> Path:
    arch = architecture()
    root = work / "root"
    stage(bundle, icons, root)
    write_control(root, version, arch, maintainer)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{PACKAGE}_{version}_{arch}.deb"
    kind, _, level = compression.partition(":")
    subprocess.run(
        ["dpkg-deb", "--build", "--root-owner-group", f"-Z{kind}", f"-z{level or 6}", str(root), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Support Console Debian package.")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / PACKAGE)
    parser.add_argument("--icons", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "deb")
    parser.add_argument("--version", default=None, help="default: pyproject.toml's")
    parser.add_argument(
        "--compression",
        default="xz:6",
        help="dpkg-deb's compressor and level (default xz:6, the smallest; measured here on "
        "164 MB: xz:6 50 MB in about 2 min, xz:1 58 MB in 21 s, zstd:3 68 MB in 3 s)",
    )
    parser.add_argument("--maintainer", default=os.environ.get("DEB_MAINTAINER", DEFAULT_MAINTAINER))
    args = parser.parse_args(argv)
    if not (args.bundle / PACKAGE).is_file():
        parser.error(f"no bundle in {args.bundle}: build it first (scripts/build_package.sh)")
    version = args.version or project_version()
    target = build(args.bundle, args.icons, args.out, version, args.maintainer, args.work, args.compression)
    installed = installed_size_kib(args.work / "root")
    print(f"package: {target}")
    print(f"installed size: {installed} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
