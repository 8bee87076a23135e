/*
 * Userspace stand-in for linux/uaccess.h with the kernel's semantics.
 *
 * copy_from_user() really fails on unreadable memory: the harness runtime
 * reads through process_vm_readv() on its own process.  access_ok() uses the
 * x86_64 user address limit.  copy_struct_from_user() and check_zeroed_user()
 * follow lib/usercopy.c and include/linux/uaccess.h: the tail is checked
 * before the head is copied.
 */
#ifndef _HARNESS_LINUX_UACCESS_H
#define _HARNESS_LINUX_UACCESS_H

#include <linux/compiler_types.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/types.h>

/* The runtime (tests/kharness/runtime.c) works on plain pointers. */
#include "../../harness.h"

#define u64_to_user_ptr(x) ((void __user *)(uintptr_t)(u64)(x))
#define access_ok(addr, size) harness_access_ok((__force unsigned long)(addr), (size))

static inline __must_check unsigned long
copy_from_user(void *to, const void __user *from, unsigned long n)
{
	return harness_copy_from_user(to, (__force const void *)from, n);
}

static inline __must_check unsigned long
copy_to_user(void __user *to, const void *from, unsigned long n)
{
	return harness_copy_to_user((__force void *)to, from, n);
}

/* 1 if [from, from + size) is all zero, 0 if not, -EFAULT if unreadable. */
static inline int check_zeroed_user(const void __user *from, size_t size)
{
	return harness_check_zeroed((__force const void *)from, size);
}

static inline __must_check int
copy_struct_from_user(void *dst, size_t ksize, const void __user *src, size_t usize)
{
	size_t size = min(ksize, usize);
	size_t rest = max(ksize, usize) - size;

	if (usize < ksize) {
		memset((char *)dst + size, 0, rest);
	} else if (usize > ksize) {
		int ret = check_zeroed_user((const char __user *)src + size, rest);

		if (ret <= 0)
			return ret ? ret : -E2BIG;
	}
	if (copy_from_user(dst, src, size))
		return -EFAULT;
	return 0;
}

#endif
