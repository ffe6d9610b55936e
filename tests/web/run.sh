#!/bin/sh
# tests/web/run.sh: dossier serve over real HTTP, on 127.0.0.1 only.
#   pages    a database ingested from the articles of in/ (French, English,
#            and hostile ones: <script>, javascript: links, attribute
#            breakouts, bytes that are not UTF-8) and of tests/store/in;
#            every page and its JSON through curl: statuses, content types,
#            security headers, filters in French, evidence, highlights
#   hostile  every page that shows the hostile articles holds their markup
#            as text only (check_html.py), the JSON parses
#   errors   400 for malformed query strings, 404, 405, HEAD
#   browser  headless Chromium loads the overview under the CSP, takes a
#            screenshot ($BUILD/tests/web/overview.png) and dumps the DOM:
#            charts, tables, the script ran (skipped, said so, when chromium
#            cannot be installed)
#   soak     soak.py: oversized requests, slow clients, 300 connections,
#            malformed queries; memory bounded
#   cli      exit codes; SIGTERM and SIGINT stop it cleanly; the database
#            file is not written
# Needs curl and python3 (make deps installs them).
DOSSIER=${DOSSIER:-build/dossier}
BUILD=${BUILD:-build}
HERE=tests/web
t=$(mktemp -d)
pid=
stop_server() {
	if [ -n "$pid" ]; then
		kill "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
		pid=
	fi
}
trap 'stop_server; rm -rf "$t"' EXIT

ok() { echo "PASS web $1"; }
ko() {
	echo "FAIL web $1"
	shift
	[ $# -gt 0 ] && echo "  $*"
}
check() { # name command...: PASS when the command succeeds
	name=$1
	shift
	if "$@" >"$t/check.out" 2>&1; then ok "$name"; else ko "$name" "$(head -c 800 "$t/check.out")"; fi
}
expect() { # name want got
	if [ "$2" = "$3" ]; then ok "$1"; else ko "$1" "got $3, expected $2"; fi
}

command -v curl >/dev/null || { ko "curl is missing (make deps installs it)"; exit 0; }

# start_server LOG ARGS...: starts dossier serve on a free loopback port;
# sets pid and BASE (empty when it did not start)
start_server() {
	log=$1
	shift
	# under ASan, a small quarantine: freed memory is not held for long
	ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=16:thread_local_quarantine_size_kb=256 \
		"$DOSSIER" serve --port 0 "$@" 2>"$log" &
	pid=$!
	BASE=
	i=0
	while [ $i -lt 200 ]; do
		BASE=$(sed -n 's|.* on \(http://127\.0\.0\.1:[0-9]*\)/ .*|\1|p' "$log" 2>/dev/null)
		[ -n "$BASE" ] && return 0
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# fetch PATH [CURL-ARGS]: the body in $t/body, the headers in $t/head; prints the status
fetch() {
	p=$1
	shift
	curl -s -o "$t/body" -D "$t/head" -w '%{http_code}' "$@" "$BASE$p"
}
header() { # NAME: the value of a response header of the last fetch
	tr -d '\r' <"$t/head" | awk -v n="$(echo "$1" | tr 'A-Z' 'a-z')" -F': ' \
		'tolower($1) == n { sub(/^[^:]*: /, ""); print; exit }'
}
has() { grep -q -- "$1" "$t/body"; }
json() { # PYTHON-EXPR over the parsed body `j`
	python3 -c 'import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
sys.exit(0 if eval(sys.argv[2]) else 1)' "$t/body" "$1"
}

# --- the database --------------------------------------------------------------------
DB=$t/web.db
"$DOSSIER" ingest --quiet --db "$DB" "$HERE/in" tests/store/in 2>"$t/ingest.err"
expect "ingest the test articles" 0 $?
# a title and a removed line holding bytes that are not UTF-8, as another
# writer of the file could leave them
python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("UPDATE document SET title = CAST(? AS TEXT) WHERE doc = ?", (b"Broken \xff\xfe title \xe2\x82 <b>bold</b>", "plain-url"))
k = c.execute("SELECT key FROM document WHERE doc = ?", ("plain-url",)).fetchone()[0]
c.execute("INSERT OR REPLACE INTO removed (doc, seq, line) VALUES (?, 99, CAST(? AS TEXT))", (k, b"Menu \xc0\xaf <script>alert(5)</script>"))
c.commit()' "$DB" || ko "break the UTF-8 of a title"
sum_before=$(cksum <"$DB")

start_server "$t/serve.err" --db "$DB" --timeout 3 --max-connections 256 --per-ip 200 --cache-mb 8 ||
	{ ko "serve starts" "$(cat "$t/serve.err")"; exit 0; }
ok "serve starts on a free loopback port ($BASE)"

# --- pages ---------------------------------------------------------------------------
expect "overview 200" 200 "$(fetch /)"
expect "overview is HTML" "text/html; charset=utf-8" "$(header Content-Type)"
csp=$(header Content-Security-Policy)
case $csp in
*"script-src 'self'"*"frame-ancestors 'none'"*) case $csp in *unsafe-inline* | *unsafe-eval*) ko "CSP" "$csp" ;; *) ok "CSP: scripts from the site only, no framing" ;; esac ;;
*) ko "CSP" "$csp" ;;
esac
expect "X-Content-Type-Options" nosniff "$(header X-Content-Type-Options)"
expect "Referrer-Policy" no-referrer "$(header Referrer-Policy)"
expect "X-Frame-Options" DENY "$(header X-Frame-Options)"
check "overview: per-provider bars (SVG)" has '<svg class="chart providers"'
check "overview: the timeline (SVG)" has '<svg class="chart timeline"'
check "overview: the latest entries" has '<table class="sortable entries" id="latest">'
check "overview: bars link to the tracker" has 'href="/tracker?provider=France&amp;category=artillery'
cp "$t/body" "$t/page-overview.html"

