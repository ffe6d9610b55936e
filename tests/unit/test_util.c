/* Unit tests of the utilities: UTF-8, folding, JSON strings, buffers, gzip. */
#include <zlib.h>

#include "ds.h"
#include "harness.h"

TEST(utf8_decode_strict)
{
	uint32_t cp;
	CHECK_INT(ds_utf8_decode((const unsigned char *)"\xC3\xA9", 2, &cp), 2);
	CHECK_INT(cp, 0xE9);
	CHECK_INT(ds_utf8_decode((const unsigned char *)"\xC0\xAF", 2, &cp), 0);	/* overlong */
	CHECK_INT(ds_utf8_decode((const unsigned char *)"\xED\xA0\x80", 3, &cp), 0); /* surrogate */
	CHECK_INT(ds_utf8_decode((const unsigned char *)"\xF4\x90\x80\x80", 4, &cp), 0);
	CHECK_INT(ds_utf8_decode((const unsigned char *)"\xE2\x82", 2, &cp), 0); /* cut */
}

TEST(utf8_repair_replaces_each_bad_sequence)
{
	struct ds_buf b = DS_BUF_INIT;
	size_t bad = ds_utf8_repair(&b, "a\xFF" "b\xC3", 4);
	CHECK_INT(bad, 2);
	CHECK_STR(b.ptr, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
	ds_buf_release(&b);
	bad = ds_utf8_repair(&b, "caf\xC3\xA9", 5);
	CHECK_INT(bad, 0);
	CHECK_STR(b.ptr, "caf\xC3\xA9");
	ds_buf_release(&b);
}

TEST(utf8_fix_c1_maps_windows_1252)
{
	struct ds_buf b = DS_BUF_INIT;
	ds_buf_adds(&b, "l\xC2\x92" "Etat");
	CHECK_INT(ds_utf8_fix_c1(&b), 1);
	CHECK_STR(b.ptr, "l\xE2\x80\x99" "Etat");
	ds_buf_release(&b);
}

/* every ASCII byte between two letters: lower case, white space made one
 * space, the rest (NUL and controls too) as it is */
TEST(fold_every_ascii_byte)
{
	for (int c = 0; c < 128; c++) {
		char in[3] = {'a', (char)c, 'b'}, out[16], want[3] = {'a', (char)c, 'b'};
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
			want[1] = ' ';
		else if (c >= 'A' && c <= 'Z')
			want[1] = (char)(c + 32);
		size_t k = ds_fold_to(out, sizeof out, in, 3);
		CHECK_INT(k, 3);
		CHECK(!memcmp(out, want, 3));
		if (harness_failed_now) {
			printf("  byte %d\n", c);
			return;
		}
	}
}

/* The folding as its definition says, code point by code point: white
 * space runs made one space (none first or last), every other code point
 * folded; stops when fewer than 5 bytes of room are left. */
static size_t fold_by_definition(char *out, size_t cap, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, k = 0;
	int space = 0;
	while (i < len && k + 4 < cap) {
		uint32_t cp;
		size_t n = ds_utf8_decode(u + i, len - i, &cp);
		if (!n) {
			cp = 0xFFFD;
			n = 1;
		}
		i += n;
		if (ds_cp_is_space(cp)) {
			space = 1;
			continue;
		}
		if (space && k && out[k - 1] != ' ')
			out[k++] = ' ';
		space = 0;
		k += ds_fold_cp_to(cp, out + k);
	}
	out[k] = '\0';
	return k;
}

/* the fast paths of ds_fold_to (ASCII runs, 16 bytes at a time) give what
 * the definition gives, on texts of spaces, capitals, accents, combining
 * marks, controls and broken bytes, at every room */
TEST(fold_matches_definition)
{
	static const char *const piece[] = {
		"a", "Z", "q", "7", " ", "  ", "\t", "\n", "\r\n", "\xC3\xA9", "\xC3\x89", "\xCC\x81",
		"\xC2\xA0", "\xE2\x80\x99", "\xE2\x80\xAF", "\xFF", "-", ".", "Lorem", "IPSUM", "\x01",
		"\x7F", "\xD0\x96",
	};
	char in[200], want[420], got[420];
	uint32_t x = 4242;
	for (int round = 0; round < 3000; round++) {
		size_t len = harness_pieces(in, sizeof in, &x, piece, DS_ARRAY_LEN(piece), 3, 47);
		size_t cap = 5 + harness_rand(&x) % (sizeof want - 5);
		size_t kw = fold_by_definition(want, cap, in, len);
		size_t kg = ds_fold_to(got, cap, in, len);
		CHECK_INT(kg, kw);
		CHECK_MEM(got, kg, want);
		if (harness_failed_now) {
			printf("  round %d, %zu bytes, room %zu\n", round, len, cap);
			return;
		}
	}
}

/* the substring search finds the first occurrence, as a naive search does,
 * for every needle length, haystack length and alignment */
TEST(memmem_matches_naive)
{
	char hay[90], needle[8];
	uint32_t x = 31337;
	for (int round = 0; round < 20000; round++) {
		x = x * 1103515245u + 12345u;
		size_t hlen = (x >> 16) % sizeof hay, n = (x >> 8) % 7;
		for (size_t i = 0; i < hlen; i++) {
			x = x * 1103515245u + 12345u;
			hay[i] = "abc"[(x >> 16) % 3];
		}
		for (size_t i = 0; i < n; i++) {
			x = x * 1103515245u + 12345u;
			needle[i] = "abc"[(x >> 16) % 3];
		}
		const char *want = NULL;
		for (size_t i = 0; i + n <= hlen && !want; i++)
			if (!memcmp(hay + i, needle, n))
				want = hay + i;
		const char *got = ds_memmem(hay, hlen, needle, n);
		CHECK(got == want);
		if (harness_failed_now) {
			printf("  round %d: \"%.*s\" in \"%.*s\"\n", round, (int)n, needle, (int)hlen, hay);
			return;
		}
	}
}

/* the valid prefix found 16 and 8 bytes at a time, and two-byte
 * characters on the spot, ends where decoding one code point at a time
 * (stopping at a NUL or an invalid sequence) ends */
TEST(valid_prefix_matches_decoding)
{
	static const char *const piece[] = {"abcdefgh", "xyz", " ", "\xC3\xA9", "\xD0\x96", "\xE2\x80\x99",
					    "\xF0\x9F\x98\x80", "\xC0\xAF", "\xED\xA0\x80", "\xC3", "\xE2\x80",
					    "\x80", "\xFF", "" /* a NUL byte */};
	char buf[120];
	uint32_t x = 5;
	for (int round = 0; round < 5000; round++) {
		size_t len = harness_pieces(buf, sizeof buf, &x, piece, DS_ARRAY_LEN(piece), 3, 29);
		size_t want = 0;
		uint32_t cp;
		while (want < len && buf[want]) {
			size_t n = ds_utf8_decode((const unsigned char *)buf + want, len - want, &cp);
			if (!n)
				break;
			want += n;
		}
		CHECK_INT(ds_utf8_valid_prefix(buf, len), want);
		if (harness_failed_now) {
			printf("  round %d\n", round);
			return;
		}
	}
}

/* JSON strings escaped 16 bytes at a time where nothing needs it give
 * what escaping byte by byte gives, wherever the special bytes fall */
TEST(json_str_matches_bytewise)
{
	static const char *const piece[] = {"abcdefghij", "x", "\"", "\\", "\n", "\x01", "\x1f",
					    "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\x99", "\xC3\xA9", "\x7f",
					    "\xE2"};
	char in[160];
	uint32_t x = 2024;
	for (int round = 0; round < 4000; round++) {
		size_t len = harness_pieces(in, sizeof in, &x, piece, DS_ARRAY_LEN(piece), 1, 39);
		struct ds_buf want = DS_BUF_INIT, got = DS_BUF_INIT;
		ds_buf_addc(&want, '"');
		for (size_t i = 0; i < len; i++) {
			unsigned char c = (unsigned char)in[i];
			char e[8];
			if (c == 0xE2 && i + 2 < len && (unsigned char)in[i + 1] == 0x80 &&
			    ((unsigned char)in[i + 2] == 0xA8 || (unsigned char)in[i + 2] == 0xA9)) {
				ds_buf_adds(&want, (unsigned char)in[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
				i += 2;
			} else if (c == '"' || c == '\\') {
				ds_buf_addc(&want, '\\');
				ds_buf_addc(&want, (char)c);
			} else if (c == '\n') {
				ds_buf_adds(&want, "\\n");
			} else if (c < 0x20) {
				snprintf(e, sizeof e, "\\u%04x", c);
				ds_buf_adds(&want, e);
			} else {
				ds_buf_addc(&want, (char)c);
			}
		}
		ds_buf_addc(&want, '"');
		ds_json_str(&got, in, len);
		CHECK_MEM(got.ptr, got.len, want.ptr);
		ds_buf_release(&want);
		ds_buf_release(&got);
		if (harness_failed_now) {
			printf("  round %d\n", round);
			return;
		}
	}
}

/* the word-byte table: ASCII letters and digits, lower case; nothing else */
TEST(word_byte_every_byte)
{
	for (int c = 0; c < 256; c++) {
		int want = c >= 'A' && c <= 'Z' ? c + 32 :
			   (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : 0;
		CHECK_INT(ds_word_byte[c], want);
		if (harness_failed_now) {
			printf("  byte %d\n", c);
			return;
		}
	}
}

/* the scan for rare bytes stops where a byte-by-byte scan does, at every
 * length and start */
TEST(skip_until_matches_bytewise)
{
	static const unsigned char stop[256] = {['.'] = 1, [0xE2] = 1};
	unsigned char buf[40];
	uint32_t x = 777;
	for (int round = 0; round < 300; round++) {
		for (size_t i = 0; i < sizeof buf; i++) {
			x = x * 1103515245u + 12345u;
			unsigned r = (x >> 16) % 16;
			buf[i] = r == 0 ? '.' : r == 1 ? 0xE2 : (unsigned char)('a' + r);
		}
		for (size_t a = 0; a < sizeof buf; a++)
			for (size_t e = a; e <= sizeof buf; e++) {
				size_t want = a;
				while (want < e && !stop[buf[want]])
					want++;
				CHECK_INT(ds_skip_until(buf, a, e, stop), want);
				if (harness_failed_now)
					return;
			}
	}
}

/* code points counted 8 bytes at a time agree with a byte-by-byte count,
 * at every length and alignment */
TEST(utf8_count_matches_bytewise)
{
	char buf[80];
	uint32_t x = 12345;
	for (int round = 0; round < 200; round++) {
		for (size_t i = 0; i < sizeof buf; i++) {
			x = x * 1103515245u + 12345u;
			buf[i] = (char)(x >> 16); /* any byte: leads, continuations, ASCII */
		}
		for (size_t off = 0; off < 8; off++)
			for (size_t len = 0; off + len <= sizeof buf; len += 7) {
				size_t want = 0;
				for (size_t i = 0; i < len; i++)
					want += ((unsigned char)buf[off + i] & 0xC0) != 0x80;
				CHECK_INT(ds_utf8_count(buf + off, len), want);
				if (harness_failed_now)
					return;
			}
	}
}

TEST(fold_case_accents_punctuation)
{
	struct ds_buf b = DS_BUF_INIT;
	const char *s = "\xC3\x89tats\xE2\x80\x91Unis  l\xE2\x80\x99OTAN \xC5\x93uvre Stra\xC3\x9F" "e";
	ds_fold(&b, s, strlen(s));
	CHECK_STR(b.ptr, "etats-unis l'otan oeuvre strasse");
	ds_buf_release(&b);
	ds_fold(&b, "\xC2\xA0" "Kyiv\xE2\x80\xAF", 9);
	CHECK_STR(b.ptr, "kyiv");
	ds_buf_release(&b);
}

TEST(json_escapes)
{
	struct ds_buf b = DS_BUF_INIT;
	ds_json_str(&b, "a\"b\\c\n\x01\xE2\x80\xA8\xC3\xA9", 12);
	CHECK_STR(b.ptr, "\"a\\\"b\\\\c\\n\\u0001\\u2028\xC3\xA9\"");
	ds_buf_reset(&b);
	ds_json_strz(&b, NULL);
	CHECK_STR(b.ptr, "null");
	ds_buf_release(&b);
}

TEST(buf_printf_and_detach)
{
	struct ds_buf b = DS_BUF_INIT;
	for (int i = 0; i < 1000; i++)
		ds_buf_addf(&b, "%d,", i);
	CHECK(b.len > 3000);
	CHECK(!strncmp(b.ptr, "0,1,2,", 6));
	size_t n;
	char *p = ds_buf_detach(&b, &n);
	CHECK_INT(b.len, 0);
	CHECK(n > 3000);
	free(p);
	CHECK(ds_memmem("abcabd", 6, "abd", 3) != NULL);
	CHECK(ds_memmem("abcabd", 6, "abe", 3) == NULL);
}

static size_t gz(const char *s, unsigned char *out, size_t cap)
{
	z_stream z;
	memset(&z, 0, sizeof z);
	deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
	z.next_in = (unsigned char *)(uintptr_t)s;
	z.avail_in = (uInt)strlen(s);
	z.next_out = out;
	z.avail_out = (uInt)cap;
	deflate(&z, Z_FINISH);
	size_t n = cap - z.avail_out;
	deflateEnd(&z);
	return n;
}

TEST(gunzip_members_truncation_limit)
{
	unsigned char a[256], both[512];
	size_t na = gz("hello ", a, sizeof a);
	memcpy(both, a, na);
	size_t nb = gz("world", both + na, sizeof both - na);
	struct ds_buf out = DS_BUF_INIT;
	CHECK_INT(ds_gunzip(both, na + nb, 1000, &out), 0);
	CHECK_STR(out.ptr, "hello world");
	ds_buf_reset(&out);
	CHECK_INT(ds_gunzip(both, na + nb - 4, 1000, &out), DOSSIER_E_FORMAT);
	ds_buf_reset(&out);
	CHECK_INT(ds_gunzip(both, na + nb, 3, &out), DOSSIER_E_TOOBIG);
	ds_buf_release(&out);
}

TEST(stream_reads_gzip_lines)
{
	unsigned char a[256];
	size_t na = gz("one\r\ntwo\nthree", a, sizeof a);
	FILE *fp = tmpfile();
	fwrite(a, 1, na, fp);
	rewind(fp);
	struct ds_stream *s;
	ds_stream_open(&s, fp, 1);
	struct ds_buf line = DS_BUF_INIT;
	CHECK_INT(ds_stream_getline(s, &line, 100), 1);
	CHECK_STR(line.ptr, "one");
	CHECK_INT(ds_stream_getline(s, &line, 100), 1);
	CHECK_STR(line.ptr, "two");
	CHECK_INT(ds_stream_getline(s, &line, 2), DOSSIER_E_TOOBIG);
	CHECK_INT(ds_stream_getline(s, &line, 100), 0);
	ds_stream_free(s);
	ds_buf_release(&line);
}

TEST(arena_big_and_small)
{
	struct ds_arena a;
	ds_arena_init(&a);
	char *s = ds_arena_strdup(&a, "x");
	char *big = ds_arena_alloc(&a, 100000);
	memset(big, 'y', 100000);
	char *t = ds_arena_printf(&a, "%s-%d", s, 42);
	CHECK_STR(t, "x-42");
	CHECK_STR(s, "x");
	ds_arena_release(&a);
}

int main(void)
{
	RUN(fold_every_ascii_byte);
	RUN(fold_matches_definition);
	RUN(memmem_matches_naive);
	RUN(valid_prefix_matches_decoding);
	RUN(json_str_matches_bytewise);
	RUN(word_byte_every_byte);
	RUN(skip_until_matches_bytewise);
	RUN(utf8_count_matches_bytewise);
	RUN(utf8_decode_strict);
	RUN(utf8_repair_replaces_each_bad_sequence);
	RUN(utf8_fix_c1_maps_windows_1252);
	RUN(fold_case_accents_punctuation);
	RUN(json_escapes);
	RUN(buf_printf_and_detach);
	RUN(gunzip_members_truncation_limit);
	RUN(stream_reads_gzip_lines);
	RUN(arena_big_and_small);
	HARNESS_EXIT();
}
