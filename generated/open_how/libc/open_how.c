// SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note
/*
 * Generated from spec/open_how.yaml by clonegen; do not edit.
 * Spec digest: sha256:7ed5969a43930447.
 */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
/* Ours first: the header stands alone, and the system's may follow it. */
#include "open_how.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#if defined(__has_include)
# if __has_include(<linux/openat2.h>)
#  include <linux/openat2.h>
# endif
#else
# include <linux/openat2.h>
#endif

/* Again, now that the system's names are visible: its agreement checks run. */
#include "open_how.h"

/* The C library's values are the spec's on every architecture the spec states. */
#if (defined(__x86_64__) && !defined(__ILP32__)) || defined(__i386__) || defined(__aarch64__) || (defined(__riscv) && __riscv_xlen == 64) || defined(__s390x__)
CG_OPEN_HOW_ASSERT(libc_O_CREAT, O_CREAT == 64, "<fcntl.h> and the spec agree on O_CREAT");
#endif
#if (defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32) || defined(__hppa__)
CG_OPEN_HOW_ASSERT(libc_O_CREAT, O_CREAT == 0x100, "<fcntl.h> and the spec agree on O_CREAT");
#endif
#if defined(__alpha__) || (defined(__sparc__) && defined(__arch64__))
CG_OPEN_HOW_ASSERT(libc_O_CREAT, O_CREAT == 0x200, "<fcntl.h> and the spec agree on O_CREAT");
#endif
#if defined(__hppa__)
CG_OPEN_HOW_ASSERT(libc_O_DIRECTORY, O_DIRECTORY == 0x1000, "<fcntl.h> and the spec agree on O_DIRECTORY");
#endif
#if defined(__aarch64__)
CG_OPEN_HOW_ASSERT(libc_O_DIRECTORY, O_DIRECTORY == 0x4000, "<fcntl.h> and the spec agree on O_DIRECTORY");
#endif
#if defined(__alpha__)
CG_OPEN_HOW_ASSERT(libc_O_DIRECTORY, O_DIRECTORY == 0x8000, "<fcntl.h> and the spec agree on O_DIRECTORY");
#endif
#if (defined(__x86_64__) && !defined(__ILP32__)) || defined(__i386__) || (defined(__riscv) && __riscv_xlen == 64) || defined(__s390x__) || (defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32) || (defined(__sparc__) && defined(__arch64__))
CG_OPEN_HOW_ASSERT(libc_O_DIRECTORY, O_DIRECTORY == 0x10000, "<fcntl.h> and the spec agree on O_DIRECTORY");
#endif
#if defined(__hppa__)
CG_OPEN_HOW_ASSERT(libc_O_NOFOLLOW, O_NOFOLLOW == 128, "<fcntl.h> and the spec agree on O_NOFOLLOW");
#endif
#if defined(__aarch64__)
CG_OPEN_HOW_ASSERT(libc_O_NOFOLLOW, O_NOFOLLOW == 0x8000, "<fcntl.h> and the spec agree on O_NOFOLLOW");
#endif
#if defined(__alpha__)
CG_OPEN_HOW_ASSERT(libc_O_NOFOLLOW, O_NOFOLLOW == 0x10000, "<fcntl.h> and the spec agree on O_NOFOLLOW");
#endif
#if (defined(__x86_64__) && !defined(__ILP32__)) || defined(__i386__) || (defined(__riscv) && __riscv_xlen == 64) || defined(__s390x__) || (defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32) || (defined(__sparc__) && defined(__arch64__))
CG_OPEN_HOW_ASSERT(libc_O_NOFOLLOW, O_NOFOLLOW == 0x20000, "<fcntl.h> and the spec agree on O_NOFOLLOW");
#endif
#if (defined(__x86_64__) && !defined(__ILP32__)) || defined(__i386__) || defined(__aarch64__) || (defined(__riscv) && __riscv_xlen == 64) || defined(__s390x__) || (defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32)
CG_OPEN_HOW_ASSERT(libc_O_CLOEXEC, O_CLOEXEC == 0x80000, "<fcntl.h> and the spec agree on O_CLOEXEC");
#endif
#if defined(__alpha__) || defined(__hppa__)
CG_OPEN_HOW_ASSERT(libc_O_CLOEXEC, O_CLOEXEC == 0x200000, "<fcntl.h> and the spec agree on O_CLOEXEC");
#endif
#if defined(__sparc__) && defined(__arch64__)
CG_OPEN_HOW_ASSERT(libc_O_CLOEXEC, O_CLOEXEC == 0x400000, "<fcntl.h> and the spec agree on O_CLOEXEC");
#endif
#if (defined(__x86_64__) && !defined(__ILP32__)) || defined(__i386__) || defined(__aarch64__) || (defined(__riscv) && __riscv_xlen == 64) || defined(__s390x__) || (defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32)
CG_OPEN_HOW_ASSERT(libc_O_PATH, O_PATH == 0x200000, "<fcntl.h> and the spec agree on O_PATH");
#endif
#if defined(__hppa__)
CG_OPEN_HOW_ASSERT(libc_O_PATH, O_PATH == 0x400000, "<fcntl.h> and the spec agree on O_PATH");
#endif
#if defined(__alpha__)
CG_OPEN_HOW_ASSERT(libc_O_PATH, O_PATH == 0x800000, "<fcntl.h> and the spec agree on O_PATH");
#endif
#if defined(__sparc__) && defined(__arch64__)
CG_OPEN_HOW_ASSERT(libc_O_PATH, O_PATH == 0x1000000, "<fcntl.h> and the spec agree on O_PATH");
#endif
#if (defined(__x86_64__) && !defined(__ILP32__)) || defined(__i386__) || defined(__aarch64__) || (defined(__riscv) && __riscv_xlen == 64) || defined(__s390x__) || (defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32) || defined(__hppa__)
CG_OPEN_HOW_ASSERT(libc_O_TRUNC, O_TRUNC == 0x200, "<fcntl.h> and the spec agree on O_TRUNC");
#endif
#if defined(__alpha__) || (defined(__sparc__) && defined(__arch64__))
CG_OPEN_HOW_ASSERT(libc_O_TRUNC, O_TRUNC == 0x400, "<fcntl.h> and the spec agree on O_TRUNC");
#endif
/* musl's O_ACCMODE is 03|O_SEARCH (O_PATH), so the check is glibc's only. */
#if ((defined(__x86_64__) && !defined(__ILP32__)) || defined(__i386__) || defined(__aarch64__) || (defined(__riscv) && __riscv_xlen == 64) || defined(__s390x__) || (defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32) || defined(__alpha__) || (defined(__sparc__) && defined(__arch64__)) || defined(__hppa__)) && defined(__GLIBC__)
CG_OPEN_HOW_ASSERT(libc_O_ACCMODE, O_ACCMODE == 3, "<fcntl.h> and the spec agree on O_ACCMODE");
#endif

/* The number from <sys/syscall.h> when it knows it, else the spec's table. */
#ifdef SYS_openat2
# define CG_SYS_openat2 SYS_openat2
#elif defined(__alpha__)
# define CG_SYS_openat2 547
#elif defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32
# define CG_SYS_openat2 4437
#else
# define CG_SYS_openat2 437
#endif

long cg_openat2(int dfd, const char *filename, struct cg_open_how *args, size_t size)
{
	return syscall(CG_SYS_openat2, dfd, filename, args, size);
}
