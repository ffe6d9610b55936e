/* Unit tests of the thread pool (dossier_pool): documents handed back in
 * the order submitted, marks after the documents before them, the same
 * links to copies as on one thread, diagnostics in order, a callback that
 * stops the pool, and the bounded queue under many large documents. */
#include <stdint.h>

#include "ds.h"
#include "harness.h"

struct seen {
	char log[8192];
	size_t len;
	int stop_at; /* the callback returns 7 at this call (1-based), 0 never */
	int calls;
	struct dossier *ds;
};

static int take(void *ud, struct dossier_doc *doc, void *tag)
{
	struct seen *s = ud;
	s->calls++;
	if (doc) {
		dossier_doc_link(s->ds, doc);
		const char *dup = doc->dup_of;
		s->len += (size_t)snprintf(s->log + s->len, sizeof s->log - s->len, "%s%s%s ",
					   dossier_doc_id(doc), dup ? "~" : "", dup ? dup : "");
		dossier_doc_free(doc);
	} else {
		s->len += (size_t)snprintf(s->log + s->len, sizeof s->log - s->len, "|%s ",
					   (const char *)tag);
	}
	return s->stop_at && s->calls == s->stop_at ? 7 : 0;
}

static char diags[4096];
static size_t ndiags;
static void diag(void *ud, const char *input, const char *reason, int fatal)
{
	(void)ud, (void)fatal;
	ndiags += (size_t)snprintf(diags + ndiags, sizeof diags - ndiags, "%s: %s\n", input, reason);
}

/* Documents d0..d(n-1): every fifth one a copy of the one before it (the
 * same words), the seventh binary (skipped with a diagnostic). */
static void run(unsigned threads, struct seen *s, int n, int mark_every)
{
	struct dossier_options o;
	memset(&o, 0, sizeof o);
	o.records = DOSSIER_REC_DOCUMENT;
	o.diag = diag;
	struct dossier *ds;
	CHECK(dossier_new(&o, &ds, NULL, 0) == 0);
	struct dossier_pool *p;
	s->ds = ds;
	CHECK(dossier_pool_new(ds, threads, take, s, &p) == 0);
	static const char *marks[] = {"m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9"};
	char body[2048], id[16];
	int rc = 0;
	for (int i = 0; i < n && !rc; i++) {
		int story = i % 5 == 4 ? i - 1 : i;
		size_t k = 0;
		k += (size_t)snprintf(body + k, sizeof body - k, "Title %d\n", i);
		for (int w = 0; w < 60; w++)
			k += (size_t)snprintf(body + k, sizeof body - k, "word%d_%d ", story, w * 7 % 61);
		k += (size_t)snprintf(body + k, sizeof body - k, ".\n");
		snprintf(id, sizeof id, "d%02d", i);
		struct dossier_raw raw;
		memset(&raw, 0, sizeof raw);
		raw.id = id;
		raw.input = id;
		raw.format = DOSSIER_FMT_TXT;
		raw.body = i == 7 ? "\001\002\003\000bin" : body;
		raw.body_len = i == 7 ? 7 : k;
		raw.title_in_body = 1;
		rc = dossier_pool_submit(p, &raw, NULL);
		if (!rc && mark_every && i % mark_every == mark_every - 1)
			rc = dossier_pool_mark(p, (void *)marks[(i / mark_every) % 10]);
	}
	if (!rc)
		rc = dossier_pool_flush(p);
	if (s->stop_at)
		CHECK_INT(rc, 7);
	else
		CHECK_INT(rc, 0);
	dossier_pool_free(p);
	dossier_free(ds);
}

TEST(pool_order_marks_and_links_do_not_depend_on_threads)
{
	struct seen one, many;
	memset(&one, 0, sizeof one);
	memset(&many, 0, sizeof many);
	ndiags = 0;
	run(1, &one, 40, 6);
	char d1[4096];
	snprintf(d1, sizeof d1, "%s", diags);
	ndiags = 0;
	run(4, &many, 40, 6);
	CHECK_STR(many.log, one.log);
	CHECK_STR(diags, d1);
	/* the copies are linked, the binary document skipped and reported */
	CHECK(strstr(one.log, "d04~d03 ") != NULL);
	CHECK(strstr(one.log, "d07") == NULL);
	CHECK(strstr(one.log, "d05 |m0 d06 d08 ") != NULL);
	CHECK(strstr(d1, "d07: binary data") != NULL);
}

TEST(pool_stops_when_the_callback_says_so)
{
	struct seen s;
	memset(&s, 0, sizeof s);
	s.stop_at = 5;
	run(3, &s, 40, 0);
	CHECK_INT(s.calls, 5);
	CHECK_STR(s.log, "d00 d01 d02 d03 d04~d03 ");
	memset(&s, 0, sizeof s);
	s.stop_at = 5;
	run(1, &s, 40, 0);
	CHECK_INT(s.calls, 5);
}

TEST(pool_holds_big_documents_within_its_bound)
{
	/* 24 documents of 6 MB: more than the pool's byte bound in all; each
	 * is handed back, in order */
	struct dossier_options o;
	memset(&o, 0, sizeof o);
	o.records = DOSSIER_REC_DOCUMENT;
	o.no_dedup = 1;
	struct dossier *ds;
	CHECK(dossier_new(&o, &ds, NULL, 0) == 0);
	struct seen s;
	memset(&s, 0, sizeof s);
	s.ds = ds;
	struct dossier_pool *p;
	CHECK(dossier_pool_new(ds, 2, take, &s, &p) == 0);
	size_t n = 6u << 20;
	char *body = malloc(n);
	CHECK(body != NULL);
	for (size_t i = 0; i < n; i++)
		body[i] = i % 80 == 79 ? '\n' : (char)('a' + i % 23);
	char id[16];
	for (int i = 0; i < 24; i++) {
		snprintf(id, sizeof id, "b%02d", i);
		struct dossier_raw raw;
		memset(&raw, 0, sizeof raw);
		raw.id = id;
		raw.format = DOSSIER_FMT_TXT;
		raw.body = body;
		raw.body_len = n;
		CHECK_INT(dossier_pool_submit(p, &raw, NULL), 0);
	}
	CHECK_INT(dossier_pool_flush(p), 0);
	dossier_pool_free(p);
	dossier_free(ds);
	free(body);
	CHECK_INT(s.calls, 24);
	CHECK(strncmp(s.log, "b00 b01 b02 ", 12) == 0);
	CHECK(strstr(s.log, "b22 b23 ") != NULL);
}

int main(void)
{
	RUN(pool_order_marks_and_links_do_not_depend_on_threads);
	RUN(pool_stops_when_the_callback_says_so);
	RUN(pool_holds_big_documents_within_its_bound);
	HARNESS_EXIT();
}
