// SPDX-License-Identifier: GPL-2.0
/*
 * Generated from spec/open_how.yaml by clonegen; do not edit.
 * Spec digest: sha256:61f4ceec3e13bc1f.
 */

#include <linux/audit.h>
#include <linux/build_bug.h>
#include <linux/errno.h>
#include <linux/fcntl.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/stddef.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#include <linux/open_how.h>

/**
 * copy_open_how_from_user - copy struct open_how in from user space
 * @kargs: the kernel struct to fill
 * @uargs: the user's struct
 * @usize: the size of the user's struct, as user space passed it
 *
 * The entry stubs read struct open_how here and nowhere else. A caller
 * built against an older header passes a smaller size and gets the missing
 * fields as zero; a caller built against a newer one may pass a larger size
 * as long as every byte the kernel does not know is zero.
 *
 * Return: 0 on success, or -EINVAL, -E2BIG, -EFAULT.
 */
static int copy_open_how_from_user(struct open_how *kargs,
				   struct open_how __user *uargs,
				   size_t usize)
{
	int err;

	BUILD_BUG_ON(offsetofend(struct open_how, resolve) != OPEN_HOW_SIZE_VER0);
	BUILD_BUG_ON(sizeof(struct open_how) != OPEN_HOW_SIZE_VER0);
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	defined(CONFIG_ARM64) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390) || defined(CONFIG_MIPS)
	BUILD_BUG_ON(O_PATH != 0x200000);
#endif
#if defined(CONFIG_PARISC)
	BUILD_BUG_ON(O_PATH != 0x400000);
#endif
#if defined(CONFIG_ALPHA)
	BUILD_BUG_ON(O_PATH != 0x800000);
#endif
#if defined(CONFIG_SPARC64)
	BUILD_BUG_ON(O_PATH != 0x1000000);
#endif
#if defined(CONFIG_PARISC)
	BUILD_BUG_ON(O_LARGEFILE != 0x800);
#endif
#if defined(CONFIG_MIPS)
	BUILD_BUG_ON(O_LARGEFILE != 0x2000);
#endif
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390)
	BUILD_BUG_ON(O_LARGEFILE != 0x8000);
#endif
#if defined(CONFIG_ARM64) || defined(CONFIG_ALPHA)
	BUILD_BUG_ON(O_LARGEFILE != 0x20000);
#endif
#if defined(CONFIG_SPARC64)
	BUILD_BUG_ON(O_LARGEFILE != 0x40000);
#endif

	if (unlikely(usize < OPEN_HOW_SIZE_VER0))
		return -EINVAL;
	if (unlikely(usize > PAGE_SIZE))
		return -E2BIG;

	err = copy_struct_from_user(kargs, sizeof(*kargs), uargs, usize);
	if (err)
		return err;

	audit_openat2_how(kargs);
	if (!(kargs->flags & O_PATH) && force_o_largefile())
		kargs->flags |= O_LARGEFILE;

	return 0;
}

/**
 * sys_openat2 - the openat2() system call
 * @dfd: passed on to do_sys_openat2()
 * @filename: passed on to do_sys_openat2()
 * @how: the user's struct open_how
 * @usize: its size, as the caller was built with
 *
 * Return: what do_sys_openat2() returns, or a negative errno from
 * the copy-in and checks.
 */
SYSCALL_DEFINE4(openat2, int, dfd,
		const char __user *, filename,
		struct open_how __user *, how,
		size_t, usize)
{
	struct open_how kargs;
	int err;

	err = copy_open_how_from_user(&kargs, how, usize);
	if (err)
		return err;

	return do_sys_openat2(dfd, filename, &kargs);
}
