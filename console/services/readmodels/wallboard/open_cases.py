"""One pass over the open cases: what waits, what is unassigned or awaits its
first response, which clocks are at risk, the chats waiting, each assignee's
load, and which cases the next-to-breach strip and the lead's list show."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from console.domain.cases import OPEN_STATUS_CODES, WAITING_STATUS_CODES, instant
from console.domain.plans import PLAN_BY_CODE, SEVERITY_BY_NUMBER, Plan, Severity
from console.services.infrastructure.programme import Programme
from console.services.readmodels.settlements import raw_rows
from console.services.readmodels.wallboard.figures import OpenCaseCounts
from console.sla.calendar import to_epoch
from console.sla.clock import ClockReader, ClockState, is_overdue
from console.storage.models import Case
from console.storage.types import EpochSeconds

NEXT_TO_BREACH = 10
LEAD_CASES = 150


OPEN_COLUMNS = (
    Case.id,
    Case.severity,
    Case.status,
    Case.plan_code,
    Case.account_id,
    Case.assignee_id,
    EpochSeconds(Case.opened_at),
    EpochSeconds(Case.first_response_due_at),
    EpochSeconds(Case.first_response_at),
    EpochSeconds(Case.waiting_since),
    Case.unread_chat,
)


def read_open_rows(session: Session, plans: Sequence[Plan]) -> list[tuple[Any, ...]]:
    """The open cases of ``plans`` as plain tuples of :data:`OPEN_COLUMNS`, read
    straight from the driver's cursor (tens of thousands of rows; SQLAlchemy's row
    objects would cost more than the query). Parameters are the code's own
    constants, so they are compiled inline."""
    query: Select[Any] = select(*OPEN_COLUMNS).where(Case.status.in_(OPEN_STATUS_CODES))
    if len(plans) < len(Plan):
        query = query.where(Case.plan_code.in_([p.value for p in plans]))
    return raw_rows(session, query)


@dataclass(frozen=True, slots=True)
class OpenCaseTally:
    """What one pass over the open cases yields: the counts, and the cases and
    assignees whose names and summaries are looked up next."""

    counts: OpenCaseCounts
    oldest: int | None
    next_ids: list[int]
    lead_ids: list[int]
    assigned: dict[int, int]
    assigned_awaiting: dict[int, int]


def tally_open_cases(
    programme: Programme, now: datetime, open_rows: Iterable[tuple[Any, ...]]
) -> OpenCaseTally:
    current = to_epoch(now)
    policy = programme.policy
    readers: dict[int, ClockReader] = {}
    waiting = dict.fromkeys(Severity, 0)
    awaiting = at_risk = chats = open_cases = unassigned_count = 0
    longest_chat: int | None = None
    oldest: tuple[int, int] | None = None
    assigned: dict[int, int] = {}
    assigned_awaiting: dict[int, int] = {}
    # (remaining operational seconds, case id) of the clocks still running
    running: list[tuple[int, int]] = []
    urgent: list[tuple[int, int]] = []  # at risk or breached, awaiting the first response
    unassigned: list[tuple[int, int]] = []
    others: list[tuple[int, int]] = []
    for (
        case_id,
        severity,
        status,
        plan_code,
        account_id,
        assignee,
        opened,
        due,
        responded,
        since,
        unread,
    ) in open_rows:
        open_cases += 1
        if status in WAITING_STATUS_CODES:
            waiting[SEVERITY_BY_NUMBER[severity]] += 1
        if assignee is None:
            unassigned_count += 1
            if oldest is None or (opened, case_id) < oldest:
                oldest = (opened, case_id)
        else:
            assigned[assignee] = assigned.get(assignee, 0) + 1
        if unread:
            chats += 1
            if since is not None:
                wait = max(0, current - since)
                longest_chat = wait if longest_chat is None else max(longest_chat, wait)
        if responded is None:
            awaiting += 1
            if assignee is not None:
                assigned_awaiting[assignee] = assigned_awaiting.get(assignee, 0) + 1
            if due is not None and is_overdue(due, current):
                # Overdue: the clock reads BREACHED whatever its calendar says
                # (asked of the clock before its calendar), so most of a long
                # backlog needs no operational arithmetic. Most overdue first in
                # the lead list.
                urgent.append((due - current, case_id))
                continue
            if due is not None:
                plan, level = PLAN_BY_CODE[plan_code], SEVERITY_BY_NUMBER[severity]
                calendar = programme.calendar_for(plan, level, account_id)
                reader = readers.get(id(calendar))
                if reader is None:
                    reader = readers[id(calendar)] = ClockReader(calendar, current, policy.thresholds)
                reading = reader.read_epochs(
                    due, instant(due), policy.target_minutes(plan, level) * 60, None, None
                )
                running.append((reading.remaining_seconds, case_id))
                if reading.state is ClockState.AT_RISK:
                    at_risk += 1
                    urgent.append((reading.remaining_seconds, case_id))
                    continue
        if assignee is None:
            unassigned.append((due if due is not None and responded is None else opened, case_id))
        else:
            others.append((due if due is not None and responded is None else opened, case_id))
    next_ids = [case_id for _, case_id in heapq.nsmallest(NEXT_TO_BREACH, running)]
    lead: list[int] = [case_id for _, case_id in heapq.nsmallest(LEAD_CASES, urgent)]
    for pool in (unassigned, others):
        if len(lead) < LEAD_CASES:
            lead += [case_id for _, case_id in heapq.nsmallest(LEAD_CASES - len(lead), pool)]
    counts = OpenCaseCounts(
        waiting_by_severity=MappingProxyType(waiting),
        open_cases=open_cases,
        unassigned=unassigned_count,
        awaiting_first_response=awaiting,
        at_risk=at_risk,
        chats_waiting=chats,
        longest_chat_wait_seconds=longest_chat,
    )
    return OpenCaseTally(
        counts=counts,
        oldest=None if oldest is None else oldest[1],
        next_ids=next_ids,
        lead_ids=lead + ([] if oldest is None or oldest[1] in lead else [oldest[1]]),
        assigned=assigned,
        assigned_awaiting=assigned_awaiting,
    )
