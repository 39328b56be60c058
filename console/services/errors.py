"""What a use case can refuse with. The command line turns each into one line on
stderr; the GUI into a message. None of them leaves anything half-written: each
is raised before or instead of the commit."""

from __future__ import annotations

from console.domain.cases import CaseSummary


class ServiceError(Exception):
    """Base of the refusals a user can fix."""


class InvalidInput(ServiceError, ValueError):
    """Malformed or out-of-range input (a severity of 5, an unknown plan ...)."""


class NotFound(ServiceError, LookupError):
    """The case, account or user named does not exist."""


class NotAllowed(ServiceError):
    """The acting user's role does not permit this, or the plan does not include it."""


class Conflict(ServiceError):
    """Someone else changed the record first. ``current`` is the record as it is
    now, so that the user can see what changed and reload."""

    def __init__(self, message: str, current: CaseSummary | None = None) -> None:
        super().__init__(message)
        self.current = current


class NothingToClaim(ServiceError):
    """The queue holds no case this agent may claim."""
