/*
 * in_jsonl.c: JSONL inputs, one article per line (records.md "Inputs":
 * {"id","url","title","text","date","lang"}, only "text" required).
 *
 * Lines are read one at a time from the stream and parsed with jansson; a
 * line that is not a JSON object with a string "text" is reported as
 * "FILE:LINE: reason" and skipped, and reading goes on. The id is the "id"
 * field (string or integer), else "FILE:LINE". An optional "html" field is
 * read as a web page when "text" is absent.
 */
#include <jansson.h>
#include <string.h>

#include "ds.h"

static const char *get_str(struct dossier_reader *r, json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	if (json_is_string(v))
		return ds_arena_strndup(&r->arena, json_string_value(v), json_string_length(v));
	return NULL;
}

int ds_jsonl_parse(struct dossier_reader *r, const char *line, size_t len)
{
	const char *where = ds_arena_printf(&r->arena, "%s:%lu", r->path, r->line);
	size_t i = 0;
	while (i < len && ds_isspace(line[i]))
		i++;
	if (i == len)
		return 0;
	json_error_t err;
	json_t *o = json_loadb(line, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &err);
	if (!o) {
		ds_diag(r->ds, where, 1, "invalid JSON: %s", err.text);
		return DOSSIER_E_FORMAT;
	}
	int rc = 1;
	json_t *text = json_object_get(o, "text");
	json_t *html = json_object_get(o, "html");
	if (!json_is_object(o)) {
		ds_diag(r->ds, where, 1, "not a JSON object");
		rc = DOSSIER_E_FORMAT;
		goto out;
	}
	if (!json_is_string(text) && !json_is_string(html)) {
		ds_diag(r->ds, where, 1, "no \"text\" string");
		rc = DOSSIER_E_FORMAT;
		goto out;
	}
	json_t *body = json_is_string(text) ? text : html;
	if (json_string_length(body) > r->ds->opts.max_doc_bytes) {
		ds_diag(r->ds, where, 1, "document too big (over %zu bytes): skipped",
			r->ds->opts.max_doc_bytes);
		rc = DOSSIER_E_TOOBIG;
		goto out;
	}
	memset(&r->raw, 0, sizeof r->raw);
	ds_buf_reset(&r->body);
	ds_buf_add(&r->body, json_string_value(body), json_string_length(body));
	r->raw.body = r->body.ptr;
	r->raw.body_len = r->body.len;
	r->raw.format = body == text ? DOSSIER_FMT_TXT : DOSSIER_FMT_HTML;
	r->raw.input = where;
	json_t *id = json_object_get(o, "id");
	if (json_is_string(id) && json_string_length(id))
		r->raw.id = get_str(r, o, "id");
	else if (json_is_integer(id))
		r->raw.id = ds_arena_printf(&r->arena, "%lld", (long long)json_integer_value(id));
	else
		r->raw.id = where;
	r->raw.url = get_str(r, o, "url");
	r->raw.title = get_str(r, o, "title");
	r->raw.date = get_str(r, o, "date");
	r->raw.lang = get_str(r, o, "lang");
out:
	json_decref(o);
	return rc;
}

int ds_jsonl_next(struct dossier_reader *r)
{
	size_t max = r->ds->opts.max_doc_bytes * 2 + 65536;
	for (;;) {
		if (r->done)
			return 0;
		int rc = ds_stream_getline(r->st, &r->rec, max);
		r->line++;
		if (rc == 0) {
			r->done = 1;
			return 0;
		}
		if (rc == DOSSIER_E_TOOBIG) {
			ds_diag(r->ds, ds_arena_printf(&r->arena, "%s:%lu", r->path, r->line), 1,
				"line too long (over %zu bytes): skipped", max);
			r->skipped++;
			continue;
		}
		if (rc < 0) {
			ds_diag(r->ds, r->path, 1, "cannot read: %s", ds_stream_error(r->st));
			r->done = 1;
			return rc;
		}
		rc = ds_jsonl_parse(r, r->rec.ptr, r->rec.len);
		if (rc > 0)
			return rc;
		if (rc < 0)
			r->skipped++;
	}
}
