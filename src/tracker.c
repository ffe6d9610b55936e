/*
 * tracker.c: aid mentions -> tracker entries, the stage after the store.
 *
 * Input: the aid mentions of one or more providers (records.md "aid", with
 * their documents' ids, dates and copy links). Output: entries, one per
 * deal, each with its mentions. The merge rules:
 *  - a mention joins an entry of the same provider only; backfill deals are
 *    entries of their own, keyed by beneficiary, item and replaced item;
 *  - a mention naming an item joins an entry of the same item family
 *    (Leopard 2A6 and Leopard 2) and category; a mention naming only a
 *    category joins the nearest item entry of the same branch of the
 *    category tree ("tanks" and Challenger 2), else an entry of category
 *    mentions of that branch (and, for money, of the same amount);
 *  - actions are compatible except a refusal with a pledge or delivery;
 *  - dates: within DS_TK_WINDOW days of the entry's reports (a delivery:
 *    within DELIVERY_WINDOW days of the pledge it fulfils); an undated
 *    mention joins an entry holding another mention of its document, else
 *    the most recent compatible entry;
 *  - status: the furthest action reached (requested < considered <
 *    pledged < delivered), refused when refused and never pledged;
 *  - sources: documents linked by dup_of / translation_of, or sharing an
 *    identical evidence sentence, are one source and count once; figures
 *    are counted once per source; different figures are all kept and the
 *    entry flagged (DOSSIER_CONFLICT_*), never averaged.
 * Mentions are processed in one canonical order computed from their
 * content (date, document, offset, ...), so the entries do not depend on
 * the order in which documents were stored.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "store.h"

/* --- vocabulary --------------------------------------------------------- */

static int cmp_str(const char *a, const char *b)
{
	if (a == b)
		return 0;
	if (!a)
		return -1;
	if (!b)
		return 1;
	return strcmp(a, b);
}

static const char *const action_names[] = {NULL,	"request", "pledge", "deliver",
					   "consider", "refuse",  "backfill"};

const char *ds_action_name(unsigned action)
{
	return action >= 1 && action <= DS_ACT_BACKFILL ? action_names[action] : NULL;
}

unsigned ds_action_parse(const char *s)
{
	for (unsigned i = 1; s && i <= DS_ACT_BACKFILL; i++)
		if (!strcmp(s, action_names[i]))
			return i;
	return 0;
}

/* records.md "Category vocabulary": child -> parent. */
static const char *const categories[][2] = {
	{"armoured vehicle", NULL},
	{"tank", "armoured vehicle"},
	{"main battle tank", "tank"},
	{"light tank", "tank"},
	{"infantry fighting vehicle", "armoured vehicle"},
	{"armoured personnel carrier", "armoured vehicle"},
	{"artillery", NULL},
	{"howitzer", "artillery"},
	{"multiple rocket launcher", "artillery"},
	{"air defence system", NULL},
	{"surface-to-air missile", "air defence system"},
	{"man-portable air defence", "air defence system"},
	{"missile", NULL},
	{"anti-ship missile", "missile"},
	{"cruise missile", "missile"},
	{"ballistic missile", "missile"},
	{"anti-tank weapon", NULL},
	{"aircraft", NULL},
	{"fighter aircraft", "aircraft"},
	{"helicopter", NULL},
	{"drone", NULL},
	{"ammunition", NULL},
	{"artillery ammunition", "ammunition"},
	{"small arms", NULL},
	{"naval vessel", NULL},
	{"military aid package", NULL},
	{"equipment", NULL},
};

const char *ds_category_parent(const char *c)
{
	for (size_t i = 0; c && i < DS_ARRAY_LEN(categories); i++)
		if (!strcmp(categories[i][0], c))
			return categories[i][1];
	return NULL;
}

int ds_category_under(const char *c, const char *anc)
{
	if (!c || !anc)
		return 0;
	for (int depth = 0; c && depth < 8; depth++, c = ds_category_parent(c))
		if (!strcmp(c, anc))
			return 1;
	return 0;
}

size_t ds_category_subtree(const char *c, const char **out, size_t cap)
{
	size_t n = 0;
	for (size_t i = 0; c && i < DS_ARRAY_LEN(categories); i++)
		if (ds_category_under(categories[i][0], c) && n < cap)
			out[n++] = categories[i][0];
	return n;
}

#define N_CATS ((int)DS_ARRAY_LEN(categories))

/* The rank of a category in the vocabulary, -1 when not in it. */
static int cat_id(const char *c)
{
	for (int i = 0; c && i < N_CATS; i++)
		if (!strcmp(categories[i][0], c))
			return i;
	return -1;
}

/* The parent of each category of `categories`, by rank (-1: a root);
 * tests/unit/test_store.c checks it against the names. */
static const int8_t parent_rank[] = {-1, 0, 1, 1, 0, 0, -1, 6, 6, -1, 9, 9, -1, 12, 12, 12,
				     -1, -1, 17, -1, -1, -1, 21, -1, -1, -1, -1};
_Static_assert(sizeof parent_rank == DS_ARRAY_LEN(categories), "one parent per category");

int ds_category_rank_parent(int rank)
{
	return rank >= 0 && rank < N_CATS ? parent_rank[rank] : -1;
}

int ds_category_rank(const char *c)
{
	return cat_id(c);
}

/* Is category rank a at or under rank b? */
static int under_id(int a, int b)
{
	for (int depth = 0; a >= 0 && depth < 8; depth++) {
		if (a == b)
			return 1;
		a = parent_rank[a];
	}
	return 0;
}

