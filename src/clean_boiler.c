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
#include <pthread.h>
#include <string.h>
#include <strings.h>

#include "ds.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

enum match { EXACT, PREFIX, CONTAINS };
enum action { DROP = 1, DROP_NEXT = 2, DROP_REST = 3 };

struct pattern {
	const char *text; /* folded */
	unsigned char len, how, action;
	unsigned short maxlen; /* the line is boilerplate only up to this length */
};

#define P(text, how, action, maxlen) {text, sizeof(text) - 1, how, action, maxlen}

/* Kept in groups; every entry is page furniture in French or English. */
static const struct pattern patterns[] = {
	/* comment forms: the rest of the page is the comment section */
	P("leave a reply", EXACT, DROP_REST, 40),
	P("leave a comment", EXACT, DROP_REST, 40),
	P("post a comment", EXACT, DROP_REST, 40),
	P("laisser un commentaire", EXACT, DROP_REST, 40),
	P("laissez un commentaire", EXACT, DROP_REST, 40),
	P("ajouter un commentaire", EXACT, DROP_REST, 40),
	P("poster un commentaire", EXACT, DROP_REST, 40),
	P("your email address will not be published", PREFIX, DROP, 200),
	P("your e-mail address will not be published", PREFIX, DROP, 200),
	P("votre adresse e-mail ne sera pas publiee", PREFIX, DROP, 200),
	P("votre adresse email ne sera pas publiee", PREFIX, DROP, 200),
	P("votre adresse de messagerie ne sera pas publiee", PREFIX, DROP, 200),
	P("votre adresse courriel ne sera pas publiee", PREFIX, DROP, 200),
	P("required fields are marked", CONTAINS, DROP, 200),
	P("les champs obligatoires sont indiques", CONTAINS, DROP, 200),
	P("save my name, email", PREFIX, DROP, 200),
	P("reagissez a cet article", PREFIX, DROP_REST, 200),
	P("ne sera pas publiee", CONTAINS, DROP, 200),
	P("will not be published", CONTAINS, DROP, 200),
	P("enregistrer mon nom, mon e-mail", PREFIX, DROP, 200),
	P("cancel reply", EXACT, DROP, 30),
	P("annuler la reponse", EXACT, DROP, 30),
	P("you must be logged in to post a comment", PREFIX, DROP, 120),
	P("vous devez vous connecter pour publier un commentaire", PREFIX, DROP, 120),
	/* rating widgets */
	P("cliquez sur une etoile pour la noter", PREFIX, DROP, 80),
	P("click on a star to rate it", PREFIX, DROP, 80),
	P("note moyenne", PREFIX, DROP, 100),
	P("average rating", PREFIX, DROP, 100),
	P("aucun vote pour l'instant", PREFIX, DROP, 120),
	P("no votes so far", PREFIX, DROP, 120),
	P("cette publication vous a-t-elle ete utile", PREFIX, DROP, 80),
	P("cet article vous a-t-il ete utile", PREFIX, DROP, 80),
	P("was this post helpful", PREFIX, DROP, 80),
	P("how useful was this post", PREFIX, DROP, 80),
	P("we are sorry that this post was not useful", PREFIX, DROP, 120),
	P("nous sommes desoles que cet article", PREFIX, DROP, 120),
	P("rate this article", EXACT, DROP, 40),
	P("notez cet article", EXACT, DROP, 40),
	/* read-also links: alone on their line, the headline follows */
	P("lire aussi", EXACT, DROP_NEXT, 20),
	P("a lire aussi", EXACT, DROP_NEXT, 20),
	P("lire egalement", EXACT, DROP_NEXT, 20),
	P("a lire egalement", EXACT, DROP_NEXT, 20),
	P("lire la suite", EXACT, DROP_NEXT, 20),
	P("lire plus", EXACT, DROP_NEXT, 20),
	P("voir aussi", EXACT, DROP_NEXT, 20),
	P("a voir aussi", EXACT, DROP_NEXT, 20),
	P("sur le meme sujet", EXACT, DROP_NEXT, 30),
	P("read also", EXACT, DROP_NEXT, 20),
	P("read more", EXACT, DROP_NEXT, 20),
	P("see also", EXACT, DROP_NEXT, 20),
	P("related", EXACT, DROP_NEXT, 20),
	P("related article", EXACT, DROP_NEXT, 30),
	P("related articles", EXACT, DROP, 30),
	P("related posts", EXACT, DROP, 30),
	P("related stories", EXACT, DROP, 30),
	P("articles similaires", EXACT, DROP, 30),
	P("articles lies", EXACT, DROP, 30),
	P("dans la meme rubrique", EXACT, DROP, 30),
	P("you may also like", EXACT, DROP, 30),
	P("vous aimerez aussi", EXACT, DROP, 30),
	P("vous pourriez aussi aimer", EXACT, DROP, 40),
	P("more from", PREFIX, DROP, 40),
	/* headings of the lists of popular stories beside the text */
	P("les plus lus", EXACT, DROP, 30),
	P("les plus populaires", EXACT, DROP, 30),
	P("les plus partages", EXACT, DROP, 30),
	P("les plus commentes", EXACT, DROP, 30),
	P("most read", EXACT, DROP, 30),
	P("most popular", EXACT, DROP, 30),
	P("most viewed", EXACT, DROP, 30),
	P("trending", EXACT, DROP, 20),
	P("trending now", EXACT, DROP, 30),
	/* ... and with the headline on the same line */
	P("lire aussi :", PREFIX, DROP, 300),
	P("lire aussi:", PREFIX, DROP, 300),
	P("a lire aussi :", PREFIX, DROP, 300),
	P("a lire aussi:", PREFIX, DROP, 300),
	P("lire egalement :", PREFIX, DROP, 300),
	P("lire egalement:", PREFIX, DROP, 300),
	P("lire la suite :", PREFIX, DROP, 300),
	P("lire la suite:", PREFIX, DROP, 300),
	P("lire plus :", PREFIX, DROP, 300),
	P("lire plus:", PREFIX, DROP, 300),
	P("voir aussi :", PREFIX, DROP, 300),
	P("voir aussi:", PREFIX, DROP, 300),
	P("read also:", PREFIX, DROP, 300),
	P("read more:", PREFIX, DROP, 300),
	P("read more :", PREFIX, DROP, 300),
	P("see also:", PREFIX, DROP, 300),
	P("related:", PREFIX, DROP, 300),
	P("related content:", PREFIX, DROP, 300),
	P("source link", EXACT, DROP, 20),
	/* ad and embed markers */
	P("[ad_1]", EXACT, DROP, 10),
	P("[ad_2]", EXACT, DROP, 10),
	P("[ad_3]", EXACT, DROP, 10),
	P("[youtube", PREFIX, DROP, 400),
	P("[embed", PREFIX, DROP, 400),
	P("[caption", PREFIX, DROP, 400),
	P("[tweet", PREFIX, DROP, 400),
	P("[video", PREFIX, DROP, 400),
	P("platform.twitter.com/widgets.js", CONTAINS, DROP, 300),
	P("pic.twitter.com/", CONTAINS, DROP, 600),
	P("advertisement", EXACT, DROP, 20),
	P("publicite", EXACT, DROP, 20),
	P("sponsored", EXACT, DROP, 20),
	P("contenu sponsorise", EXACT, DROP, 30),
	P("your browser does not support", PREFIX, DROP, 200),
	P("votre navigateur ne supporte pas", PREFIX, DROP, 200),
	P("votre navigateur ne prend pas en charge", PREFIX, DROP, 200),
	P("please enable javascript", PREFIX, DROP, 200),
	P("veuillez activer javascript", PREFIX, DROP, 200),
	/* share and follow buttons */
	P("share this:", PREFIX, DROP, 60),
	P("share this", EXACT, DROP, 20),
	P("share this article", EXACT, DROP, 30),
	P("share on facebook", PREFIX, DROP, 160),
	P("share on twitter", PREFIX, DROP, 60),
	P("partager :", PREFIX, DROP, 60),
	P("partager:", PREFIX, DROP, 60),
	P("partager", EXACT, DROP, 20),
	P("partager cet article", PREFIX, DROP, 60),
	P("partagez cet article", PREFIX, DROP, 60),
	P("partager sur facebook", PREFIX, DROP, 160),
	P("partager sur ", PREFIX, DROP, 60),
	P("share on ", PREFIX, DROP, 60),
	P("like this:", PREFIX, DROP, 30),
	P("j'aime ca :", PREFIX, DROP, 30),
	P("j'aime chargement", PREFIX, DROP, 40),
	P("like loading", PREFIX, DROP, 30),
	P("follow us on", PREFIX, DROP, 150),
	P("suivez-nous sur", PREFIX, DROP, 150),
	P("rejoignez-nous sur", PREFIX, DROP, 150),
	P("abonnez-vous a notre", PREFIX, DROP, 200),
	P("abonnez-vous", EXACT, DROP, 20),
	P("sign up for our ", PREFIX, DROP, 200),
	P("subscribe to our ", PREFIX, DROP, 200),
	P("inscrivez-vous a notre ", PREFIX, DROP, 200),
	P("inscrivez-vous pour recevoir", PREFIX, DROP, 200),
	P("abonnez-vous pour recevoir", PREFIX, DROP, 200),
	P("je m'inscris", EXACT, DROP, 20),
	P("sign up to our ", PREFIX, DROP, 200),
	P("sign up to receive", PREFIX, DROP, 200),
	/* tag lists */
	P("mots-cles :", PREFIX, DROP, 300),
	P("mots-cles:", PREFIX, DROP, 300),
	P("mots cles :", PREFIX, DROP, 300),
	P("tags:", PREFIX, DROP, 300),
	P("tags :", PREFIX, DROP, 300),
	P("comments are closed", PREFIX, DROP, 40),
	P("les commentaires sont fermes", PREFIX, DROP, 60),
	P("vous avez aime cet article", PREFIX, DROP, 80),
	P("did you like this article", PREFIX, DROP, 80),
	P("subscribe", EXACT, DROP, 20),
	P("subscribe now", PREFIX, DROP, 120),
	/* reading aids and reader tools */
	P("temps de lecture", PREFIX, DROP, 40),
	P(" min de lecture", CONTAINS, DROP, 30),
	P(" minutes de lecture", CONTAINS, DROP, 30),
	P(" min read", CONTAINS, DROP, 20),
	P(" minute read", CONTAINS, DROP, 24),
	P("ecouter cet article", PREFIX, DROP, 40),
	P("ecouter l'article", PREFIX, DROP, 40),
	P("listen to this article", PREFIX, DROP, 40),
	P("listen to article", PREFIX, DROP, 40),
	P("signaler un abus", EXACT, DROP, 30),
	P("report abuse", EXACT, DROP, 30),
	P("reagir a cet article", PREFIX, DROP, 40),
	P("copier le lien", EXACT, DROP, 30),
	P("lien copie", EXACT, DROP, 30),
	P("copy link", EXACT, DROP, 30),
	P("link copied", EXACT, DROP, 30),
	P("sujets :", PREFIX, DROP, 300),
	P("topics:", PREFIX, DROP, 300),
	/* paywalls: the notice, and what is left to read */
	P("cet article est reserve aux abonnes", PREFIX, DROP, 200),
	P("article reserve aux abonnes", PREFIX, DROP, 120),
	P("la suite de cet article est reservee aux abonnes", PREFIX, DROP, 200),
	P("la suite est reservee aux abonnes", PREFIX, DROP, 160),
	P("il vous reste ", PREFIX, DROP, 50),
	P("deja abonne ?", PREFIX, DROP, 60),
	P("this article is for subscribers", PREFIX, DROP, 200),
	P("this article is reserved for subscribers", PREFIX, DROP, 200),
	P("subscribe to continue reading", PREFIX, DROP, 200),
	P("subscribe to read", PREFIX, DROP, 160),
	P("to continue reading, subscribe", PREFIX, DROP, 200),
	P("already a subscriber?", PREFIX, DROP, 80),
	P("newsletter", EXACT, DROP, 20),
	P("facebook", EXACT, DROP, 20),
	P("twitter", EXACT, DROP, 20),
	P("whatsapp", EXACT, DROP, 20),
	P("linkedin", EXACT, DROP, 20),
	P("telegram", EXACT, DROP, 20),
	P("email", EXACT, DROP, 20),
	P("e-mail", EXACT, DROP, 20),
	P("print", EXACT, DROP, 20),
	P("imprimer", EXACT, DROP, 20),
	P("tweet", EXACT, DROP, 20),
	/* consent, anti-spam, legal */
	P("this site uses akismet", PREFIX, DROP, 300),
	P("ce site utilise akismet", PREFIX, DROP, 300),
	P("for security, use of", PREFIX, DROP, 300),
	P("i agree to these terms", PREFIX, DROP, 40),
	P("j'accepte ces conditions", PREFIX, DROP, 40),
	P("we use cookies", PREFIX, DROP, 400),
	P("this website uses cookies", PREFIX, DROP, 400),
	P("this site uses cookies", PREFIX, DROP, 400),
	P("nous utilisons des cookies", PREFIX, DROP, 400),
	P("ce site utilise des cookies", PREFIX, DROP, 400),
	P("en poursuivant votre navigation", PREFIX, DROP, 400),
	P("accept cookies", EXACT, DROP, 30),
	P("accepter les cookies", EXACT, DROP, 30),
	P("accepter et fermer", EXACT, DROP, 30),
	P("tous droits reserves", CONTAINS, DROP, 160),
	P("all rights reserved", CONTAINS, DROP, 160),
	P("copyright ", PREFIX, DROP, 160),
	P("(c) copyright", PREFIX, DROP, 160),
	/* the credits of a wire story: "Reporting by X; Editing by Y",
	 * "(Reportage X, version française Y)" */
	P("reporting by ", PREFIX, DROP, 300),
	P("additional reporting by ", PREFIX, DROP, 300),
	P("writing by ", PREFIX, DROP, 200),
	P("editing by ", PREFIX, DROP, 200),
	P("(reporting by ", PREFIX, DROP, 300),
	P("(additional reporting by ", PREFIX, DROP, 300),
	P("(reportage ", PREFIX, DROP, 300),
	P("(version francaise ", PREFIX, DROP, 300),
	P("our standards:", PREFIX, DROP, 120),
	/* photo credits standing alone */
	P("photo :", PREFIX, DROP, 120),
	P("photo:", PREFIX, DROP, 120),
	P("photos :", PREFIX, DROP, 120),
	P("credit photo", PREFIX, DROP, 120),
	P("photo credit", PREFIX, DROP, 120),
	P("illustration :", PREFIX, DROP, 120),
	P("image :", PREFIX, DROP, 120),
	P("photograph:", PREFIX, DROP, 120),
	P("photograph :", PREFIX, DROP, 120),
	/* the furniture of English news pages left in their text */
	P("sign up to ", PREFIX, DROP, 120),
	P("skip past newsletter promotion", PREFIX, DROP, 80),
	P("after newsletter promotion", EXACT, DROP, 40),
	P("explore more on these topics", PREFIX, DROP, 40),
	P("reuse this content", EXACT, DROP, 30),
	P("this article is more than ", PREFIX, DROP, 50),
	P("supported by", EXACT, DROP, 20),
	P("share", EXACT, DROP, 20),
	P("read next", EXACT, DROP, 20),
	P("topics", EXACT, DROP, 20),
	P("see all of our coverage", PREFIX, DROP, 80),
	P("click here to read more", PREFIX, DROP, 60),
	/* the title of an embedded video */
	P("video :", PREFIX, DROP, 120),
	P("video:", PREFIX, DROP, 120),
	P("watch:", PREFIX, DROP, 120),
	P("image:", PREFIX, DROP, 120),
};

