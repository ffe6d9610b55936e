/* fuzz-aid.c: the aid and stock extractors on any text, with the knowledge
 * base of data/kb. Checks every record against records.md: a known
 * evidence sentence, a provider that is a state or organisation, items
 * that are materiel, a category always, quantities that are counts,
 * amounts that are finite with an ISO currency, a backfill's beneficiary (a
 * state other than the provider, when the text names it), dates of the form
 * YYYY[-MM[-DD]]; and the JSON lines parse. */
#include <math.h>

#include "fuzz.h"

static const struct dossier_kb *kb;

static void check_ent(int32_t e, int kind_a, int kind_b, const char *what)
{
	fuzz_check(e >= 0 && (size_t)e < kb->n_ents, what);
	fuzz_check(kb->ents[e].kind == kind_a || kb->ents[e].kind == kind_b, what);
}

static void check_date(const char *d)
{
	size_t n = strlen(d);
	fuzz_check(n == 0 || n == 4 || n == 7 || n == 10, "date YYYY[-MM[-DD]]");
	for (size_t i = 0; i < n; i++)
		fuzz_check(i == 4 || i == 7 ? d[i] == '-' : d[i] >= '0' && d[i] <= '9',
			   "date YYYY[-MM[-DD]]");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct dossier *ds;
	if (!ds) {
		struct dossier_options o;
		memset(&o, 0, sizeof o);
		o.kb_dir = "data/kb";
		o.no_dedup = 1;
		o.records = DOSSIER_REC_DOCUMENT | DOSSIER_REC_AID | DOSSIER_REC_STOCK;
		o.diag = diag_quiet;
		if (dossier_new(&o, &ds, NULL, 0) < 0)
			abort();
		kb = ds->kb;
	}
	struct dossier_raw raw;
	memset(&raw, 0, sizeof raw);
	raw.id = "fuzz";
	raw.input = "fuzz";
	raw.format = DOSSIER_FMT_TXT;
	raw.body = (const char *)data;
	raw.body_len = size;
	raw.title_in_body = 1;
	raw.date = "2023-03-15";
	struct dossier_doc *doc;
	if (dossier_process(ds, &raw, &doc) != 0)
		return 0;
	for (size_t i = 0; i < doc->n_aid; i++) {
		const struct ds_aid *a = &doc->aid[i];
		fuzz_check(a->action >= DS_ACT_REQUEST && a->action <= DS_ACT_BACKFILL, "action");
		fuzz_check(a->sent < doc->n_sents, "aid evidence sentence exists");
		check_ent(a->provider, DOSSIER_KIND_STATE, DOSSIER_KIND_ORG, "provider a state or org");
		if (a->item >= 0)
			check_ent(a->item, DOSSIER_KIND_MATERIEL, DOSSIER_KIND_MATERIEL, "item is materiel");
		if (a->recipient >= 0)
			check_ent(a->recipient, DOSSIER_KIND_STATE, DOSSIER_KIND_ORG, "recipient");
		fuzz_check(a->quantity == -1 || a->quantity > 0, "quantity a count or none");
		fuzz_check(a->amount < 0 || (isfinite(a->amount) && a->currency &&
					     strlen(a->currency) == 3),
			   "money finite with a currency");
		fuzz_check(a->category && *a->category, "category always set");
		fuzz_check(a->action == DS_ACT_BACKFILL || (a->beneficiary < 0 && a->replaces < 0),
			   "beneficiary and replaces for backfill only");
		/* the beneficiary may be the provider: a state refilling its
		 * own stock ("Norway orders NASAMS to replace those it gave") */
		if (a->beneficiary >= 0)
			check_ent(a->beneficiary, DOSSIER_KIND_STATE, DOSSIER_KIND_STATE,
				  "backfill beneficiary a state");
		if (a->replaces >= 0)
			check_ent(a->replaces, DOSSIER_KIND_MATERIEL, DOSSIER_KIND_MATERIEL,
				  "replaced item is materiel");
		check_date(a->date);
	}
	for (size_t i = 0; i < doc->n_stock; i++) {
		const struct ds_stock *k = &doc->stock[i];
		fuzz_check(k->sent < doc->n_sents, "stock evidence sentence exists");
		check_ent(k->holder, DOSSIER_KIND_STATE, DOSSIER_KIND_ORG, "stock holder");
		fuzz_check(k->level >= DS_LEVEL_DEPLETED && k->level <= DS_LEVEL_ADEQUATE, "level");
	}
	fuzz_check_doc(ds, doc);
	dossier_doc_free(doc);
	return 0;
}
