// SPDX-License-Identifier: GPL-2.0
/*
 * Generated from spec/open_how.yaml by clonegen; do not edit.
 * Spec digest: sha256:5fe196f684e04845.
 */

#include <linux/audit.h>
#include <linux/build_bug.h>
#include <linux/errno.h>
#include <linux/fcntl.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/stat.h>
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
	defined(CONFIG_S390)
	BUILD_BUG_ON(O_CREAT != 64);
#endif
#if defined(CONFIG_MIPS) || defined(CONFIG_PARISC)
	BUILD_BUG_ON(O_CREAT != 0x100);
#endif
#if defined(CONFIG_ALPHA) || defined(CONFIG_SPARC64)
	BUILD_BUG_ON(O_CREAT != 0x200);
#endif
#if defined(CONFIG_PARISC)
	BUILD_BUG_ON(O_DIRECTORY != 0x1000);
#endif
#if defined(CONFIG_ARM64)
	BUILD_BUG_ON(O_DIRECTORY != 0x4000);
#endif
#if defined(CONFIG_ALPHA)
	BUILD_BUG_ON(O_DIRECTORY != 0x8000);
#endif
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390) || defined(CONFIG_MIPS) || \
	defined(CONFIG_SPARC64)
	BUILD_BUG_ON(O_DIRECTORY != 0x10000);
#endif
#if defined(CONFIG_PARISC)
	BUILD_BUG_ON(O_NOFOLLOW != 128);
#endif
#if defined(CONFIG_ARM64)
	BUILD_BUG_ON(O_NOFOLLOW != 0x8000);
#endif
#if defined(CONFIG_ALPHA)
	BUILD_BUG_ON(O_NOFOLLOW != 0x10000);
#endif
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390) || defined(CONFIG_MIPS) || \
	defined(CONFIG_SPARC64)
	BUILD_BUG_ON(O_NOFOLLOW != 0x20000);
#endif
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	defined(CONFIG_ARM64) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390) || defined(CONFIG_MIPS)
	BUILD_BUG_ON(O_CLOEXEC != 0x80000);
#endif
#if defined(CONFIG_ALPHA) || defined(CONFIG_PARISC)
	BUILD_BUG_ON(O_CLOEXEC != 0x200000);
#endif
#if defined(CONFIG_SPARC64)
	BUILD_BUG_ON(O_CLOEXEC != 0x400000);
#endif
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
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	defined(CONFIG_ARM64) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390) || defined(CONFIG_MIPS)
	BUILD_BUG_ON(__O_TMPFILE != 0x400000);
#endif
#if defined(CONFIG_PARISC)
	BUILD_BUG_ON(__O_TMPFILE != 0x800000);
#endif
#if defined(CONFIG_ALPHA)
	BUILD_BUG_ON(__O_TMPFILE != 0x1000000);
#endif
#if defined(CONFIG_SPARC64)
	BUILD_BUG_ON(__O_TMPFILE != 0x2000000);
#endif
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	defined(CONFIG_ARM64) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390) || defined(CONFIG_MIPS) || \
	defined(CONFIG_PARISC)
	BUILD_BUG_ON(O_TRUNC != 0x200);
#endif
#if defined(CONFIG_ALPHA) || defined(CONFIG_SPARC64)
	BUILD_BUG_ON(O_TRUNC != 0x400);
#endif
	BUILD_BUG_ON(O_ACCMODE != 3);
	BUILD_BUG_ON(S_IALLUGO != 0xfff);
	BUILD_BUG_ON(O_RDONLY != 0);
	BUILD_BUG_ON(O_WRONLY != 1);
	BUILD_BUG_ON(O_RDWR != 2);
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	defined(CONFIG_ARM64) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390)
	BUILD_BUG_ON(O_EXCL != 128);
#endif
#if defined(CONFIG_MIPS) || defined(CONFIG_PARISC)
	BUILD_BUG_ON(O_EXCL != 0x400);
#endif
#if defined(CONFIG_ALPHA) || defined(CONFIG_SPARC64)
	BUILD_BUG_ON(O_EXCL != 0x800);
