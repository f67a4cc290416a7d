"""The main job, end to end: documents in, a deduplicated library with citations out.

read (document) → parse (cites) → normalize (records) → link (works, citations) →
merge across documents and into an existing library → stable keys → the corrections in each
document's sidecar (``article.txt.notecite.json``, see :mod:`notecite.review`).
"""
from __future__ import annotations

import os
import pickle
import re
import signal
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator

from .document import STDIN, display_name, read_document
from .document.bibliography import bibliography_entries
from .errors import NotecitError
from .keys import DEFAULT, KeyFormat
from .library import Citation, Library
from .link import NoteCite, link_document, merge_libraries
from .link.containers import pinpoints_through_containers
from .link.days import one_cite_per_day
from .link.issues import issues_as_pinpoints, numbered_ibid_pinpoints
from .link.dedup import DedupIndex
from .link.mentions import add_title_mentions
from .link.matching import title_holds_in_order, title_key
from .link.plausibility import check_library
from .link.resolve import MARKER_REACH
from .normalize import normalize_fields
from .normalize.identifiers import clean_url
from .normalize.kinds import Recognized, add_context, find_kinds, recognize
from .normalize.language import add_language
from .normalize.names import complete_compound_surnames
from .parse import check_length, parse_note, straight_single_quotes_read_as_curly
from .parse.model import Cite
from .parse.leftovers import (citation_like, dashes_as_stops, doubled_apostrophes_as_quotes, leftover_spans, low_quotes_as_high,
                              ocr_digits, ocr_page_labels)
from .parse.layouts import layout_labels
from .parse.rules.locators import YEAR
from .parse.tagger import Tagger, default_tagger
from .records import Record
from .review import apply_to_library, load, note_overrides


def extract_document(path: str | os.PathLike, model: str | None = None, fmt: str | None = None) -> Library:
    """The works and citations of one document; record ids are temporary until keys are assigned.

    The note corrections of the document's sidecar (labels, cite breaks) are applied while
    parsing; ``model`` is a parser model file (default: the shipped one); ``fmt`` the document
    format (default: from the extension; ``-`` is standard input and needs it).
    """
    document = read_document(path, fmt)
    name = display_name(path)
    tagger = default_tagger(model)
    overrides = note_overrides(load(path), ((note.number, note.text) for note in document.notes))
    cites: list[NoteCite] = []
    for note in document.notes:  # every note checked before any is parsed
        check_length(note.text, name, note.number)
    unparsed: list[str] = []
    # every note parsed, then every note read on: each stage runs with its own code and data warm in the
    # processor caches, not evicted note by note by the other (about a tenth less CPU outside parsing)
    texts = [ocr_page_labels(ocr_digits(doubled_apostrophes_as_quotes(low_quotes_as_high(dashes_as_stops(note.text)))))
             for note in document.notes]
    layout = layout_labels(texts)  # what the document's notes settle together (a reviewer's labels win)
    parsed = [parse_note(text, note.italic_spans, tagger, breaks=overrides.breaks.get(note.number),
                         labels=[*laid_out, *overrides.labels.get(note.number, ())])
              for text, laid_out, note in zip(texts, layout, document.notes)]
    for note, note_cites in zip(document.notes, parsed):
        text = straight_single_quotes_read_as_curly(note.text)  # as the parser read it, offsets unchanged
        note_cites = _fold_site_tails(text, note_cites)
        kinds = find_kinds(text)
        found = []
        around: dict[tuple[int, int], tuple[str, str]] = {}  # a shaped span's prose, from the cites it replaces
        for cite in note_cites:
            if _mostly_inside(cite.start, cite.end, kinds) or _runs_on_past_a_sentence(text, cite.start, kinds):
                span = next((s, e) for s, e, _ in kinds if s < cite.end and cite.start < e)
                prefix, suffix = around.get(span, (cite.prefix, ""))
                around[span] = (prefix, cite.suffix)  # "X to Y, 1937, quoted in": the relation to the next cite
                continue  # read whole as a letter, interview, archival item… below
            found.append(_parsed_cite(name, note.number, text, cite))
        for start, end, shape in kinds:
            if shape.inside or not any(c.start < end and start < c.end for c in found):
                found += _shaped_cites(name, note.number, text, start, end, shape, *around.get((start, end), ("", "")))
        found += _leftover_cites(name, note.number, text, found, unparsed, tagger)
        found.sort(key=lambda c: c.start)
        _set_separators(text, found)
        found = issues_as_pinpoints(text, one_cite_per_day(text, found))
        found = pinpoints_through_containers(text, numbered_ibid_pinpoints(found))
        _declare_short_titles(text, found)
        cites += found
    complete_compound_surnames([(c.kind, c.record) for c in cites])
    library = link_document(cites, name, _bibliography_records(name, document.body, tagger),
                            {m.number: document.body[max(0, m.offset - MARKER_REACH):m.offset] for m in document.markers})
    add_title_mentions(library, document.notes, cites)
    check_library(library)
    library.warnings[:0] = [f"{name}: {w}" for w in document.warnings + overrides.stale]
    library.warnings += unparsed
    library.notes_read[name] = len(document.notes)
    return library


