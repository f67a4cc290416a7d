"""Build plain text from marked-up pieces, keeping italic spans and marker offsets through
whitespace normalization (used by the HTML and DOCX readers), and rejoin words broken across lines (plain text)."""
from __future__ import annotations

import re

from .model import Span

_WS = re.compile(r"\s+")


class TextBuilder:
    """Collects text, block breaks, italic spans and markers; :meth:`finish` normalizes whitespace."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._italics: list[Span] = []
        self._marks: list[tuple[int, int]] = []  # (number, raw offset)

    def add(self, text: str, italic: bool = False) -> None:
        """Append inline ``text`` (its own newlines count as spaces)."""
        if not text:
            return
        text = text.replace("\n", " ").replace("\r", " ")
        if italic and text.strip():
            self._italics.append((self._length, self._length + len(text)))
        self._parts.append(text)
        self._length += len(text)

    def br(self) -> None:
        """Append a line/block break."""
        self._parts.append("\n")
        self._length += 1

    def marker(self, number: int, label: str) -> None:
        """Append a note marker written ``label`` and remember it calls note ``number``."""
        self._marks.append((number, self._length))
        self.add(label)

    def finish(self) -> tuple[str, list[Span], list[tuple[int, int]]]:
        """(text, italic spans, [(number, offset)]): runs of spaces become one, breaks one newline, ends stripped."""
        raw = "".join(self._parts)
        out: list[str] = []
        mapping = [0] * (len(raw) + 1)
        pos = 0
        n = 0
        for m in _WS.finditer(raw):
            for i in range(pos, m.start()):
                mapping[i] = n
                out.append(raw[i])
                n += 1
            sep = "\n" if "\n" in m.group(0) else " "
            at_start = n == 0
            for i in range(m.start(), m.end()):
                mapping[i] = n
            if not at_start:
                out.append(sep)
                n += 1
            pos = m.end()
        for i in range(pos, len(raw)):
            mapping[i] = n
            out.append(raw[i])
            n += 1
        mapping[len(raw)] = n
        text = "".join(out)
        stripped = text.rstrip()
        end = len(stripped)
        clamp = lambda x: min(x, end)  # noqa: E731
        italics = []
        for a, b in self._italics:
            na, nb = clamp(mapping[a]), clamp(mapping[b])
            while na < nb and stripped[na].isspace():
                na += 1
            while nb > na and stripped[nb - 1].isspace():
                nb -= 1
            if nb > na:
                italics.append((na, nb))
        merged: list[Span] = []
        for a, b in sorted(italics):
            if merged and a <= merged[-1][1] + 1 and not stripped[merged[-1][1]:a].strip():
                merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
            else:
                merged.append((a, b))
        marks = [(num, clamp(mapping[off])) for num, off in self._marks]
        return stripped, merged, marks


_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-\n(?=[a-z\u00df-\u00ff])")


def join_broken_words(text: str) -> str:
    """``text`` with each word hyphenated across a line end rejoined ("Univer-\\nsity" -> "University").

    Only a hyphen between a letter and a lower-case letter opening the next line goes; other line
    ends stay as they are.
    """
    return _BROKEN_WORD.sub("", text) if "-\n" in text else text
