"""Outgoing mail as bytes: parsed back with the standard library and checked header
by header, including the refusal of header injection."""

from __future__ import annotations

import email.policy
import re
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.channels.email.compose import (
    CASE_HEADER,
    OWN_ID_HEADER,
    OutgoingEmail,
    checked_address,
    compose_acknowledgement,
    compose_reply,
    one_line,
)
from console.channels.email.parsed import Address
from console.channels.email.tags import reply_subject

SENDER = Address("support@example.com", "Example Support")
CUSTOMER = Address("ana@customer.example", "Ana Lima")
SENT_AT = datetime(2026, 11, 27, 14, 30, tzinfo=timezone(timedelta(hours=1)))


def reply(**overrides: Any) -> OutgoingEmail:
    arguments: dict[str, Any] = {
        "sender": SENDER,
        "to": [CUSTOMER],
        "case_number": 11251,
        "case_subject": "Printer offline",
        "body": "Hello Ana,\n\nplease restart it.\n",
        "parent_ids": ["root@customer.example", "parent@customer.example"],
        "message_id": "sc.0123@example.com",
        "sent_at": SENT_AT,
        "organisation": "Example Corp",
    }
    arguments.update(overrides)
    return compose_reply(**arguments)


def acknowledgement(**overrides: Any) -> OutgoingEmail:
    arguments: dict[str, Any] = {
        "sender": SENDER,
        "to": [CUSTOMER],
        "case_number": 11251,
        "case_subject": "Printer offline",
        "parent_ids": ["first@customer.example"],
        "message_id": "sc.ack@example.com",
        "sent_at": SENT_AT,
        "text": "Thank you.\n",
    }
    arguments.update(overrides)
    return compose_acknowledgement(**arguments)


def parsed(out: OutgoingEmail) -> EmailMessage:
    message = BytesParser(policy=email.policy.default).parsebytes(out.data)
    assert isinstance(message, EmailMessage)
    return message


def body_of(out: OutgoingEmail) -> str:
    """The decoded body; the parser keeps the CRLF line ends of the wire form."""
    content = parsed(out).get_content()
    assert isinstance(content, str)
    return content.replace("\r\n", "\n")


def header_names(out: OutgoingEmail) -> list[str]:
    return [name.lower() for name in parsed(out)]


def test_reply_headers() -> None:
    out = reply(cc=[Address("boss@customer.example")])
    message = parsed(out)
    assert message["From"].addresses[0].display_name == "Example Support"
    assert message["From"].addresses[0].addr_spec == "support@example.com"
    assert [a.addr_spec for a in message["To"].addresses] == ["ana@customer.example"]
    assert message["To"].addresses[0].display_name == "Ana Lima"
    assert [a.addr_spec for a in message["Cc"].addresses] == ["boss@customer.example"]
    assert message["Subject"] == "Re: Printer offline [#11251]"
    assert message["Date"].datetime == SENT_AT
    assert message["Message-ID"] == "<sc.0123@example.com>"
    assert message["In-Reply-To"] == "<parent@customer.example>"
    assert message["References"] == "<root@customer.example> <parent@customer.example>"
    assert message["Auto-Submitted"] == "no"
    assert message[CASE_HEADER] == "11251"
    assert message["Organization"] == "Example Corp"
    assert message["MIME-Version"] == "1.0"
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    assert body_of(out) == "Hello Ana,\n\nplease restart it.\n"
    assert "precedence" not in header_names(out)
    assert out.message_id == "sc.0123@example.com"
    assert out.subject == "Re: Printer offline [#11251]"
    assert out.sender == SENDER
    assert out.to == (CUSTOMER,)
    assert out.cc == (Address("boss@customer.example"),)
    assert out.recipients == ("ana@customer.example", "boss@customer.example")


def test_each_header_appears_once() -> None:
    names = header_names(reply())
    assert len(names) == len(set(names))


def test_reply_without_parents_has_no_threading_headers() -> None:
    names = header_names(reply(parent_ids=[], cc=[]))
    assert "in-reply-to" not in names
    assert "references" not in names
    assert "cc" not in names


def test_reply_subject_already_a_reply_and_tagged() -> None:
    assert parsed(reply(case_subject="AW: Drucker [#11251]"))["Subject"] == "AW: Drucker [#11251]"


def test_bytes_use_crlf_only() -> None:
    data = reply(body="one\ntwo\r\nthree\rfour\n").data
    assert b"\r\n" in data
    assert re.search(rb"(?<!\r)\n", data) is None
    assert re.search(rb"\r(?!\n)", data) is None
    assert body_of(reply(body="one\ntwo\r\nthree\rfour\n")) == "one\ntwo\nthree\nfour\n"