#define MAX_BOILER_LINE 600
#define SHORT_LINE 420 /* the longest reach of a pattern (400), and room for
			 * the accents that folding shrinks */

static int is_trim(unsigned char c)
{
	return c == ' ' || c == ':' || c == '!' || c == '.' || c == '>' || c == '-' ||
	       c == '*' || c == '|' || c == '"' || c == '#';
}

/* The patterns a line can match, by the first byte of its trimmed folded
 * form (128: none), in table order (the first match wins): those that start
 * with that byte, and every CONTAINS pattern. Most lines are thus compared
 * with a few patterns, not all. */
static uint8_t by_first[129][DS_ARRAY_LEN(patterns)];
static uint8_t n_by_first[129];
static pthread_once_t by_first_once = PTHREAD_ONCE_INIT;
_Static_assert(DS_ARRAY_LEN(patterns) <= 256, "pattern indices fit a byte");

static void by_first_build(void)
{
	for (unsigned c = 0; c <= 128; c++)
		for (size_t i = 0; i < DS_ARRAY_LEN(patterns); i++)
			if (patterns[i].how == CONTAINS ||
			    (c < 128 && (unsigned char)patterns[i].text[0] == c))
				by_first[c][n_by_first[c]++] = (uint8_t)i;
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
	pthread_once(&by_first_once, by_first_build);
	unsigned first = a < b && (unsigned char)f[a] < 0x80 ? (unsigned char)f[a] : 128;
	for (size_t x = 0; x < n_by_first[first]; x++) {
		const struct pattern *p = &patterns[by_first[first][x]];
		size_t k = p->len;
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
static const unsigned char ascii_ws[256] = {
	[' '] = 1, ['\t'] = 1, ['\r'] = 1, ['\f'] = 1, ['\v'] = 1,
};

#ifdef __SSE2__
/* Is every position k of [0, 16) one that add_squeezed lets pass: u[k] not
 * white space, or a space before a byte that is not? Reads u[0, 17). */
static inline int plain16(const unsigned char *u)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)u);
	__m128i next = _mm_loadu_si128((const __m128i *)(const void *)(u + 1));
	__m128i sp = _mm_cmpeq_epi8(v, _mm_set1_epi8(' '));
	/* the white space of ascii_ws: ' ', and \t \v \f \r (9, 11, 12, 13) */
	__m128i ctl = _mm_andnot_si128(
		_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
		_mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(128 - 9))), _mm_set1_epi8((char)(-128 + 5))));
	__m128i ctl_next = _mm_andnot_si128(
		_mm_cmpeq_epi8(next, _mm_set1_epi8('\n')),
		_mm_cmplt_epi8(_mm_add_epi8(next, _mm_set1_epi8((char)(128 - 9))), _mm_set1_epi8((char)(-128 + 5))));
	__m128i ws_next = _mm_or_si128(ctl_next, _mm_cmpeq_epi8(next, _mm_set1_epi8(' ')));
	__m128i bad = _mm_or_si128(ctl, _mm_and_si128(sp, ws_next));
	return !_mm_movemask_epi8(bad);
}
#endif

