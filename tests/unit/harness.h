/*
 * harness.h: a small unit-test harness (libuv's style: assertions print
 * both values). Each test binary prints one "PASS name" or "FAIL name: why"
 * line per test; tests/run.sh counts them into the final summary line.
 */
#ifndef DOSSIER_HARNESS_H
#define DOSSIER_HARNESS_H

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

#endif
