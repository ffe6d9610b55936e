/* Unit tests of cleaning: boilerplate lines, credited outlets, sentences,
 * dates. */
#include "ds.h"
#include "harness.h"

static int boiler(const char *line)
{
	struct ds_buf f = DS_BUF_INIT;
	ds_fold(&f, line, strlen(line));
	int r = ds_boiler_line(f.ptr, f.len);
	ds_buf_release(&f);
	return r;
}

TEST(boilerplate_french_and_english)
{
	CHECK(boiler("Laisser un commentaire") != 0);
	CHECK(boiler("Leave a Reply") != 0);
	CHECK(boiler("Votre adresse e-mail ne sera pas publiée.") != 0);
	CHECK(boiler("Cliquez sur une étoile pour la noter !") != 0);
	CHECK(boiler("Note moyenne 4.5 / 5. Décompte des voix : 12") != 0);
	CHECK_INT(boiler("LIRE AUSSI :"), 2);
	CHECK(boiler("Lire aussi : Kiev réclame des chars") != 0);
	CHECK(boiler("[ad_1]") != 0);
	CHECK(boiler("[youtube https://example.org/v=1]") != 0);
	CHECK(boiler("Source link") != 0);
	CHECK(boiler("Nous utilisons des cookies pour améliorer votre expérience.") != 0);
	CHECK(boiler("https://example.org/page") != 0);
	/* article sentences are kept */
	CHECK_INT(boiler("Le ministre a déclaré que les livraisons continueraient."), 0);
	CHECK_INT(boiler("Read the full statement on the ministry website, he said, adding that more would follow soon."), 0);
	CHECK_INT(boiler("Comments by the minister were welcomed in Kyiv."), 0);
}

/* Lines are cleaned of white space as a plain definition says: runs of
 * ASCII white space made one space, none at the ends; the fast path for
 * the usual line (copied as it is) agrees with it, and a line ending in a
 * carriage return or a tab (a CRLF file) loses it. */
static void squeeze_by_definition(struct ds_buf *b, const char *s, size_t n)
{
	int space = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
			space = 1;
			continue;
		}
		if (space && b->len)
			ds_buf_addc(b, ' ');
		space = 0;
		ds_buf_addc(b, c);
	}
}

TEST(lines_squeezed_as_defined)
{
	static const char *const piece[] = {"x", "y", "q", "xyz", " ", "  ", "\t", "\r", "\f", "\v",
					    " \t", "\xC3\xA9"};
	char line[120];
	uint32_t x = 99;
	for (int round = 0; round < 3000; round++) {
		size_t len = harness_pieces(line, sizeof line, &x, piece, DS_ARRAY_LEN(piece), 4, 40);
		struct dossier_doc *doc = ds_xcalloc(1, sizeof *doc);
		ds_clean_body(doc, line, len);
		struct ds_buf want = DS_BUF_INIT;
		squeeze_by_definition(&want, line, len);
		CHECK_MEM(doc->text.ptr, doc->text.len, want.ptr ? want.ptr : "");
		dossier_doc_free(doc);
		ds_buf_release(&want);
		if (harness_failed_now) {
			printf("  round %d: \"%.*s\"\n", round, (int)len, line);
			return;
		}
	}
	struct dossier_doc *doc = ds_xcalloc(1, sizeof *doc);
	const char *crlf = "Title\r\n\r\nThe first paragraph.\r\nThe second one.\t\r\n";
	ds_clean_body(doc, crlf, strlen(crlf));
	CHECK_STR(doc->text.ptr, "Title\nThe first paragraph.\nThe second one.");
	dossier_doc_free(doc);
}

static struct dossier_doc credit_doc;

static const char *credit(const char *line, int *whole)
{
	return ds_credit_line(&credit_doc, line, strlen(line), whole);
}

