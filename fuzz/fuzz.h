/*
 * fuzz.h: what every fuzz target shares: run one input through a reader of
 * a given format and the whole document pipeline, and check the
 * invariants: sentence and paragraph offsets inside the text, the text and
 * every JSON line valid UTF-8, every JSON line parsable (json-c) as an object. A
 * broken invariant aborts, which libFuzzer and the replayer report.
 */
#ifndef DOSSIER_FUZZ_H
#define DOSSIER_FUZZ_H

#include <json-c/json.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ds.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static inline void fuzz_check(int ok, const char *what)
{
	if (!ok) {
		fprintf(stderr, "invariant broken: %s\n", what);
		abort();
	}
}

static inline void fuzz_check_doc(struct dossier *ds, struct dossier_doc *doc)
{
	size_t len;
	const char *text = dossier_doc_text(doc, &len);
	fuzz_check(ds_utf8_valid_prefix(text, len) == len, "clean text is valid UTF-8");
	for (size_t i = 0; i < dossier_doc_n_sentences(doc); i++) {
		size_t a, b;
		dossier_doc_sentence(doc, i, &a, &b);
		fuzz_check(a < b && b <= len, "sentence inside the text");
	}
	for (size_t i = 0; i < dossier_doc_n_paragraphs(doc); i++) {
		size_t a, b;
		dossier_doc_paragraph(doc, i, &a, &b);
		fuzz_check(a < b && b <= len, "paragraph inside the text");
	}
	char *out = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&out, &n);
	fuzz_check(fp != NULL, "memstream");
	fuzz_check(dossier_doc_write_jsonl(ds, doc, fp) == 0, "JSONL written");
	fclose(fp);
	fuzz_check(ds_utf8_valid_prefix(out, n) == n, "JSONL is valid UTF-8");
	for (char *line = out; line < out + n;) {
		char *nl = memchr(line, '\n', (size_t)(out + n - line));
		fuzz_check(nl != NULL, "JSONL line ends with a newline");
		char why[160];
		struct json_object *j = ds_json_parse(line, (size_t)(nl - line), why, sizeof why);
		if (!j)
			fprintf(stderr, "json-c: %s: %.*s\n", why,
				(int)(nl - line < 300 ? nl - line : 300), line);
		fuzz_check(j && json_object_is_type(j, json_type_object),
			   "JSONL line parses as an object");
		json_object_put(j);
		line = nl + 1;
	}
	free(out);
}

static inline void diag_quiet(void *ud, const char *input, const char *reason, int fatal)
{
	(void)ud, (void)input, (void)fatal;
	fuzz_check(reason && !strchr(reason, '\n'), "diagnostic is one line");
}

static inline int fuzz_format(enum dossier_format fmt, const char *name, const uint8_t *data, size_t size)
{
	struct dossier_options o;
	memset(&o, 0, sizeof o);
	o.want_text = 1;
	o.max_doc_bytes = 1 << 20;
	o.diag = diag_quiet;
	struct dossier *ds;
	if (dossier_new(&o, &ds, NULL, 0) < 0)
		return 0;
	struct dossier_reader *r;
	if (dossier_reader_open_mem(ds, name, fmt, data, size, &r) == 0) {
		const struct dossier_raw *raw;
		int docs = 0;
		while (dossier_reader_next(r, &raw) > 0 && docs++ < 1000) {
			struct dossier_doc *doc;
			if (dossier_process(ds, raw, &doc) == 0) {
				fuzz_check_doc(ds, doc);
				dossier_doc_free(doc);
			}
		}
		dossier_reader_free(r);
	}
	dossier_free(ds);
	return 0;
}

#endif
