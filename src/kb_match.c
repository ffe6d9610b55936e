/*
 * kb_match.c: the multi-pattern matcher of the knowledge base.
 *
 * Every alias is compiled once, as a literal with a space on each side,
 * into one Hyperscan database (Debian's libhyperscan; its literal API,
 * FDR/Teddy engines). A text is first normalised: folded (util_utf8.c:
 * lower case, no accents), every ASCII punctuation mark made a space, runs
 * of spaces made one, a space put at each end, with a map from normalised
 * to original byte offsets. Aliases are normalised the same way when they
 * load ("Leopard-2" is "leopard 2", "l'OTAN" is "l otan"), so a hit is a
 * whole word sequence by construction, and the scan reports no hits inside
 * words (half as many callbacks on news text). Overlapping hits resolve leftmost-longest ("Leopard 2A6"
 * over "Leopard 2", "République tchèque" over "tchèque"). An article or
 * preposition just before a name is taken into its span and reported
 * ("les États-Unis", "du Danemark", "the Pentagon").
 *
 * Compiling tens of thousands of literals takes Hyperscan about half a
 * second; a serialized copy is cached (in a folder the caller names) under
 * a hash of the aliases, so that loading takes milliseconds afterwards.
 */
#include <hs/hs.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xxhash.h>

#include "ds.h"

struct ds_matcher {
	const struct dossier_kb *kb;
	hs_scratch_t *scratch;
	struct ds_buf folded;
	uint32_t *map;
	size_t cap_map;
	struct ds_match *hits;
	size_t n_hits, cap_hits;
	struct ds_match *out;
	size_t n_out, cap_out;
};

/* The cache file of a compiled database: named by a hash of every alias
 * and of the Hyperscan version, so that any change of the knowledge base or
 * of the library makes a new one. */
static char *cache_path(const struct dossier_kb *kb, const char *dir)
{
	XXH3_state_t *st = XXH3_createState();
	if (!st)
		ds_oom();
	XXH3_64bits_reset(st);
	const char *ver = hs_version();
	XXH3_64bits_update(st, ver, strlen(ver));
	for (size_t i = 0; i < kb->n_aliases; i++)
		XXH3_64bits_update(st, kb->aliases[i].text, kb->aliases[i].len + 1);
	unsigned long long h = (unsigned long long)XXH3_64bits_digest(st);
	XXH3_freeState(st);
	struct ds_buf b = DS_BUF_INIT;
	ds_buf_addf(&b, "%s/kb-%016llx.hsdb", dir, h);
	return ds_buf_detach(&b, NULL);
}

static hs_database_t *cache_read(const char *path)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return NULL;
	struct ds_buf b = DS_BUF_INIT;
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0 && b.len < (256u << 20))
		ds_buf_add(&b, chunk, n);
	fclose(fp);
	hs_database_t *db = NULL;
	if (!b.len || hs_deserialize_database(b.ptr, b.len, &db) != HS_SUCCESS)
		db = NULL; /* stale, corrupt, or for another CPU: compile instead */
	ds_buf_release(&b);
	return db;
}

/* Writes the cache atomically (a temporary file renamed); failure to write
 * a cache is not an error. */
static void cache_write(const char *path, const hs_database_t *db)
{
	char *bytes = NULL;
	size_t len = 0;
	if (hs_serialize_database(db, &bytes, &len) != HS_SUCCESS)
		return;
	struct ds_buf tmp = DS_BUF_INIT;
	ds_buf_addf(&tmp, "%s.%ld.tmp", path, (long)getpid());
	FILE *fp = fopen(tmp.ptr, "wb");
	if (fp) {
		int ok = fwrite(bytes, 1, len, fp) == len;
		ok &= fclose(fp) == 0;
		if (!ok || rename(tmp.ptr, path) != 0)
			remove(tmp.ptr);
	}
	ds_buf_release(&tmp);
	free(bytes);
}

