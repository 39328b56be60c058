"""Priority queueing (SPEC.md section 4): the one implementation of the queue order,
used by the queue view, the command line and the wallboard.

The queue is an ordered chain of rules. Each rule turns a case into a sort key;
cases are ordered by the keys of the enabled rules in chain order, then by case
number. Each row can say why it stands where it does: the first rule whose key
separates it from the row below. Leads may reorder or switch off rules
(:meth:`RuleChain.parse`); the default chain is the published one:

1. cases of an account whose proctored exam session is live now;
2. plans with priority queueing before those without;
3. cases awaiting their first response before the others;
4. earliest first-response due time first (for answered cases: the oldest
   unanswered customer message first);
5. higher severity first;
6. opened earlier first; then case number.

Paid add-on cases carry no clock and no plan covers them, so the first three
rules (:data:`LIFTING_RULES`) do not lift them: they rank as if their account had
no live exam, no priority plan and no first response pending. That is part of
each rule's definition, in its Python key and its SQL term alike.
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement
from sqlalchemy import case as sql_case
from sqlalchemy.sql.elements import SQLCoreOperations

from console.domain.cases import CaseSummary
from console.domain.plans import Category, Plan, entitlements_of

_NEVER = 1 << 62  # sorts after every real instant


class QueueRule(enum.StrEnum):
    EXAM_LIVE = "exam_live"
    PRIORITY_PLAN = "priority_plan"
    AWAITING_FIRST_RESPONSE = "awaiting_first_response"
    EARLIEST_DUE = "earliest_due"
    SEVERITY = "severity"
    OPENED = "opened"


class QueueReason(enum.StrEnum):
    """Why a case stands above the next one: a code the command line and the GUI
    word (console/cli/words.py, ui/wording.py); the figures that go into their
    sentence are the two cases' own fields."""

    LAST = "last"  # nothing below it
    LOWER_NUMBER = "lower_number"  # only the case number separates them
    EXAM_LIVE = "exam_live"
    EXAM_LIVE_OVER_ADD_ON = "exam_live_over_add_on"  # the one below is a paid add-on
    PRIORITY_PLAN = "priority_plan"
    PRIORITY_PLAN_OVER_ADD_ON = "priority_plan_over_add_on"
    AWAITING_FIRST_RESPONSE = "awaiting_first_response"
    AWAITING_OVER_ADD_ON = "awaiting_over_add_on"
    DUE_EARLIER = "due_earlier"  # its first response is due earlier
    WAITING_LONGER = "waiting_longer"  # answered: its customer has waited longer
    HIGHER_SEVERITY = "higher_severity"
    OPENED_EARLIER = "opened_earlier"


_OVER_ADD_ON = {
    QueueRule.EXAM_LIVE: (QueueReason.EXAM_LIVE, QueueReason.EXAM_LIVE_OVER_ADD_ON),
    QueueRule.PRIORITY_PLAN: (QueueReason.PRIORITY_PLAN, QueueReason.PRIORITY_PLAN_OVER_ADD_ON),
    QueueRule.AWAITING_FIRST_RESPONSE: (
        QueueReason.AWAITING_FIRST_RESPONSE,
        QueueReason.AWAITING_OVER_ADD_ON,
    ),
}


LIFTING_RULES = frozenset({QueueRule.EXAM_LIVE, QueueRule.PRIORITY_PLAN, QueueRule.AWAITING_FIRST_RESPONSE})
"""The rules that lift a case above others; a paid add-on gets no lift from them."""
_ADD_ONS = frozenset(category for category in Category if category.is_paid_add_on)
_ADD_ON_VALUES = sorted(category.value for category in _ADD_ONS)

_PUBLISHED_PRIORITY = frozenset(plan for plan in Plan if entitlements_of(plan).priority_queueing)


@dataclass(frozen=True, slots=True)
class QueueContext:
    """What the rules need besides the case: the accounts with an exam live now,
    and the plans entitled to priority queueing (as the database holds them)."""

    live_exam_accounts: frozenset[int] = frozenset()
    priority_plans: frozenset[Plan] = _PUBLISHED_PRIORITY


