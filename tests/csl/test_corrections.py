"""The correction layer as a whole: tested citeproc-py version, install/uninstall, listing."""
from __future__ import annotations

import citeproc.model

from notecite.csl import corrections, fix_initialize, hooks


def test_installed_citeproc_is_the_tested_one():
    assert corrections.citeproc_is_tested(), f"citeproc-py {citeproc.__version__}: measure the corrections again"
    assert not corrections.citeproc_is_tested("0.12.0")


def test_install_and_uninstall_one():
    corrections.install(corrections.without(fix_initialize))
    assert hooks.chained(citeproc.model.Name, "initialize") == []
    assert citeproc.model.Name.initialize.__module__ == "citeproc.model"
    corrections.install()
    assert citeproc.model.Name.initialize is fix_initialize.initialize


def test_every_correction_has_a_docstring_and_a_test():
    from pathlib import Path

    tests = Path(__file__).parent
    for module in corrections.CORRECTIONS:
        name = module.__name__.rsplit(".", 1)[-1]
        assert (module.__doc__ or "").startswith("Correction:"), name
        test_file = tests / f"test_{name}.py"
        alternatives = {"fix_positions": "test_positions.py", "fix_cite_order": "test_positions.py"}
        assert test_file.exists() or (tests / alternatives.get(name, "-")).exists(), name


def test_the_chains_follow_the_list_order_whatever_was_installed_before():
    from citeproc.model import Text, TextCased

    from notecite.csl import fix_citation_label, fix_locator_escape, fix_positions, fix_text_case, fix_title_case

    in_order = [fix_positions._text_variable, fix_citation_label.text_variable, fix_locator_escape.variable]
    try:
        for left_out in (fix_positions, fix_citation_label, fix_locator_escape, fix_text_case):
            corrections.install(corrections.without(left_out))
            assert hooks.chained(Text, "_variable") == [f for f in in_order if f.__module__ != left_out.__name__]
            corrections.install()  # the one left out comes back in its place, not outside the others
            assert hooks.chained(Text, "_variable") == in_order
            assert hooks.chained(TextCased, "case") == [fix_text_case.case, fix_title_case.case]
        fix_positions.uninstall()  # out of the middle: the wrapper above it calls the one below
        assert fix_citation_label._INNER[0].__module__ == "citeproc.model"
        assert hooks.chained(Text, "_variable") == in_order[1:]
    finally:
        corrections.install()
    assert hooks.chained(Text, "_variable") == in_order
