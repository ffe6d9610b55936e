/*
 * clean_sentence.c: paragraphs and sentences of the clean text, for French
 * and English; the spans every later stage works on.
 *
 * A paragraph is a line of the clean text. A sentence ends at . ! ? or …
 * (with the closing quotation marks and brackets that follow it) when white
 * space and then a sentence start follow: a capital, a digit, an opening
 * quotation mark or a dash. Not ends: abbreviations (M., Mme, Dr., Gen.,
 * U.S., etc.), initials (John F. Kennedy), decimals (2.5, 2,5), and a lower
 * case continuation after an ellipsis. Lines without final punctuation
 * (titles, datelines) are sentences of their own. One pass, linear.
 */
#include <string.h>

#include "ds.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Abbreviations that end in a full stop and do not end a sentence, folded
 * to lower case, without the stop ("etc." does, before a capital). Titles
 * first, then other short forms. */
static const char *const abbrevs[] = {
	"m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "dr", "drs", "pr", "prof",
	"st", "ste", "gen", "gén", "brig", "lt", "col", "maj", "sgt", "capt", "cpt", "adm", "cmdr",
	"sen", "rep", "gov", "pres", "jr", "sr", "rev", "hon", "mgr", "me", "inc", "ltd",
	"co", "corp", "no", "nos", "vol", "p", "pp", "art", "cf", "vs", "env", "ex",
	"ibid", "approx", "jan", "feb", "febr", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec", "janv", "fév", "févr", "avr", "juil", "déc", "av",
	"apr. j.-c", "j.-c", "etc", "fig", "op", "ch", "chap", "sq", "éd", "ed", "eds",
	"dir", "coll", "bd", "av", "mt", "ft", "gal", "lieut", "cdt", "cne",
};

/* Is the word before the full stop at dot an abbreviation: 0 no, 1 yes,
 * 2 one that may also end a sentence ("etc.")? */
static int is_abbrev(const char *s, size_t start, size_t dot)
{
	size_t w = dot;
	while (w > start && (ds_isalpha(s[w - 1]) || (unsigned char)s[w - 1] >= 0x80))
		w--;
	size_t n = dot - w;
	if (n == 0)
		return 0;
	/* the later letters of U.S., J.-C., E.-U.; not the end of a name
	 * such as IRIS-T or SAMP/T */
	int after_dot = w > start && (s[w - 1] == '.' ||
				      (s[w - 1] == '-' && w - 1 > start && s[w - 2] == '.'));
	if (after_dot && n <= 2)
		return 1;
	/* single letters: initials (F. Kennedy), U.S., U.K. */
	if (n == 1 && ds_isupper(s[w]) &&
	    (w == start || !(ds_isalnum(s[w - 1]) || s[w - 1] == '-' || s[w - 1] == '/')))
		return 1;
	if (n > 6)
		return 0;
	char low[16];
	for (size_t i = 0; i < n; i++)
		low[i] = (char)ds_tolower(s[w + i]);
	low[n] = '\0';
	/* "155 mm." and "30 m." are units after a number, not "MM." and "M."
	 * (Messieurs, Monsieur) */
	if (n <= 2 && low[0] == 'm' && (n == 1 || low[1] == 'm') && s[w] == 'm' && w >= start + 2 &&
	    s[w - 1] == ' ' && ds_isdigit(s[w - 2]))
		return 0;
	for (size_t i = 0; i < DS_ARRAY_LEN(abbrevs); i++)
		if (abbrevs[i][0] == low[0] && !strcmp(low, abbrevs[i]))
			return strcmp(low, "etc") ? 1 : 2; /* "etc." may end a sentence */
	return 0;
}

/* Is the code point at s[i] a closing mark that stays with the sentence? */
static size_t closer_len(const char *s, size_t i, size_t end)
{
	unsigned char c = (unsigned char)s[i];
	if (c == '"' || c == '\'' || c == ')' || c == ']')
		return 1;
	if (c == 0xC2 && i + 1 < end && (unsigned char)s[i + 1] == 0xBB)
		return 2; /* » */
	if (c == 0xE2 && i + 2 < end && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x9D || (unsigned char)s[i + 2] == 0x99 ||
	     (unsigned char)s[i + 2] == 0xBA))
		return 3; /* ” ’ › */
	return 0;
}

static size_t space_len(const char *s, size_t i, size_t end)
{
	uint32_t cp;
	size_t n = ds_utf8_decode((const unsigned char *)s + i, end - i, &cp);
	return n && ds_cp_is_space(cp) ? n : 0;
}

/* Does a new sentence start at s[i]? */
static int starts_sentence(const char *s, size_t i, size_t end)
{
	uint32_t cp;
	size_t n = ds_utf8_decode((const unsigned char *)s + i, end - i, &cp);
	if (!n)
		return 0;
	if (ds_cp_is_upper(cp) || ds_isdigit((int)cp))
		return 1;
	return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == '-' || cp == 0xAB ||
	       cp == 0x201C || cp == 0x201E || cp == 0x2018 || cp == 0x2014 || cp == 0x2013 ||
	       cp == 0xBF || cp == 0xA1;
}

