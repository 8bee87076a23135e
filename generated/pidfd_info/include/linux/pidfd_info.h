/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Generated from spec/pidfd_info.yaml by clonegen; do not edit.
 * Spec digest: sha256:f6bb2c3b3c04f84f.
 */
#ifndef _LINUX_PIDFD_INFO_H
#define _LINUX_PIDFD_INFO_H

#include <linux/compiler_types.h>
#include <linux/types.h>
#include <uapi/linux/pidfd_info.h>

struct file;

/**
 * struct kernel_pidfd_info - What pidfd_info_common() found out about the
 * process, in kernel types; on entry its request fields hold the caller's
 * request.
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
struct kernel_pidfd_info {
	u64 mask;
	u64 cgroupid;
	u32 pid;
	u32 tgid;
	u32 ppid;
	u32 ruid;
	u32 rgid;
	u32 euid;
	u32 egid;
	u32 suid;
	u32 sgid;
	u32 fsuid;
	u32 fsgid;
	s32 exit_code;
	u32 coredump_mask;
	u32 coredump_signal;
	u32 coredump_code;
	u32 coredump_pad;
	u64 supported_mask;
};

/*
 * What each bit of the answer's mask says the kernel filled:
 *   PIDFD_INFO_PID: pid, tgid, ppid (always)
 *   PIDFD_INFO_CREDS: ruid, rgid, euid, egid, suid, sgid, fsuid, fsgid
 *   (always)
 *   PIDFD_INFO_CGROUPID: cgroupid (available)
 *   PIDFD_INFO_EXIT: exit_code (request)
 *   PIDFD_INFO_COREDUMP: coredump_mask (request)
 *   PIDFD_INFO_SUPPORTED_MASK: supported_mask (request)
 *   PIDFD_INFO_COREDUMP_SIGNAL: coredump_signal (request)
 *   PIDFD_INFO_COREDUMP_CODE: coredump_code (request)
 */

/* Below the entry stubs: one function for every way in. */
/* The extensible ioctl PIDFD_GET_INFO: the file's ioctl handler calls these. */
bool pidfd_get_info_cmd_valid(unsigned int cmd);
long pidfd_get_info_ioctl(struct file *file, unsigned int cmd, unsigned long arg);

long pidfd_info_common(struct file *file, struct kernel_pidfd_info *kargs);

#endif /* _LINUX_PIDFD_INFO_H */
