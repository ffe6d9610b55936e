/*
 * ex_number.c: numbers and amounts of money, French and English
 * (records.md "aid": quantity, amount, currency).
 *
 * Reads, from a given position of a text, one number: digits with their
 * thousands groups ("12 400", "500,000", "1.500.000") and decimals ("2,5",
 * "1.5"), or number words ("quatorze", "dix-huit", "quatre-vingt-dix",
 * "fourteen", "one hundred and fifty", "half a million"); then a scale
 * ("millions", "milliard", "bn", "m") and a currency before or after it
 * ("$2.5 billion", "400 millions de dollars", "£2.3bn", "17 millions
 * d'euros", "98 millions $", "1,4 milliard de NOK", "dollars canadiens").
 * Approximations ("une trentaine", "des dizaines", "dozens") are marked:
 * they are not counts. Work is bounded by the length of the number read.
 */
#include <string.h>

#include "ex_aid.h"

#define MAX_WORD 24

/* A word of the text, folded to lower-case ASCII (accents dropped). */
struct word {
	size_t start, end;
	char f[MAX_WORD];
	size_t n;
};

static int is_space_cp(uint32_t cp)
{
	return ds_cp_is_space(cp);
}

/* Skips white space from pos; returns the new position. */
static size_t skip_space(const char *s, size_t len, size_t pos)
{
	while (pos < len) {
		uint32_t cp;
		size_t k = ds_utf8_decode((const unsigned char *)s + pos, len - pos, &cp);
		if (!k || !is_space_cp(cp))
			break;
		pos += k;
	}
	return pos;
}

/* Folds one code point into out (at most 3 bytes: accents dropped, "œ"
 * -> "oe"); returns the length, 0 for a character that folds to nothing
 * useful here. Latin letters only: numbers and currencies need no more. */
static size_t fold1(uint32_t cp, char out[3])
{
	static const char from[] = "\xe0\xe1\xe2\xe3\xe4\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef\xf1\xf2\xf3\xf4\xf5\xf6\xf9\xfa\xfb\xfc\xfd\xff";
	static const char to[] = "aaaaaceeeeiiiinooooouuuuyy";
	if (cp < 0x80) {
		out[0] = (char)ds_tolower((int)cp);
		return 1;
	}
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		cp += 0x20;
	for (size_t i = 0; i < sizeof from - 1; i++)
		if ((unsigned char)from[i] == cp) {
			out[0] = to[i];
			return 1;
		}
	if (cp == 0x153 || cp == 0x152) {
		out[0] = 'o';
		out[1] = 'e';
		return 2;
	}
	return 0;
}

/* Reads the letters of one word at pos (no digits); hyphens and apostrophes
 * end it. Returns 0 when no letter is there or the word is too long. */
static int read_word(const char *s, size_t len, size_t pos, struct word *w)
{
	size_t i = pos;
	w->start = pos;
	w->n = 0;
	while (i < len) {
		unsigned char b = (unsigned char)s[i];
		if (b < 0x80) {
			/* ASCII: a letter folded in place, anything else ends it */
			if (!ds_isalpha(b))
				break;
			if (w->n + 1 >= MAX_WORD)
				return 0;
			w->f[w->n++] = (char)ds_tolower(b);
			i++;
			continue;
		}
		uint32_t cp;
		size_t k = ds_utf8_decode((const unsigned char *)s + i, len - i, &cp);
		if (!k || !ds_cp_is_alnum(cp))
			break;
		char tmp[3];
		size_t m = fold1(cp, tmp);
		if (!m || w->n + m >= MAX_WORD)
			return 0;
		memcpy(w->f + w->n, tmp, m);
		w->n += m;
		i += k;
	}
	w->f[w->n] = '\0';
	w->end = i;
	return w->n > 0;
}

static int eq(const struct word *w, const char *s)
{
	return w->f[0] == s[0] && !strcmp(w->f, s);
}

/* --- number words ---------------------------------------------------------- */

struct numword {
	const char *w;
	int v;
};

/* Units and tens; "un"/"une"/"a"/"an" are numbers only before a multiplier
 * (they are articles otherwise). */
