/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * Generated from spec/clone_args.yaml by clonegen; do not edit.
 * Spec digest: sha256:c4dcfbe32d8d3ddb.
 */
#ifndef _UAPI_LINUX_CLONE_ARGS_H
#define _UAPI_LINUX_CLONE_ARGS_H

#include <linux/types.h>

/* Flags of struct clone_args.flags. */
/* The child shares the parent's memory. */
#define CLONE_VM		0x00000100
/* The child shares root, cwd and umask. */
#define CLONE_FS		0x00000200
/* The child shares the file descriptor table. */
#define CLONE_FILES		0x00000400
/* The child shares signal handlers. */
#define CLONE_SIGHAND		0x00000800
/* A pidfd for the child is returned through @pidfd. */
#define CLONE_PIDFD		0x00001000
/* The child is traced if the parent is. */
#define CLONE_PTRACE		0x00002000
/* The parent sleeps until the child execs or exits. */
#define CLONE_VFORK		0x00004000
/* The child gets the caller's parent. */
#define CLONE_PARENT		0x00008000
/* The child joins the caller's thread group. */
#define CLONE_THREAD		0x00010000
/* The child gets a new mount namespace. */
#define CLONE_NEWNS		0x00020000
/* The child shares System V semaphore undo values. */
#define CLONE_SYSVSEM		0x00040000
/* The child's TLS is set from @tls. */
#define CLONE_SETTLS		0x00080000
/* The child's TID is stored at @parent_tid. */
#define CLONE_PARENT_SETTID	0x00100000
/* The child's TID at @child_tid is cleared when it exits. */
#define CLONE_CHILD_CLEARTID	0x00200000
/*
 * Unused and ignored by clone(); refused by clone3() so the bit can be reused.
 */
#define CLONE_DETACHED		0x00400000
/* A tracer cannot force CLONE_PTRACE on the child. */
#define CLONE_UNTRACED		0x00800000
/* The child's TID is stored at @child_tid in the child. */
#define CLONE_CHILD_SETTID	0x01000000
/* The child gets a new cgroup namespace. */
#define CLONE_NEWCGROUP		0x02000000
/* The child gets a new UTS namespace. */
#define CLONE_NEWUTS		0x04000000
/* The child gets a new IPC namespace. */
#define CLONE_NEWIPC		0x08000000
/* The child gets a new user namespace. */
#define CLONE_NEWUSER		0x10000000
/* The child gets a new PID namespace. */
#define CLONE_NEWPID		0x20000000
/* The child gets a new network namespace. */
#define CLONE_NEWNET		0x40000000
/* The child shares the I/O context. */
#define CLONE_IO		0x80000000
/*
 * The child gets a new time namespace. The bit lies inside CSIGNAL, so only
 * clone3() can ask for it.
 */
#define CLONE_NEWTIME		0x00000080
/* Signal handlers are reset to the default in the child. */
#define CLONE_CLEAR_SIGHAND	(1ULL << 32)
/* The child is created in the cgroup given by @cgroup. */
#define CLONE_INTO_CGROUP	(1ULL << 33)
/* The child is reaped automatically when it exits. */
#define CLONE_AUTOREAP		(1ULL << 34)
/* The child starts with no_new_privs set. */
#define CLONE_NNP		(1ULL << 35)
/* The child is killed when its last pidfd is closed. */
#define CLONE_PIDFD_AUTOKILL	(1ULL << 36)
/* The child gets a new, empty mount namespace. */
#define CLONE_EMPTY_MNTNS	(1ULL << 37)

/* Bits of the legacy flags word that carry the exit signal. */
#define CSIGNAL	0x000000ff

#ifndef __ASSEMBLY__
/**
 * struct clone_args - Arguments for the clone3() system call. The structure
 * is versioned by its size: user space passes the size it was compiled
 * with, the kernel zero-fills fields an older caller does not know, and
 * refuses a larger structure whose unknown tail is not zero.
 * @flags: Flags for the new process, all CLONE_* flags, 64 bits wide.
 * @pidfd: If CLONE_PIDFD is set, a pidfd for the new process is stored in
 *     the int this points to.
 * @child_tid: If CLONE_CHILD_SETTID is set, the TID of the child is stored
 *     there in the child's memory; CLONE_CHILD_CLEARTID clears it when the
 *     child exits.
 * @parent_tid: If CLONE_PARENT_SETTID is set, the TID of the child is
 *     stored there in the parent's memory.
 * @exit_signal: Signal sent to the parent when the child exits. Unlike
 *     clone(), it is not part of @flags.
 * @stack: Lowest address of the stack the child starts on.
 * @stack_size: Size of the stack at @stack.
 * @tls: If CLONE_SETTLS is set, the TLS descriptor of the child.
 * @set_tid: Array of PIDs to give the child, one per PID namespace level,
 *     the most nested namespace first. The kernel copies it into its own
 *     memory.
 * @set_tid_size: Number of elements in @set_tid.
 * @cgroup: If CLONE_INTO_CGROUP is set, a file descriptor of the cgroup2
 *     directory the child is created in.
 */
struct clone_args {
	__aligned_u64 flags;
	__aligned_u64 pidfd;
	__aligned_u64 child_tid;
	__aligned_u64 parent_tid;
	__aligned_u64 exit_signal;
	__aligned_u64 stack;
	__aligned_u64 stack_size;
	__aligned_u64 tls;
	__aligned_u64 set_tid;
	__aligned_u64 set_tid_size;
	__aligned_u64 cgroup;
};
#endif

#define CLONE_ARGS_SIZE_VER0	64	/* sizeof VER0, Linux 5.3 */
#define CLONE_ARGS_SIZE_VER1	80	/* sizeof VER1, Linux 5.5 */
#define CLONE_ARGS_SIZE_VER2	88	/* sizeof VER2, Linux 5.7 */

#endif /* _UAPI_LINUX_CLONE_ARGS_H */
