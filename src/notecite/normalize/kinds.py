"""The reference kinds historians cite: letters, interviews, archival items, newspaper items with
day dates, unpublished papers, web pages.

The tagger's labels are made for books and articles; these kinds come in shapes of their own
(``Dewey to Hook, March 3, 1938, in Sidney Hook Papers, box 3, folder 2, Hoover Institution
Archives``). :func:`recognize` reads such a cite's text whole, with the cues these shapes
share, and returns its CSL record:

- a letter (``X to Y, DATE``, ``Letter from X to Y``, ``X, letter to Y``): ``personal_communication``
  with ``author``, ``recipient``, ``issued``, and either the archive where it is kept or the
  published ``container-title`` it is printed in; titled by family names joined by the word for "to" as
  printed (``Goldman to Berkman``, ``Prevost au Ministre``),
  with the names as printed, when they differ, as ``title-short`` (``Emma Goldman to Alexander Berkman``);
- an interview (``Interview with X by Y``, ``X, interview by Y``, ``Entretien avec X``):
  ``interview`` with the interviewee as ``author``, ``interviewer`` and ``medium``;
- an archival or manuscript item (a shelfmark such as ``F7 4436``, ``FO 371/1234``, ``Add MS
  12345``, ``box 3, folder 2``, ``f. 17, op. 1, d. 45``, or a collection of papers with its
  repository): ``manuscript`` with ``archive``, ``archive-place`` and ``archive_location`` (the
  collection and the shelfmarks);
- a newspaper item dated to the day (``Daily Worker, Nov. 7, 1937, 3``): ``article-newspaper``
  whose day is a date, never a volume;
- an unpublished paper (``"Title" (paper presented at EVENT, Place, 1994)``): ``speech`` with
  ``event-title``, or ``manuscript`` with its ``genre``.

:class:`Kinds`, early in the chain, replaces a recognized cite's fields with that record; it
also makes a cite with a URL and an access date, and no volume, issue or publisher, a
``webpage``. Text it cannot place goes to ``note``; nothing is dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from ..parse.dictionaries import fold, load
from ..parse.rules.words import LOWER_OFFICE, PAPER_NOUNS, RANK_WORD, RECORD_WORDS, REVIEW_OF, SEAT_OF, SENT_AT
from ..textscan import NeedingWords, may_hold
from .base import Draft, balanced, squeeze, strip_edge_punctuation
from .dates import ACCESSED, day_series, month_number, parse_date
from .identifiers import clean_url
from .lexicon import WORDS
from .names import INSTITUTION_WORDS, PARTICLES, holds_institution_word, parse_names
from .places import is_known_place, is_region
from .titles import clean_title, description_out
from .types import _JOURNAL, _MAGAZINE, _NEWSPAPER as _NEWSPAPER_WORDS
from .writers import writer_named

#: Shelfmarks and archival units: record-office references (``FO 371/1234``, ``CAB 23/1``),
#: French series (``F7 4436``, ``BB18 6012``), manuscript numbers (``Add MS 12345``, ``MS Eng
#: 1092``, a collection's lower-case marks before the number: ``MS Eng. hist. c. 1092``, ``MS Asquith dep. 12``),
#: boxes, folders, files, reels, fonds/opis/delo (``f. 17, op. 1, d. 45``).
SHELFMARK = re.compile(
    r"\b(?=[A-Z\dbcdflmpr])(?:"  # (the letters a shelfmark opens on: the lookahead skips other words fast)
    r"\b[A-Z]{1,5}\s?\d{1,4}(?:/\d+[A-Za-z]?)+\b"
    r"|\b[A-Z]{1,6}(?:/[A-Z]{1,10})+(?:/\d+[A-Za-z]?)+\b"  # a record office's file by its series: CP/IND/DUTT/12/4
    r"|\b\d{2,4}(?:\.\d+|(?:\s+[A-Z][a-z]+){1,3})\s?/\s?\d+(?:-\d+)?[a-z]?\b"
    r"|\bRG\s?\d+|\bRecord\s+Group\s+\d+|\bLot\s+File\s+\w+"
    r"|\b[A-Z]{1,3}\d{1,3}\s\d{2,6}\b"
    r"|\b(?:Add(?:itional)?\.?\s+MSS?|Egerton\s+MSS?|Harley\s+MSS?|Cotton\s+MSS?|Sloane\s+MSS?|Lansdowne\s+MSS?|"
    r"b?MSS?\.?(?:\s+[A-Z][a-z]{1,7}\.?)?(?:\s+[a-z]{1,5}\.)*|Ms\.?|Cod\.(?:\s+[a-z]+\.)?|Hs\.|Nachl\.)\s*\d[\w./-]*"
    r"|\b(?:boxe?s?|cartons?|folders?|files?|dossiers?|reels?|bundles?|liasses?|cotes?|"
    r"Mappe|Kasten|Akte|portfolio|microfilm\s+reel)\s+(?:no\.\s*)?[\dIVXLC][\w./-]*"
    r"|\b[fF]\.\s*[\dR]\d*[\w-]*,\s*op\.\s*\d+"
    r"|\b[A-Z]{2,5}[-–][A-Z]{2,4}\d+[-–]?[A-Z0-9]{6,}(?:[-–]\d{1,3})?\b"  # a database's document: CIA–RDP86M00886R002000100012–9
    r")"
)
#: :data:`SHELFMARK` for a text without a digit: every shape but a lot file's (``Lot File Korea``) and a box's numbered in
#: Roman (``box IV``) has one, and these hold one of the words (as written).
SHELFMARK_WITHOUT_DIGITS = NeedingWords(SHELFMARK, ("Lot", "box", "carton", "folder", "file", "dossier", "reel", "bundle",
                                                    "liasse", "cote", "Mappe", "Kasten", "Akte", "portfolio"))
#: :data:`SHELFMARK` for a text without a capital before a digit or a dash and a capital (``F7 4436``, ``CIA–RDP…``):
#: every other shape holds a slash or one of the words (as written).
_SHELFMARK_BY_WORDS = NeedingWords(SHELFMARK, ("/", "RG", "Record", "MS", "Ms", "Cod.", "Hs.", "Nachl.", "op.")
                                   + SHELFMARK_WITHOUT_DIGITS.needles)
_CAPITAL_BEFORE_A_MARK = re.compile(r"[A-Z](?:\d|[-–][A-Z])")


def _shelfmark(text: str) -> re.Match[str] | None:
    """``SHELFMARK.search(text)``, the pattern spared a text holding none of what every shelfmark holds."""
    return (SHELFMARK if _CAPITAL_BEFORE_A_MARK.search(text) else _SHELFMARK_BY_WORDS).search(text)


_BOX_WORDS = re.compile(r"\b(?:box|boxes|carton|folder|file|dossier|reel|bundle|liasse|cote|item|series|subseries|"
                        r"Mappe|Kasten|Akte|portfolio|microfilm)\b", re.I)
#: A file or document number printed alone (``P860009-1020``, ``D-123/45``): a code of digits with
#: at most a few capitals before it, where an unpublished item is filed.
_FILE_NUMBER = re.compile(r"[A-Z]{0,4}[-/]?\d[\d./-]*\d[a-z]?(?:\s+(?i:part|pt\.?)\s*\d+)?")  # also "3036/1411/6 part 12"
#: Words that name a repository (the archive itself).
_REPOSITORY = re.compile(
    r"\b(?:Archives?|(?:[Pp]arty|[Uu]nion|[Ss]ociety)\s+archives|Archiv(?:e|es|io|o)?|Archief|Bundesarchiv|Staatsarchiv|Landesarchiv|Stadtarchiv|"
    r"Library|Libraries|College|Biblioth[eè]que|Bibliothek|Biblioteca|Record\s+Office|Records\s+Office|"
    r"National\s+Archives|Public\s+Record|Records\s+Cent(?:re|er)|Study\s+Cent(?:re|er)|Institution|Institute|Instituut|Institut|Istituto|Instituto|Museum|Mus[ée]e|"
    r"Fondazione|Fondation|Fundaci[óo]n|Funda[çc][ãa]o|Stiftung|"
    r"RGASPI|GARF|RGAE|RGVA|RGALI|TsGAOR|TsPA|SAPMO|IISG|IISH|BDIC|La\s+Contemporaine|Hoover|Houghton|"
    r"Beinecke|Bodleian|Tamiment|Schlesinger|Widener|Sterling)\b")
#: Words that name a collection kept in a repository.
_COLLECTION = NeedingWords(re.compile(r"\b(?:Papers|Papiers|Collection|Collections|Nachla(?:ss|ß)|Fonds|Fondo|Records|Files|Folder)\b|"
                                      r"\b[A-Z][\w'’-]+\s+(?:papers|collection|diary|diaries)\b|"  # "Baldwin papers", "Dalton diary"
                                      # a person's archive ("Trotsky Archive", "Kautsky-Archiv"), not a body's ("National Archive") nor
                                      # a published series ("American Archives", "Massachusetts Archives")
                                      r"\b(?!(?:National|State|Public|Central|Federal|General|Municipal|City|County|Provincial|Regional|"
                                      r"Party|Union|Labour|Labor|Diplomatic|Military|Historical|University|Church)\b)"
                                      r"[A-Z][a-zà-ÿ'’]+(?:\s+Archive|-Archiv)(?=\s*[,;]|$)"),
                           # (the words every match holds, as written)
                           ("Papers", "Papiers", "Collection", "Nachla", "Fond", "Records", "Files", "Folder", "papers",
                            "collection", "diar", "Archive", "-Archiv"))
_MEDIUM = re.compile(r"\b(?:tape[- ]?record(?:ed|ing)|audio(?:tape|\s+recording)?|video(?:tape|\s+recording)?|"
                     r"transcript|typescript|telephone|phone|e-?mail|in\s+person|by\s+letter|radio|television|"
                     r"oral\s+history|recording|notes?\s+in\s+the\s+author's\s+possession)\b", re.I)
#: The words that label a pinpoint's pages or leaves (English, German, Spanish, Italian); ``fo.``/``fos.`` (folio) in
#: lower case only: ``FO 371/1234`` is a record office's class.
_PAGE_WORD = r"(?:pp?|fols?|(?-i:fos?)|ff?|ll?|S|Bl|sheet|folio|page|pages|p[áa]gs?|pagg|p[áa]ginas?)"
_LOCATOR = re.compile(rf"^(?:{_PAGE_WORD}\.?\s*)?[\dIVXLCivxlc][\dIVXLCivxlcrv]*"
                      r"(?:\s*[-–]\s*[\dIVXLCivxlc]+[rv]?)?(?:\s*[rv])?$")
_LOCATOR_WORD = re.compile(rf"^{_PAGE_WORD}(?:\.\s*|\s+)(?:[A-Z]{{1,2}}[-–])?\d", re.I)  # "p. 5", "pp. B-21–B-53"
_NAME_CONNECTORS = frozenset(PARTICLES | {"of", "the", "and", "&", "for", "on", "de", "des", "und", "für", "et"})

#: A name as these shapes print it: capitalised words, particles and initials, no sentence (a particle may open it:
#: ``al-Husri``, ``de Gaulle``); an office's code holds a slash (``Staff of PA/HO``, ``EUR/RPM``).
_PARTICLE_FIRST = r"(?:(?:al|el|ad|ar|as|at|az|an|ash|ath)-(?=[A-Z])|(?:de|van|von|da|di|du|del|della|ibn|bin|ben)\s+(?=[A-Z]))"
_LEADING_PARTICLE = re.compile(_PARTICLE_FIRST)
_NAME = _PARTICLE_FIRST + r"?[A-ZÀ-ÝŁŠŽČ][\w.'’-]*(?:/[A-Z][\w.'’-]*)?(?:\s+(?:[A-ZÀ-ÝŁŠŽČ][\w.'’-]*(?:/[A-Z][\w.'’-]*)?|" + "|".join(
    sorted(re.escape(p) for p in _NAME_CONNECTORS)) + r")){0,6}(?:,\s+[JS]r\.)?"
#: A recipient named at length, as an office or committee is (``Oversight Committee for the Department’s Information
#: Security Program``): :data:`_NAME` of up to eleven words.
_LONG_NAME = _NAME.replace(r")){0,6}", r")){0,10}")
_DAY_DATE = re.compile(
    r"(?<![\w/])(?:(?P<d1>\d{1,2})(?:er|e|st|nd|rd|th|º|o)?\.?\s+(?:de\s+)?(?P<m1>[^\W\d][\w'’]*)\.?,?\s+(?:de\s+)?"
    r"(?P<y1>1[4-9]\d\d|20\d\d)"
    r"|(?P<m2>[^\W\d][\w'’]*)\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>1[4-9]\d\d|20\d\d))(?!\d)")
_MONTH_DATE = re.compile(r"(?<![\w/])(?P<m>[^\W\d][\w'’]*)\.?,?\s+(?P<y>1[4-9]\d\d|20\d\d)(?!\d)")
_YEAR = re.compile(r"(?<![\w/.])(?:1[4-9]\d\d|20\d\d)(?![\d/])")
_LETTER_WORD = (r"(?:letter|lettre|brief|carta|lettera|schreiben|personal\s+telegram|telegram|t[ée]l[ée]gramme|cablegram|cable|telex|"
                r"savingram|airgram|memorandum|memoranda|"
                r"memo|despatch|dispatch|instruction|circular|meeting\s+notes|note|postcard|carte|minute|submission|draft\s+memorandum|e-?mail(?:\s+message)?|"
                r"personal\s+communication|(?:telephone\s+)?conversation)")
#: A word every :data:`_LETTER_WORD` holds (:func:`~notecite.textscan.may_hold`).
_LETTER_WORDS = ("letter", "lettre", "brief", "carta", "schreiben", "telegram", "gramme", "cable", "telex", "savingram",
                 "airgram", "memo",
                 "despatch", "dispatch", "instruction", "circular", "note", "postcard", "carte", "minute", "submission", "mail",
                 "communication", "conversation")
_TO = r"(?:to|an|à|au|aux|á|a|al|for)"
#: The words that put a letter on its day in other languages (``en 6 de marzo 1604``, ``fecha á 6 de febrero``,
#: ``de 29 febrero``, ``le 3 mai``, ``am 3. Mai``, ``del 3 maggio``).
_ON_DAY = r"(?:en|de|fecha(?:da)?(?:\s+(?:en|á|a))?|le|am|vom|du|del|il)"
#: The note's own author (or authors) as a letter's recipient (``the author``, ``authors``, ``the present writer``).
_AUTHORS = r"(?:the\s+)?(?:present\s+)?(?:authors?|writers?)"
_THE_AUTHORS = re.compile(_AUTHORS, re.I)
#: A recipient: a name, or an office or group as printed (``all Assistant Secretaries``, ``the files``).
#: ``all`` before lower-case words names a group of recipients (``all diplomatic posts``); ``the author`` is the
#: note's writer (``Email from X to the author``).
_GROUP = rf"all\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,3}}|{_AUTHORS}(?![\w'’-])"
#: ``et al.`` ends a list of recipients.
_RECIPIENT = (rf"(?:{_GROUP}|(?:(?:all|the|members\s+of\s+the)\s+)?{_NAME}"
              rf"(?:,\s+{_NAME}(?![\w.'’-])(?!\s*\d))*(?:,?\s+and\s+{_NAME})?)(?:,?\s+et\s+al\.?)?")
#: The ``et al.`` that ends a list of recipients: the others are not named.
_OTHERS = re.compile(r",?\s+et\s+al\.?$")
#: Where a letter was sent from and to, in brackets after each name (``Herrick (Paris) to Bryan (Washington DC)``):
#: words without digits (a date in brackets is no place). ``Bowles (Acting) to …``: the sender held the office acting,
#: kept as a note.
_FROM_PLACE = r"(?:\s*\((?P<acting>(?i:acting|ad\s+interim)\b[^()\d]{0,30})\)|\s*\((?P<sent_from>[^()\d]{1,40})\))?"
_TO_PLACE = r"\((?P<sent_to>[^()\d]{1,40})\)"
#: What was sent with a letter, after its recipient (``Trend to Coldstream and accompanying documents``).
_ENCLOSURE = r"(?:\s+(?:and|with)\s+(?:the\s+|its\s+)?(?P<enclosure>accompanying\s+documents?|enclosures?|attachments?|annex(?:es)?))?"
#: What was sent with a letter, in brackets after its recipient (``Manning to Talbot (with attached Franklin, “Notice
#: to Reviewing Officers”), DATE``, ``… (with agreed terms of reference, October 19, 1955), DATE``): kept as a note.
_ATTACHED = r"(?:\s*\((?P<attached>(?i:with|and|plus|enclosing|including)\s[^()]*(?:\([^()]*\)[^()]*)*)\))?"
#: What was sent with a letter, in brackets after its sender (``Stanley Grogon (with attached Edwin Kretzmann through
#: Grogon to Allen Dulles) to Allen Dulles, DATE``): kept as a note, as :data:`_ATTACHED`.
_SENT_WITH = _ATTACHED.replace("(?P<attached>", "(?P<sent_with>")
#: Several recipients listed, the last after ``and`` (``Berding to Joseph Satterthwaite, Roy Rubottom, and William
#: Rountree, DATE``); no name of the list is followed by a number (``Adams, April 27`` is a name and a date).
_NAME_LIST = (rf"{_NAME}(?![\w.'’-])(?:,\s+{_NAME}(?![\w.'’-])(?!\s*\d))*,?\s+and\s+{_NAME}(?![\w.'’-])(?!\s*\w)"
              r"(?!\s*\((?!(?i:with|and|plus|enclosing|including)\s))")  # "…, and Dennis Gallagher (and attached …)"
#: The office a letter went through on its way (``Berding through S/S to Dulles``, ``Porter through S/S John Calhoun
#: to Noble``): kept out of the sender's name.
_THROUGH = r"(?:\s+through\s+(?P<via>[^,;()\d]{1,40}?))?"
#: Words after a sender's name that tell them from a namesake (``Shirley the younger``, ``Dumas fils``).
#: The office a sender held, written between commas after the name (``Dean Acheson, Secretary of State, to …``,
#: ``Houllière, Commandant des Troupes, au Ministre``): capitalised words ending on an office's noun or a rank
#: (:data:`~notecite.parse.rules.words.RANK_WORD`), then what it is of or for.
_RANK = (rf"(?:[A-Z][\w'’.-]*\s+){{0,3}}(?:{RANK_WORD.pattern})"
         r"(?:\s+(?:of|for|in|des|de|du|de\s+la)(?:\s+the)?(?:\s+[A-Z][\w'’-]*)+)*")
#: A diplomatic post that sends a letter or telegram is named with its city between commas (``Australian Embassy,
#: Washington, to Holt``, ``British Legation, Peking, to Foreign Office``): the post's noun, then the city.
_AFTER_A_POST = r"(?:" + "|".join(f"(?<={noun})" for noun in ("Embassy", "Legation", "Consulate", "Consulate-General",
                                                             "High Commission", "Mission", "Delegation")) + ")"
_POST_CITY = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
_EPITHET = (r"(?:\s+(?P<epithet>the\s+(?:younger|elder)|fils|p[èe]re|le\s+jeune|l['’]a[îi]n[ée])"
            rf"|,\s+(?P<office>{LOWER_OFFICE}),"
            rf"|,\s+(?P<rank>{_RANK}),|,\s+(?P<seat>{SEAT_OF}),|(?P<sent_at>{SENT_AT})(?=\s+{_TO}\s)"
            rf"|{_AFTER_A_POST},\s+(?P<post>{_POST_CITY}),(?=\s+{_TO}\s))?")
#: An English day's date right after a letter's recipient, no comma between (``Hale to Moss 18 Dec 1952``,
#: ``… to Moss March 3rd 1941``).
_BARE_DAY = (r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
             r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}")
#: Words before a letter's genre that say what kind it is (``official letter``, ``private letter``).
_LETTER_ADJECTIVE = r"(?i:official|private|personal|confidential|secret|unpublished|open|handwritten|typed|typewritten)"
_LETTER = [
    re.compile(rf"^\s*(?:(?i:(?:an?\s+)?(?:{_LETTER_WORD}|letters|lettres|cartas|briefe)(?:\s+(?:commune|joint|collective))?"
               rf"\s+(?:from|de|del|von|of|di))\s+)?(?P<sender>{_NAME}){_EPITHET}{_FROM_PLACE}{_SENT_WITH}{_THROUGH}\s+(?P<to>{_TO})\s+"
               rf"(?P<recipient>(?:{_GROUP}|{_NAME_LIST}|(?:(?:members\s+of\s+the|the|his|her|their|a|an|la|le|les|sa|son|ses|seine|seinen|seiner)\s+|l['’])?{_LONG_NAME})(?:,?\s+et\s+al\.?)?)(?:,\s+(?:{_RANK}|{SEAT_OF})(?=,))?{_ENCLOSURE}"
               rf"{_ATTACHED}(?:\s*,\s*(?P<genre>(?i:{_LETTER_WORD}))(?=\s*[,(]))?"  # "Trotsky to Serge, letter, June 5, 1936"
               rf"\s*(?:{_TO_PLACE}\s*,?|[,(]|(?={_ON_DAY}\s)|(?={_BARE_DAY})|(?=(?i:dated)\s))\s*(?P<rest>.*)$",
               re.S),
    # "Landon Charles Reisinger, Historical Researcher for The Historical Society of York County, in a letter to Lee
    # Burke, July 7, 1975": the sender's office between commas, then "in a letter to"
    re.compile(rf"^\s*(?P<sender>{_NAME})(?:\s*,\s+(?P<rank>[A-Z][^,;()]{{2,80}}?))?\s*,?\s+(?i:in\s+(?:a|an|his|her|their)\s+)"
               rf"(?:{_LETTER_ADJECTIVE}\s+)?(?P<genre>(?i:{_LETTER_WORD}))\s+(?P<to>{_TO})\s+(?P<recipient>{_RECIPIENT}){_ENCLOSURE}"
               r"\s*[,(]?\s*(?P<rest>.*)$", re.S),
    re.compile(rf"^\s*(?P<sender>{_NAME})\s*,?\s+(?:{_LETTER_ADJECTIVE}\s+)?(?P<genre>(?i:{_LETTER_WORD}))\s+(?P<to>{_TO})\s+(?P<recipient>{_RECIPIENT}){_ENCLOSURE}"
               r"\s*(?:\((?!(?i:henceforth|hereafter|hereinafter)\b)[^()]*\))?\s*[,(]?\s*(?P<rest>.*)$", re.S),
    # "Letter to Hargreaves from T. B. Oakley, Midland Area Miners Union, March 4th 1947": the recipient first,
    # the body the sender wrote for after the name (kept as a note), the date after a comma or a dash ("- dated …")
    re.compile(rf"^\s*(?i:(?:an?\s+)?(?P<genre>{_LETTER_WORD}))\s+(?P<to>to)\s+(?P<recipient>{_RECIPIENT})\s+(?i:from)\s+"
               rf"(?P<sender>{_NAME}){_EPITHET}{_ENCLOSURE}(?:\s*,\s*(?P<body>{_NAME}))?\s*(?:[,(]|\s[-–—]\s*|(?={_BARE_DAY}))"
               r"\s*(?P<rest>.*)$", re.S),
    # "Jane Roe memorandum to Review Board for the Records Program (EO 123) [henceforth Review Board], DATE": the
    # recipient named at length, then by the short name the notes use after it
    re.compile(rf"^\s*(?P<sender>{_NAME})\s*,?\s+(?P<genre>(?i:{_LETTER_WORD}))\s+(?P<to>{_TO})\s+"
               r"(?P<named>[^\[\]();,]+?(?:\s*\([^()]*\))?)\s*[\[(](?i:henceforth|hereafter|hereinafter)\s+"
               r"(?P<recipient>[^\[\]()]+)[\])]\s*,?\s*(?P<rest>.*)$", re.S),
]
#: The word sending a letter to its recipient, between spaces: every shape of :data:`_LETTER` has one.
_TO_BETWEEN_SPACES = re.compile(rf"\s{_TO}\s")
#: ``Cyril Wynne memorandum, May 19, 1936``: an untitled item named by its author and genre, before a comma, ``dated``
#: or a day's date (``Hemsley memo dated August 31st 1962``, ``J Hull letter 28th May 1959``); after an author's
#: possessive, also before ``of DATE`` (``Barillon's despatch of May 2, 1685``).
_UNADDRESSED = re.compile(rf"^\s*(?P<sender>{_NAME})(?:\s+|(?P<owner>['’]s)\s+)"
                          rf"(?P<genre>(?i:{_LETTER_WORD})(?:\s+for\s+the\s+(?:files?|record))?){_ATTACHED}"
                          rf"\s*(?:,|\s+dated(?=\s)|\s(?={_BARE_DAY})|(?(owner)\s+of(?=\s)|(?!)))\s*(?P<rest>.*)$", re.S)
#: ``Memorandum by Loy Henderson, March 3, 1937``, ``Minute by Gregory, 3 Mar. 1922``, ``Letter from Ann Roe,
#: DATE``, ``Conversation with Ann Roe, DATE``, ``Memorandum for the Record by Ann Roe, DATE``: the same item, its genre first and its writer (or the one spoken
#: with) after ``by``, ``from`` or ``with`` (no possessive: ``owner`` is empty).
_GENRE_BY = re.compile(rf"^\s*(?P<genre>(?i:{_LETTER_WORD})(?:\s+(?i:for\s+the\s+(?:files?|record)))?)\s+(?i:by|from|with)\s+"
                       rf"(?P<sender>{_NAME})(?P<owner>)"
                       r"\s*,\s*(?P<rest>.*)$", re.S)
#: ``Email communication between Martin and the author, DATE``: an item between two people, its genre first.
_GENRE_BETWEEN = re.compile(rf"^\s*(?P<genre>(?i:{_LETTER_WORD}|(?:e-?mail|private|telephone)\s+(?:communication|correspondence|"
                            rf"exchange)))\s+(?i:between)\s+(?P<sender>{_NAME})\s+and\s+(?P<recipient>{_AUTHORS}|{_NAME})"
                            r"\s*,\s*(?P<rest>.*)$", re.S)
#: ``memorandum of conversation (March 27, 1980) between X, DATE``, ``Memorandum for the Record, DATE``: an untitled
#: item named by its genre.
#: ``Richard Nixon, memorandum attached to Executive Order 11652, DATE``, ``Jefferson's memorandum of
#: conversation with X, DATE``: its author may come first.
_GENRE_FIRST = re.compile(rf"^\s*(?:(?P<sender>{_NAME})(?:\s*,\s+|(?P<owner>['’]s)\s+))?(?P<title>(?i:{_LETTER_WORD})\s+"
                          r"(?:of|on|(?i:for\s+the)|(?:attached|enclosed|appended|annexed)\s+to|concerning|regarding)\s+"
                          r"(?:[^,(]|\([^()]*\))*?(?:,\s+et\s+al\.)?)\s*,\s*(?P<rest>.*)$", re.S)
#: An English month written out (the day dates of the shapes below: ``July 13, 1981``).
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: ``Memorandum of conversation among Blayney, Carrick, and Galloway, July 13, 1981``: an item named by its genre and
#: the list of those who spoke, to the comma before the day's date.
_TALK_AMONG = re.compile(r"^\s*(?P<sender>)(?P<owner>)(?P<title>(?i:memorandum|record|minutes|notes?)\s+of\s+(?:a\s+)?"
                         r"(?i:conversations?|meetings?|discussions?)\s+(?i:among|between|with)\s+[^;()]*?)\s*,\s*"
                         rf"(?P<rest>{_MONTH_NAME}\s+\d.*)$", re.S)
#: Words that make a name an office or body, kept whole (``Secretary of State``).
_OFFICE = re.compile(r"\b(?:Secretary|Secretaries|Minister|Ministry|Ministre|Ministro|Secr[ée]taire|Ambassador|Embassy|Consul|Consulate|President|"
                     r"Governor|Director|Chairman|Committee|Department|Office|Heads?|Assistants?|Commissioner|Lords|Board|"
                     r"Chief|Clerk|Collector|Comptroller|Postmaster|Legation|Members|Agents?|Posts|Missions?|Embassies|"
                     r"Consulates|Legations|files|record)\b")
#: The words for the note's own author as interviewer (``Author's interview with``, ``interview by the author``).
_BY_THE_AUTHOR = r"(?:the\s+)?(?:present\s+)?(?:author'?s?|author’s|writer'?s?|my|l['’]auteur|der\s+Verfasser)"
#: Someone interviewed and not named (``a union organizer``, ``two former members of the party``), up to a comma.
_UNNAMED = r"(?:an?|one|two|three|four|several|some)\s+[^\W\d_][^,;()]{2,80}?(?=\s*,)"
_INTERVIEW = [
    re.compile(rf"^\s*(?i:(?:(?P<mine>{_BY_THE_AUTHOR})|an?|the|oral[- ]history)\s+)?(?i:interviews?|entretiens?|gespr[äa]ch|"
               rf"entrevista|intervista)(?:\s+(?i:by|conducted\s+by|par|von|di|por)\s+(?P<by>(?i:{_BY_THE_AUTHOR})|{_NAME}))?"
               rf"\s+(?i:with|avec|mit|con)\s+(?P<ee>{_NAME}|{_UNNAMED})"
               rf"(?:\s*,?\s+(?i:by|conducted\s+by|par|von|di|por)\s+(?P<er>(?i:{_BY_THE_AUTHOR})|{_NAME}))?\s*(?P<rest>(?:[,.(;].*)?)$",
               re.S),
    re.compile(rf"^\s*(?P<ee>{_NAME})\s*,\s*(?:(?P<role>[^\W\d][^,;()“”\"\d]{{1,80}}?),\s*(?=(?i:\w+\s+)?interview))?"
               r"(?:(?P<medium>(?i:e-?mail|telephone|phone|zoom|skype|video|personal|recorded))\s+)?"
               r"(?i:(?:oral[- ]history\s+)?interview(?:ed)?|entretien)\s+(?i:by|with|avec|par)\s+"
               r"(?P<er>[^,;()]+?)\s*(?P<rest>(?:[,(;].*)?)$", re.S),
    # "Jane Roe, "Title," interview by Sam Poe, Radio Show, DATE": a titled interview
    re.compile(rf"^\s*(?P<ee>{_NAME})\s*,\s*[“\"‘](?P<title>[^“”\"]+?)[,.]?[”\"’]\s*,?\s*(?i:interview(?:ed)?)\s+(?i:by|with)\s+"
               r"(?P<er>[^,;()]+?)\s*(?P<rest>(?:[,(;].*)?)$", re.S),
    # "Jane Roe, interview for Weekly Echo, 3 May 1987": given to a paper, magazine or broadcaster
    re.compile(rf"^\s*(?P<ee>{_NAME})\s*,\s*(?i:(?:radio\s+|television\s+)?interview|entretien)\s+(?i:for|in|on|to|given\s+to|dans|à)\s+"
               rf"(?P<outlet>(?:the\s+)?{_NAME})\s*(?P<rest>,.*)$", re.S),
    # "Glotzer interview with author, New York, May 12, 1988": the one interviewed first, the note's author after
    re.compile(rf"^\s*(?P<ee>{_NAME})(?<!['’]s)\s+(?i:(?:oral[- ]history\s+)?interview)\s+(?i:with|by)\s+"
               rf"(?P<er>(?i:{_BY_THE_AUTHOR}))\s*(?P<rest>(?:[,(;].*)?)$", re.S),
    # "Charles Stuart Kennedy interview with Margaret Tutwiler, May 4, 1999, Library of Congress, …": the interviewer
    # first, no comma (not a possessive: "Grasty's interview with Foch, New York Times, DATE" is Grasty's article)
    re.compile(rf"^\s*(?P<er>{_NAME})(?<!['’]s)\s+(?i:(?:oral[- ]history\s+)?interview)\s+(?i:with)\s+(?P<ee>{_NAME})"
               r"\s*(?P<rest>(?:[,(;].*)?)$", re.S),
]
#: A periodical's volume and year in brackets, or an imprint's bracket (``90 (2014): 5``, ``(London: Verso, 2014)``).
_PRINTED_IN_A_PERIODICAL = re.compile(r"\(\s*(?:[^()]*:\s*[^()]*,\s*)?(?:[A-Z][a-z]+\.?\s+)?\d{4}\s*\)")
#: A periodical's issue printing an interview: its name, volume, bracketed date and perhaps pages (``Platypus Review 30
#: (December 2010)``, ``New Left Review 90 (2014): 5-20``).
_ISSUE_OF_A_PERIODICAL = re.compile(r"(?P<paper>[A-Z][^\d,;()]{2,60}?)(?:\s+(?P<volume>\d{1,4}))?"
                                    r"(?:,\s*(?i:no)\.\s*(?P<issue>\d{1,4}))?(?<=\d)\s*\((?P<date>[^()]*\d{4})\)"
                                    r"(?:\s*[:,]\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?")
#: The interviewer of ``Author's interview with X`` and ``X, interview by the author``.
_THE_AUTHOR = {"literal": "the author"}
#: A word every :data:`_INTERVIEW` match holds (:func:`~notecite.textscan.may_hold`).
_INTERVIEW_WORDS = ("interview", "entretien", "gespräch", "gesprach", "entrevista", "intervista")
#: Genres of a paper that were spoken, not written (``panel discussion``, ``lecture``, ``debate``).
_SPOKEN_GENRES = (r"lecture|talk|address|(?:panel\s+)?discussion|debate|speech|forum|round\s?table|teach-in|seminar|"
                  r"public\s+meeting|presentation")
#: What every genre of :data:`_PAPER` holds (``typescript`` and ``manuscript`` both ``script``, ``round table``
#: ``round``, ``public meeting`` ``meeting``), in lower case: a text holding none is no paper.
_PAPER_GENRE_WORDS = ("paper", "script", "ms.", "communication", "lecture", "talk", "address", "discussion", "debate",
                      "speech", "forum", "round", "teach-in", "seminar", "meeting", "presentation")
#: After a paper's genre word: not the rest of a periodical's name it opens (``Communication & langages``,
#: ``Communication Theory``, ``Discussion Papers``): no ``&`` or ``and``, no capitalised word but one that goes on
#: with the paper (``Paper Presented at…``), and the word ends there.
_NO_PERIODICAL_AFTER = (r"(?![\w.])(?!\s*&|\s+(?:and|und|et)\b|\s+(?!(?i:presented|read|given|delivered|at|to|for|in|on|of|"
                        r"prepared|submitted)\b)(?-i:[A-ZÀ-Ý]))")
_PAPER = NeedingWords(re.compile(
    rf"^\s*(?:(?P<author>{_NAME})\s*,\s*)?[“\"‘](?P<title>.+?)[,.]?[”\"’]\s*,?\s*\(?\s*(?P<genre>(?:unpublished|draft|conference)?\s*"
    r"(?:paper|typescript|manuscript|ms\.|communication|working\s+paper|" + _SPOKEN_GENRES + r")" + _NO_PERIODICAL_AFTER
    + r"(?:\s*\(unpublished\))?)"
    r"(?:\s*,?\s+(?:presented|read|given|delivered)\s+(?:at|to|before)\s+(?P<event>[^,()]+))?(?P<rest>.*)$", re.S | re.I),
    _PAPER_GENRE_WORDS)
#: The day of the week before an issue's date (``Oberyssel'sche Zeitung vom Dienstag, 25. März 1823``).
_WEEKDAY = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Diens|Donners|Frei|Sams|Sonn)tag|Mittwoch|Sonnabend"
            r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)")
#: A small word inside a paper's name (``Gazette of the United States``): before a capitalised word (an article
#: between them at most), never before a month's day (``the Gazette of Nov. 21, 1678``: ``of`` joins the day).
_PAPER_JOINER = r"(?:de|du|des|la|le|of|the|and|&|am|für)(?=\s+(?:(?:the|la|le|de|des|du|of)\s+)?[A-ZÀ-Ý])(?!\s+[^\W\d_]+\.?\s+\d)" + rf"(?!\s+{_WEEKDAY}\b)"
#: A paper's or periodical's name: capitalised words, small words between them, an article first.
_PAPER_NAME = (r"(?:[Tt]he\s+|Le\s+|La\s+|Les\s+|L['’]|Die\s+|Der\s+|Il\s+|El\s+)?[A-ZÀ-Ý][\w'’.-]*"
               rf"(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|{_PAPER_JOINER})){{0,6}}")
_NEWSPAPER = re.compile(
    rf"^\s*(?:[“\"‘](?P<title_by>[^”\"’]+?)[,.]?[”\"’]\s*,?\s*by\s+(?=[A-ZÀ-Ý]))?"
    rf"(?:(?P<author>{_NAME})(?:\s+(?P<item>(?i:letter\s+to\s+the\s+editor|op-?ed)))?(?:\s*,\s*|\s+(?=(?:in|dans)\s)))?(?:[“\"‘](?P<title>.+?)[,.]?[”\"’]\s*,?\s*)?(?:(?:in|dans|in:)\s+)?"
    rf"(?P<paper>{_PAPER_NAME})"
    r"\s*(?:\((?P<place>[^)]+)\))?\s*,?\s+(?:(?P<of>of|vom|du|del)\s+)?(?:" + _WEEKDAY + r"\s*,?\s+)?(?P<day>" + _DAY_DATE.pattern
    + r")(?P<rest>.*)$", re.S)
#: A periodical's name in sentence case, as transliterated and many continental names are written: a capitalised word
#: and one to three words in lower case (``Sotsialisticheskii vestnik``, ``Byulleten’ oppozitsii``).
_SENTENCE_CASE_PAPER = r"[A-ZÀ-Ý][\w'’-]+(?:\s+[a-zà-ÿ][\w'’-]*){1,3}"
#: ``Byulleten Oppozitsii, no. 10, April 1930``, ``Fourth International, No. 3 (March 1941), p. 77``,
#: ``Sotsialisticheskii vestnik, no. 5 (1925): 12``: a periodical's issue by its number and month (no volume),
#: perhaps a page after it.
_NUMBERED_ISSUE = re.compile(
    rf"^\s*(?P<paper>{_PAPER_NAME}|{_SENTENCE_CASE_PAPER})\s*,\s*(?i:nos?\.|nr\.|n[°º]|number)\s*"
    r"(?P<issue>\d{1,4}(?:\s*[-–/]\s*\d{1,4})?)"
    r"\s*(?:,\s*|\(\s*)(?P<date>(?:[^\W\d][\w'’]*\.?(?:\s*[-–/]\s*[^\W\d][\w'’]*\.?)?,?\s+)?(?:1[6-9]\d\d|20\d\d))\)?"
    r"\s*(?:[,:]\s*(?P<page>(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?))?\s*$")


_URL = re.compile(r"<?(?:https?://|www\.)\S+>?")
#: Four digits that can be a year of ``_DAY_DATE``, ``_MONTH_DATE`` or ``_YEAR``: a text without them holds no date.
_YEAR_DIGITS = re.compile(r"1[4-9]\d\d|20\d\d")
#: The quotation marks ``_PAPER``'s title opens with.
_OPENING_QUOTES = ("“", '"', "‘")
_DIGIT = re.compile(r"\d")


@dataclass
class Recognized:
    """A cite read as one of the kinds: which kind it is, its record, its pinpoint and its ``text`` as read
    (what :attr:`printed_in` takes the book's imprint from)."""

    kind: str
    record: dict[str, Any]
    locator: str | None = None
    text: str = ""
    #: Whether prose goes on after the item's date (``the Sun of May 3, 1910, said that …``): the item ends there.
    prose_after: bool = False
    #: Whether the source the item is printed in follows its date after a colon (``Napier to Cass, Dec. 24, 1857:
    #: British and Foreign State Papers, 1857–8, p. 1249``): the item ends before the colon, the source is a cite of its own.
    source_after: bool = False
    #: Fields the note gives the item outside its own clause (the collection named before a list of letters).
    context: dict[str, Any] = field(default_factory=dict)
    #: Whether the clause read alone gives this record (the pipeline reads it again, whole); False for an item
    #: the note around it defines (an attachment titled before the letter it was sent with): its record is final.
    read_alone: bool = True
    #: Whether the item is named inside another item's clause (a letter attached, in brackets, to the letter around
    #: it): a cite of its own although the other's span holds it.
    inside: bool = False

    @property
    def printed_in(self) -> dict[str, Any] | None:
        """The record of the book a letter or interview is printed in, when the cite gives its imprint
        (:func:`book_printed_in`); else None."""
        return book_printed_in(self.record, self.text) if self.kind in ("letter", "interview") else None


#: A DOI, with its label or without (``DOI: 10.1080/19361610.2021.1872359``, ``doi:10.2307/258191``).
_LABELLED_DOI = re.compile(r"(?:\bdoi\s*:?\s*)?(?P<doi>\b10\.\d{4,9}/\S+)", re.I)


#: A published collection of a person's papers (``Papers of Thomas Jefferson``, ``The Writings of …``).
_PAPERS_OF = re.compile(r"(?:The\s+)?(?:Papers|Works|Writings|Correspondence|Letters|Diaries)\s+of\s+[A-Z][^,;]*")


def _edition_online(record: dict[str, Any]) -> None:
    """In place: an item read online whose only "archive" is a collection of someone's papers (``Short to
    Jefferson, 2 October 1788, Papers of Thomas Jefferson, http://…``) is printed in that edition: its container."""
    location = record.get("archive_location")
    if record.get("archive") or not isinstance(location, str) or not _PAPERS_OF.fullmatch(location) \
            or record.get("container-title"):
        return
    record["container-title"] = record.pop("archive_location")


#: An editor's query after a day (``20 [?] Mai``, ``16 [18?] Aug.``): the day printed stands.
_DAY_QUERIED = re.compile(r"(?<=\d)\s*\[\s*\d{0,2}\s*\?\s*\]")
#: A dash for a day left blank before the month and year (``,—May, 1753``, ``,—Sept. 1759``).
_DAY_DASHED = re.compile(r"\s*,\s*[—–]+\s*(?=[A-Z][a-zé]{2,}\.?,?\s+1[4-9]\d\d\b)")


#: A sentence's subject and verb before the item it names (``The original Department referral to the Agency is
#: Kretzmann to Allen Dulles …``): prose, when what follows is a letter.
_LEAD_CLAUSE = re.compile(r"[A-Z][^,;()\d]{3,80}?\s(?:is|was|are|were)\s+(?=[A-Z])")
#: A sender and ``to`` (a bracket between: ``Kretzmann to``, ``Grogon (with attached …) to``): a letter's opening.
_SENDER_TO = re.compile(rf"{_NAME}(?:\s*\([^()]*(?:\([^()]*\)[^()]*)*\))?\s+(?:{_TO})\s")


def recognize(text: str) -> Recognized | None:
    """The record of a letter, interview, archival item, newspaper item dated to the day or
    unpublished paper written as ``text`` (one cite), with the first URL in it as its ``URL`` and the
    first DOI as its ``DOI`` (read as nothing else: their digits are no shelfmark); None for any other shape.
    The result is the caller's own (a copy: callers fill in its record)."""
    found = _recognized(text)
    return None if found is None else replace(found, record=_copied(found.record), context=_copied(found.context))


def _copied(value: Any) -> Any:
    """A copy of a record's plain data (dicts and lists copied at every depth; strings and numbers shared)."""
    # (copied whole in C, then each dict or list member copied in turn: strings and numbers, most members, need no call)
    if isinstance(value, dict):
        copy = dict(value)
        for key, item in value.items():
            if isinstance(item, (dict, list)):
                copy[key] = _copied(item)
        return copy
    if isinstance(value, list):
        copy = list(value)
        for index, item in enumerate(value):
            if isinstance(item, (dict, list)):
                copy[index] = _copied(item)
        return copy
    return value


def _recognized(text: str) -> Recognized | None:
    """:func:`recognize` of ``text``, shared by every caller: never to be changed. ``text`` is read without its
    spacing, URL, DOI and closing separator (:func:`_recognized_bare`), so that texts that differ only there (a
    clause and the cite it becomes, ``…, 67`` and ``…, 67.``) are read once."""
    text = squeeze(text)
    link = _URL.search(text) if "://" in text or "www." in text else None
    if link:
        text = _URL.sub("", text).strip()  # the record's URL: its digits are no shelfmark
    doi = _LABELLED_DOI.search(text) if "10." in text else None
    if doi:
        text = (text[:doi.start()].rstrip(" ,;") + text[doi.end():]).strip()  # nor are a DOI's ("DOI: 10.1080/…")
    if text.endswith((".", ";", ",")):
        text = text[:-1]
    return _recognized_bare(text, link.group(0) if link else None, doi.group("doi") if doi else None)


@lru_cache(maxsize=512)  # a clause is read again soon: by find_kinds, then as the cite it becomes (normalize_fields)
def _recognized_bare(text: str, url: str | None, doi: str | None) -> Recognized | None:
    """:func:`recognize` of a ``text`` squeezed, without its URL and DOI (``url`` and ``doi``, as written there) and
    its closing separator; shared by every caller: never to be changed."""
    if "[" in text:
        text = _DAY_QUERIED.sub("", text)  # "20 [?] Mai, 1759", "16 [18?] Aug. 1757": the day as printed
    if "—" in text or "–" in text:
        text = _DAY_DASHED.sub(", ", text)  # "Hamilton to Dinwiddie,—May, 1753": the day left blank, the month and year
    if len(text) < 8 or not _DIGIT.search(text) and not _NO_DATE.search(text) and not _interview_cited_short(text) \
            and not _talk_with_the_author(text):
        return None  # no date, unless the item is said to be undated ("Grant to Forbes, no date"), an interview cited
        # short or a conversation with the note's author
    lead = _LEAD_CLAUSE.match(text)
    if lead and _SENDER_TO.match(text, lead.end()) and _letter(text[lead.end():]) is not None:
        text = text[lead.end():]  # "The original Department referral to the Agency is Kretzmann to Allen Dulles, DATE"
    for reader in (_statute, _congress_document, _numbered_document, _document_in_a_series, _un_document, _debates, _letter_to_the_editor, _letter, _interview, _conversation_with_the_author, _paper, _unpublished_writing, _filed_letter, _letter_after_its_archive, _marked_collection, _minutes, _archival,
                   _newspaper, _numbered_issue, _issue_and_its_place, _monthly_issue, _report_by_its_genre, _dated_document):
        found = reader(text)
        if found is not None:
            found.text = text
            if doi:
                found.record.setdefault("DOI", doi.rstrip(".,;:)"))
            if url:  # where the item can be read ("…, p. 130, available at …, http://…")
                found.record.setdefault("URL", clean_url(url))
                _edition_online(found.record)
            return found
    return None


#: The variables of a letter or interview that are its book's own.
_BOOK_VARIABLES = {"container-title": "title", "container-title-short": "title-short", "container-author": "author",
                   "editor": "editor", "volume": "volume", "publisher": "publisher", "publisher-place": "publisher-place"}


def book_printed_in(record: dict[str, Any], text: str) -> dict[str, Any] | None:
    """The ``book`` that the letter or interview of ``record`` (read from ``text``) is printed in, when
    its cite gives the book's title and imprint (``…, in Jane Roe, Title, ed. X (Place: Publisher, 1994),
    54``): a work of its own, dated by its imprint; else None."""
    if not (record.get("container-title") and record.get("publisher")):
        return None
    book: dict[str, Any] = {"type": "book"}
    for variable, own in _BOOK_VARIABLES.items():
        if variable in record:
            value = record[variable]
            book[own] = [dict(name) for name in value] if isinstance(value, list) else value
    imprint = _IMPRINT.search(text)
    if imprint:
        book["issued"] = {"date-parts": [[int(imprint["year"])]]}
    return book


# -- the shapes ------------------------------------------------------------------------------

#: Documents named "X to Y" that are no letter's sender (``Instructions to Major Washington``, ``Introduction to Marx``).
_DOCUMENT_NOUNS = frozenset("""instructions instruction report reports address memorial petition message speech reply answer
    orders order notes remarks observations introduction guide preface appendix supplement proclamation declaration
    resolution resolutions minutes journal diary account narrative return returns statement treaty commission
    commissions letters dispatches despatches papers documents correspondence key road approach contribution
    contributions prelude sequel companion response handbook essay prologue epilogue appeal tribute draft chronology memo memorandum""".split())


#: The rest of a bracket opened after "X to Y" that is an imprint: a place, perhaps its publisher, and a year; or a year
#: alone (a book's, "Homage to Catalonia (1938)").
_IMPRINT_BRACKET_REST = re.compile(r"(?:[A-Z][\w .'’&-]*(?::\s*[^()]+)?,\s*)?(?:1[4-9]|20)\d\d\s*\)")


#: ``Draft W. Lee Rawls to Richard Darman, DATE``, ``draft [?] Department of State to …``, ``revised draft Tutwiler to
#: Dillery, DATE``: a letter's draft, its sender after.
_DRAFT = re.compile(r"\s*(?i:(?:revised|final|earlier|later|first|second|new|annotated|unsigned)\s+)?(?i:draft)\s+(?:\[\?\]\s+)?(?=[A-Z]|\[[a-z])")
#: A sender the editor could not name, in square brackets (``[no author identified] to Morefield``, ``[name not
#: declassified] to Wortman``): the letter has no author, its title keeps the bracket.
_UNNAMED_SENDER = re.compile(r"\s*(?P<unnamed>\[(?i:no\s+(?:author|sender)\s+identified|names?\s+not\s+declassified(?:\s*[—–-]\s*[^\[\]]{1,80})?|"
                             rf"unknown|unidentified|anonymous)\])\s+(?=to\s|(?i:{_LETTER_WORD})\s*,)")
#: A genre and ``to`` opening an item whose sender the note leaves unsaid (``Letter to Cannon, 12 May 1935``,
#: ``Telegram to the author, DATE``, ``Lettre à Engels, DATE``): read as from an unnamed sender, titled by its genre.
_GENRE_TO = re.compile(rf"\s*(?P<genre>(?i:{_LETTER_WORD}))\s+(?=(?!for\s){_TO}\s)")
#: Genre words that are nobody's family name (unlike Cable, Carte or Brief).
_GENRE_NO_NAME = frozenset({"letter", "letters", "lettre", "memorandum", "memo", "telegram", "cablegram", "telex", "airgram",
                            "savingram", "despatch", "dispatch", "postcard", "email", "e-mail"})
#: The name read in place of an unnamed sender (a family name every shape of :data:`_LETTER` reads).
_STAND_IN = "Doe"


def _letter(text: str) -> Recognized | None:
    """A letter, memorandum, telegram… (:data:`_LETTER` and the shapes after it); a draft of one is that item, its
    note saying it is a draft; one from an unnamed sender (:data:`_UNNAMED_SENDER`) has no author."""
    draft = _DRAFT.match(text)
    text = text[draft.end():] if draft else text
    unnamed = _UNNAMED_SENDER.match(text)
    found = _letter_read(_STAND_IN + " " + text[unnamed.end():] if unnamed else text)
    genre_first = _GENRE_TO.match(text) if found is None and unnamed is None else None
    if genre_first:  # "Letter to Cannon, DATE": no shape above read it ("Letter to Russell from Ann Roe, DATE" is one)
        found = _letter_read(f"{_STAND_IN}, {text.lstrip()}")
    if found is not None and any(name.get("family", "").lower() in _GENRE_NO_NAME for name in found.record.get("author", ())):
        return None  # "Harvard. Letter to Cannon, DATE": the genre, no sender's name
    if found is not None and (unnamed or genre_first):
        if found.record.get("author") != [{"family": _STAND_IN}]:
            return None
        del found.record["author"]
        printed = found.record.pop("title-short", None)  # the names at length: "Letter to James P. Cannon", as printed
        if genre_first and printed and printed.startswith(_STAND_IN + " "):
            found.record["title"] = printed
        if found.record.get("title", "").startswith(_STAND_IN + " "):  # "[no author identified] to Morefield"
            named = unnamed["unnamed"] if unnamed else genre_first["genre"][:1].upper() + genre_first["genre"][1:]
            found.record["title"] = named + found.record["title"][len(_STAND_IN):]
    if found is not None and draft is not None:
        _add_note(found.record, "draft")
    return found


def _day_dated(rest: str) -> bool:
    """Whether ``rest`` opens on a date to the day (``August 13, 1813)``), no place and year of an imprint."""
    date = _leading_date(rest)
    parts = date[0].get("date-parts") if date else None
    return bool(parts) and isinstance(parts[0], list) and len(parts[0]) == 3


def _letter_read(text: str) -> Recognized | None:
    if not _YEAR_DIGITS.search(text) and not may_hold(text, _OWNER_MARKS) and not _NO_DATE.search(text) \
            and not _DAY_ENDING.search(text):
        return None  # every shape below needs a date, and every date has a year, but a possessive's letter in a book
        # (or a letter the note says is undated, or one dated by its day alone: "Saunders to Pitt, 20 Sept.")
    if "[" in text:  # "William Knowland to [John] Foster [Dulles], DATE", "J[oseph] V F[uller] to …": names or
        # letters of names the editor supplied, read as printed; "Allen to Baylor [sic, Baehler]": the name meant
        digit = _DIGIT.search(text)
        head = text[:digit.start()] if digit else text
        read = _SIC.sub(lambda m: m["meant"] or m["printed"], head)
        doubted = [m[1] for m in _SUPPLIED_NAME.finditer(read) if m["doubt"]]
        text = _SUPPLIED_NAME.sub(r"\1", _SUPPLIED_LETTERS.sub(r"\1", read)) + text[len(head):]
    else:
        doubted = []
    genre_named = may_hold(text, _LETTER_WORDS)  # every shape below but the first of _LETTER names the genre
    shapes = (_LETTER if genre_named else _LETTER[:1]) if _TO_BETWEEN_SPACES.search(text) else ()
    for pattern in shapes:
        match = pattern.match(text)
        if not match or match["sender"].split()[0].lower().strip(".,") in _DOCUMENT_NOUNS \
                or match["sender"].split()[-1].islower():
            continue  # (a name ends on no lower-case word: "Decline of a Bible Civilization, 1794–1911" is a title)
        # "Day to Moore, January 1, 1901": a sender that is one common word (Day, Rose, Young) may still be a surname
        common_word = not _name_like(match["sender"])
        if common_word and (not re.fullmatch(r"[A-Z][a-z]+", match["sender"])
                            or re.fullmatch(_LETTER_WORD, match["sender"], re.I)):
            continue  # "Lettre au P. Provincial, 15 May, 1645": the genre, no sender
        groups = match.groupdict()  # (built once: each call builds the dict of every group anew)
        genre = groups.get("genre")
        if match["to"] == "for" and not genre:
            continue  # "Labour MP for Bosworth, 1959–70": "for" sends only a named genre ("Roe memorandum for Smith")
        sender, possessive = _split_possessive(match["sender"])
        genitive = _german_genitive_letter(match["sender"])
        if genitive is not None and not genre:  # "Lassalles Brief an Rodbertus", "Brief Lassalles an Rodbertus"
            sender, genre, owner = genitive
            possessive = owner
        if not genre and (possessive or _OWNED_GENRE.search(match["sender"])):
            continue  # "Serge's to Macdonald", "Serge's Letter to Macdonald": a possessive names the genre after it
        rest, body = match["rest"], groups.get("body")
        if _IMPRINT_BRACKET_REST.match(rest) and text[match.start("rest") - 1:match.start("rest")] == "(" \
                and not _day_dated(rest):
            continue  # "The Conservative party from Peel to Churchill (London, 1970)", "Homage to Catalonia (1938)": a
            # book's title and imprint, or its year (not a letter's day: "… to Isaac McPherson (August 13, 1813)")
        if any(_split_possessive(word)[1] for word in match["sender"].split()[:-1]):
            continue  # "Orwell's Homage to Catalonia": a possessive inside the sender names a work, not a writer
        if body and not _body_like(body):  # "… from Brown, Paris, 3 May 1950": where it was written
            rest, body = f"{body}, {rest}", None
        date = _leading_date(rest)
        subject = _SUBJECT_BEFORE_DATE.match(rest) if date is None else None
        dated = _leading_date(rest[subject.end():]) if subject else None
        if subject and (dated and len(dated[0].get("date-parts", [[]])[0]) == 3 or _NO_DATE.match(rest, subject.end())):
            # "Sieverts to Herschler, draft FRUS amendment, August 29, 1990", "Hoggard to Selin, [no subject], June 4,
            # 1990": what the letter is about, or the editor's word on it, before its date
            rest = rest[subject.end():]
            date = _leading_date(rest)
        else:
            subject = None
        undated = _NO_DATE.match(rest) if date is None else None
        if undated:  # "Machak to Johnson, [no date], Department of State, …": a letter the note cannot date
            date = ({}, undated.end(), "", "")
        named = _FRENCH_ARTICLE.sub("", match["recipient"])  # "à la Jonquière": the name is La Jonquière
        if date is None or not (_recipient_like(named) or _surname_on_a_day(named, date[0])):
            continue
        if common_word and not (_surname_on_a_day(match["sender"], date[0]) and _recipient_like(match["recipient"])):
            continue  # a common word writes only on a day of a month, and only to a name
        record: dict[str, Any] = {"type": "personal_communication"}
        _put_names(record, "author", sender)
        others = _OTHERS.search(match["recipient"])
        recipient = match["recipient"][:others.start()] if others else match["recipient"]
        _put_recipients(record, recipient)
        if genre and genre.lower() not in _PLAIN_LETTER:
            record["genre"] = squeeze(genre.lower())
        to = "to" if match["to"] == "for" else match["to"]  # as printed: "Prevost au Ministre", "Engels an Bebel"
        if possessive:
            _title_possessed(record, possessive if genitive is not None and not groups.get("genre")
                             else match["sender"], f"{genre} {to} {recipient}")
        elif genre and _THE_AUTHORS.fullmatch(recipient.strip()):  # "Ann Roe, email to authors, DATE": titled
            record["title"] = squeeze(f"{genre[:1].upper()}{genre[1:]} {to} {recipient}")  # as printed, by genre
        else:
            office = groups.get("office")  # "Daudin, prêtre, à Prévost": who the sender was, as printed
            post = groups.get("post")  # "Australian Embassy, Washington, to Holt": the post, named with its city
            if post:
                record["author"] = [{"literal": squeeze(sender)}]
            _title_letter(record, sender, recipient, to,
                          f", {office}," if office else f", {post}," if post else groups.get("epithet") or "",
                          bool(others), groups.get("via") or "",
                          groups.get("sent_at") or (f", {match['seat']}," if groups.get("seat") else ""))
            if post:
                record["author"] = [{"literal": f"{squeeze(sender)}, {squeeze(post)}"}]
        if date[0]:
            record["issued"] = date[0]
        if subject:
            _add_note(record, subject.group("subject"))
        sent_at = (groups.get("sent_at") or "").strip()[3:]  # "Consul Park at Rio Janeiro to …"
        sent_from = (groups.get("sent_from") or "").strip()
        if sent_from and not sent_from[:1].isupper():
            _add_note(record, sent_from)  # "Houston (with covering memorandum) to Gleason": a remark, not where it was written
            sent_from = ""
        _put_where_written(record, date[2] or sent_from or sent_at)
        after = rest[date[1]:]
        if after.lstrip().startswith(")"):  # "Engels to Bebel (18 March 1875), in …": the date's bracket closes
            after = after.lstrip()[1:]
        if groups.get("acting"):
            _add_note(record, squeeze(match["acting"]))
        if groups.get("enclosure"):
            _add_note(record, "with " + match["enclosure"])  # what was sent with it
        for attached in ("sent_with", "attached"):
            if groups.get(attached):
                _add_note(record, squeeze(match[attached]))
        if groups.get("named"):
            _add_note(record, f"{match['to']} {squeeze(match['named'])}")  # the recipient at length
        if body:
            _add_note(record, squeeze(body))  # the body the sender wrote for
        if date[3]:
            _add_note(record, date[3])  # the other letters of the series
        for name in doubted:
            _add_note(record, f"{name}: name supplied, uncertain")
        return _letter_and_what_follows(record, after)
    if not genre_named:
        return None
    between = _GENRE_BETWEEN.match(text)
    date = _leading_date(between["rest"]) if between else None
    if between and date is not None and _name_like(between["sender"]):
        # "Email communication between Martin and the author, 23 July 2020": sent by the one, to the other
        genre = squeeze(between["genre"])
        record = {"type": "personal_communication", "title": genre[:1].upper() + genre[1:], "genre": genre.lower()}
        _put_names(record, "author", between["sender"])
        if _THE_AUTHORS.fullmatch(between["recipient"]):
            record["recipient"] = [dict(_THE_AUTHOR)]
        else:
            _put_names(record, "recipient", between["recipient"])
        record["issued"] = date[0]
        return Recognized("letter", record, _place(record, between["rest"][date[1]:]))
    match = _UNADDRESSED.match(text) or _GENRE_BY.match(text)
    if match and match.re is _GENRE_BY and _written_from_a_place(text, match["sender"]):
        match = None  # "Letter from Saratoga, 12 July, 1758": where it was written, no writer
    sender, owner = (match["sender"], match["owner"] or "") if match else ("", "")
    if not owner:  # "Martin's letter, …": the name read with its "'s"
        sender, owner = _split_possessive(sender)
    if match and _name_like(sender) and not _OFFICE.search(sender.split()[0]) and not (owner and _opens_prose(sender)) \
            and not sender.split()[-1].islower():  # "Memorandum of conversation, DATE": no name ends on "of"
        date = _leading_date(match["rest"])
        genre = squeeze(match["genre"])
        # "Luther Martin's letter, in Elliot, Debates, I. 373": a possessive's letter printed in a book, undated
        printed = date is None and owner and genre.lower() in _LETTER_GENRES and _IN_BOOK.match(match["rest"])
        if date is not None or printed:
            record = {"type": "manuscript", "title": genre[:1].upper() + genre[1:],
                      "genre": re.sub(r"\s+for\s+the\s+\w+$", "", genre.lower())}
            if owner:  # "Barillon's despatch of DATE": titled "despatch"
                _title_possessed(record, sender + owner, genre)
            if record["genre"] in _LETTER_GENRES:  # sent or said to someone: "Letter from Ann Roe, DATE"
                record["type"] = "personal_communication"
            if owner and record["genre"] in _PLAIN_LETTER:
                del record["genre"]  # a letter is no genre of its own, as in "X to Y" letters
            _put_names(record, "author", sender)
            if match.groupdict().get("attached"):  # "Dwight Ambach memorandum (and attached memoranda …), DATE"
                _add_note(record, squeeze(match["attached"]))
            if date is None:
                return Recognized("letter", record, _place(record, match["rest"]))
            record["issued"] = date[0]
            _put_where_written(record, date[2])
            after = match["rest"][date[1]:]
            recipient = _DATED_TO.match(after) if owner else None
            if recipient and _recipient_like(recipient["recipient"]):  # "Trotsky's letter of DATE to Cannon"
                _put_names(record, "recipient", recipient["recipient"])
                _title_possessed(record, sender + owner, f"{genre} to {squeeze(recipient['recipient'])}")
                after = after[recipient.end():]
            return _letter_and_what_follows(record, after)
    match = _GENRE_FIRST.match(text)
    if match and _leading_date(match["rest"]) is None:
        match = _TALK_AMONG.match(text) or match  # "Memorandum of conversation among A, B, and C, DATE": the list whole
    if match and (not match["sender"] or _name_like(match["sender"]) and not (match["owner"] and _opens_prose(match["sender"]))):
        date = _leading_date(match["rest"])
        if date is not None:
            title = squeeze(match["title"])
            record = {"type": "manuscript", "title": title[:1].upper() + title[1:], "issued": date[0]}
            if match["owner"]:  # "Jefferson's memorandum of conversation with X": titled by what follows
                _title_possessed(record, match["sender"] + match["owner"], title)
            if match["sender"]:
                _put_names(record, "author", match["sender"])
            _put_where_written(record, date[2])
            return _letter_and_what_follows(record, match["rest"][date[1]:])
    return _letter_told(text)


def _put_where_written(record: dict[str, Any], place: str) -> None:
    """Set where the item of ``record`` was written (``event-place``; Zotero: a letter's place) to ``place`` when it
    reads as a place; text before a date that cannot be one (digits, an unbalanced bracket, a month, lower case:
    ``E.O. 12065)``, ``March, 11``) goes to the record's ``note``, as printed."""
    if not place:
        return
    words = place.split()
    first_letter = next((ch for ch in place if ch.isalpha()), "")  # "[Paris]": a place the editor supplied
    if any(ch.isdigit() for ch in place) or not balanced(place) or not first_letter.isupper() \
            or month_number(words[0].strip(".,")) is not None:
        _add_note(record, place[:-1] if place.endswith(")") and not balanced(place) else place)  # "(E.O. 12065)" cut
    else:
        record["event-place"] = place


def _letter_and_what_follows(record: dict[str, Any], after: str) -> Recognized:
    """The letter ``record`` read with the text ``after`` its date: its place, pinpoint and marks; or, after a colon and
    a capital, the source it is printed in (``Napier to Cass, Dec. 24, 1857: British and Foreign State Papers, …``,
    ``Chew's letter of Oct. 17, 1817: Ibid., pp. 14-16``), which is a cite of its own."""
    if _SOURCE_AFTER_COLON.match(after):
        return Recognized("letter", record, None, source_after=True)
    return Recognized("letter", record, _place(record, after))


#: What a letter is about, between its recipient and its date: the editor's word in square brackets (``[no subject]``) or
#: a few words in lower case (``draft FRUS amendment``).
_SUBJECT_BEFORE_DATE = re.compile(r"(?P<subject>\[[a-z][^\[\]\d]{2,40}\]|(?!(?:in|at|from|of|on|by|with|to|see|and|or|quoted|cited|"
                                  r"printed|reprinted|enclosed|attached|written|sent|dated)\b)[a-z][^,;:()\[\]\d]{2,60}),\s+")


#: A colon after a letter's date, then the capitalised title of the source it is printed in (``…, Dec. 24, 1857:
#: British and Foreign State Papers, …``); in the note's text, after the date's year (:func:`find_kinds`).
_SOURCE_AFTER_COLON = re.compile(r"\s*:\s+(?=[A-Z])")
#: That colon as the note's text prints it, after the date's last digit (or its closing bracket).
_COLON_BEFORE_SOURCE = re.compile(r"(?<=\d)\)?\s*:\s+(?=[A-Z])")
#: The article a French name opens on after ``à`` (``Rouillé à la Jonquière``).
_FRENCH_ARTICLE = re.compile(r"^(?:la|le|les)\s+|^l['’]")
#: An editor's ``[sic]`` after a name, perhaps with the name meant (``Baylor [sic, Baehler]``, ``MacDonald [sic]``).
_SIC = re.compile(r"(?P<printed>[A-Z][\w'’-]*)\s*\[sic(?:,\s*(?P<meant>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?))?\]")
#: A date the note says is missing (``[no date]``, ``[n.d.]``, ``n.d.``, ``undated``), where a letter's date goes.
_NO_DATE = re.compile(r"\s*(?:\[(?:no\s+date|n\.\s?d\.|undated)(?:\s*[—–-]\s*[^\[\]]{1,30})?\]|n\.\s?d\.|undated|no\s+date)(?=\s*[,;.)]|\s*$|\s+in\s+[A-Z])", re.I)
#: Letters of a name's word the editor supplied after its initial (``J[oseph] V F[uller]``, ``H[arry] G D[wight]``).
_SUPPLIED_LETTERS = re.compile(r"(?<=[A-Z])\[([a-z]+(?:\s+[A-Z][a-z]+){0,2})\??\]")  # also "R[onald Spiers]"
#: Words of a name the editor supplied in square brackets (``[John] Foster [Dulles]``, ``[Department of State]``):
#: capitalised words, perhaps joined by ``of``, ``the``, ``and`` (a described item, ``[Letter to Doe]``, is none).
#: A question mark closing the bracket says the editor is unsure of the name (``Delancey to [Holdernesse?]``).
_SUPPLIED_NAME = re.compile(r"\[((?:[A-Z][\w.'’-]*)(?:\s+(?:(?:of|the|and)\s+)?[A-Z][\w.'’-]*){0,4})(?P<doubt>\?)?\]")


#: ``In a letter to Jean Paulhan of 3 March 1936, Gide wrote …``: a letter told in prose, its recipient
#: before its date (``of``, ``dated``, ``on``, a comma) and its writer, when named, before a verb of saying.
_IN_A_LETTER = re.compile(rf"^\s*(?i:in)\s+(?:a|an|his|her|their|one)\s+(?:[a-z]+\s+){{0,2}}(?P<genre>(?i:{_LETTER_WORD}))"
                          rf"\s+to\s+(?P<recipient>(?:(?:the|his|her|their)\s+)?{_NAME})\s*(?:,\s*|\s+(?:of|dated|on)\s+)"
                          r"(?P<rest>.*)$", re.S)
#: The writer named after the date of :data:`_IN_A_LETTER`, before a verb of saying (``, Gide wrote``).
_TELLER = re.compile(rf"\s*,?\s*(?P<sender>{_NAME})\s+(?:wrote|writes|said|says|told|tells|explained|explains|"
                     r"complained|complains|noted|notes|declared|declares|insisted|insists|added|adds|asked|asks|"
                     r"argued|argues|remarked|remarks|observed|observes|confided|confides|reported|reports)\b")


def _letter_told(text: str) -> Recognized | None:
    """The letter of :data:`_IN_A_LETTER` (``personal_communication`` titled ``letter to Jean Paulhan``, with
    its recipient, date and writer when named); the prose after it is no part of it; else None."""
    match = _IN_A_LETTER.match(text) if text[:2].lower() == "in" else None
    if match is None or not _recipient_like(match["recipient"]):
        return None
    date = _leading_date(match["rest"])
    if date is None or date[2]:
        return None
    genre = squeeze(match["genre"])
    record: dict[str, Any] = {"type": "personal_communication" if genre.lower() in _LETTER_GENRES else "manuscript",
                              "title": f"{genre} to {squeeze(match['recipient'])}", "issued": date[0]}
    if genre.lower() not in _PLAIN_LETTER:
        record["genre"] = genre.lower()
    _put_names(record, "recipient", match["recipient"])
    teller = _TELLER.match(match["rest"], date[1])
    if teller and _name_like(teller["sender"]) and not _opens_prose(teller["sender"]):
        _put_names(record, "author", teller["sender"])
    return Recognized("letter", record, None)


def _title_letter(record: dict[str, Any], sender: str, recipient: str, to: str = "to", epithet: str = "",
                  others: bool = False, via: str = "", where: str = "") -> None:
    """Title a letter whose ``author`` and ``recipient`` are set: ``Engert to Hull`` by family names (an
    office as printed; both as printed when the family names are one: ``Charles Marsh to George Perkins
    Marsh``; ``epithet`` after the sender: ``Shirley the younger``, or an office between commas: ``Daudin, prêtre,
    à Prévost``; ``others``: ``, et al.``; ``via``, whom it went through: ``Atherton through Davies to Sisco``, an
    office or a bracket as printed), with the names as printed in ``title-short`` when they differ (``the
    Commissioners to Charles Lee``), and there only ``where`` the sender was (``Consul Park at Rio Janeiro to …``,
    ``Governor Clinton, of New York, to …``)."""
    sender_short, recipient_short = _short(record.get("author", []), sender), _short(record.get("recipient", []), recipient)
    if sender_short == recipient_short:  # family names alone say nothing
        sender_short, recipient_short = squeeze(sender), squeeze(recipient)
    space = "" if epithet.startswith(",") else " "  # an office between commas: "Daudin, prêtre, à Prévost"
    if epithet:  # the epithet tells the sender from a namesake
        sender_short = f"{sender_short}{space}{squeeze(epithet)}"
    through = printed_through = ""
    if via:
        names: dict[str, Any] = {}
        _put_names(names, "via", via)
        office = "[" in via or "/" in via.split()[0] or via.split()[0].isupper()  # "S/S [John Calhoun]", "EUR"
        through = f" through {squeeze(via) if office else _short(names.get('via', []), via)}"
        printed_through = f" through {squeeze(via)}"
    record["title"] = f"{sender_short}{through} {to} {recipient_short}" + (", et al." if others else "")
    printed = f"{squeeze(sender)}{space + squeeze(epithet) if epithet else ''}{_after_a_name(where)}" \
              f"{printed_through} {to} {squeeze(recipient)}"
    if printed != record["title"]:
        record["title-short"] = printed


def _after_a_name(words: str) -> str:
    """``words`` as printed after a name: after a space, or straight after it when they open on a comma."""
    words = squeeze(words)
    return "" if not words else words if words.startswith(",") else " " + words


#: The ``'s`` of a possessive sender (``Serge's letter to Macdonald``).
_POSSESSIVE = re.compile(r"['’]s$")


def _split_possessive(name: str) -> tuple[str, str]:
    """``name`` without the ``'s`` it ends on, and that ``'s`` (``""`` when it ends on none): ``Serge's``
    → (``Serge``, ``'s``)."""
    possessive = _POSSESSIVE.search(name)
    return (name[:possessive.start()], possessive.group(0)) if possessive else (name, "")
#: German words for a letter that a genitive sender goes with (``Lassalles Brief``, ``Brief Lassalles``).
_GERMAN_LETTER_NOUNS = frozenset({"brief", "schreiben", "telegramm", "postkarte"})


def _german_genitive_letter(name: str) -> tuple[str, str, str] | None:
    """``Lassalles Brief``, ``Marx' Brief``, ``Brief Lassalles``: capitalised words read as a sender's name that
    are a German genitive and the word for a letter, as (sender, genre, the genitive as printed): ``Lassalle``,
    ``Brief``, ``Lassalles``; None for any other name. The genitive's ``s`` goes (a name ending in ``s`` takes an
    apostrophe instead: ``Engels'``)."""
    words = name.split()
    if len(words) < 2:
        return None
    if words[-1].lower() in _GERMAN_LETTER_NOUNS:
        owner, genre = " ".join(words[:-1]), words[-1]
    elif words[0].lower() in _GERMAN_LETTER_NOUNS:
        owner, genre = " ".join(words[1:]), words[0]
    else:
        return None
    if owner.endswith(("'", "’")):
        stem = owner[:-1]
    elif owner.endswith("s") and len(owner.split()[-1]) > 3:
        stem = owner[:-1]
    else:
        return None
    return stem, genre, owner


#: A possessive and a genre with a capital, read as one name (``Serge's Letter``).
_OWNED_GENRE = re.compile(rf"['’]s\s+(?i:{_LETTER_WORD})$")


#: The recipient after a possessive's letter and its date (``Trotsky's letter of 12 May 1938 to Cannon``): one name.
_DATED_TO = re.compile(rf"\s*,?\s*to\s+(?P<recipient>(?:(?:the|his|her|their)\s+)?{_NAME})(?=\s*[,.;(]|\s*$)")
#: The ``in`` and capital of the book an item is printed in (``in Elliot, Debates``).
_IN_BOOK = re.compile(r"in\s+[A-Z]")
#: The words for a plain letter, which is no ``genre`` of its own.
_PLAIN_LETTER = ("letter", "lettre", "brief")
#: The genres of an item sent to someone (``personal_communication``), not a paper kept on file.
_LETTER_GENRES = frozenset({"letter", "lettre", "brief", "carta", "lettera", "schreiben", "telegram", "télégramme",
                            "telegramme", "cable", "despatch", "dispatch", "postcard", "carte", "email", "e-mail",
                            "email message", "e-mail message", "personal communication", "conversation",
                            "telephone conversation"})
#: Words that open a clause of prose, not a name (``From Adda's despatch of …``).
_PROSE_OPENERS = frozenset({"from", "in", "see", "also", "and", "but", "cf.", "to", "by", "the", "this", "that", "as"})


def _opens_prose(name: str) -> bool:
    """Whether the capitalised words read as a name open with a word of prose (``From Adda``)."""
    return name.split()[0].lower() in _PROSE_OPENERS


def _title_possessed(record: dict[str, Any], owner: str, item: str) -> None:
    """Title an item named by its author's possessive (``Serge's letter to Dwight Macdonald``) by what follows
    the possessive, as printed (``letter to Dwight Macdonald``), with the whole phrase as ``title-short``."""
    record["title"] = squeeze(item)
    record["title-short"] = f"{squeeze(owner)} {record['title']}"


def _body_like(text: str) -> bool:
    """A body a person writes for, named after them (``Midland Area Miners Union``): a name holding an
    institution's word."""
    return _name_like(text) and holds_institution_word(text)


def _surname_on_a_day(recipient: str, date: dict[str, Any]) -> bool:
    """``Hanna to Day, May 7, 1901``: one capitalised word that is also a common word (``Day``, ``Rose``,
    ``Young``) is a recipient's surname when a name writes to it on a day of a month (a sender's, ``Day to
    Moore, January 1, 1901``, when it writes to a name on such a day)."""
    parts = date.get("date-parts") or [[]]
    return bool(re.fullmatch(r"[A-Z][a-z]+", recipient)) and len(parts[0]) == 3


@lru_cache(maxsize=4096)  # (as _name_like)
def _recipient_like(text: str) -> bool:
    """A recipient: a name, an office (``Secretary of State``) or a list of them."""
    text = _OTHERS.sub("", text.strip())
    if re.fullmatch(_GROUP, text):
        return True  # a group: "all diplomatic posts", "all consuls"
    text = re.sub(r"^(?:all|the|his|her|their|an?|members\s+of\s+the|sa|son|ses|seine[nr]?)\s+", "", text)
    parts = [p for p in re.split(r",?\s+and\s+|,\s+", text) if p]
    return bool(parts) and all(_name_like(p) or _OFFICE.search(p) for p in parts)


#: The word joining the last two names of a list as printed (``and``, ``et``, ``und``, ``&``).
_LAST_JOINT = re.compile(r"\s(and|et|und|y|&)\s(?!.*\s(?:and|et|und|y|&)\s)")


def _short(names: list[dict[str, Any]], printed: str) -> str:
    """How a letter's title names its people: family names (``Engert``; ``Beauharnois et Hocquart``, joined
    as printed), an office as printed."""
    if not names:
        return squeeze(printed)
    families = [" ".join(filter(None, (n.get("non-dropping-particle"), str(n.get("family") or n.get("literal") or ""))))
                for n in names]  # "de Gaulle"
    joint = _LAST_JOINT.search(printed)
    return families[0] if len(families) == 1 else \
        ", ".join(families[:-1]) + f" {joint.group(1) if joint else 'and'} " + families[-1]


#: An interview cited short, the whole clause: the one interviewed and the word (``Richardson interview``,
#: ``Richardson, interview``, ``Interview with Richardson``), perhaps a page or minute after a comma.
_INTERVIEW_SHORT = re.compile(rf"^\s*(?:(?P<ee>{_NAME}),?\s+(?i:interview)|(?i:interview)\s+with\s+(?P<with>{_NAME}))"
                              r"(?:\s*\(\s*(?P<day>" + _DAY_DATE.pattern + r")\s*\))?"
                              r"(?:\s*,\s*(?P<locator>(?:pp?\.\s*)?\d[\d:–-]*))?\s*[.;]?\s*$")


def _interview_cited_short(text: str) -> bool:
    """Whether ``text`` is an interview cited short (:data:`_INTERVIEW_SHORT`), which needs no digit."""
    return "nterview" in text and _INTERVIEW_SHORT.match(text) is not None


#: A word in lower case (not a small one) that a description of a person holds (``advisor``, ``former mayor of``).
_LOWER_CASE_WORD = re.compile(r"(?<![\w'’-])(?!(?:of|the|and|in|for|at|to|on)\b)[a-z]{3,}")


def _interview(text: str) -> Recognized | None:
    if not may_hold(text, _INTERVIEW_WORDS):
        return None
    text = _with_its_marks_balanced(text)
    short = _INTERVIEW_SHORT.match(text)
    named = short and (short["ee"] or short["with"])
    if named and _name_like(named):  # "Richardson interview.": the interview cited before, found when linking
        record = {"type": "interview", "title": f"Interview with {squeeze(named)}"}
        _put_names(record, "author", named)
        day = _date_of(short) if short["day"] else None
        if day:  # "Rick Newcomb interview (Feb. 4, 2004)": the interview of that day
            record["issued"] = day
        return Recognized("interview", record, short["locator"])
    for pattern in _INTERVIEW:
        match = pattern.match(text)
        unnamed = match is not None and match["ee"][:1].islower()  # a name is capitalised, _UNNAMED is not
        if not match or not (unnamed or _name_like(match["ee"])):
            continue
        groups = match.groupdict()
        if groups.get("role") and not _LOWER_CASE_WORD.search(groups["role"]):
            continue  # "Jane Roe, The Best Years, interview by …": capitalised words are a title, no one's description
        title = groups.get("title")
        if title and _PRINTED_IN_A_PERIODICAL.search(match["rest"]):
            continue  # "…, interview with X, New Left Review 90 (2014): 5-20": an article, the parser's to read
        opening = match.end("role") if groups.get("role") else match.end("ee")  # ("Jane Roe, UNDP advisor, interview …")
        described = squeeze(text[opening:match.end("er")].lstrip(" ,")) if pattern is _INTERVIEW[1] else ""
        if title:
            heading = strip_edge_punctuation(squeeze(title))
        elif described:  # "Laura Silagi, e-mail interview with the author": what the note calls it
            heading = described[:1].upper() + described[1:]
        else:
            heading = f"Interview with {squeeze(match['ee'])}"
        record: dict[str, Any] = {"type": "interview", "title": heading}
        if not unnamed:  # "a union organizer" is no author's name
            _put_names(record, "author", match["ee"])
        if groups.get("role"):  # who the one interviewed was, kept
            _add_note(record, squeeze(groups["role"]))
        if groups.get("outlet"):
            record["container-title"] = re.sub(r"^the\s+", "", squeeze(groups["outlet"]))  # where it was given and published
        if groups.get("medium"):
            record["medium"] = groups["medium"].lower()  # "e-mail interview with the author"
        interviewer = (groups.get("er") or groups.get("by") or "").strip()
        if groups.get("mine") or re.fullmatch(_BY_THE_AUTHOR, interviewer, re.I):
            record["interviewer"] = [dict(_THE_AUTHOR)]
        elif interviewer and _name_like(interviewer):
            _put_names(record, "interviewer", interviewer)
        elif interviewer:
            record["note"] = f"interview by {interviewer}" if "with" not in match.group(0)[:len(match["ee"]) + 20] \
                else f"interview with {interviewer}"
        rest = match["rest"].strip(" ,.;()")
        if not _YEAR.search(rest) and not interviewer and not groups.get("mine"):
            return None  # "an interview with Serge" in prose, with no date: not a reference
        issue = _ISSUE_OF_A_PERIODICAL.fullmatch(match["rest"].strip(" ,.;"))
        if issue and "container-title" not in record:  # "…, conducted by X, Platypus Review 30 (December 2010)",
            # "…, Labor Notes, no. 300 (March 2004): 10"
            record["container-title"] = squeeze(issue["paper"])
            record.update({part: issue[part] for part in ("volume", "issue") if issue[part]})
            record["issued"] = parse_date(issue["date"])
            return Recognized("interview", record, issue["pages"])
        locator = _place(record, rest, interview=True)
        return Recognized("interview", record, locator)
    return _interview_told_in_prose(text)


#: ``L Clay conversations with the author 1984``, ``Tom Mann, conversation with the author, 12 May 1984``, ``Jane Roe -
#: telephone conversation with the writer``: what someone told the note's author, a personal communication from them.
_CONVERSATION_WITH_THE_AUTHOR = re.compile(
    rf"^\s*(?P<who>{_NAME})\s*(?:,|\s[-–])?\s*(?P<talk>(?i:(?:(?:telephone|phone|private|personal)\s+)?"
    rf"(?:conversations?|discussions?|talks?|correspondence)\s+with\s+{_AUTHORS}))(?![\w'’-])\s*(?P<rest>(?:[,.(;].*|\d.*)?)$",
    re.S)
#: A word every :data:`_CONVERSATION_WITH_THE_AUTHOR` match holds.
_TALK_WORDS = ("conversation", "discussion", "talk", "correspondence")


def _conversation_with_the_author(text: str) -> Recognized | None:
    match = _talk_with_the_author(text)
    if not match or not _name_like(match["who"]):
        return None
    record: dict[str, Any] = {"type": "personal_communication", "title": squeeze(match["talk"])}
    _put_names(record, "author", match["who"])
    record["recipient"] = [dict(_THE_AUTHOR)]
    rest = match["rest"].strip(" ,.;()")
    date = _DAY_DATE.match(rest) or _MONTH_DATE.match(rest) or _YEAR.match(rest)
    if date:  # "… 1984", "…, 12 May 1984": when it was
        record["issued"] = parse_date(date.group())
        rest = rest[date.end():].strip(" ,.;()")
    return Recognized("letter", record, _place(record, rest))


def _talk_with_the_author(text: str) -> re.Match[str] | None:
    """The match of ``text`` as a conversation with the note's author (:data:`_CONVERSATION_WITH_THE_AUTHOR`), which
    needs no date; None when it is none."""
    return _CONVERSATION_WITH_THE_AUTHOR.match(text) if may_hold(text, _TALK_WORDS) else None


#: ``Sabine Jahn conveyed … in an interview with the authors on 5 September 2022``: the one interviewed opens the
#: sentence, the interview with the note's author(s) and its day close it.
_INTERVIEW_IN_PROSE = re.compile(
    rf"^\s*(?P<ee>{_NAME})\s+(?:[^\W\d][\w'’,-]*\s+){{1,30}}?(?i:in|during)\s+(?i:an?|the|one|her|his|their)\s+"
    r"(?P<kind>(?i:(?:telephone|phone|e-?mail|zoom|personal|recorded|oral[- ]history)\s+)?interview)\s+(?i:with)\s+"
    rf"(?P<er>{_BY_THE_AUTHOR}|me|us)\s*(?:,\s*|\s+(?i:on|in)\s+)(?P<rest>.*)$", re.S)


def _with_its_marks_balanced(text: str) -> str:
    """``text`` with a closing quotation mark that closes nothing blanked and a bracket left open at its end closed
    (``Interview with Paul Buhle,” Radical America 3 (March 1969``: a quoted title's cite read from after its
    opening mark to before its closing bracket)."""
    if "”" in text and "“" not in text:
        text = text.replace("”", " ")
    elif text.count('"') == 1:
        text = text.replace('"', " ")
    if text.count("(") == text.count(")") + 1 and text.rfind("(") > text.rfind(")"):
        text += ")"
    return text


def _interview_told_in_prose(text: str) -> Recognized | None:
    """An interview with the note's author told in a sentence whose subject is the one interviewed, the interview's
    day after it (:data:`_INTERVIEW_IN_PROSE`): that person's interview, by the author."""
    match = _INTERVIEW_IN_PROSE.match(text)
    if match is None or match["ee"].split()[0].lower() in ("the", "a", "an", "this", "that") \
            or not (_person(match["ee"]) or len(match["ee"].split()) >= 2 and _name_like(match["ee"])):
        return None
    day = _DAY_DATE.match(match["rest"].strip())
    date = _date_of(day) if day else None
    if date is None:
        return None
    record: dict[str, Any] = {"type": "interview", "title": f"{match['kind'][:1].upper()}{match['kind'][1:]} with "
                                                             f"{squeeze(match['er'])}",
                              "interviewer": [dict(_THE_AUTHOR)], "issued": date}
    _put_names(record, "author", match["ee"])
    return Recognized("interview", record, None, prose_after=True)


#: The spoken genres of :data:`_PAPER` (``panel discussion``, ``lecture``, ``debate``): a speech.
_SPOKEN = re.compile(_SPOKEN_GENRES, re.I)


#: ``W A Raynes unpublished memoirs p59``: a person's unpublished writing named by its kind, then perhaps its page.
_UNPUBLISHED_WRITING = re.compile(rf"\s*(?P<author>{_NAME})\s*,?\s+(?P<title>(?i:unpublished\s+(?:memoirs?|diary|diaries|"
                                  r"autobiography|typescript|manuscript|reminiscences|recollections|journal)))\b\s*,?\s*(?P<rest>.*)",
                                  re.S)
#: A page glued to its word or after it with no full stop (``p59``, ``pp 109-112``), as notes typed in haste have them.
_PLAIN_PAGE = re.compile(r"(?i:pp?)\.?\s*(?P<page>\d+(?:\s*[-–]\s*\d+)?(?:\s*,\s*(?i:pp?)?\.?\s*\d+(?:\s*[-–]\s*\d+)?)*)")


def _unpublished_writing(text: str) -> Recognized | None:
    """A person's unpublished memoirs, diary, typescript… (:data:`_UNPUBLISHED_WRITING`): a ``manuscript`` by that
    person titled by its kind as printed, the page after it the pinpoint, a date or an archive after it placed as an
    item's tail (:func:`_place`)."""
    if "npublished" not in text:
        return None
    match = _UNPUBLISHED_WRITING.fullmatch(text)
    if match is None or not _name_like(match["author"]):
        return None
    record: dict[str, Any] = {"type": "manuscript", "title": squeeze(match["title"])}
    _put_names(record, "author", match["author"])
    rest = match["rest"].strip(" .,;")
    page = _PLAIN_PAGE.fullmatch(rest)
    return Recognized("archival", record, page["page"] if page else _place(record, rest) if rest else None)


def _paper(text: str) -> Recognized | None:
    if not any(quote in text for quote in _OPENING_QUOTES):
        return None  # the paper's quoted title
    match = _PAPER.search(text)  # (anchored: a match at the text's start)
    if not match:
        return None
    record: dict[str, Any] = {"title": strip_edge_punctuation(match["title"].strip())}
    if match["author"] and _name_like(match["author"]):
        _put_names(record, "author", match["author"])
    record["genre"] = squeeze(match["genre"]).strip()
    if match["event"]:
        record["type"] = "speech"
        record["event-title"] = strip_edge_punctuation(match["event"].strip())
    else:
        record["type"] = "speech" if _SPOKEN.search(record["genre"]) else "manuscript"
    rest = match["rest"].strip(" ,.;()")
    date = _find_date(rest)
    if date is not None:
        record["issued"] = date[0]
        before, after = rest[:date[1]].strip(" ,;()"), rest[date[2]:].strip(" ,;().")
    else:
        before, after = rest, ""
    if before:
        key = "event-place" if record["type"] == "speech" else "publisher-place"
        if is_known_place(before.split(",")[0]) or is_region(before.split(",")[-1].strip()) or len(before.split()) <= 3:
            record[key] = before
        else:
            record["note"] = before
    locator = None
    if after:
        if _LOCATOR.match(after):
            locator = after
        else:
            _add_note(record, after)
    return Recognized("paper", record, locator)


#: ``Hadfield to the Commissioners``, ``the Commissioners to Charles Lee``: a letter named inside an archival cite;
#: ``DOET (Warwick Smith) to Administration``: who wrote for the sender, or the sender's office, in brackets after it.
_LETTER_PART = re.compile(rf"^(?P<sender>(?:the\s+)?{_NAME})(?:\s*(?P<bracketed>\([A-Z][^()]{{0,60}}\)))?\s+(?:(?i:{_LETTER_WORD})\s+)?"
                          rf"to\s+(?P<recipient>{_RECIPIENT}(?:\s+and\s+others)?)$")
_IBID_LEAD = re.compile(r"^(?:ibid|lbid|ibidem|ebd|ebenda)\.?,\s*", re.I)
#: The "to" every :data:`_LETTER_PART` has; a text without one names no filed letter.
_LETTER_TO = re.compile(r"\sto\s")


def _filed_letter(text: str) -> Recognized | None:
    """``National Archives, RG 42, Letters Received, XIII, No. 1364, Hadfield to the Commissioners,
    May 14, 1798``: a letter named after the archive, series and number it is filed under (an
    ``Ibid.,`` before them means the archive of the cite before); a published work with an "X to Y" in
    its title (``Willson, America's Ambassadors to France, 1777–1927 (London: Murray, 1928)``) is none."""
    if not _LETTER_TO.search(text) or _looks_published(text):
        return None  # no part can name a letter: the "X to Y" of one needs its "to"; or printed with an imprint
    parts = _split(_IBID_LEAD.sub("", text))
    for i, part in enumerate(parts):
        if i == 0 or not _LETTER_TO.search(part):
            continue
        match = _LETTER_PART.match(part)
        recipient = re.sub(r"\s+and\s+others$", "", match["recipient"]) if match else ""
        if not match or not _recipient_like(recipient) or not _name_like(re.sub(r"^the\s+", "", match["sender"])) \
                or match["bracketed"] and is_known_place(match["bracketed"].strip("()")) \
                or match["sender"].split()[-1].lower() in _GENRE_NO_NAME:
            continue  # "Clay (St. Petersburg) to Seward": where it was written, for the letter shapes; "Harvard. Letter to
            # Cannon": the genre, no sender
        after = ", ".join(parts[i + 1:])
        undated = _NO_DATE.match(after)  # "Letter, Palliser to Waller, n.d., TNA: …": filed, the note cannot date it
        date = ({}, undated.start(), undated.end()) if undated else _find_date(after) if after else None
        if date is None and after:
            return None
        if date is None and match["sender"].split()[0].lower() == "from":
            continue  # "…, and again in From Lenin to Stalin": an undated "From X to Y" is a book's title
        record: dict[str, Any] = {"type": "personal_communication"}
        writer = (match["bracketed"] or "").strip("()")
        body = match["sender"].isupper() or _body_like(match["sender"])
        for_a_body = body and _name_like(writer) and not _OFFICE.search(writer)
        # "DOET (Warwick Smith) to …": the person who wrote for the body in brackets is the author
        _put_names(record, "author", writer if for_a_body else match["sender"])
        _put_names(record, "recipient", recipient)
        if for_a_body:  # titled as printed: the body, its writer, the recipient
            record["title"] = squeeze(f"{match['sender']} {match['bracketed']} to {match['recipient']}")
        else:
            _title_letter(record, match["sender"], match["recipient"], epithet=match["bracketed"] or "")
        genre = _GENRE_HEAD.fullmatch(", ".join(parts[:i]))  # "Letter, Hay to Smith, DATE, NAA: A452, 1969/4167"
        if genre:
            if genre["genre"].lower() not in _PLAIN_LETTER:
                record["genre"] = squeeze(genre["genre"].lower())
            if genre["number"]:
                record["number"] = genre["number"]  # "telex 288", "Cablegram 38"
        locator = None
        if date is not None:
            if date[0]:
                record["issued"] = date[0]
            if genre:  # where it is kept, after its date
                locator = _place(record, after[date[2]:].strip(" ,;"), archival=True)
            elif after[date[2]:].strip(" ,.;"):
                _add_note(record, after[date[2]:])
        if genre:
            return Recognized("letter", record, locator)
        _put_where_filed(record, ", ".join(parts[:i]))
        return Recognized("letter", record, None)
    return None


#: Where the marks of an archive may end and the item kept there begin: a comma, colon, semicolon or full stop
#: (none of an initial's), then a capital.
_ITEM_AFTER_MARKS = re.compile(r"(?:[,:;]|(?<!\b[A-Z])\.)\s+(?=[A-Z])")
#: A genre and its writer's or recipient's word after an archive's marks (``…, Memorandum by Smith``).
_GENRE_BY_AFTER_MARKS = re.compile(rf"[,:;.]\s+(?i:{_LETTER_WORD})\s+(?i:by|from)\s")
#: A Roman numeral of two letters or more, as a volume's (``II.``, ``XIV``).
_VOLUME_NUMERAL = re.compile(r"[IVXLC]{2,}\b")


def _letter_after_its_archive(text: str) -> Recognized | None:
    """``Public Record Office, FO 371/12345, Memorandum by Smith, 3 May 1936``, ``Trotsky Archives, Houghton
    Library, bMS Russ 13.1 (7530): Trotsky to Cannon, 12 May 1935``: a letter, memorandum… (:func:`_letter`, which
    reads none with its archive first) after the repository, collection or shelfmark that keep it, which are
    its archive, archive place and location (the first place where the rest reads as such an item, dated to the month
    at least: ``…, 11, 188. George Watterston, New Guide to Washington (Washington, 1847)`` is a book's title)."""
    to = _TO_BETWEEN_SPACES.search(text) or _GENRE_BY_AFTER_MARKS.search(text)
    if to is None or not _YEAR_DIGITS.search(text, to.end()):
        return None  # every item read has its "to" ("Memorandum by": its genre), and a year after it
    marks_end = _keeper_mark_end(text[:to.start()])
    if marks_end is None:
        return None  # nothing before the item keeps it
    for boundary in _ITEM_AFTER_MARKS.finditer(text, marks_end):
        if _VOLUME_NUMERAL.match(text, boundary.end()):
            continue  # "…, II. Bradstreet to Shirley": a volume's numeral, no sender's name
        found = _letter(text[boundary.end():])
        if found is None or "archive" in found.record or "archive_location" in found.record \
                or len(found.record.get("issued", {}).get("date-parts", [[]])[0]) < 2:
            continue
        head = text[:boundary.start()]
        if _looks_published(head):
            return None
        _put_where_filed(found.record, head)
        return found
    return None


def _put_where_filed(record: dict[str, Any], marks: str) -> None:
    """Put the archive, its place and the marks that ``marks`` (written before a letter) name in the letter's ``record``;
    its numbers (``XIII, Nos. 1361, 1364``, ``box 3, 17``) say where the letter is filed, no pinpoint."""
    numbers = _place(record, marks, archival=True)
    if numbers:
        record["archive_location"] = ", ".join(filter(None, (record.get("archive_location"), numbers)))


#: The genre of a filed item opening its cite, perhaps numbered (``Letter``, ``telex 288``, ``Cablegram 38``, ``Minute``).
_GENRE_HEAD = re.compile(rf"(?P<genre>(?i:{_LETTER_WORD}))(?:\s+(?:(?i:no)\.\s*)?(?P<number>\d[\w/.-]*))?")
#: ``MS.``/``MSS.`` opening a cite: what follows is kept in manuscript.
_MS_MARK = re.compile(r"(?:MSS?|МS)\.\s+(?=[A-Z])")


#: The mark of an item or leaf: numbers, lower-case labels (``lib.``, ``fols.``), ``No.`` and codes of
#: a few capitals (``lib. WB No. 93``), no word of a title.
_MARK = re.compile(r"(?:(?:[a-z]{1,5}\.?|Nos?\.|[A-Z]{1,3}|\d[\w./-]*)(?:\s+|$))+")


def _marked_collection(text: str) -> Recognized | None:
    """``MS. Recorder of Deeds, D.C., Land Records, lib. O No. 14, fols. 303-307``: a manuscript
    collection (the work) after its keeper (the archive), the marks of the item and its leaves as the
    pinpoint and a date after them (the item's) as a note; None unless every part after the collection is
    a numbered mark (a titled part names an item of it: ``…, Accounts Records, 16 Domestic Letters``)."""
    mark = _MS_MARK.match(text)
    if mark is None:
        return None
    parts = _split(text[mark.end():])
    at = next((i for i, p in enumerate(parts) if _COLLECTION.search(p)), 0)
    marks = parts[at + 1:]
    date = marks.pop() if len(marks) > 1 and _date_only(marks[-1]) is not None else ""
    if not at or not marks or not all(_MARK.fullmatch(p) and _DIGIT.search(p) for p in marks):
        return None
    record: dict[str, Any] = {"type": "manuscript", "title": parts[at], "archive": ", ".join(parts[:at])}
    if date:
        record["note"] = date  # the item's date: not the collection's
    return Recognized("archival", record, ", ".join(marks))


#: A government body named right before the marks of its own files (``Department of State``, ``U.S. Department of
#: State``, ``Ministry of Defence``): where the item is kept.
_BODY_KEEPING_FILES = re.compile(r"(?:U\.\s?S\.\s+|US\s+)?(?:Department|Ministry|Bureau|Office)\s+of\s+[A-Z][\w\s]{2,40}")
#: The page a quotation is on, bracketed after the pages cited (``pp. 33–61 (quote on p. 47)``, ``(quotes from pp. 61,
#: 67–69)``).
_QUOTE_ON_PAGE = re.compile(r"\(\s*quot(?:e|es|ed|ation)\s+(?:on|from|at)\s+(?P<page>pp?\.\s*[\d,–\-\s]+?)\s*\)")


#: A website named an archive (``Marxists Internet Archive``, ``Internet Archive``): a site, not a repository.
_WEB_ARCHIVE = re.compile(r"\bInternet\s+Archive\b", re.I)


#: A sentence saying where an item is kept (``The UK record of these talks is at PREM 13/899``): the item is named by
#: three words or more (``A copy is in …`` names none of its own).
_ITEM_KEPT_AT = re.compile(r"(?P<item>(?:The|An?)\s+(?!copy\b|copies\b|original\b)[^\s,;]+(?:\s+[^\s,;]+){1,8}?)\s+(?:is|are)\s+"
                           r"(?:(?:held|kept|filed|preserved)\s+)?(?:at|in)\s+(?=\S)")


#: The words opening a bracket of items sent with a letter (``(with attached``, ``(and enclosed``), and those opening one
#: that names the letter an item was sent with (``(attached to``, ``(attachment to``).
_WITH_ATTACHED = r"(?i:and|with|plus)\s+(?i:attached|enclosed)"
_SENT_WITH_IN = r"(?i:(?:attached|enclosed)\s+(?:to|in)|(?:an\s+)?(?:attachment|enclosure)\s+to)"
#: The bracket naming the letter an item was sent with (read as a cite of its own by :func:`find_kinds`).
_SENT_WITH_IN_BRACKETS = re.compile(rf"\s*\({_SENT_WITH_IN}\s+[^()]+\)")
#: What every :data:`_SENT_WITH_IN` holds, in lower case (``attached``, ``attachment``; ``enclosed``, ``enclosure``).
_SENT_WITH_IN_WORDS = ("attach", "enclos")
#: Words of a sentence saying where papers are kept (``… can be found``, ``… are held``) before the archive it names.
_SAYS_WHERE_KEPT = re.compile(r"\b(?:can|may|could|might|is|are|was|were)\s+(?:also\s+)?(?:be\s+)?(?:found|located|held|kept|"
                              r"preserved|filed)(?:\s+(?:attached\s+)?together)?\s*(?:in|at|among)?\s*$")


def _archival(text: str) -> Recognized | None:
    if "(" in text and may_hold(text, _SENT_WITH_IN_WORDS):  # "report of 1986 HAC meeting (attached to Perkins to
        text = _SENT_WITH_IN_BRACKETS.sub("", text)  # Shultz, DATE), …": the letter is a cite of its own
    shelfmark = _shelfmark(text)
    if shelfmark is None and not (_COLLECTION.search(text) and _REPOSITORY.search(text)) \
            and not _repository_then_minutes(text):
        return None  # neither a shelfmark nor a repository and a collection anywhere in the text
    if shelfmark is None and _WEB_ARCHIVE.search(text):
        return None  # "…, Marxists Internet Archive, https://…": a page of a website
    bracketed = _source_after_a_sentence(text)
    if bracketed is not None and (SHELFMARK.search(bracketed)
                                  or _COLLECTION.search(bracketed) and _REPOSITORY.search(bracketed)):
        text, shelfmark = bracketed, SHELFMARK.search(bracketed)  # "… visit to PNG (Hay interview, 1973–4, NLA: …)."
    if "(" in text:  # "Roe, “[Letter to Doe]” (Roe Papers, Library, May 3, 1979)": the bracket is where it is kept
        text = _KEPT_IN_BRACKETS.sub(_kept_after_title, text)
    kept = _ITEM_KEPT_AT.match(text)
    if kept and SHELFMARK.search(text, kept.end()):  # "The UK record of these talks is at PREM 13/899": the item, then
        text = f"{kept['item']}, {text[kept.end():]}"  # where it is kept
    parts = _split(text)
    repository = [i for i, p in enumerate(parts) if _REPOSITORY.search(p) and not _YEAR.fullmatch(p)]
    collection = [i for i, p in enumerate(parts) if _COLLECTION.search(p)]
    if shelfmark is None and not (repository and collection) and not _repository_then_minutes(text):
        return None
    if _looks_published(text):
        return None  # "Archives of Sexual Behavior 12 (1983)": a journal, not an archive
    marked = repository + collection + [i for i, p in enumerate(parts)
                                        if SHELFMARK.search(p) or _ARCHIVE_AND_SERIES.fullmatch(p.strip())]
    if not marked:
        return None  # the archive the whole text names is in no part of its own: no archival part to read
    first = min(marked)
    head, tail = parts[:first], parts[first:]
    record: dict[str, Any] = {"type": "manuscript"}
    if head and _ARCHIVE_ACRONYM.fullmatch(head[-1]):  # "TNA, CAB 24/140, …": the archive, not a title
        record["archive"] = head.pop()
        if not head:
            tail = _title_among_marks(record, tail)
    elif not head:  # "UKNA: CAB 129/128/2, …", "MS. National Archives, Record Group 58, Book A, “List of …”": the same
        tail = _title_among_marks(record, tail)  # order, the quoted title after the marks
    if head and all(_PASSIM.fullmatch(p.strip()) or i and _BODY_KEEPING_FILES.fullmatch(p.strip())
                    for i, p in enumerate(head)):
        return None  # "See passim, NARA, RG 59, Box 5, 1947–1948": files read throughout, no item and no title
    # the item: author (a person's name), title, date before the archival part
    if len(head) > 2 and _CORPORATE.fullmatch(head[1]) and _name_like(head[0]):  # "Roe Holdings, Inc., “Title”"
        record["author"] = [{"literal": f"{head.pop(0)}, {head.pop(0)}"}]
    elif len(head) > 1 and (_person(head[0]) or _name_like(head[0]) and head[1].lstrip().startswith(_OPENING_QUOTES)):
        _put_names(record, "author", head.pop(0))
    elif len(head) > 1 and _body_issuing_an_item(head[0]) and head[1].lstrip()[:1].isupper():
        record["author"] = [{"literal": head.pop(0).strip()}]  # "Commission for …, Final Report, doc. no. …, DATE, …"
    clipping = _clipping(head)
    if clipping is not None:  # "“Title,” Los Angeles Times, 18 March 1981, part 4, clipping from X records, box 2"
        record.update(clipping[0])
        head, tail, page = [], clipping[1] + tail, clipping[2]
        locator = _place(record, ", ".join(tail))
        if "archive" not in record and "archive_location" not in record:
            return None
        return Recognized("archival", record, page or locator)
    titles, pinpoint = [], None
    for part in head:
        undated = _NO_DATE.search(part) if "date" in part or "n." in part else None
        before = part[:undated.start()].rstrip() if undated and undated.end() == len(part.rstrip()) else None
        if before == "" and titles:
            continue  # "Baehler memorandum, [no date], NARA, …": the editor's word that the item is undated, no title
        if before and before.endswith(("”", "’", "\"")):
            part = before  # "“CDC actions,” [no date], NARA, …": the word after the quoted title, not in it
        if "issued" not in record:
            parsed = _date_only(part)
            if parsed is not None:
                record["issued"] = parsed
                continue
        if titles and pinpoint is None and _LOCATOR_WORD.match(part.strip()):
            # "Minutes of 1957 HAC meeting, pp. 33–61 (quote on p. 47), Department of State, HAC Lot File…": the pages
            # cited (the quotation's page when one is named), not the title
            quoted = _QUOTE_ON_PAGE.search(part)
            pinpoint = quoted["page"] if quoted else part.strip()
            continue
        titles.append(part)
    keeper = next((k for k, part in enumerate(titles) if (k or not record.get("author") and not record.get("issued"))
                   and _BODY_KEEPING_FILES.fullmatch(part.strip())), None)
    if keeper is not None and "archive" not in record:
        # "…, Department of State, HAC Lot File 96D292", "…, Department of State, Bureau of Public Affairs, Office of the
        # Historian, Advisory Committee … Files": who keeps the files, and its offices; at the start, undated and by no one
        # ("See Department of State, CDC Lot File 95D113, Box 2, PA/HO Plan"), a folder of the body's files
        record["archive"] = ", ".join(part.strip() for part in titles[keeper:])
        titles = titles[:keeper]
    if titles and _SAYS_WHERE_KEPT.search(titles[-1]):
        return None  # "The briefing materials for …, drafted by FPC, can be found in Department of State, …": prose
    if titles:
        named = _GENRE_AND_WRITER.fullmatch(titles[0].strip()) or _GENRE_AND_OFFICE.fullmatch(titles[0].strip()) \
            if len(titles) == 2 else None
        if named is not None and _ANY_QUOTED_WHOLE.fullmatch(titles[1].strip()):
            # "Memorandum by Bevin, ‘The Soviet threat’, 5 Jan. 1948, CAB 129/23": the item's genre and writer, then its
            # title; an office that wrote it ("Memorandum by the foreign secretary") stays in the note
            record["genre"] = named["genre"].lower()
            if named.re is _GENRE_AND_WRITER:
                _put_names(record, "author", named["sender"])
            else:
                _add_note(record, titles[0].strip())
            titles = titles[1:]
        if len(titles) > 1 and _QUOTED_WHOLE.fullmatch(titles[0].strip()):
            for part in titles[1:]:  # "“Resolution on the Russian Question,” mimeograph, New York": what the
                _add_note(record, part)  # item is and where it was made, after its quoted title
            titles = titles[:1]
        title, described = description_out(", ".join(titles).strip())
        record["title"] = strip_edge_punctuation(re.sub(r"^[“\"‘]|[”\"’]$", "", title.strip()))
        if described:
            _add_note(record, described)  # "memorandum entitled “On Publications…”": what the item is
        _described_letter(record)
    locator = _place(record, ", ".join(tail)) or pinpoint
    if "archive" not in record and "archive_location" not in record:
        return None
    if "title" not in record:
        _item_named_after_its_marks(record)
    else:
        _genre_and_mark_of_a_titled_item(record)
    if "title" not in record:  # a record book cited by its name: "Proceedings of the Commissioners, IV, 126"
        series = [p for p in _split(record.get("archive_location", "")) if _SERIES.fullmatch(p)]
        if series:
            record["title"] = series[0]
            rest = [p for p in _split(record["archive_location"]) if p != series[0]]
            if rest and _COLLECTION.search(series[0]) and not any(_COLLECTION.search(p) for p in rest):
                # the collection is the work: the item's marks are the pinpoint (unless another collection keeps it:
                # "Dalton diary, 12 Jan. 1947, BLPES, Dalton papers, I/35")
                locator = ", ".join([*rest, locator] if locator else rest)
                del record["archive_location"]
            elif rest:
                record["archive_location"] = ", ".join(rest)
            else:
                del record["archive_location"]
    return Recognized("archival", record, locator)


#: An untitled item named by its genre and its writer (``minute by Warner``, ``letter from Ann Roe``).
_GENRE_AND_WRITER = re.compile(rf"(?P<genre>(?i:{_LETTER_WORD}))\s+(?i:by|from)\s+(?P<sender>{_NAME})")
#: An item named by its genre and the office that wrote it, in lower case (``memorandum by the foreign secretary``).
_GENRE_AND_OFFICE = re.compile(rf"(?P<genre>(?i:{_LETTER_WORD}))\s+(?i:by|from)\s+the\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,4}}")
#: An item named by its genre after at most two words and before its subject (``MI5 report on Dutt``, ``minutes of the
#: Political Committee``), no digit.
_GENRE_NAMED_ITEM = re.compile(rf"(?:[\w'’-]+\s+){{0,2}}(?i:{_LETTER_WORD}|report|diary|minutes|resolution|statement|circular)"
                               r"\s+(?i:on|of|about|concerning)\s+[^\d;]+")
#: A cabinet's or committee's paper named by its mark (``CC(67)16``, ``CP 212(23)``, ``C(67)40``, ``OPD(66) 30th
#: meeting``): the British government's way of numbering its papers and conclusions.
_PAPER_MARK = re.compile(r"[A-Z]{1,4}\s?\(\d{2}\)\s?\d{1,4}(?:st|nd|rd|th)?(?:\s+(?:meeting|conclusions|minutes))?"
                         r"|[A-Z]{1,4}\s?\d{1,4}\s?\(\d{2}\)")
#: An item named by its genre alone, perhaps with its number or its addressee (``minute``, ``cablegram 3067``,
#: ``minute to Wilson``, ``brief``).
_GENRE_ALONE = re.compile(rf"(?i:{_LETTER_WORD}|report|brief|diary\s+entry)(?:\s+(?:(?i:no)\.\s*)?\d[\w/.-]*)?"
                          rf"(?:\s+(?i:to)\s+[^\d;,]+)?")


#: A note's part that declares the short name later notes use (``hereafter MRC``, ``henceforth FRUS``).
_HEREAFTER = re.compile(r"(?i:hereafter|henceforth|hereinafter)\b")


def _item_named_after_its_marks(record: dict[str, Any]) -> None:
    """``PRO, FO 371/56763, N4065/5169/38, minute by Warner, 3 Apr. 1946``, ``TNA, KV 2/1729, MI5 report on Dutt,
    14 Nov. 1940``, ``TNA, PREM 13/1454, minute, 3 Sept. 1966``: an archival record without a title whose note (what
    was left after the archive, its marks and the date) is just the item's genre and its writer, its genre and
    subject, its genre alone (with its number or addressee), or a cabinet paper's mark (``CC(67)16``), takes it as
    its title (the writer as its author),
    not a note the record would otherwise be untitled beside."""
    parts = record.get("note", "").split("; ")
    kept = [part for part in parts if _HEREAFTER.match(part)]  # "(hereafter MRC)": how the notes name the archive
    note = "; ".join(part for part in parts if part not in kept)
    named = _GENRE_AND_WRITER.fullmatch(note)
    if named is None and not _GENRE_NAMED_ITEM.fullmatch(note) and not _GENRE_ALONE.fullmatch(note) \
            and not _PAPER_MARK.fullmatch(note):
        return
    record["title"] = note
    if kept:
        record["note"] = "; ".join(kept)
    else:
        del record["note"]
    if named is not None:
        _put_names(record, "author", named["sender"])


def _genre_and_mark_of_a_titled_item(record: dict[str, Any]) -> None:
    """``TNA, CAB 129/128/2, C(67)41, ‘Defence Expenditure Studies’, memorandum by Bowden, 31 March 1967``: once
    the quoted title is taken, the parts of the note that are the item's genre and writer (``memorandum by Bowden``)
    and a cabinet paper's mark (``C(67)41``) are its ``genre``, ``author`` and ``number``; the rest stays the note."""
    rest = []
    parts = [part.strip() for part in _split(record.get("note", ""))]
    for part in parts:
        named = _GENRE_AND_WRITER.fullmatch(part)
        if named is not None and "genre" not in record and not record.get("author"):
            record["genre"] = named["genre"].lower()
            _put_names(record, "author", named["sender"])
        elif _PAPER_MARK.fullmatch(part) and "number" not in record:
            record["number"] = part
        else:
            rest.append(part)
    if len(rest) == len(parts):
        return  # nothing taken: the note stays as it was written
    if rest:
        record["note"] = ", ".join(rest)
    else:
        record.pop("note", None)


#: A part that is one double quotation, whole (``“Resolution on the Russian Question”``, perhaps its comma inside).
_QUOTED_WHOLE = re.compile(r"[“\"][^“”\"]+[”\"]")


#: A part that is one quotation, whole, in double or single marks (``‘The Soviet threat’``).
_ANY_QUOTED_WHOLE = re.compile(_QUOTED_WHOLE.pattern + r"|‘.+’")


#: A sentence of prose: six words or more, at least half of them in lower case, no digit.
_PROSE_WORDS = 6


def _source_after_a_sentence(text: str) -> str | None:
    """What the bracket that closes ``text`` holds when a sentence of prose (:data:`_PROSE_WORDS` words or more,
    at least half in lower case, no digit) comes before it: ``… visit to PNG (Hay interview, 1973–4, NLA: TRC
    121/65, 5:2/20).`` gives the source in the bracket; None otherwise."""
    opening = text.find("(")
    close = text.rstrip(" .;").rfind(")")
    if opening <= 0 or close < opening or "(" in text[opening + 1:close]:
        return None
    words = re.findall(r"[^\W\d_]+", text[:opening])
    if len(words) < _PROSE_WORDS or _DIGIT.search(text, 0, opening) or 2 * sum(w.islower() for w in words) < len(words):
        return None
    return text[opening + 1:close]


#: A page of a periodical's issue after its date: a number, a section's page (``7A``, ``B12``), ``part 4``, ``sec. 2``.
_ISSUE_PAGE = re.compile(r"(?:(?:p|pp|part|pt|sec|section)\.?\s*)?(?:\d{1,4}[A-Z]?|[A-Z]{1,2}\d{1,4})(?:\s*[-–]\s*\d{1,4})?", re.I)


def _clipping(head: list[str]) -> tuple[dict[str, Any], list[str], str | None] | None:
    """A published item kept in an archive (a clipping, a newsletter's article): the ``head`` before the archival
    part opens on a wholly quoted title, then a periodical's name (no digit) and its date (``“A Call from the
    President,” Los Angeles Times, 18 March 1981``). Its record (title, ``container-title``, ``issued``, the type
    its periodical's name tells), the parts after the date (where it is kept) and the page after the date, if any."""
    if len(head) < 3:
        return None
    quoted = _WHOLLY_QUOTED.fullmatch(head[0].strip())
    paper = head[1].strip()
    issued = _date_only(head[2])
    if quoted is None or issued is None or _DIGIT.search(paper) or not paper[:1].isupper() or _date_only(paper):
        return None
    rest = head[3:]
    page = rest.pop(0).strip() if rest and _ISSUE_PAGE.fullmatch(rest[0].strip()) else None
    record = {"type": _paper_type(paper, "article-newspaper"), "title": strip_edge_punctuation(quoted["title"].strip()),
              "container-title": paper, "issued": issued}
    return record, rest, page


#: ``passim`` (perhaps after ``see``, ``see also``, ``and``, ``cf.``, or before ``in``) heading an archival cite:
#: where the files were read throughout, a pinpoint word and no item's title.
_PASSIM = re.compile(r"(?i)(?:(?:see(?:\s+also)?|and|cf\.?)\s+)*passim\.?(?:\s+in)?")
#: An archive named by its initials alone (``TNA``, ``PRO``, ``LSE``) before the shelfmark of an item it keeps.
_ARCHIVE_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: An archive's acronym, a colon and the series it keeps (``NAA: A1838``, ``UKNA: CAB 129``): where the item is kept.
_ARCHIVE_AND_SERIES = re.compile(rf"{_ARCHIVE_ACRONYM.pattern}:\s*[A-Z]{{0,4}}\s?\d[\w/.-]*")
#: A part that is all one quotation, in curly or straight single or double quotes.
_WHOLLY_QUOTED = re.compile(r"[“\"‘'](?P<title>[^“”\"‘’']+(?:['’][a-z][^“”\"‘’']*)*)[”\"’']")


def _title_among_marks(record: dict[str, Any], tail: list[str]) -> list[str]:
    """``TNA, CAB 24/140, CP 3426, 'Communist propaganda', 12 Oct. 1922``: the first part after the shelfmarks
    that is all one quotation is the item's title, put in ``record``; returns the other parts. Without one, a folder
    or file named in quotes (``Folder “Dissent Channel Package (1980)”, Box 3, Lot File 04 D 114``) is what is cited:
    its name is the title, the part stays where it is kept."""
    quoted = next((i for i, p in enumerate(tail) if _WHOLLY_QUOTED.fullmatch(p)), None)
    if quoted is None:
        folder = next((found for p in tail if (found := _NAMED_FOLDER.fullmatch(p.strip()))), None)
        if folder is not None:
            record["title"] = folder["title"].strip()
        return tail
    record["title"] = _WHOLLY_QUOTED.fullmatch(tail[quoted])["title"].strip()
    return tail[:quoted] + tail[quoted + 1:]


#: A folder or file named in quotes (``Folder “Dissent Channel Package (1980)”``, ``file 'Correspondence 1952'``).
_NAMED_FOLDER = re.compile(r"(?i:folder|file)\s+[“\"‘'](?P<title>[^“”\"‘’']+)[”\"’']")


#: A quoted title, then in brackets the collection, repository and date that keep it (closing the cite or
#: before a comma).
_KEPT_IN_BRACKETS = re.compile(r"([”\"])\s*\(([^()]+)\)(?=\s*(?:,|$))")
#: The word that ends a company's name after a comma (``Roe Holdings, Inc.``).
_CORPORATE = re.compile(r"(?:Inc|Ltd|Co|Corp|LLC|S\.A|GmbH)\.?")


def _kept_after_title(match: re.Match[str]) -> str:
    """The bracket of :data:`_KEPT_IN_BRACKETS` after its quoted title as plain parts, its closing date first
    (``“T” (Papers, Library, 1973)`` → ``“T”, 1973, Papers, Library``): the item's date, not a pinpoint."""
    for cut in (2, 1):  # "…, September 18, 1979", "…, 1973"
        parts = match.group(2).rsplit(",", cut)
        date = ",".join(parts[1:]).strip()
        if len(parts) == cut + 1 and _date_only(date) is not None:
            return f"{match.group(1)}, {date}, {parts[0].strip()}"
    return f"{match.group(1)}, {match.group(2)}"


#: An untitled item described in square brackets (``[Letter to Ben Doe and Ann Roe]``, ``[Minutes]``).
_DESCRIBED = re.compile(r"\[(?P<description>[^\[\]]+)\]")
#: A description that names a letter and its recipient.
_DESCRIBED_LETTER = re.compile(rf"(?i:letter|lettre|brief|carta|telegram|cable|note)\s+to\s+(?P<recipient>{_RECIPIENT})")


def _described_letter(record: dict[str, Any]) -> None:
    """An archival item titled by a description in square brackets is titled by the description
    (``[History of the Organization]``); one that describes a letter (``[Letter to Ben Doe and Ann Roe]``)
    is a ``personal_communication`` to the recipient it names, from the item's author."""
    described = _DESCRIBED.fullmatch(record["title"])
    if described is None:
        return
    record["title"] = described["description"].strip()
    letter = _DESCRIBED_LETTER.fullmatch(record["title"])
    if letter and record.get("author") and _recipient_like(letter["recipient"]):
        record["type"] = "personal_communication"
        _put_names(record, "recipient", letter["recipient"])


#: The name of a series or record book: capitalised words, no number, no box or shelfmark word.
_SERIES = re.compile(r"(?![^,]*\b(?:box|folder|file|reel|Record\s+Group|RG|Lot)\b)[A-Z][^\d,]*\s[^\d,]+")


#: A body's minutes as their series is named (``Leeds ASLEF branch minutes``, ``Area 4 Committee Minutes``,
#: ``TGWU 5/234 branch minutes``, ``Minutes of a Council of War at Dover``): the body's capitalised words, numbers
#: (a branch's ``5/234`` too) and words for its parts, then
#: ``minutes`` (with ``of`` the body after it), at most a place after ``at``.
_MINUTES = re.compile(
    r"^\s*(?P<title>(?:(?:[A-ZÀ-Ý][\w.'’&-]*|\d+(?:/\d+)?|\([\w.'’&-]{1,15}\)|of|the|and|&|[-–]|branch|committee|council|district|executive|"
    r"general|annual|quarterly|special|meeting|board|central|management|works|joint|sub-committee)\s+){0,8}"
    rf"(?i:minutes)(?:\s+of\s+(?:the\s+|an?\s+)?{_NAME}(?:\s+(?:meeting|session)s?)?(?:\s+at\s+{_NAME})?)?)\s*,?\s+(?P<rest>.*)$",
    re.S)  # "Minutes of the HAC meeting, March 3–4, 1992"
#: A word :data:`_MINUTES` holds (:func:`~notecite.textscan.may_hold`).
_MINUTES_WORDS = ("minutes",)


def _minutes(text: str) -> Recognized | None:
    """The minutes of one meeting of a body (``Leeds ASLEF branch minutes March 3rd 1941``, ``Minutes of Council,
    27 Nov. 1755, in Book, 12``): ``manuscript`` titled with the minutes' series as printed, ``issued`` the day
    (or month) of the meeting; what follows the date is placed as an item's tail (:func:`_place`)."""
    if not may_hold(text, _MINUTES_WORDS):
        return None
    match = _MINUTES.match(text)
    date = _leading_date(match["rest"]) if match else None
    if date is None or len(date[0].get("date-parts", [[]])[0]) < 2 or date[2]:
        return None  # no date, a year alone (a run of minutes), or a place before the date
    record: dict[str, Any] = {"type": "manuscript", "title": squeeze(match["title"]), "issued": date[0]}
    if date[3]:
        _add_note(record, date[3])  # the other meetings cited with it
    locator = _place(record, match["rest"][date[1]:])
    return Recognized("minutes", record, locator)


#: A periodical's name opening on an article (``Le Peuple``, ``The Nation``, ``Die Rote Fahne``).
_ARTICLE_LED = re.compile(r"(?:The|Le|La|Les|L['’]|Die|Der|Das|Il|El|O|A)\s*[A-ZÀ-Ý]")
#: Nouns that end the names of newspapers beyond InferType's words (``Derbyshire Advertiser``, ``Evening News``,
#: ``Hartford Courant``): a name ending on one and dated to the day is a paper's issue.
_PAPER_NOUN = re.compile(r"\b(?:" + "|".join(sorted(PAPER_NOUNS)) + r")$", re.I)
#: A second paper's name and day right after a paper's day, no punctuation between (bare reference lists):
#: ``… May 7th 1926 Ilkeston Pioneer May 14th 1926``.
_SECOND_PAPER = re.compile(r"(?!(?i:and|et|und|or|y)\s)[^\W\d_][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\s+(?P<day>" + _DAY_DATE.pattern + r")")
#: A day's edition named after the paper's date (``- evening edition``, ``, late edition``, ``mid day edition``).
_EDITION_AFTER_A_DAY = re.compile(r"[-–—,(]?\s*(?P<edition>(?i:morning|evening|mid[- ]?day|noon|late|early|final|city|"
                                  r"special|extra|first|second|third)\s+(?i:edition|ed\.))\)?")
#: Prose after a paper's day joined by ``of`` (``the Sun of May 3, 1910, said: …``, ``…, 1685, the account …``):
#: a comma and a lower-case word.
_PROSE_AFTER_A_DATE = re.compile(r"\s*,\s+[a-z]")
#: Words that open a date's phrase, not a newspaper's name (``Accessed February 21, 2024``).
_NOT_A_PAPER = re.compile(r"(?:accessed|consulted|retrieved|viewed|visited|published|updated|posted|written|dated|signed|"
                          r"received|sent|modified|last|abgerufen|consult[ée]|publi[ée])\b", re.I)


#: Papers listed before the one day they all appeared on (``Albany Evening Journal, Boston Daily Advertiser, and
#: Norwich Morning Bulletin, all December 7, 1861``, ``the Times and the Daily News, both 3 May 1926``).
_PAPERS_OF_ONE_DAY = re.compile(r"(?P<papers>[A-Z][^;:()]*?(?:\([^()]{1,30}\)[^;:()]*?)*),?\s+(?:all|both)\s+(?P<day>[^;()]*?\d{4})")


def _papers_of_one_day(text: str, start: int, end: int) -> list[tuple[int, int, Recognized]]:
    """The issues of the papers a clause lists before one day (:data:`_PAPERS_OF_ONE_DAY`), one item each spanning its
    paper's name (the last one's span holds the day too); empty unless one listed name at least reads, with that day, as
    a newspaper's issue and every other is a capitalised name (``Albany Evening Journal``)."""
    if text.find("all", start, end) == -1 and text.find("both", start, end) == -1:
        return []  # the pattern's "all" or "both" before the day
    match = _PAPERS_OF_ONE_DAY.match(text, start + len(text[start:end]) - len(text[start:end].lstrip()), end)
    if match is None or text[match.end():end].strip(" .,;") or "," not in match["papers"] and " and " not in match["papers"]:
        return []
    names = [(m.start(), m.end()) for m in re.finditer(r"[^,]+?(?=\s*(?:,\s*(?:and\s+)?|\s+and\s+|$))",
                                                        text[:match.end("papers")].rstrip(", "))
             if m.start() >= match.start("papers") and m.group().strip()]
    day = _DAY_DATE.fullmatch(match["day"].strip())
    date = _date_of(day) if day else None
    if date is None:
        return []
    out, papers = [], 0
    for n, (s, e) in enumerate(names):
        name = re.sub(r"^(?:and\s+)", "", text[s:e].strip())
        found = _newspaper(f"{name}, {match['day']}")
        papers += found is not None and found.kind == "newspaper"
        if found is None or found.kind != "newspaper":  # "Albany Evening Journal": a paper's name all the same
            if len(name.split()) > 6 or not all(w[:1].isupper() or w in ("of", "the", "and", "&") for w in
                                                re.sub(r"\([^()]*\)", "", name).split()):
                return []
            found = Recognized("newspaper", {"type": "article-newspaper", "container-title": name, "issued": date})
        s += len(text[s:e]) - len(text[s:e].lstrip())
        if text[s:].startswith("and "):
            s += 4
        found.read_alone = False  # the name alone is no item: the day after the list dates it
        out.append((s, match.end() if n == len(names) - 1 else e, found))
    return out if papers else []


#: What every :data:`_DAY_DATE` match holds, from the last digit of its day on: the day's ending, a space, perhaps
#: the month, and the year (``7, 1937``, ``7 Nov. 1937``). The pattern opens on a digit, which ``re`` skips to fast.
_DAY_THEN_YEAR = re.compile(r"\d[^\W\d_]{0,2}[.,]?\s+(?:(?:de\s+)?[^\W\d][\w'’]*\.?,?\s+)?(?:de\s+)?(?:1[4-9]\d\d|20\d\d)(?!\d)")


def _newspaper(text: str) -> Recognized | None:
    if not _DAY_THEN_YEAR.search(text):
        return None  # the item's day date (a cheap test before the costly pattern)
    match = _NEWSPAPER.match(text)
    if not match:
        return _bracketed_in_the_name(text) or _paper_of_several_days(text)
    return _newspaper_item(match)


def _paper_of_several_days(text: str) -> Recognized | None:
    """``Derbyshire Advertiser March 13th, October 23rd, October 30th 1970``: a paper's issues of a series of days
    (:func:`~notecite.normalize.dates.day_series`) ending the text, read as the issue of the first day (the linker
    makes one cite of each day, :func:`~notecite.link.days.one_cite_per_day`)."""
    days = day_series(text)
    if len(days) < 2 or text[days[-1][1]:].strip(" .,;"):
        return None
    first = text[:days[0][1]]  # the paper's name and the first day, with the series' year when it has none of its own
    if not _YEAR.search(text, days[0][0], days[0][1]):
        first += f" {days[0][2]['date-parts'][0][0]}"
    for dated in (text[:days[0][0]] + text[days[-1][0]:], first):  # the name and the last day, or the first day
        match = _NEWSPAPER.match(dated)
        found = _newspaper_item(match) if match else None
        if found is not None and found.locator is None and not found.record.get("title"):
            found.record["issued"] = days[0][2]
            return found
    return None



#: A place in square brackets before a paper's name (``[Washington D.C.] Evening Union``), added by the citer.
_PLACE_BEFORE_A_PAPER = re.compile(r"\s*\[(?P<place>[^\[\]]{2,40})\]\s*(?=[A-Z])")
#: A bracket inside a paper's name, after its first words (``Harrisburg (PA) Patriot``, ``Boston (Morning) Journal``).
_BRACKET_IN_A_PAPER = re.compile(r"\s*(?P<head>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2})\s+(?P<bracket>\([^()]{1,30}\))\s+(?=[A-Z])")


def _bracketed_in_the_name(text: str) -> Recognized | None:
    """A newspaper item whose paper is named with a bracket the shape does not take: a place in square
    brackets before the name (the item's place), or a bracket inside it (kept in the name as printed)."""
    lead = _PLACE_BEFORE_A_PAPER.match(text)
    if lead:
        match = _NEWSPAPER.match(text[lead.end():])
        found = _newspaper_item(match) if match else None
        if found is not None:
            found.record.setdefault("publisher-place", lead["place"].strip())
        return found
    inner = _BRACKET_IN_A_PAPER.match(text)
    match = _NEWSPAPER.match(inner["head"] + " " + text[inner.end():]) if inner else None
    found = _newspaper_item(match) if match else None
    if found is None or not found.record["container-title"].startswith(inner["head"] + " "):
        return None
    paper = found.record["container-title"]
    found.record["container-title"] = f"{inner['head']} {inner['bracket']} {paper[len(inner['head']) + 1:]}"
    return found


#: A closing double quote: a newspaper item's quoted title holds none.
_DOUBLE_CLOSING_QUOTE = re.compile(r"[”\"]")


#: ``and`` (or ``und``, ``et``, ``y``) and a capitalised word after an issue's day: the next cite of the note (unless the
#: word is a month: ``December 1, 1863 and January 25, 1864`` are two issues of the paper).
_NEXT_CITE_JOINED = re.compile(r"(?:and|und|et|y)\s+(?=[A-ZÀ-Ý])")


#: A word of three letters or more and a full stop inside a paper's name: a sentence's end, no paper's name.
_WORD_AND_STOP = re.compile(r"[\w’']{3,}\.\s")


def _town_and_region(text: str) -> bool:
    """Whether ``text`` is a town (capitalised words) and, after a comma, its state, province or country
    (``Brattleboro, VT``, ``Hyde Park, VT``, ``Denver, Colorado``)."""
    town, comma, region = text.rpartition(",")
    return bool(comma) and bool(re.fullmatch(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}", town.strip())) and is_region(region.strip())


def _newspaper_item(match: re.Match[str]) -> Recognized | None:
    """The newspaper item :data:`_NEWSPAPER` matched, when its parts read as one (a paper's name, a day)."""
    paper = match["paper"].strip().removeprefix("the ")  # "see the Gazette of …": the article is the prose's
    day = _DAY_DATE.fullmatch(match["day"])
    if not day or _date_of(day) is None or match["author"] and match["paper"].startswith("the "):
        return None  # no day, or prose before "the" ("Thus, the Times of …")
    if match["title"] and _DOUBLE_CLOSING_QUOTE.search(match["title"]):
        return None  # the "title" runs over a closing quote into a second item ("…,” Perspectives …, URL and X, “…,”)
    words = paper.split()
    # a paper's name of three words or more that ends on a paper's noun is no person's ("Savannah Morning News"); nor is
    # one with its town and state in brackets after it ("Vermont Phoenix (Brattleboro, VT)"): that names a paper too
    by_noun = _NEWSPAPER_WORDS.search(paper) or _MAGAZINE.search(paper) or _PAPER_NOUN.search(paper)
    named = by_noun or _town_and_region(match["place"] or "")
    if any(_NOT_A_PAPER.match(w) for w in words) or _WORD_AND_STOP.search(paper) or is_known_place(paper) \
            or month_number(words[0]) or len(words) > 7 \
            or _person(paper) and not (match["title"] or match["title_by"] or by_noun and (len(words) > 2 or match["place"])) \
            or any(w.lower() in ("to", "an", "with", "interview") for w in words):
        return None
    after = match["rest"].strip(" ,.;")
    prose = bool(match["of"] and _PROSE_AFTER_A_DATE.match(match["rest"]))  # "the Gazette of DATE, said: …"
    if prose:
        after = ""
    locator = None
    edition = _EDITION_AFTER_A_DAY.fullmatch(after)
    if edition:  # "Derby Strike Bulletin May 6th 1926 - evening edition": that day's edition, no page
        after = ""
    genre = _ITEM_OF_A_PAPER.fullmatch(after) if after else None
    if genre:  # "Daily Worker January 21st 1941 editorial": what the item is, perhaps its page
        after = genre["page"] or ""
    page = _PAGE_OF_AN_ISSUE.fullmatch(after)
    second = _SECOND_PAPER.fullmatch(after) if after and not page and not prose else None
    if second and _date_of(_DAY_DATE.fullmatch(second["day"])) is not None:
        prose, after = True, ""  # "Derby Strike Bulletin May 7th 1926 Ilkeston Pioneer May 14th 1926": a second paper's
    joined = _NEXT_CITE_JOINED.match(after) if after and not page else None
    if joined and month_number(after[joined.end():].split()[0].strip(".,")) is None:
        prose, after = True, ""  # "Oberyssel'sche Zeitung vom Dienstag, 25. März 1823 und Scheltema, Beil. S. 99": another cite
    if after and not page and _more_days(match["day"], match["rest"]):
        after = ""  # "Philadelphia Inquirer, November 15, 1862; December 8, 1862": issues of other days (one cite each)
    if after and not page:
        return None
    if page:
        locator = page.group(1)
    # "Ordonnance du 12 Avril, 1751", "House of Commons, March 15th, 1844": a name and a day alone are no
    # newspaper; its name, an article before it, a quoted title or a page make one; joined by "of", only its
    # name does ("The Act of March 3, 1791")
    if not (named or not match["of"] and (_ARTICLE_LED.match(paper) or match["title"] or match["title_by"] or page)) \
            or words[-1].lower() in _NAME_CONNECTORS or _IBID_LEAD.match(paper + ", "):
        return None
    # a weekly or a review dated to the day is still a magazine or a journal (InferType's words)
    kind = "article-newspaper" if _PAPER_NOUN.search(paper) else _paper_type(paper, "article-newspaper")  # "… Bulletin"
    record: dict[str, Any] = {"type": kind, "container-title": paper, "issued": _date_of(day)}
    if match["author"] and _ITEM_OF_A_PAPER.fullmatch(match["author"].strip().lower()):
        record["genre"] = match["author"].strip()  # "Editorial, Daily Worker, May 3, 1937": what the item is, no author
    elif match["author"] and _name_like(match["author"]):
        _put_names(record, "author", match["author"])
    title = match["title"] or match["title_by"]  # ("“Textbook Campaign” by Tom Gillem in The Tennessean, DATE")
    if title:
        record["title"] = strip_edge_punctuation(title.strip())
    if match["item"]:  # "Kimball letter to the editor, “Title,” New York Times, DATE"
        record["genre"] = match["item"]
    if match["place"]:
        record["publisher-place"] = match["place"].strip()
    if edition:
        record["edition"] = edition["edition"]
    if genre:
        record["genre"] = genre["genre"]
    return Recognized("newspaper", record, locator, prose_after=prose)


#: The page of a paper's issue after its day (``p. 3``, ``sec. B, 4``, ``7A, col. 2``): group 1 is the page, with the
#: column when one is given (``p. 2, col. 1``: the pinpoint keeps it).
_PAGE_OF_AN_ISSUE = re.compile(r"(?:(?:sec(?:tion)?\.?\s*\w+|edition|ed\.)\s*,\s*)?((?:pp?\.\s*|S\.\s*|Seite\s+|p[áa]gs?\.\s*)?[A-Z]?\d+(?:\s*[-–]\s*\d+)?"
                               r"(?:\s*,\s*cols?\.\s*\d+(?:\s*[-–]\s*\d+)?)?)")
#: What a newspaper's item is, named after its day (``editorial``, ``leading article``), perhaps then its page.
_ITEM_OF_A_PAPER = re.compile(r"(?P<genre>(?i:editorial|leading\s+article|leader|obituary|front\s+page|supplement|"
                              r"letters?\s+(?:to\s+the\s+editor|page)))(?:\s*,?\s*(?P<page>(?:pp?\.\s*)?\d+))?")


def _more_days(day: str, rest: str) -> bool:
    """Whether ``rest``, after the day date ``day``, is only more days of one series with it (:func:`day_series`:
    ``November 15, 1862`` + ``; December 8, 1862; January 20, 1864``)."""
    joined = day + rest.rstrip(" .;,")
    days = day_series(joined)
    return bool(days) and days[0][0] == 0 and days[-1][1] == len(joined)


def _paper_type(paper: str, otherwise: str) -> str:
    """The type of an item of the periodical ``paper`` by the words of its name (InferType's), else ``otherwise``."""
    return "article-newspaper" if _NEWSPAPER_WORDS.search(paper) else "article-magazine" if _MAGAZINE.search(paper) \
        else "article-journal" if _JOURNAL.search(paper) else otherwise


def _numbered_issue(text: str) -> Recognized | None:
    """A periodical's issue by number and month (:data:`_NUMBERED_ISSUE`): the item of that issue, untitled,
    with the page after it as the pinpoint; not when the name is a person's or a place's."""
    last = text.rstrip()[-1:]  # the pattern ends on a year, its bracket or a page
    match = _NUMBERED_ISSUE.match(text) if "," in text and (last == ")" or last.isdigit()) else None
    if not match:
        return None
    paper = match["paper"].strip()
    if is_known_place(paper) or _person(paper) or month_number(paper.split()[0]):
        return None
    record: dict[str, Any] = {"type": _paper_type(paper, "article-magazine"), "container-title": paper,
                              "issue": re.sub(r"\s+", "", match["issue"]), "issued": parse_date(match["date"])}
    return Recognized("newspaper", record, match["page"])


#: ``Derby Co-op Record June 1926``, ``The Record (TGWU) November 1943``, ``Labour Monthly - September 1925``: a
#: periodical's issue by its month alone, written without punctuation (its publishing body in brackets may follow).
_MONTHLY_ISSUE = re.compile(rf"^\s*(?P<paper>{_PAPER_NAME})(?:\s*\((?P<body>[^()]{{2,40}})\))?\s*[-–,]?\s*"
                            r"(?P<month>[A-Z][a-z]{2,8}\.?),?\s+(?P<year>1[6-9]\d\d|20\d\d)\s*$")
#: The nouns a periodical's name ends on, for :func:`_monthly_issue`.
_PERIODICAL_NOUN = re.compile(r"\b(?:record|monthly|weekly|journal|review|bulletin|magazine|gazette|news|worker|quarterly|"
                              r"herald|chronicle|newsletter|digest)$", re.I)


#: A periodical's issue by its name, the place it is printed in and its day or month: ``Justice, London, January 31,
#: 1918``, ``Justice (London), January 23, 1919``, ``New Europe (London), September, 1917``, perhaps its number after
#: the day (``(No. 216)``), which names an issue without the place (``Pravda, October 8, 1918 (No. 216)``).
_ISSUE_AND_ITS_PLACE = re.compile(
    rf"^\s*(?P<paper>{_PAPER_NAME}?)(?:\s*\((?P<bracketed>[^()]{{2,30}})\)|\s*,\s*(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?))?"
    r"\s*,\s*(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?),?\s+"
    r"(?:1[6-9]\d\d|20\d\d))\s*(?:\(\s*(?i:no\.|nr\.|n[°º])\s*(?P<issue>\d{1,5})\s*\))?\s*$")


def _issue_and_its_place(text: str) -> Recognized | None:
    """A periodical's issue named with the place it is printed in and its day or month (:data:`_ISSUE_AND_ITS_PLACE`):
    the untitled item of that issue, a paper's (``article-newspaper``) when dated to the day; not when the name is a
    person's, a place's, a document's or a body's, or the place is none this library knows (no place needs the issue's
    number)."""
    tail = text.rstrip()  # the pattern ends on a year or the issue's bracket
    match = _ISSUE_AND_ITS_PLACE.match(text) if tail.endswith(")") or _YEAR_DIGITS.fullmatch(tail[-4:]) else None
    if not match:
        return None
    paper, place = match["paper"].strip(), (match["place"] or match["bracketed"] or "").strip()
    words = paper.split()
    if not (is_known_place(place) or not place and match["issue"]) or is_known_place(paper) or _person(paper) or holds_institution_word(paper) \
            or month_number(words[0]) or len(words) > 4 or any(w.lower() in _DOCUMENT_NOUNS for w in words):
        return None
    date = parse_date(match["date"])
    if "date-parts" not in date or month_number(match["date"].split()[0].rstrip(".")) is None \
            and month_number(match["date"].split()[-2].rstrip(".,")) is None:
        return None
    day = len(date["date-parts"][0]) == 3
    record: dict[str, Any] = {"type": "article-newspaper" if day else _paper_type(paper, "article-magazine"),
                              "container-title": paper, "issued": date}
    if place:
        record["publisher-place"] = place
    if match["issue"]:
        record["issue"] = match["issue"]
    return Recognized("newspaper", record, None)


def _monthly_issue(text: str) -> Recognized | None:
    """A periodical's issue by its month and year alone (:data:`_MONTHLY_ISSUE`), its name ending on a periodical's
    noun: the untitled item of that issue; not when the name is a person's or a place's or opens on a month."""
    match = _MONTHLY_ISSUE.match(text) if _YEAR_DIGITS.fullmatch(text.rstrip()[-4:]) else None  # it ends on a year
    if not match or month_number(match["month"].rstrip(".")) is None:
        return None
    paper = match["paper"].strip()
    if not (_PERIODICAL_NOUN.search(paper) or _ARTICLE_LED.match(paper) and len(paper.split()) <= 4) \
            or is_known_place(paper) or _person(paper) or month_number(paper.split()[0]) or len(paper.split()) > 6:
        return None  # ("The New International, April, 1918": a name led by its article is a periodical's too)
    record: dict[str, Any] = {"type": _paper_type(paper, "article-magazine"), "container-title": paper,
                              "issued": {"date-parts": [[int(match["year"]), month_number(match["month"].rstrip("."))]]}}
    return Recognized("newspaper", record, None)


#: A session law or code section cited by volume, compilation and page or section (``1 Stat. 130``,
#: ``5 Stat., 117``, ``14 Stat. L. 305``, ``22 USC 4351``), then, after a comma, more pages or a date.
_STATUTE = re.compile(r"(?P<cite>(?P<volume>\d{1,3})\s+(?:Stat\.(?:\s*L\.)?|U\.?\s?S\.?\s?C\.?(?:\s?A\.?)?),?\s+"
                      r"(?:§+\s*)?(?P<page>\d{1,5}))(?=,|$)(?P<rest>.*)")


#: The name a parliament's debates are cited by: ``HC Deb.``, ``H.L. Deb.``, ``Hansard``, ``Hansard's Parliamentary
#: Debates``, ``Parliamentary Debates (Commons)``, ``Commonwealth Parliamentary Debates (Hansard)``, ``Parl. Deb.``,
#: ``H. of C. Debs.``, perhaps after ``Hansard,`` (``Hansard, HC Deb.``).
_DEBATES = re.compile(
    r"(?:Hansard\s*,\s*)?(?:(?P<house>H\.?\s?(?:of\s+)?(?P<chamber>[CL])\.?)\s+Deb(?:ates|s)?\.?"
    r"|(?P<named>(?:[A-Z][a-z]+\s+)?(?:Parliamentary|Parl\.)\s+(?i:deb)(?:ates|s?\.)(?:\s*\([^()]{2,30}\))?"
    r"|Hansard(?:['’]s\s+Parliamentary\s+Debates)?(?:\s*\((?:Commons|Lords|HC|HL)\))?))")
#: A series of the debates (``5th ser.``, ``(3rd ser.)``, ``5s.``).
_DEBATES_SERIES = re.compile(r"\(?(?P<n>\d{1,2})(?:st|nd|rd|th)?\s*(?:ser(?:ies|\.)?|s\.?)\)?", re.I)
#: A column or page of the debates (``col. 1234``, ``cols. 1234–40``, ``c. 45``, ``p. 486``, ``pp. 280-1``; online
#: Hansard's ``c45``, ``cc45-6``).
_DEBATES_PLACE = re.compile(r"(?:(?:cols?|c|pp?)\.\s*|cc?(?=\d))\d[\d\s,–-]*", re.I)
#: Where the pieces of an online Hansard cite written without commas part (``12 March 1928 vol 215 c45``).
_DEBATES_PIECE = re.compile(r"\s+(?=vols?\.?\s|cc?\d)")
_HOUSE_NAMES = {"C": "House of Commons Debates", "L": "House of Lords Debates"}


def _debates(text: str) -> Recognized | None:
    """``HC Deb., 5th ser., vol. 420, cols. 1234–40, 3 Mar. 1946``, ``Hansard, HC Deb., 3 Mar. 1946, vol. 420, col.
    1234``, ``Parliamentary debates (Commons), 5th ser., 419, 5 Mar. 1946`` (a bare number the volume),
    ``Commonwealth Parliamentary Debates (Hansard) vol. 212, House of Representatives, p. 486``: a parliament's
    debates, a book of the series (``HC Deb.`` titled ``House of Commons Debates``), its volume, the column or page
    cited as the pinpoint, the sitting's day as its date and the series as its collection number."""
    match = _DEBATES.match(text)
    if match is None or not re.search(r"\b(?:vol|cols?|c|pp?)\.|\d{4}|\bcc?\d", text[match.end():]):
        return None
    title = _HOUSE_NAMES[match["chamber"].upper()] if match["house"] else squeeze(match["named"])
    record: dict[str, Any] = {"type": "book", "title": title}
    locator = None
    leftover = []
    rest = re.sub(r"\s*\(([^()]*\d{4})\)", r", \1", text[match.end():])  # "col. 45 (12 Mar. 1852)": the day
    for part in _split(rest.strip(" ,.;")):
        for piece in _DEBATES_PIECE.split(part):  # "(Hansard) vol. 212", "12 March 1928 vol 215 c45"
            piece = piece.strip(" ,")
            if not piece:
                continue
            series = _DEBATES_SERIES.fullmatch(piece)
            volume = re.fullmatch(r"vols?\.?\s*(?P<v>[\dIVXLC]+)", piece, re.I) \
                or "volume" not in record and re.fullmatch(r"(?P<v>\d{1,3}|[IVXLC]+|[ivxlc]{1,7})", piece)  # "5th ser., 419, …"
            place = _DEBATES_PLACE.fullmatch(piece)
            day = _date_only(piece)
            if series:
                record["collection-number"] = series["n"]
            elif volume:
                record["volume"] = volume["v"]
            elif place and locator is None:  # online Hansard's "c45", "cc45-6" as the columns they are
                locator = re.sub(r"^(c{1,2})(?=\d)", lambda m: "cols. " if len(m[1]) == 2 else "col. ", piece)
            elif day is not None and "issued" not in record:
                record["issued"] = day
            else:
                leftover.append(piece)
    if leftover:
        _add_note(record, ", ".join(leftover))  # "House of Representatives": the house, as printed
    if "volume" not in record and locator is None:
        return None
    return Recognized("debates", record, locator)


#: A document of the United States Congress cited by title, Congress, session and document designation, perhaps its
#: serial volume (``Condition of Affairs in Samoa, 50th Cong., 2nd Sess., SED 31 (Ser. 2610)``, ``…, 47th Cong., 1st
#: Sess., S. Exec. Doc. 79``, ``…, H. Rept. 1042``).
_CONGRESS_DOCUMENT = re.compile(
    r"^\s*(?P<title>[^;]+?),\s+(?P<congress>\d{1,3}(?:st|nd|rd|th|d)\s+Cong\.?),?\s+"
    r"(?P<session>\d(?:st|nd|rd|th|d)\s+[Ss]ess\.?|[Ss]pecial\s+[Ss]ess\.?),?\s+"
    r"(?P<number>(?:[SH][EMC]?[DR]|(?:S|H)\.\s?(?:Exec\.|Ex\.|Misc\.|Mis\.)?\s?(?:Doc|Rept?|R)\.)(?:\s*No\.)?\s*\d+[A-Z]?|"
    r"[SH][EMC]?[DR]\s+[A-Z])"
    r"(?:\s*,?\s*\((?:Ser(?:ial)?\.?|[Ss]erial\s+[Ss]et)\s*(?P<serial>\d+[-–]?\d*)\))?(?P<rest>.*)$", re.S)
#: What may follow a congressional document: bracketed remarks, then its pages.
_CONGRESS_REST = re.compile(r"^\s*(?:\((?P<remark>[^()]*)\)\s*)?,?\s*(?P<pages>(?:pp?\.\s*)?\d[\d\s,–-]*)?\s*[.,;]?\s*$")


#: What no congressional document's title holds: a sentence's end, a lead-in word, a book a piece is printed ``in``.
_NOT_A_DOCUMENTS_TITLE = re.compile(r"[.!?]\s+[A-Z]|\b(?:see|cf\.|quoted|printed)\s|,\s+in\s", re.I)


#: Small words a title in title case keeps in lower case.
_TITLE_SMALL_WORDS = frozenset("of the and in on to a an for with by at from between against during upon concerning or".split())


#: Verbs of the note's prose that tell where a document was printed (``These orders are all included in``).
_PROSE_VERBS = frozenset("is are was were been be published printed reprinted included appeared appear appears found "
                         "contained collected issued transmitted".split())


def _title_case_tail(text: str) -> str:
    """The title in title case that ends ``text`` after the note's words (``These orders are all included in Rules and
    Regulations Governing the Department of State`` → ``Rules and Regulations…``): from the first capitalised word
    after the last lower-case word that is no small word of a title, when at least three words go and they hold a verb
    of the prose (:data:`_PROSE_VERBS`); else ``text``."""
    words = text.split()
    cut = max((k for k, w in enumerate(words) if w[:1].islower() and w.lower().strip(",") not in _TITLE_SMALL_WORDS),
              default=None)
    if cut is None:
        return text
    start = next((k for k in range(cut + 1, len(words)) if words[k][:1].isupper()), None)
    if start is None or start < 3 or len(words) - start < 2 \
            or not any(w.lower().strip(",") in _PROSE_VERBS for w in words[:start]):
        return text  # no verb before it: a title in sentence case (``Correspondence relating to the Panama Canal``)
    return " ".join(words[start:])


def _congress_document(text: str) -> Recognized | None:
    """A congressional document (:data:`_CONGRESS_DOCUMENT`): a ``report`` with its title, its designation as
    ``number`` (``SED 31``), the Congress and session in ``note`` and the serial volume as ``collection-number`` of the
    Serial Set; the pages after it are the pinpoint. None for any other text, or one with words after the document."""
    match = _CONGRESS_DOCUMENT.match(text) if "Cong" in text else None
    rest = _CONGRESS_REST.match(match["rest"]) if match else None
    title = match["title"] if match else ""
    if match is None or rest is None or len(title.split()) < 2 or not title[:1].isupper() \
            or _NOT_A_DOCUMENTS_TITLE.search(title) or title.count("(") != title.count(")"):
        return None  # prose before the title, a letter printed in the document, a title cut at a bracket
    record: dict[str, Any] = {"type": "report", "title": strip_edge_punctuation(_title_case_tail(title)),
                              "number": squeeze(match["number"]), "note": f"{match['congress']}, {match['session']}"}
    if match["serial"]:
        record["collection-title"] = "U.S. Congressional Serial Set"
        record["collection-number"] = match["serial"]
    if rest["remark"]:
        _add_note(record, rest["remark"].strip(" ,"))
    return Recognized("congress", record, rest["pages"].strip(" ,") if rest["pages"] else None)


#: A public document cited by its number first, then the series, session and Congress it belongs to (``Document No. 58,
#: U. S. Senate Docs. First Session, 19th Congress:7-8``, ``Doc. No. 13, State Papers, Second Session, 18th Congress,
#: Vol. ii``): the title as printed, up to the volume (``, Vol. ii``) or the pages (``:7-8``, ``, ii:30``) that end it
#: (a series of no Congress, a state's or a city's, titled by its own name).
_NUMBERED_DOCUMENT = re.compile(
    r"^\s*(?P<title>(?P<number>(?:Document|Doc\.)\s+(?:No\.\s*)?\d+)\s*,\s*[^:;]*?"
    r"\b(?:Congress|Session|Senate|House|State\s+Papers|Documents)\b[^:;]*?)"
    r"(?:,\s*(?:Vol\.|vol\.)\s*(?P<volume>[IVXLCivxlc]+|\d+))?"
    r"(?:\s*,?\s*(?P<pages>(?:[ivxlc]+:)?\d+(?:\s*[-–]\s*\d+)?)|:\s*(?P<after_colon>\d+(?:\s*[-–]\s*\d+)?))?\s*\.?\s*$")


def _numbered_document(text: str) -> Recognized | None:
    """A public document cited by its number first (:data:`_NUMBERED_DOCUMENT`): a ``report`` titled as printed, its
    ``number`` (``No. 58``), its volume; the pages at the end are the pinpoint. None for any other text."""
    match = _NUMBERED_DOCUMENT.match(text) if "Doc" in text else None
    if match is None or match["pages"] and _YEAR_DIGITS.fullmatch(match["pages"]):
        return None  # "…, 22nd Congress, 1831": a year, no page
    title = squeeze(match["title"]).rstrip(" ,.")
    series = title[len(match["number"]):].lstrip(" ,")
    if not re.search(r"\b(?:Congress|Session)\b", series):
        title = series  # "Doc. No. 46, Documents of the Board of Aldermen": a state's or city's series, titled by its name
    return _public_document(title, re.sub(r"^(?:Document|Doc\.)\s+", "", match["number"]), match["volume"], None,
                            match["pages"] or match["after_colon"])


#: A public document cited by the series it is printed in, then its number (``Senate Documents, First Session, 24th
#: Congress, 1835, Vol. vi, Doc. No. 425``, ``Reports of House Committees, Second Session, 26th Congress, 1840-41, Report
#: No. 1``, ``[New York] Senate Documents, 1834, Vol. ii, Doc. No. 108``): the series names a house, documents or
#: reports; its years, volume and the pages after the number may follow.
_DOCUMENT_IN_A_SERIES = re.compile(
    r"^\s*(?P<series>(?:\[[^\[\]]{2,30}\]\s+)?(?:[A-Z][\w.]*\s+){0,3}(?:Documents|Docs\.|Reports|Papers)\b[^;:]*?)"
    r"(?:,\s*(?P<years>1[6-9]\d\d(?:\s*[-–]\s*\d{2,4})?))?(?:,\s*[Vv]ol\.\s*(?P<volume>[IVXLCivxlc]+|\d+))?"
    r",\s*(?P<number>(?:Doc\.|Document|Report|Rept\.)\s+No\.\s*\d+)(?:\s*[,:]\s*(?:pp?\.\s*)?(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?"
    r"\s*\.?\s*$")


def _document_in_a_series(text: str) -> Recognized | None:
    """A public document cited by its series, then its number (:data:`_DOCUMENT_IN_A_SERIES`): a ``report`` titled by
    the series (a state's in brackets with its years), issued in the first of its years, with its ``number`` and
    volume; the pages are the pinpoint."""
    match = _DOCUMENT_IN_A_SERIES.match(text) if "No." in text else None
    if match is None or not re.search(r"\b(?:Congress|Session|Senate|House|Assembly|Aldermen|Executive)\b", match["series"]):
        return None
    title = squeeze(match["series"]).rstrip(" ,.")
    if match["years"] and title.startswith("[") and not re.search(r"\bCongress\b", title):
        title = f"{title}, {match['years']}"  # "[New York] Senate Documents, 1834": the state's series of that year
    return _public_document(title, match["number"], match["volume"], match["years"], match["pages"])


def _public_document(title: str, number: str, volume: str | None, years: str | None, pages: str | None) -> Recognized:
    """The ``report`` a public document cited by its number is: its title, ``number``, volume, the first of its years as
    its date; the pages are the pinpoint."""
    record: dict[str, Any] = {"type": "report", "title": title, "number": squeeze(number)}
    if years:
        record["issued"] = {"date-parts": [[int(years[:4])]]}
    if volume:
        record["volume"] = volume
    return Recognized("congress", record, pages)


#: A letter to a periodical's editor, printed in it (``Jeanne Moutoussamy-Ashe, letter to the editor, 21 March 1973,
#: Photo Newsletter 2, no. 2 (March–April 1973): 5``): the writer, the day, the periodical and what follows it.
_TO_THE_EDITOR = re.compile(rf"^\s*(?P<author>{_NAME})\s*,\s+(?:an?\s+)?(?i:letter)\s+to\s+the\s+(?i:editors?)\s*,\s*"
                            r"(?P<rest>.*)$", re.S)
#: A periodical's name, then its volume, issue, date or pages (``Photo Newsletter 2, no. 2 (March–April 1973): 5``).
_PERIODICAL_AND_NUMBERS = re.compile(r"(?:in\s+)?(?P<periodical>[A-Z][^,()\d:;]*?)\s*(?:(?:,\s*|\s+)(?P<numbers>(?:vol\.\s*)?\d.*|\(.*))?"
                                     r"\s*\.?$")


def _letter_to_the_editor(text: str) -> Recognized | None:
    """A letter to the editor printed in a periodical (:data:`_TO_THE_EDITOR`): an article of that periodical titled
    ``Letter to the editor`` and dated by the letter's day; the page after a colon is the pinpoint. None for any
    other text (no day, no periodical after it)."""
    match = _TO_THE_EDITOR.match(text) if "ditor" in text else None
    date = _leading_date(match["rest"]) if match else None
    printed = _PERIODICAL_AND_NUMBERS.match(match["rest"][date[1]:].strip(" ,")) if date else None
    if match and date is None:  # "letter to the editor, New York Times, 3 May 1952": the paper, then the day
        paper, _, day = match["rest"].partition(",")
        date = _leading_date(day.strip())
        printed = _PERIODICAL_AND_NUMBERS.match(paper.strip()) if date and not day[date[1] + 1:].strip(" .") else None
    if printed is None or not _name_like(match["author"]):
        return None
    record: dict[str, Any] = {"type": "article-newspaper" if _NEWSPAPER_WORDS.search(printed["periodical"]) else "article-magazine",
                              "title": "Letter to the editor", "genre": "letter to the editor",
                              "container-title": printed["periodical"].strip(), "issued": date[0]}
    _put_names(record, "author", match["author"])
    numbers = printed["numbers"] or ""
    volume = re.match(r"(?:vol\.\s*)?(?P<volume>\d+)(?:,\s*no\.\s*(?P<issue>\d+))?", numbers)
    if volume:
        record["volume"] = volume["volume"]
        if volume["issue"]:
            record["issue"] = volume["issue"]
    page = re.search(r":\s*(?P<page>\d+(?:\s*[-–]\s*\d+)?)\s*\.?$", numbers)
    return Recognized("letter", record, page["page"] if page else None)


#: A United Nations document cited by its symbol (``UN document E/447 (1947)``, ``UN doc. 38/C/49, article 55.4``,
#: ``the strategy document, UN doc. 38/C/49``): perhaps a description before it, a year in brackets and a pinpoint after.
_UN_DOCUMENT = re.compile(r"^\s*(?:(?P<described>(?:the\s+|a\s+|an\s+)?[a-z][\w\s’'-]{0,40}),\s+)?"
                          r"(?P<label>U\.?\s?N\.?\s+[Dd]oc(?:ument)?\.?)\s*,?\s*(?P<symbol>[A-Z0-9]{1,5}(?:/[\w.()-]+)+)"
                          r"(?:\s*\((?P<year>1[89]\d\d|20\d\d)\))?\s*(?:,\s*(?P<pinpoint>(?:art(?:icle)?\.?|para(?:graph)?\.?|"
                          r"pp?\.|annex|section)\s*[\w.]+(?:\s*[-–]\s*[\w.]+)?))?\s*[.;]?\s*$")


def _un_document(text: str) -> Recognized | None:
    """A United Nations document cited by its symbol alone (:data:`_UN_DOCUMENT`): a ``document`` titled as printed
    (``UN document E/447``), the symbol its ``number``; None for any other text (a title before the symbol is the
    parser's to read)."""
    match = _UN_DOCUMENT.match(text) if "N" in text else None
    if match is None:
        return None
    symbol = match["symbol"].rstrip(".")
    record: dict[str, Any] = {"type": "document", "title": f"{squeeze(match['label'])} {symbol}", "number": symbol,
                              "publisher": "United Nations"}
    if match["year"]:
        record["issued"] = {"date-parts": [[int(match["year"])]]}
    if match["described"]:
        record["genre"] = squeeze(match["described"]).removeprefix("the ").removeprefix("a ").removeprefix("an ")
    return Recognized("document", record, match["pinpoint"])


def _statute(text: str) -> Recognized | None:
    """A statute cite (:data:`_STATUTE`): ``legislation`` titled by its cite as printed, which names
    it whole (its page is part of it, no pinpoint), with the date that follows it."""
    match = _STATUTE.match(text) if text[:1].isdigit() else None
    if not match:
        return None
    record: dict[str, Any] = {"type": "legislation", "title": match["cite"], "volume": match["volume"]}
    date = _find_date(match["rest"]) if _YEAR_DIGITS.search(match["rest"]) else None
    if date:
        record["issued"] = date[0]
    return Recognized("statute", record, None)


# -- the parts of a tail: container or archive ------------------------------------------------

#: ``(hereafter Message)``, ``[hereafter Message]``: the short title the notes use from here on.
_HENCEFORTH = re.compile(r"\s*[(\[](?:henceforth|hereafter|hereinafter|cited\s+as|ci-apr[eè]s|im\s+Folgenden)\b[^()\[\]]*[)\]]",
                         re.I)
#: The short title a henceforth bracket declares (``hereafter Message, 1863``, ``cited as FRUS``).
_DECLARED = re.compile(r"(?i:henceforth|hereafter|hereinafter|cited\s+as)(?:\s+(?i:cited|referred\s+to)(?:\s+as)?)?[:,]?\s+"
                       r"(?:as\s+)?[“\"‘']?(?P<short>[^“”\"‘’]+?)[”\"’']?")


#: A bare page or page range, or one after a volume in Roman numerals and a full stop (``VI. 482``, ``V. 175-177``)
#: or after a volume number and a colon (``6:696-709``).
_VOLUME_AND_PAGE = re.compile(r"(?:[IVXLC]+\.\s*|\d+:\s?)?\d+(?:\s*[-–]\s*\d+)?")
#: A book's title, its volume and the pages after a colon, with no comma between (``MECW 49: 33–37``, ``Collected
#: Works 5:347``).
_TITLE_VOLUME_AND_PAGE = re.compile(r"(?P<title>.*[^\W\d_].*?)\s+(?P<volume>\d{1,3})\s*:\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?)")
#: The initials of a collected edition cited by volume and page with no ``in`` before them (``MECW 40: 41``, ``MEW``, ``LCW``).
_EDITION_BY_NAME = re.compile(r"[A-Z]{2,5}")


#: The participle (or the noun: ``extract``, ``translation``) before the ``in`` of the book an item is printed in
#: (``printed in``, ``reprinted in``, ``…, 15 Oct. 1754; extract in Public Documents of Nova Scotia, 239``).
#: The nouns of a text printed in a book (``extract``, ``translation``, ``copy``…), as an alternation.
PRINTED_IN_NOUNS = r"extracts?|translation|translated|copy|abstract|summary"
_PRINTED = re.compile(rf"^[\s,;]*(?:printed|reprinted|published|reproduced|(?:an?\s+)?(?:{PRINTED_IN_NOUNS}))(?=\s+in\s)",
                      re.I)


#: A pinpoint joined by "and" to the next place the item is found (``pp. 127–128 and NARA``).
_PINPOINT_AND_SOURCE = re.compile(r"(?P<pinpoint>.*\d[\divxlc]*)\s+(?:and|&)\s+(?P<source>[A-Z].*)")


def _pinpoint_and_source(part: str) -> tuple[str, str | None]:
    """``part`` as a pinpoint and the source joined to it by "and" (``pp. 127–128 and NARA`` →
    ``pp. 127–128``, ``NARA``: the page in the book, then the archive that keeps the original)."""
    match = _PINPOINT_AND_SOURCE.fullmatch(part)
    return (match["pinpoint"], match["source"]) if match else (part, None)


#: An item kept by a person, not an archive or a book (``in the author's possession``, ``in the possession of Ann Roe``,
#: ``private collection``).
_PRIVATELY_HELD = re.compile(r"(?:(?i:in)\s+)?(?P<holder>(?:the\s+)?(?i:author['’]?s|writer['’]?s|my|his|her|their)\s+"
                             r"(?i:possession|collection|files|papers)|(?i:the\s+)?(?i:possession|collection)\s+of\s+"
                             r"[^,;]+|(?i:private\s+(?:collection|hands|papers))(?:,\s*[^,;]+)?)")


#: ``in`` or ``MS.`` opening where an item is kept (not ``MSS.75/3``).
_PLACE_LEAD = re.compile(r"^(?:in|dans|in:|im)\s+|^(?:MSS?|МS)\.\s*(?!\d)", re.I)


def _place(record: dict[str, Any], tail: str, interview: bool = False, archival: bool = False) -> str | None:
    """Put the text after an item's date in ``record``: where it is kept (archive, place,
    collection, shelfmarks), the published work it is printed in, the medium of an interview;
    returns the pinpoint at its end. A dash opening the tail separates it, as a comma would (``… 1944 - Hale
    Papers``)."""
    tail = _PRINTED.sub("", tail.lstrip(" -–—"))  # "…, July 10, 1793 printed in Title": the book it is printed in
    henceforth = _HENCEFORTH.search(tail)
    if henceforth:
        tail = tail[:henceforth.start()] + tail[henceforth.end():]
    imprint = None if archival else _IMPRINT.search(tail)
    if henceforth:
        short = _DECLARED.fullmatch(henceforth.group(0).strip(" ()[]"))
        if short and imprint and _IN_WORD.match(tail) and imprint.end() <= henceforth.start():
            record["container-title-short"] = short["short"]  # the book's short title: "(hereafter Message, 1863)"
        else:
            _add_note(record, henceforth.group(0).strip(" ()[]"))
    mark = SHELFMARK.search(tail) if imprint else None
    if mark and not (_IN_WORD.match(tail) and imprint.end() <= mark.start()):
        imprint = None  # an imprint counts before the marks of the archive only in the book it is printed in
        # ("… in Message of the President…, Part I (Washington: GPO, 1864), pp. 221–226 and NARA, RG 84, …")
    book_parts = 0  # how many parts of the tail name the book before its imprint, when it opens with "in"
    if imprint:  # "…, Vol. 10 (Charlottesville: University Press of Virginia, 2002), p. 168": printed in a book
        if imprint["city"]:  # "(Moscow, 1955)": a place and a year, no publisher
            record["publisher-place"] = imprint["city"]
        else:
            record["publisher-place"], record["publisher"] = imprint["place"].strip(), imprint["publisher"].strip()
        record.setdefault("issued", {"date-parts": [[int(imprint["year"])]]})  # an undated item: when it was printed
        if mark:
            book_parts = len(_split(_strip_brackets_at_ends(tail[:imprint.start()])))
        tail = tail[:imprint.start()] + tail[imprint.end():]
    tail = _strip_brackets_at_ends(tail)
    bracketed = _BRACKETED_PINPOINT.fullmatch(tail)
    if bracketed:  # "Adams to Seward, June 21, 1861 (pp. 109–110)": the pinpoint in brackets after the date
        tail = bracketed["pinpoint"]
    locator = None
    parts = [p for p in _split(tail) if p.lower().rstrip(".") not in ("etc", "&c")]  # "…, 1755, etc.": no field
    if book_parts > 1:  # the book's title is whole before its imprint: "in Message of the President…, Part I (…)"
        parts[:book_parts] = [", ".join(parts[:book_parts])]
    glued = _TITLE_VOLUME_AND_PAGE.fullmatch(parts[-1]) if parts and not archival and (
        _IN_WORD.match(parts[0]) or len(parts) == 1 and _EDITION_BY_NAME.fullmatch(parts[0].split()[0])
        and not SHELFMARK.search(parts[0])) else None  # "RG 59: 41" is an archive's record group
    if glued:  # "…, 21–22 September 1890, in MECW 49: 33–37" (or with no "in"): the book, its volume and the pages
        parts[-1:] = [glued["title"], glued["pages"]]
        record["volume"] = glued["volume"]
    if parts and (_LOCATOR_WORD.match(parts[-1]) or _VOLUME_AND_PAGE.fullmatch(parts[-1])) \
            and not _folder_year(parts) and not (interview and _YEARS.fullmatch(parts[-1])):
        locator, prose = _pinpoint_and_prose(parts.pop())
        if prose:
            _add_note(record, prose)
        if parts and re.fullmatch(r"[IVXLC]+", parts[-1]):
            locator = f"{parts.pop()}, {locator}"  # "IV, 126-127": the volume and the pages of a record book
    else:
        marked = [p for p in parts if _LOCATOR_WORD.match(p) and not SHELFMARK.search(p)]
        if marked:  # "August 28, 1883, pp. 657-658, Diplomatic Instructions": the pinpoint before the archive
            at = parts.index(marked[0])
            locator, source = _pinpoint_and_source(marked[0])
            if source is None:  # "p. 5 attached as Tab 5 to agenda of 1961 HAC meeting": the page, then prose on it
                locator, prose = _pinpoint_and_prose(locator)
                if prose:
                    _add_note(record, prose)
            parts[at:at + 1] = [source] if source else []
            if source and at and _IN_WORD.match(parts[0]):  # "… in Message, 1861, pp. 127–128 and NARA, RG 84":
                for part in _container(record, parts[:at]):  # printed in a book (its year a note), kept in an archive
                    _add_note(record, part)
                parts = parts[at:]
                archival = archival or bool(mark)  # the parts after the book's pinpoint are the archive's
    if locator is None and len(parts) > 1 and _BARE_LEAF.fullmatch(parts[0]) \
            and record.get("type") in ("personal_communication", "manuscript"):
        locator = parts.pop(0)  # "letter to X, 10 August 1893, 15v, AHAS, …": the leaf, then where it is kept
        archival = True
    if not parts:
        return locator
    held = _PRIVATELY_HELD.fullmatch(", ".join(parts))
    if held:  # "…, June 12, 1985, in the author's possession": who keeps it, not a book it is printed in
        record["archive"] = held["holder"]
        return locator
    printed_papers = len(parts) == 1 and _IN_WORD.match(parts[0]) is not None and locator is not None \
        and re.fullmatch(r"(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?", locator.strip()) is not None \
        and not (SHELFMARK.search(parts[0]) or _REPOSITORY.search(parts[0]))  # "in Serge–Trotsky Papers, 60": a book's pages
    archival = archival or not imprint and not printed_papers and (any(SHELFMARK.search(p) or _REPOSITORY.search(p) or _COLLECTION.search(p)
                                                for p in parts) or bool(_ACRONYM_COLON.fullmatch(parts[0]))
                                            or bool(_BODY_KEEPING_FILES.fullmatch(parts[0])) and len(parts) > 1
                                            and all(_DIGIT.search(p) for p in parts[1:]))
    # ("Department of State, 1987 P-Reels, P870103–1398 through 1404": a department keeping its files, their marks)
    location: list[str] = []
    archive: list[str] = []
    places: list[str] = []
    leftover: list[str] = []
    if not archival and (_QUOTED.fullmatch(re.sub(r"^(?:in|dans|in:|im)\s+", "", parts[0], flags=re.I))
                         or _FILE_NUMBER.fullmatch(parts[0])) \
            and record.get("type") in ("personal_communication", "manuscript"):
        archival = True  # in “Dissent Channel Package”, P860009-1020: the folder or file an unpublished item is in
    if not archival:
        if interview:
            printed_in = next((i for i, p in enumerate(parts) if _IN_WORD.match(p)), len(parts))
            for part in parts[:printed_in]:
                if _MEDIUM.search(part) and "medium" not in record:
                    record["medium"] = part
                elif (is_known_place(part) or is_region(part)) and "issued" not in record:
                    places.append(part)
                elif "issued" not in record and _date_only(part) is not None:
                    record["issued"] = _date_only(part)
                else:
                    leftover.append(part)
            if printed_in < len(parts):  # "Interview with X, in Title, ed. Y": printed in a book
                leftover += _container(record, parts[printed_in:])
        elif parts[0][:1].isupper() or _IN_WORD.match(parts[0]):
            leftover = _container(record, parts)
        else:  # "…, 1686, it is clear that …": prose after the item names no book
            leftover = parts
        if places:
            record["event-place"] = ", ".join(places)  # where the interview was held
        if leftover:
            volume = [p for p in leftover if _VOLUME_WORD.fullmatch(p)]
            for p in volume:
                record["volume"] = re.sub(r"^\S+\s*", "", p)
            rest = [p for p in leftover if p not in volume]
            if rest:
                _add_note(record, ", ".join(rest))
        return locator
    parts[0] = _PLACE_LEAD.sub("", parts[0])
    parts = [piece for part in parts for piece in _acronym_and_mark(part)]  # "NAA: A452" → "NAA", "A452"
    previous = ""
    for part in parts:
        supplied = _SUPPLIED_YEAR.fullmatch(part.strip()) if "issued" not in record else None
        if supplied:  # "n.d. [1951]": undated, the year supplied by the citer
            record["issued"] = {"date-parts": [[int(supplied["year"])]]}
            _add_note(record, "n.d.; year supplied")
        elif location and "issued" not in record and _YEAR.fullmatch(part.strip()):
            record["issued"] = {"date-parts": [[int(part.strip())]]}  # "MSS.75/3/1/14, 1951": the item's year, no mark
        elif SHELFMARK.search(part) or _FILE_NUMBER.fullmatch(part) or _BOX_WORDS.search(part) or _VOLUME_PART.fullmatch(part) \
                or _COLLECTION.search(part) and not _REPOSITORY.search(part):
            location.append(part)
        elif _REPOSITORY.search(part) or not archive and not location and _ARCHIVE_ACRONYM.fullmatch(part) \
                or not archive and _BODY_KEEPING_FILES.fullmatch(part) \
                or previous == "archive" and _PARENT_BODY.match(part):
            archive.append(part)  # "Hoover Institution Archives", or initials before the marks: "PRO, FO 371/4567";
            # "Modern Records Centre, University of Warwick": the body the archive belongs to
        elif previous in ("archive", "place") and not re.search(r"\d", part) and not _MINUTES_WORD.search(part) and (
                is_known_place(part) or is_region(part) or len(part.split()) <= 2 and part[:1].isupper()):
            places.append(part)  # "Hoover Institution Archives, Stanford, CA"
        elif interview and _MEDIUM.search(part) and "medium" not in record:
            record["medium"] = part
        elif "issued" not in record and _date_only(part) is not None:
            record["issued"] = _date_only(part)
        elif part[:1].isupper() and not _DIGIT.search(part):
            location.append(part)  # a series or volume: "Letters Received by Commissioners"
        elif archive and _MARK_OF_LETTERS_AND_DIGITS.search(part) and len(part) <= 40:
            location.append(part)  # "Department of State, 1987 P-Reels, P870103–1398 through 1404": the archive's marks
        else:
            leftover.append(part)
        previous = "archive" if archive and part == archive[-1] else "place" if places and part == places[-1] else ""
    if archive:
        record["archive"] = ", ".join(archive)
    if places:
        record["archive-place"] = ", ".join(places)
    if location:
        record["archive_location"] = ", ".join(location)
    if leftover:
        _add_note(record, ", ".join(leftover))
    return locator


#: An undated item's year supplied in square brackets (``n.d. [1951]``, ``[1951?]``).
_SUPPLIED_YEAR = re.compile(r"(?:n\.\s?d\.\s*)?\[(?P<year>1[5-9]\d\d|20\d\d)\??\]")
#: A mark of letters and digits together (``P-Reels`` after its year, ``P870103–1398``, ``CDC 12``).
_MARK_OF_LETTERS_AND_DIGITS = re.compile(r"\b[A-Z][\w-]*\d|\d[\w-]*[A-Z]|\b\d{4}\s+[A-Z][\w-]+$")
#: A repository opening the cite, then a body's minutes (``Labour Party Archives, People's History Museum,
#: Manchester, NEC minutes, 23 Feb. 1949``): kept there, though no collection or shelfmark is named.
_REPOSITORY_THEN_MINUTES = re.compile(r"[^,]*(?:(?i:archives?)|Library|Record\s+Office|Museum|Cent(?:re|er))\b[^;]*?,\s*"
                                      r"(?:[A-Z][\w.'’&-]*\s+){1,6}(?i:minutes)\b")


_MINUTES_WORD = re.compile(r"(?i)\bminutes\b")
def _repository_then_minutes(text: str) -> bool:
    """Whether :data:`_REPOSITORY_THEN_MINUTES` opens ``text`` (tried only when it holds ``minutes``)."""
    return may_hold(text, _MINUTES_WORDS) and _REPOSITORY_THEN_MINUTES.match(text) is not None


#: The body an archive belongs to, written right after it (``University of Warwick``, ``King's College London``).
_PARENT_BODY = re.compile(r"(?:University|Universit[éàä]t?|College|King['’]s\s+College)\b")


#: A page or leaf number printed alone (``15``, ``19v``, ``22r–23v``) right after an unpublished item's date, before
#: the archive that keeps it.
_BARE_LEAF = re.compile(r"\d{1,4}[rv]?(?:\s*[-–]\s*\d{1,4}[rv]?)?")
#: An archive's initials, a colon and the item's mark (``NAA: A452``, ``UKNA: CAB 129/128/2``).
_ACRONYM_COLON = re.compile(rf"(?P<archive>{_ARCHIVE_ACRONYM.pattern}):\s*(?P<mark>\S.*)")


def _acronym_and_mark(part: str) -> list[str]:
    """``NAA: A452`` as the archive's initials and the mark (two parts); any other part as it is."""
    match = _ACRONYM_COLON.fullmatch(part)
    return [match["archive"], match["mark"]] if match else [part]


#: The word that opens the work an item is printed in (``in``, ``dans``, ``in:``, ``im``).
_IN_WORD = re.compile(r"^(?:in|dans|in:|im)\s+", re.I)
#: An editor's part after a container (``ed. D. J. Cotterill``, ``edited by Jane Roe``, ``hrsg. von X``).
_EDITED = re.compile(r"^(?:eds?\.|edited\s+by|hrsg\.\s+von|hg\.\s+von|[ée]d\.\s+par)\s+(?P<names>.+)$", re.I)


#: A family name printed alone (``Bigelow``, ``O'Brien``).
_SURNAME = re.compile(r"[A-Z][a-z'’-]+")


def _container(record: dict[str, Any], parts: list[str]) -> list[str]:
    """Put the published work an item is printed in (``parts``, the first opening with ``in`` or not) in
    ``record``: its ``container-title`` (with a series after it, :func:`_series_length`), the
    ``container-author`` printed before it (``in Jane Roe, Title``, ``in Roe, Title``) and its ``editor`` (``ed. X``); returns
    the parts left over."""
    first = _IN_WORD.sub("", parts[0])
    rest = parts[1:]
    if rest and (_persons(first) or _surnames(first)) and rest[0][:1].isupper() \
            and not _DIGIT.search(rest[0]) and not (_VOLUME_WORD.fullmatch(rest[0]) or _EDITED.match(rest[0])):
        _put_names(record, "container-author", first)  # "in Leon Trotsky, The Papers", "in Bigelow, Retrospections"
        first, rest = rest[0], rest[1:]
    series = _series_length(rest)
    record["container-title"] = strip_edge_punctuation(", ".join([first, *rest[:series]]))
    leftover = []
    for part in rest[series:]:
        edited = _EDITED.match(part)
        if edited and _name_like(re.sub(r",?\s+and\s+", " ", edited["names"])) and "editor" not in record:
            _put_names(record, "editor", edited["names"])
        else:
            leftover.append(part)
    return leftover


#: The pages a pinpoint gives (``p. 168``, ``pp. 12-14, 17``), before any prose that follows them.
_PINPOINT = re.compile(rf"{_PAGE_WORD}(?:\.\s*|\s+)\d+[rv]?"
                       r"(?:\s*[-–]\s*\d+[rv]?)?(?:\s*(?:,|and|&)\s*\d+(?:\s*[-–]\s*\d+)?)*(?:\s*ff?\b\.?)?")  # "pp. 981ff"


def _pinpoint_and_prose(part: str) -> tuple[str, str]:
    """The pinpoint that opens ``part`` and the words after it (``p. 168 and accompanying notes``
    → ``p. 168``, ``and accompanying notes``); the prose is ``""`` when the part is all pinpoint."""
    match = _PINPOINT.match(part)
    if match is None or not part[match.end():].strip():
        return part, ""
    return match.group(0), part[match.end():].strip()


#: A year or a span of years (``1933``, ``1896–1942``, ``1937-45``).
_YEARS = re.compile(rf"{_YEAR.pattern}(?:\s*[-–]\s*(?:1[4-9]\d\d|20\d\d|\d\d)(?!\d))?")


def _folder_year(parts: list[str]) -> bool:
    """``…, Box 66, Wynne, Edward C., 1933``, ``…, Box 164, General, 1896–1942``: a bare year or span
    of years after a box or shelfmark names the folder's years, not a page."""
    return bool(_YEARS.fullmatch(parts[-1])) and any(SHELFMARK.search(p) or _BOX_WORDS.search(p) for p in parts[:-1])


#: A book's imprint in brackets, ``(Place: Publisher, Year)``.
_IMPRINT = re.compile(r"\s*\((?:(?P<place>[^():]+):\s*(?P<publisher>[^():]+?)|(?P<city>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?))"
                      r",\s*(?P<year>1[4-9]\d\d|20\d\d)\)")
#: A volume named by its word (``vol. 2``, ``Volume III``, ``t. 4``, ``Bd. 2``).
_VOLUME_WORD = re.compile(r"(?:vol\.|volume|t\.|Bd\.)\s*\w+", re.I)


def _series_length(parts: list[str]) -> int:
    """How many of the ``parts`` after a container's name still belong to it: capitalised words
    without digits that are no place (``Presidential Series``), when a volume follows them."""
    for count, part in enumerate(parts):
        if _VOLUME_WORD.fullmatch(part):
            return count
        if re.search(r"\d", part) or not part[:1].isupper() or is_known_place(part) or is_region(part):
            return 0
    return 0


#: A pinpoint alone in brackets (``(pp. 109–110)``, ``(p. 80)``).
_BRACKETED_PINPOINT = re.compile(rf"\((?P<pinpoint>{_PAGE_WORD}\.?\s*\d[^()]*)\)")


def _strip_brackets_at_ends(text: str) -> str:
    """``text`` without separators and unpaired brackets at its ends (``(4871)`` keeps its own), and without a
    bracket holding all of it when it lists parts (``(Public Record Office, America and West Indies, LXXI.)``)."""
    text = text.strip(" ,.;")
    while text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip(" ,.;")
    while text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:].lstrip(" ,.;")
    if text.startswith("(") and text.endswith(")") and "," in text and balanced(text[1:-1], "(", ")"):
        text = text[1:-1].strip(" ,.;")  # (the bracket opening the text closes at its end)
    return text


_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]|‘[^’]*’(?!\w)|«[^»]*»")
_IN = re.compile(r"\s+in\s+(?=[A-Z“\"])")
#: A volume or item number of a record series: ``XIII``, ``No. 1676``, ``Nos. 1361``, ``vol. 4``.
_VOLUME_PART = re.compile(r"[IVXLC]+|(?:Nos?|vol|vols|t|Bd)\.\s*[\dIVXLC][\w.-]*", re.I)


