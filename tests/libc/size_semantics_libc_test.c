/*
 * The libc wrappers of sched_attr, pidfd_info and mount_attr make the real
 * calls: sched_getattr() reports the size this kernel writes, sched_setattr()
 * gets it written back on E2BIG, PIDFD_GET_INFO answers at every published
 * size and refuses a smaller one with ENOTTY, mount_setattr() checks its size
 * before anything. Prints one line per fact; the test compares them.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "mount_attr.h"
#include "pidfd_info.h"
#include "sched_attr.h"

static const char *name(long r)
{
	return r < 0 ? strerrorname_np(errno) : "ok";
}

int main(void)
{
	static const size_t sizes[] = { CG_PIDFD_INFO_SIZE_VER0, CG_PIDFD_INFO_SIZE_VER1,
					CG_PIDFD_INFO_SIZE_VER2, CG_PIDFD_INFO_SIZE_VER3 };
	struct cg_sched_attr attr;
	struct cg_pidfd_info info;
	struct cg_mount_attr mattr;
	int pipefd[2], pidfd, status;
	pid_t child;
	char c = 0;
	size_t i;
	long r;

	/* A caller built with a page-sized struct: the kernel fills 4096 bytes. */
	static union {
		struct cg_sched_attr attr;
		unsigned char page[4096];
	} big;

	r = cg_sched_getattr(0, &big.attr, sizeof(big), 0);
	printf("sched_getattr 4096: %s size %u\n", name(r), big.attr.size);
	r = cg_sched_getattr(0, &attr, CG_SCHED_ATTR_SIZE_VER0 - 1, 0);
	printf("sched_getattr 47: %s\n", name(r));
	memset(&attr, 0, sizeof(attr));
	attr.size = 30;
	r = cg_sched_setattr(0, &attr, 0);
	printf("sched_setattr 30: %s size %u\n", name(r), attr.size);
	attr.size = 0;
	r = cg_sched_setattr(0, &attr, 0);
	printf("sched_setattr 0: %s size %u\n", name(r), attr.size);

	if (pipe(pipefd))
		return 2;
	child = fork();
	if (child == 0) {
		if (read(pipefd[0], &c, 1) < 0)
			_exit(1);
		_exit(3);
	}
	pidfd = (int)syscall(SYS_pidfd_open, child, 0);
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		memset(&info, 0, sizeof(info));
		info.mask = CG_PIDFD_INFO_PID;
		r = cg_pidfd_get_info(pidfd, &info, sizes[i]);
		printf("pidfd_get_info %zu: %s pid %s\n", sizes[i], name(r),
		       info.pid == (unsigned int)child ? "right" : "wrong");
	}
	r = cg_pidfd_get_info(pidfd, &info, CG_PIDFD_INFO_SIZE_VER0 - 1);
	printf("pidfd_get_info 63: %s\n", name(r));
	if (write(pipefd[1], &c, 1) != 1 || waitpid(child, &status, 0) != child)
		return 2;

	memset(&mattr, 0, sizeof(mattr));
	r = cg_mount_setattr(-1, "", 0, &mattr, 4097);
	printf("mount_setattr 4097: %s\n", name(r));
	r = cg_mount_setattr(-1, "", 0, &mattr, CG_MOUNT_ATTR_SIZE_VER0 - 1);
	printf("mount_setattr 31: %s\n", name(r));
	r = cg_open_tree_attr(-1, "", 0, NULL, 8);
	printf("open_tree_attr NULL 8: %s\n", name(r));
	return 0;
}
