"""Cite assembly from given tags (no model involved)."""
from notecite.parse.cites import assemble, group_fields
from notecite.parse.labels import token_tags
from notecite.parse.rules import apply_rules
from notecite.parse.rules.vocabulary import rule_ibid_vocabulary
from notecite.parse.tokenize import tokenize


def _assemble(text, spans):
    tokens = tokenize(text)
    tags = token_tags(tokens, spans)
    return assemble(text, tokens, apply_rules(text, tokens, tags), [1.0] * len(tokens))


def _spans(text, pairs):
    out, pos = [], 0
    for piece, label in pairs:
        start = text.index(piece, pos)
        out.append((start, start + len(piece), label))
        pos = start + len(piece)
    return out


def test_full_cite_fields_locator_and_prefix():
    text = "See Victor Serge, Memoirs of a Revolutionary, (London & New York: Writers & Readers, 1987) 67."
    spans = _spans(text, [("Victor Serge,", "author"), ("Memoirs of a Revolutionary,", "title"),
                          ("(London & New York:", "location"), ("Writers & Readers,", "publisher"),
                          ("1987)", "date"), ("67.", "locator")])
    [cite] = _assemble(text, spans)
    assert cite.kind == "full"
    assert cite.fields == [("author", "Victor Serge"), ("title", "Memoirs of a Revolutionary"),
                           ("location", "London & New York"), ("publisher", "Writers & Readers"),
                           ("date", "1987"), ("locator", "67")]
    assert cite.locator == "67" and cite.prefix == "See"
    assert text[cite.start:cite.end] == "Victor Serge, Memoirs of a Revolutionary, (London & New York: Writers & Readers, 1987) 67"


def test_two_short_cites_split_on_repeated_label_and_suffix():
    text = "Smith, Things, 12, quoted in Jones, Other Things, pp. 4-5."
    spans = _spans(text, [("Smith,", "author"), ("Things,", "title"), ("12", "locator"), ("Jones,", "author"),
                          ("Other Things,", "title"), ("pp. 4-5.", "locator")])
    a, b = _assemble(text, spans)
    assert (a.kind, b.kind) == ("short", "short")
    assert a.suffix == "quoted in" and b.prefix == ""
    assert a.locator == "12" and b.locator == "4-5"


def test_adjacent_cites_without_prose_split_after_locator():
    text = "Smith, Things, 177. Other Book, 105-7."
    spans = _spans(text, [("Smith,", "author"), ("Things,", "title"), ("177.", "locator"),
                          ("Other Book,", "title"), ("105-7.", "locator")])
    cites = _assemble(text, spans)
    assert [c.get("title") for c in cites] == ["Things", "Other Book"]


def test_ibid_rule_and_kind():
    for text in ["Ibid., 45.", "Ebd., S. 45.", "a.a.O., S. 3", "Op. cit., p. 5"]:
        tokens = tokenize(text)
        tags = rule_ibid_vocabulary(text, tokens, ["prose"] * len(tokens))
        assert tags[0] == "B-ibid"
    text = "Ibid., 45."
    [cite] = _assemble(text, _spans(text, [("45.", "locator")]))
    assert cite.kind == "ibid" and cite.locator == "45" and cite.get("ibid") == "Ibid."


def test_mention_in_prose():
    text = "According to the Memoirs (63-66) and Birth of Our Power (199-208), they studied it."
    spans = _spans(text, [("Memoirs", "title"), ("(63-66)", "locator"), ("Birth of Our Power", "title"),
                          ("(199-208)", "locator")])
    cites = _assemble(text, spans)
    assert [c.kind for c in cites] == ["mention", "mention"]
    assert [c.locator for c in cites] == ["63-66", "199-208"]
    assert cites[0].prefix == "According to the"


def test_cite_without_anchor_field_is_dropped():
    text = "In 1921 Serge wrote this."
    assert _assemble(text, _spans(text, [("Serge", "author")])) == []


def test_group_fields_prose_gap_splits():
    text = "Memoirs and Birth"
    tokens = tokenize(text)
    groups = group_fields(text, tokens, ["B-title", "prose", "B-title"])
    assert len(groups) == 2


def test_container_title_loses_leading_in():
    text = "See “Trente Ans” in La Revue, Nov. 1947."
    spans = _spans(text, [("“Trente Ans”", "title"), ("in La Revue,", "container-title"), ("Nov. 1947.", "date")])
    [cite] = _assemble(text, spans)
    assert cite.get("container-title") == "La Revue" and cite.get("title") == "Trente Ans"
    assert cite.kind == "full" and cite.get("date") == "Nov. 1947"


def test_sentence_tagged_as_title_is_dropped_but_real_title_kept():
    text = "Testing the limits, I have recently written to the agencies to recover these manuscripts."
    assert _assemble(text, [(0, len(text) - 1, "title")]) == []
    text = "His novel What Is to Be Done about the Workers was banned."
    [cite] = _assemble(text, _spans(text, [("What Is to Be Done about the Workers", "title")]))
    assert cite.kind == "mention"


