// SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note
/*
 * Generated from spec/clone_args.yaml by clonegen; do not edit.
 * Spec digest: sha256:237d765e04ae95ff.
 */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
/* Ours first: the header stands alone, and the system's may follow it. */
#include "clone_args.h"

#include <errno.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#if defined(__has_include)
# if __has_include(<linux/sched.h>)
#  include <linux/sched.h>
# endif
#else
# include <linux/sched.h>
#endif

/* Again, now that the system's names are visible: its agreement checks run. */
#include "clone_args.h"

/* The C library's values are the spec's on every architecture the spec states. */
#if (defined(__x86_64__) && !defined(__ILP32__)) || defined(__i386__) || defined(__aarch64__) || (defined(__riscv) && __riscv_xlen == 64) || defined(__s390x__) || (defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32) || defined(__alpha__) || (defined(__sparc__) && defined(__arch64__)) || defined(__hppa__)
CG_CLONE_ARGS_ASSERT(libc_INT_MAX, INT_MAX == 0x7fffffff, "<limits.h> and the spec agree on INT_MAX");
#endif
#if (defined(__x86_64__) && !defined(__ILP32__)) || defined(__i386__) || defined(__aarch64__) || (defined(__riscv) && __riscv_xlen == 64) || defined(__s390x__)
CG_CLONE_ARGS_ASSERT(libc_SIGCHLD, SIGCHLD == 17, "<signal.h> and the spec agree on SIGCHLD");
#endif
#if (defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32) || defined(__hppa__)
CG_CLONE_ARGS_ASSERT(libc_SIGCHLD, SIGCHLD == 18, "<signal.h> and the spec agree on SIGCHLD");
#endif
#if defined(__alpha__) || (defined(__sparc__) && defined(__arch64__))
CG_CLONE_ARGS_ASSERT(libc_SIGCHLD, SIGCHLD == 20, "<signal.h> and the spec agree on SIGCHLD");
#endif

/* The number from <sys/syscall.h> when it knows it, else the spec's table. */
#ifdef SYS_clone3
# define CG_SYS_clone3 SYS_clone3
#elif defined(__alpha__)
# define CG_SYS_clone3 545
#elif defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32
# define CG_SYS_clone3 4435
#else
# define CG_SYS_clone3 435
#endif

long cg_clone3(struct cg_clone_args *args, size_t size)
{
	return syscall(CG_SYS_clone3, args, size);
}

static volatile int cg_clone3_is_missing;

/* cg_clone3() for a request the caller gave as const. */
static long cg_clone3_syscall(const struct cg_clone_args *args, size_t size)
{
	return syscall(CG_SYS_clone3, args, size);
}

int cg_clone3_missing(void)
{
	return cg_clone3_is_missing;
}

/* The request with the kernel's zero-fill; -1 if an unknown tail is not zero. */
static int cg_read_request(struct cg_clone_args *out, const struct cg_clone_args *args, size_t size)
{
	const unsigned char *tail = (const unsigned char *)args;
	size_t i;

	memset(out, 0, sizeof(*out));
	memcpy(out, args, size < sizeof(*out) ? size : sizeof(*out));
	for (i = sizeof(*out); i < size; i++)
		if (tail[i])
			return -1;
	return 0;
}

/*
 * The same request through clone(), the way the kernel's clone() entry
 * fills struct kernel_clone_args. Returns -2 when the request cannot
 * be said there.
 */
static long cg_clone3_legacy(const struct cg_clone_args *a)
{
	unsigned long clone_flags = 0;
	unsigned long newsp = 0;
	unsigned long parent_tidptr = 0;
	unsigned long child_tidptr = 0;
	unsigned long tls = 0;

	if (a->set_tid)
		return -2;
	if (a->set_tid_size)
		return -2;
	if (a->cgroup)
		return -2;
	if (a->flags & ~(uint64_t)(0xffffffffU & ~(uint32_t)CG_CSIGNAL))
		return -2;
	clone_flags |= (unsigned long)a->flags;
	if (a->exit_signal & ~(uint64_t)CG_CSIGNAL)
		return -2;
	clone_flags |= (unsigned long)a->exit_signal;
	if ((uint64_t)(unsigned long)(a->stack + a->stack_size) != a->stack + a->stack_size)
		return -2;
	if (a->stack)
		newsp = (unsigned long)(a->stack + a->stack_size);
	if ((uint64_t)(unsigned long)a->pidfd != a->pidfd)
		return -2;
	if (a->pidfd) {
		if (parent_tidptr && parent_tidptr != (unsigned long)a->pidfd)
			return -2;
		parent_tidptr = (unsigned long)a->pidfd;
	}
	if ((uint64_t)(unsigned long)a->parent_tid != a->parent_tid)
		return -2;
	if (a->parent_tid) {
		if (parent_tidptr && parent_tidptr != (unsigned long)a->parent_tid)
			return -2;
		parent_tidptr = (unsigned long)a->parent_tid;
	}
	if ((uint64_t)(unsigned long)a->child_tid != a->child_tid)
		return -2;
	if (a->child_tid) {
		if (child_tidptr && child_tidptr != (unsigned long)a->child_tid)
			return -2;
		child_tidptr = (unsigned long)a->child_tid;
	}
	if ((uint64_t)(unsigned long)a->tls != a->tls)
		return -2;
	if (a->tls) {
		if (tls && tls != (unsigned long)a->tls)
			return -2;
		tls = (unsigned long)a->tls;
	}

#if defined(__i386__) || defined(__arm__) || defined(__aarch64__) || (defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32) || defined(__hppa__) || defined(__powerpc__) || (defined(__riscv) && __riscv_xlen == 64)
	return syscall(SYS_clone, clone_flags, newsp, parent_tidptr, tls, child_tidptr);
#elif defined(__s390x__)
	return syscall(SYS_clone, newsp, clone_flags, parent_tidptr, child_tidptr, tls);
#elif defined(__microblaze__)
	return syscall(SYS_clone, clone_flags, newsp, 0UL, parent_tidptr, child_tidptr, tls);
#else
	return syscall(SYS_clone, clone_flags, newsp, parent_tidptr, child_tidptr, tls);
#endif
}

