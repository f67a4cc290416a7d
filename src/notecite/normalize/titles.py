"""Titles: strip enclosing quotes (even broken pairs) and trailing separators, keep the casing.

‘Trente Ans,” → "Trente Ans"; “Theses of the Left Communists (1918)” keeps its brackets;
"?" and "!" belong to a title and stay. Publication history the tagger left in a title
("…, translated and published as a pamphlet by …"), and an edition statement ending it
("Antonio Pérez. Edición de 1881"), move to ``note``. In short cites
(``kind="short"``) the title text is the short title: it goes to ``title-short``, not ``title``.
A second title with no container given becomes the ``container-title`` when the first was
quoted (an article or chapter inside it); any further title is kept in ``note``. Numbers a container title
swallowed go back to their fields (``PLoS ONE 9, n.º`` + 6 → volume 9, issue 6; ``Diplomatic
History (Spring 2001)`` → a date). A title
mentioned in prose that is only a known name (``his memoir of Lenin``) is flagged
(:data:`NAME_NOT_TITLE`): the linker makes no new work of it.
"""
from __future__ import annotations

import re

from ..textscan import NeedingWords, may_hold
from .base import Draft, broken_words_joined, squeeze, strip_brackets, strip_edge_punctuation
from .language import FUNCTION_WORDS, detect
from .lexicon import NAMES_FOLDED

#: The flag reason for a title mentioned in prose that is only a known name (``his memoir of Lenin``).
NAME_NOT_TITLE = "a known name mentioned in prose, not a title"

OPENING_QUOTES = "\"'“”‘’«»„‚‹›「『"
CLOSING_QUOTES = "\"'“”‘’«»‚‹›」』"

_HISTORY = NeedingWords(re.compile(
    r"[,;]?\s*\b(?:translated\s+and\s+published\s+as|translated\s+(?:as|in)|published\s+as|"
    r"republished\s+(?:as|in)|reprinted\s+(?:as|in)|first\s+published|originally\s+published|"
    r"also\s+published|English\s+translation|traduit\s+(?:sous\s+le\s+titre|en)|paru\s+(?:sous|dans)|"
    r"übersetzt\s+als|erschienen\s+(?:als|in))\b.*$",
    re.I | re.S,
), ("translat", "published", "reprinted", "traduit", "paru", "übersetzt", "erschienen"))  # one of which every match holds
#: An edition statement ending a title (``Antonio Pérez. Edición de 1881``, ``…, 2nd edition``, ``… Zweite Auflage``).
_EDITION = re.compile(
    r"[.,;]\s*(?:(?:\d+(?:st|nd|rd|th|e|a|ª|\.)?|new|nouvelle|neue|nueva|nuova|zweite|dritte|second|third|revised)\s+)?"
    r"(?:edition|édition|edición|edizione|ausgabe|auflage|ed\.)(?:\s+(?:of|de|von|del|di)\s+\d{4})?\.?$",
    re.I)
_CONTAINER_LEAD = re.compile(r"^(?:(?i:in|dans)\s*:?\s+(?:the\s+)?|the\s+)(?=\S)")
#: The numbers a container title swallowed: a volume (``PLoS ONE 9``), with a dangling issue label
#: (``Digital Scholarship 36, n.º``, ``Review 12, no.``), a series and number (``New Left Review I/159``), or a date in
#: brackets (``Diplomatic History (Spring 2001)``).
_CONTAINER_TAIL = re.compile(
    r"(?<=[^\W\d_])\s+(?P<volume>(?:[IVX]{1,3}/)?\d{1,3})(?:\s*,\s*(?P<issue>n\.?\s*[º°o]|nos?|núm|num|nr|heft|issue)\.?)?\s*$"
    r"|\s*\((?P<date>[^()]*\b\d{4})\)\s*$", re.I)