def test_pages_of_a_book_cite_are_its_pinpoint():
    text = "A. Writer, Book (Paris, 1940), 57-8."
    spans = _spans(text, [("A. Writer,", "author"), ("Book", "title"), ("(Paris,", "location"), ("1940),", "date"),
                          ("57-8.", "pages")])
    [cite] = _assemble(text, spans)
    assert cite.locator == "57-8" and cite.get("pages") is None
    text = "A. Writer, “Art,” Review 3 (1940): 57-80."
    spans = _spans(text, [("A. Writer,", "author"), ("“Art,”", "title"), ("Review", "container-title"),
                          ("3", "volume"), ("(1940):", "date"), ("57-80.", "pages")])
    [cite] = _assemble(text, spans)
    assert cite.get("pages") == "57-80" and cite.locator is None


def test_inverted_name_with_locator_read_as_short_form():
    text = "Marsh, Weavers, 150-52."
    [cite] = _assemble(text, _spans(text, [("Marsh, Weavers,", "author"), ("150-52.", "locator")]))
    assert (cite.kind, cite.get("author"), cite.get("title"), cite.locator) == ("short", "Marsh", "Weavers", "150-52")
    text = "Marsh, Eleanor, 150."
    assert _assemble(text, _spans(text, [("Marsh, Eleanor,", "author"), ("150.", "locator")])) == []
    text = "Worcester, C.L.R. James, 120."
    [cite] = _assemble(text, _spans(text, [("Worcester, C.L.R. James,", "author"), ("120.", "locator")]))
    assert (cite.get("author"), cite.get("title")) == ("Worcester", "C.L.R. James")


def test_an_imprint_after_publishing_prose_joins_the_titled_cite():
    from notecite.parse.cites import group_fields

    text = "“Theses” translated and published as a pamphlet by Critique (Glasgow, 1977)."
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    tags = ["prose"] * len(tokens)
    tags[0:3] = ["B-title", "I-title", "I-title"]
    c = words.index("Critique")
    tags[c:c + 7] = ["B-publisher", "B-location", "I-location", "I-location", "B-date", "I-date", "I-date"]
    assert [[label for *_, label in group] for group in group_fields(text, tokens, tags)] == \
        [["title", "publisher", "location", "date"]]
    tags[3] = "prose"
    text2 = text.replace("translated and published as", "was read out as")
    tokens2 = tokenize(text2)
    assert len(group_fields(text2, tokens2, tags)) == 2


def test_in_between_a_title_and_its_container_keeps_one_cite():
    text = 'Mark Shipway, "Council Communism," in Non-Market Socialism, ed. Maximilien Rubel (London: Macmillan, 1987).'
    spans = _spans(text, [("Mark Shipway,", "author"), ('"Council Communism', "title"), ("Non-Market Socialism,", "container-title"),
                          ("ed. Maximilien Rubel", "editor"), ("(London:", "location"), ("Macmillan,", "publisher"),
                          ("1987)", "date")])
    [cite] = _assemble(text, spans)
    assert [label for label, _ in cite.fields] == ["author", "title", "prose", "container-title", "editor", "location",
                                                   "publisher", "date"]


def test_on_before_a_date_keeps_one_cite():
    text = "printed in Pravda on 23 February 1934."
    [cite] = _assemble(text, _spans(text, [("Pravda", "container-title"), ("23 February 1934.", "date")]))
    assert [label for label, _ in cite.fields] == ["container-title", "prose", "date"]


def test_a_semicolon_ending_a_field_ends_the_cite():
    text = "printed illegally in 1916; Lenin, who did not know"
    [cite] = _assemble(text, _spans(text, [("1916;", "date"), ("Lenin,", "title")])) or [None]
    assert cite is not None and cite.fields == [("title", "Lenin")]


def test_by_before_an_author_keeps_one_cite():
    text = "Andreu Nin, por Francesc Bonamusa (Barcelona: Laia, 1977)."
    spans = _spans(text, [("Andreu Nin,", "title"), ("Francesc Bonamusa", "author"), ("(Barcelona:", "location"),
                          ("Laia,", "publisher"), ("1977).", "date")])
    [cite] = _assemble(text, spans)
    assert [label for label, _ in cite.fields] == ["title", "prose", "author", "location", "publisher", "date"]


def test_forced_breaks_split_and_join_cites():
    text = "Smith, Things, 12; Jones, Other Things, pp. 4-5."
    spans = _spans(text, [("Smith,", "author"), ("Things,", "title"), ("12", "locator"), ("Jones,", "author"),
                          ("Other Things,", "title"), ("pp. 4-5.", "locator")])
    tokens = tokenize(text)
    tags = apply_rules(text, tokens, token_tags(tokens, spans))
    assert len(assemble(text, tokens, tags, [1.0] * len(tokens))) == 2
    joined = assemble(text, tokens, tags, [1.0] * len(tokens), {text.index("Jones"): False})
    assert len(joined) == 1 and joined[0].get_all("author") == ["Smith", "Jones"]
    text = "Victor Serge, Memoirs (London: Writers & Readers, 1987)."
    spans = _spans(text, [("Victor Serge,", "author"), ("Memoirs", "title"), ("London:", "location"),
                          ("Writers & Readers,", "publisher"), ("1987)", "date")])
    tokens = tokenize(text)
    tags = apply_rules(text, tokens, token_tags(tokens, spans))
    assert len(assemble(text, tokens, tags, [1.0] * len(tokens))) == 1
    first, second = assemble(text, tokens, tags, [1.0] * len(tokens), {text.index("Writers"): True})
    assert first.fields == [("author", "Victor Serge"), ("title", "Memoirs"), ("location", "London")]
    assert second.fields == [("publisher", "Writers & Readers"), ("date", "1987")]