#: ``(hereafter cited as HCC)``, ``; hereafter Message``, ``[henceforth “Documents”]``: the short title a
#: note declares for the work cited before it (the name the later notes use).
_DECLARED_SHORT = re.compile(
    r"(?:(?P<hereafter>(?:^|[(\[;,.]\s*)(?:henceforth|hereafter|hereinafter))"
    r"(?:\s+(?:cited|referred\s+to|abbreviated)(?:\s+as)?)?"
    r"|\b(?:subsequent|further|later|all\s+other)\s+(?:citations|references)\b[^.;()]{0,60}?\b(?:are|will\s+be)\s+"
    r"(?:rendered|given|cited|abbreviated|made|referred\s+to)(?=\s+as\b))"
    r"[:,]?\s+(?:as\s+)?(?P<short>[“\"‘'][^”\"’']{1,80}[”\"’']|[^\s()\[\];,.“\"‘'][^()\[\];,.“\"‘']{0,79})", re.I)
#: Words after a declared short title that say how it goes on (``CDF followed by the file number``).
_DECLARED_TAIL = re.compile(r"\s+(?:followed|plus|with|and\s+the)\b.*$", re.I)


def _declare_short_titles(text: str, cites: list[NoteCite]) -> None:
    """Give the record of the full (or short) cite before each ``hereafter X`` (``subsequent citations to the book are
    rendered as X``) of a note's ``text`` the short title X (``cites``: the note's cites, in order), unless X is that
    record's title or names its container (``Letter…, Message of the President… [hereafter Message], 257``: the
    book's name)."""
    lowered = text.lower()
    if "here" not in lowered and "hence" not in lowered and "citations" not in lowered and "references" not in lowered:
        return  # every declaration holds one of these words
    for match in _DECLARED_SHORT.finditer(text):
        # (a sentence saying how later notes cite the book may follow a short form of it: "Rorty, Our Master's Voice, ix.
        # … subsequent citations to the book are rendered as OMV")
        kinds = ("full",) if match["hereafter"] else ("full", "short")
        before = [c for c in cites if c.start < match.start("short") and c.kind in kinds]
        short = _DECLARED_TAIL.sub("", match["short"].strip("“”\"‘’' ")).strip()
        if before and short and any(ch.isalpha() for ch in short):
            record = before[-1].record
            if not record.get("title") and record.get("title-short"):
                record["title"] = record["title-short"]  # a short form's title, now named in full beside the new short one
            if title_key(short) != title_key(record.get("title")) and not (
                    title_holds_in_order(record.get("container-title"), short)
                    and not title_holds_in_order(record.get("title"), short)):
                record["title-short"] = short


