#!/bin/sh
# Fault injection (DOSSIER_FAULT, see dossier_fault_inject): a failed read
# is reported as that input's I/O error and the other inputs are still
# processed; a failed write ends the run with exit 1 and a message; a failed
# allocation aborts in one place with "out of memory".
DOSSIER=${DOSSIER:-build/dossier}
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
printf 'Titre A\n\nLe ministre a parlé.\n' >"$t/a.txt"
printf 'Titre B\n\nLa ministre a répondu.\n' >"$t/b.txt"
printf 'Titre C\n\nLe président a conclu.\n' >"$t/c.txt"

DOSSIER_FAULT=read:2 "$DOSSIER" extract --records document "$t" >"$t/out" 2>"$t/err"
rc=$?
if [ $rc -eq 1 ] && grep -q 'Input/output error' "$t/err" && [ "$(grep -c '"type":"document"' "$t/out")" -eq 2 ]; then
	echo "PASS fault read error: reported, other inputs processed"
else
	echo "FAIL fault read error (exit $rc)"
	cat "$t/err"
fi

DOSSIER_FAULT=write:2 "$DOSSIER" extract --records document "$t" >"$t/out" 2>"$t/err"
rc=$?
if [ $rc -eq 1 ] && grep -q 'cannot write the output' "$t/err"; then
	echo "PASS fault write error: exit 1 with a message"
else
	echo "FAIL fault write error (exit $rc)"
	cat "$t/err"
fi

DOSSIER_FAULT=alloc:50 "$DOSSIER" extract --records document "$t" >"$t/out" 2>"$t/err"
rc=$?
if [ $rc -ne 0 ] && grep -q 'out of memory' "$t/err"; then
	echo "PASS fault allocation failure: aborted with out of memory"
else
	echo "FAIL fault allocation failure (exit $rc)"
	head -3 "$t/err"
fi

DOSSIER_FAULT=bogus "$DOSSIER" extract "$t" >/dev/null 2>&1
[ $? -eq 2 ] && echo "PASS fault bad spec is a usage error" || echo "FAIL fault bad spec"
