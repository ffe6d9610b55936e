/*
 * ds.h: the internal umbrella header of libdossier.
 *
 * Declares the utilities (memory, buffers, UTF-8, JSON writing, gzip), the
 * per-stage entry points (in_* readers, clean_* cleaning and segmentation,
 * ex_* extractors, out_* writers) and the structs they pass along. Internal
 * names are ds_<module>_<verb>; nothing here is exported from the library.
 */
#ifndef DS_H
#define DS_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "dossier.h"

#define DS_DEFAULT_MAX_DOC (32u << 20)
#define DS_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#if defined(__GNUC__)
#define DS_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define DS_NORETURN __attribute__((noreturn))
#else
#define DS_PRINTF(f, a)
#define DS_NORETURN
#endif

/* --- util_mem.c: allocation that aborts on exhaustion, and arenas ------ */

/* Out of memory ends the process here, in one place (STYLE.md §3). */
DS_NORETURN void ds_oom(void);
void *ds_xmalloc(size_t n);
void *ds_xcalloc(size_t n, size_t size);
void *ds_xrealloc(void *p, size_t n);
char *ds_xstrdup(const char *s);
char *ds_xstrndup(const char *s, size_t n);
/* Grows *p (an array of *cap elements of `size` bytes) to hold `need`. */
void ds_grow(void *pp, size_t *cap, size_t need, size_t size);

/* Fault injection for tests (dossier_fault_inject): the n-th event of a
 * kind from now (1-based) fails; 0 disables. A failed allocation aborts
 * through ds_oom; a failed read or write is an I/O error (EIO). */
enum { DS_FAULT_ALLOC, DS_FAULT_READ, DS_FAULT_WRITE, DS_FAULT_KINDS };
void ds_fault_set(int kind, unsigned long n);
int ds_fault_now(int kind);
void ds_fault_alloc_after(unsigned long n);

/* An arena: many small allocations that die together (one per document). */
struct ds_arena_block;
struct ds_arena {
	struct ds_arena_block *head;
};
void ds_arena_init(struct ds_arena *a);
void ds_arena_release(struct ds_arena *a);
void *ds_arena_alloc(struct ds_arena *a, size_t n);
char *ds_arena_strndup(struct ds_arena *a, const char *s, size_t n);
char *ds_arena_strdup(struct ds_arena *a, const char *s);
char *ds_arena_printf(struct ds_arena *a, const char *fmt, ...) DS_PRINTF(2, 3);

/* --- util_buf.c: growable byte buffers --------------------------------- */

struct ds_buf {
	char *ptr; /* always NUL-terminated once anything was added */
	size_t len, cap;
};
#define DS_BUF_INIT {NULL, 0, 0}
void ds_buf_init(struct ds_buf *b);
void ds_buf_release(struct ds_buf *b);
void ds_buf_reset(struct ds_buf *b);
void ds_buf_reserve(struct ds_buf *b, size_t extra);
void ds_buf_add(struct ds_buf *b, const void *p, size_t n);
static inline void ds_buf_addc(struct ds_buf *b, char c)
{
	if (b->len + 2 > b->cap)
		ds_buf_reserve(b, 1);
	b->ptr[b->len++] = c;
	b->ptr[b->len] = '\0';
}
void ds_buf_adds(struct ds_buf *b, const char *s);
/* The first position of u[i, end) whose byte is marked in stop[], or end:
 * a scan for rare bytes, four a step. */
static inline size_t ds_skip_until(const unsigned char *u, size_t i, size_t end,
				   const unsigned char stop[256])
{
	while (i + 4 <= end && !(stop[u[i]] | stop[u[i + 1]] | stop[u[i + 2]] | stop[u[i + 3]]))
		i += 4;
	while (i < end && !stop[u[i]])
		i++;
	return i;
}
/* Appends v in decimal (what "%" PRIu64 prints, without vsnprintf's cost). */
void ds_buf_addu(struct ds_buf *b, uint64_t v);
void ds_buf_addf(struct ds_buf *b, const char *fmt, ...) DS_PRINTF(2, 3);
void ds_buf_vaddf(struct ds_buf *b, const char *fmt, va_list ap);
void ds_buf_truncate(struct ds_buf *b, size_t len);
/* A 64-bit bijection that spreads every input bit over the output
 * (splitmix64's finaliser): hash tables' slots, hashes of short keys. */
