"""A package's release written after its name: the record's version, and software."""
from notecite.normalize import normalize_fields


def test_a_release_after_a_quoted_title_is_the_version_of_a_software_record():
    record = normalize_fields([("author", "Lincoln Mullen"), ("title", "“tokenizers: A Consistent Interface”. R Package, Version 0.1.4.")]).record
    assert record["title"] == "tokenizers: A Consistent Interface"
    assert record["version"] == "0.1.4" and record["type"] == "software"
    record = normalize_fields([("author", "Hadley Wickham"), ("title", "“tidyverse: Easily Install”."),
                               ("publisher", "R Package, Version 1.1.1.")]).record
    assert record["version"] == "1.1.1" and "publisher" not in record and record["type"] == "software"


def test_a_release_inside_the_titles_quotation_is_the_title_as_printed():
    record = normalize_fields([("author", "Hadley Wickham"), ("title", '"readxl: Read Excel Files. R package version 1.3.1"')]).record
    assert record["title"] == "readxl: Read Excel Files. R package version 1.3.1" and "version" not in record
    assert record["type"] == "software"
