"""CSL-JSON records → Zotero item JSON (the Web API's item shape), losing nothing.

Each CSL variable goes to the Zotero field Zotero's own CSL import would choose
(:mod:`notecite.zotero.schema`). A value with no valid field for the item type — and every
variable Zotero has no field for — is kept in ``extra`` as one ``variable: value`` line, the
convention Zotero reads back (``original-date: 1951``; names as ``editor: Family || Given``).
A record whose CSL type Zotero would not give back gets a ``type: pamphlet`` line too.

:func:`library_to_items` adds tags (``notecite`` and ``notecite:<kind>`` per cite kind), the
given collection keys and, per record, a child note listing where it was cited.
"""
from __future__ import annotations

import hashlib
import html
import json
import secrets
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from ..library import Citation, Library
from ..records import DATE_VARIABLES, NAME_VARIABLES, Record
from .schema import (CSL_DATE_FIELDS, CSL_NAMES, CSL_TEXT_FIELDS, ITEM_TYPES, ZOTERO_TO_CSL, ItemType,
                     zotero_type)

ZoteroItem = dict[str, Any]

#: Characters of a Zotero object key (``/[23456789ABCDEFGHIJKLMNPQRSTUVWXYZ]{8}/``).
KEY_ALPHABET = "23456789ABCDEFGHIJKLMNPQRSTUVWXYZ"
TAG = "notecite"
SEASONS = {1: "Spring", 2: "Summer", 3: "Autumn", 4: "Winter"}


def stable_key(text: str) -> str:
    """An 8-character Zotero object key derived from ``text`` (same text, same key)."""
    number = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")
    return "".join(KEY_ALPHABET[(number >> (5 * i)) % len(KEY_ALPHABET)] for i in range(8))


def random_key(_text: str = "") -> str:
    """A fresh random 8-character Zotero object key."""
    return "".join(secrets.choice(KEY_ALPHABET) for _ in range(8))


def is_key(value: object) -> bool:
    """True for a string of the Zotero object-key pattern."""
    return isinstance(value, str) and len(value) == 8 and all(c in KEY_ALPHABET for c in value)


#: CSL types Zotero has no item type for, imported as a richer type than Zotero's default
#: (``document``) so that their publisher, place, series and pages keep real fields; the CSL type
#: itself goes to Extra as ``type: pamphlet``, which Zotero's citation processor reads.
ITEM_TYPE_OVERRIDES = {"pamphlet": "book", "collection": "book"}

#: The Extra label of the citation key: Zotero 7 moves ``Citation Key: …`` into its field, and
#: Zotero's CSL JSON export writes it as the item's ``id``.
CITATION_KEY_LABEL = "Citation Key"


@dataclass
class Placement:
    """Where Zotero keeps each variable of one record: fields, creators, or ``extra`` lines.

    ``in_fields`` names the CSL variables that have a field (or creator role) of ``item_type``;
    every other variable is in ``extra`` as ``variable: value``.
    """

    item_type: ItemType
    fields: dict[str, str]
    creators: list[dict[str, str]]
    extra: "_Extra"
    in_fields: set[str]


def item_type_of(record: Record) -> ItemType:
    """The Zotero item type notecite gives ``record`` (Zotero's own choice, or :data:`ITEM_TYPE_OVERRIDES`)."""
    override = ITEM_TYPE_OVERRIDES.get(str(record.get("type")))
    return ITEM_TYPES[override or zotero_type(record)]


def place(record: Record) -> Placement:
    """Put every value of ``record`` in a Zotero field or creator of its item type, or in ``extra``."""
    item_type = item_type_of(record)
    placement = Placement(item_type, {}, [], _Extra(), set())
    fields, extra = placement.fields, placement.extra
    for variable, value in record.items():
        if variable in ("id", "type", "note") or value in (None, "", []):
            continue
        if variable in NAME_VARIABLES:
            kept = _add_names(item_type, variable, value, placement.creators, extra)
        elif variable in DATE_VARIABLES:
            kept = _add_date(item_type, variable, value, fields, extra)
        elif variable in CSL_TEXT_FIELDS:
            kept = _add_text(item_type, variable, _text(value), fields, extra)
        else:
            kept = extra.add(variable, value) and False
        if kept:
            placement.in_fields.add(variable)
    record_id = record.get("id")
    if record_id not in (None, ""):
        target = item_type.field_for("citationKey")
        if target and target not in fields:
            fields[target] = str(record_id)
        else:
            extra.add(CITATION_KEY_LABEL, record_id)
    if record.get("type") and ZOTERO_TO_CSL.get(item_type.name) != record["type"]:
        extra.add("type", record.get("type"))
    return placement


