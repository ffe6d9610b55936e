/*
 * ex_credit.c: the outlet a text credits (records.md "document":
 * credited_source), read line by line during cleaning.
 *
 * Three general forms: a source line ("La source : www.rt.com", "Source:
 * European Pravda, citing ..."), a dateline with the agency in brackets
 * ("PRAGUE, 3 mai (Reuters) -", "BERLIN (AP) —"), and a French
 * signature "avec AFP" ("Le Monde avec AFP"). URLs are reduced to their host
 * without "www.". Generic words ("médias", "agencies") credit nobody.
 */
#include <string.h>
#include <strings.h>

#include "ds.h"

static int generic_word(const char *s, size_t n)
{
	static const char *const words[] = {
		"medias", "media", "agences", "agencies", "agence", "agency",
		"sources", "source", "presse", "press", "internet", "reseaux sociaux",
		"social media", "archives", "wire services", "agences de presse",
	};
	struct ds_buf f = DS_BUF_INIT;
	ds_fold(&f, s, n);
	int hit = 0;
	for (size_t i = 0; i < DS_ARRAY_LEN(words) && !hit; i++)
		hit = f.len == strlen(words[i]) && !memcmp(f.ptr, words[i], f.len);
	ds_buf_release(&f);
	return hit;
}

/* Reduces "https://www.rt.com/news/..." or "www.rt.com" to "rt.com". */
static const char *outlet_name(struct dossier_doc *doc, const char *s, size_t n)
{
	while (n && (ds_isspace(s[n - 1]) || s[n - 1] == '.' || s[n - 1] == ')'))
		n--;
	while (n && (ds_isspace(*s) || *s == '('))
		s++, n--;
	if (n > 7 && !strncasecmp(s, "http://", 7))
		s += 7, n -= 7;
	else if (n > 8 && !strncasecmp(s, "https://", 8))
		s += 8, n -= 8;
	if (n > 4 && !strncasecmp(s, "www.", 4))
		s += 4, n -= 4;
	const char *slash = memchr(s, '/', n);
	if (slash && memchr(s, '.', (size_t)(slash - s)) && !memchr(s, ' ', (size_t)(slash - s)))
		n = (size_t)(slash - s);
	if (!n || n > 60 || generic_word(s, n))
		return NULL;
	return ds_arena_strndup(&doc->arena, s, n);
}

/* Is s[0, n) the name of an outlet of the knowledge base? */
static int known_outlet(const struct dossier_doc *doc, const char *s, size_t n)
{
	char name[64];
	if (!doc->kb || !n || n >= sizeof name)
		return 0;
	memcpy(name, s, n);
	name[n] = '\0';
	return ds_kb_outlet(doc->kb, name) != NULL;
}

const char *ds_credit_link(struct dossier_doc *doc, const char *s, size_t n)
{
	while (n && ds_isspace(*s))
		s++, n--;
	if (!(n > 8 && (!strncasecmp(s, "http://", 7) || !strncasecmp(s, "https://", 8))) ||
	    memchr(s, ' ', n))
		return NULL;
	return outlet_name(doc, s, n);
}

/* Length of the prefix "source:" / "la source :" / "sources :" (folded
 * comparison on ASCII), or 0. */
static size_t source_prefix(const char *s, size_t n)
{
	static const char *const pre[] = {"la source", "sources", "source", "(source"};
	for (size_t i = 0; i < DS_ARRAY_LEN(pre); i++) {
		size_t k = strlen(pre[i]);
		if (n > k && !strncasecmp(s, pre[i], k)) {
			size_t j = k;
			while (j < n && (s[j] == ' ' || (unsigned char)s[j] == 0xC2 ||
					 (unsigned char)s[j] == 0xA0))
				j++;
			if (j < n && s[j] == ':')
				return j + 1;
			return 0;
		}
	}
	return 0;
}