static const struct numword units[] = {
	{"zero", 0},       {"un", 1},        {"une", 1},      {"deux", 2},      {"trois", 3},
	{"quatre", 4},     {"cinq", 5},      {"six", 6},      {"sept", 7},      {"huit", 8},
	{"neuf", 9},       {"dix", 10},      {"onze", 11},    {"douze", 12},    {"treize", 13},
	{"quatorze", 14},  {"quinze", 15},   {"seize", 16},   {"vingt", 20},    {"vingts", 20},
	{"trente", 30},    {"quarante", 40}, {"cinquante", 50}, {"soixante", 60},
	{"one", 1},        {"two", 2},       {"three", 3},    {"four", 4},      {"five", 5},
	{"six", 6},        {"seven", 7},     {"eight", 8},    {"nine", 9},      {"ten", 10},
	{"eleven", 11},    {"twelve", 12},   {"thirteen", 13}, {"fourteen", 14},
	{"fifteen", 15},   {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18},
	{"nineteen", 19},  {"twenty", 20},   {"thirty", 30},  {"forty", 40},    {"fifty", 50},
	{"sixty", 60},     {"seventy", 70},  {"eighty", 80},  {"ninety", 90},
};

static int unit_value(const struct word *w)
{
	for (size_t i = 0; i < DS_ARRAY_LEN(units); i++)
		if (eq(w, units[i].w))
			return units[i].v;
	return -1;
}

/* Approximations: "une trentaine" (about thirty) is not a count. */
static const struct numword approx_words[] = {
	{"dizaine", 10},    {"dizaines", 10},   {"douzaine", 12},  {"douzaines", 12},
	{"quinzaine", 15},  {"vingtaine", 20},  {"trentaine", 30}, {"quarantaine", 40},
	{"cinquantaine", 50}, {"soixantaine", 60}, {"centaine", 100}, {"centaines", 100},
	{"millier", 1000},  {"milliers", 1000}, {"dozen", 12},     {"dozens", 12},
	{"hundreds", 100},  {"thousands", 1000}, {"scores", 20},   {"tens", 10},
};

static int approx_value(const struct word *w)
{
	for (size_t i = 0; i < DS_ARRAY_LEN(approx_words); i++)
		if (eq(w, approx_words[i].w))
			return approx_words[i].v;
	return -1;
}

/* Scale words after a number. */
static double scale_value(const struct word *w)
{
	static const struct {
		const char *w;
		double v;
	} scales[] = {
		{"million", 1e6},   {"millions", 1e6},  {"milliard", 1e9}, {"milliards", 1e9},
		{"billion", 1e9},   {"billions", 1e9},  {"trillion", 1e12}, {"trillions", 1e12},
		{"thousand", 1e3},  {"thousands", 1e3}, {"mille", 1e3},    {"mln", 1e6},
		{"mn", 1e6},        {"bn", 1e9},        {"md", 1e9},       {"mds", 1e9},
		{"mrd", 1e9},       {"mrds", 1e9},
	};
	for (size_t i = 0; i < DS_ARRAY_LEN(scales); i++)
		if (eq(w, scales[i].w))
			return scales[i].v;
	return 0;
}

/* The next word after pos, skipping spaces and one hyphen ("dix-huit"). */
static int next_word(const char *s, size_t len, size_t pos, struct word *w)
{
	size_t p = skip_space(s, len, pos);
	if (p < len && s[p] == '-' && p + 1 < len && p == pos)
		p++;
	return read_word(s, len, p, w);
}

/* Reads number words from pos: "quatre-vingt-dix-huit", "deux cents", "trois
 * mille", "vingt et un", "one hundred and fifty", "twenty-one". Returns the
 * value (-1 when none) and sets *end; *article is set when the number is a
 * lone "un"/"une"/"a"/"an" (a number only before a scale word). */
