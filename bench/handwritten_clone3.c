/*
 * The hand-written clone3 copy-in and validity check as Linux 7.3's
 * kernel/fork.c writes them (copy_clone_args_from_user() is noinline there,
 * and valid_signal() has moved to kernel_clone()), as the baseline of the
 * copy-in benchmark. Same checks, same order, same uaccess primitives as the
 * generated code.
 */
#include <linux/clone_args.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/limits.h>
#include <linux/mm.h>
#include <linux/pid_namespace.h>
#include <linux/signal.h>
#include <linux/uaccess.h>

#define CLONE_LEGACY_FLAGS 0xffffffffULL
#define CLONE_71_FLAGS (CLONE_AUTOREAP | CLONE_NNP | CLONE_PIDFD_AUTOKILL | CLONE_EMPTY_MNTNS)

long hand_clone3(struct clone_args __user *uargs, size_t usize);

static noinline int hand_copy(struct kernel_clone_args *kargs, struct clone_args __user *uargs, size_t usize)
{
	struct clone_args args;
	pid_t *kset_tid = kargs->set_tid;
	int err;

	if (unlikely(usize > PAGE_SIZE))
		return -E2BIG;
	if (unlikely(usize < CLONE_ARGS_SIZE_VER0))
		return -EINVAL;
	err = copy_struct_from_user(&args, sizeof(args), uargs, usize);
	if (err)
		return err;
	if (unlikely(args.set_tid_size > MAX_PID_NS_LEVEL))
		return -EINVAL;
	if (unlikely(!args.set_tid && args.set_tid_size > 0))
		return -EINVAL;
	if (unlikely(args.set_tid && args.set_tid_size == 0))
		return -EINVAL;
	if (unlikely(args.exit_signal & ~((u64)CSIGNAL)))
		return -EINVAL;
	if ((args.flags & CLONE_INTO_CGROUP) && (args.cgroup > INT_MAX || usize < CLONE_ARGS_SIZE_VER2))
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
	if (args.set_tid && copy_from_user(kset_tid, u64_to_user_ptr(args.set_tid),
					   kargs->set_tid_size * sizeof(pid_t)))
		return -EFAULT;
	kargs->set_tid = kset_tid;
	return 0;
}

static int hand_valid(struct kernel_clone_args *kargs)
{
	if (kargs->flags & ~(CLONE_LEGACY_FLAGS | CLONE_CLEAR_SIGHAND | CLONE_INTO_CGROUP | CLONE_71_FLAGS))
		return -EINVAL;
	if (kargs->flags & (CLONE_DETACHED | (CSIGNAL & (~CLONE_NEWTIME))))
		return -EINVAL;
	if ((kargs->flags & (CLONE_SIGHAND | CLONE_CLEAR_SIGHAND)) == (CLONE_SIGHAND | CLONE_CLEAR_SIGHAND))
		return -EINVAL;
	if ((kargs->flags & (CLONE_THREAD | CLONE_PARENT)) && kargs->exit_signal)
		return -EINVAL;
	if (kargs->stack == 0) {
		if (kargs->stack_size > 0)
			return -EINVAL;
	} else {
		if (kargs->stack_size == 0)
			return -EINVAL;
		if (!access_ok((void __user *)kargs->stack, kargs->stack_size))
			return -EINVAL;
		kargs->stack += kargs->stack_size;
	}
	return 0;
}

long hand_clone3(struct clone_args __user *uargs, size_t usize)
{
	struct kernel_clone_args kargs;
	pid_t set_tid[MAX_PID_NS_LEVEL];
	int err;

	kargs.set_tid = set_tid;
	err = hand_copy(&kargs, uargs, usize);
	if (err)
		return err;
	err = hand_valid(&kargs);
	if (err)
		return err;
	return kernel_clone(&kargs);
}
