"""``notecite extract DOCUMENT... -o LIBRARY``: the main job, with a report on the terminal."""
from __future__ import annotations

import argparse
import json
import os
import sys
from contextlib import nullcontext
from pathlib import Path

from rich.console import Console
from rich.progress import Progress

from . import HelpFormatter
from ..document import FORMATS, STDIN, expand_paths, read_document
from ..errors import InputError, NotecitError, OutputError
from ..formats import dumps, format_from_path, loads, read_text
from ..formats.into import append as append_into
from ..formats.into import same_family
from ..keys import DEFAULT_FORMAT, KeyFormat
from ..formats.pandoc import to_pandoc_markdown
from ..library import Library
from ..formats import jsontext
from ..formats.citations import citations_to_json
from ..parse.tagger import choose_model
from ..locking import locked
from ..output_set import OutputSet, check_writable_target, folder_of, recover
from ..pipeline import extract
from ..collector import batch_collection
from ..report import print_report, summarize


#: ``-o -``: the library goes to stdout.
STDOUT = "-"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract", help="find the works cited in documents' notes and write them as a library",
        description="Read documents (.txt, .md, .html, .docx, .odt, .pdf), find every cited work in their notes, "
                    "link short forms, ibid and mentions, deduplicate, and write a library (.bib, .json, .ris).",
        epilog="examples:\n"
               "  notecite extract article.pdf -o refs.bib --citations cites.json\n"
               "  notecite extract essays/ --glob '*.md' -o refs.json --jobs 2 -q\n"
               "  pbpaste | notecite extract - --from markdown -o refs.bib\n"
               "  notecite extract article.docx --into ~/library.bib   (appends new works only)\n"
               "  notecite extract article.txt --to pandoc-markdown -o article.md\n"
               "  notecite extract article.txt -o a.bib \\\n"
               "      --key-format 'auth.lower + shorttitle(3,3) + year'\n"
               "  notecite extract *.txt -o all.bib --json | jq .uncertain",
        formatter_class=HelpFormatter)
    parser.add_argument("documents", nargs="+", metavar="DOCUMENT",
                        help="a document, a folder (its documents are read recursively) or - for standard input")
    parser.add_argument("--from", dest="fmt", choices=sorted(FORMATS), metavar="FORMAT",
                        help=f"the documents' format ({', '.join(FORMATS)}); default: from each file's extension; "
                             "needed for standard input")
    parser.add_argument("--glob", metavar="PATTERN", help="which files of a folder to read, e.g. '*.md' "
                        "(default: every file with a supported extension)")
    parser.add_argument("-o", "--output", metavar="LIBRARY", action="append",
                        help="library to write (.bib, .json, .ris), or - for stdout (with --to); repeat for "
                             "several formats; all outputs are replaced together; default: the --into library")
    parser.add_argument("--to", choices=["bibtex", "biblatex", "csl-json", "ris", "pandoc-markdown"],
                        help="output format (default: from extension); pandoc-markdown writes the article as "
                             "Markdown with pandoc citations to LIBRARY and its CSL-JSON bibliography beside it")
    parser.add_argument("--into", metavar="EXISTING", help="merge into this existing .bib/.json/.ris library: works "
                        "it has are recognised, new works are appended, and its own entries are kept byte for byte "
                        "(order, layout, comments, @strings, fields); a second run with the same input changes nothing")
    parser.add_argument("--citations", metavar="CITATIONS.json",
                        help="write every note's cites as JSON: key, pinpoint, kind, confidence (default: not written)")
    parser.add_argument("--for", dest="target", choices=["zotero"],
                        help="write libraries that this application's importer takes in whole (zotero: every "
                             "value in a Zotero field or in Extra; .json is the best format for it)")
    parser.add_argument("--provenance-note", action="store_true",
                        help="also write where each new work was cited into its note ('Cited in a.txt: n. 1 (67).'); "
                             "Zotero imports it as one child note per item from RIS and BibTeX, into Extra from "
                             "CSL-JSON. Without it, provenance is only in the --citations file")
    parser.add_argument("--jobs", type=int, default=1, metavar="N", help="documents read in parallel (default 1)")
    parser.add_argument("--key-format", metavar="FORMULA", default=DEFAULT_FORMAT,
                        help="citation key formula for new works, Better BibTeX style: pieces auth, authEtAl, "
                             "authors(n), year, shorttitle(n,m), veryshorttitle, title, \"text\", joined by +, "
                             "with filters .lower .upper .capitalize .substring(s,n) "
                             f"(default: {DEFAULT_FORMAT!r} → serge1987memoirs; "
                             "'auth.lower + shorttitle(3,3) + year' → sergeMemoirsRevolutionary1987). "
                             "Works that name nobody use 'anon'; existing keys never change")
    parser.add_argument("--model", metavar="MODEL", help="parser model: 'shipped', 'user' or a model file "
                        "(default: the user model built by `notecite train --add` when there is one)")
    parser.add_argument("--fail-fast", action="store_true",
                        help="stop at the first document that cannot be read (default: extract and write the "
                             "others, list the failures, exit 2)")
    parser.add_argument("--force", action="store_true",
                        help="overwrite an output that is also an input (refused by default)")
    level = parser.add_mutually_exclusive_group()
    level.add_argument("-q", "--quiet", action="store_true",
                       help="no report: only errors, and one line counting the uncertain items")
    level.add_argument("-v", "--verbose", action="store_true",
                       help="the report in full: every work in the table and every uncertain item "
                            "(default: 40 works and 3 examples per reason)")
    level.add_argument("--json", action="store_true",
                       help="the report as JSON on standard output, for scripts: documents, notes, works, "
                            "links by kind, uncertain items by reason, the works table")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with batch_collection():  # a batch of many long-lived objects: see notecite.collector
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    outputs = args.output or ([args.into] if args.into else [])
    if not outputs:
        raise InputError("-o", "give a library to write with -o LIBRARY (or --into EXISTING)")
    documents = expand_paths(args.documents, args.glob)
    if documents.count(STDIN) > 1:
        raise InputError(STDIN, "standard input can be read only once")
    if args.target == "zotero" and args.into:
        raise InputError("--for zotero", "writes a new library for Zotero's importer; it cannot append to "
                         f"--into {args.into} (write the merged library with -o NEW.json --for zotero after the --into run)")
    plan_outputs(args, outputs, documents)
    key_format = KeyFormat.parse(args.key_format)
    model, model_name = choose_model(args.model)
    if not args.quiet:
        print(f"notecite: parsing notes with {model_name} ({model})", file=sys.stderr)
    with locked(args.into) if args.into else nullcontext():  # read, merge and replace it in turn
        # --into: the library's own text, read once under the lock: parsed for its works, and the
        # text new works are appended to (its entries kept byte for byte)
        original = read_text(args.into) if args.into else None
        existing = (loads(original.removeprefix("\ufeff"), format_from_path(args.into), source=args.into)
                    if original is not None else None)
        before = len(existing) if existing is not None else 0
        kept = {id(record) for record in existing.records} if existing is not None else set()
        existing_keys = [record["id"] for record in existing.records] if existing is not None else []
        console = Console(stderr=True)
        failures: list[tuple[str, NotecitError]] | None = None if args.fail_fast else []
        with Progress(console=console, transient=True, disable=args.quiet or len(documents) < 2
                      or not console.is_terminal) as progress:
            task = progress.add_task("reading documents", total=len(documents))
            library = extract(documents, into=existing, jobs=max(1, args.jobs), key_format=key_format,
                              on_document=lambda _path: progress.advance(task), model=str(model), failures=failures,
                              fmt=args.fmt, provenance_note=args.provenance_note)
        if failures and len(failures) == len(documents):  # nothing read: nothing written
            report_failures(failures, len(documents))
            return 2
        new_records = [record for record in library.records if id(record) not in kept]
        corrected = corrected_in_library(library, existing_keys) if original is not None else []
        if corrected:
            print(f"notecite: {args.into}: review corrections changed its works "
                  f"({', '.join(corrected)}); writing the library in full", file=sys.stderr)
            original = None
        to_stdout = write_outputs(args, outputs, documents, library, original, new_records)
    if to_stdout is not None:
        sys.stdout.write(to_stdout)
        sys.stdout.flush()
    summary = summarize(library, documents=len(documents), added=len(library) - before,
                        failed=[(path, str(error)) for path, error in failures or []],
                        existing=set(existing_keys))
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False, indent=2))
    elif not args.quiet:
        print_report(summary, Console(stderr=to_stdout is not None), verbose=args.verbose)
    elif summary.doubts:
        counts = ", ".join(f"{kind} {len(items)}" for kind, items in summary.by_kind().items())
        print(f"notecite: {len(summary.doubts)} uncertain items ({counts}); run without -q to see them",
              file=sys.stderr)
    if failures:
        report_failures(failures, len(documents))
        return 2
    return 0


