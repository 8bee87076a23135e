/*
 * Embedded verbatim into the libc source of a fork-like spec, below the
 * marker, after libc_run.c (whose clonegen_stack_call() it uses). spawn: a program started the way posix_spawn()
 * starts it -- clone3() with CLONE_VM | CLONE_VFORK on a stack of its own,
 * the child doing only async-signal-safe system calls before execve() -- and
 * probe: what the running kernel accepts. The template binds the names the
 * code uses (CLONEGEN_ARGS, CLONEGEN_F(CLONE_VM), ...) to the spec's.
 */
/* --- embedded from here --- */
/* The legacy clone()'s first two arguments: s390 swaps flags and stack. */
#if defined(__s390x__) || defined(__s390__)
# define CLONEGEN_CLONE_ARGS(flags, stack) (long)(stack), (long)(flags)
#else
# define CLONEGEN_CLONE_ARGS(flags, stack) (long)(flags), (long)(stack)
#endif

#ifdef SYS_close_range
# define CLONEGEN_SYS_close_range SYS_close_range
#elif defined(__alpha__)
# define CLONEGEN_SYS_close_range 546
#elif defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32
# define CLONEGEN_SYS_close_range 4436
#else
# define CLONEGEN_SYS_close_range 436
#endif

/*
 * Flags of the request spawn makes itself, that would break the shared-memory
 * child, or that would share with the caller what the child changes before
 * execve() (the bound list says which and why), and the exit signal's bits.
 */
#define CLONEGEN_SPAWN_REFUSED ((uint64_t)CLONEGEN_SPAWN_REFUSED_FLAGS | (uint64_t)0xff)

/* Every flag of attr->flags. */
#define CLONEGEN_SPAWN_KNOWN                                                                    \
	(CLONEGEN_F(SPAWN_PIDFD) | CLONEGEN_F(SPAWN_CGROUP) | CLONEGEN_F(SPAWN_ATOMIC) |        \
	 CLONEGEN_F(SPAWN_SETSID) | CLONEGEN_F(SPAWN_SETPGROUP) | CLONEGEN_F(SPAWN_SETSIGMASK) | \
	 CLONEGEN_F(SPAWN_SETSIGDEF) | CLONEGEN_F(SPAWN_SEARCH_PATH) |                          \
	 CLONEGEN_F(SPAWN_CLOSE_FDS) | CLONEGEN_F(SPAWN_CWD_FD))

/* The kernel's sigset_t: _NSIG of the C library counts signal 0 too. */
#define CLONEGEN_KSIGSET ((_NSIG - 1) / 8)

/* What the parent hands the child; the child writes back only err, step, index. */
struct clonegen_child {
	const char *file;
	char *const *argv;
	char *const *envp;
	const CLONEGEN_ATTR *attr;
	const char *search; /* PATH to search @file in, or NULL */
	sigset_t mask;      /* the mask the program starts with */
	int join_cgroup;    /* a cgroup.procs to write "0" to, or -1 */
	volatile int err;
	volatile int step;
	volatile int index;
};

static long clonegen_sys(long nr, long a, long b, long c, long d)
{
	return syscall(nr, a, b, c, d);
}

static int clonegen_failed(struct clonegen_child *c, int step, int index)
{
	c->err = errno ? errno : EINVAL;
	c->step = step;
	c->index = index;
	syscall(SYS_exit, 127);
	return 127;
}

/* dup2(@fd, @to), and for @fd == @to the same as posix_spawn: clear FD_CLOEXEC. */
static long clonegen_dup_to(int fd, int to)
{
	long flags;

	if (fd != to)
		return clonegen_sys(SYS_dup3, fd, to, 0, 0);
	flags = clonegen_sys(SYS_fcntl, fd, F_GETFD, 0, 0);
	if (flags < 0)
		return flags;
	return clonegen_sys(SYS_fcntl, fd, F_SETFD, flags & ~FD_CLOEXEC, 0);
}

/* The lowest descriptor @a keeps that is @from or above, or ~0U. */
static unsigned int clonegen_next_kept(const CLONEGEN_ATTR *a, unsigned int from)
{
	unsigned int next = ~0U;
	size_t i;

	for (i = 0; i < a->nkeep; i++)
		if (a->keep_fds[i] >= 0 && (unsigned int)a->keep_fds[i] >= from &&
		    (unsigned int)a->keep_fds[i] < next)
			next = (unsigned int)a->keep_fds[i];
	return next;
}

