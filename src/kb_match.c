/*
 * kb_match.c: the multi-pattern matcher of the knowledge base.
 *
 * A text is first normalised: folded (util_utf8.c: lower case, no
 * accents), every ASCII punctuation mark made a space, runs of spaces made
 * one, with a map from normalised to original byte offsets. Aliases are
 * normalised the same way when they load ("Leopard-2" is "leopard 2",
 * "l'OTAN" is "l otan"), so every alias is a sequence of whole words.
 *
 * The aliases are compiled into a trie over words, stored as one hash
 * table keyed by (state, hash of the next word). Scanning makes one probe
 * per word of the text, and continues only while the words go on along an
 * alias. Hand-written rather than Hyperscan (Debian's libhyperscan, used
 * before): a byte-level literal matcher reports every alias that ends at
 * every position, inside longer ones too ("leopard", "leopard 2", "leopard
 * 2a6"), and on news about military aid, dense in names, those reports cost
 * more than the scan: measured on the bench corpus, Hyperscan's literal
 * engine with 28,000 aliases ran 90-150 MB/s and compiled in 0.7 s (so it
 * needed a cache on disk); this trie builds in a few milliseconds and scans
 * several times faster (make bench, section kb). A word of up to 8 bytes
 * hashes to a 64-bit value of its own (word_hash); a longer one to its
 * 64-bit xxHash value, and two different long words with one hash are not
 * told apart (about one chance in 10^10 per word of a year of news).
 *
 * Overlapping hits resolve leftmost-longest ("Leopard 2A6" over "Leopard
 * 2", "République tchèque" over "tchèque"). An article or preposition just
 * before a name is taken into its span and reported ("les États-Unis", "du
 * Danemark", "the Pentagon").
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
/* XXH3 inlined: one call per word of every text otherwise */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "ds.h"

#define FIRST_LOG 18
#define FIRST_BITS (1u << FIRST_LOG)

/* The trie: an open-addressing table of transitions. */
struct trans {
	uint64_t word;  /* hash of the word */
	uint32_t from;  /* state (0 = root); UINT32_MAX marks an empty slot */
	uint32_t to;
};

struct ds_trie {
	struct trans *t;
	size_t cap, n;
	uint32_t *alias_of; /* per state: the alias ending there, or UINT32_MAX */
	size_t nstates, cap_states;
	uint32_t max_words;
	/* Two bitmaps (32 KiB each, in cache) of how aliases begin: the words
	 * that are an alias alone, and the pairs of words that begin a longer
	 * one. Most words of a text begin no alias and are passed over without
	 * a probe of the table (which is larger than the cache); a pair tells
	 * apart the function words that begin some aliases ("de", "the", "la")
	 * and begin nothing in most of their uses. */
	uint64_t single[FIRST_BITS / 64];
	uint64_t pair[FIRST_BITS / 64];
};

#define FIRST_BIT(h) ((size_t)((h) >> (64 - FIRST_LOG)))
#define PAIR_HASH(a, b) ((a) ^ ((b) * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL))
#define HAS_BIT(map, h) ((map)[FIRST_BIT(h) / 64] >> (FIRST_BIT(h) % 64) & 1)
#define SET_BIT(map, h) ((map)[FIRST_BIT(h) / 64] |= 1ULL << (FIRST_BIT(h) % 64))

struct ds_matcher {
	const struct dossier_kb *kb;
	struct ds_buf folded;
	uint32_t *map;
	size_t cap_map;
	uint32_t *wstart, *wend; /* words of the folded text */
	uint64_t *whash;
	uint32_t *cand; /* the words that may begin an alias */
	size_t nwords, cap_words;
	struct ds_match *out;
	size_t n_out, cap_out;
};

/* The hash of a word. Words of up to 8 bytes (most of a text) are their
 * bytes read as one number, scrambled by a bijection: as a word holds no NUL
 * byte, two of them never share a hash. Longer words go to XXH3. The word
 * is read 8 bytes at a time: w[0, 8) must be readable (word_hash_safe
 * copies a word that may end a buffer). */
