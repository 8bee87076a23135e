/*
 * What the harness runtime (runtime.c) offers the models and drivers. Plain C
 * types only, so that both the kernel-side and the libc-side units include it.
 */
#ifndef HARNESS_H
#define HARNESS_H

#include <stddef.h>

unsigned long harness_copy_from_user(void *to, const void *from, unsigned long n);
unsigned long harness_copy_to_user(void *to, const void *from, unsigned long n);
unsigned long harness_clear_user(void *to, unsigned long n);
int harness_check_zeroed(const void *from, size_t size);
int harness_access_ok(unsigned long addr, unsigned long size);
int harness_user_writable(void *addr, size_t size);
int harness_is_cgroup2_dir(int fd);
int harness_pid_in_use(long pid);
long harness_pid_max(void);

/* The model of the rest of the kernel: off means "succeed at once". */
extern int harness_model_enabled;
extern int harness_common_calls;

/* What sched_model.c says the calling thread's scheduling becomes. */
struct harness_sched_state {
	int policy;
	int nice;
	int reset_on_fork;
};
extern struct harness_sched_state harness_sched_after;

#endif
