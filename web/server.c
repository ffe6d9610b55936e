/*
 * server.c: HTTP for the web pages, over libmicrohttpd: a pool of worker
 * threads (epoll), each request answered by one of them with one read-only
 * store handle of its own. A request is checked before anything is read
 * from the store: GET or HEAD only (405), a path and query string that
 * decode to UTF-8 text with known parameters (400), a known page (404).
 * Limits bound what clients can take: bytes of a request (the connection's
 * memory pool: MHD answers 414/431 past it), connections in all and per
 * address, idle time, and the time a request's headers may take (a
 * watchdog closes slow clients). Rendered pages are kept (an LRU cache of
 * bounded size) until the database changes: a watcher thread polls its
 * data version. Every response carries the security headers (CSP without
 * inline script, nosniff, no referrer, no framing).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "page.h"
#include "web.h"

#define CSP "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " \
	    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
#define CONN_MEMORY (32u << 10) /* a request line and its headers fit in this */
#define CACHE_ITEM_MAX (2u << 20) /* larger pages are rendered each time */
#define CACHE_ITEMS 4096
#define BODY_MAX (16u << 10) /* bytes of a body sent with a GET, dropped */

/* --- connections: the header deadline --------------------------------------------- */

/* A client connection. Between requests (and before the first) it has
 * until `deadline` to send a whole request head; the watcher shuts down
 * the socket of one that has not (slowloris). MHD closes the socket only
 * after telling us (MHD_CONNECTION_NOTIFY_CLOSED, which takes conn_mu),
 * so the watcher never touches a closed descriptor. */
struct conn {
	int fd;
	int busy;        /* a request is being answered: no deadline */
	int shot;        /* shut down by the watcher */
	double deadline; /* monotonic seconds */
	struct conn *prev, *next;
};

/* A request: its raw target, from MHD's URI callback. */
struct reqctx {
	char *uri;
	int started, answered;
	size_t body_bytes;
	struct conn *conn;
};

/* --- the page cache ---------------------------------------------------------------- */

struct centry {
	char *key;
	uint64_t hash;
	unsigned long gen; /* the database generation it was rendered at */
	struct MHD_Response *resp; /* the cache's reference */
	unsigned status;
	size_t bytes;
	struct centry *lprev, *lnext; /* LRU: most recent first */
	struct centry *hnext;
};

struct cache {
	pthread_mutex_t mu;
	struct centry **tab;
	size_t nb; /* buckets, a power of two */
	struct centry *head, *tail;
	size_t n, bytes, max_bytes;
};

struct slot {
	struct dossier_store *st;
	struct dossier *ds;
	int busy;
};

struct web_server {
	struct web_options o;
	char *db;
	struct MHD_Daemon *d;
	unsigned port;
	unsigned timeout;
	struct slot *slots;
	size_t n_slots;
	pthread_mutex_t pool_mu;
	pthread_cond_t pool_cv;
	struct dossier_store *watch_st; /* the watcher's own handle */
	unsigned long long data_version;
	atomic_ulong gen; /* bumped when the database changed */
	pthread_t watcher;
	int watcher_started, stopping;
	pthread_mutex_t stop_mu;
	pthread_cond_t stop_cv;
	pthread_mutex_t conn_mu;
	struct conn *conns;
	struct cache cache;
	pthread_mutex_t log_mu;
	char last_log[512];
	double last_log_time;
	unsigned log_dropped;
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);
	if (!p)
		abort(); /* out of memory ends the process here */
	return p;
}

static char *xstrdup(const char *s)
{
	char *p = strdup(s);
	if (!p)
		abort();
	return p;
}

static void logf_(struct web_server *w, const char *fmt, ...) WEB_PRINTF(2, 3);
static void logf_(struct web_server *w, const char *fmt, ...)
{
	if (!w->o.log)
		return;
	char line[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	/* request targets are the clients': no control character reaches a
	 * terminal */
	for (char *p = line; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7F)
			*p = '?';
	w->o.log(w->o.log_ud, line);
}

/* MHD's own messages go to the log callback too. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static void mhd_log(void *cls, const char *fmt, va_list ap)
{
	struct web_server *w = cls;
	char line[512];
	vsnprintf(line, sizeof line, fmt, ap);
	size_t n = strlen(line);
	while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		line[--n] = '\0';
	/* a flood (connections refused under load) is one line a second,
	 * with the count of those left out */
	double t = now();
	unsigned dropped = 0;
	pthread_mutex_lock(&w->log_mu);
	if (!strcmp(line, w->last_log) && t - w->last_log_time < 1.0) {
		w->log_dropped++;
		pthread_mutex_unlock(&w->log_mu);
		return;
	}
	dropped = w->log_dropped;
	w->log_dropped = 0;
	snprintf(w->last_log, sizeof w->last_log, "%s", line);
	w->last_log_time = t;
	pthread_mutex_unlock(&w->log_mu);
	if (dropped)
		logf_(w, "http: (%u more times)", dropped);
	logf_(w, "http: %s", line);
}
#pragma GCC diagnostic pop

