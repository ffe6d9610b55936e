/*
 * ex_stock.c: reports on a state's own stock of materiel (records.md
 * "stock"), French and English, read from the sentence view ex_aid.c builds.
 *
 * A record needs a level word: "épuisés", "vidés", "depleted", "exhausted"
 * (depleted); "bas", "s'épuisent", "diminuent", "low", "dwindling",
 * "pénurie", "manque", "à court de", "shortage", "lack", "running low"
 * (low); "suffisants", "sufficient", "ample" (adequate). Level words of
 * height ("bas", "low", "suffisants") count only with a stock word
 * ("stocks", "réserves", "stockpiles"); shortage words count with a named
 * system or category in the sentence. The holder is the state named with
 * the stock ("les stocks de l'Allemagne", "les stocks américains", "US
 * stocks"), the speaker for "nos stocks"/"our stocks", the subject of the
 * clause, else the holder of the report just before; the category is the
 * system or category word nearest the stock (a named system first), else
 * the one the sentences before spoke of. One record per sentence.
 */
#include <string.h>

#include "ex_aid.h"

enum { L_NONE = 0, L_DEPLETED = DS_LEVEL_DEPLETED, L_LOW = DS_LEVEL_LOW,
       L_ADEQUATE = DS_LEVEL_ADEQUATE };

static const char *const stock_words[] = {
	"stocks", "stock", "reserves", "reserve", "inventaire", "inventaires", "arsenal", "arsenaux",
	"stockpiles", "stockpile", "inventories", "inventory", "supplies", "approvisionnements",
	"entrepots", "warehouses", "depots", NULL,
};

/* Level words that need a stock word ("les stocks ... étaient bas"). */
static const struct {
	const char *w;
	uint8_t level;
} height_words[] = {
	{"bas", L_LOW},          {"basse", L_LOW},       {"basses", L_LOW},
	{"low", L_LOW},          {"faible", L_LOW},      {"faibles", L_LOW},
	{"diminuent", L_LOW},    {"diminue", L_LOW},     {"amenuisent", L_LOW},
	{"fondent", L_LOW},      {"dwindling", L_LOW},   {"dwindle", L_LOW},
	{"shrinking", L_LOW},    {"insuffisants", L_LOW}, {"insuffisantes", L_LOW},
	{"insuffisant", L_LOW},  {"insufficient", L_LOW}, {"limites", L_LOW},
	{"limite", L_LOW},       {"limitee", L_LOW},     {"limitees", L_LOW},
	{"limited", L_LOW},
	{"epuisent", L_LOW},     {"epuise", L_DEPLETED}, {"epuises", L_DEPLETED},
	{"epuisee", L_DEPLETED}, {"epuisees", L_DEPLETED}, {"vides", L_DEPLETED},
	{"vide", L_DEPLETED},    {"videe", L_DEPLETED},  {"videes", L_DEPLETED},
	{"depleted", L_DEPLETED}, {"exhausted", L_DEPLETED}, {"drained", L_DEPLETED},
	{"empty", L_DEPLETED},   {"emptied", L_DEPLETED}, {"depleting", L_LOW},
	{"suffisants", L_ADEQUATE}, {"suffisantes", L_ADEQUATE}, {"suffisant", L_ADEQUATE},
	{"sufficient", L_ADEQUATE}, {"adequate", L_ADEQUATE}, {"ample", L_ADEQUATE},
	{"plentiful", L_ADEQUATE},
	/* "has been significantly reduced", "ont fondu", "a diminué" */
	{"reduced", L_LOW},      {"shrunk", L_LOW},      {"dwindled", L_LOW},
	{"fondu", L_LOW},        {"reduits", L_LOW},
	{"reduit", L_LOW},       {"reduites", L_LOW},
};

/* Shortage words: enough with a named system or category ("un manque
 * d'obus", "a shortage of shells", "à court de munitions"). */
static const char *const short_words[] = {
	"penurie", "penuries", "manque", "manquent", "manquait", "manquaient", "shortage",
	"shortages", "shortfall", "shortfalls", "lack", "lacks", "lacked", "lacking", "rares",
	"scarce", NULL,
};

static int word_at(const struct ds_sentview *v, size_t i, const char *w)
{
	return i < v->n && v->u[i].kind == DS_U_WORD && ds_unit_is(v, i, w);
}

static int word_among(const struct ds_sentview *v, size_t i, const char *const *ws)
{
	return i < v->n && v->u[i].kind == DS_U_WORD && ds_unit_in(v, i, ws);
}

static const char *prep_at(const struct ds_sentview *v, size_t i);
static int genitive(const char *p);

/* The level said by unit i, if any. */

/* Is "enough" at i limited by what follows in its sentence: "enough
 * shells for only three days", "assez d'obus pour quelques jours
 * seulement"? */
static int limited_after(const struct ds_sentview *v, size_t i)
{
	static const char *const limit[] = {"only", "just", "barely", "seulement", "que", "qu'",
					    "days", "weeks", "jours", "semaines", NULL};
	for (size_t k = i + 1; k < v->n && k <= i + 10; k++)
		if (word_among(v, k, limit))
			return 1;
	return 0;
}

static uint8_t level_at(const struct ds_sentview *v, size_t i, int *needs_stock)
{
	*needs_stock = 1;
	if (v->u[i].kind != DS_U_WORD)
		return L_NONE;
	for (size_t k = 0; k < DS_ARRAY_LEN(height_words); k++)
		if (ds_unit_is(v, i, height_words[k].w))
			return height_words[k].level;
	/* "les stocks sont à sec": empty */
	if (ds_unit_is(v, i, "sec") && i > 0 && word_at(v, i - 1, "\xc3\xa0"))
		return L_DEPLETED;
	*needs_stock = 0;
	if (word_among(v, i, short_words))
		return L_LOW;
	/* "à court de", "short of", "running low/out" */
	if ((ds_unit_is(v, i, "court") && i > 0 && word_at(v, i - 1, "\xc3\xa0") &&
	     (word_at(v, i + 1, "de") || word_at(v, i + 1, "d'") ||
	      (i + 1 < v->n && v->u[i + 1].kind == DS_U_MENTION))) ||
	    (ds_unit_is(v, i, "short") && word_at(v, i + 1, "of")) ||
	    (ds_unit_is(v, i, "running") && (word_at(v, i + 1, "low") || word_at(v, i + 1, "out"))))
		return L_LOW;
	/* "has (almost) no ammunition left", "little ammunition left", "few
	 * shells left" */
	if (ds_unit_is(v, i, "left") && i >= 2) {
		int cat = 0;
		for (size_t k = i; k-- > 0 && k + 5 >= i;) {
			const struct ds_unit *u = &v->u[k];
			if (u->kind == DS_U_MENTION &&
			    (u->role == DS_R_ITEM || u->role == DS_R_CAT))
				cat = 1;
			else if (cat && (word_at(v, k, "no") || word_at(v, k, "little") ||
					 word_at(v, k, "few")))
				return word_at(v, k, "no") ? L_DEPLETED : L_LOW;
		}
	}
	/* "il ne reste plus (que quelques) obus": none, or few */
	if ((ds_unit_is(v, i, "reste") || ds_unit_is(v, i, "restent")) && i > 0 &&
	    word_at(v, i - 1, "ne") && word_at(v, i + 1, "plus")) {
		*needs_stock = 0;
		return word_at(v, i + 2, "que") || word_at(v, i + 2, "qu'") ? L_LOW : L_DEPLETED;
	}
	/* "has no more howitzers (to give)", "n'a plus d'obusiers (à donner)":
	 * none left, when what is said follows */
	if (ds_unit_is(v, i, "more") && i >= 2 && word_at(v, i - 1, "no") &&
	    (word_at(v, i - 2, "has") || word_at(v, i - 2, "have") || word_at(v, i - 2, "had")) &&
	    !word_at(v, i + 1, "than"))
		return L_DEPLETED;
	/* ... "n'a presque plus d'obus": few */
	static const char *const almost[] = {"presque", "quasiment", "pratiquement", NULL};
	size_t al = ds_unit_is(v, i, "plus") && i >= 3 && word_among(v, i - 1, almost) ? 1 : 0;
	if (ds_unit_is(v, i, "plus") && i >= 2 + al && word_at(v, i - 2 - al, "n'") &&
	    (word_at(v, i - 1 - al, "a") || word_at(v, i - 1 - al, "ont") ||
	     word_at(v, i - 1 - al, "avait") || word_at(v, i - 1 - al, "avaient") ||
	     word_at(v, i - 1 - al, "dispose") || word_at(v, i - 1 - al, "disposent")) &&
	    (word_at(v, i + 1, "de") || word_at(v, i + 1, "d'") ||
	     (i + 1 < v->n && genitive(prep_at(v, i + 1)))))
		return al ? L_LOW : L_DEPLETED;
	/* "has fallen to worrying levels", "à des niveaux inquiétants" (with
	 * a stock word) */
	static const char *const worrying[] = {
		"worrying", "alarming", "dangerous", "critical", "inquietants", "alarmants",
		"critiques", "preoccupants", "inquietant", "alarmant", "critique", "preoccupant",
		"dangereusement", "historiquement", NULL};
	if ((ds_unit_is(v, i, "levels") || ds_unit_is(v, i, "level") ||
	     ds_unit_is(v, i, "niveaux") || ds_unit_is(v, i, "niveau")) &&
	    ((i > 0 && word_among(v, i - 1, worrying)) || word_among(v, i + 1, worrying)))
		return L_LOW;
	/* "has run out of shells", "ran out": none left */
	if ((ds_unit_is(v, i, "run") || ds_unit_is(v, i, "ran")) && word_at(v, i + 1, "out"))
		return L_DEPLETED;
	/* "has run down its stocks", "running down stockpiles", "has been
	 * drawn down": drawn low */
	if ((ds_unit_is(v, i, "run") || ds_unit_is(v, i, "ran") || ds_unit_is(v, i, "running") ||
	     ds_unit_is(v, i, "drawn") || ds_unit_is(v, i, "drawing")) &&
	    word_at(v, i + 1, "down")) {
		*needs_stock = 1;
		return L_LOW;
	}
	/* "dispose de suffisamment de munitions", "a assez d'obus", "has
	 * enough shells": adequate, unless negated ("n'a pas assez") */
	if ((ds_unit_is(v, i, "suffisamment") || ds_unit_is(v, i, "assez")) && i >= 2 &&
	    (word_at(v, i + 1, "de") || word_at(v, i + 1, "d'") ||
	     (i + 1 < v->n && genitive(prep_at(v, i + 1))))) {
		static const char *const have_fr[] = {"a", "ont", "avait", "avaient", "aura",
						      "auront", "dispose", "disposent", "possede",
						      "possedent", "disposait", NULL};
		/* ("n'a pas (plus) assez de": too few) */
		int not = word_at(v, i - 1, "pas") || word_at(v, i - 1, "plus");
		size_t h = not ? i - 2 : i - 1;
		if (word_at(v, h, "de") && h > 0) /* "dispose de suffisamment de" */
			h--;
		if (word_among(v, h, have_fr) && (not || !limited_after(v, i))) {
			*needs_stock = 0;
			return not ? L_LOW : L_ADEQUATE;
		}
	}
	if (ds_unit_is(v, i, "enough") && i > 0 &&
	    (word_at(v, i - 1, "has") || word_at(v, i - 1, "have") || word_at(v, i - 1, "had")) &&
	    !(i > 1 && (word_at(v, i - 2, "not") || word_at(v, i - 2, "'t") ||
			word_at(v, i - 2, "never"))) &&
	    !limited_after(v, i)) {
		*needs_stock = 0;
		return L_ADEQUATE;
	}
	/* "only enough ammunition for", "not enough shells" */
	if (ds_unit_is(v, i, "enough") && i > 0 &&
	    (word_at(v, i - 1, "only") || word_at(v, i - 1, "barely") || word_at(v, i - 1, "not") ||
	     word_at(v, i - 1, "'t") || (i > 1 && word_at(v, i - 2, "not"))))
		return L_LOW;
	/* a stock counted in days: "only two days of ammunition", "n'a plus
	 * que quelques jours de munitions" */
	/* ... or that lasts so long: "reserves would last only two days",
	 * "les stocks ne tiendraient que quelques jours" (with a stock word) */
	static const char *const last[] = {"last", "lasts", "durer", "tenir", "tiendraient",
					   "tiendront", "dureraient", "dureront", NULL};
	if (ds_unit_is(v, i, "jours") || ds_unit_is(v, i, "days") || ds_unit_is(v, i, "semaines") ||
	    ds_unit_is(v, i, "weeks")) {
		int of = word_at(v, i + 1, "de") || word_at(v, i + 1, "d'") ||
			 word_at(v, i + 1, "of") || (i + 1 < v->n && genitive(prep_at(v, i + 1)));
		int lasts = 0;
		for (size_t k = i; k-- > 0 && k + 6 >= i && !lasts;)
			lasts = word_among(v, k, last);
		/* "pour quelques jours seulement", "for two days only" */
		if (!of && (word_at(v, i + 1, "seulement") || word_at(v, i + 1, "only")) &&
		    i > 0 && (v->u[i - 1].kind == DS_U_NUM || word_at(v, i - 1, "quelques") ||
			      word_at(v, i - 1, "few"))) {
			*needs_stock = 0;
			return L_LOW;
		}
		if (of || lasts)
			for (size_t k = i; k-- > 0 && k + 4 >= i;)
				if (word_at(v, k, "que") || word_at(v, k, "qu'") ||
				    word_at(v, k, "only") || word_at(v, k, "just")) {
					*needs_stock = !of;
					return L_LOW;
				}
	}
	return L_NONE;
}

/* An adverb between a level word and what lacks: "manque cruellement de",
 * "severely short of". */
static int adverb(const struct ds_sentview *v, size_t i)
{
	if (i >= v->n || v->u[i].kind != DS_U_WORD)
		return 0;
	static const char *const when[] = {"desormais", "toujours", "encore", "deja", "maintenant",
					   "already", "still", "now", NULL};
	const char *w = ds_unit_word(v, i);
	size_t n = v->u[i].n;
	return (n > 5 && !strcmp(w + n - 4, "ment")) || (n > 4 && !strcmp(w + n - 2, "ly")) ||
	       ds_unit_in(v, i, when);
}

/* Nouns after which a demonym names whose stock it is: "l'armée
 * ukrainienne", "le front ukrainien", "German troops". */
static int forces_word(const struct ds_sentview *v, size_t i)
{
	static const char *const w[] = {"armee", "forces", "troupes", "soldats", "front", "unites",
					"brigades", "aviation", "marine", "army", "military",
					"troops", "soldiers", "navy", NULL};
	/* a category too: "l'artillerie ukrainienne", "les chars ukrainiens" */
	return word_among(v, i, w) ||
	       (i < v->n && v->u[i].kind == DS_U_MENTION && v->u[i].role == DS_R_CAT);
}

static int prep_like(const char *p, const char *q)
{
	if (!p)
		return 0;
	for (; *p && *q; p++, q++)
		if (*p != *q && !((*p == '\'' || *p == ' ') && (*q == '\'' || *q == ' ')))
			return 0;
	return !*p && !*q;
}

static const char *prep_at(const struct ds_sentview *v, size_t i)
{
	return v->u[i].m >= 0 ? v->doc->mentions[v->u[i].m].prep : NULL;
}

static int genitive(const char *p)
{
	return prep_like(p, "de ") || prep_like(p, "d'") || prep_like(p, "du ") ||
	       prep_like(p, "des ") || prep_like(p, "de la ") || prep_like(p, "de l'");
}

static int oblique(const char *p)
{
	return prep_like(p, "a la ") || prep_like(p, "a l'") || prep_like(p, "au ") ||
	       prep_like(p, "aux ") || prep_like(p, "en ");
}

/* The state a party mention stands for (a state, or the state of a
 * person, role or organisation), or -1. */
static int32_t state_of(const struct ds_sentview *v, size_t i)
{
	const struct ds_unit *u = &v->u[i];
	const struct dossier_kb *kb = v->kb;
	if (u->kind != DS_U_MENTION || (u->role != DS_R_PROV && u->role != DS_R_UKR))
		return -1;
	int32_t e = v->doc->mentions[u->m].entity;
	for (int depth = 0; depth < 3 && e >= 0; depth++) {
		const struct ds_entity *x = &kb->ents[e];
		if (x->kind == DOSSIER_KIND_STATE)
			return e;
		e = x->kind == DOSSIER_KIND_ROLE ? x->of : x->state;
	}
	return -1;
}

/* Is mention i the holder of the stock word at s: "les stocks de
 * l'Allemagne", "les stocks américains", "US stocks", "Germany's stocks"? */
static int holder_of_stock(const struct ds_sentview *v, size_t s, size_t i)
{
	const struct ds_unit *u = &v->u[i];
	if (i > s)
		return (u->form == DOSSIER_FORM_DEMONYM && i == s + 1) || genitive(prep_at(v, i));
	/* before: "US stocks", "Germany's stocks", "American stockpiles",
	 * "French ammunition stocks", "Germany's Patriot stocks" */
	size_t k = i + 1;
	if (k < s && word_at(v, k, "'s"))
		k++;
	for (size_t n = 0; k < s && n < 2 && v->u[k].kind == DS_U_MENTION &&
			   (v->u[k].role == DS_R_ITEM || v->u[k].role == DS_R_CAT);
	     n++)
		k++;
	return k == s;
}

const char *ds_stock_word_at(size_t i)
{
	static const char *const more[] = {"court", "short", "running", "run", "ran", "enough",
					   "jours", "days", "semaines", "weeks", "sec", "left",
					   "reste", "restent", "more", "plus", "drawn", "drawing",
					   "suffisamment", "assez", "levels", "level", "niveaux",
					   "niveau"};
	size_t n = DS_ARRAY_LEN(stock_words) - 1;
	if (i < n)
		return stock_words[i];
	i -= n;
	if (i < DS_ARRAY_LEN(height_words))
		return height_words[i].w;
	i -= DS_ARRAY_LEN(height_words);
	n = DS_ARRAY_LEN(short_words) - 1;
	if (i < n)
		return short_words[i];
	i -= n;
	return i < DS_ARRAY_LEN(more) ? more[i] : NULL;
}

