/* fuzz-quote.c: the quote scanner, speaker attribution, and the aid and
 * stock extractors behind them on any text, with the knowledge base of
 * data/kb loaded once. Checks that every quote
 * lies inside the text on UTF-8 boundaries and that the document's records
 * are valid JSON. */
#include "fuzz.h"

static struct dossier *ds;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!ds) {
		struct dossier_options o;
		memset(&o, 0, sizeof o);
		o.kb_dir = "data/kb";
		o.want_text = 1;
		o.diag = diag_quiet;
		if (dossier_new(&o, &ds, NULL, 0) < 0)
			abort();
	}
	struct dossier_raw raw;
	memset(&raw, 0, sizeof raw);
	raw.id = "fuzz";
	raw.input = "fuzz";
	raw.format = DOSSIER_FMT_TXT;
	raw.body = (const char *)data;
	raw.body_len = size;
	raw.title_in_body = 1;
	struct dossier_doc *doc;
	if (dossier_process(ds, &raw, &doc) == 0) {
		size_t len;
		const char *text = dossier_doc_text(doc, &len);
		for (size_t i = 0; i < doc->n_quotes; i++) {
			const struct ds_quote *q = &doc->quotes[i];
			fuzz_check(q->start < q->end && q->end <= len, "quote inside the text");
			fuzz_check(ds_utf8_valid_prefix(text + q->start, q->end - q->start) ==
					   q->end - q->start,
				   "quote on UTF-8 boundaries");
		}
		fuzz_check_doc(ds, doc);
		dossier_doc_free(doc);
	}
	return 0;
}
