/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Generated from spec/clone_args.yaml by clonegen; do not edit.
 * Spec digest: sha256:c4dcfbe32d8d3ddb.
 */
#ifndef _LINUX_CLONE_ARGS_H
#define _LINUX_CLONE_ARGS_H

#include <linux/compiler_types.h>
#include <linux/types.h>
#include <uapi/linux/clone_args.h>

struct cgroup;
struct css_set;

/**
 * struct kernel_clone_args - The one in-kernel description of a clone
 * request. Every entry point (fork, vfork, clone, clone3) fills it, so
 * nothing below the entry stubs needs to know which system call was used.
 * @flags: Flags for the new process, all CLONE_* flags, 64 bits wide.
 * @pidfd: If CLONE_PIDFD is set, a pidfd for the new process is stored in
 *     the int this points to.
 * @child_tid: If CLONE_CHILD_SETTID is set, the TID of the child is stored
 *     there in the child's memory; CLONE_CHILD_CLEARTID clears it when the
 *     child exits.
 * @parent_tid: If CLONE_PARENT_SETTID is set, the TID of the child is
 *     stored there in the parent's memory.
 * @name: Name of a kernel thread, used by kernel_thread() callers only.
 * @exit_signal: Signal sent to the parent when the child exits. Unlike
 *     clone(), it is not part of @flags.
 * @kthread: Set when creating a kernel thread.
 * @io_thread: Set when creating an io_uring worker.
 * @user_worker: Set when creating a user worker thread.
 * @no_files: Set when the new task must not share or copy the file table.
 * @umh: Set when creating a usermode helper.
 * @stack: Lowest address of the stack the child starts on.
 * @stack_size: Size of the stack at @stack.
 * @tls: If CLONE_SETTLS is set, the TLS descriptor of the child.
 * @set_tid: Array of PIDs to give the child, one per PID namespace level,
 *     the most nested namespace first. The kernel copies it into its own
 *     memory.
 * @set_tid_size: Number of elements in @set_tid.
 * @cgroup: If CLONE_INTO_CGROUP is set, a file descriptor of the cgroup2
 *     directory the child is created in.
 * @idle: Set when creating the per-CPU idle task.
 * @fn: Function a kernel thread runs.
 * @fn_arg: Argument passed to @fn.
 * @cgrp: Target cgroup, resolved from @cgroup by cgroup_can_fork().
 * @cset: Css set of the target cgroup.
 * @kill_seq: Sequence count of fatal signals, used to detect a racing kill.
 */
struct kernel_clone_args {
	u64 flags;
	int __user *pidfd;
	int __user *child_tid;
	int __user *parent_tid;
	const char *name;
	int exit_signal;
	u32 kthread : 1;
	u32 io_thread : 1;
	u32 user_worker : 1;
	u32 no_files : 1;
	u32 umh : 1;
	unsigned long stack;
	unsigned long stack_size;
	unsigned long tls;
	pid_t *set_tid;
	size_t set_tid_size;
	int cgroup;
	int idle;
	int (*fn)(void *arg);
	void *fn_arg;
	struct cgroup *cgrp;
	struct css_set *cset;
	unsigned int kill_seq;
};

/* Below the entry stubs: one function for every way in. */
pid_t kernel_clone(struct kernel_clone_args *kargs);

#endif /* _LINUX_CLONE_ARGS_H */
