/*
 * ex_when.c: the date of an event told in a sentence (records.md "aid":
 * date), French and English.
 *
 * Reads the sentence's words for, first to last: explicit dates ("le 4
 * mai", "mardi 18 avril 2023", "April 18", "July 6, 2023", "en novembre
 * 2022", "in December", "début janvier"), weekdays ("samedi", "last
 * Friday", "lundi prochain"), and relative expressions ("hier", "la
 * semaine dernière", "le mois dernier", "au début du mois", "earlier this
 * month", "l'an dernier", "il y a trois jours", "two weeks ago"). The first
 * one that can be placed on the calendar wins. Relative ones are resolved
 * against the publication date and are only as precise as it is (a weekday
 * needs a publication day); a month without a year takes the publication
 * year, or the year before when that month lies well after publication.
 * Failing all, the publication date; failing that, "".
 */
#include <pthread.h>
#include <string.h>

#include "ex_aid.h"

#define MAX_WORDS 160

struct wtok {
	char f[16];  /* folded, truncated */
	int num;     /* the value when all digits (or "1er"), else -1 */
	int month;   /* 1..12 when a month's name, else 0 */
	int wday;    /* 0..6 when a weekday's name, else -1 */
};

struct ymd {
	int y, m, d; /* 0 when unknown */
	int future;  /* the sentence speaks of what is to come ("will", "devrait") */
};

static const char *const month_names[] = {
	"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
	"octobre", "novembre", "decembre", "january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december",
};

static const char *const weekday_names[] = {
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday",
	"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

/* English month names that are also common words: "may", "march". */
static int month_ambiguous(const char *w)
{
	return !strcmp(w, "may") || !strcmp(w, "march") || !strcmp(w, "mars");
}

/* The names above (and "sept", "sep") in a small open-addressing table,
 * hashed on their first and last letters and length: a word is told in one
 * or two probes, and most words are not names at all. */
#define NAME_SLOTS 128
struct dname {
	const char *w;
	int month; /* 1..12 or 0 */
	int wday;  /* 0..6 or -1 */
};
static struct dname dnames[DS_ARRAY_LEN(month_names) + DS_ARRAY_LEN(weekday_names) + 2];
static uint8_t name_slot[NAME_SLOTS]; /* index + 1 into dnames, 0 empty */
static pthread_once_t names_once = PTHREAD_ONCE_INIT;

static unsigned name_hash(const char *w, size_t len)
{
	return ((unsigned char)w[0] * 31u + (unsigned char)w[len - 1] * 7u + (unsigned)len) &
	       (NAME_SLOTS - 1);
}

static void add_dname(size_t k, const char *w, int month, int wday)
{
	dnames[k] = (struct dname){w, month, wday};
	unsigned h = name_hash(w, strlen(w));
	while (name_slot[h])
		h = (h + 1) & (NAME_SLOTS - 1);
	name_slot[h] = (uint8_t)(k + 1);
}

static void names_build(void)
{
	size_t k = 0;
	for (size_t i = 0; i < DS_ARRAY_LEN(month_names); i++, k++)
		add_dname(k, month_names[i], (int)(i % 12) + 1, -1);
	add_dname(k++, "sept", 9, -1);
	add_dname(k++, "sep", 9, -1);
	for (size_t i = 0; i < DS_ARRAY_LEN(weekday_names); i++, k++)
		add_dname(k, weekday_names[i], 0, (int)(i % 7));
}
_Static_assert(DS_ARRAY_LEN(month_names) + DS_ARRAY_LEN(weekday_names) + 2 < NAME_SLOTS / 2,
	       "the name table stays half empty");

/* Reads a word once for the month or weekday it names. */
static void name_of(struct wtok *w)
{
	pthread_once(&names_once, names_build);
	w->month = 0;
	w->wday = -1;
	size_t len = strnlen(w->f, sizeof w->f);
	if (len < 3 || len > 9)
		return;
	for (unsigned h = name_hash(w->f, len); name_slot[h]; h = (h + 1) & (NAME_SLOTS - 1)) {
		const struct dname *d = &dnames[name_slot[h] - 1];
		if (d->w[0] == w->f[0] && !strcmp(d->w, w->f)) {
			w->month = d->month;
			w->wday = d->wday;
			return;
		}
	}
}

/* --- calendar arithmetic (days since 1970-01-01, proleptic Gregorian) ---- */

static long days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static struct ymd civil_from_days(long z)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	struct ymd r;
	r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	r.y = (int)(yoe + era * 400 + (r.m <= 2));
	return r;
}

