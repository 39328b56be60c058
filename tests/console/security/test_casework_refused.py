"""Whose case it is, and whose name stands on what is written, held by the
database: raw statements as each person. An agent keeps to their own (or
unassigned) cases; the audit trail and the change log only grow, with the
connected person as actor whatever the statement names; a message is stamped
with its writer."""

from __future__ import annotations

import pytest

from console.services.errors import NotAllowed
from tests.console.security.world import PERSON_KEYS, World


def test_an_agent_may_not_assign_an_unassigned_case_to_someone_else(module_world: World) -> None:
    w = module_world
    with w.raw("agent") as connection:
        w.assert_refused(
            connection,
            "UPDATE cases SET assignee_id = %s WHERE number = %s",
            (w.people["agent2"].id, w.unassigned),
            tables=["cases"],
        )
    assert w.assignee(w.unassigned) is None


def test_an_agent_may_not_hand_their_own_case_to_someone_else(module_world: World) -> None:
    w = module_world
    with w.raw("agent") as connection:
        w.assert_refused(
            connection,
            "UPDATE cases SET assignee_id = %s WHERE number = %s",
            (w.people["agent2"].id, w.agent_case),
            tables=["cases"],
        )
    assert w.assignee(w.agent_case) == w.people["agent"].id


def test_an_agent_may_not_take_a_colleagues_case(module_world: World) -> None:
    w = module_world
    with w.raw("agent") as connection:
        w.assert_refused(
            connection,
            "UPDATE cases SET assignee_id = %s WHERE number = %s",
            (w.people["agent"].id, w.agent2_case),
            tables=["cases"],
        )
        w.assert_refused(
            connection,
            "UPDATE cases SET assignee_id = NULL WHERE number = %s",
            (w.agent2_case,),
            tables=["cases"],
        )
    assert w.assignee(w.agent2_case) == w.people["agent2"].id


def test_an_agent_may_not_change_the_status_of_a_colleagues_case(module_world: World) -> None:
    w = module_world
    with w.raw("agent") as connection:
        w.assert_refused(
            connection,
            "UPDATE cases SET status = 'solved', version = version + 1 WHERE number = %s",
            (w.agent2_case,),
            tables=["cases"],
        )


def test_an_agent_may_not_open_a_case_for_someone_else(module_world: World) -> None:
    w = module_world
    with w.raw("agent") as connection:
        w.assert_refused(
            connection,
            "INSERT INTO cases (number, account_id, subject, category, severity, status, plan_code, "
            "language, opened_at, unread_chat, assignee_id, updated_at, version) "
            "VALUES (9001, %s, 'Planted', 'incident', 3, 'open', 'proctored', 'en', now(), 0, %s, now(), 1)",
            (w.other_id, w.people["agent2"].id),
            tables=["cases"],
        )


def test_an_agent_may_not_write_on_a_colleagues_case(module_world: World) -> None:
    w = module_world
    with w.raw("agent") as connection:
        for author_kind in ("agent", "customer"):
            w.assert_refused(
                connection,
                "INSERT INTO messages (case_id, kind, author_kind, author_user_id, body, created_at) "
                "VALUES (%s, 'reply', %s, %s, 'Hijacked', now())",
                (w.case_id(w.agent2_case), author_kind, w.people["agent"].id),
                tables=["messages"],
            )


@pytest.mark.parametrize("key", PERSON_KEYS)
@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE case_events SET action = 'forged'",
        "UPDATE case_events SET user_id = NULL",
        "DELETE FROM case_events",
        "UPDATE change_log SET actor_id = NULL",
        "DELETE FROM change_log",
    ],
)
def test_no_one_rewrites_the_audit_trail_or_the_change_log(
    module_world: World, key: str, statement: str
) -> None:
    table = statement.split()[1] if statement.startswith("UPDATE") else statement.split()[2]
    with module_world.raw(key) as connection:
        module_world.assert_refused(connection, statement, tables=[table])


