/*
 * out_jsonl.c: records -> JSONL, the last stage (records.md).
 *
 * Field order follows records.md so that output is stable for golden tests
 * and easy to read. Every text field is valid UTF-8 (the cleaning stage
 * repaired it); ds_json_str escapes what JSON requires.
 */
#include <string.h>

#include "ds.h"

/* A string literal appended without strlen. */
#define ADD_LIT(b, s) ds_buf_add((b), (s), sizeof(s) - 1)

/* What the records of one document repeat: its id, written as JSON once
 * (in the document record) and copied after; and the evidence sentence of
 * the last record, copied when the next has the same (a sentence often
 * gives several records). Offsets into the output buffer, which only
 * grows while a document is written. */
struct ds_out_ctx {
	size_t id_off, id_len;
	uint32_t ev_start, ev_end;
	size_t ev_off, ev_len;
};

/* Appends b[off, off + len) to b (the bytes were written before). */
static void add_again(struct ds_buf *b, size_t off, size_t len)
{
	ds_buf_reserve(b, len);
	memcpy(b->ptr + b->len, b->ptr + off, len);
	b->len += len;
	b->ptr[b->len] = '\0';
}

/* The document's id as JSON: written, or copied when it was. */
static void add_id(struct ds_buf *b, const struct dossier_doc *doc, struct ds_out_ctx *cx)
{
	if (cx->id_len) {
		add_again(b, cx->id_off, cx->id_len);
		return;
	}
	cx->id_off = b->len;
	ds_json_strz(b, doc->id);
	cx->id_len = b->len - cx->id_off;
}

void ds_out_document(struct ds_buf *b, const struct dossier_doc *doc, int want_text,
		     struct ds_out_ctx *cx)
{
	ADD_LIT(b, "{\"type\":\"document\",\"doc\":");
	add_id(b, doc, cx);
	ADD_LIT(b, ",\"title\":");
	ds_json_strz(b, doc->title);
	ADD_LIT(b, ",\"lang\":");
	ds_json_strz(b, doc->lang);
	ADD_LIT(b, ",\"date\":");
	ds_json_strz(b, doc->date);
	ADD_LIT(b, ",\"url\":");
	ds_json_strz(b, doc->url);
	ADD_LIT(b, ",\"credited_source\":");
	ds_json_strz(b, doc->credited_source);
	ADD_LIT(b, ",\"chars\":");
	ds_buf_addu(b, doc->chars);
	ADD_LIT(b, ",\"dup_of\":");
	ds_json_strz(b, doc->dup_of);
	ADD_LIT(b, ",\"translation_of\":");
	ds_json_strz(b, doc->translation_of);
	if (doc->outlet) {
		/* optional: the outlet table's entry (data/kb/outlets.tsv) */
		ADD_LIT(b, ",\"outlet\":");
		ds_json_strz(b, doc->outlet->name);
		ADD_LIT(b, ",\"outlet_country\":");
		ds_json_strz(b, doc->outlet->country);
		ADD_LIT(b, ",\"state_affiliated\":");
		ds_json_strz(b, doc->outlet->affiliation);
	}
	ADD_LIT(b, ",\"removed\":[");
	for (size_t i = 0; i < doc->n_removed; i++) {
		if (i)
			ds_buf_addc(b, ',');
		ds_json_strz(b, doc->removed[i]);
	}
	ds_buf_addc(b, ']');
	if (want_text) {
		ADD_LIT(b, ",\"text\":");
		ds_json_str(b, doc->text.ptr, doc->text.len);
	}
	ADD_LIT(b, "}\n");
}

static const char *entity_name(const struct dossier_doc *doc, int32_t e)
{
	return e >= 0 && doc->kb ? doc->kb->ents[e].name : NULL;
}

static void add_span(struct ds_buf *b, const struct dossier_doc *doc, uint32_t s, uint32_t e)
{
	ds_json_str(b, doc->text.ptr + s, e - s);
}

/* The evidence sentence [s, e) as JSON: copied when the last record's was
 * the same. */
static void add_evidence(struct ds_buf *b, const struct dossier_doc *doc, uint32_t s, uint32_t e,
			 struct ds_out_ctx *cx)
{
	if (cx->ev_len && cx->ev_start == s && cx->ev_end == e) {
		add_again(b, cx->ev_off, cx->ev_len);
		return;
	}
	cx->ev_start = s;
	cx->ev_end = e;
	cx->ev_off = b->len;
	add_span(b, doc, s, e);
	cx->ev_len = b->len - cx->ev_off;
}

/* The record's "offset" and its end. */
static void add_offset(struct ds_buf *b, uint32_t s, uint32_t e)
{
	ADD_LIT(b, ",\"offset\":[");
	ds_buf_addu(b, s);
	ds_buf_addc(b, ',');
	ds_buf_addu(b, e);
	ADD_LIT(b, "]}\n");
}