static void put2(char *p, int v)
{
	p[0] = (char)('0' + v / 10 % 10);
	p[1] = (char)('0' + v % 10);
}

/* Writes YYYY, YYYY-MM or YYYY-MM-DD (as far as m and d are valid) into
 * out; returns the precision written, 0 for an impossible year. */
static int emit(char out[11], int y, int m, int d)
{
	out[0] = '\0';
	if (y < 1000 || y > 9999)
		return 0;
	put2(out, y / 100);
	put2(out + 2, y % 100);
	out[4] = '\0';
	if (m < 1 || m > 12)
		return 1;
	out[4] = '-';
	put2(out + 5, m);
	out[7] = '\0';
	if (d < 1 || d > ds_days_in_month(y, m))
		return 2;
	out[7] = '-';
	put2(out + 8, d);
	out[10] = '\0';
	return 3;
}

/* A span of days [a, b]: the month when it lies in one, else the year. */
static int emit_span(char out[11], long a, long b)
{
	struct ymd x = civil_from_days(a), y = civil_from_days(b);
	if (x.y == y.y && x.m == y.m)
		return emit(out, x.y, x.m, 0);
	if (x.y == y.y)
		return emit(out, x.y, 0, 0);
	return emit(out, y.y, 0, 0);
}

static int parse_pub(const char *pub, struct ymd *p)
{
	memset(p, 0, sizeof *p);
	if (!pub)
		return 0;
	int y = 0, m = 0, d = 0;
	size_t n = strlen(pub);
	if (n < 4)
		return 0;
	for (int i = 0; i < 4; i++) {
		if (!ds_isdigit(pub[i]))
			return 0;
		y = y * 10 + (pub[i] - '0');
	}
	p->y = y;
	if (n >= 7 && pub[4] == '-' && ds_isdigit(pub[5]) && ds_isdigit(pub[6])) {
		m = (pub[5] - '0') * 10 + (pub[6] - '0');
		if (m >= 1 && m <= 12)
			p->m = m;
	}
	if (p->m && n >= 10 && pub[7] == '-' && ds_isdigit(pub[8]) && ds_isdigit(pub[9])) {
		d = (pub[8] - '0') * 10 + (pub[9] - '0');
		if (d >= 1 && d <= ds_days_in_month(y, p->m))
			p->d = d;
	}
	return p->d ? 3 : p->m ? 2 : 1;
}

/* --- words --------------------------------------------------------------- */

/* Splits text[a, b) into folded words (letters and digits; apostrophes and
 * hyphens split). Returns the count, at most max. */
static size_t words(const char *text, size_t a, size_t b, struct wtok *w, size_t max,
		    struct ds_buf *tmp)
{
	size_t n = 0, i = a;
	const unsigned char *u = (const unsigned char *)text;
	while (i < b && n < max) {
		uint32_t cp;
		size_t k = u[i] < 0x80 ? (cp = u[i], 1) : ds_utf8_decode(u + i, b - i, &cp);
		if (!k) {
			i++;
			continue;
		}
		if (!ds_cp_is_alnum(cp)) {
			i += k;
			continue;
		}
		size_t fl = 0, j = i;
		int digits = 1;
		while (j < b) {
			size_t kk = u[j] < 0x80 ? (cp = u[j], 1) : ds_utf8_decode(u + j, b - j, &cp);
			if (!kk || !ds_cp_is_alnum(cp))
				break;
			if (cp < 0x80) {
				if (fl < 15)
					w[n].f[fl++] = (char)ds_tolower((int)cp);
				digits &= ds_isdigit((int)cp);
			} else {
				/* accents: "février", "décembre", "août" */
				ds_buf_reset(tmp);
				ds_fold_cp(tmp, cp);
				for (size_t x = 0; x < tmp->len && fl < 15; x++)
					w[n].f[fl++] = tmp->ptr[x];
				digits = 0;
			}
			j += kk;
		}
		w[n].f[fl] = '\0';
		name_of(&w[n]);
		w[n].num = -1;
		if (fl && fl <= 4 && digits) {
			int v = 0;
			for (size_t x = 0; x < fl; x++)
				v = v * 10 + (w[n].f[x] - '0');
			w[n].num = v;
		} else if (!strcmp(w[n].f, "1er")) {
			w[n].num = 1;
		}
		n++;
		i = j;
	}
	return n;
}

