"""Volume, issue and edition numbers: labels dropped, the number or ordinal kept.

"vol. 2" → "2"; "Vol. XII" → "XII"; "no. 12-13" → "12–13"; "Heft 3", "n° 4", "vyp. 2" → the
number; "2nd ed.", "2e éd.", "2. Aufl.", "izd. 3-e" → "2" (CSL renders the ordinal); an edition
without a number ("rev. ed.", "new edition") is kept as printed minus trailing separators.
"""
from __future__ import annotations

import re

from .base import Draft, squeeze, strip_brackets, strip_edge_punctuation

_VOLUME_WORD = re.compile(r"^(?:vols?|volumes?|v|t|tome|tomes|bd|band|bde|tom|jahrgang|jg|année|annee|god)(?![^\W\d_])\.?\s*", re.I)
_ISSUE_WORD = re.compile(r"^(?:nos?|numbers?|nr|n°|nº|no\.|num|numéro|numero|heft|h|issue|iss|vyp|vypusk|cahier)(?![^\W\d_])\.?\s*", re.I)
_EDITION_NUMBER = re.compile(
    r"^(?:(?:izd|izdanie)\.?\s*)?(\d+)\s*(?:st|nd|rd|th|e|er|ème|eme|\.|-?e|-?oe)?\s*"
    r"(?:ed(?:ition)?|éd(?:ition)?|aufl(?:age)?|ausg(?:abe)?|izd(?:anie)?)?\.?$",
    re.I,
)
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10, "premiere": 1, "première": 1, "deuxième": 2,
                  "seconde": 2, "troisième": 3, "zweite": 2, "dritte": 3, "vierte": 4}


_NUMBER_RANGE = re.compile(r"[\dIVXLCivxlc]+\s*[-–—/]+\s*[\dIVXLCivxlc]+")
_DASH = re.compile(r"(?<=\w)\s*(?:-+|–|—)\s*(?=\w)")
_VOLUME_NUMBER = re.compile(r"[\dIVXLC]")
_DIGIT = re.compile(r"\d")


def _dash_range(text: str) -> str:
    return _DASH.sub("–", text) if _NUMBER_RANGE.fullmatch(text) else text


def clean_volume(text: str) -> str:
    """The volume number as printed without its label ("vol. 2" → "2")."""
    text = strip_edge_punctuation(strip_brackets(squeeze(text)))
    return _dash_range(_VOLUME_WORD.sub("", text) if _VOLUME_NUMBER.search(_VOLUME_WORD.sub("", text)) else text)


def clean_issue(text: str) -> str:
    """The issue number as printed without its label ("no. 12-13" → "12–13", "(2):" → "2")."""
    text = strip_brackets(strip_edge_punctuation(strip_brackets(squeeze(text))))
    rest = _ISSUE_WORD.sub("", text)
    return _dash_range(rest if _DIGIT.search(rest) else text)


def clean_edition(text: str) -> str:
    """The edition number ("2nd ed." → "2") or, without a number, the text as printed."""
    text = strip_edge_punctuation(strip_brackets(squeeze(text)), keep_abbreviation_dot=True)
    match = _EDITION_NUMBER.match(text.rstrip("."))
    if match:
        return match.group(1)
    word = re.match(r"^(\w+)\s+(?:ed(?:ition)?|édition|auflage)\.?$", text, re.I)
    if word and word.group(1).lower() in _ORDINAL_WORDS:
        return str(_ORDINAL_WORDS[word.group(1).lower()])
    return text


_VOLUME_AND_ISSUE = re.compile(r"^(?P<volume>.*?\S)\s*[,.;:]?\s+(?P<issue>(?:nos?|nr|n°|nº|no|issue|heft)\.?\s*\d.*)$", re.I)


