"""Token features for the tagger: one small function per observation, composed as plain lists.

``WORD_FEATURES`` are functions ``f(word) -> list[str]`` that look at one token's text only (their
results are cached per distinct word). ``CONTEXT_FEATURES`` are functions
``f(context, i) -> list[str]`` that look at the token's place in the note (position, quotes,
brackets, italics, neighbours). :func:`extract` applies both lists in order.

:func:`observation_columns` gives the same observations as :class:`Column` s: per token a key
(its text, its neighbour's text, its tuple of flag states) and what the key observes, so the
tagger sums each key's weights once, not each token's. Each context feature here is computed
once per note (:func:`_column`); a feature added without a column is called token by token.
Most are flags (:class:`_Flag`: each token in one of a few states, each state a fixed tuple of
observations); a run of consecutive flags is read as one column.

Columns and caches hold observations as UTF-8 bytes, the form the model file names attributes
in (and pycrfsuite hands to CRFsuite when training); the feature functions above them decode,
so what they return reads as text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import partial
from itertools import accumulate
from operator import add, attrgetter, ne
from typing import Any, Callable, Hashable, Iterable, NamedTuple, Sequence

from .dictionaries import fold, load
from .model import Cache, Token

_ROMAN = re.compile(r"^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_YEAR = re.compile(r"^(1[4-9]\d\d|20[0-4]\d)[a-z]?$")
_OPEN_QUOTES = "“‘«„‚\""
_CLOSE_QUOTES = "”’»\""


# --- word features: f(word) -> observations ------------------------------------------------

def word_lower(word: str) -> list[str]:
    """The word itself, lower-cased (rare words are pruned by the trainer's minimum frequency)."""
    return ["w=" + word.lower()]


def word_shape(word: str) -> list[str]:
    """The word's shape with runs collapsed: ``Serge`` → ``Xx``, ``1987`` → ``d``, ``M.`` → ``X.``."""
    shape = []
    for char in word[:12]:
        if char.isupper():
            kind = "X"
        elif char.islower():
            kind = "x"
        elif char.isdigit():
            kind = "d"
        else:
            kind = char
        if not shape or shape[-1] != kind:
            shape.append(kind)
    return ["shape=" + "".join(shape)]


def capitalisation(word: str) -> list[str]:
    """Whether the word is all caps, capitalised, lower case, mixed or has no letters."""
    if not any(c.isalpha() for c in word):
        return ["caps=none"]
    if word.isupper():
        return ["caps=upper" if len(word) > 1 else "caps=initial"]
    if word[0].isupper():
        return ["caps=title"]
    if word.islower():
        return ["caps=lower"]
    return ["caps=mixed"]


def punctuation(word: str) -> list[str]:
    """For a one-character non-word token, its class (comma, period, colon, quote, bracket…)."""
    if len(word) != 1 or word.isalnum():
        return []
    classes = {",": "comma", ".": "period", ";": "semicolon", ":": "colon", "(": "open", "[": "open",
               ")": "close", "]": "close", "-": "dash", "–": "dash", "—": "dash", "&": "amp",
               "/": "slash", "?": "question", "!": "bang"}
    if word in classes:
        return ["punct=" + classes[word]]
    if word in _OPEN_QUOTES or word in _CLOSE_QUOTES:
        return ["punct=quote"]
    return ["punct=other"]


def affixes(word: str) -> list[str]:
    """Prefixes and suffixes of one to three characters of a word of at least four characters."""
    if len(word) < 4 or not word.isalpha():
        return []
    low = word.lower()
    return ["p1=" + low[:1], "p3=" + low[:3], "s2=" + low[-2:], "s3=" + low[-3:]]


def digits(word: str) -> list[str]:
    """Digit content: pure number with its length, year-like, number with letters (``276n``)."""
    if word.isdigit():
        out = ["num=%d" % min(len(word), 5)]
        if _YEAR.match(word):
            out.append("year")
        return out
    if any(c.isdigit() for c in word):
        return ["year" if _YEAR.match(word) else "alnum"]
    return []


def roman_numeral(word: str) -> list[str]:
    """A valid Roman numeral (``xiv``, ``IV``); single ``I`` counts only as a capital."""
    low = word.lower()
    if low and _ROMAN.match(low) and low not in ("i", "c", "d", "l", "m", "mix", "dim", "mid", "lid"):
        return ["roman"]
    return []


def length(word: str) -> list[str]:
    """The word's length, bucketed (1, 2, 3, 4-6, 7+)."""
    n = len(word)
    return ["len=" + ("1" if n == 1 else "2" if n == 2 else "3" if n == 3 else "4-6" if n < 7 else "7+")]


def _dictionary_feature(name: str) -> Callable[[str], list[str]]:
    """A word feature reporting membership of the folded word in dictionary ``name``."""

    def feature(word: str) -> list[str]:
        return ["dict=" + name] if fold(word) in load(name) else []

    feature.__name__ = "in_" + name
    feature.__doc__ = f"Membership of the word in the ``{name}`` dictionary."
    return feature


in_given_names = _dictionary_feature("given_names")
in_publishers = _dictionary_feature("publishers")
in_places = _dictionary_feature("places")
in_months = _dictionary_feature("months")
in_locator_words = _dictionary_feature("locator_words")
in_role_words = _dictionary_feature("role_words")
in_particles = _dictionary_feature("particles")
in_stopwords = _dictionary_feature("stopwords")
in_genre_words = _dictionary_feature("genre_words")
in_ibid = _dictionary_feature("ibid")
in_verbs = _dictionary_feature("verbs")

WORD_FEATURES: list[Callable[[str], list[str]]] = [
    word_lower, word_shape, capitalisation, punctuation, affixes, digits, roman_numeral, length,
    in_given_names, in_publishers, in_places, in_months, in_locator_words, in_role_words,
    in_particles, in_stopwords, in_genre_words, in_ibid, in_verbs,
]


# --- context features: f(context, i) -> observations ----------------------------------------

@dataclass
class Context:
    """What context features may look at: the note, its tokens and which tokens are italic
    (a token's own word features are :func:`word_features` of its text)."""

    text: str
    tokens: Sequence[Token]
    italic: list[bool]


class Column(NamedTuple):
    """One part of every token's observations: per token a key, and ``observe(key)`` the part's
    observations as UTF-8 bytes. What a key observes depends on the key alone, so a reader may
    keep it per (``name``, key). A column with a ``shift`` reads the key ``shift`` places away
    (token ``i`` observes ``keys[i + shift]``: a neighbour's word), and ``edge`` past the note's ends;
    columns reading the same key list (the words) may look each key up once for all of them."""

    name: str
    keys: Sequence[Hashable]
    observe: Callable[[Any], tuple[bytes, ...]]
    shift: int = 0
    edge: tuple[bytes, ...] = ()


def shifted(values: Sequence[Any], shift: int, edge: Any) -> list[Any]:
    """``values`` read ``shift`` places away: item ``i`` is ``values[i + shift]``, or ``edge`` past either end."""
    n = len(values)
    if shift < 0:
        return [edge] * min(-shift, n) + list(values[:max(n + shift, 0)])
    return list(values[shift:]) + [edge] * min(shift, n)


def column_observations(column: Column) -> list[tuple[bytes, ...]]:
    """Each token's observations in ``column``."""
    return shifted(list(map(column.observe, column.keys)), column.shift, column.edge)


def _column(ctx: Context, compute: Callable[[Context], list]) -> list:
    """``compute(ctx)``, computed once per context: per token, the observations (as bytes) of one
    context feature, or the states of one flag feature."""
    columns = ctx.__dict__.setdefault("_columns", {})
    column = columns.get(compute)
    if column is None:
        column = columns[compute] = compute(ctx)
    return column


def _decoded(codes: tuple[bytes, ...]) -> list[str]:
    """Observations held as bytes, as text."""
    return [code.decode() for code in codes]


def _encoded(observed: Iterable[str]) -> tuple[bytes, ...]:
    """Observations as the bytes the columns and caches hold."""
    return tuple(obs.encode() for obs in observed)


# Most context features are *flags*: a token's observations are one of a few fixed tuples, picked
# by the token's state (a small int or bool) in that feature's per-note list of states.

@dataclass(frozen=True)
class _Flag:
    """How a flag feature reads a note: ``states(ctx)`` gives each token a state (computed once per
    context), and the token's observations are ``table[state]``."""

    states: Callable[[Context], Sequence[int]]
    table: tuple[tuple[bytes, ...], ...]


def _flag_observations(ctx: Context, feature: Callable[[Context, int], list[str]], i: int) -> list[str]:
    """The observations of flag feature ``feature`` on token ``i``, as text."""
    flag = _FLAGS[feature]
    return _decoded(flag.table[_column(ctx, flag.states)[i]])


#: Position observations, by state fifth + 5 * first + 10 * last.
_POSITIONS = tuple((b"pos=%d" % fifth,) + first + last
                   for last in ((), (b"last",)) for first in ((), (b"first",)) for fifth in range(5))


def _position_states(ctx: Context) -> list[int]:
    """Per token, its fifth of the note (``5 * i // n``), plus 5 on the first and 10 on the last token."""
    n = len(ctx.tokens)
    starts = [-(-fifth * n // 5) for fifth in range(6)]  # the first index of each fifth
    out: list[int] = []
    for fifth in range(5):
        out += [fifth] * (starts[fifth + 1] - starts[fifth])
    if n:
        out[0] += 5
        out[-1] += 10
    return out


def position(ctx: Context, i: int) -> list[str]:
    """Where the token lies in the note: first, last, and which fifth of the tokens."""
    return _flag_observations(ctx, position, i)


_GLUED = ((), (b"glued_right",), (b"glued_left",), (b"glued_left", b"glued_right"))


#: _GLUED's index for (space before the token, space after it).
_GLUED_BY_GAPS = {(True, True): 0, (True, False): 1, (False, True): 2, (False, False): 3}


def _gaps(ctx: Context) -> list[bool]:
    """Per token, whether text lies between it and the token before (True for the first): the
    whitespace that separates them, as the tokens cover every other character (computed once per
    context)."""
    cached = getattr(ctx, "_gap_flags", None)
    if cached is None:
        tokens = ctx.tokens
        cached = [True] + list(map(ne, map(_END, tokens), map(_START, tokens[1:]))) if tokens else []
        ctx._gap_flags = cached  # type: ignore[attr-defined]
    return cached


_START, _END = attrgetter("start"), attrgetter("end")


def _spacing_states(ctx: Context) -> list[int]:
    """Per token, its index in :data:`_GLUED`."""
    gaps = _gaps(ctx)
    return list(map(_GLUED_BY_GAPS.__getitem__, zip(gaps, gaps[1:] + [True])))


def spacing(ctx: Context, i: int) -> list[str]:
    """Whether whitespace separates the token from the previous and the next token."""
    return _flag_observations(ctx, spacing, i)


_IN_QUOTES = ((), (b"in_quotes",))


def quote_state(ctx: Context, i: int) -> list[str]:
    """Whether the token lies inside quotation marks (open/closed state tracked left to right)."""
    return _flag_observations(ctx, quote_state, i)


_IN_PARENS = ((), (b"in_parens",))


def paren_state(ctx: Context, i: int) -> list[str]:
    """Whether the token lies inside round or square brackets."""
    return _flag_observations(ctx, paren_state, i)


_ITALIC = ((), (b"italic",))


def _italic_states(ctx: Context) -> list[bool]:
    """Per token, whether it is italic."""
    return ctx.italic


def italic_hint(ctx: Context, i: int) -> list[str]:
    """Whether the token lies inside a span the reader reported as italic."""
    return _flag_observations(ctx, italic_hint, i)


def _sentence_start_states(ctx: Context) -> list[int]:
    """Per token, 1 on the first token and on the token after each ``.``, ``?`` or ``!`` that does
    not follow a one-letter token, else 0."""
    texts = _texts(ctx)
    n = len(texts)
    out = [0] * n
    if n:
        out[0] = 1
    for mark in ".?!":
        if mark in ctx.text:
            i = -1
            try:
                while True:
                    i = texts.index(mark, i + 1)
                    if i + 1 < n and (i < 1 or len(texts[i - 1]) > 1):
                        out[i + 1] = 1
            except ValueError:
                pass
    return out


_SENT_START = ((), (b"sent_start",))


def sentence_start(ctx: Context, i: int) -> list[str]:
    """Whether the token follows a sentence end (``.``, ``?``, ``!``) or starts the note."""
    return _flag_observations(ctx, sentence_start, i)


#: Sentence shape observations, by state size + 4 * share + 12 * verb (see :func:`_shape_state`).
_SHAPES = tuple((b"sent_len=" + size, b"sent_lower=" + share) + verb
                for verb in ((), (b"sent_verb",)) for share in (b"lo", b"mid", b"hi") for size in (b"s", b"m", b"l", b"xl"))


def _shape_state(stats: tuple[int, int, int]) -> int:
    """The :data:`_SHAPES` index of a sentence of (words, lower-case words, verbs outside quotes):
    its length in words bucketed (size), its share of lower-case words bucketed, whether it has a verb."""
    n_words, n_lower, n_verbs = stats
    size = 0 if n_words < 8 else 1 if n_words < 16 else 2 if n_words < 30 else 3
    share = n_lower / n_words if n_words else 0.0
    return size + 4 * (0 if share < 0.3 else 1 if share < 0.6 else 2) + 12 * (n_verbs > 0)


_SHAPE_STATES = Cache(_shape_state, 100_000)


def _sentence_shape_states(ctx: Context) -> list[int]:
    """Per token, the :data:`_SHAPES` index of its sentence."""
    out: list[int] = []
    for n, stats in _sentences(ctx):
        out += [_SHAPE_STATES[stats]] * n
    return out


def sentence_shape(ctx: Context, i: int) -> list[str]:
    """The token's sentence: length in words and share of lower-case words (bucketed), and whether
    a finite verb (``verbs`` dictionary) occurs in it outside quotation marks."""
    return _flag_observations(ctx, sentence_shape, i)


#: Chunk observations, by state ibid + 2 * locator word.
_CHUNKS = ((), (b"chunk=ibid",), (b"chunk=locword",), (b"chunk=ibid", b"chunk=locword"))


def _chunk_states(ctx: Context) -> list[int]:
    """Per token, the :data:`_CHUNKS` index of its chunk (see :func:`_chunks`)."""
    if "doi:" not in ctx.text:
        # No token holds a space (only a "doi: 10.…" token can), so the chunks are the text's
        # whitespace-delimited runs in order, and a token after a gap starts the next one.
        chunks = ctx.text.split()
        states = [0] + list(map(_CHUNK_STATES.__getitem__, chunks))
        return list(map(states.__getitem__, accumulate(_gaps(ctx))))
    out: list[int] = []
    for start, end, chunk in _chunks(ctx):
        out += [_CHUNK_STATES[chunk]] * (end - start)
    return out


def _chunk_column(ctx: Context) -> list[tuple[bytes, ...]]:
    """Per token, the observations of its chunk."""
    return list(map(_CHUNKS.__getitem__, _chunk_states(ctx)))


def chunk_markers(ctx: Context, i: int) -> list[str]:
    """Whether the token's whitespace-delimited chunk (``a.a.O.``, ``op.``) is ibid-like or a locator word."""
    return _flag_observations(ctx, chunk_markers, i)


def _chunk_observations(chunk: str) -> tuple[bytes, ...]:
    """The chunk observations of one whitespace-delimited chunk (cached)."""
    return _CHUNKS[_CHUNK_STATES[chunk]]


def _chunk_state(chunk: str) -> int:
    """The :data:`_CHUNKS` index of one whitespace-delimited chunk."""
    folded = fold(chunk).strip(",;:()[]")
    ibid = load("ibid")
    in_ibid = folded in ibid or folded.rstrip(".") in ibid
    locator_word = folded.rstrip(".") in load("locator_words") and folded.endswith(".")
    return in_ibid + 2 * locator_word


_CHUNK_STATES = Cache(_chunk_state, 100_000)


def _chunks(ctx: Context) -> list[tuple[int, int, str]]:
    """The whitespace-delimited chunks of the note as (first token, last token + 1, chunk text).

    The tokens cover every non-space character, so a run of tokens glued to each other is one
    chunk; a token holding a space (``doi: 10.…``) spans two, and its chunk joins them while the
    tokens glued to it keep their own.
    """
    tokens, text = ctx.tokens, ctx.text
    out = []
    first = 0
    for i in range(1, len(tokens) + 1):
        if i == len(tokens) or tokens[i - 1].end != tokens[i].start:
            start = tokens[first].start
            chunk = text[start:tokens[i - 1].end]
            if len(chunk.split()) == 1:
                out.append((first, i, chunk))
            else:
                runs = [(start + m.start(), start + m.end()) for m in _NON_SPACE.finditer(chunk)]
                starts = [s for s, _ in runs]
                for k in range(first, i):
                    span = (runs[bisect_right(starts, tokens[k].start) - 1][0], runs[bisect_right(starts, tokens[k].end - 1) - 1][1])
                    out.append((k, k + 1, text[span[0]:span[1]]))
            first = i
    return out


_NON_SPACE = re.compile(r"\S+")


_OFFSETS = (-2, -1, 1, 2)
_EDGES = tuple((b"%+d:edge" % off,) for off in _OFFSETS)
_AROUND_NAMES = tuple("around%+d" % off for off in _OFFSETS)


def _neighbour_columns(ctx: Context) -> list[Column]:
    """What the tokens at each of :data:`_OFFSETS` contribute to each token: one column per offset,
    reading the tokens' texts (:func:`_texts`, the words column's keys) that offset away."""
    texts = _texts(ctx)
    return [Column(_AROUND_NAMES[k], texts, _AROUND_AT[k], off, _EDGES[k]) for k, off in enumerate(_OFFSETS)]


def _around(word: str) -> tuple[tuple[bytes, ...], ...]:
    """What ``word`` contributes to the tokens at each of :data:`_OFFSETS` from it."""
    return tuple(_encoded(_neighbour_observations(word, off)) for off in _OFFSETS)


_AROUND = Cache(_around, 100_000)  # word -> what it contributes at each of _OFFSETS


def _contribution_at(k: int) -> Callable[[str], tuple[bytes, ...]]:
    """What a word contributes to the token at ``_OFFSETS[k]`` from it."""
    return lambda word: _AROUND[word][k]


_AROUND_AT = [_contribution_at(k) for k in range(len(_OFFSETS))]


def neighbours(ctx: Context, i: int) -> list[str]:
    """The lower-cased words and shapes of the tokens one and two places away."""
    return _decoded(sum((column_observations(column)[i] for column in _column(ctx, _neighbour_columns)), ()))


_NEIGHBOUR_CACHE: dict[tuple[str, int], tuple[str, ...]] = {}


def _neighbour_observations(word: str, off: int) -> tuple[str, ...]:
    """What a token at offset ``off`` contributes: its word, and for adjacent tokens its other
    non-affix word features, each prefixed with the offset (cached)."""
    key = (word, off)
    cached = _NEIGHBOUR_CACHE.get(key)
    if cached is None:
        feats = word_features(word)
        out = ["%+d:%s" % (off, feats[0])]
        if abs(off) == 1:
            out.extend("%+d:%s" % (off, f) for f in feats[1:] if not f.startswith(("p1=", "p3=", "s2=", "s3=", "len=")))
        cached = tuple(out)
        if len(_NEIGHBOUR_CACHE) < 400_000:
            _NEIGHBOUR_CACHE[key] = cached
    return cached


CONTEXT_FEATURES: list[Callable[[Context, int], list[str]]] = [
    position, spacing, quote_state, paren_state, italic_hint, sentence_start, sentence_shape, chunk_markers,
    neighbours,
]


# --- composition ------------------------------------------------------------------------

_WORD_CACHE: dict[str, tuple[str, ...]] = {}


def word_features(word: str) -> tuple[str, ...]:
    """All :data:`WORD_FEATURES` of ``word``, in list order (cached per distinct word)."""
    cached = _WORD_CACHE.get(word)
    if cached is None:
        cached = tuple(obs for feature in WORD_FEATURES for obs in feature(word))
        if len(_WORD_CACHE) < 200_000:
            _WORD_CACHE[word] = cached
    return cached


#: word -> :func:`word_features` of it as UTF-8 bytes
_CODES_CACHE = Cache(lambda word: _encoded(word_features(word)), 200_000)


def _italic_flags(tokens: Sequence[Token], italic_spans: Sequence[tuple[int, int]]) -> list[bool]:
    """For each token, whether it overlaps one of the [start, end) italic spans."""
    if not italic_spans:
        return [False] * len(tokens)
    return [any(s < t.end and t.start < e for s, e in italic_spans) for t in tokens]


def _mark_indices(ctx: Context, marks: str) -> list[int]:
    """The indices, in order, of the tokens that are one of the characters ``marks``."""
    texts = _texts(ctx)
    found: list[int] = []
    for mark in marks:
        if mark in ctx.text:
            i = -1
            try:
                while True:
                    i = texts.index(mark, i + 1)
                    found.append(i)
            except ValueError:
                pass
    found.sort()
    return found


_QUOTE_MARKS = "".join(dict.fromkeys(_OPEN_QUOTES + _CLOSE_QUOTES))
_AN_OPEN_QUOTE = re.compile("[" + re.escape(_OPEN_QUOTES) + "]")


def _quote_states(ctx: Context) -> list[bool]:
    """Per token, inside quotation marks (computed once per context). The state changes only at
    quotation mark tokens, so only they are read; the tokens between take the state before them."""
    cached = getattr(ctx, "_quotes", None)
    if cached is not None:
        return cached
    tokens = ctx.tokens
    n = len(tokens)
    states = ctx._quotes = [False] * n  # type: ignore[attr-defined]
    if not _AN_OPEN_QUOTE.search(ctx.text):  # nothing opens a quotation
        return states
    texts = _texts(ctx)
    inside, after = False, 0  # whether tokens[after:] lie inside, up to the next mark
    for i in _mark_indices(ctx, _QUOTE_MARKS):
        if inside:
            states[after:i] = [True] * (i - after)
        t = texts[i]
        if t in _OPEN_QUOTES and not inside and (t != "‘" or i + 1 < n):
            inside = t not in "’"
        elif t in _CLOSE_QUOTES and inside and (t in "”»\"" or tokens[i - 1].end == tokens[i].start):
            inside = False
        else:
            states[i] = inside
        after = i + 1
    if inside:
        states[after:] = [True] * (n - after)
    return states


_TEXT = attrgetter("text")


def _texts(ctx: Context) -> list[str]:
    """The tokens' texts (computed once per context)."""
    cached = getattr(ctx, "_token_texts", None)
    if cached is None:
        cached = ctx._token_texts = list(map(_TEXT, ctx.tokens))  # type: ignore[attr-defined]
    return cached


def _sentences(ctx: Context) -> list[tuple[int, tuple[int, int, int]]]:
    """The note's sentences in order as (tokens, (words, lower-case words, verbs outside quotes)); a
    sentence ends at ``. ? ! ;`` after a number or a word longer than one letter (computed once per context)."""
    cached = getattr(ctx, "_sentences", None)
    if cached is not None:
        return cached
    texts = _texts(ctx)
    sentences: list[tuple[int, tuple[int, int, int]]] = []
    start, words, lower, verbs = 0, 0, 0, 0
    quoted = _quote_states(ctx)
    verb_words = load("verbs")
    prev = ""
    for i, t in enumerate(texts):
        first = t[0]
        if first.isalpha():
            words += 1
            if first.islower():
                lower += 1
                if t in verb_words and not quoted[i]:
                    verbs += 1
        elif t in ".?!;" and i > 0 and (len(prev) > 1 or prev.isdigit()):
            sentences.append((i + 1 - start, (words, lower, verbs)))
            start, words, lower, verbs = i + 1, 0, 0, 0
        prev = t
    if start < len(texts):
        sentences.append((len(texts) - start, (words, lower, verbs)))
    ctx._sentences = sentences  # type: ignore[attr-defined]
    return sentences


def _paren_states(ctx: Context) -> list[bool]:
    """Per token, inside brackets (computed once per context). The depth changes only at bracket
    tokens, so only they are read; the tokens between take the depth before them."""
    cached = getattr(ctx, "_parens", None)
    if cached is not None:
        return cached
    n = len(ctx.tokens)
    states = ctx._parens = [False] * n  # type: ignore[attr-defined]
    if "(" not in ctx.text and "[" not in ctx.text:  # nothing opens a bracket
        return states
    texts = _texts(ctx)
    depth, after = 0, 0  # the depth of tokens[after:], up to the next bracket
    for i in _mark_indices(ctx, "([)]"):
        if depth:
            states[after:i] = [True] * (i - after)
        depth = depth + 1 if texts[i] in "([" else max(0, depth - 1)
        after = i + 1
    if depth:
        states[after:] = [True] * (n - after)
    return states


#: How each flag feature of this module reads a note (see :class:`_Flag`).
_FLAGS: dict[Callable[[Context, int], list[str]], _Flag] = {
    position: _Flag(_position_states, _POSITIONS), spacing: _Flag(_spacing_states, _GLUED),
    quote_state: _Flag(_quote_states, _IN_QUOTES), paren_state: _Flag(_paren_states, _IN_PARENS),
    italic_hint: _Flag(_italic_states, _ITALIC), sentence_start: _Flag(_sentence_start_states, _SENT_START),
    sentence_shape: _Flag(_sentence_shape_states, _SHAPES), chunk_markers: _Flag(_chunk_states, _CHUNKS),
}
#: The per-note columns behind each other context feature of this module.
_COLUMNS: dict[Callable[[Context, int], list[str]], Callable[[Context], list[Column]]] = {
    neighbours: _neighbour_columns,
}


def _flags_column(ctx: Context, run: tuple[Callable[[Context, int], list[str]], ...]) -> Column:
    """The observations of the flag features ``run`` concatenated in order, keyed by the token's
    tuple of states (observed through a table of their concatenations, filled as states occur)."""
    entry = _RUN_TABLES.get(run)
    if entry is None:
        name = "flags:" + ",".join(feature.__name__ for feature in run)
        entry = _RUN_TABLES[run] = (name, Cache(partial(_concatenated, run), 200_000))
    name, table = entry
    keys = list(zip(*[_column(ctx, _FLAGS[feature].states) for feature in run]))
    return Column(name, keys, table.__getitem__)


#: per run of flag features, its column's name and table
_RUN_TABLES: dict[tuple[Callable[[Context, int], list[str]], ...], tuple[str, Cache]] = {}


def _concatenated(run: tuple[Callable[[Context, int], list[str]], ...], states: tuple[int, ...]) -> tuple[bytes, ...]:
    """The observations of the flag features ``run`` in ``states``, concatenated in order."""
    return sum((_FLAGS[feature].table[state] for feature, state in zip(run, states)), ())


def observation_columns(text: str, tokens: Sequence[Token], italic_spans: Sequence[tuple[int, int]] = ()) -> list[Column]:
    """The observations of every token of ``text`` as columns (word features, then context features,
    in :func:`extract`'s order): a token's observations are its key's in each column, concatenated."""
    ctx = Context(text, tokens, _italic_flags(tokens, italic_spans))
    columns = [Column("words", _texts(ctx), _CODES_CACHE.__getitem__)]
    run: list[Callable[[Context, int], list[str]]] = []  # consecutive flag features, read as one column
    for feature in CONTEXT_FEATURES + [None]:  # type: ignore[list-item]
        if feature in _FLAGS:
            run.append(feature)
            continue
        if run:
            columns.append(_flags_column(ctx, tuple(run)))
            run = []
        if feature in _COLUMNS:
            columns += _column(ctx, _COLUMNS[feature])
        elif feature is not None:
            columns.append(Column(feature.__name__, [_encoded(feature(ctx, i)) for i in range(len(tokens))], _itself))
    return columns


def _itself(observed: tuple[bytes, ...]) -> tuple[bytes, ...]:
    """A column keyed by its observations observes its key."""
    return observed


def observations(text: str, tokens: Sequence[Token], italic_spans: Sequence[tuple[int, int]] = ()) -> list[tuple[bytes, ...]]:
    """The observations of every token of ``text`` as tuples of UTF-8 bytes, in :func:`extract`'s
    order: what the trainer hands CRFsuite."""
    parts = [column_observations(column) for column in observation_columns(text, tokens, italic_spans)]
    observed = parts[0]
    for part in parts[1:]:
        observed = map(add, observed, part)
    return list(observed)


def extract(text: str, tokens: Sequence[Token], italic_spans: Sequence[tuple[int, int]] = ()) -> list[list[str]]:
    """The observations of every token of ``text``: word features, then context features."""
    return [_decoded(parts) for parts in observations(text, tokens, italic_spans)]
