/*
 * Differential test: the generated clone3 copy-in, validity function and
 * entry stub (linked from the generated kernel/clone_args.c, with the model
 * of the rest of the kernel in clone_model.c) against the running kernel.
 *
 * Every case is the same bytes, size and readability handed to both. The
 * harness answers 0 ("the kernel would create the task") or -errno; the real
 * clone3() answers a child pid or -errno. A child made by the real call runs
 * four instructions: it exits without touching memory, so even CLONE_VM with
 * the parent's stack is safe.
 *
 * Usage: clone3_diff [random-cases [seed]]. Prints "cases N mismatches M".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"

long sys_clone3(void *uargs, size_t usize);

#define PAGE 4096UL
#define TASK_SIZE_MAX 0x7ffffffff000UL
#define KERNEL_ADDR 0xffffffff81000000UL
#define UNMAPPED_ADDR 0x1000UL

#define F_VM 0x100ULL
#define F_FS 0x200ULL
#define F_FILES 0x400ULL
#define F_SIGHAND 0x800ULL
#define F_PIDFD 0x1000ULL
#define F_PTRACE 0x2000ULL
#define F_VFORK 0x4000ULL
#define F_PARENT 0x8000ULL
#define F_THREAD 0x10000ULL
#define F_SYSVSEM 0x40000ULL
#define F_SETTLS 0x80000ULL
#define F_PARENT_SETTID 0x100000ULL
#define F_CHILD_CLEARTID 0x200000ULL
#define F_DETACHED 0x400000ULL
#define F_UNTRACED 0x800000ULL
#define F_CHILD_SETTID 0x1000000ULL
#define F_IO 0x80000000ULL
#define F_CLEAR_SIGHAND (1ULL << 32)
#define F_INTO_CGROUP (1ULL << 33)

/* Offsets of struct clone_args, as the kernel publishes them. */
enum { O_FLAGS = 0, O_PIDFD = 8, O_CHILD_TID = 16, O_PARENT_TID = 24, O_EXIT_SIGNAL = 32,
       O_STACK = 40, O_STACK_SIZE = 48, O_TLS = 56, O_SET_TID = 64, O_SET_TID_SIZE = 72,
       O_CGROUP = 80 };

struct tcase {
	unsigned char bytes[2 * PAGE + 64];
	size_t size;
	size_t readable;	/* bytes readable from uargs on */
	int null_uargs;
	int set_tid[4];		/* values put at the scratch set_tid slot */
	const char *what;
};

static unsigned char *region;	/* 4 RW pages, 1 PROT_NONE page, 1 RW scratch page */
static unsigned char *none_page;
static unsigned char *scratch;
static int cg_fd = -1, file_fd = -1;
static unsigned long cases, mismatches, created;
static uint64_t rng = 0x9e3779b97f4a7c15ULL;

/* Scratch slots: each pointer field has its own. */
#define S_PIDFD 0
#define S_PARENT_TID 64
#define S_CHILD_TID 128
#define S_SET_TID 256
#define S_STACK 1024

static uint64_t next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static uint64_t pick(const uint64_t *values, size_t n)
{
	return values[next_random() % n];
}

static void put(struct tcase *t, size_t off, uint64_t v)
{
	memcpy(t->bytes + off, &v, sizeof(v));
}

static uint64_t get(const unsigned char *bytes, size_t off)
{
	uint64_t v;

	memcpy(&v, bytes + off, sizeof(v));
	return v;
}

static long raw_clone3(void *uargs, size_t size)
{
	long ret;
	register long rdi __asm__("rdi") = (long)uargs;
	register long rsi __asm__("rsi") = (long)size;

	__asm__ volatile("mov $435, %%eax\n\t"
			 "syscall\n\t"
			 "test %%rax, %%rax\n\t"
			 "jnz 1f\n\t"
			 "mov $60, %%eax\n\t"
			 "xor %%edi, %%edi\n\t"
			 "syscall\n\t"
			 "1:\n\t"
			 : "=a"(ret)
			 : "r"(rdi), "r"(rsi)
			 : "rcx", "r11", "memory");
	return ret;
}

static void reset_scratch(const struct tcase *t)
{
	memset(scratch, 0, S_STACK);
	memcpy(scratch + S_SET_TID, t->set_tid, sizeof(t->set_tid));
}

