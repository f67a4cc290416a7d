import pytest

from notecite.normalize.base import Draft, ends_with_abbreviation, squeeze, strip_brackets, strip_edge_punctuation


@pytest.mark.parametrize("text, expected", [("(Paris, Gallimard)", "Paris, Gallimard"), ("(Paris,", "Paris,"), ("Grasset)", "Grasset"),
                                            ("Theses (1918)", "Theses (1918)"), ("[[1940]]", "1940"), ("(a) and (b)", "(a) and (b)")])
def test_strip_brackets(text, expected):
    assert strip_brackets(text) == expected


@pytest.mark.parametrize("text, expected", [("Verso,", "Verso"), ("M.E. Sharpe, Inc.", "M.E. Sharpe, Inc."), ("London.", "London"),
                                            ("Wait...", "Wait..."), (": Verso ;", "Verso"), ("U.S.A.", "U.S.A.")])
def test_strip_edge_punctuation(text, expected):
    assert strip_edge_punctuation(text) == expected


def test_abbreviations():
    assert ends_with_abbreviation("Macmillan & Co.") and ends_with_abbreviation("V.")
    assert not ends_with_abbreviation("London.")


def test_draft_take_peek_has_note():
    draft = Draft(fields=[("title", "A"), ("date", "1"), ("title", "B")])
    assert draft.peek("title") == ["A", "B"]
    assert draft.take("title") == ["A", "B"] and draft.fields == [("date", "1")]
    assert draft.has("title") and not draft.has("url")
    draft.add_note("x")
    draft.add_note("y")
    draft.add_note("x")
    assert draft.record["note"] == "x; y"
    draft.flag("title", "A", "r")
    draft.flag("title", "A", "r")
    assert draft.flags == [{"field": "title", "text": "A", "reason": "r"}]


@pytest.mark.parametrize("text, squeezed", [
    ("  Victor\tSerge,\n\n Memoirs  ", "Victor Serge, Memoirs"),
    ("a\u00a0\u2009b\u3000c", "a b c"),  # no-break, thin and ideographic spaces are white space too
    ("\x1c a \x85", "a"),
    ("", ""),
])
def test_squeeze_collapses_every_kind_of_white_space_to_one_space(text, squeezed):
    assert squeeze(text) == squeezed


def test_take_removes_every_field_of_its_label_in_order_and_an_absent_label_takes_nothing():
    draft = Draft(fields=[("title", "A"), ("date", "1937"), ("title", "B")])
    assert draft.take("pages") == [] and draft.fields == [("title", "A"), ("date", "1937"), ("title", "B")]
    assert draft.take("title") == ["A", "B"] and draft.fields == [("date", "1937")]


def test_a_word_a_line_break_cut_is_joined_again_but_not_a_shared_or_capitalised_word():
    from notecite.normalize.base import broken_words_joined

    assert broken_words_joined("Memoirs of a Revolu- tionary") == "Memoirs of a Revolutionary"
    assert broken_words_joined("the ‘Respon- sibility to Protect’") == "the ‘Responsibility to Protect’"
    assert broken_words_joined("Oxford Univer-\nsity Press") == "Oxford University Press"
    for kept in ("pre- and post-war Europe", "Anglo- American relations", "working-class politics", "Trotsky - a life"):
        assert broken_words_joined(kept) == kept
