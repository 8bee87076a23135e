// SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note
/*
 * Generated from spec/mount_attr.yaml by clonegen; do not edit.
 * Spec digest: sha256:5cdc04fbb608b3e3.
 */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
/* Ours first: the header stands alone, and the system's may follow it. */
#include "mount_attr.h"

#include <errno.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Again, now that the system's names are visible: its agreement checks run. */
#include "mount_attr.h"

/* The number from <sys/syscall.h> when it knows it, else the spec's table. */
#ifdef SYS_mount_setattr
# define CG_SYS_mount_setattr SYS_mount_setattr
#elif defined(__alpha__)
# define CG_SYS_mount_setattr 552
#elif defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32
# define CG_SYS_mount_setattr 4442
#else
# define CG_SYS_mount_setattr 442
#endif

long cg_mount_setattr(int dfd, const char *path, unsigned int flags, struct cg_mount_attr *args, size_t size)
{
	return syscall(CG_SYS_mount_setattr, dfd, path, flags, args, size);
}

/* The number from <sys/syscall.h> when it knows it, else the spec's table. */
#ifdef SYS_open_tree_attr
# define CG_SYS_open_tree_attr SYS_open_tree_attr
#elif defined(__alpha__)
# define CG_SYS_open_tree_attr 577
#elif defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32
# define CG_SYS_open_tree_attr 4467
#else
# define CG_SYS_open_tree_attr 467
#endif

long cg_open_tree_attr(int dfd, const char *filename, unsigned int flags, struct cg_mount_attr *args, size_t size)
{
	return syscall(CG_SYS_open_tree_attr, dfd, filename, flags, args, size);
}