#: Confidence of a cite read by the shapes of :mod:`notecite.normalize.kinds` (rules, not the tagger).
SHAPED_CONFIDENCE = 0.85


#: Where a cite was read, after it: ``[available at ORG,] NAME website[,] URL`` (``HathiTrust website,
#: http://…``, ``Office of the Historian website https://…``), the URL taken out: a site's name, no digit.
_SITE_TAIL = re.compile(r"(?:(?:available|accessible|online|also)\s+)*(?:(?:at|on|from|via|through)\s+)?(?:the\s+)?"
                        r"(?:[^\d,;]{1,60},\s*)?[A-Z][^\d,;]{0,60}\b(?:web\s?site|web\s+page)", re.I)
#: What may stand between a cite and the site it was read on: separators, or ``available at [the] ORG``.
_TO_SITE = re.compile(r"[\s,.;)]*(?:(?:(?:available|accessible|online)\s+)?(?:at|on|from|via|through)\s+(?:the\s+)?"
                      r"[A-Z][^\d;.]{0,60}[\s,]*)?", re.I)
_SITE_URL = re.compile(r"<?(?:https?://|www\.)[^\s<>]+")


def _fold_site_tails(text: str, cites: list[Cite]) -> list[Cite]:
    """``cites`` of a note's ``text`` without the cites that only say where the cite before them can be
    read (``…, p. 130, available at the Library of Congress, American Memory Collection website, http://…``):
    their text is left to :func:`_leftover_cites`, which gives the URL to the cite read before it. A site
    cited on its own (``See X website, URL``, ``… and X website, URL``) stays a cite; a site named inside a
    cite of a printed work (``Vol. 13 (London, 1742), HathiTrust website, http://…``) is no title of it
    (:func:`_site_no_title`)."""
    if "web" not in text.lower():
        return cites  # every tail names a website
    out: list[Cite] = []
    for cite in cites:
        if out and _site_tail_url(text[cite.start:cite.end]) and _TO_SITE.fullmatch(text, out[-1].end, cite.start):
            continue
        _site_no_title(cite)
        out.append(cite)
    return out


def _site_tail_url(tail: str) -> str | None:
    """The URL of ``tail`` when ``tail`` only names the website where a cite can be read, with its URL
    (:data:`_SITE_TAIL`); else None."""
    link = _SITE_URL.search(tail) if "web" in tail.lower() else None
    if link is None or not _SITE_TAIL.fullmatch((tail[:link.start()] + tail[link.end():]).strip(" ,.;()")):
        return None
    return clean_url(link.group(0))


#: The fields that show a cite names a printed work beside the site it was read on.
_PRINTED = frozenset({"volume", "location", "publisher", "date", "pages", "edition"})


def _site_no_title(cite: Cite) -> None:
    """Relabel as ``note`` the title or container title of ``cite`` that is only the name of the website
    where the printed work it cites (a volume, a place, a date…) can be read, with the site's URL."""
    labels = {label for label, _ in cite.fields}
    if "url" not in labels or not labels & _PRINTED:
        return
    cite.fields = [("note" if label in ("title", "container-title") and _SITE_TAIL.fullmatch(value.strip(" ,.;"))
                    else label, value) for label, value in cite.fields]


#: ``MS.``/``MSS.`` written just before a cite (the parser leaves it in the cite's prefix).
_MS_BEFORE = re.compile(r"(?:^|\s)MSS?\.?\s*$")


def _mark_manuscript(record: dict, prefix: str) -> None:
    """Type as manuscript a record the normalizer took for a book (or left untyped) when its cite
    follows ``MS.`` (``MS. Department of State, 5 Instructions, U.S. Ministers, p. 341``)."""
    if record.get("type") in ("book", "document") and _MS_BEFORE.search(prefix):
        record["type"] = "manuscript"


