"""Personal and institutional names → CSL-JSON name objects; role words move names to roles.

Conventions (CSL-JSON): a lower-case particle written before the family name in direct order
("Charles de Gaulle", "Ludwig van Beethoven") is a ``non-dropping-particle``; a particle after
the given name in inverted order ("Beethoven, Ludwig van") is a ``dropping-particle``;
capitalised particles after a lower-case one stay in the family name ("Jean de La Fontaine"
→ particle "de", family "La Fontaine"). "Jr.", "III"… go to ``suffix`` (``comma-suffix`` when
printed after a comma). Initials get a full stop and a space each ("V.I.Lenin" → given "V. I.").
Names with an institutional word (Committee, Institute, Parti, Verlag…) are kept whole as
``literal``. "et al." is not a name: it is flagged and noted in ``custom["names-truncated"]``.

A pseudonym written after the real name (``Franz Kessler (as "Spartacus")``, ``[as Spartacus]``,
``(pseud. Spartacus)``, ``, writing as Spartacus``) or before it (``N. Lenin [V. I. Ulyanov]``)
leaves the real name as the name and is kept in the record's ``note`` as a line ``pseudonym:
Spartacus (Franz Kessler)``, which every writer keeps (BibTeX ``note``, RIS ``N1``, CSL-JSON
``note``); the linker also matches a short form by the pseudonym
(:func:`notecite.link.matching.known_as`). A co-author the citer added in square
brackets (``Max Shachtman [and James Burnham]``) is a co-author. Given names joined before one
family name (``John and Anne Tedeschi``) share it. A possessive ending a name in prose
(``Sheila Fitzpatrick's superb``) is not part of it, nor are the lower-case words after it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..parse.dictionaries import fold, load
from ..parse.rules.words import CONTRIBUTION_BY, REFLEXIVES
from .base import Draft, squeeze, strip_brackets
from .language import detect
from .places import is_known_place, is_region

#: Role phrases written before names ("edited by X", "trad. X", "hrsg. von X", "pod red. X", "with an introduction by X",
#: "intro. X": a contributor, CSL's ``contributor`` and Zotero's).
_LEADING_ROLES: list[tuple[str, tuple[str, ...]]] = [
    (r"(?:translated|trans\.|tr\.)\s+and\s+(?:edited|ed\.)(?:\s+by)?|(?:edited|ed\.)\s+and\s+(?:translated|trans\.)(?:\s+by)?",
     ("translator", "editor")),
    (r"edited(?:\s+by)?|ed\.\s+by|eds?\.,?(?=\s)|éd(?:ité)?\.?\s+par|édité\s+par|édition\s+établie\s+par|"
     r"sous\s+la\s+dir(?:ection|\.)?\s+de|herausgegeben\s+von|hrsg\.\s+von|hg\.\s+von|"
     r"pod\s+red(?:\.|aktsiei|aktsiej)|(?:ordenad|publicad|editad|recopilad|coleccionad|reunid|anotad)[oa]s?\s+por|"
     r"(?:publi|édit|annot)ée?s?\s+par|recueillis?\s+par|a\s+cura\s+di", ("editor",)),
    (r"translated(?:\s+from\s+the\s+\w+)?(?:\s+by)?|trans\.(?:\s+by)?|tr\.(?:\s+by)?|"
     r"traduit(?:\s+d[ue]\s+l?'?\w+)?(?:\s+par)?|trad\.(?:\s+par)?|"
     r"(?:aus\s+dem\s+\w+\s+)?(?:übersetzt|uebersetzt)\s+von|(?:übers|uebers)\.(?:\s+von)?|"
     r"perevod|per\.(?=\s)|traducid[oa]s?\s+por|tradott[oa]\s+da", ("translator",)),
    (r"compiled(?:\s+by)?|comp\.(?:\s+by)?", ("compiler",)),
    (CONTRIBUTION_BY + r"|introd?\.(?:\s+by)?", ("contributor",)),
]
#: (Matched at a position, never searched: no anchor, and no pattern looks behind its start.)
_LEADING_RE = [(re.compile(rf"(?:{pattern})\s*", re.I), roles) for pattern, roles in _LEADING_ROLES]

#: Role words written after names ("X, ed.", "X (eds.)", "X (Hg.)", "X, trans."). Like :data:`_ET_AL_RE`, a match opens on
#: no separator after another (the leftmost match never does, and a search that tried each place in a long run of
#: commas and spaces took time growing with its square).
_TRAILING_RE = re.compile(
    r"(?<![,\s])[,\s]*\(?\s*(?<![^\s,(])(?P<role>eds?\.?|editors?|éds?\.?|dir\.|hg\.|hrsg\.|red\.|"
    r"trans\.?|tr\.|translators?|trad\.|übers\.|comp\.|compilers?)\s*\)?\s*$",
    re.I,
)
_TRAILING_ROLES = {
    "ed": "editor", "eds": "editor", "editor": "editor", "editors": "editor", "éd": "editor",
    "éds": "editor", "dir": "editor", "hg": "editor", "hrsg": "editor", "red": "editor",
    "trans": "translator", "tr": "translator", "translator": "translator", "translators": "translator",
    "trad": "translator", "übers": "translator", "comp": "compiler", "compiler": "compiler", "compilers": "compiler",
}

_ARTICLES = frozenset("the les die der".split())

_ET_AL_RE = re.compile(r"(?<![,\s])[,\s]*(?:et\s+al\.?|et\s+alii|and\s+others|u\.\s*a\.|et\s+coll\.|i\s+dr\.)\s*$", re.I)

#: Words that make a name institutional (kept whole as ``literal``).
INSTITUTION_WORDS = frozenset(
    """committee commission council congress party union league society association institute
    institution university college academy ministry department office bureau agency board
    government administration international federation organisation organization foundation
    library museum archive archives press publishers publishing company corporation group
    centre center conference assembly soviet presidium secretariat tribunal court church
    command staff headquarters army navy corps service forces senate parliament cabinet embassy
    watch research schools news times inc inc. ltd ltd. llc plc gmbh trust fund alliance coalition network
    project initiative movement rights nations bank programme observatory consortium collective cooperative
    tribune herald gazette magazine broadcasting studios police humanities heritage
    gallery galleries galerie galleria museo musée musées fondation fundación stiftung theatre theater orchestra
    frères brothers associates
    comité commission conseil parti ministère institut université académie fédération
    ligue société bibliothèque archives direction
    ausschuss kommission partei ministerium institut universität akademie verband verein
    gesellschaft bund zentralkomitee einrichtung fachbereich fachbereichsrat
    tsk komitet partiia institut konferentsiia konferentsiya s'ezd s’ezd s"ezd sezd syezd plenum
    soveshchanie""".split()
)

#: Lower-case name particles (French, Dutch, German, Italian, Spanish, Portuguese, Arabic).
PARTICLES = frozenset("de du des d' la le van von der den ter ten da di del della dei dos das do al el bin ibn zu vom".split())
_SUFFIXES = frozenset("jr. jr sr. sr ii iii iv v fils père".split())
#: Capitalised prefixes that belong to the family name they open (``La Vallière``, ``Le Clerc``,
#: ``Du Bois``, ``St. Clair``, ``Saint Martin``): written capitalised, they are part of it, not a particle nor a given name.
FAMILY_PREFIXES = frozenset("Le La Les Du Des St. Ste. Saint Sainte".split())
#: Prefixes that open a family name only after a given name (``Isabelle Saint Martin``; ``Saint Augustine`` is a saint).
_SAINTS = frozenset({"Saint", "Sainte"})
#: Particles written capitalised (``De Stael``, ``A. De Zeltner``, ``Von Reck``): still particles, not a given name.
CAPITAL_PARTICLES = frozenset("De Van Von Di Da Del Della".split())

#: A pseudonym after the real name: ``(as "Spartacus")``, ``[as Spartacus]``, ``(pseud. X)``,
#: ``(pseudonym X)``, ``, writing as X``.
_PSEUDONYM_RE = re.compile(
    r"\s*[(\[]\s*(?:as|pseud(?:onym)?\.?(?:\s+of)?)\s+(?P<bracketed>[^()\[\]]+?)\s*[)\]]"
    r"|,?\s+writing\s+as\s+(?P<plain>[^,;()\[\]]+?)(?=\s*(?:[,;]|\band\b|$))",
    re.I,
)
_NAME_QUOTES = "\"“”‘’'«» "
#: Separators between the names of a list.
_LIST_SEPARATOR_RE = re.compile(r"[;&]|\b(?:and|und|et)\b|(?<=\s)u\.(?=\s)")
#: A co-author the citer supplied in square brackets: ``[and James Burnham]``, ``[with J. Burnham]``.
_BRACKETED_COAUTHOR_RE = re.compile(r"\s*\[\s*(?:and|&|with|und|et)\s+([^\[\]]+?)\s*\]", re.I)
#: A family name and the initials that tell which bearer of it is meant, in round brackets after it:
#: ``Bancroft (H. H.)``, ``Adams (C. F.)`` (the older way of telling two authors of one name apart).
_INITIALS_IN_BRACKETS_RE = re.compile(r"^([A-ZÀ-Þ][^\W\d_]+(?:[-'’][A-ZÀ-Þ][^\W\d_]+)?)\s*\(((?:[A-ZÀ-Þ]\.\s*){1,3})\)$")
#: An inverted name whose given names, written short, are spelled out in brackets after it, as library catalogues
#: print them: ``Horowitz, David A. (David Alan)``, ``Smith, J. (John)``.
_GIVEN_NAMES_IN_FULL_RE = re.compile(r"^(?P<family>[^,()]+),\s*(?P<given>[^,()]+?)\s*\((?P<full>[A-ZÀ-Þ][^\W\d_]+"
                                     r"(?:[\s-]+[A-ZÀ-Þ][^\W\d_.]*\.?)*)\)$")


def _given_names_in_full(match: re.Match[str]) -> str:
    """The name of :data:`_GIVEN_NAMES_IN_FULL_RE` with its given names in full when their initials agree with the
    short ones (``Horowitz, David Alan``); as printed, brackets dropped, otherwise."""
    short = [w[0] for w in re.split(r"[\s.-]+", match["given"]) if w]
    full = [w[0] for w in re.split(r"[\s.-]+", match["full"]) if w]
    given = match["full"] if short == full else match["given"]
    return f"{match['family'].strip()}, {given.strip()}"


#: A possessive ending a name written in prose, and the lower-case words after it
#: (``Fitzpatrick's superb``, ``Daniels' book``).
_POSSESSIVE_RE = re.compile(r"(?<=[^\W\d_])['’]s?(?:\s+[^\W\d_A-Z][\w-]*)*\s*$")
#: A reflexive pronoun after a name (``Julian himself``, ``the author himself``): no part of the name.
_REFLEXIVE_RE = re.compile(r"\s+(?:himself|herself|themselves|lui-même|selbst)\s*[,;]?\s*$", re.I)
#: British honours and offices written after a name (``Ellen Wilkinson MP``, ``Sir John Smith, K.C.``): no part of it.
_POST_NOMINALS_RE = re.compile(r"(?:,?\s+(?:M\.?P\.?|Q\.?C\.?|K\.?C\.?|F\.?R\.?S\.?|O\.?B\.?E\.?|M\.?B\.?E\.?|"
                               r"C\.?B\.?E\.?|J\.?P\.?|MEP|MSP))+(?=\s*(?:[,;&]|\band\b|$))")


def _last_name_of(text: str) -> str:
    """The last name of a list as written: ``Franz Kessler`` of ``A. Smith and Franz Kessler``,
    ``Kessler, Franz`` when the list ends on one inverted name."""
    separators = list(_LIST_SEPARATOR_RE.finditer(text))
    tail = text[separators[-1].end():] if separators else text
    parts = [p.strip() for p in strip_brackets(tail).split(",") if p.strip()]
    if len(parts) >= 2 and len(parts[-2].split()) == 1 and _given_like(parts[-1]):
        return f"{parts[-2]}, {parts[-1]}"  # "Kessler, Franz"
    return parts[-1] if parts else ""


#: A social-media handle in brackets after a name: ``Naomi Klein (@NaomiAKlein)``.
_HANDLE_RE = re.compile(r"\s*[(\[]\s*(@\w{1,30})\s*[)\]]")


def split_handles(text: str) -> tuple[str, list[str]]:
    """``text`` without the bracketed handles after its names (``(@NaomiAKlein)``), and the handles."""
    handles = _HANDLE_RE.findall(text) if "@" in text else []
    return (_HANDLE_RE.sub("", text), handles) if handles else (text, [])


#: Another name of the same person in round brackets after a name in natural order: ``János Reismann (Wolf Reiss)``,
#: ``John Graunt (Sir William Petty)``: two to four capitalised words (a word of address first, perhaps), the
#: bracket ending the text or followed by a list's separator.
_OTHER_NAME_RE = re.compile(r"(?<=[^\W\d_])\s*\((?P<other>(?:(?:Sir|Lord|Lady|Dr\.|Mr\.|Mrs\.)\s+)?"
                            r"[A-ZÀ-Þ][^\W\d_’'-]*(?:[’'-][^\W\d_]+)?(?:\s+(?:[A-ZÀ-Þ]\.|[A-ZÀ-Þ][^\W\d_’'-]*(?:[’'-][^\W\d_]+)?)){1,3})\)"
                            r"(?=\s*(?:$|[,;&]|\band\b))")


def split_other_names(text: str) -> tuple[str, list[str]]:
    """``text`` without the other names given in round brackets after its names in natural order (``János Reismann
    (Wolf Reiss)``: the author is Reismann; :data:`_OTHER_NAME_RE`), and those names. After a peerage title the
    bracket holds the peer's own name, which is kept (``Earl of Birkenhead (F E Smith)``: Smith). An inverted name
    keeps its bracket (``Horowitz, David A. (David Alan)`` spells out the given names)."""
    if "(" not in text:
        return text, []
    if _PEERAGE_RE.match(text):
        other = _OTHER_NAME_RE.search(text)
        if other and other.end() == len(text.rstrip()):  # "Earl of Birkenhead (F E Smith)": the peer's own name
            return other["other"], [text[:other.start()].strip()]
    others: list[str] = []

    def drop(match: re.Match[str]) -> str:
        if "," in text[:match.start()] or _NOT_REVEALING.match(match["other"]):
            return match.group(0)
        others.append(match["other"])
        return ""

    return _OTHER_NAME_RE.sub(drop, text), others


#: A peerage title opening a name: the name in brackets after it is the person's own (``Earl of Birkenhead (F E Smith)``).
_PEERAGE_RE = re.compile(r"^\s*(?:the\s+)?(?:Earl|Lord|Baron|Baroness|Viscount|Viscountess|Duke|Duchess|Marquess|Marquis|Count|"
                         r"Countess)\b", re.I)


#: A pseudonym followed by the real name in square brackets: ``N. Lenin [V. I. Ulyanov]``.
_REVEALED_RE = re.compile(r"^(?P<pseudonym>[^\[\],;]+?)\s*\[\s*(?P<real>(?:[A-Z][\w’'-]*\.?\s*){2,4})\]$")
_NOT_REVEALING = re.compile(r"^(?:and|with|und|et|as|pseud|ed|eds|trans|tr|hg|hrsg)\b", re.I)


def split_pseudonyms(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` without its pseudonym phrases, and each (pseudonym, real name as written) pair.

    ``Name (as Pseudonym)`` and its variants keep the name; ``Pseudonym [Real Name]`` (a name of
    two to four capitalised words or initials revealed in square brackets) gives the real name.
    """
    revealed = _REVEALED_RE.match(text.strip())
    if revealed and not _NOT_REVEALING.match(revealed.group("real")):
        real = squeeze(revealed.group("real"))
        return real, [(squeeze(revealed.group("pseudonym")).strip(_NAME_QUOTES), real)]
    pairs = []
    kept = []
    position = 0
    for match in _PSEUDONYM_RE.finditer(text):
        pseudonym = (match.group("bracketed") or match.group("plain") or "").strip(_NAME_QUOTES)
        before = text[position:match.start()]
        kept.append(before)
        real = _last_name_of(squeeze("".join(kept)))
        if pseudonym and real:
            pairs.append((pseudonym, real))
        position = match.end()
    kept.append(text[position:])
    return "".join(kept), pairs


