/* SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note */
/*
 * Generated from spec/clone_args.yaml by clonegen; do not edit.
 * Spec digest: sha256:c4dcfbe32d8d3ddb.
 */
#ifndef CG_CLONE_ARGS_H
#define CG_CLONE_ARGS_H

/*
 * The user-space view of struct clone_args for a libc or a program.
 * Every name carries the prefix cg_ (CG_ for macros), so this header
 * and the system's <linux/...> or libc headers can be included together in
 * any order; where the system's names are visible, static assertions check
 * that both agree.
 *
 * What each function returns, and errno (the same as each function's Return:):
 *
 * cg_clone3(), cg_clone3_fork(): the child's pid in the parent, 0 in the
 *   child, or -1 with errno set.
 *
 * cg_clone3_run(): the child's pid, or -1 with errno set.
 *
 * cg_spawn(): 0, or an errno value (the child's, before execve(), or why no
 *   child could be made); errno itself is left as it was.
 *
 * cg_clone3_probe(): 0, or an errno value (@out->error) when clone3()
 *   cannot be used at all; errno itself is left as it was.
 *
 * cg_clone3_missing(): non-zero once the fork helper has seen ENOSYS from
 *   clone3(), else 0; it cannot fail and leaves errno as it was.
 *
 * cg_clone_args_decode(): the length of the whole text, as snprintf()
 *   returns it; it cannot fail and leaves errno as it was (but for what
 *   @how->peek does).
 */

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <signal.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * CG_CLONE_ARGS_ASSERT(name, expr, message): a compile-time check. C11 and
 * C++11 have static assertions; C99 and C++98 do not, so there an array of
 * negative size (a typedef named after @name) is the error.
 */
#if defined(__cplusplus) && __cplusplus >= 201103L
# define CG_CLONE_ARGS_ASSERT(name, expr, message) static_assert(expr, message)
#elif !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
# define CG_CLONE_ARGS_ASSERT(name, expr, message) _Static_assert(expr, message)
#elif defined(__GNUC__)
/* __extension__: the system's 64-bit constants are long long, which C++98 lacks. */
# define CG_CLONE_ARGS_ASSERT(name, expr, message) \
	typedef char cg_clone_args_check_##name[(__extension__(expr)) ? 1 : -1]
#else
# define CG_CLONE_ARGS_ASSERT(name, expr, message) \
	typedef char cg_clone_args_check_##name[(expr) ? 1 : -1]
#endif

/*
 * The 64-bit constants: C++98 has no long long constants, so there they are
 * built from uint64_t (and cannot be used in #if).
 */
#if defined(__cplusplus) && __cplusplus < 201103L
# define CG_CLONE_ARGS_U64(high, low) (((uint64_t)(high) << 32) | (uint64_t)0x##low##U)
#else
# define CG_CLONE_ARGS_U64(high, low) high##low##ULL
#endif

/* Flags of cg_clone_args.flags. */
#define CG_CLONE_VM		0x00000100
#define CG_CLONE_FS		0x00000200
#define CG_CLONE_FILES		0x00000400
#define CG_CLONE_SIGHAND	0x00000800
#define CG_CLONE_PIDFD		0x00001000
#define CG_CLONE_PTRACE		0x00002000
#define CG_CLONE_VFORK		0x00004000
#define CG_CLONE_PARENT		0x00008000
#define CG_CLONE_THREAD		0x00010000
#define CG_CLONE_NEWNS		0x00020000
#define CG_CLONE_SYSVSEM	0x00040000
#define CG_CLONE_SETTLS		0x00080000
#define CG_CLONE_PARENT_SETTID	0x00100000
#define CG_CLONE_CHILD_CLEARTID	0x00200000
#define CG_CLONE_DETACHED	0x00400000
#define CG_CLONE_UNTRACED	0x00800000
#define CG_CLONE_CHILD_SETTID	0x01000000
#define CG_CLONE_NEWCGROUP	0x02000000
#define CG_CLONE_NEWUTS		0x04000000
#define CG_CLONE_NEWIPC		0x08000000
#define CG_CLONE_NEWUSER	0x10000000
#define CG_CLONE_NEWPID		0x20000000
#define CG_CLONE_NEWNET		0x40000000
#define CG_CLONE_IO		0x80000000
#define CG_CLONE_NEWTIME	0x00000080
#define CG_CLONE_CLEAR_SIGHAND	CG_CLONE_ARGS_U64(0x1, 00000000)
#define CG_CLONE_INTO_CGROUP	CG_CLONE_ARGS_U64(0x2, 00000000)
#define CG_CLONE_AUTOREAP	CG_CLONE_ARGS_U64(0x4, 00000000)
#define CG_CLONE_NNP		CG_CLONE_ARGS_U64(0x8, 00000000)
#define CG_CLONE_PIDFD_AUTOKILL	CG_CLONE_ARGS_U64(0x10, 00000000)
#define CG_CLONE_EMPTY_MNTNS	CG_CLONE_ARGS_U64(0x20, 00000000)

