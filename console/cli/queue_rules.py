"""``support-console admin queue-rules ...``: the queue's rule chain (SPEC.md section
4), which team leads and admins may reorder and switch.

    admin queue-rules [show]                     the chain, each rule on or off
    admin queue-rules set CHAIN                  store a whole chain
    admin queue-rules set --order R,R --disable R --enable R   change the stored one
    admin queue-rules preview [same as set] [--limit N] [--now T]   the open queue's
                                                 first rows under it, storing nothing
    admin queue-rules reset                      back to the published chain

A CHAIN names rules first rule first, separated by commas; a leading "-" switches
a rule off and rules left out are switched off (a chain whose first rule is off
needs "--" before it: set -- -exam_live,priority_plan).
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any, TextIO

from console.cli.context import services
from console.cli.errors import EXIT_OK, UsageError
from console.cli.output import print_json, print_table
from console.cli.timeformat import parse_instant
from console.cli.words import rule_label, why_text
from console.queueing import DEFAULT_CHAIN, QueueRule, RuleChain
from console.services.usecases.queue_rules import PREVIEW_ROWS, QueueRulesService

RULE_NAMES = ", ".join(rule.value for rule in QueueRule)


def register(areas: Any) -> None:
    """Add ``queue-rules`` to the ``admin`` areas (``areas`` is its subparsers action)."""
    rules = areas.add_parser(
        "queue-rules",
        help="the queue's rule chain: show, set, preview, reset (leads and admins)",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    rules.set_defaults(handler=run_show, format="table")
    actions = rules.add_subparsers(dest="rules_command", metavar="{show,set,preview,reset}")
    show = actions.add_parser("show", help="the stored chain, each rule on or off")
    show.add_argument("--format", choices=("table", "json"), default="table")
    show.set_defaults(handler=run_show)
    set_ = actions.add_parser("set", help="store a new order or set of switched-on rules")
    _chain_arguments(set_)
    set_.set_defaults(handler=run_set)
    preview = actions.add_parser(
        "preview", help="the open queue's first cases under a chain (stores nothing)"
    )
    _chain_arguments(preview)
    preview.add_argument(
        "--limit", type=int, default=PREVIEW_ROWS, help=f"rows to show (default {PREVIEW_ROWS})"
    )
    preview.add_argument("--now", help="the instant to order at, ISO 8601 with offset (default now)")
    preview.add_argument("--format", choices=("table", "json"), default="table")
    preview.set_defaults(handler=run_preview)
    reset = actions.add_parser("reset", help="back to the published chain (every rule on, SPEC order)")
    reset.set_defaults(handler=run_reset)


def _chain_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "chain",
        nargs="?",
        help=f"the whole chain, first rule first, -RULE switched off, e.g. "
        f"exam_live,priority_plan,-awaiting_first_response,earliest_due,severity,opened (rules: {RULE_NAMES})",
    )
    parser.add_argument("--order", help="rules in their new order; those left out follow in their old order")
    parser.add_argument("--disable", help="rules to switch off, comma separated")
    parser.add_argument("--enable", help="rules to switch on, comma separated")


def _names(text: str | None, option: str) -> list[QueueRule]:
    if text is None:
        return []
    rules: list[QueueRule] = []
    for part in text.split(","):
        name = part.strip().lower().replace("-", "_")
        if not name:
            continue
        try:
            rules.append(QueueRule(name))
        except ValueError:
            raise UsageError(f"{option}: unknown queue rule {part.strip()!r} (known: {RULE_NAMES})") from None
    return rules


def wanted_chain(args: argparse.Namespace, stored: RuleChain) -> RuleChain:
    """The chain the arguments describe, starting from the ``stored`` one."""
    if args.chain is not None and args.order is not None:
        raise UsageError("give either a whole CHAIN or --order, not both")
    if args.chain is None and args.order is None and args.disable is None and args.enable is None:
        raise UsageError("say what to change: a CHAIN, --order, --disable or --enable (see --help)")
    chain = stored
    if args.chain is not None:
        try:
            chain = RuleChain.parse(args.chain)
        except ValueError as error:
            raise UsageError(f"CHAIN: {error}") from None
    order = _names(args.order, "--order")
    if len(set(order)) != len(order):
        raise UsageError("--order: a queue rule may appear only once in the chain")
    disable, enable = set(_names(args.disable, "--disable")), set(_names(args.enable, "--enable"))
    if disable & enable:
        both = ", ".join(sorted(rule.value for rule in disable & enable))
        raise UsageError(f"{both}: both --disable and --enable")
    steps = (*order, *(rule for rule in chain.steps if rule not in order))
    return RuleChain(steps, (chain.off | disable) - enable)


def _rules_of(svc: Any) -> QueueRulesService:
    service = svc.queue_rules
    assert isinstance(service, QueueRulesService)
    return service


def _write_chain(out: TextIO, chain: RuleChain) -> None:
    print_table(
        out,
        ["#", "on", "rule", "puts first"],
        [
            [index, "yes" if on else "off", rule.value, rule_label(rule)]
            for index, (rule, on) in enumerate(chain.entries, start=1)
        ],
    )
    out.write("then the case number settles ties.\n")
    note = " (the published chain)" if chain == DEFAULT_CHAIN else ""
    out.write(f"chain: {chain}{note}\n")


def run_show(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        view = _rules_of(svc).queue_rules()
    if getattr(args, "format", "table") == "json":
        print_json(
            out,
            {
                "chain": str(view.chain),
                "published": view.published,
                "rules": [
                    {"rule": rule.value, "enabled": on, "label": rule_label(rule)}
                    for rule, on in view.chain.entries
                ],
            },
        )
        return EXIT_OK
    _write_chain(out, view.chain)
    return EXIT_OK


def run_set(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        rules = _rules_of(svc)
        stored = rules.queue_rules().chain
        wanted = wanted_chain(args, stored)
        view = rules.set_queue_rules(wanted, actor=args.actor, expected=stored)
    _write_chain(out, view.chain)
    out.write("saved: every console re-orders its queue now.\n" if view.chain != stored else "unchanged.\n")
    return EXIT_OK


def run_reset(args: argparse.Namespace, out: TextIO) -> int:
    with services(args) as svc:
        rules = _rules_of(svc)
        stored = rules.queue_rules().chain
        view = rules.reset_queue_rules(actor=args.actor, expected=stored)
    _write_chain(out, view.chain)
    out.write("saved: every console re-orders its queue now.\n" if view.chain != stored else "unchanged.\n")
    return EXIT_OK


def run_preview(args: argparse.Namespace, out: TextIO) -> int:
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    now: datetime | None = None if args.now is None else parse_instant(args.now, "--now")
    with services(args) as svc:
        rules = _rules_of(svc)
        stored = rules.queue_rules().chain
        given = args.chain is not None or args.order or args.disable or args.enable
        chain = wanted_chain(args, stored) if given else stored
        rows = rules.preview(chain, now, args.limit)
    if args.format == "json":
        print_json(
            out,
            {
                "chain": str(chain),
                "rows": [
                    {
                        "position": r.position,
                        "number": r.case.number,
                        "rule": r.rule,
                        "why": why_text(r.place),
                    }
                    for r in rows
                ],
            },
        )
        return EXIT_OK
    out.write(f"chain: {chain}\n")
    print_table(
        out,
        ["#", "case", "sev", "plan", "account", "category", "status", "why"],
        [
            [
                r.position,
                r.case.number,
                int(r.case.severity),
                r.case.plan.value,
                r.case.account_name,
                r.case.category.value,
                r.case.status.value,
                why_text(r.place),
            ]
            for r in rows
        ],
    )
    return EXIT_OK
