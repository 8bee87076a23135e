/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * Generated from spec/sched_attr.yaml by clonegen; do not edit.
 * Spec digest: sha256:0e3b10430f833d3c.
 */
#ifndef _UAPI_LINUX_SCHED_ATTR_H
#define _UAPI_LINUX_SCHED_ATTR_H

#include <linux/types.h>

/* Flags of struct sched_attr.sched_flags. */
/* Children do not inherit a privileged policy. */
#define SCHED_FLAG_RESET_ON_FORK	0x00000001
/* A deadline task may reclaim unused bandwidth. */
#define SCHED_FLAG_RECLAIM		0x00000002
/* Send SIGXCPU when a deadline task overruns its runtime. */
#define SCHED_FLAG_DL_OVERRUN		0x00000004
/* Keep the current policy; sched_policy is ignored. */
#define SCHED_FLAG_KEEP_POLICY		0x00000008
/*
 * Keep the current parameters; the nice, priority and deadline fields are
 * ignored.
 */
#define SCHED_FLAG_KEEP_PARAMS		0x00000010
/* Set the minimum utilization clamp. */
#define SCHED_FLAG_UTIL_CLAMP_MIN	0x00000020
/* Set the maximum utilization clamp. */
#define SCHED_FLAG_UTIL_CLAMP_MAX	0x00000040

#ifndef __ASSEMBLY__
/**
 * struct sched_attr - Extended scheduling parameters of a thread: its
 * policy and flags, the nice value or static priority, the runtime,
 * deadline and period of a deadline task, and the utilization clamps. The
 * structure is versioned by the size it carries in its first word.
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
struct sched_attr {
	__u32 size;
	__u32 sched_policy;
	__u64 sched_flags;
	__s32 sched_nice;
	__u32 sched_priority;
	__u64 sched_runtime;
	__u64 sched_deadline;
	__u64 sched_period;
	__u32 sched_util_min;
	__u32 sched_util_max;
};
#endif

#define SCHED_ATTR_SIZE_VER0	48	/* sizeof VER0, Linux 3.14 */
#define SCHED_ATTR_SIZE_VER1	56	/* sizeof VER1, Linux 5.3 */

#endif /* _UAPI_LINUX_SCHED_ATTR_H */
