/* fuzz-html.c: the .html reader and the whole document pipeline behind it. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_format(DOSSIER_FMT_HTML, "fuzz.html", data, size);
}
