/*
 * The kernel side of the cross-target agreement test (tests/test_agreement.py).
 *
 * Linked with one spec's generated kernel source, this unit gives the common
 * functions below its entry stubs and one call of its extensible entry point:
 * agree_call(uargs, usize). A common function makes the spec's common-phase
 * checks (common_checks.h, written by the test from the model) and then
 * succeeds, as if the rest of the kernel had nothing to say: the answer is the
 * generated copy-in's, its validity function's and the common checks', and
 * nothing else. The rest of the kernel is the business of the differential
 * tests (*_diff.c with the *_model.c files).
 *
 * Build with -DAGREE_<spec name> (AGREE_clone_args, ...).
 */
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/types.h>
#include <linux/uaccess.h>

long agree_call(void *uargs, unsigned long usize);

#if defined(AGREE_clone_args)
#include <linux/clone_args.h>
#include <linux/signal.h>

long sys_clone3(struct clone_args __user *uargs, size_t size);

pid_t kernel_clone(struct kernel_clone_args *kargs)
{
#include <common_checks.h>	/* the -I directory first on the path */
	(void)kargs;
	return 0;
}

long agree_call(void *uargs, unsigned long usize)
{
	return sys_clone3((struct clone_args __user *)uargs, usize);
}

#elif defined(AGREE_open_how)
#include <linux/fcntl.h>
#include <linux/open_how.h>
#include <linux/stat.h>

long sys_openat2(int dfd, const char __user *filename, struct open_how __user *how, size_t usize);

int harness_audit_calls;	/* the audit hook of the harness's linux/audit.h counts its calls */

int do_sys_openat2(int dfd, const char __user *filename, struct open_how *kargs)
{
	(void)dfd;
	(void)filename;
#include <common_checks.h>
	(void)kargs;
	return 0;
}

long agree_call(void *uargs, unsigned long usize)
{
	return sys_openat2(-100, (const char __user *)"x", (struct open_how __user *)uargs, usize);
}

#elif defined(AGREE_sched_attr)
#include <linux/sched_attr.h>

long sys_sched_setattr(pid_t pid, struct sched_attr __user *uattr, unsigned int flags);

long sched_setattr_common(pid_t pid, unsigned int flags, struct kernel_sched_attr *kargs)
{
	(void)pid;
	(void)flags;
#include <common_checks.h>
	(void)kargs;
	return 0;
}

long sched_getattr_common(pid_t pid, unsigned int flags, struct kernel_sched_attr *kargs)
{
	(void)pid;
	(void)flags;
	(void)kargs;
	return 0;
}

/* The size lives in the struct: usize is the length of the buffer, which the driver placed. */
long agree_call(void *uargs, unsigned long usize)
{
	(void)usize;
	return sys_sched_setattr(0, (struct sched_attr __user *)uargs, 0);
}

#elif defined(AGREE_pidfd_info)
#include <linux/fs.h>
#include <linux/pidfd_info.h>

long pidfd_info_common(struct file *file, struct kernel_pidfd_info *kargs)
{
	(void)file;
#include <common_checks.h>
	(void)kargs;
	return 0;
}

/* The size lives in the ioctl number: the request's own, with usize in its size bits. */
long agree_call(void *uargs, unsigned long usize)
{
	unsigned int cmd = (PIDFD_GET_INFO & ~(_IOC_SIZEMASK << _IOC_SIZESHIFT)) |
			   ((unsigned int)usize << _IOC_SIZESHIFT);

	if (usize > _IOC_SIZEMASK)
		return -ERANGE;	/* no ioctl number holds it: the test never asks */
	return pidfd_get_info_ioctl((struct file *)1, cmd, (unsigned long)uargs);
}

#elif defined(AGREE_mount_attr)
#include <linux/mount.h>
#include <linux/mount_attr.h>

long sys_mount_setattr(int dfd, const char __user *path, unsigned int flags,
		       struct mount_attr __user *uattr, size_t usize);

bool may_mount(void)
{
	return true;
}

