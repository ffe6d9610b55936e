/* fuzz-number.c: the number and money reader of ex_number.c. Reads a number
 * at every position of the input (the first 512), and checks that it never
 * reads past the input, that what it reads is not empty, and that a currency
 * is an ISO 4217 code. */
#include "fuzz.h"
#include "ex_aid.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	for (size_t pos = 0; pos < size && pos < 512; pos++) {
		struct ds_number n;
		if (!ds_number_parse(s, size, pos, &n))
			continue;
		fuzz_check(n.start == pos && n.end > n.start && n.end <= size, "number inside the input");
		fuzz_check(n.value >= 0, "number not negative");
		if (n.currency) {
			fuzz_check(strlen(n.currency) == 3, "currency is a 3-letter code");
			for (int i = 0; i < 3; i++)
				fuzz_check(n.currency[i] >= 'A' && n.currency[i] <= 'Z',
					   "currency in capitals");
		}
	}
	return 0;
}
