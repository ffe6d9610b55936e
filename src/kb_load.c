/*
 * kb_load.c: loads and validates the knowledge base (the TSV files of data/kb,
 * format in data/kb/FORMAT.md) into an immutable struct dossier_kb.
 *
 * Each file is TSV with '#' comments and a header row; columns are found by
 * name. Every entry becomes an entity; every name form becomes an alias
 * (folded: case, accents, apostrophes, dashes, spaces) pointing to it with
 * its form (name, demonym, surname, place, role, category word) and
 * languages. Role patterns ("ministre {A} de la Défense") are expanded for
 * each (role, entity) pair that has a term of office. Bad rows are reported
 * as "file:line: reason" and skipped; `strict` (dossier kb check) adds the
 * checks that only matter to the people editing the files.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ds.h"

#define LANG_EN 1
#define LANG_FR 2

/* records.md "Category vocabulary". */
static const char *const categories[] = {
	"armoured vehicle", "tank", "main battle tank", "light tank",
	"infantry fighting vehicle", "armoured personnel carrier", "artillery", "howitzer",
	"multiple rocket launcher", "air defence system", "surface-to-air missile",
	"man-portable air defence", "missile", "anti-ship missile", "cruise missile",
	"ballistic missile", "anti-tank weapon", "aircraft", "fighter aircraft", "helicopter",
	"drone", "ammunition", "artillery ammunition", "small arms", "naval vessel",
	"military aid package", "equipment",
};

const char *ds_kb_category(const char *s)
{
	for (size_t i = 0; i < DS_ARRAY_LEN(categories); i++)
		if (!strcmp(s, categories[i]))
			return categories[i];
	return NULL;
}

/* (alias, target) pairs collected while loading, flattened at the end. */
struct pair {
	uint32_t alias;
	struct ds_target t;
};

struct loader {
	struct dossier_kb *kb;
	const char *file;
	unsigned long line;
	int strict, problems;
	dossier_diag_fn diag;
	void *ud;
};

/* The pairs live beside the kb while it loads. */
struct kb_build {
	struct pair *pairs;
	size_t n, cap;
	/* role kinds: role id -> patterns per language */
	struct ds_map role_ix;
	const char **role_en, **role_fr;
	size_t n_roles, cap_roles_en, cap_roles_fr;
};

static struct kb_build *build_of(struct dossier_kb *kb)
{
	return (struct kb_build *)kb->build;
}

static void problem(struct loader *L, const char *fmt, ...) DS_PRINTF(2, 3);
static void problem(struct loader *L, const char *fmt, ...)
{
	L->problems++;
	if (!L->diag)
		return;
	struct ds_buf where = DS_BUF_INIT, msg = DS_BUF_INIT;
	if (L->line)
		ds_buf_addf(&where, "%s:%lu", L->file, L->line);
	else
		ds_buf_adds(&where, L->file);
	va_list ap;
	va_start(ap, fmt);
	ds_buf_vaddf(&msg, fmt, ap);
	va_end(ap);
	L->diag(L->ud, where.ptr, msg.ptr ? msg.ptr : "", 1);
	ds_buf_release(&where);
	ds_buf_release(&msg);
}

int32_t ds_kb_date(const char *s)
{
	char d[11];
	int p = s && *s ? ds_date_parse(s, strlen(s), d) : 0;
	if (!p)
		return 0;
	int32_t y = ds_digits(d, 4), m = p >= 2 ? ds_digits(d + 5, 2) : 7,
		day = p >= 3 ? ds_digits(d + 8, 2) : p == 2 ? 15 : 1;
	return y * 10000 + m * 100 + day;
}

struct dossier_kb *ds_kb_new(void)
{
	struct dossier_kb *kb = ds_xcalloc(1, sizeof *kb);
	ds_arena_init(&kb->arena);
	ds_map_init(&kb->ids);
	ds_map_init(&kb->alias_ix);
	ds_map_init(&kb->outlet_ix);
	struct kb_build *b = ds_xcalloc(1, sizeof *b);
	ds_map_init(&b->role_ix);
	kb->build = b;
	return kb;
}

static void build_free(struct dossier_kb *kb)
{
	struct kb_build *b = build_of(kb);
	if (!b)
		return;
	free(b->pairs);
	free(b->role_en);
	free(b->role_fr);
	ds_map_release(&b->role_ix);
	free(b);
	kb->build = NULL;
}

/* --- entities ----------------------------------------------------------- */

static char kind_letter(int kind)
{
	return "?SOPMCR"[kind <= DOSSIER_KIND_ROLE ? kind : 0];
}

static int32_t find_entity(const struct dossier_kb *kb, int kind, const char *id)
{
	struct ds_buf key = DS_BUF_INIT;
	ds_buf_addc(&key, kind_letter(kind));
	ds_buf_addc(&key, ':');
	ds_buf_adds(&key, id);
	uint32_t v;
	int ok = ds_map_get(&kb->ids, key.ptr, key.len, &v);
	ds_buf_release(&key);
	return ok ? (int32_t)v : -1;
}

/* A state or an organisation, by id. */
static int32_t find_actor(const struct dossier_kb *kb, const char *id)
{
	int32_t e = find_entity(kb, DOSSIER_KIND_STATE, id);
	return e >= 0 ? e : find_entity(kb, DOSSIER_KIND_ORG, id);
}

static int32_t add_entity(struct loader *L, int kind, const char *id, const char *name)
{
	struct dossier_kb *kb = L->kb;
	struct ds_buf key = DS_BUF_INIT;
	ds_buf_addc(&key, kind_letter(kind));
	ds_buf_addc(&key, ':');
	ds_buf_adds(&key, id);
	uint32_t old;
	int fresh = ds_map_put(&kb->ids, key.ptr, key.len, (uint32_t)kb->n_ents, &old);
	ds_buf_release(&key);
	if (!fresh) {
		problem(L, "id '%s' defined twice", id);
		return -1;
	}
	ds_grow(&kb->ents, &kb->cap_ents, kb->n_ents + 1, sizeof *kb->ents);
	struct ds_entity *e = &kb->ents[kb->n_ents];
	memset(e, 0, sizeof *e);
	e->id = ds_arena_strdup(&kb->arena, id);
	e->name = ds_arena_strdup(&kb->arena, name);
	e->kind = (uint8_t)kind;
	e->state = e->family = e->of = e->alt = -1;
	return (int32_t)kb->n_ents++;
}

