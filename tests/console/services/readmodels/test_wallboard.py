"""The wallboard's figures against a hand-computed week of cases (on both
backends), the team and plan filters, the thresholds and who may set them, and
the fast settling-clock reader against ``settlements.clocks_settling_between``."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from console.domain.cases import CaseStatus
from console.domain.plans import Plan, Severity
from console.domain.tiles import DEFAULT_THRESHOLDS, Level, Threshold, Tile
from console.services.errors import InvalidInput, NotAllowed
from console.services.readmodels.settlements import attainment, clocks_settling_between
from console.services.readmodels.wallboard import (
    WallboardFigures,
    WallboardFilter,
    WallboardService,
    settling_clocks,
)
from console.services.readmodels.wallboard.open_cases import read_open_rows
from console.sla.attainment import Attainment
from console.storage.models import ChangeLog, User
from tests.support.services import Services
from tests.support.wallboard_week import NOW, berlin, build_week


@pytest.fixture
def week(services: Services) -> dict[str, int]:
    """The case numbers of the hand-computed week, by name."""
    return build_week(services)


@pytest.fixture
def board(services: Services, week: dict[str, int]) -> WallboardService:
    return WallboardService(services.db, services.loader, services.clock)


def test_every_figure_of_the_whole_board(board: WallboardService, week: dict[str, int]) -> None:
    n = week
    f = board.figures()
    assert f.now == NOW
    # waiting (new or open): C4 S1, C5 S1, C6 S2, C7 S3, C8 S3 — C9 is pending the customer
    assert dict(f.waiting_by_severity) == {Severity(1): 2, Severity(2): 1, Severity(3): 2, Severity(4): 0}
    assert f.waiting == 5
    assert (f.open_cases, f.unassigned) == (6, 2)  # C4..C9; C5 and C8 unassigned
    assert f.awaiting_first_response == 3  # C5, C7, C8
    assert f.at_risk == 1  # C8: 10 min left <= max(20 % of 120 min, 15 min) = 24 min
    assert [c.number for c in f.next_to_breach] == [n["c8"], n["c7"]]  # C5 has breached already
    # settled today: C4 met 09:20, C5 breached 09:15, C6 breached 10:15, C9 met 10:05
    assert f.attainment_today == {
        Plan.STANDARD: Attainment(2, 0),
        Plan.PREMIER: Attainment(0, 1),
        Plan.PROCTORED: Attainment(0, 1),
    }
    assert f.breached_today == 2
    assert f.value(Tile.ATTAINMENT_TODAY) == 50.0  # 2 / 4
    # the week adds Monday's C1 (met), C2 (breached) and Tuesday's C3 (met): 4 / 7
    assert f.week == Attainment(4, 3)
    assert f.value(Tile.ATTAINMENT_WEEK) == pytest.approx(400 / 7)
    assert len(f.trend) == 30 and f.trend[-1].day == date(2026, 11, 25)
    by_day = {d.day: dict(d.by_plan) for d in f.trend if d.total.settled}
    assert by_day == {
        date(2026, 11, 23): {
            Plan.STANDARD: Attainment(1, 0),
            Plan.PREMIER: Attainment(0, 1),
            Plan.PROCTORED: Attainment(),
        },
        date(2026, 11, 24): {
            Plan.STANDARD: Attainment(),
            Plan.PREMIER: Attainment(1, 0),
            Plan.PROCTORED: Attainment(),
        },
        date(2026, 11, 25): dict(f.attainment_today),
    }
    # first responses today: C4 1200 s, C6 3600 s, C9 300 s -> 5100 / 3 = 1700 s
    assert f.first_responses_today == 3
    assert f.average_first_response_seconds == 1700
    assert f.value(Tile.AVERAGE_FIRST_RESPONSE) == pytest.approx(1700 / 60)
    # unassigned: C5 (opened 09:00) and C8 (09:10): C5, two hours old
    assert f.oldest_unassigned is not None
    assert (f.oldest_unassigned.number, f.oldest_unassigned.age_seconds) == (n["c5"], 7200)
    # C8's unread chat has waited since 10:40
    assert (f.chats_waiting, f.longest_chat_wait_seconds) == (1, 1200)
    # agents and leads: Anna, Eva online; Paul away; Lea, Ben offline (Ada admin, Tom TAM not counted)
    assert (f.agents_online, f.agents_away, f.agents_offline) == (2, 1, 2)
    loads = {load.name: (load.open_assigned, load.awaiting_first_response) for load in f.agent_loads}
    assert loads == {
        "Anna Agent": (0, 0),
        "Ben Agent": (1, 0),
        "Eva Emea": (2, 1),
        "Lea Lead": (0, 0),
        "Paul Platform": (1, 0),
    }
    assert f.teams == ("EMEA", "Platform")
    # the lead's list: at risk / breached awaiting first, then the unassigned, then the rest
    assert [c.number for c in f.lead_cases][:2] == [n["c5"], n["c8"]]
    assert set(c.number for c in f.lead_cases) == set(n.values())


def test_levels_follow_the_default_thresholds(board: WallboardService) -> None:
    f = board.figures()
    assert f.level(Tile.WAITING) is Level.GREEN  # 5 < 25
    assert f.level(Tile.AT_RISK) is Level.AMBER  # 1: amber at 1, red at 3
    assert f.level(Tile.BREACHED_TODAY) is Level.AMBER  # 2
    assert f.level(Tile.ATTAINMENT_TODAY) is Level.RED  # 50 % <= 85 %
    assert f.level(Tile.OLDEST_UNASSIGNED) is Level.AMBER  # 120 min: amber 60, red 240
    assert f.level(Tile.AGENTS_ONLINE) is Level.AMBER  # 2 <= 3
    assert f.level(Tile.LONGEST_CHAT_WAIT) is Level.RED  # 20 min >= 5


def test_team_filter_counts_members_and_the_unassigned_pool(board: WallboardService) -> None:
    f = board.figures(WallboardFilter(team="EMEA"))
    # Eva's C4, C7 and the unassigned C5, C8
    assert dict(f.waiting_by_severity) == {Severity(1): 2, Severity(2): 0, Severity(3): 2, Severity(4): 0}
    assert f.awaiting_first_response == 3
    assert f.today == Attainment(1, 1)  # C4 met, C5 breached
    assert f.week == Attainment(3, 2)  # + C1, C2, C3 (answered by Anna, never assigned)
    assert f.average_first_response_seconds == 1200
    assert (f.agents_online, f.agents_away, f.agents_offline) == (1, 0, 0)
    assert [(load.name, load.open_assigned, load.awaiting_first_response) for load in f.agent_loads] == [
        ("Eva Emea", 2, 1)
    ]


def test_plan_filter(board: WallboardService) -> None:
    f = board.figures(WallboardFilter(plans=frozenset({Plan.PREMIER})))
    assert f.waiting == 2  # C5, C8
    assert f.attainment_today == {Plan.PREMIER: Attainment(0, 1)}
    assert f.week == Attainment(1, 2)  # C2 breached, C3 met, C5 breached
    assert all(set(day.by_plan) == {Plan.PREMIER} for day in f.trend)
    assert f.chats_waiting == 1 and f.oldest_unassigned is not None


def test_time_moves_the_figures(board: WallboardService, services: Services, week: dict[str, int]) -> None:
    services.clock.now = berlin(25, 11, 11)  # C8 is now overdue
    f = board.figures()
    assert f.at_risk == 0
    assert f.breached_today == 3
    assert [c.number for c in f.next_to_breach] == [week["c7"]]


@pytest.mark.parametrize("team", [None, "EMEA"])
def test_every_period_agrees_with_settlements_attainment(
    board: WallboardService, services: Services, team: str | None
) -> None:
    """One rule: today, the week and each day of the trend are what
    ``settlements.attainment`` counts over ``clocks_settling_between``."""
    f = board.figures(WallboardFilter(team=team))
    with services.db.read() as session:
        reference = clocks_settling_between(session, berlin(1, 0), berlin(27, 0))
        members = {u.id for u in session.query(User).filter(User.team == team)} if team else None
    if members is not None:
        reference = [c for c in reference if c.assignee_id is None or c.assignee_id in members]
    for day in f.trend:
        start = datetime(day.day.year, day.day.month, day.day.day, tzinfo=UTC) - timedelta(hours=1)
        assert day.total == attainment(reference, start, start + timedelta(days=1), NOW), day.day
    assert f.today == attainment(reference, berlin(25, 0), berlin(26, 0), NOW)
    assert f.week == attainment(reference, berlin(19, 0), berlin(26, 0), NOW)


def test_settling_clocks_are_the_settling_part_of_clocks_settling_between(
    board: WallboardService, services: Services
) -> None:
    start, end = berlin(20, 0), berlin(26, 0)
    plans = tuple(Plan)
    with services.db.read() as session:
        fast = settling_clocks(session, start, end, plans, read_open_rows(session, plans))
        reference = clocks_settling_between(session, start, end)
    for day in range(20, 26):
        a, b = berlin(day, 0), berlin(day + 1, 0)
        assert attainment(fast, a, b, NOW) == attainment(reference, a, b, NOW)
    assert {c.case_id for c in fast} <= {c.case_id for c in reference}


def test_empty_board_has_no_attainment_figure(services: Services) -> None:
    f = WallboardService(services.db, services.loader, services.clock).figures()
    assert isinstance(f, WallboardFigures)
    assert f.waiting == 0 and f.oldest_unassigned is None and f.next_to_breach == ()
    assert f.value(Tile.ATTAINMENT_TODAY) is None
    assert f.level(Tile.ATTAINMENT_TODAY) is Level.NONE
    assert f.average_first_response_seconds is None and f.longest_chat_wait_seconds is None


def test_thresholds_are_set_by_leads_and_admins_only(services: Services) -> None:
    board = WallboardService(services.db, services.loader, services.clock)
    assert board.thresholds() == dict(DEFAULT_THRESHOLDS)
    assert board.set_threshold("waiting", 5, 10, actor="Lea Lead") == Threshold(Tile.WAITING, 5, 10)
    board.set_threshold(Tile.ATTAINMENT_TODAY, 90, 70, actor="Ada Admin")
    stored = board.thresholds()
    assert stored[Tile.WAITING] == Threshold(Tile.WAITING, 5, 10)
    assert stored[Tile.ATTAINMENT_TODAY] == Threshold(Tile.ATTAINMENT_TODAY, 90, 70)
    with pytest.raises(NotAllowed, match=r"Anna Agent \(agent\) may not set the wallboard's thresholds"):
        board.set_threshold("waiting", 1, 2, actor="Anna Agent")
    with pytest.raises(InvalidInput, match="amber 10 must not exceed red 5"):
        board.set_threshold("waiting", 10, 5, actor="Lea Lead")
    with pytest.raises(InvalidInput, match="percentage"):
        board.set_threshold("attainment_week", 120, 80, actor="Lea Lead")
    with pytest.raises(InvalidInput, match="unknown wallboard tile 'queue'"):
        board.set_threshold("queue", 1, 2, actor="Lea Lead")
    assert board.reset_threshold("waiting", actor="Lea Lead") == DEFAULT_THRESHOLDS[Tile.WAITING]
    assert board.thresholds()[Tile.WAITING] == DEFAULT_THRESHOLDS[Tile.WAITING]
    with services.db.read() as session:
        logged = session.query(ChangeLog).filter(ChangeLog.entity == "wallboard").count()
    assert logged == 3  # two settings and one reset, so every wallboard learns of them


def test_the_figures_carry_the_stored_thresholds(board: WallboardService) -> None:
    board.set_threshold(Tile.WAITING, 3, 5, actor="Lea Lead")
    f = board.figures()
    assert f.level(Tile.WAITING) is Level.RED  # 5 >= 5
    assert CaseStatus.PENDING_CUSTOMER not in {c.status for c in f.next_to_breach}


def test_a_case_closed_without_an_answer_counts_as_breached_at_its_due_time(
    board: WallboardService, services: Services
) -> None:
    # Initech S1: 24x7, 15 minutes: opened 10:00, due 10:15, solved at 11:00 unanswered
    case = services.cases.open_case("Initech", 1, "Gone quiet", opened_at=berlin(25, 10))
    services.cases.change_status(case.number, "solved")
    f = board.figures()
    assert f.breached_today == 3  # C5, C6 and this one
    assert f.attainment_today[Plan.PREMIER] == Attainment(0, 2)
    assert f.waiting == 5  # solved: no longer in the queue


def test_the_history_generator_fills_closed_cases_in_time_order(services: Services) -> None:
    from sqlalchemy import select

    from console.demo.loadgen import fill_closed_history
    from console.storage.models import Case

    first = fill_closed_history(services.db, 300, NOW, days=10, met_share=0.5, seed=3)
    with services.db.read() as session:
        rows = session.execute(
            select(
                Case.number, Case.status, Case.opened_at, Case.first_response_at, Case.first_response_due_at
            )
            .where(Case.number >= first)
            .order_by(Case.number)
        ).all()
    assert len(rows) == 300 and {row.status for row in rows} == {"closed"}
    assert [row.opened_at for row in rows] == sorted(row.opened_at for row in rows)
    assert all(row.opened_at < row.first_response_at <= NOW for row in rows)
    met = sum(row.first_response_at <= row.first_response_due_at for row in rows)
    assert 100 < met < 200  # about half, as asked
    with pytest.raises(ValueError, match="between 0 and 1"):
        fill_closed_history(services.db, 1, NOW, met_share=1.5)
