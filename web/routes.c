/*
 * routes.c: the pages and their JSON twins. Each route reads the store
 * through the views of dossier.h and writes one HTML page (the API: one
 * JSON object) into the request's body; server.c has already decoded the
 * path and checked the query. Names typed in the tracker's filters are
 * resolved through the knowledge base as `dossier tracker` does
 * ("Allemagne" -> Germany). Every value from the database is written
 * through an escaper of html.c; URLs from articles become links only when
 * they are http(s).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "page.h"

#define TRACKER_PAGE 200 /* entries per tracker page */
#define DOCS_PAGE 100    /* documents per page */
#define MENTIONS_MAX 500 /* mentions shown on an entry page (the JSON: all) */
#define HITS_MAX 50      /* search results of each kind */
#define TEXT_SHOWN (2u << 20) /* bytes of a document's text on its page */

/* --- small helpers ---------------------------------------------------------------- */

/* Copies of strings that must outlive a store callback; freed together. */
struct strs {
	char **v;
	size_t n, cap;
};

static const char *keep(struct strs *s, const char *p)
{
	if (!p)
		return NULL;
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 64;
		char **v = realloc(s->v, s->cap * sizeof *v);
		if (!v)
			abort();
		s->v = v;
	}
	char *c = strdup(p);
	if (!c)
		abort();
	return s->v[s->n++] = c;
}

static void strs_free(struct strs *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
	memset(s, 0, sizeof *s);
}

static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);
	if (!p)
		abort();
	return p;
}

/* The 1-based page of ?page=, or 0 after failing the request. */
static size_t page_of(struct web_req *r)
{
	const char *p = web_param(r, "page");
	if (!p)
		return 1;
	char *end;
	unsigned long v = strtoul(p, &end, 10);
	if (*p < '1' || *p > '9' || *end || v > 1000000) {
		web_fail(r, 400, "page: '%s' is not a page number", p);
		return 0;
	}
	return v;
}

/* Is the URL one a link may point to (http or https, no spaces)? */
static int safe_url(const char *u)
{
	if (!u)
		return 0;
	if (strncasecmp(u, "http://", 7) && strncasecmp(u, "https://", 8))
		return 0;
	for (const unsigned char *p = (const unsigned char *)u; *p; p++)
		if (*p <= 0x20 || *p == 0x7F)
			return 0;
	return 1;
}

static void doc_link(struct wbuf *b, const char *doc, const char *label, unsigned long at)
{
	wb_adds(b, "<a href=\"/documents/");
	wb_url(b, doc);
	if (at != (unsigned long)-1)
		wb_addf(b, "#o%lu", at);
	wb_adds(b, "\">");
	wb_html(b, label && *label ? label : doc);
	wb_adds(b, "</a>");
}

static void entry_link(struct wbuf *b, const char *id, const char *label)
{
	wb_adds(b, "<a href=\"/entries/");
	wb_url(b, id);
	wb_adds(b, "\">");
	wb_html(b, label);
	wb_adds(b, "</a>");
}

static void kv_str(struct wbuf *b, const char *k, const char *v, int first)
{
	wb_addf(b, "%s\"%s\":", first ? "" : ",", k);
	wb_json(b, v);
}

static void kv_num(struct wbuf *b, const char *k, long long v)
{
	if (v < 0)
		wb_addf(b, ",\"%s\":null", k);
	else
		wb_addf(b, ",\"%s\":%lld", k, v);
}

static void kv_amount(struct wbuf *b, const char *k, double v)
{
	if (v < 0)
		wb_addf(b, ",\"%s\":null", k);
	else
		wb_addf(b, ",\"%s\":%.0f", k, v);
}

/* "a<sep>b" -> ["a","b"] */
static void json_list(struct wbuf *b, const char *s, const char *sep)
{
	wb_adds(b, "[");
	size_t sl = strlen(sep);
	for (int first = 1; s && *s; first = 0) {
		const char *e = strstr(s, sep);
		size_t n = e ? (size_t)(e - s) : strlen(s);
		if (!first)
			wb_adds(b, ",");
		wb_jsonn(b, s, n);
		s = e ? e + sl : s + n;
	}
	wb_adds(b, "]");
}

/* "12,14" of digits -> [12,14]; anything else is dropped */
static void json_ints(struct wbuf *b, const char *s)
{
	wb_adds(b, "[");
	int first = 1;
	while (s && *s) {
		size_t n = strspn(s, "0123456789");
		if (n) {
			wb_addf(b, "%s%.*s", first ? "" : ",", (int)n, s);
			first = 0;
		}
		s += n;
		if (*s)
			s++;
	}
	wb_adds(b, "]");
}

static void entry_json(struct wbuf *b, const struct dossier_entry *e)
{
	wb_adds(b, "{");
	kv_str(b, "id", e->id, 1);
	kv_str(b, "provider", e->provider, 0);
	kv_str(b, "item", e->item, 0);
	kv_str(b, "family", e->family, 0);
	kv_str(b, "category", e->category, 0);
	kv_str(b, "status", e->status, 0);
	kv_str(b, "beneficiary", e->beneficiary, 0);
	kv_str(b, "replaces", e->replaces, 0);
	kv_num(b, "pledged", e->pledged);
	wb_adds(b, ",\"pledged_values\":");
	json_ints(b, e->pledged_all);
	kv_num(b, "delivered", e->delivered);
	wb_adds(b, ",\"delivered_values\":");
	json_ints(b, e->delivered_all);
	kv_amount(b, "amount", e->amount);
	kv_str(b, "currency", e->currency, 0);
	wb_adds(b, ",\"amount_values\":");
	json_list(b, e->amount_all, ",");
	wb_adds(b, ",\"conflicts\":[");
	const char *sep = "";
	if (e->conflicts & DOSSIER_CONFLICT_PLEDGED)
		wb_adds(b, "\"pledged\""), sep = ",";
	if (e->conflicts & DOSSIER_CONFLICT_DELIVERED)
		wb_addf(b, "%s\"delivered\"", sep), sep = ",";
	if (e->conflicts & DOSSIER_CONFLICT_AMOUNT)
		wb_addf(b, "%s\"amount\"", sep);
	wb_adds(b, "]");
	kv_str(b, "first_date", e->first_date, 0);
	kv_str(b, "last_date", e->last_date, 0);
	wb_addf(b, ",\"mentions\":%lu,\"sources\":%lu,\"source_docs\":", e->n_mentions,
		e->n_sources);
	json_list(b, e->sources, "; ");
	wb_adds(b, "}");
}

/* The item cell: the item, else (its category); backfill deals say whose. */
static void item_cell(struct wbuf *b, const struct dossier_entry *e)
{
	if (e->item)
		wb_html(b, e->item);
	else {
		wb_adds(b, "<span class=\"muted\">(");
		wb_html(b, e->category ? e->category : "?");
		wb_adds(b, ")</span>");
	}
	if (e->replaces || e->beneficiary) {
		wb_adds(b, " <span class=\"muted\">for ");
		wb_html(b, e->beneficiary ? e->beneficiary : "?");
		wb_adds(b, "\xE2\x80\x99s ");
		wb_html(b, e->replaces ? e->replaces : "?");
		wb_adds(b, "</span>");
	}
}

/* A figure of an entry, linked to its evidence; "!" and the values when
 * the sources disagree. */
static void figure_cell(struct wbuf *b, const struct dossier_entry *e, long long v,
			const char *all, int conflict)
{
	wb_addf(b, "<td class=\"num\" data-sort=\"%lld\">", v);
	if (v >= 0) {
		wb_adds(b, "<a href=\"/entries/");
		wb_url(b, e->id);
		wb_adds(b, "\"");
		if (conflict) {
			wb_adds(b, " class=\"conflict\" title=\"sources disagree: ");
			wb_html(b, all);
			wb_adds(b, "\"");
		}
		wb_adds(b, ">");
		wb_num(b, v);
		if (conflict)
			wb_adds(b, "!");
		wb_adds(b, "</a>");
	}
	wb_adds(b, "</td>");
}

static void status_badge(struct wbuf *b, const char *status)
{
	wb_adds(b, "<span class=\"status st-");
	wb_html(b, status && strspn(status, "abcdefghijklmnopqrstuvwxyz") == strlen(status)
			   ? status : "other");
	wb_adds(b, "\">");
	wb_html(b, status);
	wb_adds(b, "</span>");
}