#define CG_CSIGNAL	0xff

/**
 * struct cg_clone_args - Arguments for the clone3() system call. The
 * structure is versioned by its size: user space passes the size it was
 * compiled with, the kernel zero-fills fields an older caller does not
 * know, and refuses a larger structure whose unknown tail is not zero.
 * @flags: Flags for the new process, all CLONE_* flags, 64 bits wide.
 * @pidfd: If CLONE_PIDFD is set, a pidfd for the new process is stored in
 *     the int this points to.
 * @child_tid: If CLONE_CHILD_SETTID is set, the TID of the child is stored
 *     there in the child's memory; CLONE_CHILD_CLEARTID clears it when the
 *     child exits.
 * @parent_tid: If CLONE_PARENT_SETTID is set, the TID of the child is
 *     stored there in the parent's memory.
 * @exit_signal: Signal sent to the parent when the child exits. Unlike
 *     clone(), it is not part of @flags.
 * @stack: Lowest address of the stack the child starts on.
 * @stack_size: Size of the stack at @stack.
 * @tls: If CLONE_SETTLS is set, the TLS descriptor of the child.
 * @set_tid: Array of PIDs to give the child, one per PID namespace level,
 *     the most nested namespace first. The kernel copies it into its own
 *     memory.
 * @set_tid_size: Number of elements in @set_tid.
 * @cgroup: If CLONE_INTO_CGROUP is set, a file descriptor of the cgroup2
 *     directory the child is created in.
 */
struct cg_clone_args {
	uint64_t flags __attribute__((aligned(8)));
	uint64_t pidfd __attribute__((aligned(8)));
	uint64_t child_tid __attribute__((aligned(8)));
	uint64_t parent_tid __attribute__((aligned(8)));
	uint64_t exit_signal __attribute__((aligned(8)));
	uint64_t stack __attribute__((aligned(8)));
	uint64_t stack_size __attribute__((aligned(8)));
	uint64_t tls __attribute__((aligned(8)));
	uint64_t set_tid __attribute__((aligned(8)));
	uint64_t set_tid_size __attribute__((aligned(8)));
	uint64_t cgroup __attribute__((aligned(8)));
};

#define CG_CLONE_ARGS_SIZE_VER0	64
#define CG_CLONE_ARGS_SIZE_VER1	80
#define CG_CLONE_ARGS_SIZE_VER2	88

/* The layout the kernel expects. */
CG_CLONE_ARGS_ASSERT(size, sizeof(struct cg_clone_args) == CG_CLONE_ARGS_SIZE_VER2,
	"struct cg_clone_args has the size of VER2");
CG_CLONE_ARGS_ASSERT(offset_flags, offsetof(struct cg_clone_args, flags) == 0, "flags lies at 0");
CG_CLONE_ARGS_ASSERT(offset_pidfd, offsetof(struct cg_clone_args, pidfd) == 8, "pidfd lies at 8");
CG_CLONE_ARGS_ASSERT(offset_child_tid, offsetof(struct cg_clone_args, child_tid) == 16, "child_tid lies at 16");
CG_CLONE_ARGS_ASSERT(offset_parent_tid, offsetof(struct cg_clone_args, parent_tid) == 24, "parent_tid lies at 24");
CG_CLONE_ARGS_ASSERT(offset_exit_signal, offsetof(struct cg_clone_args, exit_signal) == 32, "exit_signal lies at 32");
CG_CLONE_ARGS_ASSERT(offset_stack, offsetof(struct cg_clone_args, stack) == 40, "stack lies at 40");
CG_CLONE_ARGS_ASSERT(offset_stack_size, offsetof(struct cg_clone_args, stack_size) == 48, "stack_size lies at 48");
CG_CLONE_ARGS_ASSERT(offset_tls, offsetof(struct cg_clone_args, tls) == 56, "tls lies at 56");
CG_CLONE_ARGS_ASSERT(offset_set_tid, offsetof(struct cg_clone_args, set_tid) == 64, "set_tid lies at 64");
CG_CLONE_ARGS_ASSERT(offset_set_tid_size, offsetof(struct cg_clone_args, set_tid_size) == 72, "set_tid_size lies at 72");
CG_CLONE_ARGS_ASSERT(offset_cgroup, offsetof(struct cg_clone_args, cgroup) == 80, "cgroup lies at 80");

