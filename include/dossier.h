/*
 * dossier.h: the one public header of libdossier.
 *
 * libdossier reads news articles (text, HTML, JSONL, WARC, any of them
 * gzip-compressed), cleans them, and extracts the records defined in
 * shared/spec/records.md. The flow is: a reader yields raw documents one at a
 * time (streaming: memory does not grow with the size of an input), each raw
 * document is processed into a dossier_doc (clean text, sentences, records),
 * and the doc is written out as JSONL.
 *
 * Conventions: functions return 0 or a negative DOSSIER_E_* code; the detailed
 * message is on the handle (dossier_errmsg). Problems with the input itself are
 * not errors of the API: they go to the diagnostic callback, one line each,
 * and processing goes on with the next input. Byte ranges are [start, end).
 */
#ifndef DOSSIER_H
#define DOSSIER_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define DOSSIER_API __attribute__((visibility("default")))
#else
#define DOSSIER_API
#endif

enum {
	DOSSIER_OK = 0,
	DOSSIER_E_NOMEM = -1,  /* out of memory (normally aborts instead) */
	DOSSIER_E_IO = -2,     /* an input or output could not be read or written */
	DOSSIER_E_TOOBIG = -3, /* an input exceeds a size limit */
	DOSSIER_E_FORMAT = -4, /* an input is not of the format it claims */
	DOSSIER_E_USAGE = -5,  /* the caller passed something invalid */
	DOSSIER_E_KB = -6,     /* the knowledge base is missing or invalid */
	DOSSIER_E_DB = -7      /* the store failed */
};

/* A static English description of an error code. */
DOSSIER_API const char *dossier_strerror(int err);
DOSSIER_API const char *dossier_version(void);

/* Diagnostic callback: `input` names the input (file, file:line, WARC URI),
 * `reason` says what is wrong, in lower case, without a final full stop.
 * `fatal` is 1 when the input (or record) was skipped, 0 when it was still
 * processed (e.g. invalid UTF-8 replaced). */
typedef void (*dossier_diag_fn)(void *ud, const char *input, const char *reason,
				int fatal);

/* Options of a dossier handle. Zero-initialise, then set what you need. */
struct dossier_options {
	size_t max_doc_bytes; /* largest document accepted; 0 = default (32 MiB) */
	const char *kb_dir;   /* knowledge-base folder; NULL = no knowledge base */
	const char *cache_dir; /* reserved (nothing is cached: the base builds in ~25 ms) */
	dossier_diag_fn diag; /* NULL = diagnostics are dropped */
	void *diag_ud;
	int want_text; /* put the clean text in document records (--text) */
	unsigned records; /* DOSSIER_REC_* to emit; 0 = all. Without quote, aid
			   * and stock records no knowledge base is needed. */
	int no_dedup;     /* do not look for copies among the run's documents */
	/* A loaded knowledge base to use (shared, not freed with the handle);
	 * when NULL, dossier_new loads the one in kb_dir. */
	const struct dossier_kb *kb;
	/* 1: this handle does not look for copies itself but prepares each
	 * document for dossier_link on another handle (what a dossier_pool's
	 * worker threads do). */
	int link_later;
};

struct dossier;
struct dossier_kb;

enum {
	DOSSIER_REC_DOCUMENT = 1,
	DOSSIER_REC_QUOTE = 2,
	DOSSIER_REC_AID = 4,
	DOSSIER_REC_STOCK = 8,
	DOSSIER_REC_ALL = 15
};

/* Creates a handle. On failure returns a negative code and, when `errbuf` is
 * not NULL, writes a one-line message into it. The caller frees the handle
 * with dossier_free. */
DOSSIER_API int dossier_new(const struct dossier_options *opts,
			    struct dossier **out, char *errbuf, size_t errlen);
DOSSIER_API void dossier_free(struct dossier *ds);
/* The message of the last error on this handle ("" when none). */
DOSSIER_API const char *dossier_errmsg(const struct dossier *ds);

