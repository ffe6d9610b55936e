/*
 * in_html.c: web pages -> main text and metadata (the in_ stage for HTML).
 *
 * The page is parsed into a light tree (in_html_tree.c), the nodes of the
 * article are chosen (in_html_main.c), and their text is written one block
 * (paragraph, heading, list item, quote, table row) per line, datelines
 * left out. Metadata comes from the head: og:title or <title> without the
 * site name (else the first <h1>), the publication date (article meta,
 * JSON-LD, other metas, a <time> of the article, else the dateline), the
 * canonical URL and <html lang>. The text is valid UTF-8 whatever the bytes
 * were.
 */
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "in_html.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MAX_JSON_DEPTH 16

/* --- text ----------------------------------------------------------------- */

static int is_space_at(const char *s, size_t n, size_t i, size_t *w)
{
	unsigned char c = (unsigned char)s[i];
	if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
		*w = 1;
		return 1;
	}
	if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
		*w = 2; /* NBSP */
		return 1;
	}
	return 0;
}

/* Length of the invisible character at s[i] (zero-width space, byte order
 * mark, soft hyphen), else 0: they are dropped, joining what they split. */
static size_t invisible_at(const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s + i;
	if (u[0] == 0xC2 && i + 1 < n && u[1] == 0xAD)
		return 2;
	if (i + 2 < n && ((u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x8B) ||
			  (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)))
		return 3;
	return 0;
}

/* The output line being built: white space collapsed, trimmed. */
struct line_out {
	struct ds_buf *out;
	size_t line_start;      /* where the current line begins in out */
	int space;              /* a space is pending */
	struct ds_buf *dateline; /* if set: datelines go here, not in out */
};

/* Is the line a dateline ("Jeudi 25 janvier 2024", "Nov. 20, 2019 5:52
 * AM EST", "Published: 10:48, Tue, Nov 19, 2019")? Short, no sentence, two
 * numbers at least, and a date with its month in it. */
static int is_dateline(const char *s, size_t n)
{
	if (n > 70 || !n || s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?')
		return 0;
	/* "— Name (@handle) November 15, 2019" closes a quoted tweet */
	if (memchr(s, '@', n) || s[0] == '-' || (unsigned char)s[0] == 0xE2)
		return 0;
	size_t words = 0, nums = 0;
	for (size_t i = 0; i < n;) {
		while (i < n && s[i] == ' ')
			i++;
		if (i == n)
			break;
		int digit = 0;
		for (; i < n && s[i] != ' '; i++)
			digit |= ds_isdigit(s[i]);
		words++;
		nums += (size_t)digit;
	}
	char iso[11];
	return words <= 8 && nums >= 2 && ds_date_parse(s, n, iso) >= 2;
}

static void line_break(struct line_out *lo)
{
	struct ds_buf *b = lo->out;
	if (b->len > lo->line_start) {
		size_t n = b->len - lo->line_start;
		if (lo->dateline && is_dateline(b->ptr + lo->line_start, n)) {
			/* furniture, but the first one may date the page */
			if (!lo->dateline->len)
				ds_buf_add(lo->dateline, b->ptr + lo->line_start, n);
			ds_buf_truncate(b, lo->line_start);
		} else {
			ds_buf_addc(b, '\n');
			lo->line_start = b->len;
		}
	}
	lo->space = 0;
}

/* The end of the word that goes on at s[j]: the next white space or
 * invisible character, or n. */
static size_t word_end(const char *s, size_t n, size_t j)
{
	size_t w;
	while (j < n) {
#ifdef __SSE2__
		/* 16 bytes at a time to the next byte that may end the word:
		 * ASCII white space, or the lead byte of a no-break space, a
		 * typographic space or an invisible character (C2, E2, EF) */
		if (j + 16 <= n) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + j));
			__m128i m = _mm_cmpeq_epi8(v, _mm_set1_epi8(' '));
			m = _mm_or_si128(m, _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(128 - '\t'))),
							   _mm_set1_epi8((char)(-128 + 5))));
			m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2)));
			m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2)));
			m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xEF)));
			unsigned bits = (unsigned)_mm_movemask_epi8(m);
			if (!bits) {
				j += 16;
				continue;
			}
			j += (unsigned)__builtin_ctz(bits);
		}
