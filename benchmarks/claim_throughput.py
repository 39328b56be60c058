"""Claims per second with concurrent claimers, each its own process and
connection, emptying a queue of open cases; checks that no case was claimed twice.

    python benchmarks/claim_throughput.py [--backend postgresql|sqlite|both] [--cases 2000] [--claimers 8]
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from collections import Counter
from datetime import UTC, datetime

sys.path.insert(0, __file__.rsplit("/", 1)[0])

from _databases import small_organisation, temporary_database

from console.demo.loadgen import fill_open_cases
from console.services.errors import NothingToClaim
from console.services.infrastructure.database import Database
from console.services.usecases.cases import CaseService
from console.storage.engine import create_engine_for

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def claimer(url: str, agent: str, start_at: float) -> tuple[list[int], float]:
    db = Database(create_engine_for(url))
    service = CaseService(db, clock=lambda: NOW)
    service.summary  # noqa: B018 - imports done before the clock starts
    while time.time() < start_at:
        time.sleep(0.001)
    claimed: list[int] = []
    began = time.perf_counter()
    try:
        while True:
            try:
                claimed.append(service.claim_next(agent).number)
            except NothingToClaim:
                return claimed, time.perf_counter() - began
    finally:
        db.close()


def run(backend: str, cases: int, claimers: int) -> None:
    with temporary_database(backend) as url:
        agents = small_organisation(url, claimers)
        db = Database(create_engine_for(url))
        fill_open_cases(db, cases, NOW)
        db.close()
        context = multiprocessing.get_context("spawn")
        with context.Pool(claimers) as pool:
            start_at = time.time() + 3.0  # let every process import and connect first
            results = pool.starmap(claimer, [(url, agent, start_at) for agent in agents])
        claimed = [n for numbers, _ in results for n in numbers]
        wall = max(seconds for _, seconds in results)
        duplicates = sum(1 for count in Counter(claimed).values() if count > 1)
        print(
            f"{backend:<10}: {len(claimed):,} of {cases:,} cases claimed by {claimers} claimers in {wall:.2f} s "
            f"= {len(claimed) / wall:,.0f} claims/s; claimed twice: {duplicates}; "
            f"per claimer {min(len(n) for n, _ in results)}-{max(len(n) for n, _ in results)}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--backend", choices=("postgresql", "sqlite", "both"), default="both")
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--claimers", type=int, default=8)
    args = parser.parse_args()
    for backend in ("postgresql", "sqlite") if args.backend == "both" else (args.backend,):
        run(backend, args.cases, args.claimers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
