"""Small word and mark sets that several rule modules read."""
from __future__ import annotations

import re
from typing import Sequence

from ...normalize.lexicon import WORDS
from ..dictionaries import fold, load
from ..labels import token_at
from ..model import Token, split_label

#: Labels of name runs.
NAME_LABELS = frozenset({"author", "editor", "translator"})
#: Labels of the runs of an imprint (``London: Verso, 1987``).
IMPRINT_LABELS = frozenset({"location", "publisher", "date"})


def opens_an_imprint(tokens: Sequence[Token], tags: Sequence[str], k: int) -> bool:
    """Whether the imprint's bracket opens at token ``k``: a ``(`` read as its place, publisher or date."""
    return k < len(tokens) and tokens[k].text == "(" and split_label(tags[k])[1] in IMPRINT_LABELS


def run_ends_before_an_imprint(tokens: Sequence[Token], tags: Sequence[str], first: int) -> bool:
    """Whether the run opening at token ``first`` ends right before an imprint's bracket (:func:`opens_an_imprint`)."""
    end = first + 1
    while end < len(tags) and tags[end] == tags[first].replace("B-", "I-"):
        end += 1
    return opens_an_imprint(tokens, tags, end)


#: A capital Roman numeral as a volume is written (``VIII``).
ROMAN_NUMERAL = re.compile(r"[IVXLC]{1,6}")
#: A reference to an earlier note of the same text, where a work was cited in full (``Carr, Interregnum (n. 1),
#: p. 305``, ``op. cit. (note 4)``, ``above, n. 12``, ``supra n. 3``): group ``note`` is its number.
NOTE_REFERENCE = re.compile(r"\(\s*(?:n|nn|note|notes|fn)\.?\s*(?P<note>\d{1,3})(?:\s*(?:above|supra))?\s*\)"
                            r"|\b(?:above|supra)\s*,?\s*(?:at\s+)?(?:n|nn|note|fn)\.?\s*(?P<after>\d{1,3})\b", re.I)


def referenced_note(text: str) -> int | None:
    """The number of the earlier note ``text`` refers to (:data:`NOTE_REFERENCE`), or None."""
    match = NOTE_REFERENCE.search(text) if ("n" in text or "N" in text) else None
    return int(match["note"] or match["after"]) if match else None


#: A Roman volume and its full stop opening a pinpoint (``xxii. 216``, ``XIV. 38``).
ROMAN_VOLUME_PINPOINT = re.compile(r"(?:[ivxlc]{1,6}|[IVXLC]{1,6})\.\s*\d")
#: A word that ends on a possessive (``Marx's``, ``Engels'``).
POSSESSIVE_END = re.compile(r"[^\W\d_](?:['’]s|s['’])$")


def tags_of(labels: frozenset[str] | set[str] | tuple[str, ...]) -> frozenset[str]:
    """The ``B-`` and ``I-`` tags of ``labels``: a note whose tags (:func:`notecite.parse.labels.tag_set`)
    hold none of them has no run with one of those labels."""
    return frozenset(prefix + label for label in labels for prefix in ("B-", "I-"))


#: Nouns that end the names of newspapers beyond InferType's words (``Derbyshire Advertiser``, ``Evening News``,
#: ``Hartford Courant``, ``Harrisburg Patriot``): shared by the readers of papers' issues and the note of a paper's name.
PAPER_NOUNS = frozenset("""advertiser news mercury courant inquirer intelligencer packet express mail star echo argus clarion
    sentinel standard bulletin patriot union democrat republican enquirer whig transcript ledger dispatch picayune
    examiner record pioneer recorder advocate register messenger liberator gazette herald tribune chronicle courier
    telegraph""".split())