/* --- aliases ------------------------------------------------------------ */

static void add_folded_alias(struct loader *L, const char *f, size_t n, int32_t entity, int form,
			     int lang, int ctx, int caps)
{
	struct dossier_kb *kb = L->kb;
	struct kb_build *b = build_of(kb);
	/* as the matcher normalises text: ASCII punctuation is a space
	 * ("Leopard-2" is "Leopard 2", "l'OTAN" is "l OTAN"), spaces single */
	char tmp[512];
	if (n >= sizeof tmp)
		n = sizeof tmp - 1;
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		char c = (unsigned char)f[i] < 0x80 && !ds_isalnum(f[i]) ? ' ' : f[i];
		if (c == ' ' && (k == 0 || tmp[k - 1] == ' '))
			continue;
		tmp[k++] = c;
	}
	f = tmp;
	n = k;
	while (n && f[n - 1] == ' ')
		n--;
	if (n < 2) {
		if (L->strict)
			problem(L, "alias '%.*s' is too short to match safely", (int)n, f);
		return;
	}
	uint32_t ix;
	if (!ds_map_get(&kb->alias_ix, f, n, &ix)) {
		ix = (uint32_t)kb->n_aliases;
		ds_map_put(&kb->alias_ix, f, n, ix, NULL);
		ds_grow(&kb->aliases, &kb->cap_aliases, kb->n_aliases + 1, sizeof *kb->aliases);
		kb->aliases[ix].text = ds_arena_strndup(&kb->arena, f, n);
		kb->aliases[ix].len = (uint32_t)n;
		kb->aliases[ix].first = kb->aliases[ix].n = 0;
		kb->aliases[ix].caps = (uint8_t)caps;
		kb->n_aliases++;
	} else if (!caps) {
		kb->aliases[ix].caps = 0; /* also written in lower case somewhere */
	}
	/* the same entity under the same alias and form: merge languages */
	for (size_t i = b->n; i-- > 0 && b->n - i < 64;) {
		struct pair *p = &b->pairs[i];
		if (p->alias == ix && p->t.entity == entity && p->t.form == form) {
			p->t.lang |= (uint8_t)lang;
			p->t.ctx &= (uint8_t)ctx;
			return;
		}
	}
	ds_grow(&b->pairs, &b->cap, b->n + 1, sizeof *b->pairs);
	struct pair *p = &b->pairs[b->n++];
	p->alias = ix;
	p->t.entity = entity;
	p->t.form = (uint8_t)form;
	p->t.lang = (uint8_t)lang;
	p->t.ctx = (uint8_t)ctx;
}

static void add_alias(struct loader *L, const char *s, size_t n, int32_t entity, int form,
		      int lang, int ctx)
{
	struct ds_buf f = DS_BUF_INIT;
	ds_fold(&f, s, n);
	/* a capitals-only acronym of up to three letters is a common word in
	 * lower case ("UN" / "un", "US" / "us") */
	size_t letters = 0;
	int caps = 1;
	for (size_t i = 0; i < n; i++) {
		if (ds_isupper(s[i]))
			letters++;
		else if (s[i] != '.')
			caps = 0;
	}
	caps = caps && letters && letters <= 3;
	if (f.len)
		add_folded_alias(L, f.ptr, f.len, entity, form, lang, ctx, caps);
	else if (L->strict && n)
		problem(L, "empty alias");
	ds_buf_release(&f);
}

/* Adds every '|'-separated alias of a field. */
/* A title whose words, in lower case, are a common phrase ("Le Monde",
 * "The Times"): matched only capitalised (ds_alias caps 2). */
static void add_title_alias(struct loader *L, const char *s, size_t n, int32_t entity)
{
	struct ds_buf f = DS_BUF_INIT;
	ds_fold(&f, s, n);
	if (f.len)
		add_folded_alias(L, f.ptr, f.len, entity, DOSSIER_FORM_NAME, LANG_EN | LANG_FR, 0,
				 2);
	ds_buf_release(&f);
}

static void add_aliases(struct loader *L, const char *field, int32_t entity, int form, int lang,
			int ctx)
{
	const char *p = field;
	while (p && *p) {
		const char *bar = strchr(p, '|');
		size_t n = bar ? (size_t)(bar - p) : strlen(p);
		if (n)
			add_alias(L, p, n, entity, form, lang, ctx);
		else if (L->strict)
			problem(L, "empty item in a '|' list");
		p = bar ? bar + 1 : NULL;
	}
}

/* --- TSV rows ------------------------------------------------------------ */

#define MAX_COLS 16

struct row {
	const char *col[MAX_COLS];
	size_t n;
};

struct header {
	const char *name[MAX_COLS];
	size_t n;
};

/* Splits a line (modified in place) at tabs. */
static void split(char *line, struct row *r)
{
	r->n = 0;
	char *p = line;
	for (;;) {
		char *tab = strchr(p, '\t');
		if (r->n < MAX_COLS)
			r->col[r->n] = p;
		r->n++;
		if (!tab)
			break;
		*tab = '\0';
		p = tab + 1;
	}
}

static const char *get(const struct header *h, const struct row *r, const char *name)
{
	for (size_t i = 0; i < h->n && i < r->n && i < MAX_COLS; i++)
		if (!strcmp(h->name[i], name))
			return r->col[i];
	return "";
}

static int has_col(const struct header *h, const char *name)
{
	for (size_t i = 0; i < h->n; i++)
		if (!strcmp(h->name[i], name))
			return 1;
	return 0;
}

