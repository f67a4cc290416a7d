"""Markdown inline markup to plain text, keeping where the text was in italics."""
from __future__ import annotations

import re

from .model import Span

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>~^|\"'])")
_CODE = re.compile(r"(`+)(.+?)\1", re.S)
_LINK = re.compile(r"!?\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]+|[^>\s@]+@[^>\s@]+)>")
_EMPHASIS = re.compile(
    r"(?P<d>\*{1,3})(?=\S)(?P<t>.+?)(?<=\S)(?P=d)(?!\*)"
    r"|(?<![\w])(?P<u>_{1,3})(?=\S)(?P<v>.+?)(?<=\S)(?P=u)(?![\w])",
    re.S,
)
_BASE = 0xF0000  # private-use plane for escaped characters


def _protect(match: re.Match[str]) -> str:
    return chr(_BASE + ord(match.group(1)))


def _restore(text: str) -> str:
    return "".join(chr(ord(c) - _BASE) if ord(c) >= _BASE else c for c in text)


def _link(match: re.Match[str]) -> str:
    label, url = match.group(1), match.group(2)
    if not label or label == url:
        return url
    return f"{label} ({url})"


def _emphasis(text: str) -> tuple[str, list[Span]]:
    out: list[str] = []
    spans: list[Span] = []
    length = 0
    pos = 0
    for m in _EMPHASIS.finditer(text):
        before = text[pos : m.start()]
        out.append(before)
        length += len(before)
        delim = m.group("d") or m.group("u")
        inner, inner_spans = _emphasis(m.group("t") if m.group("d") else m.group("v"))
        spans.extend((a + length, b + length) for a, b in inner_spans)
        if len(delim) in (1, 3):
            spans.append((length, length + len(inner)))
        out.append(inner)
        length += len(inner)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), _merge(spans)


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def to_plain(markdown: str) -> tuple[str, list[Span]]:
    """Plain text of a Markdown inline fragment and the (start, end) spans shown in italics."""
    text = _ESCAPE.sub(_protect, markdown)
    text = _CODE.sub(lambda m: "".join(chr(_BASE + ord(c)) for c in m.group(2).strip()), text)
    text = _LINK.sub(_link, text)
    text = _AUTOLINK.sub(lambda m: m.group(1), text)
    text = text.replace("---", "\u2014").replace("--", "\u2013")  # pandoc's smart dashes
    plain, spans = _emphasis(text)
    return _restore(plain), spans
