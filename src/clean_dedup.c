/*
 * clean_dedup.c: near-duplicate and translated copies among the documents
 * of a run (records.md "document": dup_of, and the optional translation_of).
 *
 * Each document gets a MinHash signature over its normalised word 3-shingles
 * (one-permutation hashing: one xxHash per shingle, 64 bins, empty bins
 * filled from their neighbours), indexed by LSH bands (16 bands of 4 rows:
 * documents with a Jaccard similarity of 0.7 share a band 99% of the time).
 * Copies that keep a story's sentences but add or cut much (a wire story
 * and its longer update) have a low Jaccard but a high containment; they are
 * found through "anchors": for each long sentence, the two smallest of its
 * shingle hashes under two mixes (a sentence-level MinHash: two copies of
 * a sentence, even lightly rewritten, share them with a probability equal
 * to their similarity). A candidate is linked when its estimated Jaccard is
 * high, or when it shares several anchors and its estimated containment is
 * high enough; different stories about one event, in different words,
 * share neither and stay apart. Containment alone would also join an
 * article that merely embeds a paragraph of another (a wire paragraph in a
 * longer story): when the sizes differ much, the two must also open alike
 * (their leads: the first sentences of the story), as an update of a
 * story and its first version do.
 *
 * Translations (the same article in French and English) share no words;
 * they are found with language-independent fingerprints: the set of names
 * the knowledge base resolved (people, organisations, materiel) and of the
 * numbers of the text, compared across languages. In one language, a very
 * close fact set (F_REWRITE) marks a rewrite of one agency story (the same
 * people, systems, sums and counts, reworded by another outlet).
 *
 * A document's dup_of is the earliest (by date, then by id) copy in
 * its cluster, computed when the record is written (ds_dedup_links): a
 * writer that holds a few documents back lets links found later (a copy
 * that joins two clusters) reach the records still held. When a document is
 * the earliest of a cluster whose copies were written already, it links to
 * the earliest written one, so that every cluster stays connected. Memory is a few hundred bytes per document; the
 * whole index lives in the handle and dies with it.
 */
#include <stdlib.h>
#include <string.h>
/* XXH3 inlined: one call per word of every text otherwise */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "ds.h"

#define BINS DS_DEDUP_SIG
#define BANDS DS_DEDUP_BANDS
#define ROWS (BINS / BANDS)
#define MAX_ANCHORS 48
#define ANCHOR_WORDS 8
#define MAX_FACTS 48
#define LEDE_WORDS 60
#define PROSE_WORDS 12 /* a paragraph of fewer words is not counted */

/* Thresholds, on estimated similarities (see the file comment). */
#define J_DUP DS_DEDUP_J /* Jaccard of 3-shingles: a copy */
#define C_DUP 0.3       /* containment of the smaller, with shared anchors */
#define J_FLOOR 0.07    /* ... and at least this Jaccard */
#define F_TRANSLATION 0.5 /* Jaccard of fact sets across languages */
#define LEDE_ALIKE 0.3  /* two leads that open alike */
#define SHARED 3        /* rare-sentence anchors shared with a copy: each
			 * sentence gives two, so two sentences, one maybe
			 * edited (one stock sentence is not a copy, unless
			 * the containment is high) */
#define C_PAIR 0.4      /* containment that, with one shared rare sentence, makes a copy */
#define C_LEDE 0.6      /* containment that, with alike leads, makes a copy
			 * without shared rare sentences (a brief and its update) */
#define MIN_PART 16     /* shingles of the smaller below which alike leads
			 * and containment prove nothing (a stock sentence) */
#define F_REWRITE 0.6   /* Jaccard of fact sets in one language: a rewrite */
#define MIN_FACTS 5

struct ddoc {
	const char *id;
	int32_t date;   /* yyyymmdd, 0 unknown */
	uint32_t order; /* order seen */
	uint32_t nsh;   /* number of shingles */
	uint32_t parent; /* union-find */
	uint32_t first;  /* for a root: the earliest member */
	uint32_t first_written; /* for a root: the earliest member written out */
	uint32_t written_to;    /* the document its record links to, or UINT32_MAX */
	long long key;          /* its key in a store, or 0 */
	uint8_t written;
	uint8_t reversed;       /* its link points to a later copy (see links) */
	uint32_t trans_of; /* a translation of this document's cluster, or UINT32_MAX */
	char lang[4];
	uint32_t sig[BINS];
	uint64_t *facts;
	uint8_t nfacts;
	uint32_t *lede;   /* the lead's shingle hashes, sorted (in the arena) */
	uint8_t nlede;
};

/* A document's state in the current query, apart from struct ddoc: every
 * posting read touches it, and a dense array of them stays in cache. */
struct cstate {
	uint32_t stamp;   /* last query that saw it as a candidate */
	uint32_t nshared; /* anchors (or facts) shared with the current query */
};

/* Postings read per key: a key shared by more documents (a sentence every
 * copy of a template has) says little, and reading all would make a run
 * quadratic. Chains hold the newest documents first. */
#define MAX_CHAIN 128
#define RARE 4
#define COMMON_FACT 32
#define STOCK_CLUSTERS 4 /* stories that carry a sentence word for word: a
			  * stock sentence, left out of the signature */
