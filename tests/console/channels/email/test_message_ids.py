"""Message-IDs of sent mail and the References of an answer."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.channels.email.message_ids import (
    bracketed,
    is_usable_id,
    new_message_id,
    references_for,
    unbracketed,
)


def test_new_message_id_shape_and_uniqueness() -> None:
    first = new_message_id("example.com")
    assert re.fullmatch(r"sc\.[0-9a-f]{32}@example\.com", first)
    assert new_message_id("example.com") != first


def test_new_message_id_takes_the_domain_of_an_address() -> None:
    assert new_message_id("Support@Example.COM").endswith("@example.com")


def test_new_message_id_with_an_internationalised_domain() -> None:
    assert new_message_id("bücher.example").endswith("@xn--bcher-kva.example")


@pytest.mark.parametrize("domain", ["", "exa mple.com", "example.com\r\nBcc: x", "<example.com>", "-bad.com"])
def test_new_message_id_refuses_what_is_not_a_domain(domain: str) -> None:
    with pytest.raises(ValueError, match="invalid domain"):
        new_message_id(domain)


def test_bracketed_and_unbracketed() -> None:
    assert bracketed("a@b") == "<a@b>"
    assert bracketed("<a@b>") == "<a@b>"
    assert bracketed(" <a@b> ") == "<a@b>"
    assert unbracketed("<a@b>") == "a@b"
    assert unbracketed("a@b") == "a@b"


def test_is_usable_id() -> None:
    assert is_usable_id("sc.1@example.com")
    assert not is_usable_id("")
    assert not is_usable_id("a b@c")
    assert not is_usable_id("a\r\nBcc: x@c")
    assert not is_usable_id("a<b@c")
    assert not is_usable_id("ä@c")


def test_references_are_the_parents_references_then_the_parent() -> None:
    assert references_for(["root@x", "mid@x", "parent@x"]) == ("root@x", "mid@x", "parent@x")
    assert references_for(["<root@x>", "<parent@x>"]) == ("root@x", "parent@x")
    assert references_for([]) == ()


def test_references_are_deduplicated_and_the_parent_stays_last() -> None:
    assert references_for(["a@x", "b@x", "a@x", "c@x"]) == ("a@x", "b@x", "c@x")
    assert references_for(["p@x", "a@x", "p@x"]) == ("a@x", "p@x")


def test_unusable_ids_are_left_out() -> None:
    assert references_for(["a@x", "bad id@x", "", "b\r\nBcc: c@x", "p@x"]) == ("a@x", "p@x")


def test_references_are_trimmed_keeping_the_first() -> None:
    ids = [f"m{i}@x" for i in range(30)]
    trimmed = references_for(ids, limit=20)
    assert len(trimmed) == 20
    assert trimmed[0] == "m0@x"
    assert trimmed[1:] == tuple(ids[-19:])


def test_a_limit_below_two_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 2"):
        references_for(["a@x"], limit=1)


ids = st.lists(st.from_regex(r"[a-z0-9.]{1,8}@[a-z]{1,5}", fullmatch=True), max_size=40)


@given(ids, st.integers(min_value=2, max_value=25))
def test_references_properties(parent_ids: list[str], limit: int) -> None:
    result = references_for(parent_ids, limit=limit)
    assert len(result) == len(set(result)) <= limit
    assert set(result) <= set(parent_ids)
    if parent_ids:
        assert result[-1] == parent_ids[-1]
        if parent_ids[0] != parent_ids[-1]:
            assert result[0] == parent_ids[0]
