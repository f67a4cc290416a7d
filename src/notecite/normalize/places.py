"""Places of publication: clean-up, recognition, and splitting "Place: Publisher, Year" imprints.

A ``location`` field is trimmed of brackets and separators (abbreviations keep their full stop:
"Armonk, N.Y."). When the tagger put more than a place into it, the rest is handed on as new
``publisher`` / ``date`` fields for the later normalizers: "London & New York: Writers & Readers"
→ place "London & New York" + publisher; "Glasgow, 1977" → place "Glasgow" + date "1977";
"(Paris, Editions Bernard Grasset) 1940" → place, publisher and date. Several places are joined
with "; " (the separator citeproc-js pairs with publishers).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .base import Draft, squeeze, strip_brackets, strip_edge_punctuation
from .lexicon import WORDS

#: Cities common in imprints (English, French, German, Russian transliterations), comma-separated.
_PLACES_TEXT = """london, new york, paris, berlin, moscow, moskva, moscou, moskau, leningrad, petrograd,
    st petersburg, st. petersburg, saint petersburg, sankt-peterburg, glasgow, edinburgh, oxford,
    cambridge, manchester, birmingham, liverpool, leeds, dublin, belfast, cardiff, harmondsworth,
    brighton, chicago, boston, philadelphia, baltimore, washington, princeton, new haven, ithaca,
    berkeley, los angeles, san francisco, stanford, bloomington, ann arbor, madison, minneapolis,
    urbana, durham, chapel hill, austin, seattle, pittsburgh, detroit, cleveland, armonk, lanham,
    westport, boulder, toronto, montreal, montréal, ottawa, vancouver, sydney, melbourne, auckland,
    delhi, new delhi, bombay, mumbai, calcutta, tokyo, beijing, peking, shanghai, hong kong, mexico,
    mexico city, méxico, buenos aires, havana, brussels, bruxelles, brussel, antwerp, liège, geneva,
    genève, genf, lausanne, zurich, zürich, bern, berne, basel, vienna, wien, munich, münchen,
    frankfurt, frankfurt am main, hamburg, leipzig, stuttgart, cologne, köln, bonn, dresden,
    göttingen, heidelberg, tübingen, freiburg, weimar, jena, halle, hannover, düsseldorf, amsterdam, leiden,
    rotterdam, the hague, den haag, utrecht, copenhagen, københavn, stockholm, oslo, helsinki,
    warsaw, warszawa, kraków, cracow, prague, praha, budapest, bucharest, bucureşti, sofia,
    belgrade, beograd, zagreb, athens, istanbul, constantinople, madrid, barcelona, lisbon, lisboa,
    rome, roma, milan, milano, turin, torino, florence, firenze, naples, napoli, venice, venezia,
    bologna, lyon, marseille, toulouse, bordeaux, lille, nantes, strasbourg, grenoble, nancy, rennes,
    montpellier, kiev, kyiv, kharkov, kharkiv, odessa, minsk, riga, tallinn, vilnius, tbilisi, baku,
    tashkent, novosibirsk, sverdlovsk, ekaterinburg, kazan, nizhnii novgorod, gorky, saratov,
    rostov, voronezh, jerusalem, tel aviv, cairo, beirut, tehran, johannesburg, cape town, nairobi"""

#: Abbreviations of US states, provinces and countries written after a city ("Armonk, N.Y.").
REGION_ABBREVIATIONS = frozenset(
    """ny n.y. nj n.j. ma mass. ct conn. ca calif. il ill. in ind. md pa penn. va nc n.c. tx mi mich.
    mn minn. wi wis. oh ga fla. dc d.c. ont. que. bc b.c. uk u.k. usa u.s.a. england france germany
    deutschland ussr u.s.s.r. russia rossiia scotland ireland canada australia belgique belgium
    suisse switzerland schweiz italy italia spain españa ala. ariz. ark. colo. del. kan. kans. ky. la.
    md. me. miss. mo. mont. neb. nev. n.h. n.m. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. tex. vt. va.
    wash. w.va. wyo. vic. nsw n.s.w. qld wales
    ak al ar az fl ia ks ky ms mt nd ne nh nm nv ri sc sd tn ut vt wa wv wy""".split()
)  # (the postal codes that are no English word: not CO, DE, HI, ID, LA, ME, OK, OR)

#: Words that mark the name of a publisher.
PUBLISHER_WORDS = frozenset(
    """press presses editions éditions edition édition editeur éditeur éditeurs verlag verlage
    verlagsanstalt buchhandlung books book publishers publisher publishing publications
    publication co co. company inc inc. ltd ltd. limited librairie libraire imprimerie
    izdatel'stvo izd-vo izd. gosizdat partizdat politizdat sons brothers bros bros. house gmbh
    s.a. sa corp corp. cie cie. associates library bookshop druck universitaires""".split()
)

_YEAR_TAIL = re.compile(r"^(?P<rest>.*?)[\s,;:.]*\(?\b(?P<year>1[4-9]\d\d|20\d\d)\)?\s*[.,;]?\s*$", re.S)


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced text for gazetteer look-ups."""
    text = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return " ".join(text.replace("’", "'").split()).strip(" .,;:")


