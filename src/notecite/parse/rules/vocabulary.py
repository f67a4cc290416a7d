"""Rules about words and symbols: the ibid vocabulary and lead-in words of several languages, symbols
glued in words."""
from __future__ import annotations

import re
from typing import Sequence

from ..dictionaries import FOLDER, fold, load
from ..labels import open_run, relabel, tag_spans, token_starts, tokens_within
from ..model import Token, split_label
from ..tokenize import tokenize
from .boundaries import _SENTENCE_PINPOINT, pinpoint_end, pinpoint_read_as_a_note_after
from .locators import YEAR
from .words import BY_WORDS, FUNCTION_WORDS, IN_WORDS, NOTE_REFERENCE, THEIR_WORDS_BEFORE_CAPITALISED_TITLES, TITLE_TAGS, title_words_end, QUOTE_PAIRS, SAME_AUTHOR_WORD, SAME_AUTHOR_WORDS, capitalised_word, ends_a_sentence, lowered_words, token_texts
from .needs import any_folded, any_mark, any_match, any_tag, any_word, needs


def _entries(name: str) -> list[str]:
    """The entries of lexicon ``name`` as written (case and accents kept; ``#`` starts a comment)."""
    path = FOLDER / f"{name}.txt"
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def _marker_pattern(entry: str) -> str:
    """A regex for one ``ibid_markers`` entry: ``.`` between words may be followed by a space, a
    space stands for any white space, and a final period is optional unless the entry ends in one."""
    words = re.split(r"([. ])", entry.rstrip("."))
    pattern = "".join(r"\.\s?" if w == "." else r"\s+" if w == " " else re.escape(w) for w in words if w)
    return pattern + (r"\." if entry.endswith(".") else r"\.?")


def _ibid_regex() -> re.Pattern[str]:
    """Every ibid-like marker of the ``ibid_markers`` lexicon as one pattern, longest first."""
    entries = _entries("ibid_markers")
    alternatives = "|".join(_marker_pattern(e) for e in sorted(entries, key=len, reverse=True))
    return re.compile(_first_character(entries) + r"(?<![\w.])(" + alternatives + r")(?!\w)", re.IGNORECASE)


def _first_character(entries: list[str]) -> str:
    """A lookahead for the characters ``entries`` start with: it matches nowhere else, and lets a
    search skip most places of a note before it tries every entry there."""
    return "(?=[" + "".join(re.escape(c) for c in sorted({e[0] for e in entries})) + "])"


_IBID = _ibid_regex()


def _key_word(entry: str) -> str:
    """The word every match of ``entry`` holds as a token, lower-cased: its longest (``cit`` of ``op. cit.``, ``o`` of
    ``a.a.O.``), the last of equals."""
    words = [t.text.lower() for t in tokenize(entry) if t.text[:1].isalnum()]
    return max(reversed(words), key=len) if words else ""


#: One word of each ``ibid_markers`` entry (:func:`_key_word`): a note without any holds no ibid marker.
_IBID_KEY_WORDS = frozenset(_key_word(entry) for entry in _entries("ibid_markers"))


