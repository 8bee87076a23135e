/*
 * cg_spawn() for real: programs started with file actions, a working
 * directory, a cgroup and a pidfd; failures before execve() reported with
 * the step; the fallback rungs under seccomp filters (ENOSYS: clone();
 * E2BIG for a size above VER0: clone3() of VER0; EPERM: an answer); and
 * 4 threads spawning into a cgroup while 2 threads allocate, with no
 * descriptor or zombie left. Prints "ok - name", "not ok - name" or
 * "skip - name: reason"; exits non-zero if any failed.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pthread.h>
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
static char cgroup_dir[512];
static int cgroup_fd = -1;

static void report(int ok, const char *name)
{
	printf("%s - %s\n", ok ? "ok" : "not ok", name);
	if (!ok)
		failures++;
}

static int exit_code_of(pid_t pid)
{
	int status;

	if (waitpid(pid, &status, 0) != pid)
		return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static int no_children(void)
{
	return waitpid(-1, NULL, WNOHANG) == -1 && errno == ECHILD;
}

/* Run argv with @attr; its stdout into @buf. Returns the exit code, or -1000 - error. */
static int capture(const char *file, char *const argv[], struct cg_spawn_attr *attr, char *buf, size_t n,
		   struct cg_spawn_result *res)
{
	struct cg_spawn_action acts[8];
	struct cg_spawn_attr local;
	int p[2], err, code;
	size_t got = 0;
	ssize_t r;

	if (pipe2(p, O_CLOEXEC))
		return -2000;
	local = *attr;
	memset(acts, 0, sizeof(acts));
	memcpy(acts, attr->actions, attr->nactions * sizeof(acts[0]));
	acts[attr->nactions].kind = CG_SPAWN_DUP2;
	acts[attr->nactions].fd = p[1];
	acts[attr->nactions].newfd = 1;
	local.actions = acts;
	local.nactions = attr->nactions + 1;
	err = cg_spawn(file, argv, NULL, &local, res);
	close(p[1]);
	while (got + 1 < n && (r = read(p[0], buf + got, n - 1 - got)) > 0)
		got += (size_t)r;
	buf[got] = 0;
	close(p[0]);
	if (err)
		return -1000 - err;
	code = exit_code_of(res->pid);
	if (res->pidfd >= 0)
		close(res->pidfd);
	return code;
}

static void test_true_with_pidfd(void)
{
	char *argv[] = { "true", NULL };
	struct cg_spawn_attr attr = { .flags = CG_SPAWN_PIDFD | CG_SPAWN_SEARCH_PATH };
	struct cg_spawn_result res;
	siginfo_t info;
	int err = cg_spawn("true", argv, NULL, &attr, &res);

	memset(&info, 0, sizeof(info));
	report(err == 0 && res.pid > 0 && res.pidfd >= 0 && res.rung == CG_SPAWN_RUNG_CLONE3 &&
		       waitid((idtype_t)P_PIDFD, (id_t)res.pidfd, &info, WEXITED) == 0 && info.si_pid == res.pid &&
		       info.si_status == 0,
	       "true on PATH, with a pidfd, through clone3");
	if (res.pidfd >= 0)
		close(res.pidfd);
}

static void test_failures(void)
{
	char *argv[] = { "clonegen-no-such-program", NULL };
	char *sh[] = { "sh", "-c", "exit 3", NULL };
	struct cg_spawn_attr attr = { .flags = CG_SPAWN_PIDFD | CG_SPAWN_SEARCH_PATH };
	struct cg_spawn_result res;
	int fds_before = 0, err;

	errno = 1234;
	err = cg_spawn("clonegen-no-such-program", argv, NULL, &attr, &res);
	report(err == ENOENT && res.step == CG_SPAWN_AT_EXEC && res.pid == -1 && res.pidfd == -1 &&
		       errno == 1234 && no_children(),
	       "a missing program: ENOENT at exec, child reaped, errno untouched");
	attr.cwd = "/clonegen-no-such-directory";
	err = cg_spawn("sh", sh, NULL, &attr, &res);
	report(err == ENOENT && res.step == CG_SPAWN_AT_CWD && no_children(), "a bad cwd: ENOENT at cwd");
	attr.cwd = "/";
	err = cg_spawn("sh", sh, NULL, &attr, &res);
	report(err == 0 && exit_code_of(res.pid) == 3, "sh -c 'exit 3' in /: exit code 3");
	if (res.pidfd >= 0)
		close(res.pidfd);
	(void)fds_before;
	attr.cwd = NULL;
	attr.clone_flags = CG_CLONE_VM;
	report(cg_spawn("sh", sh, NULL, &attr, &res) == EINVAL && res.rung == 0,
	       "clone flags spawn makes itself are refused with EINVAL");
}

