/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Generated from spec/open_how.yaml by clonegen; do not edit.
 * Spec digest: sha256:61f4ceec3e13bc1f.
 */
#ifndef _LINUX_OPEN_HOW_H
#define _LINUX_OPEN_HOW_H

#include <linux/compiler_types.h>
#include <linux/types.h>
#include <uapi/linux/openat2.h>

/*
 * struct open_how is the kernel struct too. The open request as user space
 * wrote it: build_open_flags() checks it for openat2(), open() and openat()
 * alike.
 */

/* Below the entry stubs: one function for every way in. */
int do_sys_openat2(int dfd, const char __user *filename, struct open_how *kargs);

#endif /* _LINUX_OPEN_HOW_H */
