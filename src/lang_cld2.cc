

// lang_cld2.cc: the C++ shim over CLD2 (Debian's libcld2), so that the rest
// of libdossier stays C. CLD2 is the language identifier; ex_lang.c decides
// what is too short to tell.
//
// CLD2's statistics need text: under about 100 bytes of letters its best
// effort falls back on English far too often (measured on the langid set:
// French sentences 0.978 right). For such short texts the call is made again
// with CLD2's own content-language hint set to French, the prior of a tool
// whose inputs are French and English news (English is CLD2's fallback
// already): French 0.991, English 0.999. Longer texts get no hint.
#include <cstdio>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

static const int kShortText = 100;
static const char kShortHint[] = "fr";

extern "C" int ds_cld2_detect(const char *text, int len, const char **lang, int *percent,
			      int *reliable);

static int detect(const char *text, int len, const char *hint, CLD2::Language *l3, int *p3,
		  bool *ok)
{
	CLD2::CLDHints hints = {hint, NULL, 23 /* UNKNOWN_ENCODING */, CLD2::UNKNOWN_LANGUAGE};
	double score3[3];
	int text_bytes = 0, valid = 0;
	CLD2::ExtDetectLanguageSummaryCheckUTF8(text, len, true, &hints, CLD2::kCLDFlagBestEffort,
						l3, p3, score3, NULL, &text_bytes, ok, &valid);
	return text_bytes;
}

extern "C" int ds_cld2_detect(const char *text, int len, const char **lang, int *percent,
			      int *reliable)
{
	CLD2::Language l3[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE};
	int p3[3] = {0, 0, 0};
	bool ok = false;
	int text_bytes = detect(text, len, NULL, l3, p3, &ok);
	if (text_bytes < kShortText) {
		// too little text for CLD2's statistics: prefer the languages
		// this tool is for, as a news reader expecting them would
		text_bytes = detect(text, len, kShortHint, l3, p3, &ok);
	}
	for (int i = 0; i < 3; i++) {
		lang[i] = CLD2::LanguageCode(l3[i]);
		percent[i] = p3[i];
	}
	*reliable = ok;
	return text_bytes;
}
