/*
 * kb_resolve.c: matches -> resolved mentions of one document.
 *
 * For every alias hit it picks the entity meant, with the rules of
 * data/kb/FORMAT.md and records.md "Canonical names":
 *   - aliases of the other language are dropped when the document's
 *     language is French or English;
 *   - a surname alone names its person; a "short_ctx" surname only after a
 *     full name of that person earlier in the document;
 *   - a misspelt given name before a known surname ("Yans Stoltenberg") is
 *     taken into the mention when it is within two edits of a given name of
 *     the person; a far one means another person of that surname: no mention;
 *   - a role ("le chef de l'OTAN") names the holder named elsewhere in the
 *     document, else the holder at the document's date, else the holder who
 *     held it longest in 2022-2025;
 *   - an ambiguous place (Bruxelles: EU or Belgium) takes its second reading
 *     only when the document names that one and not the first.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ds.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define LANG_EN 1
#define LANG_FR 2
#define PERIOD_START 20220224
#define PERIOD_END 20251231

/* Levenshtein distance of two short folded words, capped at 3. */
int ds_edit_distance(const char *a, size_t na, const char *b, size_t nb)
{
	if (na > 40 || nb > 40)
		return 3;
	if ((na > nb ? na - nb : nb - na) > 2)
		return 3;
	int prev[41], cur[41];
	for (size_t j = 0; j <= nb; j++)
		prev[j] = (int)j;
	for (size_t i = 1; i <= na; i++) {
		cur[0] = (int)i;
		int best = cur[0];
		for (size_t j = 1; j <= nb; j++) {
			int sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
			int del = prev[j] + 1, ins = cur[j - 1] + 1;
			cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
			if (cur[j] < best)
				best = cur[j];
		}
		if (best > 2)
			return 3;
		memcpy(prev, cur, (nb + 1) * sizeof *prev);
	}
	return prev[nb] > 3 ? 3 : prev[nb];
}

/* Words that stand before a surname without being a given name. */
static int title_word(const char *w, size_t n)
{
	static const char *const titles[] = {
		"m", "mme", "mr", "mrs", "ms", "dr", "president", "presidente", "minister",
		"ministre", "secretary", "chancellor", "chanceliere", "chancelier", "general",
		"gen", "premier", "prime", "monsieur", "madame", "sir", "lord", "lady", "herr",
		"frau", "senator", "senateur", "chef", "patron", "porte-parole", "spokesman",
		"spokeswoman", "admiral", "amiral", "colonel", "commander", "commandant",
		"ambassador", "ambassadeur", "ambassadrice", "le", "la", "les", "the", "et", "and",
		"of", "de", "du", "des", "a", "au", "aux", "by", "par", "pour", "for", "with",
		"avec", "selon", "according", "said", "says", "told", "dit", "declare",
	};
	for (size_t i = 0; i < DS_ARRAY_LEN(titles); i++)
		if (strlen(titles[i]) == n && !memcmp(titles[i], w, n))
			return 1;
	return 0;
}

/* The word before folded offset `fs` (skipping one space): its folded form
 * and its original start. */
static int word_before(const char *f, size_t fs, size_t *ws, size_t *wn)
{
	if (fs < 2 || f[fs - 1] != ' ')
		return 0;
	size_t e = fs - 1, s = e;
	while (s > 0 && (ds_isalnum((unsigned char)f[s - 1]) || f[s - 1] == '-' ||
			 (unsigned char)f[s - 1] >= 0x80))
		s--;
	if (s == e)
		return 0;
	*ws = s;
	*wn = e - s;
	return 1;
}

/* Does the text end at b with a possessive "'s" ("’s")? */
static int possessive_s(const char *text, uint32_t b)
{
	return (b >= 2 && text[b - 1] == 's' && text[b - 2] == '\'') ||
	       (b >= 4 && text[b - 1] == 's' && !memcmp(text + b - 4, "\xe2\x80\x99", 3));
}

/* Does an English possessive 's follow at `end` ("NATO's military")? */
static int possessive_after(const char *text, size_t len, uint32_t end)
{
	size_t k = 0;
	if (end + 1 < len && text[end] == '\'')
		k = 1;
	else if (end + 3 < len && !memcmp(text + end, "\xe2\x80\x99", 3))
		k = 3;
	return k && (text[end + k] == 's' || text[end + k] == 'S') &&
	       (end + k + 1 >= len || !ds_isalnum(text[end + k + 1]));
}