def record_to_item(record: Record, *, tags: Iterable[str] = (), collections: Iterable[str] = (),
                   key: str | None = None) -> ZoteroItem:
    """One CSL-JSON record as a Zotero item (no child note); every value lands in a field or ``extra``."""
    placement = place(record)
    item: ZoteroItem = {"itemType": placement.item_type.name}
    if key:
        item["key"] = key
    fields = dict(placement.fields)
    if "title" in fields:
        item["title"] = fields.pop("title")
    item["creators"] = placement.creators
    for field in placement.item_type.fields:  # schema order
        if field in fields:
            item[field] = fields[field]
    note = record.get("note")
    text = placement.extra.text(_text(note) if note not in (None, "") else "")
    if text:
        item["extra"] = text
    item["tags"] = [{"tag": t} for t in dict.fromkeys(tags) if t]
    item["collections"] = list(collections)
    item["relations"] = {}
    return item


def zotero_record(record: Record, *, fold_names: bool = True) -> Record:
    """``record`` as the CSL-JSON Zotero's CSL import turns into :func:`record_to_item`'s item.

    Variables with a field of the item type stay; names carry their particles and suffixes
    where Zotero parses them back (:func:`creator_name`); everything else, the citation key
    (``Citation Key: …``) and a type Zotero lacks (``type: pamphlet``) become ``variable: value``
    lines of ``note``, which Zotero imports as Extra. ``type`` is the CSL type of the item type
    chosen, so Zotero picks that item type. ``fold_names=False`` keeps the CSL name objects
    (for formats whose writers spell particles and suffixes themselves).
    """
    placement = place(record)
    out: Record = {}
    if record.get("id") not in (None, ""):
        out["id"] = record["id"]
    out["type"] = ZOTERO_TO_CSL.get(placement.item_type.name, "document")
    for variable, value in record.items():
        if variable not in placement.in_fields:
            continue
        if variable in NAME_VARIABLES and fold_names:
            out[variable] = [_csl_name(creator_name(n)) for n in value]
        else:
            out[variable] = value
    note = record.get("note")
    lines = [line for variable, line in placement.extra.entries if variable not in placement.in_fields]
    text = "\n".join(([_text(note).strip()] if note not in (None, "") and _text(note).strip() else []) + lines)
    if text:
        out["note"] = text
    return out


def extra_lines(variable: str, value: Any) -> list[str]:
    """The ``variable: value`` Extra lines for one CSL variable, spelt as :func:`place` spells them."""
    extra = _Extra()
    if variable in NAME_VARIABLES and isinstance(value, list):
        for name in value:
            extra.add(variable, _extra_name(name) if isinstance(name, dict) else name)
    elif variable in DATE_VARIABLES:
        extra.add(variable, _edtf(value) or zotero_date(value)[0])
    else:
        extra.add(variable, value)
    return extra.lines


def _csl_name(fields: dict[str, str]) -> dict[str, str]:
    if "name" in fields:
        return {"literal": fields["name"]}
    return {k: v for k, v in (("family", fields["lastName"]), ("given", fields["firstName"])) if v}


