// SPDX-License-Identifier: GPL-2.0
/*
 * Generated from spec/pidfd_info.yaml by clonegen; do not edit.
 * Spec digest: sha256:f6bb2c3b3c04f84f.
 */

#include <linux/build_bug.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/stddef.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#include <linux/pidfd_info.h>

/**
 * copy_pidfd_info_to_user - convert struct kernel_pidfd_info and copy it to
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
static int copy_pidfd_info_to_user(struct pidfd_info __user *uargs,
				   size_t usize,
				   const struct kernel_pidfd_info *kargs)
{
	struct pidfd_info args = {
		.mask = kargs->mask,
		.cgroupid = kargs->cgroupid,
		.pid = kargs->pid,
		.tgid = kargs->tgid,
		.ppid = kargs->ppid,
		.ruid = kargs->ruid,
		.rgid = kargs->rgid,
		.euid = kargs->euid,
		.egid = kargs->egid,
		.suid = kargs->suid,
		.sgid = kargs->sgid,
		.fsuid = kargs->fsuid,
		.fsgid = kargs->fsgid,
		.exit_code = kargs->exit_code,
		.coredump_mask = kargs->coredump_mask,
		.coredump_signal = kargs->coredump_signal,
		.coredump_code = kargs->coredump_code,
		.coredump_pad = kargs->coredump_pad,
		.supported_mask = kargs->supported_mask,
	};

	return copy_struct_to_user(uargs, usize, &args, sizeof(args), NULL);
}

/**
 * pidfd_get_info_cmd_valid - is @cmd the PIDFD_GET_INFO ioctl?
 * @cmd: the ioctl number
 *
 * The size of struct pidfd_info is part of the number: every size from
 * PIDFD_INFO_SIZE_VER0 up matches; a smaller one, or another direction,
 * does not, and the ioctl fails with -ENOTTY before the handler runs.
 *
 * Return: true if @cmd is PIDFD_GET_INFO for some size the kernel accepts.
 */
bool pidfd_get_info_cmd_valid(unsigned int cmd)
{
	return extensible_ioctl_valid(cmd, PIDFD_GET_INFO, PIDFD_INFO_SIZE_VER0);
}

/**
 * pidfd_get_info_ioctl - the PIDFD_GET_INFO ioctl
 * @file: the file the ioctl was made on, passed on to pidfd_info_common()
 * @cmd: the ioctl number, which carries the size of the caller's struct
 * @arg: the user's struct pidfd_info
 *
 * The caller's request (mask) is read first; pidfd_info_common() fills the
 * rest and replaces it with its answer.
 *
 * Return: 0 with the struct copied out, what pidfd_info_common() returns
 * on failure, or a negative errno from the checks and the copies.
 */
long pidfd_get_info_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct pidfd_info __user *uargs = (struct pidfd_info __user *)arg;
	size_t usize = _IOC_SIZE(cmd);
	struct kernel_pidfd_info kargs = { };
	long ret;

	if (unlikely(!pidfd_get_info_cmd_valid(cmd)))
		return -ENOTTY;
	if (unlikely(!uargs))
		return -EINVAL;
	if (copy_from_user(&kargs.mask, &uargs->mask, sizeof(kargs.mask)))
		return -EFAULT;

	ret = pidfd_info_common(file, &kargs);
	if (ret)
		return ret;

	return copy_pidfd_info_to_user(uargs, usize, &kargs);
}