#define STOCK_WORDS 4    /* a shorter sentence is not counted */
#define BLOOM_BITS (1u << 27) /* sentences seen once (16 MB, ~3% false
			       * positives at 12 million sentences) */

/* A hash table from a 64-bit key to a chain of postings (documents). */
struct post {
	uint32_t doc, next;
};
struct index {
	uint64_t *keys;
	uint32_t *heads;
	uint32_t *counts; /* postings per key, when `counted` */
	int counted;
	size_t n, cap;
	struct post *posts;
	size_t nposts, cap_posts;
};

struct ds_dedup {
	struct ds_arena arena;
	struct ddoc *docs;
	struct cstate *cs; /* per document, d->cap of them */
	size_t n, cap;
	struct index bands, anchors, facts;
	struct index stored; /* store keys of the run's documents */
	/* the store the run writes to, and whether it held documents of
	 * earlier runs when the run first looked (-1: not looked yet) */
	const void *store;
	int store_earlier;
	uint32_t query;
	uint32_t *cand;
	size_t ncand, cap_cand;
	/* sentences seen word for word more than once: in how many stories */
	uint64_t *bloom;   /* the sentences seen once, or NULL until one is */
	struct seen {
		uint64_t key;      /* the sentence's hash; 0 empty */
		uint32_t last;     /* the last document seen with it */
		uint32_t stories;  /* changes of cluster seen: about the stories */
	} *seen;
	size_t nseen, cap_seen;
};

static void index_release(struct index *ix)
{
	free(ix->keys);
	free(ix->heads);
	free(ix->counts);
	free(ix->posts);
	memset(ix, 0, sizeof *ix);
}

static size_t slot(const struct index *ix, uint64_t key)
{
	size_t i = (size_t)ds_mix64(key) & (ix->cap - 1);
	while (ix->heads[i] != UINT32_MAX && ix->keys[i] != key)
		i = (i + 1) & (ix->cap - 1);
	return i;
}

static void index_add(struct index *ix, uint64_t key, uint32_t doc)
{
	if ((ix->n + 1) * 4 >= ix->cap * 3) {
		size_t cap = ix->cap ? ix->cap * 2 : 1024;
		struct index old = *ix;
		ix->keys = ds_xmalloc(cap * sizeof *ix->keys);
		ix->heads = ds_xmalloc(cap * sizeof *ix->heads);
		memset(ix->heads, 0xff, cap * sizeof *ix->heads);
		ix->counts = ix->counted ? ds_xmalloc(cap * sizeof *ix->counts) : NULL;
		ix->cap = cap;
		for (size_t i = 0; i < old.cap; i++) {
			if (old.heads[i] == UINT32_MAX)
				continue;
			size_t s = slot(ix, old.keys[i]);
			ix->keys[s] = old.keys[i];
			ix->heads[s] = old.heads[i];
			if (ix->counts)
				ix->counts[s] = old.counts[i];
		}
		free(old.keys);
		free(old.heads);
		free(old.counts);
	}
	size_t s = slot(ix, key);
	if (ix->heads[s] == UINT32_MAX) {
		ix->keys[s] = key;
		ix->n++;
		if (ix->counts)
			ix->counts[s] = 0;
	}
	if (ix->counts)
		ix->counts[s]++;
	ds_grow(&ix->posts, &ix->cap_posts, ix->nposts + 1, sizeof *ix->posts);
	ix->posts[ix->nposts].doc = doc;
	ix->posts[ix->nposts].next = ix->heads[s];
	ix->heads[s] = (uint32_t)ix->nposts++;
}

/* The number of postings of key in a counted index, and the first in
 * *first (UINT32_MAX when none): a key shared by many documents is told
 * without walking its chain. */
static uint32_t index_count(const struct index *ix, uint64_t key, uint32_t *first)
{
	*first = UINT32_MAX;
	if (!ix->cap)
		return 0;
	size_t s = slot(ix, key);
	*first = ix->heads[s];
	return *first == UINT32_MAX ? 0 : ix->counts[s];
}

/* The first posting of key, or UINT32_MAX. */
static uint32_t index_get(const struct index *ix, uint64_t key)
{
	if (!ix->cap)
		return UINT32_MAX;
	return ix->heads[slot(ix, key)];
}

struct ds_dedup *ds_dedup_new(void)
{
	struct ds_dedup *d = ds_xcalloc(1, sizeof *d);
	ds_arena_init(&d->arena);
	d->anchors.counted = d->facts.counted = 1;
	return d;
}

void ds_dedup_free(struct ds_dedup *d)
{
	if (!d)
		return;
	index_release(&d->bands);
	index_release(&d->anchors);
	free(d->bloom);
	free(d->seen);
	index_release(&d->facts);
	index_release(&d->stored);
	free(d->docs);
	free(d->cs);
	free(d->cand);
	ds_arena_release(&d->arena);
	free(d);
}

/* --- fingerprints --------------------------------------------------------- */

/* The hashes of the folded words of text[a, b), at most max; with pos,
 * the offset of each word too. */