class Names:
    """``author``/``editor``/``translator`` fields → CSL name lists, honouring role words."""

    name = "names"
    reads = frozenset({"author", "editor", "translator"})
    writes = frozenset({"author", "editor", "translator", "compiler", "contributor", "custom"})

    def __call__(self, draft: Draft) -> None:
        previous = ""
        remaining = []
        for label, text in draft.fields:
            if label not in self.reads:
                remaining.append((label, text))
                previous = text if label == "prose" else ""
                continue
            # A role phrase the tagger left in the prose just before the name ("translated by").
            role_hint = _role_from_prose(previous)
            text = _NOT_OF_THE_NAME.sub("", text.strip())  # "e.g. Greene", "Julian himself"
            text, pseudonyms = split_pseudonyms(text)
            for pseudonym, real in pseudonyms:
                draft.add_note(f"pseudonym: {pseudonym} ({real})")
            text, handles = split_handles(text)
            for handle in handles:
                draft.add_note(f"handle: {handle}")
            text, others = split_other_names(text)
            for other in others:
                draft.add_note(f"also named: {other}")
            groups = parse_names(text, default_role=role_hint or label)
            if groups and not any(et_al or any(map(is_a_person, names)) for _role, names, et_al in groups):
                draft.add_note(text)  # "Dr.", "D.", "First": the tagger's name run names nobody
                groups = []
            for role, names, et_al in groups:
                draft.record.setdefault(role, []).extend(names)
                if et_al:
                    draft.flag(label, text, "list of names cut short with 'et al.': the full list is not in the note")
                    custom = draft.record.setdefault("custom", {})
                    truncated = custom.setdefault("names-truncated", [])
                    if role not in truncated:
                        truncated.append(role)
            previous = ""
        draft.fields = remaining