static double parse_words(const char *s, size_t len, size_t pos, size_t *end, int *approx,
			  int *article)
{
	double total = 0, cur = 0;
	int any = 0;
	size_t p = pos;
	struct word w;
	*approx = 0;
	*article = 0;
	for (int guard = 0; guard < 12 && read_word(s, len, p, &w); guard++) {
		int is_article = eq(&w, "un") || eq(&w, "une") || eq(&w, "a") || eq(&w, "an");
		int v = is_article ? 1 : unit_value(&w);
		if (is_article && any && !(cur >= 20 && (int)cur % 10 == 0))
			break;
		if (v >= 0) {
			/* "quatre-vingt(s)": 4 x 20 */
			if (cur == 4 && v == 20)
				cur = 80;
			else
				cur += v;
			*article = !any && is_article;
			any = 1;
		} else if (eq(&w, "cent") || eq(&w, "cents") || eq(&w, "hundred")) {
			cur = (cur ? cur : 1) * 100;
			any = 1;
			*article = 0;
		} else if (eq(&w, "mille") || eq(&w, "thousand")) {
			total += (cur ? cur : 1) * 1000;
			cur = 0;
			any = 1;
			*article = 0;
		} else if (eq(&w, "half") || eq(&w, "demi")) {
			/* "half a million", "un demi-million" */
			struct word w2, w3;
			size_t q = w.end;
			if (next_word(s, len, q, &w2) && (eq(&w2, "a") || eq(&w2, "an")))
				q = w2.end;
			if (next_word(s, len, q, &w3) && scale_value(&w3) >= 1e6) {
				*end = w3.end;
				*article = 0;
				return scale_value(&w3) / 2;
			}
			break;
		} else {
			int a = approx_value(&w);
			if (a > 0 && (!any || *article)) {
				*approx = 1;
				*article = 0;
				*end = w.end;
				return a;
			}
			break;
		}
		*end = w.end;
		/* connectors inside a number: "-", "et", "and" before a number word */
		size_t q = skip_space(s, len, w.end);
		if (q < len && s[q] == '-' && q == w.end) {
			p = q + 1;
			continue;
		}
		/* "et" only joins a ten and one ("vingt et un", "soixante et
		 * onze"), "and" only follows hundreds or thousands ("one hundred
		 * and fifty"): "quatre et six", "four and six" are two numbers */
		struct word c;
		if (read_word(s, len, q, &c) && (eq(&c, "et") || eq(&c, "and"))) {
			struct word d;
			int ok = 0;
			if (next_word(s, len, c.end, &d)) {
				if (eq(&c, "et"))
					ok = cur >= 20 && cur < 70 && (int)cur % 10 == 0 &&
					     (eq(&d, "un") || eq(&d, "une") || eq(&d, "onze"));
				else
					ok = (cur ? (int)cur % 100 == 0 : total > 0) &&
					     (unit_value(&d) > 0 || eq(&d, "hundred"));
			}
			if (ok) {
				p = d.start;
				continue;
			}
			break;
		}
		p = q;
	}
	if (!any)
		return -1;
	return total + cur;
}

/* --- digits ------------------------------------------------------------------ */

/* Is the code point at s[i] a thousands-group space (space, NBSP, narrow
 * NBSP, thin space)? Its length in *k. */
static int group_space(const char *s, size_t len, size_t i, size_t *k)
{
	uint32_t cp;
	*k = ds_utf8_decode((const unsigned char *)s + i, len - i, &cp);
	return *k && (cp == ' ' || cp == 0xA0 || cp == 0x202F || cp == 0x2009);
}

static size_t count_digits(const char *s, size_t len, size_t i)
{
	size_t n = 0;
	while (i + n < len && ds_isdigit(s[i + n]) && n < 20)
		n++;
	return n;
}

/* Reads "12 400", "500,000", "1.500.000", "2,5", "1.5" at pos. Returns the
 * value (-1 when no digit) and sets *end. */
static double parse_digits(const char *s, size_t len, size_t pos, size_t *end, uint8_t *dot3)
{
	*dot3 = 0;
	size_t n = count_digits(s, len, pos);
	if (!n || n > 15)
		return -1;
	double v = 0;
	for (size_t i = 0; i < n; i++)
		v = v * 10 + (s[pos + i] - '0');
	size_t i = pos + n;
	int grouped = 0;
	char gsep = 0;
	/* thousands groups: exactly three digits after a separator, the first
	 * group one to three digits */
	while (n <= 3 || grouped) {
		size_t k = 1;
		char sep = 0;
		if (i < len && (s[i] == ',' || s[i] == '.'))
			sep = s[i];
		else if (i < len && group_space(s, len, i, &k))
			sep = ' ';
		else
			break;
		if (grouped && sep != gsep)
			break;
		size_t d = count_digits(s, len, i + k);
		if (d != 3)
			break;
		/* "1.500" alone is ambiguous: a dot group needs a second group or a
		 * comma/space style; a lone dot + 3 digits is read as a decimal */
		if (sep == '.' && !grouped) {
			size_t j = i + k + 3;
			if (!(j < len && s[j] == '.' && count_digits(s, len, j + 1) == 3))
				break;
		}
		for (size_t x = 0; x < 3; x++)
			v = v * 10 + (s[i + k + x] - '0');
		i += k + 3;
		grouped = 1;
		gsep = sep;
		n = 0;
	}
	/* decimals: "2,5", "1.5" */
	if (i + 1 < len && (s[i] == ',' || s[i] == '.') && ds_isdigit(s[i + 1]) &&
	    !(grouped && s[i] == gsep)) {
		size_t d = count_digits(s, len, i + 1);
		if (d <= 6) {
			/* "2.500": one dot and three digits, read as a decimal */
			*dot3 = s[i] == '.' && d == 3 && !grouped;
			double f = 0.1;
			for (size_t x = 0; x < d; x++, f /= 10)
				v += (s[i + 1 + x] - '0') * f;
			i += 1 + d;
		}
	}
	*end = i;
	return v;
}