/* --- inputs ----------------------------------------------------------- */

enum dossier_format {
	DOSSIER_FMT_UNKNOWN = 0,
	DOSSIER_FMT_TXT,
	DOSSIER_FMT_HTML,
	DOSSIER_FMT_JSONL,
	DOSSIER_FMT_WARC
};

/* The format a path names by its extensions ("x.html.gz" -> HTML), and
 * whether it is gzip-compressed. */
DOSSIER_API enum dossier_format dossier_format_of(const char *path, int *gz);

/* Calls `fn` for every input file under `path`, in a stable order (bytewise
 * by name, folders walked recursively). A file named directly is always
 * passed on; inside folders, only files of a known format are. Returns 0, or
 * the first non-zero value `fn` returned, or DOSSIER_E_IO when `path` cannot
 * be opened (the diagnostic callback has been told). */
DOSSIER_API int dossier_walk(struct dossier *ds, const char *path,
			     int (*fn)(void *ud, const char *file), void *ud);

/* A raw document, as a reader yields it. Pointers stay valid until the next
 * dossier_reader_next call or dossier_reader_free. Unknown fields are NULL. */
struct dossier_raw {
	const char *id;    /* document id per records.md */
	const char *input; /* name for diagnostics: file, file:line, URI */
	enum dossier_format format; /* DOSSIER_FMT_TXT or DOSSIER_FMT_HTML */
	const char *body;           /* the bytes of the text or the page */
	size_t body_len;
	const char *title, *url, *date, *lang;
	const char *charset;    /* charset from HTTP headers (WARC) */
	const char *crawl_date; /* when the page was fetched (WARC-Date) */
	int title_in_body;      /* txt: the first line of body is the title */
};

struct dossier_reader;

/* Opens `path` ("-" = JSONL on standard input). Returns 0 and a reader, or a
 * negative code after telling the diagnostic callback. */
DOSSIER_API int dossier_reader_open(struct dossier *ds, const char *path,
				    struct dossier_reader **out);
/* Opens a reader over bytes in memory (which must outlive the reader), read
 * as format `fmt` (gzip detected by magic bytes); `name` is used in
 * diagnostics and as the base of document ids. */
DOSSIER_API int dossier_reader_open_mem(struct dossier *ds, const char *name,
					enum dossier_format fmt, const void *buf, size_t len,
					struct dossier_reader **out);
/* Reads the next document: 1 and `*raw` set, 0 at the end of the input, or
 * a negative code when the rest of the input cannot be read (the diagnostic
 * callback has been told). Bad records inside an input (a broken JSON line,
 * an oversized WARC record) are reported and skipped, and reading goes on. */
DOSSIER_API int dossier_reader_next(struct dossier_reader *r,
				    const struct dossier_raw **raw);
/* Number of records of this input that were reported and skipped. */
DOSSIER_API size_t dossier_reader_skipped(const struct dossier_reader *r);
DOSSIER_API void dossier_reader_free(struct dossier_reader *r);

/* --- processing ------------------------------------------------------- */

struct dossier_doc;

/* Cleans a raw document and extracts its records. Returns 0 and a doc the
 * caller frees with dossier_doc_free, or a negative code when the document is
 * unusable (binary data, too big): the diagnostic callback has been told. */
DOSSIER_API int dossier_process(struct dossier *ds, const struct dossier_raw *raw,
				struct dossier_doc **out);
DOSSIER_API void dossier_doc_free(struct dossier_doc *doc);

