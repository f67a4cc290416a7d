"""``notecite train``: rebuild the parser model from the repository and the shared data."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import InputError

MATERIAL = ("Needs the repository checkout (data/annotated/, data/real/keys/) and ../shared/data/anystyle/ and "
            "../shared/data/linkedbooks/ beside it; "
            "from an installed package name them with --repo and --shared.")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``train`` subcommand."""
    parser = subparsers.add_parser(
        "train", help="rebuild the note parser's CRF model (deterministic; prints each iteration)",
        description="Rebuild the note parser's CRF model from hand-annotated notes (invented ones and the "
                    "real notes of train-split documents), synthetic notes, AnyStyle's annotated references and "
                    "LinkedBooks' footnote references (not its test split). " + MATERIAL)
    parser.add_argument("--out", help="model file to write (default, in a checkout only: the repository's "
                        "src/notecite/data/parser.crfsuite; required when notecite is installed, and never "
                        "the installed model)")
    parser.add_argument("--repo", help="the notecite repository checkout (default: the one notecite runs from)")
    parser.add_argument("--shared", help="the shared data folder (default: $NOTECITE_SHARED, else ../shared "
                        "beside the repository)")
    parser.add_argument("--seed", type=int, default=1, help="seed for synthetic notes and the train/test split "
                        "(default 1)")
    parser.add_argument("--synthetic", type=int, default=None, help="number of synthetic notes (default 7000)")
    parser.add_argument("--iterations", type=int, default=None, help="maximum L-BFGS iterations (default 100)")
    parser.add_argument("--add", nargs="+", metavar="NOTES.xml", help="build a user model: the training material "
                        "plus these corrected notes (from `notecite review --export-training`), written to "
                        "$XDG_DATA_HOME/notecite/parser.crfsuite (or --out); extract uses it from then on")
    parser.add_argument("--base", choices=["full", "synthetic"], default="full",
                        help="with --add: train on the full material (default; synthetic notes alone when the "
                             "AnyStyle data is not found) or on synthetic notes alone (small and fast with --synthetic N)")
    parser.set_defaults(func=run)


def output_path(out: str | None) -> Path:
    """Where the model goes: ``out``, or the checkout's shipped model; never the installed model."""
    from ..parse.tagger import MODEL_PATH
    from ..parse.training.sources import default_model_out

    default = default_model_out()
    if out is None:
        if default is None:
            raise InputError("--out", "notecite runs from an installed package: name the model to write "
                             "with --out FILE (train never overwrites the installed model)")
        return default
    path = Path(out)
    if default is None and path.resolve() == MODEL_PATH.resolve():
        raise InputError(out, "is the installed package's model; train never overwrites it (write elsewhere "
                         "and pass the file to evaluate --model)")
    return path


def run(args: argparse.Namespace) -> int:
    """Build the pool, train on its training split and write the model; prints figures."""
    from ..parse.training import pipeline

    if args.add:
        return train_user_model(args)
    out = output_path(args.out)
    synthetic = args.synthetic if args.synthetic is not None else pipeline.SYNTHETIC_NOTES
    pool = pipeline.build_pool(args.seed, synthetic, repo=args.repo, shared=args.shared)
    print("pool: " + ", ".join(f"{k} {v}" for k, v in pool.counts.items()), file=sys.stderr)
    limit = args.iterations or pipeline.PARAMS["max_iterations"]

    def progress(iteration: dict) -> None:
        print(f"train: iteration {iteration.get('num')}/{limit}, loss {iteration.get('loss', 0):.1f}",
              file=sys.stderr, flush=True)

    params = {"max_iterations": args.iterations} if args.iterations else None
    figures = pipeline.train(pool.train, out, params, progress=progress)
    print(f"wrote {out}: {figures['bytes']} bytes, {figures['iterations']} iterations, "
          f"{figures['seconds']} s")
    return 0


#: How many times each added (corrected) note is repeated in the user model's training set.
ADDED_REPEAT = 5


def train_user_model(args: argparse.Namespace) -> int:
    """``train --add``: the base material plus the corrected notes, into the user's model file,
    with a progress bar over the L-BFGS iterations."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..parse.tagger import user_model_path
    from ..parse.training import pipeline
    from ..parse.training.annotated import read_notes
    from ..parse.training.synthetic import synthetic_notes

    added = [example for path in args.add for example in read_notes(path)]
    if not added:
        raise InputError(args.add[0], "no <note> to learn from")
    out = output_path(args.out) if args.out else user_model_path()
    synthetic = args.synthetic if args.synthetic is not None else pipeline.SYNTHETIC_NOTES
    base = None
    if args.base == "full":
        try:
            base = pipeline.build_pool(args.seed, synthetic, repo=args.repo, shared=args.shared).train
        except InputError as error:
            print(f"notecite: train: {error}; training on synthetic notes and the added notes", file=sys.stderr)
    if base is None:
        base = synthetic_notes(synthetic, args.seed)
    print(f"train: {len(base)} base notes + {len(added)} corrected note(s) × {ADDED_REPEAT}", file=sys.stderr)
    limit = args.iterations or pipeline.PARAMS["max_iterations"]
    columns = (TextColumn("training the user model"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=False) as bar:
        task = bar.add_task("train", total=limit)
        params = {"max_iterations": args.iterations} if args.iterations else None
        figures = pipeline.train(base + added * ADDED_REPEAT, out, params,
                                 progress=lambda it: bar.update(task, completed=min(limit, it.get("num") or 0)))
        bar.update(task, completed=limit)
    print(f"wrote {out}: {figures['bytes']} bytes, {figures['iterations']} iterations, {figures['seconds']} s; "
          "extract now uses it (--model shipped for the shipped model)")
    return 0
