/*
 * store_sqlite.c: the SQLite backend of the store (the ops of store.h), the
 * only file that includes sqlite3.h. The database is an ordinary SQLite
 * file in WAL mode; its schema (documented in dossier-ingest(1)) is applied
 * on open from an ordered list of migrations, the version kept in
 * schema_version. Every value goes through a bound parameter of a prepared
 * statement; statements are prepared once per connection and reused.
 * Full-text indexes are FTS5 external-content tables over the documents
 * and quotes (unicode61, diacritics removed: "Leopard" finds "Léopard").
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"

/* --- schema ----------------------------------------------------------------- */

/* The migrations, in order: migration i brings the schema from version i
 * to i + 1. Never edit a released one; append. */
static const char *const migrations[] = {
	/* 1: documents, records, full-text indexes, provenance, tracker */
	"CREATE TABLE document ("
	" key INTEGER PRIMARY KEY,"
	" doc TEXT NOT NULL,"              /* records.md document id */
	" hash INTEGER NOT NULL UNIQUE,"   /* XXH3 of id, NUL, clean text */
	" text_hash INTEGER NOT NULL,"     /* XXH3 of the clean text */
	" title TEXT, lang TEXT, date TEXT, day INTEGER,"
	" url TEXT, credited_source TEXT, outlet TEXT,"
	" chars INTEGER NOT NULL,"
	" dup_of TEXT, translation_of TEXT,"
	" input TEXT,"
	" text TEXT NOT NULL);"
	"CREATE INDEX document_text_hash ON document(text_hash);"
	"CREATE TABLE removed ("
	" doc INTEGER NOT NULL REFERENCES document(key),"
	" seq INTEGER NOT NULL, line TEXT NOT NULL,"
	" PRIMARY KEY (doc, seq)) WITHOUT ROWID;"
	"CREATE TABLE quote ("
	" key INTEGER PRIMARY KEY,"
	" doc INTEGER NOT NULL REFERENCES document(key),"
	" text TEXT NOT NULL, speaker TEXT, speaker_kind TEXT NOT NULL, cue TEXT,"
	" span_start INTEGER NOT NULL, span_end INTEGER NOT NULL);"
	"CREATE TABLE aid ("
	" key INTEGER PRIMARY KEY,"
	" doc INTEGER NOT NULL REFERENCES document(key),"
	" action TEXT NOT NULL, provider TEXT, recipient TEXT,"
	" item TEXT, family TEXT, category TEXT,"
	" quantity INTEGER, amount REAL, currency TEXT,"
	" beneficiary TEXT, replaces TEXT, date TEXT,"
	" evidence_hash INTEGER NOT NULL," /* the sentence is the span of the text */
	" span_start INTEGER NOT NULL, span_end INTEGER NOT NULL);"
	"CREATE INDEX aid_provider ON aid(provider);"
	"CREATE INDEX aid_doc ON aid(doc);"
	"CREATE TABLE stock ("
	" key INTEGER PRIMARY KEY,"
	" doc INTEGER NOT NULL REFERENCES document(key),"
	" holder TEXT, item TEXT, category TEXT, level TEXT,"
	" evidence TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL);"
	"CREATE VIRTUAL TABLE document_fts USING fts5(title, text, content='document',"
	" content_rowid='key', tokenize='unicode61 remove_diacritics 2');"
	"CREATE VIRTUAL TABLE quote_fts USING fts5(text, content='quote',"
	" content_rowid='key', tokenize='unicode61 remove_diacritics 2');"
	"CREATE TABLE doc_sig ("
	" doc INTEGER PRIMARY KEY REFERENCES document(key),"
	" sig BLOB NOT NULL);" /* MinHash signature: uint32 little-endian */
	"CREATE TABLE doc_band ("
	" band_key INTEGER NOT NULL,"
	" doc INTEGER NOT NULL REFERENCES document(key),"
	" PRIMARY KEY (band_key, doc)) WITHOUT ROWID;"
	"CREATE TABLE stale (provider TEXT PRIMARY KEY) WITHOUT ROWID;"
	"CREATE TABLE tracker_version (version INTEGER NOT NULL);"
	"CREATE TABLE entry ("
	" id TEXT PRIMARY KEY,"
	" provider TEXT NOT NULL, item TEXT, family TEXT, category TEXT,"
	" status TEXT NOT NULL, beneficiary TEXT, replaces TEXT,"
	" pledged INTEGER, delivered INTEGER,"
	" pledged_all TEXT NOT NULL, delivered_all TEXT NOT NULL,"
	" amount REAL, currency TEXT, amount_all TEXT NOT NULL,"
	" conflicts INTEGER NOT NULL,"
	" first_date TEXT, last_date TEXT, first_day INTEGER, last_day INTEGER,"
	" n_mentions INTEGER NOT NULL, n_sources INTEGER NOT NULL,"
	" sources TEXT NOT NULL) WITHOUT ROWID;"
	"CREATE INDEX entry_provider ON entry(provider, first_day);"
	"CREATE INDEX entry_item ON entry(item);"
	"CREATE INDEX entry_family ON entry(family);"
	"CREATE INDEX entry_category ON entry(category);"
	"CREATE INDEX entry_day ON entry(first_day);"
	"CREATE TABLE entry_mention ("
	" entry TEXT NOT NULL, seq INTEGER NOT NULL,"
	" aid INTEGER NOT NULL REFERENCES aid(key),"
	" counted INTEGER NOT NULL, copy_of TEXT,"
	" PRIMARY KEY (entry, seq)) WITHOUT ROWID;",
	/* 2: documents by id and by the document they copy; records by
	 * document; mentions by aid record */
	"CREATE INDEX document_doc ON document(doc);"
	"CREATE INDEX document_dup ON document(dup_of) WHERE dup_of IS NOT NULL;"
	"CREATE INDEX document_trans ON document(translation_of)"
	" WHERE translation_of IS NOT NULL;"
	"CREATE INDEX quote_doc ON quote(doc);"
	"CREATE INDEX stock_doc ON stock(doc);"
	"CREATE INDEX entry_mention_aid ON entry_mention(aid);",
	/* 3: the full-text indexes merge their segments 16 at a time, not 4:
	 * a fifth less work for an ingest, a few more segments for a search
	 * to read */
	("INSERT INTO document_fts(document_fts, rank) VALUES ('automerge', 16);"
	 "INSERT INTO quote_fts(quote_fts, rank) VALUES ('automerge', 16);"),
};
#define SCHEMA_VERSION ((int)DS_ARRAY_LEN(migrations))

/* --- connection and statements ---------------------------------------------- */

enum {
	S_BEGIN, S_COMMIT, S_ROLLBACK,
	S_DOC_INS, S_DOC_KEY, S_DOC_FTS, S_REMOVED, S_QUOTE, S_QUOTE_FTS, S_AID, S_STOCK,
	S_DIRTY, S_DIRTY_DOC, S_SIG, S_BAND, S_BAND_DOCS, S_CAND, S_LINKS,
	S_STALE_LIST, S_MENTIONS, S_DEL_EM, S_DEL_ENTRY, S_INS_ENTRY, S_INS_EM, S_DEL_STALE,
	S_ENTRY_IDS, S_EVIDENCE, S_SOURCES, S_COUNTS,
	S_N
};

