"""``notecite train``: rebuild the parser model from the repository and the shared data."""
from __future__ import annotations

import argparse
import sys

from ..parse.tagger import MODEL_PATH


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``train`` subcommand."""
    parser = subparsers.add_parser("train", help="rebuild the note parser's CRF model (deterministic)")
    parser.add_argument("--out", default=str(MODEL_PATH), help="model file to write (default: the shipped model)")
    parser.add_argument("--seed", type=int, default=1, help="seed for synthetic notes and the train/test split")
    parser.add_argument("--synthetic", type=int, default=None, help="number of synthetic notes")
    parser.add_argument("--iterations", type=int, default=None, help="maximum L-BFGS iterations")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the pool, train on its training split and write the model; prints figures."""
    from ..parse.training import pipeline

    synthetic = args.synthetic if args.synthetic is not None else pipeline.SYNTHETIC_NOTES
    pool = pipeline.build_pool(args.seed, synthetic)
    print("pool: " + ", ".join(f"{k} {v}" for k, v in pool.counts.items()), file=sys.stderr)
    params = {"max_iterations": args.iterations} if args.iterations else None
    figures = pipeline.train(pool.train, args.out, params)
    print(f"wrote {args.out}: {figures['bytes']} bytes, {figures['iterations']} iterations, "
          f"{figures['seconds']} s")
    return 0