static int lang_of(struct loader *L, const char *s)
{
	if (!strcmp(s, "en"))
		return LANG_EN;
	if (!strcmp(s, "fr"))
		return LANG_FR;
	if (!strcmp(s, "*") || !*s)
		return LANG_EN | LANG_FR;
	problem(L, "unknown language '%s' (en, fr or *)", s);
	return 0;
}

/* --- one function per file ----------------------------------------------- */

static void row_state(struct loader *L, const struct header *h, const struct row *r)
{
	const char *id = get(h, r, "id"), *name = get(h, r, "name");
	if (!*id || !*name) {
		problem(L, "a state needs an id and a name");
		return;
	}
	int32_t e = add_entity(L, DOSSIER_KIND_STATE, id, name);
	if (e < 0)
		return;
	const char *art = get(h, r, "article_fr");
	if (L->strict && *art && strcmp(art, "le") && strcmp(art, "la") && strcmp(art, "les") &&
	    strcmp(art, "l'") && strcmp(art, "-"))
		problem(L, "unknown article_fr '%s' (le, la, les, l' or -)", art);
	add_alias(L, name, strlen(name), e, DOSSIER_FORM_NAME, LANG_EN | LANG_FR, 0);
	add_aliases(L, get(h, r, "names_en"), e, DOSSIER_FORM_NAME, LANG_EN, 0);
	add_aliases(L, get(h, r, "names_fr"), e, DOSSIER_FORM_NAME, LANG_FR, 0);
	add_aliases(L, get(h, r, "demonyms_en"), e, DOSSIER_FORM_DEMONYM, LANG_EN, 0);
	add_aliases(L, get(h, r, "demonyms_fr"), e, DOSSIER_FORM_DEMONYM, LANG_FR, 0);
}

static void row_org(struct loader *L, const struct header *h, const struct row *r)
{
	const char *id = get(h, r, "id"), *name = get(h, r, "name");
	if (!*id || !*name) {
		problem(L, "an organisation needs an id and a name");
		return;
	}
	int32_t e = add_entity(L, DOSSIER_KIND_ORG, id, name);
	if (e < 0)
		return;
	const char *prov = get(h, r, "provider");
	struct ds_entity *ent = &L->kb->ents[e];
	ent->provider = !strcmp(prov, "yes") ? 1 : !strcmp(prov, "state") ? 2 : 0;
	if (L->strict && strcmp(prov, "yes") && strcmp(prov, "state") && strcmp(prov, "no"))
		problem(L, "provider must be yes, state or no, not '%s'", prov);
	const char *st = get(h, r, "state");
	if (*st) {
		int32_t s = find_actor(L->kb, st);
		if (s < 0)
			s = !strcmp(st, id) ? e : -1;
		if (s < 0 && strcmp(st, id))
			ent->role = ds_arena_strdup(&L->kb->arena, st); /* resolved at finish */
		ent->state = s;
	}
	add_alias(L, name, strlen(name), e, DOSSIER_FORM_NAME, LANG_EN | LANG_FR, 0);
	add_aliases(L, get(h, r, "names_en"), e, DOSSIER_FORM_NAME, LANG_EN, 0);
	add_aliases(L, get(h, r, "names_fr"), e, DOSSIER_FORM_NAME, LANG_FR, 0);
}

static void row_metonym(struct loader *L, const struct header *h, const struct row *r)
{
	const char *surface = get(h, r, "surface"), *to = get(h, r, "refers_to");
	int lang = lang_of(L, get(h, r, "lang"));
	if (!*surface || !*to || !lang) {
		if (*surface && *to)
			return;
		problem(L, "a metonym needs a surface and refers_to");
		return;
	}
	char first[64];
	const char *bar = strchr(to, '|');
	size_t n = bar ? (size_t)(bar - to) : strlen(to);
	if (n >= sizeof first)
		n = sizeof first - 1;
	memcpy(first, to, n);
	first[n] = '\0';
	int32_t e = find_actor(L->kb, first);
	if (e < 0) {
		problem(L, "refers_to '%s' is not a state or organisation id", first);
		return;
	}
	if (bar) {
		int32_t alt = find_actor(L->kb, bar + 1);
		if (alt < 0) {
			problem(L, "refers_to '%s' is not a state or organisation id", bar + 1);
			return;
		}
		/* an ambiguous place: a pseudo-entity carrying both readings */
		char pid[160];
		snprintf(pid, sizeof pid, "%s~%s", first, bar + 1);
		int32_t amb = find_entity(L->kb, DOSSIER_KIND_STATE, pid);
		if (amb < 0) {
			amb = add_entity(L, DOSSIER_KIND_STATE, pid, L->kb->ents[e].name);
			if (amb < 0)
				return;
			L->kb->ents[amb].state = e;
			L->kb->ents[amb].alt = alt;
		}
		e = amb;
	}
	add_alias(L, surface, strlen(surface), e, DOSSIER_FORM_METONYM, lang, 0);
}

/* The folded given names and surname of a person's canonical name: the last
 * word is the surname, unless a particle precedes it ("von der Leyen"). */
static void split_name(struct loader *L, struct ds_entity *e)
{
	struct ds_buf f = DS_BUF_INIT;
	ds_fold(&f, e->name, strlen(e->name));
	char *s = f.ptr ? f.ptr : (char *)"";
	char *sp = strrchr(s, ' ');
	if (!sp) {
		e->surname = ds_arena_strdup(&L->kb->arena, s);
		e->given = "";
		ds_buf_release(&f);
		return;
	}
	static const char *const particles[] = {" von der ", " van der ", " von ", " van ",
						" de la ", " de ", " del ", " da ", " dos ",
						" le ", " ter "};
	char *cut = sp;
	for (size_t i = 0; i < DS_ARRAY_LEN(particles); i++) {
		char *p = strstr(s, particles[i]);
		if (p && p < cut)
			cut = p;
	}
	e->surname = ds_arena_strdup(&L->kb->arena, cut + 1);
	e->given = ds_arena_strndup(&L->kb->arena, s, (size_t)(cut - s));
	ds_buf_release(&f);
}

