"""Reading the encodings mail headers and bodies arrive in: charsets (declared,
wrong or unknown, read through their wider supersets and never refused), RFC 2047
encoded words, and RFC 2231 parameters (long and encoded file names). Lenient by
design: what cannot be decoded is replaced, never raised."""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from urllib.parse import unquote_to_bytes

_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_SUPERSETS = {
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}
# Declared charsets that UTF-8 text is often wrongly sent under.
_OFTEN_MISDECLARED = frozenset({"cp1252", "latin_1", "ascii", "iso8859-15"})


def _codec(charset: str | None) -> str | None:
    """Python's name for a declared charset, or None when it is unknown."""
    if not charset:
        return None
    name = charset.strip().strip("\"'").lower()
    name = _SUPERSETS.get(name, name)
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError, TypeError):
        return None


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Text in the declared charset when it reads, else UTF-8, else Latin-1;
    never raises. UTF-8 sent under a Western charset label (a common mistake) is
    read as UTF-8."""
    codec = _codec(charset)
    if codec is not None:
        if codec in _OFTEN_MISDECLARED and not data.isascii():
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                pass
        try:
            return data.decode(codec)
        except (UnicodeError, LookupError, ValueError, TypeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1", errors="replace")


def unsurrogate(text: str) -> str:
    """Raw 8-bit header bytes (kept by the parser as surrogates) read as text."""
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    return decode_bytes(text.encode("utf-8", errors="surrogateescape"), None)


def decode_words(value: str) -> str:
    """A header value with its RFC 2047 encoded words decoded (any charset;
    adjacent words of one charset joined before decoding, so a character split
    across two words survives; whitespace between encoded words dropped)."""
    pieces: list[tuple[str | None, bytes | str]] = []
    position = 0
    for match in _ENCODED_WORD.finditer(value):
        between = value[position : match.start()]
        previous_is_word = bool(pieces) and pieces[-1][0] is not None
        if between and not (previous_is_word and not between.strip()):
            pieces.append((None, between))
        decoded = _decode_word(match.group(2), match.group(3))
        charset = match.group(1).split("*", 1)[0].lower()
        if decoded is None:
            pieces.append((None, match.group(0)))
        elif pieces and pieces[-1][0] == charset and isinstance(pieces[-1][1], bytes):
            pieces[-1] = (charset, pieces[-1][1] + decoded)
        else:
            pieces.append((charset, decoded))
        position = match.end()
    if position < len(value):
        pieces.append((None, value[position:]))
    out: list[str] = []
    for charset, piece in pieces:
        if isinstance(piece, bytes):
            out.append(decode_bytes(piece, charset))
        else:
            out.append(unsurrogate(piece))
    return "".join(out)


def _decode_word(encoding: str, text: str) -> bytes | None:
    try:
        if encoding in "bB":
            return base64.b64decode(text + "=" * (-len(text) % 4))
        return binascii.a2b_qp(text.encode("ascii", errors="surrogateescape"), header=True)
    except (binascii.Error, ValueError, UnicodeError):
        return None


# -- parameters (charset=, filename=, name=) -------------------------------------


def _split_parameters(value: str) -> list[str]:
    """``;``-separated pieces, semicolons inside quotes kept."""
    pieces: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for ch in value:
        if escaped:
            escaped = False
        elif quoted and ch == "\\":
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            pieces.append("".join(current))
            current = []
            continue
        current.append(ch)
    pieces.append("".join(current))
    return pieces


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value.strip('"')


def parameters(value: str | None) -> tuple[str, dict[str, str]]:
    """The main value of a structured header (lower-cased: ``text/plain``) and its
    parameters by lower-cased name, decoded: RFC 2231 (``name*=``, continuations
    ``name*0*=``) in any charset, and RFC 2047 words inside values, which many
    mail programs send although the standard does not allow them."""
    if not value:
        return "", {}
    first, *rest = _split_parameters(unsurrogate(value))
    plain: dict[str, str] = {}
    extended: dict[str, list[tuple[int, bool, str]]] = {}
    for piece in rest:
        key, sep, raw_value = piece.partition("=")
        key = key.strip().lower()
        if not sep or not key:
            continue
        match = re.fullmatch(r"([^*]+)(?:\*(\d{1,3}))?(\*)?", key)
        if match is None:
            continue
        base, index, star = match.groups()
        if index is None and star is None:
            plain.setdefault(base, decode_words(_unquote(raw_value)))
        else:
            extended.setdefault(base, []).append((int(index or 0), bool(star), _unquote(raw_value)))
    for base, segments in extended.items():
        plain[base] = _join_extended(sorted(segments, key=lambda s: s[0]))
    return first.strip().lower(), plain


def _join_extended(segments: list[tuple[int, bool, str]]) -> str:
    charset: str | None = None
    data = b""
    for number, (_, encoded, text) in enumerate(segments):
        if encoded:
            if number == 0 and text.count("'") >= 2:
                charset, _, text = text.split("'", 2)
            data += unquote_to_bytes(text)
        else:
            data += text.encode("utf-8", errors="surrogateescape")
    return decode_words(decode_bytes(data, charset or None))


# -- the body and the files ------------------------------------------------------