#endif
		unsigned char c = (unsigned char)s[j];
		if (c < 0x80) {
			/* ASCII white space is ' ' and '\t'..'\r' */
			if (c == ' ' || (c >= '\t' && c <= '\r'))
				break;
		} else if ((c == 0xC2 || c == 0xE2 || c == 0xEF) &&
			   (is_space_at(s, n, j, &w) || invisible_at(s, n, j))) {
			break;
		}
		j++;
	}
	return j;
}

static void line_text(struct line_out *lo, const char *s, size_t n, int pre)
{
	struct ds_buf *b = lo->out;
	size_t i = 0;
	while (i < n) {
		size_t w;
		if (pre && s[i] == '\n') {
			line_break(lo);
			i++;
			continue;
		}
		if (is_space_at(s, n, i, &w)) {
			lo->space = 1;
			i += w;
			continue;
		}
		size_t k = invisible_at(s, n, i);
		if (k) {
			i += k;
			continue;
		}
		/* the run of words from i, with the single spaces between them
		 * (written as they are: they would collapse to themselves) */
		size_t j = word_end(s, n, i + 1);
		while (j + 1 < n && s[j] == ' ' && !is_space_at(s, n, j + 1, &w) &&
		       !invisible_at(s, n, j + 1))
			j = word_end(s, n, j + 2);
		if (lo->space && b->len > lo->line_start)
			ds_buf_addc(b, ' ');
		lo->space = 0;
		ds_buf_add(b, s + i, j - i);
		i = j;
	}
}

/* Writes the text of the kept nodes, a line per block: a text run starts
 * a new line when its nearest block ancestor is not the previous run's, or
 * a <br> came between. */
static void write_text(const struct hx_tree *t, const unsigned char *keep, struct ds_buf *out,
		       struct ds_buf *dateline)
{
	const struct hx_node *nd = t->nodes;
	struct line_out lo = {out, out->len, 0, dateline};
	uint32_t *blk = ds_xmalloc(2 * t->n * sizeof *blk), *cell = blk + t->n;
	uint32_t last_blk = 0, last_cell = 0;
	int pending = 0;
	blk[0] = cell[0] = 0;
	/* a table row is one line, its cells separated by spaces */
	for (uint32_t i = 1; i < t->n; i++) {
		int tag = nd[i].tag;
		uint32_t p = nd[i].parent;
		int cellish = tag == HX_TD || tag == HX_TH;
		blk[i] = HX_IS_BLOCK(tag) && tag != HX_BR && tag != HX_HR && !cellish ? i : blk[p];
		cell[i] = cellish ? i : cell[p];
	}
	for (uint32_t i = 1; i < t->n; i++) {
		if (!keep[i])
			continue;
		const struct hx_node *x = &nd[i];
		if (x->tag == HX_BR || x->tag == HX_HR) {
			pending = 1;
		} else if (x->tag == HX_TEXT) {
			uint32_t b = blk[i];
			if (b != last_blk || pending)
				line_break(&lo);
			else if (cell[i] != last_cell)
				lo.space = 1;
			pending = 0;
			last_blk = b;
			last_cell = cell[i];
			line_text(&lo, t->text.ptr + x->text, x->len, nd[b].tag == HX_PRE);
		}
	}
	line_break(&lo);
	if (out->len && out->ptr[out->len - 1] == '\n')
		ds_buf_truncate(out, out->len - 1);
	free(blk);
}

