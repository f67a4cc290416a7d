"""The extract report: fits 80 columns, groups repeated doubts, ends with a summary."""
import io
import re

from rich.console import Console

from notecite.library import Citation, Library
from notecite.report import clip, column_widths, print_report, summarize, table_cells


def library(flags=26):
    records = [{"id": f"k{i}", "type": "book", "author": [{"family": "Serge", "given": "Victor"}],
                "title": f"A Very Long Title About the Revolution Betrayed and Its Consequences Number {i}"}
               for i in range(50)]
    records.append({"id": "kapital", "type": "book", "title": '<span class="nocase">Das</span> Kapital'})
    lib = Library(records, citations=[Citation("a.txt", n, f"k{n}", "full") for n in range(50)])
    lib.flags = {f"k{i}": [{"field": "title", "text": "Leinin", "reason": "OCR confusion?"}] for i in range(flags)}
    lib.warnings = [f"a.txt, note {n}: low-confidence link (0.40) of 'Memoirs'" for n in range(7)]
    lib.notes_read = {"a.txt": 60}
    return lib


def render(lib, verbose=False, width=80):
    out = io.StringIO()
    print_report(summarize(lib, documents=1, added=len(lib)), Console(file=out, width=width), verbose=verbose)
    return out.getvalue()


def test_every_line_fits_80_columns_and_no_word_is_broken():
    lines = render(library()).splitlines()
    assert max(len(line) for line in lines) <= 80
    words = set("Serge A Very Long Title About the Revolution Betrayed and Its Consequences Number".split())
    rows = [line for line in lines if re.match(r"k\d+ ", line)]
    assert len(rows) == 40
    for line in rows:  # cut cells end after a whole word, with "…"
        for token in line.split():
            token = token.rstrip("…").strip("(),")
            assert token in words or re.fullmatch(r"k\d+|\d+", token), (token, line)
    assert any("…" in line for line in rows)


def test_repeated_checks_are_grouped_with_counts_and_examples():
    text = render(library())
    assert "flagged field: OCR confusion? ×26" in text
    assert text.count("title 'Leinin'") == 3 and "… 23 more" in text
    assert "low-confidence link ×7" in text
    verbose = render(library(), verbose=True)
    assert verbose.count("title 'Leinin'") == 26


def test_closing_summary_and_where_to_look():
    text = render(library())
    summary = text[text.index("Summary:"):]
    assert "1 document (a.txt), 60 notes, 51 works (51 new), 50 links (50 full)" in " ".join(summary.split())
    assert "Uncertain: 33 (flagged field 26, low-confidence link 7)" in " ".join(summary.split())
    assert "Where to look:" in summary and "--verbose" in summary


def test_long_tables_are_cut_unless_verbose():
    assert "… and 11 more works (--verbose lists them all)" in render(library())
    assert "more works" not in render(library(), verbose=True)


def test_no_raw_markup_in_cells():
    text = render(library(), verbose=True)
    assert "Das Kapital" in text and "<span" not in text


def test_widths_and_clip():
    rows = [table_cells({"key": "x" * 40, "author": "Serge", "title": "T" * 100, "year": "1987", "cited": "3",
                         "notes": "1, 2, 3"})]
    sizes = column_widths(rows, 80)
    assert sum(sizes.values()) + len(sizes) - 1 <= 80 and sizes["key"] == 20
    assert clip("Memoirs of a Revolutionary", 16) == "Memoirs of a…"
    assert clip("short", 16) == "short"


def test_an_into_librarys_uncited_works_are_not_listed():
    lib = library()
    lib.records.append({"id": "user1", "type": "book", "title": "A Book the User Had"})
    lib.citations.append(Citation("a.txt", 51, "kapital", "full"))
    summary = summarize(lib, documents=1, added=50, existing={"user1", "kapital"})
    assert [row["key"] for row in summary.rows][-2:] == ["k49", "kapital"]  # cited in this run: listed
    assert summary.works == 52  # the library still counts every work


def test_implausible_records_and_unparsed_citations_are_grouped_and_the_report_ends_with_what_to_review():
    lib = library(flags=0)
    lib.flags = {"k3": [{"field": "author", "text": "Moscow", "reason": "author is not a name", "check": "plausibility"}]}
    lib.citations.append(Citation("a.txt", 44, "k3", "short"))
    lib.warnings = ["a.txt, note 12: could not parse 'Daily Wrkr, Nov. 7, 1937, 3'",
                    "a.txt, note 3: low-confidence link (0.40) of 'Memoirs'"]
    summary = summarize(lib, documents=1, added=51)
    assert summary.review == [("a.txt", 3), ("a.txt", 12), ("a.txt", 44)]  # note 3: the link and the record
    text = render(lib)
    assert "implausible record: author is not a name ×1" in text and "k3: author 'Moscow'" in text
    assert "citation not parsed ×1" in text and "note 12: 'Daily Wrkr, Nov. 7, 1937, 3'" in text
    last = " ".join(text.strip().splitlines()[-2:])
    assert last.endswith("Review first: notes 3, 12, 44.")
    assert summary.as_json()["review"][0] == {"document": "a.txt", "note": 3}


def test_the_works_table_and_review_list_are_built_only_when_read():
    lib = library()
    summary = summarize(lib, documents=1, added=50)
    assert "rows" not in vars(summary) and "review" not in vars(summary)  # a quiet run reads neither
    lib.records.append({"id": "late", "type": "book", "title": "Added After"})
    assert summary.rows[-1]["key"] == "late"  # built from the library when first read
    assert "rows" in vars(summary)