static inline uint64_t ds_mix64(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	x ^= x >> 31;
	return x;
}
/* memmem, which C11 lacks: the first n-byte needle in hay, or NULL. */
const char *ds_memmem(const char *hay, size_t hlen, const char *needle, size_t n);
/* Hands the bytes to the caller (who frees them) and empties the buffer. */
char *ds_buf_detach(struct ds_buf *b, size_t *len);

/* --- util_hash.c: string -> uint32 map ---------------------------------- */

struct ds_map_slot;
struct ds_map {
	struct ds_map_slot *slots;
	size_t n, cap;
	struct ds_arena arena;
};
void ds_map_init(struct ds_map *m);
void ds_map_release(struct ds_map *m);
uint64_t ds_hash(const void *p, size_t len);
/* 1 and *value when key is in the map, else 0. */
int ds_map_get(const struct ds_map *m, const char *key, size_t len, uint32_t *value);
/* Adds key -> value; returns 1, or 0 (and the present value in *old) when
 * the key is there already. */
int ds_map_put(struct ds_map *m, const char *key, size_t len, uint32_t value, uint32_t *old);

/* --- util_ctype.h / util_utf8.c ----------------------------------------- */

#include "util_ctype.h"

/* Decodes one UTF-8 code point at s[0..len); returns its length in bytes
 * (1..4) and stores it in *cp, or returns 0 on an invalid sequence. */
size_t ds_utf8_decode_mb(const unsigned char *s, size_t len, uint32_t *cp);
static inline size_t ds_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
	/* ASCII, most of the text, without a call */
	if (len && s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	return ds_utf8_decode_mb(s, len, cp);
}
/* Encodes cp into out (4 bytes at least); returns the length. */
size_t ds_utf8_encode(uint32_t cp, char *out);
/* Counts the valid multi-byte UTF-8 sequences of s[0, n) in *multi and the
 * bytes outside any valid sequence in *bad (ASCII is neither); with
 * stop_at_multi, stops at the first valid multi-byte sequence. */
void ds_utf8_census(const char *s, size_t n, size_t *multi, size_t *bad, int stop_at_multi);
/* Length of the valid UTF-8 prefix of s. */
size_t ds_utf8_valid_prefix(const char *s, size_t len);
/* Appends s to b with every invalid sequence replaced by U+FFFD; returns the
 * number of replacements. NUL bytes are replaced too. */
size_t ds_utf8_repair(struct ds_buf *b, const char *s, size_t len);
/* Replaces C1 control characters (U+0080..U+009F, left by text decoded as
 * Latin-1 instead of Windows-1252) with the Windows-1252 characters they
 * stand for (U+0092 -> U+2019). Returns the number replaced (0: b unchanged). */
size_t ds_utf8_fix_c1(struct ds_buf *b);
/* The Windows-1252 character of a byte 0x80..0x9F (U+FFFD if none). */
uint32_t ds_cp1252_high(uint32_t c);
/* Number of code points in a valid UTF-8 string. */
size_t ds_utf8_count(const char *s, size_t len);
/* Appends the lower-case, accent-free ASCII folding of the code point cp
 * ("É" -> "e", "ß" -> "ss", "œ" -> "oe"); others are appended as UTF-8. */
void ds_fold_cp(struct ds_buf *b, uint32_t cp);
/* The same into out[0..4): returns the number of bytes (0 for a mark that
 * folds to nothing). */
size_t ds_fold_cp_to(uint32_t cp, char out[4]);
/* Is the folded word w[0, n) one that French elides before a vowel ("l",
 * "d", "qu", "jusqu")? */
int ds_fr_elided(const char *w, size_t n);
/* An ASCII letter or digit folded to lower case; 0 for every other byte. */
extern const unsigned char ds_word_byte[256];
/* ds_fold into a fixed array of cap bytes (NUL-terminated, truncated at a
 * code point); returns the length. */
