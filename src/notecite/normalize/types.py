"""CSL item type from which fields exist and from cue words in the note.

Rules, first match wins: thesis ("PhD diss.", "thèse", "Dissertation"); pamphlet ("pamphlet",
"brochure", "Flugschrift"); software ("R package version 1.0.6"); report ("report", "rapport",
"working paper"; from the title only when there is no container and no trade publisher); a
container title makes a component: entry-encyclopedia or entry-dictionary (a reference work's
name: "Encyclopedia", "Lexikon", "Dictionnaire"), paper-conference (a conference word, "Proceedings",
"Workshop", unless a periodical word names a journal: "History Workshop Journal"), legal_case (a title naming
the parties, "A v. B", with the volume of the reports), chapter (an
editor, or "in" before it, or a publisher and no volume/issue), article-newspaper (a newspaper
word in the container), article-magazine (a known magazine without volume), article-newspaper
(a day-precise date without volume),
article-journal (volume, issue or a page range), article-magazine (otherwise: a month date or
nothing more); webpage (a URL and neither container nor publisher); book (a full cite with a
publisher or place, a title known to be italic, an unquoted standalone title with a named author, or a
title mentioned in prose). A work whose fields name no kind: hearing ("hearings"), report (a
parliamentary paper's number, "House Document No. 15", "SED 113"),
legislation (a title naming a law: "Stat.", "Constitution", "Laws of"), manuscript (a full cite
dated to the month or day, or a title ending on a body's kept records: "branch minutes"), book (any
other unquoted title, or no title but an author: a work cited by its author's name alone, "Herodian,
l. i. p. 12"), document otherwise. A type already in the
record is never replaced. A full cite that names only its periodical or collection is titled by
it (but a newspaper item or one dated to the month or day, so that the issues of one paper stay apart).
"""
from __future__ import annotations

import re

from ..parse.dictionaries import fold, load
from ..parse.rules.words import SAME_AUTHOR_WORD, WRITINGS_OF_ONE_AUTHOR
from ..textscan import NeedingWords, may_hold
from .base import Draft, strip_edge_punctuation
from .places import looks_like_publisher
from .titles import VOLUME_IN_TITLE

_THESIS = NeedingWords(re.compile(r"\b(?:ph\.?\s?d\.?|doctoral|d\.?\s?phil\.?|m\.?\s?a\.?)\s+(?:diss(?:\.|ertation)?|thesis)|"
                                   r"\bdiss(?:\.|ertation)\b|\bthesis\b(?!\s+(?:[IVXLC]+|\d+)\b)|\bth[eè]se\b|\bm[ée]moire\s+de\s+(?:ma[iî]trise|master|dea)\b|"
                                   r"\bhabilitation(?:sschrift)?\b|\bdissertatsiia\b|\bavtoreferat\b", re.I),
                       ("diss", "thesis", "these", "thèse", "moire", "habilitation", "avtoreferat"))
_PAMPHLET = NeedingWords(re.compile(r"\bpamphlets?\b|\bleaflets?\b|\bflyers?\b|\bbroadsides?\b|\bhandbills?\b|\bbrochures?\b|"
                                     r"\bflugschrift\b|\bbroschüre\b|\bbrochiura\b", re.I),
                         ("pamphlet", "leaflet", "flyer", "broadside", "handbill", "broch", "brosch", "flugschrift"))
_REPORT = NeedingWords(re.compile(r"\breports?\b|\brapports?\b|\bworking\s+papers?\b|\bbericht\b|\bdoklad\b|"
                                   r"\btechnical\s+memorandum\b", re.I),
                       ("report", "rapport", "working", "bericht", "doklad", "technical"))