/* Close every descriptor from 3 on but those @a keeps; -1 with errno on failure. */
static int clonegen_close_others(const CLONEGEN_ATTR *a)
{
	unsigned int from = 3, to, fd, limit;

	for (;;) {
		to = clonegen_next_kept(a, from);
		if (to > from && clonegen_sys(CLONEGEN_SYS_close_range, (long)from, (long)(to - 1), 0, 0) < 0) {
			if (errno != ENOSYS)
				return -1;
			/* before Linux 5.9: one by one, up to the descriptor limit */
			limit = to == ~0U ? (unsigned int)sysconf(_SC_OPEN_MAX) : to;
			for (fd = from; fd < limit; fd++)
				clonegen_sys(SYS_close, (long)fd, 0, 0, 0);
		}
		if (to == ~0U)
			return 0;
		from = to + 1;
	}
}

/* execve() of @c->file, searched in @c->search like execvp() when it has no '/'. */
static void clonegen_exec(struct clonegen_child *c)
{
	char path[4096];
	const char *dir = c->search, *end;
	size_t flen, dlen;
	int seen_eacces = 0;

	clonegen_sys(SYS_execve, (long)c->file, (long)c->argv, (long)c->envp, 0);
	if (!dir || errno != ENOENT)
		return;
	for (flen = 0; c->file[flen]; flen++)
		;
	for (;;) {
		for (end = dir; *end && *end != ':'; end++)
			;
		dlen = (size_t)(end - dir);
		if (dlen + flen + 2 <= sizeof(path)) {
			memcpy(path, dir, dlen);
			if (!dlen)
				path[dlen++] = '.';
			path[dlen] = '/';
			memcpy(path + dlen + 1, c->file, flen + 1);
			clonegen_sys(SYS_execve, (long)path, (long)c->argv, (long)c->envp, 0);
			if (errno == EACCES)
				seen_eacces = 1;
			else if (errno != ENOENT && errno != ENOTDIR && errno != ENAMETOOLONG)
				return;
		}
		if (!*end)
			break;
		dir = end + 1;
	}
	errno = seen_eacces ? EACCES : ENOENT;
}

/* The child: async-signal-safe system calls only, then execve(). */
static int clonegen_child_main(void *p)
{
	struct clonegen_child *c = (struct clonegen_child *)p;
	const CLONEGEN_ATTR *a = c->attr;
	struct sigaction dfl, old;
	size_t i;
	int sig;

	errno = 0;
	/*
	 * Handlers of the parent would run here on its memory: back to
	 * SIG_DFL, except those ignored (kept, as execve() keeps them) unless
	 * the caller asked for the default.
	 */
	memset(&dfl, 0, sizeof(dfl));
	dfl.sa_handler = SIG_DFL;
	for (sig = 1; sig < _NSIG; sig++) {
		if ((a->flags & CLONEGEN_F(SPAWN_SETSIGDEF)) && sigismember(a->sigdefault, sig) == 1) {
			sigaction(sig, &dfl, NULL);
			continue;
		}
		if (sigaction(sig, NULL, &old) || old.sa_handler == SIG_IGN || old.sa_handler == SIG_DFL)
			continue;
		sigaction(sig, &dfl, NULL);
	}
	if (c->join_cgroup >= 0 && clonegen_sys(SYS_write, c->join_cgroup, (long)"0", 1, 0) != 1)
		return clonegen_failed(c, CLONEGEN_F(SPAWN_AT_CGROUP), -1);
	if ((a->flags & CLONEGEN_F(SPAWN_SETSID)) && clonegen_sys(SYS_setsid, 0, 0, 0, 0) < 0)
		return clonegen_failed(c, CLONEGEN_F(SPAWN_AT_SESSION), -1);
	if ((a->flags & CLONEGEN_F(SPAWN_SETPGROUP)) && clonegen_sys(SYS_setpgid, 0, a->pgroup, 0, 0) < 0)
		return clonegen_failed(c, CLONEGEN_F(SPAWN_AT_SESSION), -1);
	for (i = 0; i < a->nactions; i++) {
		const CLONEGEN_ACTION *f = &a->actions[i];
		long ret = -1;

		switch (f->kind) {
		case CLONEGEN_F(SPAWN_DUP2):
			ret = clonegen_dup_to(f->fd, f->newfd);
			break;
		case CLONEGEN_F(SPAWN_CLOSE):
			ret = clonegen_sys(SYS_close, f->fd, 0, 0, 0);
			if (ret < 0 && errno == EBADF)
				ret = 0; /* closing a closed descriptor is no error, as in posix_spawn() */
			break;
		case CLONEGEN_F(SPAWN_OPEN):
			ret = clonegen_sys(SYS_openat, AT_FDCWD, (long)f->path, f->oflag, (long)f->mode);
			if (ret >= 0 && ret != f->fd) {
				int got = (int)ret;

				ret = clonegen_sys(SYS_dup3, got, f->fd, 0, 0);
				clonegen_sys(SYS_close, got, 0, 0, 0);
			}
			break;
		default:
			errno = EINVAL;
		}
		if (ret < 0)
			return clonegen_failed(c, CLONEGEN_F(SPAWN_AT_ACTION), (int)i);
	}
	if (a->cwd && clonegen_sys(SYS_chdir, (long)a->cwd, 0, 0, 0) < 0)
		return clonegen_failed(c, CLONEGEN_F(SPAWN_AT_CWD), -1);
	if ((a->flags & CLONEGEN_F(SPAWN_CWD_FD)) && clonegen_sys(SYS_fchdir, a->cwd_fd, 0, 0, 0) < 0)
		return clonegen_failed(c, CLONEGEN_F(SPAWN_AT_CWD), -1);
	if (a->flags & CLONEGEN_F(SPAWN_CLOSE_FDS)) {
		for (i = 0; i < a->nkeep; i++)
			if (a->keep_fds[i] > 2 && clonegen_dup_to(a->keep_fds[i], a->keep_fds[i]) < 0)
				return clonegen_failed(c, CLONEGEN_F(SPAWN_AT_FDS), (int)i);
		if (clonegen_close_others(a))
			return clonegen_failed(c, CLONEGEN_F(SPAWN_AT_FDS), -1);
	}
	if (clonegen_sys(SYS_rt_sigprocmask, SIG_SETMASK, (long)&c->mask, 0, CLONEGEN_KSIGSET) < 0)
		return clonegen_failed(c, CLONEGEN_F(SPAWN_AT_SIGNALS), -1);
	clonegen_exec(c);
	return clonegen_failed(c, CLONEGEN_F(SPAWN_AT_EXEC), -1);
}

