"""Push Zotero items to a zotero.org library through the Web API v3 (write requests).

Follows Zotero's documentation (dev/web_api/v3 basics and write_requests): the key goes in
``Zotero-API-Key`` (or ``Authorization: Bearer``), every request says ``Zotero-API-Version: 3``,
items are POSTed as JSON arrays of at most 50 objects, each batch with its own
``Zotero-Write-Token`` that a retry reuses (a ``412`` then means the batch was already
written). ``Backoff`` holds the next request back; ``429``/``503`` are retried after
``Retry-After`` (exponential wait when absent), a bounded number of times. Child notes travel in
the same batch as their parent, after it, pointing at its locally made key (``parentItem``).
"""
from __future__ import annotations

import hashlib
import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

import requests

from ..errors import NetworkError
from ..library import Library
from .items import ZoteroItem, library_to_items, stable_key

DEFAULT_BASE_URL = "https://api.zotero.org"
API_VERSION = "3"
MAX_BATCH = 50
RETRY_STATUSES = (429, 503, 409)


def write_token() -> str:
    """A fresh random 32-character hexadecimal ``Zotero-Write-Token``."""
    return secrets.token_hex(16)


@dataclass
class PushReport:
    """What a push did: created keys, unchanged and failed objects, batches and waits."""

    created: list[dict[str, str]] = field(default_factory=list)  # {"key", "itemType", "title"}
    unchanged: list[dict[str, str]] = field(default_factory=list)
    failed: list[dict[str, Any]] = field(default_factory=list)  # {"key", "title", "code", "message"}
    already_written: list[dict[str, str]] = field(default_factory=list)  # batches answered 412
    skipped: list[str] = field(default_factory=list)  # keys already in the library (an earlier push)
    batches: int = 0
    retries: int = 0
    waited: float = 0.0
    collection: str | None = None  # the collection key used
    collection_created: bool = False

    @property
    def ok(self) -> bool:
        """True when no object failed."""
        return not self.failed


class PushInterrupted(NetworkError):
    """A push stopped by an error after some batches were saved; ``report`` says what was saved."""

    def __init__(self, message: str, report: PushReport):
        super().__init__(message)
        self.report = report


