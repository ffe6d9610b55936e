/*
 * doc.c: the handle and the document pipeline (dossier_process), which runs
 * the stages in order on one raw document:
 *   in_txt / in_html (bytes -> body lines, metadata)
 *   -> clean_boiler (clean text, removed lines, credited outlet)
 *   -> clean_sentence (paragraphs, sentences)
 *   -> ex_lang, ex_pubdate (document facts).
 * Each stage is callable alone (ds.h) for tests and fuzzing. Unusable input
 * (binary data, oversized) is reported through the diagnostic callback and
 * gives no document; flawed input (invalid UTF-8) is repaired and reported.
 */
#include <stdlib.h>
#include <string.h>

#include "ds.h"

const char *dossier_version(void) { return DOSSIER_VERSION; }

const char *dossier_strerror(int err)
{
	switch (err) {
	case DOSSIER_OK: return "success";
	case DOSSIER_E_NOMEM: return "out of memory";
	case DOSSIER_E_IO: return "input/output error";
	case DOSSIER_E_TOOBIG: return "input too big";
	case DOSSIER_E_FORMAT: return "invalid input format";
	case DOSSIER_E_USAGE: return "invalid argument";
	case DOSSIER_E_KB: return "invalid knowledge base";
	case DOSSIER_E_DB: return "database error";
	default: return "unknown error";
	}
}

int dossier_new(const struct dossier_options *opts, struct dossier **out, char *errbuf,
		size_t errlen)
{
	struct dossier *ds = ds_xcalloc(1, sizeof *ds);
	ds_html_init();
	if (opts)
		ds->opts = *opts;
	if (!ds->opts.max_doc_bytes)
		ds->opts.max_doc_bytes = DS_DEFAULT_MAX_DOC;
	if (!ds->opts.records)
		ds->opts.records = DOSSIER_REC_ALL;
	ds->opts.records |= DOSSIER_REC_DOCUMENT;
	if (errbuf && errlen)
		errbuf[0] = '\0';
	*out = NULL;
	ds->kb = ds->opts.kb;
	if (!ds->kb && ds->opts.kb_dir && ((ds->opts.records & ~DOSSIER_REC_DOCUMENT) || !ds->opts.no_dedup)) {
		if (dossier_kb_load(ds->opts.kb_dir, ds->opts.cache_dir, &ds->own_kb, ds->opts.diag,
				    ds->opts.diag_ud) < 0) {
			if (errbuf && errlen)
				snprintf(errbuf, errlen, "cannot load the knowledge base in '%s'",
					 ds->opts.kb_dir);
			free(ds);
			return DOSSIER_E_KB;
		}
		ds->kb = ds->own_kb;
	}
	if (ds->kb)
		ds->matcher = ds_matcher_new(ds->kb);
	if (!ds->opts.no_dedup)
		ds->dedup = ds_dedup_new();
	*out = ds;
	return 0;
}

void dossier_free(struct dossier *ds)
{
	if (!ds)
		return;
	ds_matcher_free(ds->matcher);
	ds_aid_work_free(ds->aid_work);
	ds_dedup_free(ds->dedup);
	ds_kb_free(ds->own_kb);
	free(ds);
}

const char *dossier_errmsg(const struct dossier *ds) { return ds->errmsg; }

void ds_set_error(struct dossier *ds, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(ds->errmsg, sizeof ds->errmsg, fmt, ap);
	va_end(ap);
}

void ds_diag(struct dossier *ds, const char *input, int fatal, const char *fmt, ...)
{
	if (!ds->opts.diag)
		return;
	struct ds_buf b = DS_BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	ds_buf_vaddf(&b, fmt, ap);
	va_end(ap);
	/* one line, whatever the input put into it */
	for (size_t i = 0; i < b.len; i++)
		if (b.ptr[i] == '\n' || b.ptr[i] == '\r')
			b.ptr[i] = ' ';
	ds->opts.diag(ds->opts.diag_ud, input ? input : "?", b.ptr ? b.ptr : "", fatal);
	ds_buf_release(&b);
}

void ds_doc_add_removed(struct dossier_doc *doc, const char *s, size_t len)
{
	ds_grow(&doc->removed, &doc->cap_removed, doc->n_removed + 1, sizeof *doc->removed);
	doc->removed[doc->n_removed++] = ds_arena_strndup(&doc->arena, s, len);
}

