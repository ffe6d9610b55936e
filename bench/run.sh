#!/bin/sh
# bench/run.sh: `make bench`, dossier's throughput and memory figures.
#
# Builds (or reuses) the synthetic corpus of bench/gen.py under $BUILD/bench,
# then runs the sections named in BENCH_SECTIONS, in order; each prints one
# small table. Figures are per core: input megabytes (10^6 bytes, uncompressed)
# or documents divided by the user + sys CPU seconds of the one dossier process,
# run with --threads 1; rows marked "all cores" run with the default threads
# (one per processor) and divide by wall-clock seconds.
#
# Environment: BUILD, SHARED (set by make); BENCH_MB corpus size in MB, a
# third per format (default 300; BENCH_MB=20 for a quick run); BENCH_SEED
# (default 1); BENCH_SECTIONS (default "documents extract kb memory check
# readability store serve"); BENCH_MENTIONS mentions of the store and serve
# sections' synthetic tracker database (default 1000000);
# BENCH_SERVE_SECONDS wrk's run per page (default 10), BENCH_SOAK_SECONDS
# the serve soak (default 60);
# BENCH_READABILITY_MB size of the baseline's HTML sample (default 20);
# BENCH_REPEAT runs per extract figure, the least CPU kept (default 2).
#
# Adding a section: write section_NAME below (a `title` line, then rows made
# with printf), add NAME to the default of BENCH_SECTIONS. Run commands through
# `measure ID CMD...`, which leaves "elapsed user sys maxrss_kb" in $TMP/ID.res
# and the command's standard error in $TMP/ID.err; `res ID` reads them back.
# Exit status: 1 when a measurement failed or documents went missing (missed
# targets are reported, not failed).
# shellcheck disable=SC2317 # sections are called by name

set -u
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
BIN=$BUILD/dossier
MB=${BENCH_MB:-300}
SEED=${BENCH_SEED:-1}
RMB=${BENCH_READABILITY_MB:-20}
REPEAT=${BENCH_REPEAT:-2}
SECTIONS=${BENCH_SECTIONS:-documents extract kb memory check readability store serve}
HERE=$(dirname "$0")
CORPUS=$BUILD/bench/corpus-${MB}mb-s$SEED
TMP=$BUILD/bench/run

# target FORMAT: the per-core throughput target in MB/s of reading,
# cleaning and segmentation (document records only), empty = none.
target() {
	case $1 in
	txt) echo 200 ;;
	html) echo 80 ;;
	esac
}

# The whole extract (clean + names + quotes + aid + stock + JSONL): MB/s.
FULL_TARGET=50

die() {
	echo "bench: $*" >&2
	exit 1
}

case $MB in
'' | *[!0-9.]* | *.*.*) die "BENCH_MB must be a number of megabytes, not '$MB'" ;;
esac
case $REPEAT in
'' | *[!0-9]* | 0) die "BENCH_REPEAT must be a positive whole number, not '$REPEAT'" ;;
esac
[ -x "$BIN" ] || die "no $BIN: run make first"
command -v python3 >/dev/null || die "python3 is needed to generate the corpus"

# --- helpers -------------------------------------------------------------------

title() {
	printf '\n%s\n' "$*"
}

# measure ID CMD...: runs CMD, standard output to /dev/null (or to the file
# MEASURE_OUT names).
measure() {
	id=$1
	shift
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f '%e %U %S %M' -o "$TMP/$id.res" "$@" >"${MEASURE_OUT:-/dev/null}" 2>"$TMP/$id.err"
	else
		python3 "$HERE/rusage.py" "$TMP/$id.res" "$@" >"${MEASURE_OUT:-/dev/null}" 2>"$TMP/$id.err"
	fi
	echo $? >"$TMP/$id.rc"
}

# broken ID: true when the command did not succeed (every input of the
# synthetic corpus is readable, so any non-zero exit is a failure).
broken() {
	[ "$(cat "$TMP/$1.rc" 2>/dev/null || echo 127)" -ne 0 ]
}

