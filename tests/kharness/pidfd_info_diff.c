/*
 * Differential test: the generated PIDFD_GET_INFO handler (number check,
 * request read, copy-out at the caller's size), linked from the generated
 * fs/pidfd_info.c with pidfd_model.c below it, against the running kernel's
 * ioctl on a child's pidfd.
 *
 * The same bytes are placed at the same address for both (the struct ends
 * where a PROT_NONE page begins), the same ioctl number is used, and the
 * errno and every byte of the caller's memory afterwards are compared. The
 * child is alive, then exited but not reaped, then reaped: the kernel's
 * answer changes, the handler's treatment of it must not.
 *
 * Usage: pidfd_info_diff [random-cases [seed]].
 * Prints "cases N mismatches M answered A".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/ioctl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"

struct file;
long pidfd_get_info_ioctl(struct file *file, unsigned int cmd, unsigned long arg);

#define PAGE 4096UL
#define DIR_RW (_IOC_READ | _IOC_WRITE)

struct tcase {
	unsigned char bytes[2 * PAGE];
	size_t readable;
	int null_arg;
	unsigned int dir;
	unsigned int size;	/* in the ioctl number */
	const char *what;
};

static unsigned char *region, *none_page;
static unsigned long cases, mismatches, answered;
static int pidfd = -1;
static const char *state = "alive";
static uint64_t rng = 0xa4093822299f31d0ULL;

static uint64_t next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

long harness_real_pidfd_info(int fd, unsigned long long mask, void *buf, unsigned long size)
{
	memset(buf, 0, size);
	memcpy(buf, &mask, sizeof(mask));
	if (ioctl(fd, _IOC(DIR_RW, 0xFF, 11, size), buf) < 0)
		return -errno;
	return 0;
}

static size_t span(const struct tcase *t)
{
	return (t->readable + 7) & ~7UL;	/* the struct is 8-byte aligned */
}

static unsigned long place(const struct tcase *t)
{
	if (t->null_arg)
		return 0;
	memcpy(none_page - span(t), t->bytes, span(t));
	return (unsigned long)(none_page - span(t));
}

static void run(const struct tcase *t)
{
	static unsigned char after_kernel[2 * PAGE];
	unsigned int cmd = _IOC(t->dir, 0xFF, 11, t->size);
	long harness, kernel;
	int want, got;
	uint64_t mask;

	kernel = ioctl(pidfd, cmd, place(t));
	got = kernel < 0 ? errno : 0;
	memcpy(after_kernel, none_page - span(t), span(t));
	harness = pidfd_get_info_ioctl((struct file *)(unsigned long)(pidfd + 1), cmd, place(t));
	want = harness < 0 ? (int)-harness : 0;
	cases++;
	if (want == got && !memcmp(after_kernel, none_page - span(t), span(t))) {
		answered += !got;
		return;
	}
	mismatches++;
	memcpy(&mask, t->bytes, 8);
	if (mismatches <= 20)
		printf("MISMATCH %s (%s): size=%u dir=%u readable=%zu mask=%#llx harness=%s kernel=%s%s\n",
		       t->what, state, t->size, t->dir, t->readable, (unsigned long long)mask,
		       want ? strerror(want) : "ok", got ? strerror(got) : "ok",
		       want == got ? " (bytes differ)" : "");
}

static void base(struct tcase *t, const char *what, unsigned int size, uint64_t mask)
{
	memset(t, 0, sizeof(*t));
	t->dir = DIR_RW;
	t->size = size;
	t->readable = size < 8 ? 8 : size <= PAGE ? size : PAGE;
	memcpy(t->bytes, &mask, sizeof(mask));
	t->what = what;
}

/* 0, below VER0, each version and one past it, the largest this kernel writes, PAGE_SIZE and past it, the largest _IOC_SIZE. */
static const unsigned int sizes[] = { 0, 1, 8, 56, 63, 64, 65, 71, 72, 73, 79, 80, 81, 87, 88, 89, 96, 128, 4095, 4096, 4097, 8192, 16383 };

