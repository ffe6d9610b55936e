/*
 * ex_pubdate.c: the publication date of a document, as precise as the
 * evidence allows (records.md "document": YYYY, YYYY-MM or YYYY-MM-DD).
 *
 * Evidence, strongest first: metadata (HTML meta, JSON-LD, JSONL "date",
 * the " date" marker of a text), a date in the URL (/2023/01/14/), a full
 * date in a dateline or the first paragraphs ("14 janvier 2023", "January
 * 14, 2023"), then a weekday with a day and a month ("mardi 10 janvier"),
 * whose year is the one where that day falls on that weekday, nearest
 * before the reference (crawl date, or the year the other evidence gives).
 * A vaguer date is made precise by a later piece of evidence that agrees
 * with it (metadata "2023-01" and "samedi 14 janvier" -> 2023-01-14).
 */
#include <stdlib.h>
#include <string.h>

#include "ds.h"

int ds_days_in_month(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

int ds_weekday(int y, int m, int d)
{
	/* Sakamoto's method, shifted so that 0 = Monday */
	static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
	if (m < 3)
		y--;
	int w = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7; /* 0 = Sunday */
	return (w + 6) % 7;
}

struct word {
	const char *w;
	int v;
};

/* Month names and abbreviations, folded, French and English. */
static const struct word months[] = {
	{"janvier", 1}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5},
	{"juin", 6}, {"juillet", 7}, {"aout", 8}, {"septembre", 9}, {"octobre", 10},
	{"novembre", 11}, {"decembre", 12}, {"january", 1}, {"february", 2},
	{"march", 3}, {"april", 4}, {"may", 5}, {"june", 6}, {"july", 7},
	{"august", 8}, {"september", 9}, {"october", 10}, {"november", 11},
	{"december", 12}, {"jan", 1}, {"janv", 1}, {"feb", 2}, {"fev", 2}, {"fevr", 2},
	{"mar", 3}, {"apr", 4}, {"avr", 4}, {"jun", 6}, {"jul", 7}, {"juil", 7},
	{"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
};

static const struct word weekdays[] = {
	{"lundi", 0}, {"mardi", 1}, {"mercredi", 2}, {"jeudi", 3}, {"vendredi", 4},
	{"samedi", 5}, {"dimanche", 6}, {"monday", 0}, {"tuesday", 1},
	{"wednesday", 2}, {"thursday", 3}, {"friday", 4}, {"saturday", 5},
	{"sunday", 6}, {"mon", 0}, {"tue", 1}, {"wed", 2}, {"thu", 3}, {"fri", 4},
	{"sat", 5}, {"sun", 6},
};

static int lookup(const struct word *tab, size_t n, const char *s, size_t len)
{
	if (len < 3 || len > 9)
		return -1; /* "mai" to "septembre" */
	for (size_t i = 0; i < n; i++) {
		const char *w = tab[i].w;
		size_t k = 0;
		while (k < len && w[k] == s[k])
			k++; /* s holds letters: stops at w's end */
		if (k == len && !w[len])
			return tab[i].v;
	}
	return -1;
}

/* A token of folded text: a run of letters, or of digits. */
struct tok {
	const char *s;
	size_t len;
	int num; /* -1 for words */
	size_t end; /* offset after the token in the folded text */
	int wd, mo; /* a word: the weekday (5 letters or more) and month it
		     * names, or -1; mo -2 until looked up */
};

static int next_tok(const char *s, size_t len, size_t *pos, struct tok *t)
{
	size_t i = *pos;
	while (i < len && !ds_isalnum(s[i]))
		i++;
	if (i >= len) {
		*pos = len;
		return 0;
	}
	size_t a = i;
	if (ds_isdigit(s[i])) {
		int v = 0;
		while (i < len && ds_isdigit(s[i]) && i - a < 9)
			v = v * 10 + (s[i++] - '0');
		while (i < len && ds_isdigit(s[i]))
			i++;
		t->num = i - a > 4 ? -2 : v;
	} else {
		while (i < len && ds_isalpha(s[i]))
			i++;
		t->num = -1;
	}
	t->s = s + a;
	t->len = i - a;
	t->end = i;
	*pos = i;
	return 1;
}

static int valid(int y, int m, int d)
{
	return y >= 1900 && y <= 2099 && (m == 0 || (m >= 1 && m <= 12)) &&
	       (d == 0 || (m && d >= 1 && d <= ds_days_in_month(y, m)));
}

static int emit(char out[11], int y, int m, int d)
{
	if (!valid(y, m, d))
		return 0;
	char tmp[40];
	int p = d ? 3 : m ? 2 : 1;
	if (d)
		snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, d);
	else if (m)
		snprintf(tmp, sizeof tmp, "%04d-%02d", y, m);
	else
		snprintf(tmp, sizeof tmp, "%04d", y);
	memcpy(out, tmp, 11);
	out[10] = '\0';
	return p;
}

