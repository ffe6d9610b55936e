/*
 * pool.c: processing documents in several threads (dossier_pool, see
 * dossier.h). The submitting thread copies each raw document into a ring
 * of jobs; worker threads, each with its own handle (its own matcher and
 * scratch; the knowledge base and the lexicons are shared and read-only),
 * clean and extract them (the submitting thread too, rather than wait for
 * them, so that N threads in all keep N processors busy); the submitting
 * thread hands them back in order,
 * after linking them to their copies on its own handle, so that the copy
 * search sees the documents in input order as on one thread. The ring is
 * bounded in jobs and in bytes: memory does not grow with the input.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ds.h"

#define POOL_BYTES (64u << 20) /* raw bytes queued, at most (one document more) */

enum { J_FREE, J_QUEUED, J_RUNNING, J_DONE, J_MARK, J_DIAG };

struct pool_diag {
	char *input, *reason;
	int fatal;
};

struct job {
	int state;
	void *tag;
	struct dossier_raw raw; /* pointers into mem */
	char *mem;
	size_t cap, bytes;
	struct dossier_doc *doc;
	int rc;
	struct pool_diag *diags;
	size_t ndiag, cap_diag;
};

struct worker {
	struct dossier_pool *p;
	struct dossier *ds;
	struct job *cur;
	pthread_t th;
	int started;
};

struct dossier_pool {
	struct dossier *ds;
	dossier_doc_fn fn;
	void *ud;
	unsigned nw;
	struct worker *w;
	struct worker self; /* the submitting thread's handle: it works too
			     * instead of waiting */
	struct job *jobs;
	size_t nj;
	size_t head;  /* the oldest job not handed back */
	size_t n;     /* jobs in the ring */
	size_t bytes; /* raw bytes in the ring */
	pthread_mutex_t mu;
	pthread_cond_t work, done;
	int stop, stopped; /* stopped: fn returned non-zero */
	int rc;
	/* ds's own diagnostics (a reader's) wait in the ring too, so that all
	 * come out in input order */
	dossier_diag_fn diag;
	void *diag_ud;
	int handing_back;
};

unsigned dossier_cpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (unsigned)n : 1;
}

/* A worker's diagnostics wait in its current job. */
static void worker_diag(void *ud, const char *input, const char *reason, int fatal)
{
	struct worker *w = ud;
	struct job *j = w->cur;
	ds_grow(&j->diags, &j->cap_diag, j->ndiag + 1, sizeof *j->diags);
	j->diags[j->ndiag].input = ds_xstrdup(input ? input : "");
	j->diags[j->ndiag].reason = ds_xstrdup(reason ? reason : "");
	j->diags[j->ndiag].fatal = fatal;
	j->ndiag++;
}

/* The oldest queued job, or NULL. Called with the lock held. */
static struct job *queued(struct dossier_pool *p)
{
	for (size_t k = 0; k < p->n; k++) {
		struct job *x = &p->jobs[(p->head + k) % p->nj];
		if (x->state == J_QUEUED)
			return x;
	}
	return NULL;
}

/* Processes job j on w's handle. Called with the lock held; releases it
 * meanwhile. */
static void run_job(struct dossier_pool *p, struct worker *w, struct job *j)
{
	j->state = J_RUNNING;
	pthread_mutex_unlock(&p->mu);
	w->cur = j;
	j->rc = dossier_process(w->ds, &j->raw, &j->doc);
	w->cur = NULL;
	pthread_mutex_lock(&p->mu);
	j->state = J_DONE;
}

