"""What each exact tag rule is worth: the shipped model's scores with every rule, with the rules
of the first shipped parser only, and with each rule left out in turn.

    python benchmarks/rule_ablation.py [--shared PATH]

Scores are token accuracy and micro field F1 (as ``notecite evaluate`` computes them) on
AnyStyle's gold references and on the held-out hand-annotated notes (the 20 % seeded split of
``data/annotated/``). A rule that lowers the gold figures is too broad for references.
"""
from __future__ import annotations

import argparse
import os

from notecite.parse import rules
from notecite.parse.tagger import MODEL_PATH
from notecite.parse.training.annotated import annotated_notes
from notecite.parse.training.anystyle import training_and_gold
from notecite.parse.training.pipeline import evaluate, split


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.environ.get("NOTECITE_SHARED"))
    args = parser.parse_args()
    _, gold = training_and_gold(args.shared)
    _, annotated = split(annotated_notes(), 1, 0.2)
    every = list(rules.RULES)
    first = [rules.rule_ibid_vocabulary, rules.rule_locator_grammar, rules.rule_italic_titles]

    def report(active: list, name: str) -> None:
        rules.RULES[:] = active
        g, a = evaluate(MODEL_PATH, gold), evaluate(MODEL_PATH, annotated)
        print(f"{name:58s} gold {g.accuracy:.4f} / {g.prf()[2]:.4f}   annotated {a.accuracy:.4f} / {a.prf()[2]:.4f}",
              flush=True)

    try:
        print(f"{'rules':58s} gold acc / F1        annotated acc / F1")
        report(every, "all")
        report([r for r in every if r in first], "first parser's rules only")
        for rule in every:
            report([r for r in every if r is not rule], "without " + rule.__name__)
    finally:
        rules.RULES[:] = every


if __name__ == "__main__":
    main()
