"""Command-line subcommands, one module each; see notecite.cli.

:class:`HelpFormatter` is the help layout the subcommands share: descriptions wrapped to the
terminal, example lines (indented) kept as written.
"""
from __future__ import annotations

import argparse
import textwrap


class HelpFormatter(argparse.HelpFormatter):
    """Wraps each line of a description or epilog, except lines indented by spaces (examples),
    which are kept as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        lines = []
        for line in text.splitlines():
            if line.startswith(" ") or not line.strip():
                lines.append(indent + line)
            else:
                lines.append(textwrap.fill(line, width, initial_indent=indent, subsequent_indent=indent))
        return "\n".join(lines)
