/* fuzz-split.c: the sentence splitter, alone (ds_sentence_end walked over
 * any valid UTF-8 text) and inside the document pipeline (paragraphs and
 * sentences of a cleaned text). Checks that every step moves forward and
 * ends on a character boundary, that sentences come in order without
 * overlapping, each inside its paragraph, and that no sentence starts or
 * ends with white space. */
#include "fuzz.h"

static int boundary(const char *s, size_t len, size_t i)
{
	return i == 0 || i >= len || ((unsigned char)s[i] & 0xC0) != 0x80;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ds_buf t;
	ds_buf_init(&t);
	ds_utf8_repair(&t, (const char *)data, size);
	for (size_t start = 0, steps = 0; start < t.len; steps++) {
		size_t end = ds_sentence_end(t.ptr, start, t.len);
		fuzz_check(end > start && end <= t.len, "sentence end moves forward");
		fuzz_check(boundary(t.ptr, t.len, end), "sentence end on a character boundary");
		fuzz_check(steps <= t.len, "splitter terminates");
		start = end;
	}
	ds_buf_release(&t);

	static struct dossier *ds;
	if (!ds) {
		struct dossier_options o;
		memset(&o, 0, sizeof o);
		o.no_dedup = 1;
		o.records = DOSSIER_REC_DOCUMENT;
		o.max_doc_bytes = 1 << 20;
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
	struct dossier_doc *doc;
	if (dossier_process(ds, &raw, &doc) != 0)
		return 0;
	size_t len;
	const char *text = dossier_doc_text(doc, &len);
	size_t prev = 0, para = 0, np = dossier_doc_n_paragraphs(doc);
	for (size_t i = 0; i < dossier_doc_n_sentences(doc); i++) {
		size_t a, b, pa = 0, pb = 0;
		dossier_doc_sentence(doc, i, &a, &b);
		fuzz_check(a >= prev && a < b && b <= len, "sentences in order, inside the text");
		fuzz_check(boundary(text, len, a) && boundary(text, len, b),
			   "sentence on character boundaries");
		fuzz_check(text[a] != ' ' && text[a] != '\n' && text[b - 1] != ' ' &&
				   text[b - 1] != '\n',
			   "sentence trimmed");
		while (para < np) {
			dossier_doc_paragraph(doc, para, &pa, &pb);
			if (a < pb)
				break;
			para++;
		}
		fuzz_check(para < np && a >= pa && b <= pb, "sentence inside its paragraph");
		prev = b;
	}
	fuzz_check_doc(ds, doc);
	dossier_doc_free(doc);
	return 0;
}
