"""fix_subsequent_author: a repeated author is replaced by the style's substitute."""
from __future__ import annotations


from notecite.csl.corrections import without
from notecite.csl import fix_subsequent_author
from notecite.csl.render import render_bibliography

DOE = [{"family": "Doe", "given": "Jane"}]
RECORDS = [{"id": "a", "type": "book", "title": "A", "author": DOE}, {"id": "b", "type": "book", "title": "B", "author": DOE},
           {"id": "c", "type": "book", "title": "C", "author": [{"family": "Roe", "given": "Ann"}]}]


def test_repeated_author_replaced(data_dir):
    assert render_bibliography(RECORDS, data_dir / "subsequent_author.csl") == ["Doe, Jane. A.", "———. B.", "Roe, Ann. C."]


def test_citeproc_py_alone_repeats_it(data_dir):
    out = render_bibliography(RECORDS, data_dir / "subsequent_author.csl", corrections=without(fix_subsequent_author))
    assert out[1] == "Doe, Jane. B."


def test_names_compared_and_replaced_without_their_label(data_dir):
    doe = [{"family": "Doe", "given": "John"}]
    records = [{"id": "a", "type": "book", "title": "A", "author": doe},
               {"id": "b", "type": "book", "title": "B", "editor": doe},
               {"id": "c", "type": "book", "title": "C", "author": [{"family": "Doe", "given": "John Eamon"}]}]
    assert render_bibliography(records, data_dir / "name_sort_keys.csl") == ["Doe, John. A.", "--- ed. B.", "Doe, John Eamon. C."]


def test_punctuation_after_the_substitute_stays(tmp_path):
    # CSL suite fullstyles_ChicagoAuthorDateSimple: "---. 1994" (the list's "et al." had absorbed the ". ")
    style = tmp_path / "etal.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <macro name="names"><names variable="author"><name et-al-min="3" et-al-use-first="1"/></names></macro>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography subsequent-author-substitute="---"><layout><text macro="names" suffix=". "/>
    <text variable="title"/></layout></bibliography>
</style>""", encoding="utf-8")
    people = [{"family": "Doe", "given": "Jane"}, {"family": "Roe", "given": "Ann"}, {"family": "Poe", "given": "Al"}]
    records = [{"id": "a", "type": "book", "title": "A", "author": people},
               {"id": "b", "type": "book", "title": "B", "author": people}]
    assert render_bibliography(records, style) == ["Jane Doe et al. A", "---. B"]


def test_empty_substitute_replaces_only_the_first_names(tmp_path):
    # an entry whose author repeats, substitute "": the editors after it stay (citeproc-js)
    style = tmp_path / "empty.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography subsequent-author-substitute=""><layout><group delimiter=" "><names variable="author"/>
    <text variable="title"/><names variable="editor" prefix="in "/></group></layout></bibliography>
</style>""", encoding="utf-8")
    records = [{"id": "a", "type": "book", "title": "A", "author": DOE},
               {"id": "b", "type": "chapter", "title": "B", "author": DOE, "editor": [{"family": "Roe", "given": "Ann"}]}]
    assert render_bibliography(records, style) == ["Jane Doe A", "B in Ann Roe"]
