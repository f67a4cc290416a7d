"""Build hook: the wheel and sdist leave out the development-only modules in ``DEV_ONLY``.

All metadata lives in ``pyproject.toml``. The modules below are imported only by ``tests/`` and
``benchmarks/`` (scoring against answer keys, the CSL test suite, the style sweep against
citeproc-js recordings); they need files that exist only in the repository and ``../shared/``,
so an installed package has no use for them. An editable install (``pip install -e``) maps the
whole source folder and keeps them importable for development.
"""
from setuptools import setup
from setuptools.command.build_py import build_py

#: Modules kept out of built distributions (MANIFEST.in excludes them from the sdist too;
#: scripts/check_dist.py checks both).
DEV_ONLY = {"notecite.answer_key", "notecite.csl.conformance", "notecite.csl.sweep"}


class BuildPyWithoutDevModules(build_py):
    """``build_py`` that skips the modules listed in :data:`DEV_ONLY`."""

    def find_package_modules(self, package, package_dir):
        modules = super().find_package_modules(package, package_dir)
        return [m for m in modules if f"{m[0]}.{m[1]}" not in DEV_ONLY]


setup(cmdclass={"build_py": BuildPyWithoutDevModules})
