/*
 * html.c: the output of the web pages: a growing buffer with a ceiling,
 * the escapers every value from the database goes through (HTML text and
 * attributes, JSON strings, URL components), and the page layout (head,
 * navigation, footer). The escapers validate UTF-8 as they go: a byte
 * that does not start a valid sequence comes out as U+FFFD, so a broken
 * article can neither break the markup nor the JSON.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "page.h"

/* --- buffer ------------------------------------------------------------------ */

static void oom(void)
{
	/* the one place where running out of memory ends the process */
	abort();
}

static int reserve(struct wbuf *b, size_t extra)
{
	if (b->over)
		return -1;
	if (b->len + extra + 1 <= b->cap)
		return 0;
	if (b->len + extra + 1 > WEB_BODY_MAX) {
		b->over = 1;
		return -1;
	}
	size_t cap = b->cap ? b->cap : 4096;
	while (cap < b->len + extra + 1)
		cap *= 2;
	if (cap > WEB_BODY_MAX)
		cap = WEB_BODY_MAX;
	char *p = realloc(b->ptr, cap);
	if (!p)
		oom();
	b->ptr = p;
	b->cap = cap;
	return 0;
}

void wb_release(struct wbuf *b)
{
	free(b->ptr);
	memset(b, 0, sizeof *b);
}

char *wb_detach(struct wbuf *b, size_t *len)
{
	char *p = b->ptr; /* NUL-terminated past len (reserve keeps a byte) */
	*len = b->len;
	if (!p) {
		p = malloc(1);
		if (!p)
			oom();
		p[0] = '\0';
	}
	memset(b, 0, sizeof *b);
	return p;
}

void wb_add(struct wbuf *b, const void *p, size_t n)
{
	if (!n || reserve(b, n) < 0)
		return;
	memcpy(b->ptr + b->len, p, n);
	b->len += n;
	b->ptr[b->len] = '\0';
}

void wb_adds(struct wbuf *b, const char *s)
{
	if (s)
		wb_add(b, s, strlen(s));
}

void wb_addf(struct wbuf *b, const char *fmt, ...)
{
	char small[256];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof small) {
		wb_add(b, small, (size_t)n);
		return;
	}
	if (reserve(b, (size_t)n) < 0)
		return;
	va_start(ap, fmt);
	vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

/* --- UTF-8 --------------------------------------------------------------------- */

/* The length of the valid UTF-8 sequence at s[0..n) (1 to 4), or 0 when
 * s[0] does not start one (overlong forms, surrogates and code points
 * past U+10FFFF are invalid, RFC 3629). */
static size_t utf8_len(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	if (c < 0x80)
		return 1;
	size_t k;
	unsigned lo = 0x80, hi = 0xBF;
	if (c >= 0xC2 && c <= 0xDF)
		k = 2;
	else if (c >= 0xE0 && c <= 0xEF) {
		k = 3;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		k = 4;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else
		return 0;
	if (n < k || s[1] < lo || s[1] > hi)
		return 0;
	for (size_t i = 2; i < k; i++)
		if (s[i] < 0x80 || s[i] > 0xBF)
			return 0;
	return k;
}

size_t web_utf8_ceil(const char *s, size_t len, size_t i)
{
	if (i >= len)
		return len;
	while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
		i++;
	return i;
}

int web_text_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		if (p[i] < 0x20 || p[i] == 0x7F)
			return 0;
		size_t k = utf8_len(p + i, n - i);
		if (!k)
			return 0;
		i += k;
	}
	return 1;
}

#define REPLACEMENT "\xEF\xBF\xBD"

void wb_htmln(struct wbuf *b, const char *s, size_t n)
{
	if (!s)
		return;
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, run = 0; /* bytes [run, i) are copied as they are */
	while (i < n) {
		unsigned c = p[i];
		const char *rep = NULL;
		size_t k = 1;
		if (c == '&')
			rep = "&amp;";
		else if (c == '<')
			rep = "&lt;";
		else if (c == '>')
			rep = "&gt;";
		else if (c == '"')
			rep = "&quot;";
		else if (c == '\'')
			rep = "&#39;";
		else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
			rep = REPLACEMENT;
		else if (c >= 0x80 && !(k = utf8_len(p + i, n - i))) {
			rep = REPLACEMENT;
			k = 1;
		}
		if (rep) {
			wb_add(b, s + run, i - run);
			wb_adds(b, rep);
			i += k;
			run = i;
		} else {
			i += k;
		}
	}
	wb_add(b, s + run, i - run);
}

void wb_html(struct wbuf *b, const char *s)
{
	if (s)
		wb_htmln(b, s, strlen(s));
}

