"""Choosing one's own password: the rules are checked as one types, the two
entries must agree, and a refusal from the server is shown in the dialog."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from console.services.errors import InvalidInput
from ui.errors import as_sentence
from ui.password_dialog import PasswordDialog


def test_rules_are_shown_as_one_types_and_the_password_is_saved(qtbot: QtBot) -> None:
    saved: list[str] = []

    async def save(password: str) -> None:
        saved.append(password)

    dialog = PasswordDialog("aisha.rahman", save)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isEnabled() and dialog.problem.isHidden()
    dialog.new_edit.setText("short")
    assert dialog.problem.text() == "A password has at least 10 characters."
    dialog.new_edit.setText("my-aisha.rahman-pass")
    assert dialog.problem.text() == "A password cannot contain your user name."
    dialog.new_edit.setText("correct horse battery")
    assert dialog.problem.isHidden() and not dialog.save_button.isEnabled()
    dialog.repeat_edit.setText("correct horse")
    assert dialog.problem.text() == "The two passwords differ."
    dialog.repeat_edit.setText("correct horse battery")
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5_000)
    assert saved == ["correct horse battery"] and dialog.chosen == "correct horse battery"


def test_a_refusal_stays_in_the_dialog(qtbot: QtBot) -> None:
    async def save(password: str) -> None:
        raise InvalidInput(
            "your one-time password expired on 2026-01-01 10:00 UTC: ask an admin for a new one"
        )

    dialog = PasswordDialog("aisha.rahman", save)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new_edit.setText("correct horse battery")
    dialog.repeat_edit.setText("correct horse battery")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "expired" in dialog.problem.text(), timeout=5_000)
    assert dialog.problem.text().startswith("Your one-time password expired")
    assert dialog.isVisible() and dialog.chosen is None
    assert dialog.new_edit.isEnabled() and dialog.save_button.isEnabled()


def test_as_sentence() -> None:
    assert as_sentence("a login cannot be empty") == "A login cannot be empty."
    assert as_sentence("Done.") == "Done."
    assert as_sentence("") == ""
