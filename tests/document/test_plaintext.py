"""The plain-text reader: notes sections in their web-copy shapes, markers, trailers, errors."""
from __future__ import annotations

import pytest

from notecite.document import read_document
from notecite.errors import InputError

EXAMPLE = "examples/weissman-1988-victor-serges-world-and-ours.txt"


def _read_written(path, text: str):
    """The document read from ``text`` written to ``path`` (UTF-8)."""
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def _spans_match_source(doc) -> bool:
    return all(doc.source[n.span[0]:n.span[1]] == n.text for n in doc.notes if "\n" not in n.text)


def test_numbered_notes_superscript_markers_and_trailer(data_dir):
    doc = read_document(data_dir / "numbered-notes.txt")
    assert [n.number for n in doc.notes] == [1, 2, 3, 4, 5, 6]
    assert doc.notes[4].text == "Ibid., 81–112."
    # a note wrapped onto an indented second line stays one note
    assert doc.notes[3].text.endswith("1993),\n22–27.")
    assert [m.number for m in doc.markers] == [1, 2, 3, 4, 5, 6]
    assert all(doc.body[m.offset] in "¹²³⁴⁵⁶" for m in doc.markers)
    # the copyright line and the share links after the notes are not a note
    assert not any("Republished" in n.text for n in doc.notes)
    assert any("ignored 2 line(s) after the last note" in w for w in doc.warnings)
    assert "Notes" not in doc.body.splitlines()[-1]


def test_bracket_notes_with_trailing_back_arrows(data_dir):
    doc = read_document(data_dir / "bracket-notes.txt")
    assert len(doc.notes) == 4
    assert doc.notes[1].text == "Archivio della Curia Arcivescovile di Udine, Sant'Uffizio, b. 1, fasc. 1."
    assert not any("\u21a9" in n.text for n in doc.notes)
    # "(1583 and 1599)" in the body is not a marker; "[1]".."[4]" are
    assert [m.number for m in doc.markers] == [1, 2, 3, 4]
    assert all(doc.body[m.offset] == "[" for m in doc.markers)
    assert doc.warnings == []
    assert _spans_match_source(doc)


def test_notes_numbered_in_lower_case_roman_in_brackets_without_a_heading(tmp_path):
    text = ("The Left and the Soviet Question\n\nThe debate divided the left.[i] Shachtman broke with Trotsky.[ii] "
            "Later writers returned to it.[iii]\n\n[i] Leon Trotsky, In Defense of Marxism (New York: Pathfinder, 1973), 3."
            "\n\n[ii] Max Shachtman, The Bureaucratic Revolution (New York: Donald Press, 1962), 37–41.\n\n[iii] Ibid., 45.\n")
    doc = _read_written(tmp_path / "roman.txt", text)
    assert [n.number for n in doc.notes] == [1, 2, 3]
    assert doc.notes[2].text == "Ibid., 45."
    assert [m.number for m in doc.markers] == [1, 2, 3]


def test_a_stop_after_a_bracketed_note_number_goes_with_the_number(tmp_path):
    text = ("Title\n\nThe Left has forgotten Trotsky.[1] Yet the question remains.[2]\n\nNotes\n\n"
            "[1]. Leon Trotsky, The Revolution Betrayed (New York: Pathfinder, 1972), 45.\n\n[2]: Ibid., 47.\n")
    doc = _read_written(tmp_path / "web.txt", text)
    assert [n.text for n in doc.notes] == ["Leon Trotsky, The Revolution Betrayed (New York: Pathfinder, 1972), 45.",
                                           "Ibid., 47."]


def test_unnumbered_notes_between_separator_lines_and_a_merged_note(data_dir):
    doc = read_document(data_dir / "separator-notes.txt")
    assert [n.text for n in doc.notes][2:4] == [
        "Ibid., 212.",
        "F. C. Mather, Public Order in the Age of the Chartists (Manchester: Manchester University Press, 1959), 64.",
    ]
    assert len(doc.notes) == len(doc.markers) == 5
    assert any("note 3" in w and "split" in w for w in doc.warnings)
    assert any("Posted in Labour History" in w for w in doc.warnings)
    assert _spans_match_source(doc)


def test_years_in_parentheses_are_not_markers(tmp_path):
    doc = _read_written(
        tmp_path / "years.txt",
        "Serge was born in 1890 (1890) and wrote of the Cheka.(1) He left Russia (1936-40) "
        "and wrote again.(2)\n\nNotes\n\n1. Victor Serge, Memoirs, 12.\n2. Ibid., 30.\n",
    )
    assert [m.number for m in doc.markers] == [1, 2]
    assert [doc.body[m.offset:m.offset + 3] for m in doc.markers] == ["(1)", "(2)"]


