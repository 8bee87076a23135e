/*
 * Decodes the records calls.c and attr_calls.c wrote (or the test made up)
 * with the generated libc decoders and prints one line per record: what
 * cg_<spec>_decode() says about the same bytes strace saw. A record's first
 * word is the system call that passed the struct.
 *
 * Usage: decode_records RECORDS [MAJOR MINOR]: with a release, names only
 * what strace of that release knows.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clone_args.h"
#include "landlock_ruleset_attr.h"
#include "mount_attr.h"
#include "open_how.h"
#include "pidfd_info.h"
#include "sched_attr.h"

struct peeked {
	uint64_t addr;
	unsigned char bytes[4096];
	size_t len;
};

static int peek(void *ctx, uint64_t addr, void *buf, size_t len)
{
	const struct peeked *p = ctx;

	if (addr < p->addr || addr - p->addr > p->len || p->len - (addr - p->addr) < len)
		return -1;
	memcpy(buf, p->bytes + (addr - p->addr), len);
	return 0;
}

static size_t unhex(const char *s, unsigned char *out, size_t cap)
{
	size_t n = 0;
	unsigned int byte;

	if (!strcmp(s, "-"))
		return 0;
	while (s[0] && s[1] && n < cap && sscanf(s, "%2x", &byte) == 1) {
		out[n++] = (unsigned char)byte;
		s += 2;
	}
	return n;
}

int main(int argc, char **argv)
{
	static char line[65536], data_hex[65536], peek_text[65536], text[65536];
	static unsigned char data[4096];
	struct peeked peeked;
	unsigned long release = 0;
	FILE *in;

	if (argc < 2 || argc == 3 || argc > 5)
		return 2;
	if (argc >= 4)
		release = CG_CLONE_ARGS_RELEASE(strtoul(argv[2], NULL, 10), strtoul(argv[3], NULL, 10),
						argc == 5 ? strtoul(argv[4], NULL, 10) : 0);
	in = fopen(argv[1], "r");
	if (!in)
		return 1;
	while (fgets(line, sizeof(line), in)) {
		char name[32];
		unsigned long long size, addr;
		size_t len;
		int fields;

		peek_text[0] = '\0';
		fields = sscanf(line, "%31s %llu %llx %65535s %65535s", name, &size, &addr, data_hex,
				peek_text);
		if (fields < 4)
			return 1;
		len = unhex(data_hex, data, sizeof(data));
		memset(&peeked, 0, sizeof(peeked));
		if (fields == 5) {
			char *colon = strchr(peek_text, ':');

			if (!colon)
				return 1;
			*colon = '\0';
			peeked.addr = strtoull(peek_text, NULL, 16);
			peeked.len = unhex(colon + 1, peeked.bytes, sizeof(peeked.bytes));
		}
		if (!strcmp(name, "clone3")) {
			struct cg_clone_args_decoding how = { 0, 0, NULL, NULL, NULL };

			how.addr = addr;
			how.release = release;
			how.peek = peek;
			how.ctx = &peeked;
			cg_clone_args_decode(text, sizeof(text), data, len, size, &how);
		} else if (!strcmp(name, "openat2")) {
			struct cg_open_how_decoding how = { 0, 0, NULL, NULL, NULL };

			how.addr = addr;
			how.release = release;
			cg_open_how_decode(text, sizeof(text), data, len, size, &how);
		} else if (!strncmp(name, "sched_", 6)) {
			struct cg_sched_attr_decoding how = { 0, 0, NULL, NULL, NULL };

			how.addr = addr;
			how.release = release;
			how.entry = name;
			cg_sched_attr_decode(text, sizeof(text), data, len, size, &how);
		} else if (!strcmp(name, "landlock_create_ruleset")) {
			struct cg_landlock_ruleset_attr_decoding how = { 0, 0, NULL, NULL, NULL };

			how.addr = addr;
			how.release = release;
			cg_landlock_ruleset_attr_decode(text, sizeof(text), data, len, size, &how);
		} else if (!strcmp(name, "pidfd_get_info")) {
			struct cg_pidfd_info_decoding how = { 0, 0, NULL, NULL, NULL };

			how.addr = addr;
			how.release = release;
			cg_pidfd_info_decode(text, sizeof(text), data, len, size, &how);
		} else {
			struct cg_mount_attr_decoding how = { 0, 0, NULL, NULL, NULL };

			how.addr = addr;
			how.release = release;
			how.entry = name;
			cg_mount_attr_decode(text, sizeof(text), data, len, size, &how);
		}
		printf("%s\n", text);
	}
	return 0;
}
