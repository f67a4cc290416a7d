"""``notecite review`` as a command: the address it prints or opens, and Ctrl-C."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
import requests


def _review(article, *options, env=None):
    return subprocess.Popen([sys.executable, "-m", "notecite", "review", *options, str(article)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})})


@pytest.fixture
def article(example_article, tmp_path):
    copy = tmp_path / example_article.name
    shutil.copyfile(example_article, copy)
    return copy


def test_ctrl_c_stops_the_server_cleanly(article):
    process = _review(article, "--no-browser")
    try:
        address = process.stdout.readline().strip()
        assert address.startswith("http://127.0.0.1:") and "?token=" in address
        assert requests.get(address, timeout=60).status_code == 200
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=60) == 0
        assert "notecite review: stopped" in process.stderr.read()
        with pytest.raises(requests.ConnectionError):
            requests.get(address, timeout=5)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_without_no_browser_the_page_opens_in_the_users_browser(article, tmp_path):
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.py"  # stands in for the user's browser: records the address it is given
    # written aside and renamed, so the test never reads the file between its creation and its text
    browser.write_text(f"import os, sys, pathlib\npart = pathlib.Path({str(opened)!r} + '.part')\n"
                       f"part.write_text(sys.argv[1])\nos.replace(part, {str(opened)!r})\n")
    process = _review(article, env={"BROWSER": f"{sys.executable} {browser} %s"})
    try:
        address = process.stdout.readline().strip()
        deadline = time.monotonic() + 60
        while not opened.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert opened.read_text() == address
        assert requests.get(address, timeout=60).status_code == 200
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