/* --- cache ----------------------------------------------------------------------- */

static uint64_t fnv(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

static void lru_unlink(struct cache *c, struct centry *e)
{
	if (e->lprev)
		e->lprev->lnext = e->lnext;
	else
		c->head = e->lnext;
	if (e->lnext)
		e->lnext->lprev = e->lprev;
	else
		c->tail = e->lprev;
	e->lprev = e->lnext = NULL;
}

static void lru_front(struct cache *c, struct centry *e)
{
	e->lnext = c->head;
	e->lprev = NULL;
	if (c->head)
		c->head->lprev = e;
	c->head = e;
	if (!c->tail)
		c->tail = e;
}

static void cache_drop(struct cache *c, struct centry *e)
{
	struct centry **pp = &c->tab[e->hash & (c->nb - 1)];
	while (*pp != e)
		pp = &(*pp)->hnext;
	*pp = e->hnext;
	lru_unlink(c, e);
	c->n--;
	c->bytes -= e->bytes;
	MHD_destroy_response(e->resp);
	free(e->key);
	free(e);
}

/* Queues the cached response for key when it is of generation gen:
 * returns 1 and MHD's answer in *ret, else 0. The lock is held while
 * queueing, so that no eviction frees the response in between. */
static int cache_get(struct cache *c, const char *key, unsigned long gen,
		     struct MHD_Connection *con, enum MHD_Result *ret)
{
	uint64_t h = fnv(key);
	int hit = 0;
	pthread_mutex_lock(&c->mu);
	struct centry *e = c->tab[h & (c->nb - 1)];
	while (e && (e->hash != h || strcmp(e->key, key)))
		e = e->hnext;
	if (e && e->gen != gen) {
		cache_drop(c, e);
	} else if (e) {
		lru_unlink(c, e);
		lru_front(c, e);
		*ret = MHD_queue_response(con, e->status, e->resp);
		hit = 1;
	}
	pthread_mutex_unlock(&c->mu);
	return hit;
}

/* Keeps resp (the caller's reference passes to the cache) under key;
 * returns 0, or -1 when it was not kept (the caller still owns it). */
static int cache_put(struct cache *c, const char *key, unsigned long gen, unsigned status,
		     struct MHD_Response *resp, size_t bytes)
{
	bytes += strlen(key) + sizeof(struct centry);
	if (bytes > c->max_bytes / 8)
		return -1;
	uint64_t h = fnv(key);
	pthread_mutex_lock(&c->mu);
	struct centry *e = c->tab[h & (c->nb - 1)];
	while (e && (e->hash != h || strcmp(e->key, key)))
		e = e->hnext;
	if (e)
		cache_drop(c, e); /* another thread rendered it too: keep the newer */
	while (c->tail && (c->bytes + bytes > c->max_bytes || c->n >= CACHE_ITEMS))
		cache_drop(c, c->tail);
	e = xcalloc(1, sizeof *e);
	e->key = xstrdup(key);
	e->hash = h;
	e->gen = gen;
	e->resp = resp;
	e->status = status;
	e->bytes = bytes;
	e->hnext = c->tab[h & (c->nb - 1)];
	c->tab[h & (c->nb - 1)] = e;
	lru_front(c, e);
	c->n++;
	c->bytes += bytes;
	pthread_mutex_unlock(&c->mu);
	return 0;
}

/* --- store handles ------------------------------------------------------------------ */

static struct slot *slot_get(struct web_server *w)
{
	pthread_mutex_lock(&w->pool_mu);
	struct slot *s = NULL;
	for (;;) {
		for (size_t i = 0; i < w->n_slots && !s; i++)
			if (!w->slots[i].busy)
				s = &w->slots[i];
		if (s)
			break;
		pthread_cond_wait(&w->pool_cv, &w->pool_mu);
	}
	s->busy = 1;
	pthread_mutex_unlock(&w->pool_mu);
	return s;
}

static void slot_put(struct web_server *w, struct slot *s)
{
	pthread_mutex_lock(&w->pool_mu);
	s->busy = 0;
	pthread_cond_signal(&w->pool_cv);
	pthread_mutex_unlock(&w->pool_mu);
}

/* --- requests: decoding and checking ------------------------------------------------- */

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Percent-decodes s[0..n) ('+' is a space in a query, `form`); NULL when
 * an escape is broken or the result is not UTF-8 text (no NUL, no
 * control character). The caller frees the result. */
static char *decode(const char *s, size_t n, int form)
{
	char *out = xcalloc(1, n + 1);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		int c = (unsigned char)s[i];
		if (c == '%') {
			int hi = i + 2 < n ? hexval((unsigned char)s[i + 1]) : -1;
			int lo = i + 2 < n ? hexval((unsigned char)s[i + 2]) : -1;
			if (hi < 0 || lo < 0) {
				free(out);
				return NULL;
			}
			out[k++] = (char)(hi << 4 | lo);
			i += 2;
		} else if (c == '+' && form) {
			out[k++] = ' ';
		} else {
			out[k++] = (char)c;
		}
	}
	out[k] = '\0';
	if (!web_text_valid(out, k)) {
		free(out);
		return NULL;
	}
	return out;
}

