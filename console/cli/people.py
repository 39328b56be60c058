"""``support-console admin person ...`` and ``password``: the people who sign in.

An admin adds a person, gives them a one-time password, disables, enables and
changes their role; on PostgreSQL the database mirrors each change into the
person's login role. A one-time password is printed once, by the command that
issued it, and never again. ``password``: the person signed in (``--user``)
chooses their own.
"""

from __future__ import annotations

import argparse
import getpass
import shlex
import sys
from typing import TextIO

from console.cli.context import services
from console.cli.errors import EXIT_OK, PROG, UsageError
from console.cli.output import iso, print_json, print_table
from console.cli.parsing import SubCommands
from console.domain.people import PasswordState, password_problem
from console.services.readmodels.snapshots import UserView
from console.services.usecases.people import NewPerson, OneTimePassword

NO_PASSWORDS = "a local SQLite database has no passwords: whoever can open the file can use it"


def register(areas: SubCommands) -> None:
    """``admin person ...`` (under ``admin``)."""
    person = areas.add_parser(
        "person", help="people who sign in: add, one-time passwords, disable, enable, role, list"
    )
    actions = person.add_subparsers(
        dest="person_command", metavar="{add,password,disable,enable,role,list}", required=True
    )
    add = actions.add_parser("add", help="add a person (on PostgreSQL with a one-time password)")
    add.add_argument("name")
    add.add_argument("--role", required=True, help="agent, lead, tam or admin")
    add.add_argument("--login", help="what they type at sign-in (default: made from the name)")
    add.add_argument("--team")
    add.add_argument("--languages", default="en", help="comma separated, e.g. en,de")
    add.add_argument("--email")
    add.set_defaults(handler=run_add)

    password = actions.add_parser(
        "password", help="give a person a new one-time password (PostgreSQL; the old one stops working)"
    )
    password.add_argument("name")
    password.set_defaults(handler=run_password)

    for name, helptext in (
        ("disable", "a person may no longer sign in (their sessions end)"),
        ("enable", "a disabled person may sign in again"),
    ):
        change = actions.add_parser(name, help=helptext)
        change.add_argument("name")
        change.set_defaults(handler=run_disable if name == "disable" else run_enable)

    role = actions.add_parser("role", help="change a person's role")
    role.add_argument("name")
    role.add_argument("role", help="agent, lead, tam or admin")
    role.set_defaults(handler=run_role)

    listing = actions.add_parser("list", help="everyone with their login, role, activity and password")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=run_list)


def register_password(commands: SubCommands) -> None:
    """``password`` (top level): the person signed in chooses their own."""
    password = commands.add_parser(
        "password", help="choose your own password (PostgreSQL, signed in with --user LOGIN)"
    )
    password.add_argument(
        "--password-stdin", action="store_true", help="read the new password once from standard input"
    )
    password.set_defaults(handler=run_choose_password)


# -- admin person -------------------------------------------------------------------------


def added_line(new: NewPerson) -> str:
    """What adding a person prints: one line, the one-time password in it (the
    only time it is shown)."""
    view = new.user
    added = f"added {view.role.value} {view.name} (login {view.login})"
    if new.one_time_password is None:
        return f"{added}; {NO_PASSWORDS}"
    return f"{added}. {_hand_over(new.one_time_password)}"


def _hand_over(issued: OneTimePassword) -> str:
    return (
        f"Give {issued.login} this one-time password (valid until {iso(issued.valid_until)}): "
        f"{issued.password} — they choose their own at first sign-in"
    )


def run_add(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        new = svc.people.add_person(
            args.name,
            args.role,
            login=args.login,
            languages=args.languages.split(","),
            team=args.team,
            email=args.email,
            actor=args.actor,
        )
    out.write(added_line(new) + "\n")
    return EXIT_OK


def run_password(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        if not svc.db.is_postgres:
            raise UsageError(NO_PASSWORDS)
        issued = svc.people.issue_one_time_password(args.name, actor=args.actor)
    out.write(_hand_over(issued) + "; their old password no longer works\n")
    return EXIT_OK


def run_disable(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        view = svc.user_roles.update_user(args.name, active=False, actor=args.actor)
        shared = svc.db.is_postgres
    sessions = ": they can no longer sign in, and their open sessions end" if shared else ""
    out.write(f"{view.name} is disabled{sessions}\n")
    return EXIT_OK


def run_enable(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        view = svc.user_roles.update_user(args.name, active=True, actor=args.actor)
        shared = svc.db.is_postgres
    if shared and view.password_state is PasswordState.NONE:
        out.write(
            f"{view.name} is enabled but has no password yet: give them one with "
            f"`{PROG} admin person password {shlex.quote(view.name)}`\n"
        )
    else:
        out.write(f"{view.name} is enabled{' and may sign in again' if shared else ''}\n")
    return EXIT_OK


def run_role(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        view = svc.user_roles.update_user(args.name, role=args.role, actor=args.actor)
    article = "an" if view.role.value[:1] in "aeiou" else "a"
    out.write(f"{view.name} is now {article} {view.role.value}\n")
    return EXIT_OK


def password_text(view: UserView, shared: bool) -> str:
    """A person's password state in words: none, one-time until …, own ("-" on SQLite)."""
    if not shared:
        return "-"
    if view.password_state is PasswordState.ONE_TIME:
        return f"one-time until {iso(view.one_time_until)}" if view.one_time_until else "one-time"
    return view.password_state.value


def run_list(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        people = svc.accounts.users()
        shared = svc.db.is_postgres
    if args.format == "json":
        print_json(
            out,
            [
                {
                    "name": p.name,
                    "login": p.login,
                    "role": p.role.value,
                    "active": p.active,
                    "password": p.password_state.value if shared else None,
                    "one_time_until": p.one_time_until if shared else None,
                }
                for p in people
            ],
        )
        return EXIT_OK
    print_table(
        out,
        ["name", "login", "role", "active", "password"],
        [
            [p.name, p.login, p.role.value, "yes" if p.active else "no", password_text(p, shared)]
            for p in people
        ],
    )
    return EXIT_OK


# -- password -------------------------------------------------------------------------------


def run_choose_password(args: argparse.Namespace, out: TextIO) -> int:
    with services(args, choosing_password=True) as svc:
        if not svc.db.is_postgres:
            raise UsageError(NO_PASSWORDS)
        me = svc.people.whoami().user
        if me is None:
            raise UsageError(
                "only a person signed in as themselves chooses a password: connect with --user LOGIN"
            )
        password = _read_new_password(args, me.login)
        svc.people.set_own_password(password)
    out.write(f"{me.login}: your password is changed; sign in with it from now on\n")
    return EXIT_OK


def _read_new_password(args: argparse.Namespace, login: str) -> str:
    """The new password: once from standard input (``--password-stdin``), else
    twice at the terminal; checked before it goes anywhere."""
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        if not sys.stdin.isatty():
            raise UsageError("no terminal to ask at: pipe the new password to --password-stdin instead")
        try:
            password = getpass.getpass("New password: ")
            again = getpass.getpass("The same password again: ")
        except EOFError:
            raise UsageError("no password given") from None
        if password != again:
            raise UsageError("the two passwords differ: nothing was changed")
    problem = password_problem(password, login)
    if problem is not None:
        raise UsageError(problem)
    return password