static void entry_row_html(struct wbuf *b, const struct dossier_entry *e)
{
	char id[11];
	snprintf(id, sizeof id, "%s", e->id ? e->id : "");
	wb_adds(b, "<tr><td class=\"id\">");
	entry_link(b, e->id, id);
	wb_adds(b, "</td><td><a href=\"/tracker?provider=");
	wb_url(b, e->provider);
	wb_adds(b, "\">");
	wb_html(b, e->provider);
	wb_adds(b, "</a></td><td>");
	item_cell(b, e);
	wb_adds(b, "</td><td>");
	wb_html(b, e->category);
	wb_adds(b, "</td><td>");
	status_badge(b, e->status);
	wb_adds(b, "</td>");
	figure_cell(b, e, e->pledged, e->pledged_all, e->conflicts & DOSSIER_CONFLICT_PLEDGED);
	figure_cell(b, e, e->delivered, e->delivered_all,
		    e->conflicts & DOSSIER_CONFLICT_DELIVERED);
	wb_addf(b, "<td class=\"num\" data-sort=\"%.0f\">", e->amount);
	if (e->amount >= 0) {
		wb_adds(b, "<a href=\"/entries/");
		wb_url(b, e->id);
		wb_adds(b, "\"");
		if (e->conflicts & DOSSIER_CONFLICT_AMOUNT) {
			wb_adds(b, " class=\"conflict\" title=\"sources disagree: ");
			wb_html(b, e->amount_all);
			wb_adds(b, "\"");
		}
		wb_adds(b, ">");
		wb_amount(b, e->amount, e->currency);
		wb_adds(b, "</a>");
	}
	wb_adds(b, "</td><td class=\"date\">");
	wb_html(b, e->first_date ? e->first_date : "");
	wb_adds(b, "</td><td class=\"date\">");
	wb_html(b, e->last_date ? e->last_date : "");
	wb_addf(b, "</td><td class=\"num\" data-sort=\"%lu\">", e->n_sources);
	wb_adds(b, "<a href=\"/entries/");
	wb_url(b, e->id);
	wb_addf(b, "\">%lu</a> <span class=\"muted\">/ %lu</span></td></tr>\n", e->n_sources,
		e->n_mentions);
}

static const char entries_head[] =
	"<thead><tr><th>Entry</th><th>Provider</th><th>Item</th><th>Category</th>"
	"<th>Status</th><th class=\"num\">Pledged</th><th class=\"num\">Delivered</th>"
	"<th class=\"num\">Value</th><th>First report</th><th>Last report</th>"
	"<th class=\"num\" title=\"independent sources / sentences\">Sources</th></tr></thead>";

/* The roots of the records.md category tree, in the order the charts colour
 * them (an index here is a colour class of style.css). */
static const char *const roots[] = {
	"armoured vehicle", "artillery", "air defence system", "missile", "anti-tank weapon",
	"aircraft", "helicopter", "drone", "ammunition", "small arms", "naval vessel",
	"military aid package", "equipment", "other"};
#define N_ROOTS (sizeof roots / sizeof roots[0])

/* The tracker's filter from the query, names resolved; `notes` tells
 * what became what. Strings live in `keep`. */
static void tracker_filter(struct web_req *r, struct dossier_filter *f, struct strs *kept,
			   struct wbuf *notes)
{
	static const struct {
		const char *key;
		int want;
	} fields[] = {{"provider", 'p'}, {"item", 'i'}, {"category", 'c'}};
	memset(f, 0, sizeof *f);
	f->status = web_param(r, "status");
	f->since = web_param(r, "since");
	f->until = web_param(r, "until");
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		const char *v = web_param(r, fields[i].key);
		const char *out = v, *cat = NULL;
		char buf[512];
		int res = v ? dossier_resolve_filter(r->ds, fields[i].want, v, buf, sizeof buf) : 0;
		if (res == DOSSIER_FILTER_NAME ||
		    (res == DOSSIER_FILTER_CATEGORY && fields[i].want == 'c'))
			out = strcmp(buf, v) ? keep(kept, buf) : v;
		else if (res == DOSSIER_FILTER_CATEGORY && fields[i].want == 'i' &&
			 !web_param(r, "category"))
			out = NULL, cat = keep(kept, buf);
		if (fields[i].want == 'p')
			f->provider = out;
		else if (fields[i].want == 'i')
			f->item = out;
		else if (!f->category)
			f->category = out;
		if (cat)
			f->category = cat;
		if (v && (!out || strcmp(out, v))) {
			wb_adds(notes, notes->len ? "; " : "");
			wb_addf(notes, "%s ", fields[i].key);
			wb_html(notes, v);
			wb_adds(notes, " = ");
			if (cat) {
				wb_adds(notes, "category ");
				wb_html(notes, cat);
			} else {
				wb_html(notes, out);
			}
		}
	}
}

/* --- overview ------------------------------------------------------------------------ */

struct overview {
	struct web_req *r;
	struct wbuf json, table;
	struct chart_provider *prov;
	size_t n_prov, cap_prov;
	struct strs kept;
	/* the timeline */
	struct {
		int year, month;
		unsigned long pledged, delivered, other;
	} *months;
	size_t n_months, cap_months;
	unsigned long undated;
	int first_json;
};

static size_t root_index(const char *top)
{
	for (size_t i = 0; i + 1 < N_ROOTS; i++)
		if (top && !strcmp(roots[i], top))
			return i;
	return N_ROOTS - 1;
}

static int on_total(void *ud, const struct dossier_total_row *t)
{
	struct overview *o = ud;
	if (o->r->api) {
		wb_adds(&o->json, o->first_json ? "" : ",");
		o->first_json = 0;
		wb_adds(&o->json, "{");
		kv_str(&o->json, "provider", t->provider, 1);
		kv_str(&o->json, "category", t->category, 0);
		kv_str(&o->json, "top", t->top, 0);
		wb_addf(&o->json, ",\"entries\":%lu,\"pledged\":%lu,\"delivered\":%lu,"
				  "\"pledged_units\":%llu,\"delivered_units\":%llu}",
			t->entries, t->pledged, t->delivered, t->pledged_units, t->delivered_units);
		return 0;
	}
	/* rows come by provider: a new provider starts a new bar */
	if (!o->n_prov || strcmp(o->prov[o->n_prov - 1].name, t->provider ? t->provider : "")) {
		if (o->n_prov == o->cap_prov) {
			o->cap_prov = o->cap_prov ? 2 * o->cap_prov : 32;
			o->prov = realloc(o->prov, o->cap_prov * sizeof *o->prov);
			if (!o->prov)
				abort();
		}
		memset(&o->prov[o->n_prov], 0, sizeof o->prov[0]);
		o->prov[o->n_prov++].name = keep(&o->kept, t->provider ? t->provider : "");
	}
	struct chart_provider *p = &o->prov[o->n_prov - 1];
	size_t k = root_index(t->top);
	p->pledged[k] += t->pledged;
	p->delivered[k] += t->delivered;
	p->pledged_units[k] += t->pledged_units;
	p->delivered_units[k] += t->delivered_units;
	p->total_pledged += t->pledged;
	p->total_delivered += t->delivered;
	return 0;
}

static int on_month(void *ud, const struct dossier_month_row *m)
{
	struct overview *o = ud;
	if (o->r->api) {
		wb_adds(&o->json, o->first_json ? "" : ",");
		o->first_json = 0;
		wb_adds(&o->json, "{");
		kv_str(&o->json, "month", m->month, 1);
		kv_str(&o->json, "status", m->status, 0);
		wb_addf(&o->json, ",\"entries\":%lu,\"pledged\":%llu,\"delivered\":%llu}", m->entries,
			m->pledged, m->delivered);
		return 0;
	}
	int y, mo;
	char tail;
	if (!m->month || sscanf(m->month, "%4d-%2d%c", &y, &mo, &tail) != 2 || mo < 1 || mo > 12 ||
	    y < 1900 || y > 2200) {
		o->undated += m->entries;
		return 0;
	}
	if (!o->n_months || o->months[o->n_months - 1].year != y ||
	    o->months[o->n_months - 1].month != mo) {
		if (o->n_months == o->cap_months) {
			o->cap_months = o->cap_months ? 2 * o->cap_months : 64;
			o->months = realloc(o->months, o->cap_months * sizeof *o->months);
			if (!o->months)
				abort();
		}
		memset(&o->months[o->n_months], 0, sizeof o->months[0]);
		o->months[o->n_months].year = y;
		o->months[o->n_months++].month = mo;
	}
	if (!strcmp(m->status ? m->status : "", "pledged"))
		o->months[o->n_months - 1].pledged += m->entries;
	else if (!strcmp(m->status ? m->status : "", "delivered"))
		o->months[o->n_months - 1].delivered += m->entries;
	else
		o->months[o->n_months - 1].other += m->entries;
	return 0;
}

static int on_latest(void *ud, const struct dossier_entry *e)
{
	struct overview *o = ud;
	if (o->r->api) {
		wb_adds(&o->json, o->first_json ? "" : ",");
		o->first_json = 0;
		entry_json(&o->json, e);
	} else {
		entry_row_html(&o->table, e);
	}
	return 0;
}

static int cmp_prov(const void *a, const void *b)
{
	const struct chart_provider *x = a, *y = b;
	if (x->total_pledged != y->total_pledged)
		return x->total_pledged < y->total_pledged ? 1 : -1;
	if (x->total_delivered != y->total_delivered)
		return x->total_delivered < y->total_delivered ? 1 : -1;
	return strcmp(x->name, y->name);
}

#define CHART_PROVIDERS 25 /* bars on the overview; the table has all */
#define CHART_MONTHS 120

static int db_failed(struct web_req *r, int rc)
{
	if (rc >= 0)
		return 0;
	if (rc == DOSSIER_E_USAGE)
		web_fail(r, 400, "%s", dossier_store_errmsg(r->st));
	else {
		snprintf(r->errmsg, sizeof r->errmsg, "%s", dossier_store_errmsg(r->st));
		web_fail(r, 500, "the database failed");
	}
	return 1;
}

