"""Deterministic cost of linking and merging one long document: function calls and fuzzy word comparisons.

    python benchmarks/link_costs.py [--notes 1000 10000] [--seed 7]

CPU seconds on a shared machine swing by 20 % or more between runs, and
``extract_scale.py``'s growth exponents of the link and merge stages with them. This benchmark
counts work instead: the document of ``--notes`` synthetic notes (``extract_scale.py``'s
generator, same seed) is read and parsed once per size, then ``link_document`` and
``merge_libraries`` (into an empty library) run once under ``cProfile``; it prints the Python
function calls of each stage and the title and name words each asked word was compared with
by ``FuzzyIndex.near`` (rapidfuzz ``process.extract`` choices), with their growth exponents
between the two sizes. The counts repeat on every run of the same code (to within a few
calls); C-level work (set operations, the comparisons themselves) and memory effects are not
in them.
"""
from __future__ import annotations

import argparse
import cProfile
import math
import pstats
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_scale import synthetic_document  # noqa: E402


def document_cites(path: Path) -> tuple[list, str]:
    """The cites of the document at ``path`` as the pipeline hands them to ``link_document``, and its name."""
    import notecite.pipeline as pipeline

    captured: dict[str, Any] = {}

    def capture(cites, name):
        captured["cites"], captured["name"] = list(cites), name
        return original(cites, name)

    original = pipeline.link_document
    pipeline.link_document = capture
    try:
        pipeline.extract_document(path)
    finally:
        pipeline.link_document = original
    return captured["cites"], captured["name"]


def costs(cites: list, name: str) -> dict[str, tuple[int, int]]:
    """(function calls, fuzzy comparisons) of linking ``cites`` and of merging the result into an empty library."""
    from notecite.library import Library
    from notecite.link import matching
    from notecite.link.dedup import DedupIndex
    from notecite.pipeline import link_document, merge_libraries

    compared = [0]
    extract = matching.process.extract

    def counted(query, choices, **kwargs):
        compared[0] += len(choices)
        return extract(query, choices, **kwargs)

    out = {}
    matching.process.extract = counted
    try:
        for stage in ("link", "merge"):
            profile, compared[0] = cProfile.Profile(), 0
            if stage == "link":
                profile.enable()
                library = link_document(cites, name)
                profile.disable()
            else:
                base = Library()
                index = DedupIndex(base)
                profile.enable()
                merge_libraries(base, library, index=index)
                profile.disable()
            calls = sum(entry[1] for entry in pstats.Stats(profile).stats.values())  # type: ignore[attr-defined]
            out[stage] = (calls, compared[0])
    finally:
        matching.process.extract = extract
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the counts of both sizes and their growth exponents."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, nargs=2, default=[1000, 10000], metavar=("N1", "N2"))
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    (n1, n2) = args.notes
    results = []
    with tempfile.TemporaryDirectory() as temp:
        warm = Path(temp) / "warm-up.txt"  # first imports and empty caches are not a size's cost
        synthetic_document(warm, 200, seed=1)
        costs(*document_cites(warm))
        for count in (n1, n2):
            path = Path(temp) / f"notes-{count}.txt"
            synthetic_document(path, count, seed=args.seed)
            results.append(costs(*document_cites(path)))
    print(f"one document of {n1:,} and {n2:,} notes (seed {args.seed}): counts and growth exponents")
    print(f"{'stage':<6} {'calls':>12} {'':>12} {'exp':>5}   {'fuzzy':>10} {'':>10} {'exp':>5}")
    for stage in ("link", "merge"):
        (c1, f1), (c2, f2) = results[0][stage], results[1][stage]
        ec = math.log(c2 / c1) / math.log(n2 / n1)
        ef = math.log(f2 / f1) / math.log(n2 / n1) if f1 and f2 else float("nan")
        print(f"{stage:<6} {c1:>12,} {c2:>12,} {ec:5.2f}   {f1:>10,} {f2:>10,} {ef:5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
