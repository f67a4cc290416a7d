"""Notes per second of notecite.parse.parse_note on the example article and on 10,000 notes.

Run: /work/venv/bin/python benchmarks/parse_speed.py [--model PATH]
The 10,000 notes are synthetic notes (seed 99) of the kind the trainer uses; single process.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from notecite.parse import Tagger, parse_note  # noqa: E402
from notecite.parse.tagger import MODEL_PATH  # noqa: E402


def example_notes() -> list[str]:
    """The notes of the shared example article (empty list if it is absent)."""
    shared = Path(os.environ.get("NOTECITE_SHARED") or REPO / ".." / "shared")
    path = shared / "examples" / "weissman-1988-victor-serges-world-and-ours.txt"
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    notes = []
    for line in lines[lines.index("Footnotes") + 1:]:
        for lead in ("back to text - ", "- "):
            if line.startswith(lead):
                notes.append(line[len(lead):])
                break
    return notes


def rate(notes: list[str], tagger: Tagger, repeat: int = 1) -> tuple[float, float]:
    """(notes per second, seconds) for parsing ``notes`` ``repeat`` times."""
    started = time.perf_counter()
    for _ in range(repeat):
        for note in notes:
            parse_note(note, tagger=tagger)
    seconds = time.perf_counter() - started
    return len(notes) * repeat / seconds, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default=str(MODEL_PATH))
    args = parser.parse_args()
    started = time.perf_counter()
    tagger = Tagger(args.model)
    print(f"model load: {time.perf_counter() - started:.3f} s ({Path(args.model).stat().st_size / 1e6:.1f} MB)")
    notes = example_notes()
    if notes:
        per_sec, seconds = rate(notes, tagger, repeat=50)
        chars = sum(map(len, notes)) / len(notes)
        print(f"example article: {len(notes)} notes x 50, mean {chars:.0f} chars: {per_sec:,.0f} notes/s ({seconds:.2f} s)")
    from notecite.parse.training.synthetic import synthetic_notes

    many = [e.text for e in synthetic_notes(10_000, 99)]
    chars = sum(map(len, many)) / len(many)
    per_sec, seconds = rate(many, tagger)
    print(f"10,000 synthetic notes, mean {chars:.0f} chars: {per_sec:,.0f} notes/s ({seconds:.2f} s), one core")


if __name__ == "__main__":
    main()