DOSSIER_API const char *dossier_doc_id(const struct dossier_doc *doc);
DOSSIER_API const char *dossier_doc_text(const struct dossier_doc *doc, size_t *len);
DOSSIER_API const char *dossier_doc_title(const struct dossier_doc *doc);
DOSSIER_API const char *dossier_doc_lang(const struct dossier_doc *doc);
DOSSIER_API const char *dossier_doc_date(const struct dossier_doc *doc);
DOSSIER_API const char *dossier_doc_url(const struct dossier_doc *doc);
DOSSIER_API const char *dossier_doc_credited_source(const struct dossier_doc *doc);
DOSSIER_API size_t dossier_doc_n_removed(const struct dossier_doc *doc);
DOSSIER_API const char *dossier_doc_removed(const struct dossier_doc *doc, size_t i);
/* Sentences of the clean text: n, and the byte range of sentence i. */
DOSSIER_API size_t dossier_doc_n_sentences(const struct dossier_doc *doc);
DOSSIER_API void dossier_doc_sentence(const struct dossier_doc *doc, size_t i,
				      size_t *start, size_t *end);
/* Paragraphs of the clean text: n, and the byte range of paragraph i. */
DOSSIER_API size_t dossier_doc_n_paragraphs(const struct dossier_doc *doc);
DOSSIER_API void dossier_doc_paragraph(const struct dossier_doc *doc, size_t i,
				       size_t *start, size_t *end);

/* Looks for the copies of a document processed by a handle created with
 * link_later, among the documents this handle linked before (what
 * dossier_process does itself otherwise). Documents must be passed in the
 * order of the input. */
DOSSIER_API void dossier_link(struct dossier *ds, struct dossier_doc *doc);

/* --- processing in several threads ------------------------------------- */

/* A pool processes documents in worker threads (each with its own handle,
 * sharing ds's knowledge base and options) and hands them back, in the
 * order they were submitted, linked to their copies by ds exactly as
 * dossier_process would link them on one thread: the output does not
 * depend on the number of threads. Diagnostics of a document reach ds's
 * callback, from the submitting thread, when the document is handed back.
 * `fn` receives each document (and owns it) with the tag it was submitted
 * with, or doc NULL at a mark (dossier_pool_mark); a non-zero return stops
 * the pool: later calls return that value. With threads <= 1 everything
 * happens in the submitting thread. */
typedef int (*dossier_doc_fn)(void *ud, struct dossier_doc *doc, void *tag);
struct dossier_pool;
DOSSIER_API int dossier_pool_new(struct dossier *ds, unsigned threads, dossier_doc_fn fn,
				 void *ud, struct dossier_pool **out);
/* Copies raw and queues it; may hand back earlier documents first (and
 * waits for them when the queue is full). Returns 0, or fn's non-zero
 * value. */
DOSSIER_API int dossier_pool_submit(struct dossier_pool *p, const struct dossier_raw *raw,
				    void *tag);
/* Queues a mark: fn(ud, NULL, tag) is called once every document submitted
 * before it has been handed back (the end of an input, say). */
DOSSIER_API int dossier_pool_mark(struct dossier_pool *p, void *tag);
/* Hands back everything queued. Returns 0 or fn's non-zero value. */
DOSSIER_API int dossier_pool_flush(struct dossier_pool *p);
/* Stops the threads; documents not handed back are freed. */
DOSSIER_API void dossier_pool_free(struct dossier_pool *p);
/* The number of processors online (at least 1). */
DOSSIER_API unsigned dossier_cpus(void);

/* Sets the document's dup_of and translation_of from what the run has
 * seen so far. Call it just before writing or storing the document: a
 * caller that holds a few documents back before writing them lets copies
 * found later (one that joins two clusters) link the held ones too.
 * dossier_doc_write_jsonl calls it. */
DOSSIER_API void dossier_doc_link(struct dossier *ds, struct dossier_doc *doc);
/* Writes the records of `doc` as JSONL (records.md) to `fp`. Returns 0 or
 * DOSSIER_E_IO. */
DOSSIER_API int dossier_doc_write_jsonl(struct dossier *ds, struct dossier_doc *doc,
					FILE *fp);

/* --- knowledge base and names ---------------------------------------- */

/* What a mention names. */
enum dossier_kind {
	DOSSIER_KIND_STATE = 1,
	DOSSIER_KIND_ORG,
	DOSSIER_KIND_PERSON,
	DOSSIER_KIND_MATERIEL,
	DOSSIER_KIND_CATEGORY,
	DOSSIER_KIND_ROLE
};