/*
 * What posix_spawn() and its attribute setters refuse before any child
 * exists: unknown flags and file actions (EINVAL), a flag whose argument is
 * missing (EINVAL), a negative descriptor (EBADF). 0 or the errno value.
 */
static int clonegen_spawn_refused(const char *file, char *const argv[], const CLONEGEN_ATTR *attr)
{
	size_t i;

	if (!file || !argv || (attr->nactions && !attr->actions) || (attr->nkeep && !attr->keep_fds))
		return EINVAL;
	if ((attr->flags & ~(unsigned int)CLONEGEN_SPAWN_KNOWN) || (attr->clone_flags & CLONEGEN_SPAWN_REFUSED))
		return EINVAL;
	if (((attr->flags & CLONEGEN_F(SPAWN_SETSIGMASK)) && !attr->sigmask) ||
	    ((attr->flags & CLONEGEN_F(SPAWN_SETSIGDEF)) && !attr->sigdefault))
		return EINVAL;
	if ((attr->flags & CLONEGEN_F(SPAWN_CGROUP)) && attr->cgroup < 0)
		return EBADF;
	for (i = 0; i < attr->nkeep; i++)
		if (attr->keep_fds[i] < 0)
			return EBADF;
	for (i = 0; i < attr->nactions; i++) {
		const CLONEGEN_ACTION *f = &attr->actions[i];

		if (f->reserved || (f->kind != CLONEGEN_F(SPAWN_DUP2) && f->kind != CLONEGEN_F(SPAWN_CLOSE) &&
				    f->kind != CLONEGEN_F(SPAWN_OPEN)))
			return EINVAL;
		if (f->fd < 0 || (f->kind == CLONEGEN_F(SPAWN_DUP2) && f->newfd < 0))
			return EBADF;
		if (f->kind == CLONEGEN_F(SPAWN_OPEN) && !f->path)
			return EINVAL;
	}
	return 0;
}

/* The child's stack: in our frame, which the parent does not use until the child has exec'd. */
#define CLONEGEN_STACK 32768

