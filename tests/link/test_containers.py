from notecite.link.containers import pinpoints_through_containers
from notecite.link.model import NoteCite


def _cites(text: str, *parts: tuple[str, str, str | None]) -> list[NoteCite]:
    """Cites of ``text``: (prefix, cited text, pinpoint) in order."""
    cites, at = [], 0
    for prefix, cited, pinpoint in parts:
        start = text.index(cited, at)
        at = start + len(cited)
        locator = {"label": "page", "value": pinpoint, "raw": pinpoint} if pinpoint else None
        cites.append(NoteCite("d", 1, "full", {"title": cited}, locator=locator, prefix=prefix, text=cited,
                              start=start, end=at))
    return cites


def test_the_page_after_the_container_is_the_pinpoint_of_the_work_in_it():
    text = "Lettre du P. Roubaud, 21 Oct. 1757, in Lettres Edifiantes, VI. 189 (1810)."
    cites = _cites(text, ("", "Lettre du P. Roubaud, 21 Oct. 1757", None), ("in", "Lettres Edifiantes, VI. 189", "VI. 189"))
    work, container = pinpoints_through_containers(text, cites)
    assert work.locator == {"label": "page", "value": "VI. 189", "raw": "VI. 189"}
    assert container.locator["value"] == "VI. 189"
    assert work.locator is not container.locator


def test_a_closing_bracket_or_quote_may_stand_before_in():
    text = "A. Lunacharsky, “Synopsis” (1933) in The Film Factory, ed. R. Taylor (London, 1994), 327."
    cites = _cites(text, ("", "A. Lunacharsky, “Synopsis” (1933", None),
                   ("in", "The Film Factory, ed. R. Taylor (London, 1994), 327", "327"))
    assert pinpoints_through_containers(text, cites)[0].locator["value"] == "327"


def test_a_work_with_its_own_pinpoint_keeps_it():
    text = "Smith, History, 12, in Jones, Papers, 40."
    cites = _cites(text, ("", "Smith, History, 12", "12"), ("in", "Jones, Papers, 40", "40"))
    assert pinpoints_through_containers(text, cites)[0].locator["value"] == "12"


def test_a_list_of_works_each_in_its_place_shares_no_pinpoint():
    text = "Booth, Life and Labour, vol. i; in Potter, “Pages” (Nineteenth Century, 1888, p. 310)."
    cites = _cites(text, ("", "Booth, Life and Labour, vol. i", None), ("in", "Potter, “Pages” (Nineteenth Century, 1888, p. 310", "310"))
    assert pinpoints_through_containers(text, cites)[0].locator is None


def test_only_a_plain_in_makes_a_container():
    text = "Smith to Jones, 1937, quoted in Brown, Letters, 45."
    cites = _cites(text, ("", "Smith to Jones, 1937", None), ("quoted in", "Brown, Letters, 45", "45"))
    assert pinpoints_through_containers(text, cites)[0].locator is None