class WebAPI:
    """A client for one user or group library of the Zotero Web API v3."""

    def __init__(self, library_id: str | int, api_key: str, *, group: bool = False,
                 base_url: str = DEFAULT_BASE_URL, bearer: bool = False, timeout: float = 30.0,
                 max_attempts: int = 5, session: requests.Session | None = None,
                 sleep: Callable[[float], None] = time.sleep, max_wait: float = 300.0):
        if not str(library_id).strip().isdigit():
            raise NetworkError(f"Zotero library id must be a number (the userID or groupID), not {library_id!r}")
        if not api_key:
            raise NetworkError("a Zotero API key is needed for the Web API (--api-key or ZOTERO_API_KEY)")
        self.library_id = str(library_id).strip()
        self.group = group
        self.prefix = f"/{'groups' if group else 'users'}/{self.library_id}"
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.max_attempts = max(1, max_attempts)
        self.max_wait = max_wait
        self.session = session or requests.Session()
        self.sleep = sleep
        self.headers = {"Zotero-API-Version": API_VERSION}
        if bearer:
            self.headers["Authorization"] = f"Bearer {api_key}"
        else:
            self.headers["Zotero-API-Key"] = api_key
        self._not_before = 0.0
        self.retries = 0
        self.waited = 0.0

    # -- low level -------------------------------------------------------------------------

    def item_uri(self, key: str) -> str:
        """The zotero.org URI of an item of this library (as used in ``relations``)."""
        return f"http://zotero.org{self.prefix}/items/{key}"

    def request(self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None,
                token: str | None = None) -> requests.Response:
        """Send one request, honouring ``Backoff`` and retrying 429/503/409 and dropped connections.

        A write ``token`` is sent unchanged on every attempt. Returns the final response
        (any status other than the retried ones); raises :class:`NetworkError` when attempts run out.
        """
        url = f"{self.base_url}{self.prefix}{path}"
        headers = dict(self.headers)
        if json is not None:
            headers["Content-Type"] = "application/json"
        if token:
            headers["Zotero-Write-Token"] = token
        problem = ""
        for attempt in range(1, self.max_attempts + 1):
            self._wait(self._not_before - time.monotonic())
            try:
                response = self.session.request(method, url, json=json, params=params, headers=headers,
                                                timeout=self.timeout)
            except requests.ConnectionError as error:
                problem = f"cannot reach {self.base_url} ({_reason(error)})"
                if attempt < self.max_attempts:
                    self._retry_wait(None, attempt)
                    continue
                raise NetworkError(f"Zotero Web API: {problem}") from None
            except requests.Timeout:
                problem = f"no answer from {self.base_url} within {self.timeout:g} s"
                if attempt < self.max_attempts:
                    self._retry_wait(None, attempt)
                    continue
                raise NetworkError(f"Zotero Web API: {problem}") from None
            self._note_backoff(response)
            if response.status_code in RETRY_STATUSES and attempt < self.max_attempts:
                self._retry_wait(response.headers.get("Retry-After"), attempt)
                continue
            if response.status_code in RETRY_STATUSES:
                problem = f"{response.status_code} {response.reason} after {attempt} attempts"
                raise NetworkError(f"Zotero Web API: {method} {self.prefix}{path}: {problem}")
            return response
        raise NetworkError(f"Zotero Web API: {problem}")  # pragma: no cover - loop always returns or raises

    def _wait(self, seconds: float) -> None:
        if seconds > self.max_wait:
            raise NetworkError(f"Zotero Web API asks to wait {seconds:.0f} s before the next request "
                               f"(rate limited; more than {self.max_wait:.0f} s): try again later")
        if seconds > 0:
            self.waited += seconds
            self.sleep(seconds)

    def _note_backoff(self, response: requests.Response) -> None:
        backoff = _seconds(response.headers.get("Backoff"))
        if backoff is not None:
            self._not_before = max(self._not_before, time.monotonic() + backoff)

    def _retry_wait(self, retry_after: str | None, attempt: int) -> None:
        self.retries += 1
        seconds = _seconds(retry_after)
        self._wait(seconds if seconds is not None else min(2.0 ** (attempt - 1), 60.0))

    def _check(self, response: requests.Response, what: str) -> None:
        status = response.status_code
        if status < 400:
            return
        body = " ".join(response.text.split())[:300]
        where = self.prefix.lstrip("/")
        if status == 403:
            raise NetworkError(f"Zotero Web API refused the API key for {where} (403 Forbidden: {body or 'no detail'}); "
                               "check the key and that it may write to this library")
        if status == 404:
            raise NetworkError(f"Zotero Web API: library {where} not found (404: {body or 'no detail'}); "
                               "check --library-id and --group")
        raise NetworkError(f"Zotero Web API: {what} failed ({status} {response.reason}: {body or 'no detail'})")

    # -- collections -----------------------------------------------------------------------

    def find_collection(self, name: str) -> str | None:
        """The key of the library's collection called ``name`` (first found), or None."""
        start, limit = 0, 100
        while True:
            response = self.request("GET", "/collections", params={"limit": limit, "start": start})
            self._check(response, "listing collections")
            page = _json(response, "listing collections")
            if not isinstance(page, list):
                raise NetworkError("Zotero Web API: listing collections did not return a JSON array")
            for collection in page:
                data = collection.get("data", collection) if isinstance(collection, dict) else {}
                if data.get("name") == name:
                    return str(collection.get("key") or data.get("key"))
            total = response.headers.get("Total-Results")
            start += len(page)
            if not page or len(page) < limit or (total and total.isdigit() and start >= int(total)):
                return None

    def create_collection(self, name: str) -> str:
        """Create a top-level collection called ``name``; returns its key."""
        token = write_token()
        response = self.request("POST", "/collections", json=[{"name": name}], token=token)
        self._check(response, f"creating collection {name!r}")
        result = _json(response, f"creating collection {name!r}")
        key = _created_key(result, 0)
        if not key:
            failed = (result.get("failed") or {}).get("0", {}) if isinstance(result, dict) else {}
            raise NetworkError(f"Zotero Web API: collection {name!r} was not created: "
                               f"{failed.get('message') or result!r}")
        return key

    def ensure_collection(self, name: str) -> tuple[str, bool]:
        """The key of the collection ``name``, created if missing; and whether it was created."""
        key = self.find_collection(name)
        return (key, False) if key else (self.create_collection(name), True)

    # -- items -----------------------------------------------------------------------------

    def existing_keys(self, keys: Sequence[str]) -> set[str]:
        """Which of ``keys`` name items already in the library (trashed ones too), 50 per request."""
        found: set[str] = set()
        for start in range(0, len(keys), MAX_BATCH):
            chunk = keys[start:start + MAX_BATCH]
            response = self.request("GET", "/items", params={"itemKey": ",".join(chunk), "format": "keys",
                                                             "includeTrashed": 1})
            self._check(response, "looking up item keys")
            found |= set(response.text.split()) & set(chunk)
        return found

    def create_items(self, items: Sequence[ZoteroItem], report: PushReport | None = None) -> PushReport:
        """POST ``items`` in batches of at most 50 objects (a parent and its notes stay together).

        Items whose key is already in the library (pushed by an earlier run: keys are stable, see
        :func:`push_web`) are skipped. A ``412`` answer is checked against the library: the batch's
        items that are there count as already written, the others as failed. An error after some
        batches were saved raises :class:`PushInterrupted` carrying the report of what was saved.
        """
        report = report or PushReport()
        for batch in batches(items):
            try:
                present = self.existing_keys([str(i.get("key", "")) for i in batch if i.get("key")])
                report.skipped.extend(k for k in (str(i.get("key", "")) for i in batch) if k in present)
                batch = [i for i in batch if i.get("key") not in present]
                if not batch:
                    continue
                report.batches += 1
                token = write_token()
                response = self.request("POST", "/items", json=batch, token=token)
                if response.status_code == 412:
                    self._after_412(batch, token, response, report)
                    continue
                self._check(response, "creating items")
                _merge_result(batch, _json(response, "creating items"), report)
            except NetworkError as error:
                if report.created:
                    raise PushInterrupted(f"{error} ({len(report.created)} objects had been created "
                                          f"in {report.batches - 1} earlier batches)", report) from None
                raise
        report.retries, report.waited = self.retries, self.waited
        return report

    def _after_412(self, batch: list[ZoteroItem], token: str, response: requests.Response,
                   report: PushReport) -> None:
        """A 412 means the write token was used (a retried batch that had been saved) or a failed
        precondition; the library says which of the batch's items are there."""
        message = " ".join(response.text.split())[:200]
        keys = [str(i.get("key", "")) for i in batch]
        present = self.existing_keys(keys)
        if present:
            report.already_written.append({"token": token, "keys": ",".join(k for k in keys if k in present),
                                           "message": message})
        for item in batch:
            if str(item.get("key", "")) not in present:
                report.failed.append({**_label(item), "code": 412, "message": message or "Precondition Failed"})