static const char *const sql[S_N] = {
	[S_BEGIN] = "BEGIN IMMEDIATE",
	/* plain ? placeholders are numbered 1, 2, ... in order */
	[S_COMMIT] = "COMMIT",
	[S_ROLLBACK] = "ROLLBACK",
	[S_DOC_INS] = "INSERT INTO document (doc, hash, text_hash, title, lang, date, day, url,"
		      " credited_source, outlet, chars, dup_of, translation_of, input, text)"
		      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
		      " ON CONFLICT (hash) DO NOTHING",
	[S_DOC_KEY] = "SELECT key FROM document WHERE hash = ?1",
	[S_DOC_FTS] = "INSERT INTO document_fts (rowid, title, text) VALUES (?1, ?2, ?3)",
	[S_REMOVED] = "INSERT INTO removed (doc, seq, line) VALUES (?1, ?2, ?3)",
	[S_QUOTE] = "INSERT INTO quote (doc, text, speaker, speaker_kind, cue, span_start, span_end)"
		    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	[S_QUOTE_FTS] = "INSERT INTO quote_fts (rowid, text) VALUES (?1, ?2)",
	[S_AID] = "INSERT INTO aid (doc, action, provider, recipient, item, family, category,"
		  " quantity, amount, currency, beneficiary, replaces, date, evidence_hash,"
		  " span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	[S_STOCK] = "INSERT INTO stock (doc, holder, item, category, level, evidence, span_start,"
		    " span_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
	[S_DIRTY] = "INSERT OR IGNORE INTO stale (provider) VALUES (?1)",
	[S_DIRTY_DOC] = "INSERT OR IGNORE INTO stale (provider) SELECT DISTINCT provider FROM aid"
			" WHERE doc = ?1 AND provider IS NOT NULL",
	[S_SIG] = "INSERT INTO doc_sig (doc, sig) VALUES (?1, ?2)"
		   " ON CONFLICT (doc) DO UPDATE SET sig = excluded.sig",
	[S_BAND] = "INSERT OR IGNORE INTO doc_band (band_key, doc) VALUES (?1, ?2)",
	[S_BAND_DOCS] = "SELECT doc FROM doc_band WHERE band_key = ?1 ORDER BY doc DESC LIMIT 128",
	[S_CAND] = "SELECT d.doc, d.date, s.sig, d.dup_of FROM document d LEFT JOIN doc_sig s ON s.doc = d.key"
		   " WHERE d.key = ?1",
	[S_LINKS] = "UPDATE document SET"
		    " dup_of = CASE WHEN ?2 IS NULL THEN dup_of ELSE NULLIF(?2, '') END,"
		    " translation_of = CASE WHEN ?3 IS NULL THEN translation_of"
		    " ELSE NULLIF(?3, '') END WHERE key = ?1",
	[S_STALE_LIST] = "SELECT provider FROM stale ORDER BY provider",
	[S_MENTIONS] = "SELECT a.key, d.doc, d.date, d.dup_of, d.translation_of, d.url, a.action,"
		       " a.provider, a.item, a.family, a.category, a.beneficiary, a.replaces,"
		       " a.currency, a.date, a.quantity, a.amount, a.span_start, a.evidence_hash"
		       " FROM aid a JOIN document d ON d.key = a.doc WHERE a.provider = ?1",
	[S_DEL_EM] = "DELETE FROM entry_mention WHERE entry IN"
		     " (SELECT id FROM entry WHERE provider = ?1)",
	[S_DEL_ENTRY] = "DELETE FROM entry WHERE provider = ?1",
	[S_INS_ENTRY] = "INSERT INTO entry (id, provider, item, family, category, status,"
			" beneficiary, replaces, pledged, delivered, pledged_all, delivered_all,"
			" amount, currency, amount_all, conflicts, first_date, last_date, first_day,"
			" last_day, n_mentions, n_sources, sources)"
			" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	[S_INS_EM] = "INSERT INTO entry_mention (entry, seq, aid, counted, copy_of)"
		     " VALUES (?1, ?2, ?3, ?4, ?5)",
	[S_DEL_STALE] = "DELETE FROM stale WHERE provider = ?1",
	[S_ENTRY_IDS] = "SELECT id FROM entry WHERE id >= ?1 AND id < ?2 ORDER BY id LIMIT 2",
	/* the sentence: bytes [span_start, span_end) of the clean text */
	[S_EVIDENCE] = "SELECT em.entry, d.doc, d.title, d.outlet, d.url, d.date, a.date, a.action,"
		       " CAST(substr(CAST(d.text AS BLOB), a.span_start + 1,"
		       " a.span_end - a.span_start) AS TEXT), a.quantity, a.amount, a.currency, a.span_start, a.span_end,"
		       " em.counted, em.copy_of FROM entry_mention em"
		       " JOIN aid a ON a.key = em.aid JOIN document d ON d.key = a.doc"
		       " WHERE em.entry = ?1 ORDER BY em.seq",
	/* an original: no link, and no document with the same text earlier
	 * (by date, undated last, then id: independent of the ingest order) */
	[S_SOURCES] = "SELECT d.outlet, COUNT(*), SUM(CASE WHEN d.dup_of IS NULL"
		      " AND d.translation_of IS NULL AND NOT EXISTS (SELECT 1 FROM document e"
		      " WHERE e.text_hash = d.text_hash AND e.key <> d.key"
		      " AND (COALESCE(e.day, 2147483647) < COALESCE(d.day, 2147483647)"
		      " OR (COALESCE(e.day, 2147483647) = COALESCE(d.day, 2147483647)"
		      " AND (e.doc < d.doc OR (e.doc = d.doc AND e.hash < d.hash)))))"
		      " THEN 1 ELSE 0 END) FROM document d GROUP BY d.outlet"
		      " ORDER BY 2 DESC, d.outlet",
	[S_COUNTS] = "SELECT (SELECT COUNT(*) FROM document), (SELECT COUNT(*) FROM quote),"
		     " (SELECT COUNT(*) FROM aid), (SELECT COUNT(*) FROM stock),"
		     " (SELECT COUNT(*) FROM entry)",
};

struct be {
	sqlite3 *db;
	sqlite3_stmt *stmt[S_N];
	int readonly; /* sq_open_readonly: never recompute the tracker */
};

#define BE(st) ((struct be *)(st)->be)

static int db_error(struct dossier_store *st, const char *what)
{
	struct be *be = BE(st);
	return ds_store_error(st, "%s: %s", what, be && be->db ? sqlite3_errmsg(be->db) : "?");
}

/* The prepared statement i, reset and unbound, or NULL (message set). */
static sqlite3_stmt *stmt(struct dossier_store *st, int i)
{
	struct be *be = BE(st);
	if (!be->stmt[i]) {
		if (sqlite3_prepare_v3(be->db, sql[i], -1, SQLITE_PREPARE_PERSISTENT, &be->stmt[i],
				       NULL) != SQLITE_OK) {
			db_error(st, "prepare");
			be->stmt[i] = NULL;
			return NULL;
		}
	} else {
		sqlite3_reset(be->stmt[i]);
		sqlite3_clear_bindings(be->stmt[i]);
	}
	return be->stmt[i];
}

static void bind_str(sqlite3_stmt *s, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(s, i);
}

static void bind_strn(sqlite3_stmt *s, int i, const char *v, size_t n)
{
	if (v)
		sqlite3_bind_text64(s, i, v, n, SQLITE_STATIC, SQLITE_UTF8);
	else
		sqlite3_bind_null(s, i);
}

static void bind_int_or_null(sqlite3_stmt *s, int i, long long v, int null)
{
	if (null)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_int64(s, i, v);
}

static const char *col_str(sqlite3_stmt *s, int i)
{
	return (const char *)sqlite3_column_text(s, i);
}

/* Runs a statement that returns no rows; resets it. */
static int run(struct dossier_store *st, sqlite3_stmt *s, const char *what)
{
	int rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return db_error(st, what);
	return 0;
}

static int exec(struct dossier_store *st, const char *text, const char *what)
{
	char *msg = NULL;
	if (sqlite3_exec(BE(st)->db, text, NULL, NULL, &msg) != SQLITE_OK) {
		ds_store_error(st, "%s: %s", what, msg ? msg : sqlite3_errmsg(BE(st)->db));
		sqlite3_free(msg);
		return DOSSIER_E_DB;
	}
	return 0;
}

/* Applies the migrations the file has not had yet, in one transaction. */
static int migrate(struct dossier_store *st)
{
	int rc = exec(st, "BEGIN IMMEDIATE", "cannot lock the database");
	if (rc < 0)
		return rc;
	rc = exec(st, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
		  "cannot create the schema");
	int version = 0;
	sqlite3_stmt *s = NULL;
	if (rc == 0 && sqlite3_prepare_v2(BE(st)->db, "SELECT MAX(version) FROM schema_version",
					   -1, &s, NULL) == SQLITE_OK) {
		if (sqlite3_step(s) == SQLITE_ROW)
			version = sqlite3_column_int(s, 0);
		sqlite3_finalize(s);
	} else if (rc == 0) {
		rc = db_error(st, "cannot read the schema version");
	}
	if (rc == 0 && version > SCHEMA_VERSION)
		rc = ds_store_error(st, "the database has schema version %d, newer than this "
					"dossier knows (%d)", version, SCHEMA_VERSION);
	for (int v = version; rc == 0 && v < SCHEMA_VERSION; v++) {
		rc = exec(st, migrations[v], "cannot apply the schema");
		if (rc == 0 && sqlite3_prepare_v2(BE(st)->db,
						  "INSERT INTO schema_version (version) VALUES (?1)",
						  -1, &s, NULL) == SQLITE_OK) {
			sqlite3_bind_int(s, 1, v + 1);
			if (sqlite3_step(s) != SQLITE_DONE)
				rc = db_error(st, "cannot record the schema version");
			sqlite3_finalize(s);
		}
	}
	if (rc == 0)
		return exec(st, "COMMIT", "cannot apply the schema");
	sqlite3_exec(BE(st)->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

static int sq_open(struct dossier_store *st, const char *target)
{
	struct be *be = ds_xcalloc(1, sizeof *be);
	st->be = be;
	if (sqlite3_open_v2(target, &be->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
	    SQLITE_OK) {
		ds_store_error(st, "cannot open '%s': %s", target,
			       be->db ? sqlite3_errmsg(be->db) : "out of memory");
		return DOSSIER_E_DB;
	}
	sqlite3_busy_timeout(be->db, 10000);
	sqlite3_extended_result_codes(be->db, 1);
	/* WAL: readers do not block the writer, and a commit is one append;
	 * NORMAL: a crash of the process loses nothing committed (a power
	 * cut may lose the last transactions, never the file); foreign keys
	 * are declared, and checked by sq_check rather than row by row */
	/* 16 KiB pages for a new database (an existing one keeps its own):
	 * an article's text fits one page instead of a page and an overflow
	 * page, and a commit writes fewer pages (make bench, store: ingest
	 * 10% less CPU than with 4 KiB pages, the file as large) */
	int rc = exec(st, "PRAGMA page_size = 16384", "cannot use the file as a database");
	if (rc >= 0)
		rc = exec(st, "PRAGMA journal_mode = WAL", "cannot use the file as a database");
	if (rc < 0) {
		char why[sizeof st->errmsg];
		snprintf(why, sizeof why, "%s", st->errmsg);
		ds_store_error(st, "'%s' is not a dossier database (%s)", target, why);
		return rc;
	}
	if ((rc = exec(st, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF;"
			   " PRAGMA cache_size = -32768; PRAGMA wal_autocheckpoint = 4096",
		       "cannot configure the database")) < 0)
		return rc;
	return migrate(st);
}

static void sq_close(struct dossier_store *st)
{
	struct be *be = BE(st);
	if (!be)
		return;
	for (int i = 0; i < S_N; i++)
		sqlite3_finalize(be->stmt[i]);
	sqlite3_close(be->db);
	free(be);
	st->be = NULL;
}

static int simple(struct dossier_store *st, int i, const char *what)
{
	sqlite3_stmt *s = stmt(st, i);
	return s ? run(st, s, what) : DOSSIER_E_DB;
}

static int sq_begin(struct dossier_store *st) { return simple(st, S_BEGIN, "begin"); }
static int sq_commit(struct dossier_store *st) { return simple(st, S_COMMIT, "commit"); }
static int sq_rollback(struct dossier_store *st) { return simple(st, S_ROLLBACK, "rollback"); }

/* --- ingest -------------------------------------------------------------------- */

static int sq_doc_put(struct dossier_store *st, const struct ds_store_doc *d, int64_t *key)
{
	sqlite3_stmt *s = stmt(st, S_DOC_INS);
	if (!s)
		return DOSSIER_E_DB;
	bind_str(s, 1, d->doc ? d->doc : "");
	sqlite3_bind_int64(s, 2, (sqlite3_int64)d->hash);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)d->text_hash);
	bind_str(s, 4, d->title);
	bind_str(s, 5, d->lang);
	bind_str(s, 6, d->date);
	bind_int_or_null(s, 7, d->day, d->day == DS_NO_DAY);
	bind_str(s, 8, d->url);
	bind_str(s, 9, d->credited_source);
	bind_str(s, 10, d->outlet);
	sqlite3_bind_int64(s, 11, (sqlite3_int64)d->chars);
	bind_str(s, 12, d->dup_of);
	bind_str(s, 13, d->translation_of);
	bind_str(s, 14, d->input);
	bind_strn(s, 15, d->text, d->text_len);
	int rc = run(st, s, "cannot store a document");
	if (rc < 0)
		return rc;
	if (sqlite3_changes(BE(st)->db) == 0) {
		/* stored before: the same id and the same text */
		if (!(s = stmt(st, S_DOC_KEY)))
			return DOSSIER_E_DB;
		sqlite3_bind_int64(s, 1, (sqlite3_int64)d->hash);
		*key = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
		sqlite3_reset(s);
		return 0;
	}
	*key = sqlite3_last_insert_rowid(BE(st)->db);
	if (!(s = stmt(st, S_DOC_FTS)))
		return DOSSIER_E_DB;
	sqlite3_bind_int64(s, 1, *key);
	bind_str(s, 2, d->title);
	bind_strn(s, 3, d->text, d->text_len);
	if ((rc = run(st, s, "cannot index a document")) < 0)
		return rc;
	for (size_t i = 0; i < d->n_removed; i++) {
		if (!(s = stmt(st, S_REMOVED)))
			return DOSSIER_E_DB;
		sqlite3_bind_int64(s, 1, *key);
		sqlite3_bind_int64(s, 2, (sqlite3_int64)i);
		bind_str(s, 3, d->removed[i] ? d->removed[i] : "");
		if ((rc = run(st, s, "cannot store a removed line")) < 0)
			return rc;
	}
	return 1;
}

static int sq_quote_put(struct dossier_store *st, int64_t doc, const struct ds_store_quote *q)
{
	sqlite3_stmt *s = stmt(st, S_QUOTE);
	if (!s)
		return DOSSIER_E_DB;
	sqlite3_bind_int64(s, 1, doc);
	bind_strn(s, 2, q->text, q->text_len);
	bind_str(s, 3, q->speaker);
	bind_str(s, 4, q->speaker_kind);
	bind_strn(s, 5, q->cue, q->cue_len);
	sqlite3_bind_int64(s, 6, q->start);
	sqlite3_bind_int64(s, 7, q->end);
	int rc = run(st, s, "cannot store a quote");
	if (rc < 0)
		return rc;
	int64_t key = sqlite3_last_insert_rowid(BE(st)->db);
	if (!(s = stmt(st, S_QUOTE_FTS)))
		return DOSSIER_E_DB;
	sqlite3_bind_int64(s, 1, key);
	bind_strn(s, 2, q->text, q->text_len);
	return run(st, s, "cannot index a quote");
}

static int sq_aid_put(struct dossier_store *st, int64_t doc, const struct ds_store_aid *a)
{
	sqlite3_stmt *s = stmt(st, S_AID);
	if (!s)
		return DOSSIER_E_DB;
	sqlite3_bind_int64(s, 1, doc);
	bind_str(s, 2, a->action);
	bind_str(s, 3, a->provider);
	bind_str(s, 4, a->recipient);
	bind_str(s, 5, a->item);
	bind_str(s, 6, a->family);
	bind_str(s, 7, a->category);
	bind_int_or_null(s, 8, a->quantity, a->quantity < 0);
	if (a->amount >= 0)
		sqlite3_bind_double(s, 9, a->amount);
	bind_str(s, 10, a->currency);
	bind_str(s, 11, a->beneficiary);
	bind_str(s, 12, a->replaces);
	bind_str(s, 13, a->date);
	sqlite3_bind_int64(s, 14, (sqlite3_int64)a->evidence_hash);
	sqlite3_bind_int64(s, 15, a->start);
	sqlite3_bind_int64(s, 16, a->end);
	return run(st, s, "cannot store an aid record");
}

static int sq_stock_put(struct dossier_store *st, int64_t doc, const struct ds_store_stock *k)
{
	sqlite3_stmt *s = stmt(st, S_STOCK);
	if (!s)
		return DOSSIER_E_DB;
	sqlite3_bind_int64(s, 1, doc);
	bind_str(s, 2, k->holder);
	bind_str(s, 3, k->item);
	bind_str(s, 4, k->category);
	bind_str(s, 5, k->level);
	bind_strn(s, 6, k->evidence, k->evidence_len);
	sqlite3_bind_int64(s, 7, k->start);
	sqlite3_bind_int64(s, 8, k->end);
	return run(st, s, "cannot store a stock record");
}

static int sq_mark_dirty(struct dossier_store *st, const char *provider)
{
	sqlite3_stmt *s = stmt(st, S_DIRTY);
	if (!s)
		return DOSSIER_E_DB;
	bind_str(s, 1, provider);
	return run(st, s, "cannot mark the tracker stale");
}

static int sq_mark_dirty_doc(struct dossier_store *st, int64_t doc)
{
	sqlite3_stmt *s = stmt(st, S_DIRTY_DOC);
	if (!s)
		return DOSSIER_E_DB;
	sqlite3_bind_int64(s, 1, doc);
	return run(st, s, "cannot mark the tracker stale");
}

/* --- provenance ------------------------------------------------------------------ */

static int sq_sig_put(struct dossier_store *st, int64_t doc, const uint32_t *sig, size_t n)
{
	sqlite3_stmt *s = stmt(st, S_SIG);
	if (!s)
		return DOSSIER_E_DB;
	/* little-endian whatever the machine, so a file moves between them */
	unsigned char *b = ds_xmalloc(n * 4 + 1);
	for (size_t i = 0; i < n; i++) {
		b[4 * i] = (unsigned char)sig[i];
		b[4 * i + 1] = (unsigned char)(sig[i] >> 8);
		b[4 * i + 2] = (unsigned char)(sig[i] >> 16);
		b[4 * i + 3] = (unsigned char)(sig[i] >> 24);
	}
	sqlite3_bind_int64(s, 1, doc);
	sqlite3_bind_blob64(s, 2, b, n * 4, SQLITE_TRANSIENT);
	free(b);
	return run(st, s, "cannot store a signature");
}

static int sq_bands_put(struct dossier_store *st, int64_t doc, const uint64_t *keys, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		sqlite3_stmt *s = stmt(st, S_BAND);
		if (!s)
			return DOSSIER_E_DB;
		sqlite3_bind_int64(s, 1, (sqlite3_int64)keys[i]);
		sqlite3_bind_int64(s, 2, doc);
		int rc = run(st, s, "cannot store a band key");
		if (rc < 0)
			return rc;
	}
	return 0;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return x < y ? -1 : x > y;
}

static int sq_sig_any(struct dossier_store *st)
{
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(BE(st)->db, "SELECT 1 FROM doc_sig LIMIT 1", -1, &s, NULL) != SQLITE_OK)
		return db_error(st, "cannot read the signatures");
	int r = sqlite3_step(s);
	sqlite3_finalize(s);
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		return db_error(st, "cannot read the signatures");
	return r == SQLITE_ROW;
}