static void params_free(struct web_req *r)
{
	for (size_t i = 0; i < r->n_params; i++) {
		free(r->params[i].key);
		free(r->params[i].value);
	}
	r->n_params = 0;
}

/* Splits and decodes a query string into r->params. Returns 0, or -1
 * with the reason in why. */
static int parse_query(struct web_req *r, const char *q, char *why, size_t whylen)
{
	while (*q) {
		size_t n = strcspn(q, "&");
		if (n) {
			const char *eq = memchr(q, '=', n);
			size_t kn = eq ? (size_t)(eq - q) : n;
			char *key = decode(q, kn, 1);
			char *val = eq ? decode(eq + 1, n - kn - 1, 1) : xstrdup("");
			if (!key || !val || !*key) {
				snprintf(why, whylen, "a malformed query parameter");
				free(key);
				free(val);
				return -1;
			}
			if (strspn(key, "abcdefghijklmnopqrstuvwxyz_") != strlen(key) || strlen(key) > 32) {
				snprintf(why, whylen, "a malformed query parameter name");
				free(key);
				free(val);
				return -1;
			}
			if (strlen(val) > WEB_MAX_VALUE) {
				snprintf(why, whylen, "%s: longer than %d bytes", key, WEB_MAX_VALUE);
				free(key);
				free(val);
				return -1;
			}
			for (size_t i = 0; i < r->n_params; i++) {
				if (!strcmp(r->params[i].key, key)) {
					snprintf(why, whylen, "%s: given twice", key);
					free(key);
					free(val);
					return -1;
				}
			}
			if (r->n_params == WEB_MAX_PARAMS) {
				snprintf(why, whylen, "too many query parameters");
				free(key);
				free(val);
				return -1;
			}
			r->params[r->n_params].key = key;
			r->params[r->n_params++].value = val;
		}
		q += n;
		if (*q)
			q++;
	}
	return 0;
}

const char *web_param(const struct web_req *r, const char *key)
{
	for (size_t i = 0; i < r->n_params; i++)
		if (!strcmp(r->params[i].key, key))
			return r->params[i].value[0] ? r->params[i].value : NULL;
	return NULL;
}

int web_params_only(struct web_req *r, const char *allowed)
{
	for (size_t i = 0; i < r->n_params; i++) {
		const char *k = r->params[i].key, *p = allowed;
		size_t kl = strlen(k);
		int ok = 0;
		while (*p && !ok) {
			size_t n = strcspn(p, " ");
			ok = n == kl && !strncmp(p, k, n);
			p += n;
			p += *p == ' ';
		}
		if (!ok) {
			web_fail(r, 400, "unknown query parameter '%s'", k);
			return -1;
		}
	}
	return 0;
}

static const char *reason(unsigned status)
{
	switch (status) {
	case 400: return "Bad request";
	case 404: return "Not found";
	case 405: return "Method not allowed";
	case 413: return "Request too large";
	default: return "Server error";
	}
}

