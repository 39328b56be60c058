"""Who may do what (SPEC.md section 1), enforced in the core so that no screen or
script can go around it. ``None`` as the actor is the system itself: the command
line run by whoever administers the installation, imports and the simulator."""

from __future__ import annotations

from console.domain.cases import Role
from console.services.errors import NotAllowed
from console.storage.models import User


def role_of(actor: User | None) -> Role | None:
    return None if actor is None else Role(actor.role)


def require(actor: User | None, *roles: Role, doing: str) -> None:
    """Refuse unless the actor is the system or has one of ``roles``."""
    if actor is None:
        return
    if Role(actor.role) not in roles:
        allowed = " or ".join(role.value for role in roles)
        article = "an" if allowed[:1] in "aeiou" else "a"
        raise NotAllowed(f"{actor.name} ({actor.role}) may not {doing}: that takes {article} {allowed}")
    if not actor.active:
        raise NotAllowed(f"{actor.name} is deactivated")


def require_admin(actor: User | None, doing: str) -> None:
    require(actor, Role.ADMIN, doing=doing)


def may_assign(actor: User | None, assignee: User | None) -> None:
    """Agents take or give back their own cases; leads and admins assign anyone."""
    if actor is None or Role(actor.role) in (Role.LEAD, Role.ADMIN):
        return
    if assignee is not None and assignee.id == actor.id:
        return
    raise NotAllowed(f"{actor.name} ({actor.role}) may not assign cases to others: that takes a lead")


QUEUE_RULE_EDITORS = frozenset({Role.LEAD, Role.ADMIN})
"""Who may reorder or switch the queue's rules (SPEC.md section 4: team leads; admins too)."""


def may_edit_queue_rules(actor: User | None) -> None:
    require(actor, *sorted(QUEUE_RULE_EDITORS, key=list(Role).index), doing="change the queue rules")


def may_work_cases(actor: User | None, doing: str) -> None:
    require(actor, Role.AGENT, Role.LEAD, Role.TAM, Role.ADMIN, doing=doing)
