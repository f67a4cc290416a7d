"""``notecite evaluate``: score the parser model on its held-out split, AnyStyle's gold set and LinkedBooks' test split."""
from __future__ import annotations

import argparse

from .train import MATERIAL


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``evaluate`` subcommand."""
    parser = subparsers.add_parser(
        "evaluate", help="token accuracy and field P/R/F1 of the note parser",
        description="Score a parser model on the held-out split of the training pool, on AnyStyle's "
                    "gold.xml and on LinkedBooks' test split (labels mapped onto notecite's). " + MATERIAL)
    parser.add_argument("--model", default=None, help="model file (default: the model notecite uses)")
    parser.add_argument("--repo", help="the notecite repository checkout (default: the one notecite runs from)")
    parser.add_argument("--shared", help="the shared data folder (default: $NOTECITE_SHARED, else ../shared "
                        "beside the repository)")
    parser.add_argument("--seed", type=int, default=1, help="seed the model was trained with (default 1)")
    parser.add_argument("--synthetic", type=int, default=None, help="number of synthetic notes used in "
                        "training (default 7000)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the held-out (by source), gold and LinkedBooks test reports."""
    from ..parse.tagger import MODEL_PATH
    from ..parse.training import pipeline
    from ..parse.training.linkedbooks import dataset_path, read_split
    from ..parse.training.sources import shared_folder

    model = args.model or str(MODEL_PATH)
    synthetic = args.synthetic if args.synthetic is not None else pipeline.SYNTHETIC_NOTES
    pool = pipeline.build_pool(args.seed, synthetic, repo=args.repo, shared=args.shared)
    groups: dict[str, list] = {}
    for example in pool.test:
        groups.setdefault(example.source.split(":")[0], []).append(example)
    print(pipeline.report(f"held-out test split (all, {len(pool.test)} sequences)",
                          pipeline.evaluate(model, pool.test)))
    for name in sorted(groups):
        print(pipeline.report(f"held-out {name} ({len(groups[name])} sequences)",
                              pipeline.evaluate(model, groups[name])))
    print(pipeline.report(f"AnyStyle gold.xml ({len(pool.gold)} sequences)", pipeline.evaluate(model, pool.gold)))
    test = read_split(dataset_path(shared_folder(args.shared, args.repo)), "test")
    print(pipeline.report(f"LinkedBooks clean_test.txt ({len(test)} references)", pipeline.evaluate(model, test)))
    return 0