void web_fail(struct web_req *r, unsigned status, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	r->status = status;
	r->body.len = 0;
	r->body.over = 0;
	if (r->api) {
		wb_adds(&r->body, "{\"error\":");
		wb_json(&r->body, msg);
		wb_addf(&r->body, ",\"status\":%u}\n", status);
		return;
	}
	page_begin(r, reason(status), NULL);
	wb_addf(&r->body, "<h1>%u %s</h1><p class=\"error\">", status, reason(status));
	wb_html(&r->body, msg);
	wb_adds(&r->body, "</p><p><a href=\"/\">The overview</a></p>");
	page_end(r, NULL);
}

/* --- responses ----------------------------------------------------------------------- */

static void security_headers(struct MHD_Response *resp)
{
	MHD_add_response_header(resp, "Content-Security-Policy", CSP);
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(resp, "X-Frame-Options", "DENY");
	MHD_add_response_header(resp, "Cross-Origin-Opener-Policy", "same-origin");
}

static struct MHD_Response *response(char *body, size_t len, const char *type)
{
	struct MHD_Response *resp =
		MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
	if (!resp) {
		free(body);
		return NULL;
	}
	MHD_add_response_header(resp, "Content-Type", type);
	security_headers(resp);
	return resp;
}

static enum MHD_Result send_once(struct MHD_Connection *c, unsigned status,
				 struct MHD_Response *resp)
{
	if (!resp)
		return MHD_NO;
	enum MHD_Result ret = MHD_queue_response(c, status, resp);
	MHD_destroy_response(resp);
	return ret;
}

/* A short answer rendered outside the route table (405, 400 of the URL). */
static enum MHD_Result send_fail(struct MHD_Connection *c, int api, unsigned status,
				 const char *msg)
{
	struct web_req r;
	memset(&r, 0, sizeof r);
	r.path = "";
	r.api = api;
	web_fail(&r, status, "%s", msg);
	size_t len;
	char *body = wb_detach(&r.body, &len);
	struct MHD_Response *resp =
		response(body, len, api ? "application/json; charset=utf-8" : "text/html; charset=utf-8");
	if (resp && status == 405)
		MHD_add_response_header(resp, "Allow", "GET, HEAD");
	if (resp)
		MHD_add_response_header(resp, "Cache-Control", "no-store");
	return send_once(c, status, resp);
}

static enum MHD_Result send_asset(struct MHD_Connection *c, const struct web_asset *a)
{
	const char *inm = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "If-None-Match");
	int fresh = inm && !strcmp(inm, a->etag);
	struct MHD_Response *resp = MHD_create_response_from_buffer(
		fresh ? 0 : a->len, fresh ? NULL : (void *)(uintptr_t)a->data, MHD_RESPMEM_PERSISTENT);
	if (!resp)
		return MHD_NO;
	MHD_add_response_header(resp, "Content-Type", a->type);
	MHD_add_response_header(resp, "ETag", a->etag);
	MHD_add_response_header(resp, "Cache-Control", "no-cache");
	security_headers(resp);
	return send_once(c, fresh ? MHD_HTTP_NOT_MODIFIED : MHD_HTTP_OK, resp);
}

static struct conn *conn_of(struct MHD_Connection *c)
{
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	return ci ? ci->socket_context : NULL;
}

static void conn_busy(struct web_server *w, struct conn *k, int busy)
{
	if (!k)
		return;
	pthread_mutex_lock(&w->conn_mu);
	k->busy = busy;
	if (!busy)
		k->deadline = now() + w->timeout;
	pthread_mutex_unlock(&w->conn_mu);
}

/* MHD's access handler, called a first time when a request's head is in,
 * then for each piece of its body, then once more at its end. Other
 * methods are refused at once (405); a GET's body is dropped (413 past
 * BODY_MAX); at the end the target is decoded and checked (400), a static
 * file or a page of the cache answered, or else the page rendered with a
 * store handle of the pool, answered, and kept in the cache when it is a
 * 200 of reasonable size. */
