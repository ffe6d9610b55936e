/*
 * clean_boiler.c: raw body text -> clean text, the second stage.
 *
 * Works line by line (one line = one block of the page or the text file):
 * white space is normalised, lines broken inside a sentence are joined, and
 * the boilerplate that news pages leave in extracted text is dropped and
 * listed in `removed` (records.md "document"): comment forms, rating
 * widgets, "read also" links with their headline, share and follow buttons,
 * cookie and anti-spam notices, embed markers, copyright lines, photo
 * credits. Patterns are general French and English page furniture, matched
 * on the folded line (lower case, no accents), never an article's sentences.
 * "Source: X" lines are read for the credited outlet and dropped too.
 */
#include <string.h>

#include "ds.h"

enum match { EXACT, PREFIX, CONTAINS };
enum action { DROP = 1, DROP_NEXT = 2, DROP_REST = 3 };

struct pattern {
	const char *text; /* folded */
	unsigned char how, action;
	unsigned short maxlen; /* the line is boilerplate only up to this length */
};

/* Kept in groups; every entry is page furniture in French or English. */
static const struct pattern patterns[] = {
	/* comment forms: the rest of the page is the comment section */
	{"leave a reply", EXACT, DROP_REST, 40},
	{"leave a comment", EXACT, DROP_REST, 40},
	{"post a comment", EXACT, DROP_REST, 40},
	{"laisser un commentaire", EXACT, DROP_REST, 40},
	{"laissez un commentaire", EXACT, DROP_REST, 40},
	{"ajouter un commentaire", EXACT, DROP_REST, 40},
	{"poster un commentaire", EXACT, DROP_REST, 40},
	{"your email address will not be published", PREFIX, DROP, 200},
	{"your e-mail address will not be published", PREFIX, DROP, 200},
	{"votre adresse e-mail ne sera pas publiee", PREFIX, DROP, 200},
	{"votre adresse email ne sera pas publiee", PREFIX, DROP, 200},
	{"votre adresse de messagerie ne sera pas publiee", PREFIX, DROP, 200},
	{"votre adresse courriel ne sera pas publiee", PREFIX, DROP, 200},
	{"required fields are marked", CONTAINS, DROP, 200},
	{"les champs obligatoires sont indiques", CONTAINS, DROP, 200},
	{"save my name, email", PREFIX, DROP, 200},
	{"enregistrer mon nom, mon e-mail", PREFIX, DROP, 200},
	{"cancel reply", EXACT, DROP, 30},
	{"annuler la reponse", EXACT, DROP, 30},
	{"you must be logged in to post a comment", PREFIX, DROP, 120},
	{"vous devez vous connecter pour publier un commentaire", PREFIX, DROP, 120},
	/* rating widgets */
	{"cliquez sur une etoile pour la noter", PREFIX, DROP, 80},
	{"click on a star to rate it", PREFIX, DROP, 80},
	{"note moyenne", PREFIX, DROP, 100},
	{"average rating", PREFIX, DROP, 100},
	{"aucun vote pour l'instant", PREFIX, DROP, 120},
	{"no votes so far", PREFIX, DROP, 120},
	{"cette publication vous a-t-elle ete utile", PREFIX, DROP, 80},
	{"cet article vous a-t-il ete utile", PREFIX, DROP, 80},
	{"was this post helpful", PREFIX, DROP, 80},
	{"how useful was this post", PREFIX, DROP, 80},
	{"we are sorry that this post was not useful", PREFIX, DROP, 120},
	{"nous sommes desoles que cet article", PREFIX, DROP, 120},
	{"rate this article", EXACT, DROP, 40},
	{"notez cet article", EXACT, DROP, 40},
	/* read-also links: alone on their line, the headline follows */
	{"lire aussi", EXACT, DROP_NEXT, 20},
	{"a lire aussi", EXACT, DROP_NEXT, 20},
	{"lire egalement", EXACT, DROP_NEXT, 20},
	{"a lire egalement", EXACT, DROP_NEXT, 20},
	{"lire la suite", EXACT, DROP_NEXT, 20},
	{"lire plus", EXACT, DROP_NEXT, 20},
	{"voir aussi", EXACT, DROP_NEXT, 20},
	{"a voir aussi", EXACT, DROP_NEXT, 20},
	{"sur le meme sujet", EXACT, DROP_NEXT, 30},
	{"read also", EXACT, DROP_NEXT, 20},
	{"read more", EXACT, DROP_NEXT, 20},
	{"see also", EXACT, DROP_NEXT, 20},
	{"related", EXACT, DROP_NEXT, 20},
	{"related article", EXACT, DROP_NEXT, 30},
	{"related articles", EXACT, DROP, 30},
	{"related posts", EXACT, DROP, 30},
	{"related stories", EXACT, DROP, 30},
	{"articles similaires", EXACT, DROP, 30},
	{"articles lies", EXACT, DROP, 30},
	{"dans la meme rubrique", EXACT, DROP, 30},
	{"you may also like", EXACT, DROP, 30},
	{"vous aimerez aussi", EXACT, DROP, 30},
	{"vous pourriez aussi aimer", EXACT, DROP, 40},
	{"more from", PREFIX, DROP, 40},
	/* ... and with the headline on the same line */
	{"lire aussi :", PREFIX, DROP, 300},
	{"lire aussi:", PREFIX, DROP, 300},
	{"a lire aussi :", PREFIX, DROP, 300},
	{"a lire aussi:", PREFIX, DROP, 300},
	{"lire egalement :", PREFIX, DROP, 300},
	{"lire egalement:", PREFIX, DROP, 300},
	{"lire la suite :", PREFIX, DROP, 300},
	{"lire la suite:", PREFIX, DROP, 300},
	{"lire plus :", PREFIX, DROP, 300},
	{"lire plus:", PREFIX, DROP, 300},
	{"voir aussi :", PREFIX, DROP, 300},
	{"voir aussi:", PREFIX, DROP, 300},
	{"read also:", PREFIX, DROP, 300},
	{"read more:", PREFIX, DROP, 300},
	{"read more :", PREFIX, DROP, 300},
	{"see also:", PREFIX, DROP, 300},
	{"related:", PREFIX, DROP, 300},
	{"related content:", PREFIX, DROP, 300},
	{"source link", EXACT, DROP, 20},
	/* ad and embed markers */
	{"[ad_1]", EXACT, DROP, 10},
	{"[ad_2]", EXACT, DROP, 10},
	{"[ad_3]", EXACT, DROP, 10},
	{"[youtube", PREFIX, DROP, 400},
	{"[embed", PREFIX, DROP, 400},
	{"[caption", PREFIX, DROP, 400},
	{"[tweet", PREFIX, DROP, 400},
	{"[video", PREFIX, DROP, 400},
	{"platform.twitter.com/widgets.js", CONTAINS, DROP, 300},
	{"pic.twitter.com/", CONTAINS, DROP, 600},
	{"advertisement", EXACT, DROP, 20},
	{"publicite", EXACT, DROP, 20},
	{"sponsored", EXACT, DROP, 20},
	{"contenu sponsorise", EXACT, DROP, 30},
	{"your browser does not support", PREFIX, DROP, 200},
	{"votre navigateur ne supporte pas", PREFIX, DROP, 200},
	{"votre navigateur ne prend pas en charge", PREFIX, DROP, 200},
	{"please enable javascript", PREFIX, DROP, 200},
	{"veuillez activer javascript", PREFIX, DROP, 200},
	/* share and follow buttons */
	{"share this:", PREFIX, DROP, 60},
	{"share this", EXACT, DROP, 20},
	{"share this article", EXACT, DROP, 30},
	{"share on facebook", PREFIX, DROP, 60},
	{"share on twitter", PREFIX, DROP, 60},
	{"partager :", PREFIX, DROP, 60},
	{"partager:", PREFIX, DROP, 60},
	{"partager", EXACT, DROP, 20},
	{"partager cet article", PREFIX, DROP, 60},
	{"partagez cet article", PREFIX, DROP, 60},
	{"partager sur facebook", PREFIX, DROP, 60},
	{"like this:", PREFIX, DROP, 30},
	{"j'aime ca :", PREFIX, DROP, 30},
	{"j'aime chargement", PREFIX, DROP, 40},
	{"like loading", PREFIX, DROP, 30},
	{"follow us on", PREFIX, DROP, 150},
	{"suivez-nous sur", PREFIX, DROP, 150},
	{"rejoignez-nous sur", PREFIX, DROP, 150},
	{"abonnez-vous a notre", PREFIX, DROP, 200},
	{"abonnez-vous", EXACT, DROP, 20},
	{"inscrivez-vous a notre newsletter", PREFIX, DROP, 200},
	{"sign up for our newsletter", PREFIX, DROP, 200},
	{"subscribe to our newsletter", PREFIX, DROP, 200},
	{"subscribe", EXACT, DROP, 20},
	{"newsletter", EXACT, DROP, 20},
	{"facebook", EXACT, DROP, 20},
	{"twitter", EXACT, DROP, 20},
	{"whatsapp", EXACT, DROP, 20},
	{"linkedin", EXACT, DROP, 20},
	{"telegram", EXACT, DROP, 20},
	{"email", EXACT, DROP, 20},
	{"e-mail", EXACT, DROP, 20},
	{"print", EXACT, DROP, 20},
	{"imprimer", EXACT, DROP, 20},
	{"tweet", EXACT, DROP, 20},
	/* consent, anti-spam, legal */
	{"this site uses akismet", PREFIX, DROP, 300},
	{"ce site utilise akismet", PREFIX, DROP, 300},
	{"for security, use of", PREFIX, DROP, 300},
	{"i agree to these terms", PREFIX, DROP, 40},
	{"j'accepte ces conditions", PREFIX, DROP, 40},
	{"we use cookies", PREFIX, DROP, 400},
	{"this website uses cookies", PREFIX, DROP, 400},
	{"this site uses cookies", PREFIX, DROP, 400},
	{"nous utilisons des cookies", PREFIX, DROP, 400},
	{"ce site utilise des cookies", PREFIX, DROP, 400},
	{"en poursuivant votre navigation", PREFIX, DROP, 400},
	{"accept cookies", EXACT, DROP, 30},
	{"accepter les cookies", EXACT, DROP, 30},
	{"accepter et fermer", EXACT, DROP, 30},
	{"tous droits reserves", CONTAINS, DROP, 160},
	{"all rights reserved", CONTAINS, DROP, 160},
	{"copyright ", PREFIX, DROP, 160},
	{"(c) copyright", PREFIX, DROP, 160},
	/* photo credits standing alone */
	{"photo :", PREFIX, DROP, 120},
	{"photo:", PREFIX, DROP, 120},
	{"photos :", PREFIX, DROP, 120},
	{"credit photo", PREFIX, DROP, 120},
	{"photo credit", PREFIX, DROP, 120},
	{"illustration :", PREFIX, DROP, 120},
	{"image :", PREFIX, DROP, 120},
	{"image:", PREFIX, DROP, 120},
};

