"""Citation keys from a key formula in the Better BibTeX style, lower-case ASCII by default.

The default formula :data:`DEFAULT_FORMAT`, ``auth.lower + year + shorttitle(1,0)``, gives
``serge1963memoirs``; collisions get ``a``, ``b``, … in record order. Records that already carry
an id keep it, so writing the same library again gives the same keys.

A formula is pieces joined by ``+``; each piece may carry filters (``.lower``):

========================  ===================================================================
``auth``                  family name of the first author (else editor, translator, other
                          creators; ``anon`` when the work names nobody), ASCII, no spaces
``authEtAl``              ``auth``; both names for two creators; ``auth`` + ``EtAl`` for more
``authors`` / ``authors(n)``  family names of all / the first n creators, + ``EtAl`` if cut
``year``                  the year of publication (empty when unknown)
``shorttitle(n,m)``       the first n significant title words (stopwords and bare numbers
                          skipped), the first m of them capitalised, the rest lower case
``veryshorttitle``        ``shorttitle(1,0)``
``title``                 every significant title word, capitalised
``"text"``, ``'text'``    the text itself
``.lower`` ``.upper``     filters: case; ``.capitalize``: first letter upper case;
``.substring(s,n)``       n characters from position s (1-based)
========================  ===================================================================

Titles fall back to the container title. A key never comes out empty or as a bare number: such a
key gets ``anon`` in front (``anon1977theses``). A bad formula raises :class:`KeyFormatError`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterable

from .errors import NotecitError
from .records import Record, plain_text, year_of

#: The key formula used unless the user names another (``--key-format``).
DEFAULT_FORMAT = "auth.lower + year + shorttitle(1,0)"
#: Words skipped when choosing the title word of a key (articles, short prepositions).
STOPWORDS = frozenset(
    """a an the of on in at to for and or with from by as is
    le la les l un une des du de d et en au aux
    der die das den dem des ein eine einer und im zum zur von
    el los las lo un una y del al
    il lo gli i uno dei della di e""".split()
)

NAME_ORDER = ("author", "editor", "translator", "container-author", "collection-editor", "director")


_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def ascii_fold(text: str) -> str:
    """Lower-case ASCII letters and digits only (``Łódź`` → ``lodz``)."""
    if isinstance(text, str) and text.isascii():  # the common case, and the same result as below
        lowered = text.lower()
        return lowered if lowered.isalnum() else _NOT_ALNUM.sub("", lowered)
    return _ascii_word(text).lower()


class KeyFormatError(NotecitError):
    """A ``--key-format`` formula that cannot be read."""


def creators(record: Record) -> list[str]:
    """ASCII family names (particle included) of the first role in :data:`NAME_ORDER` that has any."""
    for role in NAME_ORDER:
        out = [folded for folded in map(_ascii_name, record.get(role) or []) if folded]
        if out:
            return out
    return []


def first_creator(record: Record) -> str:
    """The first of :func:`creators` (folding no name after it), or ''."""
    for role in NAME_ORDER:
        for name in record.get(role) or []:
            folded = _ascii_name(name)
            if folded:
                return folded
    return ""


def _ascii_name(name: object) -> str:
    """A name's family name (particle included) as ASCII letters and digits; '' for no name."""
    if not isinstance(name, dict):
        return ""
    family = str(name.get("family") or name.get("literal") or "")
    particle = str(name.get("non-dropping-particle") or "")
    return _ascii_word(f"{particle} {family}" if particle else family)


def first_family(record: Record) -> str:
    """The folded family name (or literal) of the first creator in :data:`NAME_ORDER`, or ''."""
    name = first_creator(record)
    return ascii_fold(name) if name else ""


def title_words(record: Record, limit: int | None = None) -> list[str]:
    """The significant words of the title (else container title), ASCII, case kept; only the first ``limit``
    of them when given (the words after them are not folded)."""
    title = plain_text(record.get("title") or record.get("container-title") or "")
    words: list[str] = []
    for word in _TITLE_WORD_BREAK.split(title):
        if len(words) == limit:
            break
        folded = _ascii_word(word)
        if folded and folded.lower() not in STOPWORDS and not folded.isdigit():  # folded.lower() is its ascii_fold
            words.append(folded)
    return words


