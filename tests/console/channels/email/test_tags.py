"""The case tag in subjects: found, added once, and answers prefixed once."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.channels.email.tags import (
    case_number_in,
    case_tag,
    is_reply_subject,
    reply_subject,
    tagged_subject,
)

numbers = st.integers(min_value=0, max_value=10**12)
subjects = st.text(max_size=80)


def test_case_tag() -> None:
    assert case_tag(11251) == "[#11251]"
    with pytest.raises(ValueError, match="negative"):
        case_tag(-1)


@pytest.mark.parametrize(
    ("subject", "number"),
    [
        ("Printer offline [#11251]", 11251),
        ("[#11251] Printer offline", 11251),
        ("Re: Printer [# 11251]", 11251),
        ("Re: Printer [#11251 ]", 11251),
        ("Re: Printer [ # 11251 ]", 11251),
        ("AW: about [#7] and [#11251]", 11251),
        ("Printer offline", None),
        ("Printer #11251", None),
        ("Printer [11251]", None),
        ("Printer [#]", None),
        ("Printer [#12a]", None),
        ("Printer [Case #11251]", None),
        ("", None),
    ],
)
def test_case_number_in(subject: str, number: int | None) -> None:
    assert case_number_in(subject) == number


def test_case_number_in_ignores_absurdly_long_numbers() -> None:
    assert case_number_in("[#" + "9" * 5000 + "]") is None


def test_tagged_subject_appends_once() -> None:
    assert tagged_subject("Printer offline", 11251) == "Printer offline [#11251]"
    assert tagged_subject("Printer offline [#11251]", 11251) == "Printer offline [#11251]"
    assert tagged_subject("  ", 5) == "[#5]"


def test_tagged_subject_with_another_case_tag_adds_its_own_last() -> None:
    tagged = tagged_subject("Like [#7], but worse", 11251)
    assert tagged == "Like [#7], but worse [#11251]"
    assert case_number_in(tagged) == 11251


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Printer",
        "RE: Printer",
        "re: Printer",
        "RE : Printer",
        "AW: Drucker",
        "aw: Drucker",
        "SV: Skrivare",
        "Antw: Printer",
        "ANTW: Printer",
        "Re[2]: Printer",
        "  Re: Printer",
    ],
)
def test_reply_prefixes_are_recognised(subject: str) -> None:
    assert is_reply_subject(subject)
    assert reply_subject(subject, 3) == f"{subject.strip()} [#3]"


@pytest.mark.parametrize("subject", ["Printer", "Fwd: Printer", "Regarding the printer", "Aware of it"])
def test_reply_subject_adds_re(subject: str) -> None:
    assert reply_subject(subject, 3) == f"Re: {subject} [#3]"


def test_reply_subject_of_an_empty_subject() -> None:
    assert reply_subject("", 3) == "Re: [#3]"


@given(subjects, numbers)
def test_tagging_is_idempotent(subject: str, number: int) -> None:
    once = tagged_subject(subject, number)
    assert tagged_subject(once, number) == once


@given(subjects, numbers)
def test_the_number_found_in_a_tagged_subject_is_the_number(subject: str, number: int) -> None:
    assert case_number_in(tagged_subject(subject, number)) == number
    assert case_number_in(reply_subject(subject, number)) == number


@given(subjects, numbers)
def test_the_subject_text_survives(subject: str, number: int) -> None:
    assert subject.strip() in tagged_subject(subject, number)
    assert subject.strip() in reply_subject(subject, number)


@given(subjects, numbers)
def test_reply_subject_is_idempotent(subject: str, number: int) -> None:
    once = reply_subject(subject, number)
    assert reply_subject(once, number) == once
    assert is_reply_subject(once)
