#!/bin/sh
# Pathological inputs (STYLE.md §6), each under a time limit, then all in
# one run: nothing crashes, each bad input gets its diagnostic, the good
# input of the same run is still processed.
DOSSIER=${DOSSIER:-build/dossier}
LIMIT=${PATHO_LIMIT:-60}
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
python3 tests/patho/gen.py "$t"

for f in "$t"/*; do
	name=${f##*/}
	timeout "$LIMIT" "$DOSSIER" extract --text "$f" >"$t.out" 2>"$t.err"
	rc=$?
	if [ $rc -gt 2 ]; then
		echo "FAIL patho $name: exit status $rc (crash or time-out)"
		head -3 "$t.err"
		continue
	fi
	case $name in
	good.txt | unclosed.txt | longline.txt | repeated.txt | quotes.html | bigquote.txt | manyquotes.txt | \
	manytags.txt)
		if [ $rc -eq 0 ] && grep -q '"type":"document"' "$t.out"; then
			echo "PASS patho $name processed"
		else
			echo "FAIL patho $name: expected a document, exit 0 (got $rc)"
			head -3 "$t.err"
		fi ;;
	nested.html)
		# a document, or a diagnostic naming it: either way no crash
		if grep -q '"type":"document"' "$t.out" || grep -q "$name" "$t.err"; then
			echo "PASS patho $name survived"
		else
			echo "FAIL patho $name: neither a document nor a diagnostic"
		fi ;;
	invalid-utf8.txt)
		if [ $rc -eq 0 ] && grep -q 'invalid UTF-8' "$t.err" && grep -q 'Caf' "$t.out"; then
			echo "PASS patho $name repaired and reported"
		else
			echo "FAIL patho $name"
		fi ;;
	*)
		if [ -s "$t.err" ] && grep -q "$name" "$t.err" && [ "$(grep -c "" "$t.err")" -le 5 ]; then
			echo "PASS patho $name diagnosed"
		else
			echo "FAIL patho $name: no diagnostic naming it (exit $rc)"
			head -3 "$t.err"
		fi ;;
	esac
done
timeout "$LIMIT" "$DOSSIER" extract "$t" >"$t.out" 2>"$t.err"
rc=$?
if [ $rc -eq 1 ] && grep -q '"doc":"good"' "$t.out"; then
	echo "PASS patho all together: exit 1 and the good input processed"
else
	echo "FAIL patho all together: exit $rc"
fi
rm -f "$t.out" "$t.err"