/* Each band key gives at most its 128 newest documents (S_BAND_DOCS), as
 * in the run's own index: a key that many documents share (text of a
 * template, a standard paragraph) says little, and reading every one made
 * an ingest quadratic in the size of the store. */
static int sq_band_candidates(struct dossier_store *st, const uint64_t *keys, size_t n,
			      int (*skip)(const void *skip_ud, int64_t doc), const void *skip_ud,
			      int (*fn)(void *ud, const struct dossier_candidate *c), void *ud)
{
	int64_t *docs = NULL;
	size_t nd = 0, cap = 0;
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		sqlite3_stmt *s = stmt(st, S_BAND_DOCS);
		if (!s) {
			rc = DOSSIER_E_DB;
			break;
		}
		sqlite3_bind_int64(s, 1, (sqlite3_int64)keys[i]);
		int r;
		while ((r = sqlite3_step(s)) == SQLITE_ROW) {
			ds_grow(&docs, &cap, nd + 1, sizeof *docs);
			docs[nd++] = sqlite3_column_int64(s, 0);
		}
		if (r != SQLITE_DONE)
			rc = db_error(st, "cannot read band keys");
		sqlite3_reset(s);
	}
	if (nd)
		qsort(docs, nd, sizeof *docs, cmp_i64);
	uint32_t *sig = NULL;
	size_t sig_cap = 0;
	for (size_t i = 0; i < nd && rc == 0; i++) {
		if ((i && docs[i] == docs[i - 1]) || (skip && skip(skip_ud, docs[i])))
			continue;
		sqlite3_stmt *s = stmt(st, S_CAND);
		if (!s) {
			rc = DOSSIER_E_DB;
			break;
		}
		sqlite3_bind_int64(s, 1, docs[i]);
		if (sqlite3_step(s) == SQLITE_ROW) {
			struct dossier_candidate c;
			memset(&c, 0, sizeof c);
			c.key = docs[i];
			c.doc = col_str(s, 0);
			c.date = col_str(s, 1);
			const unsigned char *b = sqlite3_column_blob(s, 2);
			size_t len = (size_t)sqlite3_column_bytes(s, 2) / 4;
			ds_grow(&sig, &sig_cap, len + 1, sizeof *sig);
			for (size_t k = 0; b && k < len; k++)
				sig[k] = (uint32_t)b[4 * k] | (uint32_t)b[4 * k + 1] << 8 |
					 (uint32_t)b[4 * k + 2] << 16 | (uint32_t)b[4 * k + 3] << 24;
			c.sig = b ? sig : NULL;
			c.n_sig = b ? len : 0;
			c.dup_of = col_str(s, 3);
			rc = fn(ud, &c);
		}
		sqlite3_reset(s);
	}
	free(sig);
	free(docs);
	return rc;
}

