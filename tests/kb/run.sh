#!/bin/sh
# Knowledge-base tests: `dossier kb check` on data/kb, then the golden
# lookups of tests/kb/lookup.in against tests/kb/lookup.expected.
DOSSIER=${DOSSIER:-build/dossier}
dir=tests/kb
if "$DOSSIER" kb check >"$dir.out" 2>&1; then
	echo "PASS kb check ($(tail -1 "$dir.out" | sed 's/.*kb: //'))"
else
	echo "FAIL kb check"
	head -20 "$dir.out"
fi
rm -f "$dir.out"
got=$(mktemp)
grep -v '^#' "$dir/lookup.in" | while IFS= read -r line; do
	[ -n "$line" ] || continue
	case $line in
	2[0-9][0-9][0-9]-*"	"*)
		date=${line%%	*}
		text=${line#*	}
		echo "> $date $text"
		"$DOSSIER" kb lookup --date "$date" "$text" ;;
	*)
		echo "> $line"
		"$DOSSIER" kb lookup "$line" ;;
	esac
done >"$got" 2>&1
if [ "${1:-}" = "--update" ]; then
	cp "$got" "$dir/lookup.expected"
	echo "updated $dir/lookup.expected"
elif cmp -s "$got" "$dir/lookup.expected"; then
	echo "PASS kb lookups ($(grep -c '^>' "$got") phrases)"
else
	echo "FAIL kb lookups"
	diff "$dir/lookup.expected" "$got" | head -30
fi
rm -f "$got"
# the usage line puts --date after the text: both orders read it
a=$("$DOSSIER" kb lookup --date 2025-01-10 "the NATO Secretary General" 2>&1)
b=$("$DOSSIER" kb lookup "the NATO Secretary General" --date 2025-01-10 2>&1)
if [ "$a" = "$b" ] && echo "$b" | grep -q "Mark Rutte"; then
	echo "PASS kb lookup --date after the text"
else
	echo "FAIL kb lookup --date after the text"
	echo "  before: $a"
	echo "  after: $b"
fi
