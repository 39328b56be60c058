"""How the wallboard words its tiles: each tile's caption, the big figure and the
detail line under it (severities, per-plan attainment, the oldest case's age), and
the tooltip naming the tile's thresholds. Pure functions of the figures, tested
without a widget; the strings keep the window's translation context
("WallboardWindow") so existing translations still apply."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from console.domain.durations import duration_text
from console.domain.plans import Plan, Severity
from console.domain.tiles import Threshold, Tile
from console.services.readmodels.wallboard import WallboardFigures
from console.sla.attainment import Attainment
from ui.theme import WALLBOARD_RED
from ui.widgets.plain_text import escaped
from ui.wording import level_label, tile_label


def tile_captions() -> dict[Tile, str]:
    """The caption over each of the ten tiles."""
    return {
        Tile.WAITING: QCoreApplication.translate("WallboardWindow", "Cases waiting"),
        Tile.AWAITING_FIRST_RESPONSE: QCoreApplication.translate(
            "WallboardWindow", "Awaiting first response"
        ),
        Tile.AT_RISK: QCoreApplication.translate("WallboardWindow", "At risk"),
        Tile.BREACHED_TODAY: QCoreApplication.translate("WallboardWindow", "Breached today"),
        Tile.OLDEST_UNASSIGNED: QCoreApplication.translate("WallboardWindow", "Oldest unassigned"),
        Tile.ATTAINMENT_TODAY: QCoreApplication.translate("WallboardWindow", "SLA attainment today"),
        Tile.ATTAINMENT_WEEK: QCoreApplication.translate("WallboardWindow", "SLA attainment 7 days"),
        Tile.AVERAGE_FIRST_RESPONSE: QCoreApplication.translate("WallboardWindow", "Avg first response"),
        Tile.CHATS_WAITING: QCoreApplication.translate("WallboardWindow", "Chats waiting"),
        Tile.AGENTS_ONLINE: QCoreApplication.translate("WallboardWindow", "Agents online"),
    }


def tile_texts(f: WallboardFigures) -> dict[Tile, tuple[str, str]]:
    """Each tile's figure and detail line (rich text: the detail may be coloured)."""
    plans = f.filter.shown_plans()
    severities = " · ".join(
        _coloured(
            f"S{int(s)} {f.waiting_by_severity[s]}",
            WALLBOARD_RED if s is Severity.URGENT and f.waiting_by_severity[s] else None,
        )
        for s in Severity
    )
    oldest = f.oldest_unassigned
    average = f.average_first_response_seconds
    return {
        Tile.WAITING: (str(f.waiting), severities),
        Tile.AWAITING_FIRST_RESPONSE: (
            str(f.awaiting_first_response),
            QCoreApplication.translate("WallboardWindow", "of {0} open · {1} unassigned").format(
                f.open_cases, f.unassigned
            ),
        ),
        Tile.AT_RISK: (str(f.at_risk), ""),
        Tile.BREACHED_TODAY: (
            str(f.breached_today),
            QCoreApplication.translate("WallboardWindow", "of {0} clocks settled today").format(
                f.today.settled
            ),
        ),
        Tile.OLDEST_UNASSIGNED: (
            "–" if oldest is None else age_text(oldest.age_seconds),
            QCoreApplication.translate("WallboardWindow", "none — every open case has an owner")
            if oldest is None
            else f"#{oldest.number} · S{int(oldest.severity)} · {escaped(oldest.account_name)}",
        ),
        Tile.ATTAINMENT_TODAY: (_percent(f.today), per_plan(f.attainment_today, plans)),
        Tile.ATTAINMENT_WEEK: (_percent(f.week), per_plan(f.attainment_week, plans)),
        Tile.AVERAGE_FIRST_RESPONSE: (
            "–" if average is None else duration_text(round(average)),
            QCoreApplication.translate(
                "WallboardWindow", "today, over {0} first responses (operational time)"
            ).format(f.first_responses_today),
        ),
        Tile.CHATS_WAITING: (
            str(f.chats_waiting),
            QCoreApplication.translate("WallboardWindow", "nobody waiting")
            if f.longest_chat_wait_seconds is None
            else QCoreApplication.translate("WallboardWindow", "longest wait {0}").format(
                duration_text(f.longest_chat_wait_seconds)
            ),
        ),
        Tile.AGENTS_ONLINE: (
            str(f.agents_online),
            QCoreApplication.translate("WallboardWindow", "{0} away · {1} offline").format(
                f.agents_away, f.agents_offline
            ),
        ),
    }


def tile_tooltip(f: WallboardFigures, tile: Tile) -> str:
    """The tile's level and the thresholds that set it."""
    threshold: Threshold = f.thresholds[tile]
    level = f.level(tile)
    unit = {Tile.ATTAINMENT_TODAY: " %", Tile.ATTAINMENT_WEEK: " %"}.get(tile, "")
    if tile in (Tile.OLDEST_UNASSIGNED, Tile.AVERAGE_FIRST_RESPONSE, Tile.LONGEST_CHAT_WAIT):
        unit = " min"
    text = QCoreApplication.translate(
        "WallboardWindow", "{0}: {1}. Amber at {2:g}{4}, red at {3:g}{4}."
    ).format(tile_label(tile), level_label(level), threshold.amber, threshold.red, unit)
    if tile is Tile.CHATS_WAITING:
        wait = f.thresholds[Tile.LONGEST_CHAT_WAIT]
        text += QCoreApplication.translate(
            "WallboardWindow", " Longest wait: amber at {0:g} min, red at {1:g} min."
        ).format(wait.amber, wait.red)
    return text


def per_plan(results: Mapping[Plan, Attainment], plans: Sequence[Plan]) -> str:
    """Attainment per shown plan, in the plans' own order: "Basic 98 % · Premium 100 %"."""
    return " · ".join(f"{plan_name(p)} {_percent(results.get(p, Attainment()))}" for p in plans)


def plan_name(plan: Plan) -> str:
    """The plan's short name, as on its filter button."""
    return plan.label.split()[0]


def age_text(seconds: int) -> str:
    """An age for a tile: "2d 03h" from a day on, else as durations read elsewhere."""
    if seconds >= 86400:
        days, rest = divmod(seconds, 86400)
        return f"{days}d {rest // 3600:02d}h"
    return duration_text(seconds)


def _percent(result: Attainment) -> str:
    return "–" if result.ratio is None else f"{result.ratio * 100:.0f} %"


def _coloured(text: str, colour: str | None) -> str:
    return text if colour is None else f'<span style="color:{colour}">{text}</span>'
