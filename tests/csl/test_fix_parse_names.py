"""fix_parse_names: particles inside family/given names are read as particles."""
from __future__ import annotations

import pytest

from notecite.csl.fix_parse_names import adapt_record, parse_name


@pytest.mark.parametrize("name, expected", [
    ({"family": "van Gogh", "given": "Vincent"}, {"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"}),
    ({"family": "Humboldt", "given": "Alexander von"}, {"family": "Humboldt", "given": "Alexander", "dropping-particle": "von"}),
    ({"family": "Van Dyke", "given": "Dick"}, {"family": "Van Dyke", "given": "Dick"}),
    ({"family": "van Gogh", "given": "V", "parse-names": False}, {"family": "van Gogh", "given": "V", "parse-names": False}),
    ({"literal": "van Gogh Museum"}, {"literal": "van Gogh Museum"}),
    ({"family": "al-One", "given": "Alan"}, {"family": "One", "given": "Alan", "non-dropping-particle": "al-"}),
    ({"family": "in 't Horvath", "given": "P"}, {"family": "Horvath", "given": "P", "non-dropping-particle": "in \u2019t"}),
    ({"family": "de' Frinkle", "given": "B"}, {"family": "Frinkle", "given": "B", "non-dropping-particle": "de\u2019 "}),
    ({"family": "Aubignac", "given": "François Hédelin d'"},
     {"family": "Aubignac", "given": "François Hédelin", "dropping-particle": "d\u2019"}),
    ({"family": '"van Dyke"', "given": "Dick"}, {"family": "van Dyke", "given": "Dick"}),
    ({"family": "Doe", "given": "John,! Jr."}, {"family": "Doe", "given": "John", "suffix": "Jr.", "comma-suffix": True}),
    ({"family": "Smith-Jones", "given": "Ann"}, {"family": "Smith-Jones", "given": "Ann"}),
    ({"family": "van Gogh"}, {"family": "van Gogh"}),
    ({"family": "Doe", "given": "<b data-f>John</b>-Quiggly"}, {"family": "Doe", "given": "<b data-f>John</b>-Quiggly"}),  # no given name: left whole, as citeproc-js does
])
def test_parse_name(name, expected):
    assert parse_name(name) == expected


def test_sorts_under_the_family_name():
    from notecite.csl.render import render_bibliography

    records = [{"id": "g", "type": "book", "title": "Letters", "author": [{"family": "van Gogh", "given": "Vincent"}]},
               {"id": "h", "type": "book", "title": "Cosmos", "author": [{"family": "Humboldt", "given": "Alexander"}]}]
    entries = render_bibliography(records, "chicago-notes-bibliography")
    assert entries[0].startswith("Gogh, Vincent van") and record_unchanged(records)


def record_unchanged(records):
    return records[0]["author"][0]["family"] == "van Gogh" and adapt_record(records[0]) is not records[0]
