/*
 * bench_kb.c: the knowledge-base figures of `make bench`: load time (with
 * the compiled matcher cached, and compiling it afresh), the memory the
 * loaded base takes, and the matcher's throughput over the text files of a
 * folder (normalising and scanning, the stage ds_kb_scan; mentions counted).
 * usage: bench_kb KB_DIR CACHE_DIR FILE_LIST
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "ds.h"

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double cpu(void)
{
	struct rusage r;
	getrusage(RUSAGE_SELF, &r);
	return (double)r.ru_utime.tv_sec + (double)r.ru_utime.tv_usec / 1e6 +
	       (double)r.ru_stime.tv_sec + (double)r.ru_stime.tv_usec / 1e6;
}

static long rss_kb(void)
{
	FILE *fp = fopen("/proc/self/status", "r");
	char line[256];
	long kb = 0;
	while (fp && fgets(line, sizeof line, fp))
		if (!strncmp(line, "VmRSS:", 6))
			kb = atol(line + 6);
	if (fp)
		fclose(fp);
	return kb;
}

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: bench_kb KB_DIR CACHE_DIR FILE_LIST\n");
		return 2;
	}
	/* the cached load first, in a fresh process (run.sh warms the cache
	 * with an earlier run), then a load that compiles the matcher anew */
	long rss0 = rss_kb();
	struct dossier_kb *kb;
	double t0 = now();
	if (dossier_kb_load(argv[1], argv[2], &kb, NULL, NULL) < 0)
		return 1;
	double load_ms = (now() - t0) * 1e3;
	long kb_rss = rss_kb() - rss0;
	struct dossier_kb *fresh;
	t0 = now();
	if (dossier_kb_load(argv[1], NULL, &fresh, NULL, NULL) < 0)
		return 1;
	double compile_ms = (now() - t0) * 1e3;
	dossier_kb_free(fresh);
	size_t c[5];
	dossier_kb_stats(kb, c);
	long before = rss_kb();
	struct ds_matcher *m = ds_matcher_new(kb);
	long scratch_rss = rss_kb() - before;

	FILE *list = fopen(argv[3], "r");
	if (!list)
		return 1;
	struct ds_buf text = DS_BUF_INIT;
	char path[4096];
	size_t bytes = 0, hits = 0, files = 0;
	double c0 = cpu();
	double scan_cpu = 0;
	while (fgets(path, sizeof path, list)) {
		path[strcspn(path, "\n")] = '\0';
		FILE *fp = fopen(path, "rb");
		if (!fp)
			continue;
		ds_buf_reset(&text);
		char chunk[65536];
		size_t n;
		while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
			ds_buf_add(&text, chunk, n);
		fclose(fp);
		const struct ds_match *out;
		double s0 = cpu();
		hits += ds_kb_scan(m, text.ptr ? text.ptr : "", text.len, &out);
		scan_cpu += cpu() - s0;
		bytes += text.len;
		files++;
	}
	fclose(list);
	(void)c0;
	if (scan_cpu < 1e-6)
		scan_cpu = 1e-6;
	printf("%zu %zu %zu %zu %zu %.1f %.1f %ld %ld %zu %zu %zu %.3f\n", c[0], c[1], c[2], c[3], c[4],
	       compile_ms, load_ms, kb_rss, scratch_rss, files, bytes, hits, scan_cpu);
	ds_matcher_free(m);
	dossier_kb_free(kb);
	ds_buf_release(&text);
	return 0;
}