def strip_quotes(text: str) -> tuple[str, bool]:
    """Remove quote marks enclosing ``text`` (matched or not); returns (text, was_quoted). A quoted phrase
    that opens the title is the title's own (:func:`_quoted_phrase_opens`)."""
    text = squeeze(text)
    quoted = False
    for _ in range(3):
        before = text
        text = text.strip(" ,;:")
        if text[-1:] in CLOSING_QUOTES and not _is_apostrophe_end(text) and not _closes_an_inner_quote(text):
            text, quoted = text[:-1].rstrip(), True
        if text[:1] in OPENING_QUOTES and (text[:1] not in "'’" or quoted or _has_closing(text)) \
                and not _quoted_phrase_opens(text):
            text, quoted = text[1:].lstrip(), True
        if text == before:
            break
    return text, quoted


#: Quotes and the mark that closes each.
_QUOTE_PAIRS = {"“": "”", "\"": "\"", "«": "»", "‘": "’"}
#: A quoted phrase that opens a title, then more words (``“Left-Wing” Communism``, ``‘Stuff Happens’: A Brief…``).
_AFTER_A_QUOTED_PHRASE = re.compile(r"[:,]?\s[^\W\d_]")


def _quoted_phrase_opens(text: str) -> bool:
    """Whether ``text`` opens on a quoted phrase that its closing quote ends before further words
    (``“Left-Wing” Communism: An Infantile Disorder``, ``‘Stuff Happens’: A Brief Overview``): the quotes are the
    title's, not around it."""
    close = _QUOTE_PAIRS.get(text[:1])
    if close is None or text[-1:] in CLOSING_QUOTES and close != "’":
        return False
    end = text.find(close, 1)
    while close == "’" and 0 < end < len(text) - 1 and text[end + 1].isalpha():
        end = text.find(close, end + 1)  # an apostrophe inside the phrase ("‘Workers’ Power’" aside)
    return 1 < end < len(text) - 2 and bool(_AFTER_A_QUOTED_PHRASE.match(text, end + 1))


#: The opening marks a closing mark may answer (``’`` closes ``‘`` or a straight ``'``).
_OPENERS_OF = {"”": "“\"", "\"": "\"“", "’": "‘'", "'": "'‘", "»": "«"}


def _closes_an_inner_quote(text: str) -> bool:
    """Whether the closing mark ending ``text`` closes a quotation opened inside it, after a space (``…through the
    “American Century”``, ``The Myth of Lenin's 'Revolutionary Defeatism'``), with no quotation mark opening the
    text: the title's own words, not marks around it."""
    if text[:1] in OPENING_QUOTES:
        return False
    openers = _OPENERS_OF.get(text[-1], "")
    opened = max((i for i in range(1, len(text) - 1) if text[i] in openers and text[i - 1].isspace()), default=None)
    return opened is not None and text[-1] not in text[opened + 1:-1].replace("'s", "").replace("’s", "")


def _is_apostrophe_end(text: str) -> bool:
    """A final ' or ’ that is an apostrophe ("Workers'") rather than a closing quote."""
    return text[-1:] in "'’" and re.search(r"[sS]['’]$", text) is not None and not text[:1] in OPENING_QUOTES


def _has_closing(text: str) -> bool:
    return text[-1:] in CLOSING_QUOTES


#: A count of volumes ending a title (``…, 1828-1861, 3 vols.``, ``… (2 Bde.)``, ``…, 4 tomes``), in the words
#: :mod:`notecite.normalize.numbers` reads a count of volumes by.
_VOLUME_COUNT_END = re.compile(r"[,.]?\s*\(?(?P<count>\d{1,2}\s+(?:vols?|volumes|bde|tomes)\.?)\)?\s*$", re.I)


def volume_count_out(draft: Draft, title: str) -> str:
    """``title`` without a count of volumes ending it, which goes back to the draft as a volume field."""
    match = _VOLUME_COUNT_END.search(title)
    if not match or match.start() == 0:
        return title
    draft.fields.append(("volume", match["count"]))
    return title[: match.start()]


