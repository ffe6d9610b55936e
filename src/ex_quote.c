/*
 * ex_quote.c: direct quotations and who said them (records.md "quote").
 *
 * Two passes over the clean text. The scanner finds quoted spans paragraph
 * by paragraph, for every style of mark: « » (with or without inner
 * spaces), “ ” „ “, " ", and ‘ ’ / ' ' used as marks (not as apostrophes);
 * marks used the wrong way round (« … «) close; quotes nested in quotes stay
 * inside; a quote still open at the end of a paragraph ends there (French
 * multi-paragraph quotations reopen each paragraph: one record each; a quote
 * cut off at the end of a text is kept). Names and scare quotes of a word or
 * two are not quotations.
 *
 * Attribution then reads the words around each quote with a lexicon of
 * reporting verbs in French and English (a few hundred forms, generated from
 * lemmas below): after the quote ("», a déclaré X", "», dit-elle", "," he
 * added", "” X said"), before it ("X a déclaré : «", "X said: “", "X a
 * déclaré que «", "selon X, «", "according to X"), and, failing both, the
 * speaker of the quote just before (consecutive quotes). The speaker is a
 * knowledge-base mention (person, role resolved by date, organisation), a
 * pronoun or a definite "le ministre"/"the minister" resolved to the last
 * person of that gender, or a capitalised name the base does not know. When
 * nothing fits: speaker null, "unnamed", rather than a guess.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "ds.h"

/* --- reporting verbs ------------------------------------------------------ */

enum cue_kind {
	CUE_NONE = 0,
	CUE_VERB,   /* a finite reporting verb or a participle after an auxiliary */
	CUE_AUX,    /* an auxiliary: "a", "ont", "has", "a-t-il" */
	CUE_INV,    /* a verb with its subject pronoun: "dit-il", "affirme-t-elle" */
	CUE_SELON   /* "selon", "according (to)", "d'après" */
};

/* French -er verbs, by folded stem: each gives stem+e, +ent, +a, +ait,
 * +aient, +ant (and, folded, the participle stem+e). */
static const char *const fr_er[] = {
	"declar", "affirm", "ajout", "expliqu", "soulign", "indiqu", "precis", "assur",
	"not", "observ", "rappel", "insist", "annonc", "martel", "lanc", "confi",
	"racont", "ironis", "exclam", "comment", "jug", "consider", "tweet", "deplor",
	"regrett", "denonc", "accus", "souhait", "demand", "exhort", "appel", "plaid",
	"reclam", "resum", "detaill", "list", "argument", "avanc", "relev", "signal",
	"mentionn", "confirm", "ni", "tonn", "fustig", "inquiet", "felicit", "salu",
	"remarqu", "estim", "tranch", "interrog", "lach", "clam", "proclam", "assen",
	"rassur", "avou", "rapport", "constat", "temoign", "jur", "nuanc", "press",
	"implor", "exig", "pari", "rectifi", "objecti", "protest", "raill", "moqu",
	"enchain", "continu", "termin", "rench", "repliqu", "rétorqu", "retorqu",
	"developp", "illustr", "pos", "insinu", "murmur", "cri", "hurl", "lanc",
	"prevoi", "ecart", "previs", "ordonn", "pointe", "explicit", "martel", "resum",
	"ajout", "detaill", "specifi", "certifi", "garant", "invit", "encourag",
	"appuy", "insist", "reaffirm", "reitér", "reiter", "martel", "deplor", "critiqu",
	"condamn", "qualifi", "decri", "defin", "publi", "communiqu", "twitt", "post",
	"rappel", "glis", "lach", "pronostiqu", "anticip", "chiffr", "analys", "souffl",
	"temper", "plaisant", "balay", "tacl", "cingl", "fulmin", "alarm", "indign",
	"emport", "expos", "relativis", "minimis", "justifi", "repet", "persist", "abond",
	"acquiesc", "decrypt", "conced", "argu", "conseill", "preconis", "recommand",
	"sugger", "propos", "evoqu", "interpell", "grond",
	"soupir", "sanglot", "s'exclam", "s'indign", "s'alarm", "s'emport", "s'inquiet",
	"s'interrog", "s'agac", "agac", "tempet", "lament", "menac",
};

/* Other French forms, folded, with their kind. */
static const struct {
	const char *w;
	unsigned char kind;
} fr_forms[] = {
	{"dit", CUE_VERB}, {"disent", CUE_VERB}, {"disait", CUE_VERB}, {"disaient", CUE_VERB},
	{"disant", CUE_VERB}, {"ecrit", CUE_VERB}, {"ecrivent", CUE_VERB}, {"ecrivait", CUE_VERB},
	{"ecrivant", CUE_VERB}, {"poursuit", CUE_VERB}, {"poursuivent", CUE_VERB},
	{"poursuivi", CUE_VERB}, {"poursuivait", CUE_VERB}, {"poursuivant", CUE_VERB},
	{"conclut", CUE_VERB}, {"conclu", CUE_VERB}, {"concluait", CUE_VERB},
	{"concluant", CUE_VERB}, {"repond", CUE_VERB}, {"repondent", CUE_VERB},
	{"repondu", CUE_VERB}, {"repondait", CUE_VERB}, {"repondant", CUE_VERB},
	{"avertit", CUE_VERB}, {"averti", CUE_VERB}, {"avertissent", CUE_VERB},
	{"avertissait", CUE_VERB}, {"previent", CUE_VERB}, {"previennent", CUE_VERB},
	{"prevenu", CUE_VERB}, {"prevenait", CUE_VERB}, {"reconnait", CUE_VERB},
	{"reconnu", CUE_VERB}, {"reconnaissait", CUE_VERB}, {"reconnaissant", CUE_VERB},
	{"admet", CUE_VERB}, {"admis", CUE_VERB}, {"admettait", CUE_VERB}, {"promet", CUE_VERB},
	{"promis", CUE_VERB}, {"promettait", CUE_VERB}, {"soutient", CUE_VERB},
	{"soutenu", CUE_VERB}, {"soutenait", CUE_VERB}, {"dement", CUE_VERB},
	{"denti", CUE_VERB}, {"dementi", CUE_VERB}, {"rencherit", CUE_VERB},
	{"rencheri", CUE_VERB}, {"reprend", CUE_VERB}, {"repris", CUE_VERB},
	{"reprenait", CUE_VERB}, {"reagi", CUE_VERB}, {"reagit", CUE_VERB},
	{"decrit", CUE_VERB}, {"decrivait", CUE_VERB}, {"interjete", CUE_VERB},
	{"previent", CUE_VERB}, {"fait", CUE_AUX}, /* "a fait savoir/remarquer" */
	{"savoir", CUE_VERB}, {"valoir", CUE_VERB}, {"remarquer", CUE_VERB},
	{"a", CUE_AUX}, {"ont", CUE_AUX}, {"avait", CUE_AUX}, {"avaient", CUE_AUX},
	{"aura", CUE_AUX}, {"aurait", CUE_AUX}, {"est", CUE_AUX}, {"sont", CUE_AUX},
	{"s'est", CUE_AUX}, {"se", CUE_AUX}, {"selon", CUE_SELON}, {"d'apres", CUE_SELON},
};

/* English verbs: base, third person, past, -ing ("" for a form that is
 * more often a noun or an adjective: "protests", "proposed"). */
static const char *const en_verbs[][4] = {
	{"say", "says", "said", "saying"},          {"tell", "tells", "told", "telling"},
	{"add", "adds", "added", "adding"},         {"note", "notes", "noted", "noting"},
	{"explain", "explains", "explained", "explaining"},
	{"stress", "stresses", "stressed", "stressing"},
	{"insist", "insists", "insisted", "insisting"},
	{"warn", "warns", "warned", "warning"},     {"write", "writes", "wrote", "writing"},
	{"tweet", "tweets", "tweeted", "tweeting"}, {"post", "posts", "posted", "posting"},
	{"continue", "continues", "continued", "continuing"},
	{"conclude", "concludes", "concluded", "concluding"},
	{"declare", "declares", "declared", "declaring"},
	{"announce", "announces", "announced", "announcing"},
	{"state", "states", "stated", "stating"},   {"argue", "argues", "argued", "arguing"},
	{"claim", "claims", "claimed", "claiming"}, {"remark", "remarks", "remarked", "remarking"},
	{"observe", "observes", "observed", "observing"},
	{"recall", "recalls", "recalled", "recalling"},
	{"underline", "underlines", "underlined", "underlining"},
	{"emphasise", "emphasises", "emphasised", "emphasising"},
	{"emphasize", "emphasizes", "emphasized", "emphasizing"},
	{"reply", "replies", "replied", "replying"},
	{"respond", "responds", "responded", "responding"},
	{"ask", "asks", "asked", "asking"},         {"urge", "urges", "urged", "urging"},
	{"acknowledge", "acknowledges", "acknowledged", "acknowledging"},
	{"admit", "admits", "admitted", "admitting"},
	{"complain", "complains", "complained", "complaining"},
	{"promise", "promises", "promised", "promising"},
	{"pledge", "pledges", "pledged", "pledging"},
	{"predict", "predicts", "predicted", "predicting"},
	{"suggest", "suggests", "suggested", "suggesting"},
	{"describe", "describes", "described", "describing"},
	{"confirm", "confirms", "confirmed", "confirming"},
	{"reiterate", "reiterates", "reiterated", "reiterating"},
	{"assert", "asserts", "asserted", "asserting"},
	{"vow", "vows", "vowed", "vowing"},         {"caution", "cautions", "cautioned", "cautioning"},
	{"report", "reports", "reported", "reporting"},
	{"indicate", "indicates", "indicated", "indicating"},
	{"insist", "insists", "insisted", "insisting"},
	{"quip", "quips", "quipped", "quipping"},   {"recount", "recounts", "recounted", "recounting"},
	{"concede", "concedes", "conceded", "conceding"},
	{"estimate", "estimates", "estimated", "estimating"},
	{"believe", "believes", "believed", "believing"},
	{"comment", "comments", "commented", "commenting"},
	{"reassure", "reassures", "reassured", "reassuring"},
	{"demand", "demands", "demanded", "demanding"},
	{"call", "calls", "called", "calling"},     {"deny", "denies", "denied", "denying"},
	{"point", "points", "pointed", "pointing"}, {"highlight", "highlights", "highlighted", "highlighting"},
	{"maintain", "maintains", "maintained", "maintaining"},
	{"predict", "predicts", "predicted", "predicting"},
	{"summarise", "summarises", "summarised", "summarising"},
	{"summarize", "summarizes", "summarized", "summarizing"},
	{"testify", "testifies", "testified", "testifying"},
	{"exclaim", "exclaims", "exclaimed", "exclaiming"},
	{"stress", "stresses", "stressed", "stressing"},
	{"agree", "agrees", "agreed", "agreeing"},  {"boast", "boasts", "boasted", "boasting"},
	{"contend", "contends", "contended", "contending"},
	{"", "", "countered", ""},
	{"repeat", "repeats", "repeated", "repeating"},
	{"retort", "retorts", "retorted", "retorting"},
	{"reveal", "reveals", "revealed", "revealing"},
	{"lament", "laments", "lamented", "lamenting"},
	{"mention", "mentions", "mentioned", "mentioning"},
	{"", "", "mused", ""},       {"joke", "jokes", "joked", "joking"},
	{"plead", "pleads", "pleaded", "pleading"}, {"scoff", "scoffs", "scoffed", "scoffing"},
	{"allege", "alleges", "alleged", "alleging"},
	{"assure", "assures", "assured", "assuring"},
	{"affirm", "affirms", "affirmed", "affirming"},
		{"criticise", "criticises", "criticised", "criticising"},
	{"criticize", "criticizes", "criticized", "criticizing"},
	{"decry", "decries", "decried", "decrying"},
	{"elaborate", "elaborates", "elaborated", "elaborating"},
	{"", "", "hinted", ""},     {"opine", "opines", "opined", "opining"},
	{"", "", "protested", ""},
	{"reaffirm", "reaffirms", "reaffirmed", "reaffirming"},
	{"reckon", "reckons", "reckoned", "reckoning"},
		{"", "", "reminded", ""},
	{"specify", "specifies", "specified", "specifying"},
	{"speculate", "speculates", "speculated", "speculating"},
	{"underscore", "underscores", "underscored", "underscoring"},
	{"whisper", "whispers", "whispered", "whispering"},
	{"", "", "shouted", ""}, {"", "", "yelled", ""},
		{"", "", "advised", ""},
	{"", "", "appealed", ""},
	{"", "", "begged", ""},       {"brag", "brags", "bragged", "bragging"},
		{"disclose", "discloses", "disclosed", "disclosing"},
	{"grumble", "grumbles", "grumbled", "grumbling"},
		{"mutter", "mutters", "muttered", "muttering"},
	{"recommend", "recommends", "recommended", "recommending"},
	{"", "", "threatened", ""},
	{"", "wonders", "wondered", ""},
	{"acknowledge", "acknowledges", "acknowledged", "acknowledging"},
	{"", "", "blasted", ""},
	{"", "", "signalled", ""},
		{"recollect", "recollects", "recollected", "recollecting"},
	{"interject", "interjects", "interjected", "interjecting"},
	{"", "", "sighed", ""},       {"", "", "laughed", ""},
	{"", "", "chuckled", ""},
};

static const char *const en_aux[] = {"has", "had", "have", "was", "is", "were", "would"};

static int word_eq(const char *w, size_t n, const char *s)
{
	return strlen(s) == n && !memcmp(w, s, n);
}

/* The lexicons, as one map per language from every folded form to its
 * kind, built once (the forms are generated from the lemma tables above). */
static struct ds_map cue_maps[2];
static pthread_once_t cue_once = PTHREAD_ONCE_INIT;

static void put_form(struct ds_map *m, const char *w, int kind)
{
	if (!*w)
		return; /* a form left out: a noun or an adjective too */
	ds_map_put(m, w, strlen(w), (uint32_t)kind, NULL);
}

static void build_cue_maps(void)
{
	ds_map_init(&cue_maps[0]);
	ds_map_init(&cue_maps[1]);
	static const char *const sfx[] = {"e", "ent", "a", "ait", "aient", "ant", "es", "ee",
					  "ees", "erent", "le", "lent"};
	char buf[64];
	/* explicit forms first: a generated form never overrides one ("a") */
	for (size_t i = 0; i < DS_ARRAY_LEN(fr_forms); i++)
		put_form(&cue_maps[1], fr_forms[i].w, fr_forms[i].kind);
	for (size_t i = 0; i < DS_ARRAY_LEN(fr_er); i++)
		for (size_t k = 0; k < DS_ARRAY_LEN(sfx); k++) {
			snprintf(buf, sizeof buf, "%s%s", fr_er[i], sfx[k]);
			put_form(&cue_maps[1], buf, CUE_VERB);
		}
	for (size_t i = 0; i < DS_ARRAY_LEN(en_verbs); i++)
		for (int k = 0; k < 4; k++)
			put_form(&cue_maps[0], en_verbs[i][k], CUE_VERB);
	for (size_t i = 0; i < DS_ARRAY_LEN(en_aux); i++)
		put_form(&cue_maps[0], en_aux[i], CUE_AUX);
	put_form(&cue_maps[0], "according", CUE_SELON);
}

/* The kind of a folded token as a reporting word in the document's language. */
static int cue_kind(const char *w, size_t n, int fr)
{
	pthread_once(&cue_once, build_cue_maps);
	uint32_t v;
	if (n > 40)
		return CUE_NONE;
	return ds_map_get(&cue_maps[fr ? 1 : 0], w, n, &v) ? (int)v : CUE_NONE;
}

/* --- tokens --------------------------------------------------------------- */

/* Titles before a name, folded. */
static int title_word(const char *w, size_t n)
{
	static const char *const titles[] = {"m", "mm", "mme", "mlle", "mr", "mrs", "ms", "dr",
					     "gen", "brig", "lt", "col", "maj", "capt", "adm", "cmdr",
					     "sgt", "sen", "rep", "gov", "pr", "prof", "st"};
	for (size_t i = 0; i < DS_ARRAY_LEN(titles); i++)
		if (strlen(titles[i]) == n && !memcmp(titles[i], w, n))
			return 1;
	return 0;
}

struct tok {
	uint32_t start, end; /* original offsets */
	char f[48];          /* folded, truncated */
	uint8_t n;           /* folded length */
	uint8_t punct;       /* a punctuation token: its ASCII char, or '"' for marks */
	uint8_t cap;         /* starts with a capital letter */
};

#define MAX_TOKS 96

static int is_mark_cp(uint32_t cp)
{
	return cp == '"' || cp == 0xAB || cp == 0xBB || cp == 0x201C || cp == 0x201D ||
	       cp == 0x201E || cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x2039 ||
	       cp == 0x203A;
}

/* Tokenises text[a, b) into at most max tokens: words (letters, digits,
 * inner hyphens and apostrophes: "a-t-il", "l'OTAN") and single punctuation
 * marks. Returns the count. */
