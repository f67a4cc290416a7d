"""Read AnyStyle's annotated references (``<dataset><sequence><label>text</label>…``) as Examples."""
from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ...errors import InputError
from . import Example
from .sources import anystyle_folder

#: AnyStyle's labels mapped to ours (labels not listed keep their name).
LABEL_MAP = {
    "journal": "container-title",
    "citation-number": "prose",
    "source": "note",
    "medium": "genre",
    "director": "author",
    "producer": "editor",
}

_SPACE = re.compile(r"\s+")


def read_dataset(path: str | os.PathLike) -> list[Example]:
    """The sequences of one AnyStyle XML file, in file order, whitespace inside fields collapsed."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        raise InputError(str(path), f"cannot read AnyStyle dataset: {error}") from error
    examples = []
    name = Path(path).stem
    for number, sequence in enumerate(root.iter("sequence")):
        text, spans = "", []
        for element in sequence:
            piece = _SPACE.sub(" ", element.text or "").strip()
            if not piece:
                continue
            if text:
                text += " "
            label = LABEL_MAP.get(element.tag, element.tag)
            spans.append((len(text), len(text) + len(piece), label))
            text += piece
        if text:
            examples.append(Example(text, tuple(spans), f"anystyle:{name}:{number}"))
    return examples


def training_and_gold(folder: str | os.PathLike | None = None) -> tuple[list[Example], list[Example]]:
    """AnyStyle's training sequences (all files but gold, minus any text found in gold) and gold,
    read from ``folder`` (default: :func:`~.sources.anystyle_folder`)."""
    folder = Path(folder) if folder else anystyle_folder()
    gold = read_dataset(folder / "gold.xml")
    gold_texts = {e.text for e in gold}
    train = []
    for path in sorted(folder.glob("*.xml")):
        if path.name == "gold.xml":
            continue
        train += [e for e in read_dataset(path) if e.text not in gold_texts]
    return train, gold
