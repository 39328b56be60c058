"""The team lead's wallboard: every figure on it computed at one instant, from one
read of the open cases, the clocks that settled over the last 30 days and the
staff — one implementation for the wallboard screen and the command line.

What the figures mean:

- *Waiting*: open cases in status new or open (not pending the customer, not on
  hold), by severity. *Awaiting first response*: open cases (any open status) no
  agent has answered publicly yet.
- *At risk*: open cases awaiting their first response whose SLA clock reads
  AT_RISK now (``console.sla.clock`` with the programme's risk thresholds).
- *Breached today*, *attainment today / over 7 days* and the 30-day *trend* count
  the first-response clocks that settled in each local day of the support
  calendar's time zone, by the one rule of ``console.sla.attainment`` (a clock
  settles at its first response when met, at its due instant when breached).
  The 7 days are today and the six days before it.
- *Oldest unassigned*: the open case without an assignee that was opened first;
  its age is real (wall-clock) time since opening.
- *Chats waiting*: open cases with chat messages from the customer that no agent
  has read or answered (``unread_chat`` > 0). The wait of such a chat runs from
  the customer's oldest unanswered message (``waiting_since``), which an agent's
  public answer clears.
- *Agents online / away*: active users with role agent or lead, by presence.
- *Average first response today*: the mean operational time from opening to the
  first response (``ClockRow.first_response_seconds``) over the clocks first
  answered today.
- *Next to breach*: the open cases awaiting a first response and not yet
  breached with the least operational time left, as :class:`CaseSummary` rows;
  with the :class:`Programme` the screen re-clocks them every second by itself.

Filters: ``plans`` keeps the cases opened under those plans (empty: all plans).
``team`` keeps, for the staff figures and the agents' loads, the members of that
team (``users.team``); for the case figures, the cases assigned to the team's
members *plus the unassigned cases* — the shared pool every team draws from.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from console.domain.cases import OPEN_STATUS_CODES, WAITING_STATUS_CODES, CaseSummary, Presence, Role, instant
from console.domain.permissions import Action
from console.domain.plans import PLAN_BY_CODE, SEVERITY_BY_NUMBER, Plan, Severity
from console.domain.tiles import (
    DEFAULT_THRESHOLDS,
    Level,
    Threshold,
    Tile,
    threshold_problem,
)
from console.services.base import Service
from console.services.errors import InvalidInput
from console.services.infrastructure.database import Database, to_second
from console.services.infrastructure.lookup import optional_user
from console.services.infrastructure.programme import Programme
from console.services.permissions import require
from console.services.readmodels.local_days import local_midnight
from console.services.readmodels.settlements import ClockRow, clock_row, raw_rows, settling_rows
from console.services.readmodels.snapshots import collector_paused, fetch_summaries, summary_query
from console.sla.attainment import Attainment, Outcome, settlement
from console.sla.calendar import to_epoch
from console.sla.clock import ClockReader, ClockState, is_overdue
from console.storage.models import Case, TileThreshold, User
from console.storage.types import EpochSeconds

TREND_DAYS = 30
WEEK_DAYS = 7
NEXT_TO_BREACH = 10
LEAD_CASES = 150
STAFF_ROLES = (Role.AGENT, Role.LEAD)


@dataclass(frozen=True, slots=True)
class WallboardFilter:
    """Which team and which plans the wallboard shows (empty: everybody, every plan)."""

    team: str | None = None
    plans: frozenset[Plan] = frozenset()

    def shown_plans(self) -> tuple[Plan, ...]:
        return tuple(plan for plan in Plan if not self.plans or plan in self.plans)


@dataclass(frozen=True, slots=True)
class AgentLoad:
    """One member of staff and the open cases on them."""

    user_id: int
    name: str
    role: Role
    team: str | None
    presence: Presence
    open_assigned: int
    awaiting_first_response: int


@dataclass(frozen=True, slots=True)
class OldestCase:
    number: int
    account_name: str
    subject: str
    plan: Plan
    severity: Severity
    opened_at: datetime
    age_seconds: int


@dataclass(frozen=True, slots=True)
class TrendDay:
    """One local day's settled clocks, per plan shown."""

    day: date
    by_plan: Mapping[Plan, Attainment]

    @property
    def total(self) -> Attainment:
        return sum(self.by_plan.values(), Attainment())


@dataclass(frozen=True, kw_only=True)
class OpenCaseCounts:
    """The figures of one pass over the open cases."""

    waiting_by_severity: Mapping[Severity, int]
    open_cases: int
    unassigned: int
    awaiting_first_response: int
    at_risk: int
    chats_waiting: int
    longest_chat_wait_seconds: int | None


