"""Works named in a note's prose by their title, once the cites of a document are linked.

``As Serge wrote in the Memoirs of a Revolutionary, …`` or ``le Fédéraliste, dans le nº 45, …``: the
parser, reading each note alone, can leave a title of a work the document cites as prose. Here the text
of each note that no cite covers (:func:`~notecite.parse.leftovers.leftover_spans`) is scanned for the
titles and short titles of the document's cited works, and a ``mention`` citation of the work is added,
with the pinpoint written next to the title (``nº 45``, ``p. 12``, ``(p. 114, Title)``).

Guards against a title read into common prose or names: a title holds two significant words, or is one
rare word (no common word, known name, place or author's name of the document) set apart (italic, quoted,
after a definite article, after its author's family name and a comma: ``Wrobel, Promised Lands``, or alone in a
bracket with its page: ``(Considerations, 29)``) and cited at a pinpoint; one common word is a title after ``his``
or its author's possessive, or bracketed with its page after its author is named (``As Anderson notes, …
(Considerations, 29)``); it names one work of the document only, and
no person (``Antonio Pérez``), letter (``Shirley to Robinson``) or body (``Department of State``; a body's
or place's name counts only set apart as a title); it is matched as whole words, its first word and every
word the title capitalises capitalised, not inside a longer capitalised run (``Papers Relating to the
Foreign Relations…``). A note that cites the work elsewhere gets no mention of it, and a work gets one
mention per note.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cached_property, lru_cache
from typing import Iterable, Sequence

from ..collector import without_cycle_collection
from ..document.model import Note
from ..keys import STOPWORDS, ascii_fold
from ..library import Citation, Library
from ..normalize.lexicon import NAMES, WORDS
from ..normalize.names import INSTITUTION_WORDS, PARTICLES
from ..normalize.pages import parse_locator
from ..parse.dictionaries import fold, load
from ..parse.leftovers import leftover_spans
from ..parse.rules.locators import YEAR, _LOCATOR, _WORDED_LOCATOR
from ..parse.rules.names import _WORK_NOUNS
from ..records import Record, plain_text
from .matching import families, title_key
from .model import NoteCite
from .resolve import pinpoint_value

#: Confidence of a mention found by title in prose.
MENTION_CONFIDENCE = 0.8
#: Articles a title may lose or gain in prose (``The League of …`` cited as ``League of …``).
_ARTICLES = frozenset("the a an le la les l' der die das el los las il lo".split())
_DEFINITE = frozenset("the le la les der die das el los las il lo".split())
_TITLED = frozenset(article.capitalize() for article in _DEFINITE)
#: A definite article just before a title (``the Federalist``, ``His work, The League…``).
_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])(" + "|".join(sorted(_DEFINITE | _TITLED)) + r")\s+$")
#: The words that join the writer and the addressee in a letter's heading (``Shirley to Robinson``).
_LETTER_TO = frozenset("to al à au".split())
#: Words that make a title a body's name, beside :data:`~notecite.normalize.names.INSTITUTION_WORDS`.
_BODY_WORDS = INSTITUTION_WORDS | frozenset("house senate parliament chamber".split())
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: What may stand between a title and its pinpoint: ``, dans le nº 45``, ``, in his p. 12``, ``(p. 4)``.
_BRIDGE = re.compile(r"\s*[,(]?\s*(?:(?:dans|in|at|en|im|in\s+der)\s+(?:le|la|son|sa|his|its|their|the|der|dem|seinem)?\s*)?")
_NUMBERED = re.compile(r"\d|\b[ivxlc]+\b|\b[IVXLC]+\b")
_GIVEN = load("given_names")
_NAME_WORDS = frozenset(fold(name) for name in NAMES) | load("places") | _GIVEN
_COMMON = frozenset(fold(word) for word in WORDS) | STOPWORDS


@without_cycle_collection
def add_title_mentions(library: Library, notes: Sequence[Note], cites: Iterable[NoteCite]) -> None:
    """Add to ``library`` (one document's, linked) a ``mention`` citation for each work whose title is
    written in a note's prose outside every one of ``cites`` (the document's cites, linked or not), once
    a note and only in a note that cites the work nowhere else, before or after the note that cites it
    (a title named first in prose is cited in full later); see the module's contract for what counts as
    a title. The citations stay in note and text order."""
    if not library.citations:
        return
    forms = _by_first_word(_title_forms(library))
    single = _one_work_authors(library)
    if not forms and not single:
        return
    covered: dict[int, list[tuple[int, int]]] = {}
    for cite in cites:
        covered.setdefault(cite.note, []).append((cite.start, cite.end))
    cited: dict[int, set[str]] = {}
    for citation in library.citations:
        cited.setdefault(citation.note, set()).add(citation.record_id)
    document = library.citations[0].document
    added = []
    for note in notes:
        seen = cited.get(note.number, set())
        spans = covered.get(note.number, ())
        found = _mentions_in(note, spans, forms) if forms else []
        found = sorted(found + _described_in(note.text, spans, single), key=lambda f: f[1]) if single else found
        for record_id, start, end, locator in found:
            if record_id not in seen:
                seen = seen | {record_id}
                added.append(Citation(document=document, note=note.number, record_id=record_id, kind="mention",
                                      locator=pinpoint_value(locator) if locator else None,
                                      label=locator.get("label", "page") if locator else "page",
                                      confidence=MENTION_CONFIDENCE, text=note.text[start:end], start=start, end=end))
    if added:
        library.citations = sorted(library.citations + added, key=lambda c: (c.note, c.start))


#: ``Deutscher's trilogy``, ``Service's fine biography``: a capitalised name's possessive, up to two lower-case
#: words and a noun for a work (:data:`~notecite.parse.rules.names._WORK_NOUNS`).
_DESCRIBED = re.compile(r"(?<![^\W_])([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)['’]s(?:\s+[a-z]+){0,2}?\s+(?:"
                        + "|".join(sorted(_WORK_NOUNS, key=len, reverse=True)) + r")s?(?![^\W_])")


def _one_work_authors(library: Library) -> dict[str, str]:
    """The folded family names of the authors of exactly one cited work of ``library``, each with that work's id."""
    cited = {c.record_id for c in library.citations}
    works: dict[str, set[str]] = {}
    for record in library.records:
        for name in families(record):
            works.setdefault(ascii_fold(name), set()).add(record["id"])
    return {name: next(iter(ids)) for name, ids in works.items() if len(ids) == 1 and ids <= cited}


