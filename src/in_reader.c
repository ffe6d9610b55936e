/*
 * in_reader.c: opening inputs, walking folders, and reading whole-file
 * formats (.txt, .html): the first stage, bytes -> raw documents.
 *
 * A reader yields one raw document at a time; JSONL and WARC inputs hold
 * many and are streamed record by record (in_jsonl.c, in_warc.c), so memory
 * does not grow with the input. Any input may be gzip-compressed: the stream
 * layer (util_gzip.c) detects it by its magic bytes. Problems go to the
 * diagnostic callback as "input: reason"; nothing here prints.
 */
/* d_type of readdir (not POSIX; glibc, musl and the BSDs have it) */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "ds.h"

/* records.md "Inputs": the format by extension, looking through ".gz". */
enum dossier_format dossier_format_of(const char *path, int *gz)
{
	const char *slash = strrchr(path, '/');
	const char *name = slash ? slash + 1 : path;
	size_t n = strlen(name);
	int z = 0;
	if (n > 3 && !strcmp(name + n - 3, ".gz")) {
		z = 1;
		n -= 3;
	}
	if (gz)
		*gz = z;
	static const struct {
		const char *ext;
		enum dossier_format fmt;
	} exts[] = {
		{".txt", DOSSIER_FMT_TXT},     {".html", DOSSIER_FMT_HTML},
		{".htm", DOSSIER_FMT_HTML},    {".xhtml", DOSSIER_FMT_HTML},
		{".jsonl", DOSSIER_FMT_JSONL}, {".ndjson", DOSSIER_FMT_JSONL},
		{".warc", DOSSIER_FMT_WARC},
	};
	for (size_t i = 0; i < DS_ARRAY_LEN(exts); i++) {
		size_t k = strlen(exts[i].ext);
		if (n > k && !strncmp(name + n - k, exts[i].ext, k)) {
			/* case-sensitive on purpose: ".TXT" is rare, and stable */
			return exts[i].fmt;
		}
	}
	return DOSSIER_FMT_UNKNOWN;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a + 1, *(char *const *)b + 1);
}

static int walk_dir(struct dossier *ds, const char *dir, int depth,
		    int (*fn)(void *, const char *), void *ud)
{
	if (depth > 64) {
		ds_diag(ds, dir, 1, "folders nested too deeply");
		return 0;
	}
	DIR *d = opendir(dir);
	if (!d) {
		ds_diag(ds, dir, 1, "cannot open folder: %s", strerror(errno));
		return DOSSIER_E_IO;
	}
	/* each name with its type byte in front, when the folder gives it
	 * (no stat of each file then) */
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue; /* ".", "..", and hidden files */
		ds_grow(&names, &cap, n + 1, sizeof *names);
		size_t len = strlen(e->d_name);
		char *x = ds_xmalloc(len + 2);
#ifdef DT_REG
		x[0] = e->d_type == DT_REG ? 'f' : e->d_type == DT_DIR ? 'd' : '?';
#else
		x[0] = '?';
#endif
		memcpy(x + 1, e->d_name, len + 1);
		names[n++] = x;
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, cmp_names);
	int rc = 0;
	struct ds_buf path = DS_BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		ds_buf_reset(&path);
		ds_buf_adds(&path, dir);
		if (path.len && path.ptr[path.len - 1] != '/')
			ds_buf_addc(&path, '/');
		ds_buf_adds(&path, names[i] + 1);
		struct stat st;
		char type = names[i][0];
		if (!rc && type == '?' && stat(path.ptr, &st) == 0)
			type = S_ISDIR(st.st_mode) ? 'd' : S_ISREG(st.st_mode) ? 'f' : '?';
		if (!rc) {
			if (type == 'd')
				rc = walk_dir(ds, path.ptr, depth + 1, fn, ud);
			else if (type == 'f' && dossier_format_of(path.ptr, NULL) != DOSSIER_FMT_UNKNOWN)
				rc = fn(ud, path.ptr);
			if (rc == DOSSIER_E_IO)
				rc = 0; /* a bad sub-folder was reported; go on */
		}
		free(names[i]);
	}
	free(names);
	ds_buf_release(&path);
	return rc;
}

int dossier_walk(struct dossier *ds, const char *path, int (*fn)(void *, const char *),
		 void *ud)
{
	struct stat st;
	if (!strcmp(path, "-"))
		return fn(ud, path);
	if (stat(path, &st) != 0) {
		ds_diag(ds, path, 1, "cannot open: %s", strerror(errno));
		return DOSSIER_E_IO;
	}
	if (S_ISDIR(st.st_mode))
		return walk_dir(ds, path, 0, fn, ud);
	return fn(ud, path);
}

/* The document id of a file: its name without directory and extensions
 * ("a/b/004_x.txt.gz" -> "004_x"). */
static char *base_id(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *name = slash ? slash + 1 : path;
	size_t n = strlen(name);
	int gz;
	if (dossier_format_of(name, &gz) != DOSSIER_FMT_UNKNOWN || gz) {
		if (gz)
			n -= 3;
		size_t i = n;
		while (i > 0 && name[i - 1] != '.')
			i--;
		if (i > 1)
			n = i - 1;
	}
	return ds_xstrndup(name, n);
}