expect "/static/style.css 200" 200 "$(fetch /static/style.css)"
expect "the stylesheet's type" "text/css; charset=utf-8" "$(header Content-Type)"
etag=$(header ETag)
expect "an unchanged stylesheet is 304" 304 "$(fetch /static/style.css -H "If-None-Match: $etag")"
expect "/static/app.js 200" 200 "$(fetch /static/app.js)"
expect "the script's type" "text/javascript; charset=utf-8" "$(header Content-Type)"
expect "HEAD / 200" 200 "$(fetch / -I)"
# with -I, curl writes the headers where the body would go
grep -q 'DOCTYPE' "$t/body" && ko "HEAD has no body" || ok "HEAD has no body"

expect "tracker 200" 200 "$(fetch /tracker)"
cp "$t/body" "$t/page-tracker.html"
check "tracker: every figure links to its evidence" python3 -c 'import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
cells = re.findall(r"<td class=\"num\" data-sort=\"(-?[0-9]+)\">(.*?)</td>", page)
figures = [c for s, c in cells if s != "-1"]
sys.exit(0 if figures and all(c.startswith("<a href=\"/entries/") for c in figures) else 1)' "$t/body"
expect "tracker ?provider=Allemagne 200" 200 "$(fetch '/tracker?provider=Allemagne')"
check "tracker: Allemagne resolves to Germany" has 'provider Allemagne = Germany'
check "tracker: the filter is kept in the form" has 'name="provider" maxlength="200" placeholder="Germany, Allemagne" value="Allemagne"'
expect "api/tracker?provider=Allemagne&item=Léopard" 200 "$(fetch '/api/tracker?provider=Allemagne&item=L%C3%A9opard')"
expect "the API is JSON" "application/json; charset=utf-8" "$(header Content-Type)"
check "api/tracker: names resolved, Germany's Leopard 2 only" json \
	"j['filters']['provider'] == 'Germany' and j['entries'] and all(e['provider'] == 'Germany' and e['family'] == 'Leopard 2' for e in j['entries'])"
fetch '/api/tracker?item=chars' >/dev/null
check "api/tracker?item=chars filters by category (tank)" json \
	"j['filters']['category'] == 'tank' and all(e['category'] == 'main battle tank' for e in j['entries'])"
fetch '/api/tracker?status=delivered&since=2023-03&until=2023-12' >/dev/null
check "api/tracker: status and dates" json \
	"j['entries'] and all(e['status'] == 'delivered' and e['last_date'] >= '2023-03' for e in j['entries'])"
fetch '/api/tracker?category=artillery' >/dev/null
check "api/tracker: a category and those under it" json \
	"sorted(e['item'] for e in j['entries']) == ['CAESAR', 'HIMARS']"
