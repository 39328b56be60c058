"""The wallboard's refresh with a big queue and a long history: the time to
recompute every tile (``WallboardService.figures``: open cases, at risk, next to
breach, attainment today / 7 days / 30-day trend per plan, chats, agents' loads)
with 50,000 open cases and 500,000 closed cases of history (target < 500 ms),
for the whole board and for one team.

    python benchmarks/wallboard_refresh.py [--backend sqlite|postgresql|both]
        [--open 50000] [--closed 500000] [--days 365] [--repeats 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import UTC, datetime

sys.path.insert(0, __file__.rsplit("/", 1)[0])

from _databases import small_organisation, temporary_database
from sqlalchemy import select, update

from console.demo.loadgen import fill_closed_history, fill_open_cases
from console.services.infrastructure.database import Database
from console.services.readmodels.wallboard import WallboardFilter, WallboardService
from console.storage.engine import create_engine_for
from console.storage.models import Case, User

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # Wednesday 11:00 in Berlin
TARGET_S = 0.5


def run(backend: str, open_cases: int, closed: int, days: int, repeats: int) -> None:
    with temporary_database(backend) as url:
        names = small_organisation(url, 8)
        db = Database(create_engine_for(url))
        with db.write() as session:
            for index, name in enumerate(names):
                session.execute(
                    update(User).where(User.name == name).values(team="EMEA" if index % 2 else "Platform")
                )
            agents = list(session.scalars(select(User.id).where(User.name.in_(names))))
        started = time.perf_counter()
        fill_closed_history(db, closed, NOW, days=days, assignee_ids=agents)
        fill_open_cases(db, open_cases, NOW)
        with db.write() as session:  # a quarter of the queue is being worked
            session.execute(
                update(Case)
                .where(Case.status == "new", Case.id % 4 == 0)
                .values(assignee_id=agents[0], status="open")
            )
        filled = time.perf_counter() - started
        with db.engine.connect() as connection:  # fresh statistics, as autovacuum would give
            connection.exec_driver_sql("ANALYZE")
        board = WallboardService(db)
        for label, keep in (("whole board", WallboardFilter()), ("team EMEA", WallboardFilter(team="EMEA"))):
            figures = board.figures(keep, now=NOW)  # warm: calendars built, connection pooled
            timings = []
            for _ in range(repeats):
                began = time.perf_counter()
                figures = board.figures(keep, now=NOW)
                timings.append(time.perf_counter() - began)
            best, median = min(timings), statistics.median(timings)
            verdict = "within" if median < TARGET_S else "OVER"
            print(
                f"{backend:<10} {label:<11}: {figures.open_cases:,} open, {closed:,} closed "
                f"(filled in {filled:.0f} s); all tiles in best {best * 1000:.0f} ms / median "
                f"{median * 1000:.0f} ms ({verdict} the {TARGET_S * 1000:.0f} ms target); "
                f"7-day attainment {figures.week.met:,} met / {figures.week.breached:,} breached, "
                f"{sum(d.total.settled for d in figures.trend):,} clocks settled in 30 days"
            )
        db.close()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--backend", choices=("postgresql", "sqlite", "both"), default="both")
    parser.add_argument("--open", type=int, default=50_000, dest="open_cases")
    parser.add_argument("--closed", type=int, default=500_000)
    parser.add_argument("--days", type=int, default=365, help="the history's span in days")
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    for backend in ("sqlite", "postgresql") if args.backend == "both" else (args.backend,):
        run(backend, args.open_cases, args.closed, args.days, args.repeats)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
