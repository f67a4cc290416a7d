"""Correction: name lists (``<name>``): delimiters, et-al, affixes, counts.

citeproc-py 0.11.1's ``Name.process`` departs from CSL 1.0.2 ("Name") and citeproc-js in
several ways this adapted version corrects:

- the delimiter before "and" is always ", " (the style's ``delimiter`` is ignored) and
  ``delimiter-precedes-last``/``delimiter-precedes-et-al`` ``after-inverted-name`` and
  ``never`` are not honoured as specified;
- ``et-al-subsequent-min``/``et-al-subsequent-use-first`` are never used for subsequent cites;
- "et al." follows the names even when ``et-al-use-first`` keeps all of them (citeproc-js
  prints none);
- the names and given names that :mod:`fix_disambiguation` asks for are shown (more names
  than ``et-al-use-first``, initials or full given names of single names);
- an et-al term that opens with a space gets a second one ("Osei  – al."; citeproc-js adds
  none); "and" and et-al terms outside the scripts written with spaces ("等", Hebrew "ו") get
  spaces around them too (citeproc-js: "Zither等", "תפוחו\u2008תפוז");
- a list is truncated by ``et-al-min`` alone, with citeproc-py's default ``et-al-use-first``
  of 1 (a bibliography under a ``<citation et-al-use-first>`` printed "Doe et al.");
  citeproc-js truncates only where ``et-al-use-first`` is set for the list;
- ``form="count"`` counts ``et-al-use-first`` even when no truncation applies, and the
  counts of several variables are joined as text ("32") instead of added (5);
- a name with only a given name ("Banksy") is initialised; CJK names get a space and the
  western order (citeproc-js: "丸山眞男", and the family name alone in the short form);
  ``comma-suffix`` ("Doe, Jr.") is ignored; a suffix keeps its periods where citeproc-js
  normalizes it like initials under ``initialize-with`` ("Gates HL Jr" under "", even with
  ``initialize="false"``);
- a particle ending in an apostrophe or a hyphen is followed by a space ("d' Arcy";
  citeproc-js: "d’Arcy"); a family ``<name-part>`` format wraps particles and family name
  together, and a missing given name is formatted as "None"; citeproc-js formats each piece
  ("<sc>van der</sc> <sc>Berg</sc>"), the dropping particle as a given name and the
  non-dropping one as a family name ("Gerard van DER MEER" under a family ``uppercase``), and
  puts a name-part's affixes around its whole group: "[Jean] (de La Fontaine III)", inverted
  "(La Fontaine) [Jean de] III";
- a ``text-case`` on an enclosing ``<text macro>`` changes the names in it ("Q. SKINNER",
  "@book{armitage_2007"); citeproc-js leaves names to their own ``<name-part>`` cases, so the
  rendered list is returned as text that case changes pass over;
- a short form under ``name-as-sort-order`` with the particle demoted (the default) prints
  "van der Berg"; citeproc-js inverts it as it inverts long forms: "Berg, van der";
- ``demote-non-dropping-particle="sort-only"`` is applied to displayed names and not to sort
  keys, and a short-form sort key keeps the particle ("de Beauvoir" sorted under "d";
  citeproc-js sorts it under "B" and numbers the bibliography accordingly);
- the formatting of ``<name>`` (``font-variant`` …) wraps the whole list; citeproc-js formats
  each name ("<sc>Guldi J.</sc> et <sc>Armitage D.</sc>"), the delimiters, "and" and et-al
  left as they are, and when et-al follows, the names and et-al once more as a whole
  ("<sc><sc>Osei</sc> et al.</sc>"); CJK names get no ``<name-part>`` formatting;
- a sort key of a name list holds its "and" and et-al terms ("Colaresi and Thompson" sorted
  before "Colaresi, Rasler, and Thompson"; "Smith et al." after "Smith"); citeproc-js joins the
  names of a key with the delimiter alone;
- ``prefix``/``suffix`` of ``<name>`` wrap the whole list; citeproc-js puts them around each
  personal name (``suffix="."`` → "Lee H., Patel R."; annales' ``prefix=" trad. fr. "`` →
  "trad. fr. Colin Gordon, trad. fr. Leo Marshall … et trad. fr. Kate Soper"), none around
  institutional names, and when et-al follows once more around the whole ("[[J Doe], [K Roe],
  et al.]").
"""
from __future__ import annotations

