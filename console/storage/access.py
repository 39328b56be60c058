"""Who may do what, enforced by PostgreSQL: this database's roles, and the
grants that follow the core's table of permissions (:mod:`console.domain.permissions`).

Roles belong to the whole server, so every role is named after the database:
``sc_<database>_agent`` (and ``_lead``, ``_tam``, ``_admin``) carry the
privileges; ``sc_<database>_people`` lets every person connect; ``sc_<database>_owner``
owns the tables and functions (migrations, the mail service and the command line
run by whoever administers the installation connect as a member of it, or as a
superuser). A person's login role is ``<login>@<database>``. Two support
databases on one server therefore never share a person or a grant, and a copy
of a database (a staging copy, a test's copy of a template) gets roles of its own
when :func:`bind_access` runs on it.

Grants come from :data:`TABLE_WRITES`: for each action of the permission table,
what it writes. A role may write what its actions write, and reads every table
(a TAM's notes only through the row-level policies of migration 0003). The rules a
grant cannot express (whose case, whose name on an event) are the triggers of
that migration.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from sqlalchemy import Connection, text

from console.domain.cases import Role
from console.domain.permissions import PERMISSIONS, Action, roles_for
from console.storage.models import Base

MAX_ROLE_NAME = 63  # PostgreSQL's NAMEDATALEN - 1
GROUP_KINDS = ("people", "agent", "lead", "tam", "admin", "owner")


def group_role(database: str, kind: str) -> str:
    """The name of one of a database's group roles (``kind`` in GROUP_KINDS)."""
    return f"sc_{database}_{kind}"


def person_role(database: str, login: str) -> str:
    """The login role of the person with ``login`` in ``database``."""
    return f"{login}@{database}"


def login_of(role_name: str, database: str) -> str | None:
    """The login of a person's role in ``database``; None for any other role."""
    suffix = "@" + database
    if role_name.endswith(suffix) and "@" not in role_name[: -len(suffix)]:
        return role_name[: -len(suffix)] or None
    return None


@dataclass(frozen=True, slots=True)
class TableGrant:
    """Privileges on one table; ``columns`` narrows an UPDATE to those columns."""

    table: str
    privileges: tuple[str, ...]
    columns: tuple[str, ...] = ()


# What an admin may change on a person (not the password state: only the
# database's password functions write it).
USER_COLUMNS = ("name", "login", "role", "languages", "presence", "email", "team", "active", "version")
_CASE_WORK = (
    TableGrant("cases", ("INSERT", "UPDATE")),
    TableGrant("messages", ("INSERT",)),
    TableGrant("case_events", ("INSERT",)),
    TableGrant("change_log", ("INSERT",)),
    TableGrant("users", ("UPDATE",), ("presence", "version")),
    # A public reply on an email case goes out through the outbox (migration
    # 0004's triggers: people write outgoing mail only, and send a failed one
    # again); an unknown sender's mail is linked to a case or closed.
    TableGrant("emails", ("INSERT",)),
    TableGrant("emails", ("UPDATE",), ("case_id", "triage", "triaged_by", "version")),
    TableGrant("outbox", ("INSERT",)),
    TableGrant("outbox", ("UPDATE",), ("state", "attempts", "next_attempt_at", "last_error", "version")),
)

TABLE_WRITES: Mapping[Action, tuple[TableGrant, ...]] = MappingProxyType(
    {
        Action.WORK_CASES: _CASE_WORK,
        Action.CLAIM_CASES: (
            TableGrant("cases", ("UPDATE",)),
            TableGrant("case_events", ("INSERT",)),
            TableGrant("change_log", ("INSERT",)),
        ),
        Action.ASSIGN_TO_OTHERS: (TableGrant("cases", ("UPDATE",)),),
        Action.ADD_CONTACTS: (TableGrant("contacts", ("INSERT", "UPDATE")),),
        Action.EDIT_EXAM_SESSIONS: (
            TableGrant("exam_sessions", ("INSERT", "UPDATE", "DELETE")),
            TableGrant("exam_cancellations", ("INSERT", "DELETE")),
            # A session moves the due times of its account's cases.
            TableGrant("cases", ("UPDATE",)),
            TableGrant("case_events", ("INSERT",)),
        ),
        Action.MANAGE_ACCOUNTS: (
            TableGrant("accounts", ("INSERT", "UPDATE")),
            TableGrant("contacts", ("INSERT", "UPDATE", "DELETE")),
        ),
        Action.MANAGE_USERS: (
            TableGrant("users", ("INSERT",)),
            TableGrant("users", ("UPDATE",), USER_COLUMNS),
        ),
        Action.CHANGE_TARGETS: (
            TableGrant("plan_targets", ("INSERT", "UPDATE", "DELETE")),
            TableGrant("plans", ("UPDATE",)),
        ),
        Action.CHANGE_CALENDAR: (
            TableGrant("support_calendar", ("INSERT", "UPDATE")),
            TableGrant("calendar_hours", ("INSERT", "UPDATE", "DELETE")),
            TableGrant("calendar_closures", ("INSERT", "UPDATE", "DELETE")),
        ),
        Action.CHANGE_AT_RISK_THRESHOLDS: (
            TableGrant("support_calendar", ("UPDATE",), ("at_risk_fraction", "at_risk_seconds", "version")),
        ),
        Action.CHANGE_QUEUE_RULES: (TableGrant("support_calendar", ("UPDATE",), ("queue_rules", "version")),),
        Action.READ_WALLBOARD: (),
        Action.CHANGE_WALLBOARD_THRESHOLDS: (TableGrant("tile_thresholds", ("INSERT", "UPDATE", "DELETE")),),
        Action.RUN_REPORTS: (),
        Action.OPEN_COCKPIT: (),
        Action.WRITE_TAM_NOTES: (TableGrant("tam_notes", ("INSERT", "UPDATE", "DELETE")),),
        Action.OPEN_ADMINISTRATION: (),
        Action.CONFIGURE_MAIL: (
            TableGrant("mail_settings", ("UPDATE",)),
            TableGrant("unreadable_mail", ("UPDATE",), ("state", "resolved_at", "resolved_by", "version")),
        ),
    }
)