static int is_dash_at(const char *s, size_t n)
{
	return (n >= 1 && s[0] == '-') ||
	       (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
		((unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x94));
}

const char *ds_credit_copyright(struct dossier_doc *doc, const char *s, size_t n)
{
	/* "Copyright 2023 The Associated Press. All rights reserved.", "©
	 * 2023 AFP", "(c) Reuters 2024": the outlet the knowledge base knows */
	size_t i = 0;
	if (!n || (s[0] != 'C' && s[0] != 'c' && s[0] != '(' && (unsigned char)s[0] != 0xC2))
		return NULL; /* most lines, at one look */
	if (n > 9 && !strncasecmp(s, "copyright", 9))
		i = 9;
	else if (n > 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA9)
		i = 2;
	else if (n > 3 && !strncasecmp(s, "(c)", 3))
		i = 3;
	else
		return NULL;
	for (;;) {
		while (i < n && (s[i] == ' ' || s[i] == ',' || s[i] == '-' || ds_isdigit(s[i])))
			i++;
		if (i + 2 < n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA9)
			i += 2; /* "Copyright © 2023" */
		else if (i + 3 < n && !strncasecmp(s + i, "(c)", 3))
			i += 3;
		else
			break;
	}
	size_t e = i;
	while (e < n && s[e] != '.' && s[e] != ',' && s[e] != ';' && s[e] != '|')
		e++;
	while (e > i && (s[e - 1] == ' ' || ds_isdigit(s[e - 1])))
		e--; /* "(c) Reuters 2024" */
	const char *v = s + i;
	size_t m = e - i;
	if (m > 4 && !strncmp(v, "The ", 4) && !known_outlet(doc, v, m))
		v += 4, m -= 4;
	return m && known_outlet(doc, v, m) ? outlet_name(doc, v, m) : NULL;
}

const char *ds_credit_line(struct dossier_doc *doc, const char *s, size_t n, int *whole)
{
	*whole = 0;
	const char *owner = ds_credit_copyright(doc, s, n);
	if (owner) {
		*whole = n < 120;
		return owner;
	}
	size_t k = source_prefix(s, n);
	if (k) {
		const char *v = s + k;
		size_t m = n - k;
		size_t cut = m;
		for (size_t i = 0; i < m; i++) {
			if (v[i] == ',' || v[i] == ';' || v[i] == '|' || v[i] == '(') {
				cut = i;
				break;
			}
		}
		/* "Source: X, citing ..." is a sentence of the article: keep it */
		*whole = cut == m && m < 80;
		return outlet_name(doc, v, cut);
	}
	/* dateline: "CITY[, date] (Agency) -" near the start of a paragraph */
	const char *open = memchr(s, '(', n < 80 ? n : 80);
	if (open && open > s) {
		const char *close = memchr(open, ')', (size_t)(s + n - open));
		if (close && close - open > 1 && close - open < 32) {
			size_t rest = (size_t)(s + n - close) - 1;
			const char *after = close + 1;
			while (rest && *after == ' ')
				after++, rest--;
			/* the first word before the bracket is in capitals: a city */
			size_t caps = 0;
			while (s + caps < open && (ds_isupper(s[caps]) || (unsigned char)s[caps] >= 0x80 ||
						   s[caps] == '-' || s[caps] == '\''))
				caps++;
			if (is_dash_at(after, rest) && caps >= 3 &&
			    (s + caps == open - 1 || s[caps] == ',' || s[caps] == ' ') &&
			    ds_isupper(open[1]))
				return outlet_name(doc, open + 1, (size_t)(close - open) - 1);
			/* "Paris, 3 mars (AFP) -", "Kiev (AFP) –": a city written
			 * in lower case with an agency the knowledge base knows */
			if (is_dash_at(after, rest) && caps == 1 && ds_isupper(open[1]) &&
			    known_outlet(doc, open + 1, (size_t)(close - open) - 1))
				return outlet_name(doc, open + 1, (size_t)(close - open) - 1);
		}
	}
	/* "Moscou, 14 mars - RIA Novosti.", "KIEV – Ukrinform.": a dateline
	 * whose agency, one the knowledge base knows, follows the dash */
	for (size_t i = 1; i + 4 < (n < 48 ? n : 48) && ds_isupper(s[0]); i++) {
		if (s[i] == '.')
			break;
		if (s[i] != ' ' || !is_dash_at(s + i + 1, n - i - 1))
			continue;
		size_t a = i + 1 + (s[i + 1] == '-' ? 1 : 3);
		if (a >= n || s[a] != ' ')
			break;
		size_t e = ++a;
		while (e < n && e - a < 32 && s[e] != '.' && s[e] != ',' && s[e] != ':')
			e++;
		if (e < n && s[e] == '.' && known_outlet(doc, s + a, e - a))
			return outlet_name(doc, s + a, e - a);
		break;
	}
	if (n < 120 && ds_memmem(s, n, "publi", 5)) {
		/* "This article was originally published by TASS.", "Cet article
		 * a été publié initialement par Ukrinform" */
		static const char *const first[] = {
			"originally published by ", "originally published on ",
			"first published by ",      "first published on ",
			"publie initialement par ", "initialement publie par ",
			"publie a l'origine par ",  "publie initialement sur ",
			"initialement publie sur "};
		struct ds_buf f = DS_BUF_INIT;
		ds_fold(&f, s, n);
		int hit = 0;
		for (size_t i = 0; i < DS_ARRAY_LEN(first) && !hit; i++)
			hit = ds_memmem(f.ptr, f.len, first[i], strlen(first[i])) != NULL;
		ds_buf_release(&f);
		if (hit) {
			/* the outlet: the last one, two or three words of the line */
			size_t e = n;
			while (e && (s[e - 1] == '.' || s[e - 1] == ' '))
				e--;
			size_t b = e;
			while (b && s[b - 1] != ' ')
				b--;
			/* one or two words: "TASS", "the Kyiv Independent" */
			for (int words = 0; words < 3 && b > 0; words++) {
				const char *w = s + b;
				size_t m = e - b;
				int domain = memchr(w, '.', m) && !memchr(w, ' ', m);
				if (known_outlet(doc, w, m) || domain) {
					*whole = 1;
					return outlet_name(doc, w, m);
				}
				b--;
				while (b && s[b - 1] != ' ')
					b--;
			}
		}
	}
	/* "D'après Ukrinform", "Selon l'agence TASS" alone on a line; "By Anna
	 * Smith, Associated Press", "Par Jean Dupont, AFP": an outlet the
	 * knowledge base knows */
	if (n < 100) {
		size_t e = n;
		while (e && (s[e - 1] == '.' || s[e - 1] == ' '))
			e--;
		static const char *const lead[] = {"D'apr\xc3\xa8s ",
						   ("D\xe2\x80\x99" "apr\xc3\xa8s "), "Selon ",
						   "According to "};
		for (size_t i = 0; i < DS_ARRAY_LEN(lead); i++) {
			size_t k2 = strlen(lead[i]);
			if (e > k2 && !strncmp(s, lead[i], k2) &&
			    known_outlet(doc, s + k2, e - k2)) {
				*whole = 1;
				return outlet_name(doc, s + k2, e - k2);
			}
		}
		if ((e > 3 && !strncmp(s, "By ", 3)) || (e > 4 && !strncmp(s, "Par ", 4))) {
			const char *comma = NULL;
			for (size_t i = 0; i < e; i++)
				if (s[i] == ',')
					comma = s + i;
			if (comma) {
				const char *v = comma + 1;
				while (v < s + e && *v == ' ')
					v++;
				size_t m = (size_t)(s + e - v);
				if (m && known_outlet(doc, v, m)) {
					*whole = 1;
					return outlet_name(doc, v, m);
				}
			}
			/* the outlet as the byline: "By Reuters Staff", "By AFP",
			 * "Par AFP" */
			size_t k3 = s[0] == 'B' ? 3 : 4, m = e - k3;
			static const char *const staff[] = {" Staff", " staff", " Reporters",
							    " reporters"};
			for (size_t i = 0; i < DS_ARRAY_LEN(staff); i++) {
				size_t sl = strlen(staff[i]);
				if (m > sl && !strncmp(s + e - sl, staff[i], sl)) {
					m -= sl;
					break;
				}
			}
			if (!comma && m && known_outlet(doc, s + k3, m)) {
				*whole = 1;
				return outlet_name(doc, s + k3, m);
			}
		}
	}
	/* "Reuters contributed to this report.", "The Associated Press
	 * contributed reporting" */
	if (n < 200) {
		static const char *const tails[] = {" contributed to this report", " contributed reporting",
						    " contributed to this story"};
		size_t e = n;
		while (e && (s[e - 1] == '.' || s[e - 1] == ' '))
			e--;
		for (size_t t = 0; t < DS_ARRAY_LEN(tails); t++) {
			size_t tl = strlen(tails[t]);
			if (e <= tl || strncasecmp(s + e - tl, tails[t], tl))
				continue;
			const char *v = s;
			size_t m = e - tl;
			/* "— The Associated Press contributed to this report." */
			if (m > 4 && (!strncmp(v, "\xe2\x80\x94 ", 4) ||
				      !strncmp(v, "\xe2\x80\x93 ", 4)))
				v += 4, m -= 4;
			else if (m > 2 && !strncmp(v, "- ", 2))
				v += 2, m -= 2;
			if (m > 4 && !strncmp(v, "The ", 4))
				v += 4, m -= 4;
			for (size_t i = 0; i + 1 < m; i++)
				if (v[i] == ',' || !strncmp(v + i, " and ", 5)) {
					m = i;
					break;
				}
			if (!m || m > 40 || !ds_isupper(v[0]))
				return NULL;
			/* an outlet the knowledge base knows, not "Fox News' Jessica
			 * Napoli" or "Associated Press writers Jan Berg" */
			if (!known_outlet(doc, v, m))
				return NULL;
			*whole = 1;
			return outlet_name(doc, v, m);
		}
	}
	/* a line that ends with its outlet after a dash: "… on Monday. —
	 * Associated Press" */
	size_t tail = n < 40 ? n : 40;
	if (n > 6 && (memchr(s + n - tail, '-', tail) || memchr(s + n - tail, 0xE2, tail))) {
		size_t e = n;
		while (e && (s[e - 1] == ' ' || s[e - 1] == '.'))
			e--;
		for (size_t i = e; i-- > 1 && e - i < 40;) {
			if (s[i - 1] != ' ' || !is_dash_at(s + i, e - i))
				continue;
			size_t dk = s[i] == '-' ? 1 : 3;
			const char *v = s + i + dk;
			size_t m = e - i - dk;
			while (m && *v == ' ')
				v++, m--;
			if (i >= 2 && (s[i - 2] == '.' || s[i - 2] == '"' || (unsigned char)s[i - 2] >= 0x80) &&
			    m && known_outlet(doc, v, m))
				return outlet_name(doc, v, m);
			break;
		}
	}
	/* "Le Monde avec AFP", "(avec AFP)"; in English a line that is only
	 * "With Reuters", or "(with AFP)". The outlet must be one the base
	 * knows (when there is a base): "Un accord a été signé avec Kiev."
	 * credits no one. */
	if (n < 80) {
		size_t e = n;
		while (e && (s[e - 1] == ')' || s[e - 1] == ' ' || s[e - 1] == '.'))
			e--;
		for (size_t i = 0; i + 5 < e; i++) {
			size_t w = 0;
			if ((i == 0 || s[i - 1] == ' ' || s[i - 1] == '(') && !strncasecmp(s + i, "avec ", 5))
				w = 5;
			else if ((i == 0 || s[i - 1] == '(') && !strncasecmp(s + i, "with ", 5))
				w = 5;
			if (w) {
				const char *v = s + i + w;
				size_t m = e - i - w;
				/* "avec AFP et Reuters", "avec AFP, Reuters": the first */
				const char *sp = memchr(v, ' ', m), *comma = memchr(v, ',', m);
				if (comma && (!sp || comma < sp))
					sp = comma;
				if (sp && (!strncmp(sp, " et ", 4) || !strncmp(sp, " and ", 5) ||
					   !strncmp(sp, ", ", 2)))
					m = (size_t)(sp - v);
				if (m && m < 25 && ds_isupper(v[0]) && !memchr(v, ' ', m) &&
				    (!doc->kb || known_outlet(doc, v, m))) {
					/* the line is the credit ("Le Monde avec AFP"),
					 * not a sentence ending with it ("Les chars sont
					 * arrivés. (Avec AFP)") */
					*whole = n < 60 && !memchr(s, '.', i) && !memchr(s, '!', i) &&
						 !memchr(s, '?', i);
					return outlet_name(doc, v, m);
				}
			}
		}
	}
	/* a paragraph that ends with its agency in brackets: "… officials
	 * said. (AFP)" */
	if (n > 8 && s[n - 1] == ')') {
		const char *lb = NULL;
		for (size_t i = n - 1; i-- > 0 && n - i < 24;)
			if (s[i] == '(') {
				lb = s + i;
				break;
			}
		size_t m = lb ? (size_t)(s + n - 1 - lb - 1) : 0;
		if (lb && lb > s + 1 && lb[-1] == ' ' &&
		    (lb[-2] == '.' || lb[-2] == '"' || (unsigned char)lb[-2] >= 0x80) &&
		    known_outlet(doc, lb + 1, m))
			return outlet_name(doc, lb + 1, m);
	}
	return NULL;
}