#: Words a name run may hold that are not the name's: a lead-in (``e.g. Greene``, ``i. e. Stein``) and a
#: pronoun after it (``Julian himself``).
_NOT_OF_THE_NAME = re.compile(r"^(?:e\.\s?g\.|i\.\s?e\.),?\s+|,?\s+(?:" + "|".join(sorted(REFLEXIVES)) + r")$")


#: Words that alone are no family name: forms of address and ordinals (``Dr.``, ``Herr``, ``First``).
_NOT_FAMILIES = frozenset("""dr dr. mr mr. mrs mrs. messrs messrs. ms ms. m. mm. mme mme. mlle mlle. herr hr. frau prof prof. rev rev.
    sir dom fr. first second third fourth fifth sixth seventh eighth ninth tenth""".split())


#: Forms of address written before a name given first (``Prof. Zechariah Chafee``): no part of the name (``M.`` may
#: be an initial, and is kept).
_FORMS_OF_ADDRESS = frozenset("mr mr. mrs mrs. ms ms. dr dr. prof prof. professor miss mme mme. mlle mlle. herr frau rev rev.".split())


#: A single initial, accented capitals included (``D.``, ``É.``).
_ONE_INITIAL = re.compile(r"[A-ZÀ-Þ]\.")


def is_a_person(name: dict[str, Any]) -> bool:
    """False for a name that names nobody: a family name alone (no given name) that is a single
    initial (``D.``), a form of address or an ordinal (:data:`_NOT_FAMILIES`)."""
    family = name.get("family")
    if family is None:
        return True  # a literal (an institution)
    return bool(name.get("given")) or not (_ONE_INITIAL.fullmatch(family) or family.lower() in _NOT_FAMILIES)