def write_outputs(args: argparse.Namespace, outputs: list[str], documents: list[str], library: Library,
                  original: str | None, new_records: list[dict]) -> str | None:
    """Write every output file as one :class:`OutputSet` (all replaced or none); return the text
    for stdout when an output is ``-``."""
    to_stdout = None
    with OutputSet() as files:
        for output in outputs:
            fmt = args.to or format_from_path(output)
            if fmt == "pandoc-markdown":
                bibliography = pandoc_bibliography(output)
                markdown = to_pandoc_markdown(read_document(documents[0], args.fmt), library, bibliography=bibliography.name)
                files.add(bibliography, dumps(library, "csl-json"))
                files.add(output, markdown)
                continue
            if original is not None and same_family(format_from_path(args.into), fmt):
                text = append_into(original, format_from_path(args.into), new_records, fmt)
            else:
                text = dumps(library, fmt, for_zotero=args.target == "zotero")
            if output == STDOUT:
                to_stdout = text
            else:
                files.add(output, text)
        if args.citations:
            files.add(args.citations, jsontext.dumps(citations_to_json(library.citations)) + "\n")
        files.commit()
    return to_stdout


def report_failures(failures: list[tuple[str, NotecitError]], total: int) -> None:
    """One ``notecite: error:`` line per document that could not be read, then how many failed."""
    for path, error in failures:
        message = str(error)
        print(f"notecite: error: {message if path in message else f'{path}: {message}'}", file=sys.stderr)
    if total > 1:
        rest = "nothing was written" if len(failures) == total else "the others were extracted"
        print(f"notecite: {len(failures)} of {total} documents failed; {rest}", file=sys.stderr)