TEST(credited_outlets)
{
	int whole;
	CHECK_STR(credit("La source: www.rt.com", &whole), "rt.com");
	CHECK_INT(whole, 1);
	CHECK_STR(credit("Source : https://www.example.fr/article/1", &whole), "example.fr");
	CHECK_STR(credit("Source: Médias", &whole), NULL);
	CHECK_STR(credit("PRAGUE, 3 mai (Reuters) - La Pologne va envoyer", &whole), "Reuters");
	CHECK_INT(whole, 0);
	CHECK_STR(credit("BERLIN (AP) \xE2\x80\x94 Chancellor Olaf Scholz said", &whole), "AP");
	CHECK_STR(credit("Le Monde avec AFP", &whole), "AFP");
	CHECK_STR(credit("Source: European Pravda, citing the prime minister", &whole), "European Pravda");
	CHECK_INT(whole, 0);
	CHECK_STR(credit("The meeting (in Brussels) - a first", &whole), NULL);
	CHECK_STR(credit("Avec AFP et Reuters", &whole), "AFP");
	CHECK_INT(whole, 1);
	/* a wire's credit at the end of a story: an outlet the base knows */
	struct dossier_kb *kb = NULL;
	CHECK_INT(dossier_kb_load("data/kb", NULL, &kb, NULL, NULL), 0);
	credit_doc.kb = kb;
	CHECK_STR(credit("Reuters contributed to this report.", &whole), "Reuters");
	CHECK_INT(whole, 1);
	CHECK_STR(credit("The Associated Press and Reuters contributed to this report.", &whole),
		  "Associated Press");
	CHECK_STR(credit("Fox News' Jessica Doe contributed to this report.", &whole), NULL);
	CHECK_STR(credit("Associated Press writers A. Writer and B. Writer contributed to this report.",
			 &whole), NULL);
	/* a sentence that ends with "(avec AFP)" is kept; a copyright line
	 * and an outlet after a final dash credit it */
	CHECK_STR(credit("Les chars sont arrivés lundi. (Avec AFP)", &whole), "AFP");
	CHECK_INT(whole, 0);
	CHECK_STR(credit("Copyright 2023 The Associated Press. All rights reserved.", &whole),
		  "Associated Press");
	CHECK_INT(whole, 1);
	CHECK_STR(credit("\xC2\xA9 2024 AFP", &whole), "AFP");
	CHECK_STR(credit("Copyright 2023 Jane Doe. All rights reserved.", &whole), NULL);
	CHECK_STR(credit("The tanks arrived in Kyiv on Monday. \xE2\x80\x94 Associated Press", &whole),
		  "Associated Press");
	CHECK_INT(whole, 0);
	CHECK_STR(credit("Tanks - a first", &whole), NULL);
	credit_doc.kb = NULL;
	dossier_kb_free(kb);
	ds_arena_release(&credit_doc.arena);
}

static struct dossier_doc *segment(const char *text)
{
	struct dossier_doc *doc = ds_xcalloc(1, sizeof *doc);
	ds_buf_adds(&doc->text, text);
	ds_segment(doc);
	return doc;
}

static void free_doc(struct dossier_doc *doc)
{
	ds_buf_release(&doc->text);
	free(doc->paras);
	free(doc->sents);
	free(doc->sent_para);
	free(doc);
}

static void check_sents(const char *text, const char *const *want, size_t n)
{
	struct dossier_doc *doc = segment(text);
	CHECK_INT(doc->n_sents, n);
	for (size_t i = 0; i < n && i < doc->n_sents; i++)
		CHECK_MEM(text + doc->sents[i].start, doc->sents[i].end - doc->sents[i].start, want[i]);
	free_doc(doc);
}

