/*
 * The generated libc clone3 wrapper, for real: prints "ok - name",
 * "not ok - name" or "skip - name: reason" per test and exits non-zero if
 * any failed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "clone_args.h"

#ifndef P_PIDFD
#define P_PIDFD 3
#endif

static int failures;

static void report(int ok, const char *name)
{
	printf("%s - %s\n", ok ? "ok" : "not ok", name);
	if (!ok)
		failures++;
}

static int exit_code_of(pid_t pid)
{
	int status;

	if (waitpid(pid, &status, __WALL) != pid)
		return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void test_exit_status(size_t size, const char *name)
{
	struct cg_clone_args args = { .exit_signal = SIGCHLD };
	pid_t pid = cg_clone3_fork(&args, size);

	if (pid == 0)
		_exit(7);
	report(pid > 0 && exit_code_of(pid) == 7, name);
}

static void test_pidfd(void)
{
	int pidfd = -1;
	struct cg_clone_args args = { .flags = CG_CLONE_PIDFD, .pidfd = (uintptr_t)&pidfd,
				      .exit_signal = SIGCHLD };
	siginfo_t info;
	pid_t pid = cg_clone3_fork(&args, sizeof(args));

	if (pid == 0)
		_exit(9);
	memset(&info, 0, sizeof(info));
	report(pid > 0 && pidfd >= 0 && waitid((idtype_t)P_PIDFD, (id_t)pidfd, &info, WEXITED) == 0 &&
		       info.si_pid == pid && info.si_status == 9,
	       "CLONE_PIDFD and waitid(P_PIDFD)");
	if (pidfd >= 0)
		close(pidfd);
}

static int cgroup2_mount(char *out, size_t n)
{
	FILE *f = fopen("/proc/self/mounts", "r");
	char dev[256], dir[256], type[64];
	int found = 0;

	while (f && fscanf(f, "%255s %255s %63s %*[^\n]", dev, dir, type) == 3) {
		if (!found && strcmp(type, "cgroup2") == 0) {
			snprintf(out, n, "%s", dir);
			found = 1;
		}
	}
	if (f)
		fclose(f);
	return found;
}

static void test_into_cgroup(void)
{
	char mount[256], dir[512], path[64], line[512];
	int fd, go[2], in_cgroup = 0;
	struct cg_clone_args args = { .flags = CG_CLONE_INTO_CGROUP, .exit_signal = SIGCHLD };
	FILE *f;
	pid_t pid;

	if (!cgroup2_mount(mount, sizeof(mount))) {
		printf("skip - CLONE_INTO_CGROUP: no cgroup2 mount\n");
		return;
	}
	snprintf(dir, sizeof(dir), "%s/clonegen-libc-%d", mount, (int)getpid());
	if (mkdir(dir, 0755) && errno != EEXIST) {
		printf("skip - CLONE_INTO_CGROUP: cannot create %s: %s\n", dir, strerror(errno));
		return;
	}
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0 || pipe(go)) {
		report(0, "CLONE_INTO_CGROUP setup");
		return;
	}
	args.cgroup = (uint64_t)fd;
	pid = cg_clone3_fork(&args, sizeof(args));
	if (pid == 0) {
		char c;

		close(go[1]);
		_exit(read(go[0], &c, 1) == 0 ? 0 : 1);
	}
	close(go[0]);
	snprintf(path, sizeof(path), "/proc/%d/cgroup", (int)pid);
	f = pid > 0 ? fopen(path, "r") : NULL;
	while (f && fgets(line, sizeof(line), f)) {
		char want[64];

		snprintf(want, sizeof(want), "/clonegen-libc-%d\n", (int)getpid());
		if (strncmp(line, "0::", 3) == 0 && strlen(line) >= strlen(want) &&
		    strcmp(line + strlen(line) - strlen(want), want) == 0)
			in_cgroup = 1;
	}
	if (f)
		fclose(f);
	close(go[1]);
	report(pid > 0 && in_cgroup && exit_code_of(pid) == 0, "CLONE_INTO_CGROUP, checked in /proc/PID/cgroup");
	close(fd);
	rmdir(dir);
}

static void test_set_tid_in_new_pid_namespace(void)
{
	pid_t tids[2] = { 1, 0 };
	struct cg_clone_args args = { .flags = CG_CLONE_NEWPID, .exit_signal = SIGCHLD,
				      .set_tid = (uintptr_t)tids, .set_tid_size = 2 };
	char path[64];
	pid_t pid, candidate;

	/* A pid that nobody has in the parent namespace. */
	for (candidate = 30000; candidate > 20000; candidate--) {
		snprintf(path, sizeof(path), "/proc/%d", (int)candidate);
		if (access(path, F_OK))
			break;
	}
	tids[1] = candidate;
	pid = cg_clone3_fork(&args, sizeof(args));
	if (pid == 0)
		_exit(getpid() == 1 ? 0 : 1);
	if (pid < 0 && (errno == EPERM || errno == EEXIST)) {
		printf("skip - set_tid in a new PID namespace: %s\n", strerror(errno));
		return;
	}
	report(pid == candidate && exit_code_of(pid) == 0, "set_tid in a new PID namespace");
}

