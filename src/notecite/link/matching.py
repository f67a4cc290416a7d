"""Similarity of names and titles for linking and deduplication (rapidfuzz on folded text)."""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Callable, Hashable, Iterable, Sequence

from rapidfuzz import fuzz, process

from ..keys import STOPWORDS, ascii_fold
from ..records import Record, plain_text, year_of

NAME_ROLES = ("author", "editor", "translator", "container-author")


_WORD_BREAK = re.compile(r"[\s\-–—/:;,.!?'’‘\"“”()\[\]]+")


def title_words(title: str | None) -> list[str]:
    """Folded words of a title with stopwords removed (``"The Revolution Betrayed"`` → revolution, betrayed).

    Rich-text tags (a BibTeX title's ``{…}`` read as ``<span class="nocase">``) are not words.
    """
    return list(title_key(title))


def title_key(title: str | None) -> tuple[str, ...]:
    """:func:`title_words` as a tuple, computed once per title string (linking asks for the
    same titles again and again)."""
    return _title_key(title) if isinstance(title, str) else _fold_title(title)


@lru_cache(maxsize=1 << 16)
def _title_key(title: str) -> tuple[str, ...]:
    return _fold_title(title)


def _fold_title(title: object) -> tuple[str, ...]:
    words = [_fold(w) for w in _WORD_BREAK.split(plain_text(title))]
    return tuple(w for w in words if w and w not in STOPWORDS)


@lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    return ascii_fold(word)


def first_title_word(title: str | None) -> str | None:
    """The first of :func:`title_words`, without folding the rest; None when there is none."""
    for word in _WORD_BREAK.split(plain_text(title)):  # the words after the first are not folded
        folded = _fold(word)
        if folded and folded not in STOPWORDS:
            return folded
    return None


def families(record: Record, roles: tuple[str, ...] = ("author",)) -> list[str]:
    """Folded family names (or literals) of the given roles."""
    out = []
    for role in roles:
        for name in record.get(role) or []:
            folded = _fold_name(name.get("family") or name.get("literal") or "")
            if folded:
                out.append(folded)
    return out


def _fold_name(name: object) -> str:
    return _fold(name) if isinstance(name, str) else ascii_fold(name)  # type: ignore[arg-type]


#: What parts a family name of several words into its words (``Mondragon-Valdez``, ``Mondragon Valdez``).
_FAMILY_PARTS = re.compile(r"[\s‐-]+")
_PSEUDONYM_LINE = re.compile(r"(?:^|; |\n)pseudonym: ([^(;\n]+?) \(")


#: A title naming a person's own writings (``The Journal of Benjamin Moran, 1857–1865``, ``The Papers of Thomas
#: Jefferson``, ``Collected Works of Abraham Lincoln``): that person's family name, after one to three given names.
_OWN_WRITINGS_OF = re.compile(r"(?:The\s+)?(?:(?:Collected|Complete|Selected)\s+)?(?:Journals?|Diary|Diaries|Papers|Writings|Works|"
                              r"Letters|Correspondence|Memoirs|Autobiography|Speeches)\s+of\s+(?:[A-Z][\w.'’-]*\s+){1,3}"
                              r"(?P<family>[A-Z][\w'’-]+)\b")


def known_as(record: Record, roles: tuple[str, ...] = ("author",), given_words: bool = False) -> list[str]:
    """:func:`families` of ``roles`` plus the last words of the pseudonyms the record's ``note``
    keeps (``pseudonym: Spartacus (Franz Kessler)``, see :mod:`notecite.normalize.names`), and with ``given_words`` the
    full words after a person's first given name (``Natalia Sedova Trotsky`` is cited as ``Sedova``: a short form may
    name her so; two records are not the same for it) and the last word of a family name of several words (``Mondragon-
    Valdez``, whose short form ``Mondragon Valdez`` may be read as given name and family name ``Valdez``), and the
    person whose own writings the title names (:data:`_OWN_WRITINGS_OF`)."""
    names = families(record, roles)
    for role in roles if given_words else ():  # "Natalia Sedova Trotsky", cited as "Sedova": a word after the first given name
        for person in record.get(role) or ():
            given = person.get("given") if isinstance(person, dict) else None
            words = given.split() if isinstance(given, str) else []
            for word in words[1:]:
                folded = _fold_name(word)
                if len(word) > 3 and word[:1].isupper() and "." not in word and folded and folded not in names:
                    names.append(folded)
            family = person.get("family") if isinstance(person, dict) else None
            parts = _FAMILY_PARTS.split(family.strip()) if isinstance(family, str) else []
            last = parts[-1] if len(parts) > 1 else ""
            if len(last) > 3 and last[:1].isupper() and (folded := _fold_name(last)) not in names:
                names.append(folded)  # "Maria Mondragon-Valdez", cited "Mondragon Valdez" read as given and family
    title = record.get("title")
    own = _OWN_WRITINGS_OF.match(title) if given_words and isinstance(title, str) and " of " in title else None
    if own and (folded := _fold_name(own["family"])) not in names:
        names.append(folded)  # "The Journal of Benjamin Moran", edited by others, is cited "Moran, Journal"
    note = record.get("note")
    if isinstance(note, str) and "pseudonym: " in note:
        for pseudonym in _PSEUDONYM_LINE.findall(note):
            words = pseudonym.split()
            folded = _fold_name(words[-1]) if words else ""
            if folded and folded not in names:
                names.append(folded)
    return names


