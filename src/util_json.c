/*
 * util_json.c: writing JSON strings. Reading JSON is jansson's job
 * (in_jsonl.c); writing is done by hand because the records are flat and
 * the writer is on the hot path of every extract.
 *
 * Input must be valid UTF-8 (every text handed on has been repaired); control
 * characters are escaped, non-ASCII is written as UTF-8, and U+2028/U+2029
 * are escaped so that the output is also valid JavaScript.
 */
#include <string.h>

#include "ds.h"

void ds_json_str(struct ds_buf *b, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	ds_buf_reserve(b, len + 2);
	ds_buf_addc(b, '"');
	size_t run = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		const char *esc = NULL;
		char u[7];
		if (c >= 0x20 && c != '"' && c != '\\' &&
		    !(c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
		      ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9))) {
			run++;
			continue;
		}
		ds_buf_add(b, s + i - run, run);
		run = 0;
		switch (c) {
		case '"': esc = "\\\""; break;
		case '\\': esc = "\\\\"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\t': esc = "\\t"; break;
		case '\b': esc = "\\b"; break;
		case '\f': esc = "\\f"; break;
		case 0xE2:
			esc = (unsigned char)s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029";
			i += 2;
			break;
		default:
			memcpy(u, "\\u00", 4);
			u[4] = hex[c >> 4];
			u[5] = hex[c & 15];
			u[6] = '\0';
			esc = u;
		}
		ds_buf_adds(b, esc);
	}
	ds_buf_add(b, s + len - run, run);
	ds_buf_addc(b, '"');
}

void ds_json_strz(struct ds_buf *b, const char *s)
{
	if (!s)
		ds_buf_add(b, "null", 4);
	else
		ds_json_str(b, s, strlen(s));
}