#: A year a periodical numbers its issues by (``1988`` in ``Voprosy istorii, 1988, no. 4``).
_A_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
#: Two bare numbers after a periodical's name, British style (``Soviet Studies, 29, 4, 1977``, ``Labour Review, 2:4
#: (1957)``, ``History Workshop 12/3``), or the issue in brackets after the volume, APA style (``Labour History,
#: 35(2), 12–30``, ``12 (3–4)``; not a year: ``35 (1990)``): volume and issue.
_VOLUME_COMMA_ISSUE = re.compile(r"(?P<volume>\d{1,4})\s*(?:(?:,\s*|:|/)(?P<issue>\d{1,3})"
                                 r"|\((?P<bracketed>\d{1,3}(?:\s*[-–/]\s*\d{1,3})?)\))")


_VOLUME_COUNT = re.compile(r"^(\d+)\s*(?:vols?|volumes|bde|tomes)\.?\s*[,;]?\s*(.*)$", re.I)


def split_volume_issue(text: str) -> tuple[str, str | None]:
    """A volume field that also holds the issue ("81, no. 2", "vol. 12 no. 3") → (volume, issue)."""
    match = _VOLUME_AND_ISSUE.match(squeeze(text))
    if not match or not re.search(r"[\dIVXLC]", match.group("volume")):
        return text, None
    return match.group("volume"), match.group("issue")


class Numbers:
    """``volume``/``issue``/``edition`` fields → the record's variables (several joined with ", ");
    an issue printed inside the volume field ("81, no. 2", a periodical's "29, 4") or as the volume ("no. 25") becomes the issue;
    "2 vols., II" is ``number-of-volumes`` 2 and volume II; a periodical's "1988, no. 4" with no date of its own is
    issued in 1988, issue 4 (numbered by year and issue, no volume)."""

    name = "numbers"
    reads = frozenset({"volume", "issue", "edition"})
    writes = frozenset({"volume", "issue", "edition", "number-of-volumes", "issued"})
    _cleaners = {"volume": clean_volume, "issue": clean_issue, "edition": clean_edition}

    def __call__(self, draft: Draft) -> None:
        if not draft.holds_any(self.reads):
            return  # nothing to read: nothing to set
        taken = {label: draft.take(label) for label in self._cleaners}
        volumes = []
        for text in taken["volume"]:
            count = _VOLUME_COUNT.match(squeeze(text))
            if count:  # "2 vols., II": the work has two volumes; the cite is to volume II
                draft.record.setdefault("number-of-volumes", count.group(1))
                text = count.group(2)
                if not text.strip(" ,;."):
                    continue
            if _ISSUE_WORD.match(squeeze(text)) and re.search(r"\d", text) and not taken["issue"]:
                taken["issue"].append(text)  # "no. 25" alone is an issue number
                continue
            pair = _VOLUME_COMMA_ISSUE.fullmatch(squeeze(text).rstrip(" ,.:;"))
            if pair and not taken["issue"] and draft.has("container-title"):
                volumes.append(pair["volume"])  # "Soviet Studies, 29, 4, 1977": a periodical's volume and issue
                taken["issue"].append(pair["issue"] or pair["bracketed"])
                continue
            volume, issue = split_volume_issue(text)
            volumes.append(volume)
            if issue and not taken["issue"]:
                taken["issue"].append(issue)
            elif issue:
                volumes[-1] = text
        if len(volumes) == 1 and _A_YEAR.fullmatch(volumes[0].strip(" ,.")) and taken["issue"] \
                and draft.has("container-title") and not draft.has("date") and "issued" not in draft.record:
            # "Voprosy istorii, 1988, no. 4": a periodical numbered by year and issue; the year is its date
            draft.record["issued"] = {"date-parts": [[int(volumes[0].strip(" ,."))]]}
            volumes = []
        taken["volume"] = volumes
        for label, clean in self._cleaners.items():
            values = [v for v in dict.fromkeys(clean(t) for t in taken[label]) if v]
            if values:
                draft.record[label] = ", ".join(values)
