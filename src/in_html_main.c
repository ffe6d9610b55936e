/*
 * in_html_main.c: the light tree of a page -> the nodes of its main text.
 *
 * Readability's idea, rebuilt on the index-ordered tree of in_html.h: every
 * block with a paragraph's worth of text scores its ancestors (more for
 * commas and length, less the farther up); a candidate's score is scaled
 * by its class/id hints and its link density; the best candidate, lifted
 * to a common ancestor when several good ones share it, plus its siblings
 * that look like more of the same (and the other chunks of an article cut
 * into same-class boxes), is the article. Inside it, what looks like
 * furniture is dropped: link lists, share bars, bylines, captions, the
 * headline, the standfirst, containers heavy in links or images. When that
 * leaves too little text, the pass is rerun with fewer rules and the
 * longest result wins, but comment sections stay out unless nothing else
 * is text. Every loop runs over index ranges, so depth costs nothing.
 */
#include <stdlib.h>
#include <string.h>

#include "in_html.h"

/* Rules switched off one by one when the text found is too short. */
enum {
	RULE_UNLIKELY = 1, /* drop furniture by class/id before scoring */
	RULE_WEIGHT = 2,   /* scale scores by class/id hints */
	RULE_CLEAN = 4,    /* drop furniture-looking containers in the result */
	RULE_COMMENTS = 8  /* drop comment sections before scoring */
};

#define MIN_PARA 25        /* text of a block that scores */
#define ENOUGH_TEXT 500    /* a result this long is not retried */
#define MIN_TEXT 100       /* a result this short is not an article */
#define TOP_N 5

struct nstat {
	uint32_t chars, links, commas;    /* live subtree */
	uint32_t dchars, dlinks, dcommas; /* text whose nearest block is this node */
	uint32_t ps, imgs, lis, inputs, embeds, hchars, brs;
	uint32_t ptext; /* text of the paragraphs that score, in the subtree */
	uint32_t ltext; /* text of the long paragraphs with few links */
	uint32_t blocks; /* live block descendants */
	uint32_t nlinks; /* links (a href) */
	uint32_t linklis; /* list items that are a link and nothing else */
	float score;
};

struct mctx {
	const struct hx_tree *t;
	const struct hx_node *nd;
	uint32_t n;
	uint32_t *tchars;  /* text nodes: visible characters */
	uint32_t *tcommas; /* text nodes: commas */
	uint32_t *blk;     /* nearest block ancestor (self for blocks) */
	unsigned char *link;  /* inside a link */
	unsigned char *dead;  /* out of the running (attempt-specific) */
	unsigned char *cand;  /* has a score */
	unsigned char *strong; /* subtree holds an articleBody/main marker */
	struct nstat *st;
	uint32_t body; /* the <body> node, or 0 */
	struct ds_buf title; /* the headline, folded (see fold_add) */
	struct ds_buf tmp;
	uint32_t total; /* visible characters of the page */
};

/* What text_stats reads in a byte: white space (TS_SPACE), the first byte
 * of a code point (TS_CHAR), a comma (TS_COMMA), the first byte of a
 * fullwidth comma maybe (TS_EF). */
enum { TS_CHAR = 1, TS_COMMA = 2, TS_SPACE = 4, TS_EF = 8 };
#define TS(b) ((b) == ' ' || (b) == '\n' || (b) == '\t' || (b) == '\r' || (b) == '\f' ? TS_SPACE :	\
	       ((((b) & 0xC0) != 0x80 ? TS_CHAR : 0) | ((b) == ',' ? TS_COMMA : 0) |		\
		((b) == 0xEF ? TS_EF : 0)))
#define TS4(b) TS(b), TS((b) + 1), TS((b) + 2), TS((b) + 3)
#define TS16(b) TS4(b), TS4((b) + 4), TS4((b) + 8), TS4((b) + 12)
#define TS64(b) TS16(b), TS16((b) + 16), TS16((b) + 32), TS16((b) + 48)
static const unsigned char ts_class[256] = {TS64(0), TS64(64), TS64(128), TS64(192)};
#undef TS
#undef TS4
#undef TS16
#undef TS64