static inline uint64_t word_hash(const char *w, size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (n - 1 < 8) {
		uint64_t x;
		memcpy(&x, w, 8);
		x &= ~0ULL >> (64 - 8 * n);
		x *= 0x9e3779b97f4a7c15ULL;
		return x ^ (x >> 32);
	}
#endif
	return XXH3_64bits(w, n);
}

static uint64_t word_hash_safe(const char *w, size_t n)
{
	char tmp[8] = {0};
	if (n < 8) {
		memcpy(tmp, w, n);
		w = tmp;
	}
	return word_hash(w, n);
}

/* Where the transition from state FROM on WORD is looked for first. */
static inline size_t trans_home(const struct ds_trie *tr, uint32_t from, uint64_t word)
{
	uint64_t h = word ^ ((uint64_t)from * 0x9e3779b97f4a7c15ULL);
	h ^= h >> 29;
	return (size_t)h & (tr->cap - 1);
}

static size_t trans_slot(const struct ds_trie *tr, uint32_t from, uint64_t word)
{
	size_t i = trans_home(tr, from, word);
	while (tr->t[i].from != UINT32_MAX && (tr->t[i].from != from || tr->t[i].word != word))
		i = (i + 1) & (tr->cap - 1);
	return i;
}

static void trie_grow(struct ds_trie *tr)
{
	size_t cap = tr->cap ? tr->cap * 2 : 1 << 16;
	struct trans *old = tr->t;
	size_t oldcap = tr->cap;
	tr->t = ds_xmalloc(cap * sizeof *tr->t);
	for (size_t i = 0; i < cap; i++)
		tr->t[i].from = UINT32_MAX;
	tr->cap = cap;
	for (size_t i = 0; i < oldcap; i++)
		if (old[i].from != UINT32_MAX)
			tr->t[trans_slot(tr, old[i].from, old[i].word)] = old[i];
	free(old);
}

static uint32_t new_state(struct ds_trie *tr)
{
	ds_grow(&tr->alias_of, &tr->cap_states, tr->nstates + 1, sizeof *tr->alias_of);
	tr->alias_of[tr->nstates] = UINT32_MAX;
	return (uint32_t)tr->nstates++;
}

static void trie_add(struct ds_trie *tr, const char *a, size_t len, uint32_t alias)
{
	uint32_t state = 0, words = 0;
	uint64_t w1 = 0;
	size_t i = 0;
	while (i < len) {
		size_t j = i;
		while (j < len && a[j] != ' ')
			j++;
		uint64_t w = word_hash_safe(a + i, j - i);
		if (words == 0)
			w1 = w;
		else if (words == 1)
			SET_BIT(tr->pair, PAIR_HASH(w1, w));
		if ((tr->n + 1) * 2 >= tr->cap)
			trie_grow(tr);
		size_t s = trans_slot(tr, state, w);
		if (tr->t[s].from == UINT32_MAX) {
			tr->t[s].from = state;
			tr->t[s].word = w;
			tr->t[s].to = new_state(tr);
			tr->n++;
		}
		state = tr->t[s].to;
		words++;
		i = j + 1;
	}
	if (words == 1)
		SET_BIT(tr->single, w1);
	if (state && tr->alias_of[state] == UINT32_MAX)
		tr->alias_of[state] = alias;
	if (words > tr->max_words)
		tr->max_words = words;
}

int ds_kb_compile(struct dossier_kb *kb, const char *cache_dir, char *err, size_t errlen)
{
	(void)cache_dir;
	if (!kb->n_aliases) {
		snprintf(err, errlen, "no aliases");
		return DOSSIER_E_KB;
	}
	struct ds_trie *tr = ds_xcalloc(1, sizeof *tr);
	trie_grow(tr);
	new_state(tr); /* the root */
	for (size_t i = 0; i < kb->n_aliases; i++)
		trie_add(tr, kb->aliases[i].text, kb->aliases[i].len, (uint32_t)i);
	kb->db = tr;
	return 0;
}

