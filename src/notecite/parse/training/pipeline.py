"""Build the training pool, split it, train the CRF and evaluate it — deterministically."""
from __future__ import annotations

import os
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from ..features import extract
from ..labels import tag_spans, token_tags, trim
from ..model import Token, model_label, split_label
from ..tokenize import tokenize
from . import Example
from .annotated import annotated_notes, real_notes
from .anystyle import training_and_gold
from .csl_render import csl_notes
from .linkedbooks import dataset_path, read_split
from .sources import annotated_folder, anystyle_folder, shared_folder
from .synthetic import synthetic_notes

#: Trainer settings (L-BFGS with elastic net; small model, bounded time).
PARAMS = {"c1": 0.5, "c2": 0.01, "max_iterations": 100, "feature.minfreq": 2,
          "feature.possible_transitions": True}
SYNTHETIC_NOTES = 7000
CSL_NOTES = 1200
ANNOTATED_REPEAT = 3
#: LinkedBooks references drawn (seeded) from its train and valid splits; its test split never trains.
LINKEDBOOKS_REFERENCES = 3000
#: How often each annotated real note (train-split documents only) is repeated.
REAL_REPEAT = 3
TEST_FRACTION = 0.1


@dataclass
class Pool:
    """Training and held-out examples, plus AnyStyle's gold set (evaluation only)."""

    train: list[Example]
    test: list[Example]
    gold: list[Example]
    counts: dict[str, int] = field(default_factory=dict)


def split(examples: Sequence[Example], seed: int, fraction: float = TEST_FRACTION) -> tuple[list[Example], list[Example]]:
    """Seeded split of ``examples`` (sorted by source first) into (train, test)."""
    ordered = sorted(examples, key=lambda e: (e.source, e.text))
    rng = random.Random(seed)
    rng.shuffle(ordered)
    n_test = int(round(len(ordered) * fraction))
    return ordered[n_test:], ordered[:n_test]


