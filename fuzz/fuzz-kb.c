/* fuzz-kb.c: the knowledge-base TSV loader. The first byte of the input
 * picks which file it is read as; the rest is the file. Every file kind is
 * loaded strictly, then the alias tables are built and compiled. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	size_t n = 0;
	while (ds_kb_file_name(n))
		n++;
	const char *name = ds_kb_file_name(data[0] % n);
	struct dossier_kb *kb = ds_kb_new();
	ds_kb_load_file(kb, name, (const char *)data + 1, size - 1, 1, diag_quiet, NULL);
	ds_kb_finish(kb, 1, NULL, diag_quiet, NULL);
	ds_kb_free(kb);
	return 0;
}
