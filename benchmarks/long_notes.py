"""Parse time of long notes: CPU seconds of notecite.parse.parse_note per note size and shape.

Run: nice .venv/bin/python benchmarks/long_notes.py [--sizes 20000,40000,60000,100000] [--shapes all]

The notes are those of ``tests/fuzz_inputs.py`` ``note_shapes``: real notes of the founding
example and the test articles run together, and the shapes that once made parsing
super-linear. Time is CPU time (``time.process_time``), after the model is loaded. Linear
parsing shows as a steady ``µs/char`` column down the sizes of one shape. The target: a
100 KB note of real notes in under 2 s.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests"))

import fuzz_inputs as fi  # noqa: E402
from notecite.document import read_document  # noqa: E402
from notecite.parse import default_tagger, parse_note, tokenize  # noqa: E402


def real_notes() -> list[str]:
    """The notes of the seed articles (the founding example when ../shared is present)."""
    return [note.text for path in fi.DOCUMENT_SEEDS["text"] if path.exists() for note in read_document(path).notes]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="20000,40000,60000,100000", help="note sizes in characters")
    parser.add_argument("--shapes", default="all", help="comma-separated shape names, or all (default)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    notes = real_notes()
    default_tagger()  # the model load is not part of the parse time
    wanted = None if args.shapes == "all" else set(args.shapes.split(","))
    print(f"{'shape':<16}{'chars':>8}{'tokens':>8}{'cites':>7}{'cpu s':>8}{'µs/char':>9}")
    for size in sizes:
        for name, note in fi.note_shapes(size, notes).items():
            if wanted and name not in wanted:
                continue
            began = time.process_time()
            cites = parse_note(note)
            seconds = time.process_time() - began
            print(f"{name:<16}{len(note):>8}{len(tokenize(note)):>8}{len(cites):>7}{seconds:>8.2f}"
                  f"{seconds / len(note) * 1e6:>9.1f}", flush=True)


if __name__ == "__main__":
    main()