def _split(text: str) -> list[str]:
    """Comma-separated parts (and ``… in Collection``), keeping a quoted title (its commas and ``in``), a day date
    (``Nov. 7, 1937``), ``f. 17, op. 1`` and a number with thousands (``Add. MS 32,686``) whole."""
    return list(_parts(text))


@lru_cache(maxsize=4096)  # the shapes split one cite's text again and again
def _parts(text: str) -> tuple[str, ...]:
    # (a pattern is tried only on a text holding a mark every match of it holds: most texts are spared its scan)
    protected = text
    if "”" in text or '"' in text or "’" in text:  # “Title,” July 13: the title ends
        protected = _TITLE_END.sub(r"\1, ", text)
    if "“" in protected or '"' in protected or "‘" in protected or "«" in protected:
        protected = _QUOTED.sub(lambda m: m.group(0).replace(",", "\x00").replace(" in ", "\x01in\x01"), protected)
    protected = _IN.sub(", ", protected)
    if _DAY_THEN_YEAR.search(protected):
        protected = _DAY_DATE.sub(lambda m: m.group(0).replace(",", "\x00"), protected)
    protected = _THOUSANDS.sub("\x00", protected)  # "Add. MS 32,686": one number
    protected = _PAGE_LIST.sub(lambda m: m.group(0).replace(",", "\x00"), protected)  # "pp. 105, 107, 114": one pinpoint
    if "op." in protected:  # a fond's opis and an opis's delo
        protected = _FOND_OPIS.sub("\\1\x00\\2", protected)
        protected = _OPIS_DELO.sub("\\1\x00\\2", protected)
    return tuple(p.replace("\x00", ",").replace("\x01", " ").strip() for p in _PART_SEPARATOR.split(protected)
                 if p.strip(" ."))