/* Is the last word of alias a a name of entity `of` ("head of nato")? */
static int ends_with_name_of(const struct dossier_kb *kb, const struct ds_alias *a, int32_t of)
{
	if (of < 0)
		return 0;
	size_t w = a->len;
	while (w > 0 && a->text[w - 1] != ' ')
		w--;
	uint32_t al = ds_kb_word_alias(kb, a->text + w, a->len - w);
	if (al == UINT32_MAX)
		return 0;
	const struct ds_alias *x = &kb->aliases[al];
	for (uint32_t k = x->first; k < x->first + x->n; k++)
		if (kb->targets[k].entity == of)
			return 1;
	return 0;
}

/* Is text[a, b) white space only: a given name and its surname are not
 * parted by a comma or a quotation mark ("Ukraine,'' Biden said")? */
static int only_space(const char *text, size_t a, size_t b)
{
	while (a < b) {
		uint32_t cp;
		size_t n = ds_utf8_decode((const unsigned char *)text + a, b - a, &cp);
		if (!n || !ds_cp_is_space(cp))
			return 0;
		a += n;
	}
	return 1;
}

static int is_capital_at(const char *text, size_t off)
{
	uint32_t cp;
	size_t n = ds_utf8_decode((const unsigned char *)text + off, 4, &cp);
	return n && ds_cp_is_upper(cp);
}

/* Does the folded word w match one of the space-separated given names? */
static int given_distance(const char *given, const char *w, size_t n)
{
	int best = 3;
	for (const char *p = given; *p;) {
		const char *sp = strchr(p, ' ');
		size_t k = sp ? (size_t)(sp - p) : strlen(p);
		int d = ds_edit_distance(p, k, w, n);
		if (d < best)
			best = d;
		p = sp ? sp + 1 : p + k;
	}
	return best;
}

static int32_t holder(const struct dossier_kb *kb, int32_t role, int32_t date,
		      const struct dossier_doc *doc)
{
	const struct ds_entity *r = &kb->ents[role];
	const struct ds_term *t = kb->terms + r->first_term;
	/* a holder named in the document ("le chef de l'OTAN, Jens Stoltenberg") */
	for (size_t i = 0; i < r->n_terms; i++) {
		if (date && (t[i].start > date || t[i].end < date))
			continue;
		for (size_t k = 0; k < doc->n_mentions; k++)
			if (doc->mentions[k].entity == t[i].person)
				return t[i].person;
	}
	if (date) {
		for (size_t i = r->n_terms; i-- > 0;)
			if (t[i].start <= date && date <= t[i].end)
				return t[i].person;
		return -1;
	}
	int32_t best = -1;
	long best_days = 0;
	for (size_t i = 0; i < r->n_terms; i++) {
		int32_t a = t[i].start > PERIOD_START ? t[i].start : PERIOD_START;
		int32_t b = t[i].end < PERIOD_END ? t[i].end : PERIOD_END;
		/* yyyymmdd differences are monotone enough to compare spans */
		long span = (long)(b / 10000 - a / 10000) * 372 + (long)(b / 100 % 100 - a / 100 % 100) * 31 +
			    (b % 100 - a % 100);
		if (b > a && span > best_days) {
			best_days = span;
			best = t[i].person;
		}
	}
	return best;
}

/* Are the letters of text[a, b) capitals (an acronym as written)? The span
 * may start with an article ("l'UE", "the US"): only the last word counts. */
static int all_caps(const char *text, uint32_t a, uint32_t b)
{
	uint32_t s = b;
	while (s > a && text[s - 1] != ' ' && text[s - 1] != '\'' && (unsigned char)text[s - 1] < 0x80)
		s--;
	for (uint32_t i = s; i < b; i++)
		if (ds_islower(text[i]))
			return 0;
	return 1;
}

/* Is text[a, b) written as a title: every word of three letters or more,
 * but "the", "des", "and", capitalised ("Le Monde", "Les Échos", "The
 * Times"; not "le monde", "the times")? Words start after a space, an
 * apostrophe or a dash. */
