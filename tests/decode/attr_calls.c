/*
 * Makes sched_setattr(), sched_getattr(), mount_setattr() and
 * landlock_create_ruleset() calls with varied structs and sizes, and one
 * PIDFD_GET_INFO ioctl, and records for
 * each the bytes a tracer could read at the struct's address, so that the
 * test can decode the same bytes and compare with strace.
 *
 * Usage: attr_calls RECORDS DIR, as root in a mount and pid namespace of its
 * own (unshare -mpf): it mounts a tmpfs on DIR and changes only that mount.
 * The scheduling calls change a child that waits on a pipe and is reaped at
 * the end. Each line of RECORDS is
 *   SYSCALL SIZE ADDR HEX
 * as calls.c writes it: HEX is what is readable at ADDR, up to the page
 * size ("-" for nothing). sched_setattr() has no size argument (0); a
 * sched_getattr() is recorded after the call, with nothing read when it
 * failed, as a tracer reads an output struct.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#define SYS_landlock_create_ruleset_ 444
#define KEEP_POLICY 0x08ULL
#define KEEP_PARAMS 0x10ULL
#define RESET_ON_FORK 0x01ULL
#define UTIL_CLAMP_MIN 0x20ULL
#define UTIL_CLAMP_MAX 0x40ULL
#define M_RDONLY 0x01ULL
#define M_NOSUID 0x02ULL
#define M_NODEV 0x04ULL
#define M_NOEXEC 0x08ULL
#define M_NOATIME 0x10ULL
#define M_STRICTATIME 0x20ULL
#define M__ATIME 0x70ULL
#define M_NODIRATIME 0x80ULL
#define M_IDMAP 0x100000ULL
#define M_NOSYMFOLLOW 0x200000ULL
#define PIDFD_GET_INFO_ _IOWR(0xFF, 11, struct pidfd_info_)

struct attr {
	uint32_t size;
	uint32_t sched_policy;
	uint64_t sched_flags;
	int32_t sched_nice;
	uint32_t sched_priority;
	uint64_t sched_runtime;
	uint64_t sched_deadline;
	uint64_t sched_period;
	uint32_t sched_util_min;
	uint32_t sched_util_max;
};

struct mattr {
	uint64_t attr_set;
	uint64_t attr_clr;
	uint64_t propagation;
	uint64_t userns_fd;
};

struct pidfd_info_ {
	uint64_t mask;
	uint64_t rest[7];
};

static FILE *records;
static long page;
static unsigned char *area; /* two read-write pages, then one without access */
static const char *dir;
static pid_t child;

/* How many bytes at p, up to n, this process can read: strace reads the same. */
static size_t readable(const void *p, size_t n)
{
	size_t done = 0;

	while (done < n) {
		uintptr_t at = (uintptr_t)p + done;
		size_t chunk = (size_t)page - at % (size_t)page;
		struct iovec local, remote;
		static unsigned char buf[65536];

		local.iov_base = buf;
		local.iov_len = chunk < n - done ? chunk : n - done;
		remote.iov_base = (void *)at;
		remote.iov_len = local.iov_len;
		if (process_vm_readv(getpid(), &local, 1, &remote, 1, 0) != (ssize_t)local.iov_len)
			break;
		done += local.iov_len;
	}
	return done;
}

static void record(const char *name, const void *addr, size_t size, size_t want)
{
	size_t i, n = want < (size_t)page ? readable(addr, want) : readable(addr, (size_t)page);
	const unsigned char *b = addr;

	fprintf(records, "%s %zu %#lx ", name, size, (unsigned long)(uintptr_t)addr);
	if (!n)
		fputs("-", records);
	for (i = 0; i < n; i++)
		fprintf(records, "%02x", b[i]);
	fputs("\n", records);
	fflush(records);
}

static struct attr *fresh_attr(void)
{
	memset(area, 0, 2 * (size_t)page);
	return (struct attr *)area;
}

static void setattr(const void *a, unsigned int flags)
{
	record("sched_setattr", a, 0, 64); /* more than the size field and the struct */
	syscall(SYS_sched_setattr, child, a, flags);
}