def _role_from_prose(text: str) -> str | None:
    """The role a prose snippet ending in a role phrase announces ("… translated by")."""
    text = squeeze(text).lower()
    if not text:
        return None
    padded = text + " "
    for regex, roles in _LEADING_RE:
        for start in range(len(text)):
            if (start == 0 or not text[start - 1].isalpha()) and regex.fullmatch(padded, start) is not None:
                return roles[0]
    return None


def parse_names(text: str, default_role: str = "author") -> list[tuple[str, list[dict[str, Any]], bool]]:
    """Split ``text`` into ``(role, names, et_al)`` groups; role words override ``default_role``.

    Pseudonym phrases are dropped (:func:`split_pseudonyms` returns them), a bracketed co-author
    joins the list, initials in round brackets after a family name are its given names
    (``Bancroft (H. H.)``), and a final possessive (or a reflexive pronoun: ``Julian himself``) is not part of the
    last name. The names are new
    dicts on every call.
    """
    return [(role, [dict(name) for name in names], et_al) for role, names, et_al in _parsed_names(text, default_role)]


#: The dash a note puts between two cites, read with the name after it (``-- Schindler``, ``— Lecky``): no part of it.
_LEADING_DASHES = re.compile(r"^(?:-{1,3}|[–—])\s*")
#: A dash after the names, a space before it (``John Murphy - Derby Evening Telegraph``: the dash joining the name to
#: the paper).
_TRAILING_DASHES = re.compile(r"\s+(?:-{1,3}|[–—])\s*$")


