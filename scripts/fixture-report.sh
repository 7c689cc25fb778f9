#!/bin/sh
# Builds every issue-9 fixture and prints the shared checkers' figures for each (run by hand).
# Usage: scripts/fixture-report.sh [OUT_DIR]   (default /tmp/paiban-fixtures)
set -u
out=${1:-/tmp/paiban-fixtures}
tools=${PAIBAN_TOOLS:-/work/shared/tools}
fx=src/test/resources/fixtures
/usr/bin/python3 scripts/fixture-truth.py "$fx"/*-20*/ >/dev/null
for dir in "$fx"/*-20*/; do
    id=$(basename "$dir")
    echo "== $id"
    ./paiban build "$dir" --out "$out" --no-epub 2>&1 | grep -v '^paiban: ' | sed 's/^/  /'
    pdf="$out/$id/$id.pdf"
    [ -f "$pdf" ] || { echo "  (no PDF)"; continue; }
    # a vertical page's reading order is its content order (each line's ActualText), not its geometry
    raw=$(grep -q '^writing: *vertical' "$dir/issue.yaml" && echo --raw)
    /usr/bin/python3 "$tools/pdfquality.py" "$pdf" "$fx/$id.truth.txt" --json "$out/$id.quality.json" --show 0 $raw >/dev/null 2>&1
    /usr/bin/python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print('  ', {k: d[k] for k in d if k in ('fidelity','kinsoku','justified','justification')})" "$out/$id.quality.json" 2>/dev/null
    /usr/bin/python3 "$tools/pagefill.py" "$pdf" 2>&1 | sed 's/^/  /'
    /usr/bin/python3 "$tools/headbreaks.py" "$pdf" 2>&1 | tail -15 | sed 's/^/  /'
done