static int clonegen_spawn(const char *file, char *const argv[], char *const envp[],
			  const CLONEGEN_ATTR *attr, CLONEGEN_RESULT *out)
{
	static CLONEGEN_ATTR none; /* all zero; not const, which C++ would want initialised */
	unsigned char stack[CLONEGEN_STACK] __attribute__((aligned(16)));
	struct clonegen_child c;
	CLONEGEN_ARGS args;
	sigset_t all, old;
	int pidfd = -1, saved = errno, want_cgroup, status, rung, err;
	long ret;

	if (!out)
		return EINVAL; /* where the child's pid goes: without it nobody could wait for it */
	if (!attr)
		attr = &none;
	out->pid = -1;
	out->pidfd = -1;
	out->rung = 0;
	out->step = CLONEGEN_F(SPAWN_AT_CLONE);
	out->index = -1;
	err = clonegen_spawn_refused(file, argv, attr);
	if (err)
		return err;
	want_cgroup = (attr->flags & CLONEGEN_F(SPAWN_CGROUP)) != 0;
	memset(&c, 0, sizeof(c));
	c.file = file;
	c.argv = argv;
	c.envp = envp ? envp : environ;
	c.attr = attr;
	c.join_cgroup = -1;
	c.search = NULL;
	if ((attr->flags & CLONEGEN_F(SPAWN_SEARCH_PATH)) && !strchr(file, '/')) {
		c.search = attr->path ? attr->path : getenv("PATH");
		if (!c.search)
			c.search = "/bin:/usr/bin";
	}

	/* No handler may run in the child on our memory: block all until it has reset them. */
	sigfillset(&all);
	sigemptyset(&old);
	clonegen_sys(SYS_rt_sigprocmask, SIG_SETMASK, (long)&all, (long)&old, CLONEGEN_KSIGSET);
	if (attr->flags & CLONEGEN_F(SPAWN_SETSIGMASK))
		c.mask = *attr->sigmask;
	else
		c.mask = old;

	memset(&args, 0, sizeof(args));
	args.flags = CLONEGEN_F(CLONE_VM) | CLONEGEN_F(CLONE_VFORK) | attr->clone_flags;
	if (attr->flags & CLONEGEN_F(SPAWN_PIDFD)) {
		args.flags |= CLONEGEN_F(CLONE_PIDFD);
		args.pidfd = (uint64_t)(uintptr_t)&pidfd;
	}
	if (want_cgroup) {
		args.flags |= CLONEGEN_F(CLONE_INTO_CGROUP);
		args.cgroup = (uint64_t)(unsigned int)attr->cgroup;
	}
	args.exit_signal = SIGCHLD;
	args.stack = (uint64_t)(uintptr_t)stack;
	args.stack_size = sizeof(stack);

	rung = CLONEGEN_F(SPAWN_RUNG_CLONE3);
	ret = clonegen_stack_call(CLONEGEN_NR, (long)&args, (long)sizeof(args), 0, clonegen_child_main, &c);
	if ((ret == -E2BIG || ret == -ENOSYS) && want_cgroup && !(attr->flags & CLONEGEN_F(SPAWN_ATOMIC))) {
		/* The child moves itself into the cgroup before execve(). */
		c.join_cgroup = (int)clonegen_sys(SYS_openat, attr->cgroup, (long)"cgroup.procs", O_WRONLY | O_CLOEXEC, 0);
		if (c.join_cgroup < 0) {
			ret = -errno;
			goto out;
		}
		args.flags &= ~(uint64_t)CLONEGEN_F(CLONE_INTO_CGROUP);
		args.cgroup = 0;
		if (ret == -E2BIG) {
			rung = CLONEGEN_F(SPAWN_RUNG_CLONE3_VER0);
			ret = clonegen_stack_call(CLONEGEN_NR, (long)&args, CLONEGEN_SIZE_VER0, 0, clonegen_child_main, &c);
		}
	}
	if (ret == -ENOSYS && !(attr->flags & CLONEGEN_F(SPAWN_ATOMIC)) && !(args.flags >> 32)) {
		/* clone3() is missing or filtered: clone(), which says CLONE_PIDFD through parent_tid. */
		rung = CLONEGEN_F(SPAWN_RUNG_CLONE);
		ret = clonegen_stack_call(SYS_clone,
					  CLONEGEN_CLONE_ARGS((args.flags & ~(uint64_t)0xff) | (uint64_t)SIGCHLD,
							      (uintptr_t)(stack + sizeof(stack))),
					  (long)(uintptr_t)&pidfd, clonegen_child_main, &c);
	}
out:
	clonegen_sys(SYS_rt_sigprocmask, SIG_SETMASK, (long)&old, 0, CLONEGEN_KSIGSET);
	if (c.join_cgroup >= 0)
		close(c.join_cgroup);
	out->rung = rung;
	if (ret < 0) {
		errno = saved;
		return (int)-ret;
	}
	if (c.err) {
		/* It failed before execve() and has exited: reap it, report why. */
		while (waitpid((pid_t)ret, &status, 0) < 0 && errno == EINTR)
			;
		if (pidfd >= 0)
			close(pidfd);
		out->step = c.step;
		out->index = c.index;
		errno = saved;
		return c.err;
	}
	out->pid = (pid_t)ret;
	out->pidfd = pidfd;
	errno = saved;
	return 0;
}