def rule_ibid_vocabulary(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """Tag the tokens of unambiguous ibid-like markers (Ibid., ebd., a.a.O., op. cit.…) as ``ibid``, and
    ``Id.`` before a pinpoint (``(Id. tom. xiii. p. 928.)``) the tagger read as prose or a note."""
    tags = list(tags)
    starts: list[int] = []
    for match in () if _IBID_KEY_WORDS.isdisjoint(lowered_words(tokens)) else _IBID.finditer(text):
        starts = starts or token_starts(tokens)
        inside = tokens_within(tokens, starts, match.start(), match.end())
        if not inside:
            continue
        word = match.group(1).lower()
        if word.rstrip(".") == "ivi" and split_label(tags[inside[0]])[1] != "ibid":
            continue  # Italian "ivi" is also an ordinary word: only trust the model there
        _tag_ibid(tags, inside)
    capital = list(_IDEM.finditer(text)) if "Id." in text else []
    led = list(_LED_IDEM.finditer(text)) if " id." in text else []  # "Voyez id., vol. 1, p. 169"
    for match, after_a_lead_in in [(m, False) for m in capital] + [(m, True) for m in led]:
        starts = starts or token_starts(tokens)
        inside = tokens_within(tokens, starts, match.start("id"), match.end("id"))
        label = split_label(tags[inside[0]])[1] if inside else None
        if label in ("prose", "note", "ibid") or after_a_lead_in and label in ("title", "container-title") \
                and (inside[-1] + 2 >= len(tags) or split_label(tags[inside[-1] + 2])[1] != label):
            _tag_ibid(tags, inside)  # after a lead-in, also where it was read as a title or container of its own
            _pinpoint_of_idem(text, tokens, tags, inside[-1] + 1)
    return tags


def _pinpoint_of_idem(text: str, tokens: Sequence[Token], tags: list[str], first: int) -> None:
    """Tag the pinpoint after ``Id.`` at token ``first`` (after a comma or ``at``: ``Id., p. 9``,
    ``Id. at 45``) as one ``locator`` run, in place, when the tagger read it as prose or a note."""
    while first < len(tokens) and tokens[first].text in (",", "at"):
        tags[first] = "prose"
        first += 1
    end = pinpoint_end(text, tokens, first) if first < len(tokens) else None
    if end is not None and {split_label(t)[1] for t in tags[first:end]} <= {"prose", "note", "locator"}:
        relabel(tags, first, end, "locator")
        open_run(tags, end)


#: ``Id.`` (idem) with a capital before a pinpoint (``Id. tom. xiii. p. 928``, ``Id., p. 9``, ``Id. at 45``):
#: the marker, not the start of a word.
_IDEM = re.compile(r"(?<![\w.])(?P<id>Id\.)(?=,?\s*(?:" + _SENTENCE_PINPOINT.pattern + r"|at\s+\d))")


def _tag_ibid(tags: list[str], inside: list[int]) -> None:
    """Make tokens ``inside`` one ``ibid`` run, in place; the run after it opens anew."""
    for n, i in enumerate(inside):
        tags[i] = ("B-" if n == 0 else "I-") + "ibid"
    nxt = inside[-1] + 1
    if nxt < len(tags) and tags[nxt].startswith("I-") and tags[nxt] != "I-ibid":
        tags[nxt] = "B-" + tags[nxt][2:]


#: Words for a book of a work before its number (``l. iii.``, ``lib. 2``, ``liv. IV``): a pinpoint, not ``l. c.``.
_BOOK_WORDS = frozenset({"l", "lib", "liv", "livre"})
_BOOK_NUMBER = re.compile(r"\d{1,3}|[ivxl]{1,6}|[IVXL]{1,6}")
#: What every note the rule below changes holds: a book word, its full stop and a number's first character.
_BOOK_WORD_AND_NUMBER = re.compile(r"(?<!\w)(?:l|lib|liv|livre)\.\s*[\divxl]", re.IGNORECASE)


#: What a reference to an earlier note (:data:`~.words.NOTE_REFERENCE`) cannot do without: ``n`` (``nn``, ``fn``),
#: ``note`` or ``notes`` ending right before its number, its stop and spaces between, in any case as that pattern reads it
#: (``ſ`` is an ``s`` to it).
_NOTE_WORD_AND_NUMBER = re.compile(r"[Nn](?:[Oo][Tt][Ee][Ssſ]?)?\.?\s*\d")


@needs(any_word({"n", "nn", "note", "notes", "fn", "above", "supra"}), any_match(_NOTE_WORD_AND_NUMBER))
def rule_reference_to_an_earlier_note(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Carr, Interregnum (n. 1), p. 305``, ``Pipes, op. cit. (n. 2), p. 20``, ``Carr, above n. 1, at 310``: a
    reference to the earlier note that cites the work in full (:data:`~.words.NOTE_REFERENCE`) is a note run of its
    own (no words of the title, no pinpoint); a family name alone and its comma right before it, read as a title or
    left as prose, is the author (the linker finds the work in that note)."""
    out: list[str] | None = None
    starts = None
    for match in NOTE_REFERENCE.finditer(text):
        starts = starts if starts is not None else token_starts(tokens)
        inside = tokens_within(tokens, starts, match.start(), match.end())
        if not inside:
            continue
        first, last = inside[0], inside[-1] + 1
        if last < len(tokens) and tokens[last].text == ",":
            last += 1  # its comma before the pinpoint
        out = out if out is not None else list(tags)
        relabel(out, first, last, "note")
        if last < len(out) and out[last].startswith("I-"):
            open_run(out, last)
        if first >= 2 and tokens[first - 1].text == "," and capitalised_word(tokens[first - 2].text, 3) \
                and split_label(out[first - 2])[1] in ("title", "prose") \
                and (first == 2 or tokens[first - 3].text in (";", "(") or fold(tokens[first - 3].text) in load("lead_words")):
            relabel(out, first - 2, first, "author")  # "Carr, above n. 1": Carr's work of note 1
    return out if out is not None else tags


@needs(any_word(_BOOK_WORDS))
def rule_book_number_is_no_ibid(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Zosimus, l. iii. p. 158``, ``Dion, l. lxxii. p. 1215``: ``l.`` (``lib.``, ``liv.``) before a
    Roman or Arabic number names a book of the work, it is not ``l. c.`` (loco citato) nor a date: read as
    ibid or date, it becomes the locator, one with the pinpoint after it and with a chapter the editor put
    in square brackets between them (``Dion Cassius, l. lxxi. [c. 31,] p. 1195``)."""
    if not _BOOK_WORD_AND_NUMBER.search(text):
        return tags  # no book word before a number
    tags = list(tags)
    for i in range(len(tokens) - 2):
        if tokens[i].text.lower() not in _BOOK_WORDS:
            continue
        label = split_label(tags[i])[1]
        if tokens[i + 1].text != "." or label not in ("ibid", "date") \
                or not _BOOK_NUMBER.fullmatch(tokens[i + 2].text) or tokens[i + 2].text.lower() in ("c", "l"):
            continue
        if i > 0 and split_label(tags[i - 1])[1] == label:
            continue  # inside a longer marker or date
        end = i + 3
        if end < len(tokens) and tokens[end].text == "." and split_label(tags[end])[1] in (label, "locator", "prose"):
            end += 1
        relabel(tags, i, end, "locator")
        k = end
        while k < len(tokens) and split_label(tags[k])[1] == label:
            tags[k] = "I-locator"
            k += 1
        close = _supplied_chapter_end(tokens, k)
        if close is not None:
            relabel(tags, k, close, "locator")
            tags[k] = "I-locator"
            k = close
        if k < len(tokens) and tags[k] == "B-locator":
            tags[k] = "I-locator"  # the page after the book: one pinpoint
    return tags


def _supplied_chapter_end(tokens: Sequence[Token], k: int) -> int | None:
    """The index after the ``]`` of a square bracket opening at ``k`` that holds only a pinpoint's words, numbers
    and stops (``[c. 31,]``), when a page follows it; else None."""
    if k >= len(tokens) or tokens[k].text != "[":
        return None
    for close in range(k + 1, min(k + 9, len(tokens))):
        if tokens[close].text == "]":
            inside = tokens[k + 1:close]
            pinpoint = inside and all(t.text in ".,;:-–" or t.text.isdigit() or _BOOK_NUMBER.fullmatch(t.text)
                                      or t.text.lower() in ("c", "cap", "ch", "chap", "§", "sect") for t in inside)
            after = close + 1
            return after if pinpoint and after < len(tokens) and tokens[after].text.lower() in ("p", "pp") else None
    return None


@needs(any_tag("B-ibid"))
def rule_number_read_as_ibid_is_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Brennan, “Cleaning Up in the Art World,” 7A.``: an ``ibid`` run of numbers alone (a page, a
    newspaper's page with its section letter) holds no ibid word: after another field it is that cite's
    pinpoint."""
    tags = list(tags)
    for i in range(1, len(tokens)):
        if tags[i] != "B-ibid" or not any(c.isdigit() for c in tokens[i].text) or tags[i - 1] == "prose":
            continue
        end = i + 1
        while end < len(tokens) and tags[end] == "I-ibid":
            end += 1
        if all(any(c.isdigit() for c in t.text) or t.text in ".,;:-–" for t in tokens[i:end]):
            relabel(tags, i, end, "locator")
    return tags


#: The runs between an ibid marker and its pages that keep them its pinpoint: the volume (``vol. 1,``).
_BETWEEN_AN_IBID_AND_ITS_PAGES = frozenset({"volume"})


@needs(any_tag("B-ibid"))
def rule_ibid_marker_keeps_its_comma_and_pages(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Même collection, vol. 1, p. 525.``, ``M. Kent, dans le même ouvrage, vol. 4, p. 1-22``, ``ders., "Unsere
    Ziele"``: punctuation read as a field of its own right after an ibid marker is the marker's; pages read after
    the marker (its comma and the volume between) are the pinpoint in the work the marker names again; a run of a
    preposition and articles alone right before the marker (``dans le``, ``in the``) is prose (the sentence's, not a
    title), and so is a conjunction there (``und ders.``). A quotation left as prose right after a marker of the same
    author (``ders. "Partei und Gewerkschaft"``) is that author's title. A pinpoint the tagger read as a note right
    after the marker is its pinpoint (:func:`~.boundaries.pinpoint_read_as_a_note_after`)."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label == "ibid" and last < len(tokens) and tags[last].startswith("B-") and not tokens[last].text.isalnum():
            end = last + 1
            while end < len(tokens) and tags[end].startswith("I-"):
                end += 1
            if not any(c.isalnum() for t in tokens[last:end] for c in t.text):
                relabel(tags, last, end, "ibid", continues=True)  # "ders." + ",": the marker's comma
        if label == "ibid" and fold(tokens[first].text.rstrip(".")) in SAME_AUTHOR_WORDS:
            _quoted_title_after(tokens, tags, last)  # 'ders. "Partei und Gewerkschaft"': that author's title
    runs = tag_spans(tokens, tags)
    for j, (first, last, label) in enumerate(runs):
        if label != "ibid":
            continue
        if j and runs[j - 1][1] == first and runs[j - 1][2] in ("title", "container-title") \
                and all(fold(tokens[k].text) in _LEADING_SMALL_WORDS for k in range(runs[j - 1][0], first)):
            tags[runs[j - 1][0]:first] = ["prose"] * (first - runs[j - 1][0])
        k = j + 1
        while k < len(runs) and (runs[k][2] in _BETWEEN_AN_IBID_AND_ITS_PAGES
                                 or not any(c.isalnum() for t in tokens[runs[k][0]:runs[k][1]] for c in t.text)):
            k += 1
        if k == j + 1 or k >= len(runs) or runs[k][2] != "pages" or runs[k - 1][1] != runs[k][0]:
            continue
        for start, end, between in runs[j + 1:k]:
            if between not in _BETWEEN_AN_IBID_AND_ITS_PAGES:
                tags[start:end] = ["prose"] * (end - start)
        relabel(tags, runs[k][0], runs[k][1], "locator")
    pinpoint_read_as_a_note_after(text, tokens, tags, "ibid", lambda token: token.text[:1].isdigit())
    return tags


def _quoted_title_after(tokens: Sequence[Token], tags: list[str], k: int) -> None:
    """In place: a quotation left as prose from token ``k`` on (a comma before it) is a title run."""
    k += k < len(tokens) and tokens[k].text == "," and tags[k] in ("prose", "I-ibid")
    if k >= len(tokens) or tokens[k].text not in QUOTE_PAIRS or tags[k] != "prose":
        return
    close = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == QUOTE_PAIRS[tokens[k].text]), None)
    if close is not None and close > k + 1 and all(tag == "prose" for tag in tags[k:close + 1]):
        relabel(tags, k, close + 1, "title")


#: Small words a sentence puts before an ibid marker (``dans le même ouvrage``, ``in the same work``, ``und ders.``).
_LEADING_SMALL_WORDS = IN_WORDS | frozenset({"the", "le", "la", "les", "l", "der", "dem", "el", "lo", "il",
                                             "and", "und", "et", "y", "e"})


@needs(any_tag("B-ibid"))
def rule_title_after_a_same_author_marker(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Marure, Bosq. Hist. Cent. Am., i. 83; Id., Efem., 7; Guat., …``: after a marker of the same author
    (:data:`SAME_AUTHOR_WORDS`: ``Id.``, ``idem``, ``ders.``) and its comma, one to four capitalised words (abbreviated
    perhaps), their comma and a pinpoint (:func:`pinpoint_end`) that ends the cite are that author's title and its
    pinpoint, whatever the tagger read them as; the semicolon after them is prose. Capitalised words right before an
    imprint's bracket (``idem, White Collar (New York: Oxford University Press, 1951), 20``) are that author's title
    too."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "ibid" or fold(tokens[first].text.rstrip(".")) not in SAME_AUTHOR_WORDS:
            continue
        start = last + (last < len(tokens) and tokens[last].text == ",")
        if start == last and tokens[last - 1].text != ",":
            continue  # no comma after the marker
        bracket = _title_before_an_imprint_bracket(tokens, start)
        if bracket is not None and split_label((out or tags)[start])[1] not in ("title", "container-title"):
            out = out or list(tags)  # "…; idem, White Collar (New York: Oxford University Press, 1951), 20": a book
            relabel(out, start, bracket, "title")
            open_run(out, bracket)
            continue
        comma = next((k for k in range(start, min(len(tokens), start + 9)) if tokens[k].text == ","), None)
        if comma is None or comma == start or comma + 1 >= len(tokens) \
                or not all(t.text == "." or t.text[:1].isupper() and t.text.isalpha() for t in tokens[start:comma]) \
                or sum(t.text != "." for t in tokens[start:comma]) > 4 \
                or split_label((out or tags)[start])[1] in ("title", "container-title") \
                or pinpoint_end(text, tokens, start) is not None:
            continue  # "Id., Vol. II, p. 4": the same work's pinpoint
        end = pinpoint_end(text, tokens, comma + 1)
        if end is None or not any(c.isdigit() for t in tokens[comma + 1:end] for c in t.text) \
                or end < len(tokens) and tokens[end].text not in (";", "."):
            continue
        out = out or list(tags)
        relabel(out, start, comma + 1, "title")
        relabel(out, comma + 1, end, "locator")
        if end < len(tokens) and tokens[end].text == ";":
            out[end] = "prose"
            open_run(out, end + 1)
    return out or tags


def _title_before_an_imprint_bracket(tokens: Sequence[Token], start: int) -> int | None:
    """The index of an imprint's opening bracket (a colon or a year inside it) that one to eight capitalised or small
    title words from token ``start`` run up to, or None."""
    for k in range(start + 1, min(len(tokens), start + 9)):
        if tokens[k].text == "(":
            words = tokens[start:k]
            close = next((j for j in range(k + 1, min(len(tokens), k + 16)) if tokens[j].text == ")"), None)
            if close is None or not tokens[start].text[:1].isupper() \
                    or not all(t.text[:1].isupper() or t.text.lower() in FUNCTION_WORDS for t in words) \
                    or not any(t.text == ":" or YEAR.fullmatch(t.text) for t in tokens[k + 1:close]):
                return None
            return k
        if not (tokens[k].text[:1].isalpha() or tokens[k].text in ("'", "’", "-")):
            return None
    return None


@needs(any_word(IN_WORDS), any_folded(load("same_place")))
def rule_in_ibid_is_the_container(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``“Organizational Questions,” in ibid., 283``: an ``ibid``/``ebd.`` marker right after ``in``
    that follows a title is the container of that title's cite (the container of the work cited
    before), not a cite of its own; the number after it is the pinpoint."""
    same_place = load("same_place")
    tags = list(tags)
    for i in range(2, len(tokens)):
        if tokens[i - 1].text.lower() not in IN_WORDS or fold(tokens[i].text) not in same_place:
            continue
        k = i - 2
        while k >= 0 and tokens[k].text in ",”’\"'":
            k -= 1
        if k < 0 or split_label(tags[k])[1] != "title":
            continue
        end = i + 1
        while end < len(tokens) and tokens[end].text == ".":
            end += 1
        tags[i - 1] = "prose"
        tags[i] = "B-container-title"
        for n in range(i + 1, end):
            tags[n] = "I-container-title"
        while end < len(tokens) and tokens[end].text == ",":
            tags[end] = "prose"
            end += 1
        if end < len(tokens) and split_label(tags[end])[1] == "pages":
            label_end = end
            while label_end < len(tokens) and split_label(tags[label_end])[1] == "pages" \
                    and (label_end == end or tags[label_end].startswith("I-")):
                label_end += 1
            for n in range(end, label_end):
                tags[n] = ("B-" if n == end else "I-") + "locator"
    return tags


def _lead_regex() -> re.Pattern[str]:
    """The ``lead_words`` lexicon as one pattern (longest first; a final period is optional)."""
    entries = sorted(set(_entries("lead_words")), key=len, reverse=True)
    alternatives = "|".join(re.escape(e.rstrip(".")).replace(r"\ ", r"\s+") + (r"\.?" if e.endswith(".") else "")
                            for e in entries)
    return re.compile(_first_character(entries) + r"(?<![\w.])(?:" + alternatives + r")(?=\s)", re.IGNORECASE)


_LEAD = _lead_regex()
#: The first word of every ``lead_words`` entry, lower-cased as :func:`~.words.lowered_words` gives a note's words: a note
#: without one holds no lead-in (the pattern above is not run on it).
_LEAD_FIRST_WORDS = frozenset(tokenize(entry)[0].text.lower() for entry in _entries("lead_words") if tokenize(entry))
#: ``id.`` in lower case after a lead-in (``lead_words``: ``Voyez id., vol. 1, p. 169``, ``see id., p. 9``), before a
#: pinpoint: the marker.
_LED_IDEM = re.compile(_LEAD.pattern + r"\s+(?P<id>id\.)(?=,?\s*(?:" + _SENTENCE_PINPOINT.pattern + r"))", re.IGNORECASE)
#: Words that introduce the author after a title (``Commentaires, par Kent``): prose, not the name.
_NAMING = frozenset({"author", "editor", "translator", "title", "container-title"})
#: The word of each phrase of ``_TITLED`` that a note must hold for the phrase to be there.
_TITLED_WORDS = frozenset({"intitulé", "intitule", "intitulée", "intitulee", "intitulés", "intitulées", "titre", "titel",
                           "titulado", "titulada", "titulados", "tituladas", "título", "titulo", "entitled", "titled",
                           "title", "titolo", "intitolato", "intitolata"})


@needs(any_word(_TITLED_WORDS | _LEAD_FIRST_WORDS | BY_WORDS))  # a titling phrase, a lead-in or "by"
def rule_lead_in_words(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Vgl. Weber, …``, ``Voyez Kent, …``, ``D'après Tarde``, ``Siehe Scholtz``, ``Cf. …``: a
    lead-in phrase (``lead_words`` lexicon) that opens an author, title or container run is prose
    (also when it is a whole run of any field: ``Voyez id., p. 42``, ``Voyez`` read as a publisher; or when it ends
    a run past its sentence: ``L'Arkansas. Voyez``; the short subject before it is prose: ``Le Missouri.``), and so is
    ``by``/``par``/``por`` opening an author run; the run starts after it. ``by`` and a name read as a title
    or container run are the author (:func:`_name_after_by`), and a title or container run holding a phrase
    that says a title follows starts after it (:func:`_titling_phrases_are_prose`)."""
    tags = list(tags)
    _titling_phrases_are_prose(text, tokens, tags)
    starts: list[int] = []
    led = not _LEAD_FIRST_WORDS.isdisjoint(lowered_words(tokens))
    for match in _LEAD.finditer(text) if led else ():
        starts = starts or token_starts(tokens)
        inside = tokens_within(tokens, starts, match.start(), match.end())
        if _whole_run(tags, inside):
            for i in inside:  # "Voyez id., p. 42", "Voyez Hutchinson": the lead-in alone, read as a field of its own
                tags[i] = "prose"
            continue
        if _ends_a_run_after_a_sentence(tokens, tags, inside):
            for i in inside:  # "L'Arkansas. Voyez" + "id., vol. 1": the lead-in of the next sentence, not the name's
                tags[i] = "prose"
            continue
        _make_prose(tokens, tags, inside)
    if led:
        _subject_before_a_lead_in(text, tokens, tags)
    if not BY_WORDS.isdisjoint(lowered_words(tokens)):
        by_texts = {word for word in token_texts(tokens) if word.lower() in BY_WORDS}  # as written: "By", "par"…
        for i in [i for i, token in enumerate(tokens) if token.text in by_texts]:
            if tags[i] == "B-author":
                _make_prose(tokens, tags, [i])
            elif tags[i] in _TITLE_OPENINGS:
                _name_after_by(tokens, tags, i)
            elif tags[i] == "prose" and i + 1 < len(tags) and tags[i + 1] in _TITLE_OPENINGS | {"B-author"}:
                _title_in_prose_before_by(text, tokens, tags, i)
    return tags


def _title_in_prose_before_by(text: str, tokens: Sequence[Token], tags: list[str], i: int) -> None:
    """``Voyez Description des États-Unis, par Warden, vol. 1, p. 166``: the words read as prose between a lead-in (or
    the clause's start) and ``par``/``by`` + a name (one to four capitalised words read as a title, container or
    author run) are the title, capitalised and ending on a comma, and the name its author, in place."""
    named = _name_words(tokens, tags, i + 1, i + 1)
    if named is None or tokens[i - 1].text != ",":
        return
    end = named[0]
    start = i - 1
    while start > 0 and tags[start - 1] == "prose" and tokens[start - 1].text not in (".", ";", ":", "(") \
            and _LEAD.match(text, tokens[start - 1].start) is None:
        start -= 1
    if start >= i - 2 or not tokens[start].text[:1].isupper() or start and tags[start - 1] != "prose" \
            or start and tokens[start - 1].text == "." and not ends_a_sentence(tokens, start - 1):
        return  # "… attacks of J. Steuart and others, by A. Young": an initial's stop opens no title
    relabel(tags, start, i - 1, "title")
    relabel(tags, i + 1, end, "author")


#: A phrase that says a title follows (``intitulé :``, ``unter dem Titel:``, ``entitled``, ``con el título de``),
#: in lower case (but German ``Titel``): ``Entitled`` may be a word of a title in title case.
_TITLED = re.compile(r"(?<![\w'’])(?:intitul[ée]e?s?|ayant pour titre|sous le titre(?: de)?|unter dem Titel|Titel (?:lautet|führt)|"
                     r"titulad[oa]s?|con el t[íi]tulo(?: de)?|entitled|titled|under the title(?: of)?|col titolo(?: di)?|"
                     r"intitolat[oa])(?:\s*:)?(?=\s)")


def _titling_phrases_are_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> None:
    """``dans le recueil intitulé : Laws of the United States``, ``unter dem Titel: Histoire morale``,
    ``the pamphlet entitled The Crisis``: a title or container run that holds a phrase saying a title
    follows starts after it (what comes before is prose about the work, not its title), in place."""
    if _TITLED_WORDS.isdisjoint(lowered_words(tokens)):
        return  # no titling phrase (most notes)
    starts: list[int] = []
    for match in _TITLED.finditer(text):
        starts = starts or token_starts(tokens)
        inside = tokens_within(tokens, starts, match.start(), match.end())
        nxt = inside[-1] + 1 if inside else len(tokens)
        if nxt >= len(tags) or tags[nxt] not in _INSIDE_TITLES or split_label(tags[inside[0]])[1] != tags[nxt][2:] \
                or tokens[nxt].text[:1].islower():
            continue  # no title run going on past the phrase, or a lower-case word after it
        first = inside[0]
        while first > 0 and tags[first].startswith("I-"):
            first -= 1
        for i in range(first, nxt):
            tags[i] = "prose"
        tags[nxt] = "B-" + tags[nxt][2:]


_INSIDE_TITLES = frozenset({"I-title", "I-container-title"})
_TITLE_OPENINGS = frozenset({"B-title", "B-container-title"})
#: The words of a name after ``by`` (``Marshall``, ``William Stith``, ``J. F. Cooper``): at most four.
_NAME_WORD = re.compile(r"[A-ZÀ-Ý][\w'’-]*|[A-Z]\.?")


def _name_words(tokens: Sequence[Token], tags: Sequence[str], run: int, first: int) -> tuple[int, list[str]] | None:
    """The end of the run that opens at token ``run`` and the words of it from token ``first`` on (``.`` and ``,``
    aside), when they are one to four capitalised words of a name (``Marshall``, ``J. Warden``); else None."""
    label = tags[run][2:]
    end = run + 1
    while end < len(tags) and tags[end] == "I-" + label:
        end += 1
    words = [t.text for t in tokens[first:end] if t.text not in ".,"]
    return (end, words) if 1 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(w) for w in words) else None


def _name_after_by(tokens: Sequence[Token], tags: list[str], i: int) -> None:
    """``Vie de Washington, par Marshall, vol. 1``: a title or container run that is only ``by``
    (``par``, ``por``) and one to four capitalised words of a name is the author after the title:
    ``by`` becomes prose and the name an author run."""
    named = _name_words(tokens, tags, i, i + 1)
    if named is None or not named[1][-1][1:].islower():
        return
    tags[i] = "prose"
    relabel(tags, i + 1, named[0], "author")


#: The most words a note's opening subject (``La rivière Rouge.``) has before the lead-in to its source.
_SUBJECT_WORDS = 5


def _subject_before_a_lead_in(text: str, tokens: Sequence[Token], tags: list[str]) -> None:
    """``Le Missouri. Voyez id., vol. 1, p. 132``, ``L'Ohio. See Warden, i. 192``: a short title or name run that
    opens the note and ends on its full stop (five words at most), right before a lead-in to a source, is the thing
    the note is about, not a work: prose, in place."""
    if not tags or split_label(tags[0])[1] not in ("title", "author"):
        return  # no title or name run opens the note
    runs = tag_spans(tokens, tags)
    if not runs or runs[0][0] != 0 or runs[0][2] not in ("title", "author"):
        return
    last = runs[0][1]
    if last >= len(tokens) or tokens[last - 1].text != "." or not 2 <= last <= _SUBJECT_WORDS + 1 \
            or _LEAD.match(text, tokens[last].start) is None:
        return
    for i in range(last):
        tags[i] = "prose"


def _ends_a_run_after_a_sentence(tokens: Sequence[Token], tags: Sequence[str], inside: list[int]) -> bool:
    """Whether tokens ``inside`` (a lead-in) close a naming run right after a full stop inside it, and the tag after
    them opens another run or is prose: the run read on past its sentence into the next one's lead-in."""
    if not inside or inside[0] < 2 or tokens[inside[0] - 1].text != ".":
        return False
    label = split_label(tags[inside[0]])[1]
    if label not in _NAMING or any(tags[i] != "I-" + label for i in inside):
        return False
    nxt = inside[-1] + 1
    return nxt >= len(tags) or tags[nxt] != "I-" + label


def _whole_run(tags: Sequence[str], inside: list[int]) -> bool:
    """Whether tokens ``inside`` are one whole field run (not prose, not an ibid marker): they open
    it and the tag after them starts another run or is prose."""
    if not inside or not tags[inside[0]].startswith("B-"):
        return False
    label = split_label(tags[inside[0]])[1]
    if label == "ibid" or any(tags[i] != "I-" + label for i in inside[1:]):
        return False
    nxt = inside[-1] + 1
    return nxt >= len(tags) or tags[nxt] != "I-" + label


def _make_prose(tokens: Sequence[Token], tags: list[str], inside: list[int]) -> None:
    """Tokens ``inside`` that open a naming run (and the run goes on after them) become prose."""
    if not inside or not tags[inside[0]].startswith("B-") or split_label(tags[inside[0]])[1] not in _NAMING:
        return
    label = split_label(tags[inside[0]])[1]
    nxt = inside[-1] + 1
    if nxt >= len(tags) or tags[nxt] != "I-" + label or any(split_label(tags[i])[1] != label for i in inside):
        return
    for i in inside:
        tags[i] = "prose"
    tags[nxt] = "B-" + label


#: An imprint bracket that opens on ``n.p.`` (no place): ``(n.p., n.d.)``, ``(n.p.: n.d. [probably 1863])``,
#: ``(N.p.: Smith, 1920)``, ``(n.p., 1863)``; the publisher, the date (``n.d.`` or a year) and a bracketed
#: comment after it each optional.
_NO_PLACE_IMPRINT = re.compile(
    r"\((?P<location>[Nn]\.\s?[Pp]\.)\s*[,:;]?\s*"
    r"(?P<publisher>(?![Nn]\.\s?[Dd]\.)[^()\[\],;\d]*[^\W\d_][^()\[\],;\d]*?)?\s*,?\s*"
    r"(?P<date>[Nn]\.\s?[Dd]\.|1[4-9]\d\d|20\d\d)?\s*(?P<note>\[[^\[\]]*\])?\s*\)")


#: What the rule below cannot do without: a bracket opening on ``n.p.``.
_NO_PLACE_BRACKET = re.compile(r"\([Nn]\.\s?[Pp]\.")


@needs(any_mark("("), any_match(_NO_PLACE_BRACKET))
def rule_no_place_imprint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``A Diplomat on Diplomacy (n.p.: n.d. [probably 1863])``: a bracket opening on ``n.p.`` (no place) is the
    imprint, whatever the tagger read there: the bracket and ``n.p.`` the place, then the publisher, the date
    (``n.d.`` or a year) and a bracketed comment (a note) when given, the punctuation between them running on
    the field before it; the title before it ends at the bracket."""
    tags = list(tags)
    starts = token_starts(tokens)
    for match in _NO_PLACE_IMPRINT.finditer(text):
        inside = tokens_within(tokens, starts, match.start(), match.end())
        label = "location"
        for k in inside:
            part = next((name for name in ("location", "publisher", "date", "note") if match.group(name)
                         and match.start(name) <= tokens[k].start < match.end(name)), None)
            opens = part is not None and part != label
            label = part or label
            tags[k] = ("B-" if k == inside[0] or opens else "I-") + label
        after = inside[-1] + 1 if inside else len(tags)
        if after < len(tags) and split_label(tags[after])[1] != label:
            open_run(tags, after)  # the run after the bracket was the tagger's title or place: it opens anew
    return tags




#: ``in`` and a word for the same author (``in idem``, ``dans même``: :data:`SAME_AUTHOR_WORDS`).
_IN_THE_SAME_AUTHOR = re.compile(r"(?i)\b(?:in|dans|im|en)\s+" + SAME_AUTHOR_WORD + r"\b")


@needs(any_word(IN_WORDS), any_folded(SAME_AUTHOR_WORDS))
def rule_in_idem_and_a_title_is_the_authors_book(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Hobsbawm, 'The labour aristocracy…', in idem, Labouring men (London, 1964), pp. 272–315``: ``in``, then
    ``idem`` (the same author) and a comma right after a title, then a title: that title is the container of the
    piece before it, by its author (one cite, not a piece and an ibid); ``idem`` and the comma are prose."""
    if not _IN_THE_SAME_AUTHOR.search(text):
        return tags  # no "in" and word for the same author (token sets first: most notes have neither)
    changed: list[str] | None = None
    for i in range(2, len(tokens) - 2):
        if tokens[i - 1].text.lower() not in IN_WORDS or fold(tokens[i].text.rstrip(".")) not in SAME_AUTHOR_WORDS:
            continue
        comma = i + 1 + (tokens[i + 1].text == ".")
        if not _after_a_title(tokens, tags, i - 1) or comma + 1 >= len(tokens) or tokens[comma].text != "," \
                or split_label(tags[comma + 1])[1] not in ("title", "container-title"):
            continue
        end = comma + 2
        while end < len(tokens) and tags[end] == "I-" + split_label(tags[comma + 1])[1]:
            end += 1
        changed = changed if changed is not None else list(tags)
        for n in range(i - 1, comma + 1):
            changed[n] = "prose"
        relabel(changed, comma + 1, end, "container-title")
    return changed if changed is not None else tags


def _after_a_title(tokens: Sequence[Token], tags: Sequence[str], i: int) -> bool:
    """Whether token ``i`` follows a title run, its closing quote and comma between (``'The labour aristocracy…',``)."""
    k = i - 1
    while k >= 0 and tokens[k].text in ",”’\"'":
        k -= 1
    return k >= 0 and split_label(tags[k])[1] == "title"


#: What the rule below cannot do without: the last letter of ``in`` (``dans``, ``en``, ``im``), a space and ``his`` (``her``,
#: ``their``…: :data:`~.words.THEIR_WORDS_BEFORE_CAPITALISED_TITLES`), in any case (only ASCII letters lower-case to them).
_IN_HIS = re.compile(r"[NnSsMm]\s+(?:" + "|".join("".join(f"[{c.upper()}{c}]" for c in word) for word in sorted(
    THEIR_WORDS_BEFORE_CAPITALISED_TITLES, key=lambda word: (-len(word), word))) + ")")


@needs(any_word(THEIR_WORDS_BEFORE_CAPITALISED_TITLES), any_word(IN_WORDS), any_match(_IN_HIS), any_tag(TITLE_TAGS))
def rule_in_his_and_a_title_is_the_authors_book(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Erika Wolf, “Drawing as …,” in her Aleksandr Zhitomirsky: … (Chicago: …, 2016), 92–95``, ``N. Kostomaroff,
    "The Rationalists of the Twelfth Century," in his Monographies and Researches``: ``in``, then ``his``, ``her``,
    ``their`` (:data:`THEIR_WORDS_BEFORE_CAPITALISED_TITLES`) right after a title, then a capitalised title (a title
    or container run, or title words left as prose): that title is the container of the piece before it, its
    author's own book (one cite, not a piece and a book); ``in`` and the pronoun are prose."""
    changed: list[str] | None = None
    for i in range(2, len(tokens) - 1):
        start = i + 1
        if tokens[i - 1].text.lower() not in IN_WORDS or tokens[i].text.lower() not in THEIR_WORDS_BEFORE_CAPITALISED_TITLES \
                or not tokens[start].text[:1].isupper() or not _after_a_title(tokens, tags, i - 1):
            continue
        label = split_label(tags[start])[1]
        if label in ("title", "container-title"):
            end = start + 1
            while end < len(tokens) and tags[end] == "I-" + label:
                end += 1
        elif tags[start] == "prose":
            end = title_words_end(tokens, start, tags)
        else:
            continue
        changed = changed if changed is not None else list(tags)
        changed[i - 1] = changed[i] = "prose"
        relabel(changed, start, end, "container-title")
        open_run(changed, end)
    return changed if changed is not None else tags


@needs(any_tag("B-ibid"))
def rule_name_before_an_ibid_is_its_author(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…, p. 207 et 381, Story, id., p. 339``, ``Weber, a. a. O., S. 12``: one capitalised word and a comma right
    before an ibid marker, after a comma, a semicolon, a full stop or the note's start, is the author whose work the
    marker names again (``id.`` after a name is that author's work, not the work cited just before), whatever the
    tagger read it as."""
    out = None
    for i in range(2, len(tokens)):
        if tags[i] != "B-ibid" or tokens[i - 1].text != "," or not capitalised_word(tokens[i - 2].text, 3):
            continue
        k = i - 2
        if k and tokens[k - 1].text not in (",", ";", ".") or split_label(tags[k])[1] == "author":
            continue
        out = out or list(tags)
        out[k], out[k + 1] = "B-author", "I-author"
        open_run(out, k + 2)
    return out or tags