int ds_date_parse(const char *s, size_t len, char out[11])
{
	/* ISO 8601 and its relatives first: 2023-01-14, 2023/01/14, 2023-01 */
	size_t i = 0;
	while (i < len && ds_isspace(s[i]))
		i++;
	if (len - i >= 4 && ds_isdigit(s[i]) && ds_isdigit(s[i + 1]) && ds_isdigit(s[i + 2]) &&
	    ds_isdigit(s[i + 3]) && (len - i == 4 || !ds_isdigit(s[i + 4]))) {
		int y = ds_digits(s + i, 4), m = 0, d = 0;
		if (len - i >= 7 && (s[i + 4] == '-' || s[i + 4] == '/') && ds_isdigit(s[i + 5]) &&
		    ds_isdigit(s[i + 6])) {
			m = (s[i + 5] - '0') * 10 + (s[i + 6] - '0');
			if (len - i >= 10 && s[i + 7] == s[i + 4] && ds_isdigit(s[i + 8]) &&
			    ds_isdigit(s[i + 9]))
				d = (s[i + 8] - '0') * 10 + (s[i + 9] - '0');
		}
		int p = emit(out, y, m, d);
		if (p)
			return p;
	}
	/* words: "14 janvier 2023", "January 14, 2023", "Sat, 14 Jan 2023",
	 * "14/01/2023" (day first), "1er mars 2022" */
	struct ds_buf f = DS_BUF_INIT;
	ds_fold(&f, s, len);
	int y = 0, m = 0, d = 0, nums[3], nn = 0;
	struct tok t;
	size_t j = 0;
	while (next_tok(f.ptr ? f.ptr : "", f.len, &j, &t)) {
		if (t.num == -1) {
			int mo = lookup(months, DS_ARRAY_LEN(months), t.s, t.len);
			if (mo > 0 && !m)
				m = mo;
		} else if (t.num >= 0) {
			if (t.num >= 1990 && t.num <= 2099 && !y)
				y = t.num;
			else if (nn < 3)
				nums[nn++] = t.num;
		}
	}
	ds_buf_release(&f);
	if (m && nn >= 1 && nums[0] >= 1 && nums[0] <= 31)
		d = nums[0];
	else if (!m && nn >= 2 && nums[0] >= 1 && nums[0] <= 31 && nums[1] >= 1 && nums[1] <= 12)
		d = nums[0], m = nums[1]; /* 14/01/2023: day first, as in Europe */
	else if (!m && nn >= 2 && nums[0] >= 1 && nums[0] <= 12 && nums[1] > 12 && nums[1] <= 31)
		d = nums[1], m = nums[0]; /* 05/27/2022: month first, as in the US */
	if (!y)
		return 0;
	int p = emit(out, y, m, d);
	return p ? p : emit(out, y, 0, 0);
}

/* Year in which day d of month m is weekday wd, nearest at or before ref
 * (else nearest after); 0 when none within 12 years. */
static int year_of_weekday(int wd, int m, int d, int ref)
{
	for (int k = 0; k <= 12; k++) {
		if (ds_days_in_month(ref - k, m) >= d && ds_weekday(ref - k, m, d) == wd)
			return ref - k;
		if (k && ds_days_in_month(ref + k, m) >= d && ds_weekday(ref + k, m, d) == wd)
			return ref + k;
	}
	return 0;
}

/* The full names of weekdays end in "di", "che" (dimanche) or "day": most
 * words are told apart without the table. */
static int could_be_weekday(const char *w, size_t n)
{
	return (w[n - 2] == 'd' && w[n - 1] == 'i') || (w[n - 1] == 'e' && w[n - 2] == 'h') ||
	       (w[n - 1] == 'y' && w[n - 2] == 'a');
}

static int month_of(struct tok *t)
{
	if (t->mo == -2)
		t->mo = lookup(months, DS_ARRAY_LEN(months), t->s, t->len);
	return t->mo;
}