static void row_person(struct loader *L, const struct header *h, const struct row *r)
{
	const char *id = get(h, r, "id"), *name = get(h, r, "name");
	if (!*id || !*name) {
		problem(L, "a person needs an id and a name");
		return;
	}
	int32_t e = add_entity(L, DOSSIER_KIND_PERSON, id, name);
	if (e < 0)
		return;
	struct ds_entity *ent = &L->kb->ents[e];
	const char *g = get(h, r, "gender");
	if (!strcmp(g, "m") || !strcmp(g, "f"))
		ent->gender = g[0];
	else
		problem(L, "gender must be m or f, not '%s'", g);
	const char *st = get(h, r, "state");
	if (*st) {
		ent->state = find_actor(L->kb, st);
		if (ent->state < 0)
			problem(L, "state '%s' is not a state or organisation id", st);
	}
	split_name(L, ent);
	add_alias(L, name, strlen(name), e, DOSSIER_FORM_NAME, LANG_EN | LANG_FR, 0);
	add_aliases(L, get(h, r, "names"), e, DOSSIER_FORM_NAME, LANG_EN | LANG_FR, 0);
	add_aliases(L, get(h, r, "short"), e, DOSSIER_FORM_SHORT, LANG_EN | LANG_FR, 0);
	add_aliases(L, get(h, r, "short_ctx"), e, DOSSIER_FORM_SHORT, LANG_EN | LANG_FR, 1);
}

static void row_role_kind(struct loader *L, const struct header *h, const struct row *r)
{
	struct kb_build *b = build_of(L->kb);
	const char *role = get(h, r, "role"), *pats = get(h, r, "patterns");
	int lang = lang_of(L, get(h, r, "lang"));
	if (!*role || !*pats || !lang) {
		if (!*role || !*pats)
			problem(L, "a role kind needs a role and patterns");
		return;
	}
	uint32_t ix;
	if (!ds_map_get(&b->role_ix, role, strlen(role), &ix)) {
		ix = (uint32_t)b->n_roles++;
		ds_map_put(&b->role_ix, role, strlen(role), ix, NULL);
		ds_grow(&b->role_en, &b->cap_roles_en, b->n_roles, sizeof *b->role_en);
		ds_grow(&b->role_fr, &b->cap_roles_fr, b->n_roles, sizeof *b->role_fr);
		b->role_en[ix] = b->role_fr[ix] = NULL;
	}
	const char **slot = lang == LANG_EN ? &b->role_en[ix] : &b->role_fr[ix];
	if (lang == (LANG_EN | LANG_FR)) {
		b->role_en[ix] = b->role_fr[ix] = ds_arena_strdup(&L->kb->arena, pats);
		return;
	}
	if (*slot && L->strict)
		problem(L, "role '%s' has two lines for one language", role);
	*slot = ds_arena_strdup(&L->kb->arena, pats);
}

static void row_term(struct loader *L, const struct header *h, const struct row *r)
{
	struct dossier_kb *kb = L->kb;
	const char *person = get(h, r, "person"), *role = get(h, r, "role"), *of = get(h, r, "of");
	int32_t p = find_entity(kb, DOSSIER_KIND_PERSON, person);
	if (p < 0) {
		problem(L, "person '%s' is not in people.tsv", person);
		return;
	}
	uint32_t rk;
	if (!ds_map_get(&build_of(kb)->role_ix, role, strlen(role), &rk)) {
		problem(L, "role '%s' is not in role_kinds.tsv", role);
		return;
	}
	int32_t o = find_actor(kb, of);
	if (o < 0) {
		problem(L, "of '%s' is not a state or organisation id", of);
		return;
	}
	const char *start = get(h, r, "start"), *end = get(h, r, "end");
	char d[11];
	if (ds_date_parse(start, strlen(start), d) != 3 || (*end && ds_date_parse(end, strlen(end), d) != 3)) {
		problem(L, "start and end must be YYYY-MM-DD (end empty while in office)");
		return;
	}
	int32_t s = ds_kb_date(start), e = *end ? ds_kb_date(end) : 99999999;
	if (e < s) {
		problem(L, "the term ends before it starts");
		return;
	}
	char rid[256];
	snprintf(rid, sizeof rid, "%s@%s", role, of);
	int32_t re = find_entity(kb, DOSSIER_KIND_ROLE, rid);
	if (re < 0) {
		re = add_entity(L, DOSSIER_KIND_ROLE, rid, rid);
		if (re < 0)
			return;
		kb->ents[re].role = ds_arena_strdup(&kb->arena, role);
		kb->ents[re].of = o;
		kb->ents[re].state = o;
	}
	ds_grow(&kb->terms, &kb->cap_terms, kb->n_terms + 1, sizeof *kb->terms);
	struct ds_term *t = &kb->terms[kb->n_terms++];
	t->person = p;
	t->start = s;
	t->end = e;
	t->role = re;
	t->co = strstr(get(h, r, "notes"), "co-holder") != NULL;
}

