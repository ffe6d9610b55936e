/*
 * cmd_ingest.c: `dossier ingest [--db PATH] PATH...`: runs the extractor
 * over the inputs (the same inputs and diagnostics as `dossier extract`)
 * and writes every document and record to the store, whole input files per
 * transaction (see GROUP_DOCS): an interrupted ingest keeps every file it
 * committed and can be run again (stored documents are recognised and
 * skipped). A progress bar
 * goes to standard error when it is a terminal. Exit 0 all read, 1 some
 * inputs not read or the database failed, 2 usage.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

/* Documents wait a little before they are stored, as in `dossier
 * extract`: copy detection can still link a held one to copies that come
 * after it (a copy that joins two clusters). At most HOLD documents; all
 * are stored before a transaction commits. */
#define HOLD 64

struct file {
	char *path;
	unsigned long long bytes;
};

struct ingest {
	struct dossier *ds;
	struct dossier_store *st;
	struct cli_counts counts;
	struct file *files;
	size_t n_files, cap_files;
	unsigned long long total_bytes, done_bytes;
	unsigned long long docs, new_docs, records;
	size_t files_done;
	int db_error;
	struct dossier_pool *pool;
	struct file *open;  /* the first file of the open transaction, or NULL */
	size_t txn_docs;    /* documents in the open transaction */
	double txn_t0;      /* when it began */
	struct dossier_doc *held[HOLD];
	size_t head, n_held;
	/* progress */
	int tty;
	int bar_shown;
	double t0, last_draw;
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void bar_clear(struct ingest *in)
{
	if (in->bar_shown) {
		fputs("\r\033[K", stderr);
		in->bar_shown = 0;
	}
}

/* files, MB, records, rate and ETA on one line, at most ten times a second */
static void bar_draw(struct ingest *in, int force)
{
	if (!in->tty)
		return;
	double t = now();
	if (!force && t - in->last_draw < 0.1)
		return;
	in->last_draw = t;
	double el = t - in->t0 > 1e-3 ? t - in->t0 : 1e-3;
	double frac = in->total_bytes ? (double)in->done_bytes / (double)in->total_bytes
				      : in->n_files ? (double)in->files_done / (double)in->n_files : 0;
	if (frac > 1)
		frac = 1;
	char bar[21];
	int fill = (int)(frac * 20);
	for (int i = 0; i < 20; i++)
		bar[i] = i < fill ? '#' : '.';
	bar[20] = '\0';
	char eta[32] = "--:--";
	if (frac > 0.001 && el > 0.5) {
		long s = (long)(el / frac - el);
		snprintf(eta, sizeof eta, "%ld:%02ld", s / 60, s % 60);
	}
	fprintf(stderr, "\r\033[K[%s] %zu/%zu files  %.1f/%.1f MB  %llu docs  %llu records  %.0f docs/s  ETA %s",
		bar, in->files_done, in->n_files, (double)in->done_bytes / 1e6,
		(double)in->total_bytes / 1e6, in->docs, in->records, (double)in->docs / el, eta);
	fflush(stderr);
	in->bar_shown = 1;
}

/* Diagnostics print over the progress bar, which is drawn again after. */
static void ingest_diag(void *ud, const char *input, const char *reason, int fatal)
{
	struct ingest *in = ud;
	bar_clear(in);
	cli_diag(&in->counts, input, reason, fatal);
}

static int collect(void *ud, const char *path)
{
	struct ingest *in = ud;
	if (in->n_files == in->cap_files) {
		in->cap_files = in->cap_files ? in->cap_files * 2 : 64;
		in->files = realloc(in->files, in->cap_files * sizeof *in->files);
		if (!in->files) {
			cli_error("out of memory");
			exit(1);
		}
	}
	struct stat sb;
	struct file *f = &in->files[in->n_files++];
	f->path = strdup(path);
	if (!f->path) {
		cli_error("out of memory");
		exit(1);
	}
	f->bytes = strcmp(path, "-") && stat(path, &sb) == 0 ? (unsigned long long)sb.st_size : 0;
	in->total_bytes += f->bytes;
	return 0;
}

static void db_fail(struct ingest *in, const char *path)
{
	bar_clear(in);
	cli_error("%s: cannot store: %s", path, dossier_store_errmsg(in->st));
	in->db_error = 1;
}

/* Stores a processed document: the run's own copies first (found up to
 * now), then the stored ones. Returns 0, or -1 when the store failed. */
static int store_doc(struct ingest *in, struct dossier_doc *doc)
{
	dossier_doc_link(in->ds, doc);
	long long key = 0;
	int put = dossier_store_put(in->st, doc, &key);
	if (put == 1 && dossier_store_provenance(in->st, in->ds, doc, key) < 0)
		put = -1;
	dossier_doc_free(doc);
	if (put < 0)
		return -1;
	in->docs++;
	in->new_docs += put == 1;
	bar_draw(in, 0);
	return 0;
}

/* Stores the held documents (or frees them after a failure). */
static int store_held(struct ingest *in, size_t keep)
{
	int failed = 0;
	while (in->n_held > keep) {
		struct dossier_doc *doc = in->held[in->head];
		in->head = (in->head + 1) % HOLD;
		in->n_held--;
		if (!failed)
			failed = store_doc(in, doc) < 0;
		else
			dossier_doc_free(doc);
	}
	return failed ? -1 : 0;
}

static void free_held(struct ingest *in)
{
	for (; in->n_held; in->n_held--, in->head = (in->head + 1) % HOLD)
		dossier_doc_free(in->held[in->head]);
}

/* The end of a transaction (after a file): commit, or roll back after a
 * failure. */
static int end_file(struct ingest *in, struct file *f, int failed)
{
	if (!failed && store_held(in, 0) < 0)
		failed = 1;
	free_held(in);
	in->open = NULL;
	if (failed) {
		dossier_store_rollback(in->st);
		db_fail(in, f->path);
		return 1;
	}
	if (dossier_store_commit(in->st) < 0) {
		db_fail(in, f->path);
		return 1;
	}
	return 0;
}

/* A transaction holds whole files: one file, or several small ones, and
 * commits at the end of the file that brings it to GROUP_DOCS documents or
 * GROUP_SECONDS of work, and at the last file. A file is never split
 * between transactions; an interrupted ingest loses at most the files of
 * the open transaction (about a second of work), and a re-run stores them.
 * (Each commit makes SQLite's full-text index write a segment: one per
 * small file made the store twice as slow.) */
#define GROUP_DOCS 256
#define GROUP_SECONDS 1.0

/* A document processed (in input order, by the pool), or the end of a
 * file (doc NULL). */
static int take(void *ud, struct dossier_doc *doc, void *tag)
{
	struct ingest *in = ud;
	struct file *f = tag;
	if (in->db_error) {
		dossier_doc_free(doc);
		return 1;
	}
	if (!doc) {
		in->files_done++;
		in->done_bytes += f->bytes;
		if (in->open && (in->txn_docs >= GROUP_DOCS || now() - in->txn_t0 >= GROUP_SECONDS ||
				 in->files_done == in->n_files) &&
		    end_file(in, f, 0))
			return 1;
		in->records = dossier_store_records_written(in->st);
		bar_draw(in, in->files_done == in->n_files);
		return 0;
	}
	if (!in->open) {
		if (dossier_store_begin(in->st) < 0) {
			dossier_doc_free(doc);
			db_fail(in, f->path);
			return 1;
		}
		in->open = f;
		in->txn_docs = 0;
		in->txn_t0 = now();
	}
	if (in->n_held == HOLD && store_held(in, HOLD - 1) < 0) {
		dossier_doc_free(doc);
		end_file(in, f, 1);
		return 1;
	}
	in->held[(in->head + in->n_held) % HOLD] = doc;
	in->n_held++;
	in->txn_docs++;
	return 0;
}

/* Reads one input file into the pool, then marks its end. */
static int one_file(struct ingest *in, struct file *f)
{
	struct dossier_reader *r;
	if (dossier_reader_open(in->ds, f->path, &r) == 0) {
		const struct dossier_raw *raw;
		while (dossier_reader_next(r, &raw) > 0)
			if (dossier_pool_submit(in->pool, raw, f))
				break;
		dossier_reader_free(r);
	}
	return dossier_pool_mark(in->pool, f) ? -1 : 0;
}

int cmd_ingest(int argc, char **argv)
{
	const struct cli_cmd *self = cli_find("ingest");
	const char *kb_dir = NULL, *db = "dossier.db", *arg;
	int quiet = 0;
	unsigned threads = cli_default_threads();
	struct dossier_options o;
	struct ingest in;
	memset(&o, 0, sizeof o);
	memset(&in, 0, sizeof in);
	const char *name;
	int status, more;
	while ((more = cli_option(argc, argv, self, &name, &arg, &status)) > 0) {
		if (!strcmp(name, "db")) {
			db = arg;
		} else if (!strcmp(name, "kb")) {
			kb_dir = arg;
		} else if (!strcmp(name, "quiet")) {
			quiet = 1;
		} else if (cli_run_opt(name, arg, &o, &threads) < 0) {
			return 2;
		}
	}
	if (more < 0)
		return status;
	if (optind >= argc) {
		cli_error("ingest: no input; usage: dossier ingest %s", self->usage);
		return 2;
	}
	in.tty = !quiet && isatty(2);
	o.kb_dir = cli_kb_dir(kb_dir);
	o.diag = ingest_diag;
	o.diag_ud = &in;
	char err[600];
	if (dossier_new(&o, &in.ds, err, sizeof err) < 0) {
		cli_error("%s", err);
		return 1;
	}
	if (dossier_store_open(db, &in.st, err, sizeof err) < 0) {
		cli_error("%s", err);
		dossier_free(in.ds);
		return 1;
	}
	for (int k = optind; k < argc; k++)
		dossier_walk(in.ds, argv[k], collect, &in);
	in.t0 = now();
	dossier_pool_new(in.ds, threads, take, &in, &in.pool);
	for (size_t k = 0; k < in.n_files && !in.db_error; k++)
		if (one_file(&in, &in.files[k]) < 0)
			break;
	int stopped = dossier_pool_flush(in.pool);
	dossier_pool_free(in.pool);
	if (in.open) /* the files after the last commit */
		end_file(&in, in.open, stopped || in.db_error);
	bar_clear(&in);
	if (!in.db_error) {
		if (in.tty) {
			fputs("updating the tracker...", stderr);
			fflush(stderr);
		}
		int n = dossier_store_refresh(in.st);
		if (in.tty)
			fputs("\r\033[K", stderr);
		if (n < 0) {
			cli_error("%s: cannot update the tracker: %s", db, dossier_store_errmsg(in.st));
			in.db_error = 1;
		}
	}
	if (in.tty && !in.db_error) {
		fprintf(stderr, "dossier: %zu files, %llu documents (%llu new), %llu records added, "
				"%.1f s; database %s\n",
			in.files_done, in.docs, in.new_docs, dossier_store_records_written(in.st), now() - in.t0, db);
	}
	for (size_t k = 0; k < in.n_files; k++)
		free(in.files[k].path);
	free(in.files);
	dossier_store_close(in.st);
	dossier_free(in.ds);
	return in.db_error || in.counts.errors ? 1 : 0;
}
