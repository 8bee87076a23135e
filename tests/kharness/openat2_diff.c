/*
 * Differential test: the generated open_how copy-in and checks (linked from
 * the generated fs/open_how.c, with open_how_model.c below it) against the
 * running kernel's openat2().
 *
 * Where the harness refuses a case, the kernel must refuse it with the same
 * errno. Where the harness lets it through, the kernel must open the path or
 * fail for a reason of the path itself, never with one of the errnos the
 * size policy and the checks use (E2BIG, EINVAL, EFAULT).
 *
 * Usage: openat2_diff [random-cases [seed]]. Prints "cases N mismatches M".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "harness.h"

long sys_openat2(int dfd, const char *filename, void *uargs, size_t usize);

/* From open_how_model.c: the flags the generated copy-in passed down, and O_LARGEFILE as
 * the kernel spells it (the C library may spell it 0). */
extern unsigned long long harness_last_flags;
extern const unsigned long long harness_o_largefile;
extern int harness_audit_calls;

#define PAGE 4096UL

struct tcase {
	unsigned char bytes[2 * PAGE];
	size_t size;
	size_t readable;
	int null_uargs;
	const char *path;
	const char *what;
};

static unsigned char *region, *none_page;
static int dirfd_ = -1;
static unsigned long cases, mismatches, opened, largefile;
static uint64_t rng = 0x243f6a8885a308d3ULL;

static uint64_t next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void put(struct tcase *t, size_t off, uint64_t v)
{
	memcpy(t->bytes + off, &v, sizeof(v));
}

static unsigned char *place(const struct tcase *t)
{
	unsigned char *uargs;

	if (t->null_uargs)
		return NULL;
	uargs = none_page - t->readable;
	memset(uargs, 0, t->readable);
	memcpy(uargs, t->bytes, t->size < t->readable ? t->size : t->readable);
	return uargs;
}

static int is_check_errno(int e)
{
	return e == E2BIG || e == EINVAL || e == EFAULT;
}

static void run(const struct tcase *t)
{
	long harness, kernel;
	int want, got, ok;

	int audits = harness_audit_calls, commons = harness_common_calls, forced = -1;

	harness = sys_openat2(dirfd_, t->path, place(t), t->size);
	kernel = syscall(SYS_openat2, dirfd_, t->path, place(t), t->size);
	got = kernel >= 0 ? 0 : errno;
	if (kernel >= 0) {
		/* The file's flags show whether the kernel forced O_LARGEFILE. */
		forced = !!(fcntl((int)kernel, F_GETFL) & (int)harness_o_largefile);
		opened++;
		close((int)kernel);
	}
	want = harness == 0 ? 0 : (int)-harness;
	ok = want ? got == want : !is_check_errno(got);
	/* A struct that was copied in (and went down) went to the audit hook, once. */
	ok = ok && harness_audit_calls - audits == harness_common_calls - commons;
	/* The generated copy-in set O_LARGEFILE exactly where the kernel did. */
	if (ok && harness == 0 && forced >= 0) {
		largefile++;
		ok = forced == !!(harness_last_flags & harness_o_largefile);
	}
	cases++;
	if (!ok) {
		uint64_t f, m, r;

		memcpy(&f, t->bytes, 8);
		memcpy(&m, t->bytes + 8, 8);
		memcpy(&r, t->bytes + 16, 8);
		mismatches++;
		if (mismatches <= 20)
			printf("MISMATCH %s: path=%s size=%zu readable=%zu flags=%#llo mode=%#llo "
			       "resolve=%#llx harness=%s kernel=%s\n",
			       t->what, t->path, t->size, t->readable, (unsigned long long)f,
			       (unsigned long long)m, (unsigned long long)r,
			       want ? strerror(want) : "ok", got ? strerror(got) : "ok");
	}
}

static void base(struct tcase *t, const char *what)
{
	memset(t, 0, sizeof(*t));
	t->size = 24;
	t->readable = 4 * PAGE;
	t->path = "f";
	t->what = what;
}