def _described_in(text: str, covered: Iterable[tuple[int, int]], single: dict[str, str]
                  ) -> list[tuple[str, int, int, dict | None]]:
    """``(record id, start, end, locator)`` of the works described by their author's possessive and a noun for a
    work in ``text`` outside ``covered`` (:data:`_DESCRIBED`: ``Service's biography``), the author being one of
    ``single`` (:func:`_one_work_authors`): one whose work no title tells apart needs only one cited work."""
    if "s " not in text or ("'" not in text and "’" not in text):
        return []
    found = []
    for start, end in leftover_spans(text, covered):
        for match in _DESCRIBED.finditer(text, start, end):
            record_id = single.get(ascii_fold(match.group(1)))
            if record_id is not None:
                found.append((record_id, match.start(), match.end(), _pinpoint_after(text, match.end(), end)))
    return found


class _Form:
    """One written title of a work: its words, the regex that finds it, its words in lower case (a cheap
    test before the regex: a clause without them all cannot hold the title) and the guard a match must
    pass (:func:`_mentions_in`)."""

    def __init__(self, record_id: str, title: str, guard: str = "", owners: frozenset[str] = frozenset()) -> None:
        self.record_id = record_id
        self.words = _WORD.findall(title)
        self.guard = guard  # "word": one rare word; "owned": one common word; "body": maybe a body's name; "": none
        self.owners = owners  # the folded family names of the work's authors
        self.gate = frozenset(word.lower() for word in self.words)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The title's words as whole words, any case, one to three other characters apart; compiled
        on first use (most titles never pass the gate)."""
        return re.compile(r"(?<![^\W_])" + r"\W{1,3}".join(re.escape(w) for w in self.words) + r"(?![^\W_])", re.I)

    def written_as_title(self, found: str) -> bool:
        """Whether ``found`` (the text the pattern matched) is cased as a title: its first word
        capitalised, and every word capitalised in the title capitalised in it."""
        words = _WORD.findall(found)
        return len(words) == len(self.words) and words[0][:1].isupper() and all(
            w[:1].isupper() for w, t in zip(words, self.words) if t[:1].isupper())


def _title_forms(library: Library) -> list[_Form]:
    """The written titles of ``library``'s cited works (:func:`_titles`), longest first, each with the
    guard :func:`_guard` gives it, but those that are the title of another work of the document too."""
    cited = {c.record_id for c in library.citations}
    authors = {name for record in library.records for name in families(record, ("author", "editor"))}
    bodies = {_key(name["literal"]) for record in library.records for role in ("author", "editor")
              for name in record.get(role) or () if isinstance(name, dict) and name.get("literal")}
    titled = {record["id"]: _key(plain_text(record.get("title"))).split() for record in library.records}
    keyed = [(record, title, _key(title)) for record in library.records if record["id"] in cited
             for title in _titles(record)]
    in_titles = _runs_counted(titled.values(), {key for _, _, key in keyed})
    forms: dict[str, _Form] = {}
    ambiguous = set()
    for record, title, key in keyed:
        guard = None if key in bodies else _guard(_WORD.findall(title), _significant(title), authors)
        if guard is None:
            continue
        own = f" {key} " in f" {' '.join(titled[record['id']])} "
        if key in forms and forms[key].record_id != record["id"] or in_titles[key] > own:
            ambiguous.add(key)  # the title of two works (two editions, a series and one of its volumes)
        forms.setdefault(key, _Form(record["id"], title, guard, frozenset(families(record))))
    return sorted((f for k, f in forms.items() if k not in ambiguous), key=lambda f: -len(f.words))


def _runs_counted(word_lists: Iterable[list[str]], runs: set[str]) -> Counter[str]:
    """How many times each of ``runs`` (words one space apart) is a run of consecutive words of one of
    ``word_lists``, every occurrence counted; no other run is counted. A run is extended only while it opens
    one of ``runs``, so the cost is that of the runs' openings, not of every run of every list."""
    openings = set()
    for run in runs:
        words = run.split(" ")
        openings.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    counts: Counter[str] = Counter()
    for words in word_lists:
        for i, run in enumerate(words):
            j = i + 1
            while run in openings:
                if run in runs:
                    counts[run] += 1
                if j == len(words):
                    break
                run += " " + words[j]
                j += 1
    return counts