size_t ds_fold_to(char *out, size_t cap, const char *s, size_t len);
/* The folded form of s (see ds_fold_cp), typographic apostrophes and dashes
 * mapped to ' and -, every run of white space to one space. */
void ds_fold(struct ds_buf *b, const char *s, size_t len);
/* Is cp white space (including NBSP, narrow NBSP, thin space)? */
int ds_cp_is_space_mb(uint32_t cp);
static inline int ds_cp_is_space(uint32_t cp)
{
	return cp < 0x80 ? ds_isspace((int)cp) : ds_cp_is_space_mb(cp);
}
/* Is cp a letter or digit (Latin, Greek, Cyrillic ranges and common marks)? */
int ds_cp_is_alnum_mb(uint32_t cp);
static inline int ds_cp_is_alnum(uint32_t cp)
{
	return cp < 0x80 ? ds_isalnum((int)cp) : ds_cp_is_alnum_mb(cp);
}
int ds_cp_is_upper(uint32_t cp);

/* --- util_json.c: JSON reading (json-c) and writing --------------------- */

struct json_object;
/* Parses s[0, len) as one JSON value (strict JSON, valid UTF-8, nothing
 * after the value but white space). Returns it (the caller frees it with
 * json_object_put) or NULL with a one-line reason in why. */
struct json_object *ds_json_parse(const char *s, size_t len, char *why, size_t cap);
/* The string of a JSON string value (NULL for any other value), its
 * length in *len when len is not NULL. */
const char *ds_json_string(struct json_object *o, size_t *len);
/* The member `key` of a JSON object, or NULL. */
struct json_object *ds_json_get(struct json_object *o, const char *key);

/* Appends s as a JSON string literal (quotes included); s must be UTF-8. */
void ds_json_str(struct ds_buf *b, const char *s, size_t len);
/* Appends s as a JSON string, or null when s is NULL. */
void ds_json_strz(struct ds_buf *b, const char *s);

/* --- util_gzip.c -------------------------------------------------------- */

/* Does buf start with the gzip magic? */
int ds_gzip_magic(const void *buf, size_t len);
/* Inflates every concatenated gzip member of src into out, at most `max`
 * bytes. Returns 0, DOSSIER_E_TOOBIG, or DOSSIER_E_FORMAT (corrupt or
 * truncated: what could be inflated is in out). */
int ds_gunzip(const void *src, size_t len, size_t max, struct ds_buf *out);

/* A streaming reader of a file that may be gzip-compressed (detected by its
 * magic bytes): reads decompressed bytes on demand, so WARC and JSONL inputs
 * of any size use constant memory. */
struct ds_stream;
int ds_stream_open(struct ds_stream **out, FILE *fp, int close_fp);
/* Reads up to n bytes; returns the count, 0 at the end, or a negative code. */
long ds_stream_read(struct ds_stream *s, void *p, size_t n);
/* Reads one line (without its '\n') into b, at most `max` bytes kept.
 * Returns 1 with a line, 0 at the end, DOSSIER_E_TOOBIG when the line was
 * longer (the rest of it is consumed), or another negative code. */
int ds_stream_getline(struct ds_stream *s, struct ds_buf *b, size_t max);
/* Is the stream gzip-compressed (by its magic bytes)? */
int ds_stream_is_gzip(const struct ds_stream *s);
/* Bytes consumed from the underlying file so far (compressed size). */
unsigned long long ds_stream_tell_raw(const struct ds_stream *s);
const char *ds_stream_error(const struct ds_stream *s);
void ds_stream_free(struct ds_stream *s);

/* --- kb_*.c: the knowledge base ------------------------------------------ */

