// SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note
/*
 * Generated from spec/open_how.yaml by clonegen; do not edit.
 * Spec digest: sha256:b4a5b4ff9350e70e.
 */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "open_how.h"

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
