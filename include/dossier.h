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
	const char *cache_dir; /* where compiled data may be cached, or NULL */
	dossier_diag_fn diag; /* NULL = diagnostics are dropped */
	void *diag_ud;
	int want_text; /* put the clean text in document records (--text) */
	unsigned records; /* DOSSIER_REC_* to emit; 0 = all. Without quote, aid
			   * and stock records no knowledge base is needed. */
	/* A loaded knowledge base to use (shared, not freed with the handle);
	 * when NULL, dossier_new loads the one in kb_dir. */
	const struct dossier_kb *kb;
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

/* Writes the records of `doc` as JSONL (records.md) to `fp`. Returns 0 or
 * DOSSIER_E_IO. */
DOSSIER_API int dossier_doc_write_jsonl(struct dossier *ds,
					const struct dossier_doc *doc, FILE *fp);

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
 * is missing or invalid (every problem has been reported). `cache_dir`, when
 * not NULL, is a writable folder where the compiled matcher is cached
 * (compiling takes about half a second; loading from the cache, a few
 * milliseconds). The base is immutable: any number of handles and threads
 * may share it. */
DOSSIER_API int dossier_kb_load(const char *dir, const char *cache_dir,
				struct dossier_kb **out, dossier_diag_fn diag, void *ud);
DOSSIER_API void dossier_kb_free(struct dossier_kb *kb);
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

/* The language of a UTF-8 text as an ISO 639-1 code ("fr", "en", "de", ...)
 * or NULL when it cannot be told reliably (too short, mixed, unknown). */
DOSSIER_API const char *dossier_lang_detect(const char *text, size_t len);

#ifdef __cplusplus
}
#endif
#endif
