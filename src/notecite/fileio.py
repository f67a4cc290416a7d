"""Atomic file writing: a file is either fully written or left as it was."""
from __future__ import annotations

import os

from .output_set import OutputSet


def write_atomically(path: str | os.PathLike, text: str | bytes, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and a rename.

    On any error the temporary file is removed and ``path`` is untouched; write errors raise
    :class:`~notecite.errors.OutputError` naming the path and the reason.
    """
    with OutputSet() as outputs:
        outputs.add(path, text, encoding)
        outputs.commit()