/* How the text names it. */
enum dossier_form {
	DOSSIER_FORM_NAME = 1, /* a name: "Royaume-Uni", "Jens Stoltenberg", "Leopard 2" */
	DOSSIER_FORM_DEMONYM,  /* "britannique", "les Américains" */
	DOSSIER_FORM_SHORT,    /* a surname alone: "Stoltenberg" */
	DOSSIER_FORM_METONYM,  /* a place for its state: "Washington", "Kiev" */
	DOSSIER_FORM_ROLE,     /* a role: "le chef de l'OTAN" */
	DOSSIER_FORM_CATEGORY, /* a category word: "chars", "obusiers" */
	DOSSIER_FORM_FUZZY     /* a misspelt name: "Yans Stoltenberg" */
};

/* One mention of a knowledge-base entry in a text. Strings are static for
 * the life of the knowledge base. */
struct dossier_mention {
	size_t start, end;    /* [start, end) bytes of the text */
	enum dossier_kind kind;
	enum dossier_form form;
	const char *id;       /* the entry's id; for a role: the holder's id, or NULL */
	const char *name;     /* canonical name; for a role: the holder's, or NULL */
	const char *role;     /* for a role: the role id ("nato-secretary-general") */
	const char *state;    /* the state (or NATO/EU) it acts for, canonical */
	const char *category; /* materiel and categories: records.md category */
	const char *prep;     /* the preposition or article before it, folded
			       * ("de", "du", "aux", "the"), or NULL */
	char gender;          /* people: 'm', 'f', or 0 */
};

/* Loads the knowledge base in `dir` (the TSV files of data/kb). Problems go
 * to `diag` as "file:line: reason". Returns 0, or DOSSIER_E_KB when a file
 * is missing or invalid (every problem has been reported). `cache_dir` is
 * reserved and ignored: loading and building the matcher (a word trie)
 * takes about 25 ms, nothing is cached. The base is immutable: any number
 * of handles and threads may share it. */
DOSSIER_API int dossier_kb_load(const char *dir, const char *cache_dir,
				struct dossier_kb **out, dossier_diag_fn diag, void *ud);
DOSSIER_API void dossier_kb_free(struct dossier_kb *kb);
/* What a user typed for a query filter ("Allemagne", "chars", "le chef de
 * l'OTAN"), resolved the way the tracker stores names. `want` is 'p' (a
 * provider: a state, or the state an organisation, person or role acts
 * for), 'i' (an item: materiel), 'c' (a category) or 's' (a speaker).
 * Returns DOSSIER_FILTER_NAME with the canonical name in `out`,
 * DOSSIER_FILTER_CATEGORY with a records.md category in `out` (for 'c',
 * or for an item that names a category: "chars" -> "tank"), or 0 when the
 * knowledge base does not know it (filter on the text as typed). */
enum { DOSSIER_FILTER_NAME = 1, DOSSIER_FILTER_CATEGORY = 2 };
DOSSIER_API int dossier_resolve_filter(struct dossier *ds, int want, const char *text, char *out,
				       size_t cap);
/* The outlet table's entry (data/kb/outlets.tsv) for a name, alias, host
 * or domain ("RT", "francais.rt.com"): its name, country (or NULL) and
 * state affiliation ("yes", "public" or "no"). Returns 1, or 0 when the
 * table does not know it (or `ds` has no knowledge base). */
DOSSIER_API int dossier_kb_outlet(const struct dossier *ds, const char *name, const char **canon,
				  const char **country, const char **affiliation);
/* Validates the files in `dir` strictly (duplicate and clashing aliases,
 * dangling references, unknown categories, overlapping terms of office):
 * returns the number of problems reported to `diag`. */
DOSSIER_API int dossier_kb_check(const char *dir, dossier_diag_fn diag, void *ud);
/* Numbers of entries by kind (for reports): states, orgs, people, materiel,
 * aliases. */