#define MAX_BOILER_LINE 600

static int is_trim(unsigned char c)
{
	return c == ' ' || c == ':' || c == '!' || c == '.' || c == '>' || c == '-' ||
	       c == '*' || c == '|' || c == '"' || c == '#';
}

int ds_boiler_line(const char *f, size_t n)
{
	if (!n)
		return 0;
	/* trimmed view for EXACT matches: "LIRE AUSSI :" == "lire aussi" */
	size_t a = 0, b = n;
	while (a < b && (is_trim((unsigned char)f[a]) || (unsigned char)f[a] >= 0x80))
		a++;
	while (b > a && (is_trim((unsigned char)f[b - 1]) || (unsigned char)f[b - 1] >= 0x80))
		b--;
	for (size_t i = 0; i < DS_ARRAY_LEN(patterns); i++) {
		const struct pattern *p = &patterns[i];
		size_t k = strlen(p->text);
		if (n > p->maxlen)
			continue;
		switch (p->how) {
		case EXACT:
			if (b - a == k && !memcmp(f + a, p->text, k))
				return p->action;
			break;
		case PREFIX:
			if (b - a >= k && !memcmp(f + a, p->text, k))
				return p->action;
			break;
		default:
			if (ds_memmem(f, n, p->text, k))
				return p->action;
		}
	}
	/* a caption ending in its credit: "... Photo: AGENCY/NAME" */
	if (n < 200 && (ds_memmem(f, n, " photo:", 7) || ds_memmem(f, n, " photo :", 8) ||
			ds_memmem(f, n, "(photo", 6)))
		return DROP;
	/* the attribution line of an embedded tweet: "— Name (@handle) date" */
	if (n < 300 && ds_memmem(f, n, "(@", 2) && (f[0] == '-' || !memcmp(f, "\xe2\x80\x94", 3)))
		return DROP;
	/* a bare link */
	if (n < 400 && (!strncmp(f + a, "http://", 7) || !strncmp(f + a, "https://", 8)) &&
	    !memchr(f + a, ' ', b - a))
		return DROP;
	return 0;
}

