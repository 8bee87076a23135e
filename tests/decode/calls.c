/*
 * Makes clone3() and openat2() calls with varied structs and sizes and
 * records, for each, the bytes a tracer could read at the struct's address,
 * so that the test can decode the same bytes and compare with strace.
 *
 * Usage: calls RECORDS DIR. Each line of RECORDS is
 *   SYSCALL SIZE ADDR HEX [PEEKADDR:HEX]
 * where HEX is what is readable at ADDR, up to min(SIZE, page size) bytes
 * ("-" for nothing), and PEEKADDR:HEX the readable bytes of an array the
 * struct points to. Most calls fail on purpose (a poison bit, a bad fd): a
 * call that succeeds creates a child that exits at once and is waited for.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <linux/sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef CLONE_NEWTIME
#define CLONE_NEWTIME 0x80
#endif
#define POISON 0x400000ULL /* CLONE_DETACHED: clone3 refuses it, strace has no name for it */
#define CLONE_AUTOREAP_ 0x400000000ULL
#define CLONE_NNP_ 0x800000000ULL
#define CLONE_PIDFD_AUTOKILL_ 0x1000000000ULL
#define CLONE_EMPTY_MNTNS_ 0x2000000000ULL

static FILE *records;
static long page;
static unsigned char *area; /* two read-write pages, then one without access */
static const char *dir;

/* How many bytes at p, up to n, this process can read: strace reads the same. */
static size_t readable(const void *p, size_t n)
{
	size_t done = 0;

	while (done < n) {
		uintptr_t at = (uintptr_t)p + done;
		size_t chunk = (size_t)page - at % (size_t)page;
		unsigned char buf[65536];
		struct iovec local = { buf, chunk < n - done ? chunk : n - done };
		struct iovec remote = { (void *)at, local.iov_len };

		if (local.iov_len > sizeof(buf))
			local.iov_len = remote.iov_len = sizeof(buf);
		if (process_vm_readv(getpid(), &local, 1, &remote, 1, 0) != (ssize_t)local.iov_len)
			break;
		done += local.iov_len;
	}
	return done;
}

static void hex(const void *p, size_t n)
{
	const unsigned char *b = p;
	size_t i;

	if (!n)
		fputs("-", records);
	for (i = 0; i < n; i++)
		fprintf(records, "%02x", b[i]);
}

static void record(const char *name, const void *addr, size_t size, const void *array, size_t array_len)
{
	size_t want = size < (size_t)page ? size : (size_t)page;

	fprintf(records, "%s %zu %#lx ", name, size, (unsigned long)(uintptr_t)addr);
	hex(addr, readable(addr, want));
	if (array) {
		fprintf(records, " %#lx:", (unsigned long)(uintptr_t)array);
		hex(array, readable(array, array_len));
	}
	fputs("\n", records);
	fflush(records);
}

static void clone3_call(const void *args, size_t size, const void *array, size_t array_len)
{
	long ret;

	record("clone3", args, size, array, array_len);
	ret = syscall(SYS_clone3, args, size);
	if (ret == 0)
		_exit(0);
	if (ret > 0)
		waitpid((pid_t)ret, NULL, __WALL);
}

static struct clone_args *fresh(void)
{
	memset(area, 0, 2 * (size_t)page);
	return (struct clone_args *)area;
}

