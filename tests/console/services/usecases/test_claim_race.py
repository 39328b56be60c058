"""Eight processes claim from a queue of 2,000 cases until it is empty: every case
is claimed exactly once, on SQLite and on PostgreSQL."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from datetime import UTC, datetime
from multiprocessing.managers import BarrierProxy

from sqlalchemy import select
from sqlalchemy.engine import URL

from console.demo.loadgen import fill_open_cases
from console.services.errors import NothingToClaim
from console.services.infrastructure.database import Database
from console.storage.engine import create_engine_for
from console.storage.models import Case
from tests.support.services import WEDNESDAY_9, Services

CASES = 2000
CLAIMERS = 8


def claim_until_empty(url: str, agent: str, ready: BarrierProxy) -> list[int]:
    from console.services.usecases.cases import CaseService

    db = Database(create_engine_for(url))
    service = CaseService(db, clock=lambda: datetime(2026, 11, 25, 8, 0, tzinfo=UTC))
    claimed: list[int] = []
    ready.wait()  # all claimers start together, however slowly each process spawned
    try:
        while True:
            try:
                claimed.append(service.claim_next(agent).number)
            except NothingToClaim:
                return claimed
    finally:
        db.close()


def test_every_case_claimed_exactly_once(services: Services, database_url: URL) -> None:
    agents = [f"Racer {index}" for index in range(CLAIMERS)]
    for agent in agents:
        services.accounts.add_user(agent, "agent")
    fill_open_cases(services.db, CASES, WEDNESDAY_9)
    url = database_url.render_as_string(hide_password=False)
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager, context.Pool(CLAIMERS) as pool:
        ready = manager.Barrier(CLAIMERS)
        results = pool.starmap(claim_until_empty, [(url, agent, ready) for agent in agents])
    claimed = [number for numbers in results for number in numbers]
    counts = Counter(claimed)
    assert len(claimed) == CASES
    assert max(counts.values()) == 1
    assert all(len(numbers) > 0 for numbers in results), [len(n) for n in results]
    with services.db.read() as session:
        owners = dict(session.execute(select(Case.number, Case.assignee_id)).tuples().all())
        names = {services.accounts.user(agent).id: agent for agent in agents}
    for agent, numbers in zip(agents, results, strict=True):
        for number in numbers:
            assert names[owners[number]] == agent