TEST(sentences_abbreviations_and_quotes)
{
	const char *a[] = {"M. Macron a parlé à Mme Merkel.", "Elle a répondu."};
	check_sents("M. Macron a parlé à Mme Merkel. Elle a répondu.", a, 2);
	const char *b[] = {"The U.S. sent 2.5 billion dollars to Kyiv on Jan. 5.", "Gen. Milley agreed."};
	check_sents("The U.S. sent 2.5 billion dollars to Kyiv on Jan. 5. Gen. Milley agreed.", b, 2);
	const char *c[] = {"« Nous livrerons. »", "Il a ajouté : « Bientôt… »", "Puis il est parti."};
	check_sents("« Nous livrerons. » Il a ajouté : « Bientôt… » Puis il est parti.", c, 3);
	const char *d[] = {"He said: \"We will deliver.\"", "Then he left!"};
	check_sents("He said: \"We will deliver.\" Then he left!", d, 2);
	const char *e[] = {"John F. Kennedy spoke... and then stopped.", "Titre sans point"};
	check_sents("John F. Kennedy spoke... and then stopped.\nTitre sans point", e, 2);
	const char *f[] = {"Il a reçu 2,5 milliards d'euros."};
	check_sents("Il a reçu 2,5 milliards d'euros.", f, 1);
	/* a name that ends in a capital letter ends a sentence; J.-P. and
	 * E.-U. do not */
	const char *g[] = {"Berlin a livré un IRIS-T.", "Rome a envoyé un SAMP/T.",
			   "J.-P. Dupont et les E.-U. ont parlé."};
	check_sents("Berlin a livré un IRIS-T. Rome a envoyé un SAMP/T. J.-P. Dupont et les E.-U. ont "
		    "parlé.",
		    g, 3);
	/* "etc." ends a sentence before a capital, not before a lower case */
	const char *h[] = {"It sent shells, rockets, etc.", "Germany sent guns.",
			   "Obus, roquettes, etc. ont été livrés."};
	check_sents("It sent shells, rockets, etc. Germany sent guns. Obus, roquettes, etc. ont été "
		    "livrés.",
		    h, 3);
	/* a unit after a number ends a sentence; the titles M. and MM. do not */
	const char *k[] = {"Il a livré des obus de 155 mm.", "MM. Macron et Scholz ont parlé.",
			   "La piste mesure 30 m.", "M. Dupont a confirmé."};
	check_sents("Il a livré des obus de 155 mm. MM. Macron et Scholz ont parlé. La piste mesure "
		    "30 m. M. Dupont a confirmé.",
		    k, 4);
}

TEST(paragraphs_are_lines)
{
	struct dossier_doc *doc = segment("Titre\nPremier paragraphe. Deux phrases.\nFin.");
	CHECK_INT(doc->n_paras, 3);
	CHECK_INT(doc->n_sents, 4);
	CHECK_INT(doc->sent_para[2], 1);
	CHECK_INT(doc->sent_para[3], 2);
	free_doc(doc);
}

/* Language: sure of a text of one language, not of one half French and
 * half English (doc_lang then reads its whole sample) */
TEST(language_sure_only_of_one_language)
{
	const char *fr = "Le gouvernement a annoncé mardi une nouvelle aide militaire pour "
			 "l'Ukraine, comprenant des obus d'artillerie et des véhicules blindés, "
			 "selon un communiqué du ministère de la Défense publié dans la soirée.";
	const char *mixed = "Le gouvernement a annoncé mardi une nouvelle aide militaire pour "
			    "l'Ukraine, comprenant des obus et des véhicules blindés. The ministry "
			    "said on Tuesday that the first vehicles would arrive before the winter "
			    "and that more shells would follow in the spring, officials told reporters.";
	int sure = -1;
	const char *l = ds_lang_detect_sure(fr, strlen(fr), &sure);
	CHECK(l && !strcmp(l, "fr"));
	CHECK_INT(sure, 1);
	/* a short sentence that CLD2 alone takes for English: its words of
	 * grammar are French */
	const char *short_fr = "L'UE fournira un million d'obus d'artillerie \xC3\xA0 l'Ukraine.";
	l = ds_lang_detect(short_fr, strlen(short_fr));
	CHECK(l && !strcmp(l, "fr"));
	const char *headline = "Washington promet 2 milliards de dollars d'aide militaire \xC3\xA0 Kiev";
	l = ds_lang_detect(headline, strlen(headline));
	CHECK(l && !strcmp(l, "fr"));
	const char *short_en = "The EU will supply a million artillery shells to Ukraine.";
	l = ds_lang_detect(short_en, strlen(short_en));
	CHECK(l && !strcmp(l, "en"));
	ds_lang_detect_sure(mixed, strlen(mixed), &sure);
	CHECK_INT(sure, 0);
	CHECK(ds_lang_detect_sure("Kyiv", 4, &sure) == NULL);
	CHECK_INT(sure, 0);
}

