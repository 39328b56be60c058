"""Logins made from names, and the password rules people choose by."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from console.domain.people import (
    LOGIN_MAX,
    login_from_name,
    login_problem,
    new_one_time_password,
    password_problem,
)


def test_names_become_readable_logins() -> None:
    assert login_from_name("Aisha Rahman") == "aisha.rahman"
    assert login_from_name("Emre Yılmaz") == "emre.yilmaz"
    assert login_from_name("Jürgen Groß") == "jurgen.gross"
    assert login_from_name("Łukasz Żółć") == "lukasz.zolc"
    assert login_from_name("Ana", taken={"ana", "ana2"}) == "ana3"


@given(st.text(max_size=80), st.sets(st.text(max_size=12), max_size=5))
def test_any_name_makes_a_valid_login_that_is_not_taken(name: str, taken: set[str]) -> None:
    login = login_from_name(name, taken)
    assert login_problem(login) is None
    assert login not in taken
    assert len(login) <= LOGIN_MAX


def test_login_problems_are_one_sentence() -> None:
    assert login_problem("aisha.rahman") is None
    assert login_problem("") == "a login cannot be empty"
    assert "not a login" in (login_problem("Aisha") or "")
    assert "at most 30" in (login_problem("a" * 31) or "")


def test_one_time_passwords_are_fresh_and_readable() -> None:
    first, second = new_one_time_password(), new_one_time_password()
    assert first != second
    assert len(first) == 14 and first.count("-") == 2
    assert not set(first) & set("01lio")


def test_password_rules() -> None:
    assert password_problem("short", "anna") == "a password has at least 10 characters"
    assert password_problem("anna-is-great-2026", "anna") == "a password cannot contain your user name"
    assert password_problem(" leading space pw", "anna") == "a password cannot begin or end with a space"
    assert password_problem("correct horse battery", "anna") is None
