/* Unit tests of the tracker's merge rules (tracker.c) and of the store
 * (store.c, store_sqlite.c): round trips of hostile values, re-ingest,
 * provenance hooks. */
#include <unistd.h>

#include <sqlite3.h>

#include "harness.h"
#include "store.h"

/* A mention as the tests write them: provider, action, item (or NULL),
 * category, quantity, date, document. */
static struct ds_tk_mention mk(const char *provider, unsigned action, const char *item,
			       const char *category, long long qty, const char *date, const char *doc,
			       uint32_t start)
{
	struct ds_tk_mention m;
	memset(&m, 0, sizeof m);
	m.provider = provider;
	m.action = (uint8_t)action;
	m.item = item;
	m.family = item;
	m.category = category;
	m.quantity = qty;
	m.amount = -1;
	m.date = date;
	m.doc_date = date;
	m.doc = doc;
	m.start = start;
	/* distinct sentences unless a test says otherwise */
	m.evidence_hash = (uint64_t)(uintptr_t)doc * 31 + start;
	return m;
}

static const struct ds_tk_entry *entry_with(const struct ds_tracker *t, const char *item)
{
	for (size_t i = 0; i < t->n_entries; i++)
		if (t->entries[i].item && !strcmp(t->entries[i].item, item))
			return &t->entries[i];
	return NULL;
}

TEST(day_numbers)
{
	CHECK_INT(ds_day_of("1970-01-01", 0), 0);
	CHECK_INT(ds_day_of("2023-03-01", 0) - ds_day_of("2023-02-28", 0), 1);
	CHECK_INT(ds_day_of("2024-03-01", 0) - ds_day_of("2024-02-28", 0), 2);
	CHECK_INT(ds_day_of("2023-01", -1), ds_day_of("2023-01-01", 0));
	CHECK_INT(ds_day_of("2023-02", 1), ds_day_of("2023-02-28", 0));
	CHECK_INT(ds_day_of("2023", 1), ds_day_of("2023-12-31", 0));
	CHECK_INT(ds_day_of("2023-13", 0), DS_NO_DAY);
	CHECK_INT(ds_day_of("2023-1-1", 0), DS_NO_DAY);
	CHECK_INT(ds_day_of(NULL, 0), DS_NO_DAY);
}

TEST(category_tree)
{
	CHECK_STR(ds_category_parent("main battle tank"), "tank");
	CHECK_STR(ds_category_parent("tank"), "armoured vehicle");
	CHECK(ds_category_parent("drone") == NULL);
	CHECK(ds_category_under("main battle tank", "armoured vehicle"));
	CHECK(!ds_category_under("armoured vehicle", "tank"));
	const char *sub[32];
	CHECK_INT(ds_category_subtree("tank", sub, 32), 3);
	CHECK_INT(ds_category_subtree("widget", sub, 32), 0);
	/* the rank table tracker.c uses agrees with the names */
	const char *all[32];
	size_t n = ds_category_subtree("armoured vehicle", all, 32);
	CHECK_INT(n, 6);
	for (size_t i = 0; i < n; i++) {
		const char *p = ds_category_parent(all[i]);
		int r = ds_category_rank(all[i]);
		CHECK_INT(ds_category_rank_parent(r), p ? ds_category_rank(p) : -1);
	}
	static const char *const roots[] = {"artillery", "air defence system", "missile", "aircraft",
					    "ammunition", "drone", "equipment"};
	for (size_t k = 0; k < DS_ARRAY_LEN(roots); k++) {
		n = ds_category_subtree(roots[k], all, 32);
		for (size_t i = 0; i < n; i++) {
			const char *p = ds_category_parent(all[i]);
			CHECK_INT(ds_category_rank_parent(ds_category_rank(all[i])),
				  p ? ds_category_rank(p) : -1);
		}
	}
}