static void row_materiel(struct loader *L, const struct header *h, const struct row *r)
{
	const char *id = get(h, r, "id"), *name = get(h, r, "name"), *cat = get(h, r, "category");
	if (!*id || !*name) {
		problem(L, "materiel needs an id and a name");
		return;
	}
	const char *c = ds_kb_category(cat);
	if (!c) {
		problem(L, "unknown category '%s'", cat);
		return;
	}
	int32_t e = add_entity(L, DOSSIER_KIND_MATERIEL, id, name);
	if (e < 0)
		return;
	struct ds_entity *ent = &L->kb->ents[e];
	ent->category = c;
	const char *origin = get(h, r, "origin");
	ent->origin = !strcmp(origin, "western") ? 1 : !strcmp(origin, "soviet") ? 2 : 0;
	if (L->strict && strcmp(origin, "western") && strcmp(origin, "soviet") && strcmp(origin, "other"))
		problem(L, "origin must be western, soviet or other, not '%s'", origin);
	const char *fam = get(h, r, "family");
	if (*fam)
		ent->role = ds_arena_strdup(&L->kb->arena, fam); /* resolved at finish */
	if (L->strict) {
		const char *prod = get(h, r, "producer");
		for (const char *p = prod; p && *p;) {
			const char *bar = strchr(p, '|');
			char one[16];
			size_t n = bar ? (size_t)(bar - p) : strlen(p);
			snprintf(one, sizeof one, "%.*s", (int)(n < 15 ? n : 15), p);
			if (find_entity(L->kb, DOSSIER_KIND_STATE, one) < 0 && strcmp(one, "?"))
				problem(L, "producer '%s' is not a state id", one);
			p = bar ? bar + 1 : NULL;
		}
	}
	add_alias(L, name, strlen(name), e, DOSSIER_FORM_NAME, LANG_EN | LANG_FR, 0);
	add_aliases(L, get(h, r, "aliases_en"), e, DOSSIER_FORM_NAME, LANG_EN, 0);
	add_aliases(L, get(h, r, "aliases_fr"), e, DOSSIER_FORM_NAME, LANG_FR, 0);
}

static void row_category(struct loader *L, const struct header *h, const struct row *r)
{
	const char *cat = get(h, r, "category");
	const char *c = ds_kb_category(cat);
	int lang = lang_of(L, get(h, r, "lang"));
	if (!c) {
		problem(L, "unknown category '%s'", cat);
		return;
	}
	if (!lang)
		return;
	int32_t e = find_entity(L->kb, DOSSIER_KIND_CATEGORY, c);
	if (e < 0) {
		e = add_entity(L, DOSSIER_KIND_CATEGORY, c, c);
		if (e < 0)
			return;
		L->kb->ents[e].category = c;
	}
	add_aliases(L, get(h, r, "words"), e, DOSSIER_FORM_CATEGORY, lang, 0);
}

static void row_outlet(struct loader *L, const struct header *h, const struct row *r)
{
	/* an outlet is an organisation that can be quoted ("la BBC rapporte
	 * que..."); one whose name is an ordinary phrase once case is folded
	 * ("Le Monde", "The Times") is not matched in running text */
	const char *id = get(h, r, "id"), *name = get(h, r, "name");
	if (!*id || !*name) {
		problem(L, "an outlet needs an id and a name");
		return;
	}
	const char *notes = get(h, r, "notes");
	if (find_entity(L->kb, DOSSIER_KIND_ORG, id) < 0 && !strstr(notes, "ambiguous") &&
	    !strstr(notes, "common")) {
		int32_t e = add_entity(L, DOSSIER_KIND_ORG, id, name);
		if (e >= 0) {
			add_alias(L, name, strlen(name), e, DOSSIER_FORM_NAME, LANG_EN | LANG_FR, 0);
			add_aliases(L, get(h, r, "aliases"), e, DOSSIER_FORM_NAME, LANG_EN | LANG_FR, 0);
		}
	} else if (find_entity(L->kb, DOSSIER_KIND_ORG, id) < 0 &&
		   strstr(notes, "trust only as a credit")) {
		/* a title that is a common phrase: matched only as written, its
		 * words capitalised ("écrit Le Monde", not "le monde entier"),
		 * and only when it has two words or more */
		int32_t e = -1;
		const char *lists[] = {name, get(h, r, "aliases")};
		for (size_t l = 0; l < 2; l++)
			for (const char *p = lists[l]; p && *p;) {
				const char *bar = strchr(p, '|');
				size_t n = bar ? (size_t)(bar - p) : strlen(p);
				int words = 1;
				for (size_t k = 0; k < n; k++)
					words += p[k] == ' ' || p[k] == '\'';
				if (words >= 2 && e < 0)
					e = add_entity(L, DOSSIER_KIND_ORG, id, name);
				if (words >= 2 && e >= 0)
					add_title_alias(L, p, n, e);
				p = bar ? bar + 1 : NULL;
			}
	}
	const char *sa = get(h, r, "state_affiliated");
	if (L->strict && strcmp(sa, "yes") && strcmp(sa, "no") && strcmp(sa, "public"))
		problem(L, "state_affiliated must be yes, no or public, not '%s'", sa);
	const char *c = get(h, r, "country");
	if (L->strict && *c && find_entity(L->kb, DOSSIER_KIND_STATE, c) < 0)
		problem(L, "country '%s' is not a state id", c);
	/* the outlet table: credited sources and URL hosts resolve through it */
	struct dossier_kb *kb = L->kb;
	uint32_t ix = (uint32_t)kb->n_outlets;
	ds_grow(&kb->outlets, &kb->cap_outlets, kb->n_outlets + 1, sizeof *kb->outlets);
	struct ds_outlet *o = &kb->outlets[kb->n_outlets++];
	o->id = ds_arena_strdup(&kb->arena, id);
	o->name = ds_arena_strdup(&kb->arena, name);
	int32_t ce = *c ? find_entity(kb, DOSSIER_KIND_STATE, c) : -1;
	o->country = ce >= 0 ? kb->ents[ce].name : NULL;
	o->affiliation = ds_arena_strdup(&kb->arena, sa);
	const char *lists[] = {name, get(h, r, "aliases"), get(h, r, "domains")};
	for (size_t l = 0; l < 3; l++) {
		for (const char *p = lists[l]; p && *p;) {
			const char *bar = strchr(p, '|');
			size_t n = bar ? (size_t)(bar - p) : strlen(p);
			struct ds_buf f = DS_BUF_INIT;
			ds_fold(&f, p, n);
			if (f.len)
				ds_map_put(&kb->outlet_ix, f.ptr, f.len, ix, NULL);
			ds_buf_release(&f);
			p = bar ? bar + 1 : NULL;
		}
	}
}

