"""Outputs written as one set: after a crash and the next run, either every output is new or none is.

A run's outputs (libraries, citations, pandoc's bibliography) are an :class:`OutputSet`:

1. :meth:`OutputSet.add` writes each output to a temporary file beside its target,
   ``.NAME~TOKEN.notecite-tmp``, fsyncs it and keeps it open under an exclusive ``flock`` (so a
   concurrent run sees that it is alive). Nothing the user has is touched yet.
2. :meth:`OutputSet.commit` writes a journal ``.notecite-TOKEN.journal`` into every folder the set
   writes to (each copy written to a temporary, fsynced and renamed), listing every (temporary,
   target) pair and every journal copy. The set is *committed* once the last copy exists.
3. It then renames every temporary onto its target, fsyncs the folders and removes the journals.
   SIGINT and SIGTERM are held back during steps 2 and 3; a set of one file needs no journal (one
   rename is atomic).

Several renames are never atomic together: a run killed (``kill -9``, power loss) during step 3
leaves some targets new and some old. :func:`recover`, which every set runs on each of its folders
before writing, finishes such a set: a committed journal is rolled forward (the remaining
temporaries renamed), an uncommitted one rolled back (its temporaries deleted), and temporaries of
our naming that no live process holds are deleted. The guarantee is therefore: **once the next run
writing into any of the folders has started, the outputs of an interrupted set are all old or all
new, and no temporary file of ours is left**. Between the kill and that run a reader can see a mix.
"""
from __future__ import annotations

import errno
import fcntl
import json
import os
import re
import secrets
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import OutputError

#: Temporary outputs and journals of ours: ``.NAME~TOKEN.notecite-tmp``, ``.notecite-TOKEN.journal``.
TEMP_SUFFIX = ".notecite-tmp"
JOURNAL = re.compile(r"^\.notecite-([0-9a-f]{12})\.journal$")

_HELD_SIGNALS = {signal.SIGINT, signal.SIGTERM}


@dataclass
class _Pending:
    target: Path
    temp: Path
    fd: int


def folder_of(path: str | os.PathLike) -> Path:
    """The folder a file at ``path`` lives in (``.`` for a bare name), made absolute."""
    return Path(os.path.abspath(path)).parent


def check_writable_target(path: str | os.PathLike) -> None:
    """Raise :class:`OutputError` unless ``path`` can be a file we replace: its folder exists, is a
    folder, and ``path`` is not itself a folder. Cheap; call it before any long work."""
    target = Path(path)
    folder = folder_of(path)
    if not folder.exists():
        raise OutputError(path, f"the folder {folder} does not exist")
    if not folder.is_dir():
        raise OutputError(path, f"{folder} is not a folder")
    if target.is_dir():
        raise OutputError(path, "is a folder, not a file")


def _write_error(path: str | os.PathLike, error: OSError) -> OutputError:
    reason = {
        errno.ENOSPC: "no space left on the device",
        errno.EDQUOT: "disk quota exceeded",
        errno.EFBIG: "file too large (the file-size limit was reached)",
        errno.EROFS: "the file system is read-only",
        errno.EACCES: "permission denied (is the folder read-only?)",
        errno.EPERM: "operation not permitted",
        errno.EISDIR: "is a folder, not a file",
        errno.ENOENT: "the folder does not exist",
    }.get(error.errno or 0, error.strerror or str(error))
    return OutputError(path, reason)


def _lock(fd: int, block: bool = True) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if block else fcntl.LOCK_NB))
        return True
    except BlockingIOError:
        return False


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems cannot fsync a folder; the renames are still ordered
        pass
    finally:
        os.close(fd)


def _create_temp(folder: Path, name: str, token: str) -> tuple[Path, int]:
    """A new locked temporary ``folder/.NAME~TOKEN.notecite-tmp``; retried if a concurrent
    :func:`recover` removed it between its creation and the lock."""
    while True:
        path = folder / f".{name}~{token}{TEMP_SUFFIX}"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        _lock(fd)
        try:
            if os.path.samestat(os.fstat(fd), os.stat(path)):
                return path, fd
        except FileNotFoundError:
            pass
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
    os.fsync(fd)


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


