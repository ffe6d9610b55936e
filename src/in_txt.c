/*
 * in_txt.c: plain-text articles (.txt files, JSONL "text" fields).
 *
 * records.md "Inputs": the first non-empty line is the title, the rest the
 * body; a leading " date YYYY-MM[-DD]" token is the publication date (it may
 * stand on the title's line). The title stays the first paragraph of the
 * body, so that quotes and facts stated in it are found and every offset
 * points into one text.
 *
 * Text scraped from web pages often keeps some of their markup: inline
 * tags ("long-range<a href=...> Storm Shadow missiles</a>") and character
 * entities ("&eacute;", "&#8217;"). Tags of HTML elements are removed
 * (a block element's tag ends a line; a script or style element goes
 * whole) and entities are decoded with libxml2's table, before the text is
 * read; anything else with "<" or "&" stays as written.
 */
#include <string.h>

#include <libxml/HTMLparser.h>

#include "ds.h"

/* Parses a "date YYYY[-MM[-DD]]" marker at s; returns its length (with the
 * spaces after it) and copies the date into out, or returns 0. */
static size_t date_marker(const char *s, size_t len, char out[11])
{
	size_t i = 0;
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (len - i < 9 || strncmp(s + i, "date ", 5))
		return 0;
	i += 5;
	size_t start = i;
	while (i < len && (ds_isdigit(s[i]) || s[i] == '-') && i - start < 10)
		i++;
	size_t n = i - start;
	if (!(n == 4 || n == 7 || n == 10) || (i < len && !ds_isspace(s[i])))
		return 0;
	char tmp[11];
	memcpy(tmp, s + start, n);
	tmp[n] = '\0';
	if (ds_date_parse(tmp, n, out) == 0)
		return 0;
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

/* The HTML elements whose tags are removed, and whether the tag ends a
 * line (1) or the element goes whole (2). */
static int element_kind(const char *name, size_t n)
{
	static const struct {
		const char *name;
		int kind;
	} els[] = {
		{"a", 0},      {"abbr", 0},   {"b", 0},       {"big", 0},    {"cite", 0},
		{"code", 0},   {"em", 0},     {"font", 0},    {"i", 0},      {"img", 0},
		{"ins", 0},    {"del", 0},    {"mark", 0},    {"q", 0},      {"s", 0},
		{"small", 0},  {"span", 0},   {"strong", 0},  {"sub", 0},    {"sup", 0},
		{"time", 0},   {"u", 0},      {"wbr", 0},     {"br", 1},     {"p", 1},
		{"div", 1},    {"li", 1},     {"ul", 1},      {"ol", 1},     {"h1", 1},
		{"h2", 1},     {"h3", 1},     {"h4", 1},      {"h5", 1},     {"h6", 1},
		{"blockquote", 1}, {"figure", 1}, {"figcaption", 1}, {"hr", 1}, {"tr", 1},
		{"td", 0},     {"th", 0},     {"table", 1},   {"section", 1}, {"article", 1},
		{"iframe", 2}, {"script", 2}, {"style", 2},
	};
	char low[16];
	if (!n || n >= sizeof low)
		return -1;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)ds_tolower(name[i]);
	low[n] = '\0';
	for (size_t i = 0; i < DS_ARRAY_LEN(els); i++)
		if (!strcmp(low, els[i].name))
			return els[i].kind;
	return -1;
}

/* The length of the tag of an HTML element at s[0] ('<'), its kind in
 * *kind and whether it closes in *closing; 0 when none starts there. */
static size_t tag_at(const char *s, size_t len, int *kind, int *closing)
{
	size_t i = 1;
	*closing = i < len && s[i] == '/';
	i += (size_t)*closing;
	size_t a = i;
	while (i < len && ds_isalnum(s[i]))
		i++;
	*kind = element_kind(s + a, i - a);
	if (*kind < 0 || i >= len || !(s[i] == '>' || s[i] == '/' || ds_isspace(s[i])))
		return 0;
	/* attributes, on one line and without another '<' */
	for (size_t k = i; k < len && k < i + 2000; k++) {
		if (s[k] == '>')
			return k + 1;
		if (s[k] == '<' || s[k] == '\n')
			return 0;
	}
	return 0;
}

