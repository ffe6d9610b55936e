/*
 * cmd_langid.c: `dossier langid`: the language of each line of standard
 * input, as "code<TAB>1" (or "und<TAB>0" when it cannot be told), the format
 * the language-identification scorer reads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cmd_langid(int argc, char **argv)
{
	const struct cli_cmd *self = cli_find("langid");
	const char *arg, *name;
	int status;
	if (cli_option(argc, argv, self, &name, &arg, &status) != 0)
		return status; /* (--help is its only option) */
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	while ((n = getline(&line, &cap, stdin)) >= 0) {
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			n--;
		const char *l = dossier_lang_detect(line, (size_t)n);
		printf("%s\t%d\n", l ? l : "und", l ? 1 : 0);
	}
	free(line);
	return 0;
}