/* Reads the next token into a window of the last `cap` tokens w[0, *n),
 * the oldest dropped when it is full; 0 at the end of the text. */
static int next_in_window(const char *s, size_t len, size_t *pos, struct tok *w, int cap, int *n)
{
	if (*n == cap) {
		for (int i = 0; i + 1 < cap; i++)
			w[i] = w[i + 1];
		*n = cap - 1;
	}
	if (!next_tok(s, len, pos, &w[*n]))
		return 0;
	++*n;
	return 1;
}

/* Scans folded text for "weekday [le] day month [year]" or "weekday, month
 * day"; returns 1 with wd/m/d/y (y 0 when not written). */
static int find_weekday_date(const char *s, size_t len, int *wd, int *m, int *d, int *y)
{
	struct tok t[5];
	size_t j = 0;
	int n = 0;
	while (next_in_window(s, len, &j, t, 5, &n)) {
		/* each token is looked up once, not once per pattern */
		struct tok *nt = &t[n - 1];
		nt->wd = nt->num == -1 && nt->len >= 5 && could_be_weekday(nt->s, nt->len)
				 ? lookup(weekdays, DS_ARRAY_LEN(weekdays), nt->s, nt->len)
				 : -1;
		nt->mo = -2; /* looked up when a pattern needs it */
		/* try patterns ending at the newest token */
		for (int a = 0; a < n; a++) {
			int w = t[a].wd;
			if (w < 0)
				continue;
			int b = a + 1;
			if (b < n && t[b].num == -1 && t[b].len == 2 && !memcmp(t[b].s, "le", 2))
				b++;
			if (b + 1 < n && t[b].num >= 1 && t[b].num <= 31 && t[b + 1].num == -1) {
				int mo = month_of(&t[b + 1]);
				if (mo > 0) {
					*wd = w, *m = mo, *d = t[b].num;
					*y = b + 2 < n && t[b + 2].num >= 1990 && t[b + 2].num <= 2099 ? t[b + 2].num : 0;
					return 1;
				}
			}
			if (b + 1 < n && t[b].num == -1 && t[b + 1].num >= 1 && t[b + 1].num <= 31) {
				int mo = month_of(&t[b]);
				if (mo > 0) {
					*wd = w, *m = mo, *d = t[b + 1].num;
					*y = b + 2 < n && t[b + 2].num >= 1990 && t[b + 2].num <= 2099 ? t[b + 2].num : 0;
					return 1;
				}
			}
		}
	}
	return 0;
}

/* Scans folded text for a day and month without a year ("16 mars", "Jan
 * 25") and, in the same text, a weekday name ("jeudi", "Wednesday"): the
 * dateline and the day of the event of a wire story. Returns 1 when both
 * are found. */
static int find_day_month_and_weekday(const char *s, size_t len, int *wd, int *m, int *d)
{
	struct tok prev, t;
	size_t j = 0;
	int have = 0, w = -1;
	*m = *d = 0;
	prev.num = -3;
	while (next_tok(s, len, &j, &t)) {
		if (t.num == -1) {
			int x = lookup(weekdays, DS_ARRAY_LEN(weekdays), t.s, t.len);
			if (x >= 0 && t.len >= 5 && w < 0)
				w = x;
			int mo = lookup(months, DS_ARRAY_LEN(months), t.s, t.len);
			if (mo > 0 && !have && prev.num >= 1 && prev.num <= 31) {
				*m = mo, *d = prev.num, have = 1;
			} else if (mo > 0 && !have) {
				struct tok nx;
				size_t k = j;
				if (next_tok(s, len, &k, &nx) && nx.num >= 1 && nx.num <= 31)
					*m = mo, *d = nx.num, have = 1;
			}
		}
		prev = t;
	}
	*wd = w;
	return have && w >= 0;
}

/* The full dates ("11 mai 2023", "May 11, 2023", not after "since" or
 * "depuis") of folded text top[0, tlen), at most max, in order; returns how
 * many, each as y * 10000 + m * 100 + d. */