static int is(const struct wtok *w, size_t n, size_t i, const char *s)
{
	return i < n && w[i].f[0] == s[0] && !strcmp(w[i].f, s);
}

/* The year of a month named without one: in a sentence about what is to
 * come, its next occurrence from the publication month ("will arrive in
 * June", "devrait être livré en février"); else the publication year, or
 * the year before when the month lies well after publication. */
static int year_for_month(const struct ymd *pub, int m)
{
	if (pub->future && pub->m)
		return m >= pub->m ? pub->y : pub->y + 1;
	if (!pub->m || m <= pub->m + 1)
		return pub->y;
	return pub->y - 1;
}

/* Words that put a sentence in the future: auxiliaries and "next". */
static int future_words(const struct wtok *w, size_t n)
{
	static const char *const fut[] = {"will", "shall", "should", "next", "upcoming", "expected",
					  "due", "scheduled", "devrait",
					  "devraient", "va", "vont", "sera", "seront", "prochain",
					  "prochaine", "prochains", "prochaines"};
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < DS_ARRAY_LEN(fut); k++)
			if (w[i].f[0] == fut[k][0] && !strcmp(w[i].f, fut[k]))
				return 1;
		/* a French future: "livrera", "fourniront", "enverra" (not
		 * "caméra", "opéra") */
		size_t l = strlen(w[i].f);
		const char *e = w[i].f + l;
		if (l >= 6 && (!strcmp(e - 4, "ront") ||
			       ((!strcmp(e - 3, "era") || !strcmp(e - 3, "ira") || !strcmp(e - 3, "dra")) &&
				strcmp(w[i].f, "camera") && strcmp(w[i].f, "riviera"))))
			return 1;
	}
	return 0;
}

/* Reads an explicit date at word i: "4 mai [2023]", "mai 2023", "April 18[,
 * 2023]", "en novembre", "début janvier". Returns its precision or 0. */
static int explicit_date(const struct wtok *w, size_t n, size_t i, const struct ymd *pub,
			 char out[11])
{
	int m;
	/* day month [year] */
	if (w[i].num >= 1 && w[i].num <= 31 && i + 1 < n && (m = w[i + 1].month)) {
		int y = i + 2 < n && w[i + 2].num >= 1900 && w[i + 2].num <= 2100 ? w[i + 2].num : 0;
		if (!y && month_ambiguous(w[i + 1].f) && !(i > 0 && (is(w, n, i - 1, "le") ||
		    w[i - 1].wday >= 0)))
			return 0;
		if (!y && !pub->y)
			return 0;
		return emit(out, y ? y : year_for_month(pub, m), m, w[i].num);
	}
	if (!(m = w[i].month))
		return 0;
	/* month day [year] (English) */
	if (i + 1 < n && w[i + 1].num >= 1 && w[i + 1].num <= 31) {
		int y = i + 2 < n && w[i + 2].num >= 1900 && w[i + 2].num <= 2100 ? w[i + 2].num : 0;
		if (!y && !pub->y)
			return 0;
		return emit(out, y ? y : year_for_month(pub, m), m, w[i + 1].num);
	}
	/* month year */
	if (i + 1 < n && w[i + 1].num >= 1900 && w[i + 1].num <= 2100)
		return emit(out, w[i + 1].num, m, 0);
	/* a month alone, after a word that introduces one */
	static const char *const intro[] = {"en", "in", "debut", "fin", "mi", "mid", "early",
					    "late", "mois", "of", "until", "jusqu", "last",
					    "during", "durant", "d", "de"};
	if (!i || !pub->y)
		return 0;
	int ok = 0;
	for (size_t k = 0; k < DS_ARRAY_LEN(intro); k++)
		if (is(w, n, i - 1, intro[k]))
			ok = 1;
	/* "de mai" is too often a name ("Place de Mai"); only a French month */
	if (ok && (is(w, n, i - 1, "d") || is(w, n, i - 1, "de")) &&
	    !(i >= 2 && (is(w, n, i - 2, "mois") || is(w, n, i - 2, "fin") ||
			 is(w, n, i - 2, "debut"))))
		ok = 0;
	if (!ok)
		return 0;
	int y = year_for_month(pub, m);
	if (i + 1 < n && (is(w, n, i + 1, "dernier") || is(w, n, i + 1, "passe")))
		y = pub->m && m >= pub->m ? pub->y - 1 : pub->y;
	if (is(w, n, i - 1, "last"))
		y = pub->m && m >= pub->m ? pub->y - 1 : pub->y;
	return emit(out, y, m, 0);
}

