"""notecite.csl.engine: the finishing wrappers stay outside every correction."""
from citeproc.model import Bibliography, Citation

from notecite.csl import corrections, engine, fix_punctuation_in_quote, fix_second_field_align, hooks


def test_the_finish_wraps_every_correction_whatever_was_installed_after_it():
    engine.install_finish()
    try:
        corrections.install(corrections.without(fix_punctuation_in_quote))
        corrections.install()  # installed again after the finish: still inside it
        assert hooks.chained(Bibliography, "render") == [
            fix_punctuation_in_quote.bibliography_render, fix_second_field_align.render, engine._bibliography_render]
        assert hooks.chained(Citation, "render") == [fix_punctuation_in_quote.citation_render, engine._citation_render]
        engine.install_finish()
        assert hooks.chained(Citation, "render")[-1] is engine._citation_render
    finally:
        corrections.install()
