/*
 * store.h: the store's internal interface: the rows the generic layer
 * (store.c) and a backend (store_sqlite.c, later store_pg.c) pass to each
 * other, the backend ops table (Redis's ae_*.c: one table of functions per
 * backend, chosen when the store is opened), and the tracker (tracker.c),
 * which turns aid mentions into entries without knowing about databases.
 * Backends see rows of plain strings and numbers, never a dossier_doc, and
 * the generic layer never sees SQL.
 */
#ifndef DS_STORE_H
#define DS_STORE_H

#include "ds.h"

#define DS_NO_DAY INT32_MIN
#define DS_TK_WINDOW 60 /* days: mentions further apart are separate deals */
#define DS_TK_SOURCES 10 /* counted documents listed in an entry's sources */
/* Bump when the merge rules of tracker.c change: stored entries are then
 * recomputed. */
#define DS_TRACKER_VERSION 2

/* --- rows ------------------------------------------------------------------ */

/* One document as stored. Strings are NUL-terminated or NULL except `text`
 * (text_len bytes). `hash` identifies the document (XXH3 of id, NUL, clean
 * text): storing the same document twice is a no-op. `text_hash` is XXH3
 * of the clean text alone (identical republications share it). */
struct ds_store_doc {
	const char *doc, *title, *lang, *date, *url, *credited_source, *outlet;
	const char *dup_of, *translation_of, *input;
	const char *text;
	size_t text_len, chars;
	int32_t day; /* ds_day_of(date, 0), DS_NO_DAY when undated */
	uint64_t hash, text_hash;
	const char *const *removed;
	size_t n_removed;
};

/* records.md "quote" (text and cue are spans of the clean text). */
struct ds_store_quote {
	const char *text;
	size_t text_len;
	const char *speaker, *speaker_kind;
	const char *cue; /* NULL when none */
	size_t cue_len;
	uint32_t start, end;
};

/* records.md "aid", plus the family of the item (Leopard 2A6 -> Leopard 2;
 * the item itself when it has none) and a hash of the evidence sentence. */
struct ds_store_aid {
	const char *action, *provider, *recipient, *item, *family, *category;
	long long quantity; /* -1 none */
	double amount;      /* < 0 none */
	const char *currency, *beneficiary, *replaces, *date;
	const char *evidence;
	size_t evidence_len;
	uint64_t evidence_hash;
	uint32_t start, end;
};

/* records.md "stock". */
struct ds_store_stock {
	const char *holder, *item, *category, *level;
	const char *evidence;
	size_t evidence_len;
	uint32_t start, end;
};

/* --- the tracker (tracker.c) ---------------------------------------------- */

/* One aid mention as the tracker reads it. The strings belong to whoever
 * filled the array (the generic layer keeps them in an arena). The last
 * fields are outputs of ds_tracker_build. */
struct ds_tk_mention {
	int64_t key; /* the aid row in the store (opaque to the tracker) */
	const char *doc, *doc_date, *dup_of, *translation_of, *url;
	uint8_t action; /* enum ds_action */
	const char *provider, *item, *family, *category, *beneficiary, *replaces;
	const char *currency, *date;
	long long quantity; /* -1 none */
	double amount;      /* < 0 none */
	uint32_t start;
	uint64_t evidence_hash;
	/* set by ds_tracker_build */
	int32_t day, doc_day; /* day numbers, DS_NO_DAY when undated */
	int16_t cat;          /* the category's rank in the vocabulary, or -1 */
	uint32_t entry;       /* index into the tracker's entries */
	uint32_t seq;         /* rank inside its entry, canonical order */
	uint8_t counted;      /* 1: from the copy of its source that counts */
	const char *copy_of;  /* counted == 0: the document that was counted */
};

/* One tracker entry. Strings point into the mentions or the tracker's
 * arena. members[first, first + n) are the mention indexes of the entry in
 * canonical order. */
struct ds_tk_entry {
	char id[17]; /* 16 hex digits */
	const char *provider, *item, *family, *category, *status;
	const char *beneficiary, *replaces;
	long long pledged, delivered; /* -1 none */
	double amount;                /* < 0 none */
	const char *currency;
	const char *pledged_all, *delivered_all, *amount_all; /* "12,14"; "" */
	unsigned conflicts; /* DOSSIER_CONFLICT_* */
	const char *first_date, *last_date;
	int32_t first_day, last_day; /* DS_NO_DAY when undated */
	size_t n_mentions, n_sources;
	const char *sources; /* the first DS_TK_SOURCES counted documents, url
			      * or id, "; "-separated, then "; +N more" */
	size_t first, n;
};

