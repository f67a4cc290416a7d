"""Correction: cites in one citation keep the order they were given in.

CSL 1.0.2 ("Sorting"): cites are sorted only when ``<citation>`` has a ``<sort>``; otherwise
they appear in the order given. citeproc-py 0.11.1 always sorts them by bibliography order
first, so "Smith; Doe" in a footnote becomes "Doe; Smith". This is citeproc-py's
``Layout.render_citation`` without that first sort (and with hooks,
:data:`notecite.csl.hooks.CITATION_FINISHERS` and ``CITATION_JOINERS``, for quotes in cite
affixes and collapsing).

A citation whose first cite renders nothing (no variable the style asks for) prints, as
citeproc-js prints it, :data:`NO_PRINTED_FORM` in its place (citeproc-py printed the bare layout
affixes, "()"); a later empty cite, or one with ``suppress-author``, is left out.
"""
from __future__ import annotations

from typing import Any

from citeproc.model import Layout
from citeproc.source import VariableError

from . import hooks

#: Item key: the cite's place (0, 1, ...) among the cites rendered so far in its citation.
CITE_INDEX_KEY = "notecite_cite_index"

ORIGINAL = Layout.render_citation

#: What citeproc-js prints for a citation's first cite when it renders nothing.
NO_PRINTED_FORM = "[CSL STYLE ERROR: reference with no printed form.]"


def render_citation(self: Any, citation: Any, callback: Any) -> Any:
    """``Layout.render_citation`` sorting cites only by the style's citation ``<sort>``."""
    good = [cite for cite in citation.cites if not cite.is_bad()]
    bad = [cite for cite in citation.cites if cite.is_bad()]
    if self.getparent().sort is not None:
        good = self.getparent().sort.sort(good, self)
    pieces = []
    for item in good:
        self.repressed = {}
        item[CITE_INDEX_KEY] = len(pieces)
        try:
            text = self.render_children(item)
        except VariableError:
            text = None
        if not text and item is good[0] and not item.get("suppress-author"):
            text = self.preformat(NO_PRINTED_FORM)
        if text is not None:
            text = item.get("prefix", "") + text + item.get("suffix", "")
            for finisher in hooks.CITATION_FINISHERS:
                text = finisher(self, item, text)
            pieces.append((item, text))
            self.getparent().cites.append(item)
    for item in bad:
        pieces.append((item, callback(item) or f"{item.key}?"))
    joined = None
    for joiner in hooks.CITATION_JOINERS:
        joined = joiner(self, pieces)
        if joined is not None:
            break
    if joined is None:
        joined = self.join([text for _, text in pieces])
    return self.format(self.wrap(joined))


def install() -> None:
    """Replace ``Layout.render_citation`` (idempotent)."""
    Layout.render_citation = render_citation


def uninstall() -> None:
    """Restore citeproc-py's own ``Layout.render_citation``."""
    Layout.render_citation = ORIGINAL
