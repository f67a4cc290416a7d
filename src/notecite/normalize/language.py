"""The ``language`` of a record, told from its title (and container title, publisher and place).

English styles title-case English titles only; a record without ``language`` is taken as
English, so ``Das Silber des Meeres`` came out as ``Das Silber Des Meeres``. :func:`detect`
names the language of a title from the evidence a title carries: function words (articles,
prepositions, conjunctions), letters and word endings particular to one language, a few
frequent title words, and the script (Cyrillic, Greek…). It answers only when one language
clearly leads and says None otherwise, so an undecided title stays as before (English).

Why our own and not a package: general detectors are trained on sentences, and on 2–6-word
titles they guess. py3langid (langid.py's model), tried on the titles of the founding example
and of the tests (``tests/normalize/test_language.py``), put ``Partisan Review`` in French,
``The Mass Strike`` and ``Men in Prison`` in German and ``Rosa Luxemburg`` in Portuguese,
each with a probability under 0.4, and it needs numpy. A wrong non-English tag costs more
than none (the style then keeps a lower-case English title), so we need a detector that
abstains, and a title's function words are the evidence that decides.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..records import Record

#: Function words of titles, per language (lower case, accents kept and also folded).
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in {
        "en": "the of and in on to for from with a an its their our is are was what how why towards toward "
              "into against between under after before about",
        "fr": "le la les l d du des de et au aux un une pour par sur dans avec sans sous chez est ou "
              "entre vers après apres contre qu que qui",
        "de": "der die das den dem des ein eine einer eines und im an am zum zur von vom mit für fur über uber "
              "aus bei nach ist oder auf gegen unter zwischen",
        "es": "el la los las de del y en un una por para con sin sobre al lo como hacia entre contra",
        "it": "il lo la gli i le a di del della dei delle degli dello e in un una per con su dal dalla nel "
              "nella al alla sul sulla tra fra contro",
        "pt": "o a os as de do da dos das e em um uma por para com no na nos nas ao à sobre entre",
        "nl": "de het een van en in op voor met naar over bij uit tot",
    }.items()
}

#: Frequent title words that belong to one language only.
TITLE_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in {
        "fr": "ans histoire vie temps guerre monde oeuvres œuvres russe française français mémoires memoires "
              "lettres écrits ecrits souvenirs portrait essai essais nouvelle nouvelles révolution",
        "de": "geschichte briefe werke schriften leben zeit krieg welt neue neuen staat partei "
              "arbeiter gesellschaft kritik frage",
        "es": "historia vida guerra mundo obras cartas escritos nueva nuevo años revolución",
        "it": "storia vita guerra mondo opere lettere scritti nuova nuovo anni rivoluzione quaderni carcere",
        "pt": "história vida guerra mundo obras cartas escritos nova novo anos revolução",
        "en": "history life war world works letters writings new years betrayed memoirs "
              "essays selected collected notes review studies",
    }.items()
}

#: Word endings that point to one language.
ENDINGS: dict[str, tuple[str, ...]] = {
    "fr": ("ienne", "iennes", "eux", "aux", "ée", "ées", "oire", "isme", "ique", "iques", "esse", "iste", "istes"),
    "de": ("ung", "ungen", "heit", "keit", "schaft", "lich", "liche", "lichen", "isch", "ische", "chen"),
    "es": ("ción", "ciones", "cion", "dad", "idad"),
    "it": ("zione", "zioni", "ità", "etto", "ismo"),
    "pt": ("ção", "ções", "ão", "ões", "dade"),
    "en": ("ing", "ness", "ship", "ed"),
}

#: Letters particular to one language (or nearly).
LETTERS: dict[str, str] = {"de": "äöüß", "fr": "çœèêëîïûùâ", "es": "ñ¿¡", "pt": "ãõ", "it": "ìò"}

#: Scripts that name a language by themselves (Unicode name prefix → language).
SCRIPTS = (("CYRILLIC", "ru"), ("GREEK", "el"), ("HEBREW", "he"), ("ARABIC", "ar"), ("HIRAGANA", "ja"),
           ("KATAKANA", "ja"), ("HANGUL", "ko"), ("CJK", "zh"))

_WORD = re.compile(r"[^\W\d_]+")
#: A French elided article or pronoun (``l'État``, ``d’un``, ``qu'il``).
_ELISION = re.compile(r"\b(?:l|d|qu|j|n|s)['’]\w")


def scores(text: str) -> dict[str, float]:
    """Evidence for each language in ``text`` (see the module doc); empty when there is none."""
    out: dict[str, float] = {}

    def add(lang: str, value: float) -> None:
        out[lang] = out.get(lang, 0.0) + value

    for ch in "" if text.isascii() else text:  # scripts lie beyond U+024F
        if ch.isalpha() and ord(ch) > 0x24F:
            name = unicodedata.name(ch, "")
            for prefix, lang in SCRIPTS:
                if name.startswith(prefix):
                    add(lang, 1.0)
                    break
    lowered = text.lower()
    for lang, letters in LETTERS.items():
        if any(letter in lowered for letter in letters):  # a handful of letters, not every character
            add(lang, 1.5)
    if ("'" in lowered or "’" in lowered) and _ELISION.search(lowered):
        add("fr", 1.0)
    for word in _WORD.findall(lowered):
        for lang, value in _word_evidence(word):
            add(lang, value)
    return out


@lru_cache(maxsize=1 << 16)
def _word_evidence(word: str) -> tuple[tuple[str, float], ...]:
    """What one lower-case word adds to :func:`scores`, in the order it adds it (words repeat
    across titles: each is looked up once)."""
    out: list[tuple[str, float]] = []
    having = [lang for lang, words in FUNCTION_WORDS.items() if word in words]
    for lang in having:
        out.append((lang, 1.0 / len(having)))
    for lang, words in TITLE_WORDS.items():
        if word in words:
            out.append((lang, 0.75))
    if len(word) > 4:
        for lang, endings in ENDINGS.items():
            if word.endswith(endings):
                out.append((lang, 0.5))
    return tuple(out)


def detect(text: str, *context: str) -> str | None:
    """The language (ISO 639-1 code) of a title, or None when no language clearly leads.

    ``context`` (container title, publisher, place) adds evidence at half weight. A language
    is named when its evidence is at least 0.75 (one function word of its own, or a frequent
    title word) and half as much again as the next one's.
    """
    total = scores(text)
    for extra in context:
        for lang, value in scores(extra).items():
            total[lang] = total.get(lang, 0.0) + value / 2
    if not total:
        return None
    ranked = sorted(total.items(), key=lambda item: -item[1])
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    return best if score >= 0.75 and score >= 1.5 * runner_up else None


def add_language(record: Record) -> None:
    """Set ``record["language"]`` from its title when :func:`detect` is sure; a record that has a
    language (or no title) is left alone. The container and collection titles add evidence."""
    title = record.get("title") or record.get("container-title")
    if record.get("language") or not isinstance(title, str):
        return
    context = [record.get(v) for v in ("container-title", "collection-title")]
    language = detect(title, *[c for c in context if isinstance(c, str) and c != title])
    if language:
        record["language"] = language