DOSSIER_API void dossier_kb_stats(const struct dossier_kb *kb, size_t counts[5]);

/* Finds and resolves the names in a text, as the pipeline does for a
 * document whose date is `date` (YYYY[-MM[-DD]] or NULL), calling `fn` for
 * each mention in order. Returns the number of mentions. */
DOSSIER_API size_t dossier_kb_lookup(struct dossier *ds, const char *text, size_t len,
				     const char *date,
				     void (*fn)(void *ud, const struct dossier_mention *m),
				     void *ud);

/* Mentions of a processed document, in text order. */
DOSSIER_API size_t dossier_doc_n_mentions(const struct dossier_doc *doc);
DOSSIER_API void dossier_doc_mention(const struct dossier_doc *doc, size_t i,
				     struct dossier_mention *m);

/* --- language identification ------------------------------------------ */

/* A test hook: "alloc:N", "read:N" or "write:N" makes the N-th allocation,
 * input read or output write from now fail (an allocation failure aborts
 * the process, as running out of memory does; a read or write failure is
 * an I/O error, reported like a real one). Returns 0 or DOSSIER_E_USAGE. */
DOSSIER_API int dossier_fault_inject(const char *spec);

/* The language of a UTF-8 text as an ISO 639-1 code ("fr", "en", "de", ...)
 * or NULL when it cannot be told reliably (too short, mixed, unknown). */
DOSSIER_API const char *dossier_lang_detect(const char *text, size_t len);

/* --- store: the database and the tracker ----------------------------- */

#include <stdint.h>

/* A store keeps documents and their records (an ordinary SQLite file; the
 * schema is in dossier-ingest(1)) and the tracker built from the aid
 * records: aid mentions that report the same deal, from any number of
 * sentences and articles, merged into one entry (provider, item, status,
 * figures, dates, evidence, independent sources). A handle is used by one
 * thread at a time; several processes may share the file. */
struct dossier_store;

/* Opens the store at `target` (a file path: SQLite; created when missing)
 * and brings its schema up to date. Returns 0, or a negative code with a
 * one-line message in errbuf. */
DOSSIER_API int dossier_store_open(const char *target, struct dossier_store **out,
				   char *errbuf, size_t errlen);
DOSSIER_API void dossier_store_close(struct dossier_store *st);
/* The message of the last error on this store ("" when none). */
DOSSIER_API const char *dossier_store_errmsg(const struct dossier_store *st);
/* The backend's name ("sqlite"). */
DOSSIER_API const char *dossier_store_backend(const struct dossier_store *st);

/* Everything written between begin and commit is stored together or not
 * at all (an interrupted ingest loses only the open transaction). */
DOSSIER_API int dossier_store_begin(struct dossier_store *st);
DOSSIER_API int dossier_store_commit(struct dossier_store *st);
DOSSIER_API int dossier_store_rollback(struct dossier_store *st);

/* Stores a processed document with its quote, aid and stock records, and
 * marks the tracker entries of its providers stale. A document stored
 * before (same id, same clean text) is left as it is. Returns 1 stored,
 * 0 already there, or a negative code; *key (when not NULL) gets the
 * document's key in the store. Outside a transaction, opens its own. */
DOSSIER_API int dossier_store_put(struct dossier_store *st, const struct dossier_doc *doc,
				  long long *key);

/* Records (quotes, aid, stock) this handle has stored and committed. */
DOSSIER_API unsigned long long dossier_store_records_written(const struct dossier_store *st);

/* Recomputes the stale tracker entries (every query does it first).
 * Returns the number of providers recomputed, or a negative code. */
DOSSIER_API int dossier_store_refresh(struct dossier_store *st);

struct dossier_store_counts {
	unsigned long long documents, quotes, aid, stock, entries;
};
DOSSIER_API int dossier_store_counts(struct dossier_store *st, struct dossier_store_counts *c);
/* The backend's consistency check (SQLite: integrity_check and the
 * full-text indexes): 0, or DOSSIER_E_DB with the reason as message. */
