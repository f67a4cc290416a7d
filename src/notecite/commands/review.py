"""``notecite review DOCUMENT...``: the local review page, or ``--export-training`` of corrected notes."""
from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
import webbrowser

from ..errors import InputError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``review`` subcommand."""
    parser = subparsers.add_parser(
        "review", help="check and correct cites, links and works on a local web page",
        description="Start a review page on 127.0.0.1 for documents' notes: labelled fields, linked works, "
                    "confidence and doubts. Corrections are saved at once beside each document "
                    "(DOCUMENT.notecite.json) and applied by every later `notecite extract`. Ctrl-C stops it.")
    parser.add_argument("documents", nargs="+", metavar="DOCUMENT")
    parser.add_argument("--library", metavar="LIB", help="an existing .bib/.json/.ris library the works are matched "
                        "against (as extract --into; it is only read)")
    parser.add_argument("--no-browser", action="store_true", help="print the page's address instead of opening it")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--model", metavar="MODEL", help="parser model: 'shipped', 'user' or a model file "
                        "(default: the user model when there is one)")
    parser.add_argument("--export-training", metavar="OUT.xml", help="write the notes whose labels were corrected "
                        "as training notes (for `notecite train --add`) and exit")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Export training notes, or serve the review page until Ctrl-C."""
    from ..parse.tagger import choose_model

    model, model_name = choose_model(args.model)
    if args.export_training:
        from ..review.training import export_training

        if not args.export_training.endswith(".xml"):
            raise InputError(args.export_training, "training notes are written as .xml")
        count = export_training(args.documents, args.export_training, str(model))
        print(f"wrote {count} corrected note(s) to {args.export_training}", file=sys.stderr)
        return 0
    from ..review.server import start
    from ..review.session import ReviewSession

    if not 0 <= args.port < 65536:
        raise InputError("--port", f"{args.port} is not a port number")
    session = ReviewSession(args.documents, library=args.library, model=str(model))
    try:
        server, address = start(session, args.port)
    except OSError as error:
        raise InputError(f"127.0.0.1:{args.port}", f"cannot listen: {error.strerror or error}") from error
    print(f"notecite review: parsing notes with {model_name}; serving {', '.join(args.documents)}", file=sys.stderr)
    print(address, flush=True)
    if not args.no_browser:
        threading.Thread(target=webbrowser.open, args=(address,), daemon=True).start()
    print("notecite review: press Ctrl-C to stop", file=sys.stderr, flush=True)
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no request log (it would show the token)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even when started with SIGINT ignored
    signal.signal(signal.SIGTERM, _interrupt)
    server.serve_forever()  # returns on Ctrl-C (werkzeug catches KeyboardInterrupt and closes the socket)
    print("notecite review: stopped", file=sys.stderr)
    return 0


def _interrupt(signum: int, frame: object) -> None:
    """SIGTERM stops the server as Ctrl-C does."""
    raise KeyboardInterrupt
