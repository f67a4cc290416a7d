"""Read the weights of a CRFsuite model file (what ``notecite train`` writes) into arrays.

The file holds a header, a chunk of features (each a state feature ``attribute → label`` or a
transition ``label → label`` with its weight) and two string databases (CQDB) that number the
labels and the attributes. Only what decoding needs is read: label names, attribute numbers,
the state weights as one row per attribute and the transition matrix.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import InputError

_HEADER = struct.Struct("<4sI4s9I")  # magic, size, type, version, features, labels, attributes, 5 offsets
_CQDB_HEADER = struct.Struct("<4s5I")  # chunk id, size, flag, byte order, number of keys, backward offset
_FEATURE = np.dtype([("type", "<u4"), ("source", "<u4"), ("target", "<u4"), ("weight", "<f8")])
_STATE, _TRANSITION = 0, 1


@dataclass(frozen=True)
class CrfWeights:
    """A linear-chain CRF: ``labels`` in model order; ``attribute_ids`` numbers each attribute
    (UTF-8 bytes); ``state[a, y]`` is the weight of attribute ``a`` for label ``y``, with one
    extra row of zeros at the end (:attr:`unknown`) for attributes the model never saw;
    ``transitions[y, z]`` weighs label ``y`` followed by ``z``."""

    labels: list[str]
    attribute_ids: dict[bytes, int]
    state: np.ndarray
    transitions: np.ndarray

    @property
    def unknown(self) -> int:
        """The row of :attr:`state` that adds nothing (an attribute the model does not know)."""
        return len(self.state) - 1


def read_weights(path: str | Path) -> CrfWeights:
    """The weights of the CRFsuite model at ``path``; InputError naming the file when it is not one."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(str(path), f"cannot open parser model: {error.strerror or error}") from error
    try:
        return _parse(data)
    except (struct.error, ValueError, IndexError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot open parser model: not a CRFsuite model ({error})") from error


def _parse(data: bytes) -> CrfWeights:
    """:func:`read_weights` of a model file's bytes (ValueError and struct.error on damage)."""
    if len(data) < _HEADER.size:
        raise ValueError("file too short")
    magic, _, kind, _, _, n_labels, n_attributes, features_at, labels_at, attributes_at, _, _ = _HEADER.unpack_from(data)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError("no CRFsuite header")
    labels = [key.decode() for key in _keys(data, labels_at)]
    attributes = _keys(data, attributes_at)
    if len(labels) != n_labels or len(attributes) != n_attributes:
        raise ValueError("label or attribute count differs from the header")
    chunk, _, count = struct.unpack_from("<4sII", data, features_at)
    if chunk != b"FEAT" or features_at + 12 + count * _FEATURE.itemsize > len(data):
        raise ValueError("damaged feature chunk")
    features = np.frombuffer(data, _FEATURE, count, features_at + 12)
    state = np.zeros((n_attributes + 1, n_labels))
    transitions = np.zeros((n_labels, n_labels))
    for table, kind_code, rows in ((state, _STATE, n_attributes), (transitions, _TRANSITION, n_labels)):
        chosen = features[features["type"] == kind_code]
        if len(chosen) and (chosen["source"].max() >= rows or chosen["target"].max() >= n_labels):
            raise ValueError("feature refers past the labels or attributes")
        table[chosen["source"], chosen["target"]] = chosen["weight"]
    return CrfWeights(labels, dict(zip(attributes, range(len(attributes)))), state, transitions)


def _keys(data: bytes, at: int) -> list[bytes]:
    """The keys of the CQDB string database at offset ``at``, in id order: each record is an id,
    the key's length with its terminating NUL, and the key."""
    chunk, size, _, _, count, backward_at = _CQDB_HEADER.unpack_from(data, at)
    if chunk != b"CQDB" or at + size > len(data) or backward_at + 4 * count > size:
        raise ValueError("damaged string database")
    starts = np.frombuffer(data, "<u4", count, at + backward_at).astype(np.int64) + at
    if count and (starts.min() < at or starts.max() + 8 > at + size):
        raise ValueError("damaged string database")
    raw = np.frombuffer(data, np.uint8)
    lengths = sum(raw[starts + 4 + k].astype(np.int64) << (8 * k) for k in range(4))  # little-endian uint32
    ends = starts + 7 + lengths  # past the key, before its NUL
    if count and (lengths.min() < 1 or ends.max() >= at + size):
        raise ValueError("damaged string database")
    return [data[start:end] for start, end in zip((starts + 8).tolist(), ends.tolist())]
