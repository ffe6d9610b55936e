// lang_cld2.cc: the C++ shim over CLD2 (Debian's libcld2), so that the rest
// of libdossier stays C. It only forwards: CLD2 is the language identifier;
// the decision rules (what is too short or unreliable) are in ex_lang.c.
#include <cstdio>

#include <cld2/public/compact_lang_det.h>

extern "C" int ds_cld2_detect(const char *text, int len, const char **lang, int *percent,
			      int *reliable);

extern "C" int ds_cld2_detect(const char *text, int len, const char **lang, int *percent,
			      int *reliable)
{
	CLD2::Language l3[3];
	int p3[3];
	double score3[3];
	int text_bytes = 0;
	bool ok = false;
	CLD2::ExtDetectLanguageSummary(text, len, true, "", 0, CLD2::UNKNOWN_LANGUAGE, l3, p3,
				       score3, &text_bytes, &ok);
	for (int i = 0; i < 3; i++) {
		lang[i] = CLD2::LanguageCode(l3[i]);
		percent[i] = p3[i];
	}
	*reliable = ok;
	return text_bytes;
}