static void clone3_calls(void)
{
	struct clone_args *a;
	int pidfd = -1, tids[2] = { 1234, 5 };
	static const uint64_t signals[] = { 0, 9, 17, 32, 33, 40, 64, 65, 0x7ffffffe, 0x7fffffff,
					    0x80000000, 1ULL << 40 };
	size_t i;

	/* Valid: a child with a pidfd, and a plain fork-like VER0 call. */
	a = fresh();
	a->flags = CLONE_PIDFD;
	a->pidfd = (uintptr_t)&pidfd;
	a->exit_signal = SIGCHLD;
	clone3_call(a, 88, NULL, 0);
	if (pidfd >= 0)
		close(pidfd);
	a = fresh();
	a->exit_signal = SIGCHLD;
	clone3_call(a, 64, NULL, 0);

	/* Flags, pointers and stacks; the poison bit makes each fail. */
	a = fresh();
	a->flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | POISON;
	a->stack = 0x7f0000001000ULL;
	a->stack_size = 0x10000;
	clone3_call(a, 88, NULL, 0);
	a = fresh();
	a->flags = CLONE_SETTLS | CLONE_CHILD_SETTID | CLONE_PARENT_SETTID | CLONE_PIDFD | POISON;
	a->tls = 0x7f1234567000ULL;
	a->child_tid = 0x1000;
	a->parent_tid = 0x2000;
	a->pidfd = 0x3000;
	clone3_call(a, 88, NULL, 0);
	a = fresh();
	a->flags = CLONE_CHILD_CLEARTID | CLONE_THREAD | CLONE_VFORK | CLONE_PTRACE | POISON;
	a->child_tid = 0x1000;
	a->tls = 0x5000; /* not shown: no CLONE_SETTLS */
	clone3_call(a, 88, NULL, 0);
	a = fresh();
	a->flags = CLONE_NEWTIME | CLONE_IO | CLONE_CLEAR_SIGHAND | CLONE_NEWNS | CLONE_NEWUSER |
		   CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWCGROUP |
		   CLONE_SYSVSEM | CLONE_UNTRACED | CLONE_PARENT | POISON;
	clone3_call(a, 88, NULL, 0);

	/* Unknown bits: with names, alone, and inside CSIGNAL. */
	a = fresh();
	a->flags = CLONE_VM | (1ULL << 40) | (1ULL << 63);
	clone3_call(a, 88, NULL, 0);
	a = fresh();
	a->flags = 1ULL << 45;
	clone3_call(a, 88, NULL, 0);
	a = fresh();
	a->flags = 0x7f;
	clone3_call(a, 88, NULL, 0);
	a = fresh();
	a->flags = POISON;
	clone3_call(a, 88, NULL, 0);

	/* The Linux 7.1 flags, which strace 6.1 does not know. */
	a = fresh();
	a->flags = CLONE_AUTOREAP_ | CLONE_NNP_ | CLONE_PIDFD_AUTOKILL_ | CLONE_EMPTY_MNTNS_ | CLONE_VM;
	clone3_call(a, 88, NULL, 0);
	a = fresh();
	a->flags = CLONE_NNP_;
	clone3_call(a, 88, NULL, 0);

	/* Exit signals: names, real-time signals, numbers, and past INT_MAX. */
	for (i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) {
		a = fresh();
		a->flags = POISON;
		a->exit_signal = signals[i];
		clone3_call(a, 88, NULL, 0);
	}

	/* set_tid: an array strace reads, and the forms it prints as an address. */
	a = fresh();
	a->flags = POISON;
	a->set_tid = (uintptr_t)tids;
	a->set_tid_size = 2;
	clone3_call(a, 88, tids, sizeof(tids));
	a = fresh();
	a->set_tid = (uintptr_t)tids;
	a->set_tid_size = 2;
	a->exit_signal = SIGCHLD;
	clone3_call(a, 88, tids, sizeof(tids)); /* EPERM or EINVAL: no nested namespace */
	a = fresh();
	a->set_tid = (uintptr_t)tids;
	a->set_tid_size = 33;
	clone3_call(a, 88, NULL, 0);
	a = fresh();
	a->set_tid = (uintptr_t)tids;
	clone3_call(a, 88, NULL, 0);
	a = fresh();
	a->set_tid_size = 3;
	clone3_call(a, 88, NULL, 0);
	a = fresh();
	a->set_tid = (uintptr_t)(area + 2 * (size_t)page); /* unreadable */
	a->set_tid_size = 1;
	clone3_call(a, 88, area + 2 * (size_t)page, 4);
	a = fresh();
	memcpy(area + 2 * (size_t)page - 8, tids, sizeof(tids));
	a->set_tid = (uintptr_t)(area + 2 * (size_t)page - 4); /* second element past the end */
	a->set_tid_size = 2;
	clone3_call(a, 88, area + 2 * (size_t)page - 4, 8);

	/* cgroup: the flag, a value without it, and a size that does not reach it. */
	a = fresh();
	a->flags = CLONE_INTO_CGROUP;
	a->cgroup = 9999;
	a->exit_signal = SIGCHLD;
	clone3_call(a, 88, NULL, 0);
	a = fresh();
	a->flags = POISON;
	a->cgroup = 7;
	clone3_call(a, 88, NULL, 0);
	a = fresh();
	a->flags = CLONE_INTO_CGROUP;
	a->cgroup = 7;
	clone3_call(a, 80, NULL, 0);
	a = fresh();
	a->flags = CLONE_INTO_CGROUP;
	clone3_call(a, 88, NULL, 0);

	/* Sizes: short, partial versions, oversize with zero and non-zero tails. */
	a = fresh();
	a->flags = POISON;
	clone3_call(a, 0, NULL, 0);
	clone3_call(a, 63, NULL, 0);
	clone3_call(a, 64, NULL, 0);
	a->set_tid = 0x4000;
	clone3_call(a, 72, NULL, 0);
	clone3_call(a, 68, NULL, 0);
	a->set_tid = 0;
	clone3_call(a, 80, NULL, 0);
	clone3_call(a, 96, NULL, 0);
	area[95] = 0x5a;
	clone3_call(a, 96, NULL, 0);
	area[95] = 0;
	area[88] = 1;
	area[150] = 0xff;
	clone3_call(a, 200, NULL, 0);
	area[88] = 0;
	area[150] = 0;
	area[4000] = 7;
	clone3_call(a, (size_t)page + 100, NULL, 0);
	area[4000] = 0;
	clone3_call(a, (size_t)page + 100, NULL, 0);

	/* Bad pointers, a struct that runs into an unmapped page, a tail that does. */
	clone3_call(NULL, 88, NULL, 0);
	clone3_call((void *)1, 88, NULL, 0);
	a = (struct clone_args *)(area + 2 * (size_t)page - 40);
	clone3_call(a, 88, NULL, 0);
	a = (struct clone_args *)(area + 2 * (size_t)page - 88);
	memset(a, 0, 88);
	a->flags = POISON;
	clone3_call(a, 100, NULL, 0);
	clone3_call(a, 88, NULL, 0);
}

