"""Software releases: a package's release written after its name (``“tokenizers: …”. R Package, Version 0.1.4.``).

The release is no part of the title, publisher or place the parser read it into: it becomes the record's
``version`` (CSL's variable for a release), the words naming the package's kind are dropped and the record is
``software``. A release written inside the title's quotation marks (``"readxl: Read Excel Files. R package
version 1.3.1"``) is the title as printed and stays (the type is still inferred, :mod:`notecite.normalize.types`).
"""
from __future__ import annotations

import re

from ..textscan import may_hold
from .base import Draft

#: A package's kind and release ending a field (``R Package, Version 0.1.4``, ``Python package version 2.1``), perhaps after
#: a quotation's closing mark (``”. R Package, Version 1.0.``).
_RELEASE = re.compile(r"(?:^|(?<=[”\"’])\s*[.,]?\s*|[.,]\s+)(?:R|Python|Perl|Julia|npm)\s+[Pp]ackage,?\s+[Vv]ersion\s+"
                      r"(?P<version>v?\d[\w.-]*?)\.?\s*$")
#: The labels a release may be read into.
_FIELDS = ("title", "publisher", "location", "note", "container-title")


class SoftwareRelease:
    """A release ending a title, publisher, place or note field → ``version`` and the ``software`` type."""

    name = "software"
    reads = frozenset(_FIELDS)
    writes = frozenset({"version", "type"})

    def __call__(self, draft: Draft) -> None:
        if not any(lab in _FIELDS and may_hold(text, ("ackage",)) for lab, text in draft.fields):
            return
        fields = []
        for label, text in draft.fields:
            release = _RELEASE.search(text) if label in _FIELDS and "ackage" in text else None
            if release is None or label == "title" and not text[:release.start()].rstrip(" .,").endswith(("”", '"', "’")):
                fields.append((label, text))  # (in a title, only after its quotation: inside it, the title as printed)
                continue
            draft.record.setdefault("version", release["version"].lstrip("v"))
            draft.record["type"] = "software"
            rest = text[:release.start()].rstrip(" .,")
            if rest:
                fields.append((label, rest))
        draft.fields = fields