static int full_dates(const char *top, size_t tlen, int32_t *out, int max)
{
	struct tok w[4];
	int n = 0, k = 0;
	size_t j = 0;
	while (k < max && next_in_window(top, tlen, &j, w, 4, &n)) {
		if (n < 3 || w[n - 1].num < 1990 || w[n - 1].num > 2099)
			continue;
		/* "11 mai 2023" or "may 11 2023" (the comma is not a token) */
		int dd = 0, mm = 0;
		const struct tok *a = &w[n - 3], *b = &w[n - 2];
		if (a->num >= 1 && a->num <= 31 && b->num == -1)
			dd = a->num, mm = lookup(months, DS_ARRAY_LEN(months), b->s, b->len);
		else if (a->num == -1 && b->num >= 1 && b->num <= 31)
			dd = b->num, mm = lookup(months, DS_ARRAY_LEN(months), a->s, a->len);
		if (mm <= 0 || !valid(w[n - 1].num, mm, dd))
			continue;
		if (n == 4 && w[0].num == -1 &&
		    ((w[0].len == 5 && !memcmp(w[0].s, "since", 5)) ||
		     (w[0].len == 6 && !memcmp(w[0].s, "depuis", 6))))
			continue;
		out[k++] = w[n - 1].num * 10000 + mm * 100 + dd;
	}
	return k;
}

/* The offsets of the years of four digits (19xx, 20xx) in s[0, len), at
 * most max; returns how many. Only the words just before them are read for
 * a full date: most of a story is not folded for it. */
static int years_in(const char *s, size_t len, size_t *at, int max)
{
	int k = 0;
	for (int c = 0; c < 2; c++) {
		const char *p = s, *end = s + len;
		while (k < max && end - p >= 4 &&
		       (p = memchr(p, c ? '1' : '2', (size_t)(end - p - 3))) != NULL) {
			if (p[1] == (c ? '9' : '0') && ds_isdigit(p[2]) && ds_isdigit(p[3]) &&
			    (p == s || !ds_isdigit(p[-1])) && (p + 4 == end || !ds_isdigit(p[4])))
				at[k++] = (size_t)(p - s);
			p++;
		}
	}
	return k;
}

/* Does text s[0, len) name weekday wd (Monday 0) as a word, French or
 * English, its first letter in either case ("jeudi", "Thursday")? The
 * names have no accents: the text is read as it is, not folded. */
static int names_weekday(const char *s, size_t len, int wd)
{
	for (size_t i = 0; i < DS_ARRAY_LEN(weekdays); i++) {
		const char *w = weekdays[i].w;
		size_t k = strlen(w);
		if (weekdays[i].v != wd || k < 5)
			continue; /* the full names, not "thu" */
		/* past the first letter, then the letter before is checked */
		for (const char *p = s + 1; p < s + len &&
					    (p = ds_memmem(p, (size_t)(s + len - p), w + 1, k - 1)) != NULL;
		     p += k - 1)
			if (ds_tolower(p[-1]) == w[0] && (p - 1 == s || !ds_isalnum(p[-2])) &&
			    (p + k - 1 == s + len || !ds_isalnum(p[k - 1])))
				return 1;
	}
	return 0;
}

/* A date in the words of a URL's path ("...-3-mai-2023-1187654.html",
 * "/april-16-2023/"): a day, a month name and a year next to each other;
 * accents may be percent-encoded ("f%C3%A9vrier"). */
static int url_words_date(const char *url, char out[11])
{
	const char *path = strstr(url, "://");
	path = path ? strchr(path + 3, '/') : url;
	if (!path)
		return 0;
	struct ds_buf raw = DS_BUF_INIT, f = DS_BUF_INIT;
	for (const char *p = path; *p && raw.len < 1024; p++) {
		if (*p == '%' && ds_isxdigit(p[1]) && ds_isxdigit(p[2])) {
			char hex[3] = {p[1], p[2], 0};
			ds_buf_addc(&raw, (char)strtol(hex, NULL, 16));
			p += 2;
		} else {
			ds_buf_addc(&raw, *p);
		}
	}
	size_t n = ds_utf8_valid_prefix(raw.ptr ? raw.ptr : "", raw.len);
	ds_fold(&f, raw.ptr ? raw.ptr : "", n);
	struct tok t[64];
	size_t j = 0;
	int k = 0, found = 0;
	while (k < 64 && next_tok(f.ptr ? f.ptr : "", f.len, &j, &t[k]))
		k++;
	for (int a = 0; a + 2 < k && !found; a++) {
		if (t[a + 2].num < 1990 || t[a + 2].num > 2099)
			continue;
		int m = -1, d = -1;
		if (t[a].num >= 1 && t[a].num <= 31 && t[a + 1].num == -1)
			m = lookup(months, DS_ARRAY_LEN(months), t[a + 1].s, t[a + 1].len), d = t[a].num;
		else if (t[a].num == -1 && t[a + 1].num >= 1 && t[a + 1].num <= 31)
			m = lookup(months, DS_ARRAY_LEN(months), t[a].s, t[a].len), d = t[a + 1].num;
		if (m > 0)
			found = emit(out, t[a + 2].num, m, d);
	}
	/* "/2019/nov/18/" */
	for (int a = 0; a + 2 < k && !found; a++)
		if (t[a].num >= 1990 && t[a].num <= 2099 && t[a + 1].num == -1 && t[a + 2].num >= 1 &&
		    t[a + 2].num <= 31) {
			int m = lookup(months, DS_ARRAY_LEN(months), t[a + 1].s, t[a + 1].len);
			if (m > 0)
				found = emit(out, t[a].num, m, t[a + 2].num);
		}
	ds_buf_release(&raw);
	ds_buf_release(&f);
	return found;
}

