"""Correction: cites in one citation keep the order they were given in.

CSL 1.0.2 ("Sorting"): cites are sorted only when ``<citation>`` has a ``<sort>``; otherwise
they appear in the order given. citeproc-py 0.11.1 always sorts them by bibliography order
first, so "Smith; Doe" in a footnote becomes "Doe; Smith". This is citeproc-py's
``Layout.render_citation`` without that first sort (and with hooks,
:data:`notecite.csl.hooks.CITATION_FINISHERS` and ``CITATION_JOINERS``, for quotes in cite
affixes and collapsing). Cites are joined as citeproc-js joins them next to punctuation in
their affixes (:func:`join_cites`).

A citation whose first cite renders nothing (no variable the style asks for) prints, as
citeproc-js prints it, :data:`NO_PRINTED_FORM` in its place (citeproc-py printed the bare layout
affixes, "()"); a later empty cite, or one with ``suppress-author``, is left out.
"""
from __future__ import annotations

from typing import Any

import citeproc.model
from citeproc.model import Layout
from citeproc.source import VariableError

from . import hooks

#: Item key: the cite's place (0, 1, ...) among the cites rendered so far in its citation.
CITE_INDEX_KEY = "notecite_cite_index"


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
        joined = join_cites(self, pieces)
    return self.format(self.wrap(joined))


#: Marks that take the place of the layout delimiter next to them.
#: Marks after which (in a cite's suffix) or before which (opening the next cite's prefix, when
#: the cite before has no suffix) citeproc-js drops the citation delimiter's own mark.
_MARKS = ";.,"


def join_cites(layout: Any, pieces: list[tuple[Any, Any]]) -> Any:
    """The cites' texts joined by the layout delimiter, as citeproc-js joins them
    (``getCitationCluster``): after a cite whose suffix ends in ";", "." or "," only the
    delimiter's part from its first space on ("…is one source, Jones"); before a cite whose
    prefix opens with one of them, the cite before having no suffix, no delimiter at all
    ("Book A, cited in Book B", "Book A. He said …")."""
    delimiter = layout.get("delimiter", "")
    texts = [text for _, text in pieces if text is not None]
    special = any(str(item.get("prefix", ""))[:1] in tuple(_MARKS)
                  or str(item.get("suffix", ""))[-1:] in tuple(_MARKS) for item, _ in pieces)
    if not delimiter or not special or len(texts) < 2:
        return layout.join(texts)
    seam = citeproc.model.normalize_seam  # as fix_seams may have replaced it
    out = None
    previous = None
    for item, text in pieces:
        if text is None:
            continue
        if out is None:
            out, previous = text, item
            continue
        mark = delimiter
        suffix = str(previous.get("suffix", ""))
        opens_with_mark = not suffix and str(item.get("prefix", ""))[:1] in tuple(_MARKS)
        if opens_with_mark or suffix[-1:] in tuple(_MARKS):
            space = delimiter.find(" ")
            mark = delimiter[space:] if space > -1 and not opens_with_mark else ""
        if mark:
            out = out + seam(out, mark)
        out = out + seam(out, text)
        previous = item
    return out


install, uninstall = hooks.wrapping((Layout, "render_citation", render_citation, None))