static void getattr(pid_t pid, void *a, unsigned int size, unsigned int flags)
{
	long ret;

	memset(area, 0, 2 * (size_t)page);
	ret = syscall(SYS_sched_getattr, pid, a, size, flags);
	record("sched_getattr", a, size, ret ? 0 : size);
}

static void sched_calls(void)
{
	struct attr *a;

	/* What strace prints and hides: policies, nice, the KEEP flags. */
	a = fresh_attr();
	a->size = 48, a->sched_policy = 3, a->sched_nice = -5;
	setattr(a, 0);
	a = fresh_attr();
	a->sched_policy = 7; /* size 0: VER0; SCHED_EXT, unnamed in strace 6.1 */
	setattr(a, 0);
	a = fresh_attr();
	a->size = 56, a->sched_flags = KEEP_POLICY, a->sched_nice = 3;
	setattr(a, 0);
	a = fresh_attr();
	a->size = 56, a->sched_flags = KEEP_PARAMS, a->sched_nice = 3, a->sched_priority = 9;
	setattr(a, 0);
	a = fresh_attr();
	a->size = 56, a->sched_policy = 0xffffffff, a->sched_flags = KEEP_POLICY | KEEP_PARAMS | 0x80;
	setattr(a, 0);
	a = fresh_attr();
	a->size = 56, a->sched_policy = 0x80000000, a->sched_flags = KEEP_POLICY;
	setattr(a, 0);
	a = fresh_attr();
	a->size = 56, a->sched_policy = 8, a->sched_flags = 0x100, a->sched_util_min = 0xffffffff;
	setattr(a, 0);
	a = fresh_attr();
	a->size = 56, a->sched_policy = 4, a->sched_nice = -20, a->sched_flags = RESET_ON_FORK;
	setattr(a, 0);
	a = fresh_attr();
	a->size = 56, a->sched_policy = 1, a->sched_priority = 10;
	setattr(a, 0);
	a = fresh_attr();
	a->size = 56, a->sched_policy = 2, a->sched_priority = 1, a->sched_flags = RESET_ON_FORK;
	setattr(a, 0);
	a = fresh_attr();
	a->size = 56, a->sched_policy = 6, a->sched_runtime = 10000000, a->sched_deadline = 30000000;
	a->sched_period = 100000000, a->sched_flags = 0x2 | 0x4;
	setattr(a, 0);
	a = fresh_attr();
	a->size = 56, a->sched_policy = 5, a->sched_flags = UTIL_CLAMP_MIN | UTIL_CLAMP_MAX;
	a->sched_util_min = 100, a->sched_util_max = 900;
	setattr(a, 0);
	a = fresh_attr();
	a->size = 48, a->sched_flags = UTIL_CLAMP_MIN; /* EINVAL: the clamps need VER1 */
	setattr(a, 0);
	a = fresh_attr();
	a->sched_nice = 19; /* size 0 */
	setattr(a, 0);
	a = fresh_attr();
	a->size = 56, a->sched_nice = -5;
	setattr(a, 1); /* EINVAL: no flags yet */

	/* Sizes: below VER0, between the versions, above the kernel's. */
	a = fresh_attr();
	a->size = 47;
	setattr(a, 0);
	a = fresh_attr();
	a->size = 8, a->sched_policy = 3;
	setattr(a, 0);
	a = fresh_attr();
	a->size = 52, a->sched_util_min = 7;
	setattr(a, 0);
	a = fresh_attr();
	a->size = 100;
	area[80] = 1;
	setattr(a, 0);
	a = fresh_attr();
	a->size = 100, a->sched_nice = -1;
	setattr(a, 0);
	a = fresh_attr();
	a->size = 4096, a->sched_policy = 3;
	setattr(a, 0);

	/* Pointers: NULL, unreadable, cut off by the end of the readable pages. */
	setattr(NULL, 0);
	setattr((void *)(area + 2 * (size_t)page), 0);
	a = (struct attr *)(area + 2 * (size_t)page - 48);
	memset(a, 0, 48);
	a->size = 56;
	setattr(a, 0);
	a = (struct attr *)(area + 2 * (size_t)page - 2);
	setattr(a, 0);

	/* sched_getattr: what the kernel wrote, for sizes around the kernel's. */
	getattr(child, area, 56, 0);
	getattr(child, area, 48, 0);
	getattr(child, area, 52, 0);
	getattr(child, area, 57, 0);
	getattr(child, area, 100, 0);
	getattr(child, area, 4096, 0);
	getattr(0, area, 56, 0);
	getattr(child, area, 40, 0);
	getattr(child, area, 0, 0);
	getattr(child, area, 56, 1);
	getattr(child, NULL, 56, 0);
	getattr(-1, area, 56, 0);
	a = fresh_attr();
	a->size = 56, a->sched_policy = 0, a->sched_nice = -7;
	a->sched_flags = UTIL_CLAMP_MIN | UTIL_CLAMP_MAX, a->sched_util_min = 10, a->sched_util_max = 20;
	setattr(a, 0);
	getattr(child, area, 56, 0);
	a = fresh_attr();
	a->size = 48, a->sched_policy = 2, a->sched_priority = 3, a->sched_flags = RESET_ON_FORK;
	setattr(a, 0);
	getattr(child, area, 56, 0);
	a = fresh_attr();
	a->size = 48, a->sched_policy = 5;
	setattr(a, 0);
	getattr(child, area, 56, 0);
	a = fresh_attr();
	a->size = 48, a->sched_policy = 3, a->sched_nice = 12;
	setattr(a, 0);
	getattr(child, area, 56, 0);
	getattr(child, area, 48, 0);
}

