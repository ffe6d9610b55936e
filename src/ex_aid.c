/*
 * ex_aid.c: aid and stock records (records.md "aid", "stock").
 */
#include "ds.h"

void ds_extract_aid(struct dossier *ds, struct dossier_doc *doc)
{
	(void)ds;
	doc->n_aid = doc->n_stock = 0;
}
