// SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note
/*
 * Generated from spec/pidfd_info.yaml by clonegen; do not edit.
 * Spec digest: sha256:536a8d1040b299f0.
 */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
/* Ours first: the header stands alone, and the system's may follow it. */
#include "pidfd_info.h"

#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Again, now that the system's names are visible: its agreement checks run. */
#include "pidfd_info.h"

long cg_pidfd_get_info(int pidfd, struct cg_pidfd_info *args, size_t size)
{
	return syscall(SYS_ioctl, pidfd, (unsigned long)_IOC(_IOC_READ | _IOC_WRITE, 0xff, 11, size), args);
}