static void add_squeezed(struct ds_buf *b, const char *s, size_t n)
{
	/* the usual line: single spaces, no tab or other white space, no space
	 * at the ends: copied as it is */
	const unsigned char *u = (const unsigned char *)s;
	size_t k = 0;
	if (n && s[0] != ' ' && !ascii_ws[u[n - 1]]) {
#ifdef __SSE2__
		/* 16 positions at a time: no tab or other white space than a
		 * space, and no space before white space */
		while (k + 17 <= n && plain16(u + k))
			k += 16;
#endif
		while (k + 1 < n && (!ascii_ws[u[k]] || (u[k] == ' ' && !ascii_ws[u[k + 1]])))
			k++;
	}
	if (n && k + 1 >= n) {
		ds_buf_add(b, s, n);
		return;
	}
	size_t start = b->len, i = 0;
	ds_buf_reserve(b, n);
	char *o = b->ptr;
	k = b->len;
	while (i < n) {
		/* a run of words with single spaces between, copied at once */
		size_t j = i;
		while (j < n && (!ascii_ws[u[j]] ||
				 (u[j] == ' ' && j + 1 < n && !ascii_ws[u[j + 1]] && j > i)))
			j++;
		if (j > i) {
			if (k > start && i > 0)
				o[k++] = ' ';
			memcpy(o + k, s + i, j - i);
			k += j - i;
		}
		i = j;
		while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\f' ||
				 s[i] == '\v'))
			i++;
	}
	b->len = k;
	b->ptr[k] = '\0';
}