# measure_best ID CMD...: measure, REPEAT times, keeping the run that used the
# least CPU (the machine may be busy with something else now and then).
measure_best() {
	best=$1
	shift
	measure "$best" "$@"
	n=1
	while [ "$n" -lt "$REPEAT" ]; do
		measure "$best.again" "$@"
		if awk -v a="$(res "$best")" -v b="$(res "$best.again")" 'BEGIN {
			split(a, x, " "); split(b, y, " "); exit !(y[2] + y[3] < x[2] + x[3]) }'; then
			mv "$TMP/$best.again.res" "$TMP/$best.res"
			mv "$TMP/$best.again.err" "$TMP/$best.err"
			mv "$TMP/$best.again.rc" "$TMP/$best.rc"
		fi
		rm -f "$TMP/$best.again.res" "$TMP/$best.again.err" "$TMP/$best.again.rc"
		n=$((n + 1))
	done
}

# res ID: "elapsed user sys maxrss_kb diag_lines" of a measurement. GNU time
# puts "Command exited with non-zero status" first, so the last line counts.
res() {
	[ -s "$TMP/$1.res" ] && ! broken "$1" || return 1
	printf '%s %s\n' "$(tail -n 1 "$TMP/$1.res")" "$(grep -vc '^Command ' "$TMP/$1.err")"
}

# mf KEY: a value of the corpus manifest (0 when absent).
mf() {
	awk -v k="$1" '$1 == k { v = $2 } END { print v + 0 }' "$CORPUS/manifest.txt"
}

# mb BYTES: megabytes with one decimal.
mb() {
	awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'
}

# The python that can import readability (Debian's python3-readability lives
# in /usr/lib/python3/dist-packages, which another python3 may not see).
readability_python() {
	for py in python3 /usr/bin/python3; do
		if command -v "$py" >/dev/null && "$py" -c 'import readability, lxml.html' 2>/dev/null; then
			echo "$py"
			return 0
		fi
	done
	return 1
}

# --- corpus --------------------------------------------------------------------

