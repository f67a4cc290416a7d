"""Check a built sdist and wheel hold the package as users need it: ``python scripts/check_dist.py DIST``.

DIST holds one ``notecite-*.tar.gz`` and one ``notecite-*.whl`` (``python -m build --outdir DIST``).
The wheel must hold every module and data file under ``src/notecite/`` that git tracks, except the
development-only modules named in ``setup.py`` and the developer notes in ``NOT_SHIPPED``; the MIT
LICENSE in its metadata; and no wheel, archive or development module. The sdist must hold the
same package files, LICENSE, and no tests. Prints what it checked; exits 1 naming each problem.
"""
from __future__ import annotations

import ast
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: Files under src/notecite/ that are documentation for developers, not read by the package.
NOT_SHIPPED = {"notecite/formats/README.md"}
FORBIDDEN_SUFFIXES = (".whl", ".zip", ".tar.gz", ".pyc")


def dev_only_modules() -> set[str]:
    """``DEV_ONLY`` of setup.py as package-relative paths (``notecite/csl/sweep.py``)."""
    tree = ast.parse((REPO / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "DEV_ONLY" for t in node.targets):
            return {name.replace(".", "/") + ".py" for name in ast.literal_eval(node.value)}
    raise SystemExit("setup.py defines no DEV_ONLY")


def expected_files(dev_only: set[str]) -> set[str]:
    """Package-relative paths of every tracked file under src/notecite/ that must ship."""
    tracked = subprocess.run(["git", "ls-files", "src/notecite"], cwd=REPO, check=True, capture_output=True,
                             text=True).stdout.split()
    files = {path[len("src/"):] for path in tracked if (REPO / path).is_file() and not (REPO / path).is_symlink()}
    return files - dev_only - NOT_SHIPPED


def check(dist: Path) -> list[str]:
    """Problems found in the wheel and sdist in ``dist`` (empty when both are right)."""
    [wheel] = dist.glob("notecite-*.whl")
    [sdist] = dist.glob("notecite-*.tar.gz")
    dev_only = dev_only_modules()
    expected = expected_files(dev_only)
    problems = []
    wheel_names = set(zipfile.ZipFile(wheel).namelist())
    sdist_names = {name.split("/", 1)[1] for name in tarfile.open(sdist).getnames() if "/" in name}
    for name, listing, prefix in (("wheel", wheel_names, ""), ("sdist", sdist_names, "src/")):
        package = {n[len(prefix):] for n in listing if n.startswith(prefix + "notecite/")}
        problems += [f"{name}: missing {path}" for path in sorted(expected - package)]
        problems += [f"{name}: development-only module {path}" for path in sorted(dev_only & package)]
        problems += [f"{name}: stray file {path}" for path in sorted(package) if path.endswith(FORBIDDEN_SUFFIXES)]
    licences = [n for n in wheel_names if n.endswith(".dist-info/licenses/LICENSE")]
    if not licences or b"MIT License" not in zipfile.ZipFile(wheel).read(licences[0]):
        problems.append("wheel: no MIT LICENSE in its metadata")
    if "LICENSE" not in sdist_names:
        problems.append("sdist: no LICENSE")
    problems += [f"sdist: development file {n}" for n in sorted(sdist_names) if n.startswith(("tests/", "benchmarks/"))]
    print(f"check_dist: {wheel.name} ({len(wheel_names)} files), {sdist.name} ({len(sdist_names)} files); "
          f"{len(expected)} package files expected, {len(dev_only)} development-only modules left out")
    return problems


def main() -> int:
    problems = check(Path(sys.argv[1]))
    for problem in problems:
        print(f"check_dist: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
