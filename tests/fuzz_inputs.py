"""Fuzz inputs shared by the fuzz tests (``tests/**/test_fuzz_*.py``) and the campaign
(``benchmarks/fuzz.py``): seed files, mutators and adversarial notes, all deterministic.

Every generator takes a :class:`random.Random`, so a (seed, index) pair names one input for
good: a crash found by the campaign is replayed with the same pair. Nothing here touches the
network or writes files.
"""
from __future__ import annotations

import io
import json
import os
import random
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NOTECITE_SHARED", REPO.parent / "shared"))
DATA = REPO / "tests" / "data"

#: Seed documents per reader, real files from the repository and the founding example.
DOCUMENT_SEEDS: dict[str, list[Path]] = {
    "text": [SHARED / "examples" / "weissman-1988-victor-serges-world-and-ours.txt",
             *sorted((DATA / "document").glob("*.txt")), DATA / "pipeline" / "kronstadt.txt"],
    "markdown": [DATA / "document" / "essay.md", REPO / "examples" / "hanseatic-salt-trade.md",
                 DATA / "pipeline" / "souvarine.md"],
    "html": [*sorted((DATA / "document").glob("*.html")), REPO / "examples" / "pilgrim-guides.html",
             DATA / "pipeline" / "pannekoek.html"],
    "pdf": sorted((DATA / "document" / "generated").glob("*.pdf")),
}
#: Real packages (made by pandoc and LibreOffice, see scripts/make_document_fixtures.sh) per zip reader.
PACKAGE_SEEDS: dict[str, list[Path]] = {
    "docx": [DATA / "document" / "generated" / "footnote-history.docx"],
    "odt": [DATA / "document" / "generated" / "footnote-history.odt"],
}
#: Seed libraries per format.
LIBRARY_SEEDS: dict[str, list[Path]] = {
    "csl-json": [REPO / "bib" / "weissman-1988.json", DATA / "formats" / "library.json"],
    "biblatex": [REPO / "bib" / "weissman-1988.bib", DATA / "formats" / "handwritten.bib"],
    "ris": [DATA / "formats" / "sample.ris"],
}

#: Fragments that reach corners of the readers and the note parser.
TOKENS = [
    "Ibid.", "ibid., 12.", "Op. cit.", "pp. 57-8", "p. 1989-88", "vol. 2", "(", ")", "[", "]", "{", "}",
    "“", "”", "\"", "'", "’", "—", "–", "-", "&", ";", ":", ",", ".", " ", "\n", "\n\n", "\t", "1", "12",
    "1987", "0", "99999999999", "l987", "Revo1ution", "Comintem", "ed.", "trans.", "eds", "and", "in",
    "See", "Cf.", "Paris:", "London & New York: Writers & Readers,", "*", "_", "#", "<i>", "</i>",
    "<", ">", "&amp;", "\x00", "\x01", "\x0b", "\x1f", "\x7f", "\ufeff", "\u200b", "\u00ad", "é", "İ",
    "ß", "ﬁ", "٣", "²", "\U0001f600", "\ud800", "^1", "[^1]", "[1]", "1.", "Notes", "Footnotes",
]

NAMES = ["Victor Serge", "Leon Trotsky", "Rosa Luxemburg", "Boris Souvarine", "Antonio Gramsci"]
TITLES = ["Memoirs of a Revolutionary", "The Revolution Betrayed", "Destiny of a Revolution",
          "From Lenin to Stalin", "The Case of Comrade Tulayev"]


def read_seeds(paths: list[Path]) -> list[bytes]:
    """The bytes of every seed file that exists (the shared example may be absent)."""
    return [p.read_bytes() for p in paths if p.exists()]


# ---------------------------------------------------------------- byte and text mutators


