"""The command line's error types and exit statuses (listed in ``--help`` too)."""

from __future__ import annotations

PROG = "support-console"  # the program's name, first on every error line

EXIT_OK = 0
EXIT_NOTHING = 1  # asked-for thing does not exist now (e.g. nothing left to claim)
EXIT_USAGE = 2  # bad input: nothing was written
# The database was unreachable, went away or lost a race for the moment
# (sysexits.h EX_TEMPFAIL): the same command may well work when retried.
EXIT_TEMPFAIL = 75

EXIT_STATUS_HELP = """exit status:
  0   done
  1   nothing to do now (e.g. no case left to claim)
  2   bad input or refused: nothing was written
  75  the database is unreachable or failed for the moment: try again later
  130 interrupted"""


class UsageError(Exception):
    """Bad input from the user: reported as one line, exit status 2."""


class DatabaseUnavailable(Exception):
    """The database cannot be reached or went away (see
    :mod:`console.storage.failures`): one line, exit status 75."""


def database_failure(error: Exception, doing: str = "the database failed") -> Exception:
    """The command-line error for a failed database call: :class:`DatabaseUnavailable`
    when retrying may help, else :class:`UsageError`. Never shows a password."""
    from console.storage.engine import mask_password
    from console.storage.failures import is_transient

    orig = getattr(error, "orig", None)
    reason = mask_password(str(orig if orig is not None else error).strip().splitlines()[0])
    if is_transient(error):
        return DatabaseUnavailable(f"{doing}: {reason}; try again later")
    return UsageError(f"{doing}: {reason}")
