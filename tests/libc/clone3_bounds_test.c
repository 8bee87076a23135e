/*
 * cg_clone3_fork() touches no byte the kernel would not: a request at the
 * very end of a mapping, followed by a PROT_NONE page, gives for every size
 * the raw system call's answer (E2BIG, EINVAL, EFAULT), never SIGSEGV. Then
 * the same under a seccomp filter that answers ENOSYS for clone3, where the
 * helper's own checks stand in for the kernel's and give its answers. Prints "ok - name" or
 * "not ok - name" per case.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "clone_args.h"

static int failures;

static void report(int ok, const char *name, long got, int err, long want, int want_err)
{
	printf("%s - %s", ok ? "ok" : "not ok", name);
	if (!ok)
		printf(" (got %ld errno %d, want %ld errno %d)", got, err, want, want_err);
	printf("\n");
	if (!ok)
		failures++;
}

/* Two pages: the first readable and writable, the second PROT_NONE. */
static unsigned char *edge(void)
{
	long page = sysconf(_SC_PAGESIZE);
	unsigned char *p = mmap(NULL, (size_t)page * 2, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED || mprotect(p + page, (size_t)page, PROT_NONE))
		return NULL;
	return p + page;
}

struct bounds_case {
	const char *name;
	size_t back; /* the request starts this many bytes before the PROT_NONE page */
	size_t size;
};

static const struct bounds_case cases[] = {
	{ "size 4097 at the end of a page", sizeof(struct cg_clone_args), 4097 },
	{ "size 1 MiB at the end of a page", sizeof(struct cg_clone_args), 1 << 20 },
	{ "size SIZE_MAX at the end of a page", sizeof(struct cg_clone_args), SIZE_MAX },
	{ "size 8 at the last byte of a page", 1, 8 },
	{ "size VER0 at the last byte of a page", 1, CG_CLONE_ARGS_SIZE_VER0 },
	{ "size one page, the tail unmapped", sizeof(struct cg_clone_args), 4096 },
	{ "size latest + 8, the tail unmapped", sizeof(struct cg_clone_args), sizeof(struct cg_clone_args) + 8 },
	{ "size 0", sizeof(struct cg_clone_args), 0 },
};

/* Each case against the raw system call; the exit signal is 0 so a child would show. */
static void against_the_kernel(unsigned char *end, const char *prefix, int missing)
{
	size_t i;
	char name[160];

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct cg_clone_args *args = (const void *)(end - cases[i].back);
		long want = syscall(435, args, cases[i].size);
		int want_err = errno;
		long got;
		int err;

		if (want == 0)
			_exit(0);
		errno = 0;
		got = cg_clone3_fork(args, cases[i].size);
		err = errno;
		if (got == 0)
			_exit(0);
		if (missing) /* the helper's checks stand in for the kernel's */
			want_err = cases[i].size > 4096 ? E2BIG : cases[i].size < CG_CLONE_ARGS_SIZE_VER0 ? EINVAL : EFAULT;
		snprintf(name, sizeof(name), "%s%s", prefix, cases[i].name);
		report(got == -1 && want == -1 && err == want_err, name, got, err, want, want_err);
	}
}

static int install_enosys_filter(void)
{
	struct sock_filter filter[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 435, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { .len = sizeof(filter) / sizeof(filter[0]), .filter = filter };

	return prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog);
}

int main(void)
{
	unsigned char *end = edge();
	struct cg_clone_args *args;
	long got;

	setvbuf(stdout, NULL, _IONBF, 0);
	if (!end) {
		printf("not ok - mmap\n");
		return 1;
	}
	memset(end - 4096, 0, 4096);
	against_the_kernel(end, "", 0);

	/* A readable non-zero tail is the kernel's E2BIG, read by the kernel. */
	args = (struct cg_clone_args *)(void *)(end - sizeof(*args) - 8);
	end[-1] = 1;
	got = cg_clone3_fork(args, sizeof(*args) + 8);
	report(got == -1 && errno == E2BIG, "a non-zero tail", got, errno, -1, E2BIG);
	end[-1] = 0;

	if (install_enosys_filter()) {
		printf("not ok - seccomp filter: %s\n", strerror(errno));
		return 1;
	}
	against_the_kernel(end, "ENOSYS from seccomp: ", 1);
	end[-1] = 1;
	errno = 0;
	got = cg_clone3_fork(args, sizeof(*args) + 8);
	report(got == -1 && errno == E2BIG, "ENOSYS from seccomp: a non-zero tail is E2BIG", got, errno, -1, E2BIG);
	end[-1] = 0;
	args->exit_signal = SIGCHLD;
	got = cg_clone3_fork(args, sizeof(*args) + 8);
	if (got == 0)
		_exit(4);
	report(got > 0 && waitpid((pid_t)got, NULL, 0) == got, "ENOSYS from seccomp: a zero tail forks", got, errno, 1, 0);
	return failures ? 1 : 0;
}