static void mount_call(const void *m, size_t size, unsigned int flags)
{
	record("mount_setattr", m, size, size);
	syscall(SYS_mount_setattr, AT_FDCWD, dir, flags, m, size);
}

static struct mattr *fresh_mattr(void)
{
	memset(area, 0, 2 * (size_t)page);
	return (struct mattr *)area;
}

static void mount_calls(void)
{
	struct mattr *m;

	/* Attributes and propagation: names, unknown bits, the idmap fd. */
	m = fresh_mattr();
	m->attr_set = M_RDONLY, m->attr_clr = M__ATIME | 0x40, m->propagation = MS_PRIVATE;
	mount_call(m, 32, 0);
	m = fresh_mattr();
	mount_call(m, 32, 0);
	m = fresh_mattr();
	m->attr_clr = M_RDONLY, m->propagation = MS_SHARED;
	mount_call(m, 32, 0);
	m = fresh_mattr();
	m->propagation = MS_SLAVE;
	mount_call(m, 32, 0);
	m = fresh_mattr();
	m->propagation = MS_PRIVATE;
	mount_call(m, 32, 0);
	m = fresh_mattr();
	m->attr_set = M_NOSUID | M_NODEV | M_NOEXEC | M_NODIRATIME | M_NOSYMFOLLOW;
	mount_call(m, 32, 0);
	m = fresh_mattr();
	m->attr_set = M_NOATIME, m->attr_clr = M__ATIME;
	mount_call(m, 32, 0x8000); /* AT_RECURSIVE */
	m = fresh_mattr();
	m->attr_set = M_STRICTATIME | M_NOATIME, m->attr_clr = M__ATIME;
	mount_call(m, 32, 0);
	m = fresh_mattr();
	m->attr_set = M_IDMAP, m->propagation = MS_PRIVATE | MS_SHARED, m->userns_fd = 5;
	mount_call(m, 32, 0);
	m = fresh_mattr();
	m->attr_set = 0x400, m->attr_clr = M_IDMAP, m->userns_fd = 0x80000000;
	mount_call(m, 32, 0);
	m = fresh_mattr();
	m->attr_set = 0x8000000000000000ULL | M_RDONLY, m->attr_clr = 0x400;
	m->propagation = 0x1;
	mount_call(m, 32, 0);
	m = fresh_mattr();
	m->attr_clr = M_IDMAP | M_NOSYMFOLLOW | M_NODIRATIME, m->userns_fd = 0xffffffffffffffffULL;
	mount_call(m, 32, 0);
	m = fresh_mattr();
	m->propagation = MS_UNBINDABLE;
	mount_call(m, 32, 0x1000); /* AT_EMPTY_PATH with a path: refused */

	/* Sizes and pointers. */
	m = fresh_mattr();
	mount_call(m, 24, 0);
	mount_call(m, 0, 0);
	m->attr_set = M_RDONLY;
	mount_call(m, 33, 0);
	area[32] = 3;
	mount_call(m, 40, 0);
	area[32] = 0;
	area[200] = 0x7f;
	mount_call(m, 4096, 0);
	area[200] = 0;
	m->attr_set = 0;
	mount_call(m, 4096, 0);
	mount_call(m, 5000, 0);
	mount_call(NULL, 32, 0);
	mount_call((void *)(area + 2 * (size_t)page - 16), 32, 0);
	memset(area + 2 * (size_t)page - 32, 0, 32);
	mount_call((void *)(area + 2 * (size_t)page - 32), 48, 0);
}

