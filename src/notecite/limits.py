"""Limits on input size and growth, checked before the work, so hostile input fails fast.

Each :class:`Limit` has a default that no real document or library comes near, a command-line
flag that raises it (``--max-note-length``…, added by :func:`add_arguments`) and an
environment variable the flag sets, so that ``--jobs`` worker processes see the same value.
Going over a limit is an :class:`~notecite.errors.InputError` naming the input, the limit and
the flag.
"""
from __future__ import annotations

import argparse
import os
from dataclasses import dataclass

from .errors import InputError


@dataclass(frozen=True)
class Limit:
    """One limit: ``name`` (as in the flag), its default, its unit and what it measures."""

    name: str
    default: int
    unit: str
    what: str

    @property
    def flag(self) -> str:
        return f"--max-{self.name}"

    @property
    def env(self) -> str:
        return "NOTECITE_MAX_" + self.name.upper().replace("-", "_")

    @property
    def value(self) -> int:
        """The limit in force: the environment's value (set by the flag) or the default."""
        raw = os.environ.get(self.env, "")
        return int(raw) if raw.isdigit() else self.default

    def check(self, amount: int, source: str, subject: str, line: int | None = None) -> None:
        """Raise :meth:`exceeded` when ``amount`` is over the limit in force."""
        if amount > self.value:
            raise self.exceeded(source, subject, line)

    def exceeded(self, source: str, subject: str, line: int | None = None) -> InputError:
        """The InputError naming ``source`` (and ``line``), ``subject``, the limit and its flag."""
        return InputError(source, f"{subject}: over the limit of {self.value:,} {self.unit} on {self.what} "
                                  f"(raise it with {self.flag})", line)


#: The characters of one note given to the parser (its time grows linearly with this).
NOTE_LENGTH = Limit("note-length", 200_000, "characters", "a note's length")
#: The characters BibTeX ``@string`` macros may expand to in one file (a doubling ``@string``
#: chain grows exponentially from a few hundred bytes).
BIBTEX_EXPANSION = Limit("bibtex-expansion", 10_000_000, "characters", "BibTeX @string macro expansion")
#: The unpacked bytes of the XML parts read from one DOCX or ODT, checked from the sizes the zip
#: declares, before unpacking (a zip bomb's document.xml may unpack to hundreds of megabytes).
UNPACKED_XML = Limit("unpacked-xml", 64 * 1024 * 1024, "bytes", "the unpacked XML of a DOCX or ODT")

LIMITS = (NOTE_LENGTH, BIBTEX_EXPANSION, UNPACKED_XML)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add a ``--max-…`` option for every limit to a command's parser."""
    group = parser.add_argument_group("limits (against hostile or broken input)")
    for limit in LIMITS:
        group.add_argument(limit.flag, type=_positive, metavar="N", dest=_dest(limit),
                           help=f"{limit.what}: at most N {limit.unit} (default {limit.default:,})")


def apply(args: argparse.Namespace) -> None:
    """Put the ``--max-…`` values given on the command line in force (here and in worker processes)."""
    for limit in LIMITS:
        value = getattr(args, _dest(limit), None)
        if value is not None:
            os.environ[limit.env] = str(value)


def _dest(limit: Limit) -> str:
    return "max_" + limit.name.replace("-", "_")


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) == 0:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {text!r}")
    return int(text)
