"""Shared test helpers: where the read-only shared material is, when it is present."""
from __future__ import annotations

import importlib.util
import os
import sys
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


@pytest.fixture(autouse=True, scope="session")
def private_cache(tmp_path_factory) -> Path:
    """Caches (the style index, styles fetched by URL) go to a folder of the test session, never
    to the user's own ~/.cache."""
    folder = tmp_path_factory.mktemp("xdg-cache")
    saved = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(folder)
    yield folder
    if saved is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = saved


@pytest.fixture(scope="session")
def fuzz():
    """``tests/fuzz_inputs.py`` (seeds, mutators, adversarial notes, the bounded fuzz loop), as a module."""
    module = sys.modules.get("fuzz_inputs")
    if module is None:
        spec = importlib.util.spec_from_file_location("fuzz_inputs", REPO / "tests" / "fuzz_inputs.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["fuzz_inputs"] = module
        spec.loader.exec_module(module)
    return module
