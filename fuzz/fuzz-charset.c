/* fuzz-charset.c: charset conversion of web pages. The first byte of the
 * input picks the charset a server would declare (legacy single-byte,
 * multi-byte, UTF-16, misspelt and unknown names, or none so that the
 * <meta> prescan and the byte guess decide); the rest is the page. The
 * same bytes also go through the plain-text path, which guesses between
 * UTF-8 and Windows-1252. Checks that the clean text and every record are
 * valid UTF-8 and every offset inside the text. */
#include "fuzz.h"

static const char *const charsets[] = {
	NULL, "", "utf-8", "UTF8", "windows-1252", "iso-8859-1", "latin1", "iso-8859-15",
	"windows-1251", "koi8-r", "utf-16", "utf-16le", "UTF-16BE", "shift_jis", "euc-jp",
	"iso-2022-jp", "gb18030", "gbk", "big5", "euc-kr", "us-ascii", "x-user-defined",
	"macintosh", "ibm866", "utf-32", "utf-7", "no-such-charset", "\"utf-8\"",
	"utf-8;", " windows-1252 ", "replacement", "x-mac-cyrillic",
};
#define N_CHARSETS (sizeof charsets / sizeof charsets[0])

static void run(struct dossier *ds, enum dossier_format fmt, const char *cs, const uint8_t *data,
		size_t size)
{
	struct dossier_raw raw;
	memset(&raw, 0, sizeof raw);
	raw.id = "fuzz";
	raw.input = "fuzz";
	raw.format = fmt;
	raw.charset = cs;
	raw.body = (const char *)data;
	raw.body_len = size;
	raw.title_in_body = fmt == DOSSIER_FMT_TXT;
	struct dossier_doc *doc;
	if (dossier_process(ds, &raw, &doc) == 0) {
		fuzz_check_doc(ds, doc);
		dossier_doc_free(doc);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct dossier *ds;
	if (!ds) {
		struct dossier_options o;
		memset(&o, 0, sizeof o);
		o.want_text = 1;
		o.no_dedup = 1;
		o.max_doc_bytes = 1 << 20;
		o.diag = diag_quiet;
		if (dossier_new(&o, &ds, NULL, 0) < 0)
			abort();
	}
	if (size == 0)
		return 0;
	const char *cs = charsets[data[0] % N_CHARSETS];
	run(ds, DOSSIER_FMT_HTML, cs, data + 1, size - 1);
	run(ds, DOSSIER_FMT_TXT, NULL, data + 1, size - 1);
	return 0;
}
