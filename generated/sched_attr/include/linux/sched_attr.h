/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Generated from spec/sched_attr.yaml by clonegen; do not edit.
 * Spec digest: sha256:0e3b10430f833d3c.
 */
#ifndef _LINUX_SCHED_ATTR_H
#define _LINUX_SCHED_ATTR_H

#include <linux/compiler_types.h>
#include <linux/types.h>
#include <uapi/linux/sched_attr.h>

/**
 * struct kernel_sched_attr - A scheduling request in kernel types, checked
 * once at the system call boundary.
 * @size: Size of the structure the caller was built with; 0 means VER0. The
 *     kernel writes its own size here when it refuses the caller's.
 * @sched_policy: Scheduling policy (SCHED_NORMAL, SCHED_FIFO, ...).
 * @sched_flags: SCHED_FLAG_* flags customizing the scheduler's behaviour.
 * @sched_nice: Nice value for SCHED_NORMAL and SCHED_BATCH; clamped to the
 *     valid range, not refused.
 * @sched_priority: Static priority for SCHED_FIFO and SCHED_RR.
 * @sched_runtime: Runtime of a deadline task in nanoseconds (the slice of a
 *     fair task).
 * @sched_deadline: Relative deadline of a deadline task in nanoseconds.
 * @sched_period: Period of a deadline task in nanoseconds.
 * @sched_util_min: Minimum utilization, 0 to 1024, or -1 to reset.
 * @sched_util_max: Maximum utilization, 0 to 1024, or -1 to reset.
 */
struct kernel_sched_attr {
	u32 size;
	u32 sched_policy;
	u64 sched_flags;
	s32 sched_nice;
	u32 sched_priority;
	u64 sched_runtime;
	u64 sched_deadline;
	u64 sched_period;
	u32 sched_util_min;
	u32 sched_util_max;
};

/* Below the entry stubs: one function for every way in. */
long sched_setattr_common(pid_t pid, unsigned int flags, struct kernel_sched_attr *kargs);
long sched_getattr_common(pid_t pid, unsigned int flags, struct kernel_sched_attr *kargs);

#endif /* _LINUX_SCHED_ATTR_H */