/* strace 6.1 has no decoder for PIDFD_GET_INFO: it prints the argument's address. */
static void pidfd_call(void)
{
	struct pidfd_info_ *info = (struct pidfd_info_ *)fresh_mattr();
	int pidfd = (int)syscall(SYS_pidfd_open, child, 0);

	info->mask = 1;
	record("pidfd_get_info", info, sizeof(*info), sizeof(*info));
	ioctl(pidfd, PIDFD_GET_INFO_, info);
	close(pidfd);
}

static void landlock_call(const uint64_t *l, size_t size)
{
	long fd;

	record("landlock_create_ruleset", l, size, size);
	fd = syscall(SYS_landlock_create_ruleset_, l, size, 0);
	if (fd >= 0)
		close((int)fd);
}

/*
 * landlock_create_ruleset(): strace 6.1 knows the first version (8 bytes) and the
 * file system flags up to LANDLOCK_ACCESS_FS_REFER, and prints ", ..." past it.
 */
static void landlock_calls(void)
{
	static const uint64_t fs[] = { 0x1, 0x3, 0x1fff, 0x3fff, 0x7fff, 0x1ffff, 0x10000,
				       1ULL << 40, 0x8000000000000001ULL, 0 };
	static const size_t sizes[] = { 8, 16, 24, 48, 56, 4096, 4097, 7, 0 };
	uint64_t *l;
	size_t i, j;

	for (i = 0; i < sizeof(fs) / sizeof(fs[0]); i++)
		for (j = 0; j < sizeof(sizes) / sizeof(sizes[0]); j += 1 + i % 3) {
			l = (uint64_t *)fresh_attr();
			l[0] = fs[i];
			l[1] = i & 1 ? 3 : 0;
			l[2] = i & 2 ? 1 : 0;
			l[3] = i & 4 ? 1 : 0;
			l[6] = i == 5 ? 1 : 0;	/* a non-zero byte past the struct */
			landlock_call(l, sizes[j]);
		}
	landlock_call(NULL, 0);
	/* At the end of the readable pages: the last 8 bytes before the unreadable one. */
	l = (uint64_t *)(area + 2 * (size_t)page - 8);
	l[0] = 0x5;
	landlock_call(l, 8);
	landlock_call(l, 16);
}

int main(int argc, char **argv)
{
	int pipefd[2];
	char byte = 0;

	if (argc != 3) {
		fprintf(stderr, "usage: %s RECORDS DIR\n", argv[0]);
		return 2;
	}
	records = fopen(argv[1], "w");
	dir = argv[2];
	page = sysconf(_SC_PAGESIZE);
	area = mmap(NULL, 3 * (size_t)page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (!records || area == MAP_FAILED || mprotect(area + 2 * (size_t)page, (size_t)page, PROT_NONE) ||
	    pipe(pipefd) || mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) ||
	    mount("clonegen", dir, "tmpfs", 0, "size=64k")) {
		perror("setup");
		return 1;
	}
	child = fork();
	if (child < 0)
		return 1;
	if (!child) {
		close(pipefd[1]);
		while (read(pipefd[0], &byte, 1) < 0 && errno == EINTR)
			;
		_exit(0);
	}
	close(pipefd[0]);
	sched_calls();
	mount_calls();
	pidfd_call();
	landlock_calls();
	if (write(pipefd[1], &byte, 1) != 1 || waitpid(child, NULL, 0) != child)
		return 1;
	return fclose(records) ? 1 : 0;
}
