/*
 * web.h: the web pages of dossier (dossier serve), as the CLI sees them:
 * start a server over a database, ask its port, stop it. The server reads
 * the store through read-only handles (one per worker thread), renders
 * HTML and JSON from the views of dossier.h, and never writes anything.
 * It neither prints nor reads the environment: what it has to say goes to
 * the log callback.
 */
#ifndef DOSSIER_WEB_H
#define DOSSIER_WEB_H

#include <stddef.h>

#include "dossier.h"

struct web_options {
	const char *db;   /* the database (a dossier ingest file) */
	const char *bind; /* a numeric IPv4 or IPv6 address; NULL: 127.0.0.1 */
	unsigned port;    /* 0: a free port (see web_port) */
	/* the knowledge base that resolves names typed in filters
	 * ("Allemagne" -> Germany), shared; NULL: names are used as typed */
	const struct dossier_kb *kb;
	unsigned threads;         /* worker threads; 0: one per core */
	unsigned max_connections; /* at once, all clients; 0: 512 */
	unsigned per_ip;          /* at once, from one address; 0: 128 */
	unsigned timeout;         /* seconds: idle connection, and the time a
				   * request's headers may take; 0: 10 */
	size_t cache_bytes;       /* rendered pages kept; 0: 64 MiB */
	int no_cache;             /* render every page every time (benchmarks) */
	/* one line per problem (and per request when log_requests) */
	void (*log)(void *ud, const char *line);
	void *log_ud;
	int log_requests;
};

struct web_server;

/* Opens the database read-only, binds, and serves in background threads.
 * Returns 0, or a negative DOSSIER_E_* code with a one-line message in
 * err. Stop it with web_stop. */
int web_start(const struct web_options *o, struct web_server **out, char *err, size_t errlen);
/* The port the server listens on. */
unsigned web_port(const struct web_server *w);
/* Stops accepting, lets the requests under way finish, closes the
 * database handles and frees the server. */
void web_stop(struct web_server *w);

#endif