DOSSIER_API int dossier_store_check(struct dossier_store *st);

/* Query filters: NULL fields do not filter. Names are canonical names
 * (resolve what users type with dossier_kb_lookup). */
struct dossier_filter {
	const char *provider;
	const char *item;     /* an item, or a family (Leopard 2: all its variants) */
	const char *category; /* a records.md category and those under it */
	const char *status;   /* requested considered pledged delivered refused backfill */
	const char *since, *until; /* YYYY[-MM[-DD]]: entries reported in that period */
	const char *speaker;  /* quotes: canonical name, or words of the name */
	const char *search;   /* quotes: words of the text (accents ignored) */
};

enum {
	DOSSIER_CONFLICT_PLEDGED = 1,   /* sources give different pledged counts */
	DOSSIER_CONFLICT_DELIVERED = 2, /* ... different delivered counts */
	DOSSIER_CONFLICT_AMOUNT = 4     /* ... different amounts of money */
};

/* A tracker entry: one deal, from all the mentions that report it. */
struct dossier_entry {
	const char *id; /* 16 hex digits; the same for the same mentions */
	const char *provider, *item, *family, *category;
	const char *status; /* the furthest action reached (see dossier_filter) */
	const char *beneficiary, *replaces; /* backfill deals */
	long long pledged, delivered; /* the figure most sources give, -1 none */
	/* every figure reported, ascending, comma-separated ("12,14"); ""
	 * when none; amounts as "400000000 USD" */
	const char *pledged_all, *delivered_all, *amount_all;
	double amount; /* < 0 none */
	const char *currency;
	unsigned conflicts; /* DOSSIER_CONFLICT_* */
	const char *first_date, *last_date; /* reports, YYYY[-MM[-DD]] or NULL */
	unsigned long n_mentions, n_sources; /* sentences; independent sources */
	const char *sources; /* the counted documents: URL, else id; "; "-separated;
			      * past ten, "; +N more" (dossier_store_evidence has all) */
};
/* Calls fn for each entry matching f (NULL: all), by provider then first
 * date. Returns the number of entries, the first non-zero value of fn, or
 * a negative code. Strings are valid during the call. */
DOSSIER_API int dossier_store_entries(struct dossier_store *st, const struct dossier_filter *f,
				      int (*fn)(void *ud, const struct dossier_entry *e), void *ud);

/* One mention of an entry, with its document. */
struct dossier_evidence {
	const char *entry, *doc, *title, *outlet, *url, *doc_date;
	const char *date, *action, *sentence;
	long long quantity; /* -1 none */
	double amount;      /* < 0 none */
	const char *currency;
	unsigned long start, end; /* the sentence in the document's clean text */
	int counted;         /* 0: a copy of another source, not counted */
	const char *copy_of; /* counted == 0: the document that was counted */
};
/* Calls fn for each mention of the entry `id` (or a unique prefix of it,
 * 4 digits at least), in date order. Returns the number of mentions, or
 * DOSSIER_E_USAGE when no entry or several have that id (message on st). */
DOSSIER_API int dossier_store_evidence(struct dossier_store *st, const char *id,
				       int (*fn)(void *ud, const struct dossier_evidence *e),
				       void *ud);

struct dossier_quote_row {
	const char *doc, *outlet, *date, *text, *speaker, *speaker_kind, *cue;
	unsigned long start, end;
};
/* Quotes matching f's speaker, search, since and until, by date. */
DOSSIER_API int dossier_store_quotes(struct dossier_store *st, const struct dossier_filter *f,
				     int (*fn)(void *ud, const struct dossier_quote_row *q),
				     void *ud);

/* Per outlet (the credited source, else the URL's host; NULL: neither):
 * documents, originals, and copies (dup_of, translation_of, or the same
 * clean text as a document dated earlier). */
