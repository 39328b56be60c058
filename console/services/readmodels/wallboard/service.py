"""The wallboard service: reads everything the figures are made of in one
transaction and puts them together; sets and resets the tiles' limits."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime, timedelta
from types import MappingProxyType
from typing import Any

from sqlalchemy import select

from console.domain.cases import Presence, Role
from console.domain.permissions import Action
from console.domain.tiles import (
    DEFAULT_THRESHOLDS,
    Threshold,
    Tile,
    threshold_problem,
)
from console.services.base import Service
from console.services.errors import InvalidInput
from console.services.infrastructure.database import Database, to_second
from console.services.infrastructure.lookup import optional_user
from console.services.permissions import require
from console.services.readmodels.local_days import local_midnight
from console.services.readmodels.snapshots import collector_paused, fetch_summaries, summary_query
from console.services.readmodels.wallboard.figures import (
    AgentLoad,
    OldestCase,
    OpenCaseCounts,
    SettledCounts,
    WallboardFigures,
    WallboardFilter,
)
from console.services.readmodels.wallboard.open_cases import read_open_rows, tally_open_cases
from console.services.readmodels.wallboard.thresholds import parse_tile, stored_thresholds
from console.services.readmodels.wallboard.trend import TREND_DAYS, board_settling_rows, count_settled
from console.storage.models import Case, TileThreshold, User

STAFF_ROLES = (Role.AGENT, Role.LEAD)


class WallboardService(Service):
    def figures(
        self,
        filter: WallboardFilter | None = None,
        actor: str | int | None = None,
        now: datetime | None = None,
    ) -> WallboardFigures:
        """Every wallboard figure at ``now`` (default: the service's clock), for
        whom the permission table lets watch it (``actor`` None: the system)."""
        keep = filter or WallboardFilter()
        moment = to_second(now) if now is not None else self.clock()
        with collector_paused(), self.db.read() as session:
            require(optional_user(session, actor), Action.READ_WALLBOARD)
            programme = self.loader.load(session)
            thresholds = stored_thresholds(session)
            staff = session.execute(
                select(User.id, User.name, User.role, User.team, User.presence).where(User.active.is_(True))
            ).all()
            teams = tuple(sorted({row.team for row in staff if row.team}))
            members = (
                None if keep.team is None else frozenset(row.id for row in staff if row.team == keep.team)
            )
            plans = keep.shown_plans()
            open_rows = read_open_rows(session, plans)
            if members is not None:
                open_rows = [row for row in open_rows if row[5] is None or row[5] in members]
            zone = programme.calendar.zone
            today = moment.astimezone(zone).date()
            starts = [
                local_midnight(today - timedelta(days=TREND_DAYS - 1 - i), zone)
                for i in range(TREND_DAYS + 1)
            ]
            clocks = board_settling_rows(session, starts[0], starts[-1], plans, open_rows, members)
            tally = tally_open_cases(programme, moment, open_rows)
            settled = count_settled(programme, moment, clocks, starts, plans)
            chosen = [*tally.next_ids, *tally.lead_ids]
            summaries = (
                {s.id: s for s in fetch_summaries(session, summary_query().where(Case.id.in_(chosen)))}
                if chosen
                else {}
            )
        staff_rows = [row for row in staff if Role(row.role) in STAFF_ROLES]
        if members is not None:
            staff_rows = [row for row in staff_rows if row.id in members]
        presences = [Presence(row.presence) for row in staff_rows]
        loads = tuple(
            AgentLoad(
                row.id,
                row.name,
                Role(row.role),
                row.team,
                Presence(row.presence),
                tally.assigned.get(row.id, 0),
                tally.assigned_awaiting.get(row.id, 0),
            )
            for row in sorted(staff_rows, key=lambda r: r.name.lower())
        )
        oldest = None
        if tally.oldest is not None and tally.oldest in summaries:
            case = summaries[tally.oldest]
            oldest = OldestCase(
                case.number,
                case.account_name,
                case.subject,
                case.plan,
                case.severity,
                case.opened_at,
                int((moment - case.opened_at).total_seconds()),
            )
        return WallboardFigures(
            **_fields_of(tally.counts),
            **_fields_of(settled),
            now=moment,
            filter=keep,
            programme=programme,
            oldest_unassigned=oldest,
            agents_online=presences.count(Presence.ONLINE),
            agents_away=presences.count(Presence.AWAY),
            agents_offline=presences.count(Presence.OFFLINE),
            next_to_breach=tuple(summaries[i] for i in tally.next_ids if i in summaries),
            lead_cases=tuple(summaries[i] for i in tally.lead_ids if i in summaries),
            agent_loads=loads,
            thresholds=MappingProxyType(thresholds),
            teams=teams,
        )

    def thresholds(self) -> dict[Tile, Threshold]:
        """Every tile's limits: the stored ones, the defaults for the rest."""
        with self.db.read() as session:
            return stored_thresholds(session)

    def set_threshold(
        self, tile: Tile | str, amber: float, red: float, actor: str | int | None = None
    ) -> Threshold:
        """Set where ``tile`` turns amber and red (a lead's or an admin's decision)."""
        code = parse_tile(tile)
        problem = threshold_problem(code, float(amber), float(red))
        if problem is not None:
            raise InvalidInput(problem)
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.CHANGE_WALLBOARD_THRESHOLDS)
            record = session.get(TileThreshold, code.value)
            if record is None:
                record = TileThreshold(tile=code.value, amber=float(amber), red=float(red), updated_at=moment)
                session.add(record)
            record.amber, record.red = float(amber), float(red)
            record.updated_at = moment
            record.updated_by = None if who is None else who.id
            Database.record_change(
                session, "wallboard", 0, "threshold", actor_id=None if who is None else who.id, at=moment
            )
        return Threshold(code, float(amber), float(red))

    def reset_threshold(self, tile: Tile | str, actor: str | int | None = None) -> Threshold:
        """Go back to the default limits of ``tile``."""
        code = parse_tile(tile)
        moment = self.clock()
        with self.db.write() as session:
            who = optional_user(session, actor)
            require(who, Action.CHANGE_WALLBOARD_THRESHOLDS)
            record = session.get(TileThreshold, code.value)
            if record is not None:
                session.delete(record)
                Database.record_change(
                    session, "wallboard", 0, "threshold", actor_id=None if who is None else who.id, at=moment
                )
        return DEFAULT_THRESHOLDS[code]


def _fields_of(counts: OpenCaseCounts | SettledCounts) -> dict[str, Any]:
    """The fields of ``counts`` by name (a shallow copy, unlike ``asdict``)."""
    return {f.name: getattr(counts, f.name) for f in fields(counts)}
