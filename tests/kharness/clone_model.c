/*
 * The rest of the kernel below the clone entry stubs, for the harness.
 *
 * kernel_clone() records the struct it was given (unit tests read it), makes
 * the spec's common-phase checks (common_checks.h, written by the test) and,
 * when harness_model_enabled is set, applies the checks the real
 * kernel_clone()/copy_process() make after the generated code has run, in
 * their order, so a differential run can compare whole outcomes with the
 * running kernel. It returns 0 for "the kernel would create the task".
 */
#include <linux/clone_args.h>
#include <linux/errno.h>
#include <linux/signal.h>
#include <linux/types.h>

#include "harness.h"

#if UINTPTR_MAX > 0xffffffffUL
# define TASK_SIZE_MAX 0x7ffffffff000UL
#else
# define TASK_SIZE_MAX 0xffffe000UL
#endif

struct kernel_clone_args harness_last_kargs;

pid_t kernel_clone(struct kernel_clone_args *a)
{
	u64 f = a->flags;

	harness_last_kargs = *a;
	harness_common_calls++;
	{
		/*
		 * The spec's common-phase checks (the pidfd/parent_tid clash and,
		 * from 7.3, valid_signal()), always: they are part of the spec's
		 * verdict.
		 */
		struct kernel_clone_args *kargs = a;

#include <common_checks.h>	/* the -I directory first on the path */
		(void)kargs;
	}
	if (!harness_model_enabled)
		return 0;

	if ((f & (CLONE_NEWNS | CLONE_FS)) == (CLONE_NEWNS | CLONE_FS))
		return -EINVAL;
	if ((f & (CLONE_NEWUSER | CLONE_FS)) == (CLONE_NEWUSER | CLONE_FS))
		return -EINVAL;
	if ((f & CLONE_THREAD) && !(f & CLONE_SIGHAND))
		return -EINVAL;
	if ((f & CLONE_SIGHAND) && !(f & CLONE_VM))
		return -EINVAL;
	if ((f & CLONE_THREAD) && (f & (CLONE_NEWUSER | CLONE_NEWPID)))
		return -EINVAL;
	if ((f & (CLONE_NEWIPC | CLONE_SYSVSEM)) == (CLONE_NEWIPC | CLONE_SYSVSEM))
		return -EINVAL;
	if ((f & CLONE_SETTLS) && (u64)a->tls >= TASK_SIZE_MAX)
		return -EPERM;
	if (a->set_tid_size) {
		size_t i;

		/* We run in the initial PID namespace: level 0. */
		if (a->set_tid_size > 1)
			return -EINVAL;
		for (i = 0; i < a->set_tid_size; i++) {
			if (a->set_tid[i] < 1 || a->set_tid[i] >= harness_pid_max())
				return -EINVAL;
		}
		for (i = 0; i < a->set_tid_size; i++) {
			if (harness_pid_in_use(a->set_tid[i]))
				return -EEXIST;
		}
	}
	if ((f & CLONE_PIDFD) && !harness_user_writable((__force void *)a->pidfd, sizeof(int)))
		return -EFAULT;
	if ((f & CLONE_INTO_CGROUP) && !harness_is_cgroup2_dir(a->cgroup))
		return -EBADF;
	return 0;
}
