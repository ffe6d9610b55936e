/*
 * in_jsonl.c: JSONL inputs, one article per line (records.md "Inputs":
 * {"id","url","title","text","date","lang"}, only "text" required).
 *
 * Lines are read one at a time from the stream and parsed with json-c; a
 * line that is not a JSON object with a string "text" is reported as
 * "FILE:LINE: reason" and skipped, and reading goes on. The id is the "id"
 * field (string or integer), else "FILE:LINE". An optional "html" field is
 * read as a web page when "text" is absent. A key given twice counts
 * once, the last time (json-c's reading).
 */
#include <json-c/json.h>
#include <string.h>

#include "ds.h"

static const char *get_str(struct dossier_reader *r, struct json_object *o, const char *key)
{
	size_t n;
	const char *v = ds_json_string(ds_json_get(o, key), &n);
	return v ? ds_arena_strndup(&r->arena, v, n) : NULL;
}

int ds_jsonl_parse(struct dossier_reader *r, const char *line, size_t len)
{
	const char *where = ds_arena_printf(&r->arena, "%s:%lu", r->path, r->line);
	size_t i = 0;
	while (i < len && ds_isspace(line[i]))
		i++;
	if (i == len)
		return 0;
	char why[160];
	struct json_object *o = ds_json_parse(line, len, why, sizeof why);
	if (!o) {
		ds_diag(r->ds, where, 1, "invalid JSON: %s", why);
		return DOSSIER_E_FORMAT;
	}
	int rc = 1;
	size_t text_len = 0, html_len = 0;
	const char *text = ds_json_string(ds_json_get(o, "text"), &text_len);
	const char *html = ds_json_string(ds_json_get(o, "html"), &html_len);
	if (!json_object_is_type(o, json_type_object)) {
		ds_diag(r->ds, where, 1, "not a JSON object");
		rc = DOSSIER_E_FORMAT;
		goto out;
	}
	if (!text && !html) {
		ds_diag(r->ds, where, 1, "no \"text\" string");
		rc = DOSSIER_E_FORMAT;
		goto out;
	}
	const char *body = text ? text : html;
	size_t body_len = text ? text_len : html_len;
	if (body_len > r->ds->opts.max_doc_bytes) {
		ds_diag(r->ds, where, 1, "document too big (over %zu bytes): skipped",
			r->ds->opts.max_doc_bytes);
		rc = DOSSIER_E_TOOBIG;
		goto out;
	}
	memset(&r->raw, 0, sizeof r->raw);
	ds_buf_reset(&r->body);
	/* a headline given apart is the first line of the text, as in a .txt
	 * file: what it tells ("Berlin to send 14 Leopard tanks") is read,
	 * and offsets point into the text that holds it; not twice when the
	 * text opens with it */
	size_t title_len = 0;
	const char *title = text ? ds_json_string(ds_json_get(o, "title"), &title_len) : NULL;
	while (title_len && ds_isspace(title[title_len - 1]))
		title_len--;
	while (title_len && ds_isspace(*title))
		title++, title_len--;
	if (title_len && title_len < 1000 && !memchr(title, '\n', title_len)) {
		size_t a = 0;
		while (a < body_len && ds_isspace(body[a]))
			a++;
		if (!(body_len - a >= title_len && !memcmp(body + a, title, title_len))) {
			ds_buf_add(&r->body, title, title_len);
			ds_buf_add(&r->body, "\n\n", 2);
		}
	}
	ds_buf_add(&r->body, body, body_len);
	r->raw.body = r->body.ptr;
	r->raw.body_len = r->body.len;
	r->raw.format = text ? DOSSIER_FMT_TXT : DOSSIER_FMT_HTML;
	r->raw.input = where;
	struct json_object *id = ds_json_get(o, "id");
	size_t id_len = 0;
	if (ds_json_string(id, &id_len) && id_len)
		r->raw.id = get_str(r, o, "id");
	else if (id && json_object_is_type(id, json_type_int))
		r->raw.id = ds_arena_printf(&r->arena, "%lld", (long long)json_object_get_int64(id));
	else
		r->raw.id = where;
	r->raw.url = get_str(r, o, "url");
	r->raw.title = get_str(r, o, "title");
	r->raw.date = get_str(r, o, "date");
	r->raw.lang = get_str(r, o, "lang");
out:
	json_object_put(o);
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
