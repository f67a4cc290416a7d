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
