/*
 * harness.h: a small unit-test harness (libuv's style: assertions print
 * both values). Each test binary prints one "PASS name" or "FAIL name: why"
 * line per test; tests/run.sh counts them into the final summary line.
 */
#ifndef DOSSIER_HARNESS_H
#define DOSSIER_HARNESS_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int harness_failed_now;
static int harness_fails;

#define CHECK(cond)                                                                   \
	do {                                                                          \
		if (!(cond)) {                                                        \
			printf("  %s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
			harness_failed_now = 1;                                       \
		}                                                                     \
	} while (0)

#define CHECK_INT(a, b)                                                               \
	do {                                                                          \
		long long va_ = (long long)(a), vb_ = (long long)(b);                 \
		if (va_ != vb_) {                                                     \
			printf("  %s:%d: %s == %lld, expected %s == %lld\n", __FILE__,     \
			       __LINE__, #a, va_, #b, vb_);                           \
			harness_failed_now = 1;                                       \
		}                                                                     \
	} while (0)

#define CHECK_STR(a, b)                                                               \
	do {                                                                          \
		const char *sa_ = (a), *sb_ = (b);                                    \
		if (!(sa_ == sb_ || (sa_ && sb_ && !strcmp(sa_, sb_)))) {             \
			printf("  %s:%d: %s == \"%s\", expected \"%s\"\n", __FILE__,      \
			       __LINE__, #a, sa_ ? sa_ : "(null)", sb_ ? sb_ : "(null)"); \
			harness_failed_now = 1;                                       \
		}                                                                     \
	} while (0)

#define CHECK_MEM(a, alen, b)                                                         \
	do {                                                                          \
		const char *sa_ = (a), *sb_ = (b);                                    \
		size_t la_ = (alen), lb_ = strlen(sb_);                               \
		if (la_ != lb_ || memcmp(sa_, sb_, la_)) {                            \
			printf("  %s:%d: %s == \"%.*s\", expected \"%s\"\n", __FILE__,    \
			       __LINE__, #a, (int)la_, sa_, sb_);                     \
			harness_failed_now = 1;                                       \
		}                                                                     \
	} while (0)

#define TEST(name) static void name(void)
#define RUN(name)                                                                     \
	do {                                                                          \
		harness_failed_now = 0;                                               \
		name();                                                               \
		printf("%s %s\n", harness_failed_now ? "FAIL" : "PASS", #name);       \
		harness_fails += harness_failed_now;                                  \
	} while (0)
#define HARNESS_EXIT() return harness_fails ? 1 : 0

/* A small pseudo-random generator (LCG) for tests that draw inputs: the
 * next 15 bits of state *x. */
static inline unsigned harness_rand(uint32_t *x)
{
	*x = *x * 1103515245u + 12345u;
	return (*x >> 16) & 0x7FFF;
}

/* Fills buf (at most cap bytes) with up to `most` pieces drawn at random:
 * one of the first `common` three times in four (prose is mostly plain),
 * else any of the n. A piece "" stands for one NUL byte. Returns the
 * length. */
static inline size_t harness_pieces(char *buf, size_t cap, uint32_t *x, const char *const *piece,
				    size_t n, size_t common, size_t most)
{
	size_t len = 0, pieces = harness_rand(x) % (most + 1);
	for (size_t p = 0; p < pieces; p++) {
		unsigned r = harness_rand(x);
		const char *w = r % 4 ? piece[(r >> 2) % common] : piece[(r >> 2) % n];
		size_t k = *w ? strlen(w) : 1;
		if (len + k > cap)
			break;
		memcpy(buf + len, w, k);
		len += k;
	}
	return len;
}

#endif
