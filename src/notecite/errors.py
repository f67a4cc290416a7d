"""The exceptions notecite raises: every one derives from :class:`NotecitError`.

The command line turns a ``NotecitError`` into a one-line message and exit code 2.
"""
from __future__ import annotations


class NotecitError(Exception):
    """Base class of every error notecite raises on purpose."""


class InputError(NotecitError):
    """A file given to notecite cannot be read as what it claims to be.

    ``path`` names the file and ``line`` (1-based, or None) the place of the problem.
    """

    def __init__(self, path: str, problem: str, line: int | None = None):
        self.path = str(path)
        self.problem = problem
        self.line = line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {problem}")

    def __reduce__(self) -> tuple:
        # Pickled with its own arguments, so it crosses from a worker process (``--jobs``) intact.
        return (type(self), (self.path, self.problem, self.line))


class RecordError(NotecitError):
    """A CSL-JSON record breaks the schema (unknown type, malformed name or date)."""


class StyleError(NotecitError):
    """A CSL style cannot be found, fetched or parsed."""


class NetworkError(NotecitError):
    """A web service could not be reached or answered with an error."""


class OutputError(NotecitError):
    """An output cannot be written: ``path`` names it and ``reason`` says why (no space left,
    read-only folder, missing folder, an input it would overwrite...)."""

    def __init__(self, path: str | object, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: cannot write: {reason}")