/* Entity kinds are enum dossier_kind; forms are enum dossier_form. */
struct ds_entity {
	const char *id, *name;
	uint8_t kind;
	char gender;         /* people */
	uint8_t provider;    /* orgs: 0 no, 1 yes (NATO, EU), 2 stands for its state */
	uint8_t origin;      /* materiel: 0 other, 1 western, 2 soviet */
	int32_t state;       /* the entity it acts for (people, orgs), or -1 */
	int32_t family;      /* materiel: the broader system, or -1 */
	const char *category; /* materiel, categories: records.md category */
	const char *role;    /* roles: role kind id */
	int32_t of;          /* roles: the entity the role is of */
	uint32_t first_term, n_terms; /* roles: their terms in kb->terms */
	const char *given;   /* people: given names, folded, space-separated */
	const char *surname; /* people: the folded surname of the canonical name */
	int32_t alt;         /* metonyms: the second reading (Bruxelles: BEL), or -1 */
};

struct ds_term {
	int32_t person;
	int32_t role;       /* the role entity */
	int32_t start, end; /* yyyymmdd; end 99999999 while in office */
	uint8_t co;         /* a co-holder: may overlap another term */
};

/* One target of an alias: which entity, named how, in which languages. */
struct ds_target {
	int32_t entity;
	uint8_t form;
	uint8_t lang; /* bit 1 en, bit 2 fr */
	uint8_t ctx;  /* people's short_ctx forms: need a full mention first */
};

struct ds_alias {
	const char *text; /* folded */
	uint32_t len;
	uint32_t first, n; /* targets */
	uint8_t caps;      /* 1: a short acronym ("UN", "EU"): matches in capitals
			    * only; 2: a title that is a common phrase in lower case
			    * ("Le Monde", "The Times"): its words capitalised */
};

/* outlets.tsv: a news outlet, its web domains and who controls it. */
struct ds_outlet {
	const char *id, *name, *country, *affiliation; /* yes, public, no */
};

struct dossier_kb {
	struct ds_arena arena;
	struct ds_outlet *outlets;
	size_t n_outlets, cap_outlets;
	struct ds_map outlet_ix; /* folded name, alias or domain -> outlet */
	struct ds_entity *ents;
	size_t n_ents, cap_ents;
	struct ds_alias *aliases;
	size_t n_aliases, cap_aliases;
	struct ds_target *targets;
	size_t n_targets, cap_targets;
	struct ds_term *terms;
	size_t n_terms, cap_terms;
	struct ds_map ids;     /* "kind:id" -> entity (while loading) */
	struct ds_map alias_ix; /* folded alias -> alias index (while loading) */
	void *db;              /* hs_database_t */
	void *build;           /* loading state, freed by ds_kb_finish */
	size_t counts[5];
};

/* kb_load.c: loads one TSV file's bytes into kb (the fuzz entry point);
 * `name` is the file name and decides the format. `strict` adds the checks
 * of `dossier kb check`. Returns the number of problems reported. */
int ds_kb_load_file(struct dossier_kb *kb, const char *name, const char *buf, size_t len,
		    int strict, dossier_diag_fn diag, void *ud);
struct dossier_kb *ds_kb_new(void);
/* After all files: flattens the alias tables and compiles the matcher.
 * Returns the number of problems. */
int ds_kb_finish(struct dossier_kb *kb, int strict, const char *cache_dir, dossier_diag_fn diag,
		 void *ud);
/* Parses YYYY[-MM[-DD]] into yyyymmdd (missing parts: mid-period). */
int32_t ds_kb_date(const char *s);
/* The outlet a name, alias, domain or URL host names, or NULL. */
const struct ds_outlet *ds_kb_outlet(const struct dossier_kb *kb, const char *s);
/* The static records.md category string equal to s, or NULL. */
const char *ds_kb_category(const char *s);
/* The i-th knowledge-base file name, in loading order, or NULL. */
const char *ds_kb_file_name(size_t i);
void ds_kb_free(struct dossier_kb *kb);

