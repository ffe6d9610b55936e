/*
 * in_html_tree.c: HTML bytes -> the light tree of in_html.h, through
 * libxml2's SAX interface (libxml2 is the one HTML parser allowed; its DOM
 * costs more than the whole extraction). The bytes are decoded as the HTML
 * standard sniffs them (valid UTF-8 first, then HTTP, then <meta>), script
 * and style bodies are left out before libxml2 sees them, and elements that
 * never hold article text (svg, form controls, iframes) stay out of the
 * tree; the rest become nodes with a tag kind, flags and a class/id weight,
 * and character data becomes text runs. The <head> metadata, <html lang>,
 * ld+json scripts and <time> elements are collected on the way. Every
 * buffer has a ceiling, and so has the nesting depth.
 */
#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/parserInternals.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "in_html.h"

/* Ceilings. libxml2 keeps a stack of open elements and searches it for
 * end tags, so a page nested deeper than any real one (they stay under 100)
 * is cut there; so is one of more nodes than any real page has. */
#define MAX_DEPTH 1000
#define MAX_NODES (2u << 20)
#define MAX_TITLE 2048
#define MAX_JSONLD (1u << 20)
#define MAX_ATTR 2048
#define MAX_HINT 256
#define MAX_ATTRS 256

struct tag_name {
	const char *name;
	unsigned char tag;
};

/* Sorted by name for bsearch. Tags not listed are HX_INLINE. */
static const struct tag_name tag_names[] = {
	{"a", HX_A},
	{"address", HX_ADDRESS},
	{"applet", HX_SKIP},
	{"area", HX_SKIP},
	{"article", HX_ARTICLE},
	{"aside", HX_ASIDE},
	{"audio", HX_SKIP},
	{"blockquote", HX_BLOCKQUOTE},
	{"body", HX_BODY},
	{"br", HX_BR},
	{"button", HX_SKIP},
	{"canvas", HX_SKIP},
	{"caption", HX_CAPTION},
	{"center", HX_BLOCK},
	{"datalist", HX_SKIP},
	{"dd", HX_DD},
	{"details", HX_BLOCK},
	{"dialog", HX_SKIP},
	{"dir", HX_UL},
	{"div", HX_DIV},
	{"dl", HX_DL},
	{"dt", HX_DT},
	{"embed", HX_EMBED},
	{"fieldset", HX_BLOCK},
	{"figcaption", HX_FIGCAPTION},
	{"figure", HX_FIGURE},
	{"footer", HX_FOOTER},
	{"form", HX_FORM},
	{"frame", HX_SKIP},
	{"frameset", HX_SKIP},
	{"h1", HX_H1},
	{"h2", HX_H2},
	{"h3", HX_H3},
	{"h4", HX_H4},
	{"h5", HX_H5},
	{"h6", HX_H6},
	{"head", HX_HEAD},
	{"header", HX_HEADER},
	{"hgroup", HX_BLOCK},
	{"hr", HX_HR},
	{"html", HX_BLOCK},
	{"iframe", HX_EMBED},
	{"img", HX_IMG},
	{"input", HX_INPUT},
	{"legend", HX_BLOCK},
	{"li", HX_LI},
	{"main", HX_MAIN},
	{"map", HX_SKIP},
	{"math", HX_SKIP},
	{"menu", HX_UL},
	{"nav", HX_NAV},
	{"noembed", HX_SKIP},
	{"noframes", HX_SKIP},
	{"noscript", HX_SKIP},
	{"object", HX_EMBED},
	{"ol", HX_OL},
	{"optgroup", HX_SKIP},
	{"option", HX_SKIP},
	{"p", HX_P},
	{"picture", HX_INLINE},
	{"pre", HX_PRE},
	{"script", HX_SKIP},
	{"section", HX_SECTION},
	{"select", HX_SKIP},
	{"style", HX_SKIP},
	{"summary", HX_BLOCK},
	{"svg", HX_SKIP},
	{"table", HX_TABLE},
	{"tbody", HX_BLOCK},
	{"td", HX_TD},
	{"template", HX_SKIP},
	{"textarea", HX_SKIP},
	{"tfoot", HX_BLOCK},
	{"th", HX_TH},
	{"thead", HX_BLOCK},
	{"time", HX_TIME},
	{"title", HX_SKIP},
	{"tr", HX_TR},
	{"ul", HX_UL},
	{"video", HX_EMBED},
};

/* The table is sorted: the names of one first letter are a run of it, and
 * a name is looked for in its letter's run only. */
static uint8_t run_start[27], run_end[27];
static pthread_once_t runs_once = PTHREAD_ONCE_INIT;
_Static_assert(DS_ARRAY_LEN(tag_names) < 256, "tag indices fit a byte");

static void runs_build(void)
{
	for (size_t i = DS_ARRAY_LEN(tag_names); i-- > 0;) {
		int c = tag_names[i].name[0] - 'a';
		run_start[c] = (uint8_t)i;
		if (!run_end[c])
			run_end[c] = (uint8_t)(i + 1);
	}
}