/* Is w the first word of a relative expression other than a weekday? Most
 * words are not: one look at the first letter settles them. */
static int starts_relative(const char *w)
{
	static const char *const first[] = {
		"avant", "hier", "yesterday", "today", "demain", "tomorrow", "aujourd", "semaine",
		"last", "cette", "this", "mois", "ce", "debut", "fin", "mi", "an", "annee", "next",
		"weekend", "week-end", "week",
	};
	switch (w[0]) {
	case 'a': case 'h': case 'y': case 't': case 'd': case 's': case 'l': case 'c': case 'm':
	case 'f': case 'n': case 'w':
		break;
	default:
		return 0;
	}
	for (size_t k = 0; k < DS_ARRAY_LEN(first); k++)
		if (w[0] == first[k][0] && !strcmp(w, first[k]))
			return 1;
	return 0;
}

/* Reads a relative expression at word i. Returns its precision or 0. */
static int relative_date(const struct wtok *w, size_t n, size_t i, const struct ymd *pub,
			 int pubprec, char out[11])
{
	int wd = w[i].wday;
	if (wd < 0 && (!pub->y || !starts_relative(w[i].f)))
		return 0;
	long today = pubprec == 3 ? days_from_civil(pub->y, pub->m, pub->d) : 0;
	if (wd >= 0) {
		if (pubprec < 3)
			return 0;
		/* "mardi 18 avril" is an explicit date, read there */
		if (i + 1 < n && w[i + 1].num >= 1 && w[i + 1].num <= 31)
			return 0;
		int pw = ds_weekday(pub->y, pub->m, pub->d);
		int back = (pw - wd + 7) % 7;
		int next = is(w, n, i + 1, "prochain") || (i > 0 && is(w, n, i - 1, "next"));
		int last = is(w, n, i + 1, "dernier") || (i > 0 && is(w, n, i - 1, "last"));
		long day;
		if (next)
			day = today + ((wd - pw + 7) % 7 ? (wd - pw + 7) % 7 : 7);
		else
			day = today - (last && !back ? 7 : back);
		struct ymd r = civil_from_days(day);
		return emit(out, r.y, r.m, r.d);
	}
	const char *a = w[i].f;
	const char *b = i + 1 < n ? w[i + 1].f : "";
	int avant = is(w, n, i, "avant") && is(w, n, i + 1, "hier");
	if (pubprec == 3 && (avant || !strcmp(a, "hier") || !strcmp(a, "yesterday") ||
			     !strcmp(a, "today") || !strcmp(a, "demain") || !strcmp(a, "tomorrow") ||
			     (!strcmp(a, "aujourd") && !strcmp(b, "hui")))) {
		long off = avant ? -2 : (!strcmp(a, "hier") || !strcmp(a, "yesterday")) ? -1 :
			   (!strcmp(a, "demain") || !strcmp(a, "tomorrow")) ? 1 : 0;
		struct ymd r = civil_from_days(today + off);
		return emit(out, r.y, r.m, r.d);
	}
	/* weeks: "la semaine dernière", "last week", "cette semaine", "this week" */
	int prevweek = (!strcmp(a, "semaine") && (!strcmp(b, "derniere") || !strcmp(b, "passee"))) ||
		       (!strcmp(a, "last") && !strcmp(b, "week") && !is(w, n, i + 2, "end"));
	int thisweek = (!strcmp(a, "cette") && !strcmp(b, "semaine")) ||
		       (!strcmp(a, "this") && !strcmp(b, "week"));
	if ((prevweek || thisweek) && pubprec == 3) {
		int pw = ds_weekday(pub->y, pub->m, pub->d);
		long monday = today - pw - (prevweek ? 7 : 0);
		return emit_span(out, monday, monday + 6);
	}
	if ((prevweek || thisweek) && pubprec == 2)
		return thisweek ? emit(out, pub->y, pub->m, 0) : 0;
	/* the weekend: "over the weekend", "ce week-end", "le week-end
	 * dernier" are the one just past (or the story's own), "next weekend",
	 * "le week-end prochain" the one to come; two days, so their month */
	int weekend = !strcmp(a, "weekend") || !strcmp(a, "week-end") ||
		      (!strcmp(a, "week") && !strcmp(b, "end"));
	if (weekend && pubprec == 3) {
		size_t after = i + (strcmp(a, "week") ? 1 : 2);
		int next = (i > 0 && is(w, n, i - 1, "next")) || is(w, n, after, "prochain");
		int last = (i > 0 && is(w, n, i - 1, "last")) || is(w, n, after, "dernier");
		int pw = ds_weekday(pub->y, pub->m, pub->d);
		long saturday = today - pw + 5;
		if (next)
			saturday += pw >= 5 ? 7 : 0;
		else if (pw < 5 || last)
			saturday -= 7;
		return emit_span(out, saturday, saturday + 1);
	}
	/* months: "le mois dernier", "last month", "ce mois-ci", "this month",
	 * "au début du mois", "earlier this month" */
	int prevmonth = (!strcmp(a, "mois") && (!strcmp(b, "dernier") || !strcmp(b, "passe"))) ||
			(!strcmp(a, "last") && !strcmp(b, "month"));
	int thismonth = (!strcmp(a, "ce") && !strcmp(b, "mois")) ||
			(!strcmp(a, "this") && !strcmp(b, "month")) ||
			((!strcmp(a, "debut") || !strcmp(a, "fin") || !strcmp(a, "mi")) &&
			 (!strcmp(b, "du") || !strcmp(b, "de")) && is(w, n, i + 2, "mois"));
	if (prevmonth && pub->m) {
		int y = pub->y, m = pub->m - 1;
		if (!m) {
			m = 12;
			y--;
		}
		return emit(out, y, m, 0);
	}
	if (thismonth && pub->m)
		return emit(out, pub->y, pub->m, 0);
	/* "le mois prochain", "next month" */
	if (((!strcmp(a, "mois") && !strcmp(b, "prochain")) ||
	     (!strcmp(a, "next") && !strcmp(b, "month"))) && pub->m)
		return emit(out, pub->m == 12 ? pub->y + 1 : pub->y, pub->m == 12 ? 1 : pub->m + 1, 0);
	/* years: "l'an dernier", "l'année dernière", "last year", "cette année" */
	if (((!strcmp(a, "an") || !strcmp(a, "annee")) &&
	     (!strcmp(b, "dernier") || !strcmp(b, "derniere") || !strcmp(b, "passe") ||
	      !strcmp(b, "passee"))) ||
	    (!strcmp(a, "last") && !strcmp(b, "year")))
		return emit(out, pub->y - 1, 0, 0);
	if ((!strcmp(a, "cette") && !strcmp(b, "annee")) || (!strcmp(a, "this") && !strcmp(b, "year")))
		return emit(out, pub->y, 0, 0);
	/* "l'an prochain", "l'année prochaine", "next year" */
	if (((!strcmp(a, "an") || !strcmp(a, "annee")) &&
	     (!strcmp(b, "prochain") || !strcmp(b, "prochaine"))) ||
	    (!strcmp(a, "next") && !strcmp(b, "year")))
		return emit(out, pub->y + 1, 0, 0);
	/* "il y a trois jours", "two weeks ago" */
	return 0;
}