static int ends_sentence(const char *s, size_t n)
{
	while (n && (s[n - 1] == ' '))
		n--;
	if (!n)
		return 1;
	unsigned char c = (unsigned char)s[n - 1];
	if (strchr(".!?:;\")]…", c) && c < 0x80)
		return 1;
	/* », ”, … */
	if (n >= 2 && (unsigned char)s[n - 2] == 0xC2 && c == 0xBB)
		return 1;
	if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
	    (c == 0x9D || c == 0xA6 || c == 0x99))
		return 1;
	return 0;
}

static int starts_lower(const char *s, size_t n)
{
	uint32_t cp;
	if (!n || !ds_utf8_decode((const unsigned char *)s, n, &cp))
		return 0;
	return ds_cp_is_alnum(cp) && !ds_cp_is_upper(cp) && !(cp >= '0' && cp <= '9');
}

/* Appends line [s, s+n) to b with runs of ASCII white space collapsed and
 * the ends trimmed (non-breaking spaces inside are French typography: kept). */
static void add_squeezed(struct ds_buf *b, const char *s, size_t n)
{
	int space = 0;
	size_t start = b->len;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
			space = 1;
			continue;
		}
		if (space && b->len > start)
			ds_buf_addc(b, ' ');
		space = 0;
		ds_buf_addc(b, c);
	}
}

