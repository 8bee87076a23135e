/*
 * Embedded verbatim into every generated kselftest
 * (tools/testing/selftests/<name>/<name>_size.c), below the marker: what the
 * size tests of every spec share. Nothing here depends on a spec: the
 * generated test defines the table of published sizes (struct size_version)
 * and each entry point's cases after it. It needs <stdbool.h>, <stdio.h>,
 * <string.h> and <sys/utsname.h>.
 */
/* --- embedded from here --- */
/* The byte an output buffer is filled with: what the kernel must not write. */
#define SIZE_TEST_PATTERN 0xa5

/* A published size of the struct and the release that added it. */
struct size_version {
	const char *name;
	size_t size;
	unsigned int major;
	unsigned int minor;
};

/* Whether the running kernel is release major.minor or newer. */
static bool kernel_has(unsigned int major, unsigned int minor)
{
	unsigned int have_major = 0, have_minor = 0;
	struct utsname u;

	if (uname(&u) || sscanf(u.release, "%u.%u", &have_major, &have_minor) != 2)
		return true;
	return have_major > major || (have_major == major && have_minor >= minor);
}

/*
 * The size of the struct the running kernel knows: that of the newest
 * published version its release has, 0 when it predates them all.
 */
static size_t kernel_size(const struct size_version *versions, size_t count)
{
	while (count--)
		if (kernel_has(versions[count].major, versions[count].minor))
			return versions[count].size;
	return 0;
}

/* The offset of the first byte where a and b differ, -1 when none does. */
static long first_difference(const unsigned char *a, const unsigned char *b,
			     size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (a[i] != b[i])
			return (long)i;
	return -1;
}

/*
 * The caller's memory before a call: zeros for a struct the kernel reads;
 * the pattern for one it only writes, but for the request fields it reads
 * first (the bytes below request_end). A non-zero byte at tail, when it is
 * not negative.
 */
static void size_test_fill(unsigned char *buf, size_t len, bool reads,
			   size_t request_end, long tail)
{
	memset(buf, reads ? 0 : SIZE_TEST_PATTERN, len);
	memset(buf, 0, request_end);
	if (tail >= 0)
		buf[tail] = 1;
}
