/*
 * in_warc.c: WARC 1.0/1.1 inputs (news crawls), plain or gzip-compressed
 * (one member per record, concatenated; the stream layer inflates).
 *
 * Records are read one at a time: version line, named fields up to a blank
 * line, then Content-Length bytes. Only "response" (and "resource") records
 * holding an HTTP 2xx HTML page become documents; others (warcinfo, request,
 * metadata, images, redirects) are passed over silently. The HTTP message is
 * decoded here: headers stripped, chunked transfer undone, gzip/deflate
 * content encoding inflated, charset taken from Content-Type. A record that
 * is too big or malformed is reported and skipped; a stream that breaks
 * (truncated gzip) ends the input with a diagnostic.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ds.h"

#define MAX_HEADER_LINE 65536

static int ieq_prefix(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);
	return len >= n && !strncasecmp(s, prefix, n);
}

static const char *trim_value(struct ds_arena *a, const char *s, size_t len)
{
	while (len && ds_isspace(*s))
		s++, len--;
	while (len && ds_isspace(s[len - 1]))
		len--;
	return ds_arena_strndup(a, s, len);
}

/* Reads and discards n bytes. */
static int skip_bytes(struct ds_stream *st, unsigned long long n)
{
	char tmp[65536];
	while (n) {
		long k = ds_stream_read(st, tmp, n > sizeof tmp ? sizeof tmp : (size_t)n);
		if (k <= 0)
			return k < 0 ? (int)k : DOSSIER_E_FORMAT;
		n -= (unsigned long long)k;
	}
	return 0;
}

/* Parses "type/subtype; charset=x" into lower-case mime and charset. */
static void parse_content_type(struct ds_arena *a, const char *v, const char **mime,
			       const char **charset)
{
	size_t n = strcspn(v, ";");
	char *m = ds_arena_strndup(a, v, n);
	for (char *p = m; *p; p++)
		*p = (char)ds_tolower(*p);
	*mime = trim_value(a, m, strlen(m));
	const char *cs = strstr(v, "charset=");
	if (!cs)
		cs = strstr(v, "CHARSET=");
	if (cs) {
		cs += 8;
		if (*cs == '"' || *cs == '\'')
			cs++;
		size_t k = strcspn(cs, "\"'; \t\r\n");
		if (k && k < 40)
			*charset = ds_arena_strndup(a, cs, k);
	}
}

static int dechunk(const char *s, size_t len, size_t max, struct ds_buf *out)
{
	size_t i = 0;
	while (i < len) {
		size_t j = i;
		unsigned long long n = 0;
		int digits = 0;
		while (j < len && ds_isxdigit(s[j]) && digits < 16) {
			int c = s[j];
			n = n * 16 + (unsigned)(ds_isdigit(c) ? c - '0' : ds_tolower(c) - 'a' + 10);
			j++, digits++;
		}
		if (!digits)
			return DOSSIER_E_FORMAT;
		while (j < len && s[j] != '\n')
			j++; /* chunk extensions */
		j++;
		if (n == 0)
			return 0;
		if (n > len - (j < len ? j : len))
			n = len - (j < len ? j : len); /* truncated chunk: keep what is there */
		if (out->len + n > max)
			return DOSSIER_E_TOOBIG;
		ds_buf_add(out, s + j, (size_t)n);
		i = j + (size_t)n;
		if (i < len && s[i] == '\r')
			i++;
		if (i < len && s[i] == '\n')
			i++;
	}
	return 0;
}