/* Same branch of the category tree (the tracker compares ranks, set once
 * per mention: string compares would dominate the run time). */
static int branch_id(int a, int b, const char *sa, const char *sb)
{
	if (a < 0 || b < 0)
		return !cmp_str(sa, sb);
	return under_id(a, b) || under_id(b, a);
}

/* --- dates ------------------------------------------------------------- */

/* Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
static int32_t days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int32_t ds_day_of(const char *s, int how)
{
	if (!s)
		return DS_NO_DAY;
	size_t len = strlen(s);
	int y = len >= 4 ? digits(s, 4) : -1, m = 0, d = 0;
	if (y < 1 || (len != 4 && len != 7 && len != 10))
		return DS_NO_DAY;
	if (len >= 7 && (s[4] != '-' || (m = digits(s + 5, 2)) < 1 || m > 12))
		return DS_NO_DAY;
	if (len == 10 && (s[7] != '-' || (d = digits(s + 8, 2)) < 1 || d > 31))
		return DS_NO_DAY;
	if (len == 4)
		return how < 0 ? days_from_civil(y, 1, 1)
		       : how > 0 ? days_from_civil(y, 12, 31)
				 : days_from_civil(y, 7, 1);
	if (len == 7) {
		int32_t first = days_from_civil(y, m, 1);
		int32_t last = days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - 1;
		return how < 0 ? first : how > 0 ? last : first + 14;
	}
	return days_from_civil(y, m, d);
}

/* --- canonical order -------------------------------------------------- */

/* Undated last. */
static int cmp_day(int32_t a, int32_t b)
{
	if (a == b)
		return 0;
	if (a == DS_NO_DAY)
		return 1;
	if (b == DS_NO_DAY)
		return -1;
	return a < b ? -1 : 1;
}

static int cmp_num(double a, double b) { return a < b ? -1 : a > b ? 1 : 0; }

/* The order every decision follows: by content only, never by the order
 * of the input array. Mentions equal in all of this are interchangeable. */
static int cmp_mention(const struct ds_tk_mention *a, const struct ds_tk_mention *b)
{
	int c;
	if ((c = cmp_str(a->provider, b->provider)) || (c = cmp_day(a->day, b->day)) ||
	    (c = cmp_str(a->doc, b->doc)) || (c = cmp_num(a->start, b->start)) ||
	    (c = cmp_num(a->action, b->action)) || (c = cmp_str(a->item, b->item)) ||
	    (c = cmp_str(a->category, b->category)) ||
	    (c = cmp_num((double)a->quantity, (double)b->quantity)) ||
	    (c = cmp_num(a->amount, b->amount)) || (c = cmp_str(a->currency, b->currency)) ||
	    (c = cmp_str(a->beneficiary, b->beneficiary)) ||
	    (c = cmp_str(a->replaces, b->replaces)) ||
	    (c = cmp_num((double)a->evidence_hash, (double)b->evidence_hash)) ||
	    (c = cmp_str(a->doc_date, b->doc_date)) || (c = cmp_str(a->dup_of, b->dup_of)) ||
	    (c = cmp_str(a->translation_of, b->translation_of)) || (c = cmp_str(a->url, b->url)))
		return c;
	return 0;
}

static int cmp_mention_ptr(const void *x, const void *y)
{
	return cmp_mention(*(const struct ds_tk_mention *const *)x,
			   *(const struct ds_tk_mention *const *)y);
}

/* --- clustering -------------------------------------------------------- */

enum { K_ITEM, K_CAT, K_BACKFILL };
#define NONE UINT32_MAX
/* A delivery reported long after the pledge still completes it. */
#define DELIVERY_WINDOW 365

struct cl {
	uint8_t kind, refuse, commit, pledge, has_amount;
	int16_t cat_id;       /* rank of cat */
	uint32_t gid;         /* the group of every cluster of its kind and key */
	const char *key;      /* item and backfill: the family (or item) */
	const char *cat;      /* category; category clusters: the narrowest */
	const char *ben, *rep; /* backfill */
	int32_t first, last;  /* days of the anchoring mentions, or DS_NO_DAY */
	double amount;
	const char *currency;
	uint32_t order;       /* creation rank (ties go to the older) */
};

/* A list of clusters: those one kind of mention may join. */
struct group {
	uint32_t *v;
	size_t n, cap;
};

struct build {
	struct ds_tk_mention *m;     /* the caller's array */
	struct ds_tk_mention **ord;  /* this provider's mentions, canonical */
	size_t n;
	uint32_t *cl_of;             /* per mention of m: its cluster */
	struct cl *cl;
	size_t n_cl, cap_cl;
	struct ds_map gmap;          /* group key -> group */
	struct group *g;
	size_t n_g, cap_g;
	struct ds_map docs;          /* doc id -> doc group (same-doc lookups) */
	struct group *dg;
	size_t n_dg, cap_dg;
	struct ds_buf key;
};

static void group_add(struct group *g, uint32_t c)
{
	ds_grow(&g->v, &g->cap, g->n + 1, sizeof *g->v);
	g->v[g->n++] = c;
}

/* The index of the group named by the parts (joined with a separator no
 * name holds); b->g may move when a group is added: keep indexes. */
