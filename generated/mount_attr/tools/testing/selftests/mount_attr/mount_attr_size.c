// SPDX-License-Identifier: GPL-2.0
/*
 * Generated from spec/mount_attr.yaml by clonegen; do not edit.
 * Spec digest: sha256:3ba751bd668b6e82.
 */

/*
 * The size axis of struct mount_attr, as mount_setattr() and
 * open_tree_attr() take it: every published size, sizes below the smallest
 * taken and past the latest, with a zero and a non-zero tail, a page and
 * more, the size the kernel writes back or reports, and which errno comes
 * first when a call fails two checks. The expected answers are those of
 * spec/mount_attr.yaml; what depends on the running kernel (the size of the
 * struct it knows) follows from the release that published each size.
 */

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "../kselftest_harness.h"

#ifndef __NR_mount_setattr
#if defined(__alpha__)
#define __NR_mount_setattr 552
#elif defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32
#define __NR_mount_setattr 4442
#else
#define __NR_mount_setattr 442
#endif
#endif

#ifndef __NR_open_tree_attr
#if defined(__alpha__)
#define __NR_open_tree_attr 577
#elif defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32
#define __NR_open_tree_attr 4467
#else
#define __NR_open_tree_attr 467
#endif
#endif

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

/* The published sizes of struct mount_attr and the releases that added them. */
static const struct size_version versions[] = {
	{ "VER0", 32, 5, 12 },
};

FIXTURE(mount_setattr) {
	unsigned char *buf;	/* the caller's memory */
	unsigned char *want;	/* what it holds after a right answer */
	size_t page;
	size_t len;
	size_t kernel_size;	/* the size of the struct the running kernel knows */
	pid_t pid;
	char path[256];
};

FIXTURE_VARIANT(mount_setattr) {
	size_t size;		/* the caller's size: bytes ... */
	unsigned int pages;	/* ... and page sizes */
	size_t tail;		/* a non-zero byte this far before the end, 0: none */
	bool null;		/* a NULL struct pointer */
	int bad_arg;		/* the argument given bad_value, -1: none */
	long bad_value;
	int err;		/* the errno expected, 0: success */
	bool write_back;	/* the kernel writes its size into the size field */
	unsigned int major;	/* a published size: the release that added it */
	unsigned int minor;
};

/* a size of 0 */
FIXTURE_VARIANT_ADD(mount_setattr, zero) {
	.size = 0,
	.pages = 0,
	.tail = 0,
	.null = false,
	.bad_arg = -1,
	.bad_value = 0,
	.err = EINVAL,
	.write_back = false,
};

/* VER0, published in Linux 5.12: 32 bytes */
FIXTURE_VARIANT_ADD(mount_setattr, ver0) {
	.size = 32,
	.pages = 0,
	.tail = 0,
	.null = false,
	.bad_arg = -1,
	.bad_value = 0,
	.err = 0,
	.write_back = false,
	.major = 5,
	.minor = 12,
};

/* one byte below the smallest size taken (32) */
FIXTURE_VARIANT_ADD(mount_setattr, below_min) {
	.size = 31,
	.pages = 0,
	.tail = 0,
	.null = false,
	.bad_arg = -1,
	.bad_value = 0,
	.err = EINVAL,
	.write_back = false,
};

/* 33 bytes, not a multiple of 8 */
FIXTURE_VARIANT_ADD(mount_setattr, misaligned) {
	.size = 33,
	.pages = 0,
	.tail = 0,
	.null = false,
	.bad_arg = -1,
	.bad_value = 0,
	.err = 0,
	.write_back = false,
};

/* 8 zero bytes past VER0 */
FIXTURE_VARIANT_ADD(mount_setattr, past_latest) {
	.size = 40,
	.pages = 0,
	.tail = 0,
	.null = false,
	.bad_arg = -1,
	.bad_value = 0,
	.err = 0,
	.write_back = false,
};

/* a non-zero byte right past VER0 */
FIXTURE_VARIANT_ADD(mount_setattr, past_latest_tail) {
	.size = 40,
	.pages = 0,
	.tail = 8,
	.null = false,
	.bad_arg = -1,
	.bad_value = 0,
	.err = E2BIG,
	.write_back = false,
};

/* a page, zero past the struct */
FIXTURE_VARIANT_ADD(mount_setattr, page) {
	.size = 0,
	.pages = 1,
	.tail = 0,
	.null = false,
	.bad_arg = -1,
	.bad_value = 0,
	.err = 0,
	.write_back = false,
};

/* a page whose last byte is not zero */
FIXTURE_VARIANT_ADD(mount_setattr, page_tail) {
	.size = 0,
	.pages = 1,
	.tail = 1,
	.null = false,
	.bad_arg = -1,
	.bad_value = 0,
	.err = E2BIG,
	.write_back = false,
};

/* a page and 8 bytes */
FIXTURE_VARIANT_ADD(mount_setattr, above_page) {
	.size = 8,
	.pages = 1,
	.tail = 0,
	.null = false,
	.bad_arg = -1,
	.bad_value = 0,
	.err = E2BIG,
	.write_back = false,
};

