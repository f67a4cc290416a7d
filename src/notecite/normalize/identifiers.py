"""URL, DOI and ISBN: prefixes and wrappers removed, the identifier itself unchanged.

"<https://…>" → the URL; "doi:10.1000/x", "https://doi.org/10.1000/x" → "10.1000/x";
"ISBN 0-86316-119-1" → "0-86316-119-1" (hyphens kept as printed). An ISBN whose check digit
is wrong is flagged (it is often an OCR or typing error), never altered.
"""
from __future__ import annotations

import re

from .base import Draft, squeeze


def clean_url(text: str) -> str:
    """A URL without its "URL:"-like label or lead-in words (:data:`_URL_LEAD_IN`), the brackets around it,
    the punctuation after it, in any order (``<http://x.org/a>.`` → ``http://x.org/a``), and an ``and`` after it."""
    text = squeeze(text)
    text = _URL_LEAD_IN.sub("", text)
    return _URL_EDGES.sub("", _URL_JOINT.sub("", text))


#: Words that lead into a URL (``URL:``, ``available online at``, ``retrieved from``, ``en ligne :``).
_URL_LEAD_IN = re.compile(r"^(?:url\s*:\s*|(?:(?:available|accessible)\s+(?:online\s+)?|online\s+|retrieved\s+)(?:at|from)\s*:?\s*"
                          r"|en\s+ligne\s*:?\s*)", re.I)
#: A word joining the URL to the next cite, read into its field (``http://x.org/a and Claiborne Pell, …``).
_URL_JOINT = re.compile(r"\s+(?:and|et|und|y|e|or)$", re.I)
#: What stands around a URL without being part of it: brackets before it, brackets and punctuation after it.
_URL_EDGES = re.compile(r"^[<>\[\]() ]+|[<>\[\]() .,;]+$")


#: A DOI's opening (``10.1093/…``), and a web address (``https://…``, ``www.…``).
_DOI = re.compile(r"^10\.\d{4,}/")
_WEB_ADDRESS = re.compile(r"https?://|www\.", re.I)
#: The DOI resolver's address (``https://doi.org/``, ``http://dx.doi.org/``).
_DOI_RESOLVER = re.compile(r"https?://(?:dx\.)?doi\.org/", re.I)


def clean_doi(text: str) -> str:
    """The bare DOI ("10.…") from "doi:…" or a doi.org URL."""
    text = squeeze(text).strip("<>[]() ")
    text = re.sub(r"^(?:doi\s*:?\s*|https?://(?:dx\.)?doi\.org/)", "", text, flags=re.I)
    return text.rstrip(".,;")


def clean_isbn(text: str) -> str:
    """The ISBN without its "ISBN" label (hyphens kept)."""
    text = re.sub(r"^isbn(?:-1[03])?\s*:?\s*", "", squeeze(text), flags=re.I)
    return text.strip(" .,;()")


def isbn_is_valid(isbn: str) -> bool:
    """True when the ISBN-10 or ISBN-13 check digit is right."""
    digits = re.sub(r"[\s-]", "", isbn).upper()
    if re.fullmatch(r"\d{9}[\dX]", digits):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        return total % 11 == 0
    if re.fullmatch(r"\d{13}", digits):
        total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(digits))
        return total % 10 == 0
    return False


class Identifiers:
    """``url``/``doi``/``isbn`` fields → ``URL``/``DOI``/``ISBN`` (several joined with " "); a doi.org address is the
    DOI, a web address read as a DOI the URL."""

    name = "identifiers"
    reads = frozenset({"url", "doi", "isbn"})
    writes = frozenset({"URL", "DOI", "ISBN"})

    def __call__(self, draft: Draft) -> None:
        if not draft.holds_any(self.reads):
            return  # nothing to read: nothing to set
        for text in draft.take("doi"):  # a web address read as a DOI (no "10." prefix after any doi.org): the URL
            web_address = not _DOI.search(clean_doi(text)) and _WEB_ADDRESS.search(text)
            draft.fields.append(("url" if web_address else "doi", text))
        for text in draft.take("url"):  # "https://doi.org/10.1080/…": the DOI's resolver, so the DOI
            resolved = _DOI_RESOLVER.match(clean_url(text)) and _DOI.search(clean_doi(clean_url(text)))
            draft.fields.append(("doi" if resolved else "url", text))
        for label, variable, clean in (("url", "URL", clean_url), ("doi", "DOI", clean_doi), ("isbn", "ISBN", clean_isbn)):
            values = [v for v in dict.fromkeys(clean(t) for t in draft.take(label)) if v]
            if label == "isbn":
                for value in values:
                    if not isbn_is_valid(value):
                        draft.flag("ISBN", value, "ISBN check digit does not match (misprint or OCR damage?)")
            if values:
                draft.record[variable] = " ".join(values)
