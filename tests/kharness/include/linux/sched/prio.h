/* Userspace stand-in for linux/sched/prio.h: the nice range. */
#ifndef _HARNESS_LINUX_SCHED_PRIO_H
#define _HARNESS_LINUX_SCHED_PRIO_H

#define MAX_NICE 19
#define MIN_NICE -20

#endif
