// SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note
/*
 * Generated from spec/open_how.yaml by clonegen; do not edit.
 * Spec digest: sha256:6bf5c45108cbb36e.
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
#else
# define CG_SYS_openat2 437
#endif

long cg_openat2(int dfd, const char *filename, struct cg_open_how *args, size_t size)
{
	return syscall(CG_SYS_openat2, dfd, filename, args, size);
}
