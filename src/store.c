/*
 * store.c: records -> database, the generic layer over the store backends
 * (store_sqlite.c; the ops table is in store.h). It turns a processed
 * document into rows (content hashes, outlets, item families, evidence
 * sentences), wraps writes in transactions, keeps the tracker cache fresh
 * (stale providers are recomputed from their mentions by tracker.c), and
 * expands query filters. Nothing here knows SQL: a backend for another
 * database implements the same ops on the same schema.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "store.h"

int ds_store_error(struct dossier_store *st, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(st->errmsg, sizeof st->errmsg, fmt, ap);
	va_end(ap);
	return DOSSIER_E_DB;
}

/* The backend of a target: only SQLite files for now; a PostgreSQL
 * backend will take "postgresql://" URIs. */
static const struct ds_store_ops *backend_of(const char *target)
{
	if (!strncmp(target, "postgres://", 11) || !strncmp(target, "postgresql://", 13))
		return NULL;
	return &ds_store_sqlite_ops;
}

/* Opens target with its backend, writable (schema applied, tracker
 * version checked) or read-only. */
static int store_open(const char *target, int readonly, struct dossier_store **out,
		      char *errbuf, size_t errlen)
{
	*out = NULL;
	if (errbuf && errlen)
		errbuf[0] = '\0';
	if (!target || !*target) {
		if (errbuf && errlen)
			snprintf(errbuf, errlen, "no database named");
		return DOSSIER_E_USAGE;
	}
	const struct ds_store_ops *ops = backend_of(target);
	if (!ops) {
		if (errbuf && errlen)
			snprintf(errbuf, errlen, "'%s': no backend for this kind of database in this build",
				 target);
		return DOSSIER_E_USAGE;
	}
	struct dossier_store *st = ds_xcalloc(1, sizeof *st);
	st->ops = ops;
	int rc = readonly ? ops->open_readonly(st, target) : ops->open(st, target);
	if (rc == 0 && !readonly)
		rc = ops->tracker_version(st, DS_TRACKER_VERSION);
	if (rc < 0) {
		if (errbuf && errlen)
			snprintf(errbuf, errlen, "%s", st->errmsg);
		ops->close(st);
		free(st);
		return rc;
	}
	*out = st;
	return 0;
}

int dossier_store_open(const char *target, struct dossier_store **out, char *errbuf,
		       size_t errlen)
{
	return store_open(target, 0, out, errbuf, errlen);
}

void dossier_store_close(struct dossier_store *st)
{
	if (!st)
		return;
	if (st->in_txn)
		st->ops->rollback(st);
	st->ops->close(st);
	free(st);
}

const char *dossier_store_errmsg(const struct dossier_store *st) { return st->errmsg; }
const char *dossier_store_backend(const struct dossier_store *st) { return st->ops->name; }

int dossier_store_begin(struct dossier_store *st)
{
	if (st->in_txn)
		return 0;
	int rc = st->ops->begin(st);
	st->in_txn = rc == 0;
	return rc;
}

int dossier_store_commit(struct dossier_store *st)
{
	if (!st->in_txn)
		return 0;
	int rc = st->ops->commit(st);
	if (rc < 0)
		st->ops->rollback(st);
	else
		st->written += st->pending;
	st->pending = 0;
	st->in_txn = 0;
	return rc;
}

int dossier_store_rollback(struct dossier_store *st)
{
	if (!st->in_txn)
		return 0;
	st->in_txn = 0;
	st->pending = 0;
	return st->ops->rollback(st);
}

/* --- ingest ---------------------------------------------------------------- */