def _by_first_word(forms: list[_Form]) -> dict[str, list[tuple[int, _Form]]]:
    """``forms`` (with their rank in ``forms``) filed under the first word of each, lower-cased: a clause
    can only hold the titles whose first word it holds."""
    index: dict[str, list[tuple[int, _Form]]] = {}
    for rank, form in enumerate(forms):
        index.setdefault(form.words[0].lower(), []).append((rank, form))
    return index


def _guard(words: list[str], significant: list[str], authors: set[str]) -> str | None:
    """The guard of a title of ``words`` (``significant``: :func:`_significant`; ``authors``: the folded
    family names of the document's authors): None when it cannot name its work in prose (fewer than two
    significant words and no single word, a person's name, a letter's heading), ``"word"`` for one rare
    word (:func:`_rare`), ``"owned"`` for one common word (``Memoirs``), ``"body"`` for a body's or place's
    name (:func:`_body`), else ``""``."""
    one = len(words) == 1 and len(significant) == 1
    single = one and _rare(significant[0], authors)
    if not (len(significant) >= 2 or one) or _a_name(words, authors) or _a_letter(words):
        return None
    return "word" if single else "owned" if one else "body" if _body(words, significant) else ""


@lru_cache(maxsize=4096)  # a document's titles are keyed twice: as its records' titles, then as the forms cited
def _key(title: str) -> str:
    """``title``'s words folded, one space apart: the same title however punctuated."""
    return " ".join([fold(word) for word in _WORD.findall(title)])  # (each word's folding is kept: titles share words)