/* Per-byte masks of a word of eight bytes (the high bit of each byte that
 * is, exactly: no carry crosses bytes). */
#define ONES 0x0101010101010101ULL
#define HIGH 0x8080808080808080ULL
static uint64_t bytes_below(uint64_t x, unsigned c) /* c <= 128 */
{
	return ~(((x & ~HIGH) + (0x80 - c) * ONES) | x) & HIGH;
}

static uint64_t bytes_equal(uint64_t x, unsigned c)
{
	return bytes_below(x ^ (c * ONES), 1);
}

static uint64_t count_high(uint64_t m)
{
	return ((m >> 7) * ONES) >> 56;
}

/* Visible characters and commas of a text run: code points, with every
 * run of white space counted once. Eight bytes a step: the code points are
 * the bytes that do not continue one, less the white space, plus the white
 * space that follows something else. */
static void text_stats(const char *s, size_t n, uint32_t *chars, uint32_t *commas)
{
	const unsigned char *u = (const unsigned char *)s;
	uint64_t c = 0, k = 0;
	int space = 1;
	size_t i = 0;
	while (i < n) {
		uint64_t x;
		if (i + 8 <= n && (memcpy(&x, u + i, 8), !bytes_equal(x, 0xEF))) {
			uint64_t ws = bytes_equal(x, ' ') |
				      (bytes_below(x, 14) & ~bytes_below(x, 9) & ~bytes_equal(x, 11));
			uint64_t cont = x & ~(x << 1) & HIGH;
			uint64_t after = ws & ~(ws << 8 | (space ? 0x80 : 0));
			c += 8 - count_high(cont) - count_high(ws) + count_high(after);
			k += count_high(bytes_equal(x, ','));
			space = (int)(ws >> 63);
			i += 8;
			continue;
		}
		/* a fullwidth comma may start here, or the run ends: byte by byte */
		size_t e = i + 8 < n ? i + 8 : n;
		for (; i < e; i++) {
			unsigned t = ts_class[u[i]];
			if (t & TS_SPACE) {
				if (!space)
					c++;
				space = 1;
				continue;
			}
			space = 0;
			c += t & TS_CHAR;
			k += (t & TS_COMMA) >> 1;
			if ((t & TS_EF) && i + 2 < n && u[i + 1] == 0xBC && u[i + 2] == 0x8C)
				k++; /* fullwidth comma */
		}
	}
	*chars = (uint32_t)c;
	*commas = (uint32_t)k;
}

static int is_container(int tag)
{
	switch (tag) {
	case HX_ROOT:
	case HX_BODY:
	case HX_DIV:
	case HX_SECTION:
	case HX_ARTICLE:
	case HX_MAIN:
	case HX_BLOCK:
	case HX_FORM:
	case HX_HEADER:
	case HX_FOOTER:
	case HX_ASIDE:
	case HX_NAV:
	case HX_TABLE:
	case HX_TR:
	case HX_FIGURE:
		return 1;
	default:
		return 0;
	}
}

/* Containers judged by the conditional cleaning. */
static int cleanable(int tag)
{
	switch (tag) {
	case HX_DIV:
	case HX_SECTION:
	case HX_BLOCK:
	case HX_FORM:
	case HX_HEADER:
	case HX_FIGURE:
	case HX_UL:
	case HX_OL:
	case HX_DL:
		return 1;
	default:
		return 0;
	}
}

/* Blocks whose text scores as a paragraph of their parent. */
static int is_para(int tag)
{
	switch (tag) {
	case HX_P:
	case HX_PRE:
	case HX_TD:
	case HX_BLOCKQUOTE:
	case HX_DD:
	case HX_H2:
	case HX_H3:
	case HX_H4:
	case HX_H5:
	case HX_H6:
		return 1;
	default:
		return 0;
	}
}

static int tag_base(int tag)
{
	switch (tag) {
	case HX_DIV:
		return 5;
	case HX_PRE:
	case HX_TD:
	case HX_BLOCKQUOTE:
		return 3;
	case HX_ADDRESS:
	case HX_OL:
	case HX_UL:
	case HX_DL:
	case HX_DD:
	case HX_DT:
	case HX_LI:
	case HX_FORM:
		return -3;
	case HX_H1:
	case HX_H2:
	case HX_H3:
	case HX_H4:
	case HX_H5:
	case HX_H6:
	case HX_TH:
		return -5;
	default:
		return 0;
	}
}

