from notecite.normalize import normalize_fields


def test_the_imprint_before_a_reprint_word_is_the_original_one():
    fields = [("author", "E. P. Thompson"), ("title", "The Making of the English Working Class"), ("location", "London"),
              ("publisher", "Gollancz"), ("date", "1963"), ("prose", "reprint"), ("location", "Harmondsworth"),
              ("publisher", "Penguin"), ("date", "1980")]
    record = normalize_fields(fields, locator="9").record
    assert record["publisher-place"] == "Harmondsworth" and record["publisher"] == "Penguin"
    assert record["issued"] == {"date-parts": [[1980]]}
    assert record["original-date"] == {"date-parts": [[1963]]}
    assert record["original-publisher"] == "Gollancz" and record["original-publisher-place"] == "London"
    assert "note" not in record


def test_a_year_alone_before_the_reprint_is_the_original_date():
    fields = [("author", "C. L. R. James"), ("title", "The Black Jacobins"), ("date", "1938"), ("prose", "repr."),
              ("location", "New York"), ("publisher", "Vintage"), ("date", "1963")]
    record = normalize_fields(fields).record
    assert record["original-date"] == {"date-parts": [[1938]]} and record["issued"] == {"date-parts": [[1963]]}
    assert record["publisher"] == "Vintage" and "original-publisher" not in record


def test_other_prose_between_imprints_changes_nothing():
    fields = [("title", "Memoirs"), ("location", "London"), ("publisher", "Gollancz"), ("date", "1963"),
              ("prose", "and later"), ("date", "1980")]
    record = normalize_fields(fields).record
    assert "original-date" not in record and record["issued"] == {"date-parts": [[1963]]}


def test_a_year_after_the_imprint_said_to_be_the_first_edition_is_the_original_date():
    """``(London: Pluto Press, 1974; orig. pub. 1948)``: the year after the first-published words is the original date,
    the imprint's the date cited; without such words the second year is no original date."""
    for words in ("orig. pub", "first published", "originally published in"):
        fields = [("author", "Tony Cliff"), ("title", "State Capitalism in Russia"), ("location", "London"),
                  ("publisher", "Pluto Press"), ("date", "1974"), ("prose", words), ("date", "1948")]
        record = normalize_fields(fields, locator="150").record
        assert record["original-date"] == {"date-parts": [[1948]]} and record["issued"] == {"date-parts": [[1974]]}, words
        assert "note" not in record
    fields = [("title", "State Capitalism"), ("date", "1974"), ("prose", "and"), ("date", "1948")]
    assert "original-date" not in normalize_fields(fields).record