_TITLE_WORD_BREAK = re.compile(r"[\s\-–—/:;,.!?'’\"“”‘()\[\]]+")


def title_word(record: Record) -> str:
    """The first significant title word, folded to lower-case ASCII."""
    words = title_words(record, 1)
    return ascii_fold(words[0]) if words else ""


def _ascii_word(text: str) -> str:
    """``text`` as ASCII letters and digits, case kept (``Łódź`` → ``Lodz``)."""
    text = str(text)
    if text.isascii():  # the common case: nothing to fold (and, letters and digits alone, nothing to cut)
        return text if text.isalnum() else _NOT_ASCII_ALNUM.sub("", text)
    special = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe",
               "Œ": "Oe", "đ": "d", "Đ": "D", "ı": "i"}
    text = "".join(special.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return _NOT_ASCII_ALNUM.sub("", decomposed.encode("ascii", "ignore").decode())


_NOT_ASCII_ALNUM = re.compile(r"[^A-Za-z0-9]")


# ---------------------------------------------------------------- the formula


def _auth(record: Record) -> str:
    return first_creator(record) or "anon"


def _auth_et_al(record: Record) -> str:
    names = creators(record)
    if not names:
        return "anon"
    return "".join(names) if len(names) <= 2 else names[0] + "EtAl"


def _authors(record: Record, n: int | None = None) -> str:
    names = creators(record)
    if not names:
        return "anon"
    if n is None or len(names) <= n:
        return "".join(names)
    return "".join(names[:n]) + "EtAl"


def _year(record: Record) -> str:
    year = year_of(record)
    return str(year) if year is not None else ""


def _shorttitle(record: Record, n: int = 3, m: int = 0) -> str:
    words = title_words(record, n)[:n]
    return "".join(w[:1].upper() + w[1:].lower() if i < m else w.lower() for i, w in enumerate(words))


def _title(record: Record) -> str:
    return "".join(w[:1].upper() + w[1:] for w in title_words(record))


#: Piece name → (function of the record and integer arguments, allowed argument counts).
PIECES: dict[str, tuple[Callable[..., str], tuple[int, ...]]] = {
    "auth": (_auth, (0,)),
    "authEtAl": (_auth_et_al, (0,)),
    "authors": (_authors, (0, 1)),
    "year": (_year, (0,)),
    "shorttitle": (_shorttitle, (0, 1, 2)),
    "veryshorttitle": (lambda r: _shorttitle(r, 1, 0), (0,)),
    "title": (_title, (0,)),
}

#: Filter name → (function of the text and integer arguments, allowed argument counts).
FILTERS: dict[str, tuple[Callable[..., str], tuple[int, ...]]] = {
    "lower": (str.lower, (0,)),
    "upper": (str.upper, (0,)),
    "capitalize": (lambda t: t[:1].upper() + t[1:], (0,)),
    "substring": (lambda t, start=1, n=None: t[start - 1:] if n is None else t[start - 1:start - 1 + n], (1, 2)),
}

_CALL = re.compile(r"\s*([A-Za-z]+)(?:\(([^)]*)\))?")
_LITERAL = re.compile(r"\s*(?:\"([^\"]*)\"|'([^']*)')")


@dataclass(frozen=True)
class KeyFormat:
    """A parsed key formula: call it on a record to get that record's key (before disambiguation)."""

    text: str
    pieces: tuple[tuple[str | None, str, tuple[int, ...], tuple[tuple[str, tuple[int, ...]], ...]], ...]

    @classmethod
    def parse(cls, text: str) -> "KeyFormat":
        """Read ``text`` (see the module doc); KeyFormatError naming the bad part."""
        pieces = []
        for part in text.split("+"):
            if not part.strip():
                raise KeyFormatError(f"key format {text!r}: an empty piece between '+' signs")
            literal = _LITERAL.fullmatch(part.rstrip())
            if literal:
                pieces.append((None, literal.group(1) if literal.group(1) is not None else literal.group(2), (), ()))
                continue
            calls, position = [], 0
            while position < len(part.rstrip()):
                if calls:
                    if part[position] != ".":
                        raise KeyFormatError(f"key format {text!r}: cannot read {part[position:].strip()!r}")
                    position += 1
                match = _CALL.match(part, position)
                if not match:
                    raise KeyFormatError(f"key format {text!r}: cannot read {part[position:].strip()!r}")
                calls.append((match.group(1), _arguments(text, match.group(2))))
                position = match.end()
            (name, args), filters = calls[0], calls[1:]
            _check(text, name, args, PIECES, "piece")
            for filter_name, filter_args in filters:
                _check(text, filter_name, filter_args, FILTERS, "filter")
            pieces.append(("piece", name, args, tuple(filters)))
        return cls(text, tuple(pieces))

    def __call__(self, record: Record) -> str:
        out = []
        for kind, name, args, filters in self.pieces:
            if kind is None:
                out.append(re.sub(r"[^A-Za-z0-9_:.\-]", "", name))
                continue
            value = PIECES[name][0](record, *args)
            for filter_name, filter_args in filters:
                value = FILTERS[filter_name][0](value, *filter_args)
            out.append(value)
        key = "".join(out)
        return key if key and not key.isdigit() else "anon" + key


def _arguments(text: str, raw: str | None) -> tuple[int, ...]:
    if raw is None or not raw.strip():
        return ()
    try:
        return tuple(int(a) for a in raw.split(","))
    except ValueError:
        raise KeyFormatError(f"key format {text!r}: arguments must be whole numbers, got ({raw})") from None


def _check(text: str, name: str, args: tuple[int, ...], table: dict, what: str) -> None:
    if name not in table:
        raise KeyFormatError(f"key format {text!r}: unknown {what} {name!r} (known: {', '.join(table)})")
    if len(args) not in table[name][1]:
        raise KeyFormatError(f"key format {text!r}: {name} takes {' or '.join(map(str, table[name][1]))} argument(s)")


DEFAULT = KeyFormat.parse(DEFAULT_FORMAT)


def base_key(record: Record, key_format: KeyFormat = DEFAULT) -> str:
    """The key of ``record`` before disambiguation."""
    return key_format(record)


_VALID_KEY = re.compile(r"\w[\w:.\-+/]*")


def is_valid_key(key: object) -> bool:
    """True for a key BibTeX (biber) and pandoc accept unquoted (letters may be non-ASCII)."""
    return isinstance(key, str) and _VALID_KEY.fullmatch(key) is not None


def assign_keys(records: Iterable[Record], key_format: KeyFormat = DEFAULT) -> None:
    """Give every record without a usable, unique ``id`` a fresh key from ``key_format``, in place.

    Existing valid ids are kept (first come first kept); new keys avoid all kept ids.
    """
    records = list(records)
    taken: set[str] = set()
    needing: list[Record] = []
    for record in records:
        key = record.get("id")
        if is_valid_key(key) and key not in taken:
            taken.add(key)
        else:
            needing.append(record)
    tried: dict[str, int] = {}
    for record in needing:
        record["id"] = disambiguate(base_key(record, key_format), taken, tried)
        taken.add(record["id"])


def disambiguate(key: str, taken: set[str], tried: dict[str, int] | None = None) -> str:
    """``key`` itself if free, else ``key`` + ``a``, ``b``, … ``z``, ``aa``, …

    ``tried`` (kept by the caller across calls with a ``taken`` that only grows) remembers how
    many suffixes of each key were found taken, so the hundredth record of one key does not
    try the ninety-nine suffixes before it again."""
    if key not in taken:
        return key
    n = tried.get(key, 0) if tried is not None else 0
    while True:
        suffix, m = "", n
        while True:
            suffix = chr(ord("a") + m % 26) + suffix
            m = m // 26 - 1
            if m < 0:
                break
        if key + suffix not in taken:
            if tried is not None:
                tried[key] = n + 1
            return key + suffix
        n += 1
