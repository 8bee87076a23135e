/*
 * The caller's memory of the agreement programs (agree_driver.c, agree_live.c): PAGES
 * pages that end where a PROT_NONE page begins, so a read past a case's bytes faults as
 * in the kernel, and a readable page at ARRAY_ADDR where an array field may point
 * (tests/agreement.py's ARRAY_ADDR).
 */
#include <string.h>
#include <sys/mman.h>

#define PAGE 4096UL
#define PAGES 6UL
#define ARRAY_ADDR 0x5a5a0000000UL

static unsigned char *agree_region; /* the PAGES pages */
static unsigned char *agree_none; /* the PROT_NONE page after them */

/* Map the memory: 0, or -1 when it cannot be had. */
static int agree_memory(void)
{
	agree_region = mmap(NULL, (PAGES + 1) * PAGE, PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (agree_region == MAP_FAILED)
		return -1;
	agree_none = agree_region + PAGES * PAGE;
	if (mmap((void *)ARRAY_ADDR, PAGE, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0) != (void *)ARRAY_ADDR)
		return -1;
	return mprotect(agree_none, PAGE, PROT_NONE) ? -1 : 0;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/*
 * A case's bytes, written in @hex ("-": none), zero-extended to @memlen and ending where
 * the PROT_NONE page begins; NULL when there are more than @memlen of them.
 */
static unsigned char *agree_bytes(const char *hex, unsigned long long memlen)
{
	unsigned char *uargs = agree_none - memlen;
	size_t n = 0;

	memset(agree_region, 0, PAGES * PAGE);
	if (*hex == '-')
		return uargs;
	for (; hexval(hex[0]) >= 0 && hexval(hex[1]) >= 0; hex += 2, n++) {
		if (n >= memlen)
			return NULL;
		uargs[n] = (unsigned char)(hexval(hex[0]) << 4 | hexval(hex[1]));
	}
	return uargs;
}