TEST(same_item_close_dates_merge)
{
	struct ds_tk_mention m[] = {
		mk("United Kingdom", DS_ACT_PLEDGE, "Challenger 2", "main battle tank", 14, "2023-01-14", "a", 0),
		mk("United Kingdom", DS_ACT_PLEDGE, "Challenger 2", "main battle tank", 14, "2023-01-16", "b", 0),
		mk("United Kingdom", DS_ACT_PLEDGE, "Challenger 2", "main battle tank", -1, "2023-06-30", "c", 0),
	};
	struct ds_tracker t;
	ds_tracker_build(&t, m, 3);
	CHECK_INT(t.n_entries, 2); /* June is more than 60 days later */
	CHECK_INT(t.entries[0].n_mentions, 2);
	CHECK_INT(t.entries[0].n_sources, 2);
	CHECK_INT(t.entries[0].pledged, 14);
	CHECK_STR(t.entries[0].first_date, "2023-01-14");
	CHECK_STR(t.entries[0].last_date, "2023-01-16");
	CHECK_STR(t.entries[0].status, "pledged");
	CHECK_INT(t.entries[0].conflicts, 0);
	ds_tracker_release(&t);
}

TEST(status_is_the_furthest_action)
{
	struct ds_tk_mention m[] = {
		mk("Germany", DS_ACT_REQUEST, "Leopard 2", "main battle tank", -1, "2023-01-05", "a", 0),
		mk("Germany", DS_ACT_CONSIDER, "Leopard 2", "main battle tank", -1, "2023-01-10", "b", 0),
		mk("Germany", DS_ACT_PLEDGE, "Leopard 2", "main battle tank", 14, "2023-01-25", "c", 0),
		/* a delivery months later completes the pledge */
		mk("Germany", DS_ACT_DELIVER, "Leopard 2", "main battle tank", 18, "2023-05-28", "d", 0),
	};
	struct ds_tracker t;
	ds_tracker_build(&t, m, 4);
	CHECK_INT(t.n_entries, 1);
	CHECK_STR(t.entries[0].status, "delivered");
	CHECK_INT(t.entries[0].pledged, 14);
	CHECK_INT(t.entries[0].delivered, 18);
	CHECK_INT(t.entries[0].conflicts, 0); /* pledged and delivered are kept apart */
	ds_tracker_release(&t);
}

TEST(refusal_is_not_merged_with_a_pledge)
{
	struct ds_tk_mention m[] = {
		mk("Germany", DS_ACT_REQUEST, "Taurus", "cruise missile", -1, "2023-05-01", "a", 0),
		mk("Germany", DS_ACT_REFUSE, "Taurus", "cruise missile", -1, "2023-05-10", "b", 0),
		mk("Germany", DS_ACT_PLEDGE, "Taurus", "cruise missile", -1, "2023-05-20", "c", 0),
	};
	struct ds_tracker t;
	ds_tracker_build(&t, m, 3);
	CHECK_INT(t.n_entries, 2);
	CHECK_STR(t.entries[0].status, "refused");
	CHECK_INT(t.entries[0].n_mentions, 2);
	CHECK_STR(t.entries[1].status, "pledged");
	ds_tracker_release(&t);
}

TEST(variants_merge_into_their_family)
{
	struct ds_tk_mention m[] = {
		mk("Germany", DS_ACT_PLEDGE, "Leopard 2A6", "main battle tank", 14, "2023-01-25", "a", 0),
		mk("Germany", DS_ACT_PLEDGE, "Leopard 2", "main battle tank", -1, "2023-01-26", "b", 0),
		mk("Germany", DS_ACT_PLEDGE, "Leopard 1A5", "main battle tank", 88, "2023-01-27", "c", 0),
	};
	m[0].family = "Leopard 2";
	m[2].family = "Leopard 1";
	struct ds_tracker t;
	ds_tracker_build(&t, m, 3);
	CHECK_INT(t.n_entries, 2);
	const struct ds_tk_entry *e = entry_with(&t, "Leopard 2");
	CHECK(e != NULL);
	if (e) {
		CHECK_INT(e->n_mentions, 2);
		CHECK_STR(e->family, "Leopard 2");
	}
	e = entry_with(&t, "Leopard 1A5");
	CHECK(e != NULL);
	if (e)
		CHECK_STR(e->family, "Leopard 1");
	ds_tracker_release(&t);
}