static int sq_set_links(struct dossier_store *st, int64_t doc, const char *dup_of,
			const char *translation_of)
{
	sqlite3_stmt *s = stmt(st, S_LINKS);
	if (!s)
		return DOSSIER_E_DB;
	sqlite3_bind_int64(s, 1, doc);
	bind_str(s, 2, dup_of);
	bind_str(s, 3, translation_of);
	int rc = run(st, s, "cannot link a document");
	if (rc == 0 && sqlite3_changes(BE(st)->db) == 0)
		rc = ds_store_error(st, "no document with key %lld", (long long)doc);
	return rc;
}

/* --- the tracker cache ---------------------------------------------------------- */

/* Entries computed by another version of the merge rules are stale. */
static int sq_tracker_version(struct dossier_store *st, int version)
{
	sqlite3_stmt *s = NULL;
	int stored = -1, rc;
	if (sqlite3_prepare_v2(BE(st)->db, "SELECT MAX(version) FROM tracker_version", -1, &s,
			       NULL) != SQLITE_OK)
		return db_error(st, "cannot read the tracker version");
	if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL)
		stored = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	if (stored == version)
		return 0;
	if ((rc = exec(st, "BEGIN IMMEDIATE", "cannot lock the database")) < 0)
		return rc;
	rc = exec(st, "INSERT OR IGNORE INTO stale (provider) SELECT DISTINCT provider FROM aid"
		      " WHERE provider IS NOT NULL; DELETE FROM tracker_version",
		  "cannot mark the tracker stale");
	if (rc == 0 && sqlite3_prepare_v2(BE(st)->db,
					  "INSERT INTO tracker_version (version) VALUES (?1)", -1, &s,
					  NULL) == SQLITE_OK) {
		sqlite3_bind_int(s, 1, version);
		if (sqlite3_step(s) != SQLITE_DONE)
			rc = db_error(st, "cannot record the tracker version");
		sqlite3_finalize(s);
	}
	if (rc == 0)
		return exec(st, "COMMIT", "cannot mark the tracker stale");
	sqlite3_exec(BE(st)->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

static int sq_dirty_list(struct dossier_store *st, ds_name_fn fn, void *ud)
{
	if (BE(st)->readonly)
		return 0; /* served as last computed */
	sqlite3_stmt *s = stmt(st, S_STALE_LIST);
	if (!s)
		return DOSSIER_E_DB;
	int r, rc = 0;
	while (rc == 0 && (r = sqlite3_step(s)) == SQLITE_ROW)
		rc = fn(ud, col_str(s, 0));
	if (rc == 0 && r != SQLITE_DONE)
		rc = db_error(st, "cannot read the stale list");
	sqlite3_reset(s);
	return rc;
}

static int sq_mentions(struct dossier_store *st, const char *provider, ds_tk_mention_fn fn,
		       void *ud)
{
	sqlite3_stmt *s = stmt(st, S_MENTIONS);
	if (!s)
		return DOSSIER_E_DB;
	bind_str(s, 1, provider);
	int r, rc = 0;
	while (rc == 0 && (r = sqlite3_step(s)) == SQLITE_ROW) {
		struct ds_tk_mention m;
		memset(&m, 0, sizeof m);
		m.key = sqlite3_column_int64(s, 0);
		m.doc = col_str(s, 1);
		m.doc_date = col_str(s, 2);
		m.dup_of = col_str(s, 3);
		m.translation_of = col_str(s, 4);
		m.url = col_str(s, 5);
		m.action = (uint8_t)ds_action_parse(col_str(s, 6));
		m.provider = col_str(s, 7);
		m.item = col_str(s, 8);
		m.family = col_str(s, 9);
		m.category = col_str(s, 10);
		m.beneficiary = col_str(s, 11);
		m.replaces = col_str(s, 12);
		m.currency = col_str(s, 13);
		m.date = col_str(s, 14);
		m.quantity = sqlite3_column_type(s, 15) == SQLITE_NULL ? -1 : sqlite3_column_int64(s, 15);
		m.amount = sqlite3_column_type(s, 16) == SQLITE_NULL ? -1 : sqlite3_column_double(s, 16);
		m.start = (uint32_t)sqlite3_column_int64(s, 17);
		m.evidence_hash = (uint64_t)sqlite3_column_int64(s, 18);
		rc = fn(ud, &m);
	}
	if (rc == 0 && r != SQLITE_DONE)
		rc = db_error(st, "cannot read aid mentions");
	sqlite3_reset(s);
	return rc;
}

static int cmp_entry_id(const void *a, const void *b)
{
	return strcmp((*(const struct ds_tk_entry *const *)a)->id,
		      (*(const struct ds_tk_entry *const *)b)->id);
}

/* One tracker entry and its mentions. */
static int put_entry(struct dossier_store *st, const struct ds_tk_entry *e,
		     const struct ds_tracker *t, const struct ds_tk_mention *m)
{
	sqlite3_stmt *s;
	int rc;
	if (!(s = stmt(st, S_INS_ENTRY)))
		return DOSSIER_E_DB;
	bind_str(s, 1, e->id);
	bind_str(s, 2, e->provider);
	bind_str(s, 3, e->item);
	bind_str(s, 4, e->family);
	bind_str(s, 5, e->category);
	bind_str(s, 6, e->status);
	bind_str(s, 7, e->beneficiary);
	bind_str(s, 8, e->replaces);
	bind_int_or_null(s, 9, e->pledged, e->pledged < 0);
	bind_int_or_null(s, 10, e->delivered, e->delivered < 0);
	bind_str(s, 11, e->pledged_all);
	bind_str(s, 12, e->delivered_all);
	if (e->amount >= 0)
		sqlite3_bind_double(s, 13, e->amount);
	bind_str(s, 14, e->currency);
	bind_str(s, 15, e->amount_all);
	sqlite3_bind_int(s, 16, (int)e->conflicts);
	bind_str(s, 17, e->first_date);
	bind_str(s, 18, e->last_date);
	bind_int_or_null(s, 19, e->first_day, e->first_day == DS_NO_DAY);
	bind_int_or_null(s, 20, e->last_day, e->last_day == DS_NO_DAY);
	sqlite3_bind_int64(s, 21, (sqlite3_int64)e->n_mentions);
	sqlite3_bind_int64(s, 22, (sqlite3_int64)e->n_sources);
	bind_str(s, 23, e->sources);
	if ((rc = run(st, s, "cannot store a tracker entry")) < 0)
		return rc;
	for (size_t k = 0; k < e->n; k++) {
		const struct ds_tk_mention *x = &m[t->members[e->first + k]];
		if (!(s = stmt(st, S_INS_EM)))
			return DOSSIER_E_DB;
		bind_str(s, 1, e->id);
		sqlite3_bind_int64(s, 2, (sqlite3_int64)k);
		sqlite3_bind_int64(s, 3, x->key);
		sqlite3_bind_int(s, 4, x->counted);
		bind_str(s, 5, x->copy_of);
		if ((rc = run(st, s, "cannot store a tracker mention")) < 0)
			return rc;
	}
	return 0;
}

static int sq_entries_replace(struct dossier_store *st, const char *provider,
			      const struct ds_tracker *t, const struct ds_tk_mention *m)
{
	sqlite3_stmt *s;
	int rc;
	if (!(s = stmt(st, S_DEL_EM)))
		return DOSSIER_E_DB;
	bind_str(s, 1, provider);
	if ((rc = run(st, s, "cannot clear tracker entries")) < 0)
		return rc;
	if (!(s = stmt(st, S_DEL_ENTRY)))
		return DOSSIER_E_DB;
	bind_str(s, 1, provider);
	if ((rc = run(st, s, "cannot clear tracker entries")) < 0)
		return rc;
	/* in the order of the tables' keys: appending to a B-tree is cheaper
	 * than inserting at random places (entry ids are hashes) */
	const struct ds_tk_entry **order = ds_xmalloc((t->n_entries + 1) * sizeof *order);
	for (size_t i = 0; i < t->n_entries; i++)
		order[i] = &t->entries[i];
	qsort(order, t->n_entries, sizeof *order, cmp_entry_id);
	rc = 0;
	for (size_t i = 0; i < t->n_entries && rc == 0; i++)
		rc = put_entry(st, order[i], t, m);
	free(order);
	if (rc < 0)
		return rc;
	if (!(s = stmt(st, S_DEL_STALE)))
		return DOSSIER_E_DB;
	bind_str(s, 1, provider);
	return run(st, s, "cannot clear the stale mark");
}

/* --- queries --------------------------------------------------------------------- */

/* Prepares a statement built for one query (filters vary); the caller
 * finalizes it. Values are bound, never written into the text. */
static sqlite3_stmt *prepare_once(struct dossier_store *st, const struct ds_buf *q)
{
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(BE(st)->db, q->ptr, (int)q->len, &s, NULL) != SQLITE_OK) {
		db_error(st, "query");
		sqlite3_finalize(s);
		return NULL;
	}
	return s;
}

