/*
 * Differential test: the generated sched_attr copy-in (with its write-back of
 * the size) and copy-out, linked from the generated kernel/sched/sched_attr.c
 * with sched_model.c below them, against the running kernel's sched_setattr()
 * and sched_getattr() on the calling thread.
 *
 * For each case the same bytes are placed at the same address (the struct
 * ends where a PROT_NONE page begins, so unreadable sizes fault as in the
 * kernel), once for the kernel and once for the harness. Compared: the errno,
 * every byte of the caller's memory afterwards (the size written back, the
 * struct copied out), and after a successful sched_setattr() the thread's
 * policy, nice value (clamped) and reset-on-fork flag as sched_getattr()
 * reports them against what the generated copy-in filled.
 *
 * Usage: sched_attr_diff [random-cases [seed]].
 * Prints "cases N mismatches M set S got G".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "harness.h"

struct kernel_sched_attr_view {
	uint32_t size, policy;
	uint64_t sched_flags;
};
extern struct kernel_sched_attr_view harness_last_sched;

long sys_sched_setattr(int pid, void *uargs, unsigned int flags);
long sys_sched_getattr(int pid, void *uargs, unsigned int usize, unsigned int flags);

#define PAGE 4096UL
#define VER0 48
#define VER1 56

struct tcase {
	unsigned char bytes[2 * PAGE];
	size_t readable;	/* bytes before the PROT_NONE page */
	int null_uargs;
	int pid;
	unsigned int flags;
	unsigned int usize;	/* sched_getattr only */
	const char *what;
};

struct attr {
	uint32_t size, policy;
	uint64_t flags;
	int32_t nice;
	uint32_t priority;
	uint64_t runtime, deadline, period;
	uint32_t util_min, util_max;
};

static unsigned char *region, *none_page;
static unsigned long cases, mismatches, set_ok, got_ok;
static uint64_t rng = 0x13198a2e03707344ULL;

static uint64_t next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

long harness_real_getattr(void *buf, unsigned int size)
{
	return syscall(SYS_sched_getattr, 0, buf, size, 0) ? -1 : 0;
}

static void reset_thread(void)
{
	struct attr a = { .size = VER0 };

	if (syscall(SYS_sched_setattr, 0, &a, 0)) {
		perror("reset sched_setattr");
		exit(2);
	}
}

static size_t span(const struct tcase *t)
{
	return (t->readable + 7) & ~7UL;
}

static unsigned char *place(const struct tcase *t)
{
	unsigned char *uargs;

	if (t->null_uargs)
		return NULL;
	/* The struct is 8-byte aligned, as a C compiler places it: readable rounds up. */
	uargs = none_page - span(t);
	memcpy(uargs, t->bytes, span(t));
	return uargs;
}

static void put32(struct tcase *t, size_t off, uint32_t v)
{
	memcpy(t->bytes + off, &v, sizeof(v));
}

static void put64(struct tcase *t, size_t off, uint64_t v)
{
	memcpy(t->bytes + off, &v, sizeof(v));
}

static void report(const struct tcase *t, const char *how, int want, int got)
{
	uint32_t size;

	mismatches++;
	memcpy(&size, t->bytes, 4);
	if (mismatches <= 20)
		printf("MISMATCH %s (%s): size=%u usize=%u readable=%zu pid=%d flags=%u harness=%s kernel=%s\n",
		       t->what, how, size, t->usize, t->readable, t->pid, t->flags,
		       want ? strerror(want) : "ok", got ? strerror(got) : "ok");
}

static void run_set(const struct tcase *t)
{
	static unsigned char after_kernel[2 * PAGE];
	struct attr now;
	long harness, kernel;
	int want, got;

	reset_thread();
	kernel = syscall(SYS_sched_setattr, t->pid, place(t), t->flags);
	got = kernel ? errno : 0;
	memcpy(after_kernel, none_page - span(t), span(t));
	if (syscall(SYS_sched_getattr, 0, &now, sizeof(now), 0))
		exit(2);
	reset_thread();
	harness = sys_sched_setattr(t->pid, place(t), t->flags);
	want = harness ? (int)-harness : 0;
	cases++;
	if (want != got) {
		report(t, "errno", want, got);
		return;
	}
	if (memcmp(after_kernel, none_page - span(t), span(t))) {
		report(t, "bytes written back", want, got);
		return;
	}
	if (got)
		return;
	set_ok++;
	if ((int)now.policy != harness_sched_after.policy ||
	    (now.policy != 5 && now.nice != harness_sched_after.nice) ||
	    !!(now.flags & 1) != harness_sched_after.reset_on_fork) {
		report(t, "thread state", want, got);
		if (mismatches <= 20)
			printf("  policy %u nice %d reset %d; harness: policy %d nice %d reset %d; "
			       "sched_flags %#llx\n", now.policy, now.nice, (int)(now.flags & 1),
			       harness_sched_after.policy, harness_sched_after.nice,
			       harness_sched_after.reset_on_fork,
			       (unsigned long long)harness_last_sched.sched_flags);
	}
}