/* The host of a URL, without "www.": "https://www.rt.com/x" -> "rt.com". */
static const char *url_host(struct ds_arena *a, const char *url)
{
	if (!url)
		return NULL;
	const char *p = strstr(url, "://");
	if (!p)
		return NULL;
	p += 3;
	size_t n = strcspn(p, "/?#:@");
	if (p[n] == '@') { /* user@host */
		p += n + 1;
		n = strcspn(p, "/?#:");
	}
	if (n > 4 && !strncmp(p, "www.", 4))
		p += 4, n -= 4;
	if (!n)
		return NULL;
	char *h = ds_arena_strndup(a, p, n);
	for (char *c = h; *c; c++)
		*c = ds_tolower((unsigned char)*c);
	return h;
}

static const char *ent_name(const struct dossier_doc *doc, int32_t e)
{
	return e >= 0 && doc->kb ? doc->kb->ents[e].name : NULL;
}

/* The root of an item's family (Leopard 2A6 -> Leopard 2), or the item. */
static const char *ent_family(const struct dossier_doc *doc, int32_t e)
{
	if (e < 0 || !doc->kb)
		return NULL;
	for (int depth = 0; depth < 8 && doc->kb->ents[e].family >= 0; depth++)
		e = doc->kb->ents[e].family;
	return doc->kb->ents[e].name;
}

static const char *const speaker_kinds[] = {"unnamed", "person", "organization"};
static const char *const levels[] = {NULL, "depleted", "low", "adequate"};

static int put_records(struct dossier_store *st, const struct dossier_doc *doc, int64_t key)
{
	int rc = 0;
	for (size_t i = 0; i < doc->n_quotes && rc >= 0; i++) {
		const struct ds_quote *q = &doc->quotes[i];
		struct ds_store_quote r;
		memset(&r, 0, sizeof r);
		r.text = doc->text.ptr + q->start;
		r.text_len = q->end - q->start;
		r.speaker = q->speaker >= 0 ? ent_name(doc, q->speaker) : q->speaker_name;
		r.speaker_kind = speaker_kinds[q->speaker_kind <= DS_SPK_ORG ? q->speaker_kind : 0];
		if (q->cue_end > q->cue_start) {
			r.cue = doc->text.ptr + q->cue_start;
			r.cue_len = q->cue_end - q->cue_start;
		}
		r.start = q->start;
		r.end = q->end;
		rc = st->ops->quote_put(st, key, &r);
	}
	for (size_t i = 0; i < doc->n_aid && rc >= 0; i++) {
		const struct ds_aid *a = &doc->aid[i];
		const struct ds_span *s = &doc->sents[a->sent];
		struct ds_store_aid r;
		memset(&r, 0, sizeof r);
		r.action = ds_action_name(a->action);
		r.provider = ent_name(doc, a->provider);
		r.recipient = ent_name(doc, a->recipient);
		r.item = ent_name(doc, a->item);
		r.family = ent_family(doc, a->item);
		r.category = a->category;
		r.quantity = a->quantity;
		r.amount = a->amount;
		r.currency = a->currency;
		r.beneficiary = ent_name(doc, a->beneficiary);
		r.replaces = ent_name(doc, a->replaces);
		r.date = a->date[0] ? a->date : NULL;
		r.evidence = doc->text.ptr + s->start;
		r.evidence_len = s->end - s->start;
		r.evidence_hash = XXH3_64bits(r.evidence, r.evidence_len);
		r.start = s->start;
		r.end = s->end;
		if (!r.action)
			continue;
		rc = st->ops->aid_put(st, key, &r);
		/* once per provider and document (names are the knowledge
		 * base's strings: one pointer per name) */
		int seen = 0;
		for (size_t k = 0; k < i && !seen; k++)
			seen = ent_name(doc, doc->aid[k].provider) == r.provider;
		if (rc >= 0 && r.provider && !seen)
			rc = st->ops->mark_dirty(st, r.provider);
	}
	for (size_t i = 0; i < doc->n_stock && rc >= 0; i++) {
		const struct ds_stock *k = &doc->stock[i];
		const struct ds_span *s = &doc->sents[k->sent];
		struct ds_store_stock r;
		memset(&r, 0, sizeof r);
		r.holder = ent_name(doc, k->holder);
		r.item = ent_name(doc, k->item);
		r.category = k->category;
		r.level = levels[k->level <= DS_LEVEL_ADEQUATE ? k->level : 0];
		r.evidence = doc->text.ptr + s->start;
		r.evidence_len = s->end - s->start;
		r.start = s->start;
		r.end = s->end;
		rc = st->ops->stock_put(st, key, &r);
	}
	if (rc >= 0)
		st->pending += doc->n_quotes + doc->n_aid + doc->n_stock;
	return rc < 0 ? rc : 0;
}

