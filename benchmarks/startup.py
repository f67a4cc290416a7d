"""Start-up cost of the command line: CPU seconds per command, as the user pays them.

    python benchmarks/startup.py [--repeat R]

Runs ``python -m notecite`` in a fresh process R times (default 5) for ``--help``, every
``COMMAND --help`` (the start-up of that command: interpreter, CLI and the command's module
with what it imports) and two whole runs (``parse`` on one note, ``styles`` on a query),
and prints the least CPU time (user + system, from ``getrusage`` of the children) of each.
The bar (issue 15) is under 0.15 s for ``--help``, ``styles`` and ``parse``.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys

BAR = 0.15


def cpu_seconds(argv: list[str]) -> float:
    """CPU time (user + system) of one ``python -m notecite ARGV`` run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "notecite", *argv], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    """Print one line per command: least CPU seconds over the repeats, and the bar where it applies."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    from notecite.cli import COMMANDS

    runs = [["--help"]] + [[command, "--help"] for command in COMMANDS]
    runs += [["parse", "Victor Serge, Memoirs of a Revolutionary (London, 1987), 67."], ["styles", "apa"]]
    print(f"{'command':<72} CPU s (least of {args.repeat})")
    for run in runs:
        seconds = min(cpu_seconds(run) for _ in range(max(args.repeat, 1)))
        shown = "notecite " + " ".join(run)
        barred = run[0] in ("--help", "parse", "styles")
        verdict = ("  under the 0.15 s bar" if seconds < BAR else "  OVER the 0.15 s bar") if barred else ""
        print(f"{shown[:70]:<72} {seconds:.3f}{verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