/* kb_match.c: the matcher over folded text. */
struct ds_match {
	uint32_t start, end; /* original text offsets */
	uint32_t alias;
	uint32_t fstart;     /* folded offsets, for context checks */
	uint32_t fend;
	const char *prep;    /* static folded preposition/article before it */
};
struct ds_matcher; /* per-handle scratch */
/* Builds the matcher (`cache_dir` is ignored: building takes milliseconds). */
int ds_kb_compile(struct dossier_kb *kb, const char *cache_dir, char *err, size_t errlen);
void ds_kb_free_db(struct dossier_kb *kb);
struct ds_matcher *ds_matcher_new(const struct dossier_kb *kb);
void ds_matcher_free(struct ds_matcher *m);
/* Finds the alias matches of text[0..len) (valid UTF-8), leftmost-longest,
 * non-overlapping, on word boundaries. The array belongs to the matcher and
 * is valid until the next call. */
size_t ds_kb_scan(struct ds_matcher *m, const char *text, size_t len,
		  const struct ds_match **out);
/* The folded text of the last scan, and the original offset of folded
 * offset i, where i is the start of a word or its end (the space after it):
 * the offsets in between are not kept. */
const char *ds_matcher_folded(const struct ds_matcher *m, size_t *len);
uint32_t ds_matcher_orig(const struct ds_matcher *m, size_t i);
/* The alias that is exactly the one folded word w[0, n) ("austin"), or
 * UINT32_MAX. */
uint32_t ds_kb_word_alias(const struct dossier_kb *kb, const char *w, size_t n);

/* kb_resolve.c: matches -> resolved mentions of a document. */
struct ds_mention {
	uint32_t start, end;
	int32_t entity;  /* the entity named; for roles the role entity */
	int32_t person;  /* roles: the holder at the date, or -1 */
	uint8_t form;
	const char *prep;
	uint32_t sent;   /* sentence index */
};
/* Resolves the matches of doc->text into doc->mentions (date: yyyymmdd or
 * 0 when unknown). */
void ds_kb_resolve(struct dossier *ds, struct dossier_doc *doc, int32_t date);
void ds_mention_public(const struct dossier_kb *kb, const struct ds_mention *in,
		       struct dossier_mention *out);

/* --- ex_*.c: records ------------------------------------------------------ */

/* records.md "quote". */
enum { DS_SPK_UNNAMED = 0, DS_SPK_PERSON, DS_SPK_ORG };
struct ds_quote {
	uint32_t start, end;        /* the words inside the marks */
	int32_t speaker;            /* entity (person or organisation), or -1 */
	const char *speaker_name;   /* a person not in the knowledge base, or NULL */
	uint8_t speaker_kind;       /* DS_SPK_* */
	uint32_t cue_start, cue_end; /* the reporting words, or 0, 0 */
};

/* records.md "aid". */
enum ds_action {
	DS_ACT_REQUEST = 1, DS_ACT_PLEDGE, DS_ACT_DELIVER, DS_ACT_CONSIDER, DS_ACT_REFUSE,
	DS_ACT_BACKFILL
};
struct ds_aid {
	uint8_t action;        /* enum ds_action */
	int32_t provider;      /* entity: a state, NATO or the EU */
	int32_t recipient;     /* entity (Ukraine), or -1 */
	int32_t item;          /* materiel entity, or -1 */
	const char *category;  /* records.md category (static) */
	long long quantity;    /* -1 when not a count */
	double amount;         /* < 0 when no money */
	const char *currency;  /* ISO 4217 (static), or NULL */
	int32_t beneficiary;   /* backfill: the state whose stock is replaced */
	int32_t replaces;      /* backfill: the materiel it gave away, or -1 */
	char date[11];         /* YYYY[-MM[-DD]] or "" */
	uint32_t sent;         /* the evidence sentence */
	int32_t at;            /* the unit of the sentence view its item (or party) is
				* at, -1 unknown: which of the sentence's dates is its */
};

/* records.md "stock". */
enum ds_level { DS_LEVEL_DEPLETED = 1, DS_LEVEL_LOW, DS_LEVEL_ADEQUATE };
struct ds_stock {
	int32_t holder;        /* state entity */
	int32_t item;          /* materiel entity, or -1 */
	const char *category;
	uint8_t level;         /* enum ds_level */
	uint32_t sent;
};

