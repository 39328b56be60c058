"""The database's table of status moves (read by its check of people's writes)
is the domain's rule, on both backends."""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from console.domain.cases import CaseStatus, allowed_moves
from console.storage.models import StatusMove


def test_the_status_moves_table_is_the_domains_rule(engine: Engine) -> None:
    with Session(engine) as session:
        stored = set(session.execute(select(StatusMove.from_status, StatusMove.to_status)).tuples())
    expected = {(old.value, new.value) for old in CaseStatus for new in allowed_moves(old)}
    assert stored == expected