/*
 * a page and 8 bytes with a non-zero byte past the page: the size comes first
 */
FIXTURE_VARIANT_ADD(mount_setattr, above_page_tail) {
	.size = 8,
	.pages = 1,
	.tail = 8,
	.null = false,
	.bad_arg = -1,
	.bad_value = 0,
	.err = E2BIG,
	.write_back = false,
};

/*
 * flags = 1 (flags has no bits outside 0x9900 fails), refused before the size
 */
FIXTURE_VARIANT_ADD(mount_setattr, bad_flags) {
	.size = 8,
	.pages = 1,
	.tail = 0,
	.null = false,
	.bad_arg = 2,
	.bad_value = 1,
	.err = EINVAL,
	.write_back = false,
};

FIXTURE_SETUP(mount_setattr)
{
	int fd;

	self->page = (size_t)sysconf(_SC_PAGESIZE);
	self->len = 3 * self->page;
	self->buf = mmap(NULL, 2 * self->len, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_TRUE(self->buf != MAP_FAILED);
	self->want = self->buf + self->len;
	self->kernel_size = kernel_size(versions, ARRAY_SIZE(versions));
	self->pid = getpid();
	snprintf(self->path, sizeof(self->path), "%s/mount_attr_size.XXXXXX", P_tmpdir);
	fd = mkstemp(self->path);
	ASSERT_LE(0, fd);
	close(fd);
}

FIXTURE_TEARDOWN(mount_setattr)
{
	munmap(self->buf, 2 * self->len);
	unlink(self->path);
}

TEST_F(mount_setattr, size)
{
	size_t size = variant->size + variant->pages * self->page;
	unsigned char *uargs = variant->null ? NULL : self->buf;
	/*
	 * The arguments, dfd: the working directory; path: a file the test
	 * made; flags: no flags
	 */
	long a[] = { AT_FDCWD, (long)self->path, 0 };
	long ret, off;
	int err;

	if (!self->kernel_size)
		SKIP(return, "the kernel predates mount_setattr() (Linux 5.12)");
	if (variant->bad_arg >= 0)
		a[variant->bad_arg] = variant->bad_value;
	size_test_fill(self->buf, self->len, true, 0,
		       variant->tail ? (long)(size - variant->tail) : -1);
	memcpy(self->want, self->buf, self->len);

	if (variant->major && !kernel_has(variant->major, variant->minor))
		TH_LOG("the kernel predates this size (Linux %u.%u): larger than its own",
		       variant->major, variant->minor);

	ret = syscall(__NR_mount_setattr, a[0], a[1], a[2], uargs, size);
	err = ret < 0 ? errno : 0;
	if (ret == 0 && getpid() != self->pid)
		_exit(0);	/* the child of a call that made one */
	if (ret > 0)
		close(ret);
	ASSERT_EQ(variant->err, err) {
		TH_LOG("size %zu: %s", size, strerror(err));
	}
	off = first_difference(self->buf, self->want, self->len);
	ASSERT_EQ(-1, off) {
		TH_LOG("byte %ld is 0x%02x, not 0x%02x", off, self->buf[off], self->want[off]);
	}
}

FIXTURE(open_tree_attr) {
	unsigned char *buf;	/* the caller's memory */
	unsigned char *want;	/* what it holds after a right answer */
	size_t page;
	size_t len;
	size_t kernel_size;	/* the size of the struct the running kernel knows */
	pid_t pid;
	char path[256];
};

FIXTURE_VARIANT(open_tree_attr) {
	size_t size;		/* the caller's size: bytes ... */
	unsigned int pages;	/* ... and page sizes */
	size_t tail;		/* a non-zero byte this far before the end, 0: none */
	bool null;		/* a NULL struct pointer */
	int bad_arg;		/* the argument given bad_value, -1: none */
	long bad_value;
	int err;		/* the errno expected, 0: success */
	bool write_back;	/* the kernel writes its size into the size field */
	unsigned int major;	/* a published size: the release that added it */
	unsigned int minor;
};

/* a size of 0 */
FIXTURE_VARIANT_ADD(open_tree_attr, zero) {
	.size = 0,
	.pages = 0,
	.tail = 0,
	.null = false,
	.bad_arg = -1,
	.bad_value = 0,
	.err = EINVAL,
	.write_back = false,
};

/* VER0, published in Linux 5.12: 32 bytes */
FIXTURE_VARIANT_ADD(open_tree_attr, ver0) {
	.size = 32,
	.pages = 0,
	.tail = 0,
	.null = false,
	.bad_arg = -1,
	.bad_value = 0,
	.err = 0,
	.write_back = false,
	.major = 5,
	.minor = 12,
};

/* one byte below the smallest size taken (32) */
FIXTURE_VARIANT_ADD(open_tree_attr, below_min) {
	.size = 31,
	.pages = 0,
	.tail = 0,
	.null = false,
	.bad_arg = -1,
	.bad_value = 0,
	.err = EINVAL,
	.write_back = false,
};

/* 33 bytes, not a multiple of 8 */
FIXTURE_VARIANT_ADD(open_tree_attr, misaligned) {
	.size = 33,
	.pages = 0,
	.tail = 0,
	.null = false,
	.bad_arg = -1,
	.bad_value = 0,
	.err = 0,
	.write_back = false,
};

/* 8 zero bytes past VER0 */
FIXTURE_VARIANT_ADD(open_tree_attr, past_latest) {
	.size = 40,
	.pages = 0,
	.tail = 0,
	.null = false,
	.bad_arg = -1,
	.bad_value = 0,
	.err = 0,
	.write_back = false,
};

/* a non-zero byte right past VER0 */
FIXTURE_VARIANT_ADD(open_tree_attr, past_latest_tail) {
	.size = 40,
	.pages = 0,
	.tail = 8,
	.null = false,
	.bad_arg = -1,
	.bad_value = 0,
	.err = E2BIG,
	.write_back = false,
};

/* a page, zero past the struct */
FIXTURE_VARIANT_ADD(open_tree_attr, page) {
	.size = 0,
	.pages = 1,
	.tail = 0,
	.null = false,
	.bad_arg = -1,
	.bad_value = 0,
	.err = 0,
	.write_back = false,
};

/* a page whose last byte is not zero */
FIXTURE_VARIANT_ADD(open_tree_attr, page_tail) {
	.size = 0,
	.pages = 1,
	.tail = 1,
	.null = false,
	.bad_arg = -1,
	.bad_value = 0,
	.err = E2BIG,
	.write_back = false,
};

/* a page and 8 bytes */
FIXTURE_VARIANT_ADD(open_tree_attr, above_page) {
	.size = 8,
	.pages = 1,
	.tail = 0,
	.null = false,
	.bad_arg = -1,
	.bad_value = 0,
	.err = E2BIG,
	.write_back = false,
};

/*
 * a page and 8 bytes with a non-zero byte past the page: the size comes first
 */
FIXTURE_VARIANT_ADD(open_tree_attr, above_page_tail) {
	.size = 8,
	.pages = 1,
	.tail = 8,
	.null = false,
	.bad_arg = -1,
	.bad_value = 0,
	.err = E2BIG,
	.write_back = false,
};

/* a NULL struct, refused before the size */
FIXTURE_VARIANT_ADD(open_tree_attr, null) {
	.size = 8,
	.pages = 1,
	.tail = 0,
	.null = true,
	.bad_arg = -1,
	.bad_value = 0,
	.err = EINVAL,
	.write_back = false,
};

/* a NULL struct with a size of 0: no struct */
FIXTURE_VARIANT_ADD(open_tree_attr, null_no_size) {
	.size = 0,
	.pages = 0,
	.tail = 0,
	.null = true,
	.bad_arg = -1,
	.bad_value = 0,
	.err = 0,
	.write_back = false,
};

FIXTURE_SETUP(open_tree_attr)
{
	int fd;

	self->page = (size_t)sysconf(_SC_PAGESIZE);
	self->len = 3 * self->page;
	self->buf = mmap(NULL, 2 * self->len, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_TRUE(self->buf != MAP_FAILED);
	self->want = self->buf + self->len;
	self->kernel_size = kernel_size(versions, ARRAY_SIZE(versions));
	self->pid = getpid();
	snprintf(self->path, sizeof(self->path), "%s/mount_attr_size.XXXXXX", P_tmpdir);
	fd = mkstemp(self->path);
	ASSERT_LE(0, fd);
	close(fd);
}

FIXTURE_TEARDOWN(open_tree_attr)
{
	munmap(self->buf, 2 * self->len);
	unlink(self->path);
}

TEST_F(open_tree_attr, size)
{
	size_t size = variant->size + variant->pages * self->page;
	unsigned char *uargs = variant->null ? NULL : self->buf;
	/*
	 * The arguments, dfd: the working directory; filename: a file the test
	 * made; flags: no flags
	 */
	long a[] = { AT_FDCWD, (long)self->path, 0 };
	long ret, off;
	int err;

	if (!self->kernel_size)
		SKIP(return, "the kernel predates open_tree_attr() (Linux 5.12)");
	if (variant->bad_arg >= 0)
		a[variant->bad_arg] = variant->bad_value;
	size_test_fill(self->buf, self->len, true, 0,
		       variant->tail ? (long)(size - variant->tail) : -1);
	memcpy(self->want, self->buf, self->len);

	if (variant->major && !kernel_has(variant->major, variant->minor))
		TH_LOG("the kernel predates this size (Linux %u.%u): larger than its own",
		       variant->major, variant->minor);

	ret = syscall(__NR_open_tree_attr, a[0], a[1], a[2], uargs, size);
	err = ret < 0 ? errno : 0;
	if (ret == 0 && getpid() != self->pid)
		_exit(0);	/* the child of a call that made one */
	if (ret > 0)
		close(ret);
	ASSERT_EQ(variant->err, err) {
		TH_LOG("size %zu: %s", size, strerror(err));
	}
	off = first_difference(self->buf, self->want, self->len);
	ASSERT_EQ(-1, off) {
		TH_LOG("byte %ld is 0x%02x, not 0x%02x", off, self->buf[off], self->want[off]);
	}
}

TEST_HARNESS_MAIN
