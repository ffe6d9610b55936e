/*
 * ex_aid.c: aid records from sentences and mentions (records.md "aid";
 * ex_stock.c does "stock" on the same sentence view).
 *
 * Only sentences holding a named system, a category word or an amount of
 * money are read. Each is cut into units (words, numbers, punctuation and
 * whole knowledge-base mentions); words are looked up in a lexicon of a few
 * hundred French and English forms generated from verb lemmas (every
 * person, tense and mood the press uses) and nouns, each with an action
 * class (give, pledge, consider, refuse, request, receive, replace...).
 * Then, per sentence:
 *   - every cue's tense, mood and polarity come from the auxiliaries,
 *     modals and negation around it ("a livré" deliver, "enverrait",
 *     "will send" pledge, "pourrait fournir" consider, "ne livrera pas"
 *     refuse); an infinitive or a noun takes the action of the verb that
 *     governs it ("a promis de fournir", "urged Germany to send", "refuse
 *     la livraison");
 *   - every item (a materiel or category mention, or money) hangs on a cue:
 *     the object of the nearest verb on its left, the subject of a passive
 *     or participle on its right ("X ont été livrés", "X fournis par"), the
 *     antecedent of a relative ("les canons que le Canada a expédiés") or
 *     of the clitic "en" ("en a promis 14");
 *   - the provider is the subject of the governing cue (a state by name,
 *     capital, demonym noun, organisation, a person or role acting for a
 *     state, with coordinated lists), the party asked for a request, the
 *     agent of a passive ("par X", "by X", "X-supplied"), a provider named
 *     with the item ("livraisons de missiles du Danemark", "les Abrams
 *     américains"), or, failing all, the provider of the sentences just
 *     before. Vague groups ("les alliés", "the West") give none.
 * One record per (sentence, action, provider, item or category). Work per
 * sentence is bounded (at most MAX_UNITS units, fixed windows).
 */
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "ex_aid.h"

#define MAX_UNITS 256
#define MAX_CUES 48
#define MAX_ITEMS 64
#define MAX_PROV 12

/* --- the lexicon ------------------------------------------------------------ */

/* Action classes of cue words. */
enum cls {
	C_NONE = 0,
	C_GIVE,     /* livrer, fournir, send, deliver */
	C_DONATE,   /* donate, faire don: present is a pledge */
	C_OFFER,    /* offrir, offer: a pledge, ongoing when a gerund */
	C_PROCURE,  /* acheter, financer, buy, fund: a pledge when for Ukraine */
	C_PLEDGE,   /* promettre, annoncer, pledge, agree */
	C_DECIDE,   /* décision, decision: pledge when taken, else consider */
	C_CONSIDER, /* envisager, consider, discuss */
	C_REFUSE,   /* refuser, exclure, refuse, rule out */
	C_FORBID,   /* interdire, block: the subject refuses for another */
	C_REQUEST,  /* demander, exhorter, ask, urge */
	C_RECEIVE,  /* recevoir, receive: Ukraine is the subject */
	C_ARRIVE,   /* arriver, arrive: the item is the subject */
	C_BACKFILL, /* remplacer, replace, échange, swap */
	C_AGENT,    /* donateur, fournisseur, donor, supplier */
	C_SUPPORT,  /* aider, soutenir, help, support: gives what comes "with" */
	C_INCLUDE,  /* comprend, inclut, includes: what a package holds */
	C_THANK     /* remercier, thank: the party thanked gave what comes "for" */
};

/* Morphology of a form (several bits when forms coincide). */
enum {
	M_INF = 1 << 0,
	M_PRES = 1 << 1,
	M_PAST = 1 << 2,  /* imparfait, passé simple, English simple past */
	M_PPART = 1 << 3,
	M_FUT = 1 << 4,
	M_COND = 1 << 5,
	M_GER = 1 << 6,   /* -ant, -ing */
	M_NOUN = 1 << 7,
	M_PRES3 = 1 << 8  /* English third person: "sends" */
};

/* Flags of a cue word. */
enum {
	X_OBJ = 1 << 0,    /* the object is who acts: "urge X to", "autoriser X à" */
	X_PLEDGEN = 1 << 1, /* a noun that is a promise, not a delivery ("envoi") */
	X_REFL = 1 << 2,   /* a cue only when reflexive ("s'interroger") */
	X_PART = 1 << 3,   /* a cue only with its particle ("hand over", "turn down") */
	X_DEST = 1 << 4,   /* the object is where it arrives ("reached Ukraine") */
	X_FROM = 1 << 5,   /* a cue only with its source: "got F-16s from Denmark" */
	X_NEGREF = 1 << 6, /* a noun whose negation refuses: "no intention of sending" */
	X_INF = 1 << 7,    /* a cue only before an infinitive: "chose (not) to send",
			    * not "chose the K2 tank" */
	X_SAYS = 1 << 8,   /* says what is so, governs nothing: "confirmed the
			    * delivery" is the delivery; "not confirmed" is no refusal */
	X_UKR = 1 << 9     /* a cue only with Ukraine in its sentence: "spend €2
			    * billion on shells for Kyiv", not on one's own army */
};

/* Roles of function words (a form may have several). */
#define W_HAVE (1ull << 0)
#define W_BE (1ull << 1)
#define W_GO (1ull << 2)      /* va, vont, allait, going */
#define W_WILL (1ull << 3)
#define W_WOULD (1ull << 4)
#define W_CAN (1ull << 5)
#define W_COULD (1ull << 6)
#define W_WANT (1ull << 7)
#define W_MUST (1ull << 8)
#define W_SHOULD (1ull << 9)
#define W_DO (1ull << 10)
#define W_NEG (1ull << 11)    /* ne, not, never, no */
#define W_NEGEND (1ull << 12) /* pas, jamais, aucun */
#define W_YET (1ull << 13)    /* encore, yet */
#define W_FAIRE (1ull << 14)  /* faire (don, parvenir) */
#define W_TO (1ull << 15)     /* de, à, to: before an infinitive */
#define W_REL (1ull << 16)    /* que, qui, that, which */
#define W_BOUND (1ull << 17)  /* tandis, mais, while, but */
#define W_PRON (1ull << 18)   /* il, elle, they, it */
#define W_SKIP (1ull << 19)   /* adverbs and clitics inside a verb group */
#define W_OBL (1ull << 20)    /* à, pour, en, to, for, with, in, from */
#define W_GEN (1ull << 21)    /* de, du, des, of */
#define W_COORD (1ull << 22)  /* et, and, ainsi (que), as well as */
#define W_COLL (1ull << 23)   /* pays, États, membres, countries: "X de l'OTAN" */
#define W_VAGUE (1ull << 24)  /* alliés, Occident, allies, West */
#define W_GOVN (1ull << 25)   /* gouvernement, autorités, government */
#define W_UNIT (1ull << 26)   /* unités, systèmes, units, systems */
#define W_QADJ (1ull << 27)   /* nouveaux, autres, more, new, additional */
#define W_MADE (1ull << 28)   /* fabrication, construction, made, built */
#define W_REPORT (1ull << 29) /* déclaré, said, selon, according */
#define W_DET (1ull << 30)    /* le, la, les, un, the, a, its, ses */
#define W_FIRST (1ull << 31)  /* nous, notre, we, our */
#define W_ONE (1ull << 32)    /* un, une, a, an, another, second: one of a unit */
#define W_SOURCE (1ull << 33) /* de, from, par, by: where something comes from */
#define W_AGENT (1ull << 34)  /* par, by */
#define W_INCL (1ull << 35)   /* notamment, including, dont, such as */
#define W_ELIDE (1ull << 36)  /* "en" as a clitic object */
#define W_MONEYW (1ull << 37) /* valeur, worth, cost, prix */
#define W_EACH (1ull << 38)   /* chacun, each, apiece */
#define W_STOCK (1ull << 39)  /* a word of a stock report (ex_stock.c) */
#define W_NUMW (1ull << 40)   /* may start a number (ex_number.c) */
#define W_ASKED (1ull << 41)  /* interrogé, asked: what one is asked about */

struct entry {
	uint8_t cls;     /* enum cls */
	uint16_t flags;   /* X_* */
	uint16_t morph;  /* M_* */
	uint64_t fw;     /* W_* */
};

/* The adverb that makes an answer a grant: "a répondu favorablement à la
 * demande", "responded positively to the request". */
static const char *const favourably[] = {"favorablement", "positivement", "favourably",
					"favorably", "positively", NULL};

/* French -er verbs by folded stem: every person, tense and mood is
 * generated (accents are folded, so "transfère" is "transfer" + "e"). */
static const struct {
	const char *stem;
	uint8_t cls;
	uint16_t flags;
} fr_er[] = {
	{"livr", C_GIVE, 0},        {"expedi", C_GIVE, 0},     {"transfer", C_GIVE, 0},
	{"achemin", C_GIVE, 0},     {"donn", C_GIVE, 0},       {"ced", C_GIVE, 0},
	{"procur", C_GIVE, 0},      {"approvisionn", C_GIVE, 0}, {"aid", C_SUPPORT, 0},
	{"appuy", C_SUPPORT, 0},    {"inclu", C_INCLUDE, 0},
	{"ravitaill", C_GIVE, 0},   {"reexport", C_GIVE, 0},   {"achet", C_PROCURE, 0},
	{"financ", C_PROCURE, 0},   {"adopt", C_PLEDGE, 0},
	{"pay", C_PROCURE, X_UKR},  {"pai", C_PROCURE, X_UKR}, /* payer, paie */
	{"dot", C_GIVE, X_UKR},     {"octroy", C_GIVE, 0},    {"octroi", C_GIVE, 0}, /* doter, octroie */
	{"boucl", C_PLEDGE, 0},     {"valid", C_PLEDGE, 0},   {"consacr", C_PROCURE, X_UKR}, {"depens", C_PROCURE, X_UKR},
	{"command", C_PROCURE, 0},  {"engag", C_PLEDGE, 0},    {"annonc", C_PLEDGE, 0},
	{"propos", C_PLEDGE, 0},    {"accept", C_PLEDGE, 0},   {"approuv", C_PLEDGE, 0},
	{"autoris", C_PLEDGE, X_OBJ}, {"devoil", C_PLEDGE, 0}, {"accord", C_PLEDGE, 0},
	{"allou", C_PLEDGE, 0},     {"debloqu", C_PLEDGE, 0},  {"decid", C_PLEDGE, 0}, {"vot", C_PLEDGE, 0},
	{"appret", C_PLEDGE, 0},    {"prepar", C_PLEDGE, X_REFL},    {"officialis", C_PLEDGE, 0}, {"ajout", C_PLEDGE, X_REFL},    {"envisag", C_CONSIDER, 0}, {"etudi", C_CONSIDER, 0},
	{"examin", C_CONSIDER, 0},  {"discut", C_CONSIDER, 0}, {"negoci", C_CONSIDER, 0},
	{"evalu", C_CONSIDER, 0},   {"consider", C_CONSIDER, 0}, {"hesit", C_CONSIDER, 0},
	{"explor", C_CONSIDER, 0},  {"interrog", C_CONSIDER, X_REFL}, {"refus", C_REFUSE, 0},
	{"bloqu", C_FORBID, 0},     {"resist", C_REFUSE, 0},   {"oppos", C_REFUSE, X_REFL},
	{"renonc", C_REFUSE, 0},    {"opt", C_PLEDGE, X_INF},  {"confirm", C_PLEDGE, X_SAYS},
	{"empech", C_FORBID, 0},    {"demand", C_REQUEST, X_OBJ}, {"reclam", C_REQUEST, 0},
	{"exhort", C_REQUEST, X_OBJ}, {"sollicit", C_REQUEST, 0}, {"plaid", C_REQUEST, 0},
	{"press", C_REQUEST, X_OBJ}, {"exig", C_REQUEST, 0},   {"implor", C_REQUEST, X_OBJ},
	{"suppli", C_REQUEST, X_OBJ}, {"souhait", C_REQUEST, 0}, {"esper", C_REQUEST, 0},
	{"arriv", C_ARRIVE, 0},      {"receptionn", C_RECEIVE, 0},
	{"acced", C_PLEDGE, 0}, /* "a accédé à la demande ukrainienne de" */

	{"remplac", C_BACKFILL, 0}, {"compens", C_BACKFILL, 0}, {"echang", C_BACKFILL, 0},
	{"appel", C_REQUEST, X_OBJ}, {"rejet", C_REFUSE, 0}, {"ecart", C_REFUSE, 0},
	{"contribu", C_GIVE, 0}, /* "contribue à hauteur de 14 chars", as "contribute" */
};

/* Endings of -er verbs and what they are. */
static const struct {
	const char *end;
	uint16_t morph;
} er_endings[] = {
	{"er", M_INF},    {"e", M_PRES | M_PPART}, {"es", M_PRES | M_PPART}, {"ent", M_PRES},
	{"ons", M_PRES},  {"ez", M_PRES},   {"ait", M_PAST},    {"aient", M_PAST},
	{"ais", M_PAST},  {"a", M_PAST},    {"erent", M_PAST},  {"era", M_FUT},
	{"eront", M_FUT}, {"erai", M_FUT},  {"erons", M_FUT},   {"erez", M_FUT},
	{"erait", M_COND}, {"eraient", M_COND}, {"erais", M_COND}, {"ee", M_PPART},
	{"ees", M_PPART}, {"ant", M_GER},
};

/* French -ir verbs (second group): fournir, réfléchir. */
static const struct {
	const char *stem;
	uint8_t cls;
	uint16_t flags;
} fr_ir[] = {{"fourn", C_GIVE, 0}, {"reflech", C_CONSIDER, 0}, {"chois", C_PLEDGE, X_INF}};

static const struct {
	const char *end;
	uint16_t morph;
} ir_endings[] = {
	{"ir", M_INF},      {"is", M_PRES | M_PPART}, {"it", M_PRES | M_PAST}, {"issent", M_PRES},
	{"issons", M_PRES}, {"issez", M_PRES}, {"issait", M_PAST}, {"issaient", M_PAST},
	{"irent", M_PAST},  {"ira", M_FUT},    {"iront", M_FUT},   {"irai", M_FUT},
	{"irait", M_COND},  {"iraient", M_COND}, {"i", M_PPART},   {"ie", M_PPART},
	{"ies", M_PPART},   {"issant", M_GER},
};

/* Other French forms: irregular verbs, stem changes, nouns. */
static const struct {
	const char *w;
	uint8_t cls;
	uint16_t flags;
	uint16_t morph;
} fr_forms[] = {
	/* envoyer */
	{"envoyer", C_GIVE, 0, M_INF}, {"envoie", C_GIVE, 0, M_PRES}, {"envoies", C_GIVE, 0, M_PRES},
	{"envoient", C_GIVE, 0, M_PRES}, {"envoyons", C_GIVE, 0, M_PRES},
	{"envoyait", C_GIVE, 0, M_PAST}, {"envoyaient", C_GIVE, 0, M_PAST},
	{"envoya", C_GIVE, 0, M_PAST}, {"envoyerent", C_GIVE, 0, M_PAST},
	{"enverra", C_GIVE, 0, M_FUT}, {"enverront", C_GIVE, 0, M_FUT},
	{"enverrai", C_GIVE, 0, M_FUT}, {"enverrons", C_GIVE, 0, M_FUT},
	{"enverrait", C_GIVE, 0, M_COND}, {"enverraient", C_GIVE, 0, M_COND},
	{"envoye", C_GIVE, 0, M_PPART}, {"envoyee", C_GIVE, 0, M_PPART},
	{"envoyes", C_GIVE, 0, M_PPART}, {"envoyees", C_GIVE, 0, M_PPART},
	{"envoyant", C_GIVE, 0, M_GER},
	/* promettre, remettre, transmettre */
	{"promettre", C_PLEDGE, 0, M_INF}, {"promet", C_PLEDGE, 0, M_PRES},
	{"garantir", C_PLEDGE, 0, M_INF}, {"garantit", C_PLEDGE, 0, M_PRES | M_PAST},
	{"garantissent", C_PLEDGE, 0, M_PRES}, {"garanti", C_PLEDGE, 0, M_PPART},
	{"garantira", C_PLEDGE, 0, M_FUT}, {"garantiront", C_PLEDGE, 0, M_FUT},
	{"promettent", C_PLEDGE, 0, M_PRES}, {"promettait", C_PLEDGE, 0, M_PAST},
	{"promettaient", C_PLEDGE, 0, M_PAST}, {"promit", C_PLEDGE, 0, M_PAST},
	{"promirent", C_PLEDGE, 0, M_PAST}, {"promettra", C_PLEDGE, 0, M_FUT},
	{"promettront", C_PLEDGE, 0, M_FUT}, {"promettrait", C_PLEDGE, 0, M_COND},
	{"promettraient", C_PLEDGE, 0, M_COND}, {"promis", C_PLEDGE, 0, M_PPART},
	{"promise", C_PLEDGE, 0, M_PPART}, {"promises", C_PLEDGE, 0, M_PPART},
	{"promettant", C_PLEDGE, 0, M_GER},
	/* "les premiers F-16 ont atterri en Ukraine" (only with Ukraine after
	 * it: not where a missile fell) */
	{"atterri", C_ARRIVE, X_UKR, M_PPART}, {"atterrit", C_ARRIVE, X_UKR, M_PRES},
	{"atterrissent", C_ARRIVE, X_UKR, M_PRES}, {"atterrira", C_ARRIVE, X_UKR, M_FUT},
	{"atterriront", C_ARRIVE, X_UKR, M_FUT}, {"atterrir", C_ARRIVE, X_UKR, M_INF},
	{"remettre", C_GIVE, 0, M_INF}, {"remet", C_GIVE, 0, M_PRES},
	{"remettent", C_GIVE, 0, M_PRES}, {"remettait", C_GIVE, 0, M_PAST},
	{"remettaient", C_GIVE, 0, M_PAST}, {"remit", C_GIVE, 0, M_PAST},
	{"remettra", C_GIVE, 0, M_FUT}, {"remettront", C_GIVE, 0, M_FUT},
	{"remettrons", C_GIVE, 0, M_FUT}, {"remettrait", C_GIVE, 0, M_COND},
	{"remettraient", C_GIVE, 0, M_COND}, {"remis", C_GIVE, 0, M_PPART},
	{"remise", C_GIVE, 0, M_PPART | M_NOUN}, {"remises", C_GIVE, 0, M_PPART},
	{"remettant", C_GIVE, 0, M_GER},
	{"transmettre", C_GIVE, 0, M_INF}, {"transmet", C_GIVE, 0, M_PRES},
	{"transmettent", C_GIVE, 0, M_PRES}, {"transmettra", C_GIVE, 0, M_FUT},
	{"transmettrait", C_GIVE, 0, M_COND}, {"transmis", C_GIVE, 0, M_PPART},
	{"transmise", C_GIVE, 0, M_PPART}, {"transmises", C_GIVE, 0, M_PPART},
	/* "a répondu favorablement à la demande": granted it (X_PART: only
	 * with that adverb) */
	{"repondre", C_PLEDGE, X_PART, M_INF}, {"repond", C_PLEDGE, X_PART, M_PRES},
	{"repondent", C_PLEDGE, X_PART, M_PRES}, {"repondait", C_PLEDGE, X_PART, M_PAST},
	{"repondra", C_PLEDGE, X_PART, M_FUT}, {"repondront", C_PLEDGE, X_PART, M_FUT},
	{"repondrait", C_PLEDGE, X_PART, M_COND}, {"repondraient", C_PLEDGE, X_PART, M_COND},
	{"repondu", C_PLEDGE, X_PART, M_PPART},
	/* offrir */
	{"offrir", C_OFFER, 0, M_INF}, {"offre", C_OFFER, 0, M_PRES | M_NOUN},
	{"offrent", C_OFFER, 0, M_PRES}, {"offrait", C_OFFER, 0, M_PAST},
	{"offraient", C_OFFER, 0, M_PAST}, {"offrira", C_OFFER, 0, M_FUT},
	{"offriront", C_OFFER, 0, M_FUT}, {"offrirait", C_OFFER, 0, M_COND},
	{"offriraient", C_OFFER, 0, M_COND}, {"offert", C_OFFER, 0, M_PPART},
	{"offerte", C_OFFER, 0, M_PPART}, {"offerts", C_OFFER, 0, M_PPART},
	{"offertes", C_OFFER, 0, M_PPART}, {"offrant", C_OFFER, 0, M_GER},
	{"offres", C_OFFER, 0, M_NOUN},
	/* recevoir, obtenir */
	{"gratitude", C_THANK, 0, M_NOUN}, {"remerciements", C_THANK, 0, M_NOUN},
	{"remercier", C_THANK, 0, M_INF}, {"remercie", C_THANK, 0, M_PRES | M_PPART},
	{"remercient", C_THANK, 0, M_PRES}, {"remerciait", C_THANK, 0, M_PAST},
	{"remercies", C_THANK, 0, M_PPART}, {"remerciant", C_THANK, 0, M_GER},
	{"remercierait", C_THANK, 0, M_COND}, {"remerciera", C_THANK, 0, M_FUT},
	{"recevoir", C_RECEIVE, 0, M_INF}, {"recoit", C_RECEIVE, 0, M_PRES},
	{"recoivent", C_RECEIVE, 0, M_PRES}, {"recevait", C_RECEIVE, 0, M_PAST},
	{"recevaient", C_RECEIVE, 0, M_PAST}, {"recut", C_RECEIVE, 0, M_PAST},
	{"recurent", C_RECEIVE, 0, M_PAST}, {"recevra", C_RECEIVE, 0, M_FUT},
	{"recevront", C_RECEIVE, 0, M_FUT}, {"recevrait", C_RECEIVE, 0, M_COND},
	{"recevraient", C_RECEIVE, 0, M_COND}, {"recu", C_RECEIVE, 0, M_PPART},
	{"recue", C_RECEIVE, 0, M_PPART}, {"recus", C_RECEIVE, 0, M_PPART},
	{"recues", C_RECEIVE, 0, M_PPART}, {"recevant", C_RECEIVE, 0, M_GER},
	{"obtenir", C_RECEIVE, 0, M_INF}, {"obtient", C_RECEIVE, 0, M_PRES},
	{"obtiennent", C_RECEIVE, 0, M_PRES}, {"obtenait", C_RECEIVE, 0, M_PAST},
	{"obtint", C_RECEIVE, 0, M_PAST}, {"obtiendra", C_RECEIVE, 0, M_FUT},
	{"obtiendront", C_RECEIVE, 0, M_FUT}, {"obtiendrait", C_RECEIVE, 0, M_COND},
	{"obtiendraient", C_RECEIVE, 0, M_COND}, {"obtenu", C_RECEIVE, 0, M_PPART},
	{"obtenue", C_RECEIVE, 0, M_PPART}, {"obtenus", C_RECEIVE, 0, M_PPART},
	{"obtenues", C_RECEIVE, 0, M_PPART},
	/* parvenir (faire parvenir), convenir, prévoir */
	{"parvenir", C_ARRIVE, 0, M_INF}, {"parvient", C_ARRIVE, 0, M_PRES},
	{"parviennent", C_ARRIVE, 0, M_PRES}, {"parviendra", C_ARRIVE, 0, M_FUT},
	{"parviendront", C_ARRIVE, 0, M_FUT}, {"parvenu", C_ARRIVE, 0, M_PPART},
	{"parvenus", C_ARRIVE, 0, M_PPART}, {"parvenues", C_ARRIVE, 0, M_PPART},
	{"convenu", C_PLEDGE, 0, M_PPART}, {"convient", C_PLEDGE, 0, M_PRES},
	{"conviennent", C_PLEDGE, 0, M_PRES}, {"prevoit", C_PLEDGE, 0, M_PRES},
	{"prevoient", C_PLEDGE, 0, M_PRES}, {"prevoyait", C_PLEDGE, 0, M_PAST},
	{"prevu", C_PLEDGE, 0, M_PPART}, {"prevue", C_PLEDGE, 0, M_PPART},
	{"prevus", C_PLEDGE, 0, M_PPART}, {"prevues", C_PLEDGE, 0, M_PPART},
	/* exclure, interdire, interrompre, suspendre, rejeter, appeler */
	{"exclure", C_REFUSE, 0, M_INF}, {"exclut", C_REFUSE, 0, M_PRES},
	{"excluent", C_REFUSE, 0, M_PRES}, {"excluait", C_REFUSE, 0, M_PAST},
	{"exclura", C_REFUSE, 0, M_FUT}, {"exclurait", C_REFUSE, 0, M_COND},
	{"exclu", C_REFUSE, 0, M_PPART}, {"exclue", C_REFUSE, 0, M_PPART},
	{"interdire", C_FORBID, 0, M_INF}, {"interdit", C_FORBID, 0, M_PRES | M_PPART},
	{"interdisent", C_FORBID, 0, M_PRES}, {"interdisait", C_FORBID, 0, M_PAST},
	{"interdira", C_FORBID, 0, M_FUT}, {"interdirait", C_FORBID, 0, M_COND},
	{"interdite", C_FORBID, 0, M_PPART}, {"interdits", C_FORBID, 0, M_PPART},
	{"interrompt", C_REFUSE, 0, M_PRES}, {"interrompu", C_REFUSE, 0, M_PPART},
	{"interrompre", C_REFUSE, 0, M_INF}, {"suspend", C_REFUSE, 0, M_PRES},
	{"suspendu", C_REFUSE, 0, M_PPART}, {"suspendre", C_REFUSE, 0, M_INF},
	{"rejette", C_REFUSE, 0, M_PRES}, {"rejettent", C_REFUSE, 0, M_PRES},
	{"rejettera", C_REFUSE, 0, M_FUT}, {"appelle", C_REQUEST, X_OBJ, M_PRES},
	{"appellent", C_REQUEST, X_OBJ, M_PRES}, {"appellera", C_REQUEST, X_OBJ, M_FUT},
	/* "s'abstenir de livrer": a refusal */
	{"abstenir", C_REFUSE, X_REFL, M_INF}, {"abstient", C_REFUSE, X_REFL, M_PRES},
	{"abstiennent", C_REFUSE, X_REFL, M_PRES}, {"abstenait", C_REFUSE, X_REFL, M_PAST},
	{"abstenaient", C_REFUSE, X_REFL, M_PAST}, {"abstiendra", C_REFUSE, X_REFL, M_FUT},
	{"abstiendront", C_REFUSE, X_REFL, M_FUT}, {"abstiendrait", C_REFUSE, X_REFL, M_COND},
	{"abstiendraient", C_REFUSE, X_REFL, M_COND}, {"abstenu", C_REFUSE, X_REFL, M_PPART},
	{"abstenue", C_REFUSE, X_REFL, M_PPART}, {"abstenus", C_REFUSE, X_REFL, M_PPART},
	{"abstenues", C_REFUSE, X_REFL, M_PPART},
	/* -ger verbs before a and o: "engageait", "envisageant" */
	{"engageait", C_PLEDGE, 0, M_PAST}, {"engageaient", C_PLEDGE, 0, M_PAST},
	{"engageant", C_PLEDGE, 0, M_GER}, {"engagea", C_PLEDGE, 0, M_PAST},
	{"envisageait", C_CONSIDER, 0, M_PAST}, {"envisageaient", C_CONSIDER, 0, M_PAST},
	{"envisageant", C_CONSIDER, 0, M_GER}, {"envisagea", C_CONSIDER, 0, M_PAST},
	{"exigeait", C_REQUEST, 0, M_PAST}, {"exigeant", C_REQUEST, 0, M_GER},
	{"echangeant", C_BACKFILL, 0, M_GER},
	{"soutenir", C_SUPPORT, 0, M_INF}, {"soutient", C_SUPPORT, 0, M_PRES},
	{"soutiennent", C_SUPPORT, 0, M_PRES}, {"soutenait", C_SUPPORT, 0, M_PAST},
	{"soutiendra", C_SUPPORT, 0, M_FUT}, {"soutiendrait", C_SUPPORT, 0, M_COND},
	{"soutenu", C_SUPPORT, 0, M_PPART}, {"soutenant", C_SUPPORT, 0, M_GER},
	{"appuyer", C_SUPPORT, 0, M_INF}, {"appuie", C_SUPPORT, 0, M_PRES},
	/* comprendre, inclure, contenir: the forms the -er stem "inclu" does
	 * not make */
	{"comprend", C_INCLUDE, 0, M_PRES}, {"comprennent", C_INCLUDE, 0, M_PRES},
	{"comprendra", C_INCLUDE, 0, M_FUT}, {"comprendront", C_INCLUDE, 0, M_FUT},
	{"comprendrait", C_INCLUDE, 0, M_COND}, {"comprendraient", C_INCLUDE, 0, M_COND},
	{"comprenait", C_INCLUDE, 0, M_PAST}, {"comprenaient", C_INCLUDE, 0, M_PAST},
	{"comprenant", C_INCLUDE, 0, M_GER}, {"inclut", C_INCLUDE, 0, M_PRES},
	{"inclura", C_INCLUDE, 0, M_FUT}, {"incluront", C_INCLUDE, 0, M_FUT},
	{"inclurait", C_INCLUDE, 0, M_COND}, {"incluraient", C_INCLUDE, 0, M_COND},
	{"contient", C_INCLUDE, 0, M_PRES}, {"contiennent", C_INCLUDE, 0, M_PRES},
	{"contiendra", C_INCLUDE, 0, M_FUT}, {"contiendront", C_INCLUDE, 0, M_FUT},
	{"contiendrait", C_INCLUDE, 0, M_COND}, {"contiendraient", C_INCLUDE, 0, M_COND},
	{"contenait", C_INCLUDE, 0, M_PAST}, {"contenaient", C_INCLUDE, 0, M_PAST},
	{"contenant", C_INCLUDE, 0, M_GER},
	{"contrat", C_PROCURE, 0, M_NOUN}, {"contrats", C_PROCURE, 0, M_NOUN},
	/* nouns */
	{"livraison", C_GIVE, 0, M_NOUN}, {"livraisons", C_GIVE, 0, M_NOUN},
	{"fourniture", C_GIVE, 0, M_NOUN}, {"fournitures", C_GIVE, 0, M_NOUN},
	{"acheminement", C_GIVE, 0, M_NOUN}, {"envoi", C_GIVE, X_PLEDGEN, M_NOUN},
	{"envois", C_GIVE, X_PLEDGEN, M_NOUN}, {"transfert", C_GIVE, X_PLEDGEN, M_NOUN},
	{"transferts", C_GIVE, X_PLEDGEN, M_NOUN}, {"cession", C_GIVE, X_PLEDGEN, M_NOUN},
	{"cessions", C_GIVE, X_PLEDGEN, M_NOUN}, {"don", C_DONATE, X_PLEDGEN, M_NOUN},
	{"dons", C_DONATE, X_PLEDGEN, M_NOUN}, {"donation", C_DONATE, X_PLEDGEN, M_NOUN},
	{"arrivee", C_ARRIVE, 0, M_NOUN}, {"arrivees", C_ARRIVE, 0, M_NOUN},
	{"achat", C_PROCURE, 0, M_NOUN}, {"achats", C_PROCURE, 0, M_NOUN},
	{"financement", C_PROCURE, 0, M_NOUN}, {"promesse", C_PLEDGE, 0, M_NOUN},
	{"promesses", C_PLEDGE, 0, M_NOUN}, {"engagement", C_PLEDGE, 0, M_NOUN},
	{"engagements", C_PLEDGE, 0, M_NOUN}, {"annonce", C_PLEDGE, 0, M_NOUN | M_PRES},
	{"proposition", C_PLEDGE, 0, M_NOUN}, {"autorisation", C_PLEDGE, 0, M_NOUN},
	{"confirmation", C_PLEDGE, 0, M_NOUN}, {"confirmations", C_PLEDGE, 0, M_NOUN},
	{"accord", C_PLEDGE, 0, M_NOUN | M_PRES}, {"demande", C_REQUEST, X_OBJ, M_NOUN | M_PRES},
	{"demandes", C_REQUEST, X_OBJ, M_NOUN | M_PRES}, {"appel", C_REQUEST, X_OBJ, M_NOUN},
	{"appels", C_REQUEST, X_OBJ, M_NOUN}, {"requete", C_REQUEST, 0, M_NOUN},
	{"souhait", C_REQUEST, 0, M_NOUN}, {"souhaits", C_REQUEST, 0, M_NOUN},
	{"refus", C_REFUSE, 0, M_NOUN}, {"veto", C_REFUSE, 0, M_NOUN},
	{"interdiction", C_FORBID, 0, M_NOUN}, {"decision", C_DECIDE, 0, M_NOUN},
	{"discussions", C_CONSIDER, 0, M_NOUN}, {"negociation", C_CONSIDER, 0, M_NOUN},
	{"negociations", C_CONSIDER, 0, M_NOUN}, {"remplacement", C_BACKFILL, 0, M_NOUN},
	{"echange", C_BACKFILL, 0, M_NOUN | M_PRES}, {"compensation", C_BACKFILL, 0, M_NOUN},
	{"ringtausch", C_BACKFILL, 0, M_NOUN}, {"donateur", C_AGENT, 0, M_NOUN},
	{"donateurs", C_AGENT, 0, M_NOUN}, {"fournisseur", C_AGENT, 0, M_NOUN},
	{"fournisseurs", C_AGENT, 0, M_NOUN}, {"intention", C_PLEDGE, X_NEGREF, M_NOUN},
	{"intentions", C_PLEDGE, X_NEGREF, M_NOUN},
};

/* English verbs: base, third person, past, participle, -ing. */
static const struct {
	const char *forms;
	uint8_t cls;
	uint16_t flags;
} en_verbs[] = {
	{"deliver delivers delivered delivered delivering", C_GIVE, 0},
	{"supply supplies supplied supplied supplying", C_GIVE, 0},
	{"provide provides provided provided providing", C_GIVE, 0},
	{"send sends sent sent sending", C_GIVE, 0},
	{"reexport reexports reexported reexported reexporting", C_GIVE, 0},
	{"ship ships shipped shipped shipping", C_GIVE, 0},
	{"transfer transfers transferred transferred transferring", C_GIVE, 0},
	{"give gives gave given giving", C_GIVE, 0},
	{"gift gifts gifted gifted gifting", C_GIVE, 0},
	{"dispatch dispatches dispatched dispatched dispatching", C_GIVE, 0},
	{"hand hands handed handed handing", C_GIVE, X_PART},
	{"lend lends lent lent lending", C_GIVE, 0}, /* "has lent Ukraine two launchers" */
	/* (machine translations of "transmettre", "передать") */
	{"transmit transmits transmitted transmitted transmitting", C_GIVE, 0},
	/* "pass on its BMP-1s to Ukraine" (not "passed on the offer") */
	{"pass passes passed passed passing", C_GIVE, X_PART},
	{"donate donates donated donated donating", C_DONATE, 0},
	{"offer offers offered offered offering", C_OFFER, 0},
	{"buy buys bought bought buying", C_PROCURE, 0},
	{"order orders ordered ordered ordering", C_PROCURE, 0},
	{"purchase purchases purchased purchased purchasing", C_PROCURE, 0},
	{"fund funds funded funded funding", C_PROCURE, 0},
	{"finance finances financed financed financing", C_PROCURE, 0},
	{"procure procures procured procured procuring", C_PROCURE, 0},
	{"spend spends spent spent spending", C_PROCURE, X_UKR},
	/* "Germany is paying for the IRIS-T systems that Ukraine ordered" */
	{"pay pays paid paid paying", C_PROCURE, X_UKR},
	{"pledge pledges pledged pledged pledging", C_PLEDGE, 0},
	{"promise promises promised promised promising", C_PLEDGE, 0},
	{"commit commits committed committed committing", C_PLEDGE, 0},
	{"guarantee guarantees guaranteed guaranteed guaranteeing", C_PLEDGE, 0},
	{"announce announces announced announced announcing", C_PLEDGE, 0},
	{"unveil unveils unveiled unveiled unveiling", C_PLEDGE, 0},
	{"agree agrees agreed agreed agreeing", C_PLEDGE, 0},
	{"approve approves approved approved approving", C_PLEDGE, 0},
	/* headlines: "Sweden OKs delivery of Archer howitzers" */
	{"ok oks oked oked oking", C_PLEDGE, 0},
	{"okay okays okayed okayed okaying", C_PLEDGE, 0},
	{"grant grants granted granted granting", C_PLEDGE, 0},
	{"adopt adopts adopted adopted adopting", C_PLEDGE, 0},
	{"authorize authorizes authorized authorized authorizing", C_PLEDGE, X_OBJ},
	{"authorise authorises authorised authorised authorising", C_PLEDGE, X_OBJ},
	{"allow allows allowed allowed allowing", C_PLEDGE, X_OBJ},
	{"vow vows vowed vowed vowing", C_PLEDGE, 0},
	{"earmark earmarks earmarked earmarked earmarking", C_PLEDGE, 0},
	{"allocate allocates allocated allocated allocating", C_PLEDGE, 0},
	{"plan plans planned planned planning", C_PLEDGE, 0},
	{"prepare prepares prepared prepared preparing", C_PLEDGE, 0},
	{"decide decides decided decided deciding", C_PLEDGE, 0},
	/* "parliament voted to send", "voted against sending" */
	{"vote votes voted voted voting", C_PLEDGE, 0},
	{"confirm confirms confirmed confirmed confirming", C_PLEDGE, X_SAYS},
	{"choose chooses chose chosen choosing", C_PLEDGE, X_INF},
	{"opt opts opted opted opting", C_PLEDGE, X_INF},
	{"consider considers considered considered considering", C_CONSIDER, 0},
	{"weigh weighs weighed weighed weighing", C_CONSIDER, 0},
	{"mull mulls mulled mulled mulling", C_CONSIDER, 0},
	{"look looks looked looked looking", C_CONSIDER, X_PART},
	{"think thinks thought thought thinking", C_CONSIDER, X_PART},
	{"discuss discusses discussed discussed discussing", C_CONSIDER, 0},
	{"examine examines examined examined examining", C_CONSIDER, 0},
	{"assess assesses assessed assessed assessing", C_CONSIDER, 0},
	{"evaluate evaluates evaluated evaluated evaluating", C_CONSIDER, 0},
	{"review reviews reviewed reviewed reviewing", C_CONSIDER, 0},
	{"study studies studied studied studying", C_CONSIDER, 0},
	{"negotiate negotiates negotiated negotiated negotiating", C_CONSIDER, 0},
	{"explore explores explored explored exploring", C_CONSIDER, 0},
	{"debate debates debated debated debating", C_CONSIDER, 0},
	{"hesitate hesitates hesitated hesitated hesitating", C_CONSIDER, 0},
	{"refuse refuses refused refused refusing", C_REFUSE, 0},
	{"decline declines declined declined declining", C_REFUSE, 0},
	{"reject rejects rejected rejected rejecting", C_REFUSE, 0},
	{"veto vetoes vetoed vetoed vetoing", C_REFUSE, 0},
	{"halt halts halted halted halting", C_REFUSE, 0},
	{"suspend suspends suspended suspended suspending", C_REFUSE, 0},
	{"rule rules ruled ruled ruling", C_REFUSE, X_PART},
	/* "responded favourably to Kyiv's request": granted it */
	{"respond responds responded responded responding", C_PLEDGE, X_PART},
	{"resist resists resisted resisted resisting", C_REFUSE, 0},
	{"dismiss dismisses dismissed dismissed dismissing", C_REFUSE, 0},
	{"brush brushes brushed brushed brushing", C_REFUSE, X_PART}, /* "aside", "off" */
	{"turn turns turned turned turning", C_REFUSE, X_PART},
	{"stall stalls stalled stalled stalling", C_REFUSE, 0},
	{"refrain refrains refrained refrained refraining", C_REFUSE, 0},
	{"balk balks balked balked balking", C_REFUSE, 0},
	{"oppose opposes opposed opposed opposing", C_REFUSE, 0},
	{"block blocks blocked blocked blocking", C_FORBID, 0},
	{"forbid forbids forbade forbidden forbidding", C_FORBID, 0},
	{"deny denies denied denied denying", C_FORBID, 0},
	{"help helps helped helped helping", C_SUPPORT, 0},
	{"support supports supported supported supporting", C_SUPPORT, 0},
	{"assist assists assisted assisted assisting", C_SUPPORT, 0},
	{"include includes included included including", C_INCLUDE, 0},
	{"contain contains contained contained containing", C_INCLUDE, 0},
	{"contribute contributes contributed contributed contributing", C_GIVE, 0},
	{"prevent prevents prevented prevented preventing", C_FORBID, 0},
	{"ask asks asked asked asking", C_REQUEST, X_OBJ},
	{"request requests requested requested requesting", C_REQUEST, 0},
	{"urge urges urged urged urging", C_REQUEST, X_OBJ},
	{"appeal appeals appealed appealed appealing", C_REQUEST, X_OBJ},
	{"press presses pressed pressed pressing", C_REQUEST, X_OBJ},
	{"plead pleads pleaded pleaded pleading", C_REQUEST, 0},
	{"demand demands demanded demanded demanding", C_REQUEST, 0},
	{"seek seeks sought sought seeking", C_REQUEST, 0},
	{"beg begs begged begged begging", C_REQUEST, X_OBJ},
	{"lobby lobbies lobbied lobbied lobbying", C_REQUEST, X_OBJ},
	{"hope hopes hoped hoped hoping", C_REQUEST, 0},
	{"thank thanks thanked thanked thanking", C_THANK, 0},
	{"receive receives received received receiving", C_RECEIVE, 0},
	{"obtain obtains obtained obtained obtaining", C_RECEIVE, 0},
	{"get gets got gotten getting", C_RECEIVE, X_FROM},
	{"arrive arrives arrived arrived arriving", C_ARRIVE, 0},
	{"land lands landed landed landing", C_ARRIVE, X_UKR},
	{"reach reaches reached reached reaching", C_ARRIVE, X_DEST},
	{"replace replaces replaced replaced replacing", C_BACKFILL, 0},
	{"backfill backfills backfilled backfilled backfilling", C_BACKFILL, 0},
	{"swap swaps swapped swapped swapping", C_BACKFILL, 0},
	{"compensate compensates compensated compensated compensating", C_BACKFILL, 0},
	/* "to make up for those it sent to Kyiv" (only with "up for") */
	{"make makes made made making", C_BACKFILL, X_PART},
};

/* English nouns and other forms. */
static const struct {
	const char *w;
	uint8_t cls;
	uint16_t flags;
	uint16_t morph;
} en_forms[] = {
	{"delivery", C_GIVE, 0, M_NOUN},    {"deliveries", C_GIVE, 0, M_NOUN},
	{"shipment", C_GIVE, 0, M_NOUN},    {"shipments", C_GIVE, 0, M_NOUN},
	{"supply", C_GIVE, 0, M_NOUN},      {"provision", C_GIVE, 0, M_NOUN},
	{"transfer", C_GIVE, X_PLEDGEN, M_NOUN}, {"transfers", C_GIVE, X_PLEDGEN, M_NOUN},
	{"donation", C_DONATE, X_PLEDGEN, M_NOUN}, {"donations", C_DONATE, X_PLEDGEN, M_NOUN},
	{"gift", C_DONATE, X_PLEDGEN, M_NOUN}, {"arrival", C_ARRIVE, 0, M_NOUN},
	{"purchase", C_PROCURE, 0, M_NOUN}, {"purchases", C_PROCURE, 0, M_NOUN},
	{"pledge", C_PLEDGE, 0, M_NOUN},    {"pledges", C_PLEDGE, 0, M_NOUN},
	{"promise", C_PLEDGE, 0, M_NOUN},   {"promises", C_PLEDGE, 0, M_NOUN},
	{"commitment", C_PLEDGE, 0, M_NOUN}, {"commitments", C_PLEDGE, 0, M_NOUN},
	{"announcement", C_PLEDGE, 0, M_NOUN}, {"announcements", C_PLEDGE, 0, M_NOUN},
	{"offer", C_OFFER, 0, M_NOUN},      {"agreement", C_PLEDGE, 0, M_NOUN},
	{"authorisation", C_PLEDGE, 0, M_NOUN}, {"authorization", C_PLEDGE, 0, M_NOUN},
	{"approval", C_PLEDGE, X_OBJ, M_NOUN},  {"request", C_REQUEST, 0, M_NOUN},
	{"requests", C_REQUEST, 0, M_NOUN}, {"appeal", C_REQUEST, 0, M_NOUN},
	{"appeals", C_REQUEST, 0, M_NOUN},  {"plea", C_REQUEST, 0, M_NOUN},
	{"pleas", C_REQUEST, 0, M_NOUN},    {"demands", C_REQUEST, 0, M_NOUN},
	{"refusal", C_REFUSE, 0, M_NOUN},   {"decision", C_DECIDE, 0, M_NOUN},
	{"intention", C_PLEDGE, X_NEGREF, M_NOUN}, {"intentions", C_PLEDGE, X_NEGREF, M_NOUN},
	{"discussions", C_CONSIDER, 0, M_NOUN}, {"talks", C_CONSIDER, 0, M_NOUN},
	{"negotiations", C_CONSIDER, 0, M_NOUN}, {"replacement", C_BACKFILL, 0, M_NOUN},
	{"exchange", C_BACKFILL, 0, M_NOUN}, {"compensation", C_BACKFILL, 0, M_NOUN},
	{"gratitude", C_THANK, 0, M_NOUN}, /* "expressed gratitude to X for" */
	{"donor", C_AGENT, 0, M_NOUN},
	{"donors", C_AGENT, 0, M_NOUN},     {"supplier", C_AGENT, 0, M_NOUN},
	{"suppliers", C_AGENT, 0, M_NOUN},
	{"contract", C_PROCURE, 0, M_NOUN}, {"contracts", C_PROCURE, 0, M_NOUN},
};

/* Function words, per language (1 French, 2 English, 3 both). */
static const struct {
	const char *w;
	uint8_t lang;
	uint64_t fw;
} fwords[] = {
	/* asked about something (asked_about) */
	{"interroge", 1, W_ASKED}, {"interrogee", 1, W_ASKED}, {"interroges", 1, W_ASKED},
	{"interrogees", 1, W_ASKED}, {"questionne", 1, W_ASKED}, {"questionnee", 1, W_ASKED},
	{"questionnes", 1, W_ASKED}, {"questionnees", 1, W_ASKED}, {"asked", 2, W_ASKED},
	{"questioned", 2, W_ASKED}, {"quizzed", 2, W_ASKED}, {"pressed", 2, W_ASKED},
	/* French auxiliaries and modals ("a" without accent; "à" is read apart) */
	{"a", 1, W_HAVE}, {"ont", 1, W_HAVE}, {"avait", 1, W_HAVE}, {"avaient", 1, W_HAVE},
	{"aura", 1, W_HAVE}, {"auront", 1, W_HAVE}, {"aurait", 1, W_HAVE | W_WOULD},
	{"auraient", 1, W_HAVE | W_WOULD}, {"ai", 1, W_HAVE}, {"avons", 1, W_HAVE},
	{"avez", 1, W_HAVE}, {"ayant", 1, W_HAVE}, {"eu", 1, W_HAVE}, {"avoir", 1, W_HAVE},
	/* days and months, read past as adverbs ("a refusé jeudi 9 mars de") */
	{"lundi", 1, W_SKIP}, {"mardi", 1, W_SKIP}, {"mercredi", 1, W_SKIP}, {"jeudi", 1, W_SKIP},
	{"vendredi", 1, W_SKIP}, {"samedi", 1, W_SKIP}, {"dimanche", 1, W_SKIP},
	{"hier", 1, W_SKIP}, {"janvier", 1, W_SKIP}, {"fevrier", 1, W_SKIP}, {"avril", 1, W_SKIP},
	{"juin", 1, W_SKIP}, {"juillet", 1, W_SKIP}, {"aout", 1, W_SKIP},
	{"septembre", 1, W_SKIP}, {"octobre", 1, W_SKIP}, {"novembre", 1, W_SKIP},
	{"decembre", 1, W_SKIP}, {"opportunite", 1, W_SKIP}, {"possibilite", 1, W_SKIP},
	{"idee", 1, W_SKIP}, {"fois", 1, W_SKIP}, {"instant", 1, W_SKIP}, {"moment", 3, W_SKIP}, {"option", 3, W_SKIP}, {"permission", 3, W_SKIP}, {"droit", 1, W_SKIP},
	{"est", 1, W_BE}, {"sont", 1, W_BE}, {"etait", 1, W_BE}, {"etaient", 1, W_BE},
	{"sera", 1, W_BE | W_WILL}, {"seront", 1, W_BE | W_WILL}, {"serait", 1, W_BE | W_WOULD},
	{"seraient", 1, W_BE | W_WOULD}, {"ete", 1, W_BE}, {"etre", 1, W_BE}, {"fut", 1, W_BE},
	{"sommes", 1, W_BE}, {"va", 1, W_GO}, {"vont", 1, W_GO}, {"vais", 1, W_GO},
	{"allait", 1, W_GO}, {"allaient", 1, W_GO}, {"aller", 1, W_GO},
	/* the persons of the speakers ("nous allons envoyer", "nous devons
	 * livrer", "je peux"): quotes of officials are full of them */
	{"allons", 1, W_GO}, {"allez", 1, W_GO}, {"vas", 1, W_GO},
	{"suis", 1, W_BE}, {"etes", 1, W_BE}, {"serons", 1, W_BE | W_WILL},
	{"serez", 1, W_BE | W_WILL}, {"serions", 1, W_BE | W_WOULD},
	{"peux", 1, W_CAN}, {"pouvez", 1, W_CAN}, {"pourrons", 1, W_COULD},
	{"pourrez", 1, W_COULD}, {"pourrais", 1, W_COULD},
	{"veux", 1, W_WANT}, {"voulons", 1, W_WANT}, {"voulez", 1, W_WANT},
	{"voudrions", 1, W_WANT}, {"voudrais", 1, W_WANT},
	{"dois", 1, W_MUST}, {"devons", 1, W_MUST}, {"devez", 1, W_MUST},
	{"devrons", 1, W_MUST}, {"devrions", 1, W_SHOULD}, {"devrais", 1, W_SHOULD},
	{"peut", 1, W_CAN}, {"peuvent", 1, W_CAN}, {"puisse", 1, W_CAN}, {"puissent", 1, W_CAN}, {"pouvait", 1, W_CAN}, {"pouvaient", 1, W_CAN},
	{"pouvons", 1, W_CAN}, {"pourra", 1, W_COULD}, {"pourront", 1, W_COULD},
	{"pourrait", 1, W_COULD}, {"pourraient", 1, W_COULD}, {"pourrions", 1, W_COULD},
	{"veut", 1, W_WANT}, {"veulent", 1, W_WANT}, {"voulait", 1, W_WANT},
	{"voulaient", 1, W_WANT}, {"vouloir", 1, W_WANT}, {"voudrait", 1, W_WANT},
	{"voudraient", 1, W_WANT}, {"compte", 1, W_WANT}, {"comptent", 1, W_WANT},
	/* "souhaite livrer": wants to (a wish for things alone is a request) */
	{"souhaite", 1, W_WANT}, {"souhaitent", 1, W_WANT}, {"souhaitait", 1, W_WANT},
	{"souhaitaient", 1, W_WANT}, {"souhaiterait", 1, W_WANT}, {"souhaiteraient", 1, W_WANT},
	/* "entend livrer": intends */
	{"entend", 1, W_WANT}, {"entendent", 1, W_WANT}, {"entendait", 1, W_WANT},
	{"entendaient", 1, W_WANT}, {"entendra", 1, W_WANT}, {"entendront", 1, W_WANT},
	{"doit", 1, W_MUST}, {"doivent", 1, W_MUST}, {"devait", 1, W_MUST},
	{"devaient", 1, W_MUST}, {"devra", 1, W_MUST}, {"devront", 1, W_MUST},
	{"devrait", 1, W_SHOULD}, {"devraient", 1, W_SHOULD},
	{"fait", 1, W_FAIRE}, {"font", 1, W_FAIRE}, {"faisait", 1, W_FAIRE},
	{"faisaient", 1, W_FAIRE}, {"fera", 1, W_FAIRE}, {"feront", 1, W_FAIRE},
	{"ferait", 1, W_FAIRE}, {"feraient", 1, W_FAIRE}, {"faire", 1, W_FAIRE},
	{"fit", 1, W_FAIRE}, {"firent", 1, W_FAIRE}, {"faisant", 1, W_FAIRE},
	{"ne", 1, W_NEG}, {"n'", 1, W_NEG}, {"pas", 1, W_NEGEND}, {"jamais", 1, W_NEGEND},
	{"aucun", 1, W_NEGEND}, {"aucune", 1, W_NEGEND}, {"guere", 1, W_NEGEND},
	{"nullement", 1, W_NEGEND}, {"plus", 1, W_NEGEND}, {"sans", 1, W_NEG | W_NEGEND},
	{"encore", 1, W_YET | W_SKIP},
	{"de", 1, W_TO | W_GEN | W_SOURCE}, {"d'", 1, W_TO | W_GEN | W_SOURCE},
	{"du", 1, W_GEN | W_SOURCE | W_DET}, {"des", 1, W_GEN | W_SOURCE | W_DET},
	{"que", 1, W_REL}, {"qu'", 1, W_REL}, {"qui", 1, W_REL}, {"dont", 1, W_REL | W_INCL},
	{"lequel", 1, W_REL}, {"laquelle", 1, W_REL}, {"lesquels", 1, W_REL},
	{"tandis", 1, W_BOUND}, {"mais", 1, W_BOUND}, {"cependant", 1, W_BOUND},
	{"toutefois", 1, W_BOUND}, {"pourtant", 1, W_BOUND}, {"bien", 1, 0},
	{"il", 1, W_PRON}, {"elle", 1, W_PRON}, {"ils", 1, W_PRON}, {"elles", 1, W_PRON},
	{"on", 1, W_PRON}, {"nous", 1, W_PRON | W_FIRST | W_SKIP}, {"je", 1, W_PRON | W_FIRST},
	{"notre", 1, W_FIRST | W_DET}, {"nos", 1, W_FIRST | W_DET},
	{"deja", 1, W_SKIP}, {"aussi", 1, W_SKIP}, {"egalement", 1, W_SKIP},
	{"desormais", 1, W_SKIP}, {"finalement", 1, W_SKIP}, {"officiellement", 1, W_SKIP},
	{"bientot", 1, W_SKIP}, {"toujours", 1, W_SKIP | W_YET}, {"recemment", 1, W_SKIP},
	{"ainsi", 1, W_SKIP | W_COORD}, {"donc", 1, W_SKIP}, {"enfin", 1, W_SKIP},
	{"maintenant", 1, W_SKIP}, {"immediatement", 1, W_SKIP}, {"rapidement", 1, W_SKIP},
	{"prochainement", 1, W_SKIP}, {"simultanement", 1, W_SKIP}, {"y", 1, W_SKIP},
	{"lui", 1, W_SKIP}, {"leur", 1, W_SKIP | W_DET}, {"se", 1, W_SKIP}, {"s'", 1, W_SKIP},
	{"t", 1, W_SKIP}, {"me", 1, W_SKIP}, {"m'", 1, W_SKIP}, {"vous", 1, W_SKIP},
	{"meme", 1, W_SKIP}, {"alors", 1, W_SKIP}, {"precedemment", 1, W_SKIP},
	{"effectivement", 1, W_SKIP}, {"clairement", 1, W_SKIP}, {"certainement", 1, W_SKIP},
	{"en", 1, W_OBL | W_ELIDE}, {"pour", 1, W_OBL}, {"vers", 1, W_OBL}, {"avec", 1, W_OBL},
	{"contre", 1, W_OBL}, {"sur", 1, W_OBL}, {"chez", 1, W_OBL}, {"depuis", 1, W_OBL | W_SOURCE},
	{"dans", 1, W_OBL}, {"entre", 1, W_OBL}, {"via", 1, W_OBL}, {"aupres", 1, W_OBL},
	{"au", 1, W_OBL | W_DET}, {"aux", 1, W_OBL | W_DET}, {"par", 1, W_OBL | W_AGENT | W_SOURCE},
	{"provenance", 1, W_SOURCE}, {"et", 1, W_COORD}, {"ou", 1, W_COORD}, {"ni", 1, W_COORD},
	{"pays", 1, W_COLL | W_VAGUE}, {"etats", 1, W_COLL}, {"membres", 1, W_COLL | W_VAGUE},
	{"allies", 1, W_COLL | W_VAGUE}, {"alliees", 1, W_VAGUE}, {"partenaires", 1, W_COLL | W_VAGUE},
	{"gouvernements", 1, W_COLL}, {"nations", 1, W_COLL | W_VAGUE}, {"capitales", 1, W_COLL | W_VAGUE},
	{"occident", 1, W_VAGUE}, {"occidentaux", 1, W_VAGUE}, {"occidentales", 1, W_VAGUE},
	{"europeens", 1, W_VAGUE}, {"plusieurs", 1, W_VAGUE}, {"donateurs", 1, W_VAGUE},
	{"coalition", 1, W_VAGUE},
	{"gouvernement", 1, W_GOVN}, {"autorites", 1, W_GOVN}, {"ministere", 1, W_GOVN},
	{"ministre", 1, W_GOVN}, {"armee", 1, W_GOVN}, {"responsables", 1, W_GOVN},
	{"dirigeants", 1, W_GOVN}, {"president", 1, W_GOVN}, {"presidente", 1, W_GOVN},
	{"chancelier", 1, W_GOVN}, {"forces", 1, W_GOVN}, {"executif", 1, W_GOVN},
	{"diplomatie", 1, W_GOVN}, {"premier", 1, W_GOVN | W_QADJ},
	{"parlement", 1, W_GOVN}, {"cabinet", 1, W_GOVN}, {"chef", 1, W_GOVN},
	{"deputes", 1, W_GOVN}, {"parlementaires", 1, W_GOVN}, {"senateurs", 1, W_GOVN},
	{"senat", 1, W_GOVN},
	{"unite", 1, W_UNIT}, {"unites", 1, W_UNIT}, {"systeme", 1, W_UNIT},
	{"systemes", 1, W_UNIT}, {"exemplaires", 1, W_UNIT}, {"exemplaire", 1, W_UNIT},
	{"lanceurs", 1, W_UNIT}, {"lanceur", 1, W_UNIT},
	{"tir", 1, W_QADJ}, {"version", 1, W_QADJ}, {"versions", 1, W_QADJ},
	{"nouveaux", 1, W_QADJ}, {"nouvelles", 1, W_QADJ}, {"nouvel", 1, W_QADJ},
	{"nouveau", 1, W_QADJ}, {"nouvelle", 1, W_QADJ}, {"autres", 1, W_QADJ},
	{"supplementaires", 1, W_QADJ}, {"supplementaire", 1, W_QADJ},
	{"restants", 1, W_QADJ}, {"restantes", 1, W_QADJ}, {"restant", 1, W_QADJ}, {"premiers", 1, W_QADJ},
	{"premieres", 1, W_QADJ}, {"derniers", 1, W_QADJ}, {"additionnels", 1, W_QADJ},
	{"additionnelles", 1, W_QADJ}, {"modernes", 1, W_QADJ}, {"vieux", 1, W_QADJ},
	{"anciens", 1, W_QADJ}, {"lourds", 1, W_QADJ}, {"legers", 1, W_QADJ},
	{"vieillissant", 1, W_QADJ}, {"vieillissants", 1, W_QADJ}, {"obsolete", 3, W_QADJ},
	{"possible", 3, W_QADJ}, {"eventuelle", 1, W_QADJ}, {"eventuel", 1, W_QADJ},
	{"potentielle", 1, W_QADJ}, {"potentiel", 1, W_QADJ}, {"potential", 2, W_QADJ},
	{"probablement", 1, W_SKIP}, {"peut-etre", 1, W_SKIP}, {"potentially", 2, W_SKIP},
	{"possibly", 2, W_SKIP}, {"probably", 2, W_SKIP}, {"likely", 2, W_SKIP},
	{"perhaps", 2, W_SKIP}, {"maybe", 2, W_SKIP}, {"eventuellement", 1, W_SKIP},
	{"obsoletes", 1, W_QADJ}, {"propres", 1, W_QADJ}, {"propre", 1, W_QADJ},
	/* "sous pression croissante pour livrer" */
	{"croissante", 1, W_QADJ}, {"accrue", 1, W_QADJ}, {"grandissante", 1, W_QADJ},
	{"complets", 1, W_QADJ}, {"completes", 1, W_QADJ},
	{"fabrication", 1, W_MADE}, {"construction", 1, W_MADE}, {"conception", 1, W_MADE},
	{"origine", 1, W_MADE}, {"production", 1, W_MADE}, {"fabriques", 1, W_MADE},
	{"fabriquees", 1, W_MADE}, {"produits", 1, W_MADE}, {"produites", 1, W_MADE},
	{"declare", 1, W_REPORT}, {"dit", 1, W_REPORT}, {"indique", 1, W_REPORT},
	{"affirme", 1, W_REPORT}, {"precise", 1, W_REPORT}, {"explique", 1, W_REPORT},
	{"ajoute", 1, W_REPORT}, {"souligne", 1, W_REPORT}, {"selon", 1, W_REPORT},
	{"estime", 1, W_REPORT}, {"rapporte", 1, W_REPORT}, {"confirme", 1, W_REPORT},
	{"le", 1, W_DET}, {"la", 1, W_DET}, {"les", 1, W_DET}, {"l'", 1, W_DET},
	{"toute", 1, W_DET}, {"toutes", 1, W_DET}, {"tout", 1, W_DET}, {"tous", 1, W_DET},
	{"un", 1, W_DET | W_ONE}, {"une", 1, W_DET | W_ONE}, {"ce", 1, W_DET},
	{"cet", 1, W_DET}, {"cette", 1, W_DET}, {"ces", 1, W_DET}, {"ses", 1, W_DET},
	{"sa", 1, W_DET}, {"son", 1, W_DET}, {"leurs", 1, W_DET}, {"deuxieme", 1, W_ONE},
	{"seconde", 1, W_ONE}, {"notamment", 1, W_INCL | W_SKIP}, {"compris", 1, W_INCL},
	{"particulier", 1, W_INCL}, {"valeur", 1, W_MONEYW}, {"prix", 1, W_MONEYW},
	{"cout", 1, W_MONEYW}, {"chacun", 1, W_EACH}, {"chacune", 1, W_EACH},
	{"piece", 1, W_EACH}, /* English */
	{"has", 2, W_HAVE}, {"have", 2, W_HAVE}, {"had", 2, W_HAVE}, {"having", 2, W_HAVE},
	{"ve", 2, W_HAVE}, {"is", 2, W_BE}, {"are", 2, W_BE}, {"was", 2, W_BE},
	{"were", 2, W_BE}, {"be", 2, W_BE}, {"been", 2, W_BE}, {"being", 2, W_BE},
	{"will", 2, W_WILL}, {"shall", 2, W_WILL}, {"ll", 2, W_WILL}, {"won", 2, W_WILL},
	/* "are expected to arrive", "is due to deliver", "scheduled to ship" */
	{"expected", 2, W_WILL}, {"due", 2, W_WILL}, {"scheduled", 2, W_WILL},
	{"would", 2, W_WOULD}, {"wouldn", 2, W_WOULD}, {"going", 2, W_GO},
	{"can", 2, W_CAN}, {"ca", 2, W_CAN}, {"cannot", 2, W_CAN | W_NEG}, {"unable", 2, W_CAN | W_NEG},
	{"could", 2, W_COULD}, {"couldn", 2, W_COULD}, {"might", 2, W_COULD},
	{"may", 2, W_COULD}, {"want", 2, W_WANT}, {"wants", 2, W_WANT},
	{"wanted", 2, W_WANT}, {"intends", 2, W_WANT}, {"intend", 2, W_WANT},
	{"must", 2, W_MUST}, {"should", 2, W_SHOULD}, {"ought", 2, W_SHOULD},
	{"do", 2, W_DO}, {"does", 2, W_DO}, {"did", 2, W_DO}, {"didn", 2, W_DO},
	{"doesn", 2, W_DO}, {"don", 2, W_DO}, {"not", 2, W_NEG}, {"'t", 2, W_NEG},
	{"never", 2, W_NEG}, {"no", 2, W_NEG}, {"yet", 2, W_YET},
	{"to", 2, W_TO | W_OBL}, {"that", 2, W_REL}, {"which", 2, W_REL}, {"who", 2, W_REL},
	{"while", 2, W_BOUND}, {"whereas", 2, W_BOUND}, {"but", 2, W_BOUND},
	{"however", 2, W_BOUND}, {"although", 2, W_BOUND}, {"though", 2, W_BOUND},
	{"meanwhile", 2, W_BOUND}, {"it", 2, W_PRON}, {"they", 2, W_PRON}, {"he", 2, W_PRON},
	{"she", 2, W_PRON}, {"we", 2, W_PRON | W_FIRST}, {"i", 2, W_PRON | W_FIRST},
	{"our", 2, W_FIRST | W_DET}, {"already", 2, W_SKIP}, {"also", 2, W_SKIP},
	{"now", 2, W_SKIP}, {"finally", 2, W_SKIP}, {"officially", 2, W_SKIP},
	{"still", 2, W_SKIP}, {"soon", 2, W_SKIP}, {"recently", 2, W_SKIP},
	{"just", 2, W_SKIP}, {"then", 2, W_SKIP}, {"reportedly", 2, W_SKIP},
	{"quickly", 2, W_SKIP}, {"expressly", 2, W_SKIP}, {"formally", 2, W_SKIP},
	{"previously", 2, W_SKIP}, {"once", 2, W_SKIP}, {"again", 2, W_SKIP},
	{"even", 2, W_SKIP}, {"eventually", 2, W_SKIP}, {"clearly", 2, W_SKIP},
	{"longer", 2, W_SKIP}, {"so", 2, W_SKIP}, {"far", 2, W_SKIP}, {"thus", 2, W_SKIP},
	{"ever", 2, W_SKIP}, {"largely", 2, W_SKIP}, {"mostly", 2, W_SKIP},
	{"monday", 2, W_SKIP}, {"tuesday", 2, W_SKIP}, {"wednesday", 2, W_SKIP},
	{"thursday", 2, W_SKIP}, {"friday", 2, W_SKIP}, {"saturday", 2, W_SKIP},
	{"sunday", 2, W_SKIP}, {"yesterday", 2, W_SKIP}, {"today", 2, W_SKIP},
	{"possibility", 2, W_SKIP}, {"idea", 2, W_SKIP}, {"right", 2, W_SKIP},
	{"fellow", 2, W_QADJ}, {"own", 2, W_QADJ},
	{"since", 2, W_SKIP}, {"in", 2, W_OBL}, {"into", 2, W_OBL}, {"for", 2, W_OBL},
	{"with", 2, W_OBL}, {"at", 2, W_OBL}, {"from", 2, W_OBL | W_SOURCE},
	{"against", 2, W_OBL}, {"on", 2, W_OBL}, {"toward", 2, W_OBL}, {"towards", 2, W_OBL},
	{"via", 2, W_OBL}, {"by", 2, W_OBL | W_AGENT | W_SOURCE}, {"through", 2, W_OBL},
	{"than", 2, W_OBL}, {"of", 2, W_GEN}, {"and", 2, W_COORD}, {"or", 2, W_COORD},
	{"nor", 2, W_COORD},
	{"along", 2, W_COORD}, {"together", 2, W_COORD},
	{"countries", 2, W_COLL | W_VAGUE}, {"states", 2, W_COLL | W_VAGUE},
	{"members", 2, W_COLL | W_VAGUE}, {"allies", 2, W_COLL | W_VAGUE},
	{"partners", 2, W_COLL | W_VAGUE}, {"nations", 2, W_COLL | W_VAGUE},
	{"governments", 2, W_COLL}, {"capitals", 2, W_COLL | W_VAGUE}, {"west", 2, W_VAGUE},
	{"western", 2, W_VAGUE}, {"donors", 2, W_VAGUE}, {"europeans", 2, W_VAGUE},
	{"european", 2, W_VAGUE},
	{"several", 2, W_VAGUE}, {"others", 2, W_VAGUE}, {"coalition", 2, W_VAGUE},
	{"government", 2, W_GOVN}, {"authorities", 2, W_GOVN}, {"officials", 2, W_GOVN},
	{"ministry", 2, W_GOVN}, {"minister", 2, W_GOVN}, {"administration", 2, W_GOVN},
	{"president", 2, W_GOVN}, {"leaders", 2, W_GOVN}, {"forces", 2, W_GOVN},
	{"army", 2, W_GOVN}, {"military", 2, W_GOVN}, {"parliament", 2, W_GOVN},
	{"cabinet", 2, W_GOVN}, {"lawmakers", 2, W_GOVN}, {"legislators", 2, W_GOVN},
	{"mps", 2, W_GOVN}, {"deputies", 2, W_GOVN}, {"senators", 2, W_GOVN},
	{"senate", 2, W_GOVN}, {"legislature", 2, W_GOVN}, {"units", 2, W_UNIT}, {"unit", 2, W_UNIT},
	{"systems", 2, W_UNIT}, {"system", 2, W_UNIT}, {"platoons", 2, W_UNIT},
	{"platoon", 2, W_UNIT}, {"pieces", 2, W_UNIT}, {"launchers", 2, W_UNIT},
	{"launcher", 2, W_UNIT}, {"more", 2, W_QADJ}, {"new", 2, W_QADJ},
	{"additional", 2, W_QADJ | W_ONE}, {"further", 2, W_QADJ}, {"other", 2, W_QADJ},
	{"extra", 2, W_QADJ}, {"modern", 2, W_QADJ}, {"first", 2, W_QADJ}, {"old", 2, W_QADJ},
	{"aging", 2, W_QADJ}, {"ageing", 2, W_QADJ}, {"advanced", 2, W_QADJ},
	{"refurbished", 2, W_QADJ}, {"modernised", 2, W_QADJ}, {"modernized", 2, W_QADJ},
	{"upgraded", 2, W_QADJ}, {"reconditioned", 2, W_QADJ}, {"second-hand", 2, W_QADJ},
	{"made", 2, W_MADE}, {"built", 2, W_MADE}, {"manufactured", 2, W_MADE},
	{"designed", 2, W_MADE}, {"produced", 2, W_MADE},
	{"said", 2, W_REPORT}, {"says", 2, W_REPORT}, {"told", 2, W_REPORT},
	{"according", 2, W_REPORT}, {"added", 2, W_REPORT}, {"stated", 2, W_REPORT},
	{"confirmed", 2, W_REPORT}, {"reported", 2, W_REPORT},
	{"the", 2, W_DET}, {"a", 2, W_DET | W_ONE}, {"an", 2, W_DET | W_ONE},
	{"its", 2, W_DET}, {"their", 2, W_DET}, {"his", 2, W_DET}, {"her", 2, W_DET},
	{"this", 2, W_DET}, {"these", 2, W_DET}, {"those", 2, W_DET},
	{"another", 2, W_DET | W_ONE}, {"second", 2, W_ONE}, {"one", 2, W_ONE},
	{"including", 2, W_INCL}, {"such", 2, W_INCL}, {"especially", 2, W_INCL},
	{"notably", 2, W_INCL}, {"worth", 2, W_MONEYW}, {"cost", 2, W_MONEYW},
	{"costs", 2, W_MONEYW}, {"price", 2, W_MONEYW}, {"value", 2, W_MONEYW},
	{"each", 2, W_EACH}, {"apiece", 2, W_EACH}, };

/* The lexicon is built once, on first use, and never changes after: every
 * thread reads it without locks. */
static struct {
	struct ds_map map[2]; /* 0 English, 1 French: folded form -> entry */
	struct entry *e;
	size_t n, cap;
} lex;
static pthread_once_t lex_once = PTHREAD_ONCE_INIT;

static void lex_add(int fr, const char *w, size_t n, uint8_t cls, uint16_t flags, uint16_t morph,
		    uint64_t fw)
{
	struct ds_map *m = &lex.map[fr];
	uint32_t i;
	if (ds_map_get(m, w, n, &i)) {
		struct entry *x = &lex.e[i];
		x->fw |= fw;
		if (!x->cls && cls) {
			x->cls = cls;
			x->flags = flags;
			x->morph = morph;
		} else if (x->cls == cls) {
			x->morph |= morph;
			x->flags |= flags;
		}
		return;
	}
	ds_grow(&lex.e, &lex.cap, lex.n + 1, sizeof *lex.e);
	struct entry *x = &lex.e[lex.n];
	x->cls = cls;
	x->flags = flags;
	x->morph = morph;
	x->fw = fw;
	ds_map_put(m, w, n, (uint32_t)lex.n, &i);
	lex.n++;
}

static void lex_adds(int fr, const char *w, uint8_t cls, uint16_t flags, uint16_t morph, uint64_t fw)
{
	lex_add(fr, w, strlen(w), cls, flags, morph, fw);
}

/* A table of its own, built once with the lexicon (below). */
static void phrase_build(void);

static void lex_build(void)
{
	char buf[64];
	ds_map_init(&lex.map[0]);
	ds_map_init(&lex.map[1]);
	for (size_t i = 0; i < DS_ARRAY_LEN(fr_er); i++)
		for (size_t k = 0; k < DS_ARRAY_LEN(er_endings); k++) {
			const char *st = fr_er[i].stem, *en = er_endings[k].end;
			size_t a = strlen(st), b = strlen(en);
			if (a + b >= sizeof buf)
				continue;
			memcpy(buf, st, a);
			memcpy(buf + a, en, b + 1);
			lex_adds(1, buf, fr_er[i].cls, fr_er[i].flags, er_endings[k].morph, 0);
		}
	for (size_t i = 0; i < DS_ARRAY_LEN(fr_ir); i++)
		for (size_t k = 0; k < DS_ARRAY_LEN(ir_endings); k++) {
			const char *st = fr_ir[i].stem, *en = ir_endings[k].end;
			size_t a = strlen(st), b = strlen(en);
			memcpy(buf, st, a);
			memcpy(buf + a, en, b + 1);
			lex_adds(1, buf, fr_ir[i].cls, fr_ir[i].flags, ir_endings[k].morph, 0);
		}
	/* irregular forms first would lose to the generated ones: they merge */
	for (size_t i = 0; i < DS_ARRAY_LEN(fr_forms); i++)
		lex_adds(1, fr_forms[i].w, fr_forms[i].cls, fr_forms[i].flags, fr_forms[i].morph, 0);
	for (size_t i = 0; i < DS_ARRAY_LEN(en_verbs); i++) {
		static const uint16_t morphs[5] = {M_INF | M_PRES, M_PRES | M_PRES3, M_PAST, M_PPART,
						   M_GER};
		const char *p = en_verbs[i].forms;
		for (int k = 0; k < 5 && *p; k++) {
			const char *sp = strchr(p, ' ');
			size_t n = sp ? (size_t)(sp - p) : strlen(p);
			lex_add(0, p, n, en_verbs[i].cls, en_verbs[i].flags, morphs[k], 0);
			p += n + (sp ? 1 : 0);
		}
	}
	for (size_t i = 0; i < DS_ARRAY_LEN(en_forms); i++)
		lex_adds(0, en_forms[i].w, en_forms[i].cls, en_forms[i].flags, en_forms[i].morph, 0);
	for (size_t i = 0; i < DS_ARRAY_LEN(fwords); i++) {
		if (fwords[i].lang & 1)
			lex_adds(1, fwords[i].w, 0, 0, 0, fwords[i].fw);
		if (fwords[i].lang & 2)
			lex_adds(0, fwords[i].w, 0, 0, 0, fwords[i].fw);
	}
	/* "à" (folded apart from "a"): before an infinitive, or a place */
	lex_adds(1, "\xc3\xa0", 0, 0, 0, W_TO | W_OBL);
	lex_adds(0, "'s", 0, 0, 0, 0);
	lex_adds(0, "'ll", 0, 0, 0, W_WILL);
	lex_adds(0, "'ve", 0, 0, 0, W_HAVE);
	lex_adds(0, "'d", 0, 0, 0, W_WOULD);
	lex_adds(0, "'t", 0, 0, 0, W_NEG);
	const char *w;
	for (size_t i = 0; (w = ds_number_word_at(i)); i++) {
		lex_adds(0, w, 0, 0, 0, W_NUMW);
		lex_adds(1, w, 0, 0, 0, W_NUMW);
	}
	for (size_t i = 0; (w = ds_stock_word_at(i)); i++) {
		lex_adds(0, w, 0, 0, 0, W_STOCK);
		lex_adds(1, w, 0, 0, 0, W_STOCK);
	}
	phrase_build();
}

/* The entry index + 1 of a folded word, or 0. `fr`: 1 French, 0 English,
 * 2 either (French first). */
/* (the lexicon is built by ds_extract_aid, once, before any word is read) */
static uint16_t lex_find(int fr, const char *w, size_t n)
{
	uint32_t i;
	if (fr != 0 && ds_map_get(&lex.map[1], w, n, &i))
		return (uint16_t)(i + 1);
	if (fr != 1 && ds_map_get(&lex.map[0], w, n, &i))
		return (uint16_t)(i + 1);
	return 0;
}

static const struct entry *entry_of(const struct ds_unit *u)
{
	return u->lex ? &lex.e[u->lex - 1] : NULL;
}

static uint64_t fw_of(const struct ds_unit *u)
{
	return u->lex ? lex.e[u->lex - 1].fw : 0;
}

/* --- mentions: who may give, who receives ------------------------------------ */

static int id_in(const struct ds_entity *e, const char *const *ids)
{
	if (!e->id)
		return 0;
	for (; *ids; ids++)
		if (e->id[0] == (*ids)[0] && !strcmp(e->id, *ids))
			return 1;
	return 0;
}

/* Russia's side gives Ukraine nothing; former states only made materiel. */
static const char *const enemy_ids[] = {"RUS", "BLR", "PRK", "IRN", NULL};
static const char *const former_ids[] = {"SUN", "CSK", "YUG", "DDR", NULL};

/* The role of a state or organisation entity, and in *who the entity that
 * gives as a provider (records.md: a state, NATO or the EU). */
static int party_role(const struct dossier_kb *kb, int32_t e, int32_t *who, int depth)
{
	*who = -1;
	if (e < 0 || (size_t)e >= kb->n_ents || depth > 3)
		return DS_R_OTHER;
	const struct ds_entity *x = &kb->ents[e];
	if (x->kind == DOSSIER_KIND_STATE) {
		if (x->id && x->id[0] == 'U' && !strcmp(x->id, "UKR"))
			return DS_R_UKR;
		if (id_in(x, enemy_ids))
			return DS_R_ENEMY;
		if (id_in(x, former_ids))
			return DS_R_OTHER;
		*who = e;
		return DS_R_PROV;
	}
	if (x->kind == DOSSIER_KIND_ORG) {
		if (x->provider == 1) {
			*who = e;
			return DS_R_PROV;
		}
		if (x->state >= 0 && x->state != e) {
			int32_t w;
			int r = party_role(kb, x->state, &w, depth + 1);
			/* a company or a newspaper of a state does not give */
			if (x->provider == 2 || r == DS_R_UKR || r == DS_R_ENEMY) {
				*who = w;
				return r;
			}
		}
		return DS_R_OTHER;
	}
	return DS_R_OTHER;
}

/* The role of a mention and its provider or item entity. */
static int mention_role(const struct dossier_kb *kb, const struct ds_mention *m, int32_t *ent,
			const char **cat)
{
	const struct ds_entity *e = &kb->ents[m->entity];
	*ent = -1;
	*cat = NULL;
	switch (e->kind) {
	case DOSSIER_KIND_STATE:
	case DOSSIER_KIND_ORG:
		return party_role(kb, m->entity, ent, 0);
	case DOSSIER_KIND_PERSON:
		return e->state >= 0 ? party_role(kb, e->state, ent, 0) : DS_R_OTHER;
	case DOSSIER_KIND_ROLE:
		return e->of >= 0 ? party_role(kb, e->of, ent, 0) : DS_R_OTHER;
	case DOSSIER_KIND_MATERIEL:
		*ent = m->entity;
		*cat = e->category;
		return e->category ? DS_R_ITEM : DS_R_NONE;
	case DOSSIER_KIND_CATEGORY:
		*cat = e->category;
		return e->category ? DS_R_CAT : DS_R_NONE;
	default:
		return DS_R_OTHER;
	}
}

/* Category words that name no materiel ("armes", "weapons", "équipement"):
 * records.md gives them no record unless money is said. */
static const char *const generic_words[] = {
	"arme", "armes", "armes lourdes", "arme lourde", "armement", "armements",
	"armements lourds", "equipement", "equipements", "equipement militaire",
	"equipements militaires", "materiel", "materiels", "materiel militaire",
	"materiels militaires", "systeme d'armes", "systemes d'armes", "systeme d'armement",
	"systemes d'armement", "weapon", "weapons", "arms", "weaponry", "weapon system",
	"weapon systems", "weapons systems", "heavy weapons", "armament", "armaments",
	"military equipment", "equipment", "military hardware", "hardware", "military supplies",
	NULL,
};

/* Aid words that are a package ("paquet d'aide", "aid package") and bare
 * aid ("aide militaire", "military aid"), which counts only with money. */
static int package_kind(const char *w)
{
	static const char *const nouns[] = {"paquet", "package", "ensemble", "enveloppe",
					    "programme", "tranche", "plan", "drawdown", NULL};
	for (const char *const *p = nouns; *p; p++)
		if (strstr(w, *p))
			return 1;
	return 2;
}

/* Is the folded article or preposition p (as the matcher reports it) the
 * one written q? An apostrophe and a space are the same here ("d'", "d "). */
static int prep_eq(const char *p, const char *q)
{
	if (!p)
		return 0;
	for (; *p && *q; p++, q++)
		if (*p != *q && !((*p == '\'' || *p == ' ') && (*q == '\'' || *q == ' ')))
			return 0;
	return !*p && !*q;
}

static int prep_is_oblique(const char *p)
{
	return prep_eq(p, "a la ") || prep_eq(p, "a l'") || prep_eq(p, "au ") ||
	       prep_eq(p, "aux ") || prep_eq(p, "en ");
}

static int prep_is_genitive(const char *p)
{
	return prep_eq(p, "de ") || prep_eq(p, "d'") || prep_eq(p, "du ") || prep_eq(p, "des ") ||
	       prep_eq(p, "de la ") || prep_eq(p, "de l'");
}

/* The folded mention text without the article or preposition the matcher
 * took into its span. */
static const char *mention_core(const struct ds_sentview *v, const struct ds_unit *u,
				const struct ds_mention *m)
{
	const char *w = v->fold + u->f;
	if (m->prep) {
		size_t k = strlen(m->prep);
		if (u->n > k && w[0] == m->prep[0])
			return w + k;
	}
	return w;
}

/* --- the sentence view --------------------------------------------------------- */

struct scratch {
	struct ds_buf fold;
	struct ds_unit u[MAX_UNITS];
};

static int is_apostrophe(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

static int is_hyphen(uint32_t cp)
{
	return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

/* The ASCII mark a punctuation code point stands for. */
static uint8_t punct_of(uint32_t cp)
{
	switch (cp) {
	case 0xAB: case 0xBB: case 0x201C: case 0x201D: case 0x201E: case '"':
	case 0x2039: case 0x203A: case 0x2018: case 0x201A:
		return '"';
	case 0x2013: case 0x2014: case 0x2015: case 0x2012:
		return '-';
	case 0x2026:
		return '.';
	default:
		return cp < 0x80 ? (uint8_t)cp : '?';
	}
}

static struct ds_unit *new_unit(struct ds_sentview *v, struct scratch *s, uint8_t kind,
				uint32_t a, uint32_t b)
{
	struct ds_unit *u = &s->u[v->n++];
	memset(u, 0, sizeof *u);
	u->kind = kind;
	u->start = a;
	u->end = b;
	u->m = -1;
	u->ent = -1;
	u->f = (uint32_t)s->fold.len;
	return u;
}

static void end_fold(struct scratch *s, struct ds_unit *u)
{
	u->n = (uint32_t)s->fold.len - u->f;
	ds_buf_addc(&s->fold, '\0');
}

/* Cuts sentence si into units: mentions [m0, m1) whole, words, numbers and
 * punctuation marks between them. At most MAX_UNITS. */
static void build_view(struct ds_sentview *v, struct scratch *s, const struct dossier_doc *doc,
		       size_t si, size_t m0, size_t m1)
{
	const char *t = doc->text.ptr;
	const unsigned char *ut = (const unsigned char *)t;
	uint32_t a = doc->sents[si].start, b = doc->sents[si].end;
	size_t mi = m0;
	int glued = 0;
	v->n = 0;
	ds_buf_reset(&s->fold);
	uint32_t i = a;
	while (i < b && v->n < MAX_UNITS) {
		while (mi < m1 && doc->mentions[mi].end <= i)
			mi++;
		const struct ds_mention *m = mi < m1 ? &doc->mentions[mi] : NULL;
		uint32_t next_m = m ? m->start : b;
		if (m && m->start <= i) {
			uint32_t e = m->end < b ? m->end : b;
			/* "U.S." : the last dot of an abbreviation belongs to it */
			if (e < b && t[e] == '.' && e >= 2 && t[e - 2] == '.' && ds_isalpha(t[e - 1]))
				e++;
			struct ds_unit *u = new_unit(v, s, DS_U_MENTION, i, e);
			u->m = (int32_t)mi;
			u->glued = (uint8_t)glued;
			u->form = m->form;
			u->role = (uint8_t)mention_role(v->kb, m, &u->ent, &u->cat);
			/* the capital of the name itself, after any article */
			uint32_t w0 = e;
			while (w0 > i && t[w0 - 1] != ' ' && t[w0 - 1] != '\'')
				w0--;
			uint32_t cp;
			size_t k = ds_utf8_decode(ut + w0, e - w0, &cp);
			u->cap = (uint8_t)(k && ds_cp_is_upper(cp));
			ds_fold(&s->fold, t + i, e - i);
			end_fold(s, u);
			mi++;
			i = e;
			glued = 1;
			continue;
		}
		uint32_t cp;
		size_t k = ds_utf8_decode(ut + i, b - i, &cp);
		if (!k) {
			i++;
			glued = 0;
			continue;
		}
		if (ds_cp_is_space(cp)) {
			i += (uint32_t)k;
			glued = 0;
			continue;
		}
		/* a hyphen joining two words ("a-t-il", "US-supplied") */
		if (is_hyphen(cp) && glued && i + k < b) {
			uint32_t nx;
			size_t k2 = ds_utf8_decode(ut + i + k, b - i - k, &nx);
			if (k2 && ds_cp_is_alnum(nx)) {
				i += (uint32_t)k;
				continue;
			}
		}
		/* numbers and money: digits, number words, currency signs */
		uint32_t limit = next_m < b ? next_m : b;
		int try_num = (cp < 0x80 && ds_isdigit((int)cp)) || cp == '$' || cp == 0x20AC ||
			      cp == 0xA3 || ((cp == 'U' || cp == 'C' || cp == 'A') && i + 1 < b &&
					      (t[i + 1] == '$' || t[i + 1] == 'S' || t[i + 1] == 'A')) ||
			      /* a currency code: "NOK 10 billion", "EUR 500 million" */
			      (cp >= 'A' && cp <= 'Z' && i + 4 < b && t[i + 1] >= 'A' && t[i + 1] <= 'Z' &&
			       t[i + 2] >= 'A' && t[i + 2] <= 'Z' && t[i + 3] == ' ' && ds_isdigit(t[i + 4]));
		if (try_num) {
			struct ds_number num;
			int ok = ds_number_parse(t, limit, i, &num) && num.end > i &&
				 num.end <= limit;
			/* "6 billion Swedish kronor", "500 million Canadian
			 * dollars": the demonym is the currency's, not a party */
			struct ds_number wide;
			if (ok && !num.currency && m && m->form == DOSSIER_FORM_DEMONYM &&
			    ds_number_parse(t, b, i, &wide) && wide.currency &&
			    wide.end >= m->end) {
				num = wide;
				limit = b;
			}
			if (ok && num.end > i && num.end <= limit) {
				struct ds_unit *u = new_unit(v, s, DS_U_NUM, i, num.end);
				/* French decimals take a comma: "2.500 obus" is 2,500 */
				if (num.dot3 && !num.scaled && v->fr == 1)
					num.value *= 1000;
				u->num = num.value;
				u->currency = num.currency;
				u->dollar = num.dollar;
				u->approx = num.approx;
				u->glued = (uint8_t)glued;
				ds_fold(&s->fold, t + i, num.end - i);
				end_fold(s, u);
				i = num.end;
				glued = 1; /* "26-strong": a hyphen after it joins */
				continue;
			}
		}
		if (ds_cp_is_alnum(cp) || (is_apostrophe(cp) && glued && i + k < b)) {
			/* a word; French elision keeps its apostrophe ("d'"), English
			 * clitics start with one ("'s", "'t") */
			struct ds_unit *u = new_unit(v, s, DS_U_WORD, i, i);
			u->cap = (uint8_t)ds_cp_is_upper(cp);
			u->glued = (uint8_t)glued;
			uint32_t j = i;
			if (is_apostrophe(cp)) {
				ds_buf_addc(&s->fold, '\'');
				j += (uint32_t)k;
			}
			int since_e = 99; /* code points since the last "é" */
			while (j < limit) {
				uint32_t c2 = ut[j];
				size_t k2 = 1;
				if (c2 < 0x80) {
#ifdef __SSE2__
					/* a run of ASCII letters and digits: folded 16
					 * bytes at a time */
					if (limit - j >= 16) {
						ds_buf_reserve(&s->fold, 17);
						unsigned run = (unsigned)__builtin_ctz(
							~ds_word_mask16(ut + j, s->fold.ptr + s->fold.len));
						if (run) {
							s->fold.len += run;
							s->fold.ptr[s->fold.len] = '\0';
							since_e += (int)run;
							j += run;
							continue;
						}
					}
#endif
					/* ASCII, most letters: folded in place */
					if (ds_isalnum((int)c2)) {
						ds_buf_addc(&s->fold, (char)ds_tolower((int)c2));
						since_e++;
						j++;
						continue;
					}
				} else {
					k2 = ds_utf8_decode(ut + j, limit - j, &c2);
				}
				if (!k2)
					break;
				if (ds_cp_is_alnum(c2)) {
					if ((c2 == 0xE0 || c2 == 0xC0) && j == i && (j + k2 >= limit || !ds_cp_is_alnum(ut[j + k2])))
						ds_buf_adds(&s->fold, "\xc3\xa0");
					else
						ds_fold_cp(&s->fold, c2);
					since_e = c2 == 0xE9 || c2 == 0xC9 ? 0 : since_e + 1;
					j += (uint32_t)k2;
					continue;
				}
				/* "re-export", "re-supply": one word with its prefix */
				if (is_hyphen(c2) && j + k2 < limit && s->fold.len - u->f == 2 &&
				    !memcmp(s->fold.ptr + u->f, "re", 2) && ds_isalpha(ut[j + k2])) {
					j += (uint32_t)k2;
					continue;
				}
				if (is_apostrophe(c2) && j + k2 < limit && !is_apostrophe(cp)) {
					uint32_t nx;
					size_t k3 = ds_utf8_decode(ut + j + k2, limit - j - k2, &nx);
					if (k3 && ds_cp_is_alnum(nx) &&
					    ds_fr_elided(s->fold.ptr + u->f, s->fold.len - u->f)) {
						ds_buf_addc(&s->fold, '\'');
						j += (uint32_t)k2;
					}
				}
				break;
			}
			u->end = j;
			u->acute = (uint8_t)(since_e < 3); /* "livré", "livrés", "livrées" */
			end_fold(s, u);
			u->lex = lex_find(v->fr, s->fold.ptr + u->f, u->n);
			uint64_t f = fw_of(u);
			u->stockish = (f & W_STOCK) != 0;
			/* a number in words: "quatorze", "une trentaine", "half a million" */
			struct ds_number num;
			/* (French "a" is the verb: "il y a trois jours", "en a quatorze") */
			if (f & W_NUMW && !u->glued &&
			    !(v->fr && u->n == 1 && s->fold.ptr[u->f] == 'a') &&
			    ds_number_parse(t, limit, i, &num) && num.end >= j &&
			    num.end <= limit) {
				ds_buf_truncate(&s->fold, u->f);
				u->kind = DS_U_NUM;
				u->end = num.end;
				u->lex = 0;
				u->num = num.value;
				u->currency = num.currency;
				u->dollar = num.dollar;
				u->approx = num.approx;
				ds_fold(&s->fold, t + i, num.end - i);
				end_fold(s, u);
				j = num.end;
				glued = 0;
				i = j;
				continue;
			}
			i = j;
			glued = 1;
			continue;
		}
		struct ds_unit *u = new_unit(v, s, DS_U_PUNCT, i, i + (uint32_t)k);
		u->punct = punct_of(cp);
		u->glued = (uint8_t)glued;
		ds_buf_addc(&s->fold, (char)u->punct);
		end_fold(s, u);
		i += (uint32_t)k;
		glued = 0;
	}
	v->fold = s->fold.ptr ? s->fold.ptr : "";
	/* mentions: generic and package category words; "the first NATO
	 * member to", "un membre de l'OTAN", "an EU country": one member of an
	 * organisation, not the organisation that gives (the members together
	 * are: "EU countries have committed") */
	static const char *const members_en[] = {"member", "ally", "country", "state", "partner",
						  "nation", NULL};
	static const char *const members_fr[] = {"membre", "allie", "etat", "partenaire", NULL};
	v->u = s->u;
	for (size_t x = 0; x < v->n; x++) {
		struct ds_unit *u = &s->u[x];
		if (u->kind != DS_U_MENTION)
			continue;
		if (u->role == DS_R_PROV && v->kb->ents[u->ent].kind == DOSSIER_KIND_ORG) {
			const char *p = doc->mentions[u->m].prep;
			size_t w = v->fr ? x - 1 : x + 1;
			/* ("EU member states", plural, are the members together) */
			static const char *const plural[] = {"states", "countries", "nations",
							     "governments", NULL};
			/* "un pays de l'OTAN", "le premier pays de l'UE" (not "les
			 * pays de l'UE", the members together) */
			static const char *const one[] = {"un", "le", "chaque", "aucun", "premier",
							  "seul", "dernier", "deuxieme", "second",
							  "autre", NULL};
			int fr_one = v->fr && w < v->n && w > 0 && s->u[w].kind == DS_U_WORD &&
				     ds_unit_is(v, w, "pays") && s->u[w - 1].kind == DS_U_WORD &&
				     ds_unit_in(v, w - 1, one);
			if (w < v->n && s->u[w].kind == DS_U_WORD &&
			    (fr_one || ds_unit_in(v, w, v->fr ? members_fr : members_en)) &&
			    (!v->fr || (p && p[0] == 'd')) &&
			    !(!v->fr && w + 1 < v->n && s->u[w + 1].kind == DS_U_WORD &&
			      ds_unit_in(v, w + 1, plural))) {
				u->role = DS_R_OTHER;
				/* "un membre de l'OTAN a livré", "a NATO member
				 * delivered": some member, unnamed (no party of
				 * the sentences before either) */
				static const char *const some[] = {"un", "une", "chaque", "aucun",
								   "a", "an", "another", "each",
								   "one", "no", "any", NULL};
				size_t d = v->fr ? w - 1 : x - 1;
				if (d < v->n && s->u[d].kind == DS_U_WORD && ds_unit_in(v, d, some))
					s->u[w].unnamed = 1;
			}
			continue;
		}
		if (u->role != DS_R_CAT)
			continue;
		const char *core = mention_core(v, u, &doc->mentions[u->m]);
		for (const char *const *g = generic_words; *g; g++)
			if (core[0] == (*g)[0] && !strcmp(core, *g))
				u->generic = 1;
		if (u->cat && !strcmp(u->cat, "military aid package"))
			u->package = (uint8_t)package_kind(core);
		/* "non-military aid", "aide non militaire": no military aid */
		if (u->package && ((x > 0 && s->u[x - 1].kind == DS_U_WORD &&
				    ds_unit_is(v, x - 1, "non")) ||
				   (x + 1 < v->n && s->u[x + 1].kind == DS_U_WORD &&
				    ds_unit_is(v, x + 1, "non"))))
			u->role = DS_R_NONE;
	}
}

/* --- cues ------------------------------------------------------------------------ */

enum tense {
	T_NONE = 0,
	T_PRES,      /* livre, delivers */
	T_PAST,      /* a livré, livrait, delivered, has delivered */
	T_FUT,       /* livrera, will deliver, va livrer */
	T_COND,      /* livrerait, would deliver */
	T_PROG,      /* is sending */
	T_GER,       /* en livrant, offrant, supplying */
	T_INF,       /* livrer, to deliver */
	T_NOUN,      /* livraison, delivery */
	T_ADJ,       /* livrés à l'Ukraine, delivered to Ukraine: the item before */
	T_ADJPRE,    /* US-supplied: the item after */
	T_PASS_PRES, /* sont livrés, are delivered */
	T_PASS_PAST, /* ont été livrés, were delivered */
	T_PASS_FUT,  /* seront livrés, will be delivered */
	T_PASS_COND  /* seraient livrés, would be delivered */
};

enum modal { MOD_NONE = 0, MOD_GO, MOD_WILL, MOD_WOULD, MOD_CAN, MOD_COULD, MOD_WANT, MOD_MUST,
	     MOD_SHOULD };

struct cue {
	int pos, first;   /* the head unit; the first unit of its verb group */
	uint8_t cls, tense, modal, neg, yet, clitic;
	uint8_t objpron;  /* a French object pronoun in its group: "va les envoyer" */
	uint16_t flags;
	uint8_t hedged;   /* "il n'est pas certain que", "whether", "possible": consider */
	uint8_t action;   /* its own action, 0 for none */
	int gov;          /* the cue that governs it, or -1 */
	int fixed;        /* a provider given by the form ("US-supplied"), or -1 */
	/* providers of the chain it heads: computed once */
	uint8_t done, blocked;
	int nprov;
	int32_t prov[MAX_PROV];
};

static int is_word(const struct ds_sentview *v, int i)
{
	return i >= 0 && (size_t)i < v->n && v->u[i].kind == DS_U_WORD;
}

static uint64_t fwa(const struct ds_sentview *v, int i)
{
	return is_word(v, i) ? fw_of(&v->u[i]) : 0;
}

static int is_punct(const struct ds_sentview *v, int i, char c)
{
	return i >= 0 && (size_t)i < v->n && v->u[i].kind == DS_U_PUNCT && v->u[i].punct == c;
}

/* (inlined: asked hundreds of times a sentence) */
static inline __attribute__((always_inline)) int word_is(const struct ds_sentview *v, int i,
							 const char *w)
{
	return is_word(v, i) && ds_unit_is(v, (size_t)i, w);
}

/* An English possessive mark: "Denmark's", "the Netherlands'". */
static int possessive_mark(const struct ds_sentview *v, int i)
{
	return word_is(v, i, "'s") || word_is(v, i, "'");
}

static inline __attribute__((always_inline)) int word_in(const struct ds_sentview *v, int i,
							 const char *const *ws)
{
	return is_word(v, i) && ds_unit_in(v, (size_t)i, ws);
}

static int role_at(const struct ds_sentview *v, int i)
{
	return i >= 0 && (size_t)i < v->n && v->u[i].kind == DS_U_MENTION ? v->u[i].role : 0;
}

static int is_item_unit(const struct ds_sentview *v, int i)
{
	int r = role_at(v, i);
	return r == DS_R_ITEM || r == DS_R_CAT;
}

/* The article or preposition the matcher took into mention i, or NULL. */
static const char *prep_of(const struct ds_sentview *v, int i)
{
	const struct ds_unit *u = &v->u[i];
	return u->m >= 0 ? v->doc->mentions[u->m].prep : NULL;
}

/* Is unit i "de" (des, du, d'), or a name that took it into its span ("de
 * l'armée ukrainienne")? */
static int genitive_at(const struct ds_sentview *v, int i)
{
	static const char *const de[] = {"de", "des", "du", "d'", NULL};
	if (i < 0 || (size_t)i >= v->n)
		return 0;
	return word_in(v, i, de) || prep_is_genitive(prep_of(v, i));
}

/* Clause numbers of the units: a new clause after ";", ":", a dash between
 * spaces, and words like "tandis que", "mais", "while". */
static void clauses(const struct ds_sentview *v, uint8_t *cl)
{
	uint8_t c = 0;
	for (size_t i = 0; i < v->n; i++) {
		const struct ds_unit *u = &v->u[i];
		if (u->kind == DS_U_PUNCT && (u->punct == ';' || u->punct == ':' ||
					      (u->punct == '-' && !u->glued)))
			c = (uint8_t)(c < 250 ? c + 1 : c);
		else if (u->kind == DS_U_WORD && (fw_of(u) & W_BOUND))
			c = (uint8_t)(c < 250 ? c + 1 : c);
		else if (u->kind == DS_U_WORD && i + 1 < v->n && (fw_of(&v->u[i + 1]) & W_REL) &&
			 (ds_unit_is(v, i, "alors") || ds_unit_is(v, i, "pendant") ||
			  ds_unit_is(v, i, "bien") || ds_unit_is(v, i, "apres") ||
			  ds_unit_is(v, i, "avant")))
			c = (uint8_t)(c < 250 ? c + 1 : c);
		cl[i] = c;
	}
}

/* The verb group before a cue: auxiliaries, modals, negation, clitics and
 * adverbs ("n'a pas encore", "will not", "allaient désormais"). Fills the
 * cue's modal, negation and first unit; returns the auxiliaries seen. */
/* Is the "plus" at k that of a comparison ("plus de chars que la Pologne",
 * "plus d'obus qu'aucun autre pays")? */
static int more_than(const struct ds_sentview *v, int k)
{
	if (!word_is(v, k, "plus") || !(word_is(v, k + 1, "de") || word_is(v, k + 1, "d'") ||
					 is_item_unit(v, k + 1)))
		return 0;
	for (int j = k + 2; j < (int)v->n && j <= k + 8; j++) {
		if (word_is(v, j, "que") || word_is(v, j, "qu'"))
			return 1;
		if (v->u[j].kind == DS_U_PUNCT)
			return 0;
	}
	return 0;
}

/* An adverb that no list holds, inside a verb group: English in -ly
 * ("jointly", "quietly": six letters or more, not a verb in -ply such as
 * "supply"), French in -ment ("conjointement", "massivement": seven or
 * more), and "together" ("will together provide"). */
static int ly_adverb(const struct ds_sentview *v, int j)
{
	if (!is_word(v, j))
		return 0;
	const char *w = ds_unit_word(v, (size_t)j);
	size_t n = strlen(w);
	if (v->fr)
		return v->fr == 1 && n >= 7 && !strcmp(w + n - 4, "ment");
	return (n >= 6 && !strcmp(w + n - 2, "ly") && w[n - 3] != 'p') || !strcmp(w, "together");
}

/* The modal an auxiliary of flags f gives a verb, or MOD_NONE. */
static uint8_t modal_of(uint64_t f, int fr)
{
	if (f & W_GO)
		return MOD_GO;
	if (f & W_WILL && !(f & W_BE))
		return MOD_WILL;
	if (f & W_WOULD && !(f & (W_BE | W_HAVE)))
		return MOD_WOULD;
	if (f & W_CAN)
		return MOD_CAN;
	if (f & W_COULD)
		return MOD_COULD;
	if (f & W_WANT)
		return MOD_WANT;
	/* "l'Allemagne doit livrer 18 chars d'ici mars" is a plan; "Germany
	 * must deliver more" a demand */
	if (f & W_MUST)
		return fr ? MOD_MUST : MOD_SHOULD;
	if (f & W_SHOULD)
		return MOD_SHOULD;
	return MOD_NONE;
}

/* Is the English verb at unit i in its bare form ("send", "deliver"), not
 * "sends", "sent", "sending"? */
static int bare_form(const struct ds_sentview *v, int i)
{
	const char *w = ds_unit_word(v, (size_t)i);
	size_t n = v->u[i].n;
	return n > 3 && w[n - 1] != 's' && strcmp(w + n - 2, "ed") && strcmp(w + n - 3, "ing");
}

static uint64_t verb_group(const struct ds_sentview *v, struct cue *c, int *be_at, int *have_at)
{
	uint64_t aux = 0;
	int j = c->pos - 1, steps = 0;
	*be_at = *have_at = -1;
	c->first = c->pos;
	/* "en" as a clitic object right before the verb ("en a promis 14") */
	while (j >= 0 && steps < 7) {
		uint64_t f = fwa(v, j);
		if ((!f || (f == W_COORD && !v->fr)) && ly_adverb(v, j) &&
		    fwa(v, j - 1) & (W_HAVE | W_BE | W_GO | W_WILL | W_WOULD | W_CAN | W_COULD |
				     W_WANT | W_MUST | W_SHOULD | W_DO | W_SKIP))
			f = W_SKIP; /* "will jointly supply", "has quietly sent" */
		/* "will together with Denmark provide": a partner inside the
		 * group (chain_providers adds it) */
		if (!v->fr && v->u[j].kind == DS_U_MENTION && word_is(v, j - 1, "with") &&
		    (word_is(v, j - 2, "together") || word_is(v, j - 2, "along") ||
		     word_is(v, j - 2, "jointly")) &&
		    fwa(v, j - 3) &
			    (W_WILL | W_WOULD | W_CAN | W_COULD | W_MUST | W_SHOULD | W_HAVE)) {
			j -= 3;
			steps += 3;
			continue;
		}
		/* "a de nouveau livré", "va à nouveau envoyer": again */
		if (v->fr == 1 && word_is(v, j, "nouveau") &&
		    (word_is(v, j - 1, "de") || word_is(v, j - 1, "\xc3\xa0")) &&
		    fwa(v, j - 2) & (W_HAVE | W_BE | W_GO | W_WILL | W_WOULD | W_CAN | W_COULD | W_WANT |
				     W_MUST | W_SHOULD | W_NEG | W_NEGEND)) {
			j -= 2;
			steps += 2;
			continue;
		}
		if (!f)
			break;
		/* a French object pronoun inside the group: "va les envoyer",
		 * "les a livrés", "ne les livrera pas" (not the article of a
		 * noun: the verb is right after it) */
		if (v->fr == 1 && j == c->first - 1 &&
		    (word_is(v, j, "les") || word_is(v, j, "le") || word_is(v, j, "la") ||
		     word_is(v, j, "l'")) &&
		    (fwa(v, j - 1) & (W_GO | W_WILL | W_WOULD | W_CAN | W_COULD | W_WANT | W_MUST |
				      W_SHOULD | W_NEG | W_PRON | W_SKIP) ||
		     v->u[j - 1 >= 0 ? j - 1 : 0].kind == DS_U_MENTION || is_punct(v, j - 1, ',') ||
		     word_is(v, j - 1, "de") || word_is(v, j - 1, "d'") ||
		     word_is(v, j - 1, "pour") || word_is(v, j - 1, "et"))) {
			c->objpron = 1;
			c->first = j;
			j--;
			steps++;
			continue;
		}
		/* "va peut-être livrer" (two words: "peut" and "être") */
		if (v->fr == 1 && word_is(v, j, "etre") && word_is(v, j - 1, "peut") &&
		    v->u[j].glued &&
		    (fwa(v, j - 2) & (W_GO | W_WILL | W_WOULD | W_COULD | W_WANT))) {
			c->hedged = 1;
			j -= 2;
			steps += 2;
			continue;
		}
		if (f & W_ELIDE) {
			/* the clitic may follow its auxiliary: "va en céder six
			 * autres", "pourrait en livrer" */
			c->clitic = 1;
			c->first = j;
			if (!(fwa(v, j - 1) & (W_GO | W_WILL | W_WOULD | W_CAN | W_COULD | W_WANT |
					       W_MUST | W_SHOULD)))
				break;
			j--;
			steps++;
			continue;
		}
		if (!(f & (W_HAVE | W_BE | W_GO | W_WILL | W_WOULD | W_CAN | W_COULD | W_WANT | W_MUST |
			   W_SHOULD | W_DO | W_NEG | W_NEGEND | W_YET | W_SKIP | W_FAIRE | W_EACH)) &&
		    !(f & W_PRON && c->pos - j <= 3) && !(f & W_TO && !v->fr && word_is(v, j, "to")))
			break;
		/* "will perhaps send", "va éventuellement livrer": weighed */
		if (f & W_SKIP && (word_is(v, j, "perhaps") || word_is(v, j, "maybe") ||
				   word_is(v, j, "possibly") || word_is(v, j, "eventuellement")))
			c->hedged = 1;
		if ((f & W_HAVE) && *have_at < 0)
			*have_at = j;
		if ((f & W_BE) && *be_at < 0)
			*be_at = j;
		if (f & W_NEG)
			c->neg = 1;
		if (f & W_NEGEND && (aux & W_NEG || c->neg))
			c->neg = 1;
		if (f & W_YET)
			c->yet = 1;
		if (!c->modal)
			c->modal = modal_of(f, v->fr);
		aux |= f;
		c->first = j;
		j--;
		steps++;
	}
	/* an English bare verb after "and" shares the modal of the verb it is
	 * coordinated with: "will train pilots and deliver F-16 jets", "could
	 * train pilots and (then) supply jets" */
	if (!v->fr && !c->modal && !(aux & ~W_SKIP) && bare_form(v, c->pos)) {
		int q = c->first - 1;
		if (word_is(v, q, "then") || word_is(v, q, "also"))
			q--;
		if (word_is(v, q, "and") || word_is(v, q, "or"))
			for (int k = q - 1; k >= 0 && q - k <= 10; k--) {
				uint64_t f = fwa(v, k);
				if (v->u[k].kind == DS_U_PUNCT ||
				    f & (W_REL | W_BOUND | W_HAVE | W_BE))
					break;
				if (!(f & (W_WILL | W_WOULD | W_CAN | W_COULD | W_MUST | W_SHOULD)))
					continue;
				c->modal = modal_of(f, 0);
				break;
			}
	}
	/* "devraient livrer les premiers chars en mars", "should arrive next
	 * month": with a time to come, "should" is what is expected, a plan
	 * (not an opinion: "l'Ukraine devrait recevoir plus") */
	if (c->modal == MOD_SHOULD && !(aux & W_MUST)) {
		static const char *const when[] = {
			"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
			"septembre", "octobre", "novembre", "decembre", "january", "february",
			"march", "april", "june", "july", "august", "september", "october",
			"november", "december", "d'ici", "prochain", "prochaine", "prochains",
			"prochaines", "bientot", "prochainement", "next", "soon", "printemps",
			"spring", "summer", "autumn", "hiver", "winter", "automne", NULL};
		for (int k = c->pos + 1; k < (int)v->n && k <= c->pos + 12; k++) {
			if (v->u[k].kind == DS_U_PUNCT && v->u[k].punct != '-')
				break;
			if (word_in(v, k, when)) {
				c->modal = MOD_WILL;
				break;
			}
		}
	}
	/* ... and after a French verb: "livrera peut-être", "pourrait
	 * éventuellement" */
	for (int k = c->pos + 1; k <= c->pos + 2 && v->fr == 1 && !c->hedged; k++)
		if ((word_is(v, k, "peut") && word_is(v, k + 1, "etre")) ||
		    word_is(v, k, "eventuellement"))
			c->hedged = 1;
	/* French "pas" may come after the verb: "ne livrera pas" */
	if (c->neg || (aux & W_NEG))
		c->neg = 1;
	else
		for (int k = c->pos + 1; k <= c->pos + 2; k++)
			if (fwa(v, k) & W_NEGEND && fwa(v, c->first - 1) & W_NEG)
				c->neg = 1;
	if (aux & W_NEG && !(aux & W_NEGEND) && v->fr == 1) {
		/* "ne ... pas" needs its second half, after the verb; "ni X ni
		 * Y ne livreront" has it in the subject; "n'a livré plus de
		 * chars que la Pologne" compares, it denies nothing */
		c->neg = 0;
		for (int k = c->pos + 1; k <= c->pos + 3; k++)
			if (fwa(v, k) & W_NEGEND && !more_than(v, k))
				c->neg = 1;
		for (int k = c->first - 1; k >= 0 && k >= c->first - 12 && !c->neg; k--)
			if (word_is(v, k, "ni"))
				c->neg = 1;
	}
	if (c->neg)
		for (int k = c->pos + 1; k <= c->pos + 2; k++)
			if (fwa(v, k) & W_YET)
				c->yet = 1;
	return aux;
}

/* Is the "être"/"be" at i future ("sera", "will be") or conditional
 * ("serait", "would be")? */
static int be_future(const struct ds_sentview *v, int i)
{
	/* "are to be sent", "is due to be delivered": a plan; so are the
	 * things still to be given ("the items to be provided", "tanks to be
	 * delivered next year") */
	static const char *const things[] = {"items", "weapons", "arms", "equipment", "capabilities",
					     "munitions", "due", "scheduled", "slated", "set", NULL};
	return (fwa(v, i) & W_WILL) || (word_is(v, i, "be") && (fwa(v, i - 1) & W_WILL)) ||
	       (word_is(v, i, "be") && word_is(v, i - 1, "to") &&
		((fwa(v, i - 2) & (W_WILL | W_BE | W_UNIT)) || is_item_unit(v, i - 2) ||
		 word_in(v, i - 2, things)));
}

static int be_cond(const struct ds_sentview *v, int i)
{
	return (fwa(v, i) & W_WOULD) || (word_is(v, i, "be") && (fwa(v, i - 1) & W_WOULD));
}

/* The tense of a verb of aspect right before cue c, which takes it as its
 * own: "ont commencé à livrer", "commencera à livrer", "continue de
 * fournir", "began sending", "started to deliver", "will begin shipping",
 * "keeps sending"; T_NONE when there is none. */
static int aspect_before(const struct ds_sentview *v, const struct cue *c, int *first,
			 uint8_t *modal)
{
	static const char *const fr_pres[] = {"commence", "commencent", "continue", "continuent",
					      NULL};
	static const char *const fr_fut[] = {"commencera", "commenceront", "continuera",
					     "continueront", NULL};
	static const char *const en_past[] = {"began", "begun", "started", "continued", "kept",
					      NULL};
	static const char *const en_pres[] = {"begins", "starts", "continues", "keeps", "begin",
					      "start", "continue", "keep", NULL};
	int j = c->first - 1;
	*modal = MOD_NONE;
	if (v->fr) {
		if (!(word_is(v, j, "\xc3\xa0") || word_is(v, j, "de") || word_is(v, j, "d'")))
			return T_NONE;
		j--;
	} else if (c->tense == T_INF) {
		/* "to" may already be in the verb group */
		if (word_is(v, c->first, "to"))
			j = c->first - 1;
		else if (word_is(v, j, "to"))
			j--;
		else
			return T_NONE;
	}
	while (j >= 0 && fwa(v, j) & W_SKIP)
		j--;
	*first = j;
	if (word_in(v, j, v->fr ? fr_fut : en_past))
		return v->fr ? T_FUT : T_PAST;
	if (!word_in(v, j, v->fr ? fr_pres : en_pres))
		return T_NONE;
	if (v->fr)
		return v->u[j].acute ? T_PAST : T_PRES; /* "a commencé" or "commence" */
	uint64_t f = fwa(v, j - 1);
	if (f & W_WILL)
		return T_FUT; /* "will begin" */
	/* "plans to start", "could start": an infinitive, as the verb of aspect */
	if (word_is(v, j - 1, "to")) {
		*first = j - 1;
		return T_INF;
	}
	if (f & (W_WOULD | W_COULD | W_CAN | W_SHOULD | W_MUST)) {
		*first = j - 1;
		/* "must start sending": a demand, as "must" alone */
		*modal = f & W_WOULD ? MOD_WOULD : f & W_COULD ? MOD_COULD : f & W_CAN ? MOD_CAN :
			 MOD_SHOULD;
		return T_INF;
	}
	return T_PRES;
}

/* Does the party at unit j open its sentence (a headline: "US to send
 * Patriot", "Germany and Poland to send tanks"), not the object of a verb
 * before it ("Kyiv wants the Netherlands to send")? */
static int headline_start(const struct ds_sentview *v, int j)
{
	while (j > 0 && (role_at(v, j - 1) == DS_R_PROV || is_punct(v, j - 1, ',') ||
			 fwa(v, j - 1) & (W_COORD | W_DET)))
		j--;
	/* ... or its kicker: "Ukraine war: UK to give Storm Shadow missiles" */
	return j == 0 || (j <= 5 && is_punct(v, j - 1, ':'));
}

/* The colon that closes a headline's topic before unit i ("Chars pour
 * l'Ukraine : Berlin dit oui"), within its first eight units; else -1. */
static int topic_colon(const struct ds_sentview *v, int i)
{
	for (int j = 1; j < i && j <= 8; j++)
		if (is_punct(v, j, ':'))
			return j;
	return -1;
}

/* Is the infinitive at i told as a plan by what comes before it: "is to",
 * "was to", "is set (poised, slated, about) to", "sur le point de"? */
static int plan_before(const struct ds_sentview *v, int i)
{
	static const char *const be[] = {"is", "are", "was", "were", "s", "re", NULL};
	static const char *const set[] = {"set", "poised", "slated", "about", NULL};
	if (v->fr)
		return (word_is(v, i - 1, "de") || word_is(v, i - 1, "d'")) &&
		       word_is(v, i - 2, "point") && word_is(v, i - 3, "le") &&
		       word_is(v, i - 4, "sur");
	if (!word_is(v, i - 1, "to"))
		return 0;
	int j = i - 2;
	if (word_in(v, j, set))
		j--;
	while (j >= 0 && fwa(v, j) & W_SKIP)
		j--;
	return word_in(v, j, be);
}

static int glue_word(const struct ds_sentview *v, int i);

/* The tense of a verb cue from its form and its group. */
static void verb_tense(const struct ds_sentview *v, struct cue *c, uint16_t morph)
{
	int be, have;
	uint64_t aux = verb_group(v, c, &be, &have);
	const struct ds_unit *u = &v->u[c->pos];
	/* "en lui envoyant des chars": the "en" of a gerund, not the clitic
	 * that stands for a thing named before ("en a promis 14") */
	if (c->clitic && v->fr && morph & M_GER && !(morph & ~M_GER))
		c->clitic = 0;
	if (morph & M_PPART && be >= 0) {
		if (word_is(v, be, "being"))
			c->tense = T_PASS_FUT; /* "the missiles being provided": under way */
		else if (have >= 0 && have < be)
			c->tense = T_PASS_PAST;
		else if (be_future(v, be))
			c->tense = T_PASS_FUT;
		else if (be_cond(v, be))
			c->tense = T_PASS_COND;
		else if (word_is(v, be, "etait") || word_is(v, be, "etaient") || word_is(v, be, "was") ||
			 word_is(v, be, "were") || word_is(v, be, "fut") || word_is(v, be, "ete") ||
			 word_is(v, be, "been"))
			c->tense = T_PASS_PAST;
		else
			c->tense = T_PASS_PRES;
		/* French verbs of motion take "être": "est arrivé" is a past */
		if (c->cls == C_ARRIVE && v->fr && c->tense == T_PASS_PRES)
			c->tense = T_PAST;
		if (c->modal == MOD_COULD || c->modal == MOD_SHOULD || c->modal == MOD_CAN)
			c->tense = T_INF;
		return;
	}
	if (morph & M_PPART && have >= 0) {
		c->tense = T_PAST;
		/* "aura livré d'ici l'été", "will have delivered by": to come */
		if (word_is(v, have, "aura") || word_is(v, have, "auront") ||
		    (word_is(v, have, "have") && fwa(v, have - 1) & W_WILL))
			c->tense = T_FUT;
		return;
	}
	if (morph & M_GER && !(morph & M_INF)) {
		c->tense = be >= 0 && !v->fr ? T_PROG : T_GER;
		/* "has been supplying since the spring": under way for a while,
		 * so some has come */
		if (c->tense == T_PROG && have >= 0 && have < be && word_is(v, be, "been") &&
		    !(fwa(v, have) & W_WOULD) && !c->modal)
			c->tense = T_PAST;
		return;
	}
	/* "l'Ukraine s'est vu promettre des chars par X", "se verra livrer":
	 * the subject receives, the giver is the agent after "par": a passive
	 * in the tense of "voir" */
	if (morph & M_INF && v->fr && c->pos >= 2) {
		static const char *const seen[] = {"vu", "vue", "vus", "vues", NULL};
		static const char *const sees[] = {"voit", "voient", NULL};
		static const char *const will_see[] = {"verra", "verront", NULL};
		static const char *const would_see[] = {"verrait", "verraient", NULL};
		int j = c->pos - 1, past = word_in(v, j, seen);
		int t = past			       ? T_PASS_PAST
			: word_in(v, j, sees)	       ? T_PASS_PRES
			: word_in(v, j, will_see)      ? T_PASS_FUT
			: word_in(v, j, would_see)     ? T_PASS_COND
						       : T_NONE;
		int se = j - 1 - (past && (word_is(v, j - 1, "est") || word_is(v, j - 1, "sont") ||
					   word_is(v, j - 1, "etait") || word_is(v, j - 1, "etaient")));
		if (t != T_NONE && (word_is(v, se, "s'") || word_is(v, se, "se"))) {
			c->tense = (uint8_t)t;
			c->first = se;
			return;
		}
	}
	if (morph & M_INF && (c->modal || (aux & W_DO) || (!v->fr && word_is(v, c->pos - 1, "to")) ||
			      word_is(v, c->pos - 1, "\xc3\xa0") || word_is(v, c->pos - 1, "de") ||
			      word_is(v, c->pos - 1, "d'") || !(morph & (M_PRES | M_PAST)) ||
			      (c->clitic && v->fr))) {
		c->tense = T_INF;
		if (aux & W_DO)
			c->tense = word_is(v, c->first, "did") || word_is(v, c->first, "didn") ||
						   fwa(v, c->first) & W_NEG
					   ? T_PAST
					   : T_PRES;
		return;
	}
	if (morph & M_FUT) {
		c->tense = T_FUT;
		return;
	}
	if (morph & M_COND) {
		c->tense = T_COND;
		return;
	}
	if (morph & M_PPART && !(morph & (M_PRES | M_PAST))) {
		c->tense = T_ADJ;
		return;
	}
	/* "livrés" (accented) is a participle, "livre" a present; "fournis"
	 * ("-is", "-ie") is one too unless "je"/"tu" says it */
	const char *w = ds_unit_word(v, (size_t)c->pos);
	size_t wn = u->n;
	int ir_part = wn >= 2 && (w[wn - 1] == 'i' || (w[wn - 2] == 'i' && (w[wn - 1] == 's' ||
									    w[wn - 1] == 'e')) ||
				  (wn >= 3 && !strcmp(w + wn - 3, "ies")));
	/* (not an -er verb whose stem ends in "i": "supplie", "expedie" are
	 * present tenses, their participles take the accent) */
	if (ir_part && w[wn - 1] != 'i' && w[wn - 1] != 's' && wn < 30) {
		char inf[32];
		memcpy(inf, w, wn - 1);
		memcpy(inf + wn - 1, "er", 2);
		uint16_t x = lex_find(1, inf, wn + 1);
		const struct entry *e = x ? &lex.e[x - 1] : NULL;
		if (e && e->morph & M_INF)
			ir_part = 0;
	}
	if (morph & M_PPART && v->fr && !(morph & M_PAST) &&
	    (u->acute || (ir_part && !word_is(v, c->pos - 1, "je") && !word_is(v, c->pos - 1, "tu")))) {
		c->tense = T_ADJ;
		return;
	}
	if (morph & M_PAST && morph & M_PPART && !v->fr) {
		/* "tanks delivered to Ukraine", "the IRIS-T systems promised by
		 * Germany": a participle after its noun */
		int j = c->pos - 1;
		while (j >= 0 && (fwa(v, j) & (W_SKIP | W_UNIT) || glue_word(v, j)))
			j--;
		/* "The Caesar howitzers, donated by France, have been" */
		if (is_punct(v, j, ',') && word_is(v, c->pos + 1, "by"))
			j--;
		/* (an arrival has no passive: "tanks arrived" is a past) */
		c->tense = is_item_unit(v, j) && c->cls != C_ARRIVE ? T_ADJ : T_PAST;
		return;
	}
	if (morph & M_PAST) {
		c->tense = T_PAST;
		return;
	}
	if (morph & M_PPART && !(morph & M_PRES)) {
		c->tense = T_ADJ;
		return;
	}
	c->tense = T_PRES;
}

/* The action of one cue by itself (records.md "aid": action). */
static uint8_t own_action(const struct cue *c)
{
	uint8_t a = 0;
	int future = c->tense == T_FUT || c->tense == T_COND || c->tense == T_PROG ||
		     c->tense == T_PASS_FUT || c->tense == T_PASS_COND;
	int modal_pledge = c->modal == MOD_GO || c->modal == MOD_WILL || c->modal == MOD_WOULD ||
			   c->modal == MOD_WANT || c->modal == MOD_MUST || c->modal == MOD_CAN;
	int inf = c->tense == T_INF;
	switch (c->cls) {
	case C_GIVE:
	case C_ARRIVE:
	case C_DONATE:
	case C_OFFER:
	case C_SUPPORT:
		if (inf && c->yet && !c->neg && !c->modal)
			a = DS_ACT_CONSIDER; /* "has yet to deliver" */
		else if (inf && c->cls == C_ARRIVE && c->modal == MOD_SHOULD)
			a = DS_ACT_PLEDGE; /* "les Hawk devraient arriver": expected */
		else if (inf)
			a = modal_pledge ? DS_ACT_PLEDGE : c->modal == MOD_COULD ? DS_ACT_CONSIDER : 0;
		else if (future)
			a = DS_ACT_PLEDGE;
		else if (c->tense == T_NOUN)
			a = (c->flags & X_PLEDGEN) ? DS_ACT_PLEDGE : DS_ACT_DELIVER;
		else if (c->cls == C_DONATE && c->tense == T_PRES)
			a = DS_ACT_PLEDGE;
		else if (c->cls == C_OFFER && c->tense != T_GER)
			a = DS_ACT_PLEDGE;
		else
			a = DS_ACT_DELIVER;
		break;
	case C_PROCURE:
	case C_PLEDGE:
		/* an infinitive alone ("à financer") says nothing; governed, the
		 * chain takes its governor's action */
		if (inf && c->yet && !c->neg && !c->modal)
			a = DS_ACT_CONSIDER; /* "has yet to decide", "is yet to approve" */
		else
			a = inf && !modal_pledge ? (c->modal == MOD_COULD ? DS_ACT_CONSIDER : 0) :
						   DS_ACT_PLEDGE;
		break;
	case C_DECIDE:
		a = DS_ACT_PLEDGE;
		break;
	case C_CONSIDER:
		a = DS_ACT_CONSIDER;
		break;
	case C_REFUSE:
	case C_FORBID:
		a = DS_ACT_REFUSE;
		break;
	case C_REQUEST:
		/* "he was asked", "asked about": someone asks the provider */
		a = c->tense == T_ADJ || c->tense >= T_PASS_PRES ? 0 : DS_ACT_REQUEST;
		break;
	case C_RECEIVE:
		/* "L'Ukraine veut obtenir des chars de l'Allemagne": asked for */
		if (inf && c->modal == MOD_WANT)
			a = DS_ACT_REQUEST;
		else if (inf)
			a = modal_pledge ? DS_ACT_PLEDGE : c->modal == MOD_COULD ? DS_ACT_CONSIDER : 0;
		else
			a = future ? DS_ACT_PLEDGE : DS_ACT_DELIVER;
		break;
	case C_THANK:
		/* "thanked Denmark for the F-16s": given (thanks for a promise
		 * are read through its own verb: "for its decision to send") */
		a = inf || c->tense == T_ADJ || c->tense >= T_PASS_PRES ? 0 : DS_ACT_DELIVER;
		break;
	case C_BACKFILL:
		a = DS_ACT_BACKFILL;
		break;
	case C_AGENT:
		a = DS_ACT_DELIVER;
		break;
	case C_INCLUDE:
		a = DS_ACT_PLEDGE;
		break;
	default:
		break;
	}
	/* "l'Ukraine devrait recevoir": an opinion; what is due to arrive is
	 * expected */
	if (c->modal == MOD_SHOULD && c->cls != C_ARRIVE)
		a = 0;
	if (c->modal == MOD_COULD && a && a != DS_ACT_REFUSE && a != DS_ACT_REQUEST)
		a = DS_ACT_CONSIDER;
	if (c->neg && a) {
		switch (c->cls) {
		case C_REFUSE:
		case C_FORBID:
			a = DS_ACT_CONSIDER; /* "n'exclut pas", "did not rule out" */
			break;
		case C_DECIDE:
			a = DS_ACT_CONSIDER; /* "no decision", "pas de décision" */
			break;
		case C_REQUEST:
		case C_BACKFILL:
		case C_RECEIVE:
		case C_ARRIVE:
		case C_THANK:
			a = 0;
			break;
		case C_PLEDGE:
		case C_GIVE:
		case C_DONATE:
			/* "no announcements", "pas de livraison": nothing said; "no
			 * intention of sending": refused */
			a = (c->tense == T_NOUN && !(c->flags & X_NEGREF)) || c->flags & X_SAYS ? 0 :
			    c->yet ? DS_ACT_CONSIDER : DS_ACT_REFUSE;
			break;
		default:
			a = c->yet ? DS_ACT_CONSIDER : DS_ACT_REFUSE;
			break;
		}
	}
	return a;
}

/* Is the verb group at `first` what a party denies: "denied (reports, a
 * claim) that it would send", "dismissed rumours that", "a démenti (nié) les
 * informations selon lesquelles", "a démenti avoir promis"? */
static int denied_report(const struct ds_sentview *v, int first)
{
	static const char *const deny[] = {"denied",   "denies",  "deny",	 "denying",
					   "dismissed", "dismisses", "dementi", "dement",
					   "dementent", "dementait", "nie",	 "nient",
					   "niait",	"nier",	     NULL};
	static const char *const tales[] = {
		"report",      "reports",     "claim",        "claims",      "rumours",
		"rumors",      "speculation", "suggestions",  "allegations", "informations",
		"information", "rumeurs",     "affirmations", "articles",    NULL};
	static const char *const which[] = {"lesquelles", "lesquels", "laquelle", "lequel", NULL};
	int q = first - 1;
	/* the subject of the told verb: "it", "il", "the country" */
	for (int k = 0; k < 4 && q >= 0 && v->u[q].kind != DS_U_PUNCT; k++, q--)
		if (word_is(v, q, "that") || word_is(v, q, "que") || word_is(v, q, "qu'") ||
		    word_in(v, q, which))
			break;
	int h;
	if (word_is(v, first, "avoir"))
		h = first - 1; /* "a démenti avoir promis" */
	else if (q >= 0 && (word_is(v, q, "that") || word_is(v, q, "que") || word_is(v, q, "qu'")))
		h = q - 1;
	else if (q >= 1 && word_in(v, q, which) && word_is(v, q - 1, "selon"))
		h = q - 2;
	else
		return 0;
	for (int k = 0; k < 3 && h >= 0 && (word_in(v, h, tales) || fwa(v, h) & W_DET); k++)
		h--;
	return word_in(v, h, deny);
}

/* The morphology of a form of "faire" ("a fait don", "feraient don"). */
static uint16_t faire_morph(const struct ds_sentview *v, int i)
{
	static const struct {
		const char *w;
		uint16_t m;
	} forms[] = {{"fait", M_PRES | M_PPART}, {"font", M_PRES}, {"fera", M_FUT},
		     {"feront", M_FUT}, {"ferait", M_COND}, {"feraient", M_COND},
		     {"faisait", M_PAST}, {"faisaient", M_PAST}, {"fit", M_PAST},
		     {"firent", M_PAST}, {"faire", M_INF}, {"faisant", M_GER}};
	for (size_t k = 0; k < DS_ARRAY_LEN(forms); k++)
		if (word_is(v, i, forms[k].w))
			return forms[k].m;
	return M_PRES;
}

static struct cue *new_cue(struct cue *cs, int *n, int pos, uint8_t cls, uint16_t flags)
{
	struct cue *c = &cs[(*n)++];
	memset(c, 0, sizeof *c);
	c->pos = c->first = pos;
	c->cls = cls;
	c->flags = flags;
	c->gov = -1;
	c->fixed = -1;
	return c;
}

/* The words that head the phrases find_cues reads word by word ("prêt
 * à", "ready to", "call on", and the words of single_heads): a word can
 * only head one if its first letter, last letter and length are those of
 * one of them, which nearly all words fail at one look (phrase_lengths,
 * built with the lexicon). A phrase added to find_cues puts its first word
 * here. */
/* "déterminé à livrer", "determined to send": resolved, a promise */
static const char *const determined[] = {"determine", "determinee", "determines", "determinees",
					 "resolu", "resolue", "resolus", "resolues", "determined",
					 "resolved", NULL};
static const char *const ready[] = {"pret", "prete", "prets", "pretes", "dispose",
				    "disposee", "disposes", "disposees", "reticent", "reticente",
				    "reticents", "reticentes", "ouvert", "ouverte", "ouverts",
				    "ouvertes", NULL};
static const char *const ready_en[] = {"ready", "willing", "prepared", "reluctant", "hesitant",
				       "unwilling", "open", NULL};
static const char *const call[] = {"call", "calls", "called", "calling", NULL};
static const char *const on[] = {"on", "upon", "for", NULL}; /* "called on", "calls for" */
static const char *const single_heads[] = {
	"pression",   "pressure",      "confirmer",    "non",      "no",       "pas",
	"feu",        "green",         "route",        "partance", "against",  "hands",
	"mains",      "return",        "contrepartie", "oui",      "yes",      "disposition",
	"disposal",   "jour",          "agenda",       "table",    "question", "etude",
	"discussion", "consideration", "review",       "contre",   "way",      "cours",
	NULL};
static const char *const stop[] = {"stop", "stops", "stopped", "stopping", NULL};
static const char *const want[] = {"want", "wants", "wanted", NULL};
static const char *const *const phrase_heads[] = {ready, ready_en, call, single_heads, stop,
						  determined};
static uint16_t phrase_lengths[26][26]; /* by first and last letter: a bit per length */
/* The words a saying of doing the same is found at (ditto_form), and their
 * lengths by first letter. */
static const char *const ditto_at[] = {"so",        "neither", "nor",   "as",    "comme",    "cas",
				       "meme",      "same",    "among", "parmi", "likewise", "suit",
				       "chose",     "autant",  "pas",   "too",   "aussi",    "well",
				       "egalement", "like",    "with",  NULL};
static uint16_t ditto_lengths[26];

static void phrase_build(void)
{
	for (const char *const *w = ditto_at; *w; w++)
		ditto_lengths[(*w)[0] - 'a'] |= (uint16_t)(1u << strlen(*w));
	for (size_t i = 0; i < DS_ARRAY_LEN(phrase_heads); i++)
		for (const char *const *w = phrase_heads[i]; *w; w++) {
			size_t n = strlen(*w);
			phrase_lengths[(*w)[0] - 'a'][(*w)[n - 1] - 'a'] |= (uint16_t)(1u << n);
		}
}

/* The lexicon is built (lex_find ran for the word) before this is asked. */
static int may_head_phrase(const char *f, size_t n)
{
	unsigned a = (unsigned char)f[0] - 'a', z = n ? (unsigned char)f[n - 1] - 'a' : 26;
	return a < 26 && z < 26 && n < 16 && (phrase_lengths[a][z] >> n & 1);
}

/* Does the sentence open on "In return,", "In exchange,", "En
 * contrepartie,", "En échange,", "En retour,": an exchange for a gift told
 * before it? */
static int exchange_opener(const struct ds_sentview *v)
{
	return is_punct(v, 2, ',') &&
	       ((word_is(v, 0, "in") && (word_is(v, 1, "return") || word_is(v, 1, "exchange"))) ||
		(word_is(v, 0, "en") && (word_is(v, 1, "contrepartie") || word_is(v, 1, "echange") ||
					 word_is(v, 1, "retour"))));
}

/* Is the exchange named at unit i the frame a sentence opens with, closed
 * by a comma ("Under a ring exchange,", "As part of the swap,", "Dans le
 * cadre d'un échange circulaire,")? */
static int exchange_frame(const struct ds_sentview *v, int i)
{
	static const char *const frame[] = {"under", "as", "through", "in", "via", "dans", "par",
					    "selon", "avec", "with", NULL};
	if (i < 2 || i > 8 || !word_in(v, 0, frame) || exchange_opener(v))
		return 0;
	for (int j = 1; j < i; j++)
		if (v->u[j].kind != DS_U_WORD)
			return 0;
	for (int j = i + 1; j < (int)v->n && j <= i + 3; j++) {
		if (is_punct(v, j, ','))
			return 1;
		if (v->u[j].kind != DS_U_WORD)
			return 0;
	}
	return 0;
}

/* Is unit j a French verb of receiving ("recevra", "a reçu", "obtiendra")? */
static int receiving(const struct ds_sentview *v, int j)
{
	const struct entry *e = j >= 0 && v->fr && is_word(v, j) ? entry_of(&v->u[j]) : NULL;
	return e && e->cls == C_RECEIVE && !(e->morph & M_NOUN);
}

/* Does the sentence say it tells the return of an exchange, anywhere in it:
 * "it would receive F-16s in return", "recevra en échange des hélicoptères"
 * (not "in exchange for", "en échange de": what was given is named there)? */
static int exchange_said(const struct ds_sentview *v)
{
	if (exchange_opener(v))
		return 1;
	for (int j = 0; j + 1 < (int)v->n; j++) {
		if (word_is(v, j, "in") &&
		    (word_is(v, j + 1, "return") || word_is(v, j + 1, "exchange")) &&
		    !word_is(v, j + 2, "for"))
			return 1;
		if (word_is(v, j, "en") &&
		    (word_is(v, j + 1, "contrepartie") || word_is(v, j + 1, "echange") ||
		     word_is(v, j + 1, "retour")) &&
		    !word_is(v, j + 2, "de") && !word_is(v, j + 2, "d'") &&
		    !word_is(v, j + 2, "du") &&
		    /* "recevra en échange des hélicoptères": some, after the verb */
		    (!genitive_at(v, j + 2) || receiving(v, j - 1)))
			return 1;
	}
	return 0;
}

/* Is the subject of cue c "it", "il" or "elle" ("it will receive", "elle
 * recevra": in French the pronoun is inside the verb group)? */
static int third_person_subject(const struct ds_sentview *v, const struct cue *c)
{
	static const char *const pron[] = {"it", "elle", "il", NULL};
	return word_in(v, c->first - 1, pron) || word_in(v, c->first, pron);
}

static int cue_at(const struct cue *cs, int n, int pos)
{
	for (int k = 0; k < n; k++)
		if (cs[k].pos == pos)
			return k;
	return -1;
}

/* Nouns of giving whose verb says the giving happened or is told: "Denmark's
 * donation of 19 Caesar was completed", "le don ... s'est achevé": made;
 * "Recent deliveries include anti-ship missiles": what "include" lists is
 * what was delivered. */
static void done_nouns(const struct ds_sentview *v, struct cue *cs, int n)
{
	static const char *const done[] = {"completed", "complete", "finished", "finalised",
					   "finalized", "achevee", "acheve", "achevees", "acheves",
					   "terminee", "termine", "terminees", "termines",
					   "finalisee", "finalise", "bouclee", "boucle", NULL};
	for (int k = 0; k < n; k++) {
		struct cue *c = &cs[k];
		if (c->tense != T_NOUN || c->neg ||
		    (c->cls != C_GIVE && c->cls != C_DONATE && c->cls != C_OFFER))
			continue;
		/* the noun's verb: past its object, before the clause ends */
		for (int j = c->pos + 1; j < (int)v->n && j <= c->pos + 12; j++) {
			if (v->u[j].kind == DS_U_PUNCT && v->u[j].punct != '-')
				break;
			int q = cue_at(cs, n, j);
			if (q >= 0 && cs[q].cls == C_INCLUDE && cs[q].tense != T_NOUN &&
			    !cs[q].neg && j - c->pos <= 3) {
				cs[q].action = own_action(c) == DS_ACT_DELIVER ? DS_ACT_DELIVER
									: cs[q].action;
				break;
			}
			/* "Denmark's donation of Leopard tanks arrived", "les
			 * livraisons de chars sont arrivées": made */
			if (q >= 0 && cs[q].cls == C_ARRIVE && !cs[q].neg &&
			    (cs[q].tense == T_PAST || cs[q].tense == T_PRES)) {
				c->flags &= (uint16_t)~X_PLEDGEN;
				if (c->cls == C_DONATE || c->cls == C_OFFER)
					c->cls = C_GIVE;
				c->action = own_action(c);
				break;
			}
			if (q >= 0)
				break;
			/* "the transfer of the tanks began", "l'envoi des chars a
			 * commencé (débuté)", "is under way", "est en cours": under
			 * way, so made ("n'a pas commencé": still to come) */
			int begun = word_is(v, j, "began") ||
				    ((word_is(v, j, "begun") || word_is(v, j, "started")) &&
				     !(fwa(v, j - 1) & W_BE)) ||
				    ((word_is(v, j, "commence") || word_is(v, j, "debute")) &&
				     v->u[j].acute && fwa(v, j - 1) & W_HAVE) ||
				    (word_is(v, j, "under") && word_is(v, j + 1, "way") &&
				     fwa(v, j - 1) & W_BE) ||
				    (word_is(v, j, "en") && word_is(v, j + 1, "cours") &&
				     fwa(v, j - 1) & W_BE);
			if (begun && (fwa(v, j - 1) & W_NEG || fwa(v, j - 2) & W_NEG)) {
				if (c->action == DS_ACT_DELIVER)
					c->action = DS_ACT_PLEDGE; /* still to come */
				break;
			}
			if (begun || (word_in(v, j, done) &&
			    (fwa(v, j - 1) & (W_BE | W_HAVE | W_SKIP) || word_is(v, j - 1, "s'") ||
			     word_is(v, j - 1, "est")))) {
				c->flags &= (uint16_t)~X_PLEDGEN;
				if (c->cls == C_DONATE || c->cls == C_OFFER)
					c->cls = C_GIVE;
				c->action = own_action(c);
				break;
			}
		}
	}
}

/* "the tanks are (already) in Ukraine", "les Caesar sont déjà sur le front",
 * "are now at the front", "seront en Ukraine": there, so delivered (or to
 * come). Returns the unit of "be" (the cue), its tense in *tense, or -1;
 * i is "in", "front", or the mention "en Ukraine". */
static int there_now(const struct ds_sentview *v, int i, uint8_t *tense)
{
	int there = -1;
	if (((word_is(v, i, "in") && role_at(v, i + 1) == DS_R_UKR &&
	      v->u[i + 1].form != DOSSIER_FORM_DEMONYM) ||
	     (role_at(v, i) == DS_R_UKR && prep_eq(prep_of(v, i), "en "))))
		there = i;
	else if ((word_is(v, i, "front") || word_is(v, i, "frontline") ||
		  word_is(v, i, "battlefield")) &&
		 (word_is(v, i - 1, "the") || word_is(v, i - 1, "le")) &&
		 (word_is(v, i - 2, "at") || word_is(v, i - 2, "on") || word_is(v, i - 2, "sur")))
		there = i - 2;
	static const char *const now[] = {"already",   "now",        "deja",
					  "desormais", "maintenant", NULL};
	int be = there - 1;
	if (be >= 0 && word_in(v, be, now))
		be--;
	/* the things, maybe with their giver: "les Caesar français" */
	int it = be - 1;
	if (it > 0 && role_at(v, it) == DS_R_PROV && v->u[it].form == DOSSIER_FORM_DEMONYM)
		it--;
	/* "will be in Ukraine by March", "seront en Ukraine": to come */
	int will = fwa(v, be) & W_WILL || fwa(v, be - 1) & W_WILL;
	if (fwa(v, be - 1) & W_WILL)
		it--;
	if (there <= 0 || be < 0 || !(fwa(v, be) & W_BE) || fwa(v, be) & W_WOULD ||
	    fwa(v, be - 1) & (W_NEG | W_WOULD | W_CAN | W_COULD | W_MUST | W_SHOULD) ||
	    fwa(v, be + 1) & W_NEGEND || !is_item_unit(v, it))
		return -1;
	*tense = will ? T_FUT : T_PAST;
	return will && fwa(v, be - 1) & W_WILL ? be - 1 : be;
}

/* Finds the cue words of a sentence, with their tense, mood and polarity. */
/* Words of pace: before a noun of giving they say how it goes ("speed up
 * deliveries", "accélérer les livraisons", "the swift delivery of"); the
 * verb above them governs the noun, and an English form that is both verb
 * and plural noun is the noun there ("increase supplies of"). */
static const char *const pace[] = {"speed", "up", "accelerate", "expedite", "hasten", "step",
				   "ramp", "increase", "boost", "accelerer", "intensifier",
				   "augmenter", "hater", "swift", "rapid", "quick", "speedy",
				   "immediate", "urgent", "prompt", "faster", "quicker", "rapide",
				   "rapides", "prompte", "immediate", "urgente", NULL};

static int find_cues(const struct ds_sentview *v, struct cue *cs)
{
	static const char *const supplied[] = {"supplied", "provided", "donated", "delivered",
					       "gifted", "sent", "given", "funded", "fournis",
					       "livres", "fournies", "livrees", NULL};
	int n = 0;
	for (int i = 0; i < (int)v->n && n < MAX_CUES; i++) {
		const struct ds_unit *u = &v->u[i];
		struct cue *c;
		/* "US-supplied HIMARS", "Swiss-made" is not */
		if (u->kind == DS_U_MENTION && u->role == DS_R_PROV && is_word(v, i + 1) &&
		    v->u[i + 1].glued && word_in(v, i + 1, supplied)) {
			c = new_cue(cs, &n, i + 1, C_GIVE, 0);
			c->tense = T_ADJPRE;
			c->fixed = i;
			i++;
			continue;
		}
		uint8_t tense;
		/* (only where it can open: Ukraine's mention, "in", "front", ...) */
		char f0 = u->kind == DS_U_WORD ? ds_unit_word(v, (size_t)i)[0] : 0;
		int opens = (u->kind == DS_U_MENTION && u->role == DS_R_UKR) || f0 == 'i' ||
			    f0 == 'f' || f0 == 'b';
		int at = opens ? there_now(v, i, &tense) : -1;
		if (at >= 0) {
			c = new_cue(cs, &n, at, C_ARRIVE, 0);
			c->tense = tense;
			c->action = own_action(c);
			continue;
		}
		if (u->kind != DS_U_WORD)
			continue;
		/* "Kyiv wants the Netherlands to send F-16s": asked of them;
		 * "Ukraine wants fighter jets from the US": asked from them */
		int want_from = 0;
		if (!v->fr && ds_unit_word(v, (size_t)i)[0] == 'w' && word_in(v, i, want) &&
		    role_at(v, i - 1) == DS_R_UKR && !word_is(v, i + 1, "to"))
			for (int k = i + 2; k < (int)v->n && k <= i + 8 && !want_from; k++) {
				if (v->u[k].kind == DS_U_PUNCT)
					break;
				want_from = word_is(v, k - 1, "from") &&
					    role_at(v, k) == DS_R_PROV &&
					    v->u[k].form != DOSSIER_FORM_DEMONYM;
			}
		if (!v->fr && ds_unit_word(v, (size_t)i)[0] == 'w' && word_in(v, i, want) &&
		    ((role_at(v, i + 1) == DS_R_PROV && word_is(v, i + 2, "to")) || want_from)) {
			c = new_cue(cs, &n, i, C_REQUEST, X_OBJ);
			verb_tense(v, c, word_is(v, i, "wanted") ? M_PAST | M_PPART : M_PRES | M_INF);
			c->action = own_action(c);
			continue;
		}
		/* several words */
		if (!may_head_phrase(ds_unit_word(v, (size_t)i), u->n))
			goto single;
		/* "sous (une forte) pression", "under (growing) pressure" */
		if ((word_is(v, i, "pression") &&
		     (word_is(v, i - 1, "sous") || (word_is(v, i - 2, "sous") && is_word(v, i - 1)) ||
		      (word_is(v, i - 3, "sous") && is_word(v, i - 2) && is_word(v, i - 1)))) ||
		    (word_is(v, i, "pressure") &&
		     (word_is(v, i - 1, "under") || (word_is(v, i - 2, "under") && is_word(v, i - 1)))) ||
		    (word_in(v, i, ready) && word_is(v, i + 1, "\xc3\xa0")) ||
		    (word_in(v, i, ready_en) && word_is(v, i + 1, "to")) ||
		    (word_is(v, i, "confirmer") && word_is(v, i - 1, "\xc3\xa0") &&
		     (word_is(v, i - 2, "reste") || word_is(v, i - 2, "restent") ||
		      word_is(v, i - 3, "reste") || word_is(v, i - 3, "restent")))) {
			c = new_cue(cs, &n, i, C_CONSIDER, 0);
			c->tense = T_PRES;
			continue;
		}
		if (word_in(v, i, determined) &&
		    (word_is(v, i + 1, "\xc3\xa0") || (word_is(v, i + 1, "to") && !v->fr)) &&
		    fwa(v, i - 1) & (W_BE | W_SKIP | W_REPORT)) {
			c = new_cue(cs, &n, i, C_PLEDGE, 0);
			c->tense = T_PRES;
			c->action = own_action(c);
			continue;
		}
		if (word_is(v, i, "non") && word_is(v, i + 1, "recevoir")) {
			c = new_cue(cs, &n, i, C_REFUSE, 0);
			c->tense = T_NOUN;
			i++;
			continue;
		}
		/* "no Taurus for Ukraine", "pas de Taurus pour l'Ukraine" (the
		 * "de" may be in the name's span: "de Taurus") */
		int de_in = word_is(v, i, "pas") && is_item_unit(v, i + 1) &&
			    (prep_eq(prep_of(v, i + 1), "de ") || prep_eq(prep_of(v, i + 1), "d'"));
		if ((word_is(v, i, "no") || de_in ||
		     (word_is(v, i, "pas") && (word_is(v, i + 1, "de") || word_is(v, i + 1, "d'")))) &&
		    !(fwa(v, i - 1) & W_NEG)) {
			int it = i + 1 + (word_is(v, i, "pas") && !de_in ? 1 : 0);
			while (it < (int)v->n && is_item_unit(v, it))
				it++;
			if (it > i + 1 && is_item_unit(v, it - 1) &&
			    (word_is(v, it, "for") || word_is(v, it, "pour")) &&
			    role_at(v, it + 1) == DS_R_UKR) {
				c = new_cue(cs, &n, i, C_REFUSE, 0);
				c->tense = T_PRES;
				continue;
			}
		}
		/* "feu vert à la Pologne pour livrer", "the green light for
		 * Poland to re-export": consent to another's gift; the head is
		 * its last word, where what it governs looks back to */
		if ((word_is(v, i, "feu") && word_is(v, i + 1, "vert")) ||
		    (word_is(v, i, "green") && word_is(v, i + 1, "light"))) {
			c = new_cue(cs, &n, i + 1, C_PLEDGE, X_OBJ);
			c->tense = T_NOUN;
			c->first = i;
			i++;
			continue;
		}
		/* "est à l'ordre du jour", "is on the agenda", "on the table", "sur
		 * la table":
		 * considered; "off the table", "hors de question", "out of the
		 * question": refused; with their verb's negation ("n'est pas à
		 * l'ordre du jour": refused) */
		int ph = -1;
		uint8_t ph_cls = C_CONSIDER;
		if (word_is(v, i, "jour") && word_is(v, i - 1, "du") && word_is(v, i - 2, "ordre") &&
		    word_is(v, i - 3, "l'") && word_is(v, i - 4, "\xc3\xa0"))
			ph = i - 4;
		else if ((word_is(v, i, "agenda") || word_is(v, i, "table")) &&
			 word_is(v, i - 1, "the") && (word_is(v, i - 2, "on") || word_is(v, i - 2, "off")))
			ph = i - 2, ph_cls = word_is(v, i - 2, "off") ? C_REFUSE : C_CONSIDER;
		else if (word_is(v, i, "table") && word_is(v, i - 1, "la") &&
			 word_is(v, i - 2, "sur"))
			ph = i - 2; /* "est sur la table" */
		/* "est (reste) à l'étude", "est en discussion", "is (remains)
		 * under discussion (consideration, review)": considered */
		else if (word_is(v, i, "etude") && word_is(v, i - 1, "l'") &&
			 word_is(v, i - 2, "\xc3\xa0"))
			ph = i - 2;
		else if (word_is(v, i, "discussion") && word_is(v, i - 1, "en"))
			ph = i - 1;
		else if ((word_is(v, i, "discussion") || word_is(v, i, "consideration") ||
			  word_is(v, i, "review")) && word_is(v, i - 1, "under"))
			ph = i - 1;
		else if (word_is(v, i, "question") &&
			 ((word_is(v, i - 1, "de") && word_is(v, i - 2, "hors")) ||
			  (word_is(v, i - 1, "the") && word_is(v, i - 2, "of") && word_is(v, i - 3, "out"))))
			ph = word_is(v, i - 1, "de") ? i - 2 : i - 3, ph_cls = C_REFUSE;
		/* "(Il n'est) pas question de livrer": refused */
		else if (v->fr && word_is(v, i, "question") && word_is(v, i - 1, "pas") &&
			 (word_is(v, i + 1, "de") || word_is(v, i + 1, "d'")))
			ph = i - 1, ph_cls = C_REFUSE;
		static const char *const stays[] = {"reste", "restent", "remains", "remain", NULL};
		if (ph >= 0 && (ph == 0 || fwa(v, ph - 1) & (W_BE | W_NEG | W_NEGEND | W_SKIP) ||
				word_in(v, ph - 1, stays))) {
			int be, have;
			/* a predicate of its subject, as a participle: what is
			 * considered stands on its left ("la livraison de chars");
			 * said of what follows ("il est hors de question de livrer",
			 * "it is out of the question to send"), a verb over it, at
			 * the end of the phrase */
			int over = word_is(v, i + 1, "de") || word_is(v, i + 1, "d'") ||
				   (!v->fr && word_is(v, i + 1, "to"));
			c = new_cue(cs, &n, over ? i : ph, ph_cls, 0);
			verb_group(v, c, &be, &have);
			c->tense = over ? T_PRES : T_ADJ;
			if (over)
				c->first = ph;
			if (word_is(v, ph, "pas"))
				c->neg = 0; /* "n'est pas question": the "pas" is the phrase's */
			c->action = own_action(c);
			continue;
		}
		/* "are on their way to Ukraine", "est en cours de livraison":
		 * under way, as "en route" */
		if ((word_is(v, i, "way") &&
		     (word_is(v, i - 1, "their") || word_is(v, i - 1, "its")) &&
		     word_is(v, i - 2, "on")) ||
		    (word_is(v, i, "cours") && word_is(v, i - 1, "en") &&
		     (word_is(v, i + 1, "de") || word_is(v, i + 1, "d'")) &&
		     (word_is(v, i + 2, "livraison") || word_is(v, i + 2, "acheminement") ||
		      word_is(v, i + 2, "transfert")))) {
			c = new_cue(cs, &n, i, C_ARRIVE, 0);
			c->tense = T_PRES;
			if (word_is(v, i, "cours"))
				i += 2; /* (the noun is this cue's) */
			continue;
		}
		if ((word_is(v, i, "route") || word_is(v, i, "partance")) && word_is(v, i - 1, "en")) {
			c = new_cue(cs, &n, i, C_ARRIVE, 0);
			c->tense = T_PRES;
			continue;
		}
		if (word_in(v, i, call) && word_in(v, i + 1, on)) {
			c = new_cue(cs, &n, i, C_REQUEST, X_OBJ);
			verb_tense(v, c, word_is(v, i, "called") ? M_PAST | M_PPART : M_PRES | M_INF);
			c->action = own_action(c);
			continue;
		}
		/* "resisted calls to send Taurus": the noun of asking */
		if ((word_is(v, i, "calls") || word_is(v, i, "call")) && word_is(v, i + 1, "to") &&
		    is_word(v, i - 1) && !(fwa(v, i - 1) & W_PRON)) {
			c = new_cue(cs, &n, i, C_REQUEST, 0);
			c->tense = T_NOUN;
			c->action = own_action(c);
			continue;
		}
		/* "are now in the hands of Ukrainian troops", "entre les mains
		 * de l'armée ukrainienne": arrived (not "fell into Russian
		 * hands") */
		if ((word_is(v, i, "hands") &&
		     (word_is(v, i - 2, "in") || word_is(v, i - 2, "into")) && word_is(v, i - 1, "the") &&
		     word_is(v, i + 1, "of")) ||
		    (word_is(v, i, "mains") && word_is(v, i - 2, "entre") && word_is(v, i - 1, "les") &&
		     genitive_at(v, i + 1))) {
			int ukr = 0;
			for (int k = i + 1; k <= i + 5 && k < (int)v->n && !ukr; k++)
				ukr = role_at(v, k) == DS_R_UKR;
			if (ukr) {
				c = new_cue(cs, &n, i, C_ARRIVE, 0);
				c->tense = T_PRES;
				/* its verb group: "sont désormais", "are now" */
				c->first = i - 2;
				while (c->first > 0 && fwa(v, c->first - 1) & (W_BE | W_SKIP))
					c->first--;
				c->action = own_action(c);
				continue;
			}
		}
		/* "met à (la) disposition de l'Ukraine deux NASAMS": gives */
		if (v->fr && word_is(v, i, "disposition")) {
			static const struct {
				const char *w;
				uint16_t m;
			} mettre[] = {{"met", M_PRES}, {"mettent", M_PRES}, {"mis", M_PPART},
				      {"mise", M_PPART}, {"mises", M_PPART}, {"mettra", M_FUT},
				      {"mettront", M_FUT}, {"mettrait", M_COND}, {"mettraient", M_COND},
				      {"mettait", M_PAST}, {"mettaient", M_PAST}, {"mettre", M_INF}};
			int a = i - 1;
			if (word_is(v, a, "la"))
				a--;
			int mp = -1;
			uint16_t morph = 0;
			for (size_t k = 0; word_is(v, a, "\xc3\xa0") && k < DS_ARRAY_LEN(mettre); k++)
				if (word_is(v, a - 1, mettre[k].w)) {
					mp = a - 1;
					morph = mettre[k].m;
				}
			if (mp >= 0) {
				c = new_cue(cs, &n, i, C_GIVE, 0);
				c->pos = mp;
				verb_tense(v, c, morph);
				c->pos = i;
				c->action = own_action(c);
				continue;
			}
		}
		/* "will put at the disposal of Kyiv", "placed at Ukraine's
		 * disposal": given */
		if (!v->fr && word_is(v, i, "disposal")) {
			static const struct {
				const char *w;
				uint16_t m;
			} put[] = {{"put", M_INF | M_PRES | M_PAST | M_PPART}, {"puts", M_PRES},
				   {"putting", M_GER}, {"placed", M_PAST | M_PPART},
				   {"place", M_INF | M_PRES}, {"places", M_PRES}};
			int a = i - 1;
			if (word_is(v, a, "the") || word_is(v, a, "'s") || word_is(v, a, "its") ||
			    word_is(v, a, "their"))
				a--;
			if (role_at(v, a) && word_is(v, a - 1, "'s") == 0 && !word_is(v, a, "at"))
				a--; /* "at Ukraine's disposal": the name */
			int mp = -1;
			uint16_t morph = 0;
			/* the verb right before "at", or before its object ("has put
			 * IRIS-T systems at the disposal of") */
			for (int b = a - 1; word_is(v, a, "at") && mp < 0 && b >= 0 && b >= a - 8; b--) {
				if (v->u[b].kind == DS_U_PUNCT)
					break;
				for (size_t k = 0; k < DS_ARRAY_LEN(put); k++)
					if (word_is(v, b, put[k].w)) {
						mp = b;
						morph = put[k].m;
					}
			}
			if (mp >= 0) {
				/* (the cue is the verb: what it puts may come before
				 * "at") */
				c = new_cue(cs, &n, mp, C_GIVE, 0);
				verb_tense(v, c, morph);
				c->action = own_action(c);
				continue;
			}
		}
		/* "Berlin dit oui aux chars", "says yes to tanks": consent given;
		 * "dit non aux missiles Taurus", "says no to": refused */
		if (((word_is(v, i, "oui") || word_is(v, i, "non")) &&
		     (word_is(v, i - 1, "dit") || word_is(v, i - 1, "disent")) &&
		     (word_is(v, i + 1, "\xc3\xa0") || word_is(v, i + 1, "au") ||
		      word_is(v, i + 1, "aux") ||
		      (role_at(v, i + 1) && prep_is_oblique(prep_of(v, i + 1))))) ||
		    ((word_is(v, i, "yes") || word_is(v, i, "no")) &&
		     (word_is(v, i - 1, "says") || word_is(v, i - 1, "said")) &&
		     word_is(v, i + 1, "to")) ||
		    /* a headline: "Chars pour l'Ukraine : Berlin dit oui" (implied_groups) */
		    ((word_is(v, i, "oui") || word_is(v, i, "non") || word_is(v, i, "yes") ||
		      word_is(v, i, "no")) &&
		     (word_is(v, i - 1, "dit") || word_is(v, i - 1, "says")) &&
		     ((size_t)i + 1 == v->n || v->u[i + 1].kind == DS_U_PUNCT) &&
		     topic_colon(v, i) > 0)) {
			c = new_cue(cs, &n, i, word_is(v, i, "non") || word_is(v, i, "no") ? C_REFUSE : C_PLEDGE,
				    0);
			c->tense = word_is(v, i - 1, "said") ? T_PAST : T_PRES;
			c->first = i - 1;
			c->action = own_action(c);
			continue;
		}
		/* "in return for", "en contrepartie de": an exchange (not "recevra
		 * en contrepartie des hélicoptères": some helicopters, in return) */
		if ((word_is(v, i, "return") && word_is(v, i - 1, "in") &&
		     word_is(v, i + 1, "for")) ||
		    (word_is(v, i, "contrepartie") && word_is(v, i - 1, "en") &&
		     genitive_at(v, i + 1) && !receiving(v, i - 2))) {
			c = new_cue(cs, &n, i, C_BACKFILL, 0);
			c->tense = T_NOUN;
			c->action = own_action(c);
			continue;
		}
		/* "pèse le pour et le contre d'une livraison": weighs it */
		if (v->fr && i >= 5 && word_is(v, i, "contre") && word_is(v, i - 1, "le") &&
		    word_is(v, i - 2, "et") && word_is(v, i - 3, "pour") &&
		    word_is(v, i - 4, "le") && !strncmp(ds_unit_word(v, (size_t)i - 5), "pes", 3)) {
			c = new_cue(cs, &n, i - 5, C_CONSIDER, 0);
			verb_tense(v, c, v->u[i - 5].acute ? M_PPART : M_PRES | M_INF);
			c->action = own_action(c);
			continue;
		}
		/* "stopped short of sending": a refusal */
		if (!v->fr && word_in(v, i, stop) && word_is(v, i + 1, "short") &&
		    word_is(v, i + 2, "of")) {
			c = new_cue(cs, &n, i, C_REFUSE, 0);
			verb_tense(v, c, word_is(v, i, "stopped") ? M_PAST | M_PPART : M_PRES | M_INF);
			c->action = own_action(c);
			continue;
		}
		/* "is against sending", "remains against the delivery of" */
		if (!v->fr && word_is(v, i, "against") &&
		    (fwa(v, i - 1) & W_BE || word_is(v, i - 1, "remains") ||
		     word_is(v, i - 1, "remain") || word_is(v, i - 1, "remained"))) {
			c = new_cue(cs, &n, i, C_REFUSE, 0);
			c->tense = T_PRES;
			c->action = own_action(c);
			continue;
		}
	single:;
		const struct entry *e = entry_of(u);
		if (!e || !e->cls)
			continue;
		/* "including" opens a list; it is no verb of its own */
		if (e->cls == C_INCLUDE && e->fw & W_INCL)
			continue;
		/* "which weigh 1,300kg" is a weight */
		if (!strncmp(ds_unit_word(v, (size_t)i), "weigh", 5) &&
		    (i + 1 < (int)v->n && (v->u[i + 1].kind == DS_U_NUM || word_is(v, i + 1, "about") ||
					   word_is(v, i + 1, "up"))))
			continue;
		if (e->flags & X_PART) {
			/* "hand over", "rule out", "turn down" (not "turned out"),
			 * "brush aside" */
			const char *vw = ds_unit_word(v, (size_t)i);
			int turn = !strncmp(vw, "turn", 4), ok = 0;
			if (!strncmp(vw, "brush", 5)) {
				if (!word_is(v, i + 1, "aside") && !word_is(v, i + 1, "off"))
					continue;
				ok = 1;
			}
			if (!strncmp(vw, "repond", 6) || !strncmp(vw, "respond", 7)) {
				if (!word_in(v, i + 1, favourably))
					continue;
				ok = 1;
			}
			/* "looking at (into) providing", "thinking about sending":
			 * weighing it, the particle right after */
			if (!strncmp(vw, "look", 4) || !strncmp(vw, "th", 2)) {
				int look = vw[0] == 'l';
				if (!(look ? word_is(v, i + 1, "at") || word_is(v, i + 1, "into")
					   : word_is(v, i + 1, "about") || word_is(v, i + 1, "of")))
					continue;
				ok = 1;
			}
			int pass = !strncmp(vw, "pass", 4);
			if (!strncmp(vw, "mak", 3) || !strcmp(vw, "made")) {
				if (!(word_is(v, i + 1, "up") && word_is(v, i + 2, "for")))
					continue;
				ok = 1;
			}
			for (int k = i + 1; k <= i + 3 && !ok && !pass; k++)
				if (turn ? word_is(v, k, "down") : word_is(v, k, "over") || word_is(v, k, "out"))
					ok = 1;
			if (pass && (word_is(v, i + 1, "on") || word_is(v, i + 1, "along")))
				for (int k = i + 3; k <= i + 12 && k < (int)v->n && !ok; k++)
					ok = word_is(v, k - 1, "to") && role_at(v, k) == DS_R_UKR;
			/* "handed its MiG-29 jets to Kyiv" */
			if (!strncmp(ds_unit_word(v, (size_t)i), "hand", 4))
				for (int k = i + 2; k <= i + 10 && k < (int)v->n && !ok; k++)
					ok = word_is(v, k - 1, "to") && role_at(v, k) == DS_R_UKR;
			if (!ok)
				continue;
		}
		/* "serait considérée comme une provocation", "considered as a
		 * red line": regarded as, not weighed */
		if (e->cls == C_CONSIDER && !strncmp(ds_unit_word(v, (size_t)i), "consid", 6) &&
		    (word_is(v, i + 1, "comme") || word_is(v, i + 1, "as") ||
		     ((fwa(v, i + 1) & W_SKIP) && (word_is(v, i + 2, "comme") || word_is(v, i + 2, "as"))) ||
		     /* "would be considered “a provocation”", "considered a threat" */
		     (!v->fr && strcmp(ds_unit_word(v, (size_t)i), "considering") &&
		      (fwa(v, i - 1) & W_BE || (fwa(v, i - 1) & W_SKIP && fwa(v, i - 2) & W_BE)) &&
		      (is_punct(v, i + 1, '"') || word_is(v, i + 1, "a") || word_is(v, i + 1, "an")))))
			continue;
		/* "resisted calls to send", "résisté aux pressions": refusing what
		 * is asked; "aide l'Ukraine à résister à l'invasion" is not */
		if (e->cls == C_REFUSE && !strncmp(ds_unit_word(v, (size_t)i), "resist", 6)) {
			static const char *const asked[] = {"calls", "call", "pressure", "pressures",
							    "demands", "requests", "appels", "pressions",
							    "demandes", "requetes", NULL};
			int ok = 0;
			for (int k = i + 1; k <= i + 4 && !ok; k++)
				ok = word_in(v, k, asked);
			if (!ok)
				continue;
		}
		/* "pleaded guilty", "plaidé coupable": a court, not a request */
		if (e->cls == C_REQUEST &&
		    (!strncmp(ds_unit_word(v, (size_t)i), "plaid", 5) ||
		     !strncmp(ds_unit_word(v, (size_t)i), "plead", 5)) &&
		    (word_is(v, i + 1, "guilty") || word_is(v, i + 1, "not") ||
		     word_is(v, i + 1, "innocent") || word_is(v, i + 1, "coupable") ||
		     word_is(v, i + 1, "non")))
			continue;
		/* "In exchange, the US will supply Slovakia with": an opener that
		 * points back to a gift told before (ally_backfills) */
		if (e->cls == C_BACKFILL && i == 1 && exchange_opener(v))
			continue;
		/* "Under a ring exchange, Germany will give Greece ... and Athens
		 * will send": a frame, the clauses after it tell the exchange */
		if (e->cls == C_BACKFILL && exchange_frame(v, i))
			continue;
		/* a capitalised noun after a capitalised word is part of a name:
		 * "the London Metal Exchange" */
		if (e->morph == M_NOUN && u->cap && i > 0 && v->u[i - 1].kind == DS_U_WORD &&
		    v->u[i - 1].cap && !(fwa(v, i - 1) & (W_DET | W_QADJ)))
			continue;
		/* "got F-16s from Denmark": "get" says nothing else of aid
		 * ("got worse", "get them to Ukraine") */
		if (e->flags & X_FROM) {
			int ok = 0;
			for (int k = i + 1; k <= i + 14 && k + 1 < (int)v->n && !ok; k++) {
				if (v->u[k].kind == DS_U_PUNCT && v->u[k].punct != ',')
					break;
				ok = word_is(v, k, "from") &&
				     (role_at(v, k + 1) == DS_R_PROV ||
				      (word_is(v, k + 1, "the") && role_at(v, k + 2) == DS_R_PROV));
			}
			if (!ok)
				continue;
		}
		/* "chose to send", "a choisi de ne pas livrer" */
		if (e->flags & X_INF && !word_is(v, i + 1, "to") && !word_is(v, i + 1, "de") &&
		    !word_is(v, i + 1, "d'") && !(word_is(v, i + 1, "not") && word_is(v, i + 2, "to")))
			continue;
		/* "s'interroger", "s'est également interrogée" */
		if (e->flags & X_REFL) {
			int refl = 0;
			for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
				if (word_is(v, k, "s'") || word_is(v, k, "se")) {
					refl = 1;
					break;
				}
				if (!(fwa(v, k) & (W_SKIP | W_BE | W_HAVE | W_NEG | W_NEGEND)))
					break;
			}
			/* "est opposée à l'envoi", "reste opposé à" */
			if (!refl && !strncmp(ds_unit_word(v, (size_t)i), "oppose", 6) &&
			    (e->morph & M_PPART) &&
			    (fwa(v, i - 1) & W_BE || word_is(v, i - 1, "reste") ||
			     word_is(v, i - 1, "restent") || word_is(v, i - 1, "dit") ||
			     word_is(v, i - 1, "disent")))
				refl = 1;
			if (!refl)
				continue;
		}
		/* "remise à niveau", "étant donné", "donner lieu" */
		if ((word_is(v, i, "remise") || word_is(v, i, "remises")) &&
		    (word_is(v, i + 2, "niveau") || word_is(v, i + 1, "niveau")))
			continue;
		if (e->cls == C_GIVE && !strncmp(ds_unit_word(v, (size_t)i), "donn", 4) &&
		    (word_is(v, i - 1, "etant") || word_is(v, i + 1, "lieu") ||
		     word_is(v, i + 1, "suite") || word_is(v, i + 1, "raison")))
			continue;
		/* "gave the green light", "a donné son feu vert", "gave its
		 * approval": consent, not a delivery (the consent is a cue of its
		 * own where it is one: "feu vert", "green light") */
		if (e->cls == C_GIVE ||
		    (e->cls == C_PLEDGE && !strncmp(ds_unit_word(v, (size_t)i), "grant", 5))) {
			static const char *const consent[] = {"approval", "permission", "consent",
							      "blessing", "accord", "autorisation",
							      "aval", "assurances", "garanties", NULL};
			int k = i + 1;
			/* "gave Poland the green light", "a donné à la Pologne son
			 * feu vert" */
			if (role_at(v, k) == DS_R_PROV || role_at(v, k) == DS_R_UKR)
				k++;
			while (k <= i + 3 && fwa(v, k) & W_DET) /* "the", "its", "son" */
				k++;
			if (word_in(v, k, consent) ||
			    (word_is(v, k, "green") && word_is(v, k + 1, "light")) ||
			    (word_is(v, k, "feu") && word_is(v, k + 1, "vert")) ||
			    (word_is(v, k, "go") && word_is(v, k + 1, "ahead")))
				continue;
		}
		uint16_t morph = e->morph;
		uint64_t pf = fwa(v, i - 1);
		int noun = 0;
		if ((morph & M_NOUN) && !(morph & ~M_NOUN))
			noun = 1;
		else if ((morph & M_NOUN) && ((pf & (W_DET | W_GEN | W_QADJ)) || word_is(v, i - 1, "en") ||
					      word_is(v, i - 1, "in") || word_is(v, i - 1, "'s") ||
					      (possessive_mark(v, i - 1) && role_at(v, i - 2))))
			noun = 1; /* "Ukraine's request", "the Netherlands' transfer" */
		/* "a Ukrainian request", "the latest German offer": a party
		 * named as an adjective between a determiner and the word (not
		 * "the Americans request", a plural subject) */
		else if (!v->fr && (morph & M_NOUN) && i >= 2 && v->u[i - 1].kind == DS_U_MENTION &&
			 v->u[i - 1].form == DOSSIER_FORM_DEMONYM &&
			 (fwa(v, i - 2) & (W_DET | W_QADJ)) &&
			 v->fold[v->u[i - 1].f + v->u[i - 1].n - 1] != 's')
			noun = 1;
		else if (!v->fr && (morph & M_PRES) && word_in(v, i - 1, pace))
			noun = 1;
		/* "block re-export of", "approved transfer of": an English verb
		 * form before "of" is its noun */
		else if (!v->fr && (morph & (M_INF | M_PRES)) && !(morph & (M_PAST | M_PPART | M_GER)) &&
			 word_is(v, i + 1, "of") && is_word(v, i - 1) && entry_of(&v->u[i - 1]) &&
			 entry_of(&v->u[i - 1])->cls)
			noun = 1;
		else if (!(morph & M_NOUN) &&
			 ((pf & (W_DET | W_QADJ)) ||
			  /* "has delivered all promised tanks" */
			  (!v->fr && (morph & M_PPART) && word_is(v, i - 1, "all") &&
			   is_item_unit(v, i + 1))) &&
			 !(pf & W_GEN) &&
			 /* ("a de nouveau livré": again, no adjective) */
			 !(word_is(v, i - 1, "nouveau") &&
			   (word_is(v, i - 2, "de") || word_is(v, i - 2, "\xc3\xa0")))) {
			/* "la presse", "the plans" are nouns; "les livrer" a clitic */
			/* ("Madrid les livre", "Berlin ne les cède pas": after a
			 * subject or "ne", a present is a verb too) */
			int after_subj = i >= 2 && (v->u[i - 2].kind == DS_U_MENTION ||
						    fwa(v, i - 2) & (W_PRON | W_NEG));
			int clitic = v->fr &&
				     ((morph & (M_INF | M_FUT | M_COND)) ||
				      ((morph & (M_PRES | M_PAST)) && after_subj)) &&
				     (word_is(v, i - 1, "les") || word_is(v, i - 1, "la") ||
				      word_is(v, i - 1, "le") || word_is(v, i - 1, "l'"));
			if (!clitic)
				continue;
		}
		if (noun && (fwa(v, i - 1) & W_FAIRE || ((fwa(v, i - 1) & W_SKIP) && fwa(v, i - 2) & W_FAIRE)) &&
		    e->cls == C_DONATE) {
			/* "a fait don", "feraient don": the tense of "faire" */
			int fpos = fwa(v, i - 1) & W_FAIRE ? i - 1 : i - 2;
			c = new_cue(cs, &n, i, C_DONATE, 0);
			c->pos = fpos;
			verb_tense(v, c, faire_morph(v, fpos));
			c->pos = i;
			c->action = own_action(c);
			continue;
		}
		if (word_is(v, i, "parvenir") && fwa(v, i - 1) & W_FAIRE) {
			c = new_cue(cs, &n, i, C_GIVE, 0);
			c->pos = i - 1;
			verb_tense(v, c, faire_morph(v, i - 1));
			c->pos = i;
			c->action = own_action(c);
			continue;
		}
		/* "decided (voted, argued) against sending": a refusal; so is
		 * "gave up on sending" */
		uint8_t cls = e->cls;
		if (!v->fr && (cls == C_PLEDGE || cls == C_DECIDE) && word_is(v, i + 1, "against"))
			cls = C_REFUSE;
		/* "a voté contre l'envoi" */
		if (v->fr && cls == C_PLEDGE && word_is(v, i + 1, "contre") &&
		    !strncmp(ds_unit_word(v, (size_t)i), "vot", 3))
			cls = C_REFUSE;
		if (!v->fr && cls == C_GIVE && word_is(v, i + 1, "up") &&
		    (!strncmp(ds_unit_word(v, (size_t)i), "giv", 3) || word_is(v, i, "gave")))
			cls = C_REFUSE;
		c = new_cue(cs, &n, i, cls, e->flags);
		if (noun) {
			c->tense = T_NOUN;
			/* a negated noun: "pas de décision", "no decision", "don't
			 * have any announcements" */
			if (fwa(v, i - 1) & W_NEG || (word_is(v, i - 1, "de") && word_is(v, i - 2, "pas")) ||
			    (word_is(v, i - 1, "d'") && word_is(v, i - 2, "pas")) ||
			    ((word_is(v, i - 1, "any") || word_is(v, i - 1, "aucune") ||
			      word_is(v, i - 1, "aucun")) &&
			     (fwa(v, i - 2) & W_NEG || fwa(v, i - 3) & W_NEG || fwa(v, i - 4) & W_NEG ||
			      word_is(v, i - 1, "aucune") || word_is(v, i - 1, "aucun"))))
				c->neg = 1;
			/* "n'a pas encore pris de décision", "has not made a
			 * decision": the verb of the noun is negated */
			if (c->cls == C_DECIDE) {
				static const char *const take[] = {"pris", "prise", "prend", "prendre",
								   "taken", "made", "make", "take",
								   "reached", "reach", NULL};
				int j = i - 1;
				if (fwa(v, j) & W_DET || word_is(v, j, "de") || word_is(v, j, "d'") ||
				    word_is(v, j, "any"))
					j--;
				if (word_in(v, j, take))
					for (int k = j - 1; k >= 0 && k >= j - 3; k--)
						if (fwa(v, k) & (W_NEG | W_NEGEND))
							c->neg = 1;
			}
			/* "n'a pas l'intention de": the verb before is negated */
			if (c->flags & X_NEGREF && fwa(v, i - 1) & W_DET &&
			    fwa(v, i - 2) & W_NEGEND && fwa(v, i - 4) & W_NEG)
				c->neg = 1;
		} else {
			verb_tense(v, c, (uint16_t)(morph & ~M_NOUN));
		}
	}
	for (int k = 0; k < n; k++)
		if (!cs[k].action)
			cs[k].action = own_action(&cs[k]);
	done_nouns(v, cs, n);
	return n;
}

/* Does unit q's folded form begin with one of three letters (a cheap test
 * before a list of words)? */
static int first_of(const struct ds_sentview *v, int q, char a, char b, char c)
{
	char f = ds_unit_word(v, (size_t)q)[0];
	return f == a || f == b || f == c;
}

/* Marks cues told as uncertain: "une possible offre", "il n'est pas sûr
 * qu'il accepte", "whether", "if", "reasons for and against sending";
 * and donors in a conditional ("ferait de Lisbonne le premier donateur"). */
static void hedge_cues(const struct ds_sentview *v, struct cue *cs, int n, const uint8_t *cl)
{
	static const char *const maybe[] = {"possible", "eventuelle", "eventuel", "potentielle",
					    "potentiel", "potential", "hypothetique",
					    "hypothetical", NULL};
	static const char *const sure[] = {"certain", "sur", "sure", "clair", "clear", "acquis", NULL};
	static const char *const doubt[] = {"whether", "if", "unless", "incertain", "unclear",
					    "uncertain", "unlikely", "improbable", NULL};
	static const char *const prep[] = {"for", "against", "about", "over", NULL};
	for (int k = 0; k < n; k++) {
		struct cue *c = &cs[k];
		int j = c->pos - 1;
		while (j >= 0 && fwa(v, j) & W_DET)
			j--;
		if (c->tense == T_NOUN && word_in(v, j, maybe))
			c->hedged = 1;
		/* "any delivery of F-16s would be", "toute livraison serait": no
		 * delivery is told */
		static const char *const any[] = {"any", "toute", "tout", "toutes", NULL};
		if (c->tense == T_NOUN && word_in(v, c->pos - 1, any))
			c->hedged = 2;
		/* "an agreement on Patriot deliveries", "un accord sur la
		 * livraison de chars": promised; "talks on deliveries",
		 * "des négociations sur": weighed */
		if (c->tense == T_NOUN && (c->action == DS_ACT_DELIVER || c->action == DS_ACT_PLEDGE)) {
			static const char *const about[] = {"on", "sur", "about", "over", "concerning",
							    "concernant", "regarding", NULL};
			static const char *const deal[] = {"agreement", "deal", "accord", "contract",
							   "contrat", "entente", NULL};
			static const char *const talks[] = {"talks", "discussions", "negotiations",
							    "negociations", "pourparlers", "debate",
							    "debat", NULL};
			int q = c->pos - 1;
			while (q >= 0 && c->pos - q <= 4 &&
			       (fwa(v, q) & (W_DET | W_QADJ) || is_item_unit(v, q)))
				q--;
			if (word_in(v, q, about)) {
				int h = q - 1;
				if (word_in(v, h, deal))
					c->action = DS_ACT_PLEDGE;
				else if (word_in(v, h, talks))
					c->action = DS_ACT_CONSIDER;
			}
		}
		/* "deliveries of Leopard tanks have been delayed", "la
		 * livraison a été retardée (a pris du retard)": still to come */
		if (c->tense == T_NOUN && c->action == DS_ACT_DELIVER) {
			static const char *const late[] = {"delayed", "postponed", "retardee", "retardees",
							   "retarde", "retardes", "reportee", "reportees",
							   "reporte", "reportes", "repoussee", "repoussees",
							   NULL};
			for (int q = c->pos + 1; q < (int)v->n && q <= c->pos + 10 && cl[q] == cl[c->pos]; q++)
				if ((first_of(v, q, 'd', 'p', 'r') && word_in(v, q, late)) ||
				    /* "a pris du retard", "est en retard", "tardent" */
				    (word_is(v, q, "retard") &&
				     (word_is(v, q - 1, "du") || word_is(v, q - 1, "en"))) ||
				    word_is(v, q, "tarde") || word_is(v, q, "tardent")) {
					c->action = DS_ACT_PLEDGE;
					break;
				}
		}
		/* "was unable to deliver the tanks on time", "n'a pas livré les
		 * chars à temps", "could not deliver them as planned": late, so
		 * still to come, not refused */
		if (c->neg && c->tense != T_NOUN &&
		    (c->cls == C_GIVE || c->cls == C_DONATE || c->cls == C_ARRIVE)) {
			for (int q = c->pos + 1;
			     q < (int)v->n && q <= c->pos + 12 && cl[q] == cl[c->pos]; q++)
				if ((word_is(v, q, "time") &&
				     (word_is(v, q - 1, "on") || word_is(v, q - 1, "in"))) ||
				    (word_is(v, q, "temps") &&
				     (word_is(v, q - 1, "\xc3\xa0") || word_is(v, q - 1, "les"))) ||
				    (word_is(v, q, "planned") && word_is(v, q - 1, "as")) ||
				    (word_is(v, q, "scheduled") && word_is(v, q - 1, "as")) ||
				    (word_is(v, q, "prevu") && word_is(v, q - 1, "comme")) ||
				    (word_is(v, q, "delais") && word_is(v, q - 1, "les"))) {
					c->neg = 0;
					c->modal = 0;
					c->tense = T_FUT;
					c->action = DS_ACT_PLEDGE;
					break;
				}
		}
		/* "il faut que l'Allemagne livre des Taurus": what should be
		 * done, an opinion like "devrait" */
		static const char *const must[] = {"faut", "faudrait", "faudra", "fallait", NULL};
		if (v->fr && c->tense != T_NOUN)
			for (int q = c->first - 1; q >= 1 && q >= c->first - 8 && cl[q] == cl[c->pos]; q--)
				if ((word_is(v, q, "que") || word_is(v, q, "qu'")) && word_in(v, q - 1, must)) {
					c->modal = MOD_SHOULD;
					c->action = own_action(c);
					break;
				}
		/* "keeping the option of sending ATACMS open", "garde l'option
		 * d'envoyer": a gift as an option, weighed (unless a verb above
		 * says what becomes of it: "ruled out the possibility of") */
		if (c->gov < 0 && (c->tense == T_GER || c->tense == T_INF) && !c->neg &&
		    (c->cls == C_GIVE || c->cls == C_DONATE || c->cls == C_OFFER)) {
			static const char *const option[] = {"option",      "possibility", "idea",
							     "prospect",    "possibilite", "idee",
							     "perspective", NULL};
			int q = c->first - 1;
			if ((word_is(v, q, "of") || word_is(v, q, "de") || word_is(v, q, "d'")) &&
			    word_in(v, q - 1, option))
				c->action = DS_ACT_CONSIDER;
		}
		/* "Germany received a Ukrainian request for Taurus missiles", "a
		 * reçu une demande ukrainienne de": the one who received it was
		 * asked */
		if (c->cls == C_REQUEST && c->tense == T_NOUN && c->gov >= 0 &&
		    cs[c->gov].cls == C_RECEIVE && cs[c->gov].tense != T_NOUN) {
			const struct cue *r = &cs[c->gov];
			for (int x = r->first - 1;
			     x >= 0 && r->first - x <= 6 && cl[x] == cl[r->pos]; x--)
				if (role_at(v, x) == DS_R_PROV &&
				    v->u[x].form != DOSSIER_FORM_DEMONYM &&
				    v->kb->ents[v->u[x].ent].kind == DOSSIER_KIND_STATE) {
					c->fixed = x;
					c->gov = -1;
					c->action = DS_ACT_REQUEST;
					break;
				}
		}
		/* "KNDS has received an order from Germany for 18 RCH 155 for
		 * Ukraine", "a reçu une commande": a purchase for Ukraine,
		 * promised (the maker receives no gift; bought for its own army
		 * it is no aid) */
		if (c->cls == C_RECEIVE && c->tense != T_NOUN && c->action) {
			static const char *const orders[] = {"order",     "orders",   "contract",
							     "contracts", "commande", "commandes",
							     "contrat",   "contrats", NULL};
			int q = c->pos + 1;
			/* (past the one it is from: "a reçu de l'Allemagne une") */
			while (q < (int)v->n && q <= c->pos + 5 &&
			       (fwa(v, q) & (W_DET | W_QADJ) || role_at(v, q) == DS_R_PROV ||
				word_is(v, q, "de") || word_is(v, q, "d'") ||
				word_is(v, q, "from")))
				q++;
			if (word_in(v, q, orders)) {
				int ukr = 0;
				for (int x = q + 1;
				     x < (int)v->n && x <= q + 16 && cl[x] == cl[c->pos]; x++)
					ukr |= role_at(v, x) == DS_R_UKR &&
					       (word_is(v, x - 1, "for") ||
						word_is(v, x - 1, "pour"));
				c->action = ukr ? DS_ACT_PLEDGE : 0;
			}
		}
		/* "denied reports that it would send", "a démenti les
		 * informations selon lesquelles il enverrait": the gift is denied */
		if (c->tense != T_NOUN && c->action && c->action != DS_ACT_REFUSE &&
		    c->action != DS_ACT_REQUEST && denied_report(v, c->first)) {
			c->neg = !c->neg;
			c->action = own_action(c);
		}
		if (c->tense == T_GER && !v->fr && word_in(v, c->pos - 1, prep))
			c->hedged = 1;
		/* "is (un)likely to send": weighed, as "could send" */
		static const char *const likely[] = {"likely", "unlikely", NULL};
		if (c->tense == T_INF && !c->modal && word_is(v, c->pos - 1, "to") &&
		    word_in(v, c->pos - 2, likely)) {
			c->modal = MOD_COULD;
			c->action = own_action(c);
		}
		for (j = c->pos - 1; j >= 0 && j >= c->first - 14 && cl[j] == cl[c->pos]; j--) {
			if (word_in(v, j, doubt) && !(v->fr && word_is(v, j, "if")))
				c->hedged = 1;
			/* "il est peu probable que la Grèce livre" */
			if (word_is(v, j, "probable") && word_is(v, j - 1, "peu"))
				c->hedged = 1;
			/* "n'a pas décidé s'il enverrait", "savoir si" */
			if (v->fr && (word_is(v, j, "s'") || word_is(v, j, "si")) && fwa(v, j + 1) & W_PRON &&
			    j > 0 && is_word(v, j - 1) && entry_of(&v->u[j - 1]) &&
			    entry_of(&v->u[j - 1])->cls)
				c->hedged = 1;
			/* a condition: "si les États-Unis livraient des Abrams",
			 * "si Berlin livre" (an imperfect or a present without an
			 * auxiliary; "si X a promis ..., Y" contrasts facts; nor
			 * "même si", even though) */
			if (v->fr && word_is(v, j, "si") && !word_is(v, j - 1, "meme") &&
			    (role_at(v, j + 1) == DS_R_PROV || fwa(v, j + 1) & W_PRON) &&
			    (c->tense == T_PAST || c->tense == T_PRES) && c->first == c->pos &&
			    j + 4 >= c->first)
				c->hedged = 1;
			if (word_in(v, j, sure))
				for (int q = j - 1; q >= 0 && q >= j - 3; q--)
					if (fwa(v, q) & (W_NEG | W_NEGEND))
						c->hedged = 1;
		}
		if (c->cls == C_AGENT)
			for (j = c->pos - 1; j >= 0 && j >= c->pos - 6; j--)
				if (fwa(v, j) & (W_WOULD | W_WILL) || word_is(v, j, "ferait") ||
				    word_is(v, j, "feraient") || word_is(v, j, "fera") ||
				    word_is(v, j, "deviendrait") || word_is(v, j, "deviendra")) {
					c->action = DS_ACT_PLEDGE;
					break;
				}
	}
}

/* Does the cue take its item from the left (a passive, a participle after
 * its noun, an arrival)? */
static int takes_left(const struct cue *c)
{
	return c->tense == T_ADJ || c->tense == T_PASS_PRES || c->tense == T_PASS_PAST ||
	       c->tense == T_PASS_FUT || c->tense == T_PASS_COND ||
	       (c->cls == C_ARRIVE && c->tense != T_NOUN);
}


/* Nouns of a way to do something, between a verb and the infinitive it
 * governs: "exploring options to deliver", "étudie la possibilité de
 * livrer", "is looking at ways to send". */
static const char *const means[] = {"option", "options", "way", "ways", "possibility",
				    "possibilities", "possibilite", "possibilites", "moyen",
				    "moyens", "opportunity", "idea", "idee", NULL};

/* Links infinitives and nouns to the cue that governs them ("a promis de
 * fournir", "exhorte X à fournir", "refuse la livraison", "decision to
 * send"), and nouns to a passive that has them as subject ("les livraisons
 * ... annoncées"). */
/* A span of time between a verb and what it governs: "has lobbied
 * Washington for months to supply", "réclame depuis des semaines". */
static const char *const durations[] = {"days", "weeks", "months", "years", "jours", "semaines",
					"mois", "ans", "annees",
					/* how often: "a exclu à plusieurs reprises
					 * l'envoi", "on several occasions" */
					"reprises", "occasions", "times", NULL};
/* Is a word of leave between units a and b: "for permission to", "le
 * droit de", "approval to", "l'autorisation de"? */
static int permission_between(const struct ds_sentview *v, int a, int b)
{
	static const char *const leave[] = {"permission", "approval", "consent", "right",
					    "authorisation", "authorization", "droit",
					    "autorisation", "accord", "aval", NULL};
	for (int j = a + 1; j < b; j++)
		if (word_in(v, j, leave))
			return 1;
	return 0;
}

/* Is cue c (a verb of giving) the purpose of a want, a need or a wait told
 * before it: "veut des chars pour donner", "attend des F-16 afin de céder",
 * "wants tanks in order to give", "so it can give", "needs vehicles before
 * it can send"? */
static int wanted_first(const struct ds_sentview *v, const struct cue *c)
{
	static const char *const wants[] = {
		"veut", "veulent", "voulait", "voulaient", "souhaite", "souhaitent", "attend",
		"attendent", "attendait", "reclame", "reclament", "exige", "exigent", "wants",
		"want", "wanted", "needs", "need", "needed", "awaits", "awaiting", "seeks",
		"seeking", "sought", "requires", "required", "demands", "expects", NULL};
	int j = c->first - 1;
	/* (an English group holds its "to", and "it can": "so it can give") */
	if (word_is(v, c->first, "to") || (fwa(v, c->first) & W_PRON && c->first < c->pos))
		j = c->first;
	/* the purpose: "pour", "afin de", "in order to", "so as to", "so (that) it
	 * can", "before it can", "avant de" */
	if (word_is(v, j, "to") && (word_is(v, j - 1, "order") || word_is(v, j - 1, "as")))
		j -= word_is(v, j - 2, "in") || word_is(v, j - 2, "so") ? 3 : 2;
	else if ((word_is(v, j, "de") || word_is(v, j, "d'")) &&
		 (word_is(v, j - 1, "afin") || word_is(v, j - 1, "avant")))
		j -= 2;
	else if (word_is(v, j, "pour") && c->tense == T_INF)
		j -= 1;
	else {
		/* "so (that) it can give", "before it can send" (the group may
		 * hold all of it) */
		int m = c->first - 1;
		while (m < c->pos &&
		       !((word_is(v, m, "so") || word_is(v, m, "before")) &&
			 (fwa(v, m + 1) & W_PRON ||
			  (word_is(v, m + 1, "that") && fwa(v, m + 2) & W_PRON))))
			m++;
		if (m >= c->pos)
			return 0;
		j = m - 1;
	}
	for (int k = j; k >= 0 && j - k <= 10; k--) {
		if (v->u[k].kind == DS_U_PUNCT && v->u[k].punct != '-')
			return 0;
		if (word_in(v, k, wants))
			return 1;
	}
	return 0;
}

/* Is an infinitive cue c said to be out of its subject's reach: "n'est pas
 * (plus) en mesure de", "est incapable de", "is not able to", "was not in a
 * position to"? */
static int cannot_before(const struct ds_sentview *v, const struct cue *c)
{
	int j = c->first - 1;
	if (word_is(v, c->first, "to"))
		j = c->first - 1; /* (an English group holds its "to") */
	else if (word_is(v, j, "de") || word_is(v, j, "d'"))
		j--;
	else
		return 0;
	if (word_is(v, j, "incapable") || word_is(v, j, "incapables"))
		return 1;
	int k = -1;
	if (word_is(v, j, "mesure") && word_is(v, j - 1, "en"))
		k = j - 2;
	else if (word_is(v, j, "able"))
		k = j - 1;
	else if (word_is(v, j, "position") && word_is(v, j - 1, "a") && word_is(v, j - 2, "in"))
		k = j - 3;
	if (k < 0)
		return 0;
	return word_is(v, k, "not") || word_is(v, k, "'t") || word_is(v, k, "pas") ||
	       word_is(v, k, "plus") || word_is(v, k, "never") || word_is(v, k, "jamais");
}

/* The help a request asks of someone, to get what it governs: "a sollicité
 * l'aide de la Corée du Sud pour obtenir des obus", "asked for Seoul's
 * help to obtain shells". */
static const char *const helps[] = {"aide", "soutien", "assistance", "help", "concours", NULL};

static void link_governors(const struct ds_sentview *v, struct cue *cs, int n, const uint8_t *cl)
{
	for (int k = 0; k < n; k++) {
		struct cue *c = &cs[k];
		/* "veut des Leopard 2 pour donner ses T-72", "wants new tanks so
		 * it can give its T-72s", "needs vehicles before it can send":
		 * a gift on a condition, weighed */
		if ((c->cls == C_GIVE || c->cls == C_DONATE || c->cls == C_OFFER) && !c->neg &&
		    c->tense != T_NOUN && wanted_first(v, c)) {
			if (c->tense == T_INF && !c->modal)
				c->modal = MOD_COULD;
			c->hedged = 1;
			c->action = own_action(c);
			continue;
		}
		/* "ont commencé à livrer", "began sending", "continues to supply":
		 * the tense of the verb of aspect; "plans to start delivering",
		 * "could start sending": its infinitive, governed in turn */
		if (c->tense == T_INF || (c->tense == T_GER && !v->fr)) {
			int first;
			uint8_t modal;
			int t = aspect_before(v, c, &first, &modal);
			if (t != T_NONE) {
				c->tense = (uint8_t)t;
				c->first = first;
				c->modal = modal;
				c->action = own_action(c);
			}
		}
		/* a French subjunctive under a plan or a demand: "il est prévu
		 * que l'Allemagne livre 18 chars" promises, "Kiev demande que
		 * Berlin livre des Taurus" asks (the subject of "que" gives).
		 * English says it with a bare verb after "that": "Zelensky
		 * demanded (insisted) that Germany deliver Taurus missiles" */
		if (c->tense == T_PRES && c->gov < 0 && !c->neg &&
		    (c->cls == C_GIVE || c->cls == C_DONATE || c->cls == C_OFFER)) {
			int j = c->first - 1, q = -1;
			for (int steps = 0; j >= 0 && steps < 4; j--, steps++) {
				if (v->fr ? word_is(v, j, "que") || word_is(v, j, "qu'")
					  : word_is(v, j, "that")) {
					q = j;
					break;
				}
				if (!(v->u[j].kind == DS_U_MENTION || fwa(v, j) & W_DET))
					break;
			}
			/* "il est possible (peu probable) que", "il n'est pas
			 * exclu que": weighed */
			static const char *const maybe[] = {"possible", "probable", "envisageable",
							    "vraisemblable", NULL};
			if (v->fr && q > 0 && q < c->first - 1 &&
			    (word_in(v, q - 1, maybe) ||
			     (word_is(v, q - 1, "exclu") && fwa(v, q - 2) & W_NEGEND))) {
				c->tense = T_FUT;
				c->action = DS_ACT_CONSIDER;
				continue;
			}
			int g = q > 0 ? cue_at(cs, n, q - 1) : -1;
			/* English: only the bare verb ("that Britain send", not
			 * "sends", which tells) */
			int bare = v->fr || bare_form(v, c->pos);
			if (g >= 0 && q < c->first - 1 && !cs[g].neg && bare &&
			    (cs[g].cls == C_REQUEST || (v->fr && cs[g].cls == C_PLEDGE))) {
				c->tense = T_FUT;
				c->action = cs[g].cls == C_REQUEST ? DS_ACT_REQUEST : own_action(c);
				continue;
			}
			/* "a insisté (plaidé) pour que", "insisted that": asked */
			if (q > 0 && q < c->first - 1 && bare &&
			    (v->fr ? word_is(v, q - 1, "pour") && q >= 2 &&
					     (!strncmp(ds_unit_word(v, (size_t)q - 2), "insist",
						       6) ||
					      !strncmp(ds_unit_word(v, (size_t)q - 2), "plaid", 5))
				   : !strncmp(ds_unit_word(v, (size_t)q - 1), "insist", 6))) {
				/* Ukraine asks; another party's insisting is no aid */
				int who = 0;
				for (int x = 0; x < q - 1; x++)
					if (role_at(v, x) == DS_R_UKR || role_at(v, x) == DS_R_PROV)
						who = role_at(v, x);
				c->tense = T_FUT;
				c->action = who == DS_R_PROV ? 0 : DS_ACT_REQUEST;
				continue;
			}
		}
		/* English -ing after a verb: "ruled out sending", "considering
		 * sending"; French "en livrant" says how, it is not governed */
		if (c->tense != T_INF && c->tense != T_NOUN && !(c->tense == T_GER && !v->fr))
			continue;
		if (c->tense == T_INF && c->modal)
			continue;
		int j = c->first - 1;
		for (int steps = 0; j >= 0 && steps < 10; j--, steps++) {
			int g = cue_at(cs, n, j);
			if (g >= 0 && g != k) {
				/* thanks govern nothing: "thanked X for its decision to
				 * send" tells the decision */
				if (cs[g].tense != T_ADJPRE && cs[g].cls != C_THANK &&
				    !(cs[g].flags & X_DEST) && !(cs[g].flags & X_SAYS && !cs[g].neg))
					c->gov = g; /* not "reached an agreement" either */
				break;
			}
			const struct ds_unit *u = &v->u[j];
			if (u->kind == DS_U_MENTION) {
				/* (the system that qualifies a noun of giving:
				 * "confirmed Storm Shadow deliveries") */
				if ((u->role == DS_R_ITEM || u->role == DS_R_CAT) &&
				    !(c->tense == T_NOUN && j == c->first - 1))
					break;
				continue;
			}
			if (u->kind == DS_U_PUNCT) {
				if (u->punct == ',' || u->punct == '"')
					continue;
				break;
			}
			if (u->kind == DS_U_NUM) {
				if (u->currency)
					break;
				continue;
			}
			uint64_t f = fw_of(u);
			if (f & W_REL)
				break;
			/* a verb of pace before a noun of giving says how it goes, the
			 * verb above still governs: "urged Germany to speed up
			 * deliveries of", "exhorte Berlin à accélérer les livraisons" */
			if (c->tense == T_NOUN && word_in(v, j, pace))
				continue;
			/* "la promesse faite par Londres de livrer", "the pledge made
			 * by Berlin to send": the participle of the noun above */
			static const char *const made[] = {"faite", "fait", "faites", "faits", "made",
							   NULL};
			if (c->tense == T_INF && word_in(v, j, made) && j > 0 && cue_at(cs, n, j - 1) >= 0)
				continue;
			if (!(f & (W_TO | W_DET | W_SKIP | W_PRON | W_NEG | W_NEGEND | W_YET | W_QADJ |
				   W_OBL | W_GEN | W_COLL | W_VAGUE | W_COORD | W_HAVE | W_BE)) &&
			    !ds_unit_is(v, (size_t)j, "out") && !ds_unit_is(v, (size_t)j, "off") &&
			    !ds_unit_is(v, (size_t)j, "up") && !ds_unit_is(v, (size_t)j, "short") &&
			    !ds_unit_is(v, (size_t)j, "whether") && !ds_unit_is(v, (size_t)j, "quant") &&
			    !ds_unit_is(v, (size_t)j, "concernant") &&
			    !ds_unit_is(v, (size_t)j, "regarding") &&
			    !ds_unit_is(v, (size_t)j, "concerning") &&
			    !ds_unit_is(v, (size_t)j, "permission") && !ds_unit_is(v, (size_t)j, "droit") &&
			    !ds_unit_is(v, (size_t)j, "right") && !word_in(v, j, means) &&
			    !word_in(v, j, favourably) &&
			    !word_in(v, j, durations) && !word_in(v, j, helps) &&
			    /* "approved Ukraine's request for" */
			    !(c->tense == T_NOUN && ds_unit_is(v, (size_t)j, "'s")))
				break;
		}
		/* "a achevé le transfert", "completed the delivery of", "began the
		 * transfer": a gift under way or made, whatever the noun says alone
		 * ("le transfert" is a promise until then) */
		if (c->gov < 0 && c->tense == T_NOUN) {
			static const char *const done_en[] = {"completed", "finished", "finalised",
							      "finalized", "concluded", "began",
							      "started", "begun", NULL};
			static const char *const done_fr[] = {"acheve",   "termine", "finalise",
							      "complete", "commence", "entame",
							      "boucle",   NULL};
			int q = c->first - 1;
			while (q >= 0 && fwa(v, q) & (W_DET | W_SKIP))
				q--;
			int neg = fwa(v, q - 1) & W_NEG || fwa(v, q - 2) & W_NEG ||
				  fwa(v, q + 1) & W_NEGEND;
			if (!neg && word_in(v, q, v->fr ? done_fr : done_en)) {
				c->flags &= (uint16_t)~X_PLEDGEN;
				c->action = own_action(c);
			}
		}
		/* "est en train de livrer": under way */
		if (c->gov < 0 && c->tense == T_INF && v->fr &&
		    (word_is(v, c->first - 1, "de") || word_is(v, c->first - 1, "d'")) &&
		    word_is(v, c->first - 2, "train") && word_is(v, c->first - 3, "en")) {
			c->tense = T_PRES;
			c->first -= 3;
			c->action = own_action(c);
		}
		/* "n'est pas en mesure de fournir", "est incapable de livrer",
		 * "is not able to supply": a gift that cannot be, refused */
		if (c->gov < 0 && c->tense == T_INF && !c->neg && cannot_before(v, c)) {
			c->neg = 1;
			c->modal = MOD_CAN;
			c->action = own_action(c);
		}
		/* "avant de livrer": done before what follows */
		if (c->gov < 0 && c->tense == T_INF && (word_is(v, c->pos - 1, "de") ||
							 word_is(v, c->pos - 1, "d'")) &&
		    word_is(v, c->pos - 2, "avant")) {
			c->tense = T_PAST;
			c->action = own_action(c);
		}
		/* "le premier pays à envoyer des chars": done, unless told as a
		 * possibility ("ce qui en ferait le premier à fournir") */
		if (c->gov < 0 && c->tense == T_INF &&
		    (word_is(v, c->pos - 1, "\xc3\xa0") || word_is(v, c->pos - 1, "to"))) {
			int first = -1;
			for (int q = c->pos - 2; q >= 0 && q >= c->pos - 8; q--)
				if (word_is(v, q, "premier") || word_is(v, q, "premiere") ||
				    word_is(v, q, "premiers") || word_is(v, q, "premieres") ||
				    word_is(v, q, "first") || word_is(v, q, "seul") || word_is(v, q, "only"))
					first = q;
			if (first >= 0) {
				int cond = 0;
				for (int q = first - 1; q >= 0 && q >= first - 6; q--)
					if (fwa(v, q) & (W_WOULD | W_WILL) || word_is(v, q, "ferait") ||
					    word_is(v, q, "feraient") || word_is(v, q, "fera"))
						cond = 1;
				/* "va remettre quatre MiG-29 ..., faisant de Varsovie le
				 * premier à fournir des avions": the first when the gift
				 * told before it is made */
				int made = -1;
				for (int q = 0; q < n; q++)
					if (q != k && cs[q].pos < first && cs[q].action &&
					    (cs[q].action == DS_ACT_PLEDGE || cs[q].action == DS_ACT_DELIVER))
						made = q;
				static const char *const becoming[] = {"faisant", "making", "devenant",
								       "becoming", NULL};
				for (int q = first - 1; made >= 0 && q >= 0 && q >= first - 4; q--)
					if (word_in(v, q, becoming) && cs[made].action == DS_ACT_PLEDGE)
						cond = 1;
				c->tense = cond ? T_COND : T_PAST;
				c->action = own_action(c);
			}
		}
		/* a headline infinitive: "US to send Patriot"; a plan: "is to
		 * send", "was to deliver", "is set (poised, slated, about) to
		 * supply", "est sur le point de livrer" */
		if (c->gov < 0 && c->tense == T_INF && (plan_before(v, c->pos) ||
		    (!v->fr && word_is(v, c->pos - 1, "to") && role_at(v, c->pos - 2) == DS_R_PROV &&
		     headline_start(v, c->pos - 2)))) {
			c->modal = MOD_GO;
			c->action = own_action(c);
		}
	}
	/* "Permission to re-export the guns was debated": the passive
	 * governs the noun (or the gerund) in its subject */
	for (int k = 0; k < n; k++) {
		struct cue *p = &cs[k];
		if (!takes_left(p) || p->cls == C_ARRIVE)
			continue;
		for (int j = p->first - 1, steps = 0; j >= 0 && steps < 12 && cl[j] == cl[p->pos];
		     j--, steps++) {
			int g = cue_at(cs, n, j);
			if (g < 0)
				continue;
			/* a gerund as subject too: "Sending Taurus … is off the
			 * table" */
			if ((cs[g].tense == T_NOUN || (cs[g].tense == T_GER && !v->fr)) &&
			    cs[g].gov < 0 && cs[g].cls != C_AGENT)
				cs[g].gov = k;
			break;
		}
	}
}

static int chain_top(const struct cue *cs, int k)
{
	for (int d = 0; d < 6 && cs[k].gov >= 0; d++)
		k = cs[k].gov;
	return k;
}

/* The action of the chain from cue k up to its top governor. */
static uint8_t chain_action(const struct ds_sentview *v, const struct cue *cs, int k)
{
	int t = chain_top(cs, k);
	uint8_t a = cs[t].action;
	/* "a decision on", "une décision (rapide) sur": one to be made */
	static const char *const on_it[] = {"on", "sur", "about", NULL};
	if (cs[t].cls == C_DECIDE && !cs[t].neg &&
	    (word_in(v, cs[t].pos + 1, on_it) ||
	     (fwa(v, cs[t].pos + 1) == 0 && is_word(v, cs[t].pos + 1) &&
	      word_in(v, cs[t].pos + 2, on_it))))
		a = DS_ACT_CONSIDER;
	/* a negated infinitive under a promise or a choice: "decided not to
	 * send", "a promis de ne pas livrer" refuse; "asked X not to send"
	 * asks nothing of aid */
	int neg_below = 0;
	for (int q = k, d = 0; q != t && d < 6; q = cs[q].gov, d++)
		if (cs[q].neg && cs[q].cls != C_REFUSE && cs[q].cls != C_FORBID)
			neg_below = 1;
	if (neg_below && !cs[t].neg) {
		if (a == DS_ACT_PLEDGE || a == DS_ACT_DELIVER)
			a = DS_ACT_REFUSE;
		else if (a == DS_ACT_REQUEST)
			a = 0;
	}
	if (cs[k].cls == C_BACKFILL && a && a != DS_ACT_REFUSE)
		a = DS_ACT_BACKFILL;
	if ((cs[t].hedged || cs[k].hedged) && (a == DS_ACT_PLEDGE || a == DS_ACT_DELIVER))
		a = cs[t].hedged == 2 || cs[k].hedged == 2 ? 0 : DS_ACT_CONSIDER;
	/* an ungoverned infinitive of purpose ("pour livrer") says nothing */
	return a;
}

/* --- items ----------------------------------------------------------------------- */

struct group {
	int first, last;     /* units */
	int32_t item;        /* materiel entity, or -1 */
	const char *cat;
	uint8_t generic, package, money, used;
	uint8_t bare;  /* money with no word of aid by it ("$300 million") */
	double amount;       /* < 0 when none */
	const char *currency;
	uint8_t dollar;
	long long qty;       /* -1 when not a count */
	int natt;
	int32_t att[4];      /* providers named with the item */
	int cue;             /* the cue it hangs on, or -1 */
	int cue2;            /* also the verb it is the object of ("n'a pas livré le
			      * système acheté pour l'Ukraine"), or -1 */
	uint8_t own;         /* a state's own: "Ukraine's own Neptune", "ses propres" */
	uint8_t coord;       /* listed after the group before it ("X and Y"): another
			      * thing, not X named again */
	uint8_t made;        /* att[0] is a demonym after the item ("des munitions
			      * suisses"): its giver, or only its maker */
};

/* The records.md vocabulary, child -> parent. */
static const char *parent_cat(const char *c)
{
	static const char *const tab[][2] = {
		{"tank", "armoured vehicle"}, {"main battle tank", "tank"}, {"light tank", "tank"},
		{"infantry fighting vehicle", "armoured vehicle"},
		{"armoured personnel carrier", "armoured vehicle"}, {"howitzer", "artillery"},
		{"multiple rocket launcher", "artillery"},
		{"surface-to-air missile", "air defence system"},
		{"man-portable air defence", "air defence system"}, {"anti-ship missile", "missile"},
		{"cruise missile", "missile"}, {"ballistic missile", "missile"},
		{"fighter aircraft", "aircraft"}, {"artillery ammunition", "ammunition"},
	};
	for (size_t i = 0; c && i < DS_ARRAY_LEN(tab); i++)
		if (!strcmp(c, tab[i][0]))
			return tab[i][1];
	return NULL;
}

/* How deep a category sits in the vocabulary (0: a root). */
static int parent_depth(const char *c)
{
	int d = 0;
	while ((c = parent_cat(c)))
		d++;
	return d;
}

/* Are two categories on one branch of the vocabulary (equal, broader or
 * narrower)? */
static int same_branch(const char *a, const char *b)
{
	if (!a || !b)
		return 0;
	for (const char *x = a; x; x = parent_cat(x))
		if (!strcmp(x, b))
			return 1;
	for (const char *x = b; x; x = parent_cat(x))
		if (!strcmp(x, a))
			return 1;
	return 0;
}

static int is_ammo(const char *c)
{
	return c && (!strcmp(c, "ammunition") || !strcmp(c, "artillery ammunition"));
}

/* Words that may sit inside a named item's phrase: "chars de combat
 * Leopard", "VCI de type BMP-1", "unités de tir NASAMS". */
static int glue_word(const struct ds_sentview *v, int i)
{
	static const char *const w[] = {"de", "d'", "du", "type", "modele", "model", "version",
					"tir", "classe", "class", "vehicules", "vehicule",
					"vehicles", "vehicle", "engins", "engin", "lanceurs",
					"lanceur", "launchers", "launcher", NULL};
	return word_in(v, i, w) || (fwa(v, i) & (W_QADJ | W_UNIT));
}

/* Is the unit a state named as a demonym right after an item ("les Abrams
 * américains") and not a maker ("de fabrication allemande")? */
static int demonym_after(const struct ds_sentview *v, int i)
{
	return role_at(v, i) == DS_R_PROV && v->u[i].form == DOSSIER_FORM_DEMONYM &&
	       !(fwa(v, i - 1) & W_MADE) && !(fwa(v, i - 2) & W_MADE);
}

/* Is mention i a state named with a genitive or "from" ("du Danemark",
 * "d'Italie", "from Denmark")? */
static int source_state(const struct ds_sentview *v, int i)
{
	if (role_at(v, i) != DS_R_PROV)
		return 0;
	const struct ds_unit *u = &v->u[i];
	if (u->form != DOSSIER_FORM_NAME && u->form != DOSSIER_FORM_METONYM)
		return 0;
	const struct ds_entity *e = &v->kb->ents[u->ent];
	if (e->kind != DOSSIER_KIND_STATE)
		return 0;
	if (prep_is_genitive(v->doc->mentions[u->m].prep))
		return !(fwa(v, i - 1) & W_MADE);
	return word_is(v, i - 1, "from") || word_is(v, i - 1, "provenance");
}

/* Is the sum at unit i said to be of something other than aid or
 * materiel: "$40 billion of imports", "worth of goods", "d'importations"? */
static int sum_of_other(const struct ds_sentview *v, int i)
{
	static const char *const of[] = {"of", "in", "de", "d'", "en", NULL};
	static const char *const aid[] = {"aid", "assistance", "support", "funding", "funds",
					  "financing", "help", "equipment", "materiel", "arms",
					  "weapons", "ammunition", "munitions", "aide", "soutien",
					  "financement", "fonds", "armes", "equipements",
					  "equipement", NULL};
	/* "une aide humanitaire de 500 millions", "non-military aid of" */
	static const char *const civil[] = {
		"non", "humanitarian", "financial", "economic", "budget", "budgetary", "civilian",
		"humanitaire", "financiere", "economique", "budgetaire", "civile",
		"macrofinanciere", "macro-financial", "macrofinancial", "grant", "grants",
		/* a loan: "will lend Ukraine €18 billion", "un prêt de" */
		"lend", "lends", "lent", "lending", "loan", "loans", "pret", "prets", NULL};
	/* what the sum is for: "€200 million for energy infrastructure",
	 * "pour la reconstruction de l'Ukraine", "for Ukraine's power grid" */
	static const char *const works[] = {
		"reconstruction", "rebuilding", "recovery", "energy", "energie", "power", "grid",
		"infrastructure", "infrastructures", "humanitarian", "humanitaire", "refugees",
		"refugies", "budget", "pensions", "salaries", "salaires", "food", "grain",
		"alimentaire", "electricite", "electricity", "heating", "chauffage", NULL};
	for (int q = i - 1; q >= 0 && q >= i - 4 && !is_punct(v, q, ','); q--)
		if (word_in(v, q, civil))
			return 1;
	for (int q = i + 1; q < (int)v->n && q <= i + 4; q++) {
		if (!word_is(v, q, "for") && !word_is(v, q, "pour"))
			continue;
		for (int k = q + 1; k < (int)v->n && k <= q + 4; k++) {
			if (word_in(v, k, works))
				return 1;
			if (!(fwa(v, k) & (W_DET | W_QADJ | W_SKIP)) && role_at(v, k) != DS_R_UKR &&
			    !word_is(v, k, "'s"))
				break;
		}
		break;
	}
	int j = i + 1;
	if (word_is(v, j, "worth"))
		j++;
	/* "1 billion euros to Ukraine in budget support" */
	if (word_is(v, j, "to") && role_at(v, j + 1) == DS_R_UKR && word_is(v, j + 2, "in"))
		j += 2;
	else if (role_at(v, j) == DS_R_UKR && (word_is(v, j + 1, "en") || word_is(v, j + 1, "d'") ||
					       word_is(v, j + 1, "de")))
		j++; /* "un milliard à l'Ukraine en aide budgétaire" */
	if (!word_in(v, j, of))
		return 0;
	j++;
	while (j < (int)v->n && is_word(v, j) && fwa(v, j) & (W_DET | W_QADJ | W_SKIP))
		j++;
	/* "in non-military aid", "of humanitarian aid", "d'aide humanitaire" */
	if (word_in(v, j, civil) || (word_in(v, j, aid) && word_in(v, j + 1, civil)))
		return 1;
	/* "in long-term aid", "in new security assistance": the noun after
	 * an adjective or two */
	for (int k = j + 1; k <= j + 3 && is_word(v, k - 1) && !word_in(v, k - 1, aid); k++) {
		if (word_in(v, k, civil))
			return 1;
		if (word_in(v, k, aid))
			return word_in(v, k + 1, civil);
	}
	return is_word(v, j) && !word_in(v, j, aid) && !(fwa(v, j) & W_VAGUE) &&
	       !(v->u[j].kind == DS_U_NUM);
}

/* Is the sum at i a running total ("brings total U.S. military assistance
 * to more than $24 billion", "porte le total de l'aide à 5 milliards"), no
 * gift of its own? */
static int running_total(const struct ds_sentview *v, int i)
{
	static const char *const about[] = {"more", "than", "over", "nearly", "almost", "about",
					    "some", "around", "plus", "de", "pres", "environ",
					    "quelque", "presque", NULL};
	static const char *const total[] = {"total", "totale", "overall", "cumulative", "cumul",
					    "cumule", "cumulee", NULL};
	int j = i - 1;
	while (j >= 0 && i - j <= 3 && word_in(v, j, about))
		j--;
	if (!(word_is(v, j, "to") || word_is(v, j, "\xc3\xa0")))
		return 0;
	for (int q = j - 1; q >= 0 && j - q <= 12; q--)
		if (word_in(v, q, total))
			return 1;
	return 0;
}

/* Does the sum at unit i restate the sum just before it ("4.3 billion
 * crowns ($419 million)", ", soit environ 180 millions d'euros", ", or
 * about $2.8bn")? */
static int restated_sum(const struct ds_sentview *v, int i)
{
	static const char *const about[] = {"about", "some", "around", "roughly", "nearly",
					    "approximately", "almost", "over", "environ", "pres",
					    "quelque", "presque", "plus", "de", "d'", "than", NULL};
	static const char *const or_[] = {"soit", "or", "ou", "equivalent", NULL};
	int j = i - 1, said = 0;
	while (j >= 0 && i - j <= 5 && (word_in(v, j, about) || word_in(v, j, or_) ||
					is_punct(v, j, '(') || is_punct(v, j, ','))) {
		said |= is_punct(v, j, '(') || word_in(v, j, or_);
		j--;
	}
	return said && j >= 0 && j < i - 1 && v->u[j].kind == DS_U_NUM && v->u[j].currency &&
	       v->u[i].currency && strcmp(v->u[j].currency, v->u[i].currency);
}

/* Collects the item groups of a sentence: named systems with the category
 * words and glue around them, category words alone, and amounts of money. */
static int find_groups(const struct ds_sentview *v, struct group *gs)
{
	int n = 0;
	for (int i = 0; i < (int)v->n && n < MAX_ITEMS; i++) {
		if (!is_item_unit(v, i))
			continue;
		struct group *g = &gs[n++];
		memset(g, 0, sizeof *g);
		g->first = g->last = i;
		g->item = -1;
		g->amount = -1;
		g->qty = -1;
		g->cue = -1;
		int ncat = 0, allgen = 1;
		const char *firstcat = NULL, *lastcat = NULL;
		uint8_t package = 0;
		int j = i;
		for (;;) {
			const struct ds_unit *x = &v->u[j];
			if (x->role == DS_R_ITEM) {
				if (g->item >= 0)
					break;
				g->item = x->ent;
				g->cat = x->cat;
				allgen = 0;
			} else {
				ncat++;
				if (!firstcat)
					firstcat = x->cat;
				lastcat = x->cat;
				if (!x->generic)
					allgen = 0;
				if (x->package)
					package = x->package;
			}
			g->last = j;
			/* extend over glue words to the next item unit, or one
			 * demonym */
			int k = j + 1;
			while (k < (int)v->n && k - j <= 3 && is_word(v, k) && glue_word(v, k))
				k++;
			/* "chars de déminage Leopard 2R": one plain word after "de" */
			if (role_at(v, j) == DS_R_CAT && g->item < 0 && k == j + 2 &&
			    (word_is(v, j + 1, "de") || word_is(v, j + 1, "d'")) && is_word(v, k) &&
			    !fw_of(&v->u[k]) && !v->u[k].cap && role_at(v, k + 1) == DS_R_ITEM)
				k++;
			/* "véhicules blindés français AMX-10RC" */
			if (demonym_after(v, k) && is_item_unit(v, k + 1) && g->natt < 4) {
				g->att[g->natt++] = v->u[k].ent;
				k++;
			}
			if (k < (int)v->n && is_item_unit(v, k) &&
			    !(role_at(v, k) == DS_R_ITEM && g->item >= 0)) {
				j = k;
				continue;
			}
			/* a unit word right after ("Patriot missile system") */
			if (k > j + 1 && fwa(v, k - 1) & W_UNIT)
				g->last = k - 1;
			break;
		}
		/* the category: the named item's; "munitions Guépard" are
		 * ammunition for it */
		if (g->item >= 0) {
			/* "munitions Guépard", "HIMARS ammunition": ammunition for it */
			if (ncat && is_ammo(firstcat) && !is_ammo(g->cat) && v->u[i].role == DS_R_CAT) {
				g->item = -1;
				g->cat = firstcat;
			} else if (ncat && is_ammo(lastcat) && !is_ammo(g->cat) && !v->fr &&
				   v->u[g->last].role == DS_R_CAT) {
				g->item = -1;
				g->cat = lastcat;
			} else if (ncat && is_ammo(g->cat) && !package) {
				/* "155mm howitzers", "obusiers de 155 mm": a calibre
				 * of the weapon named, not rounds */
				const char *head = v->fr ? firstcat : lastcat;
				const struct ds_unit *hu = &v->u[v->fr ? i : g->last];
				if (head && !is_ammo(head) && hu->role == DS_R_CAT && !hu->generic &&
				    !hu->package) {
					g->item = -1;
					g->cat = head;
				}
			}
		} else {
			g->cat = v->fr ? firstcat : lastcat;
			g->generic = (uint8_t)allgen;
			g->package = package;
		}
		i = g->last;
	}
	/* money, and vague money ("des milliards de dollars") */
	for (int i = 0; i < (int)v->n && n < MAX_ITEMS; i++) {
		const struct ds_unit *u = &v->u[i];
		int vague = 0;
		if (u->kind == DS_U_WORD && (ds_unit_is(v, (size_t)i, "milliards") ||
					     ds_unit_is(v, (size_t)i, "millions") ||
					     ds_unit_is(v, (size_t)i, "billions")) &&
		    (fwa(v, i + 1) & W_GEN) &&
		    (word_is(v, i + 2, "dollars") || word_is(v, i + 2, "euros") ||
		     word_is(v, i + 2, "livres") || word_is(v, i + 2, "pounds")))
			vague = 1;
		if (!vague && !(u->kind == DS_U_NUM && u->currency))
			continue;
		/* "des dizaines de milliards de dollars", "hundreds of millions
		 * of dollars": an order of magnitude, no amount */
		if (u->kind == DS_U_NUM && u->approx)
			vague = 1;
		/* a price ("£2m each"), not a gift; nor a running total */
		if (fwa(v, i + 1) & W_EACH || fwa(v, i + 2) & W_EACH || (!vague && running_total(v, i)))
			continue;
		/* the sum before in another currency: "4.3 billion crowns ($419
		 * million)", "2 milliards de couronnes, soit environ 180 millions
		 * d'euros", "£2.3bn, or about $2.8bn" */
		if (!vague && restated_sum(v, i))
			continue;
		/* "des obus d'une valeur de 20 millions d'euros", "shells worth $20
		 * million": the value of the items named, no package of its own */
		int w = i - 1;
		while (w >= 0 && i - w <= 4 && is_word(v, w) && !(fwa(v, w) & W_MONEYW) &&
		       (fwa(v, w) & (W_GEN | W_DET | W_TO | W_SKIP | W_QADJ) || word_is(v, w, "globale") ||
			word_is(v, w, "totale") || word_is(v, w, "about") || word_is(v, w, "some") ||
			word_is(v, w, "around") || word_is(v, w, "estimated") || word_is(v, w, "at")))
			w--;
		if (w >= 0 && fwa(v, w) & W_MONEYW && !vague) {
			struct group *it = NULL;
			for (int k = 0; k < n; k++)
				if (!gs[k].money && gs[k].last < w && w - gs[k].last <= 3 &&
				    !(gs[k].cat && !strcmp(gs[k].cat, "military aid package")))
					it = &gs[k];
			if (it) {
				it->amount = u->num;
				it->currency = u->currency;
				it->dollar = u->dollar;
				/* "weapons worth €3 billion", "des armes d'une valeur
				 * de": things unnamed, a package by their sum */
				if (it->generic && it->item < 0) {
					it->generic = 0;
					it->cat = "military aid package";
					it->package = 1;
					it->money = 1;
				}
				continue;
			}
		}
		/* an amount next to an aid package is that package's ("un paquet
		 * d'aide, d'un montant de 400 millions", "a package worth") */
		struct group *pk = NULL;
		int reach = 3;
		for (int j = i - 1; j >= 0 && j >= i - 4; j--)
			if (fwa(v, j) & W_MONEYW || word_is(v, j, "montant") || word_is(v, j, "worth") ||
			    word_is(v, j, "valued") || word_is(v, j, "totalling") ||
			    word_is(v, j, "totaling"))
				reach = 6;
		for (int k = 0; k < n; k++) {
			struct group *g = &gs[k];
			if (g->money || g->item >= 0 || !g->cat ||
			    strcmp(g->cat, "military aid package"))
				continue;
			/* (after it, an adjective may stand between: "$1.2bn in
			 * long-term security assistance") */
			int after = 3 + (word_is(v, i + 1, "in") || word_is(v, i + 1, "of") ||
					 word_is(v, i + 1, "en") || word_is(v, i + 1, "d'"));
			if ((g->last < i && i - g->last <= reach) || (g->first > i && g->first - i <= after))
				pk = g;
		}
		/* "$40 billion of imports", "$125 billion worth of goods",
		 * "d'importations": a sum of something else than aid */
		if (!pk && !vague && sum_of_other(v, i))
			continue;
		if (!pk) {
			pk = &gs[n++];
			memset(pk, 0, sizeof *pk);
			pk->first = pk->last = i;
			pk->item = -1;
			pk->qty = -1;
			pk->cue = -1;
			pk->cat = "military aid package";
			pk->package = 1;
			pk->amount = -1;
			/* "$44 billion in weapons", "44 milliards d'armes": a
			 * word of materiel by it says what the sum is for */
			pk->bare = 1;
			for (int j = i - 3; j <= i + 3 && pk->bare; j++)
				if (j >= 0 && j < (int)v->n && j != i &&
				    (role_at(v, j) == DS_R_CAT || role_at(v, j) == DS_R_ITEM))
					pk->bare = 0;
		}
		pk->money = 1;
		if (!vague && pk->amount < 0) {
			pk->amount = u->num;
			pk->currency = u->currency;
			pk->dollar = u->dollar;
		} else if (vague) {
			pk->amount = -1;
		}
		if (!vague)
			continue;
		i += 2;
	}
	return n;
}

/* The possessives of a state's own stock ("its MiG-29", "ses MiG-29"). */
static const char *const possessives[] = {"its", "their", "son", "sa", "ses", "leur", "leurs",
					  NULL};

/* The count before a group: "quatorze chars", "14 Leopard", "deux unités
 * de tir NASAMS", "huit en version 2A4", "une nouvelle batterie Patriot"
 * (one of a unit); "une dizaine" is not a count. */
static long long group_quantity(const struct ds_sentview *v, const struct group *g)
{
	int j = g->first - 1, unit = 0, plural = 0;
	for (int k = g->first; k <= g->last; k++)
		if (fwa(v, k) & W_UNIT || (role_at(v, k) == DS_R_CAT &&
					   (strstr(ds_unit_word(v, (size_t)k), "batter") ||
					    strstr(ds_unit_word(v, (size_t)k), "system")))) {
			const char *w = ds_unit_word(v, (size_t)k);
			size_t n = strlen(w);
			unit = 1;
			/* "additional units" counts no one unit */
			plural |= n > 1 && (w[n - 1] == 's' || w[n - 1] == 'x');
		}
	for (int steps = 0; j >= 0 && steps < 4; steps++) {
		if (is_word(v, j) && (fwa(v, j) & (W_QADJ | W_UNIT) || glue_word(v, j) || word_is(v, j, "de") ||
				      word_is(v, j, "its") || word_is(v, j, "their") || word_is(v, j, "ses") ||
				      word_is(v, j, "leurs") || word_is(v, j, "our") || word_is(v, j, "nos") ||
				      word_is(v, j, "d'") || word_is(v, j, "of") || word_is(v, j, "en") ||
				      word_is(v, j, "pieces") || word_is(v, j, "than"))) {
			if (fwa(v, j) & W_UNIT)
				unit = 1;
			if (fwa(v, j) & W_ONE && unit && !(fwa(v, j) & W_QADJ && !word_is(v, j, "additional")) &&
			    !(plural && word_is(v, j, "additional")))
				return 1;
			if (word_is(v, j, "additional") && unit && !plural)
				return 1;
			j--;
			continue;
		}
		break;
	}
	/* "12 des 72 canons": the part, not the whole */
	if (j >= 2 && v->u[j].kind == DS_U_NUM && (word_is(v, j - 1, "des") || word_is(v, j - 1, "of")) &&
	    v->u[j - 2].kind == DS_U_NUM && !v->u[j - 2].currency)
		j -= 2;
	else if (j >= 3 && v->u[j].kind == DS_U_NUM &&
		 (word_is(v, j - 1, "the") || word_in(v, j - 1, possessives)) &&
		 (word_is(v, j - 2, "of") || word_is(v, j - 2, "de")) &&
		 v->u[j - 3].kind == DS_U_NUM && !v->u[j - 3].currency)
		j -= 3; /* "12 of its 18 F-16s", "six de ses 14 chars" */
	if (j >= 0 && v->u[j].kind == DS_U_NUM && !v->u[j].currency) {
		const struct ds_unit *u = &v->u[j];
		if (u->approx || u->num < 1 || u->num > 1e8 || u->num != (double)(long long)u->num)
			return -1;
		/* a range or a choice is not a count: "entre quatre et six",
		 * "de quatre à six", "four to six", "4 or 5" */
		static const char *const range[] = {"et", "and", "\xc3\xa0", "to", "ou", "or", NULL};
		if (j >= 2 && word_in(v, j - 1, range) && v->u[j - 2].kind == DS_U_NUM &&
		    !v->u[j - 2].currency)
			return -1;
		/* a year is not a count ("en 2023 chars") */
		if (u->num >= 1900 && u->num <= 2100 && u->end - u->start == 4)
			return -1;
		/* a share of the count: "half of its 8 launchers", "la moitié
		 * de ses 14 chars", "part of its 40 Marder" */
		int f = j - 1;
		while (f >= 0 && j - f <= 3 &&
		       (word_is(v, f, "of") || word_is(v, f, "de") || word_is(v, f, "d'") ||
			word_is(v, f, "des") || word_is(v, f, "the") ||
			word_in(v, f, possessives) || word_is(v, f, "our") || word_is(v, f, "nos")))
			f--;
		if (f < j - 1) {
			long long x = (long long)u->num;
			if (word_is(v, f, "half") || word_is(v, f, "moitie"))
				return x % 2 ? -1 : x / 2;
			if (word_is(v, f, "third") || word_is(v, f, "tiers"))
				return x % 3 ? -1 : x / 3;
			static const char *const part[] = {"part", "partie", "some", "quarter",
							   "quart", "most", "plupart", NULL};
			if (word_in(v, f, part))
				return -1;
		}
		return (long long)u->num;
	}
	if (j >= 0 && fwa(v, j) & W_ONE && unit)
		return 1;
	/* the count in an apposition: "toute sa flotte de MiG-29, soit 13
	 * appareils" */
	int a = g->last + 1;
	if (is_punct(v, a, ',') && (word_is(v, a + 1, "soit") ||
				    (word_is(v, a + 1, "that") && word_is(v, a + 2, "is") && a++)) &&
	    a + 2 < (int)v->n && v->u[a + 2].kind == DS_U_NUM && !v->u[a + 2].currency &&
	    !v->u[a + 2].approx && v->u[a + 2].num >= 1 && v->u[a + 2].num <= 1e6 &&
	    v->u[a + 2].num == (double)(long long)v->u[a + 2].num)
		return (long long)v->u[a + 2].num;
	return -1;
}

/* Providers named with a group: "missiles anti-navires du Danemark",
 * "d'Italie, de Grèce et de Pologne", "les Abrams américains", "German
 * Leopard tanks", "Slovakia's S-300", "la Norvège (huit 2A4)". */

/* Is Ukraine the party nearest before unit j, in its sentence: whose is
 * "its own" ("Ukraine has used its own Neptune" but "Poland delivered four
 * of its own MiG-29s")? */
static int ukraine_before(const struct ds_sentview *v, int j)
{
	for (int k = j - 1; k >= 0 && j - k <= 16; k--) {
		if (is_punct(v, k, '.') || is_punct(v, k, ';'))
			break;
		if (role_at(v, k) == DS_R_UKR)
			return 1;
		if (role_at(v, k) == DS_R_PROV)
			return 0;
	}
	return 0;
}

static void group_providers(const struct ds_sentview *v, struct group *g)
{
	/* "Ukraine's own Neptune", "les moyens d'artillerie de l'Ukraine", "its
	 * own stocks": not given by anyone */
	for (int j = g->first - 1; j >= 0 && j >= g->first - 3; j--) {
		if (word_is(v, j, "own") || word_is(v, j, "propre") || word_is(v, j, "propres"))
			g->own = !word_in(v, j - 1, possessives) || ukraine_before(v, j - 1);
		if (word_is(v, j, "'s") && role_at(v, j - 1) == DS_R_UKR)
			g->own = 1;
		if (!(is_word(v, j) && fwa(v, j) & (W_QADJ | W_DET | W_SKIP)) && !word_is(v, j, "'s"))
			break;
	}
	/* "F-16 training", "Leopard crews", "la formation sur F-16", "des
	 * pilotes de F-16": the people and the schooling, not the thing */
	static const char *const schooling[] = {
		"training",  "pilots",    "crews",       "instructors", "simulators",
		"simulator", "mechanics", "technicians", "formation",   "pilotes",
		"equipages", "instructeurs", "simulateurs", "mecaniciens", NULL};
	if (!v->fr && word_in(v, g->last + 1, schooling))
		g->own = 1;
	int ab = g->first - 1;
	while (ab > 0 && (fwa(v, ab) & W_DET || word_is(v, ab, "de") || word_is(v, ab, "d'") ||
			  word_is(v, ab, "sur") || word_is(v, ab, "on")))
		ab--;
	if (ab < g->first - 1 && word_in(v, ab, schooling))
		g->own = 1;
	if (role_at(v, g->last + 1) == DS_R_UKR &&
	    (prep_is_genitive(prep_of(v, g->last + 1)) ||
	     v->u[g->last + 1].form == DOSSIER_FORM_DEMONYM))
		g->own = 1;
	int k = g->last + 1;
	while (k < (int)v->n && k - g->last <= 2 && is_word(v, k) && (fwa(v, k) & W_QADJ))
		k++;
	/* "Russian missiles", "des drones russes": the enemy's, not aid */
	if ((role_at(v, g->first - 1) == DS_R_ENEMY && v->u[g->first - 1].form == DOSSIER_FORM_DEMONYM &&
	     !word_in(v, g->first - 2, possessives)) ||
	    (role_at(v, k) == DS_R_ENEMY && v->u[k].form == DOSSIER_FORM_DEMONYM &&
	     !(fwa(v, k - 1) & W_MADE) && !(fwa(v, k - 2) & W_MADE)))
		g->own = 1;
	if (demonym_after(v, k)) {
		g->att[g->natt++] = v->u[k].ent;
		g->made = 1;
		return;
	}
	if (word_is(v, k, "from") && source_state(v, k + 1))
		k++; /* "Leopard 2 tanks from Portugal" */
	else if (word_is(v, k, "en") && word_is(v, k + 1, "provenance") && source_state(v, k + 2))
		k += 2; /* "des obusiers en provenance du Canada" */
	if (source_state(v, k)) {
		g->att[g->natt++] = v->u[k].ent;
		/* ", de Grèce, de Norvège et de Pologne" */
		for (int j = k + 1; j + 1 < (int)v->n && g->natt < 4;) {
			if (!(is_punct(v, j, ',') || fwa(v, j) & W_COORD))
				break;
			int q = j + 1;
			if (word_is(v, q, "de") || word_is(v, q, "d'") || word_is(v, q, "from"))
				q++;
			if (role_at(v, q) != DS_R_PROV || v->u[q].form == DOSSIER_FORM_DEMONYM)
				break;
			g->att[g->natt++] = v->u[q].ent;
			j = q + 1;
		}
		return;
	}
	/* English: a state right before the item, not its maker */
	int p = g->first - 1;
	if (!v->fr && p >= 0 && word_is(v, p, "'s"))
		p--;
	if (p >= 1 && is_punct(v, p, '.') && v->u[p].glued && role_at(v, p - 1) == DS_R_PROV)
		p--; /* "U.S." */
	if (!v->fr && role_at(v, p) == DS_R_PROV && !(fwa(v, p + 1) & W_MADE) &&
	    v->kb->ents[v->u[p].ent].kind == DOSSIER_KIND_STATE) {
		g->att[g->natt++] = v->u[p].ent;
		return;
	}
	/* "la Norvège (huit 2A4)" */
	p = g->first - 1;
	if (p >= 0 && v->u[p].kind == DS_U_NUM)
		p--;
	if (is_punct(v, p, '(') && role_at(v, p - 1) == DS_R_PROV && is_punct(v, g->last + 1, ')')) {
		g->att[g->natt++] = v->u[p - 1].ent;
		return;
	}
	/* "en échange de ses T-72 livrés à l'Ukraine", "its T-72s sent to
	 * Ukraine": the items a state gave, whose are they? the state named
	 * last before the possessive */
	const struct entry *pe = g->last + 1 < (int)v->n ? entry_of(&v->u[g->last + 1]) : NULL;
	p = g->first - 1;
	while (p >= 0 && is_word(v, p) && fwa(v, p) & W_QADJ)
		p--;
	if (pe && pe->cls == C_GIVE && (pe->morph & M_PPART) && !(pe->morph & M_PRES && !v->fr) &&
	    word_in(v, p, possessives)) {
		for (int q = p - 1; q >= 0 && p - q <= 12; q--) {
			if (is_punct(v, q, '.') || is_punct(v, q, ';'))
				break;
			int r = role_at(v, q);
			if (r == DS_R_UKR || r == DS_R_ENEMY)
				break;
			if (r == DS_R_PROV && v->kb->ents[v->u[q].ent].kind == DOSSIER_KIND_STATE) {
				g->att[g->natt++] = v->u[q].ent;
				break;
			}
		}
	}
}

/* Is the English word en or the French word fr between units a and b
 * (exclusive), b after a? */
static int word_between(const struct ds_sentview *v, int a, int b, const char *en, const char *fr)
{
	for (int j = a + 1; j < b; j++)
		if (word_is(v, j, v->fr ? fr : en) || word_is(v, j, v->fr ? en : fr))
			return 1;
	return 0;
}

/* Can cue c carry group g: a helper verb ("aider", "support") only what
 * comes with "avec"/"with"; a donor noun only what comes before it. */
static int cue_accepts(const struct ds_sentview *v, const struct cue *c, const struct group *g)
{
	if (c->cls == C_AGENT)
		return g->last < c->pos;
	/* "the tanks reached Ukraine": an arrival only at Ukraine or its
	 * front, not "India"; "US aid reaches $3 billion" is a running total */
	if (c->flags & X_DEST) {
		int d = c->pos + 1;
		if (word_is(v, d, "the"))
			d++;
		return !g->money && (role_at(v, d) == DS_R_UKR || word_is(v, d, "front") ||
				     word_is(v, d, "frontline") || word_is(v, d, "battlefield") ||
				     word_is(v, d, "troops") || word_is(v, d, "forces"));
	}
	/* thanks for what comes after "for", help with what comes "with" */
	if (c->cls == C_THANK)
		return word_between(v, c->pos, g->first, "for", "pour");
	if (c->cls == C_SUPPORT)
		return word_between(v, c->pos, g->first, "with", "avec");
	return 1;
}

/* Is everything between units a and b (exclusive) adverbs or commas? */
static int only_adverbs(const struct ds_sentview *v, int a, int b)
{
	for (int j = a + 1; j < b; j++)
		if (!(is_punct(v, j, ',') || (is_word(v, j) && fwa(v, j) & W_SKIP)))
			return 0;
	return 1;
}

/* Is there a party, a relative pronoun or a clause mark between a and b? */
static int subject_between(const struct ds_sentview *v, int a, int b)
{
	for (int j = a + 1; j < b; j++)
		if (role_at(v, j) == DS_R_PROV || role_at(v, j) == DS_R_UKR ||
		    role_at(v, j) == DS_R_ENEMY || (fwa(v, j) & (W_REL | W_PRON)))
			return 1;
	return 0;
}

/* Is group g left out of the gift told before it: "will send shells, but
 * not its S-300 systems", "livrera des obus, mais pas de chars"? */
static int excepted(const struct ds_sentview *v, const struct group *g)
{
	int j = g->first - 1;
	while (j >= 0 && (fwa(v, j) & W_DET || word_is(v, j, "de") || word_is(v, j, "d'")))
		j--;
	if (!(word_is(v, j, "not") || word_is(v, j, "pas") || word_is(v, j, "non")))
		return 0;
	return word_is(v, j - 1, "but") || word_is(v, j - 1, "mais") || is_punct(v, j - 1, ',') ||
	       word_is(v, j - 1, "and") || word_is(v, j - 1, "et");
}

/* Is there, between units a and b, an infinitive that is no cue ("to
 * drop", "de retirer")? */
static int other_verb_between(const struct ds_sentview *v, const struct cue *cs, int nc, int a,
			      int b)
{
	for (int j = a + 1; j + 1 < b; j++) {
		if (v->fr ? !(word_is(v, j, "de") || word_is(v, j, "d'")) : !word_is(v, j, "to"))
			continue;
		int x = j + 1;
		/* what is made for the gift is still given: "a contract to build
		 * new Gepard guns", "pour produire des obusiers" */
		static const char *const make[] = {
			"build",     "produce",    "manufacture", "refurbish",
			"repair",    "overhaul",   "upgrade",     "modernise",
			"modernize", "construire", "produire",    "fabriquer",
			"renover",   "reparer",    "moderniser",  NULL};
		if (!is_word(v, x) || cue_at(cs, nc, x) >= 0 || word_in(v, x, make) ||
		    fwa(v, x) & (W_DET | W_SKIP | W_QADJ | W_NEG | W_PRON | W_HAVE))
			continue;
		/* "to be sent" is a passive of giving; "turned out to be the
		 * largest donor of tanks" is not */
		if (fwa(v, x) & W_BE && cue_at(cs, nc, x + 1) >= 0)
			continue;
		if (!v->fr)
			return 1;
		const char *w = ds_unit_word(v, (size_t)x);
		size_t n = v->u[x].n;
		if (n >= 4 &&
		    (!strcmp(w + n - 2, "er") || !strcmp(w + n - 2, "ir") || !strcmp(w + n - 2, "re")))
			return 1;
	}
	return 0;
}

/* Hangs every group on a cue, first rule that applies:
 *   - the antecedent of a relative, on the verb inside it ("les canons que
 *     le Canada a expédiés");
 *   - the subject of a participle or passive right after it ("Leopard 2
 *     fournis par", "X ont été livrés", "X sont en route");
 *   - the object of the nearest cue to its left in its clause;
 *   - the subject of a cue to its right in its clause, with no other
 *     subject between ("Quatorze AMX-10RC sont en partance");
 *   - a list after "y compris", "including": the first verb of the clause;
 *   - failing those, the nearest cue on its left in the sentence. */
static void attach(const struct ds_sentview *v, const struct cue *cs, int nc, struct group *gs,
		   int ng, const uint8_t *cl)
{
	for (int k = 0; k < ng; k++) {
		struct group *g = &gs[k];
		int c0 = cl[g->first];
		int r = g->last + 1;
		/* "the 30 BMP-1 vehicles that Bratislava will send" */
		while (r < (int)v->n && glue_word(v, r) && !(fwa(v, r) & (W_OBL | W_GEN)))
			r++;
		if (is_punct(v, r, ',') && fwa(v, r + 1) & W_REL)
			r++; /* "The howitzers, which Canada shipped" */
		g->cue = -1;
		g->cue2 = -1;
		if (fwa(v, r) & W_REL && !word_is(v, r, "dont")) {
			/* the verb of the relative itself: only its subject between */
			int best = -1;
			for (int q = 0; q < nc; q++)
				if (cs[q].pos > r && cs[q].pos <= r + 10 && cl[cs[q].pos] == c0 &&
				    cue_accepts(v, &cs[q], g) && (best < 0 || cs[q].pos < cs[best].pos))
					best = q;
			for (int j = r + 1; best >= 0 && j < cs[best].first; j++)
				if (!(v->u[j].kind == DS_U_MENTION || (fwa(v, j) & (W_DET | W_SKIP | W_PRON)) ||
				      is_punct(v, j, ',')))
					best = -1;
			/* "paying for the howitzers that Ukraine ordered", "paie les
			 * obusiers que l'Ukraine a commandés": Ukraine's own purchase
			 * tells which things, the verb before gives them */
			for (int j = r + 1; best >= 0 && cs[best].cls == C_PROCURE && j < cs[best].first;
			     j++)
				if (role_at(v, j) == DS_R_UKR)
					best = -1;
			if (best >= 0) {
				g->cue = best;
				continue;
			}
		}
		/* "les Abrams américains ont été livrés": the demonym that
		 * names the giver belongs to the item before the verb */
		int gl = g->last;
		while (gl + 1 < (int)v->n && glue_word(v, gl + 1) && !(fwa(v, gl + 1) & (W_OBL | W_GEN)))
			gl++; /* "two NASAMS launchers will be sent" */
		if (g->natt && demonym_after(v, gl + 1) && v->u[gl + 1].ent == g->att[0])
			gl++;
		/* "Leopard 2 tanks from Portugal arrived", "des chars du
		 * Portugal sont arrivés": so does the state they come from */
		int src = gl + 1 + word_is(v, gl + 1, "from");
		if (word_is(v, gl + 1, "en") && word_is(v, gl + 2, "provenance"))
			src = gl + 3; /* "des obusiers en provenance du Canada" */
		if (g->natt && source_state(v, src) && v->u[src].ent == g->att[0]) {
			gl = src;
			while (gl + 2 < (int)v->n && (is_punct(v, gl + 1, ',') || fwa(v, gl + 1) & W_COORD) &&
			       role_at(v, gl + 2) == DS_R_PROV && g->natt > 1)
				gl += 2;
		}
		/* an aside between commas after the item: "The ammunition, paid
		 * for by Germany, was delivered" */
		int ga = gl;
		if (is_punct(v, gl + 1, ','))
			for (int x = gl + 2; x < (int)v->n && x <= gl + 12; x++) {
				if (is_punct(v, x, ',')) {
					ga = x;
					break;
				}
				if (v->u[x].kind == DS_U_PUNCT)
					break;
			}
		int left = -1, right = -1, adj = -1, far = -1;
		for (int q = 0; q < nc; q++) {
			const struct cue *c = &cs[q];
			int p = c->pos;
			if (!cue_accepts(v, c, g))
				continue;
			if (c->tense == T_ADJPRE) {
				/* "US-supplied HIMARS": only the item right after */
				if (p < g->first && g->first - p <= 2)
					left = q;
				continue;
			}
			if (takes_left(c) && c->first > gl && c->first - gl <= 3 &&
			    only_adverbs(v, gl, c->first) && adj < 0)
				adj = q;
			if (takes_left(c) && ga > gl && c->first > ga && c->first - ga <= 2 &&
			    only_adverbs(v, ga, c->first) && adj < 0)
				adj = q;
			/* a relative without "that": "the missiles it sent" */
			if (!v->fr && c->tense == T_PAST && c->first > g->last &&
			    c->first - g->last <= 2 && (fwa(v, g->last + 1) & W_PRON ||
							role_at(v, g->last + 1) == DS_R_PROV) &&
			    adj < 0)
				adj = q;
			if (p < g->first && cl[p] == c0 && (left < 0 || p > cs[left].pos))
				left = q;
			if (p > g->last && cl[p] == c0 && (right < 0 || p < cs[right].pos))
				right = q;
			if (p < g->first && g->first - p <= 15 && !takes_left(c) && cl[p] == c0 &&
			    (far < 0 || p > cs[far].pos))
				far = q;
		}
		/* "les Abrams promis (par Washington) ont été livrés", "the
		 * tanks promised by Berlin were delivered (have arrived)": the
		 * participle describes the item, the verb after it tells what
		 * happened; a verb denied ("n'arriveront pas avant l'automne")
		 * leaves the promise */
		if (adj >= 0 && cs[adj].tense == T_ADJ) {
			int j = cs[adj].pos + 1;
			if (fwa(v, j) & W_AGENT && role_at(v, j + 1) == DS_R_PROV)
				j += 2;
			for (int q = 0; q < nc; q++)
				if (!cs[q].neg && (cs[q].tense >= T_PASS_PRES ||
				     (cs[q].cls == C_ARRIVE && cs[q].tense != T_NOUN)) &&
				    cs[q].first >= j && only_adverbs(v, j - 1, cs[q].first) &&
				    cue_accepts(v, &cs[q], g)) {
					adj = q;
					break;
				}
		}
		/* a list after "y compris", "including", "notamment" */
		int incl = -1;
		for (int j = g->first - 1; j >= 0 && cl[j] == c0 && cue_at(cs, nc, j) < 0; j--)
			if (fwa(v, j) & W_INCL || word_is(v, j, "compris")) {
				incl = j;
				break;
			}
		if (incl >= 0 && !(left >= 0 && cs[left].pos > incl)) {
			for (int q = 0; q < nc; q++)
				if (cs[q].pos < incl && cs[q].tense != T_NOUN && cue_accepts(v, &cs[q], g)) {
					g->cue = q;
					break;
				}
			if (g->cue >= 0)
				continue;
		}
		/* items do not give: an item before an active verb is not its
		 * subject; a participle far after an item is another noun's */
		/* the participle after it, and the verb it is the object of */
		if (adj >= 0 && left >= 0 && !takes_left(&cs[left]) && g->first - cs[left].pos <= 6 &&
		    !subject_between(v, cs[left].pos, g->first))
			g->cue2 = left;
		/* "a livré tous les chars promis": the promise only tells which
		 * things the delivery was of */
		/* "will hand over NASAMS launchers purchased from Norway": where
		 * they were bought; the seller gives nothing */
		if (adj >= 0 && cs[adj].cls == C_PROCURE && cs[adj].tense == T_ADJ &&
		    (word_is(v, cs[adj].pos + 1, "from") || word_is(v, cs[adj].pos + 1, "aupres") ||
		     (role_at(v, cs[adj].pos + 1) == DS_R_PROV &&
		      prep_eq(prep_of(v, cs[adj].pos + 1), "\xc3\xa0 ")))) {
			adj = -1;
			g->cue2 = -1;
		}
		if (g->cue2 >= 0 && adj >= 0 && cs[adj].cls == C_PLEDGE && cs[adj].tense == T_ADJ &&
		    !(fwa(v, cs[adj].pos + 1) & W_AGENT) && !cs[left].neg &&
		    (cs[left].cls == C_GIVE || cs[left].cls == C_DONATE) &&
		    (cs[left].tense == T_PAST || cs[left].tense == T_PASS_PAST)) {
			adj = -1;
			g->cue2 = -1;
		}
		if (adj >= 0)
			g->cue = adj;
		else if (g->money && right >= 0 && (left < 0 || cs[right].pos - g->last <
							 g->first - cs[left].pos) &&
			 !subject_between(v, g->last, cs[right].first))
			g->cue = right; /* "D'une valeur de 2 milliards, l'aide comprend" */
		else if (left >= 0)
			g->cue = left;
		else if (right >= 0 && cs[right].cls == C_ARRIVE && !subject_between(v, gl, cs[right].first))
			g->cue = right;
		else
			g->cue = far;
		/* "a promise to drop missile defence", "promis de retirer ses
		 * missiles": what follows another verb is that verb's */
		if (g->cue >= 0 && cs[g->cue].pos < g->first &&
		    other_verb_between(v, cs, nc, cs[g->cue].pos, g->first))
			g->cue = -1;
		/* "..., but not its S-300": the verb of the clause before */
		if (g->cue < 0 && excepted(v, g))
			for (int q = 0; q < nc; q++)
				if (cs[q].pos < g->first && cue_accepts(v, &cs[q], g) &&
				    (g->cue < 0 || cs[q].pos > cs[g->cue].pos))
					g->cue = q;
	}
}

/* --- providers ------------------------------------------------------------------- */

struct provs {
	int n;
	int32_t p[MAX_PROV];
	uint8_t blocked; /* a vague group, Russia or Ukraine is the subject */
	uint8_t first;   /* "nous", "we": whoever speaks */
	uint8_t ukr;     /* Ukraine is the subject */
	uint8_t weak;    /* found by the fallbacks, not as subject or agent */
	uint8_t country; /* "son pays", "his country" with no state named before
			  * (1); "the country", "le pays" (2) */
	uint8_t vague;   /* blocked by a vague group as the subject ("several
			  * countries"), whom a later sentence may name */
	uint8_t several; /* "the two countries", "les deux pays" with fewer
			  * states named before: how many (the sentence
			  * before names them) */
};

static void prov_add(struct provs *ps, int32_t e)
{
	if (e < 0)
		return;
	for (int i = 0; i < ps->n; i++)
		if (ps->p[i] == e)
			return;
	if (ps->n < MAX_PROV)
		ps->p[ps->n++] = e;
}

/* Is a party mention at i placed as a subject: not after "à", "to",
 * "with", "de" (unless "les pays de l'OTAN"), not a reporter ("selon X",
 * "said X"), not an adjective ("américain") unless it names a government
 * ("les Américains", "le gouvernement canadien", "Norwegian authorities")? */
static int verb_follows(const struct ds_sentview *v, int j);

static int subject_like(const struct ds_sentview *v, int j)
{
	const struct ds_unit *u = &v->u[j];
	const char *p = prep_of(v, j);
	if (prep_is_oblique(p))
		return word_is(v, j - 1, "quant"); /* "Quant à la Croatie, elle" */
	/* ("le premier pays de l'OTAN à livrer", one member named elsewhere:
	 * build_view has made that mention no party) */
	if (prep_is_genitive(p))
		return (fwa(v, j - 1) & (W_COLL | W_GOVN)) != 0;
	uint64_t f = fwa(v, j - 1);
	if (word_is(v, j - 1, "with") && (word_is(v, j - 2, "along") || word_is(v, j - 2, "together")))
		return 1;
	/* "the government in Berlin", "officials in Warsaw" */
	static const char *const rulers[] = {"government", "authorities", "officials", "leaders",
					     "administration", "leadership", NULL};
	if (word_is(v, j - 1, "in") && word_in(v, j - 2, rulers))
		return 1;
	if (f & (W_OBL | W_GEN) && !(f & W_DET) && !word_is(v, j + 1, "'s"))
		return (f & W_GEN) && (fwa(v, j - 2) & (W_COLL | W_GOVN));
	if (word_is(v, j - 1, "\xc3\xa0"))
		return 0;
	if (f & W_REPORT || (role_at(v, j - 1) && fwa(v, j - 2) & W_REPORT))
		return 0;
	if (u->form == DOSSIER_FORM_DEMONYM) {
		if (u->cap && (p || (f & W_DET)))
			return 1;
		/* a headline: "Czechs deliver T-72 tanks", "Swiss block re-export" */
		if (j == 0 && u->cap && verb_follows(v, j))
			return 1;
		if (f & W_GOVN || fwa(v, j + 1) & W_GOVN)
			return 1;
		/* "le paquet néerlandais comprend", "l'aide allemande" */
		static const char *const gifts[] = {
			"paquet",       "enveloppe", "aide",        "contribution", "livraison",
			"livraisons",   "don",       "dons",        "envoi",        "envois",
			"promesse",     "promesses", "offre",       "transfert",    "cession",
			"engagement",   "soutien",   "fourniture",  "donation",     "refus",
			"veto",         "decision",  "proposition", "accord",       "autorisation",
			"interdiction", NULL};
		if (j > 0 && ((v->u[j - 1].kind == DS_U_MENTION && v->u[j - 1].package) ||
			      word_in(v, j - 1, gifts)))
			return 1;
		/* "the new Danish package", "the German contribution" */
		static const char *const gifts_en[] = {"package", "aid", "contribution", "donation",
						       "donations", "delivery", "deliveries", "gift",
						       "assistance", NULL};
		if (!v->fr && j + 1 < (int)v->n &&
		    ((v->u[j + 1].kind == DS_U_MENTION && v->u[j + 1].package) ||
		     word_in(v, j + 1, gifts_en)))
			return 1;
		return 0;
	}
	return 1;
}

/* "le pays", "ce pays", "the country": a state already named. */
static int the_country(const struct ds_sentview *v, int j)
{
	static const char *const det[] = {"le", "ce", "son", "leur", "the", "this", "his", "her",
					  "its", "their", NULL};
	if (!word_is(v, j, "pays") && !word_is(v, j, "country"))
		return 0;
	/* "the Nordic country", "the Baltic country": an adjective of place */
	if (!v->fr && j >= 2 && is_word(v, j - 1) && v->u[j - 1].cap && !role_at(v, j - 1) &&
	    (word_is(v, j - 2, "the") || word_is(v, j - 2, "this")))
		return 1;
	return word_in(v, j - 1, det);
}

/* "the two countries", "both countries", "les deux pays", "ces trois
 * Etats": how many states named before the words at j (ending there) stand
 * for; else 0. */
static int several_named(const struct ds_sentview *v, int j)
{
	static const char *const states[] = {"countries", "nations", "states", "pays", "etats",
					     NULL};
	static const char *const det[] = {"the", "these", "those", "les", "ces", NULL};
	if (!word_in(v, j, states))
		return 0;
	if (word_is(v, j - 1, "both") || (word_is(v, j - 1, "deux") && word_is(v, j - 2, "les") &&
					  word_is(v, j - 3, "tous")))
		return 2;
	if (j < 2 || v->u[j - 1].kind != DS_U_NUM || v->u[j - 1].approx || v->u[j - 1].currency ||
	    !word_in(v, j - 2, det))
		return 0;
	double n = v->u[j - 1].num;
	return n >= 2 && n <= 4 && n == (double)(int)n ? (int)n : 0;
}

/* Is a vague word at j the subject ("les alliés", "Western countries",
 * "plusieurs pays")? "le pays" is a country already named: not vague. */
static int vague_subject(const struct ds_sentview *v, int j)
{
	uint64_t f = fwa(v, j);
	if (!(f & W_VAGUE))
		return 0;
	if (is_item_unit(v, j - 1))
		return 0; /* "chars occidentaux": an adjective */
	if (fwa(v, j - 1) & (W_OBL | W_GEN) && !(fwa(v, j - 1) & W_DET))
		return 0;
	if (word_is(v, j - 1, "\xc3\xa0"))
		return 0;
	if (the_country(v, j))
		return 0;
	/* "EU member states", "NATO members": the organisation as a whole;
	 * "15 EU countries", "some NATO members" are some of them */
	static const char *const members[] = {"member", "members", "states", "countries", "nations",
					      "membres", "pays", "etats", NULL};
	for (int k = j - 1; k >= 0 && k >= j - 2; k--) {
		if (!(role_at(v, k) == DS_R_PROV && v->kb->ents[v->u[k].ent].kind == DOSSIER_KIND_ORG &&
		      word_in(v, j, members)))
			continue;
		/* back over "EU and NATO" to a number or "some" */
		int q = k - 1;
		while (q >= 0 && q >= k - 4 && (role_at(v, q) == DS_R_PROV || fwa(v, q) & W_COORD))
			q--;
		if (!(q >= 0 && (v->u[q].kind == DS_U_NUM || fwa(v, q) & W_VAGUE ||
				 word_is(v, q, "some") || word_is(v, q, "certains"))))
			return 0;
	}
	/* the subject of a verb right after: "les alliés ont promis", "allies
	 * pledged"; not an object ("informed some allies of") */
	for (int k = j + 1; k < (int)v->n && k <= j + 4; k++) {
		const struct ds_unit *u = &v->u[k];
		if (u->kind == DS_U_PUNCT && u->punct == ',')
			continue;
		if (u->kind != DS_U_WORD)
			return 0;
		uint64_t g = fw_of(u);
		if (g & (W_HAVE | W_BE | W_GO | W_WILL | W_WOULD | W_CAN | W_COULD | W_WANT | W_MUST |
			 W_SHOULD | W_DO))
			return 1;
		const struct entry *e = entry_of(u);
		if (e && e->cls && !(e->morph & M_NOUN))
			return 1;
		if (!(g & (W_VAGUE | W_QADJ | W_SKIP | W_COLL)))
			return 0;
	}
	return 0;
}

/* Adds mention j and the parties coordinated before it ("Les États-Unis,
 * la France et l'Allemagne"). */
/* Is party mention j set apart from what is said: "but not France",
 * "unlike Germany", "except Poland", "contrairement à la France", "à la
 * différence de l'Allemagne", "sauf la Pologne"? */
static int excluded_party(const struct ds_sentview *v, int j)
{
	static const char *const apart[] = {"unlike", "except", "excepting", "excluding", "sauf",
					    "excepte", "hormis", NULL};
	int k = j - 1;
	const char *p = prep_of(v, j);
	/* "contrairement à", "à la différence de": the preposition may be in
	 * the mention ("à la France") or a word of its own */
	if (!p && (word_is(v, k, "\xc3\xa0") || word_is(v, k, "de") || word_is(v, k, "d'") ||
		   word_is(v, k, "du") || word_is(v, k, "au") || word_is(v, k, "aux")))
		k--, p = "";
	if (p)
		return word_is(v, k, "contrairement") ||
		       (word_is(v, k, "difference") && word_is(v, k - 2, "\xc3\xa0"));
	if (word_is(v, k, "not")) /* "but not Finland", ", not Finland," */
		return word_is(v, k - 1, "but") || is_punct(v, k - 1, ',');
	return word_in(v, k, apart);
}

/* The comma that opens a comparison whose "comme" or "like" is unit q
 * (", comme", ", tout comme", ", like", ", just like"), or -1. */
static int comparison_at(const struct ds_sentview *v, int q)
{
	if (!(word_is(v, q, "comme") || word_is(v, q, "like")))
		return -1;
	if (is_punct(v, q - 1, ','))
		return q - 1;
	if ((word_is(v, q - 1, "tout") || word_is(v, q - 1, "just")) && is_punct(v, q - 2, ','))
		return q - 2;
	return -1;
}

static void coord_left(const struct ds_sentview *v, int j, struct provs *ps)
{
	int32_t found[9];
	int nf = 0;
	found[nf++] = v->u[j].ent;
	int k = j;
	for (int steps = 0; steps < 8; steps++) {
		int q = k - 1;
		/* "France, as well as Germany,", "la France, tout comme
		 * l'Allemagne,", "France, just like Germany," */
		int like = (word_is(v, q, "as") && word_is(v, q - 1, "well") && word_is(v, q - 2, "as")) ||
			   comparison_at(v, q) >= 0;
		if (!(is_punct(v, q, ',') || (fwa(v, q) & W_COORD) || word_is(v, q, "que") ||
		      word_is(v, q, "with") || like))
			break;
		while (q > 0 && (is_punct(v, q, ',') || (fwa(v, q) & W_COORD) || word_is(v, q, "que") ||
				 word_is(v, q, "with") || word_is(v, q, "well") || word_is(v, q, "as") ||
				 (like && (word_is(v, q, "comme") || word_is(v, q, "like") ||
					   word_is(v, q, "tout") || word_is(v, q, "just")))))
			q--;
		if (role_at(v, q) != DS_R_PROV || v->u[q].form == DOSSIER_FORM_DEMONYM ||
		    excluded_party(v, q))
			break;
		found[nf++] = v->u[q].ent;
		k = q;
	}
	/* in the order of the text, for lists read in pairs */
	while (nf > 0)
		prov_add(ps, found[--nf]);
}

/* Adds mention j and the parties coordinated after it ("Germany and
 * Poland", "de l'Espagne et du Danemark"). */
static void coord_right(const struct ds_sentview *v, int j, struct provs *ps)
{
	prov_add(ps, v->u[j].ent);
	int k = j;
	for (int steps = 0; steps < 8; steps++) {
		int q = k + 1;
		if (!(is_punct(v, q, ',') || (fwa(v, q) & W_COORD)))
			break;
		while (q < (int)v->n && (is_punct(v, q, ',') || (fwa(v, q) & W_COORD) ||
					 word_is(v, q, "de") || word_is(v, q, "d'") ||
					 word_is(v, q, "from")))
			q++;
		if (role_at(v, q) != DS_R_PROV || v->u[q].form == DOSSIER_FORM_DEMONYM)
			break;
		prov_add(ps, v->u[q].ent);
		k = q;
	}
}

/* Does a verb follow unit j (its subject): an auxiliary, a modal or a cue
 * word, after adverbs and a comma-free apposition? */
static int verb_follows(const struct ds_sentview *v, int j)
{
	for (int k = j + 1; k < (int)v->n && k <= j + 4; k++) {
		const struct ds_unit *u = &v->u[k];
		if (u->kind != DS_U_WORD)
			return 0;
		uint64_t f = fw_of(u);
		if (f & (W_HAVE | W_BE | W_GO | W_WILL | W_WOULD | W_CAN | W_COULD | W_WANT | W_MUST |
			 W_SHOULD | W_DO | W_FAIRE))
			return 1;
		const struct entry *e = entry_of(u);
		if (e && e->cls && !(e->morph & M_NOUN))
			return 1;
		/* "Zelensky called on": a verb of a phrase, not of the lexicon */
		if (word_in(v, k, call) && word_in(v, k + 1, on))
			return 1;
		if (!(f & (W_SKIP | W_NEG | W_NEGEND)))
			return 0;
	}
	return 0;
}

/* The last word of "in turn", "in return", "in exchange", "à son tour", "en
 * échange", "en retour", "en contrepartie": an aside inside a clause. */
static int in_turn(const struct ds_sentview *v, int k)
{
	static const char *const head[] = {"en", "in", "son", "leur", NULL};
	static const char *const tail[] = {"turn",    "return", "exchange",     "tour",
					   "echange", "retour", "contrepartie", NULL};
	return word_in(v, k, tail) && word_in(v, k - 1, head);
}

/* Is the cue whose verb group starts at `from` inside the relative clause
 * opened at j: only its verb group between, or, for a noun, one verb and no
 * comma nor party? */
static int relative_holds(const struct ds_sentview *v, int j, int from)
{
	int verbs = 0;
	for (int k = j + 1; k < from; k++) {
		const struct ds_unit *u = &v->u[k];
		if (u->kind == DS_U_PUNCT || role_at(v, k) == DS_R_PROV || role_at(v, k) == DS_R_UKR)
			return 0;
		if (u->kind != DS_U_WORD)
			continue;
		uint64_t f = fw_of(u);
		const struct entry *e = entry_of(u);
		if (f & (W_HAVE | W_BE | W_WILL | W_WOULD | W_CAN | W_COULD | W_MUST | W_SHOULD) ||
		    (e && e->cls && !(e->morph & M_NOUN)))
			verbs++;
		else if (!(f & (W_SKIP | W_NEG | W_NEGEND | W_PRON | W_DET | W_TO | W_OBL | W_GEN)) &&
			 !ds_unit_is(v, (size_t)k, "devoted") && !ds_unit_is(v, (size_t)k, "consacree") &&
			 !ds_unit_is(v, (size_t)k, "dedicated") && !in_turn(v, k))
			return 0;
	}
	return verbs <= 3;
}

/* The subject of the cue whose verb group starts at `from`: the nearest
 * party placed as a subject to its left, with its coordinated list. A vague
 * group, Russia or Ukraine found first blocks; "nous"/"we" asks for the
 * speaker. */
static void subject_of(const struct ds_sentview *v, int from, struct provs *ps)
{
	/* "warned Germany (the West) against sending": who was warned would
	 * give */
	if (word_is(v, from - 1, "against") || word_is(v, from - 1, "from")) {
		int j = from - 2;
		if (role_at(v, j) == DS_R_PROV && v->u[j].form != DOSSIER_FORM_DEMONYM) {
			coord_left(v, j, ps);
			return;
		}
		if (fwa(v, j) & W_VAGUE || fwa(v, j) & W_COLL) {
			ps->blocked = 1;
			return;
		}
	}
	for (int j = from - 1, steps = 0; j >= 0 && steps < 48; j--, steps++) {
		const struct ds_unit *u = &v->u[j];
		/* "Finland, which joined NATO last year, has sent", "Germany, the
		 * largest donor after Britain, has": the subject is before the
		 * aside between commas */
		if (j == from - 1 && is_punct(v, j, ',')) {
			for (int k = j - 2; k >= 1 && j - k <= 20; k--) {
				if (!is_punct(v, k, ','))
					continue;
				/* (not a comparison: "la France, tout comme
				 * l'Allemagne, a livré" is said of both) */
				int p = comparison_at(v, k + 1) == k ? k + 2 :
					comparison_at(v, k + 2) == k ? k + 3 : -1;
				int like = p >= 0;
				if (like) {
					while (p < j && fwa(v, p) & W_DET)
						p++;
					/* a party named, not "like other NATO members",
					 * "like many allies" (then the subject is before) */
					like = role_at(v, p) == DS_R_PROV &&
					       v->u[p].form != DOSSIER_FORM_DEMONYM &&
					       !(fwa(v, p + 1) & (W_COLL | W_VAGUE));
				}
				if (v->u[k - 1].kind == DS_U_MENTION && v->u[k - 1].role == DS_R_PROV &&
				    !like &&
				    (fwa(v, k + 1) & (W_REL | W_DET) || word_is(v, k + 1, "a") ||
				     word_is(v, k + 1, "an") || word_is(v, k + 1, "un") ||
				     word_is(v, k + 1, "une") || word_is(v, k + 1, "like") ||
				     word_is(v, k + 1, "comme") || word_is(v, k + 1, "tout") ||
				     word_is(v, k + 1, "just")))
					j = k;
				break;
			}
			continue;
		}
		if (u->kind == DS_U_MENTION) {
			if (u->role == DS_R_PROV && excluded_party(v, j))
				continue;
			/* "la France, tout comme l'Allemagne, a livré": both */
			int c0 = comparison_at(v, j - 1);
			if (u->role == DS_R_PROV && u->form != DOSSIER_FORM_DEMONYM && c0 >= 0 &&
			    role_at(v, c0 - 1) == DS_R_PROV) {
				coord_left(v, j, ps);
				return;
			}
			if (u->role == DS_R_PROV && subject_like(v, j)) {
				coord_left(v, j, ps);
				return;
			}
			/* Ukraine or Russia as the subject of a verb right after
			 * ("l'Ukraine a reçu", "Kyiv has used") blocks; as an object
			 * ("soutenir l'Ukraine en lui procurant") it does not */
			/* "Germany and Ukraine reached an agreement": the other
			 * party of the pair gives */
			if (u->role == DS_R_UKR && fwa(v, j - 1) & W_COORD && role_at(v, j - 2) == DS_R_PROV &&
			    v->u[j - 2].form != DOSSIER_FORM_DEMONYM && subject_like(v, j - 2) &&
			    verb_follows(v, j)) {
				coord_left(v, j - 2, ps);
				return;
			}
			/* "Kyiv's wish list for Washington includes": Ukraine's
			 * own subject, at the head of its clause */
			if (u->role == DS_R_UKR && !v->fr && word_is(v, j + 1, "'s") &&
			    (j == 0 || is_punct(v, j - 1, ',') || is_punct(v, j - 1, ';')) &&
			    !prep_of(v, j)) {
				ps->blocked = 1;
				ps->ukr = 1;
				return;
			}
			if ((u->role == DS_R_UKR || u->role == DS_R_ENEMY) && subject_like(v, j) &&
			    u->form != DOSSIER_FORM_DEMONYM && verb_follows(v, j)) {
				ps->blocked = 1;
				ps->ukr = u->role == DS_R_UKR;
				return;
			}
			continue;
		}
		if (u->kind != DS_U_WORD)
			continue;
		/* a subject relative whose verb is this cue (or holds this noun):
		 * its subject is what it follows ("Kuleba, qui a exhorté", "a
		 * meeting ..., which would be devoted to the supply") */
		if ((word_is(v, j, "qui") || word_is(v, j, "which") || word_is(v, j, "who")) &&
		    relative_holds(v, j, from)) {
			int a = j - 1;
			if (is_punct(v, a, ','))
				a--;
			/* "a new aid package for Ukraine, which includes": the
			 * relative is the package's, whose giver is further left */
			static const char *const packages[] = {
				"package", "packages", "aid", "assistance", "tranche", "paquet",
				"paquets", "aide", "enveloppe", "programme", "program", NULL};
			int pfor = word_is(v, a - 1, "for") || word_is(v, a - 1, "to") ||
				   word_is(v, a - 1, "pour");
			if (role_at(v, a) == DS_R_UKR && (pfor || prep_is_oblique(prep_of(v, a))) &&
			    (word_in(v, a - 1 - pfor, packages) ||
			     (role_at(v, a - 1 - pfor) == DS_R_CAT && v->u[a - 1 - pfor].cat &&
			      !strcmp(v->u[a - 1 - pfor].cat, "military aid package")))) {
				j = a - 1;
				continue;
			}
			/* "Poland, Canada and Norway are among the countries that
			 * have sent", "figurent parmi les pays qui ont livré", "fait
			 * partie des pays qui": the ones said to be among them */
			static const char *const group[] = {"countries", "nations", "states",
							    "donors",    "allies",  "pays",
							    "etats",     "donateurs", NULL};
			int among = a - 1;
			if (fwa(v, among) & W_DET && !word_is(v, among, "des"))
				among--;
			if (!role_at(v, a) && word_in(v, a, group) &&
			    (word_is(v, among, "among") || word_is(v, among, "parmi") ||
			     (word_is(v, among, "des") && word_is(v, among - 1, "partie")))) {
				int k = among - 1;
				while (k > 0 && k >= among - 4 && is_word(v, k) && !role_at(v, k))
					k--;
				if (role_at(v, k) == DS_R_PROV &&
				    v->u[k].form != DOSSIER_FORM_DEMONYM) {
					coord_left(v, k, ps);
					return;
				}
			}
			if (role_at(v, a) == DS_R_PROV)
				coord_left(v, a, ps);
			else if (role_at(v, a) == DS_R_UKR || role_at(v, a) == DS_R_ENEMY) {
				ps->blocked = 1;
				ps->ukr = role_at(v, a) == DS_R_UKR;
			}
			return;
		}
		if (u->kind == DS_U_WORD && u->unnamed) {
			ps->blocked = 1;
			return;
		}
		int several = several_named(v, j);
		if (several) {
			/* "the two countries", "les deux pays": the states named
			 * last before, in the sentence or the one before */
			int32_t got[4];
			int ng = 0;
			for (int k = j - 2; k >= 0 && ng < several; k--) {
				if (role_at(v, k) != DS_R_PROV ||
				    v->u[k].form == DOSSIER_FORM_DEMONYM ||
				    v->kb->ents[v->u[k].ent].kind != DOSSIER_KIND_STATE)
					continue;
				int dup = 0;
				for (int q = 0; q < ng; q++)
					dup |= got[q] == v->u[k].ent;
				if (!dup)
					got[ng++] = v->u[k].ent;
			}
			if (ng == several) {
				for (int q = ng - 1; q >= 0; q--)
					prov_add(ps, got[q]);
				return;
			}
			ps->several = (uint8_t)several;
			return;
		}
		if (the_country(v, j)) {
			/* "après que le pays a proposé": the state named before */
			for (int k = j - 2; k >= 0; k--)
				if (role_at(v, k) == DS_R_PROV && v->u[k].form != DOSSIER_FORM_DEMONYM) {
					prov_add(ps, v->u[k].ent);
					return;
				}
			/* "He said his country would", "son pays livrerait": the
			 * state of whom the sentences before are about */
			if (word_is(v, j - 1, "son") || word_is(v, j - 1, "his") ||
			    word_is(v, j - 1, "her") || word_is(v, j - 1, "their") ||
			    word_is(v, j - 1, "leur")) {
				ps->country = 1;
				return;
			}
			/* "The (Nordic) country will now send", "Le pays enverra":
			 * the state the sentence before is about */
			ps->country = 2;
			return;
		}
		if (vague_subject(v, j)) {
			/* "Washington and its allies", "Britain, Poland and the
			 * Baltic states": the named ones, listed before */
			int q = j - 1;
			while (q >= 0 && j - q <= 3 && is_word(v, q) &&
			       (fwa(v, q) & (W_DET | W_QADJ | W_VAGUE) || v->u[q].cap) &&
			       !(fwa(v, q) & W_COORD))
				q--;
			if (q > 0 && fwa(v, q) & W_COORD && !word_is(v, q, "or") &&
			    !word_is(v, q, "ou") && role_at(v, q - 1) == DS_R_PROV &&
			    v->u[q - 1].form != DOSSIER_FORM_DEMONYM) {
				coord_left(v, q - 1, ps);
				return;
			}
			/* "Western countries, including Germany": the named one */
			ps->blocked = 1;
			ps->vague = 1;
			return;
		}
		if ((fw_of(u) & (W_FIRST | W_PRON)) == (W_FIRST | W_PRON)) {
			ps->first = 1;
			return;
		}
	}
}

/* Parties after position `from` in the same clause: the party asked
 * ("urged Germany", "pressed the U.S. for"), the source of a reception
 * ("des États-Unis", "from Germany"), the agent of a passive ("par X", "by
 * X"). `genitive` keeps only sources. */
static void parties_after(const struct ds_sentview *v, int from, int limit, const uint8_t *cl,
			  int genitive, struct provs *ps)
{
	int vague = 0;
	for (int j = from + 1; j < (int)v->n && j <= from + limit && cl[j] == cl[from]; j++) {
		const struct ds_unit *u = &v->u[j];
		if (u->kind == DS_U_WORD && (fw_of(u) & W_VAGUE) && !is_item_unit(v, j - 1)) {
			/* "des pays occidentaux, en particulier des États-Unis": a
			 * named party after the vague one may still come */
			vague = 1;
			continue;
		}
		if (u->kind != DS_U_MENTION || u->role != DS_R_PROV)
			continue;
		if (u->form == DOSSIER_FORM_DEMONYM && !subject_like(v, j))
			continue;
		if (genitive && !prep_is_genitive(prep_of(v, j)) && !(fwa(v, j - 1) & W_SOURCE) &&
		    !(fwa(v, j - 1) & W_INCL))
			continue;
		coord_right(v, j, ps);
		return;
	}
	if (vague)
		ps->blocked = 1;
}

/* Any party of the sentence that may have acted, nearest to `at` first: a
 * subject, an agent, a speaker ("a déclaré le ministre"), not a place ("en
 * Allemagne", "à Kiev"). */
static void any_party(const struct ds_sentview *v, int at, struct provs *ps)
{
	int best = -1, bestd = 1 << 30;
	for (int j = 0; j < (int)v->n; j++) {
		const struct ds_unit *u = &v->u[j];
		if (u->kind != DS_U_MENTION || u->role != DS_R_PROV)
			continue;
		if (prep_is_oblique(prep_of(v, j)) || word_is(v, j - 1, "\xc3\xa0") ||
		    word_is(v, j - 1, "in") || word_is(v, j - 1, "to") || word_is(v, j - 1, "vers") ||
		    word_is(v, j - 1, "depuis") || word_is(v, j - 1, "with") || word_is(v, j - 1, "avec"))
			continue;
		if (u->form == DOSSIER_FORM_DEMONYM && !subject_like(v, j))
			continue;
		int d = j < at ? at - j : j - at;
		if (d < bestd) {
			best = j;
			bestd = d;
		}
	}
	if (best >= 0)
		prov_add(ps, v->u[best].ent);
}

/* --- the document -------------------------------------------------------------- */

/* What the sentences before tell the next ones. */
struct aid_ctx {
	struct provs last;  /* the providers of the last records */
	size_t last_sent;
	int has_last;
	int32_t item;       /* the last named system, for "en" and "le système" */
	size_t item_sent;
	int ukr_seen;       /* Ukraine was named, last in sentence ukr_sent */
	int aid_doc;        /* the document names Ukraine or materiel somewhere */
	size_t ukr_sent;
	int32_t topic;      /* the last party named as a subject or speaker */
	size_t topic_sent;
	int32_t speaker;    /* the state of the last person or role named */
	size_t speaker_sent;
	int32_t partner;    /* the other side of an exchange just told */
	size_t partner_sent;
	int32_t subj;       /* the state the last sentence was about (its first
			     * party named as a subject), -2 for Ukraine or Russia */
	size_t subj_sent;
	int32_t named[4];   /* the states the last sentence named, in order */
	int nnamed;
	size_t named_sent;
	/* gifts of a vague group in sentence vague_sent ("Plusieurs pays
	 * ont proposé leurs T-72"), for a next sentence that names its
	 * members ("Tel a été le cas de la Pologne") */
	struct {
		uint8_t action;
		int32_t item;
		const char *cat;
	} vague[4];
	int nvague;
	size_t vague_sent;
	/* the systems named lately, the latest last (for "the missiles") */
	int32_t seen[8];
	size_t seen_sent[8];
	int nseen;
};

/* Notes system `item` (-1: none) named in sentence si. */
static void remember_item(struct aid_ctx *ctx, int32_t item, size_t si)
{
	if (item >= 0) {
		int k = 0;
		while (k < ctx->nseen && ctx->seen[k] != item)
			k++;
		if (k == ctx->nseen && ctx->nseen == (int)DS_ARRAY_LEN(ctx->seen))
			k = 0; /* the oldest goes */
		else if (k == ctx->nseen)
			ctx->nseen++;
		for (; k + 1 < ctx->nseen; k++) {
			ctx->seen[k] = ctx->seen[k + 1];
			ctx->seen_sent[k] = ctx->seen_sent[k + 1];
		}
		ctx->seen[ctx->nseen - 1] = item;
		ctx->seen_sent[ctx->nseen - 1] = si;
	}
}

static void copy_provs(struct provs *to, const struct provs *from)
{
	for (int i = 0; i < from->n; i++)
		prov_add(to, from->p[i]);
}

/* The providers of the chain from cue `bottom` up to its top governor. */
static void chain_providers_of(const struct ds_sentview *v, const struct cue *cs, int bottom,
			       const uint8_t *cl, const struct aid_ctx *ctx, size_t si,
			       struct provs *out);
static int32_t state_of(const struct dossier_kb *kb, int32_t e);

/* The state of the speaker of the quotation (found by ex_quote.c) that holds
 * text offset off, or -1. */
static int32_t quote_state(const struct ds_sentview *v, uint32_t off)
{
	const struct dossier_doc *doc = v->doc;
	for (size_t i = 0; i < doc->n_quotes; i++) {
		const struct ds_quote *q = &doc->quotes[i];
		if (q->start <= off && off < q->end)
			return q->speaker >= 0 ? state_of(v->kb, q->speaker) : -1;
	}
	return -1;
}

/* The providers of the chain from cue `bottom` up, and those who give with
 * them: "will donate 14 tanks together with Denmark", "conjointement avec
 * les Pays-Bas", "en coopération avec le Danemark". */
static void chain_providers(const struct ds_sentview *v, const struct cue *cs, int bottom,
			    const uint8_t *cl, const struct aid_ctx *ctx, size_t si,
			    struct provs *out)
{
	chain_providers_of(v, cs, bottom, cl, ctx, si, out);
	const struct cue *top = &cs[chain_top(cs, bottom)];
	if (!out->n || out->blocked || top->cls == C_REQUEST || top->cls == C_THANK)
		return;
	/* "Spain joins Germany and Portugal in sending tanks": the one who
	 * joins gives too */
	static const char *const joins[] = {"join", "joins", "joined", "joining", "rejoint",
					    "rejoignent", "rejoindra", "rejoindre", NULL};
	int in = top->first - 1; /* "in sending", "dans l'envoi" */
	if (v->fr == 1 && top->tense == T_NOUN && fwa(v, in) & W_DET)
		in--;
	if (word_is(v, in, v->fr ? "dans" : "in")) {
		int j = in - 1;
		while (j >= 0 && (role_at(v, j) == DS_R_PROV || fwa(v, j) & (W_COORD | W_DET) ||
				  is_punct(v, j, ',')))
			j--;
		if (j < in - 1 && word_in(v, j, joins)) {
			struct provs subj;
			memset(&subj, 0, sizeof subj);
			subject_of(v, j, &subj);
			for (int q = 0; q < subj.n && !subj.blocked; q++)
				prov_add(out, subj.p[q]);
			return;
		}
	}
	for (int j = top->first + 1; j + 2 < (int)v->n && cl[j] == cl[top->pos]; j++) {
		int q = -1;
		static const char *const jointly[] = {"together", "jointly", "along", NULL};
		if (word_in(v, j, jointly) && word_is(v, j + 1, "with"))
			q = j + 2;
		else if (word_is(v, j, "conjointement") && word_is(v, j + 1, "avec"))
			q = j + 2;
		/* "in cooperation with", "en coopération avec le Danemark" */
		else if (((word_is(v, j, "in") && word_is(v, j + 2, "with")) ||
			  (word_is(v, j, "en") && word_is(v, j + 2, "avec"))) &&
			 (word_is(v, j + 1, "cooperation") || word_is(v, j + 1, "partnership") ||
			  word_is(v, j + 1, "conjunction") || word_is(v, j + 1, "coordination") ||
			  word_is(v, j + 1, "collaboration") || word_is(v, j + 1, "partenariat")))
			q = j + 3;
		if (q >= 0 && q < (int)v->n && role_at(v, q) == DS_R_PROV && v->u[q].form != DOSSIER_FORM_DEMONYM) {
			coord_right(v, q, out);
			return;
		}
	}
}

static void chain_providers_of(const struct ds_sentview *v, const struct cue *cs, int bottom,
			       const uint8_t *cl, const struct aid_ctx *ctx, size_t si,
			       struct provs *out)
{
	int t = chain_top(cs, bottom);
	const struct cue *top = &cs[t], *b = &cs[bottom];
	memset(out, 0, sizeof *out);
	if (b->fixed >= 0 || top->fixed >= 0) {
		prov_add(out, v->u[b->fixed >= 0 ? b->fixed : top->fixed].ent);
		return;
	}
	if (top->cls == C_REQUEST) {
		/* Ukraine asks; the provider is the party asked */
		struct provs subj;
		memset(&subj, 0, sizeof subj);
		subject_of(v, top->first, &subj);
		if (subj.n || subj.first) {
			out->blocked = 1;
			return;
		}
		for (int j = top->pos + 1; bottom != t && j < b->first; j++)
			if (role_at(v, j) == DS_R_PROV) {
				coord_right(v, j, out);
				return;
			}
		/* a request told by its verb, to whom before it: "a adressé à
		 * l'Allemagne une demande de Taurus" */
		for (int j = top->first - 1; top->tense == T_NOUN && v->fr == 1 && j >= 0 &&
					     top->first - j <= 4 && cl[j] == cl[top->pos];
		     j--) {
			const char *p = role_at(v, j) == DS_R_PROV ? prep_of(v, j) : NULL;
			if (p && p[0] == 'a' && (p[1] == ' ' || p[1] == 'u') && /* "a l'", "au " */
			    v->u[j].form != DOSSIER_FORM_DEMONYM) {
				coord_right(v, j, out);
				return;
			}
			if (!(fwa(v, j) & (W_DET | W_QADJ)) && v->u[j].kind != DS_U_MENTION)
				break;
		}
		parties_after(v, top->pos, 16, cl, 0, out);
		return;
	}
	if (top->cls == C_THANK) {
		/* the party thanked: "remercié la Norvège pour", "thanked
		 * Denmark for", "thank you, Denmark, for" */
		for (int j = top->pos + 1; j < (int)v->n && j <= top->pos + 4 && cl[j] == cl[top->pos]; j++) {
			if (word_is(v, j, "pour") || word_is(v, j, "for"))
				break;
			if (role_at(v, j) == DS_R_PROV && v->u[j].form != DOSSIER_FORM_DEMONYM) {
				coord_right(v, j, out);
				return;
			}
		}
		out->blocked = 1;
		return;
	}
	if (top->cls == C_RECEIVE) {
		parties_after(v, top->pos, 24, cl, 1, out);
		if (out->n || out->blocked)
			return;
		goto context;
	}
	if (b->tense == T_NOUN) {
		/* the noun's own agent: "le feu vert à la livraison de chars par
		 * la Pologne", "approved the transfer of F-16s by the Netherlands",
		 * "l'envoi de Patriot par les Pays-Bas et l'Allemagne" */
		for (int j = b->pos + 1; j + 1 < (int)v->n && j <= b->pos + 8 && cl[j] == cl[b->pos]; j++) {
			if (is_punct(v, j, ','))
				break;
			if (fwa(v, j) & W_AGENT && role_at(v, j + 1) == DS_R_PROV &&
			    v->u[j + 1].form != DOSSIER_FORM_DEMONYM) {
				coord_right(v, j + 1, out);
				return;
			}
			/* "la livraison de F-16 par des pays tiers", "by third
			 * countries": a vague agent gives, no one named */
			if (fwa(v, j) & W_AGENT) {
				int k = j + 1;
				while (k < (int)v->n && k < j + 3 && is_word(v, k) &&
				       !(fwa(v, k) & (W_VAGUE | W_COLL)))
					k++;
				if (is_word(v, k) && fwa(v, k) & (W_VAGUE | W_COLL)) {
					out->blocked = 1;
					return;
				}
			}
		}
	}
	if (top->flags & X_OBJ && bottom != t && top->tense >= T_PASS_PRES) {
		/* "les Pays-Bas ont été autorisés par Washington à livrer": the
		 * subject is who gives, not the agent */
		subject_of(v, top->first, out);
		if (out->n || out->blocked || out->first)
			return;
	}
	if (top->flags & X_OBJ && bottom != t) {
		/* "la France a permis à la Belgique de leur céder" */
		for (int j = top->pos + 1; j < b->first; j++)
			if (role_at(v, j) == DS_R_PROV) {
				coord_right(v, j, out);
				return;
			}
	}
	if (takes_left(top) && top->cls != C_ARRIVE) {
		/* the agent: "fournis par les États-Unis", "delivered by" */
		for (int j = top->pos + 1; j <= top->pos + 4 && j < (int)v->n; j++) {
			if (!(fwa(v, j) & W_AGENT))
				continue;
			for (int k = j + 1; k <= j + 6 && k < (int)v->n; k++) {
				if (role_at(v, k) == DS_R_PROV) {
					coord_right(v, k, out);
					return;
				}
				/* "fournis par plus d'une dizaine de pays", "par
				 * l'Occident": a vague agent, no provider */
				if (role_at(v, k) || fwa(v, k) & (W_VAGUE | W_COLL) ||
				    (v->u[k].kind == DS_U_NUM && v->u[k].approx)) {
					out->blocked = (uint8_t)(role_at(v, k) != DS_R_ITEM &&
								 role_at(v, k) != DS_R_CAT);
					if (out->blocked)
						return;
					break;
				}
				if (v->u[k].kind == DS_U_PUNCT)
					break;
			}
			break;
		}
		/* who paid for it gives it: "The ammunition, paid for by
		 * Germany, was delivered", "les obus, financés par les
		 * Pays-Bas, ont été livrés" */
		static const char *const paid[] = {"paid", "funded", "financed", "bankrolled",
						   "payes", "payees", "paye", "payee", "finances",
						   "financees", "finance", "financee", NULL};
		for (int j = top->first - 1; j >= 1 && top->first - j <= 12 && cl[j] == cl[top->pos]; j--) {
			if (!(fwa(v, j) & W_AGENT) || role_at(v, j + 1) != DS_R_PROV ||
			    v->u[j + 1].form == DOSSIER_FORM_DEMONYM)
				continue;
			int q = j - 1;
			if (word_is(v, q, "for"))
				q--;
			if (word_in(v, q, paid)) {
				coord_right(v, j + 1, out);
				return;
			}
		}
	}
	if (top->tense == T_NOUN) {
		/* "the UK's donation", "Germany's announcement" */
		int j = top->pos - 1;
		while (j >= 0 && top->pos - j <= 3 && is_word(v, j) && fwa(v, j) & W_QADJ)
			j--;
		/* ... "the Netherlands' transfer", "Denmark's and Norway's
		 * donations" */
		if (possessive_mark(v, j) && role_at(v, j - 1) == DS_R_PROV) {
			int q = j - 1;
			if (fwa(v, q - 1) & W_COORD && !word_is(v, q - 1, "or") &&
			    possessive_mark(v, q - 2) && role_at(v, q - 3) == DS_R_PROV)
				prov_add(out, v->u[q - 3].ent);
			prov_add(out, v->u[q].ent);
			return;
		}
		/* "l'annonce de l'Allemagne", "delivery by X" */
		j = top->pos + 1;
		if (role_at(v, j) == DS_R_PROV && prep_is_genitive(prep_of(v, j)) &&
		    v->u[j].form != DOSSIER_FORM_DEMONYM) {
			coord_right(v, j, out);
			return;
		}
		if (fwa(v, j) & W_AGENT && role_at(v, j + 1) == DS_R_PROV) {
			coord_right(v, j + 1, out);
			return;
		}
	}
	if (!takes_left(top)) {
		/* "we can now supply": the pronoun inside the verb group; "it",
		 * "il", "he" (third, and whether a person) */
		int third = 0, person = 0;
		for (int j = top->first; j < top->pos; j++)
			if ((fwa(v, j) & (W_FIRST | W_PRON)) == (W_FIRST | W_PRON)) {
				out->first = 1;
			} else if (fwa(v, j) & W_PRON && !word_is(v, j, "on")) {
				third = 1;
				person = word_is(v, j, "he") || word_is(v, j, "she");
			}
		if (!out->first)
			subject_of(v, top->first, out);
		if (out->n || out->blocked)
			return;
		/* "It has sent dozens of T-72", "Elle a livré", "He said his
		 * country would": whom the sentences just before are about */
		if (out->several) {
			/* "Denmark and the Netherlands announced ... The two
			 * countries will deliver" */
			if (ctx->nnamed >= out->several && si - ctx->named_sent == 1) {
				for (int q = ctx->nnamed - out->several; q < ctx->nnamed; q++)
					prov_add(out, ctx->named[q]);
				out->weak = 1;
			} else {
				out->blocked = 1;
			}
			return;
		}
		if (third || out->country) {
			person |= out->country == 1;
			int32_t who = -1;
			if (person && ctx->speaker >= 0 && si - ctx->speaker_sent <= 2)
				who = ctx->speaker;
			else if (ctx->subj != -1 && si - ctx->subj_sent <= 1)
				who = ctx->subj; /* "Norway's defence minister ... He" */
			out->country = 0;
			if (who == -2) {
				out->blocked = 1;
				return;
			}
			if (who >= 0) {
				prov_add(out, who);
				out->weak = 1;
				return;
			}
		}
		if (out->first) {
			/* "nous", "we" inside a quotation: its speaker's state
			 * ("Le ministre a promis : « Nous livrerons … »",
			 * whoever the quote stage found) */
			int32_t qs = quote_state(v, v->u[top->pos].start);
			if (qs >= 0) {
				prov_add(out, qs);
				return;
			}
			/* "nous", "we": the speaker, named here or just before */
			any_party(v, top->pos, out);
			if (out->n)
				return;
			if (ctx->speaker >= 0 && si - ctx->speaker_sent <= 2) {
				prov_add(out, ctx->speaker);
				return;
			}
			goto context;
		}
	}
	/* "Rheinmetall will deliver ... on behalf of the Netherlands and
	 * Denmark", "pour le compte des Pays-Bas": who pays gives */
	for (int j = top->pos + 1; j + 1 < (int)v->n && j <= top->pos + 16 && cl[j] == cl[top->pos];
	     j++) {
		int q = -1;
		if (word_is(v, j, "behalf") && word_is(v, j + 1, "of"))
			q = j + 2;
		else if (word_is(v, j, "compte") && word_is(v, j - 1, "le") && word_is(v, j - 2, "pour"))
			q = j + 1;
		if (q >= 0 && role_at(v, q) == DS_R_PROV) {
			coord_right(v, q, out);
			return;
		}
	}
	any_party(v, top->pos, out);
	out->weak = 1;
	if (out->n)
		return;
	/* "As I promised, the shells will be delivered in June": the speaker */
	for (int j = 0; j < (int)v->n; j++)
		if ((fwa(v, j) & (W_FIRST | W_PRON)) == (W_FIRST | W_PRON) && ctx->speaker >= 0 &&
		    si - ctx->speaker_sent <= 2) {
			prov_add(out, ctx->speaker);
			return;
		}
context:
	out->weak = 1;
	if (ctx->has_last && si - ctx->last_sent <= 2)
		copy_provs(out, &ctx->last);
	/* what a package holds was given by whoever was just named */
	else if (top->cls == C_INCLUDE && ctx->topic >= 0 && si - ctx->topic_sent <= 1)
		prov_add(out, ctx->topic);
}

static const char *currency_of(const struct dossier_kb *kb, int32_t prov, const struct group *g)
{
	if (!g->currency)
		return NULL;
	/* a bare "dollars" or "couronnes" is the provider's own when it has
	 * dollars or crowns */
	static const struct {
		const char *state, *code;
		uint8_t bare; /* the g->dollar it answers: 1 dollars, 2 crowns */
	} own[] = {
		{"CAN", "CAD", 1}, {"AUS", "AUD", 1}, {"NZL", "NZD", 1}, {"SWE", "SEK", 2},
		{"DNK", "DKK", 2}, {"NOR", "NOK", 2}, {"CZE", "CZK", 2}, {"ISL", "ISK", 2},
	};
	const char *id = prov >= 0 ? kb->ents[prov].id : NULL;
	for (size_t i = 0; g->dollar && id && i < DS_ARRAY_LEN(own); i++)
		if (own[i].bare == g->dollar && !strcmp(id, own[i].state))
			return own[i].code;
	return g->currency;
}

/* The state an entity is or acts for (a ministry, an army, a minister), or
 * -1: a backfill's beneficiary is a state (records.md), never NATO or the
 * EU, whose stocks are their members'. */
static int32_t state_of(const struct dossier_kb *kb, int32_t e)
{
	if (e < 0)
		return -1;
	if (kb->ents[e].kind == DOSSIER_KIND_STATE)
		return e;
	int32_t s = kb->ents[e].state;
	if (s >= 0 && kb->ents[e].provider != 1 && kb->ents[s].kind == DOSSIER_KIND_STATE)
		return s;
	return -1;
}

/* Adds one record, merged with an equal one of the same sentence (records.md
 * "aid": one per sentence, action, provider, item or category). */
static void add_record(struct dossier_doc *doc, const struct ds_sentview *v, size_t first,
		       uint8_t action, int32_t prov, const struct group *g, int32_t beneficiary,
		       int32_t replaces)
{
	const struct dossier_kb *kb = v->kb;
	if (prov < 0 || !g->cat)
		return;
	for (size_t i = first; i < doc->n_aid; i++) {
		struct ds_aid *a = &doc->aid[i];
		if (a->action != action || a->provider != prov)
			continue;
		if (a->item == g->item && a->item >= 0) {
			if (a->quantity < 0)
				a->quantity = g->qty;
			return;
		}
		/* a system and its variant ("dix Leopard ... en version 2A5") */
		if (a->item >= 0 && g->item >= 0 && kb->ents[g->item].family == a->item) {
			a->item = g->item;
			a->category = g->cat;
			if (g->qty >= 0)
				a->quantity = g->qty;
			return;
		}
		if (a->item >= 0 && g->item >= 0 && kb->ents[a->item].family == g->item) {
			if (a->quantity < 0)
				a->quantity = g->qty;
			return;
		}
		/* two sums of one giver are two gifts ("75 billion crowns over
		 * five years, and a 15 billion crown programme") */
		if (g->item < 0 && a->item < 0 && !strcmp(a->category, g->cat) &&
		    !(a->amount >= 0 && g->amount >= 0 && a->amount != g->amount)) {
			if (a->quantity < 0)
				a->quantity = g->qty;
			if (a->amount < 0 && g->amount >= 0) {
				a->amount = g->amount;
				a->currency = currency_of(kb, prov, g);
			}
			return;
		}
		/* a category said of a named system already recorded (not
		 * another count: "10,000 rounds of 155mm ammunition and 2,000
		 * anti-tank mines"; not another thing listed: "ammunition for
		 * NASAMS and 155 mm shells") */
		if (g->item < 0 && a->item >= 0 && same_branch(a->category, g->cat) && !g->money &&
		    !g->coord && !(g->qty >= 0 && a->quantity >= 0 && g->qty != a->quantity))
			return;
		if (g->item >= 0 && a->item < 0 && same_branch(a->category, g->cat) && a->amount < 0 &&
		    !g->coord) {
			a->item = g->item;
			a->category = g->cat;
			if (g->qty >= 0)
				a->quantity = g->qty;
			return;
		}
	}
	ds_grow(&doc->aid, &doc->cap_aid, doc->n_aid + 1, sizeof *doc->aid);
	struct ds_aid *a = &doc->aid[doc->n_aid++];
	memset(a, 0, sizeof *a);
	a->action = action;
	a->provider = prov;
	a->at = g->first;
	a->recipient = -1; /* Ukraine, set once the document is read */
	a->item = g->item;
	a->category = g->cat;
	a->quantity = g->qty;
	a->amount = g->amount >= 0 ? g->amount : -1;
	a->currency = g->amount >= 0 ? currency_of(kb, prov, g) : NULL;
	/* the provider itself when it refills its own stock ("Norway orders
	 * new NASAMS to replace those it gave") */
	a->beneficiary = action == DS_ACT_BACKFILL ? state_of(kb, beneficiary) : -1;
	a->replaces = action == DS_ACT_BACKFILL ? replaces : -1;
	a->sent = v->sent;
}

/* The count said after a cue for a clitic "en": "en a promis 14", "d'en
 * envoyer quatre autres", "en demandait « au moins 300 »". */
/* The count a number unit says, or -1: a whole number of things, not
 * money, an order of magnitude or 0. */
static long long count_of(const struct ds_unit *u)
{
	return u->kind == DS_U_NUM && !u->currency && !u->approx && u->num >= 1 && u->num < 1e8 &&
			       u->num == (double)(long long)u->num
		       ? (long long)u->num
		       : -1;
}

static long long count_after(const struct ds_sentview *v, int pos)
{
	for (int j = pos + 1; j <= pos + 5 && j < (int)v->n; j++) {
		const struct ds_unit *u = &v->u[j];
		if (u->kind == DS_U_NUM)
			return count_of(u);
		if (u->kind == DS_U_PUNCT && u->punct == '"')
			continue;
		if (u->kind == DS_U_WORD && (fw_of(u) & (W_SKIP | W_NEGEND) ||
					     ds_unit_is(v, (size_t)j, "au") || ds_unit_is(v, (size_t)j, "moins") ||
					     ds_unit_is(v, (size_t)j, "least") || ds_unit_is(v, (size_t)j, "at")))
			continue;
		break;
	}
	return -1;
}

static struct group *new_group(struct group *gs, int *ng, int at, int32_t item,
			       const struct dossier_kb *kb)
{
	if (*ng >= MAX_ITEMS || item < 0)
		return NULL;
	struct group *g = &gs[(*ng)++];
	memset(g, 0, sizeof *g);
	g->first = g->last = at;
	g->item = item;
	g->cat = kb->ents[item].category;
	g->amount = -1;
	g->qty = -1;
	g->cue = -1;
	g->cue2 = -1;
	return g;
}

/* Nouns a category word only qualifies: "lanceurs de cartouches", "caméras
 * de drones", "usine de munitions", "missile attacks", "drone cameras". */
static const char *const heads_fr[] = {
	"lanceur", "lanceurs", "camera", "cameras", "operateur", "operateurs", "usine", "usines",
	"production", "fabrication", "norme", "normes", "standard", "brigade", "brigades",
	"bataillon", "bataillons", "frappe", "frappes", "attaque", "attaques", "equipage",
	"equipages", "pilote", "pilotes", "formation", "entretien", "maintenance", "ecole",
	"centre", "centres", "tir", "tirs", "duel", "duels", "stocks", "stock", "reserves",
	"penurie", "manque", "utilisation", "usage", "emploi", "fabricant", "fabricants",
	"industrie", "marche", "lignes", "ligne", NULL,
};
static const char *const heads_en[] = {
	"attack", "attacks", "strike", "strikes", "crew", "crews", "production", "plant",
	"plants", "factory", "factories", "maker", "makers", "manufacturer", "manufacturers",
	"camera", "cameras", "operator", "operators", "brigade", "brigades", "battalion",
	"battalions", "pilots", "training", "maintenance", "shortage", "shortages", "stocks",
	"stockpiles", "industry", "fire", "barrage", "duel", "duels", "use", "market",
	"production", "lines", NULL,
};

/* Is group g said to be a party's: "le S-300 de la Slovaquie", "the
 * S-300 of Slovakia" (a few adjectives may come between), "Slovakia's
 * S-300", "its S-300"? */
static int owned(const struct ds_sentview *v, const struct group *g)
{
	if (possessive_mark(v, g->first - 1) || word_in(v, g->first - 1, possessives))
		return 1;
	for (int k = g->last + 1; k < (int)v->n && k <= g->last + 3; k++) {
		if (role_at(v, k) == DS_R_PROV)
			return prep_is_genitive(prep_of(v, k)) || word_is(v, k - 1, "of") ||
			       word_is(v, k - 1, "de") || word_is(v, k - 1, "du");
		if (!is_word(v, k) || fwa(v, k) & W_MADE)
			return 0;
	}
	return 0;
}

/* May a word of kind cat name system it? "the missiles" a missile,
 * "the long-range munitions" a missile or ammunition, "ce système de
 * missiles" a surface-to-air missile. */
static int names_kind(const struct dossier_kb *kb, int32_t it, const char *cat)
{
	const char *ic = kb->ents[it].category;
	return same_branch(ic, cat) || (is_ammo(cat) && same_branch(ic, "missile")) ||
	       (!strcmp(cat, "missile") && ic && !strcmp(ic, "surface-to-air missile"));
}

/* Names a group by what was said before ("the missiles" after "Taurus"),
 * drops category words that only qualify another noun, and merges an
 * explanation with the name after it ("des systèmes de roquettes ..., ou
 * HIMARS"). */
static void refine_groups(const struct ds_sentview *v, struct group *gs, int ng,
			  const struct aid_ctx *ctx, size_t si)
{
	for (int i = 0; i < ng; i++) {
		struct group *g = &gs[i];
		if (g->item >= 0 || g->money)
			continue;
		/* "10,000 rounds of artillery ammunition", "des cartouches de
		 * munitions d'artillerie": a kind and the narrower kind it is
		 * of, one thing */
		struct group *nx = i + 1 < ng ? &gs[i + 1] : NULL;
		if (nx && nx->item < 0 && !nx->money && !nx->used && !g->generic && !nx->generic &&
		    strcmp(g->cat, nx->cat) && same_branch(g->cat, nx->cat)) {
			int k = g->last + 1;
			const char *np = role_at(v, nx->first) ? prep_of(v, nx->first) : NULL;
			if ((nx->first == k + 1 && (word_is(v, k, "of") || word_is(v, k, "de") ||
						   word_is(v, k, "d'"))) ||
			    (nx->first == k && (prep_eq(np, "de ") || prep_eq(np, "d'")))) {
				if (parent_depth(nx->cat) > parent_depth(g->cat))
					g->cat = nx->cat;
				g->last = nx->last;
				if (g->qty < 0)
					g->qty = nx->qty;
				nx->used = 1;
			}
		}
		const char *p = role_at(v, g->first) ? prep_of(v, g->first) : NULL;
		/* a qualifier: "caméras de drones", "missile strikes" */
		if (((prep_eq(p, "de ") || prep_eq(p, "d'")) && word_in(v, g->first - 1, heads_fr)) ||
		    ((word_is(v, g->first - 1, "de") || word_is(v, g->first - 1, "d'")) &&
		     word_in(v, g->first - 2, heads_fr)) ||
		    (word_is(v, g->first - 1, "of") && word_in(v, g->first - 2, heads_en)) ||
		    (!v->fr && word_in(v, g->last + 1, heads_en))) {
			g->used = 1;
			continue;
		}
		/* what another thing is for: "caméras spécialisées pour drones" */
		if ((word_is(v, g->first - 1, "pour") || word_is(v, g->first - 1, "for")) && !p &&
		    is_word(v, g->first - 2) && !fw_of(&v->u[g->first - 2]) &&
		    !entry_of(&v->u[g->first - 2])) {
			g->used = 1;
			continue;
		}
		/* "systèmes de roquettes à haute mobilité, ou HIMARS" */
		for (int q = i + 1; q < ng && gs[q].first <= g->last + 12; q++) {
			if (gs[q].item < 0)
				continue;
			int k = gs[q].first - 1;
			if (is_punct(v, k, '(') || word_is(v, k, "ou") || word_is(v, k, "or")) {
				int clean = 1;
				for (int j = g->last + 1; j < k; j++) {
					const struct entry *e = entry_of(&v->u[j]);
					if ((v->u[j].kind == DS_U_MENTION && !is_item_unit(v, j)) ||
					    (e && e->cls))
						clean = 0;
				}
				if (clean)
					g->used = 1;
			}
			break;
		}
		if (g->used || g->generic)
			continue;
		/* "the missiles", "ces chars": the system named before */
		/* the determiner, past adjectives: "the long-range munitions" */
		int d = g->first - 1;
		/* past the head of the kind: "ce système de missiles", "sa
		 * plate-forme de missiles" */
		static const char *const heads[] = {"plateforme", "batterie", "batteries", NULL};
		int of = prep_eq(p, "de ") || prep_eq(p, "d'"); /* "de" in the mention */
		if (of || (!p && (word_is(v, d, "de") || word_is(v, d, "d'")))) {
			int h = of ? d : d - 1;
			int plate = word_is(v, h, "forme") && word_is(v, h - 1, "plate");
			h -= plate; /* "plate-forme": two words */
			if (plate || fwa(v, h) & W_UNIT || word_in(v, h, heads)) {
				d = h - 1;
				p = NULL;
			}
		}
		while (d >= 0 && g->first - d <= 3 && is_word(v, d) && !(fwa(v, d) & W_DET) &&
		       (fwa(v, d) & W_QADJ || (!fw_of(&v->u[d]) && !entry_of(&v->u[d]))))
			d--;
		static const char *const poss[] = {"sa", "son", "ses", "leur", "leurs", "its", "their",
						   NULL};
		int def = prep_eq(p, "le ") || prep_eq(p, "la ") || prep_eq(p, "les ") ||
			  prep_eq(p, "l'") || prep_eq(p, "the ") || word_is(v, d, "ces") ||
			  word_is(v, d, "ce") || word_is(v, d, "cette") || word_is(v, d, "these") ||
			  word_is(v, d, "this") || word_is(v, d, "such") || word_is(v, d, "the") ||
			  word_is(v, d, "les");
		/* a possessive ("sa plate-forme de missiles", "its missile
		 * system") is its owner's system: one named in the sentence */
		int own = !def && !p && word_in(v, d, poss);
		/* "les chars britanniques" after "des Abrams": the giver it names
		 * says it is another system */
		if ((!def && !own) || g->natt)
			continue;
		/* the latest system it may name: in the sentence before it,
		 * else (not for a possessive) in the sentences just before */
		int32_t it = -1;
		for (int q = i - 1; q >= 0 && it < 0; q--)
			if (gs[q].item >= 0 && names_kind(v->kb, gs[q].item, g->cat))
				it = gs[q].item;
		/* a possessive names a system said to be someone's ("le S-300
		 * de la Slovaquie ... sa plate-forme de missiles"), rather than
		 * one named after it ("une batterie Patriot de fabrication
		 * américaine") */
		for (int q = i - 1; q >= 0 && own; q--)
			if (gs[q].item >= 0 && names_kind(v->kb, gs[q].item, g->cat) &&
			    owned(v, &gs[q])) {
				it = gs[q].item;
				break;
			}
		for (int q = ctx->nseen - 1; q >= 0 && it < 0 && !own; q--)
			if (si - ctx->seen_sent[q] <= 3 && names_kind(v->kb, ctx->seen[q], g->cat))
				it = ctx->seen[q];
		if (it >= 0) {
			g->item = it;
			g->cat = v->kb->ents[it].category;
		}
	}
}


/* Backfill (records.md "aid": backfill). Two shapes:
 *   - a replacement: "Washington remplacerait le S-300 de la Slovaquie par
 *     une batterie Patriot", "replace Slovakia's S-300 with a Patriot": the
 *     subject provides the new item to the owner of the old one;
 *   - an exchange: "Slovenia swapped its M-55S for German trucks", "en
 *     échange de véhicules Marder", "un accord avec l'Allemagne": the
 *     partner (the maker named with the new item, or "avec X") provides it
 *     to the subject, who gave the old item away.
 * Emits the records of the new items and marks the groups it used. */

static int elsewhere(const struct ds_sentview *v, const struct cue *c, int32_t *to_state,
		     const struct cue *cs, int nc, const uint8_t *cl);

/* "in exchange for T-72 tanks sent to Ukraine", "en échange des T-72
 * cédés à l'Ukraine": the old item of an exchange (the span of group
 * old), given by a participle that names no giver, was given by the state
 * it is replaced for; read with that participle, it would go to the
 * sentence's subject. */
static void old_item_giver(struct dossier_doc *doc, const struct ds_sentview *v,
			   const struct cue *cs, struct group *gs, int ng, const struct group *old,
			   int32_t giver, size_t first)
{
	if (state_of(v->kb, giver) < 0)
		return;
	for (int i = 0; i < ng; i++) {
		struct group *t = &gs[i];
		if (t->used || t->first != old->first || t->last != old->last ||
		    t->cue < 0 || cs[t->cue].tense != T_ADJ || word_is(v, cs[t->cue].pos + 1, "by") ||
		    word_is(v, cs[t->cue].pos + 1, "par"))
			continue;
		t->used = 1;
		uint8_t ta = chain_action(v, cs, t->cue);
		if (ta == DS_ACT_DELIVER || ta == DS_ACT_PLEDGE)
			add_record(doc, v, first, ta, giver, t, -1, -1);
	}
}

/* "L'Allemagne livrera des Marder à la Grèce en échange des BMP-1 que
 * celle-ci enverra à l'Ukraine": the item before "en échange de", given to
 * another state than Ukraine, is the new one; what follows is what that
 * state gave. Emits the records and returns 1 when the sentence has that
 * shape. */
static int exchange_to_ally(struct dossier_doc *doc, const struct ds_sentview *v,
			    const struct cue *cs, int nc, int k, struct group *gs, int ng, int x,
			    const struct group *y, const uint8_t *cl, const struct aid_ctx *ctx, size_t si,
			    size_t first)
{
	int gc = gs[x].cue;
	if (gc < 0 || gc == k || cs[gc].pos > cs[k].pos)
		return 0;
	uint8_t ga = chain_action(v, cs, gc);
	int32_t to;
	if ((ga != DS_ACT_PLEDGE && ga != DS_ACT_DELIVER) ||
	    !elsewhere(v, &cs[gc], &to, cs, nc, cl) || to < 0)
		return 0;
	struct provs gp;
	chain_providers(v, cs, gc, cl, ctx, si, &gp);
	int n = 0;
	for (int q = 0; q < gp.n; q++)
		if (gp.p[q] != to) {
			add_record(doc, v, first, DS_ACT_BACKFILL, gp.p[q], &gs[x], to, y->item);
			n++;
		}
	if (n) {
		gs[x].used = 1; /* what the ally gave is read with its own verb */
		old_item_giver(doc, v, cs, gs, ng, y, to, first);
	}
	return n > 0;
}

static void backfill(struct dossier_doc *doc, const struct ds_sentview *v, const struct cue *cs,
		     int nc, int k, struct group *gs, int ng, const uint8_t *cl,
		     const struct aid_ctx *ctx, size_t si, size_t first)
{
	const struct cue *c = &cs[k];
	if (chain_action(v, cs, k) != DS_ACT_BACKFILL)
		return;
	const char *w = ds_unit_word(v, (size_t)c->pos);
	int swap = !strncmp(w, "echang", 6) || !strncmp(w, "swap", 4) || !strncmp(w, "exchang", 7) ||
		   !strcmp(w, "ringtausch") || !strcmp(w, "return") || !strcmp(w, "contrepartie");
	int by = -1, noun = c->tense == T_NOUN;
	for (int j = c->pos + 1; j < (int)v->n && j <= c->pos + 14 && cl[j] == cl[c->pos]; j++) {
		/* the agent of a participle: "les Mi-17 cédés par la Slovaquie" */
		int pj = cue_at(cs, nc, j - 1);
		if ((word_is(v, j, "par") || word_is(v, j, "by")) && pj >= 0 && cs[pj].tense == T_ADJ)
			continue;
		if (word_is(v, j, "par") || word_is(v, j, "with") || word_is(v, j, "by") ||
		    word_is(v, j, "contre") || (swap && word_is(v, j, "for"))) {
			by = j;
			break;
		}
	}
	int x = -1;
	struct group *ys[MAX_ITEMS];
	int ny = 0;
	for (int i = 0; i < ng; i++) {
		struct group *g = &gs[i];
		if (g->generic && !g->money)
			continue;
		/* (a group read with two verbs is there twice) */
		int twice = 0;
		for (int q = 0; q < ny; q++)
			twice |= ys[q]->first == g->first && ys[q]->last == g->last;
		if (by >= 0 && g->first > c->pos && g->last < by && x < 0)
			x = i;
		else if ((by >= 0 ? g->first > by : g->first > c->pos) && cl[g->first] == cl[c->pos] &&
			 !twice)
			ys[ny++] = g;
		else if (noun && g->last < c->pos && (g->item >= 0 || g->cat))
			x = i;
	}
	if (!ny || takes_left(c))
		return;
	/* "supplied trucks in exchange for 28 M-55S tanks", "en échange de 28
	 * chars": what follows "in exchange for" was given away; with nothing
	 * named before it, what replaces it is not said */
	if (noun && swap && x < 0 &&
	    (word_is(v, c->pos + 1, "for") || word_is(v, c->pos + 1, "de") ||
	     word_is(v, c->pos + 1, "d'") || word_is(v, c->pos + 1, "des") ||
	     word_is(v, c->pos + 1, "du") || word_is(v, c->pos + 1, "contre") ||
	     (role_at(v, c->pos + 1) && prep_is_genitive(prep_of(v, c->pos + 1)))))
		return;
	if (noun && x >= 0 && exchange_to_ally(doc, v, cs, nc, k, gs, ng, x, ys[0], cl, ctx, si, first))
		return;
	/* "help to replace the aircraft": what is named is what is replaced;
	 * the new item is not said, only its kind */
	struct group unnamed;
	const char *yp = role_at(v, ys[0]->first) ? prep_of(v, ys[0]->first) : NULL;
	if (!swap && !noun && by < 0 && ny == 1 && ys[0]->item >= 0 &&
	    (prep_eq(yp, "le ") || prep_eq(yp, "la ") || prep_eq(yp, "les ") || prep_eq(yp, "l'") ||
	     prep_eq(yp, "the ") || word_is(v, ys[0]->first - 1, "ces") ||
	     word_is(v, ys[0]->first - 1, "these") || word_in(v, ys[0]->first - 1, possessives))) {
		x = (int)(ys[0] - gs);
		unnamed = *ys[0];
		unnamed.item = -1;
		unnamed.qty = -1;
		ys[0] = &unnamed;
		ny = 1;
	}
	struct provs ps, subj;
	memset(&ps, 0, sizeof ps);
	memset(&subj, 0, sizeof subj);
	chain_providers(v, cs, k, cl, ctx, si, &subj);
	if (swap || noun) {
		/* the partner: the maker of the new item, or "avec X", "with X" */
		if (ys[0]->natt)
			prov_add(&ps, ys[0]->att[0]);
		for (int j = 0; j < (int)v->n && !ps.n; j++)
			if (role_at(v, j) == DS_R_PROV &&
			    (word_is(v, j - 1, "avec") || word_is(v, j - 1, "with")))
				prov_add(&ps, v->u[j].ent);
	}
	int32_t benef = -1, repl = -1;
	if (ps.n && subj.n && subj.p[0] != ps.p[0])
		benef = subj.p[0]; /* the subject gave the old item away */
	else if (!ps.n)
		copy_provs(&ps, &subj);
	if (!ps.n)
		return;
	/* "Greece, which will send BMP-1 to Ukraine in exchange for Marder":
	 * who gives the old item to Ukraine is the one given the new one; its
	 * gift (or the gift it weighs: "could send") stays a record of its
	 * own */
	int keep_x = 0;
	if (noun && x >= 0 && gs[x].cue >= 0 && gs[x].cue != k) {
		uint8_t ga = chain_action(v, cs, gs[x].cue);
		struct provs gp;
		int32_t to;
		chain_providers(v, cs, gs[x].cue, cl, ctx, si, &gp);
		if ((ga == DS_ACT_PLEDGE || ga == DS_ACT_DELIVER || ga == DS_ACT_CONSIDER) &&
		    gp.n && !elsewhere(v, &cs[gs[x].cue], &to, cs, nc, cl)) {
			int32_t giver = gp.p[0];
			struct provs other;
			memset(&other, 0, sizeof other);
			for (int q = 0; q < subj.n; q++)
				if (subj.p[q] != giver)
					prov_add(&other, subj.p[q]);
			for (int q = 0; q < ps.n; q++)
				if (ps.p[q] != giver)
					prov_add(&other, ps.p[q]);
			for (int j = 0; j < (int)v->n && !other.n; j++)
				if (role_at(v, j) == DS_R_PROV && v->u[j].form != DOSSIER_FORM_DEMONYM &&
				    v->u[j].ent != giver)
					prov_add(&other, v->u[j].ent);
			if (other.n) {
				ps = other;
				benef = giver;
				keep_x = 1;
			}
		}
	}
	/* "will backfill Poland's stocks", "reconstituer les stocks de la
	 * Pologne": the one whose stock is refilled */
	if (!swap && !noun) {
		static const char *const stocks[] = {"stocks", "stock", "stockpiles", "arsenal",
						     "arsenals", "inventories", "reserves", NULL};
		int j = c->pos + 1;
		if (word_is(v, j, "the"))
			j++;
		if (role_at(v, j) == DS_R_PROV && word_is(v, j + 1, "'s") &&
		    word_in(v, j + 2, stocks))
			benef = v->u[j].ent;
		else if (word_in(v, j, stocks) &&
			 (word_is(v, j + 1, "de") || word_is(v, j + 1, "of")) &&
			 role_at(v, j + 2) == DS_R_PROV)
			benef = v->u[j + 2].ent;
		else if ((word_is(v, j, "les") || word_is(v, j, "ses")) &&
			 word_in(v, j + 1, stocks) && role_at(v, j + 2) == DS_R_PROV)
			benef = v->u[j + 2].ent;
	}
	if (x >= 0) {
		repl = gs[x].item;
		/* the subject's own: "its MiG-29", "ses MiG-29", "the jets it
		 * gave", "les MiG-29 qu'elle a cédés" (no other party to look
		 * for) */
		int after = gs[x].last + 1;
		if (word_is(v, after, "that") || word_is(v, after, "which") || word_is(v, after, "qu'") ||
		    word_is(v, after, "que"))
			after++;
		static const char *const subj_pron[] = {"it", "they", "elle", "il", "ils", "elles", NULL};
		if (benef < 0 && subj.n &&
		    (word_in(v, gs[x].first - 1, possessives) || word_in(v, after, subj_pron)))
			benef = subj.p[0];
		if (benef < 0 && gs[x].natt)
			benef = gs[x].att[0];
		else if (benef < 0 && word_is(v, gs[x].first - 1, "'s") &&
			 role_at(v, gs[x].first - 2) == DS_R_PROV)
			benef = v->u[gs[x].first - 2].ent;
		/* what the old item's own participle tells stays a record of
		 * its own: "les Mi-17 cédés par la Slovaquie à l'Ukraine" */
		int told = gs[x].cue >= 0 && gs[x].cue != k && cs[gs[x].cue].tense == T_ADJ &&
			   (word_is(v, cs[gs[x].cue].pos + 1, "par") ||
			    word_is(v, cs[gs[x].cue].pos + 1, "by"));
		gs[x].used = (uint8_t)(!keep_x && !told);
	}
	/* "The Netherlands will help Slovakia (to) replace its MiG-29", "les
	 * Pays-Bas aideront la Slovaquie à remplacer": the helper replaces,
	 * for the one helped */
	if (!swap && !noun) {
		int j = c->first - 1;
		while (j > 0 && (word_is(v, j, "to") || word_is(v, j, "\xc3\xa0")))
			j--;
		int h = j - 1;
		while (h > 0 && fwa(v, h) & W_DET)
			h--;
		int g = h >= 0 && role_at(v, j) == DS_R_PROV && state_of(v->kb, v->u[j].ent) >= 0 &&
				!strncmp(ds_unit_word(v, (size_t)h), v->fr ? "aid" : "help",
					 v->fr ? 3 : 4)
			    ? cue_at(cs, nc, h)
			    : -1;
		struct provs hs;
		memset(&hs, 0, sizeof hs);
		if (g >= 0)
			subject_of(v, cs[g].first, &hs);
		if (hs.n && hs.p[0] != v->u[j].ent) {
			ps = hs;
			benef = v->u[j].ent;
		}
	}
	/* an exchange is between two: "l'Allemagne a proposé à la Grèce un
	 * échange de ses BMP-1" is Greece's (a state replacing its own gift
	 * for itself says "replace": "Poland will replace the MiG-29 jets it
	 * gave with FA-50") */
	for (int q = 0; q < ps.n && benef >= 0 && (swap || noun); q++)
		if (ps.p[q] == benef)
			benef = -1;
	/* failing those, another party of the sentence, or the giver of the
	 * sentences before ("Slovakia will send 13 MiG-29 ... The U.S. and the
	 * EU would help to replace the aircraft") */
	for (int j = 0; j < (int)v->n && benef < 0; j++)
		if (role_at(v, j) == DS_R_PROV && v->u[j].form != DOSSIER_FORM_DEMONYM) {
			int in = 0;
			for (int q = 0; q < ps.n; q++)
				in |= ps.p[q] == v->u[j].ent;
			if (!in)
				benef = v->u[j].ent;
		}
	for (int q = 0; q < ctx->last.n && benef < 0 && ctx->has_last && si - ctx->last_sent <= 2; q++) {
		int in = 0;
		for (int r = 0; r < ps.n; r++)
			in |= ps.p[r] == ctx->last.p[q];
		if (!in)
			benef = ctx->last.p[q];
	}
	for (int i = 0; i < ny; i++) {
		ys[i]->used = 1;
		/* "to replace their own tanks", "remplacer ses propres chars"
		 * with no other party: a state renews its own stock */
		static const char *const own[] = {"own", "propres", "propre", NULL};
		if (benef < 0 && (word_in(v, ys[i]->first - 1, own) ||
				  (ys[i]->first >= 2 && word_in(v, ys[i]->first - 2, own))))
			continue;
		/* a replacement of which nothing is known (no state given, no
		 * system, nothing replaced): "Warsaw awaits guarantees on the
		 * replacement of these jets" tells no deal */
		if (state_of(v->kb, benef) < 0 && repl < 0 && ys[i]->item < 0)
			continue;
		for (int q = 0; q < ps.n; q++)
			add_record(doc, v, first, DS_ACT_BACKFILL, ps.p[q], ys[i], benef, repl);
	}
}

/* Does a give cue send to another state than Ukraine ("des batteries
 * Patriot déployées en Slovaquie", "hand over Taurus to Britain", "fournira
 * à cet allié")? The first recipient after the cue decides. */
static int elsewhere(const struct ds_sentview *v, const struct cue *c, int32_t *to_state,
		     const struct cue *cs, int nc, const uint8_t *cl)
{
	*to_state = -1;
	static const char *const ally[] = {"allie", "allies", "ally", "partenaire", "partner",
					   "voisin", "neighbour", "neighbor", NULL};
	/* "gratitude to the Netherlands for": the one thanked gave */
	if (c->cls == C_THANK)
		return 0;
	/* "Poland received 250 Abrams from the United States", "les chars que
	 * la Slovaquie recevra": the receiver is the nearest party before the
	 * verb, in its clause */
	if (c->cls == C_RECEIVE) {
		/* "Greece will send BMP-1 to Ukraine and receive Marder from
		 * Germany": the subject of the verb it is coordinated with */
		for (int j = c->first - 2; fwa(v, c->first - 1) & W_COORD && j >= 0 &&
					   c->first - j <= 16 && cl[j] == cl[c->pos];
		     j--) {
			int g = cue_at(cs, nc, j);
			if (g < 0 || cs[g].tense == T_NOUN || cs[g].tense == T_ADJ ||
			    cs[g].tense == T_ADJPRE)
				continue;
			struct provs subj;
			memset(&subj, 0, sizeof subj);
			subject_of(v, cs[g].first, &subj);
			if (subj.n == 1 && !subj.blocked &&
			    v->kb->ents[subj.p[0]].kind == DOSSIER_KIND_STATE) {
				*to_state = subj.p[0];
				return 1;
			}
			if (subj.ukr)
				return 0;
			break;
		}
		/* the subject past an aside: "Slovakia, which gave its MiG-29
		 * to Ukraine, will receive" */
		if (is_punct(v, c->first - 1, ',')) {
			struct provs subj;
			memset(&subj, 0, sizeof subj);
			subject_of(v, c->first, &subj);
			if (subj.n == 1 && !subj.blocked &&
			    v->kb->ents[subj.p[0]].kind == DOSSIER_KIND_STATE) {
				*to_state = subj.p[0];
				return 1;
			}
		}
		for (int j = c->first - 1; j >= 0 && c->first - j <= 16 && cl[j] == cl[c->pos]; j--) {
			int r = role_at(v, j);
			if (r == DS_R_UKR)
				return 0;
			if (r == DS_R_PROV && subject_like(v, j) &&
			    v->u[j].form != DOSSIER_FORM_DEMONYM &&
			    v->kb->ents[v->u[j].ent].kind == DOSSIER_KIND_STATE) {
				*to_state = v->u[j].ent;
				return 1;
			}
		}
		/* "En contrepartie, elle recevra des hélicoptères", "it will
		 * receive F-16s in return": the one that gave in the exchange
		 * told before (to_state stays -1: the caller looks back) */
		if (third_person_subject(v, c) && exchange_said(v))
			return 1;
		return 0;
	}
	/* "En contrepartie, l'Allemagne lui fournira 14 chars", "In return,
	 * Germany will supply it with": given to the one of the exchange told
	 * before (to_state stays -1: the caller looks back for it) */
	if (exchange_opener(v) && c->tense != T_NOUN &&
	    ((v->fr && (word_is(v, c->first, "lui") || word_is(v, c->first, "leur") ||
			word_is(v, c->first - 1, "lui") || word_is(v, c->first - 1, "leur"))) ||
	     (!v->fr && (word_is(v, c->pos + 1, "it") || word_is(v, c->pos + 1, "them")) &&
	      word_is(v, c->pos + 2, "with"))))
		return 1;
	for (int j = c->pos + 1; j < (int)v->n && j <= c->pos + 10; j++) {
		/* the recipient of this verb, not of the next one */
		if (cl[j] != cl[c->pos] || cue_at(cs, nc, j) >= 0)
			break;
		int r = role_at(v, j);
		/* "supply Slovakia with", "provide Poland with": the party
		 * given to, right after the verb */
		/* ... or before what is given: "will give Slovakia 12 AH-1Z" */
		int to = prep_is_oblique(prep_of(v, j)) || word_is(v, j - 1, "\xc3\xa0") ||
			 word_is(v, j - 1, "to") || word_is(v, j - 1, "vers") || word_is(v, j - 1, "into") ||
			 (!v->fr && j == c->pos + 1 &&
			  (word_is(v, j + 1, "with") || is_item_unit(v, j + 1) ||
			   (j + 1 < (int)v->n && v->u[j + 1].kind == DS_U_NUM && !v->u[j + 1].currency)));
		if (r == DS_R_UKR)
			return 0;
		/* bought "en République tchèque", "from South Korea", "à la
		 * Corée du Sud": where it is bought; bought for another state
		 * ("pour la Pologne", "for Poland") goes there */
		if (c->cls == C_PROCURE) {
			if (r == DS_R_PROV && (word_is(v, j - 1, "pour") || word_is(v, j - 1, "for")) &&
			    v->kb->ents[v->u[j].ent].kind == DOSSIER_KIND_STATE) {
				*to_state = v->u[j].ent;
				return 1;
			}
			continue;
		}
		/* "sending drone parts to Russia": not to Ukraine, nor to an
		 * ally (-2) */
		if (r == DS_R_ENEMY && to) {
			*to_state = -2;
			return 1;
		}
		/* "fabriqués aux États-Unis" names a maker */
		if (fwa(v, j - 1) & W_MADE || fwa(v, j - 2) & W_MADE)
			continue;
		if (r == DS_R_PROV && to && v->kb->ents[v->u[j].ent].kind == DOSSIER_KIND_STATE) {
			*to_state = v->u[j].ent;
			return 1;
		}
		/* "à cet allié de l'OTAN", "to this ally" */
		if (word_in(v, j, ally) && (word_is(v, j - 1, "cet") || word_is(v, j - 1, "ce") ||
					    word_is(v, j - 1, "this") || word_is(v, j - 1, "that")) &&
		    (word_is(v, j - 2, "\xc3\xa0") || word_is(v, j - 2, "to")))
			return 1;
	}
	return 0;
}

/* The working state of one sentence: its clauses, cues, groups and the
 * providers found for each cue chain (computed once, on demand). */
struct sentwork {
	const struct ds_sentview *v;
	struct aid_ctx *ctx;
	size_t si;
	size_t first; /* the sentence's first aid record */
	uint8_t cl[MAX_UNITS];
	struct cue cs[MAX_CUES];
	int nc;
	struct group gs[MAX_ITEMS];
	int ng;
	struct provs pcache[MAX_CUES];
	uint8_t pdone[MAX_CUES];
	/* groups given to another state than Ukraine: backfills when that
	 * state gives to Ukraine in the sentence (ally_backfills) */
	int nally;
	struct {
		int g, k;
		int32_t to;
	} ally[MAX_ITEMS];
};

static const struct provs *providers_of(struct sentwork *w, int k)
{
	if (!w->pdone[k]) {
		chain_providers(w->v, w->cs, k, w->cl, w->ctx, w->si, &w->pcache[k]);
		w->pdone[k] = 1;
	}
	return &w->pcache[k];
}

/* "cette nouvelle aide ... en lui procurant", "the new package provides":
 * what a new package gives is promised, not yet delivered. */
/* "la livraison devrait intervenir au printemps", "the delivery is
 * expected next month", "les livraisons commenceront en mai": a giving
 * told as to come is promised, not done. The verb follows the noun
 * (and its complement), before any comma or relative clause. */
static void nouns_to_come(struct sentwork *w)
{
	const struct ds_sentview *v = w->v;
	static const char *const modal[] = {
		"pourrait", "pourraient", "devrait", "devraient", "doit", "doivent", "aura",
		"auront", "interviendra", "interviendront", "commencera", "commenceront",
		"debutera", "debuteront", "will", "would", "could", "should", "must", NULL};
	static const char *const be[] = {"est", "sont", "is", "are", NULL};
	static const char *const due[] = {"prevue", "prevues", "prevu", "prevus", "attendue",
					  "attendues", "attendu", "attendus", "programmee",
					  "programmees", "expected", "due", "scheduled", "planned",
					  "set", "to", NULL};
	for (int k = 0; k < w->nc; k++) {
		struct cue *c = &w->cs[k];
		if (c->tense != T_NOUN || c->action != DS_ACT_DELIVER ||
		    !(c->cls == C_GIVE || c->cls == C_DONATE || c->cls == C_ARRIVE))
			continue;
		for (int j = c->pos + 1; j < (int)v->n && j <= c->pos + 6; j++) {
			if (v->u[j].kind == DS_U_PUNCT || fwa(v, j) & W_REL || word_is(v, j, "que") ||
			    word_is(v, j, "qu'") || word_is(v, j, "qui") || cue_at(w->cs, w->nc, j) >= 0)
				break;
			if (word_in(v, j, modal) || (word_in(v, j, be) && word_in(v, j + 1, due))) {
				c->action = DS_ACT_PLEDGE;
				break;
			}
		}
	}
}

/* "Interrogé sur l'envoi de chars, le chancelier a répondu", "Asked about
 * the jets, the minister said": what someone is asked about, up to the
 * comma, is told by no one (neither a request nor a promise). */
static void asked_about(struct sentwork *w)
{
	const struct ds_sentview *v = w->v;
	static const char *const about[] = {"sur", "about", "on", "whether", "if", "concernant",
					    "regarding", NULL};
	for (int j = 0; j + 1 < (int)v->n; j++) {
		if (!(fwa(v, j) & W_ASKED) ||
		    !(word_in(v, j + 1, about) ||
		      (word_is(v, j + 1, "au") && word_is(v, j + 2, "sujet")) ||
		      (word_is(v, j + 1, "\xc3\xa0") && word_is(v, j + 2, "propos"))))
			continue;
		/* "la Slovaquie s'est interrogée sur": wondering, not asked */
		int refl = 0;
		for (int q = j - 1; q >= 0 && q >= j - 3; q--)
			refl |= word_is(v, q, "s'") || word_is(v, q, "se");
		if (refl)
			continue;
		int end = j + 1;
		while (end < (int)v->n && end <= j + 14 && !is_punct(v, end, ',') &&
		       !is_punct(v, end, ':') && !is_punct(v, end, ';'))
			end++;
		/* the verb of asking and the nouns of giving asked about ("the
		 * sending of"), and all a question asks ("whether Berlin would
		 * send"); what the phrase tells as done or said stays ("asked
		 * about the batteries promised by Germany", "asked about
		 * Poland's suggestion it could deliver") */
		int question = word_is(v, j + 1, "whether") || word_is(v, j + 1, "if");
		for (int k = 0; k < w->nc; k++)
			if (w->cs[k].pos >= j && w->cs[k].pos < end &&
			    (w->cs[k].pos == j || w->cs[k].tense == T_NOUN ||
			     (question && w->cs[k].tense != T_ADJ && w->cs[k].tense != T_ADJPRE)))
				w->cs[k].action = 0;
	}
}

static void new_aid_pledges(struct sentwork *w)
{
	const struct ds_sentview *v = w->v;
	for (int j = 0; j + 1 < (int)v->n; j++) {
		if (!(word_is(v, j, "nouvelle") || word_is(v, j, "nouveau") || word_is(v, j, "new") ||
		      word_is(v, j, "latest")))
			continue;
		const struct ds_unit *u = &v->u[j + 1];
		if (!(word_is(v, j + 1, "aide") || word_is(v, j + 1, "aid") ||
		      (u->kind == DS_U_MENTION && u->package)))
			continue;
		for (int k = 0; k < w->nc; k++)
			if ((w->cs[k].tense == T_GER || w->cs[k].tense == T_PRES) &&
			    w->cs[k].action == DS_ACT_DELIVER)
				w->cs[k].action = DS_ACT_PLEDGE;
		return;
	}
}

/* Items the sentence only points back to, made into groups of the system
 * named last (in the sentence before the pointer, else in the last three
 * sentences): the clitic "en" ("en a promis 14"), a unit noun ("le système
 * avait été transféré", "deux unités fournies par", "ces systèmes"), and a
 * definite noun of giving or asking with nothing after it ("the donation",
 * "la livraison"). ng0 groups are the named ones. */

/* The thing a clitic or "more" stands for, as a new group at unit `at`:
 * the last system named in the sentence before unit `before`, else its
 * last kind of materiel ("a déjà fourni des obus, prévoit d'en envoyer
 * davantage"), else the system named in the last `back` sentences; NULL
 * when none. */
static struct group *thing_before(struct sentwork *w, int ng0, int before, int at, size_t back)
{
	struct group *gs = w->gs;
	const struct aid_ctx *ctx = w->ctx;
	int last = -1, named = -1;
	for (int i = 0; i < ng0; i++)
		if (gs[i].last < before && !gs[i].money && !gs[i].generic &&
		    (gs[i].item >= 0 || gs[i].cat)) {
			last = i;
			named = gs[i].item >= 0 ? i : named;
		}
	/* a named system first ("huit HIMARS, un lanceur monté sur camion,
	 * et Washington en enverra quatre autres": what describes it is no
	 * other thing) */
	if (named >= 0)
		return new_group(gs, &w->ng, at, gs[named].item, w->v->kb);
	if (last < 0)
		return ctx->item >= 0 && w->si - ctx->item_sent <= back
			       ? new_group(gs, &w->ng, at, ctx->item, w->v->kb)
			       : NULL;
	if (w->ng >= MAX_ITEMS)
		return NULL;
	struct group *g = &gs[w->ng++];
	*g = gs[last];
	g->first = g->last = at;
	g->natt = 0;
	g->used = 0;
	g->own = 0;
	g->qty = -1;
	g->cue = -1;
	g->cue2 = -1;
	return g;
}

static void implied_groups(struct sentwork *w, int ng0)
{
	const struct ds_sentview *v = w->v;
	const struct aid_ctx *ctx = w->ctx;
	size_t si = w->si;
	struct group *gs = w->gs;
	for (int k = 0; k < w->nc; k++) {
		if (!w->cs[k].clitic)
			continue;
		struct group *g = thing_before(w, ng0, w->cs[k].first, w->cs[k].pos, 3);
		if (g) {
			g->cue = k;
			g->qty = count_after(v, w->cs[k].pos);
		}
	}
	/* "Leopard tanks for Ukraine: Germany says yes": the topic of the
	 * headline is what the yes or no is about */
	for (int k = 0; k < w->nc; k++) {
		const struct cue *c = &w->cs[k];
		if (!(c->cls == C_PLEDGE || c->cls == C_REFUSE) || c->tense == T_NOUN ||
		    !(word_is(v, c->pos, "oui") || word_is(v, c->pos, "non") ||
		      word_is(v, c->pos, "yes") || word_is(v, c->pos, "no")) ||
		    ((size_t)c->pos + 1 < v->n && v->u[c->pos + 1].kind != DS_U_PUNCT))
			continue;
		int colon = topic_colon(v, c->pos);
		for (int i = 0; i < ng0 && colon > 0; i++)
			if (gs[i].cue < 0 && gs[i].last < colon && (gs[i].item >= 0 || gs[i].cat))
				gs[i].cue = k;
	}
	/* an object pronoun: "will send them", "is still considering it",
	 * "ruled it out", "va les envoyer", "les a livrés": the thing named
	 * before */
	for (int k = 0; k < w->nc; k++) {
		const struct cue *c = &w->cs[k];
		int j = v->fr ? c->first : c->pos + 1;
		if (v->fr == 1 && c->objpron && c->tense != T_NOUN) {
			int attached = 0;
			for (int i = 0; i < w->ng; i++)
				attached |= gs[i].cue == k;
			struct group *g = attached ? NULL : thing_before(w, ng0, c->first, j, 2);
			if (g)
				g->cue = k;
			continue;
		}
		if (v->fr || c->tense == T_NOUN || c->tense == T_ADJ || c->tense == T_ADJPRE ||
		    !(word_is(v, j, "them") || word_is(v, j, "it")) ||
		    (word_is(v, j + 1, "to") && !role_at(v, j + 2)) || /* "urged them to" */
		    fwa(v, j + 1) & (W_HAVE | W_BE | W_WILL | W_WOULD | W_CAN | W_COULD | W_MUST))
			continue;
		int attached = 0;
		for (int i = 0; i < w->ng; i++)
			attached |= gs[i].cue == k;
		if (attached)
			continue;
		struct group *g = thing_before(w, ng0, c->first, j, 2);
		if (g)
			g->cue = k;
	}
	/* "will send six more", "promised more", "va en céder d'autres": the
	 * thing is the one named before */
	static const char *const more[] = {"more", "additional", "others", "autres",
					   "supplementaires", "davantage", NULL};
	for (int k = 0; k < w->nc; k++) {
		const struct cue *c = &w->cs[k];
		if (c->tense == T_NOUN || c->clitic || takes_left(c) ||
		    !(c->cls == C_GIVE || c->cls == C_DONATE || c->cls == C_OFFER))
			continue;
		int j = c->pos + 1, attached = 0;
		for (int i = 0; i < w->ng; i++)
			attached |= gs[i].cue == k;
		if (attached)
			continue;
		if (role_at(v, j) == DS_R_UKR ||
		    (word_is(v, j, "to") && role_at(v, j + 1) == DS_R_UKR))
			j += word_is(v, j, "to") ? 2 : 1;
		long long qty = -1;
		if (j < (int)v->n && v->u[j].kind == DS_U_NUM && !v->u[j].currency) {
			qty = count_of(&v->u[j]);
			j++;
		} else if (word_is(v, j, "d'") || word_is(v, j, "des")) {
			j++; /* "d'autres" */
		}
		/* "will send more this year", "en enverra d'autres cette année" */
		static const char *const when[] = {"this", "next", "later", "cette", "l'an",
						   "l'annee", "ce", NULL};
		if (!word_in(v, j, more) || is_item_unit(v, j + 1) || (is_word(v, j + 1) &&
		    !(fwa(v, j + 1) & (W_OBL | W_COORD | W_SKIP)) && !word_is(v, j + 1, "dans") &&
		    !word_is(v, j + 1, "d'ici") && !word_is(v, j + 1, "\xc3\xa0") &&
		    !word_in(v, j + 1, when)))
			continue;
		struct group *g = thing_before(w, ng0, c->first, j, 2);
		if (g) {
			g->cue = k;
			g->qty = qty;
		}
	}
	for (int j = 1; j < (int)v->n; j++) {
		if (!(fwa(v, j) & W_UNIT) || is_item_unit(v, j + 1) || is_item_unit(v, j - 1) ||
		    is_item_unit(v, j - 2) || word_is(v, j + 1, "de") || word_is(v, j + 1, "d'") ||
		    word_is(v, j + 1, "of"))
			continue;
		int one = word_is(v, j - 1, "le") || word_is(v, j - 1, "the") || word_is(v, j - 1, "ce") ||
			  word_is(v, j - 1, "this");
		int some = word_is(v, j - 1, "ces") || word_is(v, j - 1, "these") ||
			   (v->u[j - 1].kind == DS_U_NUM && !v->u[j - 1].currency && !v->u[j - 1].approx) ||
			   /* "plusieurs dizaines d'exemplaires", "dozens of units" */
			   ((word_is(v, j - 1, "d'") || word_is(v, j - 1, "de") || word_is(v, j - 1, "of")) &&
			    j >= 2 && ((v->u[j - 2].kind == DS_U_NUM && v->u[j - 2].approx) ||
				       word_is(v, j - 2, "plusieurs") || word_is(v, j - 2, "several")));
		/* "les premiers exemplaires", "the first units": some, uncounted */
		int first = ((word_is(v, j - 1, "premiers") || word_is(v, j - 1, "premieres")) &&
			     word_is(v, j - 2, "les")) ||
			    (word_is(v, j - 1, "first") && word_is(v, j - 2, "the"));
		if (!one && !some && !first)
			continue;
		int32_t it = -1;
		for (int i = 0; i < ng0; i++)
			if (gs[i].item >= 0 && gs[i].last < j)
				it = gs[i].item;
		if (it < 0 && ctx->item >= 0 && si - ctx->item_sent <= 2)
			it = ctx->item;
		struct group *g = new_group(gs, &w->ng, j, it, v->kb);
		if (!g)
			continue;
		g->qty = one ? 1 : first ? -1 : count_of(&v->u[j - 1]);
		attach(v, w->cs, w->nc, g, 1, w->cl);
	}
	/* a count of the thing named before: "six d'entre eux ont été
	 * livrés", "four of them have arrived", "Australia is sending 49 of
	 * its own", "Of those, four have arrived" (not when the clause names
	 * a thing of its own) */
	for (int j = 0; j + 2 < (int)v->n; j++) {
		const struct ds_unit *u = &v->u[j];
		if (u->kind != DS_U_NUM || u->currency || u->approx || u->num < 1 ||
		    u->num != (double)(long long)u->num || is_item_unit(v, j + 1))
			continue;
		static const char *const them[] = {"them", "those", "these", NULL};
		static const char *const eux[] = {"eux", "elles", NULL};
		int of = (word_is(v, j + 1, "of") &&
			  (word_in(v, j + 2, them) ||
			   ((word_is(v, j + 2, "its") || word_is(v, j + 2, "their")) &&
			    word_is(v, j + 3, "own")))) ||
			 ((word_is(v, j + 1, "d'") || word_is(v, j + 1, "de")) &&
			  word_is(v, j + 2, "entre") && word_in(v, j + 3, eux)) ||
			 (j == 3 && is_punct(v, 2, ',') &&
			  ((word_is(v, 0, "of") && word_in(v, 1, them)) ||
			   (word_is(v, 0, "parmi") && word_in(v, 1, eux))));
		if (!of)
			continue;
		int own = 0, it = -1;
		for (int i = 0; i < ng0; i++) {
			own |= w->cl[gs[i].first] == w->cl[j] && (gs[i].item >= 0 || gs[i].cat);
			if (gs[i].item >= 0 && gs[i].last < j)
				it = gs[i].item;
		}
		if (own)
			continue;
		if (it < 0 && ctx->item >= 0 && si - ctx->item_sent <= 2)
			it = ctx->item;
		struct group *g = it >= 0 ? new_group(gs, &w->ng, j, it, v->kb) : NULL;
		if (!g)
			continue;
		g->qty = count_of(u);
		/* the group runs to the end of its phrase, for its verb */
		if (j != 3 || !is_punct(v, 2, ','))
			g->last = j + (word_in(v, j + 2, them) ? 2 : 3);
		attach(v, w->cs, w->nc, g, 1, w->cl);
	}
	for (int k = 0; k < w->nc && ctx->item >= 0 && si - ctx->item_sent <= 3; k++) {
		const struct cue *c = &w->cs[k];
		if (c->tense != T_NOUN || !(c->cls == C_GIVE || c->cls == C_DONATE ||
					     c->cls == C_REQUEST) ||
		    !(word_is(v, c->pos - 1, "the") || word_is(v, c->pos - 1, "la") ||
		      word_is(v, c->pos - 1, "l'") || word_is(v, c->pos - 1, "cette") ||
		      word_is(v, c->pos - 1, "this")) ||
		    fwa(v, c->pos + 1) & (W_GEN | W_SOURCE) || is_item_unit(v, c->pos + 1))
			continue;
		int used = 0;
		for (int i = 0; i < w->ng; i++)
			if (gs[i].cue == k || (!gs[i].generic && !gs[i].used))
				used = 1;
		struct group *g = used ? NULL : new_group(gs, &w->ng, c->pos, ctx->item, v->kb);
		if (g)
			g->cue = k;
	}
}

/* Is cue c an infinitive of purpose: "to replace", "pour remplacer",
 * "afin de remplacer"? */
static int purpose_infinitive(const struct ds_sentview *v, const struct cue *c)
{
	int p = c->pos;
	return c->tense == T_INF &&
	       (word_is(v, p - 1, "to") || word_is(v, p - 1, "pour") ||
		((word_is(v, p - 1, "de") || word_is(v, p - 1, "d'")) && word_is(v, p - 2, "afin")));
}

/* A replacement told as the purpose of a gift to another state: "Germany
 * will supply Slovakia with 15 Leopard 2A4 to replace the BMP-1 it sent to
 * Ukraine", "l'Allemagne fournira à la Slovaquie des Leopard 2A4 pour
 * remplacer les BMP-1 qu'elle a cédés": the giver backfills the state it
 * gives to, with what it gives, for the item named after the verb of
 * replacing. Returns 1 when cue k (that verb) was read so. */
static int purpose_backfill(struct dossier_doc *doc, struct sentwork *w, int k)
{
	const struct ds_sentview *v = w->v;
	const struct cue *c = &w->cs[k];
	int p = c->pos;
	if (!purpose_infinitive(v, c) || (c->gov >= 0 && w->cs[c->gov].tense != T_ADJ))
		return 0;
	int give = -1;
	int32_t to_state = -1;
	for (int g = k - 1; g >= 0 && give < 0; g--) {
		uint8_t act = chain_action(v, w->cs, g);
		if (w->cs[g].pos < p && (act == DS_ACT_PLEDGE || act == DS_ACT_DELIVER) &&
		    w->cl[w->cs[g].pos] == w->cl[p] &&
		    elsewhere(v, &w->cs[g], &to_state, w->cs, w->nc, w->cl) && to_state >= 0)
			give = g;
	}
	/* "Varsovie attend les chars promis par Berlin pour compenser ceux
	 * livrés à Kiev": what a state awaits, promised by another, is for
	 * that state */
	for (int g = k - 1; g >= 0 && give < 0; g--) {
		uint8_t act = chain_action(v, w->cs, g);
		if (w->cs[g].pos >= p || w->cs[g].tense != T_ADJ ||
		    (act != DS_ACT_PLEDGE && act != DS_ACT_DELIVER) ||
		    !(fwa(v, w->cs[g].pos + 1) & W_AGENT))
			continue;
		struct provs subj;
		memset(&subj, 0, sizeof subj);
		subject_of(v, w->cs[g].first, &subj);
		const struct provs *ps = providers_of(w, g);
		if (subj.n == 1 && !subj.blocked && state_of(v->kb, subj.p[0]) >= 0 && ps->n &&
		    ps->p[0] != subj.p[0]) {
			give = g;
			to_state = subj.p[0];
		}
	}
	if (give < 0)
		return 0;
	int x = -1, n = 0;
	for (int i = 0; i < w->ng && x < 0; i++)
		if (w->gs[i].first > p && w->gs[i].item >= 0 && w->cl[w->gs[i].first] == w->cl[p])
			x = i;
	const struct provs *ps = providers_of(w, give);
	for (int i = 0; i < w->ng; i++) {
		struct group *g = &w->gs[i];
		/* (a participle's group is before it: "les chars promis par") */
		int before = w->cs[give].tense == T_ADJ;
		int out = before ? g->last >= w->cs[give].pos : g->first < w->cs[give].pos;
		if (g->cue != give || out || g->last > p || g->used || (g->generic && !g->money))
			continue;
		g->used = 1;
		n++;
		for (int q = 0; q < ps->n; q++)
			if (ps->p[q] != to_state)
				add_record(doc, v, w->first, DS_ACT_BACKFILL, ps->p[q], g, to_state,
					   x >= 0 ? w->gs[x].item : -1);
	}
	if (!n)
		return 0;
	if (x >= 0)
		w->gs[x].used = 1;
	return 1;
}

/* A state that buys to replace what it gave to Ukraine: "Norway will buy
 * two NASAMS batteries to replace those it sent to Ukraine", "la Norvège
 * commande des NASAMS pour remplacer ceux qu'elle a cédés à l'Ukraine". The
 * buyer refills its own stock: a backfill of its own (records.md: the
 * buyer is provider and beneficiary), what it buys for what it gave (named
 * after the verb of replacing, or the same kind: "those", "ceux"). The
 * giving after the verb of replacing is told in the past, by the buyer
 * ("it", "qu'elle") or to Ukraine. Returns 1 when cue k (that verb) was
 * read so. */
static int own_backfill(struct dossier_doc *doc, struct sentwork *w, int k)
{
	const struct ds_sentview *v = w->v;
	const struct cue *c = &w->cs[k];
	int p = c->pos;
	if (!purpose_infinitive(v, c))
		return 0;
	int buy = -1;
	for (int g = k - 1; g >= 0 && buy < 0; g--)
		if (w->cs[g].pos < p && p - w->cs[g].pos <= 16 &&
		    (w->cs[g].cls == C_PROCURE || w->cs[chain_top(w->cs, g)].cls == C_PROCURE))
			buy = g;
	if (buy < 0)
		return 0;
	/* what is replaced: a system named, or a pronoun for the kind bought */
	static const char *const pron[] = {"those", "them", "ones", "ceux", "celles", "les", NULL};
	int x = -1, after = p + 1;
	if (word_is(v, after, "the") && word_is(v, after + 1, "ones"))
		after += 2;
	else if (word_in(v, after, pron))
		after++;
	else {
		for (int i = 0; i < w->ng && x < 0; i++)
			if (w->gs[i].first > p && w->gs[i].first <= p + 4 && w->gs[i].item >= 0)
				x = i;
		if (x < 0)
			return 0;
		after = w->gs[x].last + 1;
	}
	/* ... given away before: "it sent", "they gave", "qu'elle a cédés",
	 * "donnés à l'Ukraine" */
	static const char *const subj[] = {"it", "they", "qu'elle", "qu'il", "qu'elles", "qu'ils",
					   "que", "that", "which", NULL};
	int given = 0;
	for (int q = 0; q < w->nc && !given; q++) {
		const struct cue *g = &w->cs[q];
		if (g->pos < after || g->pos > after + 5 ||
		    !(g->cls == C_GIVE || g->cls == C_DONATE) ||
		    !(g->tense == T_PAST || g->tense == T_ADJ || g->tense == T_PASS_PAST))
			continue;
		int by_buyer = 0, to_ukr = 0;
		for (int j = after; j < g->first; j++)
			by_buyer |= word_in(v, j, subj);
		for (int j = g->pos + 1; j < (int)v->n && j <= g->pos + 4; j++)
			to_ukr |= role_at(v, j) == DS_R_UKR;
		given = by_buyer || to_ukr;
	}
	if (!given)
		return 0;
	const struct provs *ps = providers_of(w, buy);
	int n = 0;
	for (int i = 0; i < w->ng; i++) {
		struct group *g = &w->gs[i];
		if (g->cue != buy || g->used || g->first > p || (g->generic && !g->money) || g->money)
			continue;
		g->used = 1;
		n++;
		for (int q = 0; q < ps->n; q++)
			if (state_of(v->kb, ps->p[q]) >= 0)
				add_record(doc, v, w->first, DS_ACT_BACKFILL, ps->p[q], g, ps->p[q],
					   x >= 0 ? w->gs[x].item : g->item);
	}
	if (!n)
		return 0;
	if (x >= 0)
		w->gs[x].used = 1;
	return 1;
}

/* The exchanges of the sentence: backfill records, and the partner named
 * ("une opération d'échange avec la République tchèque") kept for the
 * sentences after. */
static void exchanges(struct dossier_doc *doc, struct sentwork *w)
{
	const struct ds_sentview *v = w->v;
	/* "en échange de", "in exchange for": the exchange it tells is the
	 * sentence's; a noun that frames it ("Dans le cadre d'un échange
	 * circulaire, ...", "Under a swap deal, ...") adds nothing */
	int told = -1;
	for (int k = 0; k < w->nc && told < 0; k++)
		if (w->cs[k].cls == C_BACKFILL && w->cs[k].tense == T_NOUN &&
		    (word_is(v, w->cs[k].pos - 1, "en") || word_is(v, w->cs[k].pos - 1, "in")) &&
		    (word_is(v, w->cs[k].pos + 1, "de") || word_is(v, w->cs[k].pos + 1, "d'") ||
		     word_is(v, w->cs[k].pos + 1, "for")))
			told = k;
	for (int k = 0; k < w->nc; k++) {
		if (w->cs[k].cls != C_BACKFILL)
			continue;
		if (told >= 0 && k < told && w->cs[k].tense == T_NOUN)
			continue;
		if (!own_backfill(doc, w, k) && !purpose_backfill(doc, w, k))
			backfill(doc, v, w->cs, w->nc, k, w->gs, w->ng, w->cl, w->ctx, w->si, w->first);
		for (int j = w->cs[k].pos + 1; j < (int)v->n && j <= w->cs[k].pos + 4; j++)
			if (role_at(v, j) == DS_R_PROV &&
			    (word_is(v, j - 1, "avec") || word_is(v, j - 1, "with"))) {
				w->ctx->partner = v->u[j].ent;
				w->ctx->partner_sent = w->si;
			}
	}
}

/* "dix Leopard chacun, en version 2A5 pour Madrid et 2A4 pour Lisbonne",
 * "six en version 2A4 pour le Danemark, neuf en versions 2A5 et 2A6 pour la
 * Suède": the share of a party named in the chain, or of a party when
 * the chain names none; items coordinated before share it. */
/* A verb said once for several givers: "Denmark gave 19 Caesar guns,
 * Estonia 12 howitzers and Latvia two Stinger launchers": a state named
 * right before a later object of the same verb (after a comma or "and") is
 * that object's giver. */
static void gapped_shares(struct sentwork *w)
{
	const struct ds_sentview *v = w->v;
	struct group *gs = w->gs;
	for (int i = 1; i < w->ng; i++) {
		struct group *g = &gs[i];
		int k = g->cue, p = g->first - 1;
		if (k < 0 || g->natt || g->money)
			continue;
		while (p >= 0 && fwa(v, p) & (W_UNIT | W_QADJ)) /* "deux lanceurs Stinger" */
			p--;
		/* its count or article: "Estonia 12 howitzers", "and Sweden a
		 * Patriot battery" */
		static const char *const art[] = {"a", "an", "un", "une", "des", NULL};
		if (p >= 0 && ((v->u[p].kind == DS_U_NUM && !v->u[p].currency) || word_in(v, p, art)))
			p--;
		const char *pp = role_at(v, p) ? prep_of(v, p) : NULL;
		if (role_at(v, p) != DS_R_PROV || v->u[p].form == DOSSIER_FORM_DEMONYM ||
		    v->kb->ents[v->u[p].ent].kind != DOSSIER_KIND_STATE ||
		    (pp && !prep_eq(pp, "le ") && !prep_eq(pp, "la ") && !prep_eq(pp, "les ") &&
		     !prep_eq(pp, "l'") && !prep_eq(pp, "the ")) ||
		    !(is_punct(v, p - 1, ',') || fwa(v, p - 1) & W_COORD) || w->cs[k].pos > p)
			continue;
		int before = 0;
		for (int q = 0; q < i; q++)
			before |= gs[q].cue == k && gs[q].last < p - 1;
		if (before)
			g->att[g->natt++] = v->u[p].ent;
	}
}

static void party_shares(struct sentwork *w)
{
	const struct ds_sentview *v = w->v;
	struct group *gs = w->gs;
	for (int i = 0; i < w->ng; i++) {
		struct group *g = &gs[i];
		int pour = g->last + 1, k = g->cue;
		if (k < 0 || g->natt || !(word_is(v, pour, "pour") || word_is(v, pour, "for")) ||
		    role_at(v, pour + 1) != DS_R_PROV || v->u[pour + 1].form == DOSSIER_FORM_DEMONYM ||
		    v->kb->ents[v->u[pour + 1].ent].kind != DOSSIER_KIND_STATE)
			continue;
		const struct provs *ps = providers_of(w, k);
		int32_t x = v->u[pour + 1].ent;
		int in = !ps->n || ps->weak;
		for (int q = 0; q < ps->n; q++)
			in |= ps->p[q] == x;
		if (!in)
			continue;
		g->att[g->natt++] = x;
		for (int q = i - 1; q >= 0 && gs[q].cue == k && !gs[q].natt; q--) {
			if (!(gs[q].last + 2 == gs[q + 1].first &&
			      (fwa(v, gs[q].last + 1) & W_COORD || is_punct(v, gs[q].last + 1, ','))))
				break;
			gs[q].att[gs[q].natt++] = x;
		}
	}
}

/* The providers of group i: those named with it, else its chain's; named
 * items coordinated with as many providers go in pairs ("les États-Unis et
 * le Royaume-Uni ont promis des Abrams et des Challenger 2"). own is the
 * storage when the answer is not the chain's. */
static const struct provs *group_owners(struct sentwork *w, int i, struct provs *own)
{
	const struct group *g = &w->gs[i];
	int k = g->cue;
	const struct provs *ps = providers_of(w, k);
	memset(own, 0, sizeof *own);
	/* "bought Bayraktar drones from Turkey": the seller gives nothing */
	int bought = w->cs[k].cls == C_PROCURE || w->cs[chain_top(w->cs, k)].cls == C_PROCURE;
	/* "L'Allemagne a livré à l'Ukraine des munitions suisses": a state
	 * that is the subject of the verb gives what another made */
	int maker = g->made && ps->n && !ps->weak && w->cs[k].tense != T_NOUN &&
		    w->cs[k].tense != T_ADJ && w->cs[k].tense < T_PASS_PRES;
	for (int q = 0; maker && q < ps->n; q++)
		maker = ps->p[q] != g->att[0];
	if (g->natt && !bought && !maker) {
		for (int a = 0; a < g->natt; a++)
			prov_add(own, g->att[a]);
		return own;
	}
	if (ps->n < 2 || g->item < 0)
		return ps;
	int count = 0, me = -1;
	for (int q = 0; q < w->ng; q++)
		if (w->gs[q].cue == k && w->gs[q].item >= 0 && !w->gs[q].natt && !w->gs[q].used) {
			if (q == i)
				me = count;
			count++;
		}
	if (count != ps->n || me < 0)
		return ps;
	prov_add(own, ps->p[me]);
	return own;
}

/* Is there a package of provider prov, of more than amount, in this
 * sentence or the two before it? */
static int part_of_sum(const struct dossier_doc *doc, const struct sentwork *w, int32_t prov,
		       double amount)
{
	for (size_t r = doc->n_aid; r-- > 0 && doc->aid[r].sent + 2 >= w->si;)
		if (doc->aid[r].provider == prov && doc->aid[r].amount > amount &&
		    !strcmp(doc->aid[r].category, "military aid package"))
			return 1;
	return 0;
}

/* The counts of a list told "respectively" ("Germany, Norway and Denmark
 * will deliver 14, 8 and 6 tanks respectively", "livreront respectivement
 * 14 et 8 chars"): written to out in the order of the text, their number
 * returned (0 when the sentence says no "respectively" or the group has no
 * list of counts before it). */
static int respective_counts(const struct ds_sentview *v, const struct group *g, long long *out,
			     int max)
{
	int says = 0;
	for (int i = 0; i < (int)v->n && !says; i++)
		says = word_is(v, i, "respectively") || word_is(v, i, "respectivement");
	if (!says)
		return 0;
	int j = g->first - 1;
	while (j >= 0 && g->first - j <= 3 && is_word(v, j) &&
	       (fwa(v, j) & (W_QADJ | W_UNIT) || word_is(v, j, "de") || word_is(v, j, "d'")))
		j--;
	long long rev[MAX_PROV];
	int n = 0;
	while (n < max && n < MAX_PROV && j >= 0 && v->u[j].kind == DS_U_NUM && !v->u[j].currency &&
	       !v->u[j].approx && v->u[j].num >= 1 && v->u[j].num <= 1e7) {
		rev[n++] = (long long)v->u[j].num;
		if (!(is_punct(v, j - 1, ',') || word_is(v, j - 1, "and") || word_is(v, j - 1, "et")))
			break;
		j -= 2;
	}
	if (n < 2)
		return 0;
	for (int i = 0; i < n; i++)
		out[i] = rev[n - 1 - i];
	return n;
}

/* The records of the groups hung on a cue of giving, promising, asking...
 * (records.md "aid"); the providers of promises and deliveries go to last,
 * what the next sentences go on about. has_ukr: Ukraine is named; money: an
 * amount is. */
/* Is what the verb at p buys bought for the buyer's own stocks: "will
 * buy shells from South Korea to replenish its stocks", "commande des obus
 * pour reconstituer ses stocks", "to replace its own tanks"? That is no aid,
 * even where the stocks went to Ukraine. */
static int for_own_stocks(const struct ds_sentview *v, int p, const uint8_t *cl)
{
	static const char *const refill[] = {"replenish", "restock", "refill", "rebuild",
					     "reconstituer", "regarnir", "renflouer", "recompleter",
					     NULL};
	static const char *const replace[] = {"replace", "remplacer", NULL};
	static const char *const own[] = {"its", "their", "own", "ses", "leurs", "son", "sa",
					  "propres", "propre", NULL};
	for (int j = p + 1; j + 1 < (int)v->n && j <= p + 14 && cl[j] == cl[p]; j++) {
		/* bought for Ukraine: "buy shells for Ukraine to replenish its
		 * stocks" */
		if (role_at(v, j) == DS_R_UKR)
			return 0;
		if (!(word_is(v, j - 1, "to") || word_is(v, j - 1, "pour") ||
		      word_is(v, j - 1, "de") || word_is(v, j - 1, "d'")))
			continue;
		int mine = word_in(v, j + 1, own);
		/* "replenish Ukrainian stocks", "reconstituer les stocks ukrainiens" */
		for (int q = j + 1; q <= j + 4 && q < (int)v->n; q++)
			if (role_at(v, q) == DS_R_UKR)
				return 0;
		if (word_in(v, j, refill) || (word_in(v, j, replace) && mine))
			return 1;
	}
	return 0;
}

/* The state that gave to Ukraine in the two sentences before (a pledge or
 * a delivery), other than the givers of cue k: the other side of an
 * exchange that opens "En contrepartie", "In return". -1 if none. */
/* The state that "it", "il", "elle" receiving at cue k is: the subject of
 * the sentence before, when a state other than Ukraine ("Slovakia gave its
 * MiG-29 to Ukraine. It will receive Viper helicopters from the US"); else
 * -1. */
static int32_t pronoun_receiver(const struct sentwork *w, int k)
{
	const struct ds_sentview *v = w->v;
	const struct cue *c = &w->cs[k];
	if (c->cls != C_RECEIVE || c->tense == T_NOUN || !third_person_subject(v, c))
		return -1;
	const struct aid_ctx *ctx = w->ctx;
	if (ctx->subj < 0 || w->si - ctx->subj_sent > 1 || state_of(v->kb, ctx->subj) != ctx->subj)
		return -1;
	return ctx->subj;
}

static int32_t earlier_giver(const struct dossier_doc *doc, struct sentwork *w, int k)
{
	const struct provs *ps = providers_of(w, k);
	for (size_t r = w->first; r-- > 0 && doc->aid[r].sent + 2 >= w->si;) {
		const struct ds_aid *a = &doc->aid[r];
		if (a->sent >= w->si || (a->action != DS_ACT_PLEDGE && a->action != DS_ACT_DELIVER))
			continue;
		int mine = 0;
		for (int q = 0; q < ps->n; q++)
			mine |= ps->p[q] == a->provider;
		if (!mine && state_of(w->v->kb, a->provider) >= 0)
			return a->provider;
	}
	return -1;
}

/* Is Ukraine the one asking in the noun phrase of the request at p:
 * "Ukraine's request", "Kyiv's request", "la demande ukrainienne", "la
 * demande de Kiev", "the request from Kyiv"? */
static int ukraine_asks(const struct ds_sentview *v, int p)
{
	if (p >= 2 && role_at(v, p - 2) == DS_R_UKR && word_is(v, p - 1, "'s"))
		return 1;
	if (role_at(v, p + 1) == DS_R_UKR || role_at(v, p - 1) == DS_R_UKR)
		return 1; /* "la demande ukrainienne", "a Ukrainian request" */
	return role_at(v, p + 2) == DS_R_UKR &&
	       (word_is(v, p + 1, "de") || word_is(v, p + 1, "from") || word_is(v, p + 1, "by"));
}

static void emit_groups(struct dossier_doc *doc, struct sentwork *w, int has_ukr, int money,
			struct provs *last)
{
	const struct ds_sentview *v = w->v;
	const struct aid_ctx *ctx = w->ctx;
	const struct cue *cs = w->cs;
	for (int i = 0; i < w->ng; i++) {
		struct group *g = &w->gs[i];
		if (g->used || g->cue < 0 || (g->generic && !g->money) || (g->package == 2 && !money))
			continue;
		/* "des munitions pour les chars Gepard", "ammunition for HIMARS":
		 * the system the rounds are for is not given with them (it may be
		 * by a verb of its own: "les Gepard qu'elle a livrés") */
		/* "AIM-9 missiles for air defence", "des drones pour la
		 * reconnaissance": a kind named after "for" is what the thing
		 * before is for */
		int fp = g->first - 1; /* "pour les systèmes NASAMS", "for the HIMARS" */
		while (fp > 0 && fwa(v, fp) & (W_DET | W_UNIT))
			fp--;
		int for_other = 0; /* (the group before may be listed anywhere: a
				    * group read with two verbs is copied last) */
		/* the end of the group before, past its calibre: "obus de 35 mm
		 * pour les canons Gepard" */
		int lp = fp - 1;
		static const char *const calibre[] = {"mm", "de", "of", "calibre", "caliber", NULL};
		while (lp > 0 && fp - lp <= 4 &&
		       ((v->u[lp].kind == DS_U_NUM && !v->u[lp].currency) || word_in(v, lp, calibre)))
			lp--; /* (a sum is no calibre: "une enveloppe de 5 milliards
			       * d'euros pour l'aide militaire") */
		for (int j = 0; j < w->ng && (word_is(v, fp, "pour") || word_is(v, fp, "for")); j++)
			if (j != i && (w->gs[j].last + 1 == fp || w->gs[j].last == lp) &&
			    w->gs[j].cue == g->cue &&
			    (is_ammo(w->gs[j].cat) || (g->item < 0 && !w->gs[j].money)))
				for_other = 1;
		if (for_other)
			continue;
		int k = g->cue, t = chain_top(cs, k);
		uint8_t act = chain_action(v, cs, k);
		if (!act || act == DS_ACT_BACKFILL)
			continue;
		if ((act == DS_ACT_PLEDGE || act == DS_ACT_DELIVER) && excepted(v, g))
			act = DS_ACT_REFUSE;
		/* bought for Ukraine, not for oneself; a sum given with no word of
		 * aid, in a story that names Ukraine or materiel ("tariffs on $360
		 * billion worth of goods" is not aid) */
		if ((cs[k].cls == C_PROCURE || cs[t].cls == C_PROCURE) && !has_ukr &&
		    !(ctx->ukr_seen && w->si - ctx->ukr_sent <= 4))
			continue;
		/* ("the missiles paid for by Sweden": the payer named, the
		 * thing paid for is the gift) */
		int paid_by =
			cs[k].tense == T_ADJ && cs[k].cls == C_PROCURE &&
			(fwa(v, cs[k].pos + 1) & W_AGENT ||
			 (word_is(v, cs[k].pos + 1, "for") && fwa(v, cs[k].pos + 2) & W_AGENT));
		if (((cs[k].flags & X_UKR) || (cs[t].flags & X_UKR)) && !paid_by) {
			/* Ukraine after it, before the next comma: "spend €2
			 * billion on shells for Kyiv" */
			int p = (cs[k].flags & X_UKR) ? cs[k].pos : cs[t].pos, for_ukr = 0;
			for (int u = p + 1; u < (int)v->n && !for_ukr; u++) {
				if (v->u[u].kind == DS_U_PUNCT &&
				    (v->u[u].punct == ',' || v->u[u].punct == ';'))
					break;
				for_ukr = role_at(v, u) == DS_R_UKR;
			}
			if (!for_ukr)
				continue;
		}
		if ((cs[k].cls == C_PROCURE || cs[t].cls == C_PROCURE) &&
		    for_own_stocks(v, cs[t].cls == C_PROCURE ? cs[t].pos : cs[k].pos, w->cl))
			continue;
		if (g->bare && !has_ukr && !ctx->aid_doc && doc->chars > 1000)
			continue;
		/* a kind of materiel alone ("jets", "tanks"), in a story of some
		 * length that names neither Ukraine nor any system, is no aid
		 * to it ("a commitment of 777X jets from the U.S. plane-maker");
		 * a short item may leave Ukraine unsaid */
		if (g->item < 0 && !g->money && !ctx->aid_doc && doc->chars > 1000)
			continue;
		int32_t to_state;
		if ((act == DS_ACT_DELIVER || act == DS_ACT_PLEDGE || act == DS_ACT_CONSIDER) &&
		    (elsewhere(v, &cs[k], &to_state, cs, w->nc, w->cl) ||
		     (to_state = pronoun_receiver(w, k)) >= 0)) {
			/* given to an ally that gave to Ukraine in an exchange just
			 * told: "Berlin fournira à cet allié quinze Leopard 2" */
			int32_t before = to_state == -1 && ctx->partner < 0 && exchange_said(v)
						 ? earlier_giver(doc, w, k) : -1;
			int32_t repl = -1;
			if (before >= 0 && act != DS_ACT_CONSIDER) {
				for (size_t r = w->first; r-- > 0 && doc->aid[r].sent + 2 >= w->si;)
					if (doc->aid[r].provider == before && doc->aid[r].item >= 0) {
						repl = doc->aid[r].item;
						break;
					}
				const struct provs *ps = providers_of(w, k);
				for (int q = 0; q < ps->n; q++)
					if (ps->p[q] != before)
						add_record(doc, v, w->first, DS_ACT_BACKFILL, ps->p[q], g,
							   before, repl);
			} else if (ctx->partner >= 0 && w->si - ctx->partner_sent <= 3 &&
			    (to_state == -1 || to_state == ctx->partner) && act != DS_ACT_CONSIDER) {
				const struct provs *ps = providers_of(w, k);
				for (int q = 0; q < ps->n; q++)
					if (ps->p[q] != ctx->partner)
						add_record(doc, v, w->first, DS_ACT_BACKFILL, ps->p[q], g,
							   ctx->partner, -1);
			} else if (to_state >= 0 && act != DS_ACT_CONSIDER && !g->money &&
				   w->nally < MAX_ITEMS) {
				w->ally[w->nally].g = i;
				w->ally[w->nally].k = k;
				w->ally[w->nally].to = to_state;
				w->nally++;
			}
			continue;
		}
		if (g->own)
			continue;
		struct provs own;
		const struct provs *ps = group_owners(w, i, &own);
		if (!ps->n && ps->vague && act != DS_ACT_REQUEST && !g->money) {
			struct aid_ctx *cx = w->ctx;
			if (cx->vague_sent != w->si || !cx->nvague) {
				cx->nvague = 0;
				cx->vague_sent = w->si;
			}
			if (cx->nvague < (int)DS_ARRAY_LEN(cx->vague)) {
				cx->vague[cx->nvague].action = act;
				cx->vague[cx->nvague].item = g->item;
				cx->vague[cx->nvague].cat = g->cat;
				cx->nvague++;
			}
		}
		/* "Washington is reviewing Ukraine's request for ATACMS",
		 * "Berlin a rejeté la demande ukrainienne de Taurus": Ukraine
		 * asked the one who answers, as well */
		int asked = act != DS_ACT_REQUEST && cs[k].cls == C_REQUEST && cs[k].tense == T_NOUN &&
			    k != t && ukraine_asks(v, cs[k].pos);
		/* "The package includes $425 million from ... and $1.75 billion
		 * through ...": the parts of a sum just told are no gifts of
		 * their own */
		int part = g->money && g->amount > 0 &&
			   ((cs[k].cls == C_INCLUDE && cs[k].pos < g->first) ||
			    (cs[t].cls == C_INCLUDE && cs[t].pos < g->first));
		long long each[MAX_PROV];
		int neach = ps->n > 1 ? respective_counts(v, g, each, MAX_PROV) : 0;
		for (int p = 0; p < ps->n; p++) {
			int32_t who;
			if (party_role(v->kb, ps->p[p], &who, 0) == DS_R_PROV) {
				if (part && part_of_sum(doc, w, ps->p[p], g->amount))
					continue;
				struct group mine = *g;
				if (neach == ps->n)
					mine.qty = each[p];
				add_record(doc, v, w->first, act, ps->p[p], &mine, -1, -1);
				if (asked)
					add_record(doc, v, w->first, DS_ACT_REQUEST, ps->p[p], g, -1, -1);
			}
		}
		/* the party asked or refusing is not what follows is about */
		if (ps->n && (act == DS_ACT_PLEDGE || act == DS_ACT_DELIVER)) {
			memset(last, 0, sizeof *last);
			copy_provs(last, ps);
		}
	}
}

/* Given to a state that gives to Ukraine in the same sentence: a backfill
 * of what it gave ("Greece will send BMP-1 vehicles to Ukraine and receive
 * 40 Marder from Germany", "Washington sent Patriot batteries to Slovakia,
 * which gave its S-300 to Kyiv"). */
static void ally_backfills(struct dossier_doc *doc, struct sentwork *w)
{
	const struct ds_sentview *v = w->v;
	size_t end = doc->n_aid;
	/* "In return, the United States will supply Slovakia with 12 AH-1Z":
	 * the exchange of a gift told in the sentences just before */
	int opener = exchange_said(v);
	size_t from = w->first;
	while (opener && from > 0 && doc->aid[from - 1].sent + 2 >= w->si)
		from--;
	for (int a = 0; a < w->nally; a++) {
		int32_t to = w->ally[a].to, repl = -1;
		int gave = 0;
		for (size_t r = from; r < end; r++)
			if (doc->aid[r].provider == to && (doc->aid[r].action == DS_ACT_PLEDGE ||
							   doc->aid[r].action == DS_ACT_DELIVER)) {
				gave = 1;
				if (doc->aid[r].item >= 0 && repl < 0)
					repl = doc->aid[r].item;
			}
		if (!gave)
			continue;
		const struct provs *ps = providers_of(w, w->ally[a].k);
		for (int q = 0; q < ps->n; q++)
			if (ps->p[q] != to)
				add_record(doc, w->v, w->first, DS_ACT_BACKFILL, ps->p[q],
					   &w->gs[w->ally[a].g], to, repl);
	}
}

/* Shares told with the item left out: "les Pays-Bas ont promis 24 F-16, la
 * Belgique 30 et la Norvège 22", "the Netherlands pledged 24 F-16s, while
 * Belgium promised 30": a count after a state (or after a verb of giving
 * whose subject is a state) and before the end of the phrase takes the item
 * and action of the group before it. */
/* A record of the item of group gp counted by the number at unit at: "la
 * Belgique 30", "ten have arrived". */
static void add_share(struct dossier_doc *doc, struct sentwork *w, const struct group *gp, int at,
		      uint8_t act, int32_t prov)
{
	struct group share = *gp;
	share.first = share.last = at;
	share.qty = (long long)w->v->u[at].num;
	share.natt = 0;
	add_record(doc, w->v, w->first, act, prov, &share, -1, -1);
}

/* The last group told before unit j: hung on a cue, a system or a kind,
 * no sum. */
static const struct group *told_before(const struct sentwork *w, int j)
{
	const struct group *gp = NULL;
	for (int i = 0; i < w->ng; i++)
		if (w->gs[i].last < j && w->gs[i].cue >= 0 && !w->gs[i].money &&
		    (w->gs[i].item >= 0 || w->gs[i].cat) && !w->gs[i].generic)
			gp = &w->gs[i];
	return gp;
}

/* The share of group gp counted at unit at, for each state that gives gp. */
static void share_for_givers(struct dossier_doc *doc, struct sentwork *w, const struct group *gp,
			     int at, uint8_t act)
{
	const struct provs *ps = providers_of(w, gp->cue);
	for (int p = 0; p < ps->n; p++)
		if (w->v->kb->ents[ps->p[p]].kind == DOSSIER_KIND_STATE)
			add_share(doc, w, gp, at, act, ps->p[p]);
}

static void elided_shares(struct dossier_doc *doc, struct sentwork *w)
{
	const struct ds_sentview *v = w->v;
	for (int j = 1; j + 1 < (int)v->n; j++) {
		const struct ds_unit *u = &v->u[j];
		if (u->kind != DS_U_NUM || u->currency || u->approx || u->num < 1 || u->num > 9999 ||
		    u->num != (double)(long long)u->num)
			continue;
		/* "four more will follow", "quatre autres suivront": promised,
		 * by the giver of the group told */
		if (word_is(v, j + 1, "more") || word_is(v, j + 1, "autres")) {
			static const char *const follow_now[] = {"suivront", "suivraient", NULL};
			static const char *const follow_inf[] = {"follow", "suivre", NULL};
			int f = j + 2;
			int ok = word_in(v, f, follow_now);
			if (!ok && fwa(v, f) & (W_WILL | W_WOULD | W_GO | W_MUST | W_SHOULD | W_BE))
				ok = (word_in(v, f + 1, follow_inf) && !(fwa(v, f) & W_BE)) ||
				     (word_is(v, f + 1, "to") && word_in(v, f + 2, follow_inf));
			const struct group *gp = ok ? told_before(w, j) : NULL;
			uint8_t act = gp ? chain_action(v, w->cs, gp->cue) : 0;
			if (gp && (act == DS_ACT_PLEDGE || act == DS_ACT_DELIVER)) {
				share_for_givers(doc, w, gp, j, DS_ACT_PLEDGE);
				continue;
			}
		}
		/* "in addition to the 40 already delivered", "en plus des 40
		 * déjà livrés": given before, by the giver of the group told */
		if (word_is(v, j + 1, "already") || word_is(v, j + 1, "deja")) {
			int q = cue_at(w->cs, w->nc, j + 2);
			const struct group *gp = told_before(w, j);
			if (q >= 0 && !w->cs[q].neg &&
			    (w->cs[q].tense == T_ADJ || w->cs[q].tense == T_PAST) &&
			    (w->cs[q].cls == C_GIVE || w->cs[q].cls == C_DONATE) && gp &&
			    (word_is(v, j - 1, "the") || word_is(v, j - 1, "des") ||
			     word_is(v, j - 1, "les") || word_is(v, j - 1, "aux")))
				share_for_givers(doc, w, gp, j, DS_ACT_DELIVER);
			continue;
		}
		/* the phrase ends after the count: a comma, "and", the end */
		int e = j + 1;
		if (!(e >= (int)v->n || is_punct(v, e, ',') || is_punct(v, e, '.') ||
		      is_punct(v, e, ';') || fwa(v, e) & W_COORD))
			continue;
		int32_t prov = -1;
		int k = cue_at(w->cs, w->nc, j - 1);
		uint8_t act = 0;
		if (role_at(v, j - 1) == DS_R_PROV && v->u[j - 1].form != DOSSIER_FORM_DEMONYM &&
		    v->kb->ents[v->u[j - 1].ent].kind == DOSSIER_KIND_STATE &&
		    (is_punct(v, j - 2, ',') || fwa(v, j - 2) & W_COORD))
			prov = v->u[j - 1].ent; /* "la Belgique 30" */
		else if (k >= 0 && w->cs[k].tense != T_NOUN && !takes_left(&w->cs[k])) {
			act = chain_action(v, w->cs, k); /* "Belgium promised 30" */
			struct provs subj;
			memset(&subj, 0, sizeof subj);
			subject_of(v, w->cs[k].first, &subj);
			if (subj.n == 1 && !subj.blocked &&
			    v->kb->ents[subj.p[0]].kind == DOSSIER_KIND_STATE)
				prov = subj.p[0];
		}
		if (prov < 0)
			continue;
		/* the item: the last group before, with a count, named or of a
		 * kind ("18 chars, et la Norvège huit") */
		const struct group *gp = NULL;
		for (int i = 0; i < w->ng; i++)
			if (w->gs[i].last < j && w->gs[i].cue >= 0 && !w->gs[i].money &&
			    !w->gs[i].generic && (w->gs[i].item >= 0 || w->gs[i].cat) &&
			    w->gs[i].qty >= 0)
				gp = &w->gs[i];
		/* after a verb of its own, a named system uncounted before:
		 * "pledged F-16 jets, while Denmark has delivered six" */
		for (int i = 0; i < w->ng && !gp && k >= 0; i++)
			if (w->gs[i].last < j && w->gs[i].cue >= 0 && w->gs[i].cue != k &&
			    !w->gs[i].money && w->gs[i].item >= 0)
				gp = &w->gs[i];
		if (!gp)
			continue;
		if (!act)
			act = chain_action(v, w->cs, gp->cue);
		if (act != DS_ACT_PLEDGE && act != DS_ACT_DELIVER && act != DS_ACT_CONSIDER)
			continue;
		int dup = 0;
		for (size_t r = w->first; r < doc->n_aid; r++)
			dup |= doc->aid[r].provider == prov && doc->aid[r].item == gp->item &&
			       (gp->item >= 0 || doc->aid[r].category == gp->cat);
		if (dup)
			continue;
		add_share(doc, w, gp, j, act, prov);
	}
}

/* A part of the promised that arrived: "Of the 31 Abrams tanks pledged by
 * Washington, ten have arrived", "Sur les 14 chars promis, seuls quatre ont
 * été livrés": the count after the comma is delivered, by the giver of the
 * promise. */
static void partitive_shares(struct dossier_doc *doc, struct sentwork *w)
{
	const struct ds_sentview *v = w->v;
	int j = 0;
	if (word_is(v, j, "out"))
		j++;
	if (!((word_is(v, j, "of") && word_is(v, j + 1, "the")) ||
	      (word_is(v, j, "sur") && word_is(v, j + 1, "les"))))
		return;
	/* the promised group, then the comma that closes the phrase */
	const struct group *gp = NULL;
	for (int i = 0; i < w->ng && !gp; i++)
		if (w->gs[i].first <= j + 3 && w->gs[i].item >= 0 && !w->gs[i].money)
			gp = &w->gs[i];
	if (!gp)
		return;
	int c = gp->last + 1;
	while (c < (int)v->n && c <= gp->last + 6 && !is_punct(v, c, ','))
		c++;
	if (!is_punct(v, c, ','))
		return;
	int q = c + 1;
	static const char *const only[] = {"only", "just", "seuls", "seules", "seulement",
					   "so", "far", "already", "deja", NULL};
	while (word_in(v, q, only))
		q++;
	const struct ds_unit *u = q < (int)v->n ? &v->u[q] : NULL;
	if (!u || u->kind != DS_U_NUM || u->currency || u->approx || u->num < 1 ||
	    u->num != (double)(long long)u->num)
		return;
	/* the verb of the count: "have (already) arrived", "ont été livrés" */
	int k = -1;
	for (int x = 0; x < w->nc; x++)
		if (w->cs[x].first > q && w->cs[x].first <= q + 3 &&
		    only_adverbs(v, q, w->cs[x].first)) {
			k = x;
			break;
		}
	if (k < 0 || chain_action(v, w->cs, k) != DS_ACT_DELIVER)
		return;
	int32_t prov = -1;
	for (size_t r = w->first; r < doc->n_aid; r++)
		if (doc->aid[r].item == gp->item) {
			if (prov >= 0 && prov != doc->aid[r].provider)
				return;
			prov = doc->aid[r].provider;
		}
	if (prov < 0)
		return;
	add_share(doc, w, gp, q, DS_ACT_DELIVER, prov);
}

/* A refusal with no object of its own refuses what was asked: "Kyiv asked
 * Berlin for Taurus missiles, but Scholz has refused", "une fin de
 * non-recevoir au chancelier, qui demandait de livrer des munitions". */
static void refused_requests(struct dossier_doc *doc, struct sentwork *w)
{
	const struct cue *cs = w->cs;
	for (int r = 0; r < w->nc; r++) {
		if (chain_action(w->v, cs, r) != DS_ACT_REFUSE || cs[r].gov >= 0)
			continue;
		int own = 0, asked = 0;
		for (int i = 0; i < w->ng; i++)
			if (w->gs[i].cue >= 0) {
				int t = chain_top(cs, w->gs[i].cue);
				own |= t == r;
				asked |= cs[t].cls == C_REQUEST;
			}
		if (own || !asked)
			continue;
		/* "declined to give a timeline", "refused to comment": the
		 * refusal has an object of its own, no system */
		int other = 0;
		for (int q = 0; q < w->nc && !other; q++) {
			if (cs[q].gov != r)
				continue;
			int j = cs[q].pos + 1;
			while (j < (int)w->v->n && fwa(w->v, j) & (W_DET | W_QADJ))
				j++;
			other = is_word(w->v, j) && !(fwa(w->v, j) & (W_TO | W_OBL | W_GEN));
		}
		if (other)
			continue;
		const struct provs *ps = providers_of(w, r);
		for (int i = 0; i < w->ng && ps->n && !ps->weak; i++) {
			const struct group *g = &w->gs[i];
			if (g->cue < 0 || g->used || g->own || (g->generic && !g->money) ||
			    cs[chain_top(cs, g->cue)].cls != C_REQUEST)
				continue;
			for (int p = 0; p < ps->n; p++)
				add_record(doc, w->v, w->first, DS_ACT_REFUSE, ps->p[p], g, -1, -1);
		}
	}
}

/* Leave asked to give: "Germany asked Switzerland for permission to
 * re-export Gepard ammunition", "l'Allemagne a demandé à la Suisse
 * l'autorisation de livrer": the one who asks weighs giving (the one
 * asked gives nothing; its refusal, if told, is refused_requests'). */
static void leave_asked(struct dossier_doc *doc, struct sentwork *w)
{
	const struct ds_sentview *v = w->v;
	const struct cue *cs = w->cs;
	for (int i = 0; i < w->ng; i++) {
		const struct group *g = &w->gs[i];
		if (g->cue < 0 || g->used || g->own || (g->generic && !g->money))
			continue;
		int t = chain_top(cs, g->cue);
		if (cs[t].cls != C_REQUEST || cs[t].neg || cs[t].tense == T_NOUN ||
		    !permission_between(v, cs[t].pos, cs[g->cue].pos))
			continue;
		struct provs subj;
		memset(&subj, 0, sizeof subj);
		subject_of(v, cs[t].first, &subj);
		for (int p = 0; p < subj.n && !subj.blocked; p++)
			if (v->kb->ents[subj.p[p]].kind == DOSSIER_KIND_STATE)
				add_record(doc, v, w->first, DS_ACT_CONSIDER, subj.p[p], g, -1, -1);
		/* "..., but Bern said no", "mais Berne a refusé": the one asked
		 * refuses */
		static const char *const no[] = {"no", "non", NULL};
		static const char *const refused[] = {"refused", "declined", "refuse", "refuses",
						      "refusait", NULL};
		for (int j = g->last + 1; j + 1 < (int)v->n; j++) {
			if (role_at(v, j) != DS_R_PROV || v->u[j].form == DOSSIER_FORM_DEMONYM ||
			    !(word_is(v, j - 1, "but") || word_is(v, j - 1, "mais")))
				continue;
			int k = j + 1;
			while (k < (int)v->n && k <= j + 2 && fwa(v, k) & (W_HAVE | W_SKIP))
				k++;
			int says_no = ((word_is(v, k, "said") || word_is(v, k, "says") ||
					word_is(v, k, "dit")) && word_in(v, k + 1, no)) ||
				      ((word_in(v, k, refused) || word_is(v, k, "refuse")) &&
				       (k + 1 >= (int)v->n || v->u[k + 1].kind == DS_U_PUNCT));
			if (says_no)
				add_record(doc, v, w->first, DS_ACT_REFUSE, v->u[j].ent, g, -1, -1);
			break;
		}
	}
}

/* The records of one sentence, appended to doc->aid; ctx carries what the
 * next sentences may refer to. w is the caller's scratch (it is large). */
/* "Neither France nor Italy will send tanks": the verb after a subject
 * opened by "neither" is denied. */
static void neither_subject(const struct ds_sentview *v, struct cue *cs, int n)
{
	for (int k = 0; k < n && !v->fr; k++) {
		struct cue *c = &cs[k];
		if (c->tense == T_NOUN || c->neg)
			continue;
		int j = c->first - 1, parties = 0;
		while (j >= 0 && (role_at(v, j) == DS_R_PROV || fwa(v, j) & (W_COORD | W_DET) ||
				  is_punct(v, j, ','))) {
			parties += role_at(v, j) == DS_R_PROV;
			j--;
		}
		if (parties && word_is(v, j, "neither")) {
			c->neg = 1;
			c->action = own_action(c);
		}
	}
}

/* --- the same again ------------------------------------------------------- */

/* How a state is said to do what was just told ("Denmark did the same",
 * "La Belgique en a fait autant"): the tense or mood of that verb. */
enum { DITTO_SAME = 1, DITTO_WILL, DITTO_MAYBE, DITTO_NEITHER };

/* Is unit i a PROV mention that may be a party doing the same? */
static int ditto_party(const struct ds_sentview *v, int i)
{
	return role_at(v, i) == DS_R_PROV && v->u[i].ent >= 0 && !excluded_party(v, i);
}

/* The list of parties that starts at unit i ("Spain and Italy", "de la
 * Pologne, de la République tchèque et de la Slovénie"): its end (one past
 * its last party), or i when no party starts there. */
static int ditto_list(const struct ds_sentview *v, int i)
{
	int end = i;
	for (int k = i; k < (int)v->n; k++) {
		if (ditto_party(v, k)) {
			end = k + 1;
			continue;
		}
		if (!(is_punct(v, k, ',') || fwa(v, k) & W_COORD || word_is(v, k, "de") ||
		      word_is(v, k, "d'") || word_is(v, k, "du") || word_is(v, k, "des")))
			break;
	}
	return end;
}

/* The mood of the verb group that ends at unit k (a form of "do", "faire"
 * or "follow"): the words before it say "will", "could", or nothing. 0
 * when it is no plain statement ("plans to do the same", "urged Spain to
 * follow suit"). */
static int ditto_mood(const struct ds_sentview *v, int k)
{
	static const char *const will[] = {"will", "'ll", "would", "shall", "va", "vont", "allait",
					   NULL};
	static const char *const maybe[] = {"could", "may", "might", "pourrait", "pourraient",
					    "pourra", "pourront", NULL};
	static const char *const future[] = {"fera", "feront", "ferait", "feraient", NULL};
	static const char *const inf[] = {"do", "follow", "faire", NULL};
	if (word_in(v, k, future) || word_in(v, k, will))
		return DITTO_WILL;
	int j = k - 1;
	while (j >= 0 && fwa(v, j) & W_SKIP)
		j--;
	if (word_in(v, k, inf)) {
		if (word_in(v, j, will))
			return DITTO_WILL;
		if (word_in(v, j, maybe))
			return DITTO_MAYBE;
		if (word_is(v, j, "to") && word_is(v, j - 1, "going"))
			return DITTO_WILL;
		/* "did not do": asked about by the caller; other infinitives
		 * are a wish or a plan of someone else's */
		return word_is(v, j, "did") || word_is(v, j, "'t") || word_is(v, j, "not") ? DITTO_SAME
											 : 0;
	}
	return DITTO_SAME;
}

/* One saying that parties do what was just told, found by ditto_form. */
struct ditto {
	int mood;      /* DITTO_* */
	int pa, pb;    /* the parties: units [pa, pb) */
	int fa, fb;    /* the whole form: units [fa, fb) */
	int inline_;   /* what they do is told before in the sentence ("..., as
			* did Spain"), not in the sentence before */
	int spec;      /* the parties may be members of a vague group just
			* told ("Tel a été le cas de", "Among them are") */
	int self;      /* the parties do again what they did ("a répondu de la
			* même manière", "responded in the same way") */
};

/* The first saying at or after unit `from` that parties do what was just
 * told: 1 and *d filled, or 0. */
static int ditto_form(const struct ds_sentview *v, int from, struct ditto *d)
{
	static const char *const aux[] = {"did", "does", "do", "has", "have", "had", "will", "would",
					  "is", "are", "was", "were", NULL};
	static const char *const do_[] = {"did", "does", "do", "done", "doing", NULL};
	static const char *const follow[] = {"followed", "follow", "follows", "following", NULL};
	static const char *const faire[] = {"fait", "fera", "feront", "ferait", "feraient", "font",
					    "faire", "faisait", "faisaient", NULL};
	static const char *const too[] = {"too", "aussi", "egalement", NULL};
	static const char *const de[] = {"de", "d'", "du", "des", "pour", NULL};
	static const char *const wish[] = {"whether", "if", "si", "hope", "hopes", "hoped",
					   "hoping", "expects", "expect", "urged", "urges",
					   "wants", "espere", "esperent", "souhaite", "souhaitent",
					   NULL};
	int n = (int)v->n;
	while (n > 0 && v->u[n - 1].kind == DS_U_PUNCT)
		n--;
	memset(d, 0, sizeof *d);
	for (int i = from; i < n; i++) {
		/* (most words are none of those a form is found at: told apart
		 * by their first letter and length) */
		unsigned l0 = (unsigned char)ds_unit_word(v, (size_t)i)[0] - 'a';
		if (v->u[i].kind != DS_U_WORD || l0 >= 26 || v->u[i].n >= 16 ||
		    !(ditto_lengths[l0] >> v->u[i].n & 1) || !word_in(v, i, ditto_at))
			continue;
		/* "So did Italy", "Neither will Italy", "And so has Spain" */
		int s = i == 0 || (i == 1 && (word_is(v, 0, "and") || word_is(v, 0, "but")));
		if (s && (word_is(v, i, "so") || word_is(v, i, "neither") || word_is(v, i, "nor")) &&
		    word_in(v, i + 1, aux) && ditto_list(v, i + 2) > i + 2) {
			d->fa = i;
			d->pa = i + 2;
			d->pb = d->fb = ditto_list(v, i + 2);
			if (!word_is(v, i, "so"))
				d->mood = DITTO_NEITHER;
			else if (word_is(v, i + 1, "will") || word_is(v, i + 1, "would"))
				d->mood = DITTO_WILL;
			else
				d->mood = DITTO_SAME;
			return 1;
		}
		/* "..., as did Spain and Italy" */
		if (word_is(v, i, "as") && is_punct(v, i - 1, ',') && word_in(v, i + 1, aux) &&
		    ditto_list(v, i + 2) > i + 2) {
			d->fa = i;
			d->pa = i + 2;
			d->pb = d->fb = ditto_list(v, i + 2);
			d->inline_ = 1;
			d->mood = DITTO_SAME;
			return 1;
		}
		/* "..., tout comme l'Allemagne.", "..., just like Germany.", "...,
		 * comme la Pologne avant elle": the gift before, given by them
		 * too */
		if (comparison_at(v, i) >= 0) {
			int e = ditto_list(v, i + 1);
			if (e > i + 1 && (e >= n || is_punct(v, e, ',') || word_is(v, e, "avant") ||
					  word_is(v, e, "before"))) {
				d->fa = i;
				d->pa = i + 1;
				d->pb = d->fb = e;
				d->inline_ = 1;
				d->mood = DITTO_SAME;
				return 1;
			}
		}
		/* "..., comme l'ont fait le Danemark et la Lituanie", "comme le
		 * fera la Norvège" */
		if (word_is(v, i, "comme") && is_punct(v, i - 1, ',') &&
		    (word_is(v, i + 1, "l'") || word_is(v, i + 1, "le"))) {
			int k = i + 2;
			while (k < i + 5 && !word_in(v, k, faire))
				k++;
			if (k < i + 5 && ditto_list(v, k + 1) > k + 1) {
				d->fa = i;
				d->pa = k + 1;
				d->pb = d->fb = ditto_list(v, k + 1);
				d->inline_ = 1;
				d->mood = word_is(v, k, "fera") || word_is(v, k, "feront") ? DITTO_WILL
											   : DITTO_SAME;
				return 1;
			}
		}
		/* the parties after: "Tel a été le cas de la Pologne", "c'est
		 * aussi le cas du Danemark", "il en va de même pour la Norvège",
		 * "the same goes for Spain", "the same is true of Italy" */
		int after = -1, fa = i;
		if (word_is(v, i, "cas") && word_is(v, i - 1, "le")) {
			for (int k = i - 2; k >= 0 && k >= i - 5; k--)
				if (word_is(v, k, "tel") || word_is(v, k, "c'"))
					fa = k;
			int k = i + 1;
			while (k < i + 3 && (word_in(v, k, too) || fwa(v, k) & W_INCL))
				k++; /* "c'est le cas notamment de" */
			if (fa < i)
				after = word_in(v, k, de) ? k + 1 : k;
		}
		if (word_is(v, i, "meme") && word_is(v, i - 1, "de") && word_in(v, i + 1, de))
			after = i + 2;
		if (word_is(v, i, "meme") && word_is(v, i + 1, "chose") && word_is(v, i + 2, "pour"))
			after = i + 3;
		if (word_is(v, i, "same") && word_is(v, i - 1, "the") &&
		    (word_is(v, i + 1, "goes") || word_is(v, i + 1, "applies") ||
		     (word_is(v, i + 1, "is") && word_is(v, i + 2, "true")))) {
			int k = i + 2;
			while (k < i + 4 && !(word_is(v, k, "for") || word_is(v, k, "of") ||
					      word_is(v, k, "to")))
				k++;
			after = k < i + 4 ? k + 1 : -1;
		}
		/* "Among them are Poland and Slovenia", "Parmi eux, la
		 * Pologne" */
		if (i == 0 && (word_is(v, i, "among") || word_is(v, i, "parmi"))) {
			static const char *const them[] = {"them", "these", "those", "eux", "elles",
							   "ceux", "celles", "lesquels", "lesquelles",
							   NULL};
			static const char *const are[] = {"are", "were", "figurent", "figuraient",
							  "on", "compte", "se", "trouvent", NULL};
			int k = i + 1;
			if (word_in(v, k, them)) {
				k++;
				while (k < i + 5 && (is_punct(v, k, ',') || word_in(v, k, are)))
					k++;
				after = k;
			}
		}
		if (after >= 0 && ditto_list(v, after) > after) {
			d->fa = fa;
			d->pa = after;
			d->pb = d->fb = ditto_list(v, after);
			d->mood = DITTO_SAME;
			d->spec = 1;
			return 1;
		}
		/* the verb of doing the same, after its subject */
		int verb = -1, self = 0;
		if (word_is(v, i, "same") && word_is(v, i - 1, "the") && word_in(v, i - 2, do_))
			verb = i - 2;
		else if (word_is(v, i, "likewise") && word_in(v, i - 1, do_))
			verb = i - 1;
		else if (word_is(v, i, "suit") && word_in(v, i - 1, follow))
			verb = i - 1;
		/* "Slovakia followed with its own jets": the same, with those */
		else if (word_is(v, i, "with") && word_in(v, i - 1, follow) &&
			 (is_item_unit(v, i + 1) || is_item_unit(v, i + 2) ||
			  is_item_unit(v, i + 3)))
			verb = i - 1;
		else if (word_is(v, i, "meme") && word_is(v, i - 1, "de") && word_in(v, i - 2, faire))
			verb = i - 2;
		else if (word_is(v, i, "chose") && word_is(v, i - 1, "meme") && word_is(v, i - 2, "la") &&
			 word_in(v, i - 3, faire))
			verb = i - 3;
		else if (word_is(v, i, "autant") && word_in(v, i - 1, faire))
			verb = i - 1;
		/* "a répondu de la même manière", "responded in the same way":
		 * the parties again */
		else if (word_is(v, i, "meme") && word_is(v, i - 1, "la") && word_is(v, i - 2, "de") &&
			 (word_is(v, i + 1, "maniere") || word_is(v, i + 1, "facon")) &&
			 is_word(v, i - 3))
			verb = i - 3, self = 1;
		else if (word_is(v, i, "same") && word_is(v, i - 1, "the") && word_is(v, i - 2, "in") &&
			 word_is(v, i + 1, "way") && is_word(v, i - 3))
			verb = i - 3, self = 1;
		else if (word_is(v, i, "pas") && word_is(v, i - 1, "le") && i >= 2 &&
			 !strncmp(ds_unit_word(v, (size_t)i - 2), "emboit", 6))
			verb = i - 2;
		else if (i + 1 == n && word_in(v, i, too) &&
			 (word_in(v, i - 1, aux) || (word_is(v, i - 1, "so") && word_in(v, i - 2, aux))))
			verb = word_is(v, i - 1, "so") ? i - 2 : i - 1; /* "Spain did so too" */
		if (verb < 0) {
			/* "La Slovaquie aussi.", "Slovakia too.", "Spain as well." */
			int last = word_is(v, i, "well") && word_is(v, i - 1, "as") ? i - 1 : i;
			if (i + 1 == n && (word_in(v, i, too) || last < i) && last > 0 &&
			    ditto_list(v, 0) == last) {
				d->pa = d->fa = 0;
				d->pb = last;
				d->fb = n;
				d->mood = DITTO_SAME;
				return 1;
			}
			continue;
		}
		/* its subject: the parties right before its verb group, a plain
		 * subject (not one hoped for or asked about: "hopes France will
		 * do the same", "asked whether Spain would follow suit") */
		int b = verb - 1;
		while (b >= 0 && b > verb - 6 && !ditto_party(v, b) &&
		       (fwa(v, b) & (W_HAVE | W_BE | W_GO | W_WILL | W_WOULD | W_CAN | W_COULD |
				     W_SKIP | W_DO | W_ELIDE | W_PRON | W_REPORT | W_NEG | W_NEGEND) ||
			word_is(v, b, "en") || word_is(v, b, "lui") || word_is(v, b, "l'")))
			b--;
		if (!ditto_party(v, b))
			continue;
		int a = b;
		while (a > 0 && (ditto_party(v, a - 1) || is_punct(v, a - 1, ',') ||
				 fwa(v, a - 1) & W_COORD))
			a--;
		while (a < b && !ditto_party(v, a))
			a++;
		int l = a - 1;
		while (l >= 0 && fwa(v, l) & W_DET)
			l--;
		if (word_in(v, l, wish) || fwa(v, l) & (W_REL | W_WANT | W_TO | W_ASKED))
			continue;
		d->mood = ditto_mood(v, verb);
		if (!d->mood)
			continue;
		d->self = self;
		d->pa = d->fa = a;
		d->pb = b + 1;
		d->fb = i + 1;
		return 1;
	}
	return 0;
}

/* The records of what the parties of form d do, with the things named after
 * it: the action of the records of the sentence before, when they have
 * one (adjusted by the form's mood). */
static void same_with(struct dossier_doc *doc, struct sentwork *w, const struct ditto *d)
{
	const struct ds_sentview *v = w->v;
	uint8_t act = 0;
	for (size_t r = w->first; r-- > 0 && doc->aid[r].sent + 1 == w->si;) {
		uint8_t a = doc->aid[r].action;
		if (a != DS_ACT_PLEDGE && a != DS_ACT_DELIVER && a != DS_ACT_REFUSE &&
		    a != DS_ACT_CONSIDER)
			continue;
		/* (doing again: what the parties themselves did) */
		int theirs = !d->self;
		for (int k = d->pa; k < d->pb && !theirs; k++)
			theirs = ditto_party(v, k) && v->u[k].ent == doc->aid[r].provider;
		if (!theirs)
			continue;
		if (act && a != act)
			return; /* two things were done: which one is not said */
		act = a;
	}
	if (!act || (d->mood == DITTO_NEITHER && act != DS_ACT_REFUSE))
		return;
	if (d->mood == DITTO_WILL && act == DS_ACT_DELIVER)
		act = DS_ACT_PLEDGE;
	if (d->mood == DITTO_MAYBE) {
		if (act == DS_ACT_REFUSE)
			return;
		act = DS_ACT_CONSIDER;
	}
	for (int g = 0; g < w->ng; g++) {
		const struct group *gp = &w->gs[g];
		if (gp->first < d->fb || gp->used || gp->money || gp->generic ||
		    (gp->item < 0 && !gp->cat))
			continue;
		for (int k = d->pa; k < d->pb; k++)
			if (ditto_party(v, k))
				add_record(doc, v, w->first, act, v->u[k].ent, gp, -1, -1);
	}
}

/* A state said to do as another just did: "Denmark did the same", "So did
 * Italy", "Spain followed suit", "La Belgique en a fait autant", "Tel a
 * été le cas de la Pologne", "Il en va de même pour la Norvège"; within a
 * sentence, "..., as did Spain and Italy", "..., comme l'ont fait le
 * Danemark et la Lituanie", "Greece delivered BMP-1s; Bulgaria followed
 * suit". The gifts told just before (earlier in the sentence, else in the
 * sentence before) are given again by each party named, with the count
 * and the sum left out: the same kind of gift, not the same amount. A
 * negation ("Spain did not do the same") says nothing of what Spain did; a
 * saying followed by a system of its own speaks of another gift ("Britain
 * did the same with M270 launchers"). */
static void ditto(struct dossier_doc *doc, struct sentwork *w)
{
	const struct ds_sentview *v = w->v;
	const size_t own_end = doc->n_aid; /* the sentence's own records end */
	/* gifts told in this sentence, the one before, or by a vague group
	 * just before: else there is nothing to do again */
	if (own_end == w->first && !(w->first && doc->aid[w->first - 1].sent + 1 == w->si) &&
	    !(w->ctx->nvague && w->ctx->vague_sent + 1 == w->si))
		return;
	struct ditto d;
	for (int at = 0; at < (int)v->n && ditto_form(v, at, &d); at = d.fb) {
		int neg = 0;
		for (int i = d.fa; i < d.fb && d.mood != DITTO_NEITHER; i++)
			neg |= (fwa(v, i) & W_NEG) != 0;
		int later_item = 0;
		for (int g = 0; g < w->ng; g++)
			if (w->gs[g].last >= d.pa && (w->gs[g].item >= 0 || (w->gs[g].cat && !w->gs[g].generic)))
				later_item = 1;
		if (neg)
			continue;
		if (later_item) {
			/* "Britain did the same with M270 launchers", "Berne a
			 * répondu de la même manière à des demandes concernant des
			 * canons antiaériens": what was just done, done with the
			 * things this sentence names */
			if (own_end == w->first && !d.inline_ && !d.spec && w->si > 0)
				same_with(doc, w, &d);
			continue;
		}
		/* "Berlin reacted in the same way": again, with nothing new */
		if (d.self)
			continue;
		size_t from = w->first, to = own_end;
		if (from == to && !d.inline_) {
			/* the sentence before, when this one tells nothing else */
			for (int g = 0; g < w->ng; g++)
				if (w->gs[g].item >= 0 || (w->gs[g].cat && !w->gs[g].generic))
					later_item = 1;
			if (later_item || w->si == 0 || v->n > 40)
				continue;
			while (from > 0 && doc->aid[from - 1].sent + 1 == w->si)
				from--;
		}
		char own[11] = "";
		if (from < w->first && ds_when_view(v, doc->date, own) && doc->date &&
		    !strcmp(own, doc->date))
			own[0] = '\0';
		if (from == to && d.spec && w->ctx->nvague && w->ctx->vague_sent + 1 == w->si) {
			/* the members of a vague group just told */
			size_t made = doc->n_aid;
			for (int g = 0; g < w->ctx->nvague; g++)
				for (int k = d.pa; k < d.pb; k++) {
					struct group told = {.first = k, .last = k,
							     .item = w->ctx->vague[g].item,
							     .cat = w->ctx->vague[g].cat,
							     .amount = -1, .qty = -1, .cue = -1, .cue2 = -1};
					if (ditto_party(v, k))
						add_record(doc, v, made, w->ctx->vague[g].action,
							   v->u[k].ent, &told, -1, -1);
				}
			ds_when_view(v, doc->date, own);
			for (size_t r = made; r < doc->n_aid; r++)
				memcpy(doc->aid[r].date, own, sizeof own);
			continue;
		}
		for (size_t r = from; r < to; r++) {
			uint8_t act = doc->aid[r].action;
			if (act != DS_ACT_PLEDGE && act != DS_ACT_DELIVER && act != DS_ACT_REFUSE &&
			    act != DS_ACT_CONSIDER)
				continue;
			if (d.mood == DITTO_NEITHER && act != DS_ACT_REFUSE)
				continue;
			if (d.mood == DITTO_WILL && act == DS_ACT_DELIVER)
				act = DS_ACT_PLEDGE;
			if (d.mood == DITTO_MAYBE) {
				if (act == DS_ACT_REFUSE)
					continue;
				act = DS_ACT_CONSIDER;
			}
			for (int k = d.pa; k < d.pb; k++) {
				if (!ditto_party(v, k))
					continue;
				int32_t prov = v->u[k].ent;
				int seen = 0;
				for (size_t q = from; q < doc->n_aid && !seen; q++)
					seen = doc->aid[q].provider == prov &&
					       (q < to || (doc->aid[q].item == doc->aid[r].item &&
							   doc->aid[q].category == doc->aid[r].category));
				if (seen)
					continue;
				ds_grow(&doc->aid, &doc->cap_aid, doc->n_aid + 1, sizeof *doc->aid);
				struct ds_aid *a = &doc->aid[doc->n_aid++];
				*a = doc->aid[r];
				a->action = act;
				a->provider = prov;
				a->quantity = -1;
				a->amount = -1;
				a->currency = NULL;
				a->sent = (uint32_t)w->si;
				a->at = k;
				if (own[0])
					memcpy(a->date, own, sizeof a->date);
			}
		}
	}
}

/* Dates record a with the date its sentence tells for it. A delivery is
 * past: a month after the story's is that month a year before ("got its
 * first F-16 jets in August", told in June); any other date after the
 * story's is the story's. */
static void date_record(const struct dossier_doc *doc, struct ds_aid *a, const char *date)
{
	size_t k = doc->date ? strlen(doc->date) : 0, kd = strlen(date);
	int later = k && kd && memcmp(date, doc->date, kd < k ? kd : k) > 0;
	char past[11];
	snprintf(past, sizeof past, "%s", date);
	int y = ds_digits(date, 4) - 1;
	if (later && kd >= 7 && y >= 1900 && y <= 2099) {
		char yy[16];
		snprintf(yy, sizeof yy, "%04d", y);
		memcpy(past, yy, 4);
		if (memcmp(past, doc->date, kd < k ? kd : k) > 0)
			snprintf(past, sizeof past, "%s", doc->date);
	} else if (later) {
		snprintf(past, sizeof past, "%s", doc->date);
	}
	snprintf(a->date, sizeof a->date, "%s", later && a->action == DS_ACT_DELIVER ? past : date);
}

static void aid_sentence(struct dossier_doc *doc, const struct ds_sentview *v, struct aid_ctx *ctx,
			 size_t si, struct sentwork *w)
{
	memset(w->pdone, 0, sizeof w->pdone);
	w->v = v;
	w->ctx = ctx;
	w->si = si;
	clauses(v, w->cl);
	w->nc = find_cues(v, w->cs);
	link_governors(v, w->cs, w->nc, w->cl);
	neither_subject(v, w->cs, w->nc);
	hedge_cues(v, w->cs, w->nc, w->cl);
	new_aid_pledges(w);
	nouns_to_come(w);
	asked_about(w);
	w->ng = find_groups(v, w->gs);
	struct group *gs = w->gs;
	int has_ukr = 0, money = 0;
	for (size_t i = 0; i < v->n; i++)
		if (v->u[i].role == DS_R_UKR)
			has_ukr = 1;
	for (int i = 0; i < w->ng; i++) {
		gs[i].qty = gs[i].money ? -1 : group_quantity(v, &gs[i]);
		group_providers(v, &gs[i]);
		if (gs[i].money)
			money = 1;
	}
	refine_groups(v, gs, w->ng, ctx, si);
	/* "des munitions pour les NASAMS et des obus de 155 mm": listed */
	for (int i = 1; i < w->ng; i++) {
		int k = gs[i - 1].last + 1, f = gs[i].first;
		if ((is_punct(v, k, ',') || (fwa(v, k) & W_COORD && !word_is(v, k, "or") &&
					     !word_is(v, k, "ou"))) &&
		    (f == k + 1 || (f == k + 2 && fwa(v, k + 1) & (W_DET | W_GEN))))
			gs[i].coord = 1;
	}
	int last_item = -1;
	for (int i = 0; i < w->ng; i++)
		if (gs[i].item >= 0)
			last_item = i;
	if (last_item >= 0 && !w->nc) {
		ctx->item = gs[last_item].item;
		ctx->item_sent = si;
	}
	if (!w->nc) {
		for (int i = 0; i < w->ng; i++)
			remember_item(ctx, gs[i].item, si);
		w->first = doc->n_aid;
		ditto(doc, w);
		return;
	}
	attach(v, w->cs, w->nc, gs, w->ng, w->cl);
	/* "confirmed Storm Shadow deliveries": the system qualifies the noun
	 * of giving right after it, which tells what was confirmed */
	for (int i = 0; i < w->ng; i++) {
		int k = gs[i].cue, n = cue_at(w->cs, w->nc, gs[i].last + 1);
		if (n >= 0 && n != k && w->cs[n].tense == T_NOUN &&
		    (w->cs[n].cls == C_GIVE || w->cs[n].cls == C_DONATE) &&
		    ((k >= 0 && w->cs[k].pos < gs[i].first && w->cs[k].flags & X_SAYS) ||
		     /* "to speed up F-16 deliveries" */
		     (k < 0 && word_in(v, gs[i].first - 1, pace))))
			gs[i].cue = n;
	}
	/* a group object of two verbs is read with each */
	for (int i = 0, n0 = w->ng; i < n0 && w->ng < MAX_ITEMS; i++)
		if (gs[i].cue2 >= 0) {
			gs[w->ng] = gs[i];
			gs[w->ng].cue = gs[i].cue2;
			gs[w->ng].cue2 = -1;
			w->ng++;
		}
	implied_groups(w, w->ng);
	w->first = doc->n_aid;
	exchanges(doc, w);
	party_shares(w);
	gapped_shares(w);
	struct provs last;
	memset(&last, 0, sizeof last);
	w->nally = 0;
	emit_groups(doc, w, has_ukr, money, &last);
	ally_backfills(doc, w);
	elided_shares(doc, w);
	partitive_shares(doc, w);
	refused_requests(doc, w);
	leave_asked(doc, w);
	if (last.n) {
		ctx->last = last;
		ctx->last_sent = si;
		ctx->has_last = 1;
	}
	/* the date of the event, read once the sentence gave records */
	if (doc->n_aid > w->first) {
		char date[11];
		struct ds_when_hit hits[8];
		size_t nh = 0;
		ds_when_view_all(v, doc->date, date, hits, DS_ARRAY_LEN(hits), &nh);
		for (size_t i = w->first; i < doc->n_aid; i++) {
			/* two events, two dates: "sent 14 tanks in February and will
			 * send 60 in March" (the date nearest the verb of its item) */
			const char *d = date;
			long best = LONG_MAX, at = doc->aid[i].at, next = LONG_MAX;
			for (int g = 0; g < w->ng; g++)
				if (w->gs[g].first == at && w->gs[g].cue >= 0) {
					at = w->cs[w->gs[g].cue].pos;
					break;
				}
			/* its clause runs to the next verb: a date there is its
			 * own ("will send 60 in September"); else the nearest */
			for (int k = 0; k < w->nc && nh > 1; k++)
				if (w->cs[k].tense != T_NOUN && w->cs[k].pos > at && w->cs[k].pos < next)
					next = w->cs[k].pos;
			for (int pass = 0; pass < 2 && best == LONG_MAX; pass++)
				for (size_t h = 0; nh > 1 && at >= 0 && h < nh; h++) {
					long dist = labs((long)hits[h].at - at);
					if (!pass && !((long)hits[h].at > at && (long)hits[h].at < next))
						continue;
					if (dist < best) {
						best = dist;
						d = hits[h].date;
					}
				}
			date_record(doc, &doc->aid[i], d);
		}
	}
	/* what a later "ce système", "cette livraison" speaks of: not what
	 * replaces a state's own stock ("qui doivent être remplacés par des
	 * F-35": the aircraft given are the ones spoken of after) */
	int spoken = -1;
	for (int i = 0; i < w->ng; i++)
		if (gs[i].item >= 0 &&
		    !(gs[i].cue >= 0 && w->cs[gs[i].cue].cls == C_BACKFILL &&
		      w->cs[gs[i].cue].pos < gs[i].first && fwa(v, gs[i].first - 1) & W_AGENT)) {
			spoken = i;
			remember_item(ctx, gs[i].item, si);
		}
	if (spoken >= 0) {
		ctx->item = gs[spoken].item;
		ctx->item_sent = si;
	} else if (last_item >= 0 && gs[last_item].cue >= 0 &&
		   w->cs[gs[last_item].cue].cls == C_BACKFILL) {
		/* (only a replacement named: the thing spoken of is still the
		 * one before) */
	} else if (last_item >= 0) {
		ctx->item = gs[last_item].item;
		ctx->item_sent = si;
	}
	ditto(doc, w);
}

/* Is the word before text offset off a preposition ("in Kyiv", "selon
 * Berlin", "à Washington")? Then the name there is no subject. */
static int after_preposition(const char *text, uint32_t off)
{
	static const char *const preps[] = {
		"in", "to", "from", "with", "for", "by", "at", "on", "against", "into", "of",
		"over", "about", "selon", "pour", "avec", "par", "sur", "contre", "dans", "vers",
		"chez", "entre", "apres", "avant", "\xc3\xa0", "a", "according", "like", "comme",
		"than", "que", NULL};
	uint32_t e = off;
	while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == ','))
		e--;
	uint32_t b = e;
	while (b > 0 && e - b < 12 && ((unsigned char)text[b - 1] >= 0x80 || ds_isalpha(text[b - 1])))
		b--;
	if (b == e || e - b >= 12)
		return 0;
	char w[16];
	size_t n = 0;
	for (uint32_t i = b; i < e; i++)
		w[n++] = (char)ds_tolower((unsigned char)text[i]);
	w[n] = '\0';
	if (!strcmp(w, "apr\xc3\xa8s"))
		return 1;
	for (const char *const *p = preps; *p; p++)
		if (!strcmp(w, *p))
			return 1;
	return 0;
}

/* With a party named: money, a system named before ("le système", "la
 * livraison", "en a promis"), an exchange. */
struct clue {
	const char *s;
	size_t n;
};
#define CLUE(s) {s, sizeof s - 1}
static const struct clue with_party[] = {
	CLUE("$"), CLUE("\xe2\x82\xac"), CLUE("\xc2\xa3"), CLUE("dollar"), CLUE("euro"),
	CLUE("syst"), CLUE("unit"), CLUE("exemplaire"), CLUE("batter"), CLUE("donation"), CLUE("request"),
	CLUE("livraison"), CLUE("delivery"), CLUE("change"), CLUE("swap"), CLUE("Ringtausch"),
	CLUE("en a "), CLUE("en ont "), CLUE("d'en "), CLUE("d\xe2\x80\x99" "en "), CLUE("n'en "),
	CLUE("n\xe2\x80\x99" "en "), CLUE(" more"), CLUE(" autres"),
	/* an object pronoun for a system named before: "will send them" (and
	 * "it", see worth_reading) */
	CLUE(" them"),
	/* a count of the thing named before: "49 of its own", "six d'entre
	 * eux", "Of those, four" */
	CLUE(" own"), CLUE("entre eux"), CLUE("entre elles"), CLUE("Of th"), CLUE("Parmi eux"),
	CLUE("Parmi elles"),
};
/* The other currencies ex_number.c reads, looked for only where a large sum
 * is ("million", "milliard", "billion"). */
static const struct clue currencies[] = {
	CLUE("kron"), CLUE("crown"), CLUE("couronne"), CLUE("pound"), CLUE("livres"),
	CLUE("sterling"), CLUE("francs"), CLUE("zlot"), CLUE("korun"), CLUE(" yen"),
	CLUE("NOK"), CLUE("SEK"), CLUE("DKK"), CLUE("CHF"), CLUE("PLN"), CLUE("CZK"),
};
/* Right after a sentence that gave records (or told gifts of a vague
 * group), with a party named: "did the same", "So did Italy", "followed
 * suit", "en a fait autant", "Tel a été le cas de", "Slovakia too",
 * "Among them" (see ditto). */
static const struct clue ditto_clues[] = {
	CLUE("same"), CLUE("m\xc3\xaame"), CLUE("suit"), CLUE("autant"),
	CLUE("likewise"), CLUE("cas "), CLUE("aussi"), CLUE("galement"), CLUE("too"),
	CLUE("well"), CLUE("So "), CLUE("Neither "), CLUE("Nor "), CLUE("pareil"), CLUE("le pas"),
	CLUE("mong "), CLUE("armi "),
};
/* Alone: a stock report ("notre stock", "shortage"). */
static const struct clue alone[] = {CLUE("stock"), CLUE("\xc3\xa9puis"), CLUE("nurie"),
				    CLUE("shortage"), CLUE("deplet")};
#undef CLUE

/* Is sentence si worth reading: a system, a category word or money, or
 * words of a stock report? The clues are searched one by one (ds_memmem
 * skips 16 bytes at a time where a clue's first and last bytes are not
 * both found); without a party named, only the stock words. */
static int worth_reading(const struct dossier_doc *doc, const struct dossier_kb *kb, size_t si,
			 size_t m0, size_t m1, int after_gift, int after_records)
{
	/* right after a gift, its party may go unsaid: "The delivery is
	 * expected in the spring" */
	int party = after_gift;
	for (size_t i = m0; i < m1; i++) {
		uint8_t k = kb->ents[doc->mentions[i].entity].kind;
		if (k == DOSSIER_KIND_MATERIEL || k == DOSSIER_KIND_CATEGORY)
			return 1;
		party = 1;
	}
	const char *s = doc->text.ptr + doc->sents[si].start;
	size_t n = doc->sents[si].end - doc->sents[si].start;
	for (size_t i = 0; i < DS_ARRAY_LEN(alone); i++)
		if (ds_memmem(s, n, alone[i].s, alone[i].n))
			return 1;
	for (size_t i = 0; party && i < DS_ARRAY_LEN(with_party); i++)
		if (ds_memmem(s, n, with_party[i].s, with_party[i].n))
			return 1;
	if (!party)
		return 0;
	/* "ruled it out", "send it to", "considering it.": one scan */
	for (const char *p = ds_memmem(s, n, " it", 3); p;
	     p = ds_memmem(p + 3, n - (size_t)(p + 3 - s), " it", 3)) {
		size_t rest = n - (size_t)(p + 3 - s);
		if (rest && (p[3] == '.' || p[3] == ','))
			return 1;
		if (rest >= 4 && (!memcmp(p + 3, " out", 4) || !memcmp(p + 3, " to ", 4)))
			return 1;
	}
	/* a French object pronoun before a verb of giving or an auxiliary:
	 * "va les envoyer", "les a livrés" */
	static const char *const after_les[] = {"livr",  "envoy", "fourn", "c\xc3\xa9" "d",
						"c\xc3\xa8" "d", "transf", "remet", "a ",
						"ont ",   "avait "};
	for (const char *p = ds_memmem(s, n, " les ", 5); p;
	     p = ds_memmem(p + 5, n - (size_t)(p + 5 - s), " les ", 5)) {
		size_t rest = n - (size_t)(p + 5 - s);
		for (size_t i = 0; i < DS_ARRAY_LEN(after_les); i++) {
			size_t k = strlen(after_les[i]);
			if (rest >= k && !memcmp(p + 5, after_les[i], k))
				return 1;
		}
	}
	for (size_t i = 0; after_records && i < DS_ARRAY_LEN(ditto_clues); i++)
		if (ds_memmem(s, n, ditto_clues[i].s, ditto_clues[i].n))
			return 1;
	int sum = ds_memmem(s, n, "illi", 4) != NULL;
	for (size_t i = 0; sum && i < DS_ARRAY_LEN(currencies); i++)
		if (ds_memmem(s, n, currencies[i].s, currencies[i].n))
			return 1;
	return 0;
}

struct ds_aid_work {
	struct scratch s;
	struct sentwork w;
};

void ds_aid_work_free(struct ds_aid_work *w)
{
	if (w) {
		ds_buf_release(&w->s.fold);
		free(w);
	}
}

void ds_extract_aid(struct dossier *ds, struct dossier_doc *doc)
{
	doc->n_aid = doc->n_stock = 0;
	const struct dossier_kb *kb = doc->kb ? doc->kb : ds->kb;
	if (!kb || !doc->n_sents || !doc->text.ptr)
		return;
	pthread_once(&lex_once, lex_build);
	/* the scratch of the handle (one per thread), made once: each
	 * sentence sets what it reads of it */
	if (!ds->aid_work)
		ds->aid_work = ds_xcalloc(1, sizeof *ds->aid_work);
	struct scratch *s = &ds->aid_work->s;
	struct sentwork *w = &ds->aid_work->w;
	struct ds_sentview v;
	memset(&v, 0, sizeof v);
	v.doc = doc;
	v.kb = kb;
	v.fr = doc->lang && !strcmp(doc->lang, "fr") ? 1 : doc->lang && !strcmp(doc->lang, "en") ? 0 : 2;
	struct aid_ctx ctx;
	memset(&ctx, 0, sizeof ctx);
	ctx.item = -1;
	ctx.topic = -1;
	ctx.speaker = -1;
	ctx.subj = -1;
	ctx.partner = -1;
	for (size_t k = 0; k < doc->n_mentions && !ctx.aid_doc; k++) {
		int32_t who;
		const char *cat;
		int r = mention_role(kb, &doc->mentions[k], &who, &cat);
		ctx.aid_doc = r == DS_R_UKR || r == DS_R_ITEM;
	}
	struct ds_stock_ctx sctx;
	memset(&sctx, 0, sizeof sctx);
	sctx.holder = sctx.item = sctx.speaker = -1;
	size_t mi = 0;
	for (size_t si = 0; si < doc->n_sents; si++) {
		while (mi < doc->n_mentions && doc->mentions[mi].sent < si)
			mi++;
		size_t m0 = mi;
		while (mi < doc->n_mentions && doc->mentions[mi].sent == si)
			mi++;
		int after_records = (doc->n_aid && doc->aid[doc->n_aid - 1].sent + 1 == si) ||
				    (ctx.nvague && ctx.vague_sent + 1 == si);
		if (worth_reading(doc, kb, si, m0, mi, ctx.has_last && si - ctx.last_sent == 1,
				  after_records)) {
			v.sent = (uint32_t)si;
			build_view(&v, s, doc, si, m0, mi);
			aid_sentence(doc, &v, &ctx, si, w);
			ds_stock_sentence(doc, &v, &sctx);
		}
		/* what the next sentences may refer to */
		for (size_t k = m0; k < mi; k++) {
			int32_t who;
			const char *cat;
			int r = mention_role(kb, &doc->mentions[k], &who, &cat);
			if (r == DS_R_UKR) {
				ctx.ukr_seen = 1;
				ctx.ukr_sent = si;
			}
			/* the speaker just named: "a précisé le Pentagone" */
			uint8_t kind = kb->ents[doc->mentions[k].entity].kind;
			if (r == DS_R_PROV && kind != DOSSIER_KIND_STATE &&
			    !prep_is_oblique(doc->mentions[k].prep)) {
				ctx.topic = who;
				ctx.topic_sent = si;
			}
			/* who "nous", "we" may be: the state of a person or role */
			if (r == DS_R_PROV && (kind == DOSSIER_KIND_PERSON || kind == DOSSIER_KIND_ROLE) &&
			    kb->ents[who].kind == DOSSIER_KIND_STATE) {
				ctx.speaker = who;
				ctx.speaker_sent = si;
				sctx.speaker = who;
				sctx.speaker_sent = si;
			}
		}
		/* which states "the two countries" in the next sentence are */
		ctx.nnamed = 0;
		ctx.named_sent = si;
		for (size_t k = m0; k < mi && ctx.nnamed < 4; k++) {
			int32_t who;
			const char *cat;
			if (mention_role(kb, &doc->mentions[k], &who, &cat) != DS_R_PROV ||
			    kb->ents[who].kind != DOSSIER_KIND_STATE ||
			    doc->mentions[k].form == DOSSIER_FORM_DEMONYM)
				continue;
			int dup = 0;
			for (int q = 0; q < ctx.nnamed; q++)
				dup |= ctx.named[q] == who;
			if (!dup)
				ctx.named[ctx.nnamed++] = who;
		}
		/* whom "it", "il", "elle" in the next sentence may be */
		for (size_t k = m0; k < mi; k++) {
			const struct ds_mention *mm = &doc->mentions[k];
			int32_t who;
			const char *cat;
			int r = mention_role(kb, mm, &who, &cat);
			if (r != DS_R_PROV && r != DS_R_UKR && r != DS_R_ENEMY)
				continue;
			if ((mm->prep && !prep_eq(mm->prep, "le ") && !prep_eq(mm->prep, "la ") &&
			     !prep_eq(mm->prep, "les ") && !prep_eq(mm->prep, "l'") &&
			     !prep_eq(mm->prep, "the ")) ||
			    after_preposition(doc->text.ptr, mm->start) ||
			    mm->form == DOSSIER_FORM_DEMONYM)
				continue;
			ctx.subj = r == DS_R_PROV ? who : -2;
			ctx.subj_sent = si;
			break;
		}
	}
	/* records.md "aid": the recipient is Ukraine */
	if (doc->n_aid) {
		int32_t ukr = -1;
		for (size_t i = 0; i < doc->n_mentions && ukr < 0; i++) {
			const struct ds_entity *e = &kb->ents[doc->mentions[i].entity];
			if (e->kind == DOSSIER_KIND_STATE && e->id && !strcmp(e->id, "UKR"))
				ukr = doc->mentions[i].entity;
		}
		for (size_t i = 0; i < kb->n_ents && ukr < 0; i++)
			if (kb->ents[i].kind == DOSSIER_KIND_STATE && kb->ents[i].id &&
			    !strcmp(kb->ents[i].id, "UKR"))
				ukr = (int32_t)i;
		for (size_t i = 0; i < doc->n_aid; i++)
			doc->aid[i].recipient = ukr;
	}
}