#: A year in brackets ending an unquoted title (``Reform or Revolution (1900)``).
_BRACKETED_YEAR_END = re.compile(r"\s*\((?P<year>1[5-9]\d\d|20\d\d)\)[\s,.;:]*$")


def year_out(draft: Draft, title: str) -> str:
    """``title`` without a year in brackets ending it (``Reform or Revolution (1900)``), which goes back to the draft as
    its date when it has none; a quoted title keeps it (``“Theses of the Left Communists (1918)”``)."""
    match = _BRACKETED_YEAR_END.search(title)
    if not match or match.start() == 0 or title.lstrip()[:1] in OPENING_QUOTES or draft.has("date"):
        return title
    draft.fields.append(("date", match["year"]))
    return title[: match.start()]


#: A word (letters, apostrophes and hyphens inside), as :func:`translation_out` counts them.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: An English translation in square brackets ending a title (``Moja resnica [My Truth]``).
_BRACKETED_TRANSLATION_END = re.compile(r"\s+\[(?P<translation>[^\[\]\d:?]{3,160})\][\s,.;:]*$")


def translation_out(draft: Draft, title: str) -> str:
    """``title`` without the English translation an author added in square brackets after a title in another
    language (``Moja resnica [My Truth]``, ``Komu Trst [Who Gets Trieste]``), which goes to the note as ``translated
    title: …``: words in title case, two or more, after a title that is not English (no English function word)."""
    match = _BRACKETED_TRANSLATION_END.search(title)
    if not match or match.start() == 0:
        return title
    original, translation = title[:match.start()], match["translation"].strip()
    words = _WORD.findall(translation)
    if len(words) < 2 or not words[0][:1].isupper() or _capitals_share(translation, FUNCTION_WORDS["en"]) <= 0.5:
        return title  # "[Ten poems]", "[Machak]": no translated title
    if detect(original) == "en" or any(w.lower() in FUNCTION_WORDS["en"] for w in re.findall(r"[^\W\d_]+", original)) \
            or _capitals_share(original) >= min(1.0, _capitals_share(translation, FUNCTION_WORDS["en"])):
        # "memo to Roe [Executive Director-Comptroller]", "West Hartford Men Buy Two Buildings [Kingswood Market]": an
        # English title (in title case) keeps its bracket; a translated one is in sentence case before the English
        return title
    draft.add_note(f"translated title: {translation}")
    return original


def _capitals_share(text: str, small: frozenset[str] = frozenset()) -> float:
    """The share of capitalised words among the words of three letters or more after the first, ``small`` words
    (a title case leaves in lower case) aside; 1.0 when there are none."""
    words = [w for w in _WORD.findall(text)[1:] if len(w) >= 3 and w.lower() not in small]
    return sum(w[:1].isupper() for w in words) / len(words) if words else 1.0


#: The genre of an exhibition catalogue ending its title (``South of the Border…, 1914–1947, exh. cat.``).
_CATALOGUE_END = re.compile(r"[,.]?\s*\(?\b(?:exh(?:ibition)?\.?\s*cat(?:alogue|alog)?\.?)\)?\s*$", re.I)


#: A periodical item's genre, in lower case, before the periodical's name (``editorial, Labor Action``, ``unsigned
#: leader, The Times``, ``letter to the editor, Tribune``).
_ITEM_GENRE_BEFORE = re.compile(r"^(?P<genre>(?:unsigned\s+|signed\s+)?(?:editorial|leader|leading\s+article|obituary|"
                                r"letter\s+to\s+the\s+editor|advertisement|announcement|statement|resolution|review|"
                                r"interview|report|communiqué|manifesto|appeal|open\s+letter))\s*[,:]\s+(?=[A-Z\W])")


def item_genre_out(draft: Draft, container: str) -> str:
    """``container`` without an item's genre opening it (``editorial, Labor Action``), which becomes the record's genre."""
    match = _ITEM_GENRE_BEFORE.match(container)
    if not match or match.end() == len(container):
        return container
    draft.record.setdefault("genre", match["genre"])
    return container[match.end():]