const struct ds_outlet *ds_kb_outlet(const struct dossier_kb *kb, const char *s)
{
	if (!kb || !s || !*s)
		return NULL;
	struct ds_buf f = DS_BUF_INIT;
	ds_fold(&f, s, strlen(s));
	const char *p = f.ptr ? f.ptr : "";
	size_t n = f.len;
	if (n > 4 && !memcmp(p, "www.", 4))
		p += 4, n -= 4;
	uint32_t ix;
	const struct ds_outlet *o = NULL;
	/* a name or alias as written, else a host and its parent domains
	 * ("fr.sputniknews.africa" -> "sputniknews.africa") */
	while (n && !o) {
		if (ds_map_get(&kb->outlet_ix, p, n, &ix))
			o = &kb->outlets[ix];
		const char *dot = memchr(p, '.', n);
		if (!dot || !memchr(dot + 1, '.', n - (size_t)(dot + 1 - p)))
			break;
		n -= (size_t)(dot + 1 - p);
		p = dot + 1;
	}
	ds_buf_release(&f);
	return o;
}

struct file_kind {
	const char *name;
	void (*row)(struct loader *, const struct header *, const struct row *);
	const char *required; /* columns, space-separated */
};

static const struct file_kind files[] = {
	{"states.tsv", row_state, "id name names_en names_fr article_fr demonyms_en demonyms_fr"},
	{"orgs.tsv", row_org, "id name kind state names_en names_fr provider"},
	{"metonyms.tsv", row_metonym, "surface lang refers_to kind"},
	{"people.tsv", row_person, "id name gender state names short short_ctx"},
	{"role_kinds.tsv", row_role_kind, "role lang patterns"},
	{"roles.tsv", row_term, "person role of start end"},
	{"materiel.tsv", row_materiel, "id name family category origin producer aliases_en aliases_fr"},
	{"categories.tsv", row_category, "category lang words"},
	{"outlets.tsv", row_outlet, "id name domains country state_affiliated aliases"},
};

const char *ds_kb_file_name(size_t i)
{
	return i < DS_ARRAY_LEN(files) ? files[i].name : NULL;
}

int ds_kb_load_file(struct dossier_kb *kb, const char *name, const char *buf, size_t len,
		    int strict, dossier_diag_fn diag, void *ud)
{
	struct loader L = {kb, name, 0, strict, 0, diag, ud};
	const struct file_kind *fk = NULL;
	const char *base = strrchr(name, '/');
	base = base ? base + 1 : name;
	for (size_t i = 0; i < DS_ARRAY_LEN(files); i++)
		if (!strcmp(base, files[i].name))
			fk = &files[i];
	if (!fk) {
		problem(&L, "not a knowledge-base file");
		return L.problems;
	}
	if (ds_utf8_valid_prefix(buf, len) != len) {
		problem(&L, "not valid UTF-8");
		return L.problems;
	}
	struct header h;
	h.n = 0;
	char *copy = ds_xstrndup(buf, len), *hdr_line = NULL;
	char *p = copy;
	while (p && *p) {
		char *nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		L.line++;
		size_t n = strlen(p);
		if (n && p[n - 1] == '\r')
			p[--n] = '\0';
		char *line = p;
		p = nl ? nl + 1 : NULL;
		if (!n || line[0] == '#')
			continue;
		struct row r;
		split(line, &r);
		if (!hdr_line) {
			hdr_line = line;
			for (size_t i = 0; i < r.n && i < MAX_COLS; i++)
				h.name[h.n++] = r.col[i];
			const char *req = fk->required;
			while (*req) {
				size_t k = strcspn(req, " ");
				char col[32];
				snprintf(col, sizeof col, "%.*s", (int)(k < 31 ? k : 31), req);
				if (!has_col(&h, col)) {
					problem(&L, "header lacks the column '%s'", col);
					free(copy);
					return L.problems;
				}
				req += k + (req[k] == ' ');
			}
			continue;
		}
		if (r.n != h.n) {
			problem(&L, "%zu fields, the header has %zu: row skipped", r.n, h.n);
			continue;
		}
		if (strict) {
			for (size_t i = 0; i < r.n && i < MAX_COLS; i++) {
				size_t k = strlen(r.col[i]);
				if (k && (r.col[i][0] == ' ' || r.col[i][k - 1] == ' ')) {
					problem(&L, "field '%s' has spaces at an end", h.name[i]);
					break;
				}
			}
		}
		fk->row(&L, &h, &r);
	}
	if (!hdr_line)
		problem(&L, "no header row");
	free(copy);
	return L.problems;
}

/* --- finishing: references, terms, role patterns, alias tables ----------- */

static int cmp_terms(const void *a, const void *b)
{
	const struct ds_term *x = a, *y = b;
	if (x->role != y->role)
		return x->role < y->role ? -1 : 1;
	return x->start < y->start ? -1 : x->start > y->start;
}

static int cmp_pairs_entity(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;
	if (x->t.entity != y->t.entity)
		return x->t.entity < y->t.entity ? -1 : 1;
	return x->alias < y->alias ? -1 : x->alias > y->alias;
}

static int cmp_pairs_alias(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;
	if (x->alias != y->alias)
		return x->alias < y->alias ? -1 : 1;
	if (x->t.entity != y->t.entity)
		return x->t.entity < y->t.entity ? -1 : 1;
	return x->t.form - y->t.form;
}

/* Pairs of one entity, as a range of a copy sorted by entity. */
struct by_entity {
	struct pair *v;
	size_t n;
};

