"""Downloading a small file over HTTP(S) with bounds: a total deadline and a size cap.

``requests``' ``timeout`` bounds each read, not the whole download: a server that sends one byte
a second never times out. :func:`download` streams the body and stops at ``deadline`` seconds
in total (checked between reads, so the real bound is ``deadline`` plus one read ``timeout``)
and at ``max_bytes`` (checked on ``Content-Length`` first, then while reading), so memory stays
bounded whatever the server sends. Reads use urllib3's ``read1``, which returns what has arrived
instead of waiting for a full chunk.
"""
from __future__ import annotations

import time

from .errors import NetworkError

CHUNK = 64 * 1024


def download(url: str, *, max_bytes: int, deadline: float, timeout: float, what: str = "") -> bytes:
    """The body of a GET of ``url``; :class:`NetworkError` ("cannot fetch WHAT URL: why") when it
    cannot be had whole within ``deadline`` seconds and ``max_bytes`` bytes (``timeout``: connect
    and per-read)."""
    name = f"{what} {url}" if what else url
    import requests

    started = time.monotonic()
    try:
        with requests.get(url, stream=True, timeout=(timeout, timeout)) as response:
            response.raise_for_status()
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise NetworkError(f"cannot fetch {name}: the answer is {int(declared):,} bytes, more "
                                   f"than the {max_bytes:,} allowed")
            body = bytearray()
            while chunk := response.raw.read1(CHUNK, decode_content=True):  # what has arrived, not a full CHUNK
                body += chunk
                if len(body) > max_bytes:
                    raise NetworkError(f"cannot fetch {name}: the answer is more than the {max_bytes:,} bytes allowed")
                if time.monotonic() - started > deadline:
                    raise NetworkError(f"cannot fetch {name}: the download took more than {deadline:g} s "
                                       f"({len(body):,} bytes received)")
            return bytes(body)
    except requests.RequestException as error:
        raise NetworkError(f"cannot fetch {name} (offline or unreachable?): {error}") from None