static size_t word_hashes_at(const char *text, uint32_t a, uint32_t b, uint64_t *out,
			     uint32_t *pos, size_t max)
{
	const unsigned char *u = (const unsigned char *)text;
	size_t n = 0;
	uint32_t i = a;
	char w[64];
	while (i < b && n < max) {
		uint32_t cp = u[i];
		size_t k = 1;
		if (cp < 0x80 && !ds_isalnum((int)cp)) {
			i++;
			continue;
		}
		if (cp >= 0x80) {
			k = ds_utf8_decode(u + i, b - i, &cp);
			if (!k) {
				i++;
				continue;
			}
		}
		if (!ds_cp_is_alnum(cp)) {
			i += (uint32_t)k;
			continue;
		}
		size_t wl = 0;
		if (pos)
			pos[n] = i;
#ifdef __SSE2__
		/* an ASCII word shorter than 16 bytes, the usual one, ended by
		 * an ASCII byte: folded with one store (XXH3 then reads what
		 * one store wrote, not a byte at a time) */
		if (b - i >= 16) {
			unsigned run = (unsigned)__builtin_ctz(~ds_word_mask16(u + i, w));
			if (run && run < 16 && u[i + run] < 0x80) {
				out[n++] = XXH3_64bits(w, run);
				i += run;
				continue;
			}
		}
#endif
		while (i < b) {
			cp = u[i];
			k = 1;
			if (cp < 0x80) {
				unsigned char c = ds_word_byte[cp];
				if (!c)
					break;
				if (wl + 4 < sizeof w)
					w[wl++] = (char)c;
				i++;
				continue;
			}
			if (cp >= 0x80) {
				k = ds_utf8_decode(u + i, b - i, &cp);
				if (!k)
					break;
			}
			if (!ds_cp_is_alnum(cp))
				break;
			if (wl + 4 < sizeof w)
				wl += ds_fold_cp_to(cp, w + wl);
			i += (uint32_t)k;
		}
		out[n++] = XXH3_64bits(w, wl);
	}
	return n;
}

/* The hash of the 3-shingle starting at w[0]: order matters. */
static uint64_t shingle_hash(const uint64_t *w)
{
	return ds_mix64(w[0] ^ (w[1] * 0x9e3779b97f4a7c15ULL) ^
		     ((w[2] << 23 | w[2] >> 41) * 0xc2b2ae3d27d4eb4fULL));
}

/* The MinHash signature (one-permutation hashing, densified) of the word
 * 3-shingles of the words; returns the number of shingles. */
static uint32_t signature(const uint64_t *w, size_t n, uint32_t sig[BINS])
{
	for (int i = 0; i < BINS; i++)
		sig[i] = UINT32_MAX;
	uint32_t nsh = 0;
	for (size_t i = 0; i + 3 <= n; i++) {
		uint64_t h = shingle_hash(w + i);
		uint32_t bin = (uint32_t)(h >> 58); /* top 6 bits: 64 bins */
		uint32_t v = (uint32_t)h;
		if (v < sig[bin])
			sig[bin] = v;
		nsh++;
	}
	if (!nsh)
		return 0;
	/* densify: an empty bin takes the next filled bin's value, remixed by
	 * the distance so that two empty bins do not agree by accident */
	for (int i = 0; i < BINS; i++) {
		if (sig[i] != UINT32_MAX)
			continue;
		for (int k = 1; k < BINS; k++) {
			uint32_t v = sig[(i + k) % BINS];
			if (v != UINT32_MAX) {
				sig[i] = (uint32_t)ds_mix64((uint64_t)v * 31 + (uint64_t)k);
				break;
			}
		}
	}
	return nsh;
}