#: The known places, folded.
PLACE_NAMES = frozenset(fold(p) for p in _PLACES_TEXT.split(",") if p.strip())

#: US states, Canadian provinces, Australian states and countries written out after a city ("Cambridge,
#: Massachusetts", "Leiden, the Netherlands"), folded; a leading "the" is dropped before the look-up.
REGION_NAMES = frozenset(fold(name) for name in """alabama, alaska, arizona, arkansas, california, colorado,
    connecticut, delaware, florida, georgia, hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana,
    maine, maryland, massachusetts, michigan, minnesota, mississippi, missouri, montana, nebraska, nevada,
    new hampshire, new jersey, new mexico, north carolina, north dakota, ohio, oklahoma, oregon, pennsylvania,
    rhode island, south carolina, south dakota, tennessee, texas, utah, vermont, virginia, west virginia,
    wisconsin, wyoming, district of columbia, ontario, quebec, british columbia, alberta, manitoba, nova scotia,
    new brunswick, saskatchewan, victoria, new south wales, queensland, tasmania, united kingdom, great britain,
    united states, united states of america, netherlands, nederland, holland, austria, österreich, sweden,
    norway, denmark, finland, poland, czech republic, hungary, romania, greece, turkey, portugal, israel,
    egypt, india, china, japan, mexico, brazil, argentina, chile, new zealand, south africa, lebanon,
    iran, iraq, syria, nigeria, kenya""".split(","))


#: The separators between the places of an imprint (``London & New York``, ``Paris–Genève``).
_PLACE_SEPARATOR = re.compile(r"\s*(?:&|\band\b|\bet\b|\bund\b|[;/–—]|\s-\s)\s*")


def is_known_place(text: str) -> bool:
    """True when every place of ``text`` ("London & New York", "Paris–Genève") is a known city."""
    parts = [p for p in _PLACE_SEPARATOR.split(text) if p.strip()]
    return bool(parts) and all(fold(p) in PLACE_NAMES for p in parts)


def is_region(text: str) -> bool:
    """True for a state, province or country written after a city ("N.Y.", "Mass.", "France")."""
    key = fold(text)
    return text.strip().lower() in REGION_ABBREVIATIONS or key in REGION_ABBREVIATIONS or key + "." in REGION_ABBREVIATIONS \
        or re.sub(r"^the\s+", "", key) in REGION_NAMES


#: A word as :func:`looks_like_publisher` reads it, and the initials a publisher's name may open on (``M.E. Sharpe``).
_PUBLISHER_WORD = re.compile(r"[\w.'’&-]+")
_INITIALS_OPENING = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z]")


def looks_like_publisher(text: str) -> bool:
    """True when ``text`` carries a publisher word or starts with initials ("M.E. Sharpe")."""
    words = _PUBLISHER_WORD.findall(text.lower())
    if any(w in PUBLISHER_WORDS or w.rstrip(".") in PUBLISHER_WORDS for w in words):
        return True
    return _INITIALS_OPENING.match(text.strip()) is not None


def clean_place(text: str) -> str:
    """A place as printed, without enclosing brackets or trailing separators ("Mass." keeps its stop)."""
    text = strip_brackets(squeeze(text)).strip(" ,;:")
    last = text.split()[-1].split(",")[-1] if text.split() else ""
    if text.endswith(".") and last.lower() in REGION_ABBREVIATIONS:
        return text
    text = strip_edge_punctuation(text)
    if last and last.lower() not in REGION_ABBREVIATIONS and last.lower().rstrip(".") + "." in REGION_ABBREVIATIONS:
        text += "."  # "Cambridge, Mass" lost its stop on the way: the abbreviation takes it
    return text


@dataclass
class Imprint:
    """The parts of an imprint text; any may be empty."""

    place: str = ""
    publisher: str = ""
    year: str = ""


