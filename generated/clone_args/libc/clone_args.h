/* SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note */
/*
 * Generated from spec/clone_args.yaml by clonegen; do not edit.
 * Spec digest: sha256:25c7c008a0a9e554.
 */
#ifndef CG_CLONE_ARGS_H
#define CG_CLONE_ARGS_H

/*
 * The user-space view of struct clone_args for a libc or a program.
 * Every name carries the prefix cg_ (CG_ for macros), so this header
 * and the system's <linux/...> or libc headers can be included together in
 * any order; where the system's names are visible, static assertions check
 * that both agree.
 */

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Flags of cg_clone_args.flags. */
#define CG_CLONE_VM		0x00000100
#define CG_CLONE_FS		0x00000200
#define CG_CLONE_FILES		0x00000400
#define CG_CLONE_SIGHAND	0x00000800
#define CG_CLONE_PIDFD		0x00001000
#define CG_CLONE_PTRACE		0x00002000
#define CG_CLONE_VFORK		0x00004000
#define CG_CLONE_PARENT		0x00008000
#define CG_CLONE_THREAD		0x00010000
#define CG_CLONE_NEWNS		0x00020000
#define CG_CLONE_SYSVSEM	0x00040000
#define CG_CLONE_SETTLS		0x00080000
#define CG_CLONE_PARENT_SETTID	0x00100000
#define CG_CLONE_CHILD_CLEARTID	0x00200000
#define CG_CLONE_DETACHED	0x00400000
#define CG_CLONE_UNTRACED	0x00800000
#define CG_CLONE_CHILD_SETTID	0x01000000
#define CG_CLONE_NEWCGROUP	0x02000000
#define CG_CLONE_NEWUTS		0x04000000
#define CG_CLONE_NEWIPC		0x08000000
#define CG_CLONE_NEWUSER	0x10000000
#define CG_CLONE_NEWPID		0x20000000
#define CG_CLONE_NEWNET		0x40000000
#define CG_CLONE_IO		0x80000000
#define CG_CLONE_NEWTIME	0x00000080
#define CG_CLONE_CLEAR_SIGHAND	0x100000000ULL
#define CG_CLONE_INTO_CGROUP	0x200000000ULL
#define CG_CLONE_AUTOREAP	0x400000000ULL
#define CG_CLONE_NNP		0x800000000ULL
#define CG_CLONE_PIDFD_AUTOKILL	0x1000000000ULL
#define CG_CLONE_EMPTY_MNTNS	0x2000000000ULL

#define CG_CSIGNAL	0xff

