"""The shipped model on notes written for this test (not in any training file)."""
import pytest

from notecite.parse import parse_note, tag
from notecite.parse.tagger import MODEL_PATH

pytestmark = pytest.mark.skipif(not MODEL_PATH.exists(), reason="model not built (notecite train)")


def test_full_book_note():
    [cite] = parse_note("Eleanor Marsh, The Weavers of Lyon (Paris: Gallimard, 1962), 144.")
    assert cite.kind == "full"
    assert cite.get("author") == "Eleanor Marsh"
    assert cite.get("title") == "The Weavers of Lyon"
    assert cite.get("location") == "Paris" and cite.get("publisher") == "Gallimard"
    assert cite.get("date") == "1962" and cite.locator == "144"
    assert 0.5 < cite.confidence <= 1.0


def test_article_note():
    [cite] = parse_note("Tomas Berg, “The Dockers of Hamburg,” Labour History Review 12, no. 2 (1971): 33-41.")
    assert cite.kind == "full"
    assert cite.get("title") == "The Dockers of Hamburg"
    assert cite.get("container-title") == "Labour History Review"
    assert cite.get("date") == "1971"


def test_short_form_and_ibid():
    [short] = parse_note("Marsh, Weavers, 150-52.")
    assert (short.kind, short.get("author"), short.get("title"), short.locator) == ("short", "Marsh", "Weavers", "150-52")
    [ibid] = parse_note("Ibid., 153.")
    assert ibid.kind == "ibid" and ibid.locator == "153"
    [ebd] = parse_note("Ebd., S. 12.")
    assert ebd.kind == "ibid" and ebd.locator == "12"


def test_prefix_and_two_cites():
    cites = parse_note("See Eleanor Marsh, The Weavers of Lyon (Paris: Gallimard, 1962), 144; "
                       "and Paul Dubois, La Grève de 1834 (Lyon: Presses universitaires de Lyon, 1980), 12.")
    assert len(cites) == 2
    assert cites[0].prefix == "See"
    assert cites[1].get("author") == "Paul Dubois" and cites[1].get("date") == "1980"


def test_prose_note_has_no_cite():
    assert parse_note("The strike ended after three weeks, when the prefect sent in the army.") == []


def test_tag_returns_every_token():
    pairs = tag("Ibid., 4.")
    assert [t.text for t, _ in pairs] == ["Ibid", ".", ",", "4", "."]
    assert pairs[0][1] == "B-ibid"


def test_the_model_learns_plain_labels_and_the_tagger_reads_runs_as_fields():
    from notecite.parse.model import model_label, tags_of_labels

    assert [model_label(t) for t in ["B-title", "I-title", "prose", "B-publisher", "I-publisher", "B-date", "B-ibid"]] == \
        ["B-title", "I-title", "prose", "publisher", "publisher", "B-date", "B-ibid"]
    labels = ["B-author", "I-author", "prose", "B-title", "I-title", "publisher", "publisher", "prose", "volume", "B-ibid"]
    assert tags_of_labels(labels) == ["B-author", "I-author", "prose", "B-title", "I-title", "B-publisher", "I-publisher",
                                      "prose", "B-volume", "B-ibid"]
    assert tags_of_labels(["volume", "volume", "pages"]) == ["B-volume", "I-volume", "B-pages"]
    bio = ["B-pages", "I-pages", "B-pages", "prose"]  # a model trained with B-/I- tags for every label: read as it says
    assert tags_of_labels(bio) == bio
    assert tags_of_labels([model_label(t) for t in bio]) == ["B-pages", "I-pages", "I-pages", "prose"]


def test_author_opening_on_a_given_name_of_the_derived_list():
    [cite] = parse_note("Umberto Eco, Come si fa una tesi di laurea (Milano: Bompiani, 1977), 23.")
    assert cite.get("author") == "Umberto Eco"
    assert cite.get("title") == "Come si fa una tesi di laurea"


def test_german_quotation_marks_are_read_as_english_ones_offsets_kept():
    from notecite.parse import quotes_read_as_english

    text = "Vgl. »Deutsches Museum«, 1857; Engels „Savoyen, Nizza und der Rhein“ und „Po und Rhein”."
    seen = quotes_read_as_english(text)
    assert seen == "Vgl. “Deutsches Museum”, 1857; Engels “Savoyen, Nizza und der Rhein” und “Po und Rhein”."
    assert len(seen) == len(text)
    assert quotes_read_as_english("a » stray mark") == "a » stray mark"  # no pair: left as written
    wrapped = "Wuttke, »Der deutsche\nVolksaberglaube der Gegenwart« und »Zwei\n\nAbsätze«."  # a wrapped line, not a blank one
    assert quotes_read_as_english(wrapped) == "Wuttke, “Der deutsche\nVolksaberglaube der Gegenwart” und »Zwei\n\nAbsätze«."


