/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Generated from spec/landlock_ruleset_attr.yaml by clonegen; do not edit.
 * Spec digest: sha256:6da192832f4e335c.
 */
#ifndef _LINUX_LANDLOCK_RULESET_ATTR_H
#define _LINUX_LANDLOCK_RULESET_ATTR_H

#include <linux/compiler_types.h>
#include <linux/types.h>
#include <uapi/linux/landlock_ruleset_attr.h>

/*
 * struct landlock_ruleset_attr is the kernel struct too. The ruleset request as
 * user space wrote it, checked once at the system call boundary.
 */

/* Below the entry stubs: one function for every way in. */
long landlock_create_ruleset_common(unsigned int flags, struct landlock_ruleset_attr *kargs);

#endif /* _LINUX_LANDLOCK_RULESET_ATTR_H */
