"""Extraction at scale: ``--jobs 2`` against ``--jobs 1``, and ``--into`` a large library.

    python benchmarks/extract_scaling.py [--documents N] [--library M] [--skip-jobs] [--skip-into]

Documents are copies of the development articles in ``tests/data/pipeline/`` under distinct
names (N of them, default 1,000), written to a temporary folder.

1. ``extract(paths, jobs=1)`` and ``extract(paths, jobs=2)`` in this process: wall seconds,
   the parent's CPU seconds (the serial merge) and the workers' CPU seconds, and the speed-up
   (bar: at least 1.6x). The two libraries must be equal. Wall time depends on what else
   the machine runs; the CPU figures say how much of the run is serial.
2. ``notecite extract ARTICLES -o out.json`` with and without ``--into LIBRARY.json`` of M
   synthetic records (default 20,000; seeded, distinct names and titles), as command-line runs:
   CPU seconds of each (least of 3) and the ratio (bar: at most 2x).
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted(p for p in (ROOT / "tests" / "data" / "pipeline").iterdir() if p.suffix in (".txt", ".md", ".html"))


def documents(folder: Path, count: int) -> list[str]:
    """``count`` copies of the development articles in ``folder``, cycling through them."""
    paths = []
    for n in range(count):
        source = ARTICLES[n % len(ARTICLES)]
        target = folder / f"{n:05d}-{source.name}"
        shutil.copyfile(source, target)
        paths.append(str(target))
    return paths


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def jobs_run(paths: list[str], jobs: int) -> tuple[float, float, float, list]:
    """(wall s, parent CPU s, workers' CPU s, records) of one in-process extract."""
    from notecite.pipeline import extract

    wall, cpu, workers = time.perf_counter(), time.process_time(), children_cpu()
    library = extract(paths, jobs=jobs)
    return (time.perf_counter() - wall, time.process_time() - cpu, children_cpu() - workers, library.records)


SYLLABLES = ["ka", "lo", "mi", "ren", "sto", "val", "der", "bru", "nik", "sel", "tor", "ham", "pel", "gri",
             "dan", "wes", "mor", "lin", "fra", "zel", "bor", "qui", "ost", "har"]
WORDS = ["history", "revolution", "labour", "state", "society", "memory", "empire", "culture", "economy",
         "reform", "city", "war", "peace", "theory", "practice", "movement", "class", "art", "politics",
         "nation", "crisis", "capital", "power", "exile", "freedom", "writing", "reading", "science"]


def synthetic_library(count: int, seed: int = 15) -> list[dict]:
    """``count`` CSL-JSON books and articles with varied authors, titles, years and publishers."""
    rng = random.Random(seed)
    records = []
    for n in range(count):
        family = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        given = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6))).capitalize()
        record = {"id": f"lib{n}", "type": rng.choice(["book", "article-journal"]), "title": title,
                  "author": [{"family": family, "given": given}],
                  "issued": {"date-parts": [[rng.randint(1850, 2020)]]}}
        if record["type"] == "book":
            record["publisher"] = rng.choice(["Verso", "Pluto Press", "Penguin", "Haymarket", "Merlin"])
        else:
            record["container-title"] = rng.choice(["New Left Review", "Past & Present", "Science & Society"])
        records.append(record)
    return records


def cli_cpu(argv: list[str], repeat: int = 3) -> float:
    """Least CPU seconds of ``notecite ARGV`` over ``repeat`` runs (exits on a failed run)."""
    best = float("inf")
    for _ in range(repeat):
        before = children_cpu()
        result = subprocess.run([sys.executable, "-m", "notecite", *argv], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"notecite {' '.join(argv)} failed:\n{result.stderr}")
        best = min(best, children_cpu() - before)
    return best


def main(argv: list[str] | None = None) -> int:
    """Run the chosen parts and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--library", type=int, default=20000)
    parser.add_argument("--skip-jobs", action="store_true")
    parser.add_argument("--skip-into", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        if not args.skip_jobs:
            paths = documents(folder, args.documents)
            one = jobs_run(paths, 1)
            two = jobs_run(paths, 2)
            for jobs, (wall, parent, workers, _) in ((1, one), (2, two)):
                print(f"--jobs {jobs}: {wall:.2f} s wall, parent {parent:.2f} s CPU, workers {workers:.2f} s CPU "
                      f"({args.documents} documents)")
            same = json.dumps(one[3], sort_keys=True) == json.dumps(two[3], sort_keys=True)
            speedup = one[0] / two[0]
            print(f"--jobs 2 speed-up: {speedup:.2f}x wall ({'meets' if speedup >= 1.6 else 'under'} the 1.6x bar); "
                  f"libraries {'identical' if same else 'DIFFER'}")
        if not args.skip_into:
            library = folder / "library.json"
            library.write_text(json.dumps(synthetic_library(args.library)), encoding="utf-8")
            articles = [str(p) for p in ARTICLES]
            plain = cli_cpu(["extract", *articles, "-o", str(folder / "plain.json"), "-q"])
            into = cli_cpu(["extract", *articles, "--into", str(library), "-o", str(folder / "into.json"), "-q"])
            ratio = into / plain
            print(f"extract {len(articles)} articles: {plain:.2f} s CPU; --into a {args.library}-record library: "
                  f"{into:.2f} s CPU; ratio {ratio:.2f} ({'within' if ratio <= 2 else 'over'} the 2x bar)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