/* Is the text hard-wrapped (a paragraph is a block of lines between blank
 * lines, cut at a fixed width)? Yes when most lines that have another line
 * of the same block after them end inside a sentence, and those lines are
 * all about one width (a menu or a footer of short lines is not wrapped
 * text). */
static int hard_wrapped(const char *body, size_t len)
{
	size_t inner = 0, open = 0, i = 0, minw = SIZE_MAX, maxw = 0;
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
			if (!ends_sentence(body + prev_a, prev_n) && prev_n >= 30) {
				size_t w = ds_utf8_count(body + prev_a, prev_n);
				open++;
				minw = w < minw ? w : minw;
				maxw = w > maxw ? w : maxw;
			}
		}
		prev_nonblank = !blank;
		prev_a = a;
		prev_n = n;
		i += (nl ? (size_t)(nl - (body + i)) + 1 : len - i);
	}
	return inner >= 2 && open >= 3 && open * 2 > inner && maxw <= 100 && maxw - minw <= 25;
}

void ds_clean_body(struct dossier_doc *doc, const char *body, size_t len)
{
	struct ds_buf line = DS_BUF_INIT, fold = DS_BUF_INIT;
	struct ds_buf *out = &doc->text;
	size_t i = 0;
	int drop_next = 0, drop_rest = 0, credit_whole = 0, source_link = 0;
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
		} else if (line.len > SHORT_LINE && line.len <= MAX_BOILER_LINE) {
			/* a paragraph of prose: only embed markers can hide in it, and
			 * they are ASCII (no folding needed) */
			if (ds_memmem(line.ptr, line.len, "pic.twitter.com/", 16) ||
			    ds_memmem(line.ptr, line.len, "platform.twitter.com/widgets.js", 31))
				action = DROP;
		} else if (line.len <= SHORT_LINE) {
			ds_buf_reset(&fold);
			ds_fold(&fold, line.ptr, line.len);
			if (!fold.len || (fold.len == 1 && fold.ptr[0] == ' '))
				continue; /* only non-breaking or other Unicode spaces */
			action = ds_boiler_line(fold.ptr, fold.len);
			if (!action && drop_next && line.len < 200 &&
			    !ends_sentence(line.ptr, line.len))
				action = DROP; /* the headline after "Lire aussi :" */
		}
		if (!action && !drop_rest) {
			int whole = 0;
			const char *src = ds_credit_line(doc, line.ptr, line.len, &whole);
			/* a "Source:" line beats a dateline agency */
			if (src && (!doc->credited_source || (whole && !credit_whole)))
				doc->credited_source = src;
			if (src && whole)
				credit_whole = 1;
			if (whole && line.len < 300)
				action = DROP;
		}
		/* "Source link" and the link on the next line: the outlet */
		if (source_link && !doc->credited_source)
			doc->credited_source = ds_credit_link(doc, line.ptr, line.len);
		source_link = action && line.len < 20 &&
			      (!strncasecmp(line.ptr, "source link", 11) ||
			       !strncasecmp(line.ptr, "lien source", 11));
		drop_next = action == DROP_NEXT;
		if (action == DROP_REST) {
			/* a comment form ends the article only in its second half; near
			 * the top it is a link to the comments */
			if (i > len / 2)
				drop_rest = 1;
			action = DROP;
		}
		if (action) {
			/* a copyright line is dropped, and credits its outlet */
			if (!doc->credited_source && line.len < 200)
				doc->credited_source = ds_credit_copyright(doc, line.ptr, line.len);
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