pid_t cg_clone3_fork(const struct cg_clone_args *args, size_t size)
{
	struct cg_clone_args req;
	long ret;

	if (!args || cg_read_request(&req, args, size)) {
		/* Let the kernel give its own answer (EFAULT, E2BIG, ...). */
		if (!cg_clone3_is_missing)
			return (pid_t)cg_clone3_syscall(args, size);
		errno = ENOSYS;
		return -1;
	}
	if (req.stack)
		goto refuse;
	if (req.stack_size)
		goto refuse;
	if (req.flags & (CG_CLONE_VM | CG_CLONE_VFORK | CG_CLONE_THREAD | CG_CLONE_SETTLS))
		goto refuse;
	if (!cg_clone3_is_missing) {
		ret = cg_clone3_syscall(args, size);
		if (ret != -1 || errno != ENOSYS)
			return (pid_t)ret;
		cg_clone3_is_missing = 1;
	}
	ret = cg_clone3_legacy(&req);
	if (ret == -2) {
		errno = ENOSYS;
		return -1;
	}
	return (pid_t)ret;
refuse:
	errno = EINVAL;
	return -1;
}

/*
 * The fork-like system call @nr on @args of @size bytes, with the child
 * running fn(arg) on its own stack. Returns the raw result: the child's pid,
 * or a negative errno (-ENOSYS where this architecture has no assembly here).
 */
static long clonegen_run_on_stack(long nr, const void *args, size_t size, int (*fn)(void *), void *arg)
{
#if defined(__x86_64__)
	register long rdi __asm__("rdi") = (long)args;
	register long rsi __asm__("rsi") = (long)size;
	register long r12 __asm__("r12") = (long)fn;
	register long r13 __asm__("r13") = (long)arg;
	long ret;

	__asm__ volatile("syscall\n\t"
			 "test %%rax, %%rax\n\t"
			 "jnz 1f\n\t"
			 "xor %%ebp, %%ebp\n\t"
			 "and $-16, %%rsp\n\t"
			 "mov %%r13, %%rdi\n\t"
			 "call *%%r12\n\t"
			 "mov %%eax, %%edi\n\t"
			 "mov $60, %%eax\n\t"
			 "syscall\n\t"
			 "hlt\n"
			 "1:"
			 : "=a"(ret)
			 : "0"(nr), "r"(rdi), "r"(rsi), "r"(r12), "r"(r13)
			 : "rcx", "r11", "memory");
	return ret;
#elif defined(__i386__)
	long ret;

	__asm__ volatile("push %%ebx\n\t"
			 "mov %2, %%ebx\n\t"
			 "int $0x80\n\t"
			 "test %%eax, %%eax\n\t"
			 "jnz 1f\n\t"
			 "xor %%ebp, %%ebp\n\t"
			 "and $-16, %%esp\n\t"
			 "sub $12, %%esp\n\t"
			 "push %%edi\n\t"
			 "call *%%esi\n\t"
			 "mov %%eax, %%ebx\n\t"
			 "mov $1, %%eax\n\t"
			 "int $0x80\n\t"
			 "hlt\n"
			 "1:\n\t"
			 "pop %%ebx"
			 : "=a"(ret)
			 : "0"(nr), "r"(args), "c"(size), "S"(fn), "D"(arg)
			 : "memory");
	return ret;
#else
	(void)nr;
	(void)args;
	(void)size;
	(void)fn;
	(void)arg;
	return -ENOSYS;
#endif
}

pid_t cg_clone3_run(const struct cg_clone_args *args, size_t size, int (*fn)(void *), void *arg)
{
	long ret = clonegen_run_on_stack(CG_SYS_clone3, args, size, fn, arg);

	if (ret < 0) {
		errno = (int)-ret;
		return -1;
	}
	return (pid_t)ret;
}
