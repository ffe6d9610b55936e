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
 * table of its states keyed by the hash of the words that lead there (see
 * struct ds_trie). Scanning makes one probe per word that may begin an
 * alias, and continues only while the words go on along one. Hand-written rather than Hyperscan (Debian's libhyperscan, used
 * before): a byte-level literal matcher reports every alias that ends at
 * every position, inside longer ones too ("leopard", "leopard 2", "leopard
 * 2a6"), and on news about military aid, dense in names, those reports cost
 * more than the scan: measured on the bench corpus, Hyperscan's literal
 * engine with 28,000 aliases ran 90-150 MB/s and compiled in 0.7 s (so it
 * needed a cache on disk); this trie builds in a few milliseconds and scans
 * several times faster (make bench, section kb). A word of up to 8 bytes
 * hashes to a 64-bit value of its own (word_hash); a longer one to a
 * 64-bit mix of its bytes (xxHash past 16), and two different long words
 * with one hash are not told apart (about one chance in 10^10 per word of
 * a year of news).
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

/* The trie: one open-addressing table of its states, each known by the
 * hash of the words that lead to it from the root (step: one xor and one
 * multiplication a word). The slot of every state along an alias is thus
 * computed from the words alone, with no load in between, and the scan
 * fetches the slots of a candidate's first two words ahead of reading them.
 * A slot is one 64-bit word, 0 when empty: the state's tag (the low bits
 * of its path hash; the slot is given by the high ones), a bit telling
 * that an alias goes on from the state, and the alias that ends there
 * (NO_ALIAS for none). At 8 bytes a state the base's 47,000 states take
 * 1 MiB, where 16-byte transitions and a separate array of aliases took
 * 2.2 MB. Two paths are told apart by their slot and their tag, about 58
 * bits of hash: one chance in 10^17 per probe of taking one for the other. */
#define TAG_BITS 42
#define TAG_MASK ((1ULL << TAG_BITS) - 1)
#define MORE_BIT (1ULL << TAG_BITS)
#define ALIAS_SHIFT (TAG_BITS + 1)
#define NO_ALIAS ((1u << (64 - ALIAS_SHIFT)) - 1)
#define ROOT_PATH 0x243f6a8885a308d3ULL
#define STEP_MUL 0x9fb21c651e98df25ULL
#define LOAD_HALVES 1 /* the table is at most half full */

struct ds_trie {
	uint64_t *t;
	unsigned shift; /* 64 - log2(capacity) */
	size_t cap;
	uint32_t max_words;
	/* Two bitmaps (32 KiB each, in cache) of how aliases begin: the words
	 * that are an alias alone, and the pairs of words that begin a longer
	 * one. Most words of a text begin no alias and are passed over without
	 * a probe of the table; a pair tells apart the function words that
	 * begin some aliases ("de", "the", "la") and begin nothing in most of
	 * their uses. */
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

/* The hash of a word. A word of up to 16 bytes (nearly every word of a
 * text) is read as two numbers, the bytes past its end masked off, and
 * mixed by multiplications: with no branch on its length, which words of
 * news cross (at 8 bytes) at random. Words of up to 8 bytes hash by a
 * bijection: as a word holds no NUL byte, two of them never share a hash.
 * Longer ones go to XXH3. w[0, 16) must be readable (word_hash_safe
 * copies a word that may end a buffer). */
static const uint64_t low_bytes[9] = {
	0, 0xff, 0xffff, 0xffffff, 0xffffffffULL, 0xffffffffffULL, 0xffffffffffffULL,
	0xffffffffffffffULL, ~0ULL,
};

static inline uint64_t word_hash(const char *w, size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (n <= 16) {
		uint64_t lo, hi;
		memcpy(&lo, w, 8);
		memcpy(&hi, w + 8, 8);
		size_t a = n < 8 ? n : 8;
		lo &= low_bytes[a];
		hi &= low_bytes[n - a];
		uint64_t x = lo * 0x9e3779b97f4a7c15ULL + (hi ^ 0x2545f4914f6cdd1dULL) * 0xc2b2ae3d27d4eb4fULL;
		return x ^ (x >> 32);
	}
#endif
	return XXH3_64bits(w, n);
}

static uint64_t word_hash_safe(const char *w, size_t n)
{
	char tmp[16] = {0};
	if (n < 16) {
		memcpy(tmp, w, n);
		w = tmp;
	}
	return word_hash(w, n);
}

/* The path hash of the state reached from the state of path P by WORD. */
static inline uint64_t step(uint64_t p, uint64_t word) { return (p ^ word) * STEP_MUL; }

static inline uint64_t path_tag(uint64_t p) { return (p & TAG_MASK) | 1; }

static inline const uint64_t *trie_home(const struct ds_trie *tr, uint64_t p)
{
	return &tr->t[p >> tr->shift];
}

/* The slot of the state of path P, or 0 when there is none. */
static inline uint64_t trie_get(const struct ds_trie *tr, uint64_t p)
{
	size_t mask = tr->cap - 1, i = (size_t)(p >> tr->shift);
	uint64_t tag = path_tag(p);
	for (;;) {
		uint64_t e = tr->t[i];
		if (!e || (e & TAG_MASK) == tag)
			return e;
		i = (i + 1) & mask;
	}
}

static inline uint32_t alias_of(uint64_t e) { return (uint32_t)(e >> ALIAS_SHIFT); }

/* The trie while it is built: full path hashes, in a table that grows. */
struct trie_build {
	uint64_t *path;
	uint32_t *alias; /* NO_ALIAS for none */
	uint8_t *used;   /* 1 | 2 when an alias goes on from the state */
	size_t cap, n;
};

static size_t build_slot(const struct trie_build *b, uint64_t p)
{
	size_t i = (size_t)(p >> 20) & (b->cap - 1);
	while (b->used[i] && b->path[i] != p)
		i = (i + 1) & (b->cap - 1);
	return i;
}

static void build_grow(struct trie_build *b)
{
	struct trie_build old = *b;
	b->cap = old.cap ? old.cap * 2 : 1 << 16;
	b->path = ds_xcalloc(b->cap, sizeof *b->path);
	b->alias = ds_xcalloc(b->cap, sizeof *b->alias);
	b->used = ds_xcalloc(b->cap, sizeof *b->used);
	for (size_t i = 0; i < old.cap; i++)
		if (old.used[i]) {
			size_t s = build_slot(b, old.path[i]);
			b->path[s] = old.path[i];
			b->alias[s] = old.alias[i];
			b->used[s] = old.used[i];
		}
	free(old.path);
	free(old.alias);
	free(old.used);
}

static void trie_add(struct ds_trie *tr, struct trie_build *b, const char *a, size_t len,
		     uint32_t alias)
{
	uint32_t words = 0;
	uint64_t w1 = 0, p = ROOT_PATH;
	size_t i = 0, s = 0;
	while (i < len) {
		size_t j = i;
		while (j < len && a[j] != ' ')
			j++;
		uint64_t w = word_hash_safe(a + i, j - i);
		if (words == 0)
			w1 = w;
		else if (words == 1)
			SET_BIT(tr->pair, PAIR_HASH(w1, w));
		if (words)
			b->used[s] |= 2; /* the state before goes on */
		if ((b->n + 1) * 2 >= b->cap)
			build_grow(b);
		p = step(p, w);
		s = build_slot(b, p);
		if (!b->used[s]) {
			b->path[s] = p;
			b->alias[s] = NO_ALIAS;
			b->used[s] = 1;
			b->n++;
		}
		words++;
		i = j + 1;
	}
	if (!words)
		return;
	if (words == 1)
		SET_BIT(tr->single, w1);
	if (b->alias[s] == NO_ALIAS)
		b->alias[s] = alias;
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
	if (kb->n_aliases >= NO_ALIAS) {
		snprintf(err, errlen, "%zu aliases: more than the matcher holds (%u)", kb->n_aliases,
			 NO_ALIAS - 1);
		return DOSSIER_E_KB;
	}
	struct ds_trie *tr = ds_xcalloc(1, sizeof *tr);
	struct trie_build b = {0};
	build_grow(&b);
	for (size_t i = 0; i < kb->n_aliases; i++)
		trie_add(tr, &b, kb->aliases[i].text, kb->aliases[i].len, (uint32_t)i);
	/* the compact table */
	unsigned log = 10;
	while (((size_t)1 << log) < (b.n + 1) << LOAD_HALVES)
		log++;
	tr->cap = (size_t)1 << log;
	tr->shift = 64 - log;
	tr->t = ds_xcalloc(tr->cap, sizeof *tr->t);
	for (size_t i = 0; i < b.cap; i++) {
		if (!b.used[i])
			continue;
		uint64_t p = b.path[i];
		size_t s = (size_t)(p >> tr->shift);
		while (tr->t[s])
			s = (s + 1) & (tr->cap - 1);
		tr->t[s] = path_tag(p) | (b.used[i] & 2 ? MORE_BIT : 0) |
			   (uint64_t)b.alias[i] << ALIAS_SHIFT;
	}
	free(b.path);
	free(b.alias);
	free(b.used);
	kb->db = tr;
	return 0;
}

void ds_kb_free_db(struct dossier_kb *kb)
{
	struct ds_trie *tr = kb->db;
	if (tr) {
		free(tr->t);
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
 * ASCII letters is copied 16 bytes at a time (a chunk of 64 bytes gives
 * at most 64 bytes of words and spaces), and word_hash reads 16 bytes
 * from the start of a word. */
#define ROOM 128
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
/* each prep's bytes read as a little-endian number (n <= 8), to be
 * compared with the bytes before a name in one test */
static uint64_t prep_val[DS_ARRAY_LEN(preps)];
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define LITTLE 1
#else
#define LITTLE 0
#endif

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
	for (size_t i = 0; i < DS_ARRAY_LEN(preps); i++) {
		prep_by_last[(unsigned char)preps[i].s[preps[i].n - 2]] |= (uint16_t)(1u << i);
		for (size_t b = 0; b < preps[i].n; b++)
			prep_val[i] |= (uint64_t)(unsigned char)preps[i].s[b] << (8 * b);
	}
}

/* Folds text into m->folded (a space first and last, one between words)
 * and cuts it into words, in one pass: m->wstart, m->wend, m->whash. The
 * map from folded to original offsets is kept where it is read, at the
 * start and the end (the space after) of every word: m->map[i] is the
 * original offset of folded byte i there.
 *
 * The text is read 64 bytes at a time (four SSE2 loads): a mask of the
 * bytes that are ASCII letters or digits gives the runs of word bytes,
 * copied folded with one store each, so the cost is per run and per chunk
 * rather than a branch per byte (a branch per byte mispredicted at every
 * word boundary took most of the matcher's time, and the end of the runs
 * of a chunk is mispredicted once a chunk: 64-byte chunks ran the scan 10%
 * faster than 16-byte blocks). A byte of a multi-byte character ends the
 * chunk there; the character is folded by table and the next chunk starts
 * after it. */
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
		/* a chunk of 64 bytes, the last one padded with zero bytes (not
		 * word bytes) */
		unsigned char pad[64];
		const unsigned char *b = u + i;
		size_t avail = len - i;
		if (avail < 64) {
			memset(pad, 0, sizeof pad);
			memcpy(pad, u + i, avail);
			b = pad;
		}
		char folded[80]; /* a run is copied 16 bytes at a time from its start */
		_mm_storeu_si128((__m128i *)(void *)(folded + 64), _mm_setzero_si128());
		uint64_t word = 0, high = 0;
		for (unsigned q = 0; q < 4; q++) {
			word |= (uint64_t)ds_word_mask16(b + 16 * q, folded + 16 * q) << (16 * q);
			high |= (uint64_t)(unsigned)_mm_movemask_epi8(
					_mm_loadu_si128((const __m128i *)(const void *)(b + 16 * q)))
				<< (16 * q);
		}
		/* up to the first byte of a multi-byte character; 63 bytes when
		 * all are ASCII (no branch on it) */
		unsigned nb = (unsigned)__builtin_ctzll(high | 1ULL << 63);
		if (nb > avail)
			nb = (unsigned)avail;
		word &= (1ULL << nb) - 1;
		unsigned at = 0; /* chunk offset read so far */
		while (word) {
			unsigned s = (unsigned)__builtin_ctzll(word);
			unsigned run = (unsigned)__builtin_ctzll(~(word >> s));
			if (s > at && st.inword)
				close_word(m, &st, i + at);
			if (!st.inword)
				open_word(m, &st, i + s);
			_mm_storeu_si128((__m128i *)(void *)(out + st.o),
					 _mm_loadu_si128((const __m128i *)(const void *)(folded + s)));
			for (unsigned r = 16; r < run; r += 16) /* a word of more than 16 bytes */
				_mm_storeu_si128((__m128i *)(void *)(out + st.o + r),
						 _mm_loadu_si128((const __m128i *)(const void *)(folded + s + r)));
			st.o += run;
			at = s + run;
			word &= ~0ULL << at; /* at <= 63 */
		}
		if (at < nb && st.inword)
			close_word(m, &st, i + at);
		i += nb;
		if (i < len && u[i] >= 0x80)
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
	m->whash[m->nwords] = 0; /* read, not used, past the last word */
}

static int wordish(unsigned char c) { return ds_isalnum(c) || c >= 0x80; }


static const char *prep_before(const char *f, size_t start, size_t *plen)
{
	if (start < 2 || f[start - 1] != ' ')
		return NULL;
	unsigned char last = (unsigned char)f[start - 2];
	if (last >= 128)
		return NULL;
	uint64_t tail8 = 0;
	if (start >= 8)
		memcpy(&tail8, f + start - 8, 8);
	/* the preps that end with that letter, in table order */
	for (unsigned set = prep_by_last[last]; set; set &= set - 1) {
		size_t i = (size_t)__builtin_ctz(set);
		size_t k = preps[i].n;
		/* the k bytes before start, from one load of the 8 before it */
		int same = start >= 8 && LITTLE ? tail8 >> (64 - 8 * k) == prep_val[i]
				      : start >= k && !memcmp(f + start - k, preps[i].s, k);
		if (same &&
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
	/* the candidates, with the top bit set where the pair of words may
	 * begin an alias */
	for (size_t i = 0; i + 1 < m->nwords; i++) {
		uint32_t alone = (uint32_t)HAS_BIT(tr->single, wh[i]);
		uint32_t pair = (uint32_t)HAS_BIT(tr->pair, PAIR_HASH(wh[i], wh[i + 1]));
		m->cand[nc] = (uint32_t)i | pair << 31;
		nc += alone | pair;
	}
	if (m->nwords && HAS_BIT(tr->single, wh[m->nwords - 1]))
		m->cand[nc++] = (uint32_t)(m->nwords - 1);
	ds_grow(&m->out, &m->cap_out, nc + 1, sizeof *m->out); /* a mention per candidate at most */
	/* the slots of a candidate's first word, and of its second where the
	 * pair may begin an alias, are fetched AHEAD candidates before */
	enum { AHEAD = 4 };
	for (size_t c = 0; c < nc && c < AHEAD; c++) {
		size_t k = m->cand[c] & 0x7fffffff;
		uint64_t p1 = step(ROOT_PATH, wh[k]);
		__builtin_prefetch(trie_home(tr, p1));
		if (m->cand[c] >> 31)
			__builtin_prefetch(trie_home(tr, step(p1, wh[k + 1])));
	}
	for (size_t c = 0; c < nc; c++) {
		if (c + AHEAD < nc) {
			/* no branch on the pair: the first slot is fetched twice
			 * when it may not go on */
			uint32_t ck = m->cand[c + AHEAD];
			size_t k = ck & 0x7fffffff;
			uint64_t p1 = step(ROOT_PATH, wh[k]);
			uint64_t p2 = step(p1, wh[k + 1]); /* wh has room past the last word */
			p2 = p1 ^ ((p2 ^ p1) & (0 - (uint64_t)(ck >> 31)));
			__builtin_prefetch(trie_home(tr, p1));
			__builtin_prefetch(trie_home(tr, p2));
		}
		size_t i = m->cand[c] & 0x7fffffff;
		if (m->wstart[i] < last)
			continue;
		/* the longest alias starting at word i */
		uint64_t p = step(ROOT_PATH, wh[i]);
		uint64_t e = trie_get(tr, p);
		if (!e)
			continue;
		uint32_t alias = alias_of(e);
		size_t end_word = i;
		/* no alias goes on with the second word: no probe for it */
		if ((e & MORE_BIT) && m->cand[c] >> 31) {
			size_t lim = i + tr->max_words < m->nwords ? i + tr->max_words : m->nwords;
			for (size_t j = i + 1; j < lim; j++) {
				p = step(p, wh[j]);
				e = trie_get(tr, p);
				if (!e)
					break;
				if (alias_of(e) != NO_ALIAS) {
					alias = alias_of(e);
					end_word = j;
				}
				if (!(e & MORE_BIT))
					break;
			}
		}
		if (alias == NO_ALIAS)
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
	uint64_t e = trie_get(tr, step(ROOT_PATH, h));
	return e && alias_of(e) != NO_ALIAS ? alias_of(e) : UINT32_MAX;
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
