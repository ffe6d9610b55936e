/*
 * out_jsonl.c: records -> JSONL, the last stage (records.md).
 *
 * Field order follows records.md so that output is stable for golden tests
 * and easy to read. Every text field is valid UTF-8 (the cleaning stage
 * repaired it); ds_json_str escapes what JSON requires.
 */
#include <string.h>

#include "ds.h"

void ds_out_document(struct ds_buf *b, const struct dossier_doc *doc, int want_text)
{
	ds_buf_adds(b, "{\"type\":\"document\",\"doc\":");
	ds_json_strz(b, doc->id);
	ds_buf_adds(b, ",\"title\":");
	ds_json_strz(b, doc->title);
	ds_buf_adds(b, ",\"lang\":");
	ds_json_strz(b, doc->lang);
	ds_buf_adds(b, ",\"date\":");
	ds_json_strz(b, doc->date);
	ds_buf_adds(b, ",\"url\":");
	ds_json_strz(b, doc->url);
	ds_buf_adds(b, ",\"credited_source\":");
	ds_json_strz(b, doc->credited_source);
	ds_buf_addf(b, ",\"chars\":%zu,\"dup_of\":", doc->chars);
	ds_json_strz(b, doc->dup_of);
	ds_buf_adds(b, ",\"removed\":[");
	for (size_t i = 0; i < doc->n_removed; i++) {
		if (i)
			ds_buf_addc(b, ',');
		ds_json_strz(b, doc->removed[i]);
	}
	ds_buf_addc(b, ']');
	if (want_text) {
		ds_buf_adds(b, ",\"text\":");
		ds_json_str(b, doc->text.ptr, doc->text.len);
	}
	ds_buf_adds(b, "}\n");
}

int dossier_doc_write_jsonl(struct dossier *ds, const struct dossier_doc *doc, FILE *fp)
{
	struct ds_buf b = DS_BUF_INIT;
	ds_out_document(&b, doc, ds->opts.want_text);
	size_t n = fwrite(b.ptr, 1, b.len, fp);
	int rc = n == b.len ? 0 : DOSSIER_E_IO;
	ds_buf_release(&b);
	return rc;
}