static void openat2_call(const struct open_how *how, size_t size, const char *name)
{
	char path[4096];
	long fd;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	record("openat2", how, size, NULL, 0);
	fd = syscall(SYS_openat2, AT_FDCWD, path, how, size);
	if (fd >= 0)
		close((int)fd);
}

static struct open_how *how_of(uint64_t flags, uint64_t mode, uint64_t resolve)
{
	struct open_how *h = (struct open_how *)area;

	memset(area, 0, 2 * (size_t)page);
	h->flags = flags;
	h->mode = mode;
	h->resolve = resolve;
	return h;
}

static void openat2_calls(void)
{
	static const uint64_t flags[] = {
		O_RDONLY, O_WRONLY, O_RDWR, O_ACCMODE, O_RDONLY | O_CLOEXEC, O_WRONLY | O_APPEND | O_TRUNC,
		O_RDWR | O_EXCL | O_NOCTTY | O_NONBLOCK, O_SYNC, O_DSYNC, O_RDONLY | 04000000,
		O_DIRECT | O_NOATIME, 0100000 /* the kernel's O_LARGEFILE; glibc's is 0 */, O_PATH | O_DIRECTORY | O_NOFOLLOW, FASYNC,
		O_RDONLY | (1ULL << 40), 1ULL << 40, O_ACCMODE | (1ULL << 63) | O_CLOEXEC,
	};
	size_t i;

	openat2_call(how_of(O_RDONLY | O_CLOEXEC, 0, RESOLVE_BENEATH), 24, "");
	openat2_call(how_of(O_WRONLY | O_CREAT, 0644, 0), 24, "created");
	openat2_call(how_of(O_CREAT | O_EXCL | O_WRONLY, 0, 0), 24, "created0");
	openat2_call(how_of(O_RDWR | O_TMPFILE, 0600, 0), 24, "");
	openat2_call(how_of(O_RDONLY, 0644, 0), 24, "x"); /* a mode without O_CREAT: EINVAL */
	openat2_call(how_of(O_CREAT, 07777, 0), 24, "created7");
	openat2_call(how_of(O_CREAT, 0170000, 0), 24, "x");
	for (i = 0; i < sizeof(flags) / sizeof(flags[0]); i++)
		openat2_call(how_of(flags[i], 0, RESOLVE_NO_XDEV), 24, "missing");
	openat2_call(how_of(0, 0, RESOLVE_NO_XDEV | RESOLVE_NO_MAGICLINKS | RESOLVE_NO_SYMLINKS |
					RESOLVE_BENEATH | RESOLVE_IN_ROOT | RESOLVE_CACHED), 24, "x");
	openat2_call(how_of(0, 0, 0x40), 24, "x");
	openat2_call(how_of(0, 0, RESOLVE_CACHED | 0x40 | (1ULL << 50)), 24, "x");

	/* Sizes and pointers. */
	how_of(O_RDONLY, 0, 0);
	openat2_call((struct open_how *)area, 0, "x");
	openat2_call((struct open_how *)area, 23, "x");
	openat2_call((struct open_how *)area, 32, "x");
	area[31] = 0x80;
	openat2_call((struct open_how *)area, 32, "x");
	area[31] = 0;
	area[24] = 0x11;
	area[99] = 0x22;
	openat2_call((struct open_how *)area, 100, "x");
	openat2_call((struct open_how *)area, 57, "x");
	openat2_call((struct open_how *)area, 56, "x");
	area[24] = area[99] = 0;
	openat2_call((struct open_how *)area, 5000, "x");
	openat2_call(NULL, 24, "x");
	openat2_call((struct open_how *)1, 24, "x");
	openat2_call((struct open_how *)(area + 2 * (size_t)page - 16), 24, "x");
	memset(area + 2 * (size_t)page - 24, 0, 24);
	openat2_call((struct open_how *)(area + 2 * (size_t)page - 24), 40, "x");
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s RECORDS DIR\n", argv[0]);
		return 2;
	}
	records = fopen(argv[1], "w");
	dir = argv[2];
	page = sysconf(_SC_PAGESIZE);
	area = mmap(NULL, 3 * (size_t)page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (!records || area == MAP_FAILED || mprotect(area + 2 * (size_t)page, (size_t)page, PROT_NONE)) {
		perror("setup");
		return 1;
	}
	clone3_calls();
	openat2_calls();
	return fclose(records) ? 1 : 0;
}