static int tag_of(const char *name)
{
	unsigned c = (unsigned char)name[0] - 'a';
	if (c >= 26)
		return HX_INLINE;
	pthread_once(&runs_once, runs_build);
	for (unsigned i = run_start[c]; i < run_end[c]; i++)
		if (!strcmp(name + 1, tag_names[i].name + 1))
			return tag_names[i].tag;
	return HX_INLINE;
}


/* --- class and id hints ------------------------------------------------- */

/* Class/id words, matched in a hint string lower-cased with every run of
 * other characters and every camelCase hump turned into one '-', framed by
 * '-': "-article-body-". A leading '-' in a pattern anchors it at a word
 * start, a trailing one at a word end; without, it matches inside words.
 * These are web-wide conventions (CMS themes, schema names), not fits to
 * particular sites. */
struct hint {
	const char *pat;
	int weight;
	unsigned flags;
};

static const struct hint hints[] = {
	/* where the article is */
	{"article", 25, HXF_MAYBE},
	{"-body", 25, HXF_MAYBE},
	{"content", 25, HXF_MAYBE},
	{"-entry-", 25, HXF_MAYBE},
	{"hentry", 25, HXF_MAYBE},
	{"-main-", 25, HXF_MAYBE},
	{"-post-", 20, 0},
	{"-text-", 20, 0},
	{"story", 25, HXF_MAYBE},
	{"-blog-", 10, 0},
	{"prose", 25, HXF_MAYBE},
	/* page furniture */
	{"comment", -25, HXF_UNLIKELY | HXF_COMMENTS},
	{"disqus", -25, HXF_UNLIKELY | HXF_COMMENTS},
	{"respond", -25, HXF_UNLIKELY | HXF_COMMENTS},
	{"-reply", -25, HXF_UNLIKELY | HXF_COMMENTS},
	{"sidebar", -25, HXF_UNLIKELY},
	{"-side-bar", -25, HXF_UNLIKELY},
	{"-rail-", -25, HXF_UNLIKELY},
	{"footer", -25, HXF_UNLIKELY},
	{"-foot-", -25, HXF_UNLIKELY},
	{"masthead", -25, HXF_UNLIKELY},
	{"-header", -10, HXF_UNLIKELY},
	{"-menu", -25, HXF_UNLIKELY},
	{"-nav-", -25, HXF_UNLIKELY},
	{"-navbar", -25, HXF_UNLIKELY},
	{"navigation", -25, HXF_UNLIKELY},
	{"breadcrumb", -25, HXF_UNLIKELY},
	{"related", -25, HXF_UNLIKELY | HXF_NOT_TEXT},
	{"recommend", -25, HXF_UNLIKELY | HXF_NOT_TEXT},
	{"-more-stories", -25, HXF_UNLIKELY | HXF_NOT_TEXT},
	{"-more-articles", -25, HXF_UNLIKELY | HXF_NOT_TEXT},
	{"-read-more-", -10, HXF_UNLIKELY},
	{"-readmore", -10, HXF_UNLIKELY},
	{"trending", -25, HXF_UNLIKELY | HXF_NOT_TEXT},
	{"popular", -25, HXF_UNLIKELY | HXF_NOT_TEXT},
	{"-most-read", -25, HXF_UNLIKELY | HXF_NOT_TEXT},
	{"-most-viewed", -25, HXF_UNLIKELY | HXF_NOT_TEXT},
	{"outbrain", -25, HXF_UNLIKELY | HXF_NOT_TEXT},
	{"taboola", -25, HXF_UNLIKELY | HXF_NOT_TEXT},
	{"share", -25, HXF_UNLIKELY | HXF_SHARE | HXF_NOT_TEXT},
	{"sharing", -25, HXF_UNLIKELY | HXF_SHARE | HXF_NOT_TEXT},
	{"social", -5, 0},
	{"-addthis", -25, HXF_UNLIKELY | HXF_SHARE | HXF_NOT_TEXT},
	{"-follow-", -25, HXF_UNLIKELY | HXF_SHARE},
	{"sponsor", -25, HXF_UNLIKELY | HXF_NOT_TEXT},
	{"-ad-", -25, HXF_UNLIKELY | HXF_NOT_TEXT},
	{"-ads-", -25, HXF_UNLIKELY | HXF_NOT_TEXT},
	{"-adv-", -25, HXF_UNLIKELY},
	{"advert", -25, HXF_UNLIKELY | HXF_NOT_TEXT},
	{"-dfp-", -25, HXF_UNLIKELY},
	{"-gpt-", -25, HXF_UNLIKELY},
	{"-banner", -25, HXF_UNLIKELY},
	{"promo", -25, HXF_UNLIKELY | HXF_NOT_TEXT},
	{"newsletter", -25, HXF_UNLIKELY | HXF_NOT_TEXT},
	{"subscri", -25, HXF_UNLIKELY},
	{"-signup", -25, HXF_UNLIKELY},
	{"-sign-up", -25, HXF_UNLIKELY},
	{"cookie", -25, HXF_UNLIKELY | HXF_NOT_TEXT},
	{"consent", -25, HXF_UNLIKELY | HXF_NOT_TEXT},
	{"-gdpr", -25, HXF_UNLIKELY | HXF_NOT_TEXT},
	{"popup", -25, HXF_UNLIKELY},
	{"-modal", -25, HXF_UNLIKELY},
	{"-overlay", -25, HXF_UNLIKELY},
	{"pagination", -25, HXF_UNLIKELY},
	{"-pager-", -25, HXF_UNLIKELY},
	{"-widget", -25, HXF_UNLIKELY},
	{"-tags-", -25, HXF_UNLIKELY},
	{"-tag-", -25, HXF_UNLIKELY},
	{"-tag-list", -25, HXF_UNLIKELY},
	{"-taglist", -25, HXF_UNLIKELY},
	{"-topics-", -15, HXF_UNLIKELY},
	{"-keywords-", -15, HXF_UNLIKELY},
	{"-rating", -25, HXF_UNLIKELY},
	{"-toolbar", -25, HXF_UNLIKELY},
	{"-tools-", -25, HXF_UNLIKELY},
	{"-skip-", -25, HXF_UNLIKELY},
	{"-print-", -10, HXF_UNLIKELY},
	{"-rss-", -25, HXF_UNLIKELY},
	{"-contact-", -10, HXF_UNLIKELY},
	{"-meta-", -15, HXF_UNLIKELY},
	/* small furniture around the text */
	{"caption", -10, HXF_CAPTION},
	{"-credit", -10, HXF_CAPTION},
	{"-byline", -10, HXF_BYLINE},
	{"-author", -10, HXF_BYLINE},
	{"-dateline", -10, HXF_BYLINE},
	{"-timestamp", -10, HXF_BYLINE},
	{"-published-", -10, HXF_BYLINE},
	{"-posted-", -10, HXF_BYLINE},
	{"-date-", -10, HXF_BYLINE},
	{"-dates-", -10, HXF_BYLINE},
	{"-pubdate", -10, HXF_BYLINE},
	{"-publish", -10, HXF_BYLINE},
	{"-updated", -10, HXF_BYLINE},
	{"-created", -10, HXF_BYLINE},
	{"-postinfo", -10, HXF_BYLINE},
	{"-post-info", -10, HXF_BYLINE},
	{"-reading-time", -10, HXF_BYLINE},
	{"-read-time", -10, HXF_BYLINE},
	{"-about-author", -25, HXF_BYLINE | HXF_NOT_TEXT},
	{"-author-bio", -25, HXF_BYLINE | HXF_NOT_TEXT},
	{"-author-box", -25, HXF_BYLINE | HXF_NOT_TEXT},
	{"-author-info", -25, HXF_BYLINE | HXF_NOT_TEXT},
	/* the standfirst: a summary above the text, not the text */
	{"standfirst", -5, HXF_LEAD},
	{"-dek-", -5, HXF_LEAD},
	{"-lead-", -5, HXF_LEAD},
	{"-lede-", -5, HXF_LEAD},
	{"-subtitle", -5, HXF_LEAD},
	{"-sub-title", -5, HXF_LEAD},
	{"-strapline", -5, HXF_LEAD},
	{"-excerpt", -5, HXF_LEAD},
};

