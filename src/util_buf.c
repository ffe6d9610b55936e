/*
 * util_buf.c: growable byte buffers (git's strbuf, reduced).
 *
 * A ds_buf is always NUL-terminated once something was added, so its bytes
 * can be used as a C string. Growth doubles; running out of memory aborts in
 * ds_oom. Callers that take input-sized data check their own ceilings.
 */
#include <stdlib.h>
#include <string.h>

#include "ds.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

void ds_buf_init(struct ds_buf *b)
{
	b->ptr = NULL;
	b->len = b->cap = 0;
}

void ds_buf_release(struct ds_buf *b)
{
	free(b->ptr);
	ds_buf_init(b);
}

void ds_buf_reset(struct ds_buf *b)
{
	b->len = 0;
	if (b->ptr)
		b->ptr[0] = '\0';
}

void ds_buf_reserve(struct ds_buf *b, size_t extra)
{
	if (extra >= SIZE_MAX - b->len - 1)
		ds_oom();
	size_t need = b->len + extra + 1;
	if (need <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	b->ptr = ds_xrealloc(b->ptr, cap);
	b->cap = cap;
}

void ds_buf_add(struct ds_buf *b, const void *p, size_t n)
{
	ds_buf_reserve(b, n);
	if (n)
		memcpy(b->ptr + b->len, p, n);
	b->len += n;
	b->ptr[b->len] = '\0';
}


void ds_buf_adds(struct ds_buf *b, const char *s) { ds_buf_add(b, s, strlen(s)); }

void ds_buf_addu(struct ds_buf *b, uint64_t v)
{
	char tmp[20];
	size_t n = 0;
	do {
		tmp[sizeof tmp - 1 - n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	ds_buf_add(b, tmp + sizeof tmp - n, n);
}

void ds_buf_vaddf(struct ds_buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return;
	ds_buf_reserve(b, (size_t)n);
	vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void ds_buf_addf(struct ds_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	ds_buf_vaddf(b, fmt, ap);
	va_end(ap);
}

void ds_buf_truncate(struct ds_buf *b, size_t len)
{
	if (len < b->len) {
		b->len = len;
		b->ptr[len] = '\0';
	}
}

char *ds_buf_detach(struct ds_buf *b, size_t *len)
{
	char *p = b->ptr;
	if (len)
		*len = b->len;
	if (!p)
		p = ds_xcalloc(1, 1);
	ds_buf_init(b);
	return p;
}

const char *ds_memmem(const char *hay, size_t hlen, const char *needle, size_t n)
{
	if (!n)
		return hay;
#ifdef __SSE2__
	/* 16 starts at a time: those where the needle's first and last bytes
	 * both are (two bytes rarely match together where one often does),
	 * then the bytes between compared */
	if (n >= 2 && hlen >= n) {
		const __m128i first = _mm_set1_epi8(needle[0]), last = _mm_set1_epi8(needle[n - 1]);
		size_t i = 0;
		for (; i + n - 1 + 16 <= hlen; i += 16) {
			__m128i a = _mm_loadu_si128((const __m128i *)(const void *)(hay + i));
			__m128i z = _mm_loadu_si128((const __m128i *)(const void *)(hay + i + n - 1));
			unsigned m = (unsigned)_mm_movemask_epi8(
				_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(z, last)));
			for (; m; m &= m - 1) {
				const char *p = hay + i + (unsigned)__builtin_ctz(m);
				if (!memcmp(p + 1, needle + 1, n - 2))
					return p;
			}
		}
		hay += i;
		hlen -= i;
	}
#endif
	while (hlen >= n) {
		const char *p = memchr(hay, needle[0], hlen - n + 1);
		if (!p)
			return NULL;
		if (!memcmp(p, needle, n))
			return p;
		hlen -= (size_t)(p - hay) + 1;
		hay = p + 1;
	}
	return NULL;
}