#endif
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	defined(CONFIG_ARM64) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390)
	BUILD_BUG_ON(O_NOCTTY != 0x100);
#endif
#if defined(CONFIG_MIPS)
	BUILD_BUG_ON(O_NOCTTY != 0x800);
#endif
#if defined(CONFIG_ALPHA)
	BUILD_BUG_ON(O_NOCTTY != 0x1000);
#endif
#if defined(CONFIG_SPARC64)
	BUILD_BUG_ON(O_NOCTTY != 0x8000);
#endif
#if defined(CONFIG_PARISC)
	BUILD_BUG_ON(O_NOCTTY != 0x20000);
#endif
#if defined(CONFIG_MIPS) || defined(CONFIG_ALPHA) || \
	defined(CONFIG_SPARC64) || defined(CONFIG_PARISC)
	BUILD_BUG_ON(O_APPEND != 8);
#endif
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	defined(CONFIG_ARM64) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390)
	BUILD_BUG_ON(O_APPEND != 0x400);
#endif
#if defined(CONFIG_ALPHA)
	BUILD_BUG_ON(O_NONBLOCK != 4);
#endif
#if defined(CONFIG_MIPS)
	BUILD_BUG_ON(O_NONBLOCK != 128);
#endif
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	defined(CONFIG_ARM64) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390)
	BUILD_BUG_ON(O_NONBLOCK != 0x800);
#endif
#if defined(CONFIG_SPARC64)
	BUILD_BUG_ON(O_NONBLOCK != 0x4000);
#endif
#if defined(CONFIG_PARISC)
	BUILD_BUG_ON(O_NONBLOCK != 0x10000);
#endif
#if defined(CONFIG_MIPS)
	BUILD_BUG_ON(O_SYNC != 0x4010);
#endif
#if defined(CONFIG_PARISC)
	BUILD_BUG_ON(O_SYNC != 0x48000);
#endif
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	defined(CONFIG_ARM64) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390)
	BUILD_BUG_ON(O_SYNC != 0x101000);
#endif
#if defined(CONFIG_ALPHA)
	BUILD_BUG_ON(O_SYNC != 0x404000);
#endif
#if defined(CONFIG_SPARC64)
	BUILD_BUG_ON(O_SYNC != 0x802000);
#endif
#if defined(CONFIG_MIPS)
	BUILD_BUG_ON(__O_SYNC != 0x4000);
#endif
#if defined(CONFIG_PARISC)
	BUILD_BUG_ON(__O_SYNC != 0x8000);
#endif
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	defined(CONFIG_ARM64) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390)
	BUILD_BUG_ON(__O_SYNC != 0x100000);
#endif
#if defined(CONFIG_ALPHA)
	BUILD_BUG_ON(__O_SYNC != 0x400000);
#endif
#if defined(CONFIG_SPARC64)
	BUILD_BUG_ON(__O_SYNC != 0x800000);
#endif
#if defined(CONFIG_MIPS)
	BUILD_BUG_ON(O_DSYNC != 16);
#endif
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	defined(CONFIG_ARM64) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390)
	BUILD_BUG_ON(O_DSYNC != 0x1000);
#endif
#if defined(CONFIG_SPARC64)
	BUILD_BUG_ON(O_DSYNC != 0x2000);
#endif
#if defined(CONFIG_ALPHA)
	BUILD_BUG_ON(O_DSYNC != 0x4000);
#endif
#if defined(CONFIG_PARISC)
	BUILD_BUG_ON(O_DSYNC != 0x40000);
#endif
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390) || defined(CONFIG_PARISC)
	BUILD_BUG_ON(O_DIRECT != 0x4000);
#endif
#if defined(CONFIG_MIPS)
	BUILD_BUG_ON(O_DIRECT != 0x8000);
#endif
#if defined(CONFIG_ARM64)
	BUILD_BUG_ON(O_DIRECT != 0x10000);
#endif
#if defined(CONFIG_ALPHA)
	BUILD_BUG_ON(O_DIRECT != 0x80000);
