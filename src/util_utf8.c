/*
 * util_utf8.c: UTF-8 decoding, repair, counting, and the folding used for
 * matching (lower case, no accents, one apostrophe, one dash, one space).
 *
 * Decoding is strict (RFC 3629: no overlongs, no surrogates, nothing above
 * U+10FFFF). Repair replaces each invalid sequence with U+FFFD so that every
 * byte range handed on is valid UTF-8. Folding maps Latin letters with
 * diacritics to their ASCII base (é -> e, œ -> oe, ß -> ss) and lower-cases
 * Latin, Greek and Cyrillic; it is what makes "États-Unis" match "etats-unis".
 */
#include <string.h>

#include "ds.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

size_t ds_utf8_decode_mb(const unsigned char *s, size_t len, uint32_t *cp)
{
	if (!len)
		return 0;
	unsigned c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	size_t n;
	uint32_t v, min;
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2, v = c & 0x1F, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3, v = c & 0x0F, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4, v = c & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if (len < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return n;
}

size_t ds_utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp >= 0xD800 && cp <= 0xDFFF)
		cp = 0xFFFD;
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	if (cp > 0x10FFFF)
		return ds_utf8_encode(0xFFFD, out);
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Are the 8 bytes at p all ASCII and none NUL? (word-at-a-time) */
static int ascii8(const unsigned char *p)
{
	uint64_t x;
	memcpy(&x, p, 8);
	/* no high bit, and no zero byte (the classic has-zero test) */
	return !(x & 0x8080808080808080ULL) &&
	       !((x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL);
}

void ds_utf8_census(const char *s, size_t n, size_t *multi, size_t *bad, int stop_at_multi)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	*multi = *bad = 0;
	while (i < n && !(stop_at_multi && *multi)) {
		uint64_t w;
		if (i + 8 <= n && (memcpy(&w, u + i, 8), !(w & 0x8080808080808080ULL))) {
			i += 8; /* eight ASCII bytes */
			continue;
		}
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		uint32_t cp;
		size_t k = ds_utf8_decode(u + i, n - i, &cp);
		if (k) {
			(*multi)++;
			i += k;
		} else {
			(*bad)++;
			i++;
		}
	}
}

size_t ds_utf8_valid_prefix(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	while (i < len) {
#ifdef __SSE2__
		/* 16 bytes at a time while they are ASCII (no NUL) and whole
		 * two-byte characters (French, German, Cyrillic letters): a lead
		 * byte C2..DF before each continuation byte 80..BF, and none
		 * last */
		while (i + 16 <= len) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
			unsigned high = (unsigned)_mm_movemask_epi8(v);
			if (_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128())))
				break;
			if (high) {
				unsigned lead = (unsigned)_mm_movemask_epi8(
					_mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(128 - 0xC2))),
						       _mm_set1_epi8((char)(-128 + 0x1E))));
				unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64)));
				if ((lead | cont) != high || cont != ((lead << 1) & 0xFFFF) || (lead & 0x8000))
					break;
			}
			i += 16;
		}
#endif
		while (i + 8 <= len && ascii8(u + i))
			i += 8;
		if (i >= len)
			break;
		if (u[i] < 0x80 && u[i]) {
			i++;
			continue;
		}
		if (!u[i])
			break; /* NUL: never valid in a text */
		/* a two-byte character (é, à, ç...), the usual one */
		if (u[i] >= 0xC2 && u[i] <= 0xDF && i + 1 < len && (u[i + 1] & 0xC0) == 0x80) {
			i += 2;
			continue;
		}
		uint32_t cp;
		size_t n = ds_utf8_decode(u + i, len - i, &cp);
		if (!n)
			break;
		i += n;
	}
	return i;
}

size_t ds_utf8_repair(struct ds_buf *b, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, bad = 0;
	ds_buf_reserve(b, len);
	while (i < len) {
		size_t j = i + ds_utf8_valid_prefix(s + i, len - i);
		ds_buf_add(b, s + i, j - i);
		if (j >= len)
			break;
		/* skip one invalid sequence (or a NUL): a lead byte and its
		 * continuations */
		i = j + 1;
		while (i < len && i < j + 4 && (u[i] & 0xC0) == 0x80 && u[j] >= 0xC0)
			i++;
		ds_buf_add(b, "\xEF\xBF\xBD", 3);
		bad++;
	}
	return bad;
}

