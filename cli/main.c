/*
 * main.c: the dossier command line: dispatches to a subcommand (git's
 * commands[] table). Each subcommand parses its options from its own table
 * and calls libdossier; exit status 0 ok, 1 some inputs failed, 2 usage.
 */
#include <malloc.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const struct cli_opt extract_opts[] = {
	{"text", 0, NULL, "put the clean text of each document in its record"},
	{"kb", 0, "DIR", "the knowledge-base folder (default: data/kb of the build, or installed)"},
	{"records", 0, "LIST", "record types to write: document,quote,aid,stock (default: all)"},
	{"no-dedup", 0, NULL, "do not link copies (dup_of, translation_of) among the inputs"},
	{"max-doc-size", 0, "BYTES", "skip documents larger than this (default 32 MiB)"},
	{"threads", 'j', "N", "documents processed in N threads (default: one per processor); the output is the same"},
	{"help", 'h', NULL, "show this help"},
	{NULL, 0, NULL, NULL},
};

static const struct cli_opt kb_opts[] = {
	{"kb", 0, "DIR", "the knowledge-base folder (default: data/kb of the build, or installed)"},
	{"date", 0, "DATE", "lookup: resolve roles at this date (YYYY[-MM[-DD]])"},
	{"help", 'h', NULL, "show this help"},
	{NULL, 0, NULL, NULL},
};

static const struct cli_opt langid_opts[] = {
	{"help", 'h', NULL, "show this help"},
	{NULL, 0, NULL, NULL},
};

static const struct cli_opt ingest_opts[] = {
	{"db", 0, "PATH", "the database (default: dossier.db)"},
	{"kb", 0, "DIR", "the knowledge-base folder (default: data/kb of the build, or installed)"},
	{"max-doc-size", 0, "BYTES", "skip documents larger than this (default 32 MiB)"},
	{"threads", 'j', "N", "documents processed in N threads (default: one per processor); the store is the same"},
	{"quiet", 'q', NULL, "no progress bar, even on a terminal"},
	{"help", 'h', NULL, "show this help"},
	{NULL, 0, NULL, NULL},
};

/* tracker and export filter entries the same way */
#define ENTRY_FILTERS                                                                       \
	{"provider", 0, "NAME", "a provider, in English or French (Allemagne = Germany)"},  \
	{"item", 0, "NAME", "an item or its family (Leopard = every Leopard 2), or a category word"}, \
	{"category", 0, "CAT", "a records.md category and those under it (tank: main battle tank...)"}, \
	{"status", 0, "S", "requested, considered, pledged, delivered, refused or backfill"}, \
	{"since", 0, "DATE", "entries reported on or after DATE (YYYY[-MM[-DD]])"},          \
	{"until", 0, "DATE", "entries reported on or before DATE"}

static const struct cli_opt tracker_opts[] = {
	{"db", 0, "PATH", "the database (default: dossier.db)"},
	ENTRY_FILTERS,
	{"format", 0, "F", "table (default), csv or jsonl"},
	{"kb", 0, "DIR", "the knowledge base used to resolve names"},
	{"help", 'h', NULL, "show this help"},
	{NULL, 0, NULL, NULL},
};

static const struct cli_opt export_opts[] = {
	{"db", 0, "PATH", "the database (default: dossier.db)"},
	ENTRY_FILTERS,
	{"format", 0, "F", "csv (default: the Kiel tracker's columns) or jsonl"},
	{"kb", 0, "DIR", "the knowledge base used to resolve names"},
	{"help", 'h', NULL, "show this help"},
	{NULL, 0, NULL, NULL},
};

static const struct cli_opt quotes_opts[] = {
	{"db", 0, "PATH", "the database (default: dossier.db)"},
	{"speaker", 0, "NAME", "who said it (a name, a surname, or its French form)"},
	{"search", 0, "WORDS", "quotes holding every one of these words (accents ignored)"},
	{"since", 0, "DATE", "quotes of documents dated on or after DATE"},
	{"until", 0, "DATE", "quotes of documents dated on or before DATE"},
	{"format", 0, "F", "table (default), csv or jsonl"},
	{"kb", 0, "DIR", "the knowledge base used to resolve names"},
	{"help", 'h', NULL, "show this help"},
	{NULL, 0, NULL, NULL},
};

static const struct cli_opt db_format_opts[] = {
	{"db", 0, "PATH", "the database (default: dossier.db)"},
	{"format", 0, "F", "table (default), csv or jsonl"},
	{"help", 'h', NULL, "show this help"},
	{NULL, 0, NULL, NULL},
};

