// SPDX-License-Identifier: GPL-2.0
/*
 * Generated from spec/clone_args.yaml by clonegen; do not edit.
 * Spec digest: sha256:c4dcfbe32d8d3ddb.
 */

#include <linux/build_bug.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/limits.h>
#include <linux/mm.h>
#include <linux/pid_namespace.h>
#include <linux/signal.h>
#include <linux/stddef.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#include <linux/clone_args.h>

/* Flags clone3() knows in clone_args.flags. */
#define CLONE3_FLAGS_KNOWN ( \
	CLONE_VM | \
	CLONE_FS | \
	CLONE_FILES | \
	CLONE_SIGHAND | \
	CLONE_PIDFD | \
	CLONE_PTRACE | \
	CLONE_VFORK | \
	CLONE_PARENT | \
	CLONE_THREAD | \
	CLONE_NEWNS | \
	CLONE_SYSVSEM | \
	CLONE_SETTLS | \
	CLONE_PARENT_SETTID | \
	CLONE_CHILD_CLEARTID | \
	CLONE_UNTRACED | \
	CLONE_CHILD_SETTID | \
	CLONE_NEWCGROUP | \
	CLONE_NEWUTS | \
	CLONE_NEWIPC | \
	CLONE_NEWUSER | \
	CLONE_NEWPID | \
	CLONE_NEWNET | \
	CLONE_IO | \
	CLONE_NEWTIME | \
	CLONE_CLEAR_SIGHAND | \
	CLONE_INTO_CGROUP | \
	CLONE_AUTOREAP | \
	CLONE_NNP | \
	CLONE_PIDFD_AUTOKILL | \
	CLONE_EMPTY_MNTNS | \
	0)

/**
 * copy_clone_args_from_user - copy struct clone_args from user space and
 * convert it
 * @kargs: the kernel struct to fill
 *         @kargs->set_tid must point at room for MAX_PID_NS_LEVEL elements
 *         of pid_t before the call.
 * @uargs: the user's struct
 * @usize: the size of the user's struct, as user space passed it
 *
 * The entry stubs read struct clone_args here and nowhere else. A caller
 * built against an older header passes a smaller size and gets the missing
 * fields as zero; a caller built against a newer one may pass a larger size
 * as long as every byte the kernel does not know is zero.
 *
 * Return: 0 on success, or -E2BIG, -EINVAL, -EFAULT.
 */
static noinline int copy_clone_args_from_user(struct kernel_clone_args *kargs,
					      struct clone_args __user *uargs,
					      size_t usize)
{
	struct clone_args args;
	pid_t *kset_tid = kargs->set_tid;
	int err;

	BUILD_BUG_ON(offsetofend(struct clone_args, tls) != CLONE_ARGS_SIZE_VER0);
	BUILD_BUG_ON(offsetofend(struct clone_args, set_tid_size) != CLONE_ARGS_SIZE_VER1);
	BUILD_BUG_ON(offsetofend(struct clone_args, cgroup) != CLONE_ARGS_SIZE_VER2);
	BUILD_BUG_ON(sizeof(struct clone_args) != CLONE_ARGS_SIZE_VER2);
	BUILD_BUG_ON(MAX_PID_NS_LEVEL != 32);
	BUILD_BUG_ON(INT_MAX != 0x7fffffff);
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	defined(CONFIG_ARM64) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390)
	BUILD_BUG_ON(SIGCHLD != 17);
#endif
#if defined(CONFIG_MIPS) || defined(CONFIG_PARISC)
	BUILD_BUG_ON(SIGCHLD != 18);
#endif
#if defined(CONFIG_ALPHA) || defined(CONFIG_SPARC64)
	BUILD_BUG_ON(SIGCHLD != 20);
#endif

	if (unlikely(usize > PAGE_SIZE))
		return -E2BIG;
	if (unlikely(usize < CLONE_ARGS_SIZE_VER0))
		return -EINVAL;

	err = copy_struct_from_user(&args, sizeof(args), uargs, usize);
	if (err)
		return err;

	/* At most one PID per namespace level. */
	if (unlikely(args.set_tid_size > MAX_PID_NS_LEVEL))
		return -EINVAL;

	/* A PID array needs a count, and a count needs an array. */
	if (unlikely((!args.set_tid && args.set_tid_size) ||
		     (args.set_tid && !args.set_tid_size)))
		return -EINVAL;

	/* The exit signal fits in the CSIGNAL bits. */
	if (unlikely(args.exit_signal & ~(u64)CSIGNAL))
		return -EINVAL;

	/* A cgroup file descriptor fits in an int. */
	if (unlikely((args.flags & CLONE_INTO_CGROUP) &&
		     args.cgroup > INT_MAX))
		return -EINVAL;

	/* CLONE_INTO_CGROUP needs a caller that knows the cgroup field. */
	if (unlikely((args.flags & CLONE_INTO_CGROUP) &&
		     usize < CLONE_ARGS_SIZE_VER2))
		return -EINVAL;

	*kargs = (struct kernel_clone_args){
		.flags = args.flags,
		.pidfd = u64_to_user_ptr(args.pidfd),
		.child_tid = u64_to_user_ptr(args.child_tid),
		.parent_tid = u64_to_user_ptr(args.parent_tid),
		.exit_signal = args.exit_signal,
		.stack = args.stack,
		.stack_size = args.stack_size,
		.tls = args.tls,
		.set_tid_size = args.set_tid_size,
		.cgroup = args.cgroup,
	};

	if (args.set_tid_size &&
	    copy_from_user(kset_tid, u64_to_user_ptr(args.set_tid),
			   kargs->set_tid_size * sizeof(pid_t)))
		return -EFAULT;
	kargs->set_tid = kset_tid;

	return 0;
}

