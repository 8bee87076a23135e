/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * Generated from spec/pidfd_info.yaml by clonegen; do not edit.
 * Spec digest: sha256:f6bb2c3b3c04f84f.
 */
#ifndef _UAPI_LINUX_PIDFD_INFO_H
#define _UAPI_LINUX_PIDFD_INFO_H

#include <linux/types.h>
#include <linux/ioctl.h>

/* Flags of struct pidfd_info.mask. */
/* The ids; always returned while the process exists. */
#define PIDFD_INFO_PID			0x00000001
/* The credentials; always returned while the process exists. */
#define PIDFD_INFO_CREDS		0x00000002
/* The cgroup id; returned whenever the kernel has it. */
#define PIDFD_INFO_CGROUPID		0x00000004
/* The exit code; only when asked for, and only once the process has exited. */
#define PIDFD_INFO_EXIT			0x00000008
/* The coredump state; only when asked for. */
#define PIDFD_INFO_COREDUMP		0x00000010
/* The bits this kernel supports; only when asked for. */
#define PIDFD_INFO_SUPPORTED_MASK	0x00000020
/*
 * The coredump signal; returned with PIDFD_INFO_COREDUMP when a coredump took
 * place.
 */
#define PIDFD_INFO_COREDUMP_SIGNAL	0x00000040
/*
 * The coredump signal's code; returned with PIDFD_INFO_COREDUMP when a coredump
 * took place.
 */
#define PIDFD_INFO_COREDUMP_CODE	0x00000080

#ifndef __ASSEMBLY__
/**
 * struct pidfd_info - Information about the process a pidfd refers to: its
 * ids, its credentials, its cgroup, and once it has exited its exit code
 * and coredump state. The caller sets bits in mask to ask for what is
 * expensive or only available on request; the kernel replies with the bits
 * of what it filled.
 * @mask: In: the PIDFD_INFO_* bits the caller asks for. Out: the bits of
 *     the fields the kernel filled.
 * @cgroupid: The id of the process's cgroup (PIDFD_INFO_CGROUPID).
 * @pid: The pid in the caller's pid namespace (PIDFD_INFO_PID).
 * @tgid: The thread group id (PIDFD_INFO_PID).
 * @ppid: The parent's pid (PIDFD_INFO_PID).
 * @ruid: Real user id (PIDFD_INFO_CREDS).
 * @rgid: Real group id (PIDFD_INFO_CREDS).
 * @euid: Effective user id (PIDFD_INFO_CREDS).
 * @egid: Effective group id (PIDFD_INFO_CREDS).
 * @suid: Saved user id (PIDFD_INFO_CREDS).
 * @sgid: Saved group id (PIDFD_INFO_CREDS).
 * @fsuid: File system user id (PIDFD_INFO_CREDS).
 * @fsgid: File system group id (PIDFD_INFO_CREDS).
 * @exit_code: The wait status of an exited process (PIDFD_INFO_EXIT).
 * @coredump_mask: PIDFD_COREDUMP_* bits (PIDFD_INFO_COREDUMP).
 * @coredump_signal: The signal that caused the coredump
 *     (PIDFD_INFO_COREDUMP_SIGNAL); a spare word before that.
 * @coredump_code: The si_code of that signal (PIDFD_INFO_COREDUMP_CODE).
 * @coredump_pad: Padding that aligns supported_mask; zero.
 * @supported_mask: Every PIDFD_INFO_* bit this kernel knows
 *     (PIDFD_INFO_SUPPORTED_MASK).
 */
struct pidfd_info {
	__u64 mask;
	__u64 cgroupid;
	__u32 pid;
	__u32 tgid;
	__u32 ppid;
	__u32 ruid;
	__u32 rgid;
	__u32 euid;
	__u32 egid;
	__u32 suid;
	__u32 sgid;
	__u32 fsuid;
	__u32 fsgid;
	__s32 exit_code;
	__u32 coredump_mask;
	__u32 coredump_signal;
	__u32 coredump_code;
	__u32 coredump_pad;
	__u64 supported_mask;
};
#endif

#define PIDFD_INFO_SIZE_VER0	64	/* sizeof VER0, Linux 6.13 */
#define PIDFD_INFO_SIZE_VER1	72	/* sizeof VER1, Linux 6.16 */
#define PIDFD_INFO_SIZE_VER2	80	/* sizeof VER2, Linux 7.1 */
#define PIDFD_INFO_SIZE_VER3	88	/* sizeof VER3, Linux 7.1 */

/* The size of the struct is part of the ioctl number. */
/* Fill in struct pidfd_info (this header's size). */
#define PIDFD_GET_INFO		_IOWR(0xFF, 11, struct pidfd_info)
/* PIDFD_GET_INFO for a caller built with VER0 (64 bytes). */
#define PIDFD_GET_INFO_VER0	_IOC(_IOC_READ | _IOC_WRITE, 0xFF, 11, PIDFD_INFO_SIZE_VER0)
/* PIDFD_GET_INFO for a caller built with VER1 (72 bytes). */
#define PIDFD_GET_INFO_VER1	_IOC(_IOC_READ | _IOC_WRITE, 0xFF, 11, PIDFD_INFO_SIZE_VER1)
/* PIDFD_GET_INFO for a caller built with VER2 (80 bytes). */
#define PIDFD_GET_INFO_VER2	_IOC(_IOC_READ | _IOC_WRITE, 0xFF, 11, PIDFD_INFO_SIZE_VER2)
/* PIDFD_GET_INFO for a caller built with VER3 (88 bytes). */
#define PIDFD_GET_INFO_VER3	_IOC(_IOC_READ | _IOC_WRITE, 0xFF, 11, PIDFD_INFO_SIZE_VER3)

#endif /* _UAPI_LINUX_PIDFD_INFO_H */
