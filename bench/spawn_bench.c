/*
 * cg_spawn() of /bin/true into a cgroup against glibc's posix_spawn() of the
 * same program (no cgroup), interleaved round by round so both see the same
 * machine. Prints the median latency of each in nanoseconds:
 * "posix_spawn N" and "cg_spawn N".
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "clone_args.h"

extern char **environ;

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int cmp(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;

	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	int rounds = argc > 2 ? atoi(argv[2]) : 1000, i, status;
	int cgroup = open(argv[1], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	char *args[] = { "/bin/true", NULL };
	long long *ours = calloc((size_t)rounds, sizeof(long long));
	long long *glibc = calloc((size_t)rounds, sizeof(long long));
	struct cg_spawn_attr attr = { .flags = CG_SPAWN_CGROUP, .cgroup = cgroup };
	struct cg_spawn_result res;
	long long t;
	pid_t pid;

	if (cgroup < 0 || !ours || !glibc)
		return 1;
	for (i = -10; i < rounds; i++) { /* ten rounds to warm up */
		t = now_ns();
		if (posix_spawn(&pid, "/bin/true", NULL, NULL, args, environ) || waitpid(pid, &status, 0) != pid)
			return 2;
		if (i >= 0)
			glibc[i] = now_ns() - t;
		t = now_ns();
		if (cg_spawn("/bin/true", args, NULL, &attr, &res) || waitpid(res.pid, &status, 0) != res.pid ||
		    res.rung != CG_SPAWN_RUNG_CLONE3)
			return 3;
		if (i >= 0)
			ours[i] = now_ns() - t;
	}
	qsort(glibc, (size_t)rounds, sizeof(long long), cmp);
	qsort(ours, (size_t)rounds, sizeof(long long), cmp);
	printf("posix_spawn %lld\ncg_spawn %lld\n", glibc[rounds / 2], ours[rounds / 2]);
	return 0;
}
