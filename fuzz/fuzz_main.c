/*
 * fuzz_main.c: replays fuzz corpora without libFuzzer (utf8proc's way), so
 * that `make check` runs every saved input under gcc and the sanitizers.
 * usage: replay-NAME DIR|FILE... ; prints one PASS line per corpus.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return 0;
	uint8_t *buf = NULL;
	size_t n = 0, cap = 0;
	for (;;) {
		if (n == cap) {
			cap = cap ? cap * 2 : 65536;
			buf = realloc(buf, cap);
			if (!buf)
				abort();
		}
		size_t k = fread(buf + n, 1, cap - n, fp);
		n += k;
		if (k == 0)
			break;
	}
	fclose(fp);
	LLVMFuzzerTestOneInput(buf, n);
	free(buf);
	return 1;
}

static int run_path(const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return 0;
	if (!S_ISDIR(st.st_mode))
		return run_file(path);
	DIR *d = opendir(path);
	if (!d)
		return 0;
	int count = 0;
	struct dirent *e;
	char buf[4096];
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(buf, sizeof buf, "%s/%s", path, e->d_name);
		count += run_path(buf);
	}
	closedir(d);
	return count;
}

int main(int argc, char **argv)
{
	int count = 0;
	for (int i = 1; i < argc; i++)
		count += run_path(argv[i]);
	printf("PASS fuzz replay %s (%d inputs)\n", argc > 1 ? argv[1] : "", count);
	return 0;
}