unsigned long long dossier_store_records_written(const struct dossier_store *st)
{
	return st->written;
}

int dossier_store_put(struct dossier_store *st, const struct dossier_doc *doc, long long *key)
{
	int own = !st->in_txn, rc;
	if (own && (rc = dossier_store_begin(st)) < 0)
		return rc;
	struct ds_arena a;
	ds_arena_init(&a);
	struct ds_store_doc d;
	memset(&d, 0, sizeof d);
	d.doc = doc->id;
	d.title = doc->title;
	d.lang = doc->lang;
	d.date = doc->date;
	d.day = ds_day_of(doc->date, 0);
	d.url = doc->url;
	d.credited_source = doc->credited_source;
	/* the outlet table's name when it knows the outlet (its domains and
	 * editions count as one), else the credited source, else the host */
	d.outlet = doc->outlet ? doc->outlet->name
		   : doc->credited_source ? doc->credited_source : url_host(&a, doc->url);
	d.dup_of = doc->dup_of;
	d.translation_of = doc->translation_of;
	d.input = doc->input;
	d.text = doc->text.ptr ? doc->text.ptr : "";
	d.text_len = doc->text.len;
	d.chars = doc->chars;
	d.removed = doc->removed;
	d.n_removed = doc->n_removed;
	XXH3_state_t *h = XXH3_createState();
	if (!h)
		ds_oom();
	XXH3_64bits_reset(h);
	XXH3_64bits_update(h, d.doc ? d.doc : "", d.doc ? strlen(d.doc) + 1 : 1);
	XXH3_64bits_update(h, d.text, d.text_len);
	d.hash = XXH3_64bits_digest(h);
	XXH3_freeState(h);
	d.text_hash = XXH3_64bits(d.text, d.text_len);
	int64_t k = 0;
	rc = st->ops->doc_put(st, &d, &k);
	if (rc == 1) {
		int r2 = put_records(st, doc, k);
		if (r2 < 0)
			rc = r2;
	}
	ds_arena_release(&a);
	if (key)
		*key = k;
	if (own) {
		if (rc < 0) {
			dossier_store_rollback(st);
		} else {
			int c = dossier_store_commit(st);
			if (c < 0)
				rc = c;
		}
	}
	return rc;
}

/* --- provenance ------------------------------------------------------------ */

int dossier_store_put_signature(struct dossier_store *st, long long key, const uint32_t *sig,
				size_t n_sig, const uint64_t *bands, size_t n_bands)
{
	int own = !st->in_txn, rc;
	if (own && (rc = dossier_store_begin(st)) < 0)
		return rc;
	rc = sig && n_sig ? st->ops->sig_put(st, key, sig, n_sig) : 0;
	if (rc >= 0 && bands && n_bands)
		rc = st->ops->bands_put(st, key, bands, n_bands);
	if (own)
		rc = rc < 0 ? (dossier_store_rollback(st), rc) : dossier_store_commit(st);
	return rc;
}

int dossier_store_candidates(struct dossier_store *st, const uint64_t *bands, size_t n_bands,
			     int (*fn)(void *ud, const struct dossier_candidate *c), void *ud)
{
	if (!n_bands)
		return 0;
	return st->ops->band_candidates(st, bands, n_bands, NULL, NULL, fn, ud);
}