void wb_jsonn(struct wbuf *b, const char *s, size_t n)
{
	if (!s) {
		wb_adds(b, "null");
		return;
	}
	const unsigned char *p = (const unsigned char *)s;
	wb_add(b, "\"", 1);
	size_t i = 0, run = 0;
	while (i < n) {
		unsigned c = p[i];
		char esc[8];
		const char *rep = NULL;
		size_t k = 1;
		if (c == '"')
			rep = "\\\"";
		else if (c == '\\')
			rep = "\\\\";
		else if (c == '\n')
			rep = "\\n";
		else if (c == '\r')
			rep = "\\r";
		else if (c == '\t')
			rep = "\\t";
		else if (c < 0x20 || c == 0x7F || c == '<' || c == '>' || c == '&') {
			snprintf(esc, sizeof esc, "\\u%04x", c);
			rep = esc;
		} else if (c >= 0x80 && !(k = utf8_len(p + i, n - i))) {
			rep = "\\ufffd";
			k = 1;
		}
		if (rep) {
			wb_add(b, s + run, i - run);
			wb_adds(b, rep);
			i += k;
			run = i;
		} else {
			i += k;
		}
	}
	wb_add(b, s + run, i - run);
	wb_add(b, "\"", 1);
}

void wb_json(struct wbuf *b, const char *s)
{
	if (s)
		wb_jsonn(b, s, strlen(s));
	else
		wb_adds(b, "null");
}

void wb_url(struct wbuf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		unsigned c = *p;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == '-' || c == '.' || c == '_' || c == '~') {
			char ch = (char)c;
			wb_add(b, &ch, 1);
		} else {
			char e[3] = {'%', hex[c >> 4], hex[c & 15]};
			wb_add(b, e, 3);
		}
	}
}

void wb_num(struct wbuf *b, long long v)
{
	if (v < 0)
		return;
	char d[32];
	int n = snprintf(d, sizeof d, "%lld", v);
	for (int i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			wb_adds(b, "\xE2\x80\xAF"); /* narrow no-break space */
		wb_add(b, d + i, 1);
	}
}

void wb_amount(struct wbuf *b, double v, const char *currency)
{
	if (v < 0)
		return;
	const char *unit = "";
	if (v >= 1e9)
		v /= 1e9, unit = "bn";
	else if (v >= 1e6)
		v /= 1e6, unit = "m";
	wb_addf(b, "%.4g%s", v, unit);
	if (currency) {
		wb_adds(b, " ");
		wb_html(b, currency);
	}
}

/* --- layout ---------------------------------------------------------------------- */

static const struct {
	const char *key, *href, *label;
} nav_items[] = {
	{"overview", "/", "Overview"},
	{"tracker", "/tracker", "Tracker"},
	{"documents", "/documents", "Documents"},
	{"speakers", "/speakers", "Speakers"},
};

void page_begin(struct web_req *r, const char *title, const char *nav)
{
	struct wbuf *b = &r->body;
	wb_adds(b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
		   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
		   "<title>");
	wb_html(b, title);
	wb_adds(b, " \xE2\x80\x94 dossier</title>"
		   "<link rel=\"stylesheet\" href=\"/static/style.css\">"
		   "<link rel=\"icon\" href=\"/static/icon.svg\" type=\"image/svg+xml\">"
		   "<script src=\"/static/app.js\" defer></script></head>\n<body>"
		   "<header><a class=\"brand\" href=\"/\">dossier</a><nav>");
	for (size_t i = 0; i < sizeof nav_items / sizeof nav_items[0]; i++)
		wb_addf(b, "<a href=\"%s\"%s>%s</a>", nav_items[i].href,
			nav && !strcmp(nav, nav_items[i].key) ? " aria-current=\"page\"" : "",
			nav_items[i].label);
	wb_adds(b, "</nav><form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
		   "<input type=\"search\" name=\"q\" placeholder=\"Search the articles\" "
		   "aria-label=\"Search the articles\" maxlength=\"200\"");
	const char *q = web_param(r, "q");
	if (q && !strcmp(r->path, "/search")) {
		wb_adds(b, " value=\"");
		wb_html(b, q);
		wb_adds(b, "\"");
	}
	wb_adds(b, "><button type=\"submit\">Search</button></form></header>\n<main>");
}

void page_end(struct web_req *r, const char *api)
{
	struct wbuf *b = &r->body;
	wb_adds(b, "</main>\n<footer>");
	if (api) {
		wb_adds(b, "This page as JSON: <a href=\"");
		wb_html(b, api);
		wb_adds(b, "\">");
		wb_html(b, api);
		wb_adds(b, "</a>. ");
	}
	wb_adds(b, "dossier ");
	wb_html(b, dossier_version());
	wb_adds(b, ": military aid to Ukraine as the press reported it; every figure links to "
		   "the sentences it comes from.</footer>\n</body></html>\n");
}
