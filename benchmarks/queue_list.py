"""The queue with many open cases: the time to read, order and clock them
(``QueueService.rows``, what every screen and ``queue list`` use), and the whole
``support-console queue list --format json`` command.

On PostgreSQL the same queue is read, in one run, connected as the owner (the
superuser) and as an agent signed in as themselves (``--roles``), and the
agent's figures are set beside the owner's with their ratio: the price of the
grants, triggers and row-level policies people work under.

    python benchmarks/queue_list.py [--backend sqlite|postgresql|both] [--cases 50000] [--roles owner,agent]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

sys.path.insert(0, __file__.rsplit("/", 1)[0])

from _databases import small_organisation, temporary_database
from _people import AGENT, OWNER, add_roles_argument, ratio, roles_for, sign_in_people

from console.demo.loadgen import fill_open_cases
from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.storage.engine import create_engine_for

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Figures:
    rows: int
    best: float
    median: float
    command: float
    output_mb: float


def measure(urls: dict[str, str], repeats: int) -> dict[str, Figures]:
    """For each role: ``QueueService.rows`` ``repeats`` times after a warm-up, and
    the command (best of three); the roles take turns, so that neither is
    favoured by what the server or the machine happens to be doing."""
    services = {role: ConsoleServices(Database(create_engine_for(url))) for role, url in urls.items()}
    timings: dict[str, list[float]] = {role: [] for role in urls}
    counts: dict[str, int] = {}
    try:
        for svc in services.values():
            svc.queue.rows(NOW)  # warm: calendars built, connection pooled
        for _ in range(repeats):
            for role, svc in services.items():
                began = time.perf_counter()
                counts[role] = len(svc.queue.rows(NOW))
                timings[role].append(time.perf_counter() - began)
    finally:
        for svc in services.values():
            svc.close()
    commands: dict[str, list[float]] = {role: [] for role in urls}
    output: dict[str, int] = {}
    for _ in range(3):
        for role, url in urls.items():
            began = time.perf_counter()
            output[role] = len(queue_list_command(url))
            commands[role].append(time.perf_counter() - began)
    figures = {}
    for role in urls:
        ordered = sorted(timings[role])
        figures[role] = Figures(
            counts[role], ordered[0], ordered[len(ordered) // 2], min(commands[role]), output[role] / 1e6
        )
    return figures


def queue_list_command(url: str) -> bytes:
    """``support-console queue list --format json`` in a process of its own; its output."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "console",
            "--db",
            url,
            "queue",
            "list",
            "--now",
            "2026-11-25T09:00:00Z",
            "--format",
            "json",
        ],
        check=True,
        capture_output=True,
        env=os.environ.copy(),
    )
    return result.stdout


def run(backend: str, cases: int, repeats: int, roles: Sequence[str]) -> None:
    with temporary_database(backend) as url:
        agents = small_organisation(url, 2)
        db = Database(create_engine_for(url))
        started = time.perf_counter()
        fill_open_cases(db, cases, NOW)
        filled = time.perf_counter() - started
        db.close()
        urls = {OWNER: url}
        if AGENT in roles:
            urls[AGENT] = sign_in_people(url, agents[:1])[agents[0]]
        figures = measure({role: urls[role] for role in roles}, repeats)
    for role, got in figures.items():
        who = f" as {role:<5}" if backend == "postgresql" else ""
        print(
            f"{backend:<10}{who}: {got.rows:,} open cases (filled in {filled:.1f} s): ordered and clocked in "
            f"best {got.best:.3f} s / median {got.median:.3f} s (target < 1 s); "
            f"`queue list --format json` as a command best {got.command:.2f} s ({got.output_mb:.1f} MB)"
        )
    if OWNER in figures and AGENT in figures:
        owner, agent = figures[OWNER], figures[AGENT]
        print(
            f"{backend:<10} agent/owner: rows median {ratio(owner.median, agent.median)}, "
            f"best {ratio(owner.best, agent.best)}; command {ratio(owner.command, agent.command)}; "
            f"agent median {'within' if agent.median < 1.0 else 'OVER'} the 1 s target"
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--backend", choices=("postgresql", "sqlite", "both"), default="both")
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=5)
    add_roles_argument(parser)
    args = parser.parse_args()
    for backend in ("sqlite", "postgresql") if args.backend == "both" else (args.backend,):
        run(backend, args.cases, args.repeats, roles_for(backend, args.roles))
    return 0


if __name__ == "__main__":
    sys.exit(main())
