"""Corrected notes as training data, in the format of ``data/annotated/*.xml``.

A note is exported when a correction changed its labels (relabel, not a citation): its tokens'
tags after the shipped (or chosen) model, the exact rules and the corrections, written as
``<note>prose <author>…</author>, <title>…</title> …</note>``. Reading the file back with
:func:`notecite.parse.training.annotated.read_notes` gives the same labelled spans.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence
from xml.sax.saxutils import escape

from ..document import read_document
from ..errors import InputError
from ..fileio import write_atomically
from ..parse import label_note
from ..parse.layouts import layout_labels
from ..parse.tagger import default_tagger
from ..parse.training.pipeline import field_spans
from .apply import note_overrides
from .corrections import load


def note_xml(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """One ``<note>`` element: ``text`` with each (start, end, label) span as an element."""
    out, position = [], 0
    for start, end, label in sorted(spans):
        out.append(escape(text[position:start]))
        out.append(f"<{label}>{escape(text[start:end])}</{label}>")
        position = end
    out.append(escape(text[position:]))
    return "<note>" + "".join(out) + "</note>"


def corrected_notes(path: str | os.PathLike, model: str | None = None) -> list[str]:
    """The ``<note>`` elements of the notes of ``path`` whose labels were corrected."""
    document = read_document(path)
    overrides = note_overrides(load(path), ((n.number, n.text) for n in document.notes))
    tagger = default_tagger(model)
    layout = layout_labels([n.text for n in document.notes])  # what the reviewer saw under the corrections
    notes = []
    for note, laid_out in zip(document.notes, layout):
        labels = overrides.labels.get(note.number)
        if not labels:
            continue
        tokens, tags, _ = label_note(note.text, note.italic_spans, tagger, [*laid_out, *labels])
        notes.append(note_xml(note.text, sorted(field_spans(note.text, tokens, tags))))
    return notes


def export_training(paths: Sequence[str | os.PathLike], out: str | os.PathLike, model: str | None = None) -> int:
    """Write the corrected notes of ``paths`` to ``out`` (atomically); returns how many."""
    notes = [xml for path in paths for xml in corrected_notes(path, model)]
    sources = ", ".join(Path(p).name for p in paths)
    body = "\n".join(notes)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f"<!-- Notes corrected with `notecite review` ({escape(sources).replace('--', '- -')}). "
            "Text outside elements is prose; element names are parser labels. -->\n"
            f"<notes>\n{body}{chr(10) if body else ''}</notes>\n")
    try:
        write_atomically(out, text)
    except OSError as error:
        raise InputError(str(out), f"cannot write: {error.strerror or error}") from error
    return len(notes)