static uint32_t group_of(struct build *b, const char *kind, const char *k1, const char *k2,
			 const char *k3, const char *k4)
{
	ds_buf_reset(&b->key);
	const char *parts[5] = {kind, k1, k2, k3, k4};
	for (int i = 0; i < 5; i++) {
		ds_buf_adds(&b->key, parts[i] ? parts[i] : "\x02");
		ds_buf_addc(&b->key, '\x01');
	}
	uint32_t gi = (uint32_t)b->n_g, old;
	if (!ds_map_put(&b->gmap, b->key.ptr, b->key.len, gi, &old))
		return old;
	ds_grow(&b->g, &b->cap_g, b->n_g + 1, sizeof *b->g);
	memset(&b->g[gi], 0, sizeof b->g[gi]);
	b->n_g++;
	return gi;
}

static int is_commit(unsigned a) { return a == DS_ACT_PLEDGE || a == DS_ACT_DELIVER; }

static int action_ok(const struct cl *c, const struct ds_tk_mention *m)
{
	if (m->action == DS_ACT_REFUSE)
		return !c->commit;
	if (is_commit(m->action))
		return !c->refuse;
	return 1;
}

/* Two amounts of money are the same deal when within half a percent. */
static int money_ok(const struct cl *c, const struct ds_tk_mention *m)
{
	if (m->amount < 0 || !c->has_amount)
		return 1;
	/* the sums first: most differ, and the currencies are then not read */
	double big = c->amount > m->amount ? c->amount : m->amount;
	return fabs(c->amount - m->amount) <= 0.005 * big && !cmp_str(c->currency, m->currency);
}

/* Distance in days from d to the cluster's dated span (0 inside it);
 * INT32_MAX when either is undated. */
static int32_t distance(const struct cl *c, int32_t d)
{
	if (d == DS_NO_DAY || c->first == DS_NO_DAY)
		return INT32_MAX;
	if (d < c->first)
		return c->first - d;
	if (d > c->last)
		return d - c->last;
	return 0;
}

static uint32_t new_cluster(struct build *b, uint8_t kind, const struct ds_tk_mention *m,
			    const char *key, uint32_t gid)
{
	ds_grow(&b->cl, &b->cap_cl, b->n_cl + 1, sizeof *b->cl);
	struct cl *c = &b->cl[b->n_cl];
	memset(c, 0, sizeof *c);
	c->kind = kind;
	c->key = key;
	c->cat = m->category;
	c->cat_id = m->cat;
	c->gid = gid;
	c->ben = m->beneficiary;
	c->rep = m->replaces;
	c->first = c->last = DS_NO_DAY;
	c->order = (uint32_t)b->n_cl;
	return (uint32_t)b->n_cl++;
}

/* Puts mention m into cluster ci; `anchor`: its date extends the span
 * that later mentions are compared with. */
static void join(struct build *b, uint32_t ci, struct ds_tk_mention *m, int anchor)
{
	struct cl *c = &b->cl[ci];
	b->cl_of[m - b->m] = ci;
	c->refuse |= m->action == DS_ACT_REFUSE;
	c->commit |= is_commit(m->action);
	c->pledge |= m->action == DS_ACT_PLEDGE;
	if (anchor && m->day != DS_NO_DAY) {
		if (c->first == DS_NO_DAY || m->day < c->first)
			c->first = m->day;
		if (c->last == DS_NO_DAY || m->day > c->last)
			c->last = m->day;
	}
	if (!c->has_amount && m->amount >= 0) {
		c->has_amount = 1;
		c->amount = m->amount;
		c->currency = m->currency;
	}
	if (c->kind == K_CAT && m->cat >= 0 && m->cat != c->cat_id && under_id(m->cat, c->cat_id)) {
		c->cat = m->category;
		c->cat_id = m->cat;
	}
}

/* May mention m join cluster c at all (ignoring dates)? */
static int fits(const struct cl *c, const struct ds_tk_mention *m)
{
	if (!action_ok(c, m))
		return 0;
	if (c->kind == K_CAT)
		return branch_id(c->cat_id, m->cat, c->cat, m->category) && money_ok(c, m);
	return 1;
}

/* An undated mention's cluster among group gi (or, gi == NONE, among
 * all item clusters in g): one holding a mention of its document, else the
 * most recent; NONE when none fits. */
static uint32_t pick_undated(struct build *b, uint32_t gi, const struct group *g,
			     const struct ds_tk_mention *m,
			     int (*ok)(const struct cl *, const struct ds_tk_mention *))
{
	uint32_t same = NONE, best = NONE;
	uint32_t dg;
	if (gi != NONE)
		g = &b->g[gi];
	if (ds_map_get(&b->docs, m->doc ? m->doc : "", m->doc ? strlen(m->doc) : 0, &dg)) {
		const struct group *d = &b->dg[dg];
		for (size_t i = 0; i < d->n; i++) {
			uint32_t ci = b->cl_of[d->v[i]];
			if (ci == NONE || (gi == NONE ? b->cl[ci].kind != K_ITEM : b->cl[ci].gid != gi))
				continue;
			if (ok(&b->cl[ci], m) && (same == NONE || ci < same))
				same = ci;
		}
	}
	if (same != NONE)
		return same;
	for (size_t k = 0; k < g->n; k++) {
		const struct cl *c = &b->cl[g->v[k]];
		if (!ok(c, m))
			continue;
		if (best == NONE)
			best = g->v[k];
		else if (c->last != DS_NO_DAY &&
			 (b->cl[best].last == DS_NO_DAY || c->last > b->cl[best].last))
			best = g->v[k];
	}
	return best;
}

