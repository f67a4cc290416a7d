"""Correction: ``<if>`` conditions, ``disambiguate`` included.

citeproc-py 0.11.1 ignores ``disambiguate="true"`` (a branch testing only it is always
taken, so e.g. given names or titles meant for ambiguous cites always print). This evaluates
every branch with :func:`notecite.csl.conditions.evaluate`, where ``disambiguate="true"``
holds only for cites notecite marked as ambiguous, and ``is-numeric`` reads the locator off
the cite (citeproc-py looks it up in the record, so ``is-numeric="locator"`` never held and
Chicago's "chap. 3" lost its label) and accepts lists and ranges ("2-4", "1, 3") as CSL does.
"""
from __future__ import annotations

from typing import Any

from citeproc.model import ConditionFailed, If

from . import hooks
from .conditions import evaluate


def render(self: Any, item: Any, context: Any = None, delimiter: str = "", **kwargs: Any) -> Any:
    """``If.render`` using :func:`evaluate` for the condition."""
    if not evaluate(self, item, context):
        raise ConditionFailed
    return self.render_children(item, context=context, delimiter=delimiter, **kwargs)


install, uninstall = hooks.wrapping((If, "render", render, None))