static const struct cli_opt sources_opts[] = {
	{"db", 0, "PATH", "the database (default: dossier.db)"},
	{"kb", 0, "DIR", "the knowledge base whose outlet table is used"},
	{"format", 0, "F", "table (default), csv or jsonl"},
	{"help", 'h', NULL, "show this help"},
	{NULL, 0, NULL, NULL},
};

static const struct cli_opt search_opts[] = {
	{"db", 0, "PATH", "the database (default: dossier.db)"},
	{"limit", 0, "N", "at most N documents (default 20)"},
	{"format", 0, "F", "table (default), csv or jsonl"},
	{"help", 'h', NULL, "show this help"},
	{NULL, 0, NULL, NULL},
};

static const struct cli_opt serve_opts[] = {
	{"db", 0, "PATH", "the database (default: dossier.db), opened read-only"},
	{"bind", 0, "ADDR", "the address to listen on (default: 127.0.0.1; ::1 for IPv6)"},
	{"port", 0, "N", "the port (default: 8080; 0: any free port, said on stderr)"},
	{"kb", 0, "DIR", "the knowledge base used to resolve names in filters"},
	{"threads", 0, "N", "worker threads (default: one per core)"},
	{"max-connections", 0, "N", "connections at once (default: 512)"},
	{"per-ip", 0, "N", "connections at once from one address (default: 128)"},
	{"timeout", 0, "S", "seconds a connection may idle or take to send a request (default: 10)"},
	{"cache-mb", 0, "N", "megabytes of rendered pages kept (default: 64; 0: none)"},
	{"log", 0, NULL, "log every request on standard error"},
	{"help", 'h', NULL, "show this help"},
	{NULL, 0, NULL, NULL},
};

const struct cli_cmd cli_commands[] = {
	{"extract", cmd_extract, "[OPTIONS] PATH...",
	 "read articles and write their records as JSONL", extract_opts},
	{"kb", cmd_kb, "[OPTIONS] check | lookup TEXT...",
	 "check the knowledge base, or show what the names of a phrase resolve to", kb_opts},
	{"langid", cmd_langid, "[OPTIONS] < LINES",
	 "print the language of each line of standard input", langid_opts},
	{"ingest", cmd_ingest, "[OPTIONS] PATH...",
	 "read articles and store their records in the database", ingest_opts},
	{"tracker", cmd_tracker, "[OPTIONS]",
	 "list the tracker's entries: who gave what, when, on what evidence", tracker_opts},
	{"quotes", cmd_quotes, "[OPTIONS]", "list stored quotes by speaker or words", quotes_opts},
	{"evidence", cmd_evidence, "[OPTIONS] ENTRY",
	 "show an entry's mentions sentence by sentence, and the copies not counted",
	 db_format_opts},
	{"sources", cmd_sources, "[OPTIONS]",
	 "count documents, originals and copies per outlet, with its state affiliation",
	 sources_opts},
	{"dups", cmd_dups, "[OPTIONS]",
	 "list the clusters of copies and translations, each under its original", db_format_opts},
	{"export", cmd_export, "[OPTIONS]",
	 "write the tracker with the Kiel Ukraine Support Tracker's columns", export_opts},
	{"search", cmd_search, "[OPTIONS] WORDS...",
	 "full-text search over the stored documents", search_opts},
	{"serve", cmd_serve, "[OPTIONS]",
	 "serve the tracker, the quotes and the evidence as web pages", serve_opts},
	{NULL, NULL, NULL, NULL, NULL},
};

static void usage(FILE *fp)
{
	fprintf(fp, "usage: dossier [--version] [--help] COMMAND [ARGS]\n\ncommands:\n");
	for (const struct cli_cmd *c = cli_commands; c->name; c++)
		fprintf(fp, "  %-10s %s\n", c->name, c->summary);
	fprintf(fp, "\n'dossier COMMAND --help' describes a command; man dossier-COMMAND too.\n");
}

const struct cli_cmd *cli_find(const char *name)
{
	for (const struct cli_cmd *c = cli_commands; c->name; c++)
		if (!strcmp(c->name, name))
			return c;
	return NULL;
}

void cli_help(const struct cli_cmd *cmd)
{
	printf("usage: dossier %s %s\n\n%s\n\noptions:\n", cmd->name, cmd->usage, cmd->summary);
	for (const struct cli_opt *o = cmd->opts; o->name; o++) {
		char left[64];
		if (o->short_name)
			snprintf(left, sizeof left, "-%c, --%s%s%s", o->short_name, o->name,
				 o->arg ? " " : "", o->arg ? o->arg : "");
		else
			snprintf(left, sizeof left, "    --%s%s%s", o->name, o->arg ? " " : "",
				 o->arg ? o->arg : "");
		printf("  %-28s %s\n", left, o->help);
	}
}

