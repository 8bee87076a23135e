/*
 * The C column of the cross-target agreement test (tests/test_agreement.py):
 * the generated kernel copy-in (through agree_kernel.c's agree_call()) and the
 * generated libc decoder, on cases read from stdin, one a line:
 *
 *	<size> <memlen> <dlen> <dsize> <hex bytes or ->
 *
 * The bytes, zero-extended to memlen, are the caller's memory: they end where
 * a PROT_NONE page begins, so a read past them faults as in the kernel.
 * agree_call() gets their address and size (the size argument, the ioctl
 * number's size, or for a struct that carries its size only the buffer's
 * length). The decoder gets, before the call, the first dlen bytes and dsize as the caller's
 * size. One line out per case: the errno (0 when accepted), a tab, the text.
 *
 * Build with -DAGREE_HEADER='"<spec>.h"' -DAGREE_DECODE=cg_<spec>_decode.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include AGREE_HEADER

#define PAGE 4096UL
#define PAGES 6UL
#define ARRAY_ADDR 0x5a5a0000000UL

long agree_call(void *uargs, unsigned long usize);

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

int main(void)
{
	static char line[2 * PAGES * PAGE + 256];
	static char text[65536];
	unsigned char *region, *none_page;

	region = mmap(NULL, (PAGES + 1) * PAGE, PROT_READ | PROT_WRITE,
		      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (region == MAP_FAILED)
		return 2;
	none_page = region + PAGES * PAGE;
	/* Readable memory where an array field may point (tests/agreement.py's ARRAY_ADDR). */
	if (mmap((void *)ARRAY_ADDR, PAGE, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0) != (void *)ARRAY_ADDR)
		return 2;
	if (mprotect(none_page, PAGE, PROT_NONE))
		return 2;
	while (fgets(line, sizeof(line), stdin)) {
		unsigned long long size, memlen, dlen, dsize;
		unsigned char *uargs;
		char *hex;
		size_t n = 0;
		long ret;
		int used = 0;

		if (sscanf(line, "%llu %llu %llu %llu %n", &size, &memlen, &dlen, &dsize, &used) != 4 ||
		    memlen > PAGES * PAGE || dlen > memlen)
			return 3;
		hex = line + used;
		uargs = none_page - memlen;
		memset(region, 0, PAGES * PAGE);
		if (*hex != '-') {
			for (; hexval(hex[0]) >= 0 && hexval(hex[1]) >= 0; hex += 2, n++) {
				if (n >= memlen)
					return 4;
				uargs[n] = (unsigned char)(hexval(hex[0]) << 4 | hexval(hex[1]));
			}
		}
		/* The decoder first: a call may write into the struct. */
		AGREE_DECODE(text, sizeof(text), uargs, (size_t)dlen, (uint64_t)dsize, NULL);
		ret = agree_call(uargs, (unsigned long)size);
		printf("%ld\t%s\n", ret < 0 ? -ret : ret, text);
	}
	return 0;
}