_TITLE_END = re.compile(r"[,.]?([”\"’])\s+(?=\w)")
_FOND_OPIS = re.compile(r"\b([fF]\.\s*(?:[A-Z]-?)?\d+\w*),(\s*op\.)")  # (GARF's "f. R-5446")
_OPIS_DELO = re.compile(r"(\bop\.\s*\d+\w*),(\s*d\.)")
_PART_SEPARATOR = re.compile(r"\s*[,;]\s*")
#: Pages listed after their word (``pp. 105, 107, 114``, ``pp. 5, 10, and 21``, ``ff. 12, 14v``): one pinpoint, whatever
#: its commas.
_PAGE_LIST = re.compile(r"\b(?:pp?|ff?|fols?|ll?)\.?\s*\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?)?"
                        r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?)?)+(?![\d/])")
#: A comma between the thousands of a number (``Add. MS 32,686``), no separator of parts.
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _looks_published(text: str) -> bool:
    """A periodical's volume and year (``12 (1983)``, ``vol. 4, no. 2``) or an imprint (``Place: Publisher, 1983``,
    ``Mass.: Firefly Press, 1989``, a known place and a year in brackets: ``(Boston, 1965)``, or after a publisher:
    ``Oxford University Press, Melbourne, 1995``), outside quotations
    (a folder's name, ``Folder “Documents …, 1950-1954 (1980),” Box 3``, says nothing of a publication)."""
    text = _QUOTED.sub("", text)
    if _publisher_place_and_year(text):
        return True
    if "(" not in text and ":" not in text and "vol." not in text:
        return False  # every match of _PUBLISHED and _PLACE_AND_YEAR holds one of these
    if _PUBLISHED.search(text):
        return True
    return any(is_known_place(m["place"]) for m in _PLACE_AND_YEAR.finditer(text))


