import gc

import pytest

from notecite.collector import batch_collection, without_cycle_collection


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


def test_batch_collection_sets_its_thresholds_and_restores_the_previous_ones_even_on_error():
    from notecite.collector import BATCH_THRESHOLDS

    before = gc.get_threshold()
    with pytest.raises(ValueError):
        with batch_collection():
            assert gc.get_threshold() == BATCH_THRESHOLDS
            raise ValueError("bad input")
    assert gc.get_threshold() == before