def build_pool(seed: int = 1, synthetic: int = SYNTHETIC_NOTES, repo: str | os.PathLike | None = None,
               shared: str | os.PathLike | None = None) -> Pool:
    """AnyStyle (minus gold), synthetic notes from training records only, invented annotated notes,
    LinkedBooks references (a seeded draw; its test split left out) and the annotated real notes of
    train-split documents, split into train and held-out test.

    ``repo`` and ``shared`` locate the material as :mod:`.sources` says (InputError when missing).
    """
    annotated = annotated_folder(repo)
    any_train, gold = training_and_gold(anystyle_folder(shared, repo))
    a_train, a_test = split(any_train, seed)
    s_train, s_test = split(synthetic_notes(synthetic, seed, a_train) + csl_notes(CSL_NOTES * synthetic // SYNTHETIC_NOTES, seed), seed)
    h_train, h_test = split(annotated_notes(annotated), seed, 0.2)
    l_train, l_test = split(linkedbooks_references(shared_folder(shared, repo), LINKEDBOOKS_REFERENCES, seed), seed)
    real = real_notes(annotated.parent.parent)
    train = a_train + s_train + h_train * ANNOTATED_REPEAT + l_train + real * REAL_REPEAT
    test = a_test + s_test + h_test + l_test
    counts = {"anystyle_train": len(a_train), "anystyle_test": len(a_test), "synthetic_train": len(s_train),
              "synthetic_test": len(s_test), "annotated_train": len(h_train), "annotated_test": len(h_test),
              "linkedbooks_train": len(l_train), "linkedbooks_test": len(l_test), "real_train": len(real),
              "gold": len(gold)}
    return Pool(train, test, gold, counts)


def linkedbooks_references(shared: str | os.PathLike, count: int, seed: int) -> list[Example]:
    """``count`` LinkedBooks references drawn with ``seed`` from its train and valid splits (never test)."""
    if count <= 0:
        return []
    path = dataset_path(shared)
    references = read_split(path, "train") + read_split(path, "valid")
    return random.Random(seed).sample(references, min(count, len(references)))


def featurize(example: Example) -> tuple[list[Token], list[list[str]], list[str]]:
    """Tokens, observations and gold tags of one example."""
    tokens = tokenize(example.text)
    return tokens, extract(example.text, tokens, example.italic), token_tags(tokens, example.spans)


def train(examples: Sequence[Example], out: str | os.PathLike, params: dict | None = None,
          progress: Callable[[dict], None] | None = None) -> dict:
    """Train a CRF on ``examples`` and write it to ``out``; returns timing and size figures.

    ``progress``, if given, is called after each L-BFGS iteration with crfsuite's figures for it
    (``num``, ``loss``, ``time``…).
    """
    import pycrfsuite

    class Trainer(pycrfsuite.Trainer):
        def message(self, message: str) -> None:  # crfsuite's log, parsed instead of printed
            if self.logparser.feed(message) == "iteration" and progress is not None:
                progress(self.logparser.last_iteration)

    started = time.time()
    trainer = Trainer(verbose=False)
    for example in examples:
        tokens, xseq, yseq = featurize(example)
        if tokens:
            trainer.append(xseq, [model_label(tag) for tag in yseq])
    trainer.select("lbfgs", "crf1d")
    trainer.set_params(dict(PARAMS, **(params or {})))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    trainer.train(str(tmp))
    os.replace(tmp, out)
    return {"seconds": round(time.time() - started, 1), "bytes": out.stat().st_size,
            "iterations": trainer.logparser.last_iteration.get("num") if trainer.logparser.last_iteration else None}


@dataclass
class Scores:
    """Token accuracy and per-field span precision/recall/F1 counts."""

    tokens: int = 0
    correct: int = 0
    tp: dict = field(default_factory=dict)
    fp: dict = field(default_factory=dict)
    fn: dict = field(default_factory=dict)

    @property
    def accuracy(self) -> float:
        """Share of tokens whose plain label (B-/I- ignored) is right."""
        return self.correct / self.tokens if self.tokens else 0.0

    def prf(self, label: str | None = None) -> tuple[float, float, float]:
        """Precision, recall, F1 for ``label`` (micro-average over all fields when None)."""
        if label is None:
            tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        else:
            tp, fp, fn = self.tp.get(label, 0), self.fp.get(label, 0), self.fn.get(label, 0)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def labels(self) -> list[str]:
        """Every field label seen in gold or prediction, sorted."""
        return sorted(set(self.tp) | set(self.fp) | set(self.fn))


def field_spans(text: str, tokens: Sequence[Token], tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """The trimmed character spans of the fields a tag sequence describes."""
    spans = set()
    for first, last, label in tag_spans(tokens, tags):
        s, e = trim(text, tokens[first].start, tokens[last - 1].end)
        if e > s:
            spans.add((s, e, label))
    return spans


def evaluate(model: str | os.PathLike, examples: Sequence[Example]) -> Scores:
    """Score ``model`` on ``examples`` (tags after the exact rules, as parse_note uses them): token
    accuracy and exact-span field matches."""
    from ..rules import apply_rules
    from ..tagger import Tagger

    tagger = Tagger(model)
    scores = Scores()
    for example in examples:
        tokens, _, gold_tags = featurize(example)
        if not tokens:
            continue
        pred_tags, _ = tagger.tag_tokens(example.text, tokens, example.italic)
        pred_tags = apply_rules(example.text, tokens, pred_tags, example.italic)
        for g, p in zip(gold_tags, pred_tags):
            scores.tokens += 1
            scores.correct += split_label(g)[1] == split_label(p)[1]
        gold = field_spans(example.text, tokens, gold_tags)
        pred = field_spans(example.text, tokens, pred_tags)
        for s in gold & pred:
            scores.tp[s[2]] = scores.tp.get(s[2], 0) + 1
        for s in pred - gold:
            scores.fp[s[2]] = scores.fp.get(s[2], 0) + 1
        for s in gold - pred:
            scores.fn[s[2]] = scores.fn.get(s[2], 0) + 1
    return scores


def report(name: str, scores: Scores) -> str:
    """A plain-text table of ``scores``."""
    lines = [f"== {name}: {scores.tokens} tokens, token accuracy {scores.accuracy:.4f}",
             f"{'field':18} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}"]
    for label in scores.labels():
        p, r, f = scores.prf(label)
        n = scores.tp.get(label, 0) + scores.fn.get(label, 0)
        lines.append(f"{label:18} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}")
    p, r, f = scores.prf()
    lines.append(f"{'ALL (micro)':18} {p:6.3f} {r:6.3f} {f:6.3f}")
    return "\n".join(lines)
