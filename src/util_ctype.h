/*
 * util_ctype.h: locale-independent ASCII character classes (cmark's
 * cmark_ctype.h idea). <ctype.h> depends on the locale and takes int values
 * that must be unsigned char; these take any char and never consult locale.
 */
#ifndef DS_UTIL_CTYPE_H
#define DS_UTIL_CTYPE_H

static inline int ds_isdigit(int c) { return c >= '0' && c <= '9'; }

/* The value of the decimal digits s starts with, at most max of them (0
 * when it starts with none): "2023-05" -> 2023 with max 4. */
static inline int ds_digits(const char *s, int max)
{
	int v = 0;
	for (int i = 0; i < max && ds_isdigit(s[i]); i++)
		v = v * 10 + (s[i] - '0');
	return v;
}
static inline int ds_isupper(int c) { return c >= 'A' && c <= 'Z'; }
static inline int ds_islower(int c) { return c >= 'a' && c <= 'z'; }
static inline int ds_isalpha(int c) { return ds_isupper(c) || ds_islower(c); }
static inline int ds_isalnum(int c) { return ds_isalpha(c) || ds_isdigit(c); }
static inline int ds_isspace(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
static inline int ds_tolower(int c) { return ds_isupper(c) ? c + 32 : c; }
static inline int ds_toupper(int c) { return ds_islower(c) ? c - 32 : c; }
static inline int ds_isxdigit(int c)
{
	return ds_isdigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

#endif
