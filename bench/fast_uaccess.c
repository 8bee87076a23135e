/*
 * uaccess for the copy-in benchmark: memcpy behind the same access_ok() as
 * the kernel, with no syscall, so instruction counts measure the copy-in
 * logic (the test harness's process_vm_readv() emulation would dwarf it).
 * Same entry points as tests/kharness/runtime.c.
 */
#include <stdint.h>
#include <string.h>

#include "harness.h"

int harness_model_enabled;
int harness_common_calls;

int harness_access_ok(unsigned long addr, unsigned long size)
{
	unsigned long sum = addr + size;

	return sum >= addr && sum <= 0x7ffffffff000UL;
}

unsigned long harness_copy_from_user(void *to, const void *from, unsigned long n)
{
	if (!harness_access_ok((unsigned long)(uintptr_t)from, n))
		return n;
	memcpy(to, from, n);
	return 0;
}

unsigned long harness_copy_to_user(void *to, const void *from, unsigned long n)
{
	if (!harness_access_ok((unsigned long)(uintptr_t)to, n))
		return n;
	memcpy(to, from, n);
	return 0;
}

/* Word by word like lib/usercopy.c (the benchmark's tails are word-aligned). */
int harness_check_zeroed(const void *from, size_t size)
{
	const unsigned char *p = from;
	size_t i = 0;

	if (!harness_access_ok((unsigned long)(uintptr_t)from, size))
		return -14;
	for (; i + 8 <= size; i += 8) {
		uint64_t word;

		memcpy(&word, p + i, 8);
		if (word)
			return 0;
	}
	for (; i < size; i++)
		if (p[i])
			return 0;
	return 1;
}

int harness_user_writable(void *addr, size_t size)
{
	return harness_access_ok((unsigned long)(uintptr_t)addr, size);
}

int harness_is_cgroup2_dir(int fd)
{
	return fd >= 0;
}

int harness_pid_in_use(long pid)
{
	return pid == 1;
}

long harness_pid_max(void)
{
	return 32768;
}
