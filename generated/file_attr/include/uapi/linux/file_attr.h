/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * Generated from spec/file_attr.yaml by clonegen; do not edit.
 * Spec digest: sha256:351dc2749e61ac7c.
 */
#ifndef _UAPI_LINUX_FILE_ATTR_H
#define _UAPI_LINUX_FILE_ATTR_H

#include <linux/types.h>

/* Flags of struct file_attr.fa_xflags. */
/* Data in the realtime volume. */
#define FS_XFLAG_REALTIME		0x00000001
/* Preallocated file extents (read-only). */
#define FS_XFLAG_PREALLOC		0x00000002
/* The file cannot be modified. */
#define FS_XFLAG_IMMUTABLE		0x00000008
/* All writes append. */
#define FS_XFLAG_APPEND			0x00000010
/* All writes are synchronous. */
#define FS_XFLAG_SYNC			0x00000020
/* Do not update the access time. */
#define FS_XFLAG_NOATIME		0x00000040
/* Do not include in backups. */
#define FS_XFLAG_NODUMP			0x00000080
/* Create with the realtime bit set. */
#define FS_XFLAG_RTINHERIT		0x00000100
/* Create with the parent's project id. */
#define FS_XFLAG_PROJINHERIT		0x00000200
/* Disallow symlink creation. */
#define FS_XFLAG_NOSYMLINKS		0x00000400
/* The extent size hint is set. */
#define FS_XFLAG_EXTSIZE		0x00000800
/* Inherit the extent size hint. */
#define FS_XFLAG_EXTSZINHERIT		0x00001000
/* Do not defragment. */
#define FS_XFLAG_NODEFRAG		0x00002000
/* Use the filestream allocator. */
#define FS_XFLAG_FILESTREAM		0x00004000
/* Use DAX for I/O. */
#define FS_XFLAG_DAX			0x00008000
/* The copy-on-write extent size hint is set. */
#define FS_XFLAG_COWEXTSIZE		0x00010000
/* fs-verity is enabled (read-only). */
#define FS_XFLAG_VERITY			0x00020000
/* Case-insensitive lookups (read-only). */
#define FS_XFLAG_CASEFOLD		0x00040000
/* Case is not preserved (read-only). */
#define FS_XFLAG_CASENONPRESERVING	0x00080000
/* The inode has extended attributes (read-only). */
#define FS_XFLAG_HASATTR		0x80000000

#ifndef __ASSEMBLY__
/**
 * struct file_attr - Miscellaneous attributes of a file: its FS_XFLAG_*
 * flags, extent size hints, extent count and project id. The structure is
 * versioned by its size like clone_args.
 * @fa_xflags: FS_XFLAG_* flags of the file.
 * @fa_extsize: The extent size hint.
 * @fa_nextents: The number of extents: file_getattr() reports it,
 *     file_setattr() ignores it.
 * @fa_projid: The project identifier.
 * @fa_cowextsize: The copy-on-write extent size hint.
 */
struct file_attr {
	__u64 fa_xflags;
	__u32 fa_extsize;
	__u32 fa_nextents;
	__u32 fa_projid;
	__u32 fa_cowextsize;
};
#endif

#define FILE_ATTR_SIZE_VER0	24	/* sizeof VER0, Linux 6.17 */

#endif /* _UAPI_LINUX_FILE_ATTR_H */