static size_t lower_bound(const struct by_entity *be, int32_t e)
{
	size_t lo = 0, hi = be->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (be->v[mid].t.entity < e)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Appends to out every expansion of the folded pattern pat for entity `of`
 * in language `lang`, then adds each as an alias of the role entity. */
static void expand(struct loader *L, const struct by_entity *be, const char *pat, int32_t of,
		   int lang, int32_t role, int depth)
{
	struct dossier_kb *kb = L->kb;
	const char *ph = strchr(pat, '{');
	if (!ph || depth > 2) {
		add_folded_alias(L, pat, strlen(pat), role, DOSSIER_FORM_ROLE, lang, 0, 0);
		return;
	}
	/* "chancelier{?}": the role named alone, which names a holder only
	 * when the document named that holder before (target ctx 2) */
	if (ph[1] == '?' && ph[2] == '}' && !ph[3] && depth == 0) {
		size_t n = (size_t)(ph - pat);
		while (n && pat[n - 1] == ' ')
			n--;
		if (n)
			add_folded_alias(L, pat, n, role, DOSSIER_FORM_ROLE, lang, 2, 0);
		return;
	}
	char which = ph[1];
	if (!(which == 'n' || which == 'a' || which == 'p') || ph[2] != '}') {
		problem(L, "unknown placeholder in pattern '%s'", pat);
		return;
	}
	int form = which == 'a' ? DOSSIER_FORM_DEMONYM : DOSSIER_FORM_NAME;
	int want_lang = which == 'p' ? LANG_EN : lang;
	/* "de {N}": French takes the article into the preposition */
	int de = which == 'n' && ph - pat >= 3 && !strncmp(ph - 3, "de ", 3) &&
		 (ph - pat == 3 || ph[-4] == ' ');
	size_t head = (size_t)(ph - pat) - (de ? 3 : 0);
	struct ds_buf out = DS_BUF_INIT;
	for (size_t i = lower_bound(be, of); i < be->n && be->v[i].t.entity == of; i++) {
		const struct pair *p = &be->v[i];
		if (p->t.form != form || !(p->t.lang & want_lang))
			continue;
		/* copied: expanding adds aliases and may move kb->aliases */
		const char *atext = kb->aliases[p->alias].text;
		size_t alen = kb->aliases[p->alias].len;
		static const char *const des[] = {"de ", "de l'", "de la ", "du ", "des ", "d'"};
		size_t nv = de ? DS_ARRAY_LEN(des) : 1;
		for (size_t k = 0; k < nv; k++) {
			ds_buf_reset(&out);
			ds_buf_add(&out, pat, head);
			if (de)
				ds_buf_adds(&out, des[k]);
			ds_buf_add(&out, atext, alen);
			if (which == 'p')
				ds_buf_adds(&out, "'s");
			ds_buf_adds(&out, ph + 3);
			expand(L, be, out.ptr, of, lang, role, depth + 1);
		}
	}
	ds_buf_release(&out);
}

static const char *entity_label(const struct dossier_kb *kb, int32_t e)
{
	static const char *const kinds[] = {"?", "state", "organisation", "person", "materiel",
					    "category", "role"};
	(void)kinds;
	return kb->ents[e].id;
}

static int actor_class(const struct ds_entity *e, const struct ds_target *t)
{
	switch (e->kind) {
	case DOSSIER_KIND_STATE:
	case DOSSIER_KIND_ORG:
		return 1;
	case DOSSIER_KIND_PERSON:
		return t->ctx ? 0 : 1;
	case DOSSIER_KIND_MATERIEL:
		return 2;
	case DOSSIER_KIND_CATEGORY:
		return 3;
	default:
		return 0;
	}
}

int ds_kb_finish(struct dossier_kb *kb, int strict, const char *cache_dir, dossier_diag_fn diag,
		 void *ud)
{
	struct loader L = {kb, "knowledge base", 0, strict, 0, diag, ud};
	struct kb_build *b = build_of(kb);
	if (!b)
		return 0;
	/* references that could point forward */
	for (size_t i = 0; i < kb->n_ents; i++) {
		struct ds_entity *e = &kb->ents[i];
		if (e->kind == DOSSIER_KIND_ORG && e->role) {
			e->state = find_actor(kb, e->role);
			if (e->state < 0) {
				L.file = "orgs.tsv";
				problem(&L, "%s: state '%s' is not a state or organisation id", e->id, e->role);
			}
			e->role = NULL;
		} else if (e->kind == DOSSIER_KIND_MATERIEL && e->role) {
			e->family = find_entity(kb, DOSSIER_KIND_MATERIEL, e->role);
			if (e->family < 0) {
				L.file = "materiel.tsv";
				problem(&L, "%s: family '%s' is not a materiel id", e->id, e->role);
			}
			e->role = NULL;
		}
	}
	/* terms grouped by role entity, in date order */
	if (kb->n_terms)
		qsort(kb->terms, kb->n_terms, sizeof *kb->terms, cmp_terms);
	L.file = "roles.tsv";
	for (size_t i = 0; i < kb->n_terms; i++) {
		struct ds_entity *r = &kb->ents[kb->terms[i].role];
		if (!r->n_terms)
			r->first_term = (uint32_t)i;
		r->n_terms++;
		if (strict && i && kb->terms[i - 1].role == kb->terms[i].role &&
		    kb->terms[i - 1].end > kb->terms[i].start && !kb->terms[i].co && !kb->terms[i - 1].co)
			problem(&L, "%s: terms of %s and %s overlap", r->id,
				kb->ents[kb->terms[i - 1].person].id, kb->ents[kb->terms[i].person].id);
	}
	/* role patterns, for each role entity */
	struct by_entity be;
	be.n = b->n;
	be.v = ds_xmalloc((b->n ? b->n : 1) * sizeof *be.v);
	if (b->n)
		memcpy(be.v, b->pairs, b->n * sizeof *be.v);
	if (be.n)
		qsort(be.v, be.n, sizeof *be.v, cmp_pairs_entity);
	L.file = "role_kinds.tsv";
	struct ds_buf f = DS_BUF_INIT;
	size_t n_ents = kb->n_ents;
	for (size_t i = 0; i < n_ents; i++) {
		const struct ds_entity *e = &kb->ents[i];
		uint32_t rk;
		if (e->kind != DOSSIER_KIND_ROLE || !ds_map_get(&b->role_ix, e->role, strlen(e->role), &rk))
			continue;
		for (int lang = LANG_EN; lang <= LANG_FR; lang++) {
			const char *pats = lang == LANG_EN ? b->role_en[rk] : b->role_fr[rk];
			for (const char *p = pats; p && *p;) {
				const char *bar = strchr(p, '|');
				size_t n = bar ? (size_t)(bar - p) : strlen(p);
				ds_buf_reset(&f);
				ds_fold(&f, p, n);
				if (f.len)
					expand(&L, &be, f.ptr, e->of, lang, (int32_t)i, 0);
				p = bar ? bar + 1 : NULL;
			}
		}
	}
	ds_buf_release(&f);
	free(be.v);
	/* flat alias -> targets tables */
	if (b->n)
		qsort(b->pairs, b->n, sizeof *b->pairs, cmp_pairs_alias);
	kb->targets = ds_xmalloc((b->n ? b->n : 1) * sizeof *kb->targets);
	kb->n_targets = 0;
	L.file = "knowledge base";
	for (size_t i = 0; i < b->n;) {
		size_t j = i;
		struct ds_alias *a = &kb->aliases[b->pairs[i].alias];
		a->first = (uint32_t)kb->n_targets;
		for (; j < b->n && b->pairs[j].alias == b->pairs[i].alias; j++)
			kb->targets[kb->n_targets++] = b->pairs[j].t;
		a->n = (uint32_t)(j - i);
		if (strict) {
			for (size_t x = a->first; x < a->first + a->n; x++) {
				for (size_t y = x + 1; y < a->first + a->n; y++) {
					const struct ds_target *tx = &kb->targets[x], *ty = &kb->targets[y];
					const struct ds_entity *ex = &kb->ents[tx->entity], *ey = &kb->ents[ty->entity];
					int cx = actor_class(ex, tx), cy = actor_class(ey, ty);
					if (tx->entity != ty->entity && cx && cx == cy && (tx->lang & ty->lang))
						problem(&L, "alias '%s' names both %s and %s", a->text,
							entity_label(kb, tx->entity), entity_label(kb, ty->entity));
				}
			}
		}
		i = j;
	}
	for (size_t i = 0; i < kb->n_ents; i++) {
		int k = kb->ents[i].kind;
		if (k == DOSSIER_KIND_STATE)
			kb->counts[0]++;
		else if (k == DOSSIER_KIND_ORG)
			kb->counts[1]++;
		else if (k == DOSSIER_KIND_PERSON)
			kb->counts[2]++;
		else if (k == DOSSIER_KIND_MATERIEL)
			kb->counts[3]++;
	}
	kb->counts[4] = kb->n_aliases;
	build_free(kb);
	ds_map_release(&kb->alias_ix);
	ds_map_init(&kb->alias_ix);
	char err[256];
	if (ds_kb_compile(kb, cache_dir, err, sizeof err) < 0) {
		L.file = "knowledge base";
		problem(&L, "cannot compile the matcher: %s", err);
	}
	return L.problems;
}

void ds_kb_free(struct dossier_kb *kb)
{
	if (!kb)
		return;
	build_free(kb);
	ds_kb_free_db(kb);
	free(kb->ents);
	free(kb->aliases);
	free(kb->targets);
	free(kb->terms);
	free(kb->outlets);
	ds_map_release(&kb->outlet_ix);
	ds_map_release(&kb->ids);
	ds_map_release(&kb->alias_ix);
	ds_arena_release(&kb->arena);
	free(kb);
}

void dossier_kb_free(struct dossier_kb *kb) { ds_kb_free(kb); }

void dossier_kb_stats(const struct dossier_kb *kb, size_t counts[5])
{
	memcpy(counts, kb->counts, sizeof kb->counts);
}

/* Loads every file of `dir`; returns the number of problems, or -1 when a
 * file cannot be read. */
static int load_dir(struct dossier_kb *kb, const char *dir, int strict, const char *cache_dir,
		    dossier_diag_fn diag, void *ud)
{
	int problems = 0;
	struct ds_buf path = DS_BUF_INIT, data = DS_BUF_INIT;
	for (size_t i = 0; i < DS_ARRAY_LEN(files); i++) {
		ds_buf_reset(&path);
		ds_buf_addf(&path, "%s/%s", dir, files[i].name);
		FILE *fp = fopen(path.ptr, "rb");
		if (!fp) {
			if (diag)
				diag(ud, path.ptr, strerror(errno), 1);
			problems = -1;
			break;
		}
		ds_buf_reset(&data);
		char chunk[65536];
		size_t n;
		while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0 && data.len < (64u << 20))
			ds_buf_add(&data, chunk, n);
		int bad = ferror(fp);
		fclose(fp);
		if (bad) {
			if (diag)
				diag(ud, path.ptr, "read error", 1);
			problems = -1;
			break;
		}
		problems += ds_kb_load_file(kb, path.ptr, data.ptr ? data.ptr : "", data.len, strict,
					    diag, ud);
	}
	ds_buf_release(&path);
	ds_buf_release(&data);
	if (problems >= 0)
		problems += ds_kb_finish(kb, strict, cache_dir, diag, ud);
	return problems;
}

int dossier_kb_load(const char *dir, const char *cache_dir, struct dossier_kb **out,
		    dossier_diag_fn diag, void *ud)
{
	struct dossier_kb *kb = ds_kb_new();
	int problems = load_dir(kb, dir, 0, cache_dir, diag, ud);
	if (problems < 0 || !kb->db) {
		ds_kb_free(kb);
		*out = NULL;
		return DOSSIER_E_KB;
	}
	*out = kb;
	return 0;
}

int dossier_kb_check(const char *dir, dossier_diag_fn diag, void *ud)
{
	struct dossier_kb *kb = ds_kb_new();
	int problems = load_dir(kb, dir, 1, NULL, diag, ud);
	ds_kb_free(kb);
	return problems < 0 ? 1 : problems;
}
