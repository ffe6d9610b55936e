/*
 * ex_lang.c: language identification of a document or a sentence, with
 * CLD2 (Debian's libcld2, through lang_cld2.cc).
 *
 * The answer is an ISO 639-1 code, or NULL when the text is too short to
 * tell or CLD2 finds no language (records.md: a language that cannot be
 * told is null, not a guess). CLD2 reports Norwegian as "no" and Tagalog as
 * "tl"; codes are passed on as CLD2 gives them.
 */
#include <stdlib.h>
#include <string.h>

#include "ds.h"

#define MIN_LETTERS 8
/* a language is sure when CLD2 calls it reliable and gives it this share of
 * the text */
#define SURE_PERCENT 95
/* CLD2 reads past the length it is given: it gets a copy followed by NUL
 * bytes (an unterminated sample crashed it, found by the charset fuzz
 * corpus). Short texts, the usual case, are copied on the stack. */
#define CLD2_PAD 16
#define STACK_COPY 4096

const char *ds_lang_detect(const char *text, size_t len) { return ds_lang_detect_sure(text, len, NULL); }

const char *ds_lang_detect_sure(const char *text, size_t len, int *sure)
{
	const char *lang[3];
	int percent[3], reliable;
	if (sure)
		*sure = 0;
	size_t letters = 0;
	for (size_t i = 0; i < len && letters < MIN_LETTERS; i++)
		letters += ds_isalpha(text[i]) || (unsigned char)text[i] >= 0xC0;
	if (letters < MIN_LETTERS)
		return NULL;
	if (len > (1u << 30))
		len = 1u << 30;
	char stack[STACK_COPY + CLD2_PAD];
	char *copy = len <= STACK_COPY ? stack : ds_xmalloc(len + CLD2_PAD);
	memcpy(copy, text, len);
	memset(copy + len, 0, CLD2_PAD);
	int scored = ds_cld2_detect(copy, (int)len, lang, percent, &reliable);
	if (copy != stack)
		free(copy);
	if (!scored || !lang[0] || !strcmp(lang[0], "un"))
		return NULL;
	if (sure)
		*sure = reliable && percent[0] >= SURE_PERCENT;
	return lang[0];
}

/* The public entry takes any bytes: they are repaired first, as the
 * pipeline does for documents. */
const char *dossier_lang_detect(const char *text, size_t len)
{
	struct ds_buf b = DS_BUF_INIT;
	ds_utf8_repair(&b, text, len);
	ds_utf8_fix_c1(&b);
	const char *l = ds_lang_detect(b.ptr ? b.ptr : "", b.len);
	ds_buf_release(&b);
	return l;
}