def _bibliography_records(document: str, body: str, tagger: Tagger) -> list[Record]:
    """The records of the entries of the document's own bibliography (:func:`bibliography_entries`),
    each read as one full reference: the first full cite the parser finds in it. An entry over the note-length
    limit is refused as a note would be, naming the document and the entry (InputError)."""
    entries = bibliography_entries(body)
    for number, entry in enumerate(entries, 1):  # every entry checked before any is parsed, as the notes are
        check_length(entry, document, number, part="bibliography entry")
    records = []
    for number, entry in enumerate(entries, 1):
        cite = next((c for c in parse_note(entry, (), tagger) if c.kind == "full"), None)
        if cite is not None:
            records.append(_parsed_cite(document, number, entry, cite).record)
    return records


def _parsed_cite(document: str, number: int, text: str, cite: Cite) -> NoteCite:
    """The parsed ``cite`` of note ``number`` (whose text is ``text``) normalized; its separator is set once
    the note's cites are all found (:func:`_set_separators`)."""
    cited = text[cite.start:cite.end]
    normalized = normalize_fields(cite.fields, kind=cite.kind, locator=cite.locator, text=cited)
    _mark_manuscript(normalized.record, cite.prefix)
    return NoteCite(document=document, note=number, kind=normalized.kind, record=normalized.record,
                    locator=normalized.locator, prefix=cite.prefix, suffix=cite.suffix, text=cited,
                    confidence=cite.confidence, flags=normalized.flags, start=cite.start, end=cite.end)


def _separator(text: str, start: int, end: int, prefix: str) -> str:
    """The strongest stop in ``text[start:end]`` (the prose between two cites), the cite's ``prefix``
    at its end aside: ``.`` when a full stop ends a sentence there (``…, p. 180. Trauergeschichte
    von…``), else ``;`` (``Smith, Title, 4; Other Title, 7``), else ``,`` (``Serge, Memoirs, 67, and
    Destiny, 12``), else ``:`` (``Kendall's Report, August, 1830: Senate Doc., …``), else ``""``. With the prefix's joining words (``and``, ``see also``) it tells how
    the cite is joined to the one before."""
    gap = text[start:end].rstrip()
    if prefix and gap.endswith(prefix):
        gap = gap[:-len(prefix)]
    return next((stop for stop in ".;,:" if stop in gap), "")


def _set_separators(text: str, cites: list[NoteCite]) -> None:
    """In place: each of a note's ``cites`` (in order) gets the separator (:func:`_separator`) between the cite
    before it, whichever reader found that one (the parser, the readers of letters and archives), and itself."""
    for i, cite in enumerate(cites):
        cite.separator = _separator(text, cites[i - 1].end if i else 0, cite.start, cite.prefix)


def _mostly_inside(start: int, end: int, spans: list[tuple[int, int, object]]) -> bool:
    """Whether at least half of [start, end) lies in ``spans``."""
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e, _ in spans)
    return inside * 2 >= end - start > 0


def _runs_on_past_a_sentence(text: str, start: int, spans: list[tuple[int, int, object]]) -> bool:
    """Whether a cite starting at ``start`` starts inside one of ``spans`` that ends a sentence (``Houston to Colby,
    DATE in CREST, CIA–RDP83–…–6.``): what the cite reads past that stop is the next sentence, read again on its own."""
    return any(s < start < e and text[e - 1] == "." for s, e, _ in spans)


def _shaped_cite(document: str, number: int, text: str, start: int, end: int, prefix: str = "",
                 suffix: str = "", shape: Recognized | None = None) -> NoteCite:
    """The cite of note ``number`` at [start, end), read whole by :mod:`notecite.normalize.kinds`
    (``prefix`` and ``suffix``: the prose the parser gave the cites it replaces), with the fields the note gives it
    outside the clause (:attr:`~notecite.normalize.kinds.Recognized.context`); an item the note around it defines
    (not :attr:`~notecite.normalize.kinds.Recognized.read_alone`) is ``shape``'s record as it is."""
    clause = text[start:end]
    if shape is not None and not shape.read_alone:
        locator = normalize_fields([("locator", shape.locator)], kind="full").locator if shape.locator else None
        return NoteCite(document=document, note=number, kind="full", record=dict(shape.record), locator=locator,
                        prefix=prefix, suffix=suffix, text=clause, confidence=SHAPED_CONFIDENCE, start=start, end=end)
    normalized = normalize_fields([("note", clause)], kind="full", text=clause)
    if shape is not None:
        add_context(normalized.record, shape.context)
    return NoteCite(document=document, note=number, kind="full", record=normalized.record, locator=normalized.locator,
                    prefix=prefix, suffix=suffix, text=clause, confidence=SHAPED_CONFIDENCE, flags=normalized.flags,
                    start=start, end=end)