#: A periodical's volume and year (``12 (1983)``, ``vol. 4, no. 2``) or an imprint (``Mass.: Firefly Press, 1989``).
_PUBLISHED = re.compile(r"\b\d+\s*\((?:[A-Z][a-z]+\.?\s+)?(?:1[4-9]\d\d|20\d\d)\)|\bvol\.\s*\d+\s*,\s*no\.|"
                        r"\b[A-Z][a-z]+\.?:\s*[A-Z][\w&.' ]+,\s*(?:1[4-9]\d\d|20\d\d)")
#: A publisher's name ending on its word, then a place and a year after commas (``Oxford University Press, Melbourne,
#: 1995``): a book's imprint written without brackets.
_PUBLISHER_PLACE_YEAR = re.compile(r"\b(?:Press|Publishers?|Publishing)\s*,\s*(?P<place>[A-Z][^\W\d]+(?:\s+[A-Z][^\W\d]+)?)\s*,\s*"
                                   r"(?:1[4-9]\d\d|20\d\d)(?!\d)")


def _publisher_place_and_year(text: str) -> bool:
    """Whether ``text`` holds an imprint without brackets (:data:`_PUBLISHER_PLACE_YEAR`) whose place is a known one."""
    if "Press" not in text and "Publish" not in text:
        return False  # every match holds one of these
    return any(is_known_place(m["place"]) for m in _PUBLISHER_PLACE_YEAR.finditer(text))


