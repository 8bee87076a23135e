// SPDX-License-Identifier: GPL-2.0
/*
 * Generated from spec/mount_attr.yaml by clonegen; do not edit.
 * Spec digest: sha256:3ba751bd668b6e82.
 */

#include <linux/bitops.h>
#include <linux/build_bug.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mount.h>
#include <linux/stddef.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#include <linux/mount_attr.h>

/**
 * copy_mount_attr_from_user - copy struct mount_attr from user space and
 * convert it
 * @kargs: the kernel struct to fill
 * @uargs: the user's struct
 * @usize: the size of the user's struct, as user space passed it
 *
 * The entry stubs read struct mount_attr here and nowhere else. A caller
 * built against an older header passes a smaller size and gets the missing
 * fields as zero; a caller built against a newer one may pass a larger size
 * as long as every byte the kernel does not know is zero.
 *
 * Return: 0 on success, or -E2BIG, -EINVAL, -EFAULT.
 */
static noinline int copy_mount_attr_from_user(struct kernel_mount_attr *kargs,
					      struct mount_attr __user *uargs,
					      size_t usize)
{
	struct mount_attr args;
	int err;

	BUILD_BUG_ON(offsetofend(struct mount_attr, userns_fd) != MOUNT_ATTR_SIZE_VER0);
	BUILD_BUG_ON(sizeof(struct mount_attr) != MOUNT_ATTR_SIZE_VER0);

	if (unlikely(usize > PAGE_SIZE))
		return -E2BIG;
	if (unlikely(usize < MOUNT_ATTR_SIZE_VER0))
		return -EINVAL;
	if (!may_mount())
		return -EPERM;

	err = copy_struct_from_user(&args, sizeof(args), uargs, usize);
	if (err)
		return err;

	/* Only the four propagation types. */
	if (unlikely(args.propagation & ~(u64)0x1e0000))
		return -EINVAL;

	/* At most one propagation type. */
	if (unlikely(hweight64(args.propagation &
		     (MS_UNBINDABLE | MS_PRIVATE | MS_SLAVE | MS_SHARED)) > 1))
		return -EINVAL;

	/* Only attributes mount_setattr() knows are set. */
	if (unlikely(args.attr_set & ~(u64)0x3000ff))
		return -EINVAL;

	/* Only attributes mount_setattr() knows are cleared. */
	if (unlikely(args.attr_clr & ~(u64)0x3000ff))
		return -EINVAL;

	/* Clearing the atime setting clears all of its bits. */
	if (unlikely((args.attr_clr & MOUNT_ATTR__ATIME) &&
		     (args.attr_clr & MOUNT_ATTR__ATIME) !=
		     MOUNT_ATTR__ATIME))
		return -EINVAL;

	/*
	 * A new atime setting is one of relatime (0), noatime and strictatime.
	 */
	if (unlikely((args.attr_clr & MOUNT_ATTR__ATIME) &&
		     (args.attr_set & (MOUNT_ATTR_NOATIME | MOUNT_ATTR_STRICTATIME)) ==
		     (MOUNT_ATTR_NOATIME | MOUNT_ATTR_STRICTATIME)))
		return -EINVAL;

	/* The third atime bit is no setting. */
	if (unlikely((args.attr_clr & MOUNT_ATTR__ATIME) &&
		     args.attr_set & ~(u64)0x3000bf))
		return -EINVAL;

	/* An atime setting needs MOUNT_ATTR__ATIME in attr_clr too. */
	if (unlikely(!(args.attr_clr & MOUNT_ATTR__ATIME) &&
		     args.attr_set & ~(u64)0x30008f))
		return -EINVAL;

	*kargs = (struct kernel_mount_attr){
		.attr_set = args.attr_set,
		.attr_clr = args.attr_clr,
		.propagation = args.propagation,
		.userns_fd = args.userns_fd,
	};

	return 0;
}

/**
 * sys_mount_setattr - the mount_setattr() system call
 * @dfd: passed on to mount_setattr_common()
 * @path: passed on to mount_setattr_common()
 * @flags: passed on to mount_setattr_common()
 * @uattr: the user's struct mount_attr
 * @usize: its size, as the caller was built with
 *
 * Return: what mount_setattr_common() returns, or a negative errno from
 * the copy-in and checks.
 */
SYSCALL_DEFINE5(mount_setattr, int, dfd,
		const char __user *, path,
		unsigned int, flags,
		struct mount_attr __user *, uattr,
		size_t, usize)
{
	struct kernel_mount_attr kargs;
	int err;

	if (unlikely(flags & ~0x9900))
		return -EINVAL;

	err = copy_mount_attr_from_user(&kargs, uattr, usize);
	if (err)
		return err;

	return mount_setattr_common(dfd, path, flags, &kargs);
}

/**
 * sys_open_tree_attr - the open_tree_attr() system call
 * @dfd: passed on to open_tree_attr_common()
 * @filename: passed on to open_tree_attr_common()
 * @flags: passed on to open_tree_attr_common()
 * @uattr: the user's struct mount_attr
 * @usize: its size, as the caller was built with
 *
 * Return: what open_tree_attr_common() returns, or a negative errno from
 * the copy-in and checks.
 */
SYSCALL_DEFINE5(open_tree_attr, int, dfd,
		const char __user *, filename,
		unsigned int, flags,
		struct mount_attr __user *, uattr,
		size_t, usize)
{
	struct kernel_mount_attr kargs;
	int err;

	if (unlikely(!uattr && usize))
		return -EINVAL;

	/* No struct and a size of 0: the call does its work without one. */
	if (!uattr)
		return open_tree_attr_common(dfd, filename, flags, NULL);

	err = copy_mount_attr_from_user(&kargs, uattr, usize);
	if (err)
		return err;

	return open_tree_attr_common(dfd, filename, flags, &kargs);
}