def _shaped_cites(document: str, number: int, text: str, start: int, end: int, shape: Recognized, prefix: str = "",
                  suffix: str = "") -> list[NoteCite]:
    """The cite of note ``number`` at [start, end) read as ``shape`` (:func:`_shaped_cite`), after the book
    it is printed in when the cite gives one with its imprint (``Knox to Washington, DATE, The Papers of
    George Washington, Vol. 10 (Place: Publisher, 2002), p. 168``): a work cited at the same pinpoint over
    the same span, put first so that the item is the cite an ``ibid.`` after it points to and the book
    takes no author from the item (:func:`~notecite.link.resolve.carry_authors`)."""
    item = _shaped_cite(document, number, text, start, end, prefix, suffix, shape)
    printed_in = shape.printed_in
    if printed_in is None:
        return [item]
    book = NoteCite(document=document, note=number, kind="full", record=printed_in, locator=item.locator,
                    prefix=prefix, text=item.text, confidence=SHAPED_CONFIDENCE, start=start, end=end)
    return [book, item]


def _leftover_cites(document: str, number: int, text: str, cites: list[NoteCite], unparsed: list[str],
                    tagger: Tagger | None = None) -> list[NoteCite]:
    """The cites in the text of note ``number`` that no cite covers: a clause in one of the
    historians' shapes (:func:`notecite.normalize.kinds.recognize`) becomes a cite; a clause naming
    only the website where the cite before it can be read gives that cite's record its URL
    (:func:`_site_tail_url`); a clause the parser, reading it alone with ``tagger``, finds a full
    reference at the start of is that reference (:func:`_reference_alone`: the prose of a long note
    can lead the parser to read a reference after it as prose); any other clause that reads like a
    citation is reported in ``unparsed`` with the note and its text."""
    out = []
    for start, end in leftover_spans(text, [(c.start, c.end) for c in cites]):
        clause = text[start:end]
        link = _site_tail_url(clause)
        before = None  # the cite just before the clause (of an item and its book, one span: the item, put last)
        for cite in cites if link else ():
            if cite.end <= start and (before is None or cite.end >= before.end):
                before = cite
        if before is not None and _TO_SITE.fullmatch(text, before.end, start):
            before.record.setdefault("URL", link)  # "Knox to Washington, …, p. 168. Available at …, X website, http://…"
            continue
        if not citation_like(clause):
            continue
        shape = recognize(clause)
        if shape is not None:
            out += _shaped_cites(document, number, text, start, end, shape)
            continue
        alone = _reference_alone(clause, tagger)
        if alone is None:
            unparsed.append(f"{document}, note {number}: could not parse {clause!r}")
            continue
        alone.start += start
        alone.end += start
        out.append(_parsed_cite(document, number, text, alone))
    return out


def _reference_alone(clause: str, tagger: Tagger | None) -> Cite | None:
    """The full reference that the parser, reading ``clause`` alone, finds at its start, or None; offsets
    are the clause's. A clause opening on anything but a capital (``2004): UK Data Archive…``, ``(London,
    1789).``) is the tail of a reference, never one; one without a year is not read (a full reference
    left as prose has its date: the parser is spared the clauses that would give none). A joining word before the
    capital (``and Warren Cohen, “Gaps in the Record,” …``) is left out."""
    joined = _JOINING_WORD.match(clause)
    skip = joined.end() if joined else 0
    if not clause[skip:skip + 1].isupper() or not YEAR.search(clause):
        return None
    first = next(iter(parse_note(clause[skip:], (), tagger)), None)
    if first is None or first.kind != "full" or first.start != 0:
        return None
    first.start += skip
    first.end += skip
    return first


