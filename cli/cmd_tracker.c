/*
 * cmd_tracker.c: the commands that read the store: `dossier tracker`
 * (entries, filtered), `quotes`, `evidence ENTRY`, `sources`, `export`
 * (Kiel tracker columns) and `search` (full text). Each prints an aligned
 * table (the default), CSV or JSONL. Names in filters are resolved through
 * the knowledge base in either language ("Allemagne" -> Germany). Exit 0,
 * 1 when the database failed, 2 usage (and an unknown entry id).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

enum fmt { FMT_TABLE, FMT_CSV, FMT_JSONL };

/* --- output helpers ---------------------------------------------------------- */

/* A table buffered until its column widths are known. */
struct table {
	size_t ncol;
	size_t max; /* code points shown of a cell; 0: CELL_MAX */
	char **cells; /* row-major, NULL-free */
	size_t n, cap;
};

static char *xstrdup(const char *s)
{
	char *p = strdup(s ? s : "");
	if (!p) {
		cli_error("out of memory");
		exit(1);
	}
	return p;
}

static void table_add(struct table *t, const char *const *row)
{
	if (t->n + t->ncol > t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64 * t->ncol;
		while (t->cap < t->n + t->ncol)
			t->cap *= 2;
		t->cells = realloc(t->cells, t->cap * sizeof *t->cells);
		if (!t->cells) {
			cli_error("out of memory");
			exit(1);
		}
	}
	for (size_t i = 0; i < t->ncol; i++)
		t->cells[t->n++] = xstrdup(row[i]);
}

#define CELL_MAX 40 /* code points shown of a cell in a table */

/* Code points of a UTF-8 string, up to `max`; *bytes gets the bytes they
 * take. */
