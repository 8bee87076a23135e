/*
 * The rest of the kernel below the mount_setattr and open_tree_attr stubs,
 * for the harness, on the test's bind mount in its private mount namespace.
 *
 * may_mount() says whether the test may change mounts: the differential
 * driver runs a batch without CAP_SYS_ADMIN and sets harness_may_mount to 0
 * there. The functions below the stubs apply what fs/namespace.c checks
 * after the copy-in, in its order: the nop shortcut, then the idmapping
 * (build_mount_idmapped()); the path lookup and the mount change itself
 * succeed on the test's mount, so they return 0. They never call the
 * kernel, so a check the generated copy-in leaves out shows as a mismatch.
 */
#include <linux/errno.h>
#include <linux/mount.h>
#include <linux/mount_attr.h>
#include <linux/types.h>

#include "harness.h"

#define MOUNT_ATTR_IDMAP_BIT 0x100000ULL
#define OPEN_TREE_CLONE_FLAG 1U
#define INT_MAX_ 0x7fffffffULL

int harness_may_mount = 1;

/* The driver's: what descriptor @fd is: 0 none, 1 a user namespace, 2 the initial one, 3 another file. */
int harness_fd_kind(int fd);

bool may_mount(void)
{
	return harness_may_mount;
}

static long after_copy(const struct kernel_mount_attr *k, int idmap_replace)
{
	u64 both = k->attr_set | k->attr_clr;

	if (!k->attr_set && !k->attr_clr && !k->propagation)
		return 0;	/* nothing to do: the kernel does not even look up the path */
	if (!(both & MOUNT_ATTR_IDMAP_BIT))
		return 0;
	if (k->attr_clr & MOUNT_ATTR_IDMAP_BIT) {
		if (!idmap_replace)
			return -EINVAL;
		if (!(k->attr_set & MOUNT_ATTR_IDMAP_BIT))
			return 0;
	}
	if (k->userns_fd > INT_MAX_)
		return -EINVAL;
	switch (harness_fd_kind((int)k->userns_fd)) {
	case 0:
		return -EBADF;
	case 2:
		return -EPERM;	/* the initial idmapping cannot be used */
	case 3:
		return -EINVAL;	/* not a user namespace */
	default:
		return 0;
	}
}

long mount_setattr_common(int dfd, const char __user *path, unsigned int flags,
			  struct kernel_mount_attr *kargs)
{
	(void)dfd;
	(void)path;
	(void)flags;
	harness_common_calls++;
	return after_copy(kargs, 0);
}

long open_tree_attr_common(int dfd, const char __user *filename, unsigned int flags,
			   struct kernel_mount_attr *kargs)
{
	long err;

	(void)dfd;
	(void)filename;
	harness_common_calls++;
	if (!kargs)
		return 0;
	err = after_copy(kargs, !!(flags & OPEN_TREE_CLONE_FLAG));
	return err ? err : 0;
}
