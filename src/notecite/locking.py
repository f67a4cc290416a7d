"""An advisory lock on a library file, for runs that read it, merge into it and replace it.

:func:`locked` takes an exclusive ``flock`` on the file itself. The file is replaced by a rename,
which gives the path a new inode: a process that was waiting holds the lock of the old inode,
so after taking a lock it checks that the path still names the locked inode and otherwise
locks the new one. Two ``notecite extract --into lib.bib -o lib.bib`` runs therefore take turns,
and the second reads the library as the first left it. Other programs do not take the lock.
"""
from __future__ import annotations

import fcntl
import os
import sys
from contextlib import contextmanager
from typing import Iterator

from .errors import InputError


@contextmanager
def locked(path: str | os.PathLike) -> Iterator[None]:
    """Hold an exclusive advisory lock on the file at ``path`` for the ``with`` block, waiting
    (with a note on stderr) while another notecite run holds it."""
    told = False
    while True:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError as error:
            raise InputError(str(path), f"cannot read: {error.strerror or error}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not told:
                print(f"notecite: waiting for another notecite run to finish with {path}", file=sys.stderr)
                told = True
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as error:  # a file system without locks (some network mounts)
            print(f"notecite: warning: cannot lock {path} ({error.strerror or error}); "
                  "a notecite run writing it at the same time could lose works", file=sys.stderr)
            break
        try:
            if os.path.samestat(os.fstat(fd), os.stat(path)):
                break
        except FileNotFoundError:
            pass
        os.close(fd)
    try:
        yield
    finally:
        os.close(fd)
