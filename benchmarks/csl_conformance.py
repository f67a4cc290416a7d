"""Run the CSL processor test suite through notecite's rendering layer.

    python benchmarks/csl_conformance.py [--suite DIR] [--glob 'position_*'] [--verbose]
        [--json OUT.json] [--plain | --without fix_a,fix_b]

DIR defaults to $NOTECITE_CSL_SUITE, else <repo>/../shared/data/csl-test-suite/humans
($NOTECITE_SHARED overrides ../shared). ``--plain`` runs citeproc-py without corrections
(the baseline); ``--without fix_a,fix_b`` leaves those corrections out. Prints pass/fail by name prefix and closes with ``N passed, N failed``.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def default_suite() -> Path:
    """$NOTECITE_CSL_SUITE, else the shared test-suite folder next to the repository."""
    if os.environ.get("NOTECITE_CSL_SUITE"):
        return Path(os.environ["NOTECITE_CSL_SUITE"])
    shared = Path(os.environ.get("NOTECITE_SHARED") or ROOT / ".." / "shared")
    return shared / "data" / "csl-test-suite" / "humans"


def main(argv: list[str] | None = None) -> int:
    """Run the suite, print the report; exit 2 if the suite folder is missing."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--suite", type=Path, default=None)
    parser.add_argument("--glob", default="*.txt")
    parser.add_argument("--verbose", action="store_true", help="print expected/got for each failure")
    parser.add_argument("--json", type=Path, help="write per-fixture outcomes here")
    parser.add_argument("--plain", action="store_true", help="no corrections (plain citeproc-py)")
    parser.add_argument("--without", default="", metavar="fix_a,fix_b",
                        help="leave these correction modules out (to measure what each brings)")
    args = parser.parse_args(argv)
    from notecite.csl import conformance, corrections

    suite = args.suite or default_suite()
    paths = conformance.fixture_paths(suite, args.glob)
    if not paths:
        print(f"no fixtures in {suite}", file=sys.stderr)
        return 2
    if args.plain:
        corrections.CORRECTIONS[:] = []
    elif args.without:
        left_out = {name.strip() for name in args.without.split(",") if name.strip()}
        unknown = left_out - {m.__name__.rsplit(".", 1)[-1] for m in corrections.CORRECTIONS}
        if unknown:
            print(f"unknown correction(s): {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
        kept = [m for m in corrections.CORRECTIONS if m.__name__.rsplit(".", 1)[-1] not in left_out]
        corrections.install(kept)
        corrections.CORRECTIONS[:] = kept
    start = time.perf_counter()
    outcomes = conformance.run_suite(paths)
    elapsed = time.perf_counter() - start
    if args.verbose:
        for o in outcomes:
            if o.status != "pass":
                print(f"== {o.name}: {o.status} {o.reason}")
                print("EXP: " + o.expected.replace("\n", "\n     "))
                print("GOT: " + o.got.replace("\n", "\n     "))
    if args.json:
        args.json.write_text(json.dumps([o.__dict__ for o in outcomes], indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{len(outcomes)} fixtures from {suite} in {elapsed:.1f}s")
    print(conformance.report(outcomes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