static void route_overview(struct web_req *r)
{
	if (web_params_only(r, "") < 0)
		return;
	struct overview o;
	memset(&o, 0, sizeof o);
	o.r = r;
	struct dossier_store_counts c;
	int rc = dossier_store_counts(r->st, &c);
	if (db_failed(r, rc))
		return;
	struct wbuf *b = &r->body;
	if (r->api) {
		wb_addf(b, "{\"counts\":{\"documents\":%llu,\"quotes\":%llu,\"aid\":%llu,"
			   "\"stock\":%llu,\"entries\":%llu},\"providers\":[",
			c.documents, c.quotes, c.aid, c.stock, c.entries);
		o.first_json = 1;
		rc = dossier_store_totals(r->st, on_total, &o);
		if (rc >= 0) {
			wb_add(&o.json, "],\"timeline\":[", 14);
			o.first_json = 1;
			rc = dossier_store_timeline(r->st, on_month, &o);
		}
		if (rc >= 0) {
			wb_add(&o.json, "],\"latest\":[", 12);
			o.first_json = 1;
			rc = dossier_store_latest(r->st, 10, on_latest, &o);
		}
		if (!db_failed(r, rc)) {
			wb_add(b, o.json.ptr, o.json.len);
			wb_adds(b, "]}\n");
		}
		wb_release(&o.json);
		return;
	}
	rc = dossier_store_totals(r->st, on_total, &o);
	if (rc >= 0)
		rc = dossier_store_timeline(r->st, on_month, &o);
	if (rc >= 0)
		rc = dossier_store_latest(r->st, 10, on_latest, &o);
	if (db_failed(r, rc))
		goto done;
	page_begin(r, "Overview", "overview");
	wb_adds(b, "<h1>Military aid to Ukraine, as the press reported it</h1><p class=\"counts\">");
	wb_num(b, (long long)c.documents);
	wb_adds(b, " articles, ");
	wb_num(b, (long long)c.aid);
	wb_adds(b, " aid mentions merged into <a href=\"/tracker\">");
	wb_num(b, (long long)c.entries);
	wb_adds(b, " tracker entries</a>, ");
	wb_num(b, (long long)c.quotes);
	wb_adds(b, " <a href=\"/speakers\">quotes</a>.</p>");

	/* per provider: bars by root category */
	wb_adds(b, "<section><h2>Pledged and delivered, per provider</h2><p class=\"note\">Deals "
		   "(tracker entries) each provider pledged (pledged or delivered since) and "
		   "delivered, by category. Hover a bar for its units; click it for the "
		   "entries.</p>");
	if (o.n_prov)
		qsort(o.prov, o.n_prov, sizeof *o.prov, cmp_prov);
	size_t shown = o.n_prov < CHART_PROVIDERS ? o.n_prov : CHART_PROVIDERS;
	if (o.n_prov) {
		svg_providers(b, o.prov, shown, roots, N_ROOTS);
		wb_adds(b, "<ul class=\"legend\">");
		for (size_t k = 0; k < N_ROOTS; k++) {
			int used = 0;
			for (size_t i = 0; i < o.n_prov && !used; i++)
				used = o.prov[i].pledged[k] || o.prov[i].delivered[k];
			if (used)
				wb_addf(b, "<li><span class=\"sw c%zu\"></span>%s</li>", k, roots[k]);
		}
		wb_adds(b, "<li><span class=\"sw light\"></span>pledged (upper bar)</li>"
			   "<li><span class=\"sw full\"></span>delivered (lower bar)</li></ul>");
		if (o.n_prov > shown)
			wb_addf(b, "<p class=\"note\">The %zu providers with the most deals; the table "
				   "below has all %zu.</p>", shown, o.n_prov);
	} else {
		wb_adds(b, "<p class=\"empty\">No tracker entry yet.</p>");
	}
	/* the bars' figures as a table (the JSON has them per category) */
	wb_adds(b, "<details><summary>The figures as a table</summary><table class=\"sortable\" "
		   "id=\"totals\"><thead><tr><th>Provider</th><th class=\"num\">Deals pledged</th>"
		   "<th class=\"num\">Delivered</th><th class=\"num\">Units pledged</th>"
		   "<th class=\"num\">Delivered</th><th>By category: pledged/delivered</th></tr>"
		   "</thead><tbody>");
	for (size_t i = 0; i < o.n_prov; i++) {
		const struct chart_provider *p = &o.prov[i];
		unsigned long long up = 0, ud = 0;
		for (size_t k = 0; k < N_ROOTS; k++)
			up += p->pledged_units[k], ud += p->delivered_units[k];
		wb_adds(b, "<tr><td><a href=\"/tracker?provider=");
		wb_url(b, p->name);
		wb_adds(b, "\">");
		wb_html(b, p->name);
		wb_addf(b, "</a></td><td class=\"num\">%lu</td><td class=\"num\">%lu</td>"
			   "<td class=\"num\" data-sort=\"%llu\">", p->total_pledged,
			p->total_delivered, up);
		wb_num(b, (long long)up);
		wb_addf(b, "</td><td class=\"num\" data-sort=\"%llu\">", ud);
		wb_num(b, (long long)ud);
		wb_adds(b, "</td><td class=\"muted\">");
		const char *sep = "";
		for (size_t k = 0; k < N_ROOTS; k++) {
			if (!p->pledged[k] && !p->delivered[k])
				continue;
			wb_addf(b, "%s%s %lu/%lu", sep, roots[k], p->pledged[k], p->delivered[k]);
			sep = ", ";
		}
		wb_adds(b, "</td></tr>\n");
	}
	wb_adds(b, "</tbody></table></details></section>");

	/* the timeline: every month from the first to the last */
	wb_adds(b, "<section><h2>Pledges and deliveries by month</h2><p class=\"note\">Deals by "
		   "the month they were first reported, and how far they have got since: "
		   "<span class=\"sw delivered\"></span>delivered, <span class=\"sw pledged\"></span>"
		   "pledged, <span class=\"sw other\"></span>requested, considered, refused or "
		   "backfill.</p>");
	if (o.n_months) {
		int y0 = o.months[0].year, m0 = o.months[0].month;
		int y1 = o.months[o.n_months - 1].year, m1 = o.months[o.n_months - 1].month;
		long span = (long)(y1 - y0) * 12 + (m1 - m0) + 1;
		size_t skip = 0;
		if (span > CHART_MONTHS) {
			/* the last CHART_MONTHS months */
			long drop = span - CHART_MONTHS;
			y0 += (int)((m0 - 1 + drop) / 12);
			m0 = (int)((m0 - 1 + drop) % 12) + 1;
			span = CHART_MONTHS;
		}
		struct chart_month *cm = xcalloc((size_t)span, sizeof *cm);
		for (long i = 0; i < span; i++) {
			cm[i].year = y0 + (int)((m0 - 1 + i) / 12);
			cm[i].month = (int)((m0 - 1 + i) % 12) + 1;
		}
		for (size_t i = 0; i < o.n_months; i++) {
			long at = (long)(o.months[i].year - y0) * 12 + (o.months[i].month - m0);
			if (at < 0 || at >= span) {
				skip += o.months[i].pledged + o.months[i].delivered + o.months[i].other;
				continue;
			}
			cm[at].pledged += o.months[i].pledged;
			cm[at].delivered += o.months[i].delivered;
			cm[at].other += o.months[i].other;
		}
		svg_timeline(b, cm, (size_t)span);
		free(cm);
		if (skip)
			wb_addf(b, "<p class=\"note\">%zu deals reported before the last %d months are "
				   "not drawn.</p>", skip, CHART_MONTHS);
	} else {
		wb_adds(b, "<p class=\"empty\">No dated entry yet.</p>");
	}
	if (o.undated)
		wb_addf(b, "<p class=\"note\">%lu deals dated by the year only, or undated, are not "
			   "drawn.</p>", o.undated);
	wb_adds(b, "</section>");

	wb_adds(b, "<section><h2>Latest entries</h2>");
	if (o.table.len) {
		wb_adds(b, "<table class=\"sortable entries\" id=\"latest\">");
		wb_adds(b, entries_head);
		wb_adds(b, "<tbody>");
		wb_add(b, o.table.ptr, o.table.len);
		wb_adds(b, "</tbody></table><p><a href=\"/tracker\">The whole tracker</a></p>");
	} else {
		wb_adds(b, "<p class=\"empty\">No tracker entry yet: <code>dossier ingest</code> "
			   "some articles.</p>");
	}
	wb_adds(b, "</section>");
	page_end(r, "/api/overview");
done:
	wb_release(&o.table);
	free(o.prov);
	free(o.months);
	strs_free(&o.kept);
}

/* --- tracker ------------------------------------------------------------------------ */

struct tracker_out {
	struct web_req *r;
	struct wbuf rows;
	size_t from, to, n; /* rows [from, to) of the matches are written */
};

static int on_entry(void *ud, const struct dossier_entry *e)
{
	struct tracker_out *t = ud;
	size_t i = t->n++;
	if (i < t->from || i >= t->to)
		return 0;
	if (t->r->api) {
		wb_adds(&t->rows, i > t->from ? "," : "");
		entry_json(&t->rows, e);
	} else {
		entry_row_html(&t->rows, e);
	}
	return 0;
}