_Static_assert(DS_ARRAY_LEN(hints) < 255, "hint indices are bytes");

/* Appends the hint form of an attribute value to h ("articleBody main" ->
 * "article-body-main-"), at most MAX_HINT bytes in all. */
static size_t hint_add(char *h, size_t n, const char *v)
{
	char prev = 'a';
	for (; *v && n + 2 < MAX_HINT; v++) {
		char c = *v;
		if (ds_isupper(c) && ds_islower(prev) && h[n - 1] != '-')
			h[n++] = '-';
		if (ds_isalnum(c))
			h[n++] = (char)ds_tolower(c);
		else if (h[n - 1] != '-')
			h[n++] = '-';
		prev = c;
	}
	if (h[n - 1] != '-')
		h[n++] = '-';
	return n;
}

/* The hints indexed by their first two bytes, so that matching costs a
 * look-up per position of the hint string instead of a search per hint. */
#define HINT_BUCKETS 256
struct hint_index {
	unsigned char head[HINT_BUCKETS]; /* 1 + first hint of a bucket, 0 none */
	unsigned char next[DS_ARRAY_LEN(hints)];
	unsigned char len[DS_ARRAY_LEN(hints)];
};

static unsigned bucket(const char *p)
{
	return ((unsigned char)p[0] * 31u + (unsigned char)p[1]) % HINT_BUCKETS;
}

static void hint_index_init(struct hint_index *x)
{
	memset(x->head, 0, sizeof x->head);
	for (size_t i = DS_ARRAY_LEN(hints); i-- > 0;) {
		unsigned b = bucket(hints[i].pat);
		x->len[i] = (unsigned char)strlen(hints[i].pat);
		x->next[i] = x->head[b];
		x->head[b] = (unsigned char)(i + 1);
	}
}