def mutate_bytes(data: bytes, rng: random.Random, rounds: int | None = None) -> bytes:
    """``data`` after 1–8 random edits: flips, inserts, deletes, duplications, truncation."""
    buf = bytearray(data)
    for _ in range(rounds or rng.randint(1, 8)):
        op = rng.randrange(7)
        pos = rng.randrange(len(buf) + 1)
        if op == 0 and buf:
            buf[min(pos, len(buf) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == 2:
            del buf[pos:pos + rng.randint(1, 64)]
        elif op == 3 and buf:
            start = rng.randrange(len(buf))
            chunk = buf[start:start + rng.randint(1, 256)]
            buf[pos:pos] = chunk * rng.randint(1, 4)
        elif op == 4:
            buf[pos:pos] = rng.choice(TOKENS).encode("utf-8", "surrogatepass")
        elif op == 5:
            del buf[pos:]
        else:
            buf[pos:pos] = rng.choice(TOKENS).encode("utf-8", "surrogatepass") * rng.randint(2, 200)
    return bytes(buf)


def mutate_text(text: str, rng: random.Random) -> str:
    """``text`` after 1–6 edits at character level (never invalid UTF-8 on its own)."""
    chars = list(text)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(5)
        pos = rng.randrange(len(chars) + 1)
        if op == 0:
            chars[pos:pos] = list(rng.choice(TOKENS).replace("\ud800", "\ufffd"))
        elif op == 1:
            del chars[pos:pos + rng.randint(1, 20)]
        elif op == 2 and chars:
            start = rng.randrange(len(chars))
            chars[pos:pos] = chars[start:start + rng.randint(1, 80)] * rng.randint(1, 3)
        elif op == 3:
            chars[pos:pos] = [chr(rng.randrange(0x20)) for _ in range(rng.randint(1, 4))]
        else:
            chars[pos:pos] = [chr(rng.choice([rng.randrange(0x80, 0x800), rng.randrange(0x800, 0xd800),
                                               rng.randrange(0xe000, 0x10ffff)])) for _ in range(rng.randint(1, 4))]
    return "".join(chars)


def random_bytes(rng: random.Random, size: int = 2048) -> bytes:
    """Up to ``size`` random bytes, sometimes printable ASCII only."""
    n = rng.randint(0, size)
    if rng.random() < 0.5:
        return bytes(rng.randrange(256) for _ in range(n))
    return bytes(rng.randrange(9, 127) for _ in range(n))


# ---------------------------------------------------------------- adversarial notes


def adversarial_note(rng: random.Random, notes: list[str], long_size: int = 20_000) -> str:
    """A hostile note: a huge word, a long note, deep brackets, control characters, or a mutated note."""
    kind = rng.randrange(8)
    base = rng.choice(notes) if notes else f"{NAMES[0]}, {TITLES[0]} (London, 1987), 67."
    if kind == 0:  # one huge word, inside a cite
        word = "".join(rng.choice("abcdefghilmnortu") for _ in range(rng.randint(1000, 40_000)))
        return f"{rng.choice(NAMES)}, {word.capitalize()} (Paris, 1931), 12."
    if kind == 1:  # a long note made of real notes
        parts: list[str] = []
        while sum(map(len, parts)) < rng.randint(long_size // 4, long_size):
            parts.append(rng.choice(notes) if notes else base)
        return " ".join(parts)
    if kind == 2:  # deep or unbalanced brackets
        depth = rng.randint(10, 3000)
        opener, closer = rng.choice([("(", ")"), ("[", "]"), ("“", "”"), ("{", "}")])
        return opener * depth + base + closer * rng.randint(0, depth)
    if kind == 3:  # control characters everywhere
        return "".join(ch + (chr(rng.randrange(0x20)) if rng.random() < 0.3 else "") for ch in base)
    if kind == 4:  # one token repeated
        return (rng.choice(TOKENS) + rng.choice(["", " "])) * rng.randint(100, 5000)
    if kind == 5:  # many short cites
        return "; ".join(f"{rng.choice(NAMES)}, {rng.choice(TITLES)}, {rng.randint(1, 999)}"
                         for _ in range(rng.randint(10, 400)))
    if kind == 6:  # a long run of numbers and ranges
        return ", ".join(f"{rng.randint(0, 10**rng.randint(1, 30))}-{rng.randint(0, 10**rng.randint(1, 30))}"
                         for _ in range(rng.randint(1, 200)))
    return mutate_text(base, rng)


def long_note(size: int, notes: list[str], seed: int = 0) -> str:
    """A note of about ``size`` characters made of real notes (for parse-time measurements)."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        part = rng.choice(notes)
        parts.append(part)
        total += len(part) + 1
    return " ".join(parts)[:size]


# ---------------------------------------------------------------- structured values


def odd_value(rng: random.Random, depth: int = 0) -> object:
    """A JSON value of a random type: what a hand-edited CSL-JSON file may hold by mistake."""
    pick = rng.randrange(10 if depth < 2 else 7)
    if pick == 0:
        return None
    if pick == 1:
        return rng.choice([True, False])
    if pick == 2:
        return rng.choice([0, -1, 13, 10**rng.randint(1, 40), 1.5, -0.0])
    if pick == 3:
        return ""
    if pick == 4:
        return rng.choice(TOKENS).replace("\ud800", "\ufffd") * rng.randint(1, 50)
    if pick == 5:
        return rng.choice(NAMES + TITLES)
    if pick == 6:
        return rng.choice(["1987", "1987-13-40", "0", "-5", "٣٣"])
    if pick == 7:
        return [odd_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if pick == 8:
        return {rng.choice(["family", "given", "literal", "date-parts", "x", "season", "raw"]): odd_value(rng, depth + 1)
                for _ in range(rng.randint(0, 3))}
    return {"date-parts": [[odd_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]]}


def mutate_json_items(items: list[dict], rng: random.Random) -> list:
    """Real CSL-JSON items with a few values replaced by values of unexpected type or shape."""
    items = json.loads(json.dumps(items))
    for _ in range(rng.randint(1, 4)):
        if not items:
            break
        item = rng.choice(items)
        if not isinstance(item, dict):
            continue
        keys = list(item) + ["author", "editor", "issued", "title", "page", "custom", "language", "URL",
                             "x-unknown", "accessed", "id", "type", "note", "categories"]
        key = rng.choice(keys)
        if rng.random() < 0.15:
            item.pop(key, None)
        elif rng.random() < 0.3 and isinstance(item.get(key), list) and item[key]:
            item[key][rng.randrange(len(item[key]))] = odd_value(rng)
        elif rng.random() < 0.2 and isinstance(item.get(key), dict) and item[key]:
            item[key][rng.choice(list(item[key]))] = odd_value(rng)
        else:
            item[key] = odd_value(rng)
    if rng.random() < 0.05:
        return [odd_value(rng)]
    return items


# ---------------------------------------------------------------- DOCX


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCX_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/></Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>'),
    "word/_rels/document.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'footnotes" Target="footnotes.xml"/></Relationships>'),
}


def docx_parts(notes: list[str]) -> dict[str, str]:
    """The XML parts of a Word document whose body calls one footnote per note."""
    def run(text: str, italic: bool = False) -> str:
        props = "<w:rPr><w:i/></w:rPr>" if italic else ""
        return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

    ref = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{}"/></w:r>'
    body = "".join(f"<w:p>{run(f'Sentence {i}.')}{ref.format(i)}</w:p>" for i in range(1, len(notes) + 1))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}">'
                f"<w:body>{body}</w:body></w:document>")
    footnotes = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:footnoteRef/></w:r>{run(" " + note)}</w:p></w:footnote>'
        for i, note in enumerate(notes, start=1))
    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
                 f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 f"{footnotes}</w:footnotes>")
    return {**_DOCX_PARTS, "word/document.xml": document, "word/footnotes.xml": footnotes}


def zip_parts(parts: dict[str, str | bytes]) -> bytes:
    """A zip archive (deflated) holding ``parts``."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return out.getvalue()


def mutated_docx(notes: list[str], rng: random.Random) -> bytes:
    """A DOCX with mutated XML parts (structure kept), or a whole package with mutated bytes."""
    return mutated_package(dict(docx_parts(notes)), rng)


def package_input(name: str, rng: random.Random, real: list[dict[str, str | bytes]], notes: list[str]) -> bytes:
    """An input for the ``docx`` or ``odt`` reader: a real package with mutated parts, a generated
    DOCX with mutated parts, or random bytes."""
    pick = rng.random()
    if pick < 0.9 and real and (name == "odt" or pick < 0.45):
        return mutated_package(rng.choice(real), rng)
    if pick < 0.9 and name == "docx":
        return mutated_docx(rng.sample(notes, rng.randint(1, min(6, len(notes)))), rng)
    return random_bytes(rng)


def package_parts(data: bytes) -> dict[str, str | bytes]:
    """The parts of a zip package (a real DOCX or ODT), by name."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def mutated_package(parts: dict[str, str | bytes], rng: random.Random) -> bytes:
    """A zip package with one or two mutated parts (structure kept), or the whole zip's bytes mutated."""
    parts = dict(parts)
    if rng.random() < 0.3:
        return mutate_bytes(zip_parts(parts), rng)
    for name in rng.sample(sorted(parts), min(len(parts), rng.randint(1, 2))):
        content = parts[name]
        parts[name] = mutate_bytes(content.encode() if isinstance(content, str) else content, rng)
    if rng.random() < 0.1:
        parts.pop(rng.choice(sorted(parts)))
    return zip_parts(parts)


def note_shapes(size: int, notes: list[str], seed: int = 0) -> dict[str, str]:
    """Notes of about ``size`` characters in the shapes that once made parsing super-linear:
    real notes run together, prose, one huge word, nested brackets, ibid after ibid, numbers,
    page ranges, many short cites, and rows of one punctuation mark."""
    rng = random.Random(seed)
    prose = long_note(size, notes, seed)
    shapes = {
        "real notes": prose,
        "no punctuation": re.sub(r"[.,;:]", "", prose),
        "huge word": f"{NAMES[0]}, " + "a" * size + " (Paris, 1931), 12.",
        "brackets": "(" * (size // 2) + "x" + ")" * (size // 2),
        "ibid": "Ibid. " * (size // 6),
        "numbers": ", ".join(str(i) for i in range(size // 5)),
        "page ranges": ", ".join(f"pp. {i}-{i + 3}" for i in range(size // 12)),
        "short cites": "; ".join(f"{rng.choice(NAMES)}, {rng.choice(TITLES)} (London, {rng.randint(1900, 2000)}), "
                                 f"{rng.randint(1, 999)}" for _ in range(size // 60)),
        "full stops": ". " * (size // 2),
        "commas": "a, " * (size // 3),
    }
    return {name: text[:size] for name, text in shapes.items()}


def fuzz_loop(name: str, count: int, seconds: float, make, run, minimum: int = 20) -> tuple[int, list[str]]:
    """Run ``run(make(rng))`` on inputs 0, 1, … ``count`` - 1 of ``name`` until ``seconds`` of CPU time pass,
    and on the first ``minimum`` inputs however long they take (a busy machine slows CPU seconds too, so
    a time budget alone would make the count, and the test, depend on the machine).

    Each input's ``rng`` is seeded with ``name`` and its index. Returns (inputs run, failures):
    a failure is any exception but a :class:`notecite.errors.NotecitError`, described with its
    index so that it can be replayed, and its traceback.
    """
    import time
    import traceback

    from notecite.errors import NotecitError

    failures = []
    began = time.process_time()
    index = 0
    while index < count and (index < minimum or time.process_time() - began < seconds):
        rng = random.Random(f"{name}:{index}")
        try:
            run(make(rng))
        except NotecitError:
            pass
        except Exception:  # noqa: BLE001 - what the fuzz tests look for
            failures.append(f"{name} input {index}:\n{traceback.format_exc()}")
        index += 1
    return index, failures