/* Elements never part of the text, whatever the rules. */
static int always_dead(const struct hx_node *x)
{
	if (x->flags & (HXF_HIDDEN | HXF_FURNITURE))
		return 1;
	switch (x->tag) {
	case HX_HEAD:
	case HX_NAV:
	case HX_ASIDE:
	case HX_FOOTER:
	case HX_EMBED:
		return 1;
	default:
		return 0;
	}
}

/* The per-page facts that do not depend on the rules. */
static void prepare(struct mctx *m)
{
	const struct hx_node *nd = m->nd;
	m->total = 0;
	for (uint32_t i = 1; i < m->n; i++) {
		const struct hx_node *x = &nd[i];
		uint32_t p = x->parent;
		int block = HX_IS_BLOCK(x->tag) && x->tag != HX_BR && x->tag != HX_HR;
		m->blk[i] = block ? i : m->blk[p];
		m->link[i] = m->link[p] || (x->tag == HX_A && (x->flags & HXF_HREF));
		if (x->tag == HX_TEXT) {
			text_stats(m->t->text.ptr + x->text, x->len, &m->tchars[i], &m->tcommas[i]);
			m->total += m->tchars[i];
		} else if (x->tag == HX_BODY && !m->body) {
			m->body = i;
		}
	}
	/* markers of the article body, seen from their ancestors */
	for (uint32_t i = m->n - 1; i > 0; i--) {
		const struct hx_node *x = &nd[i];
		if ((x->flags & (HXF_BODY_PROP | HXF_MAIN_ROLE)) || x->tag == HX_MAIN)
			m->strong[i] = 1;
		if (m->strong[i])
			m->strong[x->parent] = 1;
	}
}

/* Which nodes are out of the running under `rules`. */
static void mark_dead(struct mctx *m, int rules)
{
	const struct hx_node *nd = m->nd;
	m->dead[0] = 0;
	for (uint32_t i = 1; i < m->n; i++) {
		const struct hx_node *x = &nd[i];
		unsigned char d = m->dead[x->parent];
		if (!d && x->tag != HX_TEXT) {
			if (always_dead(x))
				d = 1;
			else if ((x->flags & (HXF_UNLIKELY | HXF_COMMENTS)) &&
				 (!(x->flags & HXF_MAYBE) || (x->flags & HXF_NOT_TEXT)) &&
				 !m->strong[i] && x->tag != HX_BODY &&
				 x->tag != HX_ARTICLE && x->tag != HX_MAIN && x->tag != HX_A)
				d = (rules & RULE_UNLIKELY) ||
				    ((rules & RULE_COMMENTS) && (x->flags & HXF_COMMENTS));
		}
		m->dead[i] = d;
	}
}

/* Adds node i's live statistics to its parent's. */
static void add_up(struct mctx *m, uint32_t i)
{
	const struct hx_node *x = &m->nd[i];
	struct nstat *s = &m->st[i], *p = &m->st[x->parent];
	p->chars += s->chars;
	p->links += s->links;
	p->commas += s->commas;
	/* a box without blocks inside is a paragraph, as <p> is */
	p->ps += s->ps + (x->tag == HX_P || (is_container(x->tag) && !s->blocks));
	p->blocks += s->blocks + (HX_IS_BLOCK(x->tag) && x->tag != HX_BR);
	p->imgs += s->imgs + (x->tag == HX_IMG);
	p->lis += s->lis + (x->tag == HX_LI);
	p->inputs += s->inputs + (x->tag == HX_INPUT);
	p->embeds += s->embeds + (x->tag == HX_EMBED);
	p->hchars += s->hchars + (HX_IS_HEADING(x->tag) ? s->chars : 0);
	p->ptext += s->ptext;
	p->ltext += s->ltext;
	p->nlinks += s->nlinks + (x->tag == HX_A && (x->flags & HXF_HREF));
	p->linklis += s->linklis +
		      (x->tag == HX_LI && s->chars && s->links * 10 >= s->chars * 9);
}