/* Binary data: NUL bytes, or many control characters, in the first 4 KiB. */
static int looks_binary(const char *s, size_t len)
{
	size_t n = len < 4096 ? len : 4096, ctl = 0;
	if (memchr(s, 0, n))
		return 1;
	for (size_t i = 0; i < n; i++) {
		/* eight bytes at a time while none is below 0x20 */
		uint64_t x;
		if (i + 8 <= n && (memcpy(&x, s + i, 8),
				   !((x - 0x2020202020202020ULL) & ~x & 0x8080808080808080ULL))) {
			i += 7;
			continue;
		}
		unsigned char c = (unsigned char)s[i];
		ctl += c < 0x20 && ((0xFFFFFFFFu & ~(1u << '\n' | 1u << '\r' | 1u << '\t' | 1u << '\f')) >> c & 1);
	}
	return n && ctl * 10 > n;
}

/* Text that is not UTF-8 at all (no valid multi-byte sequence) is taken as
 * Windows-1252, the usual legacy encoding of French and English pages;
 * otherwise invalid sequences are replaced with U+FFFD. */
static size_t to_utf8(struct ds_buf *out, const char *s, size_t len, int *legacy)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t multi, high;
	*legacy = 0;
	/* one valid multi-byte sequence tells UTF-8: the census stops there
	 * (before it, every byte above ASCII is outside a sequence) */
	ds_utf8_census(s, len, &multi, &high, 1);
	if (high && !multi) {
		*legacy = 1;
		ds_buf_reserve(out, len + high * 2);
		for (size_t i = 0; i < len; i++) {
			char tmp[4];
			uint32_t cp = u[i];
			if (cp >= 0x80 && cp < 0xA0)
				cp = ds_cp1252_high(cp);
			if (cp == 0)
				cp = 0xFFFD; /* no NUL in a text */
			if (cp < 0x80)
				ds_buf_addc(out, (char)cp);
			else
				ds_buf_add(out, tmp, ds_utf8_encode(cp, tmp));
		}
		return high;
	}
	size_t bad = ds_utf8_repair(out, s, len);
	ds_utf8_fix_c1(out);
	return bad;
}

/* The language of a document, from a sample of its running text: CLD2 reads
 * about 20 MB/s, so the whole text would cost more than everything else.
 * The sample is the start of up to four paragraphs of prose (80 bytes or
 * more: not titles, datelines or leftovers of navigation), LANG_PARA bytes
 * of each, so that one paragraph full of foreign names does not decide;
 * else the start of the text. Measured on the dev set: the same answers as
 * the whole text. CLD2 costs about as much as all the cleaning: its first
 * half is read first, and when CLD2 is sure of it (reliable, 95% of one
 * language) that is the answer; else the whole sample. Measured: the same
 * answers on every real text at hand (the dev set, the 181 pages of the
 * article-extraction benchmark) and the bench sets; 184 of 50,000
 * synthetic documents of French and English words mixed at random changed
 * sides; the documents stage of txt ran 19% faster. */
#define LANG_SAMPLE 800
#define LANG_PARA 200
static const char *doc_lang(const struct dossier_doc *doc)
{
	char buf[LANG_SAMPLE + 8];
	size_t n = 0;
	for (size_t i = 0; i < doc->n_paras && n + LANG_PARA <= LANG_SAMPLE; i++) {
		const struct ds_span *p = &doc->paras[i];
		size_t len = p->end - p->start;
		if (len < 80)
			continue;
		size_t take = len < LANG_PARA ? len : LANG_PARA;
		take = ds_utf8_valid_prefix(doc->text.ptr + p->start, take);
		memcpy(buf + n, doc->text.ptr + p->start, take);
		n += take;
		buf[n++] = '\n';
	}
	if (n < 200) {
		n = doc->text.len < LANG_SAMPLE ? doc->text.len : LANG_SAMPLE;
		n = ds_utf8_valid_prefix(doc->text.ptr, n);
		memcpy(buf, doc->text.ptr, n);
	}
	if (n >= LANG_SAMPLE / 2) {
		size_t half = n / 2;
		while (half && ((unsigned char)buf[half] & 0xC0) == 0x80)
			half--;
		int sure;
		const char *l = ds_lang_detect_sure(buf, half, &sure);
		if (l && sure)
			return l;
	}
	return ds_lang_detect(buf, n);
}

