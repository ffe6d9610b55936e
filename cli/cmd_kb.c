/*
 * cmd_kb.c: `dossier kb check` validates the knowledge-base files;
 * `dossier kb lookup TEXT [--date D]` prints what the names of a phrase
 * resolve to, one line per mention: the words, kind, form, canonical name,
 * and the state it acts for.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

const char *cli_kb_dir(const char *given)
{
	static char buf[4096];
	if (given)
		return given;
	const char *env = getenv("DOSSIER_KB");
	if (env && *env)
		return env;
	/* the build tree: build/dossier -> data/kb beside build/ */
	ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 32);
	if (n > 0) {
		buf[n] = '\0';
		char *slash = strrchr(buf, '/');
		if (slash) {
			memcpy(slash, "/../data/kb/states.tsv", sizeof "/../data/kb/states.tsv");
			FILE *fp = fopen(buf, "r");
			if (fp) {
				fclose(fp);
				*strrchr(buf, '/') = '\0';
				return buf;
			}
		}
	}
	return DOSSIER_KB_DIR;
}

static const char *kind_name(enum dossier_kind k)
{
	static const char *const names[] = {"?", "state", "organization", "person", "materiel",
					    "category", "role"};
	return (unsigned)k <= DOSSIER_KIND_ROLE ? names[k] : "?";
}

static const char *form_name(enum dossier_form f)
{
	static const char *const names[] = {"?", "name", "demonym", "short", "metonym", "role",
					    "category", "fuzzy"};
	return (unsigned)f <= DOSSIER_FORM_FUZZY ? names[f] : "?";
}

struct lookup {
	const char *text;
};

static void print_mention(void *ud, const struct dossier_mention *m)
{
	struct lookup *l = ud;
	printf("%.*s\t%s\t%s\t%s", (int)(m->end - m->start), l->text + m->start, kind_name(m->kind),
	       form_name(m->form),
	       m->kind == DOSSIER_KIND_CATEGORY ? m->category : m->name ? m->name : "-");
	if (m->role)
		printf("\trole=%s", m->role);
	if (m->state && m->kind != DOSSIER_KIND_STATE)
		printf("\tstate=%s", m->state);
	if (m->category && m->kind == DOSSIER_KIND_MATERIEL)
		printf("\tcategory=%s", m->category);
	if (m->prep)
		printf("\tprep=%s", m->prep);
	putchar('\n');
}

int cmd_kb(int argc, char **argv)
{
	const struct cli_cmd *self = cli_find("kb");
	const char *arg, *dir = NULL, *date = NULL, *sub = NULL;
	/* options may stand anywhere (cli_option) */
	const char *name;
	int status, more;
	while ((more = cli_option(argc, argv, self, &name, &arg, &status)) > 0) {
		if (!strcmp(name, "kb")) {
			dir = arg;
		} else if (!strcmp(name, "date")) {
			date = arg;
		}
	}
	if (more < 0)
		return status;
	if (optind >= argc) {
		cli_error("kb: say check or lookup; usage: dossier kb %s", self->usage);
		return 2;
	}
	sub = argv[optind++];
	dir = cli_kb_dir(dir);
	struct cli_counts counts = {0, 0};
	if (!strcmp(sub, "check")) {
		struct timespec t0, t1;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		int problems = dossier_kb_check(dir, cli_diag, &counts);
		clock_gettime(CLOCK_MONOTONIC, &t1);
		struct dossier_kb *kb;
		if (!problems && dossier_kb_load(dir, NULL, &kb, cli_diag, &counts) == 0) {
			size_t c[5];
			dossier_kb_stats(kb, c);
			printf("%s: %zu states, %zu organisations, %zu people, %zu materiel, %zu aliases: ok\n",
			       dir, c[0], c[1], c[2], c[3], c[4]);
			dossier_kb_free(kb);
		}
		(void)t1;
		return problems ? 1 : 0;
	}
	if (!strcmp(sub, "lookup")) {
		if (optind >= argc) {
			cli_error("kb lookup: no text");
			return 2;
		}
		struct dossier_options o;
		memset(&o, 0, sizeof o);
		o.kb_dir = dir;
		o.diag = cli_diag;
		o.diag_ud = &counts;
		struct dossier *ds;
		char err[256];
		if (dossier_new(&o, &ds, err, sizeof err) < 0) {
			cli_error("%s", err);
			return 1;
		}
		for (int k = optind; k < argc; k++) {
			struct lookup l = {argv[k]};
			dossier_kb_lookup(ds, argv[k], strlen(argv[k]), date, print_mention, &l);
		}
		dossier_free(ds);
		return 0;
	}
	cli_error("kb: unknown subcommand '%s' (check or lookup)", sub);
	return 2;
}