/**
 * cg_clone3() - the raw clone3() system call
 *
 * Returns long, as syscall() does; every successful value fits in pid_t.
 *
 * Return: the child's pid in the parent, 0 in the child, or -1 with errno
 * set.
 */
long cg_clone3(const struct cg_clone_args *args, size_t size);

/*
 * Linux release @a.@b.@c, as cg_clone_args_decode() compares releases: three digits a
 * number, so a stable release's sublevel above 255 (5.4.290) keeps its place.
 */
#define CG_CLONE_ARGS_RELEASE(a, b, c) \
	((unsigned long)(a) * 1000000UL + (unsigned long)(b) * 1000UL + (unsigned long)(c))

/**
 * struct cg_clone_args_decoding - how cg_clone_args_decode() decodes
 * @addr: where the tracee keeps the struct: printed when it cannot be read.
 * @release: 0 names everything the spec knows; CG_CLONE_ARGS_RELEASE(6, 1, 0)
 *	names only what strace of that release knows (newer flags print in hex,
 *	newer fields count as the tail).
 * @peek: reads @len bytes of the tracee at @addr into @buf, 0 on success;
 *	arrays are printed through it (NULL: as their address).
 * @ctx: passed to @peek.
 * @entry: the system call that passed the struct, by name (clone3; NULL:
 *	clone3): a struct the kernel writes is read after the call, and after a
 *	failed one not at all (@data NULL). A name the spec does not have prints
 *	the address.
 */
struct cg_clone_args_decoding {
	uint64_t addr;
	unsigned long release;
	int (*peek)(void *ctx, uint64_t addr, void *buf, size_t len);
	void *ctx;
	const char *entry;
};

/**
 * cg_clone_args_decode() - a struct clone_args as strace prints it
 * @out: where the text goes, NUL-terminated and cut to @outlen like snprintf().
 * @outlen: the size of @out.
 * @data: the bytes read at the struct's address (NULL: none could be read).
 * @len: how many; a tracer reads min(@size, page size) so that a non-zero
 *	tail past the struct is shown, as strace shows it.
 * @size: the size the caller passed to clone3().
 * @how: options, or NULL for none.
 *
 * The text is strace's: {flags=..., field=...}, with its field order, the
 * fields it leaves out, flag and signal names, unknown bits in hex and the
 * non-zero bytes past the struct.
 *
 * Return: the length of the whole text, as snprintf() returns it; it cannot
 * fail and leaves errno as it was (but for what @how->peek does).
 */
size_t cg_clone_args_decode(char *out, size_t outlen, const void *data, size_t len, uint64_t size,
	const struct cg_clone_args_decoding *how);

/**
 * cg_clone3_fork() - create a child like fork(), with the request in @args
 *
 * The unsafe tier, like glibc's _Fork(): it runs no pthread_atfork()
 * handlers, and the C library does not update its own state in the child
 * either (its cached TID, robust mutex list, the locks another thread held:
 * malloc's, stdio's stay locked), so a child of a multithreaded parent may
 * call only async-signal-safe functions until it execs or exits. To start a
 * program, use cg_spawn().
 *
 * Tries clone3(). When the kernel answers ENOSYS (and only then), it
 * remembers that clone3() is missing and uses clone() with this
 * architecture's argument order, if the request can be said there; if it
 * cannot, it fails with ENOSYS and does nothing. Requests that need a
 * separate stack or shared memory (CLONE_VM, CLONE_VFORK, CLONE_THREAD, CLONE_SETTLS, or a
 * stack) fail with EINVAL: use cg_clone3_run() for those.
 *
 * It reads no byte of @args the kernel would not read: nothing for a size
 * the kernel refuses unread, and the rest through a system call, so where
 * the kernel would answer EFAULT it answers EFAULT, never SIGSEGV. Where
 * clone3() is missing it makes the kernel's size and tail checks itself,
 * with the kernel's errno values.
 *
 * Return: the child's pid in the parent, 0 in the child, or -1 with errno
 * set.
 */
pid_t cg_clone3_fork(const struct cg_clone_args *args, size_t size);

/**
 * cg_clone3_run() - run @fn(@arg) in a child on the stack given in @args
 *
 * For CLONE_VM, CLONE_VFORK and threads: the child calls @fn on its own
 * stack and exits with its return value. x86_64, i386, aarch64, riscv64 and
 * s390x only; ENOSYS elsewhere.
 *
 * Return: the child's pid, or -1 with errno set.
 */
pid_t cg_clone3_run(const struct cg_clone_args *args, size_t size, int (*fn)(void *), void *arg);

/**
 * cg_clone3_missing() - whether cg_clone3_fork() found clone3() missing
 *
 * Return: non-zero once the fork helper has seen ENOSYS from clone3(), else
 * 0; it cannot fail and leaves errno as it was.
 */