struct dossier_source_row {
	const char *outlet;
	unsigned long documents, originals, copies;
};
DOSSIER_API int dossier_store_sources(struct dossier_store *st,
				      int (*fn)(void *ud, const struct dossier_source_row *s),
				      void *ud);

/* Full-text search over documents (title and text; accents and case
 * ignored; every word must occur): at most `limit` documents, best first,
 * with a snippet around the words ([ ] mark them). */
struct dossier_doc_row {
	long long key;
	const char *doc, *title, *date, *lang, *outlet, *url, *snippet;
};
DOSSIER_API int dossier_store_search(struct dossier_store *st, const char *text, size_t limit,
				     int (*fn)(void *ud, const struct dossier_doc_row *d),
				     void *ud);

/* Provenance across runs. A document's MinHash signature and its LSH band
 * keys; the stored documents sharing any of `bands` (each once: key, id,
 * date, signature); and links found after the fact, which make the
 * tracker count the copy once (NULL leaves a link as it is, "" clears it). */
struct dossier_candidate {
	long long key;
	const char *doc, *date;
	const uint32_t *sig;
	size_t n_sig;
	const char *dup_of; /* the copy it links to already, or NULL */
};
DOSSIER_API int dossier_store_put_signature(struct dossier_store *st, long long key,
					    const uint32_t *sig, size_t n_sig,
					    const uint64_t *bands, size_t n_bands);
DOSSIER_API int dossier_store_candidates(struct dossier_store *st, const uint64_t *bands,
					 size_t n_bands,
					 int (*fn)(void *ud, const struct dossier_candidate *c),
					 void *ud);
DOSSIER_API int dossier_store_set_links(struct dossier_store *st, long long key,
					const char *dup_of, const char *translation_of);
/* After dossier_store_put of a document processed by `ds`: stores its
 * fingerprint and, when the run found no copy of it, links it to the
 * earliest copy among the documents stored before (so that a new article
 * is matched against every stored one without rescanning them). Returns 1
 * linked, 0 not, or a negative code. */
DOSSIER_API int dossier_store_provenance(struct dossier_store *st, struct dossier *ds,
					 struct dossier_doc *doc, long long key);

/* Reading a store from a server (dossier serve): a read-only handle, a
 * version to keep caches by, and the views of the web pages. */

/* Opens an existing store for reading only: the file is opened read-only
 * and the connection refuses to write (nothing is created or migrated; a
 * database of another schema version is an error). Tracker entries left
 * stale (an interrupted ingest) are served as last computed: `dossier
 * tracker` recomputes them. Returns 0, or a negative code with a one-line
 * message in errbuf. Close it with dossier_store_close. */
DOSSIER_API int dossier_store_open_readonly(const char *target, struct dossier_store **out,
					    char *errbuf, size_t errlen);
/* A number that changes when the database has changed (another connection
 * committed) since this handle last asked: results kept from queries stay
 * valid while it does not change. */
DOSSIER_API int dossier_store_version(struct dossier_store *st, unsigned long long *version);

/* A stored document with its clean text and the lines cleaning removed. */
struct dossier_doc_view {
	long long key;
	const char *doc, *title, *lang, *date, *url, *outlet, *credited_source;
	const char *dup_of, *translation_of, *input;
	const char *text; /* the clean text, text_len bytes */
	size_t text_len;
	const char *const *removed; /* n_removed lines, in document order */
	size_t n_removed;
};
/* Calls fn with the document `id`: a key of dossier_doc_row (all digits;
 * the fast way), else a records.md document id (the first stored when
 * several documents have that id). Returns 1, 0 when there is none, or a
 * negative code. The view is valid during the call. */
DOSSIER_API int dossier_store_document(struct dossier_store *st, const char *id,
				       int (*fn)(void *ud, const struct dossier_doc_view *d),
				       void *ud);

/* A record of a stored document: a quote, an aid or a stock record, with
 * its span of the clean text (the quote; the sentence of aid and stock). */
