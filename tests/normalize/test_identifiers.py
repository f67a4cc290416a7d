import pytest

from notecite.normalize.base import Draft
from notecite.normalize.identifiers import Identifiers, clean_doi, clean_isbn, clean_url, isbn_is_valid


@pytest.mark.parametrize("text, expected", [("<https://www.marxists.org/archive/serge/>", "https://www.marxists.org/archive/serge/"),
                                            ("URL: http://example.org/a.", "http://example.org/a"), ("en ligne : https://gallica.bnf.fr/x", "https://gallica.bnf.fr/x"),
                                            ("<http://example.org/a>.", "http://example.org/a"), ("(http://example.org/a).", "http://example.org/a"),
                                            ("available online at <http://example.org/a/>.", "http://example.org/a/"),
                                            ("retrieved from https://example.org/b", "https://example.org/b"),
                                            ("http://example.org/p/1 and", "http://example.org/p/1")])
def test_url(text, expected):
    assert clean_url(text) == expected


@pytest.mark.parametrize("text", ["doi:10.1017/S0037677900123456", "https://doi.org/10.1017/S0037677900123456", "DOI 10.1017/S0037677900123456."])
def test_doi(text):
    assert clean_doi(text) == "10.1017/S0037677900123456"


def test_isbn():
    assert clean_isbn("ISBN 0-306-40615-2") == "0-306-40615-2"
    assert clean_isbn("ISBN-13: 978-0-306-40615-7") == "978-0-306-40615-7"
    assert isbn_is_valid("0-306-40615-2") and isbn_is_valid("978-0-306-40615-7") and isbn_is_valid("0-8044-2X99-X") is False
    assert not isbn_is_valid("0-306-40615-3")


def test_normalizer_flags_bad_isbn_and_keeps_it():
    draft = Draft(fields=[("isbn", "ISBN 0-306-40615-3"), ("doi", "doi:10.1/x"), ("url", "<http://a.org>")])
    Identifiers()(draft)
    assert draft.record == {"ISBN": "0-306-40615-3", "DOI": "10.1/x", "URL": "http://a.org"}
    assert draft.flags[0]["field"] == "ISBN"


def test_a_web_address_read_as_a_doi_is_the_url_and_a_doi_stays_a_doi():
    from notecite.normalize.base import Draft
    from notecite.normalize.identifiers import Identifiers

    draft = Draft(fields=[("doi", "<https://www.marxists.org/archive/trotsky/1938/tp/index.htm>.")])
    Identifiers()(draft)
    assert draft.record == {"URL": "https://www.marxists.org/archive/trotsky/1938/tp/index.htm"}
    for text in ("https://doi.org/10.1017/S0018246X00012345", "doi:10.1017/S0018246X00012345"):
        draft = Draft(fields=[("doi", text)])
        Identifiers()(draft)
        assert draft.record == {"DOI": "10.1017/S0018246X00012345"}, text


def test_a_doi_resolvers_address_read_as_a_url_is_the_doi():
    for text in ("https://doi.org/10.1080/0023656X.2012.679403", "http://dx.doi.org/10.1080/0023656X.2012.679403."):
        draft = Draft(fields=[("url", text)])
        Identifiers()(draft)
        assert draft.record == {"DOI": "10.1080/0023656X.2012.679403"}, text
    draft = Draft(fields=[("url", "https://doi.org/help")])  # the resolver's own pages: a web page
    Identifiers()(draft)
    assert draft.record == {"URL": "https://doi.org/help"}