static size_t cp_prefix(const char *s, size_t max, size_t *bytes)
{
	size_t n = 0, i = 0;
	while (s[i] && n < max) {
		i++;
		while (((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		n++;
	}
	*bytes = i;
	return n;
}

static size_t cell_width(const char *s, size_t max)
{
	size_t b, n = cp_prefix(s, max + 1, &b);
	return n > max ? max : n;
}

/* Prints a cell: control characters (a terminal would obey them) as
 * spaces, cut at `max` code points with an ellipsis. */
static void put_cell(const char *s, size_t max, size_t pad)
{
	size_t b, n = cp_prefix(s, max + 1, &b);
	if (n > max)
		cp_prefix(s, max - 1, &b);
	for (size_t i = 0; i < b; i++)
		putchar((unsigned char)s[i] < 0x20 || s[i] == 0x7f ? ' ' : s[i]);
	if (n > max) {
		fputs("\xE2\x80\xA6", stdout);
		n = max;
	}
	for (size_t i = n; i < pad; i++)
		putchar(' ');
}

static void table_print(struct table *t, const int *right)
{
	size_t max = t->max ? t->max : CELL_MAX;
	size_t *w = calloc(t->ncol, sizeof *w);
	if (!w)
		exit(1);
	for (size_t i = 0; i < t->n; i++) {
		size_t cw = cell_width(t->cells[i], max);
		if (cw > w[i % t->ncol])
			w[i % t->ncol] = cw;
	}
	for (size_t i = 0; i < t->n; i++) {
		size_t c = i % t->ncol;
		int last = c + 1 == t->ncol;
		size_t cw = cell_width(t->cells[i], max);
		if (right && right[c])
			for (size_t k = cw; k < w[c]; k++)
				putchar(' ');
		put_cell(t->cells[i], max, right && right[c] ? 0 : last ? 0 : w[c]);
		fputs(last ? "\n" : "  ", stdout);
	}
	for (size_t i = 0; i < t->n; i++)
		free(t->cells[i]);
	free(t->cells);
	free(w);
	t->cells = NULL;
	t->n = t->cap = 0;
}

static void csv_field(const char *s)
{
	if (!s)
		return;
	if (!strpbrk(s, ",\"\r\n")) {
		fputs(s, stdout);
		return;
	}
	putchar('"');
	for (; *s; s++) {
		if (*s == '"')
			putchar('"');
		putchar(*s);
	}
	putchar('"');
}

static void csv_row(const char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			putchar(',');
		csv_field(v[i]);
	}
	putchar('\n');
}

static void json_str(const char *s)
{
	if (!s) {
		fputs("null", stdout);
		return;
	}
	putchar('"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': fputs("\\\"", stdout); break;
		case '\\': fputs("\\\\", stdout); break;
		case '\n': fputs("\\n", stdout); break;
		case '\r': fputs("\\r", stdout); break;
		case '\t': fputs("\\t", stdout); break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				printf("\\u%04x", *p);
			else
				putchar(*p);
		}
	}
	putchar('"');
}

static void json_key(const char *k, int first)
{
	printf("%s\"%s\":", first ? "" : ",", k);
}

static void json_num(long long v)
{
	if (v < 0)
		fputs("null", stdout);
	else
		printf("%lld", v);
}

static void json_amount(double v)
{
	if (v < 0)
		fputs("null", stdout);
	else
		printf("%.0f", v);
}

/* "a; b; c" -> ["a","b","c"]; sep splits */
static void json_list(const char *s, const char *sep)
{
	putchar('[');
	size_t sl = strlen(sep);
	for (int first = 1; s && *s; first = 0) {
		const char *e = strstr(s, sep);
		size_t n = e ? (size_t)(e - s) : strlen(s);
		char *part = malloc(n + 1);
		if (!part)
			exit(1);
		memcpy(part, s, n);
		part[n] = '\0';
		if (!first)
			putchar(',');
		json_str(part);
		free(part);
		s = e ? e + sl : s + n;
	}
	putchar(']');
}

static char *fmt_num(char *buf, size_t n, long long v)
{
	if (v < 0)
		buf[0] = '\0';
	else
		snprintf(buf, n, "%lld", v);
	return buf;
}

static char *fmt_amount(char *buf, size_t n, double v)
{
	if (v < 0)
		buf[0] = '\0';
	else
		snprintf(buf, n, "%.0f", v);
	return buf;
}

/* --- common options ------------------------------------------------------------- */

struct common {
	const char *db, *kb;
	enum fmt fmt;
	struct dossier_filter f;
	struct dossier *ds; /* for name resolution, made when needed */
	struct dossier_store *st;
	const char *entry_prefix;
	size_t limit;
};

static int parse_format(const char *arg, enum fmt *out, int table_ok)
{
	if (!strcmp(arg, "csv"))
		*out = FMT_CSV;
	else if (!strcmp(arg, "jsonl"))
		*out = FMT_JSONL;
	else if (table_ok && !strcmp(arg, "table"))
		*out = FMT_TABLE;
	else
		return -1;
	return 0;
}

/* Parses the options of self shared by the query commands. Returns 0, 1
 * after --help, 2 on a usage error. */
static int parse_common(const struct cli_cmd *self, int argc, char **argv, struct common *c,
			int table_ok)
{
	const char *arg;
	const char *name;
	int status, more;
	while ((more = cli_option(argc, argv, self, &name, &arg, &status)) > 0) {
		if (!strcmp(name, "db")) {
			c->db = arg;
		} else if (!strcmp(name, "kb")) {
			c->kb = arg;
		} else if (!strcmp(name, "format")) {
			if (parse_format(arg, &c->fmt, table_ok) < 0) {
				cli_error("--format: '%s' is not %s", arg,
					  table_ok ? "table, csv or jsonl" : "csv or jsonl");
				return 2;
			}
		} else if (!strcmp(name, "provider")) {
			c->f.provider = arg;
		} else if (!strcmp(name, "item")) {
			c->f.item = arg;
		} else if (!strcmp(name, "category")) {
			c->f.category = arg;
		} else if (!strcmp(name, "status")) {
			c->f.status = arg;
		} else if (!strcmp(name, "since")) {
			c->f.since = arg;
		} else if (!strcmp(name, "until")) {
			c->f.until = arg;
		} else if (!strcmp(name, "speaker")) {
			c->f.speaker = arg;
		} else if (!strcmp(name, "search")) {
			c->f.search = arg;
		} else if (!strcmp(name, "limit")) {
			char *end;
			unsigned long v = strtoul(arg, &end, 10);
			if (end == arg || *end || v == 0) {
				cli_error("--limit: '%s' is not a positive number", arg);
				return 2;
			}
			c->limit = v;
		}
	}
	if (more < 0)
		return status ? status : 1;
	return 0;
}

static int kb_handle(struct common *c)
{
	if (c->ds)
		return 0;
	struct dossier_options o;
	struct cli_counts counts = {0, 0};
	memset(&o, 0, sizeof o);
	o.kb_dir = cli_kb_dir(c->kb);
	o.diag = cli_diag;
	o.diag_ud = &counts;
	char err[512];
	if (dossier_new(&o, &c->ds, err, sizeof err) < 0) {
		cli_error("%s", err);
		return -1;
	}
	return 0;
}

/* Resolves what the user typed for option `want` to a canonical name
 * (kept in `buf`); what the knowledge base does not know is used as it
 * is. An item that names a category ("chars") becomes a category filter. */
static int resolve(struct common *c, int want, const char **value, char *buf, size_t cap)
{
	if (!*value)
		return 0;
	/* a category as written needs no knowledge base */
	int r = dossier_resolve_filter(NULL, want, *value, buf, cap);
	if (!r) {
		if (kb_handle(c) < 0)
			return -1;
		r = dossier_resolve_filter(c->ds, want, *value, buf, cap);
	}
	if (r == DOSSIER_FILTER_NAME || (r == DOSSIER_FILTER_CATEGORY && want == 'c')) {
		*value = buf;
	} else if (r == DOSSIER_FILTER_CATEGORY && want == 'i' && !c->f.category) {
		c->f.category = buf;
		*value = NULL;
	}
	return 0;
}

static int open_store(struct common *c)
{
	char err[600];
	/* a query never makes a database: a mistyped --db is an error */
	if (access(c->db, F_OK) != 0) {
		cli_error("no database '%s' (dossier ingest makes one)", c->db);
		return -1;
	}
	if (dossier_store_open(c->db, &c->st, err, sizeof err) < 0) {
		cli_error("%s", err);
		return -1;
	}
	return 0;
}

static void close_common(struct common *c)
{
	dossier_store_close(c->st);
	dossier_free(c->ds);
}

/* Exit status of a query's result: 0, 1 database, 2 usage. */
static int query_status(struct common *c, int rc)
{
	if (rc >= 0)
		return 0;
	cli_error("%s", dossier_store_errmsg(c->st));
	return rc == DOSSIER_E_USAGE ? 2 : 1;
}

/* What a query command does first: its options, then its arguments:
 * `args` is ARGS_NONE, ARGS_ONE or ARGS_SOME (one or more). `kiel`: the
 * export, CSV only. Returns -1 to go on, else the exit status. */
enum { ARGS_NONE, ARGS_ONE, ARGS_SOME };
static int begin(const char *cmdname, int argc, char **argv, struct common *c, int args, int kiel)
{
	const struct cli_cmd *self = cli_find(cmdname);
	memset(c, 0, sizeof *c);
	c->db = "dossier.db";
	if (kiel)
		c->fmt = FMT_CSV;
	int rc = parse_common(self, argc, argv, c, !kiel);
	if (rc)
		return rc == 1 ? 0 : rc;
	int n = argc - optind;
	if ((args == ARGS_NONE && n) || (args == ARGS_ONE && n != 1) || (args == ARGS_SOME && !n)) {
		if (n && args == ARGS_NONE)
			cli_error("%s: unexpected argument '%s'; usage: dossier %s %s", cmdname,
				  argv[optind], cmdname, self->usage);
		else
			cli_error("%s: %s; usage: dossier %s %s", cmdname,
				  args == ARGS_ONE ? "say one entry id" : "no words", cmdname,
				  self->usage);
		return 2;
	}
	return -1;
}

/* --- tracker ------------------------------------------------------------------------ */

struct entries_out {
	enum fmt fmt;
	struct table t;
	int kiel;
};

static const char *conflict_names(unsigned c, char *buf, size_t n)
{
	snprintf(buf, n, "%s%s%s%s%s", c & DOSSIER_CONFLICT_PLEDGED ? "pledged" : "",
		 (c & DOSSIER_CONFLICT_PLEDGED) && (c & (DOSSIER_CONFLICT_DELIVERED | DOSSIER_CONFLICT_AMOUNT)) ? " " : "",
		 c & DOSSIER_CONFLICT_DELIVERED ? "delivered" : "",
		 (c & DOSSIER_CONFLICT_DELIVERED) && (c & DOSSIER_CONFLICT_AMOUNT) ? " " : "",
		 c & DOSSIER_CONFLICT_AMOUNT ? "amount" : "");
	return buf;
}

static void entry_jsonl(const struct dossier_entry *e)
{
	char cb[64];
	json_key("id", 1), json_str(e->id);
	json_key("provider", 0), json_str(e->provider);
	json_key("item", 0), json_str(e->item);
	json_key("family", 0), json_str(e->family);
	json_key("category", 0), json_str(e->category);
	json_key("status", 0), json_str(e->status);
	json_key("beneficiary", 0), json_str(e->beneficiary);
	json_key("replaces", 0), json_str(e->replaces);
	json_key("pledged", 0), json_num(e->pledged);
	printf(",\"pledged_values\":[%s]", e->pledged_all ? e->pledged_all : "");
	json_key("delivered", 0), json_num(e->delivered);
	printf(",\"delivered_values\":[%s]", e->delivered_all ? e->delivered_all : "");
	json_key("amount", 0), json_amount(e->amount);
	json_key("currency", 0), json_str(e->currency);
	json_key("amount_values", 0), json_list(e->amount_all, ",");
	json_key("conflicts", 0), json_list(conflict_names(e->conflicts, cb, sizeof cb), " ");
	json_key("first_date", 0), json_str(e->first_date);
	json_key("last_date", 0), json_str(e->last_date);
	printf(",\"mentions\":%lu,\"sources\":%lu", e->n_mentions, e->n_sources);
	json_key("source_docs", 0), json_list(e->sources, "; ");
	fputs("}\n", stdout);
}

static int on_entry(void *ud, const struct dossier_entry *e)
{
	struct entries_out *o = ud;
	char p[32], d[32], a[48], m[24], s[24], cb[64];
	if (o->kiel) {
		/* the Kiel Ukraine Support Tracker's columns (dossier-export(1)) */
		const char *row[] = {e->provider, e->first_date, e->status, e->item, e->category,
				     fmt_num(p, sizeof p, e->pledged), fmt_num(d, sizeof d, e->delivered),
				     fmt_amount(a, sizeof a, e->amount), e->currency, e->sources};
		if (o->fmt == FMT_CSV) {
			csv_row(row, 10);
		} else {
			static const char *const keys[] = {"donor", "announcement_date", "measure",
							   "item", "item_type", "item_numb",
							   "item_numb_deliv", "value", "currency",
							   "sources"};
			putchar('{');
			for (int i = 0; i < 10; i++) {
				json_key(keys[i], i == 0);
				if (i >= 5 && i <= 7)
					fputs(row[i][0] ? row[i] : "null", stdout);
				else
					json_str(row[i]);
			}
			fputs("}\n", stdout);
		}
		return 0;
	}
	if (o->fmt == FMT_JSONL) {
		putchar('{');
		entry_jsonl(e);
		return 0;
	}
	fmt_num(p, sizeof p, e->pledged);
	fmt_num(d, sizeof d, e->delivered);
	snprintf(m, sizeof m, "%lu", e->n_mentions);
	snprintf(s, sizeof s, "%lu", e->n_sources);
	if (o->fmt == FMT_CSV) {
		fmt_amount(a, sizeof a, e->amount);
		const char *row[] = {e->id, e->provider, e->item, e->family, e->category, e->status,
				     e->beneficiary, e->replaces, p, e->pledged_all, d,
				     e->delivered_all, a, e->currency, e->amount_all,
				     conflict_names(e->conflicts, cb, sizeof cb), e->first_date,
				     e->last_date, m, s, e->sources};
		csv_row(row, 21);
		return 0;
	}
	/* table: a conflict shows as "14!" (see evidence) */
	if ((e->conflicts & DOSSIER_CONFLICT_PLEDGED) && p[0])
		snprintf(p + strlen(p), sizeof p - strlen(p), "!");
	if ((e->conflicts & DOSSIER_CONFLICT_DELIVERED) && d[0])
		snprintf(d + strlen(d), sizeof d - strlen(d), "!");
	if (e->amount >= 0) {
		double v = e->amount;
		const char *unit = "";
		if (v >= 1e9)
			v /= 1e9, unit = "bn";
		else if (v >= 1e6)
			v /= 1e6, unit = "m";
		snprintf(a, sizeof a, "%.4g%s %s%s", v, unit, e->currency ? e->currency : "",
			 e->conflicts & DOSSIER_CONFLICT_AMOUNT ? "!" : "");
	} else {
		a[0] = '\0';
	}
	char item[300];
	if (e->item)
		snprintf(item, sizeof item, "%s", e->item);
	else
		snprintf(item, sizeof item, "(%s)", e->category ? e->category : "?");
	if (e->replaces || e->beneficiary) {
		size_t n = strlen(item);
		snprintf(item + n, sizeof item - n, " for %s's %s", e->beneficiary ? e->beneficiary : "?",
			 e->replaces ? e->replaces : "?");
	}
	char id[11];
	snprintf(id, sizeof id, "%s", e->id);
	const char *row[] = {id, e->provider, item, e->status, p, d, a,
			     e->first_date ? e->first_date : "-", e->last_date ? e->last_date : "-", s};
	table_add(&o->t, row);
	return 0;
}

static int run_entries(const char *cmdname, int argc, char **argv, int kiel)
{
	struct common c;
	int rc = begin(cmdname, argc, argv, &c, ARGS_NONE, kiel);
	if (rc >= 0)
		return rc;
	char pb[512], ib[512], cb[128];
	if (resolve(&c, 'p', &c.f.provider, pb, sizeof pb) < 0 ||
	    resolve(&c, 'i', &c.f.item, ib, sizeof ib) < 0 ||
	    resolve(&c, 'c', &c.f.category, cb, sizeof cb) < 0 || open_store(&c) < 0) {
		close_common(&c);
		return 1;
	}
	struct entries_out o;
	memset(&o, 0, sizeof o);
	o.fmt = c.fmt;
	o.kiel = kiel;
	o.t.ncol = 10;
	if (kiel && c.fmt == FMT_CSV) {
		static const char *const head[] = {"donor", "announcement_date", "measure", "item",
						   "item_type", "item_numb", "item_numb_deliv",
						   "value", "currency", "sources"};
		csv_row(head, 10);
	} else if (!kiel && c.fmt == FMT_CSV) {
		static const char *const head[] = {
			"id", "provider", "item", "family", "category", "status", "beneficiary",
			"replaces", "pledged", "pledged_values", "delivered", "delivered_values",
			"amount", "currency", "amount_values", "conflicts", "first_date", "last_date",
			"mentions", "sources", "source_docs"};
		csv_row(head, 21);
	} else if (c.fmt == FMT_TABLE) {
		static const char *const head[] = {"ID", "PROVIDER", "ITEM", "STATUS", "PLEDGED",
						   "DELIVERED", "VALUE", "FIRST", "LAST", "SOURCES"};
		table_add(&o.t, head);
	}
	rc = dossier_store_entries(c.st, &c.f, on_entry, &o);
	if (c.fmt == FMT_TABLE && rc >= 0) {
		static const int right[] = {0, 0, 0, 0, 1, 1, 1, 0, 0, 1};
		if (o.t.n > o.t.ncol)
			table_print(&o.t, right);
		else
			fprintf(stderr, "dossier: no entry matches\n");
	}
	for (size_t i = 0; i < o.t.n; i++)
		free(o.t.cells[i]);
	free(o.t.cells);
	rc = query_status(&c, rc);
	close_common(&c);
	return rc;
}

int cmd_tracker(int argc, char **argv) { return run_entries("tracker", argc, argv, 0); }
int cmd_export(int argc, char **argv) { return run_entries("export", argc, argv, 1); }

/* --- quotes ---------------------------------------------------------------------------- */

struct quotes_out {
	enum fmt fmt;
	struct table t;
};

static int on_quote(void *ud, const struct dossier_quote_row *q)
{
	struct quotes_out *o = ud;
	char s[24], e[24];
	snprintf(s, sizeof s, "%lu", q->start);
	snprintf(e, sizeof e, "%lu", q->end);
	if (o->fmt == FMT_JSONL) {
		putchar('{');
		json_key("date", 1), json_str(q->date);
		json_key("speaker", 0), json_str(q->speaker);
		json_key("speaker_kind", 0), json_str(q->speaker_kind);
		json_key("text", 0), json_str(q->text);
		json_key("cue", 0), json_str(q->cue);
		json_key("doc", 0), json_str(q->doc);
		json_key("outlet", 0), json_str(q->outlet);
		printf(",\"offset\":[%lu,%lu]}\n", q->start, q->end);
		return 0;
	}
	if (o->fmt == FMT_CSV) {
		const char *row[] = {q->date, q->speaker, q->speaker_kind, q->text, q->cue, q->doc,
				     q->outlet, s, e};
		csv_row(row, 9);
		return 0;
	}
	const char *row[] = {q->date ? q->date : "-", q->speaker ? q->speaker : "-", q->text,
			     q->doc};
	table_add(&o->t, row);
	return 0;
}

int cmd_quotes(int argc, char **argv)
{
	struct common c;
	int rc = begin("quotes", argc, argv, &c, ARGS_NONE, 0);
	if (rc >= 0)
		return rc;
	char sb[512];
	if (resolve(&c, 's', &c.f.speaker, sb, sizeof sb) < 0 || open_store(&c) < 0) {
		close_common(&c);
		return 1;
	}
	struct quotes_out o;
	memset(&o, 0, sizeof o);
	o.fmt = c.fmt;
	o.t.ncol = 4;
	o.t.max = 72;
	if (c.fmt == FMT_CSV) {
		static const char *const head[] = {"date", "speaker", "speaker_kind", "text", "cue",
						   "doc", "outlet", "start", "end"};
		csv_row(head, 9);
	} else if (c.fmt == FMT_TABLE) {
		static const char *const head[] = {"DATE", "SPEAKER", "QUOTE", "DOCUMENT"};
		table_add(&o.t, head);
	}
	rc = dossier_store_quotes(c.st, &c.f, on_quote, &o);
	if (c.fmt == FMT_TABLE && rc >= 0) {
		if (o.t.n > o.t.ncol)
			table_print(&o.t, NULL);
		else
			fprintf(stderr, "dossier: no quote matches\n");
	}
	for (size_t i = 0; i < o.t.n; i++)
		free(o.t.cells[i]);
	free(o.t.cells);
	rc = query_status(&c, rc);
	close_common(&c);
	return rc;
}

/* --- evidence ---------------------------------------------------------------------------- */

struct evidence_out {
	enum fmt fmt;
	unsigned long counted, copies;
};

static int on_evidence(void *ud, const struct dossier_evidence *e)
{
	struct evidence_out *o = ud;
	char q[32], a[48], s[24], en[24];
	fmt_num(q, sizeof q, e->quantity);
	fmt_amount(a, sizeof a, e->amount);
	snprintf(s, sizeof s, "%lu", e->start);
	snprintf(en, sizeof en, "%lu", e->end);
	if (e->counted)
		o->counted++;
	else
		o->copies++;
	if (o->fmt == FMT_JSONL) {
		putchar('{');
		json_key("entry", 1), json_str(e->entry);
		json_key("date", 0), json_str(e->date);
		json_key("action", 0), json_str(e->action);
		json_key("quantity", 0), json_num(e->quantity);
		json_key("amount", 0), json_amount(e->amount);
		json_key("currency", 0), json_str(e->currency);
		json_key("doc", 0), json_str(e->doc);
		json_key("outlet", 0), json_str(e->outlet);
		json_key("doc_date", 0), json_str(e->doc_date);
		json_key("url", 0), json_str(e->url);
		printf(",\"counted\":%s", e->counted ? "true" : "false");
		json_key("copy_of", 0), json_str(e->copy_of);
		json_key("sentence", 0), json_str(e->sentence);
		printf(",\"offset\":[%lu,%lu]}\n", e->start, e->end);
		return 0;
	}
	if (o->fmt == FMT_CSV) {
		const char *row[] = {e->entry, e->date, e->action, q, a, e->currency, e->doc,
				     e->outlet, e->doc_date, e->url, e->counted ? "1" : "0",
				     e->copy_of, s, en, e->sentence};
		csv_row(row, 15);
		return 0;
	}
	/* a block per mention: what, where, and the sentence */
	printf("%s  %-8s", e->date ? e->date : "(undated)", e->action ? e->action : "?");
	if (q[0])
		printf("  quantity %s", q);
	if (a[0])
		printf("  amount %s %s", a, e->currency ? e->currency : "");
	fputs("\n  ", stdout);
	put_cell(e->doc ? e->doc : "?", 200, 0);
	if (e->outlet) {
		fputs(" (", stdout);
		put_cell(e->outlet, 80, 0);
		putchar(')');
	}
	if (e->doc_date)
		printf(", %s", e->doc_date);
	if (!e->counted) {
		fputs("  [copy of ", stdout);
		put_cell(e->copy_of ? e->copy_of : "?", 200, 0);
		fputs(", not counted]", stdout);
	}
	fputs("\n  ", stdout);
	put_cell(e->sentence ? e->sentence : "", 100000, 0);
	fputs("\n\n", stdout);
	return 0;
}

int cmd_evidence(int argc, char **argv)
{
	struct common c;
	int rc = begin("evidence", argc, argv, &c, ARGS_ONE, 0);
	if (rc >= 0)
		return rc;
	if (open_store(&c) < 0)
		return 1;
	struct evidence_out o;
	memset(&o, 0, sizeof o);
	o.fmt = c.fmt;
	if (c.fmt == FMT_CSV) {
		static const char *const head[] = {"entry", "date", "action", "quantity", "amount",
						   "currency", "doc", "outlet", "doc_date", "url",
						   "counted", "copy_of", "start", "end", "sentence"};
		csv_row(head, 15);
	}
	rc = dossier_store_evidence(c.st, argv[optind], on_evidence, &o);
	if (rc >= 0 && c.fmt == FMT_TABLE)
		printf("%lu mention%s from %lu counted document sentence%s, %lu from copies not counted\n",
		       o.counted + o.copies, o.counted + o.copies == 1 ? "" : "s", o.counted,
		       o.counted == 1 ? "" : "s", o.copies);
	rc = query_status(&c, rc);
	close_common(&c);
	return rc;
}

/* --- sources --------------------------------------------------------------------------------- */

struct sources_out {
	enum fmt fmt;
	struct table t;
	struct dossier *ds; /* the outlet table */
};

static int on_source(void *ud, const struct dossier_source_row *r)
{
	struct sources_out *o = ud;
	char d[24], n[24], k[24];
	snprintf(d, sizeof d, "%lu", r->documents);
	snprintf(n, sizeof n, "%lu", r->originals);
	snprintf(k, sizeof k, "%lu", r->copies);
	const char *country = NULL, *aff = NULL;
	if (r->outlet)
		dossier_kb_outlet(o->ds, r->outlet, NULL, &country, &aff);
	if (o->fmt == FMT_JSONL) {
		putchar('{');
		json_key("outlet", 1), json_str(r->outlet);
		printf(",\"documents\":%lu,\"originals\":%lu,\"copies\":%lu", r->documents,
		       r->originals, r->copies);
		json_key("country", 0), json_str(country);
		json_key("state_affiliated", 0), json_str(aff);
		puts("}");
		return 0;
	}
	const char *row[] = {o->fmt == FMT_TABLE && !r->outlet ? "(unknown)" : r->outlet, d, n, k,
			     country ? country : "", aff ? aff : ""};
	if (o->fmt == FMT_CSV)
		csv_row(row, 6);
	else
		table_add(&o->t, row);
	return 0;
}

int cmd_sources(int argc, char **argv)
{
	struct common c;
	int rc = begin("sources", argc, argv, &c, ARGS_NONE, 0);
	if (rc >= 0)
		return rc;
	if (open_store(&c) < 0 || kb_handle(&c) < 0) {
		close_common(&c);
		return 1;
	}
	struct sources_out o;
	memset(&o, 0, sizeof o);
	o.fmt = c.fmt;
	o.ds = c.ds;
	o.t.ncol = 6;
	static const char *const head[] = {"OUTLET", "DOCUMENTS", "ORIGINALS", "COPIES", "COUNTRY",
					   "STATE-AFFILIATED"};
	static const char *const chead[] = {"outlet",  "documents", "originals",
					    "copies",  "country",   "state_affiliated"};
	if (c.fmt == FMT_CSV)
		csv_row(chead, 6);
	else if (c.fmt == FMT_TABLE)
		table_add(&o.t, head);
	rc = dossier_store_sources(c.st, on_source, &o);
	if (rc >= 0 && c.fmt == FMT_TABLE) {
		static const int right[] = {0, 1, 1, 1, 0, 0};
		table_print(&o.t, right);
	}
	for (size_t i = 0; i < o.t.n; i++)
		free(o.t.cells[i]);
	free(o.t.cells);
	rc = query_status(&c, rc);
	close_common(&c);
	return rc;
}

/* --- dups -------------------------------------------------------------------------------------- */

struct dups_out {
	enum fmt fmt;
	struct table t;
	char *last; /* the original of the rows printed last */
	unsigned long clusters, linked;
};

static int on_dup(void *ud, const struct dossier_dup_row *r)
{
	struct dups_out *o = ud;
	char size[24];
	snprintf(size, sizeof size, "%lu", r->size);
	int first = !o->last || strcmp(o->last, r->original);
	if (first) {
		free(o->last);
		o->last = xstrdup(r->original);
		o->clusters++;
	}
	o->linked++;
	if (o->fmt == FMT_JSONL) {
		putchar('{');
		json_key("original", 1), json_str(r->original);
		json_key("original_date", 0), json_str(r->orig_date);
		json_key("original_outlet", 0), json_str(r->orig_outlet);
		json_key("doc", 0), json_str(r->doc);
		json_key("kind", 0), json_str(r->kind);
		json_key("date", 0), json_str(r->date);
		json_key("outlet", 0), json_str(r->outlet);
		json_key("url", 0), json_str(r->url);
		json_key("title", 0), json_str(r->title);
		printf(",\"cluster_size\":%lu}\n", r->size + 1);
		return 0;
	}
	if (o->fmt == FMT_CSV) {
		const char *row[] = {r->original, r->doc, r->kind, r->date, r->outlet, r->url, r->title};
		csv_row(row, 7);
		return 0;
	}
	/* the table: the original on a line of its own, its copies under it */
	if (first) {
		const char *row[] = {r->original, "original", r->orig_date ? r->orig_date : "",
				     r->orig_outlet ? r->orig_outlet : "(unknown)",
				     r->orig_title ? r->orig_title : ""};
		table_add(&o->t, row);
	}
	char doc[512];
	snprintf(doc, sizeof doc, "  %s", r->doc);
	const char *row[] = {doc, r->kind, r->date ? r->date : "", r->outlet ? r->outlet : "(unknown)",
			     r->title ? r->title : ""};
	table_add(&o->t, row);
	return 0;
}

int cmd_dups(int argc, char **argv)
{
	struct common c;
	int rc = begin("dups", argc, argv, &c, ARGS_NONE, 0);
	if (rc >= 0)
		return rc;
	if (open_store(&c) < 0)
		return 1;
	struct dups_out o;
	memset(&o, 0, sizeof o);
	o.fmt = c.fmt;
	o.t.ncol = 5;
	static const char *const head[] = {"DOCUMENT", "KIND", "DATE", "OUTLET", "TITLE"};
	static const char *const chead[] = {"original", "doc", "kind", "date", "outlet", "url",
					    "title"};
	if (c.fmt == FMT_CSV)
		csv_row(chead, 7);
	else if (c.fmt == FMT_TABLE)
		table_add(&o.t, head);
	rc = dossier_store_dups(c.st, on_dup, &o);
	if (rc >= 0 && c.fmt == FMT_TABLE) {
		static const int right[] = {0, 0, 0, 0, 0};
		table_print(&o.t, right);
		printf("%lu cluster%s, %lu linked document%s\n", o.clusters, o.clusters == 1 ? "" : "s",
		       o.linked, o.linked == 1 ? "" : "s");
	}
	for (size_t i = 0; i < o.t.n; i++)
		free(o.t.cells[i]);
	free(o.t.cells);
	free(o.last);
	rc = query_status(&c, rc);
	close_common(&c);
	return rc;
}

/* --- search ------------------------------------------------------------------------------------ */

struct search_out {
	enum fmt fmt;
};

static int on_doc(void *ud, const struct dossier_doc_row *d)
{
	struct search_out *o = ud;
	if (o->fmt == FMT_JSONL) {
		putchar('{');
		json_key("doc", 1), json_str(d->doc);
		json_key("title", 0), json_str(d->title);
		json_key("date", 0), json_str(d->date);
		json_key("lang", 0), json_str(d->lang);
		json_key("outlet", 0), json_str(d->outlet);
		json_key("url", 0), json_str(d->url);
		json_key("snippet", 0), json_str(d->snippet);
		fputs("}\n", stdout);
		return 0;
	}
	if (o->fmt == FMT_CSV) {
		const char *row[] = {d->doc, d->title, d->date, d->lang, d->outlet, d->url, d->snippet};
		csv_row(row, 7);
		return 0;
	}
	put_cell(d->doc ? d->doc : "?", 200, 0);
	printf("  %s  ", d->date ? d->date : "-");
	put_cell(d->outlet ? d->outlet : "-", 60, 0);
	fputs("\n  ", stdout);
	put_cell(d->title ? d->title : "", 200, 0);
	fputs("\n  ", stdout);
	put_cell(d->snippet ? d->snippet : "", 400, 0);
	fputs("\n\n", stdout);
	return 0;
}

int cmd_search(int argc, char **argv)
{
	struct common c;
	int rc = begin("search", argc, argv, &c, ARGS_SOME, 0);
	if (rc >= 0)
		return rc;
	/* the words of every argument */
	size_t len = 1;
	for (int k = optind; k < argc; k++)
		len += strlen(argv[k]) + 1;
	char *text = calloc(1, len);
	if (!text)
		return 1;
	for (int k = optind, at = 0; k < argc; k++) {
		size_t n = strlen(argv[k]);
		if (k > optind)
			text[at++] = ' ';
		memcpy(text + at, argv[k], n);
		at += (int)n;
	}
	if (open_store(&c) < 0) {
		free(text);
		return 1;
	}
	struct search_out o = {c.fmt};
	if (c.fmt == FMT_CSV) {
		static const char *const head[] = {"doc", "title", "date", "lang", "outlet", "url",
						   "snippet"};
		csv_row(head, 7);
	}
	rc = dossier_store_search(c.st, text, c.limit ? c.limit : 20, on_doc, &o);
	if (rc == 0 && c.fmt == FMT_TABLE)
		fprintf(stderr, "dossier: no document matches\n");
	free(text);
	rc = query_status(&c, rc);
	close_common(&c);
	return rc;
}