/* "il y a N jours|semaines|mois|ans", "N days|weeks|months|years ago"; the
 * number at word i. */
static int ago_date(const struct wtok *w, size_t n, size_t i, const struct ymd *pub,
		    int pubprec, char out[11])
{
	static const struct {
		const char *w;
		int v;
	} small[] = {{"un", 1}, {"une", 1}, {"a", 1}, {"one", 1}, {"deux", 2}, {"two", 2},
		     {"trois", 3}, {"three", 3}, {"quatre", 4}, {"four", 4}, {"cinq", 5},
		     {"five", 5}, {"six", 6}, {"sept", 7}, {"seven", 7}, {"huit", 8},
		     {"eight", 8}, {"dix", 10}, {"ten", 10}};
	if (i + 1 >= n)
		return 0;
	int fr = i >= 3 && is(w, n, i - 3, "il") && is(w, n, i - 2, "y") && is(w, n, i - 1, "a");
	int en = is(w, n, i + 2, "ago");
	if (!fr && !en)
		return 0;
	int k = w[i].num;
	for (size_t x = 0; k < 0 && x < DS_ARRAY_LEN(small); x++)
		if (w[i].f[0] == small[x].w[0] && !strcmp(w[i].f, small[x].w))
			k = small[x].v;
	if (k < 1 || k > 400)
		return 0;
	const char *u = w[i + 1].f;
	long today = pubprec == 3 ? days_from_civil(pub->y, pub->m, pub->d) : 0;
	if ((!strcmp(u, "jours") || !strcmp(u, "jour") || !strcmp(u, "days") || !strcmp(u, "day")) &&
	    pubprec == 3) {
		struct ymd r = civil_from_days(today - k);
		return emit(out, r.y, r.m, r.d);
	}
	if ((!strcmp(u, "semaines") || !strcmp(u, "semaine") || !strcmp(u, "weeks") ||
	     !strcmp(u, "week")) && pubprec == 3) {
		int pw = ds_weekday(pub->y, pub->m, pub->d);
		long monday = today - pw - 7L * k;
		return emit_span(out, monday, monday + 6);
	}
	if ((!strcmp(u, "mois") || !strcmp(u, "months") || !strcmp(u, "month")) && pub->m) {
		int m = pub->m - k % 12, y = pub->y - k / 12;
		if (m < 1) {
			m += 12;
			y--;
		}
		return emit(out, y, m, 0);
	}
	if ((!strcmp(u, "ans") || !strcmp(u, "an") || !strcmp(u, "annees") || !strcmp(u, "years") ||
	     !strcmp(u, "year")) && pub->y)
		return emit(out, pub->y - k, 0, 0);
	return 0;
}