long mount_setattr_common(int dfd, const char __user *path, unsigned int flags,
			  struct kernel_mount_attr *kargs)
{
	(void)dfd;
	(void)path;
	(void)flags;
#include <common_checks.h>
	(void)kargs;
	return 0;
}

long open_tree_attr_common(int dfd, const char __user *filename, unsigned int flags,
			   struct kernel_mount_attr *kargs)
{
	(void)dfd;
	(void)filename;
	(void)flags;
	(void)kargs;
	return 0;
}

long agree_call(void *uargs, unsigned long usize)
{
	return sys_mount_setattr(-100, (const char __user *)"x", 0,
				 (struct mount_attr __user *)uargs, usize);
}

#elif defined(AGREE_landlock_ruleset_attr)
#include <linux/landlock_ruleset_attr.h>

long sys_landlock_create_ruleset(struct landlock_ruleset_attr __user *attr, size_t usize,
				 unsigned int flags);

long landlock_create_ruleset_common(unsigned int flags, struct landlock_ruleset_attr *kargs)
{
	(void)flags;
#include <common_checks.h>
	(void)kargs;
	return 0;
}

long agree_call(void *uargs, unsigned long usize)
{
	return sys_landlock_create_ruleset((struct landlock_ruleset_attr __user *)uargs, usize, 0);
}

#elif defined(AGREE_file_attr)
#include <linux/file_attr.h>

long sys_file_setattr(int dfd, const char __user *filename, struct file_attr __user *ufattr,
		      size_t usize, unsigned int at_flags);

long file_setattr_common(int dfd, const char __user *filename, unsigned int at_flags,
			 struct file_attr *kargs)
{
	(void)dfd;
	(void)filename;
	(void)at_flags;
#include <common_checks.h>
	(void)kargs;
	return 0;
}

long file_getattr_common(int dfd, const char __user *filename, unsigned int at_flags,
			 struct file_attr *kargs)
{
	(void)dfd;
	(void)filename;
	(void)at_flags;
	(void)kargs;
	return 0;
}

long agree_call(void *uargs, unsigned long usize)
{
	return sys_file_setattr(-100, (const char __user *)"x", (struct file_attr __user *)uargs,
				usize, 0);
}

#elif defined(AGREE_xattr_args)
#include <linux/limits.h>
#include <linux/xattr_args.h>

long sys_setxattrat(int dfd, const char __user *pathname, unsigned int at_flags,
		    const char __user *name, struct xattr_args __user *uargs, size_t usize);

long setxattrat_common(int dfd, const char __user *pathname, unsigned int at_flags,
		       const char __user *name, struct xattr_args *kargs)
{
	(void)dfd;
	(void)pathname;
	(void)at_flags;
	(void)name;
#include <common_checks.h>
	(void)kargs;
	return 0;
}

long getxattrat_common(int dfd, const char __user *pathname, unsigned int at_flags,
		       const char __user *name, struct xattr_args *kargs)
{
	(void)dfd;
	(void)pathname;
	(void)at_flags;
	(void)name;
	(void)kargs;
	return 0;
}

long agree_call(void *uargs, unsigned long usize)
{
	return sys_setxattrat(-100, (const char __user *)"x", 0, (const char __user *)"user.x",
			      (struct xattr_args __user *)uargs, usize);
}

#elif defined(AGREE_procmap_query)
/* tests/data/procmap_query.yaml: PROCMAP_QUERY's size rules (min_end), as a system call. */
#include <linux/procmap_query.h>

long sys_query_procmap(struct procmap_query __user *uarg);

long procmap_query_common(struct kernel_procmap_query *kargs)
{
#include <common_checks.h>
	(void)kargs;
	return 0;
}

/* The size lives in the struct: usize is the length of the buffer, which the driver placed. */
long agree_call(void *uargs, unsigned long usize)
{
	(void)usize;
	return sys_query_procmap((struct procmap_query __user *)uargs);
}

#else
# error "define AGREE_<spec name>"
#endif