size_t ds_utf8_count(const char *s, size_t len)
{
	/* code points = bytes that are not continuation bytes (10xxxxxx) */
	size_t n = len, i = 0;
	for (; i + 8 <= len; i += 8) {
		uint64_t x;
		memcpy(&x, s + i, 8);
		uint64_t cont = (x & ~(x << 1)) & 0x8080808080808080ULL; /* bit7=1, bit6=0 */
		/* one bit per byte: their sum in the top byte (no popcount
		 * instruction in the baseline x86-64 set) */
		n -= (size_t)(((cont >> 7) * 0x0101010101010101ULL) >> 56);
	}
	for (; i < len; i++)
		n -= ((unsigned char)s[i] & 0xC0) == 0x80;
	return n;
}

int ds_cp_is_space_mb(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
	       cp == '\v' || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
	       cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
	       cp == 0x3000 || cp == 0xFEFF;
}

int ds_cp_is_upper(uint32_t cp)
{
	if (cp < 0x80)
		return ds_isupper((int)cp);
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		return 1;
	if (cp >= 0x100 && cp <= 0x137)
		return !(cp & 1);
	if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
		return cp & 1;
	if (cp >= 0x14A && cp <= 0x177)
		return !(cp & 1);
	if (cp == 0x178)
		return 1;
	if (cp >= 0x391 && cp <= 0x3AB)
		return 1;
	return cp >= 0x400 && cp <= 0x42F;
}

int ds_cp_is_alnum_mb(uint32_t cp)
{
	if (cp < 0x80)
		return ds_isalnum((int)cp);
	return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
	       (cp >= 0x370 && cp <= 0x3FF) || (cp >= 0x400 && cp <= 0x52F) ||
	       (cp >= 0x1E00 && cp <= 0x1EFF) || cp == 0xAA || cp == 0xB5 || cp == 0xBA ||
	       (cp >= 0x300 && cp <= 0x36F);
}

/* ASCII folding of U+00C0..U+017F, two bytes per code point ("" = keep). */
static const char *const latin_fold[] = {
	/* C0 */ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	/* D0 */ "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
	/* E0 */ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	/* F0 */ "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
	/* 100 */ "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
	/* 110 */ "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
	/* 120 */ "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
	/* 130 */ "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
	/* 140 */ "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
	/* 150 */ "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
	/* 160 */ "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
	/* 170 */ "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
};

size_t ds_fold_cp_to(uint32_t cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)ds_tolower((int)cp);
		return 1;
	}
	if (cp >= 0xC0 && cp <= 0x17F && latin_fold[cp - 0xC0][0]) {
		const char *f = latin_fold[cp - 0xC0];
		out[0] = f[0];
		if (!f[1])
			return 1;
		out[1] = f[1];
		return 2;
	}
	if (cp >= 0x300 && cp <= 0x36F)
		return 0; /* combining marks: gone with the accents */
	if (ds_cp_is_space(cp)) {
		out[0] = ' ';
		return 1;
	}
	switch (cp) {
	case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
	case 0x02BC: case 0x02B9: case 0x0060: case 0x00B4:
		out[0] = '\'';
		return 1;
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
	case 0x2015: case 0x2212:
		out[0] = '-';
		return 1;
	case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060:
		return 0; /* soft hyphen and zero-width characters */
	case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E:
	case 0x201F: case 0x2039: case 0x203A:
		out[0] = '"';
		return 1;
	case 0x0218: case 0x0219:
		out[0] = 's';
		return 1;
	case 0x021A: case 0x021B:
		out[0] = 't';
		return 1;
	default:
		break;
	}
	if (cp >= 0x391 && cp <= 0x3A9)
		cp += 0x20;
	else if (cp >= 0x410 && cp <= 0x42F)
		cp += 0x20;
	else if (cp >= 0x400 && cp <= 0x40F)
		cp += 0x50;
	return ds_utf8_encode(cp, out);
}

void ds_fold_cp(struct ds_buf *b, uint32_t cp)
{
	char tmp[4];
	size_t n = ds_fold_cp_to(cp, tmp);
	if (n)
		ds_buf_add(b, tmp, n);
}

