/*
 * cmd_serve.c: `dossier serve [--db PATH] [--bind ADDR] [--port N]`: the
 * web pages over a database (web/), on 127.0.0.1 unless told otherwise.
 * The command loads the knowledge base (names typed in filters), starts
 * the server, says where it listens on standard error, and waits for
 * SIGINT or SIGTERM to stop it cleanly. Exit 0 stopped by a signal, 1 the
 * database, knowledge base or address failed, 2 usage.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../web/web.h"
#include "cli.h"

static void on_log(void *ud, const char *line)
{
	(void)ud;
	fprintf(stderr, "dossier: serve: %s\n", line);
}

/* A whole number in [lo, hi] for option `name`, or -1 after saying why. */
static long number(const char *name, const char *arg, long lo, long hi)
{
	char *end;
	errno = 0;
	long v = strtol(arg, &end, 10);
	if (end == arg || *end || errno || v < lo || v > hi) {
		cli_error("--%s: '%s' is not a number from %ld to %ld", name, arg, lo, hi);
		return -1;
	}
	return v;
}

int cmd_serve(int argc, char **argv)
{
	const struct cli_cmd *self = cli_find("serve");
	struct web_options o;
	memset(&o, 0, sizeof o);
	o.db = "dossier.db";
	o.bind = "127.0.0.1";
	o.port = 8080;
	const char *kb_dir = NULL, *arg;
	long v;
	const char *name;
	int status, more;
	while ((more = cli_option(argc, argv, self, &name, &arg, &status)) > 0) {
		if (!strcmp(name, "db")) {
			o.db = arg;
		} else if (!strcmp(name, "bind")) {
			o.bind = arg;
		} else if (!strcmp(name, "kb")) {
			kb_dir = arg;
		} else if (!strcmp(name, "log")) {
			o.log_requests = 1;
		} else {
			long hi = !strcmp(name, "port") ? 65535 : !strcmp(name, "threads") ? 256 : 100000;
			long lo = !strcmp(name, "port") || !strcmp(name, "cache-mb") ? 0 : 1;
			if ((v = number(name, arg, lo, hi)) < 0)
				return 2;
			if (!strcmp(name, "port"))
				o.port = (unsigned)v;
			else if (!strcmp(name, "threads"))
				o.threads = (unsigned)v;
			else if (!strcmp(name, "max-connections"))
				o.max_connections = (unsigned)v;
			else if (!strcmp(name, "per-ip"))
				o.per_ip = (unsigned)v;
			else if (!strcmp(name, "timeout"))
				o.timeout = (unsigned)v;
			else if (!strcmp(name, "cache-mb") && v == 0)
				o.no_cache = 1;
			else if (!strcmp(name, "cache-mb"))
				o.cache_bytes = (size_t)v << 20;
		}
	}
	if (more < 0)
		return status;
	if (optind < argc) {
		cli_error("serve: unexpected argument '%s'; usage: dossier serve %s", argv[optind],
			  self->usage);
		return 2;
	}
	if (access(o.db, F_OK) != 0) {
		cli_error("no database '%s' (dossier ingest makes one)", o.db);
		return 1;
	}
	/* the knowledge base: without one, names are matched as typed */
	struct dossier_kb *kb = NULL;
	struct cli_counts counts = {0, 0};
	if (dossier_kb_load(cli_kb_dir(kb_dir), NULL, &kb, cli_diag, &counts) < 0) {
		if (kb_dir) {
			cli_error("cannot load the knowledge base in '%s'", kb_dir);
			return 1;
		}
		cli_error("warning: no knowledge base: names in filters are matched as typed");
		kb = NULL;
	}
	o.kb = kb;
	o.log = on_log;
	/* the signals that stop the server wait for this thread alone: block
	 * them before the server's threads exist (they inherit the mask) */
	sigset_t stop;
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &stop, NULL);
	signal(SIGPIPE, SIG_IGN);
	struct web_server *w;
	char err[512];
	if (web_start(&o, &w, err, sizeof err) < 0) {
		cli_error("%s", err);
		dossier_kb_free(kb);
		return 1;
	}
	int v6 = strchr(o.bind, ':') != NULL;
	fprintf(stderr, "dossier: serving %s on http://%s%s%s:%u/ (Ctrl-C stops)\n", o.db,
		v6 ? "[" : "", o.bind, v6 ? "]" : "", web_port(w));
	if (strncmp(o.bind, "127.", 4) && strcmp(o.bind, "::1"))
		cli_error("warning: %s is not a loopback address: other machines can reach these "
			  "pages", o.bind);
	int sig = 0;
	while (sigwait(&stop, &sig) != 0)
		;
	fprintf(stderr, "dossier: %s: stopping\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
	web_stop(w);
	dossier_kb_free(kb);
	return 0;
}