/* The text of node i's subtree on one line, in b (reset first). */
static void node_text(const struct hx_tree *t, uint32_t i, struct ds_buf *b)
{
	struct line_out lo = {b, 0, 0, NULL};
	ds_buf_reset(b);
	for (uint32_t j = i + 1; j < t->nodes[i].end; j++)
		if (t->nodes[j].tag == HX_TEXT)
			line_text(&lo, t->text.ptr + t->nodes[j].text, t->nodes[j].len, 0);
}

/* --- title ----------------------------------------------------------------- */

static size_t count_words(const char *s, size_t n)
{
	size_t w = 0;
	int in = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ' ')
			in = 0;
		else if (!in)
			in = 1, w++;
	}
	return w;
}

/* Is s[0..n) the site name (letters and digits compared, case folded)? */
static int same_name(const char *s, size_t n, const char *site)
{
	size_t i = 0;
	const char *p = site;
	for (;;) {
		while (i < n && !ds_isalnum(s[i]) && (unsigned char)s[i] < 0x80)
			i++;
		while (*p && !ds_isalnum(*p) && (unsigned char)*p < 0x80)
			p++;
		if (i == n || !*p)
			return i == n && !*p;
		if (ds_tolower(s[i]) != ds_tolower(*p))
			return 0;
		i++, p++;
	}
}

/* The separators between a headline and a site name in <title>. */
static const char *const title_seps[] = {" | ", " - ", " \xe2\x80\x94 ", " \xe2\x80\x93 ",
					 " :: ", " \xc2\xb7 ", " \xc2\xbb ", " // "};

/* The first (or last) separator of s[0..n): its offset, or -1; *seplen
 * gets its length. */
static long find_sep(const char *s, size_t n, int last, size_t *seplen)
{
	long best = -1;
	for (size_t k = 0; k < DS_ARRAY_LEN(title_seps); k++) {
		size_t l = strlen(title_seps[k]);
		for (size_t i = 0; i + l <= n; i++) {
			if (memcmp(s + i, title_seps[k], l))
				continue;
			if (best < 0 || (last ? (long)i > best : (long)i < best)) {
				best = (long)i;
				*seplen = l;
			}
			if (!last)
				break;
		}
	}
	return best;
}

/* <title> without the site name: "Headline | Site" -> "Headline" when the
 * tail is the og:site_name ("Site | Headline" too), or, without a site
 * name, when the tail is a few words after a longer headline. */
static void clean_title(struct ds_buf *b, const char *site)
{
	struct ds_buf c = DS_BUF_INIT;
	struct line_out lo = {&c, 0, 0, NULL};
	line_text(&lo, b->ptr ? b->ptr : "", b->len, 0); /* white space collapsed */
	const char *s = c.ptr ? c.ptr : "";
	size_t n = c.len, sl = 0;
	long k = find_sep(s, n, 1, &sl);
	if (k > 0) {
		const char *tail = s + k + sl;
		size_t tn = n - (size_t)k - sl;
		if (site && same_name(tail, tn, site)) {
			n = (size_t)k;
		} else if (site) {
			long f = find_sep(s, n, 0, &sl);
			if (f > 0 && same_name(s, (size_t)f, site)) {
				s += (size_t)f + sl;
				n -= (size_t)f + sl;
			}
		} else if (count_words(tail, tn) <= 4 && count_words(s, (size_t)k) >= 3 &&
			   tn < (size_t)k) {
			n = (size_t)k;
		}
	}
	ds_buf_reset(b);
	ds_buf_add(b, s, n);
	ds_buf_release(&c);
}

/* --- dates ------------------------------------------------------------------ */

static int article_type(struct json_object *o)
{
	struct json_object *t = ds_json_get(o, "@type");
	const char *s = ds_json_string(t, NULL);
	if (!s && t && json_object_is_type(t, json_type_array) && json_object_array_length(t))
		s = ds_json_string(json_object_array_get_idx(t, 0), NULL);
	if (!s)
		return 0;
	return strstr(s, "Article") || strstr(s, "Posting") || strstr(s, "News") ||
	       strstr(s, "Report");
}

