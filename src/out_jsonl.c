/*
 * out_jsonl.c: records -> JSONL, the last stage (records.md).
 *
 * Field order follows records.md so that output is stable for golden tests
 * and easy to read. Every text field is valid UTF-8 (the cleaning stage
 * repaired it); ds_json_str escapes what JSON requires.
 */
#include <string.h>

#include "ds.h"

void ds_out_document(struct ds_buf *b, const struct dossier_doc *doc, int want_text)
{
	ds_buf_adds(b, "{\"type\":\"document\",\"doc\":");
	ds_json_strz(b, doc->id);
	ds_buf_adds(b, ",\"title\":");
	ds_json_strz(b, doc->title);
	ds_buf_adds(b, ",\"lang\":");
	ds_json_strz(b, doc->lang);
	ds_buf_adds(b, ",\"date\":");
	ds_json_strz(b, doc->date);
	ds_buf_adds(b, ",\"url\":");
	ds_json_strz(b, doc->url);
	ds_buf_adds(b, ",\"credited_source\":");
	ds_json_strz(b, doc->credited_source);
	ds_buf_adds(b, ",\"chars\":");
	ds_buf_addu(b, doc->chars);
	ds_buf_adds(b, ",\"dup_of\":");
	ds_json_strz(b, doc->dup_of);
	ds_buf_adds(b, ",\"translation_of\":");
	ds_json_strz(b, doc->translation_of);
	if (doc->outlet) {
		/* optional: the outlet table's entry (data/kb/outlets.tsv) */
		ds_buf_adds(b, ",\"outlet\":");
		ds_json_strz(b, doc->outlet->name);
		ds_buf_adds(b, ",\"outlet_country\":");
		ds_json_strz(b, doc->outlet->country);
		ds_buf_adds(b, ",\"state_affiliated\":");
		ds_json_strz(b, doc->outlet->affiliation);
	}
	ds_buf_adds(b, ",\"removed\":[");
	for (size_t i = 0; i < doc->n_removed; i++) {
		if (i)
			ds_buf_addc(b, ',');
		ds_json_strz(b, doc->removed[i]);
	}
	ds_buf_addc(b, ']');
	if (want_text) {
		ds_buf_adds(b, ",\"text\":");
		ds_json_str(b, doc->text.ptr, doc->text.len);
	}
	ds_buf_adds(b, "}\n");
}

static const char *entity_name(const struct dossier_doc *doc, int32_t e)
{
	return e >= 0 && doc->kb ? doc->kb->ents[e].name : NULL;
}

static void add_span(struct ds_buf *b, const struct dossier_doc *doc, uint32_t s, uint32_t e)
{
	ds_json_str(b, doc->text.ptr + s, e - s);
}

/* The record's "offset" and its end. */
static void add_offset(struct ds_buf *b, uint32_t s, uint32_t e)
{
	ds_buf_adds(b, ",\"offset\":[");
	ds_buf_addu(b, s);
	ds_buf_addc(b, ',');
	ds_buf_addu(b, e);
	ds_buf_adds(b, "]}\n");
}

/* records.md "quote" */
void ds_out_quote(struct ds_buf *b, const struct dossier_doc *doc, const struct ds_quote *q)
{
	static const char *const kinds[] = {"unnamed", "person", "organization"};
	ds_buf_adds(b, "{\"type\":\"quote\",\"doc\":");
	ds_json_strz(b, doc->id);
	ds_buf_adds(b, ",\"text\":");
	add_span(b, doc, q->start, q->end);
	ds_buf_adds(b, ",\"speaker\":");
	ds_json_strz(b, q->speaker >= 0 ? entity_name(doc, q->speaker) : q->speaker_name);
	ds_buf_adds(b, ",\"speaker_kind\":");
	ds_json_strz(b, kinds[q->speaker_kind <= DS_SPK_ORG ? q->speaker_kind : 0]);
	ds_buf_adds(b, ",\"cue\":");
	if (q->cue_end > q->cue_start)
		add_span(b, doc, q->cue_start, q->cue_end);
	else
		ds_buf_adds(b, "null");
	add_offset(b, q->start, q->end);
}