static void filter_input(struct wbuf *b, const char *name, const char *label, const char *value,
			 const char *placeholder)
{
	wb_addf(b, "<label>%s <input name=\"%s\" maxlength=\"200\" placeholder=\"", label, name);
	wb_html(b, placeholder);
	wb_adds(b, "\"");
	if (value) {
		wb_adds(b, " value=\"");
		wb_html(b, value);
		wb_adds(b, "\"");
	}
	wb_adds(b, "></label>");
}

/* The query string of the filters given, each followed by `sep` ("&amp;"
 * in an attribute, "&" in a URL that is escaped later). */
static void filter_query(struct wbuf *b, struct web_req *r, const char *sep)
{
	static const char *const keys[] = {"provider", "item", "category", "status", "since",
					   "until"};
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		const char *v = web_param(r, keys[i]);
		if (!v)
			continue;
		wb_addf(b, "%s=", keys[i]);
		wb_url(b, v);
		wb_adds(b, sep);
	}
}

static void route_tracker(struct web_req *r)
{
	if (web_params_only(r, "provider item category status since until page") < 0)
		return;
	size_t page = page_of(r);
	if (!page)
		return;
	struct dossier_filter f;
	struct strs kept = {0};
	struct wbuf notes = {0};
	tracker_filter(r, &f, &kept, &notes);
	struct tracker_out t;
	memset(&t, 0, sizeof t);
	t.r = r;
	t.from = (page - 1) * TRACKER_PAGE;
	t.to = t.from + TRACKER_PAGE;
	int rc = dossier_store_entries(r->st, &f, on_entry, &t);
	if (db_failed(r, rc))
		goto done;
	struct wbuf *b = &r->body;
	if (r->api) {
		wb_adds(b, "{\"filters\":{");
		kv_str(b, "provider", f.provider, 1);
		kv_str(b, "item", f.item, 0);
		kv_str(b, "category", f.category, 0);
		kv_str(b, "status", f.status, 0);
		kv_str(b, "since", f.since, 0);
		kv_str(b, "until", f.until, 0);
		wb_addf(b, "},\"total\":%zu,\"page\":%zu,\"per_page\":%d,\"entries\":[", t.n, page,
			TRACKER_PAGE);
		wb_add(b, t.rows.ptr, t.rows.len);
		wb_adds(b, "]}\n");
		goto done;
	}
	page_begin(r, "Tracker", "tracker");
	wb_adds(b, "<h1>Tracker</h1><form class=\"filters\" action=\"/tracker\" method=\"get\">");
	filter_input(b, "provider", "Provider", web_param(r, "provider"), "Germany, Allemagne");
	filter_input(b, "item", "Item", web_param(r, "item"), "Leopard, chars");
	filter_input(b, "category", "Category", web_param(r, "category"), "tank");
	static const char *const statuses[] = {"requested", "considered", "pledged", "delivered",
					       "refused", "backfill"};
	const char *st = web_param(r, "status");
	wb_adds(b, "<label>Status <select name=\"status\"><option value=\"\">any</option>");
	for (size_t i = 0; i < sizeof statuses / sizeof statuses[0]; i++)
		wb_addf(b, "<option%s>%s</option>", st && !strcmp(st, statuses[i]) ? " selected" : "",
			statuses[i]);
	wb_adds(b, "</select></label>");
	filter_input(b, "since", "Since", web_param(r, "since"), "2023-01");
	filter_input(b, "until", "Until", web_param(r, "until"), "2023-12-31");
	wb_adds(b, "<button type=\"submit\">Filter</button> <a href=\"/tracker\">clear</a></form>");
	if (notes.len) {
		wb_adds(b, "<p class=\"note\">Names resolved: ");
		wb_add(b, notes.ptr, notes.len);
		wb_adds(b, ".</p>");
	}
	size_t pages = (t.n + TRACKER_PAGE - 1) / TRACKER_PAGE;
	wb_addf(b, "<p class=\"counts\">%zu entr%s", t.n, t.n == 1 ? "y" : "ies");
	if (pages > 1)
		wb_addf(b, ", page %zu of %zu", page, pages);
	wb_adds(b, ". Every figure links to the sentences it comes from; ! marks sources that "
		   "disagree.</p>");
	if (t.rows.len) {
		wb_adds(b, "<p><input type=\"search\" class=\"filter\" data-table=\"entries\" "
			   "placeholder=\"Filter these rows\" aria-label=\"Filter these rows\"></p>"
			   "<table class=\"sortable entries\" id=\"entries\">");
		wb_adds(b, entries_head);
		wb_adds(b, "<tbody>");
		wb_add(b, t.rows.ptr, t.rows.len);
		wb_adds(b, "</tbody></table>");
	} else {
		wb_adds(b, "<p class=\"empty\">No entry matches.</p>");
	}
	if (pages > 1) {
		wb_adds(b, "<nav class=\"pages\">");
		if (page > 1) {
			wb_adds(b, "<a rel=\"prev\" href=\"/tracker?");
			filter_query(b, r, "&amp;");
			wb_addf(b, "page=%zu\">previous</a> ", page - 1);
		}
		if (page < pages) {
			wb_adds(b, "<a rel=\"next\" href=\"/tracker?");
			filter_query(b, r, "&amp;");
			wb_addf(b, "page=%zu\">next</a>", page + 1);
		}
		wb_adds(b, "</nav>");
	}
	{
		struct wbuf api = {0};
		wb_adds(&api, "/api/tracker?");
		filter_query(&api, r, "&");
		if (page > 1)
			wb_addf(&api, "page=%zu", page);
		while (api.len && (api.ptr[api.len - 1] == '&' || api.ptr[api.len - 1] == '?'))
			api.ptr[--api.len] = '\0';
		page_end(r, api.ptr);
		wb_release(&api);
	}
done:
	wb_release(&t.rows);
	wb_release(&notes);
	strs_free(&kept);
}

/* --- an entry and its evidence --------------------------------------------------------- */

struct entry_out {
	struct web_req *r;
	struct wbuf head, counted, copies;
	char id[20];
	unsigned long n_counted, n_copies, n;
};

static int on_entry_head(void *ud, const struct dossier_entry *e)
{
	struct entry_out *o = ud;
	struct wbuf *b = &o->head;
	snprintf(o->id, sizeof o->id, "%s", e->id ? e->id : "");
	if (o->r->api) {
		entry_json(b, e);
		return 0;
	}
	wb_adds(b, "<h1>");
	wb_html(b, e->provider);
	wb_adds(b, ": ");
	item_cell(b, e);
	wb_adds(b, " ");
	status_badge(b, e->status);
	wb_adds(b, "</h1><dl class=\"facts\"><dt>Entry</dt><dd><code>");
	wb_html(b, e->id);
	wb_adds(b, "</code></dd><dt>Provider</dt><dd><a href=\"/tracker?provider=");
	wb_url(b, e->provider);
	wb_adds(b, "\">");
	wb_html(b, e->provider);
	wb_adds(b, "</a></dd>");
	if (e->family && (!e->item || strcmp(e->family, e->item))) {
		wb_adds(b, "<dt>Family</dt><dd><a href=\"/tracker?item=");
		wb_url(b, e->family);
		wb_adds(b, "\">");
		wb_html(b, e->family);
		wb_adds(b, "</a></dd>");
	}
	wb_adds(b, "<dt>Category</dt><dd>");
	wb_html(b, e->category);
	wb_adds(b, "</dd>");
	if (e->pledged >= 0 || e->pledged_all[0]) {
		wb_adds(b, "<dt>Pledged</dt><dd>");
		wb_num(b, e->pledged);
		if (e->conflicts & DOSSIER_CONFLICT_PLEDGED) {
			wb_adds(b, " <span class=\"conflict\">sources disagree: ");
			wb_html(b, e->pledged_all);
			wb_adds(b, "</span>");
		}
		wb_adds(b, "</dd>");
	}
	if (e->delivered >= 0 || e->delivered_all[0]) {
		wb_adds(b, "<dt>Delivered</dt><dd>");
		wb_num(b, e->delivered);
		if (e->conflicts & DOSSIER_CONFLICT_DELIVERED) {
			wb_adds(b, " <span class=\"conflict\">sources disagree: ");
			wb_html(b, e->delivered_all);
			wb_adds(b, "</span>");
		}
		wb_adds(b, "</dd>");
	}
	if (e->amount >= 0) {
		wb_adds(b, "<dt>Value</dt><dd>");
		wb_amount(b, e->amount, e->currency);
		if (e->conflicts & DOSSIER_CONFLICT_AMOUNT) {
			wb_adds(b, " <span class=\"conflict\">sources disagree: ");
			wb_html(b, e->amount_all);
			wb_adds(b, "</span>");
		}
		wb_adds(b, "</dd>");
	}
	wb_adds(b, "<dt>Reported</dt><dd>");
	wb_html(b, e->first_date ? e->first_date : "undated");
	if (e->last_date && (!e->first_date || strcmp(e->first_date, e->last_date))) {
		wb_adds(b, " to ");
		wb_html(b, e->last_date);
	}
	wb_addf(b, "</dd><dt>Evidence</dt><dd>%lu sentence%s from %lu independent source%s</dd>"
		   "</dl>", e->n_mentions, e->n_mentions == 1 ? "" : "s", e->n_sources,
		e->n_sources == 1 ? "" : "s");
	return 0;
}