/* A metadata string (id, URL, title, date) as it may be written out: valid
 * UTF-8, control characters made spaces, at most 4 KiB; NULL stays NULL.
 * WARC headers and page metadata are bytes from anywhere. */
static const char *clean_field(struct dossier_doc *doc, const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s);
	if (n > 4096)
		n = 4096;
	struct ds_buf b = DS_BUF_INIT;
	ds_utf8_repair(&b, s, n);
	for (size_t i = 0; i < b.len; i++)
		if ((unsigned char)b.ptr[i] < 0x20)
			b.ptr[i] = ' ';
	const char *out = ds_arena_strndup(&doc->arena, b.ptr ? b.ptr : "", b.len);
	ds_buf_release(&b);
	return out;
}

static void doc_free_parts(struct dossier_doc *doc)
{
	ds_buf_release(&doc->text);
	free(doc->removed);
	free(doc->paras);
	free(doc->sents);
	free(doc->sent_para);
	free(doc->mentions);
	free(doc->quotes);
	free(doc->aid);
	free(doc->stock);
	ds_dedup_prep_free(doc->dedup_prep);
	ds_arena_release(&doc->arena);
}

int dossier_process(struct dossier *ds, const struct dossier_raw *raw, struct dossier_doc **out)
{
	const char *who = raw->input ? raw->input : raw->id;
	*out = NULL;
	if (raw->body_len > ds->opts.max_doc_bytes) {
		ds_diag(ds, who, 1, "document too big (over %zu bytes): skipped",
			ds->opts.max_doc_bytes);
		return DOSSIER_E_TOOBIG;
	}
	if (raw->format == DOSSIER_FMT_TXT && looks_binary(raw->body, raw->body_len)) {
		ds_diag(ds, who, 1, "binary data, not text: skipped");
		return DOSSIER_E_FORMAT;
	}
	struct dossier_doc *doc = ds_xcalloc(1, sizeof *doc);
	ds_arena_init(&doc->arena);
	doc->kb = ds->kb;
	doc->id = clean_field(doc, raw->id ? raw->id : "");
	doc->input = clean_field(doc, who); /* the reader's copy dies with its next record */
	struct ds_page page;
	memset(&page, 0, sizeof page);
	if (raw->format == DOSSIER_FMT_HTML) {
		if (looks_binary(raw->body, raw->body_len) && !memchr(raw->body, '<', raw->body_len < 4096 ? raw->body_len : 4096)) {
			ds_diag(ds, who, 1, "binary data, not a web page: skipped");
			doc_free_parts(doc);
			free(doc);
			return DOSSIER_E_FORMAT;
		}
		if (ds_html_extract(doc, raw->body, raw->body_len, raw->charset, &page) < 0) {
			ds_diag(ds, who, 1, "not a parsable web page: skipped");
			ds_buf_release(&page.body);
			doc_free_parts(doc);
			free(doc);
			return DOSSIER_E_FORMAT;
		}
	} else {
		struct ds_buf utf8 = DS_BUF_INIT;
		int legacy;
		size_t bad = to_utf8(&utf8, raw->body, raw->body_len, &legacy);
		if (legacy)
			ds_diag(ds, who, 0, "not UTF-8: read as Windows-1252");
		else if (bad)
			ds_diag(ds, who, 0, "invalid UTF-8: %zu sequence%s replaced", bad,
				bad == 1 ? "" : "s");
		ds_txt_parse(doc, utf8.ptr ? utf8.ptr : "", utf8.len,
			     raw->title_in_body || !raw->title, &page);
		ds_buf_release(&utf8);
	}
	doc->url = clean_field(doc, raw->url ? raw->url : page.url);
	doc->title = clean_field(doc, raw->title ? raw->title : page.title);
	if (doc->title && !*doc->title)
		doc->title = NULL;
	ds_clean_body(doc, page.body.ptr ? page.body.ptr : "", page.body.len);
	ds_buf_release(&page.body);
	/* a web page's byline, dropped from the text, may credit an outlet:
	 * "Par la rédaction avec AFP" */
	for (const char *b = page.bylines; b && *b && !doc->credited_source;) {
		const char *nl = strchr(b, '\n');
		size_t n = nl ? (size_t)(nl - b) : strlen(b);
		int whole = 0;
		const char *src = ds_credit_line(doc, b, n, &whole);
		if (src && whole)
			doc->credited_source = src;
		b = nl ? nl + 1 : NULL;
	}
	if (!doc->text.len) {
		ds_diag(ds, who, 1, "no text: skipped");
		doc_free_parts(doc);
		free(doc);
		return DOSSIER_E_FORMAT;
	}
	ds_segment(doc);
	doc->chars = ds_utf8_count(doc->text.ptr, doc->text.len);
	if (raw->lang && *raw->lang)
		doc->lang = clean_field(doc, raw->lang);
	else {
		doc->lang = doc_lang(doc);
		if (!doc->lang && page.lang)
			doc->lang = clean_field(doc, page.lang);
	}
	doc->date = ds_pubdate(doc, raw->date ? raw->date : page.date, raw->crawl_date);
	doc->outlet = ds_kb_outlet(ds->kb, doc->credited_source);
	if (!doc->outlet && doc->url) {
		/* the host of the URL */
		const char *h = strstr(doc->url, "://");
		h = h ? h + 3 : doc->url;
		size_t n = strcspn(h, "/?#:");
		char host[256];
		if (n && n < sizeof host) {
			memcpy(host, h, n);
			host[n] = '\0';
			doc->outlet = ds_kb_outlet(ds->kb, host);
		}
	}
	/* the fingerprints of provenance leave quotes out and hold the
	 * resolved names: found whatever records are asked for, so that a
	 * document links to the same copies in every run */
	int links = ds->dedup || ds->opts.link_later;
	if (ds->kb && ((ds->opts.records & ~DOSSIER_REC_DOCUMENT) || links)) {
		ds_kb_resolve(ds, doc, ds_kb_date(doc->date));
		if ((ds->opts.records & DOSSIER_REC_QUOTE) || links)
			ds_extract_quotes(ds, doc);
		if (ds->opts.records & (DOSSIER_REC_AID | DOSSIER_REC_STOCK))
			ds_extract_aid(ds, doc);
	}
	if (ds->dedup)
		ds_dedup_doc(ds->dedup, doc);
	else if (ds->opts.link_later)
		ds_dedup_prepare(doc);
	*out = doc;
	return 0;
}