int cli_next_opt(int argc, char **argv, const struct cli_opt *opts, const char **arg)
{
	struct option lo[64];
	char so[128];
	size_t n = 0, k = 0;
	/* options may follow the operands ("extract DIR --text", "kb lookup
	 * TEXT --date D"), GNU style; "--" ends them */
	so[k++] = ':';
	for (; opts[n].name && n < 63; n++) {
		lo[n].name = opts[n].name;
		lo[n].has_arg = opts[n].arg ? required_argument : no_argument;
		lo[n].flag = NULL;
		lo[n].val = 256 + (int)n;
		if (opts[n].short_name && k < sizeof so - 3) {
			so[k++] = (char)opts[n].short_name;
			if (opts[n].arg)
				so[k++] = ':';
		}
	}
	so[k] = '\0';
	memset(&lo[n], 0, sizeof lo[n]);
	int c = getopt_long(argc, argv, so, lo, NULL);
	*arg = optarg;
	if (c == -1)
		return -1;
	if (c >= 256)
		return c - 256;
	for (size_t i = 0; i < n; i++)
		if (opts[i].short_name == c)
			return (int)i;
	if (c == ':')
		cli_error("option '%s' needs an argument", argv[optind - 1]);
	else
		cli_error("unknown option '%s'", argv[optind - 1]);
	return -2;
}

int cli_option(int argc, char **argv, const struct cli_cmd *self, const char **name,
	       const char **arg, int *status)
{
	int i = cli_next_opt(argc, argv, self->opts, arg);
	if (i == -1)
		return 0;
	if (i == -2) {
		*status = 2;
		return -1;
	}
	*name = self->opts[i].name;
	if (!strcmp(*name, "help")) {
		cli_help(self);
		*status = 0;
		return -1;
	}
	return 1;
}

void cli_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("dossier: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

static int cli_threads(const char *arg, unsigned *out)
{
	char *end;
	unsigned long v = strtoul(arg, &end, 10);
	if (end == arg || *end || v == 0 || v > 64) {
		cli_error("--threads: '%s' is not a number of threads from 1 to 64", arg);
		return -1;
	}
	*out = (unsigned)v;
	return 0;
}

int cli_run_opt(const char *name, const char *arg, struct dossier_options *o, unsigned *threads)
{
	if (!strcmp(name, "threads"))
		return cli_threads(arg, threads) < 0 ? -1 : 1;
	if (strcmp(name, "max-doc-size"))
		return 0;
	char *end;
	unsigned long long v = strtoull(arg, &end, 10);
	if (end == arg || *end || v == 0) {
		cli_error("--max-doc-size: '%s' is not a positive number of bytes", arg);
		return -1;
	}
	o->max_doc_bytes = (size_t)v;
	return 1;
}

unsigned cli_default_threads(void)
{
	/* the fault-injection hook counts reads and allocations: one thread
	 * keeps the count deterministic */
	const char *fault = getenv("DOSSIER_FAULT");
	if (fault && *fault)
		return 1;
	unsigned n = dossier_cpus();
	return n > 8 ? 8 : n;
}

void cli_diag(void *ud, const char *input, const char *reason, int fatal)
{
	struct cli_counts *c = ud;
	if (fatal)
		c->errors++;
	else
		c->warnings++;
	fprintf(stderr, "dossier: %s: %s\n", input, reason);
}

int main(int argc, char **argv)
{
	/* one document after another allocates and frees the same sizes: keep
	 * the freed memory instead of returning it to the system each time */
	mallopt(M_TRIM_THRESHOLD, 64 << 20);
	mallopt(M_TOP_PAD, 16 << 20);
	/* the fault-injection test hook (tests/fault), e.g. DOSSIER_FAULT=read:2 */
	const char *fault = getenv("DOSSIER_FAULT");
	if (fault && *fault && dossier_fault_inject(fault) < 0) {
		cli_error("DOSSIER_FAULT: '%s' is not alloc:N, read:N or write:N", fault);
		return 2;
	}
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	const char *cmd = argv[1];
	if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(cmd, "--version")) {
		printf("dossier %s\n", dossier_version());
		return 0;
	}
	for (const struct cli_cmd *c = cli_commands; c->name; c++) {
		if (!strcmp(c->name, cmd)) {
			optind = 1;
			return c->fn(argc - 1, argv + 1);
		}
	}
	cli_error("'%s' is not a dossier command; see 'dossier --help'", cmd);
	return 2;
}
