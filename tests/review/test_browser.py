"""End to end in a real browser: Debian's chromium driven by Selenium through chromium-driver.

Open the founding example, relabel a wrongly tagged field, re-link a cite, merge a duplicate,
settle a conflict, reload, and check the sidecar and a re-run of ``extract``; requests without the token or under a
foreign host name are refused by the browser-facing server too.
"""
from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from notecite.cli import main
from notecite.review.corrections import load
from notecite.review.server import start
from notecite.review.session import ReviewSession

CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")
LIBRARY = Path(__file__).resolve().parents[1] / "data" / "review" / "serge-library.json"

pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="needs Debian's chromium and chromium-driver "
                                "(apt-get install chromium chromium-driver; .ci/run installs them)")


@pytest.fixture
def browser():
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1400,1000", "--host-resolver-rules=MAP rebind.test 127.0.0.1"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture
def served(article, tmp_path):
    library = tmp_path / "library.json"
    shutil.copyfile(LIBRARY, library)
    server, address = start(ReviewSession([article], library=library))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield address, library
    server.shutdown()
    thread.join(5)


def _wait_for_change(driver, text):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from selenium.common.exceptions import StaleElementReferenceException

    # the page swaps its content when the answer arrives: an element read during the swap is stale
    WebDriverWait(driver, 60, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: text in d.find_element(By.ID, "changes").text or d.find_element(By.ID, "error").text)
    assert not driver.find_element(By.ID, "error").text
    assert text in driver.find_element(By.ID, "changes").text


def _select_in_note(driver, note, words):
    """Select ``words`` in note ``note``'s text as a person would with the mouse."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.execute_script("""
        const [note, words] = arguments;
        const span = [...document.querySelectorAll('#note-' + note + ' .text span')]
            .find(s => s.textContent.includes(words));
        const node = span.firstChild, at = node.textContent.indexOf(words);
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);""", note, words)
    WebDriverWait(driver, 30).until(lambda d: words in d.find_element(By.ID, "selection").text)


def test_relabel_relink_merge_survive_a_reload_and_an_extract_rerun(browser, served, article, tmp_path, capsys):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    address, library = served
    browser.get(address)
    assert "notecite review" in browser.title
    # 1. "New International" (note 15) is a periodical, tagged as a title: relabel it.
    assert "New International," in [s.text for s in browser.find_elements(By.CSS_SELECTOR, "#note-15 .lab-title")]
    _select_in_note(browser, 15, "New International")
    Select(browser.find_element(By.ID, "label")).select_by_value("container-title")
    browser.find_element(By.CSS_SELECTOR, "#toolbar button[data-act=relabel]").click()
    _wait_for_change(browser, "note 15: 'New International, July 1938 and Feb. 1939' now cites anon1938new")
    assert browser.find_element(By.CSS_SELECTOR, "#note-15 .lab-container-title").text == "New International"
    # 2. Note 2's pages are those of the Oxford edition in the user's library: re-link it.
    row = browser.find_element(By.CSS_SELECTOR, "#note-2 tr.cite")
    Select(row.find_element(By.CSS_SELECTOR, ".relink-target")).select_by_value("serge1963memoirs")
    row.find_element(By.CSS_SELECTOR, "button[data-act=relink]").click()
    _wait_for_change(browser, "note 2: 'Serge, Memoirs, 2-3' now cites serge1963memoirs (was serge1987memoirs)")
    # 3. Year One twice (the library's 1972 London edition and the note's 1973 New York one):
    #    keep the library's record, with the imprint the article cites.
    pane = next(m for m in browser.find_elements(By.CSS_SELECTOR, ".merge") if "serge1973year" in m.text)
    assert "serge1972year (your library)" in pane.text and "serge1973year (your library)" not in pane.text
    pane.find_element(By.CSS_SELECTOR, "input[name^=keep-][value=serge1972year]").click()
    for field in ("publisher", "publisher-place", "issued"):
        pane.find_element(By.CSS_SELECTOR, f"tr[data-field='{field}'] input[value=serge1973year]").click()
    pane.find_element(By.CSS_SELECTOR, "button[data-act=merge]").click()
    _wait_for_change(browser, "work serge1973year removed")
    assert "serge1972year: publisher 'Allen Lane' → 'Holt & Rhinehart'" in browser.find_element(By.ID, "changes").text
    # 4. The library says "Grasset", note 12 "Editions Bernard Grasset": use the note's value.
    browser.find_element(By.CSS_SELECTOR, "#work-serge1940portrait summary").click()
    browser.find_element(By.CSS_SELECTOR, "#work-serge1940portrait .conflict button:nth-of-type(2)").click()
    _wait_for_change(browser, "serge1940portrait: publisher 'Grasset' → 'Editions Bernard Grasset'")
    # Reload: everything is still there.
    browser.refresh()
    assert browser.find_element(By.CSS_SELECTOR, "#corrections h2").text == "Corrections (4)"
    assert not browser.find_elements(By.CSS_SELECTOR, "#work-serge1940portrait .conflict")
    assert browser.find_element(By.CSS_SELECTOR, "#note-15 .lab-container-title").text == "New International"
    assert browser.find_element(By.CSS_SELECTOR, "#note-2 tr.cite .work-link").text == "serge1963memoirs"
    assert "serge1973year" not in browser.find_element(By.ID, "duplicates").text
    # The sidecar holds the four corrections, readable.
    items = load(article).items
    assert [c["action"] for c in items] == ["relabel", "relink", "merge", "edit"]
    assert items[0]["text"] == "New International" and items[0]["label"] == "container-title"
    assert items[2]["values"]["publisher"] == "Holt & Rhinehart"
    # A re-run of extract gives the corrected library.
    out, cites = tmp_path / "out.json", tmp_path / "cites.json"
    assert main(["extract", str(article), "--into", str(library), "-o", str(out), "--citations", str(cites), "-q"]) == 0
    assert "review corrections changed its works (serge1972year, serge1940portrait); writing the library in full" in capsys.readouterr().err
    records = {r["id"]: r for r in json.loads(out.read_text(encoding="utf-8"))}
    assert records["anon1938new"]["container-title"] == "New International"
    assert "serge1973year" not in records
    assert records["serge1972year"]["publisher"] == "Holt & Rhinehart"
    assert records["serge1972year"]["issued"] == {"date-parts": [[1973]]}
    assert records["serge1940portrait"]["publisher"] == "Editions Bernard Grasset"
    notes = {n["note"]: n["cites"] for n in json.loads(cites.read_text(encoding="utf-8"))["notes"]}
    assert notes[2][0]["id"] == "serge1963memoirs" and notes[11][0]["id"] == "serge1972year"


def test_the_browser_is_refused_without_the_token_or_under_another_host_name(browser, served):
    from selenium.webdriver.common.by import By

    address, _ = served
    parts = urlsplit(address)
    browser.get(f"{parts.scheme}://{parts.netloc}/")
    assert "403 missing or wrong token" in browser.find_element(By.TAG_NAME, "body").text
    browser.get(f"http://rebind.test:{parts.port}/?{parts.query}")  # a DNS-rebinding name for 127.0.0.1
    assert "403 unknown Host" in browser.find_element(By.TAG_NAME, "body").text