/* The datePublished of a JSON-LD value: an article's first, else any. */
static const char *ld_date(struct json_object *v, int depth, int *rank)
{
	if (depth > MAX_JSON_DEPTH || !v)
		return NULL;
	const char *best = NULL;
	if (json_object_is_type(v, json_type_object)) {
		const char *d = ds_json_string(ds_json_get(v, "datePublished"), NULL);
		if (!d)
			d = ds_json_string(ds_json_get(v, "dateCreated"), NULL);
		if (d && *d) {
			int r = article_type(v) ? 1 : 2;
			if (r < *rank) {
				*rank = r;
				best = d;
			}
			if (r == 1)
				return best;
		}
		json_object_object_foreach(v, key, val)
		{
			(void)key;
			if (val && (json_object_is_type(val, json_type_object) ||
				    json_object_is_type(val, json_type_array))) {
				const char *x = ld_date(val, depth + 1, rank);
				if (x)
					best = x;
				if (*rank == 1)
					return best;
			}
		}
	} else if (json_object_is_type(v, json_type_array)) {
		size_t n = json_object_array_length(v);
		for (size_t i = 0; i < n; i++) {
			const char *x = ld_date(json_object_array_get_idx(v, i), depth + 1, rank);
			if (x)
				best = x;
			if (*rank == 1)
				return best;
		}
	}
	return best;
}

static const char *jsonld_date(struct dossier_doc *doc, const struct hx_tree *t)
{
	const char *p = t->jsonld.ptr, *end = p ? p + t->jsonld.len : NULL;
	const char *found = NULL;
	int rank = 3;
	while (p && p < end) {
		size_t n = strnlen(p, (size_t)(end - p));
		char why[160];
		struct json_object *j = ds_json_parse(p, n, why, sizeof why);
		if (j) {
			const char *d = ld_date(j, 0, &rank);
			if (d)
				found = ds_arena_strdup(&doc->arena, d);
			json_object_put(j);
			if (rank == 1)
				break;
		}
		p += n + 1;
	}
	return found;
}

/* The first <time> (or itemprop date) of the article or next to it. */
static const char *body_date(const struct hx_tree *t, uint32_t top)
{
	for (size_t k = 0; k < t->n_times; k++)
		if (t->nodes[t->times[k].node].flags & HXF_DATE)
			return t->times[k].value;
	uint32_t scope = top ? t->nodes[top].parent : 0;
	if (scope && t->nodes[scope].parent)
		scope = t->nodes[scope].parent;
	for (size_t k = 0; k < t->n_times; k++) {
		uint32_t i = t->times[k].node;
		if (scope <= i && i < t->nodes[scope].end)
			return t->times[k].value;
	}
	return NULL;
}

static const char *lang_code(struct dossier_doc *doc, const char *l)
{
	if (!l || !ds_isalpha(l[0]) || !ds_isalpha(l[1]) || ds_isalpha(l[2]))
		return NULL;
	char c[3] = {(char)ds_tolower(l[0]), (char)ds_tolower(l[1]), 0};
	return ds_arena_strdup(&doc->arena, c);
}

/* A copy of b in the arena, made valid UTF-8; NULL when empty. */
static const char *trimmed(struct dossier_doc *doc, struct ds_buf *b)
{
	struct ds_buf r = DS_BUF_INIT;
	ds_utf8_repair(&r, b->ptr ? b->ptr : "", b->len);
	ds_utf8_fix_c1(&r);
	const char *s = ds_arena_strndup(&doc->arena, r.ptr ? r.ptr : "", r.len);
	ds_buf_release(&r);
	return *s ? s : NULL;
}

/* s itself when it is valid UTF-8, else a repaired copy in the arena. */
static const char *valid(struct dossier_doc *doc, const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s);
	if (ds_utf8_valid_prefix(s, n) == n)
		return s;
	struct ds_buf b = DS_BUF_INIT;
	ds_buf_add(&b, s, n);
	const char *r = trimmed(doc, &b);
	ds_buf_release(&b);
	return r;
}