/* Reads the words w[0, n) for the dates they tell: the first is written
 * to out and its precision returned (else the publication date's); when
 * hits is not NULL, every date told is also put there, with the index of
 * the word it starts at (at most max; *nhits set). */
static int resolve_all(const struct wtok *w, size_t n, const char *pub, char out[11],
		       struct ds_when_hit *hits, size_t max, size_t *nhits);

static int resolve(const struct wtok *w, size_t n, const char *pub, char out[11])
{
	return resolve_all(w, n, pub, out, NULL, 0, NULL);
}

static int resolve_all(const struct wtok *w, size_t n, const char *pub, char out[11],
		       struct ds_when_hit *hits, size_t max, size_t *nhits)
{
	int first = 0;
	char first_out[11];
	if (nhits)
		*nhits = 0;
	struct ymd p;
	int pubprec = parse_pub(pub, &p);
	out[0] = '\0';
	int month_named = 0;
	for (size_t i = 0; i < n; i++)
		month_named |= w[i].month > 0;
	p.future = month_named && future_words(w, n);
	for (size_t i = 0; i < n; i++) {
		/* "since January", "depuis le 24 février", "since early March":
		 * where a count began, not when the event told happened (the
		 * publication date is then the date of the count) */
		static const char *const from[] = {"since", "depuis"};
		static const char *const mod[] = {"le", "the", "debut", "fin", "mi", "mid", "early",
						  "late", "end", "start"};
		int since = 0;
		int starts = w[i].month || (w[i].num >= 1 && w[i].num <= 31 && i + 1 < n && w[i + 1].month);
		for (size_t a = 1; starts && a <= 3 && a <= i && !since; a++) {
			for (size_t k = 0; k < DS_ARRAY_LEN(from); k++)
				since |= is(w, n, i - a, from[k]);
			int modifier = 0;
			for (size_t k = 0; k < DS_ARRAY_LEN(mod); k++)
				modifier |= is(w, n, i - a, mod[k]);
			if (!since && !modifier)
				break;
		}
		if (since)
			continue;
		int r = explicit_date(w, n, i, &p, out);
		if (!r)
			r = relative_date(w, n, i, &p, pubprec, out);
		if (!r)
			r = ago_date(w, n, i, &p, pubprec, out);
		/* "en 2022", "in 2022" */
		if (!r && w[i].num >= 1900 && w[i].num <= 2100 && i > 0 &&
		    (is(w, n, i - 1, "en") || is(w, n, i - 1, "in")) &&
		    !(i + 1 < n && w[i + 1].month))
			r = emit(out, w[i].num, 0, 0);
		if (r && !hits)
			return r;
		if (r) {
			if (!first) {
				first = r;
				memcpy(first_out, out, sizeof first_out);
			}
			/* (one date read again from its month or year: "le 11
			 * mars 2022" is one date) */
			if (*nhits && i <= hits[*nhits - 1].at + 3)
				continue;
			if (*nhits < max) {
				hits[*nhits].at = i;
				memcpy(hits[*nhits].date, out, sizeof hits[*nhits].date);
				++*nhits;
			}
		}
	}
	if (first) {
		memcpy(out, first_out, sizeof first_out);
		return first;
	}
	out[0] = '\0';
	if (pubprec)
		return emit(out, p.y, pubprec >= 2 ? p.m : 0, pubprec == 3 ? p.d : 0);
	return 0;
}

