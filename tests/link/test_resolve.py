from notecite.link import NoteCite, link_document

SERGE = [{"family": "Serge", "given": "Victor"}]


def cite(note, kind, locator=None, suffix="", text="", **record):
    loc = {"label": "page", "value": locator, "raw": locator} if locator else None
    return NoteCite("a.txt", note, kind, record, loc, suffix=suffix, text=text)


def link(*cites):
    library = link_document(list(cites), "a.txt").assign_keys()
    return library, [(c.note, library[c.record_id].get("title"), c.kind, c.locator) for c in library.citations]


def test_short_forms_ibid_and_mentions_link_to_one_work():
    library, links = link(
        cite(1, "full", "67", type="book", author=SERGE, title="Memoirs of a Revolutionary", publisher="Writers & Readers",
             issued={"date-parts": [[1987]]}),
        cite(2, "short", "2–3", type="book", author=[{"family": "Serge"}], title="Memoirs"),
        cite(3, "mention", "63–66", type="book", title="Memoirs"),
        cite(4, "ibid", "71", type="document"),
        cite(5, "full", "124–132", type="book", author=SERGE, title="Memoirs"),
    )
    assert len(library) == 1
    assert library.records[0]["id"] == "serge1987memoirs"
    assert library.records[0]["title-short"] == "Memoirs"
    assert links == [(1, "Memoirs of a Revolutionary", "full", "67"), (2, "Memoirs of a Revolutionary", "short", "2–3"),
                     (3, "Memoirs of a Revolutionary", "mention", "63–66"), (4, "Memoirs of a Revolutionary", "ibid", "71"),
                     (5, "Memoirs of a Revolutionary", "short", "124–132")]


def test_short_form_before_its_full_reference_is_linked():
    library, links = link(
        cite(1, "short", "7", type="book", author=[{"family": "Trotsky"}], title="Revolution Betrayed"),
        cite(2, "full", None, type="book", author=[{"family": "Trotsky", "given": "Leon"}], title="The Revolution Betrayed",
             publisher="Doubleday"),
    )
    assert len(library) == 1 and [l[1] for l in links] == ["The Revolution Betrayed"] * 2


def test_mention_without_author_gets_no_invented_author():
    library, _ = link(
        cite(1, "full", None, type="book", author=SERGE, title="Memoirs of a Revolutionary"),
        cite(2, "mention", None, type="book", title="Conquered City"),
    )
    assert "author" not in library.records[1]


def test_op_cit_links_to_the_authors_latest_work():
    library, links = link(
        cite(1, "full", None, type="book", author=SERGE, title="Memoirs of a Revolutionary"),
        cite(2, "full", None, type="book", author=[{"family": "Trotsky", "given": "Leon"}], title="The Revolution Betrayed"),
        cite(3, "ibid", "12", type="document", author=[{"family": "Serge"}]),
    )
    assert links[-1] == (3, "Memoirs of a Revolutionary", "ibid", "12")


def test_a_name_and_etc_links_to_that_authors_work():
    weber = [{"family": "Weber"}]
    library, links = link(
        cite(1, "full", None, type="book", author=weber, title="Mémoires concernant Marie-Antoinette", publisher="Baudouin"),
        cite(2, "short", None, suffix="&c. &c", type="book", author=weber),
        cite(3, "short", None, type="book", author=weber),  # a name alone the parser made a short form ("Weber.")
    )
    assert links == [(1, "Mémoires concernant Marie-Antoinette", "full", None),
                     (2, "Mémoires concernant Marie-Antoinette", "short", None),
                     (3, "Mémoires concernant Marie-Antoinette", "short", None)]


def test_an_author_date_short_form_goes_to_the_authors_work_of_that_year_and_letter():
    bukharin = [{"family": "Bukharin", "given": "N."}]
    library, links = link(
        cite(1, "full", None, type="book", author=bukharin, title="Imperialism and World Economy",
             issued={"date-parts": [[1972]]}, **{"year-suffix": "a"}),
        cite(2, "full", None, type="book", author=bukharin, title="Economics of the Transformation Period",
             issued={"date-parts": [[1972]]}, **{"year-suffix": "b"}),
        cite(3, "full", None, type="book", author=bukharin, title="Historical Materialism", issued={"date-parts": [[1969]]}),
        cite(4, "short", "30", type="book", author=[{"family": "Bukharin"}], issued={"date-parts": [[1972]]},
             **{"year-suffix": "a"}),
        cite(4, "short", "8", type="book", author=[{"family": "Bukharin"}], issued={"date-parts": [[1972]]},
             **{"year-suffix": "b"}),
        cite(5, "short", "9", type="book", author=[{"family": "Bukharin"}], issued={"date-parts": [[1980]]}),
    )
    assert links[3:] == [(4, "Imperialism and World Economy", "short", "30"),
                         (4, "Economics of the Transformation Period", "short", "8"),
                         (5, "Economics of the Transformation Period", "short", "9")]  # no work of 1980: the latest


def test_an_author_date_short_form_without_a_pinpoint_goes_only_to_a_work_of_that_year():
    library, links = link(
        cite(1, "full", None, type="book", author=[{"family": "Kautsky", "given": "K."}], title="The Road to Power",
             issued={"date-parts": [[1909]]}),
        cite(2, "short", None, type="book", author=[{"family": "Kautsky"}], issued={"date-parts": [[1909]]}),
        cite(3, "short", None, type="book", author=[{"family": "Kautsky"}], issued={"date-parts": [[1925]]}),
    )
    # "Kautsky 1925": another work, known by its author and year only (flagged for review)
    assert links == [(1, "The Road to Power", "full", None), (2, "The Road to Power", "short", None), (3, None, "short", None)]
    assert len(library) == 2 and library.records[1]["issued"] == {"date-parts": [[1925]]}


def test_quoted_in_records_the_relation():
    library, _ = link(
        cite(17, "full", "105–107", suffix=", quoted in", type="book", title="O Morali"),
        cite(17, "full", "18, 276n", type="book", author=[{"family": "Filtzer", "given": "Donald"}],
             title="Soviet Workers and Stalinist Industrialization"),
    )
    first, second = library.citations
    assert first.relation == {"quoted-in": second.record_id}


def test_unresolvable_ibid_is_reported_not_invented():
    library, links = link(cite(1, "ibid", "4", type="document", text="Ibid., 4."))
    assert links == [] and "could not link" in library.warnings[0]


def test_low_confidence_links_are_reported():
    library, _ = link(cite(1, "short", "4", type="book", author=[{"family": "Serge"}], title="Carnets", text="Serge, Carnets, 4."))
    assert any("low-confidence" in w for w in library.warnings)


def test_prose_taken_for_a_mention_does_not_become_a_work():
    library, links = link(
        cite(1, "mention", None, type="document", title="the errors and mistakes of power were exposed with the handling of it"),
        cite(2, "mention", None, type="document", title="Thermidor was only realized in"),
        cite(3, "mention", None, type="book", title="Conquered City"),
    )
    assert [r["title"] for r in library.records] == ["Conquered City"]
    assert not any("could not link" in w for w in library.warnings)


def test_a_mention_cut_off_on_a_small_word_is_prose_and_the_ibid_after_it_keeps_its_work():
    library, links = link(
        cite(1, "full", "12", type="book", author=[{"family": "Cabrera"}], title="Relaciones", publisher="Martín"),
        cite(2, "mention", None, type="document", title="Antonio Pérez fué puesta en"),
        cite(3, "ibid", "14"),
        cite(4, "mention", None, type="book", title="Le Rouge et le Noir"),  # a small word inside, not at the end
    )
    assert [r["title"] for r in library.records] == ["Relaciones", "Le Rouge et le Noir"]
    assert [(l[0], l[1]) for l in links] == [(1, "Relaciones"), (3, "Relaciones"), (4, "Le Rouge et le Noir")]


def test_an_abbreviated_title_is_no_sentence():
    from notecite.link.resolve import plausible_title
    assert plausible_title("Amer. State Papers, Foreign", strict=True)
    assert plausible_title("Mem. Eccles. de Tillemont", strict=True)
    assert plausible_title("Doc. rel. Col. Hist. New York", strict=True, pinpointed=True)  # "rel." cut short
    assert not plausible_title("Thermidor was realized. The Party", strict=True)  # a full stop after a word
    assert not plausible_title("What Is To Be Done? The Burning Questions", strict=True)
    # a sentence-case title opening on an article: a title of a short form with a pinpoint, not of a mention
    assert plausible_title("The prerogative of popular government", strict=True, pinpointed=True)
    assert not plausible_title("The majority of these tribal people", strict=True)
    library, links = link(cite(1, "full", "III. No. 214, p. 151", title="Amer. State Papers, Foreign"))
    assert [l[1] for l in links] == ["Amer. State Papers, Foreign"]



def test_a_short_title_opening_works_of_two_alike_names_links_to_the_work_of_the_very_name():
    book = dict(type="book", publisher="Writers", issued={"date-parts": [[1987]]})
    library, links = link(
        cite(1, "full", "67", author=[{"family": "Serge", "given": "Victor"}], title="Memoirs of a Revolutionary", **book),
        cite(2, "full", "12", author=[{"family": "Sergi", "given": "Ada"}], title="Memoirs of a Revolutionary Youth", **book),
        cite(3, "short", "70", author=[{"family": "Serge"}], title="Memoirs"),
        cite(4, "short", "14", author=[{"family": "Sergi"}], title="Memoirs"),
    )
    assert [l[1] for l in links] == ["Memoirs of a Revolutionary", "Memoirs of a Revolutionary Youth",
                                     "Memoirs of a Revolutionary", "Memoirs of a Revolutionary Youth"]



def test_a_full_reference_naming_nobody_is_the_same_work_only_in_the_same_year_or_with_the_same_doi():
    report = dict(type="report", title="Annual Report of the Harbour Board", publisher="Harbour Board")
    library, links = link(
        cite(1, "full", "3", issued={"date-parts": [[1901]]}, DOI="10.1000/hb.1901", **report),
        cite(2, "full", "4", issued={"date-parts": [[1902]]}, **report),
        cite(3, "full", "5", issued={"date-parts": [[1901]]}, **report),
        cite(4, "full", "6", issued={"date-parts": [[1903]]}, DOI="10.1000/HB.1901", **report),
    )
    ids = [c.record_id for c in library.citations]
    assert len(library) == 2 and ids[0] == ids[2] == ids[3] != ids[1]


def test_a_title_listed_after_an_authors_work_is_by_that_author():
    from notecite.link.resolve import carry_authors

    destiny = NoteCite("a.txt", 18, "short", {"type": "book", "author": SERGE, "title-short": "Destiny of a Revolution"},
                       prefix="See, inter alia")
    lenin = NoteCite("a.txt", 18, "short", {"type": "document", "title-short": "From Lenin to Stalin"}, prefix="and")
    nation = NoteCite("a.txt", 18, "full", {"type": "article", "title": "Letter", "container-title": "The Nation"}, prefix="and")
    quoted = NoteCite("a.txt", 18, "short", {"type": "book", "title-short": "Other"}, prefix="quoted in")
    later = NoteCite("a.txt", 19, "short", {"type": "book", "title-short": "Conquered City"}, prefix="")
    out = carry_authors([destiny, lenin, nation, quoted, later])
    assert out[1].record["author"] == SERGE and out[1].record["author"] is not SERGE
    assert out[1].record["type"] == "book"
    assert [("author" in c.record) for c in out[2:]] == [False, False, False]
    assert "author" not in lenin.record  # the input is not changed


def test_a_book_after_reprinted_in_her_is_by_the_author_of_the_piece_before():
    from notecite.link.resolve import carry_authors

    luxemburg = [{"family": "Luxemburg", "given": "Rosa"}]
    piece = NoteCite("a.txt", 3, "full", {"type": "book", "author": luxemburg, "title": "The Mass Strike"},
                     suffix="reprinted in her")
    book = NoteCite("a.txt", 3, "full", {"type": "book", "title": "Selected Political Writings",
                                         "editor": [{"family": "Howard", "given": "Dick"}]})
    assert carry_authors([piece, book])[1].record["author"] == luxemburg
    # "quoted in" another's book: no author carried
    quoted = NoteCite("a.txt", 3, "full", {**piece.record}, suffix="quoted in")
    assert "author" not in carry_authors([quoted, book])[1].record


def test_a_title_opening_on_another_cited_authors_name_is_that_authors_short_form():
    deutscher = [{"family": "Deutscher", "given": "Isaac"}]
    library, links = link(
        cite(1, "full", "45", type="book", author=deutscher, title="The Prophet Armed", publisher="OUP",
             issued={"date-parts": [[1954]]}),
        cite(2, "full", "5", type="book", author=SERGE, title="Memoirs of a Revolutionary", publisher="OUP",
             issued={"date-parts": [[1963]]}),
        # "Serge, Memoirs, 13, and Deutscher, Prophet Armed, 50": the second read as a title by no one
        cite(3, "short", "13", author=[{"family": "Serge"}], title="Memoirs"),
        NoteCite("a.txt", 3, "short", {"title": "Deutscher, Prophet Armed"},
                 {"label": "page", "value": "50", "raw": "50"}, prefix="and"),
    )
    assert [l[1] for l in links] == ["The Prophet Armed", "Memoirs of a Revolutionary", "Memoirs of a Revolutionary",
                                     "The Prophet Armed"] and len(library) == 2


def test_a_title_after_the_full_stop_that_ends_a_cite_is_not_by_its_author():
    from notecite.link.resolve import carry_authors

    # "Garinet, Hist. de la Magie en France, p. 180. Trauergeschichte von der greulichen Zauberey …"
    magie = NoteCite("a.txt", 41, "short", {"type": "book", "author": [{"family": "Garinet"}], "title": "Hist. de la Magie"})
    trauer = NoteCite("a.txt", 41, "full", {"type": "book", "title": "Trauergeschichte"}, separator=".")
    assert "author" not in carry_authors([magie, trauer])[1].record
    # a comma, or a joining word after the full stop, still lists the author's next work
    listed = NoteCite("a.txt", 41, "full", {"type": "book", "title": "Trauergeschichte"})
    assert "author" in carry_authors([magie, listed])[1].record
    see_also = NoteCite("a.txt", 41, "full", {"type": "book", "title": "Trauergeschichte"}, prefix="see also his",
                        separator=".")
    assert "author" in carry_authors([magie, see_also])[1].record