def name_similarity(a: list[str], b: list[str]) -> float | None:
    """Best ratio (0–1) between any two family names; None when either side has none."""
    if not a or not b:
        return None
    return max(fuzz.ratio(x, y) for x in a for y in b) / 100.0


def names_held(a: list[str], b: list[str]) -> float | None:
    """How well every family name of ``a`` is among those of ``b``: the worst of their best ratios (0–1), so a
    short form's ``Bailey and Tolnay`` is not held by ``Tolnay and Beck``; None when either side has none."""
    if not a or not b:
        return None
    return min(max(fuzz.ratio(x, y) for y in b) for x in a) / 100.0


#: :func:`title_similarity` of a short title that ends the main title of the full one.
MAIN_ENDING = 0.85


def title_similarity(short: str | None, full: str | None) -> float:
    """How well ``short`` names the work titled ``full`` (0–1).

    1.0 when the words of ``short`` open ``full`` (a short title), 0.9 when those of ``full`` open
    ``short`` and ``short`` has at most twice as many (``Life of Dudley North`` is not a ``Life``),
    0.85 when they end its main title (before a colon: ``Prison Notebooks``). Otherwise words are
    compared one by one, in order and as a bag; a word counts only when it is nearly the
    same word (OCR slips such as "Leinin"/"Lenin" pass, "Destiny"/"Memoirs" do not). A word a hyphen cuts
    (``Out-cast``) is compared whole too when the other title has it whole, the better score counting.
    """
    if isinstance(short, str) and isinstance(full, str):
        return _similarity_of_titles(short, full)
    return _score_titles(short, full)


@lru_cache(maxsize=1 << 15)
def _similarity_of_titles(short: str, full: str) -> float:
    """:func:`title_similarity` of two title strings, computed once per pair (linking and deduplication
    compare the same titles again and again)."""
    return _score_titles(short, full)


def _score_titles(short: object, full: object) -> float:
    main = str(full or "").split(":")[0]
    split_a, split_b = title_key(short), title_key(full)
    score = _title_similarity(split_a, split_b, title_key(main))
    if score < 1.0 and ("-" in str(short or "") or "-" in str(full or "")):
        # "The Prophet Out-cast" and "Prophet Outcast": a word a line break cut, joined again when the other title
        # has the whole word
        a, b = _joined_key(short), _joined_key(full)
        if set(a) - set(split_a) & set(b) or set(b) - set(split_b) & set(a):
            score = max(score, _title_similarity(a, b, _joined_key(main)))
    return score


#: A hyphen between two lower-case letters (``Out-cast``, ``Revolu-tion``: a word a line break cut, as a scan prints
#: it; or a compound, ``working-class``).
_HYPHEN_IN_A_WORD = re.compile(r"(?<=[a-z])-(?=[a-z])")


def _joined_key(title: object) -> tuple[str, ...]:
    """:func:`title_key` of ``title`` with the words a hyphen cuts (:data:`_HYPHEN_IN_A_WORD`) joined."""
    return title_key(_HYPHEN_IN_A_WORD.sub("", plain_text(title)))


