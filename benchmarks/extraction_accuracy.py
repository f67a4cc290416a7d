"""Score extraction against the hand-written answer keys in tests/data/answer_keys/.

Documents are looked up in ../shared/examples/ and tests/data/pipeline/.

    python benchmarks/extraction_accuracy.py [--shared PATH] [-v] [--model FILE]

For each key whose document is found (../shared/examples/ or tests/data/), prints work
precision/recall/F1, field accuracy of found works, cite-link recall and precision, locator
accuracy and recall by form, then the pooled totals.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from notecite import answer_key
from notecite.pipeline import extract

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.environ.get("NOTECITE_SHARED", str(REPO.parent / "shared")))
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    parser.add_argument("--model", help="parser model file (default: the shipped one)")
    args = parser.parse_args()
    keys = sorted((REPO / "tests" / "data" / "answer_keys").glob("*.json"))
    total = answer_key.Score()
    for key_path in keys:
        key = answer_key.load(key_path)
        candidates = [Path(args.shared) / "examples" / key["document"], REPO / "tests" / "data" / "pipeline" / key["document"]]
        document = next((p for p in candidates if p.exists()), None)
        if document is None:
            print(f"{key_path.name}: document {key['document']} not found, skipped")
            continue
        score = answer_key.score(key, extract([document], model=args.model))
        print(f"== {key['document']}\n{score.summary()}")
        if args.verbose:
            for line in score.link_errors + score.false_links + score.field_errors + \
                    [f"false work: {w}" for w in score.false_works] + [f"missed work: {w}" for w in score.missed_works]:
                print("  " + line)
        total += score
    print(f"== all documents\n{total.summary()}")


if __name__ == "__main__":
    main()
