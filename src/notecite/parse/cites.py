"""Assemble tagged tokens into :class:`Cite` s, after exact rules (ibid vocabulary) have run.

Pipeline (each step a plain function, listed in :data:`RULES`): rules adjust tags; then field runs
(see :func:`notecite.parse.labels.tag_spans`) are grouped into cites; a group without an anchor
field (title, container title, ibid, identifiers, publisher) or that reads as a sentence
(:func:`looks_like_prose`) is dropped, its tokens staying prose. A new cite starts where
prose words or a ``;`` separate two fields, where a field label repeats within the current cite,
where a non-locator field follows a locator, or at an ibid marker after other fields.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from .dictionaries import fold, load
from .labels import tag_spans, trim
from .model import Cite, Token, split_label

#: Fields whose presence makes a cite a full reference.
FULL_FIELDS = frozenset("location publisher date container-title volume issue pages edition editor "
                        "translator collection-title url doi isbn genre".split())
#: Fields a cite needs at least one of (otherwise its tokens are prose).
ANCHOR_FIELDS = frozenset("title container-title ibid url doi isbn publisher".split())
#: Prose words that introduce a cite without making it a mention in running text.
INTRO_WORDS = frozenset("see also cf compare and or e g eg inter alia for example especially vgl voir cfr "
                        "quoted cited in reprinted translated the best account is esp".split())

_IBID = re.compile(
    r"(?<![\w.])(ibidem|ibid\.?|ib\.|ibíd\.?|ebd\.|ebenda|a\.\s?a\.\s?O\.|op\.\s?cit\.?|loc\.\s?cit\.?|ivi)(?!\w)",
    re.IGNORECASE,
)
_PAGE_WORDS = re.compile(r"^(?:pp?\.|pages?|S\.|Seiten?|at)\s*", re.IGNORECASE)
_SUFFIX_LEAD = re.compile(r"^\W*(quoted|cited|reprinted|translated|reproduced|discussed|excerpted)\b", re.IGNORECASE)


def rule_ibid_vocabulary(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """Tag the tokens of unambiguous ibid-like markers (Ibid., ebd., a.a.O., op. cit.…) as ``ibid``."""
    tags = list(tags)
    for match in _IBID.finditer(text):
        inside = [i for i, t in enumerate(tokens) if match.start() <= t.start and t.end <= match.end()]
        if not inside:
            continue
        word = match.group(1).lower()
        if word == "ivi" and split_label(tags[inside[0]])[1] != "ibid":
            continue  # Italian "ivi" is also an ordinary word: only trust the model there
        for n, i in enumerate(inside):
            tags[i] = ("B-" if n == 0 else "I-") + "ibid"
        nxt = inside[-1] + 1
        if nxt < len(tags) and tags[nxt].startswith("I-") and tags[nxt] != "I-ibid":
            tags[nxt] = "B-" + tags[nxt][2:]
    return tags


_GLUE = frozenset("&$#%*@+=~^|/\\")


def rule_glued_symbols(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """A symbol glued inside a word (``Mid&night``, ``Darkne$s``: OCR damage or a real ``&``) never
    ends a field: when one side of it is a field and the symbol or the other side is not the same
    field, the symbol and the word part after it continue the field of the part before it (or the
    part before and the symbol join the field of the part after, when only that side is a field)."""
    tags = list(tags)
    for i in range(1, len(tokens) - 1):
        left, mid, right = tokens[i - 1], tokens[i], tokens[i + 1]
        if mid.text not in _GLUE or left.end != mid.start or mid.end != right.start:
            continue
        if not (left.text[-1].isalpha() and right.text[0].isalpha()):
            continue
        lab_l, lab_r = split_label(tags[i - 1])[1], split_label(tags[i + 1])[1]
        if lab_l not in ("prose", "ibid"):
            if lab_r not in (lab_l, "prose"):
                continue
            tags[i] = tags[i + 1] = "I-" + lab_l
            nxt = i + 2
            if nxt < len(tags) and tags[nxt].startswith("I-") and split_label(tags[nxt])[1] != lab_l:
                tags[nxt] = "B-" + tags[nxt][2:]
        elif lab_r not in ("prose", "ibid"):
            begins = lab_l == "prose"
            tags[i - 1] = ("B-" if begins else "I-") + lab_r
            tags[i] = tags[i + 1] = "I-" + lab_r
    return tags


_NUMBER = r"(?:\d+[a-z]{0,2}|[ivxlcdm]+|[IVXLCDM]+)"
_LOCATOR = re.compile(
    r"[(\[]?\s*(?:(?:pp?|S|Sp|s|chap|ch|cap|kap|vol|t|bd|Bd|n|nn|no|fol|fols|col|cols|ll?|para|sec|art)\.?\s*)?"
    + _NUMBER + r"(?:\s*[-–—]\s*" + _NUMBER + r")?"
    + r"(?:(?:\s*[,:]\s*|\s+(?:n|nn)\.?\s*|\s*(?:pp?|S|n)\.\s*)" + _NUMBER + r"(?:\s*[-–—]\s*" + _NUMBER + r")?)*"
    + r"(?:\s*(?:ff?\.?|et seq\.?|passim|n\.?))?\s*[)\]]?[.,;:]?"
)


def rule_name_ends_on_surname(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """A name in natural order never ends on an initial: when an author or editor run without a
    comma stops at ``Z`` and the ``.`` after it starts another field (``Wendy Z`` + ``. Goldman,
    Women…``), the period and the one or two capitalised words up to the next comma complete the
    name, and the field that was cut starts after that comma."""
    tags = list(tags)
    for i in range(len(tokens) - 3):
        kind = split_label(tags[i])[1]
        if kind not in ("author", "editor", "translator") or split_label(tags[i + 1])[1] == kind:
            continue
        if not (len(tokens[i].text) == 1 and tokens[i].text.isupper() and tokens[i + 1].text == "."
                and tokens[i].end == tokens[i + 1].start):
            continue
        first = i
        while first > 0 and tags[first].startswith("I-"):
            first -= 1
        if any(tokens[k].text == "," for k in range(first, i)):
            continue  # "Smith, J." is an inverted name: it may well end on the initial
        words = i + 2
        while words < len(tokens) and words - (i + 2) < 3 and tokens[words].text[:1].isupper() \
                and tokens[words].text.replace("-", "").replace("'", "").isalpha():
            words += 1
        if not 1 <= words - (i + 2) <= 2 or words >= len(tokens) or tokens[words].text != ",":
            continue
        cut = split_label(tags[i + 1])[1]
        for k in range(i + 1, words + 1):  # the comma is the name's separator, as in training
            tags[k] = "I-" + kind
        nxt = words + 1
        if cut not in ("prose", kind) and nxt < len(tags) and split_label(tags[nxt])[1] == cut:
            tags[nxt] = "B-" + cut
    return tags


def rule_colon_ends_a_title_not_a_name(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Barbara Evans Clements, Bolshevik Feminist: The Life…``: a name run whose first name is in
    natural order (two or more words before its comma) and that ends on a colon right before a
    title holds the title's first part after that comma (a natural-order name is not followed by
    a second name after a bare comma, and no name ends on a colon before its title)."""
    tags = list(tags)
    for end in range(1, len(tokens) - 1):
        if tokens[end].text != ":" or split_label(tags[end])[1] != "author" or tags[end + 1] != "B-title":
            continue
        first = end
        while first > 0 and tags[first].startswith("I-"):
            first -= 1
        commas = [k for k in range(first, end) if tokens[k].text == ","]
        if len(commas) != 1 or commas[0] - first < 2:
            continue
        after = [t.text for t in tokens[commas[0] + 1:end]]
        if not after or any(w.lower() in ("and", "&", "und", "et", "y", "e") for w in after):
            continue
        tags[commas[0] + 1] = "B-title"
        for k in range(commas[0] + 2, end + 2):
            tags[k] = "I-title"
    return tags


