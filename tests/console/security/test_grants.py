"""The grants in the database are the permission table's: for each of the
database's group roles and each table, what PostgreSQL says the role may do
equals what ``console.storage.access`` derives from the table; and the SQL
functions name roles as the Python does."""

from __future__ import annotations

import pytest

from console.domain.cases import Role
from console.storage.access import (
    ADMIN_FUNCTIONS,
    GROUP_KINDS,
    PERSON_FUNCTIONS,
    ROLE_GROUPS,
    group_role,
    person_role,
    reads_of,
    tables,
    writes_of,
)
from tests.console.security.world import World

WRITES = ("INSERT", "UPDATE", "DELETE")
COLUMN_PRIVILEGES = frozenset({"SELECT", "INSERT", "UPDATE", "REFERENCES"})
# What anyone who signs in reads, before their role's grants (even with a
# one-time password): who is who, and whether the schema is current.
PEOPLE_READS = frozenset({"users", "alembic_version"})


def _columns(w: World, table: str) -> list[str]:
    return [
        str(name)
        for (name,) in w.rows(
            "SELECT attname FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0 "
            "AND NOT attisdropped ORDER BY attnum",
            (f'public."{table}"',),
        )
    ]


def _table_privilege(w: World, role: str, table: str, privilege: str) -> bool:
    return bool(w.value("SELECT has_table_privilege(%s, %s, %s)", (role, f'public."{table}"', privilege)))


def _column_privileges(w: World, role: str, table: str, privilege: str) -> set[str]:
    return {
        column
        for column in _columns(w, table)
        if w.value(
            "SELECT has_column_privilege(%s, %s, %s, %s)", (role, f'public."{table}"', column, privilege)
        )
    }


@pytest.mark.parametrize("role", list(Role))
def test_each_groups_table_privileges_are_the_permission_tables(module_world: World, role: Role) -> None:
    w = module_world
    group = group_role(w.database, ROLE_GROUPS[role])
    reads, writes = set(reads_of(role)), writes_of(role)
    for table in tables():
        assert _table_privilege(w, group, table, "SELECT") == (table in reads), (role, table, "SELECT")
        for privilege in (*WRITES, "TRUNCATE", "REFERENCES", "TRIGGER"):
            expected = writes.get(table, {})
            where = (role, table, privilege)
            if privilege not in expected:
                assert not _table_privilege(w, group, table, privilege), where
                if privilege in COLUMN_PRIVILEGES:
                    assert not w.value(
                        "SELECT has_any_column_privilege(%s, %s, %s)", (group, f'public."{table}"', privilege)
                    ), where
                continue
            columns = expected[privilege]
            if columns is None:
                assert _table_privilege(w, group, table, privilege), where
            else:
                assert not _table_privilege(w, group, table, privilege), where
                assert _column_privileges(w, group, table, privilege) == columns, where


def test_the_people_group_reads_only_who_is_who(module_world: World) -> None:
    w = module_world
    people = group_role(w.database, "people")
    for table in tables():
        for privilege in ("SELECT", *WRITES):
            granted = _table_privilege(w, people, table, privilege)
            assert granted == (table in PEOPLE_READS and privilege == "SELECT"), (table, privilege)


def test_the_password_functions_are_granted_to_whom_they_belong(module_world: World) -> None:
    w = module_world

    def may_call(role: str, signature: str) -> bool:
        return bool(w.value("SELECT has_function_privilege(%s, %s, 'EXECUTE')", (role, signature)))

    for signature in PERSON_FUNCTIONS:
        assert may_call(group_role(w.database, "people"), signature)
    for signature in ADMIN_FUNCTIONS:
        assert may_call(group_role(w.database, "admin"), signature)
        for kind in ("people", "agent", "lead", "tam"):
            assert not may_call(group_role(w.database, kind), signature), (kind, signature)


def test_each_person_is_in_their_roles_group_and_the_people_group_only(module_world: World) -> None:
    w = module_world
    for person in w.people.values():
        login_role = person_role(w.database, person.login)
        member_of = {
            kind
            for kind in GROUP_KINDS
            if w.value("SELECT pg_has_role(%s, %s, 'MEMBER')", (login_role, group_role(w.database, kind)))
        }
        assert member_of == {"people", ROLE_GROUPS[person.role]}, person.name


def test_the_sql_names_of_roles_are_the_pythons(module_world: World) -> None:
    w = module_world
    with w.raw("agent") as connection:
        for kind in GROUP_KINDS:
            row = connection.execute("SELECT sc_role_name(%s)", (kind,)).fetchone()
            assert row == (group_role(w.database, kind),)
        for login in ("anna.agent", "x", "a.b-c_d"):
            row = connection.execute("SELECT sc_person_role(%s)", (login,)).fetchone()
            assert row == (person_role(w.database, login),)
        assert connection.execute("SELECT session_user").fetchone() == (
            person_role(w.database, "anna.agent"),
        )