section_corpus() {
	mkdir -p "$TMP" || die "cannot create $TMP"
	rm -f "$TMP"/*.res "$TMP"/*.err "$TMP"/*.rc
	# every section runs the same binary, even if a build replaces $BIN
	# meanwhile; the copy cannot find data/kb beside build/, so it is named
	if [ -z "${DOSSIER_KB:-}" ] && [ -d "$HERE/../data/kb" ]; then
		DOSSIER_KB=$(cd "$HERE/../data/kb" && pwd)
		export DOSSIER_KB
	fi
	cp "$BIN" "$TMP/dossier" || die "cannot copy $BIN"
	BIN=$TMP/dossier
	t0=$(date +%s)
	python3 "$HERE/gen.py" --out "$CORPUS" --mb "$MB" --seed "$SEED" \
		--jobs "$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)" 2>"$TMP/gen.log" || {
		cat "$TMP/gen.log" >&2
		die "corpus generation failed"
	}
	if grep -q 'up to date' "$TMP/gen.log"; then
		made="reused"
	else
		made="generated in $(($(date +%s) - t0))s"
	fi
	cpu=$(awk -F: '/^model name/ { sub(/^ +/, "", $2); print $2; exit }' /proc/cpuinfo 2>/dev/null)
	printf 'dossier bench: %s, %s cores (%s)\n' "$("$BIN" --version 2>/dev/null | head -n 1)" \
		"$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')" "${cpu:-unknown CPU}"
	printf 'corpus %s (%s): txt %s MB (%s files), html %s MB (%s pages), warc %s MB in %s files (%s MB gzipped)\n' \
		"$CORPUS" "$made" "$(mb "$(mf txt.bytes)")" "$(mf txt.docs)" "$(mb "$(mf html.bytes)")" \
		"$(mf html.docs)" "$(mb "$(mf warc.bytes)")" "$(mf warc.files)" \
		"$(mb "$(mf warc.gz_bytes)")"
	if [ -x /usr/bin/time ]; then
		echo "measured with /usr/bin/time; MB = 10^6 bytes of uncompressed input"
	else
		echo "measured with bench/rusage.py (getrusage); MB = 10^6 bytes of uncompressed input"
	fi
}

# --- extract: bytes -> records, per input format ----------------------------------

# row LABEL BYTES DOCS ID TARGET: one line of the extract table.
extract_row() {
	r=$(res "$4") || {
		printf '%-6s FAILED (exit %s): %s\n' "$1" "$(cat "$TMP/$4.rc" 2>/dev/null)" \
			"$(head -n 1 "$TMP/$4.err" 2>/dev/null)"
		STATUS=1
		return
	}
	echo "$r" | awk -v label="$1" -v bytes="$2" -v docs="$3" -v target="$5" '{
		cpu = $2 + $3; if (cpu < 0.01) cpu = 0.01
		mbs = bytes / 1e6 / cpu
		t = "-"
		if (target != "") t = sprintf(">= %d MB/s %s", target, mbs >= target ? "ok" : "MISSED")
		printf "%-6s %9.1f %8d %7.2f %7.2f %10.1f %12.0f %8.1f %6d  %s\n",
		    label, bytes / 1e6, docs, $2 + $3, $1, mbs, docs / cpu, $4 / 1024, $5, t
	}'
}

section_documents() {
	title "documents: reading + cleaning + segmentation (dossier extract --records document --no-dedup SET)"
	printf '%-6s %9s %8s %7s %7s %10s %12s %8s %6s  %s\n' format "input MB" docs "CPU s" \
		"wall s" "MB/s/core" "docs/s/core" "RSS MB" diag target
	# the fixed cost (knowledge base load) on a one-line document
	echo "Startup" >"$TMP/startup.txt"
	measure_best d_start "$BIN" extract --threads 1 --records document --no-dedup "$TMP/startup.txt"
	if r=$(res d_start); then
		echo "$r" | awk '{ printf "%-6s %9s %8d %7.2f %7.2f %10s %12s %8.1f %6d  %s\n",
		    "start", "0.0", 1, $2 + $3, $1, "-", "-", $4 / 1024, $5, "fixed cost (no knowledge base), included below" }'
	else
		extract_row start 0 1 d_start ""
	fi
	for f in txt html warc; do
		measure_best "d_$f" "$BIN" extract --threads 1 --records document --no-dedup "$CORPUS/$f"
		extract_row "$f" "$(mf "$f.bytes")" "$(mf "$f.docs")" "d_$f" "$(target "$f")"
	done
	echo "(diag: lines on standard error; warc MB counts the gunzipped WARC records," \
		"docs its HTML 2xx responses)"
	for f in txt html warc; do
		if [ -s "$TMP/d_$f.err" ]; then
			echo "first diagnostic ($f): $(grep -v '^Command exited' "$TMP/d_$f.err" | head -n 1)"
		fi
	done
}


section_extract() {
	title "extract: the whole extract, clean + names + quotes + aid + stock + JSONL (dossier extract SET)"
	printf '%-6s %9s %8s %7s %7s %10s %12s %8s %6s  %s\n' format "input MB" docs "CPU s" \
		"wall s" "MB/s/core" "docs/s/core" "RSS MB" diag target
	# the fixed cost (knowledge base load) on a one-line document
	echo "Startup" >"$TMP/startup.txt"
	measure_best x_start "$BIN" extract --threads 1 "$TMP/startup.txt"
	if r=$(res x_start); then
		echo "$r" | awk '{ printf "%-6s %9s %8d %7.2f %7.2f %10s %12s %8.1f %6d  %s\n",
		    "start", "0.0", 1, $2 + $3, $1, "-", "-", $4 / 1024, $5, "fixed cost, included below" }'
	else
		extract_row start 0 1 x_start ""
	fi
	for f in txt html warc; do
		measure_best "x_$f" "$BIN" extract --threads 1 "$CORPUS/$f"
		extract_row "$f" "$(mf "$f.bytes")" "$(mf "$f.docs")" "x_$f" "$FULL_TARGET"
	done
	# the same on every core (--threads default: one per processor)
	measure_best xa_txt "$BIN" extract "$CORPUS/txt"
	if r=$(res xa_txt); then
		echo "$r" | awk -v b="$(mf txt.bytes)" -v n="$(nproc)" '{ w = $1 > 0.01 ? $1 : 0.01
		    printf "txt, all %d cores: %.2f s wall, %.1f MB/s\n", n, w, b / 1e6 / w }'
	fi
	# records per second: quotes, aid, stock on the txt set
	"$BIN" extract "$CORPUS/txt" 2>/dev/null | awk -F'"type":"' '{ split($2, t, "\""); n[t[1]]++ }
	    END { printf "records on the txt set: %d documents, %d quotes, %d aid, %d stock\n", n["document"], n["quote"], n["aid"], n["stock"] }' >"$TMP/records.txt"
	cat "$TMP/records.txt"
	if r=$(res x_txt); then
		q=$(awk '{ print $8 }' "$TMP/records.txt" | tr -d ,)
		echo "$r" | awk -v q="$q" '{ c = $2 + $3; if (c < 0.01) c = 0.01; printf "quotes per second per core (txt set, whole extract): %.0f\n", q / c }'
	fi
	echo "(diag: lines on standard error; warc MB counts the gunzipped WARC records," \
		"docs its HTML 2xx responses)"
	for f in txt html warc; do
		if [ -s "$TMP/x_$f.err" ]; then
			echo "first diagnostic ($f): $(grep -v '^Command exited' "$TMP/x_$f.err" | head -n 1)"
		fi
	done
}

# --- kb: the knowledge base and its matcher ------------------------------------

section_kb() {
	title "kb: knowledge-base load and matcher (bench/bench_kb.c; targets: load < 50 ms, memory < 50 MB, matching >= 500 MB/s)"
	kbb=$BUILD/bench/bench_kb
	[ -x "$kbb" ] || { echo "skipped: $kbb not built"; return 0; }
	kbdir=${DOSSIER_KB:-$HERE/../data/kb}
	find "$CORPUS/txt" -name '*.txt' | sort >"$TMP/kb.list"
	mkdir -p "$TMP/kbcache"
	"$kbb" "$kbdir" "$TMP/kbcache" "$TMP/kb.list" >/dev/null 2>&1 # warms the cache
	out=$("$kbb" "$kbdir" "$TMP/kbcache" "$TMP/kb.list") || { echo "FAILED"; STATUS=1; return 0; }
	echo "$out" | awk '{
		printf "entries: %d states, %d organisations, %d people, %d materiel; %d aliases\n", $1, $2, $3, $4, $5
		printf "load: %.1f ms from the cached matcher (%s), %.0f ms compiling it\n", $7, ($7 < 50 ? "ok" : "MISSED"), $6
		printf "memory of the loaded base: %.1f MB (%s); matcher scratch %.1f MB\n", $8 / 1024, ($8 / 1024 < 50 ? "ok" : "MISSED"), $9 / 1024
		mbs = $11 / 1e6 / $13
		printf "matching: %d files, %.1f MB, %d mentions (one per %d bytes), %.2f CPU s: %.0f MB/s per core (%s)\n",
		    $10, $11 / 1e6, $12, $12 ? $11 / $12 : 0, $13, mbs, (mbs >= 500 ? "ok" : "MISSED")
	}'
}

# --- dedup: near-duplicates among many documents ------------------------------

section_dedup() {
	n=${BENCH_DEDUP_N:-1000000}
	title "dedup: $n documents with planted copies (bench/gen_dedup.py; target: 1 million in 60 s on 2 cores, under 2 GB)"
	corpus=$BUILD/bench/dedup-$n.jsonl
	if [ ! -s "$corpus" ]; then
		python3 "$HERE/gen_dedup.py" "$n" "$corpus" "$corpus.truth" "$SEED" || {
			echo "FAILED to generate"
			STATUS=1
			return 0
		}
	fi
	MEASURE_OUT=$TMP/dd.jsonl
	measure dd "$BIN" extract --records document "$corpus"
	unset MEASURE_OUT
	r=$(res dd) || {
		echo "FAILED (exit $(cat "$TMP/dd.rc"))"
		STATUS=1
		return 0
	}
	echo "$r" | awk -v n="$n" -v b="$(wc -c <"$corpus")" -v t="$(nproc)" '{
		printf "%d documents, %.1f MB, %d threads: %.1f s wall (%s), %.1f CPU s, %.0f documents/s (%.0f per core), peak RSS %.0f MB\n",
		    n, b / 1e6, t, $1, $1 <= 60 * n / 1e6 ? "ok" : "MISSED", $2 + $3, n / $1, n / ($2 + $3), $4 / 1024 }'
	python3 "$HERE/score_dedup_bench.py" "$corpus.truth" "$TMP/dd.jsonl"
	py=$(command -v python3)
	if "$py" -c 'import datasketch' 2>/dev/null; then
		echo "(datasketch is installed: compare with its MinHashLSH on the same corpus)"
	else
		echo "(datasketch's MinHashLSH, the usual Python tool, is not installed: no ratio)"
	fi
}

# --- memory: peak RSS must not grow with the size of the input --------------------

section_memory() {
	title "memory: peak RSS against input size (streaming: should stay flat)"
	printf '%-14s %9s %8s %8s\n' input "input MB" "RSS MB" growth
	[ -s "$TMP/x_txt.res" ] || measure x_txt "$BIN" extract --threads 1 "$CORPUS/txt"
	measure m_txt_q1 "$BIN" extract --threads 1 "$CORPUS/txt/q1"
	pairs="txt_q1:m_txt_q1:txt/1-4 txt:x_txt:txt/all"
	if [ "$(mf warc.files)" -gt 1 ]; then
		[ -s "$TMP/x_warc.res" ] || measure x_warc "$BIN" extract --threads 1 "$CORPUS/warc"
		measure m_warc_0 "$BIN" extract --threads 1 "$CORPUS/warc/crawl-000.warc.gz"
		pairs="$pairs warc_0:m_warc_0:warc/1-file warc:x_warc:warc/all"
	fi
	base=
	for p in $pairs; do
		key=${p%%:*}
		rest=${p#*:}
		id=${rest%%:*}
		label=${rest#*:}
		r=$(res "$id") || continue
		rss=$(echo "$r" | awk '{ print $4 }')
		case $label in
		*/all) g=$(awk -v a="$base" -v b="$rss" 'BEGIN { printf "x%.2f", b / (a > 0 ? a : 1) }') ;;
		*) g=- base=$rss ;;
		esac
		printf '%-14s %9s %8s %8s\n' "$label" "$(mb "$(mf "$key.bytes")")" \
			"$(awk -v k="$rss" 'BEGIN { printf "%.1f", k / 1024 }')" "$g"
	done
}

