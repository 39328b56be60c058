"""Codes as people type them (``premier``, ``2``, ``en,de``) turned into the domain's
enums, with one clear :class:`InvalidInput` message each — shared by every use
case that takes them."""

from __future__ import annotations

from collections.abc import Iterable

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