def _body(words: list[str], significant: list[str]) -> bool:
    """Whether a title of ``words`` (``significant``: its folded significant words) may be the name of a
    body or a place rather than a work: opened or closed by a word of an institution (``Department of
    State``, ``House of Commons``), or two capitalised words alone (``Cape Breton``)."""
    return bool({significant[0], significant[-1]} & _BODY_WORDS) or len(words) == 2 and all(w[:1].isupper() for w in words)


def _a_letter(words: list[str]) -> bool:
    """Whether a title of ``words`` is the heading of a letter, a capitalised name to another
    (``Shirley to Robinson``, ``Pérez al Conde de Essex``): in prose, its words name people."""
    return any(word in _LETTER_TO and 0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()
               for i, word in enumerate(words))


def _significant(title: str) -> list[str]:
    """The folded words of ``title`` that tell it apart: no stopword, no initial or two-letter word."""
    return [word for word in title_key(title) if len(word) >= 3]


def _a_name(words: list[str], authors: set[str]) -> bool:
    """Whether a title of ``words`` reads as a person's name: the name of an author of the document
    (``Bermúdez de Castro``), or up to four words, each capitalised or a particle, the first a given name or
    the last an author's family name (``Antonio Pérez``, ``Abbé de la Bléterie``; not ``Destiny of a Revolution``)."""
    return "".join(fold(w) for w in words) in authors or len(words) <= 4 and (
        fold(words[0]) in _GIVEN or fold(words[-1]) in authors) and all(w[:1].isupper() or w in PARTICLES for w in words)


def _titles(record: Record) -> set[str]:
    """The titles of ``record`` as prose may write them: title and short title, each without a leading
    article, and the main title before a colon."""
    out = set()
    for value in (record.get("title"), record.get("title-short")):
        title = plain_text(value).strip(" .,;:")
        if not title:
            continue
        for form in (title, title.split(":")[0].strip()):
            words = form.split(None, 1)
            if len(words) == 2 and words[0].lower() in _ARTICLES:
                form = words[1]
            out.add(form)
    return out


def _rare(word: str, authors: set[str]) -> bool:
    """Whether the folded ``word`` can stand alone as a title: four letters or more, and no common
    word, known name, place, given name or family name of an author of the document."""
    return len(word) >= 4 and not word.isdigit() and word not in _COMMON and word not in _NAME_WORDS \
        and word not in authors


def _mentions_in(note: Note, covered: Iterable[tuple[int, int]], forms: dict[str, list[tuple[int, _Form]]]
                 ) -> list[tuple[str, int, int, dict | None]]:
    """``(record id, start, end, locator)`` of the titles of ``forms`` (:func:`_by_first_word`) written in
    ``note``'s text outside ``covered``, in text order, none overlapping another (the longest form first)."""
    text = note.text
    found: list[tuple[str, int, int, dict | None]] = []
    taken: list[tuple[int, int]] = []
    for start, end in leftover_spans(text, covered):
        words = frozenset(map(str.lower, _WORD.findall(text, start, end)))
        candidates = sorted((pair for word in words & forms.keys() for pair in forms[word]), key=lambda pair: pair[0])
        for _, form in candidates:
            if not form.gate <= words:
                continue
            for match in form.pattern.finditer(text, start, end):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                if not form.written_as_title(match.group(0)) \
                        or _inside_a_longer_title(text, match.start(), match.end()) \
                        and not _italic_alone(note, match.start(), match.end()):
                    continue
                locator = _pinpoint_after(text, match.end(), end) or _pinpoint_before(text, start, match.start())
                by_its_author = form.guard and _after_its_author(text, match.start(), form.owners)  # "Wrobel, Promised Lands"
                bracketed = form.guard in ("word", "owned") and _bracketed_with_its_pinpoint(text, match.start(), match.end())
                apart = form.guard and (by_its_author or bracketed or _set_apart(note, match.start(), match.end())
                                        or _after_article(text, match.start(), capitalised=form.guard == "body"))
                if form.guard == "word" and not (locator and apart) or form.guard == "body" and not apart \
                        or form.guard == "owned" and not (by_its_author or _owned(text, match.start(), form.owners)
                                                          or bracketed and _names_an_owner(text, match.start(), form.owners)):
                    continue  # one word: set apart, at a pinpoint (a common one: owned or its author named); a body: set apart
                taken.append(match.span())
                found.append((form.record_id, match.start(), match.end(), locator))
    return sorted(found, key=lambda f: f[1])


