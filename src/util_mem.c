/*
 * util_mem.c: allocation that aborts on exhaustion, and per-document arenas.
 *
 * Out of memory is not recoverable for a batch extractor, so every allocation
 * goes through ds_xmalloc and friends, which end the process in ds_oom (one
 * place, STYLE.md §3). An arena hands out many small pieces that are freed
 * together when the document that owns them is freed.
 */
#include <stdlib.h>
#include <string.h>

#include "ds.h"

/* Fault injection for tests: the n-th event of a kind (1-based) from the
 * moment it is set fails; 0 disables. Process-wide, for test runs only. */
static unsigned long fault_countdown[DS_FAULT_KINDS];

void ds_fault_set(int kind, unsigned long n)
{
	if (kind >= 0 && kind < DS_FAULT_KINDS)
		fault_countdown[kind] = n;
}

int ds_fault_now(int kind)
{
	if (fault_countdown[kind] == 0)
		return 0;
	return --fault_countdown[kind] == 0;
}

void ds_fault_alloc_after(unsigned long n) { ds_fault_set(DS_FAULT_ALLOC, n); }

static int fault_now(void) { return ds_fault_now(DS_FAULT_ALLOC); }

int dossier_fault_inject(const char *spec)
{
	static const char *const kinds[DS_FAULT_KINDS] = {"alloc", "read", "write"};
	for (int k = 0; k < DS_FAULT_KINDS; k++) {
		size_t n = strlen(kinds[k]);
		if (!strncmp(spec, kinds[k], n) && spec[n] == ':') {
			char *end;
			unsigned long v = strtoul(spec + n + 1, &end, 10);
			if (end == spec + n + 1 || *end)
				return DOSSIER_E_USAGE;
			ds_fault_set(k, v);
			return 0;
		}
	}
	return DOSSIER_E_USAGE;
}

void ds_oom(void)
{
	static const char msg[] = "dossier: out of memory\n";
	fwrite(msg, 1, sizeof msg - 1, stderr);
	abort();
}

void *ds_xmalloc(size_t n)
{
	void *p = fault_now() ? NULL : malloc(n ? n : 1);
	if (!p)
		ds_oom();
	return p;
}

void *ds_xcalloc(size_t n, size_t size)
{
	void *p = fault_now() ? NULL : calloc(n ? n : 1, size ? size : 1);
	if (!p)
		ds_oom();
	return p;
}

void *ds_xrealloc(void *p, size_t n)
{
	void *q = fault_now() ? NULL : realloc(p, n ? n : 1);
	if (!q)
		ds_oom();
	return q;
}

char *ds_xstrndup(const char *s, size_t n)
{
	char *p = ds_xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *ds_xstrdup(const char *s) { return ds_xstrndup(s, strlen(s)); }

void ds_grow(void *pp, size_t *cap, size_t need, size_t size)
{
	void **p = pp;
	size_t c = *cap ? *cap : 8;
	if (need <= *cap)
		return;
	while (c < need) {
		if (c > SIZE_MAX / 2 / size)
			ds_oom();
		c *= 2;
	}
	*p = ds_xrealloc(*p, c * size);
	*cap = c;
}

/* Arena blocks: a header followed by the data; big requests get a block of
 * their own so that a 10 MB string does not waste a 10 MB tail. */
struct ds_arena_block {
	struct ds_arena_block *next;
	size_t used, size;
	max_align_t data[];
};

#define ARENA_BLOCK 16384

void ds_arena_init(struct ds_arena *a) { a->head = NULL; }

void ds_arena_release(struct ds_arena *a)
{
	struct ds_arena_block *b = a->head, *next;
	for (; b; b = next) {
		next = b->next;
		free(b);
	}
	a->head = NULL;
}

void *ds_arena_alloc(struct ds_arena *a, size_t n)
{
	struct ds_arena_block *b = a->head;
	size_t align = sizeof(max_align_t);
	n = (n + align - 1) / align * align;
	if (!n)
		n = align;
	if (!b || b->size - b->used < n) {
		size_t size = n > ARENA_BLOCK / 4 ? n : ARENA_BLOCK;
		b = ds_xmalloc(sizeof *b + size);
		b->used = 0;
		b->size = size;
		if (n > ARENA_BLOCK / 4 && a->head) {
			/* a big piece: keep the current block at the head */
			b->next = a->head->next;
			a->head->next = b;
			b->used = n;
			return (char *)b->data;
		}
		b->next = a->head;
		a->head = b;
	}
	void *p = (char *)b->data + b->used;
	b->used += n;
	return p;
}

char *ds_arena_strndup(struct ds_arena *a, const char *s, size_t n)
{
	char *p = ds_arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *ds_arena_strdup(struct ds_arena *a, const char *s)
{
	return ds_arena_strndup(a, s, strlen(s));
}

char *ds_arena_printf(struct ds_arena *a, const char *fmt, ...)
{
	struct ds_buf b = DS_BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	ds_buf_vaddf(&b, fmt, ap);
	va_end(ap);
	char *p = ds_arena_strndup(a, b.ptr ? b.ptr : "", b.len);
	ds_buf_release(&b);
	return p;
}