def genre_out(draft: Draft, title: str) -> str:
    """``title`` without the ``exh. cat.`` ending it, which becomes the record's genre (exhibition catalogue)."""
    match = _CATALOGUE_END.search(title)
    if not match or match.start() == 0:
        return title
    draft.record.setdefault("genre", "exhibition catalogue")
    return title[: match.start()]


#: A United Nations document's symbol ending a title (``Sixth Committee, UN document, A/C.6/ SR.83``, ``…, UN Doc.
#: A/RES/260(III)``).
_UN_SYMBOL_END = re.compile(r",?\s*(?:UN|U\.N\.)\s+doc(?:ument)?\.?,?\s*(?P<symbol>[A-Z]{1,4}/[\w.()/-]*(?:\s[\w.()/-]+)?)\s*$",
                            re.I)


def symbol_out(draft: Draft, title: str) -> str:
    """``title`` without the United Nations document symbol ending it, which becomes the record's ``number``."""
    match = _UN_SYMBOL_END.search(title)
    if not match or match.start() == 0:
        return title
    draft.record.setdefault("number", re.sub(r"/\s+", "/", match["symbol"]))
    return title[: match.start()]


#: What a quoted title is, in lower case, before ``entitled`` (``memorandum entitled “On Publications…”``, ``draft
#: document entitled, “Division of Information…”``): a description, not the title.
_DESCRIBED_AS = re.compile(r"^(?P<what>(?:[a-z][\w-]*\s+){1,3})(?:entitled|titled),?\s+(?=[“\"‘])")


def description_out(text: str) -> tuple[str, str]:
    """(``text`` without the lower-case description before ``entitled`` and a quotation that opens it, that
    description): ``memorandum entitled “On Publications…”`` → (``“On Publications…”``, ``memorandum``); ``text``
    and "" when it has none."""
    described = _DESCRIBED_AS.match(text)
    return (text[described.end():], described["what"].strip()) if described else (text, "")


def clean_title(text: str) -> tuple[str, bool, str]:
    """(title, was_quoted, publication history or description moved out) for a title text as printed."""
    text, history = description_out(broken_words_joined(squeeze(text)))
    match = _HISTORY.search(text)
    if match and match.start() > 0:
        history = "; ".join(filter(None, [history, text[match.start():].strip(" ,;")]))
        text = text[: match.start()]
    edition = _EDITION.search(text)
    if edition and edition.start() > 0 and not history:
        history = text[edition.start():].strip(" .,;")
        text = text[: edition.start()]
    title, quoted = strip_quotes(text)
    title = strip_edge_punctuation(title)
    title2, quoted2 = strip_quotes(title)  # quotes left behind a trailing full stop
    if title2[-2:-1] in (",", ".") and _closes_an_inner_quote(title2):  # "…Lenin's 'Revolutionary Defeatism,'"
        title2 = title2[:-2] + title2[-1]  # the separator the printer put inside the inner quotation
    return title2, quoted or quoted2, strip_edge_punctuation(history)


#: An "and so on" that cuts a title short (``Pamphlets, etc.``, ``Versuch von der Hexerei etc.``, ``&c.``, ``u. s. w.``).
_ETC_END = re.compile(r"[,;]?\s*(?:etc|&c|usw|u\.\s*s\.\s*w|ecc)\.?\s*$", re.I)


#: Words after a title saying it was cited before (``Memoirs of the reign of Queen Elisabeth, antes citadas``,
#: ``…, déjà cité``, ``…, oben angeführt``): a short form's, never the title's.
_CITED_BEFORE = re.compile(
    r"[,;]?\s*\b(?:(?:antes|ya|arriba|anteriormente)\s+citad[oa]s?|citad[oa]s?\s+(?:antes|arriba|anteriormente)|"
    r"d[ée]j[àa]\s+cit[ée]e?s?|cit[ée]e?s?\s+plus\s+haut|(?:gi[àa]|sopra)\s+citat[oaie]|"
    r"(?:oben|schon|bereits)\s+(?:angef[üu]hrt(?:en?)?|citiert(?:en?)?|zitiert(?:en?)?))\s*[.,;]?$", re.I)
