/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Generated from spec/xattr_args.yaml by clonegen; do not edit.
 * Spec digest: sha256:3ce00ba754a1a031.
 */
#ifndef _LINUX_XATTR_ARGS_H
#define _LINUX_XATTR_ARGS_H

#include <linux/compiler_types.h>
#include <linux/types.h>
#include <uapi/linux/xattr_args.h>

/*
 * struct xattr_args is the kernel struct too. The arguments as user space wrote
 * them, checked once at the system call boundary.
 */

/* Below the entry stubs: one function for every way in. */
long setxattrat_common(int dfd,
		       const char __user *pathname,
		       unsigned int at_flags,
		       const char __user *name,
		       struct xattr_args *kargs);
long getxattrat_common(int dfd,
		       const char __user *pathname,
		       unsigned int at_flags,
		       const char __user *name,
		       struct xattr_args *kargs);

#endif /* _LINUX_XATTR_ARGS_H */
