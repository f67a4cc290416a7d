"""Correction: given-name initials as CSL 1.0.2 and citeproc-js make them.

CSL 1.0.2 (name options, ``initialize``/``initialize-with``): with ``initialize="false"``
given names are not initialised, only initials already present get the ``initialize-with``
mark ("James T" with "." → "James T."); citeproc-py 0.11.1 ignores the attribute, so
Chicago, MLA and some 300 other styles print "V. Serge" for "Victor Serge". Its initialiser
also splits abbreviations ("Ph.", "Me.") into letters and reads an all-capitals word ("ME")
as initials. Here a given name is read as words and abbreviations (a word followed by a
period): a single letter or an abbreviation is kept and gets the mark; a full word becomes
its initial (``initialize`` true) or stays whole (false); hyphenated names are handled per
part as ``initialize-with-hyphen`` says (without it, "Ji-woo" is read as "Ji woo": "J. woo", as in citeproc-js; ``initialize`` is inherited from ``<citation>``,
``<bibliography>`` or ``<style>`` like every name option; citeproc-py read it off ``<name>`` only); when initialising, a lowercase part after a hyphen is
dropped, as citeproc-js drops it ("Ji-woo" → "J.", not "J.-woo"). As in citeproc-js, an
initial keeps the capitals that follow its first letter when the word goes on in lowercase
("TSerendorjiin" → "Ts."), and markup in a given name stays around its initial ("<b>J.</b>").
"""
from __future__ import annotations

import re
from typing import Any

from citeproc.model import Name

from . import hooks


_TOKEN = re.compile(r"((?:<[^<>]*>)*)([^\s.<>]+)(\.?)((?:</[^<>]*>)*)")
_TAG = re.compile(r"<[^<>]*>")
_HYPHEN = re.compile(r"-(?![^<>]*>)")


def _initial(word: str) -> str:
    """The initial of ``word``: its first letter, with the capitals that follow it lowercased when
    the word goes on in lowercase ("TSerendorjiin" → "Ts", as citeproc-js reads such digraphs)."""
    rest = word[1:]
    capitals = 0
    while capitals < len(rest) and rest[capitals].isupper():
        capitals += 1
    return word[0] + (rest[:capitals].lower() if capitals < len(rest) else "")


def initials(given: str, mark: str, initialize: bool = True) -> str:
    """``given`` with its initials marked by ``mark``; full words initialised when ``initialize``.
    Markup around a word stays around it, the mark's period inside ("<b>J.</b> Q.")."""
    core = mark.rstrip()
    tail = mark[len(core):]
    pieces: list[tuple[str, bool]] = []  # (text, is an initial)
    for opening, word, period, closing in _TOKEN.findall(given):
        if len(word) == 1 and word.isupper() or period and word[:1].isupper():
            pieces.append((opening + word + core + closing + tail, True))
        elif not word[:1].isupper():
            pieces.append((opening + word + closing, False))  # a lowercase particle stays as it is
        elif initialize:
            pieces.append((opening + _initial(word) + core + closing + tail, True))
        else:
            pieces.append((opening + word + closing, False))
    out = ""
    for i, (text, is_initial) in enumerate(pieces):
        if i and (not pieces[i - 1][1] or not is_initial) and not out.endswith(" "):
            out += " "
        out += text
    return out.strip()


def keep_given(given: str, mark: str) -> str:
    """``given`` with full names kept and bare initials followed by ``mark``."""
    return initials(given, mark, initialize=False)


def _inherited(name_element: Any, context: Any, attribute: str) -> str:
    """``attribute`` of ``<name>``, else of the enclosing ``<citation>``/``<bibliography>``, else of
    ``<style>`` (CSL's inheritable name options), else "true"."""
    if name_element.get(attribute) is not None:
        return str(name_element.get(attribute))
    found = (context if context is not None else name_element).xpath_search(
        "./ancestor::*[self::cs:citation or self::cs:bibliography][1]")
    if found and found[0].get(attribute) is not None:
        return str(found[0].get(attribute))
    return str(name_element.get_root().get(attribute, "true"))


def initialize(self: Any, given: str, mark: str, context: Any) -> str:
    """``Name.initialize`` honouring ``initialize="false"`` and abbreviations."""
    keep = _inherited(self, context, "initialize").lower() == "false"
    parts = _HYPHEN.split(given)  # not the hyphens inside markup ("<b data-f>")
    if not self.get_option("initialize-with-hyphen", context):
        parts = [" ".join(parts)]  # "Ji-woo" as "Ji woo": "J. woo", as citeproc-js prints it
    elif not keep and len(parts) > 1:
        parts = parts[:1] + [part for part in parts[1:] if _TAG.sub("", part)[:1].isupper()]
    return "-".join(initials(part, mark, initialize=not keep) for part in parts)


install, uninstall = hooks.wrapping((Name, "initialize", initialize, None))
