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

/* Under this many bytes CLD2's statistics may take a French sentence for
 * English ("L'UE fournira un million d'obus d'artillerie à l'Ukraine."):
 * its words of grammar decide between the two. */
#define SHORT_TEXT 200

/* French or English by the words of grammar of a short text, when only one
 * of the two has any (at least two); else the guess g. */
static const char *function_words(const char *text, size_t len, const char *g)
{
	static const char *const en[] = {"the", "and", "of", "to", "is", "are", "was", "were",
					 "will", "has", "have", "with", "for", "that", "this",
					 "from", "by", "on", "it", "its", NULL};
	/* not those French shares with its neighbours ("de", "la", "que") */
	static const char *const fr[] = {"le", "les", "des", "du", "une", "et", "est", "sont",
					 "pour", "dans", "avec", "sur", "qui", "au", "aux", "ne",
					 "pas", NULL};
	int ne = 0, nf = 0;
	size_t i = 0;
	while (i < len) {
		while (i < len && !ds_isalpha(text[i])) {
			/* "à" standing alone */
			if ((unsigned char)text[i] == 0xC3 && i + 1 < len &&
			    (unsigned char)text[i + 1] == 0xA0 && (i == 0 || text[i - 1] == ' ') &&
			    (i + 2 >= len || text[i + 2] == ' '))
				nf++;
			i++;
		}
		size_t a = i;
		while (i < len && ds_isalpha(text[i]))
			i++;
		size_t n = i - a;
		if (!n || n > 4)
			continue;
		char w[5];
		for (size_t k = 0; k < n; k++)
			w[k] = (char)ds_tolower(text[a + k]);
		w[n] = '\0';
		/* the elided article or preposition: "l'", "d'", "qu'" */
		if (i < len && (text[i] == '\'' || (unsigned char)text[i] == 0xE2) &&
		    (!strcmp(w, "l") || !strcmp(w, "d") || !strcmp(w, "qu"))) {
			nf++;
			continue;
		}
		for (const char *const *p = en; *p; p++)
			ne += !strcmp(w, *p);
		for (const char *const *p = fr; *p; p++)
			nf += !strcmp(w, *p);
	}
	if (nf >= 2 && !ne)
		return "fr";
	if (ne >= 2 && !nf)
		return "en";
	return g;
}

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
	if (len < SHORT_TEXT && (!strcmp(lang[0], "en") || !strcmp(lang[0], "fr")))
		return function_words(text, len, lang[0]);
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