/* --- currencies -------------------------------------------------------------- */

struct cur {
	const char *w; /* folded word or sign */
	const char *code;
	uint8_t dollar;
};

/* Signs and codes before the number. */
static const struct cur cur_before[] = {
	{"us$", "USD", 0}, {"u.s.$", "USD", 0}, {"c$", "CAD", 0},  {"ca$", "CAD", 0},
	{"can$", "CAD", 0}, {"a$", "AUD", 0},   {"au$", "AUD", 0}, {"nz$", "NZD", 0},
	{"$", "USD", 1},   {"\xe2\x82\xac", "EUR", 0}, {"\xc2\xa3", "GBP", 0},
	{"usd", "USD", 0}, {"eur", "EUR", 0},   {"gbp", "GBP", 0}, {"chf", "CHF", 0},
	{"cad", "CAD", 0}, {"nok", "NOK", 0},   {"sek", "SEK", 0}, {"dkk", "DKK", 0},
	{"pln", "PLN", 0}, {"czk", "CZK", 0},   {"aud", "AUD", 0}, {"jpy", "JPY", 0},
};

/* Words after the number (after "de"/"d'"/"of" too). */
static const struct cur cur_after[] = {
	{"dollars", "USD", 1}, {"dollar", "USD", 1}, {"euros", "EUR", 0}, {"euro", "EUR", 0},
	{"livres", "GBP", 0},  {"livre", "GBP", 0},  {"pounds", "GBP", 0}, {"pound", "GBP", 0},
	{"sterling", "GBP", 0}, {"usd", "USD", 0},   {"eur", "EUR", 0},    {"gbp", "GBP", 0},
	{"cad", "CAD", 0},     {"nok", "NOK", 0},    {"sek", "SEK", 0},    {"dkk", "DKK", 0},
	{"chf", "CHF", 0},     {"pln", "PLN", 0},    {"czk", "CZK", 0},    {"aud", "AUD", 0},
	{"jpy", "JPY", 0},     {"yen", "JPY", 0},    {"zlotys", "PLN", 0}, {"zloty", "PLN", 0},
	{"zlotych", "PLN", 0}, {"kroner", "NOK", 2}, {"kronor", "SEK", 0}, {"krona", "SEK", 0},
	{"francs", "CHF", 0},  {"couronnes", "NOK", 2}, {"koruna", "CZK", 0},
	{"korun", "CZK", 0},   {"krone", "NOK", 2},  {"crowns", "NOK", 2}, {"crown", "NOK", 2},
};

/* Nationalities after "dollars"/"couronnes" or before "dollars". */
static const struct cur cur_nat[] = {
	{"canadiens", "CAD", 0}, {"canadian", "CAD", 0}, {"americains", "USD", 0},
	{"us", "USD", 0},        {"american", "USD", 0}, {"australiens", "AUD", 0},
	{"australian", "AUD", 0}, {"norvegiennes", "NOK", 0}, {"norwegian", "NOK", 0},
	{"suedoises", "SEK", 0}, {"swedish", "SEK", 0},  {"danoises", "DKK", 0},
	{"danish", "DKK", 0},    {"tcheques", "CZK", 0}, {"czech", "CZK", 0},
	{"suisses", "CHF", 0},   {"swiss", "CHF", 0},    {"sterling", "GBP", 0},
};