# --- check: the documents were really read ---------------------------------------

# check_row LABEL PATH EXPECTED: dossier's document records against the manifest.
check_row() {
	got=$("$BIN" extract "$2" 2>/dev/null | grep -c '"type":"document"')
	if [ "$got" -eq "$3" ]; then
		verdict=ok
	else
		verdict=MISMATCH
		STATUS=1
	fi
	printf '%-14s %8d %8d  %s\n' "$1" "$got" "$3" "$verdict"
}

section_check() {
	title "check: document records written for one part of each set"
	printf '%-14s %8s %8s\n' part written expected
	check_row txt/q1 "$CORPUS/txt/q1" "$(mf txt_q1.docs)"
	check_row html/p1 "$CORPUS/html/p1" "$(mf html_p1.docs)"
	check_row warc/000 "$CORPUS/warc/crawl-000.warc.gz" "$(mf warc_0.docs)"
}

# --- baseline: python3-readability on the same HTML pages --------------------------

section_readability() {
	title "baseline: python3-readability, Document(html).summary() + lxml text, on the html set"
	py=$(readability_python) || {
		echo "skipped: python3-readability is not installed (Debian package python3-readability)"
		return 0
	}
	out=$("$py" "$HERE/readability_bench.py" "$CORPUS/html" "$RMB") || {
		echo "skipped: bench/readability_bench.py failed"
		return 0
	}
	# shellcheck disable=SC2086 # the four fields of the line
	set -- $out
	dossier_mbs=$(res x_html | awk '{ c = $2 + $3; if (c > 0) printf "%.3f", '"$(mf html.bytes)"' / 1e6 / c }')
	printf '%-18s %9s %8s %7s %10s %12s\n' tool "input MB" docs "CPU s" "MB/s/core" "docs/s/core"
	awk -v b="$1" -v d="$2" -v c="$3" -v v="$4" 'BEGIN {
		if (c < 0.001) c = 0.001
		printf "%-18s %9.1f %8d %7.2f %10.2f %12.0f\n", "readability " v, b / 1e6, d, c, b / 1e6 / c, d / c
	}'
	if [ -n "$dossier_mbs" ]; then
		awk -v b="$1" -v c="$3" -v m="$dossier_mbs" 'BEGIN {
			if (c < 0.001) c = 0.001
			r = b / 1e6 / c
			printf "dossier / readability: x%.1f (%.1f vs %.2f MB/s per core; dossier over the whole html set)\n", m / r, m, r
		}'
	fi
}