/* Steps through the rows of s, calling row(s, ctx) for each (ctx holds
 * the caller's typed callback);
 * returns the number of rows, fn's non-zero value, or an error. */
static int rows(struct dossier_store *st, sqlite3_stmt *s, int (*row)(sqlite3_stmt *, void *),
		void *ctx, int finalize)
{
	int r, rc = 0, n = 0;
	while ((r = sqlite3_step(s)) == SQLITE_ROW) {
		n++;
		if ((rc = row(s, ctx)) != 0)
			break;
	}
	if (rc == 0 && r != SQLITE_DONE && r != SQLITE_ROW)
		rc = db_error(st, "query");
	if (finalize)
		sqlite3_finalize(s);
	else
		sqlite3_reset(s);
	return rc ? rc : n;
}

struct entry_cb {
	int (*fn)(void *ud, const struct dossier_entry *r);
	void *ud;
};

static int entry_row(sqlite3_stmt *s, void *ctx)
{
	struct entry_cb *cb = ctx;
	struct dossier_entry e;
	memset(&e, 0, sizeof e);
	e.id = col_str(s, 0);
	e.provider = col_str(s, 1);
	e.item = col_str(s, 2);
	e.family = col_str(s, 3);
	e.category = col_str(s, 4);
	e.status = col_str(s, 5);
	e.beneficiary = col_str(s, 6);
	e.replaces = col_str(s, 7);
	e.pledged = sqlite3_column_type(s, 8) == SQLITE_NULL ? -1 : sqlite3_column_int64(s, 8);
	e.delivered = sqlite3_column_type(s, 9) == SQLITE_NULL ? -1 : sqlite3_column_int64(s, 9);
	e.pledged_all = col_str(s, 10);
	e.delivered_all = col_str(s, 11);
	e.amount = sqlite3_column_type(s, 12) == SQLITE_NULL ? -1 : sqlite3_column_double(s, 12);
	e.currency = col_str(s, 13);
	e.amount_all = col_str(s, 14);
	e.conflicts = (unsigned)sqlite3_column_int(s, 15);
	e.first_date = col_str(s, 16);
	e.last_date = col_str(s, 17);
	e.n_mentions = (unsigned long)sqlite3_column_int64(s, 18);
	e.n_sources = (unsigned long)sqlite3_column_int64(s, 19);
	e.sources = col_str(s, 20);
	return cb->fn(cb->ud, &e);
}

static int sq_entries(struct dossier_store *st, const struct dossier_filter *f,
		      const char *const *cats, size_t n_cats,
		      int (*fn)(void *ud, const struct dossier_entry *e), void *ud)
{
	struct ds_buf q = DS_BUF_INIT;
	ds_buf_adds(&q, "SELECT id, provider, item, family, category, status, beneficiary,"
			" replaces, pledged, delivered, pledged_all, delivered_all, amount, currency,"
			" amount_all, conflicts, first_date, last_date, n_mentions, n_sources, sources"
			" FROM entry WHERE 1");
	/* only the filters given, so that the planner can use their indexes */
	if (f->provider)
		ds_buf_adds(&q, " AND provider = ?1");
	if (f->item)
		ds_buf_adds(&q, " AND (item = ?2 OR family = ?2)");
	if (f->status)
		ds_buf_adds(&q, " AND status = ?3");
	if (f->since)
		ds_buf_adds(&q, " AND last_day >= ?4");
	if (f->until)
		ds_buf_adds(&q, " AND first_day <= ?5");
	if (n_cats) {
		ds_buf_adds(&q, " AND category IN (");
		for (size_t i = 0; i < n_cats; i++)
			ds_buf_addf(&q, "%s?%zu", i ? ", " : "", 10 + i);
		ds_buf_addc(&q, ')');
	}
	ds_buf_adds(&q, " ORDER BY provider, COALESCE(first_day, 2147483647), id");
	sqlite3_stmt *s = prepare_once(st, &q);
	ds_buf_release(&q);
	if (!s)
		return DOSSIER_E_DB;
	if (f->provider)
		bind_str(s, 1, f->provider);
	if (f->item)
		bind_str(s, 2, f->item);
	if (f->status)
		bind_str(s, 3, f->status);
	if (f->since)
		sqlite3_bind_int64(s, 4, ds_day_of(f->since, -1));
	if (f->until)
		sqlite3_bind_int64(s, 5, ds_day_of(f->until, 1));
	for (size_t i = 0; i < n_cats; i++)
		bind_str(s, (int)(10 + i), cats[i]);
	struct entry_cb cb = {fn, ud};
	return rows(st, s, entry_row, &cb, 1);
}

static int sq_entry_ids(struct dossier_store *st, const char *prefix, char ids[2][20])
{
	sqlite3_stmt *s = stmt(st, S_ENTRY_IDS);
	if (!s)
		return DOSSIER_E_DB;
	char hi[24];
	snprintf(hi, sizeof hi, "%sg", prefix); /* past every hex digit */
	bind_str(s, 1, prefix);
	bind_str(s, 2, hi);
	int n = 0, r;
	while ((r = sqlite3_step(s)) == SQLITE_ROW && n < 2) {
		const char *id = col_str(s, 0);
		snprintf(ids[n++], 20, "%s", id ? id : "");
	}
	sqlite3_reset(s);
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		return db_error(st, "query");
	return n;
}

struct evidence_cb {
	int (*fn)(void *ud, const struct dossier_evidence *r);
	void *ud;
};

static int evidence_row(sqlite3_stmt *s, void *ctx)
{
	struct evidence_cb *cb = ctx;
	struct dossier_evidence e;
	memset(&e, 0, sizeof e);
	e.entry = col_str(s, 0);
	e.doc = col_str(s, 1);
	e.title = col_str(s, 2);
	e.outlet = col_str(s, 3);
	e.url = col_str(s, 4);
	e.doc_date = col_str(s, 5);
	e.date = col_str(s, 6);
	e.action = col_str(s, 7);
	e.sentence = col_str(s, 8);
	e.quantity = sqlite3_column_type(s, 9) == SQLITE_NULL ? -1 : sqlite3_column_int64(s, 9);
	e.amount = sqlite3_column_type(s, 10) == SQLITE_NULL ? -1 : sqlite3_column_double(s, 10);
	e.currency = col_str(s, 11);
	e.start = (unsigned long)sqlite3_column_int64(s, 12);
	e.end = (unsigned long)sqlite3_column_int64(s, 13);
	e.counted = sqlite3_column_int(s, 14);
	e.copy_of = col_str(s, 15);
	return cb->fn(cb->ud, &e);
}

static int sq_evidence(struct dossier_store *st, const char *entry,
		       int (*fn)(void *ud, const struct dossier_evidence *e), void *ud)
{
	sqlite3_stmt *s = stmt(st, S_EVIDENCE);
	if (!s)
		return DOSSIER_E_DB;
	bind_str(s, 1, entry);
	struct evidence_cb cb = {fn, ud};
	return rows(st, s, evidence_row, &cb, 0);
}

