"""Text that SQLite would store and PostgreSQL refuses — too long for its column, a
NUL character, characters that are not text — is refused by the services with the
same sentence on both backends, before anything is written (issue 9, point 13)."""

from __future__ import annotations

import pytest
from sqlalchemy import String, Text, func, select

from console.services.errors import InvalidInput
from console.services.infrastructure.inputs import check_text, column_label, column_length
from console.storage.models import Base, Case, Message, User
from tests.support.services import Services


def string_columns() -> list[tuple[str, object]]:
    found = []
    for mapper in Base.registry.mappers:
        for attr in mapper.column_attrs:
            column = attr.columns[0]
            if isinstance(column.type, (String, Text)):
                found.append((f"{mapper.class_.__name__}.{attr.key}", column))
    return found


@pytest.mark.parametrize(("name", "column"), string_columns(), ids=[n for n, _ in string_columns()])
def test_every_string_column_has_its_limit_checked(name: str, column: object) -> None:
    length = column_length(column)  # type: ignore[arg-type]
    label = column_label(column)  # type: ignore[arg-type]
    assert label and "_" not in label
    if length is not None:
        assert length == column.type.length  # type: ignore[attr-defined]
        check_text(column, "x" * length)  # type: ignore[arg-type]
        with pytest.raises(InvalidInput, match=f"{length + 1} characters long; at most {length}"):
            check_text(column, "x" * (length + 1))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="NUL character"):
        check_text(column, "a\x00b")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="not valid text"):
        check_text(column, "a\udc80b")  # type: ignore[arg-type]


def count(services: Services, model: type) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_long_user_name_is_refused(services: Services) -> None:
    before = count(services, User)
    with pytest.raises(InvalidInput) as caught:
        services.accounts.add_user("U" * 200, "agent")
    assert str(caught.value) == "the user name is 200 characters long; at most 120"
    assert count(services, User) == before


def test_a_language_that_is_no_language_code_is_refused(services: Services) -> None:
    with pytest.raises(InvalidInput, match="is not a language code"):
        services.cases.open_case("Globex", 2, "Printer", language="abcdefghijklmnopqrstu")
    with pytest.raises(InvalidInput, match="is not a language code"):
        services.accounts.add_account("Hooli", "standard", language="abcdefghijklmnopqrstu")
    assert count(services, Case) == 0


def test_nul_characters_are_refused_in_subjects_and_notes(services: Services) -> None:
    with pytest.raises(InvalidInput) as caught:
        services.cases.open_case("Globex", 2, "Print\x00er")
    assert str(caught.value) == "the case subject contains a NUL character"
    case = services.cases.open_case("Globex", 2, "Printer")
    with pytest.raises(InvalidInput, match="NUL character"):
        services.talk.note(case.number, "see \x00 there", "Anna Agent")
    with pytest.raises(InvalidInput, match="NUL character"):
        services.talk.reply(case.number, "see \x00 there", "Anna Agent")
    assert count(services, Message) == 0