static int title_case(const char *text, uint32_t a, uint32_t b)
{
	const unsigned char *t = (const unsigned char *)text;
	int checked = 0;
	for (uint32_t i = a; i < b;) {
		uint32_t e = i;
		while (e < b && t[e] != ' ' && t[e] != '\'' && t[e] != '-' &&
		       !(t[e] == 0xE2 && e + 2 < b && t[e + 1] == 0x80 && t[e + 2] == 0x99))
			e++;
		uint32_t letters = 0;
		for (uint32_t k = i; k < e; k++)
			letters += (t[k] & 0xC0) != 0x80 && (t[k] >= 0x80 || ds_isalpha(t[k]));
		if (letters >= 3 && !(e - i == 3 && (!strncasecmp(text + i, "the", 3) ||
						   !strncasecmp(text + i, "des", 3) ||
						   !strncasecmp(text + i, "and", 3)))) {
			uint32_t cp;
			if (!ds_utf8_decode(t + i, b - i, &cp) || !ds_cp_is_upper(cp))
				return 0;
			checked = 1;
		}
		i = e + (e < b && t[e] == 0xE2 ? 3 : 1); /* past the separator ("’" is 3 bytes) */
	}
	return checked;
}

/* A designation of one or two letters and a number ("A-10", "S-300",
 * "AT-4", "No 10") against the same words of the prose: "a 10 percent
 * rise", "at 4 pm", "Ukraine's 300 tanks". Is the alias (folded) such a
 * designation, and does the text at `ws`, where its first word starts,
 * read as prose: its first letter in lower case, or just after an
 * apostrophe (a possessive or an elision), and a space before the number?
 * Designations are written with a capital ("No 10") or with their dash. */
static int prose_not_designation(const struct ds_alias *a, const char *text, size_t len,
				 uint32_t ws)
{
	if (a->len < 3 || !(a->text[1] == ' ' || (a->len >= 4 && a->text[2] == ' ')))
		return 0;
	size_t k = a->text[1] == ' ' ? 1 : 2;
	if (!ds_isdigit(a->text[k + 1]))
		return 0;
	size_t i = ws;
	int lower = ws < len && ds_islower(text[ws]);
	while (i < len && i < ws + k && ds_isalpha(text[i]))
		i++;
	if (i != ws + k)
		return 0;
	int spaced = 0;
	while (i < len && !ds_isalnum(text[i])) {
		if (ds_isspace(text[i]) || (unsigned char)text[i] >= 0x80)
			spaced = 1; /* a space, or a non-breaking one */
		i++;
	}
	if (!spaced)
		return 0;
	int apostrophe = (ws >= 1 && text[ws - 1] == '\'') ||
			 (ws >= 3 && !memcmp(text + ws - 3, "\xe2\x80\x99", 3));
	return lower || apostrophe;
}

