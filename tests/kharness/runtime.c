/*
 * Userspace implementation of the kernel primitives the generated code uses.
 *
 * Reads go through process_vm_readv() on our own pid, so an unmapped or
 * PROT_NONE address fails with EFAULT exactly where the kernel's
 * copy_from_user() would stop.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "harness.h"

#define CGROUP2_SUPER_MAGIC 0x63677270

int harness_model_enabled;
int harness_common_calls;

#if UINTPTR_MAX > 0xffffffffUL
/* x86_64 with 4-level paging: TASK_SIZE_MAX, the kernel's USER_PTR_MAX. */
# define USER_PTR_MAX 0x7ffffffff000UL
#else
# define USER_PTR_MAX 0xffffe000UL
#endif

int harness_access_ok(unsigned long addr, unsigned long size)
{
	unsigned long sum = addr + size;

	return sum >= addr && sum <= USER_PTR_MAX;
}

/* Bytes read from our own memory at 'from', stopping at the first fault. */
static size_t read_own(void *to, const void *from, size_t n)
{
	size_t done = 0;

	while (done < n) {
		/* One page at a time, so a fault ends the copy where it starts. */
		uintptr_t at = (uintptr_t)from + done;
		size_t chunk = 4096 - (at & 4095);
		struct iovec local, remote;
		ssize_t got;

		if (chunk > n - done)
			chunk = n - done;
		local.iov_base = (char *)to + done;
		local.iov_len = chunk;
		remote.iov_base = (void *)at;
		remote.iov_len = chunk;
		got = process_vm_readv(getpid(), &local, 1, &remote, 1, 0);
		if (got <= 0)
			break;
		done += (size_t)got;
	}
	return done;
}

unsigned long harness_copy_from_user(void *to, const void *from, unsigned long n)
{
	size_t got;

	if (!harness_access_ok((unsigned long)(uintptr_t)from, n))
		return n;
	got = read_own(to, from, n);
	/* The kernel leaves the uncopied rest of the destination zeroed. */
	memset((char *)to + got, 0, n - got);
	return n - got;
}

unsigned long harness_copy_to_user(void *to, const void *from, unsigned long n)
{
	struct iovec local, remote;
	ssize_t put;

	if (!harness_access_ok((unsigned long)(uintptr_t)to, n))
		return n;
	local.iov_base = (void *)from;
	local.iov_len = n;
	remote.iov_base = to;
	remote.iov_len = n;
	put = process_vm_writev(getpid(), &local, 1, &remote, 1, 0);
	return put < 0 ? n : n - (unsigned long)put;
}

/* lib/usercopy.c: word by word from the aligned start, stop at non-zero. */
int harness_check_zeroed(const void *from, size_t size)
{
	uintptr_t start = (uintptr_t)from;
	uintptr_t align = start % sizeof(unsigned long);
	uintptr_t at;

	if (size == 0)
		return 1;
	if (!harness_access_ok(start - align, size + align))
		return -EFAULT;
	for (at = start - align; at < start + size; at += sizeof(unsigned long)) {
		unsigned char word[sizeof(unsigned long)];
		size_t i;

		if (read_own(word, (const void *)at, sizeof(word)) != sizeof(word))
			return -EFAULT;
		for (i = 0; i < sizeof(word); i++) {
			if (at + i >= start && at + i < start + size && word[i])
				return 0;
		}
	}
	return 1;
}

int harness_user_writable(void *addr, size_t size)
{
	unsigned char buf[64];

	if (size > sizeof(buf) || harness_copy_from_user(buf, addr, size))
		return 0;
	return harness_copy_to_user(addr, buf, size) == 0;
}

int harness_is_cgroup2_dir(int fd)
{
	struct statfs fs;
	struct stat st;

	if (fd < 0 || fstatfs(fd, &fs) || fstat(fd, &st))
		return 0;
	return fs.f_type == CGROUP2_SUPER_MAGIC && S_ISDIR(st.st_mode);
}

int harness_pid_in_use(long pid)
{
	char path[64];

	snprintf(path, sizeof(path), "/proc/%ld", pid);
	return access(path, F_OK) == 0;
}

long harness_pid_max(void)
{
	FILE *f = fopen("/proc/sys/kernel/pid_max", "r");
	long value = 32768;

	if (f) {
		if (fscanf(f, "%ld", &value) != 1)
			value = 32768;
		fclose(f);
	}
	return value;
}

/* kernel/sys_ni.c */
long sys_ni_syscall(void);
long sys_ni_syscall(void)
{
	return -ENOSYS;
}

unsigned long harness_clear_user(void *to, unsigned long n)
{
	static const unsigned char zeros[4096];
	unsigned long done = 0;

	while (done < n) {
		unsigned long chunk = n - done < sizeof(zeros) ? n - done : sizeof(zeros);
		unsigned long left = harness_copy_to_user((char *)to + done, zeros, chunk);

		if (left)
			return n - done - chunk + left;
		done += chunk;
	}
	return 0;
}
