/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Generated from spec/open_how.yaml by clonegen; do not edit.
 * Spec digest: sha256:dfe5ba23dee382af.
 */
#ifndef _LINUX_OPEN_HOW_H
#define _LINUX_OPEN_HOW_H

#include <linux/compiler_types.h>
#include <linux/types.h>
#include <uapi/linux/open_how.h>

/**
 * struct kernel_open_how - An open request in kernel types, checked once at
 * the system call boundary.
 * @flags: O_* flags, as for openat(); unknown bits are refused.
 * @mode: Mode of a file created with O_CREAT or O_TMPFILE; zero otherwise.
 * @resolve: RESOLVE_* flags restricting path resolution.
 */
struct kernel_open_how {
	u64 flags;
	umode_t mode;
	u64 resolve;
};

/* Below the entry stubs: one function for every way in. */
int do_sys_openat2(int dfd, const char __user *filename, struct kernel_open_how *kargs);

#endif /* _LINUX_OPEN_HOW_H */
