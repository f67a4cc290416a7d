from notecite.link.merge import merge_fields, same_value


def test_missing_fields_are_added_with_provenance_and_values_never_overwritten():
    target = {"title": "Memoirs of a Revolutionary", "publisher": "Oxford University Press"}
    prov, conflicts = {}, []
    added = merge_fields(target, {"publisher": "Writers & Readers", "issued": {"date-parts": [[1987]]}},
                         source_label="note:a.txt#1", provenance=prov, conflicts=conflicts)
    assert added == ["issued"]
    assert target["publisher"] == "Oxford University Press"
    assert conflicts == [{"field": "publisher", "kept": "Oxford University Press", "other": "Writers & Readers", "source": "note:a.txt#1"}]
    assert prov == {"issued": ["note:a.txt#1"]}


def test_agreeing_values_only_add_a_source():
    target = {"page": "57-58", "author": [{"family": "Serge", "given": "Victor"}]}
    prov = {"page": ["library:refs.bib"]}
    merge_fields(target, {"page": "57–58", "author": [{"family": "Serge", "given": "V."}]},
                 source_label="note:a.txt#2", provenance=prov, conflicts=(c := []))
    assert c == [] and prov["page"] == ["library:refs.bib", "note:a.txt#2"]


def test_a_year_issued_that_is_the_works_original_date_agrees_with_it():
    target = {"issued": {"date-parts": [[1973]]}, "original-date": {"date-parts": [[1932]]}}
    prov = {"original-date": ["note:a.txt#1"]}
    merge_fields(target, {"issued": {"date-parts": [[1932]]}}, source_label="note:a.txt#3", provenance=prov,
                 conflicts=(c := []))
    assert c == [] and prov["original-date"] == ["note:a.txt#1", "note:a.txt#3"]
    assert target["issued"] == {"date-parts": [[1973]]}
    merge_fields(target, {"issued": {"date-parts": [[1940]]}}, source_label="note:a.txt#4", provenance=prov, conflicts=c)
    assert [conflict["field"] for conflict in c] == ["issued"]


def test_shorter_title_becomes_title_short():
    target = {"title": "Memoirs of a Revolutionary"}
    merge_fields(target, {"title": "Memoirs"}, source_label="s", provenance={}, conflicts=(c := []))
    assert target == {"title": "Memoirs of a Revolutionary", "title-short": "Memoirs"} and c == []


def test_same_value_for_dates_of_different_precision():
    assert same_value("issued", {"date-parts": [[1947, 11]]}, {"date-parts": [[1947]]})
    assert not same_value("issued", {"date-parts": [[1947]]}, {"date-parts": [[1948]]})


def test_same_value_for_equal_values_and_values_written_differently():
    assert same_value("publisher", "Pluto Press", "Pluto Press")
    assert same_value("publisher", "Merlin & Co", "merlin and co.")
    assert same_value("page", "12–14", "1214")
    assert same_value("volume", 3, "3") and not same_value("volume", 3, "4")
    names = [{"family": "Serge", "given": "Victor"}]
    assert same_value("author", names, [dict(names[0])])
    assert same_value("author", names, [{"family": "Sergé", "given": "V."}])
    assert not same_value("issued", {"literal": "n.d."}, {"literal": "n.d."})  # a date must be read to agree


def test_labels_follow_what_is_appended_to_a_list_and_a_list_replaced_whole():
    from notecite.link.merge import Labels

    labels = Labels()
    sources = ["note:a#1"]
    assert labels.holds(sources, "note:a#1") and not labels.holds(sources, "note:b#1")
    sources.append("note:b#1")  # appended by someone else after the set was made
    assert labels.holds(sources, "note:b#1")
    sources[:] = ["note:c#1"]  # shorter: the set is made again
    assert labels.holds(sources, "note:c#1") and not labels.holds(sources, "note:a#1")


def test_merge_fields_asks_holds_whether_a_label_is_listed():
    from notecite.link.merge import Labels

    provenance = {"title": ["note:a#1"]}
    merge_fields({"title": "Memoirs"}, {"title": "Memoirs"}, source_label="note:a#1", provenance=provenance,
                 conflicts=[], holds=Labels().holds)
    merge_fields({"title": "Memoirs"}, {"title": "Memoirs"}, source_label="note:b#2", provenance=provenance,
                 conflicts=[], holds=Labels().holds)
    assert provenance == {"title": ["note:a#1", "note:b#2"]}


def test_a_short_forms_name_that_is_the_books_editor_is_no_author():
    from notecite.link.merge import merge_fields

    book = {"editor": [{"given": "D. J.", "family": "Cotterill"}], "title": "The Serge–Trotsky Papers"}
    added = merge_fields(book, {"author": [{"family": "Cotterill"}], "title-short": "Serge–Trotsky Papers"},
                         source_label="n3", provenance={}, conflicts=[])
    assert "author" not in book and added == ["title-short"]
    other = {"editor": [{"family": "Cotterill"}], "title": "X"}
    merge_fields(other, {"author": [{"family": "Serge"}]}, source_label="n4", provenance={}, conflicts=[])
    assert other["author"] == [{"family": "Serge"}]  # another person: the work's author