static unsigned char *place(const struct tcase *t)
{
	unsigned char *uargs;
	size_t copy;

	if (t->null_uargs)
		return NULL;
	uargs = none_page - t->readable;
	copy = t->size < t->readable ? t->size : t->readable;
	memset(uargs, 0, t->readable);
	memcpy(uargs, t->bytes, copy);
	return uargs;
}

static void run(const struct tcase *t)
{
	unsigned char *uargs = place(t);
	uint64_t flags = get(t->bytes, O_FLAGS);
	long harness, kernel;
	int want, got;

	reset_scratch(t);
	harness = sys_clone3(uargs, t->size);
	reset_scratch(t);
	uargs = place(t);
	kernel = raw_clone3(uargs, t->size);
	if (kernel > 0) {
		created++;
		if ((flags & F_PIDFD) && get(t->bytes, O_PIDFD) == (uint64_t)(uintptr_t)(scratch + S_PIDFD))
			close(*(int *)(scratch + S_PIDFD));
		if (!(flags & (F_THREAD | F_PARENT)))
			while (waitpid((pid_t)kernel, NULL, __WALL) < 0 && errno == EINTR)
				;
	}
	want = harness == 0 ? 0 : (int)-harness;
	got = kernel > 0 ? 0 : (int)-kernel;
	cases++;
	if (want != got) {
		mismatches++;
		if (mismatches <= 20)
			printf("MISMATCH %s: size=%zu readable=%zu flags=%#llx exit_signal=%#llx "
			       "harness=%s kernel=%s\n",
			       t->what, t->size, t->readable, (unsigned long long)flags,
			       (unsigned long long)get(t->bytes, O_EXIT_SIGNAL),
			       want ? strerror(want) : "ok", got ? strerror(got) : "ok");
	}
}

static void base(struct tcase *t, const char *what)
{
	memset(t, 0, sizeof(*t));
	t->size = 88;
	t->readable = 4 * PAGE;
	t->what = what;
}

/* ---- boundaries ----------------------------------------------------- */

