/*
 * util_ctype.h: locale-independent ASCII character classes (cmark's
 * cmark_ctype.h idea). <ctype.h> depends on the locale and takes int values
 * that must be unsigned char; these take any char and never consult locale.
 */
#ifndef DS_UTIL_CTYPE_H
#define DS_UTIL_CTYPE_H

static inline int ds_isdigit(int c) { return c >= '0' && c <= '9'; }

/* The value of the decimal digits s starts with, at most max of them (0
 * when it starts with none): "2023-05" -> 2023 with max 4. */
static inline int ds_digits(const char *s, int max)
{
	int v = 0;
	for (int i = 0; i < max && ds_isdigit(s[i]); i++)
		v = v * 10 + (s[i] - '0');
	return v;
}
static inline int ds_isupper(int c) { return c >= 'A' && c <= 'Z'; }
static inline int ds_islower(int c) { return c >= 'a' && c <= 'z'; }
static inline int ds_isalpha(int c) { return ds_isupper(c) || ds_islower(c); }
static inline int ds_isalnum(int c) { return ds_isalpha(c) || ds_isdigit(c); }
static inline int ds_isspace(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
static inline int ds_tolower(int c) { return ds_isupper(c) ? c + 32 : c; }
static inline int ds_toupper(int c) { return ds_islower(c) ? c - 32 : c; }
static inline int ds_isxdigit(int c)
{
	return ds_isdigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

#ifdef __SSE2__
#include <emmintrin.h>

/* Folds in[0, 16) (ASCII capitals in lower case) into out[0, 16) and
 * returns the mask of its bytes that are ASCII letters or digits: the word
 * bytes of ds_word_byte, without a branch per byte. */
static inline unsigned ds_word_mask16(const unsigned char *in, char *out)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)in);
	__m128i low = _mm_or_si128(v, _mm_set1_epi8(0x20));
	/* x - lo < width, unsigned, as a signed comparison after moving lo to
	 * -128 (SSE2 has no unsigned byte comparison) */
	__m128i letter = _mm_cmplt_epi8(_mm_add_epi8(low, _mm_set1_epi8((char)(128 - 'a'))),
					_mm_set1_epi8((char)(-128 + 26)));
	__m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(128 - '0'))),
				       _mm_set1_epi8((char)(-128 + 10)));
	__m128i folded = _mm_or_si128(_mm_and_si128(letter, low), _mm_andnot_si128(letter, v));
	_mm_storeu_si128((__m128i *)(void *)out, folded);
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit));
}
#endif

#endif