TEST(date_parse_formats)
{
	char d[11];
	CHECK_INT(ds_date_parse("2023-01-14T10:00:00Z", 20, d), 3);
	CHECK_STR(d, "2023-01-14");
	CHECK_INT(ds_date_parse("2023-01", 7, d), 2);
	CHECK_STR(d, "2023-01");
	CHECK_INT(ds_date_parse("14 janvier 2023", 15, d), 3);
	CHECK_STR(d, "2023-01-14");
	CHECK_INT(ds_date_parse("January 14, 2023", 16, d), 3);
	CHECK_STR(d, "2023-01-14");
	CHECK_INT(ds_date_parse("Sat, 14 Jan 2023 10:00:00 GMT", 29, d), 3);
	CHECK_STR(d, "2023-01-14");
	CHECK_INT(ds_date_parse("14/01/2023", 10, d), 3);
	CHECK_STR(d, "2023-01-14");
	CHECK_INT(ds_date_parse("1er mars 2022", strlen("1er mars 2022"), d), 3);
	CHECK_STR(d, "2022-03-01");
	CHECK_INT(ds_date_parse("2023-02-30", 10, d), 1); /* no 30 February */
	CHECK_INT(ds_date_parse("hier", 4, d), 0);
	/* month first when the second number cannot be a month (US) */
	CHECK_INT(ds_date_parse("03/28/2023 9:40 a.m", 19, d), 3);
	CHECK_STR(d, "2023-03-28");
	CHECK_INT(ds_date_parse("05/04/2022", 10, d), 3); /* both can: day first */
	CHECK_STR(d, "2022-04-05");
}

TEST(weekday_arithmetic)
{
	CHECK_INT(ds_weekday(2023, 1, 10), 1); /* a Tuesday */
	CHECK_INT(ds_weekday(2022, 2, 24), 3); /* a Thursday */
	CHECK_INT(ds_weekday(2024, 2, 29), 3);
	CHECK_INT(ds_days_in_month(2024, 2), 29);
	CHECK_INT(ds_days_in_month(2023, 2), 28);
}

static const char *pubdate(const char *text, const char *meta, const char *url, const char *ref)
{
	static char out[11];
	struct dossier_doc *doc = segment(text);
	ds_arena_init(&doc->arena);
	doc->url = url;
	const char *d = ds_pubdate(doc, meta, ref);
	snprintf(out, sizeof out, "%s", d ? d : "");
	ds_arena_release(&doc->arena);
	free_doc(doc);
	return out;
}

