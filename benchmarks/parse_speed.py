"""Notes per CPU second of notecite.parse.parse_note, and of extraction end to end, on real notes.

    nice python benchmarks/parse_speed.py [--model PATH] [--repeat N] [--synthetic N]

Note sets, each parsed in this process on one core (CPU seconds, so other programs on the
machine matter less than to wall time):

- real notes: every note of the train and dev documents of the real-notes corpus
  (``data/real/documents/``, split as their keys in ``data/real/keys/`` say; blind-test
  documents are never read here);
- the development articles of ``tests/data/pipeline/`` and the founding example
  (``../shared/examples/``), real-shaped notes written for development;
- synthetic notes (seed 99) of the kind the trainer uses (default 10,000).

Parsing (bar: at least 1,000 real notes/s) counts ``parse_note`` alone, best of ``--repeat``
rounds. End to end (bar: at least 500 notes/s) runs ``notecite extract DOCS -o out.json
--citations c.json -q`` in this process on the real-notes documents and on the development
articles: reading, parsing, normalizing, linking, keys and writing, with the model already
loaded and the command's modules imported (one document is extracted before the clock starts:
both are paid once per process, whatever the number of notes), best of ``--repeat`` runs, each
with a newly loaded tagger (whose sums of weights per word start empty, as in a new process).
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from notecite.parse import Tagger, parse_note  # noqa: E402
from notecite.parse.tagger import MODEL_PATH  # noqa: E402

SHARED = Path(os.environ.get("NOTECITE_SHARED") or REPO / ".." / "shared")
EXAMPLE = SHARED / "examples" / "weissman-1988-victor-serges-world-and-ours.txt"
PIPELINE = REPO / "tests" / "data" / "pipeline"
REAL = REPO / "data" / "real"

Note = tuple[str, list[tuple[int, int]]]


def real_documents() -> list[Path]:
    """The train and dev documents of the real-notes corpus (never the blind test)."""
    out = []
    for key in sorted((REAL / "keys").glob("*.json")):
        data = json.loads(key.read_text(encoding="utf-8"))
        document = REAL / "documents" / data.get("document", key.stem + ".txt")
        if data.get("split") in ("train", "dev") and document.exists():
            out.append(document)
    return out


def development_documents() -> list[Path]:
    """The development articles and the founding example (when ``../shared`` is there)."""
    out = sorted(p for p in PIPELINE.iterdir() if p.suffix in (".txt", ".md", ".html"))
    return out + ([EXAMPLE] if EXAMPLE.exists() else [])


def notes_of(paths: list[Path]) -> list[Note]:
    """The notes (text, italic spans) of ``paths`` as notecite reads them."""
    from notecite.document import read_document

    return [(note.text, list(note.italic_spans)) for path in paths for note in read_document(path).notes]


def parse_rate(notes: list[Note], tagger: Tagger, repeat: int) -> tuple[float, float]:
    """(notes per CPU second, CPU seconds) of the best of ``repeat`` rounds of parsing ``notes``."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        for text, italics in notes:
            parse_note(text, italics, tagger=tagger)
        best = min(best, time.process_time() - started)
    return len(notes) / best, best


def extract_rate(paths: list[Path], notes: int, repeat: int) -> tuple[float, float]:
    """(notes per CPU second, CPU seconds) of the best of ``repeat`` in-process ``notecite extract``
    runs of ``paths``, each with a newly loaded tagger (its per-word sums of weights empty, as in a
    new process)."""
    from notecite.cli import main as cli
    from notecite.parse.tagger import default_tagger

    with tempfile.TemporaryDirectory() as temp:
        def run(documents: list[Path]) -> float:
            argv = ["extract", *map(str, documents), "-o", str(Path(temp) / "out.json"), "--citations",
                    str(Path(temp) / "citations.json"), "-q"]
            default_tagger.cache_clear()
            default_tagger()  # the shipped model, loaded before the clock starts
            with contextlib.redirect_stderr(io.StringIO()):
                started = time.process_time()
                if cli(argv) not in (0, 2):
                    sys.exit("notecite extract failed")
                return time.process_time() - started

        run(paths[:1])  # the command's modules imported (once per process, as the model's loading) before the clock
        seconds = min(run(paths) for _ in range(repeat))
    return notes / seconds, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=str(MODEL_PATH))
    parser.add_argument("--repeat", type=int, default=3, help="parsing rounds and extract runs per set; the best counts")
    parser.add_argument("--synthetic", type=int, default=10_000, help="synthetic notes (0: none)")
    args = parser.parse_args()
    started = time.process_time()
    tagger = Tagger(args.model)
    print(f"model load: {time.process_time() - started:.3f} s CPU ({Path(args.model).stat().st_size / 1e6:.1f} MB)")
    sets = [("real notes (train+dev)", real_documents()), ("development articles + example", development_documents())]
    for name, paths in sets:
        if not paths:
            print(f"{name}: no documents")
            continue
        notes = notes_of(paths)
        chars = sum(len(text) for text, _ in notes) / max(1, len(notes))
        per_sec, seconds = parse_rate(notes, tagger, args.repeat)
        print(f"{name}: {len(paths)} documents, {len(notes)} notes, mean {chars:.0f} chars: parse "
              f"{per_sec:,.0f} notes/s ({seconds:.2f} s CPU, best of {args.repeat})")
        per_sec, seconds = extract_rate(paths, len(notes), args.repeat)
        print(f"{name}: extract end to end {per_sec:,.0f} notes/s ({seconds:.2f} s CPU, best of {args.repeat})")
    if args.synthetic:
        from notecite.parse.training.synthetic import synthetic_notes

        many = [(e.text, []) for e in synthetic_notes(args.synthetic, 99)]
        chars = sum(len(text) for text, _ in many) / len(many)
        per_sec, seconds = parse_rate(many, tagger, 1)
        print(f"{args.synthetic:,} synthetic notes, mean {chars:.0f} chars: parse {per_sec:,.0f} notes/s "
              f"({seconds:.2f} s CPU)")


if __name__ == "__main__":
    main()
