"""Who may do what (SPEC.md section 1): the one table the services enforce, the
command line reports and the GUI reads to show or hide what a person may not use.

Each :class:`Action` names one kind of thing a person does; :data:`PERMISSIONS`
says which roles may do it. Rules that depend on the record as well as the role
(an agent assigns only to themselves, a TAM writes notes only on their own
accounts and reads only their own cockpit) are the functions below the table, so
that the services and the windows ask the same question."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

from console.domain.cases import Role


class Action(enum.Enum):
    """One kind of thing a person does; the value is how a refusal words it
    ("… may not <value>")."""

    WORK_CASES = "work cases"
    CLAIM_CASES = "claim cases"
    ASSIGN_TO_OTHERS = "assign cases to others"
    ADD_CONTACTS = "add contacts"
    EDIT_EXAM_SESSIONS = "book or change exam sessions"
    MANAGE_ACCOUNTS = "add accounts or change their plan"
    MANAGE_USERS = "change users and roles"
    CHANGE_TARGETS = "change the SLA targets"
    CHANGE_CALENDAR = "change the support calendar"
    CHANGE_AT_RISK_THRESHOLDS = "change the at-risk thresholds"
    CHANGE_QUEUE_RULES = "change the queue rules"
    READ_WALLBOARD = "watch the wallboard"
    CHANGE_WALLBOARD_THRESHOLDS = "set the wallboard's thresholds"
    RUN_REPORTS = "run SLA reports"
    OPEN_COCKPIT = "open the TAM cockpit"
    WRITE_TAM_NOTES = "write TAM notes"
    OPEN_ADMINISTRATION = "open the administration window"
    CONFIGURE_MAIL = "change the mail settings or the mail that could not be read"


_EVERYONE = frozenset(Role)
_ADMIN = frozenset({Role.ADMIN})
_LEADS = frozenset({Role.LEAD, Role.ADMIN})
_ACCOUNT_PEOPLE = frozenset({Role.TAM, Role.LEAD, Role.ADMIN})

PERMISSIONS: Mapping[Action, frozenset[Role]] = MappingProxyType(
    {
        Action.WORK_CASES: _EVERYONE,
        Action.CLAIM_CASES: _EVERYONE,
        Action.ASSIGN_TO_OTHERS: _LEADS,
        Action.ADD_CONTACTS: _ACCOUNT_PEOPLE,
        Action.EDIT_EXAM_SESSIONS: _ACCOUNT_PEOPLE,
        Action.MANAGE_ACCOUNTS: _ADMIN,
        Action.MANAGE_USERS: _ADMIN,
        Action.CHANGE_TARGETS: _ADMIN,
        Action.CHANGE_CALENDAR: _ADMIN,
        Action.CHANGE_AT_RISK_THRESHOLDS: _ADMIN,
        # SPEC.md section 4: the queue's rules are the team leads' to change; admins' too.
        Action.CHANGE_QUEUE_RULES: _LEADS,
        Action.READ_WALLBOARD: _LEADS,
        Action.CHANGE_WALLBOARD_THRESHOLDS: _LEADS,
        Action.RUN_REPORTS: _LEADS,
        Action.OPEN_COCKPIT: _ACCOUNT_PEOPLE,
        Action.WRITE_TAM_NOTES: frozenset({Role.TAM, Role.ADMIN}),
        # Leads open it too: the queue rules are theirs; the rest is read-only to them.
        Action.OPEN_ADMINISTRATION: _LEADS,
        Action.CONFIGURE_MAIL: _ADMIN,
    }
)


def allowed(role: Role, action: Action) -> bool:
    """Whether people with ``role`` may do ``action`` at all."""
    return role in PERMISSIONS[action]


def roles_for(action: Action) -> tuple[Role, ...]:
    """The roles that may do ``action``, in the order :class:`Role` lists them."""
    return tuple(role for role in Role if role in PERMISSIONS[action])


def may_assign_to(role: Role, actor_id: int, assignee_id: int | None) -> bool:
    """Agents and TAMs may assign a case only to themselves; leads and admins assign
    anyone, or back to the queue (``None``)."""
    return allowed(role, Action.ASSIGN_TO_OTHERS) or (assignee_id is not None and assignee_id == actor_id)


def may_change_case(role: Role, actor_id: int, assignee_id: int | None) -> bool:
    """Agents and TAMs change (and write on) only the cases that are theirs or
    unassigned; leads and admins any. The database holds the same rule (the
    trigger ``sc_check_case_write`` of migration 0003)."""
    return allowed(role, Action.ASSIGN_TO_OTHERS) or assignee_id is None or assignee_id == actor_id


def reads_every_cockpit(role: Role) -> bool:
    """Leads and admins open any TAM's cockpit; a TAM only their own."""
    return allowed(role, Action.OPEN_COCKPIT) and role is not Role.TAM


def may_read_cockpit_of(role: Role, actor_id: int, tam_id: int) -> bool:
    """Whether ``actor_id`` (with ``role``) may open the cockpit of TAM ``tam_id``."""
    return reads_every_cockpit(role) or (allowed(role, Action.OPEN_COCKPIT) and actor_id == tam_id)


def may_write_notes_on(role: Role, actor_id: int, account_tam_id: int | None) -> bool:
    """A TAM writes notes on the accounts they look after; an admin on any."""
    return allowed(role, Action.WRITE_TAM_NOTES) and (role is not Role.TAM or account_tam_id == actor_id)
