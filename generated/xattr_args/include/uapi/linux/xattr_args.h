/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * Generated from spec/xattr_args.yaml by clonegen; do not edit.
 * Spec digest: sha256:3ce00ba754a1a031.
 */
#ifndef _UAPI_LINUX_XATTR_ARGS_H
#define _UAPI_LINUX_XATTR_ARGS_H

#include <linux/types.h>

/* Flags of struct xattr_args.flags. */
/* Fail if the attribute exists. */
#define XATTR_CREATE	0x00000001
/* Fail if the attribute does not exist. */
#define XATTR_REPLACE	0x00000002

#ifndef __ASSEMBLY__
/**
 * struct xattr_args - Where the value of an extended attribute is, how long
 * it is, and how setxattrat() stores it. The structure is versioned by its
 * size like clone_args.
 * @value: The value's buffer, a user address: read by setxattrat(), written
 *     by getxattrat().
 * @size: The value's length; for getxattrat() the buffer's (0: only ask for
 *     the length).
 * @flags: XATTR_CREATE or XATTR_REPLACE for setxattrat(); 0 for
 *     getxattrat().
 */
struct xattr_args {
	__u64 value;
	__u32 size;
	__u32 flags;
};
#endif

#define XATTR_ARGS_SIZE_VER0	16	/* sizeof VER0, Linux 6.13 */

#endif /* _UAPI_LINUX_XATTR_ARGS_H */