static struct dossier_reader *reader_new(struct dossier *ds, const char *name, const char *idpath,
				       enum dossier_format fmt, FILE *fp, int close_fp)
{
	struct dossier_reader *r = ds_xcalloc(1, sizeof *r);
	r->ds = ds;
	r->path = ds_xstrdup(name);
	r->base = base_id(idpath);
	r->fmt = fmt;
	ds_arena_init(&r->arena);
	ds_stream_open(&r->st, fp, close_fp);
	return r;
}

int dossier_reader_open_mem(struct dossier *ds, const char *name, enum dossier_format fmt,
			    const void *buf, size_t len, struct dossier_reader **out)
{
	*out = NULL;
	if (fmt == DOSSIER_FMT_UNKNOWN) {
		ds_set_error(ds, "unknown format");
		return DOSSIER_E_USAGE;
	}
	/* fmemopen refuses an empty buffer: an empty input is a temp file */
	FILE *fp = len ? fmemopen((void *)(uintptr_t)buf, len, "rb") : tmpfile();
	if (!fp) {
		ds_set_error(ds, "cannot open memory stream");
		return DOSSIER_E_IO;
	}
	*out = reader_new(ds, name, name, fmt, fp, 1);
	return 0;
}

int dossier_reader_open(struct dossier *ds, const char *path, struct dossier_reader **out)
{
	FILE *fp;
	int gz = 0;
	enum dossier_format fmt;
	*out = NULL;
	if (!strcmp(path, "-")) {
		fp = stdin;
		fmt = DOSSIER_FMT_JSONL;
	} else {
		fmt = dossier_format_of(path, &gz);
		if (fmt == DOSSIER_FMT_UNKNOWN) {
			ds_diag(ds, path, 1,
				"unknown input format (expected .txt, .html, .htm, .jsonl, .warc, optionally .gz)");
			return DOSSIER_E_FORMAT;
		}
		fp = fopen(path, "rb");
		if (!fp) {
			ds_diag(ds, path, 1, "cannot open: %s", strerror(errno));
			return DOSSIER_E_IO;
		}
		struct stat st;
		if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
			fclose(fp);
			ds_diag(ds, path, 1, "is a folder");
			return DOSSIER_E_IO;
		}
		/* read in the stream's own chunks: no stdio buffer between (one
		 * copy and one read call less per file) */
		setvbuf(fp, NULL, _IONBF, 0);
	}
	struct dossier_reader *r =
		reader_new(ds, strcmp(path, "-") ? path : "<stdin>", path, fmt, fp, fp != stdin);
	if (gz && !ds_stream_is_gzip(r->st) && ds_stream_tell_raw(r->st) > 0)
		ds_diag(ds, r->path, 0, "not gzip-compressed despite its name: read as is");
	*out = r;
	return 0;
}

/* Reads a whole .txt or .html file (decompressed) into r->body, up to the
 * document size limit. */
static int whole_file_next(struct dossier_reader *r)
{
	size_t max = r->ds->opts.max_doc_bytes;
	const size_t step = 65536;
	long n;
	if (r->done)
		return 0;
	r->done = 1;
	ds_buf_reset(&r->body);
	/* straight into the body, a chunk at a time */
	for (;;) {
		ds_buf_reserve(&r->body, step);
		n = ds_stream_read(r->st, r->body.ptr + r->body.len, step);
		if (n <= 0)
			break;
		if (r->body.len + (size_t)n > max) {
			ds_diag(r->ds, r->path, 1, "document too big (over %zu bytes): skipped", max);
			return DOSSIER_E_TOOBIG;
		}
		r->body.len += (size_t)n;
		r->body.ptr[r->body.len] = '\0';
	}
	if (n < 0) {
		ds_diag(r->ds, r->path, 1, "cannot read: %s", ds_stream_error(r->st));
		return (int)n;
	}
	if (!r->body.ptr)
		ds_buf_add(&r->body, "", 0);
	memset(&r->raw, 0, sizeof r->raw);
	r->raw.id = r->base;
	r->raw.input = r->path;
	r->raw.format = r->fmt;
	r->raw.body = r->body.ptr;
	r->raw.body_len = r->body.len;
	r->raw.title_in_body = r->fmt == DOSSIER_FMT_TXT;
	return 1;
}

int dossier_reader_next(struct dossier_reader *r, const struct dossier_raw **raw)
{
	int rc;
	ds_arena_release(&r->arena);
	switch (r->fmt) {
	case DOSSIER_FMT_JSONL:
		rc = ds_jsonl_next(r);
		break;
	case DOSSIER_FMT_WARC:
		rc = ds_warc_next(r);
		break;
	default:
		rc = whole_file_next(r);
		break;
	}
	*raw = rc > 0 ? &r->raw : NULL;
	return rc;
}

size_t dossier_reader_skipped(const struct dossier_reader *r) { return r->skipped; }

void dossier_reader_free(struct dossier_reader *r)
{
	if (!r)
		return;
	ds_stream_free(r->st);
	ds_arena_release(&r->arena);
	ds_buf_release(&r->rec);
	ds_buf_release(&r->body);
	free(r->path);
	free(r->base);
	free(r);
}
