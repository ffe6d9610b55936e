#!/bin/sh
# The quality floors (tests/floors.txt) against `make score`'s figures.
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
if ! sh scripts/score.sh >"$BUILD/score.log" 2>&1; then
	echo "FAIL score: make score did not run"
	tail -5 "$BUILD/score.log"
	exit 0
fi
cat "$BUILD/score.log" | sed 's/^/  /'
python3 - "$BUILD/score/score.json" tests/floors.txt <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))
for line in open(sys.argv[2]):
    line = line.strip()
    if not line or line.startswith('#'):
        continue
    path, floor = line.split()
    v = res
    for k in path.split('.'):
        v = v.get(k) if isinstance(v, dict) else None
    ok = isinstance(v, (int, float)) and v >= float(floor)
    print('%s score %s = %s (floor %s)' % ('PASS' if ok else 'FAIL', path, v, floor))
PY