@dataclass(frozen=True, kw_only=True)
class SettledCounts:
    """The figures of the clocks that settled over the trend's days."""

    attainment_today: Mapping[Plan, Attainment]
    attainment_week: Mapping[Plan, Attainment]
    trend: tuple[TrendDay, ...]
    first_responses_today: int
    average_first_response_seconds: float | None


@dataclass(frozen=True, kw_only=True)
class WallboardFigures(OpenCaseCounts, SettledCounts):
    """Everything on the wallboard as it stood at ``now``: the open cases' and the
    settled clocks' counts, and the staff, the lists and the limits."""

    now: datetime
    filter: WallboardFilter
    programme: Programme
    oldest_unassigned: OldestCase | None
    agents_online: int
    agents_away: int
    agents_offline: int
    next_to_breach: tuple[CaseSummary, ...]
    lead_cases: tuple[CaseSummary, ...]
    agent_loads: tuple[AgentLoad, ...]
    thresholds: Mapping[Tile, Threshold]
    teams: tuple[str, ...] = field(default=())

    @property
    def waiting(self) -> int:
        return sum(self.waiting_by_severity.values())

    @property
    def today(self) -> Attainment:
        return sum(self.attainment_today.values(), Attainment())

    @property
    def week(self) -> Attainment:
        return sum(self.attainment_week.values(), Attainment())

    @property
    def breached_today(self) -> int:
        return self.today.breached

    def value(self, tile: Tile) -> float | None:
        """The tile's figure in the unit its thresholds use (count, %, minutes)."""
        if tile is Tile.WAITING:
            return self.waiting
        if tile is Tile.AWAITING_FIRST_RESPONSE:
            return self.awaiting_first_response
        if tile is Tile.AT_RISK:
            return self.at_risk
        if tile is Tile.BREACHED_TODAY:
            return self.breached_today
        if tile is Tile.ATTAINMENT_TODAY:
            return _percent(self.today)
        if tile is Tile.ATTAINMENT_WEEK:
            return _percent(self.week)
        if tile is Tile.OLDEST_UNASSIGNED:
            return None if self.oldest_unassigned is None else self.oldest_unassigned.age_seconds / 60
        if tile is Tile.CHATS_WAITING:
            return self.chats_waiting
        if tile is Tile.LONGEST_CHAT_WAIT:
            wait = self.longest_chat_wait_seconds
            return None if wait is None else wait / 60
        if tile is Tile.AGENTS_ONLINE:
            return self.agents_online
        return (
            None if self.average_first_response_seconds is None else self.average_first_response_seconds / 60
        )

    def level(self, tile: Tile) -> Level:
        return self.thresholds[tile].level(self.value(tile))


def _percent(result: Attainment) -> float | None:
    ratio = result.ratio
    return None if ratio is None else ratio * 100