/**
 * struct cg_clone_args - Arguments for the clone3() system call. The
 * structure is versioned by its size: user space passes the size it was
 * compiled with, the kernel zero-fills fields an older caller does not
 * know, and refuses a larger structure whose unknown tail is not zero.
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
struct cg_clone_args {
	uint64_t flags __attribute__((aligned(8)));
	uint64_t pidfd __attribute__((aligned(8)));
	uint64_t child_tid __attribute__((aligned(8)));
	uint64_t parent_tid __attribute__((aligned(8)));
	uint64_t exit_signal __attribute__((aligned(8)));
	uint64_t stack __attribute__((aligned(8)));
	uint64_t stack_size __attribute__((aligned(8)));
	uint64_t tls __attribute__((aligned(8)));
	uint64_t set_tid __attribute__((aligned(8)));
	uint64_t set_tid_size __attribute__((aligned(8)));
	uint64_t cgroup __attribute__((aligned(8)));
};

#define CG_CLONE_ARGS_SIZE_VER0	64
#define CG_CLONE_ARGS_SIZE_VER1	80
#define CG_CLONE_ARGS_SIZE_VER2	88

#ifndef __cplusplus
_Static_assert(sizeof(struct cg_clone_args) == CG_CLONE_ARGS_SIZE_VER2,
	       "struct cg_clone_args has the size of VER2");
_Static_assert(offsetof(struct cg_clone_args, flags) == 0, "flags lies at 0");
_Static_assert(offsetof(struct cg_clone_args, pidfd) == 8, "pidfd lies at 8");
_Static_assert(offsetof(struct cg_clone_args, child_tid) == 16, "child_tid lies at 16");
_Static_assert(offsetof(struct cg_clone_args, parent_tid) == 24, "parent_tid lies at 24");
_Static_assert(offsetof(struct cg_clone_args, exit_signal) == 32, "exit_signal lies at 32");
_Static_assert(offsetof(struct cg_clone_args, stack) == 40, "stack lies at 40");
_Static_assert(offsetof(struct cg_clone_args, stack_size) == 48, "stack_size lies at 48");
_Static_assert(offsetof(struct cg_clone_args, tls) == 56, "tls lies at 56");
_Static_assert(offsetof(struct cg_clone_args, set_tid) == 64, "set_tid lies at 64");
_Static_assert(offsetof(struct cg_clone_args, set_tid_size) == 72, "set_tid_size lies at 72");
_Static_assert(offsetof(struct cg_clone_args, cgroup) == 80, "cgroup lies at 80");
#ifdef CLONE_VM
_Static_assert(CG_CLONE_VM == CLONE_VM, "CLONE_VM agrees with the system's");
#endif
#ifdef CLONE_FS
_Static_assert(CG_CLONE_FS == CLONE_FS, "CLONE_FS agrees with the system's");
#endif
#ifdef CLONE_FILES
_Static_assert(CG_CLONE_FILES == CLONE_FILES, "CLONE_FILES agrees with the system's");
#endif
#ifdef CLONE_SIGHAND
_Static_assert(CG_CLONE_SIGHAND == CLONE_SIGHAND, "CLONE_SIGHAND agrees with the system's");
#endif
#ifdef CLONE_PIDFD
_Static_assert(CG_CLONE_PIDFD == CLONE_PIDFD, "CLONE_PIDFD agrees with the system's");
#endif
#ifdef CLONE_PTRACE
_Static_assert(CG_CLONE_PTRACE == CLONE_PTRACE, "CLONE_PTRACE agrees with the system's");
#endif
#ifdef CLONE_VFORK
_Static_assert(CG_CLONE_VFORK == CLONE_VFORK, "CLONE_VFORK agrees with the system's");
#endif
#ifdef CLONE_PARENT
_Static_assert(CG_CLONE_PARENT == CLONE_PARENT, "CLONE_PARENT agrees with the system's");
#endif
#ifdef CLONE_THREAD
_Static_assert(CG_CLONE_THREAD == CLONE_THREAD, "CLONE_THREAD agrees with the system's");
#endif
#ifdef CLONE_NEWNS
_Static_assert(CG_CLONE_NEWNS == CLONE_NEWNS, "CLONE_NEWNS agrees with the system's");
#endif
#ifdef CLONE_SYSVSEM
_Static_assert(CG_CLONE_SYSVSEM == CLONE_SYSVSEM, "CLONE_SYSVSEM agrees with the system's");
#endif
#ifdef CLONE_SETTLS
_Static_assert(CG_CLONE_SETTLS == CLONE_SETTLS, "CLONE_SETTLS agrees with the system's");
#endif
#ifdef CLONE_PARENT_SETTID
_Static_assert(CG_CLONE_PARENT_SETTID == CLONE_PARENT_SETTID, "CLONE_PARENT_SETTID agrees with the system's");
#endif
#ifdef CLONE_CHILD_CLEARTID
_Static_assert(CG_CLONE_CHILD_CLEARTID == CLONE_CHILD_CLEARTID, "CLONE_CHILD_CLEARTID agrees with the system's");
#endif
#ifdef CLONE_DETACHED
_Static_assert(CG_CLONE_DETACHED == CLONE_DETACHED, "CLONE_DETACHED agrees with the system's");
#endif
#ifdef CLONE_UNTRACED
_Static_assert(CG_CLONE_UNTRACED == CLONE_UNTRACED, "CLONE_UNTRACED agrees with the system's");
#endif
#ifdef CLONE_CHILD_SETTID
_Static_assert(CG_CLONE_CHILD_SETTID == CLONE_CHILD_SETTID, "CLONE_CHILD_SETTID agrees with the system's");
#endif
#ifdef CLONE_NEWCGROUP
_Static_assert(CG_CLONE_NEWCGROUP == CLONE_NEWCGROUP, "CLONE_NEWCGROUP agrees with the system's");
#endif
#ifdef CLONE_NEWUTS
_Static_assert(CG_CLONE_NEWUTS == CLONE_NEWUTS, "CLONE_NEWUTS agrees with the system's");
#endif
#ifdef CLONE_NEWIPC
_Static_assert(CG_CLONE_NEWIPC == CLONE_NEWIPC, "CLONE_NEWIPC agrees with the system's");
#endif
#ifdef CLONE_NEWUSER
_Static_assert(CG_CLONE_NEWUSER == CLONE_NEWUSER, "CLONE_NEWUSER agrees with the system's");
#endif
#ifdef CLONE_NEWPID
_Static_assert(CG_CLONE_NEWPID == CLONE_NEWPID, "CLONE_NEWPID agrees with the system's");
#endif
#ifdef CLONE_NEWNET
_Static_assert(CG_CLONE_NEWNET == CLONE_NEWNET, "CLONE_NEWNET agrees with the system's");
#endif
#ifdef CLONE_IO
_Static_assert(CG_CLONE_IO == CLONE_IO, "CLONE_IO agrees with the system's");
#endif
#ifdef CLONE_NEWTIME
_Static_assert(CG_CLONE_NEWTIME == CLONE_NEWTIME, "CLONE_NEWTIME agrees with the system's");
#endif
#ifdef CLONE_CLEAR_SIGHAND
_Static_assert(CG_CLONE_CLEAR_SIGHAND == CLONE_CLEAR_SIGHAND, "CLONE_CLEAR_SIGHAND agrees with the system's");
#endif
#ifdef CLONE_INTO_CGROUP
_Static_assert(CG_CLONE_INTO_CGROUP == CLONE_INTO_CGROUP, "CLONE_INTO_CGROUP agrees with the system's");
#endif
#ifdef CLONE_AUTOREAP
_Static_assert(CG_CLONE_AUTOREAP == CLONE_AUTOREAP, "CLONE_AUTOREAP agrees with the system's");
#endif
#ifdef CLONE_NNP
_Static_assert(CG_CLONE_NNP == CLONE_NNP, "CLONE_NNP agrees with the system's");
#endif
#ifdef CLONE_PIDFD_AUTOKILL
_Static_assert(CG_CLONE_PIDFD_AUTOKILL == CLONE_PIDFD_AUTOKILL, "CLONE_PIDFD_AUTOKILL agrees with the system's");
#endif
#ifdef CLONE_EMPTY_MNTNS
_Static_assert(CG_CLONE_EMPTY_MNTNS == CLONE_EMPTY_MNTNS, "CLONE_EMPTY_MNTNS agrees with the system's");
#endif
#ifdef CLONE_ARGS_SIZE_VER0
_Static_assert(CG_CLONE_ARGS_SIZE_VER0 == CLONE_ARGS_SIZE_VER0, "CLONE_ARGS_SIZE_VER0 agrees with the system's");
#endif
#ifdef CLONE_ARGS_SIZE_VER1
_Static_assert(CG_CLONE_ARGS_SIZE_VER1 == CLONE_ARGS_SIZE_VER1, "CLONE_ARGS_SIZE_VER1 agrees with the system's");
#endif
#ifdef CLONE_ARGS_SIZE_VER2
_Static_assert(CG_CLONE_ARGS_SIZE_VER2 == CLONE_ARGS_SIZE_VER2, "CLONE_ARGS_SIZE_VER2 agrees with the system's");
#endif
#endif

/**
 * cg_clone3() - the raw clone3() system call
 *
 * Return: what the kernel returns, or -1 with errno set.
 */
