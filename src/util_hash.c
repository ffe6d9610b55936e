/*
 * util_hash.c: a string -> integer hash map (open addressing, linear
 * probing, xxHash's XXH3 from Debian's libxxhash). Keys are copied into the
 * map's arena; the map only grows. Used to index the knowledge base by id
 * and by alias while it loads.
 */
#include <stdlib.h>
#include <string.h>
/* XXH3 inlined: every lookup hashes its key */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "ds.h"

struct ds_map_slot {
	const char *key;
	size_t len;
	uint64_t hash;
	uint32_t value;
};

void ds_map_init(struct ds_map *m)
{
	memset(m, 0, sizeof *m);
	ds_arena_init(&m->arena);
}

void ds_map_release(struct ds_map *m)
{
	free(m->slots);
	ds_arena_release(&m->arena);
	memset(m, 0, sizeof *m);
}

uint64_t ds_hash(const void *p, size_t len) { return XXH3_64bits(p, len); }

static struct ds_map_slot *find(struct ds_map_slot *slots, size_t cap, const char *key,
				size_t len, uint64_t h)
{
	size_t i = (size_t)h & (cap - 1);
	for (;;) {
		struct ds_map_slot *s = &slots[i];
		if (!s->key || (s->hash == h && s->len == len && !memcmp(s->key, key, len)))
			return s;
		i = (i + 1) & (cap - 1);
	}
}

int ds_map_get(const struct ds_map *m, const char *key, size_t len, uint32_t *value)
{
	if (!m->cap)
		return 0;
	struct ds_map_slot *s = find(m->slots, m->cap, key, len, ds_hash(key, len));
	if (!s->key)
		return 0;
	*value = s->value;
	return 1;
}

int ds_map_put(struct ds_map *m, const char *key, size_t len, uint32_t value, uint32_t *old)
{
	/* at most half full: most lookups are of absent keys (the words of a
	 * text against a lexicon), and linear probing runs long for those in
	 * a fuller table */
	if ((m->n + 1) * 2 >= m->cap) {
		size_t cap = m->cap ? m->cap * 2 : 64;
		struct ds_map_slot *slots = ds_xcalloc(cap, sizeof *slots);
		for (size_t i = 0; i < m->cap; i++)
			if (m->slots[i].key)
				*find(slots, cap, m->slots[i].key, m->slots[i].len, m->slots[i].hash) =
					m->slots[i];
		free(m->slots);
		m->slots = slots;
		m->cap = cap;
	}
	uint64_t h = ds_hash(key, len);
	struct ds_map_slot *s = find(m->slots, m->cap, key, len, h);
	if (s->key) {
		if (old)
			*old = s->value;
		return 0;
	}
	s->key = ds_arena_strndup(&m->arena, key, len);
	s->len = len;
	s->hash = h;
	s->value = value;
	m->n++;
	return 1;
}
