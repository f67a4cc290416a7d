"""Shared fixtures for the notecite.csl tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "csl"


@pytest.fixture
def data_dir() -> Path:
    """tests/data/csl."""
    return DATA


@pytest.fixture
def mixed10() -> list[dict]:
    """The 10-item mixed humanities library."""
    return json.loads((DATA / "mixed10.json").read_text(encoding="utf-8"))

