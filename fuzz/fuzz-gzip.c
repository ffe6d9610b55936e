/* fuzz-gzip.c: the gzip inflater of compressed inputs, both ways the
 * readers use it: a whole buffer (ds_gunzip, for .html.gz pages and HTTP
 * content encoding) and a stream read in pieces and by lines (ds_stream,
 * for .jsonl.gz and .warc.gz). Checks that the output never exceeds the
 * limit asked, that a line never exceeds its limit, that the return codes
 * are the documented ones, and that both ways inflate the same bytes of a
 * valid stream. */
#include "fuzz.h"

#define MAX_OUT (1u << 20)
#define MAX_LINE 4096

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ds_buf whole;
	ds_buf_init(&whole);
	int rc = ds_gunzip(data, size, MAX_OUT, &whole);
	fuzz_check(rc == 0 || rc == DOSSIER_E_TOOBIG || rc == DOSSIER_E_FORMAT,
		   "ds_gunzip returns a documented code");
	fuzz_check(whole.len <= MAX_OUT, "ds_gunzip stays under its limit");

	if (size == 0) {
		ds_buf_release(&whole);
		return 0;
	}
	/* the stream, read in odd-sized pieces */
	FILE *fp = fmemopen((void *)(uintptr_t)data, size, "rb");
	fuzz_check(fp != NULL, "fmemopen");
	struct ds_stream *st;
	fuzz_check(ds_stream_open(&st, fp, 1) == 0, "stream opens");
	fuzz_check(ds_stream_is_gzip(st) == ds_gzip_magic(data, size), "gzip detected by magic");
	size_t total = 0, same = 1;
	char piece[777];
	long k;
	while ((k = ds_stream_read(st, piece, sizeof piece)) > 0 && total < MAX_OUT) {
		fuzz_check((size_t)k <= sizeof piece, "stream read within the buffer");
		if (ds_stream_is_gzip(st) && rc == 0)
			same &= total + (size_t)k <= whole.len &&
				!memcmp(whole.ptr + total, piece, (size_t)k);
		total += (size_t)k;
	}
	fuzz_check(ds_stream_tell_raw(st) <= size, "raw position inside the input");
	if (k == 0 && ds_stream_is_gzip(st) && rc == 0)
		fuzz_check(same && total == whole.len, "stream and buffer inflate the same bytes");
	if (k < 0)
		fuzz_check(ds_stream_error(st) && !strchr(ds_stream_error(st), '\n'),
			   "stream error is one line");
	ds_stream_free(st);

	/* the stream, read by lines */
	fp = fmemopen((void *)(uintptr_t)data, size, "rb");
	fuzz_check(fp != NULL, "fmemopen");
	fuzz_check(ds_stream_open(&st, fp, 1) == 0, "stream opens");
	struct ds_buf line;
	ds_buf_init(&line);
	int lines = 0;
	while ((rc = ds_stream_getline(st, &line, MAX_LINE)) != 0 && lines++ < 100000) {
		if (rc < 0 && rc != DOSSIER_E_TOOBIG)
			break;
		fuzz_check(line.len <= MAX_LINE, "line within its limit");
		fuzz_check(!line.len || !memchr(line.ptr, '\n', line.len), "line holds no newline");
	}
	ds_buf_release(&line);
	ds_stream_free(st);
	ds_buf_release(&whole);
	return 0;
}
