/*
 * The rest of the kernel below the PIDFD_GET_INFO handler, for the harness.
 *
 * pidfd_info_common() asks the running kernel what it knows about the
 * process (the real ioctl at a size larger than any version, with the same
 * request mask) and fills the kernel struct with it, so that a differential
 * run compares only what the generated handler does: the number check, the
 * request read, and the copy-out at the caller's size. The harness passes
 * the pidfd as the file pointer (fd + 1).
 */
#include <linux/errno.h>
#include <linux/pidfd_info.h>
#include <linux/types.h>

#include "harness.h"

/* The driver's: the live kernel's answer at a large size, 0 or -errno. */
long harness_real_pidfd_info(int fd, unsigned long long mask, void *buf, unsigned long size);

long pidfd_info_common(struct file *file, struct kernel_pidfd_info *kargs)
{
	struct pidfd_info real;
	unsigned char answer[512];
	long ret;

	harness_common_calls++;
	ret = harness_real_pidfd_info((int)((unsigned long)file - 1), kargs->mask, answer,
				      sizeof(answer));
	if (ret)
		return ret;
	__builtin_memcpy(&real, answer, sizeof(real));
	*kargs = (struct kernel_pidfd_info){
		.mask = real.mask,
		.cgroupid = real.cgroupid,
		.pid = real.pid,
		.tgid = real.tgid,
		.ppid = real.ppid,
		.ruid = real.ruid,
		.rgid = real.rgid,
		.euid = real.euid,
		.egid = real.egid,
		.suid = real.suid,
		.sgid = real.sgid,
		.fsuid = real.fsuid,
		.fsgid = real.fsgid,
		.exit_code = real.exit_code,
		.coredump_mask = real.coredump_mask,
		.coredump_signal = real.coredump_signal,
	};
	return 0;
}
