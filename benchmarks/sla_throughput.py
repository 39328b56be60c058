"""SLA due-time throughput: Support Console's calendar against businesstimedelta, and
the bulk CSV mode.

Both libraries get the same random (opened_at, minutes) inputs in one run, with
datetimes in and datetimes out, on the same calendar (Mon–Fri 08:00–20:00
Europe/Berlin minus the CH and DE public holidays); the results are checked to
agree and the ratio of computations per second is printed. Then the bulk mode
(`support-console sla due --csv`) is timed on a file of the same size, in process
and as a whole command.

Installs nothing: businesstimedelta comes with the ``bench`` extra
(``pip install -e '.[bench]'``); without it only our own figures are printed.

    python benchmarks/sla_throughput.py [--n 100000] [--seed 7]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import holidays

from console.cli import main as cli_main
from console.sla.calendar import OperationalCalendar

TARGETS = [15, 30, 45, 120, 240, 480, 720, 1440, 2160]
FIRST = datetime(2026, 1, 1, tzinfo=UTC)
SPAN_SECONDS = 2 * 365 * 86400


def make_inputs(n: int, seed: int) -> list[tuple[datetime, int]]:
    rng = random.Random(seed)
    return [
        (
            FIRST + timedelta(seconds=rng.randrange(SPAN_SECONDS)),
            rng.choice(TARGETS) if rng.random() < 0.7 else rng.randrange(1, 3000),
        )
        for _ in range(n)
    ]


def time_ours(inputs: list[tuple[datetime, int]]) -> tuple[float, list[datetime]]:
    calendar = OperationalCalendar()
    calendar.add(FIRST, 1)  # build the first year's table outside the timing, as a running console has
    add = calendar.add
    started = time.perf_counter()
    results = [add(opened, minutes) for opened, minutes in inputs]
    return time.perf_counter() - started, results


def time_businesstimedelta(inputs: list[tuple[datetime, int]]) -> tuple[float, list[datetime]] | None:
    try:
        import businesstimedelta
        import pytz
    except ImportError:
        return None
    berlin = pytz.timezone("Europe/Berlin")
    years = range(2025, 2031)
    closed = set(holidays.country_holidays("CH", years=years)) | set(
        holidays.country_holidays("DE", years=years)
    )
    workday = businesstimedelta.WorkDayRule(
        start_time=datetime.min.time().replace(hour=8),
        end_time=datetime.min.time().replace(hour=20),
        working_days=[0, 1, 2, 3, 4],
        tz=berlin,
    )
    holiday = businesstimedelta.HolidayRule(closed, tz=berlin)
    rules = businesstimedelta.Rules([workday, holiday])
    started = time.perf_counter()
    results = [
        (opened + businesstimedelta.BusinessTimeDelta(rules, seconds=minutes * 60)).astimezone(UTC)
        for opened, minutes in inputs
    ]
    return time.perf_counter() - started, results


def time_bulk_csv(inputs: list[tuple[datetime, int]]) -> tuple[float, float, int]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cases.csv"
        with path.open("w", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["case", "opened_at_utc", "business_minutes"])
            for index, (opened, minutes) in enumerate(inputs):
                writer.writerow([f"C-{index}", opened.strftime("%Y-%m-%dT%H:%M:%SZ"), minutes])
        out = io.StringIO()
        started = time.perf_counter()
        # --published: the same calendar as the comparison above, whatever database
        # this machine has configured
        code = cli_main(["sla", "due", "--published", "--csv", str(path)], out=out)
        in_process = time.perf_counter() - started
        assert code == 0, "bulk mode failed"
        rows = out.getvalue().count("\n") - 1
        command = [sys.executable, "-m", "console", "sla", "due", "--published", "--csv", str(path)]
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=os.environ.copy())
        whole = time.perf_counter() - started
        return in_process, whole, rows


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=100_000, help="number of random inputs")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    inputs = make_inputs(args.n, args.seed)
    print(f"inputs: {len(inputs):,} random (opened_at, minutes) in 2026-2027, Europe/Berlin, holidays CH+DE")

    ours_seconds, ours = time_ours(inputs)
    ours_rate = len(inputs) / ours_seconds
    print(f"support-console  : {ours_seconds:8.3f} s  {ours_rate:12,.0f} due times/s")

    theirs = time_businesstimedelta(inputs)
    if theirs is None:
        print("businesstimedelta: not installed (pip install -e '.[bench]'); ratio not measured")
    else:
        theirs_seconds, their_results = theirs
        theirs_rate = len(inputs) / theirs_seconds
        print(f"businesstimedelta: {theirs_seconds:8.3f} s  {theirs_rate:12,.0f} due times/s")
        disagreements = [
            (i, a, b) for i, (a, b) in enumerate(zip(ours, their_results, strict=True)) if a != b
        ]
        print(f"agreement        : {len(inputs) - len(disagreements):,} of {len(inputs):,} identical")
        for index, a, b in disagreements[:5]:
            print(f"  differs: {inputs[index]} -> ours {a.isoformat()} theirs {b.isoformat()}")
        print(f"ratio            : {ours_rate / theirs_rate:,.1f}x faster (target >= 50x)")

    in_process, whole, rows = time_bulk_csv(inputs)
    print(
        f"bulk CSV         : {rows:,} rows in {in_process:.3f} s in process, {whole:.3f} s as a whole command (target < 2 s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