static void boundary_cases(void)
{
	static const size_t sizes[] = { 0, 1, 8, 63, 64, 65, 72, 79, 80, 81, 87, 88, 89, 96,
					 128, 4095, 4096, 4097, 8192, (size_t)-1 };
	struct tcase t;
	size_t i, off;
	int bit, sig;

	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		base(&t, "size");
		t.size = sizes[i];
		if (t.size <= 2 * PAGE)
			run(&t);
		/* The same sizes with a NULL struct pointer. */
		base(&t, "size with NULL");
		t.size = sizes[i];
		t.null_uargs = 1;
		run(&t);
	}
	/* A non-zero byte at every tail offset, for two struct sizes. */
	for (off = 88; off < 200; off++) {
		base(&t, "tail byte");
		t.size = 200;
		t.bytes[off] = 1;
		run(&t);
	}
	for (off = 88; off < PAGE; off += 97) {
		base(&t, "tail byte in a page-sized struct");
		t.size = PAGE;
		t.bytes[off] = 0x80;
		run(&t);
	}
	/* Readability: every prefix length around the struct and its tail. */
	for (i = 0; i <= 100; i++) {
		base(&t, "readable prefix");
		t.size = 96;
		t.readable = i;
		run(&t);
		base(&t, "readable prefix, non-zero tail");
		t.size = 96;
		t.bytes[90] = 1;
		t.readable = i;
		run(&t);
	}
	/* Flags one bit at a time, with the fields they need left zero. */
	for (bit = 0; bit < 64; bit++) {
		base(&t, "one flag bit");
		put(&t, O_FLAGS, 1ULL << bit);
		run(&t);
		base(&t, "one flag bit, VER0 caller");
		t.size = 64;
		put(&t, O_FLAGS, 1ULL << bit);
		run(&t);
	}
	/* Exit signals (not SIGKILL and SIGSTOP, which would reach this process). */
	for (sig = 0; sig < 300; sig++) {
		if (sig == SIGKILL || sig == SIGSTOP)
			continue;
		base(&t, "exit_signal");
		put(&t, O_EXIT_SIGNAL, (uint64_t)sig);
		run(&t);
	}
	{
		static const uint64_t big[] = { 1ULL << 32, (1ULL << 32) | SIGCHLD, ~0ULL, 0x100 };

		for (i = 0; i < 4; i++) {
			base(&t, "exit_signal high bits");
			put(&t, O_EXIT_SIGNAL, big[i]);
			run(&t);
		}
	}
	/* set_tid and set_tid_size around their edges. */
	for (i = 0; i <= 34; i++) {
		base(&t, "set_tid_size with array");
		put(&t, O_SET_TID, (uintptr_t)(scratch + S_SET_TID));
		put(&t, O_SET_TID_SIZE, i);
		t.set_tid[0] = -1;
		run(&t);
		base(&t, "set_tid_size without array");
		put(&t, O_SET_TID_SIZE, i);
		run(&t);
		base(&t, "set_tid_size, unreadable array");
		put(&t, O_SET_TID, (uintptr_t)(none_page - 4));
		put(&t, O_SET_TID_SIZE, i);
		t.set_tid[0] = 0;
		run(&t);
	}
	/* cgroup edges with and without CLONE_INTO_CGROUP, and per caller size. */
	{
		static const uint64_t fds[] = { 0, 0x7fffffff, 0x80000000, ~0ULL, 1000000 };
		static const size_t csizes[] = { 64, 80, 87, 88, 96 };
		size_t j;

		for (i = 0; i < 5; i++) {
			for (j = 0; j < 5; j++) {
				base(&t, "cgroup");
				t.size = csizes[j];
				put(&t, O_FLAGS, F_INTO_CGROUP);
				put(&t, O_CGROUP, fds[i]);
				run(&t);
			}
			base(&t, "cgroup without the flag");
			put(&t, O_CGROUP, fds[i]);
			run(&t);
		}
		if (cg_fd >= 0) {
			for (j = 0; j < 5; j++) {
				base(&t, "cgroup2 directory");
				t.size = csizes[j];
				put(&t, O_FLAGS, F_INTO_CGROUP);
				put(&t, O_CGROUP, (uint64_t)cg_fd);
				run(&t);
			}
		}
	}
	/* stack and stack_size edges. */
	{
		static const uint64_t stacks[][2] = {
			{ 0, 0 }, { 0, 1 }, { 1, 0 }, { 4096, 4096 },
			{ TASK_SIZE_MAX - 4096, 4096 }, { TASK_SIZE_MAX - 4096, 4097 },
			{ TASK_SIZE_MAX - 1, 1 }, { TASK_SIZE_MAX, 1 }, { TASK_SIZE_MAX - 4095, 4096 },
			{ ~0ULL, 1 }, { 1, ~0ULL }, { KERNEL_ADDR, 4096 },
		};

		for (i = 0; i < sizeof(stacks) / sizeof(stacks[0]); i++) {
			base(&t, "stack");
			put(&t, O_STACK, stacks[i][0]);
			put(&t, O_STACK_SIZE, stacks[i][1]);
			run(&t);
		}
	}
	/* Flag combinations the validity function refuses, and their neighbours. */
	{
		static const uint64_t combos[][2] = {
			{ F_SIGHAND | F_VM | F_CLEAR_SIGHAND, 0 }, { F_SIGHAND | F_VM, 0 },
			{ F_CLEAR_SIGHAND, 0 }, { F_THREAD | F_SIGHAND | F_VM, SIGCHLD },
			{ F_THREAD | F_SIGHAND | F_VM, 0 }, { F_PARENT, SIGCHLD }, { F_PARENT, 0 },
			{ F_DETACHED, 0 }, { 0x80, 0 }, { 0x7f, 0 },
		};

		for (i = 0; i < sizeof(combos) / sizeof(combos[0]); i++) {
			base(&t, "flag combination");
			put(&t, O_FLAGS, combos[i][0]);
			put(&t, O_EXIT_SIGNAL, combos[i][1]);
			run(&t);
		}
	}
	/* The pidfd and the parent's TID at one address: kernel_clone() refuses both flags. */
	{
		static const uint64_t flags[] = { F_PIDFD | F_PARENT_SETTID, F_PARENT_SETTID };
		uint64_t at = (uintptr_t)(scratch + S_PARENT_TID);

		for (i = 0; i < sizeof(flags) / sizeof(flags[0]); i++) {
			base(&t, "pidfd at parent_tid");
			put(&t, O_FLAGS, flags[i]);
			put(&t, O_PIDFD, at);
			put(&t, O_PARENT_TID, at);
			run(&t);
		}
	}
}