static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
				  const char *method, const char *version, const char *upload,
				  size_t *upload_size, void **con_cls)
{
	struct web_server *w = cls;
	struct reqctx *x = *con_cls;
	(void)version;
	(void)upload;
	if (!x) { /* no URI callback (it always runs): the decoded URL will do */
		x = xcalloc(1, sizeof *x);
		x->uri = xstrdup(url);
		*con_cls = x;
	}
	if (x->answered) {
		*upload_size = 0;
		return MHD_YES;
	}
	const char *uri = x->uri;
	int api = !strncmp(uri, "/api/", 5);
	if (!x->started) {
		/* the head is in: answer at the end of the request (answering
		 * now would close a keep-alive connection), but refuse other
		 * methods at once */
		x->started = 1;
		x->conn = conn_of(c);
		conn_busy(w, x->conn, 1);
		if (strcmp(method, MHD_HTTP_METHOD_GET) && strcmp(method, MHD_HTTP_METHOD_HEAD)) {
			x->answered = 1;
			return send_fail(c, api, 405, "only GET and HEAD are served here");
		}
		return MHD_YES;
	}
	if (*upload_size) {
		/* a GET with a body: read and dropped, up to a limit */
		x->body_bytes += *upload_size;
		*upload_size = 0;
		if (x->body_bytes <= BODY_MAX)
			return MHD_YES;
		x->answered = 1;
		return send_fail(c, api, 413, "a GET request has no body");
	}
	x->answered = 1;
	if (uri[0] != '/')
		return send_fail(c, api, 400, "the request target is not a path");
	size_t plen = strcspn(uri, "?#");
	char *path = decode(uri, plen, 0);
	if (!path)
		return send_fail(c, api, 400, "the path is not valid percent-encoded UTF-8");
	if (!strncmp(path, "/static/", 8)) {
		for (size_t i = 0; i < web_n_assets; i++) {
			if (!strcmp(path + 8, web_assets[i].name)) {
				free(path);
				return send_asset(c, &web_assets[i]);
			}
		}
	}
	struct web_req r;
	memset(&r, 0, sizeof r);
	r.api = api;
	r.path = api ? path + 4 : path;
	r.status = 200;
	char why[128];
	if (uri[plen] == '?' && parse_query(&r, uri + plen + 1, why, sizeof why) < 0) {
		params_free(&r);
		free(path);
		return send_fail(c, api, 400, why);
	}
	unsigned long gen = atomic_load(&w->gen);
	enum MHD_Result ret;
	if (cache_get(&w->cache, uri, gen, c, &ret)) {
		params_free(&r);
		free(path);
		if (w->o.log_requests)
			logf_(w, "%s %s 200 (cached)", method, uri);
		return ret;
	}
	struct slot *s = slot_get(w);
	r.st = s->st;
	r.ds = s->ds;
	web_route(&r);
	slot_put(w, s);
	if (r.body.over) {
		snprintf(r.errmsg, sizeof r.errmsg, "the page is larger than %u bytes", WEB_BODY_MAX);
		web_fail(&r, 500, "this page is too large to show");
	}
	if (r.status >= 500)
		logf_(w, "%s %s: %s", method, uri, r.errmsg[0] ? r.errmsg : "failed");
	size_t len;
	char *body = wb_detach(&r.body, &len);
	const char *type = r.type ? r.type
			   : api  ? "application/json; charset=utf-8"
				  : "text/html; charset=utf-8";
	struct MHD_Response *resp = response(body, len, type);
	params_free(&r);
	free(path);
	if (!resp)
		return MHD_NO;
	MHD_add_response_header(resp, "Cache-Control", "no-cache");
	if (w->o.log_requests)
		logf_(w, "%s %s %u %zu", method, uri, r.status, len);
	ret = MHD_queue_response(c, r.status, resp);
	if (r.status != 200 || len > CACHE_ITEM_MAX || w->o.no_cache ||
	    cache_put(&w->cache, uri, gen, r.status, resp, len) < 0)
		MHD_destroy_response(resp);
	return ret;
}

/* The raw request target (MHD's `url` is decoded and has lost its query
 * string): kept for our own, stricter, decoding. */
static void *on_uri(void *cls, const char *uri, struct MHD_Connection *c)
{
	(void)cls;
	(void)c;
	struct reqctx *x = xcalloc(1, sizeof *x);
	x->uri = xstrdup(uri ? uri : "");
	return x;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	struct web_server *w = cls;
	struct reqctx *x = *con_cls;
	(void)toe;
	conn_busy(w, conn_of(c), 0);
	if (x) {
		free(x->uri);
		free(x);
		*con_cls = NULL;
	}
}