static volatile int shared_value;

static int child_fn(void *arg)
{
	shared_value = *(int *)arg;
	return 3;
}

static void test_vm_vfork_stack(void)
{
	static char stack[64 * 1024] __attribute__((aligned(16)));
	int value = 42;
	struct cg_clone_args args = { .flags = CG_CLONE_VM | CG_CLONE_VFORK, .exit_signal = SIGCHLD,
				      .stack = (uintptr_t)stack, .stack_size = sizeof(stack) };
	pid_t pid;

	shared_value = 0;
	pid = cg_clone3_run(&args, sizeof(args), child_fn, &value);
	/* CLONE_VFORK: the child has run and exited before we get here. */
	report(pid > 0 && shared_value == 42 && exit_code_of(pid) == 3, "CLONE_VM | CLONE_VFORK with a child stack");
}

static void test_fork_helper_refuses_shared_memory(void)
{
	struct cg_clone_args args = { .flags = CG_CLONE_VM, .exit_signal = SIGCHLD };
	pid_t pid = cg_clone3_fork(&args, sizeof(args));

	report(pid == -1 && errno == EINVAL, "the fork helper refuses CLONE_VM");
}

static int install_filter(int err)
{
	struct sock_filter filter[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 435, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (err & SECCOMP_RET_DATA)),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { .len = sizeof(filter) / sizeof(filter[0]), .filter = filter };

	return prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog);
}

/* Runs in a child under a filter that answers ENOSYS for clone3. Exit code: failed step. */
static int fallback_steps(void)
{
	struct cg_clone_args simple = { .exit_signal = SIGCHLD };
	struct cg_clone_args cgroup = { .flags = CG_CLONE_INTO_CGROUP, .exit_signal = SIGCHLD };
	struct cg_clone_args newtime = { .flags = CG_CLONE_NEWTIME, .exit_signal = SIGCHLD };
	pid_t tid = 1;
	struct cg_clone_args settid = { .exit_signal = SIGCHLD, .set_tid = (uintptr_t)&tid, .set_tid_size = 1 };
	int pidfd = -1;
	struct cg_clone_args withpidfd = { .flags = CG_CLONE_PIDFD, .pidfd = (uintptr_t)&pidfd, .exit_signal = SIGCHLD };
	siginfo_t info;
	pid_t pid;

	if (install_filter(ENOSYS))
		return 10;
	if (syscall(435, &simple, sizeof(simple)) != -1 || errno != ENOSYS)
		return 11;
	pid = cg_clone3_fork(&simple, sizeof(simple));
	if (pid == 0)
		_exit(5);
	if (pid < 0 || exit_code_of(pid) != 5)
		return 12;
	if (!cg_clone3_missing())
		return 13;
	if (cg_clone3_fork(&cgroup, sizeof(cgroup)) != -1 || errno != ENOSYS)
		return 14;
	if (cg_clone3_fork(&newtime, sizeof(newtime)) != -1 || errno != ENOSYS)
		return 15;
	if (cg_clone3_fork(&settid, sizeof(settid)) != -1 || errno != ENOSYS)
		return 16;
	if (waitpid(-1, NULL, WNOHANG | __WALL) != -1 || errno != ECHILD)
		return 17;	/* something was created after all */
	pid = cg_clone3_fork(&withpidfd, sizeof(withpidfd));
	if (pid == 0)
		_exit(6);
	memset(&info, 0, sizeof(info));
	if (pid < 0 || pidfd < 0 || waitid((idtype_t)P_PIDFD, (id_t)pidfd, &info, WEXITED) ||
	    info.si_pid != pid || info.si_status != 6)
		return 18;
	return 0;
}

