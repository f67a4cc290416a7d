"""The advisory lock on a library follows its path across atomic replacements."""
import os
import threading
import time

import pytest

from notecite.errors import InputError
from notecite.locking import locked


def test_a_waiting_run_locks_the_file_that_replaced_the_one_it_waited_on(tmp_path, capsys):
    library = tmp_path / "lib.bib"
    library.write_text("old\n")
    holding, seen = threading.Event(), []

    def first_run():
        with locked(library):
            holding.set()
            time.sleep(0.3)
            (tmp_path / "new.bib").write_text("new\n")
            os.replace(tmp_path / "new.bib", library)  # what the output set's commit does

    thread = threading.Thread(target=first_run)
    thread.start()
    holding.wait(5)
    started = time.monotonic()
    with locked(library):
        seen.append(library.read_text())
        waited = time.monotonic() - started
    thread.join()
    assert seen == ["new\n"] and waited >= 0.2
    assert f"waiting for another notecite run to finish with {library}" in capsys.readouterr().err


def test_a_missing_library_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        with locked(tmp_path / "nope.bib"):
            pass