static size_t tokenize(const char *text, uint32_t a, uint32_t b, struct tok *t, size_t max)
{
	size_t n = 0;
	uint32_t i = a;
	const unsigned char *u = (const unsigned char *)text;
	while (i < b && n < max) {
		uint32_t cp;
		size_t k = ds_utf8_decode(u + i, b - i, &cp);
		if (!k) {
			i++;
			continue;
		}
		if (ds_cp_is_space(cp)) {
			i += (uint32_t)k;
			continue;
		}
		struct tok *x = &t[n];
		x->start = i;
		x->punct = 0;
		x->cap = (uint8_t)ds_cp_is_upper(cp);
		if (!ds_cp_is_alnum(cp)) {
			x->end = i + (uint32_t)k;
			x->punct = is_mark_cp(cp) ? '"' : cp < 0x80 ? (uint8_t)cp : '?';
			x->f[0] = (char)x->punct;
			x->n = 1;
			n++;
			i += (uint32_t)k;
			continue;
		}
		uint32_t j = i;
		while (j < b) {
			size_t kk = ds_utf8_decode(u + j, b - j, &cp);
			if (!kk)
				break;
			if (ds_cp_is_alnum(cp)) {
				j += (uint32_t)kk;
				continue;
			}
			/* inner hyphen or apostrophe followed by a letter */
			if ((cp == '-' || cp == '\'' || cp == 0x2019) && j + kk < b) {
				uint32_t nx;
				size_t k2 = ds_utf8_decode(u + j + kk, b - j - kk, &nx);
				if (k2 && ds_cp_is_alnum(nx)) {
					j += (uint32_t)kk;
					continue;
				}
			}
			break;
		}
		/* an initialism keeps its full stops: "U.S.", "U.K." (no sentence
		 * ends inside it) */
		if (j == i + 1 && ds_isalpha(text[i]) && j + 2 < b && text[j] == '.' &&
		    ds_isalpha(text[j + 1]) && text[j + 2] == '.') {
			j += 3;
			while (j + 1 < b && ds_isalpha(text[j]) && text[j + 1] == '.')
				j += 2;
		}
		x->end = j;
		x->n = (uint8_t)ds_fold_to(x->f, sizeof x->f, text + i, j - i);
		/* a title keeps its full stop: "M.", "Mr.", "Dr." */
		if (j < b && text[j] == '.' && title_word(x->f, x->n)) {
			j++;
			x->end = j;
		}
		n++;
		i = j;
	}
	return n;
}

/* --- quote spans ---------------------------------------------------------- */

struct qspan {
	uint32_t open, start, end, close; /* marks at open and close (close = end
					   * when the quote was cut off) */
	uint32_t para;
};

enum mark_role { M_NONE, M_OPEN, M_CLOSE, M_AMBI };

static uint32_t cp_at(const char *s, size_t len, size_t i, size_t *n)
{
	uint32_t cp = 0;
	*n = ds_utf8_decode((const unsigned char *)s + i, len - i, &cp);
	if (!*n)
		*n = 1;
	return cp;
}

static uint32_t cp_before(const char *s, size_t i)
{
	if (!i)
		return 0;
	size_t j = i - 1;
	while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	size_t n;
	return cp_at(s, i, j, &n);
}

static int is_wordish(uint32_t cp) { return cp && ds_cp_is_alnum(cp); }

/* The family of a mark: 1 guillemets, 2 curly doubles, 3 straight doubles,
 * 4 singles; 0 not a mark. */
static int family(uint32_t cp)
{
	switch (cp) {
	case 0xAB: case 0xBB: return 1;
	case 0x201C: case 0x201D: case 0x201E: return 2;
	case '"': return 3;
	case 0x2018: case 0x2019: case '\'': case 0x201A: return 4;
	default: return 0;
	}
}

/* The length of a second single mark right after the one at i (n bytes,
 * code point cp), when two make a double mark (‘‘ ’’ '' ``), else 0. */
static size_t doubled_single(const char *s, size_t len, size_t i, size_t n, uint32_t cp)
{
	if (!(cp == 0x2018 || cp == 0x2019 || cp == '\'' || cp == '`') || i + n >= len)
		return 0;
	size_t n2;
	return cp_at(s, len, i + n, &n2) == cp ? n2 : 0;
}

/* Is position i (a mark) placed like an opener: after a space, a bracket or
 * the start, before a non-space? Like a closer: after a non-space, before a
 * space, punctuation or the end? */
static enum mark_role placement(const char *s, size_t len, size_t i, size_t n)
{
	uint32_t prev = cp_before(s, i);
	size_t k;
	uint32_t next = i + n < len ? cp_at(s, len, i + n, &k) : 0;
	int open_ok = (!prev || ds_cp_is_space(prev) || prev == '(' || prev == '[' ||
		       prev == '-' || prev == 0x2014 || prev == 0x2013 || prev == ':' ||
		       prev == 0xAB || prev == 0x201C) &&
		      next && !ds_cp_is_space(next);
	int close_ok = prev && !ds_cp_is_space(prev) &&
		       (!next || ds_cp_is_space(next) || (!is_wordish(next) && next != 0xAB));
	if (open_ok && !close_ok)
		return M_OPEN;
	if (close_ok && !open_ok)
		return M_CLOSE;
	return open_ok ? M_AMBI : M_NONE;
}

static void add_q(struct qspan **v, size_t *n, size_t *cap, uint32_t open, uint32_t start,
		  uint32_t end, uint32_t close, uint32_t para)
{
	ds_grow(v, cap, *n + 1, sizeof **v);
	struct qspan *q = &(*v)[(*n)++];
	q->open = open;
	q->start = start;
	q->end = end;
	q->close = close;
	q->para = para;
}

#define MAX_DEPTH 8

/* Is the single mark at i (n bytes) an apostrophe placed like an opening
 * mark? After a French elided word and a space, as some texts space them
 * ("j 'ai", "c 'est"); before a decade ("the '70s", "'80's"); glued after
 * a hyphen ("rock-'n'-roll"). */
static int apostrophe_like_opener(const char *s, size_t a, size_t b, size_t i, size_t n)
{
	if (i > a + 1 && s[i - 1] == ' ') {
		size_t e = i - 1, w = e;
		while (w > a && ds_isalpha(s[w - 1]))
			w--;
		if (e - w && e - w <= 6 && (w == a || !ds_isalpha(s[w - 1])) && i + n < b &&
		    ds_isalpha(s[i + n])) {
			char word[8];
			for (size_t k = 0; k < e - w; k++)
				word[k] = (char)ds_tolower(s[w + k]);
			if (ds_fr_elided(word, e - w))
				return 1;
		}
	}
	size_t j = i + n;
	if (j + 2 < b && ds_isdigit(s[j]) && ds_isdigit(s[j + 1]) &&
	    (s[j + 2] == 's' || ((s[j + 2] == '\'' || !strncmp(s + j + 2, "\xe2\x80\x99", 3)) &&
				 s[j + 2 + (s[j + 2] == '\'' ? 1 : 3)] == 's')))
		return 1;
	return i > a + 1 && s[i - 1] == '-' && ds_isalnum(s[i - 2]);
}

/* Is position i just after the end of a sentence (". ", "! ", "? ")? */
static int after_sentence_end(const char *s, size_t a, size_t i)
{
	size_t j = i;
	while (j > a && (s[j - 1] == ' '))
		j--;
	return j < i && j > a && (s[j - 1] == '.' || s[j - 1] == '!' || s[j - 1] == '?');
}

/* Finds the quotations of paragraph [a, b). Marks of the outermost quote's
 * family close it; marks of other families, or opener-like ones of the same
 * family, nest inside it. Linear in the paragraph. */
static void scan_paragraph(const char *s, uint32_t a, uint32_t b, uint32_t para,
			   struct qspan **v, size_t *nv, size_t *cap)
{
	int fam_stack[MAX_DEPTH];
	uint32_t open_stack[MAX_DEPTH], start_stack[MAX_DEPTH];
	/* the bytes a mark of family() can start with: '"', '\'', and the
	 * UTF-8 leads of U+00AB/U+00BB and U+2018..U+201E; the others are
	 * passed over four at a time */
	static const unsigned char may_mark[256] = {['"'] = 1, ['\''] = 1, ['`'] = 1, [0xC2] = 1,
						    [0xE2] = 1};
	const unsigned char *u = (const unsigned char *)s;
	int depth = 0;
	size_t i = a;
	while (i < b) {
		i = ds_skip_until(u, i, b, may_mark);
		if (i >= b)
			break;
		size_t n;
		uint32_t cp = cp_at(s, b, i, &n);
		size_t n2 = doubled_single(s, b, i, n, cp);
		if (n2) {
			/* ‘‘ ’’ '' ``: a double mark written with two singles */
			cp = cp == 0x2019 ? 0x201D : cp == '\'' ? '"' : 0x201C;
			n += n2;
		}
		int fam = family(cp);
		if (!fam) {
			i += n;
			continue;
		}
		enum mark_role role;
		if (cp == 0xAB || cp == 0x201E || cp == 0x201A)
			role = M_OPEN;
		else if (cp == 0xBB)
			role = M_CLOSE;
		else
			role = placement(s, b, i, n);
		/* single marks are apostrophes unless placed as marks; a ’ inside a
		 * word ("l’Ukraine", "Ukraine’s") never counts */
		if (fam == 4) {
			uint32_t prev = cp_before(s, i);
			size_t k;
			uint32_t next = i + n < b ? cp_at(s, b, i + n, &k) : 0;
			if (is_wordish(prev) && is_wordish(next)) {
				i += n;
				continue;
			}
			if (role == M_CLOSE && (next == 's' || next == 'S'))
				role = M_NONE;
			if (cp == 0x2018 && role != M_OPEN)
				role = M_NONE;
			if (cp != 0x2018 && (role == M_OPEN || role == M_AMBI) && !depth &&
			    apostrophe_like_opener(s, a, b, i, n))
				role = M_NONE;
			/* a closing single mark needs an open single quote */
			if (role == M_CLOSE && !(depth && fam_stack[depth - 1] == 4))
				role = M_NONE;
			if (role == M_AMBI)
				role = depth && fam_stack[depth - 1] == 4 ? M_CLOSE : M_NONE;
			if (role == M_NONE) {
				i += n;
				continue;
			}
		}
		int top = depth ? fam_stack[depth - 1] : 0;
		/* a new sentence opening a quote of the open quote's family: the
		 * writer forgot to close the first one ("…were sent. “The shipment…") */
		if (depth == 1 && fam == top && role == M_OPEN && (cp == 0x201C || cp == 0xAB) &&
		    after_sentence_end(s, a, i)) {
			uint32_t e = (uint32_t)i;
			add_q(v, nv, cap, open_stack[0], start_stack[0], e, e, para);
			open_stack[0] = (uint32_t)i;
			start_stack[0] = (uint32_t)(i + n);
			i += n;
			continue;
		}
		/* curly and straight double marks pair with each other */
		if (depth && top != fam && (top == 2 || top == 3) && (fam == 2 || fam == 3) &&
		    role == M_CLOSE)
			fam = top;
		if (depth && fam == top) {
			/* the same family as the open quote: a closer, unless it
			 * clearly opens a nested quote ("la langue "uniques" de") */
			int closes = role == M_CLOSE || role == M_AMBI;
			if (role == M_OPEN && (cp == 0xAB || cp == 0x201C)) {
				/* « … « : a second opener followed by punctuation or the
				 * end closes (a mark used the wrong way round) */
				size_t k;
				uint32_t next = i + n < b ? cp_at(s, b, i + n, &k) : 0;
				size_t j = i + n;
				while (j < b && ds_cp_is_space(next)) {
					j += k;
					next = j < b ? cp_at(s, b, j, &k) : 0;
				}
				closes = !next || (!is_wordish(next) && !family(next));
			}
			if (role == M_OPEN && fam == 3 && depth < MAX_DEPTH)
				closes = 0;
			if (closes) {
				depth--;
				if (depth == 0)
					add_q(v, nv, cap, open_stack[0], start_stack[0], (uint32_t)i,
					      (uint32_t)i, para);
				i += n;
				continue;
			}
		}
		if (role == M_OPEN || (role == M_AMBI && !depth) ||
		    (depth && fam != top && role != M_CLOSE)) {
			if (depth < MAX_DEPTH) {
				fam_stack[depth] = fam;
				open_stack[depth] = (uint32_t)i;
				start_stack[depth] = (uint32_t)(i + n);
				depth++;
			}
		} else if (depth && role == M_CLOSE) {
			/* a closer of another family: close nested quotes down to it */
			int d = depth;
			while (d > 0 && fam_stack[d - 1] != fam)
				d--;
			if (d > 0) {
				depth = d - 1;
				if (depth == 0)
					add_q(v, nv, cap, open_stack[0], start_stack[0], (uint32_t)i,
					      (uint32_t)i, para);
			}
		}
		i += n;
	}
	/* open at the end of the paragraph: ends there (multi-paragraph quote
	 * or cut off); not when it was opened by a straight single mark, as
	 * likely an apostrophe as a mark ("Il cite 'La Guerre des mines de …") */
	if (depth > 0 && !(fam_stack[0] == 4 && s[open_stack[0]] == '\''))
		add_q(v, nv, cap, open_stack[0], start_stack[0], b, b, para);
}

/* --- speakers ------------------------------------------------------------- */

struct speaker {
	int32_t entity;      /* person or organisation (a role: its holder) */
	const char *name;    /* a person outside the knowledge base */
	uint8_t kind;        /* DS_SPK_* */
	char gender;
};

struct ctx {
	struct dossier *ds;
	const struct dossier_kb *kb;
	struct dossier_doc *doc;
	int fr;
	const struct qspan *qs; /* every quote of the document, in order */
	size_t nq;
	/* the speaker of the quote before, for continuations */
	struct speaker last;
	/* the last speaker of each known gender (0 'm', 1 'f') and where
	 * their quote ended: who "he", "she" stand for when the sentences
	 * before name no one who fits */
	struct speaker last_g[2];
	uint32_t last_g_end[2];
	int have_g[2];
	/* the gender of a pronoun cue of the quote being read that no one
	 * before fitted ("“…,” she said"), else 0 */
	char *failed_g;
	uint32_t last_end, last_para;
	int have_last;
	/* an incise being read ("« …, a dit X, … »"): the text between these
	 * offsets is not quoted, though it lies inside the marks */
	uint32_t open_a, open_b;
};

static void unnamed(struct speaker *sp)
{
	memset(sp, 0, sizeof *sp);
	sp->entity = -1;
	sp->kind = DS_SPK_UNNAMED;
}

static int speaker_of_mention(const struct ctx *c, const struct ds_mention *m, struct speaker *sp)
{
	const struct ds_entity *e = &c->kb->ents[m->entity];
	memset(sp, 0, sizeof *sp);
	sp->entity = -1;
	switch (e->kind) {
	case DOSSIER_KIND_PERSON:
		sp->entity = m->entity;
		sp->kind = DS_SPK_PERSON;
		sp->gender = e->gender;
		return 1;
	case DOSSIER_KIND_ROLE:
		if (m->person < 0)
			return 0;
		sp->entity = m->person;
		sp->kind = DS_SPK_PERSON;
		sp->gender = c->kb->ents[m->person].gender;
		return 1;
	case DOSSIER_KIND_ORG:
		sp->entity = m->entity;
		sp->kind = DS_SPK_ORG;
		return 1;
	default:
		return 0;
	}
}

