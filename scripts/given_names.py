"""Derive the parser's given-name list from the annotated training material.

    python scripts/given_names.py [--shared DIR] [--census DIR] [--check]

Reads the author and editor fields of the material ``notecite train`` learns from and that only:
AnyStyle's annotated references (``../shared/data/anystyle/``, without ``gold.xml``), LinkedBooks'
train and valid splits (``../shared/data/linkedbooks/``, never its test split), the invented notes
of ``data/annotated/`` and the annotated real notes of train-split documents
(``data/annotated/real/``; dev and blind documents are never read). Each person of a name field is
read by its shape: ``Family, Given Middle`` (the words after the comma are given names, those
before it family names), ``Given Middle Family`` (the first word is a given name, the last one a
family name) and ``Family I.`` (initials only: every full word is a family name). A word enters
the list when it was read as a given name at least :data:`MIN_GIVEN` times, in at least
:data:`MIN_SOURCES` examples, at least :data:`RATIO` times as often as it was read as a family name
and more often as a given name than it appears capitalized inside titles; it must look like a
name (a capital, then at least two lower-case letters) and be in no other parser dictionary
(places, publishers, months, stop words…). The first names of the 1990 US census (a US government
work, public domain; the files ship in the MIT-licensed ``names`` package, ``pip install
names==0.3.0``) held by at least :data:`CENSUS_SHARE` percent of people enter under the same tests,
when they are no more common as a US family name. The hand-written list that preceded this one
(``given_names_seed.txt``) is kept as well. Output is ``src/notecite/parse/dictionaries/
given_names.txt`` (sorted, folded), written deterministically; ``--check`` exits 1 when the file
on disk differs from what the material gives.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from notecite.fileio import write_atomically
from notecite.parse.dictionaries import FOLDER, fold, load
from notecite.parse.training.anystyle import training_and_gold
from notecite.parse.training.annotated import annotated_notes, real_notes
from notecite.parse.training.linkedbooks import dataset_path, read_split
from notecite.parse.training.sources import anystyle_folder, shared_folder

REPO = Path(__file__).resolve().parents[1]
OUT = FOLDER / "given_names.txt"
SEED = FOLDER / "given_names_seed.txt"

#: Times a word must be read as a given name (over all examples).
MIN_GIVEN = 3
#: Distinct examples it must be read as a given name in (a repeated reference counts once).
MIN_SOURCES = 2
#: How many times more often it must be read as a given name than as a family name.
RATIO = 2.0
#: A census first name enters when its share of the population is at least this (in percent).
CENSUS_SHARE = 0.005

_PERSONS = re.compile(r"\s*(?:;|&|\band\b|\bund\b|\bet\b|\be\b|\by\b|\bu\.|\bi\b|\bet al\.?)\s*")
_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}$")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_INITIAL = re.compile(r"^[A-ZÀ-Þ][a-z]?\.?$")
#: Words of a corporate author (United Nations, Environmental Protection Agency, United States Census Bureau).
_CORPORATE = re.compile(r"\b(?:Nations|States|Kingdom|Bureau|Agency|Department|Office|Ministry|Minist[eè]re|Ministero|"
                        r"Institut[eo]?|Association|Society|Soci[eé]t[eé]|Committee|Commission|Council|Center|"
                        r"Centre|Centro|Organi[sz]ation|Foundation|Fondazione|Fondation|University|Universit[àyé]|"
                        r"Library|Biblioteca|Archive|Archivio|Museum|Museo|Group|Company|Corporation|Inc|Ltd|Board|"
                        r"Service|Survey|Academy|Accademia|Acad[eé]mie|Union|Party|Partito|Congress|Assembly|"
                        r"Government|Governo|Census|Project|Network|Team|Consortium|Staff|Anonymous|Anon)\b")
_TITLE_LABELS = ("title", "container-title", "collection-title")
_OTHER_LISTS = ("places", "publishers", "months", "stopwords", "particles", "role_words", "locator_words",
                "genre_words", "ibid", "verbs")


def persons(field: str) -> list[str]:
    """The persons of one author/editor field (split at ``;``, ``&``, ``and``…)."""
    return [p for p in _PERSONS.split(field) if p and p.strip(" ,.")]


def read_person(person: str) -> tuple[list[str], list[str]]:
    """(given-name words, family-name words) of one person, read by its shape."""
    person = re.sub(r"\((?:[^()]*)\)", " ", person)  # (ed.), (Hrsg.)
    if _CORPORATE.search(person):
        return [], []
    if "," in person:
        family, _, rest = person.partition(",")
        given = rest.split(",")[0]  # Smith, John, Garcia, M.: only the words up to the next comma
        words = [w.strip(".") for w in given.replace("-", " ").split()]
        return [w for w in words[:2] if _NAME.match(w)], _WORD.findall(family)
    words = person.replace("-", " ").split()
    words = [w.strip(".,:") or w for w in words]
    if not words:
        return [], []
    if len(words) >= 2 and _INITIAL.match(person.split()[-1]):  # Croce B.
        return [], [w for w in words if _NAME.match(w)]
    if not 2 <= len(words) <= 4 or any(w[:1].islower() and fold(w) not in load("particles") for w in words):
        return [], []  # a corporate author (United States Department of State), or one word
    return ([words[0]] if _NAME.match(words[0]) else []), [words[-1]]


def material(shared: str | None) -> list:
    """The examples the given names are read from (never a dev or blind document, never gold or test)."""
    anystyle, _gold = training_and_gold(anystyle_folder(shared, REPO))
    path = dataset_path(shared_folder(shared, REPO))
    linkedbooks = read_split(path, "train") + read_split(path, "valid")
    return anystyle + linkedbooks + annotated_notes(REPO / "data" / "annotated") + real_notes(REPO)


def census(folder: Path) -> tuple[dict[str, float], dict[str, float]]:
    """(first names, family names) of the 1990 US census files, folded, with their share in percent."""
    def read(*names: str) -> dict[str, float]:
        out: dict[str, float] = {}
        for name in names:
            for line in (folder / name).read_text(encoding="ascii").splitlines():
                word, share = line.split()[:2]
                out[fold(word)] = max(out.get(fold(word), 0.0), float(share))
        return out
    return read("dist.male.first", "dist.female.first"), read("dist.all.last")


def derive(examples, census_folder: Path) -> list[str]:
    """The folded given names the examples and the census support, plus the seed list."""
    given, family, title, lower, sources = Counter(), Counter(), Counter(), Counter(), {}
    for example in examples:
        seen = set()
        for word in _WORD.findall(example.text):
            if word.islower():
                lower[word] += 1
        for start, end, label in example.spans:
            value = example.text[start:end]
            if label in ("author", "editor", "translator"):
                for person in persons(value):
                    g, f = read_person(person)
                    for word in g:
                        given[fold(word)] += 1
                        seen.add(fold(word))
                    for word in f:
                        family[fold(word)] += 1
            elif label in _TITLE_LABELS:
                for word in value.split()[1:]:
                    word = word.strip(".,:;()«»\"'")
                    if _NAME.match(word):
                        title[fold(word)] += 1
        for word in seen:
            sources[word] = sources.get(word, 0) + 1
    excluded = set().union(*(load(name) for name in _OTHER_LISTS))

    def plausible(w: str) -> bool:  # read as a given name more than as anything else
        return (w not in excluded and lower[w] < 2 + given[w] and family[w] <= given[w]
                and title[w] <= given[w])

    derived = {w for w, n in given.items()
               if n >= MIN_GIVEN and sources.get(w, 0) >= MIN_SOURCES and n >= RATIO * family[w]
               and n > title[w] and plausible(w)}
    first, last = census(census_folder)
    common = {w for w, share in first.items()
              if share >= CENSUS_SHARE and len(w) >= 3 and last.get(w, 0.0) <= share and plausible(w)}
    return sorted(derived | common | load(SEED.stem))


def render(names: list[str]) -> str:
    """The dictionary file's text."""
    return ("# given names, derived by scripts/given_names.py from the author/editor fields of the training\n"
            "# material (AnyStyle, LinkedBooks train/valid, data/annotated, train-split real notes) plus\n"
            "# given_names_seed.txt; do not edit by hand: edit the seed list or the script and rerun it\n"
            + "".join(n + "\n" for n in names))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", help="the shared data folder (default: ../shared beside the repository)")
    parser.add_argument("--census", help="folder of the 1990 US census name files dist.male.first, "
                        "dist.female.first and dist.all.last (default: those of the `names` package, "
                        "pip install names==0.3.0)")
    parser.add_argument("--check", action="store_true", help="exit 1 when the file on disk is out of date")
    args = parser.parse_args(argv)
    if args.census:
        census_folder = Path(args.census)
    else:
        try:
            import names  # the census files ship inside it
        except ImportError:
            sys.exit("scripts/given_names.py: the 1990 US census name files are needed: "
                     "pip install names==0.3.0, or name their folder with --census DIR")
        census_folder = Path(names.__file__).parent
    text = render(derive(material(args.shared), census_folder))
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is not what scripts/given_names.py derives; rerun it", file=sys.stderr)
            return 1
        return 0
    write_atomically(OUT, text)
    print(f"wrote {OUT}: {text.count(chr(10)) - 3} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
