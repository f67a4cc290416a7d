"""A bounded fuzz campaign over notecite's readers, note parser, normalizers and library formats.

Run:  nice .venv/bin/python benchmarks/fuzz.py [--seconds 40] [--seed 1] [--hang 10] [TARGET...]

Each target runs in its own worker process, input after input, until its time budget is spent.
An input is given by (seed, target, index), so every finding can be replayed:
``benchmarks/fuzz.py --replay TARGET INDEX``. Per input the worker reports one of

* ``ok``: a result;
* ``error``: a clear error (a :class:`notecite.errors.NotecitError`, which the command line turns
  into a one-line message and exit 2);
* ``crash``: any other exception (a traceback for the user), site = innermost notecite frame;
* ``roundtrip``: a library notecite accepted and wrote, but cannot read back (formats targets);

and the parent counts a ``hang`` when an input takes more than ``--hang`` seconds (the worker
is killed and restarted after it). Workers run under a 2 GB address-space limit, so a runaway
allocation is a ``MemoryError`` crash, not a machine out of memory. Inputs (see
``tests/fuzz_inputs.py``): mutated real files (the founding example, tests/data, bib/, examples/),
DOCX and ODT packages made by pandoc and LibreOffice with mutated parts, random bytes, adversarial
notes (huge words, long notes, deep brackets, control characters) and CSL-JSON with values of
unexpected types.
"""
from __future__ import annotations

import argparse
import json
import logging
import random
import re
import resource
import select
import subprocess
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests"))

import fuzz_inputs as fi  # noqa: E402

TARGETS = ("reader-text", "reader-markdown", "reader-html", "reader-pdf", "reader-docx", "reader-odt", "parse-note",
           "normalize", "csl-json", "bibtex", "ris")
FORMATS = ("bibtex", "biblatex", "ris", "csl-json")
MEMORY_LIMIT = 2 * 1024 ** 3


class RoundTripFailure(Exception):
    """A library was accepted and written, and the written text cannot be read back."""


# ---------------------------------------------------------------- the targets (worker side)


class Corpus:
    """Seeds loaded once per worker."""

    def __init__(self) -> None:
        from notecite.document import _reader
        from notecite.formats import ris

        self.documents = {name: fi.read_seeds(paths) for name, paths in fi.DOCUMENT_SEEDS.items()}
        self.packages = {name: [fi.package_parts(data) for data in fi.read_seeds(paths)]
                         for name, paths in fi.PACKAGE_SEEDS.items()}
        self.notes: list[str] = []
        for data in self.documents["text"]:
            self.notes += [n.text for n in _reader("text")("seed.txt", data).notes]
        self.libraries = {fmt: [d.decode("utf-8") for d in fi.read_seeds(paths)] for fmt, paths in fi.LIBRARY_SEEDS.items()}
        from notecite.formats import csljson

        for text in self.libraries["csl-json"]:
            library = csljson.loads(text)
            library.assign_keys()
            self.libraries["ris"].append(ris.dumps(library))
        self.items = [json.loads(text) for text in self.libraries["csl-json"]]
        self.fields = [c["fields"] for c in json.loads((fi.DATA / "normalize" / "cites.json").read_text())]


def round_trip(library) -> None:
    """Write ``library`` in every format and read each text back; RoundTripFailure if one fails."""
    from notecite.errors import NotecitError
    from notecite.formats import dumps, loads

    library.assign_keys()
    for fmt in FORMATS:
        text = dumps(library, fmt)
        try:
            loads(text, fmt, source=f"written.{fmt}")
        except NotecitError as error:
            raise RoundTripFailure(f"{fmt}: {error}") from None


