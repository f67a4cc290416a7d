from notecite.document.bibliography import bibliography_entries

BODY = """Some text of the article.[1]

Bibliography

Brundage, Fitzhugh. Lynching in the New South: Georgia and Virginia, 1880–1930. Urbana, IL:
University of Illinois Press, 1993.

Wells, Ida B. "Lynch law in America." The Arena 23 (1900): 15–24.

Acknowledgments

I thank the archivists, 2019.
"""


def test_paragraph_entries_end_at_the_next_heading():
    assert bibliography_entries(BODY) == [
        "Brundage, Fitzhugh. Lynching in the New South: Georgia and Virginia, 1880–1930. Urbana, IL: "
        "University of Illinois Press, 1993.",
        'Wells, Ida B. "Lynch law in America." The Arena 23 (1900): 15–24.',
    ]


def test_one_entry_per_line_when_no_blank_line_parts_them():
    body = "Text.\n## Works Cited\nSerge, Victor. Memoirs of a Revolutionary. London, 1963.\n" \
           "Trotsky, Leon. My Life. New York, 1930.\nNo year in this line\n"
    assert bibliography_entries(body) == ["Serge, Victor. Memoirs of a Revolutionary. London, 1963.",
                                          "Trotsky, Leon. My Life. New York, 1930."]


def test_headings_of_other_languages_and_none():
    assert bibliography_entries("Text.\n\nLiteraturverzeichnis:\n\nBebel, August. Die Frau. Zürich 1879.\n") \
        == ["Bebel, August. Die Frau. Zürich 1879."]
    assert bibliography_entries("The bibliography of 1900 is long.\nSmith, Title, 1990.\n") == []


def test_a_heading_with_a_bracketed_remark_opens_the_list():
    body = "Text.\n\nWorks Cited (entries cited in the notes)\n\nSerge, Victor. Memoirs of a Revolutionary. London, 1963.\n"
    assert bibliography_entries(body) == ["Serge, Victor. Memoirs of a Revolutionary. London, 1963."]
    assert bibliography_entries("Text.\n\nBibliography [selected]:\n\nTrotsky, Leon. My Life. New York, 1930.\n") == \
        ["Trotsky, Leon. My Life. New York, 1930."]


def test_a_label_printed_before_each_entry_is_no_part_of_it():
    from notecite.document.bibliography import without_label
    assert without_label("Hafner and Lyon 1996 Hafner, K. and Lyon, M. When Wizards Stay Up Late. New York, 1996.") == \
        "Hafner, K. and Lyon, M. When Wizards Stay Up Late. New York, 1996."
    assert without_label("[Knu84] Knuth, D. The TeXbook. Reading, 1984.") == "Knuth, D. The TeXbook. Reading, 1984."
    assert without_label("Levy 1984b Levy, S. Hackers. New York, 1984.") == "Levy, S. Hackers. New York, 1984."
    # a year after a name with other words after it is the entry's own
    assert without_label("Smith 1990 was reprinted. Smith, J. A Book. London, 1990.") == \
        "Smith 1990 was reprinted. Smith, J. A Book. London, 1990."
    assert without_label("Smith, John. A Book. London, 1990.") == "Smith, John. A Book. London, 1990."


def test_a_year_only_the_label_gives_is_kept_at_the_entrys_end():
    from notecite.document.bibliography import without_label
    assert without_label("Lind and Okafor 1991 Lind, G. and Okafor, J. “Board Games”, Play Studies, 2: 93-109.") == \
        "Lind, G. and Okafor, J. “Board Games”, Play Studies, 2: 93-109. 1991."
