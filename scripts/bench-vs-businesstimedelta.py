#!/usr/bin/env python3
"""Computes the same 10,000 deadlines with our engine and with the PyPI package
businesstimedelta, checks that they agree, and prints both times and their ratio.

Calendar: Europe/Oslo, Monday to Friday 08:00-16:00, Norway's public holidays. Starts are
spread over 2026-2027 (whole minutes), targets are business minutes from 1 minute to
10 business days. Run from the repository root:

    python3 scripts/bench-vs-businesstimedelta.py

It creates a virtual environment under .tools/py with businesstimedelta and pytz if missing.
"""
import datetime as dt
import os
import random
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".tools", "py")
PYTHON = os.path.join(VENV, "bin", "python")
COUNT = 10_000


def ensure_venv():
    """Re-runs this script inside .tools/py, creating it first if needed."""
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    if not os.path.exists(PYTHON):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([PYTHON, "-m", "pip", "install", "-q", "businesstimedelta", "pytz"], check=True)
    os.execv(PYTHON, [PYTHON, os.path.abspath(__file__)] + sys.argv[1:])


def easter(year):
    """Anonymous Gregorian computus, written independently of the Rust one."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    day = (h + l - 7 * m + 33 * month + 19) % 32
    return dt.date(year, month, day)


def norway_holidays(years):
    days = []
    for year in years:
        sunday = easter(year)
        days += [dt.date(year, 1, 1), dt.date(year, 5, 1), dt.date(year, 5, 17),
                 dt.date(year, 12, 25), dt.date(year, 12, 26)]
        days += [sunday + dt.timedelta(days=n) for n in (-3, -2, 0, 1, 39, 49, 50)]
    return set(days)


def requests():
    rng = random.Random(2026)
    first = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    minutes_in_two_years = 2 * 365 * 24 * 60
    out = []
    for _ in range(COUNT):
        start = first + dt.timedelta(minutes=rng.randrange(minutes_in_two_years))
        target = rng.choice([rng.randint(1, 60), 60 * rng.randint(1, 8), 480 * rng.randint(1, 10),
                             rng.randint(1, 4800)])
        out.append((start, target))
    return out


def main():
    ensure_venv()
    import businesstimedelta
    import pytz

    work = requests()
    oslo = pytz.timezone("Europe/Oslo")
    rules = businesstimedelta.Rules([
        businesstimedelta.WorkDayRule(start_time=dt.time(8), end_time=dt.time(16),
                                      working_days=[0, 1, 2, 3, 4], tz=oslo),
        businesstimedelta.HolidayRule(norway_holidays(range(2026, 2030)), tz=oslo),
    ])

    begin = time.perf_counter()
    theirs = [start + businesstimedelta.BusinessTimeDelta(rules, seconds=60 * minutes)
              for start, minutes in work]
    python_seconds = time.perf_counter() - begin

    subprocess.run(["cargo", "build", "--quiet", "--release", "--example", "deadlines_batch"],
                   cwd=ROOT, check=True)
    binary = os.path.join(ROOT, "target", "release", "examples", "deadlines_batch")
    stdin = "".join(f"{start.isoformat()} {minutes}\n" for start, minutes in work)
    begin = time.perf_counter()
    run = subprocess.run([binary], input=stdin, capture_output=True, text=True, check=True)
    process_seconds = time.perf_counter() - begin
    rust_seconds = int(run.stderr.split("elapsed_ns")[1].split()[0]) / 1e9
    ours = run.stdout.split()

    disagreements = 0
    for (start, minutes), mine, other in zip(work, ours, theirs):
        other = other.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        if mine != other:
            disagreements += 1
            if disagreements <= 10:
                print(f"differ: start {start.isoformat()} +{minutes} min: ours {mine}, "
                      f"businesstimedelta {other}")
    print(f"{len(work)} deadlines, {disagreements} disagreements")
    print(f"businesstimedelta: {python_seconds * 1e3:10.1f} ms  "
          f"({python_seconds / len(work) * 1e9:10.0f} ns/deadline)")
    print(f"sla-desk engine:   {rust_seconds * 1e3:10.3f} ms  "
          f"({rust_seconds / len(work) * 1e9:10.0f} ns/deadline; "
          f"whole process incl. start-up and I/O {process_seconds * 1e3:.1f} ms)")
    print(f"ratio: engine is {python_seconds / rust_seconds:,.0f}x faster "
          f"({python_seconds / process_seconds:,.0f}x counting the whole process)")
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
