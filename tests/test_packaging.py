"""The built package holds what the installed package reads, and works without the dev-only modules.

The full check (build the sdist and wheel, install, run from outside the checkout) is
``scripts/check_installed.sh``, which ``.ci/run`` runs before the test suite.
"""
import ast
import fnmatch
import importlib.util
import subprocess
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")

REPO = Path(__file__).resolve().parents[1]


def check_dist():
    spec = importlib.util.spec_from_file_location("check_dist", REPO / "scripts" / "check_dist.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tracked_package_files() -> list[str]:
    out = subprocess.run(["git", "ls-files", "src/notecite"], cwd=REPO, capture_output=True, text=True, check=True)
    return [p[len("src/notecite/"):] for p in out.stdout.split() if not (REPO / p).is_symlink()]


def test_every_data_file_is_package_data():
    patterns = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["notecite"]
    not_shipped = {p[len("notecite/"):] for p in check_dist().NOT_SHIPPED}
    data = [p for p in tracked_package_files() if not p.endswith(".py") and p not in not_shipped]
    assert "parse/dictionaries/ibid.txt" in data and "data/parser.crfsuite" in data
    unlisted = [p for p in data if not any(fnmatch.fnmatch(p, pattern) for pattern in patterns)]
    assert unlisted == []


def test_no_wheel_or_archive_in_the_package():
    assert [p for p in tracked_package_files() if p.endswith((".whl", ".zip", ".tar.gz", ".egg"))] == []


def test_shipped_modules_never_import_dev_only_modules():
    dev_only = {path[: -len(".py")].replace("/", ".") for path in check_dist().dev_only_modules()}
    assert dev_only == {"notecite.answer_key", "notecite.csl.conformance", "notecite.csl.sweep"}
    offenders = []
    for path in (REPO / "src" / "notecite").rglob("*.py"):
        module = ".".join(path.relative_to(REPO / "src").with_suffix("").parts)
        if module in dev_only:
            continue
        package = module.rsplit(".", 1)[0] if path.name != "__init__.py" else module
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
                names = [base] + [f"{base}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            offenders += [f"{module} imports {name}" for name in names if name in dev_only]
    assert offenders == []


def test_license_is_mit_as_pyproject_says():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert project["license"] == "MIT" and "LICENSE" in project["license-files"]
    assert (REPO / "LICENSE").read_text().startswith("MIT License")