/* ex_quote.c: doc->quotes from doc->text and doc->mentions. */
void ds_extract_quotes(struct dossier *ds, struct dossier_doc *doc);
/* ex_aid.c: doc->aid and doc->stock from sentences and mentions. */
void ds_extract_aid(struct dossier *ds, struct dossier_doc *doc);
struct ds_aid_work;
void ds_aid_work_free(struct ds_aid_work *w);

/* --- the handle --------------------------------------------------------- */

struct dossier {
	struct dossier_options opts;
	const struct dossier_kb *kb;
	struct dossier_kb *own_kb;
	struct ds_matcher *matcher;
	struct ds_dedup *dedup;
	struct ds_aid_work *aid_work; /* the aid stage's scratch, kept between documents */
	char errmsg[256];
};

/* Reports a problem with an input to the diagnostic callback. */
void ds_diag(struct dossier *ds, const char *input, int fatal, const char *fmt, ...)
	DS_PRINTF(4, 5);
void ds_set_error(struct dossier *ds, const char *fmt, ...) DS_PRINTF(2, 3);

/* --- documents ---------------------------------------------------------- */

struct ds_span {
	uint32_t start, end; /* [start, end) bytes of the clean text */
};

/* The processed document (opaque in dossier.h). Everything it points to
 * lives in its arena or its buffers and dies with dossier_doc_free. */
struct dossier_doc {
	struct ds_arena arena;
	const char *id, *input, *title, *url, *date, *lang, *credited_source;
	const char *dup_of, *translation_of;
	const struct ds_outlet *outlet; /* the credited outlet, else the URL's */
	struct ds_buf text; /* the clean text: paragraphs separated by '\n' */
	size_t chars;       /* code points in text */
	const char **removed;
	size_t n_removed, cap_removed;
	struct ds_span *paras;
	size_t n_paras, cap_paras;
	struct ds_span *sents;
	uint32_t *sent_para; /* paragraph index of each sentence */
	size_t n_sents, cap_sents;
	struct ds_mention *mentions;
	size_t n_mentions, cap_mentions;
	struct ds_quote *quotes;
	size_t n_quotes, cap_quotes;
	struct ds_aid *aid;
	size_t n_aid, cap_aid;
	struct ds_stock *stock;
	size_t n_stock, cap_stock;
	const struct dossier_kb *kb; /* the base the mentions point into */
	uint32_t dedup_ix;           /* 1 + its index in the run's dedup state */
	struct ds_dedup_prep *dedup_prep; /* fingerprints awaiting ds_dedup_doc */
};

/* --- in_*.c: bytes -> raw document text --------------------------------- */

/* A document's body as lines of text, ready for cleaning; produced by the
 * txt and html readers. Strings are owned by the doc's arena or buffers. */
struct ds_page {
	struct ds_buf body; /* UTF-8 text, one block (paragraph) per line */
	const char *title, *date, *url, *lang;
	const char *bylines; /* HTML: the bylines dropped from the text, one per
			      * line, read for the outlet they credit, or NULL */
};

/* in_txt.c: a .txt file's bytes (already valid UTF-8) -> title, leading
 * " date" marker, body lines. `title_in_body`: first line is the title. */
void ds_txt_parse(struct dossier_doc *doc, const char *s, size_t len,
		  int title_in_body, struct ds_page *page);

/* in_html.c: an HTML page -> main text (blocks separated by '\n'), title,
 * date, canonical URL, language attribute. `charset` is the HTTP charset or
 * NULL. Strings are allocated in doc->arena. Returns 0, or DOSSIER_E_FORMAT
 * when nothing could be parsed. */
/* Sets up the HTML parser's global state: called by dossier_new, before
 * any thread of a pool parses a page. */
void ds_html_init(void);
int ds_html_extract(struct dossier_doc *doc, const char *html, size_t len,
		    const char *charset, struct ds_page *page);

/* in_reader.c: opening inputs and walking folders; the per-format record
 * parsers below plug in. One reader holds one record at a time. */