#: A word joining a reference to the one before it, opening a clause left over (``and``, ``also``, ``und``).
_JOINING_WORD = re.compile(r"(?:and|also|und|et|y|e)\s+(?=[A-Z])")


def extract(paths: Iterable[str | os.PathLike], *, into: Library | None = None, jobs: int = 1,
            on_document: Callable[[str], None] | None = None, key_format: KeyFormat = DEFAULT,
            model: str | None = None, failures: list[tuple[str, NotecitError]] | None = None,
            fmt: str | None = None, provenance_note: bool = False) -> Library:
    """Extract every document and merge their works into one library (or into ``into``).

    Works cited by several documents appear once; the records of ``into`` keep their fields
    and keys. ``jobs`` > 1 reads documents in parallel processes; each result is merged as it
    arrives (in the order of ``paths``, so the library is the same for any ``jobs``) over one
    dedup index. ``on_document`` is called with each document's path once it is done (for
    progress bars). New records get keys from ``key_format`` (:mod:`notecite.keys`) and a
    ``language`` when their title tells it (:mod:`notecite.normalize.language`). Each
    document's sidecar corrections are applied (a correction that no longer applies becomes a
    warning); ``model`` is the parser model file (default: the shipped one). A document that
    cannot be read (a :class:`NotecitError`) raises at once, unless ``failures`` is a list:
    then ``(path, error)`` is appended to it and the other documents are still extracted.
    ``fmt`` is the documents' format (default: from each extension; ``-`` is standard input,
    always read in this process).
    Where each work was cited is in ``library.citations``; ``provenance_note`` also writes it
    into each new record's ``note`` (:func:`describe_citations`).
    """
    paths = [str(p) for p in paths]
    library = into if into is not None else Library()
    known = {id(record) for record in library.records}
    index = DedupIndex(library)
    read: list[str] = []
    for path, found in _extracted(paths, jobs, model, fmt):
        if isinstance(found, NotecitError):
            if failures is None:
                raise found
            failures.append((path, found))
        else:
            merge_libraries(library, found, index=index)
            library.notes_read.update(found.notes_read)
            read.append(path)
        if on_document:
            on_document(path)
    library.assign_keys(key_format)
    kept = [record["id"] for record in library.records if id(record) in known]
    for path in read:
        apply_corrections(library, path, kept, key_format, fmt)
    cited: dict[str, list[Citation]] = {}
    for citation in library.citations if provenance_note else ():
        cited.setdefault(citation.record_id, []).append(citation)
    for record in library.records:
        if id(record) not in known:
            add_language(record)
            if provenance_note:
                describe_citations(record, cited.get(record["id"], []))
    return library


def apply_corrections(library: Library, path: str, keep: Iterable[str], key_format: KeyFormat = DEFAULT,
                      fmt: str | None = None) -> None:
    """Apply the link and record corrections of ``path``'s sidecar to the keyed ``library``."""
    corrections = load(path)
    if not corrections.library_corrections():
        return
    notes = [(note.number, note.text) for note in read_document(path, fmt).notes]
    name = display_name(path)
    stale = apply_to_library(library, corrections, notes, document=name, keep=keep, source=f"review:{name}",
                             key_format=key_format)
    library.warnings.extend(f"{name}: {message}" for message in stale)


