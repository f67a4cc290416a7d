"""CRFsuite's own Viterbi and forward-backward routines, run on state scores computed here.

python-crfsuite compiles CRFsuite into its extension module, whose C functions stay exported.
The tagger sums each token's state scores itself (once per distinct word, see
:class:`notecite.parse.tagger.StateScores`) and hands them to a CRFsuite decoding context
(``crf1d_context_t`` and ``crf1dc_*`` of CRFsuite 0.12's ``crf1d.h``), which decodes exactly as
pycrfsuite's Tagger does, without converting and looking up every observation string of every
token. :func:`open_context` returns None when the module does not export these functions or
the context's layout is not the one expected; the tagger then uses pycrfsuite's Tagger.
"""
from __future__ import annotations

import ctypes
from ctypes import POINTER, c_double, c_int

import numpy as np

_CTXF_VITERBI, _CTXF_MARGINALS = 0x01, 0x02
_RF_TRANS = 0x02
_DOUBLE = POINTER(c_double)


class _Context(ctypes.Structure):
    """``crf1d_context_t``: per item and label, scores of the note being decoded."""

    _fields_ = [("flag", c_int), ("num_labels", c_int), ("num_items", c_int), ("cap_items", c_int),
                ("log_norm", c_double), ("state", _DOUBLE), ("trans", _DOUBLE), ("alpha_score", _DOUBLE),
                ("beta_score", _DOUBLE), ("scale_factor", _DOUBLE), ("row", _DOUBLE), ("backward_edge", POINTER(c_int)),
                ("exp_state", _DOUBLE), ("exp_trans", _DOUBLE), ("mexp_state", _DOUBLE), ("mexp_trans", _DOUBLE)]


_SIGNATURES = {  # name: (result type, argument types)
    "crf1dc_new": (POINTER(_Context), [c_int, c_int, c_int]),
    "crf1dc_delete": (None, [POINTER(_Context)]),
    "crf1dc_set_num_items": (c_int, [POINTER(_Context), c_int]),
    "crf1dc_reset": (None, [POINTER(_Context), c_int]),
    "crf1dc_exp_transition": (None, [POINTER(_Context)]),
    "crf1dc_exp_state": (None, [POINTER(_Context)]),
    "crf1dc_alpha_score": (None, [POINTER(_Context)]),
    "crf1dc_beta_score": (None, [POINTER(_Context)]),
    "crf1dc_viterbi": (c_double, [POINTER(_Context), POINTER(c_int)]),
}


def _library() -> ctypes.CDLL | None:
    """python-crfsuite's extension module with CRFsuite's decoding functions typed, or None."""
    try:
        from pycrfsuite import _pycrfsuite

        library = ctypes.CDLL(_pycrfsuite.__file__)
        for name, (result, arguments) in _SIGNATURES.items():
            function = getattr(library, name)
            function.restype, function.argtypes = result, arguments
    except (ImportError, OSError, AttributeError):
        return None
    return library


class CrfContext:
    """A CRFsuite decoding context for one model's ``transitions`` (labels × labels, ``[y, z]``
    weighing ``y`` followed by ``z``).

    The context's arrays are read and written through numpy views (made again whenever the context
    grows for a longer note), so a note's scores go in and its results come out without copies
    through ctypes."""

    def __init__(self, library: ctypes.CDLL, transitions: np.ndarray) -> None:
        n_labels = len(transitions)
        self._library, self._labels = library, n_labels
        self._context = library.crf1dc_new(_CTXF_VITERBI | _CTXF_MARGINALS, n_labels, 0)
        if not self._context:
            raise MemoryError("CRFsuite could not allocate a decoding context")
        self._fields = self._context.contents  # the context's own memory: its fields read and set in place
        if self._fields.num_labels != n_labels or self._fields.flag != _CTXF_VITERBI | _CTXF_MARGINALS:
            self.close()
            raise ValueError("unexpected CRFsuite context layout")
        library.crf1dc_reset(self._context, _RF_TRANS)
        weights = np.ascontiguousarray(transitions, dtype=np.float64)
        ctypes.memmove(self._fields.trans, weights.ctypes.data, weights.nbytes)
        library.crf1dc_exp_transition(self._context)
        self._capacity = 0
        self._grow(256)

    def decode(self, scores: np.ndarray) -> tuple[list[int], list[float]]:
        """For a note's state scores (tokens × labels): the label of each token on the best path,
        and the marginal probability of that label there."""
        n, library, context = len(scores), self._library, self._context
        if n > self._capacity:
            self._grow(n)
        self._fields.num_items = n  # what crf1dc_set_num_items does within the capacity
        self._state[:n] = scores
        library.crf1dc_viterbi(context, self._path_pointer)
        library.crf1dc_exp_state(context)
        library.crf1dc_alpha_score(context)
        library.crf1dc_beta_score(context)
        path = self._path[:n]
        on_path = self._starts[:n] + path
        marginals = self._forward.take(on_path) * self._backward.take(on_path) / self._scale[:n]
        return path.tolist(), marginals.tolist()

    def _grow(self, n: int) -> None:
        """Room in the context (and the path buffer) for notes of up to ``n`` tokens, and views of its
        arrays: the state scores (tokens × labels), forward and backward scores (flat) and scale factors."""
        n = max(n, 2 * self._capacity)
        if self._library.crf1dc_set_num_items(self._context, n):
            raise MemoryError(f"CRFsuite could not allocate a note of {n} tokens")
        fields, cells = self._fields, n * self._labels  # read after resizing: the arrays have moved
        self._state = np.ctypeslib.as_array(fields.state, (n, self._labels))
        self._forward = np.ctypeslib.as_array(fields.alpha_score, (cells,))
        self._backward = np.ctypeslib.as_array(fields.beta_score, (cells,))
        self._scale = np.ctypeslib.as_array(fields.scale_factor, (n,))
        self._path = np.zeros(n, dtype=np.int32)
        self._path_pointer = self._path.ctypes.data_as(POINTER(c_int))
        self._starts = np.arange(0, cells, self._labels, dtype=np.int64)
        self._capacity = n

    def close(self) -> None:
        """Free the context (done when the object is collected)."""
        if self._context:
            self._library.crf1dc_delete(self._context)
            self._context = None

    __del__ = close


def open_context(transitions: np.ndarray) -> CrfContext | None:
    """A decoding context for ``transitions``, or None when CRFsuite's functions are not at hand."""
    library = _library()
    if library is None:
        return None
    try:
        return CrfContext(library, transitions)
    except ValueError:
        return None
