"""Correction: a term that opens a note citation or a bibliography entry is capitalised.

citeproc-js (the processor Zotero uses) capitalises the first letter of a term when it is the
first thing printed in a cite, except in the citations of in-text styles, so a note that
opens with ibid reads "Ibid., 243." citeproc-py 0.11.1 prints the locale's "ibid." as is.
This records the terms rendered in each cite and capitalises the cite's first letter when
its text begins with the first of them, unless the cite has a prefix that does not end a
sentence ("See ibid.", but "As said before. Ibid."; a one-word prefix such as "Cf." does
not count as a sentence). As in citeproc-js, only the first cite of a citation is capitalised
("…, 131; ibid., 133"), or a later one whose prefix ends a sentence ('He said "Work." Ibid.'), and never a term the style sets in lowercase (OSCOLA's
``text-case="lowercase"`` "ibid").
"""
from __future__ import annotations

import re
from typing import Any

from citeproc.model import Text

from . import hooks
from .fix_cite_order import CITE_INDEX_KEY
from .fix_quotes import CLOSE_DOUBLE, CLOSE_SINGLE

#: The ``Text._term`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_INNER: list[Any] = [None]

#: [cite prefix, term texts rendered] of the cites being rendered, innermost last.
_STACK: list[list[Any]] = []
_TAGS = re.compile(r"^(?:<[^<>]+>|\s)*")  # markup and spaces before the first letter


def term(self: Any, item: Any) -> Any:
    """``Text._term`` that remembers what it rendered for the current cite."""
    text = _INNER[0](self, item)
    if _STACK and text:
        _STACK[-1][1].append(str(text) if self.get("text-case") != "lowercase" else None)
    return text


def begin(layout: Any, item: Any) -> None:
    """Start recording terms for one cite."""
    prefix = item.get("prefix", "") if hasattr(item, "get") else ""
    in_citation = layout.getparent().tag.endswith("citation")
    later_cite = in_citation and hasattr(item, "get") and bool(item.get(CITE_INDEX_KEY))
    blocked = later_cite and not (str(prefix or "").strip() and prefix_allows(str(prefix)))
    _STACK.append([str(prefix or ""), [None] if blocked else []])


#: What may close a sentence after its full stop: quotation marks (also as fix_quotes marks
#: them) and brackets.
_CLOSERS = "\"'\u201d\u2019\u00bb)]" + CLOSE_DOUBLE + CLOSE_SINGLE


def prefix_allows(prefix: str) -> bool:
    """A cite prefix ends a sentence: empty, or several words ending in ".", "!" or "?"
    (before any closing quotation mark)."""
    stripped = prefix.strip().rstrip(_CLOSERS)
    return not stripped or (stripped[-1] in ".!?" and len(stripped.split()) > 1)


def capitalize_opening(text: str, first_term: str) -> str:
    """``text`` with its first letter capitalised if its visible text starts with ``first_term``."""
    lead = _TAGS.match(text).group(0)
    body = text[len(lead):]
    if first_term and body[:1].islower() and body.startswith(first_term[:1]) and \
            body.lower().startswith(first_term.lower()[: max(1, len(first_term.rstrip(". ")))]):
        return lead + body[0].upper() + body[1:]
    return text


def end(layout: Any, text: Any) -> Any:
    """Capitalise the cite when it opens with a term (not for in-text citations)."""
    prefix, terms = _STACK.pop()
    if not text or not terms or terms[0] is None or not prefix_allows(prefix):
        return text
    in_text_citation = (layout.getparent().tag.endswith("citation")
                        and layout.get_root().get("class") == "in-text")
    if in_text_citation:
        return text
    fixed = capitalize_opening(str(text), terms[0])
    return text if fixed == str(text) else type(text)(fixed) if isinstance(text, str) else fixed


CITE = (begin, end)


install, uninstall = hooks.wrapping((Text, "_term", term, _INNER), cite=CITE)
