"""Rendering bibliographies and citations: outputs, locales, cites, errors."""
from __future__ import annotations

import pytest
from lxml import etree

from notecite.csl.formatters import assemble
from notecite.csl.render import render_bibliography, render_citations
from notecite.errors import RecordError, StyleError


def test_bibliography_of_mixed_library(mixed10):
    entries = render_bibliography(mixed10, "chicago-notes-bibliography")
    assert len(entries) == 10
    assert entries[0].startswith("Arendt, Hannah.")  # sorted by author…
    assert entries[2].startswith("Cahier des doléances")  # …and the anonymous item by its title
    assert entries[-1].startswith("Zola, Émile.")
    assert any("Zola, Émile." in e and "L’Aurore" in e for e in entries)
    assert any("Müller, Jörg." in e and "Königsbergs" in e for e in entries)


def test_citations_one_per_item(mixed10):
    out = render_citations(mixed10, "apa")
    assert len(out) == 10
    assert out[0] == "(Bloch, 1949)"
    assert out[3] == "(Ginzburg & Davin, 1980)"


def test_cites_with_locators_and_ibid(mixed10):
    cites = [{"id": "ferro1974film", "locator": "240-42", "label": "page"}, {"id": "ferro1974film", "locator": "243"}]
    first, second = render_citations(mixed10, "chicago-notes-bibliography-subsequent-ibid", cites=cites)
    assert first.startswith("Marc Ferro,") and first.endswith("240–42.")
    assert second == "Ibid., 243."


def test_cite_errors(mixed10):
    with pytest.raises(RecordError, match="no record with id 'ferro'"):
        render_citations(mixed10, "apa", cites=[{"id": "ferro"}])
    with pytest.raises(RecordError, match="unknown locator label 'pgae'"):
        render_citations(mixed10, "apa", cites=[{"id": "ferro1974film", "locator": "3", "label": "pgae"}])


def test_dependent_style_keeps_its_german_locale_unless_overridden(mixed10):
    chapter = [r for r in mixed10 if r["id"] == "ferro1974film"]
    german = render_citations(chapter, "abi-technik")[0]
    assert "hrsg. von Jacques Le Goff und Pierre Nora" in german
    english = render_citations(chapter, "abi-technik", locale="en-US")[0]
    assert "ed. Jacques Le Goff and Pierre Nora" in english


def test_unknown_locale():
    with pytest.raises(StyleError, match="unknown locale 'xx-YY'"):
        render_citations([], "apa", locale="xx-YY")


def test_style_without_bibliography(mixed10):
    with pytest.raises(StyleError, match="has no bibliography"):
        render_bibliography(mixed10, "agora")


HOSTILE = {"id": "h", "type": "book", "title": "On <script> & *stars* [sic]",
           "author": [{"family": "O<b>rien", "given": "A & B"}], "publisher": "P&Q",
           "issued": {"date-parts": [[2001]]}}


def test_html_escapes_record_values_and_is_well_formed():
    (entry,) = render_bibliography([HOSTILE], "chicago-notes-bibliography", output="html")
    assert "<script>" not in entry and "&lt;script&gt;" in entry and "O&lt;b&gt;rien" in entry
    assert "<i>On &lt;script&gt; &amp; *stars* [Sic]</i>" in entry  # title case, as citeproc-js
    document = assemble([entry], "html")
    root = etree.fromstring(document)  # well-formed XML, hence valid nesting
    assert root.get("class") == "csl-bib-body"


def test_markdown_italics_and_escaping(mixed10):
    entries = render_bibliography(mixed10, "chicago-notes-bibliography", output="markdown")
    assert any("*Apologie pour l’histoire, ou Métier d’historien*" in e for e in entries)
    (hostile,) = render_bibliography([HOSTILE], "chicago-notes-bibliography", output="markdown")
    assert r"*On \<script\> & \*stars\* \[sic\]*" in hostile  # escaped before title case


def test_nocase_span_survives_escaping():
    record = dict(HOSTILE, title='The <span class="nocase">iPod</span> & after')
    (entry,) = render_bibliography([record], "apa", output="html")
    assert "iPod &amp; after" in entry and "span" not in entry


def test_ids_differing_only_in_case():
    records = [dict(HOSTILE, id="Key"), dict(HOSTILE, id="key")]
    with pytest.raises(RecordError, match="differ only in case"):
        render_bibliography(records, "apa")


def test_unknown_output():
    with pytest.raises(StyleError, match="unknown output"):
        render_bibliography([HOSTILE], "apa", output="rtf")


def test_unknown_type_renders_as_citeproc_js_with_no_type_condition_matching():
    from notecite.csl.render import render_bibliography
    letter = [{"id": "adams", "type": "letter", "author": [{"family": "Adams", "given": "John"}],
               "archive": "Massachusetts Historical Society", "archive_location": "Adams Papers, reel 95",
               "issued": {"date-parts": [[1813, 7, 15]]}}]
    assert render_bibliography(letter, "apa") == ["Adams, J. (1813). Massachusetts Historical Society (Adams Papers, reel 95)."]


def test_a_letter_titled_only_by_its_peoples_names_is_rendered_without_that_title():
    from notecite.csl.render import render_notes
    letter = {"id": "fish", "type": "personal_communication", "author": [{"family": "Fish", "given": "Hamilton"}],
              "recipient": [{"family": "Davis"}], "title": "Fish to Davis", "issued": {"date-parts": [[1881, 12, 16]]}}
    [note] = render_notes([letter], "chicago-notes-bibliography", [[{"id": "fish"}]])
    assert note == "Hamilton Fish to Davis, December 16, 1881."
    titled = {**letter, "id": "alabama", "title": "The Alabama Claims"}  # a title of its own stays
    assert "Alabama Claims" in render_notes([titled], "chicago-notes-bibliography", [[{"id": "alabama"}]])[0]