static void on_connection(void *cls, struct MHD_Connection *c, void **socket_context,
			  enum MHD_ConnectionNotificationCode toe)
{
	struct web_server *w = cls;
	if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
		struct conn *k = xcalloc(1, sizeof *k);
		const union MHD_ConnectionInfo *ci =
			MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
		k->fd = ci ? ci->connect_fd : -1;
		pthread_mutex_lock(&w->conn_mu);
		k->deadline = now() + w->timeout;
		k->next = w->conns;
		if (w->conns)
			w->conns->prev = k;
		w->conns = k;
		pthread_mutex_unlock(&w->conn_mu);
		*socket_context = k;
	} else if (toe == MHD_CONNECTION_NOTIFY_CLOSED && *socket_context) {
		struct conn *k = *socket_context;
		pthread_mutex_lock(&w->conn_mu);
		if (k->prev)
			k->prev->next = k->next;
		else
			w->conns = k->next;
		if (k->next)
			k->next->prev = k->prev;
		pthread_mutex_unlock(&w->conn_mu);
		free(k);
		*socket_context = NULL;
	}
}

/* --- the watcher: database changes and slow clients ---------------------------------- */

static void *watcher(void *arg)
{
	struct web_server *w = arg;
	pthread_mutex_lock(&w->stop_mu);
	while (!w->stopping) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_nsec += 250 * 1000000L;
		if (ts.tv_nsec >= 1000000000L)
			ts.tv_sec++, ts.tv_nsec -= 1000000000L;
		pthread_cond_timedwait(&w->stop_cv, &w->stop_mu, &ts);
		if (w->stopping)
			break;
		pthread_mutex_unlock(&w->stop_mu);
		unsigned long long v;
		if (dossier_store_version(w->watch_st, &v) == 0 && v != w->data_version) {
			w->data_version = v;
			atomic_fetch_add(&w->gen, 1);
		}
		double t = now();
		unsigned shot = 0;
		pthread_mutex_lock(&w->conn_mu);
		for (struct conn *k = w->conns; k; k = k->next) {
			if (!k->busy && !k->shot && k->fd >= 0 && t > k->deadline) {
				shutdown(k->fd, SHUT_RDWR);
				k->shot = 1;
				shot++;
			}
		}
		pthread_mutex_unlock(&w->conn_mu);
		if (shot && w->o.log_requests)
			logf_(w, "closed %u connection%s idle or slow past %u s", shot,
			      shot == 1 ? "" : "s", w->timeout);
		pthread_mutex_lock(&w->stop_mu);
	}
	pthread_mutex_unlock(&w->stop_mu);
	return NULL;
}

/* --- start and stop ---------------------------------------------------------------- */

static void release(struct web_server *w)
{
	for (size_t i = 0; i < w->n_slots; i++) {
		dossier_store_close(w->slots[i].st);
		dossier_free(w->slots[i].ds);
	}
	free(w->slots);
	dossier_store_close(w->watch_st);
	if (w->cache.tab) {
		while (w->cache.head)
			cache_drop(&w->cache, w->cache.head);
		free(w->cache.tab);
	}
	pthread_mutex_destroy(&w->cache.mu);
	pthread_mutex_destroy(&w->pool_mu);
	pthread_cond_destroy(&w->pool_cv);
	pthread_mutex_destroy(&w->stop_mu);
	pthread_cond_destroy(&w->stop_cv);
	pthread_mutex_destroy(&w->conn_mu);
	pthread_mutex_destroy(&w->log_mu);
	free(w->db);
	free(w);
}