def test_a_title_after_a_full_stop_and_a_dash_is_not_by_the_author_before():
    from notecite.link.resolve import carry_authors

    # "Caffari Ann. Gen. p. 280.-283. — Breviarium Pisanæ Hist. p. 173.": a dash after the full stop joins nothing
    annales = NoteCite("a.txt", 6, "short", {"type": "book", "author": [{"family": "Caffari"}], "title": "Ann. Gen."})
    breviarium = NoteCite("a.txt", 6, "short", {"type": "book", "title": "Breviarium Pisanæ Hist."}, prefix="—",
                          separator=".")
    assert "author" not in carry_authors([annales, breviarium])[1].record
    # a dash after a comma still lists the author's next work
    listed = NoteCite("a.txt", 6, "short", {"type": "book", "title": "Breviarium Pisanæ Hist."}, prefix="—",
                      separator=",")
    assert "author" in carry_authors([annales, listed])[1].record

def test_a_title_after_a_bare_semicolon_is_by_the_author_before_only_when_it_names_a_work_of_theirs():
    from notecite.link.resolve import carry_authors

    # "Victor Serge, Memoirs of a Revolutionary, 67; Report of the Commission, 3": a semicolon lists other works
    memoirs = NoteCite("a.txt", 3, "full", {"type": "book", "author": SERGE, "title": "Memoirs of a Revolutionary"})
    report = NoteCite("a.txt", 3, "full", {"type": "book", "title": "Report of the Commission"}, separator=";")
    assert "author" not in carry_authors([memoirs, report])[1].record
    # ... unless a joining word lists the author's next work, the title names the author, or the document
    # cites the title by that author
    listed = NoteCite("a.txt", 3, "full", {"type": "book", "title": "From Lenin to Stalin"}, prefix="and",
                      separator=";")
    assert carry_authors([memoirs, listed])[1].record["author"] == SERGE
    named = NoteCite("a.txt", 3, "full", {"type": "book", "title": "Carnets de Serge"}, separator=";")
    assert carry_authors([memoirs, named])[1].record["author"] == SERGE
    destiny = NoteCite("a.txt", 3, "full", {"type": "book", "title": "Destiny of a Revolution"}, separator=";")
    later = NoteCite("a.txt", 9, "short", {"author": [{"family": "Serge"}], "title": "Destiny"})
    assert carry_authors([memoirs, destiny, later])[1].record["author"] == SERGE
    # a comma is no semicolon
    comma = NoteCite("a.txt", 3, "full", {"type": "book", "title": "Report of the Commission"}, separator=",")
    assert carry_authors([memoirs, comma])[1].record["author"] == SERGE


def test_the_works_of_a_name_scored_against_a_title_are_those_whose_titles_can_be_alike():
    from notecite.link.resolve import _CitedByName

    cites = [NoteCite("a.txt", n, "full", {"author": SERGE, "title": title})
             for n, title in enumerate(["Weavers of the Glen", "Harbour Lights", "The Glenn Weavers: A Chronicle"], 1)]
    cites.append(NoteCite("a.txt", 4, "short", {"author": [{"family": "Orme"}], "title": "Weavers"}))
    cited = _CitedByName(cites)
    assert list(cited.records) == ["serge", "orme"]
    # in cite order, those with a word alike (a slip: "Glenn"), in any order; none for a name no cite names
    assert [r["title"] for r in cited.alike("serge", {"title": "Glen"})] == ["Weavers of the Glen",
                                                                           "The Glenn Weavers: A Chronicle"]
    assert [r["title"] for r in cited.alike("serge", {"title": "Lights of the Harbour"})] == ["Harbour Lights"]
    assert cited.alike("serge", {"title": "Moorland"}) == [] and cited.alike("kemp", {"title": "Glen"}) == []


def test_see_also_his_title_is_by_the_same_author():
    from notecite.link.resolve import carry_authors

    entretiens = NoteCite("a.txt", 8, "full", {"type": "book", "author": SERGE, "title": "Entretiens"})
    arcane = NoteCite("a.txt", 8, "full", {"type": "book", "title": "Arcane 17"}, prefix="see also his")
    other = NoteCite("a.txt", 8, "full", {"type": "book", "title": "Nadja"}, prefix="as Aragon wrote in")
    assert [("author" in c.record) for c in carry_authors([entretiens, arcane, other])] == [True, True, False]
    later = NoteCite("a.txt", 8, "full", {"type": "book", "title": "Long Waves"}, prefix="Compare his later formulation in")
    assert "author" in carry_authors([entretiens, later])[1].record
    # an article in a journal: a possessive still carries the author, a bare "and" does not
    article = {"type": "article-journal", "title": "Ten Theses", "container-title": "Critique"}
    his = NoteCite("a.txt", 8, "full", dict(article), prefix="also his")
    assert "author" in carry_authors([entretiens, his])[1].record
    joined = NoteCite("a.txt", 8, "full", dict(article), prefix="and")
    assert "author" not in carry_authors([entretiens, joined])[1].record


def test_a_title_may_open_on_a_number_before_a_capital():
    from notecite.link.resolve import plausible_title

    assert plausible_title("0 Morali", strict=True) and plausible_title("1917 Revisited", strict=True)
    assert not plausible_title("12 workers", strict=True) and not plausible_title("", strict=True)


def test_a_title_in_sentence_case_can_name_a_new_work_but_a_run_of_prose_cannot():
    from notecite.link.resolve import plausible_title

    assert plausible_title("Histoire des classes ouvrières", strict=True)
    assert plausible_title("Reflections upon marriage", strict=True)
    assert not plausible_title("Les grévistes furent renvoyés le 12 mars", strict=True)
    assert not plausible_title("Nous avons déjà vu ce que valait la loi", strict=True)
    library, links = link(cite(3, "mention", "45", title="Histoire des classes ouvrières"))
    assert [l[1] for l in links] == ["Histoire des classes ouvrières"]


def test_a_long_title_in_title_case_names_a_work_but_a_long_run_of_prose_does_not():
    from notecite.link.resolve import plausible_title

    long_title = "An Essay on the Principles of Trade, being a Treatise on the Commerce of the Northern Nations"
    assert plausible_title(long_title, strict=False) and plausible_title(long_title, strict=True)
    prose = "The authors of the report had long argued that the commerce of the northern ports was in decline"
    assert not plausible_title(prose, strict=False)
    assert not plausible_title(" ".join(["Word"] * 31), strict=False)  # past the longest title in title case
    library, links = link(cite(27, "short", type="book", author=[{"family": "Harrow"}], **{"title-short": long_title}),
                          cite(28, "ibid", "181–183", type="document", author=[{"family": "Harrow"}]))
    assert [l[1] for l in links] == [long_title, long_title]


def test_a_name_flagged_as_not_a_title_makes_no_new_work():
    from notecite.normalize.titles import NAME_NOT_TITLE

    flagged = NoteCite("a.txt", 8, "mention", {"type": "book", "title": "Lenin"},
                       flags=[{"field": "title", "text": "Lenin", "reason": NAME_NOT_TITLE}])
    assert len(link_document([flagged], "a.txt")) == 0
    plain = NoteCite("a.txt", 8, "mention", {"type": "book", "title": "Conquered City"})
    assert len(link_document([plain], "a.txt")) == 1


def test_a_bare_container_that_reads_as_prose_is_not_a_work():
    prose = NoteCite("a.txt", 6, "full", {"type": "article", "container-title": "Stalinist critics of the magazine"})
    journal = NoteCite("a.txt", 7, "full", {"type": "article", "container-title": "Partisan Review"})
    dated = NoteCite("a.txt", 8, "full", {"type": "article", "container-title": "the weekly paper",
                                         "issued": {"date-parts": [[1938]]}})
    assert len(link_document([prose], "a.txt")) == 0
    assert len(link_document([journal], "a.txt")) == 1 and len(link_document([dated], "a.txt")) == 1


def test_an_authors_name_mentioned_with_a_pinpoint_means_that_authors_work():
    library, links = link(
        cite(1, "full", "80", type="book", author=[{"family": "Pages", "given": "Pelai"}], title="Andreu Nin",
             publisher="Zero"),
        cite(3, "mention", "131", type="book", title="Pages"),
    )
    assert len(library) == 1 and links[1] == (3, "Andreu Nin", "mention", "131")


def test_a_full_cite_without_imprint_joins_the_work_it_shortens():
    library, links = link(
        cite(1, "full", "35–40", type="book", author=[{"family": "Avrich", "given": "Paul"}], title="Kronstadt 1921",
             publisher="Princeton University Press", issued={"date-parts": [[1970]]}),
        cite(2, "full", "73–74", type="book", author=[{"family": "Avrich"}], title="Kronstadt",
             issued={"date-parts": [[1921]]}),
    )
    assert len(library) == 1 and [l[3] for l in links] == ["35–40", "73–74"]
    assert library.records[0]["issued"] == {"date-parts": [[1970]]} and not library.conflicts.get(library.records[0]["id"])


def test_a_yearly_report_titled_alike_with_another_year_is_another_years_report():
    library, links = link(
        cite(1, "full", title="Derby Trades Council Annual Report", issued={"date-parts": [[1927]]}),
        cite(2, "full", title="Derby Trades Council Annual Report", issued={"date-parts": [[1928]]}),
        cite(3, "full", title="Report of the Derby Trades Council", issued={"date-parts": [[1927]]}),
        cite(4, "full", title="Report of the Derby Trades Council", issued={"date-parts": [[1929]]}),
    )
    ids = [c.record_id for c in library.citations]
    # "Annual Report" names a yearly series: each year's report is a work; a title without such a word that
    # repeats exactly is still the work cited before
    assert ids[0] != ids[1] and ids[3] == ids[2]


def test_a_named_relation_of_another_year_at_its_page_is_that_years_relation():
    library, links = link(
        cite(1, "full", "35", author=[{"family": "Le Jeune"}], title="Relation", issued={"date-parts": [[1633]]}),
        cite(2, "full", "13", author=[{"family": "Le Jeune"}], title="Relation", issued={"date-parts": [[1634]]}),
        cite(3, "full", "16", author=[{"family": "Le Jeune"}], title="Relation", issued={"date-parts": [[1633]]}),
        cite(4, "full", "9", author=[{"family": "Lalemant"}], title="Relation des Hurons", issued={"date-parts": [[1639]]}),
        cite(5, "full", "71", author=[{"family": "Lalemant"}], title="Relation des Hurons, 1641",
             issued={"date-parts": [[1641]]}),
    )
    ids = [c.record_id for c in library.citations]
    # each year's Relation is a work of its own (a yearly series), cited again by its year
    assert ids[0] != ids[1] and ids[2] == ids[0] and ids[3] != ids[4]


def test_a_nameless_item_cited_whole_with_another_year_is_another_item_of_the_series():
    library, links = link(
        cite(1, "full", title="Railway Workshops Branch minutes", issued={"date-parts": [[1941, 7, 14]]},
             publisher="Railway Workshops Branch"),
        cite(2, "full", title="Railway Workshops branch minutes August 21st", issued={"date-parts": [[1939]]}),
        cite(3, "full", "12", title="Railway Workshops branch minutes March 3rd", issued={"date-parts": [[1939]]}),
        cite(4, "full", title="Railway Workshops Branch minutes", issued={"date-parts": [[1940]]}),
    )
    ids = [c.record_id for c in library.citations]
    # a page (note 3) is a page of the minutes cited before; the same title (note 4) repeats that work
    assert ids[0] != ids[1] and ids[2] == ids[0] and ids[3] == ids[0]


def test_a_short_form_naming_the_book_a_piece_was_printed_in_is_not_that_piece():
    trotsky = [{"family": "Trotsky", "given": "Leon"}]
    library, links = link(
        cite(1, "full", "150", type="chapter", author=[{"family": "Shachtman", "given": "Max"}], editor=trotsky,
             title="The Struggle for the New Course", **{"container-title": "The New Course"},
             publisher="New International", issued={"date-parts": [[1943]]}),
        cite(2, "short", "155", author=[{"family": "Shachtman"}], title="Struggle for the New Course"),
        cite(3, "short", "20", author=[{"family": "Trotsky"}], title="New Course"),
    )
    ids = [c.record_id for c in library.citations]
    assert ids[0] == ids[1] != ids[2] and library[ids[2]]["title"] == "New Course"


def test_a_short_form_naming_its_authors_chapter_by_the_book_is_that_chapter():
    derez = [{"family": "Derez", "given": "Mark"}]
    library, links = link(
        cite(1, "full", type="chapter", author=derez, title="The Burning of Leuven",
             **{"container-title": "Ravaged: Art and Culture in Times of Conflict"},
             editor=[{"family": "Tollebeek", "given": "Jo"}], issued={"date-parts": [[2014]]}),
        cite(2, "short", "84", author=[{"family": "Derez"}], title="Ravaged"),
        cite(3, "short", "12", author=[{"family": "Tollebeek"}], title="Ravaged"),  # the editor names the book
    )
    ids = [c.record_id for c in library.citations]
    assert ids[0] == ids[1] != ids[2] and links[1][3] == "84"


def test_an_op_cit_after_an_authors_name_and_short_title_is_the_work_so_titled():
    deutscher = [{"family": "Deutscher", "given": "Isaac"}]
    library, links = link(
        cite(1, "full", "45", type="book", author=deutscher, title="The Prophet Armed", publisher="OUP",
             issued={"date-parts": [[1954]]}),
        cite(2, "full", "12", type="book", author=deutscher, title="The Prophet Unarmed", publisher="OUP",
             issued={"date-parts": [[1959]]}),
        cite(3, "short", "33", author=[{"family": "Deutscher"}], title="Prophet Armed"),
        # "Deutscher, Unarmed, op. cit., 50": the short title read as a given name
        cite(4, "ibid", "50", text="Deutscher, Unarmed, op. cit., 50", author=[{"family": "Deutscher", "given": "Unarmed"}]),
        cite(5, "ibid", "51", text="Deutscher, op. cit., 51", author=[{"family": "Deutscher", "given": "Isaac"}]),
    )
    assert [l[1] for l in links] == ["The Prophet Armed", "The Prophet Unarmed", "The Prophet Armed",
                                     "The Prophet Unarmed", "The Prophet Unarmed"]


def test_a_nameless_full_cite_with_only_a_volume_besides_its_title_is_resolved_like_a_short_form():
    library, links = link(
        cite(1, "short", "693", type="report", title="Census of 1910, Population, General Report and Analysis"),
        cite(2, "full", "699", type="report", title="Population, General Report and Analysis", volume="1",
             issued={"literal": "1910 census"}),
        cite(3, "full", "12", title="Annual Report of the Harbour Board", volume="2"),
    )
    ids = [c.record_id for c in library.citations]
    # one that names no work cited before still starts its own
    assert ids[0] == ids[1] != ids[2] and len(library) == 2