int ds_kb_compile(struct dossier_kb *kb, const char *cache_dir, char *err, size_t errlen)
{
	size_t n = kb->n_aliases;
	if (!n) {
		snprintf(err, errlen, "no aliases");
		return DOSSIER_E_KB;
	}
	char *cpath = cache_dir ? cache_path(kb, cache_dir) : NULL;
	if (cpath && (kb->db = cache_read(cpath)) != NULL) {
		free(cpath);
		return 0;
	}
	const char **pats = ds_xmalloc(n * sizeof *pats);
	size_t *lens = ds_xmalloc(n * sizeof *lens);
	unsigned *ids = ds_xmalloc(n * sizeof *ids), *flags = ds_xcalloc(n, sizeof *flags);
	struct ds_arena pad;
	ds_arena_init(&pad);
	for (size_t i = 0; i < n; i++) {
		char *p = ds_arena_alloc(&pad, kb->aliases[i].len + 2);
		p[0] = ' ';
		memcpy(p + 1, kb->aliases[i].text, kb->aliases[i].len);
		p[kb->aliases[i].len + 1] = ' ';
		pats[i] = p;
		lens[i] = kb->aliases[i].len + 2;
		ids[i] = (unsigned)i;
	}
	hs_database_t *db = NULL;
	hs_compile_error_t *ce = NULL;
	int rc = 0;
	if (hs_compile_lit_multi(pats, flags, ids, lens, (unsigned)n, HS_MODE_BLOCK, NULL, &db,
				 &ce) != HS_SUCCESS) {
		snprintf(err, errlen, "%s", ce && ce->message ? ce->message : "hyperscan error");
		hs_free_compile_error(ce);
		rc = DOSSIER_E_KB;
	}
	free(pats);
	free(lens);
	free(ids);
	free(flags);
	ds_arena_release(&pad);
	kb->db = db;
	if (db && cpath)
		cache_write(cpath, db);
	free(cpath);
	return rc;
}

void ds_kb_free_db(struct dossier_kb *kb)
{
	if (kb->db)
		hs_free_database(kb->db);
	kb->db = NULL;
}

struct ds_matcher *ds_matcher_new(const struct dossier_kb *kb)
{
	struct ds_matcher *m = ds_xcalloc(1, sizeof *m);
	m->kb = kb;
	if (hs_alloc_scratch(kb->db, &m->scratch) != HS_SUCCESS)
		ds_oom();
	return m;
}

void ds_matcher_free(struct ds_matcher *m)
{
	if (!m)
		return;
	hs_free_scratch(m->scratch);
	ds_buf_release(&m->folded);
	free(m->map);
	free(m->hits);
	free(m->out);
	free(m);
}

/* Folds text into m->folded, with m->map[i] the original offset of folded
 * byte i (and m->map[len] = the text's length). */
static void fold_map(struct ds_matcher *m, const char *text, size_t len)
{
	struct ds_buf *f = &m->folded;
	ds_buf_reset(f);
	ds_buf_reserve(f, len + 16);
	ds_grow(&m->map, &m->cap_map, len * 2 + 16, sizeof *m->map);
	const unsigned char *u = (const unsigned char *)text;
	size_t i = 0, space_at = 0;
	int space = 0;
	m->map[0] = 0;
	f->ptr[f->len++] = ' ';
	while (i < len) {
		if (u[i] < 0x80) {
			unsigned char c = u[i];
			if (!ds_isalnum(c)) {
				if (!space)
					space_at = i;
				space = 1;
				i++;
				continue;
			}
			if (space && f->len > 1) {
				m->map[f->len] = (uint32_t)space_at;
				f->ptr[f->len++] = ' ';
			}
			space = 0;
			m->map[f->len] = (uint32_t)i;
			f->ptr[f->len++] = (char)ds_tolower(c);
			i++;
			continue;
		}
		uint32_t cp;
		size_t n = ds_utf8_decode(u + i, len - i, &cp);
		if (!n) {
			cp = 0xFFFD;
			n = 1;
		}
		if (ds_cp_is_space(cp)) {
			if (!space)
				space_at = i;
			space = 1;
			i += n;
			continue;
		}
		if (space && f->len > 1) {
			m->map[f->len] = (uint32_t)space_at;
			ds_buf_addc(f, ' ');
		}
		space = 0;
		size_t before = f->len;
		ds_fold_cp(f, cp);
		/* typographic apostrophes, dashes, quotes fold to ASCII marks */
		if (f->len == before + 1 && (unsigned char)f->ptr[before] < 0x80 &&
		    !ds_isalnum(f->ptr[before])) {
			f->len = before;
			if (!space)
				space_at = i;
			space = 1;
			i += n;
			continue;
		}
		ds_grow(&m->map, &m->cap_map, f->len + 1, sizeof *m->map);
		for (size_t k = before; k < f->len; k++)
			m->map[k] = (uint32_t)i;
		i += n;
		ds_buf_reserve(f, 16);
	}
	ds_grow(&m->map, &m->cap_map, f->len + 2, sizeof *m->map);
	if (f->ptr[f->len - 1] != ' ') {
		m->map[f->len] = (uint32_t)(space ? space_at : len);
		ds_buf_addc(f, ' ');
	}
	f->ptr[f->len] = '\0';
	m->map[f->len] = (uint32_t)len;
}

