"""Change-feed latency: a commit in one process, seen by a listener in another.

A writer process opens cases at a steady rate and reports the instant each
commit returned; this process runs the console's change listener (NOTIFY on
PostgreSQL, polling on SQLite) and notes the instant each change arrives. Prints
median, p95 and max latency per backend.

On PostgreSQL the same is measured, in one run, connected as the owner (the
superuser, writer and listener alike) and as people (``--roles``): the writer
signed in as one agent, the listening console as another; the agents' figures
are set beside the owner's with their ratio.

    python benchmarks/feed_latency.py [--backend postgresql|sqlite|both] [--changes 200] [--rate 20]
        [--roles owner,agent]
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection

sys.path.insert(0, __file__.rsplit("/", 1)[0])

from _databases import percentile, small_organisation, temporary_database
from _people import AGENT, OWNER, add_roles_argument, ratio, roles_for, sign_in_people

from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.services.infrastructure.feed import Change, ChangeListener, latest_change_id
from console.storage.engine import create_engine_for


def writer(url: str, changes: int, rate: float, pipe: Connection) -> None:
    svc = ConsoleServices(Database(create_engine_for(url)))
    try:
        pipe.send("ready")
        pipe.recv()
        interval = 1.0 / rate
        next_at = time.perf_counter()
        for index in range(changes):
            case = svc.cases.open_case(f"Premier Co {index % 4}", 1 + index % 4, f"latency probe {index}")
            pipe.send((case.id, time.time()))
            next_at += interval
            time.sleep(max(0.0, next_at - time.perf_counter()))
        pipe.send(None)
    finally:
        svc.close()


@dataclass(frozen=True, slots=True)
class Latencies:
    milliseconds: list[float]
    missed: int

    @property
    def median(self) -> float:
        return statistics.median(self.milliseconds)

    @property
    def p95(self) -> float:
        return percentile(self.milliseconds, 0.95)


def measure(writer_url: str, listener_url: str, changes: int, rate: float) -> Latencies:
    """A writer process connected by ``writer_url`` opens ``changes`` cases; a
    change listener connected by ``listener_url`` notes when each arrives."""
    engine = create_engine_for(listener_url)
    seen: dict[int, float] = {}
    done = threading.Event()

    def on_changes(batch: Sequence[Change]) -> None:
        now = time.time()
        for change in batch:
            if change.entity == "case" and change.action == "opened":
                seen.setdefault(change.entity_id, now)
        if len(seen) >= changes:
            done.set()

    listener = ChangeListener(engine, on_changes, after_id=latest_change_id(engine))
    parent, child = multiprocessing.get_context("spawn").Pipe()
    process = multiprocessing.get_context("spawn").Process(
        target=writer, args=(writer_url, changes, rate, child)
    )
    process.start()
    committed: dict[int, float] = {}
    with listener:
        assert parent.recv() == "ready"
        time.sleep(0.5)  # the listener is connected and caught up
        parent.send("go")
        while (message := parent.recv()) is not None:
            case_id, at = message
            committed[case_id] = at
        done.wait(10)
    process.join()
    engine.dispose()
    latencies = [(seen[i] - committed[i]) * 1000 for i in committed if i in seen]
    return Latencies(latencies, len(committed) - len(latencies))


def run(backend: str, changes: int, rate: float, roles: Sequence[str]) -> None:
    figures: dict[str, Latencies] = {}
    with temporary_database(backend) as url:
        agents = small_organisation(url, 2)
        people = sign_in_people(url, agents) if AGENT in roles else {}
        for role in roles:
            if role == AGENT:
                figures[role] = measure(people[agents[0]], people[agents[1]], changes, rate)
            else:
                figures[role] = measure(url, url, changes, rate)
    for role, got in figures.items():
        who = f" as {role:<5}" if backend == "postgresql" else ""
        print(
            f"{backend:<10}{who}: {len(got.milliseconds)} changes at {rate:g}/s: median {got.median:6.1f} ms, "
            f"p95 {got.p95:6.1f} ms, max {max(got.milliseconds):6.1f} ms; missed {got.missed}"
        )
    if OWNER in figures and AGENT in figures:
        owner, agent = figures[OWNER], figures[AGENT]
        print(
            f"{backend:<10} agent/owner: median {ratio(owner.median, agent.median)}, "
            f"p95 {ratio(owner.p95, agent.p95)}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--backend", choices=("postgresql", "sqlite", "both"), default="both")
    parser.add_argument("--changes", type=int, default=200)
    parser.add_argument("--rate", type=float, default=20.0, help="commits per second")
    add_roles_argument(parser)
    args = parser.parse_args()
    for backend in ("postgresql", "sqlite") if args.backend == "both" else (args.backend,):
        run(backend, args.changes, args.rate, roles_for(backend, args.roles))
    return 0


if __name__ == "__main__":
    sys.exit(main())