def test_idem_with_a_title_is_by_the_author_before_it():
    from notecite.link.resolve import carry_authors

    hue = NoteCite("a.txt", 5, "full", {"type": "article", "author": SERGE, "title": "Hue and Cry"})
    more = NoteCite("a.txt", 5, "ibid", {"type": "article", "title": "More on Kronstadt", "container-title": "NI"})
    assert carry_authors([hue, more])[1].record["author"] == SERGE
    # the editor of the book a chapter is printed in is not its writer: the chapter is still the same author's
    chapter = NoteCite("a.txt", 5, "ibid", {"type": "chapter", "title": "The Rise and Fall", "container-title": "Culture",
                                            "editor": [{"family": "Bean", "given": "J."}]})
    carried = carry_authors([hue, chapter])[1].record
    assert carried["author"] == SERGE and carried["editor"] == [{"family": "Bean", "given": "J."}]
    edited = NoteCite("a.txt", 5, "ibid", {"type": "book", "title": "Culture", "editor": [{"family": "Bean"}]})
    assert "author" not in carry_authors([hue, edited])[1].record


def test_a_work_introduced_by_his_after_a_name_is_that_persons():
    from notecite.link.resolve import carry_authors

    for prefix, family in (("The phrase is Hal Draper's; see his", "Draper"), ("Both recanted; on Burnham see his", "Burnham"),
                           ("The phrase is Trotsky's: see", "Trotsky")):
        cite = NoteCite("a.txt", 3, "full", {"type": "book", "title": "The Managerial Revolution"}, prefix=prefix)
        assert carry_authors([cite])[0].record["author"][0]["family"] == family, prefix
    # "and his" after a title (no citing word before the pronoun): nobody is named
    cite = NoteCite("a.txt", 3, "full", {"type": "book", "title": "Early Illustrators"},
                    prefix="Cf. also his comment on Dante's Visual Images, and his")
    assert "author" not in carry_authors([cite])[0].record
    # a possessive in a clause before "; see": no author ("Carr's argument is contested; see")
    cite = NoteCite("a.txt", 3, "full", {"type": "book", "title": "Early Illustrators"},
                    prefix="Carr's argument is contested; see")
    assert "author" not in carry_authors([cite])[0].record


def test_idem_after_bare_ibids_is_by_the_author_they_repeat():
    from notecite.link.resolve import carry_authors

    hue = NoteCite("a.txt", 5, "full", {"type": "article", "author": SERGE, "title": "Hue and Cry"})
    ibid = NoteCite("a.txt", 6, "ibid", {"type": "document"})
    more = NoteCite("a.txt", 7, "ibid", {"type": "book", "title": "Year One of the Revolution"})
    assert carry_authors([hue, ibid, ibid, more])[3].record["author"] == SERGE
    untitled = NoteCite("a.txt", 6, "short", {"type": "document", "title": "A Report of the Commission"})
    assert "author" not in carry_authors([hue, untitled, more])[2].record  # only bare ibids are looked through


def test_a_bare_ibid_inherits_the_pinpoint_before_it():
    _, links = link(
        cite(1, "full", "367", type="book", author=SERGE, title="Memoirs of a Revolutionary", publisher="Writers & Readers"),
        cite(2, "ibid", None, type="document"),
        cite(3, "ibid", "290", type="document"),
        cite(4, "ibid", None, type="document"),
        cite(5, "full", None, type="book", author=[{"family": "Trotsky"}], title="My Life", publisher="Scribner"),
        cite(6, "ibid", None, type="document"),
    )
    assert [(n, loc) for n, _, _, loc in links] == [(1, "367"), (2, "367"), (3, "290"), (4, "290"), (5, None), (6, None)]
    # "Serge, op. cit." (an author) is not a repeat of the last pinpoint
    _, links = link(
        cite(1, "full", "367", type="book", author=SERGE, title="Memoirs of a Revolutionary", publisher="Writers & Readers"),
        cite(2, "ibid", None, type="document", author=[{"family": "Serge"}]),
    )
    assert links[1][3] is None


def test_cited_in_and_reprinted_in_record_their_own_relation():
    from notecite.link.resolve import relation_named

    assert relation_named(", quoted in") == "quoted-in" and relation_named("qtd. in") == "quoted-in"
    assert relation_named("cited in") == "cited-in" and relation_named("cité par") == "cited-in"
    assert relation_named("reprinted in") == "reprinted-in" and relation_named("repr. in") == "reprinted-in"
    assert relation_named("zit. nach") == "quoted-in"
    assert relation_named("see also") is None and relation_named("translated by") is None
    assert relation_named("REPRODUCED IN") == "reprinted-in" and relation_named("Cité dans") == "cited-in"
    assert relation_named("quoted in X, then reprinted in") == "reprinted-in"  # the last phrase wins
    library, _ = link(
        cite(4, "full", None, suffix="reprinted in", type="article-newspaper", author=[{"family": "Gramsci"}],
             title="Socialism and Culture", **{"container-title": "Il Grido del Popolo"}),
        cite(4, "full", "10–13", type="book", title="Selections from Political Writings", publisher="Lawrence and Wishart"),
        cite(5, "full", "290", suffix="cited in", type="speech", author=[{"family": "Bukharin"}], title="Speech of 1928",
             publisher="Pravda"),
        cite(5, "full", None, type="book", author=[{"family": "Cohen"}], title="Bukharin and the Bolshevik Revolution",
             publisher="Knopf"),
    )
    first, second, third, fourth = library.citations
    assert first.relation == {"reprinted-in": second.record_id}
    assert third.relation == {"cited-in": fourth.record_id}
    assert second.relation is None and fourth.relation is None


def test_a_work_cited_in_ibid_is_in_the_container_of_the_work_before():
    library, links = link(
        cite(1, "full", "367", type="chapter", author=[{"family": "Luxemburg"}], title="The Russian Revolution",
             editor=[{"family": "Howard", "given": "Dick"}], publisher="Monthly Review Press",
             issued={"date-parts": [[1971]]}, **{"container-title": "Selected Political Writings"}),
        cite(2, "ibid", None, type="document"),
        cite(3, "full", "283", type="chapter", author=[{"family": "Luxemburg"}], title="Organizational Questions",
             **{"container-title": "ibid."}),
        cite(4, "full", "12", type="book", author=[{"family": "Trotsky"}], title="Writings 1937-38", publisher="Pathfinder"),
        cite(5, "full", "60", type="chapter", author=[{"family": "Trotsky"}], title="Not a Workers' State?",
             **{"container-title": "Ibid"}),
    )
    assert len(library) == 4
    org = library.records[1]
    assert org["container-title"] == "Selected Political Writings" and org["editor"] == [{"family": "Howard", "given": "Dick"}]
    assert org["publisher"] == "Monthly Review Press" and org["type"] == "chapter"
    essay = library.records[3]
    assert essay["container-title"] == "Writings 1937-38" and essay["container-author"] == [{"family": "Trotsky"}]
    assert essay["publisher"] == "Pathfinder"
    assert [loc for *_, loc in links] == ["367", "367", "283", "12", "60", "60"]  # the book cited in full before, too


def test_a_short_form_by_the_pseudonym_links_to_the_work_of_the_real_name():
    from notecite.link.matching import known_as

    kessler = {"type": "book", "author": [{"family": "Kessler", "given": "Franz"}], "title": "Der Weg zur Macht",
               "publisher": "Vorwärts", "note": "pseudonym: Spartacus (Franz Kessler)"}
    assert known_as(kessler) == ["kessler", "spartacus"] and known_as({"author": [{"family": "Marx"}]}) == ["marx"]
    first = cite(1, "full", "14")
    first.record = kessler
    library, links = link(
        first,
        cite(2, "short", "20", type="book", author=[{"family": "Spartacus"}], title="Weg zur Macht"),
        cite(3, "short", "22", type="book", author=[{"family": "Kessler"}], title="Weg zur Macht"),
    )
    assert len(library) == 1 and [loc for *_, loc in links] == ["14", "20", "22"]


def test_family_name_and_pinpoint_link_to_that_authors_work():
    library, links = link(
        cite(1, "full", "6", type="book", author=[{"family": "Briand", "given": "Aristide"}], title="La grève générale",
             publisher="Stock", issued={"date-parts": [[1899]]}),
        cite(2, "full", "12", type="book", author=[{"family": "Blum", "given": "Léon"}],
             title="Les congrès ouvriers", publisher="Cornély"),
        cite(3, "short", "16", author=[{"family": "Briand"}]),
        cite(4, "short", "3", author=[{"family": "Lagardelle"}]),  # no work of that author: one titled by the name
    )
    assert len(library) == 3
    assert links[2] == (3, "La grève générale", "short", "16") and links[3] == (4, "Lagardelle", "short", "3")


def test_a_short_form_whose_only_title_is_a_name_cites_that_authors_work():
    library, links = link(
        cite(1, "full", "229", type="book", author=[{"family": "Bermúdez de Castro"}], title="Antonio Pérez",
             publisher="Mellado", issued={"date-parts": [[1841]]}),
        cite(2, "full", "12", type="book", author=[{"family": "Rappoport"}], title="Der Kongreß", publisher="Dietz"),
        cite(3, "short", "231", title="Bermúdez de Castro"),
        cite(4, "short", "17", title="Rappoport"),
        cite(5, "short", "4", title="Lagardelle"),  # no work of that author: a work of its own
    )
    assert links[2] == (3, "Antonio Pérez", "short", "231") and links[3] == (4, "Der Kongreß", "short", "17")
    assert len(library) == 3


def test_a_name_and_a_volume_read_as_a_full_cite_are_a_short_form_of_that_authors_work():
    library, links = link(
        cite(1, "full", "70", type="book", author=[{"family": "Carr"}], title="The Bolshevik Revolution",
             publisher="Macmillan", issued={"date-parts": [[1950]]}),
        cite(2, "full", "90", type="book", title="Carr", volume="3"),
        cite(3, "full", "423", type="book", title="Writings", volume="1"),  # no author of that name: a work of its own
    )
    assert links[1] == (2, "The Bolshevik Revolution", "short", "90")
    assert len(library) == 2 and links[2][1] == "Writings"


def test_a_pinpoint_keeps_the_volume_it_names():
    volume = NoteCite("a.txt", 2, "short", {"title": "Commentaries"}, {"label": "page", "value": "289", "raw": "vol. 1, p. 289",
                                                                     "volume": "1"})
    library = link_document([cite(1, "full", "3", type="book", author=[{"family": "Kent"}], title="Commentaries",
                                  publisher="Halsted"), volume], "a.txt")
    assert [c.locator for c in library.citations] == ["3", "1:289"]


def test_reads_as_name():
    from notecite.link.resolve import reads_as_name
    assert reads_as_name("Rappoport") and reads_as_name("Bermúdez de Castro") and reads_as_name("Van der Linden")
    assert not reads_as_name("the Bolsheviks") and not reads_as_name("Code of 1650") and not reads_as_name("Kronstadt in 1921")
    assert not reads_as_name("A Very Long Title Of Five") and not reads_as_name(None)


def test_a_nameless_short_title_of_two_words_taken_from_inside_a_title_links_to_that_work():
    library, links = link(
        cite(1, "full", "3", type="book", title="Vorrede zur Übersetzung des Lindner", publisher="Cotta"),
        cite(2, "short", "19", title="Vorrede zum Lindner"),
    )
    assert len(library) == 1 and [l[1] for l in links] == ["Vorrede zur Übersetzung des Lindner"] * 2


def test_a_short_title_taken_from_inside_the_full_title_links_to_that_authors_work():
    library, links = link(
        cite(1, "full", "3", type="book", author=[{"family": "Ingraham"}],
             title="A Sketch of the Events Which Preceded the Capture of Washington by the British", publisher="Mason"),
        cite(2, "full", "9", type="book", author=[{"family": "Hines"}], title="Early Recollections of Washington City",
             publisher="Chronicle"),
        cite(3, "short", "35", author=[{"family": "Ingraham"}], title="Capture of Washington"),
        cite(4, "short", "26", author=[{"family": "Hines"}], title="Recollections of Washington"),
        cite(5, "short", "12", author=[{"family": "Hines"}], title="Capture of Washington"),  # not Hines's title
    )
    assert [l[1] for l in links[2:4]] == [library.records[0]["title"], library.records[1]["title"]]
    assert len(library) == 3 and links[4][1] == "Capture of Washington"


def test_a_short_title_with_shortened_words_links_to_that_authors_work():
    library, links = link(
        cite(1, "full", "3", type="article-journal", author=[{"family": "Keller"}], title="Der deutsche Bergarbeiterstreik",
             **{"container-title": "Neue Zeit"}),
        cite(2, "full", "9", type="article-journal", author=[{"family": "Keller"}], title="Die neuen Wahlen",
             **{"container-title": "Neue Zeit"}),
        cite(3, "short", "12", author=[{"family": "Keller"}], title="Der deut. B-streik"),
        cite(4, "short", "14", author=[{"family": "Keller"}]),
    )
    assert len(library) == 2
    assert [l[1] for l in links[2:]] == ["Der deutsche Bergarbeiterstreik"] * 2


def test_an_idem_with_its_authors_name_cites_the_page_that_work_was_last_cited_at():
    library, links = link(
        cite(1, "full", "12", type="book", author=[{"family": "Keller"}], title="Briefe aus Rom", publisher="Cotta"),
        cite(2, "full", "40", type="book", author=[{"family": "Weber"}], title="Reise nach Neapel", publisher="Cotta"),
        cite(3, "short", "15", author=[{"family": "Keller"}]),
        cite(4, "short", "41", author=[{"family": "Weber"}]),
        cite(5, "ibid", None, text="Keller, idem", type="document", author=[{"family": "Keller"}]),
        cite(6, "ibid", None, text="Weber, op. cit.", type="document", author=[{"family": "Weber"}]),
    )
    assert links[4] == (5, "Briefe aus Rom", "ibid", "15")  # Keller's latest page, not Weber's just before
    assert links[5] == (6, "Reise nach Neapel", "ibid", None)  # an op. cit. names the work, no page


def test_a_loc_cit_with_its_authors_name_cites_the_page_that_work_was_last_cited_at():
    library, links = link(
        cite(1, "full", "12", type="book", author=[{"family": "Keller"}], title="Briefe aus Rom", publisher="Cotta"),
        cite(2, "full", "40", type="book", author=[{"family": "Weber"}], title="Reise nach Neapel", publisher="Cotta"),
        cite(3, "ibid", None, text="Keller, loc. cit.", type="document", author=[{"family": "Keller"}]),
    )
    assert links[2] == (3, "Briefe aus Rom", "ibid", "12")  # the place cited: Keller's page, not Weber's


