"""Which database failures are transient: the server is down, restarting or went
away mid-command, or the work lost a serialization race or a deadlock. Retrying
later can succeed, so the command line exits 75 (EX_TEMPFAIL) for them instead of
2 ("fix your input") and long-running commands reconnect and carry on.

libpq reports failures to connect without a SQLSTATE, so those are told apart by
libpq's own wording; everything else goes by SQLSTATE. A wrong password, an
unknown database or a typo in the host name are not transient: waiting does not
fix them.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError

# Serialization failure, deadlock, too many connections, and the server shutting
# down, crashing or not accepting connections yet; class 08 is "connection exception".
_TRANSIENT_SQLSTATES = frozenset({"40001", "40P01", "53300", "57P01", "57P02", "57P03"})
_TRANSIENT_CLASSES = ("08",)
_TRANSIENT_WORDING = (
    "connection refused",
    "connection reset",
    "timeout expired",
    "server closed the connection",
    "terminating connection",
    "the database system is shutting down",
    "the database system is starting up",
    "the database system is in recovery mode",
    "no route to host",
    "network is unreachable",
    "consuming input failed",
    "the connection is lost",
    "the connection is closed",
    "connection is bad",
    "ssl syscall error",
    "too many clients",
    "database is locked",  # SQLite: another writer held the lock past the busy timeout
)


def is_transient(error: BaseException) -> bool:
    """Whether retrying the same work later may well succeed."""
    if isinstance(error, DBAPIError):
        if error.connection_invalidated:
            return True
        cause: BaseException | None = error.orig
    else:
        cause = error
    if cause is None:
        return False
    sqlstate = getattr(cause, "sqlstate", None)
    if isinstance(sqlstate, str) and (
        sqlstate in _TRANSIENT_SQLSTATES or sqlstate.startswith(_TRANSIENT_CLASSES)
    ):
        return True
    if isinstance(cause, sqlite3.Error) and not isinstance(cause, sqlite3.OperationalError):
        return False
    text = str(cause).lower()
    return any(words in text for words in _TRANSIENT_WORDING)