fetch /api/tracker >/dev/null
ukid=$(python3 -c 'import json, sys
print([e["id"] for e in json.load(open(sys.argv[1]))["entries"] if e["item"] == "Challenger 2"][0])' "$t/body")

expect "entry page 200" 200 "$(fetch "/entries/$ukid")"
cp "$t/body" "$t/page-entry.html"
check "entry: the sentences" has 'quatorze chars de combat principaux Challenger 2'
check "entry: the duplicate not counted" has 'duplicate.* not counted'
check "entry: a copy names the document counted" has 'copy of <a href="/documents/en-wire-challenger'
check "entry: mentions link to their document and sentence" has 'href="/documents/fr-londres-challenger#o'
expect "entry by a short id" 200 "$(fetch "/entries/$(echo "$ukid" | cut -c1-8)")"
fetch "/api/entries/$ukid" >/dev/null
check "api/entries: the entry, counted mentions and copies" json \
	"j['entry']['id'] == '$ukid' and j['entry']['pledged_values'] == [12, 14] and len(j['copies']) >= 1 and not any(m['counted'] for m in j['copies']) and all(m['counted'] for m in j['mentions'])"

expect "document page 200" 200 "$(fetch /documents/fr-londres-challenger)"
cp "$t/body" "$t/page-document.html"
check "document: quotes and aid highlighted" sh -c "grep -q '<mark class=\"hl hq\">' '$t/body' && grep -q '<mark class=\"hl ha\">' '$t/body'"
check "document: the records listed, aid linked to its entry" has 'tracker entry</a>'
check "document: what cleaning removed" has 'What cleaning removed'
fetch /api/documents/fr-londres-challenger >/dev/null
check "api/documents/ID: every record's offsets are its text" json \
	"j['records'] and all(j['document']['text'].encode()[r['offset'][0]:r['offset'][1]].decode() == r['text'] for r in j['records'])"
key=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["document"]["key"])' "$t/body")
# the marked text, less its markup and record numbers, is the clean text
same_text() { # DOC
	python3 -c 'import html, json, re, sys, urllib.request
base, doc = sys.argv[1], sys.argv[2]
page = urllib.request.urlopen(base + "/documents/" + doc).read().decode()
text = json.load(urllib.request.urlopen(base + "/api/documents/" + doc))["document"]["text"]
shown = re.search(r"<div class=\"text\">(.*?)</div>", page, re.S).group(1)
shown = re.sub(r"<a class=\"ref[^>]*>[0-9]+</a>", "", shown)
shown = html.unescape(re.sub(r"<[^>]+>", "", shown))
sys.exit(0 if shown == text else "%r\n%r" % (shown[:300], text[:300]))' "$BASE" "$1"
}
check "document: the marked text is the whole clean text" same_text fr-londres-challenger
check "document: overlapping records keep the text whole" same_text hostile-markup
expect "a document by its key" 200 "$(fetch "/documents/$key")"
check "the key gives the same document" has 'fr-londres-challenger'
expect "documents list 200" 200 "$(fetch /documents)"
fetch /api/documents >/dev/null
check "api/documents: all 13, newest first" json \
	"j['total'] == 13 and len(j['documents']) == 13 and [d['date'] for d in j['documents']] == sorted((d['date'] for d in j['documents']), reverse=True)"

expect "speakers 200" 200 "$(fetch /speakers)"
check "speakers: Emmanuel Macron listed" has 'href="/speakers/Emmanuel%20Macron"'
expect "a speaker's page 200" 200 "$(fetch /speakers/Emmanuel%20Macron)"
check "a speaker's quotes, French and English" sh -c "grep -q 'Ukraine must win this war' '$t/body' && grep -q 'jusqu&#39;à la victoire' '$t/body'"
fetch /api/speakers/Emmanuel%20Macron >/dev/null
check "api/speakers/NAME: that speaker only" json "len(j['quotes']) == 2 and all(q['speaker'] == 'Emmanuel Macron' for q in j['quotes'])"
fetch /api/speakers >/dev/null
check "api/speakers: counts" json "any(s['speaker'] == 'Rishi Sunak' and s['quotes'] == 2 for s in j['speakers'])"

expect "search 200" 200 "$(fetch '/search?q=leopard')"
check "search: accents ignored, words marked" has '<mark>Léopard</mark>\|<mark>Leopard</mark>'
fetch '/api/search?q=victoire' >/dev/null
check "api/search: documents and quotes" json "j['documents'] and j['quotes'] and j['q'] == 'victoire'"
expect "search with FTS syntax" 200 "$(fetch '/search?q=%22tank%20OR%20*')"
expect "api/overview 200" 200 "$(fetch /api/overview)"
check "api/overview: counts, totals, timeline, latest" json \
	"j['counts']['documents'] == 13 and j['providers'] and j['timeline'] and j['latest'] and any(p['top'] == 'artillery' for p in j['providers'])"

