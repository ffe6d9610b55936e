#!/bin/sh
# tests/store/run.sh: the store and the tracker through the CLI.
#   order    one story told by several articles (in/: French and English, one
#            republished copy, one conflicting figure) ingested in several
#            orders and runs gives the same tracker, byte for byte
#   golden   what that tracker says (merged entries, conflicts, copies)
#   cli      every command: exit codes, filters, formats, names in French
#   crash    an ingest killed with SIGKILL at random points, then run again:
#            integrity_check ok and the same counts as a clean ingest
# Needs python3 (its sqlite3 module reads the database as any client would).
DOSSIER=${DOSSIER:-build/dossier}
IN=tests/store/in
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT

ok() { echo "PASS store $1"; }
ko() { echo "FAIL store $1"; shift; [ $# -gt 0 ] && echo "  $*"; }
check() { # name command...: PASS when the command succeeds
	name=$1
	shift
	if "$@" >"$t/check.out" 2>&1; then ok "$name"; else ko "$name" "$(head -c 600 "$t/check.out")"; fi
}
expect_rc() { # name want got
	if [ "$2" = "$3" ]; then ok "$1"; else ko "$1" "exit status $3, expected $2"; fi
}
# sql DB QUERY: one value, through python3's sqlite3 (any SQLite client)
sql() {
	python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print("\n".join(str(r[0]) for r in c.execute(sys.argv[2])))' "$1" "$2"
}
# jq-like field test on JSONL: jsonl_has FILE PYTHON-EXPR (over rows `r`)
jsonl_has() {
	python3 -c 'import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
sys.exit(0 if eval(sys.argv[2]) else 1)' "$1" "$2"
}

# --- order: the same tracker whatever the order of ingestion -----------------
files=$(ls "$IN"/*.txt)
"$DOSSIER" ingest --db "$t/a.db" "$IN" 2>"$t/err"
expect_rc "ingest a folder exit 0" 0 $?
[ ! -s "$t/err" ] && ok "ingest quiet when not a terminal" || ko "ingest quiet when not a terminal" "$(cat "$t/err")"
# shellcheck disable=SC2086 # the file list
"$DOSSIER" ingest --db "$t/b.db" $(echo $files | tr ' ' '\n' | sort -r) 2>/dev/null
for f in $(echo $files | tr ' ' '\n' | awk '{ print (NR * 7) % 11, $0 }' | sort -n | cut -d' ' -f2); do
	"$DOSSIER" ingest --db "$t/c.db" "$f" 2>/dev/null || ko "ingest one file per run" "$f"
done
for d in a b c; do
	"$DOSSIER" tracker --db "$t/$d.db" --format jsonl >"$t/$d.jsonl" 2>"$t/$d.err" ||
		ko "tracker $d" "$(cat "$t/$d.err")"
done
cmp -s "$t/a.jsonl" "$t/b.jsonl" && ok "reverse order gives the same tracker" ||
	ko "reverse order gives the same tracker" "$(diff "$t/a.jsonl" "$t/b.jsonl" | head -5)"
cmp -s "$t/a.jsonl" "$t/c.jsonl" && ok "one file per run, shuffled, gives the same tracker" ||
	ko "one file per run, shuffled, gives the same tracker" "$(diff "$t/a.jsonl" "$t/c.jsonl" | head -5)"
# across runs: a copy and its original ingested in different runs are linked
# as in one run (the band keys of earlier runs read back from the store)
for d in a c; do
	sql "$t/$d.db" "SELECT doc || '|' || dup_of FROM document WHERE dup_of IS NOT NULL" | sort >"$t/links.$d"
done
[ -s "$t/links.a" ] && cmp -s "$t/links.a" "$t/links.c" &&
	ok "one file per run links copies as one run does ($(wc -l <"$t/links.c") links)" ||
	ko "one file per run links copies as one run does" "$(diff "$t/links.a" "$t/links.c" | head -5)"
# threads: the same store whatever the number of threads (every table,
# row for row, and the tracker)
dump() {
	python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for (name,) in c.execute("SELECT name FROM sqlite_master WHERE type = \"table\" AND name NOT LIKE \"%fts%\" ORDER BY name"):
    for row in c.execute("SELECT * FROM \"%s\" ORDER BY 1" % name):
        print(name, row)' "$1"
}
for j in 1 3; do
	"$DOSSIER" ingest --threads $j --db "$t/j$j.db" "$IN" tests/golden/in 2>"$t/j$j.err"
	echo $? >"$t/j$j.rc"
	dump "$t/j$j.db" >"$t/j$j.dump"
	"$DOSSIER" tracker --db "$t/j$j.db" --format jsonl >"$t/j$j.jsonl"
done
cmp -s "$t/j1.dump" "$t/j3.dump" && cmp -s "$t/j1.jsonl" "$t/j3.jsonl" && cmp -s "$t/j1.err" "$t/j3.err" &&
	cmp -s "$t/j1.rc" "$t/j3.rc" && [ "$(grep -c '^document ' "$t/j1.dump")" -gt 20 ] &&
	ok "ingest --threads 1 and 3: the same store, row for row ($(wc -l <"$t/j1.dump") rows)" ||
	ko "ingest --threads 1 and 3: the same store" "$(diff "$t/j1.dump" "$t/j3.dump" | head -5)"
# one run: the store links copies and translations as extract does (the
# run's own documents are compared in memory, not read back)
"$DOSSIER" extract "$IN" tests/golden/in 2>/dev/null | python3 -c 'import json, sys
for line in sys.stdin:
    r = json.loads(line)
    if r["type"] == "document" and (r["dup_of"] or r["translation_of"]):
        print("%s|%s|%s" % (r["doc"], r["dup_of"] or "", r["translation_of"] or ""))' | sort >"$t/links.x"
sql "$t/j1.db" "SELECT doc || '|' || COALESCE(dup_of, '') || '|' || COALESCE(translation_of, '') FROM document
	WHERE dup_of IS NOT NULL OR translation_of IS NOT NULL" | sort >"$t/links.i"
[ "$(wc -l <"$t/links.x")" -ge 3 ] && cmp -s "$t/links.x" "$t/links.i" &&
	ok "one ingest links copies and translations as extract does ($(wc -l <"$t/links.x") links)" ||
	ko "one ingest links copies and translations as extract does" "$(diff "$t/links.x" "$t/links.i" | head -5)"
before=$(sql "$t/a.db" "SELECT COUNT(*) FROM document")/$(sql "$t/a.db" "SELECT COUNT(*) FROM aid")
"$DOSSIER" ingest --db "$t/a.db" "$IN" 2>/dev/null
after=$(sql "$t/a.db" "SELECT COUNT(*) FROM document")/$(sql "$t/a.db" "SELECT COUNT(*) FROM aid")
[ "$before" = "$after" ] && ok "re-ingesting changes nothing ($after documents/aid)" ||
	ko "re-ingesting changes nothing" "$before -> $after"
"$DOSSIER" tracker --db "$t/a.db" --format jsonl >"$t/a2.jsonl"
cmp -s "$t/a.jsonl" "$t/a2.jsonl" && ok "re-ingesting keeps the tracker" || ko "re-ingesting keeps the tracker"
[ "$(sql "$t/a.db" "SELECT MAX(version) FROM schema_version")" -ge 1 ] && ok "schema_version recorded" ||
	ko "schema_version recorded"
[ "$(sql "$t/a.db" "PRAGMA journal_mode")" = wal ] && ok "WAL mode" || ko "WAL mode"

# --- golden: what the tracker says about the story -------------------------------
J=$t/a.jsonl
uk='[r for r in rows if r["provider"] == "United Kingdom" and r["item"] == "Challenger 2"]'
check "republished copy and pledge merge into one Challenger 2 entry" jsonl_has "$J" "len($uk) == 1"
check "conflicting figures kept and flagged, never averaged" \
	jsonl_has "$J" "$uk[0]['pledged_values'] == [12, 14] and $uk[0]['conflicts'] == ['pledged']"
check "the figure most sources give wins" jsonl_has "$J" "$uk[0]['pledged'] == 14"
check "a republished copy counts once" jsonl_has "$J" "$uk[0]['sources'] == 4"
de='[r for r in rows if r["provider"] == "Germany" and r["family"] == "Leopard 2"][0]'
check "variants merge into their family (Leopard 2A6, Leopard 2)" jsonl_has "$J" "$de['item'] == 'Leopard 2'"
check "status is the furthest action reached" jsonl_has "$J" "$de['status'] == 'delivered'"
check "pledged and delivered kept apart" jsonl_has "$J" "$de['pledged'] == 14 and $de['delivered'] == 18"
check "first and last report dates" \
	jsonl_has "$J" "$de['first_date'] == '2023-01-14' and $de['last_date'] == '2023-03-28'"
check "a refusal stays refused" \
	jsonl_has "$J" "[r['status'] for r in rows if r['item'] == 'Taurus'] == ['refused']"
check "money: amount and currency" \
	jsonl_has "$J" "any(r['amount'] == 2500000000 and r['currency'] == 'USD' for r in rows)"
check "backfill is a deal of its own" jsonl_has "$J" \
	"any(r['status'] == 'backfill' and r['beneficiary'] == 'Slovakia' and r['replaces'] == 'S-300' for r in rows)"
check "entries ordered by provider" jsonl_has "$J" "[r['provider'] for r in rows] == sorted(r['provider'] for r in rows)"

ukid=$(python3 -c 'import json, sys
for l in open(sys.argv[1]):
    r = json.loads(l)
    if r["item"] == "Challenger 2": print(r["id"])' "$J")
"$DOSSIER" evidence --db "$t/a.db" "$ukid" >"$t/ev" 2>"$t/err"
expect_rc "evidence exit 0" 0 $?
grep -q "copy of en-wire-challenger.*not counted\|copy of en-wire-challenger-republished.*not counted" "$t/ev" &&
	ok "evidence names the copy that was not counted" || ko "evidence names the copy that was not counted" "$(cat "$t/ev")"
grep -q "quatorze chars de combat principaux Challenger 2" "$t/ev" && ok "evidence gives the sentences" ||
	ko "evidence gives the sentences"
"$DOSSIER" evidence --db "$t/a.db" --format jsonl "$(echo "$ukid" | cut -c1-8)" >"$t/ev.jsonl"
expect_rc "evidence by a short id" 0 $?
check "evidence jsonl: counted and copies" jsonl_has "$t/ev.jsonl" \
	"sum(1 for r in rows if not r['counted']) >= 1 and all(r['entry'] == '$ukid' for r in rows)"
"$DOSSIER" evidence --db "$t/a.db" --format csv "$ukid" | head -n 1 | grep -q '^entry,date,action' &&
	ok "evidence csv header" || ko "evidence csv header"

"$DOSSIER" sources --db "$t/a.db" --format jsonl >"$t/src.jsonl"
check "sources: documents, originals, copies" jsonl_has "$t/src.jsonl" \
	"rows == [{'outlet': None, 'documents': 7, 'originals': 6, 'copies': 1, 'country': None, 'state_affiliated': None}]"

# --- cli: every command, its filters and formats ---------------------------------
D=$t/a.db
"$DOSSIER" tracker --db "$D" >"$t/tab" 2>"$t/err"
expect_rc "tracker exit 0" 0 $?
head -n 1 "$t/tab" | grep -q '^ID  *PROVIDER  *ITEM  *STATUS  *PLEDGED' && ok "tracker table header" ||
	ko "tracker table header" "$(head -n 1 "$t/tab")"
[ "$(awk '{ print index($0, "STATUS") }' "$t/tab" | sort -u | wc -l)" -ge 1 ] &&
	[ "$(awk 'NR > 1 { print substr($0, '"$(head -n 1 "$t/tab" | awk '{ print index($0, "STATUS") }')"' - 1, 1) }' "$t/tab" | sort -u)" = " " ] &&
	ok "tracker table aligned" || ko "tracker table aligned" "$(cat "$t/tab")"
"$DOSSIER" tracker --db "$D" --provider Allemagne --format jsonl >"$t/o"
check "--provider in French (Allemagne = Germany)" jsonl_has "$t/o" \
	"rows and all(r['provider'] == 'Germany' for r in rows)"
"$DOSSIER" tracker --db "$D" --item 'Léopard' --format jsonl >"$t/o"
check "--item Léopard = the Leopard 2 family" jsonl_has "$t/o" "len(rows) == 1 and rows[0]['family'] == 'Leopard 2'"
"$DOSSIER" tracker --db "$D" --item 'Leopard 2A6' --format jsonl >"$t/o"
check "--item of a variant" jsonl_has "$t/o" "len(rows) == 0 or rows[0]['family'] == 'Leopard 2'"
"$DOSSIER" tracker --db "$D" --category tank --format jsonl >"$t/o"
check "--category takes the categories under it" jsonl_has "$t/o" \
	"len(rows) == 3 and all(r['category'] == 'main battle tank' for r in rows)"
"$DOSSIER" tracker --db "$D" --item chars --format jsonl >"$t/o"
check "--item with a category word filters by category" jsonl_has "$t/o" "len(rows) == 3"
"$DOSSIER" tracker --db "$D" --status refused --format jsonl >"$t/o"
check "--status" jsonl_has "$t/o" "[r['item'] for r in rows] == ['Taurus']"
"$DOSSIER" tracker --db "$D" --since 2023-03 --format jsonl >"$t/o"
check "--since" jsonl_has "$t/o" "rows and all(r['last_date'] >= '2023-03' for r in rows)"
"$DOSSIER" tracker --db "$D" --until 2023-01-15 --format jsonl >"$t/o"
check "--until" jsonl_has "$t/o" "rows and all(r['first_date'] <= '2023-01-15' for r in rows)"
"$DOSSIER" tracker --db "$D" --provider Royaume-Uni --since 2023-01 --until 2023-01 --format csv >"$t/o"
[ "$(wc -l <"$t/o")" = 2 ] && head -n 1 "$t/o" | grep -q '^id,provider,item,family,category,status' &&
	ok "tracker csv: header and rows" || ko "tracker csv: header and rows" "$(cat "$t/o")"
"$DOSSIER" tracker --db "$D" --provider Narnia >"$t/o" 2>"$t/err"
expect_rc "no match exit 0" 0 $?
grep -q "no entry matches" "$t/err" && ok "no match said on stderr" || ko "no match said on stderr"
"$DOSSIER" tracker --db "$D" --format xml >/dev/null 2>"$t/err"
expect_rc "bad --format exit 2" 2 $?
"$DOSSIER" tracker --db "$D" --since 2023-13-01 >/dev/null 2>"$t/err"
expect_rc "bad date exit 2" 2 $?
grep -q "is not a date" "$t/err" && ok "bad date named" || ko "bad date named" "$(cat "$t/err")"
"$DOSSIER" tracker --db "$D" --status maybe >/dev/null 2>"$t/err"
expect_rc "bad status exit 2" 2 $?
"$DOSSIER" tracker --db "$D" --category widgets >/dev/null 2>"$t/err"
expect_rc "unknown category exit 2" 2 $?
"$DOSSIER" tracker --db "$t/none.db" >/dev/null 2>"$t/err"
expect_rc "missing database exit 1" 1 $?
[ ! -e "$t/none.db" ] && ok "a query makes no database" || ko "a query makes no database"
echo "not a database, just text that is long enough to fill a header page..............." >"$t/junk.db"
"$DOSSIER" tracker --db "$t/junk.db" >/dev/null 2>"$t/err"
expect_rc "not a database exit 1" 1 $?
grep -q "junk.db" "$t/err" && ok "not a database named" || ko "not a database named" "$(cat "$t/err")"
"$DOSSIER" tracker --help | grep -q -- "--provider NAME" && ok "tracker --help from the option table" ||
	ko "tracker --help"
"$DOSSIER" tracker --db "$D" extra >/dev/null 2>&1
expect_rc "stray argument exit 2" 2 $?

"$DOSSIER" export --db "$D" >"$t/o"
expect_rc "export exit 0" 0 $?
head -n 1 "$t/o" | grep -q '^donor,announcement_date,measure,item,item_type,item_numb,item_numb_deliv,value,currency,sources$' &&
	ok "export: Kiel columns" || ko "export: Kiel columns" "$(head -n 1 "$t/o")"
grep -q '^United Kingdom,2023-01-14,delivered,Challenger 2,main battle tank,14,,,,' "$t/o" &&
	ok "export: a row" || ko "export: a row" "$(cat "$t/o")"
"$DOSSIER" export --db "$D" --provider Germany --format jsonl >"$t/o"
check "export jsonl with a filter" jsonl_has "$t/o" \
	"rows and all(r['donor'] == 'Germany' and 'item_numb_deliv' in r for r in rows)"
"$DOSSIER" export --db "$D" --format table >/dev/null 2>&1
expect_rc "export has no table format" 2 $?

"$DOSSIER" quotes --db "$D" --format jsonl >"$t/o"
expect_rc "quotes exit 0" 0 $?
check "quotes stored" jsonl_has "$t/o" "len(rows) >= 2"
"$DOSSIER" quotes --db "$D" --speaker Stoltenberg --format jsonl >"$t/o"
check "--speaker by surname" jsonl_has "$t/o" "[r['speaker'] for r in rows] == ['Jens Stoltenberg']"
"$DOSSIER" quotes --db "$D" --search 'CRUCIALE phase' --format jsonl >"$t/o"
check "--search: every word, any case" jsonl_has "$t/o" "len(rows) == 1 and 'cruciale' in rows[0]['text']"
"$DOSSIER" quotes --db "$D" --search 'intensify "support' --format csv >"$t/o"
expect_rc "--search with FTS syntax characters exit 0" 0 $?
[ "$(wc -l <"$t/o")" = 3 ] && ok "quotes csv (a republished quote twice)" || ko "quotes csv" "$(cat "$t/o")"
"$DOSSIER" quotes --db "$D" --since 2023-01-15 --format jsonl >"$t/o"
check "quotes --since" jsonl_has "$t/o" "rows and all(r['date'] >= '2023-01-15' for r in rows)"
"$DOSSIER" quotes --db "$D" >"$t/o"
head -n 1 "$t/o" | grep -q '^DATE  *SPEAKER  *QUOTE' && ok "quotes table" || ko "quotes table"

"$DOSSIER" search --db "$D" --format jsonl leopard >"$t/o"
expect_rc "search exit 0" 0 $?
check "full-text search ignores accents (leopard finds Léopard)" jsonl_has "$t/o" \
	"any(r['doc'] == 'fr-londres-challenger' for r in rows)"
"$DOSSIER" search --db "$D" --limit 1 chars >"$t/o"
[ "$(grep -c '^[a-z]' "$t/o")" = 1 ] && ok "search --limit" || ko "search --limit" "$(cat "$t/o")"
"$DOSSIER" search --db "$D" >/dev/null 2>&1
expect_rc "search without words exit 2" 2 $?

"$DOSSIER" evidence --db "$D" 0000000000 >/dev/null 2>"$t/err"
expect_rc "unknown entry exit 2" 2 $?
grep -q "no entry" "$t/err" && ok "unknown entry named" || ko "unknown entry named" "$(cat "$t/err")"
"$DOSSIER" evidence --db "$D" zz >/dev/null 2>&1
expect_rc "bad entry id exit 2" 2 $?
"$DOSSIER" evidence --db "$D" >/dev/null 2>&1
expect_rc "evidence without id exit 2" 2 $?
"$DOSSIER" sources --db "$D" | head -n 1 | grep -q '^OUTLET  *DOCUMENTS  *ORIGINALS  *COPIES' &&
	ok "sources table" || ko "sources table"
"$DOSSIER" sources --db "$D" --format csv | grep -q '^,7,6,1,,$' && ok "sources csv" || ko "sources csv"
"$DOSSIER" dups --db "$D" --format jsonl >"$t/dups.jsonl"
expect_rc "dups exit 0" 0 $?
check "dups: the republished copy under its original" jsonl_has "$t/dups.jsonl" \
	"len(rows) == 1 and rows[0]['kind'] == 'copy' and rows[0]['cluster_size'] == 2 and rows[0]['original'] != rows[0]['doc']"
"$DOSSIER" dups --db "$D" >"$t/o"
head -n 1 "$t/o" | grep -q '^DOCUMENT  *KIND  *DATE  *OUTLET  *TITLE' && grep -q '^1 cluster, 1 linked document$' "$t/o" &&
	ok "dups table" || ko "dups table" "$(cat "$t/o")"
"$DOSSIER" dups --db "$D" --format csv | head -n 1 | grep -q '^original,doc,kind,date,outlet,url,title$' &&
	ok "dups csv header" || ko "dups csv header"
"$DOSSIER" dups --db "$D" extra >/dev/null 2>&1
expect_rc "dups with an argument exit 2" 2 $?

"$DOSSIER" ingest --db "$t/x.db" >/dev/null 2>&1
expect_rc "ingest without input exit 2" 2 $?
"$DOSSIER" ingest --db "$t/x.db" "$IN/fr-douze-chars.txt" "$t/missing.txt" 2>"$t/err"
expect_rc "ingest with a missing input exit 1" 1 $?
grep -q "missing.txt: cannot open" "$t/err" && ok "ingest diagnostic names the input" || ko "ingest diagnostic" "$(cat "$t/err")"
[ "$(sql "$t/x.db" "SELECT COUNT(*) FROM document")" = 1 ] && ok "other inputs still stored" ||
	ko "other inputs still stored"
printf '{"id":"s1","url":"https://www.example.org/a/b","text":"Berlin.\\nGermany pledged 3 IRIS-T systems to Ukraine."}\n' |
	"$DOSSIER" ingest --db "$t/x.db" - 2>"$t/err"
expect_rc "ingest standard input" 0 $?
"$DOSSIER" sources --db "$t/x.db" --format csv | grep -q '^example.org,1,1,0,,$' && ok "outlet from the URL host" ||
	ko "outlet from the URL host" "$("$DOSSIER" sources --db "$t/x.db" --format csv)"
# a state outlet under two of its domains counts as one, with its country and affiliation
printf '%s\n' '{"id":"s2","url":"https://francais.rt.com/international/1","text":"Moscou.\nLa Russie accuse Berlin de prolonger le conflit en livrant des chars."}' \
	'{"id":"s3","url":"https://www.rt.com/news/2","text":"Moscow.\nRussia says German tanks sent to Kyiv will change nothing at the front."}' |
	"$DOSSIER" ingest --db "$t/x.db" - 2>"$t/err"
"$DOSSIER" sources --db "$t/x.db" --format csv | grep -q '^RT (TV network),2,2,0,Russia,yes$' && ok "sources: a state outlet's domains as one, with its affiliation" ||
	ko "sources: a state outlet's domains as one, with its affiliation" "$("$DOSSIER" sources --db "$t/x.db" --format csv)"
"$DOSSIER" ingest --db "$t/junk.db" "$IN/fr-douze-chars.txt" 2>"$t/err"
expect_rc "ingest into a non-database exit 1" 1 $?
"$DOSSIER" ingest --help | grep -q -- "--db PATH" && ok "ingest --help" || ko "ingest --help"
if [ -w /dev/full ]; then
	"$DOSSIER" tracker --db "$D" --format csv >/dev/full 2>/dev/null
	# a write error must not crash; the exit status is not asserted (stdio)
	[ $? -lt 128 ] && ok "write error does not crash" || ko "write error does not crash"
fi

# --- crash: SIGKILL during an ingest, then run again --------------------------------
mkdir -p "$t/many"
i=0
while [ $i -lt 300 ]; do
	for f in "$IN"/*.txt; do
		b=$(basename "$f" .txt)
		# every copy a distinct document: its number in the title
		sed "1s/\$/ ($i)/" "$f" >"$t/many/$b-$i.txt"
	done
	i=$((i + 1))
done
n=$(ls "$t/many" | wc -l)
counts="SELECT (SELECT COUNT(*) FROM document) || '/' || (SELECT COUNT(*) FROM quote) || '/' || (SELECT COUNT(*) FROM aid) || '/' || (SELECT COUNT(*) FROM stock)"
t0=$(date +%s%N)
"$DOSSIER" ingest --db "$t/clean.db" "$t/many" 2>/dev/null
ms=$((($(date +%s%N) - t0) / 1000000))
want=$(sql "$t/clean.db" "$counts")
kills=0
partial=0
# killed once at the moment the database holds some of the documents but
# not all (watched through a reader, as WAL allows), then at random moments
mid=$(python3 -c 'import sqlite3, subprocess, sys, time
exe, db, src, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
p = subprocess.Popen([exe, "ingest", "--db", db, src], stderr=subprocess.DEVNULL)
got = "none"
while p.poll() is None:
    try:
        c = sqlite3.connect(db, timeout=0.05).execute("SELECT COUNT(*) FROM document").fetchone()[0]
    except sqlite3.Error:
        c = 0
    if 0 < c < n:
        p.kill()
        got = c
        break
    time.sleep(0.002)
p.wait()
print(got)' "$DOSSIER" "$t/crash.db" "$t/many" "$n")
case $mid in none) ;; *) kills=$((kills + 1)) partial=$((partial + 1)) ;; esac
k=0
while [ $k -lt 5 ]; do
	"$DOSSIER" ingest --db "$t/crash.db" "$t/many" 2>/dev/null &
	pid=$!
	# a random moment of a clean ingest's duration
	sleep "$(awk -v s="$k$$" -v ms="$ms" 'BEGIN { srand(s); printf "%.3f", ms * (0.1 + 0.8 * rand()) / 1000 }')"
	if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); fi
	wait "$pid" 2>/dev/null
	[ "$(sql "$t/crash.db" "SELECT COUNT(*) FROM document")" -lt "$n" ] && partial=$((partial + 1))
	k=$((k + 1))
done
[ "$kills" -ge 1 ] && [ "$partial" -ge 1 ] && ok "ingest killed $kills times, $partial of them part way (clean ingest ${ms} ms; one at $mid of $n documents)" ||
	ko "ingest killed part way" "$kills kills, $partial part way, clean ingest ${ms} ms"
"$DOSSIER" ingest --db "$t/crash.db" "$t/many" 2>/dev/null
expect_rc "ingest after the kills exit 0" 0 $?
got=$(sql "$t/crash.db" "$counts")
[ "$(sql "$t/crash.db" "PRAGMA integrity_check")" = ok ] && ok "integrity_check ok after SIGKILLs" ||
	ko "integrity_check ok after SIGKILLs"
fk=$(sql "$t/crash.db" "PRAGMA foreign_key_check")
[ -z "$fk" ] && ok "no dangling reference after SIGKILLs" || ko "no dangling reference after SIGKILLs" "$fk"
[ "$got" = "$want" ] && ok "complete after SIGKILLs ($got documents/quotes/aid/stock, $n files)" ||
	ko "complete after SIGKILLs" "got $got, clean ingest $want"
"$DOSSIER" tracker --db "$t/clean.db" --format jsonl >"$t/clean.jsonl"
"$DOSSIER" tracker --db "$t/crash.db" --format jsonl >"$t/crash.jsonl"
cmp -s "$t/clean.jsonl" "$t/crash.jsonl" && ok "same tracker after SIGKILLs" || ko "same tracker after SIGKILLs"
exit 0
