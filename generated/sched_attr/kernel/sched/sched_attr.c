// SPDX-License-Identifier: GPL-2.0
/*
 * Generated from spec/sched_attr.yaml by clonegen; do not edit.
 * Spec digest: sha256:0e3b10430f833d3c.
 */

#include <linux/build_bug.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/sched/prio.h>
#include <linux/stddef.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#include <linux/sched_attr.h>

/**
 * sched_copy_attr - copy struct sched_attr from user space and convert it
 * @kargs: the kernel struct to fill
 * @uargs: the user's struct
 *
 * The size is the struct's own size field. On a size error the kernel
 * writes the size it knows back into it, so that the caller learns what to
 * pass.
 *
 * The entry stubs read struct sched_attr here and nowhere else. A caller
 * built against an older header passes a smaller size and gets the missing
 * fields as zero; a caller built against a newer one may pass a larger size
 * as long as every byte the kernel does not know is zero.
 *
 * Return: 0 on success, or -E2BIG, -EFAULT, -EINVAL.
 */
static noinline int sched_copy_attr(struct kernel_sched_attr *kargs,
				    struct sched_attr __user *uargs)
{
	struct sched_attr args;
	u32 usize;
	int err;

	BUILD_BUG_ON(offsetofend(struct sched_attr, sched_period) != SCHED_ATTR_SIZE_VER0);
	BUILD_BUG_ON(offsetofend(struct sched_attr, sched_util_max) != SCHED_ATTR_SIZE_VER1);
	BUILD_BUG_ON(sizeof(struct sched_attr) != SCHED_ATTR_SIZE_VER1);
	BUILD_BUG_ON(MIN_NICE != -20);
	BUILD_BUG_ON(MAX_NICE != 19);

	err = get_user(usize, &uargs->size);
	if (err)
		return err;
	/* A size of zero is an ABI quirk: it stands for the first version. */
	if (!usize)
		usize = SCHED_ATTR_SIZE_VER0;
	if (unlikely(usize < SCHED_ATTR_SIZE_VER0))
		goto err_size;
	if (unlikely(usize > PAGE_SIZE))
		goto err_size;

	err = copy_struct_from_user(&args, sizeof(args), uargs, usize);
	if (err == -E2BIG)
		goto err_size;
	if (err)
		return err;

	/*
	 * The utilization clamps live in VER1; asking for them with a smaller
	 * struct is refused.
	 */
	if (unlikely((args.sched_flags & (SCHED_FLAG_UTIL_CLAMP_MIN | SCHED_FLAG_UTIL_CLAMP_MAX)) &&
		     usize < SCHED_ATTR_SIZE_VER1))
		return -EINVAL;

	*kargs = (struct kernel_sched_attr){
		.size = args.size,
		.sched_policy = args.sched_policy,
		.sched_flags = args.sched_flags,
		.sched_nice = args.sched_nice,
		.sched_priority = args.sched_priority,
		.sched_runtime = args.sched_runtime,
		.sched_deadline = args.sched_deadline,
		.sched_period = args.sched_period,
		.sched_util_min = args.sched_util_min,
		.sched_util_max = args.sched_util_max,
	};

	kargs->sched_nice = clamp(kargs->sched_nice, MIN_NICE, MAX_NICE);

	return 0;

err_size:
	/* Tell the caller the size of the struct this kernel knows. */
	put_user((u32)sizeof(args), &uargs->size);
	return -E2BIG;
}

/**
 * sched_attr_valid - check a converted sched_setattr() request
 * @kargs: the kernel struct sched_copy_attr() filled
 *
 * Checks that need the converted values. Nothing after this function asks
 * which system call the request came from.
 *
 * Return: 0 if the request is valid, or -EINVAL.
 */
static int sched_attr_valid(struct kernel_sched_attr *kargs)
{
	/*
	 * A policy that is negative as an int is refused before the task is
	 * looked up.
	 */
	if (unlikely(kargs->sched_policy > 0x7fffffff))
		return -EINVAL;

	return 0;
}

/**
 * copy_sched_attr_to_user - convert struct kernel_sched_attr and copy it to
 * user space
 * @uargs: the user's struct
 * @usize: the size of the user's struct, as user space passed it
 * @kargs: the kernel struct to copy out
 *
 * A caller built against an older header gets the fields that fit its size;
 * one built against a newer header gets zeros after the fields this kernel
 * knows (copy_struct_to_user()).
 *
 * Return: 0 on success, or -EFAULT.
 */
static int copy_sched_attr_to_user(struct sched_attr __user *uargs,
				   size_t usize,
				   const struct kernel_sched_attr *kargs)
{
	struct sched_attr args = {
		.size = (__u32)min_t(size_t, usize, sizeof(args)),
		.sched_policy = kargs->sched_policy,
		.sched_flags = kargs->sched_flags,
		.sched_nice = kargs->sched_nice,
		.sched_priority = kargs->sched_priority,
		.sched_runtime = kargs->sched_runtime,
		.sched_deadline = kargs->sched_deadline,
		.sched_period = kargs->sched_period,
		.sched_util_min = kargs->sched_util_min,
		.sched_util_max = kargs->sched_util_max,
	};

	return copy_struct_to_user(uargs, usize, &args, sizeof(args), NULL);
}

/**
 * sys_sched_setattr - the sched_setattr() system call
 * @pid: passed on to sched_setattr_common()
 * @uattr: the user's struct sched_attr
 * @flags: passed on to sched_setattr_common()
 *
 * Return: what sched_setattr_common() returns, or a negative errno from
 * the copy-in and checks.
 */
SYSCALL_DEFINE3(sched_setattr, pid_t, pid,
		struct sched_attr __user *, uattr,
		unsigned int, flags)
{
	struct kernel_sched_attr kargs;
	int err;

	if (unlikely(!uattr))
		return -EINVAL;
	if (unlikely(pid < 0))
		return -EINVAL;
	if (unlikely(flags))
		return -EINVAL;

	err = sched_copy_attr(&kargs, uattr);
	if (err)
		return err;

	err = sched_attr_valid(&kargs);
	if (err)
		return err;

	return sched_setattr_common(pid, flags, &kargs);
}

/**
 * sys_sched_getattr - the sched_getattr() system call
 * @pid: passed on to sched_getattr_common()
 * @uattr: the user's struct sched_attr
 * @usize: the size of the caller's buffer
 * @flags: passed on to sched_getattr_common()
 *
 * Return: 0 with the struct copied out, what sched_getattr_common() returns
 * on failure, or a negative errno from the checks and the copy-out.
 */
SYSCALL_DEFINE4(sched_getattr, pid_t, pid,
		struct sched_attr __user *, uattr,
		unsigned int, usize,
		unsigned int, flags)
{
	struct kernel_sched_attr kargs = { };
	long ret;

	if (unlikely(!uattr))
		return -EINVAL;
	if (unlikely(pid < 0))
		return -EINVAL;
	if (unlikely(usize > PAGE_SIZE))
		return -EINVAL;
	if (unlikely(usize < SCHED_ATTR_SIZE_VER0))
		return -EINVAL;

	ret = sched_getattr_common(pid, flags, &kargs);
	if (ret)
		return ret;

	return copy_sched_attr_to_user(uattr, usize, &kargs);
}