static void test_file_actions(void)
{
	char *echo[] = { "sh", "-c", "echo hello; echo oops >&2", NULL };
	char out[256], path[] = "/tmp/clonegen-spawn-XXXXXX";
	int tmp = mkstemp(path), code, leaky, hidden;
	struct cg_spawn_action acts[1] = { { .kind = CG_SPAWN_OPEN, .fd = 2, .oflag = O_WRONLY | O_TRUNC,
					     .path = path } };
	struct cg_spawn_attr attr = { .flags = CG_SPAWN_SEARCH_PATH, .actions = acts, .nactions = 1 };
	struct cg_spawn_result res;
	char probe[128];
	char *test_fd[] = { "sh", "-c", probe, NULL };
	int keep[1];
	FILE *f;

	code = capture("sh", echo, &attr, out, sizeof(out), &res);
	f = fopen(path, "r");
	report(code == 0 && strcmp(out, "hello\n") == 0 && f && fgets(probe, sizeof(probe), f) &&
		       strcmp(probe, "oops\n") == 0,
	       "dup2 of a pipe to stdout, open of a file as stderr");
	if (f)
		fclose(f);
	close(tmp);
	unlink(path);

	leaky = open("/dev/null", O_RDONLY);	     /* inheritable */
	hidden = open("/dev/null", O_RDONLY | O_CLOEXEC); /* kept: made inheritable */
	snprintf(probe, sizeof(probe), "test -e /proc/self/fd/%d && echo leaky; test -e /proc/self/fd/%d && echo kept",
		 leaky, hidden);
	keep[0] = hidden;
	memset(&attr, 0, sizeof(attr));
	attr.flags = CG_SPAWN_SEARCH_PATH | CG_SPAWN_CLOSE_FDS;
	attr.keep_fds = keep;
	attr.nkeep = 1;
	code = capture("sh", test_fd, &attr, out, sizeof(out), &res);
	report(code == 0 && strcmp(out, "kept\n") == 0, "close every descriptor but those kept");
	close(leaky);
	close(hidden);
}

static unsigned long long status_field(const char *text, const char *name)
{
	const char *at = strstr(text, name);

	return at ? strtoull(at + strlen(name), NULL, 16) : ~0ULL;
}

static void test_signals_and_session(void)
{
	char *cat[] = { "cat", "/proc/self/status", NULL };
	char *stat[] = { "cat", "/proc/self/stat", NULL };
	char out[4096];
	sigset_t mask, def;
	struct cg_spawn_attr attr = { .flags = CG_SPAWN_SEARCH_PATH };
	struct cg_spawn_result res;
	int code, pid, sid;

	signal(SIGUSR1, SIG_IGN);
	signal(SIGUSR2, SIG_IGN);
	sigemptyset(&mask);
	sigaddset(&mask, SIGWINCH);
	sigemptyset(&def);
	sigaddset(&def, SIGUSR2);
	attr.flags |= CG_SPAWN_SETSIGMASK | CG_SPAWN_SETSIGDEF;
	attr.sigmask = &mask;
	attr.sigdefault = &def;
	code = capture("cat", cat, &attr, out, sizeof(out), &res);
	report(code == 0 && (status_field(out, "SigIgn:") & (1ULL << (SIGUSR1 - 1))) &&
		       !(status_field(out, "SigIgn:") & (1ULL << (SIGUSR2 - 1))) &&
		       status_field(out, "SigBlk:") == 1ULL << (SIGWINCH - 1),
	       "signal mask set, SIGUSR1 still ignored, SIGUSR2 back to default");
	signal(SIGUSR1, SIG_DFL);
	signal(SIGUSR2, SIG_DFL);

	memset(&attr, 0, sizeof(attr));
	attr.flags = CG_SPAWN_SEARCH_PATH | CG_SPAWN_SETSID;
	code = capture("cat", stat, &attr, out, sizeof(out), &res);
	report(code == 0 && sscanf(out, "%d %*s %*c %*d %*d %d", &pid, &sid) == 2 && pid == sid && pid == res.pid,
	       "setsid: the child leads a new session");
}