int dossier_store_set_links(struct dossier_store *st, long long key, const char *dup_of,
			    const char *translation_of)
{
	int own = !st->in_txn, rc;
	if (own && (rc = dossier_store_begin(st)) < 0)
		return rc;
	/* the providers of the document before and after: its copies now
	 * count differently */
	rc = st->ops->mark_dirty_doc(st, key);
	if (rc >= 0)
		rc = st->ops->set_links(st, key, dup_of, translation_of);
	if (own)
		rc = rc < 0 ? (dossier_store_rollback(st), rc) : dossier_store_commit(st);
	return rc;
}

/* --- the tracker cache ----------------------------------------------------- */

struct names {
	char **v;
	size_t n, cap;
};

static int add_name(void *ud, const char *name)
{
	struct names *ns = ud;
	ds_grow(&ns->v, &ns->cap, ns->n + 1, sizeof *ns->v);
	ns->v[ns->n++] = ds_xstrdup(name);
	return 0;
}

struct mentions {
	struct ds_tk_mention *v;
	size_t n, cap;
	struct ds_arena arena;
};

static const char *keep(struct ds_arena *a, const char *s)
{
	return s ? ds_arena_strdup(a, s) : NULL;
}

static int add_mention(void *ud, const struct ds_tk_mention *m)
{
	struct mentions *ms = ud;
	ds_grow(&ms->v, &ms->cap, ms->n + 1, sizeof *ms->v);
	struct ds_tk_mention *x = &ms->v[ms->n++];
	*x = *m;
	struct ds_arena *a = &ms->arena;
	x->doc = keep(a, m->doc);
	x->doc_date = keep(a, m->doc_date);
	x->dup_of = keep(a, m->dup_of);
	x->translation_of = keep(a, m->translation_of);
	x->url = keep(a, m->url);
	x->provider = keep(a, m->provider);
	x->item = keep(a, m->item);
	x->family = keep(a, m->family);
	x->category = keep(a, m->category);
	x->beneficiary = keep(a, m->beneficiary);
	x->replaces = keep(a, m->replaces);
	x->currency = keep(a, m->currency);
	x->date = keep(a, m->date);
	return 0;
}

/* Recomputes one provider's entries (inside a transaction). */
static int refresh_provider(struct dossier_store *st, const char *provider)
{
	struct mentions ms;
	memset(&ms, 0, sizeof ms);
	ds_arena_init(&ms.arena);
	int rc = st->ops->mentions(st, provider, add_mention, &ms);
	if (rc >= 0) {
		struct ds_tracker t;
		ds_tracker_build(&t, ms.v, ms.n);
		rc = st->ops->entries_replace(st, provider, &t, ms.v);
		ds_tracker_release(&t);
	}
	free(ms.v);
	ds_arena_release(&ms.arena);
	return rc;
}

/* Providers refreshed per transaction: a commit rewrites the pages it
 * touched, and most providers have few entries; an interrupted refresh
 * still keeps what the groups before it committed (the others stay stale
 * and are refreshed next time). */
#define REFRESH_GROUP 32

int dossier_store_refresh(struct dossier_store *st)
{
	if (st->in_txn)
		return ds_store_error(st, "cannot refresh the tracker inside a transaction");
	struct names ns;
	memset(&ns, 0, sizeof ns);
	int rc = st->ops->dirty_list(st, add_name, &ns);
	for (size_t i = 0; i < ns.n && rc >= 0; i += REFRESH_GROUP) {
		rc = dossier_store_begin(st);
		for (size_t k = i; k < ns.n && k < i + REFRESH_GROUP && rc >= 0; k++)
			rc = refresh_provider(st, ns.v[k]);
		if (rc >= 0)
			rc = dossier_store_commit(st);
		else
			dossier_store_rollback(st);
	}
	for (size_t i = 0; i < ns.n; i++)
		free(ns.v[i]);
	free(ns.v);
	return rc < 0 ? rc : (int)ns.n;
}

/* --- queries --------------------------------------------------------------- */

static const char *const statuses[] = {"requested", "considered", "pledged", "delivered",
				       "refused", "backfill"};

