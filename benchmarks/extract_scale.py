"""Extraction at scale: CPU per stage and its growth, ``--jobs 2``, and ``--into`` a large library.

    nice python benchmarks/extract_scale.py [--notes 1000 10000] [--documents 100 1000]
        [--jobs-documents N] [--library M] [--trainer-titles] [--repeat N] [--skip-stages] [--skip-jobs] [--skip-into]

1. Stages. ``notecite extract DOC... -o out.bib -o out.json --citations c.json -q
   --provenance-note`` run in this process (one job), with the CPU seconds of each stage
   summed: read, parse, normalize, kinds (letters, archives… read by shape), link,
   plausibility, merge, keys, finish (review corrections, language, provenance notes), write,
   report, and the rest. Two series: one document of each of ``--notes`` notes (synthetic
   notes of the trainer's kind, seed 7: full references, short forms, ibid, mentions and prose,
   each note drawing on the 21 works most recently introduced, one new work every 3 notes; the
   trainer's works repeat some 95 titles, so each work's title opens with a generated name,
   ``Kalomi: Title`` or ``Kalomi and Title``; ``--trainer-titles`` keeps the repeated titles,
   where a one-word short title can mean a hundred works), and ``--documents`` documents
   (copies of the development articles in ``tests/data/pipeline/``). Each stage's growth
   exponent between the two sizes is log(t2/t1)/log(n2/n1) (bar: at most 1.15; 1.0 is linear);
   a 200-note document is extracted first and not counted, so imports and empty caches do not
   weigh on the smaller size, and each size is extracted ``--repeat`` times (default 2; a new
   seed each time for the one-document series) with each stage's least CPU kept: a stage of a few hundredths of a second at the smaller size (``read``)
   otherwise takes its exponent from one garbage collection or one busy moment of the machine.
   The largest document is also run
   as a command (``python -m notecite extract DOC -o out.json -q``): its CPU seconds (bar: under
   30 s on one core).
2. ``extract(paths, jobs=1)`` and ``extract(paths, jobs=2)`` on ``--jobs-documents`` copies of
   the development articles (default 1,000), in this process: wall seconds, the parent's CPU
   seconds (the serial merge) and the workers' CPU seconds, and the speed-up (bar: at least
   1.6x); ``--jobs 2`` wall seconds (bar: under 60 s). The two libraries must be equal. Wall
   time depends on what else the machine runs; the CPU figures say how much of the run is serial.
3. ``notecite extract ARTICLES -o out.json`` with and without ``--into LIBRARY.json`` of M
   synthetic records (default 20,000; seeded, distinct names and titles), as command-line runs:
   CPU seconds of each (least of 3) and the ratio (bar: at most 2x).
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

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


def synthetic_document(path: Path, count: int, seed: int = 7, distinct: bool = True) -> None:
    """A plain-text article of ``count`` numbered notes (see the module docstring) at ``path``;
    ``distinct``: each work's title opens with a generated name."""
    from notecite.parse.training.synthetic import make_note, make_record, pieces_to_example

    rng = random.Random(seed)
    works = [make_record(rng) for _ in range(count // 3 + 1)]
    for work in works if distinct else ():  # distinct works have distinct titles, as in a real book
        place = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        work["title"] = rng.choice([f"{place}: {work['title']}", f"{place} and {work['title']}"])
    body = " ".join(f"Sentence {n}.({n})" for n in range(1, count + 1))
    lines = ["A long article", "", body, "", "Notes", ""]
    for n in range(count):
        newest = n // 3
        pieces = [piece for piece in make_note(rng, works[max(0, newest - 20):newest + 1]) if piece[0]]
        lines.append(f"{n + 1}. " + " ".join(pieces_to_example(pieces, "scale").text.split()))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


#: stage name -> (module, attribute) of the functions whose CPU time is the stage's
STAGES: dict[str, list[tuple[str, str]]] = {
    "read": [("notecite.pipeline", "read_document")],
    "parse": [("notecite.pipeline", "parse_note")],
    "normalize": [("notecite.pipeline", "normalize_fields")],
    "kinds": [("notecite.pipeline", "find_kinds")],
    "link": [("notecite.pipeline", "link_document"), ("notecite.pipeline", "add_title_mentions")],
    "plausibility": [("notecite.pipeline", "check_library")],
    "merge": [("notecite.pipeline", "merge_libraries")],
    "keys": [("notecite.library", "Library.assign_keys")],
    "finish": [("notecite.pipeline", "apply_corrections"), ("notecite.pipeline", "add_language"),
               ("notecite.pipeline", "describe_citations")],
    "write": [("notecite.commands.extract", "write_outputs")],
    "report": [("notecite.commands.extract", "summarize")],
}


@contextlib.contextmanager
def timed_stages(spent: dict[str, float]):
    """Within the block, the CPU seconds of each stage's functions are added to ``spent``."""
    import importlib

    restore: list[tuple[Any, str, Callable]] = []

    def wrap(stage: str, function: Callable) -> Callable:
        def timed(*args, **kwargs):
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[stage] += time.process_time() - started
        return timed

    for stage, targets in STAGES.items():
        for module, attribute in targets:
            owner: Any = importlib.import_module(module)
            *path, name = attribute.split(".")
            for part in path:
                owner = getattr(owner, part)
            if not hasattr(owner, name):  # a stage this version of the pipeline does not have
                continue
            restore.append((owner, name, getattr(owner, name)))
            setattr(owner, name, wrap(stage, getattr(owner, name)))
    try:
        yield spent
    finally:
        for owner, name, function in reversed(restore):
            setattr(owner, name, function)


def least_stage_cpu(inputs: list[list[str]], folder: Path) -> dict[str, float]:
    """Each stage's least CPU seconds over one :func:`stage_cpu` run of each of ``inputs`` (``total``: the least total)."""
    runs = [stage_cpu(paths, folder) for paths in inputs]
    return {stage: min(run.get(stage, 0.0) for run in runs) for stage in {key for run in runs for key in run}}


def stage_cpu(paths: list[str], folder: Path) -> dict[str, float]:
    """CPU seconds per stage (and ``rest``, ``total``) of one in-process ``notecite extract`` of ``paths``."""
    from notecite.cli import main as cli

    spent: dict[str, float] = defaultdict(float)
    argv = ["extract", *paths, "-o", str(folder / "out.bib"), "-o", str(folder / "out.json"),
            "--citations", str(folder / "citations.json"), "-q", "--provenance-note"]
    with timed_stages(spent), contextlib.redirect_stderr(io.StringIO()):
        started = time.process_time()
        if cli(argv) != 0:
            sys.exit(f"notecite {' '.join(argv)} failed")
        total = time.process_time() - started
    spent["rest"] = total - sum(spent.values())
    spent["total"] = total
    return dict(spent)


def exponent(small: float, large: float, ratio: float) -> float:
    """Growth exponent k in large/small = ratio**k (nan when a time is zero)."""
    return math.log(large / small) / math.log(ratio) if small > 0 and large > 0 else float("nan")


def print_stages(title: str, sizes: tuple[int, int], unit: str, runs: tuple[dict, dict]) -> float:
    """Print one series' table; returns its largest exponent among the pipeline's stages."""
    (n1, n2), (a, b) = sizes, runs
    print(f"\n{title}: CPU seconds per stage, {n1:,} and {n2:,} {unit}")
    print(f"{'stage':<10} {n1:>10,} {n2:>10,}  exponent")
    worst = 0.0
    for stage in [*STAGES, "rest", "total"]:
        k = exponent(a.get(stage, 0.0), b.get(stage, 0.0), n2 / n1)
        if stage in STAGES and not math.isnan(k):
            worst = max(worst, k)
        print(f"{stage:<10} {a.get(stage, 0.0):>10.3f} {b.get(stage, 0.0):>10.3f}  {k:8.2f}")
    print(f"largest stage exponent: {worst:.2f} ({'within' if worst <= 1.15 else 'over'} the 1.15 bar)")
    return worst


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
    parser.add_argument("--notes", type=int, nargs=2, default=[1000, 10000], metavar=("N1", "N2"))
    parser.add_argument("--documents", type=int, nargs=2, default=[100, 1000], metavar=("D1", "D2"))
    parser.add_argument("--jobs-documents", type=int, default=1000)
    parser.add_argument("--library", type=int, default=20000)
    parser.add_argument("--trainer-titles", action="store_true")
    parser.add_argument("--skip-stages", action="store_true")
    parser.add_argument("--skip-jobs", action="store_true")
    parser.add_argument("--skip-into", action="store_true")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each size in the stage series; each stage's least counts")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        if not args.skip_stages:
            warm = folder / "warm-up.txt"  # the first run pays for imports and empty caches: not a stage's growth
            synthetic_document(warm, 200, seed=1)
            stage_cpu([str(warm)], folder)
            runs = []
            for count in args.notes:
                inputs = []
                for run in range(max(1, args.repeat)):  # another seed each run: no run reads text a run before it read
                    document = folder / f"notes-{count}-{run}.txt"
                    synthetic_document(document, count, seed=7 + run, distinct=not args.trainer_titles)
                    inputs.append([str(document)])
                runs.append(least_stage_cpu(inputs, folder))
            print_stages(f"One document (least of {args.repeat} runs)", tuple(args.notes), "notes", tuple(runs))
            largest = folder / f"notes-{args.notes[1]}-0.txt"  # seed 7, as before --repeat
            whole = cli_cpu(["extract", str(largest), "-o", str(folder / "one.json"), "-q"], repeat=1)
            print(f"notecite extract of the {args.notes[1]:,}-note document: {whole:.2f} s CPU "
                  f"({'under' if whole < 30 else 'over'} the 30 s bar)")
            runs = []
            for count in args.documents:
                sub = folder / f"documents-{count}"
                sub.mkdir()
                runs.append(least_stage_cpu([documents(sub, count)] * max(1, args.repeat), folder))
            print_stages(f"Many documents (least of {args.repeat} runs)", tuple(args.documents), "documents", tuple(runs))
        if not args.skip_jobs:
            sub = folder / "jobs"
            sub.mkdir()
            paths = documents(sub, args.jobs_documents)
            one = jobs_run(paths, 1)
            two = jobs_run(paths, 2)
            print()
            for jobs, (wall, parent, workers, _) in ((1, one), (2, two)):
                print(f"--jobs {jobs}: {wall:.2f} s wall, parent {parent:.2f} s CPU, workers {workers:.2f} s CPU "
                      f"({args.jobs_documents} documents)")
            same = json.dumps(one[3], sort_keys=True) == json.dumps(two[3], sort_keys=True)
            speedup = one[0] / two[0]
            print(f"--jobs 2 speed-up: {speedup:.2f}x wall ({'meets' if speedup >= 1.6 else 'under'} the 1.6x bar); "
                  f"--jobs 2 {'under' if two[0] < 60 else 'over'} the 60 s bar; "
                  f"libraries {'identical' if same else 'DIFFER'}")
        if not args.skip_into:
            library = folder / "library.json"
            library.write_text(json.dumps(synthetic_library(args.library)), encoding="utf-8")
            articles = [str(p) for p in ARTICLES]
            plain = cli_cpu(["extract", *articles, "-o", str(folder / "plain.json"), "-q"])
            into = cli_cpu(["extract", *articles, "--into", str(library), "-o", str(folder / "into.json"), "-q"])
            ratio = into / plain
            print(f"\nextract {len(articles)} articles: {plain:.2f} s CPU; --into a {args.library}-record library: "
                  f"{into:.2f} s CPU; ratio {ratio:.2f} ({'within' if ratio <= 2 else 'over'} the 2x bar)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