void dossier_link(struct dossier *ds, struct dossier_doc *doc)
{
	if (ds->dedup && !doc->dedup_ix)
		ds_dedup_doc(ds->dedup, doc);
}

void dossier_doc_free(struct dossier_doc *doc)
{
	if (!doc)
		return;
	doc_free_parts(doc);
	free(doc);
}

const char *dossier_doc_id(const struct dossier_doc *d) { return d->id; }
const char *dossier_doc_text(const struct dossier_doc *d, size_t *len)
{
	if (len)
		*len = d->text.len;
	return d->text.ptr;
}
const char *dossier_doc_title(const struct dossier_doc *d) { return d->title; }
const char *dossier_doc_lang(const struct dossier_doc *d) { return d->lang; }
const char *dossier_doc_date(const struct dossier_doc *d) { return d->date; }
const char *dossier_doc_url(const struct dossier_doc *d) { return d->url; }
const char *dossier_doc_credited_source(const struct dossier_doc *d) { return d->credited_source; }
size_t dossier_doc_n_removed(const struct dossier_doc *d) { return d->n_removed; }
const char *dossier_doc_removed(const struct dossier_doc *d, size_t i)
{
	return i < d->n_removed ? d->removed[i] : NULL;
}
size_t dossier_doc_n_sentences(const struct dossier_doc *d) { return d->n_sents; }
void dossier_doc_sentence(const struct dossier_doc *d, size_t i, size_t *start, size_t *end)
{
	*start = i < d->n_sents ? d->sents[i].start : 0;
	*end = i < d->n_sents ? d->sents[i].end : 0;
}
size_t dossier_doc_n_paragraphs(const struct dossier_doc *d) { return d->n_paras; }
void dossier_doc_paragraph(const struct dossier_doc *d, size_t i, size_t *start, size_t *end)
{
	*start = i < d->n_paras ? d->paras[i].start : 0;
	*end = i < d->n_paras ? d->paras[i].end : 0;
}