static int check_date(struct dossier_store *st, const char *what, const char *d)
{
	if (d && ds_day_of(d, 0) == DS_NO_DAY) {
		ds_store_error(st, "%s: '%s' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", what, d);
		return DOSSIER_E_USAGE;
	}
	return 0;
}

int dossier_store_entries(struct dossier_store *st, const struct dossier_filter *f,
			  int (*fn)(void *ud, const struct dossier_entry *e), void *ud)
{
	struct dossier_filter none;
	memset(&none, 0, sizeof none);
	if (!f)
		f = &none;
	const char *cats[32];
	size_t n_cats = 0;
	if (f->category && !(n_cats = ds_category_subtree(f->category, cats, 32))) {
		ds_store_error(st, "'%s' is not a category of records.md", f->category);
		return DOSSIER_E_USAGE;
	}
	if (f->status) {
		size_t i = 0;
		while (i < DS_ARRAY_LEN(statuses) && strcmp(statuses[i], f->status))
			i++;
		if (i == DS_ARRAY_LEN(statuses)) {
			ds_store_error(st, "'%s' is not a status (requested, considered, pledged, "
					   "delivered, refused, backfill)", f->status);
			return DOSSIER_E_USAGE;
		}
	}
	int rc;
	if ((rc = check_date(st, "since", f->since)) < 0 ||
	    (rc = check_date(st, "until", f->until)) < 0)
		return rc;
	if ((rc = dossier_store_refresh(st)) < 0)
		return rc;
	return st->ops->entries(st, f, cats, n_cats, fn, ud);
}

int dossier_store_evidence(struct dossier_store *st, const char *id,
			   int (*fn)(void *ud, const struct dossier_evidence *e), void *ud)
{
	size_t len = id ? strlen(id) : 0;
	if (len < 4 || len > 16 || strspn(id, "0123456789abcdef") != len) {
		ds_store_error(st, "'%s' is not an entry id (4 to 16 hex digits)", id ? id : "");
		return DOSSIER_E_USAGE;
	}
	int rc = dossier_store_refresh(st);
	if (rc < 0)
		return rc;
	char ids[2][20];
	rc = st->ops->entry_ids(st, id, ids);
	if (rc < 0)
		return rc;
	if (rc == 0) {
		ds_store_error(st, "no entry '%s'", id);
		return DOSSIER_E_USAGE;
	}
	if (rc > 1) {
		ds_store_error(st, "entry id '%s' is ambiguous (%s, %s)", id, ids[0], ids[1]);
		return DOSSIER_E_USAGE;
	}
	return st->ops->evidence(st, ids[0], fn, ud);
}

int dossier_store_quotes(struct dossier_store *st, const struct dossier_filter *f,
			 int (*fn)(void *ud, const struct dossier_quote_row *q), void *ud)
{
	struct dossier_filter none;
	memset(&none, 0, sizeof none);
	int rc;
	if (!f)
		f = &none;
	if ((rc = check_date(st, "since", f->since)) < 0 ||
	    (rc = check_date(st, "until", f->until)) < 0)
		return rc;
	return st->ops->quotes(st, f, fn, ud);
}

int dossier_store_sources(struct dossier_store *st,
			  int (*fn)(void *ud, const struct dossier_source_row *s), void *ud)
{
	return st->ops->sources(st, fn, ud);
}

int dossier_store_dups(struct dossier_store *st,
		       int (*fn)(void *ud, const struct dossier_dup_row *r), void *ud)
{
	return st->ops->dups(st, fn, ud);
}

int dossier_store_search(struct dossier_store *st, const char *text, size_t limit,
			 int (*fn)(void *ud, const struct dossier_doc_row *d), void *ud)
{
	if (!text || !*text) {
		ds_store_error(st, "nothing to search for");
		return DOSSIER_E_USAGE;
	}
	return st->ops->search(st, text, limit ? limit : 20, fn, ud);
}

