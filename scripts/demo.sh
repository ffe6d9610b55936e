#!/bin/sh
# make demo: the main job on the bundled example articles (examples/):
# French and English stories written by the project, with boilerplate and
# one republished copy. Prints the records, then a short summary.
DOSSIER=${1:-build/dossier}
out=${TMPDIR:-/tmp}/dossier-demo.jsonl
echo "dossier extract examples/articles > $out"
"$DOSSIER" extract examples/articles >"$out"
rc=$?
cat "$out"
echo
python3 - "$out" <<'PY'
import collections, json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
by = collections.Counter(r['type'] for r in recs)
print('records:', ', '.join('%d %s' % (n, t) for t, n in sorted(by.items())))
for r in recs:
    if r['type'] == 'document':
        print('  %-36s %s %-10s %s%s' % (r['doc'], r['lang'], r['date'] or '-', r['title'][:48],
              ' (copy of %s)' % r['dup_of'] if r.get('dup_of') else ''))
PY
exit $rc
