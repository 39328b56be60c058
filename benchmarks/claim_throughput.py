"""Claims per second with concurrent claimers, each its own process and
connection, emptying a queue of open cases; checks that no case was claimed twice.

On PostgreSQL the race is run, in one run, connected as the owner (the
superuser, naming the agent who claims) and as the agents themselves, each
claimer signed in as its own agent (``--roles``), on identical fresh databases;
the agents' figure is set beside the owner's with their ratio (the price of the
grants and of migration 0003's triggers on every claim). ``--rounds`` repeats
the pair, the order of the roles alternating.

    python benchmarks/claim_throughput.py [--backend postgresql|sqlite|both] [--cases 2000] [--claimers 8]
        [--roles owner,agent] [--rounds 1]
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

sys.path.insert(0, __file__.rsplit("/", 1)[0])

from _databases import small_organisation, temporary_database
from _people import AGENT, OWNER, add_roles_argument, ratio, roles_for, sign_in_people

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
    db.identity  # noqa: B018 - who the connection is, asked before the clock starts
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


@dataclass(frozen=True, slots=True)
class Race:
    claimed: int
    wall: float
    duplicates: int
    fewest: int
    most: int

    @property
    def per_second(self) -> float:
        return self.claimed / self.wall


def race(backend: str, role: str, cases: int, claimers: int) -> Race:
    """One race on a fresh database: ``claimers`` agents empty a queue of ``cases``."""
    with temporary_database(backend) as url:
        agents = small_organisation(url, claimers)
        db = Database(create_engine_for(url))
        fill_open_cases(db, cases, NOW)
        db.close()
        urls = sign_in_people(url, agents) if role == AGENT else dict.fromkeys(agents, url)
        context = multiprocessing.get_context("spawn")
        with context.Pool(claimers) as pool:
            start_at = time.time() + 3.0  # let every process import and connect first
            results = pool.starmap(claimer, [(urls[agent], agent, start_at) for agent in agents])
    claimed = [n for numbers, _ in results for n in numbers]
    return Race(
        claimed=len(claimed),
        wall=max(seconds for _, seconds in results),
        duplicates=sum(1 for count in Counter(claimed).values() if count > 1),
        fewest=min(len(n) for n, _ in results),
        most=max(len(n) for n, _ in results),
    )


def run(backend: str, cases: int, claimers: int, roles: Sequence[str], rounds: int) -> None:
    per_role: dict[str, list[float]] = {role: [] for role in roles}
    for index in range(rounds):
        for role in roles if index % 2 == 0 else tuple(reversed(roles)):
            got = race(backend, role, cases, claimers)
            per_role[role].append(got.per_second)
            who = f" as {role:<5}" if backend == "postgresql" else ""
            print(
                f"{backend:<10}{who}: {got.claimed:,} of {cases:,} cases claimed by {claimers} claimers in "
                f"{got.wall:.2f} s = {got.per_second:,.0f} claims/s; claimed twice: {got.duplicates}; "
                f"per claimer {got.fewest}-{got.most}",
                flush=True,
            )
    if OWNER in per_role and AGENT in per_role:
        owner, agent = statistics.median(per_role[OWNER]), statistics.median(per_role[AGENT])
        drop = (1 - agent / owner) * 100
        print(
            f"{backend:<10} agent/owner: claims/s {agent:,.0f} / {owner:,.0f} = {ratio(owner, agent)} "
            f"(median of {rounds} round{'s' if rounds != 1 else ''}); drop {drop:.1f} % "
            f"({'within' if drop < 20 else 'OVER'} the 20 % target)"
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--backend", choices=("postgresql", "sqlite", "both"), default="both")
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--claimers", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=1, help="races per role, the roles taking turns")
    add_roles_argument(parser)
    args = parser.parse_args()
    for backend in ("postgresql", "sqlite") if args.backend == "both" else (args.backend,):
        run(backend, args.cases, args.claimers, roles_for(backend, args.roles), args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
