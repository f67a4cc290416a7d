"""Zotero's own import code on notecite's files: the run behind ``docs/zotero-import.md``.

Starts Zotero's translation-server from ``../shared/tools/zotero/`` (beside the checkout) on
127.0.0.1, writes the founding example's library (``bib/weissman-1988.json``) and the every-type
library (``tests/data/zotero/every_type.json``) in every format, plain and ``--for zotero``,
imports each file with Zotero's BibTeX, RIS and CSL JSON translators (``POST /import``), sends
the items back through Zotero's CSL JSON export (``/export?format=csljson``) and compares both
with the source, variable by variable, with the shared ``zotero_check.py``. The push payload
(``notecite zotero push``'s items, with their provenance notes) is checked the same way.

    .venv/bin/python tests/zotero/zotero_import.py --write docs/zotero-import.md

regenerates the document; ``tests/zotero/test_zotero_import_real.py`` runs the same measurement
and fails on a loss the README does not list, or when the document is out of date.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import re
import shutil
import socket
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT.parent / "shared" / "tools" / "zotero"
START = TOOL / "start-translation-server"
LIBRARIES = {
    "example": (ROOT / "bib" / "weissman-1988.json", ROOT / "bib" / "weissman-1988-citations.json"),
    "every-type": (ROOT / "tests" / "data" / "zotero" / "every_type.json", None),
}
#: Format → file name written (the extension picks nothing: the format is given).
FILES = {"csl-json": "lib.json", "ris": "lib.ris", "biblatex": "lib.bib", "bibtex": "lib.bibtex.bib"}
PUSH = "push"
MODES = ("plain", "zotero")
STATUSES = ("kept", "moved", "changed", "lost")
#: Start-up limits: npm install on a clean machine, then the server's own start.
INSTALL_TIMEOUT = 600
START_TIMEOUT = 180


def unavailable() -> str | None:
    """Why the real importer cannot run here (None when it can)."""
    if not START.exists():
        return f"Zotero's translation-server harness is not at {START} (../shared/tools/zotero beside the checkout)"
    for tool in ("node", "npm", "flock", "sha256sum", "bash"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (the Zotero translation-server needs Node.js and npm; .ci/run installs them)"
    return None


def load_checker() -> Any:
    """The shared ``zotero_check.py`` as a module."""
    spec = importlib.util.spec_from_file_location("zotero_check", TOOL / "zotero_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def translation_server() -> Iterator[str]:
    """Install (bounded by INSTALL_TIMEOUT), start (bounded by START_TIMEOUT) and finally stop a server; yields its URL.

    RuntimeError (with the script's output) when it does not start.
    """
    subprocess.run([str(START), "--install-only"], check=False, capture_output=True, text=True, timeout=INSTALL_TIMEOUT)
    port = str(free_port())
    started = subprocess.run([str(START), "--port", port, "--timeout", str(START_TIMEOUT)],
                             capture_output=True, text=True, timeout=INSTALL_TIMEOUT + START_TIMEOUT)
    if started.returncode != 0:
        raise RuntimeError(f"translation-server did not start: {(started.stdout + started.stderr)[-800:]}")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        subprocess.run([str(START), "--stop", "--port", port], check=False, capture_output=True, timeout=60)


def write_files(source: Path, folder: Path, mode: str) -> dict[str, Path]:
    """``source`` written in every format (``mode`` plain or zotero) into ``folder``."""
    from notecite.formats import read, write

    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for fmt, name in FILES.items():
        paths[fmt] = folder / name
        write(read(source), paths[fmt], fmt, for_zotero=mode == "zotero")
    return paths


def push_items(source: Path, citations: Path | None) -> list[dict]:
    """The items ``notecite zotero push`` sends for ``source`` (with provenance notes from ``citations``)."""
    from notecite.formats import read
    from notecite.zotero import library_to_items, read_citations

    library = read(source)
    if citations is not None:
        library.citations.extend(read_citations(citations))
    return library_to_items(library)


def measure(url: str, checker: Any, workdir: Path) -> list[dict]:
    """Every variable of every record, per library, mode, format and phase (import/export), as rows."""
    schema = checker.Schema(checker.SCHEMAS["current"])
    rows: list[dict] = []
    for name, (source, citations) in LIBRARIES.items():
        records = json.loads(source.read_text(encoding="utf-8"))
        for mode in MODES:
            for fmt, path in write_files(source, workdir / name / mode, mode).items():
                _, items = checker.zotero_import(url, path)
                rows += _check(checker, schema, url, records, checker.group_items(items), path.read_text(encoding="utf-8"),
                               library=name, mode=mode, fmt=fmt)
        items = push_items(source, citations)
        rows += _check(checker, schema, url, records, checker.group_items(items), json.dumps(items, ensure_ascii=False),
                       library=name, mode="zotero", fmt=PUSH)
    return rows


def _check(checker: Any, schema: Any, url: str, records: list[dict], groups: list, text: str, **labels: str) -> list[dict]:
    imported, exported = checker.Result(), checker.Result()
    if len(groups) != len(records):
        raise AssertionError(f"{labels}: Zotero made {len(groups)} items of {len(records)} records")
    for record, (item, notes) in zip(records, groups):
        checker.check_item(schema, imported, labels["fmt"], record, item, notes, text=text)
    csl = checker.zotero_export(url, [item for item, _ in groups])
    for record, exported_item in zip(records, csl):
        checker.check_export(exported, labels["fmt"], record, exported_item)
    return ([dict(row, phase="import", **labels) for row in imported.rows]
            + [dict(row, phase="export", **labels) for row in exported.rows])


def variable(row: dict) -> str:
    return "id" if row["var"].startswith("id ") else row["var"]


def losses(rows: list[dict], mode: str = "zotero") -> dict[tuple[str, str], set[str]]:
    """(format, phase) → the variables lost in ``mode``'s files."""
    lost: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        if row["mode"] == mode and row["status"] == "lost":
            lost[(row["fmt"], row["phase"])].add(variable(row))
    return lost


def render(rows: list[dict]) -> str:
    """The Markdown of docs/zotero-import.md for one run."""
    formats = [*FILES, PUSH]
    out = [
        "# Importing notecite's files into Zotero",
        "",
        "Generated by `.venv/bin/python tests/zotero/zotero_import.py --write docs/zotero-import.md` from",
        "a run of Zotero's own import code (translation-server with Zotero's BibTeX, RIS and CSL JSON",
        "translators, `../shared/tools/zotero/`, modules `current`, schema of Zotero 7). Do not edit by",
        "hand: `tests/zotero/test_zotero_import_real.py` fails when this file differs from a new run.",
        "",
        "Each library is written in every format, plain and with `--for zotero`, imported with",
        "`POST /import`, and every CSL variable of every record is looked up in the Zotero item",
        "(`zotero_check.py`): **kept** (its own field), **moved** (elsewhere: Extra, a child note,",
        "another field), **changed** (a different value), **lost** (nowhere). Then the items go",
        "through Zotero's CSL JSON export (`/export?format=csljson`), which is what Zotero cites",
        "from, and the CSL-JSON that comes back is compared with the source the same way. `push` is",
        "the item JSON `notecite zotero push` sends (connector and Web API), with its child notes.",
        "Libraries: `example` = `bib/weissman-1988.json` (the founding article), `every-type` =",
        "`tests/data/zotero/every_type.json` (every CSL type notecite writes, particles, suffixes,",
        "original dates, literal dates and ranges).",
        "",
        "## Values lost or changed, per format",
        "",
        "| library | mode | phase | " + " | ".join(formats) + " |",
        "|---|---|---|" + "---|" * len(formats),
    ]
    counts: dict[tuple, Counter] = defaultdict(Counter)
    for row in rows:
        counts[(row["library"], row["mode"], row["phase"], row["fmt"])][row["status"]] += 1
    for library in LIBRARIES:
        for mode in MODES:
            for phase in ("import", "export"):
                cells = []
                for fmt in formats:
                    c = counts.get((library, mode, phase, fmt))
                    cells.append("–" if c is None else f"{c['lost']} lost, {c['changed']} changed of {sum(c[s] for s in STATUSES)}")
                out.append(f"| {library} | {mode} | {phase} | " + " | ".join(cells) + " |")
    out += ["", "## Lost with `--for zotero` (variables)", "",
            "| format | lost on import | lost on Zotero's CSL JSON export |", "|---|---|---|"]
    lost = losses(rows)
    for fmt in formats:
        cells = [", ".join(f"`{v}`" for v in sorted(lost.get((fmt, phase), ()))) or "nothing" for phase in ("import", "export")]
        out.append(f"| {fmt} | " + " | ".join(cells) + " |")
    out += ["", "## Every value not kept in its own field (`--for zotero` and push)", ""]
    for row in rows:
        if row["mode"] == "zotero" and row["status"] in ("lost", "changed", "moved"):
            where = f" ({row['where']})" if row.get("where") and row["status"] != "lost" else ""
            got = _short(row["got"])
            if variable(row) == "id" and row["status"] == "changed" and re.fullmatch(r"[23456789A-Z]{8}", str(row["got"])):
                got = "a new Zotero item key"  # random per import
            out.append(f"- {row['library']} {row['fmt']} {row['phase']} `{row['id']}` {variable(row)}: {row['status']}"
                       f"{where}: {_short(row['expected'])} → {got}")
    return "\n".join(out) + "\n"


def _short(value: Any) -> str:
    text = " ".join(str(value).split())
    text = text if len(text) <= 70 else text[:67] + "…"
    return f"`{text}`" if text else "(nothing)"


def run() -> list[dict]:
    """Start a server, measure, stop it; the rows."""
    reason = unavailable()
    if reason:
        raise RuntimeError(reason)
    checker = load_checker()
    with translation_server() as url, tempfile.TemporaryDirectory() as tmp:
        return measure(url, checker, Path(tmp))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", metavar="DOC", help="write the Markdown here (else print it)")
    parser.add_argument("--json", metavar="ROWS", help="also write every row as JSON")
    args = parser.parse_args(argv)
    rows = run()
    text = render(rows)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.write:
        Path(args.write).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