def provenance_note(citations: Iterable[Citation], parent_key: str | None = None,
                    key: str | None = None) -> ZoteroItem | None:
    """A Zotero child note (HTML) listing each document, note number, pinpoint and form of the cites."""
    by_document: dict[str, list[Citation]] = {}
    for citation in citations:
        by_document.setdefault(citation.document, []).append(citation)
    if not by_document:
        return None
    parts = ["<h1>Cited in (notecite)</h1>"]
    for document, cites in by_document.items():
        parts.append(f"<p><strong>{html.escape(document)}</strong></p>")
        parts.append("<ul>")
        for c in sorted(cites, key=lambda c: c.note):
            line = f"n. {c.note}"
            if c.locator:
                label = "" if c.label in ("", "page") else f"{c.label} "
                line += f", {html.escape(label)}{html.escape(str(c.locator))}"
            line += f" ({html.escape(c.kind)})"
            if c.text:
                line += f": <q>{html.escape(c.text)}</q>"
            parts.append(f"<li>{line}</li>")
        parts.append("</ul>")
    note: ZoteroItem = {"itemType": "note", "note": "".join(parts)}
    if key:
        note["key"] = key
    if parent_key:
        note["parentItem"] = parent_key
    note["tags"] = [{"tag": TAG}]
    note["collections"] = []
    note["relations"] = {}
    return note


def library_to_items(library: Library, *, tags: Iterable[str] = (), collections: Iterable[str] = (),
                     notes: bool = True, keys: Callable[[str], str] = stable_key,
                     item_uri: Callable[[str], str] | None = None) -> list[ZoteroItem]:
    """Every record as a Zotero item, each followed by its provenance note (``parentItem`` = its key).

    ``keys`` makes an object key from a record id (:func:`stable_key` by default, so the same
    library gives the same keys). With ``item_uri`` (key -> ``http://zotero.org/users/1/items/KEY``),
    editions of one work (``library.work_of``) are linked with ``dc:relation``.
    """
    user_tags = [t for t in tags if t]
    collections = list(collections)
    out: list[ZoteroItem] = []
    key_of: dict[str, str] = {}
    taken: set[str] = set()

    def fresh(text: str) -> str:
        key = keys(text)
        while key in taken:
            key = keys(text + "#" + key)
        taken.add(key)
        return key

    cites_of: dict[str, list[Citation]] = {}
    for citation in library.citations:
        cites_of.setdefault(citation.record_id, []).append(citation)
    for n, record in enumerate(library.records):
        record_id = str(record.get("id") or f"record-{n + 1}")
        key = key_of[record_id] = fresh(record_id)
        cites = cites_of.get(record_id, [])
        kinds = [f"{TAG}:{c.kind}" for c in cites if c.kind]
        item = record_to_item(record, tags=[TAG, *dict.fromkeys(kinds), *user_tags],
                              collections=collections, key=key)
        out.append(item)
        if notes and cites:
            note = provenance_note(cites, parent_key=key, key=fresh(record_id + "#note"))
            if note:
                out.append(note)
    if item_uri:
        _link_editions(library, out, key_of, item_uri)
    return out


def _link_editions(library: Library, items: list[ZoteroItem], key_of: dict[str, str],
                   item_uri: Callable[[str], str]) -> None:
    works: dict[str, list[str]] = {}
    for record_id, work in library.work_of.items():
        if record_id in key_of:
            works.setdefault(work, []).append(key_of[record_id])
    by_key = {item.get("key"): item for item in items}
    for keys in works.values():
        if len(keys) < 2:
            continue
        for key in keys:
            others = [item_uri(k) for k in keys if k != key]
            by_key[key]["relations"] = {"dc:relation": others[0] if len(others) == 1 else others}