/* An FTS5 query from what a user typed: every word, each quoted (so that
 * no FTS5 syntax is interpreted), all required. */
static void fts_query(struct ds_buf *b, const char *text)
{
	const char *p = text;
	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (!*p)
			break;
		if (b->len)
			ds_buf_addc(b, ' ');
		ds_buf_addc(b, '"');
		for (; *p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r'; p++) {
			if (*p == '"')
				ds_buf_addc(b, '"');
			ds_buf_addc(b, *p);
		}
		ds_buf_addc(b, '"');
	}
}

struct quote_cb {
	int (*fn)(void *ud, const struct dossier_quote_row *r);
	void *ud;
};

static int quote_row(sqlite3_stmt *s, void *ctx)
{
	struct quote_cb *cb = ctx;
	struct dossier_quote_row q;
	memset(&q, 0, sizeof q);
	q.doc = col_str(s, 0);
	q.outlet = col_str(s, 1);
	q.date = col_str(s, 2);
	q.text = col_str(s, 3);
	q.speaker = col_str(s, 4);
	q.speaker_kind = col_str(s, 5);
	q.cue = col_str(s, 6);
	q.start = (unsigned long)sqlite3_column_int64(s, 7);
	q.end = (unsigned long)sqlite3_column_int64(s, 8);
	return cb->fn(cb->ud, &q);
}

static int sq_quotes(struct dossier_store *st, const struct dossier_filter *f,
		     int (*fn)(void *ud, const struct dossier_quote_row *q), void *ud)
{
	struct ds_buf q = DS_BUF_INIT, match = DS_BUF_INIT, like = DS_BUF_INIT;
	ds_buf_adds(&q, "SELECT d.doc, d.outlet, d.date, q.text, q.speaker, q.speaker_kind, q.cue,"
			" q.span_start, q.span_end FROM quote q JOIN document d ON d.key = q.doc");
	if (f->search) {
		fts_query(&match, f->search);
		ds_buf_adds(&q, " JOIN quote_fts ON quote_fts.rowid = q.key AND quote_fts MATCH ?1");
	}
	ds_buf_adds(&q, " WHERE 1");
	if (f->speaker) {
		/* the canonical name, or words of it ("Stoltenberg") */
		ds_buf_addc(&like, '%');
		for (const char *p = f->speaker; *p; p++) {
			if (*p == '%' || *p == '_' || *p == '\\')
				ds_buf_addc(&like, '\\');
			ds_buf_addc(&like, *p);
		}
		ds_buf_addc(&like, '%');
		ds_buf_adds(&q, " AND (q.speaker = ?2 OR q.speaker LIKE ?3 ESCAPE '\\')");
	}
	if (f->since)
		ds_buf_adds(&q, " AND d.day >= ?4");
	if (f->until)
		ds_buf_adds(&q, " AND d.day <= ?5");
	ds_buf_adds(&q, " ORDER BY COALESCE(d.day, 2147483647), d.doc, q.span_start");
	sqlite3_stmt *s = prepare_once(st, &q);
	ds_buf_release(&q);
	int rc = DOSSIER_E_DB;
	if (s) {
		if (f->search)
			bind_strn(s, 1, match.ptr ? match.ptr : "", match.len);
		if (f->speaker) {
			bind_str(s, 2, f->speaker);
			bind_strn(s, 3, like.ptr, like.len);
		}
		if (f->since)
			sqlite3_bind_int64(s, 4, ds_day_of(f->since, -1));
		if (f->until)
			sqlite3_bind_int64(s, 5, ds_day_of(f->until, 1));
		struct quote_cb cb = {fn, ud};
		rc = rows(st, s, quote_row, &cb, 1);
	}
	ds_buf_release(&match);
	ds_buf_release(&like);
	return rc;
}

struct source_cb {
	int (*fn)(void *ud, const struct dossier_source_row *r);
	void *ud;
};

static int source_row(sqlite3_stmt *s, void *ctx)
{
	struct source_cb *cb = ctx;
	struct dossier_source_row r;
	r.outlet = col_str(s, 0);
	r.documents = (unsigned long)sqlite3_column_int64(s, 1);
	r.originals = (unsigned long)sqlite3_column_int64(s, 2);
	r.copies = r.documents - r.originals;
	return cb->fn(cb->ud, &r);
}

static int sq_sources(struct dossier_store *st,
		      int (*fn)(void *ud, const struct dossier_source_row *s), void *ud)
{
	sqlite3_stmt *s = stmt(st, S_SOURCES);
	struct source_cb cb = {fn, ud};
	return s ? rows(st, s, source_row, &cb, 0) : DOSSIER_E_DB;
}

struct doc_cb {
	int (*fn)(void *ud, const struct dossier_doc_row *r);
	void *ud;
};

static int doc_row(sqlite3_stmt *s, void *ctx)
{
	struct doc_cb *cb = ctx;
	struct dossier_doc_row d;
	d.key = sqlite3_column_int64(s, 0);
	d.doc = col_str(s, 1);
	d.title = col_str(s, 2);
	d.date = col_str(s, 3);
	d.lang = col_str(s, 4);
	d.outlet = col_str(s, 5);
	d.url = col_str(s, 6);
	d.snippet = col_str(s, 7);
	return cb->fn(cb->ud, &d);
}

static int sq_search(struct dossier_store *st, const char *text, size_t limit,
		     int (*fn)(void *ud, const struct dossier_doc_row *d), void *ud)
{
	struct ds_buf q = DS_BUF_INIT, match = DS_BUF_INIT;
	ds_buf_adds(&q, "SELECT d.key, d.doc, d.title, d.date, d.lang, d.outlet, d.url,"
			" snippet(document_fts, 1, '[', ']', '...', 16) FROM document_fts"
			" JOIN document d ON d.key = document_fts.rowid"
			" WHERE document_fts MATCH ?1 ORDER BY rank, d.doc LIMIT ?2");
	fts_query(&match, text);
	int rc = DOSSIER_E_DB;
	sqlite3_stmt *s = prepare_once(st, &q);
	if (s) {
		bind_strn(s, 1, match.ptr ? match.ptr : "\"\"", match.ptr ? match.len : 2);
		sqlite3_bind_int64(s, 2, (sqlite3_int64)limit);
		struct doc_cb cb = {fn, ud};
		rc = rows(st, s, doc_row, &cb, 1);
	}
	ds_buf_release(&q);
	ds_buf_release(&match);
	return rc;
}

static int sq_counts(struct dossier_store *st, struct dossier_store_counts *c)
{
	sqlite3_stmt *s = stmt(st, S_COUNTS);
	if (!s)
		return DOSSIER_E_DB;
	int rc = 0;
	if (sqlite3_step(s) == SQLITE_ROW) {
		c->documents = (unsigned long long)sqlite3_column_int64(s, 0);
		c->quotes = (unsigned long long)sqlite3_column_int64(s, 1);
		c->aid = (unsigned long long)sqlite3_column_int64(s, 2);
		c->stock = (unsigned long long)sqlite3_column_int64(s, 3);
		c->entries = (unsigned long long)sqlite3_column_int64(s, 4);
	} else {
		rc = db_error(st, "cannot count");
	}
	sqlite3_reset(s);
	return rc;
}

static int sq_check(struct dossier_store *st)
{
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(BE(st)->db, "PRAGMA integrity_check", -1, &s, NULL) != SQLITE_OK)
		return db_error(st, "integrity check");
	int rc = 0;
	if (sqlite3_step(s) == SQLITE_ROW) {
		const char *r = col_str(s, 0);
		if (!r || strcmp(r, "ok"))
			rc = ds_store_error(st, "integrity check: %s", r ? r : "?");
	} else {
		rc = db_error(st, "integrity check");
	}
	sqlite3_finalize(s);
	/* the references are checked here, not on every write (the writer
	 * makes them by construction; a check per row would cost the ingest
	 * a lookup per record) */
	if (rc == 0 && sqlite3_prepare_v2(BE(st)->db, "PRAGMA foreign_key_check", -1, &s, NULL) !=
			       SQLITE_OK)
		rc = db_error(st, "foreign key check");
	else if (rc == 0) {
		int r = sqlite3_step(s);
		if (r == SQLITE_ROW)
			rc = ds_store_error(st, "foreign key check: row %lld of %s refers to a missing %s",
					    (long long)sqlite3_column_int64(s, 1), col_str(s, 0),
					    col_str(s, 2));
		else if (r != SQLITE_DONE)
			rc = db_error(st, "foreign key check");
		sqlite3_finalize(s);
	}
	if (rc == 0)
		rc = exec(st, "INSERT INTO document_fts (document_fts) VALUES ('integrity-check');"
			      " INSERT INTO quote_fts (quote_fts) VALUES ('integrity-check')",
			  "full-text index check");
	return rc;
}

/* --- reading for servers (dossier serve) ------------------------------------------ */

/* A read-only connection: the file must exist and hold a dossier schema
 * this build knows (an older one too: these queries need only its
 * tables); no migration, no tracker recomputation (sq_dirty_list reports
 * nothing stale), and query_only refuses any write. Pages come through
 * mmap, shared by every connection of the process. */
