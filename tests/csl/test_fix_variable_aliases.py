"""fix_variable_aliases: journalAbbreviation is the container's short title, as in citeproc-js."""
from __future__ import annotations

from notecite.csl import fix_variable_aliases
from notecite.csl.corrections import without
from notecite.csl.render import render_citations

STYLE = ('<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><info><title>s</title><id>s</id>'
         '<updated>2020-01-01T00:00:00+00:00</updated></info><citation><layout><group delimiter="/">'
         '<text variable="container-title-short"/><text variable="container-title" form="short"/>'
         '</group></layout></citation></style>')


def test_journal_abbreviation_is_the_short_container_title(tmp_path):
    style = tmp_path / "short.csl"
    style.write_text(STYLE, encoding="utf-8")
    records = [{"id": "a", "type": "article-journal", "container-title": "Anonymous Journal", "journalAbbreviation": "Anon J"},
               {"id": "b", "type": "article-journal", "container-title": "Journal One", "journalAbbreviation": "J1",
                "container-title-short": "Jour-1"}]
    assert render_citations(records, str(style)) == ["Anon J/Anon J", "Jour-1/Jour-1"]
    assert render_citations(records[:1], str(style), corrections=without(fix_variable_aliases)) == ["Anonymous Journal"]


def test_records_without_the_alias_are_returned_as_they_are():
    record = {"id": "a", "type": "book"}
    assert fix_variable_aliases.adapt_record(record) is record