/* A dated mention's cluster among g: within the window, the one reported
 * last (for same-kind clusters) or nearest (`nearest`); NONE if none. */
static uint32_t pick_dated(struct build *b, const struct group *g, const struct ds_tk_mention *m,
			   int (*ok)(const struct cl *, const struct ds_tk_mention *), int nearest)
{
	uint32_t best = NONE;
	int32_t best_d = 0;
	for (size_t k = 0; k < g->n; k++) {
		const struct cl *c = &b->cl[g->v[k]];
		int32_t d = distance(c, m->day);
		if (d > DS_TK_WINDOW || !ok(c, m))
			continue;
		if (best == NONE) {
			best = g->v[k], best_d = d;
			continue;
		}
		if (nearest ? d < best_d : c->last > b->cl[best].last)
			best = g->v[k], best_d = d;
	}
	return best;
}

/* A delivery no cluster within the window takes: the pledge it fulfils,
 * reported up to DELIVERY_WINDOW days before (the latest such). */
static uint32_t pick_delivery(struct build *b, const struct group *g, const struct ds_tk_mention *m)
{
	uint32_t best = NONE;
	for (size_t k = 0; k < g->n; k++) {
		const struct cl *c = &b->cl[g->v[k]];
		if (!c->pledge || c->refuse || distance(c, m->day) > DELIVERY_WINDOW)
			continue;
		if (best == NONE || c->last > b->cl[best].last)
			best = g->v[k];
	}
	return best;
}

static int fits_item_for_cat(const struct cl *c, const struct ds_tk_mention *m)
{
	return action_ok(c, m) && branch_id(c->cat_id, m->cat, c->cat, m->category);
}

/* Drops from g the clusters no dated mention from day `day` on can join
 * (mentions come in date order): keeps the scans short. */
static void expire(struct build *b, struct group *g, int32_t day)
{
	size_t k = 0;
	for (size_t i = 0; i < g->n; i++) {
		const struct cl *c = &b->cl[g->v[i]];
		if (c->last == DS_NO_DAY || c->last >= day - DS_TK_WINDOW)
			g->v[k++] = g->v[i];
	}
	g->n = k;
}

static const char *family_of(const struct ds_tk_mention *m)
{
	return m->family ? m->family : m->item;
}

/* Clusters the mentions b->ord[0..n) of one provider (see the file
 * comment): items first, then category mentions, then backfill deals. */