static void classify(const struct hint_index *x, const char *h, size_t n, struct hx_node *node)
{
	uint64_t seen[(DS_ARRAY_LEN(hints) + 63) / 64] = {0};
	int w = 0;
	unsigned f = 0;
	for (size_t i = 0; i + 1 < n; i++) {
		for (unsigned k = x->head[bucket(h + i)]; k; k = x->next[k - 1]) {
			size_t j = k - 1, l = x->len[j];
			if (l > n - i || memcmp(h + i, hints[j].pat, l) ||
			    (seen[j / 64] & (1ull << (j % 64))))
				continue;
			seen[j / 64] |= 1ull << (j % 64);
			w += hints[j].weight;
			f |= hints[j].flags;
		}
	}
	if (w > 100)
		w = 100;
	if (w < -100)
		w = -100;
	node->weight = (int8_t)w;
	node->flags |= (uint16_t)f;
}

/* Does a class attribute hold a class that hides the element? Whole
 * classes only: "field-label-hidden" hides a label, not its field. */
static int class_hides(const char *v)
{
	static const char *const hide[] = {
		"hidden", "hide", "is-hidden", "d-none", "sr-only", "visually-hidden",
		"visuallyhidden", "screen-reader-text", "element-invisible", "element-hidden",
		"offscreen", "u-hidden", "invisible", "hide-text", "screenreader-only",
	};
	while (*v) {
		while (*v && ds_isspace(*v))
			v++;
		const char *w = v;
		while (*v && !ds_isspace(*v))
			v++;
		size_t n = (size_t)(v - w);
		for (size_t i = 0; n && i < DS_ARRAY_LEN(hide); i++)
			if (strlen(hide[i]) == n && !memcmp(w, hide[i], n))
				return 1;
	}
	return 0;
}

/* FNV-1a of a class attribute; never 0. */
static uint32_t class_hash(const char *v)
{
	uint32_t h = 2166136261u;
	for (; *v; v++)
		h = (h ^ (unsigned char)*v) * 16777619u;
	return h ? h : 1;
}

static int has_word(const char *v, const char *word)
{
	size_t k = strlen(word);
	for (const char *p = v; (p = strstr(p, word)) != NULL; p += k)
		if ((p == v || !ds_isalnum(p[-1])) && !ds_isalnum(p[k]))
			return 1;
	return 0;
}

static int ieq(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (ds_tolower(*a) != ds_tolower(*b))
			return 0;
	return *a == *b;
}

/* Is an ARIA role one of the page's furniture? */
static int furniture_role(const char *v)
{
	static const char *const roles[] = {
		"navigation", "menu", "menubar", "complementary", "dialog", "alertdialog",
		"banner", "contentinfo", "search", "alert",
	};
	for (size_t i = 0; i < DS_ARRAY_LEN(roles); i++)
		if (ieq(v, roles[i]))
			return 1;
	return 0;
}

/* Does a style attribute hide the element? */
static int style_hides(const char *s)
{
	char c[128];
	size_t n = 0;
	for (; *s && n + 1 < sizeof c; s++)
		if (!ds_isspace(*s))
			c[n++] = (char)ds_tolower(*s);
	c[n] = 0;
	return strstr(c, "display:none") || strstr(c, "visibility:hidden");
}

/* The parse state behind the SAX callbacks. */
struct sax_state {
	struct hx_tree *t;
	struct dossier_doc *doc;
	htmlParserCtxtPtr ctxt;
	uint32_t cur;    /* the open node */
	size_t depth;    /* open nodes */
	size_t skip;     /* depth inside a skipped element */
	int in_head;     /* inside <head> */
	int in_title;    /* inside the first <title> */
	int title_done;
	int in_jsonld;   /* inside an ld+json script */
	int last_text;   /* the last node is a text run that may grow */
	struct hint_index hints;
};

/* --- metadata ------------------------------------------------------------ */

static const char *arena_attr(struct sax_state *st, const char *v)
{
	size_t n = strlen(v);
	while (n && ds_isspace(v[n - 1]))
		n--;
	while (n && ds_isspace(*v))
		v++, n--;
	if (n > MAX_ATTR)
		n = MAX_ATTR;
	return ds_arena_strndup(&st->doc->arena, v, n);
}

/* Names of <meta> dates, best first; article:published_time ranks above
 * all and is kept apart. */
static int date_rank(const char *name)
{
	static const char *const names[] = {
		"datepublished", "og:published_time", "article.published", "publish-date",
		"publishdate", "publish_date", "published_time", "pubdate", "parsely-pub-date",
		"sailthru.date", "dc.date.issued", "dcterms.issued", "dcterms.created",
		"citation_publication_date", "article_date_original", "dc.date", "dcterms.date",
		"date", "original-publish-date", "og:updated_time", "article:modified_time",
	};
	for (size_t i = 0; i < DS_ARRAY_LEN(names); i++)
		if (ieq(name, names[i]))
			return (int)i + 1;
	return 0;
}