def _extracted(paths: list[str], jobs: int, model: str | None = None,
               fmt: str | None = None) -> Iterator[tuple[str, Library | NotecitError]]:
    """Each path with its extracted library or the error that stopped it, in the order of ``paths``.

    With ``jobs`` > 1 the documents are extracted in worker processes while the caller merges
    earlier results; when the caller stops early (an error), documents not yet started are
    cancelled.
    """
    if jobs <= 1 or len(paths) < 2 or STDIN in paths:
        for path in paths:
            try:
                yield path, extract_document(path, model, fmt)
            except NotecitError as error:
                yield path, error
        return
    with _ctrl_c_held_back() as interrupted:
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_leave_ctrl_c_to_the_parent)
        try:
            # Not pool.map: when stopped, its iterator cancels the pending futures from this thread while
            # the executor's own thread marks them failed for the workers stopped below, and on Python
            # before 3.12 that race prints an InvalidStateError traceback (CPython gh-107219).
            futures = [pool.submit(_extract_or_error, path, model, fmt) for path in paths]
            for path, future in zip(paths, futures):
                yield path, _result_unless_interrupted(future, interrupted)
            if interrupted:
                raise KeyboardInterrupt
        except BaseException:  # Ctrl-C, or the caller stopped: stop the workers now, not after their documents
            for process in list((pool._processes or {}).values()):  # the executor has no public terminate
                process.terminate()
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


#: How often (seconds) the parent of ``--jobs`` workers looks whether Ctrl-C came while it waits.
_CTRL_C_POLL = 0.1


@contextmanager
def _ctrl_c_held_back() -> Iterator[list[bool]]:
    """While the worker pool runs, Ctrl-C only appends to the yielded list (in the main thread).

    A KeyboardInterrupt raised at an arbitrary point of the executor's own code (while it forks a
    worker or holds one of its locks) can leave a worker it does not know of, or a lock taken, and
    the pool's shutdown then waits forever; so SIGINT is turned into a flag that
    :func:`_result_unless_interrupted` checks between waits. Outside the main thread (where
    signal handlers cannot be set) Ctrl-C is left as it is.
    """
    interrupted: list[bool] = []
    if threading.current_thread() is not threading.main_thread():
        yield interrupted
        return
    previous = signal.signal(signal.SIGINT, lambda signum, frame: interrupted.append(True))
    try:
        yield interrupted
    finally:
        signal.signal(signal.SIGINT, previous)


def _result_unless_interrupted(future: Future, interrupted: list[bool]) -> Library | NotecitError:
    """``future``'s result; KeyboardInterrupt as soon as ``interrupted`` holds a Ctrl-C."""
    while not interrupted:
        try:
            return future.result(timeout=_CTRL_C_POLL)
        except FuturesTimeout:
            continue
    raise KeyboardInterrupt


def _leave_ctrl_c_to_the_parent() -> None:
    """In a worker: ignore SIGINT (Ctrl-C reaches the whole process group); the parent stops us."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract_or_error(path: str, model: str | None = None, fmt: str | None = None) -> Library | NotecitError:
    """:func:`extract_document` in a worker process, with a :class:`NotecitError` returned as a value.

    The error travels back as it is when it pickles; otherwise as a plain
    :class:`NotecitError` with the same message, so the file name is never lost.
    """
    try:
        return extract_document(path, model, fmt)
    except NotecitError as error:
        try:
            pickle.loads(pickle.dumps(error))
        except Exception:  # noqa: BLE001 - any pickling failure means: send the message only
            return NotecitError(str(error))
        return error


def describe_citations(record: dict, citations: list[Citation]) -> None:
    """Add to a new record's ``note`` where it was cited: ``Cited in a.txt: n. 1 (67), n. 2.``

    ``citations`` are the record's citations, in document and note order.
    """
    by_document: dict[str, list[str]] = {}
    for citation in citations:
        where = f"n. {citation.note}" + (f" ({citation.locator})" if citation.locator else "")
        entries = by_document.setdefault(citation.document, [])
        if where not in entries:
            entries.append(where)
    if not by_document:
        return
    line = " ".join(f"Cited in {doc}: {', '.join(places)}." for doc, places in by_document.items())
    record["note"] = f"{record['note']}\n{line}" if record.get("note") else line
