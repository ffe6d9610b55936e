/*
 * cmd_extract.c: `dossier extract [OPTIONS] PATH...` (records.md): walks
 * the paths, reads every input, and writes the records of every document as
 * JSONL on standard output. Bad inputs get one line each on standard error
 * and the others are still processed. Exit 0 all read, 1 some not, 2 usage.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Documents are written a little after they are processed: the run's
 * copy detection can still link the held ones to copies that come after
 * (dossier_doc_link). At most HOLD documents or HOLD_BYTES of text wait. */
#define HOLD 64
#define HOLD_BYTES (64u << 20)

struct run {
	struct dossier *ds;
	struct dossier_pool *pool;
	struct cli_counts counts;
	int out_error;
	struct dossier_doc *held[HOLD];
	size_t head, n, bytes;
};

static void write_oldest(struct run *run)
{
	struct dossier_doc *doc = run->held[run->head];
	size_t len;
	dossier_doc_text(doc, &len);
	if (!run->out_error && dossier_doc_write_jsonl(run->ds, doc, stdout) < 0)
		run->out_error = 1;
	dossier_doc_free(doc);
	run->head = (run->head + 1) % HOLD;
	run->n--;
	run->bytes -= len;
}

static void hold(struct run *run, struct dossier_doc *doc)
{
	size_t len;
	dossier_doc_text(doc, &len);
	while (run->n && (run->n == HOLD || run->bytes + len > HOLD_BYTES))
		write_oldest(run);
	run->held[(run->head + run->n) % HOLD] = doc;
	run->n++;
	run->bytes += len;
}

/* A document processed (in input order, by the pool). */
static int take(void *ud, struct dossier_doc *doc, void *tag)
{
	struct run *run = ud;
	(void)tag;
	if (doc)
		hold(run, doc);
	return run->out_error;
}

static int one_input(void *ud, const char *path)
{
	struct run *run = ud;
	struct dossier_reader *r;
	if (dossier_reader_open(run->ds, path, &r) < 0)
		return 0;
	const struct dossier_raw *raw;
	while (dossier_reader_next(r, &raw) > 0)
		if (dossier_pool_submit(run->pool, raw, NULL))
			break;
	dossier_reader_free(r);
	return run->out_error ? 1 : 0;
}

/* "document,quote" -> DOSSIER_REC_DOCUMENT | DOSSIER_REC_QUOTE */
static int parse_records(const char *s, unsigned *out)
{
	static const struct {
		const char *name;
		unsigned bit;
	} names[] = {{"document", DOSSIER_REC_DOCUMENT}, {"quote", DOSSIER_REC_QUOTE},
		     {"aid", DOSSIER_REC_AID}, {"stock", DOSSIER_REC_STOCK}, {"all", DOSSIER_REC_ALL}};
	*out = 0;
	while (*s) {
		size_t n = strcspn(s, ",");
		size_t i;
		for (i = 0; i < sizeof names / sizeof names[0]; i++)
			if (strlen(names[i].name) == n && !strncmp(s, names[i].name, n))
				break;
		if (i == sizeof names / sizeof names[0])
			return -1;
		*out |= names[i].bit;
		s += n + (s[n] == ',');
	}
	return *out ? 0 : -1;
}

int cmd_extract(int argc, char **argv)
{
	const struct cli_cmd *self = cli_find("extract");
	const char *kb_dir = NULL;
	struct dossier_options o;
	struct run run;
	memset(&o, 0, sizeof o);
	memset(&run, 0, sizeof run);
	const char *arg;
	unsigned threads = cli_default_threads();
	const char *name;
	int status, more;
	while ((more = cli_option(argc, argv, self, &name, &arg, &status)) > 0) {
		if (!strcmp(name, "kb")) {
			kb_dir = arg;
		} else if (!strcmp(name, "records")) {
			if (parse_records(arg, &o.records) < 0) {
				cli_error("--records: '%s' is not a list of document, quote, aid, stock", arg);
				return 2;
			}
		} else if (!strcmp(name, "no-dedup")) {
			o.no_dedup = 1;
		} else if (!strcmp(name, "text")) {
			o.want_text = 1;
		} else if (cli_run_opt(name, arg, &o, &threads) < 0) {
			return 2;
		}
	}
	if (more < 0)
		return status;
	if (optind >= argc) {
		cli_error("extract: no input; usage: dossier extract %s", self->usage);
		return 2;
	}
	o.kb_dir = cli_kb_dir(kb_dir);
	o.diag = cli_diag;
	o.diag_ud = &run.counts;
	char err[256];
	if (dossier_new(&o, &run.ds, err, sizeof err) < 0) {
		cli_error("%s", err);
		return 1;
	}
	dossier_pool_new(run.ds, threads, take, &run, &run.pool);
	for (int k = optind; k < argc && !run.out_error; k++)
		dossier_walk(run.ds, argv[k], one_input, &run);
	dossier_pool_flush(run.pool);
	dossier_pool_free(run.pool);
	while (run.n)
		write_oldest(&run);
	dossier_free(run.ds);
	if (fflush(stdout) != 0 || run.out_error) {
		cli_error("cannot write the output");
		return 1;
	}
	return run.counts.errors ? 1 : 0;
}