_NEWSPAPER = re.compile(
    r"\b(?:times|post|gazette|herald|tribune|daily|chronicle|courier|courrier|observer|guardian|"
    r"telegraph|newspaper|zeitung|tageblatt|abendblatt|pravda|izvestiia|izvestia|humanit[ée]|"
    r"le\s+monde|le\s+figaro|le\s+temps|le\s+matin|libération|vorwärts|journal\s+de|gazeta)\b",
    re.I,
)
_MAGAZINE = re.compile(r"\b(?:magazine|weekly|monthly|illustrated|revue\s+des\s+deux|nation|new\s+statesman|new\s+republic|"
                       r"new\s+yorker|spectator|listener|harper's|new\s+leader|commentary|dissent|encounter|newsweek)\b",
                       re.I)
_JOURNAL = re.compile(r"\b(?:journal|review|quarterly|studies|revue|zeitschrift|annales|jahrbuch|bulletin|archiv|"
                      r"voprosy|proceedings|cahiers|society|transactions|politics)\b", re.I)
#: A parliamentary paper's number: ``House Executive Document No. 71``, ``S. Rpt. 183``, ``SED 113``, ``HD 176``.
_PAPER_NUMBER = re.compile(r"\b(?:(?i:(?:house|senate)\s+(?:executive\s+)?(?:document|report|doc\.|rpt\.)\s*no\.?)|"
                           r"[HS]\.\s*(?:Ex\.\s*)?(?:Doc|Rpt|Rep)\.|[HS]E?D)\s*\d+\b")
_HEARING = re.compile(r"\bhearings?\b", re.I)
#: A title that names a law: ``Stat. 5 Geo. IV``, ``Statutes at Large``, ``Constitution de 1638``, ``Act of Parliament``.
_LEGISLATION = re.compile(r"(?:\d+\s+)?(?:stat\.|statutes?\b|constitution\b|laws\s+of\b|acts?\s+(?:of|parl)\b)", re.I)
#: A United States public law named by its number (``Public Law 102–138``, ``Pub. L. No. 99-93``, ``P.L. 85-507``).
PUBLIC_LAW = re.compile(r"(?<![\w.])(?:Public\s+Law|Pub\.\s*L\.(?:\s*No\.)?|P\.\s?L\.)\s+\d{1,3}\s*[-–]\s*\d{1,4}(?![\d-])")
#: A container that is a conference's proceedings (``Proceedings of the 2004 Conference on …``, ``Actes du colloque``).
_CONFERENCE = re.compile(r"\b(?:proceedings|conference|symposium|workshop|colloquium|colloque|tagung|congreso|convegno)\b", re.I)
#: A periodical's own name word, which outweighs a conference word (``History Workshop Journal``).
_PERIODICAL_NAME = re.compile(r"\b(?:journal|review|quarterly|revue|zeitschrift)\b", re.I)
#: A reference work's name: an encyclopedia (``Stanford Encyclopedia of Philosophy``, ``Hdwb. d. Staatswiss.``, ``Wikipedia``) or
#: a dictionary (``Dictionnaire de médecine``).
_ENCYCLOPEDIA = re.compile(r"\b(?:encyclop\w*|enciclop\w*|enzyklop\w*|lexi[ck]on|konversations-?lexikon|handw(?:ö|oe|o)rterbuch|hdwb"
                          r"|wikipedia|wikisource|wiktionary|scholarpedia)\b", re.I)
_DICTIONARY = re.compile(r"\b(?:dictionary|dictionnaire|diccionario|dizionario|w(?:ö|oe|o)rterbuch)\b", re.I)
#: A blog named as such (``Tendance Coatesy blog``, ``The Charnel-House Blog``).
_BLOG = re.compile(r"\bblog\b", re.I)
#: A software release (``dplyr: A Grammar of Data Manipulation. R package version 1.0.6``).
_SOFTWARE = NeedingWords(re.compile(r"\b(?:R|Python|Perl|npm)\s+(?:package|module|library)\b|\bpackage\s+version\b|"
                                     r"\bsoftware\s+version\b", re.I), ("package", "module", "library", "version"))
