"""No module of the package binds one top-level name twice: a second constant of the same name silently
replaces the first for every function of the module, those written above it included."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import notecite

PACKAGE = Path(notecite.__file__).parent


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
    return names


def test_no_module_binds_a_top_level_name_twice():
    twice = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
        repeated = sorted(name for name, n in counts.items() if n > 1 and not name.startswith("__"))
        if repeated:
            twice[str(path.relative_to(PACKAGE))] = repeated
    assert twice == {}
