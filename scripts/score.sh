#!/bin/sh
# make score: the quality figures on ../shared/eval, printed, and gathered
# in $BUILD/score.json for tests/score_check.sh:
#   - the dev set (docs/ + passages.jsonl) scored by ../shared/eval/score.py
#   - language identification on ../shared/eval/langid/sentences.tsv
#   - main-text extraction on the article-extraction benchmark (html/aeb)
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
DOSSIER=$BUILD/dossier
EVAL=$SHARED/eval
out=$BUILD/score
mkdir -p "$out"
if [ ! -d "$EVAL/dev" ]; then
	echo "score: $EVAL not found (the shared evaluation data sits beside the checkout)" >&2
	exit 1
fi

"$DOSSIER" extract "$EVAL/dev/docs" "$EVAL/dev/passages.jsonl" >"$out/dev.jsonl" 2>"$out/dev.err"
python3 "$EVAL/score.py" "$EVAL/dev/gold.jsonl" "$out/dev.jsonl"
python3 "$EVAL/score.py" "$EVAL/dev/gold.jsonl" "$out/dev.jsonl" --json >"$out/dev.json"

cut -f2 "$EVAL/langid/sentences.tsv" | "$DOSSIER" langid >"$out/langid.tsv"
python3 "$EVAL/langid/score_langid.py" "$EVAL/langid/sentences.tsv" "$out/langid.tsv"

"$DOSSIER" extract --text "$EVAL/html/aeb/html" >"$out/aeb.jsonl" 2>"$out/aeb.err"
python3 "$EVAL/html/score_html.py" "$EVAL/html/aeb/ground-truth.json" "$out/aeb.jsonl" | tee "$out/aeb.txt"

# near-duplicates among 1,069 synthetic documents with planted copies
python3 - "$EVAL/dedup/synthetic.jsonl" "$out/dedup-in.jsonl" <<'PY'
import json, sys
with open(sys.argv[2], 'w') as out:
    for line in open(sys.argv[1], encoding='utf-8'):
        r = json.loads(line)
        out.write(json.dumps({'id': r['id'], 'text': r['text']}) + '\n')
PY
"$DOSSIER" extract --records document "$out/dedup-in.jsonl" >"$out/dedup.jsonl" 2>"$out/dedup.err"
python3 - "$out/dedup.jsonl" "$out/dedup.tsv" <<'PY'
import json, sys
parent = {}
def find(x):
    while parent.get(x, x) != x:
        x = parent[x]
    return x
ids = []
for line in open(sys.argv[1], encoding='utf-8'):
    r = json.loads(line)
    if r.get('type') != 'document':
        continue
    ids.append(r['doc'])
    if r.get('dup_of'):
        parent[find(r['doc'])] = find(r['dup_of'])
with open(sys.argv[2], 'w') as out:
    for i in ids:
        out.write('%s\t%s\n' % (i, find(i)))
PY
python3 "$EVAL/dedup/score_dedup.py" "$EVAL/dedup/synthetic.jsonl" "$out/dedup.tsv" | tee "$out/dedup.txt"

python3 - "$out" "$EVAL/langid/sentences.tsv" <<'PY'
import json, sys
out, gold_path = sys.argv[1], sys.argv[2]
res = {'dev': json.load(open(out + '/dev.json'))}
row = open(out + '/dedup.txt').read().split('\n')[1].split()
res['dedup'] = {'pair_precision': float(row[1]), 'pair_recall': float(row[2]), 'pair_f1': float(row[3])}
gold = [l.split('\t', 1)[0] for l in open(gold_path, encoding='utf-8')]
pred = [l.split('\t', 1)[0] for l in open(out + '/langid.tsv', encoding='utf-8')]
def acc(lang):
    idx = [i for i, g in enumerate(gold) if g == lang]
    return round(sum(pred[i] == lang for i in idx) / len(idx), 4)
res['langid'] = {'en': acc('en'), 'fr': acc('fr')}
res['html'] = json.loads(open(out + '/aeb.txt').readline())
json.dump(res, open(out + '/score.json', 'w'), indent=1)
print('langid accuracy: fr %.3f, en %.3f' % (res['langid']['fr'], res['langid']['en']))
PY
