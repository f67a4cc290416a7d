"""Learning from corrections: export corrected notes, train a user model, parse again."""
from __future__ import annotations

import json

from notecite.cli import main
from notecite.document import read_document
from notecite.parse import parse_note
from notecite.parse.tagger import Tagger, user_model_path
from notecite.parse.training.annotated import read_notes
from notecite.review.corrections import Corrections, save, sidecar_path
from notecite.review.training import note_xml

from .conftest import note_span


def test_note_xml_escapes_and_reads_back():
    text = "See A & B, <Title>, 12."
    xml = note_xml(text, [(4, 9, "author"), (11, 18, "title"), (20, 22, "locator")])
    assert xml == "<note>See <author>A &amp; B</author>, <title>&lt;Title&gt;</title>, <locator>12</locator>.</note>"


def test_corrected_note_exported_trained_and_parsed_again(article, tmp_path, private_user_data, capsys):
    note = read_document(article).note(15).text
    shipped = [c.fields for c in parse_note(note)]
    assert ("title", "New International") in shipped[-1]  # the shipped model's mistake
    save(article, Corrections(article.name, [
        {"action": "relabel", **note_span(article, 15, "New International"), "label": "container-title"}]))
    exported = tmp_path / "corrected.xml"
    assert main(["review", str(article), "--export-training", str(exported)]) == 0
    [example] = read_notes(exported)
    assert example.text == note
    assert [note[s:e].strip(" ,") for s, e, label in example.spans if label == "container-title"] == ["New International"]
    # a small user model: a few hundred synthetic notes plus the corrected note
    assert main(["train", "--add", str(exported), "--base", "synthetic", "--synthetic", "300",
                 "--iterations", "50"]) == 0
    model = user_model_path()
    assert model.is_file() and str(model).startswith(str(private_user_data))
    assert "training the user model" in capsys.readouterr().out
    sidecar_path(article).unlink()  # no corrections: only the model knows now
    [*_, cite] = parse_note(note, tagger=Tagger(model))
    assert ("container-title", "New International") in cite.fields
    # extract picks the user model by itself and says so; --model shipped goes back
    out = tmp_path / "out.json"
    assert main(["extract", str(article), "-o", str(out)]) == 0
    assert f"parsing notes with the user model ({model})" in capsys.readouterr().err
    assert any(r.get("container-title") == "New International" for r in json.loads(out.read_text(encoding="utf-8")))
    assert main(["extract", str(article), "-o", str(out), "--model", "shipped"]) == 0
    assert "parsing notes with the shipped model" in capsys.readouterr().err
    assert not any(r.get("container-title") == "New International" for r in json.loads(out.read_text(encoding="utf-8")))


def test_model_choice_errors_name_the_problem(article, tmp_path, capsys):
    assert main(["extract", str(article), "-o", str(tmp_path / "x.json"), "--model", "user"]) == 2
    assert "no user model yet" in capsys.readouterr().err
    assert main(["extract", str(article), "-o", str(tmp_path / "x.json"), "--model", str(tmp_path / "none.crfsuite")]) == 2
    assert "parser model not found" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()
    empty = tmp_path / "empty.xml"
    empty.write_text("<notes></notes>", encoding="utf-8")
    assert main(["train", "--add", str(empty), "--base", "synthetic"]) == 2
    assert "no <note> to learn from" in capsys.readouterr().err
