"""Customer activity for demos and load tests: a :class:`Simulator` that, at a given
rate, opens new cases for random accounts, sends customer chat messages on open
Premier and Proctored cases and posts customer follow-ups on open cases — always
through the real use cases (:class:`CaseService`, :class:`ConversationService`), so
every action writes its audit events and change-log rows and wakes the other
consoles exactly as a real customer would. It needs accounts to act for (seed the
demo first); subjects, severities and texts come from the demo's catalogue.

A run outlives database hiccups as a console does: when the server goes away or
restarts (:func:`~console.storage.failures.is_transient`), the action is given up
(its transaction rolled back), the run says so and tries again after a growing pause.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from typing import Literal

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from console.demo.phrases import CUSTOMER_FOLLOW_UPS, customer_chat, say
from console.demo.topics import pick_severity, pick_topic
from console.domain.cases import OPEN_STATUS_CODES
from console.domain.plans import Plan
from console.services.errors import InvalidInput
from console.services.infrastructure.database import Database, utc_now
from console.services.infrastructure.programme import ProgrammeLoader
from console.services.usecases.cases import CaseService
from console.services.usecases.conversation import ConversationService
from console.storage.failures import is_transient
from console.storage.models import Account, Case, Contact

EventKind = Literal["case_opened", "chat", "customer_reply"]

# Pauses before retrying after a transient database failure (seconds).
FIRST_RETRY_PAUSE = 0.25
MAX_RETRY_PAUSE = 5.0

DEFAULT_MIX: Mapping[EventKind, float] = MappingProxyType(
    {"case_opened": 0.3, "chat": 0.35, "customer_reply": 0.35}
)


@dataclass(frozen=True, slots=True)
class SimEvent:
    """One simulated customer action: what was done, on which case, and the text."""

    kind: EventKind
    case_number: int
    account: str
    text: str
    at: datetime


@dataclass(frozen=True, slots=True)
class _Target:
    number: int
    account: str
    language: str
    plan: Plan


class Simulator:
    """Performs random customer actions, one per :meth:`step`, paced by :meth:`run`."""

    def __init__(
        self,
        db: Database,
        rate_per_second: float,
        seed: int = 1,
        clock: Callable[[], datetime] = utc_now,
        mix: Mapping[EventKind, float] = DEFAULT_MIX,
    ) -> None:
        if not rate_per_second > 0:
            raise InvalidInput(
                f"the rate must be a positive number of actions per second, not {rate_per_second}"
            )
        unknown = set(mix) - set(DEFAULT_MIX)
        if unknown:
            raise InvalidInput(f"unknown simulator actions: {', '.join(sorted(unknown))}")
        if any(weight < 0 for weight in mix.values()) or not any(weight > 0 for weight in mix.values()):
            raise InvalidInput("the mix needs non-negative weights and at least one positive one")
        self.db = db
        self.rate = float(rate_per_second)
        self.clock = clock
        self.rng = random.Random(seed)
        self.mix = dict(mix)
        loader = ProgrammeLoader()
        self.cases = CaseService(db, loader, clock)
        self.talk = ConversationService(db, loader, clock)

    # -- one action -------------------------------------------------------------------------

    def step(self) -> SimEvent:
        """Perform one random action and say what was done.

        Falls back to opening a case when there is no open case to write on.
        Raises :class:`InvalidInput` when the database holds no accounts.
        """
        kinds = list(self.mix)
        kind = self.rng.choices(kinds, weights=[self.mix[k] for k in kinds])[0]
        if kind != "case_opened":
            target = self._open_case_to_write_on(chat=kind == "chat")
            if target is not None:
                return self._customer_writes(target, chat=kind == "chat")
        return self._open_case()

    def _open_case(self) -> SimEvent:
        with self.db.read() as session:
            accounts = session.execute(
                select(Account.id, Account.name, Account.plan_code, Account.language).order_by(Account.id)
            ).all()
            if not accounts:
                raise InvalidInput("there are no accounts to simulate: run `support-console demo seed` first")
            account = self.rng.choice(accounts)
            emails = session.scalars(
                select(Contact.email).where(Contact.account_id == account.id).order_by(Contact.id)
            ).all()
        plan = Plan(account.plan_code)
        topic = pick_topic(self.rng, plan, account.language)
        severity = pick_severity(self.rng)
        case = self.cases.open_case(
            account.id,
            severity,
            topic.subject,
            category=topic.category,
            language=account.language,
            body=topic.body,
            contact_email=self.rng.choice(emails) if emails else None,
        )
        return SimEvent("case_opened", case.number, account.name, topic.subject, case.opened_at)

    def _open_case_to_write_on(self, chat: bool) -> _Target | None:
        with self.db.read() as session:
            query = (
                select(Case.number, Account.name, Case.language, Case.plan_code)
                .join(Account, Account.id == Case.account_id)
                # A customer writes only into open cases (a closed case takes a new case; a
                # solved one is left alone here, since a message would reopen it).
                .where(Case.status.in_(OPEN_STATUS_CODES))
                .order_by(Case.number)
            )
            if chat:
                entitled = [
                    p.value for p, r in self.talk.loader.load(session).entitlements.items() if r.live_chat
                ]
                query = query.where(Case.plan_code.in_(entitled))
            rows = session.execute(query).all()
        if not rows:
            return None
        row = self.rng.choice(rows)
        return _Target(row.number, row.name, row.language, Plan(row.plan_code))

    def _customer_writes(self, target: _Target, chat: bool) -> SimEvent:
        if chat:
            text = customer_chat(self.rng, target.plan, target.language)
        else:
            text = say(self.rng, CUSTOMER_FOLLOW_UPS, target.language)
        self.talk.customer_message(target.number, text, chat=chat)
        return SimEvent(
            "chat" if chat else "customer_reply", target.number, target.account, text, self.clock()
        )

    # -- paced ------------------------------------------------------------------------------

    def run(
        self,
        duration_seconds: float | None = None,
        max_events: int | None = None,
        on_event: Callable[[SimEvent], None] | None = None,
        stop: threading.Event | None = None,
        on_retry: Callable[[str, float], None] | None = None,
    ) -> int:
        """Step at ``rate_per_second`` until ``duration_seconds`` have passed,
        ``max_events`` were performed or ``stop`` is set (whichever comes first; with
        none of them, until interrupted). Returns how many actions were performed.
        A transient database failure is told to ``on_retry`` (why, the pause in
        seconds) and the action retried after the pause."""
        if max_events is not None and max_events < 0:
            raise InvalidInput(f"max_events must not be negative, not {max_events}")
        interval = 1.0 / self.rate
        started = time.monotonic()
        deadline = None if duration_seconds is None else started + duration_seconds
        next_at = started
        done = 0
        pause = FIRST_RETRY_PAUSE
        while max_events is None or done < max_events:
            if stop is not None and stop.is_set():
                break
            now = time.monotonic()
            if deadline is not None and now >= deadline:
                break
            if next_at > now:
                wait = next_at - now if deadline is None else min(next_at, deadline) - now
                if stop is not None:
                    if stop.wait(wait):
                        break
                else:
                    time.sleep(wait)
                continue
            try:
                event = self.step()
            except DBAPIError as error:
                if not is_transient(error):
                    raise
                if on_retry is not None:
                    on_retry(str(error.orig or error).strip().splitlines()[0], pause)
                next_at = time.monotonic() + pause
                pause = min(pause * 2, MAX_RETRY_PAUSE)
                continue
            pause = FIRST_RETRY_PAUSE
            done += 1
            if on_event is not None:
                on_event(event)
            # keep the rate over time, but do not burst to catch up after a slow step
            next_at = max(next_at + interval, time.monotonic() - interval)
        return done