def test_a_title_opening_on_an_authors_name_is_that_authors_work():
    from notecite.link.resolve import _names_in_title
    library, links = link(
        cite(1, "full", "3", type="book", author=[{"family": "Lowell"}], title="A History of the Harbour Town",
             publisher="Riverside"),
        cite(2, "full", "9", type="book", title="Lowell Harbour Town"),
        cite(3, "short", "12", type="book", title="Lowell's Harbour Town"),
        cite(4, "short", "14", type="book", title="Marsh Harbour Town"),  # no work of Marsh's
        cite(5, "mention", "15", type="book", title="History of Lowell"),  # a name after "de", "of"…
    )
    assert [l[1] for l in links] == ["A History of the Harbour Town"] * 3 + ["Marsh Harbour Town"] \
        + ["A History of the Harbour Town"]
    assert _names_in_title("Sewel's History") == [("sewel", "History")] and _names_in_title("Lowell") == []
    assert _names_in_title("1848 Revisited") == [] and _names_in_title("the harbour town") == []
    assert _names_in_title("l'Histoire de Lowell") == [("lowell", "l'Histoire")]
    assert _names_in_title("Histoire d'Orville")[-1] == ("orville", "Histoire")
    assert _names_in_title("History of the Town") == [("history", "of the Town")]  # "the" names nobody


def test_an_authors_name_cut_short_with_a_period_is_that_authors_latest_work():
    library, links = link(
        cite(1, "full", "3", type="book", author=[{"family": "Polybius"}], title="Historiae", publisher="Teubner"),
        cite(2, "short", "iv. 2", text="Polyb. iv. 2", author=[{"family": "Polyb"}]),
        cite(3, "short", "v. 7", text="Polyb v. 7", author=[{"family": "Polyb"}]),  # no period: another name
    )
    assert [l[1] for l in links] == ["Historiae", "Historiae", "Polyb"]


def test_a_name_and_pinpoint_with_no_work_of_that_author_is_a_work_titled_by_the_name():
    from notecite.link.resolve import NAMED_BY_AUTHOR
    library, links = link(
        cite(1, "short", "l. iii. p. 158", author=[{"family": "Zosimus"}]),
        cite(2, "short", "l. iii. p. 160", author=[{"family": "Zosimus"}]),
        cite(3, "short", "4", author=[{"family": "Ammianus"}, {"family": "Valesius"}]),  # two names: no work
    )
    assert len(library) == 1 and library.records[0]["title"] == "Zosimus"
    assert [(n, kind, loc) for n, _t, kind, loc in links] == [(1, "short", "l. iii. p. 158"),
                                                               (2, "short", "l. iii. p. 160")]
    assert any(f["reason"] == NAMED_BY_AUTHOR for f in library.flags[library.records[0]["id"]])


def test_an_abbreviated_short_title_links_to_that_authors_work():
    library, links = link(
        cite(1, "full", "712", type="book", author=[{"family": "Tillemont"}], title="Memoires Ecclesiastiques",
             publisher="Robustel"),
        cite(2, "short", "68", author=[{"family": "Tillemont"}], title="Mem. Eccles"),
        cite(3, "short", "9", author=[{"family": "Fleury"}], title="Mem. Eccles"),  # another author: not that work
    )
    assert [l[1] for l in links] == ["Memoires Ecclesiastiques", "Memoires Ecclesiastiques", "Mem. Eccles"]
    assert len(library) == 2


def test_a_name_cited_before_a_later_short_form_of_a_work_named_after_that_person_is_that_work():
    library, links = link(
        cite(1, "short", "24", author=[{"family": "Valens"}]),
        cite(2, "short", "146", author=[{"family": "Tillet"}], title="Vie de Valens"),
        cite(3, "short", "160", author=[{"family": "Zosimus"}]),  # named in no title: stays a work of its own
    )
    assert [l[1] for l in links] == ["Vie de Valens", "Vie de Valens", "Zosimus"]


def test_an_author_in_a_container_without_a_title_is_that_authors_piece_there():
    journal = {"container-title": "Harbour Review"}
    library, links = link(
        cite(1, "full", "12", type="article-journal", author=[{"family": "Lowell", "given": "A."}],
             title="The Toll Roads", **journal),
        cite(2, "full", "14", type="article-journal", author=[{"family": "Lowell"}], title="Harbour Review", **journal),
        cite(3, "full", "20", type="article-journal", author=[{"family": "Marsh"}], title="Harbour Review", **journal),
    )
    assert [l[1] for l in links[:2]] == ["The Toll Roads"] * 2 and links[1][2] == "short"
    assert len(library) == 2 and "title-short" not in library.records[0]  # Marsh has no piece there yet


def test_a_short_form_that_names_no_work_yet_links_to_the_work_a_later_cite_brings():
    library, links = link(
        cite(1, "short", "VIII", type="legislation", **{"title-short": "charter"}),  # lower case: no work of its own
        cite(2, "short", "12", author=[{"family": "Lowell"}], title="Toll Roads"),
        cite(3, "mention", "IX", type="book", title="Charter of the Harbour Town"),
        cite(4, "short", "IV", type="legislation", **{"title-short": "statute"}),  # still nothing: no link
    )
    assert [(l[0], l[1]) for l in links] == [(1, "Charter of the Harbour Town"), (2, "Toll Roads"),
                                             (3, "Charter of the Harbour Town")]
    assert any("could not link" in w for w in library.warnings)


def test_a_name_cited_before_the_only_full_reference_of_that_author_is_that_work():
    library, links = link(
        cite(1, "short", "440", author=[{"family": "Hutchinson"}]),
        cite(2, "full", "9", type="book", author=[{"family": "Hutchinson"}], title="History of the Colony of Massachusetts"),
        cite(3, "short", "160", author=[{"family": "Zosimus"}]),  # no full reference: stays a work of its own
    )
    assert len(library) == 2 and not any(library.flags.get(r["id"]) for r in library.records
                                         if r["title"] == "History of the Colony of Massachusetts")
    assert [l[1] for l in links] == ["History of the Colony of Massachusetts"] * 2 + ["Zosimus"]


def test_a_name_cited_before_the_only_short_form_of_that_author_is_that_work():
    library, links = link(
        cite(1, "short", "129", author=[{"family": "Marvell"}]),
        cite(2, "short", "180", type="book", author=[{"family": "Marvell"}], title="Hist. des Sorciers"),
    )
    assert len(library) == 1 and [l[1] for l in links] == ["Hist. des Sorciers"] * 2


def test_names_of_two_authors_each_fold_into_that_authors_only_full_reference():
    library, links = link(
        cite(1, "short", "440", author=[{"family": "Hutchinson"}]),
        cite(2, "short", "12", author=[{"family": "Gibbon"}]),
        cite(3, "full", "9", type="book", author=[{"family": "Hutchinson"}], title="History of the Colony of Massachusetts"),
        cite(4, "full", "3", type="book", author=[{"family": "Gibbon"}], title="Decline and Fall of the Roman Empire"),
        cite(5, "short", "441", author=[{"family": "Hutchinson"}]),
    )
    assert sorted(r["title"] for r in library.records) == ["Decline and Fall of the Roman Empire",
                                                           "History of the Colony of Massachusetts"]
    assert [l[1] for l in links] == ["History of the Colony of Massachusetts", "Decline and Fall of the Roman Empire",
                                     "History of the Colony of Massachusetts", "Decline and Fall of the Roman Empire",
                                     "History of the Colony of Massachusetts"]


def test_a_name_cited_before_several_works_of_that_author_stays_a_work_of_its_own():
    library, links = link(
        cite(1, "short", "440", author=[{"family": "Hutchinson"}]),
        cite(2, "full", "9", type="book", author=[{"family": "Hutchinson"}], title="History of the Colony"),
        cite(3, "full", "9", type="book", author=[{"family": "Hutchinson"}], title="Papers of the Colony"),
    )
    assert len(library) == 3 and links[0][1] == "Hutchinson"


def test_a_collection_named_after_its_editor_is_that_editors_work():
    library, links = link(
        cite(1, "full", None, type="book", editor=[{"family": "Ochoa", "given": "Eugenio"}], title="Epistolario español",
             publisher="Rivadeneyra"),
        cite(2, "short", "parte I, carta IV", title="Colección Ochoa"),
        cite(3, "short", "12", title="Colección Lafuente"),  # nobody of that name: a work of its own
    )
    assert [l[1] for l in links] == ["Epistolario español", "Epistolario español", "Colección Lafuente"]
    assert len(library) == 2


def test_a_title_after_a_cite_that_names_only_an_author_is_not_carried_to_that_author():
    from notecite.link.resolve import carry_authors

    dion = NoteCite("a.txt", 36, "short", {"author": [{"family": "Dion"}]}, {"label": "page", "value": "1216", "raw": "1216"})
    august = NoteCite("a.txt", 36, "short", {"type": "document", "title-short": "Hist. August"})
    assert "author" not in carry_authors([dion, august])[1].record


def test_a_letters_sender_is_no_author_of_the_source_printing_it():
    from notecite.link.resolve import carry_authors

    letter = NoteCite("a.txt", 35, "full", {"type": "personal_communication", "author": [{"family": "Hotham"}],
                                            "recipient": [{"family": "Admiralty"}], "title": "Hotham to Admiralty"})
    source = NoteCite("a.txt", 35, "full", {"type": "book", "title": "Parliamentary Papers"},
                      {"label": "page", "value": "5", "raw": "p. 5"})
    assert "author" not in carry_authors([letter, source])[1].record
    book = NoteCite("a.txt", 35, "full", {"type": "book", "author": [{"family": "Hotham"}], "title": "Memoirs"})
    assert carry_authors([book, source])[1].record["author"] == [{"family": "Hotham"}]  # a book's author is carried
    report = NoteCite("a.txt", 125, "full", {"type": "report", "author": [{"family": "Kendall"}], "title": "Report"})
    after_colon = NoteCite("a.txt", 125, "full", {"type": "book", "title": "Senate Doc"}, separator=":")
    assert "author" not in carry_authors([report, after_colon])[1].record  # "Kendall's Report, 1830: Senate Doc., …"


def test_a_short_title_before_two_full_references_it_fits_links_to_the_first_of_them():
    # both works are filed before any is cited: the choice must not follow a set's iteration order
    library, links = link(
        cite(1, "short", "35", author=[{"family": "Ingraham"}], title="Capture of Washington"),
        cite(2, "full", "3", type="book", author=[{"family": "Ingraham"}],
             title="A Sketch of the Events Which Preceded the Capture of Washington by the British", publisher="Mason",
             issued={"date-parts": [[1849]]}),
        cite(3, "full", "9", type="book", author=[{"family": "Ingraham"}],
             title="Letters Written by an Officer After the Capture of Washington in the Year 1814", publisher="Chronicle",
             issued={"date-parts": [[1860]]}),
    )
    assert links[0][1] == "A Sketch of the Events Which Preceded the Capture of Washington by the British"


def test_a_short_form_whose_title_reads_as_a_sentence_makes_no_new_work():
    """A quotation read as a short form's title ("Petty, Gold and silver are universal wealth") names no
    work: it is not linked (a warning says so) unless a work cited before matches it."""
    library = link_document([cite(1, "short", "12", type="book", author=[{"family": "Petty"}],
                                  title="Gold and silver are universal wealth in every nation")], "a.txt")
    assert len(library) == 0 and not library.citations
    assert any("could not link" in warning for warning in library.warnings)
    library, links = link(cite(1, "short", "12", type="book", author=[{"family": "Petty"}], title="Political Arithmetick"))
    assert links == [(1, "Political Arithmetick", "short", "12")]


def test_archive_after_a_letter_is_where_the_letter_is_held():
    library, links = link(
        cite(4, "full", type="personal_communication", author=[{"family": "Ashdown"}], recipient=[{"family": "Moreau"}],
             title="Ashdown to Moreau", issued={"date-parts": [[1921, 3, 2]]}),
        cite(4, "full", type="manuscript", archive="State Archives", archive_location="Box 12, Folder 3"),
        cite(5, "ibid", type="document"),
    )
    assert len(library) == 1 and library.records[0]["archive_location"] == "Box 12, Folder 3"
    assert links == [(4, "Ashdown to Moreau", "full", None), (5, "Ashdown to Moreau", "ibid", None)]


def test_archive_alone_in_its_note_stays_a_work():
    library = link_document([
        cite(4, "full", type="personal_communication", author=[{"family": "Ashdown"}], recipient=[{"family": "Moreau"}],
             title="Ashdown to Moreau", issued={"date-parts": [[1921, 3, 2]]}),
        cite(5, "full", type="manuscript", archive="State Archives", archive_location="Box 12, Folder 3"),
    ], "a.txt")
    assert len(library) == 2


def test_author_only_short_form_finds_the_work_named_after_that_person():
    library, links = link(
        cite(3, "full", "57", type="interview", title="The Reminiscences of Harold J. Whitcombe", publisher="Oral History Office"),
        cite(8, "short", "61", type="document", author=[{"family": "Whitcombe"}]),
    )
    assert len(library) == 1 and links[-1] == (8, "The Reminiscences of Harold J. Whitcombe", "short", "61")


def test_short_title_leaving_words_out_links_without_an_author():
    library, links = link(
        cite(1, "full", "12", type="book", title="Selections from the Public Papers of the Province of Vermont",
             publisher="State Printer"),
        cite(2, "short", "40", type="book", title="Public Papers of Vermont"),
    )
    assert len(library) == 1 and links[-1][2:] == ("short", "40")


def test_one_word_short_title_finds_its_authors_work_before_a_nameless_one():
    library, links = link(
        cite(1, "full", "12", type="book", author=[{"family": "Morrow", "given": "Allan"}],
             title="Henry Clay, The Years of Compromise", publisher="Riverside"),
        cite(2, "full", None, type="manuscript", title="Clay Family Correspondence", archive="County Library",
             archive_location="Box 4"),
        cite(3, "short", "40", type="book", author=[{"family": "Morrow"}], title="Clay"),
    )
    assert links[-1] == (3, "Henry Clay, The Years of Compromise", "short", "40")
    assert "author" not in library.records[1]


def test_a_listed_name_is_an_author_not_a_title_of_the_author_before():
    library, links = link(
        cite(1, "full", "12", type="book", author=[{"family": "Quarry", "given": "Ida"}], title="Tidewater Labor",
             publisher="Harbor Press"),
        cite(3, "full", "4", type="book", author=[{"family": "Lindell", "given": "Otto"}], title="Strategies of the Tide",
             publisher="Harbor Press"),
        NoteCite("a.txt", 3, "short", {"type": "document", "title": "Quarry"}, {"label": "page", "value": "31", "raw": "31"},
                 prefix="and"),
    )
    assert len(library) == 2 and links[-1] == (3, "Tidewater Labor", "short", "31")


def _brennard_then_marlowe_then(ibid: NoteCite):
    """Link two full cites (Brennard's work, then Marlowe's) followed by ``ibid``."""
    return link(
        cite(1, "full", "12", type="book", author=[{"family": "Brennard"}], title="Cours de commerce", publisher="Vell"),
        cite(2, "full", "4", type="book", author=[{"family": "Marlowe"}], title="Tides of Money", publisher="Vell"),
        ibid,
    )