int cg_clone3_missing(void);

/* cg_spawn_attr.flags: what cg_spawn() does besides starting the program. */
#define CG_SPAWN_PIDFD		0x0001	/* out->pidfd: a pidfd of the child (CLONE_PIDFD) */
#define CG_SPAWN_CGROUP		0x0002	/* start in the cgroup2 directory @cgroup */
#define CG_SPAWN_ATOMIC		0x0004	/* CLONE_INTO_CGROUP or fail: no joining from the child */
#define CG_SPAWN_SETSID		0x0008	/* setsid() */
#define CG_SPAWN_SETPGROUP		0x0010	/* setpgid(0, @pgroup) */
#define CG_SPAWN_SETSIGMASK		0x0020	/* start with *@sigmask, not the caller's mask */
#define CG_SPAWN_SETSIGDEF		0x0040	/* SIG_DFL for the signals in *@sigdefault */
#define CG_SPAWN_SEARCH_PATH	0x0080	/* look a @file without '/' up in @path, like execvp() */
#define CG_SPAWN_CLOSE_FDS		0x0100	/* close every descriptor from 3 on but @keep_fds */
#define CG_SPAWN_CWD_FD		0x0200	/* fchdir(@cwd_fd) */

/* cg_spawn_action.kind: file actions, done in order, as posix_spawn's. */
#define CG_SPAWN_DUP2	1	/* dup2(@fd, @newfd); @fd == @newfd clears FD_CLOEXEC */
#define CG_SPAWN_CLOSE	2	/* close(@fd) */
#define CG_SPAWN_OPEN	3	/* open(@path, @oflag, @mode) as @fd */

/* cg_spawn_result.rung: how the child was made. */
#define CG_SPAWN_RUNG_CLONE3	1	/* clone3() with every field asked for */
#define CG_SPAWN_RUNG_CLONE3_VER0	2	/* E2BIG: clone3() of VER0; the child joined the cgroup */
#define CG_SPAWN_RUNG_CLONE		3	/* ENOSYS: clone(); the child joined the cgroup */

/* cg_spawn_result.step: where the child failed before execve(). */
#define CG_SPAWN_AT_CLONE	(-1)	/* no child: creating it failed */
#define CG_SPAWN_AT_EXEC	0	/* execve(): the program */
#define CG_SPAWN_AT_CWD	1	/* chdir(@cwd) or fchdir(@cwd_fd) */
#define CG_SPAWN_AT_ACTION	2	/* the file action @index */
#define CG_SPAWN_AT_CGROUP	3	/* writing cgroup.procs (rungs 2 and 3) */
#define CG_SPAWN_AT_SESSION	4	/* setsid() or setpgid() */
#define CG_SPAWN_AT_SIGNALS	5	/* the signal mask */
#define CG_SPAWN_AT_FDS	6	/* keeping @keep_fds[@index] or closing the others */

struct cg_spawn_action {
	const char *path;
	int kind;
	int fd;
	int newfd;
	int oflag;
	unsigned int mode;
	int reserved;	/* 0 */
};

struct cg_spawn_result {
	pid_t pid;	/* the child, -1 on failure */
	int pidfd;	/* with CG_SPAWN_PIDFD, else -1 */
	int rung;	/* CG_SPAWN_RUNG_*, also on failure (0: none was tried) */
	int step;	/* CG_SPAWN_AT_*: where the child failed */
	int index;	/* the action or kept descriptor at fault, or -1 */
};

/*
 * sigset_t, which struct cg_spawn_attr holds, is POSIX, not ISO C:
 * <signal.h> declares it only under a feature macro (_POSIX_C_SOURCE,
 * _XOPEN_SOURCE, _GNU_SOURCE, _DEFAULT_SOURCE, or a compiler's GNU mode,
 * which defines one). Without one, struct cg_spawn_attr and cg_spawn() are
 * left out, the rest of this header stands, and a call of cg_spawn() is an
 * error that names the macro to define.
 */
#if defined(_POSIX_C_SOURCE) || defined(_POSIX_SOURCE) || defined(_XOPEN_SOURCE) || \
	defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE)
