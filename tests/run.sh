#!/bin/sh
# tests/run.sh: everything `make check` runs, in order, with one summary line
# at the end ("N passed, N failed"). Each part prints PASS/FAIL lines.
#   unit       tests/unit/test_*.c binaries
#   golden     tests/golden/*: input -> expected JSONL, byte for byte
#   cli        tests/cli/run.sh: exit codes, diagnostics, stdin, folders
#   patho      tests/patho/run.sh: hostile inputs under a time limit
#   fuzz       every fuzz corpus replayed
#   kb         dossier kb check (when the command exists)
#   web        tests/web/run.sh: dossier serve over HTTP, in Chromium, under load
#   score      the quality floors of tests/floors.txt on ../shared/eval
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
export BUILD SHARED
DOSSIER=$BUILD/dossier
export DOSSIER
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
log=$out/log

# Runs one part; a part that exits non-zero (a crash, a sanitizer report)
# counts as a failure of its own.
part() {
	name=$1
	shift
	echo "== $name"
	{ "$@" 2>&1; echo "exit=$?" >"$out/rc"; } | tee -a "$log"
	rc=$(sed 's/exit=//' "$out/rc")
	[ "$rc" = 0 ] || echo "FAIL $name exited with status $rc" | tee -a "$log"
}

for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	part "unit $(basename "$t")" "$t"
done
part kb sh tests/kb/run.sh
part golden sh tests/golden/run.sh
part cli sh tests/cli/run.sh
part fault sh tests/fault/run.sh
part patho sh tests/patho/run.sh
part store sh tests/store/run.sh
part web sh tests/web/run.sh
for r in "$BUILD"/fuzz/replay-*; do
	[ -x "$r" ] || continue
	name=${r##*/replay-}
	part "fuzz corpus $name" "$r" "fuzz/corpus/$name"
done
part score sh tests/score_check.sh

passed=$(grep -c '^PASS' "$log")
failed=$(grep -c '^FAIL' "$log")
echo
grep '^FAIL' "$log"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