/* A date written in a URL path: /2023/01/14/, /2023-01-14, /20230114/,
 * /20230424-title, or in its words (url_words_date). */
static int url_date(const char *url, char out[11])
{
	if (!url)
		return 0;
	for (const char *p = url; *p; p++) {
		if ((*p != '/' && *p != '-') || !ds_isdigit(p[1]))
			continue;
		const char *q = p + 1;
		int digits = 0;
		while (digits < 9 && ds_isdigit(q[digits]))
			digits++;
		/* "/20230424-title", "-20191115/" */
		if (digits == 8 && (q[8] == '/' || q[8] == '-' || q[8] == '_' || q[8] == '.' || !q[8])) {
			int y = (q[0] - '0') * 1000 + (q[1] - '0') * 100 + (q[2] - '0') * 10 + (q[3] - '0');
			int m = (q[4] - '0') * 10 + (q[5] - '0'), d = (q[6] - '0') * 10 + (q[7] - '0');
			int p2 = emit(out, y, m, d);
			if (p2)
				return p2;
		}
		if (*p == '/' && ds_isdigit(q[1]) && ds_isdigit(q[2]) && ds_isdigit(q[3]) &&
		    (q[4] == '/' || q[4] == '-') && ds_isdigit(q[5]) && ds_isdigit(q[6]) &&
		    (q[7] == '/' || q[7] == '-')) {
			int y = ds_digits(q, 4), m = ds_digits(q + 5, 2), d = 0;
			if (ds_isdigit(q[8]) && ds_isdigit(q[9]) && !ds_isdigit(q[10]))
				d = (q[8] - '0') * 10 + (q[9] - '0');
			int p2 = emit(out, y, m, d);
			if (p2)
				return p2;
		}
	}
	return url_words_date(url, out);
}

/* A byline date: a short line near the top that says when the story was
 * published ("Publié le 10/03/2023 à 14h05", "Published on March 10,
 * 2023", "As of: 05/27/2022 9:40 a.m"), else when it was last updated. */
/* Is the folded line f[0, n) a date standing alone, with its time, or a
 * byline ending in one: "14 mars 2023 à 10h32", "Le 14 mars 2023", "March
 * 14, 2023", "2023-03-14T10:32:00Z", "By Jane Doe | March 14, 2023", "Par
 * Jean Dupont - 14 mars 2023"? Then out is that day. */
static int date_line(const char *f, size_t n, char out[11])
{
	size_t a = 0;
	for (size_t i = 0; i < n; i++)
		if (f[i] == '|' || (f[i] == '-' && i > 0 && f[i - 1] == ' ' && i + 1 < n &&
				    f[i + 1] == ' '))
			a = i + 1;
	while (a < n && f[a] == ' ')
		a++;
	if (n - a > 40 || n - a < 8)
		return 0;
	struct tok t;
	size_t j = a;
	int got;
	/* "le", "on", a weekday: then the date itself opens the line */
	while ((got = next_tok(f, n, &j, &t)) && t.num == -1 &&
	       ((t.len == 2 && (!memcmp(t.s, "le", 2) || !memcmp(t.s, "on", 2))) ||
		lookup(weekdays, DS_ARRAY_LEN(weekdays), t.s, t.len) >= 0))
		;
	if (!got || (t.num == -1 && lookup(months, DS_ARRAY_LEN(months), t.s, t.len) < 0))
		return 0;
	return ds_date_parse(f + a, n - a, out) == 3;
}

