"""A small support organisation on a password-protected database, built through
the services as the owner, whose people then connect as themselves: with raw
psycopg (to try what no service would send) or through the services.

People (key: name, role): ``admin`` Ada Admin, ``lead`` Lea Lead, ``tam`` Tom Tam,
``agent`` Anna Agent, ``agent2`` Ben Agent — each chose their own password.
Accounts: Initech (Premier, Tom Tam's) and Exam Board (Proctored, no TAM).
Cases: one unassigned, one Anna's, one Ben's (all on Exam Board), and one on
Initech, unassigned. A TAM note on each account (Tom's on Initech, Ada's on
Exam Board).
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import URL

from console.domain.cases import Role
from console.services.bundle import ConsoleServices
from console.services.infrastructure.connections import person_url
from console.services.infrastructure.database import Database
from console.storage.engine import create_engine_for
from tests.support.scram_cluster import ScramCluster, migrated_database

PEOPLE: tuple[tuple[str, str, Role], ...] = (
    ("admin", "Ada Admin", Role.ADMIN),
    ("lead", "Lea Lead", Role.LEAD),
    ("tam", "Tom Tam", Role.TAM),
    ("agent", "Anna Agent", Role.AGENT),
    ("agent2", "Ben Agent", Role.AGENT),
)
PERSON_KEYS = tuple(key for key, _, _ in PEOPLE)
PREMIER = "Initech"
OTHER = "Exam Board"


def new_password() -> str:
    return f"Pw-{secrets.token_hex(8)}"


@dataclass(frozen=True, slots=True)
class Person:
    key: str
    name: str
    login: str
    role: Role
    id: int
    password: str


@dataclass(slots=True)
class World:
    cluster: ScramCluster
    url: URL  # the superuser's, to the world's database
    people: dict[str, Person]
    premier_id: int
    other_id: int
    unassigned: int  # case numbers
    agent_case: int
    agent2_case: int
    premier_case: int
    superuser: psycopg.Connection[tuple[Any, ...]]

    @property
    def database(self) -> str:
        return str(self.url.database)

    def person_url(self, key: str) -> URL:
        person = self.people[key]
        return person_url(self.url, person.login).set(password=person.password)

    def connect_as(
        self, login: str, password: str, autocommit: bool = False
    ) -> psycopg.Connection[tuple[Any, ...]]:
        """A raw connection as ``<login>@<database>`` (raises what libpq raises)."""
        return psycopg.connect(
            host=self.cluster.host,
            port=self.cluster.port,
            dbname=self.database,
            user=f"{login}@{self.database}",
            password=password,
            autocommit=autocommit,
            connect_timeout=10,
        )

    @contextlib.contextmanager
    def raw(self, key: str) -> Iterator[psycopg.Connection[tuple[Any, ...]]]:
        person = self.people[key]
        with self.connect_as(person.login, person.password) as connection:
            yield connection

    @contextlib.contextmanager
    def services(self, key: str) -> Iterator[ConsoleServices]:
        """The services on this person's own connection."""
        svc = ConsoleServices(Database(create_engine_for(self.person_url(key))))
        try:
            yield svc
        finally:
            svc.close()

    # -- reading as the superuser ----------------------------------------------------------

    def rows(self, statement: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.superuser.execute(statement, params).fetchall()

    def value(self, statement: str, params: Sequence[Any] = ()) -> Any:
        row = self.superuser.execute(statement, params).fetchone()
        assert row is not None, statement
        return row[0]

    def table(self, table: str) -> list[tuple[Any, ...]]:
        """Every row of ``table``, in a stable order."""
        query = sql.SQL("SELECT * FROM {} ORDER BY 1, 2").format(sql.Identifier(table))
        return self.superuser.execute(query).fetchall()

    def case_id(self, number: int) -> int:
        return int(self.value("SELECT id FROM cases WHERE number = %s", (number,)))

    def assignee(self, number: int) -> int | None:
        value = self.value("SELECT assignee_id FROM cases WHERE number = %s", (number,))
        return None if value is None else int(value)

    # -- refusals ---------------------------------------------------------------------------

    def assert_refused(
        self,
        connection: psycopg.Connection[tuple[Any, ...]],
        statement: str,
        params: Sequence[Any] = (),
        tables: Sequence[str] = (),
    ) -> psycopg.errors.InsufficientPrivilege:
        """``statement`` fails with insufficient_privilege (42501) and ``tables``
        (as the superuser reads them) are unchanged."""
        before = {table: self.table(table) for table in tables}
        try:
            with pytest.raises(psycopg.errors.InsufficientPrivilege) as refused:
                connection.execute(statement, params)
        finally:
            connection.rollback()
        assert refused.value.sqlstate == "42501"
        for table in tables:
            assert self.table(table) == before[table], f"{table} changed by a refused statement"
        return refused.value


def _choose_own_password(url: URL, login: str, one_time: str) -> str:
    """Connect as the person with their one-time password and choose their own."""
    chosen = new_password()
    svc = ConsoleServices(Database(create_engine_for(person_url(url, login).set(password=one_time))))
    try:
        svc.people.set_own_password(chosen)
    finally:
        svc.close()
    return chosen


def _build(cluster: ScramCluster, url: URL) -> World:
    owner = ConsoleServices(Database(create_engine_for(url)))
    try:
        people: dict[str, Person] = {}
        for key, name, role in PEOPLE:
            added = owner.people.add_person(name, role)
            issued = added.one_time_password
            assert issued is not None
            password = _choose_own_password(url, added.user.login, issued.password)
            people[key] = Person(key, name, added.user.login, role, added.user.id, password)
        premier = owner.accounts.add_account(PREMIER, "premier", tam="Tom Tam")
        other = owner.accounts.add_account(OTHER, "proctored")
        unassigned = owner.cases.open_case(OTHER, 3, "Nobody's yet", body="Help").number
        agent_case = owner.cases.open_case(OTHER, 3, "Anna's", body="Help").number
        agent2_case = owner.cases.open_case(OTHER, 3, "Ben's", body="Help").number
        premier_case = owner.cases.open_case(PREMIER, 2, "Initech's", body="Help").number
        owner.cases.assign(agent_case, "Anna Agent")
        owner.cases.assign(agent2_case, "Ben Agent")
        owner.cockpit.add_note(PREMIER, "Renewal talks in March", actor="Tom Tam")
        owner.cockpit.add_note(OTHER, "Exams every Friday", actor="Ada Admin")
    finally:
        owner.close()
    superuser = psycopg.connect(
        host=cluster.host,
        port=cluster.port,
        dbname=url.database,
        user=url.username,
        password=url.password,
        autocommit=True,
    )
    return World(
        cluster,
        url,
        people,
        premier.id,
        other.id,
        unassigned,
        agent_case,
        agent2_case,
        premier_case,
        superuser,
    )


@contextlib.contextmanager
def world_on(cluster: ScramCluster) -> Iterator[World]:
    """A world on a database of its own, dropped (with its roles) afterwards."""
    with migrated_database(cluster) as url:
        world = _build(cluster, url)
        try:
            yield world
        finally:
            world.superuser.close()