def test_op_cit_after_a_name_in_prose_is_that_authors_work():
    ibid = NoteCite("a.txt", 3, "ibid", {"type": "document"}, {"label": "page", "value": "134", "raw": "p. 134"},
                    prefix="as Brennard puts it: “Marlowe was wrong” (", text="op. cit., p. 134")
    library, links = _brennard_then_marlowe_then(ibid)
    assert links[-1] == (3, "Cours de commerce", "ibid", "134")


def test_plain_ibid_after_a_name_in_prose_is_the_work_cited_just_before():
    ibid = NoteCite("a.txt", 3, "ibid", {"type": "document"}, {"label": "page", "value": "9", "raw": "9"},
                    prefix="as Brennard argues (", text="Ibid., 9")
    library, links = _brennard_then_marlowe_then(ibid)
    assert links[-1] == (3, "Tides of Money", "ibid", "9")


def test_a_name_after_a_sentences_first_word_is_that_authors_work():
    library, links = link(
        cite(1, "full", "12", type="book", author=[{"family": "Marlowe"}], title="Tides of Money", publisher="Vell"),
        cite(2, "mention", "16", title="Wie Marlowe"),
        cite(3, "mention", None, title="Dépêches de Marlowe"),  # a work named after a person: a work of its own
    )
    assert links[1] == (2, "Tides of Money", "mention", "16")
    assert len(library) == 2 and links[2][1] == "Dépêches de Marlowe"


def test_op_cit_after_a_short_title_read_as_a_name_is_the_work_so_titled():
    def op_cit(note, name, page):
        return NoteCite("a.txt", note, "ibid", {"type": "document", "author": [{"family": name}]},
                        {"label": "page", "value": page, "raw": page}, text=f"{name} op. cit., p. {page}")

    library, links = _brennard_then_marlowe_then(op_cit(3, "Tides...", "224"))
    assert links[-1] == (3, "Tides of Money", "ibid", "224")
    library, links = _brennard_then_marlowe_then(op_cit(3, "Cours", "5"))
    assert links[-1] == (3, "Cours de commerce", "ibid", "5")
    library, links = _brennard_then_marlowe_then(op_cit(3, "Tiles", "5"))
    assert len(links) == 2  # "Tiles" is not "Tides": no link


def test_a_name_cut_short_before_any_work_of_that_author_is_no_later_work_titled_by_it():
    library, links = link(
        cite(1, "short", "ii. 4", text="Herodian. ii. 4", author=[{"family": "Herodian"}]),
        cite(2, "short", "ii. 40", text="Herodianus, ii. 40", author=[{"family": "Herodianus"}]),
        cite(3, "full", "12", type="book", title="Notes on Herodian", publisher="Clarendon"),
    )
    # the cut name is an author's: one work, named in full once a cite writes the name whole
    assert [l[1] for l in links] == ["Herodianus", "Herodianus", "Notes on Herodian"]
    assert library[library.citations[0].record_id]["author"] == [{"family": "Herodianus"}]


def test_a_word_cut_short_may_still_be_a_cited_work_titled_by_it():
    library, links = link(
        cite(1, "short", "iii. 9", type="book", author=[{"family": "Basil"}], title="Orat"),
        cite(2, "short", "iv. 12", text="Orat. iv. 12", author=[{"family": "Orat"}]),
    )
    assert [l[1] for l in links] == ["Orat", "Orat"] and len(library) == 1


def test_author_only_short_form_of_two_authors_goes_to_their_joint_work():
    # "Okafor and Lindahl, 11": the pair's book, not the later book of one of them
    library, links = link(
        cite(1, "full", None, type="book", author=[{"family": "Okafor", "given": "Ada"}, {"family": "Lindahl", "given": "Per"}],
             title="Harbours of Credit", publisher="Verso"),
        cite(2, "full", None, type="book", author=[{"family": "Lindahl", "given": "Per"}], title="Northern Ledgers",
             publisher="Polity"),
        cite(3, "short", "11", type="document", author=[{"family": "Okafor"}, {"family": "Lindahl"}]),
        cite(4, "short", "12", type="document", author=[{"family": "Lindahl"}]),
    )
    assert links[2:] == [(3, "Harbours of Credit", "short", "11"), (4, "Northern Ledgers", "short", "12")]


def test_short_title_written_in_full_finds_the_work_known_by_shortened_words():
    # the full reference shortened a word ("pol."); a later mention writes it out
    library, links = link(
        cite(1, "full", None, type="book", author=[{"family": "Brandt"}], title="Der Streik als pol. Kampfmittel",
             publisher="Dietz"),
        cite(2, "mention", "196", type="book", title="Der Streik als politisches Kampfmittel"),
        cite(3, "short", "193", type="book", author=[{"family": "Brandt"}], title="Der Streik als politisches Kampfmittel"),
    )
    assert len(library) == 1
    assert [l[1] for l in links] == ["Der Streik als pol. Kampfmittel"] * 3


def test_short_title_at_greater_length_by_the_same_author_finds_the_work():
    # the work was first named by a short title; a later note gives the author's longer title
    library, links = link(
        cite(1, "short", "118", type="book", author=[{"family": "Roux"}], title="Voyage des Lacs"),
        cite(2, "short", "257", type="book", author=[{"family": "Roux"}], title="Le Grand Voyage du Pays des Lacs"),
        cite(3, "short", "12", type="book", author=[{"family": "Vidal"}], title="Le Grand Voyage du Pays des Lacs et Rivières"),
    )
    assert [l[1] for l in links[:2]] == ["Voyage des Lacs"] * 2
    assert links[2][1] != "Voyage des Lacs"  # another author's title is another work


def test_title_one_word_longer_without_author_finds_the_work():
    # a work first cited under a title of three words or more; a later short form with no author
    # names it with one word more, first or inside: the same work; two words more is another work
    library, links = link(
        cite(1, "full", "4", type="report", title="Reports of the Colonial Land Board", publisher="Crown Agents",
             issued={"date-parts": [[1899]]}),
        cite(2, "short", "12", type="book", title="Annual Reports of the Colonial Land Board"),
        cite(3, "short", "7", type="book", title="Reports of the Colonial and Crown Land Board"),
        cite(4, "short", "15", type="book", title="Printed Annual Reports of the Colonial Land Board"),
    )
    assert [l[1] for l in links] == ["Reports of the Colonial Land Board"] * 3 + [
        "Printed Annual Reports of the Colonial Land Board"]


def test_author_fit_ranks_the_works_an_author_only_cite_can_mean():
    from notecite.link.resolve import author_fit

    pair = {"author": [{"family": "Okafor"}, {"family": "Lindahl"}]}
    assert [author_fit(["lindahl"], {"author": [{"family": "Lindahl"}]}), author_fit(["okafor", "lindahl"], pair),
            author_fit(["lindahl"], pair), author_fit(["okafor", "bauer"], pair), author_fit(["bauer"], pair),
            author_fit([], pair)] == [3, 3, 2, 1, 0, 0]


def test_interview_with_its_place_and_date_is_a_full_reference():
    """An interview's place is its imprint: it is read as a full reference, not scored like a short form."""
    library, links = link(cite(1, "full", None, type="interview", author=[{"family": "Ortega", "given": "Lena"}],
                               title="Interview with Lena Ortega", **{"event-place": "Lisbon"},
                               issued={"date-parts": [[1979, 4, 2]]}))
    assert links == [(1, "Interview with Lena Ortega", "full", None)]
    assert library.citations[0].confidence >= 0.8


def test_a_short_title_that_is_one_works_whole_title_links_there_not_to_a_longer_title_it_opens():
    library, links = link(
        cite(1, "full", "4", type="book", author=[{"family": "Halloran"}], title="Sermons"),
        cite(2, "full", "9", type="book", author=[{"family": "Whitcombe"}], title="Sermons on the Harbour Towns"),
        cite(3, "mention", "12", type="book", title="Sermons"),
    )
    assert links[-1] == (3, "Sermons", "mention", "12")


def test_a_short_title_known_only_as_a_short_title_of_one_work_still_goes_to_the_latest_work_it_opens():
    library, links = link(
        cite(1, "full", "4", type="book", author=[{"family": "Halloran"}], title="Letters from the Coast",
             publisher="Fenwick"),
        cite(2, "short", "5", type="book", author=[{"family": "Halloran"}], title="Letters"),
        cite(3, "full", "9", type="book", title="Letters of a Ferryman", publisher="Fenwick"),
        cite(4, "mention", "12", type="book", title="Letters"),
    )
    assert links[-1] == (4, "Letters of a Ferryman", "mention", "12")


def test_an_op_cit_right_after_a_title_completes_that_cite():
    library, links = link(
        cite(1, "full", "3", type="book", title="Harbour Board Report", publisher="Port Press"),
        cite(2, "mention", None, type="book", title="Harbour Board Report", text="Harbour Board Report"),
        cite(2, "ibid", "48", type="document", text="op. cit., p. 48"),
    )
    assert links == [(1, "Harbour Board Report", "full", "3"), (2, "Harbour Board Report", "mention", "48")]


def test_an_op_cit_after_a_cite_with_its_own_pinpoint_stays_a_cite():
    library, links = link(
        cite(1, "full", "3", type="book", title="Harbour Board Report", publisher="Port Press"),
        cite(2, "mention", "9", type="book", title="Harbour Board Report", text="Harbour Board Report, p. 9"),
        cite(2, "ibid", "48", type="document", text="a. a. O. p. 48"),
    )
    assert [l[3] for l in links] == ["3", "9", "48"]


def test_titles_one_word_apart_are_two_works_of_a_series():
    from notecite.link.resolve import match_score, one_word_apart

    assert one_word_apart("Report on the Mills of Leeds", "Report on the Mills of Bradford")
    assert not one_word_apart("Report on the Mills of Leeds", "Report on the Milles of Leeds")  # an OCR slip
    assert not one_word_apart("Mills of Leeds", "Report on the Mills of Leeds")  # a short title
    work = {"id": "w1", "type": "report", "author": [{"family": "Hale"}], "title": "Report on the Mills of Bradford"}
    assert match_score({"author": [{"family": "Hale"}], "title-short": "Report on the Mills of Leeds"}, work) == 0.0
    assert match_score({"author": [{"family": "Hale"}], "title-short": "Mills of Bradford"}, work) > 0.8
    # a short form naming two people is not held by a work of only one of them
    both = {"author": [{"family": "Hale"}, {"family": "Roe"}], "title-short": "Mills of Bradford"}
    assert match_score(both, work) < match_score({"author": [{"family": "Hale"}], "title-short": "Mills of Bradford"}, work) / 1.5


def test_a_title_after_a_states_name_cut_short_is_another_states_book():
    from notecite.link.resolve import match_score, place_apart

    assert place_apart("Statutes at Large", "Va. Statutes at Large") and place_apart("N. Y. Col. Docs", "Col. Docs")
    assert place_apart("N.C. Col. Rec.", "Col. Rec.")
    for a, b in [("Parl.", "Hist. Parl."), ("Memoirs", "Mr. Memoirs"), ("Statutes at Large", "Statutes at Large"),
                 ("Statutes", "Va. Statutes at Large")]:
        assert not place_apart(a, b), (a, b)
    work = {"id": "w1", "type": "book", "title": "Va. Statutes at Large"}
    assert match_score({"title": "Statutes at Large"}, work) == 0.0
    assert match_score({"title": "Va. Statutes at Large"}, work) > 0.8


def test_a_short_title_with_a_word_the_work_lacks_names_another_work():
    from notecite.link.resolve import match_score, names_a_word_apart

    work = {"id": "w1", "type": "book", "author": [{"family": "Moray"}],
            "title": "Notes on the Weaving Trade during the Long Peace"}
    other = {"author": [{"family": "Moray"}], "title-short": "Notes on the Weaving Trade of Paisley"}
    assert names_a_word_apart(other, work) and match_score(other, work) == 0.0
    for short in ("Weaving Trade during the Peace", "Notes on the Weav. Trade", "Weaving Trade Notes"):  # held, cut, reordered
        assert not names_a_word_apart({"title-short": short}, work)
    assert match_score({"author": [{"family": "Moray"}], "title-short": "Notes on the Weaving Trade"}, work) == 1.0
    library, links = link(
        cite(1, "full", "4", type="book", author=[{"family": "Moray"}], title="Notes on the Weaving Trade during the Long Peace",
             publisher="Loom Press", issued={"date-parts": [[1921]]}),
        cite(2, "short", "7", type="book", author=[{"family": "Moray"}], title="Notes on the Weaving Trade of Paisley"),
        cite(3, "short", "9", type="book", author=[{"family": "Moray"}], title="Weaving Trade during the Peace"),
    )
    assert [l[1] for l in links] == ["Notes on the Weaving Trade during the Long Peace", "Notes on the Weaving Trade of Paisley",
                                     "Notes on the Weaving Trade during the Long Peace"]


def test_an_ibid_with_another_days_date_after_a_newspaper_issue_is_that_days_issue():
    paper = {"type": "article-newspaper", "container-title": "Leeds Courier", "issued": {"date-parts": [[1915, 8, 28]]}}
    first = NoteCite("a.txt", 1, "full", dict(paper))
    again = NoteCite("a.txt", 2, "ibid", {}, locator={"label": "page", "value": "December 13, 1916",
                                                      "raw": "December 13, 1916"})
    page = NoteCite("a.txt", 3, "ibid", {}, locator={"label": "page", "value": "4", "raw": "4"})
    library = link_document([first, again, page], "a.txt")
    issues = [r["issued"]["date-parts"][0] for r in library.records]
    assert issues == [[1915, 8, 28], [1916, 12, 13]]
    [c1], [c2], [c3] = ([c for c in library.citations if c.note == n] for n in (1, 2, 3))
    assert c2.record_id != c1.record_id and c2.locator is None  # the day names the issue, not a page
    assert c3.record_id == c2.record_id  # a page after it: the same issue


def test_an_ibid_with_another_days_date_after_an_archived_item_is_that_days_item_in_the_same_archive():
    minutes = {"type": "manuscript", "title": "CM 73(46)", "archive": "TNA", "archive_location": "CAB 128/5",
               "issued": {"date-parts": [[1946, 7, 25]]}}
    first = NoteCite("a.txt", 1, "full", dict(minutes))
    marked = NoteCite("a.txt", 2, "ibid", {"volume": "CM 74(46)", "issued": {"date-parts": [[1946, 7, 29]]}})
    dated = NoteCite("a.txt", 3, "ibid", {}, locator={"label": "page", "value": "30 July 1946", "raw": "30 July 1946"})
    library = link_document([first, marked, dated], "a.txt")
    assert [r["issued"]["date-parts"][0] for r in library.records] == [[1946, 7, 25], [1946, 7, 29], [1946, 7, 30]]
    assert library.records[1]["title"] == "CM 74(46)" and library.records[1]["archive_location"] == "CAB 128/5"
    assert "title" not in library.records[2] and library.records[2]["archive"] == "TNA"
    # the same day again is the same item
    again = NoteCite("a.txt", 4, "ibid", {"issued": {"date-parts": [[1946, 7, 25]]}})
    assert len(link_document([first, again], "a.txt").records) == 1