@lru_cache(maxsize=4096)  # the same authors come back note after note (half the calls on real notes)
def _parsed_names(text: str, default_role: str) -> tuple[tuple[str, tuple[dict[str, Any], ...], bool], ...]:
    """:func:`parse_names`' groups, kept: callers get copies of the name dicts."""
    text, _ = split_pseudonyms(_TRAILING_DASHES.sub("", _LEADING_DASHES.sub("", squeeze(text))))
    text, _ = split_handles(text)
    text, _ = split_other_names(text)
    text = _BRACKETED_COAUTHOR_RE.sub(r" and \1", text)
    text = _INITIALS_IN_BRACKETS_RE.sub(lambda m: f"{m.group(1)}, {m.group(2).strip()}", text.strip())
    text = _GIVEN_NAMES_IN_FULL_RE.sub(_given_names_in_full, text)
    text = _POSSESSIVE_RE.sub("", squeeze(strip_brackets(squeeze(text))))
    text = _REFLEXIVE_RE.sub("", text)  # "Julian himself": Julian
    if "P" in text or "C" in text or "E" in text:
        text = _POST_NOMINALS_RE.sub("", text)  # "Ellen Wilkinson MP": Ellen Wilkinson
    groups = []
    for segment, roles in _split_roles(text, default_role):
        segment, et_al = _strip_et_al(segment)
        names = _parse_people(segment)
        for role in roles:
            if names or et_al:
                groups.append((role, tuple(names), et_al))
    return tuple(groups)


#: A comma or semicolon and the spaces after it, where a leading role phrase may begin.
_ROLE_CUT = re.compile(r"[,;]\s*(?=\S)")


def _split_roles(text: str, default_role: str) -> list[tuple[str, tuple[str, ...]]]:
    """Cut ``text`` where role phrases begin; each piece carries the roles it names."""
    pieces: list[tuple[str, tuple[str, ...]]] = []
    # Positions where a leading role phrase starts (at the beginning or after a comma/semicolon/space).
    starts = [0]
    for match in _ROLE_CUT.finditer(text):
        pos = match.end()
        for regex, _ in _LEADING_RE:
            role = regex.match(text, pos)
            if role and text[role.end():].strip() and _role_phrase_ok(text, pos):
                starts.append(pos)
                break
    starts = sorted(set(starts))
    bounds = starts + [len(text)]
    for begin, end in zip(bounds, bounds[1:]):
        piece = text[begin:end].strip().strip(",;").strip()
        roles: tuple[str, ...] = (default_role,)
        for regex, named in _LEADING_RE:
            match = regex.match(piece)
            if match and _role_phrase_ok(piece, 0):
                piece, roles = piece[match.end():], named
                break
        trailing = _TRAILING_RE.search(piece)
        if trailing and trailing.start() > 0 and piece[: trailing.start()].strip().lower() not in _ARTICLES:
            word = trailing.group("role").lower().rstrip(".")
            roles = (_TRAILING_ROLES[word],)
            piece = piece[: trailing.start()]
        piece = piece.strip().strip(",;").strip()
        if piece:
            pieces.append((piece, roles))
    return pieces


def _role_phrase_ok(text: str, pos: int) -> bool:
    """Reject "Ed." that is really a given name abbreviation followed by a family name."""
    rest = text[pos:]
    return not re.match(r"(?:Ed|Tr)\.\s+[A-Z][a-z]+$", rest)


def _strip_et_al(text: str) -> tuple[str, bool]:
    match = _ET_AL_RE.search(text)
    if match:
        return text[: match.start()].strip().strip(","), True
    return text, False


#: A word as :func:`holds_institution_word` reads it (apostrophes, quotes and hyphens inside).
_WORD = re.compile(r"[\w'’\"-]+")
#: ``The`` opening a corporate name.
_THE = re.compile(r"the\s", re.I)


def holds_institution_word(text: str) -> bool:
    """Whether ``text`` holds a word that names an institution (``Union``, ``Society``, ``College``)."""
    return any(w in INSTITUTION_WORDS for w in _WORD.findall(text.lower()))


def is_institution(text: str) -> bool:
    """True when ``text`` reads as a corporate name rather than a person (an institution's word, ``The``, or a
    place and the subject it is the history of: ``Connecticut History``)."""
    return holds_institution_word(text) or bool(_THE.match(text)) or _place_and_its_history(text)


def _place_and_its_history(text: str) -> bool:
    """Whether ``text`` is a known place or region and ``History`` (``Connecticut History``, a body or site, no person)."""
    words = text.split()
    if len(words) < 2 or words[-1] != "History":
        return False
    place = " ".join(words[:-1])
    return is_known_place(place) or is_region(place)


#: The separators between the people of a list (:func:`_parse_people`).
_PEOPLE_SEPARATOR = re.compile(r"\s*(?:;|&|\band\b|\bet\b|\bund\b|\bи\b|(?<=\s)u\.(?=\s+[A-ZÀ-Þ])|,\s*(?:y|e)\b(?=\s+[A-ZÀ-Þ])"
                               r"|(?<=\s)(?:in\s+(?:cooperation|collaboration)\s+)?with(?=\s+[A-ZÀ-Þ]))\s*")


#: Family names alone listed with commas and a last "and" (``Colman, Pierce et Birkeland``, ``Wachter, Laslett and
#: Hammel``, ``De Vreese, Esser, and Hopmann``, a particle opening one): read as three people unless a word after a
#: comma is a given name (``Marx, Karl and Engels``).
_LISTED_FAMILY = r"(?:(?i:de|du|des|la|le|van|von|der|den|ter|ten|da|di|del|della|dos|das|do)\s+)*[A-ZÀ-Þ][\w'’-]+"
_FAMILIES_LISTED = re.compile(rf"(?P<head>{_LISTED_FAMILY}(?:\s*,\s*{_LISTED_FAMILY})+),?\s+(?:and|et|und|y|e|&)\s+"
                              rf"(?P<last>{_LISTED_FAMILY})")


