"""Synthetic notes with labels known by construction.

Records (from :mod:`.material` and from AnyStyle training annotations) are rendered through
several note and author-date patterns (Chicago, MHRA, MLA, French, German, author-date and
looser house styles), as full forms, short forms and ibid-like notes, wrapped in prose frames,
mixed with pure-prose notes that mention titles, and given seeded OCR-like noise. A note is built
as a list of pieces ``(text, label)``; ``label`` is a field, ``prose``, or ``sep`` (punctuation
between fields: closing marks join the previous field, opening brackets and quotes the next).
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Callable, Sequence

from . import Example
from .material import (PROSE_ADVERBIALS, PROSE_CONNECTIVES, PROSE_OBJECTS, PROSE_OPENERS,
                       PROSE_NAMES, PROSE_SUBJECTS, PROSE_VERBS)
from .material import ARTICLE_TITLES, BOOK_TITLES, EDITORS, JOURNALS, PEOPLE, PUBLISHERS, TRANSLATORS

Piece = tuple[str, str]
_OPENERS = "([“‘«„\""
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
          "January", "February", "August", "September", "October", "November", "December"]


# --- records -------------------------------------------------------------------------------

@dataclass
class Vocabulary:
    """Where records draw names and titles from: the invented material, widened with the family
    names and titles of AnyStyle training references (so the tagger learns shapes, not a word list)."""

    people: list[tuple[str, str]]
    book_titles: list[str]
    article_titles: list[str]
    journals: list[str]
    publishers: list[tuple[str, str]]


def vocabulary(anystyle: Sequence[Example] = (), limit: int = 3000) -> Vocabulary:
    """The invented material plus up to ``limit`` names and titles from ``anystyle`` examples."""
    from ..dictionaries import load
    from ..labels import trim

    given = sorted(g.title() for g in load("given_names_seed"))
    families, titles, articles, journals, imprints = set(), [], [], set(), []
    for example in anystyle:
        found = {}
        for start, end, label in example.spans:
            if label in ("location", "publisher") and label not in found:
                s, e = trim(example.text, start, end)
                found[label] = example.text[s:e]
        if len(found) == 2 and len(found["location"]) < 40 and len(found["publisher"]) < 60:
            imprints.append((found["location"], found["publisher"]))
        for start, end, label in example.spans:
            s, e = trim(example.text, start, end)
            value = example.text[s:e]
            if label == "author":
                families.update(w for w in re.findall(r"[A-ZÀ-Ý][a-zß-ÿ'’-]{2,}", value) if w.lower() not in given)
            elif label == "title" and 2 <= len(value.split()) <= 14 and value[0].isupper():
                (articles if "container-title" in {sp[2] for sp in example.spans} else titles).append(value)
            elif label == "container-title" and len(value) < 60 and not value.lower().startswith("in"):
                journals.add(value)
    families_list = sorted(families)[:limit * 3]
    people = list(PEOPLE)
    seed_rng = random.Random(len(families_list))
    for family in families_list:
        people.append((seed_rng.choice(given + [g[0] + "." for g in given[:40]]), family))
    return Vocabulary(people, BOOK_TITLES + titles[:limit], ARTICLE_TITLES + articles[:limit],
                      JOURNALS + sorted(journals)[:limit // 3], PUBLISHERS * 4 + imprints[:limit // 2])


_DEFAULT_VOCABULARY = Vocabulary(PEOPLE, BOOK_TITLES, ARTICLE_TITLES, JOURNALS, PUBLISHERS)


def make_record(rng: random.Random, vocab: Vocabulary = _DEFAULT_VOCABULARY) -> dict:
    """A random record: book, article, chapter or newspaper piece, from the vocabulary."""
    kind = rng.choices(["book", "article", "chapter", "newspaper"], [6, 3, 2, 1])[0]
    n_auth = rng.choices([1, 2, 3], [8, 2, 1])[0]
    rec: dict = {"type": kind, "authors": rng.sample(vocab.people, n_auth),
                 "year": str(rng.randint(1890, 2020))}
    BOOK_TITLES, ARTICLE_TITLES, JOURNALS = vocab.book_titles, vocab.article_titles, vocab.journals  # noqa: N806
    PUBLISHERS = vocab.publishers  # noqa: N806
    if kind == "book":
        rec["title"] = rng.choice(BOOK_TITLES)
        rec["place"], rec["publisher"] = rng.choice(PUBLISHERS)
        if rng.random() < 0.2:
            rec["translator"] = rng.choice(TRANSLATORS)
        if rng.random() < 0.1:
            rec["edition"] = rng.choice(["2nd ed.", "3rd edn", "rev. ed.", "new edition"])
        if rng.random() < 0.12:
            rec["volume"] = rng.choice(["vol. 2", "vol. III", "Bd. 1", "t. II", "2 vols"])
        if rng.random() < 0.08:
            rec["editors"] = rng.choice(EDITORS)
            if rng.random() < 0.5:
                del rec["authors"]
    elif kind == "chapter":
        rec["title"] = rng.choice(ARTICLE_TITLES)
        rec["container"] = rng.choice(BOOK_TITLES)
        rec["editors"] = rng.choice(EDITORS)
        rec["place"], rec["publisher"] = rng.choice(PUBLISHERS)
        rec["pages"] = _page_range(rng)
    else:
        rec["title"] = rng.choice(ARTICLE_TITLES)
        rec["container"] = rng.choice(JOURNALS)
        if kind == "article":
            rec["volume"] = str(rng.randint(1, 80))
            if rng.random() < 0.6:
                rec["issue"] = str(rng.randint(1, 12))
            rec["pages"] = _page_range(rng)
        else:
            rec["month"] = rng.choice(MONTHS)
            if rng.random() < 0.5:
                rec["day"] = str(rng.randint(1, 28))
    return rec


def record_from_example(example: Example) -> dict | None:
    """A record built from the trimmed fields of an AnyStyle example (None if it lacks a title)."""
    from ..labels import trim

    fields: dict[str, str] = {}
    for start, end, label in example.spans:
        s, e = trim(example.text, start, end)
        if e > s and label not in fields:
            fields[label] = example.text[s:e]
    if "title" not in fields:
        return None
    rec: dict = {"raw_fields": fields}
    rec["type"] = "article" if "container-title" in fields and "publisher" not in fields else "book"
    return rec


def _page_range(rng: random.Random) -> str:
    """A page range such as ``45-67`` or ``112–19``."""
    a = rng.randint(1, 600)
    b = a + rng.randint(2, 40)
    dash = rng.choice(["-", "–", "-"])
    if rng.random() < 0.3 and len(str(a)) == len(str(b)) and len(str(a)) > 1:
        return f"{a}{dash}{str(b)[-2:] if str(a)[:-2] == str(b)[:-2] else b}"
    return f"{a}{dash}{b}"


# --- names, locators -----------------------------------------------------------------------

def names(people: list[tuple[str, str]], rng: random.Random, invert_first: bool = False) -> str:
    """People as a name list: ``A and B``, ``A, B and C``, ``A et al.``, first name optionally inverted."""
    form = rng.choice(["full", "full", "full", "initials", "family"])
    out = []
    for i, (given, family) in enumerate(people):
        if form == "initials":
            given = " ".join(p[0] + "." for p in given.replace("-", " ").split())
        if i == 0 and invert_first:
            out.append(f"{family}, {given}")
        elif form == "family":
            out.append(family)
        else:
            out.append(f"{given} {family}")
    if len(out) > 2 and rng.random() < 0.3:
        return out[0] + " et al."
    conj = rng.choice([" and ", " and ", " & ", " et ", " und "]) if len(out) > 1 else ""
    return ", ".join(out[:-1]) + conj + out[-1] if len(out) > 1 else out[0]


def locator(rng: random.Random) -> str:
    """A pinpoint: ``67``, ``57-8``, ``18, 276n``, ``xiv``, ``45 n. 3``, ``chap. 3``…"""
    a = rng.randint(1, 450)
    forms = [str(a), str(a), f"{a}-{a + rng.randint(1, 9)}", f"{a}–{str(a + rng.randint(1, 9))[-1]}",
             f"{a}, {a + rng.randint(20, 200)}n", f"{a}n", f"{a} n. {rng.randint(1, 40)}",
             rng.choice(["xiv", "ix", "xii-xv", "iii"]), f"{a}ff.", f"{a}f.", f"{a}-{a + rng.randint(10, 30)}",
             f"chap. {rng.randint(1, 12)}", f"{a}, {a + 3}"]
    return rng.choice(forms)


def page_prefix(loc: str, rng: random.Random, german: bool = False) -> str:
    """``loc`` with an optional page word (``p.``, ``pp.``, ``S.``) in front."""
    if not loc[0].isdigit() or rng.random() < 0.5:
        return loc
    if german:
        return "S. " + loc
    return ("pp. " if re.search(r"[-–,]", loc) else "p. ") + loc


def short_title(title: str, rng: random.Random) -> str:
    """A short title: the first one to four significant words of ``title``."""
    words = re.split(r"\s+", re.split(r"[:.]", title)[0])
    if words and words[0].lower() in ("the", "a", "an", "la", "le", "les", "die", "der", "il") and len(words) > 1 \
            and rng.random() < 0.6:
        words = words[1:]
    return " ".join(words[: rng.randint(1, 4)])


# --- styles: record -> pieces ----------------------------------------------------------------

def _author_pieces(rec: dict, rng: random.Random, invert: bool = False) -> list[Piece]:
    if "authors" in rec:
        return [(names(rec["authors"], rng, invert), "author")]
    if "editors" in rec:
        return [(rec["editors"] + rng.choice([", ed.", " (ed.)", ", ed"]), "editor")]
    return []


def _quoted(title: str, rng: random.Random, style: str = "en") -> list[Piece]:
    q = {"en": ("“", "”"), "uk": ("‘", "’"), "fr": ("« ", " »"), "de": ("„", "“")}[style]
    if rng.random() < 0.1:
        q = rng.choice([("‘", "”"), ("“", "’"), ('"', '"')])
    return [(q[0], "sep"), (title, "title"), (q[1], "sep")]


def _imprint(rec: dict, rng: random.Random, parens: bool = True) -> list[Piece]:
    out: list[Piece] = []
    has_place = "place" in rec and rng.random() < 0.95
    has_pub = "publisher" in rec and rng.random() < 0.9
    if parens:
        out.append((" (", "sep"))
    else:
        out.append((", ", "sep"))
    if has_place:
        out.append((rec["place"], "location"))
        if has_pub:
            out.append((rng.choice([": ", ": ", ", "]), "sep"))
    if has_pub:
        out.append((rec["publisher"], "publisher"))
    if has_place or has_pub:
        out.append((rng.choice([", ", ", ", " "]), "sep"))
    out.append((rec["year"], "date"))
    if parens:
        out.append((")", "sep"))
    return out


def style_chicago(rec: dict, loc: str | None, rng: random.Random) -> list[Piece]:
    """Chicago note, full form."""
    out = _author_pieces(rec, rng)
    if out:
        out.append((", ", "sep"))
    if rec["type"] == "book":
        out.append((rec["title"], "title"))
        if "editors" in rec and "authors" in rec:
            out += [(", ", "sep"), ("ed. " + rec["editors"], "editor")]
        if "translator" in rec:
            out += [(", ", "sep"), (rng.choice(["trans. ", "translated by "]) + rec["translator"], "translator")]
        if "edition" in rec:
            out += [(", ", "sep"), (rec["edition"], "edition")]
        if "volume" in rec:
            out += [(", ", "sep"), (rec["volume"], "volume")]
        out += _imprint(rec, rng)
    elif rec["type"] == "chapter":
        out += _quoted(rec["title"], rng)[:-1] + [(",”", "sep"), ("in " + rec["container"], "container-title"),
                                                   (", ", "sep"), ("ed. " + rec["editors"], "editor")]
        out += _imprint(rec, rng)
    elif rec["type"] == "article":
        out += _quoted(rec["title"], rng)[:-1] + [(",” ", "sep"), (rec["container"], "container-title"),
                                                   (" ", "sep"), (rec["volume"], "volume")]
        if "issue" in rec:
            out += [(", ", "sep"), ("no. " + rec["issue"], "issue")]
        out += [(" (", "sep"), (rec["year"], "date"), (")", "sep")]
        if loc is None:
            out += [(": ", "sep"), (rec["pages"], "pages")]
    elif rng.random() < 0.5:
        out += _quoted(rec["title"], rng)[:-1] + [(",” ", "sep"), (rec["container"], "container-title"),
                                                   (", ", "sep"), (_news_date(rec), "date")]
    else:
        out += _quoted(rec["title"], rng) + [(" ", "sep"), ("in " + rec["container"], "container-title"),
                                             (", ", "sep"), (_news_date(rec), "date")]
    if loc:
        out += [(rng.choice([", ", ": "]) if rec["type"] == "article" else rng.choice([", ", " "]), "sep"),
                (page_prefix(loc, rng), "locator")]
    return out


def _news_date(rec: dict) -> str:
    return (rec.get("day", "") + " " if rec.get("day") else "") + rec.get("month", "") + " " + rec["year"]


def style_mhra(rec: dict, loc: str | None, rng: random.Random) -> list[Piece]:
    """MHRA note: ‘Title’, Journal, vol (year), pages (p. loc)."""
    out = _author_pieces(rec, rng)
    if out:
        out.append((", ", "sep"))
    if rec["type"] == "book":
        out.append((rec["title"], "title"))
        if "translator" in rec:
            out += [(", ", "sep"), ("trans. by " + rec["translator"], "translator")]
        out += _imprint(rec, rng)
    elif rec["type"] in ("article", "chapter"):
        out += _quoted(rec["title"], rng, "uk") + [(", ", "sep")]
        if rec["type"] == "chapter":
            out += [("in " + rec["container"], "container-title"), (", ", "sep"),
                    ("ed. by " + rec["editors"], "editor")] + _imprint(rec, rng)
        else:
            out += [(rec["container"], "container-title"), (", ", "sep"), (rec["volume"], "volume"),
                    (" (", "sep"), (rec["year"], "date"), (")", "sep")]
        out += [(", ", "sep"), ("pp. " + rec["pages"], "pages")]
        if loc:
            return out + [(" (", "sep"), ("p. " + loc, "locator"), (")", "sep")]
        return out
    else:
        out += _quoted(rec["title"], rng, "uk") + [(", ", "sep"), (rec["container"], "container-title"),
                                                   (", ", "sep"), (_news_date(rec), "date")]
    if loc:
        out += [(", ", "sep"), (page_prefix(loc, rng), "locator")]
    return out


def style_loose(rec: dict, loc: str | None, rng: random.Random) -> list[Piece]:
    """Loose house styles: ``Author, Title, (Place: Publisher, Year) loc.``, title before author…"""
    if rec["type"] not in ("book", "chapter"):
        return style_chicago(rec, loc, rng)
    auth = _author_pieces(rec, rng)
    title = [(rec["title"], "title")] if rec["type"] == "book" else _quoted(rec["title"], rng)
    variant = rng.randrange(4)
    if variant == 0 and auth:
        out = title + [(", ", "sep")] + auth
    else:
        out = auth + ([(", ", "sep")] if auth else []) + title
        if variant == 1:
            out.append((",", "sep"))
    if rec["type"] == "chapter":
        out += [(" in ", "sep"), (rec["container"], "container-title")]
    if variant == 2 and "place" in rec:
        out += [(rng.choice([" (", ", ("]), "sep"), (rec["place"], "location"), (", ", "sep"),
                (rec["publisher"], "publisher")]
        if rng.random() < 0.6:
            out += [(") ", "sep"), (rec["year"], "date")]
            if loc:
                out += [(", ", "sep"), (loc, "locator")]
        else:
            out += [(")", "sep")]
            if loc:
                out += [(" ", "sep"), (loc, "locator")]
        return out
    out += _imprint(rec, rng)
    if loc:
        out += [(rng.choice([" ", ", ", " "]), "sep"), (loc, "locator")]
    return out


def style_french(rec: dict, loc: str | None, rng: random.Random) -> list[Piece]:
    """French: Author, Title, Place, Publisher, Year, p. loc / « Title », Journal, n° 3, year."""
    out = _author_pieces(rec, rng) + [(", ", "sep")]
    if rec["type"] == "book" or rec["type"] == "chapter":
        out.append((rec["title"], "title"))
        if "translator" in rec:
            out += [(", ", "sep"), ("trad. par " + rec["translator"], "translator")]
        if "place" in rec:
            out += [(", ", "sep"), (rec["place"], "location")]
        out += [(", ", "sep"), (rec["publisher"], "publisher"), (", ", "sep"), (rec["year"], "date")]
    else:
        out += _quoted(rec["title"], rng, "fr") + [(", ", "sep"), (rec["container"], "container-title")]
        if "issue" in rec:
            out += [(", ", "sep"), ("n° " + rec["issue"], "issue")]
        out += [(", ", "sep"), (_news_date(rec) if "month" in rec else rec["year"], "date")]
    if loc:
        out += [(", ", "sep"), (("p. " if loc[0].isdigit() else "") + loc, "locator")]
    return out


def style_german(rec: dict, loc: str | None, rng: random.Random) -> list[Piece]:
    """German: Author: Title. Place: Publisher Year, S. loc."""
    out = _author_pieces(rec, rng) + [(": ", "sep")]
    if rec["type"] in ("book", "chapter"):
        out += [(rec["title"], "title"), (". ", "sep")]
        if rng.random() < 0.5:
            out += [(rec["place"], "location"), (": ", "sep"), (rec["publisher"], "publisher"), (" ", "sep")]
        else:
            out += [(rec["place"], "location"), (" ", "sep")]
        out.append((rec["year"], "date"))
    else:
        out += [(rec["title"], "title"), (". ", "sep"), ("In: " + rec["container"], "container-title"),
                (" ", "sep"), (rec.get("volume", "1"), "volume"), (" (", "sep"), (rec["year"], "date"), (")", "sep")]
    if loc:
        out += [(", ", "sep"), (page_prefix(loc, rng, german=True), "locator")]
    return out


def style_author_date(rec: dict, loc: str | None, rng: random.Random) -> list[Piece]:
    """Author-date reference: Family, G. (Year). Title. Place: Publisher."""
    out = _author_pieces(rec, rng, invert=True)
    out += [(" (", "sep"), (rec["year"], "date"), ("). ", "sep")]
    if rec["type"] in ("book", "chapter"):
        out += [(rec["title"], "title"), (". ", "sep"), (rec["place"], "location"), (": ", "sep"),
                (rec["publisher"], "publisher")]
    else:
        out += [(rec["title"], "title"), (". ", "sep"), (rec["container"], "container-title")]
        if "volume" in rec:
            out += [(", ", "sep"), (rec["volume"], "volume")]
        if "pages" in rec:
            out += [(", ", "sep"), (rec["pages"], "pages")]
    if loc:
        out += [(", ", "sep"), (page_prefix(loc, rng), "locator")]
    return out


def style_raw(rec: dict, loc: str | None, rng: random.Random) -> list[Piece]:
    """A record taken from AnyStyle: its fields in a note-like order with note punctuation."""
    f = rec["raw_fields"]
    out: list[Piece] = []
    order = ["author", "editor", "title", "translator", "container-title", "volume", "issue", "edition",
             "location", "publisher", "date", "pages"]
    in_parens = False
    for label in order:
        if label not in f:
            continue
        if label == "location" or (label == "publisher" and "location" not in f):
            out.append((" (", "sep"))
            in_parens = True
        elif out:
            out.append((": " if label == "publisher" and in_parens else ", ", "sep"))
        out.append((f[label], label))
        if label == "date" and in_parens:
            out.append((")", "sep"))
            in_parens = False
    if in_parens:
        out.append((")", "sep"))
    if loc:
        out += [(", ", "sep"), (page_prefix(loc, rng), "locator")]
    return out


FULL_STYLES: list[Callable[[dict, str | None, random.Random], list[Piece]]] = [
    style_chicago, style_chicago, style_mhra, style_loose, style_loose, style_french, style_german,
    style_author_date,
]


def short_form(rec: dict, loc: str | None, rng: random.Random) -> list[Piece]:
    """A short form: ``Family, Short Title, loc``, ``Family, ‘Short’, loc``, ``Family, op. cit., loc``…"""
    if "raw_fields" in rec:
        fam = rec["raw_fields"].get("author", "").split(",")[0].split(" ")[-1]
        title = rec["raw_fields"]["title"]
    else:
        fam = rec["authors"][0][1] if "authors" in rec else ""
        title = rec["title"]
    st = short_title(title, rng)
    out: list[Piece] = []
    variant = rng.randrange(6)
    if fam and variant != 5:
        out += [(fam, "author"), (", ", "sep")]
    if variant == 4:
        out += [(rng.choice(["op. cit.", "op. cit", "a.a.O.", "loc. cit."]), "ibid")]
    elif rec.get("type") in ("article", "chapter") and rng.random() < 0.7:
        out += _quoted(st, rng, rng.choice(["en", "uk"]))
    else:
        out += [(st, "title")]
    if variant == 3 and "year" in rec:
        out += [(" (", "sep"), (rec["year"], "date"), (")", "sep")]
    if loc:
        out += [(", ", "sep"), (page_prefix(loc, rng), "locator")]
    return out


def ibid_form(rng: random.Random) -> list[Piece]:
    """An ibid-like note: ``Ibid.``, ``Ibid., 45``, ``Ebd., S. 12``, ``Ivi, p. 3``, ``Id., 4``."""
    word = rng.choice(["Ibid.", "Ibid.", "Ibid.", "Ibid", "ibid.", "Ibidem", "Ib.", "Ebd.", "Ebenda", "Ibíd.",
                       "Ivi", "Id.", "Idem", "Op. cit.", "Loc. cit."])
    out: list[Piece] = [(word, "ibid")]
    if rng.random() < 0.7:
        loc = locator(rng)
        out += [(rng.choice([", ", ", ", " "]), "sep"),
                (page_prefix(loc, rng, german=word.startswith("Eb")), "locator")]
    return out


# --- prose ---------------------------------------------------------------------------------

SUBJECTS = ["the party", "the opposition", "the workers", "the sailors", "the committee", "the government",
            "the author", "the exiles", "the peasants", "the intellectuals", "the police", "the editors",
            "his friends", "the young writer", "the soviet", "the delegates", "the press"]
VERBS = ["argued", "claimed", "denied", "remembered", "insisted", "wrote", "noted", "believed", "feared",
         "explained", "recalled", "suggested", "observed", "admitted"]
CLAUSES = ["that the revolution had been betrayed", "that nothing could be done", "that the crisis would pass",
           "that the archives were closed", "that the debates were bitter", "that the famine was worse in the south",
           "that the trial was staged", "that the manuscript was lost", "that the strike had failed",
           "that the decree was never applied", "that the leaders had lost touch with the base"]
PROSE_TEMPLATES = [
    "{Subj} {verb} {clause}.", "In {year} {subj} {verb} {clause}.", "{Person} {verb} {clause}.",
    "This was written in {place} in {year}.", "The letter is dated {day} {month} {year}.",
    "{Person} was arrested in {year} and deported to {place}.", "It is worth noting {clause}.",
    "As {person} later {verb}, {clause_bare}.", "The figures are disputed.",
    "Later editions omit this passage.", "The manuscript was seized in {year}.",
    "The translation is mine.", "Emphasis in the original.", "I am grateful to {person} for this reference.",
    "{Person} and {person2} met in {place} in the spring of {year}.", "The congress opened on {day} {month} {year}.",
    "For the context, the reader may consult the following works.", "There is no English translation.",
    "The quotation is slightly altered.", "On this point the sources disagree.",
    "{Person}'s account differs on several points.", "The number of victims is unknown.",
]
MENTION_TEMPLATES = [
    "According to the {title} ({loc}), {subj} {verb} {clause}.",
    "{Person} tells the story in {title}.", "This is described in the last chapter of {title}.",
    "The episode is recounted in {title} ({loc}) and in {title2}.",
    "{Person} discussed this at length in {title}, published in {year}.",
    "His novel {title} portrays the period without compromise.",
    "The argument of {title} ({loc}) is taken up in {title2} ({loc2}).",
    "{Person} wrote {title} in {place}.", "See the discussion of {title} above.",
    "{Person}'s {title} was banned in {year}.", "Compare the account in {title} ({loc}).",
]


def _person(rng: random.Random) -> str:
    given, family = rng.choice(PEOPLE)
    return rng.choice([family, f"{given} {family}", family])


def _fill(template: str, rng: random.Random) -> list[Piece]:
    """Fill a prose template; ``{title}`` and ``{loc}`` slots become labelled pieces."""
    parts = re.split(r"(\{\w+\})", template)
    out: list[Piece] = []
    for part in parts:
        if not part:
            continue
        if not part.startswith("{"):
            out.append((part, "prose"))
            continue
        slot = part[1:-1]
        low = slot.lower()
        if low.startswith("title"):
            title = rng.choice(BOOK_TITLES + ARTICLE_TITLES[:5])
            out.append((short_title(title, rng) if rng.random() < 0.3 else title, "title"))
            continue
        if low.startswith("loc"):
            out.append((locator(rng), "locator"))
            continue
        value = {
            "subj": lambda: rng.choice(SUBJECTS), "verb": lambda: rng.choice(VERBS),
            "clause": lambda: rng.choice(CLAUSES), "clause_bare": lambda: rng.choice(CLAUSES)[5:],
            "year": lambda: str(rng.randint(1900, 1990)), "place": lambda: rng.choice(PUBLISHERS)[0],
            "person": lambda: _person(rng), "person2": lambda: _person(rng),
            "day": lambda: str(rng.randint(1, 28)), "month": lambda: rng.choice(MONTHS[:12]).rstrip("."),
        }[low]()
        if slot[0].isupper():
            value = value[0].upper() + value[1:]
        out.append((value, "prose"))
    return out


def prose_sentence(rng: random.Random) -> list[Piece]:
    """One invented prose sentence (names, years and places in it are prose): a template or a long
    sentence composed from the prose vocabulary."""
    if rng.random() < 0.4:
        return _fill(rng.choice(PROSE_TEMPLATES), rng)
    return _fill(long_sentence(rng), rng)


def long_sentence(rng: random.Random) -> str:
    """A prose template of one to four clauses built from the invented prose vocabulary."""
    clauses = []
    for n in range(rng.choices([1, 2, 3, 4], [3, 4, 2, 1])[0]):
        subject = rng.choice(PROSE_SUBJECTS + ["{person}"] * 4 + PROSE_NAMES[::3])
        clause = f"{subject} {rng.choice(PROSE_VERBS)} {rng.choice(PROSE_OBJECTS + ['{person}', '{place}'] + PROSE_NAMES)}"
        if rng.random() < 0.6:
            clause += " " + rng.choice(PROSE_ADVERBIALS)
        if n:
            clause = rng.choice(PROSE_CONNECTIVES + [";", ","]) + " " + clause
            clause = clause.replace("; ", "; ").replace(", ", ", ")
            if clause[0] in ";,":
                clause = clause[0] + " " + clause[2:]
                clauses[-1] += clause[0]
                clause = clause[2:]
        clauses.append(clause)
    text = " ".join(clauses)
    if rng.random() < 0.3:
        text = rng.choice(PROSE_OPENERS) + " " + text
    if rng.random() < 0.15:
        text += ", “" + rng.choice(CLAUSES)[5:] + "”"
    text = text[0].upper() + text[1:]
    return text + rng.choice([".", ".", ".", "!", ".", ":"]) if not text.endswith(".") else text


def mention_sentence(rng: random.Random) -> list[Piece]:
    """One prose sentence mentioning titles (labelled ``title``) and pinpoints (``locator``): a
    template, or a composed clause with a title inside running prose."""
    if rng.random() < 0.5:
        return _fill(rng.choice(MENTION_TEMPLATES), rng)
    head = long_sentence(rng).rstrip(".!:")
    where = rng.choice([" in ", " in his book ", " in the novel ", " in her memoir ", ", in ", " in the pamphlet ",
                        " as the second part of ", " in the last chapter of ", " throughout "])
    template = head + where + "{title}"
    if rng.random() < 0.3:
        template += " ({loc})"
    if rng.random() < 0.5:
        tail = long_sentence(rng)
        template += rng.choice([", ", " and ", "; "]) + tail[0].lower() + tail[1:]
    else:
        template += "."
    return _fill(template, rng)


PREFIXES = ["See ", "See ", "See also ", "Cf. ", "Compare ", "On this, see ", "For a different view, see ",
            "For the text, see ", "Quoted in ", "As cited in ", "Vgl. ", "Voir ", "Cfr. ", "See, inter alia, ",
            "See, for example, ", "On the strike, see ", "The best account is "]
SUFFIXES = [", quoted in ", ", cited in ", "; reprinted in ", ", translated in "]
JOINERS = ["; ", "; ", "; see also ", "; and ", " and ", ". See also ", "; cf. ", ". Also, "]


# --- notes -------------------------------------------------------------------------------

_QUOTE_CHARS = "“”‘’«»„\""


def pieces_to_example(pieces: list[Piece], source: str, italic_labels: frozenset[str] = frozenset()) -> Example:
    """Join pieces into a text; fields absorb neighbouring ``sep`` punctuation (closers left, openers right).

    Pieces labelled with one of ``italic_labels`` and not set in quotation marks become italic spans.
    """
    text = ""
    raw: list[list] = []
    italic = []
    for n, (piece, label) in enumerate(pieces):
        raw.append([len(text), len(text) + len(piece), label])
        if label in italic_labels and not (n and any(c in _QUOTE_CHARS for c in pieces[n - 1][0][-2:])):
            italic.append((len(text), len(text) + len(piece)))
        text += piece
    spans = []
    for i, (start, end, label) in enumerate(raw):
        if label in ("sep", "prose"):
            continue
        j = i - 1
        while j >= 0 and raw[j][2] == "sep":
            sep_text = text[raw[j][0]:raw[j][1]]
            k = len(sep_text)
            while k > 0 and (sep_text[k - 1] in _OPENERS or sep_text[k - 1] == " "):
                k -= 1
            if any(c in _OPENERS for c in sep_text[k:]):
                start = raw[j][0] + k + (len(sep_text[k:]) - len(sep_text[k:].lstrip(" ")))
            break
        j = i + 1
        if j < len(raw) and raw[j][2] == "sep":
            sep_text = text[raw[j][0]:raw[j][1]]
            k = 0
            while k < len(sep_text) and sep_text[k] not in _OPENERS and sep_text[k] != " ":
                k += 1
            end = raw[j][0] + k
        spans.append((start, end, label))
    return Example(text, tuple(spans), source, tuple(italic))


def noisy(pieces: list[Piece], rng: random.Random) -> list[Piece]:
    """OCR-like noise on some pieces: dropped diacritics, l/1 and O/0 swaps, mixed quotes, merged words."""
    import unicodedata

    out = []
    for text, label in pieces:
        r = rng.random()
        if r < 0.08:
            text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        elif r < 0.11 and label not in ("date", "locator"):
            text = text.replace("l", "1", 1) if rng.random() < 0.5 else text.replace("O", "0", 1)
        elif r < 0.14 and label not in ("date", "locator", "prose"):
            text = re.sub(r"(\w) (\w)", r"\1\2", text, count=1)
        elif r < 0.18 and label == "sep":
            text = text.replace("”", rng.choice(["’", '"', "”"])).replace("“", rng.choice(["‘", '"', "“"]))
        elif r < 0.2 and label == "sep":
            text = text.replace(", ", ",")
        out.append((text, label))
    return out


def _cite(rec: dict, rng: random.Random, loc_prob: float = 0.8) -> list[Piece]:
    loc = locator(rng) if rng.random() < loc_prob else None
    if "raw_fields" in rec:
        return style_raw(rec, loc, rng)
    return rng.choice(FULL_STYLES)(rec, loc, rng)


def make_note(rng: random.Random, records: list[dict]) -> list[Piece]:
    """One synthetic note: full/short/ibid/multi-cite/mention/prose, with frames."""
    kind = rng.choices(["full", "framed", "multi", "short", "ibid", "mention", "prose", "prose_see", "quoted",
                        "article_tail", "imprint_prose"],
                       [14, 10, 8, 10, 7, 12, 12, 9, 4, 3, 2])[0]
    rec = rng.choice(records)
    end = [(".", "sep")] if rng.random() < 0.85 else []
    if kind == "full":
        return _cite(rec, rng) + end
    if kind == "framed":
        out = [(rng.choice(PREFIXES), "prose")] + _cite(rec, rng)
        if rng.random() < 0.3:
            tail = prose_sentence(rng)
            return out + [(", ", "prose"), (tail[0][0][0].lower() + tail[0][0][1:], "prose")] + tail[1:]
        return out + end
    if kind == "multi":
        out = ([(rng.choice(PREFIXES), "prose")] if rng.random() < 0.5 else []) + _cite(rec, rng)
        for _ in range(rng.randint(1, 3)):
            other = rng.choice(records)
            cite = short_form(other, locator(rng), rng) if rng.random() < 0.4 else _cite(other, rng, 0.6)
            out += [(rng.choice(JOINERS), "prose")] + cite
        return out + end
    if kind == "short":
        out = short_form(rec, locator(rng) if rng.random() < 0.9 else None, rng) + [(".", "sep")]
        if rng.random() < 0.2:
            out += [(" ", "prose")] + short_form(rng.choice(records), locator(rng), rng) + [(".", "sep")]
        return out
    if kind == "ibid":
        out = ibid_form(rng) + [(".", "sep")] if rng.random() < 0.6 else ibid_form(rng)
        if rng.random() < 0.2:
            out += [(" ", "prose")] + prose_sentence(rng)
        return out
    if kind == "mention":
        out = []
        for _ in range(rng.randint(1, 3)):
            out += (mention_sentence(rng) if rng.random() < 0.6 else prose_sentence(rng)) + [(" ", "prose")]
        return out[:-1]
    if kind == "prose":
        out = []
        for _ in range(rng.randint(1, 4)):
            out += prose_sentence(rng) + [(" ", "prose")]
        return out[:-1]
    if kind == "prose_see":
        out = []
        for _ in range(rng.randint(1, 3)):
            out += prose_sentence(rng) + [(" ", "prose")]
        return out + [(rng.choice(["See ", "Cf. ", "See also "]), "prose")] + \
            (short_form(rec, locator(rng), rng) if rng.random() < 0.4 else _cite(rec, rng)) + end
    if kind == "article_tail":
        return article_in_container(rng)
    if kind == "imprint_prose":
        return imprint_in_prose(rec, rng)
    # quoted: "X, quoted in Y"
    first = short_form(rec, locator(rng), rng) if rng.random() < 0.5 else _cite(rec, rng)
    return first + [(rng.choice(SUFFIXES), "prose")] + _cite(rng.choice(records), rng) + end


TAIL_NOUNS = ["a retrospective", "an essay", "a review", "a polemic", "a memoir", "a short piece", "an open letter",
              "a lecture", "a reply"]
TAIL_LINKS = [" the author wrote on ", " written for ", " in which the author discusses ", " that deals with ",
              " prompted by ", " on "]


def article_in_container(rng: random.Random) -> list[Piece]:
    """A quoted article title, ``in`` a periodical, a month-year date, then a prose tail:
    ``See “Title” in Review, Nov. 1947, a retrospective the author wrote on …``."""
    out: list[Piece] = []
    if rng.random() < 0.7:
        out.append((rng.choice(["See ", "See ", "Cf. ", "See also ", "Compare ", "Voir "]), "prose"))
    out += _quoted(rng.choice(ARTICLE_TITLES), rng, rng.choice(["en", "en", "uk", "fr"]))
    out += [(rng.choice([" in ", " in ", ", in ", " in: "]), "prose"), (rng.choice(JOURNALS), "container-title"),
            (rng.choice([", ", ", ", " "]), "sep")]
    date = f"{rng.choice(MONTHS)} {rng.randint(1900, 1990)}" if rng.random() < 0.85 else str(rng.randint(1900, 1990))
    out.append((date, "date"))
    if rng.random() < 0.8:
        sentence = long_sentence(rng)
        if len(sentence) > 1 and sentence[1].islower():
            sentence = sentence[0].lower() + sentence[1:]
        tail = _fill(f"{rng.choice(TAIL_NOUNS)}{rng.choice(TAIL_LINKS)}{sentence}", rng)
        tail[-1] = (tail[-1][0].rstrip(".!:") + ".", "prose")
        out += [(", ", "sep")] + tail
    else:
        out.append((".", "sep"))
    return out


def imprint_in_prose(rec: dict, rng: random.Random) -> list[Piece]:
    """A prose sentence ending in an imprint: ``… published as a pamphlet by Publisher (Place, 1977).``
    or ``… published by Publisher in 1950.``"""
    place, publisher = rec.get("place"), rec.get("publisher")
    if not publisher:
        place, publisher = rng.choice(PUBLISHERS)
    head = long_sentence(rng).rstrip(".!:")
    verb = rng.choice([" and was translated and published as a pamphlet by ", ", published as a pamphlet by ",
                       " and was later published by ", "; it was reprinted by ", ", issued by "])
    out = _fill(head, rng) + [(verb, "prose"), (publisher, "publisher")]
    year = rec.get("year") or str(rng.randint(1900, 1990))
    if place and rng.random() < 0.6:
        out += [(" (", "sep"), (place, "location"), (", ", "sep"), (year, "date"), (").", "sep")]
    else:
        out += [(" in ", "prose"), (year, "date"), (".", "sep")]
    return out


def synthetic_notes(count: int, seed: int, anystyle: list[Example] = ()) -> list[Example]:
    """``count`` synthetic notes, deterministic for a given ``seed`` and AnyStyle training list."""
    rng = random.Random(seed)
    vocab = vocabulary(anystyle)
    records = [make_record(rng, vocab) for _ in range(3000)]
    converted = [r for r in (record_from_example(e) for e in anystyle) if r]
    rng.shuffle(converted)
    records += converted[:400]
    out = []
    for n in range(count):
        pieces = [p for p in make_note(rng, records) if p[0]]
        while len(pieces) > 1 and pieces[-1] == (".", "sep") and pieces[-2][0].endswith("."):
            pieces.pop()
        if rng.random() < 0.25:
            pieces = noisy(pieces, rng)
        # Italic hints are not given to the trainer: a model trained with them (40 % of notes) did
        # worse on plain-text notes; italics act through rules.rule_italic_titles instead.
        out.append(pieces_to_example(pieces, f"synthetic:{seed}:{n}"))
    return out
