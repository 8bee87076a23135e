// SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note
/*
 * Generated from spec/sched_attr.yaml by clonegen; do not edit.
 * Spec digest: sha256:da363536b2dcb142.
 */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
/* Ours first: the header stands alone, and the system's may follow it. */
#include "sched_attr.h"

#include <errno.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Again, now that the system's names are visible: its agreement checks run. */
#include "sched_attr.h"

/* The number from <sys/syscall.h> when it knows it, else the spec's table. */
#ifdef SYS_sched_setattr
# define CG_SYS_sched_setattr SYS_sched_setattr
#elif defined(__alpha__)
# define CG_SYS_sched_setattr 508
#elif defined(__i386__)
# define CG_SYS_sched_setattr 351
#elif defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32
# define CG_SYS_sched_setattr 4349
#elif defined(__hppa__)
# define CG_SYS_sched_setattr 334
#elif defined(__s390x__)
# define CG_SYS_sched_setattr 345
#elif defined(__sparc__) && defined(__arch64__)
# define CG_SYS_sched_setattr 343
#elif defined(__x86_64__) && !defined(__ILP32__)
# define CG_SYS_sched_setattr 314
#else
# define CG_SYS_sched_setattr 274
#endif

long cg_sched_setattr(pid_t pid, struct cg_sched_attr *args, unsigned int flags)
{
	return syscall(CG_SYS_sched_setattr, pid, args, flags);
}

/* The number from <sys/syscall.h> when it knows it, else the spec's table. */
#ifdef SYS_sched_getattr
# define CG_SYS_sched_getattr SYS_sched_getattr
#elif defined(__alpha__)
# define CG_SYS_sched_getattr 509
#elif defined(__i386__)
# define CG_SYS_sched_getattr 352
#elif defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32
# define CG_SYS_sched_getattr 4350
#elif defined(__hppa__)
# define CG_SYS_sched_getattr 335
#elif defined(__s390x__)
# define CG_SYS_sched_getattr 346
#elif defined(__sparc__) && defined(__arch64__)
# define CG_SYS_sched_getattr 344
#elif defined(__x86_64__) && !defined(__ILP32__)
# define CG_SYS_sched_getattr 315
#else
# define CG_SYS_sched_getattr 275
#endif

long cg_sched_getattr(pid_t pid, struct cg_sched_attr *args, unsigned int size, unsigned int flags)
{
	return syscall(CG_SYS_sched_getattr, pid, args, size, flags);
}
