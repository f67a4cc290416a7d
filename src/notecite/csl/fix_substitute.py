"""Correction: variables used by ``<substitute>`` must not be printed again in the same cite.

CSL 1.0.2 ("Substitute"): "Substituted variables are suppressed in the rest of the output to
prevent duplication." citeproc-py 0.11.1 only suppresses a later element of the same tag
naming the same single variable, so an editor substituted for a missing author is printed
again by ``<names variable="editor translator">`` ("Lee, H., eds. 2019. Reading lists. H. Lee,
eds."), and a title substituted through a macro is printed twice. This records every variable
that the successful substitute branch rendered (names, text, number, date; ``title-short``
counts as ``title``) and renders those variables as empty for the rest of that cite or entry.
A ``<choose>`` inside ``<substitute>`` offers the elements of its matching branch one by one.

citeproc-py also wraps whatever substitutes in the ``<names>`` element's affixes and formatting;
citeproc-js gives them only to names that substitute (which inherit the element), so a title
standing in for the author comes without them ("(<i>Shoah</i>2013)" under ``suffix=" "``).
Inside the branch being tried a variable is printed once too: a substituted macro that names
the editor twice prints "Doe ed." (citeproc-py: "Doe ed.Doe editor").
"""
from __future__ import annotations

import copy
from typing import Any

from citeproc.model import Choose, Names, Substitute
from citeproc.source import VariableError

from . import hooks
from .conditions import matching_branch

#: The ``Names.format`` and ``Names.wrap`` in force below this correction's wrappers (inherited
#: from ``Formatted`` and ``Affixed``; set by :func:`hooks.chain`).
_NAMES_FORMAT: list[Any] = [None]
_NAMES_WRAP: list[Any] = [None]

#: One frame per layout rendering in progress: suppressed variables and open recordings.
_STACK: list[dict[str, Any]] = []


def _base(variable: str) -> str:
    return variable[:-6] if variable.endswith("-short") else variable


def suppressed(variable: str, element: Any = None) -> bool:
    """Whether ``variable`` was used by a substitute earlier in the cite being rendered, or
    earlier in the substitute branch being tried."""
    if not _STACK:
        return False
    frame = _STACK[-1]
    base = _base(variable)
    return base in frame["suppressed"] or any(base in recording for recording in frame["recording"])


def record(variable: str, rendered: bool) -> None:
    """Note a rendered variable in every substitute branch being tried."""
    if rendered and _STACK:
        for recording in _STACK[-1]["recording"]:
            recording.add(_base(variable))


def begin(layout: Any, item: Any) -> None:
    """Start a cite or entry with no suppressed variables."""
    _STACK.append({"suppressed": set(), "recording": []})


def end(layout: Any, text: Any) -> Any:
    """Forget the cite's suppressed variables."""
    _STACK.pop()
    return text


CITE = (begin, end)


def _candidates(substitute: Any, item: Any, context: Any) -> list[Any]:
    # a <choose> inside <substitute> offers the elements of its matching branch one by one
    out = []
    for child in substitute.getchildren():
        if isinstance(child, Choose):
            branch = matching_branch(child, item, context)
            if branch is not None:
                out.extend(branch.getchildren())
        else:
            out.append(child)
    return out


def substitute_render(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
    """``Substitute.render``: the first non-empty candidate; its variables are then suppressed."""
    for child in _candidates(self, item, context):
        recorded: set[str] = set()
        if _STACK:
            _STACK[-1]["recording"].append(recorded)
        try:
            if isinstance(child, Names) and child.name is None:
                names = self.xpath_search("./parent::cs:names[1]")[0]
                text = child.render(item, names_context=names, context=context, **kwargs)
            else:
                text = child.render(item, context=context, **kwargs)
        except VariableError:
            text = None
        finally:
            if _STACK:
                _STACK[-1]["recording"].remove(recorded)
        if text:
            if not isinstance(child, Names):
                text = _bare(text)
            if _STACK:
                _STACK[-1]["suppressed"].update(recorded)
                for variable in recorded:
                    record(variable, True)  # an enclosing substitute used them too
            return text
    return None


class _Bare(str):
    """Substituted text that the ``<names>`` element must not wrap or format."""


def _bare(text: Any) -> Any:
    try:
        marked = copy.copy(text)  # never mark a record's own value
        marked.notecite_bare = True  # citeproc-py strings take attributes
        return marked
    except AttributeError:
        return _Bare(text)


def _is_bare(text: Any) -> bool:
    return isinstance(text, _Bare) or getattr(text, "notecite_bare", False)


def names_format(self: Any, text: Any) -> Any:
    """``<names>`` formatting, except for text that substituted for its names."""
    return text if _is_bare(text) else _NAMES_FORMAT[0](self, text)


def names_wrap(self: Any, text: Any) -> Any:
    """``<names>`` affixes, except around text that substituted for its names."""
    return text if _is_bare(text) else _NAMES_WRAP[0](self, text)


install, uninstall = hooks.wrapping(
    (Substitute, "render", substitute_render, None),
    (Names, "format", names_format, _NAMES_FORMAT),
    (Names, "wrap", names_wrap, _NAMES_WRAP),
    filter_=suppressed, observer=record, cite=CITE,
)