def test_bytes_are_seven_bit_and_lines_short() -> None:
    out = reply(
        case_subject="Grüße aus Köln – l’imprimante ne répond plus, ¿qué hacemos? " * 3,
        body="Sehr geehrte Frau Müller,\n" + "Überall Umlaute: äöü ß. " * 20 + "\n",
        sender=Address("support@example.com", "Zoë Ødegård, Support"),
    )
    assert out.data.isascii()
    assert all(len(line) <= 78 for line in out.data.split(b"\r\n"))


def test_non_ascii_subject_and_names_round_trip() -> None:
    subject = "Grüße aus Köln – l’imprimante ne répond plus, ¿qué hacemos?"
    out = reply(
        case_subject=subject,
        sender=Address("support@example.com", "Zoë Ødegård, Support"),
        to=[Address("jose@customer.example", 'José "Pepe" Núñez')],
        body="Grüße,\nJosé\n",
    )
    message = parsed(out)
    assert message["Subject"] == f"Re: {subject} [#11251]"
    assert message["From"].addresses[0].display_name == "Zoë Ødegård, Support"
    assert message["To"].addresses[0].display_name == 'José "Pepe" Núñez'
    assert body_of(out) == "Grüße,\nJosé\n"
    assert b"=?utf-8?" in out.data


def test_long_reference_chains_fold_without_encoding_the_ids() -> None:
    chain = [f"{i:04d}.{'x' * 40}@mail.customer.example" for i in range(30)]
    long_id = "y" * 100 + "@customer.example"
    out = reply(parent_ids=[*chain, long_id])
    message = parsed(out)
    assert b"=?" not in out.data.split(b"\r\n\r\n", 1)[0]
    references = message["References"].split()
    assert len(references) == 20
    assert references[0] == f"<{chain[0]}>"
    assert references[-1] == f"<{long_id}>"
    assert message["In-Reply-To"] == f"<{long_id}>"


def test_internationalised_domains_are_written_in_ascii() -> None:
    out = reply(to=[Address("info@bücher.example", "Bücher")])
    assert parsed(out)["To"].addresses[0].addr_spec == "info@xn--bcher-kva.example"


def test_acknowledgement_headers() -> None:
    out = acknowledgement()
    message = parsed(out)
    assert message["Subject"] == "Re: Printer offline [#11251]"
    assert message["Auto-Submitted"] == "auto-replied"
    assert message["X-Auto-Response-Suppress"] == "All"
    assert message[CASE_HEADER] == "11251"
    assert message["In-Reply-To"] == "<first@customer.example>"
    assert message["References"] == "<first@customer.example>"
    assert message["Message-ID"] == "<sc.ack@example.com>"
    assert body_of(out) == "Thank you.\n"
    names = header_names(out)
    assert "precedence" not in names
    assert "cc" not in names
    assert "organization" not in names


INJECTIONS = [
    "Hello\r\nBcc: victim@evil.example",
    "Hello\nBcc: victim@evil.example",
    "Hello\rBcc: victim@evil.example",
    "Hello\u2028Bcc: victim@evil.example",
    "Hello\x85Bcc: victim@evil.example",
    "Hello\r\n\r\nInjected body",
]


@pytest.mark.parametrize("text", INJECTIONS)
def test_line_breaks_in_the_subject_add_no_header(text: str) -> None:
    out = reply(case_subject=text)
    message = parsed(out)
    assert "bcc" not in header_names(out)
    assert "\n" not in message["Subject"] and "\r" not in message["Subject"]
    assert message["Subject"].startswith("Re: Hello ")
    assert body_of(out) == "Hello Ana,\n\nplease restart it.\n"


@pytest.mark.parametrize("text", INJECTIONS)
def test_line_breaks_in_names_add_no_header(text: str) -> None:
    out = reply(sender=Address("support@example.com", text), to=[Address("ana@customer.example", text)])
    message = parsed(out)
    assert "bcc" not in header_names(out)
    assert message["From"].addresses[0].addr_spec == "support@example.com"
    assert [a.addr_spec for a in message["To"].addresses] == ["ana@customer.example"]
    assert message["To"].addresses[0].display_name.startswith("Hello ")