static void on_meta(struct sax_state *st, const xmlChar **atts)
{
	const char *name = NULL, *content = NULL;
	for (size_t i = 0; atts && atts[i]; i += 2) {
		const char *a = (const char *)atts[i], *v = (const char *)atts[i + 1];
		if (!v)
			continue;
		if (!strcmp(a, "property") || !strcmp(a, "name") || !strcmp(a, "itemprop"))
			name = name ? name : v;
		else if (!strcmp(a, "content"))
			content = v;
	}
	if (!name || !content || !*content)
		return;
	struct hx_tree *t = st->t;
	if (ieq(name, "og:title")) {
		if (!t->og_title)
			t->og_title = arena_attr(st, content);
	} else if (ieq(name, "og:url")) {
		if (!t->og_url)
			t->og_url = arena_attr(st, content);
	} else if (ieq(name, "og:site_name")) {
		if (!t->og_site)
			t->og_site = arena_attr(st, content);
	} else if (ieq(name, "og:locale")) {
		if (!t->locale)
			t->locale = arena_attr(st, content);
	} else if (ieq(name, "article:published_time")) {
		if (!t->published)
			t->published = arena_attr(st, content);
	} else {
		int r = date_rank(name);
		if (r && (!t->meta_date || r < t->meta_date_rank)) {
			t->meta_date = arena_attr(st, content);
			t->meta_date_rank = r;
		}
	}
}

static void on_link(struct sax_state *st, const xmlChar **atts)
{
	const char *rel = NULL, *href = NULL;
	for (size_t i = 0; atts && atts[i]; i += 2) {
		const char *a = (const char *)atts[i], *v = (const char *)atts[i + 1];
		if (!v)
			continue;
		if (!strcmp(a, "rel"))
			rel = v;
		else if (!strcmp(a, "href"))
			href = v;
	}
	if (rel && href && *href && !st->t->canonical && ieq(rel, "canonical"))
		st->t->canonical = arena_attr(st, href);
}

/* --- tree building -------------------------------------------------------- */

/* A new node under the open one; 0 past the node ceiling. */
static uint32_t add_node(struct sax_state *st, int tag)
{
	struct hx_tree *t = st->t;
	if (t->n >= MAX_NODES)
		return 0;
	if (t->n == t->cap)
		ds_grow(&t->nodes, &t->cap, t->n + 1, sizeof *t->nodes);
	struct hx_node *node = &t->nodes[t->n];
	memset(node, 0, sizeof *node);
	node->parent = st->cur;
	node->tag = (uint8_t)tag;
	node->end = (uint32_t)t->n + 1;
	return (uint32_t)t->n++;
}

static void add_time(struct sax_state *st, uint32_t node, const char *v)
{
	struct hx_tree *t = st->t;
	if (t->n_times >= 64)
		return;
	if (t->n_times == t->cap_times)
		ds_grow(&t->times, &t->cap_times, t->n_times + 1, sizeof *t->times);
	t->times[t->n_times].node = node;
	t->times[t->n_times].value = arena_attr(st, v);
	t->n_times++;
}

/* The attributes of a tree element: hints, flags, dates. */
static void read_attrs(struct sax_state *st, uint32_t i, const xmlChar **atts)
{
	struct hx_node *node = &st->t->nodes[i];
	char h[MAX_HINT];
	size_t hn = 1;
	const char *datetime = NULL, *content = NULL;
	int date_prop = 0;
	h[0] = '-';
	for (size_t k = 0; atts && atts[k]; k += 2) {
		const char *a = (const char *)atts[k], *v = (const char *)atts[k + 1];
		switch (a[0]) {
		case 'a':
			if (v && !strcmp(a, "aria-hidden") && ieq(v, "true"))
				node->flags |= HXF_HIDDEN;
			break;
		case 'c':
			if (v && !strcmp(a, "class")) {
				node->cls = class_hash(v);
				hn = hint_add(h, hn, v);
				if (class_hides(v))
					node->flags |= HXF_HIDDEN;
			} else if (v && !strcmp(a, "content")) {
				content = v;
			}
			break;
		case 'd':
			if (v && !strcmp(a, "datetime"))
				datetime = v;
			break;
		case 'h':
			if (!strcmp(a, "hidden"))
				node->flags |= HXF_HIDDEN;
			else if (v && *v && !strcmp(a, "href") && strncmp(v, "javascript:", 11))
				node->flags |= HXF_HREF;
			break;
		case 'i':
			if (v && !strcmp(a, "id"))
				hn = hint_add(h, hn, v);
			else if (v && !strcmp(a, "itemprop")) {
				if (has_word(v, "articleBody"))
					node->flags |= HXF_BODY_PROP;
				else if (has_word(v, "datePublished"))
					date_prop = 1;
				else if (has_word(v, "author") || has_word(v, "dateModified"))
					node->flags |= HXF_BYLINE;
			}
			break;
		case 'r':
			if (v && !strcmp(a, "role")) {
				if (ieq(v, "main"))
					node->flags |= HXF_MAIN_ROLE;
				else if (furniture_role(v))
					node->flags |= HXF_FURNITURE;
			} else if (v && !strcmp(a, "rel") && has_word(v, "author")) {
				node->flags |= HXF_BYLINE;
			}
			break;
		case 's':
			if (v && !strcmp(a, "style") && style_hides(v))
				node->flags |= HXF_HIDDEN;
			break;
		default:
			break;
		}
	}
	if (hn > 1)
		classify(&st->hints, h, hn, node);
	if (date_prop) {
		node->flags |= HXF_DATE;
		if (datetime || content)
			add_time(st, i, datetime ? datetime : content);
	} else if (node->tag == HX_TIME && datetime) {
		add_time(st, i, datetime);
	}
}