#: The needles of the four cue patterns (thesis, pamphlet, report, software): most cites hold none in their cue fields,
#: and are none of the four types.
_CUE_WORDS = _THESIS.needles + _PAMPHLET.needles + _REPORT.needles + _SOFTWARE.needles
#: A container title written after "in" in its own text (``in The Nation``).
_OPENS_ON_IN = re.compile(r"\s*(?:in|dans)\b", re.I)
_IN_CUE = re.compile(r"(?:^|\s)(?:in|dans|in:|im)(?:\s+" + SAME_AUTHOR_WORD + r")?[\s,.]*$", re.I)


def _container_preceded_by_in(draft: Draft) -> bool:
    """True when the container title was written after "in" (in a prose field or its own text)."""
    previous = ""
    for label, text in draft.given:
        if label == "container-title":
            return bool(_OPENS_ON_IN.match(text)) or bool(_IN_CUE.search(previous))
        previous = text
    return False


#: The parties of a law case in its title (``McCulloch v. Maryland``, ``Dred Scott vs. Sandford``).
#: "And", "&", an "etc." and a particle may stand in a party's name (``Farmers' Loan and Trust Co. v. N.P.R. Co.``, ``Toledo, etc.
#: Co. v. Penn. Co.``); a proceeding about one party is ``In re`` and its name (``In re Debs``).
_CASE_PARTIES = re.compile(r"^(?:In\s+re\s+[A-Z]|[A-Z][\w'’.-]*,?\s+(?:(?:[A-Z][\w'’.-]*,?|[a-z]{1,2}['’][A-Z][\w'’.-]*|and|&|etc\.,?|et\s+al\.,?)\s+){0,5}vs?\.\s+[A-Z])")


#: A court's paper or the court named beside a case's parties (``“Decision”``, ``Opinion``, ``US Supreme Court``).
_COURT_PAPER = re.compile(r"\b(?:decision|opinion|ruling|judgment|judgement|court)\b", re.I)


def _society_proceedings(container: str) -> bool:
    """Whether a container's only conference word is ``Proceedings`` and it names no meeting by number or year
    (``Proceedings of the Massachusetts Historical Society``, ``Proceedings of Machine Learning Research``): a
    society's serial, a journal, not the proceedings of one conference (``Proceedings of the 2004 Conference…``)."""
    words = {w.lower() for w in _CONFERENCE.findall(container)}
    return words == {"proceedings"} and not re.search(r"\d", container)


_DIGIT = re.compile(r"\d")


