/* fuzz-extract.c: the whole `dossier extract` on one input, as the command
 * runs it: the knowledge base loaded, all records on, copies looked for
 * among the documents of the run. The first byte picks the reader (txt,
 * html, jsonl, warc; each sniffs gzip by its magic bytes); the rest is the
 * input. The run's state (the copy index) lives across inputs and is
 * renewed every 256 documents, so that an input is also matched against
 * earlier ones. Checks the invariants of fuzz.h on every document. */
#include "fuzz.h"

#define RUN 256

static struct dossier_kb *kb;
static struct dossier *ds;
static int in_run;

static const struct {
	enum dossier_format fmt;
	const char *name;
} kinds[] = {
	{DOSSIER_FMT_TXT, "fuzz.txt"},
	{DOSSIER_FMT_HTML, "fuzz.html"},
	{DOSSIER_FMT_JSONL, "fuzz.jsonl"},
	{DOSSIER_FMT_WARC, "fuzz.warc"},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!kb && dossier_kb_load("data/kb", NULL, &kb, NULL, NULL) < 0)
		abort();
	if (ds && in_run >= RUN) {
		dossier_free(ds);
		ds = NULL;
	}
	if (!ds) {
		struct dossier_options o;
		memset(&o, 0, sizeof o);
		o.kb = kb;
		o.want_text = 1;
		o.max_doc_bytes = 1 << 20;
		o.diag = diag_quiet;
		if (dossier_new(&o, &ds, NULL, 0) < 0)
			abort();
		in_run = 0;
	}
	if (size == 0)
		return 0;
	unsigned k = data[0] % (sizeof kinds / sizeof kinds[0]);
	struct dossier_reader *r;
	if (dossier_reader_open_mem(ds, kinds[k].name, kinds[k].fmt, data + 1, size - 1, &r) != 0)
		return 0;
	const struct dossier_raw *raw;
	int docs = 0;
	while (dossier_reader_next(r, &raw) > 0 && docs++ < 64) {
		struct dossier_doc *doc;
		if (dossier_process(ds, raw, &doc) == 0) {
			in_run++;
			fuzz_check(doc->dedup_ix <= (uint32_t)in_run, "copy index counts the run");
			fuzz_check_doc(ds, doc);
			dossier_doc_free(doc);
		}
	}
	dossier_reader_free(r);
	return 0;
}