static void on_start(void *ctx, const xmlChar *xname, const xmlChar **atts)
{
	struct sax_state *st = ctx;
	const char *name = (const char *)xname;
	if (st->skip) {
		st->skip++;
		return;
	}
	st->last_text = 0;
	int tag = tag_of(name);
	if (tag == HX_SKIP) {
		st->skip = 1;
		if (!strcmp(name, "title") && !st->title_done)
			st->in_title = 1;
		else if (!strcmp(name, "script")) {
			for (size_t i = 0; atts && atts[i]; i += 2)
				if (!strcmp((const char *)atts[i], "type") && atts[i + 1] &&
				    strstr((const char *)atts[i + 1], "ld+json"))
					st->in_jsonld = 1;
		}
		return;
	}
	if (!strcmp(name, "meta")) {
		on_meta(st, atts);
		return; /* void: no end callback counts on a node */
	}
	if (!strcmp(name, "link")) {
		on_link(st, atts);
		return;
	}
	if (tag == HX_BLOCK && !strcmp(name, "html")) {
		for (size_t i = 0; atts && atts[i]; i += 2)
			if (!strcmp((const char *)atts[i], "lang") && atts[i + 1] && !st->t->lang)
				st->t->lang = arena_attr(st, (const char *)atts[i + 1]);
	}
	if (tag == HX_HEAD)
		st->in_head = 1;
	uint32_t i = 0;
	if (st->depth < MAX_DEPTH)
		i = add_node(st, tag);
	if (!i) {
		/* past a ceiling: the page ends here. libxml2 still closes
		 * what is open, this element included, so it counts as
		 * skipped. */
		st->t->truncated = 1;
		st->skip = 1;
		xmlStopParser(st->ctxt);
		return;
	}
	read_attrs(st, i, atts);
	st->cur = i;
	st->depth++;
}

static void on_end(void *ctx, const xmlChar *xname)
{
	struct sax_state *st = ctx;
	if (st->skip) {
		if (--st->skip == 0) {
			if (st->in_title) {
				st->in_title = 0;
				st->title_done = 1;
			}
			if (st->in_jsonld) {
				st->in_jsonld = 0;
				ds_buf_addc(&st->t->jsonld, '\0');
			}
		}
		return;
	}
	const char *name = (const char *)xname;
	if ((name[0] == 'm' && !strcmp(name, "meta")) || (name[0] == 'l' && !strcmp(name, "link")))
		return;
	st->last_text = 0;
	if (!st->cur)
		return;
	struct hx_tree *t = st->t;
	t->nodes[st->cur].end = (uint32_t)t->n;
	if (t->nodes[st->cur].tag == HX_HEAD)
		st->in_head = 0;
	st->cur = t->nodes[st->cur].parent;
	st->depth--;
}

static void on_text(void *ctx, const xmlChar *ch, int len)
{
	struct sax_state *st = ctx;
	struct hx_tree *t = st->t;
	if (len <= 0)
		return;
	if (st->skip) {
		if (st->in_title && t->title.len < MAX_TITLE)
			ds_buf_add(&t->title, ch, (size_t)len);
		else if (st->in_jsonld && t->jsonld.len + (size_t)len < MAX_JSONLD)
			ds_buf_add(&t->jsonld, ch, (size_t)len);
		return;
	}
	if (st->in_head)
		return;
	if (t->text.len + (size_t)len > UINT32_MAX) {
		t->truncated = 1;
		xmlStopParser(st->ctxt);
		return;
	}
	if (st->last_text) {
		ds_buf_add(&t->text, ch, (size_t)len);
		t->nodes[t->n - 1].len += (uint32_t)len;
		return;
	}
	uint32_t i = add_node(st, HX_TEXT);
	if (!i) {
		t->truncated = 1;
		xmlStopParser(st->ctxt);
		return;
	}
	t->nodes[i].text = (uint32_t)t->text.len;
	t->nodes[i].len = (uint32_t)len;
	ds_buf_add(&t->text, ch, (size_t)len);
	st->last_text = 1;
}

/* Script and style bodies arrive here; only ld+json is wanted. */
static void on_cdata(void *ctx, const xmlChar *ch, int len)
{
	struct sax_state *st = ctx;
	if (st->in_jsonld && len > 0 && st->t->jsonld.len + (size_t)len < MAX_JSONLD)
		ds_buf_add(&st->t->jsonld, ch, (size_t)len);
}

/* --- character set ---------------------------------------------------------- */

/* HTTP calls Latin-1 and ASCII what browsers decode as Windows-1252. */
static const char *browser_charset(const char *cs)
{
	static const char *const latin1[] = {"iso-8859-1", "iso8859-1", "latin1", "latin-1",
					     "l1", "us-ascii", "ascii", "iso_8859-1", "cp819"};
	for (size_t i = 0; i < DS_ARRAY_LEN(latin1); i++)
		if (ieq(cs, latin1[i]))
			return "windows-1252";
	return cs;
}