#: The capitalised word just before a title, with the connectors between (``Papers Relating to the``
#: before ``Foreign Relations…``): a longer title the match is part of; a possessive (``Serge's``) or the
#: title's own article (``The Prophet Armed``) is none.
_CAPITAL_BEFORE = re.compile(r"(?<![^\W\d_])(?!(?:" + "|".join(sorted(_TITLED)) + r")\s)[A-Z][^\W\d_]*(?<!['’]s)"
                             r"(?:\s+(?:" + "|".join(sorted(STOPWORDS, key=len, reverse=True)) + r"))*\s+$")
_CAPITAL_AFTER = re.compile(r" [A-Z][^\W\d_]")


def _inside_a_longer_title(text: str, start: int, end: int) -> bool:
    """Whether the title at [start, end) of ``text`` runs on into capitalised words around it (joined by
    spaces and title connectors only): a piece of a longer title, not the title itself."""
    window = max(0, start - 40)
    before = _CAPITAL_BEFORE.search(text, window, start)
    return before is not None and not _opens_a_sentence(text, before.start()) or bool(_CAPITAL_AFTER.match(text, end))


def _italic_alone(note: Note, start: int, end: int) -> bool:
    """Whether the title at [start, end) of ``note`` is set in italics of its own, the italics holding nothing
    else but a leading article and closing punctuation (``Both *Street Fighting Years* and *North Star*``:
    the capitalised words before are another title, not the start of a longer one)."""
    text = note.text
    return any(s <= start and end <= e and (s == start or text[s:start].strip().lower() in _ARTICLES)
               and not text[end:e].strip(" .,;:") for s, e in note.italic_spans)


