"""The case statuses that count as open: stated once here, against the one home
in :mod:`console.domain.cases` that every service, SQL filter and view reads."""

from __future__ import annotations

from console.domain.cases import OPEN_STATUS_CODES, OPEN_STATUSES, CaseStatus


def test_every_status_but_solved_and_closed_is_open() -> None:
    expected = {CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING_CUSTOMER, CaseStatus.ON_HOLD}
    assert expected == OPEN_STATUSES
    assert [s.value for s in CaseStatus if s in expected] == list(OPEN_STATUS_CODES)


def test_is_open_agrees_with_the_set() -> None:
    assert {s for s in CaseStatus if s.is_open} == OPEN_STATUSES
    assert not CaseStatus.SOLVED.is_open and not CaseStatus.CLOSED.is_open