/* records.md "aid" */
void ds_out_aid(struct ds_buf *b, const struct dossier_doc *doc, const struct ds_aid *a)
{
	static const char *const actions[] = {"?", "request", "pledge", "deliver", "consider",
					      "refuse", "backfill"};
	const struct ds_span *s = &doc->sents[a->sent];
	ds_buf_adds(b, "{\"type\":\"aid\",\"doc\":");
	ds_json_strz(b, doc->id);
	ds_buf_adds(b, ",\"action\":");
	ds_json_strz(b, actions[a->action <= DS_ACT_BACKFILL ? a->action : 0]);
	ds_buf_adds(b, ",\"provider\":");
	ds_json_strz(b, entity_name(doc, a->provider));
	ds_buf_adds(b, ",\"recipient\":");
	ds_json_strz(b, entity_name(doc, a->recipient));
	ds_buf_adds(b, ",\"item\":");
	ds_json_strz(b, entity_name(doc, a->item));
	ds_buf_adds(b, ",\"category\":");
	ds_json_strz(b, a->category);
	if (a->quantity >= 0) {
		ds_buf_adds(b, ",\"quantity\":");
		ds_buf_addu(b, (uint64_t)a->quantity);
	} else {
		ds_buf_adds(b, ",\"quantity\":null");
	}
	if (a->amount >= 0 && a->amount < 9007199254740992.0 && a->amount == (double)(uint64_t)a->amount) {
		/* a whole amount, the usual case, prints as "%.0f" would */
		ds_buf_adds(b, ",\"amount\":");
		ds_buf_addu(b, (uint64_t)a->amount);
	} else if (a->amount >= 0) {
		ds_buf_addf(b, ",\"amount\":%.0f", a->amount);
	} else {
		ds_buf_adds(b, ",\"amount\":null");
	}
	ds_buf_adds(b, ",\"currency\":");
	ds_json_strz(b, a->currency);
	ds_buf_adds(b, ",\"beneficiary\":");
	ds_json_strz(b, entity_name(doc, a->beneficiary));
	ds_buf_adds(b, ",\"replaces\":");
	ds_json_strz(b, entity_name(doc, a->replaces));
	ds_buf_adds(b, ",\"date\":");
	ds_json_strz(b, a->date[0] ? a->date : NULL);
	ds_buf_adds(b, ",\"evidence\":");
	add_span(b, doc, s->start, s->end);
	add_offset(b, s->start, s->end);
}

/* records.md "stock" */
void ds_out_stock(struct ds_buf *b, const struct dossier_doc *doc, const struct ds_stock *k)
{
	static const char *const levels[] = {"?", "depleted", "low", "adequate"};
	const struct ds_span *s = &doc->sents[k->sent];
	ds_buf_adds(b, "{\"type\":\"stock\",\"doc\":");
	ds_json_strz(b, doc->id);
	ds_buf_adds(b, ",\"holder\":");
	ds_json_strz(b, entity_name(doc, k->holder));
	ds_buf_adds(b, ",\"item\":");
	ds_json_strz(b, entity_name(doc, k->item));
	ds_buf_adds(b, ",\"category\":");
	ds_json_strz(b, k->category);
	ds_buf_adds(b, ",\"level\":");
	ds_json_strz(b, levels[k->level <= DS_LEVEL_ADEQUATE ? k->level : 0]);
	ds_buf_adds(b, ",\"evidence\":");
	add_span(b, doc, s->start, s->end);
	add_offset(b, s->start, s->end);
}

void dossier_doc_link(struct dossier *ds, struct dossier_doc *doc)
{
	if (ds->dedup)
		ds_dedup_links(ds->dedup, doc);
}

int dossier_doc_write_jsonl(struct dossier *ds, struct dossier_doc *doc, FILE *fp)
{
	dossier_doc_link(ds, doc);
	struct ds_buf b = DS_BUF_INIT;
	ds_out_document(&b, doc, ds->opts.want_text);
	unsigned want = ds->opts.records;
	for (size_t i = 0; i < doc->n_quotes && (want & DOSSIER_REC_QUOTE); i++)
		ds_out_quote(&b, doc, &doc->quotes[i]);
	for (size_t i = 0; i < doc->n_aid && (want & DOSSIER_REC_AID); i++)
		ds_out_aid(&b, doc, &doc->aid[i]);
	for (size_t i = 0; i < doc->n_stock && (want & DOSSIER_REC_STOCK); i++)
		ds_out_stock(&b, doc, &doc->stock[i]);
	size_t n = ds_fault_now(DS_FAULT_WRITE) ? 0 : fwrite(b.ptr, 1, b.len, fp);
	int rc = n == b.len ? 0 : DOSSIER_E_IO;
	ds_buf_release(&b);
	return rc;
}