TEST(publication_date_evidence)
{
	CHECK_STR(pubdate("Lors d'un point de presse, mardi 10 janvier, il a dit.", NULL, NULL, NULL), "2023-01-10");
	CHECK_STR(pubdate("On Tuesday, January 10, the minister spoke.", NULL, NULL, "2023-06-01"), "2023-01-10");
	CHECK_STR(pubdate("Le ministre a parlé samedi 14 janvier.", "2023-01", NULL, NULL), "2023-01-14");
	CHECK_STR(pubdate("Rien.", "2023-01", "https://x.org/2023/01/14/a", NULL), "2023-01-14");
	CHECK_STR(pubdate("Rien.", NULL, "https://x.org/2022/05/a", NULL), "2022-05");
	CHECK_STR(pubdate("Aucune date ici.", NULL, NULL, NULL), "");
	/* dates in the URL: digits run together, words of the title */
	CHECK_STR(pubdate("Rien.", "2023-03", "https://x.org/fr/20230311-chars-livres", NULL), "2023-03-11");
	CHECK_STR(pubdate("Rien.", NULL, "https://x.org/story-about-tanks-20210907/", NULL), "2021-09-07");
	CHECK_STR(pubdate("Rien.", NULL, "https://x.org/bilan-du-conflit-9-mars-2023-118.html", NULL), "2023-03-09");
	CHECK_STR(pubdate("Rien.", NULL, "https://x.org/news/2022/oct/04/aid-talks/", NULL), "2022-10-04");
	CHECK_STR(pubdate("Rien.", NULL, "https://x.org/bilan-f%C3%A9vrier-3-2023/", NULL), "2023-02-03");
	CHECK_STR(pubdate("Rien.", NULL, "https://x.org/item-12345678-a", NULL), "");
	/* a byline line near the top; the publication before the update */
	CHECK_STR(pubdate("Des chars livrés\nMis à jour le 11/03/2023 à 15h00\nPublié le 10/03/2023 à 14h05\nL'Allemagne a livré des chars.",
			  NULL, NULL, NULL), "2023-03-10");
	CHECK_STR(pubdate("Aid\nAs of: 03/28/2023 9:40 a.m\nThe allies met.", NULL, NULL, NULL), "2023-03-28");
	CHECK_STR(pubdate("Aid\nUpdated on March 10, 2023\nThe allies met.", NULL, NULL, NULL), "2023-03-10");
	/* a prose line that starts like a byline is not one */
	CHECK_STR(pubdate("Published reports in the press on March 10, 2023 said that the allies had met in Ramstein to coordinate the aid to Ukraine for the year.", NULL, NULL, NULL), "");
	CHECK_STR(pubdate("Aid\nPublished reports on March 10, 2023 said so.\nThe allies met.", NULL, NULL, NULL), "");
	/* a dateline after the lines a page left at the top */
	CHECK_STR(pubdate("Tanks sent\n4,120.55\n+12.30 (+0.30%)\n(Updates with reaction)\nWARSAW, June 9 (Wire) - The Polish government said on Friday it had sent more tanks to its neighbour.",
			  NULL, NULL, NULL), "2023-06-09");
	/* a full date at the top that a weekday of the story confirms */
	CHECK_STR(pubdate("Missiles for Kyiv\nThe minister speaking in London on May 11, 2023.\nThe minister told MPs on Thursday that the missiles were sent.",
			  NULL, NULL, NULL), "2023-05-11");
	CHECK_STR(pubdate("Des missiles pour Kiev\nLe ministre à Londres, le 11 mai 2023.\nLe ministre a annoncé jeudi l'envoi des missiles.",
			  NULL, NULL, NULL), "2023-05-11");
	/* ... not when the weekday is another, nor after "since" */
	CHECK_STR(pubdate("Missiles for Kyiv\nThe minister speaking in London on May 11, 2023.\nThe minister told MPs on Friday that the missiles were sent.",
			  NULL, NULL, NULL), "");
	CHECK_STR(pubdate("Aid\nSince February 24, 2022, the allies have sent tanks.\nThe ministers met on Thursday.",
			  NULL, NULL, NULL), "");
	/* weekday and date that disagree with the metadata are not taken */
	CHECK_STR(pubdate("Le ministre a parlé mardi 10 janvier.", "2022-05", NULL, NULL), "2022-05");
}

int main(void)
{
	RUN(boilerplate_french_and_english);
	RUN(lines_squeezed_as_defined);
	RUN(credited_outlets);
	RUN(sentences_abbreviations_and_quotes);
	RUN(paragraphs_are_lines);
	RUN(language_sure_only_of_one_language);
	RUN(date_parse_formats);
	RUN(weekday_arithmetic);
	RUN(publication_date_evidence);
	HARNESS_EXIT();
}