def _title_similarity(a: tuple[str, ...], b: tuple[str, ...], main: tuple[str, ...]) -> float:
    """:func:`title_similarity` of the title keys ``a`` (the short title's), ``b`` (the full one's) and ``main`` (the
    full one's before a colon)."""
    if not a or not b:
        return 0.0
    if b[: len(a)] == a:
        return 1.0
    if a[: len(b)] == b and len(a) <= 2 * len(b):
        return 0.9
    if len(a) < len(main) and main[-len(a):] == a:
        return MAIN_ENDING  # the main title's last words: "Notebooks" for "Selections from the Prison Notebooks"
    in_order = sum(_word_match(x, y) for x, y in zip(a, b)) / len(a)
    if len(a) > len(b):
        in_order *= len(b) / len(a)
    as_bag = sum(max(_word_match(x, y) for y in b) for x in a) / max(len(a), len(b))
    return max(in_order, 0.95 * as_bag)


def compared_words(record: Record) -> set[str]:
    """Every word :func:`title_similarity` can compare for a title of ``record``, as the short title or the
    full one: the words of each title and of its main title (before a colon). Two records whose words
    have no pair close enough to count as one word (:func:`_word_match`) score 0.0 either way."""
    words: set[str] = set()
    for title in titles_of(record):
        words.update(title_key(title))
        words.update(title_key(str(title).split(":")[0]))
    return words


def title_holds_in_order(full: str | None, short: str | None) -> bool:
    """Whether the words of ``short`` (stopwords aside) occur in ``full`` in the same order, each
    nearly the same word (:func:`_word_match`), with other words of ``full`` between them or not:
    ``Public Documents of Nova Scotia`` in ``Selections from the Public Documents of the Province of
    Nova Scotia``."""
    a, b = title_key(short), title_key(full)
    rest = iter(b)
    return bool(a) and all(any(_word_match(x, y) for y in rest) for x in a)


#: Marks between two words of a title that part its phrases (``Mémoires, 1749-1760``), unlike a hyphen or a period.
_PHRASE_BREAK = re.compile(r"[,;:()\[\]!?\"“”«»—]")
_TITLE_WORD = re.compile(r"[^\s\-–—/:;,.!?'’‘\"“”()\[\]]+")


def _phrases(title: str | None) -> tuple[tuple[str, bool], ...]:
    """The words of :func:`title_key` of ``title``, each with whether it follows the word before it
    with no stopword and no punctuation that parts phrases (:data:`_PHRASE_BREAK`) between (the first word: False)."""
    out: list[tuple[str, bool]] = []
    text = plain_text(title)
    joined, end = False, 0
    for match in _TITLE_WORD.finditer(text):
        word = _fold(match.group(0))
        if _PHRASE_BREAK.search(text, end, match.start()):
            joined = False
        end = match.end()
        if not word:
            continue
        if word in STOPWORDS:
            joined = False
            continue
        out.append((word, joined and bool(out)))
        joined = True
    return tuple(out)


def title_keeps_phrases(full: str | None, short: str | None) -> bool:
    """Whether the words of ``short`` occur in ``full`` in order (each nearly the same word,
    :func:`_word_match`, as in :func:`title_holds_in_order`), with words of ``short`` that follow one
    another with no stopword between following one another in ``full`` too: a short title taken from
    inside a long one drops whole phrases where it has a joining word (``Public Documents of Nova
    Scotia`` in ``Selections from the Public Documents of the Province of Nova Scotia``), it does not
    run together words the full title keeps apart (``Colonial New York`` is not ``Documents Relating
    to the Colonial History of the State of New York``)."""
    a, b = _phrases(short), title_key(full)

    def fits(i: int, start: int, adjacent: bool) -> bool:
        if i == len(a):
            return True
        places = [start] if adjacent else range(start, len(b))
        return any(place < len(b) and _word_match(a[i][0], b[place]) and
                   fits(i + 1, place + 1, i + 1 < len(a) and a[i + 1][1]) for place in places)
    return bool(a) and fits(0, 0, False)


def title_abbreviates(full: str | None, short: str | None) -> bool:
    """Whether the words of ``short`` (two or more, stopwords aside) open, in order, a run of words of
    ``full``, each whole or cut short to three letters or more: ``Mem. Eccles`` for ``Memoires
    Ecclesiastiques``, ``Hist. Persecut. Vandal`` for ``Historia Persecutionis Vandalicae``."""
    a, b = title_key(short), title_key(full)
    n = len(a)
    return n >= 2 and any(all(y.startswith(x) and (len(x) >= 3 or x == y) for x, y in zip(a, b[i:i + n]))
                          for i in range(len(b) - n + 1))


