/*
 * The rest of the kernel below sys_sched_setattr and sys_sched_getattr, for the
 * harness, on the calling thread of this machine (root, SCHED_OTHER with nice 0
 * before every case, no CONFIG_UCLAMP_TASK, no SCHED_EXT).
 *
 * sched_setattr_common() applies what __sched_setscheduler() checks after the
 * copy-in, in its order, and says what the thread's policy, nice value and
 * reset-on-fork flag become. sched_getattr_common() fills the kernel struct
 * from the running kernel (the thread's real attributes), so the differential
 * run compares only what the generated copy-out does with them.
 */
#include <linux/errno.h>
#include <linux/sched_attr.h>
#include <linux/types.h>

#include "harness.h"

#define SCHED_FLAG_ALL 0x7fULL
#define SCHED_FLAG_SUGOV 0x10000000ULL
#define SCHED_FLAG_UTIL_CLAMP (SCHED_FLAG_UTIL_CLAMP_MIN | SCHED_FLAG_UTIL_CLAMP_MAX)

struct kernel_sched_attr harness_last_sched;
struct harness_sched_state harness_sched_after;

long harness_real_getattr(void *buf, unsigned int size);

long sched_setattr_common(pid_t pid, unsigned int flags, struct kernel_sched_attr *kargs)
{
	u64 f = kargs->sched_flags;
	int policy = (int)kargs->sched_policy;

	(void)pid;
	(void)flags;
	harness_last_sched = *kargs;
	harness_common_calls++;
	if (f & SCHED_FLAG_KEEP_POLICY)
		policy = -1;	/* SETPARAM_POLICY: keep the current one */
	if (policy >= 0 && policy != 0 && policy != 1 && policy != 2 && policy != 3 &&
	    policy != 5 && policy != 6)
		return -EINVAL;
	if (f & ~(SCHED_FLAG_ALL | SCHED_FLAG_SUGOV))
		return -EINVAL;
	if (kargs->sched_priority > 99)
		return -EINVAL;
	/* The thread is SCHED_OTHER: with KEEP_POLICY it stays so. */
	if (policy < 0)
		policy = 0;
	if ((policy == 1 || policy == 2) != (kargs->sched_priority != 0))
		return -EINVAL;
	if (f & SCHED_FLAG_SUGOV)
		return -EINVAL;
	if (f & SCHED_FLAG_UTIL_CLAMP)
		return -EOPNOTSUPP;
	/*
	 * KEEP_PARAMS: get_params() puts the current nice value (0) back, and
	 * __sched_setscheduler() skips __setscheduler_params(): the policy stays.
	 */
	harness_sched_after.policy = f & SCHED_FLAG_KEEP_PARAMS ? 0 : policy;
	harness_sched_after.nice = f & SCHED_FLAG_KEEP_PARAMS ? 0 : kargs->sched_nice;
	harness_sched_after.reset_on_fork =
		kargs->sched_flags & SCHED_FLAG_KEEP_POLICY ? 0 : !!(f & SCHED_FLAG_RESET_ON_FORK);
	return 0;
}

long sched_getattr_common(pid_t pid, unsigned int flags, struct kernel_sched_attr *kargs)
{
	struct sched_attr real;

	(void)pid;
	harness_common_calls++;
	/* The thread is never SCHED_DEADLINE here: any flag is refused. */
	if (flags)
		return -EINVAL;
	if (harness_real_getattr(&real, sizeof(real)))
		return -EFAULT;
	kargs->sched_policy = real.sched_policy;
	kargs->sched_flags = real.sched_flags;
	kargs->sched_nice = real.sched_nice;
	kargs->sched_priority = real.sched_priority;
	kargs->sched_runtime = real.sched_runtime;
	kargs->sched_deadline = real.sched_deadline;
	kargs->sched_period = real.sched_period;
	kargs->sched_util_min = real.sched_util_min;
	kargs->sched_util_max = real.sched_util_max;
	return 0;
}