static const struct cur *find_cur(const struct cur *tab, size_t n, const char *w)
{
	for (size_t i = 0; i < n; i++)
		if (tab[i].w[0] == w[0] && !strcmp(tab[i].w, w))
			return &tab[i];
	return NULL;
}

/* A currency sign or code at pos, before a number ("$", "US$", "C$", "€",
 * "£", "USD "): its entry, and the position of the number in *num. */
static const struct cur *currency_before(const char *s, size_t len, size_t pos, size_t *num)
{
	const struct cur *c = NULL;
	size_t i = pos;
	if (len - pos >= 3 && !memcmp(s + pos, "\xe2\x82\xac", 3)) {
		c = find_cur(cur_before, DS_ARRAY_LEN(cur_before), "\xe2\x82\xac");
		i = pos + 3;
	} else if (len - pos >= 2 && !memcmp(s + pos, "\xc2\xa3", 2)) {
		c = find_cur(cur_before, DS_ARRAY_LEN(cur_before), "\xc2\xa3");
		i = pos + 2;
	} else {
		/* letters and dots ending with "$" ("US$", "C$"), a lone "$", or a
		 * three-letter code */
		char buf[8];
		size_t n = 0;
		while (i < len && n < 6 && (ds_isalpha(s[i]) || s[i] == '.' || s[i] == '$')) {
			buf[n++] = (char)ds_tolower(s[i]);
			if (s[i++] == '$')
				break;
		}
		buf[n] = '\0';
		if (n)
			c = find_cur(cur_before, DS_ARRAY_LEN(cur_before), buf);
		/* a code needs a space before the digits ("USD 400"), a sign not */
		if (c && buf[n - 1] != '$' && !(i < len && s[i] == ' '))
			c = NULL;
	}
	if (!c)
		return NULL;
	size_t j = skip_space(s, len, i);
	if (j >= len || !ds_isdigit(s[j]))
		return NULL;
	*num = j;
	return c;
}

/* Reads a currency after the number at pos: "$", "€", "£", "dollars",
 * "de dollars (canadiens)", "d'euros", "de NOK", "M$". Sets *end. */
static const struct cur *currency_after(const char *s, size_t len, size_t pos, size_t *end,
					const char **nat)
{
	size_t p = skip_space(s, len, pos);
	*nat = NULL;
	if (p < len && s[p] == '$') {
		*end = p + 1;
		return &cur_before[8];
	}
	if (p + 3 <= len && !memcmp(s + p, "\xe2\x82\xac", 3)) {
		*end = p + 3;
		return &cur_before[9];
	}
	if (p + 2 <= len && !memcmp(s + p, "\xc2\xa3", 2)) {
		*end = p + 2;
		return &cur_before[10];
	}
	struct word w;
	if (!read_word(s, len, p, &w))
		return NULL;
	size_t q = w.end;
	/* "de dollars", "d'euros", "of dollars" */
	if (eq(&w, "de") || eq(&w, "of") || (eq(&w, "d") && q < len && (s[q] == '\'' ||
	    (q + 3 <= len && !memcmp(s + q, "\xe2\x80\x99", 3))))) {
		if (eq(&w, "d"))
			q += s[q] == '\'' ? 1 : 3;
		size_t r = skip_space(s, len, q);
		if (!read_word(s, len, r, &w))
			return NULL;
	}
	/* "Canadian dollars", "US dollars", "Swedish crowns", "Danish kroner" */
	const struct cur *nc = find_cur(cur_nat, DS_ARRAY_LEN(cur_nat), w.f);
	if (nc) {
		struct word w2;
		const struct cur *c2 = next_word(s, len, w.end, &w2)
					       ? find_cur(cur_after, DS_ARRAY_LEN(cur_after), w2.f)
					       : NULL;
		if (c2) {
			*end = w2.end;
			*nat = nc->code;
			return c2;
		}
		return NULL;
	}
	const struct cur *c = find_cur(cur_after, DS_ARRAY_LEN(cur_after), w.f);
	if (!c)
		return NULL;
	*end = w.end;
	/* "dollars canadiens", "couronnes norvégiennes", "livres sterling" */
	struct word w2;
	if (next_word(s, len, w.end, &w2)) {
		const struct cur *n2 = find_cur(cur_nat, DS_ARRAY_LEN(cur_nat), w2.f);
		if (n2) {
			*nat = n2->code;
			*end = w2.end;
		}
	}
	return c;
}