/* Requests clone3() refuses that clone() would take: the fallback must refuse each the same way. */
static int parent_tid_word = 12345;
static struct {
	const char *name;
	struct cg_clone_args args;
} refused_by_clone3[] = {
	{ "exit_signal 100", { .exit_signal = 100 } },
	{ "exit_signal 0xff", { .exit_signal = 0xff } },
	{ "CLONE_DETACHED", { .flags = CG_CLONE_DETACHED, .exit_signal = SIGCHLD } },
	{ "CLONE_PARENT with SIGCHLD", { .flags = CG_CLONE_PARENT, .exit_signal = SIGCHLD } },
	{ "CLONE_THREAD with SIGCHLD", { .flags = CG_CLONE_THREAD | CG_CLONE_SIGHAND, .exit_signal = SIGCHLD } },
	{ "CLONE_PIDFD with pidfd NULL and parent_tid set", { .flags = CG_CLONE_PIDFD, .exit_signal = SIGCHLD } },
	{ "CLONE_SIGHAND with CLONE_CLEAR_SIGHAND", { .flags = CG_CLONE_SIGHAND | CG_CLONE_CLEAR_SIGHAND,
						      .exit_signal = SIGCHLD } },
	{ "set_tid_size 33 without set_tid", { .exit_signal = SIGCHLD, .set_tid_size = 33 } },
};

#define NREFUSED (sizeof(refused_by_clone3) / sizeof(refused_by_clone3[0]))

/* The raw clone3()'s errno for @args; a child it makes after all exits at once (and fails the case). */
static int clone3_errno(const struct cg_clone_args *args)
{
	long ret = syscall(435, args, sizeof(*args));

	if (ret == 0)
		syscall(SYS_exit, 0);
	if (ret > 0) {
		exit_code_of((pid_t)ret);
		return 0;
	}
	return errno;
}

/*
 * In a child: clone3()'s answer to each request, then under a filter that
 * answers ENOSYS for clone3 the fork helper's, through its clone() fallback.
 * Exit code: 0, or 20 + the number of cases that differ or made a child.
 */
static int fallback_parity_steps(void)
{
	int want[NREFUSED], bad = 0;
	size_t i;
	pid_t pid;

	for (i = 0; i < NREFUSED; i++) {
		if (refused_by_clone3[i].args.flags & CG_CLONE_PIDFD)
			refused_by_clone3[i].args.parent_tid = (uintptr_t)&parent_tid_word;
		want[i] = clone3_errno(&refused_by_clone3[i].args);
		if (!want[i])
			return 19; /* clone3 took it: not a case for this test */
	}
	if (install_filter(ENOSYS))
		return 10;
	for (i = 0; i < NREFUSED; i++) {
		pid = cg_clone3_fork(&refused_by_clone3[i].args, sizeof(refused_by_clone3[i].args));
		if (pid == 0)
			_exit(0);
		if (pid > 0)
			exit_code_of(pid);
		if (pid != -1 || errno != want[i] || parent_tid_word != 12345 || !cg_clone3_missing()) {
			printf("# %s: clone3 says %d, the fallback %ld errno %d\n", refused_by_clone3[i].name, want[i],
			       (long)pid, pid == -1 ? errno : 0);
			bad++;
		}
	}
	if (bad)
		return 20 + bad;
	return waitpid(-1, NULL, WNOHANG | __WALL) == -1 && errno == ECHILD ? 0 : 18;
}

static int no_fallback_steps(void)
{
	struct cg_clone_args simple = { .exit_signal = SIGCHLD };

	if (install_filter(EPERM))
		return 10;
	if (cg_clone3_fork(&simple, sizeof(simple)) != -1 || errno != EPERM)
		return 11;
	if (cg_clone3_missing())
		return 12;
	if (waitpid(-1, NULL, WNOHANG | __WALL) != -1 || errno != ECHILD)
		return 13;
	return 0;
}

static void in_child(int (*steps)(void), const char *name)
{
	pid_t pid = fork();
	int code;

	if (pid == 0)
		_exit(steps());
	code = exit_code_of(pid);
	if (code)
		printf("# %s: step %d failed\n", name, code);
	report(code == 0, name);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	test_exit_status(sizeof(struct cg_clone_args), "child exit status");
	test_exit_status(CG_CLONE_ARGS_SIZE_VER0, "a VER0 caller");
	test_exit_status(CG_CLONE_ARGS_SIZE_VER1, "a VER1 caller");
	test_pidfd();
	test_into_cgroup();
	test_set_tid_in_new_pid_namespace();
	test_vm_vfork_stack();
	test_fork_helper_refuses_shared_memory();
	in_child(fallback_steps, "ENOSYS from seccomp falls back to clone()");
	in_child(no_fallback_steps, "EPERM from seccomp is an answer, not a missing syscall");
	in_child(fallback_parity_steps, "ENOSYS from seccomp: the fallback refuses what clone3 refuses, with its errno");
	/* A sibling a fallback made with CLONE_PARENT would be ours: none may outlive the test. */
	while (waitpid(-1, NULL, __WALL) > 0)
		;
	return failures ? 1 : 0;
}
