"""Signing in for one window only (`support-console wallboard`): who may open it."""

from __future__ import annotations

from dataclasses import dataclass

from console.domain.cases import Role
from console.services.readmodels.snapshots import UserView


@dataclass(frozen=True)
class Purpose:
    """The window's title and the roles that may open it. Anyone else is refused
    inside the sign-in dialog, which stays open."""

    title: str
    roles: frozenset[Role]

    def allows(self, user: UserView) -> bool:
        return user.role in self.roles

    def role_list(self) -> str:
        return ", ".join(sorted(role.value for role in self.roles))
