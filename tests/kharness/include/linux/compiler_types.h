/* Userspace stand-in for the kernel's compiler_types.h: __user as sparse sees it. */
#ifndef _HARNESS_LINUX_COMPILER_TYPES_H
#define _HARNESS_LINUX_COMPILER_TYPES_H

#ifdef __CHECKER__
# define __user		__attribute__((noderef, address_space(__user)))
# define __force	__attribute__((force))
#else
# define __user
# define __force
#endif

#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)
#define noinline	__attribute__((__noinline__))
#define __maybe_unused	__attribute__((__unused__))
#define __must_check	__attribute__((__warn_unused_result__))

#endif
