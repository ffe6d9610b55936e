#!/usr/bin/env python3
"""Pairwise precision and recall of dossier's dup_of links against the
truth of bench/gen_dedup.py, overall and per kind of edit (recall of the
pairs that a copy of that kind forms with its original).

usage: score_dedup_bench.py TRUTH.tsv RECORDS.jsonl"""
import json, sys
from collections import Counter, defaultdict


def main():
    truth = {}
    kind = {}
    for line in open(sys.argv[1]):
        i, c, k = line.rstrip('\n').split('\t')
        truth[i], kind[i] = c, k
    parent = {}

    def find(x):
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x
    for line in open(sys.argv[2], encoding='utf-8'):
        if '"type":"document"' not in line:
            continue
        r = json.loads(line)
        if r.get('dup_of'):
            a, b = find(r['doc']), find(r['dup_of'])
            if a != b:
                parent[a] = b
    pred = {i: find(i) for i in truth}

    def pairs(labels):
        groups = defaultdict(list)
        for i, c in labels.items():
            groups[c].append(i)
        return sum(len(g) * (len(g) - 1) // 2 for g in groups.values()), groups
    gp, ggroups = pairs(truth)
    pp, _ = pairs(pred)
    both = Counter((truth[i], pred[i]) for i in truth)
    tp = sum(v * (v - 1) // 2 for v in both.values())
    p = tp / pp if pp else 1.0
    r = tp / gp if gp else 1.0
    print('pairs: gold %d, predicted %d, precision %.4f, recall %.4f' % (gp, pp, p, r))
    per = Counter()
    hit = Counter()
    for c, members in ggroups.items():
        orig = [m for m in members if kind[m] == 'original']
        for m in members:
            if kind[m] == 'original' or not orig:
                continue
            per[kind[m]] += 1
            hit[kind[m]] += pred[m] == pred[orig[0]]
    print('copies found with their original, by edit: ' +
          ', '.join('%s %.3f (%d)' % (k, hit[k] / per[k], per[k]) for k in sorted(per)))


if __name__ == '__main__':
    main()