def corrected_in_library(library: Library, keys: list[str]) -> list[str]:
    """The keys of an existing library's works that review corrections edited, merged or removed
    (their entries cannot be kept byte for byte)."""
    present = {record["id"] for record in library.records}
    return [key for key in keys if key not in present or any(
        source.startswith("review:") for sources in library.provenance.get(key, {}).values() for source in sources)]


def pandoc_bibliography(output: str | os.PathLike) -> Path:
    """The CSL-JSON bibliography written beside a pandoc Markdown ``output``."""
    return Path(output).with_suffix(".json")


def plan_outputs(args: argparse.Namespace, outputs: list[str], documents: list[str]) -> list[str]:
    """Every file the run will write, checked before any work: formats known, ``-`` only with
    ``--to``, folders present, no output named twice, and no input overwritten unless ``--force``."""
    targets: list[str] = []
    for output in outputs:
        if output == STDOUT:
            if not args.to:
                raise InputError("-o -", "writing the library to stdout needs --to FORMAT "
                                         "(bibtex, biblatex, csl-json or ris)")
            if args.to == "pandoc-markdown":
                raise InputError("-o -", "--to pandoc-markdown writes a bibliography file beside the article: "
                                         "give the article a file name")
            continue
        if args.to == "pandoc-markdown":
            if len(documents) != 1:
                raise InputError(output, "--to pandoc-markdown takes exactly one document")
            targets.append(str(pandoc_bibliography(output)))
        elif not args.to:
            format_from_path(output)  # an unknown extension fails before any work is done
        targets.append(output)
    if args.citations:
        targets.append(args.citations)
    if outputs.count(STDOUT) > 1:
        raise InputError("-o -", "stdout is named twice as an output")
    if STDOUT in outputs and getattr(args, "json", False):
        raise InputError("-o -", "--json prints the report on stdout: write the library to a file")
    for i, target in enumerate(targets):
        check_writable_target(target)
        recover(folder_of(target))  # finish or undo what a killed run left there
        if any(same_file(target, other) for other in targets[:i]):
            raise OutputError(target, "named twice as an output")
        library_output = target in outputs and args.to != "pandoc-markdown"
        inputs = list(documents) + ([args.into] if args.into and not library_output else [])
        clash = next((source for source in inputs if source != STDIN and same_file(target, source)), None)
        if clash and not args.force:
            raise OutputError(target, f"it is an input ({clash}); refusing to overwrite it (--force to allow)")
    return targets


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """True when ``a`` and ``b`` name the same file: the same resolved path, or the same inode
    (a hard link or a symbolic link)."""
    if Path(a).resolve() == Path(b).resolve():
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