# The lifting rules' keys: 0 lifts, 1 does not; a paid add-on is never lifted.


def _exam_live(case: CaseSummary, ctx: QueueContext) -> int:
    return 0 if case.account_id in ctx.live_exam_accounts and case.category not in _ADD_ONS else 1


def _priority_plan(case: CaseSummary, ctx: QueueContext) -> int:
    return 0 if case.plan in ctx.priority_plans and case.category not in _ADD_ONS else 1


def _awaiting(case: CaseSummary, ctx: QueueContext) -> int:
    return 0 if case.responded_epoch is None and case.category not in _ADD_ONS else 1


def _earliest_due(case: CaseSummary, ctx: QueueContext) -> int:
    # A paid add-on (no due time) ranks as if no first response were pending: by
    # its oldest unanswered customer message, as an answered case does.
    if case.responded_epoch is None and case.due_epoch is not None:
        return case.due_epoch
    return _NEVER if case.waiting_epoch is None else case.waiting_epoch


def _severity(case: CaseSummary, ctx: QueueContext) -> int:
    return int(case.severity)


def _opened(case: CaseSummary, ctx: QueueContext) -> int:
    return case.opened_epoch


_KEYS: dict[QueueRule, Callable[[CaseSummary, QueueContext], int]] = {
    QueueRule.EXAM_LIVE: _exam_live,
    QueueRule.PRIORITY_PLAN: _priority_plan,
    QueueRule.AWAITING_FIRST_RESPONSE: _awaiting,
    QueueRule.EARLIEST_DUE: _earliest_due,
    QueueRule.SEVERITY: _severity,
    QueueRule.OPENED: _opened,
}


