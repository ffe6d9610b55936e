#!/bin/sh
# Golden tests: every input file in tests/golden/in/ (any format) is run
# through `dossier extract --text`; the output must equal
# tests/golden/expected/<input name>.jsonl byte for byte. After a deliberate
# change of output, regenerate with: sh tests/golden/run.sh --update
# (and read the diff before committing it).
DOSSIER=${DOSSIER:-build/dossier}
dir=tests/golden
update=0
[ "${1:-}" = "--update" ] && update=1
for f in "$dir"/in/*; do
	[ -f "$f" ] || continue
	name=${f##*/}
	want=$dir/expected/$name.jsonl
	got=$(mktemp)
	(cd "$dir/in" && "../../../$DOSSIER" extract --text "$name") >"$got" 2>/dev/null
	if [ $update = 1 ]; then
		mkdir -p "$dir/expected"
		cp "$got" "$want"
		echo "updated $want"
	elif [ -f "$want" ] && cmp -s "$got" "$want"; then
		echo "PASS golden $name"
	else
		echo "FAIL golden $name"
		[ -f "$want" ] && diff "$want" "$got" | head -20 || echo "  no $want"
	fi
	rm -f "$got"
done
