/* Unit tests of the matcher's normalisation (kb_match.c): the folded text,
 * its words and the map back to the original offsets, as the knowledge
 * base's scan makes them 16 bytes at a time, against a reference that
 * reads one character at a time, on random texts of letters, digits,
 * punctuation, accented and other multi-byte characters, white space of
 * every kind, marks that vanish and invalid bytes; and the matches of a
 * few names. Run from the top of the tree (it loads data/kb). */
#include <stdint.h>

#include "ds.h"
#include "harness.h"

static struct dossier_kb *kb;

/* The reference: one character at a time. A word is a run of ASCII letters
 * and digits and of characters folding to letters; white space and marks
 * break words; combining marks and zero-width characters vanish. The
 * folded text is a space, then each word followed by a space. starts/ends:
 * the original offset of each word's first character, and of the first
 * break after it (or the end). */
static size_t reference(const char *text, size_t len, struct ds_buf *out, uint32_t *starts,
			uint32_t *ends, size_t max)
{
	const unsigned char *u = (const unsigned char *)text;
	size_t nw = 0, i = 0;
	int in = 0;
	ds_buf_reset(out);
	ds_buf_addc(out, ' ');
	while (i < len) {
		uint32_t cp;
		size_t n = ds_utf8_decode(u + i, len - i, &cp);
		if (!n) {
			cp = 0xFFFD;
			n = 1;
		}
		char f[4];
		size_t k = 0;
		int brk;
		if (cp < 0x80) {
			brk = !ds_isalnum((int)cp);
			f[0] = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
			k = 1;
		} else if (ds_cp_is_space(cp)) {
			brk = 1;
		} else {
			k = ds_fold_cp_to(cp, f);
			brk = k == 1 && (unsigned char)f[0] < 0x80 && !ds_isalnum(f[0]);
		}
		if (brk) {
			if (in) {
				ends[nw - 1] = (uint32_t)i;
				ds_buf_addc(out, ' ');
				in = 0;
			}
		} else if (k) {
			if (!in && nw < max) {
				starts[nw++] = (uint32_t)i;
				in = 1;
			}
			ds_buf_add(out, f, k);
		}
		i += n;
	}
	if (in) {
		ends[nw - 1] = (uint32_t)len;
		ds_buf_addc(out, ' ');
	}
	return nw;
}

/* Pieces random texts are made of. */
static const char *const pieces[] = {
	"a", "Z", "7", "leopard", "Leopard", "2A6", " ", "  ", ",", ".", "-", "'", "\"", "\t", "\n",
	"l'", "d'", "\xc3\xa9", "\xc3\x89", "\xc3\xa0", "\xc3\xa7", "\xc5\x92", "\xc3\x9f",
	"\xc2\xa0",		/* no-break space */
	"\xe2\x80\x99",		/* right single quotation mark */
	"\xe2\x80\x94",		/* em dash */
	"\xe2\x80\xaf",		/* narrow no-break space */
	"\xe2\x80\x8b",		/* zero-width space */
	"\xcc\x81",		/* combining acute accent */
	"\xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2", /* Київ */
	"\xe4\xb8\xad",		/* a CJK character */
	"\xf0\x9f\x9a\x80",	/* an emoji */
	"\xff",			/* invalid bytes */
	"\xc3",
	"\xe2\x80",
	"Pologne", "Kyiv", "OTAN", "\xc3\x89tats-Unis", "abcdefghijklmnopqrstuvwxyz0123456789",
};

static uint64_t rnd = 0x9e3779b97f4a7c15ULL;
static uint64_t next(void)
{
	rnd ^= rnd << 13;
	rnd ^= rnd >> 7;
	rnd ^= rnd << 17;
	return rnd;
}

static void normalises_like_reference(void)
{
	struct ds_matcher *m = ds_matcher_new(kb);
	struct ds_buf text = DS_BUF_INIT, want = DS_BUF_INIT;
	enum { MAXW = 4096 };
	static uint32_t starts[MAXW], ends[MAXW];
	int bad = 0;
	for (int t = 0; t < 20000 && !bad; t++) {
		ds_buf_reset(&text);
		size_t np = 1 + next() % (t % 10 == 0 ? 400 : 40);
		for (size_t p = 0; p < np; p++) {
			const char *s = pieces[next() % DS_ARRAY_LEN(pieces)];
			ds_buf_add(&text, s, strlen(s));
		}
		const struct ds_match *out;
		ds_kb_scan(m, text.ptr, text.len, &out);
		size_t nw = reference(text.ptr, text.len, &want, starts, ends, MAXW);
		size_t flen;
		const char *f = ds_matcher_folded(m, &flen);
		CHECK_INT(flen, want.len);
		if (flen != want.len || memcmp(f, want.ptr, flen)) {
			CHECK(!"folded text");
			bad = 1;
			break;
		}
		/* word k starts after the k-th space; its end is the next space */
		size_t k = 0;
		for (size_t i = 1; i < flen && k < nw; i++)
			if (f[i - 1] == ' ' && f[i] != ' ') {
				size_t e = i;
				while (f[e] != ' ')
					e++;
				if (ds_matcher_orig(m, i) != starts[k] || ds_matcher_orig(m, e) != ends[k]) {
					CHECK_INT(ds_matcher_orig(m, i), starts[k]);
					CHECK_INT(ds_matcher_orig(m, e), ends[k]);
					bad = 1;
					break;
				}
				k++;
			}
		CHECK_INT(k, nw);
		CHECK_INT(ds_matcher_orig(m, flen), text.len);
	}
	ds_buf_release(&text);
	ds_buf_release(&want);
	ds_matcher_free(m);
}

/* Names found with their spans, across blocks and after accents. */
static void finds_names(void)
{
	struct ds_matcher *m = ds_matcher_new(kb);
	static const char text[] = "Selon l'OTAN, les \xc3\x89tats-Unis et la Pologne livreront "
				   "des chars Leopard 2A6 \xc3\xa0 Kyiv.";
	const struct ds_match *out;
	size_t n = ds_kb_scan(m, text, sizeof text - 1, &out);
	static const char *const want[] = {"OTAN", "\xc3\x89tats-Unis", "Pologne", "Leopard 2A6",
					   "Kyiv"};
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		/* the span without the article or preposition taken into it */
		uint32_t s = ds_matcher_orig(m, out[i].fstart), e = out[i].end;
		if (k < DS_ARRAY_LEN(want) && e - s == strlen(want[k]) &&
		    !memcmp(text + s, want[k], e - s))
			k++;
	}
	CHECK_INT(k, DS_ARRAY_LEN(want));
	ds_matcher_free(m);
}

int main(void)
{
	if (dossier_kb_load("data/kb", NULL, &kb, NULL, NULL) < 0) {
		printf("FAIL matcher: data/kb does not load\n");
		return 1;
	}
	RUN(normalises_like_reference);
	RUN(finds_names);
	dossier_kb_free(kb);
	HARNESS_EXIT();
}