static int on_evidence(void *ud, const struct dossier_evidence *e)
{
	struct entry_out *o = ud;
	o->n++;
	if (e->counted)
		o->n_counted++;
	else
		o->n_copies++;
	struct wbuf *b = e->counted ? &o->counted : &o->copies;
	if (o->r->api) {
		wb_adds(b, b->len ? "," : "");
		wb_adds(b, "{");
		kv_str(b, "date", e->date, 1);
		kv_str(b, "action", e->action, 0);
		kv_num(b, "quantity", e->quantity);
		kv_amount(b, "amount", e->amount);
		kv_str(b, "currency", e->currency, 0);
		kv_str(b, "doc", e->doc, 0);
		kv_str(b, "title", e->title, 0);
		kv_str(b, "outlet", e->outlet, 0);
		kv_str(b, "doc_date", e->doc_date, 0);
		kv_str(b, "url", e->url, 0);
		wb_addf(b, ",\"counted\":%s", e->counted ? "true" : "false");
		kv_str(b, "copy_of", e->copy_of, 0);
		kv_str(b, "sentence", e->sentence, 0);
		wb_addf(b, ",\"offset\":[%lu,%lu]}", e->start, e->end);
		return 0;
	}
	if ((e->counted ? o->n_counted : o->n_copies) > MENTIONS_MAX)
		return 0;
	wb_adds(b, "<li class=\"mention\"><p class=\"meta\">");
	wb_html(b, e->date ? e->date : "undated");
	wb_adds(b, " \xC2\xB7 <strong>");
	wb_html(b, e->action);
	wb_adds(b, "</strong>");
	if (e->quantity >= 0) {
		wb_adds(b, " \xC2\xB7 ");
		wb_num(b, e->quantity);
	}
	if (e->amount >= 0) {
		wb_adds(b, " \xC2\xB7 ");
		wb_amount(b, e->amount, e->currency);
	}
	wb_adds(b, " \xC2\xB7 ");
	doc_link(b, e->doc, e->title, e->start);
	if (e->outlet) {
		wb_adds(b, " <span class=\"muted\">(");
		wb_html(b, e->outlet);
		wb_adds(b, e->doc_date ? ", " : "");
		wb_html(b, e->doc_date);
		wb_adds(b, ")</span>");
	} else if (e->doc_date) {
		wb_adds(b, " <span class=\"muted\">(");
		wb_html(b, e->doc_date);
		wb_adds(b, ")</span>");
	}
	if (safe_url(e->url)) {
		wb_adds(b, " <a class=\"ext\" rel=\"noopener noreferrer nofollow\" href=\"");
		wb_html(b, e->url);
		wb_adds(b, "\">source</a>");
	}
	if (!e->counted) {
		wb_adds(b, " \xC2\xB7 copy of ");
		doc_link(b, e->copy_of ? e->copy_of : "?", NULL, (unsigned long)-1);
		wb_adds(b, ", not counted");
	}
	wb_adds(b, "</p><blockquote>");
	wb_html(b, e->sentence);
	wb_adds(b, "</blockquote></li>\n");
	return 0;
}

static void route_entry(struct web_req *r, const char *id)
{
	if (web_params_only(r, "") < 0)
		return;
	struct entry_out o;
	memset(&o, 0, sizeof o);
	o.r = r;
	int rc = dossier_store_entry(r->st, id, on_entry_head, &o);
	if (rc == DOSSIER_E_USAGE) {
		web_fail(r, 404, "%s", dossier_store_errmsg(r->st));
		goto done;
	}
	if (rc >= 0)
		rc = dossier_store_evidence(r->st, o.id, on_evidence, &o);
	if (db_failed(r, rc))
		goto done;
	struct wbuf *b = &r->body;
	if (r->api) {
		wb_adds(b, "{\"entry\":");
		wb_add(b, o.head.ptr, o.head.len);
		wb_adds(b, ",\"mentions\":[");
		wb_add(b, o.counted.ptr, o.counted.len);
		wb_adds(b, "],\"copies\":[");
		wb_add(b, o.copies.ptr, o.copies.len);
		wb_adds(b, "]}\n");
		goto done;
	}
	char title[64];
	snprintf(title, sizeof title, "Entry %.10s", o.id);
	page_begin(r, title, "tracker");
	wb_add(b, o.head.ptr, o.head.len);
	wb_addf(b, "<section id=\"mentions\"><h2>%lu counted mention%s</h2><p class=\"note\">The "
		   "sentences this entry was built from, by date.</p>",
		o.n_counted, o.n_counted == 1 ? "" : "s");
	wb_adds(b, "<ol class=\"mentions\">");
	wb_add(b, o.counted.ptr, o.counted.len);
	wb_adds(b, "</ol>");
	if (o.n_counted > MENTIONS_MAX)
		wb_addf(b, "<p class=\"note\">The first %d; the JSON has all %lu.</p>", MENTIONS_MAX,
			o.n_counted);
	wb_addf(b, "</section><section id=\"copies\"><h2>%lu duplicate%s not counted</h2>",
		o.n_copies, o.n_copies == 1 ? "" : "s");
	if (o.n_copies) {
		wb_adds(b, "<p class=\"note\">Copies of a source counted above (republished, "
			   "translated, or the same sentence): they add no evidence.</p>"
			   "<ol class=\"mentions copies\">");
		wb_add(b, o.copies.ptr, o.copies.len);
		wb_adds(b, "</ol>");
		if (o.n_copies > MENTIONS_MAX)
			wb_addf(b, "<p class=\"note\">The first %d; the JSON has all %lu.</p>",
				MENTIONS_MAX, o.n_copies);
	} else {
		wb_adds(b, "<p class=\"empty\">None.</p>");
	}
	wb_adds(b, "</section>");
	char api[64];
	snprintf(api, sizeof api, "/api/entries/%s", o.id);
	page_end(r, api);
done:
	wb_release(&o.head);
	wb_release(&o.counted);
	wb_release(&o.copies);
}

/* --- documents ------------------------------------------------------------------------ */

struct rec {
	struct dossier_doc_record r;
	size_t start, end; /* clamped to the text, on UTF-8 boundaries */
};

struct doc_out {
	struct web_req *r;
	struct rec *recs;
	size_t n, cap;
	struct strs kept;
};

static int on_record(void *ud, const struct dossier_doc_record *x)
{
	struct doc_out *o = ud;
	if (o->n == o->cap) {
		o->cap = o->cap ? 2 * o->cap : 32;
		o->recs = realloc(o->recs, o->cap * sizeof *o->recs);
		if (!o->recs)
			abort();
	}
	struct rec *c = &o->recs[o->n++];
	memset(c, 0, sizeof *c);
	c->r = *x;
	struct strs *k = &o->kept;
	c->r.speaker = keep(k, x->speaker);
	c->r.speaker_kind = keep(k, x->speaker_kind);
	c->r.cue = keep(k, x->cue);
	c->r.action = keep(k, x->action);
	c->r.provider = keep(k, x->provider);
	c->r.recipient = keep(k, x->recipient);
	c->r.item = keep(k, x->item);
	c->r.category = keep(k, x->category);
	c->r.currency = keep(k, x->currency);
	c->r.date = keep(k, x->date);
	c->r.beneficiary = keep(k, x->beneficiary);
	c->r.replaces = keep(k, x->replaces);
	c->r.entry = keep(k, x->entry);
	c->r.holder = keep(k, x->holder);
	c->r.level = keep(k, x->level);
	return 0;
}

static const char *rec_type(unsigned t)
{
	return t == DOSSIER_REC_QUOTE ? "quote" : t == DOSSIER_REC_AID ? "aid" : "stock";
}