/* ---- random cases ---------------------------------------------------- */

static uint64_t random_pointer(int slot)
{
	const uint64_t choices[] = { 0, (uintptr_t)(scratch + slot), (uintptr_t)(scratch + slot),
				     UNMAPPED_ADDR, KERNEL_ADDR, (uintptr_t)none_page };

	return pick(choices, sizeof(choices) / sizeof(choices[0]));
}

static void random_case(struct tcase *t)
{
	static const uint64_t pool[] = { F_VM, F_FS, F_FILES, F_SIGHAND, F_PIDFD, F_PTRACE, F_VFORK,
					 F_PARENT, F_THREAD, F_SYSVSEM, F_SETTLS, F_PARENT_SETTID,
					 F_CHILD_CLEARTID, F_UNTRACED, F_CHILD_SETTID, F_IO,
					 F_CLEAR_SIGHAND, F_INTO_CGROUP, F_DETACHED };
	static const size_t sizes[] = { 64, 72, 80, 88, 88, 88, 88, 96, 65, 79, 87, 89, 63, 0,
					 4096, 4097, 200 };
	static const uint64_t signals[] = { 0, 0, 0, SIGCHLD, SIGCHLD, 64, 65, 255, 256, 1ULL << 32, SIGUSR1 };
	static const uint64_t tls[] = { 0, 0, TASK_SIZE_MAX - 1, TASK_SIZE_MAX, KERNEL_ADDR, 0x12345678 };
	uint64_t flags = 0, stack = 0, stack_size = 0;
	size_t i;
	uint64_t r;

	base(t, "random");
	for (i = 0; i < sizeof(pool) / sizeof(pool[0]); i++)
		if (next_random() % 7 == 0)
			flags |= pool[i];
	if (next_random() % 20 == 0)
		flags |= next_random();
	if ((flags & F_THREAD) && next_random() % 2)
		flags |= F_SIGHAND | F_VM;
	if ((flags & F_SIGHAND) && next_random() % 2)
		flags |= F_VM;
	t->size = pick(sizes, sizeof(sizes) / sizeof(sizes[0]));
	if (next_random() % 10 == 0)
		t->size = 64 + next_random() % 4040;
	put(t, O_FLAGS, flags);
	put(t, O_PIDFD, random_pointer(S_PIDFD));
	if (next_random() % 6 == 0)
		put(t, O_PIDFD, (uintptr_t)(scratch + S_PARENT_TID));
	put(t, O_CHILD_TID, random_pointer(S_CHILD_TID));
	put(t, O_PARENT_TID, random_pointer(S_PARENT_TID));
	put(t, O_EXIT_SIGNAL, pick(signals, sizeof(signals) / sizeof(signals[0])));
	r = next_random() % 6;
	if (r == 1) {
		stack = (uintptr_t)(scratch + S_STACK);
		stack_size = 1024;
	} else if (r == 2) {
		stack_size = 4096;
	} else if (r == 3) {
		stack = TASK_SIZE_MAX - 4096;
		stack_size = 4096 + next_random() % 2;
	} else if (r == 4) {
		stack = (uintptr_t)(scratch + S_STACK);
	}
	put(t, O_STACK, stack);
	put(t, O_STACK_SIZE, stack_size);
	put(t, O_TLS, pick(tls, sizeof(tls) / sizeof(tls[0])));
	r = next_random() % 8;
	if (r == 1 || r == 2) {
		long pid_max = harness_pid_max();
		const int values[] = { 0, -3, 1, (int)getpid(), (int)pid_max, (int)pid_max - 1 };

		put(t, O_SET_TID, (uintptr_t)(scratch + S_SET_TID));
		put(t, O_SET_TID_SIZE, 1 + next_random() % 2);
		t->set_tid[0] = values[next_random() % 6];
		t->set_tid[1] = values[next_random() % 6];
		/* A free pid the real call may take: only ever use it once. */
		if (t->set_tid[0] == (int)pid_max - 1 && harness_pid_in_use(pid_max - 1))
			t->set_tid[0] = 1;
	} else if (r == 3) {
		put(t, O_SET_TID, random_pointer(S_SET_TID));
		put(t, O_SET_TID_SIZE, next_random() % 40);
	}
	{
		const uint64_t fds[] = { 0, (uint64_t)cg_fd, (uint64_t)cg_fd, (uint64_t)file_fd,
					 0x80000000, 999999 };

		put(t, O_CGROUP, pick(fds, sizeof(fds) / sizeof(fds[0])));
	}
	if (t->size > 88 && next_random() % 4 == 0)
		t->bytes[88 + next_random() % (t->size - 88)] = (unsigned char)(1 + next_random() % 255);
	if (next_random() % 12 == 0)
		t->readable = next_random() % (t->size + 16);
	/* A thread with a cgroup of its own is out of this model's reach. */
	if ((flags & F_THREAD) && (flags & F_INTO_CGROUP))
		put(t, O_FLAGS, flags & ~F_INTO_CGROUP);
}