class _Extra:
    """``extra`` lines in Zotero's ``variable: value`` convention, in insertion order."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, str]] = []

    @property
    def lines(self) -> list[str]:
        return [line for _, line in self.entries]

    def add(self, variable: str, value: Any) -> bool:
        """Add ``variable: value`` (once); True if a line was added."""
        if isinstance(value, (dict, list)):
            value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        value = " ".join(str(value).split())
        line = f"{variable}: {value}"
        if not value or line in self.lines:
            return False
        self.entries.append((variable, line))
        return True

    def text(self, note: str) -> str:
        return "\n".join([note.strip()] * bool(note.strip()) + self.lines)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def _add_text(item_type: ItemType, variable: str, value: str, fields: dict[str, str], extra: _Extra) -> bool:
    for candidate in CSL_TEXT_FIELDS[variable]:
        target = item_type.field_for(candidate)
        if target and target != "extra":
            if target not in fields:
                fields[target] = value
                return True
            if fields[target] == value:
                return True
    extra.add(variable, value)
    return False


def _add_date(item_type: ItemType, variable: str, value: Any, fields: dict[str, str], extra: _Extra) -> bool:
    """True when the date has a field (a range's second half is also kept in ``extra``)."""
    text, exact = zotero_date(value)
    target = item_type.field_for(CSL_DATE_FIELDS[variable]) if variable in CSL_DATE_FIELDS else None
    if variable == "accessed" and not _is_full_date(text):
        target = None  # accessDate takes only full dates
    if target and text and target not in fields:
        fields[target] = text
        if not exact:
            extra.add(variable, _edtf(value) or text)
        return True
    extra.add(variable, _edtf(value) or text)
    return False


def zotero_date(value: Any) -> tuple[str, bool]:
    """A CSL date as Zotero writes dates (``1987-03-05``, ``1987``, ``Spring 1987``, ``ca. 1951``).

    The flag is False when the text drops part of the date (the second half of a range).
    """
    if isinstance(value, str):
        return value.strip(), True
    if not isinstance(value, dict):
        return str(value), True
    if value.get("literal") or value.get("raw"):
        return str(value.get("literal") or value.get("raw")).strip(), True
    parts = value.get("date-parts") or []
    if not parts or not parts[0]:
        return "", True
    first = [int(p) for p in parts[0]]
    text = _iso(first)
    season = value.get("season")
    if season and len(first) == 1:
        text = f"{SEASONS.get(int(season), season) if str(season).isdigit() else season} {text}"
    if value.get("circa"):
        text = f"ca. {text}"
    return text, len(parts) < 2


def _iso(parts: list[int]) -> str:
    year = f"{parts[0]:04d}" if parts[0] >= 0 else str(parts[0])
    return "-".join([year] + [f"{p:02d}" for p in parts[1:3]])


def _edtf(value: Any) -> str:
    if isinstance(value, dict) and value.get("date-parts") and not (value.get("literal") or value.get("raw")):
        text = "/".join(_iso([int(p) for p in part]) for part in value["date-parts"] if part)
        return text + "~" * bool(value.get("circa"))
    return ""


def _is_full_date(text: str) -> bool:
    return len(text) == 10 and text[4] == "-" and text[7] == "-" and text.replace("-", "").isdigit()


def _add_names(item_type: ItemType, variable: str, names: list[dict[str, Any]],
               creators: list[dict[str, str]], extra: _Extra) -> bool:
    role = CSL_NAMES.get(variable)
    if role not in item_type.creator_types:
        # Zotero's import turns a role the type lacks into the primary creator; that is right
        # for authors (a film's director) but would mislabel editors, so those go to extra.
        role = item_type.primary_creator if variable == "author" else None
    for name in names if isinstance(names, list) else [names]:
        if not isinstance(name, dict):
            extra.add(variable, name)
        elif role:
            creators.append({"creatorType": role, **creator_name(name)})
        else:
            extra.add(variable, _extra_name(name))
    return bool(role) and isinstance(names, list) and all(isinstance(n, dict) for n in names)


def creator_name(name: dict[str, Any]) -> dict[str, str]:
    """A CSL name as Zotero creator name fields: ``{firstName, lastName}`` or ``{name}``.

    Particles and suffixes are written where Zotero parses them back: ``de Gaulle`` in the last
    name, ``Ludwig van`` and ``Martin Luther, Jr.`` in the first name.
    """
    family = str(name.get("family") or "")
    given = str(name.get("given") or "")
    if name.get("literal") or not (family or given):
        return {"name": str(name.get("literal") or "")}
    if name.get("non-dropping-particle"):
        family = f"{name['non-dropping-particle']} {family}".strip()
    if name.get("dropping-particle"):
        given = f"{given} {name['dropping-particle']}".strip()
    if name.get("suffix"):
        given = f"{given}, {name['suffix']}"
    return {"firstName": given, "lastName": family}


def _extra_name(name: dict[str, Any]) -> str:
    fields = creator_name(name)
    if "name" in fields:
        return fields["name"]
    return f"{fields['lastName']} || {fields['firstName']}" if fields["firstName"] else fields["lastName"]