#: A word every :data:`_CITED_BEFORE` match holds (:func:`~notecite.textscan.may_hold`).
_CITED_BEFORE_WORDS = ("cit", "zitiert", "angef")


def without_cited_before(title: str) -> str | None:
    """``title`` without the words ending it that say it was cited before (:data:`_CITED_BEFORE`), None when it has
    none (or is nothing else)."""
    if not may_hold(title, _CITED_BEFORE_WORDS):
        return None
    shortened = _CITED_BEFORE.sub("", title)
    return strip_edge_punctuation(shortened) if shortened != title and re.search(r"\w", shortened) else None


def _without_etc(title: str, quoted: bool) -> tuple[str, bool]:
    """A short form's title without the "etc." that cuts it short (``Ford, Pamphlets, etc., p. 54``: the
    words given are the short title); a full reference keeps it as printed."""
    shortened = _ETC_END.sub("", title)
    if shortened == title or not re.search(r"\w", shortened):
        return title, quoted
    shortened, quoted_inside = strip_quotes(strip_edge_punctuation(shortened))
    return shortened, quoted or quoted_inside


def clean_container(text: str, note: str = "") -> str:
    """A container title without a leading "in"/"dans", the lower-case "the" of the sentence it was read from
    (``in the American Historical Review``; a capital ``The`` may be the periodical's own), quotes or trailing
    separators. A capitalised ``In`` before a lower-case word opens the title itself (``In the Wake: On
    Blackness and Being``): a title after the joining word would open on a capital; so does one that follows the
    joining word in the cite's text ``note`` (``…, in In Defense of Marxism``)."""
    text = strip_brackets(squeeze(text))
    if not _TITLE_OPENING_ON_IN.match(text) and not (text.startswith("In ") and _after_in(text, note)):
        text = _CONTAINER_LEAD.sub("", text)
    return clean_title(text)[0]


def _after_in(title: str, note: str) -> bool:
    """Whether ``title`` follows the joining word ``in`` in ``note`` (``in In Defense of Marxism``)."""
    return re.search(r"(?<![^\W\d_])(?i:in|dans)\s*:?\s+" + re.escape(title[:40]), note) is not None


_TITLE_OPENING_ON_IN = re.compile(r"In\s+[a-z]")


def split_container_tail(draft: Draft, container: str) -> str:
    """``container`` without the numbers it swallowed, which go back to the draft as the fields they
    are: a trailing volume when none was given (and the volume field after a dangling issue label is
    the issue: ``PLoS ONE 9, n.º 6``), a bracketed date when none was given."""
    match = _CONTAINER_TAIL.search(container)
    if not match or match.start() == 0:
        return container
    if match["date"]:
        if draft.has("date"):
            return container
        draft.fields.append(("date", match["date"]))
    else:
        if match["issue"]:
            draft.fields = [("issue" if label == "volume" else label, text) for label, text in draft.fields]
        elif draft.has("volume"):
            return container
        draft.fields.append(("volume", match["volume"]))
    return container[: match.start()].rstrip(" ,")


#: A title's abbreviation in brackets after it (``Marx and Engels Collected Works (MECW)``), the
#: closing bracket perhaps trimmed off with the field's end.
_BRACKETED_ABBREVIATION = re.compile(r"\s*\(\s*(?P<short>[A-Z][A-Z&]{1,9})\s*\)?$")


def abbreviation_out(title: str) -> tuple[str, str | None]:
    """(``title`` without the abbreviation bracketed after it, that abbreviation) when its letters are
    initials of the title's words in order (``MECW`` for ``Marx and Engels Collected Works``); else
    (``title``, None)."""
    match = _BRACKETED_ABBREVIATION.search(title)
    if not match or match.start() == 0:
        return title, None
    initials = iter(word[0].upper() for word in re.findall(r"[^\W\d_]+", title[:match.start()]))
    if not all(letter in initials for letter in match["short"].replace("&", "")):
        return title, None
    return title[:match.start()], match["short"]


