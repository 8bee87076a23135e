// SPDX-License-Identifier: GPL-2.0
/*
 * Generated from spec/file_attr.yaml by clonegen; do not edit.
 * Spec digest: sha256:351dc2749e61ac7c.
 */

#include <linux/build_bug.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/stddef.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#include <linux/file_attr.h>

/* Flags file_setattr() knows in file_attr.fa_xflags. */
#define FILE_SETATTR_FA_XFLAGS_KNOWN ( \
	FS_XFLAG_REALTIME | \
	FS_XFLAG_PREALLOC | \
	FS_XFLAG_IMMUTABLE | \
	FS_XFLAG_APPEND | \
	FS_XFLAG_SYNC | \
	FS_XFLAG_NOATIME | \
	FS_XFLAG_NODUMP | \
	FS_XFLAG_RTINHERIT | \
	FS_XFLAG_PROJINHERIT | \
	FS_XFLAG_NOSYMLINKS | \
	FS_XFLAG_EXTSIZE | \
	FS_XFLAG_EXTSZINHERIT | \
	FS_XFLAG_NODEFRAG | \
	FS_XFLAG_FILESTREAM | \
	FS_XFLAG_DAX | \
	FS_XFLAG_COWEXTSIZE | \
	FS_XFLAG_VERITY | \
	FS_XFLAG_CASEFOLD | \
	FS_XFLAG_CASENONPRESERVING | \
	FS_XFLAG_HASATTR | \
	0)

/**
 * copy_file_attr_from_user - copy struct file_attr in from user space
 * @kargs: the kernel struct to fill
 * @uargs: the user's struct
 * @usize: the size of the user's struct, as user space passed it
 *
 * The entry stubs read struct file_attr here and nowhere else. A caller
 * built against an older header passes a smaller size and gets the missing
 * fields as zero; a caller built against a newer one may pass a larger size
 * as long as every byte the kernel does not know is zero.
 *
 * Return: 0 on success, or -E2BIG, -EINVAL, -EFAULT.
 */
static int copy_file_attr_from_user(struct file_attr *kargs,
				    struct file_attr __user *uargs,
				    size_t usize)
{
	int err;

	BUILD_BUG_ON(offsetofend(struct file_attr, fa_cowextsize) != FILE_ATTR_SIZE_VER0);
	BUILD_BUG_ON(sizeof(struct file_attr) != FILE_ATTR_SIZE_VER0);

	if (unlikely(usize > PAGE_SIZE))
		return -E2BIG;
	if (unlikely(usize < FILE_ATTR_SIZE_VER0))
		return -EINVAL;

	err = copy_struct_from_user(kargs, sizeof(*kargs), uargs, usize);
	if (err)
		return err;

	/* Only the xflags the kernel knows. */
	if (unlikely(kargs->fa_xflags & ~(u64)FILE_SETATTR_FA_XFLAGS_KNOWN))
		return -EINVAL;

	return 0;
}

/**
 * copy_file_attr_to_user - convert struct file_attr and copy it to user
 * space
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
static int copy_file_attr_to_user(struct file_attr __user *uargs,
				  size_t usize,
				  const struct file_attr *kargs)
{
	struct file_attr args = {
		.fa_xflags = kargs->fa_xflags,
		.fa_extsize = kargs->fa_extsize,
		.fa_nextents = kargs->fa_nextents,
		.fa_projid = kargs->fa_projid,
		.fa_cowextsize = kargs->fa_cowextsize,
	};

	return copy_struct_to_user(uargs, usize, &args, sizeof(args), NULL);
}

/**
 * sys_file_setattr - the file_setattr() system call
 * @dfd: passed on to file_setattr_common()
 * @filename: passed on to file_setattr_common()
 * @ufattr: the user's struct file_attr
 * @usize: its size, as the caller was built with
 * @at_flags: passed on to file_setattr_common()
 *
 * Return: what file_setattr_common() returns, or a negative errno from
 * the copy-in and checks.
 */
SYSCALL_DEFINE5(file_setattr, int, dfd,
		const char __user *, filename,
		struct file_attr __user *, ufattr,
		size_t, usize,
		unsigned int, at_flags)
{
	struct file_attr kargs;
	int err;

	if (unlikely(at_flags & ~0x1100))
		return -EINVAL;

	err = copy_file_attr_from_user(&kargs, ufattr, usize);
	if (err)
		return err;

	return file_setattr_common(dfd, filename, at_flags, &kargs);
}

/**
 * sys_file_getattr - the file_getattr() system call
 * @dfd: passed on to file_getattr_common()
 * @filename: passed on to file_getattr_common()
 * @ufattr: the user's struct file_attr
 * @usize: the size of the caller's buffer
 * @at_flags: passed on to file_getattr_common()
 *
 * Return: 0 with the struct copied out, what file_getattr_common() returns
 * on failure, or a negative errno from the checks and the copy-out.
 */
SYSCALL_DEFINE5(file_getattr, int, dfd,
		const char __user *, filename,
		struct file_attr __user *, ufattr,
		size_t, usize,
		unsigned int, at_flags)
{
	struct file_attr kargs = { };
	long ret;

	if (unlikely(at_flags & ~0x1100))
		return -EINVAL;
	if (unlikely(usize > PAGE_SIZE))
		return -E2BIG;
	if (unlikely(usize < FILE_ATTR_SIZE_VER0))
		return -EINVAL;

	ret = file_getattr_common(dfd, filename, at_flags, &kargs);
	if (ret)
		return ret;

	return copy_file_attr_to_user(ufattr, usize, &kargs);
}
