"""Machine instructions per real note spent parsing (or extracting), counted by valgrind: repeatable
where CPU seconds are not.

    python benchmarks/parse_instructions.py [--step 4] [--model FILE] [--extract]

CPU seconds on a shared machine swing by 20 % or more between minutes, so ``parse_speed.py``
cannot tell a 5 % change from noise. This benchmark runs ``parse_note`` over every ``--step``-th
note of the real-notes train and dev documents (as ``parse_speed.py`` reads them) under valgrind's
cachegrind (``--cache-sim=no``: instruction counts only), once with the parsing pass measured and
once without, and prints the difference per note. The same code gives the same count to within
a fraction of a percent (``PYTHONHASHSEED`` is fixed); memory stalls are not counted, so confirm a
change's effect on time with ``parse_speed.py`` on an idle machine. Needs ``valgrind`` on the PATH
and takes about a minute for the default step.

With ``--extract`` the pass is extraction end to end instead (``pipeline.extract_document`` on
every ``--step``-th real train and dev document: reading, parsing, normalizing, linking), per note;
writing the output files is left out.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def parse_pass(step: int, measured: bool, model: str | None = None) -> None:
    """Parse every ``step``-th real note once to warm the caches, then once more when ``measured``."""
    sys.path.insert(0, str(HERE))
    from parse_speed import notes_of, real_documents

    from notecite.parse import Tagger, parse_note
    from notecite.parse.tagger import MODEL_PATH

    tagger = Tagger(model or MODEL_PATH)
    notes = notes_of(real_documents())[::step]
    for _ in range(2 if measured else 1):
        for text, italics in notes:
            parse_note(text, italics, tagger=tagger)
    print(len(notes))


def extract_pass(step: int, measured: bool, model: str | None = None) -> None:
    """Extract every ``step``-th real document once to warm the caches, then once more when ``measured``."""
    sys.path.insert(0, str(HERE))
    from parse_speed import real_documents

    from notecite.document import read_document
    from notecite.pipeline import extract_document

    paths = real_documents()[::step]
    for _ in range(2 if measured else 1):
        for path in paths:
            extract_document(path, model)
    print(sum(len(read_document(path).notes) for path in paths))


def instructions(step: int, measured: bool, model: str | None = None, extract: bool = False) -> tuple[int, int]:
    """(instructions executed, notes) of one run of :func:`parse_pass` (or :func:`extract_pass`) under cachegrind."""
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
               sys.executable, __file__, "--pass", str(step), "1" if measured else "0"]
    if model:
        command += ["--model", str(Path(model).resolve())]
    if extract:
        command += ["--extract"]
    run = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    found = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
    if run.returncode != 0 or not found:
        sys.exit(f"valgrind run failed:\n{run.stderr[-2000:]}")
    return int(found.group(1).replace(",", "")), int(run.stdout.split()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--step", type=int, default=4, help="parse every STEP-th note (default 4)")
    parser.add_argument("--model", help="parser model file (default: the shipped one)")
    parser.add_argument("--extract", action="store_true", help="count extraction end to end, not parsing alone")
    parser.add_argument("--pass", dest="inner", nargs=2, type=int, metavar=("STEP", "MEASURED"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        (extract_pass if args.extract else parse_pass)(args.inner[0], bool(args.inner[1]), args.model)
        return 0
    if shutil.which("valgrind") is None:
        sys.exit("valgrind not found: install it (apt-get install valgrind)")
    with_pass, notes = instructions(args.step, True, args.model, args.extract)
    without, _ = instructions(args.step, False, args.model, args.extract)
    spent = with_pass - without
    sample = f"the notes of every {args.step}th train+dev document" if args.extract else f"every {args.step}th train+dev note"
    print(f"{'extracting' if args.extract else 'parsing'} {notes} real notes ({sample}): {spent / 1e9:.3f} G instructions, "
          f"{spent / notes / 1e6:.3f} M per note")
    return 0


if __name__ == "__main__":
    sys.exit(main())
