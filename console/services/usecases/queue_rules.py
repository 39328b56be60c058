"""The queue's rule chain as team leads and admins set it (SPEC.md section 4): read
the stored chain, store a new order or a new set of switched-on rules, go back to
the published chain, and preview the order of the open queue under a chain before
storing it.

The chain is part of the programme, like a target: a change is logged under the
``policy`` entity of the change log (naming who made it, as every set-up change
does), so every console's programme loader re-reads it and every live queue
re-orders at once; claiming reads the same stored chain in its SQL. No due time
moves, so nothing is recomputed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from console.domain.permissions import Action
from console.queueing import DEFAULT_CHAIN, RuleChain, order
from console.services.base import Service
from console.services.errors import Conflict, InvalidInput
from console.services.infrastructure.database import Database
from console.services.infrastructure.lookup import optional_user
from console.services.permissions import require
from console.services.readmodels.queue import QueueRow, QueueService, QueueSnapshot, queue_context, rows_of
from console.storage.models import SupportCalendarRecord

CALENDAR_ID = 1  # the one support-calendar row holds the programme's settings
PREVIEW_ROWS = 20


@dataclass(frozen=True, slots=True)
class QueueRulesView:
    """The stored chain (unreadable text reads as the published chain, as the
    programme loader does)."""

    chain: RuleChain

    @property
    def published(self) -> bool:
        return self.chain == DEFAULT_CHAIN


def chain_of(chain: RuleChain | str) -> RuleChain:
    """A chain from its text (``"exam_live,-priority_plan,..."``), refusing unknown rules."""
    if isinstance(chain, RuleChain):
        return chain
    try:
        return RuleChain.parse(chain)
    except ValueError as error:
        raise InvalidInput(str(error)) from None


def preview_rows(snapshot: QueueSnapshot, chain: RuleChain, limit: int = PREVIEW_ROWS) -> list[QueueRow]:
    """The first ``limit`` rows of the queue ``snapshot`` holds, ordered by ``chain``
    instead of the stored chain (frozen data in, frozen data out: a worker runs it)."""
    ctx = queue_context(snapshot.programme, snapshot.now)
    places = order((row.case for row in snapshot.rows), ctx, chain)[: max(limit, 0)]
    return rows_of(places, replace(snapshot.programme, chain=chain), snapshot.now, ctx)


class QueueRulesService(Service):
    def queue_rules(self) -> QueueRulesView:
        with self.db.read() as session:
            return QueueRulesView(self.loader.load(session).chain)

    def set_queue_rules(
        self,
        chain: RuleChain | str,
        actor: str | int | None = None,
        expected: RuleChain | None = None,
    ) -> QueueRulesView:
        """Store ``chain``; ``expected`` is the chain the editor started from (another
        lead's change in between is refused as a conflict, not overwritten)."""
        wanted = chain_of(chain)
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.CHANGE_QUEUE_RULES)
            record = session.get_one(SupportCalendarRecord, CALENDAR_ID)
            stored = self.loader.load(session).chain
            if expected is not None and stored != expected:
                raise Conflict("the queue rules were changed by someone else — reloaded")
            text = str(wanted)
            if record.queue_rules != text:
                record.queue_rules = text
                session.flush()
                Database.record_change(
                    session,
                    "policy",
                    CALENDAR_ID,
                    "queue_rules",
                    actor_id=None if who is None else who.id,
                    at=moment,
                )
        return QueueRulesView(wanted)

    def reset_queue_rules(
        self, actor: str | int | None = None, expected: RuleChain | None = None
    ) -> QueueRulesView:
        """Back to the published chain (every rule on, in SPEC order)."""
        return self.set_queue_rules(DEFAULT_CHAIN, actor, expected)

    def preview(
        self, chain: RuleChain | str, now: datetime | None = None, limit: int = PREVIEW_ROWS
    ) -> list[QueueRow]:
        """The open queue's first rows under ``chain``, storing nothing."""
        wanted = chain_of(chain)
        return preview_rows(QueueService(self.db, self.loader, self.clock).snapshot(now), wanted, limit)