@pytest.mark.parametrize("key", PERSON_KEYS)
def test_an_audit_row_naming_someone_else_is_stamped_with_the_writer(module_world: World, key: str) -> None:
    w = module_world
    me = w.people[key]
    someone_else = w.people["lead" if key != "lead" else "admin"]
    with w.raw(key) as connection:
        event = connection.execute(
            "INSERT INTO case_events (case_id, user_id, at, action) VALUES (%s, %s, now(), 'forged') RETURNING id",
            (w.case_id(w.unassigned), someone_else.id),
        ).fetchone()
        change = connection.execute(
            "INSERT INTO change_log (at, entity, entity_id, action, actor_id) "
            "VALUES (now(), 'case', 1, 'forged', %s) RETURNING id",
            (someone_else.id,),
        ).fetchone()
        connection.commit()
    assert event is not None and change is not None
    assert w.value("SELECT user_id FROM case_events WHERE id = %s", (event[0],)) == me.id
    assert w.value("SELECT actor_id FROM change_log WHERE id = %s", (change[0],)) == me.id


def _insert_message(
    w: World, key: str, author_kind: str, author_user_id: int | None
) -> tuple[int, int | None, int | None]:
    with w.raw(key) as connection:
        row = connection.execute(
            "INSERT INTO messages (case_id, kind, author_kind, author_user_id, body, created_at) "
            "VALUES (%s, 'reply', %s, %s, 'Hello', now()) RETURNING id",
            (w.case_id(w.agent_case), author_kind, author_user_id),
        ).fetchone()
        connection.commit()
    assert row is not None
    stored = w.rows("SELECT author_user_id, entered_by_id FROM messages WHERE id = %s", (row[0],))[0]
    return int(row[0]), stored[0], stored[1]


def test_an_agents_message_naming_someone_else_is_stamped_with_the_writer(module_world: World) -> None:
    w = module_world
    _, author, entered_by = _insert_message(w, "agent", "agent", w.people["agent2"].id)
    assert (author, entered_by) == (w.people["agent"].id, None)


def test_a_customers_words_typed_in_are_entered_by_the_writer(module_world: World) -> None:
    w = module_world
    _, author, entered_by = _insert_message(w, "agent", "customer", None)
    assert (author, entered_by) == (None, w.people["agent"].id)


def test_a_lead_writing_for_the_customer_on_anyones_case_is_stamped_too(module_world: World) -> None:
    w = module_world
    _, author, entered_by = _insert_message(w, "lead", "customer", None)
    assert (author, entered_by) == (None, w.people["lead"].id)


@pytest.mark.parametrize("key", ["agent", "lead", "admin"])
def test_only_the_system_writes_system_messages(module_world: World, key: str) -> None:
    w = module_world
    with w.raw(key) as connection:
        w.assert_refused(
            connection,
            "INSERT INTO messages (case_id, kind, author_kind, body, created_at) "
            "VALUES (%s, 'note', 'system', 'Clock stopped', now())",
            (w.case_id(w.agent_case),),
            tables=["messages"],
        )


# -- TAM notes: row-level security ---------------------------------------------------------


def _note_accounts(w: World, key: str) -> list[int]:
    with w.raw(key) as connection:
        return [int(row[0]) for row in connection.execute("SELECT account_id FROM tam_notes ORDER BY id")]


def test_a_tam_reads_only_the_notes_of_their_own_accounts(module_world: World) -> None:
    w = module_world
    assert sorted(w.value("SELECT array_agg(DISTINCT account_id) FROM tam_notes")) == sorted(
        [w.premier_id, w.other_id]
    )
    assert set(_note_accounts(w, "tam")) == {w.premier_id}


@pytest.mark.parametrize("key", ["lead", "admin"])
def test_leads_and_admins_read_every_note(module_world: World, key: str) -> None:
    w = module_world
    everything = [int(row[0]) for row in w.rows("SELECT account_id FROM tam_notes ORDER BY id")]
    assert _note_accounts(w, key) == everything


