"""What each person may do still works on their own connection, through the
services (and, for a lead, a raw statement): the database's rules refuse only
what the permission table refuses."""

from __future__ import annotations

from datetime import timedelta

from console.services.infrastructure.database import utc_now
from tests.console.security.world import World


def test_an_agent_claims_replies_and_changes_the_status_of_their_own_case(world: World) -> None:
    anna = world.people["agent"]
    with world.services("agent") as svc:
        claimed = svc.cases.claim_next("Anna Agent")
        svc.talk.reply(world.agent_case, "We are on it.", "Anna Agent")
        svc.cases.change_status(world.agent_case, "pending_customer", actor="Anna Agent")
        svc.cases.change_status(claimed.number, "on_hold")  # naming no one: themselves
    assert world.assignee(claimed.number) == anna.id
    assert (
        world.value("SELECT status FROM cases WHERE number = %s", (world.agent_case,)) == "pending_customer"
    )
    assert world.value("SELECT status FROM cases WHERE number = %s", (claimed.number,)) == "on_hold"
    assert world.rows(
        "SELECT author_kind, author_user_id FROM messages WHERE case_id = %s ORDER BY id DESC LIMIT 1",
        (world.case_id(world.agent_case),),
    ) == [("agent", anna.id)]
    actors = world.rows(
        "SELECT DISTINCT user_id FROM case_events WHERE action IN ('claimed', 'status') AND case_id IN (%s, %s)",
        (world.case_id(world.agent_case), world.case_id(claimed.number)),
    )
    assert actors == [(anna.id,)]


def test_a_lead_assigns_a_colleagues_case_to_someone_else(world: World) -> None:
    ben, lea = world.people["agent2"], world.people["lead"]
    with world.services("lead") as svc:
        svc.cases.assign(world.agent_case, "Ben Agent", actor="Lea Lead")
    assert world.assignee(world.agent_case) == ben.id
    assert world.rows(
        "SELECT user_id, new_value FROM case_events WHERE case_id = %s AND action = 'assigned' "
        "ORDER BY id DESC LIMIT 1",
        (world.case_id(world.agent_case),),
    ) == [(lea.id, "Ben Agent")]


def test_a_lead_may_assign_anyone_with_a_raw_statement_too(world: World) -> None:
    anna = world.people["agent"]
    with world.raw("lead") as connection:
        connection.execute(
            "UPDATE cases SET assignee_id = %s, version = version + 1 WHERE number IN (%s, %s)",
            (anna.id, world.unassigned, world.agent2_case),
        )
        connection.commit()
    assert world.assignee(world.unassigned) == anna.id
    assert world.assignee(world.agent2_case) == anna.id


def test_an_admin_changes_a_target_and_adds_a_person(world: World) -> None:
    ada = world.people["admin"]
    before = world.value("SELECT minutes FROM plan_targets WHERE plan_code = 'standard' AND severity = 1")
    last = world.value("SELECT max(id) FROM change_log")
    with world.services("admin") as svc:
        svc.targets.set_target("standard", 1, before + 30, actor="Ada Admin")
        added = svc.people.add_person("Cleo Agent", "agent", actor="Ada Admin")
    assert world.value("SELECT minutes FROM plan_targets WHERE plan_code = 'standard' AND severity = 1") == (
        before + 30
    )
    assert added.one_time_password is not None
    assert world.value("SELECT password_state FROM users WHERE id = %s", (added.user.id,)) == "one_time"
    assert world.value(
        "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (f"{added.user.login}@{world.database}",)
    )
    logged = world.rows("SELECT entity, action, actor_id FROM change_log WHERE id > %s ORDER BY id", (last,))
    assert ("policy", "targets", ada.id) in logged
    assert ("user", "added", ada.id) in logged
    assert {actor for _, _, actor in logged} == {ada.id}


def test_a_tam_writes_a_note_on_their_account_and_books_an_exam_session(world: World) -> None:
    tom = world.people["tam"]
    now = utc_now()
    with world.services("tam") as svc:
        note = svc.cockpit.add_note("Initech", "Wants a call on Monday", actor="Tom Tam")
        # Exam sessions are booked for Proctored accounts (Initech is Premier);
        # any TAM books them, and a session may move the due times of the
        # account's cases, Anna's and Ben's included.
        svc.exams.add_exam("Exam Board", now - timedelta(hours=1), now + timedelta(hours=2), actor="Tom Tam")
    assert world.rows("SELECT account_id, author_id, body FROM tam_notes WHERE id = %s", (note.id,)) == [
        (world.premier_id, tom.id, "Wants a call on Monday")
    ]
    assert world.value("SELECT count(*) FROM exam_sessions WHERE account_id = %s", (world.other_id,)) == 1
    assert (
        world.value(
            "SELECT count(*) FROM change_log WHERE entity = 'exam' AND action = 'added' AND actor_id = %s",
            (tom.id,),
        )
        == 1
    )


def test_a_tam_may_move_the_due_time_of_a_colleagues_case_and_nothing_else(world: World) -> None:
    """What booking an exam session does to a case that is not the TAM's."""
    due = "SELECT first_response_due_at FROM cases WHERE number = %s"
    before = world.value(due, (world.agent2_case,))
    with world.raw("tam") as connection:
        connection.execute(
            "UPDATE cases SET first_response_due_at = first_response_due_at + interval '1 hour', "
            "version = version + 1 WHERE number = %s",
            (world.agent2_case,),
        )
        connection.commit()
        world.assert_refused(
            connection,
            "UPDATE cases SET first_response_due_at = first_response_due_at + interval '1 hour', "
            "updated_at = now() WHERE number = %s",
            (world.agent2_case,),
            tables=["cases"],
        )
    assert world.value(due, (world.agent2_case,)) == before + timedelta(hours=1)


def test_an_agent_and_a_lead_open_cases_numbered_by_the_database(world: World) -> None:
    before = int(world.value("SELECT value FROM counters WHERE name = 'case_number'"))
    numbers = []
    for key in ("agent", "lead"):
        with world.services(key) as svc:
            account = svc.accounts.accounts()[0].name
            numbers.append(svc.cases.open_case(account, 3, f"Opened by the {key}", body="Help").number)
    assert numbers == [before + 1, before + 2]
