"""``support-console demo seed`` and ``simulate``: a believable support organisation
to show, and a stream of customer activity for demos and load."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from typing import TextIO

from console.cli.context import open_database
from console.cli.errors import EXIT_OK, PROG, UsageError
from console.cli.parsing import SubCommands
from console.cli.timeformat import parse_instant
from console.demo.seed import seed_demo
from console.demo.simulate import SimEvent, Simulator
from console.storage.engine import mask_password


def register(commands: SubCommands) -> None:
    demo = commands.add_parser("demo", help="demo data")
    actions = demo.add_subparsers(dest="demo_command", metavar="{seed}", required=True)
    seed = actions.add_parser("seed", help="fill an empty database with a believable support organisation")
    seed.add_argument("--now", help="build the history up to this instant (default now)")
    seed.add_argument(
        "--seed", type=int, default=2026, help="random seed (the same seed gives the same data)"
    )
    seed.set_defaults(handler=run_seed)

    simulate = commands.add_parser(
        "simulate", help="a stream of customer activity: new cases and chat messages"
    )
    simulate.add_argument("--rate", type=float, default=1.0, help="actions per second (default 1)")
    simulate.add_argument(
        "--duration", type=float, help="stop after this many seconds (default: until Ctrl+C)"
    )
    simulate.add_argument("--count", type=int, help="stop after this many actions")
    simulate.add_argument("--seed", type=int, default=1)
    simulate.add_argument("--quiet", action="store_true", help="print only the summary")
    simulate.set_defaults(handler=run_simulate)


def run_seed(args: argparse.Namespace, out: TextIO) -> int:
    now = parse_instant(args.now, "--now") if args.now else None
    db = open_database(args, create=True)
    try:
        summary = seed_demo(db, now=now, seed=args.seed)
    finally:
        db.close()
    out.write(
        f"seeded {summary.accounts} accounts, {summary.users} users, {summary.cases} cases "
        f"({summary.open_cases} open), {summary.exam_sessions} exam sessions; "
        f"exam live now at {summary.live_exam_account}\n"
    )
    return EXIT_OK


def _retrying(reason: str, pause: float) -> None:
    print(
        f"{PROG}: the database is unavailable ({mask_password(reason)}); reconnecting in {pause:g}s",
        file=sys.stderr,
        flush=True,
    )


def run_simulate(args: argparse.Namespace, out: TextIO) -> int:
    if getattr(args, "actor", None) is not None:
        raise UsageError("the simulator acts as the demo's customers and agents itself; run it without --as")
    if args.rate <= 0:
        raise UsageError("--rate must be positive")
    if args.count is not None and args.count < 1:
        raise UsageError("--count must be at least 1")
    db = open_database(args)
    try:
        owner = db.identity.owner
    except BaseException:
        db.close()
        raise
    if not owner:
        db.close()
        raise UsageError(
            "the simulator writes as the demo's customers and agents: run it as the database's owner, "
            "not signed in as a person (--user)"
        )
    stop = threading.Event()
    previous = (
        signal.signal(signal.SIGINT, lambda *_: stop.set())
        if threading.current_thread() is threading.main_thread()
        else None
    )
    done = 0

    def report(event: SimEvent) -> None:
        nonlocal done
        done += 1
        if not args.quiet:
            out.write(f"{event.kind:<15} #{event.case_number}  {event.account}: {event.text}\n")
            out.flush()

    try:
        Simulator(db, args.rate, seed=args.seed).run(args.duration, args.count, report, stop, _retrying)
    finally:
        db.close()
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    out.write(f"simulated {done} action(s)\n")
    return EXIT_OK