static void boundary_cases(void)
{
	static const unsigned int dirs[] = { _IOC_NONE, _IOC_READ, _IOC_WRITE, DIR_RW };
	struct tcase *t = malloc(sizeof(*t));
	size_t i, j;
	int bit;

	if (!t)
		exit(2);
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		for (j = 0; j < sizeof(dirs) / sizeof(dirs[0]); j++) {
			base(t, "size and direction", sizes[i], 0);
			t->dir = dirs[j];
			run(t);
		}
		for (j = 0; j < 3; j++) {
			base(t, "size, junk after the mask", sizes[i], j == 0 ? 0 : j == 1 ? 0xff : 0x18);
			memset(t->bytes + 8, 0xa5, sizeof(t->bytes) - 8);
			run(t);
		}
		base(t, "size, NULL", sizes[i], 0);
		t->null_arg = 1;
		run(t);
	}
	for (bit = 0; bit < 64; bit++) {
		for (i = 0; i < 5; i++) {
			static const unsigned int some[] = { 64, 68, 72, 80, 88 };

			base(t, "one mask bit", some[i], 1ULL << bit);
			run(t);
		}
	}
	for (i = 0; i <= 96; i += 4) {
		base(t, "writable prefix", 88, 0x1f);
		t->readable = i;
		run(t);
		base(t, "writable prefix, 4096", 4096, 0x1f);
		t->readable = i;
		run(t);
	}
	free(t);
}

static void random_case(struct tcase *t)
{
	unsigned int size = sizes[next_random() % (sizeof(sizes) / sizeof(sizes[0]))];
	uint64_t mask = next_random() % 4 ? next_random() & 0xff : next_random();

	if (next_random() % 2)
		size = 56 + (unsigned int)(next_random() % 48);
	base(t, "random", size, mask);
	if (next_random() % 3 == 0)
		memset(t->bytes + 8, (int)(next_random() & 0xff), t->readable > 8 ? t->readable - 8 : 0);
	if (next_random() % 10 == 0)
		t->readable = next_random() % (t->readable + 1);
	if (next_random() % 30 == 0)
		t->dir = (unsigned int)(next_random() % 4);
	if (next_random() % 40 == 0)
		t->null_arg = 1;
}

static void batch(unsigned long random_cases)
{
	struct tcase *t = malloc(sizeof(*t));
	unsigned long i;

	if (!t)
		exit(2);
	boundary_cases();
	for (i = 0; i < random_cases; i++) {
		random_case(t);
		run(t);
	}
	free(t);
}

int main(int argc, char **argv)
{
	unsigned long random_cases = argc > 1 ? strtoul(argv[1], NULL, 0) : 1000;
	uint64_t seed = argc > 2 ? strtoull(argv[2], NULL, 0) : 1;
	struct pollfd pfd;
	int pipefd[2];
	pid_t child;
	char c = 0;

	rng ^= seed * 0x2545f4914f6cdd1dULL;
	region = mmap(NULL, 5 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (region == MAP_FAILED || pipe(pipefd))
		return 2;
	none_page = region + 4 * PAGE;
	if (mprotect(none_page, PAGE, PROT_NONE))
		return 2;
	child = fork();
	if (child < 0)
		return 2;
	if (child == 0) {
		close(pipefd[1]);
		if (read(pipefd[0], &c, 1) < 0)
			_exit(1);
		_exit(3);
	}
	close(pipefd[0]);
	pidfd = (int)syscall(SYS_pidfd_open, child, 0);
	if (pidfd < 0)
		return 2;

	state = "alive";
	batch(random_cases);

	/* The child exits; the pidfd becomes readable when it has (no sleeping). */
	if (write(pipefd[1], &c, 1) != 1)
		return 2;
	pfd.fd = pidfd;
	pfd.events = POLLIN;
	if (poll(&pfd, 1, -1) != 1)
		return 2;
	state = "exited";
	batch(random_cases / 2);

	if (waitpid(child, NULL, 0) != child)
		return 2;
	state = "reaped";
	batch(random_cases / 2);

	printf("cases %lu mismatches %lu answered %lu\n", cases, mismatches, answered);
	return mismatches ? 1 : 0;
}