static void cluster(struct build *b)
{
	/* same-document lookups */
	for (size_t i = 0; i < b->n; i++) {
		const struct ds_tk_mention *m = b->ord[i];
		const char *d = m->doc ? m->doc : "";
		uint32_t gi = (uint32_t)b->n_dg, old;
		if (!ds_map_put(&b->docs, d, strlen(d), gi, &old)) {
			gi = old;
		} else {
			ds_grow(&b->dg, &b->cap_dg, b->n_dg + 1, sizeof *b->dg);
			memset(&b->dg[gi], 0, sizeof b->dg[gi]);
			b->n_dg++;
		}
		group_add(&b->dg[gi], (uint32_t)(m - b->m));
	}
	/* item clusters by category rank (unknown categories: by name) */
	uint32_t item_cat[N_CATS];
	for (int k = 0; k < N_CATS; k++)
		item_cat[k] = NONE;

	/* 1. mentions naming an item. `act` holds the clusters dated mentions
	 * may still join, `all` every one (for undated mentions). */
	for (size_t i = 0; i < b->n; i++) {
		struct ds_tk_mention *m = b->ord[i];
		if (!m->item || m->action == DS_ACT_BACKFILL)
			continue;
		uint32_t all = group_of(b, "item", family_of(m), m->category, NULL, NULL);
		uint32_t act = group_of(b, "item-active", family_of(m), m->category, NULL, NULL);
		uint32_t ci;
		if (m->day != DS_NO_DAY) {
			expire(b, &b->g[act], m->day);
			ci = pick_dated(b, &b->g[act], m, fits, 0);
			if (ci == NONE && m->action == DS_ACT_DELIVER &&
			    (ci = pick_delivery(b, &b->g[all], m)) != NONE) {
				struct group *g = &b->g[act];
				size_t k = 0;
				while (k < g->n && g->v[k] != ci)
					k++;
				if (k == g->n)
					group_add(g, ci);
			}
		} else {
			ci = pick_undated(b, all, NULL, m, fits);
		}
		if (ci == NONE) {
			ci = new_cluster(b, K_ITEM, m, family_of(m), all);
			group_add(&b->g[all], ci);
			group_add(&b->g[act], ci);
			uint32_t ic;
			if (m->cat >= 0) {
				if (item_cat[m->cat] == NONE)
					item_cat[m->cat] = group_of(b, "item-cat", m->category, NULL, NULL, NULL);
				ic = item_cat[m->cat];
			} else {
				ic = group_of(b, "item-cat", m->category, NULL, NULL, NULL);
			}
			group_add(&b->g[ic], ci);
		}
		join(b, ci, m, 1);
	}

	/* 2. mentions naming only a category: the nearest item cluster of the
	 * same branch, else a cluster of category mentions */
	struct group items_all = {NULL, 0, 0};
	for (size_t i = 0; i < b->n_cl; i++)
		group_add(&items_all, (uint32_t)i);
	uint32_t cats = group_of(b, "cat", NULL, NULL, NULL, NULL);
	uint32_t cats_act = group_of(b, "cat-active", NULL, NULL, NULL, NULL);
	for (size_t i = 0; i < b->n; i++) {
		struct ds_tk_mention *m = b->ord[i];
		if (m->item || m->action == DS_ACT_BACKFILL)
			continue;
		uint32_t ci = NONE;
		if (m->day != DS_NO_DAY) {
			int32_t best_d = 0;
			/* item clusters of the categories at, under and above m's */
			for (int k = -1; k < N_CATS; k++) {
				uint32_t gi;
				if (k < 0) {
					if (m->cat >= 0)
						continue;
					uint32_t x;
					ds_buf_reset(&b->key);
					gi = NONE;
					/* an unknown category: its own name only */
					const char *parts[5] = {"item-cat", m->category, NULL, NULL, NULL};
					for (int p = 0; p < 5; p++) {
						ds_buf_adds(&b->key, parts[p] ? parts[p] : "\x02");
						ds_buf_addc(&b->key, '\x01');
					}
					if (ds_map_get(&b->gmap, b->key.ptr, b->key.len, &x))
						gi = x;
				} else {
					if (m->cat < 0 || !branch_id(k, m->cat, NULL, NULL))
						continue;
					gi = item_cat[k];
				}
				if (gi == NONE)
					continue;
				uint32_t c = pick_dated(b, &b->g[gi], m, fits_item_for_cat, 1);
				if (c == NONE)
					continue;
				int32_t d = distance(&b->cl[c], m->day);
				if (ci == NONE || d < best_d || (d == best_d && c < ci))
					ci = c, best_d = d;
			}
			if (ci != NONE) {
				join(b, ci, m, 0);
				continue;
			}
			expire(b, &b->g[cats_act], m->day);
			ci = pick_dated(b, &b->g[cats_act], m, fits, 0);
		} else {
			ci = pick_undated(b, NONE, &items_all, m, fits_item_for_cat);
			if (ci != NONE) {
				join(b, ci, m, 0);
				continue;
			}
			ci = pick_undated(b, cats, NULL, m, fits);
		}
		if (ci == NONE) {
			ci = new_cluster(b, K_CAT, m, NULL, cats);
			group_add(&b->g[cats], ci);
			group_add(&b->g[cats_act], ci);
		}
		join(b, ci, m, 1);
	}
	free(items_all.v);

	/* 3. backfill deals */
	for (size_t i = 0; i < b->n; i++) {
		struct ds_tk_mention *m = b->ord[i];
		if (m->action != DS_ACT_BACKFILL)
			continue;
		uint32_t all = group_of(b, "bf", m->beneficiary, family_of(m), m->category, m->replaces);
		uint32_t act = group_of(b, "bf-active", m->beneficiary, family_of(m), m->category,
					m->replaces);
		uint32_t ci;
		if (m->day != DS_NO_DAY) {
			expire(b, &b->g[act], m->day);
			ci = pick_dated(b, &b->g[act], m, fits, 0);
		} else {
			ci = pick_undated(b, all, NULL, m, fits);
		}
		if (ci == NONE) {
			ci = new_cluster(b, K_BACKFILL, m, family_of(m), all);
			group_add(&b->g[all], ci);
			group_add(&b->g[act], ci);
		}
		join(b, ci, m, 1);
	}
}

/* --- entries ------------------------------------------------------------- */

/* Union-find over the documents of one entry. */
struct uf {
	struct ds_map ix;
	uint32_t *parent;
	size_t n, cap;
};

static uint32_t uf_node(struct uf *u, const char *s)
{
	uint32_t v = (uint32_t)u->n, old;
	if (!ds_map_put(&u->ix, s, strlen(s), v, &old))
		return old;
	ds_grow(&u->parent, &u->cap, u->n + 1, sizeof *u->parent);
	u->parent[u->n++] = v;
	return v;
}

static uint32_t uf_root(struct uf *u, uint32_t x)
{
	while (u->parent[x] != x)
		x = u->parent[x] = u->parent[u->parent[x]];
	return x;
}

static void uf_union(struct uf *u, uint32_t a, uint32_t b)
{
	a = uf_root(u, a);
	b = uf_root(u, b);
	if (a != b)
		u->parent[a > b ? a : b] = a < b ? a : b;
}

/* A figure with the source reporting it. */
struct vote {
	double value;
	const char *currency;
	uint32_t source;
	int32_t day;
};

static int cmp_vote(const void *x, const void *y)
{
	const struct vote *a = x, *b = y;
	int c;
	if ((c = cmp_num(a->value, b->value)) || (c = cmp_str(a->currency, b->currency)))
		return c;
	return cmp_num(a->source, b->source);
}

/* Chooses among votes v[0..n): the figure most sources give, then the one
 * reported last, then the larger. Writes every figure into `all`
 * ("12,14" or "400000000 USD,..."). Returns the index of the choice, or
 * -1 when n is 0; *distinct gets the number of different figures. */