#: A bracket holding a place and a year alone (``(Boston, 1965)``, ``(New York, 1891)``): a book's imprint.
_PLACE_AND_YEAR = re.compile(r"\((?P<place>[A-Z][^\W\d]+(?:[ .]+[A-Z][^\W\d]+){0,2}),\s*(?:1[4-9]\d\d|20\d\d)\)")


# -- small readers --------------------------------------------------------------------------

def names_a_day(text: str) -> bool:
    """Whether ``text`` holds a day's date (``March 10th 1944``, ``10 March 1944``, ``Nov. 7, 1937``, ``2 de
    agosto 1595``): a match of ``_DAY_DATE`` whose month word is a month."""
    return any(_date_of(match) for match in _DAY_DATE.finditer(text))


#: A document named by what it is, its long title running to its day (``Liste des Officiers, Cadets, Soldats, …,
#: le 9 Juillet, 1755``, ``A List of the Officers who were present …, 9 July, 1755 (Public Record Office, …)``).
_DATED_DOCUMENT = re.compile(
    r"^(?P<title>(?:(?:A|An|The|La|Le|Les)\s+|L['’])?(?:Liste|Lists?|Relation|Journal|M[ée]moire|Memoir|Memorial|Statement|"
    r"Instructions?|Extrait|Extract|[ÉE]tat|Copie|Copy|Pr[ée]cis|Narrative|Abstract|Returns?|Proc[èe]s-verbal|Tableau|"
    r"Account|Declaration|D[ée]claration|Petition|P[ée]tition)\b[^;()]{10,300}?)\s*,?\s+(?:le\s+|du\s+|dated\s+)?"
    r"(?P<day>" + _DAY_DATE.pattern + r")(?P<rest>.*)$", re.S)