void ds_kb_free_db(struct dossier_kb *kb)
{
	struct ds_trie *tr = kb->db;
	if (tr) {
		free(tr->t);
		free(tr->alias_of);
		free(tr);
	}
	kb->db = NULL;
}

struct ds_matcher *ds_matcher_new(const struct dossier_kb *kb)
{
	struct ds_matcher *m = ds_xcalloc(1, sizeof *m);
	m->kb = kb;
	return m;
}

void ds_matcher_free(struct ds_matcher *m)
{
	if (!m)
		return;
	ds_buf_release(&m->folded);
	free(m->map);
	free(m->wstart);
	free(m->wend);
	free(m->whash);
	free(m->cand);
	free(m->out);
	free(m);
}

/* Room for ROOM more folded bytes, and for the map up to them: a run of
 * ASCII letters is copied 16 bytes at a time, and word_hash reads 8 bytes
 * from the start of a word. */
#define ROOM 64
static void room(struct ds_matcher *m)
{
	ds_buf_reserve(&m->folded, ROOM);
	ds_grow(&m->map, &m->cap_map, m->folded.cap + 1, sizeof *m->map);
}

/* Room for the words of a text of len bytes: a word takes a byte at least
 * and one other byte ends it. */
static void grow_words(struct ds_matcher *m, size_t len)
{
	size_t need = len / 2 + 2;
	if (need <= m->cap_words)
		return;
	size_t cap = m->cap_words ? m->cap_words : 1024;
	while (cap < need)
		cap *= 2;
	m->wstart = ds_xrealloc(m->wstart, cap * sizeof *m->wstart);
	m->wend = ds_xrealloc(m->wend, cap * sizeof *m->wend);
	m->whash = ds_xrealloc(m->whash, cap * sizeof *m->whash);
	m->cand = ds_xrealloc(m->cand, cap * sizeof *m->cand);
	m->cap_words = cap;
}


/* Records the word f[ws, we) of the folded text, with its hash. */
static inline void add_word(struct ds_matcher *m, size_t ws, size_t we)
{
	m->wstart[m->nwords] = (uint32_t)ws;
	m->wend[m->nwords] = (uint32_t)we;
	m->whash[m->nwords] = word_hash(m->folded.ptr + ws, we - ws);
	m->nwords++;
}


/* Articles and prepositions that a name takes into its span, folded,
 * longest first. */
#define PREP(s) {s, sizeof s - 1}
static const struct {
	const char *s;
	size_t n;
} preps[] = {
	PREP("de la "), PREP("de l "), PREP("a la "), PREP("a l "), PREP("des "), PREP("les "),
	PREP("aux "), PREP("du "), PREP("de "), PREP("d "), PREP("au "), PREP("la "),
	PREP("le "), PREP("l "), PREP("the "), PREP("en "),
};

_Static_assert(DS_ARRAY_LEN(preps) <= 16, "a set of preps fits 16 bits");
static uint16_t prep_by_last[128]; /* built with the fold tables */

/* How normalise takes a character other than ASCII: white space, a mark
 * (folded to ASCII punctuation: a word break), or folded to k bytes (0 for
 * combining marks and zero-width characters). */
enum { FOLD_SPACE, FOLD_MARK, FOLD_COPY };
struct fold_entry {
	char out[4];
	unsigned char k, kind;
};

static void fold_entry_of(struct fold_entry *e, uint32_t cp)
{
	memset(e, 0, sizeof *e);
	e->kind = FOLD_COPY;
	if (ds_cp_is_space(cp)) {
		e->kind = FOLD_SPACE;
		return;
	}
	e->k = (unsigned char)ds_fold_cp_to(cp, e->out);
	if (e->k == 1 && (unsigned char)e->out[0] < 0x80 && !ds_isalnum(e->out[0]))
		e->kind = FOLD_MARK;
}

