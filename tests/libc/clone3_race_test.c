/*
 * cg_clone3_fork() hands the kernel only the request it checked. One thread
 * flips the flags of a shared request between 0 and CLONE_VM while this one
 * calls cg_clone3_fork() on it until each answer has come EACH times: each
 * call must fork (flags 0) or be refused (CLONE_VM, EINVAL), and no child may
 * share our memory. A child that did would set vm_child here; it exits at
 * once either way. The flipper runs from before the first call to after the
 * last (the calls wait for it to start and it stops only when told). A
 * helper that let the kernel read the caller's request again would let
 * CLONE_VM children through, which then run on our stack: run this in its
 * own PID namespace with a time limit. Prints "ok - name" or "not ok -
 * name"; exits non-zero if any failed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "clone_args.h"

/* Calls until each answer has come this often (bounded by the run's time limit, not timed). */
#define EACH 2000

static struct cg_clone_args request = { .exit_signal = SIGCHLD };
static volatile int started, stop;
static volatile int vm_child;

/*
 * Each value held for a varying while, about as long as a system call, so
 * that either may be read; 0 longer, as a fork takes longer than a refusal.
 */
static void hold(unsigned int *seed, unsigned int most)
{
	volatile unsigned int spin;

	*seed = *seed * 1103515245U + 12345U;
	for (spin = (*seed >> 16) & most; spin; spin--)
		;
}

static void *flipper(void *unused)
{
	unsigned int seed = 1;

	(void)unused;
	__atomic_store_n(&started, 1, __ATOMIC_SEQ_CST);
	while (!__atomic_load_n(&stop, __ATOMIC_SEQ_CST)) {
		__atomic_store_n(&request.flags, (uint64_t)CG_CLONE_VM, __ATOMIC_RELAXED);
		hold(&seed, 511);
		__atomic_store_n(&request.flags, (uint64_t)0, __ATOMIC_RELAXED);
		hold(&seed, 4095);
	}
	return NULL;
}

int main(void)
{
	int forks = 0, refused = 0, other = 0, bad_status = 0, status;
	pthread_t thread;
	pid_t pid;

	setvbuf(stdout, NULL, _IONBF, 0);
	if (pthread_create(&thread, NULL, flipper, NULL)) {
		printf("not ok - the flipping thread starts\n");
		return 1;
	}
	while (!__atomic_load_n(&started, __ATOMIC_SEQ_CST))
		sched_yield();
	while ((forks < EACH || refused < EACH) && !vm_child) {
		pid = cg_clone3_fork(&request, sizeof(request));
		if (pid == 0) {
			vm_child = 1; /* seen by the parent only if we share its memory */
			syscall(SYS_exit, 0);
		}
		if (pid > 0) {
			forks++;
			if (waitpid(pid, &status, __WALL) != pid || !WIFEXITED(status) || WEXITSTATUS(status))
				bad_status++;
		} else if (errno == EINVAL) {
			refused++;
		} else {
			other++;
		}
	}
	__atomic_store_n(&stop, 1, __ATOMIC_SEQ_CST);
	pthread_join(thread, NULL);
	printf("# %d forks, %d refused, %d other errors, %d bad exits\n", forks, refused, other, bad_status);
	printf("%s - no CLONE_VM child while another thread flips the request's flags\n",
	       !vm_child && !other && !bad_status ? "ok" : "not ok");
	printf("%s - both answers seen %d times: the threads raced\n", forks >= EACH && refused >= EACH ? "ok" : "not ok",
	       EACH);
	return !vm_child && !other && !bad_status && forks >= EACH && refused >= EACH ? 0 : 1;
}
