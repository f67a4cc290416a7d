"""The shipped model on the full references, short forms and mentions of the example article."""
import pytest

from notecite.parse import parse_note
from notecite.parse.tagger import MODEL_PATH

pytestmark = pytest.mark.skipif(not MODEL_PATH.exists(), reason="model not built (notecite train)")


def _find(cites, **want):
    for cite in cites:
        if all(cite.get(k.replace("_", "-")) == v for k, v in want.items() if k != "locator") \
                and ("locator" not in want or cite.locator == want["locator"]):
            return cite
    return None


FULL = [
    (0, dict(author="Victor Serge", title="Memoirs of a Revolutionary", location="London & New York",
             publisher="Writers & Readers", date="1987", locator="67")),
    (10, dict(title="Year One of the Russian Revolution", author="Victor Serge", location="New York",
              publisher="Holt & Rhinehart", date="1973", locator="182-191")),
    (11, dict(author="Victor Serge", title="Portrait de Staline", location="Paris",
              publisher="Editions Bernard Grasset", date="1940", locator="57-8")),
    (15, dict(author="Donald Filtzer", title="Soviet Workers and Stalinist Industrialization", location="New York",
              publisher="M.E. Sharpe, Inc.", locator="18, 276n")),
    (8, dict(title="Trente Ans Apres La Revolution Russe", container_title="La Revolution Proletarienne",
             date="Nov. 1947")),
    (9, dict(title="Theses of the Left Communists (1918)", publisher="Critique", location="Glasgow", date="1977")),
]


def test_note_count(weissman_notes):
    assert len(weissman_notes) == 23


@pytest.mark.parametrize("index,want", FULL)
def test_full_references(weissman_notes, index, want):
    cites = parse_note(weissman_notes[index])
    found = _find(cites, **want)
    assert found is not None, [(c.kind, c.fields, c.locator) for c in cites]
    assert found.kind == "full"


@pytest.mark.parametrize("index,locator", [(1, "2-3"), (3, "71"), (17, "273")])
def test_short_forms(weissman_notes, index, locator):
    [cite] = parse_note(weissman_notes[index])
    assert cite.kind == "short"
    assert (cite.get("author"), cite.get("title"), cite.locator) == ("Serge", "Memoirs", locator)


@pytest.mark.parametrize("index,locator", [(14, "124-132"), (15, "177"),
                                           (12, "215-243")])
def test_short_forms_inside_longer_notes(weissman_notes, index, locator):
    cites = parse_note(weissman_notes[index])
    cite = _find(cites, title="Memoirs", locator=locator)
    assert cite is not None, [(c.kind, c.fields) for c in cites]
    assert cite.kind == "short"
    assert cite.get("author") in ("Serge", "Victor Serge")


def test_mention_with_locator(weissman_notes):
    cites = parse_note(weissman_notes[2])
    birth = _find(cites, title="Birth of Our Power", locator="199-208")
    assert birth is not None and birth.kind == "mention", [(c.kind, c.fields) for c in cites]


def test_mentions(weissman_notes):
    cites = parse_note(weissman_notes[2])
    memoirs = _find(cites, title="Memoirs", locator="63-66")
    birth = _find(cites, title="Birth of Our Power", locator="199-208")
    assert memoirs is not None and birth is not None, [(c.kind, c.fields) for c in cites]
    assert memoirs.kind == birth.kind == "mention"


@pytest.mark.parametrize("index", [5, 6, 7, 20, 22])
def test_prose_notes_have_no_cites(weissman_notes, index):
    assert parse_note(weissman_notes[index]) == [], weissman_notes[index]


@pytest.mark.parametrize("index,titles", [
    (4, ["Birth of Our Power", "Conquered City"]),
    (18, ["Vers L’Autre Flamme"]),
    (19, ["Mid&night in the Century"]),
])
def test_titles_mentioned_in_prose(weissman_notes, index, titles):
    cites = parse_note(weissman_notes[index])
    assert [c.get("title") for c in cites] == titles
    assert all(c.kind == "mention" for c in cites)
