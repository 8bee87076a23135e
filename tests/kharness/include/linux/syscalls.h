/*
 * SYSCALL_DEFINEn(name, type, arg, ...) -> long sys_name(type arg, ...), as the
 * kernel's macros expand it, minus the architecture wrappers.
 */
#ifndef _HARNESS_LINUX_SYSCALLS_H
#define _HARNESS_LINUX_SYSCALLS_H

#include <linux/compiler_types.h>
#include <linux/types.h>

#define __MAP0(m, ...)
#define __MAP1(m, t, a, ...) m(t, a)
#define __MAP2(m, t, a, ...) m(t, a), __MAP1(m, __VA_ARGS__)
#define __MAP3(m, t, a, ...) m(t, a), __MAP2(m, __VA_ARGS__)
#define __MAP4(m, t, a, ...) m(t, a), __MAP3(m, __VA_ARGS__)
#define __MAP5(m, t, a, ...) m(t, a), __MAP4(m, __VA_ARGS__)
#define __MAP6(m, t, a, ...) m(t, a), __MAP5(m, __VA_ARGS__)
#define __MAP(n, ...) __MAP##n(__VA_ARGS__)
#define __SC_DECL(t, a) t a __maybe_unused

/* Like the kernel, declare before defining, so the symbols are not "unannounced". */
#define SYSCALL_DEFINE0(name) long sys_##name(void); long sys_##name(void)
#define SYSCALL_DEFINEx(x, name, ...)						\
	long sys_##name(__MAP(x, __SC_DECL, __VA_ARGS__));			\
	long sys_##name(__MAP(x, __SC_DECL, __VA_ARGS__))
#define SYSCALL_DEFINE1(name, ...) SYSCALL_DEFINEx(1, name, __VA_ARGS__)
#define SYSCALL_DEFINE2(name, ...) SYSCALL_DEFINEx(2, name, __VA_ARGS__)
#define SYSCALL_DEFINE3(name, ...) SYSCALL_DEFINEx(3, name, __VA_ARGS__)
#define SYSCALL_DEFINE4(name, ...) SYSCALL_DEFINEx(4, name, __VA_ARGS__)
#define SYSCALL_DEFINE5(name, ...) SYSCALL_DEFINEx(5, name, __VA_ARGS__)
#define SYSCALL_DEFINE6(name, ...) SYSCALL_DEFINEx(6, name, __VA_ARGS__)

/* The kernel's answer for a system call it does not have: -ENOSYS (kernel/sys_ni.c). */
long sys_ni_syscall(void);

#endif