long cg_clone3(struct cg_clone_args *args, size_t size);

/**
 * cg_clone3_fork() - create a child like fork(), with the request in @args
 *
 * Tries clone3(). When the kernel answers ENOSYS (and only then), it
 * remembers that clone3() is missing and uses clone() with this
 * architecture's argument order, if the request can be said there; if it
 * cannot, it fails with ENOSYS and does nothing. Requests that need a
 * separate stack or shared memory (CLONE_VM, CLONE_VFORK, CLONE_THREAD, CLONE_SETTLS, or a
 * stack) fail with EINVAL: use cg_clone3_run() for those.
 *
 * Return: the child's pid in the parent, 0 in the child, -1 with errno set.
 */
pid_t cg_clone3_fork(const struct cg_clone_args *args, size_t size);

/**
 * cg_clone3_run() - run @fn(@arg) in a child on the stack given in @args
 *
 * For CLONE_VM, CLONE_VFORK and threads: the child calls @fn on its own
 * stack and exits with its return value. x86_64 and i386 only; ENOSYS
 * elsewhere.
 *
 * Return: the child's pid, or -1 with errno set.
 */
pid_t cg_clone3_run(const struct cg_clone_args *args, size_t size, int (*fn)(void *), void *arg);

/* Non-zero once cg_clone3_fork() has seen ENOSYS from clone3(). */
int cg_clone3_missing(void);

#ifdef __cplusplus
}
#endif

#endif /* CG_CLONE_ARGS_H */
