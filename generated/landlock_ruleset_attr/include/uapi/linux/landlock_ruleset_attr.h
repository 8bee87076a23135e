/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * Generated from spec/landlock_ruleset_attr.yaml by clonegen; do not edit.
 * Spec digest: sha256:6da192832f4e335c.
 */
#ifndef _UAPI_LINUX_LANDLOCK_RULESET_ATTR_H
#define _UAPI_LINUX_LANDLOCK_RULESET_ATTR_H

#include <linux/types.h>

/* Flags of struct landlock_ruleset_attr.handled_access_fs. */
/* Execute a file. */
#define LANDLOCK_ACCESS_FS_EXECUTE	0x00000001
/* Open a file with write access. */
#define LANDLOCK_ACCESS_FS_WRITE_FILE	0x00000002
/* Open a file with read access. */
#define LANDLOCK_ACCESS_FS_READ_FILE	0x00000004
/* Open a directory or list its content. */
#define LANDLOCK_ACCESS_FS_READ_DIR	0x00000008
/* Remove an empty directory or rename one. */
#define LANDLOCK_ACCESS_FS_REMOVE_DIR	0x00000010
/* Unlink or rename a file. */
#define LANDLOCK_ACCESS_FS_REMOVE_FILE	0x00000020
/* Create, rename or link a character device. */
#define LANDLOCK_ACCESS_FS_MAKE_CHAR	0x00000040
/* Create or rename a directory. */
#define LANDLOCK_ACCESS_FS_MAKE_DIR	0x00000080
/* Create, rename or link a regular file. */
#define LANDLOCK_ACCESS_FS_MAKE_REG	0x00000100
/* Create, rename or link a UNIX domain socket. */
#define LANDLOCK_ACCESS_FS_MAKE_SOCK	0x00000200
/* Create, rename or link a named pipe. */
#define LANDLOCK_ACCESS_FS_MAKE_FIFO	0x00000400
/* Create, rename or link a block device. */
#define LANDLOCK_ACCESS_FS_MAKE_BLOCK	0x00000800
/* Create, rename or link a symbolic link. */
#define LANDLOCK_ACCESS_FS_MAKE_SYM	0x00001000
/* Link or rename a file from or to a different directory (Landlock ABI 2). */
#define LANDLOCK_ACCESS_FS_REFER	0x00002000
/* Truncate a file (Landlock ABI 3). */
#define LANDLOCK_ACCESS_FS_TRUNCATE	0x00004000
/* Invoke ioctl commands on a device file (Landlock ABI 5). */
#define LANDLOCK_ACCESS_FS_IOCTL_DEV	0x00008000
/* Connect to a UNIX domain socket bound to a path (Landlock ABI 9). */
#define LANDLOCK_ACCESS_FS_RESOLVE_UNIX	0x00010000

/* Flags of struct landlock_ruleset_attr.handled_access_net. */
/* Bind a TCP socket to a local port (Landlock ABI 4). */
#define LANDLOCK_ACCESS_NET_BIND_TCP		0x00000001
/* Connect a TCP socket to a remote port (Landlock ABI 4). */
#define LANDLOCK_ACCESS_NET_CONNECT_TCP		0x00000002
/* Bind a UDP socket to a local port (Landlock ABI 10). */
#define LANDLOCK_ACCESS_NET_BIND_UDP		0x00000004
/* Connect a UDP socket or send to a remote port (Landlock ABI 10). */
#define LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP	0x00000008

/* Flags of struct landlock_ruleset_attr.scoped. */
/* Connect to an abstract UNIX socket outside the domain (Landlock ABI 6). */
#define LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET	0x00000001
/* Send a signal to a process outside the domain (Landlock ABI 6). */
#define LANDLOCK_SCOPE_SIGNAL			0x00000002

/* Ask for the Landlock ABI version instead of creating a ruleset. */
#define LANDLOCK_CREATE_RULESET_VERSION	0x00000001
/* Ask for the fixed Landlock errata instead of creating a ruleset. */
#define LANDLOCK_CREATE_RULESET_ERRATA	0x00000002

#ifndef __ASSEMBLY__
/**
 * struct landlock_ruleset_attr - What a Landlock ruleset restricts: the
 * file system actions, network actions and scopes it handles, and which of
 * them are not logged. The structure is versioned by its size like
 * clone_args.
 * @handled_access_fs: LANDLOCK_ACCESS_FS_* actions the ruleset handles:
 *     denied unless a rule allows them.
 * @handled_access_net: LANDLOCK_ACCESS_NET_* actions the ruleset handles.
 * @scoped: LANDLOCK_SCOPE_* resources outside the domain that it may not
 *     reach.
 * @quiet_access_fs: Handled file system actions whose denials are not
 *     logged where a rule asks so; a subset of handled_access_fs.
 * @quiet_access_net: Handled network actions whose denials are not logged;
 *     a subset of handled_access_net.
 * @quiet_scoped: Scopes whose denials are not logged; a subset of scoped.
 */
struct landlock_ruleset_attr {
	__u64 handled_access_fs;
	__u64 handled_access_net;
	__u64 scoped;
	__u64 quiet_access_fs;
	__u64 quiet_access_net;
	__u64 quiet_scoped;
};
#endif

#define LANDLOCK_RULESET_ATTR_SIZE_VER0	8	/* sizeof VER0, Linux 5.13 */
#define LANDLOCK_RULESET_ATTR_SIZE_VER1	16	/* sizeof VER1, Linux 6.7 */
#define LANDLOCK_RULESET_ATTR_SIZE_VER2	24	/* sizeof VER2, Linux 6.12 */
#define LANDLOCK_RULESET_ATTR_SIZE_VER3	48	/* sizeof VER3, Linux 7.3 */

#endif /* _UAPI_LINUX_LANDLOCK_RULESET_ATTR_H */
