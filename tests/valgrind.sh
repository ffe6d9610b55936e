#!/bin/sh
# The golden inputs under valgrind (memcheck): no invalid access, no use of
# uninitialised memory, no definite leak. Run by .ci/run after make check.
BUILD=${BUILD:-build}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
if ! command -v valgrind >/dev/null 2>&1; then
	echo "FAIL valgrind: not installed"
	exit 1
fi
valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
	"$BUILD/dossier" extract --text tests/golden/in >"$out" 2>"$out.err"
rc=$?
if [ $rc -eq 99 ]; then
	echo "FAIL valgrind on the golden inputs"
	head -40 "$out.err"
	rm -f "$out.err"
	exit 1
fi
rm -f "$out.err"
echo "PASS valgrind on the golden inputs ($(grep -c '"type":"document"' "$out") documents, exit $rc)"
