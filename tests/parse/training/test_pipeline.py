from notecite.parse.training import Example
from notecite.parse.training.pipeline import Scores, field_spans, split, train, evaluate
from notecite.parse.tokenize import tokenize
from notecite.parse.labels import token_tags


def _examples():
    out = []
    for n in range(30):
        text = f"Author{n} Name, Book {n} (Paris: Gallimard, 19{n + 10}), {n + 1}."
        a = text.index("Book")
        spans = ((0, a - 2, "author"), (a, text.index(" ("), "title"),
                 (text.index("Paris"), text.index("Paris") + 5, "location"),
                 (text.index("Gallimard"), text.index("Gallimard") + 9, "publisher"),
                 (text.index("19"), text.index("19") + 4, "date"),
                 (text.rindex(", ") + 2, len(text) - 1, "locator"))
        out.append(Example(text, spans, f"t:{n}"))
    return out


def test_split_is_seeded_and_disjoint():
    examples = _examples()
    a1, b1 = split(examples, 1)
    a2, b2 = split(list(reversed(examples)), 1)
    assert (a1, b1) == (a2, b2)
    assert len(b1) == 3 and not set(e.source for e in a1) & set(e.source for e in b1)


def test_scores_prf():
    s = Scores(tokens=10, correct=9, tp={"title": 3}, fp={"title": 1}, fn={"author": 1})
    assert s.accuracy == 0.9
    p, r, f = s.prf("title")
    assert (p, r) == (0.75, 1.0)
    assert s.prf("author") == (0.0, 0.0, 0.0)


def test_field_spans_trim():
    text = "Serge, Memoirs, 2."
    tokens = tokenize(text)
    tags = token_tags(tokens, [(0, 6, "author"), (7, 15, "title"), (16, 18, "locator")])
    assert field_spans(text, tokens, tags) == {(0, 5, "author"), (7, 14, "title"), (16, 17, "locator")}


def test_train_and_evaluate_tiny_model(tmp_path):
    examples = _examples()
    out = tmp_path / "m.crfsuite"
    figures = train(examples, out, {"max_iterations": 30})
    assert out.exists() and figures["bytes"] > 0
    scores = evaluate(out, examples[:5])
    assert scores.accuracy > 0.9
    assert scores.prf("publisher")[2] > 0.9
