/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Generated from spec/file_attr.yaml by clonegen; do not edit.
 * Spec digest: sha256:351dc2749e61ac7c.
 */
#ifndef _LINUX_FILE_ATTR_H
#define _LINUX_FILE_ATTR_H

#include <linux/compiler_types.h>
#include <linux/types.h>
#include <uapi/linux/file_attr.h>

/*
 * struct file_attr is the kernel struct too. The attributes as user space wrote
 * them, checked once at the system call boundary.
 */

/* Below the entry stubs: one function for every way in. */
long file_setattr_common(int dfd,
			 const char __user *filename,
			 unsigned int at_flags,
			 struct file_attr *kargs);
long file_getattr_common(int dfd,
			 const char __user *filename,
			 unsigned int at_flags,
			 struct file_attr *kargs);

#endif /* _LINUX_FILE_ATTR_H */
