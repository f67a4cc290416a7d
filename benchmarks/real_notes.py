"""Score extraction on the real-notes corpus (data/real/, layout in CORPUS.md), one split at a time.

    python benchmarks/real_notes.py --split train|dev [-v] [--model FILE]
    python benchmarks/real_notes.py --split blind --final         # only when a change is final
    python benchmarks/real_notes.py --first-score data/real/keys/ID.json ...  [--final for blind keys]

``--split`` extracts every document of that split (data/real/documents/) and scores it against
its key (data/real/keys/): per document, then pooled over the split (work precision/recall/F1,
cite-link recall and precision, locator accuracy, recall by form, field accuracy). ``-v`` then
lists the errors of each document, worst document first. ``--json`` prints the figures as JSON.

``--first-score`` scores the given keys once and writes the figures, with the commit of the code
that ran and the date, into each key's ``"first_score": null`` (the rest of the file is left as
written). A key that already has a first score is refused, and so is a run from a tree whose
``src/`` has uncommitted changes (the commit would not name the code). The blind split runs, and
blind first scores are written, only with ``--final``.
"""
from __future__ import annotations

import argparse
import datetime
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from notecite import answer_key
from notecite.fileio import write_atomically
from notecite.pipeline import extract

REPO = Path(__file__).resolve().parents[1]
REAL = REPO / "data" / "real"


def keys_of_split(split: str, real: Path = REAL) -> list[Path]:
    """The key files of one split, sorted by name."""
    return [path for path in sorted((real / "keys").glob("*.json")) if answer_key.load(path).get("split") == split]


def score_key(path: Path, model: str | None = None, real: Path = REAL) -> answer_key.Score:
    """Extract the document of the key at ``path`` and score it (a malformed key raises SystemExit)."""
    key = answer_key.load(path)
    problems = answer_key.validate(key)
    if problems:
        raise SystemExit(f"{path}: " + "; ".join(problems))
    return answer_key.score(key, extract([real / "documents" / key["document"]], model=model))


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), *args], check=True, capture_output=True, text=True).stdout.strip()


def write_first_score(path: Path, figures: dict[str, Any]) -> None:
    """Replace the key's ``"first_score": null`` by ``figures`` in place (one line, the rest untouched)."""
    text = path.read_text(encoding="utf-8")
    new, count = re.subn(r'"first_score"\s*:\s*null', lambda _m: '"first_score": ' + json.dumps(figures, ensure_ascii=False),
                         text, count=1)
    if count != 1:
        raise SystemExit(f"{path}: no \"first_score\": null to fill (a key is scored first only once)")
    write_atomically(path, new)


def first_score(paths: list[Path], final: bool, model: str | None, real: Path = REAL) -> None:
    """Score each key once and store the figures in its first_score."""
    if _git("status", "--porcelain", "--", "src"):
        raise SystemExit("src/ has uncommitted changes: commit first, so the first score names the code that ran")
    commit = _git("rev-parse", "HEAD")
    for path in paths:
        key = answer_key.load(path)
        if key.get("split") == "blind" and not final:
            raise SystemExit(f"{path}: a blind key is scored only when a change is final (--final)")
        if key.get("first_score") is not None:
            raise SystemExit(f"{path}: already has a first score")
    for path in paths:
        score = score_key(path, model, real)
        figures = {"commit": commit, "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%MZ"),
                   **score.figures()}
        if answer_key.load(path)["split"] == "blind":
            figures["final"] = True
        write_first_score(path, figures)
        print(f"{path.name}: {json.dumps(figures, ensure_ascii=False)}")


def _line(name: str, s: answer_key.Score) -> str:
    return (f"{name:44s} {s.precision:5.3f} {s.recall:5.3f} {s.f1:5.3f}   {s.link_recall:5.3f} {s.link_precision:5.3f}"
            f"  {s.locator_accuracy:5.3f}   {s.links_required:4d}")


def pooled_first_runs(paths: list[Path]) -> str | None:
    """The first-run counts recorded in the keys at ``paths`` (their ``first_score``), pooled as one line; None
    when a key has none, or one without every count pooled (early keys recorded no ``extracted_links``)."""
    totals = {"works": [0, 0], "links": [0, 0], "extracted_links": [0, 0]}
    false_works = 0
    for path in paths:
        first = answer_key.load(path).get("first_score")
        if not first or any(name not in first for name in totals):
            return None
        for name, pair in totals.items():
            right, total = map(int, first[name].split("/"))
            pair[0] += right
            pair[1] += total
        false_works += first["false_works"]
    (found, required), (links, cites), (right, extracted) = totals.values()
    p = found / (found + false_works) if found + false_works else 0.0
    r = found / required if required else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return (f"first runs (as recorded in the keys): works: precision {p:.3f}, recall {r:.3f}, F1 {f1:.3f} "
            f"({found}/{required} required found, {false_works} false); cite links: {links}/{cites} right; "
            f"precision {right}/{extracted}")


def run_split(split: str, verbose: bool, as_json: bool, model: str | None, real: Path = REAL,
              only: list[str] | None = None) -> None:
    """Score every document of ``split`` (those whose names open with one of ``only``, when given) and print
    per-document and pooled figures; with ``only``, also the pooled first runs recorded in their keys."""
    paths = [path for path in keys_of_split(split, real) if not only or path.stem.startswith(tuple(only))]
    if not paths:
        raise SystemExit(f"no keys of split {split!r} under {real / 'keys'}" + (f" named {' '.join(only)}…" if only else ""))
    scores = {path.stem: score_key(path, model, real) for path in paths}
    total = sum(scores.values(), answer_key.Score())
    first_runs = pooled_first_runs(paths) if only else None
    if as_json:
        print(json.dumps({"split": split, "documents": {k: s.figures() for k, s in scores.items()},
                          "pooled": total.figures()}, indent=1, ensure_ascii=False))
        return
    print(f"{'document':44s} work P     R    F1   link R    P   locator  cites")
    for name, s in scores.items():
        print(_line(name, s))
    print(_line(f"pooled ({len(scores)} documents)", total))
    print(total.summary())
    if first_runs:
        print(first_runs)
    if verbose:
        for name, s in sorted(scores.items(), key=lambda item: (item[1].f1 + item[1].link_recall, item[0])):
            print(f"\n== {name} (work F1 {s.f1:.3f}, link recall {s.link_recall:.3f})")
            for line in ([f"missed work: {w}" for w in s.missed_works] + [f"false work: {w}" for w in s.false_works]
                         + s.link_errors + s.false_links + s.field_errors):
                print("  " + line)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--split", choices=answer_key.SPLITS)
    what.add_argument("--first-score", nargs="+", type=Path, metavar="KEY")
    parser.add_argument("--final", action="store_true", help="allow the blind split (only when a change is final)")
    parser.add_argument("--model", help="parser model file (default: the shipped one)")
    parser.add_argument("--real", type=Path, default=REAL, help="the corpus folder (default: data/real/)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every document's errors, worst first")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--only", nargs="+", metavar="PREFIX",
                        help="only the documents whose names open with one of these (a check set); also prints "
                             "their pooled first runs as recorded in their keys")
    args = parser.parse_args(argv)
    if args.first_score:
        first_score(args.first_score, args.final, args.model, args.real)
    elif args.split == "blind" and not args.final:
        sys.exit("the blind split is run only when a change is final: add --final (the lead runs it once, at the end)")
    else:
        run_split(args.split, args.verbose, args.json, args.model, args.real, args.only)


if __name__ == "__main__":
    main()
