"""Correction: ``text-case="title"`` as citeproc-js applies it to English titles.

CSL 1.0.2 ("Title case conversion"): lowercase words are capitalised except stop words
(unless first or last, or after a colon, "?" or "!"); words with capitals stay as they are.
citeproc-py 0.11.1 splits on spaces only and capitalises the first *character*, so
"pro-environmental" stays lowercase after the hyphen, "“new" is left alone (its first
character is a quote), and the last word can stay lowercase ("Research for"). This title-cases
each part of hyphenated and dashed compounds (a stop word after a dash stays lowercase:
"Stability—with"), capitalises the first letter after opening punctuation (a record's quotation
marks too), keeps name particles (von, van, de, d’) and elided articles ("l’époque")
lowercase, leaves one-letter words lowercase unless they open the title (or a part after a colon:
"07-x", "Plan b for x", "Vitamin d: X", "monde méditerranéen à l'époque"; citeproc-js
capitalises only longer words, accented ones too: "Éd.", "Çev."), leaves non-Latin letters,
markup tags, words opening with an entity or a backslash and no-case spans alone, and only touches English (or unmarked) text.
"""
from __future__ import annotations

import re
from typing import Any

from citeproc.model import Text, TextCased
from citeproc.string import MixedString, NoCase, String

from . import hooks

_INNER: list[Any] = [None]

#: Words left lowercase inside a title (articles, conjunctions, short prepositions).
STOP_WORDS = frozenset("""a about above across after against along amid among an and around as at before behind
below beneath beside between beyond but by down during except for from in inside into like near nor of off on
onto or out outside over past per since so than the through throughout till to toward towards under until unto
up upon versus via vs. v. with within without yet et""".split())
#: Name particles, never capitalised by title case (citeproc-js's list: "Annales Du Service").
PARTICLES = frozenset("von van de d’ d'".split())

_WORD = re.compile(r"(<[^<>]*>|\s+)")
_PART = re.compile(r"([-\u2010\u2013\u2014/])")
_FIRST_LETTER = re.compile(r"^([“‘\"'(\[{«¡¿\ue000\ue002]*)([a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f])")
#: An elided article ("l’époque"): citeproc-js leaves the word as it is.
_ELIDED = re.compile(r"^[a-z][’']")


def _capitalize(part: str) -> str:
    return _FIRST_LETTER.sub(lambda m: m.group(1) + m.group(2).upper(), part, count=1)


def _core(part: str) -> str:
    return part.strip("“”‘’\"'()[]{}«»,;:.!?\ue000\ue001\ue002\ue003").lower()


def title_case_words(words: list[tuple[str, bool]]) -> list[str]:
    """Title-case ``words`` = [(text, protected), ...], whitespace tokens included."""
    last = max((i for i, (w, _) in enumerate(words) if w.strip() and not _WORD.fullmatch(w)), default=-1)
    out = []
    opening = True
    for i, (word, protected) in enumerate(words):
        if not word.strip() or _WORD.fullmatch(word):  # spaces, markup tags, entities
            out.append(word)
            continue
        if protected:
            out.append(word)
            opening = word.rstrip()[-1:] in ":?!"
            continue
        pieces = _PART.split(word)
        new = []
        for k, piece in enumerate(pieces):
            if k % 2 or not piece:
                new.append(piece)
                continue
            core = _core(piece)
            first_piece = k == 0
            lowercase = piece == piece.lower()
            starts = first_piece and opening
            if not lowercase or core in PARTICLES or _ELIDED.match(piece):
                new.append(piece)
            elif core in STOP_WORDS and not (first_piece and (opening or (i == last and len(core) > 1))):
                new.append(piece)
            elif len(core) == 1 and not starts:
                new.append(piece)  # citeproc-js capitalises a one-letter word only first ("07-x", "Plan b")
            else:
                new.append(_capitalize(piece))
        out.append("".join(new))
        opening = word.rstrip()[-1:] in ":?!" or word.rstrip().endswith("—")
    return out


def _title(text: Any) -> Any:
    if isinstance(text, MixedString):
        tokens: list[tuple[str, bool, int]] = []
        for n, piece in enumerate(text):
            protected = isinstance(piece, NoCase)
            for token in _WORD.split(str(piece)):
                if token:
                    tokens.append((token, protected, n))
        cased = title_case_words([(t, p) for t, p, _ in tokens])
        rebuilt: list[list[str]] = [[] for _ in text]
        for (_, _, n), token in zip(tokens, cased):
            rebuilt[n].append(token)
        return MixedString([type(piece)("".join(rebuilt[n])) if isinstance(piece, String) else "".join(rebuilt[n])
                            for n, piece in enumerate(text)])
    words = [(t, False) for t in _WORD.split(str(text)) if t]
    result = "".join(title_case_words(words))
    return type(text)(result) if isinstance(text, String) else result


def case(self: Any, text: Any, language: str | None = None) -> Any:
    """``TextCased.case`` with the title case described above; other cases unchanged."""
    if self.get("text-case") != "title" or text is None or text == "" or (isinstance(self, Text) and "macro" in self.attrib):
        return _INNER[0](self, text, language)  # a macro call's text-case: see fix_text_case
    if language not in (None, "en"):
        return text
    return _title(text)


install, uninstall = hooks.wrapping((TextCased, "case", case, _INNER))