static long choose(struct vote *v, size_t n, struct ds_buf *all, int money, size_t *distinct)
{
	qsort(v, n, sizeof *v, cmp_vote);
	long best = -1;
	size_t best_sources = 0;
	int32_t best_day = DS_NO_DAY;
	*distinct = 0;
	for (size_t i = 0; i < n;) {
		size_t j = i, sources = 0;
		int32_t day = DS_NO_DAY;
		for (; j < n && !cmp_num(v[j].value, v[i].value) &&
		       !cmp_str(v[j].currency, v[i].currency);
		     j++) {
			if (j == i || v[j].source != v[j - 1].source)
				sources++;
			if (v[j].day != DS_NO_DAY && (day == DS_NO_DAY || v[j].day > day))
				day = v[j].day;
		}
		if (all->len)
			ds_buf_addc(all, ',');
		if (money)
			ds_buf_addf(all, "%.0f %s", v[i].value, v[i].currency ? v[i].currency : "?");
		else
			ds_buf_addf(all, "%.0f", v[i].value);
		(*distinct)++;
		/* figures come in ascending order: on a full tie the later
		 * (larger) one wins */
		int later = day != DS_NO_DAY && (best_day == DS_NO_DAY || day > best_day);
		if (best < 0 || sources > best_sources ||
		    (sources == best_sources && (later || day == best_day)))
			best = (long)i, best_sources = sources, best_day = day;
		i = j;
	}
	return best;
}

static int cmp_doc_rank(const struct ds_tk_mention *a, const struct ds_tk_mention *b)
{
	int c = cmp_day(a->doc_day, b->doc_day);
	return c ? c : cmp_str(a->doc, b->doc);
}

static int cmp_hash_ptr(const void *x, const void *y)
{
	const struct ds_tk_mention *a = *(const struct ds_tk_mention *const *)x;
	const struct ds_tk_mention *b = *(const struct ds_tk_mention *const *)y;
	return a->evidence_hash < b->evidence_hash ? -1 : a->evidence_hash > b->evidence_hash;
}

static const char *status_of(const struct cl *c, const struct ds_tk_mention *const *mem, size_t n)
{
	if (c->kind == K_BACKFILL)
		return "backfill";
	static const int rank[] = {0, 1, 3, 4, 2, 0, 0}; /* by enum ds_action */
	static const char *const names[] = {"refused", "requested", "considered", "pledged",
					    "delivered"};
	int best = 0;
	for (size_t i = 0; i < n; i++)
		if (mem[i]->action <= DS_ACT_BACKFILL && rank[mem[i]->action] > best)
			best = rank[mem[i]->action];
	if (c->refuse && best < 3)
		best = 0;
	return names[best];
}

/* Fills entry e from cluster c and its members mem[0..n) (canonical). */
static void finish_entry(struct ds_tracker *t, struct ds_tk_entry *e, const struct cl *c,
			 struct ds_tk_mention **mem, size_t n)
{
	struct ds_tk_mention *m0 = mem[0];
	e->provider = m0->provider;
	e->family = c->kind == K_CAT ? NULL : c->key;
	e->category = c->cat;
	e->item = NULL;
	for (size_t i = 0; i < n && c->kind != K_CAT; i++) {
		if (!mem[i]->item)
			continue;
		if (!e->item)
			e->item = mem[i]->item;
		else if (strcmp(e->item, mem[i]->item))
			e->item = c->key; /* variants of a family: the family */
	}
	e->beneficiary = c->kind == K_BACKFILL ? c->ben : NULL;
	e->replaces = c->kind == K_BACKFILL ? c->rep : NULL;
	e->status = status_of(c, (const struct ds_tk_mention *const *)mem, n);
	e->n_mentions = n;

	/* sources: documents linked as copies, or sharing a sentence */
	struct uf u;
	memset(&u, 0, sizeof u);
	ds_map_init(&u.ix);
	uint32_t *node = ds_xmalloc(n * sizeof *node);
	for (size_t i = 0; i < n; i++) {
		node[i] = uf_node(&u, mem[i]->doc ? mem[i]->doc : "");
		if (mem[i]->dup_of && *mem[i]->dup_of)
			uf_union(&u, node[i], uf_node(&u, mem[i]->dup_of));
		if (mem[i]->translation_of && *mem[i]->translation_of)
			uf_union(&u, node[i], uf_node(&u, mem[i]->translation_of));
	}
	struct ds_tk_mention **byh = ds_xmalloc(n * sizeof *byh);
	memcpy(byh, mem, n * sizeof *byh);
	qsort(byh, n, sizeof *byh, cmp_hash_ptr);
	for (size_t i = 1; i < n; i++)
		if (byh[i]->evidence_hash == byh[i - 1]->evidence_hash)
			uf_union(&u, uf_node(&u, byh[i]->doc ? byh[i]->doc : ""),
				 uf_node(&u, byh[i - 1]->doc ? byh[i - 1]->doc : ""));
	free(byh);
	/* the counted copy of each source: its earliest document */
	uint32_t *rep = ds_xmalloc(u.n * sizeof *rep);
	for (size_t i = 0; i < u.n; i++)
		rep[i] = NONE;
	for (size_t i = 0; i < n; i++) {
		uint32_t r = uf_root(&u, node[i]);
		if (rep[r] == NONE || cmp_doc_rank(mem[i], mem[rep[r]]) < 0)
			rep[r] = (uint32_t)i;
	}
	size_t sources = 0;
	struct ds_buf sb = DS_BUF_INIT;
	/* sources listed in document order: mem is by date, then document */
	struct ds_tk_mention **reps = ds_xmalloc(n * sizeof *reps);
	for (size_t r = 0; r < u.n; r++)
		if (rep[r] != NONE)
			reps[sources++] = mem[rep[r]];
	for (size_t i = 1; i < sources; i++)
		for (size_t j = i; j > 0 && cmp_doc_rank(reps[j], reps[j - 1]) < 0; j--) {
			struct ds_tk_mention *x = reps[j];
			reps[j] = reps[j - 1];
			reps[j - 1] = x;
		}
	/* the first few: the entry row stays small (evidence lists them all) */
	for (size_t i = 0; i < sources && i < DS_TK_SOURCES; i++) {
		if (i)
			ds_buf_adds(&sb, "; ");
		ds_buf_adds(&sb, reps[i]->url ? reps[i]->url : reps[i]->doc ? reps[i]->doc : "");
	}
	if (sources > DS_TK_SOURCES)
		ds_buf_addf(&sb, "; +%zu more", sources - DS_TK_SOURCES);
	free(reps);
	e->n_sources = sources;
	e->sources = ds_arena_strdup(&t->arena, sb.ptr ? sb.ptr : "");
	ds_buf_release(&sb);
	for (size_t i = 0; i < n; i++) {
		struct ds_tk_mention *r = mem[rep[uf_root(&u, node[i])]];
		mem[i]->counted = !cmp_str(r->doc, mem[i]->doc);
		mem[i]->copy_of = mem[i]->counted ? NULL : r->doc;
	}

