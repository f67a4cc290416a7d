#!/usr/bin/env bash
# Regenerate docs/review-page.png: the review page on the founding example (with the test
# library's other editions of two Serge books, and one correction made), shot by headless chromium.
# Usage: docs/review-screenshot.sh   (from the repository root, with .venv installed)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'kill -INT "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
cp ../shared/examples/weissman-1988-victor-serges-world-and-ours.txt "$work/"
.venv/bin/notecite review --no-browser --library tests/data/review/serge-library.json \
    "$work/weissman-1988-victor-serges-world-and-ours.txt" >"$work/address" 2>/dev/null &
server=$!
for _ in $(seq 100); do [ -s "$work/address" ] && break; sleep 0.2; done
address=$(head -1 "$work/address")
base=${address%%/\?*}
token=${address##*token=}
# One correction, so that the page shows what a change does: "New International" is a periodical.
curl -sf -o /dev/null -H 'Content-Type: application/json' "$base/correct?token=$token" \
    -d '{"doc": 0, "correction": {"action": "relabel", "note": 15, "start": 712, "end": 729, "label": "container-title"}}'
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1200 \
    --screenshot="$PWD/docs/review-page.png" "$address&order=doubts" 2>/dev/null
