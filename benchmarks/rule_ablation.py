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


def end_to_end(split: str, shared: str | None, model: str | None) -> Callable[[str], None]:
    """A reporter of pooled end-to-end figures on a corpus split and on the test answer keys."""
    if split == "blind":
        sys.exit("the blind split is never used for choosing rules")
    sys.path.insert(0, str(REPO / "benchmarks"))
    from real_notes import REAL, keys_of_split

    real = [(answer_key.load(p), REAL / "documents" / answer_key.load(p)["document"]) for p in keys_of_split(split)]
    shared = shared or os.environ.get("NOTECITE_SHARED") or str(REPO.parent / "shared")
    tests = []
    for path in sorted((REPO / "tests" / "data" / "answer_keys").glob("*.json")):
        key = answer_key.load(path)
        found = [p for p in (Path(shared) / "examples" / key["document"], REPO / "tests" / "data" / "pipeline" / key["document"])
                 if p.exists()]
        if found:
            tests.append((key, found[0]))
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.environ.get("NOTECITE_SHARED"))
    parser.add_argument("--split", choices=("train", "dev", "blind"), help="score end to end on this split of data/real/")
    parser.add_argument("--model", help="parser model file (end to end; default: the shipped one)")
    parser.add_argument("--shard", default="0/1", metavar="K/N",
                        help="leave out only every N-th rule from the K-th (0-based), to share the runs among N processes")
    args = parser.parse_args()
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