size_t dossier_doc_n_mentions(const struct dossier_doc *d) { return d->n_mentions; }

void dossier_doc_mention(const struct dossier_doc *d, size_t i, struct dossier_mention *m)
{
	memset(m, 0, sizeof *m);
	if (i < d->n_mentions && d->kb)
		ds_mention_public(d->kb, &d->mentions[i], m);
}

struct filter_name {
	int want;
	char name[512];
	char category[128];
};

/* The first mention of the kind the filter wants. */
static void on_filter_mention(void *ud, const struct dossier_mention *m)
{
	struct filter_name *r = ud;
	const char *name = NULL;
	if (r->name[0] || r->category[0])
		return;
	switch (r->want) {
	case 'p':
		if (m->kind == DOSSIER_KIND_STATE || m->kind == DOSSIER_KIND_ORG)
			name = m->kind == DOSSIER_KIND_ORG && m->state ? m->state : m->name;
		else if (m->kind == DOSSIER_KIND_PERSON || m->kind == DOSSIER_KIND_ROLE)
			name = m->state;
		break;
	case 'i':
		if (m->kind == DOSSIER_KIND_MATERIEL)
			name = m->name;
		else if (m->kind == DOSSIER_KIND_CATEGORY && m->category)
			snprintf(r->category, sizeof r->category, "%s", m->category);
		break;
	case 'c':
		if (m->category && (m->kind == DOSSIER_KIND_CATEGORY || m->kind == DOSSIER_KIND_MATERIEL))
			snprintf(r->category, sizeof r->category, "%s", m->category);
		break;
	case 's':
		if (m->kind == DOSSIER_KIND_PERSON || m->kind == DOSSIER_KIND_ORG ||
		    m->kind == DOSSIER_KIND_STATE)
			name = m->name;
		break;
	}
	if (name)
		snprintf(r->name, sizeof r->name, "%s", name);
}

int dossier_resolve_filter(struct dossier *ds, int want, const char *text, char *out, size_t cap)
{
	if (!text || !cap)
		return 0;
	/* a records.md category as written needs no knowledge base */
	if (want == 'c' && ds_kb_category(text)) {
		snprintf(out, cap, "%s", text);
		return DOSSIER_FILTER_CATEGORY;
	}
	if (!ds || !ds->kb)
		return 0;
	struct filter_name r;
	memset(&r, 0, sizeof r);
	r.want = want;
	dossier_kb_lookup(ds, text, strlen(text), NULL, on_filter_mention, &r);
	if (r.name[0]) {
		snprintf(out, cap, "%s", r.name);
		return DOSSIER_FILTER_NAME;
	}
	if (r.category[0] && (want == 'c' || want == 'i')) {
		snprintf(out, cap, "%s", r.category);
		return DOSSIER_FILTER_CATEGORY;
	}
	return 0;
}

int dossier_kb_outlet(const struct dossier *ds, const char *name, const char **canon,
		      const char **country, const char **affiliation)
{
	const struct ds_outlet *o = ds_kb_outlet(ds->kb, name);
	if (!o)
		return 0;
	if (canon)
		*canon = o->name;
	if (country)
		*country = o->country;
	if (affiliation)
		*affiliation = o->affiliation;
	return 1;
}

size_t dossier_kb_lookup(struct dossier *ds, const char *text, size_t len, const char *date,
			 void (*fn)(void *ud, const struct dossier_mention *m), void *ud)
{
	struct dossier_doc doc;
	memset(&doc, 0, sizeof doc);
	ds_arena_init(&doc.arena);
	ds_utf8_repair(&doc.text, text, len);
	ds_segment(&doc);
	doc.kb = ds->kb;
	/* a phrase is too short for its language to be told ("Ukraine's
	 * president" is not English to CLD2): the aliases of both apply */
	doc.lang = NULL;
	if (doc.text.len)
		ds_kb_resolve(ds, &doc, ds_kb_date(date));
	for (size_t i = 0; i < doc.n_mentions; i++) {
		struct dossier_mention m;
		ds_mention_public(ds->kb, &doc.mentions[i], &m);
		fn(ud, &m);
	}
	size_t n = doc.n_mentions;
	doc_free_parts(&doc);
	return n;
}