/*
 * clonegen_probe_call() - one clone3() the kernel must refuse, on a request
 * of @size bytes; the errno it gave. Should it make a child after all (it
 * cannot: every request below fails a check), the child exits at once.
 */
static int clonegen_probe_call(const void *args, size_t size)
{
	long ret = syscall(CLONEGEN_NR, args, size);

	if (ret == 0)
		syscall(SYS_exit, 0);
	if (ret > 0) {
		waitpid((pid_t)ret, NULL, __WALL);
		return 0;
	}
	return errno;
}

static int clonegen_probe(CLONEGEN_PROBE *out, const size_t *sizes, size_t nversions, const uint64_t *flags,
			  size_t nflags)
{
	union {
		CLONEGEN_ARGS args;
		uint64_t words[sizeof(CLONEGEN_ARGS) / 8];
	} req;
	int pidfd = -1, saved = errno, err;
	size_t i;

	memset(out, 0, sizeof(*out));
	out->version = -1;
	/* A size below the first version: EINVAL from a kernel with clone3(), read nothing. */
	err = clonegen_probe_call(NULL, 0);
	out->error = err == EINVAL ? 0 : err;
	if (out->error) {
		errno = saved;
		return out->error;
	}
	/*
	 * Each version with its last word non-zero: E2BIG from a kernel that
	 * does not know it; else EINVAL, as CLONE_THREAD with an exit signal
	 * is refused once the size is accepted.
	 */
	for (i = 0; i < nversions; i++) {
		memset(&req, 0, sizeof(req));
		req.args.flags = CLONEGEN_F(CLONE_THREAD) | CLONEGEN_F(CLONE_SIGHAND) | CLONEGEN_F(CLONE_VM);
		req.args.exit_signal = SIGCHLD;
		req.words[sizes[i] / 8 - 1] |= 1;
		err = clonegen_probe_call(&req, sizes[i]);
		if (err == E2BIG)
			break;
		out->version = (int)i;
		out->size = sizes[i];
	}
	/*
	 * Each flag with CLONE_INTO_CGROUP and a cgroup descriptor that cannot
	 * be open (INT_MAX): a flag the kernel accepts gets as far as the cgroup,
	 * EBADF; else the errno of the check that refused it. Needs the version
	 * with the cgroup field and CLONE_VM, so that nothing is copied.
	 */
	memset(&req, 0, sizeof(req));
	req.args.flags = CLONEGEN_F(CLONE_INTO_CGROUP) | CLONEGEN_F(CLONE_VM);
	req.args.cgroup = 0x7fffffff;
	err = clonegen_probe_call(&req, sizeof(req.args));
	out->cgroup_errno = err == EBADF ? 0 : err;
	for (i = 0; i < nflags && !out->cgroup_errno; i++) {
		int bit = 0;

		while (bit < 63 && !((flags[i] >> bit) & 1))
			bit++;
		memset(&req, 0, sizeof(req));
		req.args.flags = flags[i] | CLONEGEN_F(CLONE_INTO_CGROUP) | CLONEGEN_F(CLONE_VM);
		if (flags[i] == CLONEGEN_F(CLONE_THREAD))
			req.args.flags |= CLONEGEN_F(CLONE_SIGHAND); /* a thread needs it */
		if (flags[i] == CLONEGEN_F(CLONE_PIDFD))
			req.args.pidfd = (uint64_t)(uintptr_t)&pidfd;
		req.args.cgroup = 0x7fffffff;
		err = clonegen_probe_call(&req, sizeof(req.args));
		out->checked |= flags[i];
		if (err == EBADF)
			out->flags |= flags[i];
		else
			out->flag_errno[bit] = err;
	}
	errno = saved;
	return 0;
}
