"""Frozen value types of the support programme: plans, severities, entitlements and
case categories. Plain data, no I/O."""

from console.domain.plans import (
    Category,
    Entitlements,
    Plan,
    Severity,
    entitlements_of,
)

__all__ = ["Category", "Entitlements", "Plan", "Severity", "entitlements_of"]