int ds_number_parse(const char *s, size_t len, size_t pos, struct ds_number *out)
{
	memset(out, 0, sizeof *out);
	if (!s || pos >= len)
		return 0;
	out->start = (uint32_t)pos;
	size_t p = pos, end = pos;
	const struct cur *pre = currency_before(s, len, pos, &p);
	if (!pre)
		p = pos;
	int approx = 0, article = 0;
	double v;
	if (ds_isdigit(s[p])) {
		/* a digit glued to a letter is a designation ("T-72", "M777", "2A6") */
		if (p > 0 && (ds_isalpha(s[p - 1]) || s[p - 1] == '-') && !pre)
			return 0;
		v = parse_digits(s, len, p, &end, &out->dot3);
		if (v < 0)
			return 0;
		/* "155mm", "2A4": letters glued after digits are a unit or a model,
		 * except the money suffixes "m", "bn", "k" */
		if (end < len && ds_isalpha(s[end])) {
			struct word w;
			if (!read_word(s, len, end, &w))
				return 0;
			if (eq(&w, "m") || eq(&w, "mn") || eq(&w, "mln"))
				v *= 1e6;
			else if (eq(&w, "bn") || eq(&w, "b"))
				v *= 1e9;
			else if (eq(&w, "k"))
				v *= 1e3;
			else
				return 0;
			out->scaled = 1;
			end = w.end;
		}
	} else {
		if (pre)
			return 0;
		v = parse_words(s, len, p, &end, &approx, &article);
		if (v < 0)
			return 0;
		out->words = 1;
	}
	/* the scale: "millions", "milliard", "billion"; an approximation takes
	 * one after "de" ("des dizaines de milliers") */
	if (!out->scaled) {
		struct word w;
		size_t q = skip_space(s, len, end);
		if (read_word(s, len, q, &w)) {
			double sc = scale_value(&w);
			if (approx) {
				struct word w2;
				sc = 0;
				if (eq(&w, "de") && next_word(s, len, w.end, &w2) &&
				    (eq(&w2, "milliers") || eq(&w2, "millions") || eq(&w2, "milliards"))) {
					sc = scale_value(&w2) ? scale_value(&w2) : 1e3;
					w = w2;
				}
			}
			if (sc > 0 && !(eq(&w, "mille") && out->words)) {
				v *= sc;
				end = w.end;
				out->scaled = 1;
			}
		}
	}
	/* a lone article is a number only before a scale ("un million") */
	if (article && !out->scaled)
		return 0;
	out->value = v;
	out->approx = (uint8_t)approx;
	out->end = (uint32_t)end;
	/* the currency */
	if (pre) {
		out->currency = pre->code;
		out->dollar = pre->dollar;
		/* "US$ 5 billion dollars" is rare; "$5 billion" ends here */
		return 1;
	}
	size_t cend;
	const char *nat;
	/* "400 millions de dollars", "98 millions $", "1,4 milliard de NOK"; a
	 * "de" before the currency only after a scale word ("deux de dollars"
	 * is not an amount) */
	const struct cur *c = currency_after(s, len, end, &cend, &nat);
	if (c) {
		/* "M$" (millions of dollars) in Canadian French */
		out->currency = nat ? nat : c->code;
		out->dollar = nat ? 0 : c->dollar;
		out->end = (uint32_t)cend;
		return 1;
	}
	/* "98 M$", "2 G$" */
	size_t q = skip_space(s, len, end);
	if (q + 1 < len && (s[q] == 'M' || s[q] == 'G') && s[q + 1] == '$') {
		out->value = v * (s[q] == 'M' ? 1e6 : 1e9);
		out->scaled = 1;
		out->currency = "USD";
		out->dollar = 1;
		out->end = (uint32_t)(q + 2);
	}
	return 1;
}

const char *ds_number_word_at(size_t i)
{
	static const char *const more[] = {"half", "a", "an", "cent", "cents", "hundred", "mille",
					   "thousand", "demi"};
	if (i < DS_ARRAY_LEN(units))
		return units[i].w;
	i -= DS_ARRAY_LEN(units);
	if (i < DS_ARRAY_LEN(approx_words))
		return approx_words[i].w;
	i -= DS_ARRAY_LEN(approx_words);
	return i < DS_ARRAY_LEN(more) ? more[i] : NULL;
}
