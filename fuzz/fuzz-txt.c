/* fuzz-txt.c: the .txt reader and the whole document pipeline behind it. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_format(DOSSIER_FMT_TXT, "fuzz.txt", data, size);
}
