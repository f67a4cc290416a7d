"""What each exact tag rule is worth: scores with every rule, with the rules of the first shipped
parser only, and with each rule left out in turn.

    python benchmarks/rule_ablation.py [--shared PATH]                # token level
    python benchmarks/rule_ablation.py --split dev [--model FILE]     # end to end
    python benchmarks/rule_ablation.py --split dev --shard 1/2        # every second rule, from the second

Token level (the default): token accuracy and micro field F1 (as ``notecite evaluate`` computes
them) on AnyStyle's gold references and on the held-out hand-annotated notes (the 20 % seeded
split of ``data/annotated/``). A rule that lowers the gold figures is too broad for references.

End to end (``--split train|dev``): every document of that split of the real-notes corpus
(``data/real/``, scored as ``benchmarks/real_notes.py`` does) and the answer keys of
``tests/data/answer_keys/`` (as ``benchmarks/extraction_accuracy.py``) are extracted with each
rule set; printed are pooled work F1 and cite-link recall and precision on both, and the change
from all rules. A rule whose removal costs nothing on both pays nothing for itself. The tagger's
own output does not depend on the rules, so it is computed once per note. Under each line the
exact counts (works found, false works, links right, extracted citations right, extracted
citations counted; on the split, then on the keys) and their change from all rules, since a
one-work change does not show in three decimals. The blind split is never used here.

    python benchmarks/rule_ablation.py --rare 3                       # rules that change little

Rare (``--rare N``): where each rule changes a tag while the train and dev documents and the answer keys'
documents are extracted (the pipeline's own re-parses included); then each rule that changes tags in at most N
documents is left out and only those documents are extracted again. Printed per rule: the documents, the change of
the counts (found, false, links right, extracted right, extracted counted, fields right; negative is worse without
the rule) and whether every scored detail (false and missed works, field and link errors, false links) stayed the
same. A rule that changes no tag, or none that any detail shows, pays nothing for itself on these documents.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Callable

from notecite import answer_key
from notecite.parse import rules
from notecite.parse.tagger import MODEL_PATH, Tagger
from notecite.pipeline import extract

REPO = Path(__file__).resolve().parents[1]


def token_level(shared: str | None) -> Callable[[str], None]:
    """A reporter of gold and held-out annotated token figures for the current rule set."""
    from notecite.parse.training.annotated import annotated_notes
    from notecite.parse.training.anystyle import training_and_gold
    from notecite.parse.training.pipeline import evaluate, split

    _, gold = training_and_gold(shared)
    _, annotated = split(annotated_notes(), 1, 0.2)
    print(f"{'rules':58s} gold acc / F1        annotated acc / F1")

    def report(name: str) -> None:
        g, a = evaluate(MODEL_PATH, gold), evaluate(MODEL_PATH, annotated)
        print(f"{name:58s} gold {g.accuracy:.4f} / {g.prf()[2]:.4f}   annotated {a.accuracy:.4f} / {a.prf()[2]:.4f}",
              flush=True)
    return report


def _memoize_tagger() -> None:
    """Tag each note once: the CRF's tags do not depend on the rules applied after it."""
    original = Tagger.tag_tokens
    memo: dict = {}

    def tag_tokens(self, text, tokens, italic_spans=()):
        key = (str(self.path), text, tuple(italic_spans))
        if key not in memo:
            memo[key] = original(self, text, tokens, italic_spans)
        tags, probs = memo[key]
        return list(tags), list(probs)
    Tagger.tag_tokens = tag_tokens


def split_documents(split: str) -> list[tuple[dict, Path]]:
    """(answer key, document) of each document of ``split`` of the real-notes corpus (never the blind split)."""
    if split == "blind":
        sys.exit("the blind split is never used for choosing rules")
    sys.path.insert(0, str(REPO / "benchmarks"))
    from real_notes import REAL, keys_of_split

    return [(key, REAL / "documents" / key["document"]) for key in map(answer_key.load, keys_of_split(split))]


def answer_key_documents(shared: str | None) -> list[tuple[dict, Path]]:
    """(answer key, document) of each answer key of ``tests/data/answer_keys/`` whose document is at hand."""
    shared = shared or os.environ.get("NOTECITE_SHARED") or str(REPO.parent / "shared")
    tests = []
    for path in sorted((REPO / "tests" / "data" / "answer_keys").glob("*.json")):
        key = answer_key.load(path)
        found = [p for p in (Path(shared) / "examples" / key["document"], REPO / "tests" / "data" / "pipeline" / key["document"])
                 if p.exists()]
        if found:
            tests.append((key, found[0]))
    return tests