	/* figures, one vote per source */
	struct vote *pv = ds_xmalloc(n * sizeof *pv), *dv = ds_xmalloc(n * sizeof *dv),
		    *av = ds_xmalloc(n * sizeof *av);
	size_t np = 0, nd = 0, na = 0;
	for (size_t i = 0; i < n; i++) {
		const struct ds_tk_mention *m = mem[i];
		uint32_t src = uf_root(&u, node[i]);
		if (m->quantity >= 0 && (m->action == DS_ACT_PLEDGE || m->action == DS_ACT_BACKFILL))
			pv[np++] = (struct vote){(double)m->quantity, NULL, src, m->day};
		if (m->quantity >= 0 && m->action == DS_ACT_DELIVER)
			dv[nd++] = (struct vote){(double)m->quantity, NULL, src, m->day};
		if (m->amount >= 0)
			av[na++] = (struct vote){m->amount, m->currency, src, m->day};
	}
	struct ds_buf all = DS_BUF_INIT;
	size_t distinct;
	long k = choose(pv, np, &all, 0, &distinct);
	e->pledged = k >= 0 ? (long long)pv[k].value : -1;
	e->pledged_all = ds_arena_strdup(&t->arena, all.ptr ? all.ptr : "");
	e->conflicts |= distinct > 1 ? DOSSIER_CONFLICT_PLEDGED : 0;
	ds_buf_reset(&all);
	k = choose(dv, nd, &all, 0, &distinct);
	e->delivered = k >= 0 ? (long long)dv[k].value : -1;
	e->delivered_all = ds_arena_strdup(&t->arena, all.ptr ? all.ptr : "");
	e->conflicts |= distinct > 1 ? DOSSIER_CONFLICT_DELIVERED : 0;
	ds_buf_reset(&all);
	k = choose(av, na, &all, 1, &distinct);
	e->amount = k >= 0 ? av[k].value : -1;
	e->currency = k >= 0 ? av[k].currency : NULL;
	e->amount_all = ds_arena_strdup(&t->arena, all.ptr ? all.ptr : "");
	e->conflicts |= distinct > 1 ? DOSSIER_CONFLICT_AMOUNT : 0;
	ds_buf_release(&all);
	free(pv);
	free(dv);
	free(av);

	/* report dates */
	e->first_day = e->last_day = DS_NO_DAY;
	e->first_date = e->last_date = NULL;
	for (size_t i = 0; i < n; i++) {
		const struct ds_tk_mention *m = mem[i];
		if (m->day == DS_NO_DAY)
			continue;
		if (e->first_day == DS_NO_DAY || m->day < e->first_day)
			e->first_day = m->day, e->first_date = m->date;
		if (e->last_day == DS_NO_DAY || m->day > e->last_day)
			e->last_day = m->day, e->last_date = m->date;
	}

	/* the id: the entry's key and its first mention */
	struct ds_buf id = DS_BUF_INIT;
	const char *parts[] = {e->provider, c->kind == K_ITEM ? "i" : c->kind == K_CAT ? "c" : "b",
			       c->key, c->cat, c->ben, c->rep, m0->doc, m0->item, m0->category};
	for (size_t i = 0; i < DS_ARRAY_LEN(parts); i++) {
		ds_buf_adds(&id, parts[i] ? parts[i] : "");
		ds_buf_addc(&id, '\0');
	}
	ds_buf_addf(&id, "%u/%u", m0->start, m0->action);
	/* two sums told in one sentence are two deals */
	if (c->has_amount)
		ds_buf_addf(&id, "/%.17g %s", c->amount, c->currency ? c->currency : "");
	uint64_t h = XXH3_64bits(id.ptr, id.len);
	snprintf(e->id, sizeof e->id, "%016llx", (unsigned long long)h);
	ds_buf_release(&id);

	free(rep);
	free(node);
	free(u.parent);
	ds_map_release(&u.ix);
}

/* Entries in the order they were made whose ids are equal (two deals
 * the id's parts do not tell apart) get ids of their own: the later ones
 * hash their id with their rank among the equal ones. The order they are
 * made in is canonical, so the ids do not depend on the input's order. */
static int cmp_made(const void *x, const void *y)
{
	const struct ds_tk_entry *const *a = x, *const *b = y;
	int c = strcmp((*a)->id, (*b)->id);
	return c ? c : (*a < *b ? -1 : *a > *b);
}

