/*
 * ex_aid.h: what the aid and stock extractors share (records.md "aid",
 * "stock"): the number and money reader (ex_number.c), the event-date
 * resolver (ex_when.c), and the per-sentence view of words and mentions
 * that ex_aid.c builds and ex_stock.c reads. Internal to libdossier.
 */
#ifndef DS_EX_AID_H
#define DS_EX_AID_H

#include <string.h>

#include "ds.h"

/* --- ex_number.c: numbers and amounts of money ----------------------------- */

/* A number read from text: digits ("14", "12 400", "500,000", "2,5"),
 * words ("quatorze", "dix-huit", "fourteen", "half a million"), a scale
 * ("400 millions", "$2.5 billion", "£2.3bn") and a currency before or after
 * ("$", "€", "£", "dollars", "d'euros", "dollars canadiens", "NOK"). */
struct ds_number {
	double value;         /* scale applied: "2,5 milliards" -> 2.5e9 */
	uint32_t start, end;  /* [start, end) bytes of the text read */
	uint8_t approx;       /* "une trentaine", "dozens", "des milliers": not a count */
	uint8_t words;        /* written in words */
	uint8_t scaled;       /* a scale word or suffix was read */
	uint8_t dollar;       /* the currency is a bare "$" or "dollars" (1) or a bare
			       * "couronnes", "kroner" (2): whose is for the caller to say
			       * (USD unless the context is Canadian...; the crown of the
			       * Nordic or Czech state in the sentence) */
	const char *currency; /* ISO 4217 code (static) when money, else NULL */
	uint8_t dot3;         /* digits read as "d.ddd", one dot and three digits: a
			       * decimal in English, a thousands group in French
			       * ("2.500 obus"), for the caller who knows the language */
};

/* Reads the number or amount that starts at s[pos] (a digit, a number word,
 * or a currency sign or code before a number) within s[0, len). Returns 1
 * and fills *out, or 0 when no number starts there. Never reads past len;
 * any bytes are accepted. */
int ds_number_parse(const char *s, size_t len, size_t pos, struct ds_number *out);
/* The i-th word that can start a number ("quatorze", "une", "dozens"),
 * folded, or NULL past the last: for the lexicon of ex_aid.c. */
const char *ds_number_word_at(size_t i);

/* --- ex_when.c: the date of an event --------------------------------------- */

/* The date of the event told in text[start, end) (a sentence), as far as
 * the text allows, written as YYYY, YYYY-MM or YYYY-MM-DD into out:
 * explicit dates ("le 4 mai", "April 18, 2023", "en novembre 2022"),
 * weekdays ("samedi", "last Friday") and relative expressions ("la semaine
 * dernière", "hier", "au début du mois", "last month") resolved against
 * the publication date `pub` (YYYY[-MM[-DD]], or NULL); failing those, the
 * publication date itself; failing that, "". Returns the precision written
 * (0 none, 1 year, 2 month, 3 day). */
int ds_when(const char *text, size_t start, size_t end, const char *pub, char out[11]);

/* --- the sentence view (ex_aid.c, read by ex_stock.c) ---------------------- */

enum ds_unit_kind { DS_U_WORD = 1, DS_U_NUM, DS_U_PUNCT, DS_U_MENTION };

/* What a mention is to the aid rules. */
enum ds_role {
	DS_R_NONE = 0,
	DS_R_PROV,  /* a possible provider: a state, NATO/EU, or who acts for one */
	DS_R_UKR,   /* Ukraine, or who acts for it (the recipient, the requester) */
	DS_R_ENEMY, /* Russia and its side: never a provider */
	DS_R_ITEM,  /* a named system (materiel) */
	DS_R_CAT,   /* a category word */
	DS_R_OTHER  /* any other name (a company, a person of another state) */
};

/* One unit of a sentence: a word, a number, a punctuation mark, or a whole
 * knowledge-base mention. */
