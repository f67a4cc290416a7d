"""The ``notecite`` command line: wires the stages together, one subcommand per module.

Each module in :mod:`notecite.commands` has ``register(subparsers)``, which adds its parser
and sets ``func(args) -> int``. A :class:`NotecitError` becomes a one-line message and exit 2.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from . import __version__
from .errors import NotecitError

from . import commands


def command_names() -> list[str]:
    """The subcommand modules found in :mod:`notecite.commands`, sorted by name."""
    return sorted(m.name for m in pkgutil.iter_modules(commands.__path__) if not m.name.startswith("_"))


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every registered subcommand."""
    parser = argparse.ArgumentParser(
        prog="notecite",
        description="Find the works cited in footnotes and write them as BibTeX, CSL-JSON, RIS or any CSL style.",
    )
    parser.add_argument("--version", action="version", version=f"notecite {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in command_names():
        importlib.import_module(f"notecite.commands.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 2 bad input, 1 unexpected)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except NotecitError as error:
        print(f"notecite: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into e.g. `head`, which closed early
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