int ds_http_decode(struct ds_arena *a, const char *msg, size_t len, size_t max,
		   struct ds_buf *body, const char **mime, const char **charset,
		   const char **why)
{
	size_t i = 0;
	int chunked = 0, gz = 0, status = 0;
	*mime = *charset = NULL;
	*why = NULL;
	ds_buf_reset(body);
	if (!ieq_prefix(msg, len, "HTTP/")) {
		*why = "not an HTTP response";
		return DOSSIER_E_FORMAT;
	}
	const char *sp = memchr(msg, ' ', len < 64 ? len : 64);
	if (sp && (size_t)(sp - msg) + 4 <= len && ds_isdigit(sp[1]) && ds_isdigit(sp[2]) &&
	    ds_isdigit(sp[3]))
		status = (sp[1] - '0') * 100 + (sp[2] - '0') * 10 + (sp[3] - '0');
	for (;;) {
		const char *nl = memchr(msg + i, '\n', len - i);
		if (!nl) {
			*why = "HTTP headers not terminated";
			return DOSSIER_E_FORMAT;
		}
		size_t n = (size_t)(nl - (msg + i));
		const char *line = msg + i;
		i += n + 1;
		if (n && line[n - 1] == '\r')
			n--;
		if (n == 0)
			break;
		if (ieq_prefix(line, n, "content-type:"))
			parse_content_type(a, trim_value(a, line + 13, n - 13), mime, charset);
		else if (ieq_prefix(line, n, "transfer-encoding:") &&
			 strstr(trim_value(a, line + 18, n - 18), "chunked"))
			chunked = 1;
		else if (ieq_prefix(line, n, "content-encoding:")) {
			const char *v = trim_value(a, line + 17, n - 17);
			gz = !strcasecmp(v, "gzip") || !strcasecmp(v, "x-gzip") ||
			     !strcasecmp(v, "deflate");
		}
	}
	if (status < 200 || status > 299) {
		*why = "not a 2xx response";
		return 1;
	}
	const char *p = msg + i;
	size_t plen = len - i;
	struct ds_buf tmp = DS_BUF_INIT;
	int rc = 0;
	if (chunked) {
		rc = dechunk(p, plen, max, &tmp);
		p = tmp.ptr ? tmp.ptr : "";
		plen = tmp.len;
	}
	if (!rc && gz) {
		rc = ds_gunzip(p, plen, max, body);
		if (rc == DOSSIER_E_FORMAT && body->len)
			rc = 0; /* a cut-off page: keep what inflated */
	} else if (!rc) {
		ds_buf_add(body, p, plen);
	}
	ds_buf_release(&tmp);
	if (rc == DOSSIER_E_TOOBIG)
		*why = "page too big";
	else if (rc)
		*why = "corrupt HTTP body";
	return rc;
}

static int is_html(const char *mime)
{
	return !mime || !strcmp(mime, "text/html") || !strcmp(mime, "application/xhtml+xml");
}

