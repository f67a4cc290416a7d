"""Sentences ending on a pinpoint tagged alone where the model is surer of them alone (parse.sentence_parts)."""
from notecite.parse import parse_note
from notecite.parse.sentence_parts import sentence_starts, tag_by_sentences
from notecite.parse.tagger import default_tagger
from notecite.parse.tokenize import tokenize


def _authors_titles_pinpoints(text):
    return [(dict(c.fields).get("author"), dict(c.fields).get("title"), c.locator) for c in parse_note(text)]


def test_a_sentence_opens_after_a_full_stop_ending_on_a_number_before_a_capital():
    text = "Ovide, Fast., II, 639. Plutarque, Numa, 16. and 1887. the end"
    assert sentence_starts(text) == [text.index("Plutarque")]
    assert sentence_starts("Smith, Title, p. 4; Jones, Other, 7.") == []


def test_each_classical_cite_of_author_title_and_pinpoint_is_read_as_a_cite_of_its_own():
    assert _authors_titles_pinpoints("Ovide, Fast., II, 639. Plutarque, Numa, 16.") == \
        [("Ovide", "Fast", "II, 639"), ("Plutarque", "Numa", "16")]
    assert _authors_titles_pinpoints("Hume, Essays, I, 52. Steuart, Principles, II, 7.") == \
        [("Hume", "Essays", "I, 52"), ("Steuart", "Principles", "II, 7")]


def test_a_last_sentence_not_ending_on_a_number_keeps_the_notes_tags():
    tagger = default_tagger()
    text = "Hunter, Socialists at Work, p. 117. Italics mine."
    tokens = tokenize(text)
    assert tag_by_sentences(text, tokens, (), tagger)[0] == list(tagger.tag_tokens(text, tokens)[0])


def test_a_note_of_one_sentence_is_tagged_as_the_model_tags_it():
    tagger = default_tagger()
    text = "Victor Serge, Memoirs of a Revolutionary (London, 1963), 67."
    tokens = tokenize(text)
    tags, probs = tag_by_sentences(text, tokens, (), tagger)
    want_tags, want_probs = tagger.tag_tokens(text, tokens)
    assert (tags, probs) == (list(want_tags), list(want_probs))


def test_a_sentence_the_note_read_as_an_imprint_after_a_pinpoint_is_a_cite_of_its_own():
    # the whole note reads "Blount's Glossographia," as a publisher carried on from the statute before it
    assert _authors_titles_pinpoints("13 and 14 Car. II. c. 3; 15 Car. II. c. 4. Blount's Glossographia, 1656.")[-1][:2] == \
        ("Blount's", "Glossographia")


def test_an_imprint_after_a_title_ending_on_years_stays_the_titles():
    [cite] = parse_note("Lind, Mary. Wayward Girls: Policing Youth in Ohio, 1885–1920. Chapel Hill: University of North "
                        "Carolina Press, 1995.")
    assert dict(cite.fields).get("publisher") == "University of North Carolina Press"
    assert dict(cite.fields).get("location") == "Chapel Hill"