static void *worker_main(void *arg)
{
	struct worker *w = arg;
	struct dossier_pool *p = w->p;
	pthread_mutex_lock(&p->mu);
	while (!p->stop) {
		struct job *j = queued(p);
		if (!j) {
			pthread_cond_wait(&p->work, &p->mu);
			continue;
		}
		run_job(p, w, j);
		pthread_cond_signal(&p->done);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

static void job_clear(struct job *j)
{
	for (size_t i = 0; i < j->ndiag; i++) {
		free(j->diags[i].input);
		free(j->diags[i].reason);
	}
	j->ndiag = 0;
	if (j->doc)
		dossier_doc_free(j->doc);
	j->doc = NULL;
	j->state = J_FREE;
}

static void drain(struct dossier_pool *p, size_t room, size_t need);

/* ds's diagnostics while the pool runs: queued behind the documents read
 * before (told at once while a document is handed back). */
static void pool_diag(void *ud, const char *input, const char *reason, int fatal)
{
	struct dossier_pool *p = ud;
	if (p->handing_back) {
		if (p->diag)
			p->diag(p->diag_ud, input, reason, fatal);
		return;
	}
	drain(p, p->nj, 0);
	pthread_mutex_lock(&p->mu);
	struct job *j = &p->jobs[(p->head + p->n) % p->nj];
	pthread_mutex_unlock(&p->mu);
	struct worker tmp = {.cur = j};
	worker_diag(&tmp, input, reason, fatal);
	j->tag = NULL;
	j->bytes = 0;
	pthread_mutex_lock(&p->mu);
	j->state = J_DIAG;
	p->n++;
	pthread_mutex_unlock(&p->mu);
}

int dossier_pool_new(struct dossier *ds, unsigned threads, dossier_doc_fn fn, void *ud,
		     struct dossier_pool **out)
{
	struct dossier_pool *p = ds_xcalloc(1, sizeof *p);
	p->ds = ds;
	p->fn = fn;
	p->ud = ud;
	*out = p;
	if (threads <= 1)
		return 0;
	if (threads > 64)
		threads = 64;
	p->nj = 8 * (size_t)threads;
	p->jobs = ds_xcalloc(p->nj, sizeof *p->jobs);
	p->w = ds_xcalloc(threads, sizeof *p->w);
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->work, NULL);
	pthread_cond_init(&p->done, NULL);
	struct dossier_options o = ds->opts;
	o.kb = ds->kb;
	o.no_dedup = 1;
	o.link_later = ds->dedup != NULL;
	o.diag = worker_diag;
	o.diag_ud = &p->self;
	p->self.p = p;
	if (dossier_new(&o, &p->self.ds, NULL, 0) < 0)
		threads = 1; /* no handle: everything in this thread */
	for (unsigned i = 0; i + 1 < threads; i++) {
		struct worker *w = &p->w[i];
		o.diag_ud = w;
		w->p = p;
		if (dossier_new(&o, &w->ds, NULL, 0) < 0)
			break;
		if (pthread_create(&w->th, NULL, worker_main, w) != 0) {
			dossier_free(w->ds);
			w->ds = NULL;
			break;
		}
		w->started = 1;
		p->nw++;
	}
	if (p->nw) {
		p->diag = ds->opts.diag;
		p->diag_ud = ds->opts.diag_ud;
		ds->opts.diag = pool_diag;
		ds->opts.diag_ud = p;
	} else {
		/* no thread could start: work in the caller's thread */
		dossier_free(p->self.ds);
		p->self.ds = NULL;
		free(p->jobs);
		free(p->w);
		p->jobs = NULL;
		p->w = NULL;
		p->nj = 0;
	}
	return 0;
}

/* Hands back the oldest job (done, or a mark). Called with the lock held;
 * releases it around the callback. */
static void hand_back(struct dossier_pool *p)
{
	struct job *j = &p->jobs[p->head];
	p->head = (p->head + 1) % p->nj;
	p->n--;
	p->bytes -= j->bytes;
	pthread_mutex_unlock(&p->mu);
	p->handing_back = 1;
	if (!p->stopped) {
		for (size_t i = 0; i < j->ndiag; i++)
			if (p->diag)
				p->diag(p->diag_ud, j->diags[i].input, j->diags[i].reason,
					j->diags[i].fatal);
		int rc = 0;
		if (j->state == J_DIAG) {
			/* told above */
		} else if (j->state == J_MARK) {
			rc = p->fn(p->ud, NULL, j->tag);
		} else if (j->rc == 0 && j->doc) {
			struct dossier_doc *doc = j->doc;
			j->doc = NULL;
			dossier_link(p->ds, doc);
			rc = p->fn(p->ud, doc, j->tag);
		}
		if (rc) {
			p->stopped = 1;
			p->rc = rc;
		}
	}
	p->handing_back = 0;
	job_clear(j);
	pthread_mutex_lock(&p->mu);
}

/* Hands back every finished job at the head; with `wait`, waits for the
 * head until fewer than `room` jobs and POOL_BYTES - need bytes are used. */
static void drain(struct dossier_pool *p, size_t room, size_t need)
{
	pthread_mutex_lock(&p->mu);
	for (;;) {
		while (p->n && p->jobs[p->head].state >= J_DONE)
			hand_back(p);
		int full = p->n >= room || (p->n && p->bytes + need > POOL_BYTES);
		if (!full)
			break;
		/* rather than wait, work */
		struct job *j = queued(p);
		if (j)
			run_job(p, &p->self, j);
		else
			pthread_cond_wait(&p->done, &p->mu);
	}
	pthread_mutex_unlock(&p->mu);
}

/* Copies the strings and the body of raw into the job's memory. */
static void copy_raw(struct job *j, const struct dossier_raw *raw)
{
	const char *strs[9] = {raw->id, raw->input, raw->title, raw->url, raw->date,
			       raw->lang, raw->charset, raw->crawl_date, NULL};
	size_t need = raw->body_len + 1;
	for (int i = 0; i < 8; i++)
		need += strs[i] ? strlen(strs[i]) + 1 : 0;
	if (need > j->cap || j->cap > 4 * need + (1u << 20)) {
		free(j->mem);
		j->mem = ds_xmalloc(need);
		j->cap = need;
	}
	char *m = j->mem;
	const char *copies[8];
	for (int i = 0; i < 8; i++) {
		copies[i] = NULL;
		if (!strs[i])
			continue;
		size_t k = strlen(strs[i]) + 1;
		memcpy(m, strs[i], k);
		copies[i] = m;
		m += k;
	}
	if (raw->body_len)
		memcpy(m, raw->body, raw->body_len);
	m[raw->body_len] = '\0';
	j->raw = *raw;
	j->raw.id = copies[0];
	j->raw.input = copies[1];
	j->raw.title = copies[2];
	j->raw.url = copies[3];
	j->raw.date = copies[4];
	j->raw.lang = copies[5];
	j->raw.charset = copies[6];
	j->raw.crawl_date = copies[7];
	j->raw.body = m;
	j->bytes = raw->body_len;
}

int dossier_pool_submit(struct dossier_pool *p, const struct dossier_raw *raw, void *tag)
{
	if (p->stopped)
		return p->rc;
	if (!p->nw) {
		struct dossier_doc *doc;
		if (dossier_process(p->ds, raw, &doc) < 0)
			return 0;
		int rc = p->fn(p->ud, doc, tag);
		if (rc) {
			p->stopped = 1;
			p->rc = rc;
		}
		return rc;
	}
	drain(p, p->nj, raw->body_len);
	if (p->stopped)
		return p->rc;
	pthread_mutex_lock(&p->mu);
	struct job *j = &p->jobs[(p->head + p->n) % p->nj];
	pthread_mutex_unlock(&p->mu);
	/* the slot is free and no worker looks at it: copy without the lock */
	copy_raw(j, raw);
	j->tag = tag;
	j->rc = 0;
	pthread_mutex_lock(&p->mu);
	j->state = J_QUEUED;
	p->n++;
	p->bytes += j->bytes;
	pthread_cond_signal(&p->work);
	pthread_mutex_unlock(&p->mu);
	return 0;
}

int dossier_pool_mark(struct dossier_pool *p, void *tag)
{
	if (p->stopped)
		return p->rc;
	if (!p->nw) {
		int rc = p->fn(p->ud, NULL, tag);
		if (rc) {
			p->stopped = 1;
			p->rc = rc;
		}
		return rc;
	}
	drain(p, p->nj, 0);
	if (p->stopped)
		return p->rc;
	pthread_mutex_lock(&p->mu);
	struct job *j = &p->jobs[(p->head + p->n) % p->nj];
	j->tag = tag;
	j->bytes = 0;
	j->state = J_MARK;
	p->n++;
	pthread_mutex_unlock(&p->mu);
	drain(p, p->nj, 0);
	return p->stopped ? p->rc : 0;
}

int dossier_pool_flush(struct dossier_pool *p)
{
	if (p->nw)
		drain(p, 1, 0);
	return p->stopped ? p->rc : 0;
}

void dossier_pool_free(struct dossier_pool *p)
{
	if (!p)
		return;
	if (p->nw) {
		p->ds->opts.diag = p->diag;
		p->ds->opts.diag_ud = p->diag_ud;
		pthread_mutex_lock(&p->mu);
		p->stop = 1;
		pthread_cond_broadcast(&p->work);
		pthread_mutex_unlock(&p->mu);
	}
	for (unsigned i = 0; p->w && i < p->nw; i++) {
		if (p->w[i].started)
			pthread_join(p->w[i].th, NULL);
		dossier_free(p->w[i].ds);
	}
	dossier_free(p->self.ds);
	for (size_t i = 0; i < p->nj; i++) {
		job_clear(&p->jobs[i]);
		free(p->jobs[i].mem);
		free(p->jobs[i].diags);
	}
	if (p->nw) {
		pthread_mutex_destroy(&p->mu);
		pthread_cond_destroy(&p->work);
		pthread_cond_destroy(&p->done);
	}
	free(p->jobs);
	free(p->w);
	free(p);
}
