/*
 * util_gzip.c: gzip with zlib: whole buffers (ds_gunzip) and streams
 * (ds_stream), both handling concatenated members (WARC files are one gzip
 * member per record) and both reporting truncation and corruption instead of
 * returning partial data silently.
 *
 * A ds_stream reads a FILE in 64 KiB chunks and inflates on demand when the
 * file starts with the gzip magic; otherwise it passes bytes through. Memory
 * is constant whatever the size of the file.
 */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "ds.h"

#define CHUNK 65536

int ds_gzip_magic(const void *buf, size_t len)
{
	const unsigned char *u = buf;
	return len >= 2 && u[0] == 0x1F && u[1] == 0x8B;
}

int ds_gunzip(const void *src, size_t len, size_t max, struct ds_buf *out)
{
	z_stream z;
	memset(&z, 0, sizeof z);
	if (inflateInit2(&z, 15 + 32) != Z_OK)
		ds_oom();
	const unsigned char *in = src;
	size_t pos = 0;
	int rc = 0, zr = Z_OK;
	while (pos < len) {
		size_t feed = len - pos > UINT32_MAX ? UINT32_MAX : len - pos;
		z.next_in = (unsigned char *)(uintptr_t)(in + pos);
		z.avail_in = (uInt)feed;
		do {
			ds_buf_reserve(out, CHUNK);
			z.next_out = (unsigned char *)out->ptr + out->len;
			z.avail_out = CHUNK;
			zr = inflate(&z, Z_NO_FLUSH);
			out->len += CHUNK - z.avail_out;
			out->ptr[out->len] = '\0';
			if (out->len > max) {
				rc = DOSSIER_E_TOOBIG;
				goto done;
			}
		} while (zr == Z_OK && (z.avail_in || !z.avail_out));
		pos += feed - z.avail_in;
		if (zr == Z_STREAM_END) {
			/* another member may follow; trailing zero padding is fine */
			while (pos < len && in[pos] == 0)
				pos++;
			if (pos < len && !ds_gzip_magic(in + pos, len - pos))
				break; /* trailing garbage after a complete member */
			inflateReset(&z);
			zr = Z_OK;
			continue;
		}
		if (zr != Z_OK && zr != Z_BUF_ERROR) {
			rc = DOSSIER_E_FORMAT;
			goto done;
		}
		if (!z.avail_in && zr == Z_BUF_ERROR)
			break;
	}
	if (zr != Z_STREAM_END && !(zr == Z_OK && pos >= len && z.total_in == 0))
		rc = DOSSIER_E_FORMAT; /* truncated */
done:
	inflateEnd(&z);
	return rc;
}

struct ds_stream {
	FILE *fp;
	int close_fp, gz, eof, zend, err;
	const char *errmsg;
	z_stream z;
	size_t in_len;  /* passthrough: bytes in `in` */
	size_t in_pos;  /* passthrough: next byte in `in` */
	size_t out_len, out_pos;
	unsigned long long raw;
	/* last: not cleared when a stream opens (only what they hold is read) */
	unsigned char in[CHUNK];
	unsigned char out[CHUNK];
};

static int fill_raw(struct ds_stream *s)
{
	if (s->err)
		return -1; /* an error stays: the rest of the input is not read */
	if (s->eof)
		return 0;
	size_t n = fread(s->in, 1, CHUNK, s->fp);
	if (ds_fault_now(DS_FAULT_READ)) {
		s->err = DOSSIER_E_IO;
		s->errmsg = strerror(EIO);
		return -1;
	}
	s->raw += n;
	if (n < CHUNK) {
		if (ferror(s->fp)) {
			s->err = DOSSIER_E_IO;
			s->errmsg = strerror(errno);
			return -1;
		}
		s->eof = 1;
	}
	s->in_len = n;
	s->in_pos = 0;
	return n > 0;
}

int ds_stream_open(struct ds_stream **out, FILE *fp, int close_fp)
{
	/* one stream per input file: its 128 KB of buffers are not cleared */
	struct ds_stream *s = ds_xmalloc(sizeof *s);
	memset(s, 0, offsetof(struct ds_stream, in));
	s->fp = fp;
	s->close_fp = close_fp;
	/* the first chunk, which tells gzip by its magic bytes (and holds
	 * most files whole) */
	fill_raw(s);
	if (ds_gzip_magic(s->in, s->in_len)) {
		s->gz = 1;
		if (inflateInit2(&s->z, 15 + 16) != Z_OK)
			ds_oom();
		s->z.next_in = s->in;
		s->z.avail_in = (uInt)s->in_len;
	}
	*out = s;
	return 0;
}

