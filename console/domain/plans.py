"""The support programme's vocabulary (SPEC.md section 2): the three plans, the four
severities, what each plan entitles a customer to, and the case categories, some of
which are paid add-ons outside every plan."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Plan(enum.StrEnum):
    """A support plan, by its stable code (used in the database and the CLI)."""

    STANDARD = "standard"
    PREMIER = "premier"
    PROCTORED = "proctored"

    @property
    def label(self) -> str:
        return _PLAN_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Plan:
        """The plan named by ``text`` (its code, case-insensitive); ValueError otherwise."""
        key = text.strip().lower()
        for plan in cls:
            if key in (plan.value, plan.label.lower()):
                return plan
        known = ", ".join(p.value for p in cls)
        raise ValueError(f"unknown plan {text!r} (known plans: {known})")


_PLAN_LABELS = {
    Plan.STANDARD: "Standard",
    Plan.PREMIER: "Premier",
    Plan.PROCTORED: "Proctored exam 24x7",
}


class Severity(enum.IntEnum):
    """Case severity: 1 is the most urgent."""

    URGENT = 1
    HIGH = 2
    MEDIUM = 3
    LOW = 4

    @classmethod
    def parse(cls, text: str | int) -> Severity:
        """The severity ``1``–``4`` given as a number or its name; ValueError otherwise."""
        raw = str(text).strip()
        if raw.isdigit() and int(raw) in {s.value for s in cls}:
            return cls(int(raw))
        for severity in cls:
            if raw.lower() == severity.name.lower():
                return severity
        raise ValueError(f"severity must be 1, 2, 3 or 4, not {text!r}")


@dataclass(frozen=True, slots=True)
class Entitlements:
    """What a plan includes, exactly as the programme publishes it."""

    online_resources: bool
    product_suggestions: bool
    product_downloads: bool
    portal_case_management: bool
    live_chat: bool
    multilingual: bool
    priority_queueing: bool
    early_adopter_products: bool
    non_production_trial: bool
    dedicated_tam: bool


_ENTITLEMENTS = {
    Plan.STANDARD: Entitlements(
        online_resources=True,
        product_suggestions=True,
        product_downloads=True,
        portal_case_management=False,
        live_chat=False,
        multilingual=True,
        priority_queueing=False,
        early_adopter_products=False,
        non_production_trial=False,
        dedicated_tam=False,
    ),
    Plan.PREMIER: Entitlements(
        online_resources=True,
        product_suggestions=True,
        product_downloads=True,
        portal_case_management=True,
        live_chat=True,
        multilingual=True,
        priority_queueing=True,
        early_adopter_products=True,
        non_production_trial=True,
        dedicated_tam=True,
    ),
    Plan.PROCTORED: Entitlements(
        online_resources=True,
        product_suggestions=True,
        product_downloads=True,
        portal_case_management=True,
        live_chat=True,
        multilingual=True,
        priority_queueing=True,
        early_adopter_products=False,
        non_production_trial=False,
        dedicated_tam=False,
    ),
}


def entitlements_of(plan: Plan) -> Entitlements:
    """The published entitlements of ``plan`` (the defaults the database is seeded with)."""
    return _ENTITLEMENTS[plan]


class Category(enum.StrEnum):
    """What a case is about. The last four are paid add-ons: no plan covers them, so
    such a case carries no SLA clock."""

    INCIDENT = "incident"
    QUESTION = "question"
    BUG = "bug"
    LICENSING = "licensing"
    EXAM_SESSION = "exam_session"
    CUSTOMISATION = "customisation"
    TRAINING = "training"
    CONSULTING = "consulting"
    IMPLEMENTATION = "implementation"

    @property
    def is_paid_add_on(self) -> bool:
        return self in _PAID_ADD_ONS

    @classmethod
    def parse(cls, text: str) -> Category:
        key = text.strip().lower().replace("-", "_").replace(" ", "_")
        if key == "customization":
            key = "customisation"
        try:
            return cls(key)
        except ValueError:
            known = ", ".join(c.value for c in cls)
            raise ValueError(f"unknown category {text!r} (known: {known})") from None


_PAID_ADD_ONS = frozenset(
    {Category.CUSTOMISATION, Category.TRAINING, Category.CONSULTING, Category.IMPLEMENTATION}
)


PLAN_BY_CODE: dict[str, Plan] = {plan.value: plan for plan in Plan}
"""A stored plan code's enum: a dictionary look-up is what bulk reads afford."""
SEVERITY_BY_NUMBER: dict[int, Severity] = {int(severity): severity for severity in Severity}
"""A stored severity's enum (see PLAN_BY_CODE)."""