/* The entries of the two-byte characters (U+0080..U+07FF, by lead and
 * continuation byte) and of U+2000..U+203F (quotation marks, dashes,
 * spaces), built once. */
static struct fold_entry fold_two[0xE0 - 0xC2][64], fold_punct[64];
static pthread_once_t fold_once = PTHREAD_ONCE_INIT;

static void fold_build(void)
{
	for (uint32_t lead = 0xC2; lead < 0xE0; lead++)
		for (uint32_t c = 0; c < 64; c++)
			fold_entry_of(&fold_two[lead - 0xC2][c], (lead & 0x1F) << 6 | c);
	for (uint32_t c = 0; c < 64; c++)
		fold_entry_of(&fold_punct[c], 0x2000 + c);
	for (size_t i = 0; i < DS_ARRAY_LEN(preps); i++)
		prep_by_last[(unsigned char)preps[i].s[preps[i].n - 2]] |= (uint16_t)(1u << i);
}

/* Folds text into m->folded (a space first and last, one between words)
 * and cuts it into words, in one pass: m->wstart, m->wend, m->whash. The
 * map from folded to original offsets is kept where it is read, at the
 * start and the end (the space after) of every word: m->map[i] is the
 * original offset of folded byte i there.
 *
 * The text is read 16 bytes at a time (SSE2): a mask of the bytes that are
 * ASCII letters or digits gives the runs of word bytes, copied folded
 * with one store each, so the cost is per run and per block rather than a
 * branch per byte (a branch per byte mispredicted at every word boundary
 * took most of the matcher's time). A byte of a multi-byte character ends
 * the block there; the character is folded by table and the next block
 * starts after it. */
struct norm {
	size_t o;       /* folded length */
	size_t ws;      /* folded start of the open word */
	int inword;
};

/* Closes the open word: the space after it is at original offset at. */
static inline void close_word(struct ds_matcher *m, struct norm *st, size_t at)
{
	char *out = m->folded.ptr;
	m->folded.len = st->o;
	add_word(m, st->ws, st->o);
	m->map[st->o] = (uint32_t)at;
	out[st->o++] = ' ';
	st->inword = 0;
}

static inline void open_word(struct ds_matcher *m, struct norm *st, size_t at)
{
	st->ws = st->o;
	m->map[st->o] = (uint32_t)at;
	st->inword = 1;
}

/* The character other than ASCII at text[i]: folded into the word it is
 * part of, or a break; returns its length. */
static size_t fold_other(struct ds_matcher *m, struct norm *st, const unsigned char *u,
			 size_t i, size_t len)
{
	const struct fold_entry *e;
	struct fold_entry slow;
	size_t n;
	if (u[i] >= 0xC2 && u[i] <= 0xDF && i + 1 < len && (u[i + 1] & 0xC0) == 0x80) {
		e = &fold_two[u[i] - 0xC2][u[i + 1] & 0x3F];
		n = 2;
	} else if (u[i] == 0xE2 && i + 2 < len && u[i + 1] == 0x80 && (u[i + 2] & 0xC0) == 0x80) {
		e = &fold_punct[u[i + 2] & 0x3F];
		n = 3;
	} else {
		uint32_t cp;
		n = ds_utf8_decode(u + i, len - i, &cp);
		if (!n) {
			cp = 0xFFFD;
			n = 1;
		}
		fold_entry_of(&slow, cp);
		e = &slow;
	}
	/* white space and marks (typographic apostrophes, dashes, quotes)
	 * break words; combining marks and zero-width characters vanish */
	if (e->kind != FOLD_COPY) {
		if (st->inword)
			close_word(m, st, i);
	} else if (e->k) {
		if (!st->inword)
			open_word(m, st, i);
		memcpy(m->folded.ptr + st->o, e->out, 4);
		st->o += e->k;
	}
	return n;
}

