"""The "Queue rules" tab of the administration window, over a real database on each
backend: a lead reorders and switches rules, the preview of the open queue follows
each edit (ordered on a worker), Save stores the chain for every console, Reset
to published and Revert work, other roles see it read-only, and it renders in
light and dark at 1366x768."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.queueing import DEFAULT_CHAIN, QueueRule, RuleChain
from tests.support.admin_world import WEDNESDAY_9, World, show_tab, wait_status
from ui.settings.admin_window import AdminWindow
from ui.settings.queue_rule_model import ON
from ui.settings.queue_rules_tab import QueueRulesTab
from ui.theme import DARK, LIGHT, apply_theme
from ui.wording import why_text


def add_cases(world: World) -> tuple[int, int, int]:
    """A Premier Severity 4, a Standard Severity 1 and a paid add-on of the Exam Board
    (its exam live now), opened after the world's Globex case."""
    svc = world.other
    svc.exams.add_exam("Exam Board", WEDNESDAY_9 - timedelta(hours=1), WEDNESDAY_9 + timedelta(hours=2))
    premier = svc.cases.open_case("Initech", 4, "Premier low").number
    standard = svc.cases.open_case("Globex", 1, "Standard urgent").number
    add_on = svc.cases.open_case("Exam Board", 1, "Training", category="training").number
    return premier, standard, add_on


def preview_numbers(tab: QueueRulesTab) -> list[int]:
    return [row.case.number for row in tab.preview_model.rows()]


def wait_preview(qtbot: QtBot, tab: QueueRulesTab) -> None:
    qtbot.waitUntil(
        lambda: tab.busy == 0 and not tab._preview_timer.isActive() and not tab._previews.running,
        timeout=10_000,
    )


def test_a_lead_reorders_switches_previews_and_saves(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World
) -> None:
    premier, standard, add_on = add_cases(world)
    win = open_window("Lea Lead")
    assert "You change: Exam sessions, Queue rules." in win.banner.label.text()
    assert not win.targets_tab.save_button.isVisible()  # the rest stays read-only
    tab: QueueRulesTab = show_tab(qtbot, win, "queue_rules")
    wait_preview(qtbot, tab)
    assert tab.save_button.isVisible() and not tab.save_button.isEnabled()
    assert [rule for rule, _ in tab.model.rows()] == list(QueueRule)
    # Published: Premier first; the paid add-on of the live-exam account gets no lift.
    assert preview_numbers(tab)[:3] == [premier, standard, 10001]
    assert preview_numbers(tab)[-1] == add_on
    assert "4 open cases" in tab.preview_heading.text()

    # Severity up to the top: Move up five times.
    tab.table.selectRow(4)
    for _ in range(4):
        tab.up_button.click()
    assert tab.selected_row() == 0
    assert not tab.up_button.isEnabled()
    wait_preview(qtbot, tab)
    assert preview_numbers(tab)[:2] == [standard, add_on]
    assert why_text(tab.preview_model.rows()[0].place) == (
        f"above #{add_on}: awaiting its first response; #{add_on} is a paid add-on, which has no first-response clock"
    )
    # Switch the live-exam rule off (its check box).
    assert tab.model.setData(
        tab.model.index(1, ON), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert tab.model.chain().off == frozenset({QueueRule.EXAM_LIVE})
    assert "severity, -exam_live, priority_plan" in tab.chain_label.text()
    assert tab.save_button.isEnabled() and tab.revert_button.isEnabled()
    wait_preview(qtbot, tab)

    tab.save_button.click()
    wait_status(qtbot, tab, "Saved. Every console orders its queue by these rules now.")
    stored = world.other.queue_rules.queue_rules().chain
    assert str(stored) == "severity,-exam_live,priority_plan,awaiting_first_response,earliest_due,opened"
    assert [r.case.number for r in world.other.queue.rows()][:2] == [standard, add_on]
    qtbot.waitUntil(lambda: not tab.save_button.isEnabled() and not tab.has_unsaved(), timeout=10_000)

    tab.published_button.click()
    assert tab.model.chain() == DEFAULT_CHAIN and tab.has_unsaved()
    tab.revert_button.click()
    assert tab.model.chain() == stored and not tab.has_unsaved()


def test_a_colleagues_change_reloads_the_tab(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World
) -> None:
    win = open_window("Ada Admin")
    tab: QueueRulesTab = show_tab(qtbot, win, "queue_rules")
    world.other.queue_rules.set_queue_rules(RuleChain.parse("opened"), actor="Lea Lead")
    qtbot.waitUntil(lambda: str(tab.model.stored).startswith("opened,-"), timeout=10_000)


def test_agents_tams_see_it_read_only(qtbot: QtBot, open_window: Callable[[str], AdminWindow]) -> None:
    win = open_window("Tom Tam")
    tab: QueueRulesTab = show_tab(qtbot, win, "queue_rules")
    assert tab.read_only
    assert not tab.save_button.isVisible() and not tab.up_button.isVisible()
    assert not tab.model.flags(tab.model.index(0, ON)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not tab.model.setData(
        tab.model.index(0, ON), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    tab.table.selectRow(3)
    tab.move_selected(-1)
    assert tab.model.chain() == DEFAULT_CHAIN


def test_the_tab_renders_at_1366_by_768(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World, tmp_path: Path
) -> None:
    add_cases(world)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    win = open_window("Lea Lead")
    win.resize(1366, 768)
    tab: QueueRulesTab = show_tab(qtbot, win, "queue_rules")
    wait_preview(qtbot, tab)
    tab.table.selectRow(2)
    try:
        for theme in (LIGHT, DARK):
            apply_theme(app, theme)
            qtbot.wait(50)
            image = win.grab()
            assert image.width() == 1366
            image.save(
                str(Path(os.environ.get("QUEUE_RULES_PNG_DIR", tmp_path)) / f"queue_rules_{theme.name}.png")
            )
            # Every preview row and rule row fits without scrolling at this size.
            assert not tab.table.verticalScrollBar().isVisible()
    finally:
        apply_theme(app, LIGHT)