/* The index of the first mention ending after a. */
static size_t first_mention_at(const struct dossier_doc *doc, uint32_t a)
{
	size_t lo = 0, hi = doc->n_mentions;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (doc->mentions[mid].end <= a)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Is offset off inside one of the document's quotations? */
static int in_quote(const struct ctx *c, uint32_t off)
{
	size_t lo = 0, hi = c->nq;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (c->qs[mid].close < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < c->nq && c->qs[lo].open <= off && off <= c->qs[lo].close &&
	       !(c->open_a <= off && off < c->open_b);
}

/* Prepositions that make a mention an object, not a speaker ("aux
 * journalistes du Pentagone", "au Kremlin"). */
static int object_prep(const char *p)
{
	return p && (!strcmp(p, "du ") || !strcmp(p, "de ") || !strcmp(p, "des ") ||
		     !strcmp(p, "de la ") || !strcmp(p, "de l ") || !strcmp(p, "d ") ||
		     !strcmp(p, "au ") || !strcmp(p, "aux ") || !strcmp(p, "a la ") ||
		     !strcmp(p, "a l ") || !strcmp(p, "en "));
}

static int unknown_name(const struct ctx *c, const struct tok *t, size_t n, size_t i,
			struct speaker *sp);

/* Is the name at `off` the one who asked or reported, after "interrogé
 * par", "cité par", "interviewed by", "quoted by": not the speaker. */
static int interviewer(const struct ctx *c, uint32_t off)
{
	static const char *const asked[] = {
		"interroge", "interrogee", "interroges", "interrogees", "cite", "citee", "cites",
		"citees", "contacte", "contactee", "joint", "jointe", "interviewe", "interviewee",
		"sollicite", "sollicitee", "interviewed", "contacted", "asked", "quoted", "cited",
		"reached", "questioned",
	};
	/* most names are not after "par" or "by": one look at the bytes */
	const char *x = c->doc->text.ptr;
	uint32_t e = off;
	while (e > 0 && x[e - 1] == ' ')
		e--;
	if (e < 3 || !((x[e - 1] == 'r' && x[e - 2] == 'a' && x[e - 3] == 'p') ||
		       (x[e - 1] == 'y' && x[e - 2] == 'b')))
		return 0;
	struct tok t[8];
	uint32_t from = off > 40 ? off - 40 : 0;
	size_t n = tokenize(c->doc->text.ptr, from, off, t, DS_ARRAY_LEN(t));
	if (n < 2 || !word_eq(t[n - 1].f, t[n - 1].n, c->fr ? "par" : "by"))
		return 0;
	for (size_t i = 0; i < DS_ARRAY_LEN(asked); i++)
		if (word_eq(t[n - 2].f, t[n - 2].n, asked[i]))
			return 1;
	return 0;
}

/* A person the base does not know right after the possessive of a name
 * ending at `at` ("KNDS's Lena Vogt", "Estonia's Kristo Mäe"): *sp gets
 * that person. */
static void owned_person(const struct ctx *c, uint32_t at, struct speaker *sp)
{
	const char *s = c->doc->text.ptr;
	size_t len = c->doc->text.len;
	size_t k;
	if (at + 2 < len && s[at] == '\'' && s[at + 1] == 's')
		k = 2;
	else if (at + 4 < len && !memcmp(s + at, "\xe2\x80\x99s", 4))
		k = 4;
	else
		return;
	struct tok t[6];
	uint32_t to = at + k + 80 < len ? at + (uint32_t)k + 80 : (uint32_t)len;
	size_t n = tokenize(s, at + (uint32_t)k, to, t, DS_ARRAY_LEN(t));
	struct speaker p;
	if (n && !t[0].punct && t[0].cap && unknown_name(c, t, n, 0, &p) && p.kind == DS_SPK_PERSON)
		*sp = p;
}

/* The first (or, with `last`, the last) speaker mention starting in [a, b),
 * outside quotations and prepositional phrases; *at gets its start. */
static int speaker_in(const struct ctx *c, uint32_t a, uint32_t b, struct speaker *sp, uint32_t *at,
		      int last)
{
	const struct dossier_doc *doc = c->doc;
	int found = 0;
	uint32_t prev_end = 0; /* where the mention found ends */
	for (size_t i = first_mention_at(doc, a); i < doc->n_mentions; i++) {
		const struct ds_mention *m = &doc->mentions[i];
		if (m->start >= b)
			break;
		if (m->start < a || object_prep(m->prep) || in_quote(c, m->start) ||
		    interviewer(c, m->start))
			continue;
		/* a role and the name of who holds it: the name, written by the
		 * reporter, wins over the knowledge base's dates ("said Danish
		 * Defence Minister Troels Lund Poulsen", "le ministre de la
		 * Défense, Pål Jonson") */
		if (c->kb->ents[m->entity].kind == DOSSIER_KIND_ROLE && i + 1 < doc->n_mentions) {
			const struct ds_mention *nx = &doc->mentions[i + 1];
			uint32_t gap = m->end;
			while (gap < nx->start && gap < m->end + 3 &&
			       (doc->text.ptr[gap] == ' ' || doc->text.ptr[gap] == ','))
				gap++;
			if (gap == nx->start && c->kb->ents[nx->entity].kind == DOSSIER_KIND_PERSON)
				m = nx;
		}
		struct speaker s;
		if (speaker_of_mention(c, m, &s) || c->kb->ents[m->entity].kind == DOSSIER_KIND_STATE) {
			/* whose person it is: "KNDS's Lena Vogt" is Lena Vogt */
			owned_person(c, m->end, &s);
			if (s.kind != DS_SPK_PERSON && s.kind != DS_SPK_ORG)
				continue;
			/* the last one; a person named before an organisation
			 * stays ("Ursula von der Leyen, the Commission president,
			 * told") */
			if (found && sp->kind == DS_SPK_PERSON && s.kind == DS_SPK_ORG)
				continue;
			/* nor does a role in apposition to the name: "Mark Rutte,
			 * le nouveau secrétaire général de l'Otan, a déclaré" */
			if (found && sp->kind == DS_SPK_PERSON &&
			    c->kb->ents[m->entity].kind == DOSSIER_KIND_ROLE && m->start > prev_end &&
			    m->start - prev_end < 40 &&
			    memchr(doc->text.ptr + prev_end, ',', m->start - prev_end))
				continue;
			*sp = s;
			*at = m->start;
			prev_end = m->end;
			found = 1;
			if (!last)
				return 1;
		}
	}
	return found;
}

/* Is there in [a, b) a role whose holder is not known ("the former Russian
 * president", "le président brésilien" the base has no holder for):
 * someone unnamed speaks, not the last person named. */
static int holderless_role_in(const struct ctx *c, uint32_t a, uint32_t b)
{
	const struct dossier_doc *doc = c->doc;
	for (size_t i = first_mention_at(doc, a); i < doc->n_mentions; i++) {
		const struct ds_mention *m = &doc->mentions[i];
		if (m->start >= b)
			break;
		if (m->start < a || m->person >= 0 || object_prep(m->prep) || in_quote(c, m->start) ||
		    c->kb->ents[m->entity].kind != DOSSIER_KIND_ROLE)
			continue;
		/* not before a name: "Defence Secretary Anna Berg said" */
		uint32_t e = m->end;
		while (e < doc->text.len && (doc->text.ptr[e] == ' ' || doc->text.ptr[e] == ','))
			e++;
		uint32_t cp;
		if (e < doc->text.len &&
		    ds_utf8_decode((const unsigned char *)doc->text.ptr + e, doc->text.len - e, &cp) &&
		    ds_cp_is_upper(cp))
			continue;
		return 1;
	}
	return 0;
}

static size_t sentence_index(const struct dossier_doc *doc, uint32_t off)
{
	size_t lo = 0, hi = doc->n_sents;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (doc->sents[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The antecedent of a pronoun or a definite role noun at `off`: the first
 * matching mention (outside quotations) of the nearest sentence that has
 * one, going back from the sentence of `off` (centering: the subject of the
 * sentence before). want: 'm', 'f', 0 for a person of either gender, 'o'
 * for an organisation ("it"). */
/* Is a mention followed by a verb (so in subject position: "Lecornu a
 * montré", "the ministry said")? */
static int verb_after(const struct ctx *c, const struct tok *t, int past);

static int followed_by_verb(const struct ctx *c, const struct ds_mention *m)
{
	struct tok t[2];
	uint32_t to = m->end + 40 < c->doc->text.len ? m->end + 40 : (uint32_t)c->doc->text.len;
	size_t n = tokenize(c->doc->text.ptr, m->end, to, t, 2);
	return n && verb_after(c, &t[0], 0);
}

static int wanted(const struct speaker *s, char want)
{
	return want == 'o' ? s->kind == DS_SPK_ORG
			   : s->kind == DS_SPK_PERSON && (!want || !s->gender || s->gender == want);
}

static int unknown_subject(const struct ctx *c, uint32_t a, uint32_t b, struct speaker *sp);

/* Has person e of the base held an office of the kind `office` names (a
 * part of role kinds' ids: "minister", "head-of-state"), at any date? */
static int holds_office(const struct dossier_kb *kb, int32_t e, const char *const *office)
{
	for (size_t i = 0; i < kb->n_terms; i++) {
		if (kb->terms[i].person != e)
			continue;
		const char *kind = kb->ents[kb->terms[i].role].role;
		for (const char *const *o = office; kind && *o; o++)
			if (strstr(kind, *o))
				return 1;
	}
	return 0;
}

static int antecedent_of(const struct ctx *c, uint32_t off, char want,
			 const char *const *office, struct speaker *sp);

/* The antecedent of a pronoun (want: 'm', 'f', 'o', or 0 for either).
 * A person whose gender nothing told is told it by the pronoun found to
 * stand for them ("Piet Aalders … “…,” he said"), so that a later
 * "she" looks past them. When no one fits a gendered pronoun, the quote
 * being read is marked (failed_g) for the fallbacks of
 * ds_extract_quotes. */
static int antecedent(const struct ctx *c, uint32_t off, char want, struct speaker *sp)
{
	if (!antecedent_of(c, off, want, NULL, sp)) {
		if ((want == 'm' || want == 'f') && c->failed_g)
			*c->failed_g = want;
		return 0;
	}
	if ((want == 'm' || want == 'f') && sp->kind == DS_SPK_PERSON && !sp->gender)
		sp->gender = want;
	return 1;
}

/* The antecedent of a definite noun of office at token r ("le ministre",
 * "the chancellor"): a person of the base who holds such an office, when
 * one fits; else as for a pronoun. */
static int role_antecedent(const struct ctx *c, uint32_t off, char g, const struct tok *r,
			   struct speaker *sp)
{
	static const char *const minister[] = {"minister", "secretary", NULL};
	static const char *const president[] = {"head-of-state", "president", NULL};
	static const char *const chancellor[] = {"chancellor", "head-of-government", NULL};
	static const char *const spokes[] = {"spokes", "press-secretary", NULL};
	static const char *const general[] = {"commander", "chief", "saceur", NULL};
	const char *const *office = NULL;
	if (word_eq(r->f, r->n, "ministre") || word_eq(r->f, r->n, "minister") ||
	    word_eq(r->f, r->n, "secretaire") || word_eq(r->f, r->n, "secretary"))
		office = minister;
	else if (word_eq(r->f, r->n, "president") || word_eq(r->f, r->n, "presidente"))
		office = president;
	else if (word_eq(r->f, r->n, "chancelier") || word_eq(r->f, r->n, "chanceliere") ||
		 word_eq(r->f, r->n, "chancellor") || word_eq(r->f, r->n, "premier") ||
		 word_eq(r->f, r->n, "premiere"))
		office = chancellor;
	else if (word_eq(r->f, r->n, "porte-parole") || word_eq(r->f, r->n, "spokesman") ||
		 word_eq(r->f, r->n, "spokeswoman") || word_eq(r->f, r->n, "spokesperson"))
		office = spokes;
	else if (word_eq(r->f, r->n, "general") || word_eq(r->f, r->n, "commandant") ||
		 word_eq(r->f, r->n, "commander"))
		office = general;
	char want = g == '?' ? 0 : g;
	if (office && antecedent_of(c, off, want, office, sp))
		return 1;
	return antecedent(c, off, want, sp);
}

/* Does sentence [a, b) speak of someone of gender g by a noun that tells
 * it ("the actress", "la ministre" is not one: "the woman", "his wife")?
 * Then the pronoun stands for a person whose gender is known, not for one
 * whose gender nothing told. */
static int gendered_epithet(const struct ctx *c, uint32_t a, uint32_t b, char g)
{
	static const char *const fem[] = {"actress", "woman", "mother", "wife", "daughter",
					  "sister", "grandmother", "girl", "queen", "princess",
					  "chairwoman", "businesswoman", "congresswoman", "femme",
					  "mere", "epouse", "fille", "soeur", "actrice", "reine",
					  "chanteuse", NULL};
	static const char *const masc[] = {"actor", "man", "father", "husband", "son", "brother",
					   "grandfather", "boy", "king", "prince", "chairman",
					   "businessman", "congressman", "homme", "pere", "mari",
					   "fils", "frere", "acteur", "roi", "chanteur", NULL};
	const char *const *nouns = g == 'f' ? fem : g == 'm' ? masc : NULL;
	if (!nouns)
		return 0;
	struct tok t[48];
	size_t n = tokenize(c->doc->text.ptr, a, b, t, DS_ARRAY_LEN(t));
	for (size_t i = 0; i + 1 < n; i++) {
		if (t[i].punct || !(word_eq(t[i].f, t[i].n, "the") || word_eq(t[i].f, t[i].n, "his") ||
				    word_eq(t[i].f, t[i].n, "her") || word_eq(t[i].f, t[i].n, "la") ||
				    word_eq(t[i].f, t[i].n, "le") || word_eq(t[i].f, t[i].n, "sa") ||
				    word_eq(t[i].f, t[i].n, "son")))
			continue;
		for (const char *const *w = nouns; *w; w++)
			if (word_eq(t[i + 1].f, t[i + 1].n, *w) && !in_quote(c, t[i + 1].start))
				return 1;
	}
	return 0;
}

/* Does sentence [a, b) speak of a person: a pronoun of one, or a person
 * the base knows? */
static int person_in(const struct ctx *c, uint32_t a, uint32_t b)
{
	static const char *const pron[] = {"he", "she", "his", "her", "him", "il", "elle",
					   "lui", NULL};
	struct tok t[64];
	size_t n = tokenize(c->doc->text.ptr, a, b, t, DS_ARRAY_LEN(t));
	for (size_t i = 0; i < n; i++)
		for (const char *const *p = pron; !t[i].punct && *p; p++)
			if (word_eq(t[i].f, t[i].n, *p))
				return 1;
	for (size_t m = first_mention_at(c->doc, a); m < c->doc->n_mentions; m++) {
		const struct ds_mention *mm = &c->doc->mentions[m];
		if (mm->start >= b)
			break;
		uint8_t kind = c->kb->ents[mm->entity].kind;
		if (kind == DOSSIER_KIND_PERSON || kind == DOSSIER_KIND_ROLE)
			return 1;
	}
	return 0;
}

static int antecedent_of(const struct ctx *c, uint32_t off, char want,
			 const char *const *office, struct speaker *sp)
{
	const struct dossier_doc *doc = c->doc;
	size_t here = sentence_index(doc, off);
	int known = 0; /* only a person whose gender is known will do */
	for (size_t k = 0; k < 6 && k <= here; k++) {
		size_t si = here - k;
		if (si >= doc->n_sents)
			continue;
		uint32_t a = doc->sents[si].start, b = k ? doc->sents[si].end : off;
		if (!known && (want == 'm' || want == 'f') && !office && gendered_epithet(c, a, b, want))
			known = 1;
		/* a person the base does not know, subject of this sentence or
		 * the one before ("Lindqvist rejected the claim …"), before the
		 * names that follow it; no further back, where the pronouns
		 * in between may have told another person's gender */
		if ((want == 'm' || want == 'f') && !office &&
		    (k <= 1 || known || (k == 2 && !person_in(c, doc->sents[here - 1].start,
								doc->sents[here - 1].end))) &&
		    unknown_subject(c, a, b, sp) && !(known && sp->gender != want))
			return 1;
		int have = 0;
		struct speaker first;
		for (size_t i = first_mention_at(doc, a); i < doc->n_mentions; i++) {
			const struct ds_mention *m = &doc->mentions[i];
			if (m->start >= b)
				break;
			if (m->start < a || in_quote(c, m->start) || object_prep(m->prep))
				continue;
			struct speaker s;
			if (!speaker_of_mention(c, m, &s) || !wanted(&s, want) || (known && !s.gender))
				continue;
			if (office && (s.entity < 0 || !holds_office(c->kb, s.entity, office)))
				continue;
			if (followed_by_verb(c, m)) {
				*sp = s;
				return 1;
			}
			if (!have)
				first = s;
			have = 1;
		}
		if (have) {
			*sp = first;
			return 1;
		}
		/* a speaker outside the base, of a quote in this sentence */
		if (want != 'o' && !office && c->have_last && wanted(&c->last, want) &&
		    !(known && !c->last.gender) &&
		    c->last_end >= a && c->last_end < (k ? doc->sents[si].end : off)) {
			*sp = c->last;
			return 1;
		}
	}
	/* none before: the person the next sentence opens with, named
	 * ("« … », estime-t-elle. Ursula von der Leyen s'exprimait …") */
	if ((want == 'm' || want == 'f') && here + 1 < doc->n_sents) {
		uint32_t a = doc->sents[here + 1].start;
		size_t i = first_mention_at(doc, a);
		if (i < doc->n_mentions && doc->mentions[i].start < a + 24 &&
		    doc->mentions[i].start < doc->sents[here + 1].end &&
		    (doc->mentions[i].form == DOSSIER_FORM_NAME ||
		     doc->mentions[i].form == DOSSIER_FORM_FUZZY) &&
		    !in_quote(c, doc->mentions[i].start) && followed_by_verb(c, &doc->mentions[i]) &&
		    speaker_of_mention(c, &doc->mentions[i], sp) && wanted(sp, want) &&
		    (!office || (sp->entity >= 0 && holds_office(c->kb, sp->entity, office))))
			return 1;
	}
	return 0;
}

/* A pronoun that points back to a speaker: the gender wanted ('m', 'f'),
 * 'o' for an organisation, 0 when w is not one. */
static char anaphor(const char *w, size_t n, int fr)
{
	if (fr) {
		if (word_eq(w, n, "il"))
			return 'm';
		if (word_eq(w, n, "elle"))
			return 'f';
		return 0;
	}
	if (word_eq(w, n, "he"))
		return 'm';
	if (word_eq(w, n, "she"))
		return 'f';
	if (word_eq(w, n, "it"))
		return 'o';
	return 0;
}

/* "le ministre", "la ministre", "the minister": a definite noun of office
 * standing for the person last named. Returns the gender ('?' either) and
 * the number of tokens in *len, or 0. */
static char definite_role(const struct tok *t, size_t n, size_t i, int fr, size_t *len)
{
	static const char *const fr_nouns[] = {"ministre", "president", "presidente", "chef",
					       "cheffe", "chancelier", "chanceliere", "secretaire",
					       "dirigeant", "dirigeante", "responsable", "diplomate",
					       "premier", "premiere", "porte-parole", "general",
					       "commandant", "ambassadeur", "ambassadrice"};
	static const char *const en_nouns[] = {"minister", "president", "secretary", "chancellor",
					       "official", "leader", "chief", "spokesman",
					       "spokeswoman", "spokesperson", "diplomat", "general",
					       "commander", "ambassador", "premier"};
	if (i + 1 >= n || t[i].punct || t[i + 1].punct)
		return 0;
	const struct tok *d = &t[i], *w = &t[i + 1];
	if (fr) {
		char g;
		if (word_eq(d->f, d->n, "le"))
			g = 'm';
		else if (word_eq(d->f, d->n, "la"))
			g = 'f';
		else
			return 0;
		for (size_t k = 0; k < DS_ARRAY_LEN(fr_nouns); k++)
			if (word_eq(w->f, w->n, fr_nouns[k])) {
				*len = 2;
				return g;
			}
		return 0;
	}
	if (!word_eq(d->f, d->n, "the"))
		return 0;
	/* "the Prime Minister", "the Foreign Secretary", "the defence
	 * minister": an office in two words */
	static const char *const qual[] = {"prime", "foreign", "defence", "defense", "deputy",
					   "vice", NULL};
	size_t q = 0;
	for (const char *const *o = qual; *o && !q; o++)
		q = word_eq(w->f, w->n, *o) && i + 2 < n && !t[i + 2].punct;
	if (q)
		w = &t[i + 2];
	for (size_t k = 0; k < DS_ARRAY_LEN(en_nouns); k++)
		if (word_eq(w->f, w->n, en_nouns[k])) {
			*len = 2 + q;
			return word_eq(w->f, w->n, "spokeswoman") ? 'f' :
			       word_eq(w->f, w->n, "spokesman") ? 'm' : '?';
		}
	return 0;
}

/* Words that are capitalised without being a name. */
static int stop_capital(const char *w, size_t n)
{
	static const char *const words[] = {
		"le", "la", "les", "un", "une", "des", "il", "elle", "the", "a", "an", "he", "she",
		"it", "in", "on", "at", "for", "but", "and", "et", "mais", "selon", "lors", "pour",
		"avec", "dans", "sur", "this", "that", "ce", "cette", "ces", "lundi", "mardi",
		"mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
		"wednesday", "thursday", "friday", "saturday", "sunday", "de", "du", "according",
		"ukraine", "russia", "russie", "europe", "kiev", "kyiv", "nato", "otan", "we", "nous",
		"i", "je", "they", "ils", "there", "said", "says", "told", "you", "your", "our",
		"my", "his", "her", "its", "their", "if", "when", "while", "as", "so", "after",
		"before", "since", "because", "what", "who", "why", "how", "then", "now", "also",
		"under", "over", "from", "with", "by", "to", "of", "among", "during", "despite",
		"without", "within", "into", "yet", "however", "meanwhile", "still", "thus",
		"instead", "indeed", "later", "earlier", "today", "yesterday", "cependant",
		"pourtant", "ainsi", "enfin", "puis", "ensuite", "toutefois", "neanmoins",
	};
	for (size_t i = 0; i < DS_ARRAY_LEN(words); i++)
		if (word_eq(w, n, words[i]))
			return 1;
	return 0;
}


/* Nouns of office, rank and trade written before a name, folded: "le
 * Général", "Professor", "CEO". */
static int role_noun(const char *w, size_t n)
{
	static const char *const words[] = {
		"capitaine", "docteur", "doctor", "maitre", "sergent", "major",
		"ceo", "cfo", "coo", "president", "presidente", "minister", "ministre",
		"administrator", "attorney", "secretary", "secretaire", "director", "directeur",
		"directrice", "chairman", "chairwoman", "chair", "governor", "gouverneur", "mayor",
		"maire", "senator", "senateur", "spokesman", "spokeswoman", "spokesperson",
		"porte-parole", "ambassador", "ambassadeur", "ambassadrice", "general", "colonel",
		"commander", "commandant", "chief", "chef", "deputy", "adjoint", "premier",
		"analyst", "analyste", "professor", "professeur", "judge", "juge", "prosecutor",
		"procureur", "lawyer", "avocat", "representative", "rep", "sen", "gov", "founder",
		"fondateur", "executive", "officer", "editor", "developer", "coach", "captain",
		"manager", "head", "leader", "lieutenant", "sergeant", "admiral", "amiral",
		"inspector", "commissioner", "commissaire", "economist", "economiste", "researcher",
		"chercheur", "chercheuse", "expert", "strategist", "envoy", "emissaire", "adviser",
		"advisor", "conseiller", "conseillere", "counsel", "mp", "mep", "depute", "deputee",
		"actor", "actress", "acteur", "actrice", "singer", "chanteur", "chanteuse",
		"filmmaker", "writer", "author", "novelist", "journalist", "reporter", "producer",
		"engineer", "ingenieur", "ingenieure", "pilot", "pilote", "scientist", "nurse",
		"infirmiere", "infirmier", "activist", "lawmaker",
	};
	for (size_t i = 0; i < DS_ARRAY_LEN(words); i++)
		if (word_eq(w, n, words[i]))
			return 1;
	return 0;
}

/* Words of four letters or more that only tie a sentence together. */
static int function_word(const char *w, size_t n)
{
	static const char *const words[] = {
		"that", "this", "these", "those", "with", "from", "into", "about", "after",
		"before", "when", "what", "which", "where", "there", "their", "they", "them",
		"then", "than", "while", "also", "only", "some", "many", "most", "more", "such",
		"both", "each", "every", "because", "since", "until", "though", "although",
		"would", "could", "should", "will", "have", "been", "were", "being", "here",
		"over", "under", "without", "within", "through", "during", "against", "among",
		"upon", "dans", "avec", "pour", "sans", "sous", "chez", "entre", "vers", "depuis",
		"pendant", "avant", "apres", "selon", "mais", "donc", "alors", "aussi", "cette",
		"leur", "leurs", "tous", "toutes", "plus", "tres", "dont", "lors", "ainsi",
	};
	for (size_t i = 0; i < DS_ARRAY_LEN(words); i++)
		if (word_eq(w, n, words[i]))
			return 1;
	return 0;
}

/* A noun of who someone is, by its ending or as an office: "geologist",
 * "analyst", "researcher", "politologue", "43-year-old". */
static int agent_noun(const char *w, size_t n)
{
	static const char *const ends[] = {"ist", "yst", "er", "or", "ian", "ant", "ent",
					   "ogue", "eur", "euse", "ien", "ienne", "old", "ive",
					   "man", "woman", "person", "ate", "ee", "ic", "at"};
	if (role_noun(w, n))
		return 1;
	for (size_t i = 0; i < DS_ARRAY_LEN(ends); i++) {
		size_t k = strlen(ends[i]);
		if (n > k + 2 && !memcmp(w + n - k, ends[i], k))
			return 1;
	}
	return 0;
}

/* Is token t a possessive ("NASA's", "Rheinmetall’s")? */
static int possessive(const struct tok *t)
{
	return !t->punct && t->n >= 3 && t->f[t->n - 2] == '\'' && t->f[t->n - 1] == 's';
}

/* Head nouns of bodies and places, which a person's name does not hold. */
static int body_noun(const char *w, size_t n)
{
	static const char *const words[] = {
		"university", "universite", "school", "ecole", "college", "institute", "institut",
		"office", "agency", "agence", "ministry", "ministere", "department", "departement",
		"council", "conseil", "committee", "comite", "group", "groupe", "bank", "banque",
		"company", "compagnie", "corporation", "corp", "inc", "ltd", "llc", "plc", "gmbh",
		"association", "foundation", "fondation", "center", "centre", "news", "press",
		"times", "post", "journal", "tribune", "herald", "gazette", "police", "army",
		"armee", "forces", "party", "parti", "assembly", "assemblee", "parliament",
		"parlement", "commission", "court", "cour", "tribunal", "service", "services",
		"systems", "technologies", "airlines", "motors", "media", "network", "club",
		"society", "societe", "union", "federation", "organisation", "organization",
		"board", "fund", "fonds", "capital", "partners", "holdings", "labs", "league",
		"authority", "research", "equities", "city", "county", "province", "region",
		"republic", "republique", "kingdom", "senate", "senat", "congress", "hospital",
		"hopital", "airport", "museum", "musee", "festival", "conference", "summit",
		"sommet", "forum", "alliance", "coalition", "industries", "industry", "magazine",
		"daily", "radio", "television", "channel", "studios", "records", "entertainment",
		"productions", "pictures", "games", "ventures", "psychiatry", "medicine",
	};
	for (size_t i = 0; i < DS_ARRAY_LEN(words); i++)
		if (word_eq(w, n, words[i]))
			return 1;
	return 0;
}

/* Head nouns of places, among the body nouns: a place does not speak. */
static int place_noun(const char *w, size_t n)
{
	static const char *const words[] = {"city", "county", "province", "region", "republic",
					    "republique", "kingdom", "airport"};
	for (size_t i = 0; i < DS_ARRAY_LEN(words); i++)
		if (word_eq(w, n, words[i]))
			return 1;
	return 0;
}

/* Common given names of the people in this news, folded, by gender: a
 * person the base does not know is told "he" or "she" by them. */
static const char *const given_m[] = {
	"jean", "pierre", "marc", "michel", "philippe", "francois", "nicolas", "thomas",
	"olivier", "alain", "patrick", "laurent", "julien", "antoine", "louis", "paul",
	"jacques", "bernard", "eric", "frederic", "guillaume", "sebastien", "vincent", "yves",
	"john", "james", "michael", "david", "robert", "william", "richard", "joseph", "mark",
	"steven", "andrew", "peter", "tom", "tim", "ben", "jack", "daniel", "matthew",
	"george", "kevin", "brian", "jason", "greg", "jeff", "scott", "ryan",
	"oleksandr", "oleksii", "olexiy", "andriy", "andrii", "serhiy", "sergei", "sergey",
	"dmytro", "dmitry", "mykola", "mykhailo", "mikhail", "ivan", "yuriy", "yuri", "igor",
	"ihor", "vitaliy", "vitaly", "volodymyr", "vladimir", "oleh", "oleg", "taras",
	"bohdan", "petro", "pavlo", "pavel", "roman", "maksym", "maxim", "vadym", "vadim",
	"kyrylo", "kirill", "alexei", "alexey", "nikolai", "viktor", "anatoliy", "valeriy",
	"hans", "klaus", "jurgen", "wolfgang", "stefan", "markus", "lars", "jens", "jan",
	"piotr", "tomasz", "krzysztof", "marcin", "pawel", "jakub", "karel", "petr", "martin",
	"charles", "charlie", "steve", "mike", "joe", "bob", "bill", "jim", "donald", "ted",
	"nick", "adam", "henry", "edward", "frank", "gary", "larry", "keith", "bruce", "gordon",
};
static const char *const given_f[] = {
	"marie", "anne", "sophie", "isabelle", "catherine", "nathalie", "sylvie", "claire",
	"camille", "julie", "helene", "valerie", "christine", "florence", "agnes", "laure",
	"mary", "jennifer", "linda", "elizabeth", "susan", "jessica", "sarah", "karen",
	"lisa", "nancy", "emily", "emma", "rachel", "laura", "kate", "anna", "maria", "julia",
	"olena", "elena", "yelena", "oksana", "iryna", "irina", "natalia", "nataliya",
	"tetiana", "tatiana", "svetlana", "svitlana", "olga", "olha", "yulia", "yuliia",
	"kateryna", "ekaterina", "daria", "viktoriia", "victoria", "alina", "lyudmila",
	"liudmyla", "halyna", "mariia", "kristina", "katarzyna", "agnieszka", "magdalena",
	"ursula", "annalena", "petra", "sabine", "monika", "ingrid", "kaja", "sanna", "mette",
	"marta", "ewa", "joanna", "lena", "sonya", "teresa", "martha", "jane", "angela",
	"margaret", "patricia", "barbara", "helen", "sandra", "donna", "carol", "michelle",
	"amy", "melissa", "rebecca", "nicole", "hannah", "olivia", "sophia", "grace", "alice",
	"beth", "kimberly", "ashley", "amanda", "stephanie", "heather", "diana",
};

/* The gender that the given name w (folded) tells: from the people of the
 * base, then from the names above; 0 when nothing tells. */
static char given_gender(const struct ctx *c, const char *w, size_t n)
{
	char g = 0;
	for (size_t e = 0; e < c->kb->n_ents; e++) {
		const struct ds_entity *x = &c->kb->ents[e];
		if (x->kind != DOSSIER_KIND_PERSON || !x->given || !x->gender)
			continue;
		for (const char *p = x->given; *p;) {
			const char *q = strchr(p, ' ');
			size_t k = q ? (size_t)(q - p) : strlen(p);
			if (k == n && !memcmp(p, w, n)) {
				if (g && g != x->gender)
					return 0;
				g = x->gender;
			}
			p += k + (q != NULL);
		}
	}
	if (g)
		return g;
	for (size_t i = 0; i < DS_ARRAY_LEN(given_m); i++)
		if (word_eq(w, n, given_m[i]))
			return 'm';
	for (size_t i = 0; i < DS_ARRAY_LEN(given_f); i++)
		if (word_eq(w, n, given_f[i]))
			return 'f';
	return 0;
}

/* A person's name written out (its first word the given name): *sp, with
 * the gender the given name tells. */
static void named_person(const struct ctx *c, const char *name, size_t len, struct speaker *sp)
{
	memset(sp, 0, sizeof *sp);
	sp->entity = -1;
	sp->kind = DS_SPK_PERSON;
	sp->name = ds_arena_strndup(&c->doc->arena, name, len);
	char f[48];
	size_t k = 0;
	while (k < len && name[k] != ' ' && name[k] != '-')
		k++;
	size_t n = ds_fold_to(f, sizeof f, name, k);
	sp->gender = given_gender(c, f, n);
}

/* Is token k covered by a knowledge-base mention? */
static int mentioned_tok(const struct ctx *c, const struct tok *t)
{
	size_t m = first_mention_at(c->doc, t->start);
	return m < c->doc->n_mentions && c->doc->mentions[m].start < t->end;
}

/* Is some of text[a, b) a mention of a state? */
static int state_at(const struct ctx *c, uint32_t a, uint32_t b)
{
	size_t m = first_mention_at(c->doc, a);
	return m < c->doc->n_mentions && c->doc->mentions[m].start < b &&
	       c->kb->ents[c->doc->mentions[m].entity].kind == DOSSIER_KIND_STATE;
}

/* A person the base does not know: two to four capitalised words from token
 * i ("Johanna Möhring", "le Général Paul Marchand"). */
/* A French article elided before a noun in lower case, in one token:
 * "l'ingénieure", "L'ingénieure" (at the start of a sentence), not a name
 * ("d'Artagnan"). */
static int elided_noun(const struct ctx *c, const struct tok *t)
{
	if (t->punct || t->n < 4 || t->f[1] != '\'' || (t->f[0] != 'l' && t->f[0] != 'd'))
		return 0;
	const unsigned char *u = (const unsigned char *)c->doc->text.ptr + t->start + 1;
	size_t k = *u == '\'' ? 1 : (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x99) ? 3 : 0;
	uint32_t cp;
	return k && ds_utf8_decode(u + k, t->end - t->start - 1 - k, &cp) && ds_cp_is_alnum(cp) &&
	       !ds_cp_is_upper(cp);
}

static int unknown_name(const struct ctx *c, const struct tok *t, size_t n, size_t i,
			struct speaker *sp)
{
	if (i < n && !t[i].punct &&
	    (word_eq(t[i].f, t[i].n, "le") || word_eq(t[i].f, t[i].n, "la") ||
	     word_eq(t[i].f, t[i].n, "the") || elided_noun(c, &t[i])))
		i++;
	while (i < n && !t[i].punct && (title_word(t[i].f, t[i].n) || role_noun(t[i].f, t[i].n)))
		i++;
	size_t k = i, words = 0;
	while (k < n && words < 4 && !t[k].punct && t[k].cap && !stop_capital(t[k].f, t[k].n) &&
	       !mentioned_tok(c, &t[k])) {
		/* a middle initial: "James P. Kennedy" */
		if (t[k].n == 1 && words && k + 2 < n && t[k + 1].punct == '.' && !t[k + 2].punct &&
		    t[k + 2].cap) {
			k += 2;
			continue;
		}
		if (t[k].n < 2)
			break;
		/* a title or whose it is does not count: "Nordic Arms CEO
		 * Henrik Dahl" */
		words += !role_noun(t[k].f, t[k].n) && !possessive(&t[k]);
		k++;
	}
	/* the name after a title and whose it is: "CEO Craig Menear",
	 * "Port Authority Director Jan Berg", "Airbus's Lena Vogt" (a
	 * surname that is a title stays: "Stephen King") */
	for (size_t j = k; j-- > i + 1;) {
		if (role_noun(t[j - 1].f, t[j - 1].n) || possessive(&t[j - 1])) {
			if (k - j >= 2)
				i = j;
			break;
		}
	}
	if (k - i < 2)
		return 0;
	/* an office written in capitals is no name: "the Prime Minister", "the
	 * Foreign Secretary", "le Premier Ministre" */
	static const char *const office[] = {"prime", "vice", "foreign", "defence", "defense",
					     "federal", "first", "home", "interior", "finance",
					     "state", "general", "affaires", "etrangeres", NULL};
	size_t names = 0;
	for (size_t j = i; j < k; j++) {
		int off = role_noun(t[j].f, t[j].n);
		for (const char *const *o = office; *o && !off; o++)
			off = word_eq(t[j].f, t[j].n, *o);
		names += !off;
	}
	if (!names)
		return 0;
	/* a body is not a person: "Nordic Capital Equities", "Swedish
	 * Prosecution Authority" speak as organisations; a place does not
	 * speak ("Oklahoma City") */
	int body = 0;
	for (size_t j = i; j < k; j++)
		body |= body_noun(t[j].f, t[j].n);
	if (body && place_noun(t[k - 1].f, t[k - 1].n))
		return 0;
	if (!body) {
		named_person(c, c->doc->text.ptr + t[i].start, t[k - 1].end - t[i].start, sp);
		return 1;
	}
	memset(sp, 0, sizeof *sp);
	sp->entity = -1;
	sp->kind = DS_SPK_ORG;
	sp->name = ds_arena_strndup(&c->doc->arena, c->doc->text.ptr + t[i].start,
				    t[k - 1].end - t[i].start);
	return 1;
}

/* A capitalised surname alone ("Barabash said") that ends a full name
 * written earlier in the document ("Vitaliy Barabash"): that person. */
/* The full name "<Capitalised> <surname>" of the surname w written in
 * text[from, to), if any. */
static int full_name_in(const struct ctx *c, const struct tok *w, size_t from, size_t to,
			struct speaker *sp)
{
	const char *text = c->doc->text.ptr;
	size_t len = w->end - w->start;
	const char *p = text + from;
	while ((p = ds_memmem(p, (size_t)(text + to - p), text + w->start, len)) != NULL) {
		size_t off = (size_t)(p - text);
		p += len;
		if (off < 3 || text[off - 1] != ' ')
			continue;
		size_t g = off - 1, ge = off - 1;
		while (g > 0 && text[g - 1] != ' ' && text[g - 1] != '\n')
			g--;
		/* a middle initial: "Silvia S. Martins" */
		if (ge - g == 2 && ds_isupper(text[g]) && text[g + 1] == '.' && g >= 3 &&
		    text[g - 1] == ' ' && ds_isalpha(text[g - 2])) {
			ge = g - 1;
			g = ge;
			while (g > 0 && text[g - 1] != ' ' && text[g - 1] != '\n')
				g--;
		}
		uint32_t cp;
		if (ds_utf8_decode((const unsigned char *)text + g, ge - g, &cp) &&
		    ds_cp_is_upper(cp) && ge - g >= 2 &&
		    /* a given name: not punctuated, not a state's name
		     * ("ambassador to Britain Chen Wei") */
		    ((unsigned char)text[ge - 1] >= 0x80 || ds_isalpha(text[ge - 1])) &&
		    !state_at(c, (uint32_t)g, (uint32_t)ge) &&
		    (off + len >= c->doc->text.len || !ds_isalnum(text[off + len]))) {
			named_person(c, text + g, off + len - g, sp);
			return 1;
		}
	}
	return 0;
}

static int known_surname(const struct ctx *c, const struct tok *w, struct speaker *sp)
{
	if (w->punct || !w->cap || w->n < 3 || stop_capital(w->f, w->n) || mentioned_tok(c, w))
		return 0;
	/* the end of a name written whole here ("Tim Cook said"): not alone
	 * (after a title it is: "Ms Persson said") */
	const char *text = c->doc->text.ptr;
	if (w->start >= 3 && text[w->start - 1] == ' ') {
		size_t g = w->start - 1;
		while (g > 0 && text[g - 1] != ' ' && text[g - 1] != '\n')
			g--;
		char f[8];
		size_t fn = w->start - 1 - g < 6 ? ds_fold_to(f, sizeof f, text + g, w->start - 1 - g) : 0;
		uint32_t cp;
		if (ds_utf8_decode((const unsigned char *)text + g, w->start - 1 - g, &cp) &&
		    ds_cp_is_upper(cp) && ds_isalpha(text[w->start - 2]) && !title_word(f, fn))
			return 0;
	}
	/* nor the start of one ("said Singh Amarjit") */
	uint32_t cp;
	if (w->end + 2 < c->doc->text.len && text[w->end] == ' ' &&
	    ds_utf8_decode((const unsigned char *)text + w->end + 1, c->doc->text.len - w->end - 1, &cp) &&
	    ds_cp_is_upper(cp))
		return 0;
	/* bounded: the name was written in the last pages, not anywhere; or,
	 * failing that, in the next ones (a text may give the full name
	 * later) */
	size_t len = c->doc->text.len;
	return full_name_in(c, w, w->start > 20000 ? w->start - 20000 : 0, w->start, sp) ||
	       full_name_in(c, w, w->end, len - w->end > 20000 ? w->end + 20000 : len, sp);
}

/* Is token t a verb that may follow a subject: a reporting verb, an
 * auxiliary, a reflexive verb ("s'exprimait"), and with `past` an English
 * past tense ("disputed")? */
static int verb_after(const struct ctx *c, const struct tok *t, int past)
{
	static const char *const aux[] = {
		"a", "ont", "est", "sont", "avait", "avaient", "va", "vont", "sera", "etait",
		"has", "had", "have", "is", "was", "were", "will", "would", "did", "does", "can",
		"could", "may", "might", "must", "should", "didn't", "doesn't", "wasn't", "isn't",
		"hasn't", "won't", "wouldn't",
	};
	if (t->punct || t->cap)
		return 0;
	if (cue_kind(t->f, t->n, c->fr) != CUE_NONE)
		return 1;
	if (c->fr && ((t->n > 3 && t->f[0] == 's' && t->f[1] == '\'') || word_eq(t->f, t->n, "se")))
		return 1;
	for (size_t i = 0; i < DS_ARRAY_LEN(aux); i++)
		if (word_eq(t->f, t->n, aux[i]))
			return 1;
	/* English past tenses that do not end in -ed */
	static const char *const irregular[] = {
		"gave", "took", "made", "went", "came", "saw", "knew", "thought", "got", "put",
		"ran", "sent", "spoke", "began", "kept", "left", "met", "brought", "felt", "held",
		"stood", "won", "lost", "paid", "led", "became", "chose", "found", "flew", "fought",
		"grew", "heard", "meant", "rose", "sat", "sold", "spent", "struck", "taught",
		"threw", "understood", "wore", "bought", "built", "caught", "drew", "drove", "fell",
		"forgot", "hid", "rode", "shook", "shot", "slept", "stole", "swore", "tore",
		"withdrew", "oversaw", "undertook", "sought", "woke", "won't",
	};
	if (past && !c->fr)
		for (size_t i = 0; i < DS_ARRAY_LEN(irregular); i++)
			if (word_eq(t->f, t->n, irregular[i]))
				return 1;
	return past && !c->fr && t->n >= 4 && !memcmp(t->f + t->n - 2, "ed", 2);
}

/* A person the base does not know who opens the sentence [a, b) as its
 * subject: a surname alone whose full name was written before, followed by
 * a verb ("Erik Lindqvist …. Lindqvist rejected the claim …"). A full name alone
 * is not taken: companies, bands and bodies are written so too ("Big
 * Machine has denied"), and a pronoun is read for a person. */
/* The subject the base does not know at token i of t[0, n): a surname
 * alone before a verb, or a full name, who the person is between commas,
 * then a verb ("Anna Berg, head of research at a brokerage, pointed out
 * …"; a bracket may follow the name: "Rep. Tom Hale (R-OK), ranking
 * member …, pushed"). */
/* An English adverb between a subject and its verb ("first served",
 * "later told", "previously worked"). */
static int adverb_before_verb(const struct tok *t)
{
	static const char *const words[] = {"first", "also", "then", "later", "once", "still",
					    "never", "now", "often", "again", NULL};
	if (t->punct || t->cap)
		return 0;
	if (t->n > 4 && !memcmp(t->f + t->n - 2, "ly", 2))
		return 1;
	for (const char *const *w = words; *w; w++)
		if (word_eq(t->f, t->n, *w))
			return 1;
	return 0;
}

static int subject_at(const struct ctx *c, const struct tok *t, size_t n, size_t i,
		      struct speaker *sp)
{
	if (i + 1 >= n || t[i].punct || in_quote(c, t[i].start))
		return 0;
	if (verb_after(c, &t[i + 1], 1))
		return known_surname(c, &t[i], sp);
	/* a surname alone, an aside between commas, a verb: "Young, in his
	 * testimony, did not address …" */
	if (t[i + 1].punct == ',') {
		/* (a relative clause may run longer: "Holt, who has run the
		 * depot since the first winter of the war, told") */
		size_t lim = i + 2 < n && (word_eq(t[i + 2].f, t[i + 2].n, "who") ||
					    word_eq(t[i + 2].f, t[i + 2].n, "qui")) ? 28 : 14;
		size_t k = i + 2;
		while (k < n && k < i + lim && t[k].punct != ',' && t[k].punct != '.')
			k++;
		if (k + 1 < n && t[k].punct == ',' && verb_after(c, &t[k + 1], 1) &&
		    known_surname(c, &t[i], sp))
			return 1;
	}
	struct speaker who;
	if (!unknown_name(c, t, n, i, &who) || who.kind != DS_SPK_PERSON)
		return 0;
	/* the name, then its verb, maybe after an adverb ("Piotr Lis
	 * served …", "Anna Berg first worked …", "Jean Martel a …") */
	size_t e = i;
	int known = 0; /* a word of a name the base knows: the names of mentions decide */
	while (e < n && !t[e].punct && t[e].cap)
		known |= mentioned_tok(c, &t[e++]);
	if (e + 1 < n && adverb_before_verb(&t[e]))
		e++;
	if (!known && e > i + 1 && e < n && verb_after(c, &t[e], 1)) {
		*sp = who;
		return 1;
	}
	size_t k = i;
	while (k < n && !t[k].punct)
		k++;
	if (k < n && t[k].punct == '(') {
		while (k < n && t[k].punct != ')')
			k++;
		k++;
	}
	if (k >= n || t[k].punct != ',')
		return 0;
	/* who the person is between commas, or a relative clause ("Mira
	 * Holt, who runs the depot, said") */
	int office = k + 1 < n && (word_eq(t[k + 1].f, t[k + 1].n, "who") ||
				   word_eq(t[k + 1].f, t[k + 1].n, "qui"));
	for (k++; k < n && t[k].punct != ','; k++)
		office |= !t[k].punct && agent_noun(t[k].f, t[k].n);
	if (k + 2 < n && adverb_before_verb(&t[k + 1]))
		k++;
	if (!office || k + 1 >= n || !verb_after(c, &t[k + 1], 1))
		return 0;
	*sp = who;
	return 1;
}

/* A person the base does not know who is the subject of the sentence [a,
 * b): at its start, or after a phrase put first ("At a hearing last month,
 * Rep. X pushed …", "Lors d'une conférence, X a …"). */
static int unknown_subject(const struct ctx *c, uint32_t a, uint32_t b, struct speaker *sp)
{
	static const char *const fronted[] = {"at", "in", "on", "during", "after", "before",
					      "speaking", "lors", "dans", "apres", "avant",
					      "pendant", "en", "a", "au", "interroge", "interrogee"};
	struct tok t[40];
	size_t n = tokenize(c->doc->text.ptr, a, b, t, DS_ARRAY_LEN(t));
	size_t i = 0;
	while (i < n && t[i].punct && t[i].punct != '"')
		i++; /* a list's dash or number */
	if (subject_at(c, t, n, i, sp))
		return 1;
	/* a trade before the name: "Retired gunner Piotr Lis served …",
	 * "Defence analyst Anna Berg said …" */
	for (size_t k = i + 1; k < n && k < i + 3 && !t[k].punct && !t[k].cap; k++)
		if (agent_noun(t[k].f, t[k].n) && k + 1 < n && t[k + 1].cap &&
		    subject_at(c, t, n, k + 1, sp))
			return 1;
	int front = 0;
	for (size_t k = 0; i < n && k < DS_ARRAY_LEN(fronted) && !front; k++)
		front = word_eq(t[i].f, t[i].n, fronted[k]);
	if (!front)
		return 0;
	size_t k = i + 1;
	while (k < n && k < i + 24 && t[k].punct != ',' && t[k].punct != '.')
		k++;
	return k < n && t[k].punct == ',' && subject_at(c, t, n, k + 1, sp);
}
/* A surname alone as the subject of a cue ("Lefort agreed", "…,"
 * Lefort said") whose full name the text never gave: that name. At the
 * start of a sentence a capital tells nothing ("Officials said"), so the
 * word must be written with its capital inside a sentence elsewhere too. */
static int lone_name(const struct ctx *c, const struct tok *w, int initial, struct speaker *sp)
{
	if (w->punct || !w->cap || w->n < 3 || stop_capital(w->f, w->n) || mentioned_tok(c, w) ||
	    role_noun(w->f, w->n) || body_noun(w->f, w->n) || cue_kind(w->f, w->n, c->fr) != CUE_NONE)
		return 0;
	const char *text = c->doc->text.ptr;
	size_t len = w->end - w->start;
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)text[w->start + i] < 0x80 && !ds_isalpha(text[w->start + i]) &&
		    text[w->start + i] != '-')
			return 0;
	/* a misspelt surname of someone the text names: "Lavror" after
	 * "Sergey Lavrov" */
	for (size_t i = 0; w->n >= 5 && i < c->doc->n_mentions; i++) {
		const struct ds_mention *m = &c->doc->mentions[i];
		struct speaker who;
		if (!speaker_of_mention(c, m, &who) || who.kind != DS_SPK_PERSON)
			continue;
		const char *sn = c->kb->ents[who.entity].surname;
		if (sn && ds_edit_distance(sn, strlen(sn), w->f, w->n) <= 1 && sn[0] == w->f[0]) {
			*sp = who;
			return 1;
		}
	}
	/* the surname the base gives one person alone, even one it takes
	 * only after the full name (a "short_ctx" form): "Austin told a news
	 * conference" is a speaker, not the city */
	int32_t only = -1;
	uint32_t al = w->n >= 4 ? ds_kb_word_alias(c->kb, w->f, w->n) : UINT32_MAX;
	if (al != UINT32_MAX) {
		const struct ds_alias *a = &c->kb->aliases[al];
		for (uint32_t k = a->first; k < a->first + a->n && only != -2; k++) {
			const struct ds_target *tg = &c->kb->targets[k];
			if (tg->form == DOSSIER_FORM_SHORT &&
			    c->kb->ents[tg->entity].kind == DOSSIER_KIND_PERSON && tg->entity != only)
				only = only < 0 ? tg->entity : -2;
		}
	}
	if (only >= 0) {
		memset(sp, 0, sizeof *sp);
		sp->entity = only;
		sp->kind = DS_SPK_PERSON;
		sp->gender = c->kb->ents[only].gender;
		return 1;
	}
	if (initial) {
		int inside = 0;
		const char *p = text, *end = text + c->doc->text.len;
		while (!inside && (p = ds_memmem(p, (size_t)(end - p), text + w->start, len)) != NULL) {
			size_t off = (size_t)(p - text);
			inside = off >= 2 && off != w->start && text[off - 1] == ' ' &&
				 (ds_islower(text[off - 2]) || text[off - 2] == ',') &&
				 (off + len >= c->doc->text.len || !ds_isalnum(text[off + len]));
			p += len;
		}
		if (!inside)
			return 0;
	}
	memset(sp, 0, sizeof *sp);
	sp->entity = -1;
	sp->kind = DS_SPK_PERSON;
	sp->name = ds_arena_strndup(&c->doc->arena, text + w->start, len);
	return 1;
}

/* Skips adverbs, dates, titles and indirect objects between a verb and its
 * subject: "a déclaré lundi à la presse le porte-parole". Returns the index
 * of the first token that may begin the subject. */
static size_t skip_filler(const struct tok *t, size_t n, size_t i, int fr)
{
	static const char *const fr_fill[] = {
		"egalement", "aussi", "encore", "ensuite", "alors", "pour", "sa", "son", "part",
		"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
		"ce", "cette", "matin", "soir", "apres-midi", "recemment", "plus", "tot", "tard",
		"en", "outre", "notamment", "ainsi", "quant", "lui", "meme", "vivement",
		"fermement", "clairement", "simplement", "d'abord", "enfin", "deja", "toutefois",
		"cependant", "pourtant", "aujourd'hui", "souvent", "sobrement", "dernier",
	};
	static const char *const en_fill[] = {
		"also", "then", "later", "again", "on", "monday", "tuesday", "wednesday",
		"thursday", "friday", "saturday", "sunday", "yesterday", "today", "earlier",
		"recently", "last", "week", "month", "night", "morning",
	};
	while (i < n) {
		const struct tok *x = &t[i];
		if (x->punct == ',') {
			i++;
			continue;
		}
		/* indirect objects: "à la presse", "aux journalistes", "au journal",
		 * "au Financial Times" */
		if (fr && !x->punct && (word_eq(x->f, x->n, "a") || word_eq(x->f, x->n, "aux") ||
					word_eq(x->f, x->n, "au"))) {
			size_t j = i + 1;
			while (j < n && !t[j].punct && t[j].cap)
				j++;
			if (j > i + 1 && j < n) {
				i = j;
				continue;
			}
			j = i + 1;
			while (j < n && j < i + 4 && !t[j].punct && !t[j].cap)
				j++;
			if (j > i + 1) {
				i = j;
				continue;
			}
		}
		int fill = 0;
		const char *const *list = fr ? fr_fill : en_fill;
		size_t nl = fr ? DS_ARRAY_LEN(fr_fill) : DS_ARRAY_LEN(en_fill);
		for (size_t k = 0; k < nl && !fill; k++)
			fill = word_eq(x->f, x->n, list[k]);
		if (!fill)
			break;
		i++;
	}
	return i;
}

/* Nouns for a statement or its author, before "de X" / "of X": "un
 * communiqué du Pentagone", "a statement from the ministry". */
/* Nouns of a text an organisation issues ("un communiqué du Pentagone", "a
 * statement from the Kremlin"): the organisation speaks; a person of it
 * named by an indefinite article ("un responsable du ministère") is
 * someone unnamed. */
static int document_noun(const char *w, size_t n)
{
	static const char *const words[] = {
		"communique", "declaration", "texte", "note", "message", "statement", "release",
		"briefing", "report", "rapport", "bulletin", "letter", "lettre", "text", "memo",
		"email", "study", "etude", "document", "filing", "complaint", "plainte",
		"indictment", "lawsuit", "petition", "survey", "sondage"};
	for (size_t i = 0; i < DS_ARRAY_LEN(words); i++)
		if (word_eq(w, n, words[i]))
			return 1;
	return 0;
}

/* An acronym the base does not know, standing for a body ("the NBU
 * says", "a déclaré l'ANSM"): an organisation of that name in *sp. */
static int acronym_body(const struct ctx *c, const struct tok *t, struct speaker *sp)
{
	const char *x = c->doc->text.ptr + t->start;
	size_t n = t->end - t->start;
	/* the elided article of "l'AIEA" */
	if (n > 2 && (x[0] == 'l' || x[0] == 'L') && x[1] == '\'')
		x += 2, n -= 2;
	else if (n > 4 && (x[0] == 'l' || x[0] == 'L') && !memcmp(x + 1, "\xe2\x80\x99", 3))
		x += 4, n -= 4;
	if (t->punct || n < 2 || n > 6 || mentioned_tok(c, t))
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!ds_isupper(x[i]))
			return 0;
	memset(sp, 0, sizeof *sp);
	sp->entity = -1;
	sp->kind = DS_SPK_ORG;
	sp->name = ds_arena_strndup(&c->doc->arena, x, n);
	return 1;
}

static int statement_noun(const char *w, size_t n)
{
	static const char *const words[] = {
		"communique", "declaration", "porte-parole", "source", "sources", "responsable",
		"texte", "note", "message", "statement", "spokesman", "spokeswoman",
		"spokesperson", "release", "official", "officials", "representative",
		"briefing", "report", "rapport", "compte", "bulletin",
	};
	for (size_t i = 0; i < DS_ARRAY_LEN(words); i++)
		if (word_eq(w, n, words[i]))
			return 1;
	return 0;
}

/* The subject that follows a verb at token j (verb first: "a déclaré X"). */
/* An outlet named before, by its kind and its country: "affirment les
 * médias britanniques" after "La BBC explique", "the US newspaper wrote",
 * "le quotidien allemand". The tokens at j: an article, then the kind and
 * the demonym (French) or the demonym and the kind (English). The outlet
 * is the last organisation mentioned before qoff (in 3,000 bytes) that the
 * outlet table places in that country. */
static int outlet_epithet(const struct ctx *c, const struct tok *t, size_t n, size_t j,
			  uint32_t qoff, struct speaker *sp)
{
	static const char *const kinds_fr[] = {"media",    "medias",      "chaine", "journal",
					       "quotidien", "hebdomadaire", "radio", "agence",
					       "television", "magazine", "site"};
	static const char *const kinds_en[] = {"media",   "broadcaster", "newspaper", "daily",
					       "outlet",  "channel",     "network",   "agency",
					       "magazine", "paper",      "tabloid",   "weekly"};
	static const char *const art[] = {"le", "la", "les", "l", "the"};
	int a = 0;
	for (size_t k = 0; j < n && k < DS_ARRAY_LEN(art); k++)
		a |= word_eq(t[j].f, t[j].n, art[k]);
	if (!a || j + 2 >= n || t[j + 1].punct || t[j + 2].punct)
		return 0;
	const struct tok *kind = &t[j + (c->fr ? 1 : 2)], *adj = &t[j + (c->fr ? 2 : 1)];
	int is_kind = 0;
	for (size_t k = 0; c->fr && k < DS_ARRAY_LEN(kinds_fr); k++)
		is_kind |= word_eq(kind->f, kind->n, kinds_fr[k]);
	for (size_t k = 0; !c->fr && k < DS_ARRAY_LEN(kinds_en); k++)
		is_kind |= word_eq(kind->f, kind->n, kinds_en[k]);
	if (!is_kind)
		return 0;
	/* the country of the demonym */
	const struct dossier_kb *kb = c->kb;
	uint32_t al = ds_kb_word_alias(kb, adj->f, adj->n);
	const char *country = NULL;
	for (uint32_t k = al == UINT32_MAX ? 0 : kb->aliases[al].first;
	     al != UINT32_MAX && k < kb->aliases[al].first + kb->aliases[al].n && !country; k++) {
		const struct ds_entity *e = &kb->ents[kb->targets[k].entity];
		if (e->kind == DOSSIER_KIND_STATE && kb->targets[k].form == DOSSIER_FORM_DEMONYM)
			country = e->name; /* (the outlet table names its country so) */
	}
	if (!country)
		return 0;
	const struct dossier_doc *doc = c->doc;
	const struct ds_mention *best = NULL;
	for (size_t i = first_mention_at(doc, qoff > 3000 ? qoff - 3000 : 0);
	     i < doc->n_mentions && doc->mentions[i].start < qoff; i++) {
		const struct ds_entity *e = &kb->ents[doc->mentions[i].entity];
		if (e->kind != DOSSIER_KIND_ORG || in_quote(c, doc->mentions[i].start))
			continue;
		const struct ds_outlet *o = ds_kb_outlet(kb, e->name);
		if (o && o->country && !strcmp(o->country, country))
			best = &doc->mentions[i];
	}
	return best && speaker_of_mention(c, best, sp);
}

static int subject_after(struct ctx *c, const struct tok *t, size_t n, size_t j, uint32_t qoff,
			 struct speaker *sp)
{
	if (j >= n || t[j].punct)
		return 0;
	char g = anaphor(t[j].f, t[j].n, c->fr);
	/* "selon lui", "d'après lui" */
	if (!g && c->fr && word_eq(t[j].f, t[j].n, "lui"))
		g = 'm';
	if (g)
		return antecedent(c, qoff, g, sp);
	size_t dl = 0;
	/* one of many, unnamed: "said a Kremlin source", "a déclaré un
	 * responsable du Pentagone", "a Pentagon spokesperson said" (not a
	 * statement: "un communiqué du Pentagone" is the Pentagon's) */
	int indef = word_eq(t[j].f, t[j].n, "un") || word_eq(t[j].f, t[j].n, "une") ||
		    word_eq(t[j].f, t[j].n, "an") || (word_eq(t[j].f, t[j].n, "a") && !c->fr);
	if (indef && j + 1 < n && !t[j + 1].punct && !document_noun(t[j + 1].f, t[j + 1].n) &&
	    !(j + 2 < n && !t[j + 2].punct && document_noun(t[j + 2].f, t[j + 2].n))) {
		unnamed(sp);
		return 1;
	}
	/* a mention right here ("a déclaré le porte-parole du Kremlin") */
	uint32_t at;
	uint32_t near = j + 2 < n ? t[j + 2].end : t[n - 1].end;
	if (speaker_in(c, t[j].start, near, sp, &at, 0))
		return 1;
	if (outlet_epithet(c, t, n, j, qoff, sp))
		return 1;
	if (known_surname(c, &t[j], sp))
		return 1;
	if (unknown_name(c, t, n, j, sp))
		return 1;
	/* "said the NBU", "a indiqué l'ANSM" (one token with its article) */
	if (acronym_body(c, &t[j], sp) ||
	    (j + 1 < n && (word_eq(t[j].f, t[j].n, "the") || word_eq(t[j].f, t[j].n, "le") ||
			   word_eq(t[j].f, t[j].n, "la")) &&
	     acronym_body(c, &t[j + 1], sp)))
		return 1;
	/* a first name alone, then who the person is: "confie Oksana, une
	 * infirmière de Kharkiv", "said Oleh, a volunteer driver" */
	if (j + 2 < n && !t[j].punct && t[j].cap && t[j].n >= 3 && t[j + 1].punct == ',' &&
	    !t[j + 2].punct && !stop_capital(t[j].f, t[j].n) && !mentioned_tok(c, &t[j]) &&
	    (word_eq(t[j + 2].f, t[j + 2].n, c->fr ? "un" : "a") ||
	     word_eq(t[j + 2].f, t[j + 2].n, c->fr ? "une" : "an") ||
	     agent_noun(t[j + 2].f, t[j + 2].n))) {
		named_person(c, c->doc->text.ptr + t[j].start, t[j].end - t[j].start, sp);
		return 1;
	}
	/* a trade in lower case before the name: "said planetary geologist
	 * Rosaly Lopes", "a expliqué le politologue Jean Dupont" */
	size_t w = j;
	if (w < n && !t[w].punct && (word_eq(t[w].f, t[w].n, "the") || word_eq(t[w].f, t[w].n, "le") ||
				     word_eq(t[w].f, t[w].n, "la")))
		w++;

	size_t w0 = w;
	while (w < n && w < w0 + 3 && !t[w].punct && !t[w].cap && t[w].n >= 4 &&
	       cue_kind(t[w].f, t[w].n, c->fr) == CUE_NONE && !function_word(t[w].f, t[w].n))
		w++;
	if (w > w0 && w < n && t[w].cap && agent_noun(t[w - 1].f, t[w - 1].n) &&
	    unknown_name(c, t, n, w, sp) && sp->kind == DS_SPK_PERSON)
		return 1;
	char g2 = definite_role(t, n, j, c->fr, &dl);
	if (g2) {
		/* the office, then its holder's name after a comma: "a déclaré
		 * le porte-parole du gouvernement, Steffen Hebestreit", "said
		 * the government spokesman, Jane Doe" */
		for (size_t k = j + dl; k + 1 < n && k < j + dl + 6; k++) {
			if (t[k].punct != ',') {
				if (t[k].punct)
					break;
				continue;
			}
			struct speaker who;
			uint32_t at2, ne = t[k + 3 < n ? k + 3 : n - 1].end;
			memset(&who, 0, sizeof who);
			if ((speaker_in(c, t[k + 1].start, ne, &who, &at2, 0) ||
			     unknown_name(c, t, n, k + 1, &who)) &&
			    who.kind == DS_SPK_PERSON) {
				*sp = who;
				return 1;
			}
			break;
		}
		/* "le président brésilien", "le ministre allemand de la
		 * Défense": a role of a state whose holder on that date the
		 * knowledge base does not know; someone unnamed, not the
		 * person named last */
		uint32_t end = t[j + 4 < n ? j + 4 : n - 1].end;
		for (size_t m = first_mention_at(c->doc, t[j].start); m < c->doc->n_mentions; m++) {
			const struct ds_mention *mm = &c->doc->mentions[m];
			if (mm->start >= end)
				break;
			uint8_t kind = c->kb->ents[mm->entity].kind;
			if (kind == DOSSIER_KIND_STATE || kind == DOSSIER_KIND_ROLE) {
				unnamed(sp);
				return 1;
			}
		}
		return role_antecedent(c, qoff, g2, &t[j + 1], sp);
	}
	/* "un communiqué du Pentagone", "a statement from the Ministry" */
	size_t k = j;
	if (!t[k].punct && (word_eq(t[k].f, t[k].n, "un") || word_eq(t[k].f, t[k].n, "une") ||
			    word_eq(t[k].f, t[k].n, "le") || word_eq(t[k].f, t[k].n, "la") ||
			    word_eq(t[k].f, t[k].n, "a") || word_eq(t[k].f, t[k].n, "the") ||
			    word_eq(t[k].f, t[k].n, "an")))
		k++;
	if (k < n && (statement_noun(t[k].f, t[k].n) || document_noun(t[k].f, t[k].n))) {
		uint32_t until = k + 8 < n ? t[k + 8].end : t[n - 1].end;
		for (size_t m = first_mention_at(c->doc, t[k].end); m < c->doc->n_mentions; m++) {
			const struct ds_mention *mm = &c->doc->mentions[m];
			if (mm->start >= until)
				break;
			if (speaker_of_mention(c, mm, sp))
				return 1;
		}
		/* "says the report written by three army medics": a text whose
		 * authors are not named, not the person named last */
		if (document_noun(t[k].f, t[k].n) && k > j) {
			unnamed(sp);
			return 1;
		}
	}
	/* someone unnamed: "a déclaré un officier", "said an official" */
	if (word_eq(t[j].f, t[j].n, "un") || word_eq(t[j].f, t[j].n, "une") ||
	    word_eq(t[j].f, t[j].n, "des") || word_eq(t[j].f, t[j].n, "an") ||
	    word_eq(t[j].f, t[j].n, "one") || word_eq(t[j].f, t[j].n, "some") ||
	    (word_eq(t[j].f, t[j].n, "a") && !c->fr)) {
		unnamed(sp);
		return 1;
	}
	/* further on, past an indirect object ("told reporters in Kyiv X") */
	uint32_t until = j + 8 < n ? t[j + 8].end : t[n - 1].end;
	if (speaker_in(c, t[j].start, until, sp, &at, 0)) {
		for (size_t q = j; q < n && t[q].start < at; q++)
			if (t[q].punct == '.' || t[q].punct == '"')
				return 0;
		return 1;
	}
	return 0;
}

/* A reporting verb at token v, possibly an auxiliary and its participle
 * ("a déclaré", "has said", "a fait savoir") or with its pronoun ("dit-il",
 * "a-t-elle ajouté"): returns the index of the last token of the cue and
 * sets *inv to the inverted pronoun's gender; SIZE_MAX when no cue. */
/* Is token v right after a determiner, so a noun: "un communiqué", "des
 * demandes", "the statement" ("il l'a dit" has its auxiliary between)? */
static int after_determiner(const struct ctx *c, const struct tok *t, size_t v)
{
	static const char *const fr_det[] = {"un", "une", "le", "la", "les", "l'", "ce", "cette",
					     "du", "des", "au", "son", "sa", "leur"};
	static const char *const en_det[] = {"a", "an", "the", "this", "its", "their"};
	if (!v || t[v - 1].punct)
		return 0;
	const char *const *d = c->fr ? fr_det : en_det;
	size_t nd = c->fr ? DS_ARRAY_LEN(fr_det) : DS_ARRAY_LEN(en_det);
	for (size_t q = 0; q < nd; q++)
		if (word_eq(t[v - 1].f, t[v - 1].n, d[q]))
			return 1;
	return 0;
}

static size_t verb_at(const struct ctx *c, const struct tok *t, size_t n, size_t v, char *inv)
{
	*inv = 0;
	if (v >= n || t[v].punct)
		return SIZE_MAX;
	/* a word inside a name is not a verb ("the United States") */
	size_t mi = first_mention_at(c->doc, t[v].start);
	if (mi < c->doc->n_mentions && c->doc->mentions[mi].start < t[v].start)
		return SIZE_MAX;
	int k = cue_kind(t[v].f, t[v].n, c->fr);
	if (c->fr && t[v].n > 3 && k == CUE_NONE) {
		static const char *const sfx[] = {"-t-il", "-t-elle", "-il", "-elle", "-t-on", "-on"};
		for (size_t s = 0; s < DS_ARRAY_LEN(sfx); s++) {
			size_t sl = strlen(sfx[s]);
			if (t[v].n > sl && !memcmp(t[v].f + t[v].n - sl, sfx[s], sl)) {
				int kk = cue_kind(t[v].f, t[v].n - sl, 1);
				if (kk == CUE_VERB || kk == CUE_AUX) {
					*inv = strstr(sfx[s], "elle") ? 'f' : strstr(sfx[s], "on") ? 'u' : 'm';
					k = kk;
				}
				break;
			}
		}
	}
	if (k == CUE_VERB)
		return after_determiner(c, t, v) ? SIZE_MAX : v;
	if (k != CUE_AUX)
		return SIZE_MAX;
	/* an auxiliary: a participle within three words */
	for (size_t p = v + 1; p < n && p < v + 4; p++) {
		if (t[p].punct)
			break;
		if (cue_kind(t[p].f, t[p].n, c->fr) == CUE_VERB && !after_determiner(c, t, p)) {
			if (word_eq(t[p].f, t[p].n, "fait") && p + 1 < n)
				return p + 1;
			return p;
		}
	}
	return SIZE_MAX;
}

/* A cue after a quote (tokens t from the closing mark to the end of the
 * sentence): verb first ("», a déclaré X", "," said X", "», dit-il"), or
 * subject first ("” X said", "", he added", "..., the minister has said"). */
static uint32_t sentence_start(const struct dossier_doc *doc, uint32_t off);

/* The speaker of a cue verb ending at token e that comes before its
 * subject: its inverted pronoun ("dit-il", "apprend-on": someone unnamed),
 * else the subject after it ("a déclaré X"). */
static int speaker_of_verb(struct ctx *c, const struct tok *t, size_t n, size_t e, char inv,
			   uint32_t qoff, struct speaker *sp)
{
	if (inv == 'u') {
		unnamed(sp);
		return 1;
	}
	if (inv)
		return antecedent(c, qoff, inv, sp);
	return subject_after(c, t, n, skip_filler(t, n, e + 1, c->fr), qoff, sp);
}

static int cue_after(struct ctx *c, const struct tok *t, size_t n, uint32_t qoff,
		     struct speaker *sp, uint32_t *cs, uint32_t *ce)
{
	size_t i = 0;
	/* a headline: "'We need air defence now': Zelensky renews his
	 * appeal", « Nous avons besoin d'avions » : l'appel de Zelensky; the
	 * quote opens its sentence and the name follows the colon */
	if (n >= 2 && t[0].punct == ':' && !t[1].punct && sentence_start(c->doc, qoff) == qoff) {
		const struct dossier_doc *doc = c->doc;
		for (size_t k = first_mention_at(doc, t[1].start); k < doc->n_mentions; k++) {
			const struct ds_mention *m = &doc->mentions[k];
			if (m->start > t[1].start)
				break;
			if (m->start == t[1].start && speaker_of_mention(c, m, sp)) {
				*cs = t[0].start;
				*ce = m->end;
				return 1;
			}
		}
	}
	while (i < n && t[i].punct && t[i].punct != '"')
		i++;
	if (i >= n || t[i].punct)
		return 0;
	/* "…", according to X; « … », selon lui */
	if (cue_kind(t[i].f, t[i].n, c->fr) == CUE_SELON) {
		size_t j = i + 1;
		if (!c->fr && j < n && word_eq(t[j].f, t[j].n, "to"))
			j++;
		if (!subject_after(c, t, n, j, qoff, sp))
			return 0;
		*cs = t[i].start;
		*ce = t[j - 1].end;
		return 1;
	}
	char inv;
	size_t e = verb_at(c, t, n, i, &inv);
	if (e != SIZE_MAX) {
		*cs = t[i].start;
		*ce = t[e].end;
		return speaker_of_verb(c, t, n, e, inv, qoff, sp);
	}
	/* the rest of the sentence, then the cue after a comma: "« il n'y a
	 * pas de solution militaire » à ce conflit, a souligné X" */
	for (size_t s = i; s + 1 < n && s < i + 12; s++) {
		if (t[s].punct == '"' || t[s].punct == '.')
			break;
		if (t[s].punct != ',') {
			char inv0;
			if (verb_at(c, t, n, s, &inv0) != SIZE_MAX)
				break; /* a verb of its own before the comma */
			continue;
		}
		size_t e3 = verb_at(c, t, n, s + 1, &inv);
		if (e3 == SIZE_MAX)
			break;
		*cs = t[s + 1].start;
		*ce = t[e3].end;
		return speaker_of_verb(c, t, n, e3, inv, qoff, sp);
	}
	/* subject first: the verb somewhere before the end of the sentence */
	for (size_t s = i + 1; s < n && s < i + 30; s++) {
		if (t[s].punct == '"' || t[s].punct == '.')
			break;
		size_t e2 = verb_at(c, t, n, s, &inv);
		if (e2 == SIZE_MAX || inv)
			continue;
		*cs = t[s].start;
		*ce = t[e2].end;
		char g = anaphor(t[s - 1].f, t[s - 1].n, c->fr);
		if (g)
			return antecedent(c, qoff, g, sp);
		/* "a senior Pentagon official said", "some EU diplomats said":
		 * someone of that body, unnamed (not the body itself) */
		static const char *const nobody[] = {
			"official", "officials", "officer", "officers", "source", "sources",
			"diplomat", "diplomats", "responsable", "responsables", "diplomate",
			"diplomates", "officier", "officiers", "spokesperson", "spokesman",
			"spokeswoman", "porte-parole"};
		int indefinite = word_eq(t[i].f, t[i].n, "a") || word_eq(t[i].f, t[i].n, "an") ||
				 word_eq(t[i].f, t[i].n, "un") || word_eq(t[i].f, t[i].n, "une") ||
				 word_eq(t[i].f, t[i].n, "one") || word_eq(t[i].f, t[i].n, "some") ||
				 word_eq(t[i].f, t[i].n, "des");
		for (size_t k = 0; indefinite && k < DS_ARRAY_LEN(nobody); k++)
			if (word_eq(t[s - 1].f, t[s - 1].n, nobody[k])) {
				unnamed(sp);
				return 1;
			}
		uint32_t at;
		if (speaker_in(c, t[i].start, t[s].start, sp, &at, 1))
			return 1;
		/* "the British broadcaster said" */
		if (s == i + 3 && outlet_epithet(c, t, n, i, qoff, sp))
			return 1;
		if (holderless_role_in(c, t[i].start, t[s].start)) {
			unnamed(sp);
			return 1;
		}
		if (known_surname(c, &t[s - 1], sp))
			return 1;
		size_t dl;
		for (size_t q = i; q + 1 < s; q++) {
			char g2 = definite_role(t, n, q, c->fr, &dl);
			if (g2 && unknown_name(c, t, s, q, sp))
				return 1;
			if (g2)
				return role_antecedent(c, qoff, g2, &t[q + 1], sp);
		}
		for (size_t q = i; q + 1 < s; q++)
			if (unknown_name(c, t, s, q, sp))
				return 1;
		if (s == i + 1 && lone_name(c, &t[i], 0, sp))
			return 1;
		if ((s == i + 1 || (s == i + 2 && word_eq(t[i].f, t[i].n, "the"))) &&
		    acronym_body(c, &t[s - 1], sp))
			return 1;
		/* "…," a senior officer said: someone unnamed */
		if (word_eq(t[i].f, t[i].n, "a") || word_eq(t[i].f, t[i].n, "an") ||
		    word_eq(t[i].f, t[i].n, "un") || word_eq(t[i].f, t[i].n, "une") ||
		    word_eq(t[i].f, t[i].n, "one") || word_eq(t[i].f, t[i].n, "some")) {
			unnamed(sp);
			return 1;
		}
		/* "Danish newspapers said, citing the minister" */
		for (size_t q = e2 + 1; q + 1 < n; q++) {
			if (t[q].punct == '.')
				break;
			if (word_eq(t[q].f, t[q].n, "citing") || word_eq(t[q].f, t[q].n, "citant") ||
			    word_eq(t[q].f, t[q].n, "quoting"))
				return subject_after(c, t, n, q + 1, qoff, sp);
		}
		return 0;
	}
	return 0;
}

static int sentence_subject(struct ctx *c, const struct tok *t, size_t n, struct speaker *sp);

/* A cue before a quote (tokens t from the start of its sentence to the
 * opening mark): "X a déclaré : «", "X said he would “", "selon X, «". */
/* Where an aside between commas that ends right before token v starts
 * (its first comma), when it opens with a participle or a preposition of
 * place or time ("speaking in Brussels", "s'exprimant devant la presse",
 * "in Kyiv", "en visite à Paris", "lors d'une conférence"); else v. */
static size_t aside_start(const struct tok *t, size_t v)
{
	static const char *const opener[] = {"in", "at", "during", "after", "from", "en", "lors",
					     "depuis", "apres", "devant",
					     /* a relative clause: "Zelensky, who met Biden
					      * on Thursday, said" */
					     "who", "qui"};
	if (v < 3 || t[v - 1].punct != ',')
		return v;
	for (size_t p = v - 2; p > 0 && v - p <= 16; p--) {
		if (t[p].punct == '"' || t[p].punct == '.')
			return v;
		if (t[p].punct != ',')
			continue;
		const struct tok *w = &t[p + 1];
		if (w->punct)
			return v;
		int open = w->n > 4 && (!memcmp(w->f + w->n - 3, "ing", 3) ||
					!memcmp(w->f + w->n - 3, "ant", 3));
		for (size_t k = 0; k < DS_ARRAY_LEN(opener) && !open; k++)
			open = word_eq(w->f, w->n, opener[k]);
		return open ? p : v;
	}
	return v;
}

/* The speaker named right before the comma at `comma` (from `from` on),
 * object of a verb or not ("a déclaré au président français, qui"). */
static int relative_antecedent(const struct ctx *c, uint32_t from, uint32_t comma,
			       struct speaker *sp)
{
	const struct dossier_doc *doc = c->doc;
	const struct ds_mention *best = NULL;
	for (size_t i = first_mention_at(doc, from); i < doc->n_mentions; i++) {
		const struct ds_mention *m = &doc->mentions[i];
		if (m->start >= comma)
			break;
		if (m->start >= from && !in_quote(c, m->start))
			best = m;
	}
	if (!best)
		return 0;
	uint32_t end = best->end;
	while (end < comma && doc->text.ptr[end] == ' ')
		end++;
	struct speaker s;
	if (end != comma || !speaker_of_mention(c, best, &s))
		return 0;
	owned_person(c, best->end, &s);
	if (s.kind != DS_SPK_PERSON && s.kind != DS_SPK_ORG)
		return 0;
	*sp = s;
	return 1;
}

static int cue_before(struct ctx *c, const struct tok *t, size_t n, uint32_t qoff,
		      struct speaker *sp, uint32_t *cs, uint32_t *ce)
{
	for (size_t s = n; s-- > 0;) {
		if (t[s].punct == '"')
			break; /* another quote before: its own cue */
		int kk = cue_kind(t[s].f, t[s].n, c->fr);
		/* "Pour X, « … »", "For X, “…”" opening the sentence: whose view
		 * it is, as "selon X" */
		if (s == 0 && n > 2 && word_eq(t[s].f, t[s].n, c->fr ? "pour" : "for"))
			kk = CUE_SELON;
		if (kk == CUE_SELON) {
			size_t j = s + 1;
			if (!c->fr && j < n && word_eq(t[j].f, t[j].n, "to"))
				j++;
			if (subject_after(c, t, n, j, qoff, sp)) {
				*cs = t[s].start;
				*ce = t[j - 1].end;
				return 1;
			}
			continue;
		}
		char inv;
		size_t v0 = s;
		while (v0 > 0 && v0 + 3 > s && cue_kind(t[v0 - 1].f, t[v0 - 1].n, c->fr) == CUE_AUX)
			v0--;
		size_t e = verb_at(c, t, n, v0, &inv);
		if (e == SIZE_MAX)
			e = verb_at(c, t, n, s, &inv), v0 = s;
		if (e == SIZE_MAX || e < s)
			continue;
		/* the verb of a relative clause is not the cue: "said one
		 * official who asked not to be named, “…”"; unless the quote
		 * follows it, its subject the name just before: "Macron a reçu
		 * Zelensky, qui a déclaré : « … »", "thanked Macron, who
		 * replied: “…”" */
		if (v0 > 0 && (word_eq(t[v0 - 1].f, t[v0 - 1].n, "who") ||
			       word_eq(t[v0 - 1].f, t[v0 - 1].n, "which") ||
			       word_eq(t[v0 - 1].f, t[v0 - 1].n, "qui"))) {
			int next = 1;
			for (size_t q = e + 1; q < n && next; q++)
				next = t[q].punct == ':' || t[q].punct == ',';
			if (next && v0 >= 2 && t[v0 - 2].punct == ',' &&
			    !word_eq(t[v0 - 1].f, t[v0 - 1].n, "which") &&
			    relative_antecedent(c, t[0].start, t[v0 - 2].start, sp)) {
				*cs = t[v0].start;
				*ce = t[e].end;
				return 1;
			}
			continue;
		}
		*cs = t[v0].start;
		*ce = t[e].end;
		if (inv)
			return inv == 'u' ? (unnamed(sp), 1) : antecedent(c, qoff, inv, sp);
		/* a participle clause ("…, saying “", "…, ajoutant que «") belongs to
		 * the subject of the sentence */
		if (t[e].n > 4 && (!memcmp(t[e].f + t[e].n - 3, "ing", 3) ||
				   !memcmp(t[e].f + t[e].n - 3, "ant", 3)))
			return sentence_subject(c, t, v0, sp);
		/* the subject before an aside between commas: "Kuleba, speaking
		 * in Brussels, said", "X, en visite à Kiev, a déclaré" */
		size_t lim = aside_start(t, v0);
		if (lim > 0) {
			char g = anaphor(t[lim - 1].f, t[lim - 1].n, c->fr);
			if (g)
				return antecedent(c, qoff, g, sp);
			if (known_surname(c, &t[lim - 1], sp))
				return 1;
		}
		uint32_t at;
		if (speaker_in(c, n ? t[0].start : 0, t[lim].start, sp, &at, 1))
			return 1;
		/* "Le quotidien britannique écrit : « … »" */
		if (v0 == 3 && outlet_epithet(c, t, n, 0, qoff, sp))
			return 1;
		if (holderless_role_in(c, n ? t[0].start : 0, t[lim].start)) {
			unnamed(sp);
			return 1;
		}
		size_t dl;
		for (size_t q = 0; q + 1 < lim; q++) {
			char g2 = definite_role(t, n, q, c->fr, &dl);
			/* "le général Pierre Schill": the name that follows */
			if (g2 && unknown_name(c, t, lim, q, sp))
				return 1;
			if (g2)
				return role_antecedent(c, qoff, g2, &t[q + 1], sp);
		}
		/* a name in the verb's own clause, nearest the verb ("…, which I
		 * call Iceberg Passages, after the novelist Jo Walton
		 * explained"); else the first of the sentence, whose title may
		 * follow between commas ("Steve Menet, Senior Vice President of
		 * Sales for X, says:") */
		size_t clause = lim;
		while (clause > 0 && t[clause - 1].punct != ',')
			clause--;
		for (size_t q = lim - (lim > 0); q-- > clause;)
			if (unknown_name(c, t, lim, q, sp)) {
				struct speaker longer;
				while (q > clause && !t[q - 1].punct && t[q - 1].cap &&
				       unknown_name(c, t, lim, q - 1, &longer) && longer.kind == sp->kind)
					*sp = longer, q--;
				return 1;
			}
		for (size_t q = 0; q + 1 < clause; q++)
			if (unknown_name(c, t, lim, q, sp))
				return 1;
		if (lim > 0 && (lim == 1 || t[lim - 2].punct == ',') &&
		    lone_name(c, &t[lim - 1], lim == 1, sp))
			return 1;
		/* "the NBU says that …" (not "the disorder is called “…”": a name
		 * given) */
		static const char *const be[] = {"is", "are", "was", "were", "be", "been",
						 "est", "sont", "etait", NULL};
		int passive = 0;
		for (const char *const *b = be; *b; b++)
			passive |= word_eq(t[v0].f, t[v0].n, *b);
		if (!passive && lim > 0 && (lim == 1 || t[lim - 2].punct == ',' ||
				word_eq(t[lim - 2].f, t[lim - 2].n, "the") ||
				word_eq(t[lim - 2].f, t[lim - 2].n, "le") ||
				word_eq(t[lim - 2].f, t[lim - 2].n, "la")) &&
		    acronym_body(c, &t[lim - 1], sp))
			return 1;
		/* someone unnamed as the subject, after the last comma:
		 * "Interrogé par l'AFP, un diplomate européen résume : «" */
		for (size_t q = lim; q-- > 0 && t[q].punct != ',';) {
			if (!t[q].punct && (word_eq(t[q].f, t[q].n, c->fr ? "un" : "a") ||
					    word_eq(t[q].f, t[q].n, c->fr ? "une" : "an") ||
					    word_eq(t[q].f, t[q].n, c->fr ? "des" : "some"))) {
				unnamed(sp);
				return 1;
			}
		}
		/* verb then subject before the quote: "a déclaré X : «" */
		if (subject_after(c, t, n, skip_filler(t, n, e + 1, c->fr), qoff, sp))
			return 1;
		return 0;
	}
	return 0;
}

/* The subject of the sentence around a quote that has no cue of its own:
 * the first speaker mention or pronoun of the sentence before the quote
 * ("The minister said he had told his staff to “…”"). */
static int sentence_subject(struct ctx *c, const struct tok *t, size_t n, struct speaker *sp)
{
	for (size_t i = 0; i < n; i++) {
		if (t[i].punct == '"')
			return 0;
		if (t[i].punct)
			continue;
		if (mentioned_tok(c, &t[i])) {
			size_t m = first_mention_at(c->doc, t[i].start);
			const struct ds_mention *mm = &c->doc->mentions[m];
			if (!in_quote(c, mm->start) && !object_prep(mm->prep) &&
			    speaker_of_mention(c, mm, sp) && sp->kind == DS_SPK_PERSON)
				return 1;
			continue;
		}
		char g = anaphor(t[i].f, t[i].n, c->fr);
		if (g && g != 'o')
			return antecedent(c, t[i].start, g, sp);
	}
	return 0;
}

/* The short words that English title case leaves in lower case. */
static int title_small_word(const char *w, size_t n)
{
	static const char *const small[] = {"a", "an", "the", "and", "but", "or", "nor", "for",
					    "of", "to", "in", "on", "at", "by", "with", "from",
					    "as", "into", "up", "via", "vs", "per"};
	for (size_t i = 0; i < DS_ARRAY_LEN(small); i++)
		if (word_eq(w, n, small[i]))
			return 1;
	return 0;
}

/* Is t[0, n) an English title in title case ("The Night We Left Home.",
 * "Songs For The Long Road"): four to ten words, every one capitalised but the
 * short words of titles, three capitalised words or more, written in mixed
 * case (not a shouted slogan), no sentence punctuation but at the end?
 * Speech is not written that way; song, book and film titles and names
 * are. */
static int title_case(const char *s, const struct tok *t, size_t n)
{
	size_t words = 0, caps = 0, mixed = 0;
	for (size_t i = 0; i < n; i++) {
		if (t[i].punct) {
			if (strchr(".,;:!?", t[i].punct) && i + 1 < n && !t[i + 1].punct)
				return 0;
			continue;
		}
		words++;
		if (t[i].cap) {
			caps++;
			mixed += t[i].end > t[i].start + 1 && ds_islower(s[t[i].start + 1]);
		} else if (!(i && title_small_word(t[i].f, t[i].n)) && !ds_isdigit(t[i].f[0])) {
			return 0;
		}
	}
	return words >= 4 && words <= 10 && caps >= 3 && mixed >= 2;
}

/* Is the quoted text a name or a title rather than words said: a capitalised
 * phrase without sentence punctuation after an article or a preposition
 * ("du “Groupe de contact pour la défense”"), an English title in title
 * case (but in a headline, written so whatever it quotes), or a word or
 * two? */
static int not_a_quote(const struct ctx *c, const struct qspan *q)
{
	const char *s = c->doc->text.ptr;
	struct tok t[12];
	size_t n = tokenize(s, q->start, q->end, t, DS_ARRAY_LEN(t));
	size_t words = 0, punct = 0;
	for (size_t i = 0; i < n; i++) {
		if (t[i].punct)
			punct += strchr(".,;:!?", t[i].punct) != NULL;
		else
			words++;
	}
	if (words <= 2 && q->close == q->end && q->end < c->doc->paras[q->para].end)
		return 1;
	if (n < DS_ARRAY_LEN(t) && q->para > 0 && title_case(s, t, n))
		return 1;
	if (n < DS_ARRAY_LEN(t) && !punct && words <= 8) {
		struct tok b[32];
		uint32_t from = q->open > 24 ? q->open - 24 : 0;
		size_t nb = tokenize(s, from, q->open, b, DS_ARRAY_LEN(b));
		if (nb) {
			const struct tok *p = &b[nb - 1];
			static const char *const dets[] = {"du", "de", "des", "le", "la", "les", "l",
							   "au", "aux", "the", "of", "un", "une",
							   "called", "named", "baptise", "surnomme",
							   "intitule", "entitled", "dubbed"};
			/* a name in any case after a naming word ("the so-called
			 * \"coalition of the willing\""), or one in capitals after
			 * the noun it names ("l'initiative « Leopard pour l'Ukraine
			 * »"); after an article, a lower-case quote is words said
			 * ("gives Kyiv the \"means to hold the line\"") */
			static const char *const named[] = {"baptise", "surnomme", "intitule",
							    "entitled", "dubbed"};
			static const char *const kinds[] = {"initiative", "operation", "plan",
							    "programme",  "program",   "format",
							    "projet",     "project",   "campagne",
							    "campaign",   "doctrine"};
			for (size_t k = 0; t[0].cap && k < DS_ARRAY_LEN(dets); k++)
				if (word_eq(p->f, p->n, dets[k]))
					return 1;
			/* (past an elision: "l'initiative") */
			const char *pf = p->f;
			size_t pn = p->n;
			for (size_t z = pn; z-- > 0;)
				if (pf[z] == '\'') {
					pf += z + 1;
					pn -= z + 1;
					break;
				}
			for (size_t k = 0; t[0].cap && k < DS_ARRAY_LEN(kinds); k++)
				if (word_eq(pf, pn, kinds[k]))
					return 1;
			for (size_t k = 0; !t[0].cap && k < DS_ARRAY_LEN(named); k++)
				if (word_eq(p->f, p->n, named[k]))
					return 1;
			/* "so-called", "soi-disant" ("she called it \"...\"" is
			 * words said) */
			if (!t[0].cap &&
			    (word_eq(p->f, p->n, "so-called") || word_eq(p->f, p->n, "soi-disant")))
				return 1;
			/* an article opening the sentence: the quote is the name of its
			 * subject ("Le « groupe de contact » se réunit") */
			static const char *const arts[] = {"le", "la", "les", "the"};
			for (size_t k = 0; !t[0].cap && k < DS_ARRAY_LEN(arts); k++)
				if (word_eq(p->f, p->n, arts[k]) &&
				    sentence_start(c->doc, q->open) == p->start)
					return 1;
		}
	}
	return 0;
}

static uint32_t sentence_start(const struct dossier_doc *doc, uint32_t off)
{
	size_t i = sentence_index(doc, off);
	return i < doc->n_sents && doc->sents[i].start <= off ? doc->sents[i].start : off;
}

static uint32_t sentence_end(const struct dossier_doc *doc, uint32_t off)
{
	size_t i = sentence_index(doc, off);
	return i < doc->n_sents ? doc->sents[i].end : off;
}

static void trim(const char *s, uint32_t *a, uint32_t *b)
{
	size_t n;
	while (*a < *b && ds_cp_is_space(cp_at(s, *b, *a, &n)))
		*a += (uint32_t)n;
	while (*b > *a) {
		size_t j = *b - 1;
		while (j > *a && ((unsigned char)s[j] & 0xC0) == 0x80)
			j--;
		if (!ds_cp_is_space(cp_at(s, *b, j, &n)))
			break;
		*b = (uint32_t)j;
	}
}

/* A cue inside a quotation ("« …, a-t-il dit, … »", "«…, explique X,
 * chercheuse. …»"): the quote is cut in two around it. Returns 1 with the
 * incise [*ia, *ib) and its speaker. */
static int incise(struct ctx *c, const struct qspan *q, uint32_t *ia, uint32_t *ib,
		  struct speaker *sp, uint32_t *cs, uint32_t *ce)
{
	const char *s = c->doc->text.ptr;
	/* no comma, no incise (most short quotes): not tokenised */
	if (q->end <= q->start || !memchr(s + q->start, ',', q->end - q->start))
		return 0;
	struct tok t[MAX_TOKS];
	size_t n = tokenize(s, q->start, q->end, t, MAX_TOKS);
	for (size_t i = 1; i + 1 < n; i++) {
		if (t[i].punct != ',' || t[i + 1].punct)
			continue;
		char inv;
		size_t e = verb_at(c, t, n, i + 1, &inv);
		if (e == SIZE_MAX)
			continue;
		/* a finite reporting verb, not a participle clause ("ajoutant") */
		if (t[e].n > 3 && !memcmp(t[e].f + t[e].n - 3, "ant", 3))
			continue;
		struct speaker who;
		int ok;
		size_t after = e + 1;
		if (inv) {
			/* "a-t-il dit" cuts the quotation even when "il" has no
			 * one to stand for */
			ok = inv == 'u' ? (unnamed(&who), 1) : antecedent(c, q->open, inv, &who);
			if (!ok) {
				unnamed(&who);
				ok = 1;
			}
		}
		else {
			size_t j = skip_filler(t, n, e + 1, c->fr);
			c->open_a = t[i].start;
			c->open_b = q->end;
			ok = j < n && subject_after(c, t, n, j, q->open, &who);
			c->open_a = c->open_b = 0;
			/* the subject's words */
			after = j;
			while (after < n && !t[after].punct)
				after++;
			/* a subject after the verb that names no one known still
			 * makes an incise: "…, a précisé le ministre. …" */
			if (!ok && j < n && !t[j].punct &&
			    (word_eq(t[j].f, t[j].n, "le") || word_eq(t[j].f, t[j].n, "la") ||
			     word_eq(t[j].f, t[j].n, "l") || word_eq(t[j].f, t[j].n, "un") ||
			     word_eq(t[j].f, t[j].n, "une") || word_eq(t[j].f, t[j].n, "the")) &&
			    after < n && after - j <= 6 && (t[after].punct == ',' || t[after].punct == '.')) {
				unnamed(&who);
				ok = 1;
			}
		}
		if (!ok || after >= n)
			continue;
		/* the incise ends at the next comma, or at the full stop when an
		 * apposition follows the name ("X, chercheuse à Bonn. Une…") */
		size_t end = after;
		if (t[end].punct == ',' && end + 1 < n && !t[end + 1].cap && !t[end + 1].punct) {
			size_t d = end + 1;
			while (d < n && t[d].punct != '.' && t[d].punct != '"' && t[d].start - t[end].end < 160)
				d++;
			/* a full stop that closes the quotation ends a sentence
			 * the incise cut, not an apposition */
			if (d + 1 < n && t[d].punct == '.')
				end = d;
		}
		if (t[end].punct != ',' && t[end].punct != '.')
			continue;
		*ia = t[i].start;
		*ib = t[end].end;
		*cs = t[i + 1].start;
		*ce = t[e].end;
		*sp = who;
		return 1;
	}
	return 0;
}

static void emit(struct dossier_doc *doc, uint32_t a, uint32_t b, const struct speaker *sp,
		 uint32_t cs, uint32_t ce)
{
	trim(doc->text.ptr, &a, &b);
	/* "…need," he said: the comma belongs to the sentence around */
	while (b > a && (doc->text.ptr[b - 1] == ',' || doc->text.ptr[b - 1] == ';'))
		b--;
	trim(doc->text.ptr, &a, &b);
	if (a >= b)
		return;
	ds_grow(&doc->quotes, &doc->cap_quotes, doc->n_quotes + 1, sizeof *doc->quotes);
	struct ds_quote *out = &doc->quotes[doc->n_quotes++];
	out->start = a;
	out->end = b;
	out->speaker = sp->kind == DS_SPK_UNNAMED ? -1 : sp->entity;
	out->speaker_name = sp->kind == DS_SPK_UNNAMED ? NULL : sp->name;
	out->speaker_kind = sp->kind;
	out->cue_start = cs;
	out->cue_end = ce;
}

/* How a quote got its speaker: a cue of its own, or a guess from context. */
enum { FOUND_NONE, FOUND_CUE, FOUND_CONTEXT };

/* A quote whose closing mark is missing ends before a sentence that
 * narrates, one whose subject is a named person with a reporting verb (« …
 * nos armées. Interrogé sur les livraisons, Boris Pistorius a affirmé …): a
 * quotation does not tell who speaks it. */
static void narrated_end(struct ctx *c, struct qspan *q)
{
	const struct dossier_doc *doc = c->doc;
	/* unclosed: open at the end of its paragraph, or where the writer
	 * opened the next one (a closed quote ends at its closing mark) */
	uint32_t pe = doc->paras[q->para].end;
	size_t mn;
	uint32_t at = q->close < pe ? cp_at(doc->text.ptr, pe, q->close, &mn) : 0;
	if (q->close < pe && at != 0x201C && at != 0xAB)
		return;
	struct tok t[64];
	for (size_t si = sentence_index(doc, q->start) + 1;
	     si < doc->n_sents && doc->sents[si].start < q->end; si++) {
		uint32_t a = doc->sents[si].start, b = doc->sents[si].end;
		if (b > q->end)
			b = q->end;
		size_t n = tokenize(doc->text.ptr, a, b, t, DS_ARRAY_LEN(t));
		/* the subject, a person named; its verb right after it */
		for (size_t k = 0; k < n; k++) {
			size_t m = first_mention_at(doc, t[k].start);
			if (m >= doc->n_mentions || doc->mentions[m].start != t[k].start)
				continue;
			struct speaker sp;
			if (!speaker_of_mention(c, &doc->mentions[m], &sp) || sp.kind != DS_SPK_PERSON)
				continue;
			size_t v = k + 1;
			while (v < n && t[v].end <= doc->mentions[m].end)
				v++;
			char inv;
			if (v < n && verb_at(c, t, n, v, &inv) != SIZE_MAX && !inv) {
				q->end = q->close = a;
				return;
			}
		}
	}
}

/* A quote with no cue of its own, then a line "Source: <outlet>, citing
 * <person>" (as Ukrainian outlets lay out their news): that person. */
static int source_citing(const struct ctx *c, const struct qspan *q, struct speaker *sp,
			 uint32_t *cs, uint32_t *ce)
{
	const struct dossier_doc *doc = c->doc;
	if (q->para + 1 >= doc->n_paras)
		return 0;
	const struct ds_span *p = &doc->paras[q->para + 1];
	const char *t = doc->text.ptr + p->start;
	size_t n = p->end - p->start;
	if (n < 16 || (strncmp(t, "Source:", 7) && strncmp(t, "Source :", 8)))
		return 0;
	const char *cit = ds_memmem(t, n, "citing ", 7);
	if (!cit)
		return 0;
	uint32_t from = p->start + (uint32_t)(cit - t) + 7;
	for (size_t i = first_mention_at(doc, from); i < doc->n_mentions; i++) {
		const struct ds_mention *m = &doc->mentions[i];
		if (m->start >= p->end)
			break;
		if (m->start < from)
			continue;
		if (speaker_of_mention(c, m, sp) && sp->kind == DS_SPK_PERSON) {
			*cs = from - 7;
			*ce = from - 1;
			return 1;
		}
	}
	return 0;
}

void ds_extract_quotes(struct dossier *ds, struct dossier_doc *doc)
{
	doc->n_quotes = 0;
	if (!doc->text.len)
		return;
	struct ctx c;
	memset(&c, 0, sizeof c);
	c.ds = ds;
	c.kb = ds->kb;
	c.doc = doc;
	c.fr = !doc->lang || strcmp(doc->lang, "en") != 0;
	struct qspan *qs = NULL;
	size_t nq = 0, cap = 0;
	for (size_t p = 0; p < doc->n_paras; p++)
		scan_paragraph(doc->text.ptr, doc->paras[p].start, doc->paras[p].end, (uint32_t)p, &qs,
			       &nq, &cap);
	c.qs = qs;
	c.nq = nq;
	for (size_t i = 0; i < nq; i++)
		narrated_end(&c, &qs[i]);
	const char *s = doc->text.ptr;
	struct tok t[MAX_TOKS];
	struct speaker *sps = ds_xcalloc(nq ? nq : 1, sizeof *sps);
	uint8_t *how = ds_xcalloc(nq ? nq : 1, 1);
	uint32_t *cue = ds_xcalloc(nq ? nq * 2 : 2, sizeof *cue);
	uint8_t *skip = ds_xcalloc(nq ? nq : 1, 1);
	char *failg = ds_xcalloc(nq ? nq : 1, 1);
	for (size_t i = 0; i < nq; i++) {
		const struct qspan *q = &qs[i];
		uint32_t a = q->start, b = q->end;
		trim(s, &a, &b);
		if (a >= b || not_a_quote(&c, q)) {
			skip[i] = 1;
			continue;
		}
		struct speaker sp;
		unnamed(&sp);
		uint32_t cs = 0, ce = 0;
		int found = FOUND_NONE;
		c.failed_g = &failg[i];
		uint32_t pe = doc->paras[q->para].end;
		uint32_t ia, ib;
		if (incise(&c, q, &ia, &ib, &sp, &cs, &ce)) {
			found = FOUND_CUE;
		}
		/* after: to the next opening mark or the sentence end (bounded) */
		if (!found && q->close < pe) {
			size_t mn;
			uint32_t mcp = cp_at(s, pe, q->close, &mn);
			uint32_t from = q->close + (uint32_t)(mn + doubled_single(s, pe, q->close, mn, mcp));
			/* the sentence of the closing mark, not the one after it */
			uint32_t to = sentence_end(doc, q->close + 1);
			if (to < from)
				to = from;
			if (i + 1 < nq && qs[i + 1].para == q->para && qs[i + 1].open < to) {
				to = qs[i + 1].open;
				/* the quote ends its sentence and the next one opens
				 * another: what comes between introduces that one
				 * ("Blinken said: “…” A spokesman added, “…”") */
				if (sentence_end(doc, q->close) <= from)
					to = from;
			}
			if (to > from + 600)
				to = from + 600;
			if (to > pe)
				to = pe;
			size_t n = tokenize(s, from, to, t, MAX_TOKS);
			if (cue_after(&c, t, n, q->open, &sp, &cs, &ce))
				found = FOUND_CUE;
		}
		/* before: from the sentence start (or the quote before) to the mark */
		uint32_t from = sentence_start(doc, q->open);
		if (i > 0 && qs[i - 1].para == q->para && qs[i - 1].close >= from &&
		    qs[i - 1].close < q->open)
			from = qs[i - 1].close + 1;
		if (q->open > from + 600)
			from = q->open - 600;
		size_t nb = tokenize(s, from, q->open, t, MAX_TOKS);
		if (!found && cue_before(&c, t, nb, q->open, &sp, &cs, &ce))
			found = FOUND_CUE;
		if (!found && source_citing(&c, q, &sp, &cs, &ce))
			found = FOUND_CUE;
		/* (a pronoun that is only the subject of the sentence around
		 * the quote tells no speaker's gender) */
		c.failed_g = NULL;
		if (!found && sentence_subject(&c, t, nb, &sp))
			found = FOUND_CONTEXT;
		c.failed_g = NULL;
		sps[i] = sp;
		how[i] = (uint8_t)found;
		cue[2 * i] = cs;
		cue[2 * i + 1] = ce;
		if (found == FOUND_CUE && sp.kind != DS_SPK_UNNAMED) {
			c.last = sp;
			c.have_last = 1;
			c.last_end = q->close;
			c.last_para = q->para;
		}
	}
	/* quotes of one sentence share the cue of the last of them ("A" ...
	 * "B", indique X); then continuations and context */
	for (size_t i = nq; i-- > 0;) {
		if (skip[i] || how[i] == FOUND_CUE)
			continue;
		for (size_t j = i + 1; j < nq; j++) {
			if (skip[j])
				continue;
			if (qs[j].para != qs[i].para ||
			    sentence_index(doc, qs[j].open) != sentence_index(doc, qs[i].close))
				break;
			if (how[j] == FOUND_CUE) {
				sps[i] = sps[j];
				how[i] = FOUND_CUE;
				break;
			}
		}
	}
	c.have_last = 0;
	for (size_t i = 0; i < nq; i++) {
		const struct qspan *q = &qs[i];
		if (skip[i])
			continue;
		struct speaker sp = sps[i];
		if (how[i] == FOUND_NONE) {
			/* the speaker of the quote before, in this or the previous
			 * paragraph, with nobody else named in between; else the
			 * person the sentences before are about; else, for "“…,”
			 * she said" that fitted no one, the last speaker of that
			 * gender in the last few paragraphs. A gender the cue
			 * tells is kept (in French "il", "elle", "lui" may be a
			 * body: "le ministère", "la Maison Blanche"). */
			char g = failg[i];
			int gi = g == 'f';
			struct speaker other;
			uint32_t at;
			if (c.have_last && q->para <= c.last_para + 1 &&
			    (!g || c.last.gender == g || (c.fr && c.last.kind == DS_SPK_ORG)) &&
			    (!speaker_in(&c, c.last_end, q->open, &other, &at, 0) ||
			     (other.entity == c.last.entity && other.entity >= 0))) {
				sp = c.last;
			} else if (antecedent(&c, q->open, 0, &sp) &&
				   (!g || (sp.kind == DS_SPK_PERSON && sp.gender == g) ||
				    (c.fr && sp.kind == DS_SPK_ORG))) {
				/* the person the sentences before are about */
			} else if (g && c.have_g[gi] && q->open - c.last_g_end[gi] <= 3000) {
				sp = c.last_g[gi];
			} else {
				unnamed(&sp);
			}
		}
		if (sp.kind == DS_SPK_PERSON && (sp.gender == 'm' || sp.gender == 'f')) {
			int g = sp.gender == 'f';
			c.last_g[g] = sp;
			c.last_g_end[g] = q->close;
			c.have_g[g] = 1;
		}
		if (sp.kind != DS_SPK_UNNAMED) {
			c.last = sp;
			c.have_last = 1;
		}
		c.last_end = q->close;
		c.last_para = q->para;
		uint32_t ia, ib, cs2, ce2;
		struct speaker tmp;
		if (incise(&c, q, &ia, &ib, &tmp, &cs2, &ce2)) {
			emit(doc, q->start, ia, &sp, cue[2 * i], cue[2 * i + 1]);
			emit(doc, ib, q->end, &sp, cue[2 * i], cue[2 * i + 1]);
		} else {
			emit(doc, q->start, q->end, &sp, cue[2 * i], cue[2 * i + 1]);
		}
	}
	free(sps);
	free(how);
	free(cue);
	free(failg);
	free(skip);
	free(qs);
}