#: Tags of name runs.
NAME_TAGS = tags_of(NAME_LABELS)
#: Tags of title runs (the rule modules' gate for a rule that needs one).
TITLE_TAGS = tags_of(("title",))
#: Tags of author runs.
AUTHOR_TAGS = tags_of(("author",))
#: Tags of date runs.
DATE_TAGS = tags_of(("date",))
#: Tags of the runs of an imprint.
IMPRINT_TAGS = tags_of(IMPRINT_LABELS)
#: A lone year or range of years in brackets (``(1969)``, ``(1925–26)``, with the punctuation after it that a date
#: run may hold: ``(1969),``): a work's first date after its title, before the imprint's.
BRACKETED_YEAR = r"[(\[]\d{4}(?:\s*[-–]\s*\d{1,4})?[)\]][,.;:]?"
#: Words for "the same author" before the book a piece is printed in (``in idem``, ``in eadem``, ``im ders.``),
#: folded and without their full stop.
SAME_AUTHOR_WORDS = frozenset({"idem", "eadem", "iidem", "eidem", "id", "ders", "dies", "dens", "meme"})
#: One of :data:`SAME_AUTHOR_WORDS` as written (accents and any case; ``même``), for patterns.
SAME_AUTHOR_WORD = "(?:" + "|".join(sorted(SAME_AUTHOR_WORDS - {"meme"}, key=lambda w: (-len(w), w))) + r"|m[eê]me)"
#: A review's title naming the reviewed book (``review of``, ``rev. of``, ``Besprechung von``, ``compte rendu de``).
REVIEW_OF = re.compile(r"\b(?:review|rev\.|besprechung|rezension|compte[- ]rendu)\s+(?:of|von|de)\s", re.I)
#: A contribution to another's book written out before its writer's names: ``with an introduction by``, ``with a new
#: foreword by``, ``with essays by``, ``introduction by``, ``préface de``, ``mit einer Einleitung von``.
CONTRIBUTION_BY = (r"(?i:with\s+(?:an?\s+)?(?:new\s+)?(?:introduction|introductory\s+essay|foreword|preface|afterword|epilogue|"
                   r"essays?|texts?|notes|commentary|contributions?)(?:\s+and\s+(?:notes|commentary))?\s+by|"
                   r"(?:new\s+)?(?:introduction|foreword|preface|afterword)\s+by|"
                   r"(?:avec\s+une\s+)?(?:préface|postface)\s+(?:de|par)|"
                   r"mit\s+ein(?:er|em)?\s+(?:Einleitung|Vorwort|Nachwort)\s+(?:von|v\.)|eingeleitet\s+von)")
#: The part of a book written by another than its author, named in lower case before the book's title (``introduction
#: to``, ``new foreword to``, ``afterword to``), as Chicago notes cite it: ``Eric Hobsbawm, introduction to The
#: Communist Manifesto, by Karl Marx``.
BOOK_PART_TO = re.compile(r"(?:new\s+)?(?:introduction|introductory\s+essay|foreword|preface|afterword|epilogue|prologue|"
                          r"postscript)\s+to\s+(?=\S)")
#: Opening quotation marks, and the closing mark each one expects (German prints ``»Titel«`` as well as ``„Titel“``).
QUOTE_PAIRS = {"“": "”", "‘": "’", "«": "»", "»": "«", "„": "“", "\"": "\""}
OPENING_QUOTES = frozenset(QUOTE_PAIRS)
#: Pronouns that may follow the name of an author citing his own work (``Julian himself, (…)``): not of the name.
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
#: Lower-case words that title case leaves small (English, French, German).
FUNCTION_WORDS = frozenset("of the a an and in on to for de la le les des du et der die das und von zu".split())
#: Words opening the title of a body's records, not the body (``Annals of Congress``, ``Proceedings of the Society``).
RECORD_WORDS = frozenset("""annals journal journals proceedings debates papers records minutes report reports history
register transactions bulletin statutes acts documents correspondence resolution resolutions theses decisions
declaration manifesto statement programme program""".split())
#: Capitalised words that make a phrase an organisation, not a work (``Trotsky's Fourth International``).
ORGANISATION_WORDS = frozenset("""international party committee congress union league army ministry government
council commission society association institute university opposition front movement bureau
secretariat presidium politburo comintern cheka navy""".split())