#: A report or memorandum cited by its genre, perhaps after the body that wrote it (an acronym or a name of two words or
#: more) and before its division, then its title (quoted or not), perhaps its number, and its day or month, perhaps where it
#: is online after it: ``CIA analytic report, "Old School Ties," Mar. 10, 2003``, ``Intelligence report, Bin Ladin's
#: business activities in 1992, Mar. 31, 1994``, ``DOS report, Bureau of Consular Affairs, "1990 Report of the Visa
#: Office," Oct. 1991``, ``Foreign Office memorandum, "The Soviet Threat," 12 March 1948``.
_REPORT_BY_ITS_GENRE = re.compile(
    r"^\s*(?:(?P<body>[A-Z]{2,6}|[A-Z][\w'’-]+(?:\s+(?:of|for|and|the|on|[A-Z][\w'’-]+)){1,6})\s+)?"
    r"(?P<genre>(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){0,2}(?:report|memorandum|memo|assessment|briefing(?:\s+paper)?|cable|telegram|study|"
    r"summary))\s*,\s*(?:(?P<division>[A-Z][^,“”\"]{2,80}?)\s*,\s*(?=[“\"]))?"
    r"(?:[“\"](?P<quoted>[^”\"]{3,200}?)[,.]?[”\"]\s*,?\s*|(?P<title>[^,“”\"]{3,200}?)\s*,\s*)"
    r"(?:(?P<number>[A-Z]{2,6}[\s-]?\d[\w-]*(?:\s+\d[\w-]*)?)\s*,\s*)?"
    r"(?:(?P<day>" + _DAY_DATE.pattern + r")|(?P<month>[A-Z][a-z]{2,8}\.?)\s+(?P<year>1[6-9]\d\d|20\d\d))"
    r"\s*(?:\((?i:online|available)[^()]*\)?)?\s*$")  # (the URL taken out: "(online at")


