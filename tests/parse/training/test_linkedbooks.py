"""LinkedBooks references: rebuilt across OCR lines, labels mapped onto ours, test split kept out."""
import io
import tarfile

import pytest

from notecite.errors import InputError
from notecite.parse.training.linkedbooks import read_split
from notecite.parse.training.pipeline import linkedbooks_references, train


def _line(*tokens):
    return "".join(f"{t} {c} {k} {s}\r" for t, c, k, s in tokens) + "\r"


# A note: prose, then a book reference broken over two OCR lines with a hyphenated word.
NOTE = _line(("(", "o", "o", "o"), ("3", "o", "o", "o"), (")", "o", "o", "o"), ("Cfr", "o", "o", "o"), (".", "o", "o", "o"),
             ("PIGNATTI", "author", "b-secondary", "b-r"), ("T", "author", "i-secondary", "i-r"), (".,", "author", "i-secondary", "i-r"),
             ("Paolo", "title", "i-secondary", "i-r"), ("Vero", "title", "i-secondary", "i-r"), ("-", "title", "i-secondary", "i-r")) + \
    _line(("nese", "title", "i-secondary", "i-r"), (",", "title", "i-secondary", "i-r"),
          ("Milano", "publicationplace", "i-secondary", "i-r"), ("1976", "year", "i-secondary", "i-r"), (",", "year", "i-secondary", "i-r"),
          ("p", "pagination", "i-secondary", "i-r"), (".", "pagination", "i-secondary", "i-r"), ("12", "pagination", "e-secondary", "i-r"),
          (".", "pagination", "e-secondary", "e-r"))
# An article in a journal, a short form with op. cit., an archival reference, a catalogue annotation.
ARTICLE = _line(("AGAZZI", "author", "b-secondary", "b-r"), ("M", "author", "i-secondary", "i-r"), (".,", "author", "i-secondary", "i-r"),
                ("I", "title", "i-secondary", "i-r"), ("granai", "title", "i-secondary", "i-r"), (",", "title", "i-secondary", "i-r"),
                ("in", "conjunction", "i-secondary", "i-r"), ("«", "title", "i-secondary", "i-r"), ("Venezia", "title", "i-secondary", "i-r"),
                ("Arti", "title", "i-secondary", "i-r"), ("»,", "title", "i-secondary", "i-r"),
                ("7", "publicationnumber-year", "i-secondary", "i-r"), ("(", "publicationnumber-year", "i-secondary", "i-r"),
                ("1993", "publicationnumber-year", "i-secondary", "i-r"), ("),", "publicationnumber-year", "i-secondary", "i-r"),
                ("pp", "pagination", "i-secondary", "i-r"), (".", "pagination", "i-secondary", "i-r"), ("51", "pagination", "i-secondary", "i-r"),
                ("-", "pagination", "i-secondary", "i-r"), ("62", "pagination", "i-secondary", "i-r"), (".", "pagination", "e-secondary", "e-r"))
SHORT = _line(("Tosi", "author", "b-secondary", "b-r"), (",", "author", "i-secondary", "i-r"),
              ("op", "abbreviation", "i-secondary", "i-r"), (".", "abbreviation", "i-secondary", "i-r"), ("cit", "abbreviation", "i-secondary", "i-r"),
              (".,", "abbreviation", "i-secondary", "i-r"), ("p", "abbreviation", "i-secondary", "i-r"), (".", "abbreviation", "i-secondary", "i-r"),
              ("183", "pagination", "i-secondary", "i-r"), (".", "pagination", "e-secondary", "e-r"))
ARCHIVE = _line(("A", "archive_lib", "b-primary", "b-r"), (".", "archive_lib", "i-primary", "i-r"), ("S", "archive_lib", "i-primary", "i-r"),
                (".", "archive_lib", "i-primary", "i-r"), ("V", "archive_lib", "i-primary", "i-r"), (".,", "archive_lib", "i-primary", "i-r"),
                ("Senato", "archivalreference", "i-primary", "i-r"), (",", "archivalreference", "i-primary", "i-r"),
                ("b", "box", "i-primary", "i-r"), (".", "box", "i-primary", "i-r"), ("38", "box", "i-primary", "i-r"), (",", "box", "i-primary", "i-r"),
                ("c", "cartulation", "i-primary", "i-r"), (".", "cartulation", "i-primary", "i-r"), ("12r", "cartulation", "e-primary", "i-r"),
                (".", "cartulation", "e-primary", "e-r"))
META = _line(("Rossi", "author", "b-meta-annotation", "b-r"), (",", "author", "i-meta-annotation", "i-r"),
             ("Catalogo", "title", "e-meta-annotation", "e-r"))


def _dataset(folder, train=NOTE + ARTICLE + SHORT + ARCHIVE + META, valid=SHORT, test=None):
    test = test or _line(("Heldout", "author", "b-secondary", "b-r"), ("Test", "title", "e-secondary", "e-r"))
    path = folder / "data" / "linkedbooks" / "dataset.tar.gz"
    path.parent.mkdir(parents=True)
    with tarfile.open(path, "w:gz") as archive:
        for name, text in (("train", "-DOCSTART- -X- -X- o\r\r" + train), ("valid", valid), ("test", test)):
            data = text.encode("utf-8")
            info = tarfile.TarInfo(f"clean_{name}.txt")
            info.size = len(data)
            info.mtime = 0
            archive.addfile(info, io.BytesIO(data))
    return path


