"""An admin's changes to users on SQLite and PostgreSQL: role, team, languages
and activity (audited), version races, the last active admin and a TAM who
still has accounts."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from console.domain.cases import Role
from console.services.errors import Conflict, InvalidInput, NotAllowed
from console.services.usecases.user_roles import UserRoleService
from console.storage.models import ChangeLog
from tests.support.services import Services


@pytest.fixture
def user_roles(services: Services) -> UserRoleService:
    return UserRoleService(services.db, services.loader, services.clock)


def test_users_change_role_team_languages_and_activity(
    services: Services, user_roles: UserRoleService
) -> None:
    view = user_roles.update_user(
        "Ben Agent", role="lead", team=" Night  shift ", languages="en, FR", actor="Ada Admin"
    )
    assert (view.role, view.team, view.languages) == (Role.LEAD, "Night shift", ("en", "fr"))
    view = user_roles.update_user("Ben Agent", active=False, team="", actor="Ada Admin")
    assert (view.active, view.team) == (False, None)
    with services.db.read() as session:
        last = session.scalars(select(ChangeLog).order_by(ChangeLog.id.desc()).limit(1)).one()
    assert (last.entity, last.entity_id, last.action) == ("user", view.id, "team_active")
    with pytest.raises(Conflict, match="Ben Agent was changed by someone else"):
        user_roles.update_user("Ben Agent", active=True, actor="Ada Admin", expected_version=1)
    with pytest.raises(InvalidInput, match="unknown role 'boss'"):
        user_roles.update_user("Ben Agent", role="boss", actor="Ada Admin")


def test_the_last_active_admin_stays_an_admin(user_roles: UserRoleService, services: Services) -> None:
    with pytest.raises(NotAllowed, match="Ada Admin is the last active admin"):
        user_roles.update_user("Ada Admin", role="lead", actor="Ada Admin")
    with pytest.raises(NotAllowed, match="last active admin"):
        user_roles.update_user("Ada Admin", active=False)
    user_roles.update_user("Lea Lead", role="admin", actor="Ada Admin")
    assert user_roles.update_user("Ada Admin", role="agent", actor="Lea Lead").role is Role.AGENT
    with pytest.raises(NotAllowed, match="that takes an admin"):
        user_roles.update_user("Lea Lead", role="agent", actor="Ada Admin")  # Ada is no admin now


def test_a_tam_with_accounts_keeps_the_role(user_roles: UserRoleService) -> None:
    with pytest.raises(NotAllowed, match="Tom Tam is still the TAM of Initech"):
        user_roles.update_user("Tom Tam", role="agent", actor="Ada Admin")
