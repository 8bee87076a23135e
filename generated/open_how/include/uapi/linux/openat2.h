/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * Generated from spec/open_how.yaml by clonegen; do not edit.
 * Spec digest: sha256:61f4ceec3e13bc1f.
 */
#ifndef _UAPI_LINUX_OPENAT2_H
#define _UAPI_LINUX_OPENAT2_H

#include <linux/types.h>

/* Flags of struct open_how.resolve. */
/* Block mount-point crossings, bind mounts included. */
#define RESOLVE_NO_XDEV		0x00000001
/* Block traversal through procfs-style magic links. */
#define RESOLVE_NO_MAGICLINKS	0x00000002
/* Block traversal through all symlinks (and so through magic links too). */
#define RESOLVE_NO_SYMLINKS	0x00000004
/* Refuse to resolve outside the directory at dirfd. */
#define RESOLVE_BENEATH		0x00000008
/* Treat dirfd as the root of the lookup. */
#define RESOLVE_IN_ROOT		0x00000010
/*
 * Only complete the lookup from the dentry cache; openat2() fails with EAGAIN
 * where it cannot.
 */
#define RESOLVE_CACHED		0x00000020

/*
 * Only open regular files. The bit lies above the 32 bits of open()'s flags, so
 * only openat2() can ask for it.
 */
#define OPENAT2_REGULAR	((__u64)1 << 32)

#ifndef __ASSEMBLY__
/**
 * struct open_how - How openat2() opens a path: the open flags, the mode of
 * a created file, and the RESOLVE_* restrictions on path resolution. The
 * structure is versioned by its size like clone_args.
 * @flags: O_* flags, as for openat(); unknown bits are refused.
 * @mode: Mode of a file created with O_CREAT or O_TMPFILE; zero otherwise.
 * @resolve: RESOLVE_* flags restricting path resolution.
 */
struct open_how {
	__u64 flags;
	__u64 mode;
	__u64 resolve;
};
#endif

#define OPEN_HOW_SIZE_VER0	24	/* sizeof VER0, Linux 5.6 */

#endif /* _UAPI_LINUX_OPENAT2_H */