from typing import Any

import re

import citeproc.model
from citeproc.model import Name
from citeproc.source import VariableError
from citeproc.string import NoCase

from . import hooks
from .fix_delimiter_escape import delimiter as escaped_delimiter
from .fix_disambiguation import GIVENS_KEY, NAMES_KEY, looking, names_seen
from .positions import POSITION_KEY

#: A particle ending in one of these is followed by no space ("d'Arcy", "al-One", "de' Frinkle").
_JOINING = "'\u2019- "
#: citeproc-js's STARTSWITH_ROMANESQUE_REGEXP: "and" and et-al terms that start otherwise (CJK "等",
#: Hebrew vav "ו") take no spaces around them.
_ROMANESQUE_START = re.compile("^[&a-zA-Z\u0e01-\u0e5b\u00c0-\u017f\u0370-\u03ff\u0400-\u052f\u0590-\u05d4"
                               "\u05d6-\u05ff\u1f00-\u1fff\u0600-\u06ff\u200c\u200d\u200e\u0218-\u021b\u202a-\u202e]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_LATIN = re.compile(r"[A-Za-z]")


_CLOSING_MARKUP = re.compile(r"(?:<[^<>]*>|[}*])+$")


def _join(*parts: Any) -> str:
    """Name parts joined by spaces, none after a particle ending in an apostrophe or hyphen
    (closing markup aside: "<sc>d’</sc><sc>Arcy</sc>")."""
    text = ""
    for part in parts:
        if not part:
            continue
        text += ("" if not text or _CLOSING_MARKUP.sub("", text)[-1:] in _JOINING else " ") + str(part)
    return text


def normalize_suffix(suffix: str, terminator: str) -> str:
    """A name suffix as citeproc-js writes it under ``initialize-with``: each abbreviation
    ("Jr.", "V") ends with ``terminator`` instead of its own period ("Jr." → "Jr" under "")."""
    out = []
    for word in suffix.split():
        if len(word) > 1 and word.endswith("."):
            word = word[:-1] + terminator
        elif len(word) == 1 and word.isupper():
            word += terminator
        out.append(word.rstrip())
    return " ".join(out)


def _is_subsequent(item: Any) -> bool:
    computed = item.get(POSITION_KEY) if hasattr(item, "get") else None
    return computed is not None and computed.matches("subsequent")


def process(self: Any, item: Any, variable: str, context: Any = None, sort_options: Any = None, **kwargs: Any) -> Any:
    """``Name.process`` with the corrections listed in the module docstring."""
    def option(name: str) -> Any:
        return self.get_option(name, context, sort_options)

    and_ = option("and")
    delimiter = option("delimiter")
    precedes_et_al = option("delimiter-precedes-et-al")
    precedes_last = option("delimiter-precedes-last")
    et_al_min = option("et-al-min")
    et_al_use_first = option("et-al-use-first")
    if _is_subsequent(item) and sort_options is None:
        subsequent_min = self.get("et-al-subsequent-min") or _inherited(self, context, "et-al-subsequent-min")
        subsequent_first = self.get("et-al-subsequent-use-first") or _inherited(self, context, "et-al-subsequent-use-first")
        if subsequent_min:
            et_al_min = int(subsequent_min)
        if subsequent_first:
            et_al_use_first = int(subsequent_first)
    et_al_use_last = option("et-al-use-last")
    initialize_with = option("initialize-with")
    sort_order = option("name-as-sort-order")
    sort_separator = escaped_delimiter(self, option("sort-separator"))
    form = option("form")
    demote = option("demote-non-dropping-particle")
    # "display-and-sort" demotes the particle everywhere, "sort-only" in sort keys alone
    demoted = demote == "display-and-sort" or (demote == "sort-only" and sort_options is not None)
    prefix, suffix_affix = (self.preformat(self.get(side, "")) if self.get(side) else "" for side in ("prefix", "suffix"))
    per_name = form != "count" and sort_options is None  # citeproc-js: affixes around each personal name
    _LAST[0] = per_name  # read by markup(), which citeproc-py calls right after process()

    names = item.reference.get(variable, [])
    in_citation = context is not None and bool(context.xpath_search("./ancestor::cs:citation")) if sort_options is None else False
    levels = item.reference.get(GIVENS_KEY) if in_citation else None
    # citeproc-js: no "et al." when et-al-use-first would keep every name
    truncate = (len(names) > 1 and et_al_min and len(names) >= et_al_min and _use_first_set(self, context, sort_options)
                and et_al_use_first < len(names))
    wanted = (item.reference.get(NAMES_KEY) or {}).get(variable) if in_citation else None
    if wanted and looking():  # comparing cites: exactly the names disambiguation asks for
        truncate, et_al_use_first = wanted < len(names), wanted
    elif wanted and wanted > et_al_use_first and truncate:  # citeproc-js: never fewer than use-first
        truncate, et_al_use_first = wanted < len(names), wanted
    if in_citation and form != "count":
        names_seen(item.reference, variable, min(len(names), et_al_use_first) if truncate else len(names), len(names))
    use_last = et_al_use_last and et_al_use_first <= et_al_min - 2
    if form == "count":
        return min(len(names), et_al_use_first) if truncate else len(names)
    if truncate:
        names = names[:et_al_use_first] + ([names[-1]] if use_last else [])

    name_parts = self.findall("cs:name-part", self.nsmap)

    def styled(which: str, text: Any) -> str:
        """``text`` in the formatting and case of name-part ``which`` (affixes apart)."""
        for part in name_parts:
            if part.get("name") == which and text:
                text = part.format(part.case(text))
        return str(text) if text else ""

    def wrapped(which: str, text: str) -> str:
        """``text`` in the affixes of name-part ``which``."""
        for part in name_parts:
            if part.get("name") == which and text:
                text = str(part.wrap(text))
        return text

    output: list[Any] = []
    inverted = []
    personal: list[bool] = []  # whether each name gets the per-name affixes

    def finish(k: int) -> None:
        """Format name ``k``, then put the affixes around a personal one (citeproc-js's order)."""
        text = self.format(output[k])
        if per_name and personal[k] and text and (prefix or suffix_affix):
            text = prefix + text  # escaped, but no nested-parenthesis marks (citeproc-js: "((Colin Gordon), …")
            text = text + citeproc.model.normalize_seam(text, suffix_affix)
        output[k] = text

    for i, name in enumerate(names):
        if output and sort_options is None:
            finish(len(output) - 1)
        given, family, dp, ndp, suffix = name.parts()
        if suffix and initialize_with is not None:
            suffix = normalize_suffix(str(suffix), initialize_with)
        literal = "literal" in name
        if not family and not literal and given:  # a single name ("Banksy"): never initialised
            output.append(given)
            inverted.append(False)
            personal.append(True)
            continue
        if given and family and _CJK.search(family) and _CJK.search(given) and not _LATIN.search(family + given):
            family, given = styled("family", family), styled("given", given)
            text = family if form == "short" else str(family) + str(given)  # CJK order, no space
            output.append(text)
            inverted.append(False)
            personal.append(True)
            continue
        name_form, name_initialize = form, initialize_with
        level = levels.get((variable, i)) if levels and family else None
        if level:  # disambiguation: initials (1, when the style initializes) or the full given name (2)
            name_form = "long"
            if level == 2 or initialize_with is None:
                name_initialize = None
        if given is not None and name_initialize is not None:
            given = self.initialize(given, name_initialize, context)
        invert = False
        if name_form == "long":
            invert = sort_order == "all" or (sort_order == "first" and i == 0)
            if invert:
                if not demoted:
                    given = wrapped("given", _join(styled("given", given), styled("given", dp)))
                    family = wrapped("family", _join(styled("family", ndp), styled("family", family)))
                else:
                    given = wrapped("given", _join(styled("given", given), styled("given", dp), styled("family", ndp)))
                    family = wrapped("family", styled("family", family))
                text = sort_separator.join(n for n in (family, given, suffix) if n)
            else:
                given = wrapped("given", styled("given", given))
                family = _join(styled("given", dp), styled("family", ndp), styled("family", family))
                if suffix and family:
                    family += (", " if name.get("comma-suffix") else " ") + suffix
                family = wrapped("family", family)
                space = "" if given[-1:].isspace() else " "  # a given-name suffix "&#160;" is the space
                text = space.join(n for n in (given, family) if n)
        elif ndp and demoted and sort_options is None and (sort_order == "all" or (sort_order == "first" and i == 0)):
            family = wrapped("family", styled("family", family))  # short and inverted: "Berg, van der"
            text = sort_separator.join((family, styled("family", ndp)))
        else:
            family = wrapped("family", _join(None if demoted and sort_options is not None else styled("family", ndp),
                                             styled("family", family)))
            text = family
        output.append(text)
        inverted.append(invert and not literal and bool(given))
        personal.append(not literal)

    if output and sort_options is None:
        finish(len(output) - 1)

    def delimiter_before(rule: str, contextual: bool, previous: int) -> bool:
        if rule == "always":
            return True
        if rule == "never":
            return False
        if rule == "after-inverted-name":
            return bool(inverted[previous])
        return contextual

    if sort_options is not None:  # a sort key: the names alone, without "and" or "et al."
        return self.join(output, delimiter)
    if truncate and not output:  # et-al-use-first="0": citeproc-js prints nothing, not a bare "et al."
        raise VariableError
    if truncate and not use_last:
        et_al = self.et_al()
        if not et_al:
            return self.join(output, delimiter)
        if delimiter_before(precedes_et_al, len(output) >= 2, len(output) - 1):
            joined = self.join(output + [et_al], delimiter)
        else:
            spaced = re.sub(r"^(?:<[^<>]*>)*", "", str(et_al))[:1].isspace()  # a term that brings its own space
            joined = self.join(output, delimiter) + ("" if spaced or not _romanesque(et_al) else " ") + et_al
        _LAST[0] = False  # citeproc-js: names and et-al formatted and affixed once more as one
        return self.format(joined) if sort_options is None else joined
    if truncate and use_last:
        output[-1] = self.unicode_character("horizontal ellipsis") + " " + output[-1]
        return self.join(output, delimiter)
    if and_ is not None and len(output) > 1:
        term = self.get_single_term(name="and") if and_ == "text" else self.preformat("&")
        text = self.join(output[:-1], delimiter)
        if not _romanesque(term):  # "等", Hebrew "ו": no spaces around the term
            return text + (str(escaped_delimiter(self, delimiter)) if precedes_last == "always" else "") + f"{term}" + output[-1]
        if delimiter_before(precedes_last, len(output) > 2, len(output) - 2):
            text = self.join([text, ""], delimiter)
        else:
            text = text + citeproc.model.normalize_seam(text, " ")  # a per-name suffix " " is the space
        return text + f"{term} " + output[-1]
    return self.join(output, delimiter)


def _romanesque(term: Any) -> bool:
    """Whether a term (markup aside) starts with a letter of a script written with spaces."""
    return bool(_ROMANESQUE_START.match(re.sub(r"^(?:<[^<>]*>)*", "", str(term)).lstrip()))


def _use_first_set(self: Any, context: Any, sort_options: Any) -> bool:
    """Whether ``et-al-use-first`` is given anywhere (sort key, ``<name>``, ``<citation>`` or
    ``<bibliography>``, ``<style>``): citeproc-js truncates a list only then."""
    if sort_options is not None and "et-al-use-first" in sort_options:
        return True
    return self.get("et-al-use-first") is not None or _inherited(self, context, "et-al-use-first") is not None


def _inherited(self: Any, context: Any, name: str) -> str | None:
    expr = "./ancestor::*[self::cs:citation or self::cs:bibliography][1]"
    found = (context if context is not None else self).xpath_search(expr)
    if found and found[0].get(name):
        return found[0].get(name)
    return self.get_root().get(name)


class NameText(NoCase):
    """A rendered name list: text-case changes of enclosing elements leave it as it is."""

    def lower(self) -> "NameText":
        return self

    def upper(self) -> "NameText":
        return self

    def words(self) -> Any:
        yield self


#: Whether the last processed name list carried its affixes on each name.
_LAST = [False]


def markup(self: Any, text: Any) -> Any:
    """``Name.markup`` without list-level affixes when they went on each name (the formatting
    went on each name in ``process``)."""
    if isinstance(text, int) and not isinstance(text, bool):
        return text  # form="count": <names> adds the counts of its variables
    if not text:
        return None
    return NameText(str(text) if _LAST[0] else self.wrap(text))


install, uninstall = hooks.wrapping((Name, "process", process, None), (Name, "markup", markup, None))