@pytest.mark.parametrize(
    "address",
    [
        "ana@customer.example\r\nBcc: victim@evil.example",
        "ana@customer.example\nBcc: victim@evil.example",
        "ana@customer.example, victim@evil.example",
        "Ana <ana@customer.example>",
        "ana",
        "@customer.example",
        "ana@",
        "ana lima@customer.example",
        "ana@customer..example",
        "ana..lima@customer.example",
        "ánä@customer.example",
        "",
    ],
)
def test_invalid_addresses_are_refused(address: str) -> None:
    with pytest.raises(ValueError, match="invalid address"):
        reply(to=[Address(address)])
    with pytest.raises(ValueError, match="invalid address"):
        reply(sender=Address(address))
    with pytest.raises(ValueError, match="invalid address"):
        reply(cc=[Address(address)])


@pytest.mark.parametrize("mid", ["", "no-at-sign", "a b@c", "a@b\r\nBcc: x@y", "<>"])
def test_invalid_own_message_id_is_refused(mid: str) -> None:
    with pytest.raises(ValueError, match="invalid Message-ID"):
        reply(message_id=mid)


def test_injection_through_parent_ids_is_impossible() -> None:
    out = reply(parent_ids=["a@x\r\nBcc: victim@evil.example", "p@x"])
    assert "bcc" not in header_names(out)
    assert parsed(out)["References"] == "<p@x>"


def test_injection_through_organisation_is_impossible() -> None:
    out = reply(organisation="Example\r\nBcc: victim@evil.example")
    assert "bcc" not in header_names(out)
    assert parsed(out)["Organization"] == "Example Bcc: victim@evil.example"


def test_a_message_needs_a_recipient() -> None:
    with pytest.raises(ValueError, match="at least one recipient"):
        reply(to=[])


def test_sent_at_must_be_aware() -> None:
    with pytest.raises(ValueError, match="time zone"):
        reply(sent_at=datetime(2026, 11, 27, 14, 30))
    assert parsed(reply(sent_at=datetime(2026, 7, 1, 8, 0, tzinfo=UTC)))["Date"].datetime == datetime(
        2026, 7, 1, 8, 0, tzinfo=UTC
    )


def test_checked_address_and_one_line() -> None:
    assert checked_address(Address("a.b+c@example.com", " A\r\n B ")) == Address("a.b+c@example.com", "A B")
    assert one_line(" a\tb\r\nc\x00d ") == "a b c d"


@given(st.text(max_size=60), st.text(max_size=30))
def test_no_text_in_subject_or_name_adds_a_header(subject: str, name: str) -> None:
    out = reply(case_subject=subject, to=[Address("ana@customer.example", name)], cc=[])
    names = header_names(out)
    assert sorted(names) == sorted(
        [
            "from",
            "to",
            "subject",
            "date",
            "message-id",
            "in-reply-to",
            "references",
            "auto-submitted",
            CASE_HEADER.lower(),
            OWN_ID_HEADER.lower(),
            "organization",
            "content-type",
            "content-transfer-encoding",
            "mime-version",
        ]
    )
    message = parsed(out)
    assert message["Subject"] == out.subject == reply_subject(one_line(subject), 11251)
    assert message["To"].addresses[0].addr_spec == "ana@customer.example"
    assert message["To"].addresses[0].display_name == one_line(name)


def test_long_non_ascii_names_and_subjects_keep_every_space() -> None:
    name = "Ana Lúcia de Sá e Vasconcelos Figueiredo Brandão, Direção de Informática"
    subject = " ".join(["Überprüfung der Lizenzschlüssel für Großkunden"] * 4)
    out = reply(case_subject=subject, to=[Address("ana@customer.example", name)])
    message = parsed(out)
    assert message["To"].addresses[0].display_name == name
    assert message["Subject"] == f"Re: {subject} [#11251]"
    assert all(len(line) <= 78 for line in out.data.split(b"\r\n"))


def test_lone_surrogates_do_not_break_composing() -> None:
    out = reply(case_subject="Broken \udce4 bytes")
    assert parsed(out)["Subject"] == "Re: Broken \ufffd bytes [#11251]"


def test_text_that_looks_encoded_is_kept_literally() -> None:
    subject = "Why does =?utf-8?q?x?= show up"
    assert parsed(reply(case_subject=subject))["Subject"] == f"Re: {subject} [#11251]"


def test_overlong_names_are_cut() -> None:
    out = reply(to=[Address("ana@customer.example", "Ü" * 500)])
    name = parsed(out)["To"].addresses[0].display_name
    assert name == "Ü" * 150
    assert out.to[0].name == name
    assert all(len(line) <= 998 for line in out.data.split(b"\r\n"))


def test_our_message_id_is_repeated_for_bounces_that_quote_only_the_text() -> None:
    out = reply()
    assert parsed(out)["X-Support-Console-Message-Id"] == f"<{out.message_id}>"
