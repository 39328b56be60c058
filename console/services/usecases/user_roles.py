"""An admin's changes to a user who exists: role, team, languages, active or not.
(Adding users and reading them is ``AccountService``'s.)

Only admins change users (``Action.MANAGE_USERS``). Two guards keep the
organisation working: the last active admin stays an admin, and a TAM keeps the
role while any account still names them.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select

from console.domain.cases import Role
from console.domain.permissions import Action
from console.services.base import Service
from console.services.errors import Conflict, InvalidInput, NotAllowed
from console.services.infrastructure.database import Database
from console.services.infrastructure.inputs import languages_of
from console.services.infrastructure.lookup import optional_user, user_named
from console.services.permissions import require
from console.services.readmodels.snapshots import UserView, user_view
from console.services.usecases.setup_change import actor_id
from console.storage.models import Account, User


class UserRoleService(Service):
    def update_user(
        self,
        name: str | int,
        role: Role | str | None = None,
        team: str | None = None,
        active: bool | None = None,
        languages: Sequence[str] | str | None = None,
        actor: str | int | None = None,
        expected_version: int | None = None,
    ) -> UserView:
        """Change a user's role, team (empty text clears it), activity or languages."""
        kind = None
        if role is not None:
            try:
                kind = role if isinstance(role, Role) else Role.parse(role)
            except ValueError as error:
                raise InvalidInput(str(error)) from None
        langs = None
        if languages is not None:
            langs = languages_of(languages.split(",") if isinstance(languages, str) else languages)
            if not langs:
                raise InvalidInput("a user speaks at least one language (e.g. en)")
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.MANAGE_USERS)
            user = user_named(session, name)
            if expected_version is not None and user.version != expected_version:
                raise Conflict(f"{user.name} was changed by someone else — reloaded")
            new_role = user.role if kind is None else kind.value
            new_active = user.active if active is None else active
            if (
                user.role == Role.ADMIN.value
                and user.active
                and (new_role != Role.ADMIN.value or not new_active)
            ):
                others = session.scalar(
                    select(func.count()).where(
                        User.role == Role.ADMIN.value, User.active.is_(True), User.id != user.id
                    )
                )
                if not others:
                    raise NotAllowed(
                        f"{user.name} is the last active admin: make another user an admin first"
                    )
            if user.role == Role.TAM.value and new_role != Role.TAM.value:
                accounts = session.scalars(
                    select(Account.name).where(Account.tam_id == user.id).order_by(Account.name)
                ).all()
                if accounts:
                    raise NotAllowed(
                        f"{user.name} is still the TAM of {', '.join(accounts)}: "
                        "give those accounts another TAM first"
                    )
            changes: list[str] = []
            if new_role != user.role:
                user.role = new_role
                changes.append("role")
            if team is not None and (" ".join(team.split()) or None) != user.team:
                user.team = " ".join(team.split()) or None
                changes.append("team")
            if new_active != user.active:
                user.active = new_active
                changes.append("active")
            if langs is not None and ",".join(langs) != user.languages:
                user.languages = ",".join(langs)
                changes.append("languages")
            if changes:
                session.flush()
                Database.record_change(
                    session, "user", user.id, "_".join(changes)[:30], actor_id=actor_id(who), at=moment
                )
            session.flush()
            return user_view(user)
