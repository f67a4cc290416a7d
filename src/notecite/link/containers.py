"""A work cited "in" another, with the page given after the other: ``Lettre du P. Roubaud, 21 Oct. 1757, in
Lettres Edifiantes, VI. 189``; ``“Synopsis of a Report” (1933) in The Film Factory, ed. Taylor (London, 1994), 327``.

When the parser reads such a note as two cites, the page it found after the container is the pinpoint of the
work cited in it too: that is the page the note points to. The container's cite keeps its pinpoint."""
from __future__ import annotations

import re
from dataclasses import replace

from .model import NoteCite

#: What may stand between a work and the cite of what it is in: the closing of the work's brackets or quotes,
#: commas, stops and the word "in" (the container's cite keeps "in" as its prefix). Not a semicolon: ``X, vol. i;
#: in Y, p. 310`` lists two works, each cited in the same way.
_JUST_IN = re.compile(r"[\s.,:)\]”’\"']*in[\s:]*", re.I)


def pinpoints_through_containers(text: str, cites: list[NoteCite]) -> list[NoteCite]:
    """``cites`` (one note's, in order, ``text`` its text) with each full or short cite that has no pinpoint and
    is followed at once by ``in`` and a cite with a pinpoint given that pinpoint too."""
    out = list(cites)
    for k in range(len(out) - 1):
        work, container = out[k], out[k + 1]
        if (work.locator is None and container.locator is not None and work.kind in ("full", "short")
                and container.kind in ("full", "short") and container.prefix.lower() == "in"
                and _JUST_IN.fullmatch(text, work.end, container.start)):
            out[k] = replace(work, locator=dict(container.locator))
    return out