def test_an_ibid_with_another_days_date_after_a_letter_is_that_days_letter():
    letter = {"type": "personal_communication", "author": [{"family": "Penhale"}], "recipient": [{"family": "Trewin"}],
              "title": "Penhale to Trewin", "archive": "County Record Office", "issued": {"date-parts": [[1861, 3, 3]]}}
    first = NoteCite("a.txt", 1, "full", dict(letter))
    again = NoteCite("a.txt", 2, "ibid", {}, locator={"label": "page", "value": "May 9, 1861", "raw": "May 9, 1861"})
    bare = NoteCite("a.txt", 3, "ibid", {})
    library = link_document([first, again, bare], "a.txt")
    later = library.records[1]
    assert later["issued"] == {"date-parts": [[1861, 5, 9]]} and later["recipient"] == letter["recipient"]
    assert later["title"] == "Penhale to Trewin" and "archive" not in later  # where it is held is not said
    [c1], [c2], [c3] = ([c for c in library.citations if c.note == n] for n in (1, 2, 3))
    assert c2.record_id != c1.record_id and c2.locator is None and c3.record_id == c2.record_id
    book = NoteCite("a.txt", 1, "full", {"type": "book", "author": [{"family": "Penhale"}], "title": "Nets",
                                        "issued": {"date-parts": [[1861]]}, "publisher": "Truro Press"})
    library = link_document([book, again], "a.txt")
    assert len(library.records) == 1  # after a book, a date is a pinpoint of it
    cited_later = NoteCite("a.txt", 9, "full", {**letter, "issued": {"date-parts": [[1861, 5, 9]]}})
    library = link_document([first, again, cited_later], "a.txt")
    assert len(library.records) == 2  # the letter of May 9 that a later note cites in full


def test_a_short_form_dated_to_a_day_names_the_item_of_that_day():
    memo = {"type": "manuscript", "genre": "memorandum", "author": [{"family": "Halvorsen", "given": "Knut"}],
            "title": "Memorandum", "archive": "State Archives"}
    library, links = link(
        cite(1, "full", None, **memo, issued={"date-parts": [[1937, 3, 3]]}),
        cite(2, "full", None, **memo, issued={"date-parts": [[1937, 4, 9]]}),
        cite(3, "short", None, type="manuscript", author=[{"family": "Halvorsen"}], title="Memorandum",
             issued={"date-parts": [[1937, 3, 3]]}),
    )
    assert len(library) == 2
    first, second, third = library.citations
    assert third.record_id == first.record_id != second.record_id


def test_a_short_form_names_the_work_cited_before_it_not_a_later_one_titled_as_it_is():
    halvard = [{"family": "Lindqvist", "given": "Halvard"}]
    library, links = link(
        cite(1, "full", "311", type="book", author=halvard, title="Karl Marx's Theory of Revolution", volume="1",
             publisher="Harbour Press", issued={"date-parts": [[1977]]}),
        cite(2, "short", "320", type="book", author=[{"family": "Lindqvist"}], title="Theory of Revolution"),
        cite(3, "full", "45", type="book", author=halvard, title="Theory of Revolution", volume="2",
             publisher="Harbour Press", issued={"date-parts": [[1978]]}),
        cite(4, "short", "50", type="book", author=[{"family": "Lindqvist"}], title="Theory of Revolution"),
    )
    assert [title for _, title, _, _ in links] == ["Karl Marx's Theory of Revolution"] * 2 + ["Theory of Revolution"] * 2
def test_a_full_cite_of_another_meetings_minutes_is_a_new_work_not_a_repeat():
    def minutes(note, day):
        return NoteCite("a.txt", note, "full", {"type": "manuscript", "title": "Leeds dockers branch minutes",
                                                "issued": {"date-parts": [[1926, 5, day]]}})

    library = link_document([minutes(1, 3), minutes(2, 17), minutes(3, 3)], "a.txt")
    ids = [c.record_id for c in library.citations]
    assert len(library) == 2 and ids[0] == ids[2] != ids[1]
    # a day's debate cited at a page is a page of one printed record ("Debates, May 17, 1926, p. 40")
    paged = NoteCite(**{**minutes(4, 17).__dict__, "locator": {"label": "page", "value": "40", "raw": "p. 40"}})
    library = link_document([minutes(1, 3), paged], "a.txt")
    assert len({c.record_id for c in library.citations}) == 1


def test_an_item_kept_ibid_is_kept_where_the_item_before_it_is():
    kept = {"archive": "Harbour Institution Archives", "archive_location": "Okafor Papers, box 10, folder 2"}
    library, _ = link(
        cite(1, "full", None, type="personal_communication", author=[{"family": "Lindqvist"}],
             recipient=[{"family": "Okafor"}], title="Lindqvist to Okafor", issued={"date-parts": [[1938, 3, 3]]}, **kept),
        NoteCite("a.txt", 2, "full", {"type": "personal_communication", "author": [{"family": "Okafor"}],
                                       "recipient": [{"family": "Lindqvist"}], "title": "Okafor to Lindqvist",
                                       "issued": {"date-parts": [[1938, 3, 9]]}, "note": "ibid"}, None),
    )
    second = next(r for r in library.records if r["title"] == "Okafor to Lindqvist")
    assert {k: second.get(k) for k in kept} == kept and "note" not in second


def test_a_short_form_of_a_work_cited_in_two_editions_goes_to_the_edition_cited_first():
    library, links = link(
        cite(1, "full", "xvii", type="book", author=SERGE, title="Memoirs of a Revolutionary", publisher="Dodd",
             issued={"date-parts": [[1986]]}),
        cite(2, "full", None, type="book", author=SERGE, title="Memoirs of a Revolutionary", publisher="Writers & Readers",
             issued={"date-parts": [[1993]]}),
        cite(3, "short", "10–11", type="book", author=[{"family": "Serge"}], title="Memoirs of a Revolutionary"),
    )
    assert len(library) == 2
    [short] = [c for c in library.citations if c.note == 3]
    assert library[short.record_id]["issued"] == {"date-parts": [[1986]]}
def test_an_op_cit_right_after_a_person_named_in_prose_is_no_ibid_of_another_work():
    from notecite.link.resolve import _person_before_a_bracket
    first = cite(1, "full", "12", type="book", author=[{"family": "Blum", "given": "Léon"}], title="Les congrès ouvriers",
                 publisher="Cornély")
    named = NoteCite("a.txt", 2, "ibid", {"type": "document"}, {"label": "page", "value": "463", "raw": "S. 463"},
                     text="a. a. O.", prefix="Es fehlt auch im Abdruck bei Rudolph Meyer (vgl.")
    plain = NoteCite("a.txt", 3, "ibid", {"type": "document"}, {"label": "page", "value": "14", "raw": "S. 14"},
                     text="a. a. O.", prefix="Vgl.")
    library, links = link(first, named, plain)
    assert [(n, t) for n, t, *_ in links] == [(1, "Les congrès ouvriers"), (3, "Les congrès ouvriers")]
    assert _person_before_a_bracket("bei Rudolph Meyer (vgl.") and _person_before_a_bracket("see J. Hale (")
    assert not _person_before_a_bracket("im Das Kapital (") and not _person_before_a_bracket("the Report Hale (")
def test_an_ibid_after_an_op_cit_of_an_unknown_work_does_not_go_back_to_the_work_before():
    library, links = link(
        cite(1, "full", "3", type="book", title="Documentary History of the Constitution"),
        cite(2, "ibid", "58", text="Libby, op. cit., p. 58", type="document", author=[{"family": "Libby"}]),
        cite(3, "ibid", "59", text="Ibid., p. 59", type="document"),
        cite(4, "short", "4", type="book", title="Documentary History of the Constitution"),
        cite(5, "ibid", "5", text="Ibid., p. 5", type="document"),
    )
    assert links == [(1, "Documentary History of the Constitution", "full", "3"),
                     (4, "Documentary History of the Constitution", "short", "4"),
                     (5, "Documentary History of the Constitution", "ibid", "5")]


def test_an_op_cit_before_the_only_work_of_its_author_in_the_document_names_that_work():
    library, links = link(
        cite(1, "ibid", "257", text="Bancroft, op. cit., Vol. II, p. 257", type="document", author=[{"family": "Bancroft"}]),
        cite(2, "ibid", "340", text="Ibid., p. 340", type="document"),
        cite(3, "full", "250", type="book", author=[{"family": "Bancroft"}], title="History of the Constitution"),
        cite(4, "short", "251", type="book", author=[{"family": "Bancroft"}], title="History of the Constitution"),
    )
    assert len(library) == 1
    assert [(note, kind, locator) for note, _, kind, locator in links] == [
        (1, "ibid", "257"), (2, "ibid", "340"), (3, "full", "250"), (4, "short", "251")]


def test_an_op_cit_before_two_works_of_its_author_names_neither():
    library, links = link(
        cite(1, "ibid", "257", text="Bancroft, op. cit., p. 257", type="document", author=[{"family": "Bancroft"}]),
        cite(2, "full", "250", type="book", author=[{"family": "Bancroft"}], title="History of the Constitution"),
        cite(3, "full", "12", type="book", author=[{"family": "Bancroft"}], title="History of the United States"),
    )
    assert [note for note, *_ in links] == [2, 3]


def test_a_clause_of_prose_opening_on_a_cited_authors_name_is_that_authors_work():
    """A short form whose "title" is prose opening on the family name of an author cited before
    (``Morselli lui-même en a fait la critique…, p. 160``) cites that author's work, no new one;
    a title in title case, or a name nobody cited, still makes a work of its own."""
    library, links = link(
        cite(1, "full", "158", type="book", author=[{"family": "Morselli"}], title="Il suicidio"),
        cite(2, "short", "160", title="Morselli lui-même en a fait la critique d'une manière décisive"),
        cite(3, "short", "12", title="Morselli und die Statistik des Selbstmords"),  # title case: a title
        cite(4, "short", "9", title="Quetelet lui-même en a fait la critique décisive"),  # nobody cited so
    )
    assert [l[1] for l in links][:2] == ["Il suicidio", "Il suicidio"]
    assert len(library) == 3


def test_an_untitled_issue_cited_again_in_full_is_one_work():
    """``Derbyshire Advertiser October 17th 1941`` in two notes is one issue; another day's issue
    is another work. A day kept as printed in numbers (``Allg. Ztg. 6./9. 04``, later ``6./9``)
    is the same day with or without its year."""
    def issue(note, paper, issued, kind="article-newspaper"):
        return cite(note, "full", None, type=kind, **{"container-title": paper}, issued=issued)

    library = link_document([
        issue(1, "Derbyshire Advertiser", {"date-parts": [[1941, 10, 17]]}),
        issue(2, "Derbyshire Advertiser", {"date-parts": [[1941, 10, 24]]}),
        issue(3, "Derbyshire Advertiser", {"date-parts": [[1941, 10, 17]]}),
        issue(4, "Allg. Ztg", {"literal": "6./9. 04"}, "article-magazine"),
        issue(5, "Allg. Ztg", {"literal": "6./9"}, "article-magazine"),
        issue(6, "Allg. Ztg", {"literal": "7./9. 04"}, "article-magazine"),
    ], "a.txt")
    ids = [c.record_id for c in library.citations]
    assert ids[0] == ids[2] and ids[0] != ids[1]
    assert ids[3] == ids[4] and ids[3] != ids[5]
    assert len(library) == 4
    # a magazine's issue dated to the month alone (``The New International, April, 1918``) is one work too
    library = link_document([
        issue(1, "The New International", {"date-parts": [[1918, 4]]}, "article-magazine"),
        issue(2, "The New International", {"date-parts": [[1918, 2]]}, "article-magazine"),
        issue(3, "The New International", {"date-parts": [[1918, 4]]}, "article-magazine"),
    ], "b.txt")
    ids = [c.record_id for c in library.citations]
    assert ids[0] == ids[2] and ids[0] != ids[1] and len(library) == 2


def test_an_untitled_journal_issue_cited_again_is_one_work():
    """A journal's issue cited whole by volume and number (``Torvald Review, vol. 4, no. 2 (February 1938): 45``,
    then ``…: 47``) is one work; another number, another volume or another year is another issue, and a journal
    cited by its year alone (no number, no month) is no issue."""
    def issue(note, issued=None, **numbers):
        fields = {"container-title": "Torvald Review", **numbers}
        if issued:
            fields["issued"] = {"date-parts": [issued]}
        return cite(note, "full", None, type="article-journal", **fields)

    library = link_document([
        issue(1, [1938, 2], volume="4", issue="2"),
        issue(2, [1938, 2], volume="4", issue="2"),
        issue(3, [1938], volume="4", issue="3"),
        issue(4, [1939], volume="5", issue="2"),
        issue(5, None, issue="2", volume="4"),
        issue(6, [1940], issue="2"),
        issue(7, [1938], volume="4"),
        issue(8, [1938], volume="4"),
    ], "c.txt")
    ids = [c.record_id for c in library.citations]
    assert ids[0] == ids[1] == ids[4]
    assert len({ids[0], ids[2], ids[3], ids[5], ids[6], ids[7]}) == 6


def test_a_short_form_naming_the_edition_by_its_place_links_to_the_edition_printed_there():
    """``Okafor, Harbour Towns (Boston), 179``: a place alone in brackets after a short title (no publisher, no year) is
    no imprint of a new work but the edition of the work cited in full that was printed there; without a place, or at a
    place of no edition, the edition cited first."""
    def edition(note, place, year):
        return cite(note, "full", "9", type="book", author=[{"family": "Marin"}], translator=[{"family": "Okafor"}],
                    title="Harbour Towns in Winter", **{"publisher-place": place}, publisher="Vell", issued={"date-parts": [[year]]})

    def short(note, place=None):
        fields = {"publisher-place": place} if place else {}
        return cite(note, "full" if place else "short", "12", type="book", author=[{"family": "Okafor"}],
                    title="Harbour Towns", **fields)

    library = link_document([edition(1, "London", 1929), edition(2, "Boston", 1930), short(3, "Boston"), short(4, "London"),
                             short(5), short(6, "Paris")], "e.txt")
    ids = [c.record_id for c in library.citations]
    assert len(library) == 2
    assert ids[2] == ids[1] != ids[0] and ids[3] == ids[4] == ids[5] == ids[0]