def run_input(target: str, rng: random.Random, corpus: Corpus) -> None:
    """Feed one generated input to ``target``; exceptions propagate to the caller."""
    if target.startswith("reader-"):
        from notecite.document import _reader

        name = target.split("-", 1)[1]
        if name in corpus.packages:  # zip readers
            data = fi.package_input(name, rng, corpus.packages[name], corpus.notes)
        elif rng.random() < 0.8:
            data = fi.mutate_bytes(rng.choice(corpus.documents[name]), rng)
        else:
            data = fi.random_bytes(rng)
        _reader(name)(f"fuzz.{name}", data)
    elif target == "parse-note":
        from notecite.parse import parse_note

        parse_note(fi.adversarial_note(rng, corpus.notes))
    elif target == "normalize":
        from notecite.normalize import LABELS, normalize_fields

        fields = [(label if rng.random() < 0.8 else rng.choice(sorted(LABELS)),
                   fi.mutate_text(text, rng) if rng.random() < 0.7 else fi.adversarial_note(rng, corpus.notes, 2000))
                  for label, text in rng.choice(corpus.fields)]
        normalize_fields(fields, kind=rng.choice(["full", "short", "ibid", "mention"]),
                         locator=rng.choice([None, "67", "57-8", "12a-14b", "9" * 5000 + "-" + "8" * 4999,
                                             fi.mutate_text("pp. 105-7", rng)]))
    elif target == "csl-json":
        from notecite.formats import csljson

        round_trip(csljson.loads(json.dumps(fi.mutate_json_items(rng.choice(corpus.items), rng)), "fuzz.json"))
    elif target in ("bibtex", "ris"):
        from notecite.formats import loads

        fmt = "biblatex" if target == "bibtex" else "ris"
        text = fi.mutate_text(rng.choice(corpus.libraries[fmt]), rng)
        round_trip(loads(text, fmt, source=f"fuzz.{target}"))
    else:
        raise SystemExit(f"unknown target {target!r} (known: {', '.join(TARGETS)})")


def crash_site(error: BaseException) -> str:
    """``ExceptionType at module.py:function`` of the innermost notecite frame."""
    site = "?"
    for frame in traceback.extract_tb(error.__traceback__):
        if "/notecite/" in frame.filename:
            site = f"{Path(frame.filename).relative_to(REPO / 'src' / 'notecite')}:{frame.name}"
    return f"{type(error).__name__} at {site}"


def worker(target: str, seed: int, start: int) -> None:
    """Run inputs ``start``, ``start+1``, … of ``target`` forever, one status line each."""
    from notecite.errors import NotecitError

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    logging.disable(logging.CRITICAL)  # pdfminer logs every oddity of a mutated PDF
    corpus = Corpus()
    print("ready", flush=True)
    index = start
    while True:
        rng = random.Random(f"{seed}:{target}:{index}")
        began = time.process_time()
        try:
            run_input(target, rng, corpus)
            status, site = "ok", ""
        except NotecitError:
            status, site = "error", ""
        except RoundTripFailure as failure:
            status, site = "roundtrip", re.sub(r"\d+|'[^']*'|\"[^\"]*\"", "…", str(failure))[:140]
        except RecursionError as error:
            status, site = "crash", crash_site(error)
        except Exception as error:  # noqa: BLE001 - any other exception is what we count
            status, site = "crash", crash_site(error)
        print(json.dumps([index, status, round(time.process_time() - began, 3), site]), flush=True)
        index += 1


# ---------------------------------------------------------------- the campaign (parent side)


