"""People's sign-in names (logins) and the states of their passwords.

A login is what a person types at sign-in: lower-case letters, digits, dots,
hyphens and underscores, starting with a letter, at most 30 characters. On
PostgreSQL it names the person's login role together with the database
(``console.storage.access``); on SQLite it only names the person.
"""

from __future__ import annotations

import enum
import re
import secrets
import unicodedata
from collections.abc import Collection
from datetime import timedelta

LOGIN_MAX = 30
LOGIN_PATTERN = re.compile(r"^[a-z][a-z0-9._-]{0,29}$")
# The same rule as a SQL regular expression (the users table's check constraint).
LOGIN_SQL_PATTERN = "^[a-z][a-z0-9._-]{0,29}$"


# How long an admin's one-time password lets its person in to choose their own.
ONE_TIME_VALIDITY = timedelta(days=3)
# The shortest password a person may choose.
PASSWORD_MIN = 10
# Letters and digits no one misreads (no 0/o, 1/l/i).
_ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def new_one_time_password() -> str:
    """Twelve random characters in three groups ("k7mq-x2pf-9hrt"), to be read
    out or pasted once."""
    chars = "".join(secrets.choice(_ONE_TIME_ALPHABET) for _ in range(12))
    return "-".join(chars[i : i + 4] for i in range(0, 12, 4))


def password_problem(password: str, login: str) -> str | None:
    """Why a person may not choose ``password``, in one sentence; None when fine."""
    if len(password) < PASSWORD_MIN:
        return f"a password has at least {PASSWORD_MIN} characters"
    if password.strip() != password:
        return "a password cannot begin or end with a space"
    if login and login.lower() in password.lower():
        return "a password cannot contain your user name"
    return None


class PasswordState(enum.StrEnum):
    """Where a person stands with their password (PostgreSQL only).

    NONE: no password yet (an admin must issue a one-time password);
    ONE_TIME: an admin's one-time password, to be replaced at first sign-in;
    OWN: the person chose their own."""

    NONE = "none"
    ONE_TIME = "one_time"
    OWN = "own"


def login_problem(text: str) -> str | None:
    """Why ``text`` is not a login, in one sentence; None when it is one."""
    if not text:
        return "a login cannot be empty"
    if len(text) > LOGIN_MAX:
        return f"a login has at most {LOGIN_MAX} characters ({text!r} has {len(text)})"
    if not LOGIN_PATTERN.match(text):
        return (
            f"{text!r} is not a login: use lower-case letters, digits, '.', '-' or '_', "
            "starting with a letter"
        )
    return None


# Letters whose plain spelling Unicode does not decompose to ("Yılmaz", "Łukasz").
_NO_DECOMPOSITION = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "œ": "oe"}
)


def login_from_name(name: str, taken: Collection[str] = ()) -> str:
    """A login made from a person's name ("Aisha Rahman" -> "aisha.rahman";
    accents dropped), with "2", "3", … appended while it is in ``taken``."""
    spelled = name.lower().translate(_NO_DECOMPOSITION)
    plain = unicodedata.normalize("NFKD", spelled).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", ".", plain).strip(".")
    base = re.sub(r"^[^a-z]+", "", base) or "person"
    base = base[:LOGIN_MAX].rstrip(".")
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        suffix = str(number)
        candidate = base[: LOGIN_MAX - len(suffix)].rstrip(".") + suffix
    return candidate
