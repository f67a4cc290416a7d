"""Correction: a group (or a macro call) whose variables are all empty renders nothing.

CSL 1.0.2 ("Group"): a ``<group>`` is suppressed if at least one rendering element in it
calls a variable (directly or via a macro) and all variables that are called are empty;
citeproc-js applies the same rule to the content of a ``<text macro>`` call. citeproc-py
0.11.1 decides from the XML alone (any child that *could* call a variable), so a branch of a
``<choose>`` that rendered only a term counts as a variable, and a macro holding a term and an
empty variable prints the term ("Tradução ." , ", contributor"). This counts, while rendering,
the variables each group/macro actually tried and rendered (through :mod:`notecite.csl.hooks`),
and nested groups add their counts to the enclosing one; a nested group that prints (terms
alone included) makes its enclosing group print, as in citeproc-js ("does not have title-short"
after an empty title).
"""
from __future__ import annotations

from typing import Any

from citeproc.model import Choose, Group, Macro
from citeproc.source import VariableError

from . import hooks
from .fix_delimiter_escape import delimiter as escaped_delimiter

#: The ``Macro.render`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_INNER: list[Any] = [None]

#: [tried, rendered] counters of the groups/macros being rendered, innermost last.
_FRAMES: list[list[int]] = []


def observe(variable: str, rendered: bool) -> None:
    """Count a tried variable in the innermost group or macro."""
    if _FRAMES:
        frame = _FRAMES[-1]
        frame[0] += 1
        frame[1] += rendered


def _close() -> tuple[int, int]:
    tried, rendered = _FRAMES.pop()
    if _FRAMES:
        _FRAMES[-1][0] += tried
        _FRAMES[-1][1] += rendered
    return tried, rendered


def group_process(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
    """``Group.process`` deciding suppression from the variables actually tried."""
    _FRAMES.append([0, 0])
    output = []
    try:
        delimiter = escaped_delimiter(self, self.get("delimiter", ""))  # for the branches of a <choose>
        for child in self.iterchildren():
            try:
                if isinstance(child, Choose):
                    text = child.render(item, context=context, delimiter=delimiter, **kwargs)
                else:
                    text = child.render(item, context=context, **kwargs)
            except VariableError:
                continue
            if text is not None and text != "":
                output.append(text)
    finally:
        tried, rendered = _close()
    if output and (tried == 0 or rendered > 0):
        if _FRAMES:  # a group that printed counts as printed content for its enclosing group
            _FRAMES[-1][0] += 1
            _FRAMES[-1][1] += 1
        return self.join(output)
    raise VariableError


def macro_render(self: Any, item: Any, context: Any = None, sort_options: Any = None) -> Any:
    """``Macro.render`` returning None when the macro tried variables and all were empty."""
    _FRAMES.append([0, 0])
    try:
        text = _INNER[0](self, item, context=context, sort_options=sort_options)
    finally:
        tried, rendered = _close()
    if tried and not rendered:
        return None
    if text and _FRAMES:  # what a macro call printed counts as printed content for its group
        _FRAMES[-1][0] += 1
        _FRAMES[-1][1] += 1
    return text


install, uninstall = hooks.wrapping(
    (Group, "process", group_process, None),
    (Macro, "render", macro_render, _INNER),
    observer=observe,
)