static uint32_t sentence_of(const struct dossier_doc *doc, uint32_t off)
{
	size_t lo = 0, hi = doc->n_sents;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (doc->sents[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (uint32_t)lo;
}

static int lang_bit(const char *lang)
{
	if (lang && !strcmp(lang, "en"))
		return LANG_EN;
	if (lang && !strcmp(lang, "fr"))
		return LANG_FR;
	return LANG_EN | LANG_FR;
}

/* Priority of a target when an alias has several. */
static int rank(const struct ds_entity *e, const struct ds_target *t)
{
	static const int by_kind[] = {0, 5, 6, 4, 3, 2, 1};
	int r = by_kind[e->kind <= DOSSIER_KIND_ROLE ? e->kind : 0] * 10;
	if (t->form == DOSSIER_FORM_NAME)
		r += 5;
	return r;
}

/* The last mention so far of a person who holds role entity `role` at
 * `date` (any time when 0), or -1: whom a role named alone ("le
 * chancelier", "the Prime Minister") stands for. */
static long holder_named(const struct dossier_kb *kb, int32_t role, int32_t date,
			 const struct dossier_doc *doc)
{
	const struct ds_entity *r = &kb->ents[role];
	const struct ds_term *t = kb->terms + r->first_term;
	long last = -1;
	/* the role itself named in full before ("le chancelier allemand") */
	for (size_t k = doc->n_mentions; k-- > 0;)
		if (doc->mentions[k].entity == role) {
			last = (long)k;
			break;
		}
	for (size_t i = 0; i < r->n_terms; i++) {
		if (date && (t[i].start > date || t[i].end < date))
			continue;
		for (size_t k = doc->n_mentions; k-- > 0 && (long)k > last;)
			if (doc->mentions[k].entity == t[i].person ||
			    (doc->mentions[k].person == t[i].person &&
			     doc->mentions[k].person >= 0)) {
				last = (long)k;
				break;
			}
	}
	return last;
}

/* Does a role named alone go on with what names its body ("le président
 * de la Commission", "the president of the company", "President Biden",
 * "le président américain")? Then it is not the role named alone. */
static int role_goes_on(const char *text, size_t len, uint32_t end)
{
	size_t i = end;
	while (i < len && text[i] == ' ')
		i++;
	if (i >= len)
		return 0;
	static const char *const of[] = {"de ", "du ",  "des ", "d'",
					 "d\xe2\x80\x99", "of ", "for "};
	for (size_t k = 0; k < DS_ARRAY_LEN(of); k++) {
		size_t n = strlen(of[k]);
		if (i + n <= len && !strncasecmp(text + i, of[k], n))
			return 1;
	}
	/* a name or an adjective of origin written with a capital */
	return ds_isupper(text[i]) || ((unsigned char)text[i] == 0xC3 && i + 1 < len &&
				       (unsigned char)text[i + 1] >= 0x80 &&
				       (unsigned char)text[i + 1] < 0x9F);
}

static int mentioned(const struct dossier_doc *doc, int32_t e)
{
	for (size_t i = 0; i < doc->n_mentions; i++)
		if (doc->mentions[i].entity == e)
			return 1;
	return 0;
}

/* Names glued to the word before them by a lost space or line break in
 * scraped text ("France InterLecornu a expliqué"): a capital inside a run
 * of letters, after two lower-case letters, that begins a surname of the
 * people list (or a short form allowed here) is a mention of that person.
 * Rare; mentions stay in text order. */
static void glued_name_at(const struct dossier *ds, struct dossier_doc *doc, size_t i);

static void glued_names(const struct dossier *ds, struct dossier_doc *doc)
{
	const char *t = doc->text.ptr;
	size_t len = doc->text.len;
#ifdef __SSE2__
	/* 16 bytes at a time: the capitals after two lower-case letters */
	unsigned prev = 0; /* lower-case bits of the block before */
	for (size_t b = 0; b < len; b += 16) {
		unsigned char blk[16];
		const char *src = t + b;
		if (len - b < 16) { /* the last block, padded */
			memset(blk, 0, sizeof blk);
			memcpy(blk, t + b, len - b);
			src = (const char *)blk;
		}
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)src);
		unsigned up = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(
			_mm_add_epi8(v, _mm_set1_epi8((char)(128 - 'A'))), _mm_set1_epi8((char)(-128 + 26))));
		unsigned lo = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(
			_mm_add_epi8(v, _mm_set1_epi8((char)(128 - 'a'))), _mm_set1_epi8((char)(-128 + 26))));
		unsigned cand = up & ((lo << 1) | (prev >> 15)) & ((lo << 2) | (prev >> 14)) & 0xFFFF;
		prev = lo;
		while (cand) {
			size_t i = b + (size_t)__builtin_ctz(cand);
			cand &= cand - 1;
			glued_name_at(ds, doc, i);
		}
	}
#else
	for (size_t i = 2; i + 2 < len; i++)
		if (t[i] >= 'A' && t[i] <= 'Z' && t[i - 1] >= 'a' && t[i - 1] <= 'z' &&
		    t[i - 2] >= 'a' && t[i - 2] <= 'z')
			glued_name_at(ds, doc, i);
#endif
}

/* The glued surname starting at i, if any, made a mention. */
static void glued_name_at(const struct dossier *ds, struct dossier_doc *doc, size_t i)
{
	const struct dossier_kb *kb = ds->kb;
	const char *t = doc->text.ptr;
	size_t len = doc->text.len;
	size_t e = i + 1;
	while (e < len && ds_isalpha(t[e]) && !(t[e] >= 'A' && t[e] <= 'Z'))
		e++;
	if (e - i < 3 || e - i > 24 || (e < len && (unsigned char)t[e] >= 0x80))
		return;
	char f[32];
	for (size_t k = i; k < e; k++)
		f[k - i] = (char)ds_tolower(t[k]);
	uint32_t al = ds_kb_word_alias(kb, f, e - i);
	if (al == UINT32_MAX)
		return;
	const struct ds_alias *a = &kb->aliases[al];
	int32_t who = -1;
	for (uint32_t k = a->first; k < a->first + a->n && who < 0; k++) {
		const struct ds_target *g = &kb->targets[k];
		if (kb->ents[g->entity].kind == DOSSIER_KIND_PERSON &&
		    g->form == DOSSIER_FORM_SHORT && (!g->ctx || mentioned(doc, g->entity)))
			who = g->entity;
	}
	if (who < 0)
		return;
	struct ds_mention mm;
	memset(&mm, 0, sizeof mm);
	mm.start = (uint32_t)i;
	mm.end = (uint32_t)e;
	mm.entity = who;
	mm.person = -1;
	mm.form = DOSSIER_FORM_SHORT;
	mm.sent = sentence_of(doc, mm.start);
	size_t at = doc->n_mentions;
	while (at > 0 && doc->mentions[at - 1].start > mm.start)
		at--;
	ds_grow(&doc->mentions, &doc->cap_mentions, doc->n_mentions + 1, sizeof *doc->mentions);
	memmove(&doc->mentions[at + 1], &doc->mentions[at],
		(doc->n_mentions - at) * sizeof *doc->mentions);
	doc->mentions[at] = mm;
	doc->n_mentions++;
}