/* Wait for every child left, so that none outlives the test whatever the library did. */
static void reap_all(void)
{
	while (waitpid(-1, NULL, __WALL) > 0 || errno == EINTR)
		;
}

/* The caller's state a spawn's child must not change: its descriptors, stdout and cwd. */
struct caller_state {
	char cwd[512];
	dev_t out_dev;
	ino_t out_ino;
	int nfds;
};

static int count_fds(void);

static void caller_state(struct caller_state *s)
{
	struct stat st;

	memset(s, 0, sizeof(*s));
	if (!getcwd(s->cwd, sizeof(s->cwd)))
		s->cwd[0] = 0;
	if (fstat(1, &st) == 0) {
		s->out_dev = st.st_dev;
		s->out_ino = st.st_ino;
	}
	s->nfds = count_fds();
}

static int same_state(const struct caller_state *a, const struct caller_state *b)
{
	return strcmp(a->cwd, b->cwd) == 0 && a->out_dev == b->out_dev && a->out_ino == b->out_ino &&
	       a->nfds == b->nfds;
}

/*
 * In a child of the test: spawn true with @flag, every descriptor but stdio
 * closed, /dev/null as its stdout and /proc as its cwd. Exit code 0: refused
 * with EINVAL before any child, and the caller's descriptors, stdout and cwd
 * as they were.
 */
static int refused_flag_steps(uint64_t flag)
{
	char *argv[] = { "true", NULL };
	struct caller_state before, after;
	struct cg_spawn_action act;
	struct cg_spawn_attr attr;
	struct cg_spawn_result res;
	int null = open("/dev/null", O_WRONLY), marker = open("/dev/null", O_RDONLY), err, code = 0;

	if (null < 3 || marker < 3 || chdir("/"))
		return 10;
	memset(&act, 0, sizeof(act));
	act.kind = CG_SPAWN_DUP2;
	act.fd = null;
	act.newfd = 1;
	memset(&attr, 0, sizeof(attr));
	attr.flags = CG_SPAWN_SEARCH_PATH | CG_SPAWN_CLOSE_FDS;
	attr.actions = &act;
	attr.nactions = 1;
	attr.cwd = "/proc";
	attr.clone_flags = flag;
	caller_state(&before);
	err = cg_spawn("true", argv, NULL, &attr, &res);
	caller_state(&after);
	if (err != EINVAL)
		code = 11;
	else if (res.rung != 0 || res.pid != -1 || !no_children())
		code = 12;
	else if (fcntl(marker, F_GETFD) < 0 || fcntl(null, F_GETFD) < 0)
		code = 13; /* the caller's descriptors were closed */
	else if (!same_state(&before, &after))
		code = 14; /* its stdout, cwd or descriptors changed */
	reap_all();
	return code;
}