#: A word of a title for its initials: letters, with a possessive or elided ending (``Marx's``).
_INITIALLED_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def title_initials(title: str | None) -> set[str]:
    """The acronyms ``title`` may be cited by, two letters or more: the initials of its capitalised words, of its
    main title's (before a colon), each with or without an opening article (``KMTR`` for ``Karl Marx's Theory of
    Revolution``, ``PA`` or ``TPA`` for ``The Prophet Armed``)."""
    acronyms = set()
    for part in {plain_text(title), plain_text(title).split(":")[0]}:
        words = [w for w in _INITIALLED_WORD.findall(part) if w[:1].isupper()]
        initials = "".join(w[0] for w in words).upper()
        acronyms.add(initials)
        if words and words[0].lower() in ("the", "a", "an"):
            acronyms.add(initials[1:])
    return {a for a in acronyms if len(a) >= 2}


def word_stands_for(short: str, full: str) -> bool:
    """Whether the folded title word ``short`` can stand for the folded word ``full`` in a short title
    whose words come in any order: nearly the same word (:func:`_word_match`, OCR slips pass), its
    opening (three letters or more: ``col`` for ``colonial``), or a contraction that keeps its first
    three letters and its last one, the letters between taken in order (``docs`` for ``documents``)."""
    if short == full or _word_match(short, full):
        return True
    if len(short) < 3 or len(short) >= len(full) or not full.startswith(short[:3]):
        return False
    if full.startswith(short):
        return True
    if short[-1] != full[-1]:
        return False
    rest = iter(full[3:-1])
    return all(letter in rest for letter in short[3:-1])


def title_holds_words(full: str | None, short: str | None) -> bool:
    """Whether for each word of ``short`` (two or more, stopwords aside) ``full`` holds a word it can
    stand for (:func:`word_stands_for`), in any order: a short title made of a long title's key
    words (``Colonial Documents``, ``Col. Docs.`` for ``Documents Relating to the Colonial History
    of the State of New York``)."""
    a, b = title_key(short), title_key(full)
    return len(a) >= 2 and all(any(word_stands_for(x, y) for y in b) for x in a)


#: A word as written in a title: letters, hyphen-joined parts kept together, and the period after it.
_WRITTEN_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(\.?)")


def _written_words(title: str | None) -> tuple[tuple[str, bool], ...]:
    """The folded words of ``title`` as written (hyphen-joined parts kept as one word), each with
    whether a period follows it (computed once per title string: linking asks for the same titles again)."""
    return _written_title(title) if isinstance(title, str) else _write_title(title)


@lru_cache(maxsize=1 << 14)
def _written_title(title: str) -> tuple[tuple[str, bool], ...]:
    return _write_title(title)


def _write_title(title: object) -> tuple[tuple[str, bool], ...]:
    return tuple(("-".join(_fold(part) for part in match.group(0).rstrip(".").split("-")), bool(match.group(1)))
                 for match in _WRITTEN_WORD.finditer(plain_text(title)))


def word_shortens(short: str, dotted: bool, full: str) -> bool:
    """Whether the folded word ``short`` is written for the folded word ``full``: the same word; its
    opening, three letters or more, or fewer when a period marks the cut (``u.`` for ``und``); or,
    written with a hyphen, its first letters and a later part with the middle left out (``G-str.``
    for ``Generalstreik``, ``G-streiks`` for ``Generalstreiks``)."""
    if short == full:
        return True
    head, hyphen, tail = short.partition("-")
    if hyphen:
        return bool(head and tail) and "-" not in full and full.startswith(head) and tail in full[len(head) + 1:]
    return full.startswith(short) and (len(short) >= 3 or dotted)


_DIGIT = re.compile(r"\d")


def _numbers_held(full: str | None, short: str | None) -> bool:
    """Whether the numbers among the words of ``short`` (:func:`title_key`) are words of ``full``, when ``full``
    has numbers too: the written words (:func:`_written_words`) are letters only, and ``Doc. No. 425`` is no
    ``Document No. 90`` (a number written in words, ``achtzehnten`` for ``18.``, is none)."""
    if not _DIGIT.search(str(short or "")):
        return True
    numbers = {word for word in title_key(short) if word.isdigit()}
    held = {word for word in title_key(full) if word.isdigit()}
    return not numbers or not held or numbers <= held


