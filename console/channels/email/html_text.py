"""HTML mail reduced to readable plain text, for the timeline of a case: the
structure a reader needs (paragraphs, line breaks, list items, where links go)
and nothing that runs or loads (scripts, styles, remote images are never
fetched). Built on the standard library's :mod:`html.parser`, which tolerates the
broken markup mail programs send."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose content is never shown.
_HIDDEN = frozenset({"script", "style", "head", "title", "template", "noscript", "object", "iframe"})
# Elements that stand apart by a blank line.
_PARAGRAPHS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre", "hr"}
    | {"address", "figure", "form", "fieldset"}
)
# Elements that start on a line of their own.
_LINES = frozenset(
    {"div", "tr", "li", "dt", "dd", "section", "article", "header", "footer", "nav", "main", "aside"}
    | {"center", "caption", "details", "summary", "figcaption", "body", "html"}
)
_CELLS = frozenset({"td", "th"})
_SPACES = re.compile(r"[ \t\r\n\f\v\xa0]+")
_BLANK_RUNS = re.compile(r"\n{3,}")


class _TextWriter(HTMLParser):
    """Collects text while the parser walks the markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._out: list[str] = []
        self._hidden: list[str] = []
        self._pre = 0
        # For each open <a>: its href and where its text starts in _out.
        self._links: list[tuple[str, int]] = []

    # -- writing ---------------------------------------------------------------
    def _tail(self) -> str:
        """The last few characters written (enough to know the line state)."""
        tail = ""
        for chunk in reversed(self._out):
            tail = chunk + tail
            if len(tail) >= 2:
                break
        return tail

    def _break(self, lines: int) -> None:
        """End the current line, and leave ``lines - 1`` blank lines after it."""
        tail = self._tail()
        if not self._out:
            return
        have = len(tail) - len(tail.rstrip("\n"))
        if have < lines:
            self._out.append("\n" * (lines - have))

    def _write(self, text: str) -> None:
        if not text:
            return
        if self._pre == 0:
            text = _SPACES.sub(" ", text)
            tail = self._tail()
            if not tail or tail.endswith(("\n", " ")):
                text = text.lstrip(" ")
        if text:
            self._out.append(text)

    # -- parser callbacks ------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            # A <head> left open by broken markup ends where the body starts.
            self._hidden = [t for t in self._hidden if t != "head"]
        if tag in _HIDDEN:
            self._hidden.append(tag)
            return
        if self._hidden:
            return
        attributes = {name: value or "" for name, value in attrs}
        if tag == "br":
            self._out.append("\n")
        elif tag == "img":
            alt = _SPACES.sub(" ", attributes.get("alt", "")).strip()
            if alt:
                self._write(f"[image: {alt}]")
        elif tag == "a":
            self._links.append((attributes.get("href", "").strip(), len(self._out)))
        elif tag == "li":
            self._break(1)
            self._out.append("- ")
        elif tag in _PARAGRAPHS:
            self._break(2)
            if tag == "pre":
                self._pre += 1
            elif tag == "hr":
                self._out.append("----")
                self._break(2)
        elif tag in _LINES:
            self._break(1)
        elif tag in _CELLS:
            tail = self._tail()
            if tail and not tail.endswith(("\n", " ")):
                self._out.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <img/>: the same as the start tag, and never left open.
        if tag in _HIDDEN:
            return
        self.handle_starttag(tag, attrs)
        if tag == "a":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            if tag in self._hidden:
                # Close the innermost matching element and whatever was left open inside it.
                index = len(self._hidden) - 1 - self._hidden[::-1].index(tag)
                del self._hidden[index:]
            return
        if self._hidden:
            return
        if tag == "a" and self._links:
            href, start = self._links.pop()
            shown = "".join(self._out[start:]).strip()
            if _worth_showing(href, shown):
                self._write(f" ({href})" if shown else href)
        elif tag in _PARAGRAPHS:
            if tag == "pre" and self._pre:
                self._pre -= 1
            self._break(2)
        elif tag in _LINES:
            self._break(1)

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._write(data)

    def text(self) -> str:
        lines = [line.rstrip() for line in "".join(self._out).split("\n")]
        text = "\n".join(lines)
        return _BLANK_RUNS.sub("\n\n", text).strip("\n").rstrip()


def _worth_showing(href: str, shown: str) -> bool:
    """Whether a link's address adds anything to its text."""
    if not href or href.startswith(("#", "javascript:", "cid:")):
        return False
    bare = href.removeprefix("mailto:").removeprefix("tel:")
    if shown in (href, bare):
        return False
    # "example.com" shown for "https://example.com/" says the same.
    stripped = re.sub(r"^https?://", "", href).rstrip("/")
    return shown.rstrip("/") != stripped


def html_to_text(html: str) -> str:
    """The readable text of an HTML document or fragment."""
    writer = _TextWriter()
    writer.feed(html)
    writer.close()
    return writer.text()