/* Statistics of the live text node i. */
static void add_text(struct mctx *m, uint32_t i)
{
	struct nstat *s = &m->st[i];
	s->chars = m->tchars[i];
	s->commas = m->tcommas[i];
	s->links = m->link[i] ? s->chars : 0;
	struct nstat *b = &m->st[m->blk[i]];
	b->dchars += s->chars;
	b->dcommas += s->commas;
	b->dlinks += s->links;
}

static void gather(struct mctx *m)
{
	memset(m->st, 0, m->n * sizeof *m->st);
	for (uint32_t i = m->n - 1; i > 0; i--) {
		if (m->dead[i])
			continue;
		if (m->nd[i].tag == HX_TEXT)
			add_text(m, i);
		else if (m->nd[i].tag == HX_BR)
			m->st[m->blk[m->nd[i].parent]].brs++;
		struct nstat *s = &m->st[i];
		if (s->dchars >= MIN_PARA && s->dlinks * 2 < s->dchars &&
		    (is_para(m->nd[i].tag) || is_container(m->nd[i].tag)))
			s->ptext += s->dchars;
		add_up(m, i);
	}
}

static float link_density(const struct nstat *s)
{
	return s->chars ? (float)s->links / (float)s->chars : 0.0f;
}

static void score_up(struct mctx *m, uint32_t from, float s, int rules)
{
	for (int level = 0; level < 5 && from; level++) {
		if (m->dead[from])
			break;
		if (!m->cand[from]) {
			m->cand[from] = 1;
			m->st[from].score = (float)tag_base(m->nd[from].tag);
			if (rules & RULE_WEIGHT)
				m->st[from].score += (float)m->nd[from].weight;
			if (m->nd[from].flags & HXF_BODY_PROP)
				m->st[from].score += 25.0f;
		}
		float div = level == 0 ? 1.0f : level == 1 ? 2.0f : (float)level * 3.0f;
		m->st[from].score += s / div;
		from = m->nd[from].parent;
	}
}

static void score(struct mctx *m, int rules)
{
	memset(m->cand, 0, m->n);
	for (uint32_t i = 1; i < m->n; i++) {
		const struct hx_node *x = &m->nd[i];
		if (m->dead[i] || !HX_IS_BLOCK(x->tag))
			continue;
		const struct nstat *s = &m->st[i];
		if (s->dchars < MIN_PARA)
			continue;
		uint32_t cap = 3;
		uint32_t from;
		if (is_para(x->tag))
			from = x->parent;
		else if (is_container(x->tag))
			from = i, cap = 3 * (1 + s->brs);
		else
			continue;
		uint32_t len = s->dchars / 100;
		float sc = 1.0f + (float)s->dcommas + (float)(len < cap ? len : cap);
		score_up(m, from, sc, rules);
	}
	for (uint32_t i = 1; i < m->n; i++)
		if (m->cand[i])
			m->st[i].score *= 1.0f - link_density(&m->st[i]);
}

/* Appends the letters and digits of s, ASCII lower-cased, to b: the form
 * in which a block is compared with the headline. */
static void fold_add(struct ds_buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (ds_isalnum(c) || c >= 0x80)
			ds_buf_addc(b, (char)ds_tolower(c));
	}
}

/* Is the text of block i the headline? */
static int is_title(struct mctx *m, uint32_t i, uint32_t chars)
{
	size_t tl = m->title.len;
	if (tl < 10 || chars * 2 < tl || chars > 2 * tl + 20)
		return 0;
	ds_buf_reset(&m->tmp);
	for (uint32_t j = i + 1; j < m->nd[i].end && m->tmp.len <= tl; j++)
		if (m->nd[j].tag == HX_TEXT)
			fold_add(&m->tmp, m->t->text.ptr + m->nd[j].text, m->nd[j].len);
	return m->tmp.len == tl && !memcmp(m->tmp.ptr, m->title.ptr, tl);
}

static int contains(const struct hx_node *nd, uint32_t a, uint32_t b)
{
	return a <= b && b < nd[a].end;
}

