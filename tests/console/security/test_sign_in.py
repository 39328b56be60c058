"""Signing in as oneself: a deactivated person cannot connect and loses the
session they had open; a one-time password lets its person do nothing but
choose their own, and only until it expires; a refused sign-in reads as one
sentence."""

from __future__ import annotations

import psycopg
import pytest
import sqlalchemy.exc

from console.services.bundle import ConsoleServices
from console.services.errors import NotAllowed
from console.services.infrastructure.connections import person_url, sign_in_problem
from console.services.infrastructure.database import Database
from console.storage.engine import create_engine_for
from tests.console.security.world import World, new_password

DEACTIVATED = "This person is deactivated: ask an admin to activate them."
WRONG = "The user name or password is wrong."


def _connect_error(w: World, login: str, password: str) -> psycopg.OperationalError:
    with pytest.raises(psycopg.OperationalError) as failed:
        w.connect_as(login, password).close()
    return failed.value


def test_a_deactivated_person_is_cut_off_and_cannot_sign_in_again(world: World) -> None:
    ben = world.people["agent2"]
    with world.raw("agent2") as open_session:
        assert open_session.execute("SELECT count(*) FROM cases").fetchone() is not None
        open_session.commit()
        with world.services("admin") as admin:
            admin.user_roles.update_user(ben.name, active=False, actor="Ada Admin")
        with pytest.raises(psycopg.OperationalError):
            open_session.execute("SELECT count(*) FROM cases")
    refused = _connect_error(world, ben.login, ben.password)
    assert sign_in_problem(refused) == DEACTIVATED
    assert (
        world.value("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (f"{ben.login}@{world.database}",))
        is False
    )


def test_a_wrong_password_reads_as_one_sentence(module_world: World) -> None:
    anna = module_world.people["agent"]
    assert sign_in_problem(_connect_error(module_world, anna.login, anna.password + "x")) == WRONG


def test_an_unknown_name_reads_as_one_sentence(module_world: World) -> None:
    # With passwords the server does not say whether the name exists.
    assert sign_in_problem(_connect_error(module_world, "nobody.here", "whatever-it-is")) == WRONG


def test_the_sentences_come_through_the_services_connection_too(module_world: World) -> None:
    """What the sign-in window sees: SQLAlchemy's wrapper of the same error."""
    anna = module_world.people["agent"]
    engine = create_engine_for(person_url(module_world.url, anna.login).set(password="not-her-password"))
    try:
        with pytest.raises(sqlalchemy.exc.OperationalError) as failed:
            engine.connect().close()
    finally:
        engine.dispose()
    assert sign_in_problem(failed.value) == WRONG


def _add_person_as_admin(world: World, name: str) -> tuple[str, str]:
    with world.services("admin") as admin:
        added = admin.people.add_person(name, "agent", actor="Ada Admin")
    assert added.one_time_password is not None
    return added.user.login, added.one_time_password.password


def test_a_one_time_password_grants_nothing_but_choosing_ones_own(module_world: World) -> None:
    login, one_time = _add_person_as_admin(module_world, "Cleo Agent")
    with module_world.connect_as(login, one_time) as connection:
        module_world.assert_refused(connection, "SELECT * FROM cases")
        module_world.assert_refused(connection, "UPDATE cases SET subject = 'x'", tables=["cases"])
        connection.execute("SELECT name FROM users")  # who they are, to choose a password
    chosen = new_password()
    svc = ConsoleServices(
        Database(create_engine_for(person_url(module_world.url, login).set(password=one_time)))
    )
    try:
        svc.people.set_own_password(chosen)
    finally:
        svc.close()
    with module_world.connect_as(login, chosen) as connection:
        connection.execute("SELECT * FROM cases")
    assert sign_in_problem(_connect_error(module_world, login, one_time)) == WRONG


def test_an_expired_one_time_password_cannot_be_replaced(module_world: World) -> None:
    login, one_time = _add_person_as_admin(module_world, "Dora Agent")
    module_world.superuser.execute(
        "UPDATE users SET one_time_until = now() - interval '1 hour' WHERE login = %s", (login,)
    )
    svc = ConsoleServices(
        Database(create_engine_for(person_url(module_world.url, login).set(password=one_time)))
    )
    try:
        with pytest.raises(NotAllowed) as refused:
            svc.people.set_own_password(new_password())
    finally:
        svc.close()
    assert "expired" in str(refused.value)
    assert module_world.value("SELECT password_state FROM users WHERE login = %s", (login,)) == "one_time"


def test_a_wrong_database_name_is_not_called_a_wrong_person(module_world: World) -> None:
    anna = module_world.people["agent"]
    url = person_url(module_world.url, anna.login).set(database="no_such_support_db", password=anna.password)
    engine = create_engine_for(url)
    try:
        with pytest.raises(sqlalchemy.exc.OperationalError) as failed:
            engine.connect().close()
    finally:
        engine.dispose()
    assert sign_in_problem(failed.value) is None