def test_a_short_title_of_key_words_in_another_order_names_the_one_work_holding_them():
    library, links = link(
        cite(1, "full", "89", type="book", title="Papers Relating to the Maritime Trade of the Northern Provinces",
             publisher="Weed", issued={"date-parts": [[1856]]}),
        cite(2, "full", "12", type="book", title="Maritime Law", publisher="Little", issued={"date-parts": [[1850]]}),
        cite(3, "short", "1:41", type="book", title="Maritime Papers"),
        cite(4, "short", "4:463", type="book", title="Marit. Paps."),
        cite(5, "short", "7", type="book", title="Northern Law"),  # no work holds both words: a work of its own
    )
    assert [l[1] for l in links] == ["Papers Relating to the Maritime Trade of the Northern Provinces", "Maritime Law",
                                     "Papers Relating to the Maritime Trade of the Northern Provinces",
                                     "Papers Relating to the Maritime Trade of the Northern Provinces", "Northern Law"]


def test_key_words_held_by_two_works_name_neither():
    library, links = link(
        cite(1, "full", None, type="book", title="Papers Relating to the Maritime Trade", publisher="Weed"),
        cite(2, "full", None, type="book", title="Papers on Maritime Law", publisher="Little"),
        cite(3, "short", "5", type="book", title="Maritime Papers"),
    )
    assert links[2][1] == "Maritime Papers" and len(library) == 3


def test_key_words_name_only_a_work_of_the_cites_author():
    library, links = link(
        cite(1, "full", None, type="book", author=SERGE, title="Notebooks on the Russian Revolution", publisher="X"),
        cite(2, "short", "3", type="book", author=[{"family": "Trotsky"}], title="Revolution Notebooks"),
        cite(3, "short", "4", type="book", author=[{"family": "Serge"}], title="Revolution Notebooks"),
    )
    assert [l[1] for l in links] == ["Notebooks on the Russian Revolution", "Revolution Notebooks",
                                     "Notebooks on the Russian Revolution"]


def test_a_document_label_takes_its_number_back_from_the_pinpoint():
    library, links = link(
        cite(1, "full", "30", type="report", title="Document No. 90, Senate Docs., First Session", publisher="GPO"),
        cite(2, "short", "90", type="book", title="Doc. No."),  # "Doc. No. 90": the document, no page
        cite(3, "short", "425", type="book", title="Doc. No."),  # "Doc. No. 425": no document cited so
    )
    assert links == [(1, "Document No. 90, Senate Docs., First Session", "full", "30"),
                     (2, "Document No. 90, Senate Docs., First Session", "short", None)]
    assert len(library) == 1


def test_key_words_of_an_authorless_cite_name_an_edited_collection_but_no_authors_work():
    editor = [{"family": "Brodhead", "given": "J. R."}]
    library, links = link(
        cite(1, "full", "89", type="book", editor=editor, title="Papers Relating to the Maritime Trade of the Province",
             publisher="Weed"),
        cite(2, "full", "3", type="book", author=SERGE, title="Notebooks on the Russian Revolution", publisher="X"),
        cite(3, "short", "41", type="book", title="Maritime Papers"),
        cite(4, "short", "7", type="book", title="Revolution Notebooks"),  # Serge's, but the cite names nobody
    )
    assert [l[1] for l in links] == ["Papers Relating to the Maritime Trade of the Province",
                                     "Notebooks on the Russian Revolution",
                                     "Papers Relating to the Maritime Trade of the Province", "Revolution Notebooks"]


def test_an_authorless_short_title_running_together_words_a_title_keeps_apart_is_another_work():
    library, links = link(
        cite(1, "full", "1", type="book", title="Papers Relating to the Maritime History of the Northern Provinces",
             publisher="Weed"),
        cite(2, "short", "2", type="book", title="Maritime Northern Provinces"),  # a book of its own
        cite(3, "short", "3", type="book", title="Maritime History of the Provinces"),  # "Northern" left out at "the"
    )
    assert [l[1] for l in links] == ["Papers Relating to the Maritime History of the Northern Provinces",
                                     "Maritime Northern Provinces",
                                     "Papers Relating to the Maritime History of the Northern Provinces"]


def test_a_letter_turned_round_is_no_short_form_of_the_letter():
    from notecite.link.resolve import match_score
    answer = {"title": "Davis to Fish", "type": "book"}  # a cite whose date was not read: a titled item
    letter = {"type": "personal_communication", "author": [{"family": "Fish"}], "recipient": [{"family": "Davis"}],
              "title": "Fish to Davis"}
    assert match_score(answer, letter) == 0.0
    assert match_score({"title": "Fish to Davis", "type": "book"}, letter) > 0.8


def test_a_name_alone_is_that_authors_work_cited_before_and_nothing_else():
    library, links = link(
        cite(1, "full", None, type="book", author=[{"family": "Birch", "given": "Thomas"}], title="Memoirs of the reign"),
        cite(2, "short", None, type="book", author=[{"family": "Birch"}]),
        cite(3, "short", None, type="book", author=[{"family": "Mignet"}]),  # no work of Mignet's: no cite
    )
    assert len(library) == 1 and links == [(1, "Memoirs of the reign", "full", None), (2, "Memoirs of the reign", "short", None)]


def test_a_title_naming_its_author_before_the_works_full_reference_is_that_work():
    library, links = link(
        cite(1, "full", "440", type="book", title="l'Histoire de Hutchinson"),
        cite(2, "full", "9", type="book", author=[{"family": "Hutchinson"}], title="the History of the colony of Massachusetts",
             publisher="Boston"),
    )
    assert len(library) == 1
    assert [(n, kind, loc) for n, _, kind, loc in links] == [(1, "short", "440"), (2, "full", "9")]


def test_a_biographical_note_read_as_a_cite_makes_no_work():
    library, links = link(
        cite(1, "short", "1963–66", title="Permanent Under-Secretary, UK Ministry of Defence"),
        cite(2, "short", "1963–66", author=[{"family": "Forbes", "given": "Jim"}], title="Australian Minister for the Army"),
        cite(3, "full", "1792–1793", title="Congressional Record", volume="42"),  # a source's pages
    )
    assert [title for _, title, _, _ in links] == ["Congressional Record"] and len(library) == 1


def test_a_short_form_or_mention_naming_only_a_body_makes_no_work():
    library, links = link(
        cite(1, "mention", title="Organisation for Economic Co-operation and Development"),
        cite(2, "short", title="University of Hawaii at Manoa"),
        cite(3, "short", title="Department of Labor Statistics Handbook: Tables"),  # a colon: a title
    )
    assert [title for _, title, _, _ in links] == ["Department of Labor Statistics Handbook: Tables"]


def test_a_short_form_opening_on_a_sentence_adverb_is_prose():
    library, links = link(
        cite(1, "short", title="Especially on the northwest coast of America"),
        cite(2, "short", title="However the Claim Was Made"),
    )
    assert links == [] and len(library) == 0


def test_a_letter_cited_at_a_page_of_the_collection_it_is_printed_in_cites_that_collection_too():
    def letter(number, title, day, page):
        record = {"type": "personal_communication", "author": [{"family": "Seward"}], "title": title,
                  "container-title": "Message", "note": "1861", "issued": {"date-parts": [[1861, 3, day]]}}
        loc = {"label": "page", "value": page, "raw": page} if page else None
        return NoteCite("a.txt", number, "full", record, loc)  # "…, Message, 1861, p. 37": the year kept as a note

    library, links = link(letter(1, "Seward to Judd", 22, "37"), letter(2, "Seward to Adams", 24, "40"),
                          letter(3, "Seward to Dayton", 26, None))  # no page: the letter alone
    assert [(note, title, locator) for note, title, _, locator in links] == [
        (1, "Seward to Judd", "37"), (1, "Message", "37"), (2, "Seward to Adams", "40"), (2, "Message", "40"),
        (3, "Seward to Dayton", None)]
    message = next(r for r in library.records if r["title"] == "Message")
    assert message["type"] == "book" and message["issued"] == {"date-parts": [[1861]]}


def test_a_chapter_of_a_book_the_document_cites_cites_that_book_too_and_takes_its_imprint():
    scribner = [{"family": "Scribner", "given": "Bob"}]
    library, links = link(
        cite(1, "full", None, type="book", editor=scribner, title="Bilder und Bildersturm im Spätmittelalter",
             publisher="Harrassowitz", **{"publisher-place": "Wiesbaden"}, issued={"date-parts": [[1990]]}),
        cite(2, "full", None, type="chapter", author=[{"family": "Warnke"}], title="Ansichten über Bilderstürmer",
             editor=scribner, page="69–124", **{"container-title": "Bilder und Bildersturm"}),
        cite(3, "full", "186", type="chapter", author=[{"family": "Koltsov"}], title="Address",
             **{"container-title": "Bilder und Bildersturm", "container-author": scribner}),
        cite(4, "full", "12", type="chapter", author=[{"family": "Mann"}], title="Bilder",
             issued={"date-parts": [[1977]]}, **{"container-title": "Bilder und Bildersturm"}),  # another year
        cite(5, "full", "5", type="chapter", author=[{"family": "Ruhr"}], title="Kunst",
             **{"container-title": "Kunstchronik"}),  # no book the document cites
    )
    assert [(note, title, kind, locator) for note, title, kind, locator in links] == [
        (1, "Bilder und Bildersturm im Spätmittelalter", "full", None),
        (2, "Ansichten über Bilderstürmer", "full", None),
        (2, "Bilder und Bildersturm im Spätmittelalter", "short", "69–124"),  # the chapter's pages
        (3, "Address", "full", "186"), (3, "Bilder und Bildersturm im Spätmittelalter", "short", "186"),
        (4, "Bilder", "full", "12"), (5, "Kunst", "full", "5")]
    warnke = next(r for r in library.records if r["title"] == "Ansichten über Bilderstürmer")
    assert warnke["publisher"] == "Harrassowitz" and warnke["issued"] == {"date-parts": [[1990]]}
    assert warnke["container-title"] == "Bilder und Bildersturm"  # as printed
    address = next(r for r in library.records if r["title"] == "Address")
    assert "editor" not in address  # its book's editor is named as the container's author


def test_an_op_cit_completing_a_chapters_cite_gives_it_its_pinpoint_before_the_book_is_cited():
    library, links = link(
        cite(1, "full", None, type="book", title="Dokumente der Frauen", issued={"date-parts": [[1900]]},
             **{"publisher-place": "Wien"}),
        cite(2, "full", None, type="chapter", author=[{"family": "Schumacher"}], title="Das Budget",
             text="Schumacher, Das Budget. In Dokumente der Frauen", **{"container-title": "Dokumente der Frauen"}),
        cite(2, "ibid", "101 ff.", type="document", text="a.a.O., S. 101 ff."),
    )
    assert [(note, title, kind, locator) for note, title, kind, locator in links] == [
        (1, "Dokumente der Frauen", "full", None), (2, "Das Budget", "full", "101 ff."),
        (2, "Dokumente der Frauen", "short", None)]


def test_a_short_form_naming_its_author_is_not_another_persons_untitled_journal():
    library, links = link(
        cite(1, "full", "136", type="chapter", title="Journal of George Croghan", **{"container-title": "Olden Time"}),
        cite(2, "short", None, type="book", author=[{"family": "Gordon"}], title="Journal"),
        cite(3, "short", "12", type="book", author=[{"family": "Croghan"}], title="Journal"),
    )
    assert len(library) == 2
    assert [(note, title) for note, title, _, _ in links] == [(1, "Journal of George Croghan"), (2, "Journal"),
                                                              (3, "Journal of George Croghan")]


def test_each_day_of_a_legislatures_record_cited_by_its_page_is_a_work_of_its_own():
    library, links = link(
        cite(1, "full", "338", type="book", title="Congressional Globe", issued={"date-parts": [[1864, 1, 25]]}),
        cite(2, "full", "3303", type="book", title="Congressional Globe", issued={"date-parts": [[1864, 6, 27]]}),
        cite(3, "short", "3305", type="book", title="Congressional Globe", issued={"date-parts": [[1864, 6, 27]]}),
    )
    days = [library[c.record_id]["issued"]["date-parts"][0] for c in library.citations]
    assert len(library) == 2 and days == [[1864, 1, 25], [1864, 6, 27], [1864, 6, 27]]


def test_an_archived_item_of_a_day_listed_after_a_dated_article_is_not_its_authors():
    from notecite.link.resolve import carry_authors

    article = cite(1, "full", "A29", type="article-newspaper", author=[{"family": "Cohen"}], title="Historygate",
                   issued={"date-parts": [[1990, 5, 8]]}, **{"container-title": "New York Times"})
    briefing = NoteCite("a.txt", 1, "full", {"type": "manuscript", "title": "Department press briefing",
                                             "issued": {"date-parts": [[1990, 5, 8]]}, "archive": "Department of State"},
                        None, prefix="and")
    assert "author" not in carry_authors([article, briefing])[1].record


def test_a_letter_read_online_in_an_edition_cites_the_edition_too():
    record = {"type": "personal_communication", "author": [{"family": "Short"}], "recipient": [{"family": "Jefferson"}],
              "title": "Short to Jefferson", "issued": {"date-parts": [[1788, 10, 2]]},
              "container-title": "Papers of Thomas Jefferson", "URL": "http://rotunda.upress.virginia.edu/founders/x"}
    library, links = link(cite(1, "full", None, **record))
    assert sorted(title for _, title, _, _ in links) == ["Papers of Thomas Jefferson", "Short to Jefferson"]


def test_a_title_naming_nobody_that_says_more_than_an_authors_short_title_is_another_work():
    from notecite.link.resolve import match_score

    work = {"id": "w1", "type": "book", "author": [{"family": "Cooper"}, {"family": "McCord"}], "title": "Statutes"}
    assert match_score({"title": "Statutes at Large"}, work) == 0.0  # the federal statutes, not Cooper and McCord's
    assert match_score({"author": [{"family": "Cooper"}], "title": "Statutes at Large"}, work) > 0.8
    assert match_score({"title": "Statutes"}, work) > 0.8  # the same words, no author: may be the work


def test_a_name_alone_links_to_no_work_of_another_person_of_that_family_name():
    from notecite.link.resolve import given_names_clash

    assert given_names_clash({"author": [{"given": "Dion", "family": "Cassius"}]},
                             {"author": [{"given": "Avidius", "family": "Cassius"}]})
    assert not given_names_clash({"author": [{"given": "J.", "family": "Adams"}]},
                                 {"author": [{"given": "John", "family": "Adams"}]})  # an initial may be anyone's
    assert not given_names_clash({"author": [{"given": "Karl", "family": "Marx"}]},
                                 {"author": [{"given": "Karl Heinrich", "family": "Marx"}]})
    library, links = link(
        cite(1, "short", "45", type="book", author=[{"given": "Avidius", "family": "Cassius"}], title="Hist. August"),
        cite(2, "short", "l. lxxii. p. 1203", type="book", author=[{"given": "Dion", "family": "Cassius"}]),
        cite(3, "short", "l. lxxii. p. 1216", type="book", author=[{"family": "Dion"}]),
    )
    # Dion Cassius is not Avidius Cassius; "Dion" alone is Dion Cassius, known by the first of his names
    assert [(note, title) for note, title, _, _ in links] == [(1, "Hist. August"), (2, "Cassius"), (3, "Cassius")]