/* The best candidate, lifted as Readability lifts it. */
static uint32_t pick_top(struct mctx *m)
{
	const struct hx_node *nd = m->nd;
	uint32_t top[TOP_N] = {0};
	size_t ntop = 0;
	for (uint32_t i = 1; i < m->n; i++) {
		if (!m->cand[i])
			continue;
		float s = m->st[i].score;
		size_t k = ntop;
		while (k > 0 && m->st[top[k - 1]].score < s)
			k--;
		if (k >= TOP_N)
			continue;
		if (ntop < TOP_N)
			ntop++;
		memmove(&top[k + 1], &top[k], (ntop - 1 - k) * sizeof top[0]);
		top[k] = i;
	}
	if (!ntop || nd[top[0]].tag == HX_BODY)
		return m->body;
	uint32_t best = top[0];
	float bs = m->st[best].score;
	/* several near-equal candidates under one ancestor: take the ancestor */
	size_t close = 0;
	for (size_t k = 1; k < ntop; k++)
		if (m->st[top[k]].score >= 0.75f * bs)
			close++;
	if (close >= 3) {
		for (uint32_t a = nd[best].parent; a && nd[a].tag != HX_BODY; a = nd[a].parent) {
			size_t in = 0;
			for (size_t k = 1; k < ntop; k++)
				if (m->st[top[k]].score >= 0.75f * bs && contains(nd, a, top[k]))
					in++;
			if (in >= 3) {
				best = a;
				break;
			}
		}
	}
	/* climb while the parent scores better (same article, wider box) */
	float last = m->cand[best] ? m->st[best].score : 0.0f;
	float floor_ = last / 3.0f;
	for (uint32_t a = nd[best].parent; a && nd[a].tag != HX_BODY; a = nd[a].parent) {
		if (!m->cand[a])
			continue;
		float ps = m->st[a].score;
		if (ps < floor_)
			break;
		if (ps > last) {
			best = a;
			break;
		}
		last = ps;
	}
	/* an only child is its parent */
	for (;;) {
		uint32_t p = nd[best].parent;
		if (!p || nd[p].tag == HX_BODY || m->dead[p])
			break;
		size_t kids = 0;
		for (uint32_t c = p + 1; c < nd[p].end; c = nd[c].end)
			if (nd[c].tag != HX_TEXT || m->tchars[c])
				kids++;
		if (kids != 1)
			break;
		best = p;
	}
	return best;
}

/* Does a paragraph's text end like a sentence? */
static int ends_sentence(const struct mctx *m, uint32_t i)
{
	const struct hx_node *nd = m->nd;
	for (uint32_t j = nd[i].end; j > i + 1; j--) {
		const struct hx_node *x = &nd[j - 1];
		if (x->tag != HX_TEXT)
			continue;
		const char *s = m->t->text.ptr + x->text;
		size_t n = x->len;
		while (n && ds_isspace(s[n - 1]))
			n--;
		if (!n)
			continue;
		return s[n - 1] == '.';
	}
	return 0;
}

/* Marks keep[] over top, the siblings that belong with it (Readability's
 * rule: high score, or a paragraph with few links) and the other chunks of
 * a cut article. */
static void take_region(struct mctx *m, uint32_t top, unsigned char *keep)
{
	const struct hx_node *nd = m->nd;
	uint32_t p = nd[top].parent;
	float ts = m->cand[top] ? m->st[top].score : 0.0f;
	float thr = ts * 0.2f > 10.0f ? ts * 0.2f : 10.0f;
	uint32_t lo = top, hi = nd[top].end;
	if (p && top != m->body) {
		lo = p + 1;
		hi = nd[p].end;
	}
	for (uint32_t c = lo; c < hi; c = nd[c].end) {
		int take = c == top;
		if (!take && !m->dead[c] && nd[c].tag != HX_TEXT) {
			const struct nstat *s = &m->st[c];
			float ld = link_density(s);
			if (m->cand[c] && s->score >= thr)
				take = 1;
			else if (nd[c].tag == HX_P && s->chars > 80 && ld < 0.25f)
				take = 1;
			else if (nd[c].tag == HX_P && s->chars > 0 && s->chars <= 80 &&
				 ld == 0.0f && ends_sentence(m, c))
				take = 1;
		}
		if (take)
			memset(keep + c, 1, nd[c].end - c);
	}
	/* an article cut into chunks: boxes next to top, or to one of its near
	 * ancestors, of the same class, holding mostly paragraphs */
	uint32_t c = top;
	for (int level = 0; level < 3 && c && c != m->body; level++, c = nd[c].parent) {
		uint32_t up = nd[c].parent;
		int found = 0;
		if (!nd[c].cls || !up)
			continue;
		for (uint32_t s = up + 1; s < nd[up].end; s = nd[s].end) {
			const struct nstat *ss = &m->st[s];
			if (s == c || nd[s].cls != nd[c].cls || m->dead[s] || keep[s])
				continue;
			if (ss->ptext < 2 * MIN_PARA || 2 * ss->ptext < ss->chars ||
			    link_density(ss) > 0.2f)
				continue;
			memset(keep + s, 1, nd[s].end - s);
			found = 1;
		}
		if (found)
			break;
	}
}

