"""An author's title, then after "in" or "des" the periodical or collection it appeared in: one cite (link.containers)."""
from notecite.link.containers import titles_with_their_containers
from notecite.link.model import NoteCite


def _cite(text, part, record, kind="full", locator=None):
    start = text.index(part)
    loc = {"label": "page", "value": locator, "raw": locator} if locator else None
    return NoteCite(document="d", note=1, kind=kind, record=record, locator=loc, text=part, start=start, end=start + len(part))


def test_a_title_then_in_and_a_periodical_with_its_page_is_one_article():
    text = "Vgl. W. Sombart, Die Hausindustrie in Deutschland. In Brauns Archiv für soziale Gesetzgebung 1891. Bd. IV, S. 113."
    piece = _cite(text, "W. Sombart, Die Hausindustrie in Deutschland", {"author": [{"family": "Sombart"}],
                  "title-short": "Die Hausindustrie in Deutschland", "type": "book"}, kind="short")
    host = _cite(text, "Archiv für soziale Gesetzgebung 1891. Bd. IV, S. 113", {
        "title": "Archiv für soziale Gesetzgebung", "container-title": "Archiv für soziale Gesetzgebung",
        "issued": {"date-parts": [[1891]]}, "type": "article-journal"}, locator="113")
    [cite] = titles_with_their_containers(text, [piece, host])
    assert cite.kind == "full" and cite.locator["value"] == "113" and cite.end == host.end
    assert cite.record["title"] == "Die Hausindustrie in Deutschland"
    assert cite.record["container-title"] == "Archiv für soziale Gesetzgebung"
    assert cite.record["issued"] == {"date-parts": [[1891]]} and cite.record["type"] == "article-journal"


def test_a_volume_des_a_collection_is_a_chapter_and_a_full_stop_alone_is_no_link():
    text = "Pierstorff, Frauenarbeit und Frauenfrage. 3. Bd. des Handwörterbuchs der Staatswissenschaften. Jena 1892. S. 643."
    piece = _cite(text, "Pierstorff, Frauenarbeit und Frauenfrage. 3. Bd.", {"author": [{"family": "Pierstorff"}],
                  "title": "Frauenarbeit und Frauenfrage", "volume": "3", "type": "book"})
    host = _cite(text, "Handwörterbuchs der Staatswissenschaften. Jena 1892. S. 643", {
        "title": "Handwörterbuchs der Staatswissenschaften", "publisher-place": "Jena", "type": "book"}, locator="643")
    [cite] = titles_with_their_containers(text, [piece, host])
    assert cite.record["container-title"] == "Handwörterbuchs der Staatswissenschaften" and cite.record["type"] == "chapter"
    text = "Braddock's Instructions to Major-General Shirley. Correspondence of Shirley, 1755."
    piece = _cite(text, "Braddock's Instructions to Major-General Shirley", {"author": [{"family": "Braddock"}],
                  "title": "Instructions to Major-General Shirley", "type": "book"})
    host = _cite(text, "Correspondence of Shirley, 1755", {"title": "Correspondence of Shirley",
                 "issued": {"date-parts": [[1755]]}, "type": "book"})
    assert titles_with_their_containers(text, [piece, host]) == [piece, host]