struct ds_tracker {
	struct ds_arena arena;
	struct ds_tk_entry *entries;
	size_t n_entries, cap_entries;
	uint32_t *members;
	size_t n_members;
};

/* Groups mentions m[0..n) into entries (the merge rules are at the top of
 * tracker.c) and fills the output fields of every mention. The result does
 * not depend on the order of m: entries come out sorted by provider, first
 * date and id. t is initialised here; release it with ds_tracker_release
 * (m must outlive t). */
void ds_tracker_build(struct ds_tracker *t, struct ds_tk_mention *m, size_t n);
void ds_tracker_release(struct ds_tracker *t);

/* records.md action names <-> enum ds_action (0 when unknown). */
const char *ds_action_name(unsigned action);
unsigned ds_action_parse(const char *s);
/* The parent of a records.md category, or NULL at the top (or unknown). */
const char *ds_category_parent(const char *c);
/* A category's rank in the records.md vocabulary (-1: not in it), and the
 * rank of its parent (-1: a root). */
int ds_category_rank(const char *c);
int ds_category_rank_parent(int rank);
/* Is category c `anc` or under it? */
int ds_category_under(const char *c, const char *anc);
/* The records.md categories at or under c, into out[0..cap); returns the
 * number (0 when c is not a category). */
size_t ds_category_subtree(const char *c, const char **out, size_t cap);
/* Day number (days since 1970-01-01) of YYYY[-MM[-DD]]: the middle of a
 * partial period (how = 0), its first day (how < 0) or its last (how > 0).
 * DS_NO_DAY when s is NULL or not such a date. */
int32_t ds_day_of(const char *s, int how);

/* --- backends -------------------------------------------------------------- */

struct dossier_store;

/* Row callbacks return 0 to go on, anything else to stop (returned). */
typedef int (*ds_tk_mention_fn)(void *ud, const struct ds_tk_mention *m);
typedef int (*ds_name_fn)(void *ud, const char *name);

/* A backend. Every op returns 0 (or a count where said) or a negative
 * DOSSIER_E_* code after setting the store's message (ds_store_error).
 * Query ops hand rows to callbacks; the row's strings are valid during the
 * call only. Ops never nest transactions: the generic layer calls begin /
 * commit around writes. */
struct ds_store_ops {
	const char *name;
	/* Connects to target and applies the schema migrations not applied
	 * yet (the versioned list lives in the backend, in SQL of its own
	 * dialect); sets st->be. */
	int (*open)(struct dossier_store *st, const char *target);
	void (*close)(struct dossier_store *st);
	int (*begin)(struct dossier_store *st);
	int (*commit)(struct dossier_store *st);
	int (*rollback)(struct dossier_store *st);

	/* ingest: doc_put returns 1 and the new key, or 0 and the key of the
	 * same document stored before (nothing written). */
	int (*doc_put)(struct dossier_store *st, const struct ds_store_doc *d, int64_t *key);
	int (*quote_put)(struct dossier_store *st, int64_t doc, const struct ds_store_quote *q);
	int (*aid_put)(struct dossier_store *st, int64_t doc, const struct ds_store_aid *a);
	int (*stock_put)(struct dossier_store *st, int64_t doc, const struct ds_store_stock *k);
	/* Marks a provider's entries stale; doc = every provider of a doc. */
	int (*mark_dirty)(struct dossier_store *st, const char *provider);
	int (*mark_dirty_doc)(struct dossier_store *st, int64_t doc);

	/* provenance: a document's MinHash signature and LSH band keys; the
	 * stored documents sharing any of `keys` (each once, with its
	 * signature); links set after the fact. */
	int (*sig_put)(struct dossier_store *st, int64_t doc, const uint32_t *sig, size_t n);
	int (*bands_put)(struct dossier_store *st, int64_t doc, const uint64_t *keys, size_t n);
	/* the documents with these band keys, but those `skip` (when not
	 * NULL) returns 1 for */
	int (*band_candidates)(struct dossier_store *st, const uint64_t *keys, size_t n,
			       int (*skip)(const void *skip_ud, int64_t doc), const void *skip_ud,
			       int (*fn)(void *ud, const struct dossier_candidate *c), void *ud);
	int (*set_links)(struct dossier_store *st, int64_t doc, const char *dup_of,
			 const char *translation_of);
	/* 1 when any signature is stored, 0 when none, <0 on error */
	int (*sig_any)(struct dossier_store *st);

