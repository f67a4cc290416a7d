"""An author's title, then (after ``in`` or ``des``) the periodical or collection it appeared in with
its imprint and page, as older German notes print an article or a chapter (``W. Sombart, Die Hausindustrie in
Deutschland. In Brauns Archiv für soziale Gesetzgebung und Statistik 1891. Bd. IV, S. 113``, ``Pierstorff,
Frauenarbeit und Frauenfrage. 3. Bd. des Handwörterbuchs der Staatswissenschaften. Jena 1892. S. 643``): one
cite, not two."""
from __future__ import annotations

import re
from dataclasses import replace

from .model import NoteCite

#: Fields that place a work in print: a cite with one of them is more than an author and a title.
_PRINTED = ("container-title", "publisher", "publisher-place", "issued", "URL", "DOI", "ISBN")
#: Fields the periodical or collection brings to the piece printed in it.
_CARRIED = ("publisher", "publisher-place", "issued", "volume", "issue", "edition")
#: What stands between the piece and its container: ``in`` (``. In Brauns Archiv``, ``, in G. von Mayrs Allgemeinem
#: statistischen Archiv``: the editor's name in the genitive may come first), or ``des``/``der`` after the piece's
#: volume (``3. Bd. des Handwörterbuchs der Staatswissenschaften``); a full stop alone is no link (``Braddock's
#: Instructions to Major-General Shirley. Correspondence of Shirley, 1755.``: two items of a list).
_BETWEEN = re.compile(r"[.,]?\s+(?:[Ii][nm]:?|de[rs])\s+"
                      r"(?:(?:[A-Z]\.\s?)*(?:von\s+|v\.\s?)?[A-ZÄÖÜ][\w-]*s\s+)?")


def _full_stop_between(text: str, piece: NoteCite, host: NoteCite) -> bool:
    """Whether only ``in`` or ``des`` (:data:`_BETWEEN`, after a full stop or comma or not) part the two cites (the
    stop inside the first cite's span or not)."""
    start = piece.end - 1 if text[:piece.end].endswith(".") else piece.end
    return bool(_BETWEEN.fullmatch(text, start, host.start))


def titles_with_their_containers(text: str, cites: list[NoteCite]) -> list[NoteCite]:
    """``cites`` (one note's, ``text`` its text) with every cite of only an author and a title (a volume aside; no
    imprint, date or pinpoint), followed after ``in`` or ``des`` by a cite of a title alone with its imprint,
    volume, date or pinpoint and no name (no ibid), made one cite: the second title is the container of the first,
    its imprint and numbering the piece's, its pinpoint the cite's."""
    out: list[NoteCite] = []
    k = 0
    while k < len(cites):
        piece = cites[k]
        host = cites[k + 1] if k + 1 < len(cites) else None
        if host is not None and _piece(piece) and _host(host) and _full_stop_between(text, piece, host):
            out.append(_joined(text, piece, host))
            k += 2
            continue
        out.append(piece)
        k += 1
    return out


def _piece(cite: NoteCite) -> bool:
    """An author's title alone: no imprint, date or pinpoint (a volume may be given)."""
    record = cite.record
    return cite.kind in ("full", "short", "mention") and bool(record.get("author")) \
        and bool(record.get("title") or record.get("title-short")) and not cite.locator \
        and not any(record.get(field) for field in _PRINTED)


def _host(cite: NoteCite) -> bool:
    """A title alone (no names; as title, container title or both) with an imprint, volume, date or pinpoint."""
    record = cite.record
    name = record.get("title") or record.get("container-title")
    return cite.kind in ("full", "short", "mention") and bool(name) \
        and record.get("container-title", name) == name and record.get("title", name) == name \
        and not any(record.get(field) for field in ("author", "editor", "translator")) \
        and (bool(cite.locator) or any(record.get(field) for field in _CARRIED))


def _joined(text: str, piece: NoteCite, host: NoteCite) -> NoteCite:
    """The piece printed in the host: its record with the host's title as container and its imprint and numbering."""
    record = dict(piece.record)
    record.setdefault("title", record.get("title-short"))
    record["container-title"] = host.record.get("title") or host.record["container-title"]
    for field in _CARRIED:
        if host.record.get(field) and not record.get(field):
            record[field] = host.record[field]
    record["type"] = "article-journal" if str(host.record.get("type", "")).startswith("article") else "chapter"
    return replace(piece, record=record, kind="full", locator=host.locator, end=host.end, suffix=host.suffix,
                   text=text[piece.start:host.end], flags=piece.flags + host.flags)