/* Every byte folded as a word's byte: an ASCII letter or digit in lower
 * case, 0 for any other (non-ASCII bytes are read apart). */
#define WB(c) ((((c) >= 'a' && (c) <= 'z') || ((c) >= '0' && (c) <= '9')) ? (c) :		\
	       ((c) >= 'A' && (c) <= 'Z') ? (c) + 32 : 0)
#define WB4(c) WB(c), WB((c) + 1), WB((c) + 2), WB((c) + 3)
#define WB16(c) WB4(c), WB4((c) + 4), WB4((c) + 8), WB4((c) + 12)
#define WB64(c) WB16(c), WB16((c) + 16), WB16((c) + 32), WB16((c) + 48)
const unsigned char ds_word_byte[256] = {WB64(0), WB64(64)};
#undef WB
#undef WB4
#undef WB16
#undef WB64

/* ASCII folded: lower case; SPACE for the white space of ds_isspace */
#define SPACE 0x80
#define L(c) [c] = c
#define U(c) [c] = c + 32
static const unsigned char ascii_fold[128] = {
	['\t'] = SPACE, ['\n'] = SPACE, ['\v'] = SPACE, ['\f'] = SPACE, ['\r'] = SPACE, [' '] = SPACE,
	L(1), L(2), L(3), L(4), L(5), L(6), L(7), L(8), L(14), L(15), L(16), L(17), L(18), L(19),
	L(20), L(21), L(22), L(23), L(24), L(25), L(26), L(27), L(28), L(29), L(30), L(31),
	L('!'), L('"'), L('#'), L('$'), L('%'), L('&'), L('\''), L('('), L(')'), L('*'), L('+'),
	L(','), L('-'), L('.'), L('/'), L('0'), L('1'), L('2'), L('3'), L('4'), L('5'), L('6'),
	L('7'), L('8'), L('9'), L(':'), L(';'), L('<'), L('='), L('>'), L('?'), L('@'),
	U('A'), U('B'), U('C'), U('D'), U('E'), U('F'), U('G'), U('H'), U('I'), U('J'), U('K'),
	U('L'), U('M'), U('N'), U('O'), U('P'), U('Q'), U('R'), U('S'), U('T'), U('U'), U('V'),
	U('W'), U('X'), U('Y'), U('Z'), L('['), L('\\'), L(']'), L('^'), L('_'), L('`'),
	L('a'), L('b'), L('c'), L('d'), L('e'), L('f'), L('g'), L('h'), L('i'), L('j'), L('k'),
	L('l'), L('m'), L('n'), L('o'), L('p'), L('q'), L('r'), L('s'), L('t'), L('u'), L('v'),
	L('w'), L('x'), L('y'), L('z'), L('{'), L('|'), L('}'), L('~'), L(127),
};
#undef L
#undef U
_Static_assert(sizeof ascii_fold == 128, "one entry per ASCII byte");

#ifdef __SSE2__
/* Folds the plain start of in[0, 16) to out: ASCII without white space
 * other than single spaces between other bytes (none first or last); the
 * folding is there the lower case of the capitals, byte for byte. Returns
 * the length of that start (0 to 16); writes out[0, 16) in any case. */
static inline size_t fold16(const unsigned char *in, char *out)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)in);
	unsigned sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
	/* \t \n \v \f \r: 9..13, as a signed comparison after moving 9 to -128 */
	__m128i ctl = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(128 - 9))),
				     _mm_set1_epi8((char)(-128 + 5)));
	__m128i cap = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(128 - 'A'))),
				     _mm_set1_epi8((char)(-128 + 26)));
	_mm_storeu_si128((__m128i *)(void *)out,
			 _mm_add_epi8(v, _mm_and_si128(cap, _mm_set1_epi8(0x20))));
	/* the first byte that ends it: not ASCII, other white space, the
	 * second space of two */
	unsigned stop = (unsigned)(_mm_movemask_epi8(v) | _mm_movemask_epi8(ctl)) | (sp & (sp << 1));
	size_t n = (size_t)__builtin_ctz(stop | 0x10000);
	/* a space at its end stays for the byte-by-byte loop */
	if (n && (sp >> (n - 1) & 1))
		n--;
	return sp & 1 ? 0 : n;
}
#endif

