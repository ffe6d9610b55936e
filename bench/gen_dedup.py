#!/usr/bin/env python3
"""Writes the near-duplicate benchmark corpus of `make bench` (section
dedup): N short news-like documents (JSONL, one per line) made from the
project's own sentence templates, a tenth of them planted copies of an
earlier document at a known edit rate: exact, boilerplate changed, 2%, 5%,
10% or 20% of the words replaced, or the last third cut. The truth goes to
a TSV (id, cluster, edit) for bench/score_dedup_bench.py.

usage: gen_dedup.py N OUT.jsonl TRUTH.tsv [SEED]"""
import json, random, sys

SUBJ = ['The defence ministry', 'The government', 'A spokesman for the army', 'The prime minister',
        'The foreign minister', 'Officials in the capital', 'The alliance', 'The parliament',
        'Le ministère de la Défense', 'Le gouvernement', 'Un porte-parole de l\'armée', 'Le Premier ministre']
VERB = ['announced', 'confirmed', 'said', 'denied', 'reported', 'promised', 'a annoncé', 'a confirmé',
        'a déclaré', 'a démenti', 'a promis']
OBJ = ['the delivery of {n} armoured vehicles', 'a new package worth {n} million', 'the training of {n} pilots',
       'the repair of {n} howitzers', 'an order for {n} shells', 'the transfer of {n} launchers',
       'la livraison de {n} blindés', 'une enveloppe de {n} millions', 'la formation de {n} pilotes',
       'la réparation de {n} obusiers', 'une commande de {n} obus']
WHEN = ['on Monday', 'on Tuesday', 'last week', 'this morning', 'after a meeting', 'lundi', 'mardi',
        'la semaine dernière', 'ce matin', 'après une réunion']
TAIL = ['The decision follows weeks of talks with partners.', 'Details were not given.',
        'Deliveries should begin within a month.', 'The cost will be shared by several states.',
        'La décision suit des semaines de discussions.', 'Aucun détail n\'a été donné.',
        'Les livraisons devraient commencer dans un mois.', 'Le coût sera partagé entre plusieurs États.']
WORDS = 'north south river city plan stock order army fleet depot factory border winter port report'.split()
BOILER = ['Share this article', 'Read more: the week in review', 'Subscribe to our newsletter',
          'Lire aussi : les chiffres de la semaine', 'Partager sur Facebook']


SYL = ['ka', 'lo', 'mi', 'ran', 'tes', 'vo', 'bri', 'dun', 'el', 'gar', 'hol', 'is', 'jen', 'kor',
       'lum', 'nar', 'os', 'pel', 'quin', 'ros', 'sta', 'tur', 'ul', 'var', 'wen', 'zel']


def name(r):
    return ''.join(r.choice(SYL) for _ in range(r.randint(2, 3))).capitalize()


LEX = ('after before while since despite because although when where whose early late new old '
       'large small heavy light first second third final main other several many few most '
       'rapid slow costly modern aging joint direct formal partial full regional national '
       'eastern western northern southern coastal urban rural naval aerial mobile fixed '
       'spare extra urgent routine annual monthly weekly daily secret public private '
       'budget contract convoy depot airfield harbour bridge railway highway warehouse '
       'battalion brigade company platoon regiment squadron division corps unit team').split()


def phrase(r):
    return ' '.join(r.choice(LEX) for _ in range(r.randint(2, 4)))


def sentence(r):
    # places, people, numbers and wording vary: two unrelated reports share
    # few word triples, as in real news
    return '%s %s %s %s %s in %s, %s %s told %s %s.' % (
        r.choice(SUBJ), r.choice(VERB), r.choice(OBJ).format(n=r.randint(2, 900)), phrase(r),
        r.choice(WHEN), name(r), name(r), name(r), name(r), phrase(r))


def document(r):
    paras = []
    for _ in range(r.randint(3, 5)):
        paras.append(' '.join(sentence(r) if r.random() < 0.7 else r.choice(TAIL) for _ in range(r.randint(2, 4))))
    return paras


def edit(r, paras, kind):
    if kind == 'exact':
        return list(paras)
    if kind == 'boilerplate':
        return [r.choice(BOILER)] + list(paras) + [r.choice(BOILER)]
    if kind == 'cut':
        words = ' \n'.join(paras).split(' ')
        return [' '.join(words[: len(words) * 2 // 3])]
    rate = {'edit2': 0.02, 'edit5': 0.05, 'edit10': 0.10, 'edit20': 0.20}[kind]
    out = []
    for p in paras:
        ws = p.split(' ')
        out.append(' '.join(r.choice(WORDS) if r.random() < rate else w for w in ws))
    return out


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    r = random.Random(seed)
    kinds = ['exact', 'boilerplate', 'edit2', 'edit5', 'edit10', 'edit20', 'cut']
    recent = []
    with open(sys.argv[2], 'w', encoding='utf-8') as out, open(sys.argv[3], 'w') as truth:
        for i in range(n):
            did = 'b%07d' % i
            if recent and r.random() < 0.1:
                cluster, paras = r.choice(recent)
                kind = r.choice(kinds)
                text = '\n'.join(edit(r, paras, kind))
            else:
                cluster, kind = did, 'original'
                paras = document(r)
                text = '\n'.join(paras)
                recent.append((cluster, paras))
                if len(recent) > 2000:
                    recent.pop(r.randrange(len(recent)))
            title = 'Report %d' % i
            out.write(json.dumps({'id': did, 'title': title, 'text': text}, ensure_ascii=False) + '\n')
            truth.write('%s\t%s\t%s\n' % (did, cluster, kind))


if __name__ == '__main__':
    main()