/* Refills s->out with decompressed bytes; returns >0, 0 at end, <0 error. */
static int fill_out(struct ds_stream *s)
{
	s->out_pos = s->out_len = 0;
	while (!s->out_len) {
		if (s->err)
			return s->err;
		if (s->z.avail_in == 0) {
			int r = fill_raw(s);
			if (r < 0)
				return s->err;
			if (r == 0) {
				if (!s->zend) {
					s->err = DOSSIER_E_FORMAT;
					s->errmsg = "truncated gzip data";
					return s->err;
				}
				return 0;
			}
			s->z.next_in = s->in;
			s->z.avail_in = (uInt)s->in_len;
		}
		if (s->zend) {
			/* a new member after a complete one, or padding */
			while (s->z.avail_in && *s->z.next_in == 0)
				s->z.next_in++, s->z.avail_in--;
			if (!s->z.avail_in)
				continue;
			inflateReset(&s->z);
			s->zend = 0;
		}
		s->z.next_out = s->out;
		s->z.avail_out = CHUNK;
		int zr = inflate(&s->z, Z_NO_FLUSH);
		s->out_len = CHUNK - s->z.avail_out;
		if (zr == Z_STREAM_END) {
			s->zend = 1;
		} else if (zr != Z_OK && zr != Z_BUF_ERROR) {
			s->err = DOSSIER_E_FORMAT;
			s->errmsg = s->z.msg ? s->z.msg : "corrupt gzip data";
			return s->out_len ? 1 : s->err;
		}
	}
	return 1;
}

long ds_stream_read(struct ds_stream *s, void *p, size_t n)
{
	size_t got = 0;
	unsigned char *dst = p;
	if (n > (size_t)1 << 30)
		n = (size_t)1 << 30;
	while (got < n) {
		if (!s->gz) {
			if (s->in_pos >= s->in_len) {
				int r = fill_raw(s);
				if (r < 0)
					return got ? (long)got : s->err;
				if (r == 0)
					break;
			}
			size_t k = s->in_len - s->in_pos;
			if (k > n - got)
				k = n - got;
			memcpy(dst + got, s->in + s->in_pos, k);
			s->in_pos += k;
			got += k;
			continue;
		}
		if (s->out_pos >= s->out_len) {
			int r = fill_out(s);
			if (r < 0)
				return got ? (long)got : r;
			if (r == 0)
				break;
		}
		size_t k = s->out_len - s->out_pos;
		if (k > n - got)
			k = n - got;
		memcpy(dst + got, s->out + s->out_pos, k);
		s->out_pos += k;
		got += k;
	}
	return (long)got;
}

/* Returns a pointer to the buffered bytes and their count, refilling when
 * empty: 0 at the end, <0 on error. */
static long peek(struct ds_stream *s, const unsigned char **p)
{
	if (!s->gz) {
		if (s->in_pos >= s->in_len) {
			int r = fill_raw(s);
			if (r <= 0)
				return r < 0 ? s->err : 0;
		}
		*p = s->in + s->in_pos;
		return (long)(s->in_len - s->in_pos);
	}
	if (s->out_pos >= s->out_len) {
		int r = fill_out(s);
		if (r <= 0)
			return r;
	}
	*p = s->out + s->out_pos;
	return (long)(s->out_len - s->out_pos);
}

static void consume(struct ds_stream *s, size_t n)
{
	if (s->gz)
		s->out_pos += n;
	else
		s->in_pos += n;
}

int ds_stream_getline(struct ds_stream *s, struct ds_buf *b, size_t max)
{
	int any = 0, toobig = 0;
	ds_buf_reset(b);
	for (;;) {
		const unsigned char *p = NULL;
		long n = peek(s, &p);
		if (n < 0)
			return (int)n;
		if (n == 0)
			break;
		any = 1;
		const unsigned char *nl = memchr(p, '\n', (size_t)n);
		size_t take = nl ? (size_t)(nl - p) : (size_t)n;
		if (!toobig && b->len + take > max)
			toobig = 1;
		if (!toobig)
			ds_buf_add(b, p, take);
		consume(s, take + (nl ? 1 : 0));
		if (nl)
			break;
	}
	if (!any)
		return 0;
	if (b->len && b->ptr[b->len - 1] == '\r')
		ds_buf_truncate(b, b->len - 1);
	if (!b->ptr)
		ds_buf_add(b, "", 0);
	return toobig ? DOSSIER_E_TOOBIG : 1;
}

int ds_stream_is_gzip(const struct ds_stream *s) { return s->gz; }

unsigned long long ds_stream_tell_raw(const struct ds_stream *s) { return s->raw; }

const char *ds_stream_error(const struct ds_stream *s)
{
	return s->errmsg ? s->errmsg : "read error";
}

void ds_stream_free(struct ds_stream *s)
{
	if (!s)
		return;
	if (s->gz)
		inflateEnd(&s->z);
	if (s->close_fp && s->fp)
		fclose(s->fp);
	free(s);
}
