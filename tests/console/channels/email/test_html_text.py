"""HTML mail reduced to text: structure kept, nothing run or fetched."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from console.channels.email.html_text import html_to_text


def test_scripts_styles_and_head_are_dropped() -> None:
    html = (
        "<html><head><title>Title</title><style>p {color: red}</style></head>"
        "<body><script>alert('x')</script><p>Visible</p></body></html>"
    )
    assert html_to_text(html) == "Visible"


def test_a_head_left_open_ends_where_the_body_starts() -> None:
    assert html_to_text("<head><meta charset=utf-8><body><p>Text</p>") == "Text"


def test_blocks_line_breaks_and_lists() -> None:
    html = "<h1>Title</h1><p>One<br>two</p><div>three</div><ul><li>a</li><li>b</li></ul><p>end</p>"
    assert html_to_text(html) == "Title\n\nOne\ntwo\n\nthree\n\n- a\n- b\n\nend"


def test_links_show_their_address_only_when_it_adds_something() -> None:
    html = (
        '<p><a href="https://example.com/a">the page</a>, '
        '<a href="https://example.com/">example.com</a>, '
        '<a href="mailto:ana@example.com">ana@example.com</a>, '
        '<a href="#top">top</a></p>'
    )
    assert html_to_text(html) == "the page (https://example.com/a), example.com, ana@example.com, top"


def test_images_are_their_alt_text_or_nothing() -> None:
    html = (
        '<p>Logo: <img src="https://cdn.example/logo.png" alt="ACME"><img src="https://t.example/p.gif"></p>'
    )
    assert html_to_text(html) == "Logo: [image: ACME]"


def test_entities_are_unescaped_and_whitespace_collapsed() -> None:
    assert html_to_text("<p>Fish&nbsp;&amp;\n\n   chips &lt;3 &#8364;5</p>") == "Fish & chips <3 €5"


def test_runs_of_blank_lines_become_one() -> None:
    assert html_to_text("<p>a</p><p></p><p></p><br><br><br><p>b</p>") == "a\n\nb"


def test_preformatted_text_keeps_its_layout() -> None:
    assert html_to_text("<pre>a  b\n  c</pre>") == "a  b\n  c"


def test_table_cells_are_separated() -> None:
    assert html_to_text("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>") == "a b\nc"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"'&;# abpdivlrsctyhe\n")), max_size=200))
def test_any_markup_gives_text_without_runs_of_blank_lines(html: str) -> None:
    text = html_to_text(html)
    assert "\n\n\n" not in text
    assert text == text.rstrip()
    assert not text.startswith("\n")