/* Drops furniture inside the region, bottom-up so that a container is
 * judged on what is left of it. keep[] is updated. */
static void clean(struct mctx *m, int rules, uint32_t top, unsigned char *keep)
{
	const struct hx_node *nd = m->nd;
	memset(m->st, 0, m->n * sizeof *m->st);
	for (uint32_t i = m->n - 1; i > 0; i--) {
		if (!keep[i] || m->dead[i]) {
			keep[i] = 0;
			continue;
		}
		const struct hx_node *x = &nd[i];
		if (x->tag == HX_TEXT) {
			add_text(m, i);
			add_up(m, i);
			continue;
		}
		struct nstat *s = &m->st[i];
		int root = i == top || x->tag == HX_BODY;
		int drop = 0;
		if (s->dchars >= 80 && s->dlinks * 4 < s->dchars)
			s->ltext += s->dchars;
		float ld = link_density(s);
		int w = (rules & RULE_WEIGHT) ? x->weight : 0;
		if (root) {
			drop = 0;
		} else if (x->tag == HX_H1) {
			drop = 1; /* the headline: the title, not the text */
		} else if (HX_IS_BLOCK(x->tag) && !s->blocks && is_title(m, i, s->chars)) {
			drop = 1;
		} else if (x->tag == HX_INLINE && s->nlinks >= 3 && s->links * 10 >= s->chars * 9) {
			drop = 1; /* a cluster of links inside a paragraph: a hover card */
		} else if ((x->flags & HXF_SHARE) && s->chars < 500) {
			drop = 1;
		} else if ((x->flags & (HXF_BYLINE | HXF_CAPTION)) && s->chars < 300) {
			drop = 1;
		} else if ((x->flags & HXF_LEAD) && s->chars < 600 && s->ps <= 1) {
			drop = 1;
		} else if (x->tag == HX_FIGCAPTION) {
			drop = 1;
		} else if ((x->tag == HX_P || HX_IS_HEADING(x->tag)) &&
			   s->chars && ((s->chars < 150 && s->links * 10 >= s->chars * 9) ||
					(s->nlinks >= 2 && s->links * 4 >= s->chars * 3))) {
			/* a link standing alone: a "related" headline. It still
			 * counts in its container's link density. */
			memset(keep + i, 0, nd[i].end - i);
			add_up(m, i);
			continue;
		} else if (HX_IS_HEADING(x->tag) && w < 0) {
			drop = 1;
		} else if ((rules & RULE_CLEAN) && x->tag == HX_TABLE) {
			/* data tables are text; layout tables of links are not */
			drop = w < 0 || ld > 0.5f || s->inputs > s->ps / 3 + 1;
		} else if ((rules & RULE_CLEAN) && cleanable(x->tag)) {
			int list = x->tag == HX_UL || x->tag == HX_OL;
			if (w < 0) {
				drop = 1;
			} else if (list && s->lis >= 2 && s->linklis * 5 >= s->lis * 4) {
				drop = 1; /* a list of headlines: "Related:" */
			} else if (s->commas < 10) {
				float pcount = (float)s->ps;
				int lis = (int)s->lis - 100;
				float hd = s->chars ? (float)s->hchars / (float)s->chars : 0.0f;
				drop = (s->imgs > 1 && pcount / (float)s->imgs < 0.5f) ||
				       (!list && lis > (int)s->ps) || (s->inputs > s->ps / 3) ||
				       (!list && hd < 0.9f && s->chars < 25 &&
					(s->imgs == 0 || s->imgs > 2)) ||
				       (!list && w < 25 && ld > 0.2f &&
					(s->ltext < 200 || s->ltext < 2 * s->links)) ||
				       (w >= 25 && ld > 0.5f) ||
				       (s->embeds == 1 && s->chars < 75) || s->embeds > 1;
			}
		}
		if (drop) {
			memset(keep + i, 0, nd[i].end - i);
			continue;
		}
		if (x->tag == HX_BR)
			m->st[m->blk[x->parent]].brs++;
		add_up(m, i);
	}
}

