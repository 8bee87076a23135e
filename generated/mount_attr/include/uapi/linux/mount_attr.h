/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * Generated from spec/mount_attr.yaml by clonegen; do not edit.
 * Spec digest: sha256:3ba751bd668b6e82.
 */
#ifndef _UAPI_LINUX_MOUNT_ATTR_H
#define _UAPI_LINUX_MOUNT_ATTR_H

#include <linux/types.h>

/* Flags of struct mount_attr.attr_set. */
/* Mount read-only. */
#define MOUNT_ATTR_RDONLY	0x00000001
/* Ignore suid and sgid bits. */
#define MOUNT_ATTR_NOSUID	0x00000002
/* Disallow access to device special files. */
#define MOUNT_ATTR_NODEV	0x00000004
/* Disallow program execution. */
#define MOUNT_ATTR_NOEXEC	0x00000008
/* Do not update access times (an atime setting). */
#define MOUNT_ATTR_NOATIME	0x00000010
/* Always update access times (an atime setting). */
#define MOUNT_ATTR_STRICTATIME	0x00000020
/* Do not update directory access times. */
#define MOUNT_ATTR_NODIRATIME	0x00000080
/* Idmap the mount to the user namespace at userns_fd. */
#define MOUNT_ATTR_IDMAP	0x00100000
/* Do not follow symlinks. */
#define MOUNT_ATTR_NOSYMFOLLOW	0x00200000

/* Flags of struct mount_attr.propagation. */
/* Make the mount unbindable. */
#define MS_UNBINDABLE	0x00020000
/* Make the mount private. */
#define MS_PRIVATE	0x00040000
/* Make the mount a slave. */
#define MS_SLAVE	0x00080000
/* Make the mount shared. */
#define MS_SHARED	0x00100000

/* The atime setting: an enum in three bits, not flags. */
#define MOUNT_ATTR__ATIME	112

#ifndef __ASSEMBLY__
/**
 * struct mount_attr - Mount attributes to set and clear on a mount or a
 * mount tree, its propagation type, and the user namespace of an idmapped
 * mount. The structure is versioned by its size like clone_args.
 * @attr_set: MOUNT_ATTR_* attributes to set.
 * @attr_clr: MOUNT_ATTR_* attributes to clear.
 * @propagation: The propagation type to give the mount: one of
 *     MS_UNBINDABLE, MS_PRIVATE, MS_SLAVE, MS_SHARED, or 0 to keep it.
 * @userns_fd: A user namespace file descriptor for MOUNT_ATTR_IDMAP.
 */
struct mount_attr {
	__u64 attr_set;
	__u64 attr_clr;
	__u64 propagation;
	__u64 userns_fd;
};
#endif

#define MOUNT_ATTR_SIZE_VER0	32	/* sizeof VER0, Linux 5.12 */

#endif /* _UAPI_LINUX_MOUNT_ATTR_H */