static int byline_date(const struct dossier_doc *doc, char out[11])
{
	static const char *const published[] = {
		"publie le", "publie", "published on", "published", "posted on", "posted",
		"mis en ligne le", "mis en ligne", "paru le", "first published", "date de publication",
		"publication", "as of", "date",
	};
	static const char *const updated[] = {
		"mis a jour le", "mis a jour", "derniere mise a jour", "updated on", "updated",
		"last updated", "modifie le",
	};
	int best = 0;
	struct ds_buf f = DS_BUF_INIT;
	for (size_t i = 0; i < doc->n_paras && i < 12 && best < 2; i++) {
		const char *ps = doc->text.ptr + doc->paras[i].start;
		size_t pl = doc->paras[i].end - doc->paras[i].start;
		if (pl > 120)
			continue;
		ds_buf_reset(&f);
		ds_fold(&f, ps, pl);
		for (int pass = 0; pass < 2; pass++) {
			const char *const *tab = pass ? updated : published;
			size_t nt = pass ? DS_ARRAY_LEN(updated) : DS_ARRAY_LEN(published);
			for (size_t k = 0; k < nt; k++) {
				size_t kl = strlen(tab[k]);
				if (f.len <= kl || memcmp(f.ptr, tab[k], kl) || ds_isalnum(f.ptr[kl]))
					continue;
				/* the date right after: "le 10 mars", "on March 10", ": 04/26" */
				struct tok t;
				size_t j = kl;
				int got;
				while ((got = next_tok(f.ptr, f.len, &j, &t)) && t.num == -1 &&
				       ((t.len == 2 && (!memcmp(t.s, "le", 2) || !memcmp(t.s, "on", 2))) ||
					(t.len == 3 && !memcmp(t.s, "the", 3))))
					;
				if (!got || (t.num == -1 && lookup(months, DS_ARRAY_LEN(months), t.s, t.len) < 0 &&
					     lookup(weekdays, DS_ARRAY_LEN(weekdays), t.s, t.len) < 0))
					break;
				char tmp[11];
				if (ds_date_parse(f.ptr + kl, f.len - kl, tmp) == 3 && 2 - pass > best) {
					memcpy(out, tmp, sizeof tmp);
					best = 2 - pass;
				}
				break;
			}
		}
		char tmp[11];
		if (!best && date_line(f.ptr, f.len, tmp)) {
			memcpy(out, tmp, sizeof tmp);
			best = 2;
		}
	}
	ds_buf_release(&f);
	return best ? 3 : 0;
}