/* A heading with nothing after it ("Comments", "More on this") is the
 * title of whatever furniture followed, not of the text. */
static void drop_trailing_headings(struct mctx *m, unsigned char *keep)
{
	uint32_t i = m->n;
	while (i-- > 1) {
		if (!keep[i] || m->nd[i].tag != HX_TEXT || !m->tchars[i])
			continue;
		uint32_t b = m->blk[i];
		if (!b || !HX_IS_HEADING(m->nd[b].tag))
			break;
		memset(keep + b, 0, m->nd[b].end - b);
		i = b;
	}
}

static uint32_t kept_chars(const struct mctx *m, const unsigned char *keep)
{
	uint32_t c = 0;
	for (uint32_t i = 1; i < m->n; i++)
		if (keep[i] && m->nd[i].tag == HX_TEXT)
			c += m->tchars[i];
	return c;
}

uint32_t ds_html_main(const struct hx_tree *t, const char *title, unsigned char *keep)
{
	struct mctx m;
	memset(&m, 0, sizeof m);
	m.t = t;
	m.nd = t->nodes;
	m.n = (uint32_t)t->n;
	memset(keep, 0, t->n);
	if (t->n < 2)
		return 0;
	m.tchars = ds_xcalloc(m.n, sizeof *m.tchars);
	m.tcommas = ds_xcalloc(m.n, sizeof *m.tcommas);
	m.blk = ds_xcalloc(m.n, sizeof *m.blk);
	m.link = ds_xcalloc(m.n, 1);
	m.dead = ds_xcalloc(m.n, 1);
	m.cand = ds_xcalloc(m.n, 1);
	m.strong = ds_xcalloc(m.n, 1);
	m.st = ds_xcalloc(m.n, sizeof *m.st);
	unsigned char *best = ds_xcalloc(m.n, 1);
	if (title)
		fold_add(&m.title, title, strlen(title));
	prepare(&m);

	static const int attempts[] = {
		RULE_UNLIKELY | RULE_WEIGHT | RULE_CLEAN | RULE_COMMENTS,
		RULE_WEIGHT | RULE_CLEAN | RULE_COMMENTS,
		RULE_CLEAN | RULE_COMMENTS,
		0,
	};
	uint32_t best_chars = 0, best_top = 0;
	for (size_t a = 0; a < DS_ARRAY_LEN(attempts); a++) {
		int rules = attempts[a];
		/* comments are never the article, unless nothing else is text */
		if (!(rules & RULE_COMMENTS) && best_chars >= MIN_TEXT)
			break;
		mark_dead(&m, rules);
		gather(&m);
		score(&m, rules);
		uint32_t top = pick_top(&m);
		memset(keep, 0, m.n);
		take_region(&m, top, keep);
		clean(&m, rules, top, keep);
		drop_trailing_headings(&m, keep);
		uint32_t c = kept_chars(&m, keep);
		if (c > best_chars || a == 0) {
			best_chars = c;
			best_top = top;
			memcpy(best, keep, m.n);
		}
		if (c >= ENOUGH_TEXT || c * 2 >= m.total)
			break;
	}
	memcpy(keep, best, m.n);
	free(best);
	free(m.tchars);
	free(m.tcommas);
	free(m.blk);
	free(m.link);
	free(m.dead);
	free(m.cand);
	free(m.strong);
	free(m.st);
	ds_buf_release(&m.title);
	ds_buf_release(&m.tmp);
	return best_top;
}