static const struct {
	const char *name;
	uint64_t flag;
} refused_flags[] = {
	{ "CLONE_FILES", CG_CLONE_FILES },
	{ "CLONE_FS", CG_CLONE_FS },
	{ "CLONE_SYSVSEM", CG_CLONE_SYSVSEM },
	{ "CLONE_PARENT", CG_CLONE_PARENT },
	{ "CLONE_VM", CG_CLONE_VM },
	{ "CLONE_VFORK", CG_CLONE_VFORK },
	{ "CLONE_SIGHAND", CG_CLONE_SIGHAND },
	{ "CLONE_THREAD", CG_CLONE_THREAD },
	{ "CLONE_SETTLS", CG_CLONE_SETTLS },
	{ "CLONE_PARENT_SETTID", CG_CLONE_PARENT_SETTID },
	{ "CLONE_CHILD_SETTID", CG_CLONE_CHILD_SETTID },
	{ "CLONE_CHILD_CLEARTID", CG_CLONE_CHILD_CLEARTID },
	{ "CLONE_PIDFD", CG_CLONE_PIDFD },
	{ "CLONE_INTO_CGROUP", CG_CLONE_INTO_CGROUP },
};

static void test_refused_flags(void)
{
	char name[160];
	size_t i;

	for (i = 0; i < sizeof(refused_flags) / sizeof(refused_flags[0]); i++) {
		pid_t pid = fork();
		int code;

		if (pid == 0)
			_exit(refused_flag_steps(refused_flags[i].flag));
		code = exit_code_of(pid);
		reap_all();
		if (code)
			printf("# %s: step %d\n", refused_flags[i].name, code);
		snprintf(name, sizeof(name), "%s is refused with EINVAL; the caller keeps its descriptors and cwd",
			 refused_flags[i].name);
		report(code == 0, name);
	}
}

static int install_filter(unsigned int ret_errno, int only_large);

/* Under a filter that answers ENOSYS for clone3: CLONE_PARENT makes no sibling through clone() either. */
static int parent_under_enosys_steps(void)
{
	char *argv[] = { "true", NULL };
	struct cg_spawn_attr attr = { .flags = CG_SPAWN_SEARCH_PATH, .clone_flags = CG_CLONE_PARENT };
	struct cg_spawn_result res;

	if (install_filter(ENOSYS, 0))
		return 99;
	return cg_spawn("true", argv, NULL, &attr, &res) == EINVAL && res.rung == 0 ? 0 : 1;
}

static void test_clone_parent(void)
{
	pid_t pid = fork();
	int code;

	if (pid == 0)
		_exit(parent_under_enosys_steps());
	code = exit_code_of(pid);
	/* A sibling made all the same would be ours now: it must not exist. */
	report(code == 0 && no_children(), "CLONE_PARENT under an ENOSYS filter: EINVAL, no sibling made through clone()");
	reap_all();
}

/* cg_spawn() with @out NULL, in a child of the test: EINVAL, never SIGSEGV. */
static int null_out_steps(void)
{
	char *argv[] = { "true", NULL };
	struct cg_spawn_attr attr = { .flags = CG_SPAWN_SEARCH_PATH };

	return cg_spawn("true", argv, NULL, &attr, NULL) == EINVAL && no_children() ? 0 : 1;
}

/* One attribute posix_spawn() would refuse: @want before any child exists. */
static void expect_refused(struct cg_spawn_attr *attr, int want, const char *name)
{
	char *argv[] = { "true", NULL };
	struct cg_spawn_result res;
	int err;

	attr->flags |= CG_SPAWN_SEARCH_PATH;
	err = cg_spawn("true", argv, NULL, attr, &res);
	if (err == 0)
		exit_code_of(res.pid);
	if (err != want || res.rung != 0 || res.step != CG_SPAWN_AT_CLONE)
		printf("# %s: error %d, rung %d, step %d\n", name, err, res.rung, res.step);
	report(err == want && res.rung == 0 && res.step == CG_SPAWN_AT_CLONE && res.pid == -1 && no_children(), name);
}