# --- store: ingest into the database, its size, tracker queries -------------------

# ms CMD...: wall milliseconds of one run (standard output discarded)
ms() {
	s0=$(date +%s%N)
	"$@" >/dev/null 2>&1
	echo $((($(date +%s%N) - s0) / 1000000))
}

section_store() {
	title "store: dossier ingest vs dossier extract on the txt set; database size; tracker queries (targets: ingest within 2x of extract, filtered query < 50 ms)"
	db=$TMP/store.db
	# each run starts from an empty database (a second run would only skip)
	cat >"$TMP/ingest.sh" <<EOS
rm -f "$db" "$db-wal" "$db-shm"
exec "$BIN" ingest --threads 1 --quiet --db "$db" "$CORPUS/txt"
EOS
	[ -s "$TMP/x_txt.res" ] || measure_best x_txt "$BIN" extract --threads 1 "$CORPUS/txt"
	measure_best s_ingest sh "$TMP/ingest.sh"
	docs=$(mf txt.docs)
	printf '%-8s %8s %8s %7s %7s %12s %8s\n' run docs "MB" "CPU s" "wall s" "docs/s/core" "RSS MB"
	for id in x_txt s_ingest; do
		r=$(res "$id") || { echo "$id FAILED: $(head -n 1 "$TMP/$id.err")"; STATUS=1; continue; }
		echo "$r" | awk -v id="$id" -v d="$docs" -v b="$(mf txt.bytes)" '{ c = $2 + $3; if (c < 0.01) c = 0.01
		    printf "%-8s %8d %8.1f %7.2f %7.2f %12.0f %8.1f\n", id == "x_txt" ? "extract" : "ingest", d, b / 1e6, c, $1, d / c, $4 / 1024 }'
	done
	if a=$(res x_txt) && b=$(res s_ingest); then
		awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " ")
		    r = (y[2] + y[3]) / (x[2] + x[3] > 0.01 ? x[2] + x[3] : 0.01)
		    printf "ingest / extract CPU: x%.2f (%s)\n", r, (r <= 2 ? "ok" : "MISSED") }'
	fi
	# on every core: the database writes overlap the extraction
	sed 's/--threads 1 //' "$TMP/ingest.sh" >"$TMP/ingest-all.sh"
	[ -s "$TMP/xa_txt.res" ] || measure_best xa_txt "$BIN" extract "$CORPUS/txt"
	measure_best s_ingest_all sh "$TMP/ingest-all.sh"
	if a=$(res xa_txt) && b=$(res s_ingest_all); then
		awk -v a="$a" -v b="$b" -v n="$(nproc)" 'BEGIN { split(a, x, " "); split(b, y, " ")
		    printf "all %d cores: extract %.2f s, ingest %.2f s wall: ingest / extract x%.2f\n", n, x[1], y[1], y[1] / (x[1] > 0.01 ? x[1] : 0.01) }'
	fi
	if [ -s "$db" ]; then
		size=$(wc -c <"$db")
		n=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM document").fetchone()[0])' "$db")
		awk -v s="$size" -v n="$n" -v b="$(mf txt.bytes)" 'BEGIN { if (n < 1) n = 1
		    printf "database: %.1f MB for %d documents (%.1f MB of text): %.0f MB per 100 000 documents\n", s / 1e6, n, b / 1e6, s / n * 1e5 / 1e6 }'
	fi
	# a synthetic database of BENCH_MENTIONS aid mentions
	nm=${BENCH_MENTIONS:-1000000}
	big=$BUILD/bench/tracker-$nm.db
	if [ ! -s "$big" ]; then
		rm -f "$big" "$big-wal" "$big-shm"
		"$BIN" ingest --quiet --db "$big" "$HERE/../tests/store/in/fr-douze-chars.txt" &&
			python3 "$HERE/gen_mentions.py" "$big" "$nm" || { echo "FAILED: cannot make $big"; STATUS=1; return 0; }
	else
		python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); c.execute("INSERT OR IGNORE INTO stale SELECT DISTINCT provider FROM aid"); c.commit()' "$big"
	fi
	t=$(ms "$BIN" tracker --db "$big" --format csv)
	entries=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM entry").fetchone()[0])' "$big")
	echo "tracker on $nm mentions: full recompute (every provider stale) $t ms, $entries entries"
	printf '%-52s %8s  %s\n' "query (best of 5, wall, whole process)" ms target
	for q in "--provider Germany" "--provider Allemagne --item Leopard" "--category tank --status delivered" \
		"--since 2023-06 --until 2023-09" ""; do
		best=
		for k in 1 2 3 4 5; do
			# shellcheck disable=SC2086 # the options of q
			v=$(ms "$BIN" tracker --db "$big" $q --format csv)
			[ -z "$best" ] || [ "$v" -lt "$best" ] && best=$v
		done
		printf '%-52s %8s  %s\n' "tracker ${q:-(all entries)}" "$best" "$([ -z "$q" ] && echo - || { [ "$best" -lt 50 ] && echo ok || echo MISSED; })"
	done
}

