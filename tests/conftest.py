"""Shared test helpers: where the read-only shared material is, when it is present."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NOTECITE_SHARED", REPO.parent / "shared"))
EXAMPLE = SHARED / "examples" / "weissman-1988-victor-serges-world-and-ours.txt"
DATA = REPO / "tests" / "data"


@pytest.fixture
def example_article() -> Path:
    """The founding example article (skips when ../shared is absent)."""
    if not EXAMPLE.exists():
        pytest.skip(f"shared example not found at {EXAMPLE}")
    return EXAMPLE


@pytest.fixture(autouse=True)
def private_user_data(tmp_path_factory, monkeypatch) -> Path:
    """Every test sees an empty user data directory (no user parser model from the machine)."""
    folder = tmp_path_factory.mktemp("xdg-data")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder
