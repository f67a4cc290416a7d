"""Where the training material lives: the repository checkout and the shared data beside it.

``notecite train`` and ``notecite evaluate`` read hand-annotated notes from the repository
(``data/annotated/*.xml``, real notes in ``data/annotated/real/`` with their keys in
``data/real/keys/``), AnyStyle's annotated references and LinkedBooks' footnote references from
the shared folder (``../shared/data/anystyle/parser/*.xml``, ``../shared/data/linkedbooks/``). Neither ships in the wheel. From a checkout
(``pip install -e``) both are found on their own; from an installed package they are named with
``--repo`` and ``--shared`` (or ``$NOTECITE_SHARED``), and a missing one is an
:class:`~notecite.errors.InputError` that says what is needed.
"""
from __future__ import annotations

import os
from pathlib import Path

from ...errors import InputError
from ..tagger import MODEL_PATH

#: What training and evaluation need, quoted in every error about missing material.
NEEDS = ("training and evaluation need the notecite repository (its data/annotated/) and the shared "
         "data beside it (../shared/data/anystyle/parser/, ../shared/data/linkedbooks/)")

_PACKAGE = Path(__file__).resolve().parents[2]


def checkout_root() -> Path | None:
    """The repository checkout the package runs from (``src/notecite`` in it), or None when installed."""
    root = _PACKAGE.parent.parent
    if _PACKAGE.parent.name == "src" and (root / "pyproject.toml").is_file() and (root / "data" / "annotated").is_dir():
        return root
    return None


def default_model_out() -> Path | None:
    """The shipped model's path in the checkout, where ``train`` writes by default; None when installed."""
    return MODEL_PATH if checkout_root() is not None else None


def annotated_folder(repo: str | os.PathLike | None = None) -> Path:
    """``data/annotated`` of ``repo`` (default: the checkout); InputError when absent or empty."""
    root = Path(repo) if repo else checkout_root()
    if root is None:
        raise InputError("--repo", f"{NEEDS}; notecite runs from an installed package: pass --repo CHECKOUT")
    folder = root / "data" / "annotated"
    if not any(folder.glob("*.xml")):
        raise InputError(str(folder), f"no annotated notes (*.xml) found; {NEEDS}")
    return folder


def shared_folder(shared: str | os.PathLike | None = None, repo: str | os.PathLike | None = None) -> Path:
    """``shared``, else ``$NOTECITE_SHARED``, else ``../shared`` beside ``repo`` or the checkout."""
    if not shared:
        shared = os.environ.get("NOTECITE_SHARED")
    if not shared:
        root = Path(repo) if repo else checkout_root()
        if root is None:
            raise InputError("--shared", f"{NEEDS}; notecite runs from an installed package: pass --shared DIR "
                             "or set NOTECITE_SHARED")
        shared = root / ".." / "shared"
    return Path(shared)


def anystyle_folder(shared: str | os.PathLike | None = None, repo: str | os.PathLike | None = None) -> Path:
    """``data/anystyle/parser`` of the shared folder (:func:`shared_folder`); InputError when its
    ``gold.xml`` is missing."""
    folder = shared_folder(shared, repo) / "data" / "anystyle" / "parser"
    if not (folder / "gold.xml").is_file():
        raise InputError(str(folder), f"AnyStyle data not found (no gold.xml); {NEEDS}; pass --shared DIR "
                         "or set NOTECITE_SHARED")
    return folder