def _fields(example):
    return [(example.text[s:e], label) for s, e, label in example.spans]


def test_references_are_rebuilt_across_lines_with_their_prose(tmp_path):
    note, article, short, archive = read_split(_dataset(tmp_path), "train")
    assert note.text == "Cfr. PIGNATTI T., Paolo Veronese, Milano 1976, p. 12."
    assert _fields(note) == [("PIGNATTI T.,", "author"), ("Paolo Veronese,", "title"), ("Milano", "location"),
                             ("1976,", "date"), ("p. 12.", "locator")]
    assert article.text == "AGAZZI M., I granai, in «Venezia Arti», 7 (1993), pp. 51 - 62."
    assert ("«Venezia Arti»,", "container-title") in _fields(article)
    assert ("7", "volume") in _fields(article) and ("(1993),", "date") in _fields(article)
    assert ("pp. 51 - 62.", "pages") in _fields(article)
    assert _fields(short) == [("Tosi,", "author"), ("op. cit.,", "ibid"), ("p. 183.", "locator")]
    assert _fields(archive) == [("A. S. V., Senato, b. 38,", "note"), ("c. 12r.", "locator")]


def test_the_test_split_never_trains_and_the_draw_is_seeded(tmp_path):
    _dataset(tmp_path)
    drawn = linkedbooks_references(tmp_path, 10, seed=1)
    assert len(drawn) == 5  # train (4, the catalogue annotation left out) and valid (1)
    assert not any("Heldout" in e.text for e in drawn)
    assert drawn == linkedbooks_references(tmp_path, 10, seed=1)
    assert linkedbooks_references(tmp_path, 2, seed=1) == linkedbooks_references(tmp_path, 2, seed=1)
    assert linkedbooks_references(tmp_path, 0, seed=1) == []


def test_training_on_them_is_byte_identical(tmp_path):
    examples = linkedbooks_references(_dataset(tmp_path).parents[2], 10, seed=1) * 3
    first, second = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    train(examples, first, {"max_iterations": 15})
    train(examples, second, {"max_iterations": 15})
    assert first.read_bytes() == second.read_bytes()


def test_missing_or_broken_dataset(tmp_path):
    with pytest.raises(InputError, match="LinkedBooks data not found"):
        linkedbooks_references(tmp_path, 5, seed=1)
    broken = tmp_path / "data" / "linkedbooks" / "dataset.tar.gz"
    broken.parent.mkdir(parents=True)
    broken.write_bytes(b"not a tar")
    with pytest.raises(InputError, match="cannot read LinkedBooks data"):
        read_split(broken, "train")


def test_the_pool_is_the_same_on_every_build(tmp_path):
    """Same inputs, same pool (and so, with crfsuite's deterministic L-BFGS, the same model bytes):
    LinkedBooks' draw, the real notes of train documents and every other source are seeded or sorted."""
    import shutil
    from pathlib import Path

    from notecite.parse.training.pipeline import build_pool

    shared, repo = tmp_path / "shared", tmp_path / "repo"
    _dataset(shared)
    (shared / "data" / "anystyle" / "parser").mkdir(parents=True)
    tiny = Path(__file__).resolve().parents[2] / "data" / "parse" / "tiny_anystyle.xml"
    for name in ("gold.xml", "core.xml"):
        shutil.copy(tiny, shared / "data" / "anystyle" / "parser" / name)
    (repo / "data" / "annotated" / "real").mkdir(parents=True)
    (repo / "data" / "real" / "keys").mkdir(parents=True)
    (repo / "data" / "annotated" / "a.xml").write_text("<notes><note><author>A</author>, <title>B</title>.</note></notes>",
                                                       encoding="utf-8")
    (repo / "data" / "annotated" / "real" / "r.xml").write_text("<notes><note><title>R</title>, 3.</note></notes>",
                                                               encoding="utf-8")
    (repo / "data" / "real" / "keys" / "r.json").write_text('{"split": "train"}', encoding="utf-8")
    first = build_pool(1, 40, repo=repo, shared=shared)
    second = build_pool(1, 40, repo=repo, shared=shared)
    assert first.train == second.train and first.test == second.test
    assert first.counts["linkedbooks_train"] + first.counts["linkedbooks_test"] == 5 and first.counts["real_train"] == 1
    assert not any("Heldout" in e.text for e in first.train + first.test)


def test_a_contribution_annotated_as_one_title_is_split_at_its_in(tmp_path):
    chapter = _line(("Rossi", "author", "b-secondary", "b-r"), (",", "author", "i-secondary", "i-r"),
                    ("Santi", "title", "i-secondary", "i-r"), (",", "title", "i-secondary", "i-r"), ("in", "title", "i-secondary", "i-r"),
                    ("Biblioteca", "title", "i-secondary", "i-r"), ("veneziana", "title", "i-secondary", "i-r"), (",", "title", "i-secondary", "i-r"),
                    ("Venezia", "publicationplace", "i-secondary", "i-r"), ("1963", "year", "e-secondary", "e-r"))
    cut = _line(("Storia", "o", "o", "o"), (",", "o", "o", "o"), ("in", "o", "o", "o"),
                ("Studi", "title", "b-secondary", "b-r"), ("veneti", "title", "e-secondary", "e-r"))
    [example] = read_split(_dataset(tmp_path, train=chapter + cut), "train")
    assert _fields(example) == [("Rossi,", "author"), ("Santi,", "title"), ("Biblioteca veneziana,", "container-title"),
                                ("Venezia", "location"), ("1963", "date")]