@dataclass(frozen=True, slots=True)
class RuleChain:
    """Every rule once, in the order a lead arranged them (``steps``), some of them
    switched off (``off``). Only the enabled ``rules`` order the queue; a switched-off
    rule keeps its place so that switching it on again puts it back there.

    Rules ``steps`` leaves out are added at its end, switched off (a stored chain
    from before rules could be switched off lists only the enabled ones)."""

    steps: tuple[QueueRule, ...] = tuple(QueueRule)
    off: frozenset[QueueRule] = frozenset()
    rules: tuple[QueueRule, ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        if len(set(self.steps)) != len(self.steps):
            raise ValueError("a queue rule may appear only once in the chain")
        missing = tuple(rule for rule in QueueRule if rule not in self.steps)
        if missing:
            object.__setattr__(self, "steps", (*self.steps, *missing))
            object.__setattr__(self, "off", frozenset(self.off) | frozenset(missing))
        else:
            object.__setattr__(self, "off", frozenset(self.off))
        object.__setattr__(self, "rules", tuple(rule for rule in self.steps if rule not in self.off))

    @classmethod
    def of(cls, enabled: Iterable[QueueRule]) -> RuleChain:
        """The chain of the ``enabled`` rules in this order (the others switched off)."""
        return cls(tuple(enabled))

    @classmethod
    def parse(cls, text: str) -> RuleChain:
        """``"exam_live,-priority_plan,..."``: rule names first rule first, a leading
        ``-`` switches a rule off; rules left out are switched off. An empty text
        switches every rule off (only the case number orders)."""
        names = [part.strip() for part in text.split(",") if part.strip()]
        steps: list[QueueRule] = []
        off: set[QueueRule] = set()
        for name in names:
            disabled = name.startswith("-")
            key = name.removeprefix("-").strip().lower().replace("-", "_")
            try:
                rule = QueueRule(key)
            except ValueError:
                known = ", ".join(r.value for r in QueueRule)
                raise ValueError(f"unknown queue rule {key!r} (known: {known})") from None
            if rule in steps:
                raise ValueError("a queue rule may appear only once in the chain")
            steps.append(rule)
            if disabled:
                off.add(rule)
        return cls(tuple(steps), frozenset(off))

    @property
    def entries(self) -> tuple[tuple[QueueRule, bool], ...]:
        """Each rule in chain order with whether it is switched on."""
        return tuple((rule, rule not in self.off) for rule in self.steps)

    def __str__(self) -> str:
        return ",".join(("-" if rule in self.off else "") + rule.value for rule in self.steps)

    def key(self, case: CaseSummary, ctx: QueueContext) -> tuple[int, ...]:
        return self.key_function(ctx)(case)

    def key_function(self, ctx: QueueContext) -> Callable[[CaseSummary], tuple[int, ...]]:
        """The sort key of this chain in ``ctx``, made once for a whole queue."""
        if self.rules == DEFAULT_RULES:
            return _default_key(ctx)
        functions = [_KEYS[rule] for rule in self.rules]

        def key(case: CaseSummary) -> tuple[int, ...]:
            return (*[function(case, ctx) for function in functions], case.number)

        return key


DEFAULT_RULES = tuple(QueueRule)
DEFAULT_CHAIN = RuleChain()


def _default_key(ctx: QueueContext) -> Callable[[CaseSummary], tuple[int, ...]]:
    """The published chain's key in one function: the same values as composing the
    rules' key functions (a test holds them equal), without six calls per case —
    a third of the time of ordering 50,000 cases."""
    live = ctx.live_exam_accounts
    priority = ctx.priority_plans
    never = _NEVER

    add_ons = _ADD_ONS

    def key(case: CaseSummary) -> tuple[int, ...]:
        if case.responded_epoch is None:
            awaiting = 0
            moment = case.waiting_epoch if case.due_epoch is None else case.due_epoch
        else:
            awaiting, moment = 1, case.waiting_epoch
        if case.category in add_ons:
            return (
                1,
                1,
                1,
                never if moment is None else moment,
                int(case.severity),
                case.opened_epoch,
                case.number,
            )
        return (
            0 if case.account_id in live else 1,
            0 if case.plan in priority else 1,
            awaiting,
            never if moment is None else moment,
            int(case.severity),
            case.opened_epoch,
            case.number,
        )

    return key


class QueuePlace(NamedTuple):
    """A case's place in the queue and the rule that put it above the next case
    (``below``). :attr:`reason` says why, as a code; the command line and the GUI
    word it."""

    case: CaseSummary
    position: int
    rule: QueueRule | None  # None: only the case number separates it (or it is last)
    below: CaseSummary | None

    @property
    def reason(self) -> QueueReason:
        """Why the case stands above ``below``."""
        below, rule = self.below, self.rule
        if below is None:
            return QueueReason.LAST
        if rule is None:
            return QueueReason.LOWER_NUMBER
        if rule in _OVER_ADD_ON:
            plain, over_add_on = _OVER_ADD_ON[rule]
            return over_add_on if below.category in _ADD_ONS else plain
        if rule is QueueRule.EARLIEST_DUE:
            return (
                QueueReason.DUE_EARLIER if self.case.first_response_at is None else QueueReason.WAITING_LONGER
            )
        if rule is QueueRule.SEVERITY:
            return QueueReason.HIGHER_SEVERITY
        return QueueReason.OPENED_EARLIER


def order(
    cases: Iterable[CaseSummary],
    ctx: QueueContext = QueueContext(),
    chain: RuleChain = DEFAULT_CHAIN,
) -> list[QueuePlace]:
    """The cases in queue order, each with the rule that separates it from the next."""
    key = chain.key_function(ctx)
    keyed = sorted(((key(case), case) for case in cases), key=lambda pair: pair[0])
    return places_of(keyed, chain)


class SortedQueue:
    """The queue kept in order between changes: a changed case is taken out and
    put back in its place (a bisection), instead of sorting every case again.
    What :func:`order` returns for the same cases, made cheaply after small changes."""

    def __init__(self, cases: Iterable[CaseSummary], ctx: QueueContext, chain: RuleChain) -> None:
        self.ctx = ctx
        self.chain = chain
        self._key = chain.key_function(ctx)
        self._entries: list[tuple[tuple[int, ...], CaseSummary]] = sorted(
            ((self._key(case), case) for case in cases), key=lambda pair: pair[0]
        )
        self._keys: dict[int, tuple[int, ...]] = {case.id: key for key, case in self._entries}

    def __len__(self) -> int:
        return len(self._entries)

    def replace(self, case_id: int, case: CaseSummary | None) -> None:
        """Put ``case`` in place of the case with ``case_id`` (None: it left the queue)."""
        old = self._keys.pop(case_id, None)
        if old is not None:
            index = bisect.bisect_left(self._entries, old, key=lambda pair: pair[0])
            # Keys end with the unique case number, so the bisection finds exactly it.
            del self._entries[index]
        if case is not None:
            key = self._key(case)
            bisect.insort(self._entries, (key, case), key=lambda pair: pair[0])
            self._keys[case.id] = key

    def places(self) -> list[QueuePlace]:
        return places_of(self._entries, self.chain)


def places_of(keyed: Sequence[tuple[tuple[int, ...], CaseSummary]], chain: RuleChain) -> list[QueuePlace]:
    """Places, with the separating rule, of cases already sorted by ``chain``'s keys."""
    rules = chain.rules
    places: list[QueuePlace] = []
    last = len(keyed) - 1
    for index, (case_key, case) in enumerate(keyed):
        if index == last:
            places.append(QueuePlace(case, index + 1, None, None))
            continue
        below_key, below = keyed[index + 1]
        rule = None
        for position, candidate in enumerate(rules):
            if case_key[position] != below_key[position]:
                rule = candidate
                break
        places.append(QueuePlace(case, index + 1, rule, below))
    return places


# --- the same rules as SQL sort keys (for claiming inside the database) ---------------


@dataclass(frozen=True)
class QueueColumns:
    """The SQL expressions of the case columns the rules read."""

    account_id: SQLCoreOperations[int]
    category: SQLCoreOperations[str]
    plan: SQLCoreOperations[str]
    first_response_at: SQLCoreOperations[datetime | None]
    due_at: SQLCoreOperations[datetime | None]
    waiting_since: SQLCoreOperations[datetime | None]
    severity: SQLCoreOperations[int]
    opened_at: SQLCoreOperations[datetime]
    number: SQLCoreOperations[int]


def sql_order(chain: RuleChain, columns: QueueColumns, ctx: QueueContext) -> list[ColumnElement[Any]]:
    """ORDER BY terms that sort rows exactly as :func:`order` sorts cases (given
    instants stored to the second), so that claiming can pick the top case with
    ``FOR UPDATE SKIP LOCKED`` in one statement."""
    terms: list[ColumnElement[Any]] = []
    add_on = columns.category.in_(_ADD_ON_VALUES)
    for rule in chain.rules:
        if rule is QueueRule.EXAM_LIVE:
            if ctx.live_exam_accounts:
                live = columns.account_id.in_(sorted(ctx.live_exam_accounts))
                terms.append(sql_case((add_on, 1), (live, 0), else_=1))
        elif rule is QueueRule.PRIORITY_PLAN:
            priority = sorted(plan.value for plan in ctx.priority_plans)
            if priority:
                terms.append(sql_case((add_on, 1), (columns.plan.in_(priority), 0), else_=1))
        elif rule is QueueRule.AWAITING_FIRST_RESPONSE:
            terms.append(sql_case((add_on, 1), (columns.first_response_at.is_(None), 0), else_=1))
        elif rule is QueueRule.EARLIEST_DUE:
            moment = sql_case(
                (columns.first_response_at.is_(None) & columns.due_at.is_not(None), columns.due_at),
                else_=columns.waiting_since,
            )
            terms.append(moment.asc().nulls_last())
        elif rule is QueueRule.SEVERITY:
            terms.append(columns.severity.asc())
        elif rule is QueueRule.OPENED:
            terms.append(columns.opened_at.asc())
    terms.append(columns.number.asc())
    return terms