def title_shortens(full: str | None, short: str | None) -> bool:
    """Whether each word of ``short`` (stopwords aside) is written, in order, for a word of ``full``
    (:func:`word_shortens`), words of ``full`` left out or not, and one word at least is shortened:
    ``Der ital. G-str.`` for ``Der italienische Generalstreik``, ``Lehren u. Folgen des G-streiks`` for
    ``Lehren und Folgen des Generalstreiks``; the numbers of ``short`` must be words of ``full``
    (:func:`_numbers_held`)."""
    words = [(word, dotted) for word, dotted in _written_words(short) if word not in STOPWORDS]
    if not _numbers_held(full, short):
        return False
    rest = iter(word for word, _ in _written_words(full))
    found = [next((word for word in rest if word_shortens(short_word, dotted, word)), None)
             for short_word, dotted in words]
    return bool(words) and None not in found and any(a != b for (a, _), b in zip(words, found))


#: The least :func:`fuzz.ratio` of two title words that count as one word (OCR slips).
WORD_MATCH = 80.0
#: Two title words that count as one word also open or end with the same this many characters:
#: a slip or two inside a word ("Leinin", "histoire"/"history"), not two words alike only in
#: their middles ("notation"/"nations", "public"/"republics", "creation"/"relations").
WORD_ANCHOR = 2


#: Prefixes that make a word its opposite (``Armed``/``Unarmed``, ``Possible``/``Impossible``).
NEGATING_PREFIXES = ("un", "in", "im", "non", "dis", "anti")


def _word_match(x: str, y: str) -> float:
    """Their :func:`fuzz.ratio` (0–1) when ``x`` and ``y`` count as one title word, else 0.0: never a
    word and its opposite (:func:`negates`: ``The Prophet Unarmed`` is not ``The Prophet Armed``)."""
    ratio = fuzz.ratio(x, y) / 100.0
    return ratio if ratio >= WORD_MATCH / 100 and anchored(x, y, WORD_ANCHOR) and not negates(x, y) else 0.0


def negates(x: str, y: str) -> bool:
    """Whether one word is the other (four letters or more) after a prefix of :data:`NEGATING_PREFIXES`."""
    short, long = sorted((x, y), key=len)
    return len(short) >= 4 and long.endswith(short) and long[:-len(short)] in NEGATING_PREFIXES


def titles_of(record: Record) -> list[str]:
    """The titles a record can be named by: title and title-short, and the volume's own title a multi-volume work's
    volume field holds after its number (``4, The Darker the Night the Brighter the Star, 1927–1940``: cited later as
    ``Cliff, Darker the Night``)."""
    titles = [t for t in (record.get("title"), record.get("title-short")) if t]
    volume = _TITLED_VOLUME.match(str(record.get("volume") or ""))
    return titles + [volume["title"]] if volume else titles


#: A volume's number and, after a comma or colon, its own title (``4, The Darker the Night…``, ``1: State and
#: Bureaucracy``).
_TITLED_VOLUME = re.compile(r"\s*[\dIVXLCivxlc]+\s*[,:]\s*(?P<title>(?!(?i:vols?|nos?|part|pt|bd|tome|book|ch)\b)"
                            r"[A-Z][^\W\d_]{2,}(?:\W+[^\W\d_]{2,})+)")


def best_title_similarity(cite: Record, work: Record) -> float:
    """The best :func:`title_similarity` between any title of ``cite`` and of ``work``."""
    scores = [title_similarity(a, b) for a in titles_of(cite) for b in titles_of(work)]
    return max(scores, default=0.0)


def years_compatible(a: Record, b: Record) -> bool:
    """True unless both records have an issued year and the years differ."""
    ya, yb = year_of(a), year_of(b)
    return ya is None or yb is None or ya == yb


