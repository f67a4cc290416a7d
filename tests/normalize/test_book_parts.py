from notecite.normalize import normalize_fields


def test_part_of_a_book_is_a_chapter_of_it():
    record = normalize_fields([("author", "Eric Hobsbawm,"),
                               ("title", "introduction to The Communist Manifesto, by Karl Marx and Friedrich Engels"),
                               ("location", "(London:"), ("publisher", "Verso,"), ("date", "1998),")]).record
    assert record["title"] == "Introduction"
    assert record["container-title"] == "The Communist Manifesto"
    assert [n["family"] for n in record["container-author"]] == ["Marx", "Engels"]
    assert [n["family"] for n in record["author"]] == ["Hobsbawm"]
    assert record["type"] == "chapter"


def test_new_foreword_keeps_its_words_and_a_quoted_book_loses_its_quotes():
    record = normalize_fields([("author", "Perry Anderson,"), ("title", "new foreword to “Considerations on Western Marxism”"),
                               ("location", "(London,"), ("date", "1976)")]).record
    assert (record["title"], record["container-title"]) == ("New foreword", "Considerations on Western Marxism")
    assert "container-author" not in record


def test_titles_that_only_begin_like_a_part_are_left_alone():
    for title in ("Introduction to Information Retrieval", "introduction to"):
        record = normalize_fields([("author", "Manning,"), ("title", title)]).record
        assert record["title"] == title.strip() and "container-title" not in record


def test_the_books_author_written_before_its_title_is_the_container_author():
    for title, family in [("introduction to Victor Serge, Conquered City", "Serge"),
                          ("introduction to V. Serge, Conquered City", "Serge")]:
        record = normalize_fields([("author", "Richard Greeman,"), ("title", title), ("date", "1975")]).record
        assert record["container-title"] == "Conquered City", title
        assert [n["family"] for n in record["container-author"]] == [family], title
    # no given name or initials first: a title with a comma in it
    record = normalize_fields([("author", "Smith,"), ("title", "introduction to Paris Streets, A Guide")]).record
    assert record["container-title"] == "Paris Streets, A Guide" and "container-author" not in record
