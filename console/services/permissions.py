"""Enforcing the table of who may do what (:mod:`console.domain.permissions`) in
the core, so that no screen or script can go around it. ``None`` as the actor is
the system itself: the command line run by whoever administers the installation,
imports and the simulator."""

from __future__ import annotations

from console.domain.cases import Role
from console.domain.permissions import Action, allowed, may_assign_to, may_change_case, roles_for
from console.services.errors import NotAllowed
from console.storage.models import User


def role_of(actor: User | None) -> Role | None:
    return None if actor is None else Role(actor.role)


def require(actor: User | None, action: Action, doing: str | None = None) -> None:
    """Refuse unless the actor is the system, or active with a role the table lets
    do ``action``. ``doing`` words the refusal more closely than the action's name
    ("change a case's status" rather than "work cases")."""
    if actor is None:
        return
    if not allowed(Role(actor.role), action):
        names = " or ".join(role.value for role in roles_for(action))
        article = "an" if names[:1] in "aeiou" else "a"
        raise NotAllowed(
            f"{actor.name} ({actor.role}) may not {doing or action.value}: that takes {article} {names}"
        )
    if not actor.active:
        raise NotAllowed(f"{actor.name} is deactivated")


def may_assign(actor: User | None, assignee: User | None, holder_id: int | None = None) -> None:
    """Agents take their own cases — unassigned ones, not a colleague's; leads and
    admins assign anyone; a deactivated person no one."""
    if actor is not None and not actor.active:
        raise NotAllowed(f"{actor.name} is deactivated")
    if actor is None:
        return
    role = Role(actor.role)
    if not may_assign_to(role, actor.id, None if assignee is None else assignee.id):
        raise NotAllowed(f"{actor.name} ({actor.role}) may not assign cases to others: that takes a lead")
    may_change(actor, holder_id)


def may_change(actor: User | None, holder_id: int | None, number: int | None = None) -> None:
    """Refuse an agent or TAM a case that is assigned to someone else."""
    if actor is None or may_change_case(Role(actor.role), actor.id, holder_id):
        return
    case = "this case" if number is None else f"case #{number}"
    raise NotAllowed(
        f"{actor.name} ({actor.role}) may not change {case}: it is assigned to someone else "
        "(only they or a lead may)"
    )