#: Who an anonymous writer said he was (``A Northern Man``, ``An American``, ``A Member of the Bar``): an article, up to
#: five words, one of them a noun of such self-descriptions.
_ANONYMOUS_WRITER = re.compile(r"(?i:by\s+)?(?:[Aa]n?)\s+(?P<words>(?:[\w'’-]+\s+){0,4}[\w'’-]+)")
_ANONYMOUS_NOUNS = frozenset("""man woman lady gentleman citizen member friend american englishman englishwoman observer
    traveller traveler layman clergyman minister merchant farmer planter physician officer soldier sailor student
    resident native northerner southerner republican democrat whig federalist patriot subscriber spectator
    correspondent graduate lawyer barrister bar""".split())


def _anonymous_writer(text: str) -> bool:
    """Whether ``text`` is how an anonymous writer described himself (:data:`_ANONYMOUS_WRITER`), no person's name."""
    match = _ANONYMOUS_WRITER.fullmatch(text)
    return bool(match) and any(fold(word) in _ANONYMOUS_NOUNS for word in match["words"].split())


def _parse_people(text: str) -> list[dict[str, Any]]:
    text = text.strip()
    if not text:
        return []
    if is_institution(text) and not _people_named_like_institutions(text) or _anonymous_writer(text):
        return [{"literal": text}]
    listed = _FAMILIES_LISTED.fullmatch(text)
    heads = re.split(r"\s*,\s*", listed["head"]) if listed else []
    if listed and not any(fold(word) in load("given_names") for word in heads[1:]):
        return [_direct(word) for word in [*heads, listed["last"]]]
    people: list[dict[str, Any]] = []
    # "y"/"e" (Spanish, Portuguese, Italian "and") join names only after a list comma: "Ortega y Gasset" is one name;
    # German "u." (und) joins two names ("Förstemann u. Bindseil"), and "with" two who share the work ("trans. Peter
    # Sedgwick with George Paizis")
    chunks = [c.strip().strip(",").strip()
              for c in _PEOPLE_SEPARATOR.split(text)]
    chunks = [c for c in chunks if c]
    for n, chunk in enumerate(chunks):
        shared = _shared_family(chunk, chunks[n + 1]) if n + 1 < len(chunks) else None
        people.extend([shared] if shared else _parse_comma_chunk(chunk))
    return people


#: Institution words that are also family names (``Frank Church``, ``Anne Court``).
_FAMILY_INSTITUTION_WORDS = frozenset({"church", "court", "press", "service", "staff", "bank", "herald", "trust"})


#: The separators between the names of a list (:func:`_people_named_like_institutions`).
_NAMES_SEPARATOR = re.compile(r"\s*(?:;|&|\band\b|\bet\b|\bund\b)\s*")


def _people_named_like_institutions(text: str) -> bool:
    """``Frank Church``, ``George McGovern and Frank Church``, ``R. Service``: each name of the list is a known given
    name and one or two capitalised words (or initials and a word), with an institution word only as a family name
    (:data:`_FAMILY_INSTITUTION_WORDS`, last)."""
    chunks = [c for c in _NAMES_SEPARATOR.split(text.strip()) if c]
    for chunk in chunks:
        words = _tokens(chunk.strip(" ,"))
        initials = len(words) >= 2 and all(_INITIAL.fullmatch(w) for w in words[:-1])  # "R. Service", "E. H. Church"
        if not (2 <= len(words) <= 3 and fold(words[0]) in load("given_names") or initials and len(words) <= 4) \
                or not all(w[:1].isupper() for w in words) \
                or any(w.lower() in INSTITUTION_WORDS for w in words[:-1]) \
                or words[-1].lower() in INSTITUTION_WORDS and words[-1].lower() not in _FAMILY_INSTITUTION_WORDS:
            return False
    return bool(chunks)


def _shared_family(chunk: str, following: str) -> dict[str, Any] | None:
    """``John`` + ``Anne Tedeschi``: a lone given name (a known one, or initials) joined to a
    name in natural order takes that name's family (and particle); None otherwise."""
    if "," in chunk or "," in following:
        return None
    words = _tokens(chunk)
    initials = all(_INITIAL.fullmatch(w) for w in words)
    if not words or not (initials or len(words) == 1 and fold(words[0]) in load("given_names")):
        return None
    other = _direct(following)
    if "given" not in other or "family" not in other:
        return None
    person = {"given": normalize_initials(" ".join(words)), "family": other["family"]}
    if "non-dropping-particle" in other:
        person["non-dropping-particle"] = other["non-dropping-particle"]
    return person


def _parse_comma_chunk(chunk: str) -> list[dict[str, Any]]:
    parts = [p.strip() for p in chunk.split(",") if p.strip()]
    if len(parts) >= 3 and all(len(_tokens(p)) == 1 for p in parts) \
            and (len(parts) % 2 or not all(fold(p) in load("given_names") for p in parts[1::2])):
        return [_direct(p) for p in parts]  # "Matthews, Shaw, Stettinius, and Hull": surnames listed, none inverted
    people: list[dict[str, Any]] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if nxt is not None and _is_suffix(nxt):
            person = _direct(part)
            person["suffix"] = nxt
            person["comma-suffix"] = True
            i += 2
        elif nxt is not None and (_family_like(part) and _given_like(nxt) or _compound_family_before_given(part, nxt)):
            person = _inverted(part, nxt)
            i += 2
            if i < len(parts) and _is_suffix(parts[i]):
                person["suffix"] = parts[i]
                i += 1
        else:
            person = _direct(part)
            i += 1
        people.append(person)
    return people


