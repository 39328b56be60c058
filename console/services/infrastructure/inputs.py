"""Codes as people type them (``premier``, ``2``, ``en,de``) turned into the domain's
enums, with one clear :class:`InvalidInput` message each — shared by every use
case that takes them; and text checked against the column it goes to."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, inspect
from sqlalchemy.orm import Session

from console.domain.cases import CaseStatus
from console.domain.plans import Category, Plan, Severity
from console.services.errors import InvalidInput


def plan_of(value: Plan | str) -> Plan:
    if isinstance(value, Plan):
        return value
    try:
        return Plan.parse(value)
    except ValueError as error:
        raise InvalidInput(str(error)) from None


def severity_of(value: Severity | int | str) -> Severity:
    if isinstance(value, Severity):
        return value
    try:
        return Severity.parse(value)
    except ValueError as error:
        raise InvalidInput(str(error)) from None


def category_of(value: Category | str) -> Category:
    if isinstance(value, Category):
        return value
    try:
        return Category.parse(value)
    except ValueError as error:
        raise InvalidInput(str(error)) from None


def status_of(value: str) -> CaseStatus:
    try:
        return CaseStatus.parse(value)
    except ValueError as error:
        raise InvalidInput(str(error)) from None


def languages_of(values: Iterable[str]) -> list[str]:
    """Language codes such as ``en`` or ``de-ch``, lower case; empty when none given."""
    langs = [v.strip().lower() for v in values if v.strip()]
    for code in langs:
        if not (2 <= len(code) <= 5 and code.replace("-", "").isalpha()):
            raise InvalidInput(f"{code!r} is not a language code such as en or de")
    return langs


def language_of(value: str) -> str:
    """One language code such as ``en`` or ``de-ch``, lower case."""
    langs = languages_of([value])
    if len(langs) != 1:
        raise InvalidInput(f"{value!r} is not a language code such as en or de")
    return langs[0]


# -- text against its column ----------------------------------------------------------
#
# SQLite stores any text in any column; PostgreSQL refuses a value longer than its
# String(n), a NUL character, and text that is not Unicode (lone surrogates, which
# is what undecodable bytes on a command line become). Every row a use case writes
# is checked against its model's columns (Database registers check_new_text on its
# sessions), so both backends refuse the same input with the same sentence before
# anything reaches the database. The limits are the models' own.


def column_length(column: ColumnElement[Any]) -> int | None:
    """The most characters ``column`` holds; None for unbounded text."""
    length = getattr(column.type, "length", None)
    return int(length) if length is not None else None


def column_label(column: ColumnElement[Any]) -> str:
    """``cases.subject`` as people say it: "case subject"."""
    table = getattr(getattr(column, "table", None), "name", "")
    entity = str(table).removesuffix("s").replace("_", " ")
    return f"{entity} {str(column.key).replace('_', ' ')}".strip()


def check_text(column: ColumnElement[Any], value: str) -> str:
    """``value`` when ``column`` can hold it on every backend, else :class:`InvalidInput`."""
    label = column_label(column)
    if "\x00" in value:
        raise InvalidInput(f"the {label} contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(f"the {label} contains characters that are not valid text") from None
    length = column_length(column)
    if length is not None and len(value) > length:
        raise InvalidInput(f"the {label} is {len(value)} characters long; at most {length}")
    return value


def check_new_text(session: Session, _context: object, _instances: object) -> None:
    """``before_flush``: the text of every new row, and every changed text of a
    row, against its column (see above)."""
    for obj in session.new:
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            value = state.dict.get(attr.key)
            if isinstance(value, str):
                check_text(attr.columns[0], value)
    for obj in session.dirty:
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            for value in state.attrs[attr.key].history.added or ():
                if isinstance(value, str):
                    check_text(attr.columns[0], value)


def check_time_zone(text: str) -> str:
    """An IANA time zone name as given, or InvalidInput saying what is wrong."""
    name = text.strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(f"unknown time zone {text!r} (use an IANA name such as Europe/Berlin)") from None
    if not name:
        raise InvalidInput("the support calendar needs a time zone such as Europe/Berlin")
    return name
