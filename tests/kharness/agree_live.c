/*
 * The live column of the cross-target agreement test (tests/test_agreement.py):
 * the running kernel's answer to the same cases, one a line on stdin:
 *
 *	<size> <memlen> <hex bytes or ->
 *
 * placed as agree_driver.c places them (zero-extended to memlen, ending where a
 * PROT_NONE page begins). Prints the errno of the real call, 0 when it
 * succeeded. Each call is made so that the kernel stops right after what the
 * struct decides, or changes nothing:
 *
 *	clone_args	clone3(); a child runs four instructions and exits without
 *			touching memory (run it in a pid namespace of its own)
 *	open_how	openat2(AT_FDCWD, "", ...): past the struct, the empty path
 *			fails with ENOENT before anything is looked up
 *	sched_attr	sched_setattr() on a pid no task has: past the struct, ESRCH
 *	pidfd_info	PIDFD_GET_INFO with the size in the number, on a pidfd of
 *			this process
 *	mount_attr	mount_setattr(AT_FDCWD, "", ...): a struct that changes
 *			nothing succeeds before the lookup, any other ends in ENOENT
 *
 * Usage: agree_live SPEC. x86_64 only (clone3 is called through assembly).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "agree_memory.h"
#define NO_SUCH_PID 0x7ffffff0
#define AT_FDCWD_ (-100)
#define CLONE_THREAD_ 0x10000ULL
#define CLONE_PARENT_ 0x8000ULL

#ifndef SYS_clone3
# define SYS_clone3 435
#endif
#ifndef SYS_openat2
# define SYS_openat2 437
#endif
#ifndef SYS_pidfd_open
# define SYS_pidfd_open 434
#endif
#ifndef SYS_mount_setattr
# define SYS_mount_setattr 442
#endif
#ifndef SYS_setxattrat
# define SYS_setxattrat 463
#endif
#ifndef SYS_file_setattr
# define SYS_file_setattr 469
#endif
#ifndef SYS_landlock_create_ruleset
# define SYS_landlock_create_ruleset 444
#endif

static long raw_clone3(void *uargs, size_t size)
{
	long ret;
	register long rdi __asm__("rdi") = (long)uargs;
	register long rsi __asm__("rsi") = (long)size;

	__asm__ volatile("mov $435, %%eax\n\t"
			 "syscall\n\t"
			 "test %%rax, %%rax\n\t"
			 "jnz 1f\n\t"
			 "mov $60, %%eax\n\t"
			 "xor %%edi, %%edi\n\t"
			 "syscall\n\t"
			 "1:\n\t"
			 : "=a"(ret)
			 : "r"(rdi), "r"(rsi)
			 : "rcx", "r11", "memory");
	return ret;
}

static long errno_of(long ret)
{
	return ret < 0 ? errno : 0;
}

static long live_clone3(unsigned char *uargs, unsigned long size, size_t memlen)
{
	uint64_t flags = 0;
	long ret = raw_clone3(uargs, size);

	if (ret < 0)
		return -ret;
	if (memlen >= 8)
		memcpy(&flags, uargs, 8);
	if (!(flags & (CLONE_THREAD_ | CLONE_PARENT_)))
		while (waitpid((pid_t)ret, NULL, __WALL) < 0 && errno == EINTR)
			;
	return 0;
}

static long live_pidfd_info(int pidfd, unsigned char *uargs, unsigned long size)
{
	/* _IOWR(0xFF, 11, struct pidfd_info) with the caller's size. */
	unsigned long cmd = (3UL << 30) | ((size & 0x3fff) << 16) | (0xffUL << 8) | 11;

	return errno_of(ioctl(pidfd, cmd, uargs));
}

int main(int argc, char **argv)
{
	static char line[2 * PAGES * PAGE + 256];
	const char *spec = argc == 2 ? argv[1] : "";
	int pidfd = -1, sig;

	if (agree_memory())
		return 2;
	/* A child's exit signal reaches this process: none may end it. */
	for (sig = 1; sig < 65; sig++)
		if (sig != SIGKILL && sig != SIGSTOP && sig != SIGCHLD)
			signal(sig, SIG_IGN);
	if (!strcmp(spec, "pidfd_info")) {
		pidfd = (int)syscall(SYS_pidfd_open, getpid(), 0);
		if (pidfd < 0)
			return 2;
	}
	while (fgets(line, sizeof(line), stdin)) {
		unsigned long long size, memlen;
		unsigned char *uargs;
		long err;
		int used = 0;

		if (sscanf(line, "%llu %llu %n", &size, &memlen, &used) != 2 || memlen > PAGES * PAGE)
			return 3;
		uargs = agree_bytes(line + used, memlen);
		if (!uargs)
			return 4;
		if (!strcmp(spec, "clone_args"))
			err = live_clone3(uargs, size, memlen);
		else if (!strcmp(spec, "open_how")) {
			long fd = syscall(SYS_openat2, AT_FDCWD_, "", uargs, size);

			err = errno_of(fd);
			if (fd >= 0)
				close((int)fd);
		} else if (!strcmp(spec, "sched_attr"))
			err = errno_of(syscall(SYS_sched_setattr, NO_SUCH_PID, uargs, 0));
		else if (!strcmp(spec, "pidfd_info"))
			err = live_pidfd_info(pidfd, uargs, size);
		else if (!strcmp(spec, "mount_attr"))
			err = errno_of(syscall(SYS_mount_setattr, AT_FDCWD_, "", 0, uargs, size));
		else if (!strcmp(spec, "xattr_args"))
			/* No such file: an accepted struct of size 0 meets the path lookup, ENOENT. */
			err = errno_of(syscall(SYS_setxattrat, AT_FDCWD_, "/nonexistent/clonegen", 0,
					       "user.clonegen", uargs, size));
		else if (!strcmp(spec, "file_attr"))
			/* No such file: an accepted struct meets the path lookup, ENOENT. */
			err = errno_of(syscall(SYS_file_setattr, AT_FDCWD_, "/nonexistent/clonegen", uargs,
					       size, 0));
		else if (!strcmp(spec, "landlock_ruleset_attr")) {
			/* A ruleset is a descriptor: creating one restricts nothing. */
			long fd = syscall(SYS_landlock_create_ruleset, uargs, size, 0);

			err = errno_of(fd);
			if (fd >= 0)
				close((int)fd);
		}
		else
			return 5;
		printf("%ld\n", err);
	}
	return 0;
}