	/* the tracker cache: entries made by another version of the merge
	 * rules (DS_TRACKER_VERSION) are all marked stale */
	int (*tracker_version)(struct dossier_store *st, int version);
	int (*dirty_list)(struct dossier_store *st, ds_name_fn fn, void *ud);
	int (*mentions)(struct dossier_store *st, const char *provider, ds_tk_mention_fn fn,
			void *ud);
	/* Replaces the entries of `provider` with t's (whose mentions are m)
	 * and clears its stale mark. */
	int (*entries_replace)(struct dossier_store *st, const char *provider,
			       const struct ds_tracker *t, const struct ds_tk_mention *m);

	/* queries; `cats` is the category filter expanded to its subtree */
	int (*entries)(struct dossier_store *st, const struct dossier_filter *f,
		       const char *const *cats, size_t n_cats,
		       int (*fn)(void *ud, const struct dossier_entry *e), void *ud);
	/* Full entry ids starting with prefix, at most 2 (ambiguity check). */
	int (*entry_ids)(struct dossier_store *st, const char *prefix, char ids[2][20]);
	int (*evidence)(struct dossier_store *st, const char *entry,
			int (*fn)(void *ud, const struct dossier_evidence *e), void *ud);
	int (*quotes)(struct dossier_store *st, const struct dossier_filter *f,
		      int (*fn)(void *ud, const struct dossier_quote_row *q), void *ud);
	int (*sources)(struct dossier_store *st,
		       int (*fn)(void *ud, const struct dossier_source_row *s), void *ud);
	int (*search)(struct dossier_store *st, const char *text, size_t limit,
		      int (*fn)(void *ud, const struct dossier_doc_row *d), void *ud);
	int (*counts)(struct dossier_store *st, struct dossier_store_counts *c);
	/* The backend's own consistency check: 0 ok, DOSSIER_E_DB with why. */
	int (*check)(struct dossier_store *st);

	/* reading for servers: open an existing store read-only (no schema
	 * change; sets st->be; stale entries are not recomputed); a version
	 * that changes when another connection commits */
	int (*open_readonly)(struct dossier_store *st, const char *target);
	int (*data_version)(struct dossier_store *st, unsigned long long *v);
	/* a document by key (all digits), else by records.md id: 1 found,
	 * 0 none; its records by start offset; the newest documents */
	int (*document)(struct dossier_store *st, const char *id,
			int (*fn)(void *ud, const struct dossier_doc_view *d), void *ud);
	int (*doc_records)(struct dossier_store *st, int64_t key,
			   int (*fn)(void *ud, const struct dossier_doc_record *r), void *ud);
	int (*documents)(struct dossier_store *st, size_t offset, size_t limit,
			 int (*fn)(void *ud, const struct dossier_doc_row *d), void *ud);
	/* one entry by full id; the last reported */
	int (*entry)(struct dossier_store *st, const char *id,
		     int (*fn)(void *ud, const struct dossier_entry *e), void *ud);
	int (*latest)(struct dossier_store *st, size_t limit,
		      int (*fn)(void *ud, const struct dossier_entry *e), void *ud);
	int (*speakers)(struct dossier_store *st,
			int (*fn)(void *ud, const struct dossier_speaker_row *s), void *ud);
	int (*timeline)(struct dossier_store *st,
			int (*fn)(void *ud, const struct dossier_month_row *m), void *ud);
	/* totals per provider and category (`top` left NULL: the generic
	 * layer knows the category tree) */
	int (*totals)(struct dossier_store *st,
		      int (*fn)(void *ud, const struct dossier_total_row *t), void *ud);
	int (*dups)(struct dossier_store *st,
		    int (*fn)(void *ud, const struct dossier_dup_row *r), void *ud);
};

struct dossier_store {
	const struct ds_store_ops *ops;
	void *be; /* the backend's connection state */
	int in_txn;
	unsigned long long written, pending; /* records committed, in the open transaction */
	char errmsg[512];
};

extern const struct ds_store_ops ds_store_sqlite_ops;

/* Sets the store's message; returns DOSSIER_E_DB for `return` chains. */
int ds_store_error(struct dossier_store *st, const char *fmt, ...) DS_PRINTF(2, 3);

#endif
