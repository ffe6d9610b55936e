/* fuzz-warc.c: the .warc reader and the whole document pipeline behind it. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_format(DOSSIER_FMT_WARC, "fuzz.warc", data, size);
}