struct ds_unit {
	uint32_t start, end; /* [start, end) bytes of the document text */
	uint32_t f, n;       /* folded form: offset in the view's buffer, length */
	int32_t m;           /* mention index in doc->mentions, or -1 */
	int32_t ent;         /* providers: the state/organisation; items: materiel */
	const char *cat;     /* items and categories: records.md category */
	double num;          /* numbers: the value */
	const char *currency; /* numbers: ISO code when money */
	uint8_t kind;        /* enum ds_unit_kind */
	uint8_t role;        /* enum ds_role, mentions only */
	uint8_t form;        /* mentions: enum dossier_form */
	uint8_t punct;       /* punctuation: the ASCII mark ('"' for quotation marks) */
	uint8_t cap;         /* starts with a capital letter */
	uint8_t glued;       /* no space before it ("US-supplied", "d'armes") */
	uint8_t approx;      /* numbers: an order of magnitude, not a count */
	uint8_t dollar;      /* numbers: a bare dollar amount */
	uint8_t generic;     /* categories: "armes", "weapons", "équipement" */
	uint8_t package;     /* categories: 1 an aid package, 2 bare "aide militaire" */
	uint8_t acute;       /* a word ending in "é" (a participle, not "livre") */
	uint8_t stockish;    /* a word of a stock report (ds_stock_word_at) */
	uint8_t unnamed;     /* words: "member" of "a NATO member", a party unnamed */
	uint16_t lex;        /* ex_aid.c: lexicon entry + 1, or 0 */
};

struct ds_sentview {
	const struct dossier_doc *doc;
	const struct dossier_kb *kb;
	uint32_t sent;            /* sentence index */
	struct ds_unit *u;
	size_t n;
	const char *fold;         /* folded forms of the units */
	int fr;                   /* the document is French */
};

/* ds_when on the words of a sentence view already cut (ex_when.c). */
int ds_when_view(const struct ds_sentview *v, const char *pub, char out[11]);
/* The same, and every date the sentence tells put in hits (at most max,
 * *nhits set), each with the unit it starts at: a sentence may tell two
 * events ("sent 14 tanks in February and will send 60 in March"). */
struct ds_when_hit {
	size_t at;
	char date[11];
};
int ds_when_view_all(const struct ds_sentview *v, const char *pub, char out[11],
		     struct ds_when_hit *hits, size_t max, size_t *nhits);

/* The folded form of unit i of a view, NUL-terminated. */
static inline const char *ds_unit_word(const struct ds_sentview *v, size_t i)
{
	return v->fold + v->u[i].f;
}

/* Does unit i's folded form equal the word w? (Inlined: the rules ask
 * hundreds of times a sentence; the first byte tells most words apart
 * without a call.) */
static inline int ds_unit_is(const struct ds_sentview *v, size_t i, const char *w)
{
	if (i >= v->n)
		return 0;
	const char *f = v->fold + v->u[i].f;
	return f[0] == w[0] && !strcmp(f, w);
}

/* Does unit i's folded form equal one of the NULL-terminated words? */
static inline int ds_unit_in(const struct ds_sentview *v, size_t i, const char *const *words)
{
	if (i >= v->n)
		return 0;
	const char *f = v->fold + v->u[i].f;
	for (; *words; words++)
		if (f[0] == (*words)[0] && !strcmp(f, *words))
			return 1;
	return 0;
}

/* ex_stock.c: the stock records of one sentence view (records.md
 * "stock"). The context carries what the sentences before said and is
 * updated: the last holder, the last system or category spoken of, and the
 * state of the last person or role named (who "nous"/"we" may be). */
struct ds_stock_ctx {
	int32_t holder;
	size_t holder_sent;
	int32_t item;
	const char *cat;
	size_t cat_sent;
	int32_t speaker;
	size_t speaker_sent;
};
void ds_stock_sentence(struct dossier_doc *doc, const struct ds_sentview *v,
		       struct ds_stock_ctx *ctx);
/* The i-th word a stock report is read from ("stocks", "épuisés",
 * "shortage"), folded, or NULL past the last: ex_aid.c marks the units
 * holding one (ds_unit.stockish) so that other sentences cost nothing. */
const char *ds_stock_word_at(size_t i);

#endif
