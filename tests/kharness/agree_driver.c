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

#include "agree_memory.h"

long agree_call(void *uargs, unsigned long usize);

int main(void)
{
	static char line[2 * PAGES * PAGE + 256];
	static char text[65536];

	if (agree_memory())
		return 2;
	while (fgets(line, sizeof(line), stdin)) {
		unsigned long long size, memlen, dlen, dsize;
		unsigned char *uargs;
		long ret;
		int used = 0;

		if (sscanf(line, "%llu %llu %llu %llu %n", &size, &memlen, &dlen, &dsize, &used) != 4 ||
		    memlen > PAGES * PAGE || dlen > memlen)
			return 3;
		uargs = agree_bytes(line + used, memlen);
		if (!uargs)
			return 4;
		/* The decoder first: a call may write into the struct. */
		AGREE_DECODE(text, sizeof(text), uargs, (size_t)dlen, (uint64_t)dsize, NULL);
		ret = agree_call(uargs, (unsigned long)size);
		printf("%ld\t%s\n", ret < 0 ? -ret : ret, text);
	}
	return 0;
}