static void record_json(struct wbuf *b, const struct rec *c, const char *text)
{
	const struct dossier_doc_record *x = &c->r;
	wb_adds(b, "{");
	kv_str(b, "type", rec_type(x->type), 1);
	wb_addf(b, ",\"offset\":[%lu,%lu],\"text\":", x->start, x->end);
	wb_jsonn(b, text + c->start, c->end - c->start);
	if (x->type == DOSSIER_REC_QUOTE) {
		kv_str(b, "speaker", x->speaker, 0);
		kv_str(b, "speaker_kind", x->speaker_kind, 0);
		kv_str(b, "cue", x->cue, 0);
	} else if (x->type == DOSSIER_REC_AID) {
		kv_str(b, "action", x->action, 0);
		kv_str(b, "provider", x->provider, 0);
		kv_str(b, "recipient", x->recipient, 0);
		kv_str(b, "item", x->item, 0);
		kv_str(b, "category", x->category, 0);
		kv_num(b, "quantity", x->quantity);
		kv_amount(b, "amount", x->amount);
		kv_str(b, "currency", x->currency, 0);
		kv_str(b, "date", x->date, 0);
		kv_str(b, "beneficiary", x->beneficiary, 0);
		kv_str(b, "replaces", x->replaces, 0);
		kv_str(b, "entry", x->entry, 0);
		wb_addf(b, ",\"counted\":%s", x->counted ? "true" : "false");
	} else {
		kv_str(b, "holder", x->holder, 0);
		kv_str(b, "item", x->item, 0);
		kv_str(b, "category", x->category, 0);
		kv_str(b, "level", x->level, 0);
	}
	wb_adds(b, "}");
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* The clean text with the records' spans marked: the text is cut at every
 * start and end, and each piece is wrapped in a <mark> whose classes say
 * which kinds of record cover it (spans may nest or overlap). A record's
 * start also gets a numbered link to its line in the list below, and the
 * anchor #o<offset> that evidence and quotes link to. */
static void marked_text(struct wbuf *b, const char *text, size_t len, const struct rec *recs,
			size_t n)
{
	size_t *cuts = xcalloc(2 * n + 2, sizeof *cuts);
	size_t nc = 0;
	cuts[nc++] = 0;
	cuts[nc++] = len;
	for (size_t i = 0; i < n; i++) {
		cuts[nc++] = recs[i].start;
		cuts[nc++] = recs[i].end;
	}
	qsort(cuts, nc, sizeof *cuts, cmp_size);
	size_t u = 1; /* the distinct cuts */
	for (size_t c = 1; c < nc; c++)
		if (cuts[c] != cuts[u - 1])
			cuts[u++] = cuts[c];
	for (size_t c = 0; c + 1 < u; c++) {
		size_t a = cuts[c], z = cuts[c + 1];
		/* the records that start here */
		int anchored = 0;
		for (size_t i = 0; i < n; i++) {
			if (recs[i].start != a || recs[i].end <= a)
				continue;
			if (!anchored) {
				wb_addf(b, "<span class=\"anchor\" id=\"o%lu\"></span>", recs[i].r.start);
				anchored = 1;
			}
			wb_addf(b, "<a class=\"ref r-%s\" id=\"t%zu\" href=\"#rec%zu\">%zu</a>",
				rec_type(recs[i].r.type), i + 1, i + 1, i + 1);
		}
		unsigned kinds = 0;
		for (size_t i = 0; i < n; i++)
			if (recs[i].start <= a && recs[i].end >= z)
				kinds |= recs[i].r.type;
		if (kinds) {
			wb_addf(b, "<mark class=\"hl%s%s%s\">",
				kinds & DOSSIER_REC_QUOTE ? " hq" : "",
				kinds & DOSSIER_REC_AID ? " ha" : "",
				kinds & DOSSIER_REC_STOCK ? " hs" : "");
			wb_htmln(b, text + a, z - a);
			wb_adds(b, "</mark>");
		} else {
			wb_htmln(b, text + a, z - a);
		}
	}
	free(cuts);
}

static void record_item(struct wbuf *b, const struct rec *c, size_t i, const char *text)
{
	const struct dossier_doc_record *x = &c->r;
	wb_addf(b, "<li id=\"rec%zu\"><a class=\"ref r-%s\" href=\"#t%zu\">%zu</a> <strong>%s",
		i + 1, rec_type(x->type), i + 1, i + 1, rec_type(x->type));
	if (x->type == DOSSIER_REC_QUOTE) {
		wb_adds(b, "</strong> by ");
		if (x->speaker) {
			wb_adds(b, "<a href=\"/speakers/");
			wb_url(b, x->speaker);
			wb_adds(b, "\">");
			wb_html(b, x->speaker);
			wb_adds(b, "</a>");
		} else {
			wb_adds(b, "<span class=\"muted\">an unnamed speaker</span>");
		}
		if (x->cue) {
			wb_adds(b, " <span class=\"muted\">(cue: ");
			wb_html(b, x->cue);
			wb_adds(b, ")</span>");
		}
	} else if (x->type == DOSSIER_REC_AID) {
		wb_adds(b, ": ");
		wb_html(b, x->action);
		wb_adds(b, "</strong> ");
		wb_html(b, x->provider ? x->provider : "?");
		wb_adds(b, " \xE2\x86\x92 ");
		wb_html(b, x->recipient ? x->recipient : "?");
		wb_adds(b, ": ");
		if (x->quantity >= 0) {
			wb_num(b, x->quantity);
			wb_adds(b, " ");
		}
		wb_html(b, x->item ? x->item : x->category);
		if (x->amount >= 0) {
			wb_adds(b, " ");
			wb_amount(b, x->amount, x->currency);
		}
		if (x->date) {
			wb_adds(b, " <span class=\"muted\">(");
			wb_html(b, x->date);
			wb_adds(b, ")</span>");
		}
		if (x->entry) {
			wb_adds(b, " \xC2\xB7 ");
			entry_link(b, x->entry, x->counted ? "tracker entry" : "tracker entry (a copy, "
									"not counted)");
		}
	} else {
		wb_adds(b, "</strong>: ");
		wb_html(b, x->holder ? x->holder : "?");
		wb_adds(b, ", ");
		wb_html(b, x->item ? x->item : x->category);
		wb_adds(b, ": ");
		wb_html(b, x->level);
	}
	/* the span itself, its first 300 bytes or so */
	size_t end = c->end - c->start > 300 ? web_utf8_ceil(text, c->end, c->start + 300) : c->end;
	wb_adds(b, "<br><span class=\"muted\">");
	wb_htmln(b, text + c->start, end - c->start);
	wb_adds(b, end < c->end ? "\xE2\x80\xA6</span>" : "</span>");
	wb_adds(b, "</li>\n");
}

static int on_document(void *ud, const struct dossier_doc_view *d)
{
	struct doc_out *o = ud;
	struct web_req *r = o->r;
	int rc = dossier_store_doc_records(r->st, d->key, on_record, o);
	if (rc < 0)
		return rc;
	for (size_t i = 0; i < o->n; i++) {
		struct rec *c = &o->recs[i];
		size_t s = c->r.start < d->text_len ? c->r.start : d->text_len;
		size_t e = c->r.end < d->text_len ? c->r.end : d->text_len;
		c->start = web_utf8_ceil(d->text, d->text_len, s);
		c->end = web_utf8_ceil(d->text, d->text_len, e < s ? s : e);
	}
	struct wbuf *b = &r->body;
	if (r->api) {
		wb_addf(b, "{\"document\":{\"key\":%lld", d->key);
		kv_str(b, "doc", d->doc, 0);
		kv_str(b, "title", d->title, 0);
		kv_str(b, "lang", d->lang, 0);
		kv_str(b, "date", d->date, 0);
		kv_str(b, "url", d->url, 0);
		kv_str(b, "outlet", d->outlet, 0);
		kv_str(b, "credited_source", d->credited_source, 0);
		kv_str(b, "dup_of", d->dup_of, 0);
		kv_str(b, "translation_of", d->translation_of, 0);
		wb_adds(b, ",\"text\":");
		wb_jsonn(b, d->text, d->text_len);
		wb_adds(b, ",\"removed\":[");
		for (size_t i = 0; i < d->n_removed; i++) {
			wb_adds(b, i ? "," : "");
			wb_json(b, d->removed[i]);
		}
		wb_adds(b, "]},\"records\":[");
		for (size_t i = 0; i < o->n; i++) {
			wb_adds(b, i ? "," : "");
			record_json(b, &o->recs[i], d->text);
		}
		wb_adds(b, "]}\n");
		return 0;
	}
	page_begin(r, d->title && *d->title ? d->title : d->doc, "documents");
	wb_adds(b, "<article class=\"document\"><h1>");
	wb_html(b, d->title && *d->title ? d->title : d->doc);
	wb_adds(b, "</h1><dl class=\"facts\"><dt>Document</dt><dd><code>");
	wb_html(b, d->doc);
	wb_addf(b, "</code> <span class=\"muted\">(key %lld)</span></dd>", d->key);
	if (d->outlet) {
		wb_adds(b, "<dt>Outlet</dt><dd>");
		wb_html(b, d->outlet);
		wb_adds(b, "</dd>");
	}
	wb_adds(b, "<dt>Date</dt><dd>");
	wb_html(b, d->date ? d->date : "undated");
	wb_adds(b, "</dd>");
	if (d->lang) {
		wb_adds(b, "<dt>Language</dt><dd>");
		wb_html(b, d->lang);
		wb_adds(b, "</dd>");
	}
	if (d->url) {
		wb_adds(b, "<dt>URL</dt><dd>");
		if (safe_url(d->url)) {
			wb_adds(b, "<a class=\"ext\" rel=\"noopener noreferrer nofollow\" href=\"");
			wb_html(b, d->url);
			wb_adds(b, "\">");
			wb_html(b, d->url);
			wb_adds(b, "</a>");
		} else {
			wb_adds(b, "<code>");
			wb_html(b, d->url);
			wb_adds(b, "</code> <span class=\"muted\">(not a web address: not linked)</span>");
		}
		wb_adds(b, "</dd>");
	}
	if (d->dup_of) {
		wb_adds(b, "<dt>Copy of</dt><dd>");
		doc_link(b, d->dup_of, NULL, (unsigned long)-1);
		wb_adds(b, "</dd>");
	}
	if (d->translation_of) {
		wb_adds(b, "<dt>Translation of</dt><dd>");
		doc_link(b, d->translation_of, NULL, (unsigned long)-1);
		wb_adds(b, "</dd>");
	}
	size_t nq = 0, na = 0, ns = 0;
	for (size_t i = 0; i < o->n; i++) {
		nq += o->recs[i].r.type == DOSSIER_REC_QUOTE;
		na += o->recs[i].r.type == DOSSIER_REC_AID;
		ns += o->recs[i].r.type == DOSSIER_REC_STOCK;
	}
	wb_addf(b, "<dt>Records</dt><dd><span class=\"key hq\">%zu quote%s</span> "
		   "<span class=\"key ha\">%zu aid</span> <span class=\"key hs\">%zu stock</span>"
		   "</dd></dl>", nq, nq == 1 ? "" : "s", na, ns);
	size_t shown = d->text_len;
	if (shown > TEXT_SHOWN)
		shown = web_utf8_ceil(d->text, d->text_len, TEXT_SHOWN);
	size_t nr = 0;
	while (nr < o->n && o->recs[nr].start < shown)
		nr++;
	struct rec *vis = xcalloc(nr, sizeof *vis);
	for (size_t i = 0; i < nr; i++) {
		vis[i] = o->recs[i];
		if (vis[i].end > shown)
			vis[i].end = shown;
	}
	wb_adds(b, "<div class=\"text\">");
	marked_text(b, d->text, shown, vis, nr);
	wb_adds(b, "</div>");
	free(vis);
	if (shown < d->text_len)
		wb_addf(b, "<p class=\"note\">The first %zu bytes of %zu; the JSON has the whole "
			   "text.</p>", shown, d->text_len);
	if (o->n) {
		wb_adds(b, "<section><h2>Records</h2><ol class=\"records\">");
		for (size_t i = 0; i < o->n; i++)
			record_item(b, &o->recs[i], i, d->text);
		wb_adds(b, "</ol></section>");
	}
	wb_addf(b, "<section><details%s><summary>What cleaning removed (%zu line%s)</summary>",
		d->n_removed && d->n_removed <= 20 ? " open" : "", d->n_removed,
		d->n_removed == 1 ? "" : "s");
	if (d->n_removed) {
		wb_adds(b, "<ol class=\"removed\">");
		for (size_t i = 0; i < d->n_removed; i++) {
			wb_adds(b, "<li>");
			wb_html(b, d->removed[i]);
			wb_adds(b, "</li>");
		}
		wb_adds(b, "</ol>");
	} else {
		wb_adds(b, "<p class=\"empty\">Nothing.</p>");
	}
	wb_adds(b, "</details></section></article>");
	struct wbuf api = {0};
	wb_adds(&api, "/api/documents/");
	wb_url(&api, d->doc);
	if (strspn(d->doc, "0123456789") == strlen(d->doc)) {
		/* an all-digit id would be read as a key */
		api.len = 0;
		wb_addf(&api, "/api/documents/%lld", d->key);
	}
	page_end(r, api.ptr);
	wb_release(&api);
	return 0;
}

static void route_document(struct web_req *r, const char *id)
{
	if (web_params_only(r, "") < 0)
		return;
	struct doc_out o;
	memset(&o, 0, sizeof o);
	o.r = r;
	int rc = dossier_store_document(r->st, id, on_document, &o);
	if (rc == 0)
		web_fail(r, 404, "no document '%s'", id);
	else
		db_failed(r, rc);
	free(o.recs);
	strs_free(&o.kept);
}

struct docs_out {
	struct web_req *r;
	struct wbuf rows;
	int n;
};

static int on_doc_row(void *ud, const struct dossier_doc_row *d)
{
	struct docs_out *o = ud;
	struct wbuf *b = &o->rows;
	if (o->r->api) {
		wb_adds(b, o->n++ ? "," : "");
		wb_addf(b, "{\"key\":%lld", d->key);
		kv_str(b, "doc", d->doc, 0);
		kv_str(b, "title", d->title, 0);
		kv_str(b, "date", d->date, 0);
		kv_str(b, "lang", d->lang, 0);
		kv_str(b, "outlet", d->outlet, 0);
		kv_str(b, "url", d->url, 0);
		if (d->snippet)
			kv_str(b, "snippet", d->snippet, 0);
		wb_adds(b, "}");
		return 0;
	}
	o->n++;
	wb_adds(b, "<tr><td class=\"date\">");
	wb_html(b, d->date ? d->date : "");
	wb_addf(b, "</td><td><a href=\"/documents/%lld\">", d->key);
	wb_html(b, d->title && *d->title ? d->title : d->doc);
	wb_adds(b, "</a>");
	if (d->snippet) {
		/* the store marks the words found with [ ] */
		wb_adds(b, "<br><span class=\"snippet\">");
		int open = 0;
		const char *s = d->snippet, *run = s;
		for (; *s; s++) {
			if ((*s == '[' && !open) || (*s == ']' && open)) {
				wb_htmln(b, run, (size_t)(s - run));
				wb_adds(b, open ? "</mark>" : "<mark>");
				open = !open;
				run = s + 1;
			}
		}
		wb_htmln(b, run, (size_t)(s - run));
		if (open)
			wb_adds(b, "</mark>");
		wb_adds(b, "</span>");
	}
	wb_adds(b, "</td><td>");
	wb_html(b, d->outlet);
	wb_adds(b, "</td><td>");
	wb_html(b, d->lang);
	wb_adds(b, "</td></tr>\n");
	return 0;
}

static const char docs_head[] = "<thead><tr><th>Date</th><th>Title</th><th>Outlet</th>"
				"<th>Language</th></tr></thead><tbody>";

static void route_documents(struct web_req *r)
{
	if (web_params_only(r, "page") < 0)
		return;
	size_t page = page_of(r);
	if (!page)
		return;
	struct dossier_store_counts c;
	struct docs_out o;
	memset(&o, 0, sizeof o);
	o.r = r;
	int rc = dossier_store_counts(r->st, &c);
	if (rc >= 0)
		rc = dossier_store_documents(r->st, (page - 1) * DOCS_PAGE, DOCS_PAGE, on_doc_row, &o);
	if (db_failed(r, rc))
		goto done;
	struct wbuf *b = &r->body;
	if (r->api) {
		wb_addf(b, "{\"total\":%llu,\"page\":%zu,\"per_page\":%d,\"documents\":[",
			c.documents, page, DOCS_PAGE);
		wb_add(b, o.rows.ptr, o.rows.len);
		wb_adds(b, "]}\n");
		goto done;
	}
	page_begin(r, "Documents", "documents");
	size_t pages = (size_t)((c.documents + DOCS_PAGE - 1) / DOCS_PAGE);
	wb_addf(b, "<h1>Documents</h1><p class=\"counts\">%llu articles, newest first", c.documents);
	if (pages > 1)
		wb_addf(b, "; page %zu of %zu", page, pages);
	wb_adds(b, ".</p>");
	if (o.n) {
		wb_adds(b, "<p><input type=\"search\" class=\"filter\" data-table=\"documents\" "
			   "placeholder=\"Filter these rows\" aria-label=\"Filter these rows\"></p>"
			   "<table class=\"sortable\" id=\"documents\">");
		wb_adds(b, docs_head);
		wb_add(b, o.rows.ptr, o.rows.len);
		wb_adds(b, "</tbody></table>");
	} else {
		wb_adds(b, "<p class=\"empty\">No document on this page.</p>");
	}
	if (pages > 1) {
		wb_adds(b, "<nav class=\"pages\">");
		if (page > 1)
			wb_addf(b, "<a rel=\"prev\" href=\"/documents?page=%zu\">previous</a> ", page - 1);
		if (page < pages)
			wb_addf(b, "<a rel=\"next\" href=\"/documents?page=%zu\">next</a>", page + 1);
		wb_adds(b, "</nav>");
	}
	char api[64];
	snprintf(api, sizeof api, page > 1 ? "/api/documents?page=%zu" : "/api/documents", page);
	page_end(r, api);
done:
	wb_release(&o.rows);
}

/* --- speakers and quotes -------------------------------------------------------------- */

struct speakers_out {
	struct web_req *r;
	struct wbuf rows;
	unsigned long n;
	const char *name; /* one speaker's quotes: only theirs */
};

static int on_speaker(void *ud, const struct dossier_speaker_row *s)
{
	struct speakers_out *o = ud;
	struct wbuf *b = &o->rows;
	if (o->r->api) {
		wb_adds(b, o->n++ ? "," : "");
		wb_adds(b, "{");
		kv_str(b, "speaker", s->speaker, 1);
		kv_str(b, "kind", s->kind, 0);
		wb_addf(b, ",\"quotes\":%lu,\"documents\":%lu", s->quotes, s->documents);
		kv_str(b, "first_date", s->first_date, 0);
		kv_str(b, "last_date", s->last_date, 0);
		wb_adds(b, "}");
		return 0;
	}
	o->n++;
	wb_adds(b, "<tr><td><a href=\"/speakers/");
	wb_url(b, s->speaker);
	wb_adds(b, "\">");
	wb_html(b, s->speaker);
	wb_adds(b, "</a></td><td>");
	wb_html(b, s->kind);
	wb_addf(b, "</td><td class=\"num\">%lu</td><td class=\"num\">%lu</td><td class=\"date\">",
		s->quotes, s->documents);
	wb_html(b, s->first_date);
	wb_adds(b, "</td><td class=\"date\">");
	wb_html(b, s->last_date);
	wb_adds(b, "</td></tr>\n");
	return 0;
}

static void route_speakers(struct web_req *r)
{
	if (web_params_only(r, "") < 0)
		return;
	struct speakers_out o;
	memset(&o, 0, sizeof o);
	o.r = r;
	int rc = dossier_store_speakers(r->st, on_speaker, &o);
	if (db_failed(r, rc))
		goto done;
	struct wbuf *b = &r->body;
	if (r->api) {
		wb_adds(b, "{\"speakers\":[");
		wb_add(b, o.rows.ptr, o.rows.len);
		wb_adds(b, "]}\n");
		goto done;
	}
	page_begin(r, "Speakers", "speakers");
	wb_addf(b, "<h1>Speakers</h1><p class=\"counts\">%lu people and organisations quoted, "
		   "most quoted first.</p>", o.n);
	if (o.n) {
		wb_adds(b, "<p><input type=\"search\" class=\"filter\" data-table=\"speakers\" "
			   "placeholder=\"Filter by name\" aria-label=\"Filter by name\"></p>"
			   "<table class=\"sortable\" id=\"speakers\"><thead><tr><th>Speaker</th>"
			   "<th>Kind</th><th class=\"num\">Quotes</th><th class=\"num\">Documents</th>"
			   "<th>First</th><th>Last</th></tr></thead><tbody>");
		wb_add(b, o.rows.ptr, o.rows.len);
		wb_adds(b, "</tbody></table>");
	} else {
		wb_adds(b, "<p class=\"empty\">No quote stored yet.</p>");
	}
	page_end(r, "/api/speakers");
done:
	wb_release(&o.rows);
}

static void quote_html(struct wbuf *b, const struct dossier_quote_row *q, int with_speaker)
{
	wb_adds(b, "<li class=\"quote\"><blockquote>");
	wb_html(b, q->text);
	wb_adds(b, "</blockquote><p class=\"meta\">");
	if (with_speaker) {
		if (q->speaker) {
			wb_adds(b, "<a href=\"/speakers/");
			wb_url(b, q->speaker);
			wb_adds(b, "\">");
			wb_html(b, q->speaker);
			wb_adds(b, "</a> \xC2\xB7 ");
		} else {
			wb_adds(b, "<span class=\"muted\">unnamed</span> \xC2\xB7 ");
		}
	}
	wb_html(b, q->date ? q->date : "undated");
	wb_adds(b, " \xC2\xB7 ");
	doc_link(b, q->doc, NULL, q->start);
	if (q->outlet) {
		wb_adds(b, " <span class=\"muted\">(");
		wb_html(b, q->outlet);
		wb_adds(b, ")</span>");
	}
	if (q->cue) {
		wb_adds(b, " \xC2\xB7 <span class=\"muted\">");
		wb_html(b, q->cue);
		wb_adds(b, "</span>");
	}
	wb_adds(b, "</p></li>\n");
}

static void quote_json(struct wbuf *b, const struct dossier_quote_row *q)
{
	wb_adds(b, "{");
	kv_str(b, "date", q->date, 1);
	kv_str(b, "speaker", q->speaker, 0);
	kv_str(b, "speaker_kind", q->speaker_kind, 0);
	kv_str(b, "text", q->text, 0);
	kv_str(b, "cue", q->cue, 0);
	kv_str(b, "doc", q->doc, 0);
	kv_str(b, "outlet", q->outlet, 0);
	wb_addf(b, ",\"offset\":[%lu,%lu]}", q->start, q->end);
}

static int on_quote(void *ud, const struct dossier_quote_row *q)
{
	struct speakers_out *o = ud;
	if (o->name && (!q->speaker || strcmp(q->speaker, o->name)))
		return 0; /* the filter also takes names that contain this one */
	if (!o->name && o->n >= HITS_MAX)
		return 1;
	if (o->r->api) {
		wb_adds(&o->rows, o->n ? "," : "");
		quote_json(&o->rows, q);
	} else {
		quote_html(&o->rows, q, !o->name);
	}
	o->n++;
	return 0;
}

static void route_speaker(struct web_req *r, const char *name)
{
	if (web_params_only(r, "") < 0)
		return;
	struct speakers_out o;
	memset(&o, 0, sizeof o);
	o.r = r;
	o.name = name;
	struct dossier_filter f;
	memset(&f, 0, sizeof f);
	f.speaker = name;
	int rc = dossier_store_quotes(r->st, &f, on_quote, &o);
	if (db_failed(r, rc))
		goto done;
	if (!o.n) {
		web_fail(r, 404, "no quote of '%s'", name);
		goto done;
	}
	struct wbuf *b = &r->body;
	if (r->api) {
		wb_adds(b, "{\"speaker\":");
		wb_json(b, name);
		wb_adds(b, ",\"quotes\":[");
		wb_add(b, o.rows.ptr, o.rows.len);
		wb_adds(b, "]}\n");
		goto done;
	}
	page_begin(r, name, "speakers");
	wb_adds(b, "<h1>");
	wb_html(b, name);
	wb_addf(b, "</h1><p class=\"counts\">%lu quote%s, by date. <a href=\"/speakers\">All "
		   "speakers</a></p><ol class=\"quotes\">", o.n, o.n == 1 ? "" : "s");
	wb_add(b, o.rows.ptr, o.rows.len);
	wb_adds(b, "</ol>");
	struct wbuf api = {0};
	wb_adds(&api, "/api/speakers/");
	wb_url(&api, name);
	page_end(r, api.ptr);
	wb_release(&api);
done:
	wb_release(&o.rows);
}

/* --- search ------------------------------------------------------------------------- */

static void route_search(struct web_req *r)
{
	if (web_params_only(r, "q") < 0)
		return;
	const char *q = web_param(r, "q");
	struct docs_out d;
	struct speakers_out s;
	memset(&d, 0, sizeof d);
	memset(&s, 0, sizeof s);
	d.r = s.r = r;
	int rc = 0;
	if (q && strspn(q, " \t\r\n") < strlen(q)) {
		rc = dossier_store_search(r->st, q, HITS_MAX, on_doc_row, &d);
		struct dossier_filter f;
		memset(&f, 0, sizeof f);
		f.search = q;
		if (rc >= 0)
			rc = dossier_store_quotes(r->st, &f, on_quote, &s);
	} else {
		q = NULL;
	}
	if (db_failed(r, rc))
		goto done;
	struct wbuf *b = &r->body;
	if (r->api) {
		wb_adds(b, "{\"q\":");
		wb_json(b, q);
		wb_adds(b, ",\"documents\":[");
		wb_add(b, d.rows.ptr, d.rows.len);
		wb_adds(b, "],\"quotes\":[");
		wb_add(b, s.rows.ptr, s.rows.len);
		wb_adds(b, "]}\n");
		goto done;
	}
	page_begin(r, q ? q : "Search", NULL);
	wb_adds(b, "<h1>Search</h1>");
	if (!q) {
		wb_adds(b, "<p class=\"note\">Words to find in the articles and the quotes (every "
			   "word must occur; accents and case do not matter).</p>");
		page_end(r, NULL);
		goto done;
	}
	wb_addf(b, "<section><h2>%d document%s</h2>", d.n, d.n == 1 ? "" : "s");
	if (d.n) {
		wb_adds(b, "<table class=\"sortable\" id=\"hits\">");
		wb_adds(b, docs_head);
		wb_add(b, d.rows.ptr, d.rows.len);
		wb_adds(b, "</tbody></table>");
		if (d.n >= HITS_MAX)
			wb_addf(b, "<p class=\"note\">The best %d.</p>", HITS_MAX);
	} else {
		wb_adds(b, "<p class=\"empty\">No document has every word.</p>");
	}
	wb_addf(b, "</section><section><h2>%lu quote%s</h2>", s.n, s.n == 1 ? "" : "s");
	if (s.n) {
		wb_adds(b, "<ol class=\"quotes\">");
		wb_add(b, s.rows.ptr, s.rows.len);
		wb_adds(b, "</ol>");
		if (s.n >= HITS_MAX)
			wb_addf(b, "<p class=\"note\">The first %d.</p>", HITS_MAX);
	} else {
		wb_adds(b, "<p class=\"empty\">No quote has every word.</p>");
	}
	wb_adds(b, "</section>");
	struct wbuf api = {0};
	wb_adds(&api, "/api/search?q=");
	wb_url(&api, q);
	page_end(r, api.ptr);
	wb_release(&api);
done:
	wb_release(&d.rows);
	wb_release(&s.rows);
}

/* --- the table ---------------------------------------------------------------------- */

/* The rest of the path after `prefix` when it is one non-empty segment
 * (an id or a name: it may hold '/' only when percent-encoded, which the
 * decoded path no longer shows, so anything non-empty goes). */
static const char *tail_of(const char *path, const char *prefix)
{
	size_t n = strlen(prefix);
	return !strncmp(path, prefix, n) && path[n] ? path + n : NULL;
}

void web_route(struct web_req *r)
{
	const char *p = r->path, *t;
	if (!strcmp(p, r->api ? "/overview" : "/"))
		route_overview(r);
	else if (!strcmp(p, "/tracker"))
		route_tracker(r);
	else if ((t = tail_of(p, "/entries/")))
		route_entry(r, t);
	else if (!strcmp(p, "/documents"))
		route_documents(r);
	else if ((t = tail_of(p, "/documents/")))
		route_document(r, t);
	else if (!strcmp(p, "/speakers"))
		route_speakers(r);
	else if ((t = tail_of(p, "/speakers/")))
		route_speaker(r, t);
	else if (!strcmp(p, "/search"))
		route_search(r);
	else
		web_fail(r, 404, "no page here");
}