static void run_get(const struct tcase *t)
{
	static unsigned char after_kernel[2 * PAGE];
	long harness, kernel;
	int want, got;

	reset_thread();
	kernel = syscall(SYS_sched_getattr, t->pid, place(t), t->usize, t->flags);
	got = kernel ? errno : 0;
	memcpy(after_kernel, none_page - span(t), span(t));
	harness = sys_sched_getattr(t->pid, place(t), t->usize, t->flags);
	want = harness ? (int)-harness : 0;
	cases++;
	if (want != got)
		report(t, "getattr errno", want, got);
	else if (memcmp(after_kernel, none_page - span(t), span(t)))
		report(t, "getattr bytes copied out", want, got);
	else if (!got)
		got_ok++;
}

static void base(struct tcase *t, const char *what, uint32_t size)
{
	memset(t, 0, sizeof(*t));
	t->readable = size > VER1 && size <= PAGE ? size : VER1;
	if (size > PAGE)
		t->readable = PAGE + 64;
	put32(t, 0, size);
	t->what = what;
}

/* Every size boundary: 0, below VER0, each version and one past it with zero and non-zero tails, PAGE_SIZE and one past it. */
static const uint32_t sizes[] = { 0, 1, 4, 8, 47, 48, 49, 55, 56, 57, 63, 64, 100, 4095, 4096, 4097, 8192, 0xffffffffu };

static void boundary_cases(void)
{
	struct tcase t;
	size_t i, off;

	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		base(&t, "size", sizes[i]);
		run_set(&t);
		base(&t, "size with NULL", sizes[i]);
		t.null_uargs = 1;
		run_set(&t);
		base(&t, "size, unknown util flag", sizes[i]);
		put64(&t, 8, 0x20);
		run_set(&t);
		if (sizes[i] > VER1 && sizes[i] <= PAGE) {
			base(&t, "size, non-zero last byte", sizes[i]);
			t.bytes[sizes[i] - 1] = 0x80;
			run_set(&t);
		}
	}
	for (off = VER1; off < 200; off++) {
		base(&t, "tail byte", 200);
		t.bytes[off] = 1;
		run_set(&t);
	}
	for (off = 0; off <= 64; off++) {
		base(&t, "readable prefix", VER1);
		t.readable = off;
		run_set(&t);
		base(&t, "readable prefix, size 0", 0);
		t.readable = off;
		run_set(&t);
		base(&t, "readable prefix, size 100, non-zero tail", 100);
		t.bytes[60] = 1;
		t.readable = off + 40;
		run_set(&t);
	}
	for (i = 0; i < 64; i++) {
		base(&t, "one sched_flags bit", VER1);
		put64(&t, 8, 1ULL << i);
		run_set(&t);
		base(&t, "one sched_flags bit, VER0", VER0);
		put64(&t, 8, 1ULL << i);
		run_set(&t);
		base(&t, "one policy bit", VER1);
		put32(&t, 4, 1U << (i % 32));
		run_set(&t);
	}
	for (i = 0; i < 80; i++) {
		base(&t, "nice", i % 2 ? VER0 : 0);
		put32(&t, 16, (uint32_t)((int)i * 3 - 120));
		run_set(&t);
	}
	{
		static const int32_t nices[] = { INT32_MIN, INT32_MIN + 1, -21, -20, -19, 18, 19, 20, INT32_MAX };

		for (i = 0; i < sizeof(nices) / sizeof(nices[0]); i++) {
			base(&t, "nice edge", VER1);
			put32(&t, 16, (uint32_t)nices[i]);
			run_set(&t);
			base(&t, "nice edge, keep params", VER1);
			put32(&t, 16, (uint32_t)nices[i]);
			put64(&t, 8, 0x10);
			run_set(&t);
		}
	}
	{
		static const int pids[] = { 0, -1, -4096 };
		static const unsigned int flags[] = { 0, 1, 0x80000000u };
		size_t j;

		for (i = 0; i < 3; i++)
			for (j = 0; j < 3; j++) {
				base(&t, "pid and flags", VER1);
				t.pid = pids[i] ? pids[i] : (int)gettid();
				t.flags = flags[j];
				run_set(&t);
			}
	}
	/* sched_getattr: every usize boundary, unwritable buffers, NULL, pid and flags. */
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		size_t fill;

		for (fill = 0; fill < 3; fill++) {
			base(&t, "getattr usize", 0);
			t.usize = sizes[i];
			t.readable = sizes[i] <= PAGE ? sizes[i] : PAGE;
			if (t.readable < 64)
				t.readable = 64;
			memset(t.bytes, fill == 0 ? 0 : fill == 1 ? 0xff : 0x5a, t.readable);
			run_get(&t);
		}
		base(&t, "getattr usize, NULL", 0);
		t.usize = sizes[i];
		t.null_uargs = 1;
		run_get(&t);
		base(&t, "getattr usize, short buffer", 0);
		t.usize = sizes[i];
		t.readable = (sizes[i] <= PAGE ? sizes[i] : PAGE) / 2;
		memset(t.bytes, 0xee, sizeof(t.bytes));
		run_get(&t);
	}
}