TEST(category_mentions_join_the_nearest_item_of_their_branch)
{
	struct ds_tk_mention m[] = {
		mk("United Kingdom", DS_ACT_PLEDGE, "Challenger 2", "main battle tank", 14, "2023-01-14", "a", 0),
		mk("United Kingdom", DS_ACT_PLEDGE, NULL, "tank", 12, "2023-01-20", "b", 0),
		mk("United Kingdom", DS_ACT_PLEDGE, NULL, "howitzer", 30, "2023-01-20", "b", 10),
		mk("United Kingdom", DS_ACT_PLEDGE, NULL, "artillery", -1, "2023-01-22", "c", 0),
	};
	struct ds_tracker t;
	ds_tracker_build(&t, m, 4);
	CHECK_INT(t.n_entries, 2);
	const struct ds_tk_entry *e = entry_with(&t, "Challenger 2");
	CHECK(e != NULL);
	if (e) {
		CHECK_INT(e->n_mentions, 2);
		/* conflicting figures: kept, flagged, not averaged; a tie of
		 * sources goes to the latest report */
		CHECK_STR(e->pledged_all, "12,14");
		CHECK_INT(e->pledged, 12);
		CHECK_INT(e->conflicts, DOSSIER_CONFLICT_PLEDGED);
	}
	/* howitzers and artillery: one entry of category mentions, the
	 * narrower category */
	for (size_t i = 0; i < t.n_entries; i++)
		if (!t.entries[i].item) {
			CHECK_STR(t.entries[i].category, "howitzer");
			CHECK_INT(t.entries[i].n_mentions, 2);
		}
	ds_tracker_release(&t);
}

TEST(money_packages_of_different_amounts_are_different_deals)
{
	struct ds_tk_mention m[] = {
		mk("United States", DS_ACT_PLEDGE, NULL, "military aid package", -1, "2023-01-20", "a", 0),
		mk("United States", DS_ACT_PLEDGE, NULL, "military aid package", -1, "2023-01-21", "b", 0),
		mk("United States", DS_ACT_PLEDGE, NULL, "military aid package", -1, "2023-02-03", "c", 0),
	};
	m[0].amount = 2.5e9, m[0].currency = "USD";
	m[1].amount = 2.5e9, m[1].currency = "USD";
	m[2].amount = 4e8, m[2].currency = "USD";
	struct ds_tracker t;
	ds_tracker_build(&t, m, 3);
	CHECK_INT(t.n_entries, 2);
	CHECK_INT(t.entries[0].n_sources, 2);
	CHECK(t.entries[0].amount == 2.5e9);
	CHECK_STR(t.entries[0].currency, "USD");
	CHECK_STR(t.entries[0].amount_all, "2500000000 USD");
	ds_tracker_release(&t);
}

TEST(copies_count_once)
{
	struct ds_tk_mention m[] = {
		mk("United Kingdom", DS_ACT_PLEDGE, "Challenger 2", "main battle tank", 14, "2023-01-14", "orig", 5),
		mk("United Kingdom", DS_ACT_PLEDGE, "Challenger 2", "main battle tank", 14, "2023-01-15", "copy", 9),
		mk("United Kingdom", DS_ACT_PLEDGE, "Challenger 2", "main battle tank", 14, "2023-01-16", "wire", 0),
		mk("United Kingdom", DS_ACT_PLEDGE, "Challenger 2", "main battle tank", 14, "2023-01-16", "wire2", 0),
		mk("United Kingdom", DS_ACT_PLEDGE, "Challenger 2", "main battle tank", 12, "2023-01-17", "other", 0),
	};
	m[1].dup_of = "orig";       /* a link found by provenance */
	m[3].evidence_hash = m[2].evidence_hash; /* the same sentence */
	struct ds_tracker t;
	ds_tracker_build(&t, m, 5);
	CHECK_INT(t.n_entries, 1);
	CHECK_INT(t.entries[0].n_sources, 3);
	CHECK_INT(t.entries[0].pledged, 14); /* two sources against one */
	CHECK_STR(t.entries[0].sources, "orig; wire; other");
	CHECK_INT(m[0].counted, 1);
	CHECK_INT(m[1].counted, 0);
	CHECK_STR(m[1].copy_of, "orig");
	CHECK_INT(m[3].counted, 0);
	CHECK_STR(m[3].copy_of, "wire");
	ds_tracker_release(&t);
}