def _report_by_its_genre(text: str) -> Recognized | None:
    """A report cited by its genre, title and day or month (:data:`_REPORT_BY_ITS_GENRE`): a ``report`` with that title,
    its genre (``analytic report``), number and date, written by the body named before the genre (``CIA``; its division
    after the genre, ``Bureau of Consular Affairs``, kept as a note); not when the title is a person's name or one word
    unquoted."""
    match = _REPORT_BY_ITS_GENRE.match(text) if may_hold(text, _REPORT_GENRES) else None
    if match is None:
        return None
    if match["day"]:
        date = _date_of(match)  # (the day's parts are the match's own groups)
    else:
        month = month_number(match["month"].rstrip("."))
        date = {"date-parts": [[int(match["year"]), month]]} if month else None
    title = (match["quoted"] or match["title"] or "").strip()
    if date is None or not title or _person(title) or not match["quoted"] and len(title.split()) < 2:
        return None  # (a person's name, or one word unquoted: "Smith report, Jones, 12 May 1920")
    record: dict[str, Any] = {"type": "report", "title": strip_edge_punctuation(squeeze(title)),
                              "genre": squeeze(match["genre"]).lower(), "issued": date}
    if match["body"]:
        record["author"] = [{"literal": squeeze(match["body"])}]
    if match["division"]:
        _add_note(record, squeeze(match["division"]))
    if match["number"]:
        record["number"] = squeeze(match["number"])
    return Recognized("document", record, None)


#: The genre words of :data:`_REPORT_BY_ITS_GENRE`, one of which every match holds (as written).
_REPORT_GENRES = ("report", "emorandum", "memo", "assessment", "riefing", "cable", "telegram", "tudy", "ummary")


def _dated_document(text: str) -> Recognized | None:
    """A document named by its genre and a long title, dated to the day (:data:`_DATED_DOCUMENT`): a manuscript with
    that title and date, kept where the rest says (``(Public Record Office, America and West Indies, LXXXII.)``)."""
    match = _DATED_DOCUMENT.match(text)
    day = _DAY_DATE.fullmatch(match["day"]) if match else None
    date = _date_of(day) if day else None
    if date is None or len(match["title"].split()) < 4:
        return None
    record: dict[str, Any] = {"type": "manuscript", "title": strip_edge_punctuation(squeeze(match["title"])), "issued": date}
    rest = match["rest"].strip(" ,.")
    if rest.startswith("(") and rest.endswith(")"):
        rest = rest[1:-1]  # "(Public Record Office, America and West Indies, LXXXII.)": where it is kept
    locator = _place(record, rest) if rest else None
    return Recognized("document", record, locator)


def _date_of(match: re.Match[str]) -> dict[str, Any] | None:
    """The CSL date of a ``_DAY_DATE`` match whose month word is a month, else None."""
    month = month_number(match["m1"] or match["m2"])
    day = int(match["d1"] or match["d2"])
    if month is None or not 1 <= day <= 31:
        return None
    return {"date-parts": [[int(match["y1"] or match["y2"]), month, day]]}


#: A range of days of one month (``Feb. 9-19, 1685``, ``May 3–5, 1937``, ``3–5 May 1937``) or of two (``28 February–1 March
#: 1883``, ``February 28–March 1, 1883``), or an old and a new style day
#: (``Jan. 22/Feb. 1, 1686``).
_DAY_RANGE = re.compile(r"(?<![\w/])(?:[^\W\d][\w'’]*\.?\s+\d{1,2}(?:\s*[-–]\s*(?:[^\W\d][\w'’]*\.?\s+)?|,?\s*/\s*[^\W\d][\w'’]*\.?\s+)\d{1,2},?"
                        r"|\d{1,2}(?:\s+[^\W\d][\w'’]*\.?)?\s*[-–]\s*\d{1,2}\s+[^\W\d][\w'’]*\.?,?)\s+(?:1[4-9]\d\d|20\d\d)(?!\d)")


def _find_date(text: str) -> tuple[dict[str, Any], int, int] | None:
    """The first date in ``text`` (to the day or a range of days, to the month or a year) with its span."""
    ranged = None
    for match in _DAY_RANGE.finditer(text) if "-" in text or "–" in text or "/" in text else ():
        parsed = parse_date(match.group(0))
        if "date-parts" in parsed:
            ranged = parsed, match.start(), match.end()
            break
    for match in _DAY_DATE.finditer(text):
        parsed = _date_of(match)
        if parsed:
            return ranged if ranged and ranged[1] < match.start() else (parsed, match.start(), match.end())
    if ranged:
        return ranged
    for match in _MONTH_DATE.finditer(text):
        if month_number(match["m"]):
            parsed = parse_date(match.group(0))
            if "date-parts" in parsed:
                return parsed, match.start(), match.end()
    match = _YEAR.search(text)
    if match:
        return {"date-parts": [[int(match.group(0))]]}, match.start(), match.end()
    return None


#: Words that say what happened on the date (``Received July 31, 1914``), not where; ``letter of April 1936``
#: after the names: the genre's words before the date ("Le Havre": no day word, the case of _ON_DAY kept).
_DATE_VERB = re.compile(r"^\[?(?:received|rec['’]d|sent|dated|written|drafted|(?-i:" + _ON_DAY + r")|"
                        + _LETTER_WORD + r"\s+(?:of|dated|written(?:\s+on)?))\b\.?\]?\s*", re.I)  # "[drafted] September 12, 1991"


#: One day of a month, either way round (``18 March``, ``February 12``).
_DAYS_BEFORE_ITEM = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+(?P<m1>[^\W\d]+)\.?|(?P<m2>[^\W\d]+)\.?\s+\d{1,2}(?:st|nd|rd|th)?")
#: Days of months before the date that ends them (``January 30, February 12, and``, ``18 March, 19 April,``):
#: several letters of one year cited at once.
_DAYS_BEFORE = re.compile(rf"(?:(?:{_DAYS_BEFORE_ITEM.pattern})\s*,?\s*(?:and\s+)?)+")


def _day_series(rest: str) -> tuple[dict[str, Any], int, str, str] | None:
    """:func:`_leading_date` for days of one year whose month is written once for several days (``December 16
    and 30, 1881``, ``17 and 18 March 1875``; read by :func:`~notecite.normalize.dates.day_series`) opening
    ``rest``: the first day's date, where that year's days end, no place, those days as printed."""
    start = len(rest) - len(rest.lstrip(" ,("))
    days = day_series(rest)
    if not days or days[0][0] != start:
        return None
    year = days[0][2]["date-parts"][0][0]
    end = max(e for s, e, date in days if date["date-parts"][0][0] == year)
    return days[0][2], end, "", rest[start:end]


#: A day and a month ending a text after a comma (``…, 20 Sept.``): a letter's date with no year.
_DAY_ENDING = re.compile(r",\s*(?:\d{1,2}\s+[^\W\d_]{3,}|[^\W\d_]{3,}\.?\s+\d{1,2})\.?\s*$")
#: A day and a month with no year, ending the letter's heading (``27 Juillet.``, ``Sept. 20``, ``3 Sept.``).
_DAY_WITHOUT_YEAR = re.compile(r"\s*(?P<day>\d{1,2}\s+(?P<m1>[^\W\d_]{3,})\.?|(?P<m2>[^\W\d_]{3,})\.?\s+\d{1,2})"
                               r"(?=\s*(?:[.;,)]|$))")


def _leading_date(rest: str) -> tuple[dict[str, Any], int, str, str] | None:
    """A date opening ``rest`` (after a place at most: ``Paris, 3 May 1936``): the date, where it ends,
    the place, and the dates as printed when several days of one year are given (the first is the date:
    ``January 30, February 12, and February 17, 1872``; ``December 16 and 30, 1881``), else ``""``. A date the editor
    supplied in square brackets (``[April 11, 1980]``) is read with its brackets."""
    series = _day_series(rest)
    if series is not None:
        return series
    found = _find_date(rest)
    if found is None:
        day = _DAY_WITHOUT_YEAR.match(rest)
        if day and month_number(day["m1"] or day["m2"]):  # "Montcalm à Vaudreuil, 27 Juillet.": the year is the text's
            return {"literal": squeeze(day.group("day"))}, day.end("day"), "", ""
        return None
    supplied = rest[:found[1]].rstrip(" ").endswith("[") and rest[found[2]:found[2] + 1] == "]"  # "[April 11, 1980]"
    before = _DATE_VERB.sub("", rest[:found[1]].strip(" ,([" if supplied else " ,("))
    days = list(_DAYS_BEFORE_ITEM.finditer(before)) if before and _DAYS_BEFORE.fullmatch(before + " ") else []
    if days and len(found[0].get("date-parts", [[]])[0]) == 3 and all(month_number(m["m1"] or m["m2"]) for m in days):
        first = parse_date(f"{days[0].group(0).strip(' ,')} {found[0]['date-parts'][0][0]}")
        if "date-parts" in first:
            series = rest[:found[2]].strip(" ,(")
            return first, found[2], "", series
    if before and not (is_known_place(before) or len(before.split()) <= 2 and before[:1].isupper()):
        return None
    return found[0], found[2] + supplied, before, ""


def _date_only(part: str) -> dict[str, Any] | None:
    """The date ``part`` is, when it is nothing but a date."""
    day = _DAY_DATE.fullmatch(part.strip(" .()"))
    if day:
        return _date_of(day)
    parsed = parse_date(part.strip(" .()"))
    return parsed if "date-parts" in parsed else None


#: Nouns that open a place's name (``Lake George``, ``Fort Edward``, ``Camp near Albany``).
_PLACE_NOUNS = frozenset("lake fort mount camp cape port point isle island bay river head crown".split())


def _written_from_a_place(text: str, sender: str) -> bool:
    """Whether the name after ``from`` in ``Letter from X, DATE`` is where the letter was written: one word that is
    no given name, or a place's name opening on a noun for a place (``Lake George``); ``by`` names a writer."""
    if not re.match(r"\s*\S+\s+from\s", text, re.I):
        return False
    words = sender.split()
    if words and words[0].lower() in _PLACE_NOUNS:
        return True
    return len(words) == 1 and words[0].isalpha() and fold(words[0]) not in load("given_names")


@lru_cache(maxsize=4096)  # the same senders and recipients come back letter after letter
def _name_like(text: str) -> bool:
    """A person's or a body's name: capitalised words (particles and ``of`` between), not a
    phrase of common words (``Introduction``, ``The Road``) unless it names an institution."""
    words = re.findall(r"[\w.'’&-]+", _LEADING_PARTICLE.sub("", text.strip()))  # "al-Husri", "de Gaulle"
    if not 1 <= len(words) <= 7 or not words[0][:1].isupper():
        return False
    if any(w[:1].islower() and w.lower() not in _NAME_CONNECTORS for w in words):
        return False
    content = [w.lower().strip(".") for w in words if w.lower() not in _NAME_CONNECTORS]
    if any(w in INSTITUTION_WORDS for w in content):
        return True
    return not all(w in WORDS or len(w) < 2 for w in content)


#: Words that open the title of a body's records or of an item, not the body's name (``Minutes of the Committee``).
_ITEM_OPENING = RECORD_WORDS | {"memorandum", "memo", "letter", "notes", "draft", "file"}


def _body_issuing_an_item(text: str) -> bool:
    """``Commission for the Protection and Restitution of Cultural Material``: the name of a body (capitalised words,
    ``of``, ``for``, ``and``… between, a word for an institution among them, no digit) that does not open on a word
    for records or an item (``Minutes of the Board``), as the author of an item named after it."""
    words = text.split()
    return 2 <= len(words) <= 12 and holds_institution_word(text) and not any(c.isdigit() for c in text) \
        and all(w[:1].isupper() or w.lower() in _NAME_CONNECTORS for w in words) \
        and words[0].lower() not in _ITEM_OPENING and fold(words[0]) not in load("genre_words")


_INITIALS = re.compile(r"(?:[A-Z]\.\s?-?)+")


def _person(text: str) -> bool:
    """``Jean Dupont``, ``J. Dupont``: a given name or initials, then a family name; not a periodical's name ending on
    its noun after a given name (``Christian Recorder``, ``Christian Advocate``)."""
    words = text.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() or w.lower() in PARTICLES for w in words):
        return False
    if _PAPER_NOUN.search(words[-1]):
        return False  # (not the nouns a person's name may end on: "Emily Post")
    first = words[0].strip(".,").lower()
    return first in load("given_names") or bool(_INITIALS.fullmatch(words[0]))



def _surnames(text: str) -> bool:
    """One surname, or two or three joined by ``and`` or ``&`` (``Bigelow``, ``Marx and Engels``)."""
    names = re.split(r",?\s+(?:and|&)\s+|,\s+", text)
    return len(names) <= 3 and all(_SURNAME.fullmatch(name) and _name_like(name) for name in names)


def _persons(text: str) -> bool:
    """One person (:func:`_person`) or two or three joined by ``and`` or ``&`` (``Victor Serge and Leon Trotsky``)."""
    people = re.split(r",?\s+(?:and|&)\s+|,\s+", text)
    return len(people) <= 3 and all(map(_person, people))


#: The words of :data:`_OFFICE` that name a body, not a person's office.
_BODIES = frozenset({"Embassy", "Consulate", "Legation", "Ministry", "Department", "Office", "Committee", "Board"})


def _office_holder(text: str) -> str | None:
    """The person named after an office: ``Acting Secretary Norman Davis``, ``Budget Bureau Director Charles
    Dawes``, ``Governor Morris`` (one to three capitalised words right after it, one only when it is no
    common word), ``Secretary of State Robert Smith`` (after an
    ``of``/``for`` phrase, a given name or initial must show where the person starts); else None."""
    offices = list(_OFFICE.finditer(text))
    if not offices or offices[-1].group() in _BODIES:
        return None  # "U.S. Embassy Paris", "Consulate Hamburg": the body and where it sits, no person
    rest = text[offices[-1].end():].split()
    if rest and rest[0] in ("of", "for"):
        for skip in range(2, len(rest) - 1):
            if not all(w[:1].isupper() or w in ("of", "for", "and") for w in rest[1:skip]):
                return None
            if _person(" ".join(rest[skip:])):
                return " ".join(rest[skip:])
        return None
    person = " ".join(rest)
    if 1 <= len(rest) <= 3 and all(w[:1].isupper() for w in rest) and not _OFFICE.search(person) \
            and (len(rest) > 1 or _name_like(person)):  # "Governor Morris": one name, but no common word ("General")
        return person
    return None


def _surname_like_an_office(text: str) -> bool:
    """``Lafayette Head``, ``J. Clerk``: a given name or initials (or a capitalised word that is neither an office's
    nor a common one), then one family name that is also an office's word."""
    words = text.split()
    return 2 <= len(words) <= 3 and not _OFFICE.search(" ".join(words[:-1])) and bool(_OFFICE.fullmatch(words[-1])) \
        and all(re.fullmatch(r"[A-Z]\.", w) or fold(w) in load("given_names") or _name_like(w) for w in words[:-1])


_A_NAME_LIST = re.compile(_NAME_LIST)


def _put_recipients(record: dict[str, Any], text: str) -> None:
    """A letter's recipients: a list of names in natural order (``High, Slany, and Dennis Gallagher``) name by name,
    not read as a name inverted (``High, Slany``); anything else as :func:`_put_names` reads it."""
    if not _A_NAME_LIST.fullmatch(text.strip()) or _a_body_of_people(text.strip()):
        _put_names(record, "recipient", text)  # (a body of people: "All Diplomatic and Consular Posts")
        return
    for name in re.split(r",\s+(?:and\s+)?|,?\s+and\s+", text.strip()):
        _put_names(record, "recipient", name)


def _a_body_of_people(text: str) -> bool:
    """Whether ``text`` names an office or a body of people, kept whole as one literal name: an office's word
    (:data:`_OFFICE`, not a surname like one), a lower-case opening (``all Assistant Secretaries``) or ``All``."""
    return bool(_OFFICE.search(text) and not _surname_like_an_office(text)) or text[:1].islower() or text.startswith("All ")


def _put_names(record: dict[str, Any], role: str, text: str) -> None:
    text = squeeze(text).strip()
    text = _office_holder(text) or text  # the person, not the office they held
    particle = _LEADING_PARTICLE.match(text)
    if particle and " " not in text[particle.end():].strip():  # "al-Husri", "de Gaulle": a family name alone
        family = text[particle.end():].strip()
        name = {"family": text} if particle.group(0).endswith("-") else \
            {"family": family, "non-dropping-particle": particle.group(0).strip()}
        record.setdefault(role, []).append(name)
        return
    if _a_body_of_people(text):
        record.setdefault(role, []).append({"literal": text})  # "Secretary of State", "all Assistant Secretaries",
        # "All Diplomatic and Consular Posts"
        return
    names = [n for _, group, _ in parse_names(text, default_role=role) for n in group]
    if names:
        record.setdefault(role, []).extend(names)


def add_context(record: dict[str, Any], context: dict[str, Any]) -> None:
    """Put in ``record`` the fields the note gives its item outside the item's clause (:attr:`Recognized.context`):
    a note is added to the record's own, any other field kept where the clause's reading already has it."""
    for variable, value in context.items():
        if variable == "note":
            _add_note(record, value)
        else:
            record.setdefault(variable, value)


def _add_note(record: dict[str, Any], text: str) -> None:
    text = strip_edge_punctuation(text.strip())
    if text:
        record["note"] = f"{record['note']}; {text}" if record.get("note") else text


# -- finding them in a note ----------------------------------------------------------------------

#: Prose that opens a clause before its reference.
_LEAD = re.compile(r"(?:(?:see|also|and|or|cf\.|compare(?:\s+(?:to|with))?|e\.\s?g\.|for\s+example|especially|esp\.|vgl\.|voir|"
                   r"quot(?:e|es|ed|ations?)\s+(?:is\s+|are\s+)?(?:from|in)|sources?(?=\s*:)|quelle(?=\s*:)|fuente(?=\s*:))"
                   r"[,:]?\s+)+", re.I)
#: ``…/1099 and DeWitt Poole letter to …``: where a second item of one clause starts.
#: A phrase that names a second work after an item (``, quoted in``, ``cited in``, ``reprinted in``).
_CITING_PHRASE = re.compile(r",?\s*\b(?:quoted|qtd\.|cited|reprinted|repr\.|rpt\.|reproduced|excerpted)\s+(?:in|by)\b", re.I)
#: A word every :data:`_CITING_PHRASE` holds (:func:`~notecite.textscan.may_hold`).
CITING_WORDS = ("quoted", "qtd.", "cited", "repr", "rpt.", "excerpted")
#: ``…, January 11, 1871, Alexander Hamilton Jr. to Davis, January 21, 1871``: after a year, a comma and a letter
#: ``X to Y`` with its day's date (a list of letters without ``and`` or ``;`` between them). A file's number after
#: a slash is no year (``TNA, FO 371/12345, Smith to Jones, DATE`` is one letter, filed there).
_NEXT_LETTER = (rf"(?<=\d{{4}})(?<!/\d{{4}})(?<!/\d{{5}})(?<!/\d{{6}}),\s+(?={_NAME}\s+to\s+{_NAME}\s*,\s+"
                rf"(?:[A-Z][a-z]+\.?\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z]))")
#: ``…, October 27, 1958 attached to Noble through Kretzmann to Murphy, October 29, 1958`` (``enclosed in`` too): after a date (or the
#: item's pages: ``…, pp. 94–96 attached to Mueller to Kennedy, DATE``, or its name: ``draft report of 1961 HAC
#: meeting attached to Goodrich to Noble, DATE``), the letter an item was sent with (each is cited).
_SENT_WITH_WORDS = r"(?:(?:attached|enclosed|appended|annexed)\s+to|enclosed\s+in)"
#: A name with letters the editor supplied in square brackets (``J[ohn] P G[lennon]``, ``W[illiam] Z S[lany]``).
_SUPPLIED_LETTERS_NAME = r"[A-Z][\w.'’]*(?:\[[a-z][^\[\]]{0,20}\])?(?:\s+[A-Z][\w.'’]*(?:\[[a-z][^\[\]]{0,20}\])?){0,3}"
_ATTACHED_TO = (rf"(?<=[\w.)\]]),?\s+{_SENT_WITH_WORDS}\s+(?={_NAME}{_THROUGH}\s+to\s+{_NAME}\s*,"
                rf"|{_SUPPLIED_LETTERS_NAME}\s+to\s+{_SUPPLIED_LETTERS_NAME}\s*,"
                rf"|\[(?i:no\s+author\s+identified)\]\s+(?i:{_LETTER_WORD})\s*,)")
#: ``…, DATE and chronology in Slany through High to Redman, DATE``: an item described in lower-case words (after
#: ``and``, or ending on the kind of paper it is), kept in the letter named after ``in`` (each is cited).
_A_LETTER_AHEAD = rf"{_NAME}{_THROUGH.replace('(?P<via>', '(?:')}\s+to\s+{_NAME}\s*,"
_A_PAPER_BEFORE = "(?:" + "|".join(f"(?<=\\b{word})" for word in "chronology memorandum memo notes report minutes draft comments points "
                                  "paper analysis summary list record".split()) + ")"
_KEPT_IN_A_LETTER = (rf"(?<=\d)\s+and\s+(?=[a-z][^,;()\d]{{2,60}}?\s+in\s+{_A_LETTER_AHEAD})"
                     rf"|(?=,?\s+in\s){_A_PAPER_BEFORE},?\s+in\s+(?={_A_LETTER_AHEAD})")  # ("in" first: cheaper than the lookbehinds)
#: Where :data:`_ATTACHED_TO` or :data:`_KEPT_IN_A_LETTER` joins two items: the item before it was sent with the letter after it.
_ATTACHED_JOINT = re.compile(rf"\s+(?:{_SENT_WITH_WORDS}|in)\s")
#: ``…, p. A29 and Department press briefing, May 8, 1990, …``: after a page, ``and`` and an item named in words (a
#: capitalised one, then lower-case ones) and dated to the day.
_NEXT_DATED_ITEM = (rf"(?<=\d)\s+and\s+(?=(?:[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){{1,4}},|[“\"][^“”\"]{{3,120}},[”\"])"
                    rf"\s+{_MONTH_NAME}\s+\d{{1,2}},\s+\d{{4}})")
#: Right after a date's year or an editor's bracket (``…, June 4, 1990``, ``…, [no date]``), where an item ends.
_AFTER_A_DATE = r"(?:(?<=\d{4})|(?<=\]))"
#: ``…, June 4, 1990 and attached FRUS action plan, [no date] and attached …``: after a date, the items sent with
#: the item before.
_AND_ATTACHED = _AFTER_A_DATE + r"\s+and\s+(?:attached|enclosed)\s+(?=[A-Z\[])"
# Every joint opens on a comma or a space: the lookahead first skips the other positions fast.
_NEXT_ITEM = re.compile(rf"(?=[,\s])(?:\s+and\s+(?=(?:(?i:revised\s+|final\s+)?draft\s+)?{_NAME}(?:\s+\([^()\d]{{1,30}}\))?(?:\s+through\s+[^,;()\d]{{1,40}}?)?\s+(?:(?i:{_LETTER_WORD})\s+)?{_TO}\s|{_NAME}\s+(?i:{_LETTER_WORD})\s*,"
                        rf"|(?P<piece>{_NAME},\s+[“\"])"  # "…, DoS P-Reels and Warren Cohen, “Gaps in the Record,” …": a piece by a name
                        rf"|(?<=\[no\sdate\]\sand\s)(?=[a-z])(?!attached\s|enclosed\s)"  # "Baehler memorandum, [no date] and memorandum of conversation …"
                        rf"|(?=[A-Z][\w.'’]*\[[a-z]){_SUPPLIED_LETTERS_NAME}\s+to\s+{_SUPPLIED_LETTERS_NAME}\s*,"  # "… and D[avid] M B[aehler] to D[avid] F T[rask], …"
                        rf"|{_NAME}\s+(?i:interview)\s+with\s"  # "…, Presidential Directive 1985 and Charles Stuart Kennedy interview with …"
                        rf"|\[(?i:names?\s+not\s+declassified|no\s+(?:author|sender)\s+identified)[^\[\]]{{0,80}}\]\s+to\s)"  # "… and [name not declassified] to Ambach"
                        rf"|{_NEXT_LETTER}|{_ATTACHED_TO}|{_KEPT_IN_A_LETTER}|{_NEXT_DATED_ITEM}|(?P<attached>{_AND_ATTACHED})"
                        # "…, p. 20245 and annotated draft FRUS legislation attached to …": an item sent with a letter
                        rf"|(?<=\d)\s+and\s+(?=[A-Za-z][^,;()\d]{{3,80}}?\s+{_SENT_WITH_WORDS}\s))")


def find_kinds(text: str) -> list[tuple[int, int, Recognized]]:
    """The clauses of a note's ``text`` that :func:`recognize` reads, as [start, end) offsets with
    what was recognized; a clause of several items joined by ``and`` (``A to B, DATE, FILE and C
    memorandum to D, DATE``) or listed after their dates (``A to B, DATE, C to D, DATE``) gives one each."""
    from ..parse.leftovers import leftover_spans

    out = []
    citing_phrases = may_hold(text, CITING_WORDS)
    printed_in: tuple[str, str | None, int] | None = None  # a collection named before its letters, to a sentence's end
    for start, end in _whole_brackets(text, _keepers_joined(text, leftover_spans(text, ()))):
        if not _DIGIT.search(text, start, end) and not _interview_cited_short(text[start:end]) \
                and not _talk_with_the_author(text[start:end]):
            continue
        papers = _papers_of_one_day(text, start, end)
        if papers:  # "Albany Evening Journal, Boston Daily Advertiser, all December 7, 1861": one issue each
            out += papers
            continue
        items = []
        position = start
        sent_with_the_next = set()  # the items attached to the letter after them
        sent_with_the_previous = set()  # the items attached to the letter before them ("…, DATE and attached …")
        # every joint of _NEXT_ITEM is an "and" or comes before a letter's "to"
        joined = text.find("and", start, end) != -1 or text.find(" to ", start, end) != -1
        if joined and "Cong" in text[start:end] and _congress_document(text[start:end]) is not None:
            joined = False  # "Seizure of American Vessels and Injuries to …, 41st Cong., …": one document's title
        for joint in _NEXT_ITEM.finditer(text, start, end) if joined else ():
            only_and = joint.group().strip() == "and"  # (no words of the joint's own alternative)
            if (joint["piece"] is not None or only_and and _BARE_NAME.fullmatch(text, position, joint.start())) \
                    and not _DIGIT.search(text, position, joint.start()):
                continue  # a piece by a name after an item with a date or number; "Claiborne Pell and David Boren to
                # Baker": the letter of two senders
            first_sender = _FIRST_SENDER.search(text, position, joint.start()) \
                if only_and and _SENDER_AND_TO.match(text, joint.end()) else None
            if first_sender:  # "… is recorded on p. 8 of Dyess and Vest to Newsom, DATE": the letter of two senders, the words
                if text[position:first_sender.start("sender")].strip():  # before it an item of their own
                    items.append((position, first_sender.start("sender")))
                    position = first_sender.start("sender")
                continue
            if _THROUGH_BEFORE.search(text, position, joint.start()):
                continue  # "Slany through Kennedy and Hoggard to Tutwiler": the offices a letter went through
            if _inside_an_attached_bracket(text, position, joint.start()):
                continue  # "A to B (with attached C to D, DATE and E to F, DATE), DATE": the bracket is read below
            if _ATTACHED_JOINT.match(text, joint.start()):
                sent_with_the_next.add(len(items))
            if joint["attached"] is not None:
                sent_with_the_previous.add(len(items) + 1)
            items.append((position, joint.start()))
            position = joint.end()
        items.append((position, end))
        attached = None  # an item described in words, sent with the letter that comes next
        enclosed = None  # the index in out of a letter sent with the letter that comes next
        sender = None  # the last letter read, which the items "and attached" after it were sent with
        described_before = []  # items described in lower case and dated to the day, kept where the next letter is
        clause_start = len(out)
        out += _letters_of_one_day(text, start, end)
        for n, (s, e) in enumerate(items):
            citing = citing_phrases and _CITING_PHRASE.search(text, s, e)
            if citing:  # "A to B, DATE, quoted in Book (…), 381": the item ends before the second work
                e = citing.start()
                second = recognize(text[citing.end():items[n][1]].lstrip())
                if second is not None and second.kind == "newspaper":  # "reproduced in New Europe (London), September, 1917"
                    begin = len(text) - len(text[citing.end():].lstrip())
                    out.append(_without_prose_after(text, begin, items[n][1], second))
            lead = _LEAD.match(text, s, e)
            first = lead.end() if lead else s
            digit = _DIGIT.search(text[s:e])
            # "For the reporting of …, see Joseph Grew despatch to …": the reference after the prose
            intros = [(m.end(), bool(m["strong"] or m["remarks"])) for m in _INTRO.finditer(text, first, s + digit.start())
                      if not m["remarks"] or _REMARKS_ON.fullmatch(text, first, m.end())] \
                if digit else []
            if digit and may_hold(text[first:s + digit.start()], _OWNER_MARKS):  # "… was Jefferson's memorandum of …"
                intros = sorted(intros + [(m.start(), False) for m in _OWNER_AT.finditer(text, first, s + digit.start())
                                          if not _inside_quotes(text, first, m.start())])
            # the first letter, interview… from the clause's start on; an archival item from the clause's
            # start or the last "see" before it (prose before it would become its title)
            collection = _COLLECTION_BEFORE_LETTERS.match(text, first, e)
            if collection:  # "See in Message, 1861, Perry (Madrid) to Seward, June 13, 1861, p. 261; Clay …"
                intros.insert(0, (collection.end(), True))
                stop = _SENTENCE_END.search(text, collection.end())
                printed_in = (collection["title"].strip(), collection["year"], stop.start() if stop else len(text))
            best = None
            for begin, strong in [(first, True)] + intros[:6]:
                found = recognize(text[begin:e])
                if found is None or found.kind == "archival" and not strong \
                        or found.kind == "newspaper" and (_after_a_quotation(text, begin) or _reviewed_by(text, first, begin)):
                    continue
                best = (begin, e, found)
                if found.kind != "archival":
                    break
            remarks = _REMARKS_ON.fullmatch(text, first, best[0]) if best and best[0] > first and best[2].kind == "letter" else None
            if remarks:  # the remarks are an item of their own, kept with the letter
                record = {"type": "manuscript", "title": f"{remarks['remarks']} {best[2].record.get('title-short') or best[2].record['title']}"}
                _put_names(record, "author", remarks["writer"])
                out.append((first, best[0], Recognized("archival", record, None, text=text[first:best[0]], read_alone=False)))
            if best is not None and best[2].prose_after:  # the item ends on its day
                best = (best[0], _DAY_DATE.search(text, best[0], best[1]).end(), best[2])
            elif best is not None and best[2].source_after:  # the item ends before the colon opening its source
                best = (best[0], _COLON_BEFORE_SOURCE.search(text, best[0], best[1]).start(), best[2])
            if best is not None:
                if printed_in and best[0] < printed_in[2]:
                    _printed_in_the_collection(best[2], printed_in[0], printed_in[1])
                attachment = _ATTACHMENT.fullmatch(text, first, best[0]) if best[2].kind == "letter" else None
                if attachment:  # "“Principles …,” attachment to Dennett memorandum to Secretary of State, DATE, …"
                    out.append((first, attachment.end("title"), _attached_item(attachment["title"], best[2])))
                if attached is not None and best[2].kind == "letter":  # "Draft FRUS staff study, May 1990 attached to …"
                    described = _described_attachment(text[attached[0]:attached[1]], best[2])
                    if described is not None:
                        out.append((*attached, described))
                out.append(_without_prose_after(text, *best))
                if best[2].kind in ("letter", "archival"):  # "Machak to Johnson (and attached Johnson to Kennedy, May 9,
                    out += _items_attached_in_brackets(text, best[0], best[1], best[2])  # 1990), …"
                if enclosed is not None and best[2].kind == "letter":  # "Eden to Winant, DATE enclosed in Gallman to …"
                    _kept_where_unless_kept(out[enclosed][2], best[2])
                enclosed = len(out) - 1 if best[2].kind == "letter" and n in sent_with_the_next else None
            if best is None and n in sent_with_the_previous and sender is not None:
                described = _described_attachment(text[s:e], sender)
                if described is not None:  # "…, June 4, 1990 and attached FRUS action plan, [no date]"
                    out.append((s, e, described))
            elif best is not None and best[2].kind == "letter":
                sender = best[2]
                for item in described_before:  # "annotated comparison of draft legislation, [no date] and Littrel to …,
                    found = _described_attachment(text[item[0]:item[1]], sender)  # DATE in Department of State, …"
                    if found is not None:
                        out.append((*item, found))
                described_before = []
            elif best is None and n not in sent_with_the_next and _DESCRIBED_AND_DATED.match(text, first, e):
                described_before.append((first, e))
            attached = (first, e) if best is None and n in sent_with_the_next else None
        if len(out) - clause_start > 1 and _ALL_IN.search(text, out[-1][0], end):
            for k in range(clause_start, len(out) - 1):  # "Adee to Day, DATE and Adee to Day, DATE, all in LCM, …"
                _kept_where_unless_kept(out[k][2], out[-1][2])
    return _repositories_in_brackets(text, out)