size_t ds_fold_to(char *out, size_t cap, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, k = 0;
	int space = 0;
	while (i < len && k + 4 < cap) {
#ifdef __SSE2__
		/* prose, 16 bytes at a time (after the space they may end), with
		 * room for them as the byte-by-byte loop would have it */
		if (i + 16 <= len && k + 21 < cap) {
			size_t pre = space && k && out[k - 1] != ' ';
			size_t n16 = fold16(u + i, out + k + pre);
			if (n16) {
				if (pre)
					out[k] = ' ';
				i += n16;
				k += pre + n16;
				space = 0;
				continue;
			}
		}
#endif
		uint32_t cp = u[i];
		size_t n = 1;
		if (cp < 0x80) {
			/* ASCII, most of the text: by table */
			i++;
			unsigned char c = ascii_fold[cp];
			if (c == SPACE) {
				space = 1;
				continue;
			}
			if (space && k && out[k - 1] != ' ')
				out[k++] = ' ';
			space = 0;
			out[k++] = (char)c;
			/* the rest of the ASCII word, in a tight loop */
			while (i < len && k + 4 < cap && u[i] < 0x80 && (c = ascii_fold[u[i]]) != SPACE) {
				out[k++] = (char)c;
				i++;
			}
			continue;
		}
		{
			n = ds_utf8_decode(u + i, len - i, &cp);
			if (!n) {
				cp = 0xFFFD;
				n = 1;
			}
		}
		i += n;
		if (cp < 0x80 ? ds_isspace((int)cp) : ds_cp_is_space(cp)) {
			space = 1;
			continue;
		}
		if (space && k && out[k - 1] != ' ')
			out[k++] = ' ';
		space = 0;
		k += ds_fold_cp_to(cp, out + k);
	}
	out[k] = '\0';
	return k;
}

void ds_fold(struct ds_buf *b, const char *s, size_t len)
{
	/* folding never more than doubles the bytes (a 2-byte letter to two
	 * ASCII letters at most), so one reservation covers it */
	ds_buf_reserve(b, len * 2 + 8);
	b->len += ds_fold_to(b->ptr + b->len, len * 2 + 8, s, len);
	b->ptr[b->len] = '\0';
}

/* Windows-1252 bytes 0x80..0x9F as code points (0 = undefined). */
static const uint16_t cp1252_tab[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
	0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
	0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

uint32_t ds_cp1252_high(uint32_t c)
{
	return c >= 0x80 && c < 0xA0 && cp1252_tab[c - 0x80] ? cp1252_tab[c - 0x80] : 0xFFFD;
}

size_t ds_utf8_fix_c1(struct ds_buf *b)
{
	size_t n = 0;
	const char *p = b->ptr, *end = b->ptr + b->len;
	while (p && p + 1 < end && (p = memchr(p, 0xC2, (size_t)(end - p - 1))) != NULL) {
		n += (unsigned char)p[1] >= 0x80 && (unsigned char)p[1] < 0xA0;
		p++;
	}
	if (!n)
		return 0;
	struct ds_buf out = DS_BUF_INIT;
	ds_buf_reserve(&out, b->len + n);
	for (size_t i = 0; i < b->len; i++) {
		unsigned char c = (unsigned char)b->ptr[i];
		if (c == 0xC2 && i + 1 < b->len && (unsigned char)b->ptr[i + 1] >= 0x80 &&
		    (unsigned char)b->ptr[i + 1] < 0xA0) {
			char tmp[4];
			ds_buf_add(&out, tmp, ds_utf8_encode(ds_cp1252_high((unsigned char)b->ptr[++i]), tmp));
		} else {
			ds_buf_addc(&out, (char)c);
		}
	}
	ds_buf_release(b);
	*b = out;
	return n;
}

int ds_fr_elided(const char *w, size_t n)
{
	static const char *const el[] = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu",
					 "lorsqu", "puisqu", "quoiqu", "presqu", NULL};
	for (const char *const *p = el; *p; p++)
		if (strlen(*p) == n && !memcmp(*p, w, n))
			return 1;
	return 0;
}