struct cg_spawn_attr {
	unsigned int flags;			/* CG_SPAWN_* */
	int cgroup;				/* with CG_SPAWN_CGROUP: a cgroup2 directory */
	pid_t pgroup;				/* with CG_SPAWN_SETPGROUP */
	int cwd_fd;				/* with CG_SPAWN_CWD_FD */
	const char *cwd;			/* chdir() here, if not NULL */
	const char *path;			/* with CG_SPAWN_SEARCH_PATH; NULL: getenv("PATH") */
	const sigset_t *sigmask;		/* with CG_SPAWN_SETSIGMASK */
	const sigset_t *sigdefault;		/* with CG_SPAWN_SETSIGDEF */
	const struct cg_spawn_action *actions;
	size_t nactions;
	const int *keep_fds;			/* with CG_SPAWN_CLOSE_FDS: kept, and inheritable */
	size_t nkeep;
	uint64_t clone_flags;			/* more clone3() flags: namespaces, ...; see cg_spawn() */
};

/**
 * cg_spawn() - start a program, like posix_spawn(), in a cgroup and with a
 * pidfd
 * @file: the program; with CG_SPAWN_SEARCH_PATH a name without '/' is looked up
 * @argv: its arguments, NULL-terminated
 * @envp: its environment, NULL-terminated; NULL: the caller's
 * @attr: what else to do; NULL: nothing
 * @out: the child's pid and pidfd, the rung, where it failed
 *
 * The safe tier: clone3() with CLONE_VM | CLONE_VFORK on a stack of its own
 * (CLONE_PIDFD and CLONE_INTO_CGROUP as asked), so nothing of the caller is
 * copied and the child, which shares the caller's memory, makes only
 * async-signal-safe system calls: signal handlers back to SIG_DFL, the
 * cgroup, setsid()/setpgid(), the file actions, the working directory,
 * closing descriptors, the signal mask, execve(). It runs no code of the
 * caller, takes no lock and calls no malloc(), so a multithreaded caller is
 * safe. It returns once the program runs, or has failed to start: then the
 * child's errno is returned and @out->step says where.
 *
 * When clone3() answers E2BIG (a kernel without the cgroup field) or
 * ENOSYS (no clone3(), or a seccomp filter), it falls back (unless
 * CG_SPAWN_ATOMIC) to clone3() of VER0 or to clone(), and the child moves
 * itself into the cgroup by writing its cgroup.procs before execve();
 * @out->rung says which ran. x86_64, i386, aarch64, riscv64 and s390x;
 * ENOSYS elsewhere.
 *
 * Refused with EINVAL before any child exists: a NULL @file, @argv or @out;
 * unknown @attr->flags or file actions; CG_SPAWN_SETSIGMASK or
 * CG_SPAWN_SETSIGDEF without its set; in @attr->clone_flags the flags spawn
 * sets itself or that its shared-memory child cannot have (CLONE_VM,
 * CLONE_VFORK, CLONE_PIDFD, CLONE_INTO_CGROUP, CLONE_THREAD, CLONE_SIGHAND,
 * CLONE_SETTLS, CLONE_PARENT_SETTID, CLONE_CHILD_SETTID,
 * CLONE_CHILD_CLEARTID), those that would share with the caller what the
 * child changes before execve() or the program after it (CLONE_FILES,
 * CLONE_FS, CLONE_SYSVSEM), and CLONE_PARENT, whose child the caller could
 * not wait for. A negative descriptor in @attr->keep_fds, a file action or
 * @attr->cgroup is EBADF.
 *
 * Return: 0, or an errno value (the child's, before execve(), or why no
 * child could be made); errno itself is left as it was.
 */
int cg_spawn(const char *file, char *const argv[], char *const envp[],
	const struct cg_spawn_attr *attr, struct cg_spawn_result *out);
#elif defined(__has_attribute)
# if __has_attribute(__unavailable__)
int cg_spawn(const char *file, ...) __attribute__((__unavailable__(
	"needs sigset_t: define _POSIX_C_SOURCE 200809L (or _GNU_SOURCE) before the first #include")));
# endif
#endif

/* What cg_clone3_probe() found the running kernel to accept. */
struct cg_clone3_probe {
	uint64_t flags;		/* the spec's flags the kernel accepts */
	uint64_t checked;	/* the flags the probe could check */
	uint64_t size;		/* the size of the highest version accepted, 0 if none */
	int error;		/* 0: clone3() is there; ENOSYS: no such system call, or a seccomp filter; EPERM: policy; else the kernel's answer */
	int version;		/* the highest version accepted: an index of CG_CLONE_ARGS_SIZE_VER0..., -1 none */
	int cgroup_errno;	/* 0: CLONE_INTO_CGROUP works; E2BIG: no cgroup field; else why not (and no flag was checked) */
	int reserved;		/* 0 */
	int flag_errno[64];	/* by bit, for a checked flag it refused: EINVAL (unknown, or needs another flag), EPERM (policy), ... */
};

