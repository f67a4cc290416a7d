"""A series' volumes named by their year stay apart (link.volumes)."""
from notecite.link.model import NoteCite
from notecite.link.volumes import volume_years_into_titles
from notecite.pipeline import extract


def _cite(text: str, record: dict, kind: str = "full", locator: str | None = "12") -> NoteCite:
    pinpoint = {"label": "page", "value": locator, "raw": locator} if locator else None
    return NoteCite(document="d", note=1, kind=kind, record=record, text=text, locator=pinpoint)


def _year(year: int) -> dict:
    return {"date-parts": [[year]]}


def test_a_title_cited_at_pages_of_two_years_takes_each_year_into_its_title():
    cites = [_cite("Foreign Relations, 1887, p. xv", {"type": "book", "title": "Foreign Relations", "issued": _year(1887)}),
             _cite("Foreign Relations 1871, pp. 97–111", {"title-short": "Foreign Relations", "issued": _year(1871)},
                   kind="short"),
             _cite("Low to Fish, January 10, 1871, in Foreign Relations, 1876, pp. 77–87",
                   {"type": "personal_communication", "author": [{"family": "Low"}], "recipient": [{"family": "Fish"}],
                    "container-title": "Foreign Relations", "note": "1876"})]
    volume, short, letter = volume_years_into_titles(cites)
    assert volume.record["title"] == "Foreign Relations, 1887" and "issued" not in volume.record
    assert short.record["title-short"] == "Foreign Relations 1871"  # as printed, without a comma
    assert letter.record["container-title"] == "Foreign Relations, 1876" and "note" not in letter.record


def test_a_year_stays_the_works_date_when_nothing_shows_a_series():
    alone = _cite("Dialogue between Two Friends, 1689, p. 4", {"title": "Dialogue between Two Friends", "issued": _year(1689)})
    authored = _cite("Smith, History, 1887, p. 3", {"title": "History", "author": [{"family": "Smith"}], "issued": _year(1887)})
    authored2 = _cite("Smith, History, 1890, p. 3", {"title": "History", "author": [{"family": "Smith"}], "issued": _year(1890)})
    whole = _cite("Annual Register, 1787", {"title": "Annual Register", "issued": _year(1787)}, locator=None)
    whole2 = _cite("Annual Register, 1788", {"title": "Annual Register", "issued": _year(1788)}, locator=None)
    cites = [alone, authored, authored2, whole, whole2]
    assert volume_years_into_titles(cites) == cites  # one year; an author; no pinpoint


def test_short_forms_of_one_volume_do_not_land_on_another(tmp_path):
    doc = tmp_path / "notes.txt"
    notes = ["Foreign Relations, 1887, p. xv.", "Foreign Relations, 1871, pp. 97–111.", "Foreign Relations, 1887, p. 3.",
             "Low to Fish, January 10, 1871, in Foreign Relations, 1871, pp. 77–87."]
    doc.write_text("Title\n\nBody text.\n\nNotes\n\n" + "".join(f"{n}. {t}\n" for n, t in enumerate(notes, 1)),
                   encoding="utf-8")
    library = extract([doc])
    titled = {c.note: library[c.record_id].get("title") for c in library.citations
              if library[c.record_id].get("type") != "personal_communication"}
    assert titled == {1: "Foreign Relations, 1887", 2: "Foreign Relations, 1871", 3: "Foreign Relations, 1887",
                      4: "Foreign Relations, 1871"}


def test_years_opening_a_pinpoint_name_the_volume_whoever_made_the_series():
    title = "Cal. State Papers, Col. Ser., America and W. Indies"
    text = f"Sainsbury, {title}, 1574–1660, pp. 229, 271; 1661–68, §§ 61, 412"
    locator = "1574–1660, pp. 229, 271; 1661–68, §§ 61, 412"
    both = NoteCite(document="d", note=3, kind="short", text=text, start=10, end=10 + len(text),
                    record={"author": [{"family": "Sainsbury"}], "title-short": title},
                    locator={"label": "page", "value": locator, "raw": locator})
    one = _cite(f"Sainsbury, {title}, 1669–74., § 408", {"author": [{"family": "Sainsbury"}], "title": title},
                locator="1669–74., § 408")
    first, second, third = volume_years_into_titles([both, one])
    assert [c.record.get("title-short") or c.record["title"] for c in (first, second, third)] == \
        [f"{title}, 1574–1660", f"{title}, 1661–1668", f"{title}, 1669–1674"]
    assert [c.locator["raw"] for c in (first, second, third)] == ["pp. 229, 271", "§§ 61, 412", "§ 408"]
    assert first.start == 10 and first.text.endswith("pp. 229, 271") and second.text == "1661–68, §§ 61, 412"
    assert second.end == both.end and first.end == second.start - 2
    lone = _cite(f"Sainsbury, {title}, 1574–1660, p. 135", {"title": title}, locator="1574–1660, p. 135")
    assert volume_years_into_titles([lone]) == [lone]  # one volume only: nothing shows a series


def test_titles_alike_but_for_their_years_name_two_volumes():
    from notecite.link.resolve import years_apart

    assert years_apart("Cal. State Papers, 1574–1660", "Cal. State Papers, 1661–1668")
    assert years_apart("Foreign Relations, 1887", "Foreign Relations 1871")
    assert not years_apart("Foreign Relations, 1887", "Foreign Relations 1887")
    assert not years_apart("Kronstadt 1921", "Kronstadt")  # a title and its short form
    assert not years_apart("The Year 1848 in Paris", "The Year 1849 in Berlin")  # other words too
    assert years_apart("Foreign Relations 1868", "Foreign Relations, 1961–1963, vol. VI, Kennedy-Khrushchev Exchanges")
    assert not years_apart("Foreign Relations, 1961–1963, vol. VI, Exchanges", "Foreign Relations 1868")  # more words


def test_the_season_a_serials_volume_covers_stays_in_the_pinpoint():
    title = "British and Foreign State Papers"
    cites = [_cite(f"{title}, 1819–20, pp. 375–9", {"title": title}, locator="1819–20, pp. 375–9"),
             _cite(f"{title}, 1820–21, pp. 397–400", {"title": title}, locator="1820–21, pp. 397–400")]
    assert volume_years_into_titles(cites) == cites