def _opens_a_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` of ``text`` opens the note or a sentence."""
    before = text[:at].rstrip()
    return not before or before[-1] in ".?!:;"


def _set_apart(note: Note, start: int, end: int) -> bool:
    """Whether the words at [start, end) of ``note`` are set apart as a title: italic or quoted."""
    if any(s <= start and end <= e for s, e in note.italic_spans):
        return True
    before = note.text[:start].rstrip()
    return bool(before) and before[-1] in "“\"‘«»" or note.text[end:end + 1] != "" and note.text[end] in "”\"’»«"


#: A possessive determiner or a capitalised name's possessive right before a title (``his Memoirs``,
#: ``Serge's Memoirs``).
_OWNER_BEFORE = re.compile(r"(?<![^\W_])(?:(his|her|their)|([A-Z][^\W\d_]+)['’]s)\s+$")


def _owned(text: str, start: int, owners: frozenset[str]) -> bool:
    """Whether the title at ``start`` of ``text`` follows ``his``/``her``/``their`` or the possessive of one of
    ``owners`` (its work's authors' folded family names): a common word named as someone's work."""
    owner = _OWNER_BEFORE.search(text, max(0, start - 30), start)
    return owner is not None and (owner.group(1) is not None or ascii_fold(owner.group(2)) in owners)


#: A capitalised family name and its comma right before a title (``Wrobel, Promised Lands``: a short form).
_AUTHOR_BEFORE = re.compile(r"(?<![^\W_])([A-Z][^\W\d_]+(?:[-\s][A-Z][^\W\d_]+)?),\s+$")


def _after_its_author(text: str, start: int, owners: frozenset[str]) -> bool:
    """Whether the title at ``start`` of ``text`` follows the family name of one of ``owners`` (its work's authors'
    folded family names) and a comma: the title written as a short form, set apart by its author's name."""
    author = _AUTHOR_BEFORE.search(text, max(0, start - 40), start)
    return author is not None and ascii_fold(author.group(1)) in owners


#: A bracket opening right before a title, and after it a comma, a page and the bracket's close: ``(Considerations, 29)``.
_BRACKET_BEFORE = re.compile(r"\(\s*$")
_PAGE_CLOSING_A_BRACKET = re.compile(r"\s*,\s*(?:pp?\.\s*)?(?:\d+|[ivxlc]+)(?:\s*[-–]\s*(?:\d+|[ivxlc]+))?\s*\)")


def _bracketed_with_its_pinpoint(text: str, start: int, end: int) -> bool:
    """Whether the title at [start, end) of ``text`` fills a bracket with its page alone (``… practice
    (Considerations, 29).``): a short form in parentheses, as prose cites a work just named."""
    return _BRACKET_BEFORE.search(text, max(0, start - 3), start) is not None \
        and _PAGE_CLOSING_A_BRACKET.match(text, end) is not None


def _names_an_owner(text: str, start: int, owners: frozenset[str]) -> bool:
    """Whether a capitalised word before ``start`` of ``text`` is the family name of one of ``owners`` (its work's
    authors' folded family names): ``As Anderson notes, … (Considerations, 29)``."""
    return any(ascii_fold(word) in owners for word in _CAPITALISED.findall(text, 0, start))


_CAPITALISED = re.compile(r"(?<![^\W_])[A-Z][^\W\d_]+")


def _after_article(text: str, start: int, *, capitalised: bool) -> bool:
    """Whether the title at ``start`` of ``text`` follows a definite article (``the Federalist``, ``Le
    Fédéraliste``); with ``capitalised``, a capitalised one inside a sentence, as a title opens (``His work,
    The League of…``; not ``The Department of State kept…``)."""
    article = _ARTICLE_BEFORE.search(text, max(0, start - 6), start)
    if article is None:
        return False
    if not capitalised:
        return True
    return article.group(1)[0].isupper() and not _opens_a_sentence(text, article.start(1))


def _pinpoint_before(text: str, start: int, end: int) -> dict | None:
    """The worded pinpoint written just before a title opening at ``end`` and a comma, after ``start``
    (``(p. 114, New-Haven antiquities)``, the old order)."""
    for match in _WORDED_LOCATOR.finditer(text, max(start, end - 40), end):
        if text[match.end():end].strip(" ,") == "" and "," in text[match.start():end] \
                and (match.start() == 0 or not text[match.start() - 1].isalnum()):
            return parse_locator(match.group(0).strip(" ,"))
    return None


def _pinpoint_after(text: str, start: int, end: int) -> dict | None:
    """The pinpoint written just after a title ending at ``start`` (before ``end``): a worded one
    (``, dans le nº 45``, ``, p. 12``) or a bare page right after a comma (``, 45``, not a year)."""
    bridge = _BRIDGE.match(text, start, end)
    at = bridge.end() if bridge else start
    match = _WORDED_LOCATOR.match(text, at, end)
    if match is None and text[start:at].strip() == ",":
        match = _LOCATOR.match(text, at, end)
        if match is not None and YEAR.fullmatch(match.group(0).strip(" .,;:)")):
            match = None
    if match is None or not _NUMBERED.search(match.group(0)):
        return None
    value = match.group(0).strip()
    if ")" in value and "(" not in value:  # "(Considerations, 29).": the bracket the title opened closes after the page
        value = value[:value.index(")")].rstrip()
    return parse_locator(value)