int dossier_store_counts(struct dossier_store *st, struct dossier_store_counts *c)
{
	memset(c, 0, sizeof *c);
	return st->ops->counts(st, c);
}

int dossier_store_check(struct dossier_store *st) { return st->ops->check(st); }

/* --- provenance across runs ------------------------------------------------ */

struct prov {
	const uint32_t *sig;
	const char *self;
	long long self_key;
	char *best;     /* the earliest copy found (its id) */
	char *best_date;
	double best_j;
};

/* An earlier-dated (or, undated, first-stored) copy wins. */
static int prov_candidate(void *ud, const struct dossier_candidate *c)
{
	struct prov *p = ud;
	if (c->key == p->self_key || c->n_sig != DS_DEDUP_SIG || !strcmp(c->doc, p->self))
		return 0;
	/* a copy that links to this document already (a copy of the run
	 * stored before its original, in the same transaction): linking back
	 * would make a cycle */
	if (c->dup_of && !strcmp(c->dup_of, p->self))
		return 0;
	double j = ds_dedup_similarity(p->sig, c->sig);
	if (j < DS_DEDUP_J)
		return 0;
	int better = !p->best;
	if (!better && c->date && (!p->best_date || strcmp(c->date, p->best_date) < 0))
		better = 1;
	if (better) {
		free(p->best);
		free(p->best_date);
		p->best = ds_xstrdup(c->doc);
		p->best_date = c->date ? ds_xstrdup(c->date) : NULL;
		p->best_j = j;
	}
	return 0;
}

static int skip_of_run(const void *dedup, int64_t key)
{
	return ds_dedup_of_run(dedup, key);
}

int dossier_store_provenance(struct dossier_store *st, struct dossier *ds, struct dossier_doc *doc,
			     long long key)
{
	uint32_t sig[DS_DEDUP_SIG];
	uint64_t bands[DS_DEDUP_BANDS];
	/* an original that arrived after its copy: the copy links to it, not
	 * the other way round */
	long long later = ds_dedup_reversed(ds->dedup, doc, key);
	if (later) {
		int r = dossier_store_set_links(st, later, doc->id, NULL);
		if (r >= 0)
			r = dossier_store_set_links(st, key, "", NULL);
		if (r < 0)
			return r;
		doc->dup_of = NULL;
	}
	if (!ds_dedup_fingerprint(ds->dedup, doc, sig, bands))
		return 0;
	/* copies already stored, before this document's own bands go in */
	struct prov p = {sig, doc->id, key, NULL, NULL, 0};
	int rc = 0;
	/* the run's own documents were compared in memory (by the same
	 * measure, and more): only those of earlier runs are read back, and
	 * not looked for when the store held none as the run began (its first
	 * look comes before its first signature goes in) */
	int earlier = ds_dedup_store_earlier(ds->dedup, st);
	if (earlier < 0) {
		earlier = st->ops->sig_any(st);
		if (earlier < 0)
			return earlier;
		ds_dedup_set_store_earlier(ds->dedup, st, earlier);
	}
	if (!doc->dup_of && !later && earlier)
		rc = st->ops->band_candidates(st, bands, DS_DEDUP_BANDS, skip_of_run, ds->dedup,
					      prov_candidate, &p);
	if (rc >= 0)
		rc = dossier_store_put_signature(st, key, sig, DS_DEDUP_SIG, bands, DS_DEDUP_BANDS);
	if (rc >= 0 && p.best)
		rc = dossier_store_set_links(st, key, p.best, NULL);
	int linked = rc >= 0 && p.best;
	free(p.best);
	free(p.best_date);
	return rc < 0 ? rc : linked;
}

/* --- reading for servers --------------------------------------------------- */

int dossier_store_open_readonly(const char *target, struct dossier_store **out, char *errbuf,
				size_t errlen)
{
	return store_open(target, 1, out, errbuf, errlen);
}