_YEARS = re.compile(r"\d{4}(?:\s*[-–—/]\s*\d{2,4})?")


def rule_years_that_end_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Socialism in One Country, 1924-1926, vol. 1 (London: Macmillan, 1958)``: a year or year
    range right after a title is the title's end when the same cite has its imprint date later
    (a cite has one date; the later one is the imprint's)."""
    tags = list(tags)
    runs = tag_spans(tokens, tags)
    for j in range(1, len(runs)):
        first, last, label = runs[j]
        before = runs[j - 1]
        if label != "date" or before[2] != "title" or before[1] != first:
            continue
        s, e = trim(text, tokens[first].start, tokens[last - 1].end)
        if not _YEARS.fullmatch(text[s:e]):
            continue
        later = None
        for k in range(j + 1, len(runs)):
            if runs[k][2] in ("author", "title", "ibid") or any(t.text == ";" for t in tokens[runs[k - 1][1]:runs[k][0]]):
                break
            if runs[k][2] == "date":
                later = k
                break
        if later is not None and any(runs[m][2] in ("location", "publisher") for m in range(j + 1, later)):
            for i in range(first, last):
                tags[i] = "I-title"
    return tags


_VOLUME_PAGE_TAIL = re.compile(r",\s*(\d{1,2}\s*:\s*\d+(?:\s*[-–—]\s*\d+)?)\W*$")


def rule_volume_page_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """A title run ending in ``, 1:270`` (volume:page, the pinpoint of a multi-volume work) has
    swallowed its locator: those tokens become the locator."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label != "title":
            continue
        match = _VOLUME_PAGE_TAIL.search(text, tokens[first].start, tokens[last - 1].end)
        if not match or match.start() <= tokens[first].start:
            continue
        inside = [i for i in range(first, last) if tokens[i].start >= match.start(1)]
        if inside and inside[0] > first:
            for n, i in enumerate(inside):
                tags[i] = ("B-" if n == 0 else "I-") + "locator"
    return tags


_NAME_LABELS = frozenset({"author", "editor", "translator"})
_JOINING_WORDS = frozenset({"and", "&", "und", "et", "see", "cf", "also"})


def rule_name_runs(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """A name run never spans a ``;`` after a number or before ``see``/``cf``/``also`` (it ends there; a
    ``;`` between names, as in ``Smith, J.; Jones, K.``, is kept), never starts
    with a joining word (``and``, ``see``: prose), and is not made of numbers alone (after a
    title that is the pinpoint, elsewhere prose)."""
    tags = list(tags)
    for i, token in enumerate(tokens):
        if token.text != ";" or not 0 < i < len(tokens) - 1:
            continue
        ends_a_cite = tokens[i - 1].text[:1].isdigit() or tokens[i + 1].text.lower() in ("see", "cf", "also")
        if ends_a_cite and split_label(tags[i])[1] in _NAME_LABELS:  # not "Smith, J.; Jones, K."
            tags[i] = "prose"
            if i + 1 < len(tags) and tags[i + 1].startswith("I-"):
                tags[i + 1] = "B-" + tags[i + 1][2:]
    for first, last, label in tag_spans(tokens, tags):
        if label not in _NAME_LABELS:
            continue
        start = first
        while start < last and tokens[start].text in _JOINING_WORDS:  # lower case: "E." is an initial
            tags[start] = "prose"
            start += 1
        if start < last and start > first:
            tags[start] = "B-" + label
        if start < last and not any(c.isalpha() for t in tokens[start:last] for c in t.text) \
                and any(c.isdigit() for t in tokens[start:last] for c in t.text):  # "———." repeats a name
            previous = split_label(tags[start - 1])[1] if start else "prose"
            new = "locator" if previous == "title" else "prose"
            for n, i in enumerate(range(start, last)):
                tags[i] = new if new == "prose" else ("B-" if n == 0 else "I-") + new
    return tags


_NAME_CUES = ("quoted in", "cited in", "cited by", "quoted by", "see", "see also", "cf.", "cf", "and", "also",
              "in", "zitiert nach", "zit. nach", "cité par", "cité dans", "citado por", "citato da", "by")


def rule_name_before_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``quoted in Donald Filtzer, Soviet Workers…``: two to four capitalised prose words that open
    with a known given name or an initial, follow a citing cue (``quoted in``, ``see``,
    ``cité par``…) and end on a comma right before a title, are the title's author."""
    tags = list(tags)
    given = load("given_names")
    for comma in range(2, len(tokens) - 1):
        if tokens[comma].text != "," or tags[comma] != "prose" or tags[comma + 1] != "B-title":
            continue
        first = comma
        while first > 0 and comma - first < 6 and tags[first - 1] == "prose" and \
                (tokens[first - 1].text[:1].isupper() or tokens[first - 1].text in (".", "-")):
            first -= 1
        words = [t.text for t in tokens[first:comma] if t.text not in (".", "-")]
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            continue
        if not (fold(words[0]) in given or (len(words[0]) == 1 and tokens[first + 1].text == ".")):
            continue
        before = text[:tokens[first].start].rstrip().lower()
        if not any(before.endswith(cue) and (len(before) == len(cue) or not before[-len(cue) - 1].isalnum())
                   for cue in _NAME_CUES):
            continue
        if first and tags[first - 1] != "prose":
            continue
        tags[first] = "B-author"
        for i in range(first + 1, comma + 1):
            tags[i] = "I-author"
    return tags


def rule_no_field_opens_with_and(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """A container title, publisher or place never opens with ``and``/``&``: ``‘Trente Ans;” and
    New International, July 1938`` names a second work, so the conjunction is prose and the run
    after it is that work's title (a new cite)."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label not in ("container-title", "publisher", "location") or last - first < 2:
            continue
        if tokens[first].text.lower() not in ("and", "&") or not tokens[first + 1].text[:1].isupper():
            continue
        tags[first] = "prose"
        tags[first + 1] = "B-title"
        for i in range(first + 2, last):
            tags[i] = "I-title"
    return tags


def rule_two_titles_joined_by_and(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Destiny of a Revolution, and From Lenin to Stalin``: a title run holding exactly one comma,
    followed by ``and`` and a capitalised word, is two titles (a serial list inside one title,
    ``Feminism, Nihilism, and Bolshevism``, has two commas or more and is left alone)."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label != "title":
            continue
        commas = [i for i in range(first, last) if tokens[i].text == ","]
        if len(commas) != 1 or commas[0] + 2 >= last:
            continue
        comma = commas[0]
        conj, head = tokens[comma + 1], tokens[comma + 2]
        if comma == first or conj.text.lower() not in ("and", "&", "or") or not head.text[:1].isupper():
            continue
        if any(t.text in ("“", "\"", "‘", "«") for t in tokens[first:comma]) and \
                not any(t.text in ("”", "\"", "’", "»") for t in tokens[first:comma]):
            continue  # inside an open quotation: one title
        tags[comma + 1] = "prose"
        tags[comma + 2] = "B-title"
    return tags


_FUNCTION_WORDS = frozenset("of the a an and in on to for de la le les des du et der die das und von zu".split())
_MENTION_LEAD = frozenset("the his her their its and in see also both earlier later".split())


def rule_title_before_a_parenthesised_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``According to the Memoirs (63-66)``: capitalised prose words right before a pinpoint in
    parentheses, after ``the``/``his``/``and``…, are the title of the work the pinpoint is in."""
    tags = list(tags)
    for first, last in _parenthesised_pinpoints(text, tokens, tags):
        start = first - 1
        while start > 0 and tags[start - 1] == "prose":
            word = tokens[start - 1].text
            inner = word.lower() in _FUNCTION_WORDS and start < first - 1 and start > 1 \
                and tokens[start - 2].text[:1].isupper() and tokens[start].text[:1].isupper()
            if not (word[:1].isupper() or inner):
                break
            start -= 1
        if start == first - 1 or start == 0 or tokens[start - 1].text.lower() not in _MENTION_LEAD:
            continue
        tags[start] = "B-title"
        for i in range(start + 1, first - 1):
            tags[i] = "I-title"
        for i in range(first, last):
            tags[i] = ("B-" if i == first else "I-") + "locator"
    return tags


_PAGES_IN_PARENS = re.compile(r"\((\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*,\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*)\)")


def _parenthesised_pinpoints(text: str, tokens: Sequence[Token], tags: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last + 1) token ranges of page numbers in parentheses (``(63-66)``, not a lone year
    like ``(1918)``) whose tokens are prose or a locator, the ``(`` before them being prose."""
    out = []
    for match in _PAGES_IN_PARENS.finditer(text):
        if re.fullmatch(r"1[5-9]\d\d|20\d\d", match.group(1)):
            continue
        inside = [i for i, t in enumerate(tokens) if match.start(1) <= t.start and t.end <= match.end(1)]
        if not inside or inside[0] < 2 or tags[inside[0] - 1] != "prose":
            continue
        if all(split_label(tags[i])[1] in ("prose", "locator") for i in inside):
            out.append((inside[0], inside[-1] + 1))
    return out


_WORK_NOUNS = frozenset("novel novels novella book trilogy poem play essay memoir memoirs pamphlet story stories "
                        "collection autobiography biography study treatise manifesto diary roman livre".split())


def rule_title_after_a_work_noun(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``in his novel Conquered City``, ``his trilogy, Vers L'Autre Flamme.``: capitalised words
    right after a noun for a work (novel, book, trilogy…), read as prose or as a name, are the
    work's title, up to the first lower-case word or punctuation other than an apostrophe."""
    tags = list(tags)
    for i, token in enumerate(tokens[:-1]):
        if token.text.lower() not in _WORK_NOUNS or tags[i] != "prose":
            continue
        start = i + 1 + (tokens[i + 1].text == ",")
        end = start
        while end < len(tokens) and (tokens[end].text[:1].isupper() or
                                     (end > start and tokens[end].text.lower() in _FUNCTION_WORDS
                                      and end + 1 < len(tokens) and tokens[end + 1].text[:1].isupper())):
            end += 1
        if end == start or any(split_label(tags[k])[1] not in ("prose", "author", "title") for k in range(start, end)):
            continue
        if any(split_label(tags[k])[1] == "title" for k in range(start, end)):
            continue  # the model already saw a title here
        tags[start] = "B-title"
        for k in range(start + 1, end):
            tags[k] = "I-title"
        if end < len(tokens) and tags[end].startswith("I-"):
            tags[end] = "B-" + tags[end][2:]
    return tags


def rule_title_case_tail(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Mid&night in the Century, superbly``: in a title-case title (two or more capitalised
    content words, none in lower case), lower-case words after its last comma are prose."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label != "title":
            continue
        commas = [i for i in range(first, last) if tokens[i].text == ","]
        if not commas:
            continue
        head = [w for w in text[tokens[first].start:tokens[commas[-1]].start].split() if w[:1].isalpha()]
        tail = [w for w in text[tokens[commas[-1]].end:tokens[last - 1].end].split() if w[:1].isalpha()]
        content = [w for w in head if w.lower() not in _FUNCTION_WORDS]
        if not tail or len(content) < 2 or not all(w[:1].isupper() for w in content):
            continue
        if not all(w.islower() for w in tail):
            continue
        for i in range(commas[-1], last):
            tags[i] = "prose"
        if last < len(tags) and tags[last].startswith("I-"):
            tags[last] = "B-" + tags[last][2:]
    return tags


def rule_container_after_a_name_is_the_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``E. Preobrazhensky, The New Economics, trans. Brian Pearce (Oxford…)``: a container title
    right after the author, with no title in between and no ``in`` before it, is the work's title
    (a container is only ever reached through a title or an ``in``)."""
    tags = list(tags)
    runs = tag_spans(tokens, tags)
    for j in range(1, len(runs)):
        first, last, label = runs[j]
        if label != "container-title" or runs[j - 1][2] != "author" or runs[j - 1][1] != first:
            continue
        if tokens[first].text.lower() in ("in", "in:", "dans", "im"):
            continue
        if any(r[2] == "title" for r in runs[j + 1:j + 3]):
            continue  # "Author, Journal Title, Article" orders are left to the model
        tags[first] = "B-title"
        for i in range(first + 1, last):
            tags[i] = "I-title"
    return tags


def rule_title_starts_at_its_italics(text: str, tokens: Sequence[Token], tags: list[str],
                                     italic_spans: Sequence[tuple[int, int]] = ()) -> list[str]:
    """``see also his *Arcane 17*``: lower-case words that a title run holds right before the italic
    span it contains are prose; the title starts where the italics do."""
    tags = list(tags)
    for start, end in italic_spans:
        inside = [i for i, t in enumerate(tokens) if start <= t.start and t.end <= end]
        if not inside or split_label(tags[inside[0]])[1] != "title":
            continue
        first = inside[0]
        run_start = first
        while run_start > 0 and tags[run_start].startswith("I-") and split_label(tags[run_start - 1])[1] == "title":
            run_start -= 1
        if run_start == first or not all(tokens[i].text.islower() for i in range(run_start, first)):
            continue
        for i in range(run_start, first):
            tags[i] = "prose"
        tags[first] = "B-title"
    return tags


def rule_periodical_after_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``“The Kronstadt Myth,” The Nation, 12 March 1938``: a short capitalised run labelled
    ``note`` between a title and a date, volume or issue is the periodical (container title)."""
    tags = list(tags)
    runs = tag_spans(tokens, tags)
    for j in range(1, len(runs) - 1):
        first, last, label = runs[j]
        if label != "note" or runs[j - 1][2] != "title" or runs[j - 1][1] != first:
            continue
        if runs[j + 1][2] not in ("date", "volume", "issue") or runs[j + 1][0] != last:
            continue
        words = [t.text for t in tokens[first:last] if t.text[:1].isalpha()]
        if not words or len(words) > 6 or not words[0][:1].isupper():
            continue
        tags[first] = "B-container-title"
        for i in range(first + 1, last):
            tags[i] = "I-container-title"
    return tags


def rule_locator_grammar(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """Keep a locator run only as far as the pinpoint grammar reaches (``57-8``, ``18, 276n``,
    ``p. 45 n. 3``, ``S. 12 f.``, ``xiv``); tokens past it become prose, a run without any match too."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label != "locator":
            continue
        match = _LOCATOR.match(text, tokens[first].start, tokens[last - 1].end)
        reach = match.end() if match and any(c.isalnum() for c in match.group()) else tokens[first].start
        for i in range(first, last):
            if tokens[i].end > reach:
                tags[i] = "prose"
    return tags


#: Labels that an italic span overrides with ``title`` (names and imprints are never set in italics).
_NOT_ITALIC = frozenset({"author", "editor", "translator", "publisher", "location", "note", "genre"})


def rule_italic_titles(text: str, tokens: Sequence[Token], tags: list[str],
                       italic_spans: Sequence[tuple[int, int]] = ()) -> list[str]:
    """Tokens inside an italic span that the model gave a name or imprint label become ``title``
    (the span's first token ``B-title``; separators right after it join the title, and a word
    after it that continued the overridden field starts a field of its own)."""
    tags = list(tags)
    for start, end in italic_spans:
        inside = [i for i, t in enumerate(tokens) if start <= t.start and t.end <= end]
        if not inside or not any(split_label(tags[i])[1] in _NOT_ITALIC for i in inside):
            continue
        if any(split_label(tags[i])[1] in ("prose", "ibid") for i in inside):
            continue
        first = inside[0]
        for i in inside:
            tags[i] = ("B-" if i == first else "I-") + "title"
        nxt = inside[-1] + 1
        while nxt < len(tags) and tags[nxt].startswith("I-") and not tokens[nxt].text[0].isalnum():
            tags[nxt] = "I-title"  # the separator after the title stays with it
            nxt += 1
        if nxt < len(tags) and tags[nxt].startswith("I-") and tags[nxt] != "I-title":
            tags[nxt] = "B-" + tags[nxt][2:]
    return tags


RULES: list[Callable[..., list[str]]] = [rule_ibid_vocabulary, rule_glued_symbols, rule_italic_titles,
                                          rule_title_starts_at_its_italics, rule_name_runs,
                                          rule_name_before_a_title, rule_no_field_opens_with_and,
                                          rule_two_titles_joined_by_and, rule_title_case_tail,
                                          rule_title_before_a_parenthesised_pinpoint, rule_title_after_a_work_noun,
                                          rule_container_after_a_name_is_the_title, rule_periodical_after_a_title,
                                          rule_name_ends_on_surname, rule_colon_ends_a_title_not_a_name,
                                          rule_years_that_end_a_title, rule_volume_page_pinpoint,
                                          rule_locator_grammar]


def apply_rules(text: str, tokens: Sequence[Token], tags: list[str],
                italic_spans: Sequence[tuple[int, int]] = ()) -> list[str]:
    """Run every rule of :data:`RULES` in order (rules taking italics get ``italic_spans``)."""
    for rule in RULES:
        if rule in (rule_italic_titles, rule_title_starts_at_its_italics):
            tags = rule(text, tokens, tags, italic_spans)
        else:
            tags = rule(text, tokens, tags)
    return tags


_IMPRINT_CUE = re.compile(r"\b(?:published|publi[ée]e?s?|printed|issued|reprinted|erschienen|pubblicat[oa]|publicad[oa]|"
                          r"brought out)\b", re.I)


def _imprint_after_prose(text: str, tokens: Sequence[Token], gap: range, labels: list[str], label: str) -> bool:
    """``“Theses…” published in … as a pamphlet by Critique (Glasgow, 1977)``: a publisher or place
    after prose that says the work was published belongs to the titled cite before it."""
    if label not in ("publisher", "location") or not gap or any(tokens[i].text == ";" for i in gap):
        return False
    if not {"title", "container-title"} & set(labels) or {"publisher", "location", "date"} & set(labels):
        return False
    return bool(_IMPRINT_CUE.search(text, tokens[gap[0]].start, tokens[gap[-1]].end))


def group_fields(text: str, tokens: Sequence[Token], tags: Sequence[str]) -> list[list[tuple[int, int, str]]]:
    """Field runs (first token, last token + 1, label) grouped into one list per cite."""
    groups: list[list[tuple[int, int, str]]] = []
    previous_end = None
    for run in tag_spans(tokens, tags):
        first, last, label = run
        new = not groups
        if groups:
            gap = range(previous_end, first)
            labels = [r[2] for r in groups[-1]]
            if any(tokens[i].text[0].isalnum() or tokens[i].text == ";" for i in gap) and \
                    not _imprint_after_prose(text, tokens, gap, labels, label):
                new = True
            if label in labels and not (label == "locator" and labels[-1] == "locator"):
                new = True
            if labels[-1] == "locator" and label != "locator":
                new = True
            if labels[-1] == "ibid" and label not in ("locator", "title"):
                new = True
            if label == "ibid" and set(labels) - {"author"}:
                new = True
        if new:
            groups.append([run])
        else:
            groups[-1].append(run)
        previous_end = last
    return groups


def _kind(labels: set[str], before: str, after: str) -> str:
    """The cite's kind from its fields and the prose of its sentence around it."""
    if "ibid" in labels:
        return "ibid"
    if labels & FULL_FIELDS:
        return "full"
    if "author" in labels:
        return "short"
    words_before = re.findall(r"[^\W\d_]+", before.lower())
    words_after = re.findall(r"[^\W\d_]+", after.lower())
    if any(w not in INTRO_WORDS for w in words_before) or words_after:
        return "mention"
    return "short"


def _sentence_context(text: str, start: int, end: int, lower: int, upper: int) -> tuple[str, str]:
    """The prose of the cite's sentence before ``start`` and after ``end`` (within [lower, upper))."""
    before = text[lower:start]
    cut = max(before.rfind(". "), before.rfind("; "))
    if cut >= 0:
        before = before[cut + 2:]
    after = text[end:upper]
    stop = re.search(r"[.;]\s|[.;]$", after)
    if stop:
        after = after[:stop.start()]
    return before, after


_LEADING_IN = re.compile(r"(?:in|In|IN)(?::\s*|\s+)(?=\S)")


def _field_bounds(text: str, label: str, start: int, end: int) -> tuple[int, int]:
    """The trimmed span of a field; a container title also loses a leading ``in``/``In:``."""
    s, e = trim(text, start, end)
    if label == "container-title":
        match = _LEADING_IN.match(text, s, e)
        if match and match.end() < e:
            s, e = trim(text, match.end(), e)
    return s, e


def looks_like_prose(text: str, fields: list[tuple[str, str, int, int]]) -> bool:
    """Whether a cite is really a sentence: no author, ibid, locator or imprint, and a title of six
    or more words with a lower-case finite verb (``verbs`` dictionary) outside quotation marks."""
    labels = {f[0] for f in fields}
    if labels & {"author", "ibid", "locator", "location", "publisher", "editor", "translator", "url", "doi"}:
        return False
    verbs = load("verbs")
    for label, value, *_ in fields:
        if label != "title":
            continue
        unquoted = re.sub(r"[“‘«\"][^”’»\"]*[”’»\"]", " ", value)
        words = re.findall(r"[^\W\d_]+", unquoted)
        if len(words) >= 6 and any(w in verbs for w in words if w.islower()):
            return True
    return False


def split_short_form(text: str, fields: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """Read ``Family, Word, 12`` tagged as an inverted name plus locator as author, short title and
    locator: a cite of only an author (``X, Y``) and a locator has no title otherwise, and ``Y``
    is taken as a title when it is neither a known given name nor initials."""
    labels = [f[0] for f in fields]
    if labels != ["author", "locator"]:
        return fields
    label, value, start, end = fields[0]
    if value.count(",") != 1:
        return fields
    family, rest = value.split(",")
    words = rest.split()
    given = load("given_names")
    if not words or all(w.rstrip(".").lower() in given or re.fullmatch(r"(?:[A-Z]\.-?)+", w) for w in words):
        return fields
    comma = start + value.index(",")
    title_start = comma + 1 + (len(rest) - len(rest.lstrip()))
    return [("author", text[start:comma], start, comma), ("title", text[title_start:end], title_start, end)] + fields[1:]


def pinpoint_pages(fields: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """In a cite without a container title or locator, a ``pages`` field is the note's pinpoint:
    relabel it ``locator`` (a page range belongs to an article or chapter, which has a container)."""
    labels = [f[0] for f in fields]
    if "pages" in labels and "container-title" not in labels and "locator" not in labels:
        return [("locator",) + f[1:] if f[0] == "pages" else f for f in fields]
    return fields


def assemble(text: str, tokens: Sequence[Token], tags: Sequence[str], probs: Sequence[float]) -> list[Cite]:
    """Turn a tagged note into cites with fields, kind, locator, prefix, suffix and confidence."""
    cites = []
    bounds = []
    for group in group_fields(text, tokens, tags):
        fields = []
        for n, (first, last, label) in enumerate(group):
            if n and any(tokens[i].text[0].isalnum() for i in range(group[n - 1][1], first)):
                # words inside one cite ("published as a pamphlet by") are its prose: cue words for types
                s, e = trim(text, tokens[group[n - 1][1]].start, tokens[first - 1].end)
                fields.append(("prose", text[s:e], s, e))
            s, e = _field_bounds(text, label, tokens[first].start, tokens[last - 1].end)
            if e > s:
                fields.append((label, text[s:e], s, e))
        fields = split_short_form(text, fields)
        if not {f[0] for f in fields} & ANCHOR_FIELDS or looks_like_prose(text, fields):
            continue
        fields = pinpoint_pages(fields)
        start, end = fields[0][2], fields[-1][3]
        token_range = range(group[0][0], group[-1][1])
        confidence = sum(probs[i] for i in token_range) / len(token_range) if probs else 1.0
        locator = next((t for lab, t, _, _ in fields if lab == "locator"), None)
        if locator is not None:
            locator = _PAGE_WORDS.sub("", locator) or locator
        cite = Cite(kind="", fields=[(lab, t) for lab, t, _, _ in fields], locator=locator, start=start, end=end,
                    confidence=round(confidence, 4))
        cites.append(cite)
        bounds.append({lab for lab, *_ in fields})
    for n, cite in enumerate(cites):
        lower = cites[n - 1].end if n else 0
        upper = cites[n + 1].start if n + 1 < len(cites) else len(text)
        before, after = _sentence_context(text, cite.start, cite.end, lower, upper)
        cite.kind = _kind(bounds[n], before, after)
    _attach_prose(text, cites)
    return cites


def _attach_prose(text: str, cites: list[Cite]) -> None:
    """Share the prose between cites: ``quoted in``-like gaps and text before a separator go to the
    previous cite's suffix, the rest to the next cite's prefix."""
    strip = " ,;:.()[]"
    for n, cite in enumerate(cites):
        if n == 0:
            cite.prefix = text[:cite.start].strip(strip + "‘“\"'")
        upper = cites[n + 1].start if n + 1 < len(cites) else len(text)
        gap = text[cite.end:upper]
        if n + 1 == len(cites):
            cite.suffix = gap.strip(strip)
            break
        if _SUFFIX_LEAD.match(gap):
            cite.suffix, cites[n + 1].prefix = gap.strip(strip + "‘“\"'"), ""
            continue
        cut = max(gap.rfind(";"), gap.rfind(". "), gap.rfind(":"))
        if cut >= 0:
            cite.suffix = gap[:cut].strip(strip)
            cites[n + 1].prefix = gap[cut + 1:].strip(strip + "‘“\"'")
        else:
            cite.suffix = ""
            cites[n + 1].prefix = gap.strip(strip + "‘“\"'")