static int sq_open_readonly(struct dossier_store *st, const char *target)
{
	struct be *be = ds_xcalloc(1, sizeof *be);
	st->be = be;
	be->readonly = 1;
	/* one thread at a time per handle (dossier.h): no per-connection mutex */
	if (sqlite3_open_v2(target, &be->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) !=
	    SQLITE_OK) {
		ds_store_error(st, "cannot open '%s': %s", target,
			       be->db ? sqlite3_errmsg(be->db) : "out of memory");
		return DOSSIER_E_DB;
	}
	sqlite3_busy_timeout(be->db, 10000);
	sqlite3_extended_result_codes(be->db, 1);
	sqlite3_stmt *s = NULL;
	int version = -1;
	if (sqlite3_prepare_v2(be->db, "SELECT MAX(version) FROM schema_version", -1, &s, NULL) ==
	    SQLITE_OK) {
		if (sqlite3_step(s) == SQLITE_ROW)
			version = sqlite3_column_int(s, 0);
		sqlite3_finalize(s);
	} else {
		char why[256];
		snprintf(why, sizeof why, "%s", sqlite3_errmsg(be->db));
		return ds_store_error(st, "'%s' is not a dossier database (%s)", target, why);
	}
	if (version < 1 || version > SCHEMA_VERSION)
		return ds_store_error(st, "'%s' has schema version %d; this dossier reads 1 to %d",
				      target, version, SCHEMA_VERSION);
	return exec(st, "PRAGMA query_only = 1; PRAGMA mmap_size = 1073741824;"
			" PRAGMA cache_size = -8192", "cannot configure the database");
}

static int sq_data_version(struct dossier_store *st, unsigned long long *v)
{
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(BE(st)->db, "PRAGMA data_version", -1, &s, NULL) != SQLITE_OK)
		return db_error(st, "data_version");
	int rc = 0;
	if (sqlite3_step(s) == SQLITE_ROW)
		*v = (unsigned long long)sqlite3_column_int64(s, 0);
	else
		rc = db_error(st, "data_version");
	sqlite3_finalize(s);
	return rc;
}

/* Prepares a fixed query for one call (the caller finalizes it). */
static sqlite3_stmt *prepare_text(struct dossier_store *st, const char *text)
{
	struct ds_buf q = DS_BUF_INIT;
	ds_buf_adds(&q, text);
	sqlite3_stmt *s = prepare_once(st, &q);
	ds_buf_release(&q);
	return s;
}

static int all_digits(const char *s)
{
	if (!*s || strlen(s) > 18)
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

#define DOC_VIEW_COLS "key, doc, title, lang, date, url, outlet, credited_source, dup_of," \
		      " translation_of, input, text FROM document"

static int sq_document(struct dossier_store *st, const char *id,
		       int (*fn)(void *ud, const struct dossier_doc_view *d), void *ud)
{
	/* a key first (the server's own links: the primary key), then an id
	 * (no index: a scan) */
	sqlite3_stmt *s = NULL;
	int r = SQLITE_DONE;
	if (all_digits(id)) {
		if (!(s = prepare_text(st, "SELECT " DOC_VIEW_COLS " WHERE key = ?1")))
			return DOSSIER_E_DB;
		sqlite3_bind_int64(s, 1, strtoll(id, NULL, 10));
		r = sqlite3_step(s);
	}
	if (r == SQLITE_DONE) {
		sqlite3_finalize(s);
		if (!(s = prepare_text(st, "SELECT " DOC_VIEW_COLS " WHERE doc = ?1 ORDER BY key LIMIT 1")))
			return DOSSIER_E_DB;
		bind_str(s, 1, id);
		r = sqlite3_step(s);
	}
	if (r != SQLITE_ROW) {
		sqlite3_finalize(s);
		return r == SQLITE_DONE ? 0 : db_error(st, "cannot read a document");
	}
	struct dossier_doc_view d;
	memset(&d, 0, sizeof d);
	d.key = sqlite3_column_int64(s, 0);
	d.doc = col_str(s, 1);
	d.title = col_str(s, 2);
	d.lang = col_str(s, 3);
	d.date = col_str(s, 4);
	d.url = col_str(s, 5);
	d.outlet = col_str(s, 6);
	d.credited_source = col_str(s, 7);
	d.dup_of = col_str(s, 8);
	d.translation_of = col_str(s, 9);
	d.input = col_str(s, 10);
	d.text = col_str(s, 11);
	d.text_len = (size_t)sqlite3_column_bytes(s, 11);
	if (!d.text)
		d.text = "";
	/* the removed lines, kept in an arena until fn returns */
	struct ds_arena a;
	ds_arena_init(&a);
	const char **lines = NULL;
	size_t n = 0, cap = 0;
	int rc = 0;
	sqlite3_stmt *rm = prepare_text(st, "SELECT line FROM removed WHERE doc = ?1 ORDER BY seq");
	if (!rm) {
		rc = DOSSIER_E_DB;
	} else {
		sqlite3_bind_int64(rm, 1, d.key);
		while ((r = sqlite3_step(rm)) == SQLITE_ROW) {
			ds_grow(&lines, &cap, n + 1, sizeof *lines);
			lines[n++] = ds_arena_strdup(&a, col_str(rm, 0) ? col_str(rm, 0) : "");
		}
		if (r != SQLITE_DONE)
			rc = db_error(st, "cannot read removed lines");
		sqlite3_finalize(rm);
	}
	if (rc == 0) {
		d.removed = lines;
		d.n_removed = n;
		rc = fn(ud, &d);
		if (rc == 0)
			rc = 1;
	}
	free(lines);
	ds_arena_release(&a);
	sqlite3_finalize(s);
	return rc;
}

struct record_cb {
	int (*fn)(void *ud, const struct dossier_doc_record *r);
	void *ud;
};

static int record_row(sqlite3_stmt *s, void *ctx)
{
	struct record_cb *cb = ctx;
	struct dossier_doc_record r;
	memset(&r, 0, sizeof r);
	r.type = (unsigned)sqlite3_column_int(s, 0);
	r.start = (unsigned long)sqlite3_column_int64(s, 1);
	r.end = (unsigned long)sqlite3_column_int64(s, 2);
	r.speaker = col_str(s, 3);
	r.speaker_kind = col_str(s, 4);
	r.cue = col_str(s, 5);
	r.action = col_str(s, 6);
	r.provider = col_str(s, 7);
	r.recipient = col_str(s, 8);
	r.item = col_str(s, 9);
	r.category = col_str(s, 10);
	r.quantity = sqlite3_column_type(s, 11) == SQLITE_NULL ? -1 : sqlite3_column_int64(s, 11);
	r.amount = sqlite3_column_type(s, 12) == SQLITE_NULL ? -1 : sqlite3_column_double(s, 12);
	r.currency = col_str(s, 13);
	r.date = col_str(s, 14);
	r.beneficiary = col_str(s, 15);
	r.replaces = col_str(s, 16);
	r.entry = col_str(s, 17);
	r.counted = sqlite3_column_int(s, 18);
	r.holder = col_str(s, 19);
	r.level = col_str(s, 20);
	return cb->fn(cb->ud, &r);
}

static int sq_doc_records(struct dossier_store *st, int64_t key,
			  int (*fn)(void *ud, const struct dossier_doc_record *r), void *ud)
{
	/* DOSSIER_REC_QUOTE 2, _AID 4, _STOCK 8; one column list for the three */
	sqlite3_stmt *s = prepare_text(st,
		"SELECT 2, span_start, span_end, speaker, speaker_kind, cue, NULL, NULL, NULL, NULL,"
		" NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL FROM quote WHERE doc = ?1"
		/* an aid row's entry is among its provider's: entry_mention has
		 * no index by aid, its primary key starts with the entry */
		" UNION ALL SELECT 4, x.span_start, x.span_end, NULL, NULL, NULL, x.action, x.provider,"
		" x.recipient, x.item, x.category, x.quantity, x.amount, x.currency, x.date,"
		" x.beneficiary, x.replaces, x.entry, COALESCE((SELECT em.counted FROM entry_mention em"
		" WHERE em.entry = x.entry AND em.aid = x.key), 0), NULL, NULL FROM (SELECT a.*,"
		" (SELECT em.entry FROM entry e JOIN entry_mention em ON em.entry = e.id"
		" WHERE e.provider = a.provider AND em.aid = a.key) AS entry FROM aid a"
		" WHERE a.doc = ?1) AS x"
		" UNION ALL SELECT 8, span_start, span_end, NULL, NULL, NULL, NULL, NULL, NULL, item,"
		" category, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, holder, level FROM stock"
		" WHERE doc = ?1 ORDER BY 2, 1, 3");
	if (!s)
		return DOSSIER_E_DB;
	sqlite3_bind_int64(s, 1, key);
	struct record_cb cb = {fn, ud};
	return rows(st, s, record_row, &cb, 1);
}

static int sq_documents(struct dossier_store *st, size_t offset, size_t limit,
			int (*fn)(void *ud, const struct dossier_doc_row *d), void *ud)
{
	sqlite3_stmt *s = prepare_text(st,
		"SELECT key, doc, title, date, lang, outlet, url, NULL FROM document"
		" ORDER BY day IS NULL, day DESC, key DESC LIMIT ?1 OFFSET ?2");
	if (!s)
		return DOSSIER_E_DB;
	sqlite3_bind_int64(s, 1, (sqlite3_int64)limit);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)offset);
	struct doc_cb cb = {fn, ud};
	return rows(st, s, doc_row, &cb, 1);
}