int dossier_store_version(struct dossier_store *st, unsigned long long *version)
{
	*version = 0;
	return st->ops->data_version(st, version);
}

int dossier_store_document(struct dossier_store *st, const char *id,
			   int (*fn)(void *ud, const struct dossier_doc_view *d), void *ud)
{
	if (!id || !*id) {
		ds_store_error(st, "no document named");
		return DOSSIER_E_USAGE;
	}
	return st->ops->document(st, id, fn, ud);
}

int dossier_store_doc_records(struct dossier_store *st, long long key,
			      int (*fn)(void *ud, const struct dossier_doc_record *r), void *ud)
{
	return st->ops->doc_records(st, key, fn, ud);
}

int dossier_store_documents(struct dossier_store *st, size_t offset, size_t limit,
			    int (*fn)(void *ud, const struct dossier_doc_row *d), void *ud)
{
	return st->ops->documents(st, offset, limit ? limit : 50, fn, ud);
}

/* The full id of the entry `id` names (a unique prefix): 0 and ids[0],
 * or DOSSIER_E_USAGE with the message set. */
static int entry_full_id(struct dossier_store *st, const char *id, char ids[2][20])
{
	size_t len = id ? strlen(id) : 0;
	if (len < 4 || len > 16 || strspn(id, "0123456789abcdef") != len) {
		ds_store_error(st, "'%s' is not an entry id (4 to 16 hex digits)", id ? id : "");
		return DOSSIER_E_USAGE;
	}
	int rc = st->ops->entry_ids(st, id, ids);
	if (rc < 0)
		return rc;
	if (rc == 0) {
		ds_store_error(st, "no entry '%s'", id);
		return DOSSIER_E_USAGE;
	}
	if (rc > 1) {
		ds_store_error(st, "entry id '%s' is ambiguous (%s, %s)", id, ids[0], ids[1]);
		return DOSSIER_E_USAGE;
	}
	return 0;
}

int dossier_store_entry(struct dossier_store *st, const char *id,
			int (*fn)(void *ud, const struct dossier_entry *e), void *ud)
{
	int rc = dossier_store_refresh(st);
	if (rc < 0)
		return rc;
	char ids[2][20];
	if ((rc = entry_full_id(st, id, ids)) < 0)
		return rc;
	return st->ops->entry(st, ids[0], fn, ud);
}

int dossier_store_latest(struct dossier_store *st, size_t limit,
			 int (*fn)(void *ud, const struct dossier_entry *e), void *ud)
{
	int rc = dossier_store_refresh(st);
	return rc < 0 ? rc : st->ops->latest(st, limit ? limit : 10, fn, ud);
}

int dossier_store_speakers(struct dossier_store *st,
			   int (*fn)(void *ud, const struct dossier_speaker_row *s), void *ud)
{
	return st->ops->speakers(st, fn, ud);
}

int dossier_store_timeline(struct dossier_store *st,
			   int (*fn)(void *ud, const struct dossier_month_row *m), void *ud)
{
	int rc = dossier_store_refresh(st);
	return rc < 0 ? rc : st->ops->timeline(st, fn, ud);
}

struct totals_top {
	int (*fn)(void *ud, const struct dossier_total_row *t);
	void *ud;
};

/* Fills in the root of the row's category tree. */
static int total_top(void *ud, const struct dossier_total_row *t)
{
	struct totals_top *tt = ud;
	struct dossier_total_row r = *t;
	const char *c = r.category;
	for (int depth = 0; c && depth < 8 && ds_category_parent(c); depth++)
		c = ds_category_parent(c);
	r.top = c;
	return tt->fn(tt->ud, &r);
}

int dossier_store_totals(struct dossier_store *st,
			 int (*fn)(void *ud, const struct dossier_total_row *t), void *ud)
{
	int rc = dossier_store_refresh(st);
	struct totals_top tt = {fn, ud};
	return rc < 0 ? rc : st->ops->totals(st, total_top, &tt);
}