def _keepers_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (clauses of ``text``), a sentence that names only where papers are kept (a repository, collection or
    shelfmark, no year: ``Trotsky Archives, Harvard.``) joined to the next when the two are one letter kept there
    (``… Letter to Cannon, 12 May 1935``: :func:`_letter_after_its_archive`)."""
    if len(spans) < 2:
        return spans
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(spans):
        start, end = spans[k]
        after = spans[k + 1] if k + 1 < len(spans) else None
        # (the letter after is dated to the month, so its sentence holds a year, and this one none)
        if after and _YEAR_DIGITS.search(text, *after) and not _YEAR_DIGITS.search(text, start, end) \
                and _names_only_a_keeper(text[start:end]) and _letter_after_its_archive(text[start:after[1]]) is not None:
            out.append((start, after[1]))
            k += 2
            continue
        out.append((start, end))
        k += 1
    return out


def _keeper_mark_end(text: str) -> int | None:
    """Where the first repository, collection or shelfmark named in ``text`` ends; None when it names none."""
    ends = [match.end() for match in (_shelfmark(text), _REPOSITORY.search(text), _COLLECTION.search(text)) if match]
    return min(ends) if ends else None


def _names_only_a_keeper(sentence: str) -> bool:
    """Whether ``sentence`` names a repository, collection or shelfmark and no item (no genre word such as ``Letters``
    and no ``in``: ``Letters of John Shirley in Pennsylvania Archives, II.`` is a printed source)."""
    return " in " not in sentence and not may_hold(sentence, _LETTER_WORDS) and _keeper_mark_end(sentence) is not None


def _whole_brackets(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (clauses of ``text``), a clause that opens a bracket of items sent with a letter (:data:`_ATTACHED_LETTER`)
    joined to the next ones up to the one that closes it: ``Johnson to Hoggard (with attached A to B, DATE; C memorandum,
    DATE), DATE`` is one clause."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(spans):
        start, end = spans[k]
        if _inside_an_attached_bracket(text, start, end):
            closing = next((n for n in range(k + 1, len(spans)) if text.find(")", spans[n][0], spans[n][1]) != -1), None)
            if closing is not None:
                out.append((start, spans[closing][1]))
                k = closing + 1
                continue
        out.append((start, end))
        k += 1
    return out


#: A person's name alone (perhaps after a lead-in): no item, the first of a letter's senders when ``and`` follows it.
_BARE_NAME = re.compile(rf"(?:(?i:see|also|and|cf\.)[,:]?\s+)*(?:{_DRAFT.pattern})?{_NAME}")
#: A name right before an ``and`` that opens a sentence, a bracket or a clause, or follows ``of`` or ``see``
#: (``…. Dyess and Vest to Newsom``, ``recorded on p. 8 of Dyess and Vest to Newsom``): a letter's first sender.
_FIRST_SENDER = re.compile(rf"(?:(?<=[a-z]{{2}})\.\s+|[;:]\s+|\(\s*|\b(?:of|by|see|also|cf\.)\s+)(?P<sender>(?:{_DRAFT.pattern})?(?=[A-Z][a-z]){_NAME})$")
#: A letter's sender and ``to`` (where a second sender after ``and`` starts).
_SENDER_AND_TO = re.compile(rf"{_NAME}\s+to\s+(?=[A-Z\[])")
#: A letter's ``through`` and a name right before an ``and`` (the ``and`` joins the people it went through).
_THROUGH_BEFORE = re.compile(rf"\bthrough\s+{_NAME}$")


def _inside_an_attached_bracket(text: str, start: int, at: int) -> bool:
    """Whether offset ``at`` lies inside a bracket of items sent with a letter (:data:`_OPENS_ATTACHED`) opened
    after ``start``."""
    opened = text.rfind("(", start, at)
    return opened != -1 and text.find(")", opened, at) == -1 and _OPENS_ATTACHED.match(text, opened) is not None


#: The opening of a bracket of items sent with a letter (``(with attached``, ``(and enclosed``), or of one naming the
#: letter an item was sent with (``(attachment to``).
_OPENS_ATTACHED = re.compile(rf"\((?:{_WITH_ATTACHED}|{_SENT_WITH_IN})\s")


#: ``Messersmith to Wilson, Messersmith to Phillips, and Messersmith to Kennedy, March 8, 1938, …``: letters listed by
#: their ``X to Y`` before the one date (and archive) they share, the last after ``and``.
_LETTERS_OF_ONE_DAY = re.compile(rf"(?P<heads>{_NAME}\s+to\s+{_NAME}(?:,\s+{_NAME}\s+to\s+{_NAME})*),?\s+and\s+"
                                 rf"{_NAME}\s+to\s+{_NAME}\s*(?P<rest>,\s+(?:{_MONTH_NAME}\s+\d|\d{{1,2}}\s+{_MONTH_NAME}).*)$", re.S)
_LETTER_HEAD = re.compile(rf"{_NAME}\s+to\s+{_NAME}")


def _letters_of_one_day(text: str, start: int, end: int) -> list[tuple[int, int, Recognized]]:
    """The letters listed before the last of :data:`_LETTERS_OF_ONE_DAY` in ``text[start:end]``, each read with the
    date and archive the list ends on (the last is read with them as the clause's own item)."""
    if text.find("and", start, end) == -1 or text.find("to", start, end) == -1:
        return []  # the pattern's "to" and "and"
    lead = _LEAD.match(text, start, end)
    match = _LETTERS_OF_ONE_DAY.match(text, lead.end() if lead else start, end)
    if match is None:
        return []
    out = []
    for head in _LETTER_HEAD.finditer(text, match.start("heads"), match.end("heads")):
        found = recognize(head.group() + match["rest"])
        if found is None or found.kind != "letter":
            return []
        found.read_alone = False  # its date is the list's, not in its span
        out.append((head.start(), head.end(), found))
    return out


#: ``…, all in LCM, Day Papers, Box 14``: where every item listed before is kept.
_ALL_IN = re.compile(r",?\s+all\s+in\s+(?=[A-Z])")


def _kept_where_unless_kept(item: Recognized, letter: Recognized) -> None:
    """In place: ``item`` with no archive of its own is kept where ``letter`` is (:func:`_kept_where`), in its record
    and in the fields the note gives it outside its clause (:attr:`Recognized.context`)."""
    if not item.record.get("archive") and not item.record.get("archive_location"):
        _kept_where(item.record, letter)
        _kept_where(item.context, letter)


#: The pages that end an item described in words (``Selin testimony …, February 27, 1991, pp. 94–96``).
_ITEMS_PAGES = re.compile(r",?\s*pp?\.\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?(?:,\s*\d+(?:\s*[-–]\s*\d+)?)*)\s*$")
#: The date that ends an item described in words (``Draft FRUS staff study, May 1990``, ``…, [no date]``).
_ITEMS_DATE = re.compile(rf",?\s*(?P<date>(?:{_MONTH_NAME}\s+)?(?:\d{{1,2}},\s+)?(?:1[4-9]|20)\d\d|\[no date\])\s*$")
#: An item described in lower-case words and dated to its day or said to be undated (``annotated comparison of draft
#: legislation, [no date]``), the whole of its clause after a lead-in.
_DESCRIBED_AND_DATED = re.compile(rf"(?:(?i:see|cf\.|compare)(?:\s+also)?\s+)?[a-z][^,;()\d]{{3,80}},\s*"
                                  rf"(?:{_MONTH_NAME}\s+\d{{1,2}},\s+\d{{4}}|\[no date[^\]]*\])\s*$")
#: The last words that lead a reference in (``For the HAC's reports, see``): the description starts after them.
_LEAD_IN_A_CLAUSE = re.compile(r"(?:^|[,;:.]\s+)(?:see|cf\.|compare)(?:\s+also)?\s+", re.I)
#: Words of a repository or a file: a description ends before them (the file is the letter's), or names no item when it
#: opens on them.
_FILE_WORDS = ("Lot File", "Box ", "NARA", "RG ", "P-Reels", "Department of State,")


def _described_attachment(described: str, letter: Recognized, one_word: bool = True) -> Recognized | None:
    """The item ``described`` in words (``draft report of 1961 HAC meeting``, ``Morefield talking points, August 6,
    1990``, ``Chronology``) that was sent with ``letter``: a manuscript so titled, dated by its own date and cited at its
    own pages, kept where the letter is (the file it names after its description left out: ``Report of December 1988
    HAC meeting, Department of State, 1989 P-Reels, P890097–1170``); None for a description of one word that names
    no kind of document (any one word unless ``one_word``: ``(with attached memo, DATE)`` only describes), or none,
    with an unclosed bracket, or that opens on a file's name."""
    leads = list(_LEAD_IN_A_CLAUSE.finditer(described))
    described = described[leads[-1].end():] if leads else described
    filed = min((described.find(word) for word in _FILE_WORDS if word in described), default=-1)
    if filed != -1:  # the description, then the file it names: the item is the description
        described = described[:filed] if described[:filed].rstrip().endswith(",") else ""
    if described.count("(") != described.count(")"):
        return None
    pages = _ITEMS_PAGES.search(described)
    rest = described[:pages.start()] if pages else described
    date = _ITEMS_DATE.search(rest)
    title = squeeze(rest[:date.start()] if date else rest).strip(" ,.;:")
    if len(title.split()) < 2 and (not one_word or title.lower() not in _DOCUMENT_NOUNS) or not title[:1].isalpha() and title[:1] not in "“\"[":
        return None
    record: dict[str, Any] = {"type": "manuscript", "title": title}
    quoted = _QUOTED_AND_MORE.fullmatch(title)
    if quoted:  # "“Review of Advisory Committee …,” revised by Slany": the title quoted, the rest about the copy
        record["title"] = clean_title(quoted["title"])[0]
        if quoted["rest"]:
            record["note"] = quoted["rest"]
    writer = _WRITERS_ITEM.match(title)
    if writer:  # "Tait memorandum", "Morefield talking points": written by the person named
        _put_names(record, "author", writer["name"])
    if date and date["date"] != "[no date]":
        record["issued"] = parse_date(date["date"])
    _kept_where(record, letter)
    return Recognized("archival", record, squeeze(pages["pages"]) if pages else None, text=described, read_alone=False)


#: A quoted title and what the note says after it (``“Review of …,” revised by Slany``).
_QUOTED_AND_MORE = re.compile(r"[“\"](?P<title>[^“”\"]{3,})[”\"],?\s*(?P<rest>[^“”\"]*)")
#: A person's family name before the kind of paper they wrote (``Tait memorandum``, ``Pickering talking points``).
_WRITERS_ITEM = re.compile(rf"(?P<name>[A-Z][a-z][\w'’-]+)\s+(?:(?i:{_LETTER_WORD})|talking\s+points|notes|comments|paper)$")


#: A quoted title, then the word that says it was sent with the letter that follows (``“Principles …,” attachment
#: to``, ``“Report,” enclosure to``).
_ATTACHMENT = re.compile(r"\s*(?P<title>[“\"][^“”\"]{3,}[”\"]),?\s+(?:an?\s+|the\s+)?(?i:attachment|enclosure|annex|"
                         r"attached|enclosed|appended|annexed)\s+(?:(?i:to|with)\s+)?")


def _attached_item(quoted: str, letter: Recognized) -> Recognized:
    """The item titled ``quoted`` that was sent with ``letter``: a manuscript kept where the letter is (its archive
    and marks), cited at its pinpoint."""
    record: dict[str, Any] = {"type": "manuscript", "title": clean_title(quoted)[0]}  # "… of ‘Foreign Relations’"
    _kept_where(record, letter)
    return Recognized("archival", record, letter.locator, text=quoted, read_alone=False)


#: Letters and items sent with another, named in brackets after that letter's people: ``(and attached Johnson to
#: Kennedy, May 9, 1990)``, ``(with attached Trask to Blair, May 4, 1979)``, ``(with attached A to B, DATE; C revisions to
#: the plan, DATE; and D memorandum, DATE)``.
_ATTACHED_LETTER = re.compile(rf"\((?:{_WITH_ATTACHED}|(?P<to>{_SENT_WITH_IN}))"
                              r"\s+(?P<letter>(?:[^()]|\([^()]*\))+?)\)")  # also the letter an item was sent with: "(attached to A to B, DATE)"
#: Where one item of such a bracket ends and the next begins: a semicolon, ``and`` after a date, or a comma and ``and``
#: before an item described in lower-case words (``…; Bill McQuaid to Committee Management Officers, and review of HAC,
#: June 27, 1989``).
_NEXT_ATTACHED = re.compile(r"\s*;\s*(?:and\s+)?|" + _AFTER_A_DATE + r"\s*,?\s+and\s+(?=\w)|,\s+and\s+(?=[a-z])")
#: A letter's own attachments named with it (``Morefield to Slany, Skipper, and Tait and attachments, DATE``).
_ITS_ATTACHMENTS = re.compile(r"\s+(?:and|with)\s+(?:its\s+)?(?:attachments|enclosures)\b")


def _items_attached_in_brackets(text: str, start: int, end: int,
                                letter: Recognized) -> list[tuple[int, int, Recognized]]:
    """The items named in brackets as sent with ``letter`` (a letter or archival item, the clause ``text[start:end]``),
    or the letter it was sent with (``(attached to A to B, DATE)``): each letter dated or said to be undated a letter
    of its own (:data:`_ATTACHED_LETTER`, read as a letter with its day), each item described in words with its writer
    or date a manuscript (:func:`_described_attachment`), kept where ``letter`` is; none for a bracket that only
    describes (``(with attached memorandum)``)."""
    found = []
    for bracket in _ATTACHED_LETTER.finditer(text, start, end):
        position = bracket.start("letter")
        joints = list(_NEXT_ATTACHED.finditer(text, position, bracket.end("letter")))
        for item_start, item_end in zip([position] + [m.end() for m in joints], [m.start() for m in joints] + [bracket.end("letter")]):
            item = text[item_start:item_end]
            inner = recognize(_ITS_ATTACHMENTS.sub("", item))
            if inner is not None and inner.kind == "letter" and ("issued" in inner.record or _NO_DATE.search(item)):
                _kept_where(inner.record, letter)
                found.append((item_start, item_end, Recognized("letter", inner.record, inner.locator, text=item,
                                                               read_alone=False, inside=True)))
                continue
            described = _described_attachment(item, letter, one_word=False) if not bracket["to"] else None
            if described is not None and ("issued" in described.record or "author" in described.record):
                described.inside = True
                found.append((item_start, item_end, described))
    return found


def _kept_where(record: dict[str, Any], letter: Recognized) -> None:
    """In place: ``record`` (an item sent with ``letter``) is kept where the letter is: its archive and marks."""
    for variable in ("archive", "archive_location", "archive-place"):
        if variable in letter.record:
            record[variable] = letter.record[variable]


#: A collection of letters named before them: ``in Title[, YEAR]`` and a comma or colon, then a letter's ``X to Y``
#: (``See in Message, 1861, Perry (Madrid) to Seward, …``, ``See in Message, 1861: Dallas to Seward, …``).
_COLLECTION_BEFORE_LETTERS = re.compile(
    rf"(?i:in)\s+(?P<title>[A-Z][^,:;()\d]{{1,80}}?)(?:,\s*(?P<year>1[5-9]\d\d|20\d\d))?\s*[,:]\s+"
    rf"(?={_NAME}(?:\s*\([^()]+\))?\s+to\s)")
#: Where a sentence ends: a period after a small letter, a digit or a bracket, then a capital.
_SENTENCE_END = re.compile(r"(?<=[a-z\d)]{2})\.\s+(?=[A-Z“\"])|(?<=\d\))\.\s+(?=[A-Z])")


def _printed_in_the_collection(found: Recognized, title: str, year: str | None) -> None:
    """A letter cited at a page after its collection was named (:data:`_COLLECTION_BEFORE_LETTERS`) is printed
    there: the collection's title is its ``container-title``, its year a note (as ``…, in Message, 1861, p. 37``
    reads), unless the letter names a book of its own; both go in ``found.context``."""
    if found.kind != "letter" or not found.locator or "container-title" in found.record:
        return
    found.context["container-title"] = title
    if year:
        found.context["note"] = year


#: Kinds of item a bracketed repository after them belongs to.
_HELD_KINDS = frozenset({"letter", "interview", "minutes"})


def _repositories_in_brackets(text: str, found: list[tuple[int, int, Recognized]]) -> list[tuple[int, int, Recognized]]:
    """``Letter from A to B, November 21, 1914. (The Sheridan Libraries, …, Garrett Papers, Box 2, Folder 19).``:
    an archival clause in brackets right after a letter, interview or minutes (only its full stop between) is
    where that item is kept, not an item of its own: its place goes into the item's record (when it names no
    archive yet), and the item's span takes the bracket in."""
    out: list[tuple[int, int, Recognized]] = []
    for start, end, item in found:
        if out and item.kind == "archival" and text.startswith("(", start):
            first, last, before = out[-1]
            inner = text[start + 1:end].rstrip(" .")
            if before.kind in _HELD_KINDS and inner.endswith(")") and not text[last:start].strip(" .") \
                    and "archive" not in before.record and "(" not in inner[:-1]:
                locator = _place(before.record, inner[:-1], archival=True)
                out[-1] = (first, end, replace(before, locator=before.locator or locator))
                continue
        out.append((start, end, item))
    return out


#: The marks that close a quoted title.
_CLOSING_QUOTES = ("”", '"', "’", "»")


def _reviewed_by(text: str, start: int, at: int) -> bool:
    """Whether a clause opening at ``start`` names a reviewed book (``review of …``) before the ``by`` that ends
    at offset ``at``: the name after it is that book's author, not the writer of an item in the paper after it
    (``E. H. Carr, review of The Prophet Armed, by Isaac Deutscher, Times Literary Supplement, 5 February 1954``)."""
    return text[:at].rstrip().lower().endswith("by") and REVIEW_OF.search(text, start, at) is not None


def _after_a_quotation(text: str, at: int) -> bool:
    """Whether offset ``at`` of ``text`` follows a closing quotation mark (spaces between): a paper dated there
    is the container of the quoted title before it (``“Who Builds Here?” Evening News, May 3, 1960``), which
    the parser's cite holds whole; so is a paper after the quotation and ``in`` (``“Bolshevik Problems,” in The Liberator,
    April, 1918``)."""
    before = _IN_ENDING.sub("", text[:at].rstrip())
    return before.rstrip().endswith(_CLOSING_QUOTES)


#: ``in`` (``dans``, ``im``) ending a text, for :func:`_after_a_quotation`.
_IN_ENDING = re.compile(r"(?<![^\W\d_])(?i:in|dans|im)$")


#: Where a sentence of prose goes on after an item (``…, 1686, and from the expressions of …``): a comma and a
#: word that joins clauses, then a lower-case word.
_PROSE_AFTER = re.compile(r",\s+(?:and|but|or|which|where|whereas|while|though|although|it|he|she|they|we|I"
                          r"|(?:in|of|at|to|for|by|from|with|on)\s+(?:which|whom))\s+(?=[a-z])")


def _without_prose_after(text: str, start: int, end: int, found: Recognized) -> tuple[int, int, Recognized]:
    """The item ``found`` in ``text[start:end]`` without the prose that goes on after it, when what is before
    the prose is still read as that kind of item (its cites are then left to the parser: ``From X's despatch
    of DATE, and from Y (Title, 3), it is clear …``)."""
    prose = next((m for m in _PROSE_AFTER.finditer(text, start, end) if text.count("(", start, m.start()) == text.count(")", start, m.start())),
                 None) if "," in text[start:end] else None  # not inside a bracket of attached items
    if prose is None:
        return start, end, found
    shorter = recognize(text[start:prose.start()])
    return (start, prose.start(), shorter) if shorter is not None and shorter.kind == found.kind else (start, end, found)


#: Where a letter named by its author's possessive starts inside a clause of prose (``… withheld was
#: Jefferson's memorandum of …``): before the capitalised words of the name.
_OWNER_AT = re.compile(rf"(?<=\s)(?=[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}}['’]s\s+(?i:{_LETTER_WORD})\b)")
#: What every :data:`_OWNER_AT` match is followed by (:func:`~notecite.textscan.may_hold`).
_OWNER_MARKS = ("'s ", "’s ")
def _inside_quotes(text: str, start: int, at: int) -> bool:
    """Whether offset ``at`` of ``text`` is inside a quotation opened after ``start`` (a title that names a
    letter: ``“Memorandum on Smith's letter of May 2, 1937”``)."""
    return text.count("“", start, at) > text.count("”", start, at) or text.count('"', start, at) % 2 == 1


#: The words for a writer's remarks on an item named after them (``comments on``).
_REMARKS = r"(?:comments|notes|remarks|annotations|marginalia)\s+on"
#: Words after which a reference may start inside a clause of prose.
_INTRO = re.compile(rf"\b(?:(?P<strong>see(?:\s+also)?|cf\.|compare|appears\s+in|(?:can|may|will)\s+be\s+found\s+in(?=\s+[“\"]))|in|by|from|to|(?P<remarks>{_REMARKS}))\s+(?=[A-Z“\"])",
                    re.I)
#: ``Selin comments on Hoggard to Selin, …``: a writer's remarks on the letter named after them.
_REMARKS_ON = re.compile(rf"(?P<writer>{_NAME})\s+(?P<remarks>{_REMARKS})\s+")


# -- the normalizer ---------------------------------------------------------------------------

_ACCESS_CUE = re.compile(r"\b(?:accessed|consulted|retrieved|viewed|visited|consult[ée]e?|abgerufen)\b", re.I)


def _access_date(draft: Draft) -> None:
    """The date after "accessed" (:data:`notecite.normalize.dates.ACCESSED`) in a note, date or prose field of a cite
    with a URL becomes the record's ``accessed``, whatever kind of item the URL gives (a web page, an article online);
    the field is consumed."""
    for label, text in list(draft.fields):
        accessed = ACCESSED.match(text)
        if label in ("note", "date", "prose") and accessed and "accessed" not in draft.record:
            parsed = parse_date(strip_edge_punctuation(text[accessed.end():].strip(" ()")))
            if "date-parts" in parsed:
                draft.record["accessed"] = parsed
                draft.fields.remove((label, text))


class Kinds:
    """A cite recognized by :func:`recognize` takes its record whole (its fields are consumed);
    a cite with a URL and an access date, and no volume, issue or publisher, is a ``webpage``."""

    name = "kinds"
    reads = frozenset({"author", "editor", "translator", "title", "container-title", "collection-title", "publisher",
                       "location", "date", "volume", "issue", "pages", "edition", "genre", "note", "ibid", "prose"})
    writes = frozenset({"type", "author", "recipient", "interviewer", "issued", "accessed", "title", "container-title", "genre",
                        "container-author", "editor", "URL",
                        "medium", "archive", "archive-place", "archive_location", "event-title", "event-place",
                        "publisher-place", "publisher", "volume", "note"})

    def __call__(self, draft: Draft) -> None:
        if draft.kind == "ibid":
            self._item_kept_ibid(draft)
        if draft.kind not in ("full", "short"):
            return
        if draft.kind == "full" and draft.has("url") and _ACCESS_CUE.search(draft.given_text()):
            _access_date(draft)
            if not any(draft.has(label) for label in ("volume", "issue", "publisher", "pages")):
                draft.record.setdefault("type", "webpage")
                return
        text = draft.text or ", ".join(text for label, text in draft.given if label != "prose")
        found = recognize(text)
        if found is None:
            _writings_of(draft)
            _titled_interview(draft)
            return
        if draft.kind == "short" and found.kind not in ("letter", "interview", "archival") \
                and not (found.kind == "newspaper" and not found.record.get("title") and not found.record.get("author")):
            return  # (a periodical's issue by its name and date alone is a full reference however the parser read it)
        draft.kind = "full"
        draft.record.update(found.record)
        draft.fields = [(label, text) for label, text in draft.fields if label == "url"]
        if found.kind == "statute" or found.locator and not (draft.locator_raw or "").strip():
            draft.locator_raw = found.locator


    @staticmethod
    def _item_kept_ibid(draft: Draft) -> None:
        """``Ibid., Palliser to Wilson, 5 Sept. 1966``: an ibid word, then a letter or an archival item of its own,
        is that item, kept where the item before it is (its note ``ibid``, as ``…, 5 Sept. 1966, ibid.`` has)."""
        opening = _IBID_THEN_ITEM.match(draft.text or "")
        found = recognize(draft.text[opening.end():]) if opening else None
        if found is None or found.kind not in ("letter", "archival") or found.record.get("archive"):
            return
        draft.kind = "full"
        draft.record.update(found.record)
        _add_note(draft.record, "ibid")
        draft.fields = [(label, text) for label, text in draft.fields if label == "url"]
        if found.locator and not (draft.locator_raw or "").strip():
            draft.locator_raw = found.locator


#: An ibid word opening a cite before a comma (``Ibid., ``, ``Ibid.: ``).
_IBID_THEN_ITEM = re.compile(r"\s*(?i:ibid|ibidem)\.?\s*[,:]\s+")


#: ``Letters of Dinwiddie``, ``Letter of Captain Haslet``, ``Correspondence of Shirley``: a writer's letters or
#: papers cited by the genre and the writer's name alone.
_WRITINGS_OF = re.compile(rf"(?P<genre>(?i:letters?|lettres?|correspondence|correspondance))\s+(?:of|de)\s+(?P<writer>{_NAME})")
#: The labels that make a cite a published book rather than a writer's letters (its imprint, date, names).
_IMPRINT_LABELS = ("author", "editor", "publisher", "location", "date", "volume", "edition")


def _writings_of(draft: Draft) -> None:
    """Type a cite titled :data:`_WRITINGS_OF` with no imprint, date or names of its own as the writer's
    letters (``personal_communication``) or papers (``manuscript``, for ``Correspondence of``), authored by
    the writer; a pinpoint with no book it is printed in (``Letters of Horace Walpole, II. 459``) is a
    published edition's, left as it is."""
    titles = draft.peek("title")
    if len(titles) != 1 or any(draft.has(label) for label in _IMPRINT_LABELS) \
            or (draft.locator_raw or "").strip() and not draft.has("container-title"):
        return
    title = strip_edge_punctuation(titles[0]).strip()
    match = _WRITINGS_OF.fullmatch(title)
    writer = writer_named(title) if match else None  # the writer read as WriterNamedInTitle reads one
    if match is None or writer is None or not _name_like(writer) or _body_like(writer) or _OFFICE.search(writer):
        return
    draft.record["type"] = "manuscript" if match["genre"].lower().startswith("corresponden") else "personal_communication"
    _put_names(draft.record, "author", writer)


#: A title that names an interview (``Oral History Interview on X``, ``Rabbi Jane Roe Interview``): the word
#: opening or closing it.
_INTERVIEW_TITLE = re.compile(r"^(?:oral[- ]history\s+)?interview\b|\binterview$", re.I)
#: The labels of a cite printed in a periodical or a book: an interview published there keeps its type.
_PUBLISHED_LABELS = ("volume", "issue", "pages")


def _titled_interview(draft: Draft) -> None:
    """Type an unpublished interview cited by its title (``Jane Roe, “Oral History Interview on Schools”
    (Oral History Collection, May 3, 1990)``) as an ``interview`` when what it names as its container or
    publisher is where it is kept (a repository, collection or institution): its ``publisher``, as the keys
    of such cites read it. One printed in a periodical or a book is left as it is."""
    titles = draft.peek("title")
    if len(titles) != 1 or draft.record.get("type") or any(draft.has(label) for label in _PUBLISHED_LABELS) \
            or not may_hold(titles[0], _INTERVIEW_WORDS[:1]):
        return
    if not _INTERVIEW_TITLE.search(strip_edge_punctuation(titles[0]).strip().strip("“”\"'‘’").strip()):
        return
    keepers = draft.peek("container-title") + draft.peek("publisher")
    if not all(_kept_by(keeper) for keeper in keepers):
        return
    draft.record["type"] = "interview"
    if not draft.has("publisher"):  # "(Oral History Collection, May 3, 1990)": read as a container
        draft.fields = [("publisher" if label == "container-title" else label, text) for label, text in draft.fields]


def _kept_by(text: str) -> bool:
    """Whether ``text`` names where an unpublished item is kept: a repository, a collection or an institution."""
    return bool(_REPOSITORY.search(text) or _COLLECTION.search(text)) or holds_institution_word(text)