static void normalise(struct ds_matcher *m, const char *text, size_t len)
{
	struct ds_buf *f = &m->folded;
	ds_buf_reset(f);
	ds_buf_reserve(f, len + 16);
	ds_grow(&m->map, &m->cap_map, f->cap + 1, sizeof *m->map);
	m->nwords = 0;
	grow_words(m, len);
	const unsigned char *u = (const unsigned char *)text;
	struct norm st = {1, 0, 0};
	pthread_once(&fold_once, fold_build);
	m->map[0] = 0;
	f->ptr[0] = ' ';
	size_t i = 0;
	while (i < len) {
		if (st.o + ROOM >= f->cap) {
			f->len = st.o;
			room(m);
		}
		char *out = f->ptr;
#ifdef __SSE2__
		/* a block: the last one padded with zero bytes (not word bytes) */
		unsigned char pad[16];
		const unsigned char *b = u + i;
		size_t avail = len - i;
		if (avail < 16) {
			memset(pad, 0, sizeof pad);
			memcpy(pad, u + i, avail);
			b = pad;
		}
		char folded[32]; /* a run is copied 16 bytes from its start */
		_mm_storeu_si128((__m128i *)(void *)(folded + 16), _mm_setzero_si128());
		unsigned word = ds_word_mask16(b, folded);
		unsigned high = (unsigned)_mm_movemask_epi8(
			_mm_loadu_si128((const __m128i *)(const void *)b));
		unsigned nb = high ? (unsigned)__builtin_ctz(high) : 16;
		if (nb > avail)
			nb = (unsigned)avail;
		word &= (1u << nb) - 1;
		unsigned at = 0; /* block offset read so far */
		while (word) {
			unsigned s = (unsigned)__builtin_ctz(word);
			unsigned run = (unsigned)__builtin_ctz(~(word >> s));
			if (s > at && st.inword)
				close_word(m, &st, i + at);
			if (!st.inword)
				open_word(m, &st, i + s);
			_mm_storeu_si128((__m128i *)(void *)(out + st.o),
					 _mm_loadu_si128((const __m128i *)(const void *)(folded + s)));
			st.o += run;
			at = s + run;
			word &= ~0u << at; /* at <= 16 */
		}
		if (at < nb && st.inword)
			close_word(m, &st, i + at);
		i += nb;
		if (nb < 16 && i < len && u[i] >= 0x80)
			i += fold_other(m, &st, u, i, len);
#else
		if (u[i] < 0x80) {
			unsigned char c = ds_word_byte[u[i]];
			if (c) {
				if (!st.inword)
					open_word(m, &st, i);
				out[st.o++] = (char)c;
			} else if (st.inword) {
				close_word(m, &st, i);
			}
			i++;
		} else {
			i += fold_other(m, &st, u, i, len);
		}
#endif
	}
	f->len = st.o;
	room(m);
	if (st.inword)
		close_word(m, &st, len);
	f->len = st.o;
	f->ptr[f->len] = '\0';
	m->map[f->len] = (uint32_t)len;
}

static int wordish(unsigned char c) { return ds_isalnum(c) || c >= 0x80; }


static const char *prep_before(const char *f, size_t start, size_t *plen)
{
	if (start < 2 || f[start - 1] != ' ')
		return NULL;
	unsigned char last = (unsigned char)f[start - 2];
	if (last >= 128)
		return NULL;
	/* the preps that end with that letter, in table order */
	for (unsigned set = prep_by_last[last]; set; set &= set - 1) {
		size_t i = (size_t)__builtin_ctz(set);
		size_t k = preps[i].n;
		if (start >= k && !memcmp(f + start - k, preps[i].s, k) &&
		    (start == k || !wordish((unsigned char)f[start - k - 1]))) {
			*plen = k;
			return preps[i].s;
		}
	}
	return NULL;
}