class WallboardService(Service):
    def figures(
        self,
        filter: WallboardFilter | None = None,
        actor: str | int | None = None,
        now: datetime | None = None,
    ) -> WallboardFigures:
        """Every wallboard figure at ``now`` (default: the service's clock), for
        whom the permission table lets watch it (``actor`` None: the system)."""
        keep = filter or WallboardFilter()
        moment = to_second(now) if now is not None else self.clock()
        with collector_paused(), self.db.read() as session:
            require(optional_user(session, actor), Action.READ_WALLBOARD)
            programme = self.loader.load(session)
            thresholds = _thresholds(session)
            staff = session.execute(
                select(User.id, User.name, User.role, User.team, User.presence).where(User.active.is_(True))
            ).all()
            teams = tuple(sorted({row.team for row in staff if row.team}))
            members = (
                None if keep.team is None else frozenset(row.id for row in staff if row.team == keep.team)
            )
            plans = keep.shown_plans()
            open_rows = _open_rows(session, plans)
            if members is not None:
                open_rows = [row for row in open_rows if row[5] is None or row[5] in members]
            zone = programme.calendar.zone
            today = moment.astimezone(zone).date()
            starts = [
                local_midnight(today - timedelta(days=TREND_DAYS - 1 - i), zone)
                for i in range(TREND_DAYS + 1)
            ]
            clocks = _settling_rows(session, starts[0], starts[-1], plans, open_rows, members)
            tally = _tally(programme, moment, open_rows)
            settled = _settled(programme, moment, clocks, starts, plans)
            chosen = [*tally.next_ids, *tally.lead_ids]
            summaries = (
                {s.id: s for s in fetch_summaries(session, summary_query().where(Case.id.in_(chosen)))}
                if chosen
                else {}
            )
        staff_rows = [row for row in staff if Role(row.role) in STAFF_ROLES]
        if members is not None:
            staff_rows = [row for row in staff_rows if row.id in members]
        presences = [Presence(row.presence) for row in staff_rows]
        loads = tuple(
            AgentLoad(
                row.id,
                row.name,
                Role(row.role),
                row.team,
                Presence(row.presence),
                tally.assigned.get(row.id, 0),
                tally.assigned_awaiting.get(row.id, 0),
            )
            for row in sorted(staff_rows, key=lambda r: r.name.lower())
        )
        oldest = None
        if tally.oldest is not None and tally.oldest in summaries:
            case = summaries[tally.oldest]
            oldest = OldestCase(
                case.number,
                case.account_name,
                case.subject,
                case.plan,
                case.severity,
                case.opened_at,
                int((moment - case.opened_at).total_seconds()),
            )
        return WallboardFigures(
            **_fields_of(tally.counts),
            **_fields_of(settled),
            now=moment,
            filter=keep,
            programme=programme,
            oldest_unassigned=oldest,
            agents_online=presences.count(Presence.ONLINE),
            agents_away=presences.count(Presence.AWAY),
            agents_offline=presences.count(Presence.OFFLINE),
            next_to_breach=tuple(summaries[i] for i in tally.next_ids if i in summaries),
            lead_cases=tuple(summaries[i] for i in tally.lead_ids if i in summaries),
            agent_loads=loads,
            thresholds=MappingProxyType(thresholds),
            teams=teams,
        )

    def thresholds(self) -> dict[Tile, Threshold]:
        """Every tile's limits: the stored ones, the defaults for the rest."""
        with self.db.read() as session:
            return _thresholds(session)

    def set_threshold(
        self, tile: Tile | str, amber: float, red: float, actor: str | int | None = None
    ) -> Threshold:
        """Set where ``tile`` turns amber and red (a lead's or an admin's decision)."""
        code = _tile(tile)
        problem = threshold_problem(code, float(amber), float(red))
        if problem is not None:
            raise InvalidInput(problem)
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.CHANGE_WALLBOARD_THRESHOLDS)
            record = session.get(TileThreshold, code.value)
            if record is None:
                record = TileThreshold(tile=code.value, amber=float(amber), red=float(red), updated_at=moment)
                session.add(record)
            record.amber, record.red = float(amber), float(red)
            record.updated_at = moment
            record.updated_by = None if who is None else who.id
            Database.record_change(
                session, "wallboard", 0, "threshold", actor_id=None if who is None else who.id, at=moment
            )
        return Threshold(code, float(amber), float(red))

    def reset_threshold(self, tile: Tile | str, actor: str | int | None = None) -> Threshold:
        """Go back to the default limits of ``tile``."""
        code = _tile(tile)
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.CHANGE_WALLBOARD_THRESHOLDS)
            record = session.get(TileThreshold, code.value)
            if record is not None:
                session.delete(record)
                Database.record_change(
                    session, "wallboard", 0, "threshold", actor_id=None if who is None else who.id, at=moment
                )
        return DEFAULT_THRESHOLDS[code]


def _tile(tile: Tile | str) -> Tile:
    if isinstance(tile, Tile):
        return tile
    try:
        return Tile.parse(tile)
    except ValueError as error:
        raise InvalidInput(str(error)) from None


def _thresholds(session: Session) -> dict[Tile, Threshold]:
    result = dict(DEFAULT_THRESHOLDS)
    for code, amber, red in session.execute(
        select(TileThreshold.tile, TileThreshold.amber, TileThreshold.red)
    ):
        try:
            tile = Tile(code)
            result[tile] = Threshold(tile, amber, red)
        except ValueError:
            continue  # a tile this version does not know, or limits edited outside the console
    return result


# -- the open cases -------------------------------------------------------------------------

