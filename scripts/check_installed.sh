#!/usr/bin/env bash
# The package as users get it: build the sdist and the wheel (from the sdist), check what they
# hold (scripts/check_dist.py), install the wheel into a fresh venv, and run notecite from a
# folder outside the checkout on the bundled example (../shared/examples/), a PDF, an ODT and
# standard input. Usage: scripts/check_installed.sh [PYTHON] (a Python that can `-m build`;
# default .venv/bin/python). Exits non-zero on the first failure.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
python="${1:-$repo/.venv/bin/python}"
shared="${NOTECITE_SHARED:-$repo/../shared}"
example="$shared/examples/weissman-1988-victor-serges-world-and-ours.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$python" -m build --outdir "$work/dist" "$repo" >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
"$python" "$repo/scripts/check_dist.py" "$work/dist"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet "$work"/dist/notecite-*.whl >"$work/install.log" 2>&1 \
    || { cat "$work/install.log" >&2; exit 1; }
notecite="$work/venv/bin/notecite"

mkdir "$work/run" && cd "$work/run"   # outside the checkout: only the installed package is importable
fail() { echo "check_installed: $*" >&2; exit 1; }
"$work/venv/bin/python" -c 'import notecite, sys; sys.exit("notecite" in notecite.__file__ and "/venv/" not in notecite.__file__)' \
    || fail "notecite is not imported from the fresh venv"

"$notecite" extract "$example" -o example.bib --citations example-citations.json -q 2>extract.err \
    || fail "extract on the bundled example: $(cat extract.err)"
grep -q '@book{serge1987memoirs,' example.bib || fail "the example's library lacks serge1987memoirs"
echo "check_installed: extract on the bundled example: $(grep -c '^@' example.bib) works"

"$notecite" parse "Victor Serge, Memoirs of a Revolutionary (London: Writers & Readers, 1987), 67." >parse.txt
grep -q 'title: Memoirs of a Revolutionary' parse.txt || fail "parse did not find the title: $(cat parse.txt)"
echo "check_installed: parse labels a note"

# train/evaluate need the repository and ../shared/: from the wheel they say so, exit 2, write nothing.
set +e
"$notecite" train 2>train.err; rc=$?
set -e
[ "$rc" = 2 ] && grep -q -- '--out' train.err || fail "train from the wheel: exit $rc, $(cat train.err)"
echo "check_installed: train from the wheel asks for --out: $(cat train.err)"

odt="$repo/tests/data/document/generated/footnote-history.odt"
"$notecite" extract "$odt" -o odt.json -q 2>odt.err || fail "extract on an ODT: $(cat odt.err)"
grep -q '"title": "The Footnote: A Curious History"' odt.json || fail "the ODT's library lacks Grafton's The Footnote"
echo "check_installed: extract on an ODT: $(grep -c '"id":' odt.json) works"

"$notecite" extract - --from text -o stdin.bib -q <"$example" 2>stdin.err || fail "extract from stdin: $(cat stdin.err)"
works() { grep -E '^@|^ *title = ' "$1"; }   # keys and titles (provenance names the source, so differs)
cmp -s <(works stdin.bib) <(works example.bib) \
    || fail "extract from stdin differs from the same file: $(diff <(works stdin.bib) <(works example.bib) | head)"
echo "check_installed: extract from standard input gives the same works as the file"

pdf="$repo/tests/data/document/generated/footnote-history-twocolumn.pdf"
"$notecite" extract "$pdf" -o pdf.json -q 2>pdf.err || fail "extract on a PDF: $(cat pdf.err)"
cmp -s <(grep '"title"' pdf.json) <(grep '"title"' odt.json) \
    || fail "the two-column PDF's works differ from its ODT twin's: $(diff <(grep '"title"' pdf.json) <(grep '"title"' odt.json))"
echo "check_installed: extract on a two-column LaTeX PDF: the same $(grep -c '"id":' pdf.json) works as its ODT twin"