def infer_type(draft: Draft) -> str:
    """The CSL type the given fields and cue words point to."""
    cues = draft.given_text("genre", "note", "prose", "title", "publisher", "container-title")
    # (each cue word test below reads some of these fields, and none of its words holds a space: one test of them
    # all spares most cites the four)
    cued = may_hold(cues, _CUE_WORDS)
    if cued and _THESIS.search(draft.given_text("genre", "note", "prose", "publisher")) is not None:
        return "thesis"
    if cued and _PAMPHLET.search(draft.given_text("genre", "note", "prose", "publisher", "container-title")) is not None:
        return "pamphlet"
    if cued and _SOFTWARE.search(draft.given_text("title", "note", "genre")) is not None:
        return "software"
    record = draft.record
    container = record.get("container-title", "")
    if PUBLIC_LAW.match(str(record.get("title") or "")) or _LEGISLATION.fullmatch(container.strip(" .")) and not record.get("author"):
        return "legislation"  # "Public Law 102–138, October 28, 1991, 105 Stat. 647": a law, in the Statutes at Large
    if cued and (_REPORT.search(draft.given_text("genre", "note", "prose")) is not None or (
        _REPORT.search(cues) is not None and not container
        and not looks_like_publisher(record.get("publisher", ""))  # "Report of Hearings" from Harper & Brothers is a book
    )):
        return "report"
    if _CASE_PARTIES.search(record.get("title", "")) and _COURT_PAPER.search(draft.given_text("genre", "note")):
        return "legal_case"  # "Euclid v. Ambler, “Decision” (272 US Supreme Court, 365, …)": the court's decision
    if container and (record.get("volume") or _DIGIT.search(container)) and _CASE_PARTIES.search(record.get("title", "")):
        # "McCulloch v. Maryland, 4 Wheaton, 316": the parties, the reports' volume and name (one with the series and
        # the reporter: "L.R. 6 E.")
        return "legal_case"
    if container:
        has_volume = bool(record.get("volume") or record.get("issue"))
        page_range = any("–" in c["value"] or "-" in c["raw"] for c in draft.facts.get("page-candidates", []) if c["from"] == "pages")
        issued = record.get("issued")
        precision = _date_precision(record)
        if _BLOG.search(container) and record.get("URL"):
            return "post-weblog"  # "Tendance Coatesy blog, “Serge and the Left,” posted 5 March 2011, http://…"
        if _ENCYCLOPEDIA.search(container):
            return "entry-encyclopedia"
        if _DICTIONARY.search(container):
            return "entry-dictionary"
        if _CONFERENCE.search(container) and not _PERIODICAL_NAME.search(container) and not _society_proceedings(container):
            return "paper-conference"
        if record.get("editor") or _container_preceded_by_in(draft) and not has_volume and not precision >= 2:
            return "chapter"
        if WRITINGS_OF_ONE_AUTHOR.match(container):
            return "chapter"  # "Lenin, "The Tax in Kind," Collected Works, 32:329–65": a volume of a book, not a journal's
        if _NEWSPAPER.search(container) and not (record.get("publisher") and record.get("publisher-place")):
            return "article-newspaper"  # not a book's imprint after it ("in Men in Dark Times (New York: Harcourt…)")
        if _MAGAZINE.search(container) and not has_volume:
            return "article-magazine"
        if precision == 3 and not has_volume:
            return "article-newspaper"
        if record.get("publisher") and record.get("volume") and not record.get("issue") and not _JOURNAL.search(container):
            return "chapter"  # "in Collected Works, vol. 5 (Moscow: Progress Publishers, 1961)": a volume of a book
        if has_volume or _JOURNAL.search(container):
            return "article-journal"
        if record.get("publisher") and not precision >= 2:
            return "chapter"
        if _MAGAZINE.search(container) or precision >= 2:
            return "article-magazine"
        if page_range:
            return "article-journal"
        return "article-magazine" if issued else "article"
    if record.get("URL") and not record.get("publisher") and not VOLUME_IN_TITLE.search(str(record.get("title") or "")) \
            and not _PAGE_PINPOINT.search(draft.text or ""):
        return "webpage"  # (not a series volume read online: "Foreign Relations…, 1952–1954, vol. 2, …, Document 138 (URL)";
        # nor a work cited at its printed page and read online: "Foreign Relations…, 1914, Supplement, p. 33. URL")
    if draft.kind == "full" and (record.get("publisher") or record.get("publisher-place")):
        return "book"
    if draft.kind == "full" and draft.facts.get("title-italic") and record.get("title"):
        return "book"
    if draft.kind in ("full", "short") and (record.get("title") or record.get("title-short")) \
            and (record.get("author") or record.get("editor")) \
            and not draft.facts.get("title-quoted"):
        return "book"  # "Victor Serge, Destiny of a Revolution": an unquoted title by a named author
    if draft.kind == "mention" and record.get("title"):
        return "book"  # "in the novel Conquered City": titles named in prose are mostly books
    return _without_cues(draft)


#: A pinpoint at a printed page in a cite's text (``p. 33``, ``pp. 4-5``, ``page 12``): web pages have none.
_PAGE_PINPOINT = re.compile(r"(?<![\w/])(?:pp?\.|pages?\b)\s*\d", re.I)


def _date_precision(record: dict) -> int:
    """How many parts (year, month, day) the record's first issued date has; 0 when none."""
    issued = record.get("issued") or {}
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    return len(parts[0]) if parts and parts[0] else 0


