"""What only an admin (or a lead) may change, refused by the database itself to
the others whatever they send: raw statements as each person, each failing with
insufficient_privilege and leaving the data as it was."""

from __future__ import annotations

import pytest

from tests.console.security.world import World

# (table, statement) an agent may not run; ``{me}``/``{other}``/``{account}`` are
# the agent's id, a colleague's id and an account's id.
AGENT_REFUSED: tuple[tuple[str, str], ...] = (
    ("plan_targets", "UPDATE plan_targets SET minutes = minutes + 1"),
    (
        "plan_targets",
        "INSERT INTO plan_targets (plan_code, severity, minutes, clock_kind, version) "
        "VALUES ('standard', 4, 60, 'business', 1)",
    ),
    ("plan_targets", "DELETE FROM plan_targets"),
    ("support_calendar", "UPDATE support_calendar SET time_zone = 'UTC'"),
    ("support_calendar", "UPDATE support_calendar SET at_risk_fraction = 0.9"),
    ("support_calendar", "UPDATE support_calendar SET queue_rules = ''"),
    (
        "calendar_hours",
        "INSERT INTO calendar_hours (weekday, start_minute, end_minute) VALUES (6, 0, 60)",
    ),
    ("calendar_hours", "UPDATE calendar_hours SET end_minute = 1440"),
    ("calendar_hours", "DELETE FROM calendar_hours"),
    ("calendar_closures", "INSERT INTO calendar_closures (day, reason) VALUES ('2031-12-24', 'party')"),
    ("calendar_closures", "DELETE FROM calendar_closures"),
    (
        "exam_sessions",
        "INSERT INTO exam_sessions (account_id, title, start_at, end_at, time_zone, created_at, version) "
        "VALUES ({account}, 'Finals', now(), now() + interval '2 hours', 'UTC', now(), 1)",
    ),
    ("exam_sessions", "DELETE FROM exam_sessions"),
    ("users", "UPDATE users SET role = 'admin' WHERE id = {me}"),
    ("users", "UPDATE users SET active = false WHERE id = {other}"),
    ("users", "UPDATE users SET presence = 'online' WHERE id = {other}"),
    (
        "users",
        "INSERT INTO users (name, login, role, languages, presence, active, password_state, created_at, version) "
        "VALUES ('Eve', 'eve', 'admin', 'en', 'offline', true, 'none', now(), 1)",
    ),
    (
        "tile_thresholds",
        "INSERT INTO tile_thresholds (tile, amber, red, updated_at, version) VALUES ('queue', 1, 2, now(), 1)",
    ),
)

# What only an admin may change, refused to leads and TAMs too.
ADMIN_ONLY: tuple[tuple[str, str], ...] = (
    ("plan_targets", "UPDATE plan_targets SET minutes = minutes + 1"),
    ("support_calendar", "UPDATE support_calendar SET time_zone = 'UTC'"),
    ("calendar_hours", "DELETE FROM calendar_hours"),
    ("calendar_closures", "INSERT INTO calendar_closures (day, reason) VALUES ('2031-12-24', 'party')"),
    ("users", "UPDATE users SET role = 'admin' WHERE id = {me}"),
    ("users", "UPDATE users SET presence = 'online' WHERE id = {other}"),
)


def _statement(world: World, key: str, template: str) -> str:
    other = "agent2" if key != "agent2" else "agent"
    return template.format(me=world.people[key].id, other=world.people[other].id, account=world.other_id)


@pytest.mark.parametrize(("table", "template"), AGENT_REFUSED, ids=[s for _, s in AGENT_REFUSED])
def test_an_agent_may_not_change_the_set_up(module_world: World, table: str, template: str) -> None:
    with module_world.raw("agent") as connection:
        module_world.assert_refused(connection, _statement(module_world, "agent", template), tables=[table])


@pytest.mark.parametrize("key", ["lead", "tam"])
@pytest.mark.parametrize(("table", "template"), ADMIN_ONLY, ids=[s for _, s in ADMIN_ONLY])
def test_leads_and_tams_may_not_change_what_only_admins_do(
    module_world: World, key: str, table: str, template: str
) -> None:
    with module_world.raw(key) as connection:
        module_world.assert_refused(connection, _statement(module_world, key, template), tables=[table])


def test_the_set_up_tables_hold_rows_to_refuse(module_world: World) -> None:
    """The refusals above are not vacuous: there are rows they would have changed."""
    for table in ("plan_targets", "support_calendar", "calendar_hours", "users"):
        assert module_world.table(table), table


def test_a_person_may_change_their_own_presence(module_world: World) -> None:
    agent = module_world.people["agent"]
    with module_world.raw("agent") as connection:
        connection.execute("UPDATE users SET presence = 'online' WHERE id = %s", (agent.id,))
        connection.commit()
    assert module_world.value("SELECT presence FROM users WHERE id = %s", (agent.id,)) == "online"