/* the columns entry_row reads */
#define ENTRY_COLS "id, provider, item, family, category, status, beneficiary, replaces," \
		   " pledged, delivered, pledged_all, delivered_all, amount, currency, amount_all," \
		   " conflicts, first_date, last_date, n_mentions, n_sources, sources FROM entry"

static int sq_entry(struct dossier_store *st, const char *id,
		    int (*fn)(void *ud, const struct dossier_entry *e), void *ud)
{
	sqlite3_stmt *s = prepare_text(st, "SELECT " ENTRY_COLS " WHERE id = ?1");
	if (!s)
		return DOSSIER_E_DB;
	bind_str(s, 1, id);
	struct entry_cb cb = {fn, ud};
	return rows(st, s, entry_row, &cb, 1);
}

static int sq_latest(struct dossier_store *st, size_t limit,
		     int (*fn)(void *ud, const struct dossier_entry *e), void *ud)
{
	sqlite3_stmt *s = prepare_text(st, "SELECT " ENTRY_COLS
				       " ORDER BY last_day IS NULL, last_day DESC, id LIMIT ?1");
	if (!s)
		return DOSSIER_E_DB;
	sqlite3_bind_int64(s, 1, (sqlite3_int64)limit);
	struct entry_cb cb = {fn, ud};
	return rows(st, s, entry_row, &cb, 1);
}

struct speaker_cb {
	int (*fn)(void *ud, const struct dossier_speaker_row *r);
	void *ud;
};

static int speaker_row(sqlite3_stmt *s, void *ctx)
{
	struct speaker_cb *cb = ctx;
	struct dossier_speaker_row r;
	memset(&r, 0, sizeof r);
	r.speaker = col_str(s, 0);
	r.kind = col_str(s, 1);
	r.quotes = (unsigned long)sqlite3_column_int64(s, 2);
	r.documents = (unsigned long)sqlite3_column_int64(s, 3);
	r.first_date = col_str(s, 4);
	r.last_date = col_str(s, 5);
	return cb->fn(cb->ud, &r);
}

static int sq_speakers(struct dossier_store *st,
		       int (*fn)(void *ud, const struct dossier_speaker_row *s), void *ud)
{
	sqlite3_stmt *s = prepare_text(st,
		"SELECT q.speaker, MAX(q.speaker_kind), COUNT(*), COUNT(DISTINCT q.doc), MIN(d.date),"
		" MAX(d.date) FROM quote q JOIN document d ON d.key = q.doc"
		" WHERE q.speaker IS NOT NULL AND q.speaker <> '' AND q.speaker_kind <> 'unnamed'"
		" GROUP BY q.speaker ORDER BY 3 DESC, 1");
	if (!s)
		return DOSSIER_E_DB;
	struct speaker_cb cb = {fn, ud};
	return rows(st, s, speaker_row, &cb, 1);
}

struct month_cb {
	int (*fn)(void *ud, const struct dossier_month_row *r);
	void *ud;
};

static int month_row(sqlite3_stmt *s, void *ctx)
{
	struct month_cb *cb = ctx;
	struct dossier_month_row r;
	r.month = col_str(s, 0);
	r.status = col_str(s, 1);
	r.entries = (unsigned long)sqlite3_column_int64(s, 2);
	r.pledged = (unsigned long long)sqlite3_column_int64(s, 3);
	r.delivered = (unsigned long long)sqlite3_column_int64(s, 4);
	return cb->fn(cb->ud, &r);
}

static int sq_timeline(struct dossier_store *st,
		       int (*fn)(void *ud, const struct dossier_month_row *m), void *ud)
{
	sqlite3_stmt *s = prepare_text(st,
		"SELECT CASE WHEN length(first_date) >= 7 THEN substr(first_date, 1, 7) END AS m,"
		" status, COUNT(*), COALESCE(SUM(pledged), 0), COALESCE(SUM(delivered), 0)"
		" FROM entry GROUP BY m, status ORDER BY m IS NULL, m, status");
	if (!s)
		return DOSSIER_E_DB;
	struct month_cb cb = {fn, ud};
	return rows(st, s, month_row, &cb, 1);
}

struct total_cb {
	int (*fn)(void *ud, const struct dossier_total_row *r);
	void *ud;
};

static int total_row(sqlite3_stmt *s, void *ctx)
{
	struct total_cb *cb = ctx;
	struct dossier_total_row r;
	memset(&r, 0, sizeof r);
	r.provider = col_str(s, 0);
	r.category = col_str(s, 1);
	r.entries = (unsigned long)sqlite3_column_int64(s, 2);
	r.pledged = (unsigned long)sqlite3_column_int64(s, 3);
	r.delivered = (unsigned long)sqlite3_column_int64(s, 4);
	r.pledged_units = (unsigned long long)sqlite3_column_int64(s, 5);
	r.delivered_units = (unsigned long long)sqlite3_column_int64(s, 6);
	return cb->fn(cb->ud, &r);
}

static int sq_totals(struct dossier_store *st,
		     int (*fn)(void *ud, const struct dossier_total_row *t), void *ud)
{
	sqlite3_stmt *s = prepare_text(st,
		"SELECT provider, category, COUNT(*), SUM(status IN ('pledged', 'delivered')),"
		" SUM(status = 'delivered'), COALESCE(SUM(pledged), 0), COALESCE(SUM(delivered), 0)"
		" FROM entry GROUP BY provider, category ORDER BY provider, category");
	if (!s)
		return DOSSIER_E_DB;
	struct total_cb cb = {fn, ud};
	return rows(st, s, total_row, &cb, 1);
}

struct dup_cb {
	int (*fn)(void *ud, const struct dossier_dup_row *r);
	void *ud;
};

static int dup_row(sqlite3_stmt *s, void *ctx)
{
	struct dup_cb *cb = ctx;
	struct dossier_dup_row r;
	r.original = col_str(s, 0);
	r.orig_title = col_str(s, 1);
	r.orig_date = col_str(s, 2);
	r.orig_outlet = col_str(s, 3);
	r.orig_url = col_str(s, 4);
	r.doc = col_str(s, 5);
	r.kind = col_str(s, 6);
	r.date = col_str(s, 7);
	r.outlet = col_str(s, 8);
	r.url = col_str(s, 9);
	r.title = col_str(s, 10);
	r.size = (unsigned long)sqlite3_column_int64(s, 11);
	return cb->fn(cb->ud, &r);
}

static int sq_dups(struct dossier_store *st, int (*fn)(void *ud, const struct dossier_dup_row *r),
		   void *ud)
{
	/* the original is the first stored document of the id a copy links to */
	sqlite3_stmt *s = prepare_text(st,
		"WITH link AS (SELECT key, doc, title, date, day, outlet, url,"
		"  CASE WHEN dup_of IS NOT NULL THEN 'copy' ELSE 'translation' END AS kind,"
		"  COALESCE(dup_of, translation_of) AS target FROM document"
		"  WHERE dup_of IS NOT NULL OR translation_of IS NOT NULL),"
		" size AS (SELECT target, COUNT(*) AS n FROM link GROUP BY target)"
		" SELECT l.target, o.title, o.date, o.outlet, o.url, l.doc, l.kind, l.date, l.outlet,"
		"  l.url, l.title, z.n FROM link l JOIN size z ON z.target = l.target"
		" LEFT JOIN document o ON o.key = (SELECT MIN(key) FROM document WHERE doc = l.target)"
		" ORDER BY z.n DESC, l.target, COALESCE(l.day, 2147483647), l.doc, l.key");
	if (!s)
		return DOSSIER_E_DB;
	struct dup_cb cb = {fn, ud};
	return rows(st, s, dup_row, &cb, 1);
}

const struct ds_store_ops ds_store_sqlite_ops = {
	.name = "sqlite",
	.open = sq_open,
	.close = sq_close,
	.begin = sq_begin,
	.commit = sq_commit,
	.rollback = sq_rollback,
	.doc_put = sq_doc_put,
	.quote_put = sq_quote_put,
	.aid_put = sq_aid_put,
	.stock_put = sq_stock_put,
	.mark_dirty = sq_mark_dirty,
	.mark_dirty_doc = sq_mark_dirty_doc,
	.sig_put = sq_sig_put,
	.bands_put = sq_bands_put,
	.band_candidates = sq_band_candidates,
	.sig_any = sq_sig_any,
	.set_links = sq_set_links,
	.tracker_version = sq_tracker_version,
	.dirty_list = sq_dirty_list,
	.mentions = sq_mentions,
	.entries_replace = sq_entries_replace,
	.entries = sq_entries,
	.entry_ids = sq_entry_ids,
	.evidence = sq_evidence,
	.quotes = sq_quotes,
	.sources = sq_sources,
	.search = sq_search,
	.counts = sq_counts,
	.check = sq_check,
	.open_readonly = sq_open_readonly,
	.data_version = sq_data_version,
	.document = sq_document,
	.doc_records = sq_doc_records,
	.documents = sq_documents,
	.entry = sq_entry,
	.latest = sq_latest,
	.speakers = sq_speakers,
	.timeline = sq_timeline,
	.totals = sq_totals,
	.dups = sq_dups,
};
