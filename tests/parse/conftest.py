import os
from pathlib import Path

import pytest

from notecite.parse.cites import assemble
from notecite.parse.labels import tag_spans, token_tags
from notecite.parse.rules import apply_rules
from notecite.parse.tokenize import tokenize

REPO = Path(__file__).resolve().parents[2]


def shared_root() -> Path:
    return Path(os.environ.get("NOTECITE_SHARED") or REPO / ".." / "shared")


def example_notes(path: Path) -> list[str]:
    """The notes of a web-copied article: lines after "Footnotes" starting "back to text - " or "- "."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = lines.index("Footnotes") + 1
    notes = []
    for line in lines[start:]:
        for lead in ("back to text - ", "- "):
            if line.startswith(lead):
                notes.append(line[len(lead):])
                break
    return notes


def spans_of(text: str, pairs) -> list[tuple[int, int, str]]:
    """(start, end, label) spans of (piece, label) pairs found in ``text`` left to right."""
    out, pos = [], 0
    for piece, label in pairs:
        start = text.index(piece, pos)
        out.append((start, start + len(piece), label))
        pos = start + len(piece)
    return out


def tagged(text: str, pairs):
    """The tokens of ``text`` and their tags from (piece, label) pairs (:func:`spans_of`), the rest prose."""
    tokens = tokenize(text)
    return tokens, token_tags(tokens, spans_of(text, pairs))


def rule_runs(rule, text: str, pairs) -> tuple[list[tuple[str, str]], bool]:
    """(:func:`run_texts` of ``rule``'s tags, whether it left them unchanged) for ``text`` tagged by ``pairs``."""
    tokens, tags = tagged(text, pairs)
    out = rule(text, tokens, tags)
    return run_texts(text, tokens, out), out == tags


def changed_by(rule, cases) -> list[str]:
    """The texts of ``cases`` ((text, pairs) as :func:`rule_runs` takes them) whose tags ``rule`` changes."""
    return [text for text, pairs in cases if not rule_runs(rule, text, pairs)[1]]


def run_texts(text: str, tokens, tags) -> list[tuple[str, str]]:
    """(text, label) of each run of ``tags`` over ``tokens`` of ``text``, in order (prose left out)."""
    return [(text[tokens[first].start:tokens[last - 1].end], label) for first, last, label in tag_spans(tokens, tags)]


def assemble_spans(text: str, spans):
    """The cites of ``text`` tagged by ``spans``, after the tag rules (no model involved)."""
    tokens = tokenize(text)
    return assemble(text, tokens, apply_rules(text, tokens, token_tags(tokens, spans)), [1.0] * len(tokens))


@pytest.fixture(scope="session")
def weissman_notes() -> list[str]:
    path = shared_root() / "examples" / "weissman-1988-victor-serges-world-and-ours.txt"
    if not path.exists():
        pytest.skip(f"shared example not found at {path}")
    return example_notes(path)