_OPEN_COLUMNS = (
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


def _open_rows(session: Session, plans: Sequence[Plan]) -> list[tuple[Any, ...]]:
    """The open cases of ``plans`` as plain tuples of :data:`_OPEN_COLUMNS`, read
    straight from the driver's cursor (tens of thousands of rows; SQLAlchemy's row
    objects would cost more than the query). Parameters are the code's own
    constants, so they are compiled inline."""
    query: Select[Any] = select(*_OPEN_COLUMNS).where(Case.status.in_(OPEN_STATUS_CODES))
    if len(plans) < len(Plan):
        query = query.where(Case.plan_code.in_([p.value for p in plans]))
    return raw_rows(session, query)


def _settling_rows(
    session: Session,
    start: datetime,
    end: datetime,
    plans: Sequence[Plan],
    open_rows: Iterable[tuple[Any, ...]],
    members: frozenset[int] | None = None,
) -> list[tuple[Any, ...]]:
    """The clocks that can settle in [start, end), by the one reader
    (:func:`settlements.settling_rows`), with the open cases' unanswered clocks
    taken from ``open_rows``, already read for the other tiles. ``members`` keeps
    the clocks of those assignees and the unassigned ones (the team filter)."""
    open_unanswered = [
        (row[0], row[3], row[1], row[4], row[5], row[6], row[7], None) for row in open_rows if row[8] is None
    ]
    shown = None if len(plans) == len(Plan) else plans
    rows = settling_rows(session, start, end, shown, open_unanswered=open_unanswered)
    if members is not None:
        rows = [row for row in rows if row[4] is None or row[4] in members]
    return rows


def settling_clocks(
    session: Session,
    start: datetime,
    end: datetime,
    plans: Sequence[Plan],
    open_rows: Iterable[tuple[Any, ...]],
    members: frozenset[int] | None = None,
) -> list[ClockRow]:
    """:func:`_settling_rows` as :class:`ClockRow`s (the wallboard's refresh works
    on the plain tuples; a hundred thousand named tuples cost a visible share)."""
    return [clock_row(row) for row in _settling_rows(session, start, end, plans, open_rows, members)]


def _fields_of(counts: OpenCaseCounts | SettledCounts) -> dict[str, Any]:
    """The fields of ``counts`` by name (a shallow copy, unlike ``asdict``)."""
    return {f.name: getattr(counts, f.name) for f in fields(counts)}


@dataclass(frozen=True, slots=True)
class _Tally:
    """What one pass over the open cases yields: the counts, and the cases and
    assignees whose names and summaries are looked up next."""

    counts: OpenCaseCounts
    oldest: int | None
    next_ids: list[int]
    lead_ids: list[int]
    assigned: dict[int, int]
    assigned_awaiting: dict[int, int]


def _tally(programme: Programme, now: datetime, open_rows: Iterable[tuple[Any, ...]]) -> _Tally:
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
    return _Tally(
        counts=counts,
        oldest=None if oldest is None else oldest[1],
        next_ids=next_ids,
        lead_ids=lead + ([] if oldest is None or oldest[1] in lead else [oldest[1]]),
        assigned=assigned,
        assigned_awaiting=assigned_awaiting,
    )


def _settled(
    programme: Programme,
    now: datetime,
    clocks: Sequence[tuple[Any, ...]],
    day_starts: Sequence[datetime],
    plans: Sequence[Plan],
) -> SettledCounts:
    """Attainment per local day, today and over the week, and today's first
    responses. Each clock is counted on the day its outcome became known, by the
    rule of ``console.sla.attainment`` (``settlement``); today is the
    last day and the week the last seven, so the three always agree (and agree
    with :func:`settlements.attainment` over the same clocks, which the tests
    check)."""
    current = to_epoch(now)
    zone = programme.calendar.zone
    bounds = [to_epoch(start) for start in day_starts]
    first, last = bounds[0], bounds[-1]
    days = len(bounds) - 1
    counts: dict[str, list[list[int]]] = {plan.value: [[0, 0] for _ in range(days)] for plan in Plan}
    today_start = bounds[-2]
    response_times: list[int] = []
    # The hot loop of a refresh (a hundred thousand clocks at the benchmark's
    # size): names bound locally and tuple fields unpacked, not looked up.
    met_outcome, settle, day_of = Outcome.MET, settlement, bisect.bisect_right
    for clock in clocks:
        plan, due, responded = clock[1], clock[6], clock[7]
        settled = settle(due, responded, current)
        if settled is not None and first <= settled[0] < last:
            counts[plan][day_of(bounds, settled[0]) - 1][0 if settled[1] is met_outcome else 1] += 1
        if responded is not None and today_start <= responded <= current:
            seconds = clock_row(clock).first_response_seconds(programme)
            if seconds is not None:
                response_times.append(seconds)
    trend = tuple(
        TrendDay(
            day_starts[index].astimezone(zone).date(),
            MappingProxyType({plan: Attainment(*counts[plan.value][index]) for plan in plans}),
        )
        for index in range(days)
    )
    today = dict(trend[-1].by_plan)
    week = {plan: sum((day.by_plan[plan] for day in trend[-WEEK_DAYS:]), Attainment()) for plan in plans}
    average = sum(response_times) / len(response_times) if response_times else None
    return SettledCounts(
        attainment_today=MappingProxyType(today),
        attainment_week=MappingProxyType(week),
        trend=trend,
        first_responses_today=len(response_times),
        average_first_response_seconds=average,
    )
