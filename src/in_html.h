/*
 * in_html.h: what the three parts of the HTML reader share. in_html_tree.c
 * turns the page into a light tree through libxml2's SAX interface (only
 * the facts the extractor needs: tag kinds, class/id hints, text runs) and
 * collects the metadata; in_html_main.c picks the nodes of the main text;
 * in_html.c drives both and writes the text and metadata out.
 */
#ifndef DS_IN_HTML_H
#define DS_IN_HTML_H

#include <stdint.h>

#include "ds.h"

/* Tag kinds. The order matters: everything before HX_INLINE is a block
 * (it starts a new line of text), everything from HX_INLINE on is not. */
enum hx_tag {
	HX_ROOT, /* node 0, the document */
	HX_BODY,
	HX_DIV,
	HX_SECTION,
	HX_ARTICLE,
	HX_MAIN,
	HX_P,
	HX_H1,
	HX_H2,
	HX_H3,
	HX_H4,
	HX_H5,
	HX_H6,
	HX_UL,
	HX_OL,
	HX_LI,
	HX_DL,
	HX_DT,
	HX_DD,
	HX_BLOCKQUOTE,
	HX_PRE,
	HX_TABLE,
	HX_TR,
	HX_TD,
	HX_TH,
	HX_CAPTION,
	HX_FIGURE,
	HX_FIGCAPTION,
	HX_HEADER,
	HX_FOOTER,
	HX_NAV,
	HX_ASIDE,
	HX_FORM,
	HX_ADDRESS,
	HX_BR,
	HX_HR,
	HX_HEAD,
	HX_BLOCK, /* any other block: center, details, fieldset, tbody... */
	HX_INLINE,
	HX_A,
	HX_IMG,
	HX_INPUT,
	HX_TIME,
	HX_EMBED, /* iframe, video, object: counted, never read */
	HX_TEXT,  /* a run of character data */
	HX_SKIP   /* never in the tree: script, style, svg, select, ... */
};

#define HX_IS_BLOCK(t) ((t) < HX_INLINE)
#define HX_IS_HEADING(t) ((t) >= HX_H1 && (t) <= HX_H6)

/* Node flags, from the attributes. */
enum {
	HXF_HIDDEN = 1 << 0,    /* hidden, display:none, aria-hidden */
	HXF_BODY_PROP = 1 << 1, /* itemprop=articleBody */
	HXF_MAIN_ROLE = 1 << 2, /* role=main */
	HXF_FURNITURE = 1 << 3, /* role=navigation, dialog, ...: never content */
	HXF_UNLIKELY = 1 << 4,  /* class/id says comments, sidebar, share... */
	HXF_MAYBE = 1 << 5,     /* class/id also says article, body, content */
	HXF_HREF = 1 << 6,      /* a link with a target */
	HXF_SHARE = 1 << 7,     /* class/id says share, social */
	HXF_CAPTION = 1 << 8,   /* class/id says caption, credit */
	HXF_BYLINE = 1 << 9,    /* class/id/rel says author, byline, dateline */
	HXF_DATE = 1 << 10,     /* itemprop/class says a publication date */
	HXF_COMMENTS = 1 << 11, /* class/id says comments */
	HXF_NOT_TEXT = 1 << 12, /* class/id says related, ad, promo: whatever else it says */
	HXF_LEAD = 1 << 13      /* class/id says standfirst, dek, summary */
};

/* One node of the light tree. Nodes are stored in document order, so a
 * node's subtree is the index range (i, end) and its parent has a smaller
 * index: a loop over the indices upwards visits parents first, downwards
 * children first, and nothing needs recursion however deep the page. */
struct hx_node {
	uint32_t parent; /* 0 for children of the root */
	uint32_t end;    /* one past the last node of the subtree */
	uint32_t text;   /* text nodes: start of the run in tree->text */
	uint32_t len;    /* text nodes: bytes of the run */
	uint32_t cls;    /* hash of the class attribute, 0 without one */
	uint8_t tag;     /* enum hx_tag */
	int8_t weight;   /* class/id hint: furniture < 0 < content */
	uint16_t flags;  /* HXF_* */
};

/* A <time datetime> or itemprop date of the body, kept for the date. */
struct hx_time {
	uint32_t node;
	const char *value; /* in the doc's arena */
};

/* The parsed page. Nodes and text are heap buffers released by
 * ds_html_tree_release; metadata strings live in the document's arena. */
struct hx_tree {
	struct hx_node *nodes;
	size_t n, cap;
	struct ds_buf text;  /* the character data of every text node */
	struct ds_buf title; /* the first <title> */
	struct ds_buf jsonld; /* ld+json scripts, each followed by a NUL */
	struct hx_time *times;
	size_t n_times, cap_times;
	const char *og_title, *og_url, *og_site, *canonical, *lang, *locale;
	const char *published, *meta_date; /* article:published_time, other metas */
	int meta_date_rank;                 /* how good meta_date is (lower wins) */
	int truncated;                      /* the depth or node ceiling was hit */
};

/* in_html_tree.c: parses html (charset from HTTP or NULL) into t; strings
 * in doc's arena. Returns 0, DOSSIER_E_TOOBIG past 2 GiB, or
 * DOSSIER_E_FORMAT when libxml2 gave up; t is to be released either way. */
int ds_html_tree_parse(struct hx_tree *t, struct dossier_doc *doc, const char *html,
		       size_t len, const char *charset);
void ds_html_tree_release(struct hx_tree *t);

/* in_html_main.c: marks the nodes of the main text: keep[i] is set to 1 for
 * every node (element or text) whose text belongs to the article. keep has
 * t->n entries. `title` (or NULL) is the page's headline, left out of the
 * text. Returns the node that holds the article (0 if none). */
uint32_t ds_html_main(const struct hx_tree *t, const char *title, unsigned char *keep);

#endif