struct dossier_doc_record {
	unsigned type; /* DOSSIER_REC_QUOTE, DOSSIER_REC_AID or DOSSIER_REC_STOCK */
	unsigned long start, end;
	const char *speaker, *speaker_kind, *cue; /* quote */
	const char *action, *provider, *recipient, *item, *category; /* aid; stock: item, category */
	long long quantity; /* -1 none */
	double amount;      /* < 0 none */
	const char *currency, *date, *beneficiary, *replaces;
	const char *entry; /* aid: the tracker entry it is a mention of, or NULL */
	int counted;       /* aid: 1 counted in its entry, 0 a copy's */
	const char *holder, *level; /* stock */
};
/* Calls fn for each record of the document `key`, by start offset.
 * Returns the number of records or a negative code. */
DOSSIER_API int dossier_store_doc_records(struct dossier_store *st, long long key,
					  int (*fn)(void *ud, const struct dossier_doc_record *r),
					  void *ud);
/* Stored documents, newest (by date, undated last) first: `limit` of them
 * (0: 50) from the `offset`-th; snippet is NULL. Returns the number. */
DOSSIER_API int dossier_store_documents(struct dossier_store *st, size_t offset, size_t limit,
					int (*fn)(void *ud, const struct dossier_doc_row *d),
					void *ud);

/* The tracker entry `id` (or a unique prefix of it, 4 digits at least):
 * fn is called once. Returns 1, or DOSSIER_E_USAGE when no entry or
 * several have that id (message on st). */
DOSSIER_API int dossier_store_entry(struct dossier_store *st, const char *id,
				    int (*fn)(void *ud, const struct dossier_entry *e), void *ud);
/* The `limit` entries (0: 10) reported last (last_date, most recent
 * first). Returns the number. */
DOSSIER_API int dossier_store_latest(struct dossier_store *st, size_t limit,
				     int (*fn)(void *ud, const struct dossier_entry *e), void *ud);

/* Who is quoted: per speaker (named ones), quotes, documents, first and
 * last document dates; most quoted first. */
struct dossier_speaker_row {
	const char *speaker, *kind; /* kind: person or organization */
	unsigned long quotes, documents;
	const char *first_date, *last_date;
};
DOSSIER_API int dossier_store_speakers(struct dossier_store *st,
				       int (*fn)(void *ud, const struct dossier_speaker_row *s),
				       void *ud);

/* The tracker by month: entries first reported in `month` (YYYY-MM; NULL
 * for entries dated by the year only or undated) by status, with the sums
 * of their pledged and delivered figures. By month, then status. */
struct dossier_month_row {
	const char *month, *status;
	unsigned long entries;
	unsigned long long pledged, delivered; /* units */
};
DOSSIER_API int dossier_store_timeline(struct dossier_store *st,
				       int (*fn)(void *ud, const struct dossier_month_row *m),
				       void *ud);

/* The tracker per provider and category: entries; those pledged (status
 * pledged or delivered) and delivered; the sums of their figures. `top`
 * is the root of the category's tree (main battle tank -> armoured
 * vehicle). By provider, then category. */
struct dossier_total_row {
	const char *provider, *category, *top;
	unsigned long entries, pledged, delivered;
	unsigned long long pledged_units, delivered_units;
};
DOSSIER_API int dossier_store_totals(struct dossier_store *st,
				     int (*fn)(void *ud, const struct dossier_total_row *t),
				     void *ud);

/* The clusters of copies: for every stored document linked to another
 * (dup_of: a copy; translation_of: a translation), one row with the
 * original it links to. By original (largest cluster first), then by the
 * copies' dates. `size` is the number of documents linked to the
 * original, itself not counted. */
struct dossier_dup_row {
	const char *original, *orig_title, *orig_date, *orig_outlet, *orig_url;
	const char *doc, *kind, *date, *outlet, *url, *title;
	unsigned long size;
};
DOSSIER_API int dossier_store_dups(struct dossier_store *st,
				   int (*fn)(void *ud, const struct dossier_dup_row *r), void *ud);

#ifdef __cplusplus
}
#endif
#endif