TEST(undated_mentions_join_their_document)
{
	struct ds_tk_mention m[] = {
		mk("France", DS_ACT_PLEDGE, "CAESAR", "howitzer", 12, "2022-04-22", "a", 0),
		mk("France", DS_ACT_PLEDGE, "CAESAR", "howitzer", 6, "2022-12-01", "b", 0),
		mk("France", DS_ACT_DELIVER, "CAESAR", "howitzer", -1, NULL, "a", 50),
	};
	m[2].doc_date = NULL;
	struct ds_tracker t;
	ds_tracker_build(&t, m, 3);
	CHECK_INT(t.n_entries, 2);
	CHECK_INT(m[2].entry, m[0].entry);
	ds_tracker_release(&t);
}

TEST(backfill_is_its_own_deal)
{
	struct ds_tk_mention m[] = {
		mk("United States", DS_ACT_BACKFILL, "Patriot", "surface-to-air missile", 1, "2022-04-08", "a", 0),
		mk("United States", DS_ACT_PLEDGE, "Patriot", "surface-to-air missile", 1, "2022-04-09", "b", 0),
	};
	m[0].beneficiary = "Slovakia";
	m[0].replaces = "S-300";
	struct ds_tracker t;
	ds_tracker_build(&t, m, 2);
	CHECK_INT(t.n_entries, 2);
	int found = 0;
	for (size_t i = 0; i < t.n_entries; i++)
		if (!strcmp(t.entries[i].status, "backfill")) {
			found++;
			CHECK_STR(t.entries[i].beneficiary, "Slovakia");
			CHECK_STR(t.entries[i].replaces, "S-300");
		}
	CHECK_INT(found, 1);
	ds_tracker_release(&t);
}

/* A summary of a tracker, to compare runs. */
static void summary(const struct ds_tracker *t, const struct ds_tk_mention *m, struct ds_buf *b)
{
	for (size_t i = 0; i < t->n_entries; i++) {
		const struct ds_tk_entry *e = &t->entries[i];
		ds_buf_addf(b, "%s|%s|%s|%s|%lld|%lld|%s|%zu|%zu|%s\n", e->id, e->provider,
			    e->item ? e->item : "-", e->status, e->pledged, e->delivered,
			    e->pledged_all, e->n_mentions, e->n_sources, e->sources);
		for (size_t k = 0; k < e->n; k++) {
			const struct ds_tk_mention *x = &m[t->members[e->first + k]];
			ds_buf_addf(b, "  %s@%u %d %s\n", x->doc, x->start, x->counted,
				    x->copy_of ? x->copy_of : "-");
		}
	}
}

TEST(order_of_mentions_does_not_matter)
{
	static const char *const items[] = {"Challenger 2", "Leopard 2", NULL, "HIMARS"};
	static const char *const cats[] = {"main battle tank", "main battle tank", "tank",
					   "multiple rocket launcher"};
	static const char *const dates[] = {"2023-01-14", "2023-01-20", "2023-02-01", "2023-03-28",
					    NULL, "2023-06-01", "2023-01"};
	static const char *const docs[] = {"d1", "d2", "d3", "d4", "d5", "d6"};
	struct ds_tk_mention m[60];
	unsigned seed = 7;
	for (size_t i = 0; i < DS_ARRAY_LEN(m); i++) {
		seed = seed * 1103515245u + 12345u;
		size_t k = (seed >> 8) % 4;
		m[i] = mk(i % 3 ? "Germany" : "United Kingdom", 1 + (seed >> 12) % 5, items[k], cats[k],
			  (long long)((seed >> 16) % 3) * 7 - 1, dates[(seed >> 4) % 7],
			  docs[(seed >> 20) % 6], (uint32_t)(i * 10));
		m[i].evidence_hash = (seed >> 24) % 9; /* some identical sentences */
		if ((seed >> 3) % 5 == 0)
			m[i].dup_of = docs[(seed >> 22) % 6];
	}
	struct ds_tracker t;
	struct ds_buf first = DS_BUF_INIT, other = DS_BUF_INIT;
	ds_tracker_build(&t, m, DS_ARRAY_LEN(m));
	summary(&t, m, &first);
	ds_tracker_release(&t);
	for (int round = 0; round < 25; round++) {
		for (size_t i = DS_ARRAY_LEN(m) - 1; i > 0; i--) {
			seed = seed * 1103515245u + 12345u;
			size_t j = (seed >> 8) % (i + 1);
			struct ds_tk_mention x = m[i];
			m[i] = m[j];
			m[j] = x;
		}
		ds_tracker_build(&t, m, DS_ARRAY_LEN(m));
		ds_buf_reset(&other);
		summary(&t, m, &other);
		ds_tracker_release(&t);
		CHECK(other.len == first.len && !memcmp(other.ptr, first.ptr, first.len));
		if (harness_failed_now) {
			printf("  first:\n%s  round %d:\n%s", first.ptr, round, other.ptr);
			break;
		}
	}
	ds_buf_release(&first);
	ds_buf_release(&other);
}

