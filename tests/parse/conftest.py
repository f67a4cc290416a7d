import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def shared_root() -> Path:
    return Path(os.environ.get("NOTECITE_SHARED") or REPO / ".." / "shared")


def example_notes(path: Path) -> list[str]:
    """The notes of a web-copied article: lines after "Footnotes" starting "back to text - " or "- "."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = lines.index("Footnotes") + 1
    notes = []
    for line in lines[start:]:
        for lead in ("back to text - ", "- "):
            if line.startswith(lead):
                notes.append(line[len(lead):])
                break
    return notes


@pytest.fixture(scope="session")
def weissman_notes() -> list[str]:
    path = shared_root() / "examples" / "weissman-1988-victor-serges-world-and-ours.txt"
    if not path.exists():
        pytest.skip(f"shared example not found at {path}")
    return example_notes(path)
