"""The parse/train/evaluate subcommands (train and evaluate are only checked for wiring: they are slow)."""
import json

import pytest

from notecite.cli import build_parser, main
from notecite.parse.tagger import MODEL_PATH


def test_subcommands_registered():
    parser = build_parser()
    args = parser.parse_args(["train", "--out", "x.crfsuite", "--seed", "3"])
    assert args.out == "x.crfsuite" and args.seed == 3 and callable(args.func)
    assert callable(parser.parse_args(["evaluate"]).func)


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="model not built")
def test_parse_command_json(capsys):
    assert main(["parse", "--json", "Ibid., 45."]) == 0
    [cite] = json.loads(capsys.readouterr().out)
    assert cite["kind"] == "ibid" and cite["locator"] == "45"


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="model not built")
def test_parse_command_text(capsys):
    assert main(["parse", "Ibid., 45."]) == 0
    out = capsys.readouterr().out
    assert "cite 1: ibid" in out and "locator: 45" in out


def test_missing_model_is_a_clear_error(tmp_path, capsys):
    from notecite.parse import Tagger
    from notecite.errors import InputError

    with pytest.raises(InputError, match="parser model not found"):
        Tagger(tmp_path / "none.crfsuite")
    bad = tmp_path / "bad.crfsuite"
    bad.write_text("not a model")
    with pytest.raises(InputError, match="bad.crfsuite"):
        Tagger(bad)