def split_imprint(text: str) -> Imprint:
    """Split "Place: Publisher, Year" (or "(Place, Publisher) Year", "Publisher, Place", "Place, Year") into parts.

    What cannot be told apart stays together in ``place`` (the caller decides its label).
    """
    rest = squeeze(text)
    year = ""
    match = _YEAR_TAIL.match(rest)
    if match and match.group("rest").strip(" ,;:.()[]"):
        rest, year = match.group("rest"), match.group("year")
    rest = strip_edge_punctuation(strip_brackets(rest))
    if ":" in rest:
        place, _, publisher = rest.partition(":")
        return Imprint(clean_place(place), strip_edge_punctuation(publisher), year)
    parts = [p.strip() for p in rest.split(",") if p.strip()]
    if len(parts) > 1:
        cut = 0
        if is_known_place(parts[0]):
            cut = 1
            while cut < len(parts) - 1 and (is_region(parts[cut]) or is_known_place(parts[cut])):
                cut += 1
            if is_region(parts[cut]) or is_known_place(parts[cut]):
                cut = len(parts)
        elif looks_like_publisher(", ".join(parts[1:])) and len(parts[0].split()) <= 3 and not looks_like_publisher(parts[0]):
            cut = 1
        if 0 < cut < len(parts):
            return Imprint(", ".join(parts[:cut]), strip_edge_punctuation(", ".join(parts[cut:])), year)
        if cut == 0 and parts[0][:1].isupper() and not parts[0].lower().startswith("etc"):
            place_from = len(parts)  # "Clarendon Press, Oxford", "Penguin, New York, NY": the publisher, then its place
            while place_from > 1 and (is_known_place(parts[place_from - 1]) or is_region(parts[place_from - 1])):
                place_from -= 1
            if place_from < len(parts) and any(is_known_place(p) for p in parts[place_from:]):
                return Imprint(", ".join(parts[place_from:]), ", ".join(parts[:place_from]), year)
    return Imprint(rest, "", year)


class Places:
    """``location`` fields → ``publisher-place``; split-off publishers and years go back as fields."""

    name = "places"
    reads = frozenset({"location"})
    writes = frozenset({"publisher-place"})

    def __call__(self, draft: Draft) -> None:
        places = []
        for text in draft.take("location"):
            imprint = split_imprint(text)
            if imprint.place:
                places.append(clean_place(imprint.place))
            if imprint.publisher:
                draft.fields.append(("publisher", imprint.publisher))
            if imprint.year:
                draft.fields.append(("date", imprint.year))
        places = [p for p in places if p]
        if places:
            joined = "; ".join(dict.fromkeys(places))
            existing = draft.record.get("publisher-place")
            draft.record["publisher-place"] = f"{existing}; {joined}" if existing else joined


#: A newspaper's name with the place it appears in after it, in brackets: ``The Times (London)``.
_NAME_AND_PLACE = re.compile(r"^(?P<name>.*\S)\s*\((?P<place>[A-Z][^\W\d_]*\.?(?:[ -][A-Z][^\W\d_]*\.?){0,2})\)$")


#: The types of an item printed in a periodical that may be named with its town (:class:`NewspaperPlace`).
_PERIODICAL_TYPES = frozenset({"article-newspaper", "article-magazine", "article-journal"})


class NewspaperPlace:
    """``The Times (London)``, ``Daily Picayune (New Orleans)``, ``Fourth International (New York)``: a newspaper
    (or magazine, or journal) named with its place in brackets after its name → the name as ``container-title``, the place as ``publisher-place`` (when it has none); a
    bracket inside the name (``Boston (Morning) Journal``) or of a common word (``(Weekly)``) stays."""

    name = "newspaper-place"
    reads: frozenset[str] = frozenset()
    writes = frozenset({"container-title", "publisher-place"})

    def __call__(self, draft: Draft) -> None:
        paper = draft.record.get("container-title")
        if draft.record.get("type") not in _PERIODICAL_TYPES or not isinstance(paper, str) or not paper.endswith(")"):
            return
        match = _NAME_AND_PLACE.match(paper)
        if not match or "(" in match["name"] or not _names_a_place(match["place"]):
            return
        draft.record["container-title"] = match["name"]
        draft.record.setdefault("publisher-place", match["place"])


#: Words in brackets after a paper's name that say when or how it appears, no place.
_ISSUE_WORDS = frozenset({"daily", "weekly", "monthly", "morning", "evening", "sunday", "edition", "ed", "extra",
                          "supplement", "online", "print"})


def _names_a_place(text: str) -> bool:
    """A known city or region, or capitalised words ending on one that is no common word (``New Orleans``)."""
    last = text.split()[-1].strip(".").lower()
    return is_known_place(text) or is_region(text) or last not in WORDS and last not in _ISSUE_WORDS
