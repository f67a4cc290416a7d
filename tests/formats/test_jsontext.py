"""JSON text as json.dumps(..., indent=2) writes it, byte for byte."""
from __future__ import annotations

import json
from enum import IntEnum

import pytest

from notecite.formats.jsontext import dumps


class Level(IntEnum):
    LOW = 1


class Word(str):
    pass


SAMPLES = [
    [],
    {},
    "Serge",
    [{"id": "serge1987memoirs", "type": "book", "author": [{"family": "Serge", "given": "Victor"}],
      "issued": {"date-parts": [[1987]]}, "title": "Mémoires d’un révolutionnaire \"1901–1941\"\n\t\u2028",
      "empty": [], "nothing": {}, "flags": [True, False, None], "numbers": [0, -3, 2.5, 1e100, 10 ** 30, Level.LOW]}],
    {"documents": [{"document": "a.txt", "notes": [{"note": 1, "cites": [{"id": "x", "confidence": 0.85}]}]}]},
    ("a", ("b", [])),
    {"nested": [[[[]]]], "emoji": "📚", "control": "\x00\x1f\x7f"},
    {"strings": ["a", Word("b\n"), "", "c"], "word": Word("d"), "mixed": ["e", 1, None, {"f": "g"}, ["h"]]},
]


@pytest.mark.parametrize("value", SAMPLES)
@pytest.mark.parametrize("ascii", [False, True])
def test_the_text_is_json_dumps_with_an_indent_of_two(value, ascii):
    assert dumps(value, ascii=ascii) == json.dumps(value, ensure_ascii=ascii, indent=2)


@pytest.mark.parametrize("value", [{1: "a", None: "b", True: "c", 2.5: "d"}, [float("nan"), float("inf"), -float("inf")]])
def test_what_json_writes_its_own_way_is_left_to_it(value):
    assert dumps(value) == json.dumps(value, indent=2)


def test_what_json_refuses_is_refused_the_same_way():
    looped: list = []
    looped.append(looped)
    with pytest.raises(ValueError, match="Circular"):
        dumps(looped)
    with pytest.raises(TypeError, match="not JSON serializable"):
        dumps({"when": object()})
    shared = ["x"]
    assert dumps([shared, shared]) == json.dumps([shared, shared], indent=2)  # twice is no loop