void ds_kb_resolve(struct dossier *ds, struct dossier_doc *doc, int32_t date)
{
	const struct dossier_kb *kb = ds->kb;
	doc->n_mentions = 0;
	if (!kb || !ds->matcher)
		return;
	const struct ds_match *hits;
	size_t n = ds_kb_scan(ds->matcher, doc->text.ptr, doc->text.len, &hits);
	size_t flen;
	const char *f = ds_matcher_folded(ds->matcher, &flen);
	int lang = lang_bit(doc->lang);
	for (size_t i = 0; i < n; i++) {
		const struct ds_match *h = &hits[i];
		const struct ds_alias *a = &kb->aliases[h->alias];
		const struct ds_target *best = NULL;
		if (a->caps == 1 && !all_caps(doc->text.ptr, h->start, h->end))
			continue;
		if (a->caps == 2 && !title_case(doc->text.ptr, h->start, h->end))
			continue;
		if (prose_not_designation(a, doc->text.ptr, doc->text.len,
					  ds_matcher_orig(ds->matcher, h->fstart)))
			continue;
		/* "Titan's" is not the "Titan-S": a possessive 's is no last
		 * word of a name */
		if (a->len >= 2 && a->text[a->len - 1] == 's' && a->text[a->len - 2] == ' ' &&
		    possessive_s(doc->text.ptr, h->end))
			continue;
		int best_rank = -1, alone = 0; /* roles named alone that name someone */
		int owner_after = possessive_after(doc->text.ptr, doc->text.len, h->end);
		int32_t owner_of = -1;
		for (uint32_t k = a->first; k < a->first + a->n; k++) {
			const struct ds_target *t = &kb->targets[k];
			const struct ds_entity *e = &kb->ents[t->entity];
			/* "the head of NATO's military committee": a role ending
			 * with the name of its body, which owns what follows, is
			 * not that role */
			if (owner_after && e->kind == DOSSIER_KIND_ROLE && ends_with_name_of(kb, a, e->of)) {
				owner_of = e->of;
				continue;
			}
			if (!(t->lang & lang))
				continue;
			int r = rank(e, t);
			if (t->ctx == 2) {
				/* a role named alone: the holder named last */
				long last = role_goes_on(doc->text.ptr, doc->text.len, h->end)
						    ? -1
						    : holder_named(kb, t->entity, date, doc);
				if (last < 0)
					continue;
				alone++;
				r = (int)(last > 1000000 ? 1000000 : last);
			} else if (t->ctx && !mentioned(doc, t->entity)) {
				continue;
			}
			if (r > best_rank) {
				best_rank = r;
				best = t;
			}
		}
		/* "Biden met Zelensky. The president said": two presidents
		 * named, the role alone names neither */
		if (best && best->ctx == 2 && alone > 1)
			continue;
		if (!best && owner_of >= 0) {
			/* ... but its body is named: "NATO's" */
			size_t w = a->len;
			while (w > 0 && a->text[w - 1] != ' ')
				w--;
			struct ds_mention mm;
			memset(&mm, 0, sizeof mm);
			mm.start = ds_matcher_orig(ds->matcher, h->fend - (a->len - w));
			mm.end = h->end;
			mm.entity = owner_of;
			mm.person = -1;
			mm.form = DOSSIER_FORM_NAME;
			mm.sent = sentence_of(doc, mm.start);
			ds_grow(&doc->mentions, &doc->cap_mentions, doc->n_mentions + 1,
				sizeof *doc->mentions);
			doc->mentions[doc->n_mentions++] = mm;
			continue;
		}
		if (!best)
			continue;
		const struct ds_entity *e = &kb->ents[best->entity];
		struct ds_mention mm;
		memset(&mm, 0, sizeof mm);
		mm.start = h->start;
		mm.end = h->end;
		mm.entity = best->entity;
		mm.person = -1;
		mm.form = best->form;
		mm.prep = h->prep;
		if (e->kind == DOSSIER_KIND_PERSON && best->form == DOSSIER_FORM_SHORT && !h->prep) {
			size_t ws, wn;
			if (word_before(f, h->fstart, &ws, &wn) && !title_word(f + ws, wn) &&
			    is_capital_at(doc->text.ptr, ds_matcher_orig(ds->matcher, ws)) &&
			    only_space(doc->text.ptr, ds_matcher_orig(ds->matcher, ws + wn), h->start)) {
				int d = given_distance(e->given, f + ws, wn);
				if (d <= 2 && wn >= 3) {
					mm.start = ds_matcher_orig(ds->matcher, ws);
					mm.form = DOSSIER_FORM_FUZZY;
				} else if (d > 2 && !doc->n_sents) {
					continue;
				} else if (d > 2 && sentence_of(doc, h->start) ==
							    sentence_of(doc, ds_matcher_orig(ds->matcher, ws)) &&
					   !mentioned(doc, best->entity)) {
					/* "Chris Wallace" is not Ben Wallace */
					continue;
				}
			}
		}
		if (e->kind == DOSSIER_KIND_ROLE) {
			mm.person = -2; /* resolved below, once names are known */
			/* "l'ancien président russe", "the former Russian
			 * president", "l'ex-ministre": not who holds it now */
			size_t ws, wn;
			if (word_before(f, h->fstart, &ws, &wn) &&
			    ((wn == 6 && !memcmp(f + ws, "ancien", 6)) ||
			     (wn == 8 && !memcmp(f + ws, "ancienne", 8)) ||
			     (wn == 6 && !memcmp(f + ws, "former", 6)) ||
			     (wn == 2 && !memcmp(f + ws, "ex", 2))))
				mm.person = -1;
		}
		mm.sent = sentence_of(doc, mm.start);
		ds_grow(&doc->mentions, &doc->cap_mentions, doc->n_mentions + 1, sizeof *doc->mentions);
		doc->mentions[doc->n_mentions++] = mm;
	}
	glued_names(ds, doc);
	/* roles and ambiguous places, now that the document's names are known */
	for (size_t i = 0; i < doc->n_mentions; i++) {
		struct ds_mention *m = &doc->mentions[i];
		const struct ds_entity *e = &kb->ents[m->entity];
		if (m->person == -2)
			m->person = holder(kb, m->entity, date, doc);
		if (e->kind == DOSSIER_KIND_STATE && e->alt >= 0)
			m->entity = mentioned(doc, e->alt) && !mentioned(doc, e->state) ? e->alt : e->state;
	}
}