def campaign(target: str, seed: int, seconds: float, hang: float) -> dict:
    """Run ``target`` for ``seconds`` in restartable workers; counts and sites."""
    counts: Counter[str] = Counter()
    sites: dict[str, list[int]] = {}
    slowest = 0.0
    index = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        proc = subprocess.Popen([sys.executable, __file__, "--worker", target, "--seed", str(seed),
                                 "--start", str(index)], stdout=subprocess.PIPE, text=True, bufsize=1)
        ready = False
        last = time.monotonic()
        try:
            while True:
                readable, _, _ = select.select([proc.stdout], [], [], 0.5)
                now = time.monotonic()
                if not readable:
                    if ready and now - last > hang:
                        counts["hang"] += 1
                        sites.setdefault(f"hang (> {hang:g} s)", []).append(index)
                        index += 1
                        break
                    if now >= deadline and (ready or now - last > 120):
                        break
                    continue
                line = proc.stdout.readline()
                if not line:  # the worker died without a word: a hard crash (signal, OOM kill)
                    counts["crash"] += 1
                    counts["died"] += 1
                    sites.setdefault(f"crash: worker died (exit {proc.wait()})", []).append(index)
                    index += 1
                    break
                last = now
                if line.strip() == "ready":
                    ready = True
                    continue
                number, status, cpu, site = json.loads(line)
                counts[status] += 1
                counts["runs"] += 1
                slowest = max(slowest, cpu)
                if site:
                    sites.setdefault(f"{status}: {site}", []).append(number)
                index = number + 1
                if now >= deadline:
                    break
        finally:
            proc.kill()
            proc.wait()
    counts["runs"] += counts["hang"] + counts["died"]
    return {"target": target, "counts": dict(counts), "sites": sites, "slowest_cpu": slowest}


def report(results: list[dict], seed: int, seconds: float, hang: float) -> None:
    """Print the table and the distinct sites with a replayable example each."""
    print(f"fuzz campaign: seed {seed}, {seconds:g} s per target, hang > {hang:g} s, "
          f"memory limit {MEMORY_LIMIT // 1024 ** 3} GB per worker")
    head = f"{'target':<16}{'runs':>7}{'ok':>7}{'errors':>8}{'crashes':>9}{'roundtrip':>10}{'hangs':>7}{'sites':>7}{'max cpu s':>11}"
    print(head)
    print("-" * len(head))
    total = Counter()
    all_sites = set()
    for r in results:
        c = Counter(r["counts"])
        total.update(c)
        all_sites.update(r["sites"])
        print(f"{r['target']:<16}{c['runs']:>7}{c['ok']:>7}{c['error']:>8}{c['crash']:>9}{c['roundtrip']:>10}"
              f"{c['hang']:>7}{len(r['sites']):>7}{r['slowest_cpu']:>11.2f}")
    print("-" * len(head))
    print(f"{'total':<16}{total['runs']:>7}{total['ok']:>7}{total['error']:>8}{total['crash']:>9}"
          f"{total['roundtrip']:>10}{total['hang']:>7}{len(all_sites):>7}")
    for r in results:
        for site, indexes in sorted(r["sites"].items(), key=lambda kv: -len(kv[1])):
            print(f"  {r['target']}: {len(indexes)} x {site}  (replay: --replay {r['target']} {indexes[0]})")


def replay(target: str, index: int, seed: int) -> None:
    """Run one input in this process and show its traceback, if any."""
    corpus = Corpus()
    rng = random.Random(f"{seed}:{target}:{index}")
    began = time.process_time()
    try:
        run_input(target, rng, corpus)
        print("ok")
    except Exception:  # noqa: BLE001
        traceback.print_exc()
    print(f"{time.process_time() - began:.2f} s CPU")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("targets", nargs="*", help=f"targets (default all: {', '.join(TARGETS)})")
    parser.add_argument("--seconds", type=float, default=40, help="time budget per target (default 40)")
    parser.add_argument("--seed", type=int, default=1, help="campaign seed (default 1)")
    parser.add_argument("--hang", type=float, default=10, help="seconds after which an input is a hang (default 10)")
    parser.add_argument("--json", help="also write the results to this JSON file")
    parser.add_argument("--replay", nargs=2, metavar=("TARGET", "INDEX"), help="run one input and show its traceback")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--start", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.seed, args.start)
        return
    if args.replay:
        replay(args.replay[0], int(args.replay[1]), args.seed)
        return
    results = [campaign(t, args.seed, args.seconds, args.hang) for t in (args.targets or TARGETS)]
    report(results, args.seed, args.seconds, args.hang)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