def batches(items: Sequence[ZoteroItem], size: int = MAX_BATCH) -> list[list[ZoteroItem]]:
    """Split items into lists of at most ``size``, never parting a parent from its child notes."""
    groups: list[list[ZoteroItem]] = []
    for item in items:
        if item.get("parentItem") and groups and any(g.get("key") == item["parentItem"] for g in groups[-1]):
            groups[-1].append(item)
        else:
            groups.append([item])
    out: list[list[ZoteroItem]] = []
    for group in groups:
        if len(group) > size:
            raise NetworkError(f"an item with {len(group) - 1} child notes does not fit a batch of {size}")
        if not out or len(out[-1]) + len(group) > size:
            out.append([])
        out[-1].extend(group)
    return out


def push_web(library: Library, *, library_id: str | int, api_key: str, group: bool = False,
             collection: str | None = None, tags: Iterable[str] = (), notes: bool = True,
             base_url: str = DEFAULT_BASE_URL, **client_options: Any) -> PushReport:
    """Create every record of ``library`` (with provenance notes) in a zotero.org library.

    With ``collection``, the items go into the collection of that name, created when missing.
    """
    client = WebAPI(library_id, api_key, group=group, base_url=base_url, **client_options)
    report = PushReport()
    keys: list[str] = []
    if collection:
        report.collection, report.collection_created = client.ensure_collection(collection)
        keys = [report.collection]
    items = library_to_items(library, tags=tags, collections=keys, notes=notes,
                             keys=push_keys(library, client.prefix), item_uri=client.item_uri)
    return client.create_items(items, report)


def push_keys(library: Library, prefix: str) -> Callable[[str], str]:
    """Item keys for a push: stable for the same record pushed to the same library (``prefix``),
    so a re-run finds what an interrupted push saved; a record whose fields changed gets new keys."""
    digests = {str(record.get("id")): hashlib.sha256(json.dumps(record, sort_keys=True, ensure_ascii=False,
                                                                default=str).encode("utf-8")).hexdigest()
               for record in library.records}

    def key(text: str) -> str:
        return stable_key(f"{prefix}|{digests.get(text.split('#', 1)[0], '')}|{text}")

    return key


def _label(item: ZoteroItem) -> dict[str, str]:
    return {"key": str(item.get("key", "")), "itemType": str(item.get("itemType", "")),
            "title": str(item.get("title") or item.get("caseName") or item.get("nameOfAct") or item.get("note", "")[:60])}


def _merge_result(batch: list[ZoteroItem], result: Any, report: PushReport) -> None:
    if not isinstance(result, dict):
        raise NetworkError("Zotero Web API: creating items did not return a JSON object")
    for index, item in enumerate(batch):
        i = str(index)
        label = _label(item)
        key = _created_key(result, index)
        if key:
            report.created.append({**label, "key": key})
        elif i in (result.get("unchanged") or {}):
            report.unchanged.append(label)
        elif i in (result.get("failed") or {}):
            failure = result["failed"][i] or {}
            report.failed.append({**label, "code": failure.get("code"), "message": failure.get("message", "")})
        else:
            report.failed.append({**label, "code": None, "message": "not mentioned in Zotero's answer"})


def _created_key(result: Any, index: int) -> str | None:
    if not isinstance(result, dict):
        return None
    i = str(index)
    key = (result.get("success") or {}).get(i)
    if key:
        return str(key)
    saved = (result.get("successful") or {}).get(i)
    if isinstance(saved, dict):
        return str(saved.get("key") or (saved.get("data") or {}).get("key") or "") or None
    return None


def _json(response: requests.Response, what: str) -> Any:
    try:
        return response.json()
    except ValueError:
        raise NetworkError(f"Zotero Web API: {what}: the answer is not JSON ({response.text[:120]!r})") from None


def _seconds(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value not in (None, "") else None
    except ValueError:
        return None


def _reason(error: Exception) -> str:
    text = str(error)
    for marker in ("Connection refused", "Name or service not known", "timed out", "Connection reset"):
        if marker in text:
            return marker.lower()
    return text[:160]
