"""Who a benchmark connects as, on PostgreSQL: the owner (the superuser the
benchmark database was made by, as before people signed in) or a person — an
agent's own login role ``<login>@<database>``, under the grants, triggers and
row-level policies of migration 0003. ``--roles owner,agent`` measures the same
work both ways in one run; SQLite has no roles (whoever opens the file is the
owner), so there a benchmark measures once, as before."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from sqlalchemy.engine import make_url

from console.services.infrastructure.connections import person_url
from console.services.infrastructure.database import Database
from console.services.usecases.people import PeopleService
from console.storage.engine import create_engine_for

OWNER = "owner"
AGENT = "agent"
ROLES = (OWNER, AGENT)
# What each benchmark person chooses at first sign-in (the server the benchmarks
# use trusts local connections; the password still goes through the real path).
BENCH_PASSWORD = "bench-secret-2026"


def add_roles_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--roles",
        default=",".join(ROLES),
        type=parse_roles,
        help="on PostgreSQL, whom to connect as, comma-separated: owner (the superuser) "
        "and/or agent (each agent user signed in as themselves); SQLite measures once as the owner",
    )


def parse_roles(text: str) -> tuple[str, ...]:
    wanted = tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))
    unknown = [role for role in wanted if role not in ROLES]
    if not wanted or unknown:
        raise argparse.ArgumentTypeError(f"roles are {' and '.join(ROLES)}, comma-separated (not {text!r})")
    return wanted


def roles_for(backend: str, roles: Sequence[str]) -> tuple[str, ...]:
    """The roles measured on ``backend``: SQLite knows only the owner."""
    return tuple(roles) if backend == "postgresql" else (OWNER,)


def sign_in_people(url: str, names: Sequence[str]) -> dict[str, str]:
    """Each named user signed in as themselves on ``url``'s (bound) database, the
    way a new person starts: the owner issues a one-time password, the person
    connects with it and chooses their own, which puts them into their role's
    group. Returns each name's connection URL (password included)."""
    owner = Database(create_engine_for(url))
    try:
        people = PeopleService(owner)
        issued = {name: people.issue_one_time_password(name) for name in names}
    finally:
        owner.close()
    urls: dict[str, str] = {}
    for name, one_time in issued.items():
        address = person_url(make_url(url), one_time.login).set(password=one_time.password)
        person = Database(create_engine_for(address))
        try:
            PeopleService(person).set_own_password(BENCH_PASSWORD)
            if person.identity.login != one_time.login:
                raise RuntimeError(f"{name} connected as {person.identity.role_name}, not as themselves")
        finally:
            person.close()
        urls[name] = address.set(password=BENCH_PASSWORD).render_as_string(hide_password=False)
    return urls


def ratio(owner: float, agent: float) -> str:
    """``agent / owner`` as a factor and as a change in per cent."""
    if owner == 0:
        return "n/a"
    factor = agent / owner
    return f"{factor:.2f}x ({(factor - 1) * 100:+.1f} %)"