static void test_bad_attributes(void)
{
	int keep[2] = { 0, -1 };
	struct cg_spawn_action act;
	struct cg_spawn_attr attr;
	pid_t pid = fork();
	int code;

	if (pid == 0)
		_exit(null_out_steps());
	code = exit_code_of(pid);
	report(code == 0, "out NULL: EINVAL, no child, no SIGSEGV");
	reap_all();

	memset(&attr, 0, sizeof(attr));
	attr.flags = 1U << 20;
	expect_refused(&attr, EINVAL, "an unknown attr->flags bit: EINVAL");
	memset(&attr, 0, sizeof(attr));
	attr.flags = CG_SPAWN_SETSIGMASK;
	expect_refused(&attr, EINVAL, "CG_SPAWN_SETSIGMASK with sigmask NULL: EINVAL");
	memset(&attr, 0, sizeof(attr));
	attr.flags = CG_SPAWN_SETSIGDEF;
	expect_refused(&attr, EINVAL, "CG_SPAWN_SETSIGDEF with sigdefault NULL: EINVAL");
	memset(&attr, 0, sizeof(attr));
	attr.flags = CG_SPAWN_CLOSE_FDS;
	attr.keep_fds = keep;
	attr.nkeep = 2;
	expect_refused(&attr, EBADF, "a negative keep_fds entry: EBADF");
	memset(&attr, 0, sizeof(attr));
	attr.flags = CG_SPAWN_CGROUP;
	attr.cgroup = -1;
	expect_refused(&attr, EBADF, "CG_SPAWN_CGROUP with cgroup -1: EBADF");
	memset(&act, 0, sizeof(act));
	act.kind = 99;
	memset(&attr, 0, sizeof(attr));
	attr.actions = &act;
	attr.nactions = 1;
	expect_refused(&attr, EINVAL, "an unknown file action: EINVAL");
	act.kind = CG_SPAWN_DUP2;
	act.fd = -1;
	act.newfd = 1;
	expect_refused(&attr, EBADF, "a file action on descriptor -1: EBADF");
	act.fd = 1;
	act.reserved = 1;
	expect_refused(&attr, EINVAL, "a file action with reserved set: EINVAL");
}

static int cgroup2_setup(void)
{
	FILE *f = fopen("/proc/self/mounts", "r");
	char dev[256], dir[256], type[64];
	int found = 0;

	while (f && fscanf(f, "%255s %255s %63s %*[^\n]", dev, dir, type) == 3)
		if (!found && strcmp(type, "cgroup2") == 0) {
			snprintf(cgroup_dir, sizeof(cgroup_dir), "%s/clonegen-spawn-%d", dir, (int)getpid());
			found = 1;
		}
	if (f)
		fclose(f);
	if (!found || (mkdir(cgroup_dir, 0755) && errno != EEXIST))
		return 0;
	cgroup_fd = open(cgroup_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	return cgroup_fd >= 0;
}

/* The child's cgroup, read by the child itself; rung as @want_rung. */
static int spawn_into_cgroup(int want_rung)
{
	char *cat[] = { "cat", "/proc/self/cgroup", NULL };
	char out[1024], want[600];
	struct cg_spawn_attr attr = { .flags = CG_SPAWN_SEARCH_PATH | CG_SPAWN_CGROUP | CG_SPAWN_PIDFD,
				      .cgroup = cgroup_fd };
	struct cg_spawn_result res;
	int code = capture("cat", cat, &attr, out, sizeof(out), &res);

	snprintf(want, sizeof(want), "%s\n", strrchr(cgroup_dir, '/'));
	if (code != 0)
		return 100 + (code < 0 ? -code - 1000 : code);
	if (res.rung != want_rung)
		return 200 + res.rung;
	if (strlen(out) < strlen(want) || strcmp(out + strlen(out) - strlen(want), want))
		return 300;
	return 0;
}

static int install_filter(unsigned int ret_errno, int only_large)
{
	struct sock_filter filter[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 435, 0, 3),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[1])),
		BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, only_large ? CG_CLONE_ARGS_SIZE_VER0 + 1 : 0, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (ret_errno & SECCOMP_RET_DATA)),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { .len = sizeof(filter) / sizeof(filter[0]), .filter = filter };

	return prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog);
}

static int under_filter(unsigned int err, int only_large, int want_rung)
{
	pid_t pid = fork();

	if (pid == 0) {
		if (install_filter(err, only_large))
			_exit(99);
		_exit(spawn_into_cgroup(want_rung));
	}
	return exit_code_of(pid);
}