def test_a_name_and_a_genre_word_is_that_persons_record_not_an_anonymous_one_the_word_opens():
    from notecite.link.resolve import match_score

    anonymous = {"id": "w1", "type": "manuscript", "title": "Journal de l'Expédition contre le Fort George"}
    assert match_score({"author": [{"family": "Malartic"}], "title": "Journal"}, anonymous) == 0.0
    assert match_score({"author": [{"family": "Malartic"}], "title": "Journal"},
                       {"id": "w2", "author": [{"family": "Malartic"}], "title": "Journal de la Campagne"}) > 0.8
    assert match_score({"title": "Journal de l'Expédition"}, anonymous) > 0.8  # no name: may be the work


def test_a_name_and_a_one_word_title_is_not_an_anonymous_work_the_word_opens():
    from notecite.link.resolve import match_score

    anonymous = {"id": "w1", "type": "book", "title": "History of Virginia from the first Settlements"}
    assert match_score({"author": [{"family": "Pitkin"}], "title": "History"}, anonymous) == 0.0
    assert match_score({"title": "History"}, anonymous) > 0.5  # no name: may be the work
    # the name inside the anonymous record's title (its author read into it) does not bar the link
    assert match_score({"author": [{"family": "Juarros"}], "title": "Guat"},
                       {"id": "w2", "type": "book", "title": "According to Juarros, Guat"}) > 0.5


def test_a_title_opening_on_an_article_before_sentence_case_words_is_plausible_at_a_pinpoint():
    from notecite.link.resolve import plausible_title

    title = "Die gegenwärtige Wiederbelebung des Hexenglaubens"
    assert plausible_title(title, strict=True, located=True)
    assert not plausible_title(title, strict=True)  # no pinpoint: as likely a sentence cut short
    assert not plausible_title("La primera carta de la Colección Ochoa", strict=True)


def test_a_letter_sent_by_ibid_is_sent_by_the_sender_of_the_letter_before():
    from notecite.link.resolve import carry_authors
    from notecite.link.model import NoteCite

    first = {"type": "personal_communication", "author": [{"family": "Amherst"}], "recipient": [{"family": "Wolfe"}],
             "title": "Amherst to Wolfe"}
    second = {"type": "personal_communication", "author": [{"family": "Ibid."}], "recipient": [{"family": "Monckton"}],
              "title": "Ibid. to Monckton"}
    cites = [NoteCite("a.txt", 1, "full", first), NoteCite("a.txt", 1, "full", second, separator=";")]
    out = carry_authors(cites)
    assert out[1].record["author"] == [{"family": "Amherst"}] and out[1].record["title"] == "Amherst to Monckton"


def test_a_letters_heading_read_as_a_title_takes_no_author_from_the_cite_before():
    from notecite.link.resolve import carry_authors
    from notecite.link.model import NoteCite

    first = {"type": "personal_communication", "author": [{"family": "Sinclair"}], "recipient": [{"family": "Robinson"}],
             "title": "Sinclair to Robinson"}
    second = {"type": "book", "title": "Rutherford to———", "issued": {"literal": "12 July"}}
    out = carry_authors([NoteCite("a.txt", 1, "full", first), NoteCite("a.txt", 1, "full", second, separator=".")])
    assert "author" not in out[1].record


def test_a_letters_heading_by_the_same_sender_takes_the_sender_of_the_cite_before():
    from notecite.link.resolve import carry_authors
    from notecite.link.model import NoteCite

    first = {"type": "personal_communication", "author": [{"family": "Littrel"}], "recipient": [{"family": "Roe"}],
             "title": "Littrel to Roe"}
    second = {"type": "manuscript", "title": "Littrel to Mueller and Bacchus (with attached talking points)"}
    out = carry_authors([NoteCite("a.txt", 1, "full", first), NoteCite("a.txt", 1, "full", second, prefix="and")])
    assert out[1].record.get("author") == [{"family": "Littrel"}]


def test_a_short_form_or_mention_opening_on_a_sentence_adverb_or_participle_makes_no_work():
    library, links = link(
        cite(1, "mention", None, type="book", title='Referring particularly to the case of the slaver "Plattsburg'),
        cite(2, "short", "c. 25", type="book", title="According to Tertullian"),
        cite(3, "mention", None, type="book", title="Presumably Larson's comments at SHAFR"),
        cite(4, "mention", None, type="book", title="Reports of the Slavers Taken"),  # a title
    )
    assert [l[1] for l in links] == ["Reports of the Slavers Taken"]


def test_a_short_form_whose_author_opens_on_a_sentence_adverb_makes_no_work():
    library, links = link(
        cite(1, "short", None, type="book", title="SHAFR and Kuniholm’s", author=[{"given": "Presumably Deborah", "family": "Larson"}]),
        cite(2, "short", "12", type="book", title="Comments", author=[{"given": "Deborah", "family": "Larson"}]),
    )
    assert [l[1] for l in links] == ["Comments"]


def test_an_author_date_cite_of_no_work_before_is_a_work_of_its_own_not_one_author_of_the_pairs():
    library, links = link(
        cite(1, "full", "18", type="book", author=[{"family": "Haynes", "given": "Mike"}], title="Russia: Class and Power",
             issued={"date-parts": [[2002]]}, publisher="Bookmarks"),
        cite(2, "short", "12", type="book", author=[{"family": "Binns"}, {"family": "Haynes"}],
             issued={"date-parts": [[1980]]}),
        cite(3, "short", None, type="book", author=[{"family": "Binns"}, {"family": "Haynes"}],
             issued={"date-parts": [[1980]]}),
        cite(4, "short", None, type="book", author=[{"family": "Report"}], issued={"date-parts": [[1943]]}),  # a word
    )
    assert len(library) == 2
    pair = next(r for r in library.records if len(r["author"]) == 2)
    assert [(note, c.record_id == pair["id"]) for note, c in zip((1, 2, 3), library.citations)] == [
        (1, False), (2, True), (3, True)]
    assert len(library.citations) == 3  # "Report, 1943" names no author: no work


def test_a_title_thanking_someone_names_no_work():
    from notecite.link.resolve import plausible_title

    assert not plausible_title("Thanks to Joseph Choonara for comments on an earlier draft", strict=True)
    assert not plausible_title("I am grateful to the archivists of the Tamiment Library", strict=True)
    assert plausible_title("Thanks for Nothing", strict=True)  # a short title may open so


def test_a_title_cited_by_its_initials_links_to_the_authors_work_so_titled():
    roe = [{"family": "Roe", "given": "Ann"}]
    library, links = link(
        cite(1, "full", "59", type="book", author=roe, title="Hull's Theory of Docks and Harbours", publisher="Fox"),
        cite(2, "full", None, type="book", author=roe, title="The Quays of Leith", publisher="Fox"),
        cite(3, "full", "2:34", type="book", author=[{"family": "Roe"}], title="HTDH"),
        cite(4, "full", "5", type="book", author=[{"family": "Roe"}], title="QL"),
        cite(5, "full", "6", type="book", author=[{"family": "Poe"}], title="QL"),  # another author's: a work of its own
    )
    assert links[2:] == [(3, "Hull's Theory of Docks and Harbours", "short", "2:34"), (4, "The Quays of Leith", "short", "5"),
                         (5, "QL", "full", "6")]


def test_a_serials_year_heads_the_pinpoint_of_a_later_volume():
    roe = [{"family": "Roe"}]
    library, links = link(
        cite(1, "full", "xiv. 38", type="book", author=roe, title="Diario", issued={"date-parts": [[1812]]}),
        cite(2, "full", "xxii. 216", type="book", author=roe, title="Diario", issued={"date-parts": [[1813]]}),
    )
    assert [l[3] for l in links] == ["xiv. 38", "1813, xxii. 216"] and len(library) == 1


def test_an_edition_named_after_a_work_is_by_its_author():
    from notecite.link.resolve import carry_authors

    russian = NoteCite("a.txt", 7, "full", {"type": "book", "author": [{"family": "Ciliga"}], "title": "The Russian Enigma"})
    original = NoteCite("a.txt", 7, "full", {"type": "book", "title": "Au pays du grand mensonge"},
                        prefix="this is the English translation of")
    assert carry_authors([russian, original])[1].record["author"] == [{"family": "Ciliga"}]


def test_an_item_kept_ibid_takes_the_archive_of_the_item_before():
    from notecite.link.resolve import fill_same_containers

    kept = {"type": "personal_communication", "author": [{"family": "Preobrazhensky"}], "title": "Preobrazhensky to Trotsky",
            "archive": "Trotsky Archive, Houghton Library", "archive-place": "Harvard University", "archive_location": "bMS Russ 13"}
    before = NoteCite("a.txt", 4, "full", kept)
    alone = NoteCite("a.txt", 5, "full", {"type": "personal_communication", "title": "Dewey to Hook", "note": "ibid."})
    marked = NoteCite("a.txt", 6, "full", {"type": "personal_communication", "title": "Trotsky to Preobrazhensky",
                                            "note": "ibid., T 1756"})
    out = fill_same_containers([before, alone, marked])
    assert out[1].record["archive"] == kept["archive"] and "note" not in out[1].record
    assert out[2].record["archive_location"] == "bMS Russ 13" and out[2].record["note"] == "T 1756"
    # a note that only mentions ibid later is no place
    other = NoteCite("a.txt", 7, "full", {"type": "book", "title": "Docks", "note": "see ibid. for more"})
    assert "archive" not in fill_same_containers([before, other])[1].record


def test_a_short_form_naming_two_authors_names_no_work_of_only_the_second():
    library, links = link(
        cite(1, "full", None, type="dataset", author=[{"family": "Beck"}, {"family": "Tolnay"}],
             title="Confirmed inventory of Southern lynch victims", issued={"date-parts": [[2016]]}),
        cite(2, "short", "3", type="book", author=[{"family": "Bailey"}, {"family": "Tolnay"}], title="Lynched"),
    )
    assert len(library) == 2 and links[1][1] == "Lynched"
    # the first author the same, a second author the work lost: the same work
    library, links = link(
        cite(1, "full", None, type="book", author=[{"family": "Silagi"}, {"family": "Siegel"}],
             title="Script for Mother Art Tells Her Story", publisher="Art Press"),
        cite(2, "short", "2", type="book", author=[{"family": "Silagi"}, {"family": "Krall"}], title="Mother Art"),
    )
    assert len(library) == 1


def test_a_letter_in_a_volume_named_by_its_year_and_printed_later_is_in_that_printed_volume():
    volume = "Foreign Relations of the United States: The Conferences at Washington and Quebec"
    letter = {"type": "personal_communication", "author": [{"family": "Hull"}], "recipient": [{"family": "Roosevelt"}],
              "title": "Hull to Roosevelt", "container-title": volume, "note": "1943",
              "issued": {"date-parts": [[1943, 9, 9]]}}
    library, links = link(
        cite(1, "full", "1334", type="book", title=volume, publisher="Government Printing Office",
             issued={"date-parts": [[1970]]}),
        NoteCite("a.txt", 2, "full", letter, {"label": "page", "value": "1335", "raw": "1335"}),
    )
    assert sorted(str(r.get("title")) for r in library.records) == sorted([volume, "Hull to Roosevelt"])
    assert (2, volume, "short", "1335") in links


def test_a_reference_to_an_earlier_note_links_to_the_work_that_note_cites():
    carr = [{"family": "Carr", "given": "E. H."}]
    full = [cite(1, "full", "302", type="book", author=carr, title="The Interregnum", publisher="Macmillan",
                 issued={"date-parts": [[1954]]}),
            cite(2, "full", "12", type="book", author=SERGE, title="Memoirs of a Revolutionary", publisher="Writers & Readers"),
            cite(2, "full", "4", type="book", author=[{"family": "Carr", "given": "E. H."}], title="The Bolshevik Revolution",
                 publisher="Macmillan")]
    # a short title unlike the full one, an op. cit. after another work of the author's, a name alone, no name at all
    _, links = link(*full,
                    cite(3, "short", "305", type="book", author=[{"family": "Carr"}], title="Ten Years", text="Carr, Ten Years (n. 1), p. 305"),
                    cite(4, "ibid", "20", type="document", author=[{"family": "Carr"}], text="Carr, op. cit. (n. 1), p. 20"),
                    cite(5, "short", "310", type="document", author=[{"family": "Carr"}], text="Carr, above n. 1, at 310"),
                    cite(6, "short", None, type="document", text="See above, n. 1"))
    assert [l[1] for l in links[3:]] == ["The Interregnum"] * 4
    # a note citing two works of the name: the title must tell them apart; a later note's number refers to nothing
    _, links = link(*full, cite(3, "short", "5", type="book", author=[{"family": "Carr"}], title="Bolshevik Revolution",
                                text="Carr, Bolshevik Revolution (n. 2), p. 5"))
    assert links[-1][1] == "The Bolshevik Revolution"
    _, links = link(*full, cite(3, "ibid", "5", type="document", text="Op. cit. (n. 7), p. 5"))
    assert links[-1][1] == "The Bolshevik Revolution"  # no earlier note 7: the op. cit. of the work cited last


def test_a_short_form_whose_possessive_was_read_as_an_author_links_to_the_work_its_words_open():
    harvest = cite(1, "full", "30", type="book", author=[{"family": "Harlan", "given": "Ruth"}],
                   title="Winter’s Harvest: Farming and Faith in the Upper Valley", publisher="Harbour Press")
    for printed, words, pinpoint, works, linked in [
            ("Winter’s Harvest, 41–45", "Harvest", "41–45", 1, "Winter’s Harvest: Farming and Faith in the Upper Valley"),
            ("Winter’s Frost, 12", "Frost", "12", 2, "Frost")]:  # words that open no earlier title: a work of its own
        library, links = link(harvest, cite(2, "short", pinpoint, text=printed, type="book", author=[{"family": "Winter"}],
                                            **{"title-short": words}))
        assert len(library) == works and links[-1] == (2, linked, "short", pinpoint), printed


def test_a_name_read_as_a_title_in_a_container_is_that_authors_work_the_container_names():
    rivers = cite(1, "full", None, type="book", author=[{"family": "Corwin", "given": "Ada"}],
                  title="Rivers of Grain in Northern Ports", publisher="Harbour Press")
    for container, works, linked in [("Rivers of Grain", 1, (2, "Rivers of Grain in Northern Ports", "short", None)),
                                     ("Rivers of Salt", 2, (2, "Corwin", "full", None))]:  # a title opened, and one not
        library, links = link(rivers, cite(2, "full", None, text=f"Corwin, {container}", type="article-journal",
                                           title="Corwin", **{"container-title": container}))
        assert len(library) == works and links[-1] == linked, container
