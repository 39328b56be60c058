"""Walks the whole table of who may do what (console.domain.permissions): for every
action and every role, the service that does it lets exactly the roles the table
names and refuses the others with NotAllowed, on both backends."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from console.domain.cases import Role
from console.domain.permissions import PERMISSIONS, Action, allowed, may_assign_to, roles_for
from console.domain.tiles import Tile
from console.services.bundle import ConsoleServices
from console.services.errors import NotAllowed, ServiceError
from tests.support.services import WEDNESDAY_9, Services

PEOPLE = {Role.ADMIN: "Ada Admin", Role.LEAD: "Lea Lead", Role.TAM: "Tom Tam", Role.AGENT: "Anna Agent"}

Attempt = Callable[[ConsoleServices, str, int], object]
"""Does the action as the named person; the number makes names unique per try."""


def _open(svc: ConsoleServices, actor: str) -> int:
    return svc.cases.open_case("Initech", 3, "Printer on fire", actor=actor).number


ATTEMPTS: dict[Action, Attempt] = {
    Action.WORK_CASES: lambda svc, who, n: _open(svc, who),
    Action.CLAIM_CASES: lambda svc, who, n: (_open(svc, "Ada Admin"), svc.cases.claim_next(who)),
    Action.ASSIGN_TO_OTHERS: lambda svc, who, n: svc.cases.assign(
        _open(svc, "Ada Admin"), "Ben Agent", actor=who
    ),
    Action.ADD_CONTACTS: lambda svc, who, n: svc.accounts.add_contact(
        "Globex", f"Contact {n}", f"c{n}@globex.example", actor=who
    ),
    Action.EDIT_EXAM_SESSIONS: lambda svc, who, n: svc.exams.add_exam(
        "Exam Board",
        WEDNESDAY_9 + timedelta(days=n + 1),
        WEDNESDAY_9 + timedelta(days=n + 1, hours=2),
        actor=who,
    ),
    Action.MANAGE_ACCOUNTS: lambda svc, who, n: svc.accounts.add_account(
        f"Account {n}", "standard", actor=who
    ),
    Action.MANAGE_USERS: lambda svc, who, n: svc.accounts.add_user(f"Person {n}", "agent", actor=who),
    Action.CHANGE_TARGETS: lambda svc, who, n: svc.targets.set_target("standard", 4, 600 + n, actor=who),
    Action.CHANGE_CALENDAR: lambda svc, who, n: svc.calendar.add_closure(
        date(2027, 1, 4 + n), "Stocktaking", actor=who
    ),
    Action.CHANGE_AT_RISK_THRESHOLDS: lambda svc, who, n: svc.risk_thresholds.set_risk_thresholds(
        0.25, 30 + n, actor=who
    ),
    Action.CHANGE_QUEUE_RULES: lambda svc, who, n: svc.queue_rules.reset_queue_rules(actor=who),
    Action.READ_WALLBOARD: lambda svc, who, n: svc.wallboard.figures(actor=who),
    Action.CHANGE_WALLBOARD_THRESHOLDS: lambda svc, who, n: svc.wallboard.set_threshold(
        Tile.WAITING, 5 + n, 10 + n, actor=who
    ),
    Action.RUN_REPORTS: lambda svc, who, n: svc.reports.sla_attainment(
        date(2026, 11, 1), date(2026, 11, 25), actor=who
    ),
    Action.OPEN_COCKPIT: lambda svc, who, n: svc.cockpit.accounts_of(
        who if who == "Tom Tam" else "Tom Tam", actor=who
    ),
    Action.WRITE_TAM_NOTES: lambda svc, who, n: svc.cockpit.add_note("Initech", f"Note {n}", actor=who),
    Action.CONFIGURE_MAIL: lambda svc, who, n: svc.mail_settings.change({"poll_seconds": 60 + n}, actor=who),
}
"""One service call per action. OPEN_ADMINISTRATION is a window, not a write: the
GUI's own test walks it."""


def test_every_action_has_a_service_attempt_or_is_the_windows_own() -> None:
    assert set(ATTEMPTS) | {Action.OPEN_ADMINISTRATION} == set(Action)
    assert set(PERMISSIONS) == set(Action)


@pytest.mark.parametrize("action", list(ATTEMPTS), ids=lambda action: action.name.lower())
def test_the_service_lets_exactly_the_roles_the_table_names(services: Services, action: Action) -> None:
    attempt = ATTEMPTS[action]
    svc = ConsoleServices(services.db, services.clock)
    for n, role in enumerate(Role):
        who = PEOPLE[role]
        if allowed(role, action):
            try:
                attempt(svc, who, n)
            except NotAllowed as refused:
                pytest.fail(
                    f"{role.value} may {action.value} by the table, but the service refused: {refused}"
                )
            except ServiceError:
                pass  # refused for another reason (the data), not for the role
        else:
            with pytest.raises(NotAllowed, match="may not"):
                attempt(svc, who, n)


@pytest.mark.parametrize("action", list(ATTEMPTS), ids=lambda action: action.name.lower())
def test_a_deactivated_person_may_do_nothing(services: Services, action: Action) -> None:
    who = PEOPLE[roles_for(action)[0]]
    svc = ConsoleServices(services.db, services.clock)
    svc.accounts.add_user("Second Admin", "admin")  # the last active admin cannot be deactivated
    svc.user_roles.update_user(who, active=False)
    with pytest.raises(NotAllowed, match="deactivated"):
        ATTEMPTS[action](svc, who, 0)


def test_assigning_follows_the_table() -> None:
    for role in Role:
        leads = allowed(role, Action.ASSIGN_TO_OTHERS)
        assert may_assign_to(role, 7, 7)
        assert may_assign_to(role, 7, 8) is leads
        assert may_assign_to(role, 7, None) is leads
