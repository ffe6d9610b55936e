/*
 * in_txt.c: plain-text articles (.txt files, JSONL "text" fields).
 *
 * records.md "Inputs": the first non-empty line is the title, the rest the
 * body; a leading " date YYYY-MM[-DD]" token is the publication date (it may
 * stand on the title's line). The title stays the first paragraph of the
 * body, so that quotes and facts stated in it are found and every offset
 * points into one text.
 */
#include <string.h>

#include "ds.h"

/* Parses a "date YYYY[-MM[-DD]]" marker at s; returns its length (with the
 * spaces after it) and copies the date into out, or returns 0. */
static size_t date_marker(const char *s, size_t len, char out[11])
{
	size_t i = 0;
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (len - i < 9 || strncmp(s + i, "date ", 5))
		return 0;
	i += 5;
	size_t start = i;
	while (i < len && (ds_isdigit(s[i]) || s[i] == '-') && i - start < 10)
		i++;
	size_t n = i - start;
	if (!(n == 4 || n == 7 || n == 10) || (i < len && !ds_isspace(s[i])))
		return 0;
	char tmp[11];
	memcpy(tmp, s + start, n);
	tmp[n] = '\0';
	if (ds_date_parse(tmp, n, out) == 0)
		return 0;
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

void ds_txt_parse(struct dossier_doc *doc, const char *s, size_t len, int title_in_body,
		  struct ds_page *page)
{
	char date[11];
	size_t i = 0;
	/* skip blank lines before the marker or title */
	while (i < len && ds_isspace(s[i])) {
		size_t j = i;
		while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
			j++;
		if (j < len && s[j] == '\n')
			i = j + 1;
		else
			break;
	}
	size_t m = date_marker(s + i, len - i, date);
	if (m) {
		page->date = ds_arena_strdup(&doc->arena, date);
		i += m;
	}
	if (title_in_body) {
		while (i < len && ds_isspace(s[i]))
			i++;
		const char *nl = memchr(s + i, '\n', len - i);
		size_t n = nl ? (size_t)(nl - (s + i)) : len - i;
		size_t k = n;
		while (k && ds_isspace(s[i + k - 1]))
			k--;
		if (k)
			page->title = ds_arena_strndup(&doc->arena, s + i, k);
	}
	ds_buf_add(&page->body, s + i, len - i);
}
