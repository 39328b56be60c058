"""The wallboard's figures, as frozen values: every figure on it computed at one
instant, from one read of the open cases, the clocks that settled over the last
30 days and the staff.

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

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from console.domain.cases import CaseSummary, Presence, Role
from console.domain.plans import Plan, Severity
from console.domain.tiles import (
    Level,
    Threshold,
    Tile,
)
from console.services.infrastructure.programme import Programme
from console.sla.attainment import Attainment


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
