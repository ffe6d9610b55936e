/*
 * cli.h: what the subcommands of the dossier CLI share: the option table
 * that both parses (getopt_long) and prints --help (curl's way: one table,
 * no drift), and the diagnostic printer.
 */
#ifndef DOSSIER_CLI_H
#define DOSSIER_CLI_H

#include <getopt.h>

#include "dossier.h"

struct cli_opt {
	const char *name; /* long name */
	int short_name;   /* 0 when none */
	const char *arg;  /* argument name, NULL for a flag */
	const char *help;
};

struct cli_cmd {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *usage;   /* "[OPTIONS] PATH..." */
	const char *summary; /* one line */
	const struct cli_opt *opts;
};

/* Parses the next option of argv against opts (terminated by a NULL name).
 * Returns the index of the option in opts, -1 at the end of the options, or
 * -2 after printing a usage error. *arg gets the option's argument. */
int cli_next_opt(int argc, char **argv, const struct cli_opt *opts, const char **arg);
/* The next option of command self, with what every command does alike:
 * 1 with *name and *arg set; 0 at the end of the options; -1 when the
 * command is done, *status then its exit status (2 after a usage error,
 * said; 0 after --help, printed). */
int cli_option(int argc, char **argv, const struct cli_cmd *self, const char **name,
	       const char **arg, int *status);
void cli_help(const struct cli_cmd *cmd);
/* Prints "dossier: input: reason" on standard error and counts it. */
void cli_diag(void *ud, const char *input, const char *reason, int fatal);
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The options extract and ingest share (--max-doc-size, --threads): 1 when
 * `name` is one of them and was applied, 0 when it is another, -1 after a
 * usage error. */
int cli_run_opt(const char *name, const char *arg, struct dossier_options *o, unsigned *threads);
/* The threads of a run by default: one per processor, up to 8 (1 under
 * the fault-injection hook). */
unsigned cli_default_threads(void);

struct cli_counts {
	unsigned long errors, warnings;
};

extern const struct cli_cmd cli_commands[];
const struct cli_cmd *cli_find(const char *name);
/* The knowledge-base folder: --kb, else $DOSSIER_KB, else data/kb beside
 * the build folder of the executable, else the installed one. */
const char *cli_kb_dir(const char *given);
int cmd_extract(int argc, char **argv);
int cmd_langid(int argc, char **argv);
int cmd_kb(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_tracker(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_quotes(int argc, char **argv);
int cmd_evidence(int argc, char **argv);
int cmd_sources(int argc, char **argv);
int cmd_dups(int argc, char **argv);
int cmd_search(int argc, char **argv);
int cmd_serve(int argc, char **argv);

#endif