/**
 * clone3_args_valid - check a converted clone3() request
 * @kargs: the kernel struct copy_clone_args_from_user() filled
 *
 * Checks that need the converted values. Nothing after this function asks
 * which system call the request came from.
 *
 * Return: 0 if the request is valid, or -EINVAL.
 */
static int clone3_args_valid(struct kernel_clone_args *kargs)
{
	/*
	 * Only flags clone3 knows. The CSIGNAL bits other than CLONE_NEWTIME
	 * and CLONE_DETACHED are free for reuse and refused today.
	 */
	if (unlikely(kargs->flags & ~(u64)CLONE3_FLAGS_KNOWN))
		return -EINVAL;

	/* Shared signal handlers cannot be reset for the child alone. */
	if (unlikely((kargs->flags & (CLONE_SIGHAND | CLONE_CLEAR_SIGHAND)) ==
		     (CLONE_SIGHAND | CLONE_CLEAR_SIGHAND)))
		return -EINVAL;

	/* A thread or a sibling does not signal its creator. */
	if (unlikely((kargs->flags & (CLONE_THREAD | CLONE_PARENT)) &&
		     kargs->exit_signal != 0))
		return -EINVAL;

	/* A stack needs a size, and a size needs a stack. */
	if (unlikely((!kargs->stack && kargs->stack_size) ||
		     (kargs->stack && !kargs->stack_size)))
		return -EINVAL;

	/*
	 * The stack lies in user memory. The kernel then points @stack at its
	 * top on architectures where the stack grows down.
	 */
	if (unlikely(kargs->stack &&
		     !access_ok((void __user *)kargs->stack, kargs->stack_size)))
		return -EINVAL;

#if !defined(CONFIG_STACK_GROWSUP)
	if (kargs->stack)
		kargs->stack += kargs->stack_size;
#endif
	return 0;
}

#ifdef __ARCH_WANT_SYS_FORK
SYSCALL_DEFINE0(fork)
{
#ifdef CONFIG_MMU
	struct kernel_clone_args args = {
		.exit_signal = SIGCHLD,
	};

	return kernel_clone(&args);
#else
	/* Without an MMU the child cannot get a copy of the parent's memory. */
	return -EINVAL;
#endif
}
#endif

#ifdef __ARCH_WANT_SYS_VFORK
SYSCALL_DEFINE0(vfork)
{
	struct kernel_clone_args args = {
		.flags = CLONE_VFORK | CLONE_VM,
		.exit_signal = SIGCHLD,
	};

	return kernel_clone(&args);
}
#endif

#ifdef __ARCH_WANT_SYS_CLONE
#ifdef CONFIG_CLONE_BACKWARDS
SYSCALL_DEFINE5(clone, unsigned long, clone_flags,
		unsigned long, newsp,
		int __user *, parent_tidptr,
		unsigned long, tls,
		int __user *, child_tidptr)
#elif defined(CONFIG_CLONE_BACKWARDS2)
SYSCALL_DEFINE5(clone, unsigned long, newsp,
		unsigned long, clone_flags,
		int __user *, parent_tidptr,
		int __user *, child_tidptr,
		unsigned long, tls)
#elif defined(CONFIG_CLONE_BACKWARDS3)
SYSCALL_DEFINE6(clone, unsigned long, clone_flags,
		unsigned long, newsp,
		int, stack_size,
		int __user *, parent_tidptr,
		int __user *, child_tidptr,
		unsigned long, tls)
#else
SYSCALL_DEFINE5(clone, unsigned long, clone_flags,
		unsigned long, newsp,
		int __user *, parent_tidptr,
		int __user *, child_tidptr,
		unsigned long, tls)
#endif
{
	struct kernel_clone_args args = {
		.flags = lower_32_bits(clone_flags) & ~CSIGNAL,
		.pidfd = parent_tidptr,
		.child_tid = child_tidptr,
		.parent_tid = parent_tidptr,
		.exit_signal = lower_32_bits(clone_flags) & CSIGNAL,
		.stack = newsp,
		.tls = tls,
	};

	return kernel_clone(&args);
}
#endif

/**
 * sys_clone3 - the clone3() system call
 * @uargs: the user's struct clone_args
 * @size: its size, as the caller was built with
 *
 * Return: what kernel_clone() returns, or a negative errno from
 * the copy-in and checks.
 */
SYSCALL_DEFINE2(clone3, struct clone_args __user *, uargs,
		size_t, size)
{
	struct kernel_clone_args kargs;
	pid_t set_tid[MAX_PID_NS_LEVEL];
	int err;

#ifdef __ARCH_BROKEN_SYS_CLONE3
#warning clone3() entry point is missing, please fix
	return sys_ni_syscall();
#endif

	kargs.set_tid = set_tid;
	err = copy_clone_args_from_user(&kargs, uargs, size);
	if (err)
		return err;

	err = clone3_args_valid(&kargs);
	if (err)
		return err;

	return kernel_clone(&kargs);
}
