/* fuzz-date.c: the event-date resolver of ex_when.c. The first byte picks a
 * publication date (none, a year, a month, a day); the rest is the sentence.
 * Checks that the date written is empty or YYYY, YYYY-MM, YYYY-MM-DD of a
 * real calendar day, and that the precision returned matches it. */
#include "fuzz.h"
#include "ex_aid.h"

static int digits(const char *s, int n)
{
	for (int i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const pubs[] = {NULL, "2023", "2023-01", "2023-01-14", "2024-02-29",
					   "1999-12-31", "2023-13-40", "garbage"};
	if (size < 1)
		return 0;
	const char *pub = pubs[data[0] % DS_ARRAY_LEN(pubs)];
	char out[11];
	memset(out, 'x', sizeof out);
	int prec = ds_when((const char *)data + 1, 0, size - 1, pub, out);
	size_t n = strnlen(out, sizeof out);
	fuzz_check(n < sizeof out, "date is terminated");
	fuzz_check((prec == 0 && n == 0) || (prec == 1 && n == 4) || (prec == 2 && n == 7) ||
		   (prec == 3 && n == 10), "precision matches the date");
	if (n >= 4)
		fuzz_check(digits(out, 4), "year in digits");
	if (n >= 7) {
		fuzz_check(out[4] == '-' && digits(out + 5, 2), "month in digits");
		int m = (out[5] - '0') * 10 + (out[6] - '0');
		fuzz_check(m >= 1 && m <= 12, "month 1..12");
		if (n == 10) {
			fuzz_check(out[7] == '-' && digits(out + 8, 2), "day in digits");
			int y = (out[0] - '0') * 1000 + (out[1] - '0') * 100 + (out[2] - '0') * 10 +
				(out[3] - '0');
			int d = (out[8] - '0') * 10 + (out[9] - '0');
			fuzz_check(d >= 1 && d <= ds_days_in_month(y, m), "a real day");
		}
	}
	return 0;
}