static void boundary_cases(void)
{
	static const size_t sizes[] = { 0, 1, 8, 16, 23, 24, 25, 31, 32, 64, 4095, 4096, 4097 };
	static const uint64_t modes[] = { 0, 0644, 07777, 010000, 0177777, 1ULL << 32 };
	struct tcase t;
	size_t i, j, off;
	int bit;

	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		base(&t, "size");
		t.size = sizes[i];
		run(&t);
		base(&t, "size with NULL");
		t.size = sizes[i];
		t.null_uargs = 1;
		run(&t);
	}
	for (off = 24; off < 140; off++) {
		base(&t, "tail byte");
		t.size = 140;
		t.bytes[off] = 0x40;
		run(&t);
	}
	for (i = 0; i <= 40; i++) {
		base(&t, "readable prefix");
		t.size = 32;
		t.readable = i;
		run(&t);
		base(&t, "readable prefix, non-zero tail");
		t.size = 32;
		t.bytes[28] = 1;
		t.readable = i;
		run(&t);
	}
	for (bit = 0; bit < 64; bit++) {
		for (j = 0; j < 2; j++) {
			/* A directory refuses O_DIRECT with EINVAL at open time, past the checks. */
			if (j && (1ULL << bit) == O_DIRECT)
				continue;
			base(&t, "one flags bit");
			put(&t, 0, 1ULL << bit);
			t.path = j ? "." : "f";
			run(&t);
			base(&t, "one flags bit with O_RDWR and a mode");
			put(&t, 0, (1ULL << bit) | O_RDWR);
			put(&t, 8, 0600);
			t.path = j ? "." : "f";
			run(&t);
		}
		base(&t, "one resolve bit");
		put(&t, 16, 1ULL << bit);
		run(&t);
		base(&t, "one mode bit");
		put(&t, 8, 1ULL << bit);
		run(&t);
		base(&t, "one mode bit with O_CREAT");
		put(&t, 0, O_CREAT);
		put(&t, 8, 1ULL << bit);
		run(&t);
	}
	for (i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		static const uint64_t creating[] = { 0, O_CREAT, O_TMPFILE | O_RDWR, O_TMPFILE, __O_TMPFILE | O_RDWR };

		for (j = 0; j < sizeof(creating) / sizeof(creating[0]); j++) {
			base(&t, "mode");
			put(&t, 0, creating[j]);
			put(&t, 8, modes[i]);
			t.path = ".";
			run(&t);
		}
	}
	{
		static const uint64_t combos[][2] = {
			{ O_DIRECTORY | O_CREAT, 0 }, { O_PATH | O_RDWR, 0 }, { O_PATH | O_CLOEXEC | O_NOFOLLOW, 0 },
			{ O_PATH | O_DIRECTORY, 0 }, { 0, 0x18 }, { 0, 0x3f }, { 0, 0x40 }, { O_TRUNC, 0x20 },
		};

		for (i = 0; i < sizeof(combos) / sizeof(combos[0]); i++) {
			base(&t, "combination");
			put(&t, 0, combos[i][0]);
			put(&t, 16, combos[i][1]);
			run(&t);
		}
	}
}

static void random_case(struct tcase *t)
{
	static const uint64_t pool[] = { O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_NOCTTY, O_TRUNC, O_APPEND,
					 O_NONBLOCK, O_DSYNC, O_ASYNC, O_LARGEFILE, O_DIRECTORY,
					 O_NOFOLLOW, O_NOATIME, O_CLOEXEC, O_SYNC, O_PATH, __O_TMPFILE };
	static const size_t sizes[] = { 24, 24, 24, 32, 0, 16, 23, 25, 4096, 4097, 64 };
	static const uint64_t modes[] = { 0, 0, 0644, 07777, 010000, 1ULL << 40 };
	uint64_t flags = 0, resolve = next_random() % 0x41;
	size_t i;

	base(t, "random");
	for (i = 0; i < sizeof(pool) / sizeof(pool[0]); i++)
		if (next_random() % 6 == 0)
			flags |= pool[i];
	if (next_random() % 15 == 0)
		flags |= next_random();
	t->size = sizes[next_random() % (sizeof(sizes) / sizeof(sizes[0]))];
	put(t, 0, flags);
	put(t, 8, modes[next_random() % (sizeof(modes) / sizeof(modes[0]))]);
	put(t, 16, next_random() % 3 ? resolve & 0x1f : resolve);
	t->path = next_random() % 2 ? "f" : ".";
	if (t->size > 24 && next_random() % 3 == 0)
		t->bytes[24 + next_random() % (t->size - 24)] = 1;
	if (next_random() % 12 == 0)
		t->readable = next_random() % (t->size + 8);
}

int main(int argc, char **argv)
{
	unsigned long random_cases = argc > 1 ? strtoul(argv[1], NULL, 0) : 2000;
	uint64_t seed = argc > 2 ? strtoull(argv[2], NULL, 0) : 1;
	char dir[] = "/tmp/openat2-diff-XXXXXX";
	struct tcase t;
	unsigned long i;
	int fd;

	rng ^= seed * 0x2545f4914f6cdd1dULL;
	region = mmap(NULL, 5 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (region == MAP_FAILED || !mkdtemp(dir))
		return 2;
	none_page = region + 4 * PAGE;
	if (mprotect(none_page, PAGE, PROT_NONE))
		return 2;
	dirfd_ = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	fd = openat(dirfd_, "f", O_CREAT | O_WRONLY | O_CLOEXEC, 0644);
	if (dirfd_ < 0 || fd < 0)
		return 2;
	close(fd);

	boundary_cases();
	for (i = 0; i < random_cases; i++) {
		random_case(&t);
		run(&t);
	}
	printf("cases %lu mismatches %lu opened %lu largefile %lu\n", cases, mismatches, opened,
	       largefile);
	unlinkat(dirfd_, "f", 0);
	rmdir(dir);
	return mismatches ? 1 : 0;
}