# --- hostile articles ---------------------------------------------------------------------
hid='x%22%3E%3Cscript%3Ealert(%27id%27)%3C%2Fscript%3E'
expect "the hostile article's page 200" 200 "$(fetch /documents/hostile-markup)"
cp "$t/body" "$t/page-hostile.html"
check "hostile: its script tags are text" has '&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;'
check "hostile: the attribute breakout is text" has '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'
expect "a document whose id is markup 200" 200 "$(fetch "/documents/$hid")"
cp "$t/body" "$t/page-hostile-id.html"
check "hostile: a javascript: URL is not a link" sh -c "grep -q '<code>javascript:alert(document.cookie)</code>' '$t/body' && ! grep -q 'href=\"javascript' '$t/body'"
fetch /documents/plain-url >/dev/null
cp "$t/body" "$t/page-broken.html"
check "broken UTF-8 in the database comes out as U+FFFD" has 'Broken �� title �� &lt;b&gt;bold&lt;/b&gt;'
check "an http URL is a link, escaped" has 'href="https://example.org/news/poland?a=1&amp;b=&quot;2&quot;"'
fetch '/tracker?provider=Poland' >/dev/null
cp "$t/body" "$t/page-poland.html"
pl=$(python3 -c 'import json, sys, urllib.request
print([e["id"] for e in json.load(urllib.request.urlopen(sys.argv[1] + "/api/tracker?provider=Poland"))["entries"]][0])' "$BASE")
fetch "/entries/$pl" >/dev/null
cp "$t/body" "$t/page-hostile-entry.html"
check "hostile: an entry's mentions show the markup as text" has '&lt;iframe src=&quot;javascript:alert(3)&quot;&gt;'
fetch /speakers/Jens%20Stoltenberg >/dev/null
cp "$t/body" "$t/page-hostile-quote.html"
check "hostile: a quote's markup is text" has '&lt;/blockquote&gt;&lt;script&gt;alert(4)&lt;/script&gt;'
fetch '/search?q=script' >/dev/null
cp "$t/body" "$t/page-hostile-search.html"
fetch '/tracker?provider=%22%3E%3Cscript%3Ealert(9)%3C/script%3E' >/dev/null
cp "$t/body" "$t/page-hostile-filter.html"
check "hostile: a filter value is echoed as text" has 'value="&quot;&gt;&lt;script&gt;alert(9)&lt;/script&gt;"'
fetch "/api/documents/$hid" >/dev/null
check "hostile: the JSON parses and keeps the text as data" json \
	"j['document']['url'] == 'javascript:alert(document.cookie)' and '<iframe' in j['document']['text']"
grep -q '<iframe' "$t/body" && ko "JSON escapes < and >" || ok "JSON escapes < and >"
fetch /api/documents/plain-url >/dev/null
check "broken UTF-8: the JSON is valid UTF-8 with U+FFFD" json "'\\ufffd' in j['document']['title'] and '\\ufffd' in j['document']['removed'][-1]"
check "hostile: no page holds markup from an article" python3 "$HERE/check_html.py" "$t"/page-*.html

# --- errors ---------------------------------------------------------------------------------
expect "unknown path 404" 404 "$(fetch /nothing/here)"
expect "unknown API path 404 JSON" "404 application/json; charset=utf-8" "$(fetch /api/nothing) $(header Content-Type)"
expect "unknown entry 404" 404 "$(fetch /entries/ffff0000)"
expect "bad entry id 404" 404 "$(fetch /entries/zz)"
expect "unknown document 404" 404 "$(fetch /documents/no-such-doc)"
expect "unknown speaker 404" 404 "$(fetch /speakers/Nobody)"
expect "POST 405" 405 "$(fetch / -X POST -d x=1)"
expect "405 says Allow" "GET, HEAD" "$(header Allow)"
expect "PUT on the API 405" 405 "$(fetch /api/tracker -X PUT)"
expect "DELETE 405" 405 "$(fetch /api/tracker -X DELETE)"
for q in '%zz' '%C3' '%00' 'provider=%0A' 'nope=1' 'provider=a&provider=b' 'page=0' \
	'status=maybe' 'since=2023-13-01' 'category=widgets'; do
	expect "malformed query ?$q 400" 400 "$(fetch "/tracker?$q")"
done
expect "malformed path 400" 400 "$(fetch '/documents/%E2%82')"
expect "a 400 security headers too" DENY "$(header X-Frame-Options)"

# --- the browser ----------------------------------------------------------------------------
CHROME=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROME" ] && [ "$(id -u)" = 0 ]; then
	sh scripts/deps.sh chromium >/dev/null 2>&1
	CHROME=$(command -v chromium || true)
fi
if [ -z "$CHROME" ]; then
	echo "SKIP web browser: chromium is not installed and cannot be (not root): apt-get install chromium"
else
	chrome() {
		timeout 90 "$CHROME" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
			--disable-background-networking --disable-component-update --disable-sync \
			--disable-dev-shm-usage --hide-scrollbars --user-data-dir="$t/chrome" \
			--window-size=1280,1800 "$@" 2>>"$t/chrome.err"
	}
	mkdir -p "$BUILD/tests/web"
	shot=$BUILD/tests/web/overview.png
	rm -f "$shot"
	chrome --screenshot="$shot" "$BASE/" >/dev/null
	[ -s "$shot" ] && [ "$(wc -c <"$shot")" -gt 20000 ] && ok "chromium: a screenshot of the overview ($shot)" ||
		ko "chromium: a screenshot of the overview" "$(tail -n 3 "$t/chrome.err")"
	chrome --dump-dom "$BASE/" >"$t/dom.html"
	check "chromium: the DOM has both charts" sh -c "grep -q '<svg class=\"chart providers\"' '$t/dom.html' && grep -q '<svg class=\"chart timeline\"' '$t/dom.html' && [ \$(grep -o '<rect ' '$t/dom.html' | wc -l) -gt 5 ]"
	check "chromium: the DOM has the entries table" grep -q '<table class="sortable entries" id="latest">' "$t/dom.html"
	check "chromium: the script ran under the CSP (sortable headers)" grep -q '<th tabindex="0" title="Sort by this column"' "$t/dom.html"
	chrome --dump-dom "$BASE/documents/hostile-markup" >"$t/dom-hostile.html"
	check "chromium: the hostile article's DOM has no element of its own" python3 "$HERE/check_html.py" "$t/dom-hostile.html"
	chrome --screenshot="$BUILD/tests/web/hostile.png" "$BASE/documents/hostile-markup" >/dev/null
fi

# --- soak -----------------------------------------------------------------------------------
port=${BASE##*:}
# ASan keeps freed memory in quarantine: allow it more
growth=48
[ -n "${SANITIZE:-}" ] && growth=160
case $BUILD in *san*) growth=160 ;; esac
python3 "$HERE/soak.py" "$port" "$pid" 3 "$growth" || true
kill -0 "$pid" 2>/dev/null && ok "the server survived the soak" || ko "the server survived the soak"

# --- stop, and the command line ------------------------------------------------------------------
kill -TERM "$pid"
i=0
while kill -0 "$pid" 2>/dev/null && [ $i -lt 100 ]; do
	sleep 0.1
	i=$((i + 1))
done
wait "$pid"
rc=$?
pid=
expect "SIGTERM stops it, exit 0" 0 $rc
grep -q 'SIGTERM: stopping' "$t/serve.err" && ok "SIGTERM said" || ko "SIGTERM said" "$(tail -n 3 "$t/serve.err")"
grep -qi 'sanitizer\|leak' "$t/serve.err" && ko "no sanitizer report" "$(grep -i -m3 'sanitizer\|leak' "$t/serve.err")" || ok "no sanitizer report"
expect "the database file was not written" "$sum_before" "$(cksum <"$DB")"

start_server "$t/serve2.err" --db "$DB" --bind 127.0.0.1 || ko "serve --bind 127.0.0.1"
expect "second server answers" 200 "$(fetch /tracker)"
kill -INT "$pid"
wait "$pid"
expect "SIGINT stops it, exit 0" 0 $?
pid=

"$DOSSIER" serve --db "$t/none.db" --port 0 2>"$t/err"
expect "missing database exit 1" 1 $?
[ ! -e "$t/none.db" ] && ok "serve makes no database" || ko "serve makes no database"
echo "not a database, just text long enough to fill a header page of SQLite..........." >"$t/junk.db"
"$DOSSIER" serve --db "$t/junk.db" --port 0 2>"$t/err"
expect "not a database exit 1" 1 $?
grep -q "junk.db" "$t/err" && ok "not a database named" || ko "not a database named" "$(cat "$t/err")"
"$DOSSIER" serve --db "$DB" --port 70000 2>"$t/err"
expect "bad --port exit 2" 2 $?
"$DOSSIER" serve --db "$DB" --bind 'not-an-address' --port 0 2>"$t/err"
expect "bad --bind exit 1" 1 $?
grep -q "not an IPv4 or IPv6 address" "$t/err" && ok "bad --bind said" || ko "bad --bind said" "$(cat "$t/err")"
"$DOSSIER" serve --db "$DB" stray 2>"$t/err"
expect "stray argument exit 2" 2 $?
"$DOSSIER" serve --help | grep -q -- "--bind ADDR" && ok "serve --help from the option table" || ko "serve --help"
exit 0