def end_to_end(split: str, shared: str | None, model: str | None) -> Callable[[str], None]:
    """A reporter of pooled end-to-end figures on a corpus split and on the test answer keys."""
    real, tests = split_documents(split), answer_key_documents(shared)
    _memoize_tagger()
    first: list[tuple[float, ...]] = []
    print(f"{len(real)} {split} documents, {len(tests)} test keys")
    print(f"{'rules':58s} {split}: work F1 link R  link P   keys: work F1 link R   (change from all rules)")

    def pooled(pairs) -> answer_key.Score:
        return sum((answer_key.score(key, extract([doc], model=model)) for key, doc in pairs), answer_key.Score())

    def report(name: str) -> None:
        r, t = pooled(real), pooled(tests)
        figures = (r.f1, r.link_recall, r.link_precision, t.f1, t.link_recall)
        counts = tuple(c for s in (r, t) for c in (s.works_found, len(s.false_works), s.links_right,
                                                   s.extracted_right, s.extracted_counted))
        if not first:
            first.append(figures + counts)
        change = " ".join(f"{b - a:+.3f}" for a, b in zip(first[0], figures))
        moved = " ".join(f"{b - a:+d}" for a, b in zip(first[0][len(figures):], counts))
        print(f"{name:58s} {figures[0]:8.3f} {figures[1]:6.3f} {figures[2]:6.3f}   {figures[3]:10.3f} {figures[4]:6.3f}"
              f"   ({change})", flush=True)
        print(f"{'':58s} counts {split} found/false/links right/extracted right/extracted {'/'.join(map(str, counts[:5]))}"
              f"  keys {'/'.join(map(str, counts[5:]))}  ({moved})", flush=True)
    return report


def _details(score: answer_key.Score) -> tuple:
    """The counts of a document's score (bigger is better) and the lists behind them."""
    return ((score.works_found, -len(score.false_works), score.links_right, score.extracted_right,
             -score.extracted_counted, score.fields_right),
            tuple(sorted(errors) for errors in (score.false_works, score.missed_works, score.field_errors,
                                                score.link_errors, score.false_links)))


def rare(most: int, shared: str | None, model: str | None) -> None:
    """Print what each rule that changes tags in at most ``most`` documents is worth there (see ``--rare``)."""
    pairs = split_documents("train") + split_documents("dev") + answer_key_documents(shared)
    _memoize_tagger()
    every = list(rules.RULES)
    changed_in: dict[str, set[int]] = {rule.__name__: set() for rule in every}
    current = [0]

    def watched(rule):
        def run(*arguments):
            tags = rule(*arguments)
            if tags != arguments[2]:
                changed_in[rule.__name__].add(current[0])
            return tags
        return run

    italic = rules.ITALIC_RULES
    watchers = [watched(rule) for rule in every]
    base = {}
    try:
        rules.RULES[:] = watchers
        rules.ITALIC_RULES = frozenset(w for w, rule in zip(watchers, every) if rule in italic)
        for current[0], (key, document) in enumerate(pairs):
            base[current[0]] = _details(answer_key.score(key, extract([document], model=model)))
    finally:
        rules.RULES[:], rules.ITALIC_RULES = every, italic
    idle = [name for name, where in changed_in.items() if not where]
    print(f"{len(pairs)} documents (train, dev, answer keys), {len(every)} rules; {len(idle)} change no tag: "
          + " ".join(idle), flush=True)
    try:
        for rule in every:
            where = sorted(changed_in[rule.__name__])
            if not where or len(where) > most:
                continue
            rules.RULES[:] = [r for r in every if r is not rule]
            change, same = [0] * 6, True
            for i in where:
                counts, lists = _details(answer_key.score(pairs[i][0], extract([pairs[i][1]], model=model)))
                change = [c + a - b for c, a, b in zip(change, counts, base[i][0])]
                same = same and (counts, lists) == base[i]
            print(f"{rule.__name__:70s} {' '.join(pairs[i][1].stem for i in where)}  {'/'.join(f'{c:+d}' for c in change)}"
                  f"  {'every detail the same' if same else 'details differ'}", flush=True)
    finally:
        rules.RULES[:] = every


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.environ.get("NOTECITE_SHARED"))
    parser.add_argument("--split", choices=("train", "dev", "blind"), help="score end to end on this split of data/real/")
    parser.add_argument("--model", help="parser model file (end to end; default: the shipped one)")
    parser.add_argument("--shard", default="0/1", metavar="K/N",
                        help="leave out only every N-th rule from the K-th (0-based), to share the runs among N processes")
    parser.add_argument("--rare", type=int, metavar="N",
                        help="what each rule changing tags in at most N train, dev or answer-key documents is worth there")
    args = parser.parse_args()
    if args.rare is not None:
        return rare(args.rare, args.shared, args.model)
    shard, shards = (int(part) for part in args.shard.split("/"))
    report = end_to_end(args.split, args.shared, args.model) if args.split else token_level(args.shared)
    every = list(rules.RULES)
    first = [rules.rule_ibid_vocabulary, rules.rule_locator_grammar, rules.rule_italic_titles]
    try:
        rules.RULES[:] = every
        report("all")
        if shard == 0:
            rules.RULES[:] = [r for r in every if r in first]
            report("first parser's rules only")
        for rule in every[shard::shards]:
            rules.RULES[:] = [r for r in every if r is not rule]
            report("without " + rule.__name__)
    finally:
        rules.RULES[:] = every


if __name__ == "__main__":
    main()