# Read by the roles with these actions only (and then through row-level policies).
RESTRICTED_READS: Mapping[str, Action] = MappingProxyType({"tam_notes": Action.OPEN_COCKPIT})

ROLE_GROUPS: Mapping[Role, str] = MappingProxyType(
    {Role.AGENT: "agent", Role.LEAD: "lead", Role.TAM: "tam", Role.ADMIN: "admin"}
)

# The functions of migration 0003 a person may call (the rest are the triggers' own):
# every person choosing their password; those who work cases numbering a new one
# (the counter itself is written by no one but the owner); admins issuing passwords.
PERSON_FUNCTIONS = ("sc_set_own_password(text)",)
CASE_WORK_FUNCTIONS = ("sc_next_case_number()",)
ADMIN_FUNCTIONS = ("sc_issue_password(integer, text, timestamptz)",)


def tables() -> tuple[str, ...]:
    return (*sorted(Base.metadata.tables), "alembic_version")


def writes_of(role: Role) -> dict[str, dict[str, set[str] | None]]:
    """``table -> privilege -> columns`` (None: the whole table) for ``role``."""
    granted: dict[str, dict[str, set[str] | None]] = {}
    for action, grants in TABLE_WRITES.items():
        if role not in PERMISSIONS[action]:
            continue
        for grant in grants:
            per_table = granted.setdefault(grant.table, {})
            for privilege in grant.privileges:
                if not grant.columns:
                    per_table[privilege] = None
                elif privilege not in per_table:
                    per_table[privilege] = set(grant.columns)
                else:
                    existing = per_table[privilege]
                    if existing is not None:
                        existing.update(grant.columns)
    return granted


def reads_of(role: Role) -> tuple[str, ...]:
    return tuple(
        table
        for table in tables()
        if table not in RESTRICTED_READS or role in PERMISSIONS[RESTRICTED_READS[table]]
    )


class AccessSetupError(RuntimeError):
    """This database's roles cannot be made by the connected role."""


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def current_database(connection: Connection) -> str:
    return str(connection.execute(text("SELECT current_database()")).scalar_one())


def is_bound(connection: Connection) -> bool:
    """Whether this database's roles exist and own its tables."""
    database = current_database(connection)
    owner = connection.execute(
        text("SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'cases'")
    ).scalar()
    people = connection.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": group_role(database, "people")}
    ).scalar()
    return owner == group_role(database, "owner") and people is not None


def is_superuser(connection: Connection) -> bool:
    return bool(
        connection.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")).scalar()
    )


