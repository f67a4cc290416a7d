"""Citation layouts a document keeps from note to note, read from all its notes at once.

A note read alone can be ambiguous where the document as a whole is not: ``Bent: Ruined Cities of Mashonaland,
pp. 203 ff.`` may be a title with a subtitle or an author and a title, but a document whose notes open on
``Spiller: Inter-Racial Problems``, ``Helps: Spanish Conquest`` and ``Buecher: Industrial Revolution`` writes its
authors before a colon. What a layout settles is handed to the parser as labels forced on character spans
(:func:`notecite.parse.parse_note`'s ``labels``), the way a reviewer's corrections are.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..normalize.places import is_known_place
from .dictionaries import fold, load
from .rules.words import ORGANISATION_WORDS

#: Where a cite opens in a note: its start (after a lead-in such as ``See`` or ``Cf.``), or after ``;``, a dash
#: between cites, a ``see`` inside a sentence or the colon that ends a lead-in clause (``see:``, ``monograph:``).
_CITE_OPENING = re.compile(r"(?:^|;\s+|\s[–—]\s+|(?<=\s)(?i:see|cf\.)\s+|(?<=[a-z]):\s+)")
#: A lead-in word at a cite's opening (``See``, ``Cf.``, ``Vgl.``: :file:`dictionaries/lead_words.txt`) and its space.
_LEAD_WORD = re.compile(r"([^\W\d_]+\.?),?\s+")
#: The particles a name may hold in lower case (``Pierre de Coubertin``).
_PARTICLES = frozenset({"von", "van", "de", "du", "da", "di", "del", "der", "la", "le"})
#: A person's name written before a colon (``Bent``, ``Du Bois``, ``Von Luschan``, ``France Perovšek``, ``J. A.
#: Hobson``): one to four capitalised words or initials, particles allowed inside, then the colon, a space and
#: a letter or a quotation mark (what may open a title: :func:`_title_after`).
_NAME_AND_COLON = re.compile(
    r"(?P<name>(?:(?:[^\W\d_]\.\s?){1,3}|(?:[^\W\d_][\w'’-]*\s+){0,3}(?:(?:" + "|".join(sorted(_PARTICLES)) + r")\s+)?)"
    r"[^\W\d_][\w'’-]*[^\W\d_])"
    r":\s+(?=[^\W\d_]|[“\"‘'])")
#: Words that make a name a body or a repository, not a person.
_BODY_WORDS = ORGANISATION_WORDS | frozenset("""archive archives archiv arhiv archivio archivo archief library museum
institut office ministry department""".split())
#: Distinct names a document must write so, each opening a cite, for the layout to be the document's.
MIN_NAMES = 3


def layout_labels(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
    """For each of a document's note texts (all of them, in order), the labels its layouts force, as
    :func:`notecite.parse.parse_note` takes them; a reviewer's labels go after them and win."""
    return colon_author_labels(texts)


def colon_author_labels(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
    """For each note text, the spans of the names written before a colon where a cite opens, with the colon
    (``Spiller:`` in ``Spiller: Inter-Racial Problems, p. 31``), labelled ``author``, when the document writes at
    least :data:`MIN_NAMES` different names so; else no span at all (a single ``Stalin: A Political Biography`` is a
    title)."""
    found = [_openings(text) for text in texts]
    names = {fold(m["name"]) for note in found for m in note}
    if len(names) < MIN_NAMES:
        return [[] for _ in texts]
    return [[(m.start("name"), m.end("name") + 1, "author") for m in note] for note in found]  # with its colon


def _openings(text: str) -> list[re.Match[str]]:
    """The names before a colon that open a cite of ``text`` and read as a person's (:func:`_reads_as_a_person`)."""
    out = []
    for opening in _CITE_OPENING.finditer(text):
        at = _past_lead_words(text, opening.end())
        match = _NAME_AND_COLON.match(text, at)
        if match and _reads_as_a_person(match["name"]) and _title_after(text, match.end()):
            out.append(match)
    return out


def _past_lead_words(text: str, i: int) -> int:
    """Where the text goes on after the lead-in words (``See``, ``Cf.``, ``Vgl.``) at ``i``."""
    lead = load("lead_words")
    while True:
        word = _LEAD_WORD.match(text, i)
        if not word or fold(word.group(1)) not in lead and fold(word.group(1)).rstrip(".") not in lead:
            return i
        i = word.end()


def _title_after(text: str, i: int) -> bool:
    """Whether what follows the colon at ``i`` may open a title: a capital or a quotation mark, or ``in`` and a
    capital (``Von Luschan: in Inter-Racial Problems``); not an ibid-like marker (``Bidwell: Ibid., p. 172``: a
    speaker in a debate the note cites again, not an author)."""
    word = re.match(r"\S+(?:\s+cit\.)?", text[i:])
    if word is None or word.group().lower().rstrip(",;") in load("ibid"):
        return False
    first = word.group()
    return first[:1].isupper() or first[:1] in "“\"‘'" or first == "in" and text[i + 3:i + 4].isupper()


def _reads_as_a_person(name: str) -> bool:
    """Whether the words before a colon may be a person's name: no place (``New York: Macmillan`` is an
    imprint), no month, no small word of a title (``History of Russia: A Survey``), no word in capitals alone
    (``NAA: A1838`` is an archive)."""
    words = name.split()
    if any(fold(w) in _BODY_WORDS for w in words):
        return False  # "Arhiv Jugoslavije: AJ 72": a repository, "Central Committee: Resolution": a body
    if is_known_place(name) or any(fold(w) in load("months") or fold(w) in load("stopwords") for w in words
                                   if w not in _PARTICLES):
        return False
    return not any(len(w.rstrip(".")) > 1 and w.isupper() for w in words)
