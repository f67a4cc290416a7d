"""train/evaluate say what they need and never overwrite the installed model."""
import pytest

from notecite.cli import main
from notecite.errors import InputError
from notecite.parse.tagger import MODEL_PATH
from notecite.parse.training import sources


@pytest.fixture
def installed(monkeypatch):
    """notecite as from a wheel: no repository checkout around the package."""
    monkeypatch.setattr(sources, "checkout_root", lambda: None)
    monkeypatch.delenv("NOTECITE_SHARED", raising=False)


def test_checkout_defaults_to_the_repository_model():
    assert sources.checkout_root() is not None  # the suite runs from a checkout
    assert sources.default_model_out() == MODEL_PATH


def test_installed_train_requires_out(installed, capsys):
    before = MODEL_PATH.stat().st_mtime_ns
    assert main(["train"]) == 2
    err = capsys.readouterr().err
    assert "--out" in err and "never overwrites the installed model" in err
    assert MODEL_PATH.stat().st_mtime_ns == before


def test_installed_train_refuses_the_installed_model(installed, capsys):
    assert main(["train", "--out", str(MODEL_PATH)]) == 2
    assert "installed package's model" in capsys.readouterr().err


def test_installed_train_names_the_missing_repository(installed, tmp_path, capsys):
    out = tmp_path / "model.crfsuite"
    assert main(["train", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "--repo" in err and "data/annotated" in err and "../shared/data/anystyle" in err
    assert not out.exists()


def test_installed_train_names_an_empty_repository(installed, tmp_path, capsys):
    assert main(["train", "--out", str(tmp_path / "m"), "--repo", str(tmp_path)]) == 2
    assert f"{tmp_path / 'data' / 'annotated'}: no annotated notes" in capsys.readouterr().err


def test_installed_evaluate_names_the_missing_shared_data(installed, tmp_path, capsys):
    (tmp_path / "data" / "annotated").mkdir(parents=True)
    (tmp_path / "data" / "annotated" / "a.xml").write_text("<notes/>", encoding="utf-8")
    assert main(["evaluate", "--repo", str(tmp_path), "--shared", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert "AnyStyle data not found" in err and "--shared" in err


def test_installed_shared_defaults_need_a_repository(installed):
    with pytest.raises(InputError, match="pass --shared DIR or set NOTECITE_SHARED"):
        sources.anystyle_folder()