/**
 * cg_clone3_probe() - what the running kernel's clone3() accepts
 * @out: the answers
 *
 * Makes clone3() calls the kernel must refuse, and reads which check
 * refused them: a size below VER0 (EINVAL if the system call is
 * there), each version with its last word non-zero (E2BIG if the kernel
 * does not know it), each of the spec's flags with CLONE_VM and a cgroup
 * descriptor that cannot be open (EBADF once the flag is accepted). No
 * request can make a child; nothing of the caller is copied.
 *
 * Return: 0, or an errno value (@out->error) when clone3() cannot be used
 * at all; errno itself is left as it was.
 */
int cg_clone3_probe(struct cg_clone3_probe *out);

#ifdef __cplusplus
}
#endif

#endif /* CG_CLONE_ARGS_H */

/*
 * Agreement with the system's names, outside the include guard: each check
 * runs once, in the first inclusion of this header that sees the system's
 * macro. Include this header again after system headers to check theirs too
 * (clone_args.c does, after <sched.h>, <signal.h>, <linux/sched.h>).
 */
#if defined(CLONE_VM) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_VM)
# define CG_CLONE_ARGS_CHECKED_CLONE_VM
CG_CLONE_ARGS_ASSERT(CLONE_VM, CG_CLONE_VM == CLONE_VM, "CLONE_VM agrees with the system's");
#endif
#if defined(CLONE_FS) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_FS)
# define CG_CLONE_ARGS_CHECKED_CLONE_FS
CG_CLONE_ARGS_ASSERT(CLONE_FS, CG_CLONE_FS == CLONE_FS, "CLONE_FS agrees with the system's");
#endif
#if defined(CLONE_FILES) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_FILES)
# define CG_CLONE_ARGS_CHECKED_CLONE_FILES
CG_CLONE_ARGS_ASSERT(CLONE_FILES, CG_CLONE_FILES == CLONE_FILES, "CLONE_FILES agrees with the system's");
#endif
#if defined(CLONE_SIGHAND) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_SIGHAND)
# define CG_CLONE_ARGS_CHECKED_CLONE_SIGHAND
CG_CLONE_ARGS_ASSERT(CLONE_SIGHAND, CG_CLONE_SIGHAND == CLONE_SIGHAND, "CLONE_SIGHAND agrees with the system's");
#endif
#if defined(CLONE_PIDFD) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_PIDFD)
# define CG_CLONE_ARGS_CHECKED_CLONE_PIDFD
CG_CLONE_ARGS_ASSERT(CLONE_PIDFD, CG_CLONE_PIDFD == CLONE_PIDFD, "CLONE_PIDFD agrees with the system's");
#endif
#if defined(CLONE_PTRACE) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_PTRACE)
# define CG_CLONE_ARGS_CHECKED_CLONE_PTRACE
CG_CLONE_ARGS_ASSERT(CLONE_PTRACE, CG_CLONE_PTRACE == CLONE_PTRACE, "CLONE_PTRACE agrees with the system's");
#endif
#if defined(CLONE_VFORK) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_VFORK)
# define CG_CLONE_ARGS_CHECKED_CLONE_VFORK
CG_CLONE_ARGS_ASSERT(CLONE_VFORK, CG_CLONE_VFORK == CLONE_VFORK, "CLONE_VFORK agrees with the system's");
#endif
#if defined(CLONE_PARENT) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_PARENT)
# define CG_CLONE_ARGS_CHECKED_CLONE_PARENT
CG_CLONE_ARGS_ASSERT(CLONE_PARENT, CG_CLONE_PARENT == CLONE_PARENT, "CLONE_PARENT agrees with the system's");
#endif
#if defined(CLONE_THREAD) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_THREAD)
# define CG_CLONE_ARGS_CHECKED_CLONE_THREAD
CG_CLONE_ARGS_ASSERT(CLONE_THREAD, CG_CLONE_THREAD == CLONE_THREAD, "CLONE_THREAD agrees with the system's");
#endif
#if defined(CLONE_NEWNS) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_NEWNS)
# define CG_CLONE_ARGS_CHECKED_CLONE_NEWNS
CG_CLONE_ARGS_ASSERT(CLONE_NEWNS, CG_CLONE_NEWNS == CLONE_NEWNS, "CLONE_NEWNS agrees with the system's");
#endif
#if defined(CLONE_SYSVSEM) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_SYSVSEM)
# define CG_CLONE_ARGS_CHECKED_CLONE_SYSVSEM
CG_CLONE_ARGS_ASSERT(CLONE_SYSVSEM, CG_CLONE_SYSVSEM == CLONE_SYSVSEM, "CLONE_SYSVSEM agrees with the system's");
#endif
#if defined(CLONE_SETTLS) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_SETTLS)
# define CG_CLONE_ARGS_CHECKED_CLONE_SETTLS
CG_CLONE_ARGS_ASSERT(CLONE_SETTLS, CG_CLONE_SETTLS == CLONE_SETTLS, "CLONE_SETTLS agrees with the system's");
#endif
#if defined(CLONE_PARENT_SETTID) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_PARENT_SETTID)
# define CG_CLONE_ARGS_CHECKED_CLONE_PARENT_SETTID
CG_CLONE_ARGS_ASSERT(CLONE_PARENT_SETTID, CG_CLONE_PARENT_SETTID == CLONE_PARENT_SETTID, "CLONE_PARENT_SETTID agrees with the system's");
#endif
#if defined(CLONE_CHILD_CLEARTID) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_CHILD_CLEARTID)
# define CG_CLONE_ARGS_CHECKED_CLONE_CHILD_CLEARTID
CG_CLONE_ARGS_ASSERT(CLONE_CHILD_CLEARTID, CG_CLONE_CHILD_CLEARTID == CLONE_CHILD_CLEARTID, "CLONE_CHILD_CLEARTID agrees with the system's");
#endif
#if defined(CLONE_DETACHED) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_DETACHED)
# define CG_CLONE_ARGS_CHECKED_CLONE_DETACHED
CG_CLONE_ARGS_ASSERT(CLONE_DETACHED, CG_CLONE_DETACHED == CLONE_DETACHED, "CLONE_DETACHED agrees with the system's");
#endif
#if defined(CLONE_UNTRACED) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_UNTRACED)
# define CG_CLONE_ARGS_CHECKED_CLONE_UNTRACED
CG_CLONE_ARGS_ASSERT(CLONE_UNTRACED, CG_CLONE_UNTRACED == CLONE_UNTRACED, "CLONE_UNTRACED agrees with the system's");
#endif
#if defined(CLONE_CHILD_SETTID) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_CHILD_SETTID)
# define CG_CLONE_ARGS_CHECKED_CLONE_CHILD_SETTID
CG_CLONE_ARGS_ASSERT(CLONE_CHILD_SETTID, CG_CLONE_CHILD_SETTID == CLONE_CHILD_SETTID, "CLONE_CHILD_SETTID agrees with the system's");
#endif
#if defined(CLONE_NEWCGROUP) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_NEWCGROUP)
# define CG_CLONE_ARGS_CHECKED_CLONE_NEWCGROUP
CG_CLONE_ARGS_ASSERT(CLONE_NEWCGROUP, CG_CLONE_NEWCGROUP == CLONE_NEWCGROUP, "CLONE_NEWCGROUP agrees with the system's");
#endif
#if defined(CLONE_NEWUTS) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_NEWUTS)
# define CG_CLONE_ARGS_CHECKED_CLONE_NEWUTS
CG_CLONE_ARGS_ASSERT(CLONE_NEWUTS, CG_CLONE_NEWUTS == CLONE_NEWUTS, "CLONE_NEWUTS agrees with the system's");
#endif
#if defined(CLONE_NEWIPC) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_NEWIPC)
# define CG_CLONE_ARGS_CHECKED_CLONE_NEWIPC
CG_CLONE_ARGS_ASSERT(CLONE_NEWIPC, CG_CLONE_NEWIPC == CLONE_NEWIPC, "CLONE_NEWIPC agrees with the system's");
#endif
#if defined(CLONE_NEWUSER) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_NEWUSER)
# define CG_CLONE_ARGS_CHECKED_CLONE_NEWUSER
CG_CLONE_ARGS_ASSERT(CLONE_NEWUSER, CG_CLONE_NEWUSER == CLONE_NEWUSER, "CLONE_NEWUSER agrees with the system's");
#endif
#if defined(CLONE_NEWPID) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_NEWPID)
# define CG_CLONE_ARGS_CHECKED_CLONE_NEWPID
CG_CLONE_ARGS_ASSERT(CLONE_NEWPID, CG_CLONE_NEWPID == CLONE_NEWPID, "CLONE_NEWPID agrees with the system's");
#endif
#if defined(CLONE_NEWNET) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_NEWNET)
# define CG_CLONE_ARGS_CHECKED_CLONE_NEWNET
CG_CLONE_ARGS_ASSERT(CLONE_NEWNET, CG_CLONE_NEWNET == CLONE_NEWNET, "CLONE_NEWNET agrees with the system's");
#endif
#if defined(CLONE_IO) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_IO)
# define CG_CLONE_ARGS_CHECKED_CLONE_IO
CG_CLONE_ARGS_ASSERT(CLONE_IO, CG_CLONE_IO == CLONE_IO, "CLONE_IO agrees with the system's");
#endif
#if defined(CLONE_NEWTIME) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_NEWTIME)
# define CG_CLONE_ARGS_CHECKED_CLONE_NEWTIME
CG_CLONE_ARGS_ASSERT(CLONE_NEWTIME, CG_CLONE_NEWTIME == CLONE_NEWTIME, "CLONE_NEWTIME agrees with the system's");
#endif
#if defined(CLONE_CLEAR_SIGHAND) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_CLEAR_SIGHAND)
# define CG_CLONE_ARGS_CHECKED_CLONE_CLEAR_SIGHAND
CG_CLONE_ARGS_ASSERT(CLONE_CLEAR_SIGHAND, CG_CLONE_CLEAR_SIGHAND == CLONE_CLEAR_SIGHAND, "CLONE_CLEAR_SIGHAND agrees with the system's");
#endif
#if defined(CLONE_INTO_CGROUP) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_INTO_CGROUP)
# define CG_CLONE_ARGS_CHECKED_CLONE_INTO_CGROUP
CG_CLONE_ARGS_ASSERT(CLONE_INTO_CGROUP, CG_CLONE_INTO_CGROUP == CLONE_INTO_CGROUP, "CLONE_INTO_CGROUP agrees with the system's");
#endif
#if defined(CLONE_AUTOREAP) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_AUTOREAP)
# define CG_CLONE_ARGS_CHECKED_CLONE_AUTOREAP
CG_CLONE_ARGS_ASSERT(CLONE_AUTOREAP, CG_CLONE_AUTOREAP == CLONE_AUTOREAP, "CLONE_AUTOREAP agrees with the system's");
#endif
#if defined(CLONE_NNP) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_NNP)
# define CG_CLONE_ARGS_CHECKED_CLONE_NNP
CG_CLONE_ARGS_ASSERT(CLONE_NNP, CG_CLONE_NNP == CLONE_NNP, "CLONE_NNP agrees with the system's");
#endif
#if defined(CLONE_PIDFD_AUTOKILL) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_PIDFD_AUTOKILL)
# define CG_CLONE_ARGS_CHECKED_CLONE_PIDFD_AUTOKILL
CG_CLONE_ARGS_ASSERT(CLONE_PIDFD_AUTOKILL, CG_CLONE_PIDFD_AUTOKILL == CLONE_PIDFD_AUTOKILL, "CLONE_PIDFD_AUTOKILL agrees with the system's");
#endif
#if defined(CLONE_EMPTY_MNTNS) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_EMPTY_MNTNS)
# define CG_CLONE_ARGS_CHECKED_CLONE_EMPTY_MNTNS
CG_CLONE_ARGS_ASSERT(CLONE_EMPTY_MNTNS, CG_CLONE_EMPTY_MNTNS == CLONE_EMPTY_MNTNS, "CLONE_EMPTY_MNTNS agrees with the system's");
#endif
#if defined(CSIGNAL) && !defined(CG_CLONE_ARGS_CHECKED_CSIGNAL)
# define CG_CLONE_ARGS_CHECKED_CSIGNAL
CG_CLONE_ARGS_ASSERT(CSIGNAL, CG_CSIGNAL == CSIGNAL, "CSIGNAL agrees with the system's");
#endif
#if defined(CLONE_ARGS_SIZE_VER0) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_ARGS_SIZE_VER0)
# define CG_CLONE_ARGS_CHECKED_CLONE_ARGS_SIZE_VER0
CG_CLONE_ARGS_ASSERT(CLONE_ARGS_SIZE_VER0, CG_CLONE_ARGS_SIZE_VER0 == CLONE_ARGS_SIZE_VER0, "CLONE_ARGS_SIZE_VER0 agrees with the system's");
#endif
#if defined(CLONE_ARGS_SIZE_VER1) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_ARGS_SIZE_VER1)
# define CG_CLONE_ARGS_CHECKED_CLONE_ARGS_SIZE_VER1
CG_CLONE_ARGS_ASSERT(CLONE_ARGS_SIZE_VER1, CG_CLONE_ARGS_SIZE_VER1 == CLONE_ARGS_SIZE_VER1, "CLONE_ARGS_SIZE_VER1 agrees with the system's");
#endif
#if defined(CLONE_ARGS_SIZE_VER2) && !defined(CG_CLONE_ARGS_CHECKED_CLONE_ARGS_SIZE_VER2)
# define CG_CLONE_ARGS_CHECKED_CLONE_ARGS_SIZE_VER2
CG_CLONE_ARGS_ASSERT(CLONE_ARGS_SIZE_VER2, CG_CLONE_ARGS_SIZE_VER2 == CLONE_ARGS_SIZE_VER2, "CLONE_ARGS_SIZE_VER2 agrees with the system's");
#endif