def glued_hyphen(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is a hyphen glued to the tokens on both sides of it (``seven-volume``)."""
    return tokens[i].text == "-" and 0 < i < len(tokens) - 1 and tokens[i - 1].end == tokens[i].start \
        and tokens[i].end == tokens[i + 1].start


def closing_quote(tokens: Sequence[Token], opening: int, reach: int) -> int | None:
    """The token that closes the quotation opening at token ``opening`` (:data:`QUOTE_PAIRS`), looked for from two tokens
    after it to before token ``opening + reach``; None when no quotation opens there or none closes in reach."""
    closing = QUOTE_PAIRS.get(tokens[opening].text) if opening < len(tokens) else None
    if closing is None:
        return None
    return next((j for j in range(opening + 2, min(opening + reach, len(tokens))) if tokens[j].text == closing), None)


def capitalised_word(word: str, least: int = 2) -> bool:
    """Whether ``word`` is letters only, ``least`` of them or more, capitalised and the rest lower case
    (``Eden``, ``Ammian``; not ``USA``, ``McCulloch``, ``de``)."""
    return len(word) >= least and word.isalpha() and word[0].isupper() and word[1:].islower()


def family_name_like(word: str) -> bool:
    """Whether ``word`` may be a family name opening a cite: a capitalised word of three letters or more
    (:func:`capitalised_word`) that is no common word, place or month."""
    folded = fold(word)
    return capitalised_word(word, 3) and folded not in WORDS and folded not in load("places") \
        and folded not in load("months")


def capitalised_after_small_words(tokens: Sequence[Token], i: int) -> bool:
    """Whether the first word from token ``i`` on that is no small function word is capitalised (``in the Channel``,
    ``of the Estate``): a title's words go on across the small ones."""
    while i < len(tokens) and tokens[i].text.lower() in FUNCTION_WORDS:
        i += 1
    return i < len(tokens) and capitalised_word(tokens[i].text, 1)


def title_words_end(tokens: Sequence[Token], i: int, tags: Sequence[str] | None = None) -> int:
    """The index after the title words from token ``i`` on: capitalised words, hyphens and apostrophes, and small
    function words before a further capitalised one (``Survey of the Estate of Guernzey``, ``Demonology and
    Devil-Lore``); with ``tags``, only tokens left as prose."""
    while i < len(tokens) and (tags is None or tags[i] == "prose") and (
            capitalised_word(tokens[i].text, 1) or tokens[i].text in ("-", "'", "’")
            or tokens[i].text.lower() in FUNCTION_WORDS and capitalised_after_small_words(tokens, i)):
        i += 1
    return i


def ends_a_sentence(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is a full stop that ends a sentence: a capitalised word follows it, and it closes
    a number or a word of three letters or more (no initial, no abbreviation such as ``MS.``)."""
    return tokens[i].text == "." and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() and i > 0 \
        and (tokens[i - 1].text.isdigit() or len(tokens[i - 1].text) > 2 and not tokens[i - 1].text.isupper())


def lowered_words(tokens: Sequence[Token]) -> frozenset[str]:
    """The lower-cased texts of a note's tokens: a rule that needs a word first asks whether the note
    has it, and skips the note without a scan when it has not. Computed once per note (the rules ask
    about one note in turn; a note's tokens never change in place)."""
    words = _words_of(tokens)
    if words.lowered is None:
        words.lowered = frozenset(map(str.lower, words.texts))
    return words.lowered


def folded_words(tokens: Sequence[Token]) -> frozenset[str]:
    """The texts of a note's tokens lower-cased and without accents (:func:`~notecite.parse.dictionaries.fold`),
    computed once per note as :func:`lowered_words`."""
    words = _words_of(tokens)
    if words.folded is None:
        words.folded = frozenset([word if word.isascii() else fold(word) for word in lowered_words(tokens)])
    return words.folded


def comma_indexes(tokens: Sequence[Token]) -> tuple[int, ...]:
    """The indexes, in order, of a note's comma tokens (what :func:`tokens_at` finds with :data:`COMMA`: a comma is a
    token of its own, one inside a URL token is none), computed once per note as :func:`lowered_words`."""
    words = _words_of(tokens)
    if words.commas is None:
        words.commas = tuple([k for k, token in enumerate(tokens) if token.text == ","])
    return words.commas


def token_texts(tokens: Sequence[Token]) -> frozenset[str]:
    """The texts of a note's tokens as written (``p``, ``S``, ``(``): for a rule that needs a word in
    one case or a mark. Computed once per note, as :func:`lowered_words`."""
    return _words_of(tokens).texts


def tokens_at(text: str, tokens: Sequence[Token], marks: re.Pattern[str]) -> list[int]:
    """The indexes, in order, of the tokens that ``marks`` (a pattern of one punctuation character, such
    as ``[.;]``) finds in ``text``: a punctuation character is a token of its own, so a rule that reads
    only those tokens finds them by a search of the text instead of a scan of the tokens. Computed once per
    note, text and pattern, as :func:`lowered_words` (several rules look for the same marks); a new list each call."""
    words = _words_of(tokens)
    found = words.marks.get((marks, text))
    if found is None:
        at = [token_at(tokens, match.start()) for match in marks.finditer(text)]
        found = words.marks[marks, text] = tuple([k for k in at if k is not None])
    return list(found)


def lead_word(word: str) -> bool:
    """Whether ``word`` is a one-word entry of the lead words (``parse/dictionaries/lead_words.txt``: ``See``,
    ``Cf``, ``Compare``…), its period left off or not: it leads a cite in and is no word of its title."""
    lead = load("lead_words")
    folded = fold(word)
    return folded in lead or folded + "." in lead


def past_lead_words(tokens: Sequence[Token], i: int) -> int:
    """The first token from ``i`` on that is no lead-in word (:func:`lead_word`; a word's period with it), the
    last token at most."""
    while i < len(tokens) - 1 and lead_word(tokens[i].text):
        i += 1 + (tokens[i + 1].text == ".")
    return i


#: Patterns of one punctuation character for :func:`tokens_at`.
PERIOD = re.compile(r"\.")
COMMA = re.compile(",")
SEMICOLON = re.compile(";")
OPENING_PARENTHESIS = re.compile(r"\(")
CLOSING_PARENTHESIS = re.compile(r"\)")


class _NoteWords:
    """The word sets (and comma and mark indexes) of the note last asked about (its token list, by identity)."""

    __slots__ = ("tokens", "texts", "lowered", "folded", "commas", "marks")

    def __init__(self, tokens: Sequence[Token] | None, texts: frozenset[str]) -> None:
        self.tokens = tokens
        self.texts = texts
        self.lowered: frozenset[str] | None = None
        self.folded: frozenset[str] | None = None
        self.commas: tuple[int, ...] | None = None
        #: what :func:`tokens_at` found, by its pattern and the text searched
        self.marks: dict[tuple[re.Pattern[str], str], tuple[int, ...]] = {}


def _words_of(tokens: Sequence[Token]) -> _NoteWords:
    """The word sets of ``tokens``, new when they are not the note last asked about."""
    global _LAST
    if _LAST.tokens is not tokens:
        _LAST = _NoteWords(tokens, frozenset([token.text for token in tokens]))
    return _LAST


_LAST = _NoteWords(None, frozenset())


#: Words before the name of a work's author (``History of Virginia, by William Stith``, ``Andreu Nin, por …``).
BY_WORDS = frozenset({"by", "par", "por"})
#: Nouns for a work in general (German capitalises them): ``Cohn in seinem Buch`` names no title.
GENERIC_WORKS = frozenset("""buch bucher werk werke schrift schriften aufsatz abhandlung arbeit artikel brief briefe
rede vorrede einleitung roman book books work works article essay letter letters speech preface introduction
livre livres ouvrage ouvrages travail travaux article lettre lettres discours preface obra obras libro carta""".split())
#: "in" in the notes' languages: before a container (``in ibid.``, ``written 1965, in …``) or, with a possessive
#: determiner, between an author and the title of a work of theirs (``M. Story dans ses Commentaires``).
IN_WORDS = frozenset({"in", "dans", "en", "im"})
#: Words opening a bracket that gives the short form a work is cited by later (``(hereafter Message, 1861)``).
HENCEFORTH_WORDS = frozenset({"henceforth", "hereafter", "hereinafter", "ci-après"})
#: A manuscript note or notes named by what they are (``MS. Note``, ``MSS. notes``, ``manuscript note``).
MANUSCRIPT_NOTE = r"(?:MSS?\.?|[Mm]anuscript)\s+[Nn]otes?"
#: The words opening a periodical's issue number (``no. 12``, ``Nos. 1-2``).
ISSUE_WORDS = frozenset({"no", "nos"})
THEIR_WORDS = frozenset({"his", "her", "their", "son", "sa", "ses", "leur", "leurs", "seinem", "seiner", "seinen",
                         "seine", "ihrem", "ihrer", "ihren", "su", "sus"})
#: Those of :data:`THEIR_WORDS` in languages that capitalise titles, not every noun (German does: ``in seiner Broschüre``).
THEIR_WORDS_BEFORE_CAPITALISED_TITLES = THEIR_WORDS - {"seinem", "seiner", "seinen", "seine", "ihrem", "ihrer", "ihren"}



def full_name(words: Sequence[str]) -> bool:
    """Whether ``words`` (a name's tokens) are a person's full name: a known given name or an initial, then one to
    three capitalised words, initials' periods aside (``Karl Korsch``, ``E. H. Carr``)."""
    names = [w for w in words if w != "."]
    return 2 <= len(names) <= 4 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in names) \
        and (len(names[0]) == 1 or fold(names[0]) in load("given_names"))


#: Verbs of the lexicon that say nothing of writing (``Trotsky was in Mexico``).
_BEING_VERBS = frozenset({"am", "is", "are", "was", "were", "be", "been", "has", "have", "had", "lived", "died", "stayed"})


#: Verbs of answering that a writer does in a work (``Trotsky replied in "…"``), beside the ``verbs`` lexicon's.
_ANSWERING_VERBS = frozenset({"replied", "replies", "responded", "responds", "answered", "answers", "retorted", "countered",
                              "rejoined"})


def writing_verb(word: str) -> bool:
    """Whether ``word`` is a finite verb of the ``verbs`` lexicon that a writer does (``argued``, ``put``, ``writes``),
    or one of answering (``replied``, ``responded``)."""
    return word.islower() and (fold(word) in load("verbs") and word not in _BEING_VERBS or word in _ANSWERING_VERBS)


#: The nouns of offices a person holds, as written (``Secretary``, ``Minister``, ``Ambassador``, ``MP``), each with
#: what may follow it joined by hyphens (``Secretary-General``, ``Commander-in-Chief``).
_OFFICE_NOUNS = (("Secretary", "(?:-General)?"), ("Undersecretary", ""), ("Minister", ""), ("Premier", ""),
                 ("Representative", ""), ("Ambassador", ""), ("Commander", "(?:-in-Chief)?"), ("President", ""), ("Head", ""),
                 ("Director", "(?:-General)?"), ("Governor", "(?:-General)?"), ("Chairman", ""), ("Chairwoman", ""),
                 ("Senator", ""), ("Congressman", ""), ("MP", ""), ("M.P.", ""), ("Chief", ""), ("Counsellor", ""),
                 ("Counselor", ""), ("Consul", "(?:-General)?"), ("Adviser", ""), ("Advisor", ""), ("Commissioner", ""),
                 ("Envoy", ""), ("Administrator", ""), ("Attaché", ""), ("Attache", ""), ("Chargé", ""), ("Treasurer", ""),
                 ("Delegate", ""), ("Spokesman", ""), ("Official", ""), ("Officer", ""), ("Judge", ""), ("Mayor", ""),
                 ("Collector", ""), ("Comptroller", ""), ("Postmaster", "(?:-General)?"), ("Agent", ""), ("Speaker", ""))
#: The noun of an office a person holds (:data:`_OFFICE_NOUNS`, perhaps after ``Under``, ``Vice``, ``Deputy``,
#: ``Assistant``): after a person's name in an editor's note, or between commas after a letter's sender.
OFFICE_NOUN = (r"(?:(?:Under|Vice|Deputy|Assistant)[-\s])?(?:"
               + "|".join(re.escape(noun) + after for noun, after in _OFFICE_NOUNS) + ")")
#: The token that every :data:`OFFICE_NOUN` opens on (``M.P.`` opens on ``M``): a note without one of them names no
#: office.
OFFICE_NOUN_TOKENS = frozenset(noun.split(".")[0] for noun, _ in _OFFICE_NOUNS)
#: Words a Roman numeral names the order of, no volume (``World War II``).
_ORDERED_BY_A_NUMERAL = frozenset({"war", "congress", "council", "republic", "reich", "international"})


def regnal_number(tokens: Sequence[Token], numeral: int) -> bool:
    """Whether the Roman numeral at token ``numeral`` numbers the name or thing before it, no volume: a ruler's or
    pope's (a given name before it, or an abbreviated one: ``Henry VIII``, ``Louis XIV``, ``Stat. 5 Geo. IV``) or a
    war's, council's or republic's (``World War II``, ``Vatican Council II``)."""
    before = fold(tokens[numeral - 1].text)
    return before in load("given_names") or before in _ORDERED_BY_A_NUMERAL or before == "."


#: Titles of works cited by the day of an entry (``Evelyn's Diary, May 22, 1685``, ``Lords' Journals, October 28, 1678``).
DAYBOOK_WORDS = frozenset({"diary", "diaries", "journal", "journals", "tagebuch", "tagebücher", "tagebuecher"})
#: Words of an edition or reprint that may open a bracket before its year (``(repr. 1826)``, ``(ed. 1784)``, ``(revision of
#: 1822)``, ``(2d ed. 1790)``), folded, no full stop.
EDITION_WORDS = frozenset({"ed", "edn", "edit", "edition", "repr", "reprint", "reprinted", "rpt", "rev", "revision", "revised",
                           "éd", "édition", "aufl", "ausg", "ausgabe", "new", "2d", "2nd", "3d", "3rd", "4th", "5th"})
#: States cut short as the historians of the United States write them (folded, no full stop: ``Va.``, ``Mass.``).
STATE_ABBREVIATIONS = frozenset("""va virg mass penn pa md ga conn del ky tenn vt ala miss la mo ill ind mich wis
    minn ia cal tex fla ark kan neb""".split())
#: What a letter's sender was, in lower-case words between commas after the name (``Daudin, prêtre, à …``,
#: ``Cunningham, aide-de-camp of Abercromby, to Cummings``, ``Villejouin, commandant à l'Isle St.-Jean, au Ministre``):
#: up to three words, perhaps ``of`` (``de``, ``à``, ``at``) and a place or name of up to three words.
LOWER_OFFICE = (r"[a-zà-ÿ][\w'’-]+(?:\s+[a-zà-ÿ][\w'’-]*){0,2}"
                r"(?:\s+(?:of|de|du|des|to|à|at|in|en)\s+(?:l['’]|la\s+|le\s+|les\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?")
#: Where a letter's sender held office or lived, between commas after the name (``Governor Clinton, of New York, to …``,
#: ``Collector McIntosh, of the District of Brunswick, Ga., to …``): ``of`` and capitalised words, perhaps a state's
#: abbreviation after a comma.
SEAT_OF = r"of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,3}(?:,\s+[A-Z][a-z]{0,3}\.)?"
#: Where a letter's sender was, after ``at`` (``Consul Park at Rio Janeiro to Secretary Buchanan``): one to three
#: capitalised words.
SENT_AT = r"\s+at\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
#: A rank or office a writer is named by after a comma (``Joannès, Major de Québec``): :data:`OFFICE_NOUN` or a rank.
RANK_WORD = re.compile(OFFICE_NOUN + r"|(?:Major|Colonel|Captain|Capitaine|Lieutenant|General|Général|Commandant|"
                       r"Intendant|Gouverneur|Bishop|Évêque|Commissaire|Ingénieur|Engineer|Surgeon|Chaplain|Aumônier)")


#: How an edition's editor signs what he added to a note, after a dash (``--M.``, ``—Ed.``): an initial or an editor's
#: abbreviation and its period, at the note's end or before another dash or note mark (``--G.----This is contested``,
#: ``--M. * Note:``); never an initial before a name (``– K. Bücher, Die Bevölkerung``).
EDITORS_SIGN = r"(?:[A-Z]|Ed|Edd|Eds|Tr|Trans|Transl|Hrsg|Übers|Red)\.(?=\s*$|\s*(?:-|—|–|\*))"


#: Nouns for a document its writer's name is enough to title (``Letter of Fraser``, ``Lettre de Jogues``,
#: ``Correspondance de Montcalm``).
WRITINGS_OF_A_PERSON = frozenset("letter letters lettre lettres brief briefe despatch despatches dispatch dispatches "
                                 "journal diary memoir memoirs mémoire deposition speech correspondence correspondance "
                                 "correspondencia".split())
#: The ``of`` between such a noun and its writer's name.
OF_WORDS = frozenset({"of", "de", "du", "von"})


#: A container that collects one author's writings (``Collected Works``, ``Selected Writings``, ``Werke``, ``Œuvres
#: complètes``, ``Sochineniia``, ``Writings of Leon Trotsky``): a book, whatever its volume and pages look like.
WRITINGS_OF_ONE_AUTHOR = re.compile(
    r"(?:The\s+)?(?:(?:Collected|Selected|Complete|Poetical|Political)\s+(?:Works|Writings|Correspondence|Letters)\b"
    r"|(?:Works|Writings)\s+of\b|Works\W*$|(?:Gesammelte|Ausgewählte|Sämtliche|Sämmtliche)\s+\w+|Werke\b"
    r"|(?:O|Œ|OE)uvres\b|Sochineni|Polnoe\s+sobranie)", re.I)