def bind_access(connection: Connection) -> None:
    """Make this database's roles and grants (again): idempotent, in the caller's
    transaction. Takes a superuser the first time on a database (it creates
    roles, gives the owner role the right to end a disabled person's sessions,
    and hands the tables to it)."""
    database = current_database(connection)
    longest = max(len(group_role(database, kind)) for kind in GROUP_KINDS)
    if longest > MAX_ROLE_NAME:
        raise AccessSetupError(
            f"the database name {database!r} is too long for its roles' names "
            f"({longest} > {MAX_ROLE_NAME} characters): use a name of at most "
            f"{MAX_ROLE_NAME - len(group_role('', 'people'))} characters"
        )
    if not is_superuser(connection):
        raise AccessSetupError(
            "making this database's roles takes a PostgreSQL superuser: run "
            "`support-console db upgrade` once as one (e.g. postgres)"
        )

    def run(statement: str) -> None:
        connection.exec_driver_sql(statement)

    names = {kind: group_role(database, kind) for kind in GROUP_KINDS}
    existing = set(
        connection.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"), {"names": list(names.values())}
        ).scalars()
    )
    for name in names.values():
        if name not in existing:
            run(f"CREATE ROLE {_quote(name)} NOLOGIN")
    owner = _quote(names["owner"])
    run(f"ALTER ROLE {owner} CREATEROLE")
    run(f"GRANT pg_signal_backend TO {owner}")
    run(f"GRANT CREATE, USAGE ON SCHEMA public TO {owner}")
    db = _quote(database)
    run(f"REVOKE ALL ON DATABASE {db} FROM PUBLIC")
    run(f"GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {_quote(names['people'])}, {owner}")

    all_tables = tables()
    for table in all_tables:
        run(f"ALTER TABLE {_quote(table)} OWNER TO {owner}")
    for (sequence,) in connection.execute(
        text("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")
    ).all():
        run(f"ALTER SEQUENCE {_quote(sequence)} OWNER TO {owner}")
    for (signature,) in connection.execute(
        text(
            "SELECT p.oid::regprocedure::text FROM pg_proc AS p JOIN pg_namespace AS n "
            "ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname LIKE 'sc\\_%'"
        )
    ).all():
        run(f"ALTER FUNCTION {signature} OWNER TO {owner}")

    # Start from nothing: a copy of another database carries that one's grants.
    grantees = set(
        connection.execute(
            text(
                "SELECT DISTINCT g.rolname FROM pg_class AS c "
                "JOIN pg_namespace AS n ON n.oid = c.relnamespace "
                "CROSS JOIN LATERAL aclexplode(c.relacl) AS a "
                "JOIN pg_roles AS g ON g.oid = a.grantee "
                "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S')"
            )
        ).scalars()
    )
    grantees |= set(
        connection.execute(
            text(
                "SELECT DISTINCT g.rolname FROM pg_proc AS p "
                "JOIN pg_namespace AS n ON n.oid = p.pronamespace "
                "CROSS JOIN LATERAL aclexplode(p.proacl) AS a "
                "JOIN pg_roles AS g ON g.oid = a.grantee "
                "WHERE n.nspname = 'public' AND p.proname LIKE 'sc\\_%'"
            )
        ).scalars()
    )
    everyone = ", ".join(["PUBLIC", *(_quote(name) for name in sorted(grantees) if name != names["owner"])])
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {everyone}")
    run(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {everyone}")
    schema_grantees = set(
        connection.execute(
            text(
                "SELECT DISTINCT g.rolname FROM pg_namespace AS n "
                "CROSS JOIN LATERAL aclexplode(n.nspacl) AS a "
                "JOIN pg_roles AS g ON g.oid = a.grantee WHERE n.nspname = 'public'"
            )
        ).scalars()
    )
    foreign = [_quote(name) for name in sorted(grantees) if name not in names.values()]
    if foreign:
        for signature in (*PERSON_FUNCTIONS, *CASE_WORK_FUNCTIONS, *ADMIN_FUNCTIONS):
            run(f"REVOKE ALL ON FUNCTION {signature} FROM {', '.join(foreign)}")
    copied_owners = [
        _quote(n) for n in sorted(schema_grantees) if n.startswith("sc_") and n not in names.values()
    ]
    if copied_owners:
        run(f"REVOKE ALL ON SCHEMA public FROM {', '.join(copied_owners)}")

    role_groups = [_quote(names[group]) for group in ROLE_GROUPS.values()]
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {', '.join(role_groups)}")
    # Everyone who signs in reads who they are and whether the schema is current
    # (a person may not upgrade it: the console tells them to ask an admin).
    run(f"GRANT SELECT ON users, alembic_version TO {_quote(names['people'])}")
    for role, group in ROLE_GROUPS.items():
        grantee = _quote(names[group])
        run(f"GRANT SELECT ON {', '.join(_quote(t) for t in reads_of(role))} TO {grantee}")
        for table, privileges in writes_of(role).items():
            for privilege, columns in sorted(privileges.items()):
                target = "" if columns is None else " (" + ", ".join(sorted(columns)) + ")"
                run(f"GRANT {privilege}{target} ON {_quote(table)} TO {grantee}")
    for signature in PERSON_FUNCTIONS:
        run(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        run(f"GRANT EXECUTE ON FUNCTION {signature} TO {_quote(names['people'])}")
    for signature in ADMIN_FUNCTIONS:
        run(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        run(f"GRANT EXECUTE ON FUNCTION {signature} TO {_quote(names['admin'])}")
    workers = [_quote(names[ROLE_GROUPS[role]]) for role in roles_for(Action.WORK_CASES)]
    for signature in CASE_WORK_FUNCTIONS:
        run(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        run(f"GRANT EXECUTE ON FUNCTION {signature} TO {', '.join(workers)}")

    for (user_id,) in connection.execute(text("SELECT id FROM users ORDER BY id")).all():
        connection.execute(text("SELECT sc_sync_person(:id)"), {"id": user_id})


def drop_roles(connection: Connection, database: str) -> None:
    """Drop a database's roles (after the database itself was dropped): its
    people's login roles and its groups. For tests and for retiring a copy."""
    people = connection.execute(
        text("SELECT rolname FROM pg_roles WHERE rolname LIKE :pattern"),
        {"pattern": "%@" + database.replace("_", "\\_").replace("%", "\\%")},
    ).scalars()
    for name in [*people, *(group_role(database, kind) for kind in reversed(GROUP_KINDS))]:
        connection.exec_driver_sql(f"DROP ROLE IF EXISTS {_quote(name)}")
