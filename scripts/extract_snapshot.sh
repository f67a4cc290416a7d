#!/bin/bash
# Extract a fixed set of inputs with one checkout's code, to compare two versions' output byte for byte.
#
#     bash scripts/extract_snapshot.sh CHECKOUT OUTDIR      # then: diff -rq OUTDIR_A OUTDIR_B
#
# CHECKOUT's src/ is run with the interpreter in $PYTHON (default: CHECKOUT/.venv/bin/python, or
# this checkout's .venv when CHECKOUT has none), so a bare `git worktree add --detach` of the
# base commit serves as the other side. Inputs: every train and dev document of data/real/ alone
# and all together, every development article of tests/data/pipeline/ alone and together, the
# founding example ($NOTECITE_SHARED/examples/, default ../shared/ beside this checkout) and a synthetic 1,000-note document
# (benchmarks/extract_scale.py); for each, the library, the citations file, stdout and stderr
# (with the folder names replaced) and the exit code. A speed change must leave them identical.
set -u
CHECKOUT=$(cd "$1" && pwd); OUT=$2
HERE=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$(cd "${NOTECITE_SHARED:-$HERE/../shared}" 2>/dev/null && pwd)
PY=${PYTHON:-$([ -x "$CHECKOUT/.venv/bin/python" ] && echo "$CHECKOUT/.venv/bin/python" || echo "$HERE/.venv/bin/python")}
rm -rf "$OUT"; mkdir -p "$OUT/synthetic"; OUT=$(cd "$OUT" && pwd)
cd "$CHECKOUT"; export PYTHONPATH="$CHECKOUT/src" PYTHONHASHSEED=0
docs=$("$PY" - <<'PYTHON'
import json, pathlib
real = pathlib.Path("data/real")
for key in sorted((real / "keys").glob("*.json")):
    data = json.loads(key.read_text(encoding="utf-8"))
    document = real / "documents" / data.get("document", key.stem + ".txt")
    if data.get("split") in ("train", "dev") and document.exists():
        print(document)
PYTHON
)
extract() {
    name=$1; shift
    "$PY" -m notecite extract "$@" -o "$OUT/$name.json" --citations "$OUT/$name.citations.json" -q \
        > "$OUT/$name.stdout" 2> "$OUT/$name.stderr"
    echo "exit $?" >> "$OUT/$name.stdout"
}
for d in $docs; do extract "real-$(basename "$d")" "$d"; done
extract real-all $docs
for d in tests/data/pipeline/*; do extract "pipeline-$(basename "$d")" "$d"; done
extract pipeline-all tests/data/pipeline/*
for d in "$SHARED"/examples/*.txt; do [ -f "$d" ] && extract "example-$(basename "$d")" "$d"; done
"$PY" - "$OUT/synthetic/notes-1000.txt" <<'PYTHON'
import sys
sys.path.insert(0, "benchmarks")
from pathlib import Path
from extract_scale import synthetic_document
synthetic_document(Path(sys.argv[1]), 1000)
PYTHON
extract synthetic-1000 "$OUT/synthetic/notes-1000.txt"
sed -i "s#$OUT#OUT#g; s#$CHECKOUT#CHECKOUT#g" "$OUT"/*.stdout "$OUT"/*.stderr
echo "$(ls "$OUT" | wc -l) files in $OUT"