static int find_cgroup2(char *path, size_t n)
{
	FILE *mounts = fopen("/proc/self/mounts", "r");
	char dev[256], dir[256], type[64];
	int found = 0;

	if (!mounts)
		return 0;
	while (fscanf(mounts, "%255s %255s %63s %*[^\n]", dev, dir, type) == 3) {
		if (strcmp(type, "cgroup2") == 0) {
			snprintf(path, n, "%s", dir);
			found = 1;
			break;
		}
	}
	fclose(mounts);
	return found;
}

static int open_own_cgroup(void)
{
	char mount[256], line[512], path[1024];
	FILE *f;
	int fd = -1;

	if (!find_cgroup2(mount, sizeof(mount)))
		return -1;
	f = fopen("/proc/self/cgroup", "r");
	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f)) {
		if (strncmp(line, "0::", 3) == 0) {
			line[strcspn(line, "\n")] = 0;
			snprintf(path, sizeof(path), "%s%s", mount, line + 3);
			fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		}
	}
	fclose(f);
	return fd;
}

static int worker(unsigned long random_cases, uint64_t seed)
{
	struct tcase t;
	unsigned long i;

	rng ^= seed * 0x2545f4914f6cdd1dULL;
	region = mmap(NULL, 6 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (region == MAP_FAILED)
		return 2;
	none_page = region + 4 * PAGE;
	scratch = region + 5 * PAGE;
	if (mprotect(none_page, PAGE, PROT_NONE))
		return 2;
	cg_fd = open_own_cgroup();
	file_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
	if (cg_fd < 0)
		printf("note: no cgroup2 directory; CLONE_INTO_CGROUP success cases skipped\n");
	harness_model_enabled = 1;

	boundary_cases();
	for (i = 0; i < random_cases; i++) {
		random_case(&t);
		run(&t);
	}
	printf("cases %lu mismatches %lu created %lu\n", cases, mismatches, created);
	fflush(stdout);
	return mismatches ? 1 : 0;
}

int main(int argc, char **argv)
{
	unsigned long random_cases = argc > 1 ? strtoul(argv[1], NULL, 0) : 5000;
	uint64_t seed = argc > 2 ? strtoull(argv[2], NULL, 0) : 1;
	unsigned long long all_signals;
	pid_t pid;
	int status = 0, code = 2;

	/* Exit signals of the children (and of CLONE_PARENT grandchildren) must not hurt. */
	/* The raw call: glibc's sigprocmask() keeps its own signals 32 and 33 open. */
	all_signals = ~0ULL;
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, &all_signals, NULL, sizeof(all_signals));
	setvbuf(stdout, NULL, _IOLBF, 0);
	pid = fork();
	if (pid < 0)
		return 2;
	if (pid == 0)
		_exit(worker(random_cases, seed));
	/* CLONE_PARENT children are ours: reap everything until the worker is done. */
	for (;;) {
		pid_t done = waitpid(-1, &status, __WALL);

		if (done == pid) {
			code = WIFEXITED(status) ? WEXITSTATUS(status) : 3;
			if (WIFSIGNALED(status))
				printf("worker killed by signal %d after %lu cases\n", WTERMSIG(status), cases);
			break;
		}
		if (done < 0 && errno != EINTR)
			break;
	}
	while (waitpid(-1, NULL, __WALL | WNOHANG) > 0)
		;
	return code;
}
