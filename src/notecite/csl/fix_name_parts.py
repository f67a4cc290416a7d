"""Correction: the ``<name-part>`` formatting a ``<names>`` element gets, as citeproc-js builds it.

citeproc-js reads a ``<name-part>`` into a build-time slot (``state.build.family``/``given``)
and hands the slot to the ``<names>`` element whose end it reaches next; it empties the slot
only at the end of an outermost ``<names>``. A ``<names>`` inside a ``<substitute>`` (or a
macro first built from inside one) therefore takes the name-parts of the ``<names>`` around
it, and a macro is built once, where it is first called, so its names keep what the slot held
then: annales' "editor" macro, which has no name-part, prints the family names in the small
caps of its "author" macro ("Hannah <sc>Arendt</sc> (dir.)"). citeproc-py formats each
``<name>`` by its own name-parts only. ``adapt_style`` walks the style in citeproc-js's build
order (citation, then bibliography; sort keys before layouts; macros expanded where called,
built once outside sort keys) and gives each ``<names>`` whose ``<name>`` ends up with other
name-parts a copy of them.
"""
from __future__ import annotations

import copy
from typing import Any

NS = "{http://purl.org/net/xbiblio/csl}"
_PARTS = ("family", "given")


class _Build:
    """citeproc-js's build state as far as name-parts go."""

    def __init__(self, macros: dict[str, Any]) -> None:
        self.macros = macros
        self.built: set[str] = set()
        self.level = 0
        self.slots: dict[str, Any] = {part: None for part in _PARTS}
        self.effective: dict[Any, dict[str, Any]] = {}

    def walk(self, element: Any, sorting: bool) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        name = tag[len(NS):] if tag.startswith(NS) else ""
        if name == "name-part" and element.get("name") in _PARTS:
            self.slots[element.get("name")] = element
            return
        macro = element.get("macro") if name in ("text", "key") else None
        if macro is not None:
            body = self.macros.get(macro)
            if body is not None and (sorting or macro not in self.built):
                if not sorting:
                    self.built.add(macro)
                for child in body:
                    self.walk(child, sorting)
            return
        if name == "names":
            self.level += 1
        for child in element:
            self.walk(child, sorting or name == "sort")
        if name == "names":
            if not sorting:
                self.effective[element] = dict(self.slots)
            if self.level == 1:
                self.slots = {part: None for part in _PARTS}
            self.level -= 1


def adapt_style(csl: Any) -> None:
    """Give each ``<name>`` the name-parts citeproc-js's build hands its ``<names>``."""
    root = csl.root
    macros = {m.get("name"): m for m in root.iterchildren(f"{NS}macro")}
    build = _Build(macros)
    for area in ("citation", "bibliography"):
        for node in root.iterchildren(f"{NS}{area}"):
            build.walk(node, False)
    for names, slots in build.effective.items():
        name = names.find(f"{NS}name")
        if name is None:
            continue  # a shorthand <names> in a <substitute> takes its <name> from the one around it
        for part in _PARTS:
            own = next((p for p in name.iterchildren(f"{NS}name-part") if p.get("name") == part), None)
            wanted = slots[part]
            if wanted is own:
                continue
            if own is not None:
                name.remove(own)
            if wanted is not None:
                name.append(copy.deepcopy(wanted))