class FuzzyIndex:
    """Items filed under words, found again by any word :func:`fuzz.ratio`-close to a word asked for.

    ``find(words)`` returns every item filed under a word whose ratio with one of ``words`` is at
    least ``cutoff`` (a superset of what a scorer with that threshold can accept, never less), so
    linking and deduplication score a handful of candidates instead of every work. With
    ``anchor`` n, a close word must also open or end with the same n characters as the word
    asked for (:func:`anchored`): the filed words are kept by their opening and by their ending,
    and a word asked for is compared only with the words that share one of its own. A word asked
    for is compared once with each of those filed words (the comparisons are cached).
    """

    def __init__(self, cutoff: float, anchor: int = 0) -> None:
        self.cutoff = cutoff
        self.anchor = anchor
        self._items: dict[str, dict[Hashable, None]] = {}  # filed word -> items (an ordered set)
        self._vocabulary: dict[str, list[str]] = {}  # opening or ending ("" unanchored) -> filed words, in filing order
        # asked word -> [the lists it is compared with, how many of each were compared, the close ones,
        # how many words were filed when it was last brought up to date]
        self._near: dict[str, list] = {}

    def add(self, item: Hashable, words: Iterable[str]) -> None:
        """File ``item`` under each of ``words`` (again under a word it has is a no-op)."""
        for word in words:
            items = self._items.get(word)
            if items is None:
                items = self._items[word] = {}
                for part in self._parts(word):
                    self._vocabulary.setdefault(part, []).append(word)
            items[item] = None

    def _parts(self, word: str) -> tuple[str, ...]:
        """The lists a word is filed in and compared with: its opening and its ending when anchored."""
        return (f"<{word[:self.anchor]}", f">{word[-self.anchor:]}") if self.anchor else ("",)

    def near(self, word: str) -> set[str]:
        """The filed words whose ratio with ``word`` is at least the cutoff (and that share its
        anchor). The set is the index's own, kept up to date as words are filed: do not change it."""
        entry = self._near.get(word)
        filed = len(self._items)
        if entry is None:
            lists = [self._vocabulary.setdefault(part, []) for part in self._parts(word)]
            entry = self._near[word] = [lists, [0] * len(lists), set(), -1]
        elif entry[3] == filed:  # no word filed since the last time: nothing new to compare
            return entry[2]
        lists, compared, close, _ = entry
        for i, words in enumerate(lists):
            if compared[i] < len(words):
                # one call over the words filed since: rapidfuzz skips a word whose length alone rules it out
                found = process.extract(word, words[compared[i]:], scorer=fuzz.ratio, score_cutoff=self.cutoff,
                                        limit=None)
                close.update(match for match, _score, _index in found)
                compared[i] = len(words)
        entry[3] = filed
        return close

    def find(self, words: Iterable[str]) -> set:
        """The items filed under a word close to one of ``words``."""
        found: set = set()
        for word in words:
            for near in self.near(word):
                found.update(self._items[near])
        return found

    def among(self, items: set, words: Iterable[str]) -> set:
        """``items & find(words)``, at the cost of ``items`` (or of the items filed under a close
        word, when fewer) for each close word, not of everything filed under the close words."""
        found: set = set()
        for word in words:
            for near in self.near(word):
                found |= items & self._items[near].keys()
        return found

    def opening(self, prefix: str) -> set:
        """The items filed under a word that opens with ``prefix`` (at least ``anchor`` characters
        long: the words compared are those filed under its opening)."""
        if not self.anchor or len(prefix) < self.anchor:
            raise ValueError(f"opening({prefix!r}) needs an anchored index and a prefix of {self.anchor or 1}+ characters")
        found: set = set()
        for word in self._vocabulary.get(f"<{prefix[:self.anchor]}", ()):
            if word.startswith(prefix):
                found.update(self._items[word])
        return found

    def filed(self, word: str) -> int:
        """How many items are filed under ``word`` itself."""
        return len(self._items.get(word, ()))

    def filed_under(self, items: Iterable, words: Sequence[str]) -> set:
        """Those of ``items`` filed under one of ``words`` itself (no close word), at the cost of ``items``
        (or of the items filed under a word, when fewer) for each word, in set operations."""
        given = items if isinstance(items, (set, frozenset)) else set(items)
        found: set = set()
        for word in words:
            filed = self._items.get(word)
            if filed:
                found |= given & filed.keys()
        return found


def anchored(x: str, y: str, anchor: int) -> bool:
    """Whether ``x`` and ``y`` open or end with the same ``anchor`` characters (always, for 0)."""
    return not anchor or x[:anchor] == y[:anchor] or x[-anchor:] == y[-anchor:]


def title_word_index() -> FuzzyIndex:
    """An index of title words that finds every word :func:`_word_match` can count as the same."""
    return FuzzyIndex(WORD_MATCH - 1, WORD_ANCHOR)  # a little under: rounding never loses a record