static const char *find_ci(const char *s, const char *end, const char *w)
{
	size_t k = strlen(w);
	for (; s + k <= end; s++) {
		size_t j = 0;
		while (j < k && ds_tolower(s[j]) == w[j])
			j++;
		if (j == k)
			return s;
	}
	return NULL;
}

/* The charset a <meta> of the head declares (<meta charset=x> or
 * http-equiv content "text/html; charset=x"), copied into buf; NULL if
 * none. This is the prescan of the HTML standard's encoding sniffing,
 * which libxml2 only half does. */
static const char *meta_charset(const char *s, size_t n, char *buf, size_t size)
{
	const char *end = s + (n < 65536 ? n : 65536);
	for (const char *p = s; (p = find_ci(p, end, "<meta")) != NULL; p += 5) {
		const char *gt = memchr(p, '>', (size_t)(end - p));
		if (!gt)
			break;
		const char *c = find_ci(p, gt, "charset");
		if (!c)
			continue;
		c += 7;
		while (c < gt && ds_isspace(*c))
			c++;
		if (c == gt || *c != '=')
			continue;
		c++;
		while (c < gt && (ds_isspace(*c) || *c == '"' || *c == '\''))
			c++;
		size_t k = 0;
		while (c < gt && k + 1 < size && (ds_isalnum(*c) || strchr("-_:.", *c)))
			buf[k++] = *c++;
		buf[k] = 0;
		if (k)
			return buf;
	}
	return NULL;
}

/* The decoder of the page: valid UTF-8 is UTF-8 whatever the declarations
 * say (a legacy page is never valid UTF-8 by chance), else the HTTP
 * charset, else the <meta> one, else a guess from the bytes. NULL leaves
 * it to libxml2 (UTF-16 with a byte order mark). The handler goes to the
 * parser, which frees it. */
static xmlCharEncodingHandlerPtr pick_charset(const char *s, size_t n, const char *http,
					       int *valid_utf8)
{
	const unsigned char *u = (const unsigned char *)s;
	*valid_utf8 = 0;
	if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
		return NULL;
	size_t multi, bad;
	ds_utf8_census(s, n, &multi, &bad, 0);
	if (!bad) {
		*valid_utf8 = 1;
		return NULL;
	}
	char buf[64];
	const char *decl = http && *http ? http : meta_charset(s, n, buf, sizeof buf);
	if (decl && !ieq(decl, "utf-8") && !ieq(decl, "utf8")) {
		xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(browser_charset(decl));
		if (h)
			return h;
	}
	if (decl || multi > bad)
		return xmlFindCharEncodingHandler("UTF-8");
	return xmlFindCharEncodingHandler("windows-1252");
}