static int eperm_steps(void)
{
	char *argv[] = { "true", NULL };
	struct cg_spawn_attr attr = { .flags = CG_SPAWN_SEARCH_PATH | CG_SPAWN_CGROUP, .cgroup = cgroup_fd };
	struct cg_spawn_result res;

	if (install_filter(EPERM, 0))
		return 99;
	if (cg_spawn("true", argv, NULL, &attr, &res) != EPERM || res.rung != CG_SPAWN_RUNG_CLONE3)
		return 1;
	return no_children() ? 0 : 2;
}

static int atomic_steps(void)
{
	char *argv[] = { "true", NULL };
	struct cg_spawn_attr attr = { .flags = CG_SPAWN_SEARCH_PATH | CG_SPAWN_CGROUP | CG_SPAWN_ATOMIC,
				      .cgroup = cgroup_fd };
	struct cg_spawn_result res;

	if (install_filter(ENOSYS, 0))
		return 99;
	if (cg_spawn("true", argv, NULL, &attr, &res) != ENOSYS)
		return 1;
	return no_children() ? 0 : 2;
}

static void test_cgroup(void)
{
	int code;
	pid_t pid;

	code = spawn_into_cgroup(CG_SPAWN_RUNG_CLONE3);
	if (code)
		printf("# step %d\n", code);
	report(code == 0, "into a cgroup with CLONE_INTO_CGROUP");
	code = under_filter(ENOSYS, 0, CG_SPAWN_RUNG_CLONE);
	if (code)
		printf("# step %d\n", code);
	report(code == 0, "ENOSYS from seccomp: clone(), the child joins the cgroup");
	code = under_filter(E2BIG, 1, CG_SPAWN_RUNG_CLONE3_VER0);
	if (code)
		printf("# step %d\n", code);
	report(code == 0, "E2BIG for the cgroup field: clone3() of VER0, the child joins the cgroup");
	pid = fork();
	if (pid == 0)
		_exit(eperm_steps());
	report(exit_code_of(pid) == 0, "EPERM from seccomp is an answer: no child");
	pid = fork();
	if (pid == 0)
		_exit(atomic_steps());
	report(exit_code_of(pid) == 0, "CG_SPAWN_ATOMIC: ENOSYS, no fallback, no child");
}

static int probe_steps(unsigned int err, int only_large)
{
	struct cg_clone3_probe p;
	int ret;

	if (install_filter(err, only_large))
		return 99;
	ret = cg_clone3_probe(&p);
	if (!only_large)
		return ret == (int)err && p.error == (int)err && p.version == -1 && !p.checked ? 0 : 1;
	/* E2BIG above VER0, as from a kernel that knows VER0 only */
	if (ret || p.error || p.version != 0 || p.size != CG_CLONE_ARGS_SIZE_VER0)
		return 2;
	return p.cgroup_errno == E2BIG && !p.checked && !p.flags ? 0 : 3;
}

static int bit_of(uint64_t flag)
{
	int bit = 0;

	while (!((flag >> bit) & 1))
		bit++;
	return bit;
}