/* The next byte at or after i that may begin a terminator: . ! ? or the
 * first byte of an ellipsis (the byte-by-byte tail stops at any 0xE2, which
 * the caller passes over when no ellipsis follows). */
static size_t next_terminator(const unsigned char *u, size_t i, size_t end)
{
	static const unsigned char may_end[256] = {['.'] = 1, ['!'] = 1, ['?'] = 1, [0xE2] = 1};
#ifdef __SSE2__
	/* 16 at a time; an 0xE2 only as the start of E2 80 A6 (…), not of
	 * the apostrophes and quotation marks that are frequent in French */
	while (i + 18 <= end) {
		__m128i v0 = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
		__m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(u + i + 1));
		__m128i v2 = _mm_loadu_si128((const __m128i *)(const void *)(u + i + 2));
		__m128i m = _mm_or_si128(_mm_cmpeq_epi8(v0, _mm_set1_epi8('.')),
					 _mm_cmpeq_epi8(v0, _mm_set1_epi8('!')));
		m = _mm_or_si128(m, _mm_cmpeq_epi8(v0, _mm_set1_epi8('?')));
		m = _mm_or_si128(m, _mm_and_si128(_mm_cmpeq_epi8(v0, _mm_set1_epi8((char)0xE2)),
						  _mm_and_si128(_mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0x80)),
								_mm_cmpeq_epi8(v2, _mm_set1_epi8((char)0xA6)))));
		unsigned bits = (unsigned)_mm_movemask_epi8(m);
		if (bits)
			return i + (unsigned)__builtin_ctz(bits);
		i += 16;
	}
#endif
	return ds_skip_until(u, i, end, may_end);
}

size_t ds_sentence_end(const char *s, size_t start, size_t end)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = start;
	while (i < end) {
		i = next_terminator(u, i, end);
		if (i >= end)
			break;
		unsigned char c = u[i];
		size_t term = 0;
		if (c == '.' || c == '!' || c == '?')
			term = 1;
		else if (c == 0xE2 && i + 2 < end && (unsigned char)s[i + 1] == 0x80 &&
			 (unsigned char)s[i + 2] == 0xA6)
			term = 3; /* … */
		if (!term) {
			i++;
			continue;
		}
		size_t j = i + term;
		/* runs of terminators: "?!", "..." */
		while (j < end && (s[j] == '.' || s[j] == '!' || s[j] == '?'))
			j++;
		size_t k;
		while (j < end && (k = closer_len(s, j, end)))
			j += k;
		/* French typography: "fin. »" with a (non-breaking) space */
		size_t q = j;
		while (q < end && (k = space_len(s, q, end)))
			q += k;
		if (q > j && q + 1 < end && (unsigned char)s[q] == 0xC2 &&
		    (unsigned char)s[q + 1] == 0xBB)
			j = q + 2;
		size_t sp = j, k2;
		while (sp < end && (k2 = space_len(s, sp, end)))
			sp += k2;
		if (sp == j) {
			i = j > i ? j : i + 1; /* "2.5", "U.S.-led", "fin.»" at end */
			if (j >= end)
				return end;
			continue;
		}
		if (sp >= end)
			return j;
		int ab = c == '.' && term == 1 && j == i + 1 ? is_abbrev(s, start, i) : 0;
		if (ab && !(ab == 2 && starts_sentence(s, sp, end))) {
			i = sp;
			continue;
		}
		if (starts_sentence(s, sp, end))
			return j;
		i = sp;
	}
	return end;
}

static void add_span(struct ds_span **v, size_t *n, size_t *cap, size_t a, size_t b)
{
	ds_grow(v, cap, *n + 1, sizeof **v);
	(*v)[*n].start = (uint32_t)a;
	(*v)[*n].end = (uint32_t)b;
	(*n)++;
}

void ds_segment(struct dossier_doc *doc)
{
	const char *s = doc->text.ptr;
	size_t len = doc->text.len, i = 0;
	size_t cap_sp = 0;
	while (i < len) {
		const char *nl = memchr(s + i, '\n', len - i);
		size_t pe = nl ? (size_t)(nl - s) : len;
		if (pe > i) {
			add_span(&doc->paras, &doc->n_paras, &doc->cap_paras, i, pe);
			size_t a = i;
			while (a < pe) {
				size_t k;
				while (a < pe && (k = space_len(s, a, pe)))
					a += k;
				if (a >= pe)
					break;
				size_t b = ds_sentence_end(s, a, pe);
				size_t e = b;
				while (e > a && (s[e - 1] == ' '))
					e--;
				add_span(&doc->sents, &doc->n_sents, &doc->cap_sents, a, e);
				ds_grow(&doc->sent_para, &cap_sp, doc->n_sents, sizeof *doc->sent_para);
				doc->sent_para[doc->n_sents - 1] = (uint32_t)(doc->n_paras - 1);
				a = b > a ? b : pe;
			}
		}
		i = pe + 1;
	}
}
