// SPDX-License-Identifier: GPL-2.0
/*
 * Generated from spec/xattr_args.yaml by clonegen; do not edit.
 * Spec digest: sha256:3ce00ba754a1a031.
 */

#include <linux/build_bug.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/stddef.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#include <linux/xattr_args.h>

/**
 * copy_xattr_args_from_user - copy struct xattr_args in from user space
 * @kargs: the kernel struct to fill
 * @uargs: the user's struct
 * @usize: the size of the user's struct, as user space passed it
 *
 * The entry stubs read struct xattr_args here and nowhere else. A caller
 * built against an older header passes a smaller size and gets the missing
 * fields as zero; a caller built against a newer one may pass a larger size
 * as long as every byte the kernel does not know is zero.
 *
 * Return: 0 on success, or -EINVAL, -E2BIG, -EFAULT.
 */
static int copy_xattr_args_from_user(struct xattr_args *kargs,
				     struct xattr_args __user *uargs,
				     size_t usize)
{
	int err;

	BUILD_BUG_ON(offsetofend(struct xattr_args, flags) != XATTR_ARGS_SIZE_VER0);
	BUILD_BUG_ON(sizeof(struct xattr_args) != XATTR_ARGS_SIZE_VER0);

	if (unlikely(usize < XATTR_ARGS_SIZE_VER0))
		return -EINVAL;
	if (unlikely(usize > PAGE_SIZE))
		return -E2BIG;

	err = copy_struct_from_user(kargs, sizeof(*kargs), uargs, usize);
	if (err)
		return err;

	return 0;
}

/**
 * sys_setxattrat - the setxattrat() system call
 * @dfd: passed on to setxattrat_common()
 * @pathname: passed on to setxattrat_common()
 * @at_flags: passed on to setxattrat_common()
 * @name: passed on to setxattrat_common()
 * @uargs: the user's struct xattr_args
 * @usize: its size, as the caller was built with
 *
 * Return: what setxattrat_common() returns, or a negative errno from
 * the copy-in and checks.
 */
SYSCALL_DEFINE6(setxattrat, int, dfd,
		const char __user *, pathname,
		unsigned int, at_flags,
		const char __user *, name,
		struct xattr_args __user *, uargs,
		size_t, usize)
{
	struct xattr_args kargs;
	int err;

	err = copy_xattr_args_from_user(&kargs, uargs, usize);
	if (err)
		return err;

	return setxattrat_common(dfd, pathname, at_flags, name, &kargs);
}

/**
 * sys_getxattrat - the getxattrat() system call
 * @dfd: passed on to getxattrat_common()
 * @pathname: passed on to getxattrat_common()
 * @at_flags: passed on to getxattrat_common()
 * @name: passed on to getxattrat_common()
 * @uargs: the user's struct xattr_args
 * @usize: its size, as the caller was built with
 *
 * Return: what getxattrat_common() returns, or a negative errno from
 * the copy-in and checks.
 */
SYSCALL_DEFINE6(getxattrat, int, dfd,
		const char __user *, pathname,
		unsigned int, at_flags,
		const char __user *, name,
		struct xattr_args __user *, uargs,
		size_t, usize)
{
	struct xattr_args kargs;
	int err;

	err = copy_xattr_args_from_user(&kargs, uargs, usize);
	if (err)
		return err;

	return getxattrat_common(dfd, pathname, at_flags, name, &kargs);
}
