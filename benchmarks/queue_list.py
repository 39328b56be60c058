"""The queue with many open cases: the time to read, order and clock them
(``QueueService.rows``, what every screen and ``queue list`` use), and the whole
``support-console queue list --format json`` command.

    python benchmarks/queue_list.py [--backend sqlite|postgresql|both] [--cases 50000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from datetime import UTC, datetime

sys.path.insert(0, __file__.rsplit("/", 1)[0])

from _databases import small_organisation, temporary_database

from console.demo.loadgen import fill_open_cases
from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.storage.engine import create_engine_for

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def run(backend: str, cases: int, repeats: int) -> None:
    with temporary_database(backend) as url:
        small_organisation(url, 2)
        db = Database(create_engine_for(url))
        started = time.perf_counter()
        fill_open_cases(db, cases, NOW)
        filled = time.perf_counter() - started
        svc = ConsoleServices(db)
        svc.queue.rows(NOW)  # warm: calendars built, connection pooled
        timings = []
        for _ in range(repeats):
            began = time.perf_counter()
            rows = svc.queue.rows(NOW)
            timings.append(time.perf_counter() - began)
        svc.close()
        began = time.perf_counter()
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
        command = time.perf_counter() - began
        print(
            f"{backend:<10}: {len(rows):,} open cases (filled in {filled:.1f} s): ordered and clocked in "
            f"best {min(timings):.3f} s / median {sorted(timings)[len(timings) // 2]:.3f} s (target < 1 s); "
            f"`queue list --format json` as a command {command:.2f} s ({len(result.stdout) / 1e6:.1f} MB)"
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--backend", choices=("postgresql", "sqlite", "both"), default="both")
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    for backend in ("sqlite", "postgresql") if args.backend == "both" else (args.backend,):
        run(backend, args.cases, args.repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