def test_a_german_genitive_a_work_noun_and_a_bracket_in_a_periodical():
    text = ("Das Nachfolgende wird nach Huffschmids Aufsatz »Zur Criminalstatistik des Odenwalds« "
            "(in der »Zeitschr. für deutsche Kulturgesch.« 1878, S. 423-433) mitgetheilt.")
    [cite] = parse_note(text)
    assert cite.get("author") == "Huffschmids" and cite.get("title") == "Zur Criminalstatistik des Odenwalds"
    assert cite.get("container-title") == "Zeitschr. für deutsche Kulturgesch"


def test_tag_reads_german_quotations_as_label_note_does():
    from notecite.parse import label_note

    text = "Vgl. Wuttke, »Der deutsche Volksaberglaube der Gegenwart«, S. 12."
    tokens, tags, _ = label_note(text)
    assert [t for _, t in tag(text)] == tags


def test_titles_in_straight_double_quotes_are_read_as_curly_and_other_quotations_stay():
    from notecite.parse import straight_quoted_titles_read_as_curly as read

    for text, want in [
        ('Jane Okafor, "Harbour Workers: Theory and Practice," Labour Review 12 (1998): 45.',
         'Jane Okafor, “Harbour Workers: Theory and Practice,” Labour Review 12 (1998): 45.'),
        ('See Okafor, "Harbour Workers," 45; and Lindahl, "Dockers and\nCarters," 12.',
         'See Okafor, “Harbour Workers,” 45; and Lindahl, “Dockers and\nCarters,” 12.'),  # a wrapped line inside
        ('He wrote "no more strikes." Then "Harbour Workers" (Leeds, 1990).',  # a sentence and a title without a comma
         'He wrote "no more strikes." Then "Harbour Workers" (Leeds, 1990).'),
        ('a 12" record, "Harbour Songs,"', 'a 12" record, “Harbour Songs,”'),  # inches: no opening mark
        ('"Harbour Workers,"\n\nand more," said he', '“Harbour Workers,”\n\nand more," said he'),
    ]:
        assert read(text) == want and len(read(text)) == len(text), text
    # the parser reads them so: no closing mark opens a second title, and no stray run is left between the cites
    from notecite.parse import parse_note
    cites = parse_note('Tom Lindahl, "The Strike," in Harbour Towns, ed. Jane Okafor (Leeds: Hall Press, 1990), 33.')
    assert [c.get("title") for c in cites] == ["The Strike"] and "prose" not in cites[0].fields


def test_spaced_hyphens_between_sources_are_read_as_dashes_and_other_hyphens_stay():
    from notecite.parse import spaced_hyphens_read_as_dashes as read

    for text, want in [
        ("Okafor, Hist. de los Puertos, Ms. - Lindahl, Cron. de Leeds, cap. 3.",
         "Okafor, Hist. de los Puertos, Ms. — Lindahl, Cron. de Leeds, cap. 3."),
        ("Okafor, Relacion, Ms., cap. 22, - Dec. de la Aud.", "Okafor, Relacion, Ms., cap. 22, — Dec. de la Aud."),
        ("Okafor (ed.), Leeds - Hull, crises and", "Okafor (ed.), Leeds - Hull, crises and"),  # between two words: as written
        ("pp. 12 - 15.", "pp. 12 - 15."),
    ]:
        assert read(text) == want and len(read(text)) == len(text), text
    # the parser reads them so: one cite per source, each with its own pinpoint
    cites = parse_note("Pedro Okafor, Hist. de los Puertos, Ms. - Lindahl, Cron. de Leeds, tom. II. p. 198. - Hallam, "
                       "Annales de Hull, lib. 3, cap. 7.")
    assert [c.locator for c in cites] == [None, "tom. II. p. 198", "lib. 3, cap. 7"] and cites[2].get("author") == "Hallam"


def test_quotations_in_straight_single_quotes_are_read_as_curly_and_apostrophes_stay():
    from notecite.parse import straight_single_quotes_read_as_curly as read

    for text, want in [
        ("TNA, CAB 24/118, CP 2452, 'The revolutionary movement in Britain', 10 Jan. 1921.",
         "TNA, CAB 24/118, CP 2452, ‘The revolutionary movement in Britain’, 10 Jan. 1921."),
        ("R. McKibbin, 'Why was there no Marxism in Great Britain?', EHR", "R. McKibbin, ‘Why was there no Marxism in Great Britain?’, EHR"),
        ("'The Workers' Opposition', Critique", "‘The Workers' Opposition’, Critique"),  # a plural's apostrophe inside
        ("'Marxism and the USSR' (London, 1990)", "‘Marxism and the USSR’ (London, 1990)"),
        ("Pollitt's speech; the workers' 'two souls' of socialism", "Pollitt's speech; the workers' 'two souls' of socialism"),
        ("'Stalinism', p. 3", "'Stalinism', p. 3"),  # one word: a term as likely as a title
    ]:
        assert read(text) == want and len(read(text)) == len(text), text
    library_text = "Body.[1]\n\nNotes\n\n1. TNA, CAB 24/118, CP 2452, 'The revolutionary movement in Britain', 10 Jan. 1921.\n"
    from notecite.parse import parse_note
    [cite] = parse_note(library_text.split("1. ", 2)[-1].strip())
    assert cite.get("title") == "The revolutionary movement in Britain"
