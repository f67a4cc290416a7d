from pathlib import Path

import pytest

from notecite.errors import InputError
from notecite.parse.training.annotated import annotated_notes, read_notes
from notecite.parse.training.anystyle import read_dataset, training_and_gold

DATA = Path(__file__).resolve().parents[2] / "data" / "parse"


def test_anystyle_reader_maps_labels_and_collapses_space():
    [example] = read_dataset(DATA / "tiny_anystyle.xml")
    assert example.text == "1. Doe, J. (1999). A title. Some Journal, 1-10."
    labels = [(example.text[s:e], l) for s, e, l in example.spans]
    assert labels[0] == ("1.", "prose")
    assert ("A title.", "title") in labels and ("Some Journal,", "container-title") in labels


def test_anystyle_reader_bad_file(tmp_path):
    bad = tmp_path / "x.xml"
    bad.write_text("<dataset><sequence>", encoding="utf-8")
    with pytest.raises(InputError, match="x.xml"):
        read_dataset(bad)


def test_annotated_reader_rejects_unknown_label_naming_note():
    with pytest.raises(InputError, match="note 2: unknown label <booktitle>"):
        read_notes(DATA / "bad_label.xml")


def test_repository_annotations_are_many_and_valid():
    notes = annotated_notes()
    assert len(notes) >= 60
    kinds = {label for note in notes for *_, label in note.spans}
    assert {"author", "title", "location", "publisher", "date", "locator", "ibid", "container-title"} <= kinds
    for note in notes:
        assert all(0 <= s < e <= len(note.text) for s, e, _ in note.spans)


def test_gold_is_kept_out_of_training():
    try:
        train, gold = training_and_gold()
    except InputError:
        pytest.skip("shared AnyStyle data not available")
    gold_texts = {e.text for e in gold}
    assert len(gold) == 1669
    assert not any(e.text in gold_texts for e in train)
    assert len(train) == 12061 - 1669 - 305


def test_annotated_quotes_next_to_prose_join_the_fields(tmp_path):
    from notecite.parse.training.annotated import read_notes

    path = tmp_path / "n.xml"
    path.write_text("<notes><note>See “<title>A Title</title>,” in <container-title>Review</container-title>, "
                    "<date>May 1950</date>, a reply to (<title>Other</title>) critics.</note></notes>",
                    encoding="utf-8")
    [example] = read_notes(path)
    got = [(example.text[s:e], label) for s, e, label in example.spans]
    assert got == [("“A Title,”", "title"), ("Review,", "container-title"), ("May 1950,", "date"),
                   ("(Other)", "title")]


def test_annotated_note_field_inside_a_note_is_a_field_not_a_second_note(tmp_path):
    path = tmp_path / "nested.xml"
    path.write_text('<notes><note><author>Grew</author> to <title>Hull</title>, '
                    '<note>RG 59, 026 Foreign Relations/688</note>.</note></notes>', encoding="utf-8")
    [example] = read_notes(path)
    assert [example.text[start:end].rstrip(".") for start, end, label in example.spans if label == "note"] == \
        ["RG 59, 026 Foreign Relations/688"]


def test_real_notes_train_only_on_train_split_documents(tmp_path):
    from notecite.parse.training.annotated import real_notes

    (tmp_path / "data" / "annotated" / "real").mkdir(parents=True)
    (tmp_path / "data" / "real" / "keys").mkdir(parents=True)
    for name, split in (("a-train", "train"), ("b-dev", "dev"), ("c-blind", "blind")):
        (tmp_path / "data" / "annotated" / "real" / f"{name}.xml").write_text(
            f"<notes><note><author>{name}</author>, <title>T</title>, 3.</note></notes>", encoding="utf-8")
        (tmp_path / "data" / "real" / "keys" / f"{name}.json").write_text(f'{{"split": "{split}"}}', encoding="utf-8")
    [example] = real_notes(tmp_path)
    assert example.text.startswith("a-train") and example.source == "annotated:a-train:1"
    (tmp_path / "data" / "annotated" / "real" / "d-nokey.xml").write_text("<notes/>", encoding="utf-8")
    with pytest.raises(InputError, match="d-nokey.json"):
        real_notes(tmp_path)


def test_repository_real_annotations_have_keys_and_valid_labels():
    """Every data/annotated/real/<id>.xml reads (known labels) and has its key, so `notecite train` runs."""
    from notecite.parse.training.annotated import real_notes

    repo = Path(__file__).resolve().parents[3]
    for path in sorted((repo / "data" / "annotated" / "real").glob("*.xml")):
        assert (repo / "data" / "real" / "keys" / f"{path.stem}.json").is_file(), path.name
        assert read_notes(path), path.name
    for note in real_notes(repo):
        assert all(0 <= s < e <= len(note.text) for s, e, _ in note.spans)


def test_repository_real_annotations_hold_their_documents_notes_word_for_word():
    """Tags removed, each annotation is its document's notes, numbered as the reader numbers them."""
    from notecite.parse.training.annotated import differences_from_document

    repo = Path(__file__).resolve().parents[3]
    for path in sorted((repo / "data" / "annotated" / "real").glob("*.xml")):
        assert differences_from_document(path, repo / "data" / "real" / "documents" / f"{path.stem}.txt") == [], path.name


def test_an_annotation_that_changed_a_notes_wording_or_lost_a_note_is_reported(tmp_path):
    from notecite.parse.training.annotated import differences_from_document

    document = tmp_path / "d.md"
    document.write_text("Text.[^1] More.[^2]\n\n[^1]: Smith, *Title*, 5.\n[^2]: Ibid.\n", encoding="utf-8")
    good = tmp_path / "good.xml"
    good.write_text('<notes><note n="1"><author>Smith</author>, <title>Title</title>, <locator>5</locator>.</note>'
                    '<note n="2"><ibid>Ibid.</ibid></note></notes>', encoding="utf-8")
    assert differences_from_document(good, document) == []
    reworded = tmp_path / "reworded.xml"
    reworded.write_text('<notes><note n="1"><author>Smith</author>, <title>Titel</title>, 5.</note>'
                        '<note n="2">Ibid.</note></notes>', encoding="utf-8")
    assert differences_from_document(reworded, document) == ["note 1: its text differs from the document's once the tags are removed"]
    short = tmp_path / "short.xml"
    short.write_text('<notes><note n="1">Smith, Title, 5.</note></notes>', encoding="utf-8")
    assert differences_from_document(short, document) == ["1 notes annotated, the document has 2"]
    [missing] = differences_from_document(good, tmp_path / "gone.md")
    assert missing.startswith("its document cannot be read:") and "gone.md" in missing