class TitleIndex:
    """Handles filed by the words of their titles, in the five ways :func:`title_similarity` can
    reach a threshold (see :class:`WorkIndex`). Indexes that file the same records' titles (the
    linker's two, which differ only in the names they compare) share one: each title is filed
    once, and the words close to an asked word are found once.

    Each key's handles are a list, in filing order (a list is a quarter of a small set's memory,
    and most keys hold one handle): a handle is filed under a title once, and listed once per key
    unless a title it gained later shares the key (finding costs an extra look then, and finds
    the same). The lists are the index's own: do not change them."""

    def __init__(self) -> None:
        self.words = title_word_index()
        self.titles: dict[tuple[str, ...], list] = {}  # exact title words -> handles
        self.openings: dict[tuple[str, ...], list] = {}  # every opening run of a title's words
        self.main_endings: dict[tuple[str, ...], list] = {}  # every closing run of a main title, shorter than it
        self.at: dict[tuple[str, int], list] = {}  # (word, its place in a title) -> handles
        self.sized: dict[str, dict[int, list]] = {}  # word -> length of a title holding it -> handles
        self.filed: dict[Hashable, list] = {}  # handle -> the titles it is filed under now

    def add(self, handle: Hashable, titles: list) -> None:
        """File ``handle`` under those of ``titles`` it is not filed under yet."""
        before = self.filed.get(handle)
        if before == titles:
            return
        self.filed[handle] = titles
        for title in titles:
            if before and title in before:
                continue
            words = title_key(title)
            if not words:
                continue
            self.words.add(handle, words)
            _post(self.titles, words, handle)
            for end in range(1, len(words) + 1):
                _post(self.openings, words[:end], handle)
            main = title_key(str(title).split(":")[0])
            for start in range(1, len(main)):
                _post(self.main_endings, main[start:], handle)
            for place, word in enumerate(words):
                _post(self.at, (word, place), handle)
                _post(self.sized.setdefault(word, {}), len(words), handle)


def _filed_under_titles(postings: dict[tuple[str, ...], list], record: Record) -> set:
    """The handles ``postings`` lists under the words of a title of ``record``."""
    found: set = set()
    for title in titles_of(record):
        words = title_key(title)
        if words:
            found.update(postings.get(words, ()))
    return found


def _post(postings: dict, key: Hashable, handle: Hashable) -> None:
    """List ``handle`` under ``key`` in ``postings``, unless it is the last listed there (one
    title's keys, or two titles' shared ones, list a handle once)."""
    handles = postings.get(key)
    if handles is None:
        postings[key] = [handle]
    elif handles[-1] != handle:
        handles.append(handle)


