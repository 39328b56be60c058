"""Start-up to a painted window: the installed package (``/usr/bin/support-console``,
when the Debian package is installed) against the source checkout
(``.venv/bin/support-console``), N runs each, with the bundle's size.

Each run starts ``support-console gui --db FILE --user AGENT`` on one demo
database (seeded once, in a temporary home) with
``SUPPORT_CONSOLE_EXIT_AFTER_PAINT=1`` (ui/first_paint.py): the time is from
starting the process to the line the program prints when the agent console's
window has painted. ``--cold`` drops the page cache before every run (root only;
it slows every other program on the machine for a moment), so that Python, Qt
and the database are read from disk as after a reboot; without it the runs after
the first find them cached.

    python benchmarks/startup.py [--runs 10] [--cold] [--platform offscreen]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLED = Path("/usr/bin/support-console")
SOURCE = ROOT / ".venv" / "bin" / "support-console"
BUNDLE = ROOT / "dist" / "support-console"
FIRST_PAINT = "first paint: "


@dataclass(frozen=True)
class Run:
    seconds: float  # process start to the painted window
    in_process: str  # what the program printed (time since its QApplication)


def environment(home: Path, platform: str) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": platform,
        "SUPPORT_CONSOLE_EXIT_AFTER_PAINT": "1",
        **({"DISPLAY": os.environ["DISPLAY"]} if "DISPLAY" in os.environ else {}),
    }


def seed(command: Path, home: Path) -> tuple[Path, str]:
    """A demo database in ``home`` and the name of one of its agents."""
    database = home / "startup.sqlite3"
    env = environment(home, "offscreen")
    subprocess.run(
        [str(command), "--db", str(database), "demo", "seed"], env=env, check=True, capture_output=True
    )
    listed = subprocess.run(
        [str(command), "--db", str(database), "user", "list", "--role", "agent", "--format", "json"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return database, json.loads(listed.stdout)[0]["name"]


def drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def start_once(command: Path, database: Path, agent: str, home: Path, platform: str, cold: bool) -> Run:
    if cold:
        drop_caches()
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(command), "gui", "--db", str(database), "--user", agent],
        env=environment(home, platform),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(FIRST_PAINT):
            seconds = time.perf_counter() - started
            process.wait(timeout=120)
            return Run(seconds, line.removeprefix(FIRST_PAINT).strip())
    process.wait(timeout=120)
    raise RuntimeError(f"{command} exited ({process.returncode}) without painting a window")


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def installed_size_kib() -> int | None:
    """The installed package's Installed-Size, else the built package's."""
    if shutil.which("dpkg-query"):
        query = subprocess.run(
            ["dpkg-query", "-W", "-f=${Installed-Size}", "support-console"], capture_output=True, text=True
        )
        if query.returncode == 0 and query.stdout.strip():
            return int(query.stdout)
    built = sorted((ROOT / "dist").glob("support-console_*.deb"))
    if built and shutil.which("dpkg-deb"):
        field = subprocess.run(
            ["dpkg-deb", "-f", str(built[-1]), "Installed-Size"], capture_output=True, text=True
        )
        if field.returncode == 0:
            return int(field.stdout)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Start-up to a painted window, installed vs source.")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each run (root)")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM (xcb needs a DISPLAY)")
    args = parser.parse_args(argv)
    if args.cold and os.geteuid() != 0:
        parser.error("--cold drops the page cache, which needs root")

    targets = [(name, path) for name, path in (("installed", INSTALLED), ("source", SOURCE)) if path.exists()]
    if not targets:
        print("neither /usr/bin/support-console nor .venv/bin/support-console is there", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="sc-startup-") as folder:
        home = Path(folder)
        database, agent = seed(targets[-1][1], home)
        print(
            f"start-up to the painted agent console ({args.platform}, {args.runs} runs each, "
            f"{'cold: page cache dropped before each' if args.cold else 'warm cache'})"
        )
        for name, command in targets:
            # One run first, not counted, so that every counted warm run finds the same cache.
            if not args.cold:
                start_once(command, database, agent, home, args.platform, cold=False)
            runs = [
                start_once(command, database, agent, home, args.platform, args.cold) for _ in range(args.runs)
            ]
            seconds = [run.seconds for run in runs]
            print(
                f"  {name:<9} {command}: median {statistics.median(seconds):.2f} s, "
                f"p90 {percentile(seconds, 0.9):.2f} s, min {min(seconds):.2f} s, max {max(seconds):.2f} s "
                f"(in-process, last run: {runs[-1].in_process})"
            )
    bundle = Path("/opt/support-console") if INSTALLED.exists() else BUNDLE
    if bundle.is_dir():
        print(f"bundle {bundle}: {folder_size(bundle) / 2**20:.1f} MiB")
    size = installed_size_kib()
    if size is not None:
        print(f"installed size (Installed-Size): {size * 1024 / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