struct dossier_reader {
	struct dossier *ds;
	char *path;        /* the input's name for diagnostics */
	char *base;        /* file name without extensions: the doc id */
	enum dossier_format fmt;
	struct ds_stream *st;
	int done;
	size_t skipped;
	unsigned long line; /* JSONL: current line number */
	struct dossier_raw raw;
	struct ds_buf rec;   /* the current record's bytes */
	struct ds_buf body;  /* the current body (decoded) */
	struct ds_arena arena; /* per-record strings, reset by each next */
};

/* in_jsonl.c: the next article of a JSONL input; same contract as
 * dossier_reader_next. */
int ds_jsonl_next(struct dossier_reader *r);
/* Parses one JSONL line into r->raw (strings in r->arena); returns 1, or 0
 * when the line is blank, or a negative code after a diagnostic. */
int ds_jsonl_parse(struct dossier_reader *r, const char *line, size_t len);

/* in_warc.c: the next HTML response record of a WARC input. */
int ds_warc_next(struct dossier_reader *r);
/* Decodes an HTTP response (status line, headers, body) held in `msg`:
 * strips the headers, undoes chunked transfer and gzip/deflate content
 * encoding into `body`, and returns the media type and charset (in arena).
 * Returns 0 or a negative code with *why set. */
int ds_http_decode(struct ds_arena *a, const char *msg, size_t len, size_t max,
		   struct ds_buf *body, const char **mime, const char **charset,
		   const char **why);

/* --- clean_*.c: raw text -> clean text ---------------------------------- */

/* clean_boiler.c: copies the body lines of `page` into doc->text, dropping
 * boilerplate lines (listed in doc->removed) and finding the credited
 * outlet. Collapses runs of white space inside lines. */
void ds_clean_body(struct dossier_doc *doc, const char *body, size_t len);
/* Classifies one line (folded form): 0 keep, 1 drop, 2 drop it and the next
 * line when that is a headline (a "Lire aussi :" with nothing after it). */
int ds_boiler_line(const char *folded, size_t len);

/* clean_sentence.c: paragraphs and sentences of doc->text. */
void ds_segment(struct dossier_doc *doc);
/* The end of the sentence starting at s[start] within [start, end); used by
 * ds_segment and exposed for tests and fuzzing. */
size_t ds_sentence_end(const char *s, size_t start, size_t end);

/* clean_dedup.c: near-duplicate and translated copies within a run. */
struct ds_dedup;
struct ds_dedup *ds_dedup_new(void);
/* Computes what the fingerprints of doc need from the document alone
 * (thread-safe: the worker threads of a pool call it); ds_dedup_doc then
 * uses and frees it. */
struct ds_dedup_prep;
void ds_dedup_prepare(struct dossier_doc *doc);
void ds_dedup_prep_free(struct ds_dedup_prep *pr);
void ds_dedup_free(struct ds_dedup *d);
/* Fingerprints doc, links it to an earlier copy (doc->dup_of) or an
 * earlier original in another language (doc->translation_of), and indexes
 * it for the documents after it. */
void ds_dedup_doc(struct ds_dedup *d, struct dossier_doc *doc);
/* Sets doc->dup_of and translation_of from the clusters as they are now;
 * called when the record is written. */
void ds_dedup_links(struct ds_dedup *d, struct dossier_doc *doc);
/* The MinHash signature (DS_DEDUP_SIG values) and LSH band keys
 * (DS_DEDUP_BANDS) of a document of the run, for the store: 1, or 0 when it
 * has none (no prose). */
#define DS_DEDUP_SIG 64
#define DS_DEDUP_BANDS 16
#define DS_DEDUP_J 0.5 /* the estimated Jaccard that makes a copy */
int ds_dedup_fingerprint(struct ds_dedup *d, const struct dossier_doc *doc, uint32_t *sig,
			 uint64_t *bands);
/* Records the store key of a document of the run; when its dup_of points
 * to a copy written before it that is in fact later (this document is the
 * original), returns that copy's key (0 otherwise), so that the store can
 * turn the link round. */
long long ds_dedup_reversed(struct ds_dedup *d, const struct dossier_doc *doc, long long key);
/* 1 when the store key is that of a document of the run (recorded by
 * ds_dedup_reversed): a document this run compared with every later one
 * in memory already. */
