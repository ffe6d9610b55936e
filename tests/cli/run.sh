#!/bin/sh
# CLI contract tests (records.md): exit status 0 / 1 / 2, one diagnostic
# line per bad input naming it, standard input "-", folders walked in a
# stable order, other inputs still processed after a bad one.
DOSSIER=${DOSSIER:-build/dossier}
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT

ok() { echo "PASS cli $1"; }
ko() { echo "FAIL cli $1"; shift; [ $# -gt 0 ] && echo "  $*"; }
expect_rc() { # name want got
	if [ "$2" = "$3" ]; then ok "$1"; else ko "$1" "exit status $3, expected $2"; fi
}

printf 'Premier titre\n\nLe ministre a parlé mardi.\n' >"$t/a.txt"
printf 'Second title\n\nThe minister spoke on Tuesday.\n' >"$t/b.txt"
mkdir -p "$t/dir/sub"
cp "$t/a.txt" "$t/dir/sub/z.txt"
cp "$t/b.txt" "$t/dir/m.txt"
printf 'not an article\n' >"$t/dir/notes.md"

"$DOSSIER" extract "$t/a.txt" "$t/b.txt" >"$t/out" 2>"$t/err"
expect_rc "two files exit 0" 0 $?
[ "$(grep -c '"type":"document"' "$t/out")" = 2 ] && ok "two files two records" || ko "two files two records"
[ ! -s "$t/err" ] && ok "no diagnostics on good input" || ko "no diagnostics on good input" "$(cat "$t/err")"

"$DOSSIER" extract "$t/dir" >"$t/out" 2>"$t/err"
expect_rc "folder exit 0" 0 $?
docs=$(sed -n 's/.*"doc":"\([^"]*\)".*/\1/p' "$t/out" | tr '\n' ' ')
[ "$docs" = "m z " ] && ok "folder walked recursively in name order, unknown files skipped" ||
	ko "folder walked recursively in name order" "got '$docs'"

"$DOSSIER" extract "$t/a.txt" "$t/missing.txt" "$t/b.txt" >"$t/out" 2>"$t/err"
expect_rc "missing input exit 1" 1 $?
[ "$(wc -l <"$t/err")" = 1 ] && grep -q "missing.txt" "$t/err" && ok "one diagnostic line naming the input" ||
	ko "one diagnostic line naming the input" "$(cat "$t/err")"
[ "$(grep -c '"type":"document"' "$t/out")" = 2 ] && ok "other inputs still processed" || ko "other inputs still processed"
grep -q '^dossier: .*missing.txt: cannot open: No such file or directory$' "$t/err" &&
	ok "diagnostic format" || ko "diagnostic format" "$(cat "$t/err")"

printf '{"id":"s1","text":"Une dépêche.\\nLe texte."}\nnot json\n{"id":"s2","title":"T","text":"Body text here."}\n{"title":"no text"}\n' |
	"$DOSSIER" extract - >"$t/out" 2>"$t/err"
expect_rc "stdin with bad lines exit 1" 1 $?
[ "$(grep -c '"type":"document"' "$t/out")" = 2 ] && ok "stdin good lines processed" || ko "stdin good lines processed"
[ "$(wc -l <"$t/err")" = 2 ] && grep -q '<stdin>:2: invalid JSON' "$t/err" && grep -q '<stdin>:4: no "text" string' "$t/err" &&
	ok "stdin diagnostics name line numbers" || ko "stdin diagnostics name line numbers" "$(cat "$t/err")"
grep -q '"doc":"s2","title":"T"' "$t/out" && ok "jsonl id and title" || ko "jsonl id and title"

"$DOSSIER" extract "$t/a.txt" --records document --text >"$t/out" 2>"$t/err"
expect_rc "options after the inputs exit 0" 0 $?
[ "$(grep -c '"type":"document".*"text":' "$t/out")" = 1 ] && [ ! -s "$t/err" ] &&
	ok "options after the inputs are read as options" || ko "options after the inputs" "$(cat "$t/err")"
"$DOSSIER" extract -- "$t/a.txt" >/dev/null 2>"$t/err"
expect_rc "-- ends the options" 0 $?

"$DOSSIER" extract >/dev/null 2>"$t/err"
expect_rc "no input is a usage error" 2 $?
"$DOSSIER" extract --bogus "$t/a.txt" >/dev/null 2>"$t/err"
expect_rc "unknown option is a usage error" 2 $?
grep -q "unknown option '--bogus'" "$t/err" && ok "unknown option named" || ko "unknown option named" "$(cat "$t/err")"
"$DOSSIER" frobnicate >/dev/null 2>&1
expect_rc "unknown command exit 2" 2 $?
"$DOSSIER" extract --help >"$t/out" 2>&1
expect_rc "help exit 0" 0 $?
grep -q -- "--text" "$t/out" && ok "help lists options" || ko "help lists options"
"$DOSSIER" --version | grep -q '^dossier [0-9]' && ok "version" || ko "version"

printf 'x' >"$t/c.pdf"
"$DOSSIER" extract "$t/c.pdf" >/dev/null 2>"$t/err"
expect_rc "unknown format exit 1" 1 $?
grep -q "c.pdf: unknown input format" "$t/err" && ok "unknown format named" || ko "unknown format named" "$(cat "$t/err")"

"$DOSSIER" extract --text "$t/a.txt" | grep -q '"text":"Premier titre\\nLe ministre a parlé mardi."' &&
	ok "--text gives the clean text" || ko "--text gives the clean text"
"$DOSSIER" extract --max-doc-size 10 "$t/a.txt" >"$t/out" 2>"$t/err"
expect_rc "oversized document exit 1" 1 $?
grep -q "document too big" "$t/err" && ok "oversized document diagnosed" || ko "oversized document diagnosed"
"$DOSSIER" extract --max-doc-size abc "$t/a.txt" >/dev/null 2>&1
expect_rc "bad --max-doc-size is a usage error" 2 $?
if [ -w /dev/full ]; then
	"$DOSSIER" extract "$t/a.txt" >/dev/full 2>"$t/err"
	expect_rc "write error exit 1" 1 $?
fi

# threads: the same records, in the same order, with the same diagnostics,
# whatever the number of threads (the project's golden inputs, a folder with
# copies, and bad inputs among good ones)
G=tests/golden/in
mkdir -p "$t/mix"
cp "$G"/*.txt "$G"/*.html "$G"/*.jsonl "$G"/*.warc.gz "$t/mix/"
cp examples/articles/*.txt "$t/mix/"
printf '\000\001\002binary' >"$t/mix/zz-binary.txt"
printf '{"id":"j1","text":"Une d\\u00e9p\\u00eache."}\n{"id":"j2","text":"\\u0001\\u0002 "}\nnot json\n{"id":"j4","text":"Fin."}\n' >"$t/mix/zz-bad.jsonl"
for j in 1 2 3 5; do
	"$DOSSIER" extract --threads $j "$t/mix" >"$t/out-$j" 2>"$t/err-$j"
	echo $? >"$t/rc-$j"
done
same=1
for j in 2 3 5; do
	cmp -s "$t/out-1" "$t/out-$j" && cmp -s "$t/err-1" "$t/err-$j" && cmp -s "$t/rc-1" "$t/rc-$j" || same=0
done
# the document's own diagnostic (line 2) before the reader's (line 3)
[ $same = 1 ] && [ "$(cat "$t/rc-1")" = 1 ] && [ "$(wc -l <"$t/err-1")" = 4 ] &&
	grep -n . "$t/err-1" | grep -q '^2:.*zz-bad.jsonl:2: binary' && grep -n . "$t/err-1" | grep -q '^3:.*zz-bad.jsonl:3: invalid' &&
	[ "$(grep -c '"type":"document"' "$t/out-1")" -gt 20 ] &&
	ok "--threads 1, 2, 3, 5: same records, diagnostics and exit status" ||
	ko "--threads: same output" "$(cat "$t/err-1" "$t/rc-1")"
"$DOSSIER" extract --threads 0 "$t/a.txt" >/dev/null 2>"$t/err"
expect_rc "--threads 0 is a usage error" 2 $?
grep -q -- "--threads: '0'" "$t/err" && ok "--threads error named" || ko "--threads error named" "$(cat "$t/err")"
