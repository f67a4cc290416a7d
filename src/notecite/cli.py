"""The ``notecite`` command line: wires the stages together, one subcommand per module.

Each module in :mod:`notecite.commands` has ``register(subparsers)``, which adds its parser
and sets ``func(args) -> int``. A :class:`NotecitError` becomes a one-line message and exit 2.

Start-up is lazy: only the module of the subcommand being run is imported (with what it
needs: rich, lxml, citeproc, crfsuite); the others appear in ``--help`` through
:data:`COMMANDS`, their one-line help, without being imported.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from typing import Iterable

from . import __version__
from .errors import NotecitError

from . import commands, limits

#: command -> its one-line help, as the command's module registers it (a test keeps them equal).
#: A command module missing here still works: it is imported to register itself.
COMMANDS: dict[str, str] = {
    "convert": "convert bibliography files between CSL-JSON, BibTeX, BibLaTeX and RIS",
    "evaluate": "token accuracy and field P/R/F1 of the note parser",
    "extract": "find the works cited in documents' notes and write them as a library",
    "format": "format a library in a CSL style (bibliography or citations)",
    "notes": "print the numbered notes of a document",
    "parse": "label the cites in a note's text",
    "reading-list": "a reading list of a library's works, grouped, with where each was cited",
    "review": "check and correct cites, links and works on a local web page",
    "styles": "list CSL styles matching a query",
    "train": "rebuild the note parser's CRF model (deterministic; prints each iteration)",
    "zotero": "push a library to Zotero or export it as Zotero item JSON",
}


def command_names() -> list[str]:
    """The subcommand modules found in :mod:`notecite.commands`, sorted by name (not imported)."""
    return sorted(m.name for m in pkgutil.iter_modules(commands.__path__) if not m.name.startswith("_"))


def build_parser(load: Iterable[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser with every subcommand.

    ``load`` names the commands whose modules are imported and registered in full (None: all);
    the others get a placeholder parser carrying their help line from :data:`COMMANDS`.
    """
    parser = argparse.ArgumentParser(
        prog="notecite",
        description="Find the works cited in footnotes and write them as BibTeX, CSL-JSON, RIS or any CSL style.",
    )
    parser.add_argument("--version", action="version", version=f"notecite {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = None if load is None else set(load)
    for name in command_names():
        command = name.replace("_", "-")
        if wanted is None or command in wanted or command not in COMMANDS:
            importlib.import_module(f"notecite.commands.{name}").register(subparsers)
        else:
            subparsers.add_parser(command, help=COMMANDS[command])
    for name, command in subparsers.choices.items():
        if name not in NO_INPUT:
            limits.add_arguments(command)
    return parser


#: Subcommands that read no document or library, so take no ``--max-…`` limit options.
NO_INPUT = frozenset({"styles", "train", "evaluate"})


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 2 bad input, 1 unexpected)."""
    try:
        argv = sys.argv[1:] if argv is None else list(argv)
        # Top-level options take no value, so the first word that is not an option is the command.
        chosen = next((word for word in argv if not word.startswith("-")), None)
        parser = build_parser(load=[chosen] if chosen else [])
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            parser.print_help()
            return 2
        limits.apply(args)
        return int(args.func(args) or 0)
    except NotecitError as error:
        print(f"notecite: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("notecite: interrupted; no output was changed unless it was complete", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into e.g. `head`, which closed early
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
