"""The organisation: customer accounts and their contacts, and the people who
sign in. (A Proctored account's exam sessions are ExamService's.)

A plan change applies to cases opened afterwards (a case keeps the plan it was
opened under).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from console.domain.cases import OPEN_STATUS_CODES, Presence, Role
from console.domain.people import login_from_name, login_problem
from console.domain.permissions import Action
from console.domain.plans import Plan
from console.services.base import Service
from console.services.errors import InvalidInput
from console.services.infrastructure.database import Database
from console.services.infrastructure.inputs import check_time_zone, language_of, languages_of, plan_of
from console.services.infrastructure.lookup import account_named, optional_user, user_named
from console.services.permissions import require
from console.services.readmodels.snapshots import AccountView, UserView, account_view, user_view
from console.services.usecases.setup_change import actor_id
from console.storage.access import MAX_ROLE_NAME, person_role
from console.storage.models import Account, Case, Contact, User


class AccountService(Service):
    # -- users ------------------------------------------------------------------------

    def add_user(
        self,
        name: str,
        role: Role | str,
        languages: Sequence[str] = ("en",),
        team: str | None = None,
        email: str | None = None,
        actor: str | int | None = None,
        login: str | None = None,
    ) -> UserView:
        """Add a person (on PostgreSQL the database makes their login role; they
        sign in once an admin gives them a one-time password: PeopleService)."""
        with self.db.write() as session:
            user = insert_user(session, self.clock(), name, role, languages, team, email, actor, login)
            return user_view(user)

    def users(self, role: Role | None = None) -> list[UserView]:
        with self.db.read() as session:
            query = select(User).order_by(User.name)
            if role is not None:
                query = query.where(User.role == role.value)
            return [user_view(u) for u in session.scalars(query)]

    def user(self, name: str | int) -> UserView:
        with self.db.read() as session:
            return user_view(user_named(session, name))

    def set_presence(self, name: str | int, presence: Presence) -> UserView:
        moment = self.clock()
        with self.db.write() as session:
            user = user_named(session, name)
            if user.presence != presence.value:
                user.presence = presence.value
                Database.record_change(session, "user", user.id, "presence", actor_id=user.id, at=moment)
            session.flush()
            return user_view(user)

    # -- accounts ---------------------------------------------------------------------

    def add_account(
        self,
        name: str,
        plan: Plan | str,
        tam: str | None = None,
        language: str = "en",
        region: str | None = None,
        early_adopter: bool = False,
        trial_until: date | None = None,
        actor: str | int | None = None,
        time_zone: str | None = None,
    ) -> AccountView:
        """``time_zone``: the customer's (IANA), for what the console writes to
        them (an acknowledgement's due time); None: the support calendar's."""
        zone = None if not time_zone else check_time_zone(time_zone)
        clean = " ".join(name.split())
        if not clean:
            raise InvalidInput("an account needs a name")
        chosen = plan_of(plan)
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.MANAGE_ACCOUNTS, doing="add accounts")
            if (
                session.scalar(select(Account.id).where(func.lower(Account.name) == clean.lower()))
                is not None
            ):
                raise InvalidInput(f"an account named {clean!r} already exists")
            tam_user = None
            if tam is not None:
                tam_user = user_named(session, tam)
                if tam_user.role != Role.TAM.value:
                    raise InvalidInput(f"{tam_user.name} is a {tam_user.role}, not a TAM")
                if chosen is not Plan.PREMIER:
                    raise InvalidInput(f"a dedicated TAM is part of the Premier plan, not {chosen.label}")
            if (early_adopter or trial_until) and chosen is not Plan.PREMIER:
                raise InvalidInput("early-adopter products and non-production trials are Premier licences")
            account = Account(
                name=clean,
                plan_code=chosen.value,
                tam_id=None if tam_user is None else tam_user.id,
                language=language_of(language),
                region=region,
                early_adopter=early_adopter,
                trial_until=trial_until,
                time_zone=zone,
                created_at=moment,
            )
            session.add(account)
            session.flush()
            Database.record_change(session, "account", account.id, "added", actor_id=actor_id(who), at=moment)
            return account_view(account, None if tam_user is None else tam_user.name)

    def add_contact(
        self,
        account: str | int,
        name: str,
        email: str,
        phone: str | None = None,
        language: str | None = None,
        actor: str | int | None = None,
        time_zone: str | None = None,
    ) -> AccountView:
        """``time_zone``: the contact's own (IANA), when it differs from the account's."""
        zone = None if not time_zone else check_time_zone(time_zone)
        if "@" not in email:
            raise InvalidInput(f"{email!r} is not an e-mail address")
        if not " ".join(name.split()):
            raise InvalidInput("a contact needs a name")
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.ADD_CONTACTS)
            acct = account_named(session, account)
            session.add(
                Contact(
                    account_id=acct.id,
                    name=" ".join(name.split()),
                    email=email.strip(),
                    phone=phone,
                    language=language_of(language) if language else acct.language,
                    time_zone=zone,
                )
            )
            Database.record_change(
                session, "account", acct.id, "contact_added", actor_id=actor_id(who), at=moment
            )
        return self.account(account)

    def accounts(self) -> list[AccountView]:
        with self.db.read() as session:
            tams = dict(
                session.execute(select(User.id, User.name).where(User.role == Role.TAM.value)).tuples().all()
            )
            counts = dict(
                session.execute(
                    select(Case.account_id, func.count())
                    .where(Case.status.in_(OPEN_STATUS_CODES))
                    .group_by(Case.account_id)
                )
                .tuples()
                .all()
            )
            return [
                account_view(a, tams.get(a.tam_id) if a.tam_id else None, (), counts.get(a.id, 0))
                for a in session.scalars(select(Account).order_by(Account.name))
            ]

    def account(self, name: str | int) -> AccountView:
        with self.db.read() as session:
            acct = account_named(session, name)
            tam = None if acct.tam_id is None else session.get_one(User, acct.tam_id).name
            contacts = session.scalars(
                select(Contact).where(Contact.account_id == acct.id).order_by(Contact.name)
            ).all()
            open_cases = session.scalar(
                select(func.count()).where(Case.account_id == acct.id, Case.status.in_(OPEN_STATUS_CODES))
            )
            return account_view(acct, tam, contacts, int(open_cases or 0))

    def change_plan(
        self, account: str | int, plan: Plan | str, actor: str | int | None = None
    ) -> AccountView:
        """Move the account to another plan; open cases keep theirs."""
        chosen = plan_of(plan)
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.MANAGE_ACCOUNTS, doing="change an account's plan")
            acct = account_named(session, account)
            old = acct.plan_code
            if old != chosen.value:
                acct.plan_code = chosen.value
                if chosen is not Plan.PREMIER:
                    acct.tam_id = None
                    acct.early_adopter = False
                    acct.trial_until = None
                Database.record_change(session, "account", acct.id, "plan", actor_id=actor_id(who), at=moment)
        return self.account(account)


def insert_user(
    session: Session,
    moment: datetime,
    name: str,
    role: Role | str,
    languages: Sequence[str],
    team: str | None,
    email: str | None,
    actor: str | int | None,
    login: str | None,
) -> User:
    """Add a person in the caller's transaction (checked as an admin's action)."""
    clean = " ".join(name.split())
    if not clean:
        raise InvalidInput("a user needs a name")
    try:
        kind = role if isinstance(role, Role) else Role.parse(role)
    except ValueError as error:
        raise InvalidInput(str(error)) from None
    langs = languages_of(languages) or ["en"]
    who = optional_user(session, actor)
    require(who, Action.MANAGE_USERS, doing="add users")
    if session.scalar(select(User.id).where(func.lower(User.name) == clean.lower())) is not None:
        raise InvalidInput(f"a user named {clean!r} already exists")
    taken = set(session.scalars(select(User.login)))
    if login is None:
        chosen = login_from_name(clean, taken)
    else:
        chosen = login.strip()
        problem = login_problem(chosen)
        if problem is not None:
            raise InvalidInput(problem)
        if chosen in taken:
            raise InvalidInput(f"the login {chosen!r} is taken")
    if session.get_bind().dialect.name == "postgresql":
        database = str(session.execute(text("SELECT current_database()")).scalar_one())
        role_name = person_role(database, chosen)
        if len(role_name) > MAX_ROLE_NAME:
            raise InvalidInput(
                f"the login {chosen!r} is too long for the database {database!r}: its role "
                f"{role_name!r} would have {len(role_name)} characters (at most {MAX_ROLE_NAME})"
            )
    user = User(
        name=clean,
        login=chosen,
        role=kind.value,
        languages=",".join(langs),
        presence=Presence.OFFLINE.value,
        email=email,
        team=team,
        active=True,
        created_at=moment,
    )
    session.add(user)
    session.flush()
    Database.record_change(session, "user", user.id, "added", actor_id=actor_id(who), at=moment)
    return user