#: An initial or a short given name's abbreviation (``V.``, ``Chas.``).
_ABBREVIATED_GIVEN = re.compile(r"[A-Z][a-z]{0,2}\.")
#: An initial with its full stop (``V.``), and one with or without it (``V``).
_INITIAL = re.compile(r"[A-Z]\.")
_INITIAL_STOP_OR_NOT = re.compile(r"[A-Z]\.?")
#: An abbreviated given name with the next name joined to it (``V.Serge``).
_JOINED_AFTER_ABBREVIATION = re.compile(r"\b([A-Z][a-z]{0,2}\.)(?=[A-Z])")


def _tokens(text: str) -> list[str]:
    if "." in text:  # every joint the pattern parts ends on a full stop
        text = _JOINED_AFTER_ABBREVIATION.sub(r"\1 ", text)  # "V.Serge" → "V. Serge"
    return text.split()


def normalize_initials(given: str) -> str:
    """Give each initial its full stop and a following space ("V.I." → "V. I.", "R F" → "R. F.")."""
    tokens = _tokens(given)
    if tokens and all(_INITIAL_STOP_OR_NOT.fullmatch(t) for t in tokens):
        tokens = [t if t.endswith(".") else t + "." for t in tokens]
    return " ".join(tokens)


def _is_suffix(text: str) -> bool:
    return text.lower() in _SUFFIXES


def _family_like(text: str) -> bool:
    tokens = _tokens(text)
    if not tokens or len(tokens) > 3:
        return False
    if any(_ABBREVIATED_GIVEN.fullmatch(t) for t in tokens):
        return False  # initials belong to given names
    if len(tokens) == 1:
        return True
    return tokens[0].lower().rstrip("'’") in PARTICLES or tokens[0].lower().startswith(("d'", "d’"))


def _compound_family_before_given(part: str, nxt: str) -> bool:
    """``Santa María Fernández, Teresa``, ``García Márquez, G.``: two or three capitalised words
    (no initials) before a comma and a lone given name or initials after it are one inverted name —
    a lone capitalised word cannot be a person written given-first. A part opening on a known given
    name (``Georg Adler, Art.``) is a person written given-first."""
    words, after = _tokens(part), _tokens(nxt)
    if not 2 <= len(words) <= 3 or not after or _is_suffix(nxt) or fold(words[0]) in load("given_names"):
        return False
    if not all(w[:1].isupper() and not _ABBREVIATED_GIVEN.fullmatch(w) for w in words):
        return False
    if all(_INITIAL.fullmatch(w) for w in after):
        return True
    return len(after) == 1 and after[0][:1].isupper() and after[0].isalpha()


def _given_like(text: str) -> bool:
    tokens = _tokens(text)
    if not tokens or len(tokens) > 4:
        return False
    return all(t[:1].isupper() or t.lower() in PARTICLES for t in tokens) and tokens[0][:1].isupper()


_ELIDED_PARTICLE = re.compile(r"^([dl][’'])(.+)$")  # "d'Alembert", "l’Estrange"


def _split_particle_token(token: str) -> tuple[str, str] | None:
    match = _ELIDED_PARTICLE.match(token)
    if match and match.group(2)[:1].isupper():
        return match.group(1), match.group(2)
    return None


#: Two or more capital initials, each with its full stop, and nothing else.
_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.\s?){2,}")


def _direct(text: str) -> dict[str, Any]:
    """Parse a name written given-first ("Martin Luther King", "Jean de La Fontaine"), a form of address before it
    left out ("Prof. Zechariah Chafee"); a signature of initials only ("G.W.J.", "A. B.") is kept whole as
    ``literal``: no part of it is the family name."""
    if _INITIALS_ONLY.fullmatch(text.strip()):
        return {"literal": text.strip()}
    tokens = _tokens(text)
    while len(tokens) > 1 and tokens[0].lower() in _FORMS_OF_ADDRESS:
        tokens = tokens[1:]  # "Prof. Zechariah Chafee", "Mr. Adolph S. Ochs": the name, not how it is addressed
    suffix = None
    if len(tokens) > 1 and _is_suffix(tokens[-1]):
        suffix = tokens.pop()
    person: dict[str, Any] = {}
    if len(tokens) == 1:
        person = {"family": tokens[0]}
    elif len(tokens) >= 2 and tokens[0] in CAPITAL_PARTICLES and all(t in PARTICLES for t in tokens[1:-1]):
        # "De Stael", "Van der Auwera": particles, then the family name, no given name
        person = {"non-dropping-particle": " ".join(tokens[:-1]), "family": tokens[-1]}
    else:
        last = next((j for j in range(len(tokens) - 1, 0, -1) if tokens[j] in PARTICLES or _split_particle_token(tokens[j])
                     or tokens[j] in CAPITAL_PARTICLES and j < len(tokens) - 1), None)
        k = last
        while k is not None and k > 1 and tokens[k - 1] in PARTICLES:
            k -= 1
        if k is not None:
            particles = []
            j = k
            while j < len(tokens) - 1 and (tokens[j] in PARTICLES or tokens[j] in CAPITAL_PARTICLES):
                particles.append(tokens[j])
                j += 1
            family = tokens[j:]
            split = _split_particle_token(family[0]) if family else None
            if split:
                particles.append(split[0])
                family = [split[1]] + family[1:]
            person = {"given": normalize_initials(" ".join(tokens[:k])), "family": " ".join(family)}
            if particles:
                person["non-dropping-particle"] = " ".join(particles).replace("' ", "'").replace("’ ", "’")
        else:
            prefixed = tokens[-2] in FAMILY_PREFIXES and (len(tokens) > 2 or tokens[-2] not in _SAINTS)
            cut = len(tokens) - 2 if prefixed or _two_surnames_after_a_middle_initial(tokens) else len(tokens) - 1
            person = {"family": " ".join(tokens[cut:])}
            if cut:
                person = {"given": normalize_initials(" ".join(tokens[:cut])), **person}
    if suffix:
        person["suffix"] = suffix
    return person