int ds_when(const char *text, size_t start, size_t end, const char *pub, char out[11])
{
	struct wtok w[MAX_WORDS];
	size_t n = 0;
	if (text && start < end) {
		struct ds_buf tmp = DS_BUF_INIT;
		n = words(text, start, end, w, MAX_WORDS, &tmp);
		ds_buf_release(&tmp);
	}
	return resolve(w, n, pub, out);
}

/* The units of a dateline that opens the sentence ("KYIV, March 3
 * (Reuters) -", "PARIS, 3 mars (AFP) —"): it dates the writing, not what
 * the sentence tells ("... delivered 18 tanks last Friday"). */
static size_t dateline_units(const struct ds_sentview *v)
{
	const char *t = v->doc->text.ptr;
	size_t len = v->doc->text.len, a = v->n ? v->u[0].start : len;
	if (a + 2 >= len || !ds_isupper(t[a]) || !ds_isupper(t[a + 1]))
		return 0;
	const char *c = memchr(t + a, ',', len - a < 40 ? len - a : 40);
	if (!c)
		return 0;
	size_t from = (size_t)(c - t), lim = from + 45 < len ? from + 45 : len, dash = 0;
	for (size_t k = from; k + 2 < lim && !dash; k++)
		if (t[k] == ' ' && (t[k + 1] == '-' || (k + 3 < lim && !memcmp(t + k + 1, "\xe2\x80", 2) &&
							((unsigned char)t[k + 3] == 0x93 ||
							 (unsigned char)t[k + 3] == 0x94))))
			dash = k + 1;
	size_t i = 0;
	while (dash && i < v->n && v->u[i].start < dash)
		i++;
	return i < v->n ? i : 0;
}

int ds_when_view(const struct ds_sentview *v, const char *pub, char out[11])
{
	return ds_when_view_all(v, pub, out, NULL, 0, NULL);
}

int ds_when_view_all(const struct ds_sentview *v, const char *pub, char out[11],
		     struct ds_when_hit *hits, size_t max, size_t *nhits)
{
	struct wtok w[MAX_WORDS];
	size_t unit[MAX_WORDS];
	size_t n = 0;
	for (size_t i = dateline_units(v); i < v->n && n < MAX_WORDS; i++) {
		const struct ds_unit *u = &v->u[i];
		if (u->kind == DS_U_PUNCT)
			continue;
		const char *f = ds_unit_word(v, i);
		/* "d'", "l'" read as "d", "l"; words past 15 bytes are no date */
		size_t fl = u->n < 15 ? u->n : 15;
		if (fl && f[fl - 1] == '\'')
			fl--;
		memcpy(w[n].f, f, fl);
		w[n].f[fl] = '\0';
		name_of(&w[n]);
		w[n].num = -1;
		if (u->kind == DS_U_NUM && !u->currency && !u->approx && u->num >= 0 && u->num < 10000 &&
		    u->num == (double)(int)u->num)
			w[n].num = (int)u->num;
		else if (!strcmp(w[n].f, "1er"))
			w[n].num = 1;
		unit[n] = i;
		n++;
	}
	int r = resolve_all(w, n, pub, out, hits, max, nhits);
	for (size_t k = 0; hits && k < *nhits; k++)
		hits[k].at = unit[hits[k].at];
	return r;
}
