import gc

import pytest

from notecite.link.collector import without_cycle_collection


def test_the_collector_is_paused_inside_and_restored_after_even_on_error():
    seen = []

    @without_cycle_collection
    def stage(fail: bool) -> str:
        seen.append(gc.isenabled())
        if fail:
            raise ValueError("bad input")
        return "done"

    assert gc.isenabled()
    assert stage(False) == "done"
    with pytest.raises(ValueError):
        stage(True)
    assert seen == [False, False] and gc.isenabled()


def test_a_paused_collector_stays_paused_after_a_nested_stage():
    @without_cycle_collection
    def stage() -> None:
        pass

    gc.disable()
    try:
        stage()
        assert not gc.isenabled()
    finally:
        gc.enable()