int ds_warc_next(struct dossier_reader *r)
{
	struct dossier *ds = r->ds;
	size_t max = ds->opts.max_doc_bytes;
	for (;;) {
		if (r->done)
			return 0;
		/* version line, after any blank lines between records */
		int rc;
		do {
			rc = ds_stream_getline(r->st, &r->rec, MAX_HEADER_LINE);
		} while (rc == 1 && r->rec.len == 0);
		if (rc == 0) {
			r->done = 1;
			return 0;
		}
		if (rc < 0 && rc != DOSSIER_E_TOOBIG) {
			ds_diag(ds, r->path, 1, "cannot read: %s", ds_stream_error(r->st));
			r->done = 1;
			return rc;
		}
		if (rc != 1 || strncmp(r->rec.ptr, "WARC/", 5)) {
			ds_diag(ds, r->path, 1, "not a WARC record at byte %llu (input abandoned)",
				ds_stream_tell_raw(r->st));
			r->done = 1;
			return DOSSIER_E_FORMAT;
		}
		const char *type = NULL, *uri = NULL, *date = NULL, *ctype = NULL;
		unsigned long long clen = 0;
		int have_len = 0;
		for (;;) {
			rc = ds_stream_getline(r->st, &r->rec, MAX_HEADER_LINE);
			if (rc <= 0 && rc != DOSSIER_E_TOOBIG) {
				ds_diag(ds, r->path, 1, "%s",
					rc == 0 ? "truncated WARC record header"
						: ds_stream_error(r->st));
				r->done = 1;
				return rc ? rc : DOSSIER_E_FORMAT;
			}
			if (rc == 1 && r->rec.len == 0)
				break;
			const char *l = r->rec.ptr;
			size_t n = r->rec.len;
			if (ieq_prefix(l, n, "WARC-Type:"))
				type = trim_value(&r->arena, l + 10, n - 10);
			else if (ieq_prefix(l, n, "WARC-Target-URI:"))
				uri = trim_value(&r->arena, l + 16, n - 16);
			else if (ieq_prefix(l, n, "WARC-Date:"))
				date = trim_value(&r->arena, l + 10, n - 10);
			else if (ieq_prefix(l, n, "Content-Type:"))
				ctype = trim_value(&r->arena, l + 13, n - 13);
			else if (ieq_prefix(l, n, "Content-Length:")) {
				char *end;
				const char *v = trim_value(&r->arena, l + 15, n - 15);
				clen = strtoull(v, &end, 10);
				have_len = end != v && !*end;
			}
		}
		if (uri && uri[0] == '<') { /* WARC 1.0 drafts wrote <uri> */
			size_t k = strlen(uri);
			uri = ds_arena_strndup(&r->arena, uri + 1, k > 2 ? k - 2 : 0);
		}
		const char *who = r->path;
		const char *rec = uri ? ds_arena_printf(&r->arena, "record <%s>: ", uri) : "";
		if (!have_len) {
			ds_diag(ds, who, 1, "%sWARC record without Content-Length (input abandoned)", rec);
			r->done = 1;
			return DOSSIER_E_FORMAT;
		}
		int wanted = type && (!strcmp(type, "response") || !strcmp(type, "resource"));
		if (!wanted || clen > max * 2 + MAX_HEADER_LINE) {
			if (wanted) {
				ds_diag(ds, who, 1, "%sWARC record too big (%llu bytes): skipped", rec, clen);
				r->skipped++;
			}
			rc = skip_bytes(r->st, clen);
			if (rc) {
				ds_diag(ds, r->path, 1, "truncated WARC record");
				r->done = 1;
				return rc;
			}
			continue;
		}
		ds_buf_reset(&r->rec);
		ds_buf_reserve(&r->rec, (size_t)clen);
		long got = clen ? ds_stream_read(r->st, r->rec.ptr, (size_t)clen) : 0;
		if (got < 0 || (unsigned long long)got < clen) {
			ds_diag(ds, who, 1, "%struncated WARC record (%s)", rec,
				got < 0 ? ds_stream_error(r->st) : "input ends early");
			r->done = 1;
			return got < 0 ? (int)got : DOSSIER_E_FORMAT;
		}
		r->rec.len = (size_t)clen;
		r->rec.ptr[r->rec.len] = '\0';
		const char *mime = NULL, *charset = NULL, *why = NULL;
		if (!strcmp(type, "response")) {
			if (!ctype || !strstr(ctype, "application/http"))
				continue;
			rc = ds_http_decode(&r->arena, r->rec.ptr, r->rec.len, max, &r->body,
					    &mime, &charset, &why);
			if (rc == 1 || (rc == 0 && !is_html(mime)))
				continue; /* redirects, errors, images: not articles */
			if (rc < 0) {
				ds_diag(ds, who, 1, "%s%s: skipped", rec, why);
				r->skipped++;
				continue;
			}
		} else {
			if (ctype)
				parse_content_type(&r->arena, ctype, &mime, &charset);
			if (!is_html(mime))
				continue;
			ds_buf_reset(&r->body);
			ds_buf_add(&r->body, r->rec.ptr, r->rec.len);
		}
		if (r->body.len > max) {
			ds_diag(ds, who, 1, "%sdocument too big (over %zu bytes): skipped", rec, max);
			r->skipped++;
			continue;
		}
		memset(&r->raw, 0, sizeof r->raw);
		r->raw.id = uri ? uri : ds_arena_printf(&r->arena, "%s@%llu", r->path,
							 ds_stream_tell_raw(r->st));
		r->raw.input = uri ? ds_arena_printf(&r->arena, "%s <%s>", r->path, uri) : r->path;
		r->raw.url = uri;
		r->raw.format = DOSSIER_FMT_HTML;
		r->raw.body = r->body.ptr ? r->body.ptr : "";
		r->raw.body_len = r->body.len;
		r->raw.charset = charset;
		r->raw.crawl_date = date;
		return 1;
	}
}