int ds_dedup_of_run(const struct ds_dedup *d, long long key);
/* Whether `store` held documents of earlier runs when this run first wrote
 * to it: 1, 0, or -1 when not known yet (and the setter). */
int ds_dedup_store_earlier(const struct ds_dedup *d, const void *store);
void ds_dedup_set_store_earlier(struct ds_dedup *d, const void *store, int earlier);
/* Estimated Jaccard similarity of two signatures. */
double ds_dedup_similarity(const uint32_t *a, const uint32_t *b);

/* --- ex_*.c: clean text -> facts ---------------------------------------- */

/* kb_resolve.c: Levenshtein distance of two short folded words, capped at
 * 3. */
int ds_edit_distance(const char *a, size_t na, const char *b, size_t nb);

/* ex_lang.c / lang_cld2.cc */
const char *ds_lang_detect(const char *text, size_t len);
/* The same, and *sure set when CLD2 finds the text reliable and nearly all
 * of one language. */
const char *ds_lang_detect_sure(const char *text, size_t len, int *sure);
/* The C++ shim over CLD2: fills up to 3 languages (ISO codes, static
 * strings) with their percentages; returns the number of bytes scored. */
int ds_cld2_detect(const char *text, int len, const char **lang, int *percent,
		   int *reliable);

/* ex_pubdate.c: the publication date, as precise as the evidence allows:
 * from metadata (`meta`, any format), else a dateline or a weekday with day
 * and month in the first paragraphs. `ref` is a date known to be at or after
 * publication (crawl date), or NULL. Result in doc->arena, or NULL. */
const char *ds_pubdate(struct dossier_doc *doc, const char *meta, const char *ref);
/* Parses a date in a common machine or human format ("2023-01-14T10:00Z",
 * "14 janvier 2023", "January 14, 2023", "14/01/2023") into YYYY[-MM[-DD]] in
 * out (11 bytes); returns the precision (1 year, 2 month, 3 day) or 0. */
int ds_date_parse(const char *s, size_t len, char out[11]);
/* Day of week of a civil date, 0 = Monday. */
int ds_weekday(int y, int m, int d);
int ds_days_in_month(int y, int m);

/* ex_credit.c: the outlet a line credits ("La source: www.rt.com" ->
 * "rt.com", "PARIS (Reuters) -" -> "Reuters"), or NULL. `*whole` is set when
 * the line is nothing but the credit ("Source: AFP") and can be dropped. */
/* The host of a line that is only a link ("https://www.rt.com/news/..." ->
 * "rt.com"), or NULL: the outlet after a "Source link" line. */
const char *ds_credit_link(struct dossier_doc *doc, const char *line, size_t len);
const char *ds_credit_line(struct dossier_doc *doc, const char *line, size_t len,
			   int *whole);
/* The outlet of a copyright line ("Copyright 2023 The Associated Press. All
 * rights reserved." -> "Associated Press"), when the knowledge base knows
 * it, or NULL. */
const char *ds_credit_copyright(struct dossier_doc *doc, const char *line, size_t len);

/* --- out_jsonl.c ------------------------------------------------------- */

struct ds_out_ctx; /* what one document's records repeat (out_jsonl.c) */
void ds_out_document(struct ds_buf *b, const struct dossier_doc *doc, int want_text,
		     struct ds_out_ctx *cx);
void ds_out_quote(struct ds_buf *b, const struct dossier_doc *doc, const struct ds_quote *q,
		  struct ds_out_ctx *cx);
void ds_out_aid(struct ds_buf *b, const struct dossier_doc *doc, const struct ds_aid *a,
		struct ds_out_ctx *cx);
void ds_out_stock(struct ds_buf *b, const struct dossier_doc *doc, const struct ds_stock *k,
		  struct ds_out_ctx *cx);

/* --- doc.c --------------------------------------------------------------- */

void ds_doc_add_removed(struct dossier_doc *doc, const char *s, size_t len);

#endif