# --- serve: dossier serve under wrk, over the store of BENCH_MENTIONS mentions ----

# wrk_run ID URL SECONDS [LUA]: wrk with 2 threads and 64 connections;
# leaves its report in $TMP/ID.wrk
wrk_run() {
	if [ -n "${4:-}" ]; then
		wrk -t2 -c64 -d"$3"s --latency -s "$4" "$2" >"$TMP/$1.wrk" 2>&1
	else
		wrk -t2 -c64 -d"$3"s --latency "$2" >"$TMP/$1.wrk" 2>&1
	fi
}

# wrk_row LABEL ID [JUDGE]: requests/s, p50, p99 (ms), and the verdict against
# the targets when JUDGE is 1
wrk_row() {
	awk -v label="$1" -v judge="${3:-1}" '
	function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
	/Requests\/sec:/ { rps = $2 }
	$1 == "50%" { p50 = ms($2) }
	$1 == "99%" { p99 = ms($2) }
	/Non-2xx/ { bad = $NF }
	END {
		if (rps == "") { printf "%-58s FAILED (no wrk report)\n", label; exit }
		v = judge != 1 ? "-" : (rps >= 5000 && p99 < 20) ? "ok" : "MISSED"
		printf "%-58s %10.0f %8.2f %8.2f %6d  %s\n", label, rps, p50, p99, bad, v
	}' "$TMP/$2.wrk"
}

