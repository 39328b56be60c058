"""First-response targets on SQLite and PostgreSQL: the list, a new target
recomputing the due times of that plan and severity's open unanswered cases in
one transaction (audited, counted), refusals, version races; the target in words.

Due times are hand-computed from the default calendar: Monday to Friday
08:00-20:00 Europe/Berlin (CET = UTC+1 in November)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from console.domain.plans import Plan, Severity
from console.services.errors import Conflict, InvalidInput
from console.services.usecases.targets import TargetService, target_text
from console.sla.policy import ClockKind
from console.storage.models import CaseEvent, ChangeLog
from tests.support.services import Services


@pytest.fixture
def targets(services: Services) -> TargetService:
    return TargetService(services.db, services.loader, services.clock)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def change_count(services: Services) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeLog)) or 0)


def test_targets_list_every_plan_and_severity_with_its_clock(targets: TargetService) -> None:
    targets = targets.targets()
    assert [(t.plan, int(t.severity), t.minutes) for t in targets[:4]] == [
        (Plan.STANDARD, 1, 240),
        (Plan.STANDARD, 2, 480),
        (Plan.STANDARD, 3, 720),
        (Plan.STANDARD, 4, 2160),
    ]
    assert len(targets) == 12
    kinds = {(t.plan, t.severity): t.clock_kind for t in targets}
    assert kinds[(Plan.PREMIER, Severity.URGENT)] is ClockKind.ALWAYS
    assert kinds[(Plan.PROCTORED, Severity.LOW)] is ClockKind.OPERATIONAL_AND_EXAMS
    assert [t.text for t in targets[:4]] == ["4h", "8h", "1 day (12h)", "3 days (36h)"]


def test_a_new_target_moves_the_open_unanswered_cases_of_that_plan_and_severity(
    services: Services, targets: TargetService
) -> None:
    # Opened Wed 09:00 Berlin. 720 operational minutes: Wed 09:00-20:00 is 11h, one
    # more hour from Thu 08:00 -> Thu 09:00 Berlin = 08:00 UTC.
    waiting = services.cases.open_case("Globex", 3, "Slow reports")
    assert waiting.due_at == utc(2026, 11, 26, 8, 0)
    answered = services.cases.open_case("Globex", 3, "Answered already")
    services.clock.advance(minutes=10)
    services.talk.reply(answered.number, "Looking into it", "Anna Agent")
    other_severity = services.cases.open_case("Globex", 2, "Other severity")
    before = services.cases.detail(other_severity.number).summary.due_at

    result = targets.set_target("standard", 3, 240, actor="Ada Admin")

    # 240 minutes from Wed 09:00 Berlin -> Wed 13:00 Berlin = 12:00 UTC; one case moved.
    assert result.changed_cases == 1
    assert services.cases.detail(waiting.number).summary.due_at == utc(2026, 11, 25, 12, 0)
    assert services.cases.detail(answered.number).summary.due_at == utc(2026, 11, 26, 8, 0)
    assert services.cases.detail(other_severity.number).summary.due_at == before
    events = services.cases.detail(waiting.number).events
    assert (events[-1].action, events[-1].old_value, events[-1].new_value) == (
        "due",
        "2026-11-26T08:00:00Z",
        "2026-11-25T12:00:00Z",
    )
    with services.db.read() as session:
        entities = session.scalars(select(ChangeLog.entity).order_by(ChangeLog.id.desc()).limit(2)).all()
    assert sorted(entities) == ["case", "policy"]
    # Cases opened later (the clock stands at Wed 09:10 Berlin) use the new target.
    later = services.cases.open_case("Globex", 3, "After the change")
    assert later.due_at == utc(2026, 11, 25, 12, 10)


def test_setting_the_same_target_changes_nothing(services: Services, targets: TargetService) -> None:
    before = change_count(services)
    assert targets.set_target(Plan.STANDARD, Severity.MEDIUM, 720, actor="Ada Admin").changed_cases == 0
    assert change_count(services) == before


@pytest.mark.parametrize("minutes", [0, -5, 30 * 720 + 1])
def test_targets_out_of_range_are_refused(targets: TargetService, minutes: int) -> None:
    with pytest.raises(InvalidInput, match="target must be 1 to 21600 operational minutes"):
        targets.set_target("standard", 1, minutes, actor="Ada Admin")


def test_a_target_edited_by_someone_else_is_a_conflict(targets: TargetService) -> None:
    seen = next(t for t in targets.targets() if t.plan is Plan.PREMIER and t.severity == 2)
    targets.set_target("premier", 2, 45, actor="Ada Admin", expected_version=seen.version)
    with pytest.raises(Conflict, match="changed by someone else"):
        targets.set_target("premier", 2, 60, actor="Ada Admin", expected_version=seen.version)


def test_the_recompute_audits_each_changed_case_in_one_transaction(
    services: Services, targets: TargetService
) -> None:
    numbers = [services.cases.open_case("Globex", 4, f"Low {i}").number for i in range(30)]
    with services.db.read() as session:
        events_before = session.scalar(select(func.count()).select_from(CaseEvent))
    assert targets.set_target("standard", 4, 720, actor="Ada Admin").changed_cases == 30
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(CaseEvent)) == events_before + 30
    # 720 minutes from Wed 09:00 Berlin -> Thu 09:00 Berlin, for each of them.
    assert {services.cases.detail(n).summary.due_at for n in numbers[::10]} == {utc(2026, 11, 26, 8, 0)}
    assert services.cases.detail(numbers[0]).summary.version == 2


def test_target_texts() -> None:
    assert [target_text(m) for m in (15, 45, 90, 240, 720, 1440, 2160)] == [
        "15m",
        "45m",
        "1h 30m",
        "4h",
        "1 day (12h)",
        "2 days (24h)",
        "3 days (36h)",
    ]