#: A title ending on a body's kept, unpublished records (``TGWU Derby Weavers branch minutes``; not ``Papers`` nor
#: ``Records``, which name printed series as often: ``British and Foreign State Papers``).
_KEPT_RECORDS = re.compile(r"\b(?:minutes|(?:address|admissions|minute|account|letter)\s+books?)\W*$", re.I)


def _without_cues(draft: Draft) -> str:
    """The type of a work whose fields name no kind (no container, publisher or URL)."""
    record = draft.record
    title = record.get("title") or record.get("title-short") or ""
    text = draft.given_text("title", "note", "genre")
    if _HEARING.search(text):
        return "hearing"
    if _PAPER_NUMBER.search(text):
        return "report"
    if _LEGISLATION.match(title):
        return "legislation"
    if draft.kind == "full" and _date_precision(record) >= 2 or _KEPT_RECORDS.search(title):
        return "manuscript"
    if title:
        return "document" if draft.facts.get("title-quoted") else "book"
    return "book" if record.get("author") or record.get("editor") else "document"  # "Herodian, l. i. p. 12"


#: ``in idem`` (``eadem``, ``ders.``): the piece is in a book by its own author.
_IN_THE_SAME_AUTHORS = re.compile(r"(?:^|\s)(?:in|dans|im)\s+" + SAME_AUTHOR_WORD + r"\W*$", re.I)


def _book_of_the_same_author(draft: Draft) -> None:
    """``'The labour aristocracy…', in idem, Labouring men``: the container's author is the piece's own."""
    record = draft.record
    if record.get("container-title") and record.get("author") and not record.get("container-author") \
            and any(label == "prose" and _IN_THE_SAME_AUTHORS.search(text) for label, text in draft.given):
        record["container-author"] = [dict(name) for name in record["author"]]


def _authors_book_after_in(draft: Draft) -> None:
    """``…by J.R. Green and Mrs. Green in The Conquest of England, London, 1883, pp. 229-230``: a full cite with
    an author and no title of its own, whose book is named after ``in`` with its place or publisher and no
    editor, volume or issue, cites that book: the container's title is the work's title."""
    record = draft.record
    if draft.kind != "full" or record.get("title") or not record.get("container-title") or not record.get("author") \
            or not (record.get("publisher-place") or record.get("publisher")) or not _container_preceded_by_in(draft) \
            or any(record.get(name) for name in ("editor", "volume", "issue", "container-author")):
        return
    record["title"] = record.pop("container-title")


def _name_by_container(draft: Draft) -> None:
    """A full cite that names only a periodical or collection (``Cass, in North-American Review``,
    ``Gentleman's Magazine (1755), 378``) is titled by it; a newspaper item, or one dated to the month
    or day, keeps no title, so that the issues of one paper stay apart."""
    record = draft.record
    issued = record.get("issued") or {}
    if draft.kind == "full" and not record.get("title") and record.get("container-title") \
            and record.get("type") != "article-newspaper" and "literal" not in issued and _date_precision(record) < 2:
        record["title"] = record["container-title"]


#: A running time (``12:44``, ``1:02:15``).
_RUNNING_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
#: A video's medium as Chicago notes give it, perhaps with its running time (``YouTube video, 12:44``).
_VIDEO_MEDIUM = re.compile(rf"(?P<medium>(?:YouTube|Vimeo)\s+video)(?:,?\s*(?P<time>{_RUNNING_TIME.pattern}))?", re.I)


