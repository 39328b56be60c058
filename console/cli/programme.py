"""Which support programme the light commands (``status``, ``sla due|remaining``)
count with: the database's set-up when a database is configured, else the published
programme — and a sentence saying which, for the user and for reproducibility.

The database is found exactly as every other command finds it (``--db``,
``$SUPPORT_CONSOLE_DB``, the default profile, the local SQLite file). When none is
named and the local file does not exist (a fresh machine, a bulk job on a build
server), the published programme is used and no file is created: these commands
only read. ``--published`` always uses the published programme, so a bulk run gives
the same answers on every machine. SQLAlchemy and the services are imported only
when a database is actually read, so the published CSV path stays light.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from console.cli.errors import UsageError
from console.sla.calendar import DEFAULT_REGIONS, DEFAULT_TIME_ZONE, OperationalCalendar
from console.sla.policy import DEFAULT_POLICY, SlaPolicy
from console.storage.locations import ENV_DATABASE, default_sqlite_path, profiles_path


@dataclass(frozen=True)
class LightProgramme:
    """The targets and the support calendar a light command counts with."""

    policy: SlaPolicy
    calendar: OperationalCalendar
    source: str  # "published (--published)", "database SQLite /x (targets and calendar as set up there)"


def add_programme_argument(parser: argparse._ActionsContainer) -> None:
    parser.add_argument(
        "--published",
        action="store_true",
        help=(
            "count with the published programme (its targets; Mon-Fri 08:00-20:00 "
            f"{DEFAULT_TIME_ZONE}, holidays of {','.join(DEFAULT_REGIONS)}) instead of the database's "
            "set-up: the same answers on every machine"
        ),
    )


def published(why: str) -> LightProgramme:
    return LightProgramme(DEFAULT_POLICY, OperationalCalendar(), f"published ({why})")


def with_overrides(
    base: OperationalCalendar, tz: str | None, regions: str | None, closed: Sequence[date] = ()
) -> OperationalCalendar:
    """``base`` with the calendar flags the user gave: another time zone, other
    holiday regions (``""`` for none), more closure dates. The weekly hours stay."""
    if tz is None and regions is None and not closed:
        return base  # the programme's own calendar, its year tables perhaps built already
    return OperationalCalendar(
        base.time_zone if tz is None else tz,
        base.weekly_hours,
        base.holiday_regions if regions is None else [code for code in regions.split(",") if code.strip()],
        base.closures | frozenset(closed),
        base.extra_windows,
    )


def choose_programme(args: argparse.Namespace) -> LightProgramme:
    """The programme for this run of a light command (see the module docstring)."""
    actor = getattr(args, "actor", None)
    if getattr(args, "published", False):
        if actor is not None:
            raise UsageError(f"--as {actor}: the published programme has no people to act as")
        return published("--published")
    local = default_sqlite_path()
    named = (
        getattr(args, "db", None) is not None
        or bool(os.environ.get(ENV_DATABASE))
        or profiles_path().exists()
    )
    if not named and not local.exists():
        if actor is not None:
            raise UsageError(f"--as {actor}: there is no database at {local} to find them in")
        return published(f"no database at {local}")
    return _from_database(args, local)


def _from_database(args: argparse.Namespace, local: object) -> LightProgramme:
    # Imported here: SQLAlchemy and the services cost a second the published path never pays.
    from pathlib import Path

    from sqlalchemy.engine import make_url

    from console.cli.context import database_url_text, open_database
    from console.services.errors import NotFound
    from console.services.infrastructure.lookup import user_named
    from console.services.infrastructure.programme import ProgrammeLoader
    from console.storage.engine import describe

    url = make_url(database_url_text(args))
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
        if Path(url.database) != local:
            # Resolution refuses a missing named file; this is the last guard that a
            # read-only command never creates one.
            raise UsageError(f"no database at {url.database}: name an existing one, or use --published")
        if getattr(args, "actor", None) is not None:
            raise UsageError(f"--as {args.actor}: there is no database at {local} to find them in")
        return published(f"no database at {local}")
    db = open_database(args)
    try:
        with db.read() as session:
            programme = ProgrammeLoader().load(session)
            actor = getattr(args, "actor", None)
            if actor is not None:
                try:
                    user_named(session, actor)
                except NotFound as error:
                    raise UsageError(f"--as {actor}: {error}") from None
    finally:
        db.close()
    return LightProgramme(
        programme.policy,
        programme.calendar,
        f"database {describe(db.engine.url)} (targets and calendar as set up there)",
    )
