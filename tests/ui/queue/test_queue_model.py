"""The queue table model: Qt's model contract, rows replaced without losing the
selection, one dataChanged per countdown tick, and sorting in Python."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QModelRoleData, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from console.domain.plans import Category, Plan, Severity
from console.services.infrastructure.programme import Programme
from console.services.readmodels.queue import QueueRow, build_rows
from tests.support.ui_clock import UI_NOW, CaseFactory
from ui.queue.queue_model import (
    CaseRole,
    ClockRole,
    ExamLiveRole,
    QueueColumn,
    QueueModel,
    UnreadRole,
    WhyRole,
)


def rows_of(
    make_case: CaseFactory, programme: Programme, numbers: list[int], **fields: Any
) -> list[QueueRow]:
    return build_rows([make_case(n, **fields) for n in numbers], programme, UI_NOW)


def mixed_rows(make_case: CaseFactory, programme: Programme) -> list[QueueRow]:
    cases = [
        make_case(1, plan=Plan.PREMIER, severity=Severity.URGENT, unread_chat=2),
        make_case(2, plan=Plan.STANDARD, severity=Severity.LOW, assignee_id=7, assignee_name="Anna Agent"),
        make_case(3, plan=Plan.PROCTORED, severity=Severity.HIGH, language="de"),
        make_case(4, category=Category.TRAINING),
        make_case(5, age=timedelta(days=2)),
    ]
    return build_rows(cases, programme, UI_NOW)


def numbers(model: QueueModel) -> list[int]:
    return [model.case_at(row).number for row in range(model.rowCount())]


def remaining_seconds(model: QueueModel) -> list[int]:
    clocks = [model.clock_at(row) for row in range(model.rowCount())]
    return [clock.remaining_seconds for clock in clocks if clock is not None]


def test_empty_model_keeps_the_model_contract(qtmodeltester: Any) -> None:
    qtmodeltester.check(QueueModel())


def test_model_with_rows_keeps_the_model_contract(
    qtmodeltester: Any, make_case: CaseFactory, ui_programme: Programme
) -> None:
    model = QueueModel()
    rows = mixed_rows(make_case, ui_programme)
    model.set_rows(rows, ui_programme, UI_NOW)
    qtmodeltester.check(model)
    # the tester stays connected: replacing, sorting and ticking are checked too
    model.set_rows(list(reversed(rows))[:3], ui_programme, UI_NOW)
    model.sort(QueueColumn.SEVERITY, Qt.SortOrder.DescendingOrder)
    model.tick(UI_NOW + timedelta(minutes=1), 0, 2)
    model.sort(-1)
    model.set_rows([], ui_programme, UI_NOW)
    model.set_rows(rows, ui_programme, UI_NOW)


def test_roles_and_display_texts(make_case: CaseFactory, ui_programme: Programme) -> None:
    model = QueueModel(time_zone=ZoneInfo("Europe/Berlin"))
    rows = mixed_rows(make_case, ui_programme)
    model.set_rows(rows, ui_programme, UI_NOW)
    first = model.index(0, QueueColumn.SUBJECT)
    case = first.data(CaseRole)
    assert case.number == 1  # Premier, severity 1: top of the queue
    assert first.data(Qt.ItemDataRole.DisplayRole) == "● Case subject 1"
    assert first.data(UnreadRole) == 2
    assert first.data(ExamLiveRole) is False
    assert first.data(WhyRole).startswith("above #")
    assert model.index(0, QueueColumn.SEVERITY).data() == "1 Urgent"
    assert model.index(0, QueueColumn.SEVERITY).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, QueueColumn.PLAN).data() == "Premier"
    assert model.index(0, QueueColumn.OPENED).data() == "Wed 00:41"  # 499 minutes before 09:00 CET
    tooltip = model.index(0, QueueColumn.ACCOUNT).data(Qt.ItemDataRole.ToolTipRole)
    assert "above #" in tooltip and "First response due" in tooltip
    paid = model.row_of(1004)
    assert paid is not None
    assert model.index(paid, QueueColumn.SLA).data(ClockRole) is None
    assert model.index(paid, QueueColumn.SLA).data() == "no SLA · paid add-on"
    assert "paid add-on" in model.index(paid, QueueColumn.SUBJECT).data(Qt.ItemDataRole.ToolTipRole)
    assigned = model.row_of(1002)
    assert assigned is not None
    assert model.index(assigned, QueueColumn.ASSIGNEE).data() == "Anna Agent"
    assert model.index(model.row_of(1003) or 0, QueueColumn.LANGUAGE).data() == "DE"


def test_times_are_local_and_due_times_also_in_the_calendar_zone(
    new_york: ZoneInfo, make_case: CaseFactory, ui_programme: Programme
) -> None:
    model = QueueModel()  # the calendar's zone comes with the programme
    model.set_rows(mixed_rows(make_case, ui_programme), ui_programme, UI_NOW)
    assert model.index(0, QueueColumn.OPENED).data() == "Tue 18:41"  # 499 minutes before 03:00 EST
    case = model.index(0, 0).data(CaseRole)
    assert case.due_at.astimezone(ZoneInfo("Europe/Berlin")).strftime("%a %H:%M") == "Wed 00:56"
    tooltip = model.index(0, QueueColumn.ACCOUNT).data(Qt.ItemDataRole.ToolTipRole)
    assert "First response due Tue 24 Nov 18:56 EST (Wed 00:56 CET)" in tooltip


def test_set_rows_keeps_the_selected_case_selected(
    qtbot: QtBot, make_case: CaseFactory, ui_programme: Programme
) -> None:
    model = QueueModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    a, b, c, d = (make_case(n) for n in (11, 12, 13, 14))
    model.set_rows(build_rows([a, b, c, d], ui_programme, UI_NOW), ui_programme, UI_NOW)
    assert numbers(model) == [11, 12, 13, 14]
    selection = view.selectionModel()
    selection.setCurrentIndex(
        model.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    # a new urgent case goes on top, the others reorder, #14 leaves the queue
    new = make_case(10, plan=Plan.PREMIER, severity=Severity.URGENT)
    by_number = {row.case.number: row for row in build_rows([new, a, b, c], ui_programme, UI_NOW)}
    model.set_rows([by_number[n] for n in (10, 13, 11, 12)], ui_programme, UI_NOW)
    assert not resets, "rows must be replaced with layoutChanged, not a reset"
    assert numbers(model) == [10, 13, 11, 12]  # shown as given
    row_b = model.row_of(b.id)
    assert row_b == 3
    assert [i.row() for i in selection.selectedRows()] == [row_b]
    assert selection.currentIndex().row() == row_b

    # the selected case leaves the queue: nothing is selected any more
    model.set_rows(build_rows([a, c], ui_programme, UI_NOW), ui_programme, UI_NOW)
    assert selection.selectedRows() == []
    assert not selection.currentIndex().isValid()


def test_set_rows_in_given_order_keeps_selection_when_a_row_is_inserted_above(
    qtbot: QtBot, make_case: CaseFactory, ui_programme: Programme
) -> None:
    model = QueueModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    rows = rows_of(make_case, ui_programme, [21, 22, 23])
    model.set_rows(rows, ui_programme, UI_NOW)
    view.selectRow(2)
    selected = model.case_at(2).id
    top = build_rows([make_case(20, plan=Plan.PREMIER, severity=Severity.URGENT)], ui_programme, UI_NOW)
    model.set_rows(top + list(reversed(rows)), ui_programme, UI_NOW)
    rows_selected = view.selectionModel().selectedRows()
    assert len(rows_selected) == 1
    assert model.case_at(rows_selected[0].row()).id == selected
    assert rows_selected[0].row() == 1


def test_tick_signals_the_countdown_column_of_the_range_once(
    make_case: CaseFactory, ui_programme: Programme
) -> None:
    model = QueueModel()
    model.set_rows(rows_of(make_case, ui_programme, list(range(1, 41))), ui_programme, UI_NOW)
    before = model.clock_at(5)
    assert before is not None
    signals: list[tuple[QModelIndex, QModelIndex]] = []
    model.dataChanged.connect(lambda top, bottom, roles: signals.append((top, bottom)))
    later = UI_NOW + timedelta(minutes=10)
    model.tick(later, 5, 14)
    assert len(signals) == 1
    top, bottom = signals[0]
    assert (top.row(), top.column(), bottom.row(), bottom.column()) == (
        5,
        QueueColumn.SLA,
        14,
        QueueColumn.SLA,
    )
    after = model.clock_at(5)
    assert after is not None
    assert before.remaining_seconds - after.remaining_seconds == 600
    assert model.clock_at(15) == model.row_at(15).clock  # outside the range: untouched
    model.tick(later, 60, 80)  # out of range: nothing to say
    assert len(signals) == 1


def test_sort_by_column_and_back_to_queue_order(make_case: CaseFactory, ui_programme: Programme) -> None:
    model = QueueModel()
    cases = [
        make_case(1, plan=Plan.PREMIER, severity=Severity.LOW, account_name="Zeta"),
        make_case(2, severity=Severity.URGENT, account_name="alpha"),
        make_case(3, severity=Severity.HIGH, account_name="Mid", category=Category.CONSULTING),
        make_case(4, severity=Severity.URGENT, account_name="Beta"),
    ]
    rows = build_rows(cases, ui_programme, UI_NOW)
    queue_order = [row.case.number for row in rows]
    model.set_rows(rows, ui_programme, UI_NOW)
    assert numbers(model) == queue_order

    model.sort(QueueColumn.ACCOUNT, Qt.SortOrder.AscendingOrder)
    assert [model.case_at(r).account_name for r in range(4)] == ["alpha", "Beta", "Mid", "Zeta"]
    model.sort(QueueColumn.SEVERITY, Qt.SortOrder.AscendingOrder)
    severities = [int(model.case_at(r).severity) for r in range(4)]
    assert severities == sorted(severities)
    # stable: the two severity-1 cases keep their queue order
    urgent = [n for n in numbers(model) if n in (2, 4)]
    assert urgent == [n for n in queue_order if n in (2, 4)]

    model.sort(QueueColumn.SLA, Qt.SortOrder.AscendingOrder)
    remaining = remaining_seconds(model)
    assert len(remaining) == 3 and remaining == sorted(remaining)
    assert model.clock_at(3) is None  # no clock: last

    # the sort is remembered when new rows arrive
    model.set_rows(list(reversed(rows)), ui_programme, UI_NOW)
    assert model.clock_at(3) is None
    assert remaining_seconds(model) == remaining

    model.sort(-1)
    assert numbers(model) == [row.case.number for row in reversed(rows)]
    assert model.sort_column == -1


def test_sort_keeps_ticked_clocks(make_case: CaseFactory, ui_programme: Programme) -> None:
    model = QueueModel()
    model.set_rows(rows_of(make_case, ui_programme, [1, 2, 3]), ui_programme, UI_NOW)
    model.tick(UI_NOW + timedelta(hours=3), 0, 2)
    ticked = {model.case_at(r).id: model.clock_at(r) for r in range(3)}
    model.sort(QueueColumn.OPENED, Qt.SortOrder.DescendingOrder)
    assert {model.case_at(r).id: model.clock_at(r) for r in range(3)} == ticked
    assert all(model.clock_at(r) != model.row_at(r).clock for r in range(3))


@pytest.mark.parametrize("column", list(QueueColumn))
def test_every_column_sorts(column: QueueColumn, make_case: CaseFactory, ui_programme: Programme) -> None:
    model = QueueModel()
    model.set_rows(mixed_rows(make_case, ui_programme), ui_programme, UI_NOW)
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert sorted(numbers(model)) == [1, 2, 3, 4, 5]


def test_multi_data_answers_as_data_does(make_case: CaseFactory, ui_programme: Programme) -> None:
    model = QueueModel()
    model.set_rows(mixed_rows(make_case, ui_programme), ui_programme, UI_NOW)
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ForegroundRole,
        UnreadRole,
        ExamLiveRole,
        WhyRole,
    ]
    for row in range(model.rowCount()):
        for column in QueueColumn:
            index = model.index(row, column)
            for role in roles:
                single = QModelRoleData(int(role))
                single.setData("left over from another cell")
                model.multiData(index, single)
                assert single.data() == model.data(index, int(role)), (row, column, role)


def test_replaced_rows_are_let_go_of_between_events(
    qtbot: QtBot, make_case: CaseFactory, ui_programme: Programme
) -> None:
    model = QueueModel()
    rows = rows_of(make_case, ui_programme, list(range(1, 30)))
    model.set_rows(rows, ui_programme, UI_NOW)
    model.set_rows(rows[:10], ui_programme, UI_NOW)
    model.sort(QueueColumn.SUBJECT)
    assert numbers(model) == [row.case.number for row in sorted(rows[:10], key=lambda r: r.case.subject)]
    qtbot.waitUntil(lambda: not model._graveyard, timeout=1000)