@pytest.mark.parametrize("key", ["agent", "agent2"])
def test_agents_may_not_read_tam_notes(module_world: World, key: str) -> None:
    with module_world.raw(key) as connection:
        module_world.assert_refused(connection, "SELECT * FROM tam_notes")


def test_a_tam_may_not_write_notes_on_an_account_that_is_not_theirs(module_world: World) -> None:
    w = module_world
    with w.raw("tam") as connection:
        w.assert_refused(
            connection,
            "INSERT INTO tam_notes (account_id, author_id, body, created_at, updated_at, version) "
            "VALUES (%s, %s, 'Mine now', now(), now(), 1)",
            (w.other_id, w.people["tam"].id),
            tables=["tam_notes"],
        )
        w.assert_refused(
            connection,
            "INSERT INTO tam_notes (account_id, author_id, body, created_at, updated_at, version) "
            "VALUES (%s, %s, 'In her name', now(), now(), 1)",
            (w.premier_id, w.people["admin"].id),
            tables=["tam_notes"],
        )


# -- through the services, on a person's own connection --------------------------------------


def test_an_agent_may_not_act_as_someone_else_through_the_services(module_world: World) -> None:
    w = module_world
    with w.services("agent") as svc:
        with pytest.raises(NotAllowed, match="you act as yourself"):
            svc.cases.claim_next("Ben Agent")
        with pytest.raises(NotAllowed):
            svc.cases.change_status(w.agent2_case, "solved", actor="Anna Agent")
    assert w.assignee(w.unassigned) is None
    assert w.value("SELECT status FROM cases WHERE number = %s", (w.agent2_case,)) != "solved"


def test_a_customers_message_cannot_name_a_colleague_as_its_author(module_world: World) -> None:
    w = module_world
    _, author, entered_by = _insert_message(w, "agent", "customer", w.people["agent2"].id)
    assert (author, entered_by) == (None, w.people["agent"].id)


@pytest.mark.parametrize("key", ["agent", "lead"])
def test_a_status_moves_only_as_the_domain_allows(module_world: World, key: str) -> None:
    w = module_world
    before = w.value("SELECT status FROM cases WHERE number = %s", (w.agent_case,))
    with w.raw(key) as connection:
        # No case jumps from working to closed: it is solved first.
        w.assert_refused(
            connection,
            "UPDATE cases SET status = 'closed' WHERE number = %s",
            (w.agent_case,),
            tables=["cases"],
        )
    assert w.value("SELECT status FROM cases WHERE number = %s", (w.agent_case,)) == before


def test_a_case_opens_as_new(module_world: World) -> None:
    w = module_world
    with w.raw("agent") as connection:
        w.assert_refused(
            connection,
            "INSERT INTO cases (number, account_id, subject, category, severity, status, plan_code, language, "
            "opened_at, unread_chat, updated_at, version) SELECT 99999, account_id, 'Forged', category, 4, "
            "'solved', plan_code, 'en', now(), 0, now(), 1 FROM cases WHERE number = %s",
            (w.agent_case,),
            tables=["cases"],
        )


@pytest.mark.parametrize("key", ["agent", "lead"])
def test_no_person_writes_the_case_counter_or_picks_a_case_number(module_world: World, key: str) -> None:
    w = module_world
    before = w.value("SELECT value FROM counters WHERE name = 'case_number'")
    with w.raw(key) as connection:
        w.assert_refused(connection, "UPDATE counters SET value = value + 100", (), tables=["counters"])
        w.assert_refused(
            connection,
            "INSERT INTO cases (number, account_id, subject, category, severity, status, plan_code, language, "
            "opened_at, unread_chat, updated_at, version) SELECT %s, account_id, 'Forged', category, 4, "
            "'new', plan_code, 'en', now(), 0, now(), 1 FROM cases WHERE number = %s",
            (int(before) + 50, w.agent_case),
            tables=["cases"],
        )
    assert w.value("SELECT value FROM counters WHERE name = 'case_number'") == before
