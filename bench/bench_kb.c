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
	/* the files are read into memory by batches of 64 MB, each scanned in
	 * one timed run: the figure is the matcher's, not the file system's
	 * (nor the clock's, read twice a batch rather than twice a file) */
	struct ds_buf all = DS_BUF_INIT;
	size_t *ends = NULL, nfiles = 0, cap_ends = 0;
	char path[4096];
	size_t bytes = 0, hits = 0, files = 0;
	double scan_cpu = 0;
	int more = 1;
	while (more) {
		ds_buf_reset(&all);
		nfiles = 0;
		while (all.len < ((size_t)64 << 20) && (more = fgets(path, sizeof path, list) != NULL)) {
			path[strcspn(path, "\n")] = '\0';
			FILE *fp = fopen(path, "rb");
			if (!fp)
				continue;
			char chunk[65536];
			size_t n;
			while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
				ds_buf_add(&all, chunk, n);
			fclose(fp);
			ds_grow(&ends, &cap_ends, nfiles + 1, sizeof *ends);
			ends[nfiles++] = all.len;
		}
		double s0 = cpu();
		for (size_t i = 0, from = 0; i < nfiles; from = ends[i++]) {
			const struct ds_match *out;
			hits += ds_kb_scan(m, all.ptr + from, ends[i] - from, &out);
			bytes += ends[i] - from;
			files++;
		}
		scan_cpu += cpu() - s0;
	}
	free(ends);
	ds_buf_release(&all);
	fclose(list);
	if (scan_cpu < 1e-6)
		scan_cpu = 1e-6;
	printf("%zu %zu %zu %zu %zu %.1f %.1f %ld %ld %zu %zu %zu %.3f\n", c[0], c[1], c[2], c[3], c[4],
	       compile_ms, load_ms, kb_rss, scratch_rss, files, bytes, hits, scan_cpu);
	ds_matcher_free(m);
	dossier_kb_free(kb);
	return 0;
}