static double jaccard(const uint32_t *a, const uint32_t *b)
{
	int same = 0;
	for (int i = 0; i < BINS; i++)
		same += a[i] == b[i];
	return (double)same / BINS;
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

/* The lead: the shingles of the first LEDE_WORDS words of the first
 * paragraph of prose (twelve words or more: not a title), kept exactly
 * (a few dozen hashes: a sketch would be too coarse for so few). The
 * words of paragraph p are all[para_first[p], para_first[p + 1]). */
static uint8_t lede_set(const uint64_t *all, const size_t *para_first, size_t n_paras,
			uint32_t out[LEDE_WORDS])
{
	for (size_t p = 0; p < n_paras; p++) {
		const uint64_t *w = all + para_first[p];
		size_t n = para_first[p + 1] - para_first[p];
		if (n < 12)
			continue;
		if (n > LEDE_WORDS)
			n = LEDE_WORDS;
		size_t k = 0;
		for (size_t i = 0; i + 3 <= n; i++)
			out[k++] = (uint32_t)shingle_hash(w + i);
		qsort(out, k, sizeof *out, cmp_u32);
		size_t u = 0;
		for (size_t i = 0; i < k; i++)
			if (!u || out[u - 1] != out[i])
				out[u++] = out[i];
		return (uint8_t)u;
	}
	return 0;
}

/* Jaccard of two sorted sets. */
static double lede_similarity(const struct ddoc *a, const struct ddoc *b)
{
	size_t i = 0, j = 0, same = 0;
	/* a merge without branches on the values (they mispredict half the
	 * time): the smaller side moves on, both when equal */
	while (i < a->nlede && j < b->nlede) {
		uint32_t x = a->lede[i], y = b->lede[j];
		same += x == y;
		i += x <= y;
		j += y <= x;
	}
	size_t uni = a->nlede + b->nlede - same;
	return uni ? (double)same / (double)uni : 0;
}

static uint64_t band_key(const uint32_t *sig, int band)
{
	uint32_t v[ROWS + 1];
	memcpy(v, sig + band * ROWS, ROWS * sizeof *v);
	v[ROWS] = (uint32_t)band;
	return XXH3_64bits(v, sizeof v);
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* The document's facts: resolved people, organisations and materiel, and
 * the numbers of two digits or more, each hashed; sorted, unique. */
static uint8_t facts_of(const struct dossier_doc *doc, uint64_t *out)
{
	size_t n = 0;
	const struct dossier_kb *kb = doc->kb;
	for (size_t i = 0; i < doc->n_mentions && n < MAX_FACTS; i++) {
		const struct ds_mention *m = &doc->mentions[i];
		int32_t e = m->entity;
		if (!kb || e < 0)
			continue;
		int kind = kb->ents[e].kind;
		if (kind == DOSSIER_KIND_ROLE)
			e = m->person, kind = e >= 0 ? DOSSIER_KIND_PERSON : 0;
		if (kind == DOSSIER_KIND_PERSON || kind == DOSSIER_KIND_ORG ||
		    kind == DOSSIER_KIND_MATERIEL)
			out[n++] = ds_mix64((uint64_t)e + 1) | 1; /* names: odd */
	}
	const char *s = doc->text.ptr;
	for (size_t i = 0; i < doc->text.len && n < MAX_FACTS;) {
		if (!ds_isdigit(s[i])) {
			i++;
			continue;
		}
		/* "20 000", "20,000", "2.5": the digits alone */
		uint64_t v = 0;
		int digits = 0;
		while (i < doc->text.len && (ds_isdigit(s[i]) ||
					     ((s[i] == ',' || s[i] == '.' || s[i] == ' ') && i + 1 < doc->text.len &&
					      ds_isdigit(s[i + 1])))) {
			if (ds_isdigit(s[i]) && digits < 18) {
				v = v * 10 + (uint64_t)(s[i] - '0');
				digits++;
			}
			i++;
		}
		/* years are everywhere: not a fingerprint */
		if (digits >= 2 && !(digits == 4 && v >= 1990 && v <= 2030))
			out[n++] = ds_mix64(v ^ 0x6e756d626572ULL) & ~1ULL; /* numbers: even */
	}
	qsort(out, n, sizeof *out, cmp_u64);
	size_t u = 0;
	for (size_t i = 0; i < n; i++)
		if (!u || out[u - 1] != out[i])
			out[u++] = out[i];
	return (uint8_t)u;
}

static double fact_jaccard(const struct ddoc *a, const uint64_t *f, size_t nf, size_t *names,
			   size_t *numbers)
{
	size_t i = 0, j = 0, same = 0;
	*names = *numbers = 0;
	while (i < a->nfacts && j < nf) {
		if (a->facts[i] == f[j]) {
			if (f[j] & 1)
				++*names;
			else
				++*numbers;
			same++, i++, j++;
		}
		else if (a->facts[i] < f[j])
			i++;
		else
			j++;
	}
	size_t uni = a->nfacts + nf - same;
	return uni ? (double)same / (double)uni : 0;
}

/* --- clusters -------------------------------------------------------------- */

static uint32_t root(struct ds_dedup *d, uint32_t x)
{
	while (d->docs[x].parent != x) {
		d->docs[x].parent = d->docs[d->docs[x].parent].parent;
		x = d->docs[x].parent;
	}
	return x;
}

/* Is a earlier than b: by date when both are dated, else (a date is
 * missing: nothing says which came first) by id, the order a run sees
 * documents in, so that the original of a cluster does not depend on the
 * order they come in (the store decides the same way). */
static int earlier(const struct ddoc *a, const struct ddoc *b)
{
	if (a->date && b->date && a->date != b->date)
		return a->date < b->date;
	int c = strcmp(a->id, b->id);
	if (c)
		return c < 0;
	return a->order < b->order;
}

static void join(struct ds_dedup *d, uint32_t a, uint32_t b)
{
	uint32_t ra = root(d, a), rb = root(d, b);
	if (ra == rb)
		return;
	uint32_t fa = d->docs[ra].first, fb = d->docs[rb].first;
	uint32_t wa = d->docs[ra].first_written, wb = d->docs[rb].first_written;
	d->docs[rb].parent = ra;
	d->docs[ra].first = earlier(&d->docs[fb], &d->docs[fa]) ? fb : fa;
	if (wa == UINT32_MAX || (wb != UINT32_MAX && earlier(&d->docs[wb], &d->docs[wa])))
		d->docs[ra].first_written = wb;
	if (d->docs[ra].trans_of == UINT32_MAX)
		d->docs[ra].trans_of = d->docs[rb].trans_of;
}

static void add_candidate(struct ds_dedup *d, uint32_t doc)
{
	if (d->cs[doc].stamp == d->query)
		return;
	d->cs[doc].stamp = d->query;
	d->cs[doc].nshared = 0;
	ds_grow(&d->cand, &d->cap_cand, d->ncand + 1, sizeof *d->cand);
	d->cand[d->ncand++] = doc;
}

/* The entry of a sentence's hash in d->seen, or NULL. */
static struct seen *seen_get(struct ds_dedup *d, uint64_t key)
{
	if (!d->cap_seen)
		return NULL;
	for (size_t i = (size_t)ds_mix64(key) & (d->cap_seen - 1);; i = (i + 1) & (d->cap_seen - 1)) {
		if (d->seen[i].key == key)
			return &d->seen[i];
		if (!d->seen[i].key)
			return NULL;
	}
}

static struct seen *seen_add(struct ds_dedup *d, uint64_t key)
{
	if ((d->nseen + 1) * 4 >= d->cap_seen * 3) {
		size_t cap = d->cap_seen ? d->cap_seen * 2 : 1024;
		struct seen *old = d->seen;
		size_t old_cap = d->cap_seen;
		d->seen = ds_xcalloc(cap, sizeof *d->seen);
		d->cap_seen = cap;
		for (size_t i = 0; i < old_cap; i++) {
			if (!old[i].key)
				continue;
			size_t j = (size_t)ds_mix64(old[i].key) & (cap - 1);
			while (d->seen[j].key)
				j = (j + 1) & (cap - 1);
			d->seen[j] = old[i];
		}
		free(old);
	}
	size_t i = (size_t)ds_mix64(key) & (d->cap_seen - 1);
	while (d->seen[i].key)
		i = (i + 1) & (d->cap_seen - 1);
	d->nseen++;
	d->seen[i].key = key;
	return &d->seen[i];
}

/* Is this sentence (the hash of its words) a stock sentence: one that
 * documents of STOCK_CLUSTERS different stories or more carried word for
 * word before ("the war began with the invasion of February 2022",
 * an outlet's standard lines)? Copies of one story share their sentences
 * too, but they are one cluster. */
static int stock_sentence(struct ds_dedup *d, uint64_t key)
{
	const struct seen *e = seen_get(d, key);
	return e && e->stories >= STOCK_CLUSTERS;
}

/* Counts the sentence as seen in document `me`, whose cluster is known
 * now. A sentence seen once is only a bit in a Bloom filter; the second
 * time it gets an entry, which counts the changes of cluster between the
 * documents that carry it. */
static void count_sentence(struct ds_dedup *d, uint64_t key, uint32_t me)
{
	struct seen *e = seen_get(d, key);
	if (e) {
		if (root(d, e->last) != root(d, me))
			e->stories++;
		e->last = me;
		return;
	}
	if (!d->bloom)
		d->bloom = ds_xcalloc(BLOOM_BITS / 64, sizeof *d->bloom);
	uint64_t b1 = key & (BLOOM_BITS - 1), b2 = (key >> 32) & (BLOOM_BITS - 1);
	if ((d->bloom[b1 / 64] >> (b1 % 64) & 1) && (d->bloom[b2 / 64] >> (b2 % 64) & 1)) {
		e = seen_add(d, key);
		e->last = me;
		e->stories = 1; /* the first one is taken for the same story */
		return;
	}
	d->bloom[b1 / 64] |= 1ull << (b1 % 64);
	d->bloom[b2 / 64] |= 1ull << (b2 % 64);
}

/* What a document's fingerprints need that depends on the document alone:
 * computed by ds_dedup_prepare, in any thread, before the run's state is
 * consulted (in input order) by ds_dedup_doc. */
struct ds_dedup_prep {
	uint64_t *w;      /* the hashes of the words of the prose, quotes left out */
	uint32_t *wsent;  /* the sentence of each word, or UINT32_MAX */
	size_t nw;
	uint64_t *keys;   /* the hash of each sentence's words (STOCK_WORDS or more) */
	uint32_t *key_sent;
	size_t nkeys;
	uint64_t anchors[MAX_ANCHORS];
	size_t na;
	uint32_t lede[LEDE_WORDS];
	uint8_t nlede;
	uint64_t facts[MAX_FACTS];
	uint8_t nf;
};

void ds_dedup_prep_free(struct ds_dedup_prep *pr)
{
	if (!pr)
		return;
	free(pr->w);
	free(pr->wsent);
	free(pr->keys);
	free(pr->key_sent);
	free(pr);
}

void ds_dedup_prepare(struct dossier_doc *doc)
{
	if (doc->dedup_prep)
		return;
	struct ds_dedup_prep *pr = ds_xcalloc(1, sizeof *pr);
	doc->dedup_prep = pr;
	/* every word of every paragraph, hashed once, with its offset */
	size_t cap = doc->text.len / 2 + 16;
	if (cap > 1u << 22)
		cap = 1u << 22; /* a bound on work for one document */
	uint64_t *all = ds_xmalloc(cap * sizeof *all);
	uint32_t *pos = ds_xmalloc(cap * sizeof *pos);
	uint32_t *sent = ds_xmalloc(cap * sizeof *sent);
	size_t *para_first = ds_xmalloc((doc->n_paras + 1) * sizeof *para_first);
	size_t n = 0;
	for (size_t p = 0; p < doc->n_paras; p++) {
		para_first[p] = n;
		n += word_hashes_at(doc->text.ptr, doc->paras[p].start, doc->paras[p].end, all + n,
				    pos + n, cap - n);
	}
	para_first[doc->n_paras] = n;
	for (size_t i = 0; i < n; i++)
		sent[i] = UINT32_MAX;

	/* per sentence: the hash of its words (stock sentences are told by it)
	 * and, for a long sentence of prose, two sentence-level MinHash values
	 * (anchors) */
	pr->keys = ds_xmalloc((doc->n_sents + 1) * sizeof *pr->keys);
	pr->key_sent = ds_xmalloc((doc->n_sents + 1) * sizeof *pr->key_sent);
	size_t wi = 0;
	for (size_t s = 0; s < doc->n_sents; s++) {
		while (wi < n && pos[wi] < doc->sents[s].start)
			wi++;
		size_t we = wi;
		while (we < n && pos[we] < doc->sents[s].end)
			sent[we++] = (uint32_t)s;
		const uint64_t *sw = all + wi;
		size_t k = we - wi < 256 ? we - wi : 256;
		wi = we;
		if (k < STOCK_WORDS)
			continue;
		pr->keys[pr->nkeys] = XXH3_64bits(sw, k * sizeof *sw) | 1; /* never 0 */
		pr->key_sent[pr->nkeys++] = (uint32_t)s;
		const struct ds_span *para = &doc->paras[doc->sent_para[s]];
		if (para->end - para->start < PROSE_WORDS * 4 || pr->na + 2 > MAX_ANCHORS)
			continue; /* a short line: a menu, a byline, not prose */
		if (k < ANCHOR_WORDS)
			continue;
		uint64_t m1 = UINT64_MAX, m2 = UINT64_MAX;
		for (size_t i = 0; i + 3 <= k; i++) {
			uint64_t h = shingle_hash(sw + i);
			uint64_t h1 = ds_mix64(h ^ 0xa5a5a5a5a5a5a5a5ULL), h2 = ds_mix64(h + 0x1234567ULL);
			if (h1 < m1)
				m1 = h1;
			if (h2 < m2)
				m2 = h2;
		}
		pr->anchors[pr->na++] = m1;
		pr->anchors[pr->na++] = m2 ^ 1; /* distinct key spaces */
	}

	pr->nlede = lede_set(all, para_first, doc->n_paras, pr->lede);

	/* the words of the prose only: menus, bylines and footers that every
	 * page of a site repeats would make its pages look alike; and not the
	 * words of quotations, which independent reports of one statement
	 * share (a copy shares the reporter's words too). The words are
	 * compacted in place (a word moves only backwards). */
	size_t nw = 0, q = 0;
	for (size_t p = 0; p < doc->n_paras; p++) {
		size_t k = 0, quoted = 0;
		for (size_t i = para_first[p]; i < para_first[p + 1]; i++) {
			while (q < doc->n_quotes && doc->quotes[q].end <= pos[i])
				q++;
			if (q < doc->n_quotes && doc->quotes[q].start <= pos[i]) {
				quoted++; /* counts for telling prose from a menu line */
				continue;
			}
			all[nw + k] = all[i];
			sent[nw + k] = sent[i];
			k++;
		}
		if (k + quoted >= PROSE_WORDS)
			nw += k;
	}
	free(pos);
	free(para_first);
	pr->w = all;
	pr->wsent = sent;
	pr->nw = nw;
	pr->nf = facts_of(doc, pr->facts);
}

void ds_dedup_doc(struct ds_dedup *d, struct dossier_doc *doc)
{
	ds_dedup_prepare(doc);
	struct ds_dedup_prep *pr = doc->dedup_prep;
	/* the stock sentences (from the run so far) leave the signature: they
	 * are the sentences that different stories share */
	uint8_t *stock = NULL;
	for (size_t k = 0; k < pr->nkeys; k++)
		if (stock_sentence(d, pr->keys[k])) {
			if (!stock)
				stock = ds_xcalloc(doc->n_sents + 1, 1);
			stock[pr->key_sent[k]] = 1;
		}
	uint64_t *w = pr->w;
	size_t nw = pr->nw;
	if (stock) {
		w = ds_xmalloc((nw + 1) * sizeof *w);
		nw = 0;
		for (size_t i = 0; i < pr->nw; i++)
			if (pr->wsent[i] == UINT32_MAX || !stock[pr->wsent[i]])
				w[nw++] = pr->w[i];
		free(stock);
	}
	const uint64_t *anchors = pr->anchors;
	size_t na = pr->na;
	if (d->n + 1 > d->cap) {
		size_t cap = d->cap;
		ds_grow(&d->docs, &cap, d->n + 1, sizeof *d->docs);
		ds_grow(&d->cs, &d->cap, cap, sizeof *d->cs);
	}
	uint32_t me = (uint32_t)d->n;
	struct ddoc *x = &d->docs[me];
	memset(x, 0, sizeof *x);
	memset(&d->cs[me], 0, sizeof d->cs[me]);
	x->id = ds_arena_strdup(&d->arena, doc->id ? doc->id : "");
	x->date = doc->date ? ds_kb_date(doc->date) : 0;
	x->order = me;
	x->parent = x->first = me;
	x->first_written = x->written_to = UINT32_MAX;
	x->trans_of = UINT32_MAX;
	snprintf(x->lang, sizeof x->lang, "%s", doc->lang ? doc->lang : "");
	x->nsh = signature(w, nw, x->sig);
	if (w != pr->w)
		free(w);
	x->nlede = pr->nlede;
	if (x->nlede) {
		x->lede = ds_arena_alloc(&d->arena, x->nlede * sizeof *x->lede);
		memcpy(x->lede, pr->lede, x->nlede * sizeof *pr->lede);
	}
	d->n++;
	d->query++;
	d->ncand = 0;
	/* candidates: shared bands, shared anchors */
	uint64_t keys[BANDS];
	for (int b = 0; b < BANDS && x->nsh; b++) {
		keys[b] = band_key(x->sig, b);
		int k = 0;
		for (uint32_t p = index_get(&d->bands, keys[b]); p != UINT32_MAX && k < MAX_CHAIN;
		     p = d->bands.posts[p].next, k++)
			add_candidate(d, d->bands.posts[p].doc);
	}
	for (size_t a = 0; a < na; a++) {
		int k = 0;
		uint32_t first;
		/* an anchor already in RARE documents is a sentence many pages
		 * carry (a site's standard lines), not evidence of a copy */
		if (index_count(&d->anchors, anchors[a], &first) > RARE)
			continue;
		for (uint32_t p = first; p != UINT32_MAX && k < MAX_CHAIN; p = d->anchors.posts[p].next, k++) {
			uint32_t y = d->anchors.posts[p].doc;
			add_candidate(d, y);
			d->cs[y].nshared++;
		}
	}
	/* every copy among the candidates joins this document's cluster (the
	 * clusters are transitive: a short brief, its update, and a copy of
	 * the update are one story) */
	uint32_t best = UINT32_MAX, other = UINT32_MAX;
	double best_score = 0;
	for (size_t c = 0; c < d->ncand; c++) {
		const struct ddoc *y = &d->docs[d->cand[c]];
		if (!x->nsh || !y->nsh)
			continue;
		double j = jaccard(x->sig, y->sig);
		uint32_t small = x->nsh < y->nsh ? x->nsh : y->nsh;
		double inter = j * (double)(x->nsh + y->nsh) / (1.0 + j);
		double cont = small ? inter / small : 0;
		uint32_t big = x->nsh < y->nsh ? y->nsh : x->nsh;
		int dup = j >= J_DUP;
		if (!dup && cont >= C_DUP && j >= J_FLOOR) {
			/* shared anchors, or a lead that opens alike; the ledes are
			 * compared (a merge of two sets) only when the answer
			 * depends on them */
			uint32_t shared = d->cs[d->cand[c]].nshared;
			int anchored = shared >= SHARED || (shared >= 2 && cont >= C_PAIR);
			int by_lede = cont >= C_LEDE && small >= MIN_PART;
			if (anchored && big <= 3 * small) {
				dup = 1;
			} else if (anchored || by_lede) {
				double ls = lede_similarity(x, y);
				int alike = big <= 3 * small || ls >= LEDE_ALIKE;
				dup = alike && (anchored || (ls >= LEDE_ALIKE && by_lede));
			}
		}
#ifdef DEDUP_DEBUG
		fprintf(stderr, "%s ~ %s: j=%.2f cont=%.2f shared=%u nsh=%u/%u lede=%.2f dup=%d\n", x->id,
			y->id, j, cont, d->cs[d->cand[c]].nshared, x->nsh, y->nsh, lede_similarity(x, y), dup);
#endif
		double score = j + cont;
		if (dup) {
			/* the earliest copy seen before this document */
			uint32_t f = d->docs[root(d, d->cand[c])].first;
			if (other == UINT32_MAX || earlier(&d->docs[f], &d->docs[other]))
				other = f;
			join(d, d->cand[c], me);
			if (score > best_score) {
				best_score = score;
				best = d->cand[c];
			}
		}
	}
	/* facts, for translations */
	const uint64_t *facts = pr->facts;
	size_t nf = pr->nf;
	x = &d->docs[me];
	if (best == UINT32_MAX && nf >= MIN_FACTS && x->lang[0]) {
		d->query++;
		d->ncand = 0;
		for (size_t f = 0; f < nf; f++) {
			/* a fact in many documents (a system in every story) does not
			 * tell copies apart */
			uint32_t first;
			if (index_count(&d->facts, facts[f], &first) > COMMON_FACT)
				continue;
			for (uint32_t p = first; p != UINT32_MAX; p = d->facts.posts[p].next) {
				add_candidate(d, d->facts.posts[p].doc);
				d->cs[d->facts.posts[p].doc].nshared++;
			}
		}
		double bestf = 0;
		for (size_t c = 0; c < d->ncand; c++) {
			const struct ddoc *y = &d->docs[d->cand[c]];
			/* the Jaccard can reach the threshold only with enough shared
			 * facts among the rarer ones */
			if (!y->lang[0] || y->nfacts < MIN_FACTS ||
			    d->cs[d->cand[c]].nshared < MIN_FACTS / 2)
				continue;
			size_t names, numbers;
			double fj = fact_jaccard(y, facts, nf, &names, &numbers);
			/* the same story holds the same names and the same figures */
			if (names < 2 || numbers < 2)
				continue;
#ifdef DEDUP_DEBUG
		fprintf(stderr, "facts %s ~ %s (%s/%s): %.2f\n", x->id, y->id, x->lang, y->lang, fj);
#endif
			if (fj >= F_TRANSLATION && fj > bestf) {
				bestf = fj;
				best = d->cand[c];
			}
		}
		if (best != UINT32_MAX && strcmp(d->docs[best].lang, x->lang)) {
			x->trans_of = best;
		} else if (best != UINT32_MAX && bestf >= F_REWRITE) {
			/* the same facts in other words: a rewrite of one story */
			other = d->docs[root(d, best)].first;
			join(d, best, me);
		}
	}
	/* index this document */
	for (int b = 0; b < BANDS && x->nsh; b++)
		index_add(&d->bands, keys[b], me);
	for (size_t a = 0; a < na; a++)
		index_add(&d->anchors, anchors[a], me);
	x = &d->docs[me];
	if (nf) {
		x->facts = ds_arena_alloc(&d->arena, nf * sizeof *x->facts);
		memcpy(x->facts, facts, nf * sizeof *facts);
		x->nfacts = (uint8_t)nf;
		for (size_t f = 0; f < nf; f++)
			index_add(&d->facts, facts[f], me);
	}
	(void)other;
	for (size_t k = 0; k < pr->nkeys; k++)
		count_sentence(d, pr->keys[k], me);
	doc->dedup_ix = me + 1;
	ds_dedup_prep_free(pr);
	doc->dedup_prep = NULL;
}

void ds_dedup_links(struct ds_dedup *d, struct dossier_doc *doc)
{
	if (!doc->dedup_ix || doc->dedup_ix > d->n)
		return;
	uint32_t me = doc->dedup_ix - 1;
	uint32_t r = root(d, me);
	struct ddoc *c = &d->docs[r];
	uint32_t link = c->first != me ? c->first : c->first_written;
	/* the earliest of a cluster links back only to a copy written before
	 * it that does not link to it already (no cycles) */
	if (link != UINT32_MAX && c->first == me && d->docs[link].written_to == me)
		link = UINT32_MAX;
	if (link == me)
		link = UINT32_MAX;
	doc->dup_of = link != UINT32_MAX ? ds_arena_strdup(&doc->arena, d->docs[link].id) : NULL;
	d->docs[me].reversed = link != UINT32_MAX && c->first == me;
	doc->translation_of = NULL;
	if (c->trans_of != UINT32_MAX) {
		uint32_t t = d->docs[root(d, c->trans_of)].first;
		if (root(d, t) != r)
			doc->translation_of = ds_arena_strdup(&doc->arena, d->docs[t].id);
	}
	if (!d->docs[me].written) {
		d->docs[me].written = 1;
		d->docs[me].written_to = link;
		if (c->first_written == UINT32_MAX || earlier(&d->docs[me], &d->docs[c->first_written]))
			c->first_written = me;
	}
}

int ds_dedup_fingerprint(struct ds_dedup *d, const struct dossier_doc *doc, uint32_t *sig,
			 uint64_t *bands)
{
	if (!d || !doc->dedup_ix || doc->dedup_ix > d->n)
		return 0;
	const struct ddoc *x = &d->docs[doc->dedup_ix - 1];
	if (!x->nsh)
		return 0;
	memcpy(sig, x->sig, sizeof x->sig);
	for (int b = 0; b < BANDS; b++)
		bands[b] = band_key(x->sig, b);
	return 1;
}

double ds_dedup_similarity(const uint32_t *a, const uint32_t *b) { return jaccard(a, b); }

int ds_dedup_store_earlier(const struct ds_dedup *d, const void *store)
{
	return d && d->store == store ? d->store_earlier : -1;
}

void ds_dedup_set_store_earlier(struct ds_dedup *d, const void *store, int earlier)
{
	if (d) {
		d->store = store;
		d->store_earlier = earlier;
	}
}

int ds_dedup_of_run(const struct ds_dedup *d, long long key)
{
	return d && key > 0 && index_get(&d->stored, (uint64_t)key) != UINT32_MAX;
}

long long ds_dedup_reversed(struct ds_dedup *d, const struct dossier_doc *doc, long long key)
{
	if (!d || !doc->dedup_ix || doc->dedup_ix > d->n)
		return 0;
	struct ddoc *x = &d->docs[doc->dedup_ix - 1];
	if (key > 0 && x->key != key)
		index_add(&d->stored, (uint64_t)key, doc->dedup_ix - 1);
	x->key = key;
	if (!x->reversed || x->written_to == UINT32_MAX)
		return 0;
	return d->docs[x->written_to].key;
}