def _fold(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


class Titles:
    """``title``/``container-title``/``collection-title`` fields → cleaned CSL titles."""

    name = "titles"
    reads = frozenset({"title", "container-title", "collection-title"})
    writes = frozenset({"title", "title-short", "container-title", "container-title-short", "collection-title", "note"})

    def __call__(self, draft: Draft) -> None:
        containers = draft.take("container-title")
        for text in draft.take("collection-title"):
            if clean_container(text):
                draft.record.setdefault("collection-title", clean_container(text))
        titles = draft.take("title")
        cleaned = []
        for text in titles:
            title, quoted, history = clean_title(symbol_out(draft, genre_out(draft, volume_count_out(draft, year_out(draft, translation_out(draft, text))))))
            if history:
                draft.add_note(history)
            if title:
                cleaned.append((title, quoted))
        if cleaned:
            title, quoted = cleaned[0]
            cited = without_cited_before(title)
            if cited is not None:  # "En las Memoirs of the reign…, antes citadas": a short form of a work cited before
                title = cited
                if draft.kind == "full":
                    draft.kind = "short"
            if draft.kind != "full":
                title, quoted = _without_etc(title, quoted)
            if draft.kind == "mention" and not quoted and not draft.locator_raw and title.casefold() in NAMES_FOLDED:
                draft.flag("title", title, NAME_NOT_TITLE)
            draft.facts["title-quoted"] = quoted
            italic = {_fold(t) for t in draft.italic_titles}
            draft.facts["title-italic"] = bool(italic) and _fold(title) in italic
            if draft.kind == "full":
                title, abbreviation = abbreviation_out(title)
                if abbreviation:
                    draft.record["title-short"] = abbreviation  # "History and Class Consciousness (HCC)"
            draft.record["title-short" if draft.kind == "short" else "title"] = title
            rest = cleaned[1:]
            if rest and not containers and (quoted or not rest[0][1]):
                containers.append(rest.pop(0)[0])
            for extra, _ in rest:
                draft.add_note(extra)
        for text in containers:
            container, abbreviation = abbreviation_out(split_container_tail(draft, item_genre_out(draft, clean_container(text, draft.text))))
            if not container:
                continue
            if abbreviation:
                draft.record.setdefault("container-title-short", abbreviation)
            if "container-title" not in draft.record:
                draft.record["container-title"] = container
            elif container != draft.record["container-title"]:
                draft.add_note(container)
        if draft.italic_titles and draft.record.get("container-title"):
            draft.facts["container-italic"] = _fold(draft.record["container-title"]) in {_fold(t) for t in draft.italic_titles}


#: The volume a title names after its series and years (``Foreign Relations of the United States, 1949, vol. IX, The Far
#: East``): its number.
VOLUME_IN_TITLE = re.compile(r",\s*1[5-9]\d\d(?:\s*[-–]\s*\d{2,4})?,\s*(?i:vol\.|volume)\s*(?P<volume>[IVXLC]+|\d+)\b")


class VolumeNamedInTitle:
    """A title naming a volume of a documentary series by its years and number (``Foreign Relations of the United
    States, 1952–1954, vol. 2, pt. 1, National Security Affairs``) gives the record that volume's number; the title
    stays as printed (it names the book)."""

    name = "volume-named-in-title"
    reads: frozenset[str] = frozenset()
    writes = frozenset({"volume"})

    def __call__(self, draft: Draft) -> None:
        title = draft.record.get("title") or draft.record.get("title-short")
        if not isinstance(title, str) or draft.record.get("volume"):
            return
        named = VOLUME_IN_TITLE.search(title)
        if named:
            draft.record["volume"] = named["volume"]