def _two_surnames_after_a_middle_initial(tokens: list[str]) -> bool:
    """``Mónica P. Mayer Lucido``: a given name, a middle initial and two capitalised words, the first no known
    given name: a middle initial comes right before the family name, so both words are the family name
    (``J. Edgar Hoover``, opening on the initial, is left alone)."""
    return len(tokens) == 4 and _INITIAL.fullmatch(tokens[1]) is not None and len(tokens[0]) > 2 \
        and tokens[0][:1].isupper() and not tokens[0].endswith(".") \
        and all(re.fullmatch(r"[^\W\d_][^\W\d_'’-]+(?:-[^\W\d_]+)?", t) and t[:1].isupper() for t in tokens[2:]) \
        and fold(tokens[2]) not in load("given_names")


def _inverted(family_text: str, given_text: str) -> dict[str, Any]:
    """Parse "Family, Given" ("de Gaulle, Charles", "Beethoven, Ludwig van")."""
    family = _tokens(family_text)
    given = _tokens(given_text)
    person: dict[str, Any] = {}
    leading = []
    while len(family) > 1 and family[0] in PARTICLES:
        leading.append(family.pop(0))
    trailing = []
    while len(given) > 1 and given[-1] in PARTICLES:
        trailing.insert(0, given.pop())
    person["family"] = " ".join(family)
    person["given"] = normalize_initials(" ".join(given))
    if leading:
        person["non-dropping-particle"] = " ".join(leading)
    if trailing:
        person["dropping-particle"] = " ".join(trailing)
    return person


def _written(person: dict[str, Any]) -> list[str]:
    """The words of a parsed person in natural order (given, particle, family)."""
    return " ".join(person.get(part, "") for part in ("given", "non-dropping-particle", "family")).split()


#: Words inside an Iberian compound surname (``Bermúdez de Castro``, ``Ortega y Gasset``, ``Sá da Bandeira``).
_JOINED_SURNAME = frozenset({"de", "del", "da", "das", "do", "dos", "y", "e"})


def _spanish_double_surnames(records: list[tuple[str, dict[str, Any]]], given_names: frozenset[str] | set[str]) -> None:
    """In place: a person written given-first as the author of a work with a Spanish title, whose
    word before the family name is no given name (``José Calvo Tello``, ``David Merino Recalde``),
    bears two surnames (family ``Calvo Tello``); short forms are left to the surname rules."""
    for kind, record in records:
        people = [p for p in record.get("author") or () if len(str(p.get("given") or "").split()) >= 2
                  and not p.get("non-dropping-particle") and " " not in str(p.get("family") or " ")]
        if kind == "short" or not people or detect(str(record.get("title") or "")) != "es":
            continue
        for person in people:
            *given, last = person["given"].split()
            if re.fullmatch(r"[^\W\d_][^\W\d_'’-]+", last) and last[0].isupper() and fold(last) not in given_names \
                    and last.lower() not in PARTICLES:
                person["given"], person["family"] = " ".join(given), f"{last} {person['family']}"


def complete_compound_surnames(records: list[tuple[str, dict[str, Any]]]) -> None:
    """Give compound surnames whole, in place, from a document's own short forms: a short form names
    its author by surname, so ``Escobar Varela, Theater as Data`` (read as given ``Escobar``, family
    ``Varela``), where a full cite of the document writes ``Miguel Escobar Varela``, makes the family
    ``Escobar Varela`` in both (``records`` are (kind, record) pairs; a short form opening on a known
    given name is a full name and says nothing). A surname joined by ``de`` or ``y`` in a short form
    (``Bermúdez de Castro``, ``Ortega y Gasset``) is whole even without such a full cite. The authors of
    a work with a Spanish title keep both surnames (:func:`_spanish_double_surnames`)."""
    given_names = load("given_names")
    _spanish_double_surnames(records, given_names)
    surnames: set[tuple[str, ...]] = set()
    for kind, record in records:
        if kind != "short":
            continue
        for person in record.get("author") or ():
            words = _written(person)
            if person.get("given") and 2 <= len(words) <= 4 and fold(words[0]) not in given_names \
                    and not any(_ABBREVIATED_GIVEN.fullmatch(w) for w in words):
                surnames.add(tuple(fold(w) for w in words))
    if not surnames:
        return
    extended = set()
    for _kind, record in records:
        for person in record.get("author") or ():
            folded = tuple(fold(w) for w in _written(person))
            extended.update(s for s in surnames if len(folded) > len(s) and folded[-len(s):] == s)
    # "Bermúdez de Castro, pág. 274", "Ortega y Gasset, 12": a surname joined by "de" or "y" is whole even when
    # no full cite of the document writes the longer name
    extended.update(s for s in surnames if _JOINED_SURNAME.intersection(s[1:-1]))
    for _kind, record in records:
        for person in record.get("author") or ():
            words = _written(person)
            folded = tuple(fold(w) for w in words)
            surname = next((s for s in extended if len(folded) >= len(s) and folded[-len(s):] == s), None)
            if surname is None or len(person.get("family", "").split()) >= len(surname):
                continue
            person.pop("non-dropping-particle", None)
            person["family"] = " ".join(words[-len(surname):])
            if len(words) > len(surname):
                person["given"] = " ".join(words[:-len(surname)])
            else:
                person.pop("given", None)
