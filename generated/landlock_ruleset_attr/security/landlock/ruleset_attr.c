// SPDX-License-Identifier: GPL-2.0
/*
 * Generated from spec/landlock_ruleset_attr.yaml by clonegen; do not edit.
 * Spec digest: sha256:6da192832f4e335c.
 */

#include <linux/build_bug.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/stddef.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#include <linux/landlock_ruleset_attr.h>

/* Flags landlock_create_ruleset() knows in landlock_ruleset_attr.handled_access_fs. */
#define LANDLOCK_CREATE_RULESET_HANDLED_ACCESS_FS_KNOWN ( \
	LANDLOCK_ACCESS_FS_EXECUTE | \
	LANDLOCK_ACCESS_FS_WRITE_FILE | \
	LANDLOCK_ACCESS_FS_READ_FILE | \
	LANDLOCK_ACCESS_FS_READ_DIR | \
	LANDLOCK_ACCESS_FS_REMOVE_DIR | \
	LANDLOCK_ACCESS_FS_REMOVE_FILE | \
	LANDLOCK_ACCESS_FS_MAKE_CHAR | \
	LANDLOCK_ACCESS_FS_MAKE_DIR | \
	LANDLOCK_ACCESS_FS_MAKE_REG | \
	LANDLOCK_ACCESS_FS_MAKE_SOCK | \
	LANDLOCK_ACCESS_FS_MAKE_FIFO | \
	LANDLOCK_ACCESS_FS_MAKE_BLOCK | \
	LANDLOCK_ACCESS_FS_MAKE_SYM | \
	LANDLOCK_ACCESS_FS_REFER | \
	LANDLOCK_ACCESS_FS_TRUNCATE | \
	LANDLOCK_ACCESS_FS_IOCTL_DEV | \
	LANDLOCK_ACCESS_FS_RESOLVE_UNIX | \
	0)

/* Flags landlock_create_ruleset() knows in landlock_ruleset_attr.handled_access_net. */
#define LANDLOCK_CREATE_RULESET_HANDLED_ACCESS_NET_KNOWN ( \
	LANDLOCK_ACCESS_NET_BIND_TCP | \
	LANDLOCK_ACCESS_NET_CONNECT_TCP | \
	LANDLOCK_ACCESS_NET_BIND_UDP | \
	LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP | \
	0)

/* Flags landlock_create_ruleset() knows in landlock_ruleset_attr.scoped. */
#define LANDLOCK_CREATE_RULESET_SCOPED_KNOWN ( \
	LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET | \
	LANDLOCK_SCOPE_SIGNAL | \
	0)

/**
 * copy_landlock_ruleset_attr_from_user - copy struct landlock_ruleset_attr
 * in from user space
 * @kargs: the kernel struct to fill
 * @uargs: the user's struct
 * @usize: the size of the user's struct, as user space passed it
 *
 * The entry stubs read struct landlock_ruleset_attr here and nowhere else.
 * A caller built against an older header passes a smaller size and gets the
 * missing fields as zero; a caller built against a newer one may pass a
 * larger size as long as every byte the kernel does not know is zero.
 *
 * Return: 0 on success, or -EINVAL, -E2BIG, -EFAULT.
 */
static int copy_landlock_ruleset_attr_from_user(struct landlock_ruleset_attr *kargs,
						struct landlock_ruleset_attr __user *uargs,
						size_t usize)
{
	int err;

	BUILD_BUG_ON(offsetofend(struct landlock_ruleset_attr, handled_access_fs) != LANDLOCK_RULESET_ATTR_SIZE_VER0);
	BUILD_BUG_ON(offsetofend(struct landlock_ruleset_attr, handled_access_net) != LANDLOCK_RULESET_ATTR_SIZE_VER1);
	BUILD_BUG_ON(offsetofend(struct landlock_ruleset_attr, scoped) != LANDLOCK_RULESET_ATTR_SIZE_VER2);
	BUILD_BUG_ON(offsetofend(struct landlock_ruleset_attr, quiet_scoped) != LANDLOCK_RULESET_ATTR_SIZE_VER3);
	BUILD_BUG_ON(sizeof(struct landlock_ruleset_attr) != LANDLOCK_RULESET_ATTR_SIZE_VER3);

	if (unlikely(usize < LANDLOCK_RULESET_ATTR_SIZE_VER0))
		return -EINVAL;
	if (unlikely(usize > PAGE_SIZE))
		return -E2BIG;

	err = copy_struct_from_user(kargs, sizeof(*kargs), uargs, usize);
	if (err)
		return err;

	/* Only file system actions this release knows. */
	if (unlikely(kargs->handled_access_fs & ~(u64)LANDLOCK_CREATE_RULESET_HANDLED_ACCESS_FS_KNOWN))
		return -EINVAL;

	/* Only network actions this release knows. */
	if (unlikely(kargs->handled_access_net & ~(u64)LANDLOCK_CREATE_RULESET_HANDLED_ACCESS_NET_KNOWN))
		return -EINVAL;

	/* Only scopes this release knows. */
	if (unlikely(kargs->scoped & ~(u64)LANDLOCK_CREATE_RULESET_SCOPED_KNOWN))
		return -EINVAL;

	/* Only handled file system actions are quieted. */
	if (unlikely(kargs->quiet_access_fs & ~kargs->handled_access_fs))
		return -EINVAL;

	/* Only handled network actions are quieted. */
	if (unlikely(kargs->quiet_access_net & ~kargs->handled_access_net))
		return -EINVAL;

	/* Only handled scopes are quieted. */
	if (unlikely(kargs->quiet_scoped & ~kargs->scoped))
		return -EINVAL;

	return 0;
}

/**
 * sys_landlock_create_ruleset - the landlock_create_ruleset() system call
 * @attr: the user's struct landlock_ruleset_attr
 * @usize: its size, as the caller was built with
 * @flags: passed on to landlock_create_ruleset_common()
 *
 * Return: what landlock_create_ruleset_common() returns, or a negative errno from
 * the copy-in and checks.
 */
SYSCALL_DEFINE3(landlock_create_ruleset, struct landlock_ruleset_attr __user *, attr,
		size_t, usize,
		unsigned int, flags)
{
	struct landlock_ruleset_attr kargs;
	int err;

	if (unlikely(!attr))
		return -EFAULT;
	if (unlikely(flags))
		return -EINVAL;

	err = copy_landlock_ruleset_attr_from_user(&kargs, attr, usize);
	if (err)
		return err;

	return landlock_create_ruleset_common(flags, &kargs);
}