def _online_video(record: dict) -> None:
    """``“Testing Some Beliefs,” YouTube video, 12:44, https://…``: a container or publisher that is a video site's
    medium (``YouTube video``) is the record's ``medium``, the record a ``motion_picture``, and its running time
    (read into the medium, as a volume, or as a volume and issue) its ``dimensions``."""
    for field in ("container-title", "publisher"):
        found = _VIDEO_MEDIUM.fullmatch(str(record.get(field, "")).strip(" ,."))
        if found:
            break
    else:
        return
    del record[field]
    record["medium"] = found["medium"]
    record["type"] = "motion_picture"
    time = found["time"]
    if time is None and re.fullmatch(r"\d{1,2}", str(record.get("volume", ""))) and re.fullmatch(r"\d\d", str(record.get("issue", ""))):
        time = f"{record.pop('volume')}:{record.pop('issue')}"  # "12:44" read as volume 12, issue 44: no video has them
    elif time is None and _RUNNING_TIME.fullmatch(str(record.get("volume", ""))):
        time = record.pop("volume")
    if time:
        record["dimensions"] = time


#: A site's name read as a note: capitalised words (and small words between them), no digit, eight words at most.
_SITE_NAME = re.compile(r"[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|the|and|for|de|la|des|du)){0,7}")


def _site_named_alone(draft: Draft) -> None:
    """A full cite that is one name and a URL, no title nor container (``Noor Digital Library,
    http://www.noorlib.ir``, ``Marxists Internet Archive, https://…`` read as a note): the name is the site's, its
    title, not an author. A person and a second "name" whose first word is no known given name (``Jane Roe, Mill
    Towns, https://…``, the title's italics lost) are the author and the page's title."""
    record = draft.record
    names = record.get("author") or []
    if draft.kind != "full" or not record.get("URL") or record.get("title") or record.get("container-title") \
            or len(names) > 2 or any(record.get(v) for v in ("editor", "issued", "publisher", "volume")):
        return
    if len(names) == 2 and names[1].get("given") and names[0].get("given") \
            and fold(names[1]["given"].split()[0]) not in load("given_names") \
            and fold(names[0]["given"].split()[0]) in load("given_names"):
        record["title"] = _as_printed(names.pop())  # "Jane Roe, Mill Towns, https://…": the title, its italics lost
        record["type"] = "webpage"
        return
    if len(names) > 1:
        return
    if names:
        record["title"] = _as_printed(record.pop("author")[0])
    elif _SITE_NAME.fullmatch(str(record.get("note", ""))):  # "Marxists Internet Archive, https://…"
        record["title"] = record.pop("note")
    else:
        return
    record["type"] = "webpage"


def _as_printed(name: dict) -> str:
    """A parsed name as the note printed it: its literal, or its given and family names."""
    return name.get("literal") or " ".join(p for p in (name.get("given"), name.get("family")) if p)


#: The words that mark an entry of a reference work (``s.v.``, ``sub verbo``, ``art.``, ``Artikel``, ``voce``): they
#: say what the type says, no genre of their own.
_ENTRY_MARK = re.compile(r"s\.\s?vv?\.?|sub\s+v(?:erbo|oce)|art\.?|article|artikel|art[íi]culo|articolo|voce|verbo|mot",
                         re.I)


class InferType:
    """Set ``type`` from the record built so far and the cue words of the note."""

    name = "types"
    reads: frozenset[str] = frozenset({"genre"})
    writes = frozenset({"type", "genre", "title"})

    def __call__(self, draft: Draft) -> None:
        genres = [strip_edge_punctuation(g.strip("()[] ")) for g in draft.take("genre")]
        entry = any(_ENTRY_MARK.fullmatch(g) for g in genres)  # "s.v.", "art.": an entry of a reference work
        genres = [g for g in genres if g and not _ENTRY_MARK.fullmatch(g)]
        if genres:
            draft.record["genre"] = "; ".join(genres)
        if "type" not in draft.record:
            _authors_book_after_in(draft)
            draft.record["type"] = infer_type(draft)
            if entry and draft.record.get("container-title") and not draft.record["type"].startswith("entry"):
                draft.record["type"] = "entry-encyclopedia"  # "Grove Art Online, s.v. “Cubism”"
        _name_by_container(draft)
        _online_video(draft.record)
        _site_named_alone(draft)
        _book_of_the_same_author(draft)