class WorkIndex:
    """Records (by a hashable handle) filed by their titles' words and their names, to find the
    few that can match a record: :meth:`find` returns every record whose
    :func:`best_title_similarity` with it can reach a threshold and whose names can be alike,
    and some that cannot, never fewer.

    :func:`title_similarity` reaches ``least`` in one of five ways, each with its own index
    (:class:`TitleIndex`): the asked title opens the filed one, the filed title opens the asked
    one, the asked title ends the filed main title (all three exact lookups); word by word in
    order, where ``least`` of the asked words have a close word (:data:`WORD_MATCH`) at the same
    place; or as a bag of words, where as many have a close word in a filed title of a few words
    at most. For the last two only a few of the asked words need looking up, the rarest: one of
    them must match.
    """

    def __init__(self, roles: tuple[str, ...], name_cutoff: float, titles: TitleIndex | None = None,
                 given_words: bool = False) -> None:
        """``titles``: the title index, shared by indexes that file the same records under the
        same titles (each title is then filed once); a new one by default. ``given_words``: as :func:`known_as`."""
        self.roles = roles
        self.given_words = given_words
        self.title_index = titles if titles is not None else TitleIndex()
        self.words = self.title_index.words
        self.names = FuzzyIndex(name_cutoff * 100 - 1)
        self.nameless: set = set()  # handles whose record names nobody now
        self._filed: dict[Hashable, list[str]] = {}  # handle -> the names it is filed under

    def add(self, handle: Hashable, record: Record) -> None:
        """File (again, after it gained fields) the record known as ``handle``: under its names
        (a name once filed stays filed), or as nameless when it names nobody now."""
        self.title_index.add(handle, titles_of(record))
        names = known_as(record, self.roles, self.given_words)  # a pseudonym finds it too
        if self._filed.get(handle) == names:
            return
        self._filed[handle] = names
        if names:
            self.names.add(handle, names)
            self.nameless.discard(handle)
        else:
            self.nameless.add(handle)

    def opened_by(self, record: Record) -> set:
        """Handles filed under a title whose words open with all the words of a title of ``record``
        (its :func:`title_similarity` with them is 1.0; a handle that has since lost that title may
        be among them)."""
        return _filed_under_titles(self.title_index.openings, record)

    def titled(self, record: Record) -> set:
        """Handles filed under a title with the very words of a title of ``record`` (a handle that has
        since lost that title may be among them): those of :meth:`opened_by` titled as ``record`` names them."""
        return _filed_under_titles(self.title_index.titles, record)

    def find(self, record: Record, least: float, names: Sequence[str] = ()) -> set:
        """Handles of the filed records whose title similarity with ``record`` can reach ``least``
        and, when ``names`` (the asked record's folded family names, as its scorer compares them)
        and the filed record both name people, whose names can be alike to the index's
        ``name_cutoff``; no ``names``, no name test."""
        alike = self._names_alike(names)
        index = self.title_index
        found: set = set()
        for title in titles_of(record):
            words = title_key(title)
            if not words:
                continue
            found.update(index.openings.get(words, ()))
            if least <= MAIN_ENDING:
                found.update(index.main_endings.get(words, ()))
            for end in range(1, len(words) + 1):
                found.update(index.titles.get(words[:end], ()))
            # Word by word, a title alike needs a close word at `need` places at least, as a bag
            # at `need` words: the rarest few places or words must hold one of them. Those found
            # that way whose names can be alike are then counted against their filed titles (set
            # lookups among the close words, no scoring), and only those that reach `need` are kept.
            # The close words of the other words are looked up only when there is something to count.
            near = self.words.near
            need = max(1, math.ceil(least * len(words) - 1e-6))
            places = sorted(range(len(words)), key=lambda i: len(index.at.get((words[i], i), ())))
            maybe: set = set()
            for place in places[: len(words) - need + 1]:
                for close in near(words[place]):
                    maybe.update(index.at.get((close, place), ()))
            everywhere: list[set[str]] = []  # the close words of every asked word, when first needed
            kept = alike(maybe - found)
            if need == len(words):  # every word needs a close word in the title
                kept = self._holding_all(kept, [words[place] for place in places[1:]])
            if kept:
                everywhere = [near(word) for word in words]
                found.update(handle for handle in kept if self._in_order(handle, everywhere, need))
            # as a bag: 0.95 * matched / max(len(a), len(b)) >= least
            need = max(1, math.ceil(least / 0.95 * len(words) - 1e-6))
            longest = math.floor(0.95 * len(words) / least + 1e-6)
            if need <= len(words):
                maybe = set()
                for word in sorted(words, key=self.words.filed)[: len(words) - need + 1]:
                    for close in near(word):
                        for size, handles in index.sized.get(close, {}).items():
                            if size <= longest:
                                maybe.update(handles)
                kept = alike(maybe - found)
                if need == len(words):  # every word needs a close word in the title
                    kept = self._holding_all(kept, sorted(words, key=self.words.filed)[1:])
                if kept:
                    everywhere = everywhere or [near(word) for word in words]
                    found.update(handle for handle in kept if self._as_bag(handle, everywhere, least))
        return alike(found)

    def _holding_all(self, handles: set, words: Sequence[str]) -> set:
        """Those of ``handles`` filed under a title word close to each of ``words`` (in a title they have
        or had, at any place): a title that must hold a close word for every asked word is among them.
        Set operations, at the cost of ``handles`` (or fewer) per close word (:meth:`FuzzyIndex.among`)."""
        for word in words:
            if not handles:
                break
            handles = self.words.among(handles, (word,))
        return handles

    def _names_alike(self, names: Sequence[str]) -> Callable[[set], set]:
        """A filter of handles: those filed under a name near one of ``names``, or naming nobody
        now (all of them without ``names``). It costs what it is given, not how many records
        share a name (:meth:`FuzzyIndex.among`)."""
        if not names:
            return lambda handles: handles

        def alike(handles: set) -> set:
            return self.names.among(handles, names) | (handles & self.nameless) if handles else handles
        return alike

    def _in_order(self, handle: Hashable, close: list[set[str]], need: int) -> bool:
        """Whether a filed title of ``handle`` has a word of ``close[i]`` at place i for ``need`` places i
        (``close``: per asked word, the filed words near it)."""
        for title in self.title_index.filed[handle]:
            words = title_key(title)
            if sum(1 for word, near in zip(words, close) if word in near) >= need:
                return True
        return False

    def _as_bag(self, handle: Hashable, close: list[set[str]], least: float) -> bool:
        """Whether a filed title of ``handle`` holds a close word for enough asked words that
        ``0.95 * matched / max(asked, filed words)`` can reach ``least``."""
        for title in self.title_index.filed[handle]:
            words = title_key(title)
            if not words:
                continue
            matched = sum(1 for near in close if not near.isdisjoint(words))
            if matched >= max(1, math.ceil(least / 0.95 * max(len(close), len(words)) - 1e-6)):
                return True
        return False