/* --- the store ------------------------------------------------------------ */

static struct dossier_kb fake_kb;
static struct ds_entity fake_ents[4];

/* A processed document built by hand: hostile values where the store must
 * not care (control characters, 10 KB names). */
static struct dossier_doc *hostile_doc(const char *id, const char *big)
{
	struct dossier_doc *doc = ds_xcalloc(1, sizeof *doc);
	ds_arena_init(&doc->arena);
	doc->kb = &fake_kb;
	doc->id = ds_arena_strdup(&doc->arena, id);
	doc->date = "2023-01-14";
	doc->title = "Titre \x01\x1f";
	doc->url = "https://www.Example.ORG:8080/x?y";
	ds_buf_adds(&doc->text, "Le Royaume-Uni enverra 14 chars.\n\x07\x1b[31m\x7f \xC3\xA9 \" ' \\ end");
	doc->chars = doc->text.len;
	ds_grow(&doc->sents, &doc->cap_sents, 2, sizeof *doc->sents);
	doc->sents[0] = (struct ds_span){0, 32};
	doc->sents[1] = (struct ds_span){33, (uint32_t)doc->text.len};
	doc->n_sents = 2;
	ds_grow(&doc->quotes, &doc->cap_quotes, 1, sizeof *doc->quotes);
	doc->quotes[0] = (struct ds_quote){33, (uint32_t)doc->text.len, -1, NULL, DS_SPK_PERSON, 0, 0};
	doc->quotes[0].speaker_name = ds_arena_strdup(&doc->arena, big);
	doc->n_quotes = 1;
	ds_grow(&doc->aid, &doc->cap_aid, 1, sizeof *doc->aid);
	struct ds_aid *a = &doc->aid[0];
	memset(a, 0, sizeof *a);
	a->action = DS_ACT_PLEDGE;
	a->provider = 0; /* the 10 KB name */
	a->recipient = 1;
	a->item = 3;     /* a variant: its family is entity 2 */
	a->category = "main battle tank";
	a->quantity = 14;
	a->amount = -1;
	a->beneficiary = a->replaces = -1;
	memcpy(a->date, "2023-01-14", 11);
	a->sent = 0;
	doc->n_aid = 1;
	return doc;
}

static void free_doc(struct dossier_doc *doc)
{
	ds_buf_release(&doc->text);
	free(doc->sents);
	free(doc->quotes);
	free(doc->aid);
	ds_arena_release(&doc->arena);
	free(doc);
}

struct got {
	struct ds_buf text, speaker, provider, item;
	int n;
	long long pledged;
	unsigned long sources;
};

/* Empties g (its buffers freed). */
static void got_reset(struct got *g)
{
	ds_buf_release(&g->text);
	ds_buf_release(&g->speaker);
	ds_buf_release(&g->provider);
	ds_buf_release(&g->item);
	memset(g, 0, sizeof *g);
}

static int got_quote(void *ud, const struct dossier_quote_row *q)
{
	struct got *g = ud;
	ds_buf_adds(&g->text, q->text);
	ds_buf_adds(&g->speaker, q->speaker ? q->speaker : "(null)");
	g->n++;
	return 0;
}

