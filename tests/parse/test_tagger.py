import pycrfsuite
import pytest

from notecite.errors import InputError
from notecite.parse.crf_weights import read_weights
from notecite.parse.tagger import MODEL_PATH, StateScores, Tagger, default_tagger
from notecite.parse.tokenize import tokenize
from notecite.parse.features import observation_columns

NOTES = ["Victor Serge, Memoirs of a Revolutionary (London: Writers & Readers, 1987), 67.",
         "Ibid., 2-3.", "See Leon Trotsky, The Revolution Betrayed, 45; and Serge, Memoirs, 12.",
         "Vgl. Karl Korsch, Marxismus und Philosophie (Leipzig: Hirschfeld, 1923), S. 12 f.; ebd., S. 40.",
         "x", "“Quoted” [sic] — 1 2 3 … (a) [b] {c}"]


def test_the_installed_pycrfsuite_exports_crfsuites_decoding_routines():
    assert default_tagger().native  # else every note is tagged through pycrfsuite's Tagger, far slower


@pytest.mark.parametrize("text", NOTES)
def test_native_decoding_gives_pycrfsuites_tags_and_marginals(text):
    tokens = tokenize(text)
    native_tags, native_marginals = Tagger(MODEL_PATH).tag_tokens(text, tokens)
    tags, marginals = Tagger(MODEL_PATH, native=False).tag_tokens(text, tokens)
    assert native_tags == tags and len(native_tags) == len(tokens)
    assert native_marginals == pytest.approx(marginals, abs=1e-9)
    assert all(0.0 < p <= 1.0 + 1e-12 for p in marginals)


def test_a_note_without_tokens_has_no_tags_or_marginals():
    for native in (True, False):
        assert Tagger(MODEL_PATH, native=native).tag_tokens("", []) == ([], [])


def test_state_scores_are_the_same_after_the_table_is_cleared():
    weights = read_weights(MODEL_PATH)
    columns = [observation_columns(text, tokenize(text)) for text in NOTES[:4]]
    roomy, cramped = StateScores(weights), StateScores(weights, limit=8)
    for _ in range(2):
        for note in columns:
            assert (roomy(note) == cramped(note)).all()


def test_columns_reading_one_key_list_score_as_the_same_columns_read_apart():
    weights = read_weights(MODEL_PATH)
    shared, apart = StateScores(weights), StateScores(weights)
    for text in NOTES:
        columns = observation_columns(text, tokenize(text))
        copies = [column._replace(keys=list(column.keys)) for column in columns]  # no two columns share a key list
        assert (shared(columns) == apart(copies)).all()


def _train_tiny_model(path):
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.append([["w=a", "shape=x"], ["w=b"], ["w=c", "shape=x"]], ["A", "B", "A"])
    trainer.append([["w=b", "é=ü"], ["w=a", "long=" + "x" * 300]], ["B", "C"])  # a key over 255 bytes
    trainer.set_params({"max_iterations": 20, "feature.possible_transitions": True})
    trainer.train(str(path))


def test_read_weights_gives_every_weight_pycrfsuite_reports(tmp_path):
    path = tmp_path / "tiny.crfsuite"
    _train_tiny_model(path)
    weights = read_weights(path)
    info = pycrfsuite.Tagger()
    info.open(str(path))
    report = info.info()
    assert sorted(weights.labels) == sorted(report.labels) and len(weights.attribute_ids) == len(report.attributes)
    for (attribute, label), weight in report.state_features.items():
        assert weights.state[weights.attribute_ids[attribute.encode()], weights.labels.index(label)] == pytest.approx(weight, abs=1e-6)
    for (before, after), weight in report.transitions.items():
        assert weights.transitions[weights.labels.index(before), weights.labels.index(after)] == pytest.approx(weight, abs=1e-6)
    assert not weights.state[weights.unknown].any()
    assert weights.state.shape == (len(report.attributes) + 1, len(report.labels))


@pytest.mark.parametrize("content", [b"", b"lCRF" + b"\0" * 60, b"not a model at all" * 10])
def test_a_file_that_is_no_model_is_an_input_error_naming_it(tmp_path, content):
    path = tmp_path / "broken.crfsuite"
    path.write_bytes(content)
    with pytest.raises(InputError) as raised:
        Tagger(path)
    assert str(path) in str(raised.value) and "parser model" in str(raised.value)


def test_a_truncated_model_is_an_input_error(tmp_path):
    path = tmp_path / "cut.crfsuite"
    path.write_bytes(MODEL_PATH.read_bytes()[:200_000])
    with pytest.raises(InputError):
        read_weights(path)
