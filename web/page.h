/*
 * page.h: what the files of web/ share. server.c turns an HTTP request
 * into a struct web_req (a decoded path and checked query parameters, a
 * store handle), routes.c fills its body (HTML or JSON) from the store,
 * html.c holds the output buffer, the escapers and the page layout, svg.c
 * draws the charts, and the generated assets.c the embedded CSS and JS.
 * Everything that comes from the database goes through an escaper of
 * html.c: text never becomes markup, whatever bytes it holds.
 */
#ifndef DOSSIER_WEB_PAGE_H
#define DOSSIER_WEB_PAGE_H

#include <stdarg.h>
#include <stddef.h>

#include "dossier.h"

#if defined(__GNUC__)
#define WEB_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define WEB_PRINTF(f, a)
#endif

/* --- output buffer (html.c) ---------------------------------------------- */

/* The largest body a request may render: past it the buffer stops
 * growing, `over` is set and the request answers 500. */
#define WEB_BODY_MAX (64u << 20)

struct wbuf {
	char *ptr;
	size_t len, cap;
	int over;
};

void wb_release(struct wbuf *b);
/* Hands the bytes to the caller (free them), leaves b empty. */
char *wb_detach(struct wbuf *b, size_t *len);
void wb_add(struct wbuf *b, const void *p, size_t n);
void wb_adds(struct wbuf *b, const char *s);
void wb_addf(struct wbuf *b, const char *fmt, ...) WEB_PRINTF(2, 3);
/* Text as HTML (element content or a quoted attribute value): & < > " '
 * escaped, bytes that are not UTF-8 and control characters (but tab and
 * newline) as U+FFFD. NULL adds nothing. */
void wb_html(struct wbuf *b, const char *s);
void wb_htmln(struct wbuf *b, const char *s, size_t n);
/* A JSON string ("..." with escapes, < > & as \u003c...; not UTF-8 as
 * U+FFFD), or null for NULL. */
void wb_json(struct wbuf *b, const char *s);
void wb_jsonn(struct wbuf *b, const char *s, size_t n);
/* A value percent-encoded for a URL path segment or query value (only
 * unreserved characters stay). */
void wb_url(struct wbuf *b, const char *s);
/* A number with thin grouping ("12 500"); "" for v < 0. */
void wb_num(struct wbuf *b, long long v);
/* An amount: "2.5bn USD", "400m EUR". */
void wb_amount(struct wbuf *b, double v, const char *currency);
/* The valid UTF-8 boundary at or after i (for offsets into a text). */
size_t web_utf8_ceil(const char *s, size_t len, size_t i);
/* Is s[0..n) valid UTF-8 without NUL or other control characters? */
int web_text_valid(const char *s, size_t n);

/* --- requests ------------------------------------------------------------- */

#define WEB_MAX_PARAMS 16
#define WEB_MAX_VALUE 512 /* bytes of a decoded query value */

struct web_param {
	char *key, *value;
};

struct web_req {
	const char *path; /* decoded; for /api/X the path is /X and api is 1 */
	int api;
	struct web_param params[WEB_MAX_PARAMS];
	size_t n_params;
	struct dossier_store *st; /* read-only, this request's alone */
	struct dossier *ds;       /* names, or NULL without a knowledge base */
	struct wbuf body;
	unsigned status;  /* 200 unless a handler says otherwise */
	const char *type; /* content type; NULL: text/html or application/json */
	char errmsg[256]; /* status >= 500: what to log */
};

/* A query parameter's value, NULL when absent or empty (an empty form
 * field filters nothing). */
const char *web_param(const struct web_req *r, const char *key);
/* Fails the request (400) when it has a parameter not in `allowed`
 * (space-separated names). Returns 0 or -1. */
int web_params_only(struct web_req *r, const char *allowed);
/* Answers status with a message: an HTML page or {"error": ...}. */
void web_fail(struct web_req *r, unsigned status, const char *fmt, ...) WEB_PRINTF(3, 4);

/* routes.c: fills r from r->path and r->params. */
void web_route(struct web_req *r);

/* --- layout (html.c) ------------------------------------------------------ */

/* The page head, header and navigation; `title` is text (escaped). */
void page_begin(struct web_req *r, const char *title, const char *nav);
/* The footer (with a link to the JSON of the page, `api`: a path or
 * NULL) and the end of the document. */
void page_end(struct web_req *r, const char *api);

/* --- charts (svg.c) -------------------------------------------------------- */

/* One provider's bars: entries pledged and delivered per root category
 * (indexes into the category list given to svg_providers). */
#define WEB_MAX_TOPS 24
struct chart_provider {
	const char *name;
	unsigned long pledged[WEB_MAX_TOPS], delivered[WEB_MAX_TOPS];
	unsigned long long pledged_units[WEB_MAX_TOPS], delivered_units[WEB_MAX_TOPS];
	unsigned long total_pledged, total_delivered;
};
void svg_providers(struct wbuf *b, const struct chart_provider *p, size_t n,
		   const char *const *tops, size_t n_tops);

/* One month of the timeline: entries first reported then, by how far
 * they got. */
struct chart_month {
	int year, month;
	unsigned long pledged, delivered, other;
};
void svg_timeline(struct wbuf *b, const struct chart_month *m, size_t n);

/* --- embedded files (assets.c, generated by web/embed.sh) ------------------ */

struct web_asset {
	const char *name, *type, *etag;
	const unsigned char *data;
	size_t len;
};
extern const struct web_asset web_assets[];
extern const size_t web_n_assets;

#endif