const char *ds_pubdate(struct dossier_doc *doc, const char *meta, const char *ref)
{
	char best[11] = "", tmp[11];
	int prec = 0;
	if (meta && *meta)
		prec = ds_date_parse(meta, strlen(meta), best);
	if (prec < 3) {
		int p = url_date(doc->url, tmp);
		if (p > prec && (!prec || !strncmp(tmp, best, strlen(best)))) {
			memcpy(best, tmp, sizeof tmp);
			prec = p;
		}
	}
	if (prec < 3) {
		int p = byline_date(doc, tmp);
		if (p > prec && (!prec || !strncmp(tmp, best, strlen(best)))) {
			memcpy(best, tmp, sizeof tmp);
			prec = p;
		}
	}
	if (prec < 3) {
		/* the first paragraphs: a weekday with day and month, or a full
		 * date of a dateline ("Publié le 14 janvier 2023") */
		size_t lim = 0;
		for (size_t i = 0; i < doc->n_paras && i < 4; i++)
			lim = doc->paras[i].end;
		if (lim > 2000)
			lim = ds_utf8_valid_prefix(doc->text.ptr, 2000); /* the top of the story */
		struct ds_buf f = DS_BUF_INIT;
		ds_fold(&f, doc->text.ptr, lim);
		int wd = -1, m = 0, d = 0, y = 0;
		if (f.len && find_weekday_date(f.ptr, f.len, &wd, &m, &d, &y)) {
			int refy = prec ? ds_digits(best, 4) : 0;
			if (!refy && ref)
				refy = ds_digits(ref, 4);
			if (!y)
				y = year_of_weekday(wd, m, d, refy >= 1990 ? refy : 2024);
			if (y && ds_weekday(y, m, d) == wd && emit(tmp, y, m, d) &&
			    (!prec || !strncmp(tmp, best, strlen(best)))) {
				memcpy(best, tmp, sizeof tmp);
				prec = 3;
			}
		}
		else if (f.len && !prec) {
			/* a dateline "PRAGUE, 3 mai (...)" and "jeudi" in the story:
			 * the day and month must open a paragraph, after a city */
			struct ds_buf g = DS_BUF_INIT;
			int refy = ref ? ds_digits(ref, 4) : 0, found = 0;
			/* the first two paragraphs of prose (100 bytes or more),
			 * and the short lines before them (a headline, a market
			 * ticker left by the page) */
			for (size_t p = 0, prose = 0; p < doc->n_paras && p < 64 && prose < 2 && !found; p++) {
				const char *ps = doc->text.ptr + doc->paras[p].start;
				size_t pl = doc->paras[p].end - doc->paras[p].start;
				prose += pl >= 100;
				const char *comma = memchr(ps, ',', pl < 40 ? pl : 40);
				if (!comma || !ds_isupper(ps[0]) || !ds_isupper(ps[1]))
					continue; /* "KYIV, ..." / "VARSOVIE, ..." */
				size_t head = (size_t)(comma - ps) + 30;
				ds_buf_reset(&g);
				ds_fold(&g, comma, ds_utf8_valid_prefix(comma, (head < pl ? head : pl) - (size_t)(comma - ps)));
				int wd2 = -1, m2 = 0, d2 = 0, m3, d3;
				int both = find_day_month_and_weekday(g.ptr ? g.ptr : "", g.len, &wd2, &m2, &d2);
				if (!m2)
					continue;
				if (!both) {
					/* the weekday may be anywhere in the paragraph */
					ds_buf_reset(&g);
					ds_fold(&g, ps, ds_utf8_valid_prefix(ps, pl < 2000 ? pl : 2000));
					if (!find_day_month_and_weekday(g.ptr ? g.ptr : "", g.len, &wd2, &m3, &d3))
						continue;
				}
				m = m2, d = d2, wd = wd2;
				found = 1;
			}
			if (found) {
				y = year_of_weekday(wd, m, d, refy >= 1990 ? refy : 2024);
				if (y && emit(tmp, y, m, d)) {
					memcpy(best, tmp, sizeof tmp);
					prec = 3;
				}
			}
			ds_buf_release(&g);
		}
		ds_buf_release(&f);
	}
	if (!prec && doc->n_paras) {
		/* a full date at the top that a weekday of the story confirms:
		 * "…in Oslo on June 8, 2023." and "told MPs on Thursday" (the
		 * story is read for the weekday only when the top has a date) */
		size_t lim = 0;
		for (size_t i = 0; i < doc->n_paras && i < 4; i++)
			lim = doc->paras[i].end;
		if (lim > 6000)
			lim = 6000;
		struct ds_buf f = DS_BUF_INIT;
		int32_t dates[4];
		int nd = 0;
		size_t at[4];
		int ny = years_in(doc->text.ptr, lim, at, 4);
		for (int i = 0; i < ny && nd < 4; i++) {
			/* the year and the words before it: "le 11 mai 2023",
			 * "since May 11, 2023" */
			size_t a = at[i] > 40 ? at[i] - 40 : 0;
			while (a < at[i] && ((unsigned char)doc->text.ptr[a] & 0xC0) == 0x80)
				a++;
			ds_buf_reset(&f);
			ds_fold(&f, doc->text.ptr + a, ds_utf8_valid_prefix(doc->text.ptr + a, at[i] + 4 - a));
			nd += f.len ? full_dates(f.ptr, f.len, dates + nd, 4 - nd) : 0;
		}
		size_t all = doc->text.len < 6000 ? doc->text.len : 6000;
		for (int i = 0; i < nd && !prec; i++) {
			int y = dates[i] / 10000, m = dates[i] / 100 % 100, d = dates[i] % 100;
			if (names_weekday(doc->text.ptr, all, ds_weekday(y, m, d)) && emit(tmp, y, m, d)) {
				memcpy(best, tmp, sizeof tmp);
				prec = 3;
			}
		}
		ds_buf_release(&f);
	}
	if (!prec && ref && *ref) {
		/* the crawl date bounds the publication date but is not it */
		return NULL;
	}
	return prec ? ds_arena_strdup(&doc->arena, best) : NULL;
}
