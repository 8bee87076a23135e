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

/* The kernel's get_user()/put_user(): one value of the pointer's type; 0 or -EFAULT. */
#define get_user(x, ptr)							\
({									\
	__typeof__(*(ptr)) __gu_val;					\
	int __gu_err = copy_from_user(&__gu_val, (ptr), sizeof(__gu_val)) ? -EFAULT : 0; \
	(x) = __gu_err ? 0 : __gu_val;					\
	__gu_err;							\
})
#define put_user(x, ptr)							\
({									\
	__typeof__(*(ptr)) __pu_val = (x);				\
	copy_to_user((ptr), &__pu_val, sizeof(__pu_val)) ? -EFAULT : 0;	\
})

static inline __must_check unsigned long clear_user(void __user *to, unsigned long n)
{
	return harness_clear_user((__force void *)to, n);
}

/* include/linux/uaccess.h: the output direction; a smaller user struct is cut, a larger one zeroed. */
static inline __must_check int
copy_struct_to_user(void __user *dst, size_t usize, const void *src, size_t ksize,
		    bool *ignored_trailing)
{
	size_t size = min(ksize, usize);
	size_t rest = max(ksize, usize) - size;

	if (usize > ksize) {
		if (clear_user((char __user *)dst + size, rest))
			return -EFAULT;
	}
	if (ignored_trailing) {
		size_t i;

		*ignored_trailing = false;
		for (i = size; usize < ksize && i < ksize; i++)
			if (((const unsigned char *)src)[i])
				*ignored_trailing = true;
	}
	if (copy_to_user(dst, src, size))
		return -EFAULT;
	return 0;
}

#endif
