"""``notecite evaluate``: score the parser model on its held-out split and on AnyStyle's gold set."""
from __future__ import annotations

import argparse

from ..parse.tagger import MODEL_PATH


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``evaluate`` subcommand."""
    parser = subparsers.add_parser("evaluate", help="token accuracy and field P/R/F1 of the note parser")
    parser.add_argument("--model", default=str(MODEL_PATH), help="model file (default: the shipped model)")
    parser.add_argument("--seed", type=int, default=1, help="seed the model was trained with")
    parser.add_argument("--synthetic", type=int, default=None, help="number of synthetic notes used in training")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the held-out (by source) and gold reports."""
    from ..parse.training import pipeline

    synthetic = args.synthetic if args.synthetic is not None else pipeline.SYNTHETIC_NOTES
    pool = pipeline.build_pool(args.seed, synthetic)
    groups: dict[str, list] = {}
    for example in pool.test:
        groups.setdefault(example.source.split(":")[0], []).append(example)
    print(pipeline.report(f"held-out test split (all, {len(pool.test)} sequences)",
                          pipeline.evaluate(args.model, pool.test)))
    for name in sorted(groups):
        print(pipeline.report(f"held-out {name} ({len(groups[name])} sequences)",
                              pipeline.evaluate(args.model, groups[name])))
    print(pipeline.report(f"AnyStyle gold.xml ({len(pool.gold)} sequences)", pipeline.evaluate(args.model, pool.gold)))
    return 0