static void unique_ids(struct ds_tracker *t)
{
	for (int round = 0; round < 4; round++) {
		struct ds_tk_entry **by = ds_xmalloc((t->n_entries + 1) * sizeof *by);
		for (size_t e = 0; e < t->n_entries; e++)
			by[e] = &t->entries[e];
		qsort(by, t->n_entries, sizeof *by, cmp_made);
		int changed = 0;
		for (size_t i = 0, j; i < t->n_entries; i = j) {
			for (j = i + 1; j < t->n_entries && !strcmp(by[j]->id, by[i]->id); j++)
				;
			for (size_t k = i + 1; k < j; k++) {
				char buf[40];
				int n = snprintf(buf, sizeof buf, "%s#%zu", by[i]->id, k - i);
				uint64_t h = XXH3_64bits(buf, (size_t)n);
				snprintf(by[k]->id, sizeof by[k]->id, "%016llx", (unsigned long long)h);
				changed = 1;
			}
		}
		free(by);
		if (!changed)
			return;
	}
}

static int cmp_entry(const void *x, const void *y)
{
	const struct ds_tk_entry *a = x, *b = y;
	int c;
	if ((c = cmp_str(a->provider, b->provider)) || (c = cmp_day(a->first_day, b->first_day)))
		return c;
	return strcmp(a->id, b->id);
}

static void build_provider(struct ds_tracker *t, struct build *b)
{
	b->n_cl = b->n_g = b->n_dg = 0;
	ds_map_init(&b->gmap);
	ds_map_init(&b->docs);
	cluster(b);
	/* members of each cluster, in canonical order */
	size_t *count = ds_xcalloc(b->n_cl + 1, sizeof *count);
	for (size_t i = 0; i < b->n; i++)
		count[b->cl_of[b->ord[i] - b->m]]++;
	size_t base = t->n_members;
	size_t *at = ds_xcalloc(b->n_cl + 1, sizeof *at);
	for (size_t c = 0, off = base; c < b->n_cl; c++) {
		at[c] = off;
		off += count[c];
	}
	for (size_t i = 0; i < b->n; i++) {
		uint32_t mi = (uint32_t)(b->ord[i] - b->m);
		t->members[at[b->cl_of[mi]]++] = mi;
	}
	struct ds_tk_mention **mem = ds_xmalloc((b->n + 1) * sizeof *mem);
	for (size_t c = 0, off = base; c < b->n_cl; c++) {
		ds_grow(&t->entries, &t->cap_entries, t->n_entries + 1, sizeof *t->entries);
		struct ds_tk_entry *e = &t->entries[t->n_entries++];
		memset(e, 0, sizeof *e);
		e->first = off;
		e->n = count[c];
		for (size_t i = 0; i < e->n; i++)
			mem[i] = &b->m[t->members[off + i]];
		finish_entry(t, e, &b->cl[c], mem, e->n);
		off += count[c];
	}
	t->n_members += b->n;
	free(mem);
	free(at);
	free(count);
	for (size_t i = 0; i < b->n_g; i++)
		free(b->g[i].v);
	for (size_t i = 0; i < b->n_dg; i++)
		free(b->dg[i].v);
	ds_map_release(&b->gmap);
	ds_map_release(&b->docs);
}

void ds_tracker_build(struct ds_tracker *t, struct ds_tk_mention *m, size_t n)
{
	memset(t, 0, sizeof *t);
	ds_arena_init(&t->arena);
	t->members = ds_xmalloc((n + 1) * sizeof *t->members);
	struct build b;
	memset(&b, 0, sizeof b);
	b.m = m;
	b.cl_of = ds_xmalloc((n + 1) * sizeof *b.cl_of);
	struct ds_tk_mention **ord = ds_xmalloc((n + 1) * sizeof *ord);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		m[i].day = ds_day_of(m[i].date, 0);
		m[i].doc_day = ds_day_of(m[i].doc_date, 0);
		m[i].cat = (int16_t)cat_id(m[i].category);
		m[i].entry = NONE;
		m[i].counted = 0;
		m[i].copy_of = NULL;
		b.cl_of[i] = NONE;
		/* untrackable: no provider, no category, or no action */
		if (m[i].provider && m[i].category && m[i].action >= 1 &&
		    m[i].action <= DS_ACT_BACKFILL)
			ord[k++] = &m[i];
	}
	qsort(ord, k, sizeof *ord, cmp_mention_ptr);
	for (size_t i = 0; i < k;) {
		size_t j = i + 1;
		while (j < k && !cmp_str(ord[j]->provider, ord[i]->provider))
			j++;
		b.ord = ord + i;
		b.n = j - i;
		build_provider(t, &b);
		i = j;
	}
	unique_ids(t);
	qsort(t->entries, t->n_entries, sizeof *t->entries, cmp_entry);
	for (size_t e = 0; e < t->n_entries; e++)
		for (size_t i = 0; i < t->entries[e].n; i++) {
			struct ds_tk_mention *x = &m[t->members[t->entries[e].first + i]];
			x->entry = (uint32_t)e;
			x->seq = (uint32_t)i;
		}
	free(ord);
	free(b.cl_of);
	free(b.cl);
	free(b.g);
	free(b.dg);
	ds_buf_release(&b.key);
}

void ds_tracker_release(struct ds_tracker *t)
{
	free(t->entries);
	free(t->members);
	ds_arena_release(&t->arena);
	memset(t, 0, sizeof *t);
}