# serve_start LOG ARGS...: sets SPID and SURL
serve_start() {
	log=$1
	shift
	"$BIN" serve --port 0 "$@" 2>"$log" &
	SPID=$!
	SURL=
	n=0
	while [ -z "$SURL" ] && [ $n -lt 100 ] && kill -0 "$SPID" 2>/dev/null; do
		sleep 0.1
		SURL=$(sed -n 's|.* on \(http://127\.0\.0\.1:[0-9]*\)/ .*|\1|p' "$log" 2>/dev/null)
		n=$((n + 1))
	done
	[ -n "$SURL" ]
}

serve_stop() {
	kill -TERM "$SPID" 2>/dev/null
	wait "$SPID" 2>/dev/null
}

# rss_kb PID: anonymous resident memory (the database, mapped, is not counted)
rss_kb() {
	awk '/^RssAnon:/ { print $2 }' "/proc/$1/status" 2>/dev/null
}

section_serve() {
	secs=${BENCH_SERVE_SECONDS:-10}
	soak=${BENCH_SOAK_SECONDS:-60}
	title "serve: dossier serve on 127.0.0.1 under wrk (2 threads, 64 connections, ${secs}s a page; targets: >= 5000 requests/s and p99 < 20 ms on 2 cores)"
	if ! command -v wrk >/dev/null; then
		[ "$(id -u)" = 0 ] && sh "$HERE/../scripts/deps.sh" wrk >/dev/null 2>&1
		command -v wrk >/dev/null || { echo "skipped: wrk is not installed (apt-get install wrk, as root)"; return 0; }
	fi
	nm=${BENCH_MENTIONS:-1000000}
	big=$BUILD/bench/tracker-$nm.db
	if [ ! -s "$big" ]; then
		rm -f "$big" "$big-wal" "$big-shm"
		"$BIN" ingest --quiet --db "$big" "$HERE/../tests/store/in/fr-douze-chars.txt" &&
			python3 "$HERE/gen_mentions.py" "$big" "$nm" || { echo "FAILED: cannot make $big"; STATUS=1; return 0; }
	fi
	# the server reads the tracker as stored: compute what is stale first
	t0=$(date +%s)
	"$BIN" tracker --db "$big" --format csv >/dev/null 2>&1 || { echo "FAILED: dossier tracker on $big"; STATUS=1; return 0; }
	echo "database: $big ($nm mentions; tracker brought up to date in $(($(date +%s) - t0)) s)"
	printf '%-58s %10s %8s %8s %6s  %s\n' page "requests/s" "p50 ms" "p99 ms" non2xx target
	for mode in cached render; do
		if [ $mode = cached ]; then
			serve_start "$TMP/serve.log" --db "$big" || { echo "FAILED: serve: $(cat "$TMP/serve.log")"; STATUS=1; return 0; }
		else
			serve_start "$TMP/serve.log" --db "$big" --cache-mb 0 || { echo "FAILED: serve: $(cat "$TMP/serve.log")"; STATUS=1; return 0; }
		fi
		for p in "/" "/tracker?provider=Allemagne&status=delivered" "/tracker?provider=Germany"; do
			curl -s -o /dev/null "$SURL$p" # the first request renders it
			id=w_$(echo "$mode$p" | tr -c 'a-zA-Z0-9\n' '_')
			wrk_run "$id" "$SURL$p" "$secs"
			wrk_row "$p ($mode)" "$id" "$([ $mode = cached ] && echo 1 || echo 0)"
		done
		serve_stop
	done
	echo "(cached: the page cache answers, as it does until the database changes: the targets apply;"
	echo " render: --cache-mb 0, every request queries the store and renders the page, for the record;"
	echo " wrk runs on the same 2 cores)"

	# the soak: many distinct pages (the cache churns), memory sampled
	title "serve soak: ${soak}s of mixed pages (overview, tracker filters, entries, documents, search, API) under wrk"
	serve_start "$TMP/soak.log" --db "$big" --cache-mb 32 || { echo "FAILED: serve: $(cat "$TMP/soak.log")"; STATUS=1; return 0; }
	ids=$(curl -s "$SURL/api/tracker?provider=Germany" | python3 -c 'import json, sys
print(" ".join(e["id"] for e in json.load(sys.stdin)["entries"][:20]))')
	{
		echo 'local paths = {"/", "/api/overview", "/tracker", "/speakers", "/documents", "/api/documents?page=3"}'
		for pr in Germany France Poland Canada Allemagne "Royaume-Uni" NATO Japan; do
			for st in "" pledged delivered refused; do
				echo "paths[#paths + 1] = \"/tracker?provider=$pr&status=$st\""
				echo "paths[#paths + 1] = \"/api/tracker?provider=$pr&status=$st\""
			done
		done
		for y in 2022 2023 2024; do
			for m in $(seq -w 1 12); do
				echo "paths[#paths + 1] = \"/tracker?since=$y-$m&until=$y-$m\""
			done
		done
		for id in $ids; do
			echo "paths[#paths + 1] = \"/entries/$id\""
			echo "paths[#paths + 1] = \"/api/entries/$id\""
		done
		for k in 1 2 3 50 500 5000 50000; do
			echo "paths[#paths + 1] = \"/documents/$k\""
		done
		for w in synthetic Leopard tanks missile nothing; do
			echo "paths[#paths + 1] = \"/search?q=$w\""
		done
		echo 'request = function() return wrk.format("GET", paths[math.random(#paths)]) end'
	} >"$TMP/soak.lua"
	rss0=$(rss_kb "$SPID")
	wrk_run soak "$SURL/" "$soak" "$TMP/soak.lua" &
	wpid=$!
	max=$rss0
	while kill -0 "$wpid" 2>/dev/null; do
		sleep 2
		r=$(rss_kb "$SPID")
		[ -n "$r" ] && [ "$r" -gt "$max" ] && max=$r
	done
	wait "$wpid"
	rss1=$(rss_kb "$SPID")
	alive=no
	[ "$(curl -s -o /dev/null -w '%{http_code}' "$SURL/")" = 200 ] && alive=yes
	awk '/Requests\/sec:/ { r = $2 } /requests in/ { n = $1 } /Non-2xx/ { b = $NF } /Socket errors/ { e = $0 }
	    $1 == "99%" { p = $2 }
	    END { printf "%s requests, %.0f requests/s, p99 %s, non-2xx %d%s\n", n, r, p, b, e ? "; " e : "" }' "$TMP/soak.wrk"
	echo "$rss0 $max $rss1 $alive" | awk '{ printf "server anonymous RSS: %.1f MB before, %.1f MB at most, %.1f MB after; answering after the soak: %s\n", $1 / 1024, $2 / 1024, $3 / 1024, $4 }'
	[ "$alive" = yes ] || STATUS=1
	serve_stop
}

# -------------------------------------------------------------------------------

STATUS=0 # 1 when a measurement failed or documents went missing
start=$(date +%s)
section_corpus
for s in $SECTIONS; do
	command -v "section_$s" >/dev/null || die "unknown section '$s'"
	"section_$s"
done
printf '\nbench: %ss in all%s\n' "$(($(date +%s) - start))" \
	"$([ "$STATUS" = 0 ] || echo '; FAILED or MISMATCH above')"
exit "$STATUS"
