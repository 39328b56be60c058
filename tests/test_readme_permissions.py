"""The README's table of who may do what is the permission table of the core
(console/domain/permissions.py), row for row."""

from __future__ import annotations

from pathlib import Path

from console.domain.cases import Role
from console.domain.permissions import PERMISSIONS, Action

README = Path(__file__).resolve().parents[1] / "README.md"
COLUMNS = (Role.AGENT, Role.TAM, Role.LEAD, Role.ADMIN)


def readme_table() -> dict[str, tuple[str, ...]]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Who may do what", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and not line.startswith("| What ")]
    table: dict[str, tuple[str, ...]] = {}
    for row in rows:
        what, *cells = (cell.strip() for cell in row.strip("|").split("|"))
        table[what[:1].lower() + what[1:]] = tuple(cells)
    return table


def test_the_readme_table_is_the_permission_table() -> None:
    expected = {
        action.value: tuple("yes" if role in PERMISSIONS[action] else "—" for role in COLUMNS)
        for action in Action
    }
    assert readme_table() == expected