/* records.md "quote" */
void ds_out_quote(struct ds_buf *b, const struct dossier_doc *doc, const struct ds_quote *q,
		  struct ds_out_ctx *cx)
{
	static const char *const kinds[] = {"unnamed", "person", "organization"};
	ADD_LIT(b, "{\"type\":\"quote\",\"doc\":");
	add_id(b, doc, cx);
	ADD_LIT(b, ",\"text\":");
	add_span(b, doc, q->start, q->end);
	ADD_LIT(b, ",\"speaker\":");
	ds_json_strz(b, q->speaker >= 0 ? entity_name(doc, q->speaker) : q->speaker_name);
	ADD_LIT(b, ",\"speaker_kind\":");
	ds_json_strz(b, kinds[q->speaker_kind <= DS_SPK_ORG ? q->speaker_kind : 0]);
	ADD_LIT(b, ",\"cue\":");
	if (q->cue_end > q->cue_start)
		add_span(b, doc, q->cue_start, q->cue_end);
	else
		ADD_LIT(b, "null");
	add_offset(b, q->start, q->end);
}

/* records.md "aid" */
void ds_out_aid(struct ds_buf *b, const struct dossier_doc *doc, const struct ds_aid *a,
		struct ds_out_ctx *cx)
{
	static const char *const actions[] = {"?", "request", "pledge", "deliver", "consider",
					      "refuse", "backfill"};
	const struct ds_span *s = &doc->sents[a->sent];
	ADD_LIT(b, "{\"type\":\"aid\",\"doc\":");
	add_id(b, doc, cx);
	ADD_LIT(b, ",\"action\":");
	ds_json_strz(b, actions[a->action <= DS_ACT_BACKFILL ? a->action : 0]);
	ADD_LIT(b, ",\"provider\":");
	ds_json_strz(b, entity_name(doc, a->provider));
	ADD_LIT(b, ",\"recipient\":");
	ds_json_strz(b, entity_name(doc, a->recipient));
	ADD_LIT(b, ",\"item\":");
	ds_json_strz(b, entity_name(doc, a->item));
	ADD_LIT(b, ",\"category\":");
	ds_json_strz(b, a->category);
	if (a->quantity >= 0) {
		ADD_LIT(b, ",\"quantity\":");
		ds_buf_addu(b, (uint64_t)a->quantity);
	} else {
		ADD_LIT(b, ",\"quantity\":null");
	}
	if (a->amount >= 0 && a->amount < 9007199254740992.0 && a->amount == (double)(uint64_t)a->amount) {
		/* a whole amount, the usual case, prints as "%.0f" would */
		ADD_LIT(b, ",\"amount\":");
		ds_buf_addu(b, (uint64_t)a->amount);
	} else if (a->amount >= 0) {
		ds_buf_addf(b, ",\"amount\":%.0f", a->amount);
	} else {
		ADD_LIT(b, ",\"amount\":null");
	}
	ADD_LIT(b, ",\"currency\":");
	ds_json_strz(b, a->currency);
	ADD_LIT(b, ",\"beneficiary\":");
	ds_json_strz(b, entity_name(doc, a->beneficiary));
	ADD_LIT(b, ",\"replaces\":");
	ds_json_strz(b, entity_name(doc, a->replaces));
	ADD_LIT(b, ",\"date\":");
	ds_json_strz(b, a->date[0] ? a->date : NULL);
	ADD_LIT(b, ",\"evidence\":");
	add_evidence(b, doc, s->start, s->end, cx);
	add_offset(b, s->start, s->end);
}

/* records.md "stock" */
void ds_out_stock(struct ds_buf *b, const struct dossier_doc *doc, const struct ds_stock *k,
		  struct ds_out_ctx *cx)
{
	static const char *const levels[] = {"?", "depleted", "low", "adequate"};
	const struct ds_span *s = &doc->sents[k->sent];
	ADD_LIT(b, "{\"type\":\"stock\",\"doc\":");
	add_id(b, doc, cx);
	ADD_LIT(b, ",\"holder\":");
	ds_json_strz(b, entity_name(doc, k->holder));
	ADD_LIT(b, ",\"item\":");
	ds_json_strz(b, entity_name(doc, k->item));
	ADD_LIT(b, ",\"category\":");
	ds_json_strz(b, k->category);
	ADD_LIT(b, ",\"level\":");
	ds_json_strz(b, levels[k->level <= DS_LEVEL_ADEQUATE ? k->level : 0]);
	ADD_LIT(b, ",\"evidence\":");
	add_evidence(b, doc, s->start, s->end, cx);
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
	struct ds_out_ctx cx;
	memset(&cx, 0, sizeof cx);
	ds_out_document(&b, doc, ds->opts.want_text, &cx);
	unsigned want = ds->opts.records;
	for (size_t i = 0; i < doc->n_quotes && (want & DOSSIER_REC_QUOTE); i++)
		ds_out_quote(&b, doc, &doc->quotes[i], &cx);
	for (size_t i = 0; i < doc->n_aid && (want & DOSSIER_REC_AID); i++)
		ds_out_aid(&b, doc, &doc->aid[i], &cx);
	for (size_t i = 0; i < doc->n_stock && (want & DOSSIER_REC_STOCK); i++)
		ds_out_stock(&b, doc, &doc->stock[i], &cx);
	size_t n = ds_fault_now(DS_FAULT_WRITE) ? 0 : fwrite(b.ptr, 1, b.len, fp);
	int rc = n == b.len ? 0 : DOSSIER_E_IO;
	ds_buf_release(&b);
	return rc;
}