int web_start(const struct web_options *o, struct web_server **out, char *err, size_t errlen)
{
	*out = NULL;
	if (errlen)
		err[0] = '\0';
	struct web_server *w = xcalloc(1, sizeof *w);
	w->o = *o;
	w->db = xstrdup(o->db ? o->db : "");
	w->o.db = w->db;
	w->timeout = o->timeout ? o->timeout : 10;
	pthread_mutex_init(&w->cache.mu, NULL);
	pthread_mutex_init(&w->pool_mu, NULL);
	pthread_cond_init(&w->pool_cv, NULL);
	pthread_mutex_init(&w->stop_mu, NULL);
	pthread_cond_init(&w->stop_cv, NULL);
	pthread_mutex_init(&w->conn_mu, NULL);
	pthread_mutex_init(&w->log_mu, NULL);
	w->cache.nb = 1024;
	w->cache.tab = xcalloc(w->cache.nb, sizeof *w->cache.tab);
	w->cache.max_bytes = o->cache_bytes ? o->cache_bytes : (size_t)64 << 20;
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	unsigned threads = o->threads ? o->threads : cores > 0 ? (unsigned)cores : 1;
	if (threads > 256)
		threads = 256;
	/* one handle per worker thread: none ever waits for another */
	w->n_slots = threads;
	w->slots = xcalloc(threads, sizeof *w->slots);
	int rc = dossier_store_open_readonly(w->db, &w->watch_st, err, errlen);
	for (size_t i = 0; i < threads && rc >= 0; i++) {
		rc = dossier_store_open_readonly(w->db, &w->slots[i].st, err, errlen);
		if (rc >= 0 && o->kb) {
			struct dossier_options dopt;
			memset(&dopt, 0, sizeof dopt);
			dopt.kb = o->kb;
			dopt.no_dedup = 1;
			rc = dossier_new(&dopt, &w->slots[i].ds, err, errlen);
		}
	}
	if (rc >= 0)
		rc = dossier_store_version(w->watch_st, &w->data_version);
	if (rc < 0) {
		release(w);
		return rc;
	}
	/* the address */
	const char *bind = o->bind && *o->bind ? o->bind : "127.0.0.1";
	struct sockaddr_in a4;
	struct sockaddr_in6 a6;
	const struct sockaddr *addr;
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ERROR_LOG;
	memset(&a4, 0, sizeof a4);
	memset(&a6, 0, sizeof a6);
	if (inet_pton(AF_INET, bind, &a4.sin_addr) == 1) {
		a4.sin_family = AF_INET;
		a4.sin_port = htons((uint16_t)o->port);
		addr = (const struct sockaddr *)&a4;
	} else if (inet_pton(AF_INET6, bind, &a6.sin6_addr) == 1) {
		a6.sin6_family = AF_INET6;
		a6.sin6_port = htons((uint16_t)o->port);
		addr = (const struct sockaddr *)&a6;
		flags |= MHD_USE_IPv6;
	} else {
		snprintf(err, errlen, "--bind: '%s' is not an IPv4 or IPv6 address", bind);
		release(w);
		return DOSSIER_E_USAGE;
	}
	errno = 0;
	w->d = MHD_start_daemon(
		flags, (uint16_t)o->port, NULL, NULL, on_request, w, MHD_OPTION_EXTERNAL_LOGGER,
		mhd_log, w, MHD_OPTION_SOCK_ADDR, addr,
		MHD_OPTION_CONNECTION_LIMIT,
		(unsigned)(o->max_connections ? o->max_connections : 512),
		MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)(o->per_ip ? o->per_ip : 128),
		MHD_OPTION_CONNECTION_TIMEOUT, w->timeout, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
		(size_t)CONN_MEMORY, MHD_OPTION_URI_LOG_CALLBACK, on_uri, w,
		MHD_OPTION_NOTIFY_COMPLETED, on_completed, w, MHD_OPTION_NOTIFY_CONNECTION,
		on_connection, w,
		MHD_OPTION_THREAD_POOL_SIZE, threads > 1 ? threads : 0, MHD_OPTION_END);
	if (!w->d) {
		snprintf(err, errlen, "cannot listen on %s port %u%s%s", bind, o->port,
			 errno ? ": " : "", errno ? strerror(errno) : "");
		release(w);
		return DOSSIER_E_IO;
	}
	const union MHD_DaemonInfo *di = MHD_get_daemon_info(w->d, MHD_DAEMON_INFO_BIND_PORT);
	w->port = di ? di->port : o->port;
	if (pthread_create(&w->watcher, NULL, watcher, w) == 0)
		w->watcher_started = 1;
	*out = w;
	return 0;
}

unsigned web_port(const struct web_server *w) { return w->port; }

void web_stop(struct web_server *w)
{
	if (!w)
		return;
	pthread_mutex_lock(&w->stop_mu);
	w->stopping = 1;
	pthread_cond_signal(&w->stop_cv);
	pthread_mutex_unlock(&w->stop_mu);
	if (w->watcher_started)
		pthread_join(w->watcher, NULL);
	/* waits for the worker threads; every connection is closed and told */
	MHD_stop_daemon(w->d);
	release(w);
}
