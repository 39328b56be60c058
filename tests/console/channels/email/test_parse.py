"""The email parser against a corpus of real-world shapes (tests/fixtures/mail):
what each message must become, and what it must refuse (not mail, too large,
header bombs) without ever raising anything but UnreadableEmail."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console.channels.email.parse import FORWARD_MARK, parse_email, synthetic_message_id
from console.channels.email.parsed import Address, AutoKind, ParsedEmail, UnreadableEmail

MAIL = Path(__file__).parents[3] / "fixtures" / "mail"


def parsed(name: str) -> ParsedEmail:
    return parse_email((MAIL / name).read_bytes())


def names_and_sizes(mail: ParsedEmail) -> list[tuple[str, int]]:
    return [(a.filename, a.size) for a in mail.attachments]


# -- the corpus ------------------------------------------------------------------


def test_plain_text_with_raw_utf8_headers() -> None:
    mail = parsed("plain.eml")
    assert mail.message_id == "plain-1@mail.example.org"
    assert mail.subject == "Printer offline since Monday"
    assert mail.sender == Address("zoe.angstrom@example.org", "Zoë Ångström")
    assert mail.to == (Address("support@example.com", "Support"),)
    assert mail.cc == (Address("ops@example.org"), Address("pat.lee@example.org", "Lee, Pat"))
    assert mail.reply_address == mail.sender
    assert mail.date == datetime(2025, 3, 3, 9, 15, tzinfo=UTC)
    assert mail.text == "Hello,\n\nthe printer on floor 3 is offline since Monday. Grüße, Zoë"
    assert mail.html is None
    assert mail.attachments == ()
    assert mail.automatic is None
    assert mail.size == (MAIL / "plain.eml").stat().st_size


def test_alternative_takes_the_plain_part_and_keeps_the_html() -> None:
    mail = parsed("alternative.eml")
    assert mail.subject == "VPN keeps dropping"
    assert mail.sender == Address("ana@globex.example", "Ana Silva")
    assert mail.reply_address == Address("helpdesk@globex.example", "Globex Helpdesk")
    assert mail.text == "The VPN drops every 10 minutes – since the update. Please help."
    assert mail.html is not None and "<b>10 minutes</b>" in mail.html
    assert mail.date == datetime(2025, 3, 4, 13, 0, tzinfo=UTC)
    assert mail.attachments == ()


def test_html_only_mail_is_read_as_text_and_images_are_never_fetched() -> None:
    mail = parsed("html_only.eml")
    assert mail.sender == Address("it@globex.example", "Globex IT")
    assert mail.text == (
        "Hello team,\n\n"
        "the portal shows an error “500” when I open the reports page (https://portal.example/reports).\n\n"
        "[image: Globex logo]\n\n"
        "- Chrome 122\n- Windows 11\n\n"
        "Thanks & regards\nGlobex IT"
    )
    assert "tracker.example" not in mail.text
    assert mail.html is not None and mail.html.startswith("<html>")
    assert mail.attachments == ()


def test_inline_image_with_content_id() -> None:
    mail = parsed("inline_image.eml")
    assert mail.text == "The dialog below appears at start-up.\n[image: dialog]"
    assert mail.html is not None and "cid:dialog.1@initech.example" in mail.html
    (image,) = mail.attachments
    assert image.filename == "image-1.png"
    assert image.content_type == "image/png"
    assert image.inline is True
    assert image.content_id == "dialog.1@initech.example"
    assert image.data.startswith(b"\x89PNG") and image.size == 66


def test_rfc2231_file_names_in_utf8_and_latin1_with_continuations() -> None:
    mail = parsed("rfc2231_attachment.eml")
    assert mail.subject == "Prüfbericht und Übersicht"
    assert mail.sender == Address("j.weiss@example.de", "Jürgen Weiß")
    assert mail.text == "Anbei der Prüfbericht."
    assert names_and_sizes(mail) == [("Prüfbericht.pdf", 77), ("Übersicht März 2025.xlsx", 29)]
    assert mail.attachments[0].content_type == "application/pdf"
    assert mail.attachments[0].data.startswith(b"%PDF-1.4")
    assert not any(a.inline for a in mail.attachments)


def test_iso_8859_1_encoded_words_in_subject_sender_and_file_name() -> None:
    mail = parsed("iso8859_names.eml")
    assert mail.subject == "Rechnung für März"
    assert mail.sender == Address("francois@exemple.fr", "François Bérard")
    assert mail.text == "Voici la facture de mars. Cordialement, François"
    assert names_and_sizes(mail) == [("Rechnung März.pdf", 77)]


def test_shift_jis_subject_text_and_file_name() -> None:
    mail = parsed("shift_jis.eml")
    assert mail.subject == "請求書の件"
    assert mail.sender == Address("yamada@example.jp", "山田 太郎")
    assert mail.text == "お世話になっております。見積書を添付します。"
    assert names_and_sizes(mail) == [("見積書.pdf", 77)]
    assert mail.date == datetime(2025, 3, 10, 0, 0, tzinfo=UTC)


def test_big5_subject_split_over_two_encoded_words_and_file_name() -> None:
    mail = parsed("big5.eml")
    assert mail.subject == "系統無法登入"
    assert mail.sender == Address("chen@example.tw", "陳小明")
    assert mail.text == "您好，系統從今天早上開始無法登入。"
    assert names_and_sizes(mail) == [("錯誤報告.txt", 12)]
    assert mail.attachments[0].content_type == "text/plain"


def test_wrong_and_unknown_charsets_never_crash() -> None:
    mail = parsed("wrong_charset.eml")
    # Declared ISO-8859-1, sent as UTF-8: read as UTF-8.
    assert mail.text == "Der Zähler zeigt „Fehler 7“ – schon wieder."
    # An encoded word in a charset nobody knows: UTF-8 fails, Latin-1 reads it.
    assert mail.subject == "Grüße aus Köln"
    assert names_and_sizes(mail) == [("notes.txt", 6)]


def test_forwarded_message_becomes_a_readable_block_and_brings_its_files() -> None:
    mail = parsed("forwarded.eml")
    assert mail.subject == "Fwd: Backup job failed"
    assert mail.text == (
        "FYI, the nightly backup failed again, see below.\n\n"
        f"{FORWARD_MARK}\n"
        "From: Backup Robot <backup@initech.example>\n"
        "Date: Thu, 13 Mar 2025 02:00:00 +0000\n"
        "Subject: Backup job failed\n"
        "To: Lisa Park <lisa@initech.example>\n\n"
        "Job nightly-db ended with code 3."
    )
    assert names_and_sizes(mail) == [("backup.log", 34)]
    assert mail.attachments[0].data == b"02:00 start\n02:13 error: disk full"


def test_reply_carries_its_thread() -> None:
    mail = parsed("reply.eml")
    assert mail.subject == "RE: [#11251] Printer offline"
    assert mail.in_reply_to == ("sc-out-7@support.example.com",)
    assert mail.references == ("first-1@initech.example", "sc-out-7@support.example.com")
    assert mail.thread_ids == ("sc-out-7@support.example.com", "first-1@initech.example")
    assert mail.text.startswith("It works again, thanks!\n\n> On 13 Mar 2025 Support wrote:")
    assert mail.date == datetime(2025, 3, 14, 18, 0, tzinfo=UTC)
    assert mail.automatic is None


def test_outlook_out_of_office_with_crlf_line_ends() -> None:
    mail = parsed("outlook_ooo.eml")
    assert mail.subject == "Automatic reply: [#11251] Printer offline"
    assert mail.automatic == AutoKind.OUT_OF_OFFICE
    assert mail.text == "I am out of the office until 24 March with no access to email."
    assert mail.bounced_message_ids == ()


def test_rfc3834_auto_reply() -> None:
    mail = parsed("rfc3834_autoreply.eml")
    assert mail.automatic == AutoKind.AUTO_SUBMITTED
    assert mail.sender == Address("helpdesk@globex.example")


def test_bulk_newsletter() -> None:
    mail = parsed("newsletter_bulk.eml")
    assert mail.automatic == AutoKind.PRECEDENCE
    assert mail.text == "What's new\n\nRead the release notes (https://newsletter.example/march)."


def test_dsn_bounce_names_the_returned_message_and_the_reason() -> None:
    mail = parsed("dsn_bounce.eml")
    assert mail.automatic == AutoKind.BOUNCE
    assert mail.sender == Address("mailer-daemon@mx.support.example.com", "Mail Delivery System")
    assert mail.bounced_message_ids == ("sc-out-1@support.example.com",)
    assert mail.bounce_reason == (
        "nobody@globex.example: 550 5.1.1 <nobody@globex.example>: Recipient address rejected: User unknown"
    )
    assert mail.text.startswith("This is the mail system at host mx.support.example.com.")
    assert [(a.filename, a.content_type) for a in mail.attachments] == [
        ("attachment-1.txt", "message/delivery-status"),
        ("attachment-2.txt", "text/rfc822-headers"),
    ]
    assert b"Message-ID: <sc-out-1@support.example.com>" in mail.attachments[1].data


def test_mailer_daemon_bounce_in_free_form() -> None:
    mail = parsed("mailer_daemon_bounce.eml")
    assert mail.automatic == AutoKind.MAILER_DAEMON
    assert mail.bounced_message_ids == ("sc-out-2@support.example.com",)
    assert mail.bounce_reason == "Sorry, no mailbox here by that name. (#5.1.1) 550 mailbox unavailable"
    assert "qmail-send program" in mail.text


def test_message_without_message_id_gets_a_stable_synthetic_one() -> None:
    raw = (MAIL / "no_message_id.eml").read_bytes()
    mail = parse_email(raw)
    assert mail.message_id == synthetic_message_id(raw)
    assert mail.message_id.endswith("@missing-message-id.invalid")
    assert len(mail.message_id.split("@")[0]) == 32
    assert parse_email(raw).message_id == mail.message_id
    # A date without a zone is taken as UTC.
    assert mail.date == datetime(2025, 3, 17, 6, 0, tzinfo=UTC)
    assert mail.text == "Alarm 17 raised on line 2 at 05:59."


def test_broken_mime_still_yields_its_text() -> None:
    mail = parsed("broken_mime.eml")
    assert mail.subject == "Broken mail from an old scanner"
    assert mail.text == "The scanner sends this every morning. Scan attached."
    # The headerless garbage part is kept as a file, not shown; the unterminated
    # last part is read as far as it goes.
    assert names_and_sizes(mail) == [("attachment-1.txt", 43), ("attachment-2.bin", 11)]
    assert mail.attachments[1].data == b"Hello world"


def test_every_fixture_is_listed_in_the_readme() -> None:
    readme = (MAIL / "README.md").read_text(encoding="utf-8")
    for path in MAIL.glob("*.eml"):
        assert f"`{path.name}`" in readme


# -- headers ---------------------------------------------------------------------


def message(*headers: str, body: str = "Hello\n") -> bytes:
    return ("\r\n".join(headers) + "\r\n\r\n" + body).encode("utf-8")


def test_ids_tolerate_junk_commas_and_missing_brackets() -> None:
    mail = parse_email(
        message(
            "From: a@example.com",
            "Message-ID: bare-id@example.com",
            "In-Reply-To: Your message of Monday <x1@example.com> (from b@example.com)",
            "References: <r1@example.com>, r2@example.com <r3@\r\n example.com> junk <r1@example.com>",
        )
    )
    assert mail.message_id == "bare-id@example.com"
    assert mail.in_reply_to == ("x1@example.com",)
    assert mail.references == ("r1@example.com", "r2@example.com", "r3@example.com")


def test_empty_message_id_gets_the_synthetic_one() -> None:
    raw = message("From: a@example.com", "Message-ID: <>")
    assert parse_email(raw).message_id == synthetic_message_id(raw)


def test_sender_falls_back_to_sender_then_return_path() -> None:
    assert parse_email(message("From: nobody", "Sender: s@example.com")).sender == Address("s@example.com")
    assert parse_email(message("Return-Path: <R@Example.com>")).sender == Address("r@example.com")


def test_no_usable_sender_is_unreadable() -> None:
    with pytest.raises(UnreadableEmail, match="sender"):
        parse_email(message("From: undisclosed", "Subject: hi"))


def test_unparseable_date_is_none_and_subject_whitespace_collapses() -> None:
    mail = parse_email(message("From: a@example.com", "Date: the day after tomorrow", "Subject:  a\t\tb  "))
    assert mail.date is None
    assert mail.subject == "a b"


def test_unnamed_attachment_gets_a_name_from_its_type_and_paths_are_flattened() -> None:
    raw = message(
        "From: a@example.com",
        'Content-Type: multipart/mixed; boundary="b"',
        body=(
            "--b\r\nContent-Type: text/plain\r\n\r\nsee files\r\n"
            "--b\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment\r\n\r\nJPEG\r\n"
            '--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename="..\\\\..\\\\etc/passwd"'
            "\r\n\r\nroot\r\n--b--\r\n"
        ),
    )
    mail = parse_email(raw)
    assert mail.text == "see files"
    assert [a.filename for a in mail.attachments] == ["attachment-1.jpg", "_.._etc_passwd"]
    assert all("/" not in a.filename and "\\" not in a.filename for a in mail.attachments)


# -- refusals --------------------------------------------------------------------


def test_too_large() -> None:
    raw = message("From: a@example.com", body="x" * 1_200_000)
    with pytest.raises(UnreadableEmail, match=r"^the message is 1\.1 MB; the limit is 1\.0 MB\.$"):
        parse_email(raw, max_bytes=1024 * 1024)
    assert parse_email(raw, max_bytes=len(raw)).size == len(raw)
    big = b"From: a@example.com\r\n\r\n" + b"x" * 110_000_000
    with pytest.raises(UnreadableEmail, match=r"^the message is 104\.9 MB; the limit is 25\.0 MB\.$"):
        parse_email(big)


def test_header_bomb_too_many_fields() -> None:
    headers = ["From: a@example.com"] + [f"X-Filler-{n}: {n}" for n in range(1000)]
    with pytest.raises(UnreadableEmail, match="more than 1,000 header fields"):
        parse_email(message(*headers))
    parse_email(message(*headers[:1000]))  # exactly 1,000 is still mail


def test_header_bomb_one_huge_value() -> None:
    folded = "\r\n ".join(["x" * 70] * 1000)
    with pytest.raises(UnreadableEmail, match="longer than 64 KiB"):
        parse_email(message("From: a@example.com", f"Subject: {folded}"))


def test_header_bomb_in_a_part() -> None:
    body = f"--b\r\nContent-Type: text/plain\r\nX-Big: {'y' * (65 * 1024)}\r\n\r\nhi\r\n--b--\r\n"
    with pytest.raises(UnreadableEmail, match="longer than 64 KiB"):
        parse_email(message("From: a@example.com", 'Content-Type: multipart/mixed; boundary="b"', body=body))


def test_parts_nested_too_deep() -> None:
    depth = 25
    head = "".join(
        f'--b{n}\r\nContent-Type: multipart/mixed; boundary="b{n + 1}"\r\n\r\n' for n in range(depth)
    )
    tail = "".join(f"--b{n}--\r\n" for n in reversed(range(depth + 1)))
    body = head + f"--b{depth}\r\nContent-Type: text/plain\r\n\r\ndeep\r\n" + tail
    raw = message("From: a@example.com", 'Content-Type: multipart/mixed; boundary="b0"', body=body)
    with pytest.raises(UnreadableEmail, match="nested deeper than 20"):
        parse_email(raw)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\r\n\r\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
        b"hello world\n",
    ],
)
def test_not_mail_at_all(raw: bytes) -> None:
    with pytest.raises(UnreadableEmail):
        parse_email(raw)


# -- invariants ------------------------------------------------------------------

header_lines = st.lists(
    st.one_of(
        st.binary(max_size=60),
        st.sampled_from(
            [
                b"From: a@example.com",
                b"Content-Type: multipart/mixed; boundary=x",
                b"Content-Type: text/plain; charset=x-nope",
                b"Content-Disposition: attachment; filename*=bogus'x'%ZZ",
                b"Subject: =?utf-8?b?!!!?= =?x?q?=ZZ?=",
                b"Message-ID: <<>>",
                b"--x",
                b"Content-Transfer-Encoding: base64",
                b"",
            ]
        ),
    ),
    max_size=20,
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=300), header_lines.map(b"\r\n".join)))
def test_arbitrary_bytes_parse_or_are_refused_as_unreadable(raw: bytes) -> None:
    try:
        mail = parse_email(raw)
    except UnreadableEmail as refused:
        assert refused.reason and refused.reason.endswith(".")
        return
    assert mail.size == len(raw)
    assert mail.message_id
    assert "\x00" not in mail.text
    assert all(a.filename and "/" not in a.filename for a in mail.attachments)


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=200))
def test_synthetic_message_id_is_stable(body: str) -> None:
    raw = message("From: a@example.com", "Subject: no id", body=body)
    first = parse_email(raw).message_id
    assert first == parse_email(bytes(raw)).message_id == synthetic_message_id(raw)