size_t ds_kb_scan(struct ds_matcher *m, const char *text, size_t len, const struct ds_match **out)
{
	m->n_out = 0;
	*out = NULL;
	if (!len || len > UINT32_MAX / 2)
		return 0;
	const struct ds_trie *tr = m->kb->db;
	normalise(m, text, len);
	const char *f = m->folded.ptr;
	size_t flen = m->folded.len;
	uint32_t last = 0; /* folded offset where the last mention ended */
	size_t nc = 0;
	const uint64_t *wh = m->whash;
	for (size_t i = 0; i + 1 < m->nwords; i++) {
		m->cand[nc] = (uint32_t)i;
		nc += HAS_BIT(tr->single, wh[i]) | HAS_BIT(tr->pair, PAIR_HASH(wh[i], wh[i + 1]));
	}
	if (m->nwords && HAS_BIT(tr->single, wh[m->nwords - 1]))
		m->cand[nc++] = (uint32_t)(m->nwords - 1);
	enum { AHEAD = 4 };
	for (size_t c = 0; c < nc && c < AHEAD; c++)
		__builtin_prefetch(&tr->t[trans_home(tr, 0, wh[m->cand[c]])]);
	for (size_t c = 0; c < nc; c++) {
		if (c + AHEAD < nc)
			__builtin_prefetch(&tr->t[trans_home(tr, 0, wh[m->cand[c + AHEAD]])]);
		size_t i = m->cand[c];
		if (m->wstart[i] < last)
			continue;
		/* the longest alias starting at word i */
		uint32_t state = 0, alias = UINT32_MAX;
		size_t end_word = i;
		for (size_t j = i; j < m->nwords && j < i + tr->max_words; j++) {
			/* no alias goes on with the second word: no probe for it */
			if (j == i + 1 && !HAS_BIT(tr->pair, PAIR_HASH(m->whash[i], m->whash[j])))
				break;
			size_t sl = trans_slot(tr, state, m->whash[j]);
			if (tr->t[sl].from == UINT32_MAX)
				break;
			state = tr->t[sl].to;
			if (tr->alias_of[state] != UINT32_MAX) {
				alias = tr->alias_of[state];
				end_word = j;
			}
		}
		if (alias == UINT32_MAX)
			continue;
		struct ds_match h;
		h.alias = alias;
		h.fstart = m->wstart[i];
		h.fend = m->wend[end_word];
		size_t plen = 0;
		h.prep = prep_before(f, h.fstart, &plen);
		uint32_t fs = h.fstart - (uint32_t)plen;
		if (fs < last) {
			h.prep = NULL;
			fs = h.fstart;
		}
		h.start = m->map[fs];
		/* the end: the original offset after the last folded byte */
		h.end = h.fend < flen ? m->map[h.fend] : (uint32_t)len;
		ds_grow(&m->out, &m->cap_out, m->n_out + 1, sizeof *m->out);
		m->out[m->n_out++] = h;
		last = h.fend;
	}
	*out = m->out;
	return m->n_out;
}

uint32_t ds_kb_word_alias(const struct dossier_kb *kb, const char *w, size_t n)
{
	const struct ds_trie *tr = kb->db;
	if (!tr || !n)
		return UINT32_MAX;
	uint64_t h = word_hash_safe(w, n);
	if (!HAS_BIT(tr->single, h))
		return UINT32_MAX;
	size_t sl = trans_slot(tr, 0, h);
	return tr->t[sl].from == UINT32_MAX ? UINT32_MAX : tr->alias_of[tr->t[sl].to];
}

const char *ds_matcher_folded(const struct ds_matcher *m, size_t *len)
{
	*len = m->folded.len;
	return m->folded.ptr;
}

uint32_t ds_matcher_orig(const struct ds_matcher *m, size_t i)
{
	return m->map[i <= m->folded.len ? i : m->folded.len];
}