static void silent(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

/* --- defusing ------------------------------------------------------------ */

/* Does s[i..n) start with "</name" (any case)? */
static int end_tag_at(const char *s, size_t n, size_t i, const char *name, size_t k)
{
	if (i + 2 + k > n || s[i] != '<' || s[i + 1] != '/')
		return 0;
	for (size_t j = 0; j < k; j++)
		if (ds_tolower(s[i + 2 + j]) != name[j])
			return 0;
	return 1;
}

/* Is s[0, n) the lower-case name (in any case)? */
static int name_is(const char *s, size_t n, const char *name)
{
	size_t j = 0;
	while (j < n && name[j] && ds_tolower(s[j]) == name[j])
		j++;
	return j == n && !name[j];
}

/* Copies s[from, to) to out. */
static void flush(struct ds_buf *out, const char *s, size_t from, size_t to)
{
	if (to > from)
		ds_buf_add(out, s + from, to - from);
}

/* The page as libxml2 gets it. Two things are taken out first, by a scan
 * that reads tags, comments and script bodies only as far as needed (a
 * filter, not a parser; it ends them where the HTML standard, and libxml2,
 * do):
 * - the bodies of <script> (but ld+json) and <style>: half the bytes of a
 *   modern page, and libxml2's slowest path, for no text; and those of
 *   <svg> (icons drawn in long attributes), whose text is no article's
 *   either: all three are skipped by the tree anyway;
 * - the attributes of a tag past the MAX_ATTRS-th, blanked outside quoted
 *   values (which stay, so the tag ends where it ended): libxml2 compares
 *   every attribute with all the ones before it, so a tag of 100 000
 *   attributes would take minutes. */
static void prefilter(const char *s, size_t n, struct ds_buf *out)
{
	static const char *const raw[] = {"script", "style", "svg"};
	size_t i = 0, done = 0; /* s[0, done) is in out */
	ds_buf_reserve(out, n + 1);
	while (i < n) {
		const char *lt = memchr(s + i, '<', n - i);
		if (!lt)
			break;
		size_t start = (size_t)(lt - s);
		i = start + 1;
		if (i + 2 < n && s[i] == '!' && s[i + 1] == '-' && s[i + 2] == '-') {
			const char *e = ds_memmem(s + i + 3, n - i - 3, "-->", 3);
			i = e ? (size_t)(e - s) + 3 : n;
			continue;
		}
		if (i >= n || !ds_isalpha(s[i]))
			continue;
		size_t name = i;
		while (i < n && ds_isalnum(s[i]))
			i++;
		size_t name_len = i - name, tokens = 0;
		int in_tok = 0;
		while (i < n && s[i] != '>' && s[i] != '<') {
			char c = s[i];
			if (c == '"' || c == '\'') {
				const char *q = memchr(s + i + 1, c, n - i - 1);
				i = q ? (size_t)(q - s) + 1 : n;
				continue;
			}
			if (ds_isspace(c) || c == '/') {
				in_tok = 0;
			} else {
				tokens += !in_tok;
				in_tok = 1;
				if (tokens > MAX_ATTRS) {
					flush(out, s, done, i);
					ds_buf_addc(out, ' ');
					done = i + 1;
				}
			}
			i++;
		}
		size_t r = 0;
		while (r < DS_ARRAY_LEN(raw) && !name_is(s + name, name_len, raw[r]))
			r++;
		if (r == DS_ARRAY_LEN(raw) || i >= n || s[i] != '>')
			continue;
		/* "<svg ... />" is empty (libxml2 reads "/>" so), "<script />" not */
		if (s[i - 1] == '/' && !strcmp(raw[r], "svg"))
			continue;
		size_t body = ++i;
		for (;;) {
			const char *e = i < n ? memchr(s + i, '<', n - i) : NULL;
			i = e ? (size_t)(e - s) : n;
			if (!e || end_tag_at(s, n, i, raw[r], name_len))
				break;
			i++;
		}
		if (!ds_memmem(s + start, body - start, "ld+json", 7)) {
			flush(out, s, done, body);
			done = i;
		}
	}
	flush(out, s, done, n);
}

int ds_html_tree_parse(struct hx_tree *t, struct dossier_doc *doc, const char *html, size_t len,
		       const char *charset)
{
	memset(t, 0, sizeof *t);
	if (len > (size_t)INT32_MAX)
		return DOSSIER_E_TOOBIG;
	struct sax_state st;
	memset(&st, 0, sizeof st);
	st.t = t;
	st.doc = doc;
	hint_index_init(&st.hints);

	struct ds_buf page = DS_BUF_INIT;
	prefilter(html, len, &page);
	html = page.len ? page.ptr : " ";
	len = page.len ? page.len : 1;
	ds_grow(&t->nodes, &t->cap, 1 + len / 32, sizeof *t->nodes);
	memset(&t->nodes[0], 0, sizeof t->nodes[0]);
	t->nodes[0].tag = HX_ROOT;
	t->n = 1;
	ds_buf_reserve(&t->text, len / 4 + 16);
	htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(html, (int)len);
	if (!ctxt) {
		ds_buf_release(&page);
		return DOSSIER_E_FORMAT;
	}
	st.ctxt = ctxt;
	htmlSAXHandler sax;
	memset(&sax, 0, sizeof sax);
	sax.startElement = on_start;
	sax.endElement = on_end;
	sax.characters = on_text;
	sax.ignorableWhitespace = on_text;
	sax.cdataBlock = on_cdata;
	memcpy(ctxt->sax, &sax, sizeof sax);
	ctxt->userData = &st;
	int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
		   HTML_PARSE_NONET;
	/* libxml2 reports encoding errors through its generic handler, which
	 * prints; a library does not print */
	xmlGenericErrorFunc old_err = xmlGenericError;
	void *old_ctx = xmlGenericErrorContext;
	xmlSetGenericErrorFunc(NULL, silent);
	int valid_utf8;
	xmlCharEncodingHandlerPtr h = pick_charset(html, len, charset, &valid_utf8);
	if (valid_utf8) {
		/* the page is read as it is: UTF-8 needs no conversion (an
		 * encoder would copy the whole page through it) */
		xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
		opts |= HTML_PARSE_IGNORE_ENC;
	} else if (h) {
		xmlSwitchToEncoding(ctxt, h);
		opts |= HTML_PARSE_IGNORE_ENC;
	}
	htmlCtxtUseOptions(ctxt, opts);
	htmlParseDocument(ctxt);
	xmlSetGenericErrorFunc(old_ctx, old_err);
	/* close what the parser left open (it stops early at the ceilings) */
	while (st.cur) {
		t->nodes[st.cur].end = (uint32_t)t->n;
		st.cur = t->nodes[st.cur].parent;
	}
	t->nodes[0].end = (uint32_t)t->n;
	if (st.in_jsonld)
		ds_buf_addc(&t->jsonld, '\0');
	htmlFreeParserCtxt(ctxt);
	ds_buf_release(&page);
	return 0;
}

void ds_html_tree_release(struct hx_tree *t)
{
	free(t->nodes);
	free(t->times);
	ds_buf_release(&t->text);
	ds_buf_release(&t->title);
	ds_buf_release(&t->jsonld);
	memset(t, 0, sizeof *t);
}