#endif
#if defined(CONFIG_SPARC64)
	BUILD_BUG_ON(O_DIRECT != 0x100000);
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
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	defined(CONFIG_ARM64) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390) || defined(CONFIG_MIPS)
	BUILD_BUG_ON(O_NOATIME != 0x40000);
#endif
#if defined(CONFIG_ALPHA) || defined(CONFIG_PARISC)
	BUILD_BUG_ON(O_NOATIME != 0x100000);
#endif
#if defined(CONFIG_SPARC64)
	BUILD_BUG_ON(O_NOATIME != 0x200000);
#endif
#if defined(CONFIG_ARM64)
	BUILD_BUG_ON(O_TMPFILE != 0x404000);
#endif
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390) || defined(CONFIG_MIPS)
	BUILD_BUG_ON(O_TMPFILE != 0x410000);
#endif
#if defined(CONFIG_PARISC)
	BUILD_BUG_ON(O_TMPFILE != 0x801000);
#endif
#if defined(CONFIG_ALPHA)
	BUILD_BUG_ON(O_TMPFILE != 0x1008000);
#endif
#if defined(CONFIG_SPARC64)
	BUILD_BUG_ON(O_TMPFILE != 0x2010000);
#endif
#if defined(CONFIG_SPARC64)
	BUILD_BUG_ON(FASYNC != 64);
#endif
#if defined(CONFIG_MIPS)
	BUILD_BUG_ON(FASYNC != 0x1000);
#endif
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	defined(CONFIG_ARM64) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390) || defined(CONFIG_ALPHA) || \
	defined(CONFIG_PARISC)
	BUILD_BUG_ON(FASYNC != 0x2000);
#endif
#if defined(CONFIG_ALPHA) || defined(CONFIG_SPARC64)
	BUILD_BUG_ON(O_NDELAY != 4);
#endif
#if defined(CONFIG_MIPS)
	BUILD_BUG_ON(O_NDELAY != 128);
#endif
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	defined(CONFIG_ARM64) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390)
	BUILD_BUG_ON(O_NDELAY != 0x800);
#endif
#if defined(CONFIG_PARISC)
	BUILD_BUG_ON(O_NDELAY != 0x10000);
#endif
	BUILD_BUG_ON(O_EMPTYPATH != 0x4000000);
#if defined(CONFIG_MIPS)
	BUILD_BUG_ON(VALID_OPEN_FLAGS != 0x46fff9b);
#endif
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	defined(CONFIG_ARM64) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390)
	BUILD_BUG_ON(VALID_OPEN_FLAGS != 0x47fffc3);
#endif
#if defined(CONFIG_PARISC)
	BUILD_BUG_ON(VALID_OPEN_FLAGS != 0x4f7ff8b);
#endif
#if defined(CONFIG_ALPHA)
	BUILD_BUG_ON(VALID_OPEN_FLAGS != 0x5fbfe0f);
#endif
#if defined(CONFIG_SPARC64)
	BUILD_BUG_ON(VALID_OPEN_FLAGS != 0x7f7ee4f);
#endif
#if defined(CONFIG_MIPS)
	BUILD_BUG_ON(VALID_OPENAT2_FLAGS != 0x1046fff9bULL);
#endif
#if defined(CONFIG_X86_64) || defined(CONFIG_X86_32) || \
	defined(CONFIG_ARM64) || \
	(defined(CONFIG_RISCV) && defined(CONFIG_64BIT)) || \
	defined(CONFIG_S390)
	BUILD_BUG_ON(VALID_OPENAT2_FLAGS != 0x1047fffc3ULL);
#endif
#if defined(CONFIG_PARISC)
	BUILD_BUG_ON(VALID_OPENAT2_FLAGS != 0x104f7ff8bULL);
#endif
#if defined(CONFIG_ALPHA)
	BUILD_BUG_ON(VALID_OPENAT2_FLAGS != 0x105fbfe0fULL);
#endif
#if defined(CONFIG_SPARC64)
	BUILD_BUG_ON(VALID_OPENAT2_FLAGS != 0x107f7ee4fULL);
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