class OutputSet:
    """Files replaced together (see the module docstring for the protocol and its guarantee).

    Use as a context manager: leaving the block without :meth:`commit` (an error, Ctrl-C) deletes
    the temporaries and leaves every target as it was. Write errors raise :class:`OutputError`
    naming the path and the reason.
    """

    def __init__(self) -> None:
        self.token = secrets.token_hex(6)
        self._pending: list[_Pending] = []
        self._recovered: set[Path] = set()

    def __enter__(self) -> "OutputSet":
        return self

    def __exit__(self, *exc: object) -> None:
        self.abort()

    def add(self, path: str | os.PathLike, data: str | bytes, encoding: str = "utf-8") -> None:
        """Write ``data`` to a temporary beside ``path`` (replaced by :meth:`commit`)."""
        check_writable_target(path)
        target = Path(os.path.abspath(path))
        if any(p.target == target for p in self._pending):
            raise OutputError(path, "named twice as an output")
        folder = target.parent
        if folder not in self._recovered:
            recover(folder)
            self._recovered.add(folder)
        raw = data.encode(encoding) if isinstance(data, str) else data
        try:
            temp, fd = _create_temp(folder, target.name, self.token)
        except OSError as error:
            raise _write_error(path, error) from None
        self._pending.append(_Pending(target, temp, fd))
        try:
            _write_all(fd, raw)
            os.fchmod(fd, _mode_for(target))
        except OSError as error:
            self.abort()
            raise _write_error(path, error) from None

    def commit(self) -> None:
        """Replace every target by its temporary; journaled when there are several."""
        if not self._pending:
            return
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD_SIGNALS)
        journals: list[tuple[Path, int]] = []
        where = self._pending[0].target
        try:
            if len(self._pending) > 1:
                journals = self._write_journals()
            for pending in self._pending:
                where = pending.target
                os.replace(pending.temp, pending.target)
            for folder in {p.target.parent for p in self._pending}:
                _fsync_folder(folder)
            for journal, _ in journals:
                journal.unlink()
        except OSError as error:
            if not journals:  # not committed: roll back (a committed set is finished by `recover`)
                self.abort()
            raise _write_error(where, error) from None
        finally:
            for _, fd in journals:
                os.close(fd)
            self._close()
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)

    def _write_journals(self) -> list[tuple[Path, int]]:
        folders = sorted({p.target.parent for p in self._pending})
        names = [str(folder / f".notecite-{self.token}.journal") for folder in folders]
        body = json.dumps({"renames": [[str(p.temp), str(p.target)] for p in self._pending],
                           "journals": names}).encode("utf-8")
        journals = []
        try:
            for folder, name in zip(folders, names):
                temp, fd = _create_temp(folder, "notecite-journal", self.token)
                journals.append((Path(name), fd))
                _write_all(fd, body)
                os.replace(temp, name)
            for folder in folders:
                _fsync_folder(folder)
        except BaseException:
            for name, fd in journals:  # not committed: remove what was written, keep the old outputs
                for path in (Path(name), name.parent / f".notecite-journal~{self.token}{TEMP_SUFFIX}"):
                    path.unlink(missing_ok=True)
                os.close(fd)
            self.abort()
            raise
        return journals

    def abort(self) -> None:
        """Delete the temporaries not yet committed (targets stay as they were)."""
        for pending in self._pending:
            pending.temp.unlink(missing_ok=True)
        self._close()

    def _close(self) -> None:
        for pending in self._pending:
            try:
                os.close(pending.fd)
            except OSError:
                pass
        self._pending.clear()


def _ours(folder: Path) -> Iterator[Path]:
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if name.endswith(TEMP_SUFFIX) or JOURNAL.match(name):
            yield folder / name


def recover(folder: str | os.PathLike) -> None:
    """Finish or undo the output sets that a killed run left in ``folder``, and delete the
    temporaries of ours that no live process holds (see the module docstring)."""
    folder = Path(folder)
    for path in sorted(_ours(folder), key=lambda p: not p.name.endswith(".journal")):
        if path.name.endswith(".journal"):
            _recover_journal(path)
        else:
            _remove_if_dead(path)


def _open_locked(path: Path) -> int | None:
    """An fd of ``path`` under our lock, or None if it is gone or a live process holds it."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    if _lock(fd, block=False):
        try:
            if os.path.samestat(os.fstat(fd), os.stat(path)):
                return fd
        except FileNotFoundError:
            pass
    os.close(fd)
    return None


def _remove_if_dead(path: Path) -> None:
    fd = _open_locked(path)
    if fd is None:
        return
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
    finally:
        os.close(fd)


def _recover_journal(path: Path) -> None:
    fd = _open_locked(path)
    if fd is None:
        return
    held = [fd]
    try:
        try:
            entry = json.loads(os.read(fd, 1 << 20) or b"{}")
            renames = [(Path(a), Path(b)) for a, b in entry["renames"]]
            journals = [Path(j) for j in entry["journals"]]
        except (ValueError, KeyError, TypeError):
            path.unlink(missing_ok=True)  # not a journal we wrote in full (journals are renamed in whole)
            return
        for other in journals:
            if other != path and other.exists():
                other_fd = _open_locked(other)
                if other_fd is None:
                    return  # another process is recovering or committing this set
                held.append(other_fd)
        if all(j.exists() for j in journals):  # committed: roll forward
            for temp, target in renames:
                try:
                    os.replace(temp, target)
                except FileNotFoundError:
                    pass  # renamed before the crash
            for target_folder in {t.parent for _, t in renames}:
                _fsync_folder(target_folder)
        else:  # not committed: roll back
            for temp, _ in renames:
                temp.unlink(missing_ok=True)
        for journal in journals:
            journal.unlink(missing_ok=True)
    except OSError:
        pass  # a folder we cannot write: leave it for a run that can
    finally:
        for handle in held:
            os.close(handle)