void ds_html_init(void)
{
	/* libxml2's global state, set up once before any thread parses */
	xmlInitParser();
}

int ds_html_extract(struct dossier_doc *doc, const char *html, size_t len, const char *charset,
		    struct ds_page *page)
{
	struct hx_tree t;
	int rc = ds_html_tree_parse(&t, doc, html, len, charset);
	if (rc < 0) {
		ds_html_tree_release(&t);
		return rc;
	}
	/* title: og:title, else <title> without the site, else the first <h1> */
	struct ds_buf raw = DS_BUF_INIT;
	if (t.og_title) {
		ds_buf_reset(&raw);
		ds_buf_adds(&raw, t.og_title);
		clean_title(&raw, t.og_site); /* og:title too may end in the site */
		page->title = trimmed(doc, &raw);
	}
	if (!page->title && t.title.len) {
		ds_buf_reset(&raw);
		ds_buf_add(&raw, t.title.ptr, t.title.len);
		clean_title(&raw, t.og_site);
		page->title = trimmed(doc, &raw);
	}
	for (uint32_t i = 1; i < t.n && !page->title; i++) {
		if (t.nodes[i].tag == HX_H1) {
			node_text(&t, i, &raw);
			page->title = trimmed(doc, &raw);
		}
	}
	unsigned char *keep = ds_xmalloc(t.n);
	uint32_t top = ds_html_main(&t, page->title, keep);
	/* the bylines of the article dropped from its text ("Par la
	 * rédaction avec AFP"): what outlet they credit is read after */
	if (top) {
		uint32_t lo = t.nodes[top].parent ? t.nodes[top].parent : top;
		struct ds_buf lines = DS_BUF_INIT;
		for (uint32_t i = lo + 1; i < t.nodes[lo].end && lines.len < 1024; i++) {
			if (!(t.nodes[i].flags & HXF_BYLINE) || keep[i] ||
			    t.nodes[i].tag == HX_TEXT)
				continue;
			node_text(&t, i, &raw);
			if (raw.len && raw.len < 200 && !memchr(raw.ptr, '\n', raw.len)) {
				if (lines.len)
					ds_buf_addc(&lines, '\n');
				ds_buf_add(&lines, raw.ptr, raw.len);
			}
			i = t.nodes[i].end - 1; /* (not its descendants again) */
		}
		page->bylines = lines.len ? trimmed(doc, &lines) : NULL;
		ds_buf_release(&lines);
	}
	ds_buf_reset(&raw);
	struct ds_buf dateline = DS_BUF_INIT;
	write_text(&t, keep, &raw, &dateline);
	ds_utf8_repair(&page->body, raw.ptr ? raw.ptr : "", raw.len);
	ds_utf8_fix_c1(&page->body);

	/* the date: the first source that holds one (some hold "0001-01-01") */
	const char *dates[] = {t.published, jsonld_date(doc, &t), t.meta_date,
			       body_date(&t, top), NULL};
	if (dateline.len)
		dates[4] = ds_arena_strndup(&doc->arena, dateline.ptr, dateline.len);
	for (size_t i = 0; i < DS_ARRAY_LEN(dates) && !page->date; i++) {
		char iso[11];
		if (dates[i] && ds_date_parse(dates[i], strlen(dates[i]), iso))
			page->date = dates[i];
	}
	ds_buf_release(&dateline);
	page->url = t.canonical ? t.canonical : t.og_url;
	page->date = valid(doc, page->date);
	page->url = valid(doc, page->url);
	page->lang = lang_code(doc, t.lang);
	if (!page->lang)
		page->lang = lang_code(doc, t.locale);
	ds_buf_release(&raw);
	free(keep);
	ds_html_tree_release(&t);
	return 0;
}
