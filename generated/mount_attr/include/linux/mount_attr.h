/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Generated from spec/mount_attr.yaml by clonegen; do not edit.
 * Spec digest: sha256:3ba751bd668b6e82.
 */
#ifndef _LINUX_MOUNT_ATTR_H
#define _LINUX_MOUNT_ATTR_H

#include <linux/compiler_types.h>
#include <linux/types.h>
#include <uapi/linux/mount_attr.h>

/**
 * struct kernel_mount_attr - A mount attribute request in kernel types,
 * checked once at the system call boundary.
 * @attr_set: MOUNT_ATTR_* attributes to set.
 * @attr_clr: MOUNT_ATTR_* attributes to clear.
 * @propagation: The propagation type to give the mount: one of
 *     MS_UNBINDABLE, MS_PRIVATE, MS_SLAVE, MS_SHARED, or 0 to keep it.
 * @userns_fd: A user namespace file descriptor for MOUNT_ATTR_IDMAP.
 */
struct kernel_mount_attr {
	u64 attr_set;
	u64 attr_clr;
	u64 propagation;
	u64 userns_fd;
};

/* Below the entry stubs: one function for every way in. */
long mount_setattr_common(int dfd,
			  const char __user *path,
			  unsigned int flags,
			  struct kernel_mount_attr *kargs);
long open_tree_attr_common(int dfd,
			   const char __user *filename,
			   unsigned int flags,
			   struct kernel_mount_attr *kargs);

#endif /* _LINUX_MOUNT_ATTR_H */