static void random_set(struct tcase *t)
{
	static const uint32_t policies[] = { 0, 0, 0, 0, 3, 5, 4, 8, 0x80000000u, 0xffffffffu };
	uint32_t size = sizes[next_random() % (sizeof(sizes) / sizeof(sizes[0]))];
	uint64_t flags = next_random() & 0x7f;
	size_t i;

	if (next_random() % 3)
		size = next_random() % 2 ? VER0 : VER1;
	base(t, "random setattr", size);
	if (next_random() % 3)
		flags &= ~0x60ULL;	/* mostly no util clamp: the request goes through */
	if (next_random() % 16 == 0)
		flags |= 1ULL << (next_random() % 64);
	put32(t, 4, policies[next_random() % (sizeof(policies) / sizeof(policies[0]))]);
	put64(t, 8, flags);
	put32(t, 16, next_random() % 4 ? (uint32_t)((int)(next_random() % 81) - 40) : (uint32_t)next_random());
	put32(t, 20, next_random() % 8 ? 0 : (uint32_t)(next_random() % 120));
	for (i = 24; i < 48; i += 8)
		put64(t, i, next_random() % 4 ? 0 : next_random() % 200000000);
	put32(t, 48, (uint32_t)next_random());
	put32(t, 52, (uint32_t)next_random());
	if (size > VER1 && size <= PAGE && next_random() % 3 == 0)
		t->bytes[VER1 + next_random() % (size - VER1)] = (unsigned char)(1 + next_random() % 255);
	if (next_random() % 10 == 0)
		t->readable = next_random() % (t->readable + 1);
	if (next_random() % 40 == 0)
		t->null_uargs = 1;
	if (next_random() % 40 == 0)
		t->pid = -1;
	if (next_random() % 40 == 0)
		t->flags = 1;
}

static void random_get(struct tcase *t)
{
	base(t, "random getattr", 0);
	t->usize = next_random() % 2 ? sizes[next_random() % (sizeof(sizes) / sizeof(sizes[0]))]
				     : (uint32_t)(next_random() % 200);
	t->readable = t->usize <= PAGE ? t->usize : PAGE;
	if (next_random() % 8 == 0)
		t->readable = next_random() % (t->readable + 1);
	memset(t->bytes, (int)(next_random() & 0xff), t->readable);
	if (next_random() % 40 == 0)
		t->flags = 1;
	if (next_random() % 40 == 0)
		t->pid = -1;
}

int main(int argc, char **argv)
{
	unsigned long random_cases = argc > 1 ? strtoul(argv[1], NULL, 0) : 3000;
	uint64_t seed = argc > 2 ? strtoull(argv[2], NULL, 0) : 1;
	struct tcase *t = malloc(sizeof(*t));
	unsigned long i;

	rng ^= seed * 0x2545f4914f6cdd1dULL;
	region = mmap(NULL, 5 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (!t || region == MAP_FAILED)
		return 2;
	none_page = region + 4 * PAGE;
	if (mprotect(none_page, PAGE, PROT_NONE))
		return 2;
	boundary_cases();
	for (i = 0; i < random_cases; i++) {
		if (i % 4 == 3) {
			random_get(t);
			run_get(t);
		} else {
			random_set(t);
			run_set(t);
		}
	}
	reset_thread();
	printf("cases %lu mismatches %lu set %lu got %lu\n", cases, mismatches, set_ok, got_ok);
	free(t);
	return mismatches ? 1 : 0;
}