static int got_entry(void *ud, const struct dossier_entry *e)
{
	struct got *g = ud;
	ds_buf_adds(&g->provider, e->provider);
	ds_buf_adds(&g->item, e->item ? e->item : "(null)");
	g->pledged = e->pledged;
	g->sources = e->n_sources;
	g->n++;
	return 0;
}

static int got_candidate(void *ud, const struct dossier_candidate *c)
{
	struct got *g = ud;
	g->n++;
	g->pledged = (long long)c->n_sig;
	if (c->n_sig == 3 && c->sig[0] == 1 && c->sig[1] == 0xFFFFFFFFu && c->sig[2] == 0x01020304u)
		g->sources = 1;
	return 0;
}

static int got_source(void *ud, const struct dossier_source_row *s)
{
	struct got *g = ud;
	ds_buf_adds(&g->text, s->outlet ? s->outlet : "(null)");
	g->n++;
	return 0;
}

TEST(store_round_trip_and_provenance)
{
	char *big = ds_xmalloc(10241);
	for (int i = 0; i < 10240; i++)
		big[i] = (char)('a' + i % 26);
	big[10240] = '\0';
	memset(fake_ents, 0, sizeof fake_ents);
	fake_ents[0] = (struct ds_entity){.name = big, .family = -1};
	fake_ents[1] = (struct ds_entity){.name = "Ukraine", .family = -1};
	fake_ents[2] = (struct ds_entity){.name = "Leopard 2", .family = -1};
	fake_ents[3] = (struct ds_entity){.name = "Leopard 2A6", .family = 2};
	fake_kb.ents = fake_ents;
	fake_kb.n_ents = 4;

	char path[] = "/tmp/dossier-test-store-XXXXXX";
	int fd = mkstemp(path);
	CHECK(fd >= 0);
	close(fd);
	unlink(path);
	struct dossier_store *st;
	char err[256];
	CHECK_INT(dossier_store_open(path, &st, err, sizeof err), 0);
	if (harness_failed_now) {
		printf("  %s\n", err);
		free(big);
		return;
	}
	struct dossier_doc *a = hostile_doc("a", big), *b = hostile_doc("b", big);
	long long ka = 0, kb = 0, again = 0;
	CHECK_INT(dossier_store_put(st, a, &ka), 1);
	CHECK_INT(dossier_store_put(st, a, &again), 0); /* the same document */
	CHECK_INT(again, ka);
	CHECK_INT(dossier_store_put(st, b, &kb), 1);
	CHECK_INT(dossier_store_records_written(st), 4);

	struct got g;
	memset(&g, 0, sizeof g);
	CHECK_INT(dossier_store_quotes(st, NULL, got_quote, &g), 2);
	const char *want = "\x07\x1b[31m\x7f \xC3\xA9 \" ' \\ end";
	CHECK(g.text.len == 2 * strlen(want) && !memcmp(g.text.ptr, want, strlen(want)));
	CHECK(g.speaker.len == 2 * strlen(big) && !memcmp(g.speaker.ptr, big, strlen(big)));

	/* a and b share their evidence sentence: one source */
	got_reset(&g);
	struct dossier_filter f;
	memset(&f, 0, sizeof f);
	f.item = "Leopard 2"; /* the family finds the variant */
	CHECK_INT(dossier_store_entries(st, &f, got_entry, &g), 1);
	CHECK(g.provider.ptr && !strcmp(g.provider.ptr, big));
	CHECK_STR(g.item.ptr, "Leopard 2A6");
	CHECK_INT(g.pledged, 14);
	CHECK_INT(g.sources, 1);
	f.category = "artillery";
	got_reset(&g);
	CHECK_INT(dossier_store_entries(st, &f, got_entry, &g), 0);
	f.category = "not a category";
	CHECK_INT(dossier_store_entries(st, &f, got_entry, &g), DOSSIER_E_USAGE);

	/* outlets: the URL's host, lower case, without www. and port */
	got_reset(&g);
	CHECK_INT(dossier_store_sources(st, got_source, &g), 1);
	CHECK_STR(g.text.ptr, "example.org");

	/* provenance: signatures, bands, candidates, links after the fact */
	uint32_t sig[3] = {1, 0xFFFFFFFFu, 0x01020304u};
	uint64_t bands[2] = {42, 0xFFFFFFFFFFFFFFFFull};
	CHECK_INT(dossier_store_put_signature(st, ka, sig, 3, bands, 2), 0);
	got_reset(&g);
	uint64_t probe[2] = {7, 0xFFFFFFFFFFFFFFFFull};
	CHECK_INT(dossier_store_candidates(st, probe, 2, got_candidate, &g), 0);
	CHECK_INT(g.n, 1);
	CHECK_INT(g.pledged, 3);
	CHECK_INT(g.sources, 1);
	CHECK_INT(dossier_store_set_links(st, kb, "a", NULL), 0);
	CHECK_INT(dossier_store_set_links(st, 999999, "a", NULL), DOSSIER_E_DB);
	/* the run knows the store keys of its own documents (compared in
	 * memory already: the store reads back only earlier runs' ones) */
	struct ds_dedup *run = ds_dedup_new();
	ds_dedup_doc(run, a);
	CHECK_INT(ds_dedup_of_run(run, ka), 0);
	CHECK_INT(ds_dedup_reversed(run, a, ka), 0);
	CHECK_INT(ds_dedup_of_run(run, ka), 1);
	CHECK_INT(ds_dedup_of_run(run, kb), 0);
	CHECK_INT(ds_dedup_of_run(NULL, ka), 0);
	ds_dedup_free(run);
	CHECK_INT(dossier_store_check(st), 0);
	struct dossier_store_counts c;
	/* a record whose document is missing: the check names it */
	{
		sqlite3 *raw = NULL;
		CHECK_INT(sqlite3_open(path, &raw), SQLITE_OK);
		CHECK_INT(sqlite3_exec(raw, "INSERT INTO quote (doc, text, speaker_kind, span_start,"
					    " span_end) VALUES (424242, 'x', 'person', 0, 1)",
				       NULL, NULL, NULL),
			  SQLITE_OK);
		CHECK_INT(dossier_store_check(st), DOSSIER_E_DB);
		CHECK(strstr(dossier_store_errmsg(st), "quote") != NULL);
		CHECK_INT(sqlite3_exec(raw, "DELETE FROM quote WHERE doc = 424242", NULL, NULL, NULL),
			  SQLITE_OK);
		sqlite3_close(raw);
		CHECK_INT(dossier_store_check(st), 0);
	}
	CHECK_INT(dossier_store_counts(st, &c), 0);
	CHECK_INT(c.documents, 2);
	CHECK_INT(c.aid, 2);
	CHECK_INT(c.entries, 1);
	dossier_store_close(st);

	/* reopening applies no migration twice */
	CHECK_INT(dossier_store_open(path, &st, err, sizeof err), 0);
	CHECK_INT(dossier_store_counts(st, &c), 0);
	CHECK_INT(c.documents, 2);
	dossier_store_close(st);
	CHECK_INT(dossier_store_open("postgresql://localhost/x", &st, err, sizeof err),
		  DOSSIER_E_USAGE);

	got_reset(&g);
	free_doc(a);
	free_doc(b);
	free(big);
	char side[64];
	unlink(path);
	snprintf(side, sizeof side, "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", path);
	unlink(side);
}

int main(void)
{
	RUN(day_numbers);
	RUN(category_tree);
	RUN(same_item_close_dates_merge);
	RUN(status_is_the_furthest_action);
	RUN(refusal_is_not_merged_with_a_pledge);
	RUN(variants_merge_into_their_family);
	RUN(category_mentions_join_the_nearest_item_of_their_branch);
	RUN(money_packages_of_different_amounts_are_different_deals);
	RUN(copies_count_once);
	RUN(undated_mentions_join_their_document);
	RUN(backfill_is_its_own_deal);
	RUN(order_of_mentions_does_not_matter);
	RUN(store_round_trip_and_provenance);
	HARNESS_EXIT();
}
