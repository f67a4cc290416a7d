"""Writing into an existing library: the user's file kept byte for byte, new works appended.

``--into lib.bib`` must not reformat a library someone keeps in git. notecite never edits an
existing entry (a note's extra fields are reported, not written), so the one thing to get right is
*where* new text goes, not how to re-serialise old text. That needs no round-tripping parser:
pybtex (already the BibTeX reader) tells which keys and works the file holds, and the new entries
are appended after its last byte. bibtexparser v2 would give block spans too, but would be a
second BibTeX parser whose reading of names, macros and braces differs from pybtex's; pybtex with
source spans gives nothing an append needs. So:

* BibTeX/BibLaTeX and RIS: the file's text, unchanged, then a blank line and the new entries in
  the file's own line ending (CRLF stays CRLF).
* CSL-JSON: a top-level array gets the new items inserted before its closing ``]``, indented like
  the file's first item; every existing item keeps its bytes. A single item becomes an array
  around its unchanged text. Only ``{"items": [...]}`` is written anew (items unchanged in content).

With no new works the result *is* the file's text, so a second run is byte-identical.
"""
from __future__ import annotations

import json
import re
from typing import Iterable

from ..records import Record
from . import bibtex, csljson, jsontext, ris

#: Format families whose text can be appended to a file of the other: a BibLaTeX file can take
#: BibTeX entries and the other way round.
FAMILIES = {"bibtex": "bibtex", "biblatex": "bibtex", "csl-json": "csl-json", "ris": "ris"}


def same_family(a: str, b: str) -> bool:
    """True when an output in format ``b`` can be the existing file of format ``a`` plus new entries."""
    return FAMILIES.get(a) == FAMILIES.get(b) is not None


def append(original: str, original_format: str, records: Iterable[Record], fmt: str, *, ascii: bool = False) -> str:
    """The text of an existing library (``original``, in ``original_format``) with ``records``
    appended in ``fmt``, a format of the same family (:func:`same_family`).

    ``records`` are only the new works, with their final keys; ``original`` comes back unchanged
    when there are none.
    """
    if not same_family(original_format, fmt):
        raise ValueError(f"cannot append {fmt} entries to a {original_format} library")
    records = list(records)
    if fmt == "csl-json":
        return append_items(original, records, ascii=ascii)
    if fmt == "ris":
        return append_entries(original, ris.dumps(records))
    return append_entries(original, bibtex.dumps(records, fmt, ascii=ascii) if records else "")


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def append_entries(original: str, addition: str) -> str:
    """``original`` unchanged, then ``addition`` (BibTeX or RIS entries) after a blank line.

    ``addition`` is written with ``\\n``; it takes the file's line ending. Empty ``addition``
    returns ``original`` itself.
    """
    if not addition.strip():
        return original
    newline = _newline(original)
    addition = addition.replace("\r\n", "\n").replace("\n", newline)
    if not original.strip():
        return original + addition
    if original.endswith(newline + newline) or original.endswith("\n\n"):
        separator = ""
    elif original.endswith("\n"):
        separator = newline
    else:
        separator = newline + newline
    return original + separator + addition


def append_items(original: str, records: Iterable[Record], *, ascii: bool = False) -> str:
    """The CSL-JSON text ``original`` with ``records`` added as new items (see the module doc)."""
    records = list(records)
    if not records:
        return original
    newline = _newline(original)
    body = original.lstrip()
    if body.startswith("["):  # a valid array (the library was read): its shape needs no second parse
        has_items = not body[1:].lstrip().startswith("]")
        close = original.rstrip().rfind("]")
        end = len(original[:close].rstrip())  # just after the last item (or the opening "[")
        indent = _item_indent(original) if has_items else "  "
        piece = ("," if has_items else "") + "\n" + ",\n".join(_indented(r, indent, ascii) for r in records)
        if not original[end:].startswith(("\n", "\r")):
            piece += "\n"
        return original[:end] + piece.replace("\n", newline) + original[end:]
    data = json.loads(original)
    if isinstance(data, dict) and not (isinstance(data.get("items"), list) and "type" not in data):
        body = original.strip()
        items = [_indented(record, "  ", ascii) for record in records]
        return "[" + newline + body + "," + newline + ("," + newline).join(items).replace("\n", newline) \
            + newline + "]" + newline
    data["items"].extend(records)
    return jsontext.dumps(data, ascii=ascii) + "\n"


def _item_indent(text: str) -> str:
    """The whitespace before the first item of a top-level array (two spaces if on one line)."""
    match = re.match(r"\s*\[\s*?(\r?\n)([ \t]*)\{", text)
    return match.group(2) if match else "  "


def _indented(record: Record, indent: str, ascii: bool) -> str:
    """One item as :func:`csljson.dumps` writes it, its base indent replaced by ``indent``."""
    lines = csljson.dumps([record], ascii=ascii).strip()[1:-1].strip("\n").splitlines()
    return "\n".join(indent + line.removeprefix("  ") for line in lines)