static int on_hit(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
		  void *ctx)
{
	(void)from;
	(void)flags;
	struct ds_matcher *m = ctx;
	uint32_t len = m->kb->aliases[id].len;
	if (to < len + 2)
		return 0;
	ds_grow(&m->hits, &m->cap_hits, m->n_hits + 1, sizeof *m->hits);
	struct ds_match *h = &m->hits[m->n_hits++];
	/* the hit includes a space on each side */
	h->fstart = (uint32_t)(to - len - 1);
	h->fend = (uint32_t)(to - 1);
	h->alias = id;
	return m->n_hits > 4000000; /* a bound on work per text */
}

static int wordish(unsigned char c) { return ds_isalnum(c) || c >= 0x80; }

static int cmp_hits(const void *a, const void *b)
{
	const struct ds_match *x = a, *y = b;
	if (x->fstart != y->fstart)
		return x->fstart < y->fstart ? -1 : 1;
	return x->fend > y->fend ? -1 : x->fend < y->fend;
}

/* Articles and prepositions that a name takes into its span, folded,
 * longest first. */
static const char *const preps[] = {
	"de la ", "de l ", "a la ", "a l ", "des ", "les ", "aux ", "du ", "de ", "d ",
	"au ", "la ", "le ", "l ", "the ", "en ",
};

static const char *prep_before(const char *f, size_t start, size_t *plen)
{
	if (start < 2 || f[start - 1] != ' ')
		return NULL;
	for (size_t i = 0; i < DS_ARRAY_LEN(preps); i++) {
		size_t k = strlen(preps[i]);
		if (start >= k && !memcmp(f + start - k, preps[i], k) &&
		    (start == k || !wordish((unsigned char)f[start - k - 1]))) {
			*plen = k;
			return preps[i];
		}
	}
	return NULL;
}

size_t ds_kb_scan(struct ds_matcher *m, const char *text, size_t len, const struct ds_match **out)
{
	m->n_hits = m->n_out = 0;
	*out = NULL;
	if (!len || len > UINT32_MAX / 2)
		return 0;
	fold_map(m, text, len);
	const char *f = m->folded.ptr;
	size_t flen = m->folded.len;
	hs_scan(m->kb->db, f, (unsigned)flen, 0, m->scratch, on_hit, m);
	if (m->n_hits)
		qsort(m->hits, m->n_hits, sizeof *m->hits, cmp_hits);
	uint32_t last = 0;
	for (size_t i = 0; i < m->n_hits; i++) {
		struct ds_match h = m->hits[i];
		if (h.fstart < last)
			continue;
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

const char *ds_matcher_folded(const struct ds_matcher *m, size_t *len)
{
	*len = m->folded.len;
	return m->folded.ptr;
}

uint32_t ds_matcher_orig(const struct ds_matcher *m, size_t i)
{
	return m->map[i <= m->folded.len ? i : m->folded.len];
}