static void test_probe(void)
{
	struct cg_clone3_probe p;
	pid_t pid;
	int ret = cg_clone3_probe(&p), code;
	uint64_t want = CG_CLONE_PIDFD | CG_CLONE_INTO_CGROUP | CG_CLONE_NEWPID | CG_CLONE_VM | CG_CLONE_VFORK |
			CG_CLONE_CLEAR_SIGHAND | CG_CLONE_NEWTIME | CG_CLONE_THREAD;

	report(ret == 0 && p.error == 0 && p.version == 2 && p.size == CG_CLONE_ARGS_SIZE_VER2 && !p.cgroup_errno &&
		       (p.flags & want) == want && no_children(),
	       "probe: clone3 with VER2 and the flags of Linux 5.7+");
	report((p.checked & CG_CLONE_DETACHED) && !(p.flags & CG_CLONE_DETACHED) &&
		       p.flag_errno[bit_of(CG_CLONE_DETACHED)] == EINVAL,
	       "probe: CLONE_DETACHED is refused by clone3 with EINVAL");
	printf("# probe: flags accepted %#llx of %#llx checked\n", (unsigned long long)p.flags,
	       (unsigned long long)p.checked);
	pid = fork();
	if (pid == 0)
		_exit(probe_steps(ENOSYS, 0));
	report(exit_code_of(pid) == 0, "probe: ENOSYS from seccomp is no clone3");
	pid = fork();
	if (pid == 0)
		_exit(probe_steps(EPERM, 0));
	report(exit_code_of(pid) == 0, "probe: EPERM from seccomp is policy");
	pid = fork();
	if (pid == 0)
		_exit(probe_steps(E2BIG, 1));
	code = exit_code_of(pid);
	if (code)
		printf("# step %d\n", code);
	report(code == 0, "probe: E2BIG above VER0 is version VER0, no cgroup field");
}

/* Threads: spawners into the cgroup, allocators beside them. */
#define SPAWNERS 4
#define SPAWNS 1000
static volatile int stop_allocating;
static int spawn_errors;
static pthread_mutex_t count_lock = PTHREAD_MUTEX_INITIALIZER;

static void *allocator(void *unused)
{
	(void)unused;
	while (!stop_allocating) {
		void *p = malloc(4096 + (size_t)(rand() & 0xffff));

		if (p)
			memset(p, 1, 64);
		free(p);
	}
	return NULL;
}

static void *spawner(void *unused)
{
	char *argv[] = { "/bin/true", NULL };
	struct cg_spawn_attr attr = { .flags = CG_SPAWN_PIDFD | CG_SPAWN_CLOSE_FDS };
	struct cg_spawn_result res;
	siginfo_t info;
	int i, bad = 0;

	(void)unused;
	if (cgroup_fd >= 0) {
		attr.flags |= CG_SPAWN_CGROUP;
		attr.cgroup = cgroup_fd;
	}
	for (i = 0; i < SPAWNS; i++) {
		if (cg_spawn("/bin/true", argv, NULL, &attr, &res)) {
			bad++;
			continue;
		}
		memset(&info, 0, sizeof(info));
		if (waitid((idtype_t)P_PIDFD, (id_t)res.pidfd, &info, WEXITED) || info.si_status != 0)
			bad++;
		close(res.pidfd);
	}
	pthread_mutex_lock(&count_lock);
	spawn_errors += bad;
	pthread_mutex_unlock(&count_lock);
	return NULL;
}

static int count_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	int n = 0;

	while (d && readdir(d))
		n++;
	if (d)
		closedir(d);
	return n;
}

static void test_threads(void)
{
	pthread_t s[SPAWNERS], a[2];
	int i, before = count_fds();

	for (i = 0; i < 2; i++)
		pthread_create(&a[i], NULL, allocator, NULL);
	for (i = 0; i < SPAWNERS; i++)
		pthread_create(&s[i], NULL, spawner, NULL);
	for (i = 0; i < SPAWNERS; i++)
		pthread_join(s[i], NULL);
	stop_allocating = 1;
	for (i = 0; i < 2; i++)
		pthread_join(a[i], NULL);
	if (spawn_errors)
		printf("# %d spawns failed\n", spawn_errors);
	report(spawn_errors == 0 && count_fds() == before && no_children(),
	       "4 threads x 1000 spawns while 2 threads allocate: no descriptor or zombie left");
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	test_true_with_pidfd();
	test_failures();
	test_file_actions();
	test_signals_and_session();
	test_refused_flags();
	test_clone_parent();
	test_bad_attributes();
	test_probe();
	if (cgroup2_setup())
		test_cgroup();
	else
		printf("skip - cgroup: no cgroup2 mount to create %s in\n", cgroup_dir);
	test_threads();
	if (cgroup_fd >= 0) {
		close(cgroup_fd);
		rmdir(cgroup_dir);
	}
	return failures ? 1 : 0;
}