/* Is the text hard-wrapped (a paragraph is a block of lines between blank
 * lines, cut at a fixed width)? Yes when most lines that have another line
 * of the same block after them end inside a sentence. */
static int hard_wrapped(const char *body, size_t len)
{
	size_t inner = 0, open = 0, i = 0;
	int prev_nonblank = 0;
	size_t prev_a = 0, prev_n = 0;
	while (i < len) {
		const char *nl = memchr(body + i, '\n', len - i);
		size_t n = nl ? (size_t)(nl - (body + i)) : len - i;
		size_t a = i;
		while (n && ds_isspace(body[a + n - 1]))
			n--;
		int blank = 1;
		for (size_t k = 0; k < n && blank; k++)
			blank = ds_isspace(body[a + k]);
		if (!blank && prev_nonblank) {
			inner++;
			open += !ends_sentence(body + prev_a, prev_n) && prev_n >= 30;
		}
		prev_nonblank = !blank;
		prev_a = a;
		prev_n = n;
		i += (nl ? (size_t)(nl - (body + i)) + 1 : len - i);
	}
	return inner >= 2 && open * 2 > inner;
}

void ds_clean_body(struct dossier_doc *doc, const char *body, size_t len)
{
	struct ds_buf line = DS_BUF_INIT, fold = DS_BUF_INIT;
	struct ds_buf *out = &doc->text;
	size_t i = 0;
	int drop_next = 0, drop_rest = 0, credit_whole = 0;
	int wrapped = hard_wrapped(body, len);
	if (len >= 3 && !memcmp(body, "\xEF\xBB\xBF", 3))
		i = 3;
	while (i < len) {
		const char *nl = memchr(body + i, '\n', len - i);
		size_t n = nl ? (size_t)(nl - (body + i)) : len - i;
		ds_buf_reset(&line);
		add_squeezed(&line, body + i, n);
		i += n + (nl ? 1 : 0);
		if (!line.len)
			continue;
		/* join the lines of a hard-wrapped paragraph, and a line broken
		 * inside a sentence before a lower-case continuation */
		while (i < len && (wrapped || !ends_sentence(line.ptr, line.len))) {
			const char *nl2 = memchr(body + i, '\n', len - i);
			size_t n2 = nl2 ? (size_t)(nl2 - (body + i)) : len - i;
			size_t k = 0;
			while (k < n2 && ds_isspace(body[i + k]))
				k++;
			if (k == n2 || (!wrapped && !starts_lower(body + i + k, n2 - k)))
				break;
			ds_buf_addc(&line, ' ');
			add_squeezed(&line, body + i + k, n2 - k);
			i += n2 + (nl2 ? 1 : 0);
		}
		int action = 0;
		if (drop_rest) {
			action = DROP;
		} else if (line.len <= MAX_BOILER_LINE) {
			ds_buf_reset(&fold);
			ds_fold(&fold, line.ptr, line.len);
			if (!fold.len || (fold.len == 1 && fold.ptr[0] == ' '))
				continue; /* only non-breaking or other Unicode spaces */
			action = ds_boiler_line(fold.ptr, fold.len);
			if (!action && drop_next && line.len < 200 &&
			    !ends_sentence(line.ptr, line.len))
				action = DROP; /* the headline after "Lire aussi :" */
			if (!action && line.len < 300) {
				int whole = 0;
				const char *src = ds_credit_line(doc, line.ptr, line.len, &whole);
				/* a "Source:" line beats a dateline agency */
				if (src && (!doc->credited_source || (whole && !credit_whole)))
					doc->credited_source = src;
				if (src && whole)
					credit_whole = 1;
				if (whole)
					action = DROP;
			}
		}
		drop_next = action == DROP_NEXT;
		if (action == DROP_REST) {
			/* a comment form ends the article only in its second half; near
			 * the top it is a link to the comments */
			if (i > len / 2)
				drop_rest = 1;
			action = DROP;
		}
		if (action) {
			ds_doc_add_removed(doc, line.ptr, line.len);
			continue;
		}
		if (out->len)
			ds_buf_addc(out, '\n');
		ds_buf_add(out, line.ptr, line.len);
	}
	if (!out->ptr)
		ds_buf_add(out, "", 0);
	ds_buf_release(&line);
	ds_buf_release(&fold);
}