/* An entity at s[0] ('&'): its length, its UTF-8 bytes in out (*n), or 0. */
static size_t entity_at(const char *s, size_t len, char out[4], size_t *n)
{
	size_t i = 1;
	uint32_t cp = 0;
	if (i < len && s[i] == '#') {
		i++;
		int hex = i < len && (s[i] == 'x' || s[i] == 'X');
		i += (size_t)hex;
		size_t a = i;
		while (i < len && i - a < 7 && (hex ? ds_isxdigit(s[i]) : ds_isdigit(s[i]))) {
			int d = ds_isdigit(s[i]) ? s[i] - '0' : (ds_tolower(s[i]) - 'a' + 10);
			cp = cp * (hex ? 16u : 10u) + (uint32_t)d;
			i++;
		}
		if (i == a || i >= len || s[i] != ';' || !cp || cp > 0x10FFFF ||
		    (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
	} else {
		char name[16];
		size_t a = i;
		while (i < len && i - a < sizeof name - 1 && ds_isalnum(s[i]))
			i++;
		if (i == a || i >= len || s[i] != ';')
			return 0;
		memcpy(name, s + a, i - a);
		name[i - a] = '\0';
		const htmlEntityDesc *e = htmlEntityLookup((const xmlChar *)name);
		if (!e)
			return 0;
		cp = e->value;
	}
	if (cp == 0xA0)
		cp = ' ';
	*n = ds_utf8_encode(cp, out);
	return i + 1;
}

/* s without the tags of HTML elements and with its entities decoded, into
 * out; 0 when there was nothing to change (out untouched). */
static int strip_markup(struct ds_buf *out, const char *s, size_t len)
{
	if (!memchr(s, '<', len) && !memchr(s, '&', len))
		return 0;
	int changed = 0, unclosed = 0;
	size_t i = 0;
	ds_buf_reserve(out, len);
	/* the next '<' and '&', each found again only once passed (a text of
	 * many tags and no '&' is not scanned to its end at every tag) */
	const char *lt = memchr(s, '<', len), *amp = memchr(s, '&', len);
	while (i < len) {
		if (lt && lt < s + i)
			lt = memchr(s + i, '<', len - i);
		if (amp && amp < s + i)
			amp = memchr(s + i, '&', len - i);
		const char *p = !lt ? amp : !amp ? lt : lt < amp ? lt : amp;
		if (!p) {
			ds_buf_add(out, s + i, len - i);
			break;
		}
		size_t at = (size_t)(p - s);
		ds_buf_add(out, s + i, at - i);
		i = at;
		if (*p == '&') {
			char u[4];
			size_t n = 0, k = entity_at(s + at, len - at, u, &n);
			if (k) {
				ds_buf_add(out, u, n);
				i += k;
				changed = 1;
			} else {
				ds_buf_addc(out, '&');
				i++;
			}
			continue;
		}
		int kind, closing;
		size_t k = tag_at(s + at, len - at, &kind, &closing);
		if (!k) {
			ds_buf_addc(out, '<');
			i++;
			continue;
		}
		changed = 1;
		i += k;
		if (kind == 1)
			ds_buf_addc(out, '\n');
		if (kind == 2 && !closing && !unclosed) {
			/* the element whole: to its closing tag, if any (once none
			 * is found, none is looked for again: the scan stays linear) */
			size_t j = i;
			for (; j < len; j++) {
				int k2, c2;
				size_t t = s[j] == '<' ? tag_at(s + j, len - j, &k2, &c2) : 0;
				if (t && c2 && k2 == 2) {
					i = j + t;
					break;
				}
			}
			unclosed = j >= len;
		}
	}
	return changed;
}

static void parse_plain(struct dossier_doc *doc, const char *s, size_t len, int title_in_body,
			struct ds_page *page);

void ds_txt_parse(struct dossier_doc *doc, const char *s, size_t len, int title_in_body,
		  struct ds_page *page)
{
	struct ds_buf plain = DS_BUF_INIT;
	if (strip_markup(&plain, s, len)) {
		parse_plain(doc, plain.ptr, plain.len, title_in_body, page);
		ds_buf_release(&plain);
		return;
	}
	ds_buf_release(&plain);
	parse_plain(doc, s, len, title_in_body, page);
}

static void parse_plain(struct dossier_doc *doc, const char *s, size_t len, int title_in_body,
			struct ds_page *page)
{
	char date[11];
	size_t i = 0;
	/* skip blank lines before the marker or title */
	while (i < len && ds_isspace(s[i])) {
		size_t j = i;
		while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
			j++;
		if (j < len && s[j] == '\n')
			i = j + 1;
		else
			break;
	}
	size_t m = date_marker(s + i, len - i, date);
	if (m) {
		page->date = ds_arena_strdup(&doc->arena, date);
		i += m;
	}
	if (title_in_body) {
		while (i < len && ds_isspace(s[i]))
			i++;
		const char *nl = memchr(s + i, '\n', len - i);
		size_t n = nl ? (size_t)(nl - (s + i)) : len - i;
		size_t k = n;
		while (k && ds_isspace(s[i + k - 1]))
			k--;
		if (k)
			page->title = ds_arena_strndup(&doc->arena, s + i, k);
	}
	ds_buf_add(&page->body, s + i, len - i);
}