def test_numbered_style_finds_a_lost_number_inside_the_note_before(tmp_path):
    doc = _read_written(
        tmp_path / "numbered.txt",
        "One claim.[1] Another.[2] A third.[3]\n\nNotes\n\n"
        "[1] Lucien Febvre, Le problème de l'incroyance au XVIe siècle (Paris: Albin Michel, 1942), 17. "
        "2 Marc Bloch, Les rois thaumaturges (Strasbourg: Istra, 1924), 44.\n"
        "[3] Ibid., 51.\n",
    )
    assert [(n.number, n.text) for n in doc.notes] == [
        (1, "Lucien Febvre, Le problème de l'incroyance au XVIe siècle (Paris: Albin Michel, 1942), 17."),
        (2, "Marc Bloch, Les rois thaumaturges (Strasbourg: Istra, 1924), 44."),
        (3, "Ibid., 51."),
    ]
    assert any("note 1" in w and "split" in w for w in doc.warnings)


def test_words_hyphenated_across_note_lines_are_rejoined(tmp_path):
    doc = _read_written(
        tmp_path / "scanned.txt",
        "A claim.1 Another.2\n\nNotes\n\n"
        "1. Alexander Rabinowitch, The Bolsheviks Come to Power (New York: Nor-\nton, 1976), 12.\n"
        "2. Moshe Lewin, Lenin's Last Struggle (London: Faber, 1969), 33-\n35; Rabinowitch, Bolsheviks, 14.\n",
    )
    assert [n.text for n in doc.notes] == [
        "Alexander Rabinowitch, The Bolsheviks Come to Power (New York: Norton, 1976), 12.",
        "Moshe Lewin, Lenin's Last Struggle (London: Faber, 1969), 33-\n35; Rabinowitch, Bolsheviks, 14.",
    ]


def test_running_heads_are_dropped_and_a_note_runs_on_across_the_page_break(tmp_path):
    doc = _read_written(
        tmp_path / "magazine.txt",
        "The debate went on.1 It ended in 1929.2 Nobody won.3\n\n"
        "SOCIALIST FORUM 41\n\nNotes\n\n"
        "1. Robert V. Daniels, The Conscience of the Revolution (Cambridge, Mass.: Harvard Univer-\n\n"
        "42 SOCIALIST FORUM\n\n"
        "sity Press, 1960), 88.\n"
        "2. Ibid., 90.\n\n"
        "SOCIALIST FORUM 43\n\n"
        "3. E. H. Carr, Socialism in One Country (London: Macmillan, 1958), 1:12.\n",
    )
    assert [n.text for n in doc.notes] == [
        "Robert V. Daniels, The Conscience of the Revolution (Cambridge, Mass.: Harvard University Press, 1960), 88.",
        "Ibid., 90.",
        "E. H. Carr, Socialism in One Country (London: Macmillan, 1958), 1:12.",
    ]
    assert doc.warnings == []


def test_no_heading_uses_the_trailing_numbered_list(tmp_path):
    doc = _read_written(
        tmp_path / "noheading.txt",
        "There are three reasons:\n1. the first\n2. the second\n3. the third\n\n"
        "The argument runs on.[1] And on.[2]\n\n"
        "1. Natalie Zemon Davis, The Return of Martin Guerre (Cambridge, MA: Harvard University Press, 1983), 4.\n"
        "2. Ibid., 9.\n",
    )
    assert [n.text for n in doc.notes][1] == "Ibid., 9."
    assert len(doc.notes) == 2
    assert any("no notes heading" in w for w in doc.warnings)