/* The preposition as readers write it: the matcher's "de l " is "de l'". */
static const char *display_prep(const char *p)
{
	static const char *const map[][2] = {
		{"de l ", "de l'"}, {"a l ", "a l'"}, {"d ", "d'"}, {"l ", "l'"},
	};
	if (!p)
		return NULL;
	for (size_t i = 0; i < DS_ARRAY_LEN(map); i++)
		if (!strcmp(p, map[i][0]))
			return map[i][1];
	return p;
}

void ds_mention_public(const struct dossier_kb *kb, const struct ds_mention *in,
		       struct dossier_mention *out)
{
	const struct ds_entity *e = &kb->ents[in->entity];
	memset(out, 0, sizeof *out);
	out->start = in->start;
	out->end = in->end;
	out->kind = (enum dossier_kind)e->kind;
	out->form = (enum dossier_form)in->form;
	out->prep = display_prep(in->prep);
	out->category = e->category;
	const struct ds_entity *who = e;
	if (e->kind == DOSSIER_KIND_ROLE) {
		out->role = e->role;
		who = in->person >= 0 ? &kb->ents[in->person] : NULL;
	}
	if (who) {
		out->id = who->id;
		out->name = who->name;
		out->gender = who->gender;
	}
	int32_t st = -1;
	if (e->kind == DOSSIER_KIND_STATE)
		st = in->entity;
	else if (e->kind == DOSSIER_KIND_ORG)
		st = e->state >= 0 ? e->state : in->entity;
	else if (e->kind == DOSSIER_KIND_PERSON)
		st = e->state;
	else if (e->kind == DOSSIER_KIND_ROLE)
		st = e->of;
	if (st >= 0)
		out->state = kb->ents[st].name;
}
