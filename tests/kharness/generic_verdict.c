/*
 * The verdict of a generated copy-in and validity function, for any spec.
 *
 * Linked with the spec's generated kernel source and the harness runtime,
 * this driver calls the struct entry point SYSCALL (sys_<name>, defined by
 * the generated SYSCALL_DEFINE2) on cases read from stdin, one a line:
 *
 *	<usize> <hex bytes> [<tail offset>]
 *
 * The hex bytes (possibly "-" for none) are the start of the user's struct;
 * every other byte up to usize is zero, except that a tail offset puts a
 * non-zero byte there. The struct lies in this process's own memory, which
 * the harness reads through process_vm_readv() like copy_from_user() would.
 * COMMON (the function behind the checks) makes the spec's common-phase checks
 * (common_checks.h, written by the test) and then succeeds, so the answer is
 * the copy-in's and the checks': one line per case, 0 or the positive errno.
 *
 * Build: -DSYSCALL=sys_x -DCOMMON=kernel_x -DKSTRUCT=kernel_x_args
 *	  -DKHEADER="linux/x.h" (the kernel struct, for the common-phase checks)
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#if !defined(SYSCALL) || !defined(COMMON) || !defined(KSTRUCT)
# error "define SYSCALL, COMMON and KSTRUCT"
#endif

#define PAGE 4096UL
#define REGION_PAGES 24UL

#ifdef KHEADER
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/uaccess.h>
#include KHEADER
#endif
struct KSTRUCT;
long SYSCALL(void *uargs, size_t usize);
long COMMON(struct KSTRUCT *kargs);

long COMMON(struct KSTRUCT *kargs)
{
	/* The spec's common-phase checks; the kernel struct is complete only here. */
#include <common_checks.h>	/* the -I directory first on the path */
	(void)kargs;
	return 0;
}

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
	static char line[2 * REGION_PAGES * PAGE + 128];
	unsigned char *region;
	size_t limit = (REGION_PAGES - 1) * PAGE;

	region = mmap(NULL, REGION_PAGES * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (region == MAP_FAILED)
		return 2;
	while (fgets(line, sizeof(line), stdin)) {
		char *hex, *rest, *end;
		unsigned long usize;
		size_t n = 0;
		long ret;

		usize = strtoul(line, &end, 10);
		if (end == line || usize > limit)
			return 3;
		hex = end + strspn(end, " ");
		rest = hex + strcspn(hex, " \n");
		memset(region, 0, usize);
		if (*hex != '-') {
			for (; hex + 1 < rest; hex += 2, n++) {
				int hi = hexval(hex[0]), lo = hexval(hex[1]);

				if (hi < 0 || lo < 0 || n >= usize)
					return 4;
				region[n] = (unsigned char)(hi << 4 | lo);
			}
		}
		if (*rest == ' ') {
			unsigned long tail = strtoul(rest + 1, &end, 10);

			if (tail >= usize)
				return 5;
			region[tail] = 0x5a;
		}
		ret = SYSCALL(region, usize);
		printf("%ld\n", ret < 0 ? -ret : ret);
	}
	return 0;
}