def test_binary_junk_is_an_input_error(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(InputError) as info:
        read_document(path)
    assert str(path) in str(info.value) and "binary" in str(info.value)


def test_text_without_notes_is_an_input_error(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("An essay with no notes at all.\nIt ends here.\n", encoding="utf-8")
    with pytest.raises(InputError, match="no notes found"):
        read_document(path)


def test_windows_1252_text_is_read_with_a_warning(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes("Il écrit.(1)\n\nNotes\n\n1. Émile Zola, L\u2019Assommoir (Paris, 1877), 3.\n".encode("cp1252"))
    doc = read_document(path)
    assert doc.notes[0].text == "Émile Zola, L\u2019Assommoir (Paris, 1877), 3."
    assert any("Windows-1252" in w for w in doc.warnings)


def test_shared_example_has_24_notes_for_24_markers_and_the_merged_note_split(shared_dir):
    path = shared_dir / EXAMPLE
    if not path.exists():
        pytest.skip(f"{path} is absent")
    doc = read_document(path)
    assert len(doc.notes) == 24
    assert [m.number for m in doc.markers] == list(range(1, 25))
    assert [n.number for n in doc.notes] == list(range(1, 25))
    assert doc.notes[15].text == "Serge, Memoirs, 177."
    assert doc.notes[16].text.startswith("0 Morali, 105-7, quoted in Donald Filtzer")
    assert doc.notes[0].text.startswith("Victor Serge, Memoirs of a Revolutionary")
    assert doc.notes[23].text.startswith("Serge also became active")
    assert any("note 16" in w and "split" in w for w in doc.warnings)
    # the trailing dateline and the lone "back to text" are not notes
    assert not any("ATC 12-13" in n.text or n.text == "back to text" for n in doc.notes)
    # no text lost: every note is an exact slice of the source
    assert _spans_match_source(doc)
    # years such as (1881) and (1936-40) are not markers
    assert all(doc.body[m.offset:m.offset + len(str(m.number)) + 2] == f"({m.number})" for m in doc.markers)


def test_bare_numbers_and_a_wrapped_line_starting_with_a_number(tmp_path):
    doc = _read_written(
        tmp_path / "bare.txt",
        "A first claim.(1) A second.(2) A third.(3)\n\nNOTES:\n\n"
        "1 Lawrence Stone, The Crisis of the Aristocracy (Oxford,\n2 vols., 1965), 3.\n"
        "2 Ibid., 4.\n"
        "3. ^ Keith Wrightson, English Society 1580-1680 (London, 1982), 19.\n",
    )
    assert [n.text for n in doc.notes] == [
        "Lawrence Stone, The Crisis of the Aristocracy (Oxford,\n2 vols., 1965), 3.",
        "Ibid., 4.",
        "Keith Wrightson, English Society 1580-1680 (London, 1982), 19.",
    ]
    assert doc.warnings == []


def test_bare_number_after_a_note_without_a_final_stop_opens_the_next_note(tmp_path):
    doc = _read_written(
        tmp_path / "bare-open.txt",
        "A claim.1 Another.2 A third.3\n\nNotes\n\n"
        "1 Derby Mercury, 3 November 1893\n"
        "2 Tony Cliff, Lenin (London: Pluto, 1975), 1:83\n"
        "3 Stone, Crisis of the Aristocracy (Oxford,\n2 vols., 1965), 3.\n",
    )
    assert [n.text for n in doc.notes] == [
        "Derby Mercury, 3 November 1893",
        "Tony Cliff, Lenin (London: Pluto, 1975), 1:83",
        "Stone, Crisis of the Aristocracy (Oxford,\n2 vols., 1965), 3.",
    ]


def test_note_number_alone_on_its_line_numbers_the_text_under_it(tmp_path):
    doc = _read_written(
        tmp_path / "own-line.txt",
        "A claim.¹ Another.² A third.³\n\nNotes\n\n"
        "1\nVictor Serge, Memoirs of a Revolutionary (London: Writers & Readers, 1987), 67.\n\n"
        "2\nSerge, Memoirs, 2-3.\n\n3\nIbid.\n",
    )
    assert [(n.number, n.text) for n in doc.notes] == [
        (1, "Victor Serge, Memoirs of a Revolutionary (London: Writers & Readers, 1987), 67."),
        (2, "Serge, Memoirs, 2-3."), (3, "Ibid.")]
    assert _spans_match_source(doc)


def test_note_number_glued_to_its_text_is_a_note_start(tmp_path):
    doc = _read_written(
        tmp_path / "glued.txt",
        "A claim.1 Another.2 A third.3\n\nNotes\n\n"
        "1Victor Serge, Memoirs of a Revolutionary (London: Writers & Readers, 1987), 67.\n"
        "2“The Left Opposition,” New International 4, no. 2 (1938): 12.\n"
        "3Ibid., 14.\n",
    )
    assert [(n.number, n.text[:12]) for n in doc.notes] == [(1, "Victor Serge"), (2, "“The Left Op"), (3, "Ibid., 14.")]


def test_bare_numbers_go_on_after_a_note_lost_inside_the_one_before(tmp_path):
    doc = _read_written(
        tmp_path / "bare-lost.txt",
        "One.1 Two.2 Three.3 Four.4\n\nNotes\n\n"
        "1 Georg Lukács, History and Class Consciousness (London: Merlin, 1971), 83.\n"
        "2 Ibid., 90. 3 Karl Korsch, Marxism and Philosophy (London: NLB, 1970), 42.\n"
        "4 Lukács, History, 102.\n",
    )
    assert [n.text for n in doc.notes] == [
        "Georg Lukács, History and Class Consciousness (London: Merlin, 1971), 83.",
        "Ibid., 90.",
        "Karl Korsch, Marxism and Philosophy (London: NLB, 1970), 42.",
        "Lukács, History, 102.",
    ]
    assert sum("run together" in w for w in doc.warnings) == 1


def test_bulleted_lines_after_numbered_notes_are_page_text(tmp_path):
    doc = _read_written(
        tmp_path / "pasted.txt",
        "A claim.[1] Another.[2]\n\nNotes\n\n"
        "1. Hal Draper, Karl Marx's Theory of Revolution (New York: Monthly Review Press, 1977), 1:59.\n"
        "2. Ibid., 1:73.\n\nShare this:\n\n- Twitter\n- Facebook\n",
    )
    assert [n.text for n in doc.notes][1:] == ["Ibid., 1:73."]
    assert any("ignored 3 line(s) after the last note" in w for w in doc.warnings)


def test_ocr_letters_in_a_note_number_read_as_the_expected_number(tmp_path):
    path = tmp_path / "ocr-numbers.txt"
    notes = "".join(f"{n}. Ibid., {n}.\n" for n in range(2, 10))
    path.write_text(
        "".join(f"Claim.{n} " for n in range(1, 12)) + "\n\nNotes\n\n"
        "1. Isaac Deutscher, Stalin: A Political Biography (London: Oxford University Press, 1949), 1.\n"
        + notes + "l0. Ibid., 10.\n1l. Ibid., 11.\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert [n.number for n in doc.notes] == list(range(1, 12))
    assert [n.text for n in doc.notes][9:] == ["Ibid., 10.", "Ibid., 11."]
    assert doc.warnings == []


def test_a_page_number_alone_between_blank_lines_is_no_note_text(tmp_path):
    doc = _read_written(
        tmp_path / "page-numbers.txt",
        "One.1 Two.2 Three.3\n\nNotes\n\n"
        "1. Alan Wald, The New York Intellectuals (Chapel Hill: University of North Carolina Press, 1987), 9.\n"
        "2. Ibid., 12.\n\n118\n\n"
        "3. Wald, New York Intellectuals, 40;\n\n119\n\nand Ibid., 44.\n",
    )
    assert [n.text for n in doc.notes][1:] == ["Ibid., 12.", "Wald, New York Intellectuals, 40;\nand Ibid., 44."]
    assert doc.warnings == []


@pytest.mark.parametrize("line, rank", [
    ("Notes", 0), ("FOOTNOTES:", 0), ("# End-notes", 0), ("Notes and References", 0),
    ("References", 1), ("Sources", 1), ("Bibliographical notes", 1),
    ("Notes on the text of the second edition, 1937.", None), ("Chapter One", None), ("", None),
])
def test_heading_rank_knows_notes_headings_and_nothing_else(line, rank):
    from notecite.document.plaintext import _heading_rank

    assert _heading_rank(line) == rank


def test_a_bibliography_after_the_notes_ends_them_and_the_body_keeps_it(tmp_path):
    document = _read_written(
        tmp_path / "essay.txt",
        "Title\n\nBody.[1] More.[2]\n\nNotes\n\n1. Cliff, 1974, p153.\n2. Harman, 1999, pp45-47.\n\n"
                    "References\n\nCliff, Tony, 1974 [1955], State Capitalism in Russia (Pluto).\n"
                    "Harman, Chris, 1999, Explaining the Crisis (Bookmarks).\n",
    )
    assert [n.text for n in document.notes] == ["Cliff, 1974, p153.", "Harman, 1999, pp45-47."]
    assert document.body.startswith("Title\n\nBody.[1] More.[2]")
    assert document.body.endswith("References\n\nCliff, Tony, 1974 [1955], State Capitalism in Russia (Pluto).\n"
                                  "Harman, Chris, 1999, Explaining the Crisis (Bookmarks).")
    assert [m.number for m in document.markers] == [1, 2]