void ds_stock_sentence(struct dossier_doc *doc, const struct ds_sentview *v,
		       struct ds_stock_ctx *ctx)
{
	size_t n = v->n;
	int any = 0;
	for (size_t i = 0; i < n && !any; i++)
		any = v->u[i].stockish;
	if (!any)
		goto remember;
	/* the level and where the stock is said */
	size_t lpos = n, spos = n;
	uint8_t level = L_NONE;
	int needs = 1;
	for (size_t i = 0; i < n; i++) {
		if (!v->u[i].stockish)
			continue;
		if (spos == n && word_among(v, i, stock_words))
			spos = i;
		int ns;
		uint8_t l = level_at(v, i, &ns);
		/* "s'épuisent": reflexive, the stock runs low */
		if (l && ds_unit_is(v, i, "epuise") && i > 0 && word_at(v, i - 1, "s'"))
			l = L_LOW;
		if (l && level == L_NONE) {
			level = l;
			lpos = i;
			needs = ns;
		}
	}
	if (level == L_NONE)
		goto remember;
	/* "un manque d'obus", "a shortage of shells", "une pénurie de
	 * fournitures", "les munitions manquent": the thing that lacks is said */
	if (!needs && (spos == n || (spos > lpos ? spos - lpos : lpos - spos) > 14)) {
		int said = 0;
		for (size_t i = lpos + 1; i < n && i <= lpos + 4 && !said; i++) {
			const struct ds_unit *u = &v->u[i];
			if (u->kind == DS_U_MENTION && (u->role == DS_R_ITEM || u->role == DS_R_CAT))
				said = 1;
			else if (word_among(v, i, stock_words) || word_at(v, i, "fournitures"))
				said = 1;
			else if (!(word_at(v, i, "de") || word_at(v, i, "d'") || word_at(v, i, "of") ||
				   word_at(v, i, "en") || word_at(v, i, "on") || word_at(v, i, "low") ||
				   word_at(v, i, "out") || adverb(v, i) ||
				   /* "il ne reste plus que quelques obus" */
				   word_at(v, i, "plus") || word_at(v, i, "que") ||
				   word_at(v, i, "qu'") || word_at(v, i, "quelques")))
				break;
		}
		/* "les munitions manquent", "shells are scarce"; a stock counted in
		 * days, named before: "enough ammunition for only two days of
		 * combat", "des obus pour quelques jours seulement" */
		int days = ds_unit_is(v, lpos, "days") || ds_unit_is(v, lpos, "jours") ||
			   ds_unit_is(v, lpos, "weeks") || ds_unit_is(v, lpos, "semaines");
		for (size_t i = lpos; i-- > 0 && i + (days ? 6 : 4) >= lpos && !said;) {
			const struct ds_unit *u = &v->u[i];
			if (u->kind == DS_U_MENTION && (u->role == DS_R_ITEM || u->role == DS_R_CAT) &&
			    (days || ds_unit_is(v, lpos, "manquent") || ds_unit_is(v, lpos, "rares") ||
			     ds_unit_is(v, lpos, "scarce") || ds_unit_is(v, lpos, "left")))
				said = 1;
		}
		if (!said)
			goto remember;
	}
	if (needs && (spos == n || (spos > lpos ? spos - lpos : lpos - spos) > 14))
		goto remember;
	size_t anchor = spos < n ? spos : lpos;
	/* the system or category nearest the stock, a named one first */
	/* stocks are mostly of ammunition: a munition said near wins over a
	 * weapon ("les stocks d'artillerie ... d'obus d'artillerie") */
	int32_t item = -1;
	const char *cat = NULL;
	size_t best = (size_t)-1;
	for (int pass = 0; pass < 3 && !cat; pass++)
		for (size_t i = 0; i < n; i++) {
			const struct ds_unit *u = &v->u[i];
			if (u->kind != DS_U_MENTION || u->generic || u->package || !u->cat)
				continue;
			if (pass == 0 && u->role != DS_R_ITEM)
				continue;
			if (pass == 1 && !(u->role == DS_R_CAT && (!strcmp(u->cat, "ammunition") ||
								     !strcmp(u->cat, "artillery ammunition"))))
				continue;
			if (pass == 2 && u->role != DS_R_CAT)
				continue;
			size_t d = i > anchor ? i - anchor : anchor - i;
			if (d > (pass == 1 ? 16u : 12u) || d >= best)
				continue;
			best = d;
			cat = u->cat;
			item = pass == 0 ? u->ent : -1;
		}
	if (!cat && ctx->cat && v->sent - ctx->cat_sent <= 3) {
		cat = ctx->cat;
		item = ctx->item;
	}
	if (!cat)
		goto remember;
	/* the holder */
	const struct dossier_kb *kb = v->kb;
	int32_t holder = -1;
	if (spos < n)
		for (size_t i = spos > 3 ? spos - 3 : 0; i < n && i <= spos + 8 && holder < 0; i++)
			if (state_of(v, i) >= 0 && holder_of_stock(v, spos, i))
				holder = state_of(v, i);
	int first = 0;
	for (size_t i = 0; i < n && holder < 0; i++)
		if (word_at(v, i, "nous") || word_at(v, i, "notre") || word_at(v, i, "nos") ||
		    word_at(v, i, "we") || word_at(v, i, "our"))
			first = 1;
	if (holder < 0 && first) {
		for (size_t i = 0; i < n && holder < 0; i++)
			if (v->u[i].kind == DS_U_MENTION &&
			    (v->u[i].form == DOSSIER_FORM_ROLE || v->u[i].form == DOSSIER_FORM_SHORT ||
			     v->u[i].form == DOSSIER_FORM_NAME) &&
			    kb->ents[v->doc->mentions[v->u[i].m].entity].kind != DOSSIER_KIND_STATE)
				holder = state_of(v, i) >= 0 ? state_of(v, i) : -1;
		if (holder < 0 && ctx->speaker >= 0 && v->sent - ctx->speaker_sent <= 2)
			holder = ctx->speaker;
	}
	/* "les munitions manquent (cruellement) à l'armée française", "il ne
	 * reste plus de Mistral à la France": who lacks is after "à" */
	if (holder < 0 && (ds_unit_is(v, lpos, "manquent") || ds_unit_is(v, lpos, "manque") ||
			   ds_unit_is(v, lpos, "reste") || ds_unit_is(v, lpos, "restent")))
		for (size_t i = lpos + 1; i < n && i <= lpos + 10 && holder < 0; i++) {
			if (v->u[i].kind == DS_U_PUNCT)
				break;
			if (state_of(v, i) >= 0 && oblique(prep_at(v, i)))
				holder = state_of(v, i);
		}
	/* the subject: the first party of the sentence that is no place
	 * ("l'armée de Kiev doit", "Ukraine is running low") */
	size_t subj = n; /* the subject found so, for those coordinated with it */
	for (size_t i = 0; i < n && holder < 0 && !first; i++) {
		const struct ds_unit *u = &v->u[i];
		if (state_of(v, i) < 0 || oblique(prep_at(v, i)))
			continue;
		if (u->form == DOSSIER_FORM_DEMONYM && !(u->cap && prep_at(v, i)) &&
		    !(i > 0 && forces_word(v, i - 1)) && !forces_word(v, i + 1))
			continue;
		if (genitive(prep_at(v, i)) && !(i > 0 && forces_word(v, i - 1)))
			continue;
		holder = state_of(v, i);
		subj = i;
	}
	if (holder < 0 && ctx->holder >= 0 && v->sent - ctx->holder_sent <= 3)
		holder = ctx->holder;
	if (holder < 0)
		goto remember;
	ds_grow(&doc->stock, &doc->cap_stock, doc->n_stock + 1, sizeof *doc->stock);
	struct ds_stock *k = &doc->stock[doc->n_stock++];
	k->holder = holder;
	k->item = item;
	k->category = cat;
	k->level = level;
	k->sent = v->sent;
	ctx->holder = holder;
	ctx->holder_sent = v->sent;
	ctx->cat = cat;
	ctx->item = item;
	ctx->cat_sent = v->sent;
	/* "Germany and France have depleted their stocks": each holder */
	for (size_t i = subj + 1; i + 1 < n && subj < n; i += 2) {
		const struct ds_unit *c = &v->u[i];
		int coord = (c->kind == DS_U_WORD &&
			     (ds_unit_is(v, i, "and") || ds_unit_is(v, i, "et"))) ||
			    (c->kind == DS_U_PUNCT && c->punct == ',');
		int32_t other = state_of(v, i + 1);
		if (!coord || other < 0 || other == holder || oblique(prep_at(v, i + 1)) ||
		    v->u[i + 1].form == DOSSIER_FORM_DEMONYM)
			break;
		ds_grow(&doc->stock, &doc->cap_stock, doc->n_stock + 1, sizeof *doc->stock);
		struct ds_stock *o = &doc->stock[doc->n_stock++];
		*o = doc->stock[doc->n_stock - 2];
		o->holder = other;
	}
	return;
remember:
	/* what a later "notre stock" may speak of */
	for (size_t i = 0; i < n; i++) {
		const struct ds_unit *u = &v->u[i];
		if (u->kind == DS_U_MENTION && (u->role == DS_R_ITEM || u->role == DS_R_CAT) &&
		    !u->generic && !u->package && u->cat) {
			ctx->cat = u->cat;
			ctx->item = u->role == DS_R_ITEM ? u->ent : -1;
			ctx->cat_sent = v->sent;
		}
	}
}
