"""Correction: name particles written inside ``family`` or ``given`` are recognised.

CSL-JSON names from Zotero and elsewhere often carry particles in the name itself ("van
Gogh", given "Alexander von"). citeproc-js parses them (unless the name says
``"parse-names": false``), so "van Gogh" sorts under G and "von" is placed as a dropping
particle; citeproc-py treats them as part of the family or given name. As citeproc-js does for
a personal name with a given name and no ``non-dropping-particle``, this copies records with:

- leading words of ``family`` that start in lowercase (after any apostrophe) and end in a space,
  hyphen or apostrophe moved to ``non-dropping-particle`` ("al-One" → "al-" + "One", "d'Aubignac",
  "in 't Horvath", "v.d. Berg"; a particle ending in an apostrophe keeps its space: "de' Frinkle";
  apostrophes in particles are printed ’, a leading one too: "in ’t Horvath");
- a family name in double quotes left whole, without its quotes ("\"Van Dyke\"");
- a suffix after a comma in ``given`` moved to ``suffix`` ("John, Jr."; ",!" sets
  ``comma-suffix``);
- trailing lowercase words of ``given`` moved to ``dropping-particle`` ("Alexander von",
  "François Hédelin d'").
"""
from __future__ import annotations

import re
from typing import Any

from ..records import NAME_VARIABLES, Record

_FAMILY_PARTICLE = re.compile("^([^ ]+(?:-|\u02bb|\u2019| |') *)(.+)$", re.S)
_GIVEN_PARTICLE = re.compile("^([^ ]+(?:\u02bb |\u2019 | |' ) *)(.+)$", re.S)  # on the reversed given name
_LEADING_MARKS = re.compile("^[-'\u02bb\u2019\\s]*")


def _lowercase_start(chunk: str) -> bool:
    """Whether ``chunk`` is a particle: it starts in lowercase and holds no markup ("<b data-f>")."""
    if "<" in chunk or ">" in chunk:
        return False
    first = _LEADING_MARKS.sub("", chunk)[:1]
    return bool(first) and first.upper() != first


def _family_particles(family: str) -> tuple[str, str]:
    """(particles, rest) of a family name: leading lowercase words joined by a space, hyphen or apostrophe."""
    taken = 0
    match = _FAMILY_PARTICLE.match(family)
    while match and _lowercase_start(match.group(1)):
        taken += len(match.group(1))
        match = _FAMILY_PARTICLE.match(match.group(2))
    if not taken:
        return "", family
    particle = family[:taken]
    trimmed = particle.strip()
    if particle.endswith(" ") and trimmed[-1:] in "'\u2019":
        trimmed += " "  # "de' Frinkle": the space after an apostrophe is the name's own
    return trimmed, family[taken:]


def _given_particles(given: str) -> tuple[str, str]:
    """(given name, particles): trailing lowercase words of a given name."""
    backwards = given[::-1]
    taken = 0
    match = _GIVEN_PARTICLE.match(backwards)
    while match and _lowercase_start(match.group(1)[::-1].strip()):
        taken += len(match.group(1))
        match = _GIVEN_PARTICLE.match(match.group(2))
    if not taken:
        return given, ""
    return given[: len(given) - taken].strip(), given[len(given) - taken:].strip()


def _suffix(name: dict[str, Any]) -> None:
    """Move a suffix written after a comma in ``given`` ("John, Jr.") to ``suffix``."""
    given = name.get("given")
    if name.get("suffix") or not isinstance(given, str):
        return
    match = re.search(r"\s*,!*\s*", given)
    if not match:
        return
    possible = given[match.end():]
    if possible.replace(".", "") == "et al" and not name.get("dropping-particle"):
        return
    if len(re.sub(r"\s", "", match.group(0))) == 2:
        name["comma-suffix"] = True
    name["suffix"] = possible
    name["given"] = given[: match.start()]


def parse_name(name: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``name`` with particles (and a comma suffix) moved out of ``family`` and ``given``."""
    if not isinstance(name, dict) or "literal" in name or name.get("parse-names") in (False, 0, "false") \
            or name.get("static-ordering"):
        return name
    family, given = name.get("family"), name.get("given")
    out = dict(name)
    if isinstance(family, str) and len(family) > 1 and family[0] == family[-1] == '"':
        out["family"] = family[1:-1]
        return out
    if name.get("non-dropping-particle") or not isinstance(family, str) or not family \
            or not isinstance(given, str) or not given or name.get("static-particles"):
        return name
    particle, rest = _family_particles(family)
    if particle:  # its apostrophes typographic, an opening one too ("’t Hooft", as citeproc-js prints it)
        out["non-dropping-particle"], out["family"] = particle.replace("'", "\u2019"), rest
    _suffix(out)
    if not name.get("dropping-particle"):
        first, dropping = _given_particles(out["given"])
        if dropping:
            out["given"], out["dropping-particle"] = first, dropping.replace("'", "\u2019")
    return out


def adapt_record(record: Record) -> Record:
    """A copy of ``record`` with the particles of its personal names parsed."""
    out = dict(record)
    for key in NAME_VARIABLES & record.keys():
        if isinstance(record[key], list):
            out[key] = [parse_name(n) for n in record[key]]
    return out
