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

const struct cli_cmd cli_commands[] = {
	{"extract", cmd_extract, "[OPTIONS] PATH...",
	 "read articles and write their records as JSONL", extract_opts},
	{"kb", cmd_kb, "[OPTIONS] check | lookup TEXT...",
	 "check the knowledge base, or show what the names of a phrase resolve to", kb_opts},
	{"langid", cmd_langid, "[OPTIONS] < LINES",
	 "print the language of each line of standard input", langid_opts},
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
	so[k++] = '+';
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

void cli_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("dossier: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
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
